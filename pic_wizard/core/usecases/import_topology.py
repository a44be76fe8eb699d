"""Import a topology: a Topology Builder document or Management Shell text, the Edge pool
chosen, and its answers applied.

``pic-wizard-cli import-topology``, ``renew --topology`` and the wizard's import dialog all
call ``import_pool``, which holds the one product rule of an import."""

from __future__ import annotations

import os

from ..files.reading import read_limited
from ..files.shell_text import parse_powershell
from ..files.topology_builder import (
    MARKUP_FIRST,
    MAX_TOPOLOGY_BYTES,
    EdgePool,
    ImportedTopology,
    apply_pool,
    choose_pool,
    decode_text,
    parse_topology,
)
from ..values.errors import InputError
from ..values.record import replace
from ..values.topology import Product, Topology

__all__ = [
    "EdgePool",
    "ImportedTopology",
    "choose_pool",
    "import_pool",
    "imported_product",
    "only_pool",
    "read_pasted",
    "read_topology",
]


def read_topology(path: str | os.PathLike[str]) -> ImportedTopology:
    """A Topology Builder file, or a text file of Management Shell output."""
    text = decode_text(read_limited(path, MAX_TOPOLOGY_BYTES), str(path))
    if MARKUP_FIRST.match(text):
        return parse_topology(text, str(path))
    return parse_powershell(text, str(path))


def read_pasted(text: str, name: str) -> ImportedTopology:
    """Management Shell output pasted by the admin (``name``: how errors call it)."""
    return parse_powershell(text, name)


def only_pool(imported: ImportedTopology, file: str) -> EdgePool | None:
    """The Edge pool when the topology leaves no choice (its only one); None when the
    admin must choose among ``imported.pools`` (the wizard asks in a list, the command
    line with ``--pool``: ``choose_pool``).  Refuses a topology without an Edge pool."""
    if not imported.pools:
        raise InputError("topology-no-edge", file=file)
    return imported.pools[0] if len(imported.pools) == 1 else None


def imported_product(pool: EdgePool, current: Product, named: Product | None = None) -> Product:
    """The server product after importing ``pool``: the one the admin named (``--product``)
    wins; else a pool that runs the XMPP proxy is Skype for Business Server 2015, the last
    with XMPP, when the current answer is 2019 or Subscription Edition, which have none
    (DOMAIN 12: the topology runs it, so it is neither); else the current answer stays.

    Subscription Edition is not recognised from the file itself: no public source (Microsoft's
    Topology Builder documentation, the public .tbxml files and readers on GitHub) shows
    that a downloaded topology records the product's version or edition, so none is read
    and no marker is guessed; the current answer (Subscription Edition for a new request),
    or the product the admin names, stands."""
    if named is not None:
        return named
    if pool.xmpp and not current.has_xmpp:
        return Product.SFB_2015
    return current


def import_pool(
    imported: ImportedTopology,
    pool: EdgePool,
    base: Topology | None = None,
    product: Product | None = None,
) -> Topology:
    """``base`` (the current answers; a new topology by default) with what the topology
    says of ``pool``: SIP domains, external names, size, XMPP, and the product
    (``imported_product``; ``product``: the one the admin named)."""
    base = base or Topology()
    base = replace(base, product=imported_product(pool, base.product, product))
    return apply_pool(base, imported, pool)
