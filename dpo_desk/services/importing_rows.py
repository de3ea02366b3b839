"""From the values of an imported row to a register's draft, and back to the register's
own save: one adapter per register (its key for "the same record", its lists, its rules).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_desk.domain import validation as v
from dpo_desk.domain.consents import ConsumerDraft, validate_consumer
from dpo_desk.domain.import_checks import MSG_DATE, read_date, text_of
from dpo_desk.domain.import_mapping import normalise
from dpo_desk.domain.processors import (
    Direction,
    PartyDraft,
    PartyTransfer,
    RiskLevel,
    validate_party,
)
from dpo_desk.domain.register import ActivityDraft, Safeguard
from dpo_desk.domain.register_rules import validate_activity
from dpo_desk.domain.requests import (
    RefusalGround,
    RequestDraft,
    RequestStatus,
    RequestType,
    validate_request,
)
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Message
from dpo_desk.services.importing_activity import (
    CONTROLLER_DETAILS,
    Lookups,
    Problems,
    Values,
    activity_draft,
    parse_dpia,
    parse_measures,
    parse_retention,
    parse_subject_data,
    parse_transfers,
    safeguards,
)
from dpo_desk.services.importing_labels import texts

__all__ = ["ADAPTERS", "Lookups", "existing_keys", "read_special"]

MSG_TRANSFER_TOOL = QT_TRANSLATE_NOOP("Import", "“{value}” is not a transfer tool.")
MSG_TEXT_VERSION = QT_TRANSLATE_NOOP(
    "Import", "No consent text is labelled “{value}”; add the text under consent texts first."
)


# -- parties, requests, consents ----------------------------------------------------
_COUNTRIES = {
    "danmark": "DK",
    "denmark": "DK",
    "sverige": "SE",
    "sweden": "SE",
    "tyskland": "DE",
    "germany": "DE",
    "norge": "NO",
    "norway": "NO",
    "usa": "US",
    "united states": "US",
    "irland": "IE",
    "ireland": "IE",
    "holland": "NL",
    "nederlandene": "NL",
    "netherlands": "NL",
    "storbritannien": "GB",
    "united kingdom": "GB",
    "finland": "FI",
}


def country_code(text: str) -> str:
    """A country as its two-letter code ("Danmark" -> "DK"); other text as written."""
    return _COUNTRIES.get(normalise(text), text.strip().upper())


def party_draft(values: Values, base: PartyDraft | None, look: Lookups) -> PartyDraft:
    """A party from the row."""
    d = dataclasses.replace(base) if base else PartyDraft()
    for key in (
        "name",
        "service",
        "agreement_signed",
        "agreement_end",
        "contact_person",
        "email",
        "phone",
        "address",
        "data_description",
        "retired",
        "notes",
    ):
        if key in values:
            setattr(d, key, values[key])
    if values.get("country"):
        d.country = country_code(values["country"])
    if values.get("direction"):
        d.direction = Direction(values["direction"])
    if values.get("risk"):
        d.risk = RiskLevel(values["risk"])
    if "transfers" in values:
        d.transfers = values["transfers"]
    if "cvr" in values:
        if d.country == "DK":
            d.cvr, d.foreign_id = values["cvr"], ""
        else:
            d.cvr, d.foreign_id = "", values["cvr"]
    return d


def _templates(source: str) -> list[re.Pattern[str]]:
    """`source` of the processor workbook in each language as a pattern, each {name}
    a group."""
    found = []
    for text in texts("ProcessorReport", source):
        pattern = re.escape(text)
        for name in re.findall(r"\{(\w+)\}", text):
            pattern = pattern.replace(re.escape("{" + name + "}"), "(.*?)", 1)
        found.append(re.compile(pattern, re.DOTALL))
    return found


def _tool_of(text: str) -> tuple[Safeguard | None, int | None] | None:
    """ "Standard contractual clauses 2021/914, module 2" -> (SCC, 2); None when the text
    names no tool."""
    module = None
    for pattern in _templates(", module {n}"):
        if (m := re.search(pattern.pattern + "$", text)) and m[1].isdigit():
            module, text = int(m[1]), text[: m.start()]
    if not text.strip():
        return None, module
    tool = safeguards().get(normalise(text))
    return None if tool is None else (tool, module)


def parse_party_transfers(raw: object) -> tuple[list[PartyTransfer], str | None]:
    """The processor workbook's transfers, a line each ("US: <tool>; data: …; TIA
    <date>: <outcome>"); a line that starts no transfer continues the one above.
    Returns the transfers, or the text of a tool not known."""
    transfers: list[PartyTransfer] = []
    last = ""  # the field the text read last went to
    data_forms, tia_forms = _templates("data: {data}"), _templates("TIA {date}: {outcome}")
    for line in text_of(raw).splitlines():
        country, sep, rest = line.partition(":")
        head, *parts = rest.strip().split("; ")
        tool = _tool_of(head) if sep and country.strip() else None
        if tool is not None:
            transfers.append(PartyTransfer(country.strip().upper(), *tool))
            last = ""
        elif transfers and last:  # the text above goes on in this line
            first, *parts = line.split("; ")
            setattr(transfers[-1], last, f"{getattr(transfers[-1], last)}\n{first}")
        else:
            return [], line
        t = transfers[-1]
        for part in parts:
            if m := _full(data_forms, part):
                t.data, last = m[1], "data"
            elif m := _full(tia_forms, part):
                t.tia_date, _problem = read_date(m[1])
                t.tia_outcome, last = m[2], "tia_outcome"
            elif last:
                setattr(t, last, f"{getattr(t, last)}; {part}")
            else:
                return [], line
    return transfers, None


def _full(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    return next((m for p in patterns if (m := p.fullmatch(text))), None)


def request_draft(values: Values, base: RequestDraft | None, look: Lookups) -> RequestDraft:
    """A request from the row."""
    d = dataclasses.replace(base) if base else RequestDraft()
    for key in (
        "requester",
        "relation",
        "received",
        "extended",
        "extension_reason",
        "extension_told",
        "answered",
        "contact",
        "utility",
        "notes",
    ):
        if key in values and values[key] is not None:
            setattr(d, key, values[key])
    if "types" in values:
        d.types = [RequestType(t) for t in values["types"]]
    if values.get("status"):
        d.status = RequestStatus(values["status"])
    if "refusal_ground" in values:
        ground = values["refusal_ground"]
        d.refusal_ground = RefusalGround(ground) if ground else None
    return d


def consumer_draft(values: Values, base: ConsumerDraft | None, look: Lookups) -> ConsumerDraft:
    """A consumer from the row; the consent text is the one labelled so, else the one in
    force when the consent was given."""
    d = dataclasses.replace(base) if base else ConsumerDraft()
    for key in (
        "name",
        "street",
        "house_number",
        "postal_code",
        "city",
        "phone",
        "meter_number",
        "utility",
        "consent_given",
        "collected_by",
        "withdrawn",
    ):
        if key in values:
            setattr(d, key, values[key])
    label = values.get("consent_text")
    if label:
        d.consent_text_id = look.texts.get(normalise(label))
    elif d.consent_given and d.consent_text_id is None:
        in_force = [i for since, i in sorted(look.text_dates) if since <= d.consent_given]
        d.consent_text_id = in_force[-1] if in_force else None
    return d


@dataclass(frozen=True)
class Adapter:
    """How one register takes imported rows."""

    name: str
    table: str
    draft: Callable[[Values, Any, Lookups], Any]
    key: Callable[[Values], object]
    validate: Callable[[Any, Lookups, dt.date], Problems]
    # field of a validation message -> the import field it is shown at
    fields: dict[str, str] = field(default_factory=dict)


def _validate_activity(d: ActivityDraft, look: Lookups, today: dt.date) -> Problems:
    return validate_activity(d, sensitivities=look.sensitivity, today=today)


ADAPTERS = {
    "register": Adapter(
        "register",
        "activity",
        activity_draft,
        lambda values: normalise(values.get("name") or values.get("purposes", "")),
        _validate_activity,
        {
            "retention_text": "retention",
            "measures_text": "measures",
            "data_category_ids": "data_categories",
            "data_subject_ids": "data_subjects",
            "dpia_outcome": "dpia",
            "dpia_date": "dpia",
        },
    ),
    "processors": Adapter(
        "processors",
        "processor",
        party_draft,
        lambda values: (
            v.compact_digits(values.get("cvr", "")).upper().removeprefix("DK")
            or normalise(values.get("name", ""))
        ),
        lambda d, look, today: validate_party(d, today=today),
        {"foreign_id": "cvr"},
    ),
    "requests": Adapter(
        "requests",
        "subject_request",
        request_draft,
        lambda values: (normalise(values.get("requester", "")), values.get("received")),
        lambda d, look, today: validate_request(d, previous=None, today=today),
    ),
    "consents": Adapter(
        "consents",
        "consumer",
        consumer_draft,
        lambda values: (normalise(values.get("name", "")), values.get("postal_code", "")),
        lambda d, look, today: validate_consumer(d, today=today),
        {"consent_text": "consent_text"},
    ),
}


def existing_keys(session: Session, register: str) -> dict[object, int]:
    """The key of every stored record of the register -> its id."""
    from dpo_desk.db.consent_models import Consumer
    from dpo_desk.db.register_models import Activity, Processor
    from dpo_desk.db.request_models import SubjectRequest

    found: dict[object, int] = {}
    if register == "register":
        for i, name in session.execute(select(Activity.id, Activity.name)):
            found[normalise(name)] = i
    elif register == "processors":
        for i, name, cvr in session.execute(select(Processor.id, Processor.name, Processor.cvr)):
            found[normalise(name)] = i
            if cvr:
                found[v.compact_digits(cvr).upper().removeprefix("DK")] = i
    elif register == "requests":
        query = select(SubjectRequest.id, SubjectRequest.requester, SubjectRequest.received)
        for i, requester, received in session.execute(query):
            found[(normalise(requester), received)] = i
    else:
        query = select(Consumer.id, Consumer.name, Consumer.postal_code)
        for i, name, postal_code in session.execute(query):
            found[(normalise(name), postal_code)] = i
    return found


def read_special(register: str, key: str, raw: object) -> tuple[Any, str | None, str]:
    """A field the register reads by its own rule: (value, problem, text kept in notes)."""
    if key == "transfers" and register == "processors":
        found, unknown = parse_party_transfers(raw)
        problem = Message(MSG_TRANSFER_TOOL, value=unknown) if unknown else None
        return found, problem, ""
    if key == "transfers":
        transfers, kept = parse_transfers(raw)
        return transfers, None, kept
    if key == "retention":
        return parse_retention(raw), None, ""
    if key == "measures":
        return parse_measures(raw), None, ""
    if key == "dpia":
        return parse_dpia(raw), None, ""
    if key == "subject_data":
        return parse_subject_data(raw), None, ""
    if key == "controllers":
        return [n for n in (p.strip() for p in text_of(raw).split(";")) if n], None, ""
    if key in CONTROLLER_DETAILS:
        return text_of(raw).splitlines(), None, ""
    if key == "consent_text":
        return text_of(raw), None, ""
    return text_of(raw), Message(MSG_DATE, value=text_of(raw)), ""
