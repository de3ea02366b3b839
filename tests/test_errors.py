"""An unexpected error: a short dialog, the trace in a rotating log, the program goes on,
and the log never holds the error's text (it may quote health data)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from dpo_desk.ui import errors


def test_an_unexpected_error_is_shown_and_logged_without_its_text(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    typed = "".join(["Iltkoncentrator", " om natten, Else ", "Ærbø"])  # as if from a form
    try:
        raise ValueError(typed)
    except ValueError:
        errors.handle_exception(*sys.exc_info())  # type: ignore[arg-type]
    assert shown and "ValueError" in shown[0]
    assert str(errors.log_file()) in shown[0]
    for handler in errors._logger.handlers:
        handler.flush()
    logged = errors.log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "test_errors.py" in logged and "ValueError" in logged
    assert "Iltkoncentrator" not in logged and "Ærbø" not in logged
    assert "Iltkoncentrator" not in shown[0]


def test_the_hook_is_installed_for_the_gui() -> None:
    previous = sys.excepthook
    try:
        errors.install_excepthook()
        assert sys.excepthook is errors.handle_exception
    finally:
        sys.excepthook = previous
