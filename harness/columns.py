"""The start-up probes of a run's columns: the C probe (probe.py) and, for profiles that build Go,
the Go lane's (goprobe.py). Probes run in parallel: each mostly waits on a compiler."""
from __future__ import annotations

from pathlib import Path

from . import goprobe
from .cache import default_root
from .platforms import Arch, Profile
from .probe import Probe, probe as probe_c


def probe(arch: Arch, profile: Profile, cache_root: Path | None = None) -> Probe:
    result = probe_c(arch, profile)
    if result.ok and "go" in profile.langs:
        goprobe.probe_go(arch, profile, result, cache_root or default_root())
    return result


def probe_all(pairs: list[tuple[Arch, Profile]], cache_root: Path | None = None) -> dict[tuple[str, str], Probe]:
    """Probe every (arch, profile)."""
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=max(1, len(pairs))) as pool:
        probes = list(pool.map(lambda ap: probe(*ap, cache_root), pairs))
    return {(p.arch, p.profile): p for p in probes}
