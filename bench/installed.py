"""Start-up figures are measured as an installed program runs: from compiled bytecode.

`pip install` and the PyInstaller build both ship the package's modules compiled; a
checkout run with PYTHONDONTWRITEBYTECODE (as some shells and CI set it) would instead
compile every module of the program from source at each start, a cost no user pays.
"""

from __future__ import annotations

import compileall
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compiled_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a measured child: the package compiled once beforehand (as an
    install does), bytecode allowed, this checkout first on the path."""
    compileall.compile_dir(ROOT / "dpo_desk", quiet=1)
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(extra or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
