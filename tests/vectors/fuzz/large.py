"""The fuzz vectors too large to keep as files, written on demand (see README.md)."""

from __future__ import annotations

from pathlib import Path

# name: (what the file holds, how many times)
LARGE = {
    # Get-CsSipDomain table headers over their rules, 8,000 times (160 KB): each header
    # used to be read against every line after it.
    "shell-table-headers.txt": ("Name IsDefault\n----\n", 8000),
}


def write(folder: Path) -> list[Path]:
    paths = []
    for name, (chunk, times) in LARGE.items():
        path = folder / name
        path.write_text(chunk * times, encoding="utf-8")
        paths.append(path)
    return paths
