"""Translations without Qt, for the command line (the wizard uses Qt's own translators).

The English text is the source everywhere.  ``N_("Context", "text")`` marks a string for
``tools/translations.py update`` and returns it unchanged; ``Catalogue`` reads the
translations the build put inside the package (``translations/pic_wizard_<lang>.json``,
made from the same ``.ts`` as the wizard's ``.qm``).

A text with a count is written once, with ``%n`` where the number goes and "(s)" where
English adds its plural, as Qt's ``tr(text, "", n)`` takes it: ``NP_("Context", "%n
error(s)")`` marks it, ``Catalogue.plural(context, text, n)`` picks the language's form
(the .ts holds each language's forms, English included, as Qt's numerus forms).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

SUPPORTED = ("en", "fr")


def N_(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; translated when shown."""
    del context
    return text


def NP_(context: str, text: str) -> str:
    """Mark ``text``, a text with a count ``%n``, for translation with plural forms."""
    del context
    return text


def plural_form(language: str, n: int) -> int:
    """Which of a language's plural forms a count takes (Qt's rules): French says
    "0 erreur, 1 erreur, 2 erreurs", English "0 errors, 1 error, 2 errors"."""
    if language == "fr":
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


def english_forms(text: str) -> tuple[str, str]:
    """The English singular and plural of a text written with "(s)"."""
    return text.replace("(s)", ""), text.replace("(s)", "s")


def _language_of(value: str) -> str:
    """The language part of a locale name: "fr_CA.UTF-8@euro" -> "fr"."""
    return value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].strip().lower()


def _user_ui_language_id() -> int | None:
    """``GetUserDefaultUILanguage()`` on Windows: the language identifier of the user's
    display language (learn.microsoft.com, "GetUserDefaultUILanguage function
    (winnls.h)"); None elsewhere."""
    if sys.platform != "win32":
        return None
    import ctypes  # Windows only

    return int(ctypes.windll.kernel32.GetUserDefaultUILanguage())


def windows_display_language() -> str:
    """The Windows user's display language as a locale name ("fr_FR"; Python's
    ``locale.windows_locale`` maps the identifiers), or "" elsewhere or when Windows
    cannot say."""
    try:
        identifier = _user_ui_language_id()
    except (OSError, AttributeError, ValueError):
        return ""
    if identifier is None:
        return ""
    import locale  # Windows only: not a cost of every start elsewhere

    return locale.windows_locale.get(identifier, "")


def language_from_environment(
    environ: Mapping[str, str] = os.environ,
    display_language: Callable[[], str] | None = None,
) -> str:
    """The language the command line and the wizard speak when none is chosen, as GNU
    gettext picks it: ``LANGUAGE`` (a priority list, "de:fr" -> French) unless the locale
    is C/POSIX; else ``LC_ALL``, then ``LC_MESSAGES``, then ``LANG``; else, when none of
    them is set (Windows, where ``LANG`` usually is not), the user's display language.
    A language pic-wizard does not speak gives English.

    Source: the GNU gettext manual, "The LANGUAGE variable" (section 2.3.3): LANGUAGE
    takes precedence over LC_ALL, LC_MESSAGES and LANG for messages, and is ignored when
    the locale is "C" (glibc's ``guess_category_value``, intl/dcigettext.c)."""
    locale_name = next(
        (environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(v)), ""
    )
    # glibc compares the locale's name with "C" (POSIX is the same locale): C.UTF-8
    # keeps LANGUAGE.
    is_c = locale_name in ("C", "POSIX")
    if not locale_name:
        locale_name = (display_language or windows_display_language)()
        # Without a locale variable the C library's locale is "C" on POSIX systems; on
        # Windows the display language stands for it.
        is_c = not locale_name
    wanted = [_language_of(e) for e in environ.get("LANGUAGE", "").split(":")]
    wanted = [language for language in wanted if language]
    if wanted and not is_c:
        # GNU gettext tries each entry in turn and falls back to the untranslated
        # (English) text when none is translated.
        return next((language for language in wanted if language in SUPPORTED), "en")
    language = _language_of(locale_name)
    return language if language in SUPPORTED else "en"


# The package's translations folder, where it is installed as files (always, but in a zip).
_TRANSLATIONS = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "translations"
)


def _translations(name: str) -> str | None:
    """The text of the translations file ``name`` (None: there is none).  Read from the
    folder beside the modules when there is one: importlib.resources, for a package in a
    zip, costs every start of the command line a few milliseconds of imports."""
    try:
        with open(os.path.join(_TRANSLATIONS, name), encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        pass
    from importlib import resources

    try:
        return resources.files("pic_wizard.translations").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError):
        return None


class Catalogue:
    """English text -> the text in one language, by context."""

    def __init__(
        self,
        language: str = "en",
        table: Mapping[str, Mapping[str, str | list[str]]] | None = None,
    ):
        self.language = language
        self._table = table or {}

    @classmethod
    def load(cls, language: str) -> Catalogue:
        if language == "en":
            # The source language: its texts are the English ones, and its plural forms
            # (the only entries of its file, which Qt's .qm needs) are ``english_forms``.
            # Not read at each start of the command line (nor JSON imported for it).
            return cls()
        text = _translations(f"pic_wizard_{language}.json")
        if text is None:
            return cls()
        import json  # when a catalogue is read, not at every import of this module

        return cls(language, json.loads(text))

    def translate(self, context: str, text: str) -> str:
        found = self._table.get(context, {}).get(text, text)
        return found if isinstance(found, str) else text

    def plural(self, context: str, text: str, n: int) -> str:
        """``text`` (marked ``NP_``) for the count ``n``, ``%n`` replaced by it."""
        forms = self._table.get(context, {}).get(text)
        language = self.language
        if not isinstance(forms, list) or not forms:
            forms, language = list(english_forms(text)), "en"
        chosen = forms[min(plural_form(language, n), len(forms) - 1)]
        return str(chosen).replace("%n", str(n))

    def context(self, context: str) -> TranslateIn:
        return TranslateIn(self, context)


class TranslateIn:
    """``translate(text)`` in one context: what the core's render functions take."""

    def __init__(self, catalogue: Catalogue, context: str) -> None:
        self._catalogue = catalogue
        self._context = context

    def __call__(self, text: str) -> str:
        return self._catalogue.translate(self._context, text)

    def plural(self, text: str, n: int) -> str:
        return self._catalogue.plural(self._context, text, n)
