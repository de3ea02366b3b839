"""The labels an imported cell may carry, in Danish and English: choices by their label,
legal bases by label or article, and the headings of the program's own exports."""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from functools import cache

from dpo_desk.domain.import_mapping import (
    REGISTERS,
    RegisterFields,
    normalise,
)
from dpo_desk.domain.import_matching import Synonyms, synonyms_of
from dpo_desk.domain.legal import LEGAL_BASES
from dpo_desk.domain.processors import DIRECTION_LABELS, RISK_LABELS
from dpo_desk.domain.register import ROLE_LABELS, STATUS_LABELS
from dpo_desk.domain.requests import GROUND_LABELS, TYPE_LABELS
from dpo_desk.domain.requests import STATUS_LABELS as REQUEST_STATUS_LABELS
from dpo_desk.translations import catalogue

LANGUAGES = ("da", "en")


def texts(context: str, source: str) -> set[str]:
    """`source` as written in each language."""
    return {source} | {catalogue(lang).translate(context, source) for lang in LANGUAGES}


def enum_labels(context: str, labels: Mapping[Enum, str]) -> dict[str, str]:
    """Normalised label (any language) or value -> the member's value."""
    found: dict[str, str] = {}
    for member, label in labels.items():
        found[normalise(member.value)] = str(member.value)
        for text in texts(context, label):
            found[normalise(text)] = str(member.value)
    return found


def _article_forms(code: str) -> list[str]:
    """'6.1.b' -> 'art. 6, stk. 1, litra b', 'artikel 6, stk. 1, litra b', 'art. 6(1)(b)'."""
    m = re.fullmatch(r"(\d+)\.(\d+)\.([a-z])", code)
    if not m:
        return [code]
    a, p, letter = m.groups()
    return [
        code,
        f"art. {a}, stk. {p}, litra {letter}",
        f"artikel {a}, stk. {p}, litra {letter}",
        f"art. {a}({p})({letter})",
        f"article {a}({p})({letter})",
        f"{a}({p})({letter})",
    ]


@cache
def basis_labels() -> dict[str, str]:
    """Normalised label, code or article -> the legal basis's code."""
    found: dict[str, str] = {}
    for basis in LEGAL_BASES:
        for text in (*texts("Legal", basis.label), *_article_forms(basis.code)):
            found.setdefault(normalise(text), basis.code)
    return found


@cache
def choice_labels(register: str, key: str) -> dict[str, str]:
    """The labels of a choice field."""
    table: dict[tuple[str, str], tuple[str, Mapping[Enum, str]]] = {
        ("register", "role"): ("Register", ROLE_LABELS),
        ("register", "status"): ("Register", STATUS_LABELS),
        ("processors", "direction"): ("Processors", DIRECTION_LABELS),
        ("processors", "risk"): ("Processors", RISK_LABELS),
        ("requests", "status"): ("Requests", REQUEST_STATUS_LABELS),
        ("requests", "types"): ("Requests", TYPE_LABELS),
        ("requests", "refusal_ground"): ("Requests", GROUND_LABELS),
    }
    context, labels = table[(register, key)]
    return enum_labels(context, labels)


@cache
def synonyms(register: str) -> Synonyms:
    """Every heading the register's columns are known by."""
    fields: RegisterFields = REGISTERS[register]
    keys = [k for f in fields.fields for k in f.exports] + list(fields.ignored_exports)
    known = synonyms_of(fields, {k: sorted(texts(*k)) for k in keys})
    for f in fields.fields:  # the titles the dialog and the template show
        for text in texts("Import", f.title):
            known.add(text, f.key)
    return known


@cache
def sheet_titles(register: str) -> frozenset[str]:
    """The sheet titles of the register's own export, normalised."""
    return frozenset(normalise(t) for k in REGISTERS[register].sheet_exports for t in texts(*k))


def message_text(message: str) -> str:
    """A problem's message in the language in use, its values filled in."""
    from dpo_desk.domain.text import render
    from dpo_desk.i18n import translate

    shown = message
    for context in ("Import", "Domain"):
        shown = translate(context, message)
        if shown != message:
            break
    return render(message, shown, translate)


def field_title(register: str, key: str) -> str:
    """A field's title in the language in use."""
    from dpo_desk.i18n import translate

    return translate("Import", REGISTERS[register].field(key).title)
