"""The organisation's own archive of its database, and its way out of the program: one
JSON file of everything (`dump`), read back into an empty database (`load`), and the
move of a whole database between SQLite and PostgreSQL through the same two (`copy`).

The format, version 1: a UTF-8 JSON object whose keys are sorted::

    {
    "files": {
    "<name>": "<base64>",          the attached files kept beside a plain database
    ...},
    "format": "dpo-desk-archive",
    "format_version": 1,
    "schema_revision": "0013",     the Alembic revision of the schema the tables follow
    "tables": {
    "<table>": {"columns": ["<column>", ...], "rows": [
    [<value>, ...],                one row a line, in the order of "columns"
    ...]},
    ...}
    }

Every table of the schema is there (registers, catalogues, link tables, settings, the
attachments kept inside an encrypted database, the audit trail and its head), its rows
in the order of their primary key. Values: text, whole numbers, true/false and null as
JSON has them; dates as ISO 8601 (YYYY-MM-DD); moments as ISO 8601 in UTC (with
+00:00); binary content as base64; JSON columns as JSON. The audit trail is kept as
stored, with its salts, commitments, hashes and seals: loading it adds no record, and
it verifies as before (the seals with the chain's key, see db/chain_key.py). The same
database always gives the same file, byte for byte, so dump -> load -> dump is
identical. The file holds personal data: it is written readable by its owner only.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import tempfile
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    Integer,
    LargeBinary,
    String,
    Table,
    func,
    insert,
    literal,
    null,
    select,
    text,
)
from sqlalchemy.orm import Session

from dpo_desk.db.audit_verify import ChainReport, verify_chain
from dpo_desk.db.base import UTCDateTime
from dpo_desk.db.migrate import current_revision
from dpo_desk.db.schema import metadata
from dpo_desk.db.session import Database
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Term, UserError
from dpo_desk.paths import private_file

T = TypeVar("T")
FORMAT = "dpo-desk-archive"
FORMAT_VERSION = 1
_BATCH = 1000
# The attached files a plain database keeps in its folder: (table, name, SHA-256).
ATTACHED = (
    ("consumer", "form_file", "form_sha256"),
    ("processor", "document_name", "document_sha256"),
    ("request_letter", "file_name", "sha256"),
)

MSG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Domain",
    "{db} is not empty (the table {table} has rows): an archive is loaded only into an "
    "empty database. Nothing was loaded; create a new database and load it there.",
)
MSG_NOT_ARCHIVE = QT_TRANSLATE_NOOP("Domain", "{path} is not an archive of DPO Desk.")
MSG_FORMAT_NEWER = QT_TRANSLATE_NOOP(
    "Domain",
    "{path} is an archive of format {version}, which this version of DPO Desk cannot "
    "read. Nothing was loaded; install the newer version.",
)
MSG_SCHEMA = QT_TRANSLATE_NOOP(
    "Domain",
    "{path} holds a database of schema {archived}, and this database has schema "
    "{current}. Nothing was loaded; load it with the version of DPO Desk that wrote it.",
)
MSG_BAD_TABLE = QT_TRANSLATE_NOOP(
    "Domain",
    "{path} does not fit this program's schema: the table {table} is unknown or its "
    "columns differ. Nothing was loaded.",
)
MSG_BAD_VALUE = QT_TRANSLATE_NOOP(
    "Domain",
    "{path}: the value of {column} in row {row} of the table {table} cannot be read. "
    "Nothing was loaded.",
)
MSG_CHAIN = QT_TRANSLATE_NOOP(
    "Domain",
    "The audit trail in {path} does not verify (record {id}: {reason}). Nothing was loaded.",
)
MSG_COPY_DIFFERS = QT_TRANSLATE_NOOP(
    "Domain",
    "The copy does not match: the table {table} has {copied} rows in the copy and "
    "{original} in the original.",
)


class ArchiveError(UserError):
    """An archive that cannot be loaded here, or a copy that does not match; nothing
    was loaded."""


@dataclass(frozen=True)
class DumpReport:
    """What a dump wrote: rows per table, the attached files, and the names of attached
    files that were not found beside the database (and so are not in the archive)."""

    rows: dict[str, int]
    files: int
    missing_files: tuple[str, ...] = ()


@dataclass(frozen=True)
class LoadReport:
    """What a load inserted, and the audit chain's verification after it."""

    rows: dict[str, int]
    files: int
    chain: ChainReport = field(default_factory=lambda: ChainReport(True, 0))


# -- values --------------------------------------------------------------------------
Codec = tuple[Callable[[Any], Any], Callable[[Any], Any]]


def _same(value: Any) -> Any:
    return value


def _checked(kind: type | tuple[type, ...]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if (isinstance(value, bool) and kind is int) or not isinstance(value, kind):
            raise TypeError(value)
        return value

    return check


def _moment_in(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError(value)
    return moment


def _codec(column: Any) -> Codec:
    """How a column's value is written (to JSON) and read back (from JSON)."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return (lambda v: v.astimezone(dt.UTC).isoformat()), _moment_in
    if isinstance(kind, Date):
        return (lambda v: v.isoformat()), dt.date.fromisoformat
    if isinstance(kind, LargeBinary):
        return (lambda v: base64.b64encode(v).decode("ascii")), base64.b64decode
    if isinstance(kind, JSON):
        return _same, _same
    if isinstance(kind, Boolean):
        return _same, _checked(bool)
    if isinstance(kind, Integer):
        return _same, _checked(int)
    if isinstance(kind, String):
        return _same, _checked(str)
    raise TypeError(f"no archive form for {column.table.name}.{column.name} ({kind!r})")


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _tables() -> list[Table]:
    return sorted(metadata.tables.values(), key=lambda t: t.name)


# -- dump ----------------------------------------------------------------------------
def _rows(connection: Connection, table: Table) -> Iterator[list[Any]]:
    """The table's rows as JSON values, in the order of the primary key (compared in
    Python, so that the server's collation of text keys does not matter)."""
    out = [_codec(c)[0] for c in table.columns]
    keys = list(table.primary_key.columns)
    query = select(table).order_by(*keys)
    numeric = all(isinstance(c.type, Integer) for c in keys)
    result = connection.execution_options(yield_per=_BATCH).execute(query)
    rows: Iterator[Any] = iter(result) if numeric else iter(
        sorted(result.all(), key=lambda r: tuple(r._mapping[c] for c in keys))
    )
    for row in rows:
        yield [None if v is None else write(v) for write, v in zip(out, row, strict=True)]


def _attached(connection: Connection, db: Database) -> tuple[dict[str, Path], list[str]]:
    """The attached files a plain database keeps beside it, by name; and those missing."""
    from dpo_desk.services import attachments

    if db.encrypted:
        return {}, []
    names: set[str] = set()
    for table_name, name_column, _sha in ATTACHED:
        column = metadata.tables[table_name].c[name_column]
        names.update(n for n in connection.execute(select(column).distinct()).scalars() if n)
    folder = attachments.folder(db)
    found = {n: folder / Path(n).name for n in sorted(names) if (folder / Path(n).name).is_file()}
    return found, sorted(names - set(found))


def _write_files(handle: IO[str], files: dict[str, Path]) -> None:
    handle.write('{\n"files": {')
    for index, (name, path) in enumerate(sorted(files.items())):
        content = base64.b64encode(path.read_bytes()).decode("ascii")
        handle.write(("," if index else "") + f"\n{_json(name)}: {_json(content)}")
    handle.write("},\n")


def dump_steps(db: Database, out: Path) -> Generator[tuple[int, int], None, DumpReport]:
    """Write the archive of `db` to `out`, yielding (rows done, rows in all)."""
    counts: dict[str, int] = {}
    engine = db.engine
    if engine.dialect.name == "postgresql":  # one snapshot for every table
        engine = engine.execution_options(isolation_level="REPEATABLE READ")
    with engine.connect() as connection, connection.begin():
        total = sum(
            connection.execute(select(func.count()).select_from(t)).scalar_one() for t in _tables()
        )
        files, missing = _attached(connection, db)
        with (
            private_file(out) as partial,
            partial.open("w", encoding="utf-8", newline="\n") as handle,
        ):
            _write_files(handle, files)
            handle.write(f'"format": {_json(FORMAT)},\n"format_version": {FORMAT_VERSION},\n')
            revision = current_revision_of(connection)
            handle.write(f'"schema_revision": {_json(revision)},\n"tables": {{')
            done = 0
            for index, table in enumerate(_tables()):
                columns = [c.name for c in table.columns]
                handle.write(("," if index else "") + f'\n{_json(table.name)}: ')
                handle.write(f'{{"columns": {_json(columns)}, "rows": [')
                counts[table.name] = 0
                for row in _rows(connection, table):
                    handle.write(("," if counts[table.name] else "") + "\n" + _json(row))
                    counts[table.name] += 1
                    done += 1
                    if done % _BATCH == 0:
                        yield done, total
                handle.write("]}")
            handle.write("}\n}\n")
    yield total, total
    return DumpReport(counts, len(files), tuple(missing))


def current_revision_of(connection: Connection) -> str | None:
    """The Alembic revision stamped in the database of `connection`."""
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def dump(db: Database, out: Path) -> DumpReport:
    """Write the archive of `db` to `out` (see the module's description)."""
    return _run(dump_steps(db, out))


# -- load ----------------------------------------------------------------------------
def read_archive(source: Path) -> dict[str, Any]:
    """The archive in `source`, its format checked (ArchiveError when it is none)."""
    try:
        with source.open(encoding="utf-8") as handle:
            archive = json.load(handle)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ArchiveError(MSG_NOT_ARCHIVE, path=source) from error
    if not isinstance(archive, dict) or archive.get("format") != FORMAT:
        raise ArchiveError(MSG_NOT_ARCHIVE, path=source)
    version = archive.get("format_version")
    if not isinstance(version, int) or not isinstance(archive.get("tables"), dict):
        raise ArchiveError(MSG_NOT_ARCHIVE, path=source)
    if version > FORMAT_VERSION:
        raise ArchiveError(MSG_FORMAT_NEWER, path=source, version=version)
    for name, content in archive["tables"].items():
        table = metadata.tables.get(name)
        if (
            table is None
            or not isinstance(content, dict)
            or content.get("columns") != [c.name for c in table.columns]
            or not isinstance(content.get("rows"), list)
        ):
            raise ArchiveError(MSG_BAD_TABLE, path=source, table=name)
    if not isinstance(archive.get("files", {}), dict):
        raise ArchiveError(MSG_NOT_ARCHIVE, path=source)
    return archive


def _decoded(source: Path, table: Table, rows: list[Any]) -> Iterator[dict[str, Any]]:
    columns = list(table.columns)
    readers = [_codec(c)[1] for c in columns]
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, list) or len(row) != len(columns):
            raise ArchiveError(MSG_BAD_TABLE, path=source, table=table.name)
        values: dict[str, Any] = {}
        for column, read, value in zip(columns, readers, row, strict=True):
            if value is None:
                values[column.name] = null() if isinstance(column.type, JSON) else None
                continue
            try:
                values[column.name] = read(value)
            except (TypeError, ValueError) as error:
                raise ArchiveError(
                    MSG_BAD_VALUE, path=source, table=table.name, row=number, column=column.name
                ) from error
        yield values


def _check_empty(connection: Connection, db: Database) -> None:
    for table in _tables():
        if connection.execute(select(literal(1)).select_from(table).limit(1)).first():
            raise ArchiveError(MSG_NOT_EMPTY, db=db.display_name, table=table.name)


def _reset_sequences(connection: Connection) -> None:
    """On PostgreSQL the ids of new rows continue after the loaded ones."""
    for table in _tables():
        keys = list(table.primary_key.columns)
        if len(keys) == 1 and isinstance(keys[0].type, Integer):
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                    f'COALESCE(MAX("{keys[0].name}"), 0) + 1, false) FROM "{table.name}"'
                ),
                {"table": table.name, "column": keys[0].name},
            )


def load_steps(db: Database, source: Path) -> Generator[tuple[int, int], None, LoadReport]:
    """Load the archive in `source` into the empty database `db` in one transaction,
    adding no audit record, and verify the audit chain before it is committed; yields
    (rows done, rows in all)."""
    archive = read_archive(source)
    tables = archive["tables"]
    total = sum(len(t["rows"]) for t in tables.values())
    counts: dict[str, int] = {}
    engine = db.engine.execution_options(sqlite_begin_immediate=True)
    with engine.connect() as connection, connection.begin():
        _check_empty(connection, db)
        here = current_revision(db.engine)
        if archive.get("schema_revision") != here:
            raise ArchiveError(
                MSG_SCHEMA, path=source, archived=archive.get("schema_revision"), current=here
            )
        done = 0
        for table in metadata.sorted_tables:  # a row's references are loaded before it
            rows = tables.get(table.name, {"rows": []})["rows"]
            batch: list[dict[str, Any]] = []
            for values in _decoded(source, table, rows):
                batch.append(values)
                if len(batch) == _BATCH:
                    connection.execute(insert(table), batch)
                    done += len(batch)
                    batch = []
                    yield done, total
            if batch:
                connection.execute(insert(table), batch)
                done += len(batch)
            counts[table.name] = len(rows)
        if connection.dialect.name == "postgresql":
            _reset_sequences(connection)
        chain = verify_chain(Session(bind=connection))
        if not chain.ok:
            raise ArchiveError(
                MSG_CHAIN, path=source, id=chain.broken_id, reason=Term(chain.reason, "Domain")
            )
    files = _store_files(db, archive.get("files", {}), source)
    yield total, total
    return LoadReport(counts, files, chain)


def _store_files(db: Database, files: dict[str, Any], source: Path) -> int:
    """Put the archive's attached files where `db` keeps them."""
    from dpo_desk.services import attachments

    for name, content in files.items():
        try:
            data = base64.b64decode(content, validate=True)
        except (TypeError, ValueError) as error:
            raise ArchiveError(MSG_NOT_ARCHIVE, path=source) from error
        if db.encrypted:
            attachments._seal(db, hashlib.sha256(data).hexdigest(), data)
            continue
        target = attachments.folder(db) / Path(name).name
        if not target.exists():
            with private_file(target) as partial:
                partial.write_bytes(data)
    return len(files)


def load(db: Database, source: Path) -> LoadReport:
    """Load the archive in `source` into the empty database `db`."""
    return _run(load_steps(db, source))


# -- copy ----------------------------------------------------------------------------
def row_counts(db: Database) -> dict[str, int]:
    """The number of rows of every table of the schema."""
    with db.engine.connect() as connection:
        return {
            t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
            for t in _tables()
        }


def copy_steps(
    source: Database, target: Database
) -> Generator[tuple[int, int], None, LoadReport]:
    """Copy every row of `source` into the empty `target` (SQLite to PostgreSQL or back)
    through an archive, then check that every table has as many rows in both and that
    the copy's audit chain verifies (ArchiveError when not)."""
    with tempfile.TemporaryDirectory(prefix="dpo-desk-copy-") as folder:
        file = Path(folder) / "archive.json"
        steps = dump_steps(source, file)
        while True:
            try:
                done, total = next(steps)
            except StopIteration:
                break
            yield done, 2 * total
        loading = load_steps(target, file)
        while True:
            try:
                done, total = next(loading)
            except StopIteration as stop:
                loaded: LoadReport = stop.value
                break
            yield total + done, 2 * total
    original, copied = row_counts(source), row_counts(target)
    for name in sorted(original):
        if original[name] != copied.get(name):
            raise ArchiveError(
                MSG_COPY_DIFFERS, table=name, copied=copied.get(name), original=original[name]
            )
    with target.reading() as session:
        chain = verify_chain(session)
    if not chain.ok:
        raise ArchiveError(
            MSG_CHAIN, path=target.display_name, id=chain.broken_id,
            reason=Term(chain.reason, "Domain"),
        )
    return LoadReport(copied, loaded.files, chain)


def copy(source: Database, target: Database) -> LoadReport:
    """Copy `source` into the empty `target`, verified (see copy_steps)."""
    return _run(copy_steps(source, target))


def _run(steps: Generator[tuple[int, int], None, T]) -> T:
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
