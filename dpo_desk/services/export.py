"""The export framework: every report by name, to xlsx, pdf or html (or a folder or zip
for the inspection pack), as a generator of progress.

The reports, their builders and their formats are named by the registry of registers
(services/registry.py).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

from dpo_desk.db.session import Database
from dpo_desk.i18n import translate
from dpo_desk.reports.model import Report
from dpo_desk.services.registry import ONE_RECORD as ONE_RECORD
from dpo_desk.services.registry import REPORT_SPECS
from dpo_desk.services.registry import REPORTS as REPORTS

FORMATS = ("xlsx", "pdf", "html", "zip", "folder")


def formats_of(report: str) -> tuple[str, ...]:
    """The formats report `report` can be written as; the first is its default."""
    return REPORT_SPECS[report].formats


def _private_file(path: Path) -> None:
    """Create `path` empty, readable by its owner only (the writers keep the mode)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def export(
    db: Database,
    *,
    report: str,
    fmt: str | None,
    out: Path,
    ids: Sequence[int] | None = None,
    year: int | None = None,
) -> Iterator[tuple[int, int]]:
    """Build report `report` and write it to `out` as `fmt` (None: the format that
    `out`'s suffix names, else the report's default); yields progress.

    The file (or folder) appears only when it is complete (written beside it, then
    renamed), readable by its owner only.
    """
    if report not in REPORTS:
        raise KeyError(report)
    known = formats_of(report)
    if fmt is None:
        fmt = out.suffix.lstrip(".").lower()
        fmt = fmt if fmt in known else known[0]
    if fmt not in FORMATS or fmt not in known:
        raise ValueError(
            translate("Export", "The report {report} cannot be written as {fmt}.").format(
                report=report, fmt=fmt
            )
        )
    partial = out.with_name(f".{out.name}.partial")
    _remove(partial)
    spec = REPORT_SPECS[report]
    try:
        if spec.write is not None:  # a report that writes its own file or folder
            if fmt == "folder":
                partial.mkdir(mode=0o700)
            else:
                _private_file(partial)
            options: dict[str, object] = {"ids": ids, "year": year, "today": dt.date.today()}
            yield from spec.write(db, fmt, partial, options)
        else:
            _private_file(partial)
            built = spec.build(db, ids)
            if not built.anchor:  # the chain's head, printed where the report is read
                from dpo_desk.services.audit_log import anchor

                built.anchor = anchor(db)
            yield from write_built(built, fmt, partial)
        partial.replace(out)
    except OSError as error:  # name the file the user chose, not the one beside it
        raise OSError(error.errno, error.strerror or str(error), str(out)) from error
    finally:
        _remove(partial)


def write_built(built: Report, fmt: str, path: Path) -> Iterator[tuple[int, int]]:
    """Write a built report as `fmt` (xlsx, pdf or html) to `path`."""
    # The writers pull in XlsxWriter and reportlab: imported here, not at start-up.
    if fmt == "html":
        from dpo_desk.reports.html import write_html

        yield from write_html(built, path)
    elif fmt == "xlsx":
        from dpo_desk.reports.xlsx import write_xlsx

        yield from write_xlsx(built, path)
    else:
        from dpo_desk.reports.pdf import write_pdf

        yield from write_pdf(built, path)
