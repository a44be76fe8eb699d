#!/usr/bin/env python3
"""The winget manifests of one release, from the templates in packaging/windows/winget.

    python packaging/windows/winget.py dist/pic-wizard-0.1.0-setup.exe \\
        --url https://github.com/pic-wizard/pic-wizard/releases/download/v0.1.0/SETUP.exe \\
        --out dist/winget

Fills in the version (pyproject.toml's), the installer's URL and its SHA-256 (of the signed
file: sign first), and refuses to write a manifest that still holds a ``${...}``.  Then, on
Windows: ``winget validate dist/winget`` and ``winget install --manifest dist/winget``
to try it, and a pull request to microsoft/winget-pkgs (``wingetcreate submit``).
"""

from __future__ import annotations

import argparse
import hashlib
import string
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TEMPLATES = HERE / "winget"


def version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


def manifests(installer: Path, url: str) -> dict[str, str]:
    """File name -> the filled manifest."""
    values = {
        "VERSION": version(),
        "INSTALLER_URL": url,
        "INSTALLER_SHA256": hashlib.sha256(installer.read_bytes()).hexdigest().upper(),
    }
    filled = {}
    for template in sorted(TEMPLATES.glob("*.yaml")):
        text = string.Template(template.read_text(encoding="utf-8")).substitute(values)
        filled[template.name] = text
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("installer", type=Path, help="the signed setup .exe")
    parser.add_argument("--url", required=True, help="where the installer is published")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "winget")
    args = parser.parse_args()
    if not args.url.startswith("https://"):
        sys.exit("--url must be an https:// address")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in manifests(args.installer, args.url).items():
        (args.out / name).write_text(text, encoding="utf-8")
    print(f"winget manifests for {version()} in {args.out}")


if __name__ == "__main__":
    main()
