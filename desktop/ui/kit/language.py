"""The interface language: which one is in force, its translators and its locale.

The language is the ``ui/language`` setting, or the system's when the setting is empty. The
application speaks Kazakh, Russian and English; any other system language gets English.
Changing the language at run time installs the new translators, so Qt sends every widget a
``LanguageChange`` event: windows that handle it (``retranslate_ui``) switch at once, and
every window opened afterwards is built in the new language. Dates, numbers and the names of
countries follow :func:`interface_language` through the default :class:`QLocale`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import LANGUAGES
from desktop.resources import resources_dir
from desktop.ui.kit import settings

__all__ = [
    "LANGUAGE_NAMES",
    "TRANSLATION_PREFIX",
    "apply_language",
    "install_translators",
    "interface_language",
    "system_language",
    "translations_dir",
]

log = logging.getLogger(__name__)

TRANSLATION_PREFIX = "export_commission"
"""Our files are ``resources/translations/export_commission_<lang>.qm``."""

LANGUAGE_NAMES: dict[str, str] = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
"""Each language by its own name, as a language menu shows it (never translated)."""

_FALLBACK = "en"

QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
)
"""Standard buttons whose names in Qt's own translations mislead here, named again in ours
(installed after Qt's, so ours win): Qt's Kazakh calls Cancel «Бас тарту», the very words of
refusing the state service, so the refusal dialog had two buttons of one name; its Kazakh
and Russian Discard mean "ignore" and "reject"."""

_translators: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def system_language() -> str:
    """The system's language if the interface speaks it, else English."""
    language = QLocale.system().name().split("_")[0]
    return language if language in LANGUAGES else _FALLBACK


def interface_language() -> str:
    """The language the interface speaks now: ``kk``, ``ru`` or ``en``."""
    chosen = settings.LANGUAGE.get()
    return chosen if chosen in LANGUAGES else system_language()


def _locale(language: str) -> QLocale:
    """The system's locale when it speaks *language* (its own country and formats)."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def install_translators(app: QCoreApplication) -> list[str]:
    """Install Qt's and our translations for :func:`interface_language`, and its locale.

    Replaces the translators installed before. A missing file is not an error (the ``.qm``
    files are built by ``scripts/translations compile``); the interface then shows the English
    source text. Returns the files loaded.
    """
    for old in _translators:
        app.removeTranslator(old)
        old.deleteLater()
    _translators.clear()
    language = interface_language()
    QLocale.setDefault(_locale(language))
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (TRANSLATION_PREFIX, translations_dir()),
    )
    for name, directory in sources:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", directory):
            app.installTranslator(translator)
            _translators.append(translator)
            log.info("installed the translation %s", translator.filePath())
        elif name == TRANSLATION_PREFIX:
            log.warning("no compiled translation %s_%s.qm in %s", name, language, directory)
    return [t.filePath() for t in _translators]


def apply_language(app: QCoreApplication, language: str) -> list[str]:
    """Store *language* (empty: the system's) and switch the running interface to it."""
    settings.LANGUAGE.set(language if language in LANGUAGES else "")
    return install_translators(app)
