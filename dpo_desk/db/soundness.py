"""SQLite's quick_check of an open database file, run beside the window's start.

Reading every page of a large file takes a while (0.15-0.25 s for 100,000 requests), and
SQLite does it without holding Python's lock: in a thread of its own it costs the
window's start nothing. The database is not written before the check has said the file
is sound (`Database.transaction` waits for it), and the daily backup, which copies the
file, follows in the same thread only when it is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from dpo_desk.db import backup
from dpo_desk.db.errors import SQLITE_DISK, DatabaseDamagedError, DiskFailureError, file_errors


def problem_error(path: Path, problem: str) -> Exception | None:
    """The error for what quick_check said of `path` (None when it said 'ok')."""
    if problem == "ok":
        return None
    if any(words in problem.lower() for words in SQLITE_DISK):
        return DiskFailureError(path)
    return DatabaseDamagedError(path, problem)


class SoundnessCheck:
    """quick_check of `path` in a thread, then `after()` (the daily backup) if it is sound.

    `future` ends with the backup's outcome: its result is what `after` returned (None
    without one); its exception what made the file unfit (`damage`: DatabaseDamagedError,
    DiskFailureError, or the file could not be read), else what the backup raised."""

    def __init__(
        self, path: Path, *, key: str | None, after: Callable[[], object] | None = None
    ) -> None:
        self.path = path
        self.future: Future[object] = Future()
        self.damage: Exception | None = None
        self._sound = threading.Event()  # set once quick_check has answered
        self._thread = threading.Thread(
            target=self._run, args=(key, after), name="quick_check", daemon=True
        )
        self._thread.start()

    def _run(self, key: str | None, after: Callable[[], object] | None) -> None:
        self.future.set_running_or_notify_cancel()
        try:
            with file_errors(self.path):
                self.damage = problem_error(self.path, backup.quick_check(self.path, key=key))
        except Exception as error:  # noqa: BLE001 - the file could not be read
            self.damage = error
        self._sound.set()
        if self.damage is not None:
            self.future.set_exception(self.damage)
            return
        try:
            with file_errors(self.path):
                result = after() if after is not None else None
        except Exception as error:  # noqa: BLE001 - handed to whoever waits on the future
            self.future.set_exception(error)
        else:
            self.future.set_result(result)

    def wait_sound(self) -> None:
        """Return once quick_check has said the file is sound; raise what it found wrong
        (the daily backup may still be running)."""
        self._sound.wait()
        if self.damage is not None:
            raise self.damage

    def join(self) -> None:
        """Wait for the check and the backup after it to end."""
        self._thread.join()
