"""The fuzz targets and their property: any input gives a result or a documented error (a
``PicWizardError``), never anything else, and never hangs.

A hang is caught by a watchdog, not a timing assertion: ``signal.alarm`` raises ``Hang`` in
Python code after ``WATCHDOG_SECONDS``; ``faulthandler`` ends the process (with every
thread's traceback) if native code does not give control back within twice that.
Shared by the tests (``tests/fuzz``) and the release run (``tools/fuzz.py``).
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import signal
import threading
from collections.abc import Callable, Iterator
from typing import Any

import fuzz_strategies as fs
from fuzz_seeds import seed_pki
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from pic_wizard.core.values.errors import PicWizardError
from pic_wizard.core.values.record import frozen

WATCHDOG_SECONDS = 30

# For every target: no deadline (the watchdog judges hangs), and inputs may be large.
FUZZ_SETTINGS = settings(
    deadline=None,
    # In CI the same examples every run, so a verdict never depends on the draw; on a
    # developer's machine new ones each run (and tools/fuzz.py for long runs).
    derandomize=bool(os.environ.get("CI")),
    print_blob=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
    ],
)


class Hang(BaseException):
    """An input ran past the watchdog.  A BaseException, so that no ``except Exception``
    in the code under test can swallow it."""


@contextlib.contextmanager
def watchdog(seconds: int = WATCHDOG_SECONDS) -> Iterator[None]:
    in_main = threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGALRM")
    faulthandler.dump_traceback_later(seconds * 2, exit=True)
    previous: Any = None
    if in_main:

        def expired(signum: int, frame: object) -> None:
            raise Hang(f"still running after {seconds} s")

        previous = signal.signal(signal.SIGALRM, expired)
        signal.alarm(seconds)
    try:
        yield
    finally:
        if in_main:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
        faulthandler.cancel_dump_traceback_later()


# --- What each target does with an input ----------------------------------------------


def _check_options(variant: int) -> Any:
    from pic_wizard.core.rules.verdict import CheckOptions
    from pic_wizard.core.values.topology import seed_example

    import pki

    p = seed_pki()
    roots = [p.root.cert]
    if variant == 1:
        chain = [p.intermediate.cert]
        return CheckOptions(roots=roots, chain=chain, topology=seed_example(), at=pki.AT)
    if variant == 2:
        return CheckOptions(roots=roots, key=p.leaf_key, request=p.request, at=pki.AT)  # type: ignore[arg-type]
    if variant == 3:
        return CheckOptions(topology=seed_example(), at=pki.AT)  # the public roots
    return CheckOptions(roots=roots, at=pki.AT)


def run_loader(value: tuple[bytes, bytes | None, int]) -> None:
    from pic_wizard.core.rules.verdict import check_loaded
    from pic_wizard.core.x509.loader import load_bytes

    data, password, variant = value
    check_loaded(load_bytes(data, "input", password), _check_options(variant))


def run_profile(text: str) -> None:
    from pic_wizard.core.files.profile import loads
    from pic_wizard.core.rules.plan import make_plan

    import pki

    topology = loads(text, "profile.json")
    make_plan(topology, at=pki.AT)
    make_plan(topology, at=pki.AT)


def _plan_imported(imported: Any, file: str, pool_name: str) -> None:
    from pic_wizard.core.files.topology_builder import apply_pool, choose_pool
    from pic_wizard.core.rules.plan import make_plan
    from pic_wizard.core.values.topology import Topology, seed_example

    import pki

    pool = choose_pool(imported, file, pool_name)
    for base in (Topology(), seed_example()):
        make_plan(apply_pool(base, imported, pool), at=pki.AT)


def run_tbxml(value: tuple[bytes | str, str]) -> None:
    from pic_wizard.core.files.topology_builder import parse_topology

    data, pool_name = value
    _plan_imported(parse_topology(data, "topology.tbxml"), "topology.tbxml", pool_name)


def run_shell(text: str) -> None:
    from pic_wizard.core.files.shell_text import parse_powershell

    _plan_imported(parse_powershell(text, "pasted.txt"), "pasted.txt", "")


# C0, DEL, C1; the bidi marks, embeddings, overrides and isolates; the line and paragraph
# separators: what untrusted text must never bring to a terminal raw.
UNSAFE = frozenset(
    [chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))]
    + list("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")
)


def has_untrusted() -> bool:
    import importlib.util

    return importlib.util.find_spec("pic_wizard.core.values.untrusted") is not None


def run_cli(value: tuple[bytes, bytes | None, int]) -> str | None:
    """pic-wizard-cli check and check --json on the input as a file: exit 0 or 1 is a
    result, 2 a refusal, anything else a failure; no control character in the output once
    untrusted text is escaped."""
    import io
    import os
    import tempfile

    from pic_wizard.cli import main

    import pki

    data = value[0]
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "fuzzed \x1b[2J\u202e.cer")
        roots = os.path.join(folder, "roots.pem")
        with open(path, "wb") as f:
            f.write(data)
        with open(roots, "wb") as f:
            f.write(pki.pem(seed_pki().root))
        codes = []
        for extra in ([], ["--json"]):
            out, err = io.StringIO(), io.StringIO()
            argv = ["check", *extra, "--at", "2026-06-01", "--roots", roots, path]
            code = main(argv, out, err)
            output = out.getvalue() + err.getvalue()
            if code not in (0, 1, 2):
                raise AssertionError(f"exit {code}: {output!a}")
            if has_untrusted() and (UNSAFE - {"\n"}).intersection(output):
                raise AssertionError(f"control character in the output: {output!a}")
            codes.append(code)
    return "exit-2" if 2 in codes else None


# --- Saving an input as a file, and reading it back -----------------------------------


def _loader_file(value: tuple[bytes, bytes | None, int]) -> tuple[bytes, dict[str, Any]]:
    data, password, variant = value
    args: dict[str, Any] = {}
    if password is not None:
        args["password_hex"] = password.hex()
    if variant:
        args["options"] = variant
    return data, args


def _loader_value(data: bytes, args: dict[str, Any]) -> tuple[bytes, bytes | None, int]:
    password = args.get("password_hex")
    return data, None if password is None else bytes.fromhex(password), args.get("options", 0)


def _text_file(text: str) -> tuple[bytes, dict[str, Any]]:
    return text.encode("utf-8", "surrogatepass"), {}


def _text_value(data: bytes, args: dict[str, Any]) -> str:
    return data.decode("utf-8", "surrogatepass")


def _tbxml_file(value: tuple[bytes | str, str]) -> tuple[bytes, dict[str, Any]]:
    data, pool = value
    args: dict[str, Any] = {}
    if isinstance(data, str):
        data, args["as_text"] = data.encode("utf-8", "surrogatepass"), True
    if pool:
        args["pool"] = pool
    return data, args


def _tbxml_value(data: bytes, args: dict[str, Any]) -> tuple[bytes | str, str]:
    content: bytes | str = data.decode("utf-8", "surrogatepass") if args.get("as_text") else data
    return content, args.get("pool", "")


@frozen
class Target:
    name: str
    strategy: Callable[[fs.Limits], st.SearchStrategy[Any]]
    run: Callable[[Any], str | None]  # None: a result; a code: a refusal
    to_file: Callable[[Any], tuple[bytes, dict[str, Any]]]
    from_file: Callable[[bytes, dict[str, Any]], Any]
    extension: str


TARGETS = {
    t.name: t
    for t in (
        Target("loader", fs.loader_inputs, run_loader, _loader_file, _loader_value, "bin"),
        Target("profile", fs.profile_texts, run_profile, _text_file, _text_value, "json"),
        Target("tbxml", fs.tbxml_inputs, run_tbxml, _tbxml_file, _tbxml_value, "tbxml"),
        Target("shell", fs.shell_texts, run_shell, _text_file, _text_value, "txt"),
        Target("cli", fs.loader_inputs, run_cli, _loader_file, _loader_value, "bin"),
    )
}


def attempt(target: Target, value: Any) -> str:
    """Run ``target`` on ``value`` under the watchdog: "" if it gave a result, the error's
    code if it refused the input with a documented error.  Anything else propagates."""
    with watchdog():
        try:
            return target.run(value) or ""
        except PicWizardError as error:
            str(error)  # its message and fix render
            error.fix(gui=True)
            return error.code
