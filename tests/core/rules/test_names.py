"""Normalising and judging DNS names (NAME-* rules)."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest

from pic_wizard.core.rules.names import icann_tlds, judge, normalise
from pic_wizard.core.values.findings import render_message

TOOLS = Path(__file__).resolve().parents[3] / "tools"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  SIP.Contoso.COM. ", "sip.contoso.com"),
        ("sip.contoso.com", "sip.contoso.com"),
        ("sip.bücher.de", "sip.xn--bcher-kva.de"),
        ("SIP.BÜCHER.DE.", "sip.xn--bcher-kva.de"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def rules(raw: str) -> list[str]:
    return [f.rule.value for f in judge(raw, "Access Edge FQDN").findings]


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("", "NAME-SYNTAX"),
        ("sip..contoso.com", "NAME-SYNTAX"),
        ("-sip.contoso.com", "NAME-SYNTAX"),
        ("sip-.contoso.com", "NAME-SYNTAX"),
        ("sip_edge.contoso.com", "NAME-SYNTAX"),
        ("sip contoso.com", "NAME-SYNTAX"),
        ("a" * 64 + ".contoso.com", "NAME-SYNTAX"),
        (".".join(["abcdefghi"] * 26) + ".com", "NAME-SYNTAX"),  # 263 characters
        ("192.0.2.10", "NAME-IP"),
        ("2001:db8::1", "NAME-IP"),
        ("[2001:db8::1]", "NAME-IP"),
        ("atl-edge-001", "NAME-SINGLE-LABEL"),
        ("edge.contoso.local", "NAME-INTERNAL"),
        ("edge.contoso.lan", "NAME-INTERNAL"),
        ("edge.contoso.corp", "NAME-INTERNAL"),
        ("edge.contoso.internal", "NAME-INTERNAL"),
        ("sip.contoso.home.arpa", "NAME-INTERNAL"),
        ("sip.contoso.onion", "NAME-INTERNAL"),
        ("xn--zz.com", "NAME-SYNTAX"),
        ("*.contoso.com", "NAME-WILDCARD"),
        ("sip.bücher.de", "NAME-IDN"),
        ("sip.xn--bcher-kva.de", "NAME-IDN"),
    ],
)
def test_rule_fires(raw: str, rule: str) -> None:
    assert rule in rules(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "sip.contoso.com",
        "a" * 63 + ".contoso.com",
        ".".join(["abcdefgh"] * 27) + ".com",  # 247 characters
        "edge-01.contoso.co.uk",
        "sip.contoso.museum",
        "sip.contoso.com.",
        "192-0-2-10.contoso.com",
    ],
)
def test_good_names_have_no_finding(raw: str) -> None:
    assert rules(raw) == []


def test_finding_names_the_field_and_reason() -> None:
    (f,) = judge("sip_edge.contoso.com", "Web Conferencing Edge FQDN").findings
    assert f.params["field"] == "Web Conferencing Edge FQDN"
    assert f.params["characters"] == "_"
    assert "the label 'sip_edge' contains '_'" in render_message(f)


def test_internal_finding_names_the_suffix() -> None:
    (f,) = judge("edge.contoso.local").findings
    assert f.params["suffix"] == "local"
    assert f.severity.value == "error"


def test_idn_is_information_with_both_forms() -> None:
    result = judge("sip.bücher.de")
    (f,) = result.findings
    assert f.severity.value == "info"
    assert f.params["unicode"] == "sip.bücher.de"
    assert f.params["ascii"] == "sip.xn--bcher-kva.de"
    assert result.name == "sip.xn--bcher-kva.de"
    assert result.ok


def test_invalid_idn_is_a_syntax_error() -> None:
    assert rules("sip.☃.com") == ["NAME-SYNTAX"]


def test_tld_list_comes_from_the_installed_public_suffix_list() -> None:
    tlds = icann_tlds()
    assert {"com", "uk", "de", "fr", "museum", "xn--p1ai"} <= tlds
    assert not {"local", "lan", "corp", "internal", "home"} & tlds
    assert len(tlds) > 1000


def test_shipped_tld_set_is_the_installed_public_suffix_lists() -> None:
    """The set shipped precomputed is what tools/icann_tlds.py derives from the list inside
    the installed publicsuffixlist package, and the module is what it writes."""
    spec = importlib.util.spec_from_file_location("icann_tlds_tool", TOOLS / "icann_tlds.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    text, version = tool.suffix_list_text()
    assert icann_tlds() == tool.icann_tlds(text)
    assert tool.MODULE.read_text(encoding="utf-8") == tool.module_text(icann_tlds(), version), (
        "run tools/icann_tlds.py"
    )


def test_judging_a_name_reads_no_suffix_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """The TLDs are shipped: judging a name opens no file (it derived them from the Public
    Suffix List at every run)."""
    import builtins

    def no_file(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a file was opened: {args[0]!r}")

    monkeypatch.setattr(builtins, "open", no_file)
    monkeypatch.setattr(io, "open", no_file)
    # Names no other test judges (judge remembers its answers).
    assert rules("tld-shipped.contoso.com") == []
    assert rules("tld-shipped.edge.corp") == ["NAME-INTERNAL"]
