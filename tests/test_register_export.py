"""The register's reports, read back: the workbook and the Art. 30 record in PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from dpo_desk.cli import main
from dpo_desk.db.session import Database
from dpo_desk.domain.register import ActivityDraft
from dpo_desk.services import catalogue, register
from dpo_desk.services.export import export

ART30_HEADINGS = [
    "Organisation og databeskyttelsesrådgiver",
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
    assert workbook["Som dataansvarlig"].max_row == 5  # header + 4 activities
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


def test_the_example_record_ties_data_to_subjects_and_heads_the_processor_part(
    tmp_path: Path, demo_db: Database
) -> None:
    out = tmp_path / "fortegnelse.pdf"
    list(export(demo_db, report="register", fmt="pdf", out=out))
    text = _pdf_text(out)
    controller = text.index("Behandling som dataansvarlig (art. 30, stk. 1) ", 800)
    processor = text.index("Behandling som databehandler (art. 30, stk. 2) ", 800)
    as_controller, as_processor = text[controller:processor], text[processor:]
    assert as_controller.startswith(
        "Behandling som dataansvarlig (art. 30, stk. 1) Dataansvarlig Softværket, CVR 26 22 40 20")
    assert ("Kunders medarbejdere: Navn, Adresse, Telefonnummer, E-mailadresse, Firmanavn "
            "Leverandørers kontaktpersoner: Navn, Adresse") in as_controller
    assert "Kunders medarbejdere: Navn, Telefonnummer, E-mailadresse" in as_controller
    assert as_processor.startswith(
        "Behandling som databehandler (art. 30, stk. 2) Databehandler Softværket, CVR 26 22 40 20 "
        "Dataansvarlige, som vi behandler på vegne af Almind Fjernvarme; "
        "Egtved Varmeværk A.m.b.a.")
    assert "Dataansvarlig Softværket" not in as_processor
    assert "Fjernvarmeforbrugere: Navn, Adresse, Målernummer, Betalingsoplysninger" in as_processor
    assert "Fælles dataansvarlig" not in text  # the example has none
    assert "Helbredsoplysninger (art. 9)" in text and "særlig kategori" not in text


def _activity_with_everything(db: Database) -> int:
    """An activity with a joint controller, a representative, each kind of data, data
    tied to subjects, and no time limit for erasure."""
    subjects = {e.name: e.id for e in catalogue.entries(db, "data_subject")}
    data = {e.name: e.id for e in catalogue.entries(db, "data_category")}
    staff, applicants = subjects["Medarbejdere"], subjects["Jobansøgere"]
    return register.save(db, ActivityDraft(
        name="Personaleadministration",
        purposes="Løn og ansættelse",
        legal_bases=["6.1.b", "6.1.c", "9.2.b", "dbl.8", "dbl.11.2.1"],
        data_subject_ids=[staff, applicants],
        data_category_ids=[data["Navn"], data["Helbredsoplysninger"], data["CPR-nummer"],
                           data["Strafbare forhold"]],
        subject_data={staff: [data["Navn"], data["Helbredsoplysninger"], data["CPR-nummer"]],
                      applicants: [data["Navn"], data["Strafbare forhold"]]},
        joint_controller="Kolding Lønservice ApS, Vejlevej 1, 6000 Kolding, løn@example.dk",
        representative="Ingen: Softværket er etableret i EU",
        measures_text="Adgangsstyring",
    ), today=dt.date(2026, 11, 25))


def test_the_record_keeps_art9_art10_and_cpr_apart_and_shows_the_joint_controller(
    tmp_path: Path, demo_db: Database
) -> None:
    new_id = _activity_with_everything(demo_db)
    pdf, xlsx = tmp_path / "f.pdf", tmp_path / "f.xlsx"
    list(export(demo_db, report="register", fmt="pdf", out=pdf, ids=[new_id]))
    list(export(demo_db, report="register", fmt="xlsx", out=xlsx, ids=[new_id]))
    text = _pdf_text(pdf)
    assert ("Fælles dataansvarlig Kolding Lønservice ApS, Vejlevej 1, 6000 Kolding, "
            "løn@example.dk") in text
    assert "Repræsentant Ingen: Softværket er etableret i EU" in text
    assert ("Navn; Helbredsoplysninger (art. 9); CPR-nummer (dbl. § 11); "
            "Strafbare forhold (art. 10)") in text
    assert "Medarbejdere: Navn, Helbredsoplysninger, CPR-nummer Jobansøgere: Navn, " \
           "Strafbare forhold" in text
    assert "Tidsfrister for sletning Ikke fastsat" in text
    assert "Mangler efter art. 30 tidsfrist for sletning" in text
    assert "CPR-nummer (CPR-nummer)" not in text and "særlig kategori" not in text

    sheet = load_workbook(xlsx)["Aktiviteter"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, next(sheet.iter_rows(min_row=2, values_only=True)), strict=True))
    assert row["Fælles dataansvarlig"].startswith("Kolding Lønservice ApS")
    assert row["Repræsentant"] == "Ingen: Softværket er etableret i EU"
    assert row["Oplysninger pr. kategori af registrerede"] == (
        "Medarbejdere: Navn, Helbredsoplysninger, CPR-nummer; Jobansøgere: Navn, Strafbare forhold")
    assert (row["Særlige kategorier (art. 9)"], row["Strafbare forhold (art. 10)"],
            row["CPR-numre (dbl. § 11)"]) == ("Ja", "Ja", "Ja")
    assert row["Tidsfrister for sletning"] == "Ikke fastsat"
    assert row["Mangler efter art. 30"] == "tidsfrist for sletning"


def test_a_cpr_activity_is_not_marked_as_a_special_category(
    tmp_path: Path, demo_db: Database
) -> None:
    data = {e.name: e.id for e in catalogue.entries(demo_db, "data_category")}
    new_id = register.save(demo_db, ActivityDraft(
        name="Lønindberetning", legal_bases=["6.1.c", "dbl.11.2.1"],
        data_category_ids=[data["Navn"], data["CPR-nummer"]]), today=dt.date(2026, 11, 25))
    xlsx = tmp_path / "f.xlsx"
    list(export(demo_db, report="register", fmt="xlsx", out=xlsx, ids=[new_id]))
    sheet = load_workbook(xlsx)["Aktiviteter"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, next(sheet.iter_rows(min_row=2, values_only=True)), strict=True))
    assert (row["Særlige kategorier (art. 9)"], row["Strafbare forhold (art. 10)"],
            row["CPR-numre (dbl. § 11)"]) == ("Nej", "Nej", "Ja")
    assert row["Kategorier af personoplysninger"] == "Navn; CPR-nummer (dbl. § 11)"


def _pages(path: Path) -> list[list[str]]:
    """The lines of each page, in layout, read back by poppler."""
    import subprocess

    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return [page.splitlines() for page in out.split("\f")]


def test_the_contents_point_at_the_pages_of_their_headings(tmp_path: Path,
                                                           demo_db: Database) -> None:
    import re

    names = [f"Behandling {n:03d} – R&D <Ærø>" for n in range(70)]  # markup stays text
    for name in names:
        register.save(demo_db, ActivityDraft(name=name, legal_bases=["6.1.b"]),
                      today=dt.date(2026, 11, 25))
    out = tmp_path / "toc.pdf"
    list(export(demo_db, report="register", fmt="pdf", out=out))
    pages = _pages(out)
    # The contents: the pages before the first activity's own heading.
    body = next(i for i, lines in enumerate(pages) if any(t.strip() == names[0] for t in lines))
    assert body >= 2  # the contents run over more than a page
    entry = re.compile(r"^\s*(\S.*?)\s{2,}(\d+)\s*$")
    contents = {m[1]: int(m[2]) for lines in pages[:body] for m in map(entry.match, lines) if m}
    headings = [*names, "Organisation og databeskyttelsesrådgiver",
                "Behandling som dataansvarlig (art. 30, stk. 1)",
                "Behandling som databehandler (art. 30, stk. 2)"]
    for heading in headings:
        shown = next(i + 1 for i, lines in enumerate(pages)
                     if i >= body - 1 and any(t.strip() == heading for t in lines))
        assert contents.get(heading) == shown, heading
