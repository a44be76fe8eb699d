"""The French translation: complete, faithful to its placeholders, and shipped up to date."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from walk import translations_tool

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "pic_wizard_fr.ts"
EN = ROOT / "resources" / "translations" / "pic_wizard_en.ts"  # English plural forms
PACKAGE = ROOT / "pic_wizard" / "translations"
PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}")
MNEMONIC = re.compile(r"&(?!&)")
DATA_CONTEXTS = ("Countries",)


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(ts).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (context.findtext("name") or "", message.findtext("source") or "", translation)
            )
    return found


def texts(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


ALL = messages(TS)


def test_there_is_a_translation_to_speak_of() -> None:
    contexts = {context for context, _, _ in ALL}
    assert len(ALL) > 600
    assert {"Catalogue", "Errors", "Params", "Reasons", "CLI", "PicWizard", "Usage"} <= contexts
    assert sum(context == "Countries" for context, _, _ in ALL) == 249
    # a context named after a variable (lupdate reads "parent.tr()" as context "parent")
    # or empty (an alias of translate()) would never be found at run time
    assert all(c[:1].isupper() for c in contexts), sorted(contexts)


def test_every_message_is_translated() -> None:
    missing = [
        (context, source)
        for context, source, translation in ALL
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in texts(translation))
    ]
    assert missing == []


def test_a_count_has_every_plural_form_in_french_and_english() -> None:
    """A text with a count (``%n``) is never written "(s)" to the admin: French and
    English each give the singular and the plural."""
    english = {(c, s): t for c, s, t in messages(EN)}
    counted = [(c, s, t) for c, s, t in ALL if "%n" in s]
    assert len(counted) >= 10
    for context, source, translation in counted:
        for forms in (texts(translation), texts(english[context, source])):
            assert len(forms) == 2 and all("(s)" not in f for f in forms), (source, forms)
    # Every "(s)" is a count's plural: none is left in a translation.
    left = {
        (c, s)
        for c, s, t in ALL
        if any("(s)" in text for text in texts(t)) or ("(s)" in s and "%n" not in s)
    }
    assert left == set()


def test_the_english_catalogue_is_what_the_command_line_says_without_reading_it() -> None:
    """The command line reads no catalogue for English (``Catalogue.load("en")``): the
    English file (which Qt's .qm needs) holds only plural forms, each ``english_forms`` of
    its text.  A form written otherwise there (an irregular plural) fails here."""
    import json

    from pic_wizard.core.values.i18n import Catalogue, english_forms

    shipped = json.loads((PACKAGE / "pic_wizard_en.json").read_text(encoding="utf-8"))
    entries = [(c, s, forms) for c, table in shipped.items() for s, forms in table.items()]
    assert len(entries) >= 10
    for context, source, forms in entries:
        assert forms == list(english_forms(source)), (context, source)
        assert Catalogue.load("en").plural(context, source, 1) == forms[0].replace("%n", "1")
        assert Catalogue.load("en").plural(context, source, 2) == forms[1].replace("%n", "2")


def test_translations_keep_placeholders_mnemonics_and_lines() -> None:
    wrong = []
    for context, source, translation in ALL:
        for text in texts(translation):
            if (
                sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source))
                or (
                    context not in DATA_CONTEXTS  # "&" in a country's name is no mnemonic
                    and len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(source))
                )
                or text.count("\n") != source.count("\n")
            ):
                wrong.append((context, source, text))
    assert wrong == []


def test_the_window_title_is_microsofts_french() -> None:
    titles = [t.text for c, s, t in ALL if c == "PicWizard" and s == "PIC Certificate Wizard"]
    assert titles == ["Assistant de certificats PIC"]


def test_the_ts_holds_every_string_of_the_code(tmp_path: Path) -> None:
    """``tools/translations.py update`` run now would add nothing (nor drop anything)."""
    shutil.copy(TS, tmp_path / TS.name)
    shutil.copy(EN, tmp_path / EN.name)
    translations_tool().update(tmp_path)
    for ts in (TS, EN):
        fresh = {(c, s) for c, s, _ in messages(tmp_path / ts.name)}
        assert fresh == {(c, s) for c, s, _ in messages(ts)}
        # and it kept every translation, the core's included (lupdate alone drops them)
        assert all(t.get("type") is None for _, _, t in messages(tmp_path / ts.name))


def test_the_shipped_qm_and_json_are_built_from_the_ts(tmp_path: Path) -> None:
    translations_tool().build(TS.parent, tmp_path)
    for name in (
        "pic_wizard_fr.qm",
        "pic_wizard_fr.json",
        "pic_wizard_en.qm",
        "pic_wizard_en.json",
    ):
        assert (tmp_path / name).read_bytes() == (PACKAGE / name).read_bytes(), (
            f"{name} is stale: run python tools/translations.py build"
        )


def code_literals() -> set[tuple[str, str]]:
    """(context, text) of every literal the widgets and models translate: ``self.tr("…")``
    in a class, ``QCoreApplication.translate("Context", "…")`` anywhere."""
    import ast

    found: set[tuple[str, str]] = set()
    for folder in ("ui", "models"):
        for path in (ROOT / "pic_wizard" / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
                for node in ast.walk(cls):
                    if (
                        isinstance(node, ast.Call)
                        and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "tr"
                        and node.args
                        and isinstance(node.args[0], ast.Constant)
                    ):
                        found.add((cls.name, node.args[0].value))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate"
                    and len(node.args) >= 2
                    and all(isinstance(a, ast.Constant) for a in node.args[:2])
                ):
                    found.add((node.args[0].value, node.args[1].value))  # type: ignore[union-attr]
    return found


def test_every_literal_the_code_translates_is_in_the_ts() -> None:
    """lupdate misses a tr() inside an f-string or behind a helper: this does not."""
    known = {(c, s) for c, s, _ in ALL}
    literals = code_literals()
    assert len(literals) > 300
    assert sorted(literals - known) == []


def test_every_field_a_finding_names_has_its_french() -> None:
    """A finding about a typed name says which field it is in ("Access Edge FQDN"): the
    text is translated in context "Params", for every field the plan judges (a field
    name left out showed in English inside a French message)."""
    from pic_wizard.core.rules.plan import make_plan
    from pic_wizard.core.values.findings import TEXT_PARAMS
    from pic_wizard.core.values.record import replace
    from pic_wizard.core.values.topology import seed_example

    import pki

    bad = replace(
        seed_example(),
        sip_domains=("contoso.com", "a..contoso.com"),
        access_edge_fqdn="sip..contoso.com",
        web_conferencing_edge_fqdn="webcon..contoso.com",
        av_edge_fqdn="av..contoso.com",
        subject_name="subject..contoso.com",
        xmpp_federation=True,
        xmpp_domains=("xmpp..contoso.com",),
        extra_sans=("extra..contoso.com",),
    )
    fields = {f.params["field"] for f in make_plan(bad, at=pki.AT).findings if "field" in f.params}
    assert "field" in TEXT_PARAMS
    assert len(fields) >= 7, fields
    params = {source: texts(t) for context, source, t in ALL if context == "Params"}
    assert sorted(f for f in fields if not any(params.get(f, [""]))) == []
