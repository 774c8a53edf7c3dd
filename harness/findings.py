"""The findings list (cases/findings.toml): toolchain defects dsoconf found that have no upstream
report yet. Their cells stay FAIL (a defect is never hidden behind a rule); each entry says what
happens, what should happen and how to reproduce it, ready for a maintainer to file. `compare`
uses it to tell an explained known FAIL from one nobody has looked at."""
from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from .platforms import ROOT

FINDINGS_FILE = ROOT / "cases" / "findings.toml"


@dataclass(frozen=True)
class Finding:
    id: str
    component: str            # the tool whose defect it is: gold, lld, mold, clang, musl, gccgo, ...
    versions: str             # the versions seen with it, e.g. "binutils 2.40 (gold 1.16)"
    cells: tuple[str, ...]    # cell ids, fnmatch patterns: "<family>/<case>/<variant>/<arch>-<profile>"
    what: str                 # what happens
    expected: str             # what should happen
    reproduce: str            # the command that shows it
    report: str = ""          # the upstream report once filed (then the cells become an XFAIL)

    def covers(self, cell: str) -> bool:
        return any(fnmatch.fnmatchcase(cell, pattern) for pattern in self.cells)


REQUIRED = tuple(f.name for f in fields(Finding) if f.name != "report")


class FindingsError(ValueError):
    pass


def load(path: Path = FINDINGS_FILE) -> list[Finding]:
    if not path.exists():
        return []
    doc = tomllib.loads(path.read_text())
    unknown_top = set(doc) - {"finding"}
    if unknown_top:
        raise FindingsError(f"{path}: unknown key(s) {sorted(unknown_top)}")
    entries = doc.get("finding", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise FindingsError(f"{path}: write each entry as [[finding]]")
    out, known = [], {f.name for f in fields(Finding)}
    for i, entry in enumerate(entries):
        where = f"{path}: finding[{i}]"
        if set(entry) - known:
            raise FindingsError(f"{where}: unknown key(s) {sorted(set(entry) - known)}")
        missing = [k for k in REQUIRED if not entry.get(k)]
        if missing:
            raise FindingsError(f"{where}: missing {', '.join(missing)}")
        out.append(Finding(**{**entry, "cells": tuple(entry["cells"])}))
    ids = [f.id for f in out]
    if len(ids) != len(set(ids)):
        raise FindingsError(f"{path}: duplicate ids")
    return out


def explain(cell: str, findings: list[Finding]) -> Finding | None:
    return next((f for f in findings if f.covers(cell)), None)
