#!/usr/bin/env python3
"""Write ``pic_wizard/core/rules/icann_tlds.py``: the top-level domains of the ICANN section
of the Public Suffix List, from the list inside the installed ``publicsuffixlist`` package.

    python tools/icann_tlds.py          # write the module
    python tools/icann_tlds.py --check  # exit 1 if the module differs from the installed list

pic-wizard ships the set precomputed: deriving it from the list at every run cost about
10 ms of every command that judges a name.  A test fails when the installed list says
otherwise; then run this tool and commit the module it writes.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULE = ROOT / "pic_wizard" / "core" / "rules" / "icann_tlds.py"

# A TLD rule is a line without a dot (comments start with "//"), maybe with "!" or "*".
_TLD_LINE = re.compile(r"^[!*]?([^\s/.!*][^\s.]*)\s*$", re.MULTILINE)


def suffix_list_text() -> tuple[str, str]:
    """The Public Suffix List inside the installed ``publicsuffixlist``, and its version."""
    from importlib import metadata

    spec = importlib.util.find_spec("publicsuffixlist")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("publicsuffixlist is not installed (pip install publicsuffixlist)")
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "public_suffix_list.dat"
        if path.is_file():
            return path.read_text(encoding="utf-8"), metadata.version("publicsuffixlist")
    raise SystemExit("publicsuffixlist ships no public_suffix_list.dat")


def icann_tlds(text: str) -> frozenset[str]:
    """The TLDs of the list's ICANN section, each in its A-label (ASCII) form."""
    start = text.find("===BEGIN ICANN DOMAINS===")
    end = text.find("===END ICANN DOMAINS===", start)
    if start < 0 or end < 0:
        raise SystemExit("the Public Suffix List has no ICANN section")
    labels = _TLD_LINE.findall(text, start, end)
    return frozenset(label if label.isascii() else _to_ascii(label) for label in labels)


def _to_ascii(label: str) -> str:
    # The standard library's IDNA 2003 codec is enough for TLDs; UTS #46 for the rest.
    try:
        return label.encode("idna").decode("ascii")
    except UnicodeError:
        import idna

        return idna.encode(label, uts46=True).decode("ascii")


def module_text(tlds: frozenset[str], version: str) -> str:
    words = textwrap.fill(
        " ".join(sorted(tlds)), width=88, break_long_words=False, break_on_hyphens=False
    )
    return (
        '"""The top-level domains of the ICANN section of the Public Suffix List, each in its\n'
        "A-label (ASCII) form: a name under any other is internal (NAME-INTERNAL).\n"
        "\n"
        f"Written by tools/icann_tlds.py from publicsuffixlist {version}; do not edit.  A test\n"
        'fails when the installed list says otherwise: run the tool again."""\n'
        "\n"
        "ICANN_TLDS = frozenset(\n"
        '    """\n'
        f"{words}\n"
        '""".split()  # noqa: SIM905  (one string: a short module, a fast import)\n'
        ")\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    text, version = suffix_list_text()
    written = module_text(icann_tlds(text), version)
    if args.check:
        if not MODULE.is_file() or MODULE.read_text(encoding="utf-8") != written:
            print(f"{MODULE.relative_to(ROOT)} is stale: run tools/icann_tlds.py", file=sys.stderr)
            raise SystemExit(1)
        return
    MODULE.write_text(written, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
