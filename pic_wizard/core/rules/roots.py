"""The rules of an Edge Server's Trusted Root Certification Authorities store.

- A certificate that is not self-signed has no place there: since Windows Server 2012,
  SChannel then refuses client certificates (mutual TLS), and Lync Server 2013's services
  stop (Microsoft KB 2795828, "Lync Server 2013 Front-End service cannot start in Windows
  Server 2012", linked from KB 2802568 "IIS may reject client certificate requests with
  HTTP 403.7 or 403.16 errors", MicrosoftDocs/SupportArticles-docs: "uninstall the
  non-self-signed certificate from the Local Computer Trusted Root Certification
  Authorities certificate store").  A CA certificate belongs in Intermediate Certification
  Authorities, any other in Personal (if it is the server's own).
- The same certificate twice is a copy to remove; an expired root is clutter.
- The root the Edge's own certificate chains to must be there, and so must the roots the
  federation endpoints of Microsoft 365 chain to (dated data: ``Policy.federation_roots``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from ..values.findings import Finding, RuleId, Severity, finding
from ..values.i18n import N_
from ..values.policy import Policy
from ..x509.chain import Names, chain_findings, is_ca, is_self_signed, public_roots
from ..x509.view import same_key_bytes

INTERMEDIATE_STORE = N_("Params", "Intermediate Certification Authorities")
PERSONAL_STORE = N_("Params", "Personal")


@dataclass(frozen=True)
class StoreCertificate:
    """One certificate of the store, as the result lists it (text as Windows shows it)."""

    subject: str
    issuer: str
    not_before: dt.datetime
    not_after: dt.datetime
    thumbprint_sha1: str
    fingerprint_sha256: str
    self_signed: bool
    is_ca: bool
    file: str  # the export it was read from
    # The rules that found something about it, in the order of the findings.
    problems: tuple[RuleId, ...] = ()


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def fingerprint(cert: x509.Certificate) -> str:
    return hashlib.sha256(_der(cert)).hexdigest().upper()


def thumbprint(cert: x509.Certificate) -> str:
    return hashlib.sha1(_der(cert), usedforsecurity=False).hexdigest().upper()


def _day(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%d")


def store_findings(
    certificates: Sequence[x509.Certificate],
    at: dt.datetime,
    policy: Policy,
    names: Names | None = None,
) -> list[Finding]:
    """What is wrong with the store itself: certificates that are not roots, copies,
    expired roots, and the roots of Microsoft 365's federation endpoints it lacks."""
    names = names or Names()
    found: list[Finding] = []
    counts: dict[bytes, int] = {}
    firsts: dict[bytes, x509.Certificate] = {}
    for cert in certificates:
        der = _der(cert)
        counts[der] = counts.get(der, 0) + 1
        firsts.setdefault(der, cert)
    for der, cert in firsts.items():
        subject = names.subject(cert)
        if not is_self_signed(cert):
            store = INTERMEDIATE_STORE if is_ca(cert) else PERSONAL_STORE
            found.append(
                finding(
                    RuleId.ROOT_STORE_INTERMEDIATE,
                    subject,
                    issuer=names.issuer(cert),
                    store=store,
                    thumbprint=thumbprint(cert),
                )
            )
        if counts[der] > 1:
            found.append(
                finding(
                    RuleId.ROOT_STORE_DUPLICATE,
                    subject,
                    count=str(counts[der]),
                    thumbprint=thumbprint(cert),
                )
            )
        if cert.not_valid_after_utc < at:
            found.append(
                finding(
                    RuleId.ROOT_STORE_EXPIRED,
                    subject,
                    not_after=_day(cert.not_valid_after_utc),
                    thumbprint=thumbprint(cert),
                )
            )
    present = {fingerprint(c) for c in firsts.values()}
    for root in policy.federation_roots:
        if root.expected(at) and root.sha256.upper() not in present:
            found.append(
                finding(
                    RuleId.ROOT_STORE_MISSING,
                    root.name,
                    Severity.WARNING,
                    why=N_(
                        "Params",
                        "the federation endpoints of Microsoft 365 (Teams, Skype for "
                        "Business Online) chain to it (SHA-1 thumbprint {thumbprint})",
                    ),
                    thumbprint=root.sha1,
                )
            )
    return found


@dataclass(frozen=True)
class EdgeRoot:
    """Where the Edge's own certificate leads: the findings, and its path (leaf first)."""

    findings: tuple[Finding, ...]
    path: tuple[x509.Certificate, ...]


def _same_root(a: x509.Certificate, b: x509.Certificate) -> bool:
    # Windows finds an issuer by its name and key: a root re-issued with the same key
    # (new dates) serves the same chains.
    return a.subject.public_bytes() == b.subject.public_bytes() and same_key_bytes(
        a.public_key()
    ) == same_key_bytes(b.public_key())


def edge_root_findings(
    leaf: x509.Certificate,
    others: Sequence[x509.Certificate],
    store: Sequence[x509.Certificate],
    at: dt.datetime,
    names: Names | None = None,
) -> EdgeRoot:
    """The root the Edge's certificate ``leaf`` chains to (through ``others``, the rest of
    its file, and the store), and whether the store holds it.  The path is built and
    validated by the chain code; a path that cannot be built is reported as the check
    reports it (a missing intermediate, named)."""
    names = names or Names()
    candidates = [c for c in (*store, *others) if c != leaf]
    roots = [c for c in candidates if is_self_signed(c)]
    intermediates = [c for c in candidates if c not in roots]
    trusted = list(dict.fromkeys([*roots, *public_roots()]))
    chain, path = chain_findings(leaf, intermediates, trusted, at, {}, names)
    if not path:
        return EdgeRoot(tuple(chain), ())
    root = path[-1]
    if any(_same_root(root, c) for c in store):
        return EdgeRoot((), tuple(path))
    missing = finding(
        RuleId.ROOT_STORE_MISSING,
        names.subject(root),
        why=N_(
            "Params",
            "the Edge certificate '{certificate}' chains to it; without it Windows cannot "
            "build that certificate's chain, and the Edge services cannot use it",
        ),
        certificate=names.subject(leaf),
        thumbprint=thumbprint(root),
    )
    return EdgeRoot((missing,), tuple(path))
