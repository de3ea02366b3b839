"""Which field each column of a spreadsheet fills: every heading a register's fields are
known by (the program's own export headings first, so exports import back exactly), and
the proposal for a header row."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from dpo_desk.domain.import_mapping import IGNORED, RegisterFields, normalise


@dataclass
class Synonyms:
    """Normalised heading -> field key (IGNORED for a heading known not to be imported)."""

    by_heading: dict[str, str] = field(default_factory=dict)

    def add(self, heading: str, key: str) -> None:
        """Know `heading` as `key` (the first meaning given wins)."""
        self.by_heading.setdefault(normalise(heading), key)


def synonyms_of(
    register: RegisterFields, export_titles: Mapping[tuple[str, str], Sequence[str]]
) -> Synonyms:
    """Every heading of the register's fields; `export_titles` gives the export headings
    as written in each language ((context, source) -> texts)."""
    known = Synonyms()
    for f in register.fields:  # the program's own headings first: exact round trips
        for key in f.exports:
            for text in (key[1], *export_titles.get(key, ())):
                known.add(text, f.key)
    for key in register.ignored_exports:
        for text in (key[1], *export_titles.get(key, ())):
            known.add(text, IGNORED)
    for f in register.fields:
        known.add(f.title, f.key)
        for s in f.synonyms:
            known.add(s, f.key)
    for s in register.ignored:
        known.add(s, IGNORED)
    return known


def propose(headers: Sequence[object], known: Synonyms) -> list[str | None]:
    """The field proposed for each column: a key, IGNORED for a column known not to be
    imported, None for a heading not recognised. A field is given to one column only."""
    taken: set[str] = set()
    proposal: list[str | None] = []
    for header in headers:
        norm = normalise(header)
        key = known.by_heading.get(norm)
        if key is None and norm:
            key = _closest(norm, known)
        if key and key in taken:
            key = None
        if key:
            taken.add(key)
        proposal.append(key)
    return proposal


def _closest(norm: str, known: Synonyms) -> str | None:
    """A heading that starts with a known heading of at least two words ("Formål med
    behandlingen (beskriv kort)")."""
    best: tuple[int, str] | None = None
    for heading, key in known.by_heading.items():
        longer = best is None or len(heading) > best[0]
        if " " in heading and norm.startswith(heading + " ") and key and longer:
            best = (len(heading), key)
    return best[1] if best else None
