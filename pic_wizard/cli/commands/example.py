"""pic-wizard-cli example: the seed example profile (Contoso/Fabrikam, AOL)."""

from __future__ import annotations

import argparse
from typing import TextIO

from ...core.values.untrusted import visible_path
from ..render import _t
from ..status import EXIT_OK


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ...core.files import profile
    from ...core.values.topology import seed_example

    if args.out:
        profile.save(seed_example(), args.out, overwrite=args.force)
        out.write(
            _t("Wrote the example profile to {path}").format(path=visible_path(args.out)) + "\n"
        )
    else:
        out.write(profile.dumps(seed_example()))
    return EXIT_OK
