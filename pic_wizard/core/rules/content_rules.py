"""The rules that read the content of a plan, a request or a certificate.

One function serves the three, so a rule tested once holds for all of them.  Rules that
need the topology (which names are expected) are skipped without one, and said so.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from typing import TYPE_CHECKING

from ..values.content import CLIENT_AUTH, SERVER_AUTH, Content
from ..values.edge import Deployment, PicProvider
from ..values.findings import Finding, RuleId, Severity, finding
from ..values.i18n import N_
from ..values.policy import Policy
from ..values.record import frozen
from .names import judge

if TYPE_CHECKING:
    from ..values.topology import Topology
    from .expected import Expected, Reason

# Rules a certificate or a request can only be checked against when the topology (a
# profile) is known.  (DOMAIN-* and KEY-NOT-EXPORTABLE judge the answers themselves: plans.)
NEEDS_TOPOLOGY: tuple[RuleId, ...] = (
    RuleId.SUBJECT_NOT_ACCESS_EDGE,
    RuleId.SAN_ACCESS_EDGE_MISSING,
    RuleId.SAN_WEBCONF_MISSING,
    RuleId.SAN_SIP_DOMAIN_MISSING,
    RuleId.SAN_XMPP_MISSING,
    RuleId.SAN_AV_PRESENT,
    RuleId.SAN_EXTRA,
    RuleId.SAN_ORDER,
    RuleId.XMPP_UNSUPPORTED,
    RuleId.EKU_CLIENT_MISSING,
    RuleId.PIC_AOL_ENDED,
    RuleId.PIC_YAHOO_ENDED,
    RuleId.PRODUCT_EOL,
    RuleId.POOL_SAME_CERT,
)


@frozen
class RuleResult:
    """The content rules' findings, and the rules that could not be judged."""

    findings: tuple[Finding, ...]
    skipped: tuple[RuleId, ...]


def _name_findings(content: Content, policy: Policy) -> list[Finding]:
    found: list[Finding] = []
    written = content.kind != "plan"
    if content.common_name is not None:
        found.extend(
            _judge_written(content.common_name, N_("Params", "Subject name"), policy, written)
        )
    for name in content.dns_names:
        found.extend(
            _judge_written(name, N_("Params", "Subject alternative name"), policy, written)
        )
    for ip in content.ip_names:
        found.append(
            finding(RuleId.NAME_IP, ip, field=N_("Params", "Subject alternative name"), name=ip)
        )
    return found


def _judge_written(name: str, field: str, policy: Policy, written: bool) -> tuple[Finding, ...]:
    # In a request or a certificate a name is exactly what is written: a trailing dot
    # there is an error (admins' input is normalised instead).
    if written and name.endswith(".") and name.strip(".") and "*" not in name:
        reason = N_("Params", "it ends with a dot")
        return (finding(RuleId.NAME_SYNTAX, name, field=field, name=name, reason=reason),)
    return judge(name, field, policy).findings


@functools.cache
def _reason_type() -> type[Reason]:
    """``expected.Reason``, imported once it is needed (with the plan that made the
    expected names), then without an import statement's cost for every file."""
    from .expected import Reason

    return Reason


def _topology_san_findings(content: Content, against: Expected, names: list[str]) -> list[Finding]:
    """``names``: the content's DNS names, lower case, without a final dot."""
    reasons = _reason_type()
    edge = against.edge
    expected = against.sans
    present = set(names)
    cn = (content.common_name or "").lower().rstrip(".")
    found: list[Finding] = []
    if edge.access_edge and cn != edge.access_edge:
        shown = content.common_name or "(no subject name)"
        found.append(finding(RuleId.SUBJECT_NOT_ACCESS_EDGE, shown, expected=edge.access_edge))
    if edge.access_edge and edge.access_edge not in present:
        found.append(finding(RuleId.SAN_ACCESS_EDGE_MISSING, edge.access_edge))
    if edge.web_conferencing_edge and edge.web_conferencing_edge not in present:
        found.append(finding(RuleId.SAN_WEBCONF_MISSING, edge.web_conferencing_edge))
    for entry in expected:
        # A missing Access Edge name is already an error; do not warn again for its domain.
        if entry.name in present or entry.name == edge.access_edge:
            continue
        for reason in entry.reasons:
            if reason.reason is reasons.SIP_DOMAIN:
                found.append(
                    finding(RuleId.SAN_SIP_DOMAIN_MISSING, entry.name, domain=reason.domain)
                )
            elif reason.reason is reasons.XMPP_DOMAIN:
                found.append(finding(RuleId.SAN_XMPP_MISSING, entry.name))
    explained = against.name_set
    # The A/V name is legitimately present only when another service shares it (a
    # single-IP Edge), not because the admin listed it as an extra name.
    if edge.av_edge and edge.av_edge in present and edge.av_edge not in against.needed:
        found.append(finding(RuleId.SAN_AV_PRESENT, edge.av_edge))
    unique = dict.fromkeys(names)
    for name in unique:
        if name not in explained and name != edge.av_edge:
            found.append(finding(RuleId.SAN_EXTRA, name))
    # The expected names present must come in the expected order (others may be between).
    present_in_order = [n for n in against.names if n in present]
    if present_in_order != [n for n in unique if n in explained]:
        found.append(finding(RuleId.SAN_ORDER, "SAN", expected=", ".join(present_in_order)))
    return found


def client_auth_cutoffs_text(policy: Policy) -> str:
    """The public CAs and the day each stops issuing Client Authentication, as every text
    names them ("Let's Encrypt 2026-07-08, Sectigo 2027-02-10, …"): names and dates only,
    so the sentence around them can be in any language."""
    return ", ".join(
        f"{c.who} {c.date.date().isoformat()}" for c in policy.client_auth_cutoffs if not c.every_ca
    )


def client_auth_sunset(policy: Policy, at: dt.datetime) -> Finding | None:
    """EKU-CLIENT-SUNSET: a warning once a public CA no longer gives Client Authentication
    unless asked (then no longer at all), while some still issue it; an error from the day
    no public CA may issue it (Chrome Root Program policy)."""
    fading, ends = policy.client_auth_fading, policy.client_auth_ends
    if fading is None or at < fading:
        return None
    cutoffs = client_auth_cutoffs_text(policy)
    forbidden = ends.date().isoformat() if ends is not None else ""
    if ends is not None and at >= ends:
        problem = N_(
            "Params",
            "no public CA may issue it in a TLS certificate issued on or after {forbidden} "
            "(Chrome Root Program)",
        )
        severity = Severity.ERROR
    elif ends is not None and all(
        c.date <= at for c in policy.client_auth_cutoffs if not c.every_ca
    ):
        # Every CA named has stopped: asking for it no longer helps.
        problem = N_(
            "Params",
            "the public CAs named have stopped issuing it ({cutoffs}), and none may issue it "
            "from {forbidden} (Chrome Root Program). Expect a certificate without it",
        )
        severity = Severity.WARNING
    elif ends is not None:
        problem = N_(
            "Params",
            "public CAs are dropping it ({cutoffs}); none may issue it from {forbidden} "
            "(Chrome Root Program). Unless your order asks for it explicitly, expect it to be "
            "stripped",
        )
        severity = Severity.WARNING
    else:
        problem = N_(
            "Params",
            "public CAs are dropping it ({cutoffs}). Unless your order asks for it "
            "explicitly, expect it to be stripped",
        )
        severity = Severity.WARNING
    return finding(
        RuleId.EKU_CLIENT_SUNSET,
        "Client Authentication",
        severity=severity,
        problem=problem,
        cutoffs=cutoffs,
        forbidden=forbidden,
    )


def check_content(
    content: Content,
    against: Expected | None,
    policy: Policy,
    at: dt.datetime,
    *,
    judge_names: bool = True,
) -> RuleResult:
    """The rules of ``content``; those about the names a topology expects only with
    ``against`` (its names derived once, by the caller)."""
    topology = against.topology if against is not None else None
    found: list[Finding] = []
    what = content.what
    if judge_names:
        found.extend(_name_findings(content, policy))

    names = [n.lower().rstrip(".") for n in content.dns_names]
    cn = (content.common_name or "").lower().rstrip(".")
    if cn and cn not in names:
        found.append(finding(RuleId.SUBJECT_NOT_IN_SAN, content.common_name or cn))
    if content.common_name and len(content.common_name) > 64:
        length = str(len(content.common_name))
        found.append(finding(RuleId.SUBJECT_TOO_LONG, content.common_name, length=length))
    if len(set(names)) < len(names):  # most have none: no Counter to build
        for name, count in Counter(names).items():
            if count > 1:
                found.append(finding(RuleId.SAN_DUPLICATE, name, count=str(count)))
    limit = topology.san_limit if topology else policy.default_san_limit
    total = len(content.dns_names) + len(content.ip_names)
    if total > limit:
        found.append(finding(RuleId.SAN_LIMIT, "SAN", count=str(total), limit=str(limit)))

    ekus = content.extended_key_usages
    if ekus is None and content.kind == "certificate":
        # No EKU extension: a certificate is good for any purpose (RFC 5280, Windows).
        ekus = frozenset({"anyExtendedKeyUsage"})
    elif ekus is None:
        # A request without the extension asks for no usage: the CA's product decides
        # (every public TLS product gives Server Authentication; the Baseline Requirements
        # §7.1.2.7.10 require it), so only the issued certificate can say.  Client
        # Authentication, which public CAs no longer add unless asked, is not asked for.
        found.append(finding(RuleId.EKU_CA_DECIDES, "EKU", what=what))
        ekus = frozenset({SERVER_AUTH})
    if SERVER_AUTH not in ekus and "anyExtendedKeyUsage" not in ekus:
        found.append(finding(RuleId.EKU_SERVER_MISSING, "EKU", what=what))
    if (
        topology is not None
        and PicProvider.AOL in topology.pic_providers
        and CLIENT_AUTH not in ekus
        and "anyExtendedKeyUsage" not in ekus
    ):
        found.append(finding(RuleId.EKU_CLIENT_MISSING, "EKU", what=what))
    if content.kind in ("plan", "request") and CLIENT_AUTH in ekus:
        sunset = client_auth_sunset(policy, at)
        if sunset:
            found.append(sunset)

    key = content.key
    if key.algorithm == "rsa":
        if content.key_usages is not None:
            missing = [
                ku for ku in ("digitalSignature", "keyEncipherment") if ku not in content.key_usages
            ]
            if missing:
                found.append(finding(RuleId.KU_INCOMPLETE, "Key usage", missing=", ".join(missing)))
        if key.bits < 2048:
            found.append(finding(RuleId.KEY_RSA_SMALL, "Key", bits=str(key.bits)))
        elif key.bits not in (2048, 4096):
            found.append(finding(RuleId.KEY_RSA_UNLISTED, "Key", bits=str(key.bits)))
    elif key.algorithm == "ec":
        found.append(finding(RuleId.KEY_EC, "Key", curve=key.curve))

    sig = content.signature
    if sig is not None:
        if sig.pss:
            found.append(finding(RuleId.SIG_PSS, "Signature", what=what))
        elif sig.hash in ("md2", "md4", "md5"):
            found.append(
                finding(RuleId.SIG_WEAK, "Signature", what=what, algorithm=sig.hash.upper())
            )
        elif sig.hash == "sha1":
            found.append(finding(RuleId.SIG_SHA1, "Signature", what=what))

    if against is not None:
        found.extend(_topology_san_findings(content, against, names))
        skipped: tuple[RuleId, ...] = ()
    else:
        skipped = NEEDS_TOPOLOGY
    return RuleResult(tuple(found), skipped)


def topology_context_findings(topology: Topology, policy: Policy, at: dt.datetime) -> list[Finding]:
    """Findings about the topology itself, whatever the certificate carries."""
    found: list[Finding] = []
    if topology.xmpp_federation and not topology.product.has_xmpp:  # 2019 and SE
        found.append(
            finding(
                RuleId.XMPP_UNSUPPORTED, "XMPP federation", product=topology.product.display_name
            )
        )
    for provider, rule in (
        (PicProvider.AOL, RuleId.PIC_AOL_ENDED),
        (PicProvider.YAHOO, RuleId.PIC_YAHOO_ENDED),
    ):
        end = policy.pic_service_end.get(provider)
        if provider in topology.pic_providers and end is not None and at >= end:
            found.append(finding(rule, provider.name, date=end.date().isoformat()))
    eol = policy.product_eol.get(topology.product)
    if eol is not None and at >= eol:
        found.append(
            finding(
                RuleId.PRODUCT_EOL,
                topology.product.display_name,
                product=topology.product.display_name,
                date=eol.date().isoformat(),
            )
        )
    if topology.deployment is not Deployment.SINGLE:
        found.append(
            finding(RuleId.POOL_SAME_CERT, "Edge pool", servers=str(topology.server_count))
        )
    return found


def severity_counts(findings: tuple[Finding, ...] | list[Finding]) -> dict[Severity, int]:
    counts = dict.fromkeys(Severity, 0)
    for f in findings:
        counts[f.severity] += 1
    return counts
