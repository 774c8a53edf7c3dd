"""Carry out a planned [[gdb]] session: gdb-multiarch in batch mode, natively or against qemu's gdbstub.

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

from .plan import fill
from .procs import Background, run_process

PORT_ATTEMPTS = 3


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class GdbOutcome:
    output: str
    timed_out: bool
    error: str | None


def run_gdb(cmd, work: Path, out: Path) -> GdbOutcome:
    """Carry out one planned gdb session (plan.GdbCmd) in `work`; gdb's stdout+stderr (and, under
    qemu, the emulator's) go to `out`."""
    extra = {k: fill(v, work) for k, v in cmd.env}
    env = {**os.environ, **extra} if extra else None
    if not cmd.qemu:
        res = run_process([fill(a, work) for a in cmd.gdb], work, cmd.timeout, out, out.with_suffix(".err"), env=env)
        text = out.read_text(errors="replace") + out.with_suffix(".err").read_text(errors="replace")
        return GdbOutcome(text, res.timed_out, res.error)
    for _ in range(PORT_ATTEMPTS):
        port = free_port()
        qemu_log = out.with_suffix(".qemu")
        with Background([fill(a, work, port) for a in cmd.qemu], work, qemu_log, env=env):
            res = run_process([fill(a, work, port) for a in cmd.gdb], work, cmd.timeout, out,
                              out.with_suffix(".err"), env=env)
        text = out.read_text(errors="replace") + out.with_suffix(".err").read_text(errors="replace")
        qemu_text = qemu_log.read_text(errors="replace")
        if "Address already in use" in qemu_text or "could not open gdbserver" in qemu_text.lower():
            continue                      # another cell took the port between bind and qemu: retry
        return GdbOutcome(text + ("\n[qemu]\n" + qemu_text if qemu_text.strip() else ""), res.timed_out, res.error)
    return GdbOutcome("", False, f"no free gdbstub port after {PORT_ATTEMPTS} attempts")
