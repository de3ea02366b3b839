"""The DPO's own remarks for the annual report, one text per year, kept in the
database's settings (shared by everyone on it); every change is written to the audit
trail as an event with the new text's length."""

from __future__ import annotations

from sqlalchemy import select

from dpo_desk.db.audit import log_event
from dpo_desk.db.models import AppSetting
from dpo_desk.db.session import Database
from dpo_desk.domain.validation import check_text
from dpo_desk.services.errors import ValidationFailedError

MAX_LENGTH = 20_000
_PREFIX = "annual.remarks."


def _key(year: int) -> str:
    return f"{_PREFIX}{int(year)}"


def load(db: Database, year: int) -> str:
    """The remarks of `year` ("" when none are written)."""
    with db.reading() as session:
        setting = session.get(AppSetting, _key(year))
        return setting.value if setting is not None else ""


def years(db: Database) -> list[int]:
    """The years that have remarks."""
    with db.reading() as session:
        keys = session.scalars(select(AppSetting.key).where(AppSetting.key.like(f"{_PREFIX}%")))
        return sorted(int(k.removeprefix(_PREFIX)) for k in keys)


def save(db: Database, year: int, text: str) -> None:
    """Store the remarks of `year` in one transaction (checked like any free text)."""
    problem = check_text(text, max_length=MAX_LENGTH)
    if problem is not None:
        raise ValidationFailedError({"remarks": problem})
    with db.transaction() as session:
        key = _key(year)
        setting = session.get(AppSetting, key) or AppSetting(key=key)
        setting.value = text.strip()
        session.add(setting)
        log_event(
            session,
            action="remarks",
            table_name="app_setting",
            row_id=key,
            details={"year": int(year), "length": len(setting.value)},
        )
