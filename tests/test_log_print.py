"""The log (audit trail) printed: landscape A4, its rows whole, a change read across the
width of the page rather than down a narrow column."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from dpo_desk.db.session import Database
from dpo_desk.domain.audit import ShownEntry
from dpo_desk.domain.organisation import OrganisationDetails
from dpo_desk.reports import log
from dpo_desk.reports.pdf import write_pdf
from dpo_desk.services import export

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

LANDSCAPE_A4 = (842, 595)  # points, rounded
LONG_CHANGE = "; ".join(
    f"Beskrivelse {i} = Ansøgere kan være genkendt af andre ansøgere på fjernvarmeværket"
    for i in range(8)
)
ENTRIES = [
    ShownEntry(dt.datetime(2026, 11, 20, 8, 15, tzinfo=dt.UTC), "Henrik Pors", "ændret",
               "Behandlingsaktivitet", "17", "Status: Udkast → Aktiv"),
    ShownEntry(dt.datetime(2026, 11, 19, 13, 5, tzinfo=dt.UTC), "Henrik Pors", "oprettet",
               "Dataansvarlig for en behandlingsaktivitet", "4", LONG_CHANGE),
    ShownEntry(dt.datetime(2026, 3, 2, 23, 30, tzinfo=dt.UTC), "Lone Frølund", "slettet",
               "Brud", "5", "Titel = Bortkommet bærbar"),
]


@pytest.fixture(autouse=True)
def _copenhagen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Moments are printed in the machine's time zone: pin it to Denmark's."""
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _sizes(path: Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in PdfReader(path).pages]


def _lines(path: Path) -> list[list[tuple[str, float, float]]]:
    """The printed lines of every page, top to bottom: the words that stand on one
    baseline, left to right, as (word, left, right), read by poppler's pdftotext."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    word = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<')
    lines = []
    for page in out.split("<page ")[1:]:
        by_line: dict[int, list[tuple[str, float, float]]] = {}
        for left, right, bottom, text in word.findall(page):
            by_line.setdefault(round(float(bottom)), []).append(
                (html.unescape(text), float(left), float(right))
            )
        lines += [sorted(by_line[y], key=lambda w: w[1]) for y in sorted(by_line)]
    return lines


def test_the_log_prints_on_landscape_a4_with_every_row_whole(tmp_path: Path) -> None:
    path = tmp_path / "log.pdf"
    details = OrganisationDetails(name="Softværket")
    list(write_pdf(log.build(details, ENTRIES), path))
    assert _sizes(path) == [LANDSCAPE_A4]
    lines = [" ".join(w for w, _, _ in line) for line in _lines(path)]
    assert "Tidspunkt Bruger Handling Tabel Række Ændringer" in lines
    # Each row on its own line, its time (local: CET) with date and clock together.
    starts = [line for line in lines if re.match(r"\d\d-\d\d-\d{4} \d\d:\d\d ", line)]
    assert [s.split(" Status")[0].split(" Titel")[0].split(" Beskrivelse")[0]
            for s in starts] == [
        "20-11-2026 09:15 Henrik Pors ændret Behandlingsaktivitet 17",
        "19-11-2026 14:05 Henrik Pors oprettet Dataansvarlig for en behandlingsaktivitet 4",
        "03-03-2026 00:30 Lone Frølund slettet Brud 5",
    ]
    text = " ".join(" ".join(PdfReader(path).pages[0].extract_text().split()).split())
    assert "Status: Udkast → Aktiv" in text and "Titel = Bortkommet bærbar" in text
    assert LONG_CHANGE in text


def test_a_long_change_is_read_across_the_page(tmp_path: Path) -> None:
    """The change column has the room landscape gives (over a third of the page's width,
    where portrait left it a sixth), so a long change takes a few lines, not a column."""
    path = tmp_path / "log.pdf"
    list(write_pdf(log.build(OrganisationDetails(name="Softværket"), ENTRIES), path))
    lines = _lines(path)
    header = next(line for line in lines if line[0][0] == "Tidspunkt")
    column = next(left for word, left, _ in header if word == "Ændringer")
    first = next(i for i, line in enumerate(lines) if line[0][0] == "19-11-2026")
    after = next(i for i, line in enumerate(lines) if line[0][0] == "03-03-2026")
    change = [[w for w in line if w[1] >= column - 1] for line in lines[first:after]]
    assert " ".join(w for line in change for w, _, _ in line) == LONG_CHANGE
    left = min(x for line in change for _, x, _ in line)
    right = max(x for line in change for _, _, x in line)
    assert right - left > LANDSCAPE_A4[0] / 3
    assert len(change) <= 12  # portrait printed these 680 letters on 28 lines


def test_the_log_export_is_landscape_with_a_line_per_record(
    demo_db: Database, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "log.pdf"
    list(export.export(demo_db, report="log", fmt="pdf", out=out))
    sizes = _sizes(out)
    assert len(sizes) > 1 and set(sizes) == {LANDSCAPE_A4}
    with sqlite3.connect(db_path) as con:
        (records,) = con.execute("SELECT count(*) FROM audit_record").fetchone()
    lines = [" ".join(w for w, _, _ in line) for line in _lines(out)]
    assert lines.count("Tidspunkt Bruger Handling Tabel Række Ændringer") == len(sizes)
    # A record's line begins with its time in the first column (a time inside a change
    # stands further right, in the change's column).
    firsts = [line for line in _lines(out)
              if re.fullmatch(r"\d\d-\d\d-\d{4}", line[0][0]) and line[0][1] < 60]
    assert len(firsts) == records > 100
