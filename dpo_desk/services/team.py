"""Team mode: a privacy office sharing one PostgreSQL database, each member with a login
of their own (which the audit trail names). A reader's role may SELECT and nothing
more; a writer's may change rows, never the schema (the database's owner migrates)."""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from dpo_desk.db.session import Database
from dpo_desk.domain.text import QT_TRANSLATE_NOOP, UserError

ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
MSG_NOT_SERVER = QT_TRANSLATE_NOOP(
    "Domain", "Team roles exist on PostgreSQL only; {db} is not a PostgreSQL database."
)
MSG_BAD_ROLE = QT_TRANSLATE_NOOP(
    "Domain",
    "{role} cannot be a role name here: use lower-case letters, digits and _ "
    "(at most 63, not starting with a digit).",
)
MSG_SUPERUSER = QT_TRANSLATE_NOOP(
    "Domain", "{role} is a superuser, who may do anything; give the reader a login of their own."
)


class TeamError(UserError):
    """A role that cannot be made as asked; nothing was changed."""


def _quoted(role: str) -> str:
    return f'"{role}"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def grant(db: Database, role: str, *, write: bool, password: str | None = None) -> bool:
    """Make `role` a login (when it is none yet) that may read every table of the
    database's schema, and change rows when `write`; tables that later migrations add
    follow. A writer made a reader loses its right to change. Returns whether the role
    was created. One transaction."""
    if db.url.get_backend_name() != "postgresql":
        raise TeamError(MSG_NOT_SERVER, db=db.display_name)
    if not ROLE_NAME.fullmatch(role):
        raise TeamError(MSG_BAD_ROLE, role=role)
    with db.engine.begin() as connection:
        found = connection.execute(
            text("SELECT rolsuper FROM pg_roles WHERE rolname = :role"), {"role": role}
        ).first()
        if found is not None and found[0] and not write:
            raise TeamError(MSG_SUPERUSER, role=role)
        name = _quoted(role)
        if found is None:
            connection.exec_driver_sql(f"CREATE ROLE {name} LOGIN")
        if password:
            connection.exec_driver_sql(f"ALTER ROLE {name} PASSWORD {_literal(password)}")
        _privileges(connection, name, write=write)
    return found is None


def _privileges(connection: Connection, name: str, *, write: bool) -> None:
    schema = _quoted(str(connection.execute(text("SELECT current_schema()")).scalar()))
    database = _quoted(str(connection.execute(text("SELECT current_database()")).scalar()))
    tables = f"ALL TABLES IN SCHEMA {schema}"
    statements = [
        f"GRANT CONNECT ON DATABASE {database} TO {name}",
        f"GRANT USAGE ON SCHEMA {schema} TO {name}",
        f"GRANT SELECT ON {tables} TO {name}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {name}",
    ]
    if write:
        statements += [
            f"GRANT INSERT, UPDATE, DELETE ON {tables} TO {name}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {name}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} "
            f"GRANT INSERT, UPDATE, DELETE ON TABLES TO {name}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} "
            f"GRANT USAGE, SELECT ON SEQUENCES TO {name}",
        ]
    else:
        statements += [
            f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {tables} FROM {name}",
            f"REVOKE USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} FROM {name}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} "
            f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON TABLES FROM {name}",
        ]
    for statement in statements:
        connection.exec_driver_sql(statement)
