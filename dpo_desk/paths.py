"""The one place that finds the program's shipped files and the user's folders.

Shipped files (fonts, translations, icons, the example data) are found in the
PyInstaller bundle, in the source checkout, or inside an installed wheel, in that order.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from platformdirs import PlatformDirs

from dpo_desk import APP_ID

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_root(top_level: str, installed: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / top_level
    source = _PACKAGE_DIR.parent / top_level
    if source.is_dir():
        return source
    return _PACKAGE_DIR / installed


def resource_path(*parts: str) -> Path:
    """Path of a file below `resources/` (fonts, translations, icons)."""
    return _shipped_root("resources", "_resources").joinpath(*parts)


def data_path(*parts: str) -> Path:
    """Path of a file below `data/` (the example organisation)."""
    return _shipped_root("data", "_data").joinpath(*parts)


def migrations_path() -> Path:
    """The Alembic script folder shipped inside the package."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "dpo_desk" / "db" / "migrations"
    return _PACKAGE_DIR / "db" / "migrations"


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_ID, appauthor=False)


def private_dir(path: Path) -> Path:
    """`path` as a folder; the folders this creates are readable by the owner only
    (mkdir's mode does not reach the parents it makes)."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700)
        folder.chmod(0o700)
    return path


@contextmanager
def private_file(target: Path) -> Iterator[Path]:
    """The one way the program writes a file for the user (exports, letters, backups,
    attachments): yields a temporary path beside `target`, created readable by the owner
    only (0600), to write into; when the block ends it is renamed to `target`, and when
    the block fails it is removed with the journals SQLite may have left beside it."""
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        yield partial
        partial.chmod(0o600)  # also when a writer replaced the file
        partial.replace(target)
    except BaseException:
        for leftover in ("", "-journal", "-wal", "-shm"):
            Path(f"{partial}{leftover}").unlink(missing_ok=True)
        raise


def user_data_dir() -> Path:
    """Where the default database lives; created readable by the owner only."""
    return private_dir(Path(os.environ.get("DPO_DESK_HOME") or _dirs().user_data_dir))


def user_log_dir() -> Path:
    """Where the rotating error log is written."""
    return private_dir(Path(os.environ.get("DPO_DESK_HOME") or _dirs().user_log_dir) / "logs")
