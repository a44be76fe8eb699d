"""The wizard's answers as versioned JSON.  A profile never holds a secret."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

from ..values.countries import ISO_3166_ALPHA2
from ..values.errors import ProfileError
from ..values.i18n import N_
from ..values.topology import (
    EC_CURVES,
    MAX_EDGE_SERVERS,
    ORGANIZATION_LIMITS,
    RSA_SIZES,
    Deployment,
    KeyAlgorithm,
    KeySpec,
    Organization,
    PicProvider,
    Product,
    Topology,
)
from ..values.untrusted import hidden
from .fsutil import write_atomic
from .reading import read_limited

FORMAT = "pic-wizard-profile"
VERSION = 1
MAX_PROFILE_BYTES = 256 * 1024


def to_dict(t: Topology) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "product": t.product.value,
        "sip_domains": list(t.sip_domains),
        "deployment": {"kind": t.deployment.value, "servers": t.server_count},
        "edge": {
            "access_edge_fqdn": t.access_edge_fqdn,
            "web_conferencing_edge_fqdn": t.web_conferencing_edge_fqdn,
            "av_edge_fqdn": t.av_edge_fqdn,
            "subject_name": t.subject_name,
        },
        "federation": {
            "sip_federation": t.sip_federation,
            "pic_providers": sorted(p.value for p in t.pic_providers),
            "xmpp_federation": t.xmpp_federation,
            "xmpp_domains": list(t.xmpp_domains),
        },
        "extra_sans": list(t.extra_sans),
        "organization": {
            "organization": t.organization.organization,
            "organizational_unit": t.organization.organizational_unit,
            "locality": t.organization.locality,
            "state": t.organization.state,
            "country": t.organization.country,
        },
        "friendly_name": t.friendly_name,
        "key": {
            "algorithm": t.key.algorithm.value,
            "rsa_bits": t.key.rsa_bits,
            "curve": t.key.curve,
            "exportable": t.key.exportable,
        },
        "ca": {"san_limit": t.san_limit},
    }


def dumps(t: Topology) -> str:
    from ..values.untrusted import dumps as json_dumps  # control and bidi characters as \u escapes

    return json_dumps(to_dict(t), indent=2) + "\n"


def save(t: Topology, path: str | os.PathLike[str], *, overwrite: bool = True) -> None:
    write_atomic(path, dumps(t).encode("utf-8"), mode=0o644, overwrite=overwrite)


class _Reader:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, path: str, problem: str, **values: str) -> ProfileError:
        return ProfileError("profile-field", file=self.file, path=path, problem=problem, **values)

    def section(self, data: Mapping[str, Any], key: str, allowed: set[str]) -> Mapping[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(key, N_("Params", "must be an object"))
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise self.fail(f"{key}.{unknown[0]}", N_("Params", "is not a profile field"))
        return value

    def text(
        self, data: Mapping[str, Any], key: str, path: str, default: str = "", limit: int = 255
    ) -> str:
        value = data.get(key, default)
        if not isinstance(value, str):
            raise self.fail(path, N_("Params", "must be text"))
        return self.valid_text(value, path, limit)

    def valid_text(self, value: str, path: str, limit: int = 255) -> str:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise self.fail(
                path, N_("Params", "contains a character that is not valid text")
            ) from None
        if any(ord(c) < 32 for c in value):
            raise self.fail(path, N_("Params", "contains a control character"))
        if hidden(value):  # DEL, C1 controls, text direction marks: nothing a CA shows
            raise self.fail(
                path,
                N_("Params", "contains an invisible character (such as a text direction mark)"),
            )
        if len(value) > limit:
            raise self.fail(
                path, N_("Params", "is longer than {limit} characters"), limit=str(limit)
            )
        return value

    def flag(self, data: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(path, N_("Params", "must be true or false"))
        return value

    def number(self, data: Mapping[str, Any], key: str, path: str, default: int) -> int:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(path, N_("Params", "must be a whole number"))
        return value

    def texts(self, data: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(path, N_("Params", "must be a list of names"))
        if len(value) > 1000:
            raise self.fail(path, N_("Params", "has more than 1000 names"))
        return tuple(self.valid_text(v, path) for v in value)

    def choice(self, value: str, path: str, choices: list[str]) -> str:
        if value not in choices:
            raise self.fail(
                path,
                N_("Params", "must be one of {choices} (not '{value}')"),
                choices=", ".join(choices),
                value=value,
            )
        return value


_TOP = {
    "format",
    "version",
    "product",
    "sip_domains",
    "deployment",
    "edge",
    "federation",
    "extra_sans",
    "organization",
    "friendly_name",
    "key",
    "ca",
}


def from_dict(data: object, file: str = "profile") -> Topology:
    r = _Reader(file)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProfileError("profile-not-profile", file=file)
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise r.fail("version", N_("Params", "must be a whole number from 1"))
    if version > VERSION:
        raise ProfileError("profile-newer", file=file, version=str(version), supported=str(VERSION))
    unknown = sorted(set(data) - _TOP)
    if unknown:
        raise r.fail(unknown[0], N_("Params", "is not a profile field"))

    product = Product(
        r.choice(
            # Missing: the product a new request is for (the Topology's default).
            r.text(data, "product", "product", Topology().product.value),
            "product",
            [p.value for p in Product],
        )
    )
    deployment = r.section(data, "deployment", {"kind", "servers"})
    kind = Deployment(
        r.choice(
            r.text(deployment, "kind", "deployment.kind", "single"),
            "deployment.kind",
            [d.value for d in Deployment],
        )
    )
    servers = r.number(deployment, "servers", "deployment.servers", 1)
    if not 1 <= servers <= MAX_EDGE_SERVERS:
        raise r.fail("deployment.servers", N_("Params", "must be from 1 to 64"))
    edge = r.section(
        data,
        "edge",
        {"access_edge_fqdn", "web_conferencing_edge_fqdn", "av_edge_fqdn", "subject_name"},
    )
    fed = r.section(
        data, "federation", {"sip_federation", "pic_providers", "xmpp_federation", "xmpp_domains"}
    )
    providers = r.texts(fed, "pic_providers", "federation.pic_providers")
    pic = frozenset(
        PicProvider(r.choice(p, "federation.pic_providers", [x.value for x in PicProvider]))
        for p in providers
    )
    org = r.section(
        data,
        "organization",
        {"organization", "organizational_unit", "locality", "state", "country"},
    )
    country = r.text(org, "country", "organization.country").strip().upper()
    if country and country not in ISO_3166_ALPHA2:
        raise r.fail(
            "organization.country",
            N_("Params", "'{value}' is not an ISO 3166 country code such as US or FR"),
            value=country,
        )
    key = r.section(data, "key", {"algorithm", "rsa_bits", "curve", "exportable"})
    algorithm = KeyAlgorithm(
        r.choice(r.text(key, "algorithm", "key.algorithm", "rsa"), "key.algorithm", ["rsa", "ec"])
    )
    bits = r.number(key, "rsa_bits", "key.rsa_bits", 2048)
    if bits not in RSA_SIZES:
        raise r.fail(
            "key.rsa_bits",
            N_("Params", "must be one of {choices}"),
            choices=", ".join(map(str, RSA_SIZES)),
        )
    curve = r.choice(r.text(key, "curve", "key.curve", "P-256"), "key.curve", list(EC_CURVES))
    ca = r.section(data, "ca", {"san_limit"})
    san_limit = r.number(ca, "san_limit", "ca.san_limit", 100)
    if san_limit < 1:
        raise r.fail("ca.san_limit", N_("Params", "must be at least 1"))
    return Topology(
        product=product,
        sip_domains=r.texts(data, "sip_domains", "sip_domains"),
        deployment=kind,
        server_count=servers,
        access_edge_fqdn=r.text(edge, "access_edge_fqdn", "edge.access_edge_fqdn"),
        web_conferencing_edge_fqdn=r.text(
            edge, "web_conferencing_edge_fqdn", "edge.web_conferencing_edge_fqdn"
        ),
        av_edge_fqdn=r.text(edge, "av_edge_fqdn", "edge.av_edge_fqdn"),
        subject_name=r.text(edge, "subject_name", "edge.subject_name"),
        sip_federation=r.flag(fed, "sip_federation", "federation.sip_federation", True),
        pic_providers=pic,
        xmpp_federation=r.flag(fed, "xmpp_federation", "federation.xmpp_federation", False),
        xmpp_domains=r.texts(fed, "xmpp_domains", "federation.xmpp_domains"),
        extra_sans=r.texts(data, "extra_sans", "extra_sans"),
        organization=Organization(
            **{
                field: r.text(org, field, f"organization.{field}", limit=limit)
                for field, limit in ORGANIZATION_LIMITS.items()  # RFC 5280's upper bounds
            },
            country=country,
        ),
        friendly_name=r.text(data, "friendly_name", "friendly_name"),
        key=KeySpec(
            algorithm=algorithm,
            rsa_bits=bits,
            curve=curve,
            exportable=r.flag(key, "exportable", "key.exportable", True),
        ),
        san_limit=san_limit,
    )


def accepts_text(value: str, limit: int = 255) -> bool:
    """Whether a profile takes ``value`` as one of its texts (``limit``: that field's)."""
    try:
        _Reader("").valid_text(value, "", limit)
    except ProfileError:
        return False
    return True


def accepts_country(value: str) -> bool:
    """Whether a profile takes ``value`` as its country (empty, or an ISO 3166 code)."""
    return not value.strip() or value.strip().upper() in ISO_3166_ALPHA2


def loads(text: str, file: str = "profile") -> Topology:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProfileError(
            "profile-invalid-json",
            file=file,
            reason=N_("Params", "line {line}, column {column}"),
            line=str(exc.lineno),
            column=str(exc.colno),
        ) from None
    except (RecursionError, ValueError):
        # Nesting thousands deep, or a number of thousands of digits: not a profile.
        raise ProfileError(
            "profile-invalid-json",
            file=file,
            reason=N_("Params", "it is nested or sized beyond reason"),
        ) from None
    return from_dict(data, file)


def load(path: str | os.PathLike[str]) -> Topology:
    data = read_limited(path, MAX_PROFILE_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProfileError(
            "profile-invalid-json", file=str(path), reason=N_("Params", "it is not UTF-8 text")
        ) from None
    return loads(text, str(path))
