"""The rules of an Edge Server's Trusted Root Certification Authorities store.

- A certificate that is not self-signed has no place there: since Windows Server 2012,
  SChannel then refuses client certificates (mutual TLS), and Lync Server 2013's services
  stop (Microsoft KB 2795828, "Lync Server 2013 Front-End service cannot start in Windows
  Server 2012", linked from KB 2802568 "IIS may reject client certificate requests with
  HTTP 403.7 or 403.16 errors", MicrosoftDocs/SupportArticles-docs: "uninstall the
  non-self-signed certificate from the Local Computer Trusted Root Certification
  Authorities certificate store").  A CA certificate belongs in Intermediate Certification
  Authorities, any other in Personal (if it is the server's own).
- The same certificate twice is a copy to remove.
- An expired root is information, not a fault: Windows still checks what was signed before
  its expiry with it, and some expired roots are required by Windows itself (Microsoft KB
  293781, "Required trusted root certificates": "Don't remove them"; data:
  ``Policy.windows_required_roots``).  Those are said to be kept; any other may be removed
  only if no old signature needs it.
- The root the Edge's own certificate chains to must be there.  The chain is built to the
  store's roots first, as Windows builds it (a cross-certificate in the Edge's chain file
  leads to an older root the store holds); only when no path reaches the store is the root
  it would need named: a public root, the root in the certificate's file, or the root of a
  private CA that neither holds (a store root of the same name with another key is said).
- The roots the federation endpoints of Microsoft 365 chain to (dated data:
  ``Policy.federation_roots``) are needed in the store only where Windows cannot fetch them
  ("Office TLS Certificate Changes": "Windows running in disconnected environments"); a
  connected server gets a public root from Windows Update when a chain first needs it
  (automatic root update: "Certificates and trust", MicrosoftDocs/windowsserverdocs,
  WindowsServerDocs/identity/ad-cs/certificates-and-trust.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from ..values.findings import Finding, RuleId, Severity, finding
from ..values.i18n import N_
from ..values.policy import Policy, RequiredRoot
from ..values.record import frozen
from ..x509.chain import (
    MAX_CHAIN_DEPTH,
    StoreCache,
    chain_findings,
    is_ca,
    is_self_signed,
    missing_issuer,
    public_roots,
    signature_check,
)
from ..x509.view import (
    fingerprint_of,
    issuer_text,
    same_key_bytes,
    subject_text,
    thumbprint_of,
)

INTERMEDIATE_STORE = N_("Params", "Intermediate Certification Authorities")
PERSONAL_STORE = N_("Params", "Personal")


@frozen
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
    # The worst severity among those findings (None: nothing found about it).
    worst: Severity | None = None


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def fingerprint(cert: x509.Certificate) -> str:
    return fingerprint_of(_der(cert))


def thumbprint(cert: x509.Certificate) -> str:
    return thumbprint_of(_der(cert))


def _day(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%d")


def _attribute_values(name: x509.Name) -> set[str]:
    return {str(a.value) for a in name}


def required_by_windows(cert: x509.Certificate, policy: Policy) -> RequiredRoot | None:
    """The entry of the roots Windows requires that ``cert`` is (its name and serial)."""
    try:
        serial = cert.serial_number
    except ValueError:
        return None
    names = _attribute_values(cert.subject)
    return next(
        (r for r in policy.windows_required_roots if r.serial == serial and r.issued_to in names),
        None,
    )


def _self_issued(cert: x509.Certificate) -> bool:
    return cert.subject.public_bytes() == cert.issuer.public_bytes()


def store_findings(
    certificates: Sequence[x509.Certificate],
    at: dt.datetime,
    policy: Policy,
) -> list[Finding]:
    """What is wrong with the store itself: certificates that are not roots, copies,
    expired roots, and the roots of Microsoft 365's federation endpoints it lacks."""
    found: list[Finding] = []
    counts: dict[bytes, int] = {}
    firsts: dict[bytes, x509.Certificate] = {}
    for cert in certificates:
        der = _der(cert)
        counts[der] = counts.get(der, 0) + 1
        firsts.setdefault(der, cert)
    for der, cert in firsts.items():
        subject = subject_text(cert)
        if not is_self_signed(cert):
            store = INTERMEDIATE_STORE if is_ca(cert) else PERSONAL_STORE
            signer = (
                N_(
                    "Params",
                    "it bears its own name as issuer, but another key signed it: it is "
                    "self-issued, not self-signed",
                )
                if _self_issued(cert)
                else N_("Params", "its issuer is '{issuer}'")
            )
            found.append(
                finding(
                    RuleId.ROOT_STORE_INTERMEDIATE,
                    subject,
                    issuer=issuer_text(cert),
                    signer=signer,
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
            found.append(_expired(cert, subject, policy))
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
                        "Business Online) chain to it (SHA-1 thumbprint {thumbprint}); an "
                        "Edge Server that cannot reach Windows Update cannot fetch it",
                    ),
                    advice=N_(
                        "Params",
                        "Nothing to do on an Edge Server that reaches Windows Update: "
                        "Windows' automatic root update adds a public root the first time "
                        "a chain needs it. On an Edge Server that cannot (a disconnected "
                        "network, or the automatic root update turned off), import it into "
                        "the Trusted Root Certification Authorities store of the local "
                        "computer (Import-Certificate -FilePath ROOT.cer -CertStoreLocation "
                        "Cert:\\LocalMachine\\Root), as Microsoft asks for Windows in "
                        "disconnected environments.",
                    ),
                    thumbprint=root.sha1,
                )
            )
    return found


def _expired(cert: x509.Certificate, subject: str, policy: Policy) -> Finding:
    """ROOT-STORE-EXPIRED: information; a root Windows requires is to be kept."""
    if required_by_windows(cert, policy) is not None:
        why = N_(
            "Params",
            "Windows requires it all the same: it still checks what was signed before "
            'that date with it (Microsoft KB 293781, "Required trusted root '
            'certificates")',
        )
        advice = N_(
            "Params",
            "Keep it: Microsoft asks not to remove it, as Windows may then not work correctly.",
        )
    else:
        why = N_(
            "Params",
            "It does no harm: Windows uses an expired root only to check what was signed "
            "before that date",
        )
        advice = N_(
            "Params",
            "Nothing to do. Remove it only if nothing signed before {not_after} (old "
            "signed programs or documents, time stamps) still needs it; never remove a "
            "root Windows requires (Microsoft KB 293781).",
        )
    return finding(
        RuleId.ROOT_STORE_EXPIRED,
        subject,
        not_after=_day(cert.not_valid_after_utc),
        why=why,
        advice=advice,
        thumbprint=thumbprint(cert),
    )


@frozen
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


# Import the root the Edge's chain needs (a "Params" text: the fix of ROOT-STORE-MISSING).
IMPORT_ROOT = N_(
    "Params",
    "On every Edge Server, import it into the Trusted Root Certification Authorities store "
    "of the local computer (Import-Certificate -FilePath ROOT.cer -CertStoreLocation "
    "Cert:\\LocalMachine\\Root); a public root can also come from Windows Update.",
)
IMPORT_ISSUING_ROOT = N_(
    "Params",
    "On every Edge Server, import the root certificate of the CA that issued the Edge "
    "certificate into the Trusted Root Certification Authorities store of the local "
    "computer (Import-Certificate -FilePath ROOT.cer -CertStoreLocation "
    "Cert:\\LocalMachine\\Root). If '{name}' is an intermediate CA rather than the root, "
    "give the Edge certificate with its whole chain (the CA's full chain file, .p7b, or the "
    "PFX with its chain) to name the root.",
)
GIVE_WHOLE_CHAIN = N_(
    "Params",
    "Give the Edge certificate with its whole chain (the CA's full chain file, .p7b, or the "
    "PFX with its chain), so that the root it chains to can be looked for in the store. If "
    "'{issuer}' is itself the root of your CA, import it into the Trusted Root "
    "Certification Authorities store of every Edge Server.",
)


def _walk(leaf: x509.Certificate, pool: Sequence[x509.Certificate]) -> list[x509.Certificate]:
    """The certificates from ``leaf`` up, each issued by the next, as far as ``pool`` goes
    (a signature that does not verify never makes an issuer)."""
    path = [leaf]
    current = leaf
    while len(path) <= MAX_CHAIN_DEPTH:
        issuer = next(
            (c for c in pool if c not in path and signature_check(current, c) is not False),
            None,
        )
        if issuer is None:
            break
        path.append(issuer)
        current = issuer
    return path


def edge_root_findings(
    leaf: x509.Certificate,
    others: Sequence[x509.Certificate],
    store: Sequence[x509.Certificate],
    at: dt.datetime,
) -> EdgeRoot:
    """The root the Edge's certificate ``leaf`` chains to (through ``others``, the rest of
    its file, and the store), and whether the store holds it.

    The chain is built to the store's roots first, as Windows builds it: a path that ends
    in the store needs nothing (a cross-certificate in the file leading to an older root
    the store holds included).  Otherwise the root the path would need is named: built with
    the public roots and the roots of the certificate's file, or, where no certificate
    anywhere issued the last one found, the missing root (or, when not even the leaf's
    issuer is known, the intermediate: CHAIN-INCOMPLETE)."""
    candidates = [c for c in dict.fromkeys((*store, *others)) if c != leaf]
    store_roots = [c for c in dict.fromkeys(store) if is_self_signed(c)]
    file_roots = [c for c in candidates if c not in store_roots and is_self_signed(c)]
    intermediates = [c for c in candidates if c not in store_roots and c not in file_roots]
    cache: StoreCache = {}
    if store_roots:
        _, path = chain_findings(leaf, intermediates, store_roots, at, cache)
        if path:
            return EdgeRoot((), tuple(path))
    trusted = list(dict.fromkeys([*store_roots, *file_roots, *public_roots()]))
    chain, path = chain_findings(leaf, intermediates, trusted, at, cache)
    if path:
        root = path[-1]
        if any(_same_root(root, c) for c in store):
            return EdgeRoot((), tuple(path))
        why = N_(
            "Params",
            "the Edge certificate '{certificate}' chains to it; without it Windows cannot "
            "build that certificate's chain, and the Edge services cannot use it",
        )
        return EdgeRoot((_missing(root, leaf, store, why),), tuple(path))
    walked = _walk(leaf, [*intermediates, *file_roots, *store_roots])
    last = walked[-1]
    if is_self_signed(last):
        # A path to a root exists but breaks a rule (an expired CA, a key usage): the
        # chain's own finding says which.
        return EdgeRoot(tuple(chain), ())
    if len(walked) == 1:
        return EdgeRoot((missing_issuer(leaf, GIVE_WHOLE_CHAIN),), ())
    why = N_(
        "Params",
        "the Edge certificate '{certificate}' chains to it through '{intermediate}', and "
        "neither the store nor the certificate's file holds it; without it Windows cannot "
        "build that certificate's chain, and the Edge services cannot use it",
    )
    issuer_name = issuer_text(last)
    found = _missing(
        None,
        leaf,
        store,
        why,
        name=issuer_name,
        intermediate=subject_text(last),
        issued=last,
    )
    return EdgeRoot((found,), ())


def _missing(
    root: x509.Certificate | None,
    leaf: x509.Certificate,
    store: Sequence[x509.Certificate],
    why: str,
    name: str = "",
    intermediate: str = "",
    issued: x509.Certificate | None = None,
) -> Finding:
    """ROOT-STORE-MISSING for the Edge certificate's root (``root``, or, unknown, the
    issuer of ``issued``); a store root of the same name but another key is said."""
    wanted = root.subject if root is not None else issued.issuer if issued is not None else None
    namesake = next(
        (
            c
            for c in store
            if wanted is not None
            and c.subject.public_bytes() == wanted.public_bytes()
            and is_self_signed(c)
            and (root is None or not _same_root(root, c))
        ),
        None,
    )
    params = {
        "certificate": subject_text(leaf),
        "intermediate": intermediate,
        "thumbprint": thumbprint(root) if root is not None else "",
    }
    advice = IMPORT_ROOT if root is not None else IMPORT_ISSUING_ROOT
    if namesake is not None:
        why = N_(
            "Params",
            "the store holds a root of that name (thumbprint {other_thumbprint}), but with "
            "another key, which did not sign the chain of the Edge certificate "
            "'{certificate}'; without the right root Windows cannot build that chain, and "
            "the Edge services cannot use the certificate",
        )
        params["other_thumbprint"] = thumbprint(namesake)
        advice = N_(
            "Params",
            "On every Edge Server, import the root with the right key, from the CA that "
            "issued the Edge certificate, into the Trusted Root Certification Authorities "
            "store of the local computer (Import-Certificate -FilePath ROOT.cer "
            "-CertStoreLocation Cert:\\LocalMachine\\Root); the store's root of the same "
            "name does not replace it.",
        )
    return Finding(
        RuleId.ROOT_STORE_MISSING,
        Severity.ERROR,
        subject_text(root) if root is not None else name,
        {**params, "why": why, "advice": advice},
    )
