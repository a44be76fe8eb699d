"""pic-wizard-cli import-topology: a profile from a Topology Builder file."""

from __future__ import annotations

import argparse
from typing import TextIO

from ...core.values.untrusted import visible, visible_path
from ..render import _t
from ..status import EXIT_OK


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("topology", metavar="FILE")
    p.add_argument("--pool", metavar="FQDN", help="the Edge pool, when there are several")
    p.add_argument(
        "--product",
        choices=("lync2013", "sfb2015", "sfb2019", "sfbse"),
        help="the server product (default: sfbse, Subscription Edition, or sfb2015 when the "
        "pool runs the XMPP proxy, which 2019 and Subscription Edition do not have)",
    )
    p.add_argument("--out", metavar="PROFILE", help="write to PROFILE instead of standard output")
    p.add_argument("--force", action="store_true", help="replace PROFILE if it exists")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """A profile from a Topology Builder file: SIP domains and the chosen Edge pool."""
    from ...core.files import profile
    from ...core.usecases.import_topology import choose_pool, import_pool, read_topology
    from ...core.values.topology import Product

    imported = read_topology(args.topology)
    pool = choose_pool(imported, args.topology, args.pool or "")
    product = Product(args.product) if args.product else None
    topology = import_pool(imported, pool, product=product)
    profile.loads(profile.dumps(topology), args.topology)  # the profile's own checks, first
    if args.out:
        profile.save(topology, args.out, overwrite=args.force)
        out.write(
            _t("Wrote the profile of the Edge pool {pool} to {path}").format(
                pool=visible(pool.fqdn), path=visible_path(args.out)
            )
            + "\n"
        )
    else:
        out.write(profile.dumps(topology))
    return EXIT_OK
