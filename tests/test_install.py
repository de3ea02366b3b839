"""A plain (not editable) install works outside the checkout: the wheel built from the
repository holds every module and shipped file, and the installed program runs its
commands and opens its window."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
# Modules that run something when imported: the program's `python -m` entry and
# Alembic's environment script (covered by running the program instead).
RUN_ON_IMPORT = {"dpo_desk.__main__", "dpo_desk.db.migrations.env"}

IMPORT_ALL = """
import importlib, json, sys
from pathlib import Path
import dpo_desk
package = Path(dpo_desk.__file__).parent
skip = set(sys.argv[1].split(","))
found = {}
for file in sorted(package.rglob("*.py")):
    parts = file.relative_to(package.parent).with_suffix("").parts
    name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
    if name not in skip:
        found[name] = importlib.import_module(name).__file__
print(json.dumps({"package": str(package), "modules": found}))
"""


def _modules_in_checkout() -> set[str]:
    names = set()
    for file in (ROOT / "dpo_desk").rglob("*.py"):
        parts = file.relative_to(ROOT).with_suffix("").parts
        names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def _wheel_builds_offline() -> bool:
    """Whether the installed setuptools builds wheels by itself (no download needed)."""
    import setuptools

    major, minor = (int(x) for x in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "DPO_DESK_HOME": str(home)}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment holding the wheel built from a clean copy of the
    repository (a build folder left in the checkout would hide a missing package);
    returns its bin folder."""
    work = tmp_path_factory.mktemp("install")
    source = work / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("dpo_desk", "resources", "data"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "README.md"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, source / name)
    isolation = ["--no-build-isolation"] if _wheel_builds_offline() else []
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            *isolation,
            "-q",
            "-w",
            str(work / "wheels"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        cwd=work,
        env=_clean_env(work),
    )
    (wheel,) = (work / "wheels").glob("dpo_desk-*.whl")
    venv = work / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    # pip from the system site-packages, installing into the venv; the dependencies are
    # those of the test environment (no network).
    subprocess.run(
        [python, "-m", "pip", "install", "--no-deps", "--ignore-installed", "-q", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
        cwd=work,
        env=_clean_env(work),
    )
    return bin_dir


def _run(bin_dir: Path, args: list[str], cwd: Path, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [bin_dir / "dpo-desk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**_clean_env(cwd), **extra},
    )


def test_every_module_of_the_checkout_is_installed_and_imports_from_it(
    installed: Path, tmp_path: Path
) -> None:
    result = subprocess.run(
        [installed / "python", "-c", IMPORT_ALL, ",".join(sorted(RUN_ON_IMPORT))],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=_clean_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    package = Path(report["package"])
    assert package.is_relative_to(installed.parent), package
    modules = report["modules"]
    assert set(modules) | RUN_ON_IMPORT == _modules_in_checkout()
    outside = {name: f for name, f in modules.items() if not Path(f).is_relative_to(package)}
    assert not outside, f"imported from outside the installed package: {outside}"
    shipped = [
        package / "_resources" / "translations" / "dpo_desk_da.qm",
        package / "_resources" / "fonts" / "DejaVuSans.ttf",
        package / "_data" / "example.json",
        package / "db" / "migrations" / "script.py.mako",
    ]
    assert [p for p in shipped if not p.is_file()] == []


def test_the_installed_program_runs_its_commands_and_opens_its_window(
    installed: Path, tmp_path: Path
) -> None:
    db, pdf = tmp_path / "demo.sqlite", tmp_path / "org.pdf"
    demo = _run(installed, ["demo", "--db", str(db)], tmp_path)
    assert demo.returncode == 0, demo.stderr
    export = _run(
        installed,
        [
            "export",
            "--db",
            str(db),
            "--report",
            "organisation",
            "--format",
            "pdf",
            "--out",
            str(pdf),
        ],
        tmp_path,
    )
    assert export.returncode == 0, export.stderr
    assert "Softværket" in PdfReader(pdf).pages[0].extract_text()
    proof = tmp_path / "shown.txt"
    window = _run(installed, ["--db", str(db)], tmp_path, DPO_DESK_SMOKE_FILE=str(proof))
    assert window.returncode == 0, window.stderr
    assert proof.read_text(encoding="utf-8") == "Softværket — DPO Desk"
