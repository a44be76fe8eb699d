"""The picture of a plan, as data: the Edge services and domains on the left, the
certificate's subject and SAN slots on the right, and a link for each reason a name is
needed.  Given the names a certificate or request actually holds, needed names it lacks
are "missing" and names it holds that nothing needs are "extra".

No Qt here: the wizard paints this model (ui.plan_picture), the report draws it in SVG
(picture_svg).  The labels are English templates marked for translation in the
"Picture" context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING

from ..rules.expected import Reason, SanReason
from ..rules.plan import CertificatePlan
from ..values.findings import Translate, identity
from ..values.i18n import N_
from ..values.record import field, frozen

if TYPE_CHECKING:
    from ..rules.verdict import CheckResult


class Status(Enum):
    OK = "ok"
    MISSING = "missing"  # needed, but not in the certificate
    EXTRA = "extra"  # in the certificate, but nothing needs it


class NodeKind(Enum):
    ACCESS_EDGE = "access-edge"
    WEB_CONFERENCING_EDGE = "web-conferencing-edge"
    AV_EDGE = "av-edge"
    SUBJECT_NAME = "subject-name"
    SIP_DOMAIN = "sip-domain"
    XMPP_DOMAIN = "xmpp-domain"
    EXTRA_NAMES = "extra-names"
    UNNEEDED = "unneeded"


class SlotKind(Enum):
    SUBJECT = "subject"
    SAN = "san"
    UNNEEDED = "unneeded"  # present in the certificate, not in the plan


LABELS = {
    NodeKind.ACCESS_EDGE: N_("Picture", "Access Edge"),
    NodeKind.WEB_CONFERENCING_EDGE: N_("Picture", "Web Conferencing Edge"),
    NodeKind.AV_EDGE: N_("Picture", "A/V Edge"),
    NodeKind.SUBJECT_NAME: N_("Picture", "Subject name"),
    NodeKind.SIP_DOMAIN: N_("Picture", "SIP domain"),
    NodeKind.XMPP_DOMAIN: N_("Picture", "XMPP domain"),
    NodeKind.EXTRA_NAMES: N_("Picture", "Extra names"),
    NodeKind.UNNEEDED: N_("Picture", "No service"),
}
SLOT_LABELS = {
    SlotKind.SUBJECT: N_("Picture", "Subject CN"),
    SlotKind.SAN: N_("Picture", "SAN {n}"),
    SlotKind.UNNEEDED: N_("Picture", "Not needed"),
}
NOT_IN_CERTIFICATE = N_("Picture", "not in the certificate")
POOL_NOTE = N_("Picture", "Edge pool of {n} servers: one certificate for all")
STATUS_TEXT = {
    Status.OK: N_("Picture", "{node} needs {slot}: {name}"),
    Status.MISSING: N_("Picture", "{node} needs {slot}: {name}, missing from the certificate"),
    Status.EXTRA: N_("Picture", "{name} is in the certificate, but no service needs it"),
}
AV_TEXT = N_("Picture", "{node} {name}: not in the certificate")


@frozen
class Node:
    """A service or domain, left."""

    kind: NodeKind
    detail: str = ""  # its FQDN or domain; several lines for "extra names"
    note: str = ""  # English template, e.g. NOT_IN_CERTIFICATE
    count: int = 0  # {n} of the note (the pool's servers)

    @property
    def in_certificate(self) -> bool:
        return self.kind is not NodeKind.AV_EDGE

    def title(self, translate: Translate = identity) -> str:
        return translate(LABELS[self.kind])

    def note_text(self, translate: Translate = identity) -> str:
        return translate(self.note).format(n=self.count) if self.note else ""


@frozen
class Slot:
    """The subject CN (number 0) or a SAN entry (1..n), right."""

    kind: SlotKind
    number: int
    name: str
    status: Status = Status.OK
    reasons: tuple[SanReason, ...] = ()

    def title(self, translate: Translate = identity) -> str:
        return translate(SLOT_LABELS[self.kind]).format(n=self.number)


@frozen
class Link:
    source: int  # index in Picture.nodes
    target: int  # index in Picture.slots
    status: Status
    reason: SanReason | None = None  # why (None for an extra name)


@frozen
class Picture:
    nodes: tuple[Node, ...]
    slots: tuple[Slot, ...]
    links: tuple[Link, ...]
    checked: bool = False  # compared with the names of a certificate or request
    missing: tuple[str, ...] = field(default=())
    extra: tuple[str, ...] = field(default=())

    def links_from(self, node: int) -> tuple[Link, ...]:
        return self._links_by_source.get(node, ())

    def links_to(self, slot: int) -> tuple[Link, ...]:
        return self._links_by_target.get(slot, ())

    # The links indexed once: looking them up node by node was quadratic, and stalled the
    # window with hundreds of SIP domains.

    @cached_property
    def _links_by_source(self) -> dict[int, tuple[Link, ...]]:
        return _index(self.links, lambda link: link.source)

    @cached_property
    def _links_by_target(self) -> dict[int, tuple[Link, ...]]:
        return _index(self.links, lambda link: link.target)

    def summary(self, translate: Translate = identity) -> list[str]:
        """One sentence per link (and per service not in the certificate): the text a
        screen reader reads instead of the picture."""
        lines: list[str] = []
        for index, node in enumerate(self.nodes):
            if node.kind is NodeKind.AV_EDGE:
                lines.append(
                    translate(AV_TEXT).format(node=node.title(translate), name=node.detail)
                )
                continue
            for link in self.links_from(index):
                slot = self.slots[link.target]
                lines.append(
                    translate(STATUS_TEXT[link.status]).format(
                        node=node_name(node, translate),
                        slot=slot.title(translate),
                        name=slot.name,
                    )
                )
        return lines


def _index(links: Sequence[Link], key: Callable[[Link], int]) -> dict[int, tuple[Link, ...]]:
    """The links grouped by ``key``, each group in the links' order."""
    groups: dict[int, list[Link]] = {}
    for link in links:
        groups.setdefault(key(link), []).append(link)
    return {k: tuple(v) for k, v in groups.items()}


def node_name(node: Node, translate: Translate = identity) -> str:
    """The node as a sentence names it: "Access Edge sip.contoso.com"."""
    title = node.title(translate)
    if node.kind in (NodeKind.EXTRA_NAMES, NodeKind.UNNEEDED) or not node.detail:
        return title
    return f"{title} {node.detail}"


def normalise(name: str) -> str:
    return name.strip().rstrip(".").lower()


def result_names(result: CheckResult) -> tuple[list[str], str | None]:
    """The names a checked certificate or request holds (as compared: DNS names, then IP
    addresses), and its subject CN."""
    content = result.content
    return [*content.dns_names, *content.ip_names], content.common_name


def build_picture(
    plan: CertificatePlan,
    present: Sequence[str] | None = None,
    common_name: str | None = None,
) -> Picture:
    """The picture of ``plan``; with ``present`` (the DNS names of a certificate or
    request), the needed names it lacks and those it has that nothing needs; with
    ``common_name`` (its subject CN), whether the subject is the one planned."""
    topology = plan.topology
    edge = plan.edge
    have = None if present is None else {normalise(n) for n in present if n.strip()}

    nodes: list[Node] = []
    index: dict[tuple[NodeKind, str], int] = {}

    def add_node(node: Node, key: str = "") -> int:
        nodes.append(node)
        index[(node.kind, key)] = len(nodes) - 1
        return len(nodes) - 1

    pool = topology.deployment.is_pool
    access = add_node(
        Node(
            NodeKind.ACCESS_EDGE,
            edge.access_edge,
            note=POOL_NOTE if pool else "",
            count=topology.server_count if pool else 0,
        )
    )
    add_node(Node(NodeKind.WEB_CONFERENCING_EDGE, edge.web_conferencing_edge))
    add_node(Node(NodeKind.AV_EDGE, edge.av_edge, note=NOT_IN_CERTIFICATE))
    subject_source = access
    if plan.subject_name and plan.subject_name != edge.access_edge:
        subject_source = add_node(Node(NodeKind.SUBJECT_NAME, plan.subject_name))
    for entry in plan.sans:
        for reason in entry.reasons:
            if reason.reason is Reason.SIP_DOMAIN:
                key = (NodeKind.SIP_DOMAIN, reason.domain)
                if key not in index:
                    add_node(Node(NodeKind.SIP_DOMAIN, reason.domain), reason.domain)
    for entry in plan.sans:
        for reason in entry.reasons:
            if reason.reason is Reason.XMPP_DOMAIN:
                key = (NodeKind.XMPP_DOMAIN, reason.domain)
                if key not in index:
                    add_node(Node(NodeKind.XMPP_DOMAIN, reason.domain), reason.domain)
    extras = [e.name for e in plan.sans if any(r.reason is Reason.EXTRA for r in e.reasons)]
    if extras:
        add_node(Node(NodeKind.EXTRA_NAMES, "\n".join(extras)))

    def status(name: str) -> Status:
        return Status.OK if have is None or normalise(name) in have else Status.MISSING

    def source(reason: SanReason) -> int:
        kind = {
            Reason.SUBJECT: None,
            Reason.ACCESS_EDGE: NodeKind.ACCESS_EDGE,
            Reason.WEB_CONFERENCING_EDGE: NodeKind.WEB_CONFERENCING_EDGE,
            Reason.SIP_DOMAIN: NodeKind.SIP_DOMAIN,
            Reason.XMPP_DOMAIN: NodeKind.XMPP_DOMAIN,
            Reason.EXTRA: NodeKind.EXTRA_NAMES,
        }[reason.reason]
        if kind is None:
            return subject_source
        key = reason.domain if kind in (NodeKind.SIP_DOMAIN, NodeKind.XMPP_DOMAIN) else ""
        return index[(kind, key)]

    slots: list[Slot] = []
    links: list[Link] = []
    if plan.subject_name:
        if common_name is not None:  # the subject is the CN itself, not any of the names
            same = normalise(common_name) == normalise(plan.subject_name)
            subject_status = Status.OK if same else Status.MISSING
        else:
            subject_status = status(plan.subject_name)
        slots.append(
            Slot(
                SlotKind.SUBJECT, 0, plan.subject_name, subject_status, (SanReason(Reason.SUBJECT),)
            )
        )
        links.append(Link(subject_source, 0, subject_status, SanReason(Reason.SUBJECT)))
    for number, entry in enumerate(plan.sans, start=1):
        entry_status = status(entry.name)
        target = len(slots)
        slots.append(Slot(SlotKind.SAN, number, entry.name, entry_status, entry.reasons))
        linked: set[int] = set()
        for reason in entry.reasons:
            origin = source(reason)
            if origin not in linked:
                linked.add(origin)
                links.append(Link(origin, target, entry_status, reason))

    missing = tuple(dict.fromkeys(s.name for s in slots if s.status is Status.MISSING))
    extra: tuple[str, ...] = ()
    if present is not None:
        needed = {normalise(s.name) for s in slots}
        unique: dict[str, str] = {}
        for name in present:
            folded = normalise(name)
            if folded and folded not in needed:
                unique.setdefault(folded, name.strip().rstrip("."))
        extra = tuple(unique.values())
    if extra:
        unneeded = add_node(Node(NodeKind.UNNEEDED))
        for number, name in enumerate(extra, start=1):
            links.append(Link(unneeded, len(slots), Status.EXTRA))
            slots.append(Slot(SlotKind.UNNEEDED, number, name, Status.EXTRA))
    return Picture(
        nodes=tuple(nodes),
        slots=tuple(slots),
        links=tuple(links),
        checked=present is not None,
        missing=missing,
        extra=extra,
    )
