"""The package's shape, read from its source with ``ast``: no import cycle, no module too long to
walk, the whole within its line budget, no private name reached across folders, and an
``__all__`` in every public module."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Dict, List, Set, Tuple

PACKAGE = Path(__file__).resolve().parent.parent / "realtime_models"
MODULE_LINES = 1000
# 9,800 after the redesign; reading the server's shapes by position added a branch of locals to
# each hot parser (about 370 lines), and the parses a dispatcher calls without the kind check a
# few more; the session configuration of both protocols (45 classes, about 1,700); the client
# events of both protocols (about 900); what a live client reads of the state (about 220, with
# the usage totals) and what replay --check finds in what the client sent (about 240); the
# dispatch by a table of routes and the deltas' test of the common case (about 80); the hot
# parses' blocks that build each shape the server sends when every value is of its exact type
# (about 590: the items and content parts of both protocols, the status details, the usage);
# the copy of a JSON value by recursion for its first levels (about 40); the beta item's dump of
# the server's shapes by one dict display each (about 50); the deltas' keys compared one by one,
# in a module of their own (about 65). A budget, not a goal: new classes raise it on purpose.
PACKAGE_LINES = 14100


def _modules() -> Dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> List[Tuple[str, List[str], int]]:
    """Every ``from X import a, b`` and ``import X`` of a module, anywhere in it, as (the module
    imported, the names taken from it, line)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if not module.startswith("realtime_models"):
                continue
            names = [alias.name for alias in node.names]
            for alias in names:  # `from . import beta` imports a module
                if module + "." + alias in MODULES:
                    found.append((module + "." + alias, [], node.lineno))
            if module in MODULES and not all(module + "." + n in MODULES for n in names):
                found.append((module, names, node.lineno))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("realtime_models"):
                    found.append((alias.name, [], node.lineno))
    return found


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def test_no_import_cycle() -> None:
    edges = {name: sorted({target for target, _, _ in imports}) for name, imports in GRAPH.items()}
    state: Dict[str, int] = {}  # 1: on the path being walked; 2: done
    cycles: List[List[str]] = []

    def walk(name: str, path: List[str]) -> None:
        state[name] = 1
        for target in edges.get(name, []):
            if state.get(target) == 1:
                cycles.append(path[path.index(target) :] + [target])
            elif target not in state:
                walk(target, path + [target])
        state[name] = 2

    for name in edges:
        if name not in state:
            walk(name, [name])
    assert cycles == []


def test_every_import_names_a_module_of_the_package() -> None:
    missing = [(name, target) for name, imports in GRAPH.items() for target, _, _ in imports if target not in MODULES]
    assert missing == []


def test_no_module_is_too_long_and_the_package_keeps_its_budget() -> None:
    lengths = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    assert {name: n for name, n in lengths.items() if n > MODULE_LINES} == {}
    assert sum(lengths.values()) <= PACKAGE_LINES


def _folder(module: str) -> str:
    path = MODULES[module]
    return str(path.parent)


def test_no_private_name_is_imported_from_another_folder() -> None:
    reached: Set[Tuple[str, str, str]] = set()
    for name, imports in GRAPH.items():
        for target, names, _ in imports:
            if _folder(target) != _folder(name) or target == name.rpartition(".")[0]:
                reached.update((name, target, n) for n in names if n.startswith("_") and not n.startswith("__"))
    assert sorted(reached) == []


def test_every_public_module_says_what_it_exports() -> None:
    public = [name for name in MODULES if not any(part.startswith("_") for part in name.split("."))]
    public.append("realtime_models")
    without = []
    for name in public:
        tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
        targets = [
            t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)
        ]
        if "__all__" not in targets:
            without.append(name)
    assert without == []
