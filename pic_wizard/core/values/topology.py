"""The admin's answers as frozen values: the Edge topology, federation, organisation, key."""

from __future__ import annotations

from enum import Enum

from .edge import Deployment as Deployment
from .edge import Organization as Organization
from .edge import PicProvider as PicProvider
from .edge import Product as Product
from .record import field, frozen


class KeyOrigin(Enum):
    """Where the private key of a request is made, which decides how much an unexportable
    key matters (KEY-NOT-EXPORTABLE)."""

    # pic-wizard makes it on this computer (the csr command, the wizard's Generate page):
    # it is moved to the Edge Server with the certificate.
    PIC_WIZARD = "pic-wizard"
    # certreq (the INF) or Request-CsCertificate (the PowerShell script) makes it on the
    # Edge Server itself.
    EDGE_SERVER = "edge-server"


class KeyAlgorithm(Enum):
    RSA = "rsa"
    EC = "ec"


RSA_SIZES = (2048, 3072, 4096)
EC_CURVES = ("P-256", "P-384")


@frozen
class KeySpec:
    algorithm: KeyAlgorithm = KeyAlgorithm.RSA
    rsa_bits: int = 2048
    curve: str = "P-256"
    exportable: bool = True

    @property
    def description(self) -> str:
        if self.algorithm is KeyAlgorithm.RSA:
            return f"RSA {self.rsa_bits}"
        return f"EC {self.curve}"


# The keys pic-wizard offers, the default first; the profile takes any of them.
KEY_CHOICES = (
    KeySpec(KeyAlgorithm.RSA, 2048),
    KeySpec(KeyAlgorithm.RSA, 3072),
    KeySpec(KeyAlgorithm.RSA, 4096),
    KeySpec(KeyAlgorithm.EC, curve="P-256"),
    KeySpec(KeyAlgorithm.EC, curve="P-384"),
)

# RFC 5280's upper bounds of the subject's organization fields (ub-organization-name 64,
# ub-organizational-unit-name 64, ub-locality-name 128, ub-state-name 128).
ORGANIZATION_LIMITS = {"organization": 64, "organizational_unit": 64, "locality": 128, "state": 128}

# An Edge pool has two servers at least; pic-wizard plans for at most 64.
MIN_POOL_SERVERS = 2
MAX_EDGE_SERVERS = 64


@frozen
class Topology:
    """Everything the certificate plan is derived from.

    Edge FQDNs left empty take Microsoft's usual defaults from the default SIP domain
    (``sip.``, ``webcon.``, ``av.``).  ``subject_name`` overrides the subject (the pool or
    VIP FQDN); empty means the Access Edge FQDN, as Microsoft recommends.
    """

    # A new request is for the one product still supported (PRODUCT-EOL): Subscription
    # Edition.  A profile or an import that names another product keeps it.
    product: Product = Product.SFB_SE
    sip_domains: tuple[str, ...] = ()
    deployment: Deployment = Deployment.SINGLE
    server_count: int = 1
    access_edge_fqdn: str = ""
    web_conferencing_edge_fqdn: str = ""
    av_edge_fqdn: str = ""
    subject_name: str = ""
    sip_federation: bool = True
    pic_providers: frozenset[PicProvider] = frozenset()
    xmpp_federation: bool = False
    xmpp_domains: tuple[str, ...] = ()
    extra_sans: tuple[str, ...] = ()
    organization: Organization = field(default_factory=Organization)
    friendly_name: str = ""
    key: KeySpec = field(default_factory=KeySpec)
    san_limit: int = 100

    @property
    def default_domain(self) -> str:
        return self.sip_domains[0].strip() if self.sip_domains else ""


def seed_example() -> Topology:
    """The example of Microsoft's "Certificate summary - Public IM Connectivity" page."""
    return Topology(
        product=Product.LYNC_2013,
        sip_domains=("contoso.com", "fabrikam.com"),
        deployment=Deployment.SINGLE,
        server_count=1,
        access_edge_fqdn="sip.contoso.com",
        web_conferencing_edge_fqdn="webcon.contoso.com",
        av_edge_fqdn="av.contoso.com",
        sip_federation=True,
        pic_providers=frozenset({PicProvider.AOL}),
        organization=Organization(
            organization="Contoso Ltd",
            organizational_unit="IT",
            locality="Redmond",
            state="Washington",
            country="US",
        ),
        friendly_name="Edge external (PIC)",
    )
