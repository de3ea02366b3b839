"""Every command meets a bad path with one translated line that names the path and
what is wrong, and exit status 2: never a trace, never an operating system's own text."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASES = {"DPO_DESK_PASSPHRASE": "lang nok kode", "DPO_DESK_NEW_PASSPHRASE": "ny lang kode"}
# What the operating system or SQLite says in English: never shown as it is.
UNTRANSLATED = (
    "Traceback",
    "Errno",
    "Error:",
    "Permission denied",
    "No such file",
    "Is a directory",
    "Not a directory",
    "disk I/O error",
    "File too large",
    "unable to open",
    "readonly",
    "not a database",
    "encrypted",
)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    db = folder / "demo.sqlite"
    _dpo(["demo", "--db", str(db)], folder, check=True)
    _dpo(
        [
            "export",
            "--db",
            str(db),
            "--report",
            "organisation",
            "--format",
            "pdf",
            "--out",
            str(folder / "report.pdf"),
        ],
        folder,
        check=True,
    )
    return folder


def _env(cwd: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "DPO_DESK_HOME": str(cwd / "home"),
        **PASSPHRASES,
    }


def _dpo(
    args: list[str], cwd: Path, *, prefix: tuple[str, ...] = (), check: bool = False
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "dpo_desk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=_env(cwd),
        check=check,
        stdin=subprocess.DEVNULL,
    )


def _as_someone_else() -> tuple[str, ...] | None:
    """A prefix that runs a command without root's right to write anywhere (a user
    namespace in which root's files belong to the user), or None when not possible."""
    if os.geteuid() != 0:
        return ()
    prefix = ("unshare", "--user", "--map-user=65534", "--map-group=65534")
    if shutil.which("unshare") is None:
        return None
    try:
        probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=30, check=False)
    except OSError:
        return None
    return prefix if probe.returncode == 0 else None


@pytest.fixture
def place(demo_template: Path, tmp_path: Path) -> Iterator[Path]:
    """The test's folder: good.sqlite, a folder, a text file, an empty file, a PDF, a
    read-only folder holding a database, and a good backup."""
    shutil.copy(demo_template / "demo.sqlite", tmp_path / "good.sqlite")
    shutil.copy(demo_template / "demo.sqlite", tmp_path / "backup.sqlite")
    shutil.copy(demo_template / "report.pdf", tmp_path / "doc.pdf")
    (tmp_path / "folder").mkdir()
    (tmp_path / "text.txt").write_text("Dette er ikke en database.\n" * 40, encoding="utf-8")
    (tmp_path / "empty.sqlite").write_bytes(b"")
    locked = tmp_path / "laast"
    locked.mkdir()
    shutil.copy(demo_template / "demo.sqlite", locked / "good.sqlite")
    locked.chmod(0o555)
    yield tmp_path
    locked.chmod(0o755)


SIDE = ("-wal", "-shm")
EXPORT = ["--report", "organisation", "--format", "pdf"]
# (command line, the path the message must name)
CASES = {
    "demo into a folder": (["demo", "--db", "folder"], "folder"),
    "demo into a text file": (["demo", "--db", "text.txt"], "text.txt"),
    "demo below a file": (["demo", "--db", "text.txt/new.sqlite"], "text.txt"),
    "demo into a read-only folder": (["demo", "--db", "laast/new.sqlite"], "laast"),
    "export from a folder": (["export", "--db", "folder", *EXPORT, "--out", "o.pdf"], "folder"),
    "export from a text file": (
        ["export", "--db", "text.txt", *EXPORT, "--out", "o.pdf"],
        "text.txt",
    ),
    "export from an empty file": (
        ["export", "--db", "empty.sqlite", *EXPORT, "--out", "o.pdf"],
        "empty.sqlite",
    ),
    "export from nothing": (
        ["export", "--db", "missing.sqlite", *EXPORT, "--out", "o.pdf"],
        "missing.sqlite",
    ),
    "export into a folder": (
        ["export", "--db", "good.sqlite", *EXPORT, "--out", "folder"],
        "folder",
    ),
    "export into a missing folder": (
        ["export", "--db", "good.sqlite", *EXPORT, "--out", "nowhere/o.pdf"],
        "nowhere",
    ),
    "export below a file": (
        ["export", "--db", "good.sqlite", *EXPORT, "--out", "text.txt/o.pdf"],
        "text.txt",
    ),
    "export into a read-only folder": (
        ["export", "--db", "good.sqlite", *EXPORT, "--out", "laast/o.pdf"],
        "laast",
    ),
    "verify a folder": (["verify", "--db", "folder"], "folder"),
    "verify a text file": (["verify", "--db", "text.txt"], "text.txt"),
    "verify an empty file": (["verify", "--db", "empty.sqlite"], "empty.sqlite"),
    "verify a PDF": (["verify", "--db", "doc.pdf"], "doc.pdf"),
    "verify nothing": (["verify", "--db", "missing.sqlite"], "missing.sqlite"),
    "back up a folder": (["backup", "--db", "folder", "--out", "b.sqlite"], "folder"),
    "back up a text file": (["backup", "--db", "text.txt", "--out", "b.sqlite"], "text.txt"),
    "back up an empty file": (
        ["backup", "--db", "empty.sqlite", "--out", "b.sqlite"],
        "empty.sqlite",
    ),
    "back up into a folder": (["backup", "--db", "good.sqlite", "--out", "folder"], "folder"),
    "back up into a read-only folder": (
        ["backup", "--db", "good.sqlite", "--out", "laast/b.sqlite"],
        "laast",
    ),
    "back up into a missing folder": (
        ["backup", "--db", "good.sqlite", "--out", "nowhere/b.sqlite"],
        "nowhere",
    ),
    "restore from a folder": (["restore", "--db", "good.sqlite", "folder"], "folder"),
    "restore from a text file": (["restore", "--db", "good.sqlite", "text.txt"], "text.txt"),
    "restore from an empty file": (
        ["restore", "--db", "good.sqlite", "empty.sqlite"],
        "empty.sqlite",
    ),
    "restore from a PDF": (["restore", "--db", "good.sqlite", "doc.pdf"], "doc.pdf"),
    "restore from nothing": (["restore", "--db", "good.sqlite", "missing.sqlite"], "missing"),
    "restore into a folder": (["restore", "--db", "folder", "backup.sqlite"], "folder"),
    "restore in a read-only folder": (
        ["restore", "--db", "laast/good.sqlite", "backup.sqlite"],
        "laast",
    ),
    "encrypt a folder": (["encrypt", "--db", "folder", "--out", "x.sqlite"], "folder"),
    "encrypt a text file": (["encrypt", "--db", "text.txt", "--out", "x.sqlite"], "text.txt"),
    "encrypt into a folder": (["encrypt", "--db", "good.sqlite", "--out", "folder"], "folder"),
    "encrypt into a read-only folder": (
        ["encrypt", "--db", "good.sqlite", "--out", "laast/x.sqlite"],
        "laast",
    ),
    "encrypt into a missing folder": (
        ["encrypt", "--db", "good.sqlite", "--out", "nowhere/x.sqlite"],
        "nowhere",
    ),
    "new passphrase for a folder": (["passphrase", "--db", "folder"], "folder"),
    "new passphrase for a text file": (["passphrase", "--db", "text.txt"], "text.txt"),
    "new passphrase for an empty file": (["passphrase", "--db", "empty.sqlite"], "empty"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_path_is_one_translated_line_naming_it(case: str, place: Path) -> None:
    args, named = CASES[case]
    prefix: tuple[str, ...] = ()
    if "laast" in " ".join(args):
        someone_else = _as_someone_else()
        if someone_else is None:
            pytest.skip("root writes everywhere, and no user namespace is to be had here")
        prefix = someone_else
    before = sorted(p.name for p in place.iterdir())
    result = _dpo(args, place, prefix=prefix)
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("dpo-desk: ") and named in lines[0], lines[0]
    assert [words for words in UNTRANSLATED if words in lines[0]] == [], lines[0]
    if args[0] not in ("encrypt", "passphrase"):  # no passphrase sought where there is none
        assert "adgangsfrase" not in lines[0].lower(), lines[0]
    # Nothing new is left beside them (SQLite's own -wal and -shm of a file read aside).
    after = sorted(p.name for p in place.iterdir())
    assert [n for n in after if n not in before and n != "home" and n[-4:] not in SIDE] == []


def test_a_text_file_is_not_taken_for_an_encrypted_database(place: Path) -> None:
    result = _dpo(["verify", "--db", "text.txt"], place)
    assert "adgangsfrase" not in result.stderr.lower()
    assert "DPO_DESK_PASSPHRASE" not in result.stderr
    assert "ikke en database" in result.stderr


def test_the_window_says_so_too(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.ui.open_database import open_database

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    text = tmp_path / "noter.txt"
    text.write_text("Ikke en database\n" * 100, encoding="utf-8")
    (tmp_path / "mappe").mkdir()
    assert open_database(None, str(text)) is None
    assert open_database(None, str(tmp_path / "mappe")) is None
    assert shown == [
        f"{text} er ikke en database: den er hverken en SQLite-fil eller en krypteret database.",
        f"{tmp_path / 'mappe'} er en mappe, ikke en fil.",
    ]


def test_only_whole_pages_of_random_bytes_are_taken_for_an_encrypted_database(
    tmp_path: Path,
) -> None:
    from dpo_desk.db import cipher

    def kind(data: bytes) -> bool:
        path = tmp_path / "file"
        path.write_bytes(data)
        return cipher.is_encrypted(path)

    assert kind(os.urandom(8192))
    assert not kind(os.urandom(8000))  # not whole pages
    assert not kind(b"")
    assert not kind(b"Dette er ikke en database.\n".ljust(4096, b" "))
    assert not kind(b"%PDF-1.4\n" + b"0" * 4087)
    assert not kind(b"SQLite format 3\x00" + os.urandom(4080))  # plain, not encrypted
    assert not kind(bytes(4096))  # zeros
    assert not kind(b"x" * 4096)
