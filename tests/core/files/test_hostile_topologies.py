"""Every topology input costs bounded time and memory: each hostile file that
tests/vectors/make_hostile_topologies.py writes, as large as pic-wizard accepts, is judged
or refused by ``pic-wizard-cli import-topology`` with its sentence, in a process of its own
that a watchdog ends if it hangs, and whose peak memory stays under 600 MB."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from vectors import make_hostile_topologies as hostile

resource = pytest.importorskip("resource")  # peak memory of a process: POSIX only

WATCHDOG = 60  # seconds: a generous bound on a hang, not a measure of speed
PEAK_MB = 600

# What each file gets: the exit code, and words of the sentence (from pic-wizard's reader
# where it refuses the file; where the profile's own checks refuse the names read, only
# that it is refused).
EXPECTED = {
    "table-headers.txt": (2, "holds neither Get-CsSipDomain"),
    "continuation.txt": (0, ""),
    "continued-name.txt": (2, ""),
    "many-domains.txt": (2, ""),
    "many-table-rows.txt": (2, ""),
    "many-edge-pools.txt": (2, "edge0000019.contoso.net, \u2026"),
    "long-line.txt": (2, "holds neither Get-CsSipDomain"),
    "long-field.txt": (2, "holds neither Get-CsSipDomain"),
    "long-rule.txt": (2, "holds neither Get-CsSipDomain"),
    "long-header.txt": (2, "holds neither Get-CsSipDomain"),
    "nested.tbxml": (2, "nests elements more than 100 deep"),
    "flat.tbxml": (2, "has more than 1,000,000 elements"),
    "comments.tbxml": (2, "has no Edge pool"),
    "processing-instructions.tbxml": (2, "has no Edge pool"),
    "cdata-sections.tbxml": (2, "has no Edge pool"),
    "namespaces.tbxml": (2, "has no Edge pool"),
    "text-lines.tbxml": (2, "has no Edge pool"),
    "attributes.tbxml": (2, "an element with more than 100,000 attributes"),
    "crowded-elements.tbxml": (2, "has no Edge pool"),
    "long-attribute.tbxml": (2, "has no Edge pool"),
    "many-services-one-cluster.tbxml": (2, ""),
    "large-topology.tbxml": (0, ""),
    "many-domains.tbxml": (2, ""),
    "many-pools.tbxml": (2, "edge000019.contoso.net, \u2026"),
}

# The command in a process of its own, which then says how much memory it took at most.
MEASURED = """
import io, resource, sys
from pic_wizard.cli import main
out, err = io.StringIO(), io.StringIO()
code = main(["import-topology", sys.argv[1]], out, err)
try:  # Linux: this process's own high-water mark (ru_maxrss keeps, across the exec, the
    # resident size of the test process it was forked from)
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    peak //= 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak //= 1024 * 1024 if sys.platform == "darwin" else 1024
sys.stdout.write(f"{code} {peak}\\n{out.getvalue()[:200]}")
sys.stderr.write(err.getvalue()[:2000])
"""


def test_every_hostile_input_has_an_expectation() -> None:
    assert set(EXPECTED) == set(hostile.HOSTILE)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_hostile_topology_is_judged_or_refused_in_bounded_memory(name: str, folder: Path) -> None:
    (path,) = hostile.write(folder, [name])
    try:
        done = subprocess.run(
            [sys.executable, "-c", MEASURED, str(path)],
            capture_output=True, text=True, timeout=WATCHDOG,
        )  # fmt: skip
    finally:
        path.unlink()
    code, peak = (int(word) for word in done.stdout.split("\n", 1)[0].split())
    expected_code, words = EXPECTED[name]
    assert (code, done.returncode) == (expected_code, 0), done.stderr
    assert words in done.stderr and "internal error" not in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert peak < PEAK_MB, f"{name}: {peak} MB"
