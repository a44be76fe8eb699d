"""A TLS handshake as a federation partner or a remote client makes it, to read what the
Edge serves: the chain in the order sent, the protocol version and cipher, and the
certification authorities it asks client certificates from (mutual TLS on 5061).

pyOpenSSL reads the served chain (``get_peer_cert_chain``): the standard library of
Python 3.11 has no ``get_unverified_chain`` (3.13+).  Nothing is verified here: every
version and cipher OpenSSL knows is offered, so an old server is reached and reported
(TLS-VERSION-OLD) rather than refused; the chain is judged by the rules afterwards."""

from __future__ import annotations

import contextlib
import errno
import select
import socket
import time
from dataclasses import dataclass

from cryptography import x509
from OpenSSL import SSL

from ..x509.view import dn_text
from .cancel import Cancelled, never, stop_if

# Why a handshake failed (TLS-CONNECT-FAILED's reason).
REFUSED = "refused"  # nothing listens on the port
TIMED_OUT = "timed-out"  # no answer within the timeout (a firewall dropping packets)
RESET = "reset"  # the connection was reset or closed during the handshake
ALERT = "alert"  # the server ended the handshake with a TLS alert
UNREACHABLE = "unreachable"  # no route, network down

# connect_ex on a non-blocking socket: under way (Windows says it with WSA codes).
_IN_PROGRESS = {0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EALREADY, 10035, 10036, 10037}
_REFUSED_CODES = {errno.ECONNREFUSED, 10061}
_RESET_CODES = {errno.ECONNRESET, errno.ECONNABORTED, errno.EPIPE, 10053, 10054}

# A wait on the socket is cut in slices this long, to notice a cancel.
_SLICE = 0.1


@dataclass(frozen=True)
class Handshake:
    host: str  # the name sent as SNI
    address: str
    port: int
    chain: tuple[x509.Certificate, ...] = ()  # as served, in the order sent
    version: str = ""  # "TLSv1.2"
    cipher: str = ""
    # The distinguished names of the CAs the server asks client certificates from, as
    # Windows shows them; empty when it asks for none.
    client_ca_names: tuple[str, ...] = ()
    asked_client_certificate: bool = False
    failure: str = ""  # empty when the handshake completed
    detail: str = ""  # what the system or OpenSSL said

    @property
    def completed(self) -> bool:
        return not self.failure


def _context() -> SSL.Context:
    context = SSL.Context(SSL.TLS_CLIENT_METHOD)
    context.set_verify(SSL.VERIFY_NONE)
    # Offer what the server may still speak, so that it is reached and judged.
    with contextlib.suppress(SSL.Error):
        context.set_min_proto_version(SSL.TLS1_VERSION)
    with contextlib.suppress(SSL.Error):
        context.set_cipher_list(b"ALL:@SECLEVEL=0")
    return context


def _wait(sock: socket.socket, write: bool, deadline: float, cancelled: Cancelled) -> None:
    while True:
        stop_if(cancelled)
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        readable, writable, _ = select.select(
            [] if write else [sock], [sock] if write else [], [], min(left, _SLICE)
        )
        if readable or writable:
            return


def handshake(
    host: str, address: str, port: int, timeout: float, cancelled: Cancelled = never
) -> Handshake:
    """Connect to ``address``:``port`` with SNI ``host`` and read what is served."""
    stop_if(cancelled)
    deadline = time.monotonic() + timeout
    failed = _Failed(host, address, port)
    try:
        sock = _connect(address, port, deadline, cancelled)
    except ConnectionRefusedError as error:
        return failed(REFUSED, error.strerror or "")
    except TimeoutError:
        return failed(TIMED_OUT, "")
    except ConnectionResetError as error:
        return failed(RESET, error.strerror or "")
    except OSError as error:
        return failed(UNREACHABLE, error.strerror or str(error))
    with contextlib.closing(sock):
        connection = SSL.Connection(_context(), sock)
        with contextlib.suppress(ValueError):  # an IP literal sends no SNI
            connection.set_tlsext_host_name(host.encode("ascii"))
        connection.set_connect_state()
        failure = ""
        detail = ""
        while True:
            try:
                connection.do_handshake()
                break
            except SSL.WantReadError:
                write = False
            except SSL.WantWriteError:
                write = True
            except SSL.SysCallError as error:
                failure, detail = RESET, _syscall_text(error)
                break
            except SSL.Error as error:
                failure, detail = ALERT, _ssl_text(error)
                break
            except OSError as error:
                failure, detail = RESET, error.strerror or str(error)
                break
            try:
                _wait(sock, write, deadline, cancelled)
            except TimeoutError:
                failure = TIMED_OUT
                break
        served = connection.get_peer_cert_chain(as_cryptography=True) or []
        asked = [dn_text(n) for n in connection.get_client_ca_list(as_cryptography=True)]
        if failure:
            return Handshake(
                host, address, port, chain=tuple(served), failure=failure, detail=detail
            )
        result = Handshake(
            host,
            address,
            port,
            chain=tuple(served),
            version=connection.get_protocol_version_name(),
            cipher=connection.get_cipher_name() or "",
            client_ca_names=tuple(asked),
            asked_client_certificate=bool(asked),
        )
        with contextlib.suppress(SSL.Error, OSError):
            connection.shutdown()
        return result


class _Failed:
    def __init__(self, host: str, address: str, port: int) -> None:
        self.where = (host, address, port)

    def __call__(self, failure: str, detail: str) -> Handshake:
        return Handshake(*self.where, failure=failure, detail=detail)


def _connect(address: str, port: int, deadline: float, cancelled: Cancelled) -> socket.socket:
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setblocking(False)
    try:
        code = sock.connect_ex((address, port))
        if code not in _IN_PROGRESS:
            raise OSError(code, _strerror(code))
        _wait(sock, True, deadline, cancelled)
        code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if code in _REFUSED_CODES:
            raise ConnectionRefusedError(code, _strerror(code))
        if code in _RESET_CODES:  # accepted, then reset before the first byte
            raise ConnectionResetError(code, _strerror(code))
        if code:
            raise OSError(code, _strerror(code))
    except BaseException:
        sock.close()
        raise
    return sock


def _strerror(code: int) -> str:
    import os

    return os.strerror(code)


def _syscall_text(error: SSL.SysCallError) -> str:
    if len(error.args) >= 2 and isinstance(error.args[1], str):
        return error.args[1]
    return str(error)


def _ssl_text(error: SSL.Error) -> str:
    """OpenSSL's reasons, e.g. 'tlsv1 alert protocol version'."""
    parts = []
    for entry in error.args[0] if error.args and isinstance(error.args[0], list) else []:
        if isinstance(entry, tuple) and entry:
            parts.append(str(entry[-1]))
    return "; ".join(parts) or str(error)
