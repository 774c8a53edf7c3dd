"""Component versions from the banners that Debian 12's tools print (copied from the tools, not from
the code under test), and from a real probe of this machine's native column."""
import pytest

from harness import components


@pytest.mark.parametrize("line,expected", [
    ("GNU ld (GNU Binutils for Debian) 2.40", {"ld-bfd": "2.40"}),
    ("GNU gold (GNU Binutils for Debian 2.40) 1.16", {"ld-gold": "2.40"}),
    ("mold 1.10.1 (compatible with GNU ld)", {"mold": "1.10.1"}),
    ("mold 2.34.1 (a1b2c3d; compatible with GNU ld)", {"mold": "2.34.1"}),
    ("Debian LLD 14.0.6 (compatible with GNU linkers)", {"lld": "14.0.6"}),
    ("LLD 18.1.8 (compatible with GNU linkers)", {"lld": "18.1.8"}),
    ("some other linker", {}),
])
def test_linker_banners(line, expected):
    assert components.from_linker(line) == expected


@pytest.mark.parametrize("name,text,expected", [
    ("qemu", "qemu-aarch64 version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u16)", "7.2.22"),
    ("gdb", "GNU gdb (Debian 13.1-3) 13.1", "13.1"),
    ("go", "go version go1.19.8 linux/amd64", "1.19.8"),
    ("gccgo", "aarch64-linux-gnu-gccgo-12 (Debian 12.2.0-14) 12.2.0", "12.2.0"),
    ("musl", "musl libc (x86_64)\nVersion 1.2.3\nDynamic Program Loader\n", "1.2.3"),
])
def test_banners(name, text, expected):
    assert components.from_banner(name, text) == {name: expected}


def test_macros():
    gcc = "#define __GNUC__ 12\n#define __GNUC_MINOR__ 2\n#define __GNUC_PATCHLEVEL__ 0\n" \
          "#define __GLIBC__ 2\n#define __GLIBC_MINOR__ 36\n"
    clang = "#define __clang__ 1\n#define __GNUC__ 4\n#define __clang_major__ 14\n" \
            "#define __clang_minor__ 0\n#define __clang_patchlevel__ 6\n"
    assert components.from_macros(gcc) == {"gcc": "12.2.0", "glibc": "2.36"}
    assert components.from_macros(clang) == {"clang": "14.0.6"}


def test_compare():
    assert components.compare("2.40", "==", "2.40.0")
    assert components.compare("1.10.1", "<", "1.11")
    assert components.compare("2.9", "<", "2.10")
    assert not components.compare("7.2.22", "<", "7.2")


def test_native_probe_names_its_linker_and_libc(amd64, gcc_bfd):
    from harness.probe import probe
    p = probe(amd64, gcc_bfd)
    assert p.ok, p.reason
    assert set(p.components) >= {"gcc", "ld-bfd", "glibc"}
    assert "mold" not in p.components and "qemu" not in p.components
