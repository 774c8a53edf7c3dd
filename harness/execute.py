"""Run one cell end to end: rules, build, ELF checks, run steps -> Result."""
from __future__ import annotations

import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path


from . import coverage, elfcheck, gdbrun, repro
from .build import build_cell
from .cache import BuildCache
from .cells import Cell
from .expr import evaluate
from .probe import Probe
from .procs import run_process
from .results import Result

EXIT_UNSUPPORTED = 77


@dataclass(frozen=True)
class Context:
    run_dir: Path
    cache: BuildCache
    check_h: Path
    probes: dict[tuple[str, str], Probe]
    timeout_scale: float = 1.0
    coverage: bool = False        # programs write .gcda files into work/ (coverage.gcov_env)

    def cell_dir(self, cell: Cell) -> Path:
        return self.run_dir / "cells" / cell.id


def _tail(path: Path, n: int = 1) -> str:
    try:
        lines = [line for line in path.read_text(errors="replace").splitlines() if line.strip()]
    except FileNotFoundError:
        return ""
    return " | ".join(lines[-n:])[:300]


def _first_difference(expected: str, got: str) -> str:
    exp_lines, got_lines = expected.splitlines(keepends=True), got.splitlines(keepends=True)
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<end>"
        g = got_lines[i] if i < len(got_lines) else "<end>"
        if e != g:
            return f"line {i + 1}: expected {e!r}, got {g!r}"
    return "identical"


def rule_outcome(cell: Cell, features: frozenset[str]) -> tuple[str | None, str | None]:
    """(unsupported reason, xfail bug) from requires/unsupported/xfail rules."""
    variant = dict(cell.variant)
    for req in cell.case.requires:
        if not evaluate(req, features, variant):
            return f"requires {req}: false for {cell.column}", None
    for rule in cell.case.unsupported:
        if evaluate(rule.when, features, variant):
            return f"{rule.text} (rule: {rule.when})", None
    for rule in cell.case.xfail:
        if evaluate(rule.when, features, variant):
            return None, f"{rule.text}, fixed in {rule.fixed}" if rule.fixed else rule.text
    return None, None


def _run_steps(cell: Cell, ctx: Context, cell_dir: Path, work: Path) -> tuple[str, list[str]]:
    """Run every [[run]] step. Returns (status, problems); status is PASS/FAIL/TIMEOUT/UNSUPPORTED."""
    problems: list[str] = []
    for i, step in enumerate(cell.case.run):
        n = i + 1
        argv, env = repro.run_argv(cell, i)
        if ctx.coverage:
            env = {**env, **coverage.gcov_env(work, ctx.cache)}
        full_env = {**os.environ, **env} if env else None
        out, err = cell_dir / f"run{n}.stdout", cell_dir / f"run{n}.stderr"
        timeout = repro.run_timeout(cell, i, ctx.timeout_scale)
        res = run_process(argv, work, timeout, out, err, env=full_env)
        if res.error:
            return "UNRESOLVED", [f"run {n}: {res.error}"]
        if res.timed_out:
            return "TIMEOUT", [f"run {n}: no exit within {timeout:g}s; "
                               f"process group killed"]
        if res.output_limited:
            return "FAIL", [f"run {n}: output over the limit; process group killed"]
        if res.returncode == EXIT_UNSUPPORTED and step.exit != EXIT_UNSUPPORTED:
            return "UNSUPPORTED", [f"run {n}: the program says: {_tail(err) or 'exit 77'}"]
        if res.signal_name:
            problems.append(f"run {n}: killed by {res.signal_name}" + (f": {_tail(err)}" if _tail(err) else ""))
            continue
        if res.returncode != step.exit:
            problems.append(f"run {n}: exit {res.returncode}, expected {step.exit}"
                            + (f": {_tail(err)}" if _tail(err) else ""))
            continue
        got = out.read_text(errors="replace")
        if step.stdout is not None and got != cell.substitute(step.stdout):
            problems.append(f"run {n}: stdout differs: {_first_difference(cell.substitute(step.stdout), got)}")
        if step.stdout_re is not None and not re.search(cell.substitute(step.stdout_re), got):
            problems.append(f"run {n}: stdout does not match /{step.stdout_re}/")
        if step.stderr_re is not None and not re.search(cell.substitute(step.stderr_re),
                                                         err.read_text(errors="replace")):
            problems.append(f"run {n}: stderr does not match /{step.stderr_re}/: {_tail(err)}")
    if cell.case.gdb:
        status, gdb_problems = _gdb_steps(cell, ctx, cell_dir, work)
        if status != "PASS":
            return status, gdb_problems
        problems += gdb_problems
    return ("FAIL" if problems else "PASS"), problems


def _gdb_steps(cell: Cell, ctx: Context, cell_dir: Path, work: Path) -> tuple[str, list[str]]:
    if "gdb" not in cell.arch.features:
        return "UNSUPPORTED", [f"{cell.arch.path.name} does not claim feature gdb"]
    if shutil.which(gdbrun.GDB) is None:
        return "UNSUPPORTED", [f"{gdbrun.GDB} not found in PATH"]
    problems: list[str] = []
    for i, step in enumerate(cell.case.gdb):
        n = i + 1
        timeout = repro.gdb_timeout(cell, i, ctx.timeout_scale)
        extra_env = coverage.gcov_env(work, ctx.cache) if ctx.coverage else None
        outcome = gdbrun.run_gdb(cell, step, work, cell_dir / f"gdb{n}.out", timeout, extra_env)
        if outcome.error:
            return "UNRESOLVED", [f"gdb {n}: {outcome.error}"]
        if outcome.timed_out:
            return "TIMEOUT", [f"gdb {n}: no exit within {timeout:g}s; gdb and the inferior were killed"]
        for rx in step.expect:
            if not re.search(cell.substitute(rx), outcome.output, re.MULTILINE):
                problems.append(f"gdb {n}: output does not match /{rx}/")
        for rx in step.reject:
            if re.search(cell.substitute(rx), outcome.output, re.MULTILINE):
                problems.append(f"gdb {n}: output matches rejected /{rx}/")
    return ("FAIL" if problems else "PASS"), problems


def execute(cell: Cell, ctx: Context) -> Result:
    start = time.monotonic()
    base = dict(cell=cell.id, case=cell.case.id, variant=cell.variant_name, arch=cell.arch.name,
                profile=cell.profile.name, title=cell.case.title, refs=list(cell.case.refs))

    in_runs = 0.0               # seconds in the run and gdb steps

    def done(status: str, reason: str = "", cached: bool = False) -> Result:
        return Result(**base, status=status, reason=reason, duration=round(time.monotonic() - start, 3),
                      build_cached=cached, run_seconds=round(in_runs, 3))

    def timed_runs() -> tuple[str, list[str]]:
        nonlocal in_runs
        t0 = time.monotonic()
        try:
            return _run_steps(cell, ctx, cell_dir, work)
        finally:
            in_runs += time.monotonic() - t0

    probe = ctx.probes.get((cell.arch.name, cell.profile.name))
    if probe is None or not probe.ok:
        return done("UNSUPPORTED", probe.reason if probe else "no probe for this column")
    if cell.case.lang == "go" and probe.go_reason:
        return done("UNSUPPORTED", probe.go_reason)
    features = cell.features(probe)
    unsupported, bug = rule_outcome(cell, features)
    if unsupported:
        return done("UNSUPPORTED", unsupported)

    cell_dir = ctx.cell_dir(cell)
    if cell_dir.exists():
        shutil.rmtree(cell_dir)
    cell_dir.mkdir(parents=True)
    work = cell_dir / "work"
    b = build_cell(cell, probe, ctx.cache, ctx.check_h, work, cell_dir / "build.log")
    repro.write(cell, probe, cell_dir, ctx.check_h, ctx.cache.root.parent)

    def judged(status: str, problems: list[str]) -> Result:
        reason = "; ".join(problems)
        if bug and status in ("FAIL", "PASS"):
            return done("XFAIL" if status == "FAIL" else "XPASS",
                        f"expected failure ({bug}): {reason}" if status == "FAIL"
                        else f"expected to fail ({bug}) but passed", b.cached)
        return done(status, reason, b.cached)

    if not b.ok:
        # A build that breaks is UNRESOLVED, unless a cited bug says it breaks (a valid link the
        # linker rejects, a compiler crash): then it is the expected failure.
        status = b.status or "UNRESOLVED"
        return judged("FAIL" if bug and status == "UNRESOLVED" else status, [b.reason])

    problems: list[str] = []
    for check in cell.case.elf:
        if check.when and not evaluate(check.when, features, dict(cell.variant)):
            continue
        if b.expected_failure and not (work / check.file).exists():
            continue
        try:
            problems += elfcheck.check(check, work, cell.arch)
        except elfcheck.ElfCheckError as e:
            return done("UNRESOLVED", f"elf check: {e}", b.cached)
    if b.expected_failure:
        return judged("FAIL" if problems else "PASS", problems or [b.reason])

    status, run_problems = timed_runs()
    if status in ("FAIL", "TIMEOUT") and not bug and not problems:
        # One retry: a cell that passes the second time is FLAKY, never PASS.
        retry_status, _ = timed_runs()
        if retry_status == "PASS":
            return done("FLAKY", f"{status} then PASS on retry: " + "; ".join(run_problems), b.cached)
    if status in ("TIMEOUT", "UNSUPPORTED", "UNRESOLVED"):
        return done(status, "; ".join(run_problems), b.cached)
    problems += run_problems
    return judged("FAIL" if problems else "PASS", problems)
