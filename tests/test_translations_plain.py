"""The catalogue read without Qt gives what Qt's translator gives."""

from __future__ import annotations

import subprocess
import sys

from dpo_desk.translations import catalogue


def test_danish_strings_and_plural_forms_without_qt() -> None:
    da = catalogue("da")
    assert len(da) > 900
    assert da.translate("Domain", "This field is required.") == "Feltet skal udfyldes."
    assert da.translate("LogView", "%n record(s)", 1) == "1 post"
    assert da.translate("LogView", "%n record(s)", 3) == "3 poster"
    assert da.translate("Nowhere", "Unknown text") == "Unknown text"


def test_english_is_the_source() -> None:
    en = catalogue("en")
    assert en.translate("Domain", "This field is required.") == "This field is required."
    assert en.translate("LogView", "%n record(s)", 2) == "2 record(s)"


def test_reading_the_catalogue_imports_no_qt() -> None:
    code = (
        "import sys; from dpo_desk.translations import catalogue; catalogue('da');"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_qt_and_the_plain_catalogue_agree(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from dpo_desk import i18n

    i18n.install("da")
    da = catalogue("da")
    for context, source in [("Domain", "This field is required."), ("LogView", "All tables")]:
        assert da.translate(context, source) == QCoreApplication.translate(context, source)
