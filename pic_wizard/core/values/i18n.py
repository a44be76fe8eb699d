"""Translations without Qt, for the command line (the wizard uses Qt's own translators).

The English text is the source everywhere.  ``N_("Context", "text")`` marks a string for
``tools/translations.py update`` and returns it unchanged; ``Catalogue`` reads the
translations the build put inside the package (``translations/pic_wizard_<lang>.json``,
made from the same ``.ts`` as the wizard's ``.qm``).
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

    def __init__(self, language: str = "en", table: Mapping[str, Mapping[str, str]] | None = None):
        self.language = language
        self._table = table or {}

    @classmethod
    def load(cls, language: str) -> Catalogue:
        if language == "en":
            return cls()
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
        return self._table.get(context, {}).get(text, text)

    def context(self, context: str) -> TranslateIn:
        return TranslateIn(self, context)


class TranslateIn:
    """``translate(text)`` in one context: what the core's render functions take."""

    def __init__(self, catalogue: Catalogue, context: str) -> None:
        self._catalogue = catalogue
        self._context = context

    def __call__(self, text: str) -> str:
        return self._catalogue.translate(self._context, text)
