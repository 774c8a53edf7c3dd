"""Which version of each toolchain component a column really uses, for `version.<name>` atoms.

Rules choose the columns a bug affects by tool version (`version.mold < '1.11'`), so a maintainer's
newer, fixed tool in a custom profile is not expected to fail. Each component is named only where
the column really uses it: the linker is identified by what the compiler driver runs for a link
(`-Wl,--version`), not by the profile's name; the compiler and C library by their predefined
macros; musl by its dynamic linker's own banner; qemu only in columns that run under it.

Names: gcc, clang, ld-bfd, ld-gold (both the binutils release), mold, lld, glibc, musl, qemu,
gdb, go, gccgo.
"""
from __future__ import annotations

import re

_NUMBER = r"(\d+(?:\.\d+)+)"


def version_tuple(text: str) -> tuple[int, ...]:
    """'2.40' -> (2, 40); '1.19.8' -> (1, 19, 8); trailing non-digits of a part are ignored."""
    parts = []
    for part in text.strip().split("."):
        m = re.match(r"\d+", part)
        if not m:
            break
        parts.append(int(m.group()))
    if not parts:
        raise ValueError(f"not a version: {text!r}")
    return tuple(parts)


def compare(left: str, op: str, right: str) -> bool:
    """Compare two dotted versions, missing parts counting as 0 ('2.40' == '2.40.0')."""
    a, b = version_tuple(left), version_tuple(right)
    n = max(len(a), len(b))
    a, b = a + (0,) * (n - len(a)), b + (0,) * (n - len(b))
    return {"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def from_macros(macros: str) -> dict[str, str]:
    """Compiler and C library from `cc -dM -E` output."""
    defs = dict(re.findall(r"^#define (\w+) (.*)$", macros, re.M))
    found = {}
    if "__clang__" in defs:
        found["clang"] = ".".join(defs.get(k, "0") for k in ("__clang_major__", "__clang_minor__",
                                                              "__clang_patchlevel__"))
    elif "__GNUC__" in defs:
        found["gcc"] = ".".join(defs.get(k, "0") for k in ("__GNUC__", "__GNUC_MINOR__", "__GNUC_PATCHLEVEL__"))
    if "__GLIBC__" in defs:
        found["glibc"] = f"{defs['__GLIBC__']}.{defs.get('__GLIBC_MINOR__', '0')}"
    return found


def from_linker(line: str) -> dict[str, str]:
    """The linker from the first line of `<cc> -Wl,--version`."""
    patterns = (
        ("ld-gold", rf"^GNU gold \(.*?{_NUMBER}\)"),        # GNU gold (GNU Binutils for Debian 2.40) 1.16
        ("ld-bfd", rf"^GNU ld \(.*\) {_NUMBER}"),          # GNU ld (GNU Binutils for Debian) 2.40
        ("mold", rf"^mold {_NUMBER}"),                     # mold 1.10.1 (compatible with GNU ld)
        ("lld", rf"\bLLD {_NUMBER}"),                      # Debian LLD 14.0.6 (compatible with GNU linkers)
    )
    for name, pattern in patterns:
        m = re.search(pattern, line)
        if m:
            return {name: m.group(1)}
    return {}


def from_banner(name: str, text: str) -> dict[str, str]:
    """`qemu-aarch64 version 7.2.11`, `GNU gdb (Debian 13.1-3) 13.1`, `go version go1.19.8 linux/amd64`,
    musl's `Version 1.2.3`, `aarch64-linux-gnu-gccgo (Debian 12.2.0-14) 12.2.0`: the last dotted
    number of the line (the first for go and musl, which print nothing after it that looks like one)."""
    if name == "go":
        m = re.search(r"\bgo(\d+(?:\.\d+)+)", text)
    elif name == "musl":
        m = re.search(rf"^Version {_NUMBER}", text, re.M)
    elif name == "qemu":
        m = re.search(rf"version {_NUMBER}", text)
    else:
        numbers = re.findall(rf"(?<![\w.-]){_NUMBER}(?![\w-])", text)
        return {name: numbers[-1]} if numbers else {}
    return {name: m.group(1)} if m else {}


def as_features(components: dict[str, str]) -> set[str]:
    """How versions travel with a cell's features: `version.<name>=<version>` (read by expr)."""
    return {f"version.{name}={version}" for name, version in components.items()}
