#!/usr/bin/env python3
"""How the wizard feels: the first paint against a bare QWizard and XCA, and the longest
GUI-thread stall while typing and while a key is generated.

    python bench/gui.py [--runs 7] [--rsa-runs 7] [--display :98] [--baseline DIR]
                        [--no-xvfb]

1. Launch to window **painted**, whole process, on a real X server (Xvfb, started on
   ``--display`` unless one runs there): pic-wizard, a bare one-page PySide6 QWizard of
   the same size (the floor of any PySide6 wizard) and ``xca`` (the C++ Qt certificate
   manager) when installed, runs interleaved.  From the spawn to the first moment the
   window shows its contents: a few rows of the window's pixels are read back from the
   server every millisecond (Xlib through ctypes), and the window counts as painted once
   they hold several colours.  A window mapped but still blank, the state a deferred
   start-up can leave it in, is not painted.  The time it was mapped is shown too.
2. The longest stall of the GUI thread (goal < 16 ms) while the plan is recomputed for
   500 SIP domains as the admin types the Access Edge FQDN, key by key, on the same X
   server.
3. The longest stall during RSA-4096 key generation (goal < 50 ms in every run), the
   key written without and with a passphrase (600,000 PBKDF2 rounds).

A stall is measured by a 1 ms precise timer on the GUI thread: the longest gap between two
of its ticks, less the interval.  Medians of the interleaved runs; with ``--baseline DIR``
(a checkout of an earlier pic-wizard) that version starts in the same rotation.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLE = "PIC Certificate Wizard"
BARE_TITLE = "Bare PySide6 wizard"
BARE_WIZARD = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage\n"
    "app = QApplication(sys.argv)\n"
    "wizard = QWizard()\n"
    f"wizard.setWindowTitle({BARE_TITLE!r})\n"
    "wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)\n"
    "page = QWizardPage()\n"
    "page.setTitle('Welcome')\n"
    "QVBoxLayout(page).addWidget(QLabel('One page, one label.'))\n"
    "wizard.addPage(page)\n"
    "wizard.resize(1100, 720)\n"
    "wizard.show()\n"
    "app.exec()\n"
)
XCA_TITLE = "X Certificate and Key management"


class XDisplay:
    """Just enough Xlib (through ctypes) to find a window by title and read a few rows of
    its pixels back from the server."""

    def __init__(self, name: str) -> None:
        x = ctypes.CDLL("libX11.so.6")
        vp, ul, ui, i = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_uint, ctypes.c_int
        x.XOpenDisplay.restype = vp
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ul
        x.XDefaultRootWindow.argtypes = [vp]
        x.XInternAtom.restype = ul
        x.XInternAtom.argtypes = [vp, ctypes.c_char_p, i]
        x.XQueryTree.argtypes = [vp, ul, *(ctypes.POINTER(t) for t in (ul, ul, vp, ui))]
        x.XGetWindowProperty.argtypes = [
            vp, ul, ul, ctypes.c_long, ctypes.c_long, i, ul,
            ctypes.POINTER(ul), ctypes.POINTER(i), ctypes.POINTER(ul), ctypes.POINTER(ul),
            ctypes.POINTER(vp),
        ]  # fmt: skip
        x.XGetGeometry.argtypes = [
            vp,
            ul,
            ctypes.POINTER(ul),
            *(ctypes.POINTER(t) for t in (i, i, ui, ui, ui, ui)),
        ]
        x.XGetImage.restype = ctypes.POINTER(_XImage)
        x.XGetImage.argtypes = [vp, ul, i, i, ui, ui, ul, i]
        x.XDestroyImage.argtypes = [ctypes.POINTER(_XImage)]
        x.XFree.argtypes = [vp]
        self.x = x
        self._on_error = ctypes.CFUNCTYPE(i, vp, vp)(lambda _d, _e: 0)  # BadMatch: not yet mapped
        x.XSetErrorHandler(self._on_error)
        self.dpy = x.XOpenDisplay(name.encode())
        if not self.dpy:
            raise SystemExit(f"cannot open X display {name}")
        self.root = x.XDefaultRootWindow(self.dpy)
        self.names = [x.XInternAtom(self.dpy, n, 0) for n in (b"_NET_WM_NAME", b"WM_NAME")]

    def _children(self, window: int) -> list[int]:
        root, parent, children, n = (
            ctypes.c_ulong(),
            ctypes.c_ulong(),
            ctypes.c_void_p(),
            ctypes.c_uint(),
        )
        if not self.x.XQueryTree(self.dpy, window, root, parent, children, n) or not children:
            return []
        ids = list(ctypes.cast(children, ctypes.POINTER(ctypes.c_ulong))[: n.value])
        self.x.XFree(children)
        return ids

    def _title(self, window: int) -> str:
        for atom in self.names:
            kind, fmt, n, after, data = (
                ctypes.c_ulong(),
                ctypes.c_int(),
                ctypes.c_ulong(),
                ctypes.c_ulong(),
                ctypes.c_void_p(),
            )
            status = self.x.XGetWindowProperty(
                self.dpy, window, atom, 0, 256, 0, 0, kind, fmt, n, after, data
            )
            if status == 0 and data:
                text = ctypes.string_at(data, n.value).decode("utf-8", "replace")
                self.x.XFree(data)
                if text:
                    return text
        return ""

    def find(self, title: str) -> int | None:
        """The window whose title starts with ``title`` (top level or in a WM's frame)."""
        for top in self._children(self.root):
            for window in (top, *self._children(top)):
                if self._title(window).startswith(title):
                    return window
        return None

    def colours(self, window: int, lines: int = 9) -> int | None:
        """Distinct pixel values on ``lines`` rows and as many columns across the window
        (through its title, its fields and its buttons), or None while the window is not
        viewable (the server refuses to read it back)."""
        r, xy, size = (
            ctypes.c_ulong(),
            [ctypes.c_int() for _ in range(2)],
            [ctypes.c_uint() for _ in range(4)],
        )
        if not self.x.XGetGeometry(self.dpy, window, r, *xy, *size):
            return None
        width, height = size[0].value, size[1].value
        strips = [(0, height * (k + 1) // (lines + 1), width, 1) for k in range(lines)]
        strips += [(width * (k + 1) // (lines + 1), 0, 1, height) for k in range(lines)]
        seen: set[bytes] = set()
        for left, top, w, h in strips:
            image = self.x.XGetImage(self.dpy, window, left, top, w, h, 0xFFFFFFFF, 2)
            if not image:
                return None
            step = max(1, image.contents.bits_per_pixel // 8)
            pixels = ctypes.string_at(image.contents.data, image.contents.bytes_per_line * h)
            stride = image.contents.bytes_per_line
            seen.update(
                pixels[row * stride + j : row * stride + j + step]
                for row in range(h)
                for j in range(0, w * step, step)
            )
            self.x.XDestroyImage(image)
        return len(seen)


class _XImage(ctypes.Structure):
    _fields_ = [  # the head of Xlib's XImage
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.c_void_p),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


# A window showing its contents has text, frames and buttons: many colours on a few rows.
# Mapped but not yet drawn it shows one (the background) or the root's two-colour weave.
PAINTED_COLOURS = 4


def time_to_paint(
    x: XDisplay, command: list[str], title: str, env: dict[str, str], cwd: Path | None = None
) -> tuple[float, float]:
    """Seconds from the spawn until the window titled ``title`` is mapped, and until it
    shows its contents."""
    home = tempfile.mkdtemp()  # a first start every time, and no lock left by the last
    env = {**env, "HOME": home}
    log = Path(home) / "stderr.txt"
    start = time.perf_counter()
    with log.open("wb") as errors:
        process = subprocess.Popen(
            command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors
        )
    window = None
    mapped = None
    try:
        while time.perf_counter() - start < 60:
            if window is None:
                window = x.find(title)
            if window is not None:
                colours = x.colours(window)
                now = time.perf_counter() - start
                if colours is not None and mapped is None:
                    mapped = now
                if colours is not None and colours >= PAINTED_COLOURS:
                    assert mapped is not None
                    return mapped, now
            if process.poll() is not None:
                break
            time.sleep(0.001)
        raise SystemExit(
            f"no window titled {title!r} painted (exit {process.poll()}): {log.read_text()[-800:]}"
        )
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(home, ignore_errors=True)


def start_xvfb(display: str) -> subprocess.Popen[bytes] | None:
    """An X server on ``display``, unless one already answers there."""
    if Path(f"/tmp/.X11-unix/X{display.lstrip(':')}").exists():
        return None
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1400x1000x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    return server


def ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:6.0f} ms   min {min(samples) * 1000:6.0f} ms"


def bench_start_up(display: str, runs: int, baseline: Path | None) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM",)}
    env["DISPLAY"] = display
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on an admin's machine
    wizard = [str(Path(sys.executable).with_name("pic-wizard"))]
    if not Path(wizard[0]).exists():
        wizard = [sys.executable, "-m", "pic_wizard"]
    home = Path(tempfile.gettempdir())  # not a checkout: ``-m`` puts the folder first
    programs: dict[str, tuple[list[str], str, dict[str, str], Path]] = {
        "pic-wizard": (wizard, TITLE, env, home),
        "bare QWizard": ([sys.executable, "-c", BARE_WIZARD], BARE_TITLE, env, home),
    }
    if baseline is not None:  # run from its own folder, which -m puts first on the path
        programs["baseline"] = (
            [sys.executable, "-m", "pic_wizard"],
            TITLE,
            {**env, "PYTHONPATH": str(baseline)},
            baseline.resolve(),
        )
    if shutil.which("xca"):
        programs["xca"] = (["xca"], XCA_TITLE, env, home)
    x = XDisplay(display)
    for command, title, environment, cwd in programs.values():
        time_to_paint(x, command, title, environment, cwd)  # file cache and bytecode warm
    mapped: dict[str, list[float]] = {name: [] for name in programs}
    painted: dict[str, list[float]] = {name: [] for name in programs}
    names = list(programs)
    for run in range(runs):
        for name in names[run % len(names) :] + names[: run % len(names)]:  # rotated order
            command, title, environment, cwd = programs[name]
            at_map, at_paint = time_to_paint(x, command, title, environment, cwd)
            mapped[name].append(at_map)
            painted[name].append(at_paint)
    print(f"1. Launch to window painted on Xvfb ({runs} interleaved runs each)")
    for name in names:
        print(f"     {name:13} painted {ms(painted[name])}   (mapped {ms(mapped[name])})")
    if "xca" not in programs:
        print("     xca: not installed, no comparison")
    ours = statistics.median(painted["pic-wizard"])
    for name in names[1:]:
        ratio = ours / statistics.median(painted[name])
        print(f"     pic-wizard / {name} (painted, medians): {ratio:.2f}")


class StallMeter:
    """Longest gap between ticks of a 1 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
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


def bench_stalls(platform: str, typing_runs: int, rsa_runs: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from pic_wizard.core.values.record import replace
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

    def settle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()

    if not typing_runs and not rsa_runs:
        return
    stalls = []
    for _ in range(typing_runs):
        edit.clear()
        settle(0.3)
        with StallMeter() as meter:
            for char in "sip.branch042.contoso.com":
                QTest.keyClick(edit, char)  # one keystroke, then the loop turns as for a person
                settle(0.06)
        stalls.append(meter.longest_ms)
    if typing_runs:
        print(f"2. GUI-thread stall while typing with 500 SIP domains, {platform} (goal < 16 ms)")
        print(f"     longest stall {max(stalls):6.1f} ms, median of runs "
              f"{statistics.median(stalls):6.1f} ms (per run: "
              f"{', '.join(f'{s:.1f}' for s in stalls)}); "
              f"the plan has {len(wizard.answers.plan.sans)} SAN entries")  # fmt: skip

    if not rsa_runs:
        return
    folder = tempfile.mkdtemp()
    wizard.set_topology(replace(seed_example(), key=KeySpec(KeyAlgorithm.RSA, 4096)))
    wizard.restart_at(PageId.GENERATE)
    page = wizard.currentPage()
    page.folder.setText(folder)
    for encrypted in (False, True):  # the key as written by default: with a passphrase
        page.no_phrase.setChecked(not encrypted)
        for field in (page.phrase, page.phrase2):
            field.setText("Edge-Pool-2026!x" if encrypted else "")
        durations = []
        stalls = []
        for _ in range(rsa_runs):
            for path in Path(folder).iterdir():
                path.unlink()
            page.written = []
            if encrypted:
                for field in (page.phrase, page.phrase2):
                    field.setText("Edge-Pool-2026!x")  # emptied once written
            settle(0.2)
            with StallMeter() as meter:
                started = time.perf_counter()
                QTest.mouseClick(page.generate, Qt.MouseButton.LeftButton)
                while not page.written:
                    app.processEvents()
                durations.append(time.perf_counter() - started)
            stalls.append(meter.longest_ms)
            page.force = True
        kind = "encrypted with a passphrase" if encrypted else "no passphrase"
        print(
            f"3. GUI-thread stall during RSA-4096 key generation, key {kind}, {platform} "
            f"(goal < 50 ms)"
        )
        print(f"     longest stall {max(stalls):6.1f} ms, median of runs "
              f"{statistics.median(stalls):6.1f} ms (per run: "
              f"{', '.join(f'{s:.1f}' for s in stalls)}); generation took "
              f"{', '.join(f'{d:.2f}' for d in durations)} s")  # fmt: skip
    shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each program")
    parser.add_argument("--typing-runs", type=int, default=3)
    parser.add_argument("--rsa-runs", type=int, default=7)
    parser.add_argument("--display", default=":98", help="the X display (Xvfb) to use")
    parser.add_argument(
        "--baseline", type=Path, help="a checkout of an earlier pic-wizard to start side by side"
    )
    parser.add_argument(
        "--no-xvfb", action="store_true", help="no X server: stalls only, offscreen"
    )
    parser.add_argument("--stalls-only", action="store_true", help="skip the start-up part")
    args = parser.parse_args()
    load = os.getloadavg()
    print(f"pic-wizard GUI bench, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n")  # fmt: skip
    if args.no_xvfb:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        bench_stalls("offscreen", args.typing_runs, args.rsa_runs)
        return
    if not shutil.which("Xvfb"):
        raise SystemExit("needs Xvfb (or --no-xvfb)")
    server = start_xvfb(args.display)
    try:
        if not args.stalls_only:
            bench_start_up(args.display, args.runs, args.baseline)
            print()
        os.environ["DISPLAY"] = args.display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        bench_stalls(f"X server {args.display}", args.typing_runs, args.rsa_runs)
    finally:
        if server is not None:
            server.terminate()


if __name__ == "__main__":
    main()
