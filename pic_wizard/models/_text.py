"""Text helpers shared by the models: catalogue translation and plain-text tooltips."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import Qt

# The context under which translators find the core's English templates (findings
# catalogue); the core renders them through this function, at the edge.
CATALOGUE_CONTEXT = "Catalogue"


def translate_catalogue(text: str) -> str:
    """The catalogue template ``text`` in the user's language (itself when untranslated)."""
    return QCoreApplication.translate(CATALOGUE_CONTEXT, text)


def translate_context(context: str) -> Callable[[str], str]:
    """``translate(text)`` in one context of the .ts (texts the core marked N_)."""
    return lambda text: QCoreApplication.translate(context, text)


class ContextWords:
    """Text of one context of the .ts, with its plural forms: what the core's sentences
    with a count take (``core.rules.lifetime.Words``)."""

    def __init__(self, context: str) -> None:
        self.context = context

    def __call__(self, text: str) -> str:
        return QCoreApplication.translate(self.context, text)

    def plural(self, text: str, n: int) -> str:
        return QCoreApplication.translate(self.context, text, None, n)


def translate_params(text: str) -> str:
    """A text value a finding or an error carries (a field name, a reason)."""
    return QCoreApplication.translate("Params", text)


def translate_reasons(text: str) -> str:
    """Why a name is in the certificate."""
    return QCoreApplication.translate("Reasons", text)


def translate_errors(text: str) -> str:
    """An error's message or fix template."""
    return QCoreApplication.translate("Errors", text)


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that Qt shows literally.

    Qt renders a tooltip as rich text when it merely looks like HTML
    (``Qt::mightBeRichText``).  Names typed by the admin or read from a certificate are
    untrusted and may contain ``<``; such text is escaped into a paragraph, so a name like
    ``<img src=…>`` is shown, not interpreted.  Ordinary text is returned unchanged.
    """
    if Qt.mightBeRichText(text):
        return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
    return text
