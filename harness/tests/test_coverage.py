"""Coverage mode, the tracefile code and the never-executed-CHECK gate."""
from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

from harness import checkgate, coverage, gcovdata
from harness.covreport import _resolver
from harness.execute import execute
from harness.manifest import BuildStep
from harness.platforms import ROOT

CHECK_H = ROOT / "cases" / "lib" / "check.h"


def test_check_macros_are_the_public_ones():
    names = checkgate.check_macros(CHECK_H)
    assert {"CHECK", "CHECK_MSG", "CHECK_EQ_INT", "CHECK_NOT_NULL", "CHECK_ALIGNED", "CHECK_EQ_STR"} <= set(names)
    assert "CHECK_FAIL_" not in names and "CHECK_EXIT_FAIL" not in names


def test_find_checks_skips_comments_strings_and_definitions(tmp_path):
    src = tmp_path / "main.c"
    src.write_text(textwrap.dedent('''\
        #include "check.h"
        /* CHECK(1) in a comment */
        #define MY_CHECK(x) \\
          CHECK(x)
        int main(void) {
          puts("CHECK(0)");   // CHECK(2)
          CHECK_EQ_INT(1,
                       1);
          MY_CHECK(1);
          CHECK (1);
          if (argc > 9) CHECK_MSG(0, "error path: %d", f(1, 2));
          return 0;
        }
        '''))
    found = checkgate.find_checks(src, "t/case", checkgate.check_macros(CHECK_H))
    assert [(c.line, c.macro) for c in found] == [(7, "CHECK_EQ_INT"), (10, "CHECK")]


def _cov(info: str, tmp_path: Path, name: str) -> gcovdata.Coverage:
    p = tmp_path / f"{name}.info"
    p.write_text(textwrap.dedent(info))
    return gcovdata.read_info(p)


def test_gate_decides_per_line_across_arches(tmp_path):
    root = tmp_path / "cases"
    case = root / "fam" / "c"
    case.mkdir(parents=True)
    main = case / "main.c"
    main.write_text("#include \"check.h\"\nint main(void) {\n  CHECK(1);\n  CHECK(2);\n  CHECK(3);\n"
                    "  CHECK(4);\n  return 0;\n}\n")
    other = root / "fam" / "skipped"
    other.mkdir()
    (other / "main.c").write_text("int main(void) { CHECK(1); return 0; }\n")
    amd64 = _cov(f"""\
        SF:{main}
        DA:3,1
        DA:4,0
        DA:5,0
        end_of_record
        """, tmp_path, "amd64")
    arm = _cov(f"""\
        SF:{main}
        DA:3,0
        DA:4,2
        end_of_record
        """, tmp_path, "arm")
    checks = checkgate.all_checks(root, {"fam/c", "fam/skipped"}, checkgate.check_macros(CHECK_H))
    result = checkgate.decide(checks, {"amd64": amd64, "arm": arm}, ran={"fam/c"},
                              not_run_why={"fam/skipped": "UNSUPPORTED 4"})
    assert (result.checks, result.executed) == (4, 2)
    assert [(v.check.line, v.why) for v in result.violations] == [
        (5, "count 0 on amd64; no code on arm"), (6, "no code on amd64, arm")]
    assert result.not_run == {"fam/skipped": "UNSUPPORTED 4"}
    assert not result.ok
    assert "cases/fam/c/main.c:5: CHECK never executed" in checkgate.format_result(result, root)


def test_tracefile_round_trip(tmp_path):
    cov = {"/x/a.c": gcovdata.FileCov({3: 1, 4: 0}, {"main": [2, 1]})}
    back = gcovdata.read_info(gcovdata.write_info(cov, tmp_path / "t.info", "t"))
    assert back["/x/a.c"].lines == {3: 1, 4: 0} and back["/x/a.c"].functions == {"main": [2, 1]}
    assert gcovdata.totals(back) == (2, 1)


def test_no_coverage_for_a_step_without_libc(gcc_bfd):
    prof = coverage.instrument(gcc_bfd)
    assert prof.cflags[-2:] == ("--coverage", "-DDSOCONF_COVERAGE") and prof.name == gcc_bfd.name
    plain = BuildStep(out="main", src=("main.c",), kind="exe")
    nolibc = BuildStep(out="libns.so", src=("ns.c",), kind="shared", ldflags=("-nostdlib",))
    assert "--coverage" in coverage.step_cflags(prof.cflags, plain)
    assert "--coverage" not in coverage.step_cflags(prof.cflags, nolibc)
    assert coverage.step_cflags(gcc_bfd.cflags, nolibc) == gcc_bfd.cflags


def test_gcda_lands_in_the_cell_and_counts_the_check(one_cell, context, gcc_bfd, tmp_path):
    cell = one_cell('''
        title = "t"
        refs = ["r"]
        [[build]]
        out = "libt.so"
        src = ["lib.c"]
        [[build]]
        out = "main"
        src = ["main.c"]
        link = ["libt.so"]
        [[run]]
        argv = ["./main"]
        ''', {"lib.c": "#include \"check.h\"\nint twice(int x) {\n  CHECK(x < 100);\n  return 2 * x;\n}\n",
              "main.c": "#include <sys/wait.h>\n#include <unistd.h>\n#include \"check.h\"\nint twice(int);\nint main(int argc, char **argv) {\n"
                        "  (void)argv;\n  if (argc > 5)\n    CHECK(argc < 3);\n  CHECK_EQ_INT(twice(2), 4);\n"
                        "  if (fork() == 0) {\n    CHECK(argc == 1);\n    _exit(0);\n  }\n  CHECK(wait(NULL) > 0);\n"
                        "  return 0;\n}\n"})
    cell = dataclasses.replace(cell, profile=coverage.instrument(gcc_bfd))
    ctx = dataclasses.replace(context, coverage=True)
    r = execute(cell, ctx)
    assert r.status == "PASS", r.reason
    work = ctx.cell_dir(cell) / "work"
    gcdas = sorted(p.name for p in work.rglob("*.gcda"))
    assert gcdas == ["libt.so-lib.gcda", "main-main.gcda"]
    assert not list((ctx.cache.root / "tmp").rglob("*.gcda"))          # nothing written in the cache
    assert "--coverage" in (ctx.cell_dir(cell) / "repro.sh").read_text()
    docs, problems = gcovdata.run_gcov("x86_64-linux-gnu-gcov", sorted(work.rglob("*.gcda")), work, tmp_path)
    cov = gcovdata.add_documents({}, docs, _resolver(cell.case.dir, CHECK_H))
    main, lib = str(cell.case.dir / "main.c"), str(cell.case.dir / "lib.c")
    assert cov[lib].lines[3] == 1
    assert cov[main].lines[9] == 1 and cov[main].lines[8] == 0
    assert cov[main].lines[11] >= 1          # in a forked child that ends with _exit(): check.h dumps first


def test_a_cell_that_failed_in_a_run_step_did_not_run_to_the_end():
    from harness.covreport import ran_to_the_end
    from harness.results import Result

    def r(status, reason=""):
        return Result(cell="f/c/default/amd64-gcc-bfd", case="f/c", variant="default", arch="amd64",
                      profile="gcc-bfd", status=status, reason=reason or "x")
    assert ran_to_the_end(r("PASS")) and ran_to_the_end(r("UNSUPPORTED", "run 1: the program says: no"))
    assert ran_to_the_end(r("FAIL", "libuse.so: unexpected JUMP_SLOT relocation"))      # ELF check only
    assert not ran_to_the_end(r("XFAIL", "expected failure (bug): run 1: exit 1, expected 0"))
    assert not ran_to_the_end(r("FAIL", "gdb 1: output does not match /x/"))


def test_a_gcov_that_does_not_finish_gives_no_counts(tmp_path):
    """A killed gcov has written part of its JSON: the cell then has no counts (the gate lists the
    case as not judged), never a partial set that would make its other files look never run."""
    from harness import gcovdata
    fake = tmp_path / "slow-gcov"
    fake.write_text('#!/bin/sh\necho \'{"files": [{"file": "lib.c", "lines": [], "functions": []}]}\'\nsleep 30\n')
    fake.chmod(0o755)
    docs, problems = gcovdata.run_gcov(str(fake), [tmp_path / "a.gcda"], tmp_path, tmp_path, timeout=1)
    assert docs == [] and "did not finish within 1s" in problems
