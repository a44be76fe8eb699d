"""What a check of many files does once per run, and what it reads once per file: an
audit checks thousands of files, each in full, and pays per file only for that file."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from cryptography import x509
from cryptography.x509 import verification as v

from pic_wizard.core.rules.verdict import CheckOptions, check_certificate
from pic_wizard.core.x509.chain import is_ca

import pki


def rules(result: Any) -> set[str]:
    return {f.rule.value for f in result.findings}


def test_the_validators_policy_is_built_once_per_run(
    monkeypatch: pytest.MonkeyPatch, root: pki.CA, intermediate: pki.CA
) -> None:
    built: list[object] = []
    original = v.PolicyBuilder

    def counted() -> Any:
        builder = original()
        built.append(builder)
        return builder

    monkeypatch.setattr(v, "PolicyBuilder", counted)
    options = CheckOptions(roots=[root.cert], chain=[intermediate.cert], at=pki.AT)
    expired = pki.make_leaf(intermediate, not_before=pki.AT - dt.timedelta(days=400))[0]
    results = [
        check_certificate([leaf], "x", options)
        for leaf in (pki.make_leaf(intermediate)[0], expired, pki.make_leaf(intermediate)[0])
    ]
    assert len(built) == 1
    # Each leaf still has its own path, validated at its own moment.
    assert [len(r.path) for r in results] == [3, 3, 3]
    assert "CERT-EXPIRED" in rules(results[1])


def test_a_leafs_extensions_are_read_in_one_pass(
    monkeypatch: pytest.MonkeyPatch, root: pki.CA, intermediate: pki.CA
) -> None:
    """The CRL distribution point and the basic constraints are read with the content
    (cryptography's look-up by class asks an abstract-class isinstance per extension)."""
    with_cdp = pki.make_leaf(intermediate)[0]
    without_cdp = pki.make_leaf(intermediate, cdp=False)[0]
    ca_leaf = pki.make_leaf(intermediate, is_ca=True)[0]
    looked_up: list[type] = []
    original = x509.Extensions.get_extension_for_class

    def counted(self: x509.Extensions, extclass: type) -> Any:
        looked_up.append(extclass)
        return original(self, extclass)

    monkeypatch.setattr(x509.Extensions, "get_extension_for_class", counted)
    options = CheckOptions(roots=[root.cert], chain=[intermediate.cert], at=pki.AT)
    good = check_certificate([with_cdp], "a", options)
    assert "CERT-NO-CDP" not in rules(good) and "CERT-IS-CA" not in rules(good)
    assert "CERT-NO-CDP" in rules(check_certificate([without_cdp], "b", options))
    assert "CERT-IS-CA" in rules(check_certificate([ca_leaf], "c", options))
    assert looked_up == []
    assert is_ca(ca_leaf) and not is_ca(with_cdp) and is_ca(intermediate.cert)
    assert looked_up == []


def test_names_are_counted_only_when_one_repeats(
    monkeypatch: pytest.MonkeyPatch, intermediate: pki.CA
) -> None:
    from collections import Counter

    from pic_wizard.core.rules import content_rules
    from pic_wizard.core.values.topology import seed_example

    counted: list[object] = []

    def counter(names: list[str]) -> Counter[str]:
        counted.append(names)
        return Counter(names)

    monkeypatch.setattr(content_rules, "Counter", counter)
    options = CheckOptions(topology=seed_example(), chain=[intermediate.cert], at=pki.AT)
    assert options.expected is not None
    assert options.expected.names == tuple(e.name for e in options.expected.sans)
    plain = check_certificate([pki.make_leaf(intermediate)[0]], "a", options)
    assert "SAN-DUPLICATE" not in rules(plain) and counted == []
    twice = pki.make_leaf(intermediate, sans=(*pki.SEED_SANS, pki.SEED_SANS[0].upper()))[0]
    found = check_certificate([twice], "b", options)
    assert "SAN-DUPLICATE" in rules(found) and len(counted) == 1


def test_the_chains_names_are_shown_without_hashing_them_again(
    monkeypatch: pytest.MonkeyPatch, root: pki.CA, intermediate: pki.CA
) -> None:
    options = CheckOptions(roots=[root.cert], chain=[intermediate.cert], at=pki.AT)
    first = check_certificate([pki.make_leaf(intermediate)[0]], "a", options)
    hashed: list[x509.Name] = []
    original = x509.Name.__hash__

    def counted(self: x509.Name) -> int:
        hashed.append(self)
        return original(self)

    monkeypatch.setattr(x509.Name, "__hash__", counted)
    leaf = pki.make_leaf(intermediate)[0]
    second = check_certificate([leaf], "b", options)
    assert second.path_subjects == first.path_subjects
    assert second.path_subjects[0] == second.details.subject
    shared = (intermediate.cert.subject, root.cert.subject)
    assert not [n for n in hashed if any(n is s for s in shared)]


def test_a_findings_hash_reads_no_enum_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    from pic_wizard.core.values.findings import Finding, RuleId, Severity

    a = Finding(RuleId.SAN_EXTRA, Severity.WARNING, "x", {"a": "1", "b": "2"})
    b = Finding(RuleId.SAN_EXTRA, Severity.WARNING, "x", {"b": "2", "a": "1"})
    c = Finding(RuleId.SAN_EXTRA, Severity.WARNING, "x", {"a": "2", "b": "1"})

    def refused(self: object) -> int:
        raise AssertionError("an enum hashed")

    monkeypatch.setattr(RuleId, "__hash__", refused)
    monkeypatch.setattr(Severity, "__hash__", refused)
    assert a == b and hash(a) == hash(b)
    assert a != c
    assert list(dict.fromkeys([a, b, c])) == [a, c]


def test_a_file_is_checked_and_written_without_an_import_statement(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any, root: pki.CA, intermediate: pki.CA
) -> None:
    """An import statement in a function costs a module look-up (and for a relative one
    a Python call) each time it runs: none runs for each file of an audit."""
    import builtins

    from pic_wizard.cli.render import check_json_text
    from pic_wizard.core.rules.verdict import check_loaded
    from pic_wizard.core.values.topology import seed_example
    from pic_wizard.core.x509.loader import load_file

    options = CheckOptions(
        topology=seed_example(), roots=[root.cert], chain=[intermediate.cert], at=pki.AT
    )
    paths = []
    for i, kwargs in enumerate([{}, {"sans": ("sip.contoso.com",)}, {"cdp": False}]):
        path = tmp_path / f"{i}.pem"
        path.write_bytes(pki.pem(pki.make_leaf(intermediate, **kwargs)[0]))
        paths.append(str(path))
    for path in paths:  # the first of each: modules and memos
        check_json_text(check_loaded(load_file(path), options))
    imported: list[str] = []
    original = builtins.__import__

    def counted(name: str, globals: Any = None, *args: Any, **kwargs: Any) -> Any:
        importer = (globals or {}).get("__name__", "")
        if importer.startswith("pic_wizard"):  # cryptography's own are its own
            imported.append(f"{importer}: {name}")
        return original(name, globals, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counted)
    for path in paths:
        check_json_text(check_loaded(load_file(path), options))
    assert imported == []


def test_the_expected_names_are_derived_once_per_run(intermediate: pki.CA) -> None:
    from pic_wizard.core.values.topology import seed_example

    options = CheckOptions(topology=seed_example(), chain=[intermediate.cert], at=pki.AT)
    expected = options.expected
    assert expected is not None and options.expected is expected
    check_certificate([pki.make_leaf(intermediate)[0]], "a", options)
    derived = dict(vars(expected))  # what it derived for the first file
    assert {"names", "name_set"} <= derived.keys()
    check_certificate([pki.make_leaf(intermediate, cdp=False)[0]], "b", options)
    assert all(vars(expected)[key] is value for key, value in derived.items())


def test_a_signature_algorithm_is_read_once(intermediate: pki.CA) -> None:
    from pic_wizard.core.values.content import signature_info

    first = check_certificate([pki.make_leaf(intermediate)[0]], "a", CheckOptions(at=pki.AT))
    second = check_certificate([pki.make_leaf(intermediate)[0]], "b", CheckOptions(at=pki.AT))
    assert first.content.signature is second.content.signature
    assert signature_info("1.2.840.113549.1.1.5").hash == "sha1"
    assert signature_info("1.2.840.113549.1.1.10").pss
