"""The window (PySide6): the only layer that imports Qt.

Once PySide6 is imported, its import hook asks of every module imported after it
whether its source mentions PySide6, through `inspect.getsource` (PYSIDE-2029): each
module's source is tokenized and kept in `linecache` for good, some 18 MB and a few
hundred milliseconds for the modules the window imports. The same question is answered
here by one read of the module's file, which keeps nothing.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

import PySide6  # noqa: F401 - installs the import hook changed below


def _cheap_pyside_check() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    asked = getattr(feature, "_mod_uses_pyside", None)
    if asked is None or getattr(asked, "cheap", False):
        return  # another version of PySide6: left as it is

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(asked(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(asked(module))

    uses_pyside.cheap = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    linecache.clearcache()  # the sources read before: read again if a traceback needs them


_cheap_pyside_check()
