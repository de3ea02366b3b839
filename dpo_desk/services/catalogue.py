"""The managed lists activities pick from, and the processors they link to."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select

from dpo_desk.db.register_models import CatalogueItem, Processor
from dpo_desk.db.session import Database
from dpo_desk.domain import validation as v
from dpo_desk.domain.register import Sensitivity
from dpo_desk.paths import data_path
from dpo_desk.services.errors import ValidationFailedError

KINDS = ("data_subject", "data_category", "recipient", "measure", "consideration")


@dataclass(frozen=True)
class Entry:
    """An entry of a managed list (or a processor) as forms show it."""

    id: int
    name: str
    sensitivity: Sensitivity | None = None


def entries(db: Database, kind: str) -> list[Entry]:
    """The entries of one list, in their order."""
    with db.reading() as session:
        rows = session.scalars(
            select(CatalogueItem)
            .where(CatalogueItem.kind == kind)
            .order_by(CatalogueItem.position, CatalogueItem.id)
        )
        return [
            Entry(r.id, r.name, Sensitivity(r.sensitivity) if r.sensitivity else None) for r in rows
        ]


def sensitivities(db: Database) -> dict[int, Sensitivity]:
    """The kind of every category of personal data, by id."""
    return {e.id: e.sensitivity or Sensitivity.ORDINARY for e in entries(db, "data_category")}


def add(db: Database, kind: str, name: str, sensitivity: Sensitivity | None = None) -> int:
    """Add an entry (or find the one of the same name); returns its id."""
    if kind not in KINDS:
        raise ValueError(kind)
    message = v.check_text(name, required=True, max_length=200)
    if message:
        raise ValidationFailedError({"name": message})
    name = name.strip()
    with db.transaction() as session:
        existing = session.scalar(
            select(CatalogueItem).where(
                CatalogueItem.kind == kind, func.lower(CatalogueItem.name) == name.lower()
            )
        )
        if existing is not None:
            return existing.id
        position = (
            session.scalar(
                select(func.coalesce(func.max(CatalogueItem.position), 0)).where(
                    CatalogueItem.kind == kind
                )
            )
            or 0
        )
        item = CatalogueItem(
            kind=kind,
            name=name,
            position=position + 1,
            sensitivity=(
                sensitivity.value
                if sensitivity
                else "ordinary"
                if kind == "data_category"
                else None
            ),
        )
        session.add(item)
        session.flush()
        return item.id


def ensure_defaults(db: Database) -> None:
    """Give each list that is still empty its default entries."""
    defaults = json.loads(data_path("catalogue.json").read_text(encoding="utf-8"))
    with db.transaction() as session:
        for kind in KINDS:
            if session.scalar(
                select(func.count()).select_from(CatalogueItem).where(CatalogueItem.kind == kind)
            ):
                continue
            for position, entry in enumerate(defaults[kind], start=1):
                name, sensitivity = entry if isinstance(entry, list) else (entry, None)
                session.add(
                    CatalogueItem(kind=kind, name=name, sensitivity=sensitivity, position=position)
                )


def processors(db: Database) -> list[Entry]:
    """The processors activities can name as recipients: those we use, not retired."""
    query = (
        select(Processor)
        .where(Processor.direction == "we_are_controller", Processor.retired.is_(False))
        .order_by(Processor.name)
    )
    with db.reading() as session:
        return [Entry(p.id, p.name) for p in session.scalars(query)]
