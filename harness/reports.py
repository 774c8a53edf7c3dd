"""Reports written from results.jsonl: report.html, summary.md, junit.xml, DejaGnu .sum/.log."""
from __future__ import annotations

import datetime
import json
import platform
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

import jinja2

from . import results
from .platforms import ROOT, ConfigError, find_arches, load_arch
from . import status
from .results import Result
from .status import STATUSES

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


def write_html(run_dir: Path, rs: list[Result]) -> Path:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    columns, rows = _matrix(rs)
    arch_of = {r.column: r.arch for r in rs}
    disagree = {(case, variant): disagreements(cells) for case, variant, cells in rows}
    disagree_arches = sorted({a for arches in disagree.values() for a in arches})
    families = sorted({r.family for r in rs})
    cell_files = ("build.log", "run1.stdout", "run1.stderr", "gdb1.out", "repro.sh")
    links = {r.cell: [f for f in cell_files if (run_dir / "cells" / r.cell / f).exists()] for r in rs}
    html = env.get_template("report.html.j2").render(
        run=run_dir.name, columns=columns, rows=rows, counts=column_counts(rs), statuses=STATUSES,
        families=families, links=links, total=Counter(r.status for r in rs), arch_of=arch_of,
        disagree=disagree, disagree_arches=disagree_arches,
        tools={c: v for c, v in tool_versions(run_dir).items() if c in columns})
    path = run_dir / "report.html"
    path.write_text(html)
    return path


COMPARISON_FILE = "comparison.txt"


def write_markdown(run_dir: Path, rs: list[Result]) -> Path:
    columns, rows = _matrix(rs)
    counts = column_counts(rs)
    out = [f"# dsoconf run {run_dir.name}", "", "| column | " + " | ".join(STATUSES) + " |",
           "|---|" + "---|" * len(STATUSES)]
    out += [f"| {c} | " + " | ".join(str(counts[c][s]) for s in STATUSES) + " |" for c in columns]
    comparison = run_dir / COMPARISON_FILE
    if comparison.exists():        # written by `harness run --compare`: the verdict against the baselines
        out += ["", "## Compared with the baselines", "", "```", comparison.read_text().rstrip(), "```"]
    bad = [(case, variant, cells) for case, variant, cells in rows
           if any(r.status != "PASS" for r in cells.values())]
    if bad:
        out += ["", "## Cells that did not pass", "", "| case | variant | " + " | ".join(columns) + " |",
                "|---|---|" + "---|" * len(columns)]
        for case, variant, cells in bad:
            out.append(f"| {case} | {variant} | " + " | ".join(
                cells[c].status if c in cells else "" for c in columns) + " |")
        out += ["", "### Reasons", ""]
        for case, variant, cells in bad:
            for c in columns:
                r = cells.get(c)
                if r and r.status != "PASS":
                    out.append(f"- `{r.cell}` **{r.status}**: {r.reason}")
    else:
        out += ["", f"All {len(rs)} cells passed."]
    split = [(case, variant, cells, disagreements(cells)) for case, variant, cells in rows]
    split = [row for row in split if row[3]]
    if split:
        out += ["", "## Where profiles disagree", ""]
        for case, variant, cells, arches in split:
            for arch in arches:
                by = ", ".join(f"{r.profile} {r.status}" for c, r in sorted(cells.items()) if r.arch == arch)
                out.append(f"- {case} [{variant}] on {arch}: {by}")
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
