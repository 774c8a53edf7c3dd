"""`python3 -m harness coverage`: run the matrix with --coverage, then per arch an lcov tracefile and
a genhtml report of the cases' own C sources, and the never-executed-CHECK gate (checkgate.py).

Layout under the run directory (results/coverage/<run-id>/ by default):
  coverage/index.html              one page: per-arch line coverage, the gate's verdict, links
  coverage/<arch>.info, all.info   lcov tracefiles (all = every arch summed)
  coverage/<arch>/index.html       genhtml per arch; coverage/all/ for the union
  coverage/gate.txt, gate.json     the CHECK lines that never ran (and the cases with no data)
  coverage/toolchain/              with --toolchain-gcov: see toolcov.py
"""
from __future__ import annotations

import argparse
import filecmp
import html
import json
import os
import re
import shutil
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import checkgate, gcovdata, results, status, toolcov
from .covrun import genhtml, run_argv, run_matrix
from .platforms import ROOT, load_arch, select_arches

def ran_to_the_end(r: results.Result) -> bool:
    """Did the cell's programs run to their end (status.ran_to_end: exit 0, or 77 by their own
    choice)? Also when it FAILed only on an ELF or build expectation (instrumented builds differ
    there), not in a run or gdb step. A cell that failed in a run (XFAIL: the cited bug) stopped at
    the failing CHECK, so the CHECKs after it did not run there."""
    if status.get(r.status).ran_to_end:
        return True
    if r.status not in ("FAIL", "XFAIL"):
        return False
    if r.phase:
        return r.phase not in ("run", "gdb")
    return not re.search(r"\b(run|gdb) \d+:", r.reason)     # a record written before results had phases


def add_parser(sub) -> None:
    s = sub.add_parser("coverage", help="run the matrix with --coverage: lcov/genhtml per arch and the "
                                        "never-executed-CHECK gate (exit 1 when a CHECK never ran)")
    s.add_argument("paths", nargs="*", help="case directories (default cases/)")
    s.add_argument("--arch")
    s.add_argument("--profile")
    s.add_argument("--profile-file", action="append", default=[])
    s.add_argument("-k")
    s.add_argument("-n", "--jobs", default=os.environ.get("JOBS", "auto"))
    s.add_argument("--results-root", default=str(ROOT / "results" / "coverage"),
                   help="where coverage runs go (default results/coverage: results/latest stays the last plain run)")
    s.add_argument("--run-dir")
    s.add_argument("--cache-dir")
    s.add_argument("--cases-root")
    s.add_argument("--from", dest="from_run", metavar="RUN_DIR", help="report on an existing --coverage run")
    s.add_argument("--no-html", action="store_true", help="tracefiles and the gate only (what make test needs)")
    s.add_argument("--staged", action="store_true",
                   help="gate for less: every case on the native arch first, the other arches only for the "
                        "cases that still have a never-executed CHECK (make test)")
    s.add_argument("--toolchain-gcov", metavar="DIR",
                   help="build tree of an instrumented toolchain component the matrix runs: run the families "
                        "one at a time (fresh build cache each), capture DIR's .gcda files after each")
    s.add_argument("--toolchain-gcov-tool", default="gcov", help="gcov matching the compiler that built DIR")
    s.add_argument("--toolchain-exclude", action="append", default=[],
                   help="lcov --remove pattern for the toolchain report (default '/usr/*')")
    s.set_defaults(fn=command)


# ---- collection ----------------------------------------------------------------------------

def _resolver(case_dir: Path, check_h: Path, work: Path | None = None, stale: set[str] | None = None):
    """Map a source file as gcov names it (relative to the build directory) to the case's file.
    With `work`, the copy the cell was built from must still equal the case's file; a file edited
    since is left out (its line numbers may have moved) and its name added to `stale`."""
    same: dict[str, bool] = {}

    def resolve(name: str, cwd: str) -> str | None:
        if os.path.isabs(name):
            if not cwd or not name.startswith(cwd.rstrip("/") + "/"):
                return None                      # a system header, say
            name = name[len(cwd.rstrip("/")) + 1:]
        path = check_h if name == "check.h" else case_dir / name
        if not path.is_file():
            return None
        if work is not None:
            if name not in same:
                built = work / name
                same[name] = built.is_file() and filecmp.cmp(built, path, shallow=False)
            if not same[name]:
                if stale is not None:
                    stale.add(str(path))
                return None
        return str(path)
    return resolve


def _gcov_tool(arch_name: str) -> str:
    try:
        triple = load_arch(ROOT / "arch" / f"{arch_name}.toml").triple
    except Exception:                # an arch file that went away: the host's gcov may still read it
        return "gcov"
    tool = f"{triple}-gcov"
    return tool if shutil.which(tool) else "gcov"


def collect(run_dirs: list[Path], cases_root: Path, check_h: Path, jobs: int):
    """(arch -> Coverage, the cases with data, case -> statuses of its cells, gcov problems, the
    source files left out because they were edited after the run built them)."""
    tools: dict[str, str] = {}
    cells = []
    statuses: dict[str, Counter] = {}
    reasons: dict[str, str] = {}
    for run_dir in run_dirs:
        for r in results.read(run_dir):
            statuses.setdefault(r.case, Counter())[r.status] += 1
            if r.reason and r.case not in reasons:
                reasons[r.case] = r.reason
            work = run_dir / "cells" / r.cell / "work"
            if work.is_dir():
                gcdas = sorted(work.rglob("*.gcda"))
                if gcdas:
                    tools.setdefault(r.arch, _gcov_tool(r.arch))
                    cells.append((r, work, gcdas))

    def one(item):
        r, work, gcdas = item
        docs, problems = gcovdata.run_gcov(tools[r.arch], gcdas, work, work.parent)
        edited: set[str] = set()
        cov = gcovdata.add_documents({}, docs, _resolver(cases_root / r.case, check_h, work, edited))
        if edited:
            problems = (f"left out, edited since the run built them: {' '.join(sorted(edited))}\n" + problems).strip()
        return r, cov, problems, edited

    per_arch: dict[str, gcovdata.Coverage] = {}
    ran: set[str] = set()
    problems: list[str] = []
    stale: set[str] = set()
    unread: dict[str, str] = {}          # case -> why gcov gave no counts for a cell that ran
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for r, cov, trouble, edited in pool.map(one, cells):
            stale |= edited
            gcovdata.merge_into(per_arch.setdefault(r.arch, {}), cov)
            if ran_to_the_end(r) and cov:
                ran.add(r.case)
            elif ran_to_the_end(r):       # it ran, but its counts could not be read: no data, not a dead CHECK
                unread.setdefault(r.case, (trouble or "no counts").splitlines()[0][:160])
            if trouble:
                problems.append(f"{r.cell}: {trouble.splitlines()[0][:300]}")
    why = {case: ", ".join(f"{s} {n}" for s, n in sorted(c.items())) + (f" ({reasons[case][:160]})"
                                                                          if case in reasons else "")
           for case, c in statuses.items()}
    for case, trouble in unread.items():
        if case not in ran:
            why[case] = f"ran, but gcov gave no counts ({trouble})"
    return per_arch, ran, why, problems, stale


# ---- reports -------------------------------------------------------------------------------

def _pct(hit: int, found: int) -> str:
    return f"{100.0 * hit / found:.1f}%" if found else "-"


def write_index(out: Path, rows: list[tuple[str, int, int, bool]], gate_text: str, extra: str = "") -> Path:
    def cell(name: str, linked: bool) -> str:
        n = html.escape(name)
        return f'<a href="{n}/index.html">{n}</a>' if linked else n
    body = "".join(f"<tr><td>{cell(name, linked)}</td><td>{found}</td><td>{hit}</td><td>{_pct(hit, found)}</td></tr>"
                   for name, found, hit, linked in rows)
    page = (f"<!doctype html><meta charset=utf-8><title>dsoconf coverage</title>"
            f"<style>body{{font-family:sans-serif}}td,th{{padding:2px 10px;text-align:right}}"
            f"td:first-child{{text-align:left}}pre{{background:#f4f4f4;padding:8px}}</style>"
            f"<h1>dsoconf: coverage of the cases' C sources</h1>"
            f"<table><tr><th>arch</th><th>lines</th><th>executed</th><th>%</th></tr>{body}</table>"
            f"<h2>Never-executed CHECKs</h2><pre>{html.escape(gate_text)}</pre>{extra}")
    path = out / "index.html"
    path.write_text(page)
    return path


def analyse(run_dirs: list[Path], out: Path, cases_root: Path, jobs: int,
            html_reports: bool) -> tuple[checkgate.GateResult, str]:
    """Tracefiles, HTML and the gate for the cells of `run_dirs`; returns the gate and its text."""
    check_h = cases_root / "lib" / "check.h"
    if not check_h.exists():
        check_h = ROOT / "cases" / "lib" / "check.h"
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    per_arch, ran, why, problems, stale = collect(run_dirs, cases_root, check_h, jobs)
    union: gcovdata.Coverage = {}
    for cov in per_arch.values():
        gcovdata.merge_into(union, cov)
    infos = {arch: gcovdata.write_info(cov, out / f"{arch}.info", arch) for arch, cov in sorted(per_arch.items())}
    if per_arch:
        infos["all"] = gcovdata.write_info(union, out / "all.info", "all")
    print(f"coverage: {len(ran)} cases with data, gcov in {time.monotonic() - t0:.1f}s", flush=True)
    for p in problems[:10]:
        print(f"coverage: gcov: {p}", file=sys.stderr)

    case_ids = set()
    for run_dir in run_dirs:
        case_ids |= {r.case for r in results.read(run_dir)}
    checks = checkgate.all_checks(cases_root, case_ids, checkgate.check_macros(check_h))
    gate = checkgate.decide(checks, per_arch, ran, why, stale)
    text = checkgate.format_result(gate, cases_root)
    (out / "gate.txt").write_text(text + "\n")
    (out / "gate.json").write_text(json.dumps({
        "checks": gate.checks, "executed": gate.executed,
        "violations": [{"where": v.check.where(cases_root), "case": v.check.case, "macro": v.check.macro,
                        "why": v.why, "text": v.check.text} for v in gate.violations],
        "not_judged": gate.not_run}, indent=1))

    linked = set()
    if html_reports and infos:
        t0 = time.monotonic()
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            errors = list(pool.map(lambda kv: genhtml(kv[1], out / kv[0], f"dsoconf cases, {kv[0]}", cases_root),
                                   infos.items()))
        for name, err in zip(infos, errors):
            if err:
                print(f"coverage: {err}", file=sys.stderr)
            else:
                linked.add(name)
        print(f"coverage: genhtml in {time.monotonic() - t0:.1f}s", flush=True)
    rows = [(name, *gcovdata.totals(per_arch[name] if name != "all" else union), name in linked)
            for name in infos]
    toolchain = out / "toolchain" / "index.html"
    extra = '<p><a href="toolchain/index.html">toolchain coverage</a></p>' if toolchain.exists() else ""
    index = write_index(out, rows, text, extra)
    for name, found, hit, _ in rows:
        print(f"coverage: {name:10} {hit:6} of {found:6} lines ({_pct(hit, found)})")
    print(f"coverage: {index}")
    return gate, text


def run_staged(a: argparse.Namespace, base: Path, cases_root: Path, jobs: int) -> tuple[list[Path], int]:
    """The gate's verdict for less: a CHECK passes when it ran on any arch, so run every case on
    the first arch (the native one if selected), then the other arches only for the cases that
    still have a never-executed CHECK or no data. Same verdict as running everything."""
    arches = select_arches(a.arch, ROOT)
    first = next((x for x in arches if x.native), arches[0]).name
    rest = [x.name for x in arches if x.name != first]
    paths = [str(Path(p).resolve()) for p in a.paths]
    stage1 = base / f"stage1-{first}"
    rc = run_matrix(run_argv(argparse.Namespace(**{**vars(a), "arch": first}), paths, stage1, a.cache_dir))
    if not rest or not (stage1 / results.RESULTS_FILE).exists():
        return [stage1], rc
    gate, _ = analyse([stage1], base / "coverage", cases_root, jobs, False)
    need = sorted({v.check.case for v in gate.violations} | set(gate.not_run))
    print(f"coverage: staged: {len(need)} cases still need {', '.join(rest)}", flush=True)
    if not need:
        return [stage1], rc
    stage2 = base / "stage2"
    rc2 = run_matrix(run_argv(argparse.Namespace(**{**vars(a), "arch": ",".join(rest)}),
                              [str(cases_root / c) for c in need], stage2, a.cache_dir))
    return [stage1, stage2], max(rc, rc2)


def command(a: argparse.Namespace, extra: list[str]) -> int:
    cases_root = Path(a.cases_root).resolve() if a.cases_root else ROOT / "cases"
    a.results_root = str(Path(a.results_root).resolve())
    jobs = os.cpu_count() or 1
    matrix_rc = 0
    if a.from_run:
        base = Path(a.from_run).resolve()
        run_dirs = [base] if (base / results.RESULTS_FILE).exists() else \
            sorted(p.parent for p in base.glob(f"*/{results.RESULTS_FILE}"))
    elif a.staged:
        base = Path(a.run_dir).resolve() if a.run_dir else \
            Path(a.results_root) / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-staged"
        run_dirs, matrix_rc = run_staged(a, base, cases_root, jobs)
    elif a.toolchain_gcov:
        base = Path(a.run_dir).resolve() if a.run_dir else \
            Path(a.results_root) / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-toolchain"
        run_dirs, matrix_rc = toolcov.run_families(a, base, cases_root)
    else:
        base = Path(a.run_dir).resolve() if a.run_dir else \
            Path(a.results_root) / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
        run_dirs = [base]
        matrix_rc = run_matrix(run_argv(a, [str(Path(p).resolve()) for p in a.paths], base, a.cache_dir))
    if not any((d / results.RESULTS_FILE).exists() for d in run_dirs):
        print(f"coverage: no results in {base}", file=sys.stderr)
        return 2
    if a.toolchain_gcov and not a.from_run:
        toolcov.report(base / "coverage" / "toolchain", a.toolchain_exclude or ["/usr/*"])
    gate, text = analyse(run_dirs, base / "coverage", cases_root, jobs, not a.no_html)
    print(text)
    if matrix_rc == 1:
        print("coverage: some cells did not pass in the coverage run; that is not the gate's business "
              "(instrumented builds differ, e.g. in ELF notes and relocations): the plain run judges them")
    if matrix_rc not in (0, 1):
        print(f"coverage: the matrix run ended with status {matrix_rc}", file=sys.stderr)
        return 2
    return 0 if gate.ok else 1
