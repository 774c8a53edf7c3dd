"""Child processes: exit codes, signals, timeouts that kill the whole group, capped output."""
import os
import time

from harness.procs import run_process


def run(tmp_path, argv, timeout=10, **kw):
    return run_process(argv, tmp_path, timeout, tmp_path / "out", tmp_path / "err", **kw)


def test_exit_code_and_output(tmp_path):
    r = run(tmp_path, ["sh", "-c", "echo hi; exit 3"])
    assert r.returncode == 3 and not r.timed_out
    assert (tmp_path / "out").read_text() == "hi\n"


def test_signal_decoded_by_name(tmp_path):
    r = run(tmp_path, ["sh", "-c", "kill -SEGV $$"])
    assert r.signal_name == "SIGSEGV"


def test_missing_program(tmp_path):
    r = run(tmp_path, ["/nonexistent/dsoconf-tool"])
    assert r.returncode is None and "cannot start" in r.error


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as f:           # a zombie waiting for init counts as gone
        return f.read().split()[2] != "Z"


def test_timeout_kills_the_whole_group(tmp_path):
    pidfile = tmp_path / "child.pid"
    start = time.monotonic()
    r = run(tmp_path, ["sh", "-c", f"trap '' TERM; sleep 300 & echo $! > {pidfile}; wait"], timeout=1)
    assert r.timed_out and r.returncode is None
    assert time.monotonic() - start < 5
    time.sleep(0.2)
    assert not _alive(int(pidfile.read_text()))


def test_child_outliving_parent_is_killed(tmp_path):
    pidfile = tmp_path / "child.pid"
    r = run(tmp_path, ["sh", "-c", f"sleep 300 > /dev/null 2>&1 & echo $! > {pidfile}; exit 0"])
    assert r.returncode == 0
    time.sleep(0.2)
    assert not _alive(int(pidfile.read_text()))


def test_output_is_capped_with_marker(tmp_path):
    r = run(tmp_path, ["sh", "-c", "yes dsoconf"], timeout=20, output_limit=64 * 1024)
    assert r.output_limited and r.returncode is None
    data = (tmp_path / "out").read_bytes()
    assert len(data) < 64 * 1024 + 100
    assert data.endswith(b"[dsoconf: output truncated at 65536 bytes]\n")


def test_daemon_that_left_the_group_is_killed(tmp_path):
    pidfile = tmp_path / "daemon.pid"
    r = run(tmp_path, ["sh", "-c", f"setsid sh -c 'echo $$ > {pidfile}; exec sleep 300' > /dev/null 2>&1 &"
                                   f" while [ ! -s {pidfile} ]; do sleep 0.05; done; exit 0"])
    assert r.returncode == 0
    time.sleep(0.2)
    assert not _alive(int(pidfile.read_text()))


def test_file_size_is_limited_and_no_core_files(tmp_path, monkeypatch):
    import harness.procs as procs
    monkeypatch.setattr(procs, "FILE_SIZE_LIMIT", 1 << 20)
    r = run(tmp_path, ["sh", "-c", "head -c 5000000 /dev/zero > big; echo done"])
    assert (tmp_path / "big").stat().st_size <= 1 << 20
    assert (tmp_path / "out").read_text() == "done\n"          # the shell went on; only the writer died
    r = run(tmp_path, ["sh", "-c", "ulimit -c"])
    assert (tmp_path / "out").read_text().strip() == "0"
