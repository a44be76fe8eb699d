"""A file's verdict is its own: the same, byte for byte, alone, in a batch, in any order and
in any split between processes (good leaves of the same issuers first, to warm any cache)."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest
from walk import run

import pki

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "vectors"))

import make_independence_set

AT = make_independence_set.AT_ARGUMENT

# What each hostile leaf must get on its own: the finding that a shortcut through an
# issuer validated for a good neighbour used to hide.
EXPECTED = {
    "unknown-critical-ext": "CHAIN-UNTRUSTED",
    "negative-serial": "CHAIN-UNTRUSTED",
    "generalized-time-before-2050": "CHAIN-UNTRUSTED",
    "version-1": "CHAIN-UNTRUSTED",
    "inverted-validity": "CHAIN-UNTRUSTED",
    "expired-issuer": "CHAIN-UNTRUSTED",
    "name-constrained-issuer": "CHAIN-UNTRUSTED",
    "not-ca-issuer": "CHAIN-UNTRUSTED",
    "no-keycertsign-issuer": "CHAIN-UNTRUSTED",
    "untrusted-issuer": "CHAIN-INCOMPLETE",
    "expired-leaf": "CERT-EXPIRED",
}


@pytest.fixture(scope="module")
def chain_set(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("independence")
    # Enough files for the parallel path of the command line (PARALLEL_MIN_FILES).
    return folder, make_independence_set.build(folder, good=56)


def _check(folder: Path, files: list[Path], *extra: str) -> dict[str, str]:
    code, out, err = run(
        "check", "--json", "--at", AT, "--roots", str(folder / "roots.pem"),
        "--chain", str(folder / "chain.pem"), *extra, *map(str, files),
    )  # fmt: skip
    assert code in (0, 1) and err == ""
    lines = out.splitlines()
    assert len(lines) == len(files)
    by_file = {json.loads(line)["file"]: line for line in lines}
    assert list(by_file) == list(map(str, files))  # in the order given
    return by_file


def test_each_hostile_leaf_is_judged_on_its_own(chain_set: tuple[Path, dict[str, Path]]) -> None:
    folder, paths = chain_set
    for label, rule in EXPECTED.items():
        result = json.loads(_check(folder, [paths[label]])[str(paths[label])])
        assert rule in {f["rule"] for f in result["findings"]}, label
        assert result["verdict"] == "fail", label
    for f in json.loads(_check(folder, [paths["good-0"]])[str(paths["good-0"])])["findings"]:
        assert f["severity"] != "error", f


def test_a_verdict_does_not_depend_on_the_neighbours(
    chain_set: tuple[Path, dict[str, Path]],
) -> None:
    folder, paths = chain_set
    alone: dict[str, str] = {}
    for path in paths.values():
        alone.update(_check(folder, [path]))
    good = [p for label, p in paths.items() if label.startswith("good-")]
    hostile = [p for label, p in paths.items() if not label.startswith("good-")]
    shuffled = list(paths.values())
    random.Random(20261205).shuffle(shuffled)
    orders = {
        "good first": good + hostile,
        "hostile first": hostile + good,
        "shuffled": shuffled,
    }
    for name, files in orders.items():
        for jobs in ("1", "2", "3"):
            batch = _check(folder, files, "--jobs", jobs)
            for file, line in batch.items():
                assert line == alone[file], f"{Path(file).name} ({name}, --jobs {jobs})"


def test_the_verdict_of_a_small_batch_equals_the_file_alone(
    chain_set: tuple[Path, dict[str, Path]],
) -> None:
    # Below the parallel threshold: one process, one trust store, good leaf first.
    folder, paths = chain_set
    for label in EXPECTED:
        pair = [paths["good-0"], paths[label]]
        assert (
            _check(folder, pair)[str(paths[label])]
            == _check(folder, [paths[label]])[str(paths[label])]
        ), label


def test_a_report_says_the_same_alone_and_after_a_good_leaf(
    chain_set: tuple[Path, dict[str, Path]], tmp_path: Path
) -> None:
    folder, paths = chain_set
    common = ("--format", "html", "--at", AT, "--roots", str(folder / "roots.pem"),
              "--chain", str(folder / "chain.pem"))  # fmt: skip
    for label in ("unknown-critical-ext", "negative-serial", "version-1"):
        alone, batch = tmp_path / f"{label}-alone.html", tmp_path / f"{label}-batch.html"
        assert run("report", str(paths[label]), "--out", str(alone), *common)[0] == 0
        pair = (str(paths["good-0"]), str(paths[label]))
        assert run("report", *pair, "--out", str(batch), *common)[0] == 0
        count = alone.read_text(encoding="utf-8").count("CHAIN-UNTRUSTED")
        assert count >= 1
        assert batch.read_text(encoding="utf-8").count("CHAIN-UNTRUSTED") == count, label


def test_chain_reasons_are_sentences_in_the_admins_language(
    chain_set: tuple[Path, dict[str, Path]],
) -> None:
    folder, paths = chain_set
    for lang in ("en", "fr"):
        for label, rule in EXPECTED.items():
            if rule != "CHAIN-UNTRUSTED":
                continue
            code, out, _ = run(
                "--lang", lang, "check", "--json", "--at", AT,
                "--roots", str(folder / "roots.pem"), "--chain", str(folder / "chain.pem"),
                str(paths[label]),
            )  # fmt: skip
            assert code == 1
            (untrusted,) = (
                f for f in json.loads(out)["findings"] if f["rule"] == "CHAIN-UNTRUSTED"
            )
            text = untrusted["message"] + " " + untrusted["params"]["reason"]
            for leak in ("<Certificate", "<Name", "Python", "ValueError", "encountered"):
                assert leak not in text, (lang, label, text)
            if lang == "fr":
                assert " the " not in untrusted["message"], (label, untrusted["message"])


def test_the_set_is_what_it_says(chain_set: tuple[Path, dict[str, Path]]) -> None:
    # The surgery did what it claims: the leaves differ from a good one only as named.
    from cryptography import x509

    _, paths = chain_set

    def load(label: str) -> x509.Certificate:
        return x509.load_pem_x509_certificate(paths[label].read_bytes())

    assert load("version-1").version == x509.Version.v1
    assert (
        load("inverted-validity").not_valid_before_utc
        > load("inverted-validity").not_valid_after_utc
    )
    assert b"\x18\x0f20" in load("generalized-time-before-2050").tbs_certificate_bytes
    cross = load("cross-signed")
    assert cross.issuer == load("good-0").issuer
    assert pki.AT.year == 2026
