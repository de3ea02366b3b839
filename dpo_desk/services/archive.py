"""The organisation's own archive of its database, and its way out of the program: one
JSON file of everything (`dump`), read back into an empty database (`load`), and the
move of a whole database between SQLite and PostgreSQL through the same two (`copy`).

The format, version 1: a UTF-8 JSON object whose keys are sorted, laid out a line per
row (a leading comma before each but the first)::

    {
    "files": {
    "<name>": "<base64>"           the attached files kept beside a plain database
    ,"<name>": "<base64>"
    },
    "format": "dpo-desk-archive",
    "format_version": 1,
    "schema_revision": "0013",     the Alembic revision of the schema the tables follow
    "tables": {
    "<table>": {"columns": ["<column>", ...], "rows": [
    [<value>, ...]                 a row, its values in the order of "columns"
    ,[<value>, ...]
    ]},
    ...
    }
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
Any JSON of this shape loads; one laid out as above is read a table at a time.
"""

from __future__ import annotations

import base64
import hashlib
import tempfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

from sqlalchemy import (
    Connection,
    Integer,
    Table,
    func,
    insert,
    literal,
    select,
    text,
)
from sqlalchemy.orm import Session

from dpo_desk.db.audit_verify import ChainReport, verify_chain
from dpo_desk.db.migrate import current_revision
from dpo_desk.db.schema import metadata
from dpo_desk.db.session import Database
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, Term
from dpo_desk.paths import private_file
from dpo_desk.services.archive_format import (
    FORMAT,
    FORMAT_VERSION,
    MSG_NOT_ARCHIVE,
    MSG_SCHEMA,
    ArchiveError,
    codec,
    decoded,
    read_archive,
)
from dpo_desk.services.archive_format import canonical_json as as_json
from dpo_desk.services.archive_format import tables as schema_tables

__all__ = ["ArchiveError", "copy", "dump", "load", "read_archive", "row_counts"]

T = TypeVar("T")
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
MSG_CHAIN = QT_TRANSLATE_NOOP(
    "Domain",
    "The audit trail in {path} does not verify (record {id}: {reason}). Nothing was loaded.",
)
MSG_COPY_DIFFERS = QT_TRANSLATE_NOOP(
    "Domain",
    "The copy does not match: the table {table} has {copied} rows in the copy and "
    "{original} in the original.",
)


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


# -- dump ----------------------------------------------------------------------------
def _rows(connection: Connection, table: Table) -> Iterator[list[Any]]:
    """The table's rows as JSON values, in the order of the primary key (compared in
    Python, so that the server's collation of text keys does not matter)."""
    out = [codec(c)[0] for c in table.columns]
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
    handle.write('{\n"files": {\n')
    for index, (name, path) in enumerate(sorted(files.items())):
        content = base64.b64encode(path.read_bytes()).decode("ascii")
        handle.write(("," if index else "") + f"{as_json(name)}: {as_json(content)}\n")
    handle.write("},\n")


def dump_steps(db: Database, out: Path) -> Generator[tuple[int, int], None, DumpReport]:
    """Write the archive of `db` to `out`, yielding (rows done, rows in all)."""
    counts: dict[str, int] = {}
    engine = db.engine
    if engine.dialect.name == "postgresql":  # one snapshot for every table
        engine = engine.execution_options(isolation_level="REPEATABLE READ")
    with engine.connect() as connection, connection.begin():
        count = select(func.count())
        total = sum(connection.execute(count.select_from(t)).scalar_one() for t in schema_tables())
        files, missing = _attached(connection, db)
        with (
            private_file(out) as partial,
            partial.open("w", encoding="utf-8", newline="\n") as handle,
        ):
            _write_files(handle, files)
            handle.write(f'"format": {as_json(FORMAT)},\n')
            handle.write(f'"format_version": {FORMAT_VERSION},\n')
            revision = current_revision_of(connection)
            handle.write(f'"schema_revision": {as_json(revision)},\n"tables": {{\n')
            done = 0
            names = [t.name for t in schema_tables()]
            for table in schema_tables():
                columns = [c.name for c in table.columns]
                handle.write(f'{as_json(table.name)}: {{"columns": {as_json(columns)}, "rows": [\n')
                counts[table.name] = 0
                for row in _rows(connection, table):
                    handle.write(("," if counts[table.name] else "") + as_json(row) + "\n")
                    counts[table.name] += 1
                    done += 1
                    if done % _BATCH == 0:
                        yield done, total
                handle.write("]}\n" if table.name == names[-1] else "]},\n")
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
def _check_empty(connection: Connection, db: Database) -> None:
    for table in schema_tables():
        if connection.execute(select(literal(1)).select_from(table).limit(1)).first():
            raise ArchiveError(MSG_NOT_EMPTY, db=db.display_name, table=table.name)


def _reset_sequences(connection: Connection) -> None:
    """On PostgreSQL the ids of new rows continue after the loaded ones."""
    for table in schema_tables():
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
    total = sum(archive.counts.values())
    counts: dict[str, int] = {}
    engine = db.engine.execution_options(sqlite_begin_immediate=True)
    with engine.connect() as connection, connection.begin():
        _check_empty(connection, db)
        here = current_revision(db.engine)
        archived = archive.header.get("schema_revision")
        if archived != here:
            raise ArchiveError(MSG_SCHEMA, path=source, archived=archived, current=here)
        done = 0
        for table in metadata.sorted_tables:  # a row's references are loaded before it
            batch: list[dict[str, Any]] = []
            for values in decoded(source, table, archive.rows(table.name)):
                batch.append(values)
                if len(batch) == _BATCH:
                    connection.execute(insert(table), batch)
                    done += len(batch)
                    batch = []
                    yield done, total
            if batch:
                connection.execute(insert(table), batch)
                done += len(batch)
            counts[table.name] = archive.counts.get(table.name, 0)
        if connection.dialect.name == "postgresql":
            _reset_sequences(connection)
        chain = verify_chain(Session(bind=connection))
        if not chain.ok:
            raise ArchiveError(
                MSG_CHAIN, path=source, id=chain.broken_id, reason=Term(chain.reason, "Domain")
            )
    files = _store_files(db, archive.header.get("files", {}), source)
    if not db.encrypted:
        _unpack_contents(db)
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


def _unpack_contents(db: Database) -> None:
    """A plain database keeps its attachments as files beside it: write those that an
    encrypted one kept inside it (table attachment_content) there."""
    from dpo_desk.services import attachments

    content = metadata.tables["attachment_content"]
    with db.engine.connect() as connection:
        for table_name, name_column, sha_column in ATTACHED:
            table = metadata.tables[table_name]
            found = connection.execute(
                select(table.c[name_column], content.c.data)
                .join(content, content.c.sha256 == table.c[sha_column])
                .where(table.c[name_column] != "")
            )
            for name, data in found:
                target = attachments.folder(db) / Path(name).name
                if not target.exists():
                    with private_file(target) as partial:
                        partial.write_bytes(data)


def load(db: Database, source: Path) -> LoadReport:
    """Load the archive in `source` into the empty database `db`."""
    return _run(load_steps(db, source))


# -- copy ----------------------------------------------------------------------------
def row_counts(db: Database) -> dict[str, int]:
    """The number of rows of every table of the schema."""
    with db.engine.connect() as connection:
        return {
            t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
            for t in schema_tables()
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


def copy(source: Database | str, target: Database | str) -> LoadReport:
    """Copy `source` into the empty `target`, verified (see copy_steps); each a Database,
    or a path or URL to open (the source must exist; a new target file is made)."""
    opened: list[Database] = []
    try:
        if not isinstance(source, Database):
            source = Database.open(source, must_exist=True)
            opened.append(source)
        if not isinstance(target, Database):
            target = Database.open(target)
            opened.append(target)
        return _run(copy_steps(source, target))
    finally:
        for db in opened:
            db.close()


def _run(steps: Generator[tuple[int, int], None, T]) -> T:
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
