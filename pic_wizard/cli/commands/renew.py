"""pic-wizard-cli renew: the answers of the certificate being replaced, and what renewing
changes."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from ...core.values.untrusted import dumps, visible, visible_path
from ..inputs import parse_date, read_password
from ..render import _t, finding_json, language, plan_json, write_findings, write_plan
from ..status import EXIT_FINDINGS, EXIT_OK


def add_arguments(p: argparse.ArgumentParser) -> None:
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


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """The certificate being replaced read back as answers (or the answers given), and
    what the new plan changes against it; a new key is made by csr, never the old one."""
    from ...core.files import profile
    from ...core.usecases.import_topology import choose_pool, read_topology
    from ...core.usecases.renew import from_topology, read_current
    from ...core.usecases.renew import renewal as renewal_of

    current = read_current(args.certificate, read_password(args.password_file))
    old, leaf = current.content, current.certificate
    topology = None  # the answers read back from the certificate
    if args.profile:
        topology = profile.load(args.profile)
    elif args.topology:
        imported = read_topology(args.topology)
        pool = choose_pool(imported, args.topology, args.pool or "")
        topology = from_topology(current, imported, pool)
    renewed = renewal_of(current, topology, at=parse_date(args.at))
    topology, plan, changes = renewed.topology, renewed.plan, renewed.changes
    leftovers = renewed.leftovers
    if args.out:
        profile.save(topology, args.out, overwrite=args.force)
    renewal, usage = language().context("Renewal"), language().context("Usage")
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
        write_plan(out, plan)
        if leftovers:
            write_findings(out, leftovers)
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
