"""Validation of identities and contact details, as plain functions.

Each validator returns None when the value is acceptable, or an English message
(marked for translation in the "Domain" context) that the form shows at the field.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from stdnum.dk import cpr as stdnum_cpr
from stdnum.dk import cvr as stdnum_cvr
from stdnum.exceptions import ValidationError as StdnumError

from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Message

MSG_REQUIRED = QT_TRANSLATE_NOOP("Domain", "This field is required.")
MSG_CVR_FORMAT = QT_TRANSLATE_NOOP("Domain", "A CVR number has 8 digits, e.g. 26 22 40 20.")
MSG_CVR_CHECKSUM = QT_TRANSLATE_NOOP(
    "Domain", "This is not a valid CVR number (the check digit does not match)."
)
MSG_EMAIL = QT_TRANSLATE_NOOP("Domain", "Write an e-mail address such as name@example.dk.")
MSG_PHONE = QT_TRANSLATE_NOOP(
    "Domain", "A Danish phone number has 8 digits; +45 in front is optional."
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Domain", "The text is too long (at most {limit} characters).")
MSG_FUTURE = QT_TRANSLATE_NOOP("Domain", "The date cannot be in the future.")
MSG_CONTROL_CHARS = QT_TRANSLATE_NOOP("Domain", "The text contains invisible control characters.")
MSG_CPR = QT_TRANSLATE_NOOP(
    "Domain",
    "The text looks like a CPR number. CPR numbers must not be kept here (data minimisation).",
)
MSG_POSTAL_CODE = QT_TRANSLATE_NOOP(
    "Domain", "A Danish postal code has four digits between 0800 and 9990."
)
MSG_FISCAL_END = QT_TRANSLATE_NOOP("Domain", "Choose a day that exists in every year.")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CPR_CANDIDATE = re.compile(r"(?<!\d)(\d{6})[-\s]?(\d{4})(?!\d)")


def compact_digits(value: str) -> str:
    """The digits of `value`, without spaces, dashes or dots."""
    return re.sub(r"[\s.\-]", "", value)


def _cvr_digits(value: str) -> str:
    """The digits of a CVR number, also when written as a Danish VAT number (DK + CVR)."""
    compact = compact_digits(value)
    return compact[2:] if compact[:2].upper() == "DK" else compact


def check_cvr(value: str, *, required: bool = False) -> str | None:
    """A Danish CVR number: 8 digits with the modulus-11 check (python-stdnum); the VAT
    number (DK26224020) names the same company and is accepted."""
    if not value.strip():
        return MSG_REQUIRED if required else None
    compact = _cvr_digits(value)
    if not compact.isdigit() or len(compact) != 8:
        return MSG_CVR_FORMAT
    try:
        stdnum_cvr.validate(compact)
    except StdnumError:
        return MSG_CVR_CHECKSUM
    return None


def format_cvr(value: str) -> str:
    """A valid CVR number written as on letters: '26 22 40 20' (also from DK26224020)."""
    compact = _cvr_digits(value)
    if len(compact) != 8:
        return value.strip()
    return " ".join(compact[i : i + 2] for i in range(0, 8, 2))


def check_email(value: str, *, required: bool = False) -> str | None:
    """An e-mail address of the ordinary form."""
    if not value.strip():
        return MSG_REQUIRED if required else None
    return None if _EMAIL.match(value.strip()) else MSG_EMAIL


def check_danish_phone(value: str, *, required: bool = False) -> str | None:
    """A Danish phone number: 8 digits, optionally after +45 or 0045."""
    if not value.strip():
        return MSG_REQUIRED if required else None
    compact = compact_digits(value)
    for prefix in ("+45", "0045"):
        if compact.startswith(prefix):
            compact = compact[len(prefix) :]
            break
    return None if compact.isdigit() and len(compact) == 8 else MSG_PHONE


def check_text(
    value: str, *, required: bool = False, max_length: int = 500, allow_cpr: bool = False
) -> str | None:
    """Free text: present when required, not too long, no control characters, and no
    CPR number (databeskyttelsesloven § 11, data minimisation) unless the field is
    explicitly allowed one (no field is today)."""
    if not value.strip():
        return MSG_REQUIRED if required else None
    if len(value) > max_length:
        return Message(MSG_TOO_LONG, limit=max_length)
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in value):
        return MSG_CONTROL_CHARS
    if not allow_cpr and looks_like_cpr(value):
        return MSG_CPR
    return None


def check_not_future(value: dt.date | None, *, today: dt.date) -> str | None:
    """The date of something that has happened cannot lie after `today`."""
    if value is None:
        return None
    return MSG_FUTURE if value > today else None


def looks_like_cpr(value: str) -> bool:
    """True when the text holds something that is a valid CPR number (python-stdnum)."""
    for match in _CPR_CANDIDATE.finditer(value):
        try:
            stdnum_cpr.validate(match.group(1) + match.group(2))
        except StdnumError:
            continue
        return True
    return False


def check_no_cpr(value: str) -> str | None:
    """Refuse free text that looks like a CPR number (DESIGN.md: data minimisation)."""
    return MSG_CPR if looks_like_cpr(value) else None


def check_fiscal_year_end(month: int, day: int) -> str | None:
    """The last day of the financial year must exist every year (no 29 February)."""
    days_in_month = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    if not 1 <= month <= 12 or not 1 <= day <= days_in_month[month - 1]:
        return MSG_FISCAL_END
    return None


def check_postal_code(value: str, *, required: bool = False) -> str | None:
    """A Danish postal code: four digits, 0800-9990."""
    if not value.strip():
        return MSG_REQUIRED if required else None
    code = value.strip()
    if not (code.isdigit() and len(code) == 4 and 800 <= int(code) <= 9990):
        return MSG_POSTAL_CODE
    return None
