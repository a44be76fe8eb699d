#!/usr/bin/env python3
"""The frozen bundle against a pip install: first start of the wizard, and the bundle's size.

    .venv/bin/python bench/bundle.py [--runs 9] [--bundle dist/pic-wizard]

Build the bundle first (``python3 dev.py package``).  The pip install is made here: the
wheel built from this checkout, installed into a fresh virtual environment (its
dependencies lent by this environment, as tests/packaging/test_wheel.py does), so both
sides run the same code.  Each run is a first start (a new HOME: no settings), measured
from the spawn until the window is painted on Xvfb (display :96), its pixels read back
as bench/gui.py does; the two programs alternate run by run, so the machine's noise falls on
both alike.  Prints the medians, the minimums and the bundle's size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from gui import XDisplay, time_to_paint  # noqa: E402

TITLE = "PIC Certificate Wizard"
DISPLAY = ":96"


def pip_install(folder: Path) -> Path:
    """The ``pic-wizard`` gui-script of a fresh environment holding the built wheel."""
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
         str(folder / "dist"), str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    (wheel,) = (folder / "dist").glob("pic_wizard-*.whl")
    home = folder / "venv"
    venv.EnvBuilder(with_pip=True).create(home)
    python = home / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    Path(purelib, "zz-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-index", "--no-deps", str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    return home / "bin" / "pic-wizard"


def size_mib(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1024 / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "pic-wizard")
    args = parser.parse_args()
    frozen = args.bundle / "pic-wizard"
    if not frozen.exists():
        sys.exit(f"No bundle at {args.bundle}: run python3 dev.py package first.")
    if not shutil.which("Xvfb"):
        sys.exit("Needs Xvfb.")
    server = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", "1400x1000x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    time.sleep(0.8)
    dropped = ("QT_QPA_PLATFORM", "XDG_CONFIG_HOME", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(DISPLAY=DISPLAY, LANG="C.UTF-8")
    try:
        x = XDisplay(DISPLAY)
        with tempfile.TemporaryDirectory() as folder:
            installed = pip_install(Path(folder))
            commands = {"frozen bundle": [str(frozen)], "pip install": [str(installed)]}
            for command in commands.values():  # warm the file cache, once each
                time_to_paint(x, command, TITLE, env)
            times: dict[str, list[float]] = {name: [] for name in commands}
            for _ in range(args.runs):
                for name, command in commands.items():
                    times[name].append(time_to_paint(x, command, TITLE, env)[1])
    finally:
        server.terminate()
    print(f"First start, launch to the window painted on Xvfb ({args.runs} interleaved runs)")
    for name, seconds in times.items():
        print(f"  {name:14} median {statistics.median(seconds) * 1000:6.0f} ms   "
              f"min {min(seconds) * 1000:6.0f} ms")  # fmt: skip
    ratio = statistics.median(times["frozen bundle"]) / statistics.median(times["pip install"])
    print(f"  frozen / pip (medians): {ratio:.2f}")
    print(f"Bundle size: {size_mib(args.bundle):.1f} MiB ({args.bundle})")


if __name__ == "__main__":
    main()
