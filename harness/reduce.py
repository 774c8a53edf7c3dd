"""python3 -m harness reduce CELL: shrink a failing cell's case into a minimal reproducer.

The cell's case is copied into a workspace (with cases/lib/check.h beside its sources when they
include it, so that the reproducer stands alone and check.h is reduced too), its variants narrowed
to the cell's. Then, each step kept only when the interestingness test (interesting.py: the same
plan, build, run and judgement as the matrix cell, ending in the same status and reason, and the
control cells -- the case on a column where it passes -- still passing) holds:

1. structure: drop run, gdb and ELF steps, build steps (and their outputs from other steps),
   files, single cflags/ldflags and run environment entries, one at a time;
2. C-Vise on each C source in turn (largest first, headers last), `cvise --n JOBS` running
   `interesting.sh` -- a generated script: `timeout` around `python3 -m harness reduce-test` -- in
   its own process group (procs.run_process). Each file gets a time budget: past it the script
   answers "not interesting" at once, so C-Vise runs out of candidates and stops with its best
   file; a hard limit a little later kills the group. The file is judged again after C-Vise (a
   killed C-Vise may leave it half written) and put back when it no longer fails;
3. structure again (what the smaller sources no longer need), and clang-format once.

The result is a case directory under OUT/cases/ that `harness run --cases-root OUT/cases` accepts:
reduce runs it so (OUT/run, which `harness export CELL --run OUT/run` packs) and checks that it
still fails the same way. OUT/reduce.json holds the sizes before and after, the time taken and the
number of tests.
"""
from __future__ import annotations

import json
import os
import shlex
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterator

import tomlkit

from . import columns, export, results
from . import probe as probing
from .cache import default_root
from .cells import expand
from .interesting import SPEC_FILE, TESTS_LOG, Spec, is_interesting, judge_interesting, log_judgement, signature
from .manifest import ManifestError, load_case
from .platforms import ROOT, ConfigError, select_arches, select_profiles
from .procs import run_process

REDUCIBLE = ("FAIL", "XFAIL", "UNRESOLVED", "TIMEOUT")
C_SOURCES = (".c", ".cc", ".cpp", ".cxx", ".C")
C_HEADERS = (".h", ".hh", ".hpp", ".hxx")
CVISE = "cvise"
CLANG_FORMAT = "clang-format"     # comes with cvise (its IndentPass)
CVISE_GRACE = 120.0            # past a file's budget, before C-Vise's process group is killed
RUN_TIMEOUT = 900.0            # the final `harness run` of the reduced case
PYTHON = "/usr/bin/python3"
# --quick: a short C-Vise schedule (comments, blank lines, unused functions, lines, balanced
# braces) for a fast, coarser reduction -- what the self-test uses.
QUICK_PASSES = {
    "first": [{"pass": "comments", "c": True}, {"pass": "blank"}, {"pass": "lines", "arg": "0"},
              {"pass": "clangbinarysearch", "arg": "remove-unused-function", "c": True},
              {"pass": "lines", "arg": "1"}],
    "main": [{"pass": "balanced", "arg": "curly"}, {"pass": "lines", "arg": "0"},
             {"pass": "clangbinarysearch", "arg": "remove-unused-var", "c": True}],
    "last": [{"pass": "blank"}],
}


class ReduceError(Exception):
    pass


@dataclass(frozen=True)
class Size:
    files: int
    bytes: int
    lines: int

    def __str__(self) -> str:
        return f"{self.files} files, {self.bytes} bytes, {self.lines} lines"


def measure(case_dir: Path) -> Size:
    """The sources the compiler sees: every file of the case but case.toml, and cases/lib/check.h
    when a source includes it and the case has no copy of its own."""
    files = [p for p in sorted(case_dir.rglob("*")) if p.is_file() and p.name != "case.toml"]
    if not (case_dir / "check.h").exists() and any(b'"check.h"' in p.read_bytes() for p in files):
        files.append(ROOT / "cases" / "lib" / "check.h")
    data = [p.read_bytes() for p in files]
    return Size(len(files), sum(map(len, data)), sum(d.count(b"\n") for d in data))


class Workspace:
    """The reduction's directory: spec.json, probes.json, best/<case id>/ (the current best case),
    interesting.sh, tests.log, and scratch space for judgements and C-Vise's temporary files."""

    def __init__(self, root: Path, spec: Spec):
        self.root, self.spec = root, spec
        self.best = Path(spec.best)
        self.trials = 0

    def judge(self, case_dir: Path, what: str) -> tuple[bool, str]:
        scratch = self.root / "scratch"
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir()
        try:
            interesting, outcome = judge_interesting(self.spec, case_dir, scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        self.trials += 1
        log_judgement(self.root, what, interesting, outcome)
        return interesting, outcome

    def tests_run(self) -> int:
        path = self.root / TESTS_LOG
        return len(path.read_text().splitlines()) if path.exists() else 0


# --- structure: one edit of case.toml or the files at a time -------------------------------------

Edit = Callable[[tomlkit.TOMLDocument, Path], None]


def _drop_table(key: str, i: int) -> Edit:
    def edit(doc, case_dir):
        del doc[key][i]
        if not len(doc[key]):
            del doc[key]
    return edit


def _drop_build(i: int) -> Edit:
    def edit(doc, case_dir):
        out = doc["build"][i]["out"]
        del doc["build"][i]
        for step in doc["build"]:
            for key in ("src", "link"):
                if key in step and out in step[key]:
                    step[key].remove(out)
                    if not len(step[key]) and key == "link":
                        del step[key]
        for j in reversed(range(len(doc.get("elf", [])))):
            if doc["elf"][j]["file"] == out:
                del doc["elf"][j]
        if "elf" in doc and not len(doc["elf"]):
            del doc["elf"]
    return edit


def _drop_item(table: str, i: int, key: str, j: int | str) -> Edit:
    def edit(doc, case_dir):
        del doc[table][i][key][j]
        if not len(doc[table][i][key]):
            del doc[table][i][key]
    return edit


def _drop_file(rel: str) -> Edit:
    def edit(doc, case_dir):
        (case_dir / rel).unlink()
        parent = (case_dir / rel).parent
        while parent != case_dir and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    return edit


def structure_edits(doc: tomlkit.TOMLDocument, case_dir: Path) -> Iterator[tuple[str, Edit]]:
    """Every single-step simplification of the case, each named by what it removes (the names
    stay the same while other edits succeed, so a failed one is not tried twice)."""
    for key, what in (("run", "run step"), ("gdb", "gdb session"), ("elf", "elf check")):
        for i, t in enumerate(doc.get(key, [])):
            name = t.get("argv", t.get("file", t.get("commands", "")))
            yield f"{what} {json.dumps(name)}", _drop_table(key, i)
    builds = doc.get("build", [])
    for i, step in enumerate(builds):
        if i < len(builds) - 1:
            yield f"build step {step['out']}", _drop_build(i)
    files = [p for p in sorted(case_dir.rglob("*")) if p.is_file() and p.name != "case.toml"]
    # the case's own check.h stays while a source includes it (else cases/lib's would stand in)
    needs_check_h = any(b'"check.h"' in p.read_bytes() for p in files if p.name != "check.h")
    for p in files:
        rel = p.relative_to(case_dir).as_posix()
        if not (rel == "check.h" and needs_check_h):
            yield f"file {rel}", _drop_file(rel)
    for i, step in enumerate(builds):
        for key in ("cflags", "ldflags"):
            for j, flag in enumerate(step.get(key, [])):
                yield f"{key} {flag} of {step['out']}", _drop_item("build", i, key, j)
    for i, t in enumerate(doc.get("run", [])):
        for k in t.get("env", {}):
            yield f"env {k} of run {json.dumps(t['argv'])}", _drop_item("run", i, "env", k)


def reduce_structure(ws: Workspace, say: Callable[[str], None]) -> int:
    """Apply every structure edit that keeps the case interesting, until none does; the number kept."""
    failed: set[str] = set()
    kept = 0
    progress = True
    while progress:
        progress = False
        doc = tomlkit.parse((ws.best / "case.toml").read_text())
        for name, edit in structure_edits(doc, ws.best):
            if name in failed:
                continue
            trial = ws.root / "trial" / ws.spec.case
            shutil.rmtree(ws.root / "trial", ignore_errors=True)
            shutil.copytree(ws.best, trial)
            doc = tomlkit.parse((trial / "case.toml").read_text())
            edit(doc, trial)
            (trial / "case.toml").write_text(tomlkit.dumps(doc))
            ok, outcome = ws.judge(trial, f"drop {name}")
            if not ok:
                failed.add(name)
                continue
            say(f"  dropped {name}")
            shutil.rmtree(ws.best)
            shutil.move(trial, ws.best)
            kept += 1
            progress = True
            break
    shutil.rmtree(ws.root / "trial", ignore_errors=True)
    return kept


# --- C-Vise on each C source ------------------------------------------------------------------------

def test_script(ws: Workspace, rel: str, deadline: float, test_timeout: float) -> Path:
    """The interestingness test C-Vise runs for `rel`: after the file's deadline it answers "not
    interesting" at once; before it, `python3 -m harness reduce-test` under `timeout` (SIGTERM,
    which it turns into a clean stop that kills its step's process group; SIGKILL 10 s later)."""
    path = ws.root / f"interesting-{rel.replace('/', '_')}.sh"
    argv = ["timeout", "-k", "10", f"{test_timeout:.0f}", "env", f"PYTHONPATH={ROOT}", PYTHON, "-m",
            "harness.interesting", str(ws.root / SPEC_FILE), rel]
    path.write_text("#!/bin/sh\n"
                    f"# C-Vise's interestingness test for {rel} (written by python3 -m harness reduce)\n"
                    f'[ "$(date +%s)" -lt {int(deadline)} ] || exit 1\n'
                    f"exec {shlex.join(argv)}\n")
    path.chmod(0o755)
    return path


def cvise_file(ws: Workspace, rel: str, jobs: int, budget: float, test_timeout: float, quick: bool,
               say: Callable[[str], None]) -> dict:
    target = ws.best / rel
    backup = ws.root / "backup" / rel
    backup.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(target, backup)
    before = target.stat().st_size
    start = time.monotonic()
    script = test_script(ws, rel, time.time() + budget, test_timeout)
    argv = [CVISE, "--n", str(jobs), "--tidy", "--timeout", f"{test_timeout + 30:.0f}"]
    if quick:
        group = ws.root / "quick-passes.json"
        group.write_text(json.dumps(QUICK_PASSES))
        argv += ["--pass-group-file", str(group)]
    tmp = ws.root / "cvise-tmp"
    tmp.mkdir(exist_ok=True)
    logs = ws.root / "logs"
    logs.mkdir(exist_ok=True)
    log = logs / f"cvise-{rel.replace('/', '_')}"
    tests_before = ws.tests_run()
    present = set(target.parent.iterdir())
    # C-Vise takes a file name without a directory: it runs in the file's directory.
    res = run_process([*argv, str(script), target.name], target.parent, budget + CVISE_GRACE,
                      log.with_suffix(".out"), log.with_suffix(".err"),
                      env={**os.environ, "TMPDIR": str(tmp)})
    for extra in set(target.parent.iterdir()) - present:     # its pass-bug reports (cvise_bug_N/)
        shutil.move(extra, logs / f"{log.name}-{extra.name}")
    ended = ("killed at the time limit" if res.timed_out else res.error if res.error
             else "finished" if res.returncode == 0 else f"exit {res.returncode}")
    target.chmod(backup.stat().st_mode & 0o777)      # C-Vise leaves its result 0600
    restored = False
    if target.read_bytes() != backup.read_bytes():
        ok, outcome = ws.judge(ws.best, f"after cvise {rel}")
        if not ok:
            shutil.copyfile(backup, target)
            restored = True
            say(f"  {rel}: C-Vise's result does not fail the same way ({outcome}); kept the file as it was")
    seconds = round(time.monotonic() - start, 1)
    after = target.stat().st_size
    tests = ws.tests_run() - tests_before
    say(f"  {rel}: {before} -> {after} bytes in {seconds:g} s, {tests} tests (C-Vise {ended})")
    return {"file": rel, "bytes_before": before, "bytes_after": after, "seconds": seconds, "tests": tests,
            "cvise": ended, "restored": restored, "log": str(log.with_suffix(".err"))}


def tidy(ws: Workspace, say: Callable[[str], None]) -> bool:
    """clang-format every C file once (C-Vise's own final clang-format pass does not run when a
    file's budget is spent, and its line passes leave odd indentation); kept if the case still
    fails the same way."""
    fmt = shutil.which(CLANG_FORMAT)
    if fmt is None:
        return False
    trial = ws.root / "trial" / ws.spec.case
    shutil.rmtree(ws.root / "trial", ignore_errors=True)
    shutil.copytree(ws.best, trial)
    logs = ws.root / "logs"
    logs.mkdir(exist_ok=True)
    try:
        for rel in c_files(trial):
            res = run_process([fmt, "-i", "--style=LLVM", Path(rel).name], (trial / rel).parent, 60.0,
                              logs / "clang-format.out", logs / "clang-format.err")
            if res.returncode != 0:
                return False
        if not ws.judge(trial, "clang-format")[0]:
            return False
        shutil.rmtree(ws.best)
        shutil.move(trial, ws.best)
        say("  formatted with clang-format")
        return True
    finally:
        shutil.rmtree(ws.root / "trial", ignore_errors=True)


def c_files(case_dir: Path) -> list[str]:
    """The C sources to reduce, in order: sources by size, largest first, then headers."""
    files = [p for p in case_dir.rglob("*") if p.is_file() and p.suffix in C_SOURCES + C_HEADERS]
    files.sort(key=lambda p: (p.suffix in C_HEADERS, -p.stat().st_size, p.name))
    return [p.relative_to(case_dir).as_posix() for p in files]


# --- the command ---------------------------------------------------------------------------------

def _prepare_case(src: Path, dest: Path, case, cell_variant: tuple[tuple[str, str], ...], header: str) -> None:
    """Copy the case to dest with its variants narrowed to the cell's and check.h beside it."""
    shutil.copytree(src, dest)
    check_h = src.parent.parent / "lib" / "check.h"
    if not check_h.exists():
        check_h = ROOT / "cases" / "lib" / "check.h"
    if not (dest / "check.h").exists() and any(b'"check.h"' in (dest / s).read_bytes() for s in case.sources):
        shutil.copyfile(check_h, dest / "check.h")
    doc = tomlkit.parse((dest / "case.toml").read_text())
    for axis, value in cell_variant:
        doc["variants"][axis] = [value]
    (dest / "case.toml").write_text(header + tomlkit.dumps(doc))


def _probe(run_dir: Path, arch, profile) -> probing.Probe:
    path = run_dir / "probes.json"
    if path.exists():
        found = probing.load(path).get((arch.name, profile.name))
        if found is not None:
            return found
    return columns.probe_all([(arch, profile)], default_root())[(arch.name, profile.name)]


def choose_controls(run_dir: Path, r: results.Result, columns: list[str] | None) -> list[tuple[str, str, str, str]]:
    """Control cells: the given columns, or (None) one column of the run where the same case and
    variant passed, the cell's own arch first. (cell id, arch, profile, status)."""
    ran = [x for x in results.read(run_dir) if x.case == r.case and x.variant == r.variant and x.cell != r.cell]
    if columns is None:
        passed = sorted((x for x in ran if x.status == "PASS"), key=lambda x: (x.arch != r.arch, x.column))
        return [(x.cell, x.arch, x.profile, x.status) for x in passed[:1]]
    by_column = {x.column: x for x in ran}
    chosen = []
    for column in columns:
        if column not in by_column:
            raise ReduceError(f"--control {column}: {run_dir} has no result for {r.case}/{r.variant}/{column}")
        x = by_column[column]
        chosen.append((x.cell, x.arch, x.profile, x.status))
    return chosen


def reduce(run_dir: Path, cell_id: str, out: Path, *, cases_root: Path, profile_files: tuple[str, ...] = (),
           controls: list[str] | None = None, jobs: int = 1, budget: float = 600.0, test_timeout: float | None = None, quick: bool = False,
           reason_re: str = "", keep: bool = False, timeout_scale: float = 1.0,
           say: Callable[[str], None] = print) -> dict:
    """Reduce `cell_id` of `run_dir` into out/cases/<case id>; returns what reduce.json holds."""
    started = time.monotonic()
    r, cell_dir = export.find(run_dir, cell_id)
    if r.status not in REDUCIBLE:
        raise ReduceError(f"{cell_id} is {r.status}: only {', '.join(REDUCIBLE)} cells are reduced")
    if shutil.which(CVISE) is None:
        raise ReduceError(f"{CVISE} not found in PATH (Debian package cvise; ci/install-deps.sh installs it)")
    try:
        case = load_case(cases_root / r.case / "case.toml", cases_root)
        arch = select_arches(r.arch, ROOT)[0]
        profile = select_profiles(r.profile, list(profile_files))[0]
    except (ManifestError, ConfigError, OSError) as e:
        raise ReduceError(f"cannot load the cell's case or column: {e}") from None
    if case.lang == "go":
        raise ReduceError(f"{case.id} builds Go: reduce shrinks C and C++ sources only")
    variant = next((c.variant for c in expand(case, [arch], [profile]) if c.id == cell_id), None)
    if variant is None:
        raise ReduceError(f"{case.id} has no cell {cell_id} any more")
    if out.exists():
        if any(out.iterdir()) and not (out / "reduce.json").exists():
            raise ReduceError(f"{out} exists and is not an earlier reduction: choose another --out")
        shutil.rmtree(out)
    out.mkdir(parents=True)

    root = Path(tempfile.mkdtemp(prefix="dsoconf-reduce-"))
    try:
        best = root / "best" / case.id
        reason_line = " ".join(r.reason.split())[:300]
        header = (f"# Reduced by `python3 -m harness reduce` from {cell_id} ({run_dir}):\n"
                  f"#   {r.status}: {reason_line}\n")
        _prepare_case(case.dir, best, case, variant, header)
        control_cells = choose_controls(run_dir, r, controls)
        probes = {(arch.name, profile.name): _probe(run_dir, arch, profile)}
        for _, x_arch, x_profile, _ in control_cells:
            probes[(x_arch, x_profile)] = _probe(run_dir, select_arches(x_arch, ROOT)[0],
                                                 select_profiles(x_profile, list(profile_files))[0])
        probing.save(probes, root / "probes.json")
        spec = Spec(cell_id, case.id, arch.name, profile.name, tuple(str(Path(p).resolve()) for p in profile_files),
                    str(root / "probes.json"), str(best), r.status, signature(r.reason, (str(cell_dir),)),
                    reason_re, timeout_scale, tuple(control_cells))
        spec.save(root / SPEC_FILE)
        ws = Workspace(root, spec)
        before = measure(case.dir)
        say(f"reducing {cell_id}: {r.status}: {r.reason}")
        say(f"  sources before: {before}; workspace {root}")
        say("  controls: " + (", ".join(f"{a}-{p} stays {st}" for _, a, p, st in control_cells)
                              or "none (no column of the run passed this case: the reduction may drift)"))

        t0 = time.monotonic()
        ok, outcome = ws.judge(best, "the cell as it is")
        first = time.monotonic() - t0
        if not ok:
            raise ReduceError(f"the cell does not fail the same way here ({outcome}); nothing to reduce")
        timeout = test_timeout or max(60.0, 10 * first)
        say(f"  reproduced in {first:.1f} s; each test gets {timeout:.0f} s")

        kept = reduce_structure(ws, say)
        per_file = [cvise_file(ws, rel, jobs, budget, timeout, quick, say) for rel in c_files(best)]
        kept += reduce_structure(ws, say)
        tidied = tidy(ws, say)

        final = out / "cases" / case.id
        shutil.copytree(best, final)
        after = measure(final)
        verdict = run_reduced(out, case.id, cell_id, spec, profile_files, timeout_scale)
        summary = {
            "cell": cell_id, "run": str(run_dir), "status": r.status, "reason": r.reason,
            "signature": spec.signature, "reason_re": reason_re,
            "controls": [{"cell": c, "status": st} for c, _, _, st in control_cells],
            "before": asdict(before), "after": asdict(after),
            "seconds": round(time.monotonic() - started, 1), "tests": ws.tests_run(),
            "structure_edits": kept, "formatted": tidied, "files": per_file, "quick": quick, "jobs": jobs, "budget": budget,
            "case": str(final), "verified": verdict,
        }
        (out / "reduce.json").write_text(json.dumps(summary, indent=1) + "\n")
        shutil.copyfile(root / TESTS_LOG, out / TESTS_LOG)
        say(f"  sources after: {after} ({summary['seconds']:g} s, {summary['tests']} tests)")
        say(f"  reduced case: {final}")
        say(f"  harness run of it: {verdict['status']}: {verdict['reason']}"
            + "".join(f"; control {c}: {st}" for c, st in verdict.get("controls", {}).items())
            + ("" if verdict["same"] else "  -- NOT the failure being reduced"))
        say(f"  rerun:  {PYTHON} -m harness run --cases-root {out / 'cases'} {final} --arch {arch.name} "
            f"--profile {profile.name}")
        say(f"  export: {PYTHON} -m harness export {cell_id} --run {out / 'run'}")
        return summary
    finally:
        if keep:
            say(f"  workspace kept: {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


def run_reduced(out: Path, case_id: str, cell_id: str, spec: Spec, profile_files, timeout_scale: float) -> dict:
    """Run the reduced case with `harness run` (as a user would) into out/run; its verdict."""
    run_dir = out / "run"
    arches = ",".join(dict.fromkeys([spec.arch, *(c[1] for c in spec.controls)]))
    profiles = ",".join(dict.fromkeys([spec.profile, *(c[2] for c in spec.controls)]))
    argv = [PYTHON, "-m", "harness", "run", "--cases-root", str(out / "cases"), str(out / "cases" / case_id),
            "--arch", arches, "--profile", profiles, "--run-dir", str(run_dir), "-n", "0"]
    for p in profile_files:
        argv += ["--profile-file", str(p)]
    if timeout_scale != 1.0:
        argv += ["--timeout-scale", str(timeout_scale)]
    res = run_process(argv, ROOT, RUN_TIMEOUT, out / "run.stdout", out / "run.stderr",
                      env={**os.environ, "PYTHONPATH": str(ROOT)})
    ran = {x.cell: x for x in results.read(run_dir)}
    found = ran.get(cell_id)
    if found is None:
        why = "timed out" if res.timed_out else f"exit {res.returncode}"
        return {"status": "none", "reason": f"harness run gave no result for the cell ({why}; see {out}/run.stdout)",
                "same": False}
    controls = {c: (ran[c].status if c in ran else "none") for c, _, _, _ in spec.controls}
    return {"status": found.status, "reason": found.reason, "controls": controls,
            "same": is_interesting(spec, found, run_dir / "cells" / cell_id)
            and all(controls[c] == st for c, _, _, st in spec.controls)}


def command(a, extra) -> int:
    run_dir = Path(a.run).resolve() if a.run else (ROOT / "results" / "latest").resolve()
    out = Path(a.out) if a.out else run_dir / "reduced" / a.cell
    try:
        summary = reduce(run_dir, a.cell, out.resolve(), cases_root=Path(a.cases_root or ROOT / "cases").resolve(),
                         profile_files=tuple(a.profile_file), jobs=a.jobs,
                         controls=[] if a.no_control else (a.control or None), budget=a.time_limit,
                         test_timeout=a.test_timeout, quick=a.quick, reason_re=a.reason_re or "", keep=a.keep,
                         timeout_scale=a.timeout_scale)
    except (ReduceError, KeyError) as e:
        print(f"reduce: {e.args[0]}", file=sys.stderr)
        return 2
    return 0 if summary["verified"]["same"] else 1


def add_parser(sub) -> None:
    s = sub.add_parser("reduce", help="shrink a failing cell's C sources with C-Vise into a minimal case that "
                                      "fails the same way (OUT/cases/<case>, checked with harness run)")
    s.add_argument("cell", help="e.g. tls/tls-in-dlopen-ctor/default/amd64-clang-lld")
    s.add_argument("--run", help="the run the cell failed in (default results/latest)")
    s.add_argument("--out", help="where to write cases/<case>/, run/ and reduce.json "
                                 "(default RUN/reduced/<cell>)")
    s.add_argument("--cases-root", help="where the cell's case is (default cases/)")
    s.add_argument("--profile-file", action="append", default=[], help="the run's own profile TOML, if any")
    s.add_argument("--control", action="append", metavar="COLUMN",
                   help="a column of the run where the case passes: the reduced case must still pass there "
                        "(repeatable; default: one such column of the run, the cell's arch first)")
    s.add_argument("--no-control", action="store_true", help="no control column")
    s.add_argument("-n", "--jobs", type=int, default=1, help="C-Vise's parallel tests (--n; default 1)")
    s.add_argument("--time-limit", type=float, default=600.0, metavar="SECONDS",
                   help="C-Vise's budget per source file (default 600)")
    s.add_argument("--test-timeout", type=float, metavar="SECONDS",
                   help="one interestingness test (default: 10 x the first one, at least 60)")
    s.add_argument("--quick", action="store_true", help="a short C-Vise schedule: faster, coarser")
    s.add_argument("--reason-re", metavar="REGEX",
                   help="interesting = the same status and a reason matching REGEX (default: the same reason, "
                        "line numbers, step numbers and addresses masked)")
    s.add_argument("--timeout-scale", type=float, default=1.0, help="multiply every run timeout")
    s.add_argument("--keep", action="store_true", help="keep the workspace (C-Vise logs, tests.log)")
    s.set_defaults(fn=command)
