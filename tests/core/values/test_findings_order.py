"""The worst severity of a set of findings, whatever their order: it decides a check's
verdict and the command line's exit code."""

from __future__ import annotations

import itertools

import pytest

from pic_wizard.core.values.findings import (
    Finding,
    RuleId,
    Severity,
    sort_findings,
    verdict_of,
    worst,
)

E = Finding(RuleId.SAN_EXTRA, Severity.ERROR, "a")
W = Finding(RuleId.SAN_EXTRA, Severity.WARNING, "b")
I = Finding(RuleId.SAN_EXTRA, Severity.INFO, "c")  # noqa: E741


@pytest.mark.parametrize("size", range(4))
def test_worst_and_the_verdict_in_any_order(size: int) -> None:
    for found in itertools.product((E, W, I), repeat=size):
        expected = min((f.severity for f in found), key=lambda s: s.rank, default=None)
        assert worst(found) is expected
        assert worst(iter(found)) is expected  # read once, as a generator is
        assert verdict_of(found) == {
            Severity.ERROR: "fail",
            Severity.WARNING: "warn",
        }.get(expected, "pass")  # type: ignore[arg-type]


def test_the_ranks_and_the_sorted_order() -> None:
    assert [s.rank for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)] == [0, 1, 2]
    assert sort_findings([I, W, E, I, W]) == [E, W, I]
