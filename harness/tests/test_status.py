"""How a cell's outcome becomes a status: exit 77, signals, timeouts, build failures, rules."""
import dataclasses

import pytest

from harness.execute import execute
from harness.probe import Probe

MAIN = "main.c"


def case_toml(run_extra="", top="", build_extra=""):
    return f"""\
title = "status mapping"
refs = ["harness self-test"]
{top}
[[build]]
out = "main"
src = ["main.c"]
{build_extra}
[[run]]
argv = ["./main"]
{run_extra}
"""


def status_of(one_cell, context, program, **kw):
    cell = one_cell(case_toml(**kw), {MAIN: program})
    return execute(cell, context)


PRINT_OK = '#include <stdio.h>\nint main(void) { puts("ok"); return 0; }\n'


def test_pass(one_cell, context):
    r = status_of(one_cell, context, PRINT_OK, run_extra='stdout = "ok\\n"')
    assert (r.status, r.reason) == ("PASS", "")


def test_run_seconds_is_the_time_in_the_program(one_cell, context):
    """make bench splits a warm run into the programs' time and the harness's: run_seconds."""
    r = status_of(one_cell, context, '#include <unistd.h>\nint main(void) { usleep(400000); return 0; }\n')
    assert r.status == "PASS" and 0.4 <= r.run_seconds <= r.duration
    quick = one_cell(case_toml(run_extra='stdout = "ok\\n"'), {MAIN: PRINT_OK}, case_id="t/quick")
    assert execute(quick, context).run_seconds < 0.4


def test_wrong_stdout_fails(one_cell, context):
    r = status_of(one_cell, context, PRINT_OK, run_extra='stdout = "OK\\n"')
    assert r.status == "FAIL" and "stdout differs" in r.reason and "'OK\\n'" in r.reason


def test_exit_77_is_unsupported_with_reason(one_cell, context):
    prog = '#include "check.h"\nint main(void) { UNSUPPORTED("no frobnicator here"); }\n'
    r = status_of(one_cell, context, prog)
    assert r.status == "UNSUPPORTED" and "no frobnicator here" in r.reason


def test_check_failure_reports_file_line_and_values(one_cell, context):
    prog = '#include "check.h"\nint main(void) { int x = 2; CHECK_EQ_INT(x + 1, 4); return 0; }\n'
    r = status_of(one_cell, context, prog)
    assert r.status == "FAIL"
    assert "exit 1, expected 0" in r.reason and "main.c:2: CHECK failed: x + 1 == 4 (3 != 4)" in r.reason


def test_sigsegv_named(one_cell, context):
    prog = '#include <signal.h>\nint main(void) { raise(SIGSEGV); return 0; }\n'
    r = status_of(one_cell, context, prog)
    assert r.status == "FAIL" and "killed by SIGSEGV" in r.reason


def test_timeout(one_cell, context):
    prog = '#include <unistd.h>\nint main(void) { for (;;) pause(); }\n'
    r = status_of(one_cell, context, prog, run_extra="timeout = 0.5")
    assert r.status == "TIMEOUT" and "process group killed" in r.reason


def test_build_failure_is_unresolved(one_cell, context):
    r = status_of(one_cell, context, "int main(void) { return undeclared; }\n")
    assert r.status == "UNRESOLVED" and "build step 1 (main) failed" in r.reason and "undeclared" in r.reason


def test_expected_build_error(one_cell, context):
    toml = """\
title = "must not link"
refs = ["harness self-test"]
[[build]]
out = "main"
src = ["main.c"]
build_error = "undefined reference to .missing_function"
"""
    prog = "int missing_function(void);\nint main(void) { return missing_function(); }\n"
    assert execute(one_cell(toml, {MAIN: prog}), context).status == "PASS"
    links = one_cell(toml, {MAIN: "int main(void) { return 0; }\n"}, case_id="t/links")
    r = execute(links, context)
    assert r.status == "FAIL" and "should fail" in r.reason and not r.build_cached
    again = execute(links, context)          # a link that succeeded is cached like any build
    assert (again.status, again.reason, again.build_cached) == ("FAIL", r.reason, True)


def test_xfail_and_xpass(one_cell, context):
    rule = 'xfail = [{ when = "amd64", bug = "https://example.org/bug/1" }]'
    failing = '#include "check.h"\nint main(void) { CHECK(0); }\n'
    r = status_of(one_cell, context, failing, top=rule)
    assert r.status == "XFAIL" and "https://example.org/bug/1" in r.reason
    r = execute(one_cell(case_toml(top=rule), {MAIN: PRINT_OK}, case_id="t/xpass"), context)
    assert r.status == "XPASS" and "but passed" in r.reason


def test_xfail_fixed_in_and_build_failure(one_cell, context):
    """A cited bug may show as a link that breaks (a valid program the linker rejects): XFAIL, with the
    release that fixed it in the reason; the same broken build without a rule is UNRESOLVED."""
    rule = 'xfail = [{ when = "amd64", bug = "https://example.org/bug/2", fixed = "ld 9.1" }]'
    r = status_of(one_cell, context, "int main(void) { return undeclared; }\n", top=rule)
    assert r.status == "XFAIL" and "https://example.org/bug/2, fixed in ld 9.1" in r.reason
    assert "build step 1 (main) failed" in r.reason


def test_xfail_match_takes_only_the_cited_failure(one_cell, context):
    """With `match`, a failure is the cited bug's only when its reason matches; any other failure of
    the cell is a FAIL (a build that breaks for another reason does not hide behind the rule)."""
    rule = 'xfail = [{{ when = "amd64", bug = "https://example.org/bug/3", match = "{rx}" }}]'
    program = "int main(void) { int unused_here = 0; return undeclared; }\n"
    # the reason names only the last error; match also searches the whole build log
    r = execute(one_cell(case_toml(top=rule.format(rx="unused variable .unused_here")), {MAIN: program},
                         case_id="t/m1"), context)
    assert r.status == "XFAIL"
    r = execute(one_cell(case_toml(top=rule.format(rx="unused parameter")), {MAIN: program}, case_id="t/m2"), context)
    assert r.status == "FAIL" and "not the failure of https://example.org/bug/3" in r.reason


def test_requires_and_unsupported_rules(one_cell, context):
    r = status_of(one_cell, context, PRINT_OK, top='requires = ["no-such-feature"]')
    assert r.status == "UNSUPPORTED" and "requires no-such-feature" in r.reason
    r = execute(one_cell(case_toml(top='unsupported = [{ when = "native && amd64", reason = "not here" }]'),
                         {MAIN: PRINT_OK}, case_id="t/rule"), context)
    assert r.status == "UNSUPPORTED" and r.reason == "not here (rule: native && amd64)"


def test_failed_probe_makes_cell_unsupported(one_cell, context):
    bad = Probe("amd64", "gcc-bfd", ok=False, reason="probe: x86_64-linux-gnu-gcc not found in PATH")
    ctx = dataclasses.replace(context, probes={("amd64", "gcc-bfd"): bad})
    r = execute(one_cell(case_toml(), {MAIN: PRINT_OK}), ctx)
    assert r.status == "UNSUPPORTED" and "not found in PATH" in r.reason


def test_env_reaches_the_program(one_cell, context):
    prog = '#include <stdio.h>\n#include <stdlib.h>\nint main(void) { puts(getenv("DSO_X")); return 0; }\n'
    r = status_of(one_cell, context, prog, run_extra='env = { DSO_X = "{arch}" }\nstdout = "amd64\\n"')
    assert r.status == "PASS", r.reason


@pytest.mark.parametrize("check,expected", [
    ('relocs_include = ["JUMP_SLOT"]', "PASS"),
    ('relocs_include = ["COPY"]', "FAIL"),
    ('dynsym_include = ["lib_fn"]', "PASS"),
    ('dynsym_exclude = ["lib_fn"]', "FAIL"),
    ('dynamic_include = ["SONAME"]', "PASS"),
    ('dynamic_include = ["TEXTREL"]', "FAIL"),
    ('relocs_include = ["NO_SUCH_NAME"]', "UNRESOLVED"),
])
def test_elf_checks(one_cell, context, check, expected):
    toml = f"""\
title = "elf"
refs = ["harness self-test"]
[[build]]
out = "libx.so"
src = ["lib.c"]
[[elf]]
file = "libx.so"
{check}
"""
    lib = "int other_fn(void);\nint lib_fn(void) { return other_fn() + 1; }\nint other_fn(void) { return 1; }\n"
    assert execute(one_cell(toml, {"lib.c": lib}), context).status == expected


def test_missing_runner_is_unsupported_not_a_crash(amd64, gcc_bfd):
    from harness.probe import probe
    foreign = dataclasses.replace(amd64, name="fake", host_machine="no-such-machine",
                                  runner=("qemu-dsoconf-missing", "-L", "{sysroot}"))
    p = probe(foreign, gcc_bfd)
    assert not p.ok and p.reason == "probe: qemu-dsoconf-missing not found in PATH (needed to run fake code)"
    missing_cc = dataclasses.replace(gcc_bfd, cc="dsoconf-no-such-gcc")
    p = probe(amd64, missing_cc)
    assert not p.ok and p.reason == "probe: dsoconf-no-such-gcc not found in PATH"


def test_flaky_is_reported_not_passed(one_cell, context):
    prog = ('#include <stdio.h>\nint main(void) {\n'
            '  FILE *f = fopen("ran-once", "r");\n'
            '  if (!f) { fclose(fopen("ran-once", "w")); fputs("first run fails\\n", stderr); return 1; }\n'
            '  fclose(f); return 0;\n}\n')
    r = status_of(one_cell, context, prog)
    assert r.status == "FLAKY" and r.reason.startswith("FAIL then PASS on retry: run 1: exit 1")


def test_qemu_env_commas_and_ld_vars(cases_root, gcc_bfd, context):
    """Under qemu, LD_* go to the guest only (-E); values with commas go through qemu's own env."""
    from harness.cells import expand
    from harness.manifest import load_case
    from harness.platforms import ROOT, load_arch
    from harness.probe import probe
    from harness.plan import make

    from .conftest import write_case
    arm64 = load_arch(ROOT / "arch" / "arm64.toml")
    toml = case_toml(run_extra='env = { TZ = "EST5EDT,M3.2.0,M11.1.0", LD_BIND_NOW = "1" }\n'
                               'stdout = "EST5EDT,M3.2.0,M11.1.0 1\\n"')
    prog = ('#include <stdio.h>\n#include <stdlib.h>\n'
            'int main(void) { printf("%s %s\\n", getenv("TZ"), getenv("LD_BIND_NOW")); return 0; }\n')
    case = load_case(write_case(cases_root, "t/qemu-env", toml, {MAIN: prog}), cases_root)
    cell = expand(case, [arm64], [gcc_bfd])[0]
    (run,) = make(cell, None, context.cache.root.parent, context.check_h).runs
    assert run.argv == ("qemu-aarch64", "-L", "/usr/aarch64-linux-gnu", "-E", "LD_BIND_NOW=1", "./main")
    assert dict(run.env) == {"TZ": "EST5EDT,M3.2.0,M11.1.0"}
    p = probe(arm64, gcc_bfd)
    assert p.ok, p.reason
    ctx = dataclasses.replace(context, probes={("arm64", "gcc-bfd"): p})
    r = execute(cell, ctx)
    assert r.status == "PASS", r.reason


def test_archive_step(one_cell, context):
    toml = """\
title = "archive"
refs = ["ar(1)"]
[[build]]
out = "part.o"
src = ["part.c"]
[[build]]
out = "libpart.a"
src = ["part.o"]
[[build]]
out = "main"
src = ["main.c"]
link = ["libpart.a"]
[[run]]
argv = ["./main"]
stdout = "6\\n"
"""
    files = {"part.c": "int triple(int x) { return 3 * x; }\n",
             MAIN: '#include <stdio.h>\nint triple(int);\nint main(void) { printf("%d\\n", triple(2)); return 0; }\n'}
    r = execute(one_cell(toml, files), context)
    assert r.status == "PASS", r.reason


def test_output_flood_is_cut_and_the_cell_fails(one_cell, context):
    prog = '#include <stdio.h>\nint main(void) { for (;;) fputs("flood flood flood flood\\n", stdout); }\n'
    r = status_of(one_cell, context, prog, run_extra="timeout = 60")
    assert r.status == "FAIL" and "output over the limit; process group killed" in r.reason
    stdout = next(context.run_dir.rglob("run1.stdout")).read_bytes()
    assert stdout.endswith(b"[dsoconf: output truncated at 8388608 bytes]\n")


def test_disk_filler_is_stopped(one_cell, context, monkeypatch):
    import harness.procs as procs
    monkeypatch.setattr(procs, "FILE_SIZE_LIMIT", 4 << 20)
    prog = ('#include <stdio.h>\n#include <string.h>\nint main(void) {\n'
            '  static char block[1 << 16]; memset(block, 1, sizeof block);\n'
            '  FILE *f = fopen("filler", "w");\n'
            '  for (;;) if (fwrite(block, 1, sizeof block, f) != sizeof block) return 3;\n}\n')
    r = status_of(one_cell, context, prog)
    assert r.status == "FAIL" and ("SIGXFSZ" in r.reason or "exit 3" in r.reason)
    assert next(context.run_dir.rglob("filler")).stat().st_size <= 4 << 20


def test_results_record_the_phase_that_decided(one_cell, context):
    def phase(case_id, program, **kw):
        return execute(one_cell(case_toml(**kw), {MAIN: program}, case_id=case_id), context).phase
    assert phase("t/build", "int main(void) { return undeclared; }\n") == "build"
    assert phase("t/run", PRINT_OK, run_extra='stdout = "no\\n"') == "run"
    assert phase("t/rule", PRINT_OK, top='unsupported = [{ when = "amd64", reason = "r" }]') == "rule"
    r = execute(one_cell(case_toml() + '[[elf]]\nfile = "main"\ndynamic_include = ["TEXTREL"]\n', {MAIN: PRINT_OK},
                         case_id="t/elf"), context)
    assert (r.status, r.phase) == ("FAIL", "elf")
    assert phase("t/pass", PRINT_OK) == ""


def test_status_meanings_agree_with_the_reports():
    from harness import status
    assert status.BAD == {"FAIL", "XPASS", "UNRESOLVED", "TIMEOUT", "FLAKY"} and status.GOOD == {"PASS", "XFAIL"}
    assert [s for s in status.STATUSES if status.get(s).junit == "skipped"] == ["XFAIL", "UNSUPPORTED"]
    assert status.is_regression("PASS", "UNSUPPORTED") and status.is_regression("XFAIL", "XPASS")
    assert not status.is_regression("FAIL", "TIMEOUT") and not status.is_regression("UNSUPPORTED", "PASS")
