"""Make the certificates of ``tests/vectors/outputs/`` and what ``check`` says of them.

    python tests/vectors/outputs/make_outputs.py [--certificates] [--outputs]

The certificates are varied on purpose (every format check reads, every finding of the
chain, the dates, the names, a key and a request beside them): a change that makes check
faster must leave every byte it writes the same, and ``test_same_output.py`` compares
check's output on them with ``expected/``, written by this script.  Make the certificates
once (``--certificates``: new keys and serial numbers, so new expected output too); write
the outputs again (``--outputs``) only when a change of output is meant.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS.parent))

# The moment every check of these files is made at (tests/pki.py's).
AT_DAY = "2026-06-01"

SHA1_RSA = "2a864886f70d010105"

# Files of the other vector folders checked with these (errors and hostile text).
BORROWED = (
    "../broken/empty.cer",
    "../broken/truncated.pem",
    "../broken/random-bytes.bin",
    "../broken/key-only.pem",
    "../untrusted/hostile-leaf.pem",
)


def make_certificates() -> None:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12

    import pki

    at = pki.AT
    root = pki.make_root()
    inter = pki.make_intermediate(root)
    other_root = pki.make_root("Other Root CA", slot=1)
    other_inter = pki.make_intermediate(
        other_root, "Other Issuing CA", slot=1, aia_url="http://pki.example.com/other.crt"
    )
    key = pki.rsa_key(0)
    files: dict[str, bytes] = {
        "root.pem": pki.pem(root),
        "int.pem": pki.pem(inter),
    }

    def leaf(**kwargs: object) -> bytes:
        return pki.pem(pki.make_leaf(inter, key=kwargs.pop("key", key), **kwargs)[0])  # type: ignore[arg-type]

    files["good.pem"] = leaf()
    files["two-sans.pem"] = leaf(sans=("sip.contoso.com", "sip.fabrikam.com"))
    files["server-auth-only.pem"] = leaf(ekus=("serverAuth",))
    files["no-eku.pem"] = leaf(ekus=None)
    files["no-cdp.pem"] = leaf(cdp=False)
    files["extra-san.pem"] = leaf(sans=(*pki.SEED_SANS, "av.contoso.com"))
    files["no-san.pem"] = leaf(sans=None)
    files["no-subject.pem"] = leaf(cn=None)
    files["ec-key.pem"] = leaf(key=pki.ec_key(3))
    files["rsa-3072.pem"] = leaf(key=pki.rsa_key(5, 3072))
    files["expired.pem"] = leaf(not_before=at - dt.timedelta(days=400), days=200)
    files["not-yet-valid.pem"] = leaf(not_before=at + dt.timedelta(days=5))
    files["expiring.pem"] = leaf(not_before=at - dt.timedelta(days=170), days=180)
    files["too-long.pem"] = leaf(days=800)
    files["is-ca.pem"] = leaf(is_ca=True)
    # SHA-1, which cryptography's verifier declines: verified by hand, with its RSA root.
    rsa_root_cert, rsa_root_key = pki.make_leaf(
        None, cn="RSA Root CA", sans=None, ekus=None, key=pki.rsa_key(6), is_ca=True
    )
    rsa_root = pki.CA(rsa_root_cert, rsa_root_key)
    sha1_leaf = pki.resign(
        pki.make_leaf(rsa_root, key=key)[0], rsa_root_key, SHA1_RSA, hashes.SHA1()
    )
    files["sha1-with-its-root.pem"] = pki.pem(sha1_leaf, rsa_root)
    files["names.pem"] = leaf(
        cn="Édge Sérver",
        sans=("sip.contoso.com", "xn--bcher-kva.example", "edge.local", "*.contoso.com", "a..b"),
        ip_sans=("192.0.2.10",),
    )
    files["aia.pem"] = leaf(aia_url="http://pki.example.com/issuing.crt")
    # Self-signed, alone and with an MD5 signature (verified by hand).
    self_signed, _ = pki.make_leaf(None, key=pki.rsa_key(1))
    files["self-signed.pem"] = pki.pem(self_signed)
    md5 = pki.resign(self_signed, pki.rsa_key(1), pki.MD5_RSA, hashes.MD5())
    files["md5-self-signed.pem"] = pki.pem(md5)
    # Issued by a CA the check is not given (its address published), and by one of
    # another root given in the file.
    files["other-issuer.pem"] = pki.pem(pki.make_leaf(other_inter, key=key)[0])
    files["other-root-in-file.pem"] = pki.pem(
        pki.make_leaf(other_inter, key=key)[0], other_inter, other_root
    )
    # A damaged signature: the issuer's name, not its signature.
    good_der = bytearray(pki.der(pki.make_leaf(inter, key=key)[0]))
    good_der[-5] ^= 0xFF
    files["bad-signature.der"] = bytes(good_der)
    # Chains and containers.
    chain_leaf, _ = pki.make_leaf(inter, key=key)
    files["full-chain.pem"] = pki.pem(chain_leaf, inter, root)
    files["reversed-chain.pem"] = pki.pem(root, inter, chain_leaf)
    files["ca-only.pem"] = pki.pem(inter, root)
    files["leaf.der"] = pki.der(chain_leaf)
    files["leaf.b64"] = b"".join(pki.pem(chain_leaf).splitlines(keepends=True)[1:-1])
    files["chain.p7b"] = pkcs7.serialize_certificates(
        [chain_leaf, inter.cert], serialization.Encoding.DER
    )
    files["chain-p7b.pem"] = pkcs7.serialize_certificates(
        [inter.cert, chain_leaf], serialization.Encoding.PEM
    )
    files["with-key.pfx"] = pkcs12.serialize_key_and_certificates(
        b"edge", key, chain_leaf, [inter.cert], serialization.NoEncryption()
    )
    files["without-key.pfx"] = pkcs12.serialize_key_and_certificates(
        b"edge", None, chain_leaf, [inter.cert], serialization.NoEncryption()
    )
    files["leaf-and-key.pem"] = pki.pem(chain_leaf) + pki.key_pem(key)
    files["leaf-and-other-key.pem"] = pki.pem(chain_leaf) + pki.key_pem(pki.rsa_key(2))
    files["good.key"] = pki.key_pem(key)
    files["request.pem"] = pki.pem(pki.make_csr(key=key, sans=(*pki.SEED_SANS, "av.contoso.com")))
    files["request-server-auth.pem"] = pki.pem(
        pki.make_csr(key=pki.rsa_key(2), ekus=("serverAuth",), sans=("sip.contoso.com",))
    )
    for name, data in files.items():
        (HERE / name).write_bytes(data)


# What check is given, every file at once; a name: the output file in expected/.
def runs() -> Iterator[tuple[str, list[str]]]:
    certificates = sorted(
        p.name
        for p in HERE.iterdir()
        if p.suffix in {".pem", ".der", ".b64", ".p7b", ".pfx"}
        and p.name not in {"root.pem", "int.pem"}
    )
    files = [*certificates, *BORROWED]
    given = ["--roots", "root.pem", "--chain", "int.pem", "--at", AT_DAY]
    profile = ["--profile", "contoso.json"]
    # English unless French is asked, whatever the machine speaks.
    yield "check.json", ["--lang", "en", "check", *files, *profile, *given, "--json"]
    yield "check.txt", ["--lang", "en", "check", *files, *profile, *given]
    yield "check-fr.txt", ["--lang", "fr", "check", *files, *profile, *given]
    yield "check-fr.json", ["--lang", "fr", "check", *files, *profile, *given, "--json"]
    yield "no-profile.json", ["--lang", "en", "check", *files, *given, "--json"]
    yield "public-roots.txt", ["--lang", "en", "check", *files, "--at", AT_DAY]
    with_key = ["--key", "good.key", "--request", "request.pem"]
    yield (
        "key-and-request.txt",
        ["--lang", "en", "check", "good.pem", "leaf-and-key.pem", *profile, *given, *with_key],
    )
    yield "key-and-request.json", [
        "--lang", "en", "check", "good.pem", "leaf-and-other-key.pem", *given, *with_key, "--json"
    ]  # fmt: skip


def outputs() -> dict[str, str]:
    """What check writes (its exit code, then its output and its errors) for each run,
    in this folder, with a profile of the seed example written beside the files."""
    from pic_wizard.cli import main
    from pic_wizard.core.files import profile
    from pic_wizard.core.values.topology import seed_example

    results: dict[str, str] = {}
    before = Path.cwd()
    os.chdir(HERE)
    try:
        profile.save(seed_example(), HERE / "contoso.json")
        for name, argv in runs():
            out, err = io.StringIO(), io.StringIO()
            code = main(argv, out=out, err=err)
            results[name] = f"exit {code}\n{out.getvalue()}--- stderr\n{err.getvalue()}"
    finally:
        (HERE / "contoso.json").unlink(missing_ok=True)
        os.chdir(before)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--certificates", action="store_true", help="make new certificates")
    parser.add_argument("--outputs", action="store_true", help="write expected/ again")
    args = parser.parse_args()
    if args.certificates:
        make_certificates()
    if args.outputs or args.certificates:
        (HERE / "expected").mkdir(exist_ok=True)
        for name, text in outputs().items():
            (HERE / "expected" / name).write_text(text, encoding="utf-8", newline="")


if __name__ == "__main__":
    main()
