"""Errors that services raise for the user interface to show."""

from __future__ import annotations

from typing import Any

from dpo_desk.domain.text import QT_TRANSLATE_NOOP, UserError

MSG_CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Domain", "Someone else saved this record after you opened it."
)
MSG_GONE = QT_TRANSLATE_NOOP(
    "Domain", "The record no longer exists: someone else deleted it after you opened it."
)


class ValidationFailedError(Exception):
    """The input breaks one or more rules; `errors` maps field name -> message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class ConcurrentEditError(UserError):
    """The row was changed (or deleted) by someone else since the draft was read.

    `current` is the saved record as a draft of the same kind, or None when it is gone.
    """

    def __init__(self, current: Any | None) -> None:
        super().__init__(MSG_CHANGED_ELSEWHERE if current is not None else MSG_GONE)
        self.current = current
