"""Everything the program writes for the user is readable by its owner only (0600), like
the database: reports, warning lists, consent forms, backups, encrypted copies."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from dpo_desk.cli import main
from dpo_desk.db.session import Database
from dpo_desk.domain.consents import Area
from dpo_desk.services import consents

TODAY = dt.date(2025, 6, 2)


@pytest.fixture(autouse=True)
def _usual_umask() -> Iterator[None]:
    """The umask most users have (022): a file made without care is then 0644."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("private") / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
@pytest.mark.parametrize(
    "report", ["organisation", "register", "processors", "requests", "consents"]
)
def test_every_report_is_written_owner_only(
    report: str, fmt: str, demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / f"{report}.{fmt}"
    assert (
        main(
            [
                "export",
                "--db",
                str(demo_file),
                "--report",
                report,
                "--format",
                fmt,
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert _mode(out) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no partial left


def test_a_report_written_over_a_readable_file_becomes_owner_only(
    demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "register.pdf"
    out.write_bytes(b"old")
    out.chmod(0o644)
    assert (
        main(
            [
                "export",
                "--db",
                str(demo_file),
                "--report",
                "register",
                "--format",
                "pdf",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert _mode(out) == 0o600 and out.read_bytes().startswith(b"%PDF")


def test_backups_and_encrypted_copies_are_owner_only(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup, encrypted = tmp_path / "kopi.sqlite", tmp_path / "krypteret.sqlite"
    assert main(["backup", "--db", str(demo_file), "--out", str(backup)]) == 0
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", "lang nok kode")
    assert main(["encrypt", "--db", str(demo_file), "--out", str(encrypted)]) == 0
    assert _mode(backup) == 0o600 and _mode(encrypted) == 0o600


def test_warning_lists_and_consent_forms_are_owner_only(demo_file: Path, tmp_path: Path) -> None:
    db = Database.open(demo_file)
    try:
        area = Area(postal_codes=frozenset({"6040"}))
        for fmt in ("pdf", "xlsx"):
            out = tmp_path / f"varsling.{fmt}"
            consents.write_call_sheet(
                db,
                area,
                interruption="Ledningsbrud",
                starts=dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC),
                ends=dt.datetime(2026, 11, 24, 14, 0, tzinfo=dt.UTC),
                out=out,
                fmt=fmt,
                today=TODAY,
            )
            assert _mode(out) == 0o600
        consumer = consents.rows(db, today=TODAY)[0]
        form = tmp_path / "samtykke.pdf"
        consents.write_consent_form(db, consumer.id, form)
        assert _mode(form) == 0o600
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "samtykke.pdf",
        "varsling.pdf",
        "varsling.xlsx",
    ]
