"""The house's layout holds: no import cycle anywhere in pic_wizard (imports inside
functions count too), and the core's folders depend on each other one way, in the order
the data flows."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pic_wizard

PACKAGE = Path(pic_wizard.__file__).parent

# Lower layers first: a core folder may import only from the folders before it.
CORE_LAYERS = ("values", "files", "x509", "net", "rules", "documents", "usecases")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Every module of pic_wizard and the pic_wizard modules it imports, anywhere in it."""
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                targets = [module, *(f"{module}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            graph[name].update(t for t in targets if t in files and t != name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_in_pic_wizard() -> None:
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_core_folders_import_only_lower_folders() -> None:
    wrong = []
    for module, imported in import_graph().items():
        parts = module.split(".")
        if parts[:2] != ["pic_wizard", "core"] or len(parts) < 4:
            continue
        assert parts[2] in CORE_LAYERS, f"{module}: a core folder outside the layers"
        for other in imported:
            other_parts = other.split(".")
            if other == "pic_wizard":  # the version number
                continue
            if other_parts[:2] != ["pic_wizard", "core"]:
                wrong.append(f"{module} imports {other}, outside the core")
            elif (
                len(other_parts) >= 3
                and other_parts[2] in CORE_LAYERS
                and CORE_LAYERS.index(other_parts[2]) > CORE_LAYERS.index(parts[2])
            ):
                wrong.append(f"{module} imports {other}, a higher layer")
    assert wrong == []


def test_the_core_has_no_loose_modules() -> None:
    loose = [p.name for p in (PACKAGE / "core").glob("*.py") if p.name != "__init__.py"]
    assert loose == []


def test_the_core_tests_sit_in_the_folders_of_the_code_they_test() -> None:
    tests = Path(__file__).resolve().parent / "core"
    assert sorted(p.name for p in tests.glob("*.py")) == []
    folders = {p.name for p in tests.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders <= set(CORE_LAYERS)
