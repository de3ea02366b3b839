"""The export framework: every report by name, to xlsx or pdf, as a generator of progress.

The reports are named by the registry of registers (services/registry.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from dpo_desk.db.session import Database
from dpo_desk.paths import private_file
from dpo_desk.services.registry import ONE_RECORD as ONE_RECORD
from dpo_desk.services.registry import REPORTS as REPORTS

FORMATS = ("xlsx", "pdf")


def export(
    db: Database, *, report: str, fmt: str, out: Path, ids: Sequence[int] | None = None
) -> Iterator[tuple[int, int]]:
    """Build report `report` and write it to `out` as `fmt`; yields progress.

    The file appears only when it is complete (written beside it, then renamed), and
    is readable by its owner only.
    """
    if report not in REPORTS:
        raise KeyError(report)
    if fmt not in FORMATS:
        raise ValueError(fmt)
    # The writers pull in openpyxl and reportlab: imported here, not at start-up.
    from dpo_desk.reports.pdf import write_pdf
    from dpo_desk.reports.xlsx import write_xlsx

    built = REPORTS[report](db, ids)
    writer = write_xlsx if fmt == "xlsx" else write_pdf
    with private_file(out) as partial:
        yield from writer(built, partial)
