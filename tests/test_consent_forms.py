"""Signed consent forms show health data: after a withdrawal they are kept only as long as
the proof of consent must be kept, then erased with their contents; the deletion
calendar shows when."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from dpo_desk.db import cipher
from dpo_desk.db.models import AttachmentContent
from dpo_desk.db.session import Database
from dpo_desk.domain.consents import ConsumerDraft
from dpo_desk.services import attachments, consents, register

TODAY = dt.date(2026, 11, 25)
WITHDRAWN = dt.date(2026, 11, 2)
# end of the financial year 2026 (31-12-2026) + 5 years = 31-12-2031: due the day after
DUE = dt.date(2032, 1, 1)
FORM = b"%PDF-1.4 signed consent QZXW-7731: Iltkoncentrator om natten, Else Aerboe"


def _consumer(db: Database, name: str, text_id: int) -> int:
    return consents.save(db, ConsumerDraft(name=name, postal_code="6040",
                                           consent_given=dt.date(2026, 1, 10),
                                           consent_text_id=text_id), today=TODAY)


@pytest.fixture
def withdrawn_with_form(db: Database, tmp_path: Path) -> tuple[Database, int, int]:
    text_id = consents.add_consent_text(db, label="2.0", text="Jeg giver samtykke …",
                                        valid_from=dt.date(2025, 3, 1))
    withdrawn = _consumer(db, "Else Ærbø", text_id)
    kept = _consumer(db, "Bent Sørensen", text_id)
    scan = tmp_path / "scan" / "samtykke-else.pdf"
    scan.parent.mkdir()
    scan.write_bytes(FORM)
    consents.attach_signed_form(db, withdrawn, scan)
    other = tmp_path / "scan" / "samtykke-bent.pdf"
    other.write_bytes(b"%PDF-1.4 Bent's form")
    consents.attach_signed_form(db, kept, other)
    scan.unlink()  # the scans were the user's; the program keeps its own copies
    other.unlink()
    consents.withdraw(db, withdrawn, on=WITHDRAWN, how="Brev", today=TODAY)
    return db, withdrawn, kept


def _holding(folder: Path, data: bytes) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.is_file() and data in p.read_bytes()]


def test_the_form_is_kept_until_due_then_erased_with_its_bytes(
    withdrawn_with_form: tuple[Database, int, int], db_path: Path
) -> None:
    db, withdrawn, kept = withdrawn_with_form
    # the content is looked for in both places: the folder and the database's own table
    assert attachments.seal_folder(db, attachments.folder(db)) == 2
    assert _holding(db_path.parent / "attachments", FORM)

    assert consents.erase_due_consent_forms(db, DUE - dt.timedelta(days=1)) == 0
    assert consents.open_signed_form(db, withdrawn)[1] == "ok"

    assert consents.erase_due_consent_forms(db, DUE) == 1
    assert consents.open_signed_form(db, withdrawn) == (None, "none")
    assert consents.open_signed_form(db, kept)[1] == "ok"  # a consent still in force
    with db.reading() as session:
        contents = session.scalars(select(AttachmentContent.data)).all()
        erased_on = session.execute(
            select(consents.Consumer.form_erased).where(consents.Consumer.id == withdrawn)
        ).scalar()
    assert contents == [b"%PDF-1.4 Bent's form"]
    assert erased_on == DUE
    proof = consents.draft(db, withdrawn)
    assert (proof.name, proof.consent_given, proof.withdrawn) == (
        "Else Ærbø", dt.date(2026, 1, 10), WITHDRAWN)
    db.close()
    assert _holding(db_path.parent, FORM) == []  # neither the file nor the database


def test_the_deletion_calendar_shows_when_the_form_falls_due(
    withdrawn_with_form: tuple[Database, int, int]
) -> None:
    db, _withdrawn, _kept = withdrawn_with_form
    entries = [e for e in register.deletion_calendar(db, today=TODAY) if e.activity_id == 0]
    assert [(e.batch.due, e.activity) for e in entries] == [
        (DUE, "Underskrevne samtykkeblanketter for tilbagetrukne samtykker (1)")]
    consents.erase_due_consent_forms(db, DUE)
    assert [e for e in register.deletion_calendar(db, today=DUE) if e.activity_id == 0] == []


def test_how_long_forms_are_kept_is_a_setting(
    withdrawn_with_form: tuple[Database, int, int]
) -> None:
    db, withdrawn, _kept = withdrawn_with_form
    assert consents.form_years(db) == 5
    consents.set_form_years(db, 2)
    assert consents.erase_due_consent_forms(db, dt.date(2028, 12, 31)) == 0
    assert consents.erase_due_consent_forms(db, dt.date(2029, 1, 1)) == 1
    assert consents.open_signed_form(db, withdrawn) == (None, "none")


@pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")
def test_in_an_encrypted_database_the_content_and_the_opened_copy_go(tmp_path: Path) -> None:
    db = Database.open(f"sqlite+pysqlcipher:///{tmp_path / 'k.sqlite'}", passphrase="Nøgle 42")
    try:
        text_id = consents.add_consent_text(db, label="2.0", text="Samtykke",
                                            valid_from=dt.date(2025, 3, 1))
        consumer = _consumer(db, "Else Ærbø", text_id)
        scan = tmp_path / "samtykke.pdf"
        scan.write_bytes(FORM)
        consents.attach_signed_form(db, consumer, scan)
        scan.unlink()
        opened, state = consents.open_signed_form(db, consumer)
        assert state == "ok" and opened is not None and opened.read_bytes() == FORM
        consents.withdraw(db, consumer, on=WITHDRAWN, how="Brev", today=TODAY)
        assert consents.erase_due_consent_forms(db, DUE) == 1
        with db.reading() as session:
            assert session.scalars(select(AttachmentContent)).all() == []
        assert not opened.exists()
    finally:
        db.close()
