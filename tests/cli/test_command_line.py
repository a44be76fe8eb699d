"""The command line as admins type it: options anywhere, folders, the passphrase prompt,
paths the system refuses, and output streams that cannot take everything."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import topologies
from walk import run

import pki

# ------------------------------------------------------------------ names the system refuses


def _long_names(tmp_path: Path) -> dict[str, str]:
    """A path of 5,000 characters (short parts) and a file name of 300 characters."""
    return {
        "deep": str(tmp_path / ("a/" * 2500)) + "x.pem",
        "wide": str(tmp_path / ("n" * 300)),
    }


@pytest.fixture
def inputs(tmp_path: Path, seed_profile: Path, intermediate: pki.CA) -> dict[str, str]:
    leaf, _ = pki.make_leaf(intermediate)
    cert = tmp_path / "edge.pem"
    cert.write_bytes(pki.pem(leaf, intermediate))
    tbxml = tmp_path / "topology.tbxml"
    tbxml.write_bytes(topologies.tbxml(("contoso.com",), [topologies.ONE]))
    return {"PROFILE": str(seed_profile), "CERT": str(cert), "TBXML": str(tbxml)}


INPUT_POSITIONS = [
    ("plan", "LONG"),
    ("check", "LONG"),
    ("check", "CERT", "--chain", "LONG"),
    ("check", "CERT", "--roots", "LONG"),
    ("check", "CERT", "--key", "LONG"),
    ("check", "CERT", "--request", "LONG"),
    ("check", "CERT", "--profile", "LONG"),
    ("check", "CERT", "--password-file", "LONG"),
    ("csr", "LONG", "--out", "OUT", "--no-encrypt"),
    ("csr", "PROFILE", "--out", "OUT", "--passphrase-file", "LONG", "--at", pki.AT_DAY),
    ("renew", "LONG"),
    ("renew", "CERT", "--profile", "LONG"),
    ("import-topology", "LONG"),
    ("inf", "LONG"),
    ("powershell", "LONG"),
    ("report", "LONG", "--out", "OUT/r.html"),
    ("report", "CERT", "--profile", "LONG", "--out", "OUT/r.html"),
]

OUTPUT_POSITIONS = [
    ("example", "--out", "LONG"),
    ("csr", "PROFILE", "--out", "LONG", "--no-encrypt", "--at", pki.AT_DAY),
    ("renew", "CERT", "--out", "LONG"),
    ("import-topology", "TBXML", "--out", "LONG"),
    ("inf", "PROFILE", "--out", "LONG", "--at", pki.AT_DAY),
    ("powershell", "PROFILE", "--out", "LONG", "--at", pki.AT_DAY),
    ("report", "PROFILE", "--out", "LONG"),
    ("report", "CERT", "--out", "LONG"),
]


def _argv(template: tuple[str, ...], inputs: dict[str, str], long: str, out: Path) -> list[str]:
    values = {**inputs, "LONG": long, "OUT": str(out)}
    return [values.get(a.split("/")[0], a) + ("/r.html" if a.endswith("/r.html") else "")
            for a in template]  # fmt: skip


@pytest.mark.parametrize("kind", ["deep", "wide"])
@pytest.mark.parametrize("template", INPUT_POSITIONS, ids=" ".join)
def test_an_input_name_too_long_is_an_input_error(
    tmp_path: Path, inputs: dict[str, str], template: tuple[str, ...], kind: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    argv = _argv(template, inputs, _long_names(tmp_path)[kind], out)
    code, stdout, stderr = run(*argv)
    text = stdout + stderr
    assert code == 2, text
    assert "internal error" not in text and "bug" not in text
    assert "Cannot write" not in text  # the output is not to blame
    assert "name is too long" in text
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("kind", ["deep", "wide"])
@pytest.mark.parametrize("template", OUTPUT_POSITIONS, ids=" ".join)
def test_an_output_name_too_long_is_an_output_error(
    tmp_path: Path, inputs: dict[str, str], template: tuple[str, ...], kind: str
) -> None:
    long = _long_names(tmp_path)[kind]
    if "report" in template:
        long += ".html"
    code, stdout, stderr = run(*_argv(template, inputs, long, tmp_path))
    text = stdout + stderr
    assert code == 2, text
    assert "internal error" not in text and "bug" not in text
    assert "name is too long" in text
    assert "Cannot read" not in text


# ------------------------------------------------------------------ --lang anywhere


@pytest.fixture
def cert(tmp_path: Path, intermediate: pki.CA) -> str:
    leaf, _ = pki.make_leaf(intermediate)
    path = tmp_path / "edge.pem"
    path.write_bytes(pki.pem(leaf, intermediate))
    return str(path)


@pytest.mark.parametrize(
    ("argv", "french"),
    [
        (["--lang", "fr", "check", "CERT"], True),
        (["check", "CERT", "--lang", "fr"], True),
        (["check", "--lang=fr", "CERT"], True),
        (["check", "CERT", "--lang", "en"], False),
        # given twice, the last one typed wins
        (["--lang", "en", "check", "CERT", "--lang", "fr"], True),
        (["--lang", "fr", "check", "CERT", "--lang", "en"], False),
    ],
)
def test_lang_before_or_after_the_command(cert: str, argv: list[str], french: bool) -> None:
    code, out, err = run(*[cert if a == "CERT" else a for a in argv], "--at", "2026-06-01")
    assert code == 1, err
    assert ("PAS PRÊT" in out) is french and ("NOT READY" in out) is not french
    assert ("Sujet :" in out) is french


def test_help_and_errors_speak_the_lang_given_after_the_command(cert: str) -> None:
    code, out, _ = run("check", "--lang", "fr", "--help")
    assert code == 0 and "utilisation" in out and "--lang" in out
    code, _, err = run("check", cert, "--jobs", "x", "--lang", "fr")
    assert code == 2 and "erreur" in err
    code, _, err = run("--lang", "en", "plan", "--lang", "fr")  # no PROFILE
    assert code == 2 and "arguments suivants sont requis" in err
    code, _, err = run("plan", "p.json", "--lang", "de")
    assert code == 2 and "invalid choice" in err


def test_early_language_reads_the_whole_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from pic_wizard.cli.parser import early_language

    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert early_language(["check", "x.pem"]) == "fr"
    assert early_language(["check", "x.pem", "--lang", "en"]) == "en"
    assert early_language(["--lang=en", "check", "--lang=fr"]) == "fr"
    assert early_language(["check", "--", "--lang", "en"]) == "fr"  # a file named --lang
    assert early_language(["check", "--lang", "xx"]) == "en"


# ------------------------------------------------------------------ the passphrase prompt


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    "answers",
    [
        [EOFError()],  # Ctrl+D at the first prompt
        ["s3cret", EOFError()],  # ... at the second
        [UnicodeDecodeError("utf-8", b"\xe9", 0, 1, "invalid continuation byte")],
    ],
    ids=["eof-first", "eof-second", "not-utf8"],
)
def test_nothing_typed_at_the_passphrase_prompt(
    seed_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: list[object]
) -> None:
    import getpass

    def typed(prompt: str = "") -> str:
        answer = answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return str(answer)

    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", typed)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = run("csr", str(seed_profile), "--out", str(out_dir), "--at", pki.AT_DAY)
    assert code == 2, err
    assert "Nothing was entered at the passphrase prompt" in err
    assert "internal error" not in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal is POSIX")
@pytest.mark.parametrize("typed", [b"\x04", b"caf\xe9\r"], ids=["ctrl-d", "latin-1"])
def test_passphrase_prompt_on_a_real_terminal(
    seed_profile: Path, tmp_path: Path, typed: bytes
) -> None:
    """Through a pseudo-terminal, as an admin types: Ctrl+D, or Latin-1 bytes in a UTF-8
    terminal; the program says nothing was entered and exits 2."""
    import pty
    import select
    import time

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    argv = [sys.executable, "-m", "pic_wizard.cli", "csr", str(seed_profile), "--at", pki.AT_DAY,
            "--out", str(out_dir)]  # fmt: skip
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8")
    env.pop("LANGUAGE", None)  # English whatever the machine speaks
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pseudo-terminal is its terminal
        os.execve(sys.executable, argv, env)
    seen = b""
    deadline = time.monotonic() + 60  # a watchdog, not a timing
    sent = False
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 1)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # the child is gone
                    break
                if not chunk:
                    break
                seen += chunk
            if not sent and b"Passphrase" in seen:
                os.write(fd, typed)
                sent = True
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    text = seen.decode("utf-8", "replace")
    assert sent, text
    assert os.waitstatus_to_exitcode(status) == 2, text
    assert "Nothing was entered at the passphrase prompt" in text
    assert "internal error" not in text and "Traceback" not in text
    assert list(out_dir.iterdir()) == []


# ------------------------------------------------------------------ output streams


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "cp1252"},  # what Windows gives a redirected Python
        {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", "PYTHONIOENCODING": ""},
    ],
    ids=["cp1252", "ascii"],
)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_output_that_cannot_be_encoded_goes_on(
    tmp_path: Path, env: dict[str, str], lang: str
) -> None:
    odd, _ = pki.make_leaf(None, cn="Łódź 東京 sip.contoso.com")
    plain, _ = pki.make_leaf(None)
    (tmp_path / "1-odd.pem").write_bytes(pki.pem(odd))
    (tmp_path / "2-plain.pem").write_bytes(pki.pem(plain))
    files = [str(tmp_path / "1-odd.pem"), str(tmp_path / "2-plain.pem")]
    for extra in ([], ["--json"]):
        result = subprocess.run(
            [sys.executable, "-m", "pic_wizard.cli", "check", *files, "--lang", lang, *extra],
            capture_output=True, env={**os.environ, **env}, check=False,
        )  # fmt: skip
        assert result.returncode == 1, result.stderr
        assert b"internal error" not in result.stderr and b"erreur interne" not in result.stderr
        text = result.stdout.decode("cp1252")
        assert "2-plain.pem" in text and "?" in text  # the second file too, "?" for the rest
        if extra:
            lines = [json.loads(line) for line in text.splitlines()]
            assert [line["file"] for line in lines] == files


@pytest.mark.skipif(os.name != "posix", reason="closing a descriptor with sh")
@pytest.mark.parametrize("command", ["check", "plan"])
def test_closed_stdout_is_exit_2(tmp_path: Path, seed_profile: Path, command: str) -> None:
    leaf, _ = pki.make_leaf(None)
    cert = tmp_path / "edge.pem"
    cert.write_bytes(pki.pem(leaf))
    target = str(cert if command == "check" else seed_profile)
    result = subprocess.run(
        ["sh", "-c", '"$0" -m pic_wizard.cli "$1" "$2" >&-', sys.executable, command, target],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "Standard output is closed" in result.stderr
    assert "Traceback" not in result.stderr


# ------------------------------------------------------------------ csr --out a new folder


def test_csr_makes_the_output_folder_as_the_readme_types_it(
    seed_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(
        "csr", "contoso.json", "--out", "request/", "--no-encrypt", "--at", pki.AT_DAY
    )
    assert code == 0, err
    assert out.startswith("Created the folder request\n")
    assert (tmp_path / "request" / "sip.contoso.com.req").is_file()
    if os.name == "posix":
        assert (tmp_path / "request").stat().st_mode & 0o777 == 0o700
    code, out, err = run(
        "csr", "contoso.json", "--out", "request", "--name", "b", "--no-encrypt", "--at", pki.AT_DAY
    )
    assert code == 0 and "Created the folder" not in out  # it is there now


def test_csr_makes_parents_too_and_says_so_in_french(seed_profile: Path, tmp_path: Path) -> None:
    target = tmp_path / "requests" / "2026"
    code, out, err = run(
        "csr",
        str(seed_profile),
        "--out",
        str(target),
        "--no-encrypt",
        "--lang",
        "fr",
        "--at",
        pki.AT_DAY,
    )
    assert code == 0, err
    assert f"Dossier créé : {tmp_path / 'requests'}\n" in out
    assert f"Dossier créé : {target}\n" in out


def test_csr_that_fails_leaves_no_new_folder(seed_profile: Path, tmp_path: Path) -> None:
    target = tmp_path / "request"
    code, out, err = run(
        "csr",
        str(seed_profile),
        "--out",
        str(target),
        "--no-encrypt",
        "--name",
        ".hidden",
        "--at",
        pki.AT_DAY,
    )
    assert code == 2 and "cannot be a file base name" in err
    assert not target.exists() and "Created" not in out


# ------------------------------------------------------------------ check and report a folder


@pytest.fixture
def certs(tmp_path: Path, intermediate: pki.CA) -> Path:
    """An admin's folder: certificates in subfolders, a key, notes, a link."""
    top = tmp_path / "certs"
    good, _ = pki.make_leaf(intermediate)
    for name in ("2026/edge.cer", "2025/old.crt", "pool/certnew", "readme.txt"):
        (top / name).parent.mkdir(parents=True, exist_ok=True)
    (top / "2026" / "edge.cer").write_bytes(pki.pem(good, intermediate))
    (top / "2025" / "old.crt").write_bytes(pki.der(good))
    (top / "pool" / "certnew").write_bytes(pki.der(good))  # no extension: DER inside
    (top / "readme.txt").write_text("the certificates of the Edge pool\n")
    (top / "2026" / "edge.key").write_bytes(pki.key_pem(pki.rsa_key(0)))
    if os.name == "posix":
        (top / "loop").symlink_to(top)
    return top


def test_check_a_folder_one_result_per_file_in_name_order(certs: Path) -> None:
    code, out, err = run("check", str(certs) + os.sep, "--json", "--at", "2026-06-01")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [Path(x["file"]).relative_to(certs).as_posix() for x in lines] == [
        "2025/old.crt", "2026/edge.cer", "pool/certnew"
    ]  # fmt: skip
    assert code == max(1 if x["verdict"] == "fail" else 0 for x in lines), err
    # The text output, in French after the command, the same files in the same order.
    code_fr, out_fr, _ = run("check", str(certs), "--lang", "fr", "--at", "2026-06-01")
    assert code_fr == code
    assert [
        line.split(" : ")[0] for line in out_fr.splitlines() if line.startswith(str(certs))
    ] == [x["file"] for x in lines]


def test_check_a_folder_with_nothing_to_check(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("nothing")
    code, out, _ = run("check", str(tmp_path / "empty"))
    assert code == 2
    assert "holds no certificate, chain, PKCS#7, PFX or request file" in out
    code, out, _ = run("check", str(tmp_path / "empty"), "--json")
    assert code == 2 and json.loads(out)["error_code"] == "folder-nothing-to-check"


def test_check_goes_on_past_an_unreadable_subfolder(
    certs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pic_wizard.core.x509 import folders

    real = os.scandir
    locked = str(certs / "2026")

    def scandir(path: str) -> object:
        if path == locked:
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(folders.os, "scandir", scandir)
    code, out, _ = run("check", str(certs), "--at", "2026-06-01")
    assert code == 2
    assert f"{locked}: cannot be checked: Cannot read '{locked}': permission denied." in out
    assert "old.crt" in out and "certnew" in out  # before and after it


def test_report_of_a_folder(certs: Path, tmp_path: Path) -> None:
    report = tmp_path / "audit.html"
    code, _, err = run("report", str(certs), "--out", str(report), "--at", "2026-06-01")
    assert code == 0, err
    text = report.read_text()
    assert "old.crt" in text and "edge.cer" in text and "certnew" in text
    assert "edge.key" not in text and "readme.txt" not in text
    (tmp_path / "empty").mkdir()
    code, _, err = run("report", str(tmp_path / "empty"), "--out", str(tmp_path / "e.html"))
    assert code == 2 and "holds no certificate" in err
    assert not (tmp_path / "e.html").exists()


# ------------------------------------------------------------------ only the command that runs

PARSED_LINES = [
    ["check", "a.pem", "--roots", "r.pem", "--json", "--jobs", "1"],
    ["--lang", "fr", "check", "a.pem", "--at", "2026-06-01"],
    ["--lang=fr", "plan", "p.json"],
    ["csr", "p.json", "--out", "d", "--no-encrypt", "--lang", "fr"],
    ["--", "check", "a.pem"],
    ["--la", "check", "plan", "p.json"],  # --lang abbreviated, given a wrong language
    ["--help"],
    ["-h", "check"],
    ["check", "--help"],
    ["csr", "p.json", "--out", "d", "--no-encrypt", "--passphrase-file", "f"],
    ["nonsense", "a.pem"],
    ["-", "check"],
    [],
    ["--version"],
    ["check"],
    ["renew", "--bogus"],
]


def _parsed(only: str | None, argv: list[str]) -> tuple[str, str, object]:
    import contextlib

    from pic_wizard.cli.parser import build_parser

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            outcome: object = vars(build_parser(only).parse_args(argv))
        except SystemExit as exc:
            outcome = exc.code
    return out.getvalue(), err.getvalue(), outcome


@pytest.mark.parametrize("argv", PARSED_LINES)
def test_a_parser_of_the_chosen_command_alone_parses_as_the_whole_one(argv: list[str]) -> None:
    """main builds the options of the command that runs only: what is parsed, the help
    and every error are the same as with every command's options built."""
    from pic_wizard.cli.parser import chosen_command

    assert _parsed(chosen_command(argv), argv) == _parsed(None, argv)


def test_the_chosen_command_is_the_one_argparse_runs() -> None:
    from pic_wizard.cli.parser import chosen_command

    assert chosen_command(["--lang", "fr", "check", "a"]) == "check"
    assert chosen_command(["--lang=fr", "csr"]) == "csr"
    assert chosen_command(["--lang", "check", "plan"]) == "plan"  # "check" is a language
    assert chosen_command(["--lan", "fr", "check"]) is None  # not sure: every command built
    assert chosen_command(["nonsense", "check"]) is None
    assert chosen_command([]) is None


def test_a_parser_of_the_chosen_command_builds_no_other_command_s_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The other commands are listed by name and help; no parser of theirs is made (nor
    their modules imported), which each start paid for."""
    from pic_wizard.cli import parser
    from pic_wizard.cli.commands import LISTED

    made: list[str] = []
    built = parser._Parser.__init__

    def counted(self: parser._Parser, *args: Any, **kwargs: Any) -> None:
        made.append(kwargs.get("prog", ""))
        built(self, *args, **kwargs)

    monkeypatch.setattr(parser._Parser, "__init__", counted)
    parser.build_parser("check")
    assert made == ["pic-wizard-cli", "pic-wizard-cli check"]
    made.clear()
    parser.build_parser(None)  # not sure which command runs: every one of them
    assert made == ["pic-wizard-cli", *(f"pic-wizard-cli {name}" for name in LISTED)]


@pytest.mark.parametrize(
    ("argv", "env", "loaded"),
    [
        (["example"], "C", ["en"]),
        (["--lang", "fr", "example"], "C", ["fr"]),
        (["example", "--lang", "fr"], "fr_FR.UTF-8", ["fr"]),
        (["--lan", "fr", "example"], "C", ["en", "fr"]),  # an abbreviation argparse reads
    ],
)
def test_the_language_s_catalogue_is_read_once(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], env: str, loaded: list[str]
) -> None:
    """Read before parsing (the help and errors speak it) and not again when parsing
    chose the same language."""
    from pic_wizard.cli import program, render
    from pic_wizard.core.values.i18n import Catalogue

    monkeypatch.setattr(render, "LANGUAGE", render.LANGUAGE)  # the run's, restored after
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", env)
    read: list[str] = []
    load = Catalogue.load

    def counted(language: str) -> Catalogue:
        read.append(language)
        return load(language)

    monkeypatch.setattr(program.Catalogue, "load", counted)
    assert program.main(argv, out=io.StringIO(), err=io.StringIO()) == 0
    assert read == loaded
    assert render.language().language == loaded[-1]
