"""Split cells over N shards, balanced by recorded cell time, the same way in every process."""
from __future__ import annotations

import hashlib
import statistics

from .platforms import DEFAULT_PROFILES


def parse(spec: str) -> tuple[int, int]:
    """'2/4' -> (2, 4); shards are numbered from 1."""
    try:
        i, n = (int(x) for x in spec.split("/"))
    except ValueError:
        raise ValueError(f"--shard takes I/N, e.g. 1/4, got {spec!r}") from None
    if not 1 <= i <= n:
        raise ValueError(f"--shard {spec}: I must be between 1 and N")
    return i, n


def assign(cells: list[str], n: int, durations: dict[str, float]) -> dict[str, int]:
    """cell id -> shard (1..n): longest-processing-time-first over the recorded durations.

    Cells with no record get the median duration. Ties are broken by id, so every process
    that sees the same cells and durations computes the same split.
    """
    known = [durations[c] for c in cells if c in durations]
    default = statistics.median(known) if known else 1.0
    loads = [0.0] * n
    out: dict[str, int] = {}
    for cell in sorted(cells, key=lambda c: (-durations.get(c, default), c)):
        k = min(range(n), key=lambda j: (loads[j], j))
        loads[k] += durations.get(cell, default)
        out[cell] = k + 1
    return out


def parse_sample(spec: str) -> tuple[int, int]:
    """'1/5' -> (1, 5): the share of cases a sampled profile runs."""
    try:
        k, n = (int(x) for x in spec.split("/"))
    except ValueError:
        raise ValueError(f"takes N/D, e.g. 1/5, got {spec!r}") from None
    if not 0 < k <= n:
        raise ValueError(f"{spec}: N must be between 1 and D")
    return k, n


def in_sample(case_id: str, spec: str) -> bool:
    """Whether a case is in the stable N/D sample: the same cases on every machine and run."""
    k, n = parse_sample(spec)
    return int(hashlib.sha256(case_id.encode()).hexdigest(), 16) % n < k


def sampled_out(case_id: str, profile, spec: str | None) -> bool:
    """Whether --sample `spec` leaves this case out of `profile`'s column: never for the default
    profile or a profile whose file says `sampled = false`; else when the case is outside the sample."""
    return bool(spec) and profile.name != DEFAULT_PROFILES and profile.sampled and not in_sample(case_id, spec)
