"""The report framework: workbook formatting and the PDF's page furniture and font."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from dpo_desk.reports.model import Column, Fields, Heading, Kind, Paragraph, Report, Table
from dpo_desk.reports.pdf import write_pdf
from dpo_desk.reports.xlsx import write_xlsx

GENERATED = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC)


def _report(rows: int = 3) -> Report:
    return Report(
        title="Prøverapport",
        organisation="Softværket",
        generated=GENERATED,
        blocks=[
            Heading("Første afsnit"),
            Paragraph("Tekst med <b>markup</b> & tegn skal stå, som den er skrevet."),
            Fields([("Navn", "Ærø Fjernvarme"), ("Aktiv", True)], sheet_title="Stamdata"),
            Table(
                "Behandlinger",
                [
                    Column("Navn", width=2),
                    Column("Dato", Kind.DATE),
                    Column("Antal", Kind.NUMBER),
                    Column("Særlig", Kind.YES_NO),
                ],
                [
                    (f"Række {i} – Åbenrå", dt.date(2026, 1, 1 + i % 28), i, i % 2 == 0)
                    for i in range(rows)
                ],
            ),
        ],
    )


def _run(generator: object) -> list[tuple[int, int]]:
    return list(generator)  # type: ignore[call-overload]


def test_the_workbook_has_formatted_sheets_and_properties(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    progress = _run(write_xlsx(_report(), path))
    assert progress[-1] == (3, 3)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Stamdata", "Behandlinger"]
    sheet = workbook["Behandlinger"]
    assert [c.value for c in sheet[1]] == ["Navn", "Dato", "Antal", "Særlig"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:D4"
    assert sheet["B2"].value == dt.datetime(2026, 1, 1)  # a real date, shown dd-mm-yyyy
    assert sheet["B2"].number_format == "dd-mm-yyyy"
    assert sheet["C3"].value == 1
    assert sheet["D2"].value == "Ja"
    assert sheet.column_dimensions["A"].width >= len("Række 0 – Åbenrå")
    assert workbook.properties.subject == "Softværket"
    assert workbook.properties.title == "Prøverapport"
    assert workbook.properties.created == GENERATED.replace(tzinfo=None)


def test_formula_like_text_is_written_as_text(tmp_path: Path) -> None:
    report = Report(
        "R",
        "O",
        blocks=[Table("T", [Column("A")], [("=1+1",), ("+45 12",), ("@SUM(A1)",), ("-2",)])],
    )
    path = tmp_path / "r.xlsx"
    _run(write_xlsx(report, path))
    sheet = load_workbook(path)["T"]
    cells = [sheet.cell(row=r, column=1) for r in range(2, 6)]
    assert [c.value for c in cells] == ["=1+1", "+45 12", "@SUM(A1)", "-2"]
    assert all(c.data_type == "s" for c in cells)


def test_the_pdf_has_header_footer_and_an_embedded_font(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    _run(write_pdf(_report(rows=400), path))
    reader = PdfReader(path)
    pages = len(reader.pages)
    assert pages >= 2
    first = reader.pages[0].extract_text()
    assert "Softværket" in first and "Prøverapport" in first
    assert f"Side 1 af {pages}" in first
    assert f"Side {pages} af {pages}" in reader.pages[-1].extract_text()
    assert "Udskrevet 25-11-2026" in first
    assert "Tekst med <b>markup</b> & tegn" in first
    assert "Række 0 – Åbenrå" in first
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][
                0
            ].get_object().get("/FontDescriptor")
            if descriptor is not None:
                descriptor = descriptor.get_object()
                assert any(k in descriptor for k in ("/FontFile2", "/FontFile", "/FontFile3"))
    assert not any("Helvetica" in f for f in fonts), fonts
