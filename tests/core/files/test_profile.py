"""Profiles: versioned JSON of the wizard's answers, never a secret."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pic_wizard.core.files import profile
from pic_wizard.core.values.errors import ProfileError
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import (
    Deployment,
    KeyAlgorithm,
    KeySpec,
    PicProvider,
    Product,
    seed_example,
)


def test_round_trip_of_every_field(tmp_path: Path) -> None:
    topology = replace(
        seed_example(),
        product=Product.SFB_2015,
        deployment=Deployment.HLB_POOL,
        server_count=4,
        subject_name="edgepool.contoso.com",
        pic_providers=frozenset({PicProvider.AOL, PicProvider.SKYPE}),
        xmpp_federation=True,
        xmpp_domains=("contoso.com",),
        extra_sans=("legacy.contoso.com",),
        key=KeySpec(algorithm=KeyAlgorithm.EC, curve="P-384", exportable=False),
        san_limit=25,
    )
    path = tmp_path / "p.json"
    profile.save(topology, path)
    assert profile.load(path) == topology


def test_seed_profile_shape() -> None:
    data = json.loads(profile.dumps(seed_example()))
    assert data["format"] == "pic-wizard-profile"
    assert data["version"] == profile.VERSION
    assert data["sip_domains"] == ["contoso.com", "fabrikam.com"]
    assert data["federation"]["pic_providers"] == ["aol"]


def test_no_secret_can_be_stored() -> None:
    text = profile.dumps(seed_example()).lower()
    assert "password" not in text and "passphrase" not in text and "private" not in text
    data = json.loads(text)
    data["key"]["passphrase"] = "hunter2"
    with pytest.raises(ProfileError) as caught:
        profile.from_dict(data, "p.json")
    assert "key.passphrase" in str(caught.value)


def test_defaults_fill_missing_sections() -> None:
    t = profile.from_dict(
        {"format": "pic-wizard-profile", "version": 1, "sip_domains": ["contoso.com"]}
    )
    assert t.sip_domains == ("contoso.com",)
    assert t.key == KeySpec()
    assert t.deployment is Deployment.SINGLE


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + profile.dumps(seed_example()).encode())
    assert profile.load(path) == seed_example()


def _with(**changes: object) -> dict[str, object]:
    data = json.loads(profile.dumps(seed_example()))
    for dotted, value in changes.items():
        *parents, leaf = dotted.split("__")
        target = data
        for part in parents:
            target = target[part]
        target[leaf] = value
    return data


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (_with(product="lync2010"), ["product", "lync2013"]),
        (_with(deployment__kind="cluster"), ["deployment.kind"]),
        (_with(deployment__servers=0), ["deployment.servers"]),
        (_with(deployment__servers="2"), ["deployment.servers", "whole number"]),
        (_with(sip_domains="contoso.com"), ["sip_domains", "list"]),
        (_with(federation__pic_providers=["msn"]), ["federation.pic_providers", "aol"]),
        (_with(federation__xmpp_federation="yes"), ["federation.xmpp_federation", "true"]),
        (_with(organization__country="USA"), ["organization.country", "ISO 3166"]),
        (_with(key__rsa_bits=1024), ["key.rsa_bits", "2048"]),
        (_with(key__curve="P-521"), ["key.curve"]),
        (_with(key__algorithm="dsa"), ["key.algorithm"]),
        (_with(edge="sip.contoso.com"), ["edge", "object"]),
        (_with(colour="blue"), ["colour", "not a profile field"]),
        (_with(ca__san_limit=0), ["ca.san_limit"]),
    ],
)
def test_field_errors_name_the_field(data: dict[str, object], words: list[str]) -> None:
    with pytest.raises(ProfileError) as caught:
        profile.from_dict(data, "edge.json")
    text = str(caught.value)
    assert "edge.json" in text
    for word in words:
        assert word in text


def test_country_is_upper_cased() -> None:
    assert profile.from_dict(_with(organization__country="fr")).organization.country == "FR"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"{not json", "profile-invalid-json"),
        (b"\xff\xfe\x00garbage", "profile-invalid-json"),
        (b'{"hello": "world"}', "profile-not-profile"),
        (b"[1, 2]", "profile-not-profile"),
        (b'{"format": "pic-wizard-profile", "version": 99}', "profile-newer"),
        (b'{"format": "pic-wizard-profile", "version": "1"}', "profile-field"),
        (b"", "file-empty"),
    ],
)
def test_damaged_profiles(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "p.json"
    path.write_bytes(content)
    with pytest.raises(ProfileError if code != "file-empty" else Exception) as caught:
        profile.load(path)
    assert getattr(caught.value, "code", None) == code
    assert str(path) in str(caught.value)


def test_missing_profile(tmp_path: Path) -> None:
    with pytest.raises(Exception) as caught:
        profile.load(tmp_path / "none.json")
    assert getattr(caught.value, "code", None) == "file-not-found"


def test_country_must_be_an_iso_3166_code() -> None:
    with pytest.raises(ProfileError) as caught:
        profile.from_dict(_with(organization__country="XX"))
    assert "'XX' is not an ISO 3166 country code" in str(caught.value)
    assert profile.from_dict(_with(organization__country="gb")).organization.country == "GB"


def test_country_list_is_the_published_one() -> None:
    from pic_wizard.core.values.countries import ISO_3166_ALPHA2

    assert len(ISO_3166_ALPHA2) == 249
    assert {"US", "FR", "DE", "GB", "SS", "BQ", "CW"} <= ISO_3166_ALPHA2
    assert not {"UK", "EU", "XK", "YU"} & ISO_3166_ALPHA2
    tab = Path("/usr/share/zoneinfo/iso3166.tab")  # the tz database's copy, where present
    if tab.exists():
        lines = tab.read_text().splitlines()
        codes = {line.split("\t")[0] for line in lines if line and not line.startswith("#")}
        assert codes == ISO_3166_ALPHA2
