"""Dates and limits that the rules depend on, kept as data.

Every rule takes a ``Policy`` and a check time, so a test (or an admin with ``--at``) can
ask what the answer was or will be on any day.  Sources are given beside each value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from .topology import PicProvider, Product


def utc(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day, tzinfo=dt.UTC)


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Policy:
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


DEFAULT_POLICY = Policy()


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
