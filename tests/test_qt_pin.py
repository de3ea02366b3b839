"""PySide6 6.12.0 drops a reference to None on every void Qt call on Python 3.11 and the
interpreter aborts after some thousands (DESIGN.md); the pin keeps 6.11 there."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_hundred_thousand_void_qt_calls_do_not_crash() -> None:
    script = (
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for i in range(100_000):\n"
        "    o.setObjectName('x')\n"
        "print('survived')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout


def test_pyproject_keeps_pyside6_below_6_12_on_python_3_11() -> None:
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pins = [d for d in dependencies if d.startswith("pyside6-essentials")]
    on_311 = [d for d in pins if "python_version < '3.12'" in d]
    assert on_311 and all("<6.12" in d for d in on_311)


def test_the_installed_pyside6_is_safe_here() -> None:
    import PySide6

    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert (major, minor) < (6, 12)
