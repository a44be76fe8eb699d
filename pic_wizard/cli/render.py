"""The one place where findings, errors and untrusted text become terminal text or JSON,
in the language chosen for the run.

Certificate contents, file names and anything else read from outside are made harmless
(``core.values.untrusted``) here before they reach a terminal or a JSON line.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from ..core.values.content import eku_text, ku_text
from ..core.values.errors import PicWizardError
from ..core.values.i18n import Catalogue
from ..core.values.untrusted import (
    dumps,
    json_string,
    json_visible,
    visible,
    visible_error,
    visible_finding,
    visible_path,
)

if TYPE_CHECKING:
    from ..core.rules.plan import CertificatePlan
    from ..core.rules.probe import EndpointResult
    from ..core.rules.verdict import CheckResult
    from ..core.usecases.roots import RootsResult
    from ..core.values.findings import Finding
    from ..core.x509.view import CertificateDetails, RequestDetails

# The language of messages: set by main() from --lang or the environment.
LANGUAGE = Catalogue()


def set_language(catalogue: Catalogue) -> None:
    """Speak ``catalogue``'s language from now on."""
    global LANGUAGE
    LANGUAGE = catalogue


def language() -> Catalogue:
    """The catalogue of the run's language."""
    return LANGUAGE


def error_line(error: PicWizardError, *, with_fix: bool = True) -> str:
    """``pic-wizard-cli: error: …`` and, indented below, what to do."""
    line = _t("pic-wizard-cli: error: {message}").format(message=error_text(error))
    return f"{line}\n  {error_fix(error)}\n" if with_fix else line + "\n"


def _t(text: str) -> str:
    """The command line's own words in the chosen language ("CLI" in the .ts)."""
    return LANGUAGE.translate("CLI", text)


def _tn(text: str, n: int) -> str:
    """The command line's words with a count ``%n``, in the chosen language's plural."""
    return LANGUAGE.plural("CLI", text, n)


def usage_words() -> Any:
    """Usage names in the chosen language."""
    return LANGUAGE.context("Usage")


def finding_message(f: Finding) -> str:
    from ..core.values.findings import render_message

    # The values are made harmless before they fill the template (which keeps its newlines).
    return render_message(
        visible_finding(f), LANGUAGE.context("Catalogue"), LANGUAGE.context("Params")
    )


def finding_fix(f: Finding) -> str:
    from ..core.values.findings import render_fix

    return render_fix(visible_finding(f), LANGUAGE.context("Catalogue"), LANGUAGE.context("Params"))


def error_text(error: PicWizardError) -> str:
    return visible_error(error).message(LANGUAGE.context("Errors"), LANGUAGE.context("Params"))


def error_fix(error: PicWizardError) -> str:
    return visible_error(error).fix(LANGUAGE.context("Errors"))


def finding_json(f: Finding) -> dict[str, Any]:

    return {
        "rule": f.rule.value,
        "severity": f.severity.value,
        "subject": f.subject,
        "message": finding_message(f),
        "fix": finding_fix(f),
        "params": dict(f.params),
    }


def counts(findings: Sequence[Finding]) -> str:
    from ..core.rules.content_rules import severity_counts

    c = {k.value: v for k, v in severity_counts(list(findings)).items()}
    return ", ".join(
        (
            _tn("%n error(s)", c["error"]),
            _tn("%n warning(s)", c["warning"]),
            _tn("%n note(s)", c["info"]),
        )
    )


def write_findings(out: TextIO, findings: Sequence[Finding]) -> None:
    label = {"error": _t("ERROR"), "warning": _t("WARNING"), "info": _t("NOTE")}
    fix = _t("Fix:")
    width = max(8, *(len(word) + 1 for word in label.values()))
    indent = " " * (2 + width)
    for f in findings:
        out.write(f"  {label[f.severity.value]:<{width}}{f.rule.value}\n")
        out.write(f"{indent}{finding_message(f)}\n")
        out.write(f"{indent}{fix} {finding_fix(f)}\n")


def plan_json(plan: CertificatePlan) -> dict[str, Any]:
    org = plan.organization
    return {
        "subject": {
            "common_name": plan.subject_name,
            "organization": org.organization,
            "organizational_unit": org.organizational_unit,
            "locality": org.locality,
            "state": org.state,
            "country": org.country,
        },
        "subject_alternative_names": [
            {"name": e.name, "reasons": [r.text(LANGUAGE.context("Reasons")) for r in e.reasons]}
            for e in plan.sans
        ],
        "extended_key_usages": list(plan.extended_key_usages),
        "key_usages": list(plan.key_usages),
        "key": {
            "algorithm": plan.key.algorithm.value,
            "size": plan.key.rsa_bits if plan.key.algorithm.value == "rsa" else None,
            "curve": plan.key.curve if plan.key.algorithm.value == "ec" else None,
            "exportable": plan.key.exportable,
            "signature": "sha256WithRSAEncryption"
            if plan.key.algorithm.value == "rsa"
            else "ecdsa-with-SHA256",
        },
        "friendly_name": plan.topology.friendly_name,
        # The longest certificate a public CA may issue on the plan's day, and its renewal.
        "max_validity_days": plan.lifetime.max_days,
        "latest_expiry": plan.lifetime.latest_expiry.isoformat(),
        "renew_by": plan.lifetime.renew_by.isoformat(),
        "renewal_max_validity_days": plan.lifetime.renewal_max_days,
        "findings": [finding_json(f) for f in plan.findings],
    }


def write_plan(out: TextIO, plan: CertificatePlan) -> None:
    t = plan.topology
    deployment = {
        "single": _t("a single Edge Server"),
        "dns-pool": _t("an Edge pool of {n} servers (DNS load balancing)"),
        "hlb-pool": _t("an Edge pool of {n} servers (hardware load balancing)"),
    }[t.deployment.value].format(n=t.server_count)
    out.write(
        _t("External Edge certificate for {product}, {deployment}").format(
            product=t.product.display_name, deployment=deployment
        )
        + "\n\n"
    )
    out.write(f"{_t('Subject')}\n  {visible(plan.subject_text)}\n\n")
    out.write(_t("Subject alternative names, in this order") + "\n")
    reasons = LANGUAGE.context("Reasons")
    for i, entry in enumerate(plan.sans, 1):
        out.write(f"  {i}. {visible(entry.name)}\n")
        for reason in entry.reasons:
            out.write(f"       - {visible(reason.text(reasons))}\n")
    out.write("\n" + _t("Enhanced key usage") + "\n")
    for eku in plan.extended_key_usages:
        out.write(f"  {visible(eku_text(eku, usage_words(), oid=True))}\n")
    usages = ", ".join(ku_text(k, usage_words()) for k in plan.key_usages)
    out.write(f"\n{_t('Key usage')}\n  {usages}\n")
    exportable = _t("exportable") if plan.key.exportable else _t("NOT exportable")
    out.write(
        f"\n{_t('Key')}\n  "
        + _t("{key}, {exportable}; signed with SHA-256").format(
            key=plan.key.description, exportable=exportable
        )
        + "\n"
    )
    lifetime = plan.lifetime.text(LANGUAGE.context("Lifetime"))
    out.write(f"\n{_t('Validity and renewal')}\n{_wrapped(lifetime)}\n")
    out.write("\n" + _t("Findings: {counts}").format(counts=counts(plan.findings)) + "\n")
    write_findings(out, plan.findings)


def _wrapped(text: str, indent: str = "  ") -> str:
    """A paragraph of pic-wizard's own words, indented, lines under 80 columns."""
    import textwrap

    return textwrap.fill(
        text, width=88, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    )


def details_json(details: CertificateDetails | RequestDetails) -> dict[str, Any]:
    """A check's details as ``check --json`` has always written them."""
    from ..core.x509.view import CertificateDetails

    data: dict[str, Any] = {"subject": details.subject}
    if isinstance(details, CertificateDetails):
        data["issuer"] = details.issuer
        data["serial_number"] = details.serial_number
        data["not_before"] = details.not_before.isoformat()
        data["not_after"] = details.not_after.isoformat()
    data["subject_alternative_names"] = list(details.subject_alternative_names)
    data["extended_key_usages"] = list(details.extended_key_usages)
    data["key"] = details.key
    if isinstance(details, CertificateDetails):
        data["thumbprint_sha1"] = details.thumbprint_sha1
        data["fingerprint_sha256"] = details.fingerprint_sha256
    return data


def check_json(result: CheckResult) -> dict[str, Any]:
    return _check_dict(result, [finding_json(f) for f in result.findings])


def _check_dict(result: CheckResult, findings: list[dict[str, Any]] | None) -> dict[str, Any]:
    details = details_json(result.details)
    if result.lifetime is not None:
        # Whole days left at the check time (negative once expired), and the day to renew by.
        details["days_left"] = result.lifetime.days_left
        details["renew_by"] = result.lifetime.renew_by.isoformat()
    return {
        "file": result.file,
        "kind": result.kind,
        "verdict": result.verdict,
        "findings": findings,
        "skipped_rules": [r.value for r in result.skipped],
        "details": details,
        "chain": list(result.path_subjects),
        "error": None,
    }


# The JSON of each finding, by catalogue (language): the same few (a profile's PRODUCT-EOL, a
# certificate's usual warnings) are written for thousands of files.  Bounded.
_FINDING_JSON: dict[tuple[Catalogue, Finding], str] = {}
_FINDING_JSON_MAX = 4096


@functools.cache
def _certificate_details_type() -> type[CertificateDetails]:
    """``view.CertificateDetails``, imported when first needed (the view brings in
    cryptography, which --help does without), then without an import statement's cost
    for every file of an audit."""
    from ..core.x509.view import CertificateDetails

    return CertificateDetails


def check_json_text(result: CheckResult, verdict: str | None = None) -> str:
    """``dumps(check_json(result))``, byte for byte: written part by part as json.dumps
    writes a dict ("{" key ": " value, joined by ", ", then "}") and a list ("[" items
    joined by ", " "]"), each finding's JSON made once, the keys and other constant parts
    never encoded; each text is encoded by json's own string encoder, and the two parts
    around the findings made harmless as ``dumps`` makes a whole document.  ``verdict``:
    ``result.verdict``, when the caller has it."""
    text = json_string()
    certificate = _certificate_details_type()
    d = result.details
    head = (
        f'{{"file": {text(result.file)}, "kind": {text(result.kind)}, '
        f'"verdict": {text(verdict or result.verdict)}, "findings": ['
    )
    findings = ", ".join([_finding_json_text(f) for f in result.findings])
    # check_json's other keys, in its order (details_json's, then the lifetime's).
    parts = [
        '], "skipped_rules": [',
        ", ".join([text(r.value) for r in result.skipped]),
        '], "details": {"subject": ',
        text(d.subject),
    ]
    if isinstance(d, certificate):
        parts += (
            ', "issuer": ', text(d.issuer),
            ', "serial_number": ', text(d.serial_number),
            ', "not_before": ', text(d.not_before.isoformat()),
            ', "not_after": ', text(d.not_after.isoformat()),
        )  # fmt: skip
    parts += (
        ', "subject_alternative_names": [',
        ", ".join([text(n) for n in d.subject_alternative_names]),
        '], "extended_key_usages": [',
        ", ".join([text(e) for e in d.extended_key_usages]),
        '], "key": ',
        text(d.key),
    )
    if isinstance(d, certificate):
        parts += (
            ', "thumbprint_sha1": ', text(d.thumbprint_sha1),
            ', "fingerprint_sha256": ', text(d.fingerprint_sha256),
        )  # fmt: skip
    if result.lifetime is not None:
        parts += (
            ', "days_left": ', str(result.lifetime.days_left),
            ', "renew_by": ', text(result.lifetime.renew_by.isoformat()),
        )  # fmt: skip
    parts += (
        '}, "chain": [',
        ", ".join([text(s) for s in result.path_subjects]),
        '], "error": null}',
    )
    return json_visible(head) + findings + json_visible("".join(parts))


def _finding_json_text(f: Finding) -> str:
    key = (LANGUAGE, f)
    text = _FINDING_JSON.get(key)
    if text is None:
        if len(_FINDING_JSON) >= _FINDING_JSON_MAX:
            _FINDING_JSON.clear()
        text = _FINDING_JSON[key] = dumps(finding_json(f))
    return text


def error_json(file: str, error: PicWizardError) -> dict[str, Any]:
    return {
        "file": file,
        "kind": "error",
        "verdict": "error",
        "findings": [],
        "error": error_text(error),
        "fix": error_fix(error),
        "error_code": error.code,
    }


def _eku_words(ekus: Sequence[str]) -> str:
    names = [visible(eku_text(e, usage_words())) for e in ekus]
    return ", ".join(names) if names else _t("(none)")


def write_check(out: TextIO, result: CheckResult, *, header: bool = True) -> None:
    """A check's verdict line (unless ``header`` is false: probe writes its own), details
    and findings."""
    from ..core.x509.view import CertificateDetails

    what = {"certificate": _t("certificate"), "csr": _t("certificate request")}[result.kind]
    if header:
        out.write(
            _t("{file}: {what}: {verdict} ({counts})").format(
                file=visible_path(result.file),
                what=what,
                verdict=verdict_word(result.verdict),
                counts=counts(result.findings),
            )
            + "\n"
        )
    d = result.details
    sans = [visible(n) for n in d.subject_alternative_names]
    rows: list[tuple[str, str]] = [(_t("Subject:"), visible(d.subject))]
    if isinstance(d, CertificateDetails):
        start, end = d.not_before, d.not_after
        rows.append((_t("Issuer:"), visible(d.issuer)))
        rows.append(
            (
                _t("Valid:"),
                _t("{start} to {end} UTC").format(
                    start=f"{start:%Y-%m-%d %H:%M}", end=f"{end:%Y-%m-%d %H:%M}"
                ),
            )
        )
    if result.lifetime is not None:
        rows.append((_t("Renewal:"), result.lifetime.text(LANGUAGE.context("Lifetime"))))
    rows.append((_t("SAN:"), ", ".join(sans) if sans else _t("(none)")))
    rows.append((_t("EKU:"), _eku_words(d.extended_key_usages)))
    rows.append((_t("Key:"), visible(d.key)))
    if isinstance(d, CertificateDetails):
        rows.append(
            (
                _t("Thumbprint:"),
                _t("{thumbprint} (SHA-1, as Windows shows it)").format(
                    thumbprint=visible(d.thumbprint_sha1)
                ),
            )
        )
    if result.path_subjects:
        chain = "\n              ".join(visible(s) for s in result.path_subjects)
        rows.append((_t("Chain:"), chain))
    for label, value in rows:
        out.write(f"  {label:<11} {value}\n")
    write_findings(out, result.findings)
    if result.skipped:
        out.write(
            "  "
            + _t("Not checked without --profile: {rules}").format(
                rules=", ".join(r.value for r in result.skipped)
            )
            + "\n"
        )
    out.write("\n")


def verdict_word(verdict: str) -> str:
    return {
        "pass": _t("READY"),
        "warn": _t("READY, with warnings to read"),
        "fail": _t("NOT READY"),
    }[verdict]


def write_notes(out: TextIO, notes: Sequence[tuple[str, dict[str, str]]]) -> None:
    for template, values in notes:
        text = LANGUAGE.translate("Written", template)
        out.write(text.format(**{k: visible_path(v) for k, v in values.items()}) + "\n")


def shell_word(path: str) -> str:
    """A path as the admin can paste it into their shell (quoted when it holds a space or
    a quote), shown harmlessly."""
    if os.name == "nt":  # cmd.exe and PowerShell both take a double-quoted path
        return f'"{visible_path(path)}"' if re.search(r"[\s'&;()]", path) else visible_path(path)
    import shlex

    return shlex.quote(visible_path(path))


def printable(path: str) -> str:
    # A file name that is not valid UTF-8 (os.fsdecode's surrogates) must not break output.
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def input_error_text(shown: str, error: PicWizardError, as_json: bool) -> str:
    """What check prints for an input it cannot check (a file, or a folder's problem)."""
    if as_json:
        return dumps(error_json(shown, error)) + "\n"
    line = _t("{file}: cannot be checked: {message}").format(
        file=visible_path(shown), message=error_text(error)
    )
    return f"{line}\n  {error_fix(error)}\n\n"


# ---------------------------------------------------------------------- roots


def roots_json(result: RootsResult) -> dict[str, Any]:
    """``roots --json``: the store's verdict, findings and certificates."""
    return {
        "files": list(result.files),
        "at": result.at.isoformat(),
        "verdict": result.verdict,
        "findings": [finding_json(f) for f in result.findings],
        "certificates": [
            {
                "subject": c.subject,
                "issuer": c.issuer,
                "not_before": c.not_before.isoformat(),
                "not_after": c.not_after.isoformat(),
                "thumbprint_sha1": c.thumbprint_sha1,
                "fingerprint_sha256": c.fingerprint_sha256,
                "self_signed": c.self_signed,
                "is_ca": c.is_ca,
                "file": c.file,
                "problems": [r.value for r in c.problems],
                "worst": c.worst.value if c.worst is not None else None,
            }
            for c in result.certificates
        ],
        "edge_certificate": result.edge_certificate or None,
        "edge_chain": list(result.edge_path),
        "error": None,
    }


def roots_error_json(files: Sequence[str], error: PicWizardError) -> dict[str, Any]:
    return {
        "files": list(files),
        "verdict": "error",
        "findings": [],
        "certificates": [],
        "error": error_text(error),
        "fix": error_fix(error),
        "error_code": error.code,
    }


def write_roots(out: TextIO, result: RootsResult) -> None:
    verdict = {
        "pass": _t("no problem found"),
        "warn": _t("warnings to read"),
        "fail": _t("problems to fix"),
    }[result.verdict]
    out.write(
        _t("Trusted Root store ({files}): {verdict} ({counts})").format(
            files=", ".join(visible_path(f) for f in result.files),
            verdict=verdict,
            counts=counts(result.findings),
        )
        + "\n"
    )
    if result.edge_certificate:
        out.write(
            "  "
            + _t("Edge certificate: {subject}").format(subject=visible(result.edge_certificate))
            + "\n"
        )
        if result.edge_path:
            chain = "\n    ".join(visible(s) for s in result.edge_path)
            out.write("  " + _t("Its chain:") + "\n    " + chain + "\n")
    write_findings(out, result.findings)
    out.write("\n" + _tn("The store holds %n certificate(s):", len(result.certificates)) + "\n")
    marks = {"error": _t("ERROR"), "warning": _t("WARNING"), "info": _t("NOTE")}
    # In the use case's order: worst first, then the store's.
    for c in result.certificates:
        mark = f"[{marks[c.worst.value]}] " if c.worst is not None else ""
        out.write(f"  {mark}{visible(c.subject)}\n")
        out.write(
            "      "
            + _t("valid to {end}, thumbprint {thumbprint}").format(
                end=f"{c.not_after:%Y-%m-%d}", thumbprint=c.thumbprint_sha1
            )
            + "\n"
        )
    out.write("\n")


# ---------------------------------------------------------------------- probe


def probe_row_json(row: EndpointResult) -> dict[str, Any]:
    """``probe --json``: one object per endpoint (or per SRV name without a record)."""
    from ..core.rules.probe import served_chain

    handshake = row.handshake
    check = row.check
    details = None
    if check is not None:
        details = check_json(check)["details"]
    return {
        "target": row.target,
        "host": row.host,
        "port": row.port,
        "address": row.address or None,
        "services": [s.value for s in row.services],
        "srv": list(row.srv),
        "tls_version": handshake.version or None if handshake else None,
        "cipher": handshake.cipher or None if handshake else None,
        "connect_error": handshake.failure or None if handshake else None,
        "served_chain": [
            {
                "subject": c.subject,
                "issuer": c.issuer,
                "not_after": c.not_after,
                "thumbprint_sha1": c.thumbprint_sha1,
                "fingerprint_sha256": c.fingerprint_sha256,
            }
            for c in served_chain(row)
        ],
        "client_ca_names": list(handshake.client_ca_names) if handshake else [],
        "verdict": row.verdict,
        "findings": [finding_json(f) for f in row.findings],
        "skipped_rules": [r.value for r in check.skipped] if check is not None else [],
        "details": details,
        "chain": list(check.path_subjects) if check is not None else [],
    }


def write_probe_row(out: TextIO, row: EndpointResult) -> None:
    """One endpoint: where, what was served and how, then the check of the served
    certificate (as ``check`` writes it) or the findings alone."""
    from ..core.rules.probe import served_chain, srv_lines
    from ..core.values.record import replace

    out.write(
        _t("{target}: {endpoint}: {verdict} ({counts})").format(
            target=visible(row.target),
            endpoint=visible(row.label),
            verdict=verdict_word(row.verdict),
            counts=counts(row.findings),
        )
        + "\n"
    )
    rows: list[tuple[str, str]] = []
    if row.srv:
        rows.append((_t("SRV:"), ", ".join(visible(s) for s in srv_lines(row))))
    handshake = row.handshake
    if handshake is not None and handshake.completed:
        rows.append((_t("TLS:"), f"{visible(handshake.version)}, {visible(handshake.cipher)}"))
    chain = served_chain(row)
    if chain:
        lines = [f"{i}. {visible(c.subject)}" for i, c in enumerate(chain, 1)]
        rows.append((_t("Served:"), "\n              ".join(lines)))
    if handshake is not None and handshake.client_ca_names:
        names = "\n              ".join(visible(n) for n in handshake.client_ca_names)
        rows.append((_t("Client CAs:"), names))
    for label, value in rows:
        out.write(f"  {label:<11} {value}\n")
    if row.check is not None:
        write_check(out, replace(row.check, findings=row.findings), header=False)
    else:
        write_findings(out, row.findings)
        out.write("\n")
