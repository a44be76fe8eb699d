"""Renew a certificate: the one being replaced read back as answers, and what a new plan
changes against it, with the names it carries that the new answers keep only as extra
names (SAN-EXTRA: leftovers of an older topology, for the admin to decide).

``pic-wizard-cli renew`` and the wizard's *Renew from the current certificate* both call
``read_current`` then ``renewal``: the same certificate and answers give the same changes
and findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..rules.derive import topology_from_content
from ..rules.names import normalise
from ..rules.plan import CertificatePlan, make_plan
from ..rules.renewal import Change, compare, renewed_certificate
from ..values.content import Content
from ..values.errors import InputError
from ..values.findings import Finding, RuleId, Severity, finding
from ..values.policy import DEFAULT_POLICY, Policy, now
from ..values.record import frozen, replace
from ..values.topology import Organization, PicProvider, Topology
from .import_topology import EdgePool, ImportedTopology, import_pool

if TYPE_CHECKING:
    from cryptography import x509


@frozen
class CurrentCertificate:
    """The certificate being replaced, read once: its content, subject organization, and
    the answers read back from it."""

    file: str
    certificate: x509.Certificate
    content: Content
    organization: Organization
    answers: Topology  # what ``topology_from_content`` reads back

    @property
    def not_after(self) -> dt.datetime:
        return self.certificate.not_valid_after_utc


def current_certificate(
    certificates: Sequence[x509.Certificate], file: str, policy: Policy = DEFAULT_POLICY
) -> CurrentCertificate:
    """The Edge certificate among ``certificates`` (what ``file`` holds), read back.

    Its Client Authentication is read as AOL PIC only if it was issued while AOL PIC ran:
    public CAs added it by default until 2025, so a later certificate has it without AOL,
    and renewing it with AOL on would ask public CAs for what they no longer issue."""
    from ..x509.view import certificate_content, organization_of

    leaf = renewed_certificate(certificates, file)
    content = certificate_content(leaf)
    organization = organization_of(leaf.subject)
    aol_end = policy.pic_service_end.get(PicProvider.AOL)
    for_aol = aol_end is None or leaf.not_valid_before_utc < aol_end
    answers = topology_from_content(content, organization, client_auth_means_aol=for_aol)
    return CurrentCertificate(file, leaf, content, organization, answers)


def read_current(path: str, password: bytes | None) -> CurrentCertificate:
    """The certificate being replaced, from a file (PEM, DER, P7B or PFX); raises
    PicWizardError (``renew-not-certificate`` for a file of something else)."""
    from ..x509.loader import load_certificates

    try:
        certificates = load_certificates(path, password)
    except InputError as error:
        if error.code != "not-certificates":
            raise
        raise InputError("renew-not-certificate", **error.params) from None
    return current_certificate(certificates, path)


def from_topology(
    current: CurrentCertificate, imported: ImportedTopology, pool: EdgePool
) -> Topology:
    """The answers read back from ``current`` with what a topology says of ``pool``; the
    certificate's other names are dropped (the topology says which names are needed)."""
    return import_pool(imported, pool, replace(current.answers, extra_sans=()))


@frozen
class Renewal:
    current: CurrentCertificate
    plan: CertificatePlan  # of the new answers
    changes: tuple[Change, ...]
    # SAN-EXTRA: names of the current certificate nothing in the new answers explains,
    # kept only as extra names.
    leftovers: tuple[Finding, ...]

    @property
    def topology(self) -> Topology:
        return self.plan.topology

    @property
    def findings(self) -> tuple[Finding, ...]:
        return (*self.leftovers, *self.plan.findings)

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)


def leftovers(current: CurrentCertificate, topology: Topology) -> tuple[Finding, ...]:
    """SAN-EXTRA for each name of ``topology``'s extra names that only the current
    certificate explains (read back from it as an extra name): a leftover of an older
    topology, flagged for the admin to keep or remove."""
    old = {normalise(n) for n in current.answers.extra_sans}
    kept = dict.fromkeys(normalise(n) for n in topology.extra_sans if n.strip())
    return tuple(finding(RuleId.SAN_EXTRA, name) for name in kept if name in old)


def renewal(
    current: CurrentCertificate,
    topology: Topology | None = None,
    *,
    policy: Policy = DEFAULT_POLICY,
    at: dt.datetime | None = None,
) -> Renewal:
    """Renewing ``current`` with ``topology`` (by default the answers read back from it):
    the new plan, what it changes, and the leftovers."""
    topology = current.answers if topology is None else topology
    return renewal_with_plan(current, make_plan(topology, policy, at or now()))


def renewal_with_plan(current: CurrentCertificate, plan: CertificatePlan) -> Renewal:
    """Renewing ``current`` with a plan the caller has made already (the wizard's)."""
    changes = compare(current.content, plan, current.organization)
    return Renewal(current, plan, changes, leftovers(current, plan.topology))
