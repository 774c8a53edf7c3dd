"""repro.sh rebuilds and reruns a cell with plain sh, and judges it like the harness did."""
import subprocess

from harness.execute import execute

TOML = """\
title = "repro"
refs = ["harness self-test"]
[[build]]
out = "libr.so"
src = ["lib.c"]
[[build]]
out = "main"
src = ["main.c"]
link = ["libr.so"]
[[run]]
argv = ["./main"]
env = {{ WHO = "world" }}
stdout = "{expected}"
"""
FILES = {"lib.c": "const char *greeting(void) { return \"hello\"; }\n",
         "main.c": "#include <stdio.h>\n#include <stdlib.h>\nconst char *greeting(void);\n"
                   "int main(void) { printf(\"%s %s\\n\", greeting(), getenv(\"WHO\")); return 0; }\n"}


def run_repro(context, cell):
    script = context.cell_dir(cell) / "repro.sh"
    return subprocess.run(["sh", str(script)], capture_output=True, text=True, timeout=120)


def test_repro_passes_for_a_passing_cell(one_cell, context):
    cell = one_cell(TOML.format(expected="hello world\\n"), FILES)
    assert execute(cell, context).status == "PASS"
    out = run_repro(context, cell)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "PASS: behaves as expected" in out.stdout
    assert (context.cell_dir(cell) / "repro" / "main").exists()     # rebuilt from sources, not copied


def test_repro_fails_for_a_failing_cell(one_cell, context):
    cell = one_cell(TOML.format(expected="goodbye world\\n"), FILES)
    assert execute(cell, context).status == "FAIL"
    out = run_repro(context, cell)
    assert out.returncode == 1 and "stdout differs" in out.stdout
