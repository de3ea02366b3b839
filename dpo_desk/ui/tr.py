"""A text marked for translation elsewhere (QT_TRANSLATE_NOOP in domain/ or a label
table), translated in its context when the window shows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translated(context: str, text: str) -> str:
    """`text` in the language in use, looked up in `context`."""
    return QCoreApplication.translate(context, text)
