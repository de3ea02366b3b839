"""The record of processing activities printed as it is laid out (its memory does not
grow with the activities): it reads as the whole report printed at once, its contents
point at the right pages, and the activities are read a slice at a time."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import delete

from dpo_desk.db.register_models import Activity
from dpo_desk.db.session import Database
from dpo_desk.domain.register import ActivityDraft, ControllerParty, Role
from dpo_desk.reports.pdf import write_pdf
from dpo_desk.reports.pdf_contents import NumberedCanvas
from dpo_desk.services import register, register_print
from dpo_desk.services.audit_log import anchor
from dpo_desk.services.export import export
from dpo_desk.services.registry import REPORT_SPECS

TODAY = dt.date(2026, 11, 25)
ENTRY = re.compile(r"^\s*(\S.*?)\s{2,}(\d+)\s*$")  # a line of the contents, and its page


def _pages(path: Path) -> list[list[str]]:
    """The lines of each page, in layout, read back by poppler."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return [page.splitlines() for page in out.split("\f")]


def _fill(db: Database, count: int) -> list[str]:
    """`count` activities more, every third as processor for one of two controllers, some
    with values long enough to run over lines; their names."""
    names = []
    for n in range(count):
        name = f"Aktivitet {n:03d} – Ærø & Søn <drift>"
        processor = n % 3 == 0
        register.save(db, ActivityDraft(
            name=name,
            role=Role.PROCESSOR if processor else Role.CONTROLLER,
            purposes=("Fakturering og opkrævning af fjernvarme " * (1 + n % 7)).strip(),
            legal_bases=["6.1.b", "6.1.c"],
            retention_text="Fem år efter regnskabsårets udløb",
            controllers=[ControllerParty(name=f"Varmeværk {'Nord' if n % 2 else 'Syd'}",
                                         cvr="26224020", processing="Måleraflæsning")]
            if processor else [],
        ), today=TODAY)
        names.append(name)
    return names


def _whole(db: Database, out: Path, ids: list[int] | None = None) -> None:
    """The record as every report is printed: built whole, then laid out."""
    built = REPORT_SPECS["register"].build(db, ids)
    built.anchor = anchor(db)
    list(write_pdf(built, out))


def test_the_streamed_record_reads_as_the_whole_report_printed(
    tmp_path: Path, demo_db: Database
) -> None:
    _fill(demo_db, 45)
    streamed, whole = tmp_path / "streamed.pdf", tmp_path / "whole.pdf"
    list(export(demo_db, report="register", fmt="pdf", out=streamed))
    _whole(demo_db, whole)
    pages = _pages(streamed)
    assert len(pages) > 10
    assert pages == _pages(whole)
    # A filtered view: some of each role.
    rows = register.rows(demo_db)
    ids = [r.id for r in rows if r.role is Role.PROCESSOR][:3]
    ids += [r.id for r in rows if r.role is Role.CONTROLLER][:4]
    list(export(demo_db, report="register", fmt="pdf", out=streamed, ids=ids))
    _whole(demo_db, whole, ids)
    assert _pages(streamed) == _pages(whole)


def test_the_contents_point_at_the_page_of_every_section(
    tmp_path: Path, demo_db: Database
) -> None:
    names = _fill(demo_db, 60)
    out = tmp_path / "record.pdf"
    list(export(demo_db, report="register", fmt="pdf", out=out))
    pages = _pages(out)
    body = next(i for i, lines in enumerate(pages) if any(t.strip() == names[1] for t in lines))
    assert body >= 2  # the contents run over more than a page
    contents = {m[1]: int(m[2]) for lines in pages[:body] for m in map(ENTRY.match, lines) if m}
    headings = [*names, "Organisation og databeskyttelsesrådgiver",
                "Behandling som dataansvarlig (art. 30, stk. 1)",
                "Behandling som databehandler (art. 30, stk. 2)", "Slettekalender"]
    for heading in headings:
        shown = [i + 1 for i, lines in enumerate(pages)
                 if i >= body - 1 and any(t.strip() == heading for t in lines)]
        assert shown and contents.get(heading) == shown[0], heading
    # Controllers first, then processors, each part by name.
    processor_part = contents["Behandling som databehandler (art. 30, stk. 2)"]
    for n, name in enumerate(names):
        assert (contents[name] >= processor_part) == (n % 3 == 0), name
    assert all(f"Side {n} af {len(pages) - 1}" in " ".join(page)
               for n, page in enumerate(pages[:-1], start=1))  # the last: after a form feed


def test_the_activities_are_read_a_slice_at_a_time_as_the_pages_are_laid_out(
    tmp_path: Path, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(demo_db, 40)
    total = len(register.rows(demo_db))
    monkeypatch.setattr(register_print, "SLICE", 6)
    read: list[int] = []
    views = register._views

    def counted(session: object, ids: object) -> object:
        found = views(session, ids)  # type: ignore[arg-type]
        read.append(len(found))
        return found

    monkeypatch.setattr(register, "_views", counted)
    progress = export(demo_db, report="register", fmt="pdf", out=tmp_path / "r.pdf")
    next(progress)  # the first page laid out: the contents
    assert sum(read) < total
    for _ in progress:
        pass
    assert sum(read) == total and max(read) <= 6


def test_an_activity_deleted_while_the_record_is_printed_is_printed_as_it_was(
    tmp_path: Path, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(register_print, "SLICE", 5)
    gone = _fill(demo_db, 30)[27]  # a processor's: in one of the last slices
    out = tmp_path / "r.pdf"
    progress = export(demo_db, report="register", fmt="pdf", out=out)
    next(progress)  # the order of the record is read; its sections are not yet
    with demo_db.transaction() as session:
        session.execute(delete(Activity).where(Activity.name == gone))
    for _ in progress:
        pass
    text = "\n".join("\n".join(page) for page in _pages(out))
    assert text.count(gone) == 2  # its line in the contents, and its section
    assert gone not in {r.name for r in register.rows(demo_db)}


def test_a_page_is_kept_compressed_from_its_end_on(tmp_path: Path, demo_db: Database,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(demo_db, 20)
    kept: list[tuple[object, object]] = []  # (its text, its compressed stream) as shown

    def shown(canvas: NumberedCanvas) -> None:
        show_page(canvas)
        page = canvas._doc.Pages.pages[-1]
        kept.append((page.stream, page.Contents and page.Contents.content))

    show_page = NumberedCanvas.showPage
    monkeypatch.setattr(NumberedCanvas, "showPage", shown)
    out = tmp_path / "r.pdf"
    list(export(demo_db, report="register", fmt="pdf", out=out))
    assert len(kept) == len(_pages(out)) - 1 > 5
    for stream, content in kept:
        assert stream is None
        assert isinstance(content, bytes) and content[:1] == b"x"  # zlib


def test_on_postgresql_the_print_reads_one_state_of_the_record(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(register_print, "SLICE", 5)
    db = Database.open(pg_url)
    try:
        gone = _fill(db, 30)[27]  # a processor's: in one of the last slices
        out = tmp_path / "r.pdf"
        progress = export(db, report="register", fmt="pdf", out=out)
        next(progress)
        with db.transaction() as session:
            session.execute(delete(Activity).where(Activity.name == gone))
        for _ in progress:
            pass
        text = "\n".join("\n".join(page) for page in _pages(out))
        assert text.count(gone) == 2
    finally:
        db.close()
