"""Progress of a PDF's layout, page by page, and a cancel honoured at a page end.

reportlab lays a document out in one long call; it runs here in a helper thread whose
page-end hook reports each page and, once the caller has stopped listening, raises
LayoutCancelledError out of the layout.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterator


class LayoutCancelledError(Exception):
    """The layout stopped at a page end because the work was cancelled."""


def pages_laid_out(build: Callable[[Callable[[], None]], None]) -> Iterator[int]:
    """Run `build(page_done)` (which must call `page_done()` after each page) in a
    helper thread, and yield the number of pages laid out so far after each page.
    Closing this generator stops the layout at its next page end; an error of the
    layout is raised here."""
    # One page waits at most: the layout never runs more than a page or two ahead of
    # the caller, so a cancel stops it there (a fast layout would otherwise run on).
    pages: queue.Queue[int | None] = queue.Queue(maxsize=1)
    stop = threading.Event()
    failure: list[BaseException] = []

    def page_done() -> None:
        if stop.is_set():
            raise LayoutCancelledError
        pages.put(1)
        if stop.is_set():
            raise LayoutCancelledError

    def run() -> None:
        try:
            build(page_done)
        except BaseException as error:  # noqa: BLE001 - raised again in the caller
            failure.append(error)
        finally:
            pages.put(None)

    worker = threading.Thread(target=run, name="pdf-layout", daemon=True)
    worker.start()
    laid = 0
    try:
        while pages.get() is not None:
            laid += 1
            yield laid
    finally:
        stop.set()
        while worker.is_alive():  # take what it waits to hand over, so it sees the stop
            with contextlib.suppress(queue.Empty):
                pages.get(timeout=0.05)
        worker.join()
    if failure and not isinstance(failure[0], LayoutCancelledError):
        raise failure[0]
