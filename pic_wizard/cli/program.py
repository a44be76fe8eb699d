"""``main``: the language of the run, the command line parsed, one command run, and every
way it can end turned into an exit code and at most a sentence (never a traceback)."""

from __future__ import annotations

import contextlib
import gc
import io
import os
import sys
import warnings
from collections.abc import Sequence
from typing import TextIO

from ..core.values.errors import PicWizardError
from ..core.values.i18n import N_, Catalogue, language_from_environment
from ..core.values.untrusted import visible
from .commands import COMMANDS
from .parser import build_parser, chosen_command, early_language, speaking
from .render import _t, error_fix, error_text, language, set_language
from .status import EXIT_BUG, EXIT_INPUT, EXIT_INTERRUPTED, is_bug


def _why(exc: OSError) -> str:
    from ..core.files.reading import os_reason

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


def _collect_again() -> None:
    """The console script pauses the cyclic garbage collector while the command line's
    modules are imported (``entry``): it runs again, what start-up built kept out of its
    passes (it lives as long as the command)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


INTERRUPTED = N_("CLI", "pic-wizard-cli: interrupted")


def interrupted_message(argv: Sequence[str]) -> str:
    """What Ctrl-C prints when it comes before ``main`` could say it (``entry``)."""
    return Catalogue.load(early_language(argv)).translate("CLI", INTERRUPTED)


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
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(Catalogue.load(early_language(argv)))
    if out is None and sys.stdout is None:
        # Started with stdout closed (">&-"): an audit nobody can read is no success.
        failure = PicWizardError("stdout-closed")
        err.write(
            _t("pic-wizard-cli: error: {message}").format(message=error_text(failure))
            + f"\n  {error_fix(failure)}\n"
        )
        return EXIT_INPUT
    out = out or sys.stdout
    try:
        with (
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
            speaking(language()),
        ):
            args = build_parser(chosen_command(argv)).parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_INPUT
    chosen = args.lang or language_from_environment()
    if chosen != language().language:  # read once when the early guess was right
        set_language(Catalogue.load(chosen))
    command = COMMANDS[args.command]
    try:
        start = getattr(command, "start", None)  # a command's imports, part of start-up
        if start is not None:
            start()
        _collect_again()
        code = command.run(args, out, err)
        out.flush()
        return code
    except PicWizardError as error:
        err.write(
            _t("pic-wizard-cli: error: {message}").format(message=error_text(error))
            + f"\n  {error_fix(error)}\n"
        )
        return EXIT_INPUT
    except KeyboardInterrupt:
        err.write(_t(INTERRUPTED) + "\n")
        return EXIT_INTERRUPTED
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
            err.write(
                _t("pic-wizard-cli: error: {message}").format(message=error_text(failure)) + "\n"
            )
        return EXIT_INPUT
    except BaseException as exc:  # a bug: say so in one sentence, never a traceback
        if not is_bug(exc):
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
