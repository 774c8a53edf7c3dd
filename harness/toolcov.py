"""Coverage of an instrumented toolchain component (say mold built with --coverage) by the suite.

The component's build tree DIR collects .gcda files whenever the matrix runs the component. To
tell which case families reach which of its source files, the families run one at a time: DIR's
.gcda files are deleted, the family runs with a fresh build cache (so every build step really
runs the component; a warm cache would start no compiler or linker), and DIR's counts (gcov's
JSON, see capture) become that family's lcov tracefile. The start-up probe's hello-world build
is part of every family's run, so the lines a plain link reaches appear under every family.

Output in <run>/coverage/toolchain/: <family>.info, total.info, html/ (genhtml of the union),
families.md / families.json (per source file: lines, lines reached, lines reached by each family),
index.html.
"""
from __future__ import annotations

import argparse
import fnmatch
import html
import json
import os
import shutil
import time
from pathlib import Path

from . import gcovdata
from .covrun import genhtml, run_argv, run_matrix

LCOV_TIMEOUT = 3600.0


def zero(build_tree: Path) -> int:
    """Delete every .gcda file under build_tree (lcov --zerocounters does the same); how many."""
    n = 0
    for p in build_tree.rglob("*.gcda"):
        p.unlink(missing_ok=True)
        n += 1
    return n


def capture(build_tree: Path, gcov_tool: str, info: Path, excludes: list[str]) -> str | None:
    """The counts of build_tree's .gcda files as an lcov tracefile `info` (empty when nothing ran),
    leaving out files matching an `excludes` pattern; an error line or None.

    gcov --json-format over every .gcda at once, not `lcov --capture`: geninfo took over three
    minutes per capture of mold's 75 .gcda files here (its per-line Perl over every template
    instantiation); gcov's JSON holds the same line and function counts."""
    gcdas = sorted(build_tree.rglob("*.gcda"))
    if not gcdas:
        info.write_text("")
        return None

    def resolve(name: str, cwd: str) -> str | None:
        path = os.path.normpath(name if os.path.isabs(name) else os.path.join(cwd, name))
        return None if any(fnmatch.fnmatch(path, pat) for pat in excludes) else path

    docs, problems = gcovdata.run_gcov(gcov_tool, gcdas, build_tree, info.parent, LCOV_TIMEOUT, 4 << 30)
    if not docs:
        return f"{gcov_tool} on {build_tree}: {problems.splitlines()[-1] if problems else 'no output'}"
    gcovdata.write_info(gcovdata.add_documents({}, docs, resolve), info, info.stem)
    return None


def families(paths: list[str], cases_root: Path) -> list[tuple[str, Path]]:
    """(name, directory) of each family to run: the given case directories, or every family."""
    if paths:
        dirs = [Path(p).resolve() for p in paths]
        return [(d.relative_to(cases_root).as_posix() if d.is_relative_to(cases_root) else d.name, d) for d in dirs]
    return [(d.name, d) for d in sorted(cases_root.iterdir()) if d.is_dir() and d.name != "lib"
            and any(d.rglob("case.toml"))]


def run_families(a: argparse.Namespace, base: Path, cases_root: Path) -> tuple[list[Path], int]:
    tree = Path(a.toolchain_gcov).resolve()
    out = base / "coverage" / "toolchain"
    out.mkdir(parents=True, exist_ok=True)
    excludes = a.toolchain_exclude or ["/usr/*"]
    run_dirs, worst, log = [], 0, []
    for name, path in families(a.paths, cases_root):
        zero(tree)
        cache = base / ".cache" / name.replace("/", "_")
        run_dir = base / name.replace("/", "_")
        t0 = time.monotonic()
        rc = run_matrix(run_argv(a, [str(path)], run_dir, str(cache)))
        if rc == 5:                   # pytest: no cells here (a family the profile does not build)
            shutil.rmtree(cache, ignore_errors=True)
            continue
        shutil.rmtree(cache, ignore_errors=True)
        gcdas = sum(1 for _ in tree.rglob("*.gcda"))
        t1 = time.monotonic()
        err = capture(tree, a.toolchain_gcov_tool, out / f"{name.replace('/', '_')}.info", excludes)
        log.append({"family": name, "run_seconds": round(t1 - t0, 1),
                    "capture_seconds": round(time.monotonic() - t1, 1),
                    "gcda_files": gcdas, "matrix_status": rc, "error": err})
        print(f"toolchain coverage: {name}: run {t1 - t0:.0f}s, {gcdas} .gcda files, capture "
              f"{time.monotonic() - t1:.0f}s" + (f"; {err}" if err else ""), flush=True)
        run_dirs.append(run_dir)
        worst = max(worst, rc)
    (out / "runs.json").write_text(json.dumps({"build_tree": str(tree), "gcov_tool": a.toolchain_gcov_tool,
                                               "excludes": excludes, "families": log}, indent=1))
    return run_dirs, worst


def attribution(per_family: dict[str, gcovdata.Coverage]) -> tuple[gcovdata.Coverage, list[dict]]:
    """The union, and one row per source file: lines, lines reached, lines reached per family and
    lines that only one family reaches."""
    total: gcovdata.Coverage = {}
    for cov in per_family.values():
        gcovdata.merge_into(total, cov)
    rows = []
    for path in sorted(total):
        reached = {fam: {ln for ln, c in cov[path].lines.items() if c > 0} for fam, cov in per_family.items()
                   if path in cov}
        only = {}
        for fam, lines in reached.items():
            others = set().union(*(v for f, v in reached.items() if f != fam))
            if lines - others:
                only[fam] = len(lines - others)
        rows.append({"file": path, "lines": len(total[path].lines), "reached": total[path].hit,
                     "families": {fam: len(v) for fam, v in reached.items() if v}, "only": only})
    return total, rows


def _short(path: str, prefix: str) -> str:
    return path[len(prefix):] if prefix and path.startswith(prefix) else path


def report(out: Path, excludes: list[str]) -> Path | None:
    infos = sorted(p for p in out.glob("*.info") if p.name != "total.info")
    if not infos:
        return None
    per_family = {p.stem: gcovdata.read_info(p) for p in infos}
    total, rows = attribution(per_family)
    gcovdata.write_info(total, out / "total.info", "suite")
    prefix = os.path.commonpath([os.path.dirname(r["file"]) for r in rows]).rstrip("/") + "/" if rows else ""
    err = genhtml(out / "total.info", out / "html", "toolchain component, whole suite") if rows else None
    fams = sorted(per_family)
    found, hit = gcovdata.totals(total)
    md = [f"Toolchain coverage: {hit} of {found} lines reached ({100.0 * hit / max(found, 1):.1f}%), "
          f"{sum(1 for r in rows if r['reached'])} of {len(rows)} files", "",
          "| family | lines reached | files reached | lines only this family reaches |", "|---|---:|---:|---:|"]
    for fam in fams:
        f_found, f_hit = gcovdata.totals(per_family[fam])
        files = sum(1 for r in rows if r["families"].get(fam))
        only = sum(r["only"].get(fam, 0) for r in rows)
        md.append(f"| {fam} | {f_hit} | {files} | {only} |")
    md += ["", "| file | lines | reached | " + " | ".join(fams) + " |", "|---|---:|---:|" + "---:|" * len(fams)]
    for r in rows:
        md.append(f"| {_short(r['file'], prefix)} | {r['lines']} | {r['reached']} | "
                  + " | ".join(str(r["families"].get(f, "")) for f in fams) + " |")
    (out / "families.md").write_text("\n".join(md) + "\n")
    (out / "families.json").write_text(json.dumps({"prefix": prefix, "files": rows}, indent=1))
    table = "".join(f"<tr><td>{html.escape(_short(r['file'], prefix))}</td><td>{r['lines']}</td><td>{r['reached']}</td>"
                    + "".join(f"<td>{r['families'].get(f, '')}</td>" for f in fams) + "</tr>" for r in rows)
    page = (f"<!doctype html><meta charset=utf-8><title>toolchain coverage</title>"
            f"<style>body{{font-family:sans-serif}}td,th{{padding:2px 8px;text-align:right}}"
            f"td:first-child{{text-align:left}}</style><h1>Toolchain component coverage by the suite</h1>"
            f"<p>{html.escape(md[0])}. " + ("" if err else '<a href="html/index.html">line-by-line report</a>. ')
            + f"Excluded: {html.escape(' '.join(excludes))}. Source prefix: {html.escape(prefix)}</p>"
            f"<table><tr><th>file</th><th>lines</th><th>reached</th>"
            + "".join(f"<th>{html.escape(f)}</th>" for f in fams) + f"</tr>{table}</table>")
    (out / "index.html").write_text(page)
    print("\n".join(md[:len(fams) + 4]))
    if err:
        print(f"toolchain coverage: {err}")
    print(f"toolchain coverage: {out / 'index.html'}")
    return out / "index.html"
