"""Run a [[gdb]] step: gdb-multiarch in batch mode, natively or against qemu's gdbstub.

Natively gdb starts the program with `starti`. Under qemu the program is started as
`qemu-<arch> -L <sysroot> -g PORT ./main` (stopped at its first instruction) and gdb connects
with `target remote`; gdb retries the connection until qemu listens (`set tcp auto-retry`).
The port is picked free just before use; if another cell took it in between, the step is
retried with a new port. qemu and gdb are killed (groups and environment tokens) whatever
happens (procs.Background), so no process and no port outlives the cell.
"""
from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

from .cells import Cell
from .manifest import GdbStep
from .procs import Background, run_process

GDB = "gdb-multiarch"
SETTINGS = ("set pagination off", "set confirm off", "set width 0", "set breakpoint pending on",
            "set tcp connect-timeout 20")
PORT_ATTEMPTS = 3


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def gdb_argv(cell: Cell, step: GdbStep, work: Path, port: int | None) -> list[str]:
    args = [cell.substitute(a) for a in step.argv]
    lines = list(SETTINGS)
    if port is None:
        lines += ["starti"]
    else:
        lines += [f"set sysroot {cell.arch.sysroot}", f"set solib-search-path {work}", f"file {args[0]}",
                  f"target remote 127.0.0.1:{port}"]
    lines += [cell.substitute(c) for c in step.commands] + ["kill"]
    argv = [GDB, "-nx", "-batch"]
    for line in lines:
        argv += ["-ex", line]
    if port is None:
        argv += ["--args", *args]
    return argv


def qemu_argv(cell: Cell, step: GdbStep, port: int) -> list[str]:
    return [*cell.arch.runner_argv(), "-g", str(port), *(cell.substitute(a) for a in step.argv)]


@dataclass(frozen=True)
class GdbOutcome:
    output: str
    timed_out: bool
    error: str | None


def run_gdb(cell: Cell, step: GdbStep, work: Path, out: Path, timeout: float,
            extra_env: dict[str, str] | None = None) -> GdbOutcome:
    """Run one gdb step; gdb's stdout+stderr (and, under qemu, the emulator's) go to `out`.
    extra_env is added to the environment of gdb and qemu (and so of the program)."""
    env = {**os.environ, **extra_env} if extra_env else None
    if not cell.arch.runner_argv():
        res = run_process(gdb_argv(cell, step, work, None), work, timeout, out, out.with_suffix(".err"), env=env)
        text = out.read_text(errors="replace") + out.with_suffix(".err").read_text(errors="replace")
        return GdbOutcome(text, res.timed_out, res.error)
    for _ in range(PORT_ATTEMPTS):
        port = free_port()
        qemu_log = out.with_suffix(".qemu")
        with Background(qemu_argv(cell, step, port), work, qemu_log, env=env):
            res = run_process(gdb_argv(cell, step, work, port), work, timeout, out, out.with_suffix(".err"),
                              env=env)
        text = out.read_text(errors="replace") + out.with_suffix(".err").read_text(errors="replace")
        qemu_text = qemu_log.read_text(errors="replace")
        if "Address already in use" in qemu_text or "could not open gdbserver" in qemu_text.lower():
            continue                      # another cell took the port between bind and qemu: retry
        return GdbOutcome(text + ("\n[qemu]\n" + qemu_text if qemu_text.strip() else ""), res.timed_out, res.error)
    return GdbOutcome("", False, f"no free gdbstub port after {PORT_ATTEMPTS} attempts")
