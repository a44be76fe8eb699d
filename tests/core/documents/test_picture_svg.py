"""The picture of a plan as SVG, for the report: well-formed, the same meaning as the
wizard's painting (a missing name red, dashed and crossed), untrusted text harmless,
translated."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from pic_wizard.core.documents.picture import build_picture, result_names
from pic_wizard.core.documents.picture_svg import (
    COLOURS,
    FONT_SIZE,
    elide,
    picture_svg,
    text_width,
)
from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.rules.verdict import CheckOptions, check_loaded
from pic_wizard.core.values.i18n import Catalogue
from pic_wizard.core.values.record import replace
from pic_wizard.core.values.topology import seed_example
from pic_wizard.core.x509.loader import load_file

import pki

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE_LEAF = Path(__file__).parents[2] / "vectors" / "untrusted" / "hostile-leaf.pem"


def boxes(svg: str, kind: str) -> dict[str, ET.Element]:
    """The boxes of one kind ("node missing", "slot ok"...), by the text of their lines."""
    found = {}
    for group in ET.fromstring(svg).iter(f"{SVG}g"):
        if group.get("class") == kind:
            texts = [t.text or "" for t in group.iter(f"{SVG}text")]
            found[" / ".join(texts)] = group
    return found


def test_the_plan_alone_is_all_in_blue_and_black() -> None:
    plan = make_plan(seed_example(), at=pki.AT)
    svg = picture_svg(build_picture(plan))
    root = ET.fromstring(svg)  # well-formed XML
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    assert root.get("aria-label") == "Picture of the certificate's names"
    assert root.findtext(f"{SVG}title") == "Picture of the certificate's names"
    description = root.findtext(f"{SVG}desc") or ""
    assert "Web Conferencing Edge webcon.contoso.com needs SAN 2: webcon.contoso.com" in description
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts[:2] == ["Services and domains", "In the certificate"]
    assert set(boxes(svg, "slot ok")) == {
        "Subject CN / sip.contoso.com",
        "SAN 1 / sip.contoso.com",
        "SAN 2 / webcon.contoso.com",
        "SAN 3 / sip.fabrikam.com",
    }
    assert COLOURS["red"] not in svg and "cross" not in svg
    links = [p for p in root.iter(f"{SVG}path") if "link" in (p.get("class") or "")]
    assert len(links) == len(build_picture(plan).links) == 5
    assert all(p.get("d", "").count("C") == 1 for p in links)  # Bezier curves
    # the A/V Edge, not in the certificate: grey and dashed
    (av,) = [g for k, g in boxes(svg, "node ok").items() if k.startswith("A/V Edge")]
    rect = av.find(f"{SVG}rect")
    assert rect is not None
    assert rect.get("stroke") == COLOURS["faint"] and rect.get("stroke-dasharray")


def test_a_missing_name_is_red_dashed_and_crossed() -> None:
    plan = make_plan(seed_example(), at=pki.AT)
    picture = build_picture(plan, ["sip.contoso.com", "sip.fabrikam.com", "www.contoso.com"])
    svg = picture_svg(picture)
    root = ET.fromstring(svg)
    missing = boxes(svg, "slot missing")
    assert list(missing) == ["SAN 2 / webcon.contoso.com"]
    (slot,) = missing.values()
    rect, title = slot.find(f"{SVG}rect"), slot.find(f"{SVG}text")
    assert rect is not None and title is not None
    assert rect.get("stroke") == COLOURS["red"] and title.get("fill") == COLOURS["red"]
    cross = slot.find(f"{SVG}path[@class='cross']")  # not colour alone
    assert cross is not None and cross.get("d", "").count("M") == 2
    assert "Missing from the certificate" in (slot.findtext(f"{SVG}title") or "")
    assert list(boxes(svg, "node missing")) == ["Web Conferencing Edge / webcon.contoso.com"]
    (link,) = [p for p in root.iter(f"{SVG}path") if p.get("class") == "link missing"]
    assert link.get("stroke") == COLOURS["red"] and link.get("stroke-dasharray")
    # a name nothing needs: grey and dashed, its own box and link
    assert list(boxes(svg, "slot extra")) == ["Not needed / www.contoso.com"]
    (extra,) = [p for p in root.iter(f"{SVG}path") if p.get("class") == "link extra"]
    assert extra.get("stroke") == COLOURS["faint"] and extra.get("stroke-dasharray")


def test_hostile_names_from_a_certificate_are_shown_harmless() -> None:
    result = check_loaded(
        load_file(HOSTILE_LEAF), CheckOptions(topology=seed_example(), roots=[], at=pki.AT)
    )
    present, common_name = result_names(result)
    assert any("\x1b" in name for name in present)
    domains = ("contoso.com", "<b>x</b>.com", "\u202emoc.elif")  # markup, right-to-left
    plan = make_plan(replace(seed_example(), sip_domains=domains))
    svg = picture_svg(build_picture(plan, present, common_name))
    ET.fromstring(svg)  # raw control characters or markup would not parse
    hidden = [c for c in svg if c != "\n" and unicodedata.category(c) in ("Cc", "Cf")]
    assert hidden == []
    assert "<b>" not in svg and "&lt;b&gt;x&lt;/b&gt;.com" in svg
    assert "\\x1b" in svg and "\\u202e" in svg  # shown as escapes
    extra = boxes(svg, "slot extra")
    assert extra and all(k.startswith("Not needed / ") for k in extra)


def test_french_labels_with_the_french_catalogue() -> None:
    french = Catalogue.load("fr")
    plan = make_plan(replace(seed_example(), xmpp_federation=True), at=pki.AT)
    picture = build_picture(plan, ["sip.contoso.com"])
    svg = picture_svg(
        picture,
        picture_text=french.context("Picture"),
        plan_text=french.context("PlanPicture"),
        reason_text=french.context("Reasons"),
    )
    root = ET.fromstring(svg)
    texts = {t.text for t in root.iter(f"{SVG}text")}
    assert {"Services et domaines", "Dans le certificat", "CN du sujet", "Domaine SIP"} <= texts
    assert "Service Edge d'accès" in texts and "Services and domains" not in texts
    assert root.get("aria-label") == "Schéma des noms du certificat"
    assert "Absent du certificat" in svg  # the tooltip of a missing slot
    assert "a besoin de" in (root.findtext(f"{SVG}desc") or "")


def test_a_long_name_is_elided_in_its_middle_and_fits() -> None:
    name = "a-very-long-host-name-that-goes-on-and-on." * 4 + "contoso.com"
    shown = elide(name, 200, middle=True)
    assert "…" in shown and shown.startswith("a-very") and shown.endswith("contoso.com"[-4:])
    assert text_width(shown) <= 200
    assert elide("short.com", 200) == "short.com"
    title = elide("Web Conferencing Edge " * 5, 150, bold=True)
    assert title.endswith("…") and text_width(title, bold=True) <= 150
    plan = make_plan(replace(seed_example(), sip_domains=(name.replace(".", "-", 3),)))
    svg = picture_svg(build_picture(plan))
    root = ET.fromstring(svg)
    width = float(root.get("width", "0"))
    for text in root.iter(f"{SVG}text"):
        bold = text.get("font-weight") == "bold"
        assert float(text.get("x", "0")) + text_width(text.text or "", bold) < width
    assert re.search(r">[^<]*…[^<]*<", svg)


def test_wide_characters_count_wider() -> None:
    assert text_width("漢字") > text_width("ab") and text_width("i") < text_width("m")
    assert text_width("W", bold=True) > text_width("W") > FONT_SIZE * 0.9
