"""The archive (dump, load) and the copy of a whole database, on SQLite files; the same
round trips onto the real PostgreSQL server (tests/pg_server.py) at the end."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.cli import main
from dpo_desk.db.audit import redact
from dpo_desk.db.schema import metadata
from dpo_desk.db.session import Database
from dpo_desk.services import (
    archive,
    audit_log,
    catalogue,
    consents,
    demo,
    processors,
    remarks,
)

TODAY = dt.date.today()  # the example's consent dates are relative to the day it is loaded


def _rich(db: Database, tmp_path: Path) -> None:
    """The example, with a setting, an attached agreement and values erased from the
    audit trail by a withdrawal."""
    demo.load_example(db)
    remarks.save(db, 2026, "Året gik godt; Ærø og Åbenrå kom med.")
    agreement = tmp_path / "aftale.pdf"
    agreement.write_bytes(b"%PDF-1.4 underskrevet aftale \x00\xff")
    processors.attach_agreement(db, processors.rows(db, today=TODAY)[0].id, agreement)
    row = next(r for r in consents.rows(db, today=TODAY) if r.name == "Else Ærbø")
    consents.withdraw(db, row.id, on=TODAY, how="Telefonisk", today=TODAY)
    with db.transaction() as session:  # values erased after the fact: the chain stays whole
        assert redact(session, "consumer", [str(row.id)]) > 0


def _table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, read with sqlite3 itself, in the order of their first column."""
    connection = sqlite3.connect(path)
    try:
        return {
            t.name: sorted(connection.execute(f'SELECT * FROM "{t.name}"').fetchall(), key=repr)
            for t in metadata.sorted_tables
        }
    finally:
        connection.close()


@pytest.fixture
def source(tmp_path: Path) -> Database:
    folder = tmp_path / "source"
    folder.mkdir()
    db = Database.open(folder / "dpo.sqlite")
    _rich(db, tmp_path)
    yield db
    db.close()


def _new(tmp_path: Path, name: str) -> Database:
    folder = tmp_path / name
    folder.mkdir()
    return Database.open(folder / "dpo.sqlite")


def test_dump_load_dump_gives_the_same_file_and_the_same_rows(
    source: Database, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    archive.dump(source, first)
    target = _new(tmp_path, "target")
    report = archive.load(target, first)
    archive.dump(target, second)
    assert first.read_bytes() == second.read_bytes()
    assert first.stat().st_mode & 0o777 == 0o600  # personal data: the owner's only
    target.close()
    assert _table_rows(target_path := tmp_path / "target" / "dpo.sqlite") == _table_rows(
        tmp_path / "source" / "dpo.sqlite"
    )
    # the trail was loaded as it was: no record added, and it verifies with the key
    assert report.chain.ok and report.chain.keyed
    with sqlite3.connect(target_path) as connection:
        count, last = connection.execute("SELECT count, last_hash FROM audit_head").fetchone()
    with sqlite3.connect(tmp_path / "source" / "dpo.sqlite") as connection:
        assert (count, last) == connection.execute(
            "SELECT count, last_hash FROM audit_head"
        ).fetchone()
    assert report.chain.checked == count > 100


def test_the_archive_is_the_documented_json(source: Database, tmp_path: Path) -> None:
    out = tmp_path / "archive.json"
    archive.dump(source, out)
    content = json.loads(out.read_text(encoding="utf-8"))
    assert list(content) == ["files", "format", "format_version", "schema_revision", "tables"]
    assert content["format"] == "dpo-desk-archive" and content["format_version"] == 1
    with sqlite3.connect(tmp_path / "source" / "dpo.sqlite") as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        settings = connection.execute("SELECT key, value FROM app_setting").fetchall()
    assert content["schema_revision"] == revision
    assert set(content["tables"]) == set(metadata.tables)
    organisation = content["tables"]["organisation"]
    row = dict(zip(organisation["columns"], organisation["rows"][0], strict=True))
    assert row["name"] == "Softværket" and row["cvr"].replace(" ", "") == "26224020"
    app = content["tables"]["app_setting"]
    assert sorted(tuple(r) for r in app["rows"]) == sorted(settings)
    records = content["tables"]["audit_record"]
    ids = [r[records["columns"].index("id")] for r in records["rows"]]
    assert ids == sorted(ids)
    first = dict(zip(records["columns"], records["rows"][0], strict=True))
    assert first["prev_hash"] == "0" * 64 and first["at"].endswith("+00:00")
    assert "[anonymised]" in json.dumps(records["rows"], ensure_ascii=False)
    lines = out.read_text(encoding="utf-8").splitlines()  # a row a line, read in steps
    rows = [line for line in lines if line.startswith(("[", ",["))]
    assert len(rows) == sum(len(t["rows"]) for t in content["tables"].values())
    indexed = archive.read_archive(out)
    assert indexed.indexed and indexed.counts == {
        name: len(t["rows"]) for name, t in content["tables"].items()
    }
    assert list(indexed.rows("organisation")) == organisation["rows"]
    one_line = tmp_path / "one-line.json"  # the same archive in another layout
    one_line.write_text(json.dumps(content), encoding="utf-8")
    assert not archive.read_archive(one_line).indexed
    assert list(archive.read_archive(one_line).rows("organisation")) == organisation["rows"]
    (name, encoded), = content["files"].items()
    data = base64.b64decode(encoded)
    assert data == b"%PDF-1.4 underskrevet aftale \x00\xff"
    assert name.startswith(hashlib.sha256(data).hexdigest()[:12])


def test_the_attached_files_come_along(source: Database, tmp_path: Path) -> None:
    out = tmp_path / "archive.json"
    archive.dump(source, out)
    target = _new(tmp_path, "target")
    archive.load(target, out)
    party = processors.rows(target, today=TODAY)[0].id
    state, path = processors.agreement_state(target, party)
    assert state.value == "ok" and path is not None
    assert path.parent == tmp_path / "target" / "attachments"
    assert path.read_bytes() == b"%PDF-1.4 underskrevet aftale \x00\xff"
    target.close()


def test_a_loaded_database_goes_on_writing_one_chain(source: Database, tmp_path: Path) -> None:
    out = tmp_path / "archive.json"
    archive.dump(source, out)
    target = _new(tmp_path, "target")
    archive.load(target, out)
    catalogue.add(target, "recipient", "Ny modtager efter indlæsning")
    report = audit_log.verify(target)
    assert report.ok and report.keyed
    with target.reading() as session:
        assert session.execute(text("SELECT count FROM audit_head")).scalar() == report.checked
    target.close()


def test_loading_into_a_database_that_is_not_empty_is_refused(
    source: Database, tmp_path: Path
) -> None:
    out = tmp_path / "archive.json"
    archive.dump(source, out)
    before = archive.row_counts(source)
    with pytest.raises(archive.ArchiveError, match="not empty"):
        archive.load(source, out)
    assert archive.row_counts(source) == before


def _edited(tmp_path: Path, source: Database, change: object) -> Path:
    out = tmp_path / "archive.json"
    archive.dump(source, out)
    content = json.loads(out.read_text(encoding="utf-8"))
    change(content)  # type: ignore[operator]
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return edited


def _tamper(content: dict[str, object]) -> None:
    records = content["tables"]["audit_record"]  # type: ignore[index]
    at = records["columns"].index("user_name")
    records["rows"][5][at] = "forfalsker"


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda c: c.update(format_version=2), "format 2"),
        (lambda c: c.update(schema_revision="0001"), "schema 0001"),
        (lambda c: c.update(format="noget andet"), "not an archive"),
        (lambda c: c["tables"]["activity"]["columns"].pop(), "columns differ"),
        (_tamper, "does not verify"),
    ],
    ids=["newer-format", "other-schema", "not-an-archive", "other-columns", "tampered-trail"],
)
def test_an_archive_that_does_not_fit_loads_nothing(
    source: Database, tmp_path: Path, change: object, words: str
) -> None:
    edited = _edited(tmp_path, source, change)
    target = _new(tmp_path, "target")
    with pytest.raises(archive.ArchiveError, match=words):
        archive.load(target, edited)
    assert sum(archive.row_counts(target).values()) == 0
    target.close()


def test_a_tampered_row_in_an_archive_as_dump_wrote_it_loads_nothing(
    source: Database, tmp_path: Path
) -> None:
    out = tmp_path / "archive.json"
    archive.dump(source, out)
    lines = out.read_text(encoding="utf-8").split("\n")
    header = next(i for i, line in enumerate(lines) if line.startswith('"audit_record": '))
    columns = json.loads("{" + lines[header] + "]}}")["audit_record"]["columns"]
    row = json.loads(lines[header + 6].lstrip(","))
    row[columns.index("action")] = "delete"
    lines[header + 6] = "," + json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    out.write_text("\n".join(lines), encoding="utf-8")
    target = _new(tmp_path, "target")
    with pytest.raises(archive.ArchiveError, match="does not verify"):
        archive.load(target, out)
    assert sum(archive.row_counts(target).values()) == 0
    target.close()


def test_a_file_that_is_not_json_is_no_archive(tmp_path: Path, db: Database) -> None:
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\x89PNG not json")
    with pytest.raises(archive.ArchiveError, match="not an archive"):
        archive.load(db, junk)


def test_the_commands_dump_load_and_copy(
    source: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source_path = tmp_path / "source" / "dpo.sqlite"
    source.close()
    out = tmp_path / "archive.json"
    assert main(["--lang", "en", "dump", "--db", str(source_path), "--out", str(out)]) == 0
    assert f"Written: {out}" in capsys.readouterr().out
    loaded = tmp_path / "loaded.sqlite"
    assert main(["--lang", "en", "load", "--db", str(loaded), str(out)]) == 0
    said = capsys.readouterr().out
    assert "into" in said and "Audit chain intact" in said
    assert main(["--lang", "en", "load", "--db", str(loaded), str(out)]) == 2
    assert "not empty" in capsys.readouterr().err
    never = tmp_path / "never.sqlite"
    assert main(["--lang", "en", "load", "--db", str(never), str(tmp_path / "gone.json")]) == 2
    assert "gone.json does not exist" in capsys.readouterr().err
    assert not never.exists()  # no database is made for an archive that is not there
    copied = tmp_path / "copied.sqlite"
    assert main(["--lang", "en", "copy", "--from", str(loaded), "--to", str(copied)]) == 0
    said = capsys.readouterr().out
    assert "as many rows in both" in said and "Audit chain intact" in said
    assert _table_rows(copied) == _table_rows(source_path)


# -- onto the real PostgreSQL server ---------------------------------------------------
def test_dump_load_dump_onto_postgresql_gives_the_same_file(
    source: Database, tmp_path: Path, pg_url: str
) -> None:
    pytest.importorskip("psycopg")
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    archive.dump(source, first)
    team = Database.open(pg_url)
    try:
        report = archive.load(team, first)
        assert report.chain.ok and report.chain.keyed
        archive.dump(team, second)
        catalogue.add(team, "recipient", "Skrevet efter indlæsningen")  # the ids go on
        assert audit_log.verify(team).ok
    finally:
        team.close()
    assert first.read_bytes() == second.read_bytes()


def test_copy_sqlite_to_postgresql_and_back_is_identical(
    source: Database, tmp_path: Path, pg_url: str
) -> None:
    pytest.importorskip("psycopg")
    team = Database.open(pg_url)
    back = _new(tmp_path, "back")
    try:
        there = archive.copy(source, team)
        assert there.chain.ok and there.chain.keyed
        home = archive.copy(team, back)
        assert home.chain.ok and home.chain.keyed
        assert archive.row_counts(team) == archive.row_counts(source)
    finally:
        team.close()
        back.close()
    assert _table_rows(tmp_path / "back" / "dpo.sqlite") == _table_rows(
        tmp_path / "source" / "dpo.sqlite"
    )
    original, result = tmp_path / "original.json", tmp_path / "result.json"
    archive.dump(source, original)
    back = Database.open(tmp_path / "back" / "dpo.sqlite")
    archive.dump(back, result)
    back.close()
    assert original.read_bytes() == result.read_bytes()


def test_copy_by_url_from_postgresql_into_a_new_file(
    source: Database, tmp_path: Path, pg_url: str
) -> None:
    pytest.importorskip("psycopg")
    archive.copy(source, pg_url)
    report = archive.copy(pg_url, str(tmp_path / "new.sqlite"))
    assert report.chain.ok and report.rows == archive.row_counts(source)
    assert _table_rows(tmp_path / "new.sqlite") == _table_rows(tmp_path / "source" / "dpo.sqlite")


def test_an_encrypted_database_copied_to_a_plain_one_keeps_its_attachments_openable(
    tmp_path: Path,
) -> None:
    from dpo_desk.db import cipher

    if not cipher.available():
        pytest.skip("SQLCipher is not installed")
    (tmp_path / "secret").mkdir()
    encrypted = Database.open(
        f"sqlite+pysqlcipher:///{tmp_path / 'secret' / 'dpo.sqlite'}",
        passphrase="Fjernvarme i Kolding 2026",
    )
    plain = _new(tmp_path, "plain")
    try:
        _rich(encrypted, tmp_path)
        assert not (tmp_path / "secret" / "attachments").exists()  # kept inside the file
        report = archive.copy(encrypted, plain)
        assert report.chain.ok
        party = processors.rows(plain, today=TODAY)[0].id
        state, path = processors.agreement_state(plain, party)
        assert state.value == "ok" and path is not None
        assert path.read_bytes() == b"%PDF-1.4 underskrevet aftale \x00\xff"
    finally:
        encrypted.close()
        plain.close()
