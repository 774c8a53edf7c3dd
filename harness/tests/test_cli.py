"""End to end through `python3 -m harness run`: bad manifests, a broken case, SIGKILL + --resume."""
import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

from harness.platforms import ROOT

from .conftest import harness_argv, input_case

PY = sys.executable
def harness(tmp_path, *args, **kw):
    return subprocess.Popen(harness_argv(tmp_path, *args), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True, **kw)


def lines(run_dir):
    return [json.loads(line) for line in (run_dir / "results.jsonl").read_text().splitlines()]


def test_bad_manifest_and_broken_case(tmp_path):
    cases = tmp_path / "cases"
    input_case(cases, "prints", "fam/good", name="good", expected="yes", output="yes", sleep=0)
    input_case(cases, "prints", "fam/broken", name="broken", expected="no", output="yes", sleep=0)
    bad = input_case(cases, "prints", "fam/bad", name="bad", expected="x", output="x", sleep=0)
    bad.write_text(bad.read_text().replace("[[run]]", "[[run]]\nargs = []"))        # an unknown key
    p = harness(tmp_path, "-n", "2", "--run-dir", str(tmp_path / "results" / "r1"))
    out, _ = p.communicate(timeout=300)
    assert p.returncode == 1, out
    run = tmp_path / "results" / "r1"
    by_case = {r["case"]: r for r in lines(run)}
    assert by_case["fam/good"]["status"] == "PASS"
    assert by_case["fam/broken"]["status"] == "FAIL"
    assert by_case["fam/bad"]["status"] == "UNRESOLVED"
    assert f"{cases / 'fam' / 'bad' / 'case.toml'}: run[0].args: unknown key" in by_case["fam/bad"]["reason"]
    junit = ET.parse(run / "junit.xml").getroot()
    assert sum(1 for _ in junit.iter("failure")) == 1 and sum(1 for _ in junit.iter("error")) == 1
    assert (tmp_path / "results" / "latest").resolve() == run
    assert "report: " in out
    info = json.loads((run / "run.json").read_text())
    assert info["counts"]["amd64-gcc-bfd"]["FAIL"] == 1 and info["cells"] == 3
    assert info["finished"] >= info["started"] and info["git_revision"]
    assert "x86_64-linux-gnu-gcc" in info["tools"]["amd64-gcc-bfd"]
    hist = subprocess.run([PY, "-m", "harness", "history", "--results-root", str(tmp_path / "results")], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    page = (tmp_path / "results" / "history.html").read_text()
    assert hist.returncode == 0 and "r1/report.html" in page and "1 / 3" in page


def test_sigkill_then_resume(tmp_path):
    cases = tmp_path / "cases"
    for i in range(4):
        input_case(cases, "prints", f"fam/a{i}", name=f"a{i}", expected=f"a{i}", output=f"a{i}", sleep=0)
    input_case(cases, "prints", "fam/z-slow", name="slow", expected="slow", output="slow", sleep=30)
    run = tmp_path / "results" / "r2"
    p = harness(tmp_path, "-n", "0", "--run-dir", str(run))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if (run / "results.jsonl").exists() and len(lines(run)) >= 4:
            break
        time.sleep(0.1)
    time.sleep(0.5)                        # the slow cell is running now
    os.killpg(p.pid, signal.SIGKILL)
    p.communicate(timeout=30)
    first = lines(run)                      # every line parses: nothing torn
    assert sorted(r["case"] for r in first) == ["fam/a0", "fam/a1", "fam/a2", "fam/a3"]
    slow = cases / "fam" / "z-slow" / "main.c"
    slow.write_text(slow.read_text().replace("sleep(30)", "sleep(0)"))     # let the rest finish quickly
    p = harness(tmp_path, "-n", "0", "--resume", "--run-dir", str(run))
    out, _ = p.communicate(timeout=300)
    assert p.returncode == 0, out
    final = lines(run)
    assert len(final) == 5 and final[:4] == first                      # the finished cells were not rerun
    assert {r["case"]: r["status"] for r in final}["fam/z-slow"] == "PASS"
    assert "1 passed" in out
    # The resumed run's reports equal those of an uninterrupted run of the same cases.
    fresh = tmp_path / "results" / "fresh"
    p = harness(tmp_path, "-n", "0", "--run-dir", str(fresh))
    p.communicate(timeout=300)
    same = lambda d: (d / "summary.md").read_text().split("\n", 1)[1]      # line 1 names the run
    assert same(run) == same(fresh)
    assert (run / "amd64-gcc-bfd.sum").read_text().split("\n")[1:] == \
        (fresh / "amd64-gcc-bfd.sum").read_text().split("\n")[1:]


def test_show_and_export_reproduce_elsewhere(tmp_path):
    """export writes a tarball whose repro.sh reproduces the cell's result from another path, without Python."""
    import tarfile
    cases = tmp_path / "cases"
    input_case(cases, "prints", "fam/good", name="good", expected="yes", output="yes", sleep=0)
    input_case(cases, "prints", "fam/broken", name="broken", expected="no", output="yes", sleep=0)
    run = tmp_path / "results" / "r3"
    p = harness(tmp_path, "-n", "0", "--run-dir", str(run))
    p.communicate(timeout=300)
    shown = subprocess.run([PY, "-m", "harness", "show", "fam/broken/default/amd64-gcc-bfd", "--run", str(run)],
                           cwd=ROOT, capture_output=True, text=True, timeout=60).stdout
    assert "fam/broken/default/amd64-gcc-bfd: FAIL — run 1: stdout differs" in shown and "--- run1.stdout" in shown
    for cell, expected_rc in (("fam/good/default/amd64-gcc-bfd", 0), ("fam/broken/default/amd64-gcc-bfd", 1)):
        tarball = tmp_path / f"{cell.split('/')[1]}.tar.gz"
        subprocess.run([PY, "-m", "harness", "export", cell, "--run", str(run), "-o", str(tarball)], cwd=ROOT,
                       check=True, timeout=60)
        elsewhere = tmp_path / "elsewhere" / cell.split("/")[1]
        elsewhere.mkdir(parents=True)
        with tarfile.open(tarball) as tar:
            names = tar.getnames()
            tar.extractall(elsewhere)
        (top,) = {n.split("/")[0] for n in names}
        assert {f"{top}/repro.sh", f"{top}/work/main.c", f"{top}/work/check.h", f"{top}/versions.txt",
                f"{top}/run1.expected", f"{top}/run1.stdout"} <= set(names)
        assert f"{top}/work/main" not in names                    # sources only, no built files
        env = {"PATH": "/usr/bin:/bin"}                              # plain sh: no Python involved
        out = subprocess.run(["sh", "repro.sh"], cwd=elsewhere / top, env=env, capture_output=True, text=True,
                             timeout=120)
        assert out.returncode == expected_rc, out.stdout + out.stderr


def test_second_run_into_a_busy_run_dir_is_refused(tmp_path):
    cases = tmp_path / "cases"
    input_case(cases, "prints", "fam/slow", name="slow", expected="slow", output="slow", sleep=4)
    run = tmp_path / "results" / "shared"
    first = harness(tmp_path, "-n", "0", "--run-dir", str(run))
    deadline = time.monotonic() + 120
    while not (run / ".run.lock").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    second = harness(tmp_path, "-n", "0", "--run-dir", str(run))
    out2, _ = second.communicate(timeout=300)
    out1, _ = first.communicate(timeout=300)
    assert first.returncode == 0, out1
    assert second.returncode != 0 and "is in use by another run" in out2
    assert [r["status"] for r in lines(run)] == ["PASS"]          # the refused run wrote nothing


def test_run_compare_lists_known_failures_in_its_output_and_summary(tmp_path):
    """A cell that failed in the baseline and fails again is a known failure, not a regression: the
    run exits 0, and its output and summary.md say that nothing explains it yet."""
    input_case(tmp_path / "cases", "prints", "fam/broken", name="broken", expected="yes", output="no", sleep=0)
    input_case(tmp_path / "cases", "prints", "fam/fine", name="fine", expected="yes", output="yes", sleep=0)
    base = tmp_path / "baselines"
    base.mkdir()
    (base / "amd64-gcc-bfd.json").write_text(json.dumps({"column": "amd64-gcc-bfd", "cells": {
        "fam/broken/default/amd64-gcc-bfd": "FAIL", "fam/fine/default/amd64-gcc-bfd": "PASS"}}))
    run_dir = tmp_path / "results" / "r"
    p = harness(tmp_path, "--profile", "gcc-bfd", "--run-dir", str(run_dir), "-n", "0", "--compare", str(base))
    out, _ = p.communicate(timeout=300)
    assert p.returncode == 0, out
    assert "Known failures WITHOUT a finding or bug (1)" in out and "fam/broken/default/amd64-gcc-bfd: FAIL" in out
    summary = (run_dir / "summary.md").read_text()
    assert f"## Against {base}" in summary and "**0 regressions**" in summary
    assert "### Known failures that nothing explains (1)" in summary
    assert summary.index("## Against") < summary.index("## Failing cells")
    assert "Known failures that nothing explains (1)" in (run_dir / "report.html").read_text()
