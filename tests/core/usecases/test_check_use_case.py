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


def test_a_large_audit_sends_its_workers_small_chunks() -> None:
    """A worker's answer for a chunk waits whole in the audit's process until it is
    written: chunks of a thousand files were megabytes of memory there."""
    from pic_wizard.core.usecases import audit

    paths = [f"edge-{i:05d}.pem" for i in range(10_000)]
    for jobs in (1, 2, 4, 32):
        chunks = audit._chunks(paths, jobs)
        assert max(len(c) for c in chunks) <= audit.CHUNK_MAX_FILES
        assert [p for c in chunks for p in c] == paths  # every file, in order
    assert [len(c) for c in audit._chunks(paths[:70], 2)] == [8] * 8 + [6]
