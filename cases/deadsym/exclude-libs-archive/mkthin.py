#!/usr/bin/env python3
"""Writes libhelper.a: a GNU *thin* archive whose one member is helper.o.

The harness can only compile and link (no `ar` step), so this archive is
shipped pre-made. A thin archive stores no member contents, only a header
naming the member file (here helper.o, built by an earlier step next to it)
and a symbol index (required by ld: "archive has no index"). The index lists
helper_twice and helper_table, both defined by helper.o, pointing at the member
header. The bytes do not depend on helper.o's contents or on the target.
Run `python3 mkthin.py` to regenerate it.
"""

SYMS = [b"helper_twice", b"helper_table"]


def header(name: str, size: int) -> bytes:
    h = (name.ljust(16) + "0".ljust(12) + "0".ljust(6) + "0".ljust(6)
         + "644".ljust(8) + str(size).ljust(10) + "`\n")
    assert len(h) == 60
    return h.encode()


def index(member_offset: int) -> bytes:
    names = b"".join(s + b"\0" for s in SYMS)
    body = len(SYMS).to_bytes(4, "big") + member_offset.to_bytes(4, "big") * len(SYMS) + names
    return body + (b"\n" if len(body) % 2 else b"")


size = len(index(0))                      # the offsets do not change the size
member_offset = 8 + 60 + size             # "!<thin>\n", index header, index
data = b"!<thin>\n" + header("/", size) + index(member_offset) + header("helper.o/", 0)
with open("libhelper.a", "wb") as f:
    f.write(data)
