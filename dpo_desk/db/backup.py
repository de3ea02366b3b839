"""Backups of a SQLite database through SQLite's online backup API (never a file copy of
a live database), kept in a `backups/` folder beside it, readable by the owner only.

Every function takes the database's passphrase as `key` when it is encrypted: the backup
is then encrypted with the same passphrase (SQLCipher copies pages only between
databases with the same key)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from dpo_desk.db import cipher
from dpo_desk.paths import private_dir, private_file

DEFAULT_GENERATIONS = 14
_STAMP = "%Y%m%d-%H%M%S"
T = TypeVar("T")
_PAGES_A_STEP = 256  # pages copied between two reports of progress


@dataclass(frozen=True)
class BackupFile:
    """A backup: where it is, when it was made, how big it is."""

    path: Path
    made: dt.datetime
    size: int


def folder_of(database: Path) -> Path:
    """The backups folder beside a database file."""
    return private_dir(database.parent / "backups")


def backup_to(
    database: Path,
    target: Path,
    *,
    key: str | None = None,
    progress: Callable[[int, int], object] | None = None,
) -> Path:
    """Copy `database` into `target` with the online backup API; the copy is 0600.
    `progress(pages done, pages in all)` is called as the pages are copied."""
    private_dir(target.parent)
    with private_file(target) as partial:
        source = cipher.connect(database, key=key, readonly=True)
        try:
            destination = cipher.connect(partial, key=key)
        except Exception:
            source.close()
            raise
        try:
            if progress is None:
                source.backup(destination)
            else:
                source.backup(
                    destination,
                    pages=_PAGES_A_STEP,
                    progress=lambda _status, left, total: progress(total - left, total),
                )
            destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            destination.close()
            source.close()
    return target


def make(
    database: Path,
    *,
    reason: str,
    now: dt.datetime | None = None,
    keep: int = DEFAULT_GENERATIONS,
    key: str | None = None,
) -> Path:
    """A new generation in the backups folder; older generations beyond `keep` go."""
    moment = (now or dt.datetime.now()).strftime(_STAMP)
    target = folder_of(database) / f"{database.stem}-{moment}-{reason}.sqlite"
    backup_to(database, target, key=key)
    write_anchor(target, key=key, now=now)
    prune(database, keep=keep)
    return target


ANCHORS_LOG = "anchors.log"


def write_anchor(
    backup_file: Path, *, key: str | None = None, now: dt.datetime | None = None
) -> str:
    """Append the audit chain's head in `backup_file` (`N:HEX16`) to `anchors.log` beside
    it: a record outside the database that history cannot be rewritten past. Lines are
    only ever appended."""
    connection = cipher.connect(backup_file, key=key, readonly=True)
    try:
        row = connection.execute("SELECT count, last_hash FROM audit_head WHERE id = 1").fetchone()
    except cipher.database_errors():
        row = None
    finally:
        connection.close()
    anchor = f"{row[0]}:{row[1][:16]}" if row else f"0:{'0' * 16}"
    log = backup_file.parent / ANCHORS_LOG
    descriptor = os.open(log, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
    moment = (now or dt.datetime.now()).isoformat(timespec="seconds")
    with os.fdopen(descriptor, "a", encoding="utf-8") as out:
        out.write(f"{moment}\t{backup_file.name}\t{anchor}\n")
    return anchor


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
    database: Path,
    *,
    today: dt.date | None = None,
    keep: int = DEFAULT_GENERATIONS,
    key: str | None = None,
) -> Path | None:
    """At start-up: a backup when none was made today (at most one a day)."""
    day = today or dt.date.today()
    if any(b.made.date() == day for b in generations(database)):
        return None
    return make(database, reason="start", keep=keep, key=key)


def restore(
    database: Path, backup: Path, *, keep: int = DEFAULT_GENERATIONS, key: str | None = None
) -> Path:
    """Replace `database` with `backup`; the current database is backed up first.
    Returns the backup made of the replaced database. The database must be closed.

    A damaged database cannot be copied page by page: it is moved aside whole instead
    (see `set_aside`), so that nothing is thrown away."""
    return drain(restore_steps(database, backup, keep=keep, key=key))


def restore_steps(
    database: Path, backup: Path, *, keep: int = DEFAULT_GENERATIONS, key: str | None = None
) -> Generator[tuple[int, int], None, Path]:
    """`restore` as steps, yielding (done, total) before each; returns the backup made
    of the replaced database."""
    yield 0, 3
    if quick_check(database, key=key) == "ok":
        yield 1, 3
        safety = make(database, reason="before-restore", keep=keep + 1, key=key)
    else:
        safety = set_aside(database)
    yield 2, 3
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    backup_to(backup, database, key=key)
    return safety


def drain(steps: Generator[tuple[int, int], None, T]) -> T:
    """Run a generator of progress to its end; returns what it returns."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


def set_aside(database: Path, *, now: dt.datetime | None = None) -> Path:
    """Move a damaged database (with its WAL) into the backups folder as it is, named
    `*.damaged` so that it is neither listed as a backup nor pruned."""
    moment = (now or dt.datetime.now()).strftime(_STAMP)
    target = folder_of(database) / f"{database.stem}-{moment}.damaged"
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    database.replace(target)
    return target


def latest_good(database: Path, *, key: str | None = None) -> BackupFile | None:
    """The newest backup that passes quick_check (with the same passphrase)."""
    for candidate in generations(database):
        if quick_check(candidate.path, key=key) == "ok":
            return candidate
    return None


def _check(database: Path, pragma: str, key: str | None) -> str:
    try:
        connection = cipher.connect(database, key=key, readonly=True)
    except cipher.WrongPassphraseError as error:
        return str(error)
    try:
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except cipher.database_errors() as error:
        return str(error)
    finally:
        connection.close()
    return "ok" if rows == [("ok",)] else "; ".join(r[0] for r in rows[:5])


def quick_check(database: Path, *, key: str | None = None) -> str:
    """'ok', or what SQLite's quick_check finds wrong (read-only)."""
    return _check(database, "quick_check", key)


def integrity_check(database: Path, *, key: str | None = None) -> str:
    """'ok', or what SQLite's full integrity_check finds wrong (read-only)."""
    return _check(database, "integrity_check", key)


def change_passphrase(database: Path, old: str, new: str) -> int:
    """Give an encrypted database and its backups a new passphrase; the database must be
    closed. Returns how many backups were re-encrypted (a damaged one is left as it is,
    under the old passphrase)."""
    return drain(change_passphrase_steps(database, old, new))


def change_passphrase_steps(
    database: Path, old: str, new: str
) -> Generator[tuple[int, int], None, int]:
    """`change_passphrase` as steps: yields (files done, files in all) before the
    database and before each backup; returns how many backups were re-encrypted."""
    backups = generations(database)
    total = len(backups) + 1
    yield 0, total
    cipher.rekey(database, old, new)
    _reseal(database, old, new)
    changed = 0
    for done, generation in enumerate(backups, start=1):
        yield done, total
        if quick_check(generation.path, key=old) == "ok":
            cipher.rekey(generation.path, old, new)
            _reseal(generation.path, old, new)
            changed += 1
    return changed


def _reseal(database: Path, old: str, new: str) -> None:
    """The audit chain's key derives from the passphrase: seal it with the new one."""
    from dpo_desk.db.audit_verify import reseal
    from dpo_desk.db.chain_key import passphrase_key

    connection = cipher.connect(database, key=new)
    try:
        connection.isolation_level = None
        reseal(connection, passphrase_key(old), passphrase_key(new))
    finally:
        connection.close()
