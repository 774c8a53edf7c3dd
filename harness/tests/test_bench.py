"""The benchmark's helpers: cases-tree copies, growth paths, the runner RSS sampler, the table."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from harness import bench
from harness.platforms import ROOT


def test_copy_cases_renames_every_family(tmp_path):
    src = tmp_path / "cases"
    for rel in ("lib/check.h", "tls/a/case.toml", "reloc/b/case.toml"):
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_text("x")
    dst = bench.copy_cases(src, tmp_path / "copy", 3)
    assert sorted(p.relative_to(dst).as_posix() for p in dst.rglob("case.toml")) == [
        "reloc/b/case.toml", "reloc_2/b/case.toml", "reloc_3/b/case.toml",
        "tls/a/case.toml", "tls_2/a/case.toml", "tls_3/a/case.toml"]
    assert (dst / "lib" / "check.h").exists() and not (dst / "lib_2").exists()


def test_copies_are_distinct_builds_with_the_same_behaviour(tmp_path):
    """Identical copies would share one build in the content-hashed cache and make growth look
    free: every copy but the first gets its .c/.go files marked, and still compiles and runs."""
    src = tmp_path / "cases"
    (src / "lib").mkdir(parents=True)
    (src / "lib" / "check.h").write_text("/* lib */\n")
    case = src / "tls" / "a"
    case.mkdir(parents=True)
    (case / "case.toml").write_text("title = 'x'\n")
    (case / "main.c").write_text('#include <stdio.h>\nint main(void) { puts("same"); return 0; }\n')
    (case / "lib.go").write_text("package main\n")
    dst = bench.copy_cases(src, tmp_path / "copy", 3)
    mains = [(dst / fam / "a" / "main.c").read_bytes() for fam in ("tls", "tls_2", "tls_3")]
    assert len(set(mains)) == 3 and mains[0] == (case / "main.c").read_bytes()
    assert len({(dst / fam / "a" / "lib.go").read_bytes() for fam in ("tls", "tls_2", "tls_3")}) == 3
    assert (dst / "tls_2" / "a" / "case.toml").read_bytes() == (case / "case.toml").read_bytes()
    assert (dst / "lib" / "check.h").read_bytes() == b"/* lib */\n"
    for fam in ("tls", "tls_3"):
        exe = tmp_path / f"{fam}.out"
        subprocess.run(["cc", "-Wall", "-Werror", str(dst / fam / "a" / "main.c"), "-o", str(exe)], check=True)
        assert subprocess.run([str(exe)], capture_output=True, text=True).stdout == "same\n"


def test_growth_paths_follow_the_copies(tmp_path):
    got = bench._growth_paths([str(ROOT / "cases" / "tls")], tmp_path, 2)
    assert got == [str(tmp_path / "tls"), str(tmp_path / "tls_2")]


def test_runner_rss_sees_python_processes():
    proc = subprocess.Popen([sys.executable, "-c", "import time; x = bytearray(40 << 20); time.sleep(1.5)"])
    rss = bench.RunnerRss(proc.pid, interval=0.1)
    proc.wait()
    got = rss.stop()
    assert got["processes"] == 1 and got["max_process_mib"] >= 40


def test_table_reports_targets():
    run = {"wall_s": 100.0, "cells": 10, "cells_per_s": 0.1, "built": 9, "cell_seconds": 150.0,
           "runner_rss": {"max_process_mib": 50, "sum_mib": 120, "processes": 3}}
    doc = {"jobs": "2", "cold": run, "warm": {**run, "wall_s": 5.0, "built": 0, "cell_seconds": 8.0, "run_seconds": 6.0},
           "growth_arch": "amd64", "setup": {"wall_s": 40.0, "exit": 0},
           "plain": {"wall_s": 95.0, "cells_per_s": 0.1, "scripts": 10, "script_exit_agrees_with_harness": 10},
           "overhead": 100 / 95, "warm_ratio": 0.05, "load_before": "1 1 1", "load_after": "2 2 2",
           "growth": [{"copies": 1, "cells": 10, "wall_s": 10.0, "vs_1x": 1.0},
                      {"copies": 2, "cells": 20, "wall_s": 21.0, "vs_1x": 2.1}]}
    text = bench.table(doc)
    assert "| harness cold / plain | 1.05x | <= 1.10x met |" in text
    assert "| warm / cold | 5.0% | <= 10% met |" in text
    assert "| warm, per job: in cells / of that in run and gdb steps (sums / 2 jobs) | 4.0 s / 3.0 s of 5.0 s | |" in text
    assert "| set-up: probes + Go shared std (once per toolchain; plain reuses it) | 40.0 s | |" in text
    assert "| harness warm | 5.0 s (0.10 cells/s, 0 cells built) | |" in text
    assert "growth 2x (20 cells, amd64) | 21.0 s, 1050 ms/cell, x2.10 of 1x" in text
    assert os.cpu_count()


def test_kill_marked_reads_only_processes_newer_than_the_first():
    from harness import procs
    env = {**os.environ, procs.TOKEN_VAR: "bench-test-token"}
    proc = subprocess.Popen(["sleep", "30"], env=env)
    try:
        # Right after Popen returns, /proc/<pid>/environ may still read empty (the exec is not
        # complete from /proc's view): wait until the token is visible, as a daemon's would be.
        deadline = time.monotonic() + 10
        while b"bench-test-token" not in Path(f"/proc/{proc.pid}/environ").read_bytes():
            assert time.monotonic() < deadline, "the child's environment never showed the token"
            time.sleep(0.01)
        if not procs._pids_wrapped(proc.pid + 1):
            assert procs.kill_marked("bench-test-token", proc.pid + 1) == 0     # older: not looked at
        assert procs.kill_marked("bench-test-token", proc.pid) == 1
        assert proc.wait(timeout=10) == -9
    finally:
        proc.kill()
        proc.wait()


def test_children_get_the_limits_without_a_preexec_fn(tmp_path):
    from harness import procs
    out, err = tmp_path / "o", tmp_path / "e"
    procs.run_process([sys.executable, "-c", "import resource as r; print(r.getrlimit(r.RLIMIT_CORE)[0], "
                       "r.getrlimit(r.RLIMIT_FSIZE)[0])"], tmp_path, 10, out, err)
    core, fsize = out.read_text().split()
    assert core == "0" and int(fsize) == procs.FILE_SIZE_LIMIT
