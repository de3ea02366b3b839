"""The breach log's reports from the example breaches, read back field by field."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from dpo_desk.db.session import Database
from dpo_desk.domain.breaches import COPENHAGEN
from dpo_desk.reports import breach_letters
from dpo_desk.reports import breaches as report
from dpo_desk.reports.pdf import write_pdf
from dpo_desk.reports.xlsx import write_xlsx
from dpo_desk.services import breaches, demo, organisation

NOW = dt.datetime(2026, 11, 20, 9, 0, tzinfo=COPENHAGEN)


@pytest.fixture(autouse=True)
def _copenhagen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Moments are shown in the machine's time zone: pin it to Denmark's."""
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def example(db: Database) -> Database:
    """The example organisation, its breaches dated back from NOW."""
    demo.load_example(db, now=NOW)
    return db


def _write(built: object, path: Path) -> Path:
    writer = write_pdf if path.suffix == ".pdf" else write_xlsx
    for _ in writer(built, path):
        pass
    return path


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def _by_title(db: Database, title: str):  # noqa: ANN202
    return next(v for v in breaches.views(db) if v.draft.title.startswith(title))


def test_the_workbook_holds_every_field_and_the_counts(example: Database, tmp_path: Path) -> None:
    built = report.build_log(organisation.load(example), breaches.views(example))
    wb = load_workbook(_write(built, tmp_path / "log.xlsx"))
    log = wb["Log"] if "Log" in wb.sheetnames else wb[wb.sheetnames[0]]
    header = [c.value for c in next(log.iter_rows(max_row=1))]
    rows = [dict(zip(header, r, strict=False)) for r in log.iter_rows(min_row=2, values_only=True)]
    laptop = next(r for r in rows if str(r["Titel"]).startswith("Bortkommet bærbar"))
    # Aware 60 days (1,440 hours) before 20-11-2026 09:00 CET, notified 40 hours later.
    assert laptop["Opdaget"] == dt.datetime(2026, 9, 21, 10, 0)
    assert laptop["Anmeldt til Datatilsynet"] == dt.datetime(2026, 9, 23, 2, 0)
    assert laptop["Datatilsynets journalnummer"] == "2026-431-0087"
    assert laptop["Rettidigt"] == "Ja"
    assert laptop["Type af brud"] == "Fortrolighed, Tilgængelighed"
    mail = next(r for r in rows if str(r["Titel"]).startswith("E-mail med måleraflæsninger"))
    assert "Egtved Varmeværk A.m.b.a." in mail["Underrettede dataansvarlige"]
    assert mail["Rettidigt"] in (None, "")
    counts = wb["Optælling pr. år"]
    count_rows = list(counts.iter_rows(values_only=True))
    assert count_rows[0][:2] == ("År", "Alle")
    assert sum(r[1] for r in count_rows[1:]) == 5
    assert count_rows[1][0] == "2026"
    assert "Helbred" not in " ".join(str(c) for r in log.iter_rows(values_only=True) for c in r)


def test_the_case_file_has_everything_in_order_and_its_history(
    example: Database, tmp_path: Path
) -> None:
    laptop = _by_title(example, "Bortkommet bærbar")
    built = report.build_case(
        organisation.load(example), laptop, breaches.history(example, laptop.draft.id)
    )
    text = _text(_write(built, tmp_path / "case.pdf"))
    order = ["Bruddet", "Hvad det ramte", "Vurdering", "Anmeldelse til Datatilsynet",
             "De registrerede", "Historik"]
    positions = [text.index(h) for h in order]
    assert positions == sorted(positions)
    assert "2026-431-0087" in text
    assert "Supplerende anmeldelse" in text
    assert "Oprettet" in text and "Ændret" in text


def test_the_letter_to_the_people_affected(example: Database, tmp_path: Path) -> None:
    laptop = _by_title(example, "Bortkommet bærbar")
    built = breach_letters.build_subject_letter(
        organisation.load(example), laptop, today=dt.date(2026, 11, 20)
    )
    text = _text(_write(built, tmp_path / "letter.pdf"))
    for expected in ["Hvad der er sket", "glemt i toget", "phishing", "Adgangskoder skiftet",
                     "Datatilsynet", "Softværket"]:
        assert expected in text, expected


def test_the_notice_to_the_controller(example: Database, tmp_path: Path) -> None:
    mail = _by_title(example, "E-mail med måleraflæsninger")
    built = breach_letters.build_controller_notice(
        organisation.load(example), mail, "Egtved Varmeværk A.m.b.a.", today=dt.date(2026, 11, 20)
    )
    text = _text(_write(built, tmp_path / "notice.pdf"))
    assert "Egtved Varmeværk A.m.b.a." in text
    assert "art. 33, stk. 2" in text
    assert "85" in text


def _page_one_below_header(path: Path) -> str:
    """Page 1's text under the running header (the organisation and the title atop every
    page, above a rule 14 mm from the top edge), its white space made single spaces."""
    page = PdfReader(path).pages[0]
    rule = float(page.mediabox.height) - 14 * 72 / 25.4
    parts: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        if tm[5] * cm[3] + cm[5] < rule:
            parts.append(text)

    page.extract_text(visitor_text=visit)
    return " ".join("".join(parts).split())


@pytest.mark.parametrize(
    ("letter", "title"),
    [
        ("subject", "Underretning om brud på persondatasikkerheden"),
        ("controller", "Underretning af den dataansvarlige om brud på persondatasikkerheden"),
    ],
)
def test_a_breach_letter_says_its_title_once(
    example: Database, tmp_path: Path, letter: str, title: str
) -> None:
    org = organisation.load(example)
    today = dt.date(2026, 11, 20)
    if letter == "subject":
        built = breach_letters.build_subject_letter(
            org, _by_title(example, "Bortkommet bærbar"), today=today
        )
        head = "Til de berørte"
    else:
        built = breach_letters.build_controller_notice(
            org, _by_title(example, "E-mail med måleraflæsninger"), "Egtved Varmeværk A.m.b.a.",
            today=today,
        )
        head = "Egtved Varmeværk A.m.b.a."
    path = _write(built, tmp_path / "letter.pdf")
    page = " ".join(PdfReader(path).pages[0].extract_text().split())
    body = _page_one_below_header(path)
    assert page.count(title) == 2  # the running header's and the letter's own
    assert body.count(title) == 1, body[:300]
    assert body.index(title) < body.index(head) < body.index("Kolding, den 20-11-2026")
