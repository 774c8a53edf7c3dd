"""harness reduce: a case that fails for a known reason (a CHECK of add(2, 2), amid a second
program, a library nothing loads, flags and unused code) is reduced by C-Vise and the structure
pass into a smaller case that still fails the same way, that `harness run` accepts (reduce runs it)
and that `export` packs."""
from __future__ import annotations

import json
import shutil
import tarfile
from pathlib import Path

import pytest

from harness import export, results
from harness import probe as probing
from harness import reduce
from harness.cache import BuildCache
from harness.cells import expand
from harness.execute import Context, execute
from harness.interesting import signature
from harness.manifest import load_case
from harness.platforms import ROOT

FIXTURE = Path(__file__).parent / "Inputs" / "reduce"
CASE = "demo/check-fails"
CELL = f"{CASE}/default/amd64-gcc-bfd"
WHY = "CHECK failed: add(2, 2) == 4 (5 != 4)"


def test_signature_masks_what_a_reduction_changes():
    reason = "run 2: exit 1, expected 0: main.c:27: CHECK failed: add(2, 2) == 4 (5 != 4)"
    assert signature(reason) == "run N: exit 1, expected 0: main.c:N: CHECK failed: add(2, 2) == 4 (5 != 4)"
    assert signature(reason) == signature(reason.replace("run 2", "run 1").replace(":27:", ":3:"))
    assert signature(reason) != signature(reason.replace("5 != 4", "6 != 4"))           # values stay
    assert signature(reason) != signature(reason.replace("add(2, 2)", "add(1, 3)"))     # the CHECK stays
    assert signature("dli_saddr = 0x7f8e3171b010") == signature("dli_saddr = 0x7f0000001000")
    assert signature("(0x5 != 0x7)") == "(0x5 != 0x7)"                                  # small hex values stay
    assert signature("build step 2 (main) failed: main.c:3:5: error: 'x' undeclared") == \
        "build step N (main) failed: main.c:N: error: 'x' undeclared"
    assert signature("/r/cells/c/work/libx.so: cannot open", ("/r/cells/c",)) == "<CELL>/work/libx.so: cannot open"


@pytest.fixture(scope="module")
def reduced(tmp_path_factory, amd64, gcc_bfd, amd64_probe):
    """The fixture case run as a matrix cell (FAIL), then reduced with a short C-Vise schedule."""
    tmp = tmp_path_factory.mktemp("reduce")
    cases = tmp / "cases"
    shutil.copytree(FIXTURE, cases)
    run_dir = tmp / "run"
    run_dir.mkdir()
    ctx = Context(run_dir, BuildCache(tmp / "cache"), ROOT / "cases" / "lib" / "check.h",
                  {("amd64", "gcc-bfd"): amd64_probe})
    cell = expand(load_case(cases / CASE / "case.toml", cases), [amd64], [gcc_bfd])[0]
    original = execute(cell, ctx)
    results.append(run_dir, original)
    probing.save(ctx.probes, run_dir / "probes.json")
    assert original.status == "FAIL" and WHY in original.reason, original.reason
    summary = reduce.reduce(run_dir, CELL, tmp / "out", cases_root=cases, budget=8, quick=True,
                            say=lambda line: None)
    return tmp, original, summary


def test_reduced_case_is_smaller_and_fails_the_same_way(reduced):
    tmp, original, summary = reduced
    out = tmp / "out"
    assert json.loads((out / "reduce.json").read_text()) == summary
    case_dir = out / "cases" / CASE
    assert summary["after"]["bytes"] < summary["before"]["bytes"] * 0.9, summary
    assert summary["after"]["files"] < summary["before"]["files"], summary
    # the structure pass: the other program, its run and the unloaded library are gone, and so is -O1
    toml = (case_dir / "case.toml").read_text()
    assert "hello" not in toml and "libjunk.so" not in toml and "-O1" not in toml, toml
    assert sorted(p.name for p in case_dir.iterdir()) == ["case.toml", "check.h", "lib.c", "main.c"]
    # C-Vise ran on each C source, in the bounded schedule, and its first pass (comments) got through
    # even on a loaded machine: lib.c lost its comments
    assert [f["file"] for f in summary["files"]] == ["main.c", "lib.c", "check.h"]
    assert all(f["tests"] > 0 and f["cvise"] == "finished" and not f["restored"] for f in summary["files"])
    lib = (case_dir / "lib.c").read_text()
    assert summary["formatted"] and "int add(int a, int b) {\n  if (a == 2" in lib, lib     # clang-format's LLVM style
    assert "/*" not in lib and len(lib) < (tmp / "cases" / CASE / "lib.c").stat().st_size
    # still the same failure: the same status, the same CHECK with the same values
    verdict = summary["verified"]
    assert verdict["same"] and verdict["status"] == "FAIL" and WHY in verdict["reason"], verdict
    assert signature(verdict["reason"]) == signature(original.reason)


def test_reduced_case_is_run_by_harness_run_and_exported(reduced):
    tmp, original, summary = reduced
    out = tmp / "out"
    ran = {r.cell: r for r in results.read(out / "run")}
    assert ran[CELL].status == "FAIL" and WHY in ran[CELL].reason
    tarball = export.export(out / "run", CELL, tmp / "reduced.tar.gz")
    with tarfile.open(tarball) as tar:
        names = tar.getnames()
    assert any(n.endswith("/work/main.c") for n in names) and any(n.endswith("/repro.sh") for n in names), names


def test_reduce_refuses_a_passing_cell(tmp_path):
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    results.append(run_dir, results.Result(cell=CELL, case=CASE, variant="default", arch="amd64",
                                           profile="gcc-bfd", status="PASS"))
    with pytest.raises(reduce.ReduceError, match="PASS"):
        reduce.reduce(run_dir, CELL, tmp_path / "out", cases_root=FIXTURE, say=lambda line: None)


def _processes_in(directory: Path) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and Path(entry / "cwd").resolve().is_relative_to(directory):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def test_a_stopped_test_leaves_no_process(tmp_path, amd64_probe):
    """C-Vise stops a test with SIGTERM (so does the script's `timeout`): the judgement under way
    unwinds and its step's process group is killed -- a candidate that hangs does not outlive it."""
    import subprocess
    import time

    from harness.interesting import Spec

    case_dir = tmp_path / "cases" / "demo" / "sleeper"
    case_dir.mkdir(parents=True)
    (case_dir / "case.toml").write_text('title = "sleeps"\nrefs = ["test_reduce.py"]\ntimeout = 120\n'
                                        '[[build]]\nout = "main"\nsrc = ["main.c"]\n[[run]]\nargv = ["./main"]\n')
    (case_dir / "main.c").write_text("#include <unistd.h>\nint main(void) { sleep(120); return 1; }\n")
    probing.save({("amd64", "gcc-bfd"): amd64_probe}, tmp_path / "probes.json")
    Spec("demo/sleeper/default/amd64-gcc-bfd", "demo/sleeper", "amd64", "gcc-bfd", (), str(tmp_path / "probes.json"),
         str(case_dir), "FAIL", "x").save(tmp_path / "spec.json")
    cvise_dir = tmp_path / "cvise"
    cvise_dir.mkdir()
    shutil.copyfile(case_dir / "main.c", cvise_dir / "main.c")
    test = subprocess.Popen(["/usr/bin/python3", "-m", "harness.interesting", str(tmp_path / "spec.json"), "main.c"],
                            cwd=cvise_dir, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(Path(f"/proc/{p}/exe").resolve().name == "main"
                                                  for p in _processes_in(cvise_dir)):
        time.sleep(0.2)          # until the candidate runs
    test.terminate()
    assert test.wait(timeout=30) == 124
    assert _processes_in(cvise_dir) == [] and sorted(p.name for p in cvise_dir.iterdir()) == ["main.c"]


def test_controls_are_columns_where_the_case_passed(tmp_path):
    def result(column: str, status: str, variant: str = "default") -> results.Result:
        arch, profile = column.split("-", 1)
        return results.Result(cell=f"{CASE}/{variant}/{column}", case=CASE, variant=variant, arch=arch,
                              profile=profile, status=status, reason="" if status == "PASS" else "why")
    for r in (result("amd64-gcc-bfd", "PASS"), result("arm64-gcc-mold", "FAIL"), result("arm64-gcc-gold", "PASS"),
              result("arm64-clang-lld", "PASS", "v=2"), result("arm64-gcc-bfd", "FAIL")):
        results.append(tmp_path, r)
    target = result("arm64-gcc-bfd", "FAIL")
    # default: one passing column of the same case and variant, the cell's own arch first
    assert reduce.choose_controls(tmp_path, target, None) == [
        (f"{CASE}/default/arm64-gcc-gold", "arm64", "gcc-gold", "PASS")]
    assert reduce.choose_controls(tmp_path, target, []) == []
    assert reduce.choose_controls(tmp_path, target, ["amd64-gcc-bfd", "arm64-gcc-mold"]) == [
        (f"{CASE}/default/amd64-gcc-bfd", "amd64", "gcc-bfd", "PASS"),
        (f"{CASE}/default/arm64-gcc-mold", "arm64", "gcc-mold", "FAIL")]
    with pytest.raises(reduce.ReduceError, match="riscv64-gcc-bfd"):
        reduce.choose_controls(tmp_path, target, ["riscv64-gcc-bfd"])
