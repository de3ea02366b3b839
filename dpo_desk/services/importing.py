"""Importing a spreadsheet into a register: read it, propose a mapping of its columns,
plan each row (add, update, skip, or its problems at the cell), then apply the plan in
one transaction, all rows or none, through the registers' own save functions, with one
audit record per row naming the file.

The mapping chosen for a set of headers is remembered (app settings) for the next file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.db.models import AppSetting
from dpo_desk.db.session import Database
from dpo_desk.domain import import_checks as checks
from dpo_desk.domain.import_mapping import (
    IGNORED,
    REGISTERS,
    ImportField,
    Kind,
    headers_key,
    normalise,
)
from dpo_desk.domain.import_matching import propose
from dpo_desk.domain.register import Sensitivity
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Message
from dpo_desk.services import importing_labels as labels
from dpo_desk.services.importing_read import SheetTable, read_table
from dpo_desk.services.importing_rows import (
    ADAPTERS,
    MSG_TEXT_VERSION,
    Lookups,
    existing_keys,
    read_special,
)

SETTING_PREFIX = "import.mapping."
MSG_DUPLICATE = QT_TRANSLATE_NOOP(
    "Import", "Row {row} names the same record with other values: keep one of the two rows."
)
PROGRESS_EVERY = 200


class Action(Enum):
    """What confirming does with a row."""

    ADD = "add"
    UPDATE = "update"
    SKIP = "skip"  # the same as a stored record (or an earlier row): nothing to change
    PROBLEM = "problem"


@dataclass
class PlannedRow:
    """A row of the file, read: its values by field, its problems, what it will do."""

    number: int
    values: dict[str, Any]
    problems: list[checks.CellProblem] = field(default_factory=list)
    action: Action = Action.ADD
    existing_id: int | None = None
    excluded: bool = False
    base: Any = None  # the stored record as read when planned (for an update)


@dataclass
class Plan:
    """What an import would do."""

    register: str
    file_name: str
    table: SheetTable
    mapping: list[str | None]
    rows: list[PlannedRow]
    unknown: dict[tuple[str, str], tuple[str, Sensitivity | None]]

    def counts(self) -> dict[Action, int]:
        """How many rows (not excluded) each action has."""
        result = dict.fromkeys(Action, 0)
        for row in self.rows:
            if not row.excluded:
                result[row.action] += 1
        return result

    def problems(self) -> list[checks.CellProblem]:
        """Every problem of a row that is not excluded."""
        return [p for r in self.rows if not r.excluded for p in r.problems]

    def column_of(self, key: str) -> int:
        """The 1-based column mapped to `key` (0: none)."""
        return self.mapping.index(key) + 1 if key in self.mapping else 0


def read(path: Path, register: str, *, sheet: str | None = None) -> SheetTable:
    """The rows of the sheet that suits the register best."""
    known = labels.synonyms(register)

    def score(row: Sequence[object]) -> int:
        return sum(1 for key in propose(list(row), known) if key)

    return read_table(path, score, sheet=sheet)


def proposed_mapping(
    db: Database | None, register: str, headers: Sequence[str]
) -> list[str | None]:
    """The mapping remembered for these headers, else the one proposed by name."""
    if db is not None:
        remembered = remembered_mapping(db, register, headers)
        if remembered is not None:
            return remembered
    return propose(list(headers), labels.synonyms(register))


def remembered_mapping(
    db: Database, register: str, headers: Sequence[str]
) -> list[str | None] | None:
    """The mapping last confirmed for a file with these headers, if any."""
    with db.reading() as session:
        setting = session.get(AppSetting, SETTING_PREFIX + headers_key(register, headers))
    if setting is None:
        return None
    try:
        mapping = json.loads(setting.value)
    except ValueError:
        return None
    valid = {f.key for f in REGISTERS[register].fields} | {IGNORED}
    if len(mapping) != len(headers) or any(m is not None and m not in valid for m in mapping):
        return None
    return list(mapping)


def _remember(session: Session, register: str, plan: Plan) -> None:
    key = SETTING_PREFIX + headers_key(register, plan.table.headers)
    setting = session.get(AppSetting, key) or AppSetting(key=key)
    setting.value = json.dumps(plan.mapping)
    session.add(setting)


def _lookups(db: Database, register: str) -> Lookups:
    from dpo_desk.db.consent_models import ConsentText
    from dpo_desk.db.register_models import CatalogueItem, Processor

    look = Lookups()
    with db.reading() as session:
        if register == "register":
            for item in session.scalars(select(CatalogueItem)):
                look.entries.setdefault((item.kind, normalise(item.name)), item.id)
                if item.kind == "data_category":
                    look.sensitivity[item.id] = Sensitivity(item.sensitivity or "ordinary")
            for p_id, name in session.execute(
                select(Processor.id, Processor.name).where(
                    Processor.direction == "we_are_controller"
                )
            ):
                look.entries.setdefault(("processor", normalise(name)), p_id)
        if register == "consents":
            for text in session.scalars(select(ConsentText)):
                look.texts[normalise(text.label)] = text.id
                look.text_dates.append((text.valid_from, text.id))
    return look


def _read_cell(register: str, f: ImportField, raw: object) -> tuple[Any, str | None, str]:
    """(value, problem, text kept in the notes) of one cell."""
    if isinstance(raw, checks.Formula):
        return None, checks.MSG_FORMULA, ""
    if problem := checks.required_problem(f, raw):
        return None, problem, ""
    if f.kind in (Kind.TEXT, Kind.SPECIAL) and (problem := checks.no_cpr(raw)):
        return None, problem, ""
    if f.kind is Kind.TEXT:
        text, problem = checks.check_text_cell(f, raw)
        return text, problem, ""
    if f.kind is Kind.DATE:
        found, problem = checks.read_date(raw)
        return found, problem, ""
    if f.kind is Kind.YES_NO:
        yes, problem = checks.read_yes_no(raw)
        return yes, problem, ""
    if f.kind is Kind.CVR:
        return (*checks.check_cvr_cell(raw), "")
    if f.kind is Kind.BASES:
        return (*checks.read_bases(raw, labels.basis_labels()), "")
    if f.kind is Kind.CHOICE:
        return (*checks.read_choice(raw, labels.choice_labels(register, f.key)), "")
    if f.kind is Kind.CHOICES:
        return (*checks.read_choices(raw, labels.choice_labels(register, f.key)), "")
    if f.kind is Kind.LIST:
        entries = checks.split_list(raw)
        for entry in entries:
            if problem := checks.check_text_cell(dataclasses.replace(f, required=False), entry)[1]:
                return None, problem, ""
        return entries, None, ""
    return read_special(register, f.key, raw)


def plan_rows(
    db: Database,
    register: str,
    table: SheetTable,
    mapping: Sequence[str | None],
    *,
    today: dt.date,
) -> Generator[tuple[int, int], None, Plan]:
    """Read every row under `mapping`; yields progress, returns the plan. Nothing is
    written."""
    spec, adapter = REGISTERS[register], ADAPTERS[register]
    fields = {f.key: f for f in spec.fields}
    look = _lookups(db, register)
    with db.reading() as session:
        stored = existing_keys(session, register)
    columns = [(i, fields[key]) for i, key in enumerate(mapping) if key and key in fields]
    mapped = {f.key for _i, f in columns}
    plan = Plan(register, table.file_name, table, list(mapping), [], look.unknown)
    seen: dict[object, PlannedRow] = {}
    total = len(table.rows)
    for done, (number, cells) in enumerate(table.rows, start=1):
        row = PlannedRow(number, {})
        kept: list[str] = []
        for i, f in columns:
            value, problem, note = _read_cell(register, f, cells[i])
            if problem:
                row.problems.append(checks.CellProblem(number, i + 1, f.key, problem))
            else:
                row.values[f.key] = value
            if note:
                kept.append(f"{table.headers[i]}: {note}")
        for f in spec.fields:  # a required field with no column at all
            if f.required and f.key not in mapped and not _derived(register, f.key, mapped):
                row.problems.append(checks.CellProblem(number, 0, f.key, checks.v.MSG_REQUIRED))
        if kept:
            row.values["_notes"] = kept
        _classify(db, plan, row, adapter, look, stored, seen, today)
        plan.rows.append(row)
        if done % PROGRESS_EVERY == 0:
            yield done, total
    yield total, total
    return plan


def _derived(register: str, key: str, mapped: set[str]) -> bool:
    """A required field filled from another one (an activity's name from its purpose)."""
    return register == "register" and key == "name" and "purposes" in mapped


def _classify(
    db: Database,
    plan: Plan,
    row: PlannedRow,
    adapter: Any,
    look: Lookups,
    stored: dict[object, int],
    seen: dict[object, PlannedRow],
    today: dt.date,
) -> None:
    if row.problems:
        row.action = Action.PROBLEM
        return
    key = adapter.key(row.values)
    if key in seen:  # an earlier row of the file names the same record
        first = seen[key]
        if first.values == row.values:
            row.action, row.existing_id = Action.SKIP, -first.number  # id < 0: a row
        else:
            row.action = Action.PROBLEM
            message = Message(MSG_DUPLICATE, row=first.number)
            row.problems.append(checks.CellProblem(row.number, 0, "", message))
        return
    seen[key] = row
    base = None
    if key in stored:
        row.existing_id = stored[key]
        base = row.base = _stored_draft(db, plan.register, row.existing_id)
    draft = adapter.draft(row.values, base, look)
    if (
        plan.register == "consents"
        and row.values.get("consent_text")
        and (draft.consent_text_id is None)
    ):
        message = Message(MSG_TEXT_VERSION, value=row.values["consent_text"])
        row.problems.append(
            checks.CellProblem(row.number, plan.column_of("consent_text"), "consent_text", message)
        )
    for name, message in adapter.validate(draft, look, today).items():
        key_ = adapter.fields.get(name, name)
        row.problems.append(checks.CellProblem(row.number, plan.column_of(key_), key_, message))
    if row.problems:
        row.action = Action.PROBLEM
    elif base is not None:
        row.action = Action.SKIP if draft == base else Action.UPDATE
    else:
        row.action = Action.ADD


def _stored_draft(db: Database, register: str, record_id: int) -> Any:
    from dpo_desk.services import consents, processors, requests
    from dpo_desk.services import register as activities

    module = {
        "register": activities,
        "processors": processors,
        "requests": requests,
        "consents": consents,
    }[register]
    return module.draft(db, record_id)


def apply(
    db: Database,
    plan: Plan,
    *,
    today: dt.date,
    create_unknown: bool = True,
) -> Generator[tuple[int, int], None, dict[Action, int]]:
    """Write the plan's rows that are not excluded in one transaction (closing the
    generator before it ends writes nothing); returns the counts. Refused when a row
    that is not excluded has a problem; new list entries are created when
    `create_unknown`, else refused."""
    from dpo_desk.services.importing_apply import apply_plan

    return apply_plan(db, plan, today=today, create_unknown=create_unknown)


def plan_file(
    db: Database,
    register: str,
    path: Path,
    *,
    today: dt.date,
    mapping: Sequence[str | None] | None = None,
    sheet: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Plan:
    """Read a file and plan its import in one call (the command line's way)."""
    table = read(path, register, sheet=sheet)
    chosen = list(mapping) if mapping is not None else proposed_mapping(db, register, table.headers)
    steps = plan_rows(db, register, table, chosen, today=today)
    while True:
        try:
            done, total = next(steps)
        except StopIteration as stop:
            plan: Plan = stop.value
            return plan
        if progress:
            progress(done, total)
