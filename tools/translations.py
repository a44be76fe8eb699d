#!/usr/bin/env python3
"""The Qt Linguist workflow of pic-wizard.

    python tools/translations.py update   # collect every English string into the .ts files
    python tools/translations.py build    # .ts -> .qm (lrelease) and .json, in the package
    python tools/translations.py pseudo OUT.qm  # every string 40% longer, to find clipping

``update`` runs ``pyside6-lupdate`` over the widgets and models (their ``self.tr()``), then
adds the core's English templates, which are data rather than ``tr()`` calls: the rule
catalogue ("Catalogue"), errors ("Errors"), the reasons of SAN entries ("Reasons") and the
text values findings and errors carry ("Params": field names, reasons), the command line's
words ("CLI") and argparse's own messages ("Argparse", read from argparse.py).
Translations already made are kept.  A text with a count (``tr(text, "", n)`` in the
wizard, ``NP_`` in the core, ``_tn`` in the command line) is a numerus message: one form
per plural form of the language.  English has its own .ts of these messages only
(``lupdate -pluralonly``), filled from the "(s)" of the source: "%n error(s)" is "%n
error" and "%n errors".

``build`` writes, inside the package, the ``.qm`` the wizard loads and a ``.json`` of the
same translations for the command line (which imports no Qt).  A test fails when they are
older than the ``.ts``.
"""

from __future__ import annotations

import ast
import json
import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
PACKAGE = ROOT / "pic_wizard" / "translations"
LANGUAGES = ("fr",)
PLURAL_ONLY = ("en",)  # languages whose .ts holds the plural forms only (the source's)
sys.path.insert(0, str(ROOT))


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def english_forms(text: str) -> list[str]:
    from pic_wizard.core.values.i18n import english_forms as forms

    return list(forms(text))


def core_strings() -> dict[str, list[str]]:
    from pic_wizard.core.rules.expected import REASON_TEXT
    from pic_wizard.core.values.errors import ERROR_TEXT, GUI_FIX
    from pic_wizard.core.values.findings import CATALOGUE

    contexts: dict[str, list[str]] = {
        "Catalogue": [t for s in CATALOGUE.values() for t in (s.title, s.message, s.fix)],
        "Errors": [t for pair in ERROR_TEXT.values() for t in pair] + list(GUI_FIX.values()),
        "Reasons": list(REASON_TEXT.values()),
        # Text a finding or an error carries as a value: field names, reasons, …
        "Params": field_names(),
    }
    for context, texts in marked_strings().items():
        contexts.setdefault(context, []).extend(texts)
    contexts["Argparse"] = argparse_strings()
    return {c: list(dict.fromkeys(texts)) for c, texts in contexts.items()}


def field_names() -> list[str]:
    """The field names given to names.judge() anywhere: findings name their field."""
    found: list[str] = []
    for path in sorted((ROOT / "pic_wizard").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("judge", "judged")
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
            ):
                found.append(node.args[1].value)
    return found


def argparse_strings() -> list[str]:
    """argparse's own messages ("usage: ", its errors, its help headings), as it asks
    gettext for them: the msgids of ``_()`` and ``ngettext()`` in the installed argparse.py
    (the command line hands them to argparse in the run's language, context "Argparse")."""
    import argparse

    found: list[str] = []
    source = Path(argparse.__file__).read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("_", "ngettext"):
            count = 1 if node.func.id == "_" else 2  # type: ignore[attr-defined]
            found.extend(
                a.value
                for a in node.args[:count]
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            )
    return list(dict.fromkeys(found))


def plural_strings() -> set[tuple[str, str]]:
    """(context, text) of the core's and the command line's texts with a count."""
    found: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "pic_wizard").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            name = getattr(node.func, "id", "")
            if name == "NP_" and len(texts) == 2:
                found.add((texts[0], texts[1]))
            elif name == "_tn" and texts and isinstance(texts[0], str):
                found.add(("CLI", texts[0]))
    return found


def marked_strings() -> dict[str, list[str]]:
    """Strings marked ``N_("Context", "text")`` or ``_t("text")`` (the command line), and
    those with a count, ``NP_("Context", "text")`` and ``_tn("text", n)``."""
    found: dict[str, list[str]] = {}
    for context, text in sorted(plural_strings()):
        found.setdefault(context, []).append(text)
    for path in sorted((ROOT / "pic_wizard").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "N_"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            ):
                context, text = (a.value for a in node.args)  # type: ignore[union-attr]
                found.setdefault(context, []).append(text)
            elif (  # the command line's _t("text"): context "CLI"
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "_t"
                and len(node.args) == 1
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault("CLI", []).append(node.args[0].value)
            elif "cli" in path.relative_to(ROOT / "pic_wizard").parts[:1] and isinstance(
                node, ast.keyword
            ):  # the command line's help texts, given to argparse
                value = node.value
                if node.arg in ("help", "description", "epilog") and (
                    isinstance(value, ast.Constant) and isinstance(value.value, str)
                ):
                    found.setdefault("CLI", []).append(value.value)
    return found


def merge_core(
    ts: Path,
    contexts: dict[str, list[str]],
    previous: dict[str, dict[str, str | list[str]]],
    plurals: set[tuple[str, str]] = frozenset(),  # type: ignore[assignment]
    forms: int = 2,
) -> None:
    """Add the core's contexts to ``ts``, with the translations ``previous`` held
    (``plurals``: the texts with a count, given ``forms`` plural forms)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    existing = {c.findtext("name"): c for c in root.findall("context")}
    for name, texts in contexts.items():
        context = existing.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        known = {m.findtext("source"): m for m in context.findall("message")}
        for text in texts:
            if text in known:
                continue
            plural = (name, text) in plurals
            message = ET.SubElement(context, "message", {"numerus": "yes"} if plural else {})
            ET.SubElement(message, "source").text = text
            done = previous.get(name or "", {}).get(text)
            if plural:
                translation = ET.SubElement(
                    message, "translation", {} if isinstance(done, list) else {"type": "unfinished"}
                )
                for i in range(forms):
                    form = ET.SubElement(translation, "numerusform")
                    form.text = done[i] if isinstance(done, list) and i < len(done) else None
            elif isinstance(done, str) and done:
                ET.SubElement(message, "translation").text = done
            else:
                ET.SubElement(message, "translation", {"type": "unfinished"})
        for source, message in known.items():  # gone from the code: obsolete
            if source not in texts:
                context.remove(message)
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def update(sources: Path = SOURCES) -> None:
    sources.mkdir(parents=True, exist_ok=True)
    files = sorted(
        str(p.relative_to(ROOT))
        for folder in ("ui", "models")
        for p in (ROOT / "pic_wizard" / folder).rglob("*.py")
    )
    plurals = plural_strings()
    for language in (*LANGUAGES, *PLURAL_ONLY):
        ts = sources / f"pic_wizard_{language}.ts"
        # lupdate drops what it did not find in the widgets (the core's contexts): keep
        # their translations to put them back.
        previous = read_ts(ts) if ts.exists() else {}
        only = ["-pluralonly"] if language in PLURAL_ONLY else []
        subprocess.run(
            [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", *only,
             "-target-language", language, "-ts", str(ts.resolve())],
            cwd=ROOT, check=True,
        )  # fmt: skip
        contexts = core_strings()
        if language in PLURAL_ONLY:
            contexts = {c: [t for t in texts if (c, t) in plurals] for c, texts in contexts.items()}
            contexts = {c: texts for c, texts in contexts.items() if texts}
        merge_core(ts, contexts, previous, plurals)
        if language in PLURAL_ONLY:
            fill_source_forms(ts)
        print(f"updated {ts}")


def fill_source_forms(ts: Path) -> None:
    """The English forms of each unfinished numerus message, from its "(s)"."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        for form, text in zip(
            translation.findall("numerusform"),
            english_forms(message.findtext("source") or ""),
            strict=False,
        ):
            form.text = text
        translation.attrib.pop("type")
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def read_ts(ts: Path) -> dict[str, dict[str, str | list[str]]]:
    """context -> {English: translation}, finished translations only; a text with a count
    has the list of its plural forms."""
    table: dict[str, dict[str, str | list[str]]] = {}
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                if forms and all(forms):
                    table.setdefault(name, {})[source] = forms
            elif translation.text:
                table.setdefault(name, {})[source] = translation.text
    return table


def build(sources: Path = SOURCES, package: Path = PACKAGE) -> None:
    package.mkdir(parents=True, exist_ok=True)
    for language in (*LANGUAGES, *PLURAL_ONLY):
        ts = sources / f"pic_wizard_{language}.ts"
        qm = package / f"pic_wizard_{language}.qm"
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm), "-silent"], check=True)
        table = read_ts(ts)
        (package / f"pic_wizard_{language}.json").write_text(
            json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
            encoding="utf-8",
        )
        print(f"built {qm} and its .json")


ACCENTED = str.maketrans("aceinouyAEIOU", "àçéîñöûÿÀÉÎÖÛ")
KEEP = re.compile(r"(\{[A-Za-z_]\w*\}|<[^>]*>|&.|\n)")


def pseudo_text(text: str, growth: float = 0.4) -> str:
    """``text`` made ``growth`` longer and visibly foreign, placeholders, tags, mnemonics
    and line breaks kept: what a longer language does to the layout."""
    pieces = KEEP.split(text)
    shown = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTED) for p in pieces)
    padding = "~" * max(1, math.ceil(len(text) * growth) - 2)
    return f"[{shown}{padding}]"


def pseudo(ts: Path, qm: Path) -> None:
    """A .qm where every string is pseudo-translated (40% longer), to look for clipping."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None:
            translation.attrib.pop("type", None)
            forms = translation.findall("numerusform")
            for form in forms:
                form.text = pseudo_text(message.findtext("source") or "")
            if not forms:
                translation.text = pseudo_text(message.findtext("source") or "")
    pseudo_ts = qm.with_suffix(".ts")
    tree.write(pseudo_ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [tool("pyside6-lrelease"), str(pseudo_ts), "-qm", str(qm), "-silent"], check=True
    )


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "pseudo":  # python tools/translations.py pseudo OUT.qm
        pseudo(SOURCES / "pic_wizard_fr.ts", Path(sys.argv[2]).resolve())
    else:
        sys.exit(__doc__)
