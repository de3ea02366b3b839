"""Danish order for text (… Z, Æ, Ø, Å, with "Aa" as Å), through Qt's ICU collator."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale, Qt


def danish_collator() -> QCollator:
    """A case-insensitive, numeric-aware collator for Danish."""
    collator = QCollator(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


@cache
def _shared() -> QCollator:
    return danish_collator()


def danish_key(text: str) -> QCollatorSortKey:
    """A sort key putting `text` in Danish order."""
    return _shared().sortKey(text)
