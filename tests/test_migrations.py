"""The schema is made only by Alembic, agrees with the ORM, and a newer database is refused."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from dpo_desk.db import migrate
from dpo_desk.db.schema import metadata
from dpo_desk.db.session import Database, make_engine, resolve_url


def test_empty_database_is_upgraded_to_head(db_path: Path) -> None:
    db = Database.open(db_path)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        tables = set(inspect(db.engine).get_table_names())
        assert {"organisation", "audit_record", "audit_head", "alembic_version"} <= tables
    finally:
        db.close()


def test_migrated_schema_agrees_with_the_orm(db_path: Path) -> None:
    Database.open(db_path).close()
    engine = make_engine(resolve_url(db_path))
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, metadata)
    engine.dispose()
    assert diff == []


def test_database_runs_with_foreign_keys_and_wal(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_a_newer_database_is_refused_and_left_byte_for_byte(db_path: Path) -> None:
    Database.open(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    connection.close()
    before = db_path.read_bytes()
    siblings_before = sorted(p.name for p in db_path.parent.iterdir())

    with pytest.raises(migrate.DatabaseTooNewError) as raised:
        Database.open(db_path)

    assert "f00d_from_the_future" in str(raised.value)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings_before


def test_opening_twice_does_not_migrate_again(db_path: Path) -> None:
    Database.open(db_path).close()
    db = Database.open(db_path)
    try:
        assert not migrate.needs_upgrade(db.engine)
    finally:
        db.close()


def test_database_file_is_readable_by_its_owner_only(db_path: Path) -> None:
    Database.open(db_path).close()
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_a_register_at_revision_0002_upgrades_with_its_rows(db_path: Path) -> None:
    """Each migration runs on a database that holds data, not only on an empty one."""
    from alembic import command

    engine = make_engine(resolve_url(db_path))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO processor (id, name, country, cvr, version) "
            "VALUES (1, 'Zitcom', 'DK', '', 1)"
        )
        # an activity that uses the processor: the rebuilt table must keep the link
        connection.exec_driver_sql(
            "INSERT INTO activity (id, name, role, purposes, legal_bases, consent_note, source, "
            "retention_text, retention_rule, retention_amount, measures_text, "
            "automated_decisions, automated_description, dpia, dpia_outcome, owner, status, "
            "notes, version) VALUES (1, 'Hosting', 'controller', '', '[]', '', '', '', "
            "'none', 0, '', 0, '', 'assess', '', '', 'draft', '', 1)"
        )
        connection.exec_driver_sql(
            "INSERT INTO activity_processor (activity_id, item_id) VALUES (1, 1)"
        )
    engine.dispose()

    db = Database.open(db_path)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT name, direction, risk, retired FROM processor"
            ).one()
            link = connection.exec_driver_sql("SELECT * FROM activity_processor").all()
            on = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
        assert tuple(row) == ("Zitcom", "we_are_controller", "medium", 0)
        assert [tuple(x) for x in link] == [(1, 1)]
        assert on == 1  # switched back on after the migration
    finally:
        db.close()


def test_the_processor_register_at_revision_0007_upgrades_with_its_rows(db_path: Path) -> None:
    """0011 gives the processor register's texts their limits and a round its concept:
    the rows written before keep every character."""
    from alembic import command

    engine = make_engine(resolve_url(db_path))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
    findings = "Revisorerklæring gennemgået uden bemærkninger. " * 40  # 1,920 characters
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO processor (id, name, country, cvr, direction, foreign_id, address, "
            "contact_person, email, phone, service, data_description, agreement_version, "
            "notice_period, document_name, document_sha256, risk, data_subjects, "
            "special_categories, special_nature, third_country, retired, notes, version) "
            "VALUES (1, 'Zitcom', 'DK', '', 'we_are_controller', '', '', '', '', '', "
            "'Hosting', 'Kundedata', '', '', '', '', 'medium', 0, 0, 0, 0, 0, 'Note', 1)"
        )
        connection.exec_driver_sql(
            "INSERT INTO supervision_round (id, processor_id, date, method, findings, version) "
            "VALUES (1, 1, '2025-05-01', 'isae3000', ?, 1)",
            (findings,),
        )
        connection.exec_driver_sql(
            "INSERT INTO follow_up (id, round_id, position, action, due, version) "
            "VALUES (1, 1, 0, 'Ny restore-test', '2025-08-01', 1)"
        )
    engine.dispose()

    db = Database.open(db_path)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT findings, concept, suggested_concept, concept_reason FROM supervision_round"
            ).one()
            party = connection.exec_driver_sql(
                "SELECT service, data_description, notes FROM processor"
            ).one()
            action = connection.exec_driver_sql("SELECT action FROM follow_up").scalar()
        assert tuple(row) == (findings, None, None, "")
        assert tuple(party) == ("Hosting", "Kundedata", "Note")
        assert action == "Ny restore-test"
    finally:
        db.close()


def _value(table: str, column: object) -> object:
    """A plain value that fits `column` (written by hand per type, never from the ORM)."""
    from sqlalchemy import types

    kind = column.type  # type: ignore[attr-defined]
    name = column.name  # type: ignore[attr-defined]
    if isinstance(kind, types.Boolean):
        return 1
    if isinstance(kind, types.Integer):
        return 1
    if isinstance(kind, types.Float | types.Numeric):
        return 1.5
    if isinstance(kind, types.DateTime):
        return dt.datetime(2025, 3, 10, 12, 0, 0)
    if isinstance(kind, types.Date):
        return dt.date(2025, 3, 10)
    if isinstance(kind, types.JSON):
        return ["Ærø"]
    if isinstance(kind, types.LargeBinary):
        return b"\x00bytes"
    text = f"{table}.{name} Ærø"
    length = getattr(kind, "length", None)
    return text[:length] if length else text


def _fill_every_table(connection: object) -> dict[str, dict[str, object]]:
    """One row in every table (parents first, each foreign key pointing at its parent's
    row); returns what was written."""
    from sqlalchemy import MetaData

    meta = MetaData()
    meta.reflect(connection)  # type: ignore[arg-type]
    written: dict[str, dict[str, object]] = {}
    for table in meta.sorted_tables:
        if table.name in ("alembic_version", "audit_record", "audit_head"):
            continue  # a chain is verified and rewritten by 0013: see test_audit_chain.py
        row: dict[str, object] = {}
        for column in table.columns:
            parents = [fk.column for fk in column.foreign_keys]
            if parents:
                row[column.name] = written[parents[0].table.name][parents[0].name]
            else:
                row[column.name] = _value(table.name, column)
        connection.execute(table.insert().values(**row))  # type: ignore[attr-defined]
        written[table.name] = row
    return written


@pytest.mark.parametrize("revision", ["0002", "0003", "0004", "0005", "0006"])
def test_every_later_migration_keeps_the_rows_of_a_filled_database(
    db_path: Path, revision: str
) -> None:
    """A database at `revision` with a row in every table is upgraded to the newest
    schema (migrations 0003–0007 each run over rows) and every row is still there."""
    from alembic import command
    from sqlalchemy import MetaData, select

    engine = make_engine(resolve_url(db_path))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    with engine.begin() as connection:
        written = _fill_every_table(connection)
    assert len(written) >= 5  # organisation, settings, catalogue, register …
    engine.dispose()
    Database.open(db_path).close()  # upgraded as the program does when it opens a file
    engine = make_engine(resolve_url(db_path))
    with engine.connect() as connection:
        assert migrate.current_revision(engine) == migrate.head_revision()
        meta = MetaData()
        meta.reflect(connection)
        for name, row in written.items():
            table = meta.tables[name]
            kept = connection.execute(select(*(table.c[c] for c in row))).all()
            assert len(kept) == 1, name
            for column, value in zip(row, kept[0], strict=True):
                assert value == row[column], (name, column, value)
        foreign_keys = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    engine.dispose()
    assert foreign_keys == []


def test_0014_links_each_controller_of_an_activity_to_its_party_by_key(db_path: Path) -> None:
    """Controllers were tied to the processor register by name; 0014 gives each the key
    of the party of direction "we process for" with that name (the lowest key when two
    share it) and leaves a name no such party carries unlinked."""
    from alembic import command
    from sqlalchemy import MetaData

    engine = make_engine(resolve_url(db_path))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0013")
    with engine.begin() as connection:
        meta = MetaData()
        meta.reflect(connection)

        def insert(table: str, **given: object) -> None:
            columns = meta.tables[table].columns
            row = {c.name: given.get(c.name, _value(table, c)) for c in columns}
            connection.execute(meta.tables[table].insert().values(**row))

        insert("processor", id=1, name="Zitcom", direction="we_are_controller")
        insert("processor", id=2, name="Egtved Varmeværk", direction="we_are_processor")
        insert("processor", id=3, name="Egtved Varmeværk", direction="we_are_processor")
        insert("processor", id=4, name="Almind Fjernvarme", direction="we_are_processor")
        insert("activity", id=1, name="Måleraflæsning")
        for row_id, name in [(1, "Egtved Varmeværk"), (2, "Zitcom"), (3, "Ukendt A/S"),
                             (4, "Almind Fjernvarme")]:
            insert("activity_controller", id=row_id, activity_id=1, position=row_id, name=name)
    engine.dispose()

    db = Database.open(db_path)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as connection:
            links = connection.exec_driver_sql(
                "SELECT name, party_id FROM activity_controller ORDER BY id"
            ).all()
            foreign_keys = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
        assert [tuple(x) for x in links] == [
            ("Egtved Varmeværk", 2),
            ("Zitcom", None),  # a processor we use, not a controller we process for
            ("Ukendt A/S", None),
            ("Almind Fjernvarme", 4),
        ]
        assert foreign_keys == []
    finally:
        db.close()
