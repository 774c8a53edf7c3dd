"""[[gdb]] steps: natively and through qemu's gdbstub; a hung session is killed and its port freed."""
import dataclasses
import os
import socket
import subprocess
import time

import pytest

from harness import gdbrun
from harness.cells import expand
from harness.execute import execute
from harness.manifest import ManifestError, load_case
from harness.platforms import ROOT, load_arch
from harness.probe import probe

from .conftest import write_case

LIB = "int lib_add(int a, int b) {\n  return a + b;\n}\n"
MAIN = ('#include <stdio.h>\nint lib_add(int a, int b);\nint main(void) {\n'
        '  printf("%d\\n", lib_add(2, 3));\n  return 0;\n}\n')
HANG = "int main(void) {\n  for (;;) {}\n}\n"


def toml(commands, expect, main_src=True, timeout=""):
    return f"""\
title = "gdb"
refs = ["gdb manual"]
[[build]]
out = "libadd.so"
src = ["lib.c"]
cflags = ["-O0"]
[[build]]
out = "main"
src = ["main.c"]
link = ["libadd.so"]
cflags = ["-O0"]
[[gdb]]
commands = {commands}
expect = {expect}
{timeout}
"""


BT = toml('["break lib_add", "continue", "bt"]',
          r"['#0\s+lib_add \(a=2, b=3\) at lib\.c:2', '#1\s+0x[0-9a-f]+ in main \(\) at main\.c:4']")


def test_run_command_is_rejected(cases_root):
    with pytest.raises(ManifestError) as e:
        load_case(write_case(cases_root, "g/run", toml('["run"]', "['x']"), {"lib.c": LIB, "main.c": MAIN}), cases_root)
    assert e.value.key == "gdb[0].commands[0]" and "use `continue`" in e.value.message


@pytest.mark.parametrize("arch_name", ["amd64", "arm64"])
def test_backtrace_through_a_dso(cases_root, gcc_bfd, context, arch_name):
    arch = load_arch(ROOT / "arch" / f"{arch_name}.toml")
    p = probe(arch, gcc_bfd)
    assert p.ok, p.reason
    ctx = dataclasses.replace(context, probes={(arch_name, "gcc-bfd"): p})
    case = load_case(write_case(cases_root, f"g/bt-{arch_name}", BT, {"lib.c": LIB, "main.c": MAIN}), cases_root)
    (cell,) = expand(case, [arch], [gcc_bfd])
    r = execute(cell, ctx)
    assert r.status == "PASS", r.reason
    wrong = load_case(write_case(cases_root, f"g/wrong-{arch_name}", BT.replace(r"main\.c:4", r"main\.c:9"),
                                 {"lib.c": LIB, "main.c": MAIN}), cases_root)
    r = execute(expand(wrong, [arch], [gcc_bfd])[0], ctx)
    assert r.status == "FAIL" and "main\\.c:9" in r.reason


def test_hung_inferior_is_killed_and_port_freed(cases_root, gcc_bfd, context, monkeypatch):
    arm64 = load_arch(ROOT / "arch" / "arm64.toml")
    p = probe(arm64, gcc_bfd)
    ctx = dataclasses.replace(context, probes={("arm64", "gcc-bfd"): p})
    ports = []
    real_free_port = gdbrun.free_port
    monkeypatch.setattr(gdbrun, "free_port", lambda: ports.append(real_free_port()) or ports[-1])
    case = load_case(write_case(cases_root, "g/hang", toml('["continue"]', "['never printed']", timeout="timeout = 2"),
                                {"lib.c": LIB, "main.c": HANG}), cases_root)
    start = time.monotonic()
    r = execute(expand(case, [arm64], [gcc_bfd])[0], ctx)
    assert r.status == "TIMEOUT" and "gdb and the inferior were killed" in r.reason
    assert time.monotonic() - start < 60
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:     # the gdbstub port is free again
        s.bind(("127.0.0.1", ports[-1]))
    def cmdline(pid: str) -> bytes:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                return f.read()
        except OSError:
            return b""
    left = [pid for pid in os.listdir("/proc") if pid.isdigit() and f"-g\0{ports[-1]}\0".encode() in cmdline(pid)]
    assert left == []                                                 # no qemu left on that port


def test_two_repro_scripts_of_a_qemu_gdb_cell_run_at_once(cases_root, gcc_bfd, context, tmp_path):
    """make bench runs repro.sh scripts in parallel: each takes its gdbstub port from its PID; and
    repro.sh judges gdb's output as the harness does (re.MULTILINE over the whole output)."""
    arm64 = load_arch(ROOT / "arch" / "arm64.toml")
    p = probe(arm64, gcc_bfd)
    ctx = dataclasses.replace(context, probes={("arm64", "gcc-bfd"): p})
    spanning = toml('["break lib_add", "continue", "bt"]',     # one pattern over two lines of gdb's output
                    r"['^#0\s+lib_add \(a=2, b=3\) at lib\.c:2\n#1\s+0x[0-9a-f]+ in main \(\) at main\.c:4$']")
    case = load_case(write_case(cases_root, "g/bt-twice", spanning, {"lib.c": LIB, "main.c": MAIN}), cases_root)
    (cell,) = expand(case, [arm64], [gcc_bfd])
    assert execute(cell, ctx).status == "PASS"
    script = ctx.cell_dir(cell) / "repro.sh"
    assert "23456" not in script.read_text()
    procs = [subprocess.Popen(["sh", str(script), str(tmp_path / f"r{i}")], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True) for i in range(2)]
    outs = [proc.communicate(timeout=180)[0] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], outs
    assert all("PASS: behaves as expected" in out for out in outs)
