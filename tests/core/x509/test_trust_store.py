"""An audit shares only its trust store: every leaf gets the answers a run of its own gives."""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from pic_wizard.core.rules.verdict import CheckOptions, check_certificate
from pic_wizard.core.values.topology import seed_example

import pki


def verdicts(results: list) -> list[tuple[str, frozenset[str], int]]:
    return [(r.verdict, frozenset(f.rule.value for f in r.findings), len(r.path)) for r in results]


def test_cached_run_equals_fresh_runs(root: pki.CA, intermediate: pki.CA) -> None:
    other_issuer = pki.make_intermediate(root, "Second Issuing CA", slot=3)
    stranger = pki.make_intermediate(pki.make_root("Unknown Root", slot=4), "Stranger CA", slot=5)
    leaves = [
        pki.make_leaf(intermediate)[0],
        pki.make_leaf(intermediate, not_before=pki.AT - dt.timedelta(days=400))[0],  # expired
        pki.make_leaf(other_issuer)[0],
        pki.make_leaf(stranger)[0],
        pki.make_leaf(intermediate, hash_algorithm=hashes.SHA224())[0],  # validator refuses
        pki.make_leaf(intermediate)[0],
        pki.make_leaf(other_issuer)[0],
    ]
    chain = [intermediate.cert, other_issuer.cert, stranger.cert]

    def options() -> CheckOptions:
        return CheckOptions(topology=seed_example(), roots=[root.cert], chain=chain, at=pki.AT)

    shared = options()
    cached = [check_certificate([leaf], "x", shared) for leaf in leaves]
    fresh = [check_certificate([leaf], "x", options()) for leaf in leaves]
    assert verdicts(cached) == verdicts(fresh)
    assert len(shared.store_cache) == 1  # built once, for the whole run


def test_a_forged_leaf_is_refused_after_a_good_one(root: pki.CA, intermediate: pki.CA) -> None:
    options = CheckOptions(roots=[root.cert], chain=[intermediate.cert], at=pki.AT)
    good = check_certificate([pki.make_leaf(intermediate)[0]], "good", options)
    assert good.path
    # Same issuer name, signed by another key: must not pass through the cached path.
    impostor = pki.CA(x509.load_der_x509_certificate(pki.der(intermediate.cert)), pki.ec_key(77))
    forged, _ = pki.make_leaf(impostor)
    result = check_certificate([forged], "forged", options)
    assert result.path == ()
    assert "CHAIN-UNTRUSTED" in {f.rule.value for f in result.findings}


def test_a_path_is_judged_at_each_leafs_moment(root: pki.CA) -> None:
    # An intermediate that expires between two leaves' moments.
    short = pki.make_intermediate(root, "Short-lived CA", slot=6)
    options = CheckOptions(roots=[root.cert], chain=[short.cert], at=pki.AT)
    first = check_certificate([pki.make_leaf(short)[0]], "a", options)
    assert first.path
    late_leaf, _ = pki.make_leaf(
        short, not_before=short.cert.not_valid_after_utc + dt.timedelta(days=1)
    )
    late = check_certificate([late_leaf], "b", options)
    fresh = check_certificate(
        [late_leaf], "b", CheckOptions(roots=[root.cert], chain=[short.cert], at=pki.AT)
    )
    assert late.path == fresh.path == ()
    assert {f.rule.value for f in late.findings} == {f.rule.value for f in fresh.findings}


def test_validator_reasons_are_sentences(root: pki.CA, intermediate: pki.CA) -> None:
    not_a_ca, not_a_ca_key = pki.make_leaf(intermediate, cn="Not A CA", key=pki.ec_key(9))
    leaf, _ = pki.make_leaf(pki.CA(not_a_ca, not_a_ca_key))
    options = CheckOptions(roots=[root.cert], chain=[intermediate.cert, not_a_ca], at=pki.AT)
    (untrusted,) = check_certificate([leaf], "x", options).findings
    assert untrusted.rule.value == "CHAIN-UNTRUSTED"
    assert untrusted.params["reason"] == "a certificate of the chain is not a CA certificate"


def test_sha224_leaf_is_left_to_the_signature_rules(root: pki.CA, intermediate: pki.CA) -> None:
    # The validator refuses the algorithm; the walk verifies the signatures itself.
    leaf, _ = pki.make_leaf(intermediate, hash_algorithm=hashes.SHA224())
    options = CheckOptions(roots=[root.cert], chain=[intermediate.cert], at=pki.AT)
    result = check_certificate([leaf], "x", options)
    assert not [f for f in result.findings if f.rule.value.startswith("CHAIN-")]
    assert len(result.path) == 3


def test_text_in_a_certificate_cannot_switch_off_the_validator(
    root: pki.CA, intermediate: pki.CA
) -> None:
    """The validator quotes the certificate it refuses; a subject that spells "signature
    algorithm" must not make pic-wizard take the refusal for one about SHA-1."""
    from cryptography.x509.oid import NameOID

    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "signature algorithm"),
            x509.NameAttribute(NameOID.COMMON_NAME, "sip.contoso.com"),
        ]
    )
    base, _ = pki.make_leaf(intermediate)
    leaf = pki.with_extension(
        base, intermediate, pki.UNKNOWN_EXTENSION, critical=True, subject=subject
    )
    # An unrelated certificate the validator refuses for its algorithm (SHA-224) in the
    # chain file changes nothing either.
    old_ca = pki.make_leaf(root, cn="Old CA", is_ca=True, hash_algorithm=hashes.SHA224())[0]
    for chain in ([intermediate.cert], [intermediate.cert, old_ca]):
        options = CheckOptions(roots=[root.cert], chain=chain, at=pki.AT)
        result = check_certificate([leaf], "x", options)
        assert "CHAIN-UNTRUSTED" in {f.rule.value for f in result.findings}, chain
        assert result.path == ()
