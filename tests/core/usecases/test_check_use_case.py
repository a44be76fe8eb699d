"""The check use case: the answers read back from a file (for a check without a
profile), and one leaf picked per file."""

from __future__ import annotations

from pathlib import Path

import pytest

from pic_wizard.core.usecases.check import CheckInputs, answers_read_from, check
from pic_wizard.core.values.errors import InputError
from pic_wizard.core.values.topology import Topology

import pki


def test_answers_are_read_back_from_the_certificate(tmp_path: Path) -> None:
    root = pki.make_root()
    leaf, _ = pki.make_leaf(pki.make_intermediate(root))
    path = tmp_path / "edge.cer"
    path.write_bytes(pki.pem(leaf))
    topology = answers_read_from(CheckInputs(file=str(path)), Topology())
    assert topology.access_edge_fqdn == "sip.contoso.com"
    assert "fabrikam.com" in topology.sip_domains


def test_answers_are_read_back_from_a_request(tmp_path: Path) -> None:
    csr = pki.make_csr()
    path = tmp_path / "edge.req"
    path.write_bytes(pki.pem(csr))
    topology = answers_read_from(CheckInputs(file=str(path)), Topology())
    assert topology.access_edge_fqdn == "sip.contoso.com"


def test_a_file_of_ca_certificates_alone_gives_no_answers(tmp_path: Path) -> None:
    """As the check itself says: the Edge certificate is not in that file."""
    root = pki.make_root()
    path = tmp_path / "chain.p7b"
    path.write_bytes(pki.pem(pki.make_intermediate(root).cert, root.cert))
    with pytest.raises(InputError) as read:
        answers_read_from(CheckInputs(file=str(path)), Topology())
    with pytest.raises(InputError) as checked:
        check(CheckInputs(file=str(path)))
    assert read.value.code == checked.value.code == "only-ca-certificates"


def test_a_key_alone_gives_no_answers(tmp_path: Path) -> None:
    path = tmp_path / "edge.key"
    path.write_bytes(pki.key_pem(pki.rsa_key(0)))
    with pytest.raises(InputError) as read:
        answers_read_from(CheckInputs(file=str(path)), Topology())
    assert read.value.code == "key-only"
