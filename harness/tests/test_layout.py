"""The harness's modules import one way: no module imports one that imports it back, directly or
through others (at module level or inside a function alike)."""
import ast
from pathlib import Path

HARNESS = Path(__file__).resolve().parent.parent


def imports(path: Path) -> set[str]:
    """The harness modules a file imports, wherever the import statement is."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            out |= {node.module} if node.module else {a.name for a in node.names}
    return out


def test_no_import_cycles():
    modules = {p.stem for p in HARNESS.glob("*.py")}
    graph = {p.stem: imports(p) & modules for p in HARNESS.glob("*.py")}

    def reachable(start: str) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            for dep in graph[todo.pop()] - seen:
                seen.add(dep)
                todo.append(dep)
        return seen
    cycles = sorted((m, dep) for m in graph for dep in graph[m] if m in reachable(dep))
    assert not cycles, f"modules that import each other (directly or through others): {cycles}"
