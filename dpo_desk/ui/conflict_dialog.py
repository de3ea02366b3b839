"""When someone else saved a record after it was opened: both values of every field that
differs, and the choice to keep one's own, take the other's, or copy one's text."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from enum import Enum
from typing import Any
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain import titles
from dpo_desk.domain.text import format_date


class Choice(Enum):
    """What the user chose."""

    KEEP_MINE = "mine"
    TAKE_THEIRS = "theirs"
    NONE = "none"


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictDialog", "Yes" if value else "No")
    if hasattr(value, "isoformat") and hasattr(value, "year"):
        return format_date(value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, list):
        return "; ".join(_shown(v) for v in value)
    if dataclasses.is_dataclass(value):
        return ", ".join(
            _shown(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if getattr(value, f.name) not in (None, "")
        )
    return str(value)


Describe = Callable[[str, Any], "str | None"]


def field_label(name: str, labels: dict[str, str]) -> str:
    """What a person calls field `name`: the form's own label, else its title in the
    database's title table (`domain/titles.py`); never the bare schema name."""
    title = labels.get(name) or titles.any_field_title(name)
    if title:
        return QCoreApplication.translate("Fields", title)
    return name.replace("_", " ").capitalize()


def differences(
    mine: Any,
    theirs: Any,
    *,
    skip: tuple[str, ...] = ("id", "version"),
    describe: Describe | None = None,
    hidden: frozenset[str] = frozenset(),
) -> list[tuple[str, str, str]]:
    """(field, my value, their value) for every field of two drafts that differs.

    `describe` names a value as the form shows it (a list of ids as names, a choice by
    its label); a field in `hidden` is reported as differing but its values are not shown.
    """

    def shown(name: str, value: Any) -> str:
        if name in hidden:
            return QCoreApplication.translate("ConflictDialog", "(not shown)")
        described = describe(name, value) if describe is not None else None
        return described or _shown(value)

    return [
        (f.name, shown(f.name, getattr(mine, f.name)), shown(f.name, getattr(theirs, f.name)))
        for f in dataclasses.fields(mine)
        if f.name not in skip and getattr(mine, f.name) != getattr(theirs, f.name)
    ]


class ConflictDialog(QDialog):
    """Shows what differs between my draft and the saved record."""

    def __init__(
        self,
        mine: Any,
        theirs: Any,
        labels: dict[str, str],
        parent: QWidget | None = None,
        *,
        describe: Describe | None = None,
        hidden: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.choice = Choice.NONE
        self._hidden = hidden
        self.setWindowTitle(self.tr("Someone else saved this record"))
        self.resize(760, 460)
        self.rows = differences(mine, theirs, describe=describe, hidden=hidden)
        self._labels = {f: field_label(f, labels) for f, _m, _t in self.rows}
        intro = QLabel(
            self.tr(
                "Someone else saved this record after you opened it. These "
                "fields differ. Nothing you typed is lost: choose what to keep."
            )
        )
        intro.setWordWrap(True)
        table = "".join(
            f"<tr><td><b>{escape(self._labels[f])}</b>"
            f"</td><td>{escape(m)}</td><td>{escape(t)}</td></tr>"
            for f, m, t in self.rows
        )
        yours, theirs_title = self.tr("Yours"), self.tr("Saved by the other")
        self.view = QTextBrowser()
        self.view.setHtml(
            f"<table cellpadding='4' border='1' style='border-collapse:collapse'>"
            f"<tr><th></th><th>{escape(yours)}</th>"
            f"<th>{escape(theirs_title)}</th></tr>{table}</table>"
        )
        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(
            self.tr("Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.take_button = buttons.addButton(
            self.tr("Take theirs"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.copy_button = buttons.addButton(
            self.tr("Copy my text"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.keep_button.clicked.connect(self._keep)
        self.take_button.clicked.connect(self._take)
        self.copy_button.clicked.connect(self.copy_mine)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    @Slot()
    def _keep(self) -> None:
        self.choice = Choice.KEEP_MINE
        self.accept()

    @Slot()
    def _take(self) -> None:
        self.choice = Choice.TAKE_THEIRS
        self.accept()

    @Slot()
    def copy_mine(self) -> None:
        """Put my values of the differing fields on the clipboard, as text (a hidden
        health detail is never put on the clipboard)."""
        QGuiApplication.clipboard().setText(
            "\n".join(f"{self._labels[f]}: {m}" for f, m, _t in self.rows if f not in self._hidden)
        )
