"""The reports across the registers from the example data, read back and checked
against what the example holds: the management workbook, the annual DPO report, the
inspection pack; the DPO's remarks; the export framework's behaviour for them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import time
import types
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from dpo_desk.cli import main
from dpo_desk.db.models import AuditRecord
from dpo_desk.db.session import Database
from dpo_desk.domain.breaches import COPENHAGEN
from dpo_desk.paths import data_path
from dpo_desk.reports.annual import write_annual
from dpo_desk.reports.management import write_workbook
from dpo_desk.services import annual, demo, management, remarks
from dpo_desk.services.errors import ValidationFailedError
from dpo_desk.services.export import export

TODAY = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 9, 0, tzinfo=COPENHAGEN)


class _PinnedDate(dt.date):
    @classmethod
    def today(cls) -> dt.date:  # type: ignore[override]
        return TODAY


@pytest.fixture(autouse=True)
def _copenhagen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def example(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    """The example organisation as loaded on TODAY (its requests are counted back from
    the day it is loaded), with the example breaches."""
    fake = types.SimpleNamespace(
        date=_PinnedDate, timedelta=dt.timedelta, datetime=dt.datetime, UTC=dt.UTC
    )
    monkeypatch.setattr(demo, "dt", fake)
    demo.load_example(db, now=NOW)  # the example breaches come with it
    monkeypatch.setattr(demo, "dt", dt)
    return db


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


# The key figures of the example on 20-11-2026, counted by hand from data/example.json
# and data/example-breaches.json.
EXPECTED_SUMMARY = {
    "Behandlingsaktiviteter i brug": 7,  # six and the recruitment draft
    "… som dataansvarlig": 4,
    "… som databehandler": 3,
    "Databehandlere, vi bruger": 7,  # the policy's six and the outside developer
    "Tilsyn overskredet": 2,  # Global Connect (01-03-2026), Obiss (15-06-2026)
    # Logiva, Fusemail, Mailchimp, and the developer never supervised (due now)
    "Tilsyn forfalder inden for 3 måneder": 4,
    "Anmodninger modtaget i året": 13,  # Per Vinding's came three years ago
    "Anmodninger besvaret rettidigt": 4,  # Jens, Karen, Ida, Mogens (refused)
    "Anmodninger besvaret for sent": 1,  # Maja: 40 days
    "Åbne anmodninger": 7,
    "Åbne anmodninger efter fristen": 1,  # Lone: 50 days, not extended
    "Gældende helbredssamtykker": 15,  # 20 - 3 withdrawn - 2 given in 2023
    "Samtykker, der skal bekræftes igen": 2,
    "Brud i året": 5,
    "Brud uden risiko": 1,
    "Brud med risiko": 3,  # the e-mail, the laptop, the phishing (still inside 72 hours)
    "Brud med høj risiko": 1,  # the applications shared by a link
    "Brud, der endnu ikke er vurderet": 0,
    "Brud anmeldt inden for 72 timer": 2,  # the laptop (40 hours), the applications (30)
    "Brud anmeldt for sent": 0,
}


def test_the_workbook_holds_the_figures_tables_and_charts(
    example: Database, tmp_path: Path
) -> None:
    out = tmp_path / "overblik.xlsx"
    for _ in write_workbook(management.build(example, today=TODAY), out):
        pass
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "Overblik",
        "Tal til diagrammer",
        "Aktiviteter",
        "Databehandlere",
        "Tilsyn",
        "Anmodninger",
        "Samtykker",
        "Brud",
    ]
    summary = wb["Overblik"]
    figures = {r[0]: r[1] for r in summary.iter_rows(min_row=2, max_col=2, values_only=True)}
    assert figures == EXPECTED_SUMMARY

    # Every sheet is a styled Excel table with a frozen header.
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.tables, ws.title
        for table in ws.tables.values():
            assert table.tableStyleInfo.name == "TableStyleMedium2"
            assert table.tableStyleInfo.showRowStripes
            assert table.autoFilter is not None and table.autoFilter.ref == table.ref
            header = [c.name for c in table.tableColumns]
            first = ws[table.ref.split(":")[0]].row
            assert header == [c.value for c in ws[first]][: len(header)]

    # The charts: requests per month by type, answered in time or late, per quarter.
    titles = []
    for chart in summary._charts:
        titles.append("".join(r.t for p in chart.title.tx.rich.p for r in p.r))
    assert titles == [
        "Anmodninger pr. måned efter type",
        "Anmodninger besvaret rettidigt eller for sent",
        "Brud pr. kvartal",
    ]
    assert len(summary._charts[0].series) == 7  # one per request type

    chart_data = wb["Tal til diagrammer"]
    rows = list(chart_data.iter_rows(values_only=True))
    by_month = {r[0]: r[1:8] for r in rows[1:13]}
    # access, rectification, erasure, restriction, portability, objection, withdrawal
    assert by_month["nov"] == (1, 0, 1, 1, 1, 0, 0)
    assert by_month["okt"] == (2, 1, 1, 0, 1, 1, 1)  # Tove Kjærsgaard's access, 27-10
    assert by_month["sep"] == (1, 0, 0, 0, 0, 0, 0)
    assert by_month["aug"] == (0, 0, 0, 0, 0, 1, 0)
    assert by_month["maj"] == (1, 0, 0, 0, 0, 0, 0)
    assert sum(sum(v) for v in by_month.values()) == 15  # two requests have two types
    answered = {r[0]: r[1:3] for r in rows[16:28]}
    assert answered["jun"] == (0, 1)
    assert [answered[m] for m in ("aug", "sep", "okt", "nov")] == [(1, 0)] * 4
    quarters = {r[0]: r[1] for r in rows[31:35]}
    # The phishing and the applications shared by a link came in November.
    assert quarters == {"1. kvt.": 0, "2. kvt.": 0, "3. kvt.": 2, "4. kvt.": 3}

    # Real dates, and no health detail anywhere.
    requests = wb["Anmodninger"]
    header = [c.value for c in requests[1]]
    received = [
        r[header.index("Modtaget")] for r in requests.iter_rows(min_row=2, values_only=True)
    ]
    assert len(received) == 14 and all(isinstance(d, dt.datetime) for d in received)
    assert dt.datetime(2026, 5, 4) in received
    example_data = json.loads(data_path("example.json").read_text(encoding="utf-8"))
    secrets = [c["note"] for c in example_data["consumers"] if c.get("note")]
    secrets += [c["name"] for c in example_data["consumers"]]
    secrets += sorted({c["category"] for c in example_data["consumers"]})
    written = " ".join(
        str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row
    )
    assert secrets and not [s for s in secrets if s in written]


def test_the_annual_report_states_the_year(example: Database, tmp_path: Path) -> None:
    remarks.save(example, 2026, "Året bød på et nyt nyhedsbrevssystem.\nTilsynet halter.")
    out = tmp_path / "aarsrapport.pdf"
    progress = list(write_annual(annual.load(example, today=TODAY), out))
    assert progress[-1][0] == progress[-1][1]
    reader = PdfReader(out)
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    cover, contents = pages[0], pages[1]
    assert "Årsrapport fra databeskyttelsesrådgiveren 2026" in cover
    assert "Softværket" in cover and "Henrik Pors" in cover and "Side" not in cover
    for section in (
        "Nøgletal",
        "Databehandlere og tilsyn",
        "Anmodninger fra registrerede",
        "Brud på persondatasikkerheden",
        "Åbne risici",
        "Databeskyttelsesrådgiverens bemærkninger",
    ):
        assert section in contents
    total = len(pages)
    assert all(f"Side {n} af {total}" in pages[n - 1] for n in range(2, total + 1))
    text = " ".join(pages)
    for label, value in EXPECTED_SUMMARY.items():
        assert f"{label} {value}" in text, label
    assert (
        "Der kom 13 anmodninger i 2026. 4 blev besvaret rettidigt og 1 for sent; "
        "7 er åbne, heraf 1 efter fristen; 1 blev trukket tilbage." in text
    )
    # one of a thing is said in the singular among the open risks
    assert "1 anmodning fra en registreret er åben efter fristen." in text
    assert not re.search(r"\b1 (anmodninger|opfølgningspunkter|helbredssamtykker)\b", text)
    assert "I 2026 forfaldt tilsyn med 4, og 0 af dem fik tilsyn" in text
    assert "15 samtykker er gældende, 2 skal bekræftes igen, og 3 er trukket tilbage." in text
    assert (
        "Der blev registreret 5 brud i 2026. 2 blev anmeldt til Datatilsynet inden for "
        "72 timer, 0 senere, og 2 blev ikke anmeldt" in text
    )
    assert "Tilsynet med Global Connect er overskredet." in text
    assert "Tilsynet med Obiss er overskredet." in text
    assert "Året bød på et nyt nyhedsbrevssystem. Tilsynet halter." in text
    # The charts are drawn: their titles and legends are in the text.
    for caption in (
        "Anmodninger pr. måned efter type",
        "Brud efter risiko",
        "Anmeldelse til Datatilsynet",
        "Tilsyn i 2026",
        "Rettidigt",
    ):
        assert caption in text
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVuSans" in f for f in fonts)


def test_the_annual_report_of_another_year(example: Database, tmp_path: Path) -> None:
    out = tmp_path / "2025.pdf"
    for _ in write_annual(annual.load(example, today=TODAY, year=2025), out):
        pass
    text = _pdf_text(out)
    assert "Årsrapport fra databeskyttelsesrådgiveren 2025" in text
    assert "Der kom 0 anmodninger i 2025." in text
    assert "Der er ikke skrevet bemærkninger for 2025." in text
    # Due in 2025: Zitcom, Logiva, Obiss, Fusemail (none supervised before 2025, all
    # in 2025) and the developer never supervised; Global Connect (2023 + 36 months)
    # and Mailchimp (2024 + 36) were not.
    assert (
        "I 2025 forfaldt tilsyn med 5, og 4 af dem fik tilsyn; i alt blev der "
        "gennemført 4 tilsyn." in text
    )


def test_the_inspection_pack_lists_every_file_with_its_checksum(
    example: Database, tmp_path: Path
) -> None:
    out = tmp_path / "tilsyn.zip"
    for _ in export(example, report="inspection", fmt=None, out=out):
        pass
    assert out.stat().st_mode & 0o077 == 0
    with zipfile.ZipFile(out) as pack:
        pack.extractall(tmp_path / "x")
    folder = next((tmp_path / "x").iterdir())
    names = sorted(p.name for p in folder.iterdir())
    day = dt.date.today().isoformat()  # the pack is dated the day it is made
    assert names == sorted(
        f"{day}-{n}"
        for n in (
            "00-indholdsfortegnelse.pdf",
            "fortegnelse-over-behandlingsaktiviteter.pdf",
            "databehandlere-og-tilsyn.pdf",
            "log-over-anmodninger.pdf",
            "log-over-brud.pdf",
            "privatlivspolitik.pdf",
            "privatlivspolitik.html",
            "ledelsesoverblik.xlsx",
        )
    )
    index = _pdf_text(folder / f"{day}-00-indholdsfortegnelse.pdf").replace(" ", "")
    for path in folder.iterdir():
        if "indholdsfortegnelse" in path.name:
            continue
        assert path.name.replace(" ", "") in index
        assert hashlib.sha256(path.read_bytes()).hexdigest() in index, path.name
    assert "Zitcom" in _pdf_text(folder / f"{day}-databehandlere-og-tilsyn.pdf")
    assert "Bortkommet bærbar computer" in _pdf_text(folder / f"{day}-log-over-brud.pdf")


def test_cli_writes_each_report_and_refuses_bad_targets(
    example: Database, db_path: Path, tmp_path: Path
) -> None:
    def run(*args: str) -> int:
        return main(["export", "--db", str(db_path), *args])

    assert run("--report", "workbook", "--out", str(tmp_path / "w.xlsx")) == 0
    assert run("--report", "annual", "--year", "2026", "--out", str(tmp_path / "a.pdf")) == 0
    assert "Årsrapport fra databeskyttelsesrådgiveren 2026" in _pdf_text(tmp_path / "a.pdf")
    assert run("--report", "inspection", "--out", str(tmp_path / "pakke")) == 0
    assert len(list((tmp_path / "pakke").iterdir())) == 8
    assert run("--report", "annual", "--format", "xlsx", "--out", str(tmp_path / "a.xlsx")) == 2
    assert run("--report", "workbook", "--out", str(tmp_path / "missing" / "w.xlsx")) == 2
    # A folder that is there already is not overwritten; nothing half-written is left.
    assert run("--report", "inspection", "--out", str(tmp_path / "pakke")) == 2
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_failing_report_leaves_nothing(
    example: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(book: object, path: Path) -> Iterator[tuple[int, int]]:
        path.write_bytes(b"half")
        yield 1, 2
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(management, "write_workbook", broken)
    out = tmp_path / "w.xlsx"
    with pytest.raises(OSError, match="w.xlsx"):
        for _ in export(example, report="workbook", fmt="xlsx", out=out):
            pass
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    assert not out.exists()


def test_remarks_are_kept_per_year_checked_and_audited(db: Database) -> None:
    remarks.save(db, 2025, "Første år.")
    remarks.save(db, 2026, "Andet år.")
    assert remarks.load(db, 2025) == "Første år."
    assert remarks.load(db, 2026) == "Andet år."
    assert remarks.load(db, 2024) == ""
    assert remarks.years(db) == [2025, 2026]
    with pytest.raises(ValidationFailedError):
        remarks.save(db, 2026, "Borgeren 010203-1234 klagede.")
    assert remarks.load(db, 2026) == "Andet år."
    with db.reading() as session:
        events = [r for r in session.query(AuditRecord) if r.action == "remarks"]
    assert [e.changes["year"] for e in events] == [2025, 2026]


def test_the_remarks_dialog_saves_and_keeps_a_refused_text(db: Database, qtbot) -> None:  # noqa: ANN001
    from dpo_desk.ui.remarks_dialog import RemarksDialog

    dialog = RemarksDialog(db, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.year.value() == 2026
    dialog.text.setPlainText("Kunden 010203-1234 ringede.")
    dialog.save()
    assert not dialog.error.isHidden() and dialog.error.text()
    assert dialog.text.toPlainText() == "Kunden 010203-1234 ringede."
    assert remarks.load(db, 2026) == ""
    dialog.text.setPlainText("Et godt år.")
    dialog.save()
    assert remarks.load(db, 2026) == "Et godt år."
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_window_writes_the_reports_in_the_background(
    example: Database,
    tmp_path: Path,
    qtbot,  # noqa: ANN001
) -> None:
    from dpo_desk.ui.export_dialog import ExportDialog

    dialog = ExportDialog(example)
    qtbot.addWidget(dialog)
    dialog.report.setCurrentIndex(dialog.report.findData("annual"))
    assert dialog.format.currentData() == "pdf"
    dialog.report.setCurrentIndex(dialog.report.findData("inspection"))
    assert dialog.format.currentData() == "zip"
    dialog.report.setCurrentIndex(dialog.report.findData("notice"))
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert dialog.format.currentData() == "html"
    dialog.report.setCurrentIndex(dialog.report.findData("workbook"))
    assert dialog.format.currentData() == "xlsx"
    out = tmp_path / "overblik.xlsx"
    dialog.path.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.ok is not None, timeout=30000)
    assert dialog.task.ok, dialog.task.message
    assert load_workbook(out)["Overblik"]["B2"].value == 7

    dialog.report.setCurrentIndex(dialog.report.findData("annual"))
    assert dialog.year.isEnabled()
    dialog.year.setValue(2025)
    out = tmp_path / "aarsrapport.pdf"
    dialog.path.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: out.exists(), timeout=30000)
    assert "Årsrapport fra databeskyttelsesrådgiveren 2025" in _pdf_text(out)


def test_a_long_register_is_cut_short_with_a_count(
    example: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.reports import annual as annual_report

    monkeypatch.setattr(annual_report, "LIST_LIMIT", 2)
    out = tmp_path / "kort.pdf"
    for _ in write_annual(annual.load(example, today=TODAY), out):
        pass
    text = _pdf_text(out)
    assert "… og 5 mere: ledelsesoverblikket (Excel) viser dem alle." in text  # 7 activities
    assert "Helbredsoplysninger om sårbare forbrugere" not in text
