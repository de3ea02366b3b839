"""A throwaway PostgreSQL server for the tests of team mode, started once per session
(initdb and pg_ctl from the machine's PostgreSQL, on a Unix socket in a temporary
folder) and shared by every test file that asks for it; every test gets a new database.
`.ci/run` installs PostgreSQL, so in CI these tests always run. conftest.py makes the
fixtures known to every test file."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator

import pytest

PORT = 54329


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run it as the 'postgres' account then."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def url(server: str, database: str, user: str = "postgres") -> str:
    """The SQLAlchemy URL of `database` on the test server, logged in as `user`."""
    return f"postgresql+psycopg://{user}@/{database}?host={server}&port={PORT}"


def admin(server: str, database: str = "postgres") -> object:
    """A psycopg connection as the server's superuser (autocommit)."""
    import psycopg

    return psycopg.connect(host=server, port=PORT, user="postgres", dbname=database,
                           autocommit=True)


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """A running throwaway server; yields the folder of its socket."""
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if initdb is None or pg_ctl is None:
        pytest.skip("PostgreSQL is not installed (.ci/run installs it)")
    folder = tempfile.mkdtemp(prefix="dpo-pg-")
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data = f"{folder}/data"
    subprocess.run(_as_server_user([initdb, "-D", data, "-A", "trust", "-U", "postgres"]),
                   check=True, capture_output=True, timeout=120)
    options = f"-k {folder} -p {PORT} -c listen_addresses='' -c fsync=off"
    subprocess.run(_as_server_user([pg_ctl, "-D", data, "-o", options, "-l", f"{folder}/log",
                                    "-w", "start"]), check=True, capture_output=True, timeout=120)
    try:
        yield folder
    finally:
        subprocess.run(_as_server_user([pg_ctl, "-D", data, "-m", "immediate", "stop"]),
                       capture_output=True, timeout=120, check=False)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(server: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """A new, empty database on the server, dropped afterwards."""
    pytest.importorskip("psycopg")
    name = "dpo_" + request.node.name.lower().replace("[", "_").replace("]", "")[:50]
    connection = admin(server)
    connection.execute(f'DROP DATABASE IF EXISTS "{name}"')  # type: ignore[attr-defined]
    connection.execute(f'CREATE DATABASE "{name}"')  # type: ignore[attr-defined]
    yield url(server, name)
    connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')  # type: ignore[attr-defined]
    connection.close()  # type: ignore[attr-defined]
