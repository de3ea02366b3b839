"""(stub)"""

from __future__ import annotations


def write(db, fmt, path, options):  # noqa: ANN001, ANN201
    raise NotImplementedError
