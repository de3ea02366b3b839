"""Unexpected errors: logged with their trace to a rotating file, shown as a short dialog;
the program keeps running."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from dpo_desk.paths import user_log_dir

LOG_NAME = "dpo-desk"
_logger = logging.getLogger(LOG_NAME)


def log_file() -> Path:
    """The rotating log file in the user's log folder."""
    return user_log_dir() / "dpo-desk.log"


def configure_logging() -> Path:
    """Send the program's log to the rotating file; returns its path."""
    path = log_file()
    for old in [h for h in _logger.handlers if isinstance(h, logging.FileHandler)]:
        if old.baseFilename != str(path.resolve()):  # the log folder has moved
            _logger.removeHandler(old)
            old.close()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in _logger.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        _logger.addHandler(handler)
        _logger.setLevel(logging.INFO)
    return path


def _trace_without_values(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> str:
    """The trace with file, line and code, but the exception's message left out: a
    message may quote what the user typed (health details among it)."""
    frames = "".join(traceback.format_tb(tb))
    return f"Traceback (most recent call last):\n{frames}{kind.__module__}.{kind.__qualname__}"


def log_error(error: BaseException) -> Path:
    """Write `error` with its trace (without its message) to the log; returns the log."""
    path = configure_logging()
    _logger.error(
        "Error in background work\n%s",
        _trace_without_values(type(error), error, error.__traceback__),
    )
    return path


def error_message(error: BaseException) -> str:
    """What the user reads about an error: a UserError's own translated text; for any
    other a translated sentence (never the exception's class name or its message)."""
    from dpo_desk.domain.text import UserError
    from dpo_desk.i18n import error_text
    from dpo_desk.services.errors import ValidationFailedError
    from dpo_desk.services.jobs import user_error

    error = user_error(error)
    if isinstance(error, UserError):
        return error_text(error)
    if isinstance(error, ValidationFailedError):
        from dpo_desk.domain.text import render

        return "\n".join(
            render(m, QCoreApplication.translate("Domain", m), QCoreApplication.translate)
            for m in error.errors.values()
        )
    return QCoreApplication.translate(
        "Errors",
        "Something went wrong. Your data is safe; the last action may not have been "
        "completed. The details are written to the program's log.",
    )


def handle_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """sys.excepthook: log, then tell the user in a dialog."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    path = configure_logging()
    _logger.error("Unexpected error\n%s", _trace_without_values(kind, value, tb))
    if QApplication.instance() is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "Unexpected error"),
        QCoreApplication.translate(
            "Errors",
            "Something went wrong ({kind}). Your data is safe; "
            "the last action may not have been saved.\n\n"
            "The details are written to:\n{path}",
        ).format(kind=kind.__name__, path=path),
    )
    box.exec()


def install_excepthook() -> None:
    """Route every uncaught exception in the GUI to `handle_exception`."""
    sys.excepthook = handle_exception
