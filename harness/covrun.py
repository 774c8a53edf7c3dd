"""What a coverage run starts: the matrix with --coverage (the harness again, as a child), and
genhtml over a tracefile."""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from . import options
from .platforms import ROOT
from .procs import run_process

RUN_TIMEOUT = 4 * 3600.0
GENHTML_TIMEOUT = 1800.0


def run_argv(a: argparse.Namespace, paths: list[str], run_dir: Path, cache_dir: str | None) -> list[str]:
    """`harness run --coverage` for the selection of a coverage command (its options are the run's)."""
    chosen = {"arch": a.arch, "profile": a.profile, "profile_file": a.profile_file, "cases_root": a.cases_root,
              "cache_dir": cache_dir, "run_dir": str(run_dir), "results_root": str(a.results_root), "coverage": True}
    return [sys.executable, "-m", "harness", "run", *paths, *options.argv(chosen), "-n", str(a.jobs),
            *(["-k", a.k] if a.k else [])]


def run_matrix(argv: list[str]) -> int:
    print(f"+ {' '.join(argv)}", flush=True)
    try:
        return subprocess.run(argv, cwd=ROOT, timeout=RUN_TIMEOUT).returncode
    except subprocess.TimeoutExpired:
        print(f"coverage: the matrix run took over {RUN_TIMEOUT:g}s", file=sys.stderr)
        return 3


def genhtml(info: Path, out: Path, title: str, prefix: Path | None = None) -> str | None:
    """Render one tracefile; returns an error line or None."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    argv = ["genhtml", "--quiet", "--output-directory", str(out), "--title", title, "--legend"]
    if prefix is not None:
        argv += ["--prefix", str(prefix)]
    res = run_process([*argv, str(info)], out, GENHTML_TIMEOUT, out / ".genhtml.out", out / ".genhtml.err")
    if res.returncode != 0:
        err = (out / ".genhtml.err").read_text(errors="replace").strip().splitlines()
        return f"genhtml {info.name}: {err[-1] if err else res.error or res.returncode}"
    return None
