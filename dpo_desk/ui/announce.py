"""What a dialog tells the window it was opened from: a line in the status bar, and the
window's settings (the folder last exported to …)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QWidget

STATUS_MSECS = 8000


def main_window(widget: QWidget | None) -> QMainWindow | None:
    """The main window `widget` belongs to (through its parents), if any."""
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget
        widget = widget.parentWidget()
    return None


def announce(widget: QWidget | None, text: str, msecs: int = STATUS_MSECS) -> None:
    """Say in the main window's status bar what just happened ("Saved.", "Written: …")."""
    window = main_window(widget)
    if window is not None:
        window.statusBar().showMessage(text, msecs)


def window_settings(widget: QWidget | None) -> QSettings | None:
    """The settings of the main window `widget` belongs to; None outside a window."""
    settings = getattr(main_window(widget), "settings", None)
    return settings if isinstance(settings, QSettings) else None
