"""The emulated column of a native arch (amd64@qemu): amd64's rules and builds, always under qemu."""
import dataclasses

from harness.build import cache_key
from harness.cells import expand
from harness.execute import execute
from harness.manifest import load_case
from harness.plan import make
from harness.platforms import ROOT, emulate, select_arches
from harness.probe import probe

from .conftest import INPUTS, input_case, need_tools

FAKE_QEMU = INPUTS / "emulator" / "fake-qemu"


def test_amd64_at_qemu_is_amd64_under_qemu(amd64):
    emu = select_arches("amd64@qemu", ROOT)[0]
    assert (emu.name, emu.base_name, emu.emulated, emu.native) == ("amd64@qemu", "amd64", True, False)
    assert emu.runner_argv() == ("qemu-x86_64", "-L", "/")
    assert emu.timeout_factor == 3 * amd64.timeout_factor
    assert not emu.default
    # --emulated adds it beside every native arch, and only there (arm64 is not native on x86_64)
    names = [a.name for a in select_arches("amd64,arm64", ROOT, emulated=True)]
    assert names == ["amd64", "arm64", "amd64@qemu"]
    assert [a.name for a in select_arches("amd64", ROOT)] == ["amd64"]


def test_rules_see_amd64_and_qemu(cases_root, amd64, gcc_bfd):
    case = load_case(input_case(cases_root, "emulator-only-break"), cases_root)
    native, emulated = expand(case, [amd64, emulate(amd64)], [gcc_bfd])
    feats = emulated.features(None)
    assert {"amd64", "qemu", "amd64@qemu"} <= feats and "native" not in feats
    assert emulated.column == "amd64@qemu-gcc-bfd"
    assert emulated.substitute("{arch}") == "amd64"
    # musl-gcc and every profile limited to amd64 apply to amd64@qemu too
    assert dataclasses.replace(gcc_bfd, arches=("amd64",)).applies_to(emulated.arch)


def test_emulator_only_break(tmp_path, cases_root, amd64, gcc_bfd, amd64_probe, context):
    """A fake qemu that breaks one program: the native cell passes, the emulated one fails (an
    emulator suspect), and the emulated cell reuses the native build (same cache key)."""
    need_tools("qemu-x86_64")
    fake = dataclasses.replace(emulate(amd64), runner=(str(FAKE_QEMU), "-L", "{sysroot}"))
    emu_probe = probe(fake, gcc_bfd)
    assert emu_probe.ok, emu_probe.reason          # the probe's hello runs under the fake emulator
    assert emu_probe.tool_identity == amd64_probe.tool_identity
    ctx = dataclasses.replace(context, probes={("amd64", "gcc-bfd"): amd64_probe,
                                               (fake.name, "gcc-bfd"): emu_probe})
    case = load_case(input_case(cases_root, "emulator-only-break"), cases_root)
    native, emulated = expand(case, [amd64, fake], [gcc_bfd])
    plans = [make(c, p, ctx.cache.root.parent, ctx.check_h) for c, p in ((native, amd64_probe), (emulated, emu_probe))]
    assert plans[1].runs[0].argv == (str(FAKE_QEMU), "-L", "/", "./main")
    assert len({cache_key(p.cell, pr, [list(b.argv) for b in p.builds], dict(p.sources))
                for p, pr in zip(plans, (amd64_probe, emu_probe))}) == 1
    n = execute(native, ctx)
    e = execute(emulated, ctx)
    assert n.status == "PASS", n.reason
    assert (e.status, e.build_cached) == ("FAIL", True)
    assert "running under the fake emulator" in e.reason
    # ... and the verdict marks it as an emulator suspect, not a toolchain regression
    from harness import suspects
    assert suspects.emulator_suspects([n, e]) == [(e, n)]
    assert suspects.emulator_suspects([dataclasses.replace(n, status="FAIL", reason="broken natively too"), e]) == []
