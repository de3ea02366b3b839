"""Every string a user sees has a Danish translation, and the compiled catalogue is current."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dpo_desk.paths import resource_path

ROOT = Path(__file__).resolve().parent.parent
TS = resource_path("translations", "dpo_desk_da.ts")
QM = resource_path("translations", "dpo_desk_da.qm")


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: it comes with pyside6-essentials")
    return found


def _sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "dpo_desk").rglob("*.py"))


def test_every_visible_string_has_a_danish_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)  # lupdate keeps the translations that exist, adds what is new
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *_sources(),
            *("-ts", str(fresh), "-no-obsolete", "-locations", "none"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    untranslated = []
    for context in ET.parse(fresh).getroot():
        name = context.findtext("name")
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                untranslated.append(f"{name}: {message.findtext('source')!r}")
    assert untranslated == [], "no Danish translation:\n" + "\n".join(untranslated)


def test_the_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    compiled = tmp_path / "da.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease (see README)"


def test_english_on_request(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from dpo_desk import i18n

    try:
        i18n.install("en")
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        i18n.install("da")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Filer"


def test_no_string_to_translate_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-string expressions: a `self.tr("…")` there is
    never offered for translation and stays English on a Danish screen."""
    import re

    hidden = re.compile(r"""\bf(["']).*\{[^}]*(?:\btr|translate)\(\s*["']""")
    found = [
        f"{Path(path).relative_to(ROOT)}:{number}"
        for path in _sources()
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1)
        if hidden.search(line)
    ]
    assert found == []
