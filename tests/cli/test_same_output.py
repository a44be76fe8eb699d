"""check writes the same bytes as before on varied certificates (tests/vectors/outputs):
what makes it faster may change how it reads a certificate, never what it says of it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

OUTPUTS = Path(__file__).resolve().parent.parent / "vectors" / "outputs"


def _maker():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_outputs", OUTPUTS / "make_outputs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_outputs", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def outputs() -> dict[str, str]:
    return dict(_maker().outputs())


@pytest.mark.parametrize(
    "name", sorted(p.name for p in (OUTPUTS / "expected").iterdir() if p.is_file())
)
def test_check_writes_what_it_wrote(outputs: dict[str, str], name: str) -> None:
    expected = (OUTPUTS / "expected" / name).read_bytes().decode("utf-8")
    assert outputs[name] == expected
