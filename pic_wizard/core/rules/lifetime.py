"""How long a certificate lasts, and when to renew it: the longest certificate a public CA
may issue on a plan's day (the Baseline Requirements' schedule), and the days an issued
certificate has left.  Computed once here; the command line, the wizard and the report
only say it."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from ..values.i18n import N_, NP_, Catalogue
from ..values.policy import Policy
from ..values.record import frozen

# Context "Lifetime" of the translations.  The longest validities are 47 days or more,
# always plural; the days an issued certificate has left are counted (%n).
PLANNED_TEXT = N_(
    "Lifetime",
    "A public CA issues it for {max_days} days at most: issued on {on}, it expires by "
    "{latest_expiry}. Put {renew_by} in your calendar to renew it.",
)
# When the schedule shortens before the renewal: said, as it changes the admin's year.
PLANNED_SHORTER_TEXT = N_(
    "Lifetime",
    "A public CA issues it for {max_days} days at most: issued on {on}, it expires by "
    "{latest_expiry}. Put {renew_by} in your calendar to renew it; the next one may last "
    "{renewal_max_days} days at most.",
)
REMAINING_TEXT = NP_("Lifetime", "Expires on {not_after}, in %n day(s). Renew it by {renew_by}.")
# Once the day to renew by has passed (CERT-EXPIRING warns then): "now", not a past date.
RENEW_NOW_TEXT = NP_(
    "Lifetime",
    "Expires on {not_after}, in %n day(s). Renew it now: the day to renew by, {renew_by}, "
    "has passed.",
)
EXPIRED_TEXT = N_("Lifetime", "Expired on {not_after}.")


class Words(Protocol):
    """Text in the user's language, in one context: ``core.values.i18n.TranslateIn``, or
    the wizard's Qt translation of the same context."""

    def __call__(self, text: str) -> str: ...

    def plural(self, text: str, n: int) -> str: ...


ENGLISH: Words = Catalogue().context("Lifetime")


@frozen
class PlannedLifetime:
    """The longest certificate a public CA may issue on ``on``, and the renewal it asks."""

    on: dt.date  # the day the plan is made: the earliest the certificate can be issued
    max_days: int  # Baseline Requirements §6.3.2 on that day
    latest_expiry: dt.date  # issued on ``on`` for ``max_days``
    renew_by: dt.date  # ``warn_days`` before ``latest_expiry``: the day for the calendar
    warn_days: int  # Policy.expiring_days, when CERT-EXPIRING starts warning
    renewal_max_days: int  # what a certificate issued on ``renew_by`` may last

    def text(self, words: Words = ENGLISH) -> str:
        """What it means for the admin, in one paragraph (``words``: context "Lifetime")."""
        shorter = self.renewal_max_days < self.max_days
        template = PLANNED_SHORTER_TEXT if shorter else PLANNED_TEXT
        return words(template).format(**_iso(self))


@frozen
class RemainingLifetime:
    """What an issued certificate has left on a day, and when to renew it."""

    not_after: dt.date
    days_left: int  # whole days from the check time to notAfter; negative once expired
    renew_by: dt.date  # ``warn_days`` before notAfter
    warn_days: int
    late: bool = False  # the day to renew by is behind the check's day

    @property
    def expired(self) -> bool:
        return self.days_left < 0

    def text(self, words: Words = ENGLISH) -> str:
        """Days left and the day to renew by (``words``: context "Lifetime")."""
        if self.expired:
            return words(EXPIRED_TEXT).format(**_iso(self))
        template = RENEW_NOW_TEXT if self.late else REMAINING_TEXT
        return words.plural(template, self.days_left).format(**_iso(self))


def _iso(value: PlannedLifetime | RemainingLifetime) -> dict[str, str]:
    return {
        key: item.isoformat() if isinstance(item, dt.date) else str(item)
        for key, item in vars(value).items()
    }


def _shift(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held at the calendar's ends (--at 9999-12-31, a
    certificate ending in year 1)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def planned_lifetime(policy: Policy, at: dt.datetime) -> PlannedLifetime:
    """A certificate issued at ``at``: the longest a public CA may make it, when it then
    expires, and the day to start its renewal (``policy.expiring_days`` before, when
    CERT-EXPIRING would start warning)."""
    max_days = policy.max_validity_days(at)
    on = at.astimezone(dt.UTC).date() if at.tzinfo is not None else at.date()
    latest_expiry = _shift(on, max_days)
    renew_by = _shift(latest_expiry, -policy.expiring_days)
    renew_moment = dt.datetime(renew_by.year, renew_by.month, renew_by.day, tzinfo=dt.UTC)
    return PlannedLifetime(
        on=on,
        max_days=max_days,
        latest_expiry=latest_expiry,
        renew_by=renew_by,
        warn_days=policy.expiring_days,
        renewal_max_days=policy.max_validity_days(renew_moment),
    )


def remaining_lifetime(
    not_after: dt.datetime, policy: Policy, at: dt.datetime
) -> RemainingLifetime:
    """The whole days a certificate ending at ``not_after`` has left at ``at`` (as
    CERT-EXPIRING counts them), and the day to renew it by."""
    end = not_after.astimezone(dt.UTC).date()
    renew_by = _shift(end, -policy.expiring_days)
    return RemainingLifetime(
        not_after=end,
        days_left=(not_after - at).days,
        renew_by=renew_by,
        warn_days=policy.expiring_days,
        # By calendar days, as the date is read: on the day itself it is not "passed".
        late=at.astimezone(dt.UTC).date() > renew_by,
    )
