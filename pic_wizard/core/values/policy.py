"""Dates and limits that the rules depend on, kept as data.

Every rule takes a ``Policy`` and a check time, so a test (or an admin with ``--at``) can
ask what the answer was or will be on any day.  Sources are given beside each value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from .edge import PicProvider, Product
from .record import field, frozen


def utc(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day, tzinfo=dt.UTC)


@frozen
class ClientAuthCutoff:
    """When the named party stops Client Authentication in public TLS server certificates.

    ``date``: from this day it issues no certificate with it (a root program's entry: no
    public CA may, when ``every_ca``); ``opt_in_from``: from this day it includes it only
    when the order asks for it (no longer by default)."""

    who: str
    date: dt.datetime
    opt_in_from: dt.datetime | None = None
    every_ca: bool = False


def _default_validity() -> tuple[tuple[dt.datetime, int], ...]:
    # CA/Browser Forum Baseline Requirements §6.3.2 (cabforum/servercert docs/BR.md,
    # version 2.2.6, table "maximum Validity Periods of Subscriber Certificates"; the
    # 2026-2029 steps are ballot SC-081, adopted 2025-04-11), and the ballots before it:
    # (issued on or after, maximum days).
    return (
        (utc(1970, 1, 1), 1185),  # 39 months, before 2018-03-01
        (utc(2018, 3, 1), 825),
        (utc(2020, 9, 1), 398),
        (utc(2026, 3, 15), 200),
        (utc(2027, 3, 15), 100),
        (utc(2029, 3, 15), 47),
    )


def _default_pic_end() -> Mapping[PicProvider, dt.datetime]:
    # Lync FAQ "provisioning Lync Server for Skype connectivity": AOL and Yahoo! PIC ended.
    return {PicProvider.AOL: utc(2014, 6, 30), PicProvider.YAHOO: utc(2014, 6, 30)}


def _default_product_eol() -> Mapping[Product, dt.datetime]:
    # Microsoft lifecycle: end of extended support.
    return {
        Product.LYNC_2013: utc(2023, 4, 11),
        Product.SFB_2015: utc(2025, 10, 14),
        Product.SFB_2019: utc(2025, 10, 14),
        # No end for Product.SFB_SE: Skype for Business Server Subscription Edition follows
        # the Modern Lifecycle Policy (supported while kept current, no fixed end date;
        # Microsoft Lifecycle, "Skype for Business Server Subscription Edition", released
        # July 2025), so PRODUCT-EOL never applies to it.
    }


def _default_client_auth_cutoffs() -> tuple[ClientAuthCutoff, ...]:
    # The date each CA no longer issues Client Authentication at all: the last way to get
    # it (an opt-in profile or product option) closed.
    return (
        # Let's Encrypt, "Ending TLS Client Authentication Certificate Support in 2026"
        # (letsencrypt.org blog 2025-05-14, update of 2026-03-16; letsencrypt/website
        # content/en/post/2025-05-14-ending-tls-client-authorization.md): the default
        # "classic" profile without it from 2026-02-11; the opt-in "tlsclient" profile
        # closed to accounts that had not used it on 2026-05-13 and retired on 2026-07-08
        # (content/en/docs/profiles.md: "As of July 8, 2026, this profile is no longer
        # available").
        ClientAuthCutoff("Let's Encrypt", utc(2026, 7, 8), opt_in_from=utc(2026, 2, 11)),
        # Sectigo, "Deprecation of Client Authentication EKU from Sectigo SSL/TLS
        # Certificates" (sectigo.com/faq-client-authentication-eku-deprecation): not by
        # default from 2025-09-15; its final cutoff, 2026-05-15 on that page, is reported
        # moved to 2027-02-10 after Chrome's extension (resellers' notices of April 2026,
        # e.g. comparecheapssl.com; not confirmed on a Sectigo page).
        ClientAuthCutoff("Sectigo", utc(2027, 2, 10), opt_in_from=utc(2025, 9, 15)),
        # DigiCert KB ALERT53 "Removing the client authentication EKU from public TLS
        # certificates" (knowledge.digicert.com, modified 2026-03-03): server
        # authentication only by default from 2025-10-01; Client Authentication on request
        # until 2027-03-01.
        ClientAuthCutoff("DigiCert", utc(2027, 3, 1), opt_in_from=utc(2025, 10, 1)),
        # Chrome Root Program Policy v1.8 (2026-02-05), section 1.3.2, item 2
        # (GoogleChrome/chromerootprogram content/index.md): subscriber certificates
        # issued on or after 2027-03-15 MUST assert id-kp-serverAuth only (v1.6 and 1.7
        # said 2026-06-15).  Every CA in Chrome's root store: none may issue it then.
        ClientAuthCutoff("Chrome Root Program", utc(2027, 3, 15), every_ca=True),
    )


@frozen
class Policy:
    """The dates and limits the rules take (the sources are given beside each)."""

    pic_service_end: Mapping[PicProvider, dt.datetime] = field(default_factory=_default_pic_end)
    product_eol: Mapping[Product, dt.datetime] = field(default_factory=_default_product_eol)
    client_auth_cutoffs: tuple[ClientAuthCutoff, ...] = field(
        default_factory=_default_client_auth_cutoffs
    )
    # BR §4.2.2 / §7.1.2.7.12: certificates for internal names had to expire by then.
    internal_names_end: dt.datetime = field(default_factory=lambda: utc(2015, 11, 1))
    max_validity: tuple[tuple[dt.datetime, int], ...] = field(default_factory=_default_validity)
    expiring_days: int = 30
    default_san_limit: int = 100
    # The roots Microsoft 365's federation endpoints chain to (the roots check).
    federation_roots: tuple[FederationRoot, ...] = field(
        default_factory=lambda: _default_federation_roots()
    )
    # The roots Windows itself requires, expired or not (the roots check).
    windows_required_roots: tuple[RequiredRoot, ...] = field(
        default_factory=lambda: _default_windows_required_roots()
    )

    def max_validity_days(self, issued: dt.datetime) -> int:
        days = self.max_validity[0][1]
        for since, limit in self.max_validity:
            if issued >= since:
                days = limit
        return days

    @property
    def client_auth_ends(self) -> dt.datetime | None:
        """From when no public CA may issue Client Authentication (a root program's rule
        binding every CA), or None."""
        dates = [c.date for c in self.client_auth_cutoffs if c.every_ca]
        return min(dates) if dates else None

    @property
    def client_auth_fading(self) -> dt.datetime | None:
        """From when a public CA no longer gives Client Authentication unless asked (or
        at all): the first step of the sunset, or None."""
        dates = [c.opt_in_from or c.date for c in self.client_auth_cutoffs]
        return min(dates) if dates else None


# The roots of Microsoft 365's federation endpoints ----------------------------------


@frozen
class FederationRoot:
    """A root certification authority that the TLS certificates of Microsoft 365's
    federation endpoints (Teams, Skype for Business Online) chain to, from ``since`` until
    ``until``: an Edge Server that federates with them needs it in its Trusted Root
    Certification Authorities store."""

    name: str
    sha1: str  # the thumbprint, as Microsoft's page and Windows show it
    sha256: str  # the fingerprint the store is matched by
    since: dt.datetime
    until: dt.datetime

    def expected(self, at: dt.datetime) -> bool:
        return self.since <= at < self.until


def _default_federation_roots() -> tuple[FederationRoot, ...]:
    # Microsoft 365 documentation, "Office TLS Certificate Changes"
    # (MicrosoftDocs/microsoft-365-docs, microsoft-365/compliance/
    # encryption-office-365-tls-certificates-changes.md, ms.date 2022-03-07, read
    # 2026-12-06): Teams and Skype for Business Online endpoints (*.teams.microsoft.com,
    # *.skypeforbusiness.com) moved from Baltimore CyberTrust Root to the three roots below
    # from January 2022; "Windows running in disconnected environments" must have them in
    # the Trusted Root Certification Authorities store.  The SHA-1 thumbprints are the
    # page's.  The SHA-256 fingerprints: Baltimore's and DigiCert Global Root G2's from
    # "Microsoft 365 encryption chains" (microsoft-365/compliance/
    # encryption-office-365-certificate-chains.md, updated 2020-10-16); the two Microsoft
    # roots' computed from the certificates with those thumbprints in Mozilla's root store
    # (certifi 2026.10.19).  Baltimore expired on 2025-05-12 ("Azure Certificate
    # Authority details", MicrosoftDocs/azure-docs, articles/security/fundamentals/
    # azure-CA-details.md, 2022-04-28).
    return (
        FederationRoot(
            "Baltimore CyberTrust Root",
            "D4DE20D05E66FC53FE1A50882C78DB2852CAE474",
            "16AF57A9F676B0AB126095AA5EBADEF22AB31119D644AC95CD4B93DBF3F26AEB",
            utc(2000, 5, 12),
            dt.datetime(2025, 5, 12, 23, 59, tzinfo=dt.UTC),
        ),
        FederationRoot(
            "DigiCert Global Root G2",
            "DF3C24F9BFD666761B268073FE06D1CC8D4F82A4",
            "CB3CCBB76031E5E0138F8DD39A23F9DE47FFC35E43C1144CEA27D46A5AB1CB5F",
            utc(2022, 1, 1),
            dt.datetime(2038, 1, 15, 12, 0, tzinfo=dt.UTC),
        ),
        FederationRoot(
            "Microsoft RSA Root Certificate Authority 2017",
            "73A5E64A3BFF8316FF0EDCCC618A906E4EAE4D74",
            "C741F70F4B2A8D88BF2E71C14122EF53EF10EBA0CFA5E64CFA20F418853073E0",
            utc(2022, 1, 1),
            dt.datetime(2042, 7, 18, 23, 0, 23, tzinfo=dt.UTC),
        ),
        FederationRoot(
            "Microsoft ECC Root Certificate Authority 2017",
            "999A64C37FF47D9FAB95F14769891460EEC4C3C5",
            "358DF39D764AF9E1B766E9C972DF352EE15CFAC227AF6AD1D70E8E4A6EDCBA02",
            utc(2022, 1, 1),
            dt.datetime(2042, 7, 18, 23, 16, 4, tzinfo=dt.UTC),
        ),
    )


# The roots Windows requires ------------------------------------------------------------


@frozen
class RequiredRoot:
    """A root certificate Windows needs in its Trusted Root Certification Authorities store,
    even after it expired: what was signed with it before that date is still checked with
    it.  Matched as Windows lists it: the name it is issued to and its serial number."""

    issued_to: str
    serial: int
    expires: str  # as the source gives it, YYYY-MM-DD


def _default_windows_required_roots() -> tuple[RequiredRoot, ...]:
    # Microsoft KB 293781, "Required trusted root certificates" (MicrosoftDocs/
    # SupportArticles-docs, support/windows-server/identity/
    # trusted-root-certificates-are-required.md, ms.date 2023-07-13, read 2026-12-06):
    # "Removal of the following certificates may limit functionality of the operating
    # system, or may cause the computer to fail. Don't remove them."  Its tables, for
    # Windows 2000 to Windows Server 2008 R2, by "Issued to" and serial number; "Some
    # certificates that are listed in the previous tables have expired. However, these
    # certificates are necessary for backward compatibility."
    return (
        RequiredRoot("Microsoft Root Authority", 0x00C1008B3C3C8811D13EF663ECDF40, "2020-12-31"),
        RequiredRoot("Thawte Timestamping CA", 0x00, "2020-12-31"),
        RequiredRoot(
            "Microsoft Root Certificate Authority", 0x79AD16A14AA0A5AD4C7358F407132E65, "2021-05-09"
        ),
        RequiredRoot("Copyright (c) 1997 Microsoft Corp.", 0x01, "1999-12-30"),
        RequiredRoot("Microsoft Authenticode(tm) Root Authority", 0x01, "1999-12-31"),
        RequiredRoot(
            "NO LIABILITY ACCEPTED, (c)97 VeriSign, Inc.",
            0x4A19D2388C82591CA55D735F155DDCA3,
            "2004-01-07",
        ),
        RequiredRoot(
            "VeriSign Commercial Software Publishers CA",
            0x03C78F37DB9228DF3CBB1AAD82FA6710,
            "2004-01-07",
        ),
    )


DEFAULT_POLICY = Policy()


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
