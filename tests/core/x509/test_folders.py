"""Folders given to check and report: walked recursively, links not followed, what looks
like a certificate, in a stable order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12

from pic_wizard.core.x509 import folders
from pic_wizard.core.x509.folders import checkable_inputs, sniff

import pki

posix_only = pytest.mark.skipif(os.name != "posix", reason="links and byte names are POSIX here")


@pytest.fixture(scope="module")
def leaf() -> tuple[object, object]:
    return pki.make_leaf(None)


def _files(inputs: list[folders.Input]) -> list[str]:
    assert all(i.error is None for i in inputs), inputs
    return [i.path for i in inputs]


def test_nested_folders_in_byte_order(tmp_path: Path, leaf: tuple[object, object]) -> None:
    cert = pki.pem(leaf[0])
    names = ["c.cer", "a.pem", "B.pem", "b/x.pem", "b/a/deep.crt", "é.pem", "a0.pem"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(cert)
    found = _files(checkable_inputs([str(tmp_path)]))
    expected = ["B.pem", "a.pem", "a0.pem", "b/a/deep.crt", "b/x.pem", "c.cer", "é.pem"]
    assert found == [str(tmp_path / n) for n in expected]
    # Made in another order, found in the same one.
    other = tmp_path.parent / (tmp_path.name + "-reversed")
    for name in reversed(names):
        (other / name).parent.mkdir(parents=True, exist_ok=True)
        (other / name).write_bytes(cert)
    again = _files(checkable_inputs([str(other)]))
    assert [os.path.relpath(p, other) for p in again] == [
        os.path.relpath(p, tmp_path) for p in found
    ]


def test_what_is_checked_by_name_and_by_content(
    tmp_path: Path, leaf: tuple[object, object]
) -> None:
    cert, key = leaf
    pem, der = pki.pem(cert), pki.der(cert)
    files = {
        "edge.cer": der,
        "no-extension": der,  # DER by its content
        "certnew.txt": pem,  # PEM by its content
        # A chain as OpenSSL's cms command labels it, which the loader reads.
        "chain.txt": pkcs7.serialize_certificates([cert], serialization.Encoding.PEM).replace(  # type: ignore[list-item]
            b"PKCS7", b"CMS"
        ),
        "chain.p7b": pkcs7.serialize_certificates([cert], serialization.Encoding.DER),  # type: ignore[list-item]
        "edge.pfx": pkcs12.serialize_key_and_certificates(
            b"e",
            key,
            cert,
            None,
            serialization.BestAvailableEncryption(b"pw"),  # type: ignore[arg-type]
        ),
        "both.key": pki.key_pem(key) + pem,  # a key with its certificate: checked
        "damaged.crt": b"not a certificate at all",  # named so: checked, the loader says why
        "edge.key": pki.key_pem(key),  # a key alone: not checked
        "key-saved-as.pem": pki.key_pem(key, b"pw"),
        "notes.txt": b"the certificate is on the share\n",
        "photo.jpg": b"\xff\xd8\xff\xe0" + bytes(200),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    found = {Path(p).name for p in _files(checkable_inputs([str(tmp_path)]))}
    assert found == {
        "edge.cer", "no-extension", "certnew.txt", "chain.txt", "chain.p7b", "edge.pfx",
        "both.key", "damaged.crt",
    }  # fmt: skip


@posix_only
def test_links_are_not_followed_and_loops_end(tmp_path: Path, leaf: tuple[object, object]) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "elsewhere.pem").write_bytes(pki.pem(leaf[0]))
    top = tmp_path / "certs"
    (top / "sub").mkdir(parents=True)
    (top / "sub" / "edge.pem").write_bytes(pki.pem(leaf[0]))
    (top / "sub" / "up").symlink_to(top)  # a loop
    (top / "sub" / "self").symlink_to(top / "sub")
    (top / "to-file.pem").symlink_to(outside / "elsewhere.pem")
    (top / "to-folder").symlink_to(outside)
    (top / "dangling.pem").symlink_to(tmp_path / "nothing")
    assert _files(checkable_inputs([str(top)])) == [str(top / "sub" / "edge.pem")]
    # A link named on the command line is the admin's choice: followed.
    (tmp_path / "named").symlink_to(top)
    assert _files(checkable_inputs([str(tmp_path / "named")])) == [
        str(tmp_path / "named" / "sub" / "edge.pem")
    ]


@posix_only
def test_a_pipe_in_a_folder_is_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "waiting.pem")
    inputs = checkable_inputs([str(tmp_path)])  # would block if opened
    assert [i.error.code for i in inputs if i.error] == ["folder-nothing-to-check"]


def test_an_unreadable_subfolder_is_said_and_the_walk_goes_on(
    tmp_path: Path, leaf: tuple[object, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a/one.pem", "locked/two.pem", "z/three.pem"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(pki.pem(leaf[0]))
    real = os.scandir
    locked = str(tmp_path / "locked")

    def scandir(path: str) -> object:
        if path == locked:
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(folders.os, "scandir", scandir)
    inputs = checkable_inputs([str(tmp_path)])
    assert [i.path for i in inputs] == [
        str(tmp_path / "a" / "one.pem"), locked, str(tmp_path / "z" / "three.pem")
    ]  # fmt: skip
    error = inputs[1].error
    assert error is not None and error.code == "file-unreadable"
    assert "permission denied" in str(error)


@posix_only
def test_names_that_are_not_utf8(tmp_path: Path, leaf: tuple[object, object]) -> None:
    top = os.fsencode(tmp_path)
    try:
        for name in (b"caf\xe9.pem", b"\xff-last.pem", b"a.pem"):
            with open(os.path.join(top, name), "wb") as handle:
                handle.write(pki.pem(leaf[0]))
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    found = _files(checkable_inputs([str(tmp_path)]))
    assert [os.fsencode(Path(p).name) for p in found] == [
        b"a.pem",
        b"caf\xe9.pem",
        b"\xff-last.pem",
    ]


def test_a_folder_with_nothing_to_check(tmp_path: Path, leaf: tuple[object, object]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "notes.txt").write_text("nothing here")
    (tmp_path / "edge.key").write_bytes(pki.key_pem(leaf[1]))
    inputs = checkable_inputs([str(tmp_path)])
    assert len(inputs) == 1 and inputs[0].path == str(tmp_path)
    assert inputs[0].error is not None and inputs[0].error.code == "folder-nothing-to-check"
    assert "symbolic links are not followed" in str(inputs[0].error)


def test_files_are_taken_as_given(tmp_path: Path) -> None:
    named = [str(tmp_path / "missing.pem"), str(tmp_path / "notes.txt")]
    assert _files(checkable_inputs(named)) == named  # the loader says what is wrong


def test_a_deep_tree_is_walked_without_recursion(
    tmp_path: Path, leaf: tuple[object, object]
) -> None:
    folder = tmp_path
    for _ in range(60):
        folder = folder / "d"
    folder.mkdir(parents=True)
    (folder / "deep.pem").write_bytes(pki.pem(leaf[0]))
    assert _files(checkable_inputs([str(tmp_path)])) == [str(folder / "deep.pem")]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"0\x82\x05\x00" + b"\x30" * 10, "other"),  # claims more than the file holds
        (b"\x30\x80\x06\x09*\x86H\x86\xf7\r\x01\x07\x02", "certificate"),  # BER PKCS#7
        (b"-----BEGIN PUBLIC KEY-----\n", "other"),
        (b"-----BEGIN EC PARAMETERS-----\n-----BEGIN EC PRIVATE KEY-----\n", "key"),
        (b"", "other"),
        (b"0", "other"),
    ],
)
def test_sniff_edges(data: bytes, kind: str) -> None:
    assert sniff(data, len(data)) == kind
