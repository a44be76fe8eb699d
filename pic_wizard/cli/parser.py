"""The command line's grammar: argparse, the global options, and the commands of the
registry (``commands``), in the language chosen for the run."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import Any

from .. import __version__
from ..core.values.i18n import N_, SUPPORTED, language_from_environment
from ..core.values.untrusted import visible
from .commands import COMMANDS
from .render import _t
from .status import EXIT_INPUT


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


# argparse's own words, for the translation (the rest are the help texts of build_parser()).
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


def translate_parser(parser: argparse.ArgumentParser) -> None:
    """The help of ``parser`` and its commands in the chosen language (the texts are
    collected from build_parser() by the translation tool, context "CLI")."""
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
                translate_parser(sub)


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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="pic-wizard-cli",
        description="Plan, request and check the external Edge certificate of Lync Server "
        "2013 and Skype for Business Server.",
        epilog="Exit codes: 0 no error found, 1 errors found, 2 unreadable input, bad "
        "command line or output that cannot be written, 3 a bug in pic-wizard.",
    )
    parser.add_argument("--version", action="version", version=f"pic-wizard {__version__}")
    add_global_options(parser, None)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for command in COMMANDS.values():
        # Admins add --lang at the end as often as before the command; given in both
        # places, the one after the command wins (it was typed last).
        add_global_options(command.add_parser(sub), argparse.SUPPRESS)
    return parser


def add_global_options(p: argparse.ArgumentParser, default: Any) -> None:
    p.add_argument(
        "--lang",
        choices=("en", "fr"),
        default=default,
        help="the language of messages (default: LC_ALL, LC_MESSAGES or LANG)",
    )
