"""DNS names: normalise them and judge whether a public CA will put them in the certificate."""

from __future__ import annotations

import datetime as dt
import functools
import ipaddress
import re

from ..values.findings import CATALOGUE, Finding, RuleId, finding
from ..values.i18n import N_
from ..values.policy import DEFAULT_POLICY, Policy
from ..values.record import frozen

_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")


# Special-use names (RFC 6761, 6762, 7686, 8375, 9476; the IANA registry) that the Public
# Suffix List lists as public but that no public CA may certify.
SPECIAL_USE = ("home.arpa", "in-addr.arpa", "ip6.arpa", "onion", "alt")


def icann_tlds() -> frozenset[str]:
    """The top-level domains of the ICANN section of the Public Suffix List, A-labels.

    Shipped precomputed (``icann_tlds.py``, written by ``tools/icann_tlds.py`` from the
    list inside the ``publicsuffixlist`` package; a test keeps the two equal): nothing is
    downloaded, and nothing is derived at each run.  Only the last label matters for
    NAME-INTERNAL, so the TLDs are enough.
    """
    from .icann_tlds import ICANN_TLDS

    return ICANN_TLDS


def _to_ascii(name: str) -> str | None:
    import idna  # only for internationalised names: most runs never need it

    try:
        return idna.encode(name, uts46=True).decode("ascii")
    except idna.IDNAError:
        return None


def _to_unicode(name: str) -> str:
    import idna

    try:
        return idna.decode(name)
    except idna.IDNAError:
        return name


@frozen
class JudgedName:
    """A name as given, its forms and what is wrong with it."""

    raw: str
    name: str  # normalised, A-label form: what goes into the certificate
    unicode: str  # U-label form, for display
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not any(f.severity.value == "error" for f in self.findings)


def shown_name(name: str) -> str:
    """A name as an admin reads it: an internationalised name in Unicode, its A-label
    (what the certificate carries) beside it — "bücher.example (xn--bcher-kva.example)";
    any other name as it is."""
    if "xn--" not in name.lower():
        return name
    unicode = _to_unicode(name.lower())
    return name if unicode == name.lower() else f"{unicode} ({name})"


def normalise(raw: str) -> str:
    """Trim, lowercase, strip one trailing dot, convert an IDN to its A-label form.

    A name that cannot be converted is returned lowercased, for ``judge`` to reject.
    """
    name = raw.strip()
    if name.endswith("."):
        name = name[:-1]
    if not name.isascii():
        return _to_ascii(name) or name.lower()
    return name.lower()


def judge(raw: str, field: str = "Name", policy: Policy = DEFAULT_POLICY) -> JudgedName:
    """Normalise ``raw`` and apply the NAME-* rules of the catalogue."""
    return _judge(raw, field, policy.internal_names_end)


def judge_until(raw: str, field: str, internal_names_end: dt.datetime) -> JudgedName:
    """``judge`` given the one value of the policy it reads (for a memo keyed by it)."""
    return _judge(raw, field, internal_names_end)


_IP_CHARS = frozenset("0123456789abcdef.:[]")


# A memo, kept on purpose: ``_judge`` is a pure function of three immutable values (no
# clock, no file, no policy object: the one date it reads is an argument) returning a
# frozen value, so a remembered answer is always the answer.  It hides no derivation a
# caller should pass on: the same few names come from different places (each file of an
# audit, the wizard's every keystroke), where no caller holds the earlier judgement.
@functools.lru_cache(maxsize=4096)
def _judge(raw: str, field: str, internal_names_end: dt.datetime) -> JudgedName:
    name = normalise(raw)
    shown = raw.strip()
    found: list[Finding] = []

    def bad(rule: RuleId, **params: str) -> JudgedName:
        subject = name or shown
        values = {"field": field, "name": subject, **params}
        found.append(Finding(rule, CATALOGUE[rule].severity, subject, values))
        return JudgedName(raw, name, name, tuple(found))

    if not name:
        return bad(RuleId.NAME_SYNTAX, reason=N_("Params", "it is empty"))
    if _IP_CHARS.issuperset(name) and (":" in name or name.replace(".", "").isdigit()):
        try:
            ipaddress.ip_address(name.strip("[]"))
        except ValueError:
            pass
        else:
            return bad(RuleId.NAME_IP)
    if not name.isascii():
        return bad(
            RuleId.NAME_SYNTAX, reason=N_("Params", "it is not a valid internationalised name")
        )

    labels = name.split(".")
    if "*" in name:
        found.append(finding(RuleId.NAME_WILDCARD, name, field=field, name=name))
        if labels[0] == "*":
            labels = labels[1:]
    if len(name) > 253:
        return bad(
            RuleId.NAME_SYNTAX,
            reason=N_("Params", "it has {length} characters, more than 253"),
            length=str(len(name)),
        )
    for label in labels:
        if not label:
            return bad(
                RuleId.NAME_SYNTAX, reason=N_("Params", "it has an empty label (two dots in a row)")
            )
        if len(label) > 63:
            return bad(
                RuleId.NAME_SYNTAX,
                reason=N_("Params", "the label '{label}…' is over 63 characters long"),
                label=label[:20],
            )
        if not _LABEL.match(label):
            bad_chars = ""
            if label.startswith("-") or label.endswith("-"):
                reason = N_("Params", "the label '{label}' starts or ends with a hyphen")
            else:
                bad_chars = "".join(sorted({c for c in label if not c.isalnum() and c != "-"}))
                reason = N_("Params", "the label '{label}' contains '{characters}'")
            return bad(RuleId.NAME_SYNTAX, reason=reason, label=label, characters=bad_chars)
    if len(name.split(".")) == 1:
        return bad(RuleId.NAME_SINGLE_LABEL)
    tld = labels[-1]
    special = next((sfx for sfx in SPECIAL_USE if name == sfx or name.endswith("." + sfx)), "")
    if tld not in icann_tlds() or special:
        return bad(
            RuleId.NAME_INTERNAL,
            suffix=special or tld,
            internal_names_end=internal_names_end.date().isoformat(),
        )
    uname = name
    if any(label.startswith("xn--") for label in name.split(".")):
        uname = _to_unicode(name)
        if uname == name:
            return bad(
                RuleId.NAME_SYNTAX, reason=N_("Params", "an 'xn--' label is not a valid A-label")
            )
        found.append(finding(RuleId.NAME_IDN, name, field=field, unicode=uname, ascii=name))
    return JudgedName(raw, name, uname, tuple(found))
