#!/usr/bin/env python3
"""Developer entry point: needs only Python 3.11+.

    python3 dev.py demo   # the wizard on the built-in seed example (Contoso/Fabrikam, AOL)
    python3 dev.py test   # ruff, mypy (strict on pic_wizard.core) and the test suite

Both create ./.venv on first use and install pic-wizard into it (editable, with the
development tools); later runs reinstall only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".pic-wizard-installed"


def ensure_env() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py runs before the venv exists)
        sys.exit("pic-wizard needs Python 3.11 or newer; this is " + sys.version.split()[0])
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted and PY.exists():
        return
    if not PY.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    print("Installing pic-wizard and its development tools into .venv ...", flush=True)
    run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([str(PY), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[dev]"])
    STAMP.write_text(wanted)


def run(cmd: list[str], **kwargs: object) -> int:
    result = subprocess.run(cmd, cwd=ROOT, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        sys.exit(result.returncode)
    return 0


def test(extra: list[str]) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    sources = ["pic_wizard", "tests", "bench", "tools", "dev.py"]
    run([str(PY), "-m", "ruff", "check", *sources])
    run([str(PY), "-m", "ruff", "format", "--check", *sources])
    run([str(PY), "-m", "mypy"])
    code = subprocess.run([str(PY), "-m", "pytest", *extra], cwd=ROOT, env=env).returncode
    if code == 5:
        sys.exit("pytest collected no tests: that is a failure.")
    sys.exit(code)


def demo() -> None:
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if not headless:
        run([str(PY), "-m", "pic_wizard", "--demo"])
        return
    print("No display here: the seed example's plan, from the command line.\n", flush=True)
    cli = [str(PY), "-m", "pic_wizard.cli"]
    with tempfile.TemporaryDirectory() as folder:
        profile = str(Path(folder) / "contoso-example.json")
        run([*cli, "example", "--out", profile])
        subprocess.run([*cli, "plan", profile], cwd=ROOT)


def main() -> None:
    command, *extra = sys.argv[1:] or ["help"]
    if command not in ("demo", "test"):
        sys.exit(__doc__)
    ensure_env()
    demo() if command == "demo" else test(extra)


if __name__ == "__main__":
    main()
