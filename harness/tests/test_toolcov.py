"""Toolchain coverage: which families reach which lines of an instrumented toolchain component, from
per-family lcov tracefiles (fixtures under Inputs/toolcov), and a real capture from gcov."""
import shutil
import subprocess
from pathlib import Path

from harness import gcovdata, toolcov

from .conftest import need_tools

INPUTS = Path(__file__).parent / "Inputs" / "toolcov"


def test_attribution_counts_lines_per_family_and_lines_only_one_family_reaches():
    per_family = {p.stem: gcovdata.read_info(p) for p in sorted(INPUTS.glob("*.info"))}
    total, rows = toolcov.attribution(per_family)
    by_file = {r["file"]: r for r in rows}
    shared = by_file["/src/mold/elf/input-files.cc"]
    # line 10 both reach, 11 only reloc, 12 only tls: 3 lines, all reached, one each only one family
    assert (shared["lines"], shared["reached"]) == (3, 3)
    assert shared["families"] == {"reloc": 2, "tls": 2} and shared["only"] == {"reloc": 1, "tls": 1}
    assert by_file["/src/mold/elf/tls.cc"] == {"file": "/src/mold/elf/tls.cc", "lines": 2, "reached": 1,
                                               "families": {"tls": 1}, "only": {"tls": 1}}
    assert gcovdata.totals(total) == (5, 4)


def test_report_writes_the_union_and_a_table(tmp_path):
    for p in INPUTS.glob("*.info"):
        shutil.copy(p, tmp_path / p.name)
    toolcov.report(tmp_path, ["/usr/*"])
    assert gcovdata.totals(gcovdata.read_info(tmp_path / "total.info")) == (5, 4)


def test_families_are_the_given_directories_or_every_family(tmp_path):
    for fam in ("tls", "reloc", "lib"):
        (tmp_path / fam / "c").mkdir(parents=True)
    (tmp_path / "tls" / "c" / "case.toml").write_text("")
    (tmp_path / "reloc" / "c" / "case.toml").write_text("")
    assert [n for n, _ in toolcov.families([], tmp_path)] == ["reloc", "tls"]
    assert toolcov.families([str(tmp_path / "tls" / "c")], tmp_path) == [("tls/c", tmp_path / "tls" / "c")]


def test_capture_reads_a_real_instrumented_build_and_zero_resets_it(tmp_path):
    need_tools("gcc", "gcov")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "tool.c").write_text("int main(int argc, char **argv) {\n  (void)argv;\n"
                                 "  if (argc > 5)\n    return 1;\n  return 0;\n}\n")
    subprocess.run(["gcc", "--coverage", "-O0", "tool.c", "-o", "tool"], cwd=tree, check=True, timeout=60)
    subprocess.run(["./tool"], cwd=tree, check=True, timeout=60)
    info = tmp_path / "out" / "fam.info"
    info.parent.mkdir()
    assert toolcov.capture(tree, "gcov", info, ["/usr/*"]) is None
    cov = gcovdata.read_info(info)
    (path,) = cov
    assert path.endswith("tool.c") and cov[path].lines[4] == 0 and cov[path].lines[5] == 1
    assert toolcov.zero(tree) == 1 and not list(tree.rglob("*.gcda"))
