#!/usr/bin/env python3
"""pic-wizard against openssl, measured side by side in one run.

    python bench/run.py [--csr-runs 30] [--one-runs 30] [--certs 10000] [--check-runs 5]
                        [--baseline DIR] [--quick]

``--quick``: a first look in about a minute (5 requests, 15 single checks, 2,000 files
audited 3 times); the figures to report come from the full run.

With ``--baseline DIR`` (a checkout of an earlier pic-wizard, e.g. made with
``git clone . DIR && git -C DIR checkout <commit>``), that version runs too, interleaved
with this one in the same run, so a change is judged against its own past on the same
noisy machine.

1. Whole-process request generation: ``pic-wizard-cli csr`` against
   ``openssl req -new -newkey rsa:2048`` making the same request (same subject, SANs, EKUs
   and key usage), unencrypted and with an encrypted key.  RSA key generation dominates
   and its time varies a lot from key to key, so runs are interleaved and many.
2. ``pic-wizard-cli check --roots --chain`` of one file, against the floor of any Python
   command line that reads certificates: ``python -c "import cryptography.x509"``.
3. ``pic-wizard-cli check`` of N generated Edge certificates (10,000 by default, made by
   this script) with every rule (profile, chain, roots), ``--json``, with the default
   jobs and with ``--jobs 1``, against ``openssl verify`` of the same files, each as one
   process.  The peak memory (resident set) of the largest process of each command is
   reported too: the command itself or one of its workers, whichever is larger.

Goals: pic-wizard no slower than openssl for the unencrypted request; one file checked in
at most 1.2 times the library floor; the audit in at most half openssl's time with the
default jobs, at most openssl's with ``--jobs 1``; at most 45 MiB in any process.  The encrypted key
costs more on purpose: pic-wizard stretches the passphrase with 600,000 PBKDF2 rounds where
``openssl req`` uses 2,048 (a third of a second, once).  The check validates every
certificate's path in full (a verdict never depends on the other files), which openssl
verify does too; pic-wizard also judges every Edge rule.  Needs openssl on PATH.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from pic_wizard.core.files import profile  # noqa: E402
from pic_wizard.core.values.topology import seed_example  # noqa: E402

import pki  # noqa: E402  (the test PKI: root, intermediate, Edge leaves)

CLI = [sys.executable, "-m", "pic_wizard.cli"]
SUBJ = "/C=US/ST=Washington/L=Redmond/O=Contoso Ltd/OU=IT/CN=sip.contoso.com"
SANS = "subjectAltName=DNS:sip.contoso.com,DNS:webcon.contoso.com,DNS:sip.fabrikam.com"


# As on an admin's machine: Python keeps its compiled modules (the first run writes them).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


# The earlier pic-wizard to compare with (--baseline), run by the same interpreter.
BASELINE: Path | None = None
# Where the commands run: not the checkout, whose pic_wizard "python -m" would import
# ahead of the baseline's (the current directory comes first on its path).
CWD: Path | None = None


def baseline(cmd: list[str]) -> list[str]:
    """``cmd`` (one of ours) marked to run the baseline's pic_wizard instead."""
    return ["@baseline", *cmd]


# The peak resident memory (MiB) of the largest process of each command timed, by label.
PEAKS: dict[str, list[float]] = {}

# Each command is started by this small launcher (``python -S``, about 9 MiB), which times
# it and reads its peak memory.  Started straight from this script, a command's peak would
# be at least this script's own size (tens of MiB with its PKI and file list): a process
# made by fork, or vfork as subprocess does, counts the parent's resident pages until its
# exec, and Linux keeps that high-water mark across the exec.  A peak under the launcher's
# own size cannot be seen.
LAUNCHER = """
import os, sys, time
report, cmd = int(sys.argv[1]), sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(cmd[0], cmd)
    finally:
        os._exit(127)
# wait4's resource use covers the process and every descendant it waited for (the
# workers of an audit): ru_maxrss is the largest of them, in KiB on Linux.
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - start
os.write(report, f"{elapsed!r} {usage.ru_maxrss}".encode())
sys.exit(os.waitstatus_to_exitcode(status))
"""


def timed(cmd: list[str], ok: tuple[int, ...] = (0,), label: str = "") -> float:
    """The wall time of ``cmd``; with ``label``, its peak memory is kept in PEAKS."""
    env = ENV
    if cmd[0] == "@baseline":
        assert BASELINE is not None
        cmd = cmd[1:]
        env = {**ENV, "PYTHONPATH": str(BASELINE)}
    read_end, write_end = os.pipe()
    try:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            launcher = [sys.executable, "-S", "-c", LAUNCHER, str(write_end), *cmd]
            process = subprocess.Popen(
                launcher, stdout=out, stderr=err, env=env, cwd=CWD, pass_fds=(write_end,)
            )
            os.close(write_end)
            write_end = -1
            report = os.read(read_end, 200).decode()
            returncode = process.wait()
            if returncode not in ok or not report:
                err.seek(0)
                tail = err.read()[-500:]
                raise SystemExit(f"{cmd[0]} failed ({returncode}): {tail!r}")
    finally:
        os.close(read_end)
        if write_end != -1:
            os.close(write_end)
    elapsed, peak_kib = report.split()
    if label:
        PEAKS.setdefault(label, []).append(int(peak_kib) / 1024)
    return float(elapsed)


def peak(label: str) -> str:
    samples = PEAKS.get(label, [])
    return f"peak memory {statistics.median(samples):5.1f} MiB (median)" if samples else ""


def summary(samples: list[float]) -> str:
    ms = [s * 1000 for s in samples]
    return (
        f"median {statistics.median(ms):8.1f} ms   mean {statistics.mean(ms):8.1f} ms   "
        f"min {min(ms):7.1f} ms   (n={len(ms)})"
    )


def bench_csr(folder: Path, runs: int) -> None:
    prof = folder / "contoso.json"
    profile.save(seed_example(), prof)
    phrase = folder / "phrase.txt"
    phrase.write_text("Edge-Pool-2026!\n")
    out = folder / "csr"
    out.mkdir()
    ours = [*CLI, "csr", str(prof), "--out", str(out), "--force"]
    theirs = [
        "openssl", "req", "-new", "-newkey", "rsa:2048", "-sha256",
        "-keyout", str(out / "o.key"), "-out", str(out / "o.req"), "-subj", SUBJ,
        "-addext", SANS,
        "-addext", "extendedKeyUsage=serverAuth,clientAuth",
        "-addext", "keyUsage=critical,digitalSignature,keyEncipherment",
    ]  # fmt: skip
    cases = {
        "unencrypted": ([*ours, "--no-encrypt"], [*theirs, "-nodes"]),
        "encrypted key": (
            [*ours, "--passphrase-file", str(phrase)],
            [*theirs, "-passout", f"file:{phrase}"],  # openssl 3 encrypts with AES-256-CBC
        ),
    }
    print(f"1. Request generation, whole process, RSA 2048 ({runs} interleaved runs each)")
    for label, (mine, other) in cases.items():
        a: list[float] = []
        b: list[float] = []
        old: list[float] = []
        timed(mine)  # warm the file cache
        if BASELINE:
            timed(baseline(mine))
        for _ in range(runs):
            a.append(timed(mine))
            b.append(timed(other))
            if BASELINE:
                old.append(timed(baseline(mine)))
        print(f"   {label}")
        print(f"     pic-wizard-cli csr   {summary(a)}")
        if BASELINE:
            print(f"     baseline csr         {summary(old)}")
        print(f"     openssl req -new     {summary(b)}")
        ratio = statistics.mean(a) / statistics.mean(b)
        print(f"     pic-wizard / openssl (means): {ratio:.2f}")
        if BASELINE:
            ratio = statistics.median(a) / statistics.median(old)
            print(f"     pic-wizard / baseline (medians): {ratio:.2f}")


def make_pki(folder: Path) -> pki.CA:
    root = pki.make_root()
    inter = pki.make_intermediate(root)
    (folder / "root.pem").write_bytes(root.pem)
    (folder / "int.pem").write_bytes(inter.pem)
    profile.save(seed_example(), folder / "contoso.json")
    return inter


def bench_one(folder: Path, inter: pki.CA, runs: int) -> None:
    """One file checked, whole process, against the floor of a Python program that reads
    certificates with the same library."""
    cert, _ = pki.make_leaf(inter, key=pki.rsa_key(0))
    path = folder / "one.pem"
    path.write_bytes(pki.pem(cert))
    ours = [
        *CLI, "check", str(path), "--roots", str(folder / "root.pem"),
        "--chain", str(folder / "int.pem"), "--at", pki.AT.date().isoformat(),
    ]  # fmt: skip
    floor = [sys.executable, "-c", "import cryptography.x509"]
    a: list[float] = []
    b: list[float] = []
    old: list[float] = []
    timed(ours)  # warm the file cache and write the compiled modules
    timed(floor)
    if BASELINE:
        timed(baseline(ours))
    for _ in range(runs):
        a.append(timed(ours, label="one"))
        b.append(timed(floor, label="floor"))
        if BASELINE:
            old.append(timed(baseline(ours), label="one-baseline"))
    print(f"2. One file, check --roots --chain, whole process ({runs} interleaved runs)")
    print(f"     pic-wizard-cli check          {summary(a)}   {peak('one')}")
    if BASELINE:
        print(f"     baseline check                {summary(old)}   {peak('one-baseline')}")
    print(f"     python -c 'import cryptography.x509'  {summary(b)}   {peak('floor')}")
    ratio = statistics.median(a) / statistics.median(b)
    print(f"     pic-wizard / floor (medians): {ratio:.2f}   (goal <= 1.2)")
    if BASELINE:
        ratio = statistics.median(a) / statistics.median(old)
        print(f"     pic-wizard / baseline (medians): {ratio:.2f}")


def bench_check(folder: Path, inter: pki.CA, count: int, runs: int) -> None:
    prof = folder / "contoso.json"
    certs = folder / "certs"
    certs.mkdir()
    variants = [
        {},
        {"sans": ("sip.contoso.com", "sip.fabrikam.com")},
        {"ekus": ("serverAuth",)},
        {"cdp": False},
        {"sans": ("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com", "av.contoso.com")},
    ]
    files = []
    for i in range(count):
        cert, _ = pki.make_leaf(inter, key=pki.rsa_key(i % 4), **variants[i % len(variants)])
        path = certs / f"edge-{i:05d}.pem"
        path.write_bytes(pki.pem(cert))
        files.append(str(path))
    at = pki.AT.date().isoformat()
    ours = [
        *CLI, "check", *files, "--profile", str(prof), "--roots", str(folder / "root.pem"),
        "--chain", str(folder / "int.pem"), "--at", at, "--json",
    ]  # fmt: skip
    attime = str(int(pki.AT.timestamp()))
    theirs = [
        "openssl", "verify", "-CAfile", str(folder / "root.pem"),
        "-untrusted", str(folder / "int.pem"), "-attime", attime, *files,
    ]  # fmt: skip
    single = [*ours, "--jobs", "1"]
    a: list[float] = []
    b: list[float] = []
    c: list[float] = []
    # pic-wizard exits 1 (errors found: some certificates are broken on purpose);
    # openssl verify exits 0 (every chain is fine).
    timed(ours, ok=(1,))
    timed(theirs)
    old: list[float] = []
    old_single: list[float] = []
    if BASELINE:
        timed(baseline(ours), ok=(1,))
    for _ in range(runs):
        a.append(timed(ours, ok=(1,), label="audit"))
        c.append(timed(single, ok=(1,), label="audit-1"))
        b.append(timed(theirs, label="openssl"))
        if BASELINE:
            old.append(timed(baseline(ours), ok=(1,), label="audit-baseline"))
            old_single.append(timed(baseline(single), ok=(1,), label="audit-1-baseline"))
    print(
        f"3. {count} Edge certificates, --json, whole process, all files in one command "
        f"({runs} interleaved runs)"
    )
    print(f"     pic-wizard-cli check (all rules)            {summary(a)}   {peak('audit')}")
    print(f"     pic-wizard-cli check --jobs 1 (one process) {summary(c)}   {peak('audit-1')}")
    if BASELINE:
        print(
            f"     baseline check (all rules)                  {summary(old)}   "
            f"{peak('audit-baseline')}"
        )
        print(
            f"     baseline check --jobs 1                     {summary(old_single)}   "
            f"{peak('audit-1-baseline')}"
        )
    print(f"     openssl verify (chain only)                 {summary(b)}   {peak('openssl')}")
    for label, samples, goal in (("default", a, "0.5"), ("--jobs 1", c, "1.0")):
        ratio = statistics.median(samples) / statistics.median(b)
        print(f"     pic-wizard ({label}) / openssl (medians): {ratio:.2f}   (goal <= {goal})")
    print(
        "     peak memory of any process (goal <= 45 MiB): "
        f"default {statistics.median(PEAKS['audit']):.1f} MiB, "
        f"--jobs 1 {statistics.median(PEAKS['audit-1']):.1f} MiB"
    )
    if BASELINE:
        for label, new, past in (("default", a, old), ("--jobs 1", c, old_single)):
            ratio = statistics.median(new) / statistics.median(past)
            print(f"     pic-wizard ({label}) / baseline (medians): {ratio:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csr-runs", type=int, default=30)
    parser.add_argument("--one-runs", type=int, default=30)
    parser.add_argument("--certs", type=int, default=10000)
    parser.add_argument("--check-runs", type=int, default=5)
    parser.add_argument(
        "--baseline", type=Path, help="a checkout of an earlier pic-wizard to run side by side"
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer runs and 2,000 files: a first look"
    )
    args = parser.parse_args()
    if args.quick:
        args.csr_runs = min(args.csr_runs, 5)
        args.one_runs = min(args.one_runs, 15)
        args.certs = min(args.certs, 2000)
        args.check_runs = min(args.check_runs, 3)
    global BASELINE
    if args.baseline is not None:
        BASELINE = args.baseline.resolve()
        if not (BASELINE / "pic_wizard" / "__init__.py").is_file():
            raise SystemExit(f"{BASELINE}: not a pic-wizard checkout (no pic_wizard package).")
    if not shutil.which("openssl"):
        raise SystemExit("openssl is not on PATH: nothing to compare with.")
    version = subprocess.run(["openssl", "version"], capture_output=True, text=True).stdout
    print(f"pic-wizard bench, {dt.date.today()}, Python {sys.version.split()[0]}, {version}")
    print(f"machine: {os.cpu_count()} CPUs\n")
    global CWD
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        CWD = folder
        if args.csr_runs > 0:  # --csr-runs 0: the checks only
            bench_csr(folder, args.csr_runs)
            print()
        inter = make_pki(folder)
        if args.one_runs > 0:
            bench_one(folder, inter, args.one_runs)
            print()
        if args.check_runs > 0:
            bench_check(folder, inter, args.certs, args.check_runs)


if __name__ == "__main__":
    main()
