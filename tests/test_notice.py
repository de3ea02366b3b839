"""The privacy notice written from the register: every subject of the example
organisation's published policy, a self-contained HTML page, and the gaps listed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import html5lib
import pytest
from pypdf import PdfReader

from dpo_desk.cli import main
from dpo_desk.db.register_models import Processor
from dpo_desk.db.session import Database
from dpo_desk.domain.register import ActivityDraft, Role, Status
from dpo_desk.reports import notice as notice_report
from dpo_desk.services import notice, register
from dpo_desk.services.export import export

TODAY = dt.date(2026, 11, 20)

# The seed policy's subjects (data/privatlivspolitik-softvaerket.txt), as the register
# words them: each must appear in the notice written from the example data.
SEED_SUBJECTS = {
    "who we are": [
        "Softværket",
        "Merkurvej 7",
        "6000 Kolding",
        "26 22 40 20",
        "Henrik Pors",
        "info@softvaerket.dk",
        "76 23 12 50",
    ],
    "processors by name": ["Zitcom", "Global Connect", "Logiva", "Obiss", "Fusemail", "Mailchimp"],
    "the US transfer and its safeguard": [
        "USA",
        "Mailchimp (Intuit Inc.)",
        "Standardkontraktbestemmelser 2021/914",
    ],
    "what goes to the US": ["kun e-mailadresse, navn og firmanavn"],
    "retention FY + 5 years": ["regnskabsår + 5 år", "bogføringsloven"],
    "health data: written consent": ["Skriftligt samtykke", "Helbredsoplysninger"],
    "warning before interruption": ["før der afbrydes for fjernvarmen"],
    "recipients": ["Advokat", "Inkassobureau", "SKAT", "Fogedretten"],
    "purposes and bases": ["levering af IT-ydelser", "driftsoptimere", "art. 6, stk. 1, litra b"],
    "where the data come from": ["arbejdsgiver"],
    "rights": [
        "indsigt",
        "berigtigelse",
        "sletning",
        "begrænsning",
        "indsigelse",
        "dataportabilitet",
    ],
    "withdrawing consent": ["trække", "samtykke tilbage"],
    "automated decisions": ["automatiske afgørelser"],
    "complaint to Datatilsynet": ["klage", "Datatilsynet", "www.datatilsynet.dk"],
}


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def _html_text(source: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", source).split())


def _write(db: Database, fmt: str, out: Path) -> Path:
    for _ in export(db, report="notice", fmt=fmt, out=out):
        pass
    return out


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_the_notice_covers_every_subject_of_the_published_policy(
    demo_db: Database, tmp_path: Path, fmt: str
) -> None:
    out = _write(demo_db, fmt, tmp_path / f"notice.{fmt}")
    if fmt == "pdf":
        written = _pdf_text(out)
    else:
        import html

        written = html.unescape(_html_text(out.read_text(encoding="utf-8")))
    folded = written.lower()
    missing = {
        subject: [w for w in words if w.lower() not in folded]
        for subject, words in SEED_SUBJECTS.items()
    }
    assert {s: w for s, w in missing.items() if w} == {}
    # The complete example register leaves nothing to complete.
    assert "Mangler i fortegnelsen" not in written


def test_the_html_notice_is_valid_and_self_contained(demo_db: Database, tmp_path: Path) -> None:
    source = _write(demo_db, "html", tmp_path / "notice.html").read_text(encoding="utf-8")
    parser = html5lib.HTMLParser(strict=True)
    parser.parse(source)
    assert parser.errors == []
    assert source.startswith("<!DOCTYPE html>")
    assert '<html lang="da">' in source
    assert not re.search(r"<(link|script|img|iframe|object|embed)\b", source, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", source, re.I)
    assert "@import" not in source and "url(" not in source


def test_html_escapes_what_the_register_holds(db: Database, tmp_path: Path) -> None:
    register.save(
        db,
        ActivityDraft(
            name="<script>alert(1)</script>",
            purposes='Tekst med "citat" & <b>fed</b>',
            legal_bases=["6.1.b"],
            retention_text="1 år",
            status=Status.ACTIVE,
        ),
    )
    source = _write(db, "html", tmp_path / "notice.html").read_text(encoding="utf-8")
    assert "<script>" not in source and "<b>" not in source
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in source


def test_the_notice_lists_what_is_missing_instead_of_printing_gaps(
    demo_db: Database, tmp_path: Path
) -> None:
    register.save(
        demo_db,
        ActivityDraft(
            name="Kundetilfredshedsmåling",
            role=Role.CONTROLLER,
            purposes="Måling af tilfredshed",
            legal_bases=["6.1.f"],
            status=Status.ACTIVE,
        ),
    )
    register.save(
        demo_db,
        ActivityDraft(name="Kladde uden noget", status=Status.DRAFT),
    )
    with demo_db.transaction() as session:  # as an older register may hold it
        session.add(Processor(name="Cloudfirma Inc.", country="US", service="Spørgeskemaer"))
    data = notice.load(demo_db, today=TODAY)
    assert ("Kundetilfredshedsmåling", notice.GAP_NO_RETENTION) in data.gaps
    assert ("Cloudfirma Inc.", notice.GAP_NO_SAFEGUARD) in data.gaps
    assert all(where != "Kladde uden noget" for where, _ in data.gaps)  # drafts are internal

    text = _pdf_text(_write(demo_db, "pdf", tmp_path / "notice.pdf"))
    assert "Mangler i fortegnelsen" in text
    assert "Kundetilfredshedsmåling" in text
    assert "Kladde uden noget" not in text
    built = notice_report.build(data, today=TODAY)
    retention = next(b for b in built.blocks if getattr(b, "title", "") == "Opbevaring")
    names = [name for name, _ in retention.rows]
    assert "Kundetilfredshedsmåling" not in names  # no empty retention line
    assert all(period for _, period in retention.rows)


def test_cli_writes_the_html_notice(demo_db: Database, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "privatlivspolitik.html"
    assert (
        main(
            [
                "export",
                "--db",
                str(db_path),
                "--report",
                "notice",
                "--format",
                "html",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert "Mailchimp" in out.read_text(encoding="utf-8")
    assert out.stat().st_mode & 0o077 == 0  # owner only
    assert (
        main(
            [
                "export",
                "--db",
                str(db_path),
                "--report",
                "notice",
                "--format",
                "xlsx",
                "--out",
                str(tmp_path / "n.xlsx"),
            ]
        )
        == 2
    )
    assert not (tmp_path / "n.xlsx").exists()


def test_the_notice_in_english(demo_db: Database, tmp_path: Path) -> None:
    from dpo_desk import i18n

    i18n.install("en")
    try:
        source = _write(demo_db, "html", tmp_path / "notice.html").read_text(encoding="utf-8")
    finally:
        i18n.install("da")
    assert '<html lang="en">' in source
    for words in ("Privacy notice", "Your rights", "Complaint to Datatilsynet",
                  "Right to data portability", "Mailchimp"):
        assert words in source


def test_one_month_or_one_year_is_said_in_the_singular(db: Database, tmp_path: Path) -> None:
    from dpo_desk.domain.retention import RetentionRule, RuleKind

    for name, rule in (
        ("Adgangslog", RetentionRule(RuleKind.MONTHS_AFTER_COLLECTION, 1)),
        ("Videoovervågning", RetentionRule(RuleKind.MONTHS_AFTER_COLLECTION, 3)),
        ("Kundeforhold", RetentionRule(RuleKind.FISCAL_YEAR_PLUS, 1)),
    ):
        register.save(
            db,
            ActivityDraft(name=name, purposes="Drift", legal_bases=["6.1.f"],
                          retention_rule=rule, status=Status.ACTIVE),
        )
    text = _write(db, "html", tmp_path / "notice.html").read_text(encoding="utf-8")
    assert "1 måned efter indsamlingen." in text and "1 måneder" not in text
    assert "3 måneder efter indsamlingen." in text
    assert "Indeværende regnskabsår + 1 år efter aftaleforholdets ophør." in text
