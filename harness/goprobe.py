"""The Go lane's start-up work for one column: its probe (go runs, knows GOARCH, builds a cgo hello
that runs under the arch's runner) and, on request, its shared std built ahead of a run."""
from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import time
from pathlib import Path

from . import components, gobuild
from .cells import COLUMN_AXES, Cell
from .manifest import GO_AXES, BuildStep, Case
from .procs import run_process
from .tools import tool_id, version_line

PROBE_TIMEOUT = 300.0

CGO_HELLO = """package main

// #include <stdio.h>
// static void hello(void) { puts("hello from cgo"); fflush(stdout); }
import "C"

func main() { C.hello() }
"""


def _record(result, tool: str, flag: str, component: str) -> str:
    """Note a tool's version line and component version in the probe; its identity for the cache."""
    version = version_line([tool, flag])
    result.versions[tool] = version
    result.components.update(components.from_banner(component, version))
    return tool_id(tool, version)


def probe_go(arch, profile, result, cache_root: Path) -> None:
    """Fill result.go_reason ("" = the Go lane works), result.go_identity and versions: the go
    command runs, knows GOARCH, and builds (with cgo and the column's C compiler, or gccgo) a
    program that runs under the arch's runner."""
    prof = profile.for_arch(arch)
    if not arch.goarch:
        result.go_reason = f"probe: {arch.path.name} names no goarch (no Go port)"
        return
    if shutil.which(prof.go) is None:
        result.go_reason = f"probe: {prof.go} not found in PATH"
        return
    ident = _record(result, prof.go, "version", "go")
    if prof.go_compiler == "gccgo":
        if shutil.which(prof.gccgo) is None:
            result.go_reason = f"probe: {prof.gccgo} not found in PATH (gccgo for {arch.name})"
            return
        ident += "\0" + _record(result, prof.gccgo, "--version", "gccgo")
    result.go_identity = hashlib.sha256(ident.encode()).hexdigest()
    home = gobuild.go_home(cache_root)
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    # A cgo hello that built and ran once with these very tools need not be built again: a warm
    # run skips the probe's go build (seconds per column). Only success is remembered.
    seen = home / "probe-ok" / hashlib.sha256(
        f"{result.go_identity}\0{result.tool_identity}\0{arch.name}\0{shlex.join(arch.runner_argv())}"
        f"\0{prof.go_compiler}\0{prof.cc}".encode()).hexdigest()
    if seen.exists():
        return
    import tempfile
    with tempfile.TemporaryDirectory(prefix="dsoconf-goprobe-", dir=home / "tmp") as tmp:
        d = Path(tmp)
        (d / "hello.go").write_text(CGO_HELLO)
        step = BuildStep(out="hello", src=("hello.go",), kind="go", buildmode="exe")
        case = Case(id="probe/go", dir=d, title="go probe", refs=("probe",), build=(step,))
        cell = Cell(case, (), arch, profile)
        e = {**os.environ, **gobuild.env(cell, step, home, d)}
        e.pop("GOROOT", None)
        a = gobuild.argv(cell, step)
        res = run_process(a, d, PROBE_TIMEOUT, d / "go.out", d / "go.err", env=e)
        if res.returncode != 0:
            err = (d / "go.err").read_text(errors="replace").strip().splitlines()
            result.go_reason = f"probe: {shlex.join(a)} (cgo hello for {arch.name}) fails: " \
                               f"{err[-1] if err else res.error or 'timeout'}"
            return
        ran = run_process([*arch.runner_argv(), "./hello"], d, 60 * arch.timeout_factor, d / "run.out",
                          d / "run.err")
        got = (d / "run.out").read_text(errors="replace")
        if ran.returncode != 0 or got != "hello from cgo\n":
            err = (d / "run.err").read_text(errors="replace").strip().splitlines()
            result.go_reason = f"probe: the cgo hello built by {prof.go} does not run on {arch.name}: " \
                               f"{ran.signal_name or ran.returncode}{': ' + err[-1] if err else ''}"
            return
    seen.parent.mkdir(parents=True, exist_ok=True)
    seen.touch()


def prepare_std(arch, profile, probe, cache_root: Path) -> str:
    """Build (or verify) the shared std of one column ahead of a run (`harness probe --go-std`):
    what the first -linkshared cell of the column would otherwise build — one per GOARM value where
    the `goarm` axis expands (gc on arm). Returns a line to print."""
    if profile.for_arch(arch).go_compiler == "gccgo":
        return "gccgo: no shared std to build (libgo.so comes with gccgo)"
    variants = ([(("goarm", v),) for v in GO_AXES["goarm"]] if COLUMN_AXES["goarm"](arch, profile) else [()])
    case = Case(id="probe/go-std", dir=cache_root, title="shared std", refs=("probe",), build=())
    lines = []
    for variant in variants:
        start = time.monotonic()
        std, digest = gobuild.ensure_std(Cell(case, variant, arch, profile), probe, gobuild.go_home(cache_root))
        lines.append(f"shared std {std.dynlink / 'libstd.so'} (ABI hash ...{digest[-16:]}, "
                     f"{time.monotonic() - start:.1f}s)")
    return "; ".join(lines)
