"""Shared fixtures.  Qt runs offscreen: set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
