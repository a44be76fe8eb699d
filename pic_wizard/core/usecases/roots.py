"""Check an Edge Server's Trusted Root Certification Authorities store, from its export
(``Export-Certificate -Type P7B`` or ``SST`` of ``Cert:\\LocalMachine\\Root``; PEM or DER
too), and, with the Edge's own certificate, that the root it chains to is there.

The wizard's roots pages and ``pic-wizard-cli roots`` both call ``check_roots``: the same
inputs always give the same result."""

from __future__ import annotations

import datetime as dt

from ..rules.roots import (
    StoreCertificate,
    edge_root_findings,
    fingerprint,
    store_findings,
    thumbprint,
)
from ..values.errors import InputError
from ..values.findings import Finding, Verdict, sort_findings, verdict_of, worst
from ..values.policy import DEFAULT_POLICY, Policy, now
from ..values.record import frozen, replace
from ..x509.chain import edge_certificate, is_ca, is_self_signed
from ..x509.loader import load_certificates, load_store
from ..x509.view import issuer_text, subject_text


@frozen
class RootsInputs:
    """Everything a roots check depends on."""

    files: tuple[str, ...] = ()  # the store's exports, together one store
    certificate_file: str = ""  # the Edge's certificate (a certificate, chain or PFX)
    password: bytes | None = None  # opens a PFX among the inputs
    at: dt.datetime | None = None  # None: now
    policy: Policy = DEFAULT_POLICY


@frozen
class RootsResult:
    files: tuple[str, ...]
    at: dt.datetime
    findings: tuple[Finding, ...]
    # Every certificate of the store, worst first (errors, warnings, notes, then those
    # nothing was found about), in the store's order within each: the order both the
    # wizard and the command line list them in.
    certificates: tuple[StoreCertificate, ...]
    # The Edge's certificate (its subject) and the path to its root, leaf first; empty
    # without --certificate, or when no path was found.
    edge_certificate: str = ""
    edge_path: tuple[str, ...] = ()

    @property
    def verdict(self) -> Verdict:
        return verdict_of(self.findings)


def check_roots(inputs: RootsInputs) -> RootsResult:
    """The store's findings and certificates (raises PicWizardError for a file that
    cannot be read)."""
    files = tuple(f for f in inputs.files if f)
    if not files:
        raise InputError("roots-no-store")
    at = inputs.at or now()
    store = []
    sources = []
    for path in files:
        for cert in load_store(path, inputs.password):
            store.append(cert)
            sources.append(path)
    findings = store_findings(store, at, inputs.policy)
    edge_subject = ""
    edge_path: tuple[str, ...] = ()
    if inputs.certificate_file:
        held = load_certificates(inputs.certificate_file, inputs.password)
        leaf = edge_certificate(held, inputs.certificate_file)
        edge = edge_root_findings(leaf, [c for c in held if c != leaf], store, at)
        findings += edge.findings
        edge_subject = subject_text(leaf)
        edge_path = tuple(subject_text(c) for c in edge.path)
    ordered = tuple(sort_findings(findings))
    listed = []
    for cert, source in zip(store, sources, strict=True):
        sha1 = thumbprint(cert)
        about = [
            f
            for f in ordered
            if f.params.get("thumbprint") == sha1 and f.subject == subject_text(cert)
        ]
        problems = tuple(dict.fromkeys(f.rule for f in about))
        listed.append(
            StoreCertificate(
                subject=subject_text(cert),
                issuer=issuer_text(cert),
                not_before=cert.not_valid_before_utc,
                not_after=cert.not_valid_after_utc,
                thumbprint_sha1=sha1,
                fingerprint_sha256=fingerprint(cert),
                self_signed=is_self_signed(cert),
                is_ca=is_ca(cert),
                file=source,
                problems=problems,
                worst=worst(about),
            )
        )
    # What needs doing first, then the store's own order (sorted is stable).
    listed.sort(key=lambda c: c.worst.rank if c.worst is not None else 3)
    return RootsResult(
        files=files,
        at=at,
        findings=ordered,
        certificates=tuple(listed),
        edge_certificate=edge_subject,
        edge_path=edge_path,
    )


def files_now(inputs: RootsInputs) -> tuple[tuple[str, tuple[int, int] | None], ...]:
    """What every file the check reads is on disk now (size and modification time, None:
    absent): a result is stale once one of them changed, even under the same name (the
    store exported again after it was tidied)."""
    import os

    states: list[tuple[str, tuple[int, int] | None]] = []
    for path in (*inputs.files, inputs.certificate_file):
        if not path:
            continue
        try:
            seen = os.stat(path)
        except (OSError, ValueError):
            states.append((path, None))
        else:
            states.append((path, (seen.st_size, seen.st_mtime_ns)))
    return tuple(states)


def with_files_shown(result: RootsResult, shown: dict[str, str]) -> RootsResult:
    """``result`` with its file names replaced as a front end shows them."""
    return replace(
        result,
        files=tuple(shown.get(f, f) for f in result.files),
        certificates=tuple(replace(c, file=shown.get(c.file, c.file)) for c in result.certificates),
    )
