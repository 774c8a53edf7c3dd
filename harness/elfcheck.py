"""Judge a planned ELF check (plan.ElfCmd) on a built file, with pyelftools."""
from __future__ import annotations

from pathlib import Path

from elftools.common.exceptions import ELFError
from elftools.elf import enums
from elftools.elf.dynamic import DynamicSection
from elftools.elf.elffile import ELFFile
from elftools.elf.relocation import RelocationSection
from elftools.elf.gnuversions import GNUVerDefSection, GNUVerNeedSection, GNUVerSymSection
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


def _needed_version_names(elf: ELFFile) -> dict[int, str]:
    """Version index -> name, from .gnu.version_r (the versions this file's imports ask for)."""
    names: dict[int, str] = {}
    for sec in elf.iter_sections():
        if isinstance(sec, GNUVerNeedSection):
            for _verneed, auxiliaries in sec.iter_versions():
                for aux in auxiliaries:
                    names[aux["vna_other"]] = aux.name
    return names


def _symbol_words(sym) -> set[str]:
    """A symbol's type, binding and visibility as readelf prints them (pyelftools calls the OS-specific
    IFUNC type and UNIQUE binding LOOS)."""
    kind = sym["st_info"]["type"].removeprefix("STT_")
    bind = sym["st_info"]["bind"].removeprefix("STB_")
    return {"IFUNC" if kind in ("LOOS", "GNU_IFUNC") else kind,
            "UNIQUE" if bind in ("LOOS", "GNU_UNIQUE") else bind,
            sym["st_other"]["visibility"].removeprefix("STV_")}


def _segments(elf: ELFFile) -> tuple[set[str], int | None]:
    """Program header types, alone and with their flags ("GNU_STACK", "GNU_STACK RW"), and PT_TLS's p_align."""
    out: set[str] = set()
    tls_align = None
    for seg in elf.iter_segments():
        kind = seg["p_type"]
        if not isinstance(kind, str):
            continue
        kind = kind.removeprefix("PT_")
        flags = "".join(letter for letter, bit in (("R", 4), ("W", 2), ("E", 1)) if seg["p_flags"] & bit)
        out |= {kind, f"{kind} {flags}"}
        if kind == "TLS":
            tls_align = seg["p_align"]
    return out, tls_align


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
    """What the checks look at in one file: relocation type numbers, (type, symbol) pairs of dynamic
    relocations, dynamic tags/flags, DT_NEEDED, defined and undefined dynamic symbols, their
    attributes, GNU properties, program headers and PT_TLS's alignment.

    A dynamic symbol appears by name and, when versioned, also as name@@VER (default version) or
    name@VER (hidden version; for an import, the version it asks for).
    """
    with path.open("rb") as f:
        elf = ELFFile(f)
        is_object = elf.header["e_type"] == "ET_REL"
        relocs: set[int] = set()
        symbol_relocs: set[tuple[int, str]] = set()
        tags: set[str] = set()
        needed: set[str] = set()
        dynsyms: set[str] = set()
        imports: set[str] = set()
        attrs: dict[str, list[set[str]]] = {}
        properties: set[str] = set()
        defined, wanted = _version_names(elf), _needed_version_names(elf)
        versym = next((s for s in elf.iter_sections() if isinstance(s, GNUVerSymSection)), None)
        for sec in elf.iter_sections():
            if isinstance(sec, RelocationSection) and (is_object or sec["sh_flags"] & 0x2):
                symtab = elf.get_section(sec["sh_link"]) if sec["sh_link"] else None
                for r in sec.iter_relocations():
                    relocs.add(r["r_info_type"])
                    if r["r_info_sym"] and isinstance(symtab, SymbolTableSection):
                        symbol_relocs.add((r["r_info_type"], symtab.get_symbol(r["r_info_sym"]).name))
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
                    if not sym.name:
                        continue
                    undefined = sym["st_shndx"] == "SHN_UNDEF"
                    names = imports if undefined else dynsyms
                    names.add(sym.name)
                    attrs.setdefault(sym.name, []).append(_symbol_words(sym))
                    if versym is not None:
                        ndx = versym.get_symbol(i).entry["ndx"]
                        if isinstance(ndx, int):
                            hidden, index = bool(ndx & 0x8000), ndx & 0x7FFF
                            if undefined and index in wanted:
                                names.add(f"{sym.name}@{wanted[index]}")
                            elif not undefined and index in defined:
                                names.add(f"{sym.name}{'@' if hidden else '@@'}{defined[index]}")
        segments, tls_align = _segments(elf)
    return {"relocs": relocs, "symbol_relocs": symbol_relocs, "tags": tags, "dynsyms": dynsyms,
            "imports": imports, "attrs": attrs, "needed": needed, "properties": properties,
            "segments": segments, "tls_align": tls_align}


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
    properties, imports, attrs, segments = facts["properties"], facts["imports"], facts["attrs"], facts["segments"]

    def relocs_named(name: str) -> str:
        return ", ".join(sorted(arch.reloc_name(n) for n in relocs & numbers[name].keys()))

    def symbol_reloc(pair: str) -> bool:
        name, symbol = pair.split()
        return any((n, symbol) in facts["symbol_relocs"] for n in numbers[name])

    def has_attr(entry: str) -> bool:
        symbol, word = entry.split()
        return bool(attrs.get(symbol)) and all(word in words for words in attrs[symbol])

    def attrs_of(entry: str) -> str:
        found = attrs.get(entry.split()[0])
        return "; ".join(" ".join(sorted(w)) for w in found) if found else "no such .dynsym entry"

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
        (c.imports_include, imports.__contains__, True, lambda n: f"{n} is not imported (undefined in .dynsym)"),
        (c.imports_exclude, imports.__contains__, False, lambda n: f"{n} is imported (undefined in .dynsym)"),
        (c.dynsym_attrs, has_attr, True, lambda n: f"not every .dynsym {n.split()[0]} is {n.split()[1]} "
                                                   f"(has: {attrs_of(n)})"),
        (c.symbol_relocs_include, symbol_reloc, True, lambda n: f"no {n.split()[0]} relocation against "
                                                               f"{n.split()[1]}"),
        (c.symbol_relocs_exclude, symbol_reloc, False, lambda n: f"unexpected {n.split()[0]} relocation "
                                                                f"against {n.split()[1]}"),
        (c.segments_include, segments.__contains__, True, lambda n: f"no {n} program header"),
        (c.segments_exclude, segments.__contains__, False, lambda n: f"has a {n} program header"),
        (c.needed_include, needed.__contains__, True, lambda n: f"no DT_NEEDED {n} (has: {have_needed})"),
        (c.needed_exclude, needed.__contains__, False, lambda n: f"unexpected DT_NEEDED {n}"),
        (c.property_include, properties.__contains__, True,
         lambda n: f"GNU property {n} not set (set: {', '.join(sorted(properties)) or 'none'})"),
        (c.property_exclude, properties.__contains__, False, lambda n: f"GNU property {n} is set"),
    ]
    tls = () if c.tls_align_min is None else (f"{c.tls_align_min}",)
    expectations.append((tls, lambda n: (facts["tls_align"] or 0) >= int(n), True,
                         lambda n: f"PT_TLS alignment {facts['tls_align']} is below {n}"
                         if facts["tls_align"] is not None else "no PT_TLS program header"))
    return [f"{c.file}: {message(name)}" for names, has, wanted, message in expectations
            for name in names if bool(has(name)) != wanted]
