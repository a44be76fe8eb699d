"""Import a topology: a Topology Builder document or Management Shell text, the Edge pool
chosen, and its answers applied."""

from __future__ import annotations

import os

from ..files.fsutil import read_limited
from ..files.shell_text import parse_powershell
from ..files.topology_builder import (
    MARKUP_FIRST,
    MAX_TOPOLOGY_BYTES,
    ImportedTopology,
    decode_text,
    parse_topology,
)


def read_topology(path: str | os.PathLike[str]) -> ImportedTopology:
    """A Topology Builder file, or a text file of Management Shell output."""
    text = decode_text(read_limited(path, MAX_TOPOLOGY_BYTES), str(path))
    if MARKUP_FIRST.match(text):
        return parse_topology(text, str(path))
    return parse_powershell(text, str(path))
