"""Baselines (results/baselines/<arch>-<profile>.json) and comparison of two runs."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from . import findings as findings_mod
from . import results

from .status import BAD, GOOD, is_regression


def statuses(path: Path) -> dict[str, str]:
    """cell id -> status, from a run directory, a baselines directory or one baseline file."""
    if path.is_file():
        return dict(json.loads(path.read_text())["cells"])
    if (path / results.RESULTS_FILE).exists():
        return {r.cell: r.status for r in results.read(path)}
    out: dict[str, str] = {}
    for f in sorted(path.glob("*.json")):
        out.update(json.loads(f.read_text())["cells"])
    if not out and not path.exists():
        raise FileNotFoundError(f"{path}: not a run directory, a baselines directory or a baseline file")
    return out


def durations(path: Path) -> dict[str, float]:
    """cell id -> seconds recorded in the baselines (used to balance shards)."""
    out: dict[str, float] = {}
    for f in sorted(path.glob("*.json")) if path.is_dir() else []:
        out.update(json.loads(f.read_text()).get("durations", {}))
    return out


def write_baselines(run_dir: Path, out_dir: Path) -> list[Path]:
    by_column: dict[str, list[results.Result]] = {}
    for r in results.read(run_dir):
        by_column.setdefault(r.column, []).append(r)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for column, rs in sorted(by_column.items()):
        rs.sort(key=lambda r: r.cell)
        path = out_dir / f"{column}.json"
        doc = {"column": column, "cells": {r.cell: r.status for r in rs},
               "durations": {r.cell: round(r.duration, 2) for r in rs}}
        path.write_text(json.dumps(doc, indent=1) + "\n")
        written.append(path)
    return written


@dataclass
class Comparison:
    regressions: list[tuple[str, str, str]] = field(default_factory=list)
    progressions: list[tuple[str, str, str]] = field(default_factory=list)
    changed: list[tuple[str, str, str]] = field(default_factory=list)
    new: list[tuple[str, str]] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    # failing before and still failing the same way: (cell, status, the finding that explains it or "")
    known: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def unexplained(self) -> list[tuple[str, str, str]]:
        return [k for k in self.known if not k[2]]


def compare(old: dict[str, str], new: dict[str, str], columns: set[str] | None = None,
            findings: list[findings_mod.Finding] | None = None) -> Comparison:
    """Compare cell statuses. With `columns`, old cells outside those columns are not 'removed'.
    A cell that failed before and fails the same way now is a known failure, explained when an
    entry of the findings list covers it (XFAILs are explained by their rule's bug already)."""
    c = Comparison()
    found = findings_mod.load() if findings is None else findings
    for cell, status in sorted(new.items()):
        if cell not in old:
            c.new.append((cell, status))
            if status in BAD:
                c.regressions.append((cell, "(new)", status))
            continue
        before = old[cell]
        if before == status:
            if status in BAD:
                finding = findings_mod.explain(cell, found)
                c.known.append((cell, status, finding.id if finding else ""))
            continue
        if is_regression(before, status):
            c.regressions.append((cell, before, status))
        elif status in GOOD and before not in GOOD:
            c.progressions.append((cell, before, status))
        else:
            c.changed.append((cell, before, status))
    for cell, status in sorted(old.items()):
        if cell not in new and (columns is None or cell.rsplit("/", 1)[-1] in columns):
            c.removed.append((cell, status))
    return c
