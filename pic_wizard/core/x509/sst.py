"""The Microsoft serialized certificate store (``.sst``): what ``Export-Certificate -Type
SST`` writes, and what the Certificates console calls a "Microsoft Serialized Certificate
Store".

Its layout is public: Microsoft's Office shared file formats specification [MS-OSHARED]
section 2.3.9.1 (DocSigSerializedCertStore) and 2.3.2.5.1-2.3.2.5.4 (the entries), the
certificate authority protocol [MS-WCCE] section 2.2.2.1 (CACERTBLOB, the same elements),
and Wine's reading and writing of it (``dlls/crypt32/serialize.c``,
``CRYPT_ReadSerializedStore``):

- a header of 8 bytes: a version, 0 (little-endian 32-bit), then the file type
  0x54524543 ("CERT" in ASCII);
- elements, each a little-endian 32-bit property identifier, a 32-bit encoding type (1,
  X509_ASN_ENCODING), a 32-bit length and that many bytes of value.  The properties of a
  certificate (friendly name 11, SHA-1 hash 3, ...) come first, then the certificate
  itself as property 32 (CERT_CERT_PROP_ID, FILE_ELEMENT_CERT_TYPE: its DER encoding);
  Windows may also store a CRL (33) or a CTL (34) the same way;
- an end marker of 12 bytes: identifier 0, encoding type 0, length 0.

Only the certificates are kept; the properties are skipped (MS-OSHARED: "SHOULD be
ignored on read").  Every length is checked against what remains of the file, and the
number of elements is bounded, so a crafted file costs time linear in its size.
"""

from __future__ import annotations

import struct

from ..values.i18n import N_

# "CERT", after a version of 0: the first 8 bytes of every serialized store.
MAGIC = b"\x00\x00\x00\x00CERT"
CERTIFICATE_ELEMENT = 32  # CERT_CERT_PROP_ID / FILE_ELEMENT_CERT_TYPE
CRL_ELEMENT = 33
CTL_ELEMENT = 34
X509_ASN_ENCODING = 1
HEADER = struct.Struct("<III")
# A certificate in a store carries a handful of properties (hashes, friendly name, key
# identifier, EKU); a store export of the largest root store has a few thousand elements.
MAX_ELEMENTS = 64 * 1024
# The largest property identifier MS-OSHARED allows.
MAX_PROPERTY_ID = 0xFFFF


class SstError(ValueError):
    """The bytes are not a serialized store; ``str()`` says why, in English (Params)."""


def is_sst(data: bytes) -> bool:
    return data.startswith(MAGIC)


def certificates_der(data: bytes, max_certificates: int) -> list[bytes]:
    """The DER encoding of every certificate in the store, in the file's order.

    Raises ``SstError`` when the file is cut short or an element is not what the format
    allows, and ``OverflowError`` when it holds more than ``max_certificates`` (or elements than
    ``MAX_ELEMENTS``): its arguments are what, and the limit."""
    if not is_sst(data):
        raise SstError(N_("Params", "it does not start as a serialized certificate store"))
    pos = len(MAGIC)
    found: list[bytes] = []
    for _ in range(MAX_ELEMENTS):
        if pos + HEADER.size > len(data):
            raise SstError(N_("Params", "it is cut short before its end marker"))
        prop, encoding, length = HEADER.unpack_from(data, pos)
        pos += HEADER.size
        if prop == 0:
            if encoding or length:
                raise SstError(N_("Params", "its end marker is damaged"))
            return found
        if prop > MAX_PROPERTY_ID:
            raise SstError(N_("Params", "an element has an identifier the format does not allow"))
        if encoding != X509_ASN_ENCODING:
            raise SstError(N_("Params", "an element has an encoding the format does not allow"))
        if length > len(data) - pos:
            raise SstError(N_("Params", "an element is longer than the rest of the file"))
        if prop == CERTIFICATE_ELEMENT:
            if len(found) >= max_certificates:
                raise OverflowError("certificates", max_certificates)
            found.append(data[pos : pos + length])
        pos += length
    raise OverflowError("elements", MAX_ELEMENTS)
