"""pic-wizard-cli: the headless front end over the same core as the wizard.

Exit codes (a contract scripts rely on): 0 no error-severity finding; 1 at least one;
2 an input could not be read or the command line is wrong; 3 a bug in pic-wizard.
No Qt is imported on this path, and heavy modules only when a command needs them.
"""

from __future__ import annotations

if __name__ == "__main__":
    # python -m pic_wizard.cli: start as the console script does, where Ctrl-C during the
    # imports below is handled too; this copy of the module goes no further.
    import sys

    try:
        from pic_wizard.cli_entry import main as _entry
    except KeyboardInterrupt:  # before the entry could take over
        from pic_wizard.cli_entry import interrupted as _entry

    sys.exit(_entry())

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import re
import sys
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TextIO

from . import __version__
from .core.values.content import eku_text, ku_text
from .core.values.errors import InputError, PicWizardError
from .core.values.i18n import N_, SUPPORTED, Catalogue, language_from_environment
from .core.values.untrusted import dumps, visible, visible_error, visible_finding, visible_path

if TYPE_CHECKING:
    from .core.rules.plan import CertificatePlan
    from .core.rules.verdict import CheckOptions, CheckResult
    from .core.values.findings import Finding
    from .core.values.topology import KeyOrigin
    from .core.x509.view import CertificateDetails, RequestDetails

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_BUG = 0, 1, 2, 3
PASSWORD_ENV = "PIC_WIZARD_PASSWORD"


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any = None) -> None:
        super().add_usage(usage, actions, groups, _t("usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> Any:  # argparse's own exit code 2 is ours too
        self.print_usage(sys.stderr)
        for pattern, template in ARGPARSE_ERRORS:
            found = pattern.fullmatch(message)
            if found:
                values = [
                    _t(COMMAND_WORD) if g == "command" else visible(g) for g in found.groups()
                ]
                message = _t(template).format(*values)
                break
        else:  # argparse's words around what was typed: shown harmless as a whole
            message = visible(message)
        text = _t("pic-wizard-cli: error: {message}").format(message=message)
        self.exit(EXIT_INPUT, text + "\n")


# argparse's own words, for the translation (the rest are the help texts of _parser()).
ARGPARSE_WORDS = (
    N_("CLI", "usage: "),
    N_("CLI", "positional arguments"),
    N_("CLI", "options"),
    N_("CLI", "show this help message and exit"),
    N_("CLI", "show program's version number and exit"),
)


# argparse's own errors (English whatever the language), as pic-wizard says them.
ARGPARSE_ERRORS = (
    (
        re.compile(r"the following arguments are required: (.*)"),
        N_("CLI", "the following arguments are required: {0}"),
    ),
    (re.compile(r"unrecognized arguments: (.*)"), N_("CLI", "unrecognized arguments: {0}")),
    (
        re.compile(r"argument (\S+): expected one argument"),
        N_("CLI", "argument {0}: expected one argument"),
    ),
    (
        re.compile(r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)"),
        N_("CLI", "argument {0}: invalid choice: {1} (choose from {2})"),
    ),
    (
        re.compile(r"argument (\S+): invalid choice: (.*)"),
        N_("CLI", "argument {0}: invalid choice: {1}"),
    ),
    (
        re.compile(r"argument (\S+): invalid \S+ value: (.*)"),
        N_("CLI", "argument {0}: not a valid value: {1}"),
    ),
    (
        re.compile(r"argument (\S+): not allowed with argument (\S+)"),
        N_("CLI", "argument {0}: not allowed with argument {1}"),
    ),
    (
        re.compile(r"ambiguous option: (\S+) could match (.*)"),
        N_("CLI", "ambiguous option: {0} could be {1}"),
    ),
)
# The name argparse gives the missing command, in words.
COMMAND_WORD = N_("CLI", "command")


def _translate_parser(parser: argparse.ArgumentParser) -> None:
    """The help of ``parser`` and its commands in the chosen language (the texts are
    collected from _parser() by the translation tool, context "CLI")."""
    if parser.description:
        parser.description = _t(parser.description)
    if parser.epilog:
        parser.epilog = _t(parser.epilog)
    for group in parser._action_groups:
        if group.title:
            group.title = _t(group.title)
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = _t(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = _t(choice.help)
            for sub in dict.fromkeys(action.choices.values()):
                _translate_parser(sub)


COMMANDS = (
    "example", "import-topology", "renew", "plan", "csr", "check", "inf", "powershell", "report"
)  # fmt: skip


def _early_language(argv: Sequence[str]) -> str:
    """The language asked for before the command line is parsed (its help and its errors
    speak it): ``--lang`` before or after the command; given twice, the last one wins, as
    argparse decides too.  An unknown language is refused in English."""
    language = ""
    for i, arg in enumerate(argv):
        if arg == "--":  # what follows is file names
            break
        if arg == "--lang" and i + 1 < len(argv):
            language = argv[i + 1]
        elif arg.startswith("--lang="):
            language = arg.partition("=")[2]
    if not language:
        return language_from_environment()
    return language if language in SUPPORTED else "en"


def _add_check_inputs(p: argparse.ArgumentParser) -> None:
    """What a check is made against (check and report take the same)."""
    p.add_argument("--profile", metavar="P", help="the profile the certificate is for")
    p.add_argument(
        "--chain", metavar="F", action="append", default=[], help="intermediate certificates"
    )
    p.add_argument(
        "--roots", metavar="F", help="trusted roots instead of the public ones (certifi)"
    )
    p.add_argument("--key", metavar="F", help="the private key the certificate should match")
    p.add_argument("--request", metavar="CSR", help="the request the certificate answers")
    p.add_argument(
        "--password-file",
        metavar="F",
        help="password of PFX files and keys (first line); or set PIC_WIZARD_PASSWORD",
    )


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="pic-wizard-cli",
        description="Plan, request and check the external Edge certificate of Lync Server "
        "2013 and Skype for Business Server.",
        epilog="Exit codes: 0 no error found, 1 errors found, 2 unreadable input, bad "
        "command line or output that cannot be written, 3 a bug in pic-wizard.",
    )
    parser.add_argument("--version", action="version", version=f"pic-wizard {__version__}")
    _add_global_options(parser, None)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("example", help="write the seed example profile (Contoso/Fabrikam, AOL)")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")

    p = sub.add_parser(
        "import-topology",
        help="make a profile from a Topology Builder file (.tbxml, Download Topology)",
    )
    p.add_argument("topology", metavar="FILE")
    p.add_argument("--pool", metavar="FQDN", help="the Edge pool, when there are several")
    p.add_argument(
        "--product",
        choices=("lync2013", "sfb2015", "sfb2019"),
        help="the server product (default: sfb2019, or sfb2015 when the pool runs the XMPP "
        "proxy, which 2019 no longer has)",
    )
    p.add_argument("--out", metavar="PROFILE", help="write to PROFILE instead of standard output")
    p.add_argument("--force", action="store_true", help="replace PROFILE if it exists")

    p = sub.add_parser(
        "renew", help="the answers of the certificate being replaced, and what renewing changes"
    )
    p.add_argument("certificate", metavar="CERT")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--profile", metavar="P", help="the answers to renew with")
    source.add_argument("--topology", metavar="F", help="a Topology Builder file to renew with")
    p.add_argument("--pool", metavar="FQDN", help="the Edge pool, when there are several")
    p.add_argument("--out", metavar="PROFILE", help="write the answers to PROFILE")
    p.add_argument("--force", action="store_true", help="replace PROFILE if it exists")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--password-file", metavar="F", help="the PFX password (first line)")
    p.add_argument("--at", metavar="YYYY-MM-DD", help="judge dates as on this day")

    p = sub.add_parser("plan", help="show the certificate a profile needs, and its findings")
    p.add_argument("profile", metavar="PROFILE")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--at", metavar="YYYY-MM-DD", help="judge dates as on this day")

    p = sub.add_parser("csr", help="generate the private key and the request (.req)")
    p.add_argument("profile", metavar="PROFILE")
    p.add_argument("--out", metavar="DIR", required=True, help="folder to write into")
    p.add_argument("--name", metavar="BASE", help="file base name (default: the subject name)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--passphrase-file", metavar="F", help="encrypt the key with F's first line")
    group.add_argument(
        "--no-encrypt", action="store_true", help="write the private key unencrypted"
    )
    p.add_argument("--force", action="store_true", help="replace existing files")
    p.add_argument("--at", metavar="YYYY-MM-DD", help="judge dates as on this day")

    p = sub.add_parser("inf", help="write a certreq INF: the same request, key made on the Edge")
    p.add_argument("profile", metavar="PROFILE")
    p.add_argument("--out", metavar="F", help="write to F instead of standard output")
    p.add_argument("--force", action="store_true", help="replace F if it exists")

    p = sub.add_parser(
        "powershell", help="write the Request/Import/Set-CsCertificate lines for the profile"
    )
    p.add_argument("profile", metavar="PROFILE")
    p.add_argument("--out", metavar="F", help="write to F instead of standard output")
    p.add_argument("--force", action="store_true", help="replace F if it exists")
    p.add_argument(
        "--server",
        metavar="FQDN",
        action="append",
        default=[],
        help="an Edge Server of the pool (repeat for each member)",
    )

    p = sub.add_parser("check", help="check certificates, chains, PFX files or requests")
    p.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        help="certificates, chains, PFX files or requests; a folder: the files below it",
    )
    _add_check_inputs(p)
    p.add_argument("--at", metavar="YYYY-MM-DD", help="check as on this day (UTC)")
    p.add_argument("--json", action="store_true", help="one JSON object per file, per line")
    p.add_argument(
        "--jobs",
        metavar="N",
        type=int,
        default=0,
        help="processes for a large audit (default: one per CPU; 1 to stay in one process)",
    )

    p = sub.add_parser(
        "report", help="write a report of a plan or of a check (HTML or PDF) for a change ticket"
    )
    p.add_argument(
        "inputs",
        metavar="PROFILE|FILE",
        nargs="+",
        help="a profile (.json): the plan; else the files to check",
    )
    p.add_argument(
        "--format",
        choices=("html", "pdf"),
        help="the report's format (default: from the extension of --out, else PDF)",
    )
    p.add_argument("--out", metavar="F", required=True, help="the report file to write")
    p.add_argument("--force", action="store_true", help="replace F if it exists")
    _add_check_inputs(p)
    p.add_argument("--at", metavar="YYYY-MM-DD", help="judge as on this day (UTC)")
    for command in dict.fromkeys(sub.choices.values()):
        # Admins add --lang at the end as often as before the command; given in both
        # places, the one after the command wins (it was typed last).
        _add_global_options(command, argparse.SUPPRESS)
    return parser


def _add_global_options(p: argparse.ArgumentParser, default: Any) -> None:
    p.add_argument(
        "--lang",
        choices=("en", "fr"),
        default=default,
        help="the language of messages (default: LC_ALL, LC_MESSAGES or LANG)",
    )


def _date(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise InputError("bad-date", value=value) from None
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def _password(path: str | None) -> bytes | None:
    from .core.files.fsutil import read_secret_line

    if path:
        return read_secret_line(path)
    # The bytes as set, whatever the locale (os.environ would decode them).
    if os.name == "posix" and os.environb.get(PASSWORD_ENV.encode()):
        return os.environb[PASSWORD_ENV.encode()]
    env = os.environ.get(PASSWORD_ENV)
    return env.encode("utf-8", "surrogateescape") if env else None


# ---------------------------------------------------------------- rendering

# The language of messages: set by main() from --lang or the environment.
LANGUAGE = Catalogue()


def _message(f: Finding) -> str:
    from .core.values.findings import render_message

    # The values are made harmless before they fill the template (which keeps its newlines).
    return render_message(
        visible_finding(f), LANGUAGE.context("Catalogue"), LANGUAGE.context("Params")
    )


def _fix(f: Finding) -> str:
    from .core.values.findings import render_fix

    return render_fix(visible_finding(f), LANGUAGE.context("Catalogue"), LANGUAGE.context("Params"))


def _error(error: PicWizardError) -> str:
    return visible_error(error).message(LANGUAGE.context("Errors"), LANGUAGE.context("Params"))


def _error_fix(error: PicWizardError) -> str:
    return visible_error(error).fix(LANGUAGE.context("Errors"))


def finding_json(f: Finding) -> dict[str, Any]:

    return {
        "rule": f.rule.value,
        "severity": f.severity.value,
        "subject": f.subject,
        "message": _message(f),
        "fix": _fix(f),
        "params": dict(f.params),
    }


def _usage() -> Any:
    """Usage names in the chosen language."""
    return LANGUAGE.context("Usage")


def _t(text: str) -> str:
    """The command line's own words in the chosen language ("CLI" in the .ts)."""
    return LANGUAGE.translate("CLI", text)


def _counts(findings: Sequence[Finding]) -> str:
    from .core.rules.content_rules import severity_counts

    c = {k.value: v for k, v in severity_counts(list(findings)).items()}
    return _t("{errors} error(s), {warnings} warning(s), {notes} note(s)").format(
        errors=c["error"], warnings=c["warning"], notes=c["info"]
    )


def _write_findings(out: TextIO, findings: Sequence[Finding]) -> None:
    label = {"error": _t("ERROR"), "warning": _t("WARNING"), "info": _t("NOTE")}
    fix = _t("Fix:")
    width = max(8, *(len(word) + 1 for word in label.values()))
    indent = " " * (2 + width)
    for f in findings:
        out.write(f"  {label[f.severity.value]:<{width}}{f.rule.value}\n")
        out.write(f"{indent}{_message(f)}\n")
        out.write(f"{indent}{fix} {_fix(f)}\n")


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
        "findings": [finding_json(f) for f in plan.findings],
    }


def _write_plan(out: TextIO, plan: CertificatePlan) -> None:
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
        out.write(f"  {visible(eku_text(eku, _usage(), oid=True))}\n")
    usages = ", ".join(ku_text(k, _usage()) for k in plan.key_usages)
    out.write(f"\n{_t('Key usage')}\n  {usages}\n")
    exportable = _t("exportable") if plan.key.exportable else _t("NOT exportable")
    out.write(
        f"\n{_t('Key')}\n  "
        + _t("{key}, {exportable}; signed with SHA-256").format(
            key=plan.key.description, exportable=exportable
        )
        + "\n"
    )
    out.write("\n" + _t("Findings: {counts}").format(counts=_counts(plan.findings)) + "\n")
    _write_findings(out, plan.findings)


def details_json(details: CertificateDetails | RequestDetails) -> dict[str, Any]:
    """A check's details as ``check --json`` has always written them."""
    from .core.x509.view import CertificateDetails

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
    return {
        "file": result.file,
        "kind": result.kind,
        "verdict": result.verdict,
        "findings": [finding_json(f) for f in result.findings],
        "skipped_rules": [r.value for r in result.skipped],
        "details": details_json(result.details),
        "chain": list(result.path_subjects),
        "error": None,
    }


def error_json(file: str, error: PicWizardError) -> dict[str, Any]:
    return {
        "file": file,
        "kind": "error",
        "verdict": "error",
        "findings": [],
        "error": _error(error),
        "fix": _error_fix(error),
        "error_code": error.code,
    }


def _eku_words(ekus: Sequence[str]) -> str:
    names = [visible(eku_text(e, _usage())) for e in ekus]
    return ", ".join(names) if names else _t("(none)")


def _write_check(out: TextIO, result: CheckResult) -> None:
    from .core.x509.view import CertificateDetails

    what = {"certificate": _t("certificate"), "csr": _t("certificate request")}[result.kind]
    verdict = {
        "pass": _t("READY"),
        "warn": _t("READY, with warnings to read"),
        "fail": _t("NOT READY"),
    }[result.verdict]
    out.write(
        _t("{file}: {what}: {verdict} ({counts})").format(
            file=visible_path(result.file),
            what=what,
            verdict=verdict,
            counts=_counts(result.findings),
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
    _write_findings(out, result.findings)
    if result.skipped:
        out.write(
            "  "
            + _t("Not checked without --profile: {rules}").format(
                rules=", ".join(r.value for r in result.skipped)
            )
            + "\n"
        )
    out.write("\n")


# ---------------------------------------------------------------- commands


def cmd_example(args: argparse.Namespace, out: TextIO) -> int:
    from .core.files import profile
    from .core.values.topology import seed_example

    if args.out:
        profile.save(seed_example(), args.out, overwrite=args.force)
        out.write(
            _t("Wrote the example profile to {path}").format(path=visible_path(args.out)) + "\n"
        )
    else:
        out.write(profile.dumps(seed_example()))
    return EXIT_OK


def cmd_import_topology(args: argparse.Namespace, out: TextIO) -> int:
    """A profile from a Topology Builder file: SIP domains and the chosen Edge pool."""
    from .core.files import profile
    from .core.usecases.import_topology import choose_pool, import_pool, read_topology
    from .core.values.topology import Product

    imported = read_topology(args.topology)
    pool = choose_pool(imported, args.topology, args.pool or "")
    product = Product(args.product) if args.product else None
    topology = import_pool(imported, pool, product=product)
    profile.loads(profile.dumps(topology), args.topology)  # the profile's own checks, first
    if args.out:
        profile.save(topology, args.out, overwrite=args.force)
        out.write(
            _t("Wrote the profile of the Edge pool {pool} to {path}").format(
                pool=visible(pool.fqdn), path=visible_path(args.out)
            )
            + "\n"
        )
    else:
        out.write(profile.dumps(topology))
    return EXIT_OK


def cmd_renew(args: argparse.Namespace, out: TextIO) -> int:
    """The certificate being replaced read back as answers (or the answers given), and
    what the new plan changes against it; a new key is made by csr, never the old one."""
    from .core.files import profile
    from .core.usecases.import_topology import choose_pool, read_topology
    from .core.usecases.renew import from_topology, read_current
    from .core.usecases.renew import renewal as renewal_of

    current = read_current(args.certificate, _password(args.password_file))
    old, leaf = current.content, current.certificate
    topology = None  # the answers read back from the certificate
    if args.profile:
        topology = profile.load(args.profile)
    elif args.topology:
        imported = read_topology(args.topology)
        pool = choose_pool(imported, args.topology, args.pool or "")
        topology = from_topology(current, imported, pool)
    renewed = renewal_of(current, topology, at=_date(args.at))
    topology, plan, changes = renewed.topology, renewed.plan, renewed.changes
    leftovers = renewed.leftovers
    if args.out:
        profile.save(topology, args.out, overwrite=args.force)
    renewal, usage = LANGUAGE.context("Renewal"), LANGUAGE.context("Usage")
    findings = renewed.findings
    if args.json:
        data = {
            "certificate": args.certificate,
            "profile": json.loads(profile.dumps(topology)),
            "changes": [
                {"kind": c.kind.value, "old": c.old, "new": c.new, "text": c.text(renewal, usage)}
                for c in changes
            ],
            "plan": plan_json(plan),
            "findings": [finding_json(f) for f in findings],
        }
        out.write(dumps(data, indent=2) + "\n")
    else:
        out.write(
            _t("Renewing {file} ({subject}, valid to {end} UTC)").format(
                file=visible_path(args.certificate),
                subject=visible(old.common_name or "-"),
                end=f"{leaf.not_valid_after_utc:%Y-%m-%d}",
            )
            + "\n\n"
        )
        out.write(_t("What changes") + "\n")
        for change in changes:
            out.write(f"  - {visible(change.text(renewal, usage))}\n")
        if not changes:
            out.write("  " + _t("Nothing: the same names, usages and key size.") + "\n")
        out.write("\n")
        _write_plan(out, plan)
        if leftovers:
            _write_findings(out, leftovers)
        out.write(
            "\n"
            + _t(
                "Next: pic-wizard-cli csr makes a new private key and request from these "
                "answers; the current key is not reused."
            )
            + "\n"
        )
        if args.out:
            out.write(_t("Wrote the answers to {path}").format(path=visible_path(args.out)) + "\n")
    return EXIT_FINDINGS if renewed.has_errors else EXIT_OK


def cmd_plan(args: argparse.Namespace, out: TextIO) -> int:
    from .core.files import profile
    from .core.rules.plan import make_plan

    plan = make_plan(profile.load(args.profile), at=_date(args.at))
    if args.json:
        out.write(dumps(plan_json(plan), indent=2) + "\n")
    else:
        _write_plan(out, plan)
    return EXIT_FINDINGS if plan.has_errors else EXIT_OK


def _plan_or_refuse(
    args: argparse.Namespace, err: TextIO, key_origin: KeyOrigin, at: dt.datetime | None = None
) -> CertificatePlan | None:
    """The plan of the profile for a key made at ``key_origin``, or None (after saying
    why: the core's refusal) when it has errors."""
    from .core.files import profile
    from .core.rules.plan import make_plan, plan_refusal

    plan = make_plan(profile.load(args.profile), at=at, key_origin=key_origin)
    refused = plan_refusal(plan)
    if refused is None:
        return plan
    _write_findings(err, refused.errors)
    err.write(_t("pic-wizard-cli: error: {message}").format(message=_error(refused)) + "\n")
    return None


def _emit(args: argparse.Namespace, out: TextIO, text: str, what: str, kind: str) -> None:
    from .core.documents.windows import windows_file_bytes
    from .core.files.fsutil import write_atomic

    if args.out:
        data = windows_file_bytes(text, kind)
        write_atomic(args.out, data, mode=0o644, overwrite=args.force)
        out.write(_t("Wrote {what}: {path}").format(what=what, path=visible_path(args.out)) + "\n")
    else:
        out.write(text)


def cmd_inf(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .core.documents.windows import certreq_inf
    from .core.values.topology import KeyOrigin

    plan = _plan_or_refuse(args, err, KeyOrigin.EDGE_SERVER)  # certreq makes the key
    if plan is None:
        return EXIT_FINDINGS
    _emit(args, out, certreq_inf(plan), _t("the certreq INF"), "inf")
    return EXIT_OK


def cmd_powershell(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .core.documents.windows import powershell_script
    from .core.rules.names import judge
    from .core.values.topology import KeyOrigin

    plan = _plan_or_refuse(args, err, KeyOrigin.EDGE_SERVER)  # Request-CsCertificate does
    if plan is None:
        return EXIT_FINDINGS
    for server in args.server:
        if not judge(server, "Edge Server").ok:
            raise InputError("bad-server", value=server)
    _emit(
        args, out, powershell_script(plan, tuple(args.server)), _t("the PowerShell script"), "ps1"
    )
    return EXIT_OK


def _passphrase(args: argparse.Namespace) -> bytes | None:
    if args.no_encrypt:
        return None
    if args.passphrase_file:
        from .core.files.fsutil import read_secret_line

        return read_secret_line(args.passphrase_file)
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        try:
            first = getpass.getpass(_t("Passphrase for the private key: "))
            if not first:
                raise InputError("passphrase-missing")
            second = getpass.getpass(_t("Same passphrase again: "))
        except (EOFError, UnicodeDecodeError):  # Ctrl+D, or bytes the terminal's encoding lacks
            if sys.stderr is not None and sys.stderr.isatty():
                sys.stderr.write("\n")  # getpass leaves the cursor after its prompt
            raise InputError("passphrase-not-typed") from None
        if second != first:
            raise InputError("passphrase-mismatch")
        return first.encode("utf-8")
    raise InputError("passphrase-missing")


def cmd_csr(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .core.usecases.request import default_base_name, output_folder, write_request
    from .core.values.topology import KeyOrigin

    plan = _plan_or_refuse(args, err, KeyOrigin.PIC_WIZARD, _date(args.at))
    if plan is None:
        return EXIT_FINDINGS
    passphrase = _passphrase(args)
    with output_folder(args.out, args.name or default_base_name(plan)) as folder:
        _write_notes(out, folder.settled_notes())
        written = write_request(
            plan, folder.path, passphrase, base_name=args.name or "", force=args.force
        )
    _write_notes(out, folder.made_notes())
    protection = _t("encrypted with AES-256") if written.encrypted else _t("NOT encrypted")
    if os.name == "posix":
        protection += _t(", readable by you only")
    else:  # the file takes the folder's permissions
        protection += _t("; keep it in a folder only you can read")
    request_path = visible_path(str(written.request_path))
    key_path = visible_path(str(written.key_path))
    out.write(_t("Wrote the request: {path}").format(path=request_path) + "\n")
    out.write(
        _t("Wrote the private key: {path} ({protection})").format(
            path=key_path, protection=protection
        )
        + "\n"
    )
    out.write(
        _t("Subject: {subject}; SAN: {san}").format(
            subject=visible(plan.subject_name), san=", ".join(visible(n) for n in plan.san_names)
        )
        + "\n"
    )
    out.write(
        _t(
            "Next: submit the .req file to your public certification authority. Keep the "
            ".key file safe: with the certificate the CA sends back, it makes the PFX to "
            "import on every Edge Server. Then check the reply:"
        )
        + "\n"
        f"  pic-wizard-cli check CERT --profile {_shell_word(args.profile)} "
        f"--request {_shell_word(str(written.request_path))} "
        f"--key {_shell_word(str(written.key_path))}\n"
    )
    warnings = [f for f in plan.findings if f.severity.value == "warning"]
    if warnings:
        out.write("\n" + _t("Warnings ({count}):").format(count=len(warnings)) + "\n")
        _write_findings(out, warnings)
    return EXIT_OK


def _write_notes(out: TextIO, notes: Sequence[tuple[str, dict[str, str]]]) -> None:
    for template, values in notes:
        text = LANGUAGE.translate("Written", template)
        out.write(text.format(**{k: visible_path(v) for k, v in values.items()}) + "\n")


def _shell_word(path: str) -> str:
    """A path as the admin can paste it into their shell (quoted when it holds a space or
    a quote), shown harmlessly."""
    if os.name == "nt":  # cmd.exe and PowerShell both take a double-quoted path
        return f'"{visible_path(path)}"' if re.search(r"[\s'&;()]", path) else visible_path(path)
    import shlex

    return shlex.quote(visible_path(path))


@dataclass
class _CheckRun:
    options: CheckOptions
    password: bytes | None
    as_json: bool


# Set before the worker processes fork, so they inherit it instead of receiving a pickle.
_CHECK_RUN: _CheckRun | None = None
PARALLEL_MIN_FILES = 64


def _check_one(path: str) -> tuple[str, int]:
    """Check one file; return what to print and its exit code."""
    from .core.usecases.check import check_file

    run = _CHECK_RUN
    assert run is not None
    shown = _printable(path)
    code = EXIT_INPUT
    error: PicWizardError | None = None
    try:
        result = check_file(path, run.password, run.options)
    except PicWizardError as exc:
        error = exc
    except BaseException as exc:  # a bug: report it for this file and go on with the audit
        if not _is_bug(exc) or os.environ.get("PIC_WIZARD_DEBUG"):
            raise
        error = PicWizardError("internal-error", file=shown, reason=type(exc).__name__)
        code = EXIT_BUG
    if error is not None:
        return _input_error_text(shown, error, run.as_json), code
    code = EXIT_FINDINGS if result.verdict == "fail" else EXIT_OK
    if shown != path:
        result = replace(result, file=shown)
    if run.as_json:
        return dumps(check_json(result)) + "\n", code
    buffer = io.StringIO()
    _write_check(buffer, result)
    return buffer.getvalue(), code


def _input_error_text(shown: str, error: PicWizardError, as_json: bool) -> str:
    """What check prints for an input it cannot check (a file, or a folder's problem)."""
    if as_json:
        return dumps(error_json(shown, error)) + "\n"
    line = _t("{file}: cannot be checked: {message}").format(
        file=visible_path(shown), message=_error(error)
    )
    return f"{line}\n  {_error_fix(error)}\n\n"


def _is_bug(exc: BaseException) -> bool:
    """Whether ``exc`` is a bug rather than the way out (Ctrl-C, exit).  A panic in
    cryptography's Rust code (pyo3's PanicException) is a BaseException, not an
    Exception: it is a bug too, said in a sentence like the others."""
    return not isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit))


def _printable(path: str) -> str:
    # A file name that is not valid UTF-8 (os.fsdecode's surrogates) must not break output.
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _check_chunk(paths: list[str]) -> list[tuple[str, int]]:
    return [_check_one(path) for path in paths]


def _fork_context() -> Any:
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return None  # Windows, macOS defaults: one process is fast enough there
    return multiprocessing.get_context("fork")


def _checked(paths: list[str], jobs: int) -> Iterator[tuple[str, int]]:
    """Results in input order; an audit of a large folder uses every CPU."""
    context = _fork_context() if jobs > 1 and len(paths) >= PARALLEL_MIN_FILES else None
    if context is None:
        yield from (_check_one(path) for path in paths)
        return
    from concurrent.futures import ProcessPoolExecutor

    size = max(8, len(paths) // (jobs * 4))
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    # Never more processes than chunks, nor than a few per CPU, whatever --jobs says.
    workers = min(jobs, len(chunks), 4 * (os.cpu_count() or 1))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for results in pool.map(_check_chunk, chunks):
            yield from results


def _check_options(args: argparse.Namespace, password: bytes | None) -> CheckOptions:
    from .core.usecases.check import CheckInputs, prepare

    return prepare(
        CheckInputs(
            chain_files=tuple(args.chain),
            roots_file=args.roots or "",
            key_file=args.key or "",
            request_file=args.request or "",
            profile_file=args.profile or "",
            password=password,
            at=_date(args.at),
        )
    )


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    global _CHECK_RUN

    password = _password(args.password_file)
    options = _check_options(args, password)
    if args.jobs < 0:
        raise InputError("bad-jobs", value=str(args.jobs))
    jobs = args.jobs or os.cpu_count() or 1
    from .core.x509.folders import checkable_inputs

    inputs = checkable_inputs(args.files)  # a folder: the files below it, in name order
    _CHECK_RUN = _CheckRun(options, password, args.json)
    code = EXIT_OK
    try:
        results = _checked([i.path for i in inputs if i.error is None], jobs)
        for entry in inputs:
            if entry.error is None:
                text, file_code = next(results)
            else:  # a folder that cannot be read, or holds nothing to check
                text = _input_error_text(_printable(entry.path), entry.error, args.json)
                file_code = EXIT_INPUT
            out.write(text)
            code = max(code, file_code)  # 3 (bug) over 2 (unreadable) over 1 (errors) over 0
    finally:
        _CHECK_RUN = None
    return code


def _picture(
    plan: CertificatePlan, present: list[str] | None = None, common_name: str | None = None
) -> bytes | None:
    """The picture of the plan for a report, in the chosen language (None without Qt)."""
    try:
        from .report_pdf import ensure_application
        from .ui.i18n import install_translators
        from .ui.plan_picture import picture_png
    except ImportError:
        return None
    ensure_application()
    install_translators(LANGUAGE.language)
    return picture_png(plan, present, common_name=common_name)


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    """A report of a plan (one profile) or of a check (files), written as HTML or PDF.

    Exit 0 once the report is written, whatever it found (it says so itself)."""
    from .core.values.policy import now

    fmt = args.format or ("html" if args.out.lower().endswith((".html", ".htm")) else "pdf")
    from .core.files.fsutil import check_target

    check_target(args.out, overwrite=args.force)
    at = _date(args.at) or now()
    if len(args.inputs) == 1 and args.inputs[0].lower().endswith(".json"):
        from .core.documents.report import plan_report_html
        from .core.files import profile
        from .core.rules.plan import make_plan

        plan = make_plan(profile.load(args.inputs[0]), at=at)
        text = plan_report_html(plan, LANGUAGE, at, picture_png=_picture(plan))
    else:
        from .core.documents.report import check_report_html
        from .core.rules.verdict import check_loaded
        from .core.x509.folders import checkable_inputs
        from .core.x509.loader import load_file

        password = _password(args.password_file)
        options = _check_options(args, password)
        inputs = checkable_inputs(args.inputs)  # folders as check walks them
        for entry in inputs:
            if entry.error is not None:  # a report says everything, or is not written
                raise entry.error
        results = [check_loaded(load_file(i.path, password), options) for i in inputs]
        judged = options.plan  # the plan every result was judged against
        picture = None
        if judged is not None and len(results) == 1:  # the names the certificate lacks, in red
            from .core.documents.picture import result_names

            picture = _picture(judged, *result_names(results[0]))
        text = check_report_html(results, LANGUAGE, at, judged, picture_png=picture)
    if fmt == "html":
        from .core.files.fsutil import write_atomic

        write_atomic(args.out, text.encode("utf-8"), mode=0o644, overwrite=args.force)
    else:
        try:
            from .report_pdf import html_to_pdf
        except ImportError:
            from .core.values.errors import OutputError

            raise OutputError("output-unwritable", file=args.out, reason="PySide6") from None
        html_to_pdf(text, args.out, force=args.force)
    out.write(_t("Wrote the report: {path}").format(path=visible_path(args.out)) + "\n")
    return EXIT_OK


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command == "example":
        return cmd_example(args, out)
    if args.command == "plan":
        return cmd_plan(args, out)
    if args.command == "import-topology":
        return cmd_import_topology(args, out)
    if args.command == "renew":
        return cmd_renew(args, out)
    if args.command == "csr":
        return cmd_csr(args, out, err)
    if args.command == "inf":
        return cmd_inf(args, out, err)
    if args.command == "powershell":
        return cmd_powershell(args, out, err)
    if args.command == "report":
        return cmd_report(args, out)
    return cmd_check(args, out)


def _why(exc: OSError) -> str:
    from .core.files.fsutil import os_reason

    return os_reason(exc)


def _discard_stdout() -> None:
    # Python flushes stdout again at exit; point it at nothing so that fails quietly.
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _tolerate_unencodable() -> None:
    """A character the output's encoding lacks (a Windows code page when redirected,
    ASCII under LANG=C) is written as "?" instead of ending the run: the rest of an
    audit matters more than one letter of a name.  JSON stays valid that way."""
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        if isinstance(stream, io.TextIOWrapper) and stream in (sys.__stdout__, sys.__stderr__):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors=errors)


INTERRUPTED = N_("CLI", "pic-wizard-cli: interrupted")


def interrupted_message(argv: Sequence[str]) -> str:
    """What Ctrl-C prints when it comes before ``main`` could say it (``cli_entry``)."""
    return Catalogue.load(_early_language(argv)).translate("CLI", INTERRUPTED)


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    if out is None:  # the real streams, not a test's
        _tolerate_unencodable()
    # Started with a closed stderr ("2>&-"): the messages go nowhere, not a crash.
    err = err or sys.stderr or io.StringIO()
    if not os.environ.get("PIC_WIZARD_DEBUG"):
        # Library warnings (a non-positive serial number, an over-long name) are not for
        # admins: the rules report what matters.
        warnings.simplefilter("ignore")
    global LANGUAGE
    argv = list(sys.argv[1:] if argv is None else argv)
    LANGUAGE = Catalogue.load(_early_language(argv))
    if out is None and sys.stdout is None:
        # Started with stdout closed (">&-"): an audit nobody can read is no success.
        failure = PicWizardError("stdout-closed")
        err.write(
            _t("pic-wizard-cli: error: {message}").format(message=_error(failure))
            + f"\n  {_error_fix(failure)}\n"
        )
        return EXIT_INPUT
    out = out or sys.stdout
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            parser = _parser()
            _translate_parser(parser)
            args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_INPUT
    LANGUAGE = Catalogue.load(args.lang or language_from_environment())
    try:
        code = _run(args, out, err)
        out.flush()
        return code
    except PicWizardError as error:
        err.write(
            _t("pic-wizard-cli: error: {message}").format(message=_error(error))
            + f"\n  {_error_fix(error)}\n"
        )
        return EXIT_INPUT
    except KeyboardInterrupt:
        err.write(_t(INTERRUPTED) + "\n")
        return 130
    except BrokenPipeError:
        # The reader stopped reading ("| head"): nothing to say, but the output is cut.
        _discard_stdout()
        return EXIT_INPUT
    except OSError as exc:
        # Only output can fail here (inputs are read through the core, which explains);
        # a closed pipe or a full disk: the reader did not get everything.
        _discard_stdout()
        with contextlib.suppress(OSError):
            failure = PicWizardError("output-failed", reason=_why(exc))
            err.write(_t("pic-wizard-cli: error: {message}").format(message=_error(failure)) + "\n")
        return EXIT_INPUT
    except BaseException as exc:  # a bug: say so in one sentence, never a traceback
        if not _is_bug(exc):
            raise
        err.write(
            _t(
                "pic-wizard-cli: internal error ({error}). This is a bug in pic-wizard; please "
                "report it with the command you ran."
            ).format(error=visible(f"{type(exc).__name__}: {exc}"))
            + "\n"
        )
        if os.environ.get("PIC_WIZARD_DEBUG"):
            raise
        return EXIT_BUG
