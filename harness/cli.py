"""python3 -m harness run|list|report|compare|baseline|repro|new-case|probe"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from . import (baseline, bench, columns, covreport, gobuild, goprobe, history, interesting, merge, options, reduce,
               reports, results, status, tools, verdict)
from .cache import default_root
from .export import export, show
from .manifest import ManifestError, load_case
from .platforms import ROOT, select_arches, select_profiles

RESULTS = ROOT / "results"


def _run_dir(arg: str | None) -> Path:
    path = Path(arg) if arg else RESULTS / "latest"
    if not (path / results.RESULTS_FILE).exists() and (RESULTS / str(arg)).exists():
        path = RESULTS / str(arg)
    return path.resolve()


def cmd_run(a: argparse.Namespace, extra: list[str]) -> int:
    import pytest
    cases_root = Path(a.cases_root).resolve() if a.cases_root else ROOT / "cases"
    args = [*(a.paths or [str(cases_root)]), "--rootdir", str(ROOT), "-c", str(ROOT / "pytest.ini"), "-q", "-rfE",
            *options.argv({o.dest: getattr(a, o.dest) for o in options.RUN if o.dest != "cases_root"}),
            "--cases-root", str(cases_root)]
    if a.jobs != "0":
        args += ["-n", a.jobs]
    if a.k:
        args += ["-k", a.k]
    if a.x:
        args.append("-x")
    args += extra
    rc = int(pytest.main(args))
    run_dir = Path(a.run_dir).resolve() if a.run_dir else Path(a.results_root or RESULTS) / "latest"
    if a.compare and rc in (0, 1) and (run_dir / results.RESULTS_FILE).exists():
        # the cases outside a --sample did not run: not "removed"
        verdict.write_compare(run_dir, Path(a.compare).resolve(), sample=bool(a.sample))
        rs = sorted(results.read(run_dir), key=lambda r: r.cell)
        v = verdict.for_run(run_dir, rs)
        text = verdict.format_text(v) + "\n"
        print(f"\n== {text}")
        (run_dir / reports.COMPARISON_FILE).write_text(text)
        reports.write_html(run_dir, rs)
        reports.write_markdown(run_dir, rs)
        rc = 1 if v.regressions else 0
    if (run_dir / "report.html").exists():
        print(f"report: {run_dir / 'report.html'}")
    return rc


def _load_all(cases_root: Path):
    for path in sorted(cases_root.rglob("case.toml")):
        try:
            yield path, load_case(path, cases_root), None
        except ManifestError as e:
            yield path, None, e


def cmd_list(a: argparse.Namespace, extra: list[str]) -> int:
    bad = 0
    for path, case, err in _load_all(ROOT / "cases"):
        if err:
            bad += 1
            print(f"ERROR {err}")
            continue
        n = 1
        for _, values in case.variants:
            n *= len(values)
        print(f"{case.id:40} {n:2} variant(s)  {case.title}")
    return 1 if bad else 0


def cmd_report(a: argparse.Namespace, extra: list[str]) -> int:
    run_dir = _run_dir(a.run)
    if a.compare:
        verdict.write_compare(run_dir, Path(a.compare).resolve(), sample=a.sample)
    for p in reports.write_all(run_dir):
        print(p)
    return 0


def cmd_compare(a: argparse.Namespace, extra: list[str]) -> int:
    new_dir = _run_dir(a.new)
    old = baseline.statuses(Path(a.old))
    if (new_dir / results.RESULTS_FILE).exists():
        v = verdict.judge(results.read(new_dir), old, a.old)
    else:
        v = verdict.for_statuses(baseline.statuses(new_dir), old, a.old)
    print(verdict.format_text(v))
    return 1 if v.regressions else 0


def cmd_baseline(a: argparse.Namespace, extra: list[str]) -> int:
    for p in baseline.write_baselines(_run_dir(a.run), Path(a.out)):
        print(p)
    return 0


def cmd_merge(a: argparse.Namespace, extra: list[str]) -> int:
    out = merge.merge(Path(a.out), [Path(d) for d in a.shards])
    print(f"merged {len(a.shards)} runs into {out}; report: {out / 'report.html'}")
    return 1 if any(r.status in status.BAD for r in results.read(out)) else 0


def cmd_history(a: argparse.Namespace, extra: list[str]) -> int:
    print(history.write(Path(a.results_root)))
    return 0


def cmd_show(a: argparse.Namespace, extra: list[str]) -> int:
    try:
        print(show(_run_dir(a.run), a.cell, a.lines))
    except KeyError as e:
        print(e.args[0], file=sys.stderr)
        return 2
    return 0


def cmd_export(a: argparse.Namespace, extra: list[str]) -> int:
    try:
        path = export(_run_dir(a.run), a.cell, Path(a.output) if a.output else None)
    except (KeyError, FileNotFoundError) as e:
        print(e.args[0], file=sys.stderr)
        return 2
    print(path)
    return 0


def cmd_repro(a: argparse.Namespace, extra: list[str]) -> int:
    script = _run_dir(a.run) / "cells" / a.cell / "repro.sh"
    if not script.exists():
        print(f"no repro.sh for {a.cell} in {script.parent.parent}", file=sys.stderr)
        return 2
    print(f"+ sh {script}", flush=True)
    return subprocess.run(["sh", str(script)], timeout=3600).returncode


def cmd_probe(a: argparse.Namespace, extra: list[str]) -> int:
    arches = select_arches(a.arch, ROOT, emulated=a.emulated, boards=a.board)
    profiles = select_profiles(a.profile, a.profile_file or [])
    cache_root = Path(a.cache_dir) if a.cache_dir else default_root()
    pairs = [(x, p) for x in arches for p in profiles if p.applies_to(x)]
    found = columns.probe_all(pairs, cache_root)
    failed = False
    for (arch, prof), pr in found.items():
        print(f"{arch}-{prof}: {'ok' if pr.ok else 'UNSUPPORTED'}  libc={pr.libc}  "
              f"{'native' if pr.native else 'qemu'}" + (f"\n  {pr.reason}" if pr.reason else "")
              + (f"\n  Go lane UNSUPPORTED: {pr.go_reason}" if pr.go_reason else ""))
        for tool, version in pr.versions.items():
            print(f"  {tool}: {version}")
        if pr.components:
            print("  components (version.<name> in rules): "
                  + " ".join(f"{name}={v}" for name, v in sorted(pr.components.items())))
    if a.go_std:        # one at a time: each build already uses every core
        for x, p in pairs:
            pr = found[(x.name, p.name)]
            if pr.ok and "go" in p.langs and not pr.go_reason:
                try:
                    print(f"{x.name}-{p.name}: {goprobe.prepare_std(x, p, pr, cache_root)}", flush=True)
                except gobuild.STD_ERRORS as e:
                    print(f"{x.name}-{p.name}: shared std FAILED: {e}", flush=True)
                    failed = True
    print("host tools used by later lanes:")
    for tool, why in (("gdb-multiarch", "gdb family: native and qemu -g debugging"),
                      ("gdb", "gdb family: native debugging"), ("go", "Go lane"), ("gccgo", "Go lane (gccgo)")):
        path = shutil.which(tool)
        version = tools.version_line([path, "--version"]) if path else "not found in PATH"
        print(f"  {tool}: {version}  ({why})")
    return 0 if all(p.ok for p in found.values()) and not failed else 1


NEW_CASE_TOML = '''title = "{title}"
refs = ["TODO: the ABI section, man page or bug this case checks"]
# requires = ["threads"]                       # features; the cell is UNSUPPORTED when one is missing
# timeout = 10                                 # seconds per run (times the arch's timeout_factor)
# unsupported = [{{ when = "ppc64le", reason = "why this cannot run there" }}]
# xfail = [{{ when = "libc-musl", bug = "https://bug.tracker/id" }}]

# [variants]                                   # every combination is a cell; use {{axis}} in flags
# model = ["global-dynamic", "initial-exec"]

[[build]]
out = "libdemo.so"                             # .so = shared, .o = object, else executable
src = ["lib.c"]
# cflags = ["-ftls-model={{model}}"]
# ldflags = ["-Wl,-z,now"]
# build_error = "regex"                        # this step must fail with matching output

[[build]]
out = "main"
src = ["main.c"]
link = ["libdemo.so"]                          # rpath is $ORIGIN

[[run]]
argv = ["./main"]
# env = {{ NAME = "value" }}
exit = 0
stdout = "demo_add(2, 3) = 5\\n"
# stdout_re = "regex"
# stderr_re = "regex"

# [[elf]]
# file = "libdemo.so"
# when = "amd64"
# relocs_include = ["JUMP_SLOT"]               # arch-neutral names, see cases/README.md
# relocs_exclude = ["TEXTREL"]
# dynamic_include = ["SONAME"]
# dynsym_include = ["demo_add"]
'''
NEW_CASE_LIB = '''int demo_add(int a, int b) { return a + b; }
'''
NEW_CASE_MAIN = '''#include <stdio.h>
#include "check.h"

int demo_add(int a, int b);

int main(void) {
  CHECK_EQ_INT(demo_add(2, 3), 5);
  printf("demo_add(2, 3) = %d\\n", demo_add(2, 3));
  return 0;
}
'''


def cmd_new_case(a: argparse.Namespace, extra: list[str]) -> int:
    parts = a.name.strip("/").split("/")
    if len(parts) < 2 or any(p in ("", ".", "..") for p in parts):
        print("new-case: give FAMILY/NAME, e.g. tls/gd-exe", file=sys.stderr)
        return 2
    d = ROOT / "cases" / a.name.strip("/")
    if d.exists():
        print(f"new-case: {d} exists", file=sys.stderr)
        return 2
    d.mkdir(parents=True)
    (d / "case.toml").write_text(NEW_CASE_TOML.format(title=a.title or parts[-1].replace("-", " ")))
    (d / "lib.c").write_text(NEW_CASE_LIB)
    (d / "main.c").write_text(NEW_CASE_MAIN)
    print(f"created {d}; try: python3 -m harness run -k {parts[-1]}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1:]
    p = argparse.ArgumentParser(prog="python3 -m harness", description="dsoconf: shared-library toolchain matrix")
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="run the matrix (pytest underneath; pass pytest options after --)")
    r.add_argument("paths", nargs="*", help="case directories or case.toml files (default cases/)")
    r.add_argument("-k", help="pytest -k expression over case ids, columns and variants")
    r.add_argument("-x", action="store_true", help="stop at the first failure")
    r.add_argument("-n", "--jobs", default=os.environ.get("JOBS", "auto"), help="parallel workers (0 = none)")
    options.add_to_argparse(r)
    r.add_argument("--compare", metavar="BASELINES", help="exit 1 on regressions against these baselines")
    r.set_defaults(fn=cmd_run)
    s = sub.add_parser("list", help="list cases; validate every case.toml")
    s.set_defaults(fn=cmd_list)
    s = sub.add_parser("report", help="rewrite the reports of a run")
    s.add_argument("run", nargs="?")
    s.add_argument("--compare", metavar="BASELINES", help="judge the run against these baselines in the reports")
    s.add_argument("--sample", action="store_true",
                   help="with --compare: the run was a --sample, the baseline's cells it did not run are not 'removed'")
    s.set_defaults(fn=cmd_report)
    s = sub.add_parser("compare", help="OLD NEW: runs or baselines; exit 1 on regressions")
    s.add_argument("old")
    s.add_argument("new", nargs="?")
    s.set_defaults(fn=cmd_compare)
    s = sub.add_parser("baseline", help="write results/baselines/<column>.json from a run")
    s.add_argument("run", nargs="?")
    s.add_argument("--out", default=str(RESULTS / "baselines"))
    s.set_defaults(fn=cmd_baseline)
    s = sub.add_parser("merge", help="OUT SHARD_RUN...: join shard runs into one run and report")
    s.add_argument("out")
    s.add_argument("shards", nargs="+")
    s.set_defaults(fn=cmd_merge)
    s = sub.add_parser("history", help="write results/history.html: pass counts per column over runs")
    s.add_argument("--results-root", default=str(RESULTS))
    s.set_defaults(fn=cmd_history)
    s = sub.add_parser("show", help="print one cell's status, reason, logs and output")
    s.add_argument("cell")
    s.add_argument("--run")
    s.add_argument("--lines", type=int, default=40, help="last N lines of each log")
    s.set_defaults(fn=cmd_show)
    s = sub.add_parser("export", help="write a tarball of one cell to attach to a bug report")
    s.add_argument("cell")
    s.add_argument("--run")
    s.add_argument("-o", "--output", help="the .tar.gz to write (default ./dsoconf-<cell>.tar.gz)")
    s.set_defaults(fn=cmd_export)
    s = sub.add_parser("repro", help="rerun one cell's repro.sh, e.g. tls/gd-exe/default/arm64-gcc-bfd")
    s.add_argument("cell")
    s.add_argument("--run")
    s.set_defaults(fn=cmd_repro)
    s = sub.add_parser("new-case", help="scaffold cases/FAMILY/NAME")
    s.add_argument("name")
    s.add_argument("--title")
    s.set_defaults(fn=cmd_new_case)
    covreport.add_parser(sub)
    bench.add_parser(sub)
    reduce.add_parser(sub)
    interesting.add_parser(sub)
    s = sub.add_parser("probe", help="what works for an arch/profile, before any case runs")
    s.add_argument("--arch")
    s.add_argument("--profile")
    s.add_argument("--profile-file", action="append", default=[], help="a profile TOML of your own")
    s.add_argument("--board", action="append", default=[], help="a board file: probe its column <arch>@<board>")
    s.add_argument("--emulated", action="store_true", help="also probe <arch>@qemu of every native arch")
    s.add_argument("--cache-dir", help="build cache root (default $XDG_CACHE_HOME/dsoconf)")
    s.add_argument("--go-std", action="store_true",
                   help="also build Go's shared std of every Go column now (once per arch and toolchain)")
    s.set_defaults(fn=cmd_probe)
    a = p.parse_args(argv)
    return a.fn(a, extra)
