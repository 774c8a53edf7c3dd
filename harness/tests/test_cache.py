"""The build cache: a warm rebuild starts no compiler; a corrupt entry is rebuilt, not trusted."""
import dataclasses
import os
import stat

from harness.cells import expand
from harness.execute import execute
from harness.manifest import load_case

from .conftest import input_case

def counting_compiler(tmp_path):
    """A cc wrapper that logs each call, then runs the real compiler."""
    log = tmp_path / "cc.calls"
    wrapper = tmp_path / "counting-cc"
    wrapper.write_text(f'#!/bin/sh\necho x >> {log}\nexec x86_64-linux-gnu-gcc "$@"\n')
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    return wrapper, log


def calls(log):
    return len(log.read_text().splitlines()) if log.exists() else 0


def test_hit_miss_and_corruption(tmp_path, cases_root, amd64, gcc_bfd, context):
    wrapper, log = counting_compiler(tmp_path)
    profile = dataclasses.replace(gcc_bfd, cc=str(wrapper))
    case = load_case(input_case(cases_root, "lib-answer", "t/cache"), cases_root)
    cell = expand(case, [amd64], [profile])[0]

    first = execute(cell, context)
    assert (first.status, first.build_cached, calls(log)) == ("PASS", False, 2)
    second = execute(cell, context)
    assert (second.status, second.build_cached, calls(log)) == ("PASS", True, 2)

    # Corrupt the cached library: the entry must be detected, dropped and rebuilt.
    entries = [p for p in (tmp_path / "cache" / "build").rglob("libc1.so")]
    assert len(entries) == 1
    entries[0].write_bytes(b"not an ELF file")
    third = execute(cell, context)
    assert (third.status, third.build_cached, calls(log)) == ("PASS", False, 4)

    # A changed source is a different key.
    (case.dir / "lib.c").write_text("int answer(void) { return 41; }\n")
    fourth = execute(cell, context)
    assert (fourth.status, fourth.build_cached, calls(log)) == ("FAIL", False, 6)


def test_partial_entry_is_rebuilt(tmp_path, cases_root, amd64, gcc_bfd, context):
    case = load_case(input_case(cases_root, "lib-answer", "t/partial"), cases_root)
    cell = expand(case, [amd64], [gcc_bfd])[0]
    assert execute(cell, context).status == "PASS"
    (meta,) = (tmp_path / "cache" / "build").rglob("meta.json")
    os.unlink(meta.parent / "main")               # an interrupted writer left half an entry
    r = execute(cell, context)
    assert (r.status, r.build_cached) == ("PASS", False)
