"""pic-wizard-cli renew: the certificate being replaced, read back and compared."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from topologies import ONE, TWO, tbxml
from walk import run

from pic_wizard.core.files import profile

import pki


def old_certificate(tmp_path: Path, intermediate: pki.CA, **leaf: object) -> Path:
    cert, _ = pki.make_leaf(intermediate, **leaf)  # type: ignore[arg-type]
    path = tmp_path / "current.cer"
    path.write_bytes(pki.pem(cert, intermediate))
    return path


def changes(argv: list[str]) -> list[tuple[str, str, str]]:
    code, out, err = run(*argv, "--json", "--at", "2026-06-01")
    assert code in (0, 1), err
    return [(c["kind"], c["old"], c["new"]) for c in json.loads(out)["changes"]]


def test_a_leftover_name_a_missing_domain_and_a_dropped_client_auth(
    tmp_path: Path, intermediate: pki.CA, seed_profile: Path
) -> None:
    cert = old_certificate(
        tmp_path, intermediate,
        sans=("sip.contoso.com", "webcon.contoso.com", "legacy.contoso.com"),
        ekus=("serverAuth",),
    )  # fmt: skip
    assert changes(["renew", str(cert), "--profile", str(seed_profile)]) == [
        ("name-dropped", "legacy.contoso.com", ""),
        ("name-added", "", "sip.fabrikam.com"),
        ("eku-added", "", "clientAuth"),  # AOL is on in the profile
    ]


def test_without_answers_the_certificate_is_read_back_and_leftovers_flagged(
    tmp_path: Path, intermediate: pki.CA
) -> None:
    cert = old_certificate(
        tmp_path, intermediate,
        sans=("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com", "legacy.contoso.com"),
    )  # fmt: skip
    target = tmp_path / "renewed.json"
    code, out, err = run("renew", str(cert), "--out", str(target), "--at", "2026-06-01")
    assert code in (0, 1), err
    assert "SAN-EXTRA" in out and "legacy.contoso.com" in out
    assert "the current key is not reused" in out
    answers = profile.load(target)
    assert answers.sip_domains == ("contoso.com", "fabrikam.com")
    assert answers.access_edge_fqdn == "sip.contoso.com"
    assert answers.web_conferencing_edge_fqdn == "webcon.contoso.com"
    assert answers.extra_sans == ("legacy.contoso.com",)
    # Client Authentication in a certificate issued long after AOL PIC ended came from the
    # CA's default (public CAs added it until 2025), not from AOL: AOL stays off.
    assert answers.pic_providers == frozenset()
    # never over the answers unasked
    code, _, err = run("renew", str(cert), "--out", str(target))
    assert code == 2 and "--force" in err


def test_renewing_with_a_topology_or_another_key_size(
    tmp_path: Path, intermediate: pki.CA, seed_profile: Path
) -> None:
    cert = old_certificate(tmp_path, intermediate, key=pki.rsa_key(bits=4096))
    topo = tmp_path / "topology.tbxml"
    topo.write_bytes(tbxml(("contoso.com", "fabrikam.com"), [ONE, TWO]))
    found = changes(["renew", str(cert), "--topology", str(topo), "--pool", "edgepool.contoso.net"])
    # the same names and key size (read back from the certificate); the CA's default
    # Client Authentication is not asked for again
    assert found == [("eku-dropped", "clientAuth", "")]
    code, _, err = run("renew", str(cert), "--topology", str(topo))
    assert code == 2 and "--pool" in err
    found = changes(["renew", str(cert), "--profile", str(seed_profile)])
    assert found == [("key-changed", "RSA 4096", "RSA 2048")]


def test_renew_in_french_and_refusals(tmp_path: Path, intermediate: pki.CA) -> None:
    cert = old_certificate(tmp_path, intermediate, ekus=("serverAuth",))
    code, out, _ = run("--lang", "fr", "renew", str(cert), "--at", "2026-06-01")
    assert code in (0, 1) and "Ce qui change" in out and "Renewing" not in out
    key = tmp_path / "k.pem"
    key.write_bytes(pki.key_pem(intermediate.key))
    code, _, err = run("renew", str(key))
    assert code == 2 and "k.pem" in err
    code, _, err = run("renew", str(tmp_path / "none.cer"))
    assert code == 2 and "does not exist" in err


def test_what_renew_refuses_and_what_it_notices(tmp_path: Path, intermediate: pki.CA) -> None:
    chain = tmp_path / "ca.pem"
    chain.write_bytes(pki.pem(intermediate.cert))
    target = tmp_path / "out.json"
    code, _, err = run("renew", str(chain), "--out", str(target))
    assert code == 2 and "only CA certificates" in err and not target.exists()
    key = tmp_path / "k.pem"
    key.write_bytes(pki.key_pem(intermediate.key))
    code, _, err = run("renew", str(key))
    assert code == 2 and "certificate being replaced" in err and "intermediate" not in err
    nameless = old_certificate(tmp_path, intermediate, cn=None, sans=None)
    code, _, err = run("renew", str(nameless))
    assert code == 2 and "no name to renew from" in err
    with_ip = old_certificate(tmp_path, intermediate, ip_sans=("192.0.2.5",))
    assert ("name-dropped", "192.0.2.5", "") in changes(["renew", str(with_ip)])
    no_eku = old_certificate(tmp_path, intermediate, ekus=None)
    assert not [c for c in changes(["renew", str(no_eku)]) if c[0].startswith("eku")]


def test_client_authentication_is_read_as_aol_only_in_a_certificate_of_aol_s_time(
    tmp_path: Path, intermediate: pki.CA
) -> None:
    """Renewing, after Chrome's date, a certificate whose CA added Client Authentication by
    default: AOL is not turned on, so the request is not refused for asking public CAs
    what none may issue (EKU-CLIENT-SUNSET, an error from 2027-03-15)."""
    recent = old_certificate(
        tmp_path, intermediate, not_before=dt.datetime(2027, 3, 14, tzinfo=dt.UTC), days=200
    )
    target = tmp_path / "renewed.json"
    code, out, err = run("renew", str(recent), "--out", str(target), "--at", "2027-04-01")
    assert code == 0, out + err
    assert "EKU-CLIENT-SUNSET" not in out
    assert profile.load(target).pic_providers == frozenset()
    code, out, err = run("csr", str(target), "--no-encrypt", "--out", str(tmp_path / "csr"),
                         "--at", "2027-04-01")  # fmt: skip
    assert code == 0, out + err
    # A certificate of AOL's time: its Client Authentication was for AOL.
    old = tmp_path / "old"
    old.mkdir()
    aol_time = old_certificate(
        old, intermediate, not_before=dt.datetime(2013, 6, 1, tzinfo=dt.UTC), days=730
    )
    answers = tmp_path / "aol.json"
    code, out, err = run("renew", str(aol_time), "--out", str(answers), "--at", "2014-05-01")
    assert code in (0, 1), out + err
    assert {p.value for p in profile.load(answers).pic_providers} == {"aol"}
