"""What admins paste from the Skype for Business Server Management Shell, read as a
topology: ``Get-CsSipDomain`` (list or table) and ``Get-CsService -EdgeServer |
Format-List`` (``AccessEdgeExternalFqdn``, ``DataEdgeExternalFqdn``,
``AVEdgeExternalFqdn``…).  Text from a paste box or a file; anything else is ignored."""

from __future__ import annotations

import re

from .errors import InputError
from .tbxml import EdgePool, ImportedTopology

_FIELD = re.compile(r"^(\w+)\s*:\s?(.*)$")
_RULE = re.compile(r"^[\s-]+$")


def _records(text: str) -> list[dict[str, str]]:
    """Format-List blocks: ``Key : value`` lines, a blank line between objects; a line
    indented under a value continues it."""
    records: list[dict[str, str]] = []
    current: dict[str, str] = {}
    last = ""
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            if current:
                records.append(current)
            current, last = {}, ""
            continue
        found = _FIELD.match(line.strip())
        if found and (not raw[:1].isspace() or not last):
            key, value = found.group(1), found.group(2).strip()
            if key in current:  # a new object without a blank line between
                records.append(current)
                current = {}
            current[key] = value
            last = key
        elif last and raw[:1].isspace():
            current[last] += line.strip()
    if current:
        records.append(current)
    return records


def _table_domains(text: str) -> list[tuple[str, bool]]:
    """Get-CsSipDomain as a table: a header naming Name and IsDefault over a dashed rule."""
    lines = text.splitlines()
    found: list[tuple[str, bool]] = []
    for i, header in enumerate(lines[:-1]):
        words = header.split()
        if "Name" not in words or "IsDefault" not in words or not _RULE.match(lines[i + 1]):
            continue
        for row in lines[i + 2 :]:
            if not row.strip():
                break
            cells = dict(zip(words, row.split(), strict=False))
            name, default = cells.get("Name", ""), cells.get("IsDefault", "")
            if name:
                found.append((name, default.lower() == "true"))
    return found


def _fqdn(value: str, file: str = "", field: str = "") -> str:
    text = value.strip().strip("{}").strip()
    if text.endswith(("...", "\u2026")):  # the console cut it: never guess the rest
        raise InputError("paste-truncated", file=file or "-", field=field, value=text)
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
    for record in _records(text):
        if "IsDefault" in record and ("Name" in record or "Identity" in record):
            name = record.get("Name") or record.get("Identity", "")
            default = record["IsDefault"].strip().lower() == "true"
            domains.append((_fqdn(name, file, "Name"), default))
        elif "AccessEdgeExternalFqdn" in record:
            pools.append(_edge_pool(record, file))
    if not domains:
        domains = [(_fqdn(n), d) for n, d in _table_domains(text)]
    if not domains and not pools:
        raise InputError("paste-unrecognised", file=file or "-")
    ordered = [n for n, d in domains if d] + [n for n, d in domains if not d]
    return ImportedTopology(tuple(dict.fromkeys(n for n in ordered if n)), tuple(pools))
