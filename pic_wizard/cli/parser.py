"""The command line's grammar: argparse, the global options, and the commands of the
registry (``commands``), in the language chosen for the run."""

from __future__ import annotations

import argparse
import contextlib
import gettext
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from .. import __version__
from ..core.values.i18n import SUPPORTED, Catalogue, language_from_environment, plural_form
from ..core.values.untrusted import visible
from .commands import COMMANDS, LISTED
from .render import _t
from .status import EXIT_INPUT


class _Formatter(argparse.HelpFormatter):
    """Our own help texts (descriptions, epilog, each option's help) in the run's language;
    argparse's words ("usage: ", "options", …) come through ``speaking``."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:  # as argparse has it, without importing shutil for it
            width = terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)

    def add_text(self, text: str | None) -> None:
        super().add_text(_t(text) if text and text is not argparse.SUPPRESS else text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return _t(action.help) if action.help else action.help


def terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, which argparse asks for each option it adds
    (it checks a metavar with a formatter) and for its help: shutil, with the archive
    modules it imports, cost each start more than the whole command line's grammar."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        size = os.get_terminal_size(sys.__stdout__.fileno())  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):  # no stdout, closed, not a terminal
        return 80
    return size.columns or 80


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> Any:  # argparse's own exit code 2 is ours too
        self.print_usage(sys.stderr)
        # argparse's words (translated) around what was typed: shown harmless as a whole.
        text = _t("pic-wizard-cli: error: {message}").format(message=visible(message))
        self.exit(EXIT_INPUT, text + "\n")


class ArgparseTranslations(gettext.NullTranslations):
    """argparse's own messages from our catalogue (context "Argparse": its msgids, which
    tools/translations.py collects from argparse.py), in the run's language."""

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue

    def gettext(self, message: str) -> str:
        return self.catalogue.translate("Argparse", message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        # The language's plural rule, as for every count of pic-wizard.
        singular = plural_form(self.catalogue.language, n) == 0
        return self.gettext(msgid1 if singular else msgid2)


@contextlib.contextmanager
def speaking(catalogue: Catalogue) -> Iterator[None]:
    """argparse speaks ``catalogue``'s language while parsing (its errors, ``--help``).

    argparse translates every message it writes through the ``gettext`` and ``ngettext``
    it imported from the gettext module; gettext would take the language from the
    environment and a compiled .mo file, where the run's language is ``--lang``.  The two
    functions argparse calls are this run's translations for as long as it parses."""
    translations = ArgparseTranslations(catalogue)
    saved = getattr(argparse, "_"), getattr(argparse, "ngettext")  # noqa: B009
    setattr(argparse, "_", translations.gettext)  # noqa: B010
    setattr(argparse, "ngettext", translations.ngettext)  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", saved[0])  # noqa: B010
        setattr(argparse, "ngettext", saved[1])  # noqa: B010


def early_language(argv: Sequence[str]) -> str:
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


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command ``argv`` runs, as argparse will find it: the first argument that is
    neither an option nor the value of ``--lang``; None when that is not a command's name
    (argparse then says what is wrong) or when it cannot be told for sure."""
    expect_value = False
    for arg in argv:
        if expect_value:
            expect_value = False
        elif arg == "--lang":
            expect_value = True
        elif arg.startswith("-"):
            if len(arg) > 2 and "--lang".startswith(arg):  # --lang abbreviated: argparse
                return None  # takes the next argument as its value
            continue
        else:
            return arg if arg in COMMANDS else None
    return None


class _Unused:
    """What argparse keeps as the parser of a command this run does not use: it lists the
    command's name and help, and never parses with it.  A whole parser (its help option,
    a formatter, a terminal-size query) took a tenth of a millisecond each, at each start."""

    def __init__(self, **kwargs: Any) -> None:
        self.prog = kwargs.get("prog")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``only`` (a command's name), the options of that
    command alone are built, as ``main`` asks when it knows which command runs."""
    parser = _Parser(
        prog="pic-wizard-cli",
        description="Plan, request and check the external Edge certificate of Lync Server "
        "2013 and Skype for Business Server.",
        epilog="Exit codes: 0 no error found, 1 errors found, 2 unreadable input, bad "
        "command line or output that cannot be written, 3 a bug in pic-wizard.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"pic-wizard {__version__}",
        help="show program's version number and exit",
    )
    add_global_options(parser, None)
    # Named in the run's language where argparse names it ("… are required: command").
    sub = parser.add_subparsers(
        dest="command", metavar=_t("command"), required=True, parser_class=_Parser
    )
    whole = sub._parser_class
    for name, listed in LISTED.items():
        if only is not None and name != only:
            # Listed by name and help (--help, a wrong command's error) only.
            sub._parser_class = _Unused  # type: ignore[assignment]
            sub.add_parser(name, help=listed.help)
            sub._parser_class = whole
            continue
        p = sub.add_parser(name, help=listed.help)
        COMMANDS[name].add_arguments(p)
        # Admins add --lang at the end as often as before the command; given in both
        # places, the one after the command wins (it was typed last).
        add_global_options(p, argparse.SUPPRESS)
    return parser


def add_global_options(p: argparse.ArgumentParser, default: Any) -> None:
    p.add_argument(
        "--lang",
        choices=("en", "fr"),
        default=default,
        help="the language of messages (default: LANGUAGE, LC_ALL, LC_MESSAGES or LANG; on "
        "Windows, the display language)",
    )
