"""DNS names: normalise them and judge whether a public CA will put them in the certificate."""

from __future__ import annotations

import functools
import ipaddress
import re
from dataclasses import dataclass
from importlib import resources

from .findings import CATALOGUE, Finding, RuleId, finding
from .policy import DEFAULT_POLICY, Policy

_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")


@functools.cache
def icann_tlds() -> frozenset[str]:
    """The top-level domains of the ICANN section of the Public Suffix List.

    The list is the one shipped inside the installed ``publicsuffixlist`` package: nothing
    is downloaded.  Only the last label matters for NAME-INTERNAL, so reading the TLDs is
    enough (and much faster than building the whole suffix tree).
    """
    text = (
        resources.files("publicsuffixlist")
        .joinpath("public_suffix_list.dat")
        .read_text(encoding="utf-8")
    )
    tlds: set[str] = set()
    in_icann = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("//"):
            if "===BEGIN ICANN DOMAINS===" in line:
                in_icann = True
            elif "===END ICANN DOMAINS===" in line:
                break
            continue
        if in_icann and line and "." not in line:
            label = line.lstrip("!*.")
            tlds.add(label if label.isascii() else _to_ascii(label) or label)
    return frozenset(tlds)


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


@dataclass(frozen=True)
class JudgedName:
    raw: str
    name: str  # normalised, A-label form: what goes into the certificate
    unicode: str  # U-label form, for display
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not any(f.severity.value == "error" for f in self.findings)


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
    name = normalise(raw)
    shown = raw.strip()
    found: list[Finding] = []

    def bad(rule: RuleId, **params: str) -> JudgedName:
        subject = name or shown
        values = {"field": field, "name": subject, **params}
        found.append(Finding(rule, CATALOGUE[rule].severity, subject, values))
        return JudgedName(raw, name, name, tuple(found))

    if not name:
        return bad(RuleId.NAME_SYNTAX, reason="it is empty")
    try:
        ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        pass
    else:
        return bad(RuleId.NAME_IP)
    if not name.isascii():
        return bad(RuleId.NAME_SYNTAX, reason="it is not a valid internationalised name")

    labels = name.split(".")
    if "*" in name:
        found.append(finding(RuleId.NAME_WILDCARD, name, field=field, name=name))
        if labels[0] == "*":
            labels = labels[1:]
    if len(name) > 253:
        return bad(RuleId.NAME_SYNTAX, reason=f"it has {len(name)} characters, more than 253")
    for label in labels:
        if not label:
            return bad(RuleId.NAME_SYNTAX, reason="it has an empty label (two dots in a row)")
        if len(label) > 63:
            return bad(RuleId.NAME_SYNTAX, reason=f"the label '{label[:20]}…' is over 63 long")
        if not _LABEL.match(label):
            if label.startswith("-") or label.endswith("-"):
                reason = f"the label '{label}' starts or ends with a hyphen"
            else:
                bad_chars = "".join(sorted({c for c in label if not c.isalnum() and c != "-"}))
                reason = f"the label '{label}' contains '{bad_chars}'"
            return bad(RuleId.NAME_SYNTAX, reason=reason)
    if len(name.split(".")) == 1:
        return bad(RuleId.NAME_SINGLE_LABEL)
    tld = labels[-1]
    if tld not in icann_tlds():
        return bad(
            RuleId.NAME_INTERNAL,
            suffix=tld,
            internal_names_end=policy.internal_names_end.date().isoformat(),
        )
    uname = name
    if any(label.startswith("xn--") for label in name.split(".")):
        uname = _to_unicode(name)
        found.append(finding(RuleId.NAME_IDN, name, field=field, unicode=uname, ascii=name))
    return JudgedName(raw, name, uname, tuple(found))
