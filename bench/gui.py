#!/usr/bin/env python3
"""How the wizard feels: start-up against XCA, and the longest GUI-thread stall.

    python bench/gui.py [--runs 5] [--no-xvfb]

1. Launch to visible window, whole process, on a real X server (Xvfb): ``pic-wizard``
   against ``xca`` (the C++ Qt certificate manager), measured side by side: from the
   spawn to the moment the window is mapped (polled with ``xdotool search``).
2. The longest stall of the GUI thread (goal < 16 ms) while the plan is recomputed for
   500 SIP domains as the admin types the Access Edge FQDN, key by key.
3. The longest stall during RSA-4096 key generation (goal < 50 ms).

A stall is measured by a 1 ms timer on the GUI thread: the longest gap between two of its
ticks, less the interval.  Needs Xvfb and xdotool for part 1 (xca for the comparison).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MINIMAL_QT = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication(sys.argv)\n"
    "w = QWidget(); w.setWindowTitle('Minimal PySide6 window'); w.resize(400, 300); w.show()\n"
    "app.exec()\n"
)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    display = ":97"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.8)
    return server, display


def time_to_window(command: list[str], title: str, env: dict[str, str]) -> float:
    """Seconds from the spawn until a visible window with ``title`` is mapped.

    Polled every few milliseconds (``xdotool search --sync`` only looks twice a second).
    """
    home = tempfile.mkdtemp()  # a first start every time, and no lock left by the last
    env = {**env, "HOME": home}
    start = time.perf_counter()
    log = Path(home) / "stderr.txt"
    with log.open("wb") as errors:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        while time.perf_counter() - start < 60:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", title],
                env=env,
                capture_output=True,
                check=False,
            )
            if found.returncode == 0 and found.stdout.strip():
                return time.perf_counter() - start
            time.sleep(0.003)
            if process.poll() is not None:
                break
        raise SystemExit(
            f"no window titled {title!r} (exit {process.poll()}): {log.read_text()[-800:]}"
        )
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(home, ignore_errors=True)


def bench_start_up(runs: int) -> None:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("1. Start-up: skipped (needs Xvfb and xdotool)")
        return
    server, display = start_xvfb()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM",)}
    env["DISPLAY"] = display
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on an admin's machine
    home = tempfile.mkdtemp()
    env["HOME"] = home  # first-run state for both programs, every time
    wizard = [str(Path(sys.executable).with_name("pic-wizard"))]
    if not Path(wizard[0]).exists():
        wizard = [sys.executable, "-m", "pic_wizard"]
    try:
        time_to_window(wizard, "PIC Certificate Wizard", env)  # warm the file cache
        ours = [time_to_window(wizard, "PIC Certificate Wizard", env) for _ in range(runs)]
        print(f"1. Launch to visible window on Xvfb ({runs} runs)")
        print(f"     pic-wizard  median {statistics.median(ours) * 1000:7.0f} ms   "
              f"min {min(ours) * 1000:7.0f} ms")  # fmt: skip
        floor = [sys.executable, "-c", MINIMAL_QT]
        time_to_window(floor, "Minimal PySide6 window", env)
        minimal = [time_to_window(floor, "Minimal PySide6 window", env) for _ in range(runs)]
        print(f"     an empty PySide6 window (the floor of any PySide6 program) median "
              f"{statistics.median(minimal) * 1000:5.0f} ms")  # fmt: skip
        if shutil.which("xca"):
            time_to_window(["xca"], "X Certificate", env)
            theirs = [time_to_window(["xca"], "X Certificate", env) for _ in range(runs)]
            print(f"     xca         median {statistics.median(theirs) * 1000:7.0f} ms   "
                  f"min {min(theirs) * 1000:7.0f} ms")  # fmt: skip
            ratio = statistics.median(ours) / statistics.median(theirs)
            print(f"     pic-wizard / xca (medians): {ratio:.2f}")
        else:
            print("     xca: not installed, no comparison")
    finally:
        server.terminate()
        shutil.rmtree(home, ignore_errors=True)


class StallMeter:
    """Longest gap between ticks of a 1 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def __enter__(self) -> StallMeter:
        self.ticks.clear()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()

    @property
    def longest_ms(self) -> float:
        gaps = [b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)]
        return max(0.0, (max(gaps) if gaps else 0.0) * 1000 - 1)


def bench_stalls() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from pic_wizard.core.values.topology import KeyAlgorithm, KeySpec, seed_example
    from pic_wizard.ui.wizard import PageId, PicWizard

    app = QApplication.instance() or QApplication([])
    domains = tuple(f"branch{i:03d}.contoso.com" for i in range(500))
    wizard = PicWizard(replace(seed_example(), sip_domains=domains))
    wizard.show()
    import gc

    gc.freeze()  # as pic_wizard.app.main does once the window is shown
    wizard.restart_at(PageId.EDGE)
    edit = wizard.currentPage().fields["access_edge_fqdn"][0]
    edit.setFocus()
    edit.clear()

    def settle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()

    settle(0.3)
    with StallMeter() as meter:
        for char in "sip.branch042.contoso.com":
            QTest.keyClick(edit, char)  # one keystroke, then the loop turns as for a person
            settle(0.06)
    print("2. GUI-thread stall while typing with 500 SIP domains (goal < 16 ms)")
    print(f"     longest stall {meter.longest_ms:6.1f} ms over {len(meter.ticks)} ticks; "
          f"plan has {len(wizard.answers.plan.sans)} SAN entries")  # fmt: skip

    folder = tempfile.mkdtemp()
    wizard.set_topology(replace(seed_example(), key=KeySpec(KeyAlgorithm.RSA, 4096)))
    wizard.restart_at(PageId.GENERATE)
    page = wizard.currentPage()
    page.folder.setText(folder)
    page.no_phrase.setChecked(True)
    durations = []
    stalls = []
    for _ in range(3):
        for path in Path(folder).iterdir():
            path.unlink()
        page.written = []
        with StallMeter() as meter:
            started = time.perf_counter()
            QTest.mouseClick(page.generate, Qt.MouseButton.LeftButton)
            while not page.written:
                app.processEvents()
            durations.append(time.perf_counter() - started)
        stalls.append(meter.longest_ms)
        page.force = True
    print("3. GUI-thread stall during RSA-4096 key generation (goal < 50 ms)")
    print(f"     longest stall {max(stalls):6.1f} ms (per run: "
          f"{', '.join(f'{s:.1f}' for s in stalls)}); generation took "
          f"{', '.join(f'{d:.2f}' for d in durations)} s")  # fmt: skip
    shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-xvfb", action="store_true", help="skip the start-up part")
    args = parser.parse_args()
    print(f"pic-wizard GUI bench, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
    if not args.no_xvfb:
        bench_start_up(args.runs)
        print()
    bench_stalls()


if __name__ == "__main__":
    main()
