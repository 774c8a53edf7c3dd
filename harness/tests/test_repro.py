"""repro.sh rebuilds and reruns a cell with plain sh, and judges it like the harness did."""
import subprocess

from harness.execute import execute

def run_repro(context, cell):
    script = context.cell_dir(cell) / "repro.sh"
    return subprocess.run(["sh", str(script)], capture_output=True, text=True, timeout=120)


def test_repro_passes_for_a_passing_cell(input_cell, context):
    cell = input_cell("greeting", expected="hello world\\n")
    assert execute(cell, context).status == "PASS"
    out = run_repro(context, cell)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "PASS: behaves as expected" in out.stdout
    assert (context.cell_dir(cell) / "repro" / "main").exists()     # rebuilt from sources, not copied


def test_repro_fails_for_a_failing_cell(input_cell, context):
    cell = input_cell("greeting", expected="goodbye world\\n")
    assert execute(cell, context).status == "FAIL"
    out = run_repro(context, cell)
    assert out.returncode == 1 and "stdout differs" in out.stdout


SPANNING = """\
title = "repro regex"
refs = ["harness self-test"]
[[build]]
out = "main"
src = ["main.c"]
[[run]]
argv = ["./main"]
stdout_re = '{rx}'
"""
TWO_LINES = {"main.c": '#include <stdio.h>\nint main(void) { puts("loaded"); puts("ready"); return 0; }\n'}


def test_repro_judges_regexes_like_the_harness(one_cell, context):
    """A pattern that spans lines matches in the harness (re.search over the whole output), so it
    must in repro.sh too (grep -Pz); one anchored at the start of the text must not match a later line."""
    ok = one_cell(SPANNING.format(rx=r"^loaded\nready$"), TWO_LINES, case_id="t/span")
    assert execute(ok, context).status == "PASS"
    out = run_repro(context, ok)
    assert out.returncode == 0, out.stdout + out.stderr
    bad = one_cell(SPANNING.format(rx=r"^ready"), TWO_LINES, case_id="t/anchor")
    assert execute(bad, context).status == "FAIL"
    out = run_repro(context, bad)
    assert out.returncode == 1 and "does not match" in out.stdout
