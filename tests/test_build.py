"""`pyinstaller build.spec` builds, and the built program starts (GUI and CLI)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "build.spec"),
            "--noconfirm",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
        ],
        check=True,
        capture_output=True,
        timeout=600,
        cwd=ROOT,
    )
    program = work / "dist" / "dpo-desk" / ("dpo-desk.exe" if os.name == "nt" else "dpo-desk")
    assert program.exists()
    return program


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DPO_DESK_HOME": str(home)}


@pytest.mark.slow
def test_the_built_program_runs_its_commands(built_program: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    version = subprocess.run(
        [built_program, "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    )
    assert version.stdout.startswith("DPO Desk")
    db = tmp_path / "demo.sqlite"
    subprocess.run(
        [built_program, "demo", "--db", db], check=True, timeout=120, env=env, capture_output=True
    )
    pdf = tmp_path / "org.pdf"
    subprocess.run(
        [
            built_program,
            "export",
            "--db",
            db,
            "--report",
            "organisation",
            "--format",
            "pdf",
            "--out",
            pdf,
        ],
        check=True,
        timeout=120,
        env=env,
        capture_output=True,
    )
    assert "Softværket" in PdfReader(pdf).pages[0].extract_text()
    encrypted = tmp_path / "krypteret.sqlite"
    subprocess.run(
        [built_program, "encrypt", "--db", db, "--out", encrypted],
        check=True,
        timeout=120,
        env={**env, "DPO_DESK_PASSPHRASE": "lang nok kode"},
        capture_output=True,
    )
    verified = subprocess.run(
        [built_program, "verify", "--db", encrypted],
        timeout=120,
        env={**env, "DPO_DESK_PASSPHRASE": "lang nok kode"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert verified.returncode == 0, verified.stderr


@pytest.mark.slow
def test_the_built_program_opens_its_window(built_program: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    subprocess.run(
        [built_program, "demo", "--db", db],
        check=True,
        timeout=120,
        env=_env(tmp_path),
        capture_output=True,
    )
    proof = tmp_path / "shown.txt"
    shown = subprocess.run(
        [built_program, "--db", db],
        env={**_env(tmp_path), "DPO_DESK_SMOKE_FILE": str(proof)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # The program writes its main window's title once the window is shown, then quits.
    assert shown.returncode == 0, shown.stderr
    assert proof.read_text(encoding="utf-8") == "Softværket — DPO Desk"
    shutil.rmtree(tmp_path, ignore_errors=True)
