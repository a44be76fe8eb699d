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

from cryptography import x509
from OpenSSL import SSL

from ..values.content import dn_string
from ..values.record import frozen
from .cancel import Cancelled, never, stop_if
from .dns import is_ip

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


@frozen
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

    @property
    def answered(self) -> bool:
        """Whether the Edge answered: the handshake completed, or the server sent its
        chain and asked for a client certificate the probe has none to give (mutual TLS
        required: a TLS 1.2 server then ends the handshake)."""
        return self.completed or (bool(self.chain) and self.asked_client_certificate)


def _context() -> SSL.Context:
    context = SSL.Context(SSL.TLS_CLIENT_METHOD)
    context.set_verify(SSL.VERIFY_NONE)
    # Offer what the server may still speak, so that it is reached and judged.
    with contextlib.suppress(SSL.Error):
        context.set_min_proto_version(SSL.TLS1_VERSION)
    with contextlib.suppress(SSL.Error):
        context.set_cipher_list(b"ALL:@SECLEVEL=0")
    return context


# OpenSSL's short names (X509Name.get_components) as Windows shows them (view._DN_SHORT).
_SHORT_TO_WINDOWS = {"emailAddress": "E", "serialNumber": "SERIALNUMBER"}
# The state OpenSSL is in once it has read a CertificateRequest (TLS 1.2 and 1.3).
_READ_CERTIFICATE_REQUEST = b"read server certificate request"


def _ca_name_text(name: object) -> str:
    """An ``X509Name`` of the client CA list as pic-wizard shows every subject, CN first.

    Read from its components rather than ``get_client_ca_list(as_cryptography=True)``,
    which pyOpenSSL has only from 26.3 (needing cryptography 49)."""
    rdns = []
    for short, value in name.get_components():  # type: ignore[attr-defined]
        key = short.decode("ascii", "replace")
        rdns.append([(_SHORT_TO_WINDOWS.get(key, key), value.decode("utf-8", "replace"))])
    return dn_string(reversed(rdns))


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
        context = _context()
        asked_flag: list[bool] = []

        def info(conn: SSL.Connection, where: int, ret: int) -> None:
            if _READ_CERTIFICATE_REQUEST in (conn.get_state_string() or b""):
                asked_flag.append(True)

        context.set_info_callback(info)
        connection = SSL.Connection(context, sock)
        if not is_ip(host):  # RFC 6066, 3: an IP literal is never sent as the server name
            with contextlib.suppress(ValueError):
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
        asked = [_ca_name_text(n) for n in connection.get_client_ca_list()]
        result = Handshake(
            host,
            address,
            port,
            chain=tuple(served),
            version=_or_empty(connection.get_protocol_version_name) if served else "",
            cipher=_or_empty(connection.get_cipher_name) if served else "",
            client_ca_names=tuple(asked),
            asked_client_certificate=bool(asked) or bool(asked_flag),
            failure=failure,
            detail=detail,
        )
        if failure:
            return result
        with contextlib.suppress(SSL.Error, OSError):
            connection.shutdown()
        return result


def _or_empty(read: object) -> str:
    with contextlib.suppress(SSL.Error, ValueError):
        return str(read() or "")  # type: ignore[operator]
    return ""


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
