"""The longest certificate a public CA may issue on a plan's day, the day to renew it, and
the days an issued certificate has left: the Baseline Requirements' schedule (§6.3.2,
ballot SC-081) on both sides of every step, and the words that say it."""

from __future__ import annotations

import datetime as dt

import pytest

from pic_wizard.core.rules.lifetime import planned_lifetime, remaining_lifetime
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.values.i18n import Catalogue
from pic_wizard.core.values.policy import DEFAULT_POLICY, Policy, utc
from pic_wizard.core.values.topology import seed_example

SECOND = dt.timedelta(seconds=1)


@pytest.mark.parametrize(
    ("at", "max_days"),
    [
        (utc(2026, 3, 15) - SECOND, 398),
        (utc(2026, 3, 15), 200),
        (utc(2026, 12, 5), 200),
        (utc(2027, 3, 15) - SECOND, 200),
        (utc(2027, 3, 15), 100),
        (utc(2027, 4, 1), 100),
        (utc(2029, 3, 15) - SECOND, 100),
        (utc(2029, 3, 15), 47),
        (utc(2029, 4, 1), 47),
    ],
)
def test_the_longest_certificate_follows_the_baseline_requirements(
    at: dt.datetime, max_days: int
) -> None:
    assert planned_lifetime(DEFAULT_POLICY, at).max_days == max_days
    assert make_plan(seed_example(), at=at).lifetime.max_days == max_days


@pytest.mark.parametrize(
    ("at", "latest_expiry", "renew_by", "renewal_max_days"),
    [
        # Issued on the plan's day for the longest time; renewed 30 days before it ends
        # (when CERT-EXPIRING starts warning), under the schedule of that day.
        (utc(2026, 12, 5), dt.date(2027, 6, 23), dt.date(2027, 5, 24), 100),
        (utc(2027, 4, 1), dt.date(2027, 7, 10), dt.date(2027, 6, 10), 100),
        (utc(2029, 4, 1), dt.date(2029, 5, 18), dt.date(2029, 4, 18), 47),
        (utc(2028, 12, 1), dt.date(2029, 3, 11), dt.date(2029, 2, 9), 100),
        (utc(2029, 1, 1), dt.date(2029, 4, 11), dt.date(2029, 3, 12), 100),
        (utc(2029, 1, 5), dt.date(2029, 4, 15), dt.date(2029, 3, 16), 47),
    ],
)
def test_the_renewal_date_is_the_expiry_less_the_warning_days(
    at: dt.datetime, latest_expiry: dt.date, renew_by: dt.date, renewal_max_days: int
) -> None:
    lifetime = planned_lifetime(DEFAULT_POLICY, at)
    assert lifetime.on == at.date()
    assert lifetime.latest_expiry == latest_expiry
    assert lifetime.renew_by == renew_by
    assert lifetime.renewal_max_days == renewal_max_days


def test_the_renewal_date_follows_the_policy_warning_days() -> None:
    lifetime = planned_lifetime(Policy(expiring_days=60), utc(2026, 12, 5))
    assert lifetime.renew_by == dt.date(2027, 4, 24)


def test_the_plan_says_its_lifetime_in_words() -> None:
    text = make_plan(seed_example(), at=utc(2026, 12, 5)).lifetime.text()
    assert text == (
        "A public CA issues it for 200 days at most: issued on 2026-12-05, it expires by "
        "2027-06-23. Put 2027-05-24 in your calendar to renew it; the next one may last "
        "100 days at most."
    )
    # The next one is only mentioned when the schedule shortens before the renewal.
    same = make_plan(seed_example(), at=utc(2027, 4, 1)).lifetime.text()
    assert same.endswith("Put 2027-06-10 in your calendar to renew it.")


def test_the_words_are_french_in_french() -> None:
    words = Catalogue.load("fr").context("Lifetime")
    text = planned_lifetime(DEFAULT_POLICY, utc(2027, 4, 1)).text(words)
    assert "100 jours" in text and "2027-06-10" in text and "calendrier" in text


def test_a_plan_at_the_end_of_the_calendar_does_not_overflow() -> None:
    lifetime = make_plan(seed_example(), at=utc(9999, 12, 31)).lifetime
    assert lifetime.latest_expiry == dt.date.max
    assert lifetime.max_days == 47


@pytest.mark.parametrize(
    ("at", "days_left", "text"),
    [
        (utc(2027, 1, 1), 181, "Expires on 2027-07-01, in 181 days. Renew it by 2027-06-01."),
        # the day to renew by itself: still "by"
        (utc(2027, 6, 1), 30, "Expires on 2027-07-01, in 30 days. Renew it by 2027-06-01."),
        # past it: "now", never a date in the past to aim for
        (
            utc(2027, 6, 29) + dt.timedelta(hours=12),
            1,
            "Expires on 2027-07-01, in 1 day. Renew it now: the day to renew by, 2027-06-01, "
            "has passed.",
        ),
        (
            utc(2027, 7, 1) - SECOND,
            0,
            "Expires on 2027-07-01, in 0 days. Renew it now: the day to renew by, 2027-06-01, "
            "has passed.",
        ),
        (utc(2027, 7, 1) + SECOND, -1, "Expired on 2027-07-01."),
    ],
)
def test_an_issued_certificate_says_its_days_left(
    at: dt.datetime, days_left: int, text: str
) -> None:
    left = remaining_lifetime(utc(2027, 7, 1), DEFAULT_POLICY, at)
    assert left.days_left == days_left
    assert left.renew_by == dt.date(2027, 6, 1)
    assert left.expired is (days_left < 0)
    assert left.text() == text


def test_on_the_day_to_renew_by_itself_it_has_not_passed() -> None:
    """Counted by calendar days, as the date is read: a certificate ending at 11:59:59,
    checked at noon 30 days before, still says "by" that day."""
    end = utc(2026, 12, 31) + dt.timedelta(hours=11, minutes=59, seconds=59)
    left = remaining_lifetime(end, DEFAULT_POLICY, utc(2026, 12, 1) + dt.timedelta(hours=12))
    assert left.renew_by == dt.date(2026, 12, 1) and left.days_left == 29
    assert left.text() == "Expires on 2026-12-31, in 29 days. Renew it by 2026-12-01."
    after = remaining_lifetime(end, DEFAULT_POLICY, utc(2026, 12, 2))
    assert "Renew it now: the day to renew by, 2026-12-01, has passed." in after.text()


def test_days_left_in_french_take_the_french_plural() -> None:
    words = Catalogue.load("fr").context("Lifetime")
    one = remaining_lifetime(
        utc(2027, 7, 1), DEFAULT_POLICY, utc(2027, 6, 29) + dt.timedelta(hours=12)
    )
    many = remaining_lifetime(utc(2027, 7, 1), DEFAULT_POLICY, utc(2027, 1, 1))
    assert "dans 1 jour." in one.text(words)
    assert "dans 181 jours." in many.text(words)


def test_a_certificate_ending_in_year_one_does_not_overflow() -> None:
    left = remaining_lifetime(dt.datetime(1, 1, 5, tzinfo=dt.UTC), DEFAULT_POLICY, utc(2026, 1, 1))
    assert left.renew_by == dt.date.min and left.expired
