"""Run one cell end to end: rules, build, ELF checks, run steps -> Result."""
from __future__ import annotations

import dataclasses
import os
import re
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path


from . import coverage, elfcheck, gdbrun, plan as planning, remote, repro
from .build import build_cell
from .cache import BuildCache
from .cells import Cell
from .expr import evaluate
from .plan import GDB, CellPlan, fill
from .probe import Probe
from .manifest import Rule
from .textdiff import first_difference
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


def rule_outcome(cell: Cell, features: frozenset[str]) -> tuple[str | None, Rule | None]:
    """(unsupported reason, the xfail rule that applies) from requires/unsupported/xfail rules."""
    variant = cell.axes
    for req in cell.case.requires:
        if not evaluate(req, features, variant):
            return f"requires {req}: false for {cell.column}", None
    for rule in cell.case.unsupported:
        if evaluate(rule.when, features, variant):
            return f"{rule.text} (rule: {rule.when})", None
    for rule in cell.case.xfail:
        if evaluate(rule.when, features, variant):
            return None, rule
    return None, None


def _run_steps(plan: CellPlan, cell_dir: Path, work: Path, probe: Probe | None = None) -> tuple[str, list[str], str]:
    """Carry out every planned run step, then the gdb sessions -- on a board, between copying the
    files there and removing them. Returns (status, problems, phase); status is
    PASS/FAIL/TIMEOUT/UNSUPPORTED/UNRESOLVED, phase "run" or "gdb" (what decided it)."""
    if plan.board is None:
        return _steps_in(plan, cell_dir, work, "", probe)
    board = plan.cell.arch.board
    rdir = f"{board.workdir}/dsoconf-{uuid.uuid4().hex[:16]}"
    b = plan.board
    log = cell_dir / "board.log"
    tar = run_process([fill(a, work) for a in b.tar], work, b.timeout, cell_dir / "board.tar", log)
    if tar.returncode != 0:
        return "UNRESOLVED", [f"board {board.name}: tar of the cell's files failed: {_tail(log)}"], "run"
    try:
        push = run_process([remote.fill(fill(a, work), rdir) for a in b.push], work, b.timeout,
                           cell_dir / "board.out", log, stdin_path=cell_dir / "board.tar")
        if push.returncode != 0:
            why = "timed out" if push.timed_out else push.error or _tail(log) or f"exit {push.returncode}"
            return "UNRESOLVED", [f"board {board.name}: copying the cell's files failed: {why}"], "run"
        return _steps_in(plan, cell_dir, work, rdir, probe)
    finally:
        (cell_dir / "board.tar").unlink(missing_ok=True)
        run_process([remote.fill(a, rdir) for a in b.cleanup], work, b.timeout, cell_dir / "board.out",
                    cell_dir / "board.cleanup.log")


def _steps_in(plan: CellPlan, cell_dir: Path, work: Path, rdir: str,
              probe: Probe | None) -> tuple[str, list[str], str]:
    """The run steps and gdb sessions, with DIR = work and (a board cell) RDIR = rdir."""
    problems: list[str] = []
    for cmd in plan.runs:
        n = cmd.n
        env = {k: fill(v, work) for k, v in cmd.env}
        out, err = cell_dir / f"run{n}.stdout", cell_dir / f"run{n}.stderr"
        res = run_process([remote.fill(fill(a, work), rdir) for a in cmd.argv], work, cmd.timeout, out, err,
                          env={**os.environ, **env} if env else None)
        if plan.board is not None:
            if res.returncode == 255:
                return "UNRESOLVED", [f"run {n}: ssh to board {plan.cell.arch.board.name} failed: {_tail(err)}"], "run"
            res = dataclasses.replace(res, returncode=remote.returncode(res.returncode))
        if res.error:
            return "UNRESOLVED", [f"run {n}: {res.error}"], "run"
        if res.timed_out:
            return "TIMEOUT", [f"run {n}: no exit within {cmd.timeout:g}s; process group killed"], "run"
        if res.output_limited:
            return "FAIL", [f"run {n}: output over the limit; process group killed"], "run"
        if res.returncode == EXIT_UNSUPPORTED and cmd.exit != EXIT_UNSUPPORTED:
            return "UNSUPPORTED", [f"run {n}: the program says: {_tail(err) or 'exit 77'}"], "run"
        if res.signal_name:
            problems.append(f"run {n}: killed by {res.signal_name}" + (f": {_tail(err)}" if _tail(err) else ""))
            continue
        if res.returncode != cmd.exit:
            problems.append(f"run {n}: exit {res.returncode}, expected {cmd.exit}"
                            + (f": {_tail(err)}" if _tail(err) else ""))
            continue
        got = out.read_text(errors="replace")
        if cmd.stdout is not None and got != cmd.stdout:
            problems.append(f"run {n}: stdout differs: {first_difference(cmd.stdout, got) or 'identical'}")
        if cmd.stdout_re is not None and not re.search(cmd.stdout_re, got):
            problems.append(f"run {n}: stdout does not match /{cmd.stdout_re}/")
        if cmd.stderr_re is not None and not re.search(cmd.stderr_re, err.read_text(errors="replace")):
            problems.append(f"run {n}: stderr does not match /{cmd.stderr_re}/: {_tail(err)}")
    if plan.cell.case.gdb:            # after failed runs too, as repro.sh does: the same steps run
        status, gdb_problems = _gdb_steps(plan, cell_dir, work, rdir, probe)
        if status != "PASS":
            return status, gdb_problems, "gdb"
    return ("FAIL" if problems else "PASS"), problems, ("run" if problems else "")


def _gdb_steps(plan: CellPlan, cell_dir: Path, work: Path, rdir: str = "",
               probe: Probe | None = None) -> tuple[str, list[str]]:
    cell = plan.cell
    if "gdb" not in cell.arch.features:
        return "UNSUPPORTED", [f"{cell.arch.path.name} does not claim feature gdb"]
    if shutil.which(GDB) is None:
        return "UNSUPPORTED", [f"{GDB} not found in PATH"]
    if plan.board is not None and probe is not None and "gdbserver" not in probe.components:
        return "UNSUPPORTED", [f"gdbserver not found on board {cell.arch.board.name} (its probe: "
                               f"`command -v gdbserver` fails there)"]
    problems: list[str] = []
    for cmd in plan.gdbs:
        n = cmd.n
        if rdir:
            cmd = dataclasses.replace(cmd, gdb=tuple(remote.fill(a, rdir) for a in cmd.gdb))
        outcome = gdbrun.run_gdb(cmd, work, cell_dir / f"gdb{n}.out")
        if outcome.error:
            return "UNRESOLVED", [f"gdb {n}: {outcome.error}"]
        if outcome.timed_out:
            return "TIMEOUT", [f"gdb {n}: no exit within {cmd.timeout:g}s; gdb and the inferior were killed"]
        problems += [f"gdb {n}: output does not match /{rx}/" for rx in cmd.expect
                     if not re.search(rx, outcome.output, re.MULTILINE)]
        problems += [f"gdb {n}: output matches rejected /{rx}/" for rx in cmd.reject
                     if re.search(rx, outcome.output, re.MULTILINE)]
    return ("FAIL" if problems else "PASS"), problems


def _evidence(cell_dir: Path, reason: str) -> str:
    """What an xfail rule's `match` is searched in: the reason and every log and output of the cell."""
    logs = [p.read_text(errors="replace") for pattern in ("build.log", "run*.std*", "gdb*.out")
            for p in sorted(cell_dir.glob(pattern))]
    return "\n".join([reason, *logs])


def _elf_checks(plan: CellPlan, work: Path, expected_failure: bool) -> tuple[list[str], str | None]:
    """(violations, error): error when a check cannot be judged in this cell."""
    problems: list[str] = []
    for cmd in plan.elf:
        if expected_failure and not (work / cmd.file).exists():
            continue
        if cmd.error:
            return problems, f"elf check: {cmd.error}"
        problems += elfcheck.check(cmd, work, plan.cell.arch)
    return problems, None


def execute(cell: Cell, ctx: Context) -> Result:
    start = time.monotonic()
    base = dict(cell=cell.id, case=cell.case.id, variant=cell.variant_name, arch=cell.arch.name,
                profile=cell.profile.name, title=cell.case.title, refs=list(cell.case.refs))

    in_runs = 0.0               # seconds in the run and gdb steps

    def done(status: str, reason: str = "", cached: bool = False, phase: str = "") -> Result:
        return Result(**base, status=status, reason=reason, duration=round(time.monotonic() - start, 3),
                      build_cached=cached, run_seconds=round(in_runs, 3), phase="" if status == "PASS" else phase)

    def timed_runs() -> tuple[str, list[str], str]:
        nonlocal in_runs
        t0 = time.monotonic()
        try:
            return _run_steps(the_plan, cell_dir, work, probe)
        finally:
            in_runs += time.monotonic() - t0

    probe = ctx.probes.get((cell.arch.name, cell.profile.name))
    if probe is None or not probe.ok:
        return done("UNSUPPORTED", probe.reason if probe else "no probe for this column", phase="probe")
    if cell.case.lang == "go" and probe.go_reason:
        return done("UNSUPPORTED", probe.go_reason, phase="probe")
    if cell.case.uses_cxx and probe.cxx_reason:
        return done("UNSUPPORTED", probe.cxx_reason, phase="probe")
    if any(step.secure for step in cell.case.run) and probe.secure_reason:
        return done("UNSUPPORTED", probe.secure_reason, phase="probe")
    features = cell.features(probe)
    unsupported, xfail = rule_outcome(cell, features)
    bug = (f"{xfail.text}, fixed in {xfail.fixed}" if xfail.fixed else xfail.text) if xfail else None
    if unsupported:
        return done("UNSUPPORTED", unsupported, phase="rule")

    cell_dir = ctx.cell_dir(cell)
    if cell_dir.exists():
        shutil.rmtree(cell_dir)
    cell_dir.mkdir(parents=True)
    work = cell_dir / "work"
    try:
        the_plan = planning.make(cell, probe, ctx.cache.root.parent, ctx.check_h, timeout_scale=ctx.timeout_scale,
                                 coverage_env=coverage.gcov_env(planning.DIR, ctx.cache) if ctx.coverage else None)
    except ValueError as e:
        return done("UNRESOLVED", f"plan: {e}", phase="plan")
    b = build_cell(the_plan, probe, ctx.cache, work, cell_dir / "build.log")
    repro.write(the_plan, probe, cell_dir)

    def judged(status: str, problems: list[str], phase: str) -> Result:
        reason = "; ".join(problems)
        if xfail and xfail.match and status == "FAIL" and not re.search(xfail.match, _evidence(cell_dir, reason)):
            return done("FAIL", f"{reason} (not the failure of {xfail.text}: no /{xfail.match}/)", b.cached, phase)
        if bug and status in ("FAIL", "PASS"):
            return done("XFAIL" if status == "FAIL" else "XPASS",
                        f"expected failure ({bug}): {reason}" if status == "FAIL"
                        else f"expected to fail ({bug}) but passed", b.cached, phase)
        return done(status, reason, b.cached, phase)

    if not b.ok:
        # A build that breaks is UNRESOLVED, unless a cited bug says it breaks (a valid link the
        # linker rejects, a compiler crash): then it is the expected failure.
        status = b.status or "UNRESOLVED"
        return judged("FAIL" if bug and status == "UNRESOLVED" else status, [b.reason], "build")

    problems, error = _elf_checks(the_plan, work, b.expected_failure)
    if error:
        return done("UNRESOLVED", error, b.cached, "elf")
    if b.expected_failure:
        return judged("FAIL" if problems else "PASS", problems or [b.reason], "elf" if problems else "build")

    status, run_problems, phase = timed_runs()
    if status in ("FAIL", "TIMEOUT") and not bug and not problems:
        # One retry: a cell that passes the second time is FLAKY, never PASS.
        retry_status, _, _ = timed_runs()
        if retry_status == "PASS":
            return done("FLAKY", f"{status} then PASS on retry: " + "; ".join(run_problems), b.cached, phase)
    if status in ("TIMEOUT", "UNSUPPORTED", "UNRESOLVED"):
        return done(status, "; ".join(run_problems), b.cached, phase)
    return judged("FAIL" if problems or run_problems else "PASS", problems + run_problems,
                  "elf" if problems else phase)
