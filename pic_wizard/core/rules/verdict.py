"""The verdict on an issued certificate (with its chain, key and request) or on a request:
the content rules, the validity dates, the chain (``x509.chain``), the key and the
request it answers.

The verifier knows nothing of Lync: the Edge rules are ours (``content_rules``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from cryptography import x509

from ..values.content import CLIENT_AUTH, Content
from ..values.errors import InputError
from ..values.findings import Finding, RuleId, Verdict, finding, sort_findings, verdict_of
from ..values.i18n import N_
from ..values.policy import DEFAULT_POLICY, Policy, now
from ..values.record import field, frozen, replace
from ..x509.chain import (
    StoreCache,
    chain_findings,
    edge_certificate,
    in_chain_order,
    is_self_signed,
    pick_leaf,
    public_roots,
    verify_by_hand,
)
from ..x509.view import (
    CertificateDetails,
    RequestDetails,
    certificate_details,
    certificate_reading,
    issuer_text,
    request_content,
    request_details,
    same_key_bytes,
    subject_text,
)
from .content_rules import check_content, topology_context_findings
from .lifetime import RemainingLifetime, remaining_lifetime

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.types import (
        PrivateKeyTypes,
    )

    from ..values.topology import Topology
    from ..x509.loader import Loaded
    from .expected import Expected
    from .plan import CertificatePlan


@frozen
class CheckOptions:
    topology: Topology | None = None
    roots: Sequence[x509.Certificate] | None = None  # None: the public roots (certifi)
    chain: Sequence[x509.Certificate] = ()
    key: PrivateKeyTypes | None = None
    request: x509.CertificateSigningRequest | None = None
    at: dt.datetime | None = None
    policy: Policy = DEFAULT_POLICY
    # The trust store (and its policy) built from ``roots`` once for this run (_trust_store).
    store_cache: StoreCache = field(default_factory=dict, compare=False, hash=False, repr=False)
    # The plan of ``topology``, derived once for the run: every file is judged against its
    # expected names, and every result carries it.
    plan: CertificatePlan | None = field(init=False, compare=False, repr=False)
    # The findings about the topology itself at ``at``, the same for every file of the run
    # (None: no topology, or no moment fixed for the run).
    context_findings: tuple[Finding, ...] | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        plan = None
        context = None
        if self.topology is not None:
            from .plan import make_plan  # a check without answers does without plans

            plan = make_plan(self.topology, self.policy, self.at or now())
            if self.at is not None:
                context = tuple(topology_context_findings(self.topology, self.policy, self.at))
        object.__setattr__(self, "plan", plan)
        object.__setattr__(self, "context_findings", context)

    @property
    def expected(self) -> Expected | None:
        return self.plan.expected if self.plan is not None else None


@frozen
class CheckResult:
    file: str
    kind: Literal["certificate", "csr"]
    findings: tuple[Finding, ...]
    skipped: tuple[RuleId, ...]
    # What was compared with the rules, read once from the certificate or the request.
    content: Content
    details: CertificateDetails | RequestDetails
    # The plan the file was judged against (a profile's, or the wizard's answers'); None
    # without one (the rules in ``skipped`` were not applied).
    plan: CertificatePlan | None = None
    certificate: x509.Certificate | None = None
    request: x509.CertificateSigningRequest | None = None
    # The path found, leaf first, and the subject of each, as Windows shows it; empty
    # when none was found.
    path: tuple[x509.Certificate, ...] = ()
    path_subjects: tuple[str, ...] = ()
    # A certificate's days left at the check time, and the day to renew it by.
    lifetime: RemainingLifetime | None = None

    @property
    def verdict(self) -> Verdict:
        return verdict_of(self.findings)


def _validity_findings(
    cert: x509.Certificate, at: dt.datetime, policy: Policy, left: RemainingLifetime
) -> list[Finding]:
    found: list[Finding] = []
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    if at < start:
        found.append(finding(RuleId.CERT_NOT_YET_VALID, "Validity", not_before=_day(start)))
    elif at > end:
        found.append(finding(RuleId.CERT_EXPIRED, "Validity", not_after=_day(end)))
    elif left.days_left < policy.expiring_days:
        found.append(
            finding(RuleId.CERT_EXPIRING, "Validity", not_after=_day(end), days=str(left.days_left))
        )
    # Baseline Requirements count both ends: notAfter - notBefore + 1 second.
    seconds = (end - start).total_seconds() + 1
    limit = policy.max_validity_days(start)
    if seconds > limit * 86400:
        found.append(
            finding(
                RuleId.CERT_VALIDITY_OVER_MAX,
                "Validity",
                days=str(math.ceil(seconds / 86400)),
                max_days=str(limit),
                not_before=_day(start),
            )
        )
    return found


def _day(moment: dt.datetime) -> str:
    return moment.date().isoformat()


def _key_mismatch(other: str) -> Finding:
    """KEY-MISMATCH: the certificate's public key is not the one of ``other``."""
    return finding(RuleId.KEY_MISMATCH, "Key", what=N_("Params", "certificate"), other=other)


def _request_findings(
    issued: Content, leaf_key: bytes, csr: x509.CertificateSigningRequest
) -> list[Finding]:
    """``issued``: the certificate's content; ``leaf_key``: its public key's bytes."""
    found: list[Finding] = []
    asked = request_content(csr)
    if leaf_key != same_key_bytes(csr.public_key()):
        found.append(_key_mismatch(N_("Params", "request")))
    asked_ekus = asked.extended_key_usages or frozenset()
    # A certificate without the extension is good for any purpose (RFC 5280 4.2.1.12):
    # nothing was dropped, as EKU-CLIENT-MISSING judges it too.
    issued_ekus = issued.extended_key_usages
    if (
        CLIENT_AUTH in asked_ekus
        and issued_ekus is not None
        and CLIENT_AUTH not in issued_ekus
        and "anyExtendedKeyUsage" not in issued_ekus
    ):
        found.append(finding(RuleId.EKU_CLIENT_DROPPED, "EKU"))
    issued_names = {n.lower() for n in issued.dns_names}
    asked_names = {n.lower() for n in asked.dns_names}
    for name in asked.dns_names:
        if name.lower() not in issued_names:
            found.append(finding(RuleId.REQUEST_NAME_DROPPED, name.lower()))
    for name in issued.dns_names:
        if name.lower() not in asked_names:
            found.append(finding(RuleId.REQUEST_NAME_ADDED, name.lower()))
    asked_cn = (asked.common_name or "").lower()
    issued_cn = (issued.common_name or "").lower()
    if asked_cn and asked_cn != issued_cn:
        found.append(
            finding(RuleId.REQUEST_SUBJECT_CHANGED, issued_cn or "(none)", requested=asked_cn)
        )
    return found


def _content_findings(
    content: Content, options: CheckOptions, at: dt.datetime
) -> tuple[list[Finding], tuple[RuleId, ...]]:
    """The rules every kind shares, and those about the profile's topology itself."""
    result = check_content(content, options.expected, options.policy, at)
    found = list(result.findings)
    if options.context_findings is not None and at == options.at:
        found.extend(options.context_findings)
    elif options.topology is not None:
        found.extend(topology_context_findings(options.topology, options.policy, at))
    return found, result.skipped


def check_certificate(
    certs: Sequence[x509.Certificate],
    file: str,
    options: CheckOptions,
    file_keys: Sequence[PrivateKeyTypes] = (),
    leaf: x509.Certificate | None = None,
) -> CheckResult:
    """``certs`` (a file's certificates) judged; ``leaf`` is the Edge certificate among
    them when the caller has picked it already (it is picked once)."""
    at = options.at or now()
    policy = options.policy
    leaf = leaf if leaf is not None else pick_leaf(certs)
    leaf_key = leaf.public_key()  # loaded once: cryptography loads it at every call
    # The content, and whether the leaf names a CRL distribution point and is a CA
    # certificate, read in one pass over its extensions.
    content, has_cdp, leaf_is_ca = certificate_reading(leaf, leaf_key)
    found, skipped = _content_findings(content, options, at)
    left = remaining_lifetime(leaf.not_valid_after_utc, policy, at)
    found.extend(_validity_findings(leaf, at, policy, left))

    if not has_cdp:
        found.append(finding(RuleId.CERT_NO_CDP, "CRL distribution point"))
    if leaf_is_ca:
        found.append(finding(RuleId.CERT_IS_CA, content.common_name or "Certificate"))

    path: tuple[x509.Certificate, ...] = ()
    if is_self_signed(leaf):
        found.append(finding(RuleId.CERT_SELF_SIGNED, subject_text(leaf)))
    else:
        # The file's other certificates (none when it holds the leaf alone, as most do:
        # then no certificate is compared).
        others = [c for c in certs if c != leaf] if len(certs) > 1 else []
        intermediates = others + list(options.chain)
        roots = options.roots if options.roots is not None else public_roots()
        chain_found, path = chain_findings(leaf, intermediates, roots, at, options.store_cache)
        found.extend(chain_found)
    if len(certs) > 1 and not in_chain_order(certs, leaf):
        found.append(
            finding(
                RuleId.CHAIN_ORDER,
                file,
                certificates=N_("Params", "The certificates in the file"),
                order_fix=N_("Params", "Nothing to do; pic-wizard writes exports in order."),
            )
        )

    subject = subject_text(leaf)
    keys = list(file_keys) + ([options.key] if options.key is not None else [])
    # Encoded only to be compared (most files come without a key or a request).
    leaf_key_bytes = same_key_bytes(leaf_key) if keys or options.request is not None else b""
    for key in keys:
        if same_key_bytes(key.public_key()) != leaf_key_bytes:
            found.append(_key_mismatch(N_("Params", "private key")))
    if options.request is not None:
        found.extend(_request_findings(content, leaf_key_bytes, options.request))
    return CheckResult(
        file=file,
        kind="certificate",
        findings=tuple(sort_findings(found)),
        skipped=skipped,
        content=content,
        details=certificate_details(leaf, content, subject, issuer_text(leaf)),
        plan=options.plan,
        certificate=leaf,
        path=path,
        # The path begins with the leaf, whose subject is shown already.
        path_subjects=(subject, *[subject_text(c) for c in path[1:]]) if path else (),
        lifetime=left,
    )


def check_request(
    csr: x509.CertificateSigningRequest, file: str, options: CheckOptions
) -> CheckResult:
    at = options.at or now()
    content = request_content(csr)
    found, skipped = _content_findings(content, options, at)
    if not request_signature_ok(csr):
        found.append(finding(RuleId.CSR_SIGNATURE_INVALID, "Signature"))
    if options.key is not None and same_key_bytes(options.key.public_key()) != same_key_bytes(
        csr.public_key()
    ):
        found.append(
            finding(
                RuleId.KEY_MISMATCH,
                "Key",
                what=N_("Params", "request"),
                other=N_("Params", "private key"),
            )
        )
    return CheckResult(
        file=file,
        kind="csr",
        findings=tuple(sort_findings(found)),
        skipped=skipped,
        content=content,
        details=request_details(csr, content),
        plan=options.plan,
        request=csr,
    )


def request_signature_ok(csr: x509.CertificateSigningRequest) -> bool:
    """The request's self-signature; SHA-1 ones (certreq on Windows Server 2008 R2 and
    2012 R2) are verified by hand, as cryptography declines them."""
    return csr.is_signature_valid or verify_by_hand(csr, csr.public_key()) is True


def check_loaded(loaded: Loaded, options: CheckOptions) -> CheckResult:
    if loaded.certificates:
        leaf = edge_certificate(loaded.certificates, loaded.path)  # not a chain or a root alone
        result = check_certificate(
            loaded.certificates, loaded.path, options, loaded.private_keys, leaf=leaf
        )
        if loaded.format == "PKCS#12" and not loaded.private_keys:
            found = (*result.findings, finding(RuleId.PFX_NO_KEY, loaded.path))
            return replace(result, findings=tuple(sort_findings(found)))
        return result
    if loaded.requests:
        return check_request(loaded.requests[0], loaded.path, options)
    raise InputError("key-only", file=loaded.path)
