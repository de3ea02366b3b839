"""Translation: the Danish catalogue by default, English on request.

Strings are written in English in the code and translated by Qt (`tr()`,
`QCoreApplication.translate`), in the GUI and in headless commands alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from dpo_desk.paths import resource_path

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"
_installed: list[QTranslator] = []  # translators must outlive their installation


def translate(context: str, text: str) -> str:
    """`text` in the installed language (Qt's translate, usable outside QObjects)."""
    return QCoreApplication.translate(context, text)


def error_text(error: BaseException) -> str:
    """The message of an error in the installed language (its template translated, then
    its values filled in)."""
    from dpo_desk.domain.text import render

    message = getattr(error, "message", None)
    if isinstance(message, str):
        return render(message, translate("Domain", message), translate)
    return translate("Domain", str(error))


def install(language: str = DEFAULT_LANGUAGE) -> str:
    """Load the catalogue of `language` into the running Qt application; returns it.

    A QCoreApplication must exist. English needs no catalogue: the source is English.
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the Qt application before installing a language"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Danish if language == "da" else QLocale.Language.English,
            QLocale.Country.Denmark,
        )
    )
    if language == "en":
        return language
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", f"dpo_desk_{language}.qm"))):
        app.installTranslator(translator)
        _installed.append(translator)
    qt_translator = QTranslator(app)  # Qt's own strings (standard buttons, dialogs)
    from PySide6.QtCore import QLibraryInfo

    if qt_translator.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    return language


def ensure_core_application(language: str = DEFAULT_LANGUAGE) -> QCoreApplication:
    """A Qt core application for headless commands (exports need translations)."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication(["dpo-desk"])
        install(language)
    return app
