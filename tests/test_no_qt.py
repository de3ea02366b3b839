"""The core runs without Qt: every module of domain, db, services and reports imports,
and the command line writes every report, with PySide6 refused at import."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

REFUSE_QT = textwrap.dedent(
    """
    import importlib.abc, sys

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
                raise ImportError("no Qt on this server: " + name)
            return None

    sys.meta_path.insert(0, NoQt())
    """
)


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DPO_DESK_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-c", REFUSE_QT + code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )


def test_every_core_module_imports_without_qt(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import dpo_desk
        for layer in ("domain", "db", "services", "reports"):
            package = importlib.import_module(f"dpo_desk.{layer}")
            for info in pkgutil.walk_packages(package.__path__, f"dpo_desk.{layer}."):
                if ".migrations." in info.name:  # run by Alembic, not imported
                    continue
                importlib.import_module(info.name)
        importlib.import_module("dpo_desk.cli")
        assert not any(m.startswith("PySide6") for m in sys.modules)
        print("ok")
        """
    )
    done = _run(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


@pytest.mark.timeout(300)
def test_the_command_line_writes_every_report_without_qt(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from dpo_desk.cli import main
        from dpo_desk.services.registry import REPORT_SPECS
        db = Path({str(tmp_path / "demo.sqlite")!r})
        assert main(["demo", "--db", str(db)]) == 0
        for name, spec in REPORT_SPECS.items():
            if spec.one_record:
                continue
            for fmt in spec.formats:
                suffix = "zip" if fmt == "folder" else fmt
                out = Path({str(tmp_path)!r}) / f"{{name}}.{{suffix}}"
                code = main(["export", "--db", str(db), "--report", name,
                             "--format", "zip" if fmt == "folder" else fmt, "--out", str(out)])
                assert code == 0, (name, fmt)
                assert out.stat().st_size > 0, (name, fmt)
        assert main(["verify", "--db", str(db)]) == 0
        assert not any(m.startswith("PySide6") for m in sys.modules)
        print("ok")
        """
    )
    done = _run(code, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith("ok")
    assert "Skrevet:" in done.stdout  # Danish, from the catalogue read without Qt
