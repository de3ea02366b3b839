"""Written consents to keep health data about heat consumers (GDPR Art. 9(2)(a), 7;
databeskyttelsesloven § 7), their withdrawal, and who must be warned before the heat is
cut off (the seed policy, section 4)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import Enum

from dpo_desk.domain import validation as v
from dpo_desk.domain.retention import add_months
from dpo_desk.domain.text import QT_TRANSLATE_NOOP

FREE_TEXT_MAX = 200  # the special consideration is kept minimal
DEFAULT_REVIEW_MONTHS = 24


class ConsentState(Enum):
    """Where a consumer's consent stands."""

    ACTIVE = "active"
    RECONFIRM = "reconfirm"  # older than the review period: ask again
    WITHDRAWN = "withdrawn"
    NONE = "none"  # no consent on file: no health detail may be kept


STATE_LABELS = {
    ConsentState.ACTIVE: QT_TRANSLATE_NOOP("Consents", "Active"),
    ConsentState.RECONFIRM: QT_TRANSLATE_NOOP("Consents", "Re-confirm"),
    ConsentState.WITHDRAWN: QT_TRANSLATE_NOOP("Consents", "Withdrawn"),
    ConsentState.NONE: QT_TRANSLATE_NOOP("Consents", "No consent"),
}

MSG_NO_CONSENT = QT_TRANSLATE_NOOP(
    "Domain",
    "Health details can only be kept with a written consent on file: record the consent first.",
)
MSG_FUTURE = QT_TRANSLATE_NOOP("Domain", "The date cannot be in the future.")
MSG_WITHDRAWN_BEFORE = QT_TRANSLATE_NOOP(
    "Domain", "A consent cannot be withdrawn before it was given."
)
MSG_FREE_TEXT = QT_TRANSLATE_NOOP("Domain", "Keep it short: at most 200 characters.")
MSG_EMPTY_AREA = QT_TRANSLATE_NOOP(
    "Domain",
    "Give the area: postal codes, street names or meter numbers. An empty area is not “everyone”.",
)
MSG_VERSION = QT_TRANSLATE_NOOP("Domain", "Choose the version of the consent text that was signed.")


@dataclass
class ConsumerDraft:
    """Everything the form edits about one consumer who needs special care."""

    id: int | None = None
    version: int | None = None
    name: str = ""
    street: str = ""
    house_number: str = ""
    postal_code: str = ""
    city: str = ""
    meter_number: str = ""
    utility: str = ""
    phone: str = ""
    alternative_contact: str = ""
    category_id: int | None = None  # health detail: the kind of consideration
    free_text: str = ""  # health detail: at most a short text
    consent_given: dt.date | None = None
    collected_by: str = ""
    consent_text_id: int | None = None
    withdrawn: dt.date | None = None
    withdrawn_how: str = ""
    moved: bool = False


@dataclass(frozen=True)
class Area:
    """Where an interruption of the heat falls."""

    postal_codes: frozenset[str] = field(default_factory=frozenset)
    streets: frozenset[str] = field(default_factory=frozenset)  # case-folded
    meter_numbers: frozenset[str] = field(default_factory=frozenset)

    @property
    def empty(self) -> bool:
        """True when nothing was given."""
        return not (self.postal_codes or self.streets or self.meter_numbers)


_SEPARATORS = re.compile(r"[\s,;]+")


def parse_list(text: str) -> frozenset[str]:
    """Items pasted with spaces, commas, semicolons or new lines between them."""
    return frozenset(item for item in _SEPARATORS.split(text.strip()) if item)


def parse_streets(text: str) -> frozenset[str]:
    """Street names, one a line or separated by commas (a name may hold spaces)."""
    return frozenset(part.strip().casefold() for part in re.split(r"[,;\n]+", text) if part.strip())


def in_area(d: ConsumerDraft, area: Area) -> bool:
    """True when the consumer lives in the area (by postal code, street or meter)."""
    return (
        d.postal_code.strip() in area.postal_codes
        or d.street.strip().casefold() in area.streets
        or d.meter_number.strip() in area.meter_numbers
    )


def state(
    d: ConsumerDraft, *, today: dt.date, review_months: int = DEFAULT_REVIEW_MONTHS
) -> ConsentState:
    """The consent's state today."""
    if d.withdrawn is not None:
        return ConsentState.WITHDRAWN
    if d.consent_given is None:
        return ConsentState.NONE
    if add_months(d.consent_given, review_months) <= today:
        return ConsentState.RECONFIRM
    return ConsentState.ACTIVE


def has_health_details(d: ConsumerDraft) -> bool:
    """True when the draft holds a health detail."""
    return d.category_id is not None or bool(d.free_text.strip())


def validate_consumer(d: ConsumerDraft, *, today: dt.date) -> dict[str, str]:
    """Field -> message for each rule the draft breaks."""
    errors: dict[str, str | None] = {
        "name": v.check_text(d.name, required=True, max_length=200),
        "postal_code": v.check_postal_code(d.postal_code, required=True),
        "phone": v.check_danish_phone(d.phone),
        "alternative_contact": v.check_text(d.alternative_contact, max_length=200)
        or v.check_no_cpr(d.alternative_contact),
        "free_text": (MSG_FREE_TEXT if len(d.free_text) > FREE_TEXT_MAX else None)
        or v.check_text(d.free_text, max_length=FREE_TEXT_MAX)
        or v.check_no_cpr(d.free_text),
    }
    if d.consent_given is not None and d.consent_given > today:
        errors["consent_given"] = MSG_FUTURE
    if d.consent_given is not None and d.consent_text_id is None:
        errors["consent_text"] = MSG_VERSION
    if d.withdrawn is not None:
        if d.withdrawn > today:
            errors["withdrawn"] = MSG_FUTURE
        elif d.consent_given is not None and d.withdrawn < d.consent_given:
            errors["withdrawn"] = MSG_WITHDRAWN_BEFORE
    if has_health_details(d) and (d.consent_given is None or d.withdrawn is not None):
        errors["category"] = MSG_NO_CONSENT
    return {name: message for name, message in errors.items() if message}
