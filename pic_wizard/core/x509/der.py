"""A small, bounded DER (and BER) reader: just enough to look inside a PFX or an
encrypted key and see what opening it would cost, before anything is computed; and the
few lines that write the encrypted keys pic-wizard makes.

Every read checks its bounds against the enclosing element; nesting is followed to
``MAX_DEPTH`` levels at most, so a crafted file costs time linear in its size.
Anything that does not parse raises ``DerError`` (a ``ValueError``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

# Deeper than any PFX or key (a PFX nests about ten levels).
MAX_DEPTH = 32

SEQUENCE = 0x30
INTEGER = 0x02
OCTET_STRING = 0x04
OID = 0x06
CONTEXT_0 = 0xA0


class DerError(ValueError):
    """The bytes are not the ASN.1 structure expected."""


class Element(NamedTuple):
    tag: int  # the identifier octet (the first one, for a high tag number)
    start: int  # where the content begins
    end: int  # where the content ends (the end-of-contents octets, if indefinite)
    next: int  # where the next element begins


def read(data: bytes, pos: int, limit: int, depth: int = 0) -> Element:
    """The element at ``pos``, which must end by ``limit``."""
    if pos + 2 > limit:
        raise DerError("truncated")
    tag = data[pos]
    pos += 1
    if tag & 0x1F == 0x1F:  # high tag number: continuation octets
        for _ in range(5):
            if pos >= limit:
                raise DerError("truncated")
            pos += 1
            if not data[pos - 1] & 0x80:
                break
        else:
            raise DerError("tag too long")
    if pos >= limit:
        raise DerError("truncated")
    first = data[pos]
    pos += 1
    if first == 0x80:  # indefinite length (BER): walk the content to its end
        if not tag & 0x20:
            raise DerError("indefinite primitive")
        if depth >= MAX_DEPTH:
            raise DerError("nested too deep")
        child = pos
        while True:
            if child + 2 > limit:
                raise DerError("truncated")
            if data[child] == 0 and data[child + 1] == 0:
                return Element(tag, pos, child, child + 2)
            child = read(data, child, limit, depth + 1).next
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        if count > 4 or pos + count > limit:
            raise DerError("bad length")
        length = int.from_bytes(data[pos : pos + count], "big")
        pos += count
    if pos + length > limit:
        raise DerError("truncated")
    return Element(tag, pos, pos + length, pos + length)


def children(data: bytes, parent: Element, depth: int = 0) -> Iterator[Element]:
    if not parent.tag & 0x20:
        raise DerError("not constructed")
    pos = parent.start
    while pos < parent.end:
        child = read(data, pos, parent.end, depth)
        yield child
        pos = child.next


def expect(element: Element | None, tag: int) -> Element:
    if element is None or element.tag != tag:
        raise DerError(f"expected tag {tag:#x}")
    return element


def nth(data: bytes, parent: Element, index: int, depth: int = 0) -> Element | None:
    for number, child in enumerate(children(data, parent, depth)):
        if number == index:
            return child
    return None


def integer(data: bytes, element: Element) -> int:
    expect(element, INTEGER)
    if element.end - element.start > 64:
        raise DerError("integer too long")
    return int.from_bytes(data[element.start : element.end], "big", signed=True)


def octets(data: bytes, element: Element, depth: int = 0) -> bytes:
    """An OCTET STRING's content, primitive or (BER) constructed."""
    if element.tag == OCTET_STRING:
        return data[element.start : element.end]
    if element.tag != OCTET_STRING | 0x20 or depth >= MAX_DEPTH:
        raise DerError("not an octet string")
    return b"".join(octets(data, c, depth + 1) for c in children(data, element, depth))


def oid_bytes(data: bytes, element: Element) -> bytes:
    expect(element, OID)
    return data[element.start : element.end]


def top(data: bytes) -> Element:
    return read(data, 0, len(data))


def encode(tag: int, content: bytes) -> bytes:
    """One DER element: ``tag``, the definite length of ``content``, ``content``."""
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    length = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(length)]) + length + content


def encode_integer(value: int) -> bytes:
    """A non-negative INTEGER, in the fewest octets that keep it positive."""
    return encode(INTEGER, value.to_bytes(value.bit_length() // 8 + 1, "big"))
