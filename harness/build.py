"""Carry out the build steps of a cell's plan, reusing the content-hash cache."""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

from . import gobuild
from .cache import BuildCache
from .cells import Cell
from .plan import CellPlan, fill
from .probe import Probe
from .procs import run_process

CACHE_FORMAT = 1


def cache_key(cell: Cell, probe: Probe, argvs: list[list[str]], sources: dict[str, Path], go: str = "") -> str:
    h = hashlib.sha256()
    fields = {"format": CACHE_FORMAT, "arch": cell.arch.base_name, "profile": cell.profile.name,
              "tools": probe.tool_identity, "argv": argvs, "expect": [s.build_error for s in cell.case.build]}
    if go:
        fields["go"] = go          # Go toolchain, step environment, shared std (gobuild.cache_material)
    if cell.case.uses_cxx:
        fields["cxx"] = probe.cxx_identity     # the C++ driver (only C++ cases: C cases keep their keys)
    h.update(json.dumps(fields).encode())
    for name in sorted(sources):
        h.update(f"\0{name}\0".encode())
        h.update(sources[name].read_bytes())
    return h.hexdigest()


@dataclass(frozen=True)
class BuildOutcome:
    ok: bool                 # every step did what it should (built, or failed as expected)
    expected_failure: bool   # a build_error step failed as required: nothing to run
    status: str | None       # when not ok: FAIL (expectation broken) or UNRESOLVED (build broke)
    reason: str
    cached: bool
    key: str


def _last_line(text: str) -> str:
    """The most telling line of a tool's output: the last error that is not the driver's summary."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    telling = [line for line in lines if not line.startswith("collect2:") and not line.startswith("[exit")]
    errors = [line for line in telling if "error" in line.lower() or "warning" in line.lower()]
    return (errors or telling or lines or ["(no output)"])[-1]


@contextlib.contextmanager
def _shared_std_writers(plan: CellPlan):
    """Builds that use Go's shared std run one at a time per std: each -linkshared build relinks
    libstd.so and rewrites its .shlibname files in place (go.dev/issue/24034), which a parallel
    build would read half-written."""
    if plan.go_std is None:
        yield
        return
    lock_path = plan.go_std.dir.with_name(plan.go_std.dir.name + ".builds.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _run_steps(plan: CellPlan, d: Path) -> tuple[dict, str]:
    """Run the plan's build steps in d; return (meta, log text)."""
    with _shared_std_writers(plan):
        return _run_steps_unlocked(plan, d)


def _run_steps_unlocked(plan: CellPlan, d: Path) -> tuple[dict, str]:
    log = []
    for cmd in plan.builds:
        out_path, err_path = d / f".step{cmd.n - 1}.out", d / f".step{cmd.n - 1}.err"
        env = {k: fill(v, d) for k, v in cmd.env}
        res = run_process(list(cmd.argv), d, cmd.timeout, out_path, err_path,
                          env={**os.environ, **env} if env else None)
        text = out_path.read_text(errors="replace") + err_path.read_text(errors="replace")
        out_path.unlink()
        err_path.unlink()
        rc = "timeout" if res.timed_out else (res.error or res.returncode)
        env_text = "".join(f"{k}={shlex.quote(v)} " for k, v in env.items())
        log.append(f"$ {env_text}{shlex.join(cmd.argv)}\n{text}[exit {rc}]\n")
        failed = res.returncode != 0
        where = f"build step {cmd.n} ({cmd.out})"
        if cmd.build_error is not None:
            if not failed:
                # A link that succeeds will succeed again: cached (a failure may be transient: not).
                return {"ok": False, "status": "FAIL", "expected_failure": False, "cacheable": True,
                        "reason": f"{where} should fail with /{cmd.build_error}/ but succeeded"}, "".join(log)
            if not re.search(cmd.build_error, text):
                return {"ok": False, "status": "FAIL", "expected_failure": False,
                        "reason": f"{where} failed, but not with /{cmd.build_error}/: {_last_line(text)}"}, \
                    "".join(log)
            return {"ok": True, "status": None, "expected_failure": True,
                    "reason": f"{where} failed as expected"}, "".join(log)
        if failed:
            why = "timed out" if res.timed_out else _last_line(text)
            return {"ok": False, "status": "UNRESOLVED", "expected_failure": False,
                    "reason": f"{where} failed: {why}"}, "".join(log)
    return {"ok": True, "status": None, "expected_failure": False, "reason": ""}, "".join(log)


def _cacheable(meta: dict) -> bool:
    """A build that worked, or whose expected error did not come (it succeeded: it will again).
    A broken build is not cached: it may be transient."""
    return meta["ok"] or meta.get("cacheable", False)


def build_cell(plan: CellPlan, probe: Probe, cache: BuildCache, work: Path, log_path: Path) -> BuildOutcome:
    """Populate `work` with the cell's sources and artifacts, from the cache or by building."""
    cell = plan.cell
    sources = dict(plan.sources)
    try:
        go = gobuild.cache_material(cell, probe, plan.cache_root)     # builds the shared std if needed
    except gobuild.STD_ERRORS as e:
        log_path.write_text(f"[the Go lane could not start]\n{e}\n")
        return BuildOutcome(False, False, "UNRESOLVED", str(e)[:300], False, "")
    key = cache_key(cell, probe, [list(b.argv) for b in plan.builds], sources, go)
    hit = cache.get(key)
    cached = hit is not None
    if hit is None:
        staging = cache.staging(key)
        for name, path in sources.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, staging / name)
        meta, log = _run_steps(plan, staging)
        (staging / ".build.log").write_text(log)
        if _cacheable(meta):
            entry = cache.commit(key, staging, {**meta, "cell": cell.id})
        else:
            entry = staging
    else:
        entry, meta = hit
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(entry, work, ignore=shutil.ignore_patterns("meta.json", ".build.log"))
    log_text = (entry / ".build.log").read_text(errors="replace")
    log_path.write_text((f"[build cache hit {key}]\n" if cached else f"[built, cache key {key}]\n") + log_text)
    if not cached and not _cacheable(meta):
        shutil.rmtree(entry, ignore_errors=True)
    return BuildOutcome(meta["ok"], meta["expected_failure"], meta["status"], meta["reason"], cached, key)
