"""DER as a tree, to mutate certificates, chains, requests and PFX files by structure.

A flipped byte mostly gives an input every parser refuses at once; a duplicated extension,
a huge INTEGER or a child moved into another SEQUENCE, with every length recomputed, is
what reaches the code behind the first parse.  OCTET STRINGs and BIT STRINGs that hold DER
themselves (extensions, the PFX's bags, a public key) are opened too.
"""

from __future__ import annotations

import contextlib

from pic_wizard.core.values.record import field, mutable

MAX_DEPTH = 40


@mutable
class Node:
    tag: bytes  # the identifier octets
    content: bytes = b""  # a primitive's value
    children: list[Node] | None = None  # a constructed value, or DER wrapped in a string
    prefix: bytes = b""  # before wrapped DER: the unused-bits octet of a BIT STRING
    extra: bytes = b""  # bytes after the wrapped DER that belong to the value

    @property
    def constructed(self) -> bool:
        return bool(self.tag[0] & 0x20)

    def walk(self) -> list[Node]:
        found = [self]
        for child in self.children or ():
            found.extend(child.walk())
        return found

    def copy(self) -> Node:
        return Node(
            self.tag,
            self.content,
            None if self.children is None else [c.copy() for c in self.children],
            self.prefix,
            self.extra,
        )


@mutable
class Header:
    """Where a length field is in the original bytes (for in-place length mutations)."""

    start: int
    end: int
    value_end: int = field(default=0)


def _read_header(data: bytes, offset: int) -> tuple[bytes, int, int] | None:
    """(identifier octets, value length, offset of the value), or None."""
    start = offset
    if offset >= len(data):
        return None
    first = data[offset]
    offset += 1
    if first & 0x1F == 0x1F:  # high tag number form
        while offset < len(data) and data[offset] & 0x80:
            offset += 1
        offset += 1
    if offset >= len(data):
        return None
    tag = data[start:offset]
    octet = data[offset]
    offset += 1
    if octet < 0x80:
        length = octet
    else:
        count = octet & 0x7F
        if count == 0 or count > 4 or offset + count > len(data):
            return None  # indefinite or absurd: not DER
        length = int.from_bytes(data[offset : offset + count], "big")
        offset += count
    if offset + length > len(data):
        return None
    return tag, length, offset


def _parse_many(data: bytes, depth: int, headers: list[Header] | None, base: int) -> list[Node]:
    nodes: list[Node] = []
    offset = 0
    while offset < len(data):
        node, offset = _parse_one(data, offset, depth, headers, base)
        nodes.append(node)
    return nodes


class NotDer(ValueError):
    pass


def _parse_one(
    data: bytes, offset: int, depth: int, headers: list[Header] | None, base: int
) -> tuple[Node, int]:
    if depth > MAX_DEPTH:
        raise NotDer("too deep")
    header = _read_header(data, offset)
    if header is None:
        raise NotDer(f"no element at {offset}")
    tag, length, value = header
    if headers is not None:
        headers.append(Header(base + offset + len(tag), base + value, base + value + length))
    body = data[value : value + length]
    node = Node(tag)
    if tag[0] & 0x20:
        node.children = _parse_many(body, depth + 1, headers, base + value)
    else:
        node.content = body
        _open_wrapped(node, depth)
    return node, value + length


def _open_wrapped(node: Node, depth: int) -> None:
    """An OCTET STRING or BIT STRING whose value is DER: keep it as children."""
    body = node.content
    prefix = b""
    if node.tag == b"\x03":
        if not body or body[0] != 0:
            return
        prefix, body = body[:1], body[1:]
    elif node.tag != b"\x04":
        return
    if len(body) < 2 or body[0] not in (0x30, 0x31, 0x02, 0x04, 0x06, 0xA0):
        return
    try:
        children = _parse_many(body, depth + 1, None, 0)
    except NotDer:
        return
    node.children, node.prefix, node.content = children, prefix, b""


def parse(data: bytes) -> Node:
    """The one element ``data`` is; NotDer if it is not exactly one definite-length one."""
    node, end = _parse_one(data, 0, 0, None, 0)
    if end != len(data):
        raise NotDer("trailing bytes")
    return node


def headers(data: bytes) -> list[Header]:
    """The length fields of the elements of ``data`` (as far as it parses)."""
    found: list[Header] = []
    with contextlib.suppress(NotDer):
        _parse_one(data, 0, 0, found, 0)
    return found


def encode_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def encode(node: Node) -> bytes:
    if node.children is None:
        body = node.content
    else:
        body = node.prefix + b"".join(encode(c) for c in node.children) + node.extra
    return node.tag + encode_length(len(body)) + body


def integer(value: int) -> bytes:
    """The content octets of a DER INTEGER."""
    size = max(1, (value.bit_length() + 8) // 8)
    return value.to_bytes(size, "big", signed=True)


def parents(root: Node) -> list[tuple[Node, int]]:
    """Every (parent, index of child) pair of the tree."""
    found: list[tuple[Node, int]] = []
    for node in root.walk():
        found.extend((node, i) for i in range(len(node.children or ())))
    return found
