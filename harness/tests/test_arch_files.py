"""Arch files: relocation numbers agree with the cross binutils' own names (readelf)."""
import re
import subprocess

import pytest

from .conftest import need_tools

from harness.elfcheck import read_facts
from harness.platforms import ROOT, find_arches, load_arch

ARCHES = [load_arch(p) for p in find_arches(ROOT).values()]
# A DSO that needs GLOB_DAT, JUMP_SLOT, RELATIVE, ABS-or-GLOB_DAT and GD TLS dynamic relocations.
LIB = """
extern int ext_data; int ext_fn(void);
extern __thread int ext_tls;
int *p_data = &ext_data; static int local; int *p_local = &local;
int call(void) { return ext_fn() + ext_tls; }
"""


@pytest.mark.parametrize("arch", ARCHES, ids=lambda a: a.name)
def test_arch_file_is_complete(arch):
    for name in ("RELATIVE", "GLOB_DAT", "JUMP_SLOT", "COPY", "TLS_DTPMOD", "TLS_TPOFF"):
        assert arch.reloc_types(name), f"{arch.name}: {name} unmapped"
    for neutral, names in arch.relocs:
        for n in names:
            assert n in dict(arch.reloc_numbers), f"{arch.name}: {n} has no number"


@pytest.mark.parametrize("arch", ARCHES, ids=lambda a: a.name)
def test_reloc_numbers_match_readelf(arch, tmp_path):
    cc, readelf = f"{arch.triple}-gcc", f"{arch.triple}-readelf"
    need_tools(cc, readelf)
    (tmp_path / "lib.c").write_text(LIB)
    subprocess.run([cc, "-fPIC", "-shared", "-ftls-model=global-dynamic", "-mtls-dialect=gnu" if arch.name in
                    ("amd64", "arm") else "-O1", "lib.c", "-o", "lib.so"], cwd=tmp_path, check=True, timeout=60)
    out = subprocess.run([readelf, "-rW", "lib.so"], cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    seen_by_readelf = set(re.findall(r"\b(R_[A-Z0-9_]+)\b", out))
    numbers = dict(arch.reloc_numbers)
    present = read_facts(tmp_path / "lib.so")["relocs"]
    checked = 0
    for name in seen_by_readelf & numbers.keys():
        assert numbers[name] in present, f"{arch.name}: readelf shows {name} but type {numbers[name]} is absent"
        checked += 1
    assert checked >= 4, f"{arch.name}: only {checked} relocation names cross-checked ({seen_by_readelf})"
    names_by_number = {v: k for k, v in numbers.items()}
    for n in present:
        if n in names_by_number:
            assert names_by_number[n] in seen_by_readelf, f"{arch.name}: type {n} read as {names_by_number[n]}"
