"""Checking an issued certificate: its chain, its key, its request, its details.

Every check runs at a fixed moment (``pki.AT`` or a moment taken from the certificate),
never at today's date.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import warnings
from pathlib import Path
from typing import Any

import opensslpki
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import ExtendedKeyUsageOID, ExtensionOID
from opensslpki import requires_openssl, write

from pic_wizard.core.rules.verdict import (
    CheckOptions,
    CheckResult,
    check_certificate,
    check_loaded,
    pick_leaf,
)
from pic_wizard.core.values.errors import InputError
from pic_wizard.core.values.findings import RuleId, Severity, render_fix, render_message
from pic_wizard.core.values.topology import seed_example
from pic_wizard.core.x509.loader import Loaded, load_bytes, load_file
from pic_wizard.core.x509.view import dn_text

import pki

AT = pki.AT
CHAIN_RULES = {RuleId.CHAIN_INCOMPLETE, RuleId.CHAIN_UNTRUSTED, RuleId.CHAIN_ORDER}


def rules(result: CheckResult) -> list[RuleId]:
    return [f.rule for f in result.findings]


def the(result: CheckResult, rule: RuleId) -> Any:
    found = [f for f in result.findings if f.rule is rule]
    assert len(found) == 1, rules(result)
    return found[0]


def key_id(ca: pki.CA) -> str:
    digest = ca.cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    return ":".join(f"{b:02X}" for b in digest)


def check(certs: list[x509.Certificate], root: pki.CA | None, **options: Any) -> CheckResult:
    roots = [root.cert] if root is not None else options.pop("roots", None)
    return check_certificate(certs, "edge.pem", CheckOptions(roots=roots, at=AT, **options))


@pytest.fixture(scope="session")
def chain(root: pki.CA, intermediate: pki.CA, seed_leaf: x509.Certificate) -> list:
    return [seed_leaf, intermediate.cert, root.cert]


# --- chains ------------------------------------------------------------------------------


def test_full_chain_in_the_file_passes(root: pki.CA, chain: list) -> None:
    result = check(chain, root)
    assert result.kind == "certificate"
    assert result.certificate == chain[0]
    assert result.findings == ()
    assert result.verdict == "pass"
    assert result.path == tuple(chain)


def test_full_chain_loaded_from_a_file_passes(tmp_path: Path, root: pki.CA, chain: list) -> None:
    loaded = load_file(write(tmp_path, "edge.pem", pki.pem(*chain)))
    result = check_loaded(loaded, CheckOptions(roots=[root.cert], at=AT))
    assert result.verdict == "pass"
    assert result.file == loaded.path
    assert result.path == tuple(chain)


def test_leaf_and_intermediate_without_the_root(root: pki.CA, chain: list) -> None:
    result = check(chain[:2], root)
    assert result.verdict == "pass"
    assert result.path == tuple(chain)


def test_chain_given_separately(root: pki.CA, intermediate: pki.CA, seed_leaf) -> None:
    result = check([seed_leaf], root, chain=[intermediate.cert])
    assert result.findings == ()
    assert result.path == (seed_leaf, intermediate.cert, root.cert)


def test_missing_intermediate_names_issuer_and_key_identifier(
    root: pki.CA, intermediate: pki.CA, seed_leaf: x509.Certificate
) -> None:
    result = check([seed_leaf], root)
    assert result.verdict == "fail"
    assert result.path == ()
    found = the(result, RuleId.CHAIN_INCOMPLETE)
    assert found.severity is Severity.ERROR
    issuer = dn_text(intermediate.cert.subject)
    assert found.subject == found.params["issuer"] == issuer
    assert found.params["key_id"] == key_id(intermediate)
    assert found.params["download"] == ""  # the seed leaf has no AIA
    message = render_message(found)
    assert issuer in message and key_id(intermediate) in message
    assert RuleId.CHAIN_UNTRUSTED not in rules(result)


def test_missing_intermediate_tells_where_the_ca_publishes_it(
    root: pki.CA, intermediate: pki.CA
) -> None:
    url = "http://ca.example.com/pic-wizard-issuing.crt"
    leaf, _ = pki.make_leaf(intermediate, aia_url=url)
    found = the(check([leaf], root), RuleId.CHAIN_INCOMPLETE)
    assert found.params["issuer"] == dn_text(intermediate.cert.subject)
    assert found.params["key_id"] == key_id(intermediate)
    assert found.params["url"] == url
    assert url in render_fix(found)


def test_unknown_root_is_untrusted(chain: list) -> None:
    other = pki.make_root("Another Root CA", slot=1)
    result = check(chain, other)
    assert result.verdict == "fail"
    found = the(result, RuleId.CHAIN_UNTRUSTED)
    assert dn_text(chain[2].subject) in render_message(found)
    assert RuleId.CHAIN_INCOMPLETE not in rules(result)
    assert result.path == ()


def test_no_trusted_roots_at_all_is_untrusted(chain: list) -> None:
    result = check(chain, None, roots=[])
    assert RuleId.CHAIN_UNTRUSTED in rules(result)
    assert result.path == ()


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_chain_order(root: pki.CA, chain: list, order: tuple[int, ...]) -> None:
    certs = [chain[i] for i in order]
    result = check(certs, root)
    assert result.certificate == chain[0]
    assert result.path == tuple(chain)
    if order == (0, 1, 2):
        assert result.findings == ()
    else:
        found = the(result, RuleId.CHAIN_ORDER)
        assert found.severity is Severity.INFO
        assert result.verdict == "pass"  # information only


def test_chain_order_of_a_two_certificate_file(root: pki.CA, chain: list) -> None:
    assert RuleId.CHAIN_ORDER not in rules(check(chain[:2], root))
    assert RuleId.CHAIN_ORDER in rules(check(chain[1::-1], root))


def test_self_signed_leaf(root: pki.CA) -> None:
    leaf, _ = pki.make_leaf(None)
    for roots in ([root.cert], None):
        result = check_certificate([leaf], "edge.pem", CheckOptions(roots=roots, at=AT))
        assert RuleId.CERT_SELF_SIGNED in rules(result)
        assert the(result, RuleId.CERT_SELF_SIGNED).severity is Severity.ERROR
        assert not CHAIN_RULES & set(rules(result))
        assert result.certificate == leaf


def test_expired_leaf_still_has_its_chain_judged(root: pki.CA, intermediate: pki.CA) -> None:
    leaf, _ = pki.make_leaf(intermediate, not_before=AT - dt.timedelta(days=400), days=180)
    result = check([leaf, intermediate.cert], root)
    assert rules(result) == [RuleId.CERT_EXPIRED]
    assert result.path == (leaf, intermediate.cert, root.cert)


def test_not_yet_valid_leaf_still_has_its_chain_judged(root: pki.CA, intermediate: pki.CA) -> None:
    leaf, _ = pki.make_leaf(intermediate, not_before=AT + dt.timedelta(days=5), days=90)
    result = check([leaf, intermediate.cert], root)
    assert rules(result) == [RuleId.CERT_NOT_YET_VALID]
    assert result.path == (leaf, intermediate.cert, root.cert)


def _server_auth_only_ca(root: pki.CA) -> pki.CA:
    """An issuing CA of a dedicated TLS-server hierarchy: EKU serverAuth only, as the root
    programmes now require of public CAs."""
    key = pki.ec_key(301)
    cert = (
        x509.CertificateBuilder()
        .subject_name(pki.name("pic-wizard TLS Server Issuing CA"))
        .issuer_name(root.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(AT - dt.timedelta(days=300))
        .not_valid_after(AT + dt.timedelta(days=300))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(pki.ski(key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root.key.public_key()),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(root.key, hashes.SHA256())
    )
    return pki.CA(cert, key)


def test_chain_through_a_server_auth_only_intermediate_is_trusted(root: pki.CA) -> None:
    """The CA dropped Client Authentication (EKU-CLIENT-DROPPED's case): the chain itself
    is still a good TLS server chain."""
    issuing = _server_auth_only_ca(root)
    leaf, _ = pki.make_leaf(issuing, ekus=("serverAuth",))
    result = check([leaf, issuing.cert], root)
    assert not CHAIN_RULES & set(rules(result))
    assert result.path == (leaf, issuing.cert, root.cert)


def test_same_options_for_several_certificates(root: pki.CA, intermediate: pki.CA) -> None:
    """An audit checks many certificates with one CheckOptions: each answer is its own."""
    options = CheckOptions(roots=[root.cert], at=AT)
    good, _ = pki.make_leaf(intermediate)
    expired, _ = pki.make_leaf(intermediate, not_before=AT - dt.timedelta(days=400))
    other_root = pki.make_root("Another Root CA", slot=1)
    stranger, _ = pki.make_leaf(pki.make_intermediate(other_root, "Another CA", slot=1))
    first = check_certificate([good, intermediate.cert], "a.pem", options)
    second = check_certificate([expired], "b.pem", options)
    third = check_certificate([stranger], "c.pem", options)
    again = check_certificate([good, intermediate.cert], "a.pem", options)
    assert first.findings == again.findings == ()
    # b.pem lacks the intermediate: the one a.pem brought must not complete its chain
    fresh = check_certificate([expired], "b.pem", CheckOptions(roots=[root.cert], at=AT))
    assert rules(second) == rules(fresh)
    assert RuleId.CHAIN_INCOMPLETE in rules(second)
    assert RuleId.CHAIN_INCOMPLETE in rules(third)


# --- keys --------------------------------------------------------------------------------


def test_right_private_key(root: pki.CA, chain: list) -> None:
    result = check(chain, root, key=pki.rsa_key(0))
    assert RuleId.KEY_MISMATCH not in rules(result)
    assert result.verdict == "pass"


def test_wrong_private_key(root: pki.CA, chain: list) -> None:
    result = check(chain, root, key=pki.rsa_key(1))
    found = the(result, RuleId.KEY_MISMATCH)
    assert found.severity is Severity.ERROR
    assert found.params["other"] == "private key"
    assert result.verdict == "fail"


def test_ec_key_against_an_rsa_certificate(root: pki.CA, chain: list) -> None:
    assert RuleId.KEY_MISMATCH in rules(check(chain, root, key=pki.ec_key(3)))


@requires_openssl
def test_pfx_key_is_compared_automatically(tmp_path: Path, root: pki.CA, chain: list) -> None:
    data = opensslpki.pfx(
        tmp_path, chain[0], pki.rsa_key(0), chain[1:], password="pfx", name="Edge"
    )
    loaded = load_file(write(tmp_path, "edge.pfx", data), b"pfx")
    assert loaded.private_keys
    result = check_loaded(loaded, CheckOptions(roots=[root.cert], at=AT))
    assert result.verdict == "pass"
    assert result.path == tuple(chain)
    # The same file with a key that is not the certificate's (openssl refuses to write
    # such a PFX, so the loaded content is swapped).
    mismatched = Loaded(loaded.path, loaded.format, loaded.certificates, [], [pki.rsa_key(1)])
    result = check_loaded(mismatched, CheckOptions(roots=[root.cert], at=AT))
    assert the(result, RuleId.KEY_MISMATCH).params["other"] == "private key"


def test_pem_with_certificate_and_wrong_key(root: pki.CA, chain: list) -> None:
    loaded = load_bytes(pki.pem(*chain) + pki.key_pem(pki.rsa_key(1)), "edge.pem")
    result = check_loaded(loaded, CheckOptions(roots=[root.cert], at=AT))
    assert RuleId.KEY_MISMATCH in rules(result)


# --- the request -------------------------------------------------------------------------


def test_issued_as_requested(root: pki.CA, intermediate: pki.CA) -> None:
    csr = pki.make_csr()
    cert = pki.issue_from_csr(intermediate, csr)
    result = check([cert, intermediate.cert], root, request=csr)
    assert result.findings == ()


def test_client_authentication_dropped_by_the_ca(root: pki.CA, intermediate: pki.CA) -> None:
    csr = pki.make_csr()
    cert = pki.issue_from_csr(intermediate, csr, drop_ekus=("clientAuth",))
    result = check([cert, intermediate.cert], root, request=csr)
    assert rules(result) == [RuleId.EKU_CLIENT_DROPPED]
    assert the(result, RuleId.EKU_CLIENT_DROPPED).severity is Severity.ERROR
    # Without the request nobody can tell it was asked for.
    assert RuleId.EKU_CLIENT_DROPPED not in rules(check([cert, intermediate.cert], root))


def test_no_client_authentication_asked_none_dropped(root: pki.CA, intermediate: pki.CA) -> None:
    csr = pki.make_csr(ekus=("serverAuth",))
    cert = pki.issue_from_csr(intermediate, csr)
    assert RuleId.EKU_CLIENT_DROPPED not in rules(check([cert], root, chain=[intermediate.cert]))


def test_name_dropped_by_the_ca(root: pki.CA, intermediate: pki.CA) -> None:
    csr = pki.make_csr()
    cert = pki.issue_from_csr(intermediate, csr, drop_names=("sip.fabrikam.com",))
    result = check([cert, intermediate.cert], root, request=csr)
    found = the(result, RuleId.REQUEST_NAME_DROPPED)
    assert found.subject == "sip.fabrikam.com"
    assert found.severity is Severity.ERROR
    assert RuleId.REQUEST_NAME_ADDED not in rules(result)


def test_name_added_by_the_ca(root: pki.CA, intermediate: pki.CA) -> None:
    csr = pki.make_csr()
    cert = pki.issue_from_csr(intermediate, csr, add_names=("www.contoso.com",))
    result = check([cert, intermediate.cert], root, request=csr)
    found = the(result, RuleId.REQUEST_NAME_ADDED)
    assert found.subject == "www.contoso.com"
    assert found.severity is Severity.INFO
    assert RuleId.REQUEST_NAME_DROPPED not in rules(result)


def test_request_of_another_key(root: pki.CA, chain: list) -> None:
    csr = pki.make_csr(key=pki.rsa_key(1))
    result = check(chain, root, request=csr)
    found = the(result, RuleId.KEY_MISMATCH)
    assert found.params["other"] == "request"


# --- topology-dependent rules ------------------------------------------------------------


def test_without_a_topology_rules_are_skipped_and_said_so(root: pki.CA, chain: list) -> None:
    result = check(chain, root)
    assert result.skipped
    assert RuleId.SAN_WEBCONF_MISSING in result.skipped
    assert RuleId.SAN_ACCESS_EDGE_MISSING in result.skipped


def test_with_a_topology_nothing_is_skipped(root: pki.CA, chain: list) -> None:
    result = check(chain, root, topology=seed_example())
    assert result.skipped == ()
    # The seed certificate carries every name the seed topology needs.
    assert not {f.rule for f in result.findings if f.severity is Severity.ERROR}


def test_with_a_topology_a_missing_name_is_found(root: pki.CA, intermediate: pki.CA) -> None:
    leaf, _ = pki.make_leaf(intermediate, sans=("sip.contoso.com", "sip.fabrikam.com"))
    result = check([leaf, intermediate.cert], root, topology=seed_example())
    assert the(result, RuleId.SAN_WEBCONF_MISSING).subject == "webcon.contoso.com"


# --- details -----------------------------------------------------------------------------


@requires_openssl
def test_thumbprints_match_openssl(tmp_path: Path, root: pki.CA, chain: list) -> None:
    details = check(chain, root).details
    assert details.thumbprint_sha1 == opensslpki.fingerprint(tmp_path, chain[0], "sha1")
    assert details.fingerprint_sha256 == opensslpki.fingerprint(tmp_path, chain[0], "sha256")
    assert details.subject == dn_text(chain[0].subject)
    assert details.subject_alternative_names == tuple(pki.SEED_SANS)


# --- the public roots --------------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 3], ids=["leaf-only", "full-chain"])
def test_test_pki_against_the_public_roots(chain: list, count: int) -> None:
    result = check_certificate(chain[:count], "edge.pem", CheckOptions(roots=None, at=AT))
    assert {RuleId.CHAIN_INCOMPLETE, RuleId.CHAIN_UNTRUSTED} & set(rules(result))
    assert result.verdict == "fail"
    assert result.path == ()


# --- an independent judge: a chain made by the openssl command line ----------------------


@pytest.fixture(scope="module")
def openssl_chain(tmp_path_factory: pytest.TempPathFactory) -> opensslpki.OpensslChain:
    if opensslpki.OPENSSL is None:
        pytest.skip("the openssl program is needed")
    return opensslpki.make_chain(tmp_path_factory.mktemp("openssl-chain"))


@requires_openssl
def test_openssl_made_chain_passes(openssl_chain: opensslpki.OpensslChain) -> None:
    c = openssl_chain
    loaded = load_file(write(c.folder, "full.pem", pki.pem(c.leaf, c.intermediate, c.root)))
    result = check_loaded(loaded, CheckOptions(roots=[c.root], at=c.at))
    assert result.verdict in ("pass", "warn"), rules(result)
    assert not CHAIN_RULES & set(rules(result))
    assert result.path == (c.leaf, c.intermediate, c.root)
    assert result.details.subject_alternative_names == tuple(pki.SEED_SANS)
    assert set(result.details.extended_key_usages) == {"serverAuth", "clientAuth"}


@requires_openssl
def test_openssl_made_chain_with_the_seed_topology(
    openssl_chain: opensslpki.OpensslChain,
) -> None:
    c = openssl_chain
    result = check_certificate(
        [c.leaf],
        "leaf.pem",
        CheckOptions(roots=[c.root], chain=[c.intermediate], at=c.at, topology=seed_example()),
    )
    assert result.verdict in ("pass", "warn"), rules(result)
    assert result.skipped == ()


@requires_openssl
def test_openssl_made_chain_from_a_pkcs7(openssl_chain: opensslpki.OpensslChain) -> None:
    c = openssl_chain
    data = opensslpki.p7b(c.folder, [c.leaf, c.intermediate], der=True)
    loaded = load_bytes(data, "certnew.p7b")
    assert pick_leaf(loaded.certificates) == c.leaf
    result = check_loaded(loaded, CheckOptions(roots=[c.root], at=c.at))
    assert result.verdict in ("pass", "warn"), rules(result)


@requires_openssl
def test_openssl_default_root_given_as_trusted_root(tmp_path: Path) -> None:
    """``openssl req -x509`` with no extension section writes a root without key usage;
    openssl itself trusts it as an anchor, and so must a check given it with --roots."""
    c = opensslpki.make_chain(tmp_path, root_extensions=False)
    result = check_certificate(
        [c.leaf, c.intermediate], "leaf.pem", CheckOptions(roots=[c.root], at=c.at)
    )
    assert not CHAIN_RULES & set(rules(result)), [dict(f.params) for f in result.findings]
    assert result.verdict in ("pass", "warn")


@requires_openssl
def test_sha1_signed_leaf_is_a_warning_not_a_broken_chain(tmp_path: Path) -> None:
    """SIG-SHA1 is a warning (Lync accepts SHA-1); the issuing CA that is in the file must not
    be reported missing."""
    c = opensslpki.make_chain(tmp_path, leaf_digest="sha1")
    result = check_certificate(
        [c.leaf, c.intermediate], "leaf.pem", CheckOptions(roots=[c.root], at=c.at)
    )
    assert RuleId.SIG_SHA1 in rules(result)
    assert RuleId.CHAIN_INCOMPLETE not in rules(result), [dict(f.params) for f in result.findings]
    assert not CHAIN_RULES & set(rules(result))
    assert result.verdict == "warn"


# --- damaged certificates: refused with an InputError, never a crash ------------------


def _malformed_san_leaf(intermediate: pki.CA) -> x509.Certificate:
    """Correctly signed, but the SAN extension's content is cut short (a buggy CA)."""
    return (
        x509.CertificateBuilder()
        .subject_name(pki.name("sip.contoso.com"))
        .issuer_name(intermediate.cert.subject)
        .public_key(pki.rsa_key(0).public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(AT - dt.timedelta(days=1))
        .not_valid_after(AT + dt.timedelta(days=30))
        .add_extension(
            x509.UnrecognizedExtension(
                ExtensionOID.SUBJECT_ALTERNATIVE_NAME, b"\x30\x05\x82\x09sip"
            ),
            critical=False,
        )
        .sign(intermediate.key, hashes.SHA256())
    )


def test_certificate_with_a_malformed_extension_is_refused_not_a_crash(
    root: pki.CA, intermediate: pki.CA
) -> None:
    text = pki.pem(_malformed_san_leaf(intermediate), intermediate)
    with pytest.raises(InputError):
        loaded = load_bytes(text, "edge.cer")
        check_loaded(loaded, CheckOptions(roots=[root.cert], at=AT))


def _flipped(data: bytes, seed: int, count: int) -> list[bytes]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        mutated = bytearray(data)
        mutated[rng.randrange(len(mutated))] ^= rng.randrange(1, 256)
        out.append(bytes(mutated))
    return out


@pytest.mark.parametrize("kind", ["certificate", "request"])
def test_damaged_files_that_load_are_checked_or_refused_never_crash(
    root: pki.CA, intermediate: pki.CA, seed_leaf: x509.Certificate, kind: str
) -> None:
    if kind == "certificate":
        data = pki.der(seed_leaf)
    else:
        data = pki.make_csr().public_bytes(serialization.Encoding.DER)
    options = CheckOptions(
        roots=[root.cert],
        chain=[intermediate.cert],
        at=AT,
        topology=seed_example(),
        request=pki.make_csr(),
        key=pki.rsa_key(0),
    )
    crashes: list[str] = []
    for i, damaged in enumerate(_flipped(data, seed=len(kind), count=200)):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                check_loaded(load_bytes(damaged, "damaged.der"), options)
        except InputError:
            pass
        except Exception as exc:
            crashes.append(f"variant {i}: {exc!r}"[:160])
    assert crashes == []


# --- what check_loaded refuses -----------------------------------------------------------


def test_check_loaded_on_a_key_only_file() -> None:
    loaded = load_bytes(pki.key_pem(pki.rsa_key(0)), "edge.key")
    with pytest.raises(InputError) as excinfo:
        check_loaded(loaded, CheckOptions(at=AT))
    assert excinfo.value.code == "key-only"
    assert "edge.key" in str(excinfo.value)


def test_check_loaded_on_a_request() -> None:
    loaded = load_bytes(pki.make_csr().public_bytes(serialization.Encoding.PEM), "edge.req")
    result = check_loaded(loaded, CheckOptions(at=AT))
    assert result.kind == "csr"
    assert result.request == loaded.requests[0]


def test_a_reordered_issuer_name_is_not_the_issuer_even_when_the_key_signed_it() -> None:
    """The hand check (for SHA-1 and MD5 signatures) compares the names as encoded: shown
    text puts CN first for every subject and would make a reordered name look equal."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    from pic_wizard.core.x509.chain import signature_check

    root = pki.make_root()
    reordered = x509.Name(list(reversed(list(root.cert.subject))))
    assert reordered != root.cert.subject
    key = pki.rsa_key(1)
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sip.contoso.com")]))
        .issuer_name(reordered)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(pki.AT - dt.timedelta(days=1))
        .not_valid_after(pki.AT + dt.timedelta(days=100))
        .sign(root.key, hashes.SHA256())
    )
    assert signature_check(leaf, root.cert) is False
    same_order = pki.make_leaf(root)[0]
    assert signature_check(same_order, root.cert) is True


@pytest.mark.parametrize(
    ("issued_ekus", "dropped"),
    [
        (("serverAuth",), True),  # the CA left Client Authentication out
        (None, False),  # no EKU extension: good for any purpose, nothing dropped
        (("serverAuth", "clientAuth"), False),
    ],
)
def test_client_authentication_dropped_only_from_an_eku_extension_that_lacks_it(
    root: pki.CA, intermediate: pki.CA, issued_ekus: tuple[str, ...] | None, dropped: bool
) -> None:
    csr = pki.make_csr(key=pki.rsa_key(0))
    leaf, _ = pki.make_leaf(intermediate, ekus=issued_ekus, key=pki.rsa_key(0))
    options = CheckOptions(roots=[root.cert], request=csr, topology=seed_example(), at=AT)
    found = rules(check_certificate([leaf, intermediate.cert], "edge.cer", options))
    assert (RuleId.EKU_CLIENT_DROPPED in found) is dropped
    # EKU-CLIENT-MISSING agrees: the same certificate either serves AOL or does not
    assert (RuleId.EKU_CLIENT_MISSING in found) is dropped
