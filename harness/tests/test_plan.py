"""One plan, two emitters: repro.sh passes sh exactly the words of the cell's plan, on every case,
default arch and profile; the runner executes the same words; repro.sh judges ELF checks as the
harness does."""
import os
import subprocess
from pathlib import Path

import pytest

from harness import plan as planning
from harness import repro
from harness.cells import expand
from harness.execute import execute
from harness.manifest import ManifestError, load_case
from harness.platforms import ROOT, select_arches, select_profiles
from harness.probe import Probe

CHECK_H = ROOT / "cases" / "lib" / "check.h"


def read_log(path: Path) -> list[list[str]]:
    """The commands `planned` logged: each is its word count, then the words, NUL-separated."""
    fields = path.read_bytes().decode().split("\0")[:-1] if path.exists() else []
    out, i = [], 0
    while i < len(fields):
        n = int(fields[i])
        out.append(fields[i + 1:i + 1 + n])
        i += 1 + n
    return out


def planned_commands(the_plan, directory: str, port: str) -> list[list[str]]:
    """What repro.sh must hand to `planned`, in order: builds, runs, then per gdb session qemu and gdb."""
    cmds = [repro.planned_words(b.timeout, b.env, b.argv, directory, port) for b in the_plan.builds]
    if any(b.build_error is not None for b in the_plan.builds):
        return cmds[:next(i for i, b in enumerate(the_plan.builds) if b.build_error is not None) + 1]
    if any(e.error for e in the_plan.elf):         # an ELF check that cannot be judged: UNRESOLVED
        return cmds
    cmds += [repro.planned_words(r.timeout, r.env, r.argv, directory, port) for r in the_plan.runs]
    for g in the_plan.gdbs:
        if g.qemu:
            cmds.append(repro.planned_words(g.timeout, g.env, g.qemu, directory, port))
        cmds.append(repro.planned_words(g.timeout, g.env, g.gdb, directory, port))
    return cmds


def dry_run(the_plan, tmp: Path) -> tuple[list[list[str]], str, str]:
    """Run repro.sh with DSOCONF_PLAN_LOG: (logged commands, its directory, the gdbstub port it chose)."""
    cell_dir = tmp / "cell"
    (cell_dir / "work").mkdir(parents=True)
    for name, path in the_plan.sources:
        (cell_dir / "work" / name).parent.mkdir(parents=True, exist_ok=True)
        (cell_dir / "work" / name).symlink_to(path)
    script = repro.write(the_plan, None, cell_dir)
    log = tmp / "plan.log"
    directory = tmp / "repro"
    env = {**os.environ, "DSOCONF_PLAN_LOG": str(log)}
    out = subprocess.run(["sh", str(script), str(directory)], env=env, capture_output=True, text=True, timeout=120)
    return read_log(log), str(directory), out.stdout


def _cells():
    arches = select_arches("default", ROOT)
    profiles = select_profiles("all")
    out = []
    for path in sorted((ROOT / "cases").rglob("case.toml")):
        try:
            case = load_case(path, ROOT / "cases")
        except ManifestError:
            continue
        out.append(pytest.param(case, arches, profiles, id=case.id))
    return out


@pytest.mark.parametrize("case,arches,profiles", _cells())
def test_repro_passes_sh_the_words_of_the_plan(case, arches, profiles, tmp_path):
    """For every cell of the case (default arches x every profile), what repro.sh runs, as sh
    parses it, is the plan word for word: DIR becomes repro.sh's directory, PORT its port."""
    for i, cell in enumerate(expand(case, arches, profiles)):
        probe = Probe(cell.arch.name, cell.profile.name, True, libc="glibc", tool_identity="t", go_identity="g")
        the_plan = planning.make(cell, probe, tmp_path / "cache", CHECK_H)
        logged, directory, _ = dry_run(the_plan, tmp_path / str(i))
        ports = {w.rsplit(":", 1)[-1] for cmd in logged for w in cmd if w.startswith("target remote 127.0.0.1:")}
        port = ports.pop() if ports else planning.PORT
        assert logged == planned_commands(the_plan, directory, port), cell.id


ELF_CASE = """\
title = "elf parity"
refs = ["harness self-test"]
[[build]]
out = "libv.so"
src = ["lib.c"]
ldflags = ["-Wl,--version-script=lib.map", "-Wl,-z,now"]
[[build]]
out = "main"
src = ["main.c"]
link = ["libv.so"]
[[run]]
argv = ["./main"]
stdout = "7\\n"
[[elf]]
file = "libv.so"
{checks}
"""
ELF_FILES = {"lib.c": "#include <stdio.h>\n__thread int tv __attribute__((aligned(64)));\n"
                      "__attribute__((visibility(\"protected\"))) int prot = 3;\n"
                      "int api(void) { if (prot != 3) puts(\"prot\"); return 7 + tv; }\n"
                      "int hidden_helper(void) { return 1; }\n",
             "lib.map": "V1 { global: api; prot; tv; local: *; };\n",
             "main.c": '#include <stdio.h>\nint api(void);\nint main(void) { printf("%d\\n", api()); return 0; }\n'}


@pytest.mark.parametrize("checks,verdict", [
    ('dynsym_include = ["api", "api@@V1"]\ndynsym_exclude = ["hidden_helper"]\n'
     'dynamic_include = ["BIND_NOW", "DF_1_NOW", "SONAME"]\ndynamic_exclude = ["TEXTREL"]\n'
     'needed_exclude = ["libm.so.6"]\nrelocs_exclude = ["COPY"]\nrelocs_include = ["GLOB_DAT"]', "PASS"),
    ('relocs_exclude = ["GLOB_DAT"]', "libv.so: unexpected GLOB_DAT relocation"),
    ('dynsym_include = ["hidden_helper"]', "libv.so: hidden_helper is not defined in .dynsym"),
    ('dynsym_exclude = ["api@@V1"]', "libv.so: api@@V1 is exported in .dynsym"),
    ('dynamic_include = ["TEXTREL"]', "libv.so: dynamic section lacks TEXTREL"),
    ('dynamic_exclude = ["DF_BIND_NOW"]', "libv.so: dynamic section has DF_BIND_NOW"),
    ('needed_include = ["libm.so.6"]', "libv.so: no DT_NEEDED libm.so.6"),
    ('relocs_include = ["COPY"]', "libv.so: no COPY relocation"),
    ('property_include = ["IBT"]', "libv.so: GNU property IBT not set"),
    ('imports_include = ["puts", "puts@GLIBC_2.2.5"]\nimports_exclude = ["api", "prot"]\n'
     'dynsym_attrs = ["prot PROTECTED", "prot OBJECT", "prot GLOBAL", "tv TLS", "api FUNC", "puts FUNC"]\n'
     'symbol_relocs_include = ["TLS_DTPMOD tv"]\nsymbol_relocs_exclude = ["GLOB_DAT api"]\n'
     'segments_include = ["TLS", "GNU_STACK RW", "GNU_RELRO"]\nsegments_exclude = ["INTERP", "GNU_STACK RWE"]\n'
     'tls_align_min = 64', "PASS"),
    ('imports_include = ["api"]', "libv.so: api is not imported"),
    ('imports_exclude = ["puts"]', "libv.so: puts is imported"),
    ('dynsym_attrs = ["prot DEFAULT"]', "libv.so: not every .dynsym prot is DEFAULT"),
    ('dynsym_attrs = ["nosuch FUNC"]', "libv.so: not every .dynsym nosuch is FUNC"),
    ('symbol_relocs_include = ["GLOB_DAT tv"]', "libv.so: no GLOB_DAT relocation against tv"),
    ('symbol_relocs_exclude = ["TLS_DTPMOD tv"]', "libv.so: unexpected TLS_DTPMOD relocation against tv"),
    ('segments_include = ["INTERP"]', "libv.so: no INTERP program header"),
    ('segments_exclude = ["GNU_STACK RW"]', "libv.so: has a GNU_STACK RW program header"),
    ('tls_align_min = 128', "libv.so: PT_TLS alignment 64 is below 128"),
])
def test_repro_judges_elf_checks_like_the_harness(one_cell, context, checks, verdict):
    cell = one_cell(ELF_CASE.format(checks=checks), ELF_FILES)
    r = execute(cell, context)
    script = context.cell_dir(cell) / "repro.sh"
    out = subprocess.run(["sh", str(script)], capture_output=True, text=True, timeout=120)
    if verdict == "PASS":
        assert r.status == "PASS", r.reason
        assert out.returncode == 0, out.stdout
    else:
        assert r.status == "FAIL" and verdict in r.reason, r.reason
        assert out.returncode == 1 and f"FAIL: {verdict}" in out.stdout, out.stdout


def test_the_runner_executes_the_words_repro_sh_runs(one_cell, context, monkeypatch, tmp_path):
    """The runner's own argv, environment and timeouts, recorded as it builds and runs a cell, are the
    words repro.sh hands to sh (the runner adds the variables to the process's environment,
    repro.sh writes `env VAR=value`)."""
    from harness import build, execute as execute_mod
    seen = []

    def recording(real):
        def run(argv, cwd, timeout, *a, env=None, **k):
            added = {key: v for key, v in (env or {}).items() if os.environ.get(key) != v}
            words = [f"{timeout:g}"] + (["env", *(f"{key}={v}" for key, v in added.items())] if added else [])
            seen.append([w.replace(str(cwd), "<DIR>") for w in words + list(argv)])
            return real(argv, cwd, timeout, *a, env=env, **k)
        return run
    monkeypatch.setattr(build, "run_process", recording(build.run_process))
    monkeypatch.setattr(execute_mod, "run_process", recording(execute_mod.run_process))
    cell = one_cell(ELF_CASE.format(checks='dynsym_include = ["api"]').replace(
        'argv = ["./main"]', 'argv = ["./main", "it\'s $HOME"]\nenv = { GREETING = "hi there" }')
        .replace('"7\\n"', '"7\\n"'), ELF_FILES)
    execute(cell, context)
    the_plan = planning.make(cell, None, context.cache.root.parent, context.check_h)
    logged, directory, _ = dry_run(the_plan, tmp_path)
    assert len(seen) == 3 and seen == [[w.replace(directory, "<DIR>") for w in cmd] for cmd in logged]


@pytest.mark.parametrize("arch_name", ["arm", "arm64", "ppc64le"])
def test_elf_judges_agree_on_each_arch(cases_root, gcc_bfd, context, arch_name):
    """readelf's layout differs per arch (ppc64 adds [<localentry>: 8] to symbols, 32-bit Arm has REL
    relocations): repro.sh's judge and the harness's agree on real cross-built files, check by check."""
    from harness import elfcheck
    from harness.platforms import load_arch
    from harness.probe import probe
    from .conftest import write_case
    arch = load_arch(ROOT / "arch" / f"{arch_name}.toml")
    p = probe(arch, gcc_bfd)
    assert p.ok, p.reason
    checks = ('dynsym_include = ["api", "api@@V1", "hidden_helper"]\ndynsym_exclude = ["hidden_helper", "api"]\n'
              'dynamic_include = ["BIND_NOW", "DF_1_NOW", "SONAME", "TEXTREL"]\ndynamic_exclude = ["TEXTREL", "SONAME"]\n'
              'needed_include = ["libm.so.6"]\nneeded_exclude = ["libm.so.6"]\n'
              'relocs_include = ["RELATIVE", "COPY"]\nrelocs_exclude = ["RELATIVE", "COPY"]\n'
              'property_include = ["BTI"]\nproperty_exclude = ["BTI"]\n'
              'imports_include = ["puts"]\nimports_exclude = ["puts"]\ndynsym_attrs = ["prot PROTECTED", "prot HIDDEN"]\n'
              'symbol_relocs_include = ["TLS_DTPMOD tv"]\nsymbol_relocs_exclude = ["TLS_DTPMOD tv"]\n'
              'segments_include = ["TLS", "GNU_STACK RW"]\nsegments_exclude = ["TLS", "GNU_STACK RW"]\ntls_align_min = 64')
    case = load_case(write_case(cases_root, "t/elf", ELF_CASE.format(checks=checks), ELF_FILES), cases_root)
    (cell,) = expand(case, [arch], [gcc_bfd])
    ctx = context.__class__(**{**vars(context), "probes": {(arch_name, "gcc-bfd"): p}})
    execute(cell, ctx)
    work = ctx.cell_dir(cell) / "work"
    (cmd,) = planning.make(cell, p, ctx.cache.root.parent, ctx.check_h).elf
    harness_says = sorted(m.split(" (")[0] for m in elfcheck.check(cmd, work, arch))
    text = subprocess.run([f"{arch.triple}-readelf", *repro.READELF_OPTIONS, cmd.file],
                          cwd=work, capture_output=True, text=True, timeout=60).stdout
    out = subprocess.run(["perl", "-e", repro.ELF_JUDGE, cmd.file, *repro.elf_expectations(cmd)], input=text,
                         capture_output=True, text=True, timeout=60)
    assert sorted(line.removeprefix("FAIL: ") for line in out.stdout.splitlines()) == harness_says
    # of each name asked both ways exactly one way holds; prot is PROTECTED, not HIDDEN; PT_TLS is aligned
    assert len(harness_says) == 13


SECURE_CASE = """\
title = "secure"
refs = ["harness self-test"]
[[build]]
out = "main"
src = ["main.c"]
rpath = false
[[run]]
argv = ["./main"]
env = { LD_PRELOAD = "./libx.so", OTHER = "1" }
secure = true
"""


def test_secure_runs_start_through_setpriv_with_loader_variables_after_it(one_cell, context, tmp_path):
    """setpriv itself must not see LD_*: natively they follow it through env(1); under qemu they are -E."""
    from harness import secure
    cell = one_cell(SECURE_CASE, {"main.c": "int main(void) { return 0; }\n"})
    the_plan = planning.make(cell, None, tmp_path, context.check_h)
    (build,), (run,) = the_plan.builds, the_plan.runs
    assert planning.RPATH not in build.argv
    assert list(run.argv) == [*secure.PREFIX, "env", "LD_PRELOAD=./libx.so", "./main"]
    assert dict(run.env) == {"OTHER": "1"}


def test_secure_runs_are_unsupported_where_the_harness_cannot_start_them(one_cell, context, monkeypatch):
    from dataclasses import replace
    cell = one_cell(SECURE_CASE, {"main.c": "int main(void) { return 0; }\n"})
    key = (cell.arch.name, cell.profile.name)
    probe = replace(context.probes[key], secure_reason="secure-execution runs need root")
    ctx = context.__class__(**{**vars(context), "probes": {key: probe}})
    r = execute(cell, ctx)
    assert (r.status, r.reason) == ("UNSUPPORTED", "secure-execution runs need root")
