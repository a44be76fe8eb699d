#!/usr/bin/env python3
"""The Qt Linguist workflow of pic-wizard.

    python tools/translations.py update   # collect every English string into the .ts files
    python tools/translations.py build    # .ts -> .qm (lrelease) and .json, in the package
    python tools/translations.py pseudo OUT.qm  # every string 40% longer, to find clipping

``update`` runs ``pyside6-lupdate`` over the widgets and models (their ``self.tr()``), then
adds the core's English templates, which are data rather than ``tr()`` calls: the rule
catalogue ("Catalogue"), errors ("Errors"), the reasons of SAN entries ("Reasons") and the
text values findings and errors carry ("Params": field names, reasons).  Translations
already made are kept.

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
sys.path.insert(0, str(ROOT))


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


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


def marked_strings() -> dict[str, list[str]]:
    """Strings marked ``N_("Context", "text")`` or ``_t("text")`` (the command line)."""
    found: dict[str, list[str]] = {}
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
    ts: Path, contexts: dict[str, list[str]], previous: dict[str, dict[str, str]]
) -> None:
    """Add the core's contexts to ``ts``, with the translations ``previous`` held."""
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
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            done = previous.get(name or "", {}).get(text)
            if done:
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
    for language in LANGUAGES:
        ts = sources / f"pic_wizard_{language}.ts"
        # lupdate drops what it did not find in the widgets (the core's contexts): keep
        # their translations to put them back.
        previous = read_ts(ts) if ts.exists() else {}
        subprocess.run(
            [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
             "-target-language", language, "-ts", str(ts.resolve())],
            cwd=ROOT, check=True,
        )  # fmt: skip
        merge_core(ts, core_strings(), previous)
        print(f"updated {ts}")


def read_ts(ts: Path) -> dict[str, dict[str, str]]:
    """context -> {English: translation}, finished translations only."""
    table: dict[str, dict[str, str]] = {}
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                table.setdefault(name, {})[message.findtext("source") or ""] = translation.text
    return table


def build(sources: Path = SOURCES, package: Path = PACKAGE) -> None:
    package.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
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
