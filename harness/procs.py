"""Run one child process: argv only, own process group, timeout, output to capped files."""
from __future__ import annotations

import os
import resource
import signal
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

OUTPUT_LIMIT = 8 * 1024 * 1024          # bytes kept per stream
FILE_SIZE_LIMIT = 512 * 1024 * 1024     # RLIMIT_FSIZE of every child: a runaway writer gets SIGXFSZ
TRUNCATION_MARKER = b"\n[dsoconf: output truncated at %d bytes]\n"
TOKEN_VAR = "DSOCONF_PROCESS_TOKEN"     # marks every descendant, even one that left the process group


@dataclass(frozen=True)
class ProcResult:
    argv: tuple[str, ...]
    returncode: int | None        # None: could not start, timed out or killed for output size
    timed_out: bool
    output_limited: bool
    duration: float
    error: str | None = None      # why it could not start

    @property
    def signal_name(self) -> str | None:
        if self.returncode is not None and self.returncode < 0:
            try:
                return signal.Signals(-self.returncode).name
            except ValueError:
                return f"signal {-self.returncode}"
        return None


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def limit_children() -> None:
    """Give this process the limits every child must have -- no core files in a cell directory, no
    file beyond FILE_SIZE_LIMIT -- so that every child inherits them. Set here, in the parent, and
    not in a preexec_fn: a preexec_fn makes subprocess fork() the whole runner instead of using
    vfork(), which costs tens of milliseconds per child on a busy machine (measured: 260 ms against
    36 ms for a 200 MB process at load 12). Idempotent; the runner writes no file that large."""
    for which, value in ((resource.RLIMIT_CORE, 0), (resource.RLIMIT_FSIZE, FILE_SIZE_LIMIT)):
        soft, hard = resource.getrlimit(which)
        want = value if hard == resource.RLIM_INFINITY else min(value, hard)
        if soft != want:
            # Only the soft limit: lowering the hard one could never be undone in this process,
            # so one smaller FILE_SIZE_LIMIT (a self-test's) would stay for every later child.
            resource.setrlimit(which, (want, hard))


def _pids_wrapped(since_pid: int) -> bool:
    """Has the PID counter wrapped (or cannot we tell) since `since_pid` was handed out?"""
    try:
        return int(Path("/proc/sys/kernel/ns_last_pid").read_text()) < since_pid
    except (OSError, ValueError):
        return True


def kill_marked(token: str, since_pid: int | None = None) -> int:
    """SIGKILL every process whose environment carries `token` (a daemon that called setsid()
    escapes the process group, not its environment). Returns how many were killed.

    since_pid: the token's first process. Its descendants were created after it, so their PIDs
    are higher until the counter wraps at pid_max: only those environments are read (a few,
    not every process on the machine), unless ns_last_pid shows a wrap."""
    needle = f"{TOKEN_VAR}={token}".encode()
    killed = 0
    if since_pid is not None and _pids_wrapped(since_pid):
        since_pid = None
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        if since_pid is not None and int(entry.name) < since_pid:
            continue
        try:
            with open(f"/proc/{entry.name}/environ", "rb") as f:
                if needle not in f.read().split(b"\0"):
                    continue
            os.kill(int(entry.name), signal.SIGKILL)
            killed += 1
        except (OSError, ValueError):
            continue
    return killed


class Background:
    """A child started alongside another (qemu's gdbstub beside gdb), with the same isolation as
    run_process: own session, limits, an environment token. Use as a context manager: on exit
    its group and every process carrying its token are killed and it is reaped."""

    def __init__(self, argv: list[str], cwd: Path, log: Path, env: dict[str, str] | None = None):
        self.token = uuid.uuid4().hex
        limit_children()
        with log.open("wb") as f:
            self.proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=f, stderr=f,
                                         start_new_session=True,
                                         env={**(os.environ if env is None else env), TOKEN_VAR: self.token})

    def __enter__(self) -> "Background":
        return self

    def __exit__(self, *exc) -> None:
        _kill_group(self.proc.pid)
        kill_marked(self.token, self.proc.pid)
        self.proc.wait()


def _truncate(path: Path, limit: int) -> None:
    try:
        if path.stat().st_size > limit:
            with path.open("r+b") as f:
                f.truncate(limit)
                f.seek(limit)
                f.write(TRUNCATION_MARKER % limit)
    except FileNotFoundError:
        pass


def run_process(argv: list[str] | tuple[str, ...], cwd: Path, timeout: float, stdout_path: Path,
                stderr_path: Path, env: dict[str, str] | None = None,
                output_limit: int = OUTPUT_LIMIT, stdin_path: Path | None = None) -> ProcResult:
    """Run argv in its own session (stdin: the file stdin_path, or /dev/null); on timeout or
    runaway output kill the whole group.

    The group is killed after a normal exit too, and so is every process that inherited this
    run's token in its environment: nothing the child started outlives it.
    """
    argv = tuple(argv)
    limit_children()
    token = uuid.uuid4().hex
    env = {**(os.environ if env is None else env), TOKEN_VAR: token}
    start = time.monotonic()
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err, \
            (stdin_path.open("rb") if stdin_path else open(os.devnull, "rb")) as stdin:
        try:
            proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=stdin, stdout=out,
                                    stderr=err, start_new_session=True)
        except OSError as e:
            err.write(f"dsoconf: cannot start {argv[0]}: {e}\n".encode())
            return ProcResult(argv, None, False, False, 0.0, error=f"cannot start {argv[0]}: {e.strerror}")
        why: list[str] = []
        done = threading.Event()

        def watchdog() -> None:
            deadline = start + timeout
            while not done.wait(min(0.2, max(0.0, deadline - time.monotonic()))):
                if time.monotonic() >= deadline:
                    why.append("timeout")
                elif max(stdout_path.stat().st_size, stderr_path.stat().st_size) > output_limit:
                    why.append("output")
                else:
                    continue
                _kill_group(proc.pid)
                return

        dog = threading.Thread(target=watchdog, daemon=True)
        dog.start()
        try:
            proc.wait()
        finally:
            done.set()
            _kill_group(proc.pid)
            kill_marked(token, proc.pid)
            dog.join()
    duration = time.monotonic() - start
    # On a loaded machine a flood can outrun the 0.2 s watchdog and end on the file-size limit
    # (SIGXFSZ) instead: output past the cap is the same verdict whoever stopped it.
    if "output" not in why and "timeout" not in why and \
            max(stdout_path.stat().st_size, stderr_path.stat().st_size) > output_limit:
        why.append("output")
    _truncate(stdout_path, output_limit)
    _truncate(stderr_path, output_limit)
    timed_out, limited = "timeout" in why, "output" in why
    return ProcResult(argv, None if why else proc.returncode, timed_out, limited, duration)
