"""Reading one cell of an imported spreadsheet: dates, yes/no, lists, legal bases, CVR
numbers and labels, each giving its value or the problem that stops it.

Plain Python: the service layer passes the labels (translated) and the known entries in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from dpo_desk.domain import validation as v
from dpo_desk.domain.import_mapping import ImportField, Kind, normalise
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Message

MSG_DATE = QT_TRANSLATE_NOOP("Import", "Cannot read the date “{value}”: write it as dd-mm-åååå.")
MSG_YES_NO = QT_TRANSLATE_NOOP("Import", "Write yes or no, not “{value}”.")
MSG_BASIS = QT_TRANSLATE_NOOP("Import", "Unknown legal basis: “{value}”.")
MSG_CHOICE = QT_TRANSLATE_NOOP("Import", "Unknown value “{value}”; write one of: {choices}.")
MSG_FORMULA = QT_TRANSLATE_NOOP(
    "Import",
    "The cell holds a formula with no saved result; open the file in Excel and save it, "
    "or type the value.",
)
MSG_NOT_IN_REGISTER = QT_TRANSLATE_NOOP("Import", "No processing activity is named “{value}”.")

EXCEL_EPOCH = dt.date(1899, 12, 30)  # day 0 of Excel's 1900 date system (with its leap bug)
_DATE_DMY = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$")
_LIST_SEPARATORS = re.compile(r"\s*(?:;|,|\n|\r|\u2022)\s*")
_YES = {"ja", "yes", "j", "y", "x", "sand", "true", "1", "✓", "✔"}
_NO = {"nej", "no", "n", "falsk", "false", "0", "-", "–"}


class Formula(str):
    """A cell whose formula has no cached value (the reader marks it so)."""


@dataclass(frozen=True)
class CellProblem:
    """What is wrong with one cell: its row (as numbered in the sheet), column (1-based)
    and the message (a template with its values)."""

    row: int
    column: int
    field: str
    message: str


def text_of(raw: object) -> str:
    """A cell as text: numbers without a needless ".0", dates as dd-mm-åååå."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "1" if raw else "0"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime):
        return raw.strftime("%d-%m-%Y") if raw.time() == dt.time() else raw.isoformat(" ")
    if isinstance(raw, dt.date):
        return raw.strftime("%d-%m-%Y")
    return str(raw).strip()


def read_date(raw: object) -> tuple[dt.date | None, str | None]:
    """A date from a date cell, an Excel serial number, dd-mm-åååå (also with . or /) or
    ISO text; (None, problem) when it cannot be read."""
    if raw is None or raw == "":
        return None, None
    if isinstance(raw, dt.datetime):
        return raw.date(), None
    if isinstance(raw, dt.date):
        return raw, None
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if 1 <= raw < 2958466:  # up to 31-12-9999
            return EXCEL_EPOCH + dt.timedelta(days=int(raw)), None
        return None, Message(MSG_DATE, value=text_of(raw))
    text = str(raw).strip()
    try:
        if m := _DATE_DMY.match(text):
            return dt.date(int(m[3]), int(m[2]), int(m[1])), None
        if m := _DATE_ISO.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3])), None
    except ValueError:
        pass
    return None, Message(MSG_DATE, value=text)


def read_yes_no(raw: object) -> tuple[bool, str | None]:
    """Yes or no ("Ja", "nej", "x", TRUE, 1); an empty cell is no."""
    if raw is None or raw == "":
        return False, None
    if isinstance(raw, bool):
        return raw, None
    text = normalise(text_of(raw)) or text_of(raw)
    if text in _YES:
        return True, None
    if text in _NO:
        return False, None
    return False, Message(MSG_YES_NO, value=text_of(raw))


def split_list(raw: object) -> list[str]:
    """The entries of a list in a cell: "Navn; e-mail, telefon" -> three entries (each
    once, in order; parentheses keep their commas)."""
    text = text_of(raw)
    entries: list[str] = []
    depth, current = 0, []
    for ch in text + ";":
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if depth == 0 and _LIST_SEPARATORS.fullmatch(ch):
            entry = "".join(current).strip().strip("-•*").strip()
            if entry and entry.casefold() not in {e.casefold() for e in entries}:
                entries.append(entry)
            current = []
        else:
            current.append(ch)
    return entries


def read_choice(raw: object, labels: Mapping[str, str]) -> tuple[str | None, str | None]:
    """One of a field's values by its label (any language) or the value itself;
    `labels` maps normalised label -> value."""
    text = text_of(raw)
    if not text:
        return None, None
    found = labels.get(normalise(text))
    if found is None:
        shown = ", ".join(sorted({k for k in labels if k}))
        return None, Message(MSG_CHOICE, value=text, choices=shown)
    return found, None


def read_choices(raw: object, labels: Mapping[str, str]) -> tuple[list[str], str | None]:
    """Several of a field's values ("Indsigt (art. 15), Sletning (art. 17)")."""
    values: list[str] = []
    for entry in split_list(raw):
        value, problem = read_choice(entry, labels)
        if problem:
            return [], problem
        if value and value not in values:
            values.append(value)
    return values, None


def read_bases(raw: object, labels: Mapping[str, str]) -> tuple[list[str], str | None]:
    """Legal bases by label or code; the whole text split on ";" first, then on commas
    and new lines (a label may hold a comma)."""
    text = text_of(raw)
    if not text:
        return [], None
    parts = [p.strip() for p in re.split(r"[;\n]", text) if p.strip()]
    if any(normalise(p) not in labels for p in parts):
        parts = split_list(text)
    codes: list[str] = []
    for part in parts:
        code = labels.get(normalise(part))
        if code is None:
            return [], Message(MSG_BASIS, value=part)
        if code not in codes:
            codes.append(code)
    return codes, None


def check_cvr_cell(raw: object) -> tuple[str, str | None]:
    """A CVR number as text; a Danish-looking number (digits, or DK and digits) must pass
    the modulus-11 check."""
    text = text_of(raw)
    if not text:
        return "", None
    compact = v.compact_digits(text)
    if compact.isdigit() or (compact[:2].upper() == "DK" and compact[2:].isdigit()):
        return text, v.check_cvr(text)
    return text, None


def check_text_cell(f: ImportField, raw: object) -> tuple[str, str | None]:
    """Free text through the shared validator: required, length, control characters, no
    CPR number."""
    if isinstance(raw, Formula):
        return "", MSG_FORMULA
    text = text_of(raw)
    return text, v.check_text(text, required=f.required, max_length=f.max_length)


def no_cpr(raw: object) -> str | None:
    """The CPR check of any cell, whatever its field."""
    return v.check_no_cpr(text_of(raw))


def required_problem(f: ImportField, raw: object) -> str | None:
    """The required-field message when a required cell is empty."""
    return v.MSG_REQUIRED if f.required and not text_of(raw) else None


def is_kind(f: ImportField, *kinds: Kind) -> bool:
    """True when the field is read as one of `kinds`."""
    return f.kind in kinds
