"""A disk that fills or fails (a file-size limit, as the kernel sets it): the commands and
the window's own saves say so, leave the database as it was and remove what they had
begun to write."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dpo_desk.db.session import Database

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 40_000  # bytes: room for SQLite's shared memory, not for a report or a backup


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    _dpo(["demo", "--db", str(folder / "demo.sqlite")], folder)
    return folder / "demo.sqlite"


def _limited() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def _dpo(args: list[str], cwd: Path, *, limit: bool = False) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "DPO_DESK_HOME": str(cwd / "home"),
    }
    return subprocess.run(
        [sys.executable, "-m", "dpo_desk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=env,
        preexec_fn=_limited if limit else None,
        check=False,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "args",
    [
        [
            "export",
            "--db",
            "dpo.sqlite",
            "--report",
            "register",
            "--format",
            "pdf",
            "--out",
            "register.pdf",
        ],
        ["backup", "--db", "dpo.sqlite", "--out", "kopi.sqlite"],
    ],
    ids=["export", "backup"],
)
def test_a_full_disk_is_said_and_nothing_is_left_behind(
    args: list[str], demo_template: Path, tmp_path: Path
) -> None:
    db = tmp_path / "dpo.sqlite"
    shutil.copy(demo_template, db)
    assert db.stat().st_size > LIMIT  # the limit only stops files from growing
    before = _digest(db)
    result = _dpo(args, tmp_path, limit=True)
    assert result.returncode == 2, result.stderr
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1, result.stderr
    assert line.startswith("dpo-desk: Disken er fuld eller svigter: ")
    assert args[-1] in line
    assert "Traceback" not in line and "Errno" not in line and "disk I/O" not in line
    assert _digest(db) == before
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == [
        name
        for name in ("dpo.sqlite", "dpo.sqlite-shm", "dpo.sqlite-wal", "home")
        if (tmp_path / name).exists()
    ]
    assert not (tmp_path / args[-1]).exists()


@contextmanager
def _file_size_limit(size: int) -> Iterator[None]:
    """A file-size limit in this process for a moment (the soft limit only)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)


def test_a_save_in_the_window_on_a_full_disk_is_a_message_and_keeps_the_input(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.domain.consents import ConsumerDraft
    from dpo_desk.services import consents
    from dpo_desk.ui.consents.dialogs import ConsumerDialog

    db_path = tmp_path / "dpo.sqlite"
    shutil.copy(demo_template, db_path)
    db = Database.open(db_path)  # a new, empty write-ahead log: the save must grow it
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text)
    )
    try:
        with db.reading() as session:
            session.connection()  # the shared memory file is made before the limit
        count = len(consents.rows(db, today=dt.date(2025, 6, 2)))
        dialog = ConsumerDialog(db, ConsumerDraft())
        qtbot.addWidget(dialog)
        dialog.edits["name"].setText("Karen Fuldedisk")
        dialog.edits["postal_code"].setText("6040")
        with _file_size_limit((db_path.parent / "dpo.sqlite-wal").stat().st_size + 1):
            dialog.save()
        assert len(shown) == 1 and shown[0].startswith("Disken er fuld eller svigter")
        assert dialog.edits["name"].text() == "Karen Fuldedisk"
        assert dialog.result() == 0  # still open, nothing accepted
        assert len(consents.rows(db, today=dt.date(2025, 6, 2))) == count
    finally:
        db.close()
