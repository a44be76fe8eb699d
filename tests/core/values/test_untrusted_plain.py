"""Plain text (printable ASCII) is told apart without a regular-expression scan: an audit
writes a JSON line of about 1,500 characters per file, and a scan cost microseconds.  The
test without the scan says exactly what the scan said."""

from __future__ import annotations

import pytest

from pic_wizard.core.values import untrusted
from pic_wizard.core.values.untrusted import dumps, json_visible, visible

SAMPLES = [
    "",
    "sip.contoso.com",
    'CN=a\\,b, O="x"',
    "tab\there",
    "del\x7fhere",
    "Édge",
    "a\u200db",
    "\ud800",
    "\x1b[2J",
    "\U0001f3f4\U000e0067\U000e0062\U000e007f",
]


def scanned_visible(text: str) -> str:
    return untrusted._substituted(text, untrusted._CANDIDATE, untrusted._escape_at)


def scanned_json(text: str) -> str:
    return untrusted._substituted(text, untrusted._JSON_CANDIDATE, untrusted._json_escape)


def test_every_character_alone_and_in_text_is_shown_as_the_scan_shows_it() -> None:
    # The plain test reads ASCII only: every character up to U+07FF, and some beyond.
    codes = [*range(0x800), *range(0xD7F0, 0xE010), *range(0xE0000, 0xE0080), 0x10FFFF]
    for code in codes:
        char = chr(code)
        for text in (char, f"a{char}b"):
            assert visible(text) == scanned_visible(text), hex(code)
            assert json_visible(text) == scanned_json(text), hex(code)
    for text in SAMPLES:
        assert visible(text) == scanned_visible(text)
        assert json_visible(dumps([text])) == scanned_json(dumps([text]))


def test_plain_text_is_not_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoScan:
        def search(self, text: str) -> None:
            raise AssertionError("scanned")

        def finditer(self, text: str) -> None:
            raise AssertionError("scanned")

    monkeypatch.setattr(untrusted, "_CANDIDATE", NoScan())
    monkeypatch.setattr(untrusted, "_JSON_CANDIDATE", NoScan())
    line = '{"subject": "CN=sip.contoso.com, O=Contoso", "chain": ["a\\\\b"], "n": 1}'
    assert json_visible(line) == line
    assert visible("CN=sip.contoso.com, O=Contoso Ltd") == "CN=sip.contoso.com, O=Contoso Ltd"
