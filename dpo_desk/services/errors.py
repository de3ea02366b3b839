"""Errors that services raise for the user interface to show."""

from __future__ import annotations


class ValidationFailedError(Exception):
    """The input breaks one or more rules; `errors` maps field name -> message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors
