"""Hypothesis strategies for every reader pic-wizard has: mutated real files, mutated
profiles, Topology Builder files and Management Shell text, and hostile strings.

``Limits`` sets how large the generated shapes may grow (repeated lines, nesting, repeated
DER values): small in the test suite, larger in ``tools/fuzz.py``.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import fuzz_der as der
import topologies
from fuzz_seeds import KEY_PASSWORD, PFX_PASSWORD, Part, Seed, pem_block, seeds
from hypothesis import strategies as st

from pic_wizard.core.values.record import frozen


@frozen
class Limits:
    repeat: int = 4000  # copies of a line, an element or a DER value
    nesting: int = 2000  # levels of nested XML elements or JSON arrays
    blob: int = 1024  # bytes of random data in one go


CI = Limits()
RELEASE = Limits(repeat=40_000, nesting=50_000, blob=8192)


def rarely(draw: st.DrawFn, one_in: int) -> bool:
    """True about once in ``one_in`` draws (Hypothesis favours the first of a choice)."""
    return draw(st.sampled_from([False] * (one_in - 1) + [True]))


def _counts(limit: int) -> st.SearchStrategy[int]:
    """Mostly small, sometimes up to the limit."""
    return st.one_of(st.integers(1, 8), st.integers(1, limit), st.just(limit))


# --- Strings that have broken parsers before ------------------------------------------

CONTROLS = "".join(chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)))
BIDI_AND_SEPARATORS = (
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"
)

INTERESTING_STRINGS = (
    "", " ", ".", "..", "-", "*", "com", "localhost", "contoso.com", "contoso.com.",
    "sip.contoso.com", "*.contoso.com", "xn--", "xn--zz", "xn--bcher-kva.example",
    "bücher.example", "ß.de", "ﬀ.com", "🙂.com", "a..b", "-a.com", "a-.com", "a_b.com",
    "1.2.3.4", "::1", "192.0.2.1.", "a" * 64 + ".com", ("a" * 63 + ".") * 5 + "com",
    "x" * 300, "\x1b[2J", "\x1b]0;title\x07", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
    "\x1b]52;c;AAAA\x07", "a\x00\nFAKE-LINE: READY", "\u202eexe.cer", "\x9b31m", "\ud800",
    "\udcff", "\ufeff", "\u00a0", "\u3000", "%s%n", "{0}", "{file}", "{", "}", "'\"<>&",
    "true", "false", "null", "0", "-1", "1e309", "NaN", "\r\n", "\t", "\\", "\\x1b",
)  # fmt: skip

any_character = st.characters(exclude_categories=())
hostile_text = st.one_of(
    st.sampled_from(INTERESTING_STRINGS),
    st.text(max_size=40),
    st.text(any_character, max_size=40),
    st.text(st.sampled_from(CONTROLS + BIDI_AND_SEPARATORS + "a.-\\"), max_size=20),
)
plain_name = st.from_regex(r"[a-z][a-z0-9-]{0,10}(\.[a-z][a-z0-9-]{0,10}){1,3}", fullmatch=True)
names = st.one_of(plain_name, hostile_text)


# --- Bytes ----------------------------------------------------------------------------

INTERESTING_INTS = (
    0, 1, 2, 3, -1, 127, 128, 255, 256, 65537, 2**31 - 1, 2**31, 2**32, 2**63 - 1,
    2**63, 2**64, -(2**63), 2**4096 + 1, -(2**4096),
)  # fmt: skip
INTERESTING_TAGS = (
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0C, 0x13, 0x16, 0x17, 0x18, 0x1E, 0x1F,
    0x30, 0x31, 0x80, 0x81, 0x82, 0x86, 0x87, 0x88, 0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5,
    0xA6, 0xA8, 0xBF, 0xFF,
)  # fmt: skip
INTERESTING_OIDS = tuple(
    bytes.fromhex(h)
    for h in (
        "551d11",  # subjectAltName
        "551d13",  # basicConstraints
        "551d1e",  # nameConstraints
        "551d0f",  # keyUsage
        "551d25",  # extKeyUsage
        "551d1f",  # CRL distribution points
        "2b06010505070101",  # authorityInfoAccess
        "2b0601040182373c020101",  # an extension nobody knows
        "2a864886f70d010701",  # pkcs7-data
        "2a864886f70d010702",  # pkcs7-signedData
        "2a864886f70d010703",  # pkcs7-envelopedData
        "2a864886f70d010101",  # rsaEncryption
        "2a864886f70d01010a",  # RSASSA-PSS
        "2a864886f70d010104",  # md5WithRSAEncryption
        "2a8648ce3d0201",  # ecPublicKey
        "2a8648ce3d030107",  # P-256
        "2b81040023",  # P-521
        "2b8104000a",  # secp256k1
        "2b6570",  # Ed25519
        "2b656e",  # X25519
        "2a8648ce380401",  # DSA
        "550403",  # commonName
        "",
        "80",
        "ffffffffffffffffffff7f",
    )
)
LENGTHS = (
    b"\x00", b"\x01", b"\x7f", b"\x80", b"\x81\x00", b"\x81\x7f", b"\x81\xff", b"\x82\xff\xff",
    b"\x83\xff\xff\xff", b"\x84\xff\xff\xff\xff", b"\x84\x7f\xff\xff\xff",
    b"\x85\x01\x00\x00\x00\x00", b"\x89" + b"\xff" * 9, b"\xff",
)  # fmt: skip


def mutate_tree(draw: st.DrawFn, data: bytes, limits: Limits) -> bytes:
    """One structure-aware mutation, lengths recomputed; raw bytes if ``data`` is not DER."""
    try:
        root = der.parse(data)
    except der.NotDer:
        return mutate_raw(draw, data, limits)
    nodes = root.walk()
    links = der.parents(root)
    op = draw(
        st.sampled_from(
            ["dup", "dup", "del", "splice", "content", "int", "int", "oid", "tag", "nest", "grow"]
        )
    )
    if op in ("dup", "del", "splice", "nest") and links:
        parent, i = draw(st.sampled_from(links))
        assert parent.children is not None
        child = parent.children[i]
        if op == "dup":
            copies = draw(_counts(min(limits.repeat, 64)))
            parent.children[i:i] = [child.copy() for _ in range(copies)]
        elif op == "del":
            del parent.children[i]
        elif op == "splice":
            parent.children[i] = draw(st.sampled_from(nodes)).copy()
        else:
            for _ in range(draw(_counts(min(limits.nesting, 500)))):
                child = der.Node(b"\x30", children=[child])
            parent.children[i] = child
        return der.encode(root)
    primitives = [n for n in nodes if n.children is None]
    if op == "int":
        integers = [n for n in primitives if n.tag == b"\x02"] or primitives
        node = draw(st.sampled_from(integers))
        value = draw(st.one_of(st.sampled_from(INTERESTING_INTS), st.integers()))
        node.content = der.integer(value)
    elif op == "oid":
        oids = [n for n in primitives if n.tag == b"\x06"] or primitives
        draw(st.sampled_from(oids)).content = draw(st.sampled_from(INTERESTING_OIDS))
    elif op == "tag":
        node = draw(st.sampled_from(nodes))
        node.tag = bytes([draw(st.one_of(st.sampled_from(INTERESTING_TAGS), st.integers(0, 255)))])
    elif op == "grow" and primitives:
        node = draw(st.sampled_from(primitives))
        node.content = (node.content or b"\x01") * draw(_counts(min(limits.repeat, 256)))
    elif primitives:
        node = draw(st.sampled_from(primitives))
        node.content = draw(st.binary(max_size=64))
    return der.encode(root)


def mutate_raw(draw: st.DrawFn, data: bytes, limits: Limits) -> bytes:
    """One byte-level mutation: a flip, a cut, an insertion, a duplicated range, a length."""
    op = draw(st.sampled_from(["flip", "bit", "cut", "insert", "delete", "repeat", "length"]))
    size = len(data)
    pos = draw(st.integers(0, size))
    if op == "flip" and size:
        pos = min(pos, size - 1)
        return data[:pos] + bytes([draw(st.integers(0, 255))]) + data[pos + 1 :]
    if op == "bit" and size:
        pos = min(pos, size - 1)
        return data[:pos] + bytes([data[pos] ^ (1 << draw(st.integers(0, 7)))]) + data[pos + 1 :]
    if op == "cut":
        return data[:pos] if draw(st.booleans()) else data[pos:]
    if op == "insert":
        return data[:pos] + draw(st.binary(min_size=1, max_size=32)) + data[pos:]
    if op == "delete":
        return data[:pos] + data[pos + draw(st.integers(1, 64)) :]
    if op == "repeat":
        end = draw(st.integers(pos, min(size, pos + 200)))
        copies = min(draw(_counts(limits.repeat)), 5_000_000 // max(1, end - pos))
        chunk = data[pos:end] * copies
        return data[:pos] + chunk + data[end:]
    found = der.headers(data)
    if not found:
        return data
    header = draw(st.sampled_from(found))
    length = header.value_end - header.end
    choice = draw(
        st.one_of(
            st.sampled_from(LENGTHS),
            st.sampled_from([-1, 1, 2]).map(lambda d: der.encode_length(max(0, length + d))),
        )
    )
    return data[: header.start] + choice + data[header.end :]


PEM_LABELS = (
    "CERTIFICATE", "X509 CERTIFICATE", "CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST",
    "PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "X509 CRL",
    "PKCS7", "PKCS #7 SIGNED DATA", "CMS", "PUBLIC KEY", "TRUSTED CERTIFICATE",
)  # fmt: skip
pem_label = st.one_of(
    st.sampled_from(PEM_LABELS), st.from_regex(r"[A-Z0-9 #]{0,20}", fullmatch=True)
)
ENCRYPTED_HEADERS = (
    b"Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\n"
)


def mutate_text(draw: st.DrawFn, data: bytes, limits: Limits) -> bytes:
    """One mutation of PEM text: its lines, its armour, its headers."""
    op = draw(st.sampled_from(["crlf", "headers", "unwrap", "end", "garbage", "raw"]))
    if op == "crlf":
        return data.replace(b"\n", draw(st.sampled_from([b"\r\n", b"\r", b"\n\n", b" \n"])))
    if op == "headers":
        return re.sub(
            rb"(-----BEGIN [A-Z0-9 #]+-----\n)", rb"\1" + ENCRYPTED_HEADERS, data, count=1
        )
    if op == "unwrap":
        return re.sub(rb"\n(?!-)", b"", data)
    if op == "end":
        return re.sub(rb"-----END [A-Z0-9 #]+-----\n?", b"", data, count=1)
    if op == "garbage":
        junk = draw(st.sampled_from([b"Bag Attributes\n    localKeyID: 01 \n", b"\x00", b"  "]))
        return junk + data + draw(st.binary(max_size=16))
    return mutate_raw(draw, data, limits)


@st.composite
def loader_inputs(draw: st.DrawFn, limits: Limits = CI) -> tuple[bytes, bytes | None, int]:
    """(file bytes, password, which CheckOptions): mostly a real file, mutated."""
    all_seeds = seeds()
    kind = draw(st.sampled_from(["seed"] * 6 + ["random", "pem-random", "concat"]))
    seed: Seed = draw(st.sampled_from(all_seeds))
    parts = list(seed.parts)
    if kind == "random":
        data = draw(st.binary(max_size=limits.blob))
    else:
        if kind == "pem-random":
            parts = [Part(draw(st.binary(max_size=limits.blob)), draw(pem_label))]
        elif kind == "concat":
            parts += draw(st.sampled_from(all_seeds)).parts
        for _ in range(draw(st.sampled_from([0, 1, 1, 1, 2, 3]))):
            i = draw(st.integers(0, len(parts) - 1))
            mutate = mutate_tree if draw(st.integers(0, 3)) else mutate_raw
            label = draw(st.one_of(st.just(parts[i].label), pem_label))
            parts[i] = Part(mutate(draw, parts[i].der, limits), label if parts[i].label else "")
        data = b"".join(pem_block(p.label, p.der) if p.label else p.der for p in parts)
        if b"-----BEGIN" in data:
            for _ in range(draw(st.integers(0, 2))):
                data = mutate_text(draw, data, limits)
        text = seed.text if kind != "pem-random" else ""
        if text == "base64" or rarely(draw, 16):
            import base64

            data = base64.encodebytes(data)
        if text == "utf-16" or (b"-----BEGIN" in data and rarely(draw, 16)):
            codec = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-16-be"]))
            data = data.decode("latin-1").encode(codec)
    password = draw(
        st.one_of(
            st.just(seed.password),
            st.sampled_from([None, b"", PFX_PASSWORD, KEY_PASSWORD, b"wrong", b"\xff\xfe"]),
            st.binary(max_size=24),
        )
    )
    return data, password, draw(st.integers(0, 3))


# --- Profiles -------------------------------------------------------------------------

json_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from(INTERESTING_INTS),
    st.integers(),
    st.floats(),
    names,
)
json_values = st.recursive(
    json_leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(names, inner, max_size=4),
    max_leaves=12,
)


def _seed_profile() -> dict[str, Any]:
    from pic_wizard.core.files import profile
    from pic_wizard.core.values import topology

    return profile.to_dict(topology.seed_example())


def _profile_keys(value: Any) -> list[str]:
    found: list[str] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            found.append(key)
            found.extend(_profile_keys(inner))
    return found


def _containers(value: Any) -> list[Any]:
    found: list[Any] = []
    if isinstance(value, dict | list):
        found.append(value)
        for inner in value.values() if isinstance(value, dict) else value:
            found.extend(_containers(inner))
    return found


def _alike(value: Any) -> st.SearchStrategy[Any]:
    """A value of the same type as ``value``, often a plausible one."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        plausible = [0, 1, 2, 4, 256, 384, 521, 1024, 2048, 4096]
        return st.one_of(st.sampled_from(plausible), st.integers())
    if isinstance(value, str):
        return st.one_of(plain_name, st.sampled_from(INTERESTING_STRINGS), names)
    if isinstance(value, list):
        return st.lists(st.one_of(plain_name, names), max_size=4)
    return json_values


@st.composite
def profile_texts(draw: st.DrawFn, limits: Limits = CI) -> str:
    """A profile's text: the seed example's, with fields replaced, removed, added or of
    another type; or mutated text; or anything."""
    kind = draw(st.sampled_from(["fields"] * 5 + ["text", "nested", "random"]))
    if kind == "random":
        return draw(st.one_of(st.text(max_size=200), st.text(any_character, max_size=200)))
    data = _seed_profile()
    keys = sorted(set(_profile_keys(data)))
    for _ in range(draw(st.sampled_from([1, 1, 1, 2, 3, 5] if kind == "fields" else [0, 1]))):
        container = draw(st.sampled_from(_containers(data)))
        op = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        value = draw(st.one_of(json_values, names, st.sampled_from(INTERESTING_INTS)))
        if isinstance(container, dict):
            key = draw(st.one_of(st.sampled_from(keys), names)) if op == "add" else None
            if key is None and container:
                key = draw(st.sampled_from(sorted(container)))
            if key is None:
                continue
            if op == "delete":
                container.pop(key, None)
            elif key in container and not rarely(draw, 3):
                container[key] = draw(_alike(container[key]))
            else:
                container[key] = value
        elif op == "delete" and container:
            del container[draw(st.integers(0, len(container) - 1))]
        elif op == "replace" and container:
            container[draw(st.integers(0, len(container) - 1))] = value
        else:
            container.append(value)
    text = json.dumps(
        copy.deepcopy(data),
        ensure_ascii=draw(st.booleans()),
        indent=draw(st.sampled_from([None, 2])),
    )
    if kind == "nested":
        depth = draw(_counts(limits.nesting))
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
        text = text[:-1] + ', "x": ' + opener * depth + "1" + closer * depth + "}"
    elif kind == "text":
        raw = mutate_raw(draw, text.encode("utf-8", "surrogatepass"), limits)
        text = raw.decode("utf-8", "replace")
    return text


# --- Topology Builder files -----------------------------------------------------------


def _attribute(value: str, raw: bool) -> str:
    """A value as it goes between quotes: escaped, with character references for what XML
    cannot hold, or raw (then the file is usually malformed)."""
    if raw:
        return "".join(ch for ch in value if not 0xD800 <= ord(ch) <= 0xDFFF)
    out = []
    for ch in value:
        if ch in "&<>\"'" or ord(ch) < 0x20 or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(f"&#x{ord(ch):x};")
        else:
            out.append(ch)
    return "".join(out)


ENTITY_REFERENCES = ("&amp;", "&lt;", "&#x1b;", "&#0;", "&#xD800;", "&#1114112;", "&foo;", "&a;")
DOCTYPES = (
    '<!DOCTYPE TopologyBuilder [<!ENTITY a "contoso.com">]>',
    '<!DOCTYPE TopologyBuilder [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;'
    '&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
    '<!DOCTYPE TopologyBuilder SYSTEM "file:///etc/passwd">',
    '<!DOCTYPE TopologyBuilder [<!ENTITY a SYSTEM "http://example.com/x">]>',
    '<!DOCTYPE TopologyBuilder [<!ENTITY % p "x"> %p;]>',
    "<!doctype TopologyBuilder>",
)
INSERTIONS = (
    "<!-- comment -->", "<?pi data?>", "<![CDATA[<x>]]>", "<x/>", "</x>", "<", ">", "&",
    '<Service RoleName="EdgeServer" InstalledOn="00000000-0000-0000-0000-000000000000"/>',
    '<Cluster UniqueId="x" Fqdn="pool.contoso.net"/>', "\x00", "\ufeff",
)  # fmt: skip


@st.composite
def topology_pools(draw: st.DrawFn, raw: bool, strategy: st.SearchStrategy[str]) -> topologies.Pool:
    def name() -> str:
        return _attribute(draw(strategy), raw)

    machines = tuple(name() for _ in range(draw(st.integers(0, 3))))
    guid = draw(st.sampled_from(["", "x", "00000000-0000-0000-0000-000000000000"]))
    return topologies.Pool(name(), machines, name(), name(), name(), draw(st.booleans()), guid)


@st.composite
def tbxml_inputs(draw: st.DrawFn, limits: Limits = CI) -> tuple[bytes | str, str]:
    """(file bytes or text, the --pool asked for): a Topology Builder file with hostile
    names, mutated as XML (entities, declarations, nesting, copies) and as bytes."""
    raw = rarely(draw, 10)
    pool_names = draw(st.sampled_from([plain_name, names]))
    pools = draw(st.lists(topology_pools(raw, pool_names), max_size=3))
    if draw(st.booleans()):
        pools.append(draw(st.sampled_from([topologies.ONE, topologies.TWO])))
    domains = tuple(_attribute(d, raw) for d in draw(st.lists(names, max_size=3)))
    scope = draw(st.sampled_from(["NewTopology", "NewTopology", "OldTopology", "Other"]))
    text = topologies.tbxml(domains, pools, scope).decode("utf-8-sig")
    for _ in range(draw(st.sampled_from([0, 0, 1, 1, 2, 3]))):
        op = draw(
            st.sampled_from(["entity", "doctype", "nest", "copy", "insert", "namespace", "cut"])
        )
        tags = [m.end() for m in re.finditer(r">", text)] or [0]
        pos = draw(st.sampled_from(tags))
        if op == "entity":
            quotes = [m.start() + 1 for m in re.finditer(r'="', text)] or [pos]
            pos = draw(st.sampled_from([pos, *quotes]))
            text = text[:pos] + draw(st.sampled_from(ENTITY_REFERENCES)) + text[pos:]
        elif op == "doctype":
            end = text.find("?>") + 2 if draw(st.booleans()) else 0
            text = text[:end] + draw(st.sampled_from(DOCTYPES)) + text[end:]
        elif op == "nest":
            depth = draw(_counts(limits.nesting))
            tag = draw(st.sampled_from(["a", "Service", "PartialTopology", "x:y"]))
            text = text[:pos] + f"<{tag}>" * depth + f"</{tag}>" * depth + text[pos:]
        elif op == "copy":
            element_re = r"<(Service|Cluster|Port|InternalDomain)\b.*?/>"
            elements = [m.group(0) for m in re.finditer(element_re, text)] or [text[:pos]]
            element = draw(st.sampled_from(elements))
            text = text[:pos] + element * draw(_counts(limits.repeat)) + text[pos:]
        elif op == "insert":
            text = text[:pos] + draw(st.one_of(st.sampled_from(INSERTIONS), names)) + text[pos:]
        elif op == "namespace":
            text = text.replace(topologies.NS, draw(st.sampled_from(["", "urn:x", "&a;"])), 1)
        else:
            text = text[: draw(st.integers(0, len(text)))]
    known = ["", *(p.fqdn for p in pools), *(m for p in pools for m in p.machines)]
    pool = draw(st.one_of(st.sampled_from(known), st.sampled_from(known), names))
    if rarely(draw, 8):
        return text, pool  # as text, the way the wizard's paste box gives it
    others = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1"]
    codec = draw(st.sampled_from(["utf-8-sig"] * 4 + others))
    data = text.encode(codec, "surrogatepass" if codec.startswith("utf") else "replace")
    for _ in range(draw(st.integers(0, 2)) if draw(st.booleans()) else 0):
        data = mutate_raw(draw, data, limits)
    return data, pool


# --- Management Shell text ------------------------------------------------------------

SHELL_KEYS = (
    "Identity", "Name", "IsDefault", "AccessEdgeExternalFqdn", "DataEdgeExternalFqdn",
    "AVEdgeExternalFqdn", "XmppExternalFqdn", "PoolFqdn", "AccessEdgeInternalFqdn",
    "Registrar", "DependentServiceList",
)  # fmt: skip
SHELL_LINES = (
    "Identity                      Name                          IsDefault",
    "Name IsDefault", "IsDefault Name", "--------                      ----   ---------",
    "----", "-", "    ", "", "contoso.com contoso.com True", "fabrikam.com True",
    "                                            ConferencingServer:pool01.contoso.net}",
    "IsDefault : True", "Name      : contoso.com", "sip.contoso.c...", "…",
)  # fmt: skip
NEWLINES = ("\n", "\r\n", "\r", "\u2028", "\x85", "\x0b", "\x1e")


@st.composite
def shell_texts(draw: st.DrawFn, limits: Limits = CI) -> str:
    """What an admin pastes from the Management Shell: the samples in some order, with
    lines changed, added, repeated (headers, rules, continuations) or removed."""
    if rarely(draw, 10):
        return draw(st.text(any_character, max_size=300))
    samples = (topologies.DOMAINS_LIST, topologies.DOMAINS_TABLE, topologies.EDGE)
    chosen = draw(st.lists(st.sampled_from(samples), min_size=1, max_size=4))
    lines = "".join(chosen).split("\n")
    for _ in range(draw(st.integers(0, 5))):
        op = draw(st.sampled_from(["field", "line", "edit", "indent", "repeat", "delete", "blank"]))
        i = draw(st.integers(0, len(lines)))
        if op == "field":
            key = draw(
                st.one_of(st.sampled_from(SHELL_KEYS), st.from_regex(r"\w{1,12}", fullmatch=True))
            )
            sep = draw(st.sampled_from([" : ", ":", " :", ": ", "  ", " = "]))
            value = draw(st.one_of(names, st.sampled_from(["True", "False", "{a,", "}"])))
            lines.insert(i, f"{key}{sep}{value}")
        elif op == "line":
            lines.insert(i, draw(st.one_of(st.sampled_from(SHELL_LINES), names)))
        elif op == "edit" and lines:
            i = min(i, len(lines) - 1)
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + draw(names) + lines[i][pos + draw(st.integers(0, 5)) :]
        elif op == "indent":
            lines.insert(i, draw(st.sampled_from([" ", "    ", "\t"])) + draw(names))
        elif op == "repeat":
            end = draw(st.integers(i, min(len(lines), i + 3)))
            lines[i:end] = lines[i:end] * draw(_counts(limits.repeat))
        elif op == "delete" and lines:
            del lines[min(i, len(lines) - 1)]
        else:
            lines.insert(i, "")
    return draw(st.sampled_from(NEWLINES)).join(lines)
