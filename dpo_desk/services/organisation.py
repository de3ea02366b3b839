"""Use cases of the organisation's settings."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import select

from dpo_desk.db.models import Organisation
from dpo_desk.db.session import Database
from dpo_desk.domain.organisation import OrganisationDetails, validate_organisation
from dpo_desk.domain.validation import format_cvr
from dpo_desk.services.errors import ValidationFailedError


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
