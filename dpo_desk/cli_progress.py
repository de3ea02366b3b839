"""Progress of a long command on stderr: a bar when stderr is a terminal, nothing when
it is not (a pipe, a log file, a test)."""

from __future__ import annotations

import sys
from collections.abc import Generator
from typing import TypeVar

T = TypeVar("T")


class ProgressBar:
    """A progress bar on stderr when stderr is a terminal; nothing when it is not (a
    pipe, a log file, a test)."""

    WIDTH = 30

    def __init__(self) -> None:
        self._shown = sys.stderr.isatty()
        self._drawn = False

    def show(self, done: int, total: int) -> None:
        """Draw `done` of `total`."""
        if not self._shown or total <= 0:
            return
        share = min(max(done / total, 0.0), 1.0)
        filled = round(share * self.WIDTH)
        sys.stderr.write(f"\r[{'#' * filled}{'-' * (self.WIDTH - filled)}] {share:4.0%}")
        sys.stderr.flush()
        self._drawn = True

    def end(self) -> None:
        """Clear the bar's line."""
        if self._drawn:
            sys.stderr.write("\r" + " " * (self.WIDTH + 7) + "\r")
            sys.stderr.flush()
            self._drawn = False


def with_progress(steps: Generator[tuple[int, int], None, T]) -> T:
    """Run a generator of progress to its end with a bar on a terminal; returns what
    it returns."""
    bar = ProgressBar()
    total = 0
    try:
        while True:
            try:
                done, total = next(steps)
            except StopIteration as stop:
                bar.show(total, total)  # the last step is done too
                return stop.value  # type: ignore[no-any-return]
            bar.show(done, total)
    finally:
        bar.end()
