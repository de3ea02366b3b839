"""Attached documents (signed agreements, consent forms): copied into the program's own
folder beside the database, readable by the owner only, with their SHA-256 kept so that
a changed file is noticed."""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from dpo_desk.db.session import Database
from dpo_desk.paths import private_dir, user_data_dir


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
    """Copy `source` into the attachments folder (0600) and return how it is kept."""
    sha256 = sha256_of(source)
    name = f"{sha256[:12]}-{source.name}"
    target = folder(db) / name
    if not target.exists():
        partial = target.with_name(f".{name}.partial")
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out)
        partial.replace(target)
    return StoredFile(name, sha256)


def path_of(db: Database, name: str) -> Path:
    """Where an attachment is kept."""
    return folder(db) / Path(name).name  # never a path outside the folder


def state(db: Database, name: str, sha256: str) -> FileState:
    """Whether the attachment is there and unchanged."""
    if not name:
        return FileState.NONE
    path = path_of(db, name)
    if not path.exists():
        return FileState.MISSING
    return FileState.OK if sha256_of(path) == sha256 else FileState.CHANGED
