"""The program's SVG icons (sharp at any DPI)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from dpo_desk.paths import resource_path


@cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))
