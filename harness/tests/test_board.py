"""A board over ssh, end to end: a user-level OpenSSH server on 127.0.0.1 (generated host and user
keys, a free port) is the "board" for amd64; cells run through it give the native statuses, repro.sh
runs the same commands, and nothing is left running or on the board afterwards."""
import dataclasses
import os
import pwd
import shlex
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from harness import plan as planning
from harness import remote, repro
from harness.cells import expand
from harness.execute import execute
from harness.manifest import load_case
from harness.platforms import ROOT, load_board, on_board, select_arches
from harness.probe import probe
from harness.procs import Background

from .conftest import need_tools
from .test_plan import dry_run

SSHD = "/usr/sbin/sshd"
# Real cases that pass natively: environment and output (TZ), a run step that writes files the
# next steps read on the board and LD_LIBRARY_PATH, a gdb session (gdbserver on the board), LD_AUDIT.
CASES = ("data/tzname-same-object", "binding/ld-library-path-over-runpath", "gdb/bt-three-dsos",
         "binding/dl-find-object-in-audit-la-version")     # LD_AUDIT must reach the program, not `timeout`


def _alive(pids: set[int]) -> set[int]:
    return {p for p in pids if Path(f"/proc/{p}").exists()}


def _descendants(pid: int) -> set[int]:
    """pid and every process below it (sshd and the sshd it forked for each session; sshd's
    set-proctitle overwrites its environment, so procs' environment token cannot find them)."""
    parent = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parent[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    found, todo = {pid}, [pid]
    while todo:
        p = todo.pop()
        kids = {c for c, pp in parent.items() if pp == p} - found
        found |= kids
        todo += kids
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def board_file(tmp_path_factory):
    """sshd -D on 127.0.0.1:<free port>, its own host key, one authorized key; yields a board file
    naming it. Stops sshd (its whole process group) and checks no process of it is left."""
    need_tools(SSHD, "ssh", "ssh-keygen", "gdbserver")
    d = tmp_path_factory.mktemp("sshd")
    for key in ("host_key", "user_key"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(d / key)], check=True, timeout=60)
    (d / "authorized_keys").write_text((d / "user_key.pub").read_text())
    port = _free_port()
    (d / "sshd_config").write_text(
        f"ListenAddress 127.0.0.1\nPort {port}\nHostKey {d / 'host_key'}\nPidFile {d / 'sshd.pid'}\n"
        f"AuthorizedKeysFile {d / 'authorized_keys'}\nStrictModes no\nPasswordAuthentication no\n"
        "KbdInteractiveAuthentication no\nUsePAM no\nPermitRootLogin prohibit-password\n")
    if os.geteuid() == 0:
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)   # sshd's privilege separation directory
    workdir = d / "board"
    workdir.mkdir()
    (d / "loop.toml").write_text(
        f'arch = "amd64"\nremote = "{pwd.getpwuid(os.getuid()).pw_name}@127.0.0.1:{port}"\n'
        f'identity = "user_key"\nworkdir = "{workdir}"\n'
        'ssh_options = ["-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR"]\n')
    # sshd in its own session (procs.Background: its group is killed on exit whatever happens)
    with Background([SSHD, "-D", "-e", "-f", str(d / "sshd_config")], d, d / "sshd.log") as sshd:
        deadline = time.monotonic() + 20
        while b"Server listening" not in (d / "sshd.log").read_bytes():
            assert sshd.proc.poll() is None and time.monotonic() < deadline, (d / "sshd.log").read_text()
            time.sleep(0.05)
        yield d / "loop.toml"
        assert sshd.proc.poll() is None, "sshd died during the tests"
        ours = _descendants(sshd.proc.pid)
        sshd.proc.send_signal(signal.SIGTERM)        # as an admin stops it; Background then makes sure
        sshd.proc.wait(timeout=30)
    deadline = time.monotonic() + 10                   # a session's sshd may take a moment to end
    while _alive(ours) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(ours), f"sshd processes left running: {_alive(ours)}"
    assert not list(workdir.iterdir()), f"cell directories left on the board: {list(workdir.iterdir())}"


def test_board_file(tmp_path):
    (tmp_path / "pi.toml").write_text('arch = "arm64"\nremote = "porter@pi4.lan:2222"\nidentity = "keys/pi"\n')
    b = load_board(tmp_path / "pi.toml")
    assert (b.name, b.destination, b.port, b.identity) == ("pi", "porter@pi4.lan", "2222", str(tmp_path / "keys/pi"))
    (col,) = select_arches("arm64@pi", ROOT, boards=[str(tmp_path / "pi.toml")])
    assert (col.name, col.base_name, col.native, col.runner_argv()) == ("arm64@pi", "arm64", True, ())
    assert [a.name for a in select_arches("amd64", ROOT, boards=[str(tmp_path / "pi.toml")])] == ["amd64", "arm64@pi"]
    argv = remote.run_argv(b, ["./main", "it's"], {"LD_BIND_NOW": "1"}, 10, planning.DIR)
    assert argv[:-1] == ["ssh", *remote.SSH_BASE, "-p", "2222", "-i", b.identity, "--", "porter@pi4.lan"]
    # the remote command: one POSIX-quoted string, the program under timeout in the cell's RDIR
    outer = shlex.split(argv[-1])
    assert outer[:3] == ["exec", "sh", "-c"] and len(outer) == 4
    assert outer[3].startswith("cd @DSOCONF_RDIR@ || exit 126; exec 3>&2 2>/dev/null; (exec 2>&3 3>&-; exec ")
    assert shlex.split(outer[3].rsplit("exec ", 1)[1].rstrip(")")) == \
        ["timeout", "-s", "KILL", "15", "env", "LD_BIND_NOW=1", "./main", "it's"]


def test_cells_on_the_board_equal_native(board_file, cases_root, amd64, gcc_bfd, amd64_probe, context):
    board = on_board(amd64, load_board(board_file))
    board_probe = probe(board, gcc_bfd)
    assert board_probe.ok, board_probe.reason
    assert board_probe.tool_identity == amd64_probe.tool_identity and "gdbserver" in board_probe.components
    ctx = dataclasses.replace(context, probes={("amd64", "gcc-bfd"): amd64_probe, (board.name, "gcc-bfd"): board_probe})
    for case_id in CASES:
        case = load_case(ROOT / "cases" / case_id / "case.toml", ROOT / "cases")
        for native_cell, board_cell in zip(expand(case, [amd64], [gcc_bfd]), expand(case, [board], [gcc_bfd])):
            n, b = execute(native_cell, ctx), execute(board_cell, ctx)
            assert (b.status, b.build_cached) == (n.status, True), (board_cell.id, n.reason, b.reason)
            assert b.status == "PASS", b.reason
    # repro.sh of the last board cell really runs it on the board, and judges it the same
    out = subprocess.run(["sh", str(ctx.cell_dir(board_cell) / "repro.sh"), str(ctx.run_dir / "repro")],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and "PASS: behaves as expected" in out.stdout, out.stdout + out.stderr


@pytest.mark.parametrize("program,status,reason", [
    ('#include <stdio.h>\nint main(void) { fputs("no such feature\\n", stderr); return 77; }\n',
     "UNSUPPORTED", "run 1: the program says: no such feature"),
    ('#include <signal.h>\nint main(void) { raise(SIGSEGV); return 0; }\n', "FAIL", "run 1: killed by SIGSEGV"),
    ('#include <unistd.h>\nint main(void) { sleep(60); return 0; }\n', "TIMEOUT",
     "run 1: no exit within 3s; process group killed"),
])
def test_board_statuses(board_file, one_cell, amd64, gcc_bfd, amd64_probe, context, program, status, reason):
    """Exit 77, a signal and a timeout come back from the board as they do natively."""
    board = on_board(amd64, load_board(board_file))
    native = one_cell('title = "t"\nrefs = ["self-test"]\n[[build]]\nout = "main"\nsrc = ["main.c"]\n'
                      '[[run]]\nargv = ["./main"]\ntimeout = 3\n', {"main.c": program})
    cell = dataclasses.replace(native, arch=board)
    ctx = dataclasses.replace(context, probes={(board.name, "gcc-bfd"): dataclasses.replace(amd64_probe, arch=board.name)})
    r = execute(cell, ctx)
    assert (r.status, r.reason) == (status, reason)


def test_repro_passes_sh_the_words_of_a_board_plan(amd64, gcc_bfd, tmp_path):
    """repro.sh of a board cell hands sh the plan's words: the copy, the runs, the gdb session
    (gdbserver over ssh), the cleanup; RDIR becomes $rdir."""
    board = on_board(amd64, load_board(_board_toml(tmp_path)))
    case = load_case(ROOT / "cases" / "gdb" / "bt-three-dsos" / "case.toml", ROOT / "cases")
    (cell,) = expand(case, [board], [gcc_bfd])
    the_plan = planning.make(cell, None, tmp_path / "cache", ROOT / "cases" / "lib" / "check.h")
    logged, directory, _ = dry_run(the_plan, tmp_path / "dry")
    rdir = logged[-1][-1].removeprefix("rm -rf ")          # the last command removes $rdir on the board
    assert rdir.startswith("/tmp/dsoconf-repro-")

    def words(timeout, argv):
        return repro.planned_words(timeout, (), argv, directory, planning.PORT, rdir)
    b = the_plan.board
    want = [words(x.timeout, x.argv) for x in the_plan.builds]
    copy = [words(b.timeout, b.tar), words(b.timeout, b.push)]
    want += [words(r.timeout, r.argv) for r in the_plan.runs] + [words(g.timeout, g.gdb) for g in the_plan.gdbs]
    n = len(the_plan.builds)
    # tar | ssh: sh starts both sides of the pipe at once, so they log in either order
    assert logged[:n] == want[:n] and sorted(logged[n:n + 2]) == sorted(copy)
    assert logged[n + 2:] == want[n:] + [words(b.timeout, b.cleanup)]
    assert any(w.startswith("target remote | ssh ") and "gdbserver - ./main" in w for w in logged[-2])


def _board_toml(tmp_path: Path) -> Path:
    (tmp_path / "b.toml").write_text('arch = "amd64"\nremote = "me@board"\n')
    return tmp_path / "b.toml"
