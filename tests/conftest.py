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

import ipaddress
import socket
from collections.abc import Iterator

import pytest

import pki

# The ports of real services (the Edge's 443, 444, 5061, DNS's 53…): a test's servers
# listen on ports the system picks, so reaching one of these would reach something else.
_FIXED_PORTS = {*range(1024), 5061}


def _loopback(address: object) -> bool:
    """Whether ``address`` is one of the test's own: a Unix socket, or 127.0.0.1 / ::1 on
    a port that is not a well-known one."""
    if not isinstance(address, tuple):  # a Unix socket's path
        return True
    if len(address) > 1 and address[1] in _FIXED_PORTS:
        return False
    host = str(address[0]).strip("[]")
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False  # a name: resolving it is already leaving the loopback


@pytest.fixture(autouse=True)
def network_stays_on_the_loopback(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """No test reads the system's DNS configuration or reaches beyond its own servers on
    127.0.0.1 / ::1: a resolver made from the system's configuration, or a connection or
    datagram to any other address or to a well-known port, fails the test (pytest.fail is
    not an OSError: the code under test cannot take it for a network failure and go on)."""
    import dns.resolver

    escapes: list[str] = []
    made = dns.resolver.Resolver.__init__

    def resolver_init(self: object, filename: str = "", configure: bool = True) -> None:
        if configure:
            escapes.append("a resolver from the system's DNS configuration")
            pytest.fail("a test made a DNS resolver from the system's configuration")
        made(self, configure=False)  # type: ignore[arg-type]

    def guarded(name: str, address_at: int) -> object:
        original = getattr(socket.socket, name)

        def call(self: socket.socket, *args: object) -> object:
            address = args[address_at] if len(args) > address_at else None
            if address is not None and not _loopback(address):
                escapes.append(f"{name} to {address!r}")
                pytest.fail(f"a test tried to reach {address!r}, beyond the loopback")
            return original(self, *args)

        return call

    monkeypatch.setattr(dns.resolver.Resolver, "__init__", resolver_init)
    monkeypatch.setattr(socket.socket, "connect", guarded("connect", 0))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded("connect_ex", 0))
    monkeypatch.setattr(socket.socket, "sendto", guarded("sendto", -1))
    yield escapes  # the guard's own test empties it
    assert not escapes, escapes


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
