"""The openssl command line as a second, independent maker of test files.

The in-test PKI (``pki``) builds everything with cryptography, the library pic-wizard
itself uses.  Files an administrator really gets (a ``.p7b``, a ``.pfx``, a chain made
by another tool) are made here by the ``openssl`` program instead, so a test does not
only check that cryptography agrees with itself.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509

from pic_wizard.core.values.record import frozen

import pki

OPENSSL = shutil.which("openssl")

requires_openssl = pytest.mark.skipif(OPENSSL is None, reason="the openssl program is needed")


def openssl(*args: str | Path, cwd: Path | None = None) -> bytes:
    """Run openssl; its standard output, or a test failure with its error text."""
    assert OPENSSL is not None
    done = subprocess.run(
        [OPENSSL, *(str(a) for a in args)],
        cwd=cwd,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(f"openssl {' '.join(str(a) for a in args)}: {done.stderr.decode()}")
    return done.stdout


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def p7b(folder: Path, certs: Sequence[x509.Certificate], *, der: bool = False) -> bytes:
    """``openssl crl2pkcs7 -nocrl -certfile ...``: a chain as a CA's .p7b download."""
    args: list[str | Path] = ["crl2pkcs7", "-nocrl"]
    for i, cert in enumerate(certs):
        args += ["-certfile", write(folder, f"p7b-in-{i}.pem", pki.pem(cert))]
    if der:
        args += ["-outform", "DER"]
    return openssl(*args)


def pfx(
    folder: Path,
    cert: x509.Certificate,
    key: Any,
    chain: Sequence[x509.Certificate] = (),
    *,
    password: str = "",
    name: str = "",
    legacy: bool = False,
) -> bytes:
    """``openssl pkcs12 -export``: AES-256 by default, 3DES/RC2 with SHA-1 MAC if legacy."""
    args: list[str | Path] = [
        "pkcs12",
        "-export",
        "-in",
        write(folder, "pfx-cert.pem", pki.pem(cert)),
        "-inkey",
        write(folder, "pfx-key.pem", pki.key_pem(key)),
        "-passout",
        f"pass:{password}",
    ]
    if chain:
        args += ["-certfile", write(folder, "pfx-chain.pem", pki.pem(*chain))]
    if name:
        args += ["-name", name]
    if legacy:
        args.append("-legacy")
    return openssl(*args)


def fingerprint(folder: Path, cert: x509.Certificate, digest: str) -> str:
    """``openssl x509 -noout -fingerprint -<digest>``, colons removed, upper case."""
    out = openssl(
        "x509",
        "-noout",
        "-fingerprint",
        f"-{digest}",
        "-in",
        write(folder, "fingerprint.pem", pki.pem(cert)),
    )
    return out.decode().strip().split("=", 1)[1].replace(":", "").upper()


ROOT_EXT = """\
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
"""

INTERMEDIATE_EXT = """\
basicConstraints = critical, CA:true, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints = URI:http://crl.openssl.example.net/root.crl
"""

LEAF_EXT = """\
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = DNS:sip.contoso.com, DNS:webcon.contoso.com, DNS:sip.fabrikam.com
crlDistributionPoints = URI:http://crl.openssl.example.net/issuing.crl
authorityInfoAccess = caIssuers;URI:http://crl.openssl.example.net/issuing.crt
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
"""


@frozen
class OpensslChain:
    root: x509.Certificate
    intermediate: x509.Certificate
    leaf: x509.Certificate
    folder: Path

    @property
    def at(self) -> dt.datetime:
        """A moment inside the leaf's validity, taken from the leaf, not from the clock."""
        return self.leaf.not_valid_before_utc + dt.timedelta(days=1)


def make_chain(
    folder: Path, *, root_extensions: bool = True, leaf_digest: str = "sha256"
) -> OpensslChain:
    """Root (``req -x509``), issuing CA and Edge leaf (``x509 -req -extfile``).

    ``root_extensions=False`` keeps openssl's default root extensions (no key usage), as
    ``openssl req -x509`` makes a private root when nobody asks for more.  ``leaf_digest``
    is the hash the issuing CA signs the leaf with (``sha1`` for an old certificate).
    """
    folder.mkdir(parents=True, exist_ok=True)
    write(folder, "root.ext", ROOT_EXT.encode())
    write(folder, "intermediate.ext", INTERMEDIATE_EXT.encode())
    write(folder, "leaf.ext", LEAF_EXT.encode())
    root_args: list[str | Path] = [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "root.key",
        "-out",
        "root.pem",
        "-subj",
        "/C=US/O=OpenSSL Test/CN=OpenSSL Test Root CA",
        "-days",
        "3650",
        "-sha256",
    ]
    if root_extensions:
        root_args += ["-extensions", "v3_root", "-config", "root.cnf"]
        write(
            folder,
            "root.cnf",
            b"[req]\ndistinguished_name = dn\n[dn]\n[v3_root]\n" + ROOT_EXT.encode(),
        )
    openssl(*root_args, cwd=folder)
    for stem, subject, issuer, days, digest in (
        (
            "intermediate",
            "/C=US/O=OpenSSL Test/CN=OpenSSL Test Issuing CA",
            "root",
            "1000",
            "sha256",
        ),
        ("leaf", "/C=US/O=Contoso Ltd/CN=sip.contoso.com", "intermediate", "45", leaf_digest),
    ):
        openssl(
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            f"{stem}.key",
            "-out",
            f"{stem}.csr",
            "-subj",
            subject,
            cwd=folder,
        )
        openssl(
            "x509",
            "-req",
            "-in",
            f"{stem}.csr",
            "-CA",
            f"{issuer}.pem",
            "-CAkey",
            f"{issuer}.key",
            "-set_serial",
            "0x" + ("1" if stem == "intermediate" else "2") * 16,
            "-days",
            days,
            f"-{digest}",
            "-extfile",
            f"{stem}.ext",
            "-out",
            f"{stem}.pem",
            cwd=folder,
        )
    openssl(
        "verify",
        "-CAfile",
        "root.pem",
        "-untrusted",
        "intermediate.pem",
        "leaf.pem",
        cwd=folder,
    )

    def read(stem: str) -> x509.Certificate:
        return x509.load_pem_x509_certificate((folder / f"{stem}.pem").read_bytes())

    return OpensslChain(read("root"), read("intermediate"), read("leaf"), folder)
