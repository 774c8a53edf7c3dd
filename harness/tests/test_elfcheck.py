"""ELF facts: versioned dynamic symbols and DT_NEEDED, checked against what the source says."""
import pytest

from harness.execute import execute

LIB = """\
#include <stdio.h>
void say(void) { puts("libc is needed"); }
int foo_v1(void) { return 1; }
int foo_v2(void) { return 2; }
int bar(void) { return 3; }
static int hidden_helper(void) { return 4; }
int use_helper(void) { return hidden_helper(); }
__asm__(".symver foo_v1,foo@VER_1");
__asm__(".symver foo_v2,foo@@VER_2");
"""
MAP = "VER_1 { global: bar; foo; use_helper; say; local: *; };\nVER_2 { global: foo; } VER_1;\n"


@pytest.mark.parametrize("check,expected", [
    ('dynsym_include = ["foo@@VER_2", "foo@VER_1", "bar@@VER_1"]', "PASS"),
    ('dynsym_include = ["foo@@VER_1"]', "FAIL"),          # VER_1 is the hidden one
    ('dynsym_exclude = ["foo_v1", "foo_v2", "hidden_helper"]', "PASS"),
    ('dynsym_include = ["hidden_helper"]', "FAIL"),
    ('needed_include = ["libc.so.6"]', "PASS"),
    ('needed_exclude = ["libc.so.6"]', "FAIL"),
    ('needed_include = ["libm.so.6"]', "FAIL"),
])
def test_versions_and_needed(one_cell, context, check, expected):
    toml = f"""\
title = "versions"
refs = ["harness self-test"]
[[build]]
out = "libv.so"
src = ["v.c"]
ldflags = ["-Wl,--version-script=v.map"]
[[elf]]
file = "libv.so"
{check}
"""
    r = execute(one_cell(toml, {"v.c": LIB, "v.map": MAP}), context)
    assert r.status == expected, r.reason


@pytest.mark.parametrize("flags,check,expected", [
    ('["-fcf-protection=full"]', 'property_include = ["IBT", "SHSTK"]', "PASS"),
    ('["-fcf-protection=none"]', 'property_include = ["IBT"]', "FAIL"),
    ('["-fcf-protection=none"]', 'property_exclude = ["IBT", "SHSTK"]', "PASS"),
])
def test_gnu_property_notes(one_cell, context, flags, check, expected):
    toml = f"""\
title = "properties"
refs = ["x86-64 psABI, GNU_PROPERTY_X86_FEATURE_1_AND"]
[[build]]
out = "p.o"
src = ["p.c"]
cflags = {flags}
[[elf]]
file = "p.o"
{check}
"""
    r = execute(one_cell(toml, {"p.c": "int f(void) { return 1; }\n"}), context)
    assert r.status == expected, r.reason
