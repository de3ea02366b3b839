"""The command line draws a progress bar on stderr when stderr is a terminal (`export`,
`backup`, `passphrase`), and writes nothing there when it is not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dpo_desk.db import cipher

PASSPHRASE = "Fjernvarme i Egtved 2026"
ROOT = Path(__file__).resolve().parent.parent


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", **extra)
    env.pop("DPO_DESK_DB", None)
    return env


def _run(args: list[str], *, terminal: bool, **extra: str) -> tuple[int, str]:
    """Run `dpo-desk ARGS`; its stderr is a pseudo-terminal or a pipe. Returns the exit
    status and what came on stderr."""
    command = [sys.executable, "-m", "dpo_desk", *args]
    if not terminal:
        done = subprocess.run(command, capture_output=True, env=_env(**extra), timeout=120)
        return done.returncode, done.stderr.decode()
    master, slave = os.openpty()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL, env=_env(**extra)
    )
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the other end is closed: the command has ended
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    process.communicate(timeout=120)
    return process.returncode, b"".join(chunks).decode()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "dpo.sqlite"
    status, said = _run(["demo", "--db", str(path)], terminal=False)
    assert status == 0, said
    return path


def _has_bar(said: str) -> bool:
    return "\r[" in said and "#" in said and "100%" in said


@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "pipe"])
def test_export_shows_a_bar_only_on_a_terminal(
    demo_file: Path, tmp_path: Path, terminal: bool
) -> None:
    out = tmp_path / "register.pdf"
    status, said = _run(
        ["export", "--db", str(demo_file), "--report", "register", "--format", "pdf",
         "--out", str(out)],
        terminal=terminal,
    )
    assert status == 0, said
    assert out.read_bytes().startswith(b"%PDF")
    if terminal:
        assert _has_bar(said)
        assert said.endswith("\r")  # the bar's line is cleared at the end
    else:
        assert said == ""


@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "pipe"])
def test_backup_shows_a_bar_only_on_a_terminal(
    demo_file: Path, tmp_path: Path, terminal: bool
) -> None:
    out = tmp_path / "kopi.sqlite"
    status, said = _run(["backup", "--db", str(demo_file), "--out", str(out)], terminal=terminal)
    assert status == 0, said
    assert out.read_bytes().startswith(b"SQLite format 3")
    assert _has_bar(said) if terminal else said == ""


@pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")
@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "pipe"])
def test_passphrase_shows_a_bar_only_on_a_terminal(tmp_path: Path, terminal: bool) -> None:
    from dpo_desk.db import backup
    from dpo_desk.db.session import Database

    path = tmp_path / "krypteret.sqlite"
    Database.open(f"sqlite+pysqlcipher:///{path}", passphrase=PASSPHRASE).close()
    backup.make(path, reason="start", key=PASSPHRASE)
    status, said = _run(
        ["passphrase", "--db", str(path)],
        terminal=terminal,
        DPO_DESK_PASSPHRASE=PASSPHRASE,
        DPO_DESK_NEW_PASSPHRASE="en helt ny adgangsfrase",
    )
    assert status == 0, said
    assert backup.quick_check(path, key="en helt ny adgangsfrase") == "ok"
    assert _has_bar(said) if terminal else said == ""
