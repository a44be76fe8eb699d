"""The terminal renderer of untrusted text (pic_wizard.core.values.untrusted): whatever a
certificate, a profile or a file name holds, what reaches the terminal cannot move the
cursor, set the title, write the clipboard, forge a line or reorder the text."""

from __future__ import annotations

import json
import re

import pytest

untrusted = pytest.importorskip("pic_wizard.core.values.untrusted")

from fuzz_strategies import INTERESTING_STRINGS, any_character  # noqa: E402
from fuzz_targets import FUZZ_SETTINGS, UNSAFE  # noqa: E402
from hypothesis import assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

texts = st.one_of(
    st.text(any_character, max_size=60),
    st.text(st.sampled_from(sorted(UNSAFE) + list("aé\\x1b[]0;u202e")), max_size=30),
    st.lists(st.sampled_from(INTERESTING_STRINGS), max_size=4).map("".join),
)
# What people write: letters with their accents (precomposed or combining), digits,
# punctuation, symbols, the spaces French typography uses; no backslash, and none of the
# Hangul fillers, letters that draw nothing (a name can hide behind them).
ordinary = st.text(
    st.characters(
        categories=["L", "M", "N", "P", "S"],
        include_characters=" \u00a0\u202f",
        exclude_characters="\\\u115f\u1160\u3164\uffa0",
    ),
    max_size=60,
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=10,
)


@settings(FUZZ_SETTINGS, max_examples=300)
@given(texts)
def test_visible_holds_nothing_a_terminal_obeys(text: str) -> None:
    shown = untrusted.visible(text)
    assert isinstance(shown, str)
    assert not UNSAFE.intersection(shown), ascii(shown)


@settings(FUZZ_SETTINGS, max_examples=200)
@given(ordinary)
def test_visible_leaves_ordinary_text_alone(text: str) -> None:
    assert untrusted.visible(text) == text


@settings(FUZZ_SETTINGS, max_examples=200)
@given(texts, st.data())
def test_visible_is_unambiguous(text: str, data: st.DataObject) -> None:
    """A text that spells an escape out (a backslash, then "x1b") never looks like the
    character it names."""
    unsafe = [i for i, ch in enumerate(text) if ch in UNSAFE or ch == "\\"]
    if not unsafe:
        text += "\x1b"
        unsafe = [len(text) - 1]
    i = data.draw(st.sampled_from(unsafe))
    spelled = text[:i] + untrusted.visible(text[i]) + text[i + 1 :]
    if spelled != text:
        assert untrusted.visible(spelled) != untrusted.visible(text)


def _paired_surrogates(value: object) -> bool:
    """A high then a low surrogate code point: JSON can only write them as the one
    character they pair into (and no file name or certificate decodes to such a pair)."""
    if isinstance(value, str):
        return re.search("[\ud800-\udbff][\udc00-\udfff]", value) is not None
    if isinstance(value, list):
        return any(_paired_surrogates(v) for v in value)
    if isinstance(value, dict):
        return any(_paired_surrogates(k) or _paired_surrogates(v) for k, v in value.items())
    return False


@settings(FUZZ_SETTINGS, max_examples=300)
@given(json_values)
def test_dumps_round_trips_and_escapes(value: object) -> None:
    assume(not _paired_surrogates(value))
    text = untrusted.dumps(value)
    assert json.loads(text) == value
    # Newlines may lay the JSON out; inside strings json.loads would have refused them.
    assert not (UNSAFE - {"\n"}).intersection(text), ascii(text)
