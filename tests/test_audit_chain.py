"""The redactable, keyed audit chain: a forger who rewrites a record and recomputes
every later hash is caught by the key and by an anchor taken before; the migration
converts a chain written in the old format and refuses a broken one."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from dpo_desk.cli import main
from dpo_desk.db import audit_hash, migrate
from dpo_desk.db.audit_verify import OldChainBrokenError
from dpo_desk.db.models import Organisation
from dpo_desk.db.session import Database, make_engine, resolve_url
from dpo_desk.services import audit_log

GENESIS = "0" * 64


def _text(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _iso(stored: str) -> str:
    return dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).isoformat()


def _forge(path: Path, new_name: str) -> None:
    """What a forger with the file does: change the organisation's name in the first
    record, recompute its commitment, every later plain hash and the head."""
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT id, at, user_name, action, table_name, row_id, changes, salts, commitments"
            " FROM audit_record ORDER BY id"
        ).fetchall()
        prev = GENESIS
        for index, (rid, at, user, action, table, row_id, changes, salts, commits) in enumerate(
            rows
        ):
            changes, salts, commits = json.loads(changes), json.loads(salts), json.loads(commits)
            if index == 0:
                changes["name"] = [None, new_name]
                commits["name"] = _sha(salts["name"] + _text(changes["name"]))
            digest = _sha(_text([prev, _iso(at), user, action, table, row_id, commits]))
            connection.execute(
                "UPDATE audit_record SET changes = ?, commitments = ?, prev_hash = ?, hash = ?"
                " WHERE id = ?",
                (json.dumps(changes), json.dumps(commits), prev, digest, rid),
            )
            prev = digest
        connection.execute("UPDATE audit_head SET last_hash = ?", (prev,))
    connection.close()


def _write_some(db: Database) -> None:
    with db.transaction() as session:
        session.add(Organisation(id=1, name="Egtved Varmeværk", city="Egtved"))
    for city in ("Vejle", "Kolding", "Fredericia"):
        with db.transaction() as session:
            found = session.get(Organisation, 1)
            assert found is not None
            found.city = city


def test_a_forger_with_the_file_is_caught_by_the_key_and_by_an_anchor(
    db: Database,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _write_some(db)
    anchor = audit_log.anchor(db)
    count, digits = anchor.split(":")
    assert count == "4" and len(digits) == 16
    assert main(["anchor", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.strip() == anchor
    assert main(["verify", "--db", str(db_path), "--anchor", anchor]) == 0
    db.close()
    capsys.readouterr()

    _forge(db_path, "Mallory ApS")
    assert main(["verify", "--db", str(db_path)]) == 1  # with the key: the seal is wrong
    assert "1" in capsys.readouterr().out
    # Without the key the shape is all that can be checked, and it is whole …
    monkeypatch.setenv("DPO_DESK_HOME", str(tmp_path / "elsewhere"))
    assert main(["verify", "--db", str(db_path)]) == 0
    forged = Database.open(db_path)
    try:
        report = audit_log.verify(forged)
        assert report.ok and not report.keyed
    finally:
        forged.close()
    # … but an anchor printed before the forgery no longer holds.
    assert main(["verify", "--db", str(db_path), "--anchor", anchor]) == 1
    assert main(["verify", "--db", str(db_path), "--anchor", "4:xyz"]) == 2


def test_an_anchor_of_an_earlier_head_still_holds_after_more_records(
    db: Database, db_path: Path
) -> None:
    _write_some(db)
    earlier = audit_log.anchor(db)
    with db.transaction() as session:
        found = session.get(Organisation, 1)
        assert found is not None
        found.city = "Horsens"
    assert audit_log.anchor(db) != earlier
    assert audit_log.anchor_holds(db, earlier)
    count, digits = earlier.split(":")
    assert not audit_log.anchor_holds(db, f"{count}:{'0' * 16}")
    assert not audit_log.anchor_holds(db, f"99:{digits}")
    db.close()


def _old_hash(
    prev: str, at: dt.datetime, action: str, table: str, row_id: str, changes: dict[str, object]
) -> str:
    """The format before the commitments, written out here as the old code had it."""
    return _sha(_text([prev, at.isoformat(), "anna", action, table, row_id, changes]))


OLD_CHANGES = [
    ("insert", "organisation", "1", {"name": [None, "Egtved Varmeværk"], "city": [None, "Egtved"]}),
    ("update", "organisation", "1", {"city": ["Egtved", "Vejle"]}),
    ("opened", "consumer", "7", {"field": "free_text"}),
]


def _old_format_database(path: Path) -> None:
    """A database at revision 0012 whose chain the old code would have written."""
    from alembic import command

    engine = make_engine(resolve_url(path))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0012")
    engine.dispose()
    prev = GENESIS
    with sqlite3.connect(path) as connection:
        for index, (action, table, row_id, changes) in enumerate(OLD_CHANGES):
            at = dt.datetime(2026, 5, 1, 9, index, 30, 120000, tzinfo=dt.UTC)
            digest = _old_hash(prev, at, action, table, row_id, changes)
            connection.execute(
                "INSERT INTO audit_record (at, user_name, action, table_name, row_id, changes,"
                " prev_hash, hash) VALUES (?, 'anna', ?, ?, ?, ?, ?, ?)",
                (
                    at.replace(tzinfo=None).isoformat(sep=" "),
                    action,
                    table,
                    row_id,
                    json.dumps(changes),
                    prev,
                    digest,
                ),
            )
            prev = digest
        connection.execute(
            "INSERT INTO audit_head (id, last_hash, count) VALUES (1, ?, ?)",
            (prev, len(OLD_CHANGES)),
        )
    connection.close()


def test_the_migration_converts_a_chain_of_the_old_format(db_path: Path) -> None:
    _old_format_database(db_path)
    db = Database.open(db_path)
    try:
        report = audit_log.verify(db)
        assert report.ok and report.keyed and report.checked == len(OLD_CHANGES)
        shown = [(e.action, e.table_name, e.row_id, e.changes) for e in audit_log.entries(db)]
        assert sorted(shown) == sorted(OLD_CHANGES)
    finally:
        db.close()


def _audit_rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT * FROM audit_record ORDER BY id").fetchall()
        rows += connection.execute("SELECT * FROM audit_head").fetchall()
        rows += connection.execute("SELECT version_num FROM alembic_version").fetchall()
    connection.close()
    return rows


def test_the_migration_refuses_a_broken_chain_and_leaves_the_file(db_path: Path) -> None:
    _old_format_database(db_path)
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "UPDATE audit_record SET changes = ? WHERE id = 2",
            (json.dumps({"city": ["Egtved", "Mallorca"]}),),
        )
    connection.close()
    before = _audit_rows(db_path)
    with pytest.raises(OldChainBrokenError) as refused:
        Database.open(db_path)
    assert "2" in str(refused.value)
    assert _audit_rows(db_path) == before
    assert before[-1] == ("0012",)


def test_a_value_changed_without_its_commitment_breaks_the_chain_without_the_key(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from dpo_desk.db.audit_verify import BROKEN_COMMITMENT

    _write_some(db)
    db.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "UPDATE audit_record SET changes = ? WHERE id = 2",
            (json.dumps({"city": ["Egtved", "Mallorca"]}),),
        )
    connection.close()
    monkeypatch.setenv("DPO_DESK_HOME", str(tmp_path / "elsewhere"))  # no key here
    db = Database.open(db_path)
    try:
        report = audit_log.verify(db)
    finally:
        db.close()
    assert not report.ok and report.broken_id == 2 and report.reason == BROKEN_COMMITMENT


def test_an_encrypted_database_seals_with_its_passphrase_and_a_new_one_reseals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.db import backup

    path = tmp_path / "krypteret.sqlite"
    db = Database.open(f"sqlite+pysqlcipher:///{path}", passphrase="første lange løsen")
    _write_some(db)
    db.close()
    monkeypatch.setenv("DPO_DESK_HOME", str(tmp_path / "no-key-file-here"))
    db = Database.open(path, passphrase="første lange løsen")
    try:
        report = audit_log.verify(db)
        assert report.ok and report.keyed  # the key comes from the passphrase
    finally:
        db.close()
    backup.change_passphrase(path, "første lange løsen", "andet lange løsen")
    db = Database.open(path, passphrase="andet lange løsen")
    try:
        report = audit_log.verify(db)
        assert report.ok and report.keyed and report.checked == 4
    finally:
        db.close()


def test_a_new_key_never_reseals_a_chain_whose_seals_do_not_hold(tmp_path: Path) -> None:
    from dpo_desk.db import backup, cipher
    from dpo_desk.db.chain_key import key_id, passphrase_key

    path = tmp_path / "krypteret.sqlite"
    db = Database.open(f"sqlite+pysqlcipher:///{path}", passphrase="første lange løsen")
    _write_some(db)
    db.close()
    connection = cipher.connect(path, key="første lange løsen")
    connection.execute("UPDATE audit_record SET mac = ? WHERE id = 2", ("0" * 64,))
    connection.commit()
    connection.close()
    backup.change_passphrase(path, "første lange løsen", "andet lange løsen")
    connection = cipher.connect(path, key="andet lange løsen", readonly=True)
    head_key = connection.execute("SELECT key_id FROM audit_head").fetchone()[0]
    connection.close()
    assert head_key == key_id(passphrase_key("første lange løsen"))  # left as it was


def test_the_key_file_is_the_owners_only_and_made_once(db: Database) -> None:
    from dpo_desk.db.chain_key import key_file

    _write_some(db)
    path = key_file()
    assert path.stat().st_mode & 0o777 == 0o600
    first = path.read_text(encoding="ascii")
    assert len(first.strip()) == 64
    with db.transaction() as session:
        found = session.get(Organisation, 1)
        assert found is not None
        found.city = "Horsens"
    assert path.read_text(encoding="ascii") == first
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []
    db.close()


@pytest.mark.parametrize(
    "value",
    [
        "",
        'Ærø "citat" \\ \n\t \x01 \u2028 😀',
        None,
        True,
        False,
        0,
        -5,
        10**30,
        1.5,
        1e100,
        [],
        [None, "x"],
        [[1, [2, None]], {"b": [1], "a": "ø"}],
        {"z": None, "a": [True, 2.0]},
        (1, "to"),
    ],
)
def test_canonical_text_is_that_of_json_dumps(value: object) -> None:
    expected = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert audit_hash.canonical(value) == expected
