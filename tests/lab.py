"""A network lab on 127.0.0.1 for the probe's tests: TLS servers presenting test chains and
a small DNS server serving SRV and A records.  Nothing leaves the loopback; every server
runs in a thread and stops when the lab is closed; every wait is short and bounded.

    with Lab.start() as lab:
        lab.servers["complete"].port        # a TLS server's port
        lab.dns.port                        # the DNS server's port (UDP)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import select
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from typing import Any

import dns.flags
import dns.message
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset
from cryptography import x509
from OpenSSL import SSL, crypto

from pic_wizard.core.values.record import field, mutable

import pki

LOOPBACK = "127.0.0.1"
# How long a lab server waits for a client at most (a test never waits longer).
WAIT = 5.0

# The lab's DNS zone: a good domain, a domain whose SRV target is not in the certificate, a
# domain without SRV records, a domain whose SRV target has no address.
GOOD_DOMAIN = "contoso.com"
WRONG_TARGET_DOMAIN = "northwind.com"
NO_SRV_DOMAIN = "litware.com"
NO_ADDRESS_DOMAIN = "adatum.com"
# A name the DNS server never answers for (a silent server).
SILENT_DOMAIN = "silent.example"
# Where the leaf says its issuer's certificate is published (its AIA).
ISSUER_URL = "http://ca.example.com/issuing.crt"
PARTNER_CA = "CN=Partner Federation CA,O=Fabrikam Partners,C=US"


@mutable
class TlsServer:
    """One TLS server on 127.0.0.1, presenting ``chain`` (leaf first) with ``key``."""

    name: str
    chain: list[x509.Certificate]
    key: Any
    min_version: int | None = None
    max_version: int | None = None
    client_ca: x509.Name | None = None
    # Asks for a client certificate from any CA (an empty CA list) / ends the handshake
    # without one (mutual TLS required).
    ask_any_client: bool = False
    require_client: bool = False
    port: int = 0
    handshakes: int = 0
    # The server name (SNI) each client sent, None when it sent none.
    server_names: list[bytes | None] = field(default_factory=list)
    _listener: socket.socket | None = None
    _thread: threading.Thread | None = None
    _stop: threading.Event = field(default_factory=threading.Event)

    def context(self) -> SSL.Context:
        context = SSL.Context(SSL.TLS_SERVER_METHOD)
        context.use_certificate(self.chain[0])
        for cert in self.chain[1:]:
            context.add_extra_chain_cert(cert)
        context.use_privatekey(self.key)
        if self.min_version is not None or self.max_version is not None:
            context.set_cipher_list(b"ALL:@SECLEVEL=0")
        if self.min_version is not None:
            context.set_min_proto_version(self.min_version)
        if self.max_version is not None:
            context.set_max_proto_version(self.max_version)
        context.set_tlsext_servername_callback(
            lambda conn: self.server_names.append(conn.get_servername())
        )
        if self.ask_any_client or self.require_client:
            flags = SSL.VERIFY_PEER
            if self.require_client:
                flags |= SSL.VERIFY_FAIL_IF_NO_PEER_CERT
            context.set_verify(flags, lambda *args: True)
        if self.client_ca is not None:
            # Asks for a client certificate (mutual TLS, as an Edge on 5061), and goes on
            # without one: the probe has none to give.
            if not self.require_client:
                context.set_verify(SSL.VERIFY_PEER, lambda *args: True)
            with warnings.catch_warnings():  # pyOpenSSL's X509Name: its only way to set it
                warnings.simplefilter("ignore", DeprecationWarning)
                holder = crypto.X509()
                holder.set_subject(_x509_name(self.client_ca))
                context.set_client_ca_list([holder.get_subject()])
        return context

    def start(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind((LOOPBACK, 0))
        self._listener.listen(8)
        self.port = self._listener.getsockname()[1]
        context = self.context()
        self._thread = threading.Thread(
            target=self._serve, args=(context,), name=f"lab-tls-{self.name}", daemon=True
        )
        self._thread.start()

    def _serve(self, context: SSL.Context) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            ready, _, _ = select.select([self._listener], [], [], 0.05)
            if not ready:
                continue
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            with contextlib.closing(sock):
                self._one(context, sock)

    def _one(self, context: SSL.Context, sock: socket.socket) -> None:
        sock.setblocking(False)
        connection = SSL.Connection(context, sock)
        connection.set_accept_state()
        deadline = time.monotonic() + WAIT
        while not self._stop.is_set() and time.monotonic() < deadline:
            try:
                connection.do_handshake()
            except SSL.WantReadError:
                select.select([sock], [], [], 0.05)
                continue
            except SSL.WantWriteError:
                select.select([], [sock], [], 0.05)
                continue
            except (SSL.Error, OSError):
                return
            self.handshakes += 1
            with contextlib.suppress(SSL.Error, OSError):
                connection.shutdown()
            return

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(WAIT)
        if self._listener is not None:
            self._listener.close()


def _x509_name(name: x509.Name) -> crypto.X509Name:
    holder = crypto.X509()
    subject = holder.get_subject()
    short = {"C": "C", "O": "O", "CN": "CN", "OU": "OU"}
    for attribute in name:
        label = attribute.rfc4514_attribute_name
        setattr(subject, short.get(label, label), str(attribute.value))
    return subject


class SilentServer:
    """Accepts TCP connections (the kernel does, from the backlog) and never speaks: a
    handshake against it times out."""

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind((LOOPBACK, 0))
        self._listener.listen(8)
        self.port = self._listener.getsockname()[1]

    def stop(self) -> None:
        self._listener.close()


class ResettingServer:
    """Accepts a connection and resets it at once: the handshake sees a reset."""

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind((LOOPBACK, 0))
        self._listener.listen(8)
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="lab-reset", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        import struct

        while not self._stop.is_set():
            ready, _, _ = select.select([self._listener], [], [], 0.05)
            if not ready:
                continue
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            # Linger 0: close sends a reset rather than an orderly end.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(WAIT)
        self._listener.close()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


@mutable
class DnsServer:
    """A small authoritative DNS server on 127.0.0.1 (UDP): ``records`` maps (name, type)
    to the record texts; a name with no record at all is NXDOMAIN; a name in ``silent`` is
    never answered."""

    records: dict[tuple[str, str], list[str]]
    silent: set[str] = field(default_factory=set)
    port: int = 0
    queries: list[tuple[str, str]] = field(default_factory=list)
    _sock: socket.socket | None = None
    _thread: threading.Thread | None = None
    _stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind((LOOPBACK, 0))
        self.port = self._sock.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, name="lab-dns", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        assert self._sock is not None
        while not self._stop.is_set():
            ready, _, _ = select.select([self._sock], [], [], 0.05)
            if not ready:
                continue
            try:
                data, peer = self._sock.recvfrom(4096)
            except OSError:
                return
            reply = self.answer(data)
            if reply is not None:
                self._sock.sendto(reply, peer)

    def answer(self, data: bytes) -> bytes | None:
        try:
            query = dns.message.from_wire(data)
        except Exception:
            return None
        question = query.question[0]
        name = question.name.to_text(omit_final_dot=True).lower()
        rdtype = dns.rdatatype.to_text(question.rdtype)
        self.queries.append((name, rdtype))
        if any(name == s or name.endswith("." + s) for s in self.silent):
            return None
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        texts = self.records.get((name, rdtype), [])
        if texts:
            response.answer.append(
                dns.rrset.from_text_list(name + ".", 300, dns.rdataclass.IN, rdtype, texts)
            )
        elif not any(n == name for n, _ in self.records):
            response.set_rcode(dns.rcode.NXDOMAIN)
        return response.to_wire()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(WAIT)
        if self._sock is not None:
            self._sock.close()


@mutable
class Lab:
    root: pki.CA
    intermediate: pki.CA
    servers: dict[str, TlsServer]
    dns: DnsServer
    silent: SilentServer
    resetting: ResettingServer
    closed_port: int
    tls11: bool  # whether the local OpenSSL lets a server speak TLS 1.1 only

    @property
    def dns_server(self) -> str:
        return f"{LOOPBACK}:{self.dns.port}"

    def endpoint(self, server: str, host: str = "sip.contoso.com") -> str:
        """A TARGET naming one lab server: HOST:PORT (with --resolve HOST:127.0.0.1)."""
        return f"{host}:{self.servers[server].port}"

    @classmethod
    @contextlib.contextmanager
    def start(cls) -> Iterator[Lab]:
        root = pki.make_root()
        intermediate = pki.make_intermediate(root, aia_url=ISSUER_URL)
        good, key = pki.make_leaf(intermediate, aia_url=ISSUER_URL)
        wrong, wrong_key = pki.make_leaf(
            intermediate, cn="edge.litware.com", sans=("edge.litware.com",), key=pki.rsa_key(3)
        )
        expired, expired_key = pki.make_leaf(
            intermediate, not_before=pki.AT - dt.timedelta(days=400), days=180
        )
        partner = x509.Name.from_rfc4514_string(PARTNER_CA)
        servers = {
            "complete": TlsServer("complete", [good, intermediate.cert], key),
            "leaf-only": TlsServer("leaf-only", [good], key),
            "wrong-name": TlsServer("wrong-name", [wrong, intermediate.cert], wrong_key),
            "expired": TlsServer("expired", [expired, intermediate.cert], expired_key),
            "client-ca": TlsServer("client-ca", [good, intermediate.cert], key, client_ca=partner),
            "any-client": TlsServer(
                "any-client", [good, intermediate.cert], key, ask_any_client=True
            ),
            # A TLS 1.2 Edge that requires a client certificate (mutual TLS on 5061): it
            # sends its chain and a CertificateRequest, then ends the handshake.
            "client-required": TlsServer(
                "client-required",
                [good, intermediate.cert],
                key,
                client_ca=partner,
                require_client=True,
                max_version=SSL.TLS1_2_VERSION,
            ),
            "tls11": TlsServer(
                "tls11",
                [good, intermediate.cert],
                key,
                min_version=SSL.TLS1_1_VERSION,
                max_version=SSL.TLS1_1_VERSION,
            ),
        }
        started: list[Any] = []
        try:
            for server in servers.values():
                server.start()
                started.append(server)
            complete = servers["complete"].port
            records = {
                # The good domain: both SRV records lead to the Access Edge, in the certificate.
                (f"_sipfederationtls._tcp.{GOOD_DOMAIN}", "SRV"): [
                    f"0 0 {complete} sip.{GOOD_DOMAIN}."
                ],
                (f"_sip._tls.{GOOD_DOMAIN}", "SRV"): [f"0 0 {complete} sip.{GOOD_DOMAIN}."],
                (f"sip.{GOOD_DOMAIN}", "A"): [LOOPBACK],
                # The SRV target is not a name of the certificate served there.
                (f"_sipfederationtls._tcp.{WRONG_TARGET_DOMAIN}", "SRV"): [
                    f"0 0 {complete} edge.{WRONG_TARGET_DOMAIN}."
                ],
                (f"_sip._tls.{WRONG_TARGET_DOMAIN}", "SRV"): [
                    f"0 0 {complete} edge.{WRONG_TARGET_DOMAIN}."
                ],
                (f"edge.{WRONG_TARGET_DOMAIN}", "A"): [LOOPBACK],
                # A domain without SRV records (the name exists: it has an address).
                (NO_SRV_DOMAIN, "A"): [LOOPBACK],
                # The SRV target has no address (the name exists, without A or AAAA).
                (f"_sipfederationtls._tcp.{NO_ADDRESS_DOMAIN}", "SRV"): [
                    f"0 0 {complete} sip.{NO_ADDRESS_DOMAIN}."
                ],
                (f"_sip._tls.{NO_ADDRESS_DOMAIN}", "SRV"): [
                    f"0 0 {complete} sip.{NO_ADDRESS_DOMAIN}."
                ],
                (f"sip.{NO_ADDRESS_DOMAIN}", "TXT"): ['"no address here"'],
            }
            dns_server = DnsServer(records, silent={SILENT_DOMAIN})
            dns_server.start()
            started.append(dns_server)
            silent = SilentServer()
            started.append(silent)
            resetting = ResettingServer()
            started.append(resetting)
            lab = cls(
                root=root,
                intermediate=intermediate,
                servers=servers,
                dns=dns_server,
                silent=silent,
                resetting=resetting,
                closed_port=closed_port(),
                tls11=_tls11_works(servers["tls11"].port),
            )
            yield lab
        finally:
            for server in reversed(started):
                server.stop()


def _tls11_works(port: int) -> bool:
    """Whether a TLS 1.1 handshake with the lab's TLS 1.1 server succeeds here (OpenSSL
    builds and system policies may forbid TLS 1.1 on either side)."""
    from pic_wizard.core.net.tls import handshake

    return handshake("sip.contoso.com", LOOPBACK, port, timeout=2.0).version == "TLSv1.1"


def resolve_args(*hosts: str) -> list[str]:
    """``--resolve HOST:127.0.0.1`` for each host."""
    args: list[str] = []
    for host in hosts:
        args += ["--resolve", f"{host}:{LOOPBACK}"]
    return args
