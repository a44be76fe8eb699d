"""The wizard's language: the system's, unless the admin chose another (remembered).

pic-wizard's own translation and Qt's (``qtbase``: the wizard's Back/Next/Finish buttons,
standard dialogs) are loaded together; both ship with the installed packages.  English
loads pic-wizard's plural forms only ("%n error(s)" is "1 error", "2 errors").
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings, QTranslator

from ..core.values.i18n import SUPPORTED, language_from_environment, windows_display_language

SETTING = "language"  # "" (the system's), "en" or "fr"
# The package's .qm files, beside its modules (importlib.resources, for a package in a
# zip, costs the window's start a few milliseconds of imports).
_FOLDER = Path(__file__).resolve().parent.parent / "translations"

# Words of Qt's file dialog that Qt's own French (qtbase) leaves in English: pic-wizard's
# translation, installed after Qt's, gives them.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
)


def chosen_language(override: str = "") -> str:
    """``override`` (the command line), else the remembered choice, else the system's."""
    for candidate in (override, str(QSettings().value(SETTING, "") or "")):
        if candidate in SUPPORTED:
            return candidate
    # The same choice as the command line's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, then
    # Windows' display language): the two front ends speak alike on one machine.
    return language_from_environment(display_language=display_language)


def display_language() -> str:
    """The user's display language when no locale variable is set: Windows' (the core's
    lookup, as the command line does), else, on macOS, where an application started from
    the Finder has no LANG, the first of the languages the user prefers, as Qt reads them."""
    windows = windows_display_language()
    if windows or sys.platform != "darwin":
        return windows
    preferred = QLocale.system().uiLanguages()
    return preferred[0].replace("-", "_") if preferred else ""


def remember_language(language: str) -> None:
    QSettings().setValue(SETTING, language if language in SUPPORTED else "")


_installed: list[QTranslator] = []
_language = ["en"]  # the language last installed (what the wizard speaks)


def installed_language() -> str:
    """The language the wizard speaks now: the core's text (reports) follows it."""
    return _language[0]


def install_translators(language: str) -> bool:
    """Load pic-wizard's and Qt's translations for ``language``; True if pic-wizard's was
    found (English needs none)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _language[0] = "en"
    if app is None:
        return language == "en"
    ours = QTranslator()
    # English too: its plural forms ("1 error", "2 errors"), the source says "error(s)".
    found = ours.load(str(_FOLDER / f"pic_wizard_{language}.qm"))
    if not found:
        from importlib import resources

        path = resources.files("pic_wizard.translations").joinpath(f"pic_wizard_{language}.qm")
        found = ours.load(str(path))
    if language == "en":
        if found:
            app.installTranslator(ours)
            _installed.append(ours)
        return True

    qt = QTranslator()
    folder = _qt_translations_folder()
    if qt.load(f"qtbase_{language}", folder):
        app.installTranslator(qt)
        _installed.append(qt)
    elif sys.stderr is not None:  # a bundle or a Qt install without it: say so once
        sys.stderr.write(
            f"pic-wizard: Qt's own translation qtbase_{language}.qm is not in {folder}; "
            "Qt's buttons and dialogs stay in English.\n"
        )
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
        _language[0] = language
    return found


def _qt_translations_folder() -> str:
    """Where Qt's own .qm files are: beside Qt in the PySide6 package, in a frozen bundle
    too (PyInstaller keeps that layout)."""
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
