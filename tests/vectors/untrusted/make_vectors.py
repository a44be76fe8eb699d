"""Makes the hostile-text vectors of this folder (run it again to remake them):

- hostile-root.pem, hostile-leaf.pem: a CA and an Edge certificate it issued whose subject,
  SAN, AIA and CRL URLs carry terminal escapes (clear screen, OSC 0 window title, OSC 8
  hyperlink, OSC 52 clipboard write), BEL, NUL + newline + a forged "FAKE-LINE: READY"
  line, a right-to-left override (U+202E) and a C1 control (U+009B, CSI);
- hostile-profile.json: a profile the reader accepts whose values carry DEL, C1, bidi and
  line-separator characters (the C0 ones are refused);
- hostile-profile-refused.json: a profile refused with a message that quotes a value;
- hostile.tbxml, hostile-shell.txt: a Topology Builder file and Management Shell output
  whose names carry the same characters.

Valid from 2026-05-22 for 180 days, around the moment the tests judge at (tests/pki.py).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID, NameOID

HERE = Path(__file__).parent
START = dt.datetime(2026, 5, 22, 12, 0, tzinfo=dt.UTC)

CLEAR = "\x1b[2J\x1b[H"
TITLE = "\x1b]0;pwned-title\x07"
LINK = "\x1b]8;;http://evil.example/\x1b\\click-me\x1b]8;;\x1b\\"
CLIPBOARD = "\x1b]52;c;cm0gLXJmIH4K\x07"
FORGED = "IT\x00\nFAKE-LINE: READY"
RLO = "\u202e"
CSI = "\x9b"


def _name(cn: str, org: str, ou: str = "", locality: str = "") -> x509.Name:
    attributes = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "US"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
    ]
    if ou:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, ou))
    if locality:
        attributes.append(x509.NameAttribute(NameOID.LOCALITY_NAME, locality))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, cn))
    return x509.Name(attributes)


def certificates() -> tuple[bytes, bytes]:
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = _name("Hostile Root" + RLO + "AC" + CSI + "2J", "pic-wizard tests" + TITLE)
    root = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(START - dt.timedelta(days=3650))
        .not_valid_after(START + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), False)
        .sign(root_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    names = [
        "sip.contoso.com",
        "webcon.contoso.com",
        "av" + TITLE + ".contoso.com",
        "x" + LINK + ".contoso.com",
        "y" + CLEAR + "\x00\nFAKE-LINE: READY",
    ]
    leaf = (
        x509.CertificateBuilder()
        .subject_name(
            _name(
                "sip.contoso.com" + CLEAR + TITLE, "Contoso" + RLO + "dtL" + CSI, FORGED, CLIPBOARD
            )
        )
        .issuer_name(root_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(START)
        .not_valid_after(START + dt.timedelta(days=180) - dt.timedelta(seconds=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), False
        )
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), False)
        .add_extension(
            x509.ExtendedKeyUsage(
                [ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]
            ),
            False,
        )
        .add_extension(
            x509.KeyUsage(True, False, True, False, False, False, False, False, False), True
        )
        .add_extension(
            x509.AuthorityInformationAccess(
                [
                    x509.AccessDescription(
                        AuthorityInformationAccessOID.CA_ISSUERS,
                        x509.UniformResourceIdentifier("http://aia.example/ca" + LINK + "\x07"),
                    )
                ]
            ),
            False,
        )
        .add_extension(
            x509.CRLDistributionPoints(
                [
                    x509.DistributionPoint(
                        [x509.UniformResourceIdentifier("http://crl.example/" + CLIPBOARD)],
                        None,
                        None,
                        None,
                    )
                ]
            ),
            False,
        )
        .sign(root_key, hashes.SHA256())
    )
    return (
        root.public_bytes(serialization.Encoding.PEM),
        leaf.public_bytes(serialization.Encoding.PEM),
    )


def profile(refused: bool = False) -> str:
    """A profile whose values carry what a profile accepts (C0 is refused on reading)."""
    data = {
        "format": "pic-wizard-profile",
        "version": 1,
        "product": "sfb2019" if not refused else "sfb" + RLO + "2019" + CSI + "2J",
        "sip_domains": ["contoso.com", "fab" + RLO + "moc.kir" + CSI + "31m", "a\x7fb.com"],
        "deployment": {"kind": "single", "servers": 1},
        "edge": {
            "access_edge_fqdn": "sip.contoso.com",
            "web_conferencing_edge_fqdn": "webcon" + "\u2028" + "FAKE-LINE: READY.contoso.com",
            "av_edge_fqdn": "av.contoso.com",
            "subject_name": "",
        },
        "federation": {
            "sip_federation": True,
            "pic_providers": [],
            "xmpp_federation": False,
            "xmpp_domains": [],
        },
        "extra_sans": ["x" + CSI + "2J.contoso.com", "\u2066evil\u2069.contoso.com"],
        "organization": {
            "organization": "Contoso" + RLO + "dtL",
            "organizational_unit": "IT" + CSI + "2J" + "\u2029" + "FAKE-LINE: READY",
            "locality": "Redmond\u200b",
            "state": "Washington\ufeff",
            "country": "US",
        },
        "friendly_name": "Edge" + CSI + "]0;title" + "\x85",
        "key": {"algorithm": "rsa", "rsa_bits": 2048, "curve": "P-256", "exportable": True},
        "ca": {"san_limit": 100},
    }
    # Written with \\u escapes: the file itself is safe to look at.
    return json.dumps(data, indent=2) + "\n"


NS = "urn:schema:Microsoft.Rtc.Management.Deploy"


def tbxml() -> bytes:
    """A topology (XML 1.0 has no C0 but tab and newline; C1 and bidi are allowed)."""
    pool = "edge" + RLO + "looP.contoso.net"
    access = "sip" + CSI + "2J.contoso.com"
    ports = "".join(
        f'<Port Owner="urn:component:{o}" InterfaceSide="External" Port="{n}" '
        f'ConfiguredFqdn="{f}" xmlns="{NS}.ServiceRoles.2008"/>'
        for o, n, f in (
            ("AccessEdge", "5061", access),
            ("DataEdge", "444", "webcon\u2028FAKE-LINE: READY.contoso.com"),
            ("MediaRelayEdge", "443", "av\x85.contoso.com"),
        )
    )
    guid = "00000000-0000-0000-0000-000000000001"
    text = (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<TopologyBuilder xmlns="{NS}.TopologyBuilder.2008">'
        f'<NewTopology><PartialTopology xmlns="{NS}.WritableTopology.2008">'
        f'<InternalDomains DefaultDomain="contoso{RLO}.com" xmlns="{NS}.Topology.2008">'
        f'<InternalDomain Name="contoso{RLO}.com" Authoritative="false" '
        'AllowSubDomains="false"/>'
        f'<InternalDomain Name="fab{CSI}rikam.com" Authoritative="false" '
        'AllowSubDomains="false"/></InternalDomains>'
        f"<CentralSites><CentralSite><Clusters>"
        f'<Cluster UniqueId="{guid}" Fqdn="{pool}" xmlns="{NS}.Topology.2008"><Machines>'
        f'<Machine Fqdn="edge1.contoso.net" xmlns="{NS}.Topology.2008"><NetInterface '
        'InterfaceSide="External" IPAddress="0.0.0.0"/></Machine></Machines></Cluster>'
        "</Clusters></CentralSite></CentralSites><Services>"
        f'<Service RoleName="EdgeServer" InstalledOn="{guid}" xmlns="{NS}.Topology.2008">'
        f"<Ports>{ports}</Ports></Service>"
        "</Services></PartialTopology></NewTopology></TopologyBuilder>"
    )
    return text.encode("utf-8")


def shell() -> str:
    """Get-CsSipDomain and Get-CsService -EdgeServer output with escapes in its values."""
    return (
        "\n"
        f"Identity  : contoso.com{TITLE}\n"
        f"Name      : contoso.com{TITLE}\n"
        "IsDefault : True\n"
        "\n"
        f"Identity  : fab{RLO}moc.kir\n"
        f"Name      : fab{RLO}moc.kir\n"
        "IsDefault : False\n"
        "\n"
        f"Identity                                  : EdgeServer:edge{CLEAR}pool.contoso.net\n"
        "Registrar                                 : Registrar:pool01.contoso.net\n"
        "AccessEdgeInternalFqdn                    : edgepool.contoso.net\n"
        f"AccessEdgeExternalFqdn                    : sip{CSI}2J.contoso.com\n"
        f"DataEdgeExternalFqdn                      : webcon{CLIPBOARD}.contoso.com\n"
        f"AVEdgeExternalFqdn                        : av{LINK}.contoso.com\n"
        "ServiceId                                 : 1-EdgeServer-1\n"
        "SiteId                                    : Site:Redmond\n"
        f"PoolFqdn                                  : edge{CLEAR}pool.contoso.net\n"
    )


def main(folder: Path = HERE) -> None:
    root, leaf = certificates()
    (folder / "hostile-root.pem").write_bytes(root)
    (folder / "hostile-leaf.pem").write_bytes(leaf)
    (folder / "hostile-profile.json").write_text(profile(), encoding="utf-8")
    (folder / "hostile-profile-refused.json").write_text(profile(refused=True), encoding="utf-8")
    (folder / "hostile.tbxml").write_bytes(tbxml())
    (folder / "hostile-shell.txt").write_bytes(shell().encode("utf-8"))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
