"""The Go lane: go steps in case.toml, their argv/environment per arch, the shared std built once."""
from __future__ import annotations

import json
import textwrap
import os
from dataclasses import replace
from pathlib import Path

import pytest

from harness import gobuild, goprobe
from harness.build import cache_key
from harness.plan import fill, make, source_files
from harness.cells import Cell, expand
from harness.manifest import ManifestError, load_case
from harness.platforms import ROOT, load_arch, load_profile
from harness.probe import Probe

from .conftest import write_case

MAIN_GO = "package main\n\nfunc main() {}\n"


@pytest.fixture(scope="module")
def arches():
    return {n: load_arch(ROOT / "arch" / f"{n}.toml") for n in ("amd64", "arm64", "arm")}


@pytest.fixture(scope="module")
def profiles():
    return {n: load_profile(ROOT / "arch" / "profiles" / f"{n}.toml") for n in ("gcc-bfd", "gccgo")}


def go_case(cases_root: Path, toml: str, files: dict[str, str] | None = None):
    files = {"main.go": MAIN_GO, **(files or {})}
    path = write_case(cases_root, "go/x", toml, files)
    return load_case(path, cases_root)


LIB_AND_HOST = """\
    title = "t"
    refs = ["r"]
    [[build]]
    out = "libgo.so"
    src = ["main.go"]
    buildmode = "c-shared"
    [[build]]
    out = "main"
    src = ["main.c"]
    link = ["libgo.so"]
"""


def test_go_step_is_inferred_and_links_into_c(cases_root):
    case = go_case(cases_root, LIB_AND_HOST, {"main.c": "int main(void) { return 0; }\n"})
    go, c = case.build
    assert (go.kind, go.buildmode, go.src) == ("go", "c-shared", ("main.go",))
    assert c.kind == "exe" and c.link == ("libgo.so",)
    assert case.lang == "go"


@pytest.mark.parametrize("step, message", [
    ('out = "m"\nsrc = ["main.go"]\nbuildmode = "wasm"', "is not one of"),
    ('out = "m"\nsrc = ["main.go"]\ncflags = ["-O2"]', "takes no cflags"),
    ('out = "m"\nsrc = ["main.go"]\ngoflags = ["-o", "x"]', "the harness sets this"),
    ('out = "libx.so"\npkg = ["nope"]\nbuildmode = "shared"', "no package directory src/nope"),
    ('out = "m"\nkind = "go"', "needs src"),
])
def test_go_step_errors_name_the_key(cases_root, step, message):
    with pytest.raises(ManifestError, match=message):
        go_case(cases_root, f'title = "t"\nrefs = ["r"]\n[[build]]\n{step}\n')


def test_shared_step_must_name_the_library_go_install_writes(cases_root):
    (cases_root / "go" / "x" / "src" / "greet").mkdir(parents=True)
    (cases_root / "go" / "x" / "src" / "greet" / "g.go").write_text("package greet\n")
    toml = 'title = "t"\nrefs = ["r"]\n[[build]]\nout = "libother.so"\npkg = ["greet"]\nbuildmode = "shared"\n'
    d = cases_root / "go" / "x"
    (d / "case.toml").write_text(toml)
    (d / "main.go").write_text(MAIN_GO)
    with pytest.raises(ManifestError, match="libgreet.so"):
        load_case(d / "case.toml", cases_root)
    (d / "case.toml").write_text(toml.replace("libother.so", "libgreet.so"))
    assert load_case(d / "case.toml", cases_root).build[0].pkg == ("greet",)


def test_only_profiles_with_go_get_go_cells(cases_root, arches, profiles):
    case = go_case(cases_root, 'title = "t"\nrefs = ["r"]\n[[build]]\nout = "m"\nsrc = ["main.go"]\n')
    cells = expand(case, [arches["amd64"]], [*profiles.values(), replace(profiles["gcc-bfd"], name="c-only",
                                                                        langs=("c",))])
    assert sorted(c.profile.name for c in cells) == ["gcc-bfd", "gccgo"]


def _cell(case, arch, profile):
    return Cell(case, (), arch, profile)


def _step(cell, probe, root, build_dir="/BUILD"):
    """The planned argv and environment of the cell's first build step, run in build_dir."""
    cmd = make(cell, probe, root, ROOT / "cases" / "lib" / "check.h").builds[0]
    return list(cmd.argv), {k: fill(v, build_dir) for k, v in cmd.env}


def test_argv_and_env_per_arch(cases_root, arches, profiles, tmp_path):
    case = go_case(cases_root, LIB_AND_HOST, {"main.c": "int main(void) { return 0; }\n"})
    for name, cc in (("amd64", "x86_64-linux-gnu-gcc"), ("arm64", "aarch64-linux-gnu-gcc")):
        cell = _cell(case, arches[name], profiles["gcc-bfd"])
        argv, env = _step(cell, None, tmp_path, tmp_path / "b")
        assert argv == ["go", "build", "-buildmode=c-shared", "-o", "libgo.so", "main.go"]
        assert env["GOARCH"] == arches[name].goarch and env["CC"] == cc and env["CGO_ENABLED"] == "1"
        assert env["GOOS"] == "linux" and env["GO111MODULE"] == "off" and env["GOPATH"] == str(tmp_path / "b")
        assert env["GOCACHE"] == str(tmp_path / "go" / "gocache") and "GOARM" not in env and "GOROOT" not in env
    arm = _step(_cell(case, arches["arm"], profiles["gcc-bfd"]), None, tmp_path)[1]
    assert (arm["GOARCH"], arm["GOARM"], arm["CC"]) == ("arm", "7", "arm-linux-gnueabihf-gcc")
    gcc = _cell(case, arches["arm64"], profiles["gccgo"])
    argv, env = _step(gcc, None, tmp_path)
    assert argv[:3] == ["go", "build", "-compiler=gccgo"] and env["GCCGO"] == "aarch64-linux-gnu-gccgo"


FAKE_GO = """\
#!/bin/sh
# A stand-in for the go command: counts `install` runs, writes a libstd.so.
if [ "$1" = env ]; then echo "$FAKE_GOROOT"; exit 0; fi
if [ "$1" = version ]; then echo "go version go0.0-fake"; exit 0; fi
if [ "$1" = install ]; then
  echo run >> "$FAKE_GO_COUNT"
  d="$GOROOT/pkg/linux_${GOARCH}_dynlink"
  mkdir -p "$d" && echo "libstd for $GOARCH" > "$d/libstd.so" && echo libstd.so > "$d/fmt.shlibname"
  exit 0
fi
echo "fake go: $*" >&2; exit 2
"""


@pytest.fixture
def fake_go(tmp_path, monkeypatch):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    go = bindir / "go"
    go.write_text(FAKE_GO)
    go.chmod(0o755)
    goroot = tmp_path / "realgoroot"
    for d in ("src", "bin", "pkg/tool", "pkg/linux_amd64"):
        (goroot / d).mkdir(parents=True)
    count = tmp_path / "count"
    count.write_text("")
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_GOROOT", str(goroot))
    monkeypatch.setenv("FAKE_GO_COUNT", str(count))
    # the fake libstd.so is text, not ELF: its "ABI hash" is its text (none when empty)
    monkeypatch.setattr(gobuild, "abi_hash", lambda lib: lib.read_text().strip().replace(" ", "-") or None
                        if lib.is_file() else None)
    return count


def _linkshared_cell(cases_root, arches, profiles):
    case = go_case(cases_root, 'title = "t"\nrefs = ["r"]\n[[build]]\nout = "m"\nsrc = ["main.go"]\n'
                               'goflags = ["-linkshared"]\n')
    return _cell(case, arches["arm64"], profiles["gcc-bfd"])


def test_shared_std_is_built_once_and_reused(cases_root, arches, profiles, fake_go, tmp_path):
    cell = _linkshared_cell(cases_root, arches, profiles)
    probe = Probe("arm64", "gcc-bfd", True, tool_identity="t", go_identity="g")
    root = tmp_path / "cache"
    first = gobuild.cache_material(cell, probe, root)
    assert fake_go.read_text().count("run") == 1
    std = gobuild.std_shared(cell, gobuild.go_home(root), gobuild.toolchain_identity(cell, probe))
    assert (std.goroot / "src").is_symlink() and (std.goroot / "pkg" / "tool").is_symlink()
    assert (std.dynlink / "libstd.so").read_text() == "libstd for arm64\n"
    assert json.loads(std.marker.read_text())["abihash"] in first
    assert gobuild.cache_material(cell, probe, root) == first        # reused: go did not run again
    assert fake_go.read_text().count("run") == 1
    # the step links against it: GOROOT and RUNPATH point there
    argv, env = _step(cell, probe, root)
    assert f"-ldflags=-r={std.dynlink}:$ORIGIN:$ORIGIN/pkg/linux_arm64_dynlink" in argv
    assert env["GOROOT"] == str(std.goroot)


def test_prepare_std_builds_what_the_first_linkshared_cell_would_use(cases_root, arches, profiles, fake_go,
                                                                     tmp_path):
    """`harness probe --go-std` (and make bench's set-up) builds the std a run then reuses."""
    probe = Probe("arm64", "gcc-bfd", True, tool_identity="t", go_identity="g")
    root = tmp_path / "cache"
    line = goprobe.prepare_std(arches["arm64"], profiles["gcc-bfd"], probe, root)
    assert "linux_arm64_dynlink/libstd.so" in line and fake_go.read_text().count("run") == 1
    gobuild.cache_material(_linkshared_cell(cases_root, arches, profiles), probe, root)
    assert fake_go.read_text().count("run") == 1                     # the cell found it built
    assert "gccgo" in goprobe.prepare_std(arches["arm64"], profiles["gccgo"], probe, root)
    assert fake_go.read_text().count("run") == 1
    line = goprobe.prepare_std(arches["arm"], profiles["gcc-bfd"], replace(probe, arch="arm"), root)
    assert fake_go.read_text().count("run") == 4                     # arm: one std per GOARM 5, 6, 7
    assert all(f"/std/arm{v}-gc-" in line for v in "567")


@pytest.mark.parametrize("damage", ["marker", "truncate", "delete", "other-abi"])
def test_a_partial_or_corrupt_shared_std_is_rebuilt(cases_root, arches, profiles, fake_go, tmp_path, damage):
    cell = _linkshared_cell(cases_root, arches, profiles)
    probe = Probe("arm64", "gcc-bfd", True, tool_identity="t", go_identity="g")
    root = tmp_path / "cache"
    first = gobuild.cache_material(cell, probe, root)
    std = gobuild.std_shared(cell, gobuild.go_home(root), gobuild.toolchain_identity(cell, probe))
    if damage == "marker":
        std.marker.write_text("{not json")
    elif damage == "truncate":
        (std.dynlink / "libstd.so").write_text("")       # no ABI hash any more
    elif damage == "other-abi":
        (std.dynlink / "libstd.so").write_text("libstd of another ABI\n")
    else:
        (std.dynlink / "fmt.shlibname").unlink()
    assert gobuild.cache_material(cell, probe, root) == first
    assert fake_go.read_text().count("run") == 2


def test_new_toolchain_new_std_and_new_cache_key(cases_root, arches, profiles, fake_go, tmp_path, amd64_probe):
    cell = _linkshared_cell(cases_root, arches, profiles)
    root = tmp_path / "cache"
    a = Probe("arm64", "gcc-bfd", True, tool_identity="t", go_identity="go1")
    b = replace(a, go_identity="go2")
    ma, mb = gobuild.cache_material(cell, a, root), gobuild.cache_material(cell, b, root)
    assert fake_go.read_text().count("run") == 2         # one shared std per toolchain
    sources = source_files(cell, ROOT / "cases" / "lib" / "check.h")
    argvs = [list(b.argv) for b in make(cell, a, root, ROOT / "cases" / "lib" / "check.h").builds]
    assert cache_key(cell, a, argvs, sources, ma) != cache_key(cell, a, argvs, sources, mb)


def test_c_only_cells_keep_their_cache_key(one_cell, amd64_probe, tmp_path):
    cell = one_cell('title = "t"\nrefs = ["r"]\n[[build]]\nout = "main"\nsrc = ["main.c"]\n',
                    {"main.c": "int main(void) { return 0; }\n"})
    assert gobuild.cache_material(cell, amd64_probe, tmp_path) == ""


def test_repro_sets_the_go_environment(cases_root, arches, profiles, fake_go, tmp_path):
    from harness import repro
    cell = _linkshared_cell(cases_root, arches, profiles)
    probe = Probe("arm64", "gcc-bfd", True, tool_identity="t", go_identity="g")
    cell_dir = tmp_path / "cell"
    (cell_dir / "work").mkdir(parents=True)
    the_plan = make(cell, probe, tmp_path / "cache", ROOT / "cases" / "lib" / "check.h")
    script = repro.write(the_plan, probe, cell_dir).read_text()
    assert "env GOOS=linux GOARCH=arm64" in script and '"GOPATH=$PWD"' in script
    assert "go install -buildmode=shared -linkshared std" in script
    assert "go build -buildmode=exe -linkshared" in script


def test_gccgo_linkshared_gets_an_origin_runpath_through_gccgoflags(cases_root, arches, profiles, tmp_path):
    case = go_case(cases_root, 'title = "t"\nrefs = ["r"]\n[[build]]\nout = "m"\nsrc = ["main.go"]\n'
                               'goflags = ["-linkshared"]\n')
    cell = _cell(case, arches["arm64"], profiles["gccgo"])
    argv = _step(cell, None, tmp_path)[0]
    assert "-gccgoflags=-Wl,-rpath,$ORIGIN/pkg/gccgo_linux_arm64_fPIC/shlibs" in argv
    assert not any(a.startswith("-ldflags") for a in argv)
    assert not gobuild.uses_shared_std(cell, case.build[0])      # gccgo's std is libgo.so


# ---------------------------------------------------------------------------------------------
# The Go axes: gomode (GOPATH or module mode) and goarm (GOARM on arm, gc only)

AXES_CASE = """\
    title = "t"
    refs = ["r"]
    [variants]
    gomode = ["gopath", "module"]
    goarm = ["5", "6", "7"]
    [[build]]
    out = "libgreet.so"
    pkg = ["greet"]
    buildmode = "shared"
    goflags = ["-linkshared"]
    [[build]]
    out = "m"
    src = ["main.go"]
    goflags = ["-linkshared"]
"""


def axes_case(cases_root, toml=AXES_CASE):
    d = cases_root / "go" / "x"
    (d / "src" / "greet").mkdir(parents=True)
    (d / "src" / "greet" / "greet.go").write_text("package greet\n")
    (d / "case.toml").write_text(textwrap.dedent(toml))
    (d / "main.go").write_text(MAIN_GO)
    return load_case(d / "case.toml", cases_root)


def _variant_cell(case, arch, profile, **values):
    return Cell(case, tuple((axis, values[axis]) for axis, _ in case.variants if axis in values), arch, profile)


GO119 = Probe("amd64", "gcc-bfd", True, tool_identity="t", go_identity="g", components={"go": "1.19.8"})


def test_module_mode_step_env_and_generated_go_mod(cases_root, arches, profiles, tmp_path):
    case = axes_case(cases_root)
    check_h = ROOT / "cases" / "lib" / "check.h"
    gopath = _variant_cell(case, arches["amd64"], profiles["gcc-bfd"], gomode="gopath")
    module = _variant_cell(case, arches["amd64"], profiles["gcc-bfd"], gomode="module")
    env = {k: fill(v, "/B") for k, v in make(gopath, GO119, tmp_path, check_h).builds[1].env}
    assert (env["GO111MODULE"], env["GOFLAGS"], env["GOPATH"]) == ("off", "", "/B")
    plan = make(module, GO119, tmp_path, check_h)
    env = {k: fill(v, "/B") for k, v in plan.builds[1].env}
    assert env["GO111MODULE"] == "on" and env["GOPATH"] == "/B/gopath"     # module mode refuses GOPATH = the module root
    assert env["GOFLAGS"].split() == ["-mod=mod", "-modcacherw"] and env["GOPROXY"] == "off" and env["GOSUMDB"] == "off"
    sources = dict(plan.sources)
    assert "go.mod" not in dict(make(gopath, GO119, tmp_path, check_h).sources)
    assert sources["go.mod"].read_text() == ("module dsoconf.case\n\ngo 1.19\n\nrequire greet v0.0.0\n\n"
                                             "replace greet => ./src/greet\n")
    assert sources["src/greet/go.mod"].read_text() == "module greet\n\ngo 1.19\n"
    assert sources["main.go"] == case.dir / "main.go"
    # the same argv in both modes (the import paths do not change), another cache key
    assert plan.builds[1].argv == make(gopath, GO119, tmp_path, check_h).builds[1].argv
    keys = set()
    for cell in (gopath, module):
        p = make(cell, GO119, tmp_path, check_h)
        material = json.dumps({"env": [dict(b.env) for b in p.builds]})
        keys.add(cache_key(cell, GO119, [list(b.argv) for b in p.builds], dict(p.sources), material))
    assert len(keys) == 2


def test_a_case_go_mod_of_its_own_is_kept(cases_root, arches, profiles, tmp_path):
    case = axes_case(cases_root)
    (case.dir / "go.mod").write_text("module mine\n")
    case = load_case(case.dir / "case.toml", cases_root)
    cell = _variant_cell(case, arches["amd64"], profiles["gcc-bfd"], gomode="module")
    assert gobuild.module_files(cell, GO119).keys() == {"src/greet/go.mod"}


def test_goarm_sets_goarm_and_the_std_differs_per_goarm_not_per_mode(cases_root, arches, profiles, tmp_path):
    case = axes_case(cases_root)
    arm, bfd = arches["arm"], profiles["gcc-bfd"]
    probe = replace(GO119, arch="arm")
    stds = {}
    for v in ("5", "6", "7"):
        for mode in ("gopath", "module"):
            cell = _variant_cell(case, arm, bfd, gomode=mode, goarm=v)
            plan = make(cell, probe, tmp_path, ROOT / "cases" / "lib" / "check.h")
            assert dict(plan.builds[0].env)["GOARM"] == v
            stds[(v, mode)] = plan.go_std
    assert stds[("5", "gopath")] == stds[("5", "module")]        # one std per GOARM, both modes
    assert len({stds[(v, "gopath")].dir for v in "567"}) == 3
    assert stds[("5", "gopath")].dir.name.startswith("arm5-gc-")
    # the arch default (7) keeps the std directory a case without the axis uses
    plain = go_case(cases_root / "other", 'title = "t"\nrefs = ["r"]\n[[build]]\nout = "m"\nsrc = ["main.go"]\n'
                                          'goflags = ["-linkshared"]\n')
    assert make(_cell(plain, arm, bfd), probe, tmp_path, ROOT / "cases" / "lib" / "check.h").go_std == stds[("7", "gopath")]


def test_goarm_expands_only_where_gc_targets_arm(cases_root, arches, profiles):
    from harness.execute import rule_outcome
    case = axes_case(cases_root, AXES_CASE.replace(
        '[variants]', 'xfail = [{ when = "variant.goarm == \'5\'", bug = "https://example.org/1" }]\n    [variants]'))
    cells = expand(case, [arches["amd64"], arches["arm"]], [profiles["gcc-bfd"], profiles["gccgo"]])
    names = {}
    for c in cells:
        names.setdefault(c.column, []).append(c.variant_name)
    assert names["arm-gcc-bfd"] == [f"gomode={m},goarm={v}" for m in ("gopath", "module") for v in "567"]
    for column in ("amd64-gcc-bfd", "amd64-gccgo", "arm-gccgo"):
        assert names[column] == ["gomode=gopath", "gomode=module"], column
    amd64 = next(c for c in cells if c.column == "amd64-gcc-bfd")
    assert amd64.axes == {"gomode": "gopath", "goarm": ""} and "GOARM" not in gobuild.base_env(amd64, Path("/h"))
    assert rule_outcome(amd64, amd64.features(None)) == (None, None)        # variant.goarm is "" here
    arm5 = next(c for c in cells if c.column == "arm-gcc-bfd" and c.axes["goarm"] == "5")
    assert rule_outcome(arm5, arm5.features(None))[1].text == "https://example.org/1"


@pytest.mark.parametrize("toml, message", [
    ('[variants]\ngomode = ["gopath", "modules"]\n', "'modules' is not one of gopath, module"),
    ('[variants]\ngoarm = ["4"]\n', "'4' is not one of 5, 6, 7"),
])
def test_go_axes_take_known_values(cases_root, toml, message):
    with pytest.raises(ManifestError, match=message):
        go_case(cases_root, f'title = "t"\nrefs = ["r"]\n{toml}[[build]]\nout = "m"\nsrc = ["main.go"]\n')


def test_go_axes_need_a_go_step(cases_root):
    with pytest.raises(ManifestError, match="variants.goarm: a Go axis, but the case has no go step"):
        go_case(cases_root, 'title = "t"\nrefs = ["r"]\n[variants]\ngoarm = ["5"]\n[[build]]\nout = "m"\n'
                            'src = ["main.c"]\n', {"main.c": "int main(void) { return 0; }\n"})


def test_musl_gcc_runs_the_go_lane(arches):
    musl = load_profile(ROOT / "arch" / "profiles" / "musl-gcc.toml")
    assert "go" in musl.langs and musl.go_compiler == "gc" and musl.applies_to(arches["amd64"])
