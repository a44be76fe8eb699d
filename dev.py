#!/usr/bin/env python3
"""Developer entry point: needs only Python 3.11+.

    python3 dev.py demo   # the wizard on the built-in seed example (Contoso/Fabrikam, AOL)
    python3 dev.py test   # ruff, mypy (strict on pic_wizard.core) and the test suite
    python3 dev.py package  # the one-folder bundle for this platform in dist/, smoke-tested

All create ./.venv on first use and install pic-wizard into it (editable, with the
development tools); later runs reinstall only when pyproject.toml changes.  ``package``
also installs PyInstaller into it.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import time
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
    sources = ["pic_wizard", "tests", "bench", "tools", "packaging", "dev.py"]
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


# The PyInstaller that builds the bundle (packaging/pic-wizard.spec); not a dependency of
# pic-wizard, so not in pyproject's extras: only `package` needs it.
PYINSTALLER = "pyinstaller>=6.10"


def package() -> None:
    """Freeze both programs into dist/pic-wizard, then run the bundle's smoke test."""
    found = subprocess.run([str(PY), "-c", "import PyInstaller"], capture_output=True)
    if found.returncode != 0:
        print("Installing PyInstaller into .venv ...", flush=True)
        run([str(PY), "-m", "pip", "install", "--quiet", PYINSTALLER])
    started = time.monotonic()
    spec = ROOT / "packaging" / "pic-wizard.spec"
    work = ROOT / "build" / "pyinstaller"
    run([str(PY), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(ROOT / "dist"), "--workpath", str(work), str(spec)])  # fmt: skip
    print(f"Built dist/pic-wizard in {time.monotonic() - started:.0f} s.", flush=True)
    run([str(PY), str(ROOT / "packaging" / "smoke_test.py"), str(ROOT / "dist" / "pic-wizard")])


def main() -> None:
    command, *extra = sys.argv[1:] or ["help"]
    commands = {"demo": demo, "test": lambda: test(extra), "package": package}
    if command not in commands:
        sys.exit(__doc__)
    ensure_env()
    commands[command]()


if __name__ == "__main__":
    main()
