#!/usr/bin/env python3
"""The long fuzz run, for a release: the targets of tests/fuzz, with more examples and
larger shapes, each target in its own process.

    .venv/bin/python tools/fuzz.py --seconds 600 --examples 100000 --out fuzz-failures

For every target it prints how many inputs it tried, how many gave a result (accepted) or
a documented error (refused), how many failed, and the longest accepted input.  Every
failing input is written to the --out folder, smallest first (``<target>-<error>-<hash>``,
a ``.txt`` beside it says what happened; an ``.args.json`` what the input needs besides its
bytes).  A native hang that the in-process watchdog cannot stop ends the target's process;
the input it was running is kept as an ``-ended-`` file and the target goes on in a new
process.  Exit status: 0 when nothing failed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "fuzz")]

CHUNK = 1000  # examples per Hypothesis run; each run starts from a new random seed


class _OutOfBudget(BaseException):
    pass


def _where(exc: BaseException) -> str:
    """file:line of the innermost frame in pic_wizard (else the innermost one)."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "pic_wizard" in f.filename] or frames
    if not ours:
        return "?"
    frame = ours[-1]
    path = Path(frame.filename)
    with contextlib.suppress(ValueError):
        path = path.relative_to(ROOT)
    return f"{path}:{frame.lineno}"


def _save(out: Path, target: Any, kind: str, value: Any, report: str) -> Path:
    data, args = target.to_file(value)
    digest = hashlib.sha256(data + json.dumps(args, sort_keys=True).encode()).hexdigest()[:10]
    path = out / f"{target.name}-{kind}-{digest}.{target.extension}"
    path.write_bytes(data)
    if args:
        path.with_name(path.name + ".args.json").write_text(json.dumps(args, sort_keys=True) + "\n")
    path.with_name(path.name + ".txt").write_text(report)
    return path


def child(name: str, examples: int, seconds: float, out: Path, release: bool) -> None:
    """Fuzz one target until ``examples`` inputs or ``seconds`` are spent."""
    import fuzz_strategies as fs
    import fuzz_targets as ft
    from hypothesis import Phase, Verbosity, given, settings

    target = ft.TARGETS[name]
    strategy = target.strategy(fs.RELEASE if release else fs.CI)
    stats_path = out / f".stats-{name}.json"
    stats: dict[str, Any] = json.loads(stats_path.read_text()) if stats_path.exists() else {}
    stats.setdefault("tried", 0)
    stats.setdefault("accepted", 0)
    stats.setdefault("refused", 0)
    stats.setdefault("failed", 0)
    stats.setdefault("longest_accepted", [0.0, 0])  # seconds, input bytes
    stats.setdefault("refusals", {})
    stats.setdefault("failures", {})  # "Error at file:line" -> [saved file, size]
    inflight = out / f".inflight-{name}"
    deadline = time.monotonic() + seconds
    started = stats["tried"]

    def save_stats() -> None:
        stats_path.write_text(json.dumps(stats))

    def run(value: Any) -> None:
        if time.monotonic() > deadline or stats["tried"] - started >= examples:
            raise _OutOfBudget
        data, args = target.to_file(value)
        inflight.write_bytes(data)
        inflight.with_suffix(".args.json").write_text(json.dumps(args))
        stats["tried"] += 1
        start = time.perf_counter()
        try:
            code = ft.attempt(target, value)
        except (KeyboardInterrupt, SystemExit, _OutOfBudget):
            raise
        except BaseException as exc:  # a Hang, or a Rust panic (pyo3's PanicException)
            stats["failed"] += 1
            kind = type(exc).__name__
            key = f"{kind} at {_where(exc)}"
            known = stats["failures"].get(key)
            if known is None or len(data) < known[1]:
                if known is not None:
                    with contextlib.suppress(OSError):
                        Path(known[0]).unlink()
                        Path(known[0] + ".txt").unlink()
                        Path(known[0] + ".args.json").unlink()
                report = f"{key}\n\n" + "".join(traceback.format_exception(exc))
                path = _save(out, target, kind, value, report)
                stats["failures"][key] = [str(path), len(data)]
            save_stats()
            # A new failure is shrunk by Hypothesis (a hang is not: it would take as long
            # again per step); one seen before is only counted.
            if known is None and isinstance(exc, Exception):
                raise
            return
        elapsed = time.perf_counter() - start
        if code:
            stats["refused"] += 1
            stats["refusals"][code] = stats["refusals"].get(code, 0) + 1
        else:
            stats["accepted"] += 1
            if elapsed > stats["longest_accepted"][0]:
                stats["longest_accepted"] = [elapsed, len(data)]
        if stats["tried"] % 200 == 0:
            save_stats()

    while time.monotonic() < deadline and stats["tried"] - started < examples:
        test = settings(
            ft.FUZZ_SETTINGS,
            max_examples=CHUNK,
            database=None,
            print_blob=False,
            verbosity=Verbosity.quiet,
            # Not the target phase: its hill climbing spends minutes between two inputs.
            phases=[Phase.generate, Phase.shrink],
        )(given(strategy)(run))
        try:
            test()
        except _OutOfBudget:
            break
        except Exception:
            pass  # recorded in run(); go on with a new seed
    save_stats()
    with contextlib.suppress(OSError):
        inflight.unlink()
        inflight.with_suffix(".args.json").unlink()


def parent(args: argparse.Namespace) -> int:
    import fuzz_targets as ft

    names = args.targets.split(",") if args.targets else list(ft.TARGETS)
    unknown = [n for n in names if n not in ft.TARGETS]
    if unknown:
        sys.exit(f"unknown target(s): {', '.join(unknown)}; choose from {', '.join(ft.TARGETS)}")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(".stats-*.json"):
        old.unlink()
    per_target = args.seconds / len(names)
    began = time.monotonic()
    for name in names:
        end = time.monotonic() + per_target
        for _restart in range(10):
            stats_path = out / f".stats-{name}.json"
            tried = json.loads(stats_path.read_text())["tried"] if stats_path.exists() else 0
            left_examples = args.examples - tried
            left_seconds = end - time.monotonic()
            if left_examples <= 0 or left_seconds <= 1:
                break
            command = [sys.executable, __file__, "--child", name, "--out", str(out)]
            command += ["--examples", str(left_examples), "--seconds", f"{left_seconds:.1f}"]
            if args.small:
                command.append("--small")
            try:
                done = subprocess.run(
                    command, stderr=subprocess.PIPE, text=True, timeout=left_seconds + 300
                )
            except subprocess.TimeoutExpired:
                print(f"{name}: stopped, still running long after its time", file=sys.stderr)
                break
            if done.returncode == 0:
                break
            # The watchdog (or a crash) ended the process: keep the input it was running.
            inflight = out / f".inflight-{name}"
            report = f"the process ended with status {done.returncode}\n\n{done.stderr[-20000:]}"
            if inflight.exists():
                target = ft.TARGETS[name]
                extra = inflight.with_suffix(".args.json")
                value = target.from_file(
                    inflight.read_bytes(), json.loads(extra.read_text()) if extra.exists() else {}
                )
                path = _save(out, target, "ended", value, report)
                stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
                stats.setdefault("failures", {})[f"process ended ({path.name})"] = [str(path), 0]
                stats["failed"] = stats.get("failed", 0) + 1
                stats["tried"] = stats.get("tried", 0) + 1
                stats_path.write_text(json.dumps(stats))
                inflight.unlink()
            else:
                print(report, file=sys.stderr)
                break
    return _summary(out, names, time.monotonic() - began)


def _summary(out: Path, names: list[str], elapsed: float) -> int:
    head = f"{'target':<9} {'tried':>8} {'accepted':>9} {'refused':>8} {'failed':>7}"
    print(head + "  longest accepted")
    total = failed = 0
    longest = (0.0, "", 0)
    failures: dict[str, str] = {}
    for name in names:
        path = out / f".stats-{name}.json"
        s = json.loads(path.read_text()) if path.exists() else {}
        seconds, size = s.get("longest_accepted", [0.0, 0])
        print(
            f"{name:<9} {s.get('tried', 0):>8} {s.get('accepted', 0):>9} {s.get('refused', 0):>8} "
            f"{s.get('failed', 0):>7}  {seconds:.3f} s ({size} bytes)"
        )
        total += s.get("tried", 0)
        failed += s.get("failed", 0)
        if seconds > longest[0]:
            longest = (seconds, name, size)
        for key, (file, _size) in s.get("failures", {}).items():
            failures[f"{name}: {key}"] = file
        top = sorted(s.get("refusals", {}).items(), key=lambda kv: -kv[1])[:6]
        if top:
            print("          refused as: " + ", ".join(f"{code} {n}" for code, n in top))
    print(f"{total} inputs in {elapsed:.0f} s; longest accepted input: {longest[0]:.3f} s "
          f"({longest[1]}, {longest[2]} bytes)")  # fmt: skip
    for key, file in sorted(failures.items()):
        print(f"FAILED {key}\n  {file}")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=100_000, help="inputs per target at most")
    parser.add_argument("--seconds", type=float, default=600, help="time for all targets")
    parser.add_argument("--targets", help="comma-separated (default: all)")
    parser.add_argument("--out", default="fuzz-failures", help="folder for failing inputs")
    parser.add_argument("--small", action="store_true", help="the test suite's input sizes")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child:
        child(args.child, args.examples, args.seconds, Path(args.out), release=not args.small)
        return 0
    return parent(args)


if __name__ == "__main__":
    sys.exit(main())
