"""A writer of Microsoft serialized certificate stores (.sst), for the tests, made from the
format's public description, not from pic-wizard's reader:

- Microsoft [MS-OSHARED] 2.3.9.1 DocSigSerializedCertStore: version 0x00000000, file type
  0x54524543 ("CERT"), certificate groups, then an EndElementMarkerEntry;
- 2.3.2.5.3 SerializedPropertyEntry and 2.3.2.5.4 CertStoreCertificateGroup: properties
  (identifier, encoding type 1, length, value) before each certificate;
- 2.3.2.5.1 SerializedCertificateEntry: identifier 0x20, encoding type 1, the DER
  certificate; 2.3.2.5.2 EndElementMarkerEntry: 12 bytes, identifier 0;
- Wine's dlls/crypt32/serialize.c (CRYPT_WriteSerializedStoreToStream) writes the same:
  the 8-byte header {0,0,0,0,'C','E','R','T'}, elements, a 12-byte zero trailer.
"""

from __future__ import annotations

import hashlib
import struct

HEADER = b"\x00\x00\x00\x00" + struct.pack("<I", 0x54524543)
CERT_HASH_PROP_ID = 3
CERT_FRIENDLY_NAME_PROP_ID = 11
CERT_CERT_PROP_ID = 32
CERT_CRL_PROP_ID = 33


def element(prop: int, value: bytes, encoding: int = 1) -> bytes:
    return struct.pack("<III", prop, encoding, len(value)) + value


def end_marker() -> bytes:
    return struct.pack("<III", 0, 0, 0)


def sst(certificates_der: list[bytes], *, friendly_name: str = "", crl: bytes = b"") -> bytes:
    """A store as Export-Certificate -Type SST writes one: for each certificate its SHA-1
    hash (and friendly name) as properties, then the certificate; a CRL when given."""
    out = bytearray(HEADER)
    for der in certificates_der:
        out += element(CERT_HASH_PROP_ID, hashlib.sha1(der, usedforsecurity=False).digest())
        if friendly_name:
            out += element(CERT_FRIENDLY_NAME_PROP_ID, (friendly_name + "\0").encode("utf-16-le"))
        out += element(CERT_CERT_PROP_ID, der)
    if crl:
        out += element(CERT_CRL_PROP_ID, crl)
    return bytes(out + end_marker())
