"""The verdict of a run against a baseline: regressions, progressions, new and removed cells, known
failures (explained by cases/findings.toml or not) and emulator suspects. Computed here once; the
report's top, summary.md and `compare` all print this one verdict, so they cannot disagree."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import NamedTuple

from . import baseline
from . import findings as findings_mod
from .suspects import emulator_suspects

# Written by `run --compare` and `report --compare`: which baselines the run's reports judge it against.
COMPARE_FILE = "compare.json"


class CellStatus(NamedTuple):
    """What a verdict needs of a cell; parsed from its id when only statuses are known (baselines)."""
    cell: str
    case: str
    variant: str
    arch: str
    profile: str
    status: str


def parse(cell: str, status: str) -> CellStatus:
    case, variant, column = cell.rsplit("/", 2)
    arch, profile = column.split("-", 1)
    return CellStatus(cell, case, variant, arch, profile, status)


@dataclass
class Verdict:
    against: str = ""                 # the baselines compared with; "" when the run was not compared
    regressions: list[tuple[str, str, str]] = field(default_factory=list)   # (cell, before, now)
    progressions: list[tuple[str, str, str]] = field(default_factory=list)
    changed: list[tuple[str, str, str]] = field(default_factory=list)
    new: list[tuple[str, str]] = field(default_factory=list)                # (cell, status)
    removed: list[tuple[str, str]] = field(default_factory=list)            # (cell, status before)
    known: list[tuple[str, str, str]] = field(default_factory=list)         # (cell, status, finding id or "")
    suspects: list[tuple[str, str, str, str]] = field(default_factory=list)  # (emulated cell, its status, native cell, its status)
    findings: dict[str, str] = field(default_factory=dict)                 # finding id -> its component and what, one line

    @property
    def compared(self) -> bool:
        return bool(self.against)

    @property
    def unexplained(self) -> list[tuple[str, str, str]]:
        return [k for k in self.known if not k[2]]

    @property
    def explained(self) -> list[tuple[str, str, str]]:
        return [k for k in self.known if k[2]]


def judge(cells: list, old: dict[str, str] | None = None, against: str = "",
          findings: list[findings_mod.Finding] | None = None, sample: bool = False) -> Verdict:
    """`cells`: Results (or CellStatus) of the run; `old`: the baseline's cell -> status, or None.
    With `sample`, cells of the baseline that the run did not select are not 'removed'. An
    emulator suspect is listed as one, not as a regression or a known failure."""
    pairs = emulator_suspects(cells)
    v = Verdict(suspects=[(e.cell, e.status, n.cell, n.status) for e, n in pairs])
    if old is None:
        return v
    found = findings_mod.load() if findings is None else findings
    new = {c.cell: c.status for c in cells}
    c = baseline.compare(old, new, {cell.rsplit("/", 1)[-1] for cell in new}, found)
    suspect = {e.cell for e, _ in pairs}
    v.against = against or "baselines"
    v.regressions = [r for r in c.regressions if r[0] not in suspect]
    v.progressions, v.changed, v.new = c.progressions, c.changed, c.new
    v.removed = [] if sample else c.removed
    v.known = [k for k in c.known if k[0] not in suspect]
    by_id = {f.id: f for f in found}
    for _, _, fid in v.explained:
        f = by_id[fid]
        v.findings[fid] = f"{f.component}: {' '.join(f.what.split())}"
    return v


def for_statuses(new: dict[str, str], old: dict[str, str] | None, against: str = "",
                 findings: list[findings_mod.Finding] | None = None) -> Verdict:
    """The verdict when the run is known only by its statuses (a baselines directory)."""
    return judge([parse(cell, s) for cell, s in sorted(new.items())], old, against, findings)


def write_compare(run_dir: Path, against: str, sample: bool = False) -> Path:
    path = run_dir / COMPARE_FILE
    path.write_text(json.dumps({"against": str(against), "sample": sample}) + "\n")
    return path


def for_run(run_dir: Path, rs: list) -> Verdict:
    """The run's verdict: against the baselines its compare.json names (if any, and still there)."""
    path = run_dir / COMPARE_FILE
    if path.exists():
        spec = json.loads(path.read_text())
        try:
            old = baseline.statuses(Path(spec["against"]))
        except FileNotFoundError:
            old = None
        if old is not None:
            return judge(rs, old, spec["against"], sample=spec.get("sample", False))
    return judge(rs)


def to_json(v: Verdict) -> dict:
    return {**asdict(v), "compared": v.compared}


def format_text(v: Verdict) -> str:
    """The verdict as `compare` prints it (and summary.md quotes it)."""
    out = []
    if v.compared:
        out.append(f"compared with {v.against}")
        for title, rows in (("Regressions", v.regressions), ("Progressions", v.progressions),
                            ("Other changes", v.changed)):
            if rows:
                out.append(f"{title} ({len(rows)}):")
                out += [f"  {cell}: {a} -> {b}" for cell, a, b in rows]
        if v.new:
            out.append(f"New cells ({len(v.new)}):")
            out += [f"  {cell}: {s}" for cell, s in v.new]
        if v.removed:
            out.append(f"Removed cells ({len(v.removed)}):")
            out += [f"  {cell}: was {s}" for cell, s in v.removed]
        if v.explained:
            out.append(f"Known failures, explained in cases/findings.toml ({len(v.explained)}):")
            out += [f"  {cell}: {s} [{fid}]" for cell, s, fid in v.explained]
        if v.unexplained:
            out.append(f"Known failures WITHOUT a finding or bug ({len(v.unexplained)}): add an xfail citing "
                       "the bug, or an entry to cases/findings.toml")
            out += [f"  {cell}: {s}" for cell, s, _ in v.unexplained]
    if v.suspects:
        out.append(f"Emulator suspects ({len(v.suspects)}): bad under qemu, good natively")
        out += [f"  {e}: {es} (native {n}: {ns})" for e, es, n, ns in v.suspects]
    if v.compared:
        out.append(f"{len(v.regressions)} regressions, {len(v.progressions)} progressions, "
                   f"{len(v.new)} new, {len(v.removed)} removed, {len(v.known)} known failures "
                   f"({len(v.unexplained)} unexplained), {len(v.suspects)} emulator suspects")
    return "\n".join(out)
