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

import json
import os
from collections.abc import Mapping
from importlib import resources

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


def language_from_environment(environ: Mapping[str, str] = os.environ) -> str:
    """The language POSIX programs follow: LC_ALL, then LC_MESSAGES, then LANG."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            language = value.split(".")[0].split("_")[0].split("@")[0].lower()
            return language if language in SUPPORTED else "en"
    return "en"


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
        try:
            text = (
                resources.files("pic_wizard.translations")
                .joinpath(f"pic_wizard_{language}.json")
                .read_text(encoding="utf-8")
            )
        except (FileNotFoundError, ModuleNotFoundError):
            return cls()
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
