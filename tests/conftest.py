"""Shared fixtures.  Qt runs offscreen: set before anything imports Qt."""

from __future__ import annotations

import os
import signal

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the language they set: a LANGUAGE the machine has would come first.
os.environ.pop("LANGUAGE", None)

# Started in the background without job control (`pytest &`), the tests inherit SIGINT
# ignored, and Python then leaves it so: the Ctrl-C tests need the handler a terminal gives.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

import pytest

import pki


@pytest.fixture(scope="session")
def root() -> pki.CA:
    return pki.make_root()


@pytest.fixture(scope="session")
def intermediate(root: pki.CA) -> pki.CA:
    return pki.make_intermediate(root, aia_url="http://ca.example.com/issuing.crt")


@pytest.fixture(scope="session")
def seed_leaf(intermediate: pki.CA):
    """The seed example's certificate as a good public CA would issue it."""
    cert, _key = pki.make_leaf(intermediate)
    return cert
