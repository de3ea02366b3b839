"""The requests table's columns and the texts they show, each distinct value formatted
or translated once."""

from __future__ import annotations

import datetime as dt
from operator import attrgetter

from PySide6.QtCore import QCoreApplication

from dpo_desk.domain.requests import STATUS_LABELS, TYPE_LABELS, RequestStatus
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date
from dpo_desk.services.listings import Memo, RequestLine
from dpo_desk.ui.table_model import (
    AMBER,
    AMBER_BACKGROUND,
    RED,
    RED_BACKGROUND,
    TableColumn,
    due_icon,
    due_word,
    fold,
)
from dpo_desk.ui.tr import translated

SOON_DAYS = 7


def days_left(row: RequestLine, today: dt.date) -> int | None:
    """Days to the deadline of an open request (negative when overdue; None when closed)."""
    return (row.deadline - today).days if row.is_open else None


def _state(row: RequestLine) -> str:
    left = row.days_left
    if left is None:
        return ""
    return "overdue" if left < 0 else "soon" if left <= SOON_DAYS else ""


class Texts:
    """The texts of the table's columns, each distinct value translated or formatted
    once (100,000 requests share a few hundred dates and a handful of labels)."""

    def __init__(self) -> None:
        self.types = Memo(
            lambda types: ", ".join(translated("Requests", TYPE_LABELS[t]) for t in types)
        )
        self.date = Memo(format_date)
        self.status = Memo(lambda status: translated("Requests", STATUS_LABELS[status]))

    @staticmethod
    def relation(r: RequestLine) -> str:
        return f"{r.relation} ({r.utility})" if r.utility else r.relation

    def deadline(self, r: RequestLine) -> str:
        return self.date[r.deadline] + (" *" if r.extended else "")

    @staticmethod
    def days(r: RequestLine) -> str:
        return "" if r.days_left is None else str(r.days_left)

    def folded(self, rows: list[RequestLine], others: list[str]) -> list[str]:
        """Each row's search text, folded: the columns' texts and the other fields
        (`others`), as RecordTableModel would join them, built in one pass."""
        types, date = self.types, self.date
        relation, deadline, days = self.relation, self.deadline, self.days
        # by the status's identity: hashing an enum member runs Python code
        status = {id(s): self.status[s] for s in RequestStatus}
        return [
            fold(
                f"{r.requester}\x1f{types[r.types]}\x1f{relation(r)}\x1f{date[r.received]}"
                f"\x1f{deadline(r)}\x1f{days(r)}\x1f{status[id(r.status)]}\x1f{other}"
            )
            for r, other in zip(rows, others, strict=True)
        ]


def columns(texts: Texts) -> list[TableColumn[RequestLine]]:
    """The request table's columns."""
    colour = {"overdue": RED, "soon": AMBER}
    background = {"overdue": RED_BACKGROUND, "soon": AMBER_BACKGROUND}
    return [
        TableColumn(QT_TRANSLATE_NOOP("RequestTab", "Requester"), attrgetter("requester")),
        TableColumn(QT_TRANSLATE_NOOP("RequestTab", "Type"), lambda r: texts.types[r.types]),
        TableColumn(QT_TRANSLATE_NOOP("RequestTab", "Relation"), texts.relation),
        TableColumn(
            QT_TRANSLATE_NOOP("RequestTab", "Received"),
            lambda r: texts.date[r.received],
            sort=attrgetter("received"),
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("RequestTab", "Deadline"),
            texts.deadline,
            sort=attrgetter("deadline"),
            tooltip=lambda r: (
                QCoreApplication.translate("RequestTab", "Extended to three months")
                if r.extended
                else ""
            ),
        ),
        TableColumn(
            QT_TRANSLATE_NOOP("RequestTab", "Days left"),
            texts.days,
            sort=attrgetter("days_left"),
            align_right=True,
            foreground=lambda r: colour.get(_state(r)),
            background=lambda r: background.get(_state(r)),
            decoration=lambda r: due_icon(_state(r)),
            tooltip=lambda r: due_word(_state(r)),
        ),
        TableColumn(QT_TRANSLATE_NOOP("RequestTab", "Status"), lambda r: texts.status[r.status]),
    ]
