"""Result records and the streaming results.jsonl file."""
from __future__ import annotations

import fcntl
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .status import PHASES, STATUSES

RESULTS_FILE = "results.jsonl"


@dataclass
class Result:
    cell: str            # <family>/<case>/<variant>/<arch>-<profile>
    case: str
    variant: str
    arch: str
    profile: str
    status: str
    reason: str = ""
    title: str = ""
    refs: list[str] = field(default_factory=list)
    duration: float = 0.0
    build_cached: bool = False
    run_seconds: float = 0.0     # of duration: in the run and gdb steps (the programs, qemu, gdb)
    phase: str = ""              # what decided a non-PASS status: status.PHASES ("" = PASS, or an old record)

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")
        if self.status != "PASS" and not self.reason:
            raise ValueError(f"{self.cell}: a {self.status} result needs a reason")
        if self.phase and self.phase not in PHASES:
            raise ValueError(f"{self.cell}: unknown phase {self.phase!r}")

    @property
    def family(self) -> str:
        return self.case.split("/", 1)[0]

    @property
    def column(self) -> str:
        return f"{self.arch}-{self.profile}"

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "Result":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def append(run_dir: Path, result: Result) -> None:
    """Append one line, under an exclusive lock, flushed and synced before returning."""
    line = (json.dumps(result.to_json(), sort_keys=True) + "\n").encode()
    fd = os.open(run_dir / RESULTS_FILE, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def read(run_dir: Path) -> list[Result]:
    """Every complete line of results.jsonl; a torn last line (killed writer) is ignored.

    When a cell appears twice (a resumed run re-ran it), the last record wins.
    """
    path = run_dir / RESULTS_FILE
    if not path.exists():
        return []
    by_cell: dict[str, Result] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            r = Result.from_json(json.loads(line))
        except (ValueError, TypeError):
            continue
        by_cell[r.cell] = r
    return list(by_cell.values())
