"""Written consents to keep health data about heat consumers (GDPR Art. 9(2)(a), 7;
databeskyttelsesloven § 7), their withdrawal, and who must be warned before the heat is
cut off (the seed policy, section 4)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from dpo_desk.domain import validation as v
from dpo_desk.domain.retention import add_months
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Message

# The one definition of how long each text may be: the model's String(n), the form's
# maximum length and the validator all read it.
LIMITS: dict[str, int] = {
    "name": 200,
    "street": 200,
    "house_number": 20,
    "postal_code": 4,
    "city": 100,
    "meter_number": 40,
    "utility": 200,
    "phone": 40,
    "alternative_contact": 200,
    "free_text": 200,  # the special consideration is kept minimal
    "collected_by": 200,
    "withdrawn_how": 200,
    "form_file": 300,
    "form_sha256": 64,
}
TEXT_LIMITS: dict[str, int] = {"label": 50, "text": 4000}  # a version of the consent text
FREE_TEXT_MAX = LIMITS["free_text"]
DEFAULT_REVIEW_MONTHS = 24
DEFAULT_FORM_YEARS = 5  # the signed form is kept to the end of the financial year + 5 years

# Free-text fields of a consumer: checked as text (length, control characters, no CPR
# number); the postal code and the phone have checks of their own besides.
_TEXT_FIELDS = (
    "name",
    "street",
    "house_number",
    "city",
    "meter_number",
    "utility",
    "alternative_contact",
    "collected_by",
    "withdrawn_how",
)
# What only served the warning: erased with the health details when consent is withdrawn.
WARNING_ONLY = ("phone", "alternative_contact", "meter_number")


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
MSG_FUTURE = v.MSG_FUTURE
MSG_WITHDRAWN_BEFORE = QT_TRANSLATE_NOOP(
    "Domain", "A consent cannot be withdrawn before it was given."
)
MSG_FREE_TEXT = QT_TRANSLATE_NOOP("Domain", "Keep it short: at most 200 characters.")
MSG_EMPTY_AREA = QT_TRANSLATE_NOOP(
    "Domain",
    "Give the area: postal codes, street names or meter numbers. An empty area is not “everyone”.",
)
MSG_VERSION = QT_TRANSLATE_NOOP("Domain", "Choose the version of the consent text that was signed.")
MSG_ALREADY_WITHDRAWN = QT_TRANSLATE_NOOP(
    "Domain",
    "This consent was already withdrawn on {date}: a second withdrawal would overwrite "
    "the proof of the first.",
)
MSG_KEPT_NO_LONGER = QT_TRANSLATE_NOOP(
    "Domain", "The consent is withdrawn: this served only the warning and is kept no longer."
)
MSG_ENDS_BEFORE = QT_TRANSLATE_NOOP("Domain", "The interruption cannot end before it starts.")
MSG_OLDER_TEXT = QT_TRANSLATE_NOOP(
    "Domain",
    "Version {chosen} is older than version {proposed}, which was in use on the consent "
    "date. Is this the version that was signed?",
)
MSG_LATER_TEXT = QT_TRANSLATE_NOOP(
    "Domain",
    "Version {chosen} was not yet in use on the consent date. Is this the version that was signed?",
)


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


def validate_withdrawal(
    *, on: dt.date, how: str, given: dt.date | None, today: dt.date
) -> dict[str, str]:
    """Field -> message for a withdrawal on `on` of a consent given on `given`."""
    errors: dict[str, str | None] = {
        "withdrawn": v.check_not_future(on, today=today)
        or (MSG_WITHDRAWN_BEFORE if given is not None and on < given else None),
        "withdrawn_how": v.check_text(how, max_length=LIMITS["withdrawn_how"]),
    }
    return {name: message for name, message in errors.items() if message}


def validate_consumer(d: ConsumerDraft, *, today: dt.date) -> dict[str, str]:
    """Field -> message for each rule the draft breaks."""
    errors: dict[str, str | None] = {
        name: v.check_text(getattr(d, name), required=name == "name", max_length=LIMITS[name])
        for name in _TEXT_FIELDS
    }
    errors["postal_code"] = v.check_postal_code(d.postal_code, required=True)
    errors["phone"] = v.check_text(d.phone, max_length=LIMITS["phone"]) or v.check_danish_phone(
        d.phone
    )
    errors["free_text"] = (MSG_FREE_TEXT if len(d.free_text) > FREE_TEXT_MAX else None) or (
        v.check_text(d.free_text, max_length=FREE_TEXT_MAX)
    )
    errors["consent_given"] = v.check_not_future(d.consent_given, today=today)
    if d.consent_given is not None and d.consent_text_id is None:
        errors["consent_text"] = MSG_VERSION
    if d.withdrawn is not None:
        errors.update(
            validate_withdrawal(
                on=d.withdrawn, how=d.withdrawn_how, given=d.consent_given, today=today
            )
        )
    if d.withdrawn is not None:
        for name in WARNING_ONLY:
            if getattr(d, name).strip():
                errors[name] = MSG_KEPT_NO_LONGER
    if d.consent_given is None or d.withdrawn is not None:
        # the message goes to the health detail the user filled in
        if d.category_id is not None:
            errors["category"] = MSG_NO_CONSENT
        if d.free_text.strip():
            errors["free_text"] = MSG_NO_CONSENT
    return {name: message for name, message in errors.items() if message}


INTERRUPTION_MAX = 200


def check_interruption(title: str, starts: dt.datetime, ends: dt.datetime) -> dict[str, str]:
    """Field -> message for an interruption: its name, planned start and end."""
    errors: dict[str, str | None] = {
        "title": v.check_text(title, max_length=INTERRUPTION_MAX),
        "ends": MSG_ENDS_BEFORE if ends < starts else None,
    }
    return {name: message for name, message in errors.items() if message}


TextVersion = tuple[int, str, dt.date]  # (id, label, valid from)


def proposed_text(texts: Sequence[TextVersion], on: dt.date | None) -> int | None:
    """The version of the consent text in use on `on`: the newest valid from then."""
    if on is None:
        return None
    valid = [t for t in texts if t[2] <= on]
    return max(valid, key=lambda t: t[2])[0] if valid else None


def text_warning(
    texts: Sequence[TextVersion], chosen: int | None, on: dt.date | None
) -> str | None:
    """A warning (not an error) when the chosen version is not the one in use on the
    consent date: an older one, or one that was not yet in use."""
    found = {t[0]: t for t in texts}
    if chosen is None or on is None or chosen not in found:
        return None
    _id, label, valid_from = found[chosen]
    if valid_from > on:
        return Message(MSG_LATER_TEXT, chosen=label)
    proposed = proposed_text(texts, on)
    if proposed is not None and proposed != chosen and found[proposed][2] > valid_from:
        return Message(MSG_OLDER_TEXT, chosen=label, proposed=found[proposed][1])
    return None
