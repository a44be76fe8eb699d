"""The inputs the fuzzers found defects with, kept in tests/vectors/fuzz (see its README):
each one now gives a result or a documented error, under the watchdog.

A file is named ``<target>-<what>.<ext>``; a ``<file>.args.json`` beside it holds what
the input needs besides its bytes (a password, the check options, the pool asked for)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from fuzz_targets import TARGETS, attempt

VECTORS = Path(__file__).resolve().parent.parent / "vectors" / "fuzz"
FILES = sorted(
    p
    for p in VECTORS.glob("*")
    if p.suffix not in (".md", ".py", ".json") and p.name.split("-")[0] in TARGETS
)


def _large() -> object:
    spec = importlib.util.spec_from_file_location("large_fuzz_vectors", VECTORS / "large.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LARGE = _large()


def test_every_vector_names_its_target() -> None:
    listed = (VECTORS / "README.md").read_text(encoding="utf-8")
    names = [p.name for p in VECTORS.iterdir() if p.suffix not in (".md", ".py", ".json")]
    for name in [*names, *LARGE.LARGE]:  # type: ignore[attr-defined]
        assert name.split("-")[0] in TARGETS, name
        assert f"`{name}`" in listed, f"{name} is not described in README.md"


def _replay(path: Path) -> None:
    sidecar = path.with_name(path.name + ".args.json")
    args = json.loads(sidecar.read_text()) if sidecar.exists() else {}
    target = TARGETS[path.name.split("-")[0]]
    attempt(target, target.from_file(path.read_bytes(), args))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_vector(path: Path) -> None:
    _replay(path)


@pytest.mark.parametrize("name", sorted(LARGE.LARGE))  # type: ignore[attr-defined]
def test_large_vector(name: str, tmp_path: Path) -> None:
    for path in LARGE.write(tmp_path):  # type: ignore[attr-defined]
        if path.name == name:
            _replay(path)
