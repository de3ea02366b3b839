"""A tab's rows read in slices of a few milliseconds on the GUI thread, while its first
screenful is already shown: the window answers between the slices, and whatever needs
every row completes the read at once (`finish`)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Slot

SLICE = 0.008  # seconds of reading between two turns of the event loop
PAINT_FIRST = 40  # ms before the first slice: the first rows are painted before it

Chunk = tuple[Sequence[Any], Sequence[str]]  # rows and their folded search texts
Done = Callable[[list[Any], list[str]], object]


class RowLoader(QObject):
    """Reads `chunks` (rows with their folded search texts) a slice at a time and hands
    every row, in the order read, to `done(rows, folded)` once."""

    def __init__(self, chunks: Iterable[Chunk], done: Done, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chunks = iter(chunks)
        self._done: Done | None = done
        self._rows: list[Any] = []
        self._folded: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._gc: list[bool] = [False]  # whether this loader switched the collector off
        held = self._gc
        self.destroyed.connect(lambda: _collect(held, True))  # a tab closed mid-read

    def start(self) -> None:
        """Read on between the turns of the event loop."""
        _collect(self._gc, False)
        self._timer.start(PAINT_FIRST)

    def stop(self) -> None:
        """Read no more and hand over nothing (the rows are read anew)."""
        self._timer.stop()
        _collect(self._gc, True)
        self._chunks, self._done = iter(()), None

    def finish(self) -> None:
        """Read the rest now and hand every row over."""
        self._timer.stop()
        try:
            self._read(None)
            done, self._done = self._done, None
            rows, folded, self._rows, self._folded = self._rows, self._folded, [], []
            if done is not None:
                done(rows, folded)  # handed over, not kept here
        finally:
            _collect(self._gc, True)

    def _read(self, until: float | None) -> bool:
        """Read chunks until the time `until` (None: to the end); True at the end."""
        for rows, folded in self._chunks:
            self._rows += rows
            self._folded += folded
            if until is not None and time.perf_counter() >= until:
                return False
        return True

    @Slot()
    def _slice(self) -> None:
        self._timer.setInterval(0)  # after the first: one slice per turn of the event loop
        if self._read(time.perf_counter() + SLICE):
            self.finish()


def _collect(held: list[bool], on: bool) -> None:
    """The cyclic garbage collector off while rows are read (it would walk the growing
    list of new rows again and again; the rows hold no cycles), on again after; `held`
    says whether this loader switched it off."""
    if not on and not held[0] and gc.isenabled():
        gc.disable()
        held[0] = True
    elif on and held[0]:
        gc.enable()
        held[0] = False
