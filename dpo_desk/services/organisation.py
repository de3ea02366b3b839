"""Use cases of the organisation's settings."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import func, select

from dpo_desk.db.models import Organisation
from dpo_desk.db.session import Database
from dpo_desk.domain.organisation import OrganisationDetails, validate_organisation
from dpo_desk.domain.validation import format_cvr
from dpo_desk.services.errors import ValidationFailedError


def contents(db: Database) -> list[tuple[str, str, int]]:
    """What the database holds: (register, table, number of rows) for every table a person
    works with, by their titles in the installed language. Internal tables (links, stored
    file contents, settings) are left out: their rows are part of the table they serve."""
    from dpo_desk.db.schema import metadata
    from dpo_desk.domain.titles import REGISTERS
    from dpo_desk.i18n import translate

    with db.reading() as session:
        return [
            (
                translate("Tables", register.title),
                translate("Tables", table.title),
                session.scalar(select(func.count()).select_from(metadata.tables[name])) or 0,
            )
            for register in REGISTERS
            for name, table in register.tables.items()
            if name in metadata.tables
        ]


def is_configured(db: Database) -> bool:
    """True once the organisation has been saved (the database is not new)."""
    with db.reading() as session:
        return session.scalar(select(Organisation.id).limit(1)) is not None


def load(db: Database) -> OrganisationDetails:
    """The organisation's settings (empty defaults when none are saved yet)."""
    with db.reading() as session:
        row = session.scalar(select(Organisation).limit(1))
        if row is None:
            return OrganisationDetails()
        return OrganisationDetails(
            **{n: getattr(row, n) for n in OrganisationDetails.field_names()}
        )


def save(db: Database, details: OrganisationDetails) -> OrganisationDetails:
    """Validate and save the settings in one transaction; returns what was stored."""
    errors = validate_organisation(details)
    if errors:
        raise ValidationFailedError(errors)
    values = asdict(details)
    values = {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}
    if values["cvr"]:
        values["cvr"] = format_cvr(values["cvr"])
    with db.transaction() as session:
        row = session.scalar(select(Organisation).limit(1))
        created = row is None
        if row is None:
            session.add(Organisation(id=1, **values))
        else:
            for name, value in values.items():
                setattr(row, name, value)
    if created:
        from dpo_desk.services import catalogue

        catalogue.ensure_defaults(db)  # a new organisation starts with the default lists
    return OrganisationDetails(**values)


BACKUP_GENERATIONS_KEY = "backup.generations"


def backup_generations(db: Database) -> int:
    """How many backups to keep (14 unless the DPO set another number)."""
    from dpo_desk.db.backup import DEFAULT_GENERATIONS
    from dpo_desk.db.models import AppSetting

    with db.reading() as session:
        setting = session.get(AppSetting, BACKUP_GENERATIONS_KEY)
        return int(setting.value) if setting and setting.value.isdigit() else DEFAULT_GENERATIONS


def set_backup_generations(db: Database, count: int) -> None:
    """Keep `count` backups (at least 1)."""
    from dpo_desk.db.models import AppSetting

    with db.transaction() as session:
        setting = session.get(AppSetting, BACKUP_GENERATIONS_KEY) or AppSetting(
            key=BACKUP_GENERATIONS_KEY
        )
        setting.value = str(max(1, int(count)))
        session.add(setting)
