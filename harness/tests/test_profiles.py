"""Toolchain profiles: your own compiler through PATH (a wrapper that leaves a mark), environment
profiles, features a profile lacks, arches it applies to, the sample of the other profiles, and
the report of where profiles disagree."""
from __future__ import annotations

import json
import os
import subprocess
import textwrap
from pathlib import Path

from harness import reports, shard
from harness.cells import expand
from harness.manifest import load_case
from harness.platforms import ROOT, expand_env, load_arch, load_profile, select_profiles
from harness.probe import probe
from harness.results import Result

from .conftest import harness_argv, write_case

CASE = """
    title = "a library call through the PLT"
    refs = ["ELF gABI, Dynamic Linking"]
    [[build]]
    out = "libwrapped.so"
    src = ["lib.c"]
    [[build]]
    out = "main"
    src = ["main.c"]
    link = ["libwrapped.so"]
    [[run]]
    argv = ["./main"]
    stdout = "42\\n"
"""
FILES = {"lib.c": "int answer(void) { return 42; }\n",
         "main.c": '#include <stdio.h>\nint answer(void);\nint main(void) { printf("%d\\n", answer()); return 0; }\n'}


def _wrappers(bindir: Path, marks: Path) -> None:
    """mycc: a compiler wrapper; ld: a linker wrapper found through -B. Both log their argv."""
    bindir.mkdir()
    (bindir / "mycc").write_text(textwrap.dedent(f"""\
        #!/bin/sh
        if [ "$1" = --version ]; then echo "mycc 9.9.9 (dsoconf test wrapper)"; exit 0; fi
        echo "mycc $*" >> {marks}
        exec x86_64-linux-gnu-gcc "$@"
        """))
    (bindir / "ld").write_text(textwrap.dedent(f"""\
        #!/bin/sh
        echo "ld $*" >> {marks}
        exec x86_64-linux-gnu-ld.bfd "$@"
        """))
    for f in bindir.iterdir():
        f.chmod(0o755)


def test_wrapper_profile_is_really_used(tmp_path):
    bindir, marks = tmp_path / "bin", tmp_path / "marks.log"
    _wrappers(bindir, marks)
    write_case(tmp_path / "cases", "t/wrapped", CASE, FILES)
    profile = tmp_path / "mine.toml"
    profile.write_text(textwrap.dedent(f"""\
        description = "a wrapper compiler and linker found through PATH and -B"
        cc = "mycc"
        ldflags = ["-B{bindir}"]
        tools = ["mycc", "{bindir}/ld"]
        """))
    env = {**os.environ, "PATH": f"{bindir}:{os.environ['PATH']}"}
    out = subprocess.run(harness_argv(tmp_path, "--profile-file", str(profile), "-n", "0"), cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    rs = [json.loads(line) for line in (tmp_path / "results" / "latest" / "results.jsonl").read_text().splitlines()]
    assert [(r["cell"], r["status"]) for r in rs] == [("t/wrapped/default/amd64-mine", "PASS")]
    log = marks.read_text()
    assert any(line.startswith("mycc ") and "lib.c" in line and "-shared" in line for line in log.splitlines())
    assert any(line.startswith("ld ") and "libwrapped.so" in line for line in log.splitlines()), log
    html = (tmp_path / "results" / "latest" / "report.html").read_text()
    assert "mycc 9.9.9 (dsoconf test wrapper)" in html


def test_environment_profile(tmp_path, monkeypatch):
    amd64 = load_arch(ROOT / "arch" / "amd64.toml")
    monkeypatch.delenv("DSOCONF_CC", raising=False)
    custom = load_profile(ROOT / "arch" / "profiles" / "custom.toml")
    assert custom.unset == ("DSOCONF_CC",)
    assert "DSOCONF_CC" in probe(amd64, custom).reason
    assert "custom" not in [p.name for p in select_profiles("all")]       # optional: only by name
    monkeypatch.setenv("DSOCONF_CC", "x86_64-linux-gnu-gcc")
    monkeypatch.setenv("DSOCONF_CFLAGS", "-O2 -fno-inline")
    custom = load_profile(ROOT / "arch" / "profiles" / "custom.toml")
    assert custom.unset == ()
    assert custom.cc == "x86_64-linux-gnu-gcc" and custom.cflags == ("-O1", "-g", "-O2", "-fno-inline")
    assert custom.ldflags == () and custom.for_arch(amd64).ar == "x86_64-linux-gnu-ar"
    assert probe(amd64, custom).ok


def test_expand_env(monkeypatch):
    monkeypatch.setenv("A", "x y")
    monkeypatch.delenv("B", raising=False)
    unset: set[str] = set()
    assert expand_env(["${A}", "-I${A}", "${B:-d}", "${B:-}", "${B}"], unset) == ["x", "y", "-Ix y", "d"]
    assert unset == {"B"}


def test_lacks_applies_and_langs(tmp_path):
    arches = {a: load_arch(ROOT / "arch" / f"{a}.toml") for a in ("amd64", "arm64")}
    gold = load_profile(ROOT / "arch" / "profiles" / "gcc-gold.toml")
    musl = load_profile(ROOT / "arch" / "profiles" / "musl-gcc.toml")
    case = load_case(write_case(tmp_path, "t/c", CASE, FILES), tmp_path)
    cells = expand(case, list(arches.values()), [gold, musl])
    assert sorted(c.column for c in cells) == ["amd64-gcc-gold", "amd64-musl-gcc", "arm64-gcc-gold"]
    gold_arm64 = next(c for c in cells if c.column == "arm64-gcc-gold")
    assert "relr" in arches["arm64"].features and "relr" not in gold_arm64.features(None)
    assert "ld-gold" in gold_arm64.features(None)


def test_sample_is_stable_and_a_share():
    ids = [f"fam/case-{i}" for i in range(1000)]
    picked = [i for i in ids if shard.in_sample(i, "1/4")]
    assert picked == [i for i in ids if shard.in_sample(i, "1/4")]
    assert 200 < len(picked) < 300
    assert all(shard.in_sample(i, "4/4") for i in ids)


def _r(case: str, arch: str, profile: str, status: str) -> Result:
    return Result(cell=f"{case}/default/{arch}-{profile}", case=case, variant="default", arch=arch,
                  profile=profile, status=status, reason="r", duration=0.1, build_cached=False, title="t", refs=[])


def test_disagreements_per_arch(tmp_path):
    rs = [_r("a/x", "amd64", "gcc-bfd", "PASS"), _r("a/x", "amd64", "gcc-gold", "FAIL"),
          _r("a/x", "arm64", "gcc-bfd", "PASS"), _r("a/x", "arm64", "gcc-gold", "PASS"),
          _r("a/y", "amd64", "gcc-bfd", "PASS"), _r("a/y", "amd64", "gcc-gold", "PASS")]
    cells = {r.column: r for r in rs if r.case == "a/x"}
    assert reports.disagreements(cells) == ["amd64"]
    html = reports.write_html(tmp_path, rs).read_text()
    assert '<select id="disagree"><option value="">(any row)</option><option>amd64</option></select>' in html
    md = reports.write_markdown(tmp_path, rs).read_text()
    assert "- `a/x default` on amd64: gcc-bfd PASS, gcc-gold FAIL" in md and "a/y default" not in md


def test_sample_spares_the_default_profile_and_unsampled_profiles():
    profiles = {n: load_profile(ROOT / "arch" / "profiles" / f"{n}.toml") for n in ("gcc-bfd", "gcc-gold", "gccgo")}
    outside = next(f"go/case-{i}" for i in range(100) if not shard.in_sample(f"go/case-{i}", "1/6"))
    inside = next(f"go/case-{i}" for i in range(100) if shard.in_sample(f"go/case-{i}", "1/6"))
    assert shard.sampled_out(outside, profiles["gcc-gold"], "1/6")
    assert not shard.sampled_out(inside, profiles["gcc-gold"], "1/6")
    assert not shard.sampled_out(outside, profiles["gcc-gold"], None)
    assert not shard.sampled_out(outside, profiles["gcc-bfd"], "1/6")
    assert not profiles["gccgo"].sampled and not shard.sampled_out(outside, profiles["gccgo"], "1/6")
