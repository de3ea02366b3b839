"""Reading the record of processing activities from a sheet: the program's own
export cells (transfers, time limits, DPIA, data by data subject) back into fields, and
the lists of entries each row names."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from dpo_desk.domain.import_checks import read_date, split_list, text_of
from dpo_desk.domain.import_mapping import normalise
from dpo_desk.domain.register import (
    DPIA_LABELS,
    SAFEGUARD_LABELS,
    SENSITIVITY_MARKERS,
    ActivityDraft,
    ControllerParty,
    DpiaNeed,
    Role,
    Safeguard,
    Sensitivity,
    Status,
    Transfer,
)
from dpo_desk.domain.retention import RULE_LABELS, RetentionRule, RuleKind
from dpo_desk.services.importing_labels import enum_labels, texts


@dataclass
class Lookups:
    """The entries of the managed lists (and processors, consent texts) by normalised
    name; a name not found gets a stand-in id below zero and is listed as unknown."""

    entries: dict[tuple[str, str], int] = field(default_factory=dict)
    sensitivity: dict[int, Sensitivity] = field(default_factory=dict)
    texts: dict[str, int] = field(default_factory=dict)
    text_dates: list[tuple[dt.date, int]] = field(default_factory=list)
    unknown: dict[tuple[str, str], tuple[str, Sensitivity | None]] = field(default_factory=dict)

    def id_of(self, kind: str, name: str, sensitivity: Sensitivity | None = None) -> int:
        """The id of entry `name` of list `kind` (a stand-in when unknown)."""
        key = (kind, normalise(name))
        if key not in self.entries:
            self.entries[key] = -1 - len(self.unknown)
            self.unknown[key] = (name, sensitivity)
        found = self.entries[key]
        if kind == "data_category" and found not in self.sensitivity:
            self.sensitivity[found] = sensitivity or Sensitivity.ORDINARY
        return found


Values = dict[str, Any]
Problems = dict[str, str]


# -- the record of processing activities -------------------------------------------
def _markers() -> dict[str, Sensitivity]:
    return {normalise(t): s for s, m in SENSITIVITY_MARKERS.items() for t in texts("Register", m)}


def split_category(entry: str) -> tuple[str, Sensitivity | None]:
    """ "Helbredsoplysninger (art. 9)" -> ("Helbredsoplysninger", SPECIAL)."""
    m = re.fullmatch(r"(.*\S)\s*\(([^()]*)\)", entry)
    if m and (kind := _markers().get(normalise(m[2]))):
        return m[1], kind
    return entry, None


def safeguards() -> dict[str, Safeguard]:
    return {
        normalise(t): s for s, label in SAFEGUARD_LABELS.items() for t in texts("Register", label)
    }


_NONE_WORDS = {"ingen", "nej", "none", "no", "n a", "ikke relevant"}


def parse_transfers(raw: object) -> tuple[list[Transfer], str]:
    """The program's own "US (Standard contractual clauses 2021/914, module 2)" lines as
    transfers; "Ingen" as none; any other text is kept as text (returned second)."""
    text = text_of(raw)
    if (
        not text
        or normalise(text) in _NONE_WORDS
        or any(
            normalise(text) == normalise(t)
            for t in texts("RegisterReport", "No transfers to third countries.")
        )
    ):
        return [], ""
    modules = [
        re.compile(re.escape(t).replace(re.escape("{n}"), r"(\d)") + "$")
        for t in texts("RegisterReport", ", module {n}")
    ]
    transfers = []
    for entry in (e.strip() for e in text.split(";") if e.strip()):
        m = re.fullmatch(r"([^()]+?) \((.*)\)", entry)
        if not m:
            return [], text
        guard_text, module = m[2].strip(), None
        for pattern in modules:
            if mm := pattern.search(guard_text):
                module, guard_text = int(mm[1]), guard_text[: mm.start()].strip()
        safeguard = safeguards().get(normalise(guard_text)) if guard_text else None
        if guard_text and safeguard is None:
            return [], text
        transfers.append(Transfer(country=m[1].strip(), safeguard=safeguard, scc_module=module))
    return transfers, ""


def parse_retention(raw: object) -> tuple[str, RetentionRule]:
    """ "Text – End of the financial year … + 5 years" -> the text and the rule."""
    text = text_of(raw)
    if any(text == t for t in texts("RegisterReport", "Not set")):
        return "", RetentionRule()
    *head, last = text.split(" – ")
    for kind, label in RULE_LABELS.items():
        for t in texts("Retention", label):
            pattern = re.escape(t).replace("N", r"(\d+)", 1)
            if kind is not RuleKind.NONE and (m := re.fullmatch(pattern, last.strip())):
                return " – ".join(head), RetentionRule(kind, int(m[1]))
    return text, RetentionRule()


def parse_dpia(raw: object) -> tuple[DpiaNeed, dt.date | None, str]:
    """ "Ja, gennemført 01-02-2025 – Lav risiko" -> (YES, 2025-02-01, "Lav risiko")."""
    text = text_of(raw)
    if not text:
        return DpiaNeed.ASSESS, None, ""
    head, _, outcome = text.partition(" – ")
    labels = enum_labels("Register", DPIA_LABELS) | {"ja": "yes", "nej": "no"}
    first, _, rest = head.partition(",")
    need = labels.get(normalise(first))
    if need is None:
        return DpiaNeed.ASSESS, None, text
    found: dt.date | None = None
    if m := re.search(r"(\d{1,2}-\d{1,2}-\d{4})", rest):
        found, _problem = read_date(m[1])
    return DpiaNeed(need), found, outcome.strip()


def parse_subject_data(raw: object) -> dict[str, list[str]]:
    """ "Kunder: Navn, E-mail; Ansatte: Navn" -> subject -> categories."""
    found: dict[str, list[str]] = {}
    for part in (p.strip() for p in text_of(raw).split(";")):
        subject, sep, data = part.partition(":")
        if sep and subject.strip():
            found[subject.strip()] = split_list(data)
    return found


def _art30_notes(values: Values) -> str:
    """Text of the template that has no field of its own, kept in the notes."""
    return "\n".join(p for p in (values.get("notes", ""), *values.get("_notes", ())) if p)


def activity_draft(values: Values, base: ActivityDraft | None, look: Lookups) -> ActivityDraft:
    """An activity from the row (over the stored one for an update)."""
    d = dataclasses.replace(base) if base else ActivityDraft()
    plain = (
        "name",
        "purposes",
        "consent_note",
        "source",
        "owner",
        "joint_controller",
        "representative",
        "last_reviewed",
        "next_review",
        "automated_decisions",
    )
    for key in plain:
        if key in values:
            setattr(d, key, values[key])
    if "name" not in values and not d.name and values.get("purposes"):
        d.name = str(values["purposes"]).split("\n")[0][:200]
    if "role" in values and values["role"]:
        d.role = Role(values["role"])
    if "status" in values and values["status"]:
        d.status = Status(values["status"])
    if "legal_bases" in values:
        d.legal_bases = list(values["legal_bases"])
    if "data_subjects" in values:
        d.data_subject_ids = [look.id_of("data_subject", n) for n in values["data_subjects"]]
    if "data_categories" in values:
        d.data_category_ids = [
            look.id_of("data_category", *split_category(n)) for n in values["data_categories"]
        ]
    if "subject_data" in values:
        d.subject_data = {
            look.id_of("data_subject", s): [look.id_of("data_category", c) for c in cs]
            for s, cs in values["subject_data"].items()
        }
    if "processors" in values:
        d.processor_ids = [look.id_of("processor", n) for n in values["processors"]]
    if "recipients" in values:
        d.recipient_ids = [look.id_of("recipient", n) for n in values["recipients"]]
    if "transfers" in values:
        d.transfers = values["transfers"]
    if "retention" in values:
        d.retention_text, d.retention_rule = values["retention"]
    if "measures" in values:
        d.measures_text, names = values["measures"]
        d.measure_ids = [look.id_of("measure", n) for n in names]
    if "dpia" in values:
        d.dpia, d.dpia_date, d.dpia_outcome = values["dpia"]
    if "controllers" in values:
        d.controllers = [ControllerParty(name=n) for n in values["controllers"]]
    _controller_details(d.controllers, values)
    if "notes" in values or values.get("_notes"):
        d.notes = _art30_notes(values)
    return d


# import field -> the detail of ControllerParty it fills (lines "Name: detail")
CONTROLLER_DETAILS = {
    "controller_cvr": "cvr",
    "controller_contact": "contact",
    "controller_processing": "processing",
}


def _controller_details(controllers: list[ControllerParty], values: Values) -> None:
    """Each controller's details from the lines "Name: detail" of the detail columns; a
    line that names no controller continues the detail above it (a first line naming
    one not among the controllers adds it)."""
    for key, attribute in CONTROLLER_DETAILS.items():
        if key not in values:
            continue
        for c in controllers:
            setattr(c, attribute, "")
        current: ControllerParty | None = None
        for line in values[key]:
            name, sep, detail = line.partition(": ")
            found = next(
                (c for c in controllers if sep and normalise(c.name) == normalise(name)), None
            )
            if found is None and sep and current is None:
                found = ControllerParty(name=name.strip())
                controllers.append(found)
            if found is not None:
                current = found
                setattr(current, attribute, detail.strip())
            elif current is not None:
                setattr(current, attribute, f"{getattr(current, attribute)}\n{line}")


def parse_measures(raw: object) -> tuple[str, list[str]]:
    """ "Text – Kryptering; Adgangsstyring" -> the text and the listed measures."""
    text = text_of(raw)
    head, sep, tail = text.rpartition(" – ")
    if sep:
        return head, split_list(tail.replace(";", ";"))
    return text, []
