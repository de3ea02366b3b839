"""The register's reports, read back: the workbook and the Art. 30 record in PDF."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from dpo_desk.cli import main
from dpo_desk.db.session import Database
from dpo_desk.services import register
from dpo_desk.services.export import export

ART30_HEADINGS = [
    "Dataansvarlig og databeskyttelsesrådgiver",
    "Behandling som dataansvarlig (art. 30, stk. 1)",
    "Behandling som databehandler (art. 30, stk. 2)",
    "Formål med behandlingen",
    "Retsgrundlag",
    "Kategorier af registrerede",
    "Kategorier af personoplysninger",
    "Kategorier af modtagere",
    "Overførsler til tredjelande",
    "Tidsfrister for sletning",
    "Tekniske og organisatoriske sikkerhedsforanstaltninger",
    "Dataansvarlige, som vi behandler på vegne af",
    "Kategorier af behandling",
    "Konsekvensanalyse",
    "Automatiske afgørelser og profilering",
]


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_workbook_has_every_activity_and_the_transfer_sheet(tmp_path: Path,
                                                                demo_db: Database) -> None:
    out = tmp_path / "register.xlsx"
    list(export(demo_db, report="register", fmt="xlsx", out=out))
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Aktiviteter", "Som dataansvarlig", "Som databehandler",
                                   "Overførsler til tredjelande", "Slettekalender"]
    activities = workbook["Aktiviteter"]
    names = {row[0] for row in activities.iter_rows(min_row=2, values_only=True)}
    assert names == {r.name for r in register.rows(demo_db)}
    header = [c.value for c in activities[1]]
    assert "Retsgrundlag" in header and "Tidsfrister for sletning" in header
    assert workbook["Som dataansvarlig"].max_row == 4  # header + 3 activities
    assert workbook["Som databehandler"].max_row == 4
    transfers = list(workbook["Overførsler til tredjelande"].iter_rows(min_row=2,
                                                                      values_only=True))
    assert len(transfers) == 1
    activity, country, recipient, safeguard, module, documentation = transfers[0]
    assert (activity, country) == ("Nyhedsbrev", "USA")
    assert "Mailchimp" in recipient
    assert safeguard.startswith("Standardkontraktbestemmelser 2021/914") and module == 2
    review = activities.cell(row=2, column=header.index("Næste gennemgang") + 1)
    assert review.is_date


def test_the_pdf_record_has_every_art30_heading_and_mailchimp(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    out = tmp_path / "fortegnelse.pdf"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["export", "--db", str(db), "--report", "register", "--format", "pdf",
                 "--out", str(out)]) == 0
    text = _pdf_text(out)
    assert text.startswith("Softværket Fortegnelse over behandlingsaktiviteter")
    for heading in ART30_HEADINGS:
        assert heading in text, heading
    assert "Mailchimp" in text and "Standardkontraktbestemmelser 2021/914, modul 2" in text
    assert "Henrik Pors" in text and "26 22 40 20" in text
    controller = text.index("Behandling som dataansvarlig (art. 30, stk. 1) ", 800)
    processor = text.index("Behandling som databehandler (art. 30, stk. 2) ", 800)
    assert controller < text.index("Nyhedsbrev", controller) < processor
    assert processor < text.index("Helbredsoplysninger om sårbare forbrugere", processor)


def test_the_pdf_of_a_filtered_view_holds_only_those(tmp_path: Path, demo_db: Database) -> None:
    newsletter = next(r.id for r in register.rows(demo_db) if r.name == "Nyhedsbrev")
    out = tmp_path / "one.pdf"
    list(export(demo_db, report="register", fmt="pdf", out=out, ids=[newsletter]))
    text = _pdf_text(out)
    assert "filtreret visning" in text
    assert "Nyhedsbrev" in text
    assert "Supportkontakt" not in text


def test_the_contents_page_lists_the_activities(tmp_path: Path, demo_db: Database) -> None:
    out = tmp_path / "toc.pdf"
    list(export(demo_db, report="register", fmt="pdf", out=out))
    first = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Indhold" in first
    for row in register.rows(demo_db):
        assert row.name in first
