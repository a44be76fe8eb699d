"""Answers read back from a certificate or a request: the Edge names as well as they can be
told apart, for an admin who checks a certificate without a profile, or renews one."""

from __future__ import annotations

from ..values.content import CLIENT_AUTH, Content
from ..values.record import replace
from ..values.topology import (
    EC_CURVES,
    ORGANIZATION_LIMITS,
    RSA_SIZES,
    KeyAlgorithm,
    KeySpec,
    Organization,
    PicProvider,
    Topology,
)
from .names import normalise


def _answer(value: str, limit: int = 255) -> bool:
    """Whether a value read from a certificate can be an answer as it is: a profile takes
    it, and it holds no control, bidi or invisible character (which would land, unseen, in
    the new request)."""
    from ..files.profile import accepts_text
    from ..values.untrusted import hidden

    return not hidden(value) and accepts_text(value, limit)


def _organization(organization: Organization) -> tuple[Organization, tuple[str, ...]]:
    """``organization`` without the values that cannot be answers, and those values."""
    from ..files.profile import accepts_country

    kept, left = {}, []
    for field, limit in ORGANIZATION_LIMITS.items():
        value = getattr(organization, field)
        if value and not _answer(value, limit):
            left.append(value)
            value = ""
        kept[field] = value
    country = organization.country
    if country and not (_answer(country) and accepts_country(country)):
        left.append(country)
        country = ""
    return Organization(**kept, country=country), tuple(left)


def left_out(content: Content, organization: Organization | None = None) -> tuple[str, ...]:
    """The values of ``content`` (and of the subject's ``organization``) that
    ``topology_from_content`` leaves out of the answers, in the order they are read."""
    names = [normalise(content.common_name or ""), *(normalise(n) for n in content.dns_names)]
    left = [n for n in dict.fromkeys(names) if n.strip() and not _answer(n)]
    if organization is not None:
        left += _organization(organization)[1]
    return tuple(left)


# Microsoft's documentation and Topology Builder's defaults name the services so.
_WEB_CONFERENCING = ("webcon.", "webconf.", "conf.", "dataedge.", "meet-edge.")
_AV = ("av.", "avedge.", "media.", "mredge.")


def topology_from_content(
    content: Content,
    organization: Organization,
    base: Topology | None = None,
    *,
    client_auth_means_aol: bool = True,
) -> Topology:
    """A topology whose plan asks for the names ``content`` carries.

    The subject is the Access Edge FQDN (Microsoft's recommendation); ``webcon.…`` the Web
    Conferencing Edge; ``av.…`` the A/V Edge; every ``sip.<domain>`` a SIP domain, the
    Access Edge's own domain first (the default); any other name is kept as an extra
    name.  Client Authentication means AOL PIC was wanted, unless
    ``client_auth_means_aol`` says otherwise (a certificate issued after AOL PIC ended got
    it from its CA's default, not for AOL).  ``base`` gives the answers a certificate
    cannot tell (product, deployment).
    """
    # A value that cannot be an answer is left out (left_out lists them, for the admin).
    names = list(
        dict.fromkeys(n for n in map(normalise, content.dns_names) if n.strip() and _answer(n))
    )
    common_name = normalise(content.common_name or "")
    subject = (common_name if _answer(common_name) else "") or (names[0] if names else "")
    web_conferencing = next((n for n in names if n.startswith(_WEB_CONFERENCING)), "")
    av = next((n for n in names if n.startswith(_AV)), "")
    sip_domains = [n[len("sip.") :] for n in names if n.startswith("sip.") and n.count(".") > 1]
    if subject.startswith("sip.") and subject[len("sip.") :] in sip_domains:
        default = subject[len("sip.") :]
        sip_domains = [default, *(d for d in sip_domains if d != default)]
    explained = {subject, web_conferencing, av, *(f"sip.{d}" for d in sip_domains)}
    extras = tuple(n for n in names if n not in explained)

    key = KeySpec()
    if content.key.algorithm == "rsa" and content.key.bits in RSA_SIZES:
        key = KeySpec(KeyAlgorithm.RSA, content.key.bits)
    elif content.key.algorithm == "ec" and content.key.curve in EC_CURVES:
        key = KeySpec(KeyAlgorithm.EC, curve=content.key.curve)

    providers = set((base.pic_providers if base else frozenset()) - {PicProvider.AOL})
    if client_auth_means_aol and CLIENT_AUTH in (content.extended_key_usages or ()):
        providers.add(PicProvider.AOL)
    return replace(
        base or Topology(),
        sip_domains=tuple(sip_domains),
        access_edge_fqdn=subject,
        web_conferencing_edge_fqdn=web_conferencing,
        av_edge_fqdn=av,
        subject_name="",
        pic_providers=frozenset(providers),
        extra_sans=extras,
        organization=_organization(organization)[0],
        key=replace(key, exportable=True),
    )
