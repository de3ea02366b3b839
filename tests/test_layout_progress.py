"""The PDF layout reports progress page by page and stops at a page end when cancelled,
leaving no file behind; stale decrypted attachment copies are removed at start."""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from dpo_desk.paths import private_file
from dpo_desk.reports import pdf
from dpo_desk.reports.model import Column, Heading, Report, Table
from dpo_desk.services import attachments

GENERATED = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC)
ROWS = 600  # some 15 pages


def _long_report() -> Report:
    return Report(
        title="Prøverapport",
        organisation="Softværket",
        generated=GENERATED,
        blocks=[
            Heading("Første afsnit"),
            Table(
                "Behandlinger",
                [Column("Navn", width=2), Column("Formål", width=3)],
                [(f"Række {i} – Åbenrå", "Opkrævning af fjernvarme " * 2) for i in range(ROWS)],
            ),
        ],
    )


def _layout_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "pdf-layout"]


def test_the_layout_reports_every_page(tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    progress = list(pdf.write_pdf(_long_report(), out))
    pages = len(PdfReader(out).pages)
    assert pages >= 10
    total = progress[-1][1]
    assert progress[-1] == (total, total)
    rows_done = [done for done, _ in progress if done <= total // 2]
    laid_out = [done for done, _ in progress if done >= total // 2]
    assert rows_done and len(laid_out) >= pages  # a step for each page, then the end
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)  # never backwards
    assert all(t == total for _, t in progress)


def test_a_cancel_during_the_layout_stops_it_at_a_page_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "rapport.pdf"
    pages_laid_out: list[int] = []
    real = pdf.ReportDocument.afterPage

    def counted(self: pdf.ReportDocument) -> None:
        pages_laid_out.append(self.page)
        real(self)

    monkeypatch.setattr(pdf.ReportDocument, "afterPage", counted)

    def job() -> Iterator[tuple[int, int]]:
        with private_file(out) as partial:
            yield from pdf.write_pdf(_long_report(), partial)

    steps = job()
    for done, total in steps:
        if done > total // 2:  # the first page is laid out: the user cancels
            break
    steps.close()  # what the background task does on cancel
    assert not _layout_threads()  # the layout has stopped, not run on
    assert 1 <= len(pages_laid_out) <= 3
    assert not out.exists() and not list(tmp_path.iterdir())


def test_an_error_in_the_layout_reaches_the_caller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: pdf.ReportDocument) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf.ReportDocument, "afterPage", broken)
    with pytest.raises(OSError, match="No space"):
        list(pdf.write_pdf(_long_report(), tmp_path / "rapport.pdf"))
    assert not _layout_threads()


def test_stale_decrypted_copies_are_removed_at_start(tmp_path: Path) -> None:
    gone_pid = 2**22 + 12345  # above Linux's pid_max: no such process
    stale = tmp_path / f"dpo-desk-opened-{gone_pid}-abcd"
    mine = tmp_path / f"dpo-desk-opened-{os.getpid()}-efgh"
    other = tmp_path / "dpo-desk-something-else"
    for folder in (stale, mine, other):
        folder.mkdir()
        (folder / "aftale.pdf").write_bytes(b"%PDF dekrypteret")
    assert attachments.remove_stale_copies(tmp_path) == 1
    assert not stale.exists()
    assert (mine / "aftale.pdf").exists() and (other / "aftale.pdf").exists()


def test_an_opened_copy_goes_to_a_folder_named_for_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(attachments, "_opened", [])
    folder = attachments._opened_folder()
    assert folder.parent == tmp_path
    assert folder.name.startswith(f"dpo-desk-opened-{os.getpid()}-")
    assert folder.stat().st_mode & 0o777 == 0o700
    assert attachments.remove_stale_copies(tmp_path) == 0 and folder.exists()
