"""The roots use case: the store's exports read as one store, the Edge certificate's root
looked for in it, and every certificate listed with what was found about it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes

from pic_wizard.core.rules import roots as roots_rules
from pic_wizard.core.usecases.roots import RootsInputs, check_roots
from pic_wizard.core.values.errors import InputError
from pic_wizard.core.values.findings import RuleId, Severity, render_fix, render_message
from pic_wizard.core.values.policy import Policy

import pki

NO_FEDERATION = Policy(federation_roots=())


@pytest.fixture(scope="module")
def ca() -> tuple[pki.CA, pki.CA]:
    root = pki.make_root()
    return root, pki.make_intermediate(root)


def rules(findings) -> list[RuleId]:
    return [f.rule for f in findings]


def write(path: Path, *items) -> str:
    path.write_bytes(pki.pem(*items))
    return str(path)


def test_the_edge_root_absent_from_the_store_is_an_error(tmp_path: Path, ca) -> None:
    root, intermediate = ca
    leaf, _ = pki.make_leaf(intermediate)
    other = pki.make_root("Another Test Root", slot=1)
    store = write(tmp_path / "store.pem", other)
    certificate = write(tmp_path / "edge.pem", leaf, intermediate, root)
    result = check_roots(RootsInputs((store,), certificate, at=pki.AT, policy=NO_FEDERATION))
    (found,) = result.findings
    assert found.rule is RuleId.ROOT_STORE_MISSING and found.severity is Severity.ERROR
    assert "Test Root CA" in found.subject
    assert "sip.contoso.com" in found.params["certificate"]
    assert result.verdict == "fail"
    assert len(result.edge_path) == 3


def test_the_edge_root_in_the_store(tmp_path: Path, ca) -> None:
    root, intermediate = ca
    leaf, _ = pki.make_leaf(intermediate)
    store = write(tmp_path / "store.pem", root)
    certificate = write(tmp_path / "edge.pem", leaf, intermediate)
    result = check_roots(RootsInputs((store,), certificate, at=pki.AT, policy=NO_FEDERATION))
    assert result.findings == () and result.verdict == "pass"
    assert [c.subject for c in result.certificates] == [result.edge_path[-1]]


def test_an_intermediate_only_in_the_store_still_builds_the_chain(tmp_path: Path, ca) -> None:
    """Windows builds chains with a misplaced intermediate too: only the misplacement is
    reported, not a missing root."""
    root, intermediate = ca
    leaf, _ = pki.make_leaf(intermediate)
    store = write(tmp_path / "store.pem", root, intermediate)
    certificate = write(tmp_path / "edge.pem", leaf)
    result = check_roots(RootsInputs((store,), certificate, at=pki.AT, policy=NO_FEDERATION))
    assert rules(result.findings) == [RuleId.ROOT_STORE_INTERMEDIATE]
    problems = {c.subject: c.problems for c in result.certificates}
    assert problems[result.edge_path[1]] == (RuleId.ROOT_STORE_INTERMEDIATE,)


def test_several_exports_are_one_store(tmp_path: Path, ca) -> None:
    root, _ = ca
    first = write(tmp_path / "a.pem", root)
    second = write(tmp_path / "b.pem", root)
    result = check_roots(RootsInputs((first, second), at=pki.AT, policy=NO_FEDERATION))
    assert rules(result.findings) == [RuleId.ROOT_STORE_DUPLICATE]
    assert [c.file for c in result.certificates] == [first, second]


def test_no_store_and_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        check_roots(RootsInputs(()))
    assert caught.value.code == "roots-no-store"
    key = tmp_path / "edge.key"
    key.write_bytes(pki.key_pem(pki.rsa_key(0)))
    with pytest.raises(InputError) as caught:
        check_roots(RootsInputs((str(key),)))
    assert caught.value.code == "store-not-certificates"


# --- The Edge certificate's chain is built to the store first ----------------------------


def cross_sign(new: pki.CA, old: pki.CA) -> x509.Certificate:
    """The cross-certificate: the new root's name and key, issued by the old root."""
    return (
        x509.CertificateBuilder()
        .subject_name(new.cert.subject)
        .issuer_name(old.cert.subject)
        .public_key(new.key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(pki.AT - dt.timedelta(days=500))
        .not_valid_after(pki.AT + dt.timedelta(days=1500))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(old.key, hashes.SHA256())
    )


@pytest.mark.parametrize("with_new_root", [False, True])
def test_a_cross_signed_chain_reaches_the_old_root_the_store_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_new_root: bool
) -> None:
    """The store holds only the OLD root; the Edge's chain file carries the
    cross-certificate (NEW root's name and key, signed by OLD) and, sometimes, NEW itself.
    NEW is a public root: the shortest path ends there, but Windows builds to its store, so
    nothing is missing."""
    old = pki.make_root("pic-wizard Old Root", slot=20)
    new = pki.make_root("pic-wizard New Root", slot=21)
    intermediate = pki.make_intermediate(new, slot=20)
    leaf, _ = pki.make_leaf(intermediate)
    monkeypatch.setattr(roots_rules, "public_roots", lambda: (new.cert,))
    store = write(tmp_path / "store.pem", old)
    chain = [leaf, intermediate, cross_sign(new, old)] + ([new] if with_new_root else [])
    certificate = write(tmp_path / "edge.pem", *chain)
    result = check_roots(RootsInputs((store,), certificate, at=pki.AT, policy=NO_FEDERATION))
    assert result.findings == () and result.verdict == "pass"
    assert len(result.edge_path) == 4 and "Old Root" in result.edge_path[-1]


def test_the_public_root_is_named_when_the_store_has_no_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = pki.make_root("pic-wizard New Root", slot=21)
    intermediate = pki.make_intermediate(new, slot=20)
    leaf, _ = pki.make_leaf(intermediate)
    monkeypatch.setattr(roots_rules, "public_roots", lambda: (new.cert,))
    store = write(tmp_path / "store.pem", pki.make_root("Another Test Root", slot=1))
    certificate = write(tmp_path / "edge.pem", leaf, intermediate)
    result = check_roots(RootsInputs((store,), certificate, at=pki.AT, policy=NO_FEDERATION))
    (found,) = result.findings
    assert found.rule is RuleId.ROOT_STORE_MISSING and "New Root" in found.subject
    assert "Import-Certificate" in render_fix(found)


# --- A private root that is nowhere, or another key under the same name -------------------

WRONG_ADVICE = ("--roots", "trusted roots", "public CA", "public certification authority")


def test_a_private_root_in_neither_the_store_nor_the_file_is_missing(tmp_path: Path, ca) -> None:
    """The Edge's file holds the leaf and its intermediate; the private root is in neither
    it nor the store: the store lacks the root (an error), not 'an intermediate'."""
    _, intermediate = ca
    leaf, _ = pki.make_leaf(intermediate)
    store = write(tmp_path / "store.pem", pki.make_root("Another Test Root", slot=1))
    certificate = write(tmp_path / "edge.pem", leaf, intermediate)
    result = check_roots(RootsInputs((store,), certificate, at=pki.AT, policy=NO_FEDERATION))
    (found,) = result.findings
    assert found.rule is RuleId.ROOT_STORE_MISSING and found.severity is Severity.ERROR
    assert "Test Root CA" in found.subject
    message, fix = render_message(found), render_fix(found)
    assert "through 'CN=pic-wizard Test Issuing CA" in message
    assert "Trusted Root Certification Authorities" in fix and "Import-Certificate" in fix
    assert "whole chain" in fix
    assert not any(words in fix for words in WRONG_ADVICE)
    assert result.verdict == "fail"


def test_a_store_root_of_the_same_name_with_another_key(tmp_path: Path, ca) -> None:
    root, intermediate = ca
    leaf, _ = pki.make_leaf(intermediate)
    impostor = pki.make_root("pic-wizard Test Root CA", slot=7)  # same name, another key
    assert impostor.cert.subject == root.cert.subject
    store = write(tmp_path / "store.pem", impostor)
    certificate = write(tmp_path / "edge.pem", leaf, intermediate)
    result = check_roots(RootsInputs((store,), certificate, at=pki.AT, policy=NO_FEDERATION))
    (found,) = result.findings
    assert found.rule is RuleId.ROOT_STORE_MISSING and found.severity is Severity.ERROR
    message, fix = render_message(found), render_fix(found)
    assert "another key" in message
    assert result.certificates[0].thumbprint_sha1 in message
    assert "Import-Certificate" in fix and "the right key" in fix
    assert "intermediate" not in fix  # the name is a root's: the store holds one
    assert not any(words in fix for words in WRONG_ADVICE)
    # the right root given in the file: still named, with the same words about the store
    certificate = write(tmp_path / "edge-root.pem", leaf, intermediate, root)
    result = check_roots(RootsInputs((store,), certificate, at=pki.AT, policy=NO_FEDERATION))
    (found,) = result.findings
    assert found.rule is RuleId.ROOT_STORE_MISSING and "another key" in render_message(found)


def test_an_unknown_intermediate_asks_for_the_whole_chain(tmp_path: Path, ca) -> None:
    """The file holds the leaf alone, and no certificate anywhere issued it: the
    intermediate is unknown (CHAIN-INCOMPLETE), and the fix fits the roots check."""
    _, intermediate = ca
    leaf, _ = pki.make_leaf(intermediate)
    store = write(tmp_path / "store.pem", pki.make_root("Another Test Root", slot=1))
    certificate = write(tmp_path / "edge.pem", leaf)
    result = check_roots(RootsInputs((store,), certificate, at=pki.AT, policy=NO_FEDERATION))
    (found,) = result.findings
    assert found.rule is RuleId.CHAIN_INCOMPLETE and "Test Issuing CA" in found.subject
    fix = render_fix(found)
    assert "whole chain" in fix and "Trusted Root Certification Authorities" in fix
    assert not any(words in fix for words in WRONG_ADVICE)


# --- One order for the store's certificates ---------------------------------------------


def test_the_certificates_are_listed_worst_first_then_in_the_stores_order(
    tmp_path: Path, ca
) -> None:
    root, intermediate = ca
    expired = pki.make_root("pic-wizard Expired Root", slot=30)
    other = pki.make_root("Another Test Root", slot=1)
    store = write(tmp_path / "store.pem", other, expired, root, intermediate, root)
    later = expired.cert.not_valid_after_utc + dt.timedelta(days=1)
    result = check_roots(RootsInputs((store,), at=later, policy=NO_FEDERATION))
    order = [(c.subject.split(",")[0], c.worst) for c in result.certificates]
    # the intermediate (error), the root twice (warning) in the store's order, the
    # expired roots (notes: every one of them expired by then) in the store's order
    assert [w for _, w in order] == sorted(
        (w for _, w in order), key=lambda w: w.rank if w is not None else 3
    )
    assert order[0] == ("CN=pic-wizard Test Issuing CA", Severity.ERROR)
    assert [s for s, w in order if w is Severity.WARNING] == ["CN=pic-wizard Test Root CA"] * 2
    notes = [s for s, w in order if w is Severity.INFO]
    assert notes == ["CN=Another Test Root", "CN=pic-wizard Expired Root"]
