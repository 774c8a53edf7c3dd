"""`python3 -m harness bench` (make bench): what the harness costs over plain shell scripts.

On one machine, in one go:
  setup   `harness probe --go-std` into a fresh cache: the probes and Go's shared std per arch, a
          one-time cost per toolchain that the plain scripts reuse too, so it is timed on its own
  cold    the selection through the harness with that cache (no case built yet)
  warm    the same again with that cache (no compiler should start)
  plain   the cold run's cells as `xargs -P <jobs>` over their repro.sh scripts (each builds and runs
          its cell from a copy of its sources; exit 0 = behaves as expected)
  growth  the cases tree copied k times (renamed copies whose .c/.go files end in a distinct comment,
          so every copy is really built: the cache would otherwise share identical builds) into a
          temporary cases root, k = 1..4, each with a fresh cache, on the growth selection (default:
          the amd64 column)
Reported: wall times, harness/plain (overhead), warm/cold, where the warm run's time goes (sum of
cell durations / jobs, and of that the run and gdb steps: the programs under qemu and the gdb
sessions, which a warm cache cannot skip), cells per second, peak RSS of the runner
(the harness's own python processes: controller and xdist workers; VmHWM sampled from /proc), time
per cell at each k, and the load average before and after. Results: results/bench/<time>/bench.json
and bench.md.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from . import options, results
from .platforms import ROOT

RUN_TIMEOUT = 6 * 3600.0
PLAIN_DRIVER = '#!/bin/sh\n# one cell: its repro.sh, output to plain.log; prints "<exit> <cell dir>"\n' \
               'sh "$1/repro.sh" > "$1/plain.log" 2>&1\necho "$? $1"\n'


def add_parser(sub) -> None:
    s = sub.add_parser("bench", help="time the harness against plain repro.sh scripts (cold, warm, growth)")
    s.add_argument("paths", nargs="*", help="case directories (default: every case)")
    s.add_argument("--arch", default=None, help="arches of the main measurement (default: the default arches)")
    s.add_argument("--profile", default=None)
    s.add_argument("-k", default=None)
    s.add_argument("-n", "--jobs", default=str(os.cpu_count() or 1), help="harness workers and xargs -P")
    s.add_argument("--growth", default="1,2,3,4", help="copies of the cases tree for the growth runs ('' = none)")
    s.add_argument("--growth-arch", default="amd64", help="arches of the growth runs (default amd64; 'default' = "
                                                          "the default matrix, which takes 10x the cold run)")
    s.add_argument("--out", default=str(ROOT / "results" / "bench"))
    s.set_defaults(fn=command)


class RunnerRss:
    """Peak RSS of a process and its python descendants, sampled from /proc: the largest VmHWM
    of one process, and the largest sum of VmRSS of those alive at one sample."""

    def __init__(self, pid: int, interval: float = 0.25):
        self.pid, self.interval = pid, interval
        self.peaks: dict[int, int] = {}          # pid -> VmHWM kB
        self.peak_total = 0                      # kB: the largest sum of VmRSS over one sample
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    @staticmethod
    def _children(pid: int) -> list[int]:
        out = []
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    out += [int(c) for c in f.read().split()]
        except OSError:
            pass
        return out

    def _sample(self) -> None:
        # The controller and its python children (the xdist workers), not deeper: a worker's child
        # is "python3" too between fork() and exec(), with the worker's RSS counted again.
        todo = [(self.pid, 0)]
        total = 0
        while todo:
            pid, depth = todo.pop()
            try:
                with open(f"/proc/{pid}/comm") as f:
                    comm = f.read().strip()
                if comm.startswith("python"):
                    with open(f"/proc/{pid}/status") as f:
                        for line in f:
                            if line.startswith("VmHWM:"):
                                self.peaks[pid] = max(self.peaks.get(pid, 0), int(line.split()[1]))
                            elif line.startswith("VmRSS:"):
                                total += int(line.split()[1])
                    if depth == 0:
                        todo += [(child, 1) for child in self._children(pid)]
            except OSError:
                continue
        self.peak_total = max(self.peak_total, total)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        peaks = sorted(self.peaks.values(), reverse=True)
        return {"max_process_mib": round(peaks[0] / 1024, 1) if peaks else 0.0,
                "sum_mib": round(self.peak_total / 1024, 1), "processes": len(peaks)}


def harness_run(sel: list[str], run_dir: Path, cache: Path, jobs: str, log: Path,
                cases_root: Path | None = None) -> dict:
    argv = [sys.executable, "-m", "harness", "run", *sel, "--run-dir", str(run_dir), "--cache-dir", str(cache),
            "--results-root", str(run_dir.parent), "-n", jobs]
    if cases_root is not None:
        argv += ["--cases-root", str(cases_root)]
    t0 = time.monotonic()
    with log.open("wb") as f:
        proc = subprocess.Popen(argv, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=f, stderr=subprocess.STDOUT)
        rss = RunnerRss(proc.pid)
        try:
            rc = proc.wait(timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            rc = proc.wait()
    wall = time.monotonic() - t0
    rs = results.read(run_dir) if (run_dir / results.RESULTS_FILE).exists() else []
    return {"wall_s": round(wall, 2), "exit": rc, "cells": len(rs),
            "cells_per_s": round(len(rs) / wall, 2) if wall else 0.0,
            "built": sum(1 for r in rs if not r.build_cached and (run_dir / "cells" / r.cell / "repro.sh").exists()),
            "cell_seconds": round(sum(r.duration for r in rs), 2),
            "run_seconds": round(sum(r.run_seconds for r in rs), 2),
            "statuses": _counts(r.status for r in rs), "runner_rss": rss.stop()}


def setup_run(sel_arch: str | None, profile: str | None, cache: Path, log: Path) -> dict:
    """The probes and Go's shared std of the selected columns, into `cache`."""
    argv = [sys.executable, "-m", "harness", "probe", "--go-std", "--cache-dir", str(cache)]
    argv += options.argv({"arch": sel_arch or "default", "profile": profile})
    t0 = time.monotonic()
    with log.open("wb") as f:
        proc = subprocess.run(argv, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=f, stderr=subprocess.STDOUT,
                              timeout=RUN_TIMEOUT)
    return {"wall_s": round(time.monotonic() - t0, 2), "exit": proc.returncode}


def _counts(items) -> dict[str, int]:
    out: dict[str, int] = {}
    for i in items:
        out[i] = out.get(i, 0) + 1
    return dict(sorted(out.items()))


def plain_run(run_dir: Path, jobs: str, work: Path) -> dict:
    """xargs -P over the repro.sh of every cell of `run_dir` that has one."""
    rs = {r.cell: r.status for r in results.read(run_dir)}
    dirs = [run_dir / "cells" / c for c in sorted(rs) if (run_dir / "cells" / c / "repro.sh").exists()]
    driver = work / "plain-one.sh"
    driver.write_text(PLAIN_DRIVER)
    listing = work / "plain-cells.txt"
    listing.write_bytes(b"\0".join(str(d).encode() for d in dirs))
    out, err = work / "plain.out", work / "plain.err"
    t0 = time.monotonic()
    with listing.open("rb") as stdin:
        proc = subprocess.run(["xargs", "-0", "-P", jobs, "-n", "1", "sh", str(driver)], stdin=stdin,
                              stdout=out.open("wb"), stderr=err.open("wb"), timeout=RUN_TIMEOUT)
    wall = time.monotonic() - t0
    exits = {}
    for line in out.read_text(errors="replace").splitlines():
        code, _, d = line.partition(" ")
        exits[Path(d).relative_to(run_dir / "cells").as_posix()] = int(code)
    # A repro.sh exits 0 when the cell meets its expectations: PASS and XPASS cells do; FAIL cells and
    # XFAIL cells (the cited bug: repro.sh shows it) do not.
    disagree = sorted(c for c, code in exits.items() if (code == 0) != (rs[c] in ("PASS", "XPASS")))
    return {"wall_s": round(wall, 2), "exit": proc.returncode, "scripts": len(dirs),
            "cells_per_s": round(len(dirs) / wall, 2) if wall else 0.0,
            "script_exit_agrees_with_harness": len(exits) - len(disagree), "disagree": disagree[:20]}


COPY_MARK = {".c": "\n/* dsoconf bench copy {n} */\n", ".go": "\n// dsoconf bench copy {n}\n"}


def copy_cases(src: Path, dst: Path, copies: int) -> Path:
    """cases/ with every family directory present `copies` times (fam, fam_2, ...): distinct case
    ids, and distinct builds: copy n's .c and .go files end in a comment naming n (behaviour and
    line numbers unchanged), so the content-hashed build cache cannot share a build between copies."""
    dst.mkdir(parents=True)
    shutil.copytree(src / "lib", dst / "lib")
    for fam in sorted(p for p in src.iterdir() if p.is_dir() and p.name != "lib"):
        for i in range(copies):
            target = dst / (fam.name if i == 0 else f"{fam.name}_{i + 1}")
            shutil.copytree(fam, target)
            if i == 0:
                continue
            for f in sorted(target.rglob("*")):
                if f.suffix in COPY_MARK and f.is_file():
                    with f.open("a") as out:
                        out.write(COPY_MARK[f.suffix].format(n=i + 1))
    return dst


def _growth_paths(paths: list[str], cases_root: Path, copies: int) -> list[str]:
    out = []
    for p in paths:
        rel = Path(p).resolve().relative_to(ROOT / "cases")
        fam, rest = rel.parts[0], rel.parts[1:]
        for i in range(copies):
            out.append(str(cases_root.joinpath(fam if i == 0 else f"{fam}_{i + 1}", *rest)))
    return out


def _loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _selection(a: argparse.Namespace, arch: str | None) -> list[str]:
    sel = [str(Path(p).resolve()) for p in a.paths] + options.argv({"arch": arch, "profile": a.profile})
    return sel + (["-k", a.k] if a.k else [])


def table(doc: dict) -> str:
    c, w, p = doc["cold"], doc["warm"], doc["plain"]
    jobs = max(int(doc["jobs"]), 1)
    rows = [
        "| measurement | value | target |", "|---|---:|---|",
        f"| cells (harness) / scripts (plain) | {c['cells']} / {p['scripts']} | |",
        f"| set-up: probes + Go shared std (once per toolchain; plain reuses it) | {doc['setup']['wall_s']:.1f} s | |",
        f"| harness cold | {c['wall_s']:.1f} s ({c['cells_per_s']:.2f} cells/s, {c['built']} cells built) | |",
        f"| harness warm | {w['wall_s']:.1f} s ({w['cells_per_s']:.2f} cells/s, {w['built']} cells built) | |",
        f"| warm, per job: in cells / of that in run and gdb steps (sums / {doc['jobs']} jobs) | "
        f"{w['cell_seconds'] / jobs:.1f} s / {w.get('run_seconds', 0.0) / jobs:.1f} s of {w['wall_s']:.1f} s | |",
        f"| plain xargs -P {doc['jobs']} over repro.sh | {p['wall_s']:.1f} s ({p['cells_per_s']:.2f} cells/s) | |",
        f"| harness cold / plain | {doc['overhead']:.2f}x | "
        f"<= 1.10x {'met' if doc['overhead'] <= 1.10 else 'MISSED'} |",
        f"| warm / cold | {100 * doc['warm_ratio']:.1f}% | <= 10% {'met' if doc['warm_ratio'] <= 0.10 else 'MISSED'} |",
        f"| runner peak RSS (largest process / all at once) | {c['runner_rss']['max_process_mib']:.0f} / "
        f"{c['runner_rss']['sum_mib']:.0f} MiB ({c['runner_rss']['processes']} python processes seen) | |",
        f"| repro.sh exit agrees with harness status | {p['script_exit_agrees_with_harness']} of {p['scripts']} | |",
    ]
    for g in doc["growth"]:
        rows.append(f"| growth {g['copies']}x ({g['cells']} cells, {doc['growth_arch']}) | {g['wall_s']:.1f} s, "
                    f"{1000 * g['wall_s'] / max(g['cells'], 1):.0f} ms/cell, x{g['vs_1x']:.2f} of 1x | "
                    f"near-linear: x{g['copies']} |")
    rows.append(f"| load average before / after | {doc['load_before']} / {doc['load_after']} | |")
    return "\n".join(rows)


def command(a: argparse.Namespace, extra: list[str]) -> int:
    out = Path(a.out).resolve() / time.strftime("%Y%m%d-%H%M%S")
    out.mkdir(parents=True)
    doc: dict = {"started": time.strftime("%Y-%m-%d %H:%M:%S"), "jobs": a.jobs, "nproc": os.cpu_count(),
                 "selection": _selection(a, a.arch), "load_before": _loadavg(), "growth_arch": a.growth_arch}
    with tempfile.TemporaryDirectory(prefix="dsoconf-bench-") as tmp:
        t = Path(tmp)
        sel = _selection(a, a.arch)
        print(f"bench: set-up (probes, Go shared std) for {a.arch or 'default'}", flush=True)
        doc["setup"] = setup_run(a.arch, a.profile, t / "cache", out / "setup.log")
        print(f"bench: set-up {doc['setup']['wall_s']}s; cold run ({' '.join(sel) or 'default matrix'})",
              flush=True)
        doc["cold"] = harness_run(sel, out / "cold", t / "cache", a.jobs, out / "cold.log")
        print(f"bench: cold {doc['cold']['wall_s']}s; warm run", flush=True)
        doc["warm"] = harness_run(sel, out / "warm", t / "cache", a.jobs, out / "warm.log")
        print(f"bench: warm {doc['warm']['wall_s']}s; plain xargs -P {a.jobs} over repro.sh", flush=True)
        doc["plain"] = plain_run(out / "cold", a.jobs, out)
        print(f"bench: plain {doc['plain']['wall_s']}s", flush=True)
        doc["growth"] = []
        gsel = _selection(argparse.Namespace(paths=[], profile=a.profile, k=a.k), a.growth_arch)
        for k in [int(x) for x in a.growth.split(",") if x.strip()]:
            root = copy_cases(ROOT / "cases", t / f"cases-{k}", k)
            setup = setup_run(a.growth_arch, a.profile, t / f"cache-{k}", out / f"growth-{k}-setup.log")
            g = harness_run([*_growth_paths(a.paths, root, k), *gsel], out / f"growth-{k}", t / f"cache-{k}",
                            a.jobs, out / f"growth-{k}.log", cases_root=root)
            shutil.rmtree(t / f"cache-{k}", ignore_errors=True)
            shutil.rmtree(root, ignore_errors=True)
            shutil.rmtree(out / f"growth-{k}" / "cells", ignore_errors=True)
            doc["growth"].append({"copies": k, "setup_s": setup["wall_s"], **g})
            print(f"bench: growth {k}x: {g['wall_s']}s for {g['cells']} cells", flush=True)
    first = doc["growth"][0]["wall_s"] if doc["growth"] else 0.0
    for g in doc["growth"]:
        g["vs_1x"] = round(g["wall_s"] / first, 2) if first else 0.0
    doc["overhead"] = round(doc["cold"]["wall_s"] / max(doc["plain"]["wall_s"], 1e-9), 3)
    doc["warm_ratio"] = round(doc["warm"]["wall_s"] / max(doc["cold"]["wall_s"], 1e-9), 3)
    doc["load_after"] = _loadavg()
    (out / "bench.json").write_text(json.dumps(doc, indent=1))
    md = table(doc)
    selection = " ".join(doc["selection"]) or "default matrix"
    (out / "bench.md").write_text(f"# dsoconf bench {doc['started']}\n\nselection: {selection}; "
                                  f"jobs {a.jobs} of {doc['nproc']} cores\n\n{md}\n")
    print(md)
    print(f"bench: {out / 'bench.md'}")
    return 0
