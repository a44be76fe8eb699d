"""Every reader, on generated and mutated inputs: a result or a documented error, never
anything else, and never a hang (see fuzz_targets)."""

from __future__ import annotations

from typing import Any

from fuzz_strategies import loader_inputs, profile_texts, shell_texts, tbxml_inputs
from fuzz_targets import FUZZ_SETTINGS, TARGETS, attempt
from hypothesis import given, settings
from hypothesis import strategies as st


@settings(FUZZ_SETTINGS, max_examples=800)
@given(loader_inputs())
def test_loader_and_check(value: tuple[bytes, bytes | None, int]) -> None:
    attempt(TARGETS["loader"], value)


@settings(FUZZ_SETTINGS, max_examples=200)
@given(st.binary(max_size=2048), st.sampled_from([None, b"", b"pfx-password"]), st.integers(0, 3))
def test_loader_on_random_bytes(data: bytes, password: bytes | None, variant: int) -> None:
    attempt(TARGETS["loader"], (data, password, variant))


@settings(FUZZ_SETTINGS, max_examples=600)
@given(profile_texts())
def test_profile_and_plan(text: str) -> None:
    attempt(TARGETS["profile"], text)


@settings(FUZZ_SETTINGS, max_examples=300)
@given(tbxml_inputs())
def test_topology_builder_file(value: tuple[Any, str]) -> None:
    attempt(TARGETS["tbxml"], value)


@settings(FUZZ_SETTINGS, max_examples=500)
@given(shell_texts())
def test_management_shell_text(text: str) -> None:
    attempt(TARGETS["shell"], text)
