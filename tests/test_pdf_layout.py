"""Every PDF the program writes, read back as a reader sees it: no word or date cut across
two lines, no text drawn over its neighbour, no heading alone at the foot of a page, and
every font embedded. Rendered from the example data and from a stress database of the
longest names and long Danish compounds, with every date filled in."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from dpo_desk.db.session import Database
from dpo_desk.domain.breaches import (
    BreachDraft,
    BreachKind,
    BreachRole,
    BreachStatus,
    ControllerNotice,
    FollowUp,
    Risk,
)
from dpo_desk.domain.consents import Area
from dpo_desk.domain.letters import LetterKind
from dpo_desk.domain.processors import Direction
from dpo_desk.reports import pdf as pdf_module
from dpo_desk.reports.model import Fields, Heading, Paragraph, Report, Table
from dpo_desk.services import (
    breaches,
    consents,
    demo,
    export,
    processors,
    register,
    request_letters,
    requests,
)
from dpo_desk.services.registry import REPORT_SPECS

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

TODAY = dt.date(2026, 11, 25)
COMPOUNDS = [
    "Fjernvarmeforsyningsselskabsbestyrelsesmedlemsrepræsentantskab",  # 62 letters
    "Varmeforbrugerrepræsentantskabsmedlemsforsamlingsindkaldelse",
    "Forsyningssikkerhedsberedskabsplanlægningsarbejdsgruppemøde",
    "Ledningsbrudsafbrydelsesvarslingstelefonkædeansvarlige",
]
SHORT_TOKENS = {"Ja", "Nej"}


@dataclass
class Rendered:
    """One PDF and the report it was made from."""

    name: str
    report: Report
    pdf: Path


def _longer(text: str, limit: int) -> str:
    """`text` grown with Danish compounds up to `limit` characters (whole words only);
    the same text always grows the same way, so names that refer to each other still do."""
    words = text.split()
    i = sum(map(ord, text))
    while True:
        word = COMPOUNDS[i % len(COMPOUNDS)]
        if len(" ".join([*words, word])) > limit:
            return " ".join(words)
        words.append(word)
        i += 1


def _stress_data(data: dict[str, Any]) -> dict[str, Any]:
    """The example data with every name as long as allowed and every date filled in."""
    org = data["organisation"]
    for key in ("name", "address", "contact_person", "dpo_name"):
        org[key] = _longer(org[key], 200)
    org["city"] = _longer(org["city"], 100)
    for p in data["processors"]:
        p["name"] = _longer(p["name"], 200)
        p["service"] = _longer(p.get("service", "Drift"), 200)
        p["data_description"] = _longer(p.get("data_description", "Data"), 400)
        p["agreement_signed"] = "2024-02-29"
        for t in p.get("transfers", []):
            t["tia_date"] = "2025-12-31"
            t["data"] = _longer(t.get("data", "Data"), 200)
        for s in p.get("sub_processors", []):
            s["name"] = _longer(s["name"], 200)
            s["service"] = _longer(s.get("service", "Drift"), 200)
            s["approved"] = "2025-01-31"
        for r in p.get("rounds", []):
            r["findings"] = _longer(r.get("findings", "Fund"), 400)
            for f in r.get("follow_ups", []):
                f["action"] = _longer(f["action"], 200)
                f["due"] = f.get("due") or "2026-10-30"
    for a in data["activities"]:
        a["name"] = _longer(a["name"], 200)
        a["processors"] = [_longer(n, 200) for n in a.get("processors", [])]
        a["purposes"] = _longer(a.get("purposes", "Formål"), 600)
        a["owner"] = _longer(a.get("owner", "Ejer"), 200)
        a["dpia_date"] = "2025-06-30"
        a["last_reviewed"] = "2026-01-02"
        a["next_review"] = "2027-01-04"
        for c in a.get("controllers", []):
            c["name"] = _longer(c["name"], 200)
        for t in a.get("transfers", []):
            t["recipient"] = _longer(t.get("recipient", "Modtager"), 200)
    for r in data["requests"]:
        r["requester"] = _longer(r["requester"], 200)
        r["relation"] = _longer(r.get("relation", "Kunde"), 120)
        r["activities"] = [_longer(n, 200) for n in r.get("activities", [])]
        r["decision"] = _longer(r.get("decision", "Afgørelse"), 400)
    for i, c in enumerate(data["consumers"]):
        c["name"] = _longer(c["name"], 200)
        c["street"] = _longer(c["street"], 120)
        c["utility"] = _longer(c["utility"], 120)
        c["collected_by"] = _longer(c.get("collected_by", "Kundeservice"), 200)
        c["alternative_contact"] = _longer(c.get("alternative_contact", "Nabo"), 200)
        c.pop("consent_days_ago", None)
        c["consent_given"] = f"2025-{1 + i % 12:02d}-{10 + i % 18:02d}"
        if i % 3 == 1:
            c["withdrawn_days_ago"] = 20
    return data


def _fill_remaining_dates(db: Database) -> None:
    """Dates the example file does not hold: the end of every agreement."""
    for view in processors.views(db, today=TODAY):
        party = processors.draft(db, view.row.id)
        party.agreement_end = dt.date(2028, 12, 31)
        processors.save(db, party)


CHOSEN_LETTERS = {
    LetterKind.ACCESS,
    LetterKind.EXTENSION,
    LetterKind.IDENTITY,
    LetterKind.REFUSAL,
    LetterKind.CONFIRMATION,
    LetterKind.FORWARDED,
}


def _breaches(db: Database, controller_id: int) -> None:
    """A breach on each side, every text as long as allowed."""
    aware = dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC)
    now = dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC)
    for role in BreachRole:
        d = BreachDraft(
            role=role,
            aware_at=aware,
            occurred_from=aware - dt.timedelta(hours=3),
            occurred_to=aware,
            kinds=set(BreachKind),
            activity_ids=[a.id for a in register.rows(db)][:3],
            subjects_count=1234,
        )
        for name in ("title", "discovered_by", "reported_by", "assessed_by"):
            setattr(d, name, _longer(COMPOUNDS[0], 200))
        for name in (
            "description",
            "consequences",
            "measures_taken",
            "measures_proposed",
            "risk_reasoning",
            "advice",
        ):
            setattr(d, name, _longer(" ".join(COMPOUNDS), 600))
        d.id = breaches.save(db, d, now=now)
        d = breaches.draft(db, d.id)
        d.status, d.risk = BreachStatus.ASSESSED, Risk.RISK
        if role is BreachRole.PROCESSOR:
            d.controllers = [ControllerNotice(controller_id, aware + dt.timedelta(hours=5))]
        breaches.save(db, d, now=now)
        d = breaches.draft(db, d.id)
        if role is BreachRole.PROCESSOR:
            d.status, d.not_notified_reason = BreachStatus.NOT_NOTIFIED, _longer(COMPOUNDS[1], 300)
        else:
            d.status, d.notified_at = BreachStatus.NOTIFIED, aware + dt.timedelta(hours=80)
            d.reference, d.delay_reasons = "2026-431-0087", _longer(COMPOUNDS[2], 300)
            d.follow_ups = [FollowUp(aware + dt.timedelta(days=9), _longer(COMPOUNDS[1], 300))]
        breaches.save(db, d, now=now)


def _render_all(db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[Rendered]:
    """Every report, letter, call sheet and consent form, through the services that
    write them, keeping each report beside its PDF."""
    made: list[Rendered] = []
    real = pdf_module.write_pdf

    def capture(report: Report, path: Path) -> Iterator[tuple[int, int]]:
        yield from real(report, path)
        out = folder / f"{len(made):02d}.pdf"
        shutil.copyfile(path, out)
        made.append(Rendered(report.title, report, out))

    monkeypatch.setattr(pdf_module, "write_pdf", capture)
    we_process_for = [
        v.row.id
        for v in processors.views(db, today=TODAY)
        if v.draft.direction is Direction.WE_ARE_PROCESSOR
    ]
    _breaches(db, we_process_for[0])
    by_role = {b.role: b.id for b in breaches.rows(db)}
    one_record = {
        "annex": we_process_for[:1],
        "breach_case": [by_role[BreachRole.CONTROLLER]],
        "breach_letter": [by_role[BreachRole.CONTROLLER]],
        "breach_notice": [by_role[BreachRole.PROCESSOR]],
    }
    for name in export.REPORTS:
        if "pdf" not in export.formats_of(name):
            continue  # a workbook, or the inspection pack (whose PDFs are these reports)
        ids = one_record.get(name)
        list(export.export(db, report=name, fmt="pdf", out=folder / f"{name}.pdf", ids=ids))
    # Each letter the DPO can choose, written for the first request it fits (writing the
    # access answer also writes its annex; passing a request on, the controllers' notices).
    written: set[LetterKind] = set()
    for request in requests.drafts(db):
        for kind in request_letters.offered_letters(db, request.id):
            if kind not in written:
                requests.write_letter(db, request.id, kind, today=TODAY)
                written.add(kind)
    assert written == CHOSEN_LETTERS
    rows = consents.rows(db, today=TODAY)
    consents.write_call_sheet(
        db,
        Area(postal_codes=frozenset(r.postal_code for r in rows)),
        interruption="Ledningsbrud på " + COMPOUNDS[0],
        starts=dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC),
        ends=dt.datetime(2026, 11, 24, 14, 30, tzinfo=dt.UTC),
        out=folder / "call-sheet.pdf",
        fmt="pdf",
        today=TODAY,
        with_free_text=True,
    )
    consents.write_consent_form(db, rows[0].id, folder / "form.pdf")
    return made


@pytest.fixture(params=["example", "stress"])
def rendered(
    request: pytest.FixtureRequest, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[Rendered]:
    """All PDFs from the example data or from the stress database."""
    if request.param == "stress":
        data = _stress_data(demo.example_data())
        monkeypatch.setattr(demo, "example_data", lambda: data)
    demo.load_example(db)
    if request.param == "stress":
        _fill_remaining_dates(db)
    return _render_all(db, tmp_path, monkeypatch)


# --- what the report says, independently of how the PDF lays it out ---


def _shown(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, list | tuple | set):
        return " ".join(_shown(v) for v in value)
    return str(value)


def _tokens(report: Report) -> tuple[Counter[str], set[str]]:
    """(tokens that must all be printed, with how often; every token of the report)."""
    must: Counter[str] = Counter()
    every: set[str] = set(report.title.split()) | set(report.organisation.split())
    for block in report.blocks:
        texts: list[str] = []
        optional: list[str] = []
        if isinstance(block, Heading | Paragraph):
            texts.append(block.text)
        elif isinstance(block, Fields):
            for label, value in block.pairs:
                texts += [label, _shown(value)]
        elif isinstance(block, Table) and block.in_pdf:
            texts.append(block.title)
            for i, column in enumerate(block.columns):
                cells = [_shown(row[i]) for row in block.rows]
                droppable = column.drop_order is not None
                (optional if droppable else texts).extend([column.header, *cells])
        for text in texts:
            must.update(text.split())
        every.update(w for t in texts + optional for w in t.split())
    return must, every


# --- what the PDF shows ---


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def size(self) -> float:
        return self.y1 - self.y0


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def _words(pdf: Path) -> tuple[list[Word], list[tuple[float, float]]]:
    """The words of every page with their boxes (poppler's pdftotext), and the page sizes."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words: list[Word] = []
    sizes: list[tuple[float, float]] = []
    for page, chunk in enumerate(out.split("<page ")[1:]):
        match = _PAGE.match("<page " + chunk)
        assert match
        sizes.append((float(match.group(1)), float(match.group(2))))
        for m in _WORD.finditer(chunk):
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            words.append(Word(page, html.unescape(m.group(5)), x0, y0, x1, y1))
    return words, sizes


_DATE_PIECE = re.compile(r"\d{2}-\d{2}-\d{0,3}|\d{1,2}-\d?|-\d{1,4}")


def _cut_words(words: list[Word], every: set[str]) -> list[str]:
    """Words of the report printed in two pieces on two lines."""
    cuts = [
        f"date cut: {w.text!r} (page {w.page + 1})" for w in words if _DATE_PIECE.fullmatch(w.text)
    ]
    by_page: dict[int, list[Word]] = {}
    for w in words:
        by_page.setdefault(w.page, []).append(w)
    for page_words in by_page.values():
        for a in page_words:
            for b in page_words:
                next_line = 0.5 * a.size < b.y0 - a.y0 < 1.7 * a.size + 2
                if not next_line or b.x0 > a.x0 + 0.5:
                    continue
                joined = a.text + b.text
                if joined not in every or (a.text in every and b.text in every):
                    continue
                if a.text.endswith("-") and not re.fullmatch(r"\d{2}-\d{2}-\d{4}", joined):
                    continue  # a line may end at a hyphen
                if a.text.isdigit() and b.text.isdigit():
                    continue  # page numbers one above the other (the contents)
                cuts.append(f"{joined!r} cut as {a.text!r} / {b.text!r} (page {a.page + 1})")
    return cuts


def _overlaps(words: list[Word], sizes: list[tuple[float, float]]) -> list[str]:
    """Words drawn over each other or past the edge of the page (a word too wide for its
    cell runs into the next one)."""
    found = [f"{w.text!r} runs off page {w.page + 1}" for w in words if w.x1 > sizes[w.page][0] - 5]
    ordered = sorted(words, key=lambda w: (w.page, w.y0, w.x0))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 : i + 40]:
            if b.page != a.page or b.y0 > a.y1:
                break
            same_line = min(a.y1, b.y1) - max(a.y0, b.y0) > 0.5 * min(a.size, b.size)
            if same_line and min(a.x1, b.x1) - max(a.x0, b.x0) > 1:
                found.append(f"{a.text!r} and {b.text!r} overlap (page {a.page + 1})")
    return found


def _not_embedded(pdf: Path) -> set[str]:
    """Names of the fonts used without their font file."""
    missing = set()
    for page in PdfReader(pdf).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return missing


# --- the tests ---


def test_every_report_letter_and_form_is_rendered(rendered: list[Rendered]) -> None:
    titles = [r.name for r in rendered]
    # Every report, every letter (with the access annex and a controller's notice), the
    # call sheet and the consent form.
    # The annual report lays out its own pages (charts): its tests check it.
    pdf_reports = [
        n for n, spec in REPORT_SPECS.items() if "pdf" in spec.formats and spec.write is None
    ]
    assert len(rendered) >= len(pdf_reports) + len(CHOSEN_LETTERS) + 2 + 2, titles


def test_no_word_or_date_is_cut_and_nothing_overlaps(rendered: list[Rendered]) -> None:
    problems = []
    for r in rendered:
        must, every = _tokens(r.report)
        words, sizes = _words(r.pdf)
        printed = Counter(w.text for w in words)
        problems += [f"{r.name}: {p}" for p in _cut_words(words, every)]
        problems += [f"{r.name}: {p}" for p in _overlaps(words, sizes)]
        problems += [
            f"{r.name}: {token!r} printed whole {printed[token]} of {n} times"
            for token, n in must.items()
            if printed[token] < n and token not in SHORT_TOKENS
        ]
    assert not problems, "\n".join(problems[:40])


def test_every_font_is_embedded(rendered: list[Rendered]) -> None:
    missing = {r.name: _not_embedded(r.pdf) for r in rendered}
    assert not any(missing.values()), missing


def test_no_heading_stands_alone_at_the_foot_of_a_page(rendered: list[Rendered]) -> None:
    alone = []
    for r in rendered:
        words, sizes = _words(r.pdf)
        pages = len(sizes)
        for page in range(pages - 1):
            height = sizes[page][1]
            body = [w for w in words if w.page == page and w.y1 < height - 45 and w.y0 > 45]
            if not body:
                continue
            last = max(w.y0 for w in body)
            foot = [w for w in body if abs(w.y0 - last) < 1]
            if all(w.size > 10.5 for w in foot):  # headings are 11 pt and up, text 9.5
                alone.append(f"{r.name} page {page + 1}: {' '.join(w.text for w in foot)}")
    assert not alone, alone


def test_the_access_letter_keeps_your_rights_with_their_text(
    demo_db: Database, tmp_path: Path
) -> None:
    """The letter grows a line at a time (the requester's address) until "Dine
    rettigheder" reaches the foot of the first page: it never stands there alone."""
    from dpo_desk.reports.letters import build
    from dpo_desk.services import organisation, register

    request = next(r for r in requests.drafts(demo_db) if r.activity_ids)
    views = register.views(demo_db, request.activity_ids)
    details = organisation.load(demo_db)
    landed_at_foot = 0
    for lines in range(0, 45):
        request.contact = "\n".join(f"Adresselinje {i}" for i in range(lines))
        letter = build(
            LetterKind.ACCESS, organisation=details, request=request, activities=views, today=TODAY
        )
        path = tmp_path / f"letter-{lines}.pdf"
        list(pdf_module.write_pdf(letter, path))
        words, sizes = _words(path)
        (head,) = [w for w in words if w.text == "rettigheder" and w.size > 10.5]
        below = [w for w in words if w.page == head.page and head.y1 < w.y0 < sizes[0][1] - 45]
        assert below, f"'Dine rettigheder' alone at the foot of page {head.page + 1} ({lines})"
        landed_at_foot += head.page > 0
    assert landed_at_foot  # the sweep did push the heading over the page's foot
