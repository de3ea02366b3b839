"""Attached documents (signed agreements, consent forms, letters): copied into the
program's own folder beside the database, readable by the owner only, with their SHA-256
kept so that a changed file is noticed.

In an encrypted database the content is kept inside the database instead (table
`attachment_content`), so that it is encrypted and backed up with it; opening one
writes a copy into a private temporary folder that is removed when the program ends."""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from dpo_desk.db.models import AttachmentContent
from dpo_desk.db.session import Database
from dpo_desk.paths import private_dir, private_file, user_data_dir


class FileState(Enum):
    """What became of an attached file since it was stored."""

    NONE = "none"
    OK = "ok"
    CHANGED = "changed"
    MISSING = "missing"


@dataclass(frozen=True)
class StoredFile:
    """An attachment: its name in the attachments folder and its SHA-256."""

    name: str
    sha256: str


def folder(db: Database) -> Path:
    """The attachments folder: beside a SQLite file, else in the user's data folder."""
    base = db.path.parent if db.path else user_data_dir()
    return private_dir(base / "attachments")


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's content."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def store(db: Database, source: Path) -> StoredFile:
    """Keep `source` (a copy, 0600; or inside an encrypted database) and say how."""
    sha256 = sha256_of(source)
    name = f"{sha256[:12]}-{source.name}"
    if db.encrypted:
        _seal(db, sha256, source.read_bytes())
        return StoredFile(name, sha256)
    target = folder(db) / name
    if not target.exists():
        with private_file(target) as partial, partial.open("wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out)
    return StoredFile(name, sha256)


def _seal(db: Database, sha256: str, data: bytes) -> None:
    with db.transaction() as session:
        if session.get(AttachmentContent, sha256) is None:
            session.add(AttachmentContent(sha256=sha256, data=data))


def seal_folder(db: Database, plain_folder: Path) -> int:
    """Take the attachment files of a plain database into this encrypted one (after
    `dpo-desk encrypt`); returns how many were taken."""
    taken = 0
    for path in sorted(plain_folder.glob("*")) if plain_folder.is_dir() else []:
        if path.is_file() and not path.name.startswith("."):
            _seal(db, sha256_of(path), path.read_bytes())
            taken += 1
    return taken


def path_of(db: Database, name: str) -> Path:
    """Where an attachment can be opened (for an encrypted database: a private copy)."""
    safe = Path(name).name  # never a path outside the folder
    if not db.encrypted:
        return folder(db) / safe
    target = _opened_folder() / safe
    if not target.exists():
        prefix = safe.split("-", 1)[0]  # the name starts with its SHA-256's first 12
        with db.reading() as session:
            data = session.scalars(
                select(AttachmentContent.data).where(AttachmentContent.sha256.startswith(prefix))
            ).first()
        if data is not None:
            with private_file(target) as partial:
                partial.write_bytes(data)
    return target


_opened: list[Path] = []
_PREFIX = "dpo-desk-opened-"  # then the process id, a dash, and mkdtemp's random part


def _opened_folder() -> Path:
    """A private (0700) temporary folder for opened copies, removed at exit (and, when
    the program did not end normally, at the next start: `remove_stale_copies`)."""
    if not _opened:
        made = Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{os.getpid()}-"))
        _opened.append(made)
        atexit.register(shutil.rmtree, made, ignore_errors=True)
    return _opened[0]


def _running(pid: int) -> bool:
    """Whether a process with this id runs (of this user, as far as we can tell)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl+C there
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: its folder is not ours to judge
    return True


def remove_stale_copies(temp_root: Path | None = None) -> int:
    """Remove the folders of decrypted copies that a program which did not end normally
    left behind (its process is gone); returns how many were removed."""
    root = Path(temp_root or tempfile.gettempdir())
    removed = 0
    for folder in root.glob(f"{_PREFIX}*"):
        pid = folder.name[len(_PREFIX) :].split("-", 1)[0]
        if not folder.is_dir() or not pid.isdigit() or _running(int(pid)):
            continue
        if hasattr(os, "getuid") and folder.stat().st_uid != os.getuid():
            continue  # another user's folder
        shutil.rmtree(folder, ignore_errors=True)
        removed += not folder.exists()
    return removed


def state(db: Database, name: str, sha256: str) -> FileState:
    """Whether the attachment is there and unchanged."""
    if not name:
        return FileState.NONE
    if db.encrypted:
        with db.reading() as session:
            content = session.get(AttachmentContent, sha256)
            if content is None:
                return FileState.MISSING
            return (
                FileState.OK
                if hashlib.sha256(content.data).hexdigest() == sha256
                else FileState.CHANGED
            )
    path = path_of(db, name)
    if not path.exists():
        return FileState.MISSING
    return FileState.OK if sha256_of(path) == sha256 else FileState.CHANGED


def discard(session: Session, db: Database, name: str, sha256: str) -> None:
    """Erase an attachment with its content: the file in the attachments folder, the
    content kept inside the database (both are looked for), and any copy opened from an
    encrypted database. Runs inside the caller's transaction, so that the row that
    named the attachment is cleared in the same commit."""
    session.execute(delete(AttachmentContent).where(AttachmentContent.sha256 == sha256))
    safe = Path(name).name
    places = [folder(db) / safe] if safe else []
    if safe and _opened:
        places.append(_opened[0] / safe)
    for path in places:
        path.unlink(missing_ok=True)
