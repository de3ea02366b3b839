"""Values as they are written into cells: one conversion for Excel and PDF."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dpo_desk.domain.text import format_date, format_moment
from dpo_desk.i18n import language
from dpo_desk.reports.model import Kind

# Text that a spreadsheet would run as a formula (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_INVALID_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


def is_formula_like(value: str) -> bool:
    """True when a spreadsheet could read this text as a formula."""
    return value.startswith(FORMULA_PREFIXES)


def number_text(value: float) -> str:
    """A decimal number as a reader writes it: no ".0" on a whole number, at most two
    decimals, and a decimal comma in Danish (3,5 timer)."""
    shown = f"{value:.2f}".rstrip("0").rstrip(".")
    shown = "0" if shown == "-0" else shown
    return shown.replace(".", ",") if language() == "da" else shown


def as_text(value: Any, kind: Kind, yes: str, no: str) -> str:
    """A value as printed in the PDF (dates dd-mm-åååå, months mm-åååå, decimal numbers
    as written)."""
    if value is None:
        return ""
    if kind is Kind.YES_NO:
        return yes if value else no
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, dt.datetime):
        return format_moment(value)
    if isinstance(value, dt.date):
        return value.strftime("%m-%Y") if kind is Kind.MONTH else format_date(value)
    if isinstance(value, list | tuple | set):
        return "; ".join(str(v) for v in value)
    return str(value)


def as_excel(value: Any, kind: Kind, yes: str, no: str) -> Any:
    """A value as Excel stores it: real dates and numbers, local naive moments."""
    if value is None:
        return None
    if kind is Kind.YES_NO:
        return yes if value else no
    if isinstance(value, dt.datetime):
        local = value.astimezone() if value.tzinfo else value
        return local.replace(tzinfo=None)
    if isinstance(value, dt.date | int | float):
        return value
    if isinstance(value, list | tuple | set):
        return "; ".join(str(v) for v in value)
    return str(value)


def sheet_title(title: str, used: set[str]) -> str:
    """`title` as a worksheet's name that Excel accepts (no []:*?/\\, at most 31
    characters, not "History"), unique among `used` (case-insensitive; added to it)."""
    base = title.translate(_INVALID_SHEET_CHARS).strip().strip("'")[:31].strip() or "Ark"
    if base.lower() == "history":  # a name Excel keeps for itself
        base = f"{base} (1)"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name
