"""Reports written from results.jsonl: report.html, summary.md, junit.xml, DejaGnu .sum/.log."""
from __future__ import annotations

import datetime
import json
import os
import platform
import re
import urllib.parse
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

import jinja2

from . import results, verdict
from .platforms import ROOT, ConfigError, find_arches, load_arch
from . import status
from .results import Result
from .status import PHASES, STATUSES
from .textdiff import first_difference

TEMPLATES = Path(__file__).parent / "templates"
# runtest's summary labels, with its exact tab alignment (checked against dejagnu 1.6.3's runtest).
DEJAGNU_SUMMARY = [("PASS", "# of expected passes\t\t"), ("FAIL", "# of unexpected failures\t"),
                   ("XPASS", "# of unexpected successes\t"), ("XFAIL", "# of expected failures\t\t"),
                   ("UNRESOLVED", "# of unresolved testcases\t"), ("UNSUPPORTED", "# of unsupported tests\t\t")]


def column_counts(rs: list[Result]) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in rs:
        counts[r.column][r.status] += 1
    return {col: {s: counts[col][s] for s in STATUSES} for col in sorted(counts)}


def _matrix(rs: list[Result]):
    columns = sorted({r.column for r in rs})
    rows: dict[tuple[str, str], dict[str, Result]] = defaultdict(dict)
    for r in rs:
        rows[(r.case, r.variant)][r.column] = r
    return columns, [(case, variant, cells) for (case, variant), cells in sorted(rows.items())]


def disagreements(cells: dict[str, Result]) -> list[str]:
    """The arches on which the profiles of one row (case, variant) give different statuses."""
    by_arch: dict[str, set[str]] = defaultdict(set)
    profiles: dict[str, int] = Counter()
    for r in cells.values():
        by_arch[r.arch].add(r.status)
        profiles[r.arch] += 1
    return sorted(a for a, sts in by_arch.items() if profiles[a] > 1 and len(sts) > 1)


def tool_versions(run_dir: Path) -> dict[str, dict[str, str]]:
    """column -> {tool: first line of --version}, from the run's probes."""
    path = run_dir / "probes.json"
    if not path.exists():
        return {}
    return {f"{p['arch']}-{p['profile']}": p["versions"] for p in json.loads(path.read_text())}


def component_versions(run_dir: Path) -> dict[str, dict[str, str]]:
    """column -> {component: version} (what `version.<component>` atoms compared), from the probes."""
    path = run_dir / "probes.json"
    if not path.exists():
        return {}
    return {f"{p['arch']}-{p['profile']}": p.get("components", {}) for p in json.loads(path.read_text())}


# The files of a cell the report links to, in this order (a bit each in the page's data).
CELL_FILES = ("build.log", "run1.stdout", "run1.stderr", "gdb1.out", "repro.sh")
# The order in which a group of cells is coloured: by the worst status it holds.
SEVERITY = ("FAIL", "TIMEOUT", "UNRESOLVED", "XPASS", "FLAKY", "XFAIL", "UNSUPPORTED", "PASS")
LOG_TAIL_LINES = 15
# report.html lists at most this many new or removed cells (a sampled run against full baselines).
LIST_LIMIT = 300
LOG_TAIL_CHARS = 2000


def worst(statuses) -> str:
    present = set(statuses)
    return next((s for s in SEVERITY if s in present), "")


def _log_tail(path: Path) -> str:
    try:
        with path.open("rb") as f:
            f.seek(0, 2)
            f.seek(max(0, f.tell() - 4 * LOG_TAIL_CHARS))
            text = f.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-LOG_TAIL_LINES:])[-LOG_TAIL_CHARS:]


def first_stdout_difference(cell_dir: Path) -> str:
    """The first line where a run's stdout differs from what the case expected (runN.expected)."""
    for expected in sorted(cell_dir.glob("run*.expected")):
        got_path = expected.with_suffix(".stdout")
        try:
            diff = first_difference(expected.read_text(errors="replace"), got_path.read_text(errors="replace"))
        except OSError:
            continue
        if diff:
            return f"{got_path.name} {diff}"
    return ""


def _case_files(case: str) -> list[str]:
    d = ROOT / "cases" / case
    return sorted(str(f.relative_to(d)) for f in d.rglob("*") if f.is_file()) if d.is_dir() else []


def page_data(run_dir: Path, rs: list[Result]) -> dict:
    """What the report's script renders the matrix and the detail panels from: compact (one small
    array per cell, reasons in a string table), so that a full matrix stays a small page."""
    columns = sorted({(r.arch, r.profile) for r in rs})
    col_index = {f"{a}-{p}": i for i, (a, p) in enumerate(columns)}
    strings: dict[str, int] = {}
    cases: dict[str, list] = {}
    details: dict[str, dict] = {}
    rows: dict[tuple[str, str], list] = {}
    for r in rs:
        row = rows.setdefault((r.case, r.variant), [None] * len(columns))
        mask = sum(1 << i for i, f in enumerate(CELL_FILES) if (run_dir / "cells" / r.cell / f).exists())
        reason = strings.setdefault(r.reason, len(strings)) if r.reason else -1
        row[col_index[r.column]] = [STATUSES.index(r.status), reason, mask, round(r.duration, 2),
                                    PHASES.index(r.phase) if r.phase else -1]
        if r.case not in cases:
            case_dir = ROOT / "cases" / r.case
            cases[r.case] = [r.title, r.refs, _case_files(r.case),
                             os.path.relpath(case_dir, run_dir) if case_dir.is_dir() else ""]
        if r.status in status.BAD:
            cell_dir = run_dir / "cells" / r.cell
            d = {"diff": first_stdout_difference(cell_dir), "log": _log_tail(cell_dir / "build.log")}
            if any(d.values()):
                details[r.cell] = d
    return {"run": run_dir.name, "statuses": list(STATUSES), "bad": sorted(status.BAD), "phases": list(PHASES),
            "files": list(CELL_FILES), "columns": [list(c) for c in columns], "strings": list(strings),
            "cases": cases, "details": details,
            "rows": [[case, variant, cells] for (case, variant), cells in sorted(rows.items())]}


def family_grid(rs: list[Result]) -> tuple[list[str], dict[str, dict[str, dict[str, int]]]]:
    """family -> column -> {status: count}: the counts of the report's overview grid."""
    grid: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for r in rs:
        grid[r.family][r.column][r.status] += 1
    return sorted(grid), {f: {c: dict(n) for c, n in cols.items()} for f, cols in grid.items()}


def url_part(text: str) -> str:
    """A cell id as a part of a URL (a #fragment's value or a path): the few characters that would end
    or change it escaped, the rest (/ = @) kept readable. The page's script does the same (urlPart)."""
    return re.sub(r"[%&+#? ]", lambda m: urllib.parse.quote(m.group()), text)


def write_html(run_dir: Path, rs: list[Result], v: verdict.Verdict | None = None) -> Path:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    env.filters["url_part"] = url_part
    v = verdict.for_run(run_dir, rs) if v is None else v
    by_cell = {r.cell: r for r in rs}
    columns = sorted({(r.arch, r.profile) for r in rs})
    arches = [(a, sum(1 for c in columns if c[0] == a)) for a in sorted({a for a, _ in columns})]
    families, grid = family_grid(rs)
    known: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for cell, _, fid in v.explained:       # finding id -> "case variant" -> its (column, cell)s
        case, variant, column = cell.rsplit("/", 2)
        known[fid][f"{case} {variant}"].append((column, cell))
    bad = [r for r in rs if r.status in status.BAD]
    html = env.get_template("report.html.j2").render(
        run=run_dir.name, v=v, by_cell=by_cell, known={f: dict(rows) for f, rows in sorted(known.items())}, bad=bad,
        statuses=STATUSES, total=Counter(r.status for r in rs), columns=columns, arches=arches,
        families=families, grid=grid, worst=worst, n_rows=len({(r.case, r.variant) for r in rs}),
        disagree_arches=sorted({a for _, _, cells in _matrix(rs)[1] for a in disagreements(cells)}),
        data=page_data(run_dir, rs), list_limit=LIST_LIMIT,
        tools={c: t for c, t in tool_versions(run_dir).items() if c in {f"{a}-{p}" for a, p in columns}})
    path = run_dir / "report.html"
    path.write_text(html)
    return path


COMPARISON_FILE = "comparison.txt"


# GitHub refuses a comment longer than 65,536 characters: summary.md stays under this.
SUMMARY_LIMIT = 60_000


def _counts_line(c: Counter) -> str:
    return " · ".join(f"{s} {c[s]}" for s in STATUSES if c[s])


def _grouped(rs: list[Result]) -> list[str]:
    """`case variant: column[, column...] STATUS — reason`, one line per (case, variant, status, reason)."""
    groups: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    for r in sorted(rs, key=lambda r: (r.case, r.variant, r.column)):
        groups[(r.case, r.variant, r.status, r.reason)].append(r.column)
    return [f"- `{case} {variant}`: {', '.join(cols)} **{st}** — {reason}"
            for (case, variant, st, reason), cols in groups.items()]


def write_markdown(run_dir: Path, rs: list[Result], v: verdict.Verdict | None = None) -> Path:
    """summary.md for a PR comment: narrow at any width (lists, no wide table), under SUMMARY_LIMIT:
    the lists are cut, most important first kept, where the budget runs out."""
    v = verdict.for_run(run_dir, rs) if v is None else v
    by_cell = {r.cell: r for r in rs}
    total = Counter(r.status for r in rs)
    out = [f"# dsoconf run {run_dir.name}", "", f"**{len(rs)} cells**: {_counts_line(total)}", ""]
    by_arch: dict[str, list[Result]] = defaultdict(list)
    for r in rs:
        by_arch[r.arch].append(r)
    for arch, group in sorted(by_arch.items()):
        ncols = len({r.profile for r in group})
        out.append(f"- **{arch}** ({len(group)} cells, {ncols} columns): {_counts_line(Counter(r.status for r in group))}")

    def why(cell: str) -> str:
        r = by_cell.get(cell)
        return f" — {r.reason}" if r and r.reason else ""

    # (heading, its lines, folded?), in the order they are kept when the budget runs out
    sections: list[tuple[str, list[str], bool]] = []
    if v.compared:
        out += ["", f"## Against {v.against}", "",
                f"**{len(v.regressions)} regressions**, {len(v.progressions)} progressions, {len(v.new)} new, "
                f"{len(v.removed)} removed, {len(v.known)} known failures ({len(v.unexplained)} unexplained), "
                f"{len(v.suspects)} emulator suspects"]
        for title, rows in (("Regressions", v.regressions), ("Progressions", v.progressions),
                            ("Other changes", v.changed)):
            sections.append((f"### {title} ({len(rows)})", [f"- `{cell}`: {a} → **{b}**{why(cell)}"
                                                             for cell, a, b in rows], False))
    sections.append((f"### Emulator suspects ({len(v.suspects)}): bad under qemu, good natively",
                     [f"- `{e}`: **{es}** (native `{n}`: {ns}){why(e)}" for e, es, n, ns in v.suspects], False))
    if v.compared:
        sections.append((f"### Known failures that nothing explains ({len(v.unexplained)})",
                         [f"- `{cell}`: **{s}**{why(cell)}" for cell, s, _ in v.unexplained], False))
        known: dict[str, list[str]] = defaultdict(list)
        for cell, _, fid in v.explained:
            known[fid].append(cell)
        sections.append((f"### Known failures explained in cases/findings.toml ({len(v.explained)})",
                         [f"- {fid}: {len(cells)} cell{'s' if len(cells) > 1 else ''}"
                          for fid, cells in sorted(known.items())], False))
        sections.append((f"New cells ({len(v.new)})", [f"- `{cell}`: {s}" for cell, s in v.new], True))
        sections.append((f"Removed cells ({len(v.removed)})", [f"- `{cell}`: was {s}" for cell, s in v.removed], True))
    bad = [r for r in rs if r.status in status.BAD]
    if bad:
        sections.append((f"## Failing cells ({len(bad)})", _grouped(bad), False))
    else:
        out += ["", f"All {len(rs)} cells passed." if total["PASS"] == len(rs) else "No failing cells."]
    for s in STATUSES:
        group = [r for r in rs if r.status == s and s not in status.BAD and s != "PASS"]
        sections.append((f"{s} ({len(group)})", _grouped(group), True))
    split = [(case, variant, cells, disagreements(cells)) for case, variant, cells in _matrix(rs)[1]]
    split_lines = [
        f"- `{case} {variant}` on {arch}: " + ", ".join(f"{r.profile} {r.status}" for _, r in sorted(cells.items())
                                                     if r.arch == arch)
        for case, variant, cells, arches in split for arch in arches]
    sections.append((f"Where profiles disagree ({len(split_lines)})", split_lines, True))
    budget = SUMMARY_LIMIT - sum(len(x) + 1 for x in out) - 500      # 500: room for the last note
    sections = [sec for sec in sections if sec[1]]
    for i, (title, lines, folded) in enumerate(sections):
        if budget < len(title) + 200:
            out += ["", "Not listed here for lack of room: " + ", ".join(t.lstrip("# ") for t, _, _ in sections[i:])
                    + "; see report.html."]
            break
        kept: list[str] = []
        room = budget - len(title) - 60
        for line in lines:
            if room - len(line) - 1 < 60:
                kept.append(f"- … and {len(lines) - len(kept)} more: see report.html")
                break
            kept.append(line)
            room -= len(line) + 1
        block = (["", f"<details><summary>{title.lstrip('# ')}</summary>", ""] + kept + ["", "</details>"] if folded
                 else ["", title, ""] + kept)
        budget -= sum(len(x) + 1 for x in block)
        out += block
    path = run_dir / "summary.md"
    path.write_text("\n".join(out) + "\n")
    return path


def write_junit(run_dir: Path, rs: list[Result]) -> Path:
    by_column: dict[str, list[Result]] = defaultdict(list)
    for r in rs:
        by_column[r.column].append(r)
    suites = ET.Element("testsuites", name="dsoconf")
    for column in sorted(by_column):
        group = sorted(by_column[column], key=lambda r: r.cell)
        c = Counter(r.status for r in group)
        suite = ET.SubElement(suites, "testsuite", name=column, tests=str(len(group)),
                              failures=str(sum(n for s, n in c.items() if status.get(s).junit == "failure")),
                              errors=str(sum(n for s, n in c.items() if status.get(s).junit == "error")),
                              skipped=str(sum(n for s, n in c.items() if status.get(s).junit == "skipped")),
                              time=f"{sum(r.duration for r in group):.3f}")
        for r in group:
            tc = ET.SubElement(suite, "testcase", classname=r.case.replace("/", "."),
                               name=f"{r.variant}@{column}", time=f"{r.duration:.3f}")
            props = ET.SubElement(tc, "properties")
            for k, v in (("arch", r.arch), ("profile", r.profile), ("variant", r.variant),
                         ("status", r.status), ("cell", r.cell)):
                ET.SubElement(props, "property", name=k, value=v)
            kind = status.get(r.status).junit
            if kind in ("failure", "error"):
                ET.SubElement(tc, kind, message=f"{r.status}: {r.reason}", type=r.status).text = r.reason
            elif kind == "skipped":
                ET.SubElement(tc, "skipped", message=f"{r.status}: {r.reason}")
    ET.indent(suites)
    path = run_dir / "junit.xml"
    ET.ElementTree(suites).write(path, encoding="utf-8", xml_declaration=True)
    return path


def write_dejagnu(run_dir: Path, rs: list[Result], triples: dict[str, str] | None = None) -> list[Path]:
    """One <arch>-<profile>.sum and .log per column, laid out as runtest writes them.

    The target name in "Running target" is the column, so GCC's compare_tests keys each
    test by column; test names are "<case> <variant>".
    """
    by_column: dict[str, list[Result]] = defaultdict(list)
    for r in rs:
        by_column[r.column].append(r)
    triples = triples or {}
    now = datetime.datetime.now().strftime("%a %b %d %H:%M:%S %Y")
    written = []
    for column, group in sorted(by_column.items()):
        group.sort(key=lambda r: (r.case, r.variant))
        triple = triples.get(group[0].arch, group[0].arch)
        head = [f"Test run by dsoconf on {now}", f"Target is {triple}", f"Host   is {platform.machine()}-pc-linux-gnu",
                "", "\t\t=== dsoconf tests ===", "", "Schedule of variations:", f"    {column}", "",
                f"Running target {column}"]
        sum_lines, log_lines = list(head), list(head)
        last_case = None
        for r in group:
            if r.case != last_case:
                line = f"Running cases/{r.case}/case.toml ..."
                sum_lines.append(line)
                log_lines.append(line)
                last_case = r.case
            verdict = f"{status.get(r.status).dejagnu}: {r.case} {r.variant}"     # names stay stable across runs
            sum_lines.append(verdict)
            if r.reason:
                log_lines.append(f"{r.status}: {r.reason}")
            log_lines.append(verdict)
        c = Counter(status.get(r.status).dejagnu for r in group)
        tail = ["", "\t\t=== dsoconf Summary ===", ""]
        tail += [f"{label}{c[s]}" for s, label in DEJAGNU_SUMMARY if c[s]]
        for lines, ext, end in ((sum_lines, "sum", []), (log_lines, "log", [f"runtest completed at {now}"])):
            path = run_dir / f"{column}.{ext}"
            path.write_text("\n".join(lines + tail + end) + "\n")
            written.append(path)
    return written


def write_all(run_dir: Path) -> list[Path]:
    rs = sorted(results.read(run_dir), key=lambda r: r.cell)
    triples = {}
    for name, path in find_arches(ROOT).items():
        try:
            triples[name] = load_arch(path).triple
        except ConfigError:
            pass
    return [write_html(run_dir, rs), write_markdown(run_dir, rs), write_junit(run_dir, rs),
            *write_dejagnu(run_dir, rs, triples)]
