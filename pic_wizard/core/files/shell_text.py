"""What admins paste from the Skype for Business Server Management Shell, read as a
topology: ``Get-CsSipDomain`` (list or table) and ``Get-CsService -EdgeServer |
Format-List`` (``AccessEdgeExternalFqdn``, ``DataEdgeExternalFqdn``,
``AVEdgeExternalFqdn``…).  Text from a paste box or a file; anything else is ignored."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..values.errors import InputError
from .topology_builder import EdgePool, ImportedTopology

_FIELD = re.compile(r"^(\w+)\s*:\s?(.*)$")
_RULE = re.compile(r"^[\s-]+$")
# A Get-CsSipDomain table's header is as wide as its columns, a few hundred characters; a
# longer line is no header, and splitting it into words would only cost memory.
_WIDEST_HEADER = 10_000
_SHOWN = 100  # characters of a value an error shows at most: its end, where it was cut


def _records(lines: list[str]) -> Iterator[dict[str, str]]:
    """Format-List blocks: ``Key : value`` lines, a blank line between objects; a line
    indented under a value continues it.  The parts of a value are joined once, when its
    object ends (adding each line to the value would copy it again for each line), and
    each object is handed on as soon as it ends, so only one is kept at a time."""
    current: dict[str, list[str]] = {}
    last = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            if current:
                yield {key: "".join(parts) for key, parts in current.items()}
            current, last = {}, ""
            continue
        found = _FIELD.match(line)
        if found and (not raw[:1].isspace() or not last):
            key, value = found.group(1), found.group(2).strip()
            if key in current:  # a new object without a blank line between
                yield {key: "".join(parts) for key, parts in current.items()}
                current = {}
            current[key] = [value]
            last = key
        elif last and raw[:1].isspace():
            current[last].append(line)
    if current:
        yield {key: "".join(parts) for key, parts in current.items()}


def _table_domains(lines: list[str]) -> list[tuple[str, bool]]:
    """Get-CsSipDomain as a table: a header naming Name and IsDefault over a dashed rule,
    then a row per domain up to a blank line or the next table's header.  One pass; a
    row is split into no more cells than its header has columns."""
    found: list[tuple[str, bool]] = []
    columns: list[str] = []  # the header of the table being read; empty: none
    rule = False  # this line is the rule under the header just read
    for i, line in enumerate(lines):
        if rule:
            rule = False
            continue
        if (
            "IsDefault" in line
            and len(line) <= _WIDEST_HEADER
            and i + 1 < len(lines)
            and _RULE.match(lines[i + 1])
        ):
            words = line.split()
            if "Name" in words and "IsDefault" in words:
                columns, rule = words, True
                continue
        if not line.strip():
            columns = []
        elif columns:
            cells = dict(zip(columns, line.split(None, len(columns)), strict=False))
            name, default = cells.get("Name", ""), cells.get("IsDefault", "")
            if name:
                found.append((name, default.lower() == "true"))
    return found


def _fqdn(value: str, file: str = "", field: str = "") -> str:
    text = value.strip().strip("{}").strip()
    if text.endswith(("...", "\u2026")):  # the console cut it: never guess the rest
        shown = text if len(text) <= _SHOWN else "\u2026" + text[-_SHOWN:]
        raise InputError("paste-truncated", file=file or "-", field=field, value=shown)
    return text.lower().rstrip(".")


def _edge_pool(record: dict[str, str], file: str) -> EdgePool:
    """One Get-CsService -EdgeServer object: the pool and its external names."""

    def value(key: str) -> str:
        return _fqdn(record.get(key, ""), file, key)

    identity = record.get("Identity", "")
    return EdgePool(
        fqdn=_fqdn(record.get("PoolFqdn") or identity.partition(":")[2] or identity),
        access_edge=value("AccessEdgeExternalFqdn"),
        web_conferencing_edge=value("DataEdgeExternalFqdn"),
        av_edge=value("AVEdgeExternalFqdn"),
        xmpp=bool(value("XmppExternalFqdn")),
    )


def parse_powershell(text: str, file: str = "") -> ImportedTopology:
    """SIP domains (the default first) and Edge pools found in Management Shell output."""
    domains: list[tuple[str, bool]] = []
    pools: list[EdgePool] = []
    lines = text.splitlines()
    for record in _records(lines):
        if "IsDefault" in record and ("Name" in record or "Identity" in record):
            name = record.get("Name") or record.get("Identity", "")
            default = record["IsDefault"].strip().lower() == "true"
            domains.append((_fqdn(name, file, "Name"), default))
        elif "AccessEdgeExternalFqdn" in record:
            pools.append(_edge_pool(record, file))
    if not domains:
        domains = [(_fqdn(n), d) for n, d in _table_domains(lines)]
    if not domains and not pools:
        raise InputError("paste-unrecognised", file=file or "-")
    ordered = [n for n, d in domains if d] + [n for n, d in domains if not d]
    return ImportedTopology(tuple(dict.fromkeys(n for n in ordered if n)), tuple(pools))
