"""The archive's JSON format (described in services/archive.py): its values, and the
reading of a file with its checks."""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, LargeBinary, String, Table, null

from dpo_desk.db.base import UTCDateTime
from dpo_desk.db.schema import metadata
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, UserError

FORMAT = "dpo-desk-archive"
FORMAT_VERSION = 1

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

class ArchiveError(UserError):
    """An archive that cannot be loaded here, or a copy that does not match; nothing
    was loaded."""


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


def codec(column: Any) -> Codec:
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


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def tables() -> list[Table]:
    return sorted(metadata.tables.values(), key=lambda t: t.name)



class Archive:
    """An archive's header (everything but the rows: files, format, revision, each
    table's columns) and its rows, table by table. A file laid out as `dump` writes it
    (a row a line) is indexed and its rows read when asked for, so that a large archive
    is never held whole; any other JSON of the format is read at once."""

    def __init__(self, source: Path) -> None:
        self.source = source
        indexed = _indexed(source)
        self.indexed = indexed is not None  # read a table at a time
        if indexed is None:
            whole = _whole(source)
            if not isinstance(whole, dict):
                raise ArchiveError(MSG_NOT_ARCHIVE, path=source)
            self.header, self._spans = whole, {}
            self._lists = {n: t.get("rows") for n, t in whole.get("tables", {}).items()
                           if isinstance(t, dict)}
        else:
            self.header, self._spans = indexed
            self._lists = {}
        counts = {n: len(r) for n, r in self._lists.items() if isinstance(r, list)}
        self.counts = counts | {n: c for n, (_at, c) in self._spans.items()}

    def rows(self, name: str) -> Iterator[Any]:
        """The rows of the table `name` (none when the archive lacks the table)."""
        if name in self._lists:
            yield from self._lists[name] or []
            return
        if name not in self._spans:
            return
        at, count = self._spans[name]
        with self.source.open("rb") as handle:
            handle.seek(at)
            for _ in range(count):
                line = handle.readline().rstrip(b"\n")
                try:
                    yield json.loads(line[1:] if line.startswith(b",") else line)
                except ValueError as error:
                    raise ArchiveError(MSG_BAD_TABLE, path=self.source, table=name) from error


def _whole(source: Path) -> Any:
    try:
        with source.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ArchiveError(MSG_NOT_ARCHIVE, path=source) from error


_TABLES = b'"tables": {\n'
_ROWS = b'"rows": [\n'
_TABLE_ENDS = (b"]},\n", b"]}\n")


def _indexed(source: Path) -> tuple[dict[str, Any], dict[str, tuple[int, int]]] | None:
    """The header, and where each table's rows start and how many there are, of a file
    laid out as `dump` writes it; None for any other layout."""
    head: list[bytes] = []
    spans: dict[str, tuple[int, int]] = {}
    with source.open("rb") as handle:
        while (line := handle.readline()) != _TABLES:
            if not line:
                return None
            head.append(line)
        try:
            header = json.loads(b"".join(head) + b'"tables": {}}')
        except ValueError:
            return None
        if not isinstance(header, dict):
            return None
        while (line := handle.readline()) != b"}\n":
            if not line.endswith(_ROWS):
                return None
            try:
                (name, content), = json.loads(b"{" + line[: -len(_ROWS)] + b'"rows": []}}').items()
            except ValueError:
                return None
            header["tables"][name] = content
            at, count = handle.tell(), 0
            while (line := handle.readline()) not in _TABLE_ENDS:
                if not line:
                    return None
                count += 1
            spans[name] = (at, count)
        if handle.readline() != b"}\n" or handle.read(1):
            return None
    return header, spans


def read_archive(source: Path) -> Archive:
    """The archive in `source`, its format checked (ArchiveError when it is none)."""
    archive = Archive(source)
    header = archive.header
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ArchiveError(MSG_NOT_ARCHIVE, path=source)
    version = header.get("format_version")
    if not isinstance(version, int) or not isinstance(header.get("tables"), dict):
        raise ArchiveError(MSG_NOT_ARCHIVE, path=source)
    if version > FORMAT_VERSION:
        raise ArchiveError(MSG_FORMAT_NEWER, path=source, version=version)
    for name, content in header["tables"].items():
        table = metadata.tables.get(name)
        if (
            table is None
            or not isinstance(content, dict)
            or content.get("columns") != [c.name for c in table.columns]
            or name not in archive.counts
        ):
            raise ArchiveError(MSG_BAD_TABLE, path=source, table=name)
    if not isinstance(header.get("files", {}), dict):
        raise ArchiveError(MSG_NOT_ARCHIVE, path=source)
    return archive


def decoded(source: Path, table: Table, rows: Iterable[Any]) -> Iterator[dict[str, Any]]:
    columns = list(table.columns)
    readers = [codec(c)[1] for c in columns]
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
