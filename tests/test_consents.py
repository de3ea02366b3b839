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
                                  today=TODAY)
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
                                       parse_list("")), interruption="x", today=TODAY)
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
