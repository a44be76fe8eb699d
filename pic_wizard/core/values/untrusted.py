"""Untrusted text made harmless: the one place that turns a value from a certificate, a
file, a profile, a path or the command line into text a terminal, a JSON reader or a
report shows as it is.

A certificate's subject can carry ``ESC[2J`` (clear the screen), OSC 0/8/52 (window
title, hyperlink, clipboard write), BEL, NUL, a newline that forges a line of output, or a
right-to-left override (U+202E) that makes ``moc.elif`` read ``file.com``.  ``visible``
shows every such character as an escape (``\\x1b``, ``\\u202e``), and ``dumps`` writes
them as JSON ``\\uXXXX`` escapes, so a reader gets the value back exactly.

What is escaped: every control character (C0 with newline and tab, DEL, C1), every
invisible format character (the bidi embeddings, overrides, isolates and marks, zero-width
space, word joiner, BOM, soft hyphen...: Unicode category Cf), the line and paragraph
separators U+2028/U+2029, lone surrogates (a file name that is not UTF-8) and the
invisible Hangul fillers.  Two format characters are kept where text needs them: a
zero-width joiner or non-joiner between two other non-ASCII characters (emoji
sequences, Indic and Persian scripts), and the tag characters of a subdivision flag
(U+1F3F4 followed by tags); next to ASCII (a host name) they are escaped.  Everything
else (accents, CJK, emoji) is shown unchanged.

The escapes: ``\\xHH`` below U+0100, ``\\uHHHH`` below U+10000, ``\\UHHHHHHHH`` beyond, in
lower-case hex.  A backslash is doubled where it could be read as the start of one (before
a backslash, ``x``, ``u``, ``U`` or an escaped character), so the rendering is unambiguous;
elsewhere (a DN's ``\\,``, a Windows path's ``\\certs``) it is shown as it is.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .errors import PicWizardError
    from .findings import Finding

# Anything but printable ASCII (a backslash included): the characters to look at.
_CANDIDATE = re.compile(r"[^\x20-\x5b\x5d-\x7e]")
# What JSON leaves raw with ensure_ascii=False: everything outside ASCII and DEL.
_JSON_CANDIDATE = re.compile(r"[^\x00-\x7e]")
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
# Letters that draw nothing (Hangul fillers): a name can hide behind them.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")
_JOINERS = frozenset("\u200c\u200d")
_BLACK_FLAG = "\U0001f3f4"
_TAGS = range(0xE0020, 0xE0080)
# What follows a backslash in an escape: a backslash that precedes one of them is doubled.
_ESCAPE_LETTERS = frozenset("\\xuU")


def _hidden_char(char: str) -> bool:
    import unicodedata  # only for text beyond ASCII (rare): not at every start

    return unicodedata.category(char) in _HIDDEN_CATEGORIES or char in _BLANK_LETTERS


def _plain_non_ascii(text: str, index: int) -> bool:
    """Whether text[index] exists, is not ASCII, and is shown as it is."""
    if not 0 <= index < len(text):
        return False
    char = text[index]
    return ord(char) > 0x7F and not _hidden_char(char)


def _kept(text: str, index: int) -> bool:
    """Whether the format character at ``index`` is part of ordinary text (see above)."""
    char = text[index]
    if char in _JOINERS:
        return _plain_non_ascii(text, index - 1) and _plain_non_ascii(text, index + 1)
    if ord(char) in _TAGS:
        start = index
        while start > 0 and ord(text[start - 1]) in _TAGS:
            start -= 1
        return start > 0 and text[start - 1] == _BLACK_FLAG
    return False


def _escape_at(text: str, index: int) -> str | None:
    """The escape of text[index], or None when it is shown as it is."""
    char = text[index]
    if char == "\\":
        # Doubled only where it could be read as the start of an escape, so a DN's "\,"
        # and a path's "\certs" read as they are, and the rendering stays unambiguous.
        after = index + 1
        if after < len(text) and (text[after] in _ESCAPE_LETTERS or _escape_at(text, after)):
            return "\\\\"
        return None
    if not _hidden_char(char) or _kept(text, index):
        return None
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def visible(text: str) -> str:
    """``text`` with every control, bidi and invisible format character (and the
    backslash) shown as an escape; ordinary text unchanged.  The result holds no
    control character, so it is one line whatever the value."""
    if text.isascii() and text.isprintable() and "\\" not in text:
        return text  # what _CANDIDATE finds, said without a scan: nothing to look at
    return _substituted(text, _CANDIDATE, _escape_at)


def _substituted(
    text: str, candidates: re.Pattern[str], escape_at: Callable[[str, int], str | None]
) -> str:
    """``text`` with each character ``candidates`` finds replaced by ``escape_at``'s
    escape for it, when it gives one."""
    parts: list[str] = []
    last = 0
    for match in candidates.finditer(text):
        index = match.start()
        escape = escape_at(text, index)
        if escape is not None:
            parts.append(text[last:index])
            parts.append(escape)
            last = index + 1
    parts.append(text[last:])
    return "".join(parts)


def hidden(text: str) -> bool:
    """Whether ``text`` holds a character ``visible`` escapes (the backslash aside): a
    value that cannot be shown, nor kept as an answer, as it is."""
    return any(
        text[m.start()] != "\\" and _escape_at(text, m.start()) is not None
        for m in _CANDIDATE.finditer(text)
    )


def visible_path(path: str) -> str:
    """A path as ``visible`` shows it, the separators of a Windows path left as they are
    (a Windows file name cannot hold a backslash nor a control character)."""
    if os.sep == "\\":
        return "\\".join(visible(part) for part in path.split("\\"))
    return visible(path)


def _json_escape(text: str, index: int) -> str | None:
    char = text[index]
    if not _hidden_char(char) or _kept(text, index):
        return None
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # JSON writes a character beyond U+FFFF as its UTF-16 pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def dumps(obj: object, *, indent: int | None = None) -> str:
    """``obj`` as JSON, ordinary text as it is, every character ``visible`` escapes as a
    ``\\uXXXX`` escape (JSON's own escapes for C0): ``json.loads(dumps(x)) == x``."""
    import json  # only for --json and the files written (not at every start)

    return json_visible(json.dumps(obj, ensure_ascii=False, indent=indent))


def dumps_text(text: str) -> str:
    """``dumps(text)`` of a string, byte for byte, with the one string encoder json.dumps
    itself uses (without building an encoder for each value)."""
    return json_visible(json_string()(text))


@functools.cache
def json_string() -> Callable[[str], str]:
    """The string encoder of json.dumps with ensure_ascii=False (its C version when
    built): a string as JSON, quoted, its text as it is but for JSON's own escapes.  Not
    harmless until ``json_visible`` has read it (or the JSON document it is part of).
    JSON is imported at the first use: a check's text output does without it."""
    import json.encoder

    return json.encoder.encode_basestring


def json_visible(text: str) -> str:
    """A JSON document (or part of one: whole strings with what is between them) made
    harmless as ``dumps`` makes its own."""
    # Outside strings JSON is ASCII, so every match is inside a string, where \\u is
    # valid; and each match is judged by its string's characters alone (a string's quotes
    # are ASCII), so a document's strings can be made visible one by one or together.
    if text.isascii() and "\x7f" not in text:  # what _JSON_CANDIDATE finds: no scan
        return text
    return _substituted(text, _JSON_CANDIDATE, _json_escape)


# Parameters that hold a file's path (shown with visible_path).
PATH_PARAMS = frozenset({"file"})


def visible_params(params: Mapping[str, str]) -> dict[str, str]:
    """The values of a finding or an error, each shown with ``visible`` before it fills a
    template (the template's own text, with its real newlines, stays as it is).  A text
    parameter made of parts keeps its separators, so each part is still translated."""
    from .findings import PARTS, TEXT_PARAMS

    shown: dict[str, str] = {}
    for key, value in params.items():
        if key in PATH_PARAMS:
            shown[key] = visible_path(value)
        elif key in TEXT_PARAMS:
            shown[key] = PARTS.join(visible(part) for part in value.split(PARTS))
        else:
            shown[key] = visible(value)
    return shown


def visible_finding(finding: Finding) -> Finding:
    """``finding`` with its subject and values shown with ``visible``, to be rendered."""
    from .record import replace

    return replace(finding, subject=visible(finding.subject), params=visible_params(finding.params))


def visible_error(error: PicWizardError) -> PicWizardError:
    """``error`` with its values shown with ``visible``, to be rendered."""
    from .errors import PicWizardError

    return PicWizardError(error.code, **visible_params(error.params))
