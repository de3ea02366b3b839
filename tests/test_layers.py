"""The layers of DESIGN.md hold: the import contract in pyproject.toml, checked by
import-linter over the package."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_import_contract_is_kept() -> None:
    tool = shutil.which("lint-imports")
    assert tool is not None, "install the test extra: import-linter"
    done = subprocess.run(
        [tool, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Layers KEPT" in done.stdout
