"""How a table's cell looks beyond its text: the colours of what is due, the sign beside
them (the colour is never the only signal), and the tooltip of a long text."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

RED = QColor("#b3261e")
AMBER = QColor("#8a5a00")
AMBER_BACKGROUND = QColor("#fff4d6")
RED_BACKGROUND = QColor("#fde7e7")

TOOLTIP_AFTER = 24  # a cell's text longer than this has the whole text as its tooltip
WRAP_AFTER = 60  # a tooltip longer than this is wrapped


def wrapped(text: str) -> str:
    """A tooltip that wraps: a long plain text runs off the screen, rich text wraps."""
    if len(text) <= WRAP_AFTER:
        return text
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def whole_text(text: str) -> str | None:
    """The tooltip of a cell whose text may be elided: the whole text; None for a short
    text, which its cell shows whole."""
    return wrapped(text) if len(text) > TOOLTIP_AFTER else None


def due_icon(state: str) -> QIcon | None:
    """The sign beside a date or count coloured as due ('overdue' or 'soon'): the colour
    is never the only signal."""
    from dpo_desk.ui.icons import icon

    return icon(state) if state in ("overdue", "soon") else None


def due_word(state: str) -> str:
    """The word for a due state, for the tooltip (and screen readers)."""
    if state == "overdue":
        return QCoreApplication.translate("RecordTable", "Overdue")
    if state == "soon":
        return QCoreApplication.translate("RecordTable", "Due soon")
    return ""
