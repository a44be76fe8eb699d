"""pic-wizard-cli: the headless front end over the same core as the wizard.

    parser.py    the command line's grammar (argparse) and its global options
    commands/    one module per command: parse, call one core use case, render
    render.py    the one place findings, errors and untrusted text become terminal text/JSON
    status.py    the exit codes (0, 1, 2, 3, 130)
    program.py   ``main``: language, parsing, one command, errors to exit codes
    entry.py     the console script's first code: Ctrl-C at any moment is one line and 130

No Qt is imported on this path (nor ``pic_wizard.ui``), and heavy modules only when a
command needs them.  This package's own import loads nothing: ``main`` and the JSON
renderers are looked up on first use, so that the entry point catches Ctrl-C during the
imports that matter.
"""

from __future__ import annotations

# Not even typing: the entry point must be reached before anything can be interrupted.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .program import interrupted_message, main
    from .render import check_json, error_json, finding_json, plan_json

__all__ = [
    "check_json",
    "error_json",
    "finding_json",
    "interrupted_message",
    "main",
    "plan_json",
]


def __getattr__(name: str) -> object:
    if name in ("main", "interrupted_message"):
        from . import program

        return getattr(program, name)
    if name in ("check_json", "error_json", "finding_json", "plan_json"):
        from . import render

        return getattr(render, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
