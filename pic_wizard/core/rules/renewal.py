"""Renewal: the certificate being replaced read back as answers, and what the new plan
changes against it (names dropped and added, usages, key, subject), for the admin to
confirm before a new key and request are made."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING

from ..values.content import Content, eku_text
from ..values.errors import InputError
from ..values.findings import Translate, identity
from ..values.i18n import N_
from ..values.record import frozen
from .names import normalise
from .plan import CertificatePlan

if TYPE_CHECKING:
    from cryptography import x509

    from ..values.topology import Organization


class ChangeKind(Enum):
    SUBJECT = "subject-changed"
    NAME_DROPPED = "name-dropped"
    NAME_ADDED = "name-added"
    EKU_DROPPED = "eku-dropped"
    EKU_ADDED = "eku-added"
    KEY = "key-changed"
    LEFT_OUT = "value-left-out"


CHANGE_TEXT = {
    ChangeKind.SUBJECT: N_("Renewal", "The subject changes from {old} to {new}."),
    ChangeKind.NAME_DROPPED: N_(
        "Renewal", "{old} is in the current certificate; the new plan drops it."
    ),
    ChangeKind.NAME_ADDED: N_("Renewal", "{new} is added: the current certificate lacks it."),
    ChangeKind.EKU_DROPPED: N_("Renewal", "{old} is no longer asked for."),
    ChangeKind.EKU_ADDED: N_("Renewal", "{new} is asked for; the current certificate lacks it."),
    ChangeKind.KEY: N_("Renewal", "The key changes from {old} to {new} (a new key in any case)."),
    ChangeKind.LEFT_OUT: N_(
        "Renewal",
        "{old} is in the current certificate but is left out of the answers: it holds a "
        "control or invisible character, or is too long. Type it again if it is needed.",
    ),
}


@frozen
class Change:
    kind: ChangeKind
    old: str = ""
    new: str = ""

    def text(self, translate: Translate = identity, usage: Translate = identity) -> str:
        """One sentence (``translate``: context "Renewal"; ``usage``: context "Usage")."""
        old, new = self.old, self.new
        if self.kind in (ChangeKind.EKU_DROPPED, ChangeKind.EKU_ADDED):
            old, new = eku_text(old, usage), eku_text(new, usage)
        return translate(CHANGE_TEXT[self.kind]).format(old=old, new=new)


def renewed_certificate(certificates: Sequence[x509.Certificate], file: str) -> x509.Certificate:
    """The Edge certificate among what a file holds: never a CA's, and one with a name."""
    from ..x509.chain import edge_certificate
    from ..x509.view import certificate_content

    leaf = edge_certificate(certificates, file)
    content = certificate_content(leaf)
    if not (content.common_name or "").strip() and not content.dns_names:
        raise InputError("renew-no-name", file=file)
    return leaf


def compare(
    old: Content, plan: CertificatePlan, organization: Organization | None = None
) -> tuple[Change, ...]:
    """What renewing ``old`` with ``plan`` changes, in the order an admin reads it; with
    the subject's ``organization``, its values left out of the answers too."""
    from .derive import left_out

    left = left_out(old, organization)
    changes = [Change(ChangeKind.LEFT_OUT, old=value) for value in left]
    old_subject = normalise(old.common_name or "")
    if old_subject != normalise(plan.subject_name):
        changes.append(Change(ChangeKind.SUBJECT, old.common_name or "-", plan.subject_name))
    had = list(dict.fromkeys(normalise(n) for n in old.dns_names if n.strip()))
    wanted = [normalise(n) for n in plan.san_names]
    changes += [
        Change(ChangeKind.NAME_DROPPED, old=n) for n in had if n not in wanted and n not in left
    ]
    changes += [Change(ChangeKind.NAME_DROPPED, old=ip) for ip in old.ip_names]  # never planned
    changes += [Change(ChangeKind.NAME_ADDED, new=n) for n in wanted if n not in had]
    # No EKU extension: valid for every purpose, so nothing is "added" or "dropped".
    old_ekus = old.extended_key_usages
    if old_ekus is None:
        old_ekus = frozenset(plan.extended_key_usages)
    new_ekus = set(plan.extended_key_usages)
    changes += [Change(ChangeKind.EKU_DROPPED, old=e) for e in sorted(old_ekus - new_ekus)]
    changes += [Change(ChangeKind.EKU_ADDED, new=e) for e in plan.extended_key_usages
                if e not in old_ekus]  # fmt: skip
    new_key = plan.key.description
    if old.key.description != new_key:
        changes.append(Change(ChangeKind.KEY, old.key.description, new_key))
    return tuple(changes)
