"""Topology Builder files (``.tbxml``, as "Download Topology" saves them): the SIP domains
and every Edge pool with its members and external FQDNs, to pre-fill the answers.

The file is untrusted.  It is read with a size limit and parsed by defusedxml, which
refuses a DOCTYPE, entities and external references (a Topology Builder file has none), so
neither external entities nor entity expansion ("billion laughs") reach the reader.  No
tree is built: the parser streams and only the few attributes the import needs are kept,
with a limit on depth and on the number of elements, so any file costs time and memory in
proportion to its size.  Elements are matched by their local names: every element of the
file carries its own namespace.
"""

from __future__ import annotations

import codecs
import re
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from ..values.errors import InputError
from ..values.record import field, frozen, mutable, replace
from ..values.topology import Deployment, Topology

MAX_TOPOLOGY_BYTES = 32 * 1024 * 1024  # large topologies run to a few megabytes
# Topology Builder nests about ten deep (TopologyBuilder, NewTopology, PartialTopology,
# CentralSites, CentralSite, Clusters, Cluster, Machines, Machine, NetInterface): ten
# times that is still a topology; deeper is not, whatever it is.
MAX_DEPTH = 100
# An element of a Topology Builder file, with its namespace and attributes, takes about
# 80 bytes: a topology of a few megabytes has tens of thousands, and one of the usual shape
# as large as the 32 MiB accepted some 400,000.  A million is more than any topology; past
# it the file is refused.
MAX_ELEMENTS = 1_000_000
# Expat keeps all the attributes of a start tag until its end, and slows down past a few
# hundred thousand (3 million in one tag: 3 s and 350 MB before any handler runs); an
# element of Topology Builder has fewer than ten.  Counted before parsing, by the "=" they
# need (see _crowded).
MAX_ATTRIBUTES = 100_000
_SCAN = 65_536  # no more than MAX_ATTRIBUTES: a stretch inside one window has fewer "="
# The text goes to expat in slices this long: no whole second copy of it is made, and a
# token split over slices, which expat scans again at each one, is scanned a few times only.
_FEED_CHARACTERS = 4 * 1024 * 1024
_XML_DECLARATION = re.compile(r"\s*<\?xml[^>]*\?>")
MARKUP_FIRST = re.compile(r"\s*<")
_EDGE_PORTS = {
    "urn:component:AccessEdge": "access_edge",
    "urn:component:DataEdge": "web_conferencing_edge",
    "urn:component:MediaRelayEdge": "av_edge",
}
_XMPP_PORT = "urn:component:XmppFederationProxy"
_READ = frozenset(("InternalDomains", "InternalDomain", "Cluster", "Machine", "Service", "Port"))
_LISTED_POOLS = 20  # an error names this many pools at most (it gives their number)


@frozen
class EdgePool:
    """One Edge pool of the topology: its internal FQDN, members and external names."""

    fqdn: str
    machines: tuple[str, ...] = ()
    access_edge: str = ""
    web_conferencing_edge: str = ""
    av_edge: str = ""
    xmpp: bool = False


@frozen
class ImportedTopology:
    sip_domains: tuple[str, ...]  # the default first
    pools: tuple[EdgePool, ...]


def _fqdn(value: str) -> str:
    return value.strip().lower().rstrip(".")


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


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


@mutable
class _Cluster:
    unique_id: str
    fqdn: str
    machines: list[str] = field(default_factory=list)


@mutable
class _Service:
    installed_on: str
    names: dict[str, str] = field(default_factory=dict)
    xmpp: bool = False


@mutable
class _Scope:
    """What one part of the file says: the new topology, the old one, or the whole file."""

    domains: list[str] = field(default_factory=list)
    clusters: list[_Cluster] = field(default_factory=list)
    services: list[_Service] = field(default_factory=list)


class _TopologyReader:
    """Handlers for the parser's start and end of each element: they keep the attributes
    the import needs, each element belonging to the nearest InternalDomains, Cluster or
    Service around it (Topology Builder never nests those), and refuse a file nested
    deeper than MAX_DEPTH or with more than MAX_ELEMENTS elements as soon as it is."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.open: list[str] = []  # local names of the elements open now, the root first
        self.elements = 0
        self.whole = _Scope()  # the whole file, when it has neither topology below
        self.new: _Scope | None = None  # the first NewTopology under the root
        self.old: _Scope | None = None  # the first OldTopology under the root
        self.scope: _Scope | None = None  # the one of those being read
        self.blocks = 0  # InternalDomains open
        self.clusters: list[_Cluster] = []
        self.services: list[_Service | None] = []  # None: a service other than Edge

    def start(self, tag: str, attributes: list[str]) -> None:
        self.elements += 1
        if len(self.open) >= MAX_DEPTH:
            raise InputError("topology-too-deep", file=self.file, limit=str(MAX_DEPTH))
        if self.elements > MAX_ELEMENTS:
            raise InputError(
                "topology-too-many-elements", file=self.file, limit=f"{MAX_ELEMENTS:,}"
            )
        name = _local(tag)
        self.open.append(name)
        depth = len(self.open)
        if depth == 1 and name != "TopologyBuilder":
            raise InputError("topology-not-topology", file=self.file)
        if depth == 2:
            if name == "NewTopology" and self.new is None:
                self.scope = self.new = _Scope()
            elif name == "OldTopology" and self.old is None:
                self.scope = self.old = _Scope()
        if name not in _READ:
            return
        # Only unqualified attributes count (as Element.get found them); expat reports
        # them as a flat list: name, value, name, value...
        values = dict(zip(attributes[::2], attributes[1::2], strict=True))
        if name == "InternalDomains":
            self.blocks += 1
            self._domain(values.get("DefaultDomain", ""))
        elif name == "InternalDomain":
            if self.blocks:
                self._domain(values.get("Name", ""))
        elif name == "Cluster":
            cluster = _Cluster(values.get("UniqueId", ""), _fqdn(values.get("Fqdn", "")))
            self.clusters.append(cluster)
            for scope in self._scopes():
                scope.clusters.append(cluster)
        elif name == "Machine":
            fqdn = _fqdn(values.get("Fqdn", ""))
            if self.clusters and fqdn:
                self.clusters[-1].machines.append(fqdn)
        elif name == "Service":
            service = None
            if values.get("RoleName") == "EdgeServer":
                service = _Service(values.get("InstalledOn", ""))
                for scope in self._scopes():
                    scope.services.append(service)
            self.services.append(service)
        elif self.services and self.services[-1] is not None:  # a Port of an Edge service
            self._port(self.services[-1], values)

    def end(self, tag: str) -> None:
        name = self.open.pop()
        if name == "InternalDomains":
            self.blocks -= 1
        elif name == "Cluster":
            self.clusters.pop()
        elif name == "Service":
            self.services.pop()
        if len(self.open) == 1:
            self.scope = None

    def _scopes(self) -> tuple[_Scope, ...]:
        return (self.whole,) if self.scope is None else (self.whole, self.scope)

    def _domain(self, name: str) -> None:
        name = name.strip()
        if name:
            for scope in self._scopes():
                scope.domains.append(name)

    @staticmethod
    def _port(service: _Service, values: dict[str, str]) -> None:
        if values.get("InterfaceSide") != "External":
            return
        owner = values.get("Owner", "")
        if owner == _XMPP_PORT:
            service.xmpp = True
        key = _EDGE_PORTS.get(owner)
        fqdn = _fqdn(values.get("ConfiguredFqdn", ""))
        if key and fqdn and key not in service.names:
            service.names[key] = fqdn

    def topology(self) -> ImportedTopology:
        # The published topology and the one being edited: the new one is what will be.
        scope = self.new or self.old or self.whole
        sip_domains = tuple(dict.fromkeys(d.lower().rstrip(".") for d in scope.domains))
        clusters = {c.unique_id: c for c in scope.clusters}
        members: dict[int, tuple[str, ...]] = {}  # one tuple per cluster, however many use it
        pools: dict[tuple[int, tuple[tuple[str, str], ...], bool], EdgePool] = {}
        for service in scope.services:
            cluster = clusters.get(service.installed_on)
            if cluster is None:  # installed on nothing this topology defines: no pool to name
                continue
            if id(cluster) not in members:
                members[id(cluster)] = tuple(cluster.machines)
            machines = members[id(cluster)]
            key = (id(cluster), tuple(sorted(service.names.items())), service.xmpp)
            if key not in pools:  # the same pool, named by two Edge services, is one pool
                fqdn = cluster.fqdn or (machines[0] if machines else "")
                pools[key] = EdgePool(fqdn, machines, xmpp=service.xmpp, **service.names)
        return ImportedTopology(sip_domains, tuple(pools.values()))


def parse_topology(data: bytes | str, file: str) -> ImportedTopology:
    """The SIP domains and Edge pools of a Topology Builder file (its bytes or its text).

    The XML declaration is dropped: the parser reads text, never an encoding the file
    names."""
    text = data if isinstance(data, str) else decode_text(data, file)
    if _crowded(text):
        raise InputError("topology-crowded-element", file=file, limit=f"{MAX_ATTRIBUTES:,}")
    reader = _TopologyReader(file)
    parser = DefusedXMLParser(target=_Ignore(), forbid_dtd=True)
    # The element handlers go on the expat parser itself: XMLParser's own would build a
    # dict of every attribute of every element and remember every distinct name.
    expat = parser.parser
    expat.StartElementHandler = reader.start
    expat.EndElementHandler = reader.end
    expat.buffer_size = 1024 * 1024  # text arrives in few calls, however it is cut
    declaration = _XML_DECLARATION.match(text)
    try:
        for at in range(declaration.end() if declaration else 0, len(text), _FEED_CHARACTERS):
            parser.feed(text[at : at + _FEED_CHARACTERS])
        parser.close()
    except DefusedXmlException:
        raise InputError("topology-declarations", file=file) from None
    except ParseError as exc:
        line, column = exc.position
        raise InputError(
            "topology-malformed", file=file, line=str(line), column=str(column)
        ) from None
    return reader.topology()


def _crowded(text: str) -> bool:
    """Whether some stretch of ``text`` between two "<" has more than MAX_ATTRIBUTES "=",
    as a start tag with that many attributes would (its attributes cannot hold a "<").
    Counted by windows of _SCAN characters, with C string methods: a stretch within one
    window cannot have that many, so only the stretches across windows are added up."""
    run = 0  # "=" since the last "<"
    for start in range(0, len(text), _SCAN):
        end = min(start + _SCAN, len(text))
        first = text.find("<", start, end)
        if first < 0:
            run += text.count("=", start, end)
        else:
            if run + text.count("=", start, first) > MAX_ATTRIBUTES:
                return True
            run = text.count("=", text.rfind("<", start, end), end)
        if run > MAX_ATTRIBUTES:
            return True
    return False


class _Ignore:
    """The parser's target: the text between elements is not read."""

    def data(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


def choose_pool(imported: ImportedTopology, file: str, pool: str = "") -> EdgePool:
    """The Edge pool named ``pool``, or the only one; else say which there are."""
    if not imported.pools:
        raise InputError("topology-no-edge", file=file)
    listed = ", ".join(p.fqdn for p in imported.pools[:_LISTED_POOLS])
    if len(imported.pools) > _LISTED_POOLS:
        listed += ", \u2026"
    if pool:
        wanted = pool.strip().lower().rstrip(".")
        searched: set[int] = set()  # pools of one cluster share their tuple of members
        for candidate in imported.pools:
            if wanted == candidate.fqdn:
                return candidate
            if id(candidate.machines) not in searched:
                if wanted in candidate.machines:
                    return candidate
                searched.add(id(candidate.machines))
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
