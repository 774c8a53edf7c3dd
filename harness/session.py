"""A run's lifecycle, apart from pytest: its settings (resolved once by the controller, handed to
the workers as plain data), the run directory's lock, the probes of its columns, and what is written
when it ends (reports, run.json, the `latest` link). harness/plugin.py calls these from its hooks."""
from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path
from typing import Any, Callable

from . import columns, coverage, reports, results, runinfo, shard
from . import probe as probing
from .cache import BuildCache, default_root
from .execute import Context
from .platforms import DEFAULT_ARCHES, DEFAULT_PROFILES, ROOT, select_arches, select_profiles


class RunDirBusy(Exception):
    pass


def settings(get: Callable[[str], Any]) -> dict:
    """The run's settings from the option values (get(dest), options.RUN): plain data. Raises
    ValueError for a bad --sample or --shard before any work."""
    results_root = Path(get("results_root") or ROOT / "results").resolve()
    run_dir = get("run_dir")
    if run_dir is None and get("resume"):
        run_dir = str((results_root / "latest").resolve())
    if run_dir is None:
        run_dir = str(results_root / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")
    done = sorted(r.cell for r in results.read(Path(run_dir))) if get("resume") else []
    s = {
        "arch": get("arch") or os.environ.get("ARCHES") or DEFAULT_ARCHES,
        "emulated": bool(get("emulated")),
        "boards": [str(Path(p).resolve()) for p in get("board") or ()],
        "profile": get("profile") or os.environ.get("PROFILES") or DEFAULT_PROFILES,
        "profile_files": [str(Path(p).resolve()) for p in get("profile_file")],
        "run_dir": str(Path(run_dir).resolve()),
        "results_root": str(results_root),
        "cache_dir": str(Path(get("cache_dir")).resolve()) if get("cache_dir") else str(default_root()),
        "timeout_scale": get("timeout_scale"),
        "scale": get("scale"),
        "run_token": f"{os.getpid()}-{time.time_ns()}",
        "cases_root": str(Path(get("cases_root") or ROOT / "cases").resolve()),
        "done": done,
        "shard": get("shard"),
        "coverage": get("coverage"),
        "sample": get("sample"),
        "started": time.time(),
    }
    if s["sample"]:
        try:
            shard.parse_sample(s["sample"])
        except ValueError as e:
            raise ValueError(f"--sample: {e}") from None
    if s["shard"]:
        shard.parse(s["shard"])
    return s


def matrix(s: dict):
    """(arches, profiles) the run selected; coverage runs instrument the profiles."""
    arches = select_arches(s["arch"], ROOT, emulated=s.get("emulated", False), boards=s.get("boards", ()))
    profiles = select_profiles(s["profile"], s["profile_files"])
    if s.get("coverage"):
        profiles = [coverage.instrument(p) for p in profiles]
    return arches, profiles


def claim(run_dir: Path, token: str) -> int | None:
    """One run at a time per results directory. The first process of a run to get here holds an
    flock on .run.lock for its lifetime (keep the returned fd open) and writes the run's token; the
    run's other processes see their own token (None); a process of another run sees a held lock
    with another token: RunDirBusy."""
    fd = os.open(run_dir / ".run.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        # The holder writes its token right after taking the lock (over a stale one, perhaps):
        # give a process of the same run a moment to see it.
        deadline = time.monotonic() + 5
        owner = ""
        while time.monotonic() < deadline:
            owner = os.pread(fd, 200, 0).decode(errors="replace").strip()
            if owner == token:
                break
            time.sleep(0.02)
        os.close(fd)
        if owner != token:
            raise RunDirBusy(f"{run_dir} is in use by another run ({owner or 'unknown'}); "
                             f"use another --run-dir or wait") from None
        return None
    os.ftruncate(fd, 0)
    os.pwrite(fd, token.encode(), 0)
    return fd


def owns(run_dir: Path, token: str) -> bool:
    try:
        return (run_dir / ".run.lock").read_text().strip() == token
    except OSError:
        return False


def context(s: dict, arches, profiles) -> Context:
    """What every cell of this process needs: the run directory (created), the probes of the
    selected columns (run once per run under a file lock, then read back), the build cache."""
    run_dir = Path(s["run_dir"])
    probes_file = run_dir / "probes.json"
    with (run_dir / ".probes.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        probes = probing.load(probes_file) if probes_file.exists() else {}
        missing = [(a, p) for a in arches for p in profiles if p.applies_to(a) and (a.name, p.name) not in probes]
        if missing:
            probes.update(columns.probe_all(missing, Path(s["cache_dir"])))
            probing.save(probes, probes_file)
    check_h = Path(s["cases_root"]) / "lib" / "check.h"
    if not check_h.exists():
        check_h = ROOT / "cases" / "lib" / "check.h"
    return Context(run_dir, BuildCache(Path(s["cache_dir"])), check_h, probes, s["timeout_scale"],
                   coverage=bool(s.get("coverage")))


def finish(s: dict) -> Path | None:
    """The run's reports, run.json and the `latest` link; None when this process does not own the
    run directory or nothing ran."""
    run_dir = Path(s["run_dir"])
    if not (run_dir / results.RESULTS_FILE).exists() or not owns(run_dir, s["run_token"]):
        return None
    reports.write_all(run_dir)
    runinfo.write(run_dir, s["started"], time.time(), s["shard"])
    latest = Path(s["results_root"]) / "latest"
    if run_dir.parent == latest.parent:
        tmp = latest.with_name(f".latest-{os.getpid()}")
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(run_dir.name)
        tmp.replace(latest)
    return run_dir
