"""Write the hostile topology inputs into a folder: the shapes that once cost minutes or
gigabytes in the Management Shell and Topology Builder readers, and others of the same
kind, each as large as pic-wizard accepts (a file: 32 MiB; a paste: anything).

    python tests/vectors/make_hostile_topologies.py FOLDER [NAME ...]

Each file is made by a function of this module (``HOSTILE``, name -> maker), so a test
can write only the ones it needs.  Nothing here depends on pic-wizard.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

MiB = 1024 * 1024
LIMIT = 32 * MiB  # what the readers accept from a file
NS = "urn:schema:Microsoft.Rtc.Management.Deploy"

EDGE = """
Identity                                  : EdgeServer:edgepool.contoso.net
AccessEdgeExternalFqdn                    : sip.contoso.com
DataEdgeExternalFqdn                      : webcon.contoso.com
AVEdgeExternalFqdn                        : av.contoso.com
DependentServiceList                      : {Registrar:pool01.contoso.net,
"""
DOMAIN = """
Identity  : contoso.com
Name      : contoso.com
IsDefault : True

"""


def _fill(head: str, unit: str, tail: str, size: int) -> str:
    """``head``, then ``unit`` repeated until the text is about ``size`` bytes, ``tail``."""
    count = max(0, (size - len(head) - len(tail)) // len(unit))
    return head + unit * count + tail


def _tbxml(inner: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<TopologyBuilder xmlns="{NS}.TopologyBuilder.2008">{inner}</TopologyBuilder>'
    )


def _sized_tbxml(head: str, unit: str, tail: str, size: int = LIMIT) -> str:
    outer = len(_tbxml(""))
    return _tbxml(_fill(head, unit, tail, size - outer - 1))


# Management Shell text (import-topology reads it from a file; the wizard's paste box too)


def table_headers() -> str:
    """80 KB of Get-CsSipDomain table headers, each over its dashed rule, no blank line."""
    return _fill("", "Name IsDefault\n----\n", "", 80 * 1000)


def continuation(size: int = 7 * 1000 * 1000) -> str:
    """``size`` bytes (7 MB) of lines continuing one Format-List value (indented under it)."""
    return _fill(DOMAIN + EDGE, "            pool.contoso.net,\n", "\n", size)


def continued_name() -> str:
    """A domain name continued over 7 MB of indented lines: one huge value."""
    head = "Identity  : contoso.com\nName      : contoso"
    return _fill(head, "\n            .contoso", "\nIsDefault : True\n" + EDGE, 7 * 1000 * 1000)


def many_domains() -> str:
    """32 MiB of Get-CsSipDomain objects (Format-List), and the Edge service."""
    units = (
        f"Identity  : d{i:07}.example.com\nName      : d{i:07}.example.com\nIsDefault : False\n\n"
        for i in range(LIMIT // 72)
    )
    return _join_to(DOMAIN + EDGE + "\n", units, LIMIT)


def many_table_rows() -> str:
    """One Get-CsSipDomain table with rows up to 32 MiB, and the Edge service."""
    head = "Identity Name IsDefault\n-------- ---- ---------\n"
    units = (f"d{i:07}.example.com d{i:07}.example.com False\n" for i in range(LIMIT // 40))
    return EDGE + "\n" + _join_to(head, units, LIMIT - len(EDGE) - 1)


def many_edge_pools() -> str:
    """32 MiB of Get-CsService -EdgeServer objects: thousands of pools to choose from."""
    units = (
        f"Identity               : EdgeServer:edge{i:07}.contoso.net\n"
        f"AccessEdgeExternalFqdn : sip{i:07}.contoso.com\n\n"
        for i in range(LIMIT // 100)
    )
    return _join_to(DOMAIN, units, LIMIT)


def long_line() -> str:
    """One 32 MiB line of words: no key, no colon."""
    return _fill("Name", " IsDefault", "\n", LIMIT)


def long_field() -> str:
    """One 32 MiB line that almost makes a ``Key : value`` field (spaces, no colon)."""
    return _fill("Name", " ", "x\n", LIMIT)


def long_rule() -> str:
    """A table header over a 32 MiB line of dashes and spaces that ends in a letter."""
    return _fill("Name IsDefault\n", "- ", "x\n", LIMIT)


def _join_to(head: str, units: Iterable[str], size: int) -> str:
    parts, length = [head], len(head)
    for unit in units:
        if length + len(unit) > size:
            break
        parts.append(unit)
        length += len(unit)
    return "".join(parts)


# Topology Builder files (.tbxml)


def nested() -> str:
    """22 MB of elements nested in one another."""
    depth = (22 * 1000 * 1000 - len(_tbxml(""))) // len("<a></a>")
    return _tbxml("<a>" * depth + "</a>" * depth)


def flat() -> str:
    """32 MiB of empty elements side by side."""
    return _sized_tbxml("<NewTopology>", "<a/>", "</NewTopology>")


def comments() -> str:
    """32 MiB of empty comments."""
    return _sized_tbxml("<NewTopology>", "<!---->", "</NewTopology>")


def processing_instructions() -> str:
    """32 MiB of processing instructions."""
    return _sized_tbxml("<NewTopology>", "<?a?>", "</NewTopology>")


def cdata_sections() -> str:
    """32 MiB of empty CDATA sections."""
    return _sized_tbxml("<NewTopology>", "<![CDATA[]]>", "</NewTopology>")


def namespaces() -> str:
    """Elements declaring 20,000 namespace prefixes each, an attribute in each namespace."""
    declared = "".join(f' xmlns:p{i}="urn:p{i}"' for i in range(20_000))
    tag = "<a" + declared + "".join(f' p{i}:x=""' for i in range(20_000)) + "/>"
    return _sized_tbxml("<NewTopology>", tag, "</NewTopology>")


def text_lines() -> str:
    """32 MiB of newlines and character references inside the topology."""
    return _sized_tbxml("<NewTopology>", "\n&amp;&#10;", "</NewTopology>")


def attributes() -> str:
    """One element with 32 MiB of attributes."""
    size = LIMIT - len(_tbxml("<NewTopology/>")) - 1
    parts, length, i = [], 0, 0
    while length < size - 20:
        attribute = f' a{i}=""'
        parts.append(attribute)
        length += len(attribute)
        i += 1
    return _tbxml(f"<NewTopology{''.join(parts)}/>")


def crowded_elements() -> str:
    """32 MiB of elements with 100,000 attributes each: as many as a tag may have."""
    tag = "<a" + "".join(f' a{i}=""' for i in range(100_000)) + "/>"
    return _sized_tbxml("<NewTopology>", tag, "</NewTopology>")


def long_header() -> str:
    """A 16 MiB "table header" of words over a dashed rule, then a row as long."""
    line = _fill("Name IsDefault", " ab", "\n", LIMIT // 2 - 10)
    return line + "----\n" + line


def long_attribute() -> str:
    """One attribute value of 32 MiB."""
    return _sized_tbxml('<NewTopology Name="', "a", '"/>')


def many_services_one_cluster() -> str:
    """One cluster of many servers, and as many Edge services installed on it."""
    machine = f'<Machine Fqdn="m.contoso.net" xmlns="{NS}.Topology.2008"/>'
    service = f'<Service RoleName="EdgeServer" InstalledOn="c" xmlns="{NS}.Topology.2008"/>'
    count = (LIMIT - 1000) // (len(machine) + len(service))
    return _tbxml(
        "<NewTopology><PartialTopology>"
        f'<InternalDomains DefaultDomain="contoso.com"/><Clusters><Cluster UniqueId="c" '
        f'Fqdn="edgepool.contoso.net">{machine * count}</Cluster></Clusters>'
        f"<Services>{service * count}</Services></PartialTopology></NewTopology>"
    )


def large_topology() -> str:
    """A topology of the usual shape, one Edge pool among 32 MiB of other servers: real
    files are a few megabytes, this is what the largest file accepted could hold."""
    return _tbxml_pools(domains=100, pools=1, others=LIMIT // 580)


def many_domains_tbxml() -> str:
    """A topology of the usual shape with 32 MiB of SIP domains, and one Edge pool."""
    return _tbxml_pools(domains=LIMIT // 120, pools=1)


def many_pools_tbxml() -> str:
    """A topology of the usual shape with 32 MiB of Edge pools."""
    return _tbxml_pools(domains=1, pools=LIMIT // 1500)


def _tbxml_pools(domains: int, pools: int, others: int = 0) -> str:
    names = "".join(
        f'<InternalDomain Name="d{i:07}.example.com" xmlns="{NS}.Topology.2008"/>'
        for i in range(domains)
    )
    clusters, services = [], []
    for i in range(pools):
        clusters.append(
            f'<Cluster UniqueId="c{i}" Fqdn="edge{i:06}.contoso.net" xmlns="{NS}.Topology.2008">'
            f'<Machines><Machine Fqdn="e{i:06}a.contoso.net"/><Machine '
            f'Fqdn="e{i:06}b.contoso.net"/></Machines></Cluster>'
        )
        ports = "".join(
            f'<Port Owner="urn:component:{owner}" InterfaceSide="External" '
            f'ConfiguredFqdn="{name}{i:06}.contoso.com" xmlns="{NS}.ServiceRoles.2008"/>'
            for owner, name in (
                ("AccessEdge", "sip"),
                ("DataEdge", "webcon"),
                ("MediaRelayEdge", "av"),
            )
        )
        services.append(
            f'<Service RoleName="EdgeServer" InstalledOn="c{i}" xmlns="{NS}.Topology.2008">'
            f"<Ports>{ports}</Ports></Service>"
        )
    for i in range(others):  # front end servers, each on its own cluster
        clusters.append(
            f'<Cluster UniqueId="f{i}" Fqdn="fe{i:06}.contoso.net" xmlns="{NS}.Topology.2008">'
            f'<Machines><Machine Fqdn="fe{i:06}.contoso.net"><NetInterface '
            'InterfaceSide="Primary" IPAddress="0.0.0.0"/></Machine></Machines></Cluster>'
        )
        services.append(
            f'<Service RoleName="Registrar" InstalledOn="f{i}" xmlns="{NS}.Topology.2008">'
            f'<Ports><Port Owner="urn:component:Registrar" InterfaceSide="Primary" '
            f'Port="5061" xmlns="{NS}.ServiceRoles.2008"/></Ports></Service>'
        )
    return _tbxml(
        f'<NewTopology><PartialTopology xmlns="{NS}.WritableTopology.2008">'
        f'<InternalDomains DefaultDomain="contoso.com" xmlns="{NS}.Topology.2008">{names}'
        f"</InternalDomains><CentralSites><CentralSite><Clusters>{''.join(clusters)}"
        f"</Clusters></CentralSite></CentralSites><Services>{''.join(services)}</Services>"
        "</PartialTopology></NewTopology>"
    )


HOSTILE: dict[str, Callable[[], str]] = {
    "table-headers.txt": table_headers,
    "continuation.txt": continuation,
    "continued-name.txt": continued_name,
    "many-domains.txt": many_domains,
    "many-table-rows.txt": many_table_rows,
    "many-edge-pools.txt": many_edge_pools,
    "long-line.txt": long_line,
    "long-field.txt": long_field,
    "long-rule.txt": long_rule,
    "long-header.txt": long_header,
    "nested.tbxml": nested,
    "flat.tbxml": flat,
    "comments.tbxml": comments,
    "processing-instructions.tbxml": processing_instructions,
    "cdata-sections.tbxml": cdata_sections,
    "namespaces.tbxml": namespaces,
    "text-lines.tbxml": text_lines,
    "attributes.tbxml": attributes,
    "crowded-elements.tbxml": crowded_elements,
    "long-attribute.tbxml": long_attribute,
    "many-services-one-cluster.tbxml": many_services_one_cluster,
    "large-topology.tbxml": large_topology,
    "many-domains.tbxml": many_domains_tbxml,
    "many-pools.tbxml": many_pools_tbxml,
}


def write(folder: Path, names: Iterable[str] = HOSTILE) -> list[Path]:
    """Write the named hostile inputs (all by default) into ``folder``, as UTF-8."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        path = folder / name
        path.write_bytes(HOSTILE[name]().encode("utf-8"))
        paths.append(path)
    return paths


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for written in write(Path(sys.argv[1]), sys.argv[2:] or HOSTILE):
        print(f"{written}  {written.stat().st_size:,} bytes")
