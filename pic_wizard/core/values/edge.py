"""The values a certificate's rules use without a topology: the product, the deployment,
the public IM providers and the organisation named in a subject.  Apart from the topology
(``topology``, which names them too), so that a check without a profile does not build
the topology's classes at each start."""

from __future__ import annotations

from enum import Enum

from .record import frozen


class Product(Enum):
    LYNC_2013 = "lync2013"
    SFB_2015 = "sfb2015"
    SFB_2019 = "sfb2019"
    # Skype for Business Server Subscription Edition (July 2025): the same Edge certificate
    # as 2019, which it installs over in place.
    SFB_SE = "sfbse"

    @property
    def display_name(self) -> str:
        return {
            "lync2013": "Lync Server 2013",
            "sfb2015": "Skype for Business Server 2015",
            "sfb2019": "Skype for Business Server 2019",
            "sfbse": "Skype for Business Server Subscription Edition",
        }[self.value]

    @property
    def has_xmpp(self) -> bool:
        """Whether the product can run the XMPP proxy: 2019 removed it, and Subscription
        Edition, built on 2019, has none either (XMPP-UNSUPPORTED)."""
        return self not in (Product.SFB_2019, Product.SFB_SE)

    @property
    def windows_servers(self) -> tuple[str, ...]:
        """The Windows Server versions the product's servers run on, oldest first."""
        return _WINDOWS_SERVERS[self.value]


# Microsoft's system requirements, "Operating systems" (MicrosoftDocs/OfficeDocs-
# SkypeForBusiness): Lync Server 2013 on Windows Server 2008 R2 SP1, 2012 and 2012 R2;
# Skype for Business Server 2015 on 2012, 2012 R2 and 2016 (CU5 and later; 2008 R2 only
# for an in-place upgrade of Lync 2013), Skype/SfbServer/plan-your-deployment/requirements-
# for-your-environment/server-requirements.md; 2019 on 2016, 2019 and 2022 (CU7 and later),
# Skype/SfBServer2019/plan/system-requirements.md.  Subscription Edition: no system
# requirements page of its own was found in Microsoft's public documentation; it installs
# in place over a 2019 deployment (Microsoft Tech Community, "Why in-place upgrade from
# Skype for Business Server 2019 to Subscription Edition (SE) is low risk", 2025-06-26), so
# it is taken to run where 2019 runs.
_WINDOWS_SERVERS = {
    "lync2013": ("2008 R2", "2012", "2012 R2"),
    "sfb2015": ("2012", "2012 R2", "2016"),
    "sfb2019": ("2016", "2019", "2022"),
    "sfbse": ("2016", "2019", "2022"),
}


class Deployment(Enum):
    SINGLE = "single"
    DNS_POOL = "dns-pool"
    HLB_POOL = "hlb-pool"

    @property
    def is_pool(self) -> bool:
        return self is not Deployment.SINGLE


class PicProvider(Enum):
    AOL = "aol"
    SKYPE = "skype"  # Skype / Windows Live (Microsoft consumer)
    YAHOO = "yahoo"


@frozen
class Organization:
    """The organisation fields of a subject, as a profile holds them."""

    organization: str = ""
    organizational_unit: str = ""
    locality: str = ""
    state: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
