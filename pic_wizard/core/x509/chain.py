"""The chain from a leaf to a trusted root.

The path is built by cryptography's verifier (``x509.verification``); when it fails,
pic-wizard walks the chain itself to say *which* certificate is missing, with its key
identifier and the address its issuer is published at."""

from __future__ import annotations

import datetime as dt
import functools
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509 import verification as v
from cryptography.x509.oid import AuthorityInformationAccessOID

from ..values.errors import InputError
from ..values.findings import CATALOGUE, Finding, RuleId, finding
from ..values.i18n import N_
from .view import issuer_text, san_names, subject_text

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.types import (
        PublicKeyTypes,
    )


# The trust stores built once per run, by the identity of the roots they hold, each with
# the validator's policy over it (every setting but the moment, which is each leaf's own).
StoreCache = dict[int, tuple[Sequence[x509.Certificate], "v.PolicyBuilder"]]


MAX_CHAIN_DEPTH = 8


@functools.cache
def public_roots() -> tuple[x509.Certificate, ...]:
    """Mozilla's roots as shipped in the installed certifi package."""
    import certifi

    with warnings.catch_warnings():
        # A few old roots have non-positive serial numbers.
        warnings.simplefilter("ignore")
        return tuple(x509.load_pem_x509_certificates(certifi.contents().encode("ascii")))


def is_ca(cert: x509.Certificate) -> bool:
    """Whether its basic constraints say CA.  Found by exact type (cryptography makes the
    class itself): ``get_extension_for_class`` asks an abstract-class isinstance of each
    extension before it, for every file of an audit."""
    for ext in cert.extensions:
        value = ext.value
        if type(value) is x509.BasicConstraints:
            return bool(value.ca)
    return False


def signature_check(cert: x509.Certificate, issuer: x509.Certificate) -> bool | None:
    """True: ``issuer`` signed ``cert``; False: it did not; None: the names match but the
    signature cannot be checked here; the SIG-* rules judge the algorithm itself."""
    if hash(cert.issuer) != hash(issuer.subject):
        # Names that differ (unequal hashes) can never match: said without the
        # validator's exception and the two names encoded again below, the usual answer
        # of a walk, and of every leaf asked whether it is self-signed.
        return False
    try:
        cert.verify_directly_issued_by(issuer)
    except (TypeError, InvalidSignature):
        return False
    except (ValueError, UnsupportedAlgorithm):
        # ValueError: the names differ, or an algorithm cryptography refuses here (SHA-1,
        # MD5), which Windows and Lync still verify: check it by hand.
        # The encoded names, in their order (shown text puts CN first and would hide a
        # reordered issuer name, which Windows' chain building does not accept).
        if cert.issuer.public_bytes() != issuer.subject.public_bytes():
            return False
        return verify_by_hand(cert, issuer.public_key())
    return True


def verify_by_hand(
    signed: x509.Certificate | x509.CertificateSigningRequest, key: PublicKeyTypes
) -> bool | None:
    """Verify a signature cryptography's own checks decline (SHA-1, MD5): True, False, or
    None when it cannot be checked at all."""
    data = (
        signed.tbs_certificate_bytes
        if isinstance(signed, x509.Certificate)
        else signed.tbs_certrequest_bytes
    )
    try:
        algorithm = signed.signature_hash_algorithm
        if algorithm is None:
            return None
        if isinstance(key, rsa.RSAPublicKey):
            params = signed.signature_algorithm_parameters
            pad = params if isinstance(params, padding.PSS) else padding.PKCS1v15()
            key.verify(signed.signature, data, pad, algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signed.signature, data, ec.ECDSA(algorithm))
        else:
            return None
    except InvalidSignature:
        return False
    except (UnsupportedAlgorithm, ValueError, TypeError):
        return None
    return True


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    return signature_check(cert, issuer) is True


def is_self_signed(cert: x509.Certificate) -> bool:
    return signature_check(cert, cert) is not False


def pick_leaf(certs: Sequence[x509.Certificate]) -> x509.Certificate:
    """The certificate no other one in the set was issued by, a non-CA one first."""
    if len(certs) == 1:
        return certs[0]
    issuers = {c.issuer for c in certs}
    bottoms = [
        c for c in certs if c.subject not in issuers or (is_self_signed(c) and len(certs) == 1)
    ]
    candidates = bottoms or list(certs)
    non_ca = [c for c in candidates if not is_ca(c)]
    return (non_ca or candidates)[0]


def edge_certificate(certs: Sequence[x509.Certificate], file: str) -> x509.Certificate:
    """The Edge certificate among what a file holds; a chain or a root alone (CA
    certificates without a DNS name) is refused with its sentence."""
    if all(is_ca(c) and not _dns_names(c) for c in certs):
        raise InputError("only-ca-certificates", file=file, subject=subject_text(pick_leaf(certs)))
    return pick_leaf(certs)


def in_chain_order(certs: Sequence[x509.Certificate], leaf: x509.Certificate) -> bool:
    if certs[0] != leaf:
        return False
    return all(certs[i].issuer == certs[i + 1].subject for i in range(len(certs) - 1))


def _hex_id(data: bytes) -> str:
    return ":".join(f"{b:02X}" for b in data)


def _aki(cert: x509.Certificate) -> str:
    try:
        ext = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    except x509.ExtensionNotFound:
        return "not given"
    return _hex_id(ext.key_identifier) if ext.key_identifier else "not given"


def _ca_issuers_url(cert: x509.Certificate) -> str:
    try:
        aia = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
    except x509.ExtensionNotFound:
        return ""
    for desc in aia:
        if desc.access_method == AuthorityInformationAccessOID.CA_ISSUERS and isinstance(
            desc.access_location, x509.UniformResourceIdentifier
        ):
            return desc.access_location.value
    return ""


def _verify_time(leaf: x509.Certificate, at: dt.datetime) -> dt.datetime:
    # Expiry is reported by its own rule; judge the path at a moment the leaf is valid.
    start, end = leaf.not_valid_before_utc, leaf.not_valid_after_utc
    return min(max(at, start), end)


def _trust_store(roots: Sequence[x509.Certificate], store_cache: StoreCache) -> v.PolicyBuilder:
    """The verifier's store of trusted roots with its policy (depth, extension policies),
    built once per run; each leaf sets its own moment on it.

    Building the store is most of the cost of a path validation (about 0.3 ms of 0.5 ms
    with the public roots), so an audit shares it; nothing else is shared between files:
    every leaf is validated in full, and a file's verdict never depends on the other files
    of the run, on their order, or on how they were split between processes."""
    cached = store_cache.get(id(roots))
    if cached is not None and cached[0] is roots:
        return cached[1]
    builder = (
        v.PolicyBuilder()
        .store(v.Store(list(roots)))
        .max_chain_depth(MAX_CHAIN_DEPTH)
        .extension_policies(ca_policy=_ca_policy(), ee_policy=v.ExtensionPolicy.permit_all())
    )
    store_cache[id(roots)] = (roots, builder)  # the roots kept alive with their id
    return builder


# What the validator says (cryptography's x509-verification policy), as an admin reads it.
_VERIFIER_REASONS = (
    ("signature algorithm", N_("Params", "a certificate of the chain is signed with an "
     "algorithm public certification authorities no longer use")),
    ("not valid at validation time", N_("Params", "a certificate of the chain is outside "
     "its validity period")),
    ("basicconstraints", N_("Params", "a certificate of the chain is not a CA certificate")),
    ("keycertsign", N_("Params", "a CA certificate of the chain may not sign certificates")),
    ("keyusage", N_("Params", "a CA certificate of the chain may not sign certificates")),
    ("name constraint", N_("Params", "a name is outside what the issuing CA may certify")),
    ("maximum depth", N_("Params", "the chain is too long")),
    ("path length", N_("Params", "a CA of the chain may not have that many CAs below it "
     "(path length constraint)")),
    ("public key", N_("Params", "a key of the chain is too weak or of an unsupported type")),
    ("too weak", N_("Params", "a key of the chain is too weak or of an unsupported type")),
    ("x509v3", N_("Params", "a certificate of the chain is not an X.509 version 3 "
     "certificate")),
    ("serial", N_("Params", "a certificate of the chain has a serial number RFC 5280 forbids "
     "(negative, zero or longer than 20 bytes)")),
    ("utctime", N_("Params", "a certificate of the chain writes a date before 2050 in the "
     "form RFC 5280 reserves for later dates (GeneralizedTime)")),
    ("non-empty issuer", N_("Params", "a certificate of the chain has an empty issuer name")),
    ("unaccounted-for critical", N_("Params", "a certificate of the chain has a critical "
     "extension no client knows, so every client must refuse it")),
    ("between signaturealgorithm and", N_("Params", "a certificate of the chain names two "
     "different signature algorithms")),
    ("signature does not match", N_("Params", "a signature of the chain does not verify")),
    ("invalid extension", N_("Params", "an extension of a certificate of the chain breaks "
     "the rules of public certificates")),
)  # fmt: skip
_UNKNOWN_REASON = N_("Params", "the chain breaks the rules of public certificates")


# The signature algorithms the validator accepts (the CA/Browser Forum's profile): a
# certificate signed otherwise is refused by it whatever its chain.
_WEBPKI_SIGNATURES = frozenset(
    {
        "1.2.840.113549.1.1.10",  # RSASSA-PSS
        "1.2.840.113549.1.1.11",
        "1.2.840.113549.1.1.12",
        "1.2.840.113549.1.1.13",
        "1.2.840.10045.4.3.2",
        "1.2.840.10045.4.3.3",
        "1.2.840.10045.4.3.4",
    }
)


def _validator_words(message: str) -> str:
    """The validator's own words, lowered, without the certificate it quotes (text from
    the certificate, which must not choose what pic-wizard concludes)."""
    return message.split("(encountered processing")[0].lower()


def _readable_reason(message: str) -> str:
    """The validator speaks to programmers (and quotes certificates as Python objects); an
    admin gets a sentence, in their language, and never the validator's own text."""
    lowered = _validator_words(message)
    for needle, sentence in _VERIFIER_REASONS:
        if needle in lowered:
            return sentence
    return _UNKNOWN_REASON


@functools.cache
def _ca_policy() -> Any:
    """The CA/Browser Forum profile for CA certificates, relaxed where Windows is:
    an issuing CA may restrict its EKU to Server Authentication (as public CAs do now
    that they stop Client Authentication), and a private root made without key usage
    (``openssl req -x509``) is accepted, as openssl and Windows accept it."""

    def key_usage_ok(policy: Any, cert: x509.Certificate, ku: x509.KeyUsage | None) -> None:
        if ku is not None and not ku.key_cert_sign:
            raise ValueError("a CA certificate's key usage lacks keyCertSign")

    return (
        v.ExtensionPolicy.webpki_defaults_ca()
        .may_be_present(x509.ExtendedKeyUsage, v.Criticality.AGNOSTIC, None)
        .may_be_present(x509.KeyUsage, v.Criticality.AGNOSTIC, key_usage_ok)
    )


def _path_sound(path: Sequence[x509.Certificate], when: dt.datetime) -> bool:
    """Each certificate valid at that moment, each issuer a CA."""
    return all(c.not_valid_before_utc <= when <= c.not_valid_after_utc for c in path) and all(
        is_ca(c) for c in path[1:]
    )


# What to do with the missing certificate, where the check is given a chain and roots.
GIVE_AS_CHAIN = N_(
    "Params",
    "Give it as the chain (the CA's full chain file, .p7b, has it). If it is the root of a "
    "private or test CA, give it as the trusted roots instead: a test can then pass, but "
    "federation partners trust only public CAs.",
)


def missing_issuer(cert: x509.Certificate, advice: str = GIVE_AS_CHAIN) -> Finding:
    """CHAIN-INCOMPLETE: the issuer of ``cert`` is nowhere to be found; named, with its key
    identifier, the address it is published at, and ``advice`` (a "Params" text)."""
    url = _ca_issuers_url(cert)
    issuer_name = issuer_text(cert)
    return finding(
        RuleId.CHAIN_INCOMPLETE,
        issuer_name,
        issuer=issuer_name,
        key_id=_aki(cert),
        download=N_("Params", " (it publishes it at {url})") if url else "",
        url=url or "",
        advice=advice,
    )


def chain_findings(
    leaf: x509.Certificate,
    intermediates: Sequence[x509.Certificate],
    roots: Sequence[x509.Certificate],
    at: dt.datetime,
    store_cache: StoreCache,
) -> tuple[list[Finding], tuple[x509.Certificate, ...]]:
    """The findings on the path from ``leaf`` to one of ``roots``, and the path found."""
    when = _verify_time(leaf, at)
    if not roots:
        reason = N_("Params", "no trusted root was given")
        return [finding(RuleId.CHAIN_UNTRUSTED, subject_text(leaf), reason=reason)], ()
    builder = _trust_store(roots, store_cache).time(when)  # a new builder: the shared one stays
    try:
        verified = builder.build_client_verifier().verify(leaf, list(intermediates))
    except v.VerificationError as exc:
        reason = _readable_reason(str(exc))
        # The validator refuses old signature algorithms (SHA-1) outright; Lync does not,
        # and SIG-* rules already judge them: then the walk below decides, and accepts a
        # path only when a certificate of it really is signed so (the validator's message
        # quotes certificates: their text must not decide).
        algorithm_only = "signature algorithm" in _validator_words(str(exc))
    else:
        return [], tuple(verified.chain)

    # Why not: walk up from the leaf to name the missing certificate.
    extra: dict[str, str] = {}
    pool = list(intermediates) + list(roots)
    root_set = set(roots)
    current = leaf
    path = [leaf]
    all_verified = True
    for _ in range(MAX_CHAIN_DEPTH):
        others = [c for c in pool if c not in path]
        checks = ((c, signature_check(current, c)) for c in others)
        issuer, step = next(((c, r) for c, r in checks if r is not False), (None, None))
        if issuer is None:
            if is_self_signed(current):
                reason = N_("Params", "the root '{root}' is not among the trusted roots")
                extra = {"root": subject_text(current)}
                break
            namesake = next((c for c in others if c.subject == current.issuer), None)
            if namesake is not None:
                reason = N_(
                    "Params",
                    "the signature of '{signed}' does not verify with the certificate of "
                    "'{issuer}' (damaged, or not its issuer)",
                )
                extra = {"signed": subject_text(current), "issuer": subject_text(namesake)}
                break
            return [missing_issuer(current)], ()
        all_verified = all_verified and step is True
        path.append(issuer)
        if issuer in root_set:
            refused_algorithm = any(
                c.signature_algorithm_oid.dotted_string not in _WEBPKI_SIGNATURES for c in path[:-1]
            )
            if algorithm_only and refused_algorithm and all_verified and _path_sound(path, when):
                return [], tuple(path)
            break
        current = issuer
    values = {"reason": reason, **extra}
    untrusted = Finding(
        RuleId.CHAIN_UNTRUSTED,
        CATALOGUE[RuleId.CHAIN_UNTRUSTED].severity,
        subject_text(leaf),
        values,
    )
    return [untrusted], ()


def _dns_names(cert: x509.Certificate) -> tuple[str, ...]:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return ()
    return san_names(san)[0]
