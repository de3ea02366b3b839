"""Backups of a SQLite database through SQLite's online backup API (never a file copy of
a live database), kept in a `backups/` folder beside it, readable by the owner only."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from dpo_desk.paths import private_dir

DEFAULT_GENERATIONS = 14
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupFile:
    """A backup: where it is, when it was made, how big it is."""

    path: Path
    made: dt.datetime
    size: int


def folder_of(database: Path) -> Path:
    """The backups folder beside a database file."""
    return private_dir(database.parent / "backups")


def backup_to(database: Path, target: Path) -> Path:
    """Copy `database` into `target` with the online backup API; the copy is 0600."""
    private_dir(target.parent)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    source = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True)
    destination = sqlite3.connect(partial)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        destination.close()
        source.close()
    partial.replace(target)
    return target


def make(
    database: Path, *, reason: str, now: dt.datetime | None = None, keep: int = DEFAULT_GENERATIONS
) -> Path:
    """A new generation in the backups folder; older generations beyond `keep` go."""
    moment = (now or dt.datetime.now()).strftime(_STAMP)
    target = folder_of(database) / f"{database.stem}-{moment}-{reason}.sqlite"
    backup_to(database, target)
    prune(database, keep=keep)
    return target


def generations(database: Path) -> list[BackupFile]:
    """The backups of a database, newest first."""
    found = []
    for path in folder_of(database).glob(f"{database.stem}-*.sqlite"):
        try:
            stamp = path.stem.removeprefix(f"{database.stem}-")[:15]
            made = dt.datetime.strptime(stamp, _STAMP)
        except ValueError:
            continue
        found.append(BackupFile(path, made, path.stat().st_size))
    return sorted(found, key=lambda b: b.made, reverse=True)


def prune(database: Path, *, keep: int) -> None:
    """Keep the newest `keep` generations."""
    for old in generations(database)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)


def daily(
    database: Path, *, today: dt.date | None = None, keep: int = DEFAULT_GENERATIONS
) -> Path | None:
    """At start-up: a backup when none was made today (at most one a day)."""
    day = today or dt.date.today()
    if any(b.made.date() == day for b in generations(database)):
        return None
    return make(database, reason="start", keep=keep)


def restore(database: Path, backup: Path, *, keep: int = DEFAULT_GENERATIONS) -> Path:
    """Replace `database` with `backup`; the current database is backed up first.
    Returns the backup made of the replaced database. The database must be closed."""
    safety = make(database, reason="before-restore", keep=keep + 1)
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    backup_to(backup, database)
    return safety


def quick_check(database: Path) -> str:
    """'ok', or what SQLite's quick_check finds wrong (read-only)."""
    try:
        with sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True) as connection:
            rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    return "ok" if rows == [("ok",)] else "; ".join(r[0] for r in rows[:5])


def integrity_check(database: Path) -> str:
    """'ok', or what SQLite's full integrity_check finds wrong (read-only)."""
    try:
        with sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    return "ok" if rows == [("ok",)] else "; ".join(r[0] for r in rows[:5])
