"""Translation: the Danish catalogue by default, English on request.

Strings are written in English in the code. Services, reports and the command line
translate them with `translate`, which reads the catalogue as plain Python
(`dpo_desk.translations`), so they run without Qt. The window also installs Qt's
translators (`install`), for `tr()` in its widgets and Qt's own buttons; both read the
same catalogue, so a string reads the same everywhere.
"""

from __future__ import annotations

import sys
from typing import Any

from dpo_desk.translations import DEFAULT_LANGUAGE, LANGUAGES, catalogue

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "error_text", "install", "language", "translate"]

_language = DEFAULT_LANGUAGE
_installed: list[Any] = []  # Qt translators must outlive their installation


def language() -> str:
    """The language now in use."""
    return _language


def set_language(chosen: str) -> str:
    """Use `chosen` (da or en; anything else: Danish) for `translate`; returns it."""
    global _language
    _language = chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE
    return _language


def translate(context: str, text: str, n: int | None = None) -> str:
    """`text` in the language in use (with `n`: its plural form, %n filled in)."""
    return catalogue(_language).translate(context, text, n)


def error_text(error: BaseException) -> str:
    """The message of an error in the language in use (its template translated, then
    its values filled in)."""
    from dpo_desk.domain.text import render

    message = getattr(error, "message", None)
    if isinstance(message, str):
        return render(message, translate("Domain", message), translate)
    return translate("Domain", str(error))


def install(chosen: str = DEFAULT_LANGUAGE) -> str:
    """Use `chosen` everywhere: for `translate`, and in the running Qt application (its
    translators and default locale) when there is one; returns the language used."""
    chosen = set_language(chosen)
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is None:  # no Qt loaded, so no application: the commands need none
        return chosen
    app = qt_core.QCoreApplication.instance()
    if app is None:
        return chosen
    _install_qt(app, chosen)
    return chosen


def _install_qt(app: Any, chosen: str) -> None:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from dpo_desk.paths import resource_path

    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Danish if chosen == "da" else QLocale.Language.English,
            QLocale.Country.Denmark,
        )
    )
    if chosen == "en":
        return
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", f"dpo_desk_{chosen}.qm"))):
        app.installTranslator(translator)
        _installed.append(translator)
    qt_translator = QTranslator(app)  # Qt's own strings (standard buttons, dialogs)
    if qt_translator.load(
        QLocale(chosen),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
