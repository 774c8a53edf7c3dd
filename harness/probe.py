"""Start-up probes for one (arch, profile): compiler present, a hello runs, which libc.

A failed probe makes every cell of that column UNSUPPORTED with the probe's reason. The Go lane's
probe is goprobe.py; columns.py runs both.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import components, remote, secure
from .platforms import Arch, Profile
from .procs import run_process
from .tools import tool_id, version_line

HELLO = '#include <stdio.h>\nint main(void) { puts("hello from dsoconf"); return 0; }\n'
PROBE_TIMEOUT = 60.0


@dataclass
class Probe:
    arch: str
    profile: str
    ok: bool
    reason: str = ""
    libc: str = "unknown"
    native: bool = False
    versions: dict[str, str] = field(default_factory=dict)   # tool -> "--version" first line
    tool_identity: str = ""       # hash of path, size, mtime and version of every tool
    go_reason: str = ""           # why the Go lane cannot run in this column ("" = it can, or no Go cases)
    go_identity: str = ""         # hash of the go command (and gccgo): part of go steps' cache keys
    components: dict[str, str] = field(default_factory=dict)   # component -> version (components.py)
    cxx_reason: str = ""          # why this column builds no C++ ("" = it does)
    cxx_identity: str = ""        # the C++ driver's identity: part of the cache key of C++ steps only
    secure_reason: str = ""       # why this column runs no secure-execution step ("" = it can: secure.py)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "Probe":
        return cls(**data)


def probe(arch: Arch, profile: Profile) -> Probe:
    """The C probe of one column (columns.probe adds the Go lane's)."""
    prof = profile.for_arch(arch)
    result = Probe(arch.name, profile.name, ok=False, native=arch.native)
    if profile.unset:
        result.reason = (f"probe: profile {profile.name} uses unset environment variable(s) "
                         f"{', '.join(profile.unset)}")
        return result
    identity = hashlib.sha256()
    for tool in dict.fromkeys((prof.cc, *prof.tools)):
        path = shutil.which(tool)
        if path is None:
            result.reason = f"probe: {tool} not found in PATH"
            return result
        result.versions[tool] = version_line([path, "--version"])
        identity.update(f"{tool_id(tool, result.versions[tool])}\n".encode())
    runner = arch.runner_argv()
    if runner:
        if shutil.which(runner[0]) is None:
            result.reason = f"probe: {runner[0]} not found in PATH (needed to run {arch.name} code)"
            return result
        result.versions[runner[0]] = version_line([runner[0], "--version"])
        if not arch.emulated:     # an emulated column's builds are its base arch's: the same identity
            identity.update(f"{runner}\0{result.versions[runner[0]]}\n".encode())
        if not Path(arch.sysroot).is_dir():
            result.reason = f"probe: sysroot {arch.sysroot} missing"
            return result
    result.tool_identity = identity.hexdigest()
    if not prof.cxx:
        result.cxx_reason = f"profile {profile.name} names no C++ driver (cxx)"
    elif shutil.which(prof.cxx) is None:
        result.cxx_reason = f"probe: {prof.cxx} not found in PATH"
    else:
        result.versions[prof.cxx] = version_line([shutil.which(prof.cxx), "--version"])
        result.cxx_identity = hashlib.sha256(tool_id(prof.cxx, result.versions[prof.cxx]).encode()).hexdigest()
    result.secure_reason = secure.unavailable_reason()

    with tempfile.TemporaryDirectory(prefix="dsoconf-probe-") as tmp:
        d = Path(tmp)
        (d / "hello.c").write_text(HELLO)
        build = run_process([prof.cc, *prof.cflags, "hello.c", "-o", "hello", *prof.ldflags], d,
                            PROBE_TIMEOUT, d / "cc.out", d / "cc.err")
        if build.returncode != 0:
            err = (d / "cc.err").read_text(errors="replace").strip().splitlines()
            result.reason = f"probe: {prof.cc} cannot build hello.c: {err[-1] if err else build.error}"
            return result
        macros = run_process([prof.cc, "-dM", "-E", "hello.c"], d, PROBE_TIMEOUT, d / "cpp.out", d / "cpp.err")
        text = (d / "cpp.out").read_text(errors="replace") if macros.returncode == 0 else ""
        if "__GLIBC__" in text:
            result.libc = "glibc"
        elif "musl" in prof.cc + arch.triple:
            result.libc = "musl"
        result.components.update(components.from_macros(text))
        result.components.update(_linker(prof, d))
        if arch.board is not None:
            ran = _on_board(arch, d, result)
            if ran is None:
                return result
        else:
            ran = run_process([*runner, "./hello"], d, PROBE_TIMEOUT * arch.timeout_factor, d / "run.out",
                              d / "run.err")
        got = (d / "run.out").read_text(errors="replace")
        if ran.returncode != 0 or got != "hello from dsoconf\n":
            err = (d / "run.err").read_text(errors="replace").strip().splitlines()
            how = ran.error or ran.signal_name or (f"exit {ran.returncode}" if ran.returncode is not None
                                                   else "timeout")
            result.reason = f"probe: hello does not run with {' '.join(runner) or 'the native loader'}: " \
                            f"{how}{': ' + err[-1] if err else ''}"
            return result
        if result.libc == "musl":
            result.components.update(_musl(runner, d))
    if runner and "qemu" in Path(runner[0]).name:
        result.components.update(components.from_banner("qemu", result.versions[runner[0]]))
    gdb = shutil.which("gdb-multiarch")
    if gdb:
        result.components.update(components.from_banner("gdb", version_line([gdb, "--version"])))
    result.ok = True
    return result


def _on_board(arch: Arch, d: Path, result: Probe):
    """Reach the board, note its machine and gdbserver, and run ./hello there (in a fresh RDIR, as
    a cell's runs go). None (result.reason set) when ssh or the copy fails."""
    board = arch.board
    where = f"board {board.name} ({board.destination})"
    info = run_process(remote.probe_argv(board), d, PROBE_TIMEOUT, d / "board.out", d / "board.err")
    lines = (d / "board.out").read_text(errors="replace").splitlines()
    if info.returncode not in (0, 1) or not lines:
        err = (d / "board.err").read_text(errors="replace").strip().splitlines()
        result.reason = f"probe: ssh to {where} fails: {err[-1] if err else info.error or info.returncode}"
        return None
    result.versions[f"board {board.name}"] = f"uname -m: {lines[0]}"
    if len(lines) > 1:
        result.versions["gdbserver"] = lines[1]
        result.components.update(components.from_banner("gdbserver", lines[1]) or {"gdbserver": "unknown"})
    rdir = f"{board.workdir}/dsoconf-probe-{d.name}"
    tar, push = remote.push_argv(board, str(d))
    run_process(tar, d, PROBE_TIMEOUT, d.parent / f"{d.name}.tar", d / "tar.err")
    pushed = run_process([remote.fill(a, rdir) for a in push], d, PROBE_TIMEOUT, d / "push.out", d / "push.err",
                         stdin_path=d.parent / f"{d.name}.tar")
    (d.parent / f"{d.name}.tar").unlink(missing_ok=True)
    try:
        if pushed.returncode != 0:
            err = (d / "push.err").read_text(errors="replace").strip().splitlines()
            result.reason = f"probe: cannot copy files to {where}: {err[-1] if err else pushed.returncode}"
            return None
        argv = remote.run_argv(board, ["./hello"], {}, PROBE_TIMEOUT * arch.timeout_factor, str(d))
        return run_process([remote.fill(a, rdir) for a in argv], d, PROBE_TIMEOUT * arch.timeout_factor + remote.GRACE,
                           d / "run.out", d / "run.err")
    finally:
        run_process([remote.fill(a, rdir) for a in remote.cleanup_argv(board)], d, PROBE_TIMEOUT,
                    d / "cleanup.out", d / "cleanup.err")


def _linker(prof, d: Path) -> dict[str, str]:
    """The linker the driver really runs: `<cc> ... -Wl,--version` prints its banner and links nothing."""
    ran = run_process([prof.cc, *prof.cflags, "hello.c", "-o", "hello-ld", *prof.ldflags, "-Wl,--version"], d,
                      PROBE_TIMEOUT, d / "ld.out", d / "ld.err")
    lines = (d / "ld.out").read_text(errors="replace").splitlines() if ran.returncode == 0 else []
    return components.from_linker(lines[0]) if lines else {}


def _musl(runner: list[str], d: Path) -> dict[str, str]:
    """musl's dynamic linker run as a program prints `musl libc (<arch>)` and `Version X.Y.Z`."""
    from elftools.elf.elffile import ELFFile
    with open(d / "hello", "rb") as f:
        interp = next((seg.get_interp_name() for seg in ELFFile(f).iter_segments()
                       if seg["p_type"] == "PT_INTERP"), None)
    if not interp:
        return {}
    run_process([*runner, interp], d, PROBE_TIMEOUT, d / "musl.out", d / "musl.err")
    return components.from_banner("musl", (d / "musl.err").read_text(errors="replace"))


def save(probes: dict[tuple[str, str], Probe], path: Path) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps([p.to_json() for p in probes.values()], indent=1))
    tmp.replace(path)


def load(path: Path) -> dict[tuple[str, str], Probe]:
    return {(p.arch, p.profile): p for p in map(Probe.from_json, json.loads(path.read_text()))}
