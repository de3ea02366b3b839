"""`dpo-desk verify` says where the audit chain breaks, whatever was done to a record:
changed, removed, cut short or made unreadable. It never fails with a trace."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from dpo_desk.cli import main

TAMPERED = 5  # a record in the middle of the example organisation's chain


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("verify") / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def _tampered(template: Path, folder: Path, *statements: str) -> Path:
    path = folder / "tampered.sqlite"
    shutil.copy(template, path)
    connection = sqlite3.connect(path)
    with connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()
    return path


CASES = {
    "changed": (
        [f"UPDATE audit_record SET user_name = 'mallory' WHERE id = {TAMPERED}"],
        TAMPERED,
        "passer ikke",
    ),
    "removed": ([f"DELETE FROM audit_record WHERE id = {TAMPERED}"], TAMPERED + 1, "brudt"),
    "cut short": (
        [
            "UPDATE audit_record SET changes = substr(changes, 1, length(changes) / 2) "
            f"WHERE id = {TAMPERED}"
        ],
        TAMPERED,
        "kan ikke læses",
    ),
    "extra data": (
        [f"UPDATE audit_record SET changes = changes || ' {{\"name\": 1}}' WHERE id = {TAMPERED}"],
        TAMPERED,
        "kan ikke læses",
    ),
    "not json at all": (
        [f"UPDATE audit_record SET changes = 'Extra data' WHERE id = {TAMPERED}"],
        TAMPERED,
        "kan ikke læses",
    ),
    "binary content": (
        [f"UPDATE audit_record SET changes = X'00FF10' WHERE id = {TAMPERED}"],
        TAMPERED,
        "kan ikke læses",
    ),
    "no content": (
        [f"UPDATE audit_record SET changes = '' WHERE id = {TAMPERED}"],
        TAMPERED,
        "kan ikke læses",
    ),
    "a moment that is no date": (
        [f"UPDATE audit_record SET at = 'i går' WHERE id = {TAMPERED}"],
        TAMPERED,
        "kan ikke læses",
    ),
    "a name that is not UTF-8": (
        [f"UPDATE audit_record SET user_name = CAST(X'FFFE41' AS TEXT) WHERE id = {TAMPERED}"],
        TAMPERED,
        "kan ikke læses",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_verify_names_the_record_where_the_chain_breaks(
    case: str, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statements, broken_at, reason = CASES[case]
    path = _tampered(demo_file, tmp_path, *statements)
    capsys.readouterr()
    assert main(["verify", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"Revisionskæden er brudt ved post {broken_at}: " in out
    assert reason in out
    assert f"({TAMPERED - 1} poster før den er intakte)" in out


def test_records_cut_off_the_end_are_seen(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(demo_file) as connection:
        last = connection.execute("SELECT max(id) FROM audit_record").fetchone()[0]
    connection.close()
    path = _tampered(demo_file, tmp_path, f"DELETE FROM audit_record WHERE id = {last}")
    capsys.readouterr()
    assert main(["verify", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"Revisionskæden er brudt ved post {last - 1}: " in out
    assert "mangler" in out


def test_an_untouched_chain_is_intact(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["verify", "--db", str(demo_file)]) == 0
    assert "intakt" in capsys.readouterr().out


def test_the_walk_reads_in_batches(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.db import audit_verify
    from dpo_desk.db.session import Database

    monkeypatch.setattr(audit_verify, "_BATCH", 3)
    with sqlite3.connect(demo_file) as connection:
        count = connection.execute("SELECT count(*) FROM audit_record").fetchone()[0]
    connection.close()
    db = Database.open(demo_file)
    with db.reading() as session:
        assert audit_verify.verify_chain(session) == audit_verify.ChainReport(True, count)
    db.close()
    # A record changed in a later batch stops the walk there.
    path = _tampered(
        demo_file,
        tmp_path,
        f"UPDATE audit_record SET user_name = 'mallory' WHERE id = {TAMPERED + 3}",
    )
    db = Database.open(path)
    with db.reading() as session:
        report = audit_verify.verify_chain(session)
    db.close()
    assert (report.ok, report.broken_id, report.checked) == (False, TAMPERED + 3, TAMPERED + 2)
