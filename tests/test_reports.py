"""The report framework: workbook formatting and the PDF's page furniture and font."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pypdf import PdfReader

from dpo_desk.reports.model import (
    Column,
    Fields,
    Heading,
    Kind,
    PageBreak,
    Paragraph,
    Report,
    Table,
    TooWide,
)
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


def test_a_month_is_a_date_in_the_workbook_and_mm_aaaa_in_the_pdf(tmp_path: Path) -> None:
    report = Report(
        "R", "O", generated=GENERATED,
        blocks=[Table("Måneder", [Column("Måned", Kind.MONTH), Column("Antal", Kind.NUMBER)],
                      [(dt.date(2026, 3, 1), 2), (dt.date(2026, 11, 1), 5)])],
    )
    book, pdf = tmp_path / "r.xlsx", tmp_path / "r.pdf"
    _run(write_xlsx(report, book))
    sheet = load_workbook(book)["Måneder"]
    assert [sheet["A2"].value, sheet["A3"].value] == [dt.datetime(2026, 3, 1),
                                                      dt.datetime(2026, 11, 1)]
    assert sheet["A2"].is_date and sheet["A2"].number_format == "mm-yyyy"
    _run(write_pdf(report, pdf))
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "03-2026 2" in text and "11-2026 5" in text
    assert "01-03-2026" not in text


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


# --- layout: whole words, landscape and left-out columns, headings kept with their text ---

LONG = "Fjernvarmeforsyningsselskabsbestyrelsesmedlemsrepræsentantskab"


def _page_words(path: Path) -> list[list[tuple[str, float, float, float]]]:
    """Per page: (word, left, top, bottom), read by poppler's pdftotext."""
    import html
    import re
    import subprocess

    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)<')
    return [
        [(html.unescape(m[3]), float(m[0]), float(m[1]), float(m[2])) for m in word.findall(p)]
        for p in out.split("<page ")[1:]
    ]


def test_a_landscape_report_is_landscape_a4_on_every_page(tmp_path: Path) -> None:
    """A report that asks for landscape pages has them all, after a page break too, even
    where its text and a narrow table would fit portrait."""
    report = Report(
        "Bred rapport", "O", generated=GENERATED, landscape=True,
        blocks=[
            Paragraph("Første side."),
            Table("Smal", [Column("A"), Column("B")], [("1", "2")]),
            PageBreak(),
            Heading("Anden side"),
            Paragraph("Tekst."),
            Table("Smal igen", [Column("A")], [("3",)]),
        ],
    )
    path = tmp_path / "landscape.pdf"
    _run(write_pdf(report, path))
    pages = PdfReader(path).pages
    assert len(pages) == 2
    assert [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages] == [
        (842, 595), (842, 595)
    ]
    assert "Anden side" in pages[1].extract_text()


def _wide_table(too_wide: TooWide) -> Report:
    columns = [Column(f"Kolonne{i}", drop_order=i if i >= 3 else None) for i in range(7)]
    rows = [[f"{LONG[: 20 + 5 * i]} r{r}" for i in range(7)] for r in range(3)]
    return Report("Bred", "O", generated=GENERATED,
                  blocks=[Table("Tabellen", columns, rows, too_wide=too_wide)])


def test_a_table_too_wide_for_portrait_turns_to_landscape_and_then_leaves_out_columns(
    tmp_path: Path,
) -> None:
    path = tmp_path / "wide.pdf"
    _run(write_pdf(_wide_table(TooWide.LANDSCAPE), path))
    page = PdfReader(path).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    words = {w[0] for w in _page_words(path)[0]}
    # 7 columns of 20-50 letter words need 1,750 pt; landscape holds 740 pt: the columns
    # with the lowest drop order are left out, and the print says which.
    assert {"Kolonne0", "Kolonne1", "Kolonne2"} <= words
    assert "Kolonne3" not in words and "Kolonne4" not in words
    text = " ".join(w[0] for w in _page_words(path)[0])
    assert "Udeladt af denne udskrift" in text and "Kolonne3, Kolonne4" in text
    assert LONG[:20] in words  # whole, never cut
    book = tmp_path / "wide.xlsx"
    _run(write_xlsx(_wide_table(TooWide.LANDSCAPE), book))
    assert [c.value for c in load_workbook(book)["Tabellen"][1]] == [
        f"Kolonne{i}" for i in range(7)
    ]


def test_a_table_that_drops_first_stays_in_portrait(tmp_path: Path) -> None:
    report = _wide_table(TooWide.DROP)
    table = report.blocks[0]
    assert isinstance(table, Table)
    table.rows = [[f"{LONG[:20]} r{r}"] * 7 for r in range(3)]
    path = tmp_path / "drop.pdf"
    _run(write_pdf(report, path))
    page = PdfReader(path).pages[0]
    assert page.mediabox.width < page.mediabox.height
    words = {w[0] for w in _page_words(path)[0]}
    # 7 columns of 20-letter words need 714 pt; portrait holds 493 pt: leave out by order
    assert {"Kolonne0", "Kolonne1", "Kolonne2"} <= words and "Kolonne3" not in words
    assert LONG[:20] in words


def test_a_narrow_date_column_is_as_wide_as_its_dates(tmp_path: Path) -> None:
    columns = [Column("Navn", width=20), *(Column(f"D{i}", Kind.DATE, width=0.1) for i in range(5))]
    rows = [("Ærø Fjernvarme", *(dt.date(2025, 10, 21 + i) for i in range(5)))]
    path = tmp_path / "dates.pdf"
    _run(write_pdf(Report("R", "O", generated=GENERATED, blocks=[Table("T", columns, rows)]), path))
    words = [w[0] for w in _page_words(path)[0]]
    assert [f"{21 + i}-10-2025" for i in range(5)] == [w for w in words if w.endswith("2025")]


def test_a_heading_never_stands_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    """The heading is pushed down line by line until it reaches the foot of the page;
    wherever it lands, text of its own section follows it on the same page."""
    for follower in ("paragraph", "fields", "table"):
        for filler in range(40, 70):
            blocks: list[Any] = [Paragraph("\n".join(f"Linje {i}" for i in range(filler)))]
            blocks.append(Heading("Dine rettigheder", level=2))
            if follower == "paragraph":
                blocks.append(Paragraph(" ".join(["Rettighedstekst"] * 60)))
            elif follower == "fields":
                blocks.append(Fields([(f"Felt{i}", "Rettighedstekst") for i in range(6)]))
            else:
                blocks.append(Table("Tabel", [Column("A")], [("Rettighedstekst",)] * 6))
            path = tmp_path / f"{follower}-{filler}.pdf"
            _run(write_pdf(Report("R", "O", generated=GENERATED, blocks=blocks), path))
            for page in _page_words(path):
                heads = [w for w in page if w[0] == "rettigheder"]
                if heads:
                    below = [w for w in page if w[0].startswith("Rettigheds") or w[0] == "Felt0"]
                    assert any(w[2] > heads[0][3] for w in below), (follower, filler)


def test_a_word_wider_than_its_place_is_printed_smaller_not_cut(tmp_path: Path) -> None:
    word = LONG + LONG[:30]  # 92 letters: wider than the text width at 9.5 pt
    report = Report("R", "O", generated=GENERATED,
                    blocks=[Fields([("Navn", word)]), Paragraph(word), Heading(word)])
    path = tmp_path / "long.pdf"
    _run(write_pdf(report, path))
    import re
    import subprocess

    out = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    right_edges = [float(x) for x in re.findall(rf'xMax="([\d.]+)" yMax="[\d.]+">{word}<', out)]
    assert len(right_edges) == 3  # whole, in the fields, the paragraph and the heading
    assert max(right_edges) <= 595.3 - 18 * 72 / 25.4  # within the right margin
