"""Judge a planned ELF check (plan.ElfCmd) on a built file, with pyelftools."""
from __future__ import annotations

from pathlib import Path

from elftools.common.exceptions import ELFError
from elftools.elf import enums
from elftools.elf.dynamic import DynamicSection
from elftools.elf.elffile import ELFFile
from elftools.elf.relocation import RelocationSection
from elftools.elf.gnuversions import GNUVerDefSection, GNUVerSymSection
from elftools.elf.sections import SymbolTableSection

from .plan import ElfCmd
from .platforms import Arch

def _version_names(elf: ELFFile) -> dict[int, str]:
    """Version index -> name, from .gnu.version_d (the versions this file defines)."""
    names: dict[int, str] = {}
    for sec in elf.iter_sections():
        if isinstance(sec, GNUVerDefSection):
            for verdef, auxiliaries in sec.iter_versions():
                aux = next(iter(auxiliaries), None)
                if aux is not None and not verdef["vd_flags"] & 0x1:      # skip VER_FLG_BASE (the soname)
                    names[verdef["vd_ndx"]] = aux.name
    return names


GNU_PROPERTY_AARCH64_FEATURE_1_AND = 0xC0000000
# Feature bits of the AND properties: x86-64 psABI (IBT, SHSTK) and AArch64 ELF ABI (BTI, PAC).
PROPERTY_BITS = {"GNU_PROPERTY_X86_FEATURE_1_AND": {"IBT": 1, "SHSTK": 2},
                 GNU_PROPERTY_AARCH64_FEATURE_1_AND: {"BTI": 1, "PAC": 2}}


def _properties(sec, little_endian: bool) -> set[str]:
    """Feature names set in a .note.gnu.property section."""
    out: set[str] = set()
    for note in sec.iter_notes():
        if note["n_type"] != "NT_GNU_PROPERTY_TYPE_0":
            continue
        for prop in note["n_desc"]:
            bits = PROPERTY_BITS.get(prop["pr_type"])
            if bits is None:
                continue
            data = prop["pr_data"]
            # pyelftools decodes x86 properties to an int, leaves others as raw bytes
            value = int.from_bytes(data[:4], "little" if little_endian else "big") if isinstance(data, bytes) \
                else int(data)
            out.update(name for name, bit in bits.items() if value & bit)
    return out


def read_facts(path: Path) -> dict:
    """Relocation type numbers, dynamic tags/flags, DT_NEEDED and defined dynamic symbols of one file.

    A defined dynamic symbol appears by name and, when versioned, also as name@@VER (default
    version) or name@VER (hidden version).
    """
    with path.open("rb") as f:
        elf = ELFFile(f)
        is_object = elf.header["e_type"] == "ET_REL"
        relocs: set[int] = set()
        tags: set[str] = set()
        needed: set[str] = set()
        dynsyms: set[str] = set()
        properties: set[str] = set()
        versions = _version_names(elf)
        versym = next((s for s in elf.iter_sections() if isinstance(s, GNUVerSymSection)), None)
        for sec in elf.iter_sections():
            if isinstance(sec, RelocationSection) and (is_object or sec["sh_flags"] & 0x2):
                relocs.update(r["r_info_type"] for r in sec.iter_relocations())
            elif isinstance(sec, DynamicSection):
                for tag in sec.iter_tags():
                    name = tag.entry.d_tag
                    if not isinstance(name, str):
                        continue
                    tags.add(name)
                    if name == "DT_NEEDED":
                        needed.add(tag.needed)
                    if name in ("DT_FLAGS", "DT_FLAGS_1"):
                        prefix = "DF_" if name == "DT_FLAGS" else "DF_1_"
                        table = enums.ENUM_DT_FLAGS if name == "DT_FLAGS" else enums.ENUM_DT_FLAGS_1
                        tags.update(k for k, v in table.items() if k.startswith(prefix) and tag.entry.d_val & v)
            elif sec.name == ".note.gnu.property" and hasattr(sec, "iter_notes"):
                properties |= _properties(sec, elf.little_endian)
            elif isinstance(sec, SymbolTableSection) and sec.name == ".dynsym":
                for i, sym in enumerate(sec.iter_symbols()):
                    if sym["st_shndx"] == "SHN_UNDEF" or not sym.name:
                        continue
                    dynsyms.add(sym.name)
                    if versym is not None:
                        ndx = versym.get_symbol(i).entry["ndx"]
                        if isinstance(ndx, int):
                            hidden, index = bool(ndx & 0x8000), ndx & 0x7FFF
                            if index in versions:
                                dynsyms.add(f"{sym.name}{'@' if hidden else '@@'}{versions[index]}")
    return {"relocs": relocs, "tags": tags, "dynsyms": dynsyms, "needed": needed, "properties": properties}


def _has_tag(tags: set[str], name: str) -> bool:
    if name.startswith(("DT_", "DF_")):
        return name in tags
    return f"DT_{name}" in tags or f"DF_{name}" in tags or f"DF_1_{name}" in tags


def check(cmd: ElfCmd, work: Path, arch: Arch) -> list[str]:
    """Return one message per violated expectation ([] = all hold)."""
    c = cmd.check
    numbers = {name: dict(mapped) for name, mapped in cmd.relocs}
    try:
        facts = read_facts(work / c.file)
    except (OSError, ELFError) as e:
        return [f"{c.file}: cannot read as ELF: {e}"]
    relocs, tags, dynsyms, needed = facts["relocs"], facts["tags"], facts["dynsyms"], facts["needed"]
    properties = facts["properties"]

    def relocs_named(name: str) -> str:
        return ", ".join(sorted(arch.reloc_name(n) for n in relocs & numbers[name].keys()))

    have_relocs = ", ".join(sorted(arch.reloc_name(n) for n in relocs)) or "none"
    have_needed = ", ".join(sorted(needed)) or "none"
    # (names, does the file have it?, must it?, message when it does not hold)
    expectations = [
        (c.relocs_include, relocs_named, True, lambda n: f"no {n} relocation (has: {have_relocs})"),
        (c.relocs_exclude, relocs_named, False, lambda n: f"unexpected {n} relocation ({relocs_named(n)})"),
        (c.dynamic_include, lambda n: _has_tag(tags, n), True, lambda n: f"dynamic section lacks {n}"),
        (c.dynamic_exclude, lambda n: _has_tag(tags, n), False, lambda n: f"dynamic section has {n}"),
        (c.dynsym_include, dynsyms.__contains__, True, lambda n: f"{n} is not defined in .dynsym"),
        (c.dynsym_exclude, dynsyms.__contains__, False, lambda n: f"{n} is exported in .dynsym"),
        (c.needed_include, needed.__contains__, True, lambda n: f"no DT_NEEDED {n} (has: {have_needed})"),
        (c.needed_exclude, needed.__contains__, False, lambda n: f"unexpected DT_NEEDED {n}"),
        (c.property_include, properties.__contains__, True,
         lambda n: f"GNU property {n} not set (set: {', '.join(sorted(properties)) or 'none'})"),
        (c.property_exclude, properties.__contains__, False, lambda n: f"GNU property {n} is set"),
    ]
    return [f"{c.file}: {message(name)}" for names, has, wanted, message in expectations
            for name in names if bool(has(name)) != wanted]
