"""Issue 21's three defects each turn a real case red: profiles broken on purpose
(Inputs/broken-profiles/) against the cases that must catch them, with gcc-bfd as the control."""
import pytest

from harness.cells import expand
from harness.execute import execute
from harness.manifest import load_case
from harness.platforms import ROOT, load_profile
from harness.probe import probe

from .conftest import INPUTS


@pytest.mark.parametrize("profile,case,reason", [
    ("execstack", "link/gnu-stack-default-noexec", "got 'stack RWX"),
    ("drops-needed", "link/no-as-needed-keeps-ctor-only-lib", "no DT_NEEDED libctor.so"),
    ("bsymbolic", "cxx/typeinfo-unique-across-dso-and-exe", "run 1: exit 1"),
])
def test_a_broken_toolchain_turns_the_case_red(tmp_path, context, amd64, profile, case, reason):
    text = (INPUTS / "broken-profiles" / f"{profile}.toml").read_text().replace("@INPUTS@", str(INPUTS))
    (tmp_path / f"{profile}.toml").write_text(text)
    broken = load_profile(tmp_path / f"{profile}.toml")
    p = probe(amd64, broken)
    assert p.ok, p.reason
    the_case = load_case(ROOT / "cases" / case / "case.toml", ROOT / "cases")
    ctx = context.__class__(**{**vars(context), "probes": {**context.probes, ("amd64", broken.name): p}})
    (red,) = expand(the_case, [amd64], [broken])
    (control,) = expand(the_case, [amd64], [load_profile(ROOT / "arch" / "profiles" / "gcc-bfd.toml")])
    r = execute(red, ctx)
    assert r.status == "FAIL" and reason in r.reason, (r.status, r.reason)
    assert execute(control, ctx).status == "PASS"
