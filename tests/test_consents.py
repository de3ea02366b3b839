"""Health-data consents: withdrawal erases the health details everywhere; the warning list
names exactly the consumers with a consent in the area; every rule has a test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from dpo_desk.db.audit import ERASED
from dpo_desk.db.models import AuditRecord
from dpo_desk.db.session import Database
from dpo_desk.domain import consents as c
from dpo_desk.domain.consents import Area, ConsentState, ConsumerDraft, parse_list, parse_streets
from dpo_desk.domain.validation import MSG_CPR, MSG_PHONE, MSG_POSTAL_CODE
from dpo_desk.services import catalogue, consents
from dpo_desk.services.errors import ValidationFailedError

TODAY = dt.date(2026, 11, 25)
STARTS, ENDS = dt.datetime(2026, 12, 1, 8, 0), dt.datetime(2026, 12, 1, 14, 30)
SECRET = "Iltkoncentrator om natten XQZJW"


@pytest.fixture
def setup(db: Database) -> tuple[Database, int, int]:
    catalogue.ensure_defaults(db)
    category = next(e.id for e in catalogue.entries(db, "consideration")
                    if e.name.startswith("Afhængig"))
    text_id = consents.add_consent_text(db, label="1.0", text="Jeg giver samtykke …",
                                        valid_from=dt.date(2024, 1, 1))
    return db, category, text_id


def _consumer(category: int, text_id: int, **changes: object) -> ConsumerDraft:
    d = ConsumerDraft(name="Else Ærbø", street="Ågade", house_number="12", postal_code="6040",
                      city="Egtved", meter_number="MX-100 200", utility="Egtved Varmeværk",
                      phone="+45 75 55 12 34", category_id=category, free_text=SECRET,
                      consent_given=dt.date(2026, 1, 10), collected_by="Egtved Varmeværk",
                      consent_text_id=text_id)
    for key, value in changes.items():
        setattr(d, key, value)
    return d


def test_withdrawal_erases_the_health_details_in_the_file_and_the_audit_trail(
    setup: tuple[Database, int, int], db_path: Path
) -> None:
    db, category, text_id = setup
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    # a short row: without secure_delete SQLite leaves the old bytes in the page
    short = ConsumerDraft(name="N", postal_code="6040", category_id=category,
                          free_text=SECRET, consent_given=dt.date(2026, 1, 1),
                          consent_text_id=text_id)
    consents.withdraw(db, consents.save(db, short, today=TODAY), on=TODAY, how="brev",
                      today=TODAY)
    consumer = consents.save(db, _consumer(category, text_id), today=TODAY)
    consents.withdraw(db, consumer, on=TODAY, how="Telefonisk til forsyningen", today=TODAY)

    back = consents.draft(db, consumer)
    assert back.category_id is None and back.free_text == ""
    assert back.consent_given == dt.date(2026, 1, 10) and back.withdrawn == TODAY
    assert back.consent_text_id == text_id  # the proof stays
    with db.reading() as session:
        records = session.scalars(select(AuditRecord).where(
            AuditRecord.table_name == "consumer")).all()
    assert records
    for record in records:
        assert SECRET not in str(record.changes)
        for field in ("free_text", "category_id"):
            if field in record.changes:
                assert set(record.changes[field]) <= {ERASED, None}
    db.close()
    files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    for path in files:  # the database and whatever WAL or journal is left beside it
        assert SECRET.encode() not in path.read_bytes(), path.name


def test_health_details_without_a_consent_are_refused(setup: tuple[Database, int, int]) -> None:
    db, category, text_id = setup
    with pytest.raises(ValidationFailedError) as raised:
        consents.save(db, _consumer(category, text_id, consent_given=None), today=TODAY)
    assert raised.value.errors["category"] == c.MSG_NO_CONSENT
    assert consents.rows(db, today=TODAY) == []
    # without health details the consumer can be noted while the consent is on its way
    consents.save(db, _consumer(None, None, consent_given=None, category_id=None,
                                free_text="", consent_text_id=None), today=TODAY)  # type: ignore[arg-type]
    assert consents.rows(db, today=TODAY)[0].state is ConsentState.NONE


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"postal_code": "0799"}, "postal_code", MSG_POSTAL_CODE),
    ({"postal_code": "60400"}, "postal_code", MSG_POSTAL_CODE),
    ({"phone": "7555123"}, "phone", MSG_PHONE),
    ({"consent_given": TODAY + dt.timedelta(days=1)}, "consent_given", c.MSG_FUTURE),
    ({"withdrawn": dt.date(2026, 1, 9)}, "withdrawn", c.MSG_WITHDRAWN_BEFORE),
    ({"free_text": "Født 010190-1234"}, "free_text", MSG_CPR),
    ({"free_text": "x" * 201}, "free_text", c.MSG_FREE_TEXT),
    ({"consent_text_id": None}, "consent_text", c.MSG_VERSION),
])
def test_each_rule(changes: dict[str, object], field: str, message: str) -> None:
    d = _consumer(1, 1, **changes)
    if "withdrawn" in changes:
        d.category_id, d.free_text = None, ""
    assert c.validate_consumer(d, today=TODAY)[field] == message


def test_a_phone_with_plus45_and_spaces_is_fine() -> None:
    assert c.validate_consumer(_consumer(1, 1, phone="+45 75 55 12 34"), today=TODAY) == {}


def test_pasted_meter_numbers_parse_with_spaces_commas_and_new_lines() -> None:
    assert parse_list("MX1 MX2,MX3\nMX4;MX5\r\n  MX6 ,, ") == {
        "MX1", "MX2", "MX3", "MX4", "MX5", "MX6"}
    assert parse_streets("Ågade, Skovvej\nLille Torv") == {"ågade", "skovvej", "lille torv"}


def test_the_warning_list_names_exactly_the_consents_in_the_area(
    setup: tuple[Database, int, int]
) -> None:
    db, category, text_id = setup
    people = {
        "Inde 6040": _consumer(category, text_id, name="Inde 6040"),
        "Ude 6000": _consumer(category, text_id, name="Ude 6000", postal_code="6000",
                              street="Merkurvej", meter_number="K-1"),
        "Gade i 6000": _consumer(category, text_id, name="Gade i 6000", postal_code="6000",
                                 street="Skovvej", meter_number="K-2"),
        "Måler i 6070": _consumer(category, text_id, name="Måler i 6070", postal_code="6070",
                                  street="Bakken", meter_number="M-77"),
    }
    ids = {name: consents.save(db, d, today=TODAY) for name, d in people.items()}
    # in the area by each of postal code, street and meter, but without a consent …
    place = {"6040": {}, "Skovvej": {"postal_code": "6000", "street": "Skovvej"},
             "M-77": {"postal_code": "6070", "street": "Bakken", "meter_number": "M-77"}}
    for where, changes in place.items():
        consents.save(db, _consumer(None, None, name=f"Intet samtykke {where}",  # type: ignore[arg-type]
                                    consent_given=None, category_id=None, free_text="",
                                    consent_text_id=None, **changes), today=TODAY)
        # … or with one that was withdrawn
        withdrawn = consents.save(db, _consumer(category, text_id, name=f"Trukket {where}",
                                                **changes), today=TODAY)
        consents.withdraw(db, withdrawn, on=TODAY, how="brev", today=TODAY)
    area = Area(postal_codes=parse_list("6040"), streets=parse_streets("skovvej"),
                meter_numbers=parse_list("M-77, X-9"))
    lines = consents.warning_list(db, area, interruption="Ledningsbrud Egtved 2026-12-01",
                                  starts=STARTS, ends=ENDS, today=TODAY)
    assert sorted(line.name for line in lines) == ["Gade i 6000", "Inde 6040", "Måler i 6070"]
    assert all(line.free_text == "" for line in lines)  # not unless asked for
    assert all(line.category.startswith("Afhængig") for line in lines)
    with db.reading() as session:
        event = session.scalars(select(AuditRecord).where(
            AuditRecord.action == "warning_list")).one()
    assert event.changes["named"] == 3
    assert "Ledningsbrud" in event.changes["interruption"]
    assert not any(name in str(event.changes) for name in people)  # how many, not who
    assert ids


def test_an_empty_area_is_an_error_not_everyone(setup: tuple[Database, int, int]) -> None:
    db, category, text_id = setup
    consents.save(db, _consumer(category, text_id), today=TODAY)
    with pytest.raises(ValidationFailedError) as raised:
        consents.warning_list(db, Area(parse_list("  , \n"), parse_streets(" "),
                                       parse_list("")), interruption="x", starts=STARTS,
                              ends=ENDS, today=TODAY)
    assert raised.value.errors["area"] == c.MSG_EMPTY_AREA


def test_opening_the_free_text_is_recorded(setup: tuple[Database, int, int]) -> None:
    db, category, text_id = setup
    consumer = consents.save(db, _consumer(category, text_id), today=TODAY)
    assert consents.reveal(db, consumer) == SECRET
    with db.reading() as session:
        opened = session.scalars(select(AuditRecord).where(AuditRecord.action == "opened")).one()
    assert opened.row_id == str(consumer) and opened.user_name
    assert SECRET not in str(opened.changes)


def test_old_consents_are_due_for_reconfirmation_and_a_move_is_flagged(
    setup: tuple[Database, int, int]
) -> None:
    db, category, text_id = setup
    old = consents.save(db, _consumer(category, text_id, name="Gammel",
                                      consent_given=dt.date(2024, 11, 25)), today=TODAY)
    new = consents.save(db, _consumer(category, text_id, name="Ny"), today=TODAY)
    states = {r.name: r.state for r in consents.rows(db, today=TODAY)}
    assert states == {"Gammel": ConsentState.RECONFIRM, "Ny": ConsentState.ACTIVE}
    moving = consents.draft(db, new)
    moving.street, moving.house_number = "Skovvej", "3"
    consents.save(db, moving, today=TODAY)
    assert {r.name: r.moved for r in consents.rows(db, today=TODAY)} == {"Gammel": False,
                                                                         "Ny": True}
    assert old


def test_the_file_scan_finds_text_left_behind_without_secure_delete(tmp_path: Path) -> None:
    """Control for the erasure test: with secure_delete off, SQLite leaves an overwritten
    value's bytes in the file, and the scan sees them (so the erasure test can fail)."""
    import sqlite3

    path = tmp_path / "control.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA secure_delete = OFF")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT)")
    connection.execute("INSERT INTO t VALUES (1, ?)", (SECRET,))
    connection.execute("INSERT INTO t VALUES (2, 'another row keeps the page in use')")
    connection.commit()
    connection.execute("DELETE FROM t WHERE id = 1")
    connection.commit()
    connection.close()
    assert SECRET.encode() in path.read_bytes()


def test_the_signed_form_is_kept_and_each_opening_is_logged(
    setup: tuple[Database, int, int], tmp_path: Path
) -> None:
    db, category, text_id = setup
    consumer = consents.save(db, _consumer(category, text_id), today=TODAY)
    signed = tmp_path / "samtykke-underskrevet.pdf"
    signed.write_bytes(b"%PDF-1.4 signed consent")
    consents.attach_signed_form(db, consumer, signed)
    path, state = consents.open_signed_form(db, consumer)
    assert state == "ok" and path is not None and path.read_bytes() == signed.read_bytes()
    assert path.stat().st_mode & 0o777 == 0o600
    with db.reading() as session:
        opened = session.scalars(select(AuditRecord).where(AuditRecord.action == "opened")).all()
    assert [o.changes["field"] for o in opened] == ["signed_form"]
    path.write_bytes(b"changed")
    assert consents.open_signed_form(db, consumer)[1] == "changed"


def test_the_review_period_is_a_setting(setup: tuple[Database, int, int]) -> None:
    db, category, text_id = setup
    consents.save(db, _consumer(category, text_id, consent_given=dt.date(2025, 10, 1)),
                  today=TODAY)
    assert consents.rows(db, today=TODAY)[0].state is ConsentState.ACTIVE
    consents.set_review_months(db, 12)
    assert consents.rows(db, today=TODAY)[0].state is ConsentState.RECONFIRM


def test_a_second_withdrawal_is_refused_and_keeps_the_proof_of_the_first(
    setup: tuple[Database, int, int]
) -> None:
    from dpo_desk.domain.text import UserError

    db, category, text_id = setup
    consumer = consents.save(db, _consumer(category, text_id), today=TODAY)
    first = dt.date(2026, 11, 2)
    consents.withdraw(db, consumer, on=first, how="Telefonisk til forsyningen", today=TODAY)
    with pytest.raises(UserError) as raised:
        consents.withdraw(db, consumer, on=TODAY, how="", today=TODAY)
    assert raised.value.message == c.MSG_ALREADY_WITHDRAWN
    assert raised.value.message.params == {"date": "02-11-2026"}
    back = consents.draft(db, consumer)
    assert (back.withdrawn, back.withdrawn_how) == (first, "Telefonisk til forsyningen")
    # nor can a save through the form overwrite it
    back.withdrawn, back.withdrawn_how = TODAY, ""
    with pytest.raises(UserError):
        consents.save(db, back, today=TODAY)
    again = consents.draft(db, consumer)
    assert (again.withdrawn, again.withdrawn_how) == (first, "Telefonisk til forsyningen")


PHONE, CONTACT, METER = "+45 71 93 58 26", "Nabo Vibeke QXZW 40 11 22 33", "MTR-QZXW-998877"


def test_withdrawal_erases_phone_contact_and_meter_and_keeps_only_the_proof(
    setup: tuple[Database, int, int], db_path: Path
) -> None:
    db, category, text_id = setup
    short = ConsumerDraft(name="N", postal_code="6040", phone="20 30 40 50",
                          alternative_contact="x", meter_number="m",
                          consent_given=dt.date(2026, 1, 1), consent_text_id=text_id)
    consents.withdraw(db, consents.save(db, short, today=TODAY), on=TODAY, how="brev",
                      today=TODAY)
    consumer = consents.save(db, _consumer(category, text_id, phone=PHONE,
                                           alternative_contact=CONTACT, meter_number=METER),
                             today=TODAY)
    consents.withdraw(db, consumer, on=TODAY, how="Telefonisk til forsyningen", today=TODAY)

    back = consents.draft(db, consumer)
    assert (back.phone, back.alternative_contact, back.meter_number) == ("", "", "")
    assert (back.name, back.utility, back.consent_given, back.withdrawn,
            back.consent_text_id, back.withdrawn_how) == (
        "Else Ærbø", "Egtved Varmeværk", dt.date(2026, 1, 10), TODAY, text_id,
        "Telefonisk til forsyningen")
    with db.reading() as session:
        records = session.scalars(select(AuditRecord).where(
            AuditRecord.table_name == "consumer")).all()
    for record in records:
        for value in (PHONE, CONTACT, METER):
            assert value not in str(record.changes)
        for field in ("phone", "alternative_contact", "meter_number"):
            if field in record.changes:
                assert set(record.changes[field]) <= {ERASED, None, ""}
    db.close()
    for path in (p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)):
        data = path.read_bytes()
        for value in (PHONE, CONTACT, METER):
            assert value.encode() not in data, (path.name, value)


def test_a_withdrawn_consumer_cannot_get_a_phone_again() -> None:
    d = _consumer(None, 1, category_id=None, free_text="", withdrawn=TODAY,  # type: ignore[arg-type]
                  phone="20 30 40 50", meter_number="", alternative_contact="")
    assert c.validate_consumer(d, today=TODAY) == {"phone": c.MSG_KEPT_NO_LONGER}


@pytest.mark.parametrize("field", ["name", "street", "house_number", "city", "meter_number",
                                   "utility", "alternative_contact", "collected_by",
                                   "withdrawn_how", "free_text"])
def test_a_cpr_number_in_any_free_text_field_is_refused_at_that_field(field: str) -> None:
    d = _consumer(1, 1)
    if field == "withdrawn_how":
        d.withdrawn, d.category_id, d.free_text = TODAY, None, ""
        d.phone = d.meter_number = ""
    setattr(d, field, "Tjekket 010190-1234")
    errors = c.validate_consumer(d, today=TODAY)
    assert errors.get(field) == MSG_CPR, errors


@pytest.mark.parametrize("field", ["name", "street", "house_number", "city", "meter_number",
                                   "utility", "phone", "alternative_contact", "collected_by",
                                   "withdrawn_how"])
def test_every_text_field_has_its_one_limit(field: str) -> None:
    from dpo_desk.db.consent_models import Consumer
    from dpo_desk.domain.validation import MSG_TOO_LONG

    limit = c.LIMITS[field]
    assert Consumer.__table__.c[field].type.length == limit  # the model reads the same limit
    d = _consumer(1, 1)
    if field == "withdrawn_how":
        d.withdrawn, d.category_id, d.free_text = TODAY, None, ""
        d.phone = d.meter_number = d.alternative_contact = ""
    setattr(d, field, "a" * (limit + 1))
    message = c.validate_consumer(d, today=TODAY)[field]
    assert message == MSG_TOO_LONG and message.params == {"limit": limit}  # type: ignore[attr-defined]


def test_a_5000_character_street_is_refused(setup: tuple[Database, int, int]) -> None:
    db, category, text_id = setup
    with pytest.raises(ValidationFailedError) as raised:
        consents.save(db, _consumer(category, text_id, street="Ågade " * 834), today=TODAY)
    assert set(raised.value.errors) == {"street"}
    assert consents.rows(db, today=TODAY) == []


@pytest.mark.parametrize("field", ["consent_given", "withdrawn"])
def test_no_date_of_something_that_happened_lies_in_the_future(field: str) -> None:
    d = _consumer(None, 1, category_id=None, free_text="", phone="",  # type: ignore[arg-type]
                  meter_number="", withdrawn=TODAY, withdrawn_how="brev")
    setattr(d, field, TODAY + dt.timedelta(days=1))
    if field == "consent_given":
        d.withdrawn = None
    assert c.validate_consumer(d, today=TODAY)[field] == c.MSG_FUTURE
    assert c.validate_consumer(d, today=TODAY + dt.timedelta(days=1)).get(field) is None


def test_a_withdrawal_dated_in_the_future_is_refused_at_the_field(
    setup: tuple[Database, int, int]
) -> None:
    db, category, text_id = setup
    consumer = consents.save(db, _consumer(category, text_id), today=TODAY)
    with pytest.raises(ValidationFailedError) as raised:
        consents.withdraw(db, consumer, on=TODAY + dt.timedelta(days=1), how="Tjekket 010190-1234",
                          today=TODAY)
    assert raised.value.errors == {"withdrawn": c.MSG_FUTURE, "withdrawn_how": MSG_CPR}
    assert consents.draft(db, consumer).withdrawn is None


def test_the_consent_first_message_is_at_the_field_filled_in() -> None:
    only_note = _consumer(None, 1, category_id=None, consent_given=None)  # type: ignore[arg-type]
    errors = c.validate_consumer(only_note, today=TODAY)
    assert errors.get("free_text") == c.MSG_NO_CONSENT and "category" not in errors
    only_category = _consumer(1, 1, free_text="", consent_given=None)
    errors = c.validate_consumer(only_category, today=TODAY)
    assert errors.get("category") == c.MSG_NO_CONSENT and "free_text" not in errors


def test_the_text_in_use_on_the_consent_date_is_proposed_and_an_older_one_warned() -> None:
    texts = [(3, "3.0", dt.date(2026, 6, 1)), (2, "2.0", dt.date(2025, 3, 1)),
             (1, "1.0", dt.date(2021, 10, 1))]
    assert c.proposed_text(texts, dt.date(2025, 4, 5)) == 2
    assert c.proposed_text(texts, dt.date(2025, 3, 1)) == 2
    assert c.proposed_text(texts, dt.date(2025, 2, 28)) == 1
    assert c.proposed_text(texts, dt.date(2021, 9, 30)) is None
    assert c.text_warning(texts, 2, dt.date(2025, 4, 5)) is None
    older = c.text_warning(texts, 1, dt.date(2025, 4, 5))
    assert older == c.MSG_OLDER_TEXT
    assert older.params == {"chosen": "1.0", "proposed": "2.0"}  # type: ignore[union-attr]
    later = c.text_warning(texts, 3, dt.date(2025, 4, 5))
    assert later == c.MSG_LATER_TEXT and later.params == {"chosen": "3.0"}  # type: ignore[union-attr]


def test_the_interruption_start_and_end_are_in_the_log_and_an_end_before_the_start_is_refused(
    setup: tuple[Database, int, int]
) -> None:
    db, category, text_id = setup
    consents.save(db, _consumer(category, text_id), today=TODAY)
    area = Area(postal_codes=parse_list("6040"))
    with pytest.raises(ValidationFailedError) as raised:
        consents.warning_list(db, area, interruption="Ledningsbrud", starts=ENDS, ends=STARTS,
                              today=TODAY)
    assert raised.value.errors == {"ends": c.MSG_ENDS_BEFORE}
    consents.warning_list(db, area, interruption="Ledningsbrud", starts=STARTS, ends=ENDS,
                          today=TODAY)
    with db.reading() as session:
        event = session.scalars(select(AuditRecord).where(
            AuditRecord.action == "warning_list")).one()  # the refused one left no record
    assert event.changes["starts"] == "2026-12-01T08:00"
    assert event.changes["ends"] == "2026-12-01T14:30"
