"""A file of one PEM certificate keeps the DER it was decoded from: the thumbprints are
taken from it, without cryptography encoding the certificate again, and it is the DER
cryptography would encode."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from pic_wizard.core.values.errors import PicWizardError
from pic_wizard.core.x509 import view
from pic_wizard.core.x509.loader import load_bytes, load_file
from pic_wizard.core.x509.view import certificate_content, certificate_details, der_of

import pki

VECTORS = Path(__file__).resolve().parents[2] / "vectors"


def test_every_vector_keeps_the_der_cryptography_encodes() -> None:
    kept = 0
    for path in sorted(VECTORS.rglob("*")):
        if not path.is_file() or path.suffix in (".py", ".json", ".md", ".txt"):
            continue
        try:
            loaded = load_file(path, b"edge")
        except PicWizardError:
            continue
        for cert in loaded.certificates:
            if id(cert) in view._DER:
                kept += 1
            assert der_of(cert) == cert.public_bytes(Encoding.DER), path
    assert kept > 20


@pytest.mark.parametrize(
    "text",
    [
        lambda pem: pem,
        lambda pem: pem.replace(b"\n", b"\r\n"),
        lambda pem: b"Subject: sip.contoso.com\n" + pem + b"\ntrailing words\n",
    ],
    ids=["plain", "crlf", "text-around"],
)
def test_details_of_a_pem_certificate_encode_nothing(
    monkeypatch: pytest.MonkeyPatch, intermediate: pki.CA, text: object
) -> None:
    leaf, _ = pki.make_leaf(intermediate)
    pem = leaf.public_bytes(Encoding.PEM)
    der = leaf.public_bytes(Encoding.DER)
    (cert,) = load_bytes(text(pem), "leaf.pem").certificates  # type: ignore[operator]
    assert der_of(cert) == der
    content = certificate_content(cert)

    class NoEncoding:  # what public_bytes would be asked for: refused here
        DER = object()

    monkeypatch.setattr(view, "Encoding", NoEncoding)
    details = certificate_details(cert, content)
    assert details.thumbprint_sha1 == hashlib.sha1(der).hexdigest().upper()
    assert details.fingerprint_sha256 == hashlib.sha256(der).hexdigest().upper()
    # A certificate not read from a PEM file is encoded.
    other = x509.load_der_x509_certificate(der)
    with pytest.raises(TypeError):
        certificate_details(other, content)


def test_a_pem_block_with_headers_is_read_as_before(intermediate: pki.CA) -> None:
    leaf, _ = pki.make_leaf(intermediate)
    body = base64.encodebytes(leaf.public_bytes(Encoding.DER))
    pem = b"-----BEGIN CERTIFICATE-----\nComment: made here\n\n" + body
    pem += b"-----END CERTIFICATE-----\n"
    (cert,) = load_bytes(pem, "headers.pem").certificates
    assert cert == leaf
    assert id(cert) not in view._DER
