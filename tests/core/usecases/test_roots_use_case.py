"""The roots use case: the store's exports read as one store, the Edge certificate's root
looked for in it, and every certificate listed with what was found about it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pic_wizard.core.usecases.roots import RootsInputs, check_roots
from pic_wizard.core.values.errors import InputError
from pic_wizard.core.values.findings import RuleId, Severity
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
