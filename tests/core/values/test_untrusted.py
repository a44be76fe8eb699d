"""The rendering of untrusted text: every control, bidi and invisible character shown as an
escape, ordinary text unchanged, JSON that reads back the same value."""

from __future__ import annotations

import json
import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pic_wizard.core.values.untrusted import dumps, hidden, visible, visible_finding, visible_params

HOSTILE = {
    "\x1b[2J": "\\x1b[2J",
    "\x1b]0;title\x07": "\\x1b]0;title\\x07",
    "\x1b]8;;http://evil/\x1b\\": "\\x1b]8;;http://evil/\\x1b\\",
    "\x1b]52;c;cm0=\x07": "\\x1b]52;c;cm0=\\x07",
    "IT\x00\nFAKE-LINE: READY": "IT\\x00\\x0aFAKE-LINE: READY",
    "a\rb\tc": "a\\x0db\\x09c",
    "del\x7f": "del\\x7f",
    "csi\x9b31m": "csi\\x9b31m",
    "nel\x85": "nel\\x85",
    "moc.\u202eexe": "moc.\\u202eexe",
    "\u2066iso\u2069\u200e\u200f\u061c": "\\u2066iso\\u2069\\u200e\\u200f\\u061c",
    "line\u2028para\u2029": "line\\u2028para\\u2029",
    "zero\u200bwidth\ufeff\u2060": "zero\\u200bwidth\\ufeff\\u2060",
    "soft\xadhyphen": "soft\\xadhyphen",
    "a\u200db.com": "a\\u200db.com",  # a joiner in a host name
    "\u3164filler": "\\u3164filler",
    "tag\U000e0041": "tag\\U000e0041",
    "lone\udc80": "lone\\udc80",  # os.fsdecode of a byte that is not UTF-8
}

ORDINARY = [
    "sip.contoso.com",
    "Société Générale, Zürich",
    "東京都港区",
    "Контора",
    "شركة",
    "emoji 😀 🇫🇷",
    "family 👨\u200d👩\u200d👧",  # joiners between emoji: kept
    "flag 🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
    "CN=Contoso\\, Ltd, O=a\\+b",  # a DN's own escapes: not doubled
    "C:\\certs\\edge.pfx",
    "plain \\ backslash",
]


def escaped_everywhere(text: str) -> bool:
    """No character a terminal or a reader could act on (the joiners of emoji aside)."""
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Zl", "Zp", "Cs"):
            return False
        if category == "Cf" and char not in "\u200c\u200d" and not 0xE0020 <= ord(char) < 0xE0080:
            return False
    return True


def unescape(text: str) -> str:
    """The reader's side of ``visible``: proves the rendering is unambiguous."""

    def one(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "\\\\":
            return "\\"
        return chr(int(token[2:], 16))

    return re.sub(r"\\\\|\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|\\U[0-9a-f]{8}", one, text)


@pytest.mark.parametrize(("raw", "shown"), HOSTILE.items())
def test_hostile_characters_are_shown_as_escapes(raw: str, shown: str) -> None:
    assert visible(raw) == shown
    assert escaped_everywhere(visible(raw))
    assert hidden(raw)
    assert unescape(visible(raw)) == raw


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_is_unchanged(text: str) -> None:
    assert visible(text) == text
    assert not hidden(text)
    assert dumps(text) == json.dumps(text, ensure_ascii=False)


def test_a_backslash_that_could_start_an_escape_is_doubled() -> None:
    assert visible("\\x1b") == "\\\\x1b"  # the four characters, not ESC
    assert visible("\\\x1b") == "\\\\\\x1b"  # a backslash, then ESC
    assert visible("\\\\") == "\\\\\\"  # the last one starts nothing
    assert visible("C:\\Users\\u") == "C:\\\\Users\\\\u"
    assert visible("\\" * 5000) == "\\" * 9999  # no recursion over a run


def test_every_control_and_format_character_of_this_python_is_escaped() -> None:
    """Whatever Unicode version Python knows: each Cc, Cf, Zl, Zp and Cs character."""
    missed = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs"):
            shown = visible(f"a{char}b")
            if shown == f"a{char}b" or not escaped_everywhere(shown):
                missed.append(hex(code))
    assert missed == []


def test_dumps_escapes_as_json_and_reads_back() -> None:
    value = {"subject": "IT\x00\nFAKE \u202e\x9b \U000e0041", "n": [1, None, True]}
    text = dumps(value)
    assert json.loads(text) == value
    assert escaped_everywhere(text)
    assert "\\u202e" in text and "\\u009b" in text and "\\udb40\\udc41" in text
    assert "\n" in dumps(value, indent=2) and json.loads(dumps(value, indent=2)) == value


def test_finding_values_are_escaped_but_text_parameters_stay_translatable() -> None:
    from pic_wizard.core.values.findings import PARTS, RuleId, finding, render_message

    f = finding(
        RuleId.NAME_SYNTAX,
        "a\nb.com",
        field="SIP domain",
        name="a\nb.com",
        reason="first" + PARTS + "second\x1b",
    )
    shown = visible_finding(f)
    assert shown.subject == "a\\x0ab.com"
    assert shown.params["reason"] == "first" + PARTS + "second\\x1b"
    assert "\n" not in render_message(shown)
    assert visible_params({"file": "/tmp/x\x1by", "value": "p\x1eq"}) == {
        "file": "/tmp/x\\x1by",
        "value": "p\\x1eq",
    }


# ------------------------------------------------------------------------- properties

TEXT = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), max_size=80
) | st.sampled_from([*HOSTILE, *ORDINARY])


@settings(max_examples=2000, deadline=None)
@given(TEXT)
def test_visible_is_harmless_and_unambiguous(text: str) -> None:
    shown = visible(text)
    assert escaped_everywhere(shown)
    assert len(shown.splitlines()) <= 1
    assert unescape(shown) == text
    assert hidden(text) == (visible(text.replace("\\", "")) != text.replace("\\", ""))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=10,
)


@settings(max_examples=1000, deadline=None)
@given(JSON_VALUES)
def test_dumps_reads_back_the_same_value(value: object) -> None:
    text = dumps(value)
    assert json.loads(text) == value
    assert escaped_everywhere(text)
