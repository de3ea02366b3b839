"""The register's use cases on a real database: save, read, duplicate, retire, link, audit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dpo_desk.db.models import AuditRecord
from dpo_desk.db.session import Database
from dpo_desk.domain.register import (
    ActivityDraft,
    Role,
    Safeguard,
    Sensitivity,
    Status,
    Transfer,
)
from dpo_desk.domain.retention import RetentionRule, RuleKind
from dpo_desk.services import catalogue, register
from dpo_desk.services.errors import ValidationFailedError

TODAY = dt.date(2026, 11, 25)


def _by_name(db: Database, kind: str) -> dict[str, int]:
    return {e.name: e.id for e in catalogue.entries(db, kind)}


def test_the_example_holds_the_seed_activities(demo_db: Database) -> None:
    rows = {r.name: r for r in register.rows(demo_db)}
    assert len(rows) == 7  # six in use and the recruitment draft
    assert rows["Nyhedsbrev"].transfer_countries == ("USA",)
    assert rows["Helbredsoplysninger om sårbare forbrugere"].kinds == {Sensitivity.SPECIAL}
    assert rows["Nyhedsbrev"].kinds == frozenset()
    assert rows["Måleraflæsning og driftsoptimering for fjernvarmeværker"].role is Role.PROCESSOR
    debt = next(v for v in register.views(demo_db) if v.name.startswith("Inddrivelse"))
    assert set(debt.recipients) == {"Advokat", "Inkassobureau", "SKAT (Skattestyrelsen)",
                                    "Fogedretten"}
    newsletter = next(v for v in register.views(demo_db) if v.name == "Nyhedsbrev")
    assert newsletter.processors == ("Mailchimp",)
    assert newsletter.transfers[0].safeguard is Safeguard.SCC


def test_save_and_read_back_every_field(demo_db: Database) -> None:
    categories = _by_name(demo_db, "data_category")
    processors = {p.name: p.id for p in catalogue.processors(demo_db)}
    draft = ActivityDraft(
        name="Rekruttering", purposes="Ansættelse af medarbejdere", legal_bases=["6.1.b", "dbl.12"],
        data_category_ids=[categories["Navn"], categories["E-mailadresse"]],
        processor_ids=[processors["Zitcom"]],
        transfers=[Transfer("Storbritannien", "Jobportal", Safeguard.ADEQUACY)],
        retention_rule=RetentionRule(RuleKind.MONTHS_AFTER_COLLECTION, 6),
        last_reviewed=dt.date(2026, 1, 2), next_review=dt.date(2027, 1, 2), status=Status.ACTIVE,
        joint_controller="Kolding Kommune, Akseltorv 1, 6000 Kolding",
        representative="Ingen (etableret i EU)",
    )
    new_id = register.save(demo_db, draft, today=TODAY)
    back = register.draft(demo_db, new_id)
    assert back.joint_controller == "Kolding Kommune, Akseltorv 1, 6000 Kolding"
    assert back.representative == "Ingen (etableret i EU)"
    assert back.name == "Rekruttering" and back.version == 1
    assert back.legal_bases == ["6.1.b", "dbl.12"]
    assert back.data_category_ids == draft.data_category_ids
    assert back.processor_ids == [processors["Zitcom"]]
    assert back.transfers == draft.transfers
    assert back.retention_rule == draft.retention_rule
    assert back.next_review == dt.date(2027, 1, 2)


def test_an_invalid_draft_writes_nothing(demo_db: Database) -> None:
    before = len(register.rows(demo_db))
    with pytest.raises(ValidationFailedError) as raised:
        register.save(demo_db, ActivityDraft(name="X", transfers=[Transfer("USA", "", None)]),
                      today=TODAY)
    assert "transfers" in raised.value.errors
    assert len(register.rows(demo_db)) == before


def test_duplicate_is_an_unsaved_draft_copy(demo_db: Database) -> None:
    original = next(r for r in register.rows(demo_db) if r.name == "Nyhedsbrev")
    copy = register.duplicate(demo_db, original.id, suffix="(kopi)")
    assert copy.id is None and copy.name == "Nyhedsbrev (kopi)" and copy.status is Status.DRAFT
    assert copy.transfers == register.draft(demo_db, original.id).transfers
    new_id = register.save(demo_db, copy, today=TODAY)
    assert new_id != original.id
    assert len(register.rows(demo_db)) == 8


def test_retire_keeps_the_activity(demo_db: Database) -> None:
    target = register.rows(demo_db)[0]
    register.retire(demo_db, target.id)
    assert register.draft(demo_db, target.id).status is Status.RETIRED
    assert len(register.rows(demo_db)) == 7


def test_a_stale_draft_is_refused(demo_db: Database) -> None:
    target = register.rows(demo_db)[0].id
    mine, theirs = register.draft(demo_db, target), register.draft(demo_db, target)
    theirs.owner = "Someone else"
    register.save(demo_db, theirs, today=TODAY)
    mine.owner = "Me"
    with pytest.raises(register.ConcurrentEditError) as raised:
        register.save(demo_db, mine, today=TODAY)
    assert raised.value.current is not None and raised.value.current.owner == "Someone else"


def test_links_are_audited_by_name(demo_db: Database) -> None:
    newsletter = next(r for r in register.rows(demo_db) if r.name == "Nyhedsbrev")
    draft = register.draft(demo_db, newsletter.id)
    draft.processor_ids = draft.processor_ids + [
        p.id for p in catalogue.processors(demo_db) if p.name == "Zitcom"]
    register.save(demo_db, draft, today=TODAY)
    with demo_db.reading() as session:
        last = session.scalars(select(AuditRecord).where(AuditRecord.table_name == "activity")
                               .order_by(AuditRecord.id.desc())).first()
    assert last is not None
    assert last.changes["processors"] == [["Mailchimp"], ["Mailchimp", "Zitcom"]]


def test_a_new_list_entry_is_added_once(demo_db: Database) -> None:
    first = catalogue.add(demo_db, "data_subject", "Praktikanter")
    again = catalogue.add(demo_db, "data_subject", "  praktikanter ")
    assert first == again
    assert "Praktikanter" in _by_name(demo_db, "data_subject")


def test_the_deletion_calendar(demo_db: Database) -> None:
    entries = register.deletion_calendar(demo_db, today=dt.date(2026, 11, 25))
    assert entries[0].batch.due == dt.date(2027, 1, 1)
    names = {e.activity for e in entries}
    assert "Kunde- og leverandøradministration" in names
    assert "Nyhedsbrev" not in names  # no structured rule
    assert entries == sorted(entries, key=lambda e: (e.batch.due, e.activity))


def test_the_deletion_calendar_honours_a_retired_activity_and_the_financial_year(
    demo_db: Database,
) -> None:
    from dpo_desk.services import organisation

    details = organisation.load(demo_db)
    details.fiscal_year_end_month, details.fiscal_year_end_day = 6, 30
    organisation.save(demo_db, details)
    support = next(r.id for r in register.rows(demo_db) if r.name == "Supportkontakt pr. telefon")
    register.retire(demo_db, support)

    entries = register.deletion_calendar(demo_db, today=dt.date(2026, 11, 25))
    by_activity: dict[str, list[tuple[dt.date, dt.date, dt.date]]] = {}
    for e in entries:
        by_activity.setdefault(e.activity, []).append(
            (e.batch.due, e.batch.covers_from, e.batch.covers_to))
    assert set(by_activity) == {  # the retired support line is gone; Nyhedsbrev has no rule
        "Kunde- og leverandøradministration",
        "Måleraflæsning og driftsoptimering for fjernvarmeværker",
        "Inddrivelse af restancer for forbrugere",
    }
    # Financial year 1 July – 30 June, plus five years, erased the day after (DESIGN.md):
    # the year 01-07-2021 – 30-06-2022 is kept to 30-06-2027 and due 01-07-2027.
    d = dt.date
    for batches in by_activity.values():
        assert batches == [
            (d(2027, 7, 1), d(2021, 7, 1), d(2022, 6, 30)),
            (d(2028, 7, 1), d(2022, 7, 1), d(2023, 6, 30)),
            (d(2029, 7, 1), d(2023, 7, 1), d(2024, 6, 30)),
        ]


def test_a_processor_in_use_cannot_be_deleted(demo_db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    from dpo_desk.db.register_models import Processor

    with pytest.raises(IntegrityError), demo_db.transaction() as session:
        mailchimp = session.scalar(select(Processor).where(Processor.name == "Mailchimp"))
        session.delete(mailchimp)


def _refused(db: Database, draft: ActivityDraft) -> dict[str, str]:
    before = len(register.rows(db))
    with pytest.raises(ValidationFailedError) as raised:
        register.save(db, draft, today=TODAY)
    assert len(register.rows(db)) == before
    return raised.value.errors


def test_on_save_each_kind_of_data_needs_its_own_ground(demo_db: Database) -> None:
    categories = _by_name(demo_db, "data_category")
    health = next(r for r in register.rows(demo_db) if r.name.startswith("Helbred"))
    draft = register.draft(demo_db, health.id)
    draft.legal_bases = ["6.1.a", "dbl.7"]  # § 7 alone, as the example once had it
    assert "legal_bases" in _refused(demo_db, draft)
    crime = ActivityDraft(name="Whistleblowerordning", legal_bases=["6.1.c", "10"],
                          data_category_ids=[categories["Navn"], categories["Strafbare forhold"]])
    assert "legal_bases" in _refused(demo_db, crime)
    cpr = ActivityDraft(name="Lønindberetning", legal_bases=["6.1.c"],
                        data_category_ids=[categories["Navn"], categories["CPR-nummer"]])
    assert "legal_bases" in _refused(demo_db, cpr)
    cpr.legal_bases = ["6.1.c", "dbl.11.2.1"]
    saved = register.save(demo_db, cpr, today=TODAY)
    row = next(r for r in register.rows(demo_db) if r.id == saved)
    assert row.kinds == {Sensitivity.CPR}  # not a special category


def test_a_future_review_date_is_refused_on_save(demo_db: Database) -> None:
    draft = ActivityDraft(name="Løn", last_reviewed=dt.date(2027, 6, 1))
    assert "last_reviewed" in _refused(demo_db, draft)


def test_data_tied_to_data_subjects_are_saved_and_audited(demo_db: Database) -> None:
    subjects, categories = _by_name(demo_db, "data_subject"), _by_name(demo_db, "data_category")
    staff, suppliers = subjects["Kunders medarbejdere"], subjects["Leverandørers kontaktpersoner"]
    name, email, phone = (categories[n] for n in ("Navn", "E-mailadresse", "Telefonnummer"))
    draft = ActivityDraft(
        name="Support", data_subject_ids=[staff, suppliers], data_category_ids=[name, email, phone],
        subject_data={staff: [name, email, phone], suppliers: [name, email]},
    )
    new_id = register.save(demo_db, draft, today=TODAY)
    # read back in the lists' own order (Navn, Telefonnummer, E-mailadresse)
    assert register.draft(demo_db, new_id).subject_data == {
        staff: [name, phone, email], suppliers: [name, email]}
    view = register.views(demo_db, [new_id])[0]
    assert view.data_by_subject == (
        ("Kunders medarbejdere", ("Navn", "Telefonnummer", "E-mailadresse")),
        ("Leverandørers kontaktpersoner", ("Navn", "E-mailadresse")),
    )
    with demo_db.reading() as session:
        records = session.scalars(select(AuditRecord).where(
            AuditRecord.table_name == "activity_subject_data")).all()
    assert len(records) == 5
    back = register.draft(demo_db, new_id)
    back.subject_data = {}  # every category about every subject again: no rows are kept
    register.save(demo_db, back, today=TODAY)
    assert register.draft(demo_db, new_id).subject_data == {}
    assert register.views(demo_db, [new_id])[0].data_by_subject[1] == (
        "Leverandørers kontaktpersoner", ("Navn", "Telefonnummer", "E-mailadresse"))


def test_the_table_shows_what_art30_misses(demo_db: Database) -> None:
    rows = {r.name: r for r in register.rows(demo_db)}
    # The example is complete but for its recruitment draft.
    assert rows.pop("Rekruttering og jobansøgninger").missing == ("retention", "measures")
    assert all(r.missing == () for r in rows.values())
    new_id = register.save(demo_db, ActivityDraft(name="Kantineordning", purposes="Frokost"),
                           today=TODAY)
    row = next(r for r in register.rows(demo_db) if r.id == new_id)
    assert row.missing == ("data_subjects", "data_categories", "retention", "measures")
