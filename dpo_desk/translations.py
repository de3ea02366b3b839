"""The translation catalogue read as plain Python (no Qt), for services, reports and
the command line.

The catalogue is Qt Linguist's `.ts` file shipped in resources/translations: the same
source the window's QTranslator uses (compiled to `.qm`), so a string reads the same in
the window, in a report and on the command line.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from dpo_desk.paths import resource_path

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"

Key = tuple[str, str]  # (context, source text)


class Catalogue:
    """The translations of one language: plain strings and plural forms."""

    def __init__(self, plain: dict[Key, str], plurals: dict[Key, list[str]]) -> None:
        self._plain = plain
        self._plurals = plurals

    def __len__(self) -> int:
        return len(self._plain) + len(self._plurals)

    def translate(self, context: str, text: str, n: int | None = None) -> str:
        """`text` in this language; with `n`, the plural form for n and %n filled in."""
        if n is None:
            return self._plain.get((context, text), text)
        forms = self._plurals.get((context, text))
        if forms:  # Danish, like English: one form for 1, another for the rest
            text = forms[0] if n == 1 or len(forms) == 1 else forms[1]
        return text.replace("%n", str(n))


EMPTY = Catalogue({}, {})


def read_ts(path: Path) -> Catalogue:
    """The finished translations of a Qt Linguist `.ts` file."""
    plain: dict[Key, str] = {}
    plurals: dict[Key, list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                continue
            key = (name, message.findtext("source") or "")
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if forms:
                plurals[key] = forms
            elif translation.text:
                plain[key] = translation.text
    return Catalogue(plain, plurals)


@cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of `language` (English is the source and needs none)."""
    if language not in LANGUAGES or language == "en":
        return EMPTY
    path = resource_path("translations", f"dpo_desk_{language}.ts")
    return read_ts(path) if path.exists() else EMPTY
