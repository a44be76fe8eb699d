"""The inputs the fuzzers found defects with, kept in tests/vectors/fuzz (see its README):
each one now gives a result or a documented error, under the watchdog.

A file is named ``<target>-<what>.<ext>``; a ``<file>.args.json`` beside it holds what
the input needs besides its bytes (a password, the check options, the pool asked for)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fuzz_targets import TARGETS, attempt

VECTORS = Path(__file__).resolve().parent.parent / "vectors" / "fuzz"
FILES = sorted(
    p
    for p in VECTORS.glob("*")
    if p.suffix not in (".md", ".json") and p.name.split("-")[0] in TARGETS
)


def test_every_vector_names_its_target() -> None:
    listed = (VECTORS / "README.md").read_text(encoding="utf-8")
    for path in VECTORS.iterdir():
        if path.suffix == ".md" or path.name.endswith(".args.json"):
            continue
        assert path.name.split("-")[0] in TARGETS, path.name
        assert path.name in listed, f"{path.name} is not described in README.md"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_vector(path: Path) -> None:
    sidecar = path.with_name(path.name + ".args.json")
    args = json.loads(sidecar.read_text()) if sidecar.exists() else {}
    target = TARGETS[path.name.split("-")[0]]
    attempt(target, target.from_file(path.read_bytes(), args))
