"""Synthetic Topology Builder files, in the shape "Download Topology" saves them."""

from __future__ import annotations

from pic_wizard.core.values.record import field, mutable

NS = "urn:schema:Microsoft.Rtc.Management.Deploy"


@mutable
class Pool:
    fqdn: str
    machines: tuple[str, ...]
    access: str
    webcon: str
    av: str
    xmpp: bool = False
    guid: str = field(default="")


def tbxml(domains: tuple[str, ...], pools: list[Pool], scope: str = "NewTopology") -> bytes:
    """A topology as Topology Builder writes it (UTF-8 with a BOM, a namespace on every
    element)."""
    clusters, services = [], []
    for i, pool in enumerate(pools):
        guid = pool.guid or f"00000000-0000-0000-0000-00000000000{i}"
        machines = "".join(
            f'<Machine Fqdn="{m}" xmlns="{NS}.Topology.2008"><NetInterface '
            f'InterfaceSide="External" IPAddress="0.0.0.0"/></Machine>'
            for m in pool.machines
        )
        clusters.append(
            f'<Cluster UniqueId="{guid}" Fqdn="{pool.fqdn}" xmlns="{NS}.Topology.2008">'
            f"<Machines>{machines}</Machines></Cluster>"
        )
        ports = [
            ("AccessEdge", "Internal", "5061", "edgepool.internal"),
            ("AccessEdge", "External", "5061", pool.access),
            ("DataEdge", "External", "444", pool.webcon),
            ("MediaRelayEdge", "External", "443", pool.av),
        ]
        if pool.xmpp:
            ports.append(("XmppFederationProxy", "External", "5269", pool.access))
        port_xml = "".join(
            f'<Port Owner="urn:component:{o}" InterfaceSide="{side}" Port="{n}" '
            f'ConfiguredFqdn="{f}" xmlns="{NS}.ServiceRoles.2008"/>'
            for o, side, n, f in ports
        )
        services.append(
            f'<Service RoleName="EdgeServer" InstalledOn="{guid}" xmlns="{NS}.Topology.2008">'
            f"<Ports>{port_xml}</Ports></Service>"
        )
    services.append(f'<Service RoleName="Registrar" InstalledOn="x" xmlns="{NS}.Topology.2008"/>')
    internal = "".join(
        f'<InternalDomain Name="{d}" Authoritative="false" AllowSubDomains="false"/>'
        for d in domains
    )
    default = f' DefaultDomain="{domains[0]}"' if domains else ""
    text = (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<TopologyBuilder xmlns="{NS}.TopologyBuilder.2008">'
        f'<OldTopology><PartialTopology xmlns="{NS}.WritableTopology.2008">'
        f'<InternalDomains DefaultDomain="old.example.com" xmlns="{NS}.Topology.2008">'
        '<InternalDomain Name="old.example.com"/></InternalDomains></PartialTopology>'
        f"</OldTopology>"
        f'<{scope}><PartialTopology xmlns="{NS}.WritableTopology.2008">'
        f'<InternalDomains{default} xmlns="{NS}.Topology.2008">{internal}</InternalDomains>'
        f"<CentralSites><CentralSite><Clusters>{''.join(clusters)}</Clusters></CentralSite>"
        f"</CentralSites><Services>{''.join(services)}</Services>"
        f"</PartialTopology></{scope}></TopologyBuilder>"
    )
    return b"\xef\xbb\xbf" + text.encode("utf-8")


ONE = Pool("edgepool.contoso.net", ("xedge1.contoso.net",), "sip.contoso.com",
           "webcon.contoso.com", "av.contoso.com")  # fmt: skip
TWO = Pool("edge2.contoso.net", ("e2a.contoso.net", "e2b.contoso.net", "e2c.contoso.net"),
           "sip2.contoso.com", "webcon2.contoso.com", "av2.contoso.com", xmpp=True)  # fmt: skip


# What the Management Shell prints (Get-CsSipDomain as a list and as a table,
# Get-CsService -EdgeServer | Format-List).
DOMAINS_LIST = """
Identity  : fabrikam.com
Name      : fabrikam.com
IsDefault : False

Identity  : contoso.com
Name      : contoso.com
IsDefault : True
"""

DOMAINS_TABLE = """
Identity                      Name                          IsDefault
--------                      ----                          ---------
fabrikam.com                  fabrikam.com                  False
contoso.com                   contoso.com                   True

"""

EDGE = """
Identity                                  : EdgeServer:edgepool.contoso.net
Registrar                                 : Registrar:pool01.contoso.net
AccessEdgeInternalFqdn                    : edgepool.contoso.net
AccessEdgeExternalFqdn                    : sip.contoso.com
DataEdgeExternalFqdn                      : webcon.contoso.com
AVEdgeExternalFqdn                        : av.contoso.com
DependentServiceList                      : {Registrar:pool01.contoso.net,
                                            ConferencingServer:pool01.contoso.net}
ServiceId                                 : 1-EdgeServer-1
SiteId                                    : Site:Redmond
PoolFqdn                                  : edgepool.contoso.net
"""
