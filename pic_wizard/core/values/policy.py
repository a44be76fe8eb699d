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
    """From this date the named party no longer accepts Client Authentication in public TLS
    server certificates."""

    who: str
    date: dt.datetime


def _default_validity() -> tuple[tuple[dt.datetime, int], ...]:
    # CA/Browser Forum Baseline Requirements §6.3.2 (and the ballots before it):
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
    # CA announcements, and Chrome Root Program policy §1.3.2 (v1.8).
    return (
        ClientAuthCutoff("Let's Encrypt", utc(2026, 5, 13)),
        ClientAuthCutoff("Sectigo", utc(2026, 5, 15)),
        ClientAuthCutoff("DigiCert", utc(2027, 3, 1)),
        ClientAuthCutoff("Chrome Root Program", utc(2027, 3, 15)),
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


DEFAULT_POLICY = Policy()


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
