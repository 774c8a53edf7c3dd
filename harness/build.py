"""Build a cell's [[build]] steps, reusing the content-hash cache.

The argv of every step is computed here once; repro.sh prints the same argv.
"""
from __future__ import annotations

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
from .coverage import step_cflags
from .manifest import BuildStep
from .probe import Probe
from .procs import run_process

BASE_CFLAGS = ("-std=gnu11", "-Wall", "-Wextra", "-Werror", "-pthread", "-I.")
RPATH = "-Wl,-rpath,$ORIGIN"
BUILD_TIMEOUT = 300.0
CACHE_FORMAT = 1


def step_argv(cell: Cell, step: BuildStep, probe: Probe | None = None, cache_root: Path | None = None) -> list[str]:
    if step.kind == "go":       # go build ...: harness/gobuild.py (needs the probe and cache root)
        return gobuild.step_argv(cell, step, probe, cache_root or Path("."))
    prof = cell.profile.for_arch(cell.arch)
    sub = cell.substitute
    if step.kind == "archive":
        return [prof.ar, "rcs", step.out, *step.src]
    argv = [prof.cc, *BASE_CFLAGS, *step_cflags(prof.cflags, step)]
    if step.kind == "shared":
        argv += ["-fPIC", "-shared", f"-Wl,-soname,{step.out}"]
    elif step.kind == "object":
        argv += ["-c"]
    argv += [sub(f) for f in step.cflags]
    argv += list(step.src)
    if step.kind == "object":
        return argv + ["-o", step.out]
    argv += list(step.link)
    argv += ["-o", step.out, *prof.ldflags, *(sub(f) for f in step.ldflags), RPATH]
    return argv


def source_files(cell: Cell, check_h: Path) -> dict[str, Path]:
    """Name in the build directory -> file: the case's files and check.h."""
    files = {name: cell.case.dir / name for name in cell.case.sources}
    files.setdefault("check.h", check_h)
    return files


def step_env(cell: Cell, step: BuildStep, probe: Probe, cache_root: Path, build_dir: Path) -> dict[str, str] | None:
    """Variables a go step adds to the environment (GOARCH, CC, GOCACHE, ...); None for C steps."""
    return gobuild.step_env(cell, step, probe, cache_root, build_dir) if step.kind == "go" else None


def cache_key(cell: Cell, probe: Probe, argvs: list[list[str]], sources: dict[str, Path], go: str = "") -> str:
    h = hashlib.sha256()
    fields = {"format": CACHE_FORMAT, "arch": cell.arch.name, "profile": cell.profile.name,
              "tools": probe.tool_identity, "argv": argvs, "expect": [s.build_error for s in cell.case.build]}
    if go:
        fields["go"] = go          # Go toolchain, step environment, shared std (gobuild.cache_material)
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


def _run_steps(cell: Cell, argvs: list[list[str]], d: Path, envs: list[dict[str, str] | None]) -> tuple[dict, str]:
    """Run the steps in d; return (meta, log text)."""
    log = []
    for i, (step, argv) in enumerate(zip(cell.case.build, argvs)):
        out_path, err_path = d / f".step{i}.out", d / f".step{i}.err"
        res = run_process(argv, d, BUILD_TIMEOUT, out_path, err_path,
                          env={**os.environ, **envs[i]} if envs[i] else None)
        text = out_path.read_text(errors="replace") + err_path.read_text(errors="replace")
        out_path.unlink()
        err_path.unlink()
        rc = "timeout" if res.timed_out else (res.error or res.returncode)
        env_text = "".join(f"{k}={shlex.quote(v)} " for k, v in (envs[i] or {}).items())
        log.append(f"$ {env_text}{shlex.join(argv)}\n{text}[exit {rc}]\n")
        failed = res.returncode != 0
        where = f"build step {i + 1} ({step.out})"
        if step.build_error is not None:
            if not failed:
                # A link that succeeds will succeed again: cached (a failure may be transient: not).
                return {"ok": False, "status": "FAIL", "expected_failure": False, "cacheable": True,
                        "reason": f"{where} should fail with /{step.build_error}/ but succeeded"}, "".join(log)
            if not re.search(step.build_error, text):
                return {"ok": False, "status": "FAIL", "expected_failure": False,
                        "reason": f"{where} failed, but not with /{step.build_error}/: {_last_line(text)}"}, \
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


def build_cell(cell: Cell, probe: Probe, cache: BuildCache, check_h: Path, work: Path, log_path: Path) -> BuildOutcome:
    """Populate `work` with the cell's sources and artifacts, from the cache or by building."""
    cache_root = cache.root.parent
    argvs = [step_argv(cell, s, probe, cache_root) for s in cell.case.build]
    sources = source_files(cell, check_h)
    try:
        go = gobuild.cache_material(cell, probe, cache_root)     # builds the shared std if needed
    except gobuild.STD_ERRORS as e:
        log_path.write_text(f"[the Go lane could not start]\n{e}\n")
        return BuildOutcome(False, False, "UNRESOLVED", str(e)[:300], False, "")
    key = cache_key(cell, probe, argvs, sources, go)
    hit = cache.get(key)
    cached = hit is not None
    if hit is None:
        staging = cache.staging(key)
        for name, path in sources.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, staging / name)
        envs = [step_env(cell, s, probe, cache_root, staging) for s in cell.case.build]
        meta, log = _run_steps(cell, argvs, staging, envs)
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
