"""An audit reads the same few names thousands of times: a walk's "not this issuer" and a
name already shown are answered without encoding the names again (cryptography encodes a
Name anew at every ``public_bytes()``)."""

from __future__ import annotations

import pytest
from cryptography import x509

from pic_wizard.core.x509.chain import is_self_signed, signature_check
from pic_wizard.core.x509.view import dn_text

import pki


@pytest.fixture
def encodings(monkeypatch: pytest.MonkeyPatch) -> list[x509.Name]:
    """Every Name encoded while the test runs."""
    seen: list[x509.Name] = []
    encode = x509.Name.public_bytes

    def counted(self: x509.Name, backend: object = None) -> bytes:
        seen.append(self)
        return encode(self)

    monkeypatch.setattr(x509.Name, "public_bytes", counted)
    return seen


def test_a_leaf_is_not_self_signed_without_encoding_its_names(
    intermediate: pki.CA, encodings: list[x509.Name]
) -> None:
    leaf, _ = pki.make_leaf(intermediate)
    assert not is_self_signed(leaf)
    assert signature_check(leaf, leaf) is False
    assert signature_check(intermediate.cert, leaf) is False
    assert signature_check(leaf, intermediate.cert) is True
    assert encodings == []


def test_a_root_is_still_self_signed(root: pki.CA, intermediate: pki.CA) -> None:
    assert is_self_signed(root.cert)
    assert not is_self_signed(intermediate.cert)
    assert signature_check(intermediate.cert, root.cert) is True


def test_a_name_is_shown_without_encoding_it(
    intermediate: pki.CA, encodings: list[x509.Name]
) -> None:
    leaf, _ = pki.make_leaf(intermediate)
    assert dn_text(leaf.issuer) == dn_text(intermediate.cert.subject)
    assert dn_text(leaf.subject).startswith("CN=sip.contoso.com")
    assert encodings == []
