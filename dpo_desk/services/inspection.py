"""The inspection pack for Datatilsynet: the Art. 30 record, the processor overview with
its supervision rounds, the request log, the breach log, the privacy notice and the
management workbook, dated, with an index (PDF) naming each file and its SHA-256.

Written as a folder or as one zip file; the export framework renames it into place only
when it is complete."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from dpo_desk.db.session import Database
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, format_date
from dpo_desk.i18n import translate
from dpo_desk.reports.model import Column, Fields, Heading, Kind, Paragraph, Report, Table
from dpo_desk.services import organisation

# (report, format, file name, title): the pack's content in order.
CONTENT = (
    (
        "register",
        "pdf",
        QT_TRANSLATE_NOOP("Inspection", "record-of-processing-activities"),
        QT_TRANSLATE_NOOP("Inspection", "Record of processing activities (Art. 30)"),
    ),
    (
        "processors",
        "pdf",
        QT_TRANSLATE_NOOP("Inspection", "processors-and-supervision"),
        QT_TRANSLATE_NOOP("Inspection", "Processors and the supervision of them"),
    ),
    (
        "requests",
        "pdf",
        QT_TRANSLATE_NOOP("Inspection", "requests-log"),
        QT_TRANSLATE_NOOP("Inspection", "Log of data subjects' requests"),
    ),
    (
        "breaches",
        "pdf",
        QT_TRANSLATE_NOOP("Inspection", "breach-log"),
        QT_TRANSLATE_NOOP("Inspection", "Breach log (Art. 33(5))"),
    ),
    (
        "notice",
        "pdf",
        QT_TRANSLATE_NOOP("Inspection", "privacy-notice"),
        QT_TRANSLATE_NOOP("Inspection", "Privacy notice (Art. 13 and 14)"),
    ),
    (
        "notice",
        "html",
        QT_TRANSLATE_NOOP("Inspection", "privacy-notice"),
        QT_TRANSLATE_NOOP("Inspection", "Privacy notice as published (HTML)"),
    ),
    (
        "workbook",
        "xlsx",
        QT_TRANSLATE_NOOP("Inspection", "management-workbook"),
        QT_TRANSLATE_NOOP("Inspection", "Management workbook"),
    ),
)


def file_name(stem: str, fmt: str, today: dt.date) -> str:
    """A dated file name of the pack."""
    name = translate("Inspection", stem)
    return f"{today.isoformat()}-{name}.{fmt}"


def index_name(today: dt.date) -> str:
    """The index's file name."""
    name = translate("Inspection", "index")
    return f"{today.isoformat()}-00-{name}.pdf"


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _index(db: Database, files: list[tuple[str, str, Path]], today: dt.date) -> Report:
    details = organisation.load(db)
    rows = []
    for title, name, path in files:
        digest = sha256_of(path)
        rows.append((name, title, f"{digest[:32]}\n{digest[32:]}", path.stat().st_size))
    return Report(
        title=translate("Inspection", "Inspection pack"),
        organisation=details.name,
        blocks=[
            Heading(translate("Inspection", "Index")),
            Fields(
                [
                    (translate("Inspection", "Organisation"), details.name),
                    (translate("Inspection", "CVR number"), details.cvr),
                    (translate("Inspection", "Data protection officer"), details.dpo_name),
                    (translate("Inspection", "Date"), format_date(today)),
                ]
            ),
            Paragraph(
                translate(
                    "Inspection",
                    "Each file of the pack with its SHA-256 checksum: a file whose checksum "
                    "differs has been changed since the pack was made.",
                )
            ),
            Table(
                translate("Inspection", "Files"),
                [
                    Column(translate("Inspection", "File"), width=3),
                    Column(translate("Inspection", "Content"), width=3),
                    Column(translate("Inspection", "SHA-256"), width=4),
                    Column(translate("Inspection", "Bytes"), Kind.NUMBER, width=1.2),
                ],
                rows,
            ),
        ],
    )


def write_pack(db: Database, folder: Path, *, today: dt.date) -> Iterator[tuple[int, int]]:
    """Write the pack's files and index into `folder` (which exists)."""
    from dpo_desk.reports.pdf import write_pdf
    from dpo_desk.services.export import write_built
    from dpo_desk.services.registry import REPORT_SPECS

    total = len(CONTENT) + 1
    files: list[tuple[str, str, Path]] = []
    for done, (report, fmt, stem, title) in enumerate(CONTENT):
        name = file_name(stem, fmt, today)
        target = folder / name
        fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        spec = REPORT_SPECS[report]
        if spec.write is not None:
            for _ in spec.write(db, fmt, target, {"today": today, "year": today.year}):
                pass
        else:
            for _ in write_built(spec.build(db, None), fmt, target):
                pass
        files.append((translate("Inspection", title), name, target))
        yield done + 1, total
    index = folder / index_name(today)
    fd = os.open(index, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    for _ in write_pdf(_index(db, files, today), index):
        pass
    yield total, total


def write(
    db: Database, fmt: str, path: Path, options: dict[str, object]
) -> Iterator[tuple[int, int]]:
    """The export framework's writer: `path` is an empty folder, or the zip file."""
    today = options.get("today") or dt.date.today()
    assert isinstance(today, dt.date)
    if fmt == "folder":
        yield from write_pack(db, path, today=today)
        return
    work = Path(tempfile.mkdtemp(prefix=".inspection-", dir=path.parent))
    try:
        yield from write_pack(db, work, today=today)
        stem = translate("Inspection", "inspection")
        top = f"{stem}-{today.isoformat()}"
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as pack:
            for member in sorted(work.iterdir()):
                pack.write(member, f"{top}/{member.name}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
