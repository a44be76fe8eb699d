"""The picture of a plan as data: which service or domain needs which certificate name."""

from __future__ import annotations

from pic_wizard.core.documents.picture import NodeKind, SlotKind, Status, build_picture
from pic_wizard.core.rules.expected import Reason
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import Deployment, seed_example


def seed_picture(present: list[str] | None = None):  # type: ignore[no-untyped-def]
    return build_picture(make_plan(seed_example()), present)


def targets(picture) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    """(node kind, node detail, slot title, status) for each link."""
    return [
        (
            picture.nodes[link.source].kind.value,
            picture.nodes[link.source].detail,
            picture.slots[link.target].title(),
            link.status.value,
        )
        for link in picture.links
    ]


def test_seed_example_left_nodes() -> None:
    picture = seed_picture()
    assert [(n.kind, n.detail) for n in picture.nodes] == [
        (NodeKind.ACCESS_EDGE, "sip.contoso.com"),
        (NodeKind.WEB_CONFERENCING_EDGE, "webcon.contoso.com"),
        (NodeKind.AV_EDGE, "av.contoso.com"),
        (NodeKind.SIP_DOMAIN, "contoso.com"),
        (NodeKind.SIP_DOMAIN, "fabrikam.com"),
    ]
    av = picture.nodes[2]
    assert not av.in_certificate
    assert av.note_text() == "not in the certificate"
    assert picture.links_from(2) == ()


def test_seed_example_right_slots_in_san_order() -> None:
    plan = make_plan(seed_example())
    picture = build_picture(plan)
    assert [(s.title(), s.name) for s in picture.slots] == [
        ("Subject CN", "sip.contoso.com"),
        ("SAN 1", "sip.contoso.com"),
        ("SAN 2", "webcon.contoso.com"),
        ("SAN 3", "sip.fabrikam.com"),
    ]
    assert [s.name for s in picture.slots if s.kind is SlotKind.SAN] == list(plan.san_names)
    assert all(s.status is Status.OK for s in picture.slots)
    assert not picture.checked and picture.missing == () and picture.extra == ()


def test_seed_example_each_link_target() -> None:
    assert targets(seed_picture()) == [
        ("access-edge", "sip.contoso.com", "Subject CN", "ok"),
        ("access-edge", "sip.contoso.com", "SAN 1", "ok"),
        ("sip-domain", "contoso.com", "SAN 1", "ok"),
        ("web-conferencing-edge", "webcon.contoso.com", "SAN 2", "ok"),
        ("sip-domain", "fabrikam.com", "SAN 3", "ok"),
    ]
    reasons = [link.reason.reason for link in seed_picture().links if link.reason]
    assert reasons == [
        Reason.SUBJECT,
        Reason.SUBJECT,  # the first reason of SAN 1: the subject, repeated
        Reason.SIP_DOMAIN,
        Reason.WEB_CONFERENCING_EDGE,
        Reason.SIP_DOMAIN,
    ]


def test_a_missing_name_makes_its_links_missing() -> None:
    picture = seed_picture(["SIP.contoso.com.", "sip.fabrikam.com"])
    assert picture.checked
    assert picture.missing == ("webcon.contoso.com",)
    assert [s.status for s in picture.slots] == [Status.OK, Status.OK, Status.MISSING, Status.OK]
    assert [t for t in targets(picture) if t[3] == "missing"] == [
        ("web-conferencing-edge", "webcon.contoso.com", "SAN 2", "missing")
    ]
    assert (
        "Web Conferencing Edge webcon.contoso.com needs SAN 2: webcon.contoso.com, "
        "missing from the certificate"
    ) in picture.summary()


def test_a_name_nothing_needs_is_extra() -> None:
    present = ["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com", "www.contoso.com"]
    picture = seed_picture([*present, "WWW.contoso.com"])
    assert picture.missing == ()
    assert picture.extra == ("www.contoso.com",)
    assert picture.nodes[-1].kind is NodeKind.UNNEEDED
    assert picture.slots[-1].kind is SlotKind.UNNEEDED
    assert (picture.slots[-1].name, picture.slots[-1].status) == ("www.contoso.com", Status.EXTRA)
    assert targets(picture)[-1] == ("unneeded", "", "Not needed", "extra")
    assert picture.summary()[-1] == "www.contoso.com is in the certificate, but no service needs it"


def test_xmpp_domains_and_extra_names() -> None:
    topology = replace(
        seed_example(),
        xmpp_federation=True,
        xmpp_domains=("contoso.com",),
        extra_sans=("legacy.contoso.com", "old.contoso.com"),
    )
    picture = build_picture(make_plan(topology))
    kinds = [n.kind for n in picture.nodes]
    assert kinds[-2:] == [NodeKind.XMPP_DOMAIN, NodeKind.EXTRA_NAMES]
    assert picture.nodes[-1].detail.splitlines() == ["legacy.contoso.com", "old.contoso.com"]
    assert targets(picture)[-3:] == [
        ("xmpp-domain", "contoso.com", "SAN 4", "ok"),
        ("extra-names", "legacy.contoso.com\nold.contoso.com", "SAN 5", "ok"),
        ("extra-names", "legacy.contoso.com\nold.contoso.com", "SAN 6", "ok"),
    ]
    assert "Extra names needs SAN 6: old.contoso.com" in picture.summary()


def test_an_edge_pool_is_noted_on_the_access_edge() -> None:
    topology = replace(seed_example(), deployment=Deployment.DNS_POOL, server_count=3)
    access = build_picture(make_plan(topology)).nodes[0]
    assert access.note_text() == "Edge pool of 3 servers: one certificate for all"


def test_a_subject_name_of_its_own_has_a_node() -> None:
    topology = replace(seed_example(), subject_name="edge.contoso.com")
    picture = build_picture(make_plan(topology))
    subject = [n for n in picture.nodes if n.kind is NodeKind.SUBJECT_NAME]
    assert [n.detail for n in subject] == ["edge.contoso.com"]
    assert targets(picture)[:2] == [
        ("subject-name", "edge.contoso.com", "Subject CN", "ok"),
        ("subject-name", "edge.contoso.com", "SAN 1", "ok"),
    ]
    # the Access Edge still needs its own name, the next SAN
    assert ("access-edge", "sip.contoso.com", "SAN 2", "ok") in targets(picture)


def test_labels_are_translated_through_the_given_function() -> None:
    picture = seed_picture()
    assert picture.slots[1].title(lambda t: t.replace("SAN", "NAS")) == "NAS 1"
    shout = {"Access Edge": "ACCESS EDGE", "{node} needs {slot}: {name}": "{node} NEEDS {slot}"}
    assert (
        picture.summary(lambda t: shout.get(t, t))[0]
        == "ACCESS EDGE sip.contoso.com NEEDS Subject CN"
    )


def test_the_subject_slot_judges_the_cn_itself() -> None:
    """A certificate with every SAN right but another CN: the subject slot is red."""
    plan = make_plan(seed_example())
    sans = list(plan.san_names)
    right = build_picture(plan, sans, common_name="SIP.contoso.com.")
    wrong = build_picture(plan, sans, common_name="wrong.contoso.com")
    assert right.slots[0].kind is SlotKind.SUBJECT and right.slots[0].status is Status.OK
    assert wrong.slots[0].status is Status.MISSING
    assert [s.status for s in wrong.slots[1:]] == [Status.OK] * len(sans)
    assert build_picture(plan, sans, common_name="").slots[0].status is Status.MISSING  # no CN


def test_result_names_reads_the_cn_and_the_sans(intermediate) -> None:  # type: ignore[no-untyped-def]
    from pic_wizard.core.documents.picture import result_names
    from pic_wizard.core.rules.verdict import CheckOptions, check_certificate

    import pki

    leaf, _ = pki.make_leaf(intermediate, cn="wrong.contoso.com", sans=("sip.contoso.com",))
    sans, cn = result_names(check_certificate([leaf], "edge.cer", CheckOptions()))
    assert (sans, cn) == (["sip.contoso.com"], "wrong.contoso.com")


class _CountedLinks(tuple):  # type: ignore[type-arg]
    """The picture's links, counting how often they are walked through."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        _CountedLinks.walks += 1
        return super().__iter__()


def test_links_are_indexed_once_not_searched_for_each_node() -> None:
    """With 500 SIP domains the picture has ~500 nodes and ~1,000 links: looking each
    node's links up by walking all of them (as the picture's summary and layout do, for
    every node) stalled the window at each keystroke."""
    topology = replace(seed_example(), sip_domains=tuple(f"d{i}.contoso.com" for i in range(500)))
    picture = build_picture(make_plan(topology))
    counted = replace(picture, links=_CountedLinks(picture.links))
    _CountedLinks.walks = 0
    by_node = [counted.links_from(n) for n in range(len(counted.nodes))]
    by_slot = [counted.links_to(s) for s in range(len(counted.slots))]
    counted.summary()
    assert _CountedLinks.walks <= 2  # one index by node, one by slot
    assert by_node == [
        tuple(link for link in picture.links if link.source == n) for n in range(len(picture.nodes))
    ]
    assert by_slot == [
        tuple(link for link in picture.links if link.target == s) for s in range(len(picture.slots))
    ]
