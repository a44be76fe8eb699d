"""Topology Builder files (``.tbxml``, as "Download Topology" saves them): the SIP domains
and every Edge pool with its members and external FQDNs, to pre-fill the answers.

The file is untrusted: it is read with a size limit, and refused when it declares a
DOCTYPE or entities (a Topology Builder file never does), so neither external entities
nor entity expansion ("billion laughs") can reach the parser.  Elements are matched by
their local names: every element of the file carries its own namespace.
"""

from __future__ import annotations

import codecs
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace

from .errors import InputError
from .fsutil import read_limited
from .topology import Deployment, Topology

MAX_TOPOLOGY_BYTES = 32 * 1024 * 1024  # large topologies run to a few megabytes
_DECLARATIONS = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_EDGE_PORTS = {
    "urn:component:AccessEdge": "access_edge",
    "urn:component:DataEdge": "web_conferencing_edge",
    "urn:component:MediaRelayEdge": "av_edge",
}
_XMPP_PORT = "urn:component:XmppFederationProxy"


@dataclass(frozen=True)
class EdgePool:
    """One Edge pool of the topology: its internal FQDN, members and external names."""

    fqdn: str
    machines: tuple[str, ...] = ()
    access_edge: str = ""
    web_conferencing_edge: str = ""
    av_edge: str = ""
    xmpp: bool = False


@dataclass(frozen=True)
class ImportedTopology:
    sip_domains: tuple[str, ...]  # the default first
    pools: tuple[EdgePool, ...]


def _fqdn(value: str) -> str:
    return value.strip().lower().rstrip(".")


def _local(tag: object) -> str:
    return str(tag).rpartition("}")[2]


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in element.iter() if _local(e.tag) == name]


def decode_text(data: bytes, file: str) -> str:
    """UTF-8 or UTF-16, with or without a byte-order mark (Windows writes all four)."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[3:].decode("utf-8")
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        if len(data) >= 2 and data[1] == 0 and data[0] != 0:
            return data.decode("utf-16-le")
        if len(data) >= 2 and data[0] == 0 and data[1] != 0:
            return data.decode("utf-16-be")
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("topology-encoding", file=file) from None


def parse_topology(data: bytes | str, file: str) -> ImportedTopology:
    """The SIP domains and Edge pools of a Topology Builder file (its bytes or its text).

    Declarations are looked for in the decoded text, whatever the encoding, and the XML
    declaration is dropped: the parser reads text, never an encoding the file names."""
    text = data if isinstance(data, str) else decode_text(data, file)
    if _DECLARATIONS.search(text):
        raise InputError("topology-declarations", file=file)
    try:
        root = ET.fromstring(_XML_DECLARATION.sub("", text, count=1))
    except ET.ParseError as exc:
        line, column = exc.position
        raise InputError(
            "topology-malformed", file=file, line=str(line), column=str(column)
        ) from None
    if _local(root.tag) != "TopologyBuilder":
        raise InputError("topology-not-topology", file=file)
    # The published topology and the one being edited: the new one is what will be.
    scope = next((e for e in root if _local(e.tag) == "NewTopology"), None)
    if scope is None:
        scope = next((e for e in root if _local(e.tag) == "OldTopology"), root)

    domains: list[str] = []
    for block in _children(scope, "InternalDomains"):
        default = (block.get("DefaultDomain") or "").strip()
        if default:
            domains.append(default)
        for domain in _children(block, "InternalDomain"):
            name = (domain.get("Name") or "").strip()
            if name:
                domains.append(name)
    sip_domains = tuple(dict.fromkeys(d.lower().rstrip(".") for d in domains))

    clusters = {c.get("UniqueId", ""): c for c in _children(scope, "Cluster")}
    pools: list[EdgePool] = []
    for service in _children(scope, "Service"):
        if service.get("RoleName") != "EdgeServer":
            continue
        cluster = clusters.get(service.get("InstalledOn", ""))
        if cluster is None:  # installed on nothing this topology defines: no pool to name
            continue
        names: dict[str, str] = {}
        xmpp = False
        for port in _children(service, "Port"):
            if port.get("InterfaceSide") != "External":
                continue
            owner = port.get("Owner", "")
            if owner == _XMPP_PORT:
                xmpp = True
            key = _EDGE_PORTS.get(owner)
            fqdn = _fqdn(port.get("ConfiguredFqdn") or "")
            if key and fqdn and key not in names:
                names[key] = fqdn
        fqdn = _fqdn(cluster.get("Fqdn") or "")
        machines = tuple(
            _fqdn(m.get("Fqdn", ""))
            for m in _children(cluster, "Machine")
            if _fqdn(m.get("Fqdn", ""))
        )
        pools.append(
            EdgePool(fqdn or (machines[0] if machines else ""), machines, xmpp=xmpp, **names)
        )
    return ImportedTopology(sip_domains, tuple(pools))


def read_topology(path: str | os.PathLike[str]) -> ImportedTopology:
    """A Topology Builder file, or a text file of Management Shell output."""
    text = decode_text(read_limited(path, MAX_TOPOLOGY_BYTES), str(path))
    if text.lstrip().startswith("<"):
        return parse_topology(text, str(path))
    from .psimport import parse_powershell

    return parse_powershell(text, str(path))


def choose_pool(imported: ImportedTopology, file: str, pool: str = "") -> EdgePool:
    """The Edge pool named ``pool``, or the only one; else say which there are."""
    if not imported.pools:
        raise InputError("topology-no-edge", file=file)
    listed = ", ".join(p.fqdn for p in imported.pools)
    if pool:
        wanted = pool.strip().lower().rstrip(".")
        for candidate in imported.pools:
            if wanted in (candidate.fqdn, *candidate.machines):
                return candidate
        raise InputError("topology-pool-unknown", file=file, pool=pool, pools=listed)
    if len(imported.pools) > 1:
        raise InputError(
            "topology-pool-needed", file=file, count=str(len(imported.pools)), pools=listed
        )
    return imported.pools[0]


def apply_pool(base: Topology, imported: ImportedTopology, pool: EdgePool) -> Topology:
    """``base`` with what the topology says: SIP domains, the pool's external names, its
    size (two members or more: a pool, DNS load balancing unless the admin says
    otherwise), XMPP federation when the pool runs the XMPP proxy."""
    count = len(pool.machines) or base.server_count  # pasted output lists no members
    deployment = base.deployment
    if count == 1:
        deployment = Deployment.SINGLE
    elif not deployment.is_pool:
        deployment = Deployment.DNS_POOL
    return replace(
        base,
        sip_domains=imported.sip_domains or base.sip_domains,
        deployment=deployment,
        server_count=count,
        access_edge_fqdn=pool.access_edge or base.access_edge_fqdn,
        web_conferencing_edge_fqdn=pool.web_conferencing_edge or base.web_conferencing_edge_fqdn,
        av_edge_fqdn=pool.av_edge or base.av_edge_fqdn,
        xmpp_federation=pool.xmpp or base.xmpp_federation,
    )
