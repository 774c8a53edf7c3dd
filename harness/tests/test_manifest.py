"""Manifest validation: every error names the file and the key."""
import pytest

from harness.manifest import ManifestError, load_case

from .conftest import write_case

GOOD = """\
title = "t"
refs = ["r"]
[[build]]
out = "main"
src = ["main.c"]
[[run]]
argv = ["./main"]
"""


def load(cases_root, toml, files=None):
    return load_case(write_case(cases_root, "fam/c", toml, {"main.c": "int main(void){return 0;}\n", **(files or {})}),
                     cases_root)


def test_good_case(cases_root):
    case = load(cases_root, GOOD)
    assert case.id == "fam/c" and case.family == "fam"
    assert case.build[0].kind == "exe" and case.sources == ("main.c",)


def test_kind_inferred(cases_root):
    case = load(cases_root, GOOD.replace('out = "main"', 'out = "libx.so"').replace("[[run]]\nargv = [\"./main\"]\n", ""))
    assert case.build[0].kind == "shared"


@pytest.mark.parametrize("edit,key,message", [
    (lambda t: "bogus = 1\n" + t, "bogus", "unknown key"),
    (lambda t: t.replace('src = ["main.c"]', 'src = ["main.c"]\ncflag = []'), "build[0].cflag", "unknown key"),
    (lambda t: t.replace('title = "t"', "title = 3"), "title", "expected a string"),
    (lambda t: t.replace('refs = ["r"]', "refs = []"), "refs", "must not be empty"),
    (lambda t: t.replace('refs = ["r"]\n', ""), "refs", "missing required key"),
    (lambda t: t.replace('"main.c"]', '"nope.c"]'), "build[0].src[0]", "missing source"),
    (lambda t: t.replace('"main.c"]', '"../main.c"]'), "build[0].src[0]", "leaves the case directory"),
    (lambda t: t.replace('"main.c"]', '"/etc/passwd"]'), "build[0].src[0]", "absolute path"),
    (lambda t: t.replace('src = ["main.c"]', 'src = ["main.c"]\ncflags = ["-ftls-model={model}"]'),
     "build[0].cflags[0]", "names no variant axis"),
    (lambda t: t + '[variants]\nmodel = ["a"]\n' + '[[elf]]\nfile = "main"\nwhen = "variant.modle == \'a\'"\n',
     "elf[0].when", "unknown variant axis"),
    (lambda t: 'xfail = [{ when = "arm", bug = "someday" }]\n' + t, "xfail[0].bug", "bug link"),
    (lambda t: 'xfail = [{ when = "arm", bug = "https://b/1", fixed = "soon" }]\n' + t, "xfail[0].fixed",
     "<component> <version>"),
    (lambda t: 'xfail = [{ when = "version.mold < 1.11", bug = "https://b/1" }]\n' + t, "xfail[0].when",
     "quoted version"),
    (lambda t: 'unsupported = [{ when = "arm", reason = "r", fixed = "mold 1.11" }]\n' + t, "unsupported[0].fixed",
     "unknown key"),
    (lambda t: t.replace('src = ["main.c"]', 'src = ["main.c"]\nlink = ["libz.so"]'), "build[0].link[0]",
     "not a library or object built earlier"),
    (lambda t: t + '[[elf]]\nfile = "other"\n', "elf[0].file", "not built"),
    (lambda t: t + '[[elf]]\nfile = "main"\ndynsym_attrs = ["main BLUE"]\n', "elf[0].dynsym_attrs[0]", "symbol WORD"),
    (lambda t: t + '[[elf]]\nfile = "main"\ndynsym_attrs = ["PROTECTED"]\n', "elf[0].dynsym_attrs[0]", "symbol WORD"),
    (lambda t: t + '[[elf]]\nfile = "main"\nsymbol_relocs_include = ["COPY"]\n', "elf[0].symbol_relocs_include[0]",
     "RELOC symbol"),
    (lambda t: t + '[[elf]]\nfile = "main"\nsegments_exclude = ["STACK"]\n', "elf[0].segments_exclude[0]", "TYPE"),
    (lambda t: t + '[[elf]]\nfile = "main"\nsegments_include = ["GNU_STACK XR"]\n', "elf[0].segments_include[0]",
     "R W E"),
    (lambda t: t + '[[elf]]\nfile = "main"\ntls_align_min = 24\n', "elf[0].tls_align_min", "power of two"),
    (lambda t: t.replace('argv = ["./main"]', 'argv = "./main"'), "run[0].argv", "list of strings"),
    (lambda t: "timeout = -1\n" + t, "timeout", "positive number"),
    (lambda t: "title = 'again'\n" + t, "(syntax)", ""),
    (lambda t: t.replace('refs = ["r"]', 'refs = ["r"]\nrequires = ["amd64 &&"]'), "requires[0]", "bad expression"),
])
def test_errors_name_file_and_key(cases_root, edit, key, message):
    with pytest.raises(ManifestError) as e:
        load(cases_root, edit(GOOD))
    assert e.value.key == key
    assert message in e.value.message
    assert str(e.value).startswith(str(cases_root / "fam" / "c" / "case.toml"))


def test_variant_reference_substituted(one_cell):
    cells = one_cell(GOOD.replace('src = ["main.c"]', 'src = ["main.c"]\ncflags = ["-DM={model}"]')
                     + '[variants]\nmodel = ["a", "b"]\n', {"main.c": "int main(void){return 0;}\n"})
    assert [c.variant_name for c in cells] == ["model=a", "model=b"]
    assert cells[1].substitute("-DM={model} {arch}") == "-DM=b amd64"


def test_scale_placeholder_and_timeouts(cases_root, amd64, gcc_bfd):
    from harness.cells import expand
    from harness.plan import make
    case = load(cases_root, GOOD.replace('argv = ["./main"]', 'argv = ["./main", "{scale}"]\ntimeout = 2'))
    (cell,) = expand(case, [amd64], [gcc_bfd], scale=10)
    (run,) = make(cell, None, cases_root, cases_root / "check.h").runs
    assert (run.argv, run.timeout) == (("./main", "10"), 20)


def test_xfail_fixed_in(cases_root):
    case = load(cases_root, 'xfail = [{ when = "version.mold < \'1.11\'", bug = "https://b/1", fixed = "mold 1.11.0" }]\n'
                + GOOD)
    assert (case.xfail[0].when, case.xfail[0].fixed) == ("version.mold < '1.11'", "mold 1.11.0")


def test_cxx_steps_use_the_profiles_cxx_driver(cases_root, amd64, gcc_bfd):
    from harness.cells import expand
    from harness.plan import make
    case = load(cases_root, GOOD.replace('src = ["main.c"]', 'src = ["main.cc"]'), files={"main.cc": "int main() {}\n"})
    assert case.uses_cxx and case.build[0].lang == "c++"
    (cell,) = expand(case, [amd64], [gcc_bfd])
    argv = make(cell, None, cases_root, cases_root / "check.h").builds[0].argv
    assert argv[:2] == ("x86_64-linux-gnu-g++", "-std=gnu++17")
