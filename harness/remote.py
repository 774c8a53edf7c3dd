"""The commands that run a cell's programs on a board over ssh (platforms.Board): computed here
for plan.py (so execute.py runs them and repro.py prints them word for word) and the probe.

A board cell's built files go to a fresh directory on the board, RDIR (a placeholder like
plan.DIR: the runner fills in <workdir>/dsoconf-<random>, repro.sh <workdir>/dsoconf-repro-<pid>),
as a tar stream on ssh's stdin. Each run step is one ssh command; the remote side is
`exec sh -c 'cd RDIR || exit 126; exec 3>&2 2>/dev/null; (exec 2>&3 3>&-; exec timeout -s KILL T
env VAR=value ... ./prog args)'`, every word quoted with shlex (the remote shell reads POSIX
quoting). coreutils `timeout` gives the program its own process group on the board and kills the
group after T (the local timeout plus GRACE: the local one decides, kills the local ssh's group,
and the board cleans up after itself). The program runs in a subshell with the original stderr
while sh's own stderr is /dev/null, so that sh's "Segmentation fault" does not join the program's
output: a program killed by signal N comes back as ssh's exit status 128+N (returncode() reads it
back as -N, as a local child); ssh's own failures are 255. stdout and stderr come back through ssh into
the cell's capped files. A gdb session runs gdb locally against `gdbserver -` (stdio) on the
board: `target remote | ssh ... gdbserver - ./prog`, no port to pick or forward. Then
`rm -rf RDIR`.
"""
from __future__ import annotations

import shlex

from .platforms import Board

RDIR = "@DSOCONF_RDIR@"
GRACE = 5.0                       # the board's timeout exceeds the local one by this
SSH = "ssh"
# No prompt ever (a password or host-key question would hang a cell), no ssh config surprises.
SSH_BASE = ("-T", "-o", "BatchMode=yes", "-o", "ConnectTimeout=20", "-o", "ServerAliveInterval=15")
EXIT_CANNOT_CD = 126


def ssh_argv(board: Board, remote_command: str) -> list[str]:
    """ssh to the board running one remote shell command (already quoted)."""
    argv = [SSH, *SSH_BASE]
    if board.port:
        argv += ["-p", board.port]
    if board.identity:
        argv += ["-i", board.identity]
    return [*argv, *board.ssh_options, "--", board.destination, remote_command]


def fill(text: str, rdir: str) -> str:
    return text.replace(RDIR, rdir)


def push_argv(board: Board, local_dir: str) -> tuple[list[str], list[str]]:
    """(tar that writes local_dir as a stream on stdout, ssh that unpacks its stdin into RDIR)."""
    tar = ["tar", "-C", local_dir, "-cf", "-", "."]
    unpack = shlex.join(["mkdir", "-p", RDIR]) + " && " + shlex.join(["tar", "-C", RDIR, "-xf", "-"])
    return tar, ssh_argv(board, unpack)


def _in_rdir(words: list[str], quiet: bool) -> str:
    command = f"exec {shlex.join(words)}"
    if quiet:      # sh's own stderr (its "Segmentation fault") goes to /dev/null, the program's does not
        command = f"exec 3>&2 2>/dev/null; (exec 2>&3 3>&-; {command})"
    return "exec sh -c " + shlex.quote(f"cd {shlex.quote(RDIR)} || exit {EXIT_CANNOT_CD}; {command}")


def run_argv(board: Board, argv: list[str], env: dict[str, str], timeout: float, local_dir: str) -> list[str]:
    """ssh running argv in RDIR with env, under `timeout -s KILL` on the board. `env` comes after
    `timeout`, so that LD_PRELOAD, LD_AUDIT and the like reach the program only, as natively.
    Words that name the local cell directory (local_dir, a placeholder) name RDIR instead."""
    words = ["timeout", "-s", "KILL", f"{timeout + GRACE:g}", "env", *(f"{k}={v}" for k, v in env.items()), *argv]
    return ssh_argv(board, _in_rdir([w.replace(local_dir, RDIR) for w in words], quiet=True))


def gdbserver_argv(board: Board, argv: list[str], env: dict[str, str], timeout: float, local_dir: str) -> list[str]:
    """ssh running argv under `gdbserver -` (the remote protocol on stdin/stdout) in RDIR; env
    reaches the program only (gdbserver --wrapper)."""
    wrapper = ["--wrapper", "env", *(f"{k}={v}" for k, v in env.items()), "--"] if env else []
    words = ["timeout", "-s", "KILL", f"{timeout + GRACE:g}", "gdbserver", *wrapper, "-", *argv]
    return ssh_argv(board, _in_rdir([w.replace(local_dir, RDIR) for w in words], quiet=False))


def cleanup_argv(board: Board) -> list[str]:
    return ssh_argv(board, shlex.join(["rm", "-rf", RDIR]))


def probe_argv(board: Board) -> list[str]:
    """ssh printing the board's machine and gdbserver's version line ("" without gdbserver)."""
    return ssh_argv(board, "uname -m; command -v gdbserver >/dev/null 2>&1 && gdbserver --version | head -n 1")


def returncode(rc: int | None) -> int | None:
    """ssh's exit status as a local child's: 128+N (the remote shell's way to say "killed by
    signal N") becomes -N. ssh's own failures stay 255."""
    if rc is not None and 128 < rc < 128 + 65:
        return -(rc - 128)
    return rc
