"""The serialized store reader (.sst) on generated element sequences, whole or cut short:
a result or a documented error, never anything else, and never a hang."""

from __future__ import annotations

import contextlib

from fuzz_targets import FUZZ_SETTINGS, watchdog
from hypothesis import given, settings
from hypothesis import strategies as st
from sst_writer import element, end_marker

from pic_wizard.core.values.errors import InputError
from pic_wizard.core.x509 import sst as reader
from pic_wizard.core.x509.loader import load_bytes


@settings(FUZZ_SETTINGS, max_examples=300)
@given(
    st.lists(
        st.tuples(st.integers(0, 0x1_0000), st.integers(0, 2), st.binary(max_size=64)),
        max_size=12,
    ),
    st.integers(0, 64),
)
def test_any_element_sequence_gives_a_result_or_an_input_error(
    elements: list[tuple[int, int, bytes]], cut: int
) -> None:
    data = reader.MAGIC + b"".join(element(p, v, e) for p, e, v in elements) + end_marker()
    with watchdog(), contextlib.suppress(InputError):
        load_bytes(data[: len(data) - cut] if cut else data, "fuzzed.sst")
