"""The never-executed-CHECK gate: a check that never runs cannot fail.

Every use of a check.h assertion macro in a case's C sources is found (comments and string
literals blanked; uses inside a #define are skipped, their expansion sites are what gcov counts;
a call whose condition is a literal 0 or false is a failure statement on an error path, not a
check, and is skipped too).
gcov attributes a macro's code to the line where the macro's name is written, so a CHECK line
counts as executed when its count is above zero on any arch and profile of the run.

What is judged: a case whose programs ran somewhere in the run to the end (at least one .gcda
appeared in one of its cells, and that cell passed or chose to exit 77; a cell that failed --
XFAIL, the cited bug -- stopped at its failing CHECK). Its CHECK lines that ran nowhere are violations, with the per-arch reason:
`count 0` (compiled, never reached), `no code` (the file ran but the compiler emitted nothing for
the line: #if'd out, or decided at compile time) or `file never ran` (no object built from the
file ran at all). A case that ran nowhere -- UNSUPPORTED by rule or probe on every selected
column, an expected build failure, a program that never exits normally (killed by gdb, say), or
one that fails (XFAIL) wherever it runs -- has no data to judge: it is listed separately, not
failed, with the statuses of its cells.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .gcovdata import Coverage

_TOKENS = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)


def check_macros(check_h: Path) -> tuple[str, ...]:
    """The function-like CHECK* macros check.h defines (not its internal CHECK_FAIL_)."""
    names = re.findall(r"^#define\s+(CHECK(?:[A-Z0-9_]*[A-Z0-9])?)\(", check_h.read_text(), re.M)
    return tuple(sorted(set(names)))


def blank(text: str) -> str:
    """Comments and string/char literals replaced by spaces, newlines kept (line numbers hold)."""
    return _TOKENS.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


@dataclass(frozen=True)
class CheckLine:
    path: Path          # the C file
    line: int
    case: str           # case id (family/name)
    macro: str
    text: str           # the source line, stripped

    def where(self, root: Path) -> str:
        try:
            shown = self.path.relative_to(root.parent)
        except ValueError:
            shown = self.path
        return f"{shown}:{self.line}"


def find_checks(path: Path, case_id: str, macros: tuple[str, ...]) -> list[CheckLine]:
    raw = path.read_text(errors="replace")
    lines = raw.splitlines()
    use = re.compile(r"\b(" + "|".join(map(re.escape, macros)) + r")\s*\(")
    found: list[CheckLine] = []
    in_directive = False
    blanked = blank(raw)
    offsets, pos = [], 0
    for code in blanked.splitlines(keepends=True):
        offsets.append(pos)
        pos += len(code)
    for n, code in enumerate(blanked.splitlines(), 1):
        directive = in_directive or code.lstrip().startswith("#")
        in_directive = directive and code.rstrip().endswith("\\")
        if directive:
            continue
        m = use.search(code)
        if m and not _always_fails(blanked, offsets[n - 1] + m.end()):
            found.append(CheckLine(path, n, case_id, m.group(1), lines[n - 1].strip()))
    return found


def _always_fails(text: str, start: int) -> bool:
    """Is the first argument of the macro call whose '(' ends at `start` a literal 0 or false? Then
    it is a failure statement on an error path (`CHECK_MSG(0, "nested dlopen: %s", msg)`), not a
    check that a passing run should execute."""
    depth, i = 0, start
    while i < len(text):
        ch = text[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}" and depth:
            depth -= 1
        elif (ch == "," or ch == ")") and depth == 0:
            break
        i += 1
    return text[start:i].strip() in ("0", "false")


def all_checks(cases_root: Path, case_ids: set[str], macros: tuple[str, ...]) -> list[CheckLine]:
    out: list[CheckLine] = []
    for case_id in sorted(case_ids):
        d = cases_root / case_id
        for src in sorted(d.rglob("*.c")):
            out += find_checks(src, case_id, macros)
    return out


@dataclass(frozen=True)
class Violation:
    check: CheckLine
    why: str            # per-arch reasons, e.g. "count 0 on amd64, arm; no code on arm64"


@dataclass
class GateResult:
    checks: int = 0                      # CHECK lines in judged cases
    executed: int = 0
    violations: list[Violation] = field(default_factory=list)
    not_run: dict[str, str] = field(default_factory=dict)      # case -> why it has no data

    @property
    def ok(self) -> bool:
        return not self.violations


def line_state(cov: Coverage, path: str, line: int) -> str:
    fc = cov.get(path)
    if fc is None:
        return "file never ran"
    if line not in fc.lines:
        return "no code"
    return "executed" if fc.lines[line] > 0 else "count 0"


def decide(checks: list[CheckLine], per_arch: dict[str, Coverage], ran: set[str],
           not_run_why: dict[str, str], edited: set[str] = frozenset()) -> GateResult:
    """per_arch: arch -> coverage keyed by str(source path); ran: the cases with any data; edited:
    source files whose data was left out because they changed after the run built them."""
    result = GateResult()
    for c in checks:
        if c.case not in ran:
            result.not_run.setdefault(c.case, not_run_why.get(c.case, "no program of the case ran"))
            continue
        if str(c.path) in edited and not any(str(c.path) in cov for cov in per_arch.values()):
            result.not_run.setdefault(c.case, f"{c.path.name} was edited after the run built it: run again")
            continue
        result.checks += 1
        states = {arch: line_state(cov, str(c.path), c.line) for arch, cov in sorted(per_arch.items())}
        if "executed" in states.values():
            result.executed += 1
            continue
        by_state: dict[str, list[str]] = {}
        for arch, state in states.items():
            by_state.setdefault(state, []).append(arch)
        why = "; ".join(f"{state} on {', '.join(arches)}" for state, arches in sorted(by_state.items()))
        result.violations.append(Violation(c, why or "no data"))
    return result


def format_result(result: GateResult, cases_root: Path) -> str:
    lines = [f"CHECK gate: {result.executed} of {result.checks} CHECK lines executed on some arch"
             f" ({len(result.violations)} never executed)"]
    for v in result.violations:
        lines.append(f"  {v.check.where(cases_root)}: {v.check.macro} never executed ({v.check.case}): {v.why}")
        lines.append(f"      {v.check.text}")
    if result.not_run:
        lines.append(f"not judged ({len(result.not_run)} cases with CHECKs whose programs never ran here):")
        lines += [f"  {case}: {why}" for case, why in sorted(result.not_run.items())]
    return "\n".join(lines)
