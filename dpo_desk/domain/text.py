"""Marking of user-visible text in plain-Python layers, and Danish date formats.

The domain layer must not import Qt, yet its messages are shown to the user in
Danish. Messages are written in English and marked with `QT_TRANSLATE_NOOP`,
which `pyside6-lupdate` collects; the user interface translates them with
`QCoreApplication.translate(context, message)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

DOMAIN_CONTEXT = "Domain"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, found by lupdate
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


def format_date(value: dt.date | None) -> str:
    """A date as the Danish user reads it: dd-mm-åååå (empty for none)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return value.strftime("%d-%m-%Y")


def format_moment(value: dt.datetime | None) -> str:
    """A timezone-aware moment in local time: dd-mm-åååå tt:mm."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    return local.strftime("%d-%m-%Y %H:%M")


class Message(str):
    """A message template (the English source text) with the values to fill into it.

    The text is the key the translation catalogue knows; the user interface translates
    it, then fills in `params` with `str.format`.
    """

    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> Message:
        message = super().__new__(cls, template)
        message.params = params
        return message


class UserError(Exception):
    """An error the user reads: its text is a translatable template (`message`, in
    context "Domain") with values; str() of it is the English text."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template.format(**params) if params else template)
        self.message = Message(template, **params)


class Term(str):
    """A value to fill into a message that is itself translatable (a status, a type)."""

    context: str

    def __new__(cls, text: str, context: str) -> Term:
        term = super().__new__(cls, text)
        term.context = context
        return term


def render(
    message: str, translated: str, translate: Callable[[str, str], str] | None = None
) -> str:
    """`translated` (the translation of `message`) with the message's values filled in;
    values that are Terms are translated with `translate(context, text)` first."""
    params = getattr(message, "params", None)
    if not params:
        return translated
    shown = {
        key: translate(value.context, str(value))
        if translate and isinstance(value, Term)
        else value
        for key, value in params.items()
    }
    return translated.format(**shown)
