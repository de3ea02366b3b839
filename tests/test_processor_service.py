"""The processor register on a real database: links, deletion, attachments, annex."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from dpo_desk.db.session import Database
from dpo_desk.domain.processors import Direction, FollowUp, Method, SupervisionRound
from dpo_desk.services import attachments, processors, register
from dpo_desk.services.errors import ValidationFailedError
from dpo_desk.services.export import export

TODAY = dt.date(2026, 11, 25)


def _party(db: Database, name: str) -> processors.PartyRow:
    return next(r for r in processors.rows(db, today=TODAY) if r.name == name)


def test_the_example_holds_the_six_processors_and_two_utilities(demo_db: Database) -> None:
    rows = processors.rows(demo_db, today=TODAY)
    ours = {r.name for r in rows if r.direction is Direction.WE_ARE_CONTROLLER}
    # The policy's six, and an outside developer still without an agreement.
    assert ours == {"Zitcom", "Global Connect", "Logiva", "Obiss", "Fusemail", "Mailchimp",
                    "Kode & Drift ApS"}
    assert {r.name for r in rows if r.direction is Direction.WE_ARE_PROCESSOR} == {
        "Egtved Varmeværk A.m.b.a.", "Almind Fjernvarme"}
    overdue = {r.name for r in rows if r.next_supervision and r.next_supervision < TODAY}
    assert overdue == {"Global Connect", "Obiss"}
    assert _party(demo_db, "Obiss").open_follow_ups == 1


def test_an_activity_linked_to_mailchimp_shows_on_both_sides(demo_db: Database) -> None:
    assert _party(demo_db, "Mailchimp").activities == ("Nyhedsbrev",)
    newsletter = next(v for v in register.views(demo_db) if v.name == "Nyhedsbrev")
    assert newsletter.processors == ("Mailchimp",)


def test_linking_from_the_processor_side_updates_the_register(demo_db: Database) -> None:
    mailchimp = processors.draft(demo_db, _party(demo_db, "Mailchimp").id)
    support = next(r.id for r in register.rows(demo_db) if r.name == "Supportkontakt pr. telefon")
    mailchimp.activity_ids = [*mailchimp.activity_ids, support]
    processors.save(demo_db, mailchimp)
    assert "Mailchimp" in next(v for v in register.views(demo_db)
                               if v.id == support).processors


def test_deleting_a_processor_in_use_is_refused_naming_the_activities(demo_db: Database) -> None:
    with pytest.raises(processors.ProcessorInUseError) as raised:
        processors.delete(demo_db, _party(demo_db, "Mailchimp").id)
    assert raised.value.activities == ["Nyhedsbrev"]
    assert raised.value.message.params["activities"] == "Nyhedsbrev"  # type: ignore[attr-defined]
    processors.retire(demo_db, _party(demo_db, "Mailchimp").id)
    assert _party(demo_db, "Mailchimp").retired


def test_a_party_no_activity_uses_can_be_deleted_with_its_history(demo_db: Database) -> None:
    almind = _party(demo_db, "Almind Fjernvarme").id
    processors.delete(demo_db, almind)
    assert all(r.name != "Almind Fjernvarme" for r in processors.rows(demo_db, today=TODAY))


def test_a_round_moves_the_next_supervision(demo_db: Database) -> None:
    obiss = _party(demo_db, "Obiss")
    processors.save_round(demo_db, obiss.id, SupervisionRound(
        date=TODAY, method=Method.ISAE3000,
        follow_ups=[FollowUp("Ny restore-test", TODAY + dt.timedelta(days=60))]), today=TODAY)
    assert _party(demo_db, "Obiss").next_supervision == dt.date(2027, 11, 25)  # high: 12 months
    assert _party(demo_db, "Obiss").open_follow_ups == 2


def test_a_round_in_the_future_or_a_follow_up_without_due_is_refused(demo_db: Database) -> None:
    obiss = _party(demo_db, "Obiss").id
    with pytest.raises(ValidationFailedError) as raised:
        processors.save_round(demo_db, obiss, SupervisionRound(
            date=TODAY + dt.timedelta(days=1), follow_ups=[FollowUp("Noget", None)]), today=TODAY)
    assert set(raised.value.errors) == {"date", "follow_ups"}


def test_the_intervals_are_settable(demo_db: Database) -> None:
    from dpo_desk.domain.processors import RiskLevel

    processors.set_intervals(demo_db, {RiskLevel.LOW: 12, RiskLevel.MEDIUM: 24,
                                       RiskLevel.HIGH: 12})
    assert _party(demo_db, "Global Connect").next_supervision == dt.date(2024, 3, 1)


def test_the_agreement_is_copied_hashed_and_a_change_is_seen(demo_db: Database,
                                                             tmp_path: Path) -> None:
    signed = tmp_path / "Zitcom databehandleraftale.pdf"
    signed.write_bytes(b"%PDF-1.4 signed agreement")
    zitcom = _party(demo_db, "Zitcom").id
    stored = processors.attach_agreement(demo_db, zitcom, signed)
    state, path = processors.agreement_state(demo_db, zitcom)
    assert state is attachments.FileState.OK and path is not None
    assert path.parent == demo_db.path.parent / "attachments"
    assert path.read_bytes() == signed.read_bytes()
    assert stored.sha256 == attachments.sha256_of(signed)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    signed.write_bytes(b"changed original")  # the copy does not follow the original
    assert processors.agreement_state(demo_db, zitcom)[0] is attachments.FileState.OK
    path.write_bytes(b"tampered")
    assert processors.agreement_state(demo_db, zitcom)[0] is attachments.FileState.CHANGED
    path.unlink()
    assert processors.agreement_state(demo_db, zitcom)[0] is attachments.FileState.MISSING


def test_the_workbook_lists_mailchimps_transfer(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "processors.xlsx"
    list(export(demo_db, report="processors", fmt="xlsx", out=out))
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Databehandlere", "Underdatabehandlere", "Overførsler",
                                   "Tilsyn", "Åbne opfølgninger"]
    transfers = list(workbook["Overførsler"].iter_rows(min_row=2, values_only=True))
    assert len(transfers) == 1
    party, country, tool, tia, _outcome, data = transfers[0]
    assert (party, country) == ("Mailchimp", "US")
    assert tool == "Standardkontraktbestemmelser 2021/914, modul 2"
    assert data == "E-mailadresse, navn og firmanavn"
    assert tia == dt.datetime(2024, 3, 1)
    follow_ups = list(workbook["Åbne opfølgninger"].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in follow_ups] == ["Obiss"]


def test_the_pdf_lists_what_is_overdue_on_its_first_page(demo_db: Database,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "processors.pdf"
    list(export(demo_db, report="processors", fmt="pdf", out=out))
    reader = PdfReader(out)
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Oversigt over databehandlere" in first and "Overskredet" in first
    assert "Global Connect" in first and "Obiss" in first
    assert "Zitcom" not in first  # not overdue: on the later pages only
    rest = " ".join(" ".join(p.extract_text().split()) for p in reader.pages[1:])
    assert "Zitcom" in rest and "Seneste tilsyn" in rest and "Næste tilsyn" in rest


def test_the_sub_processor_annex_of_a_utility(demo_db: Database, tmp_path: Path) -> None:
    egtved = _party(demo_db, "Egtved Varmeværk A.m.b.a.").id
    name, lines = processors.sub_processor_annex(demo_db, egtved)
    assert name == "Egtved Varmeværk A.m.b.a."
    assert [line.name for line in lines] == ["Logiva", "Obiss", "Zitcom"]
    out = tmp_path / "annex.pdf"
    list(export(demo_db, report="annex", fmt="pdf", out=out, ids=[egtved]))
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Bilag: underdatabehandlere" in text and "Egtved Varmeværk A.m.b.a." in text
    assert "Logiva" in text and "Opkrævning af varme og målerregistrering" in text
    assert "Mailchimp" not in text  # the newsletter does not touch the utility's consumers


def test_renaming_a_controller_keeps_its_annex_and_its_activities(
    demo_db: Database, tmp_path: Path
) -> None:
    """Activities are linked to the controller they are done for by key: a new name
    follows into the activities, the annex and the record (Art. 30(2)(a))."""
    egtved = _party(demo_db, "Egtved Varmeværk A.m.b.a.").id
    party = processors.draft(demo_db, egtved)
    party.name = "Egtved Fjernvarme A.m.b.a."
    processors.save(demo_db, party, today=TODAY)

    assert _party(demo_db, "Egtved Fjernvarme A.m.b.a.").activities == (
        "Helbredsoplysninger om sårbare forbrugere",
        "Inddrivelse af restancer for forbrugere",
        "Måleraflæsning og driftsoptimering for fjernvarmeværker",
    )
    name, lines = processors.sub_processor_annex(demo_db, egtved)
    assert name == "Egtved Fjernvarme A.m.b.a."
    assert [line.name for line in lines] == ["Logiva", "Obiss", "Zitcom"]
    debt = next(v for v in register.views(demo_db)
                if v.name == "Inddrivelse af restancer for forbrugere")
    assert [c.name for c in debt.controllers] == ["Egtved Fjernvarme A.m.b.a."]

    out = tmp_path / "annex.pdf"
    list(export(demo_db, report="annex", fmt="pdf", out=out, ids=[egtved]))
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Egtved Fjernvarme A.m.b.a." in text and "Logiva" in text
    record = tmp_path / "register.pdf"
    list(export(demo_db, report="register", fmt="pdf", out=record))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(record).pages)
    assert "Egtved Fjernvarme A.m.b.a." in text and "Egtved Varmeværk" not in text

    # saving the activity again keeps the link (its controller row names the party)
    register.save(demo_db, register.draft(demo_db, debt.id), today=dt.date.max)
    assert processors.sub_processor_annex(demo_db, egtved)[1] == lines
    assert "Inddrivelse af restancer for forbrugere" in _party(
        demo_db, "Egtved Fjernvarme A.m.b.a.").activities


def test_deleting_a_controller_keeps_the_name_in_its_activities(demo_db: Database) -> None:
    processors.delete(demo_db, _party(demo_db, "Almind Fjernvarme").id)
    meters = next(v for v in register.views(demo_db)
                  if v.name == "Måleraflæsning og driftsoptimering for fjernvarmeværker")
    assert [c.name for c in meters.controllers] == ["Egtved Varmeværk A.m.b.a.",
                                                    "Almind Fjernvarme"]
    register.save(demo_db, register.draft(demo_db, meters.id), today=dt.date.max)  # still saves


def test_a_vat_number_is_stored_as_the_cvr(demo_db: Database) -> None:
    from dpo_desk.domain.processors import PartyDraft

    party = processors.save(demo_db, PartyDraft(name="Softværket ApS", cvr="DK26224020"),
                            today=TODAY)
    assert processors.draft(demo_db, party).cvr == "26 22 40 20"


def test_the_concept_chosen_and_its_reason_are_kept_and_set_the_risk(demo_db: Database) -> None:
    from dpo_desk.domain.processors import RiskLevel

    zitcom = _party(demo_db, "Zitcom")
    processors.save_round(demo_db, zitcom.id, SupervisionRound(
        date=TODAY, method=Method.ISAE3402, concept=5, suggested_concept=2,
        concept_reason="Ny driftsplatform: vi vil se den selv"), today=TODAY)
    kept = processors.rounds(demo_db, zitcom.id)[0]
    assert (kept.concept, kept.suggested_concept, kept.concept_reason) == (
        5, 2, "Ny driftsplatform: vi vil se den selv")
    assert processors.draft(demo_db, zitcom.id).risk is RiskLevel.HIGH
    assert _party(demo_db, "Zitcom").next_supervision == dt.date(2027, 11, 25)  # 12 months


def test_an_override_without_a_reason_is_refused_and_nothing_is_written(
        demo_db: Database) -> None:
    zitcom = _party(demo_db, "Zitcom")
    before = processors.rounds(demo_db, zitcom.id)
    with pytest.raises(ValidationFailedError) as raised:
        processors.save_round(demo_db, zitcom.id, SupervisionRound(
            date=TODAY, concept=1, suggested_concept=3), today=TODAY)
    assert set(raised.value.errors) == {"concept_reason"}
    assert processors.rounds(demo_db, zitcom.id) == before


def test_the_workbook_keeps_the_concept_and_its_reason(tmp_path: Path, demo_db: Database) -> None:
    zitcom = _party(demo_db, "Zitcom")
    processors.save_round(demo_db, zitcom.id, SupervisionRound(
        date=TODAY, method=Method.ONSITE, concept=6, suggested_concept=2,
        concept_reason="Ny driftsplatform"), today=TODAY)
    out = tmp_path / "processors.xlsx"
    list(export(demo_db, report="processors", fmt="xlsx", out=out))
    rows = [tuple(r) for s in load_workbook(out).worksheets
            for r in s.iter_rows(values_only=True)]
    assert any(r[:1] == ("Zitcom",) and 6 in r and 2 in r and "Ny driftsplatform" in r
               for r in rows)
    header = next(r for r in rows if "Begrundelse for konceptet" in r)
    assert "Tilsynskoncept" in header and "Foreslået koncept" in header
