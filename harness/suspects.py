"""Emulator suspects: a cell that is bad under an emulator ("<base>@qemu", e.g. "amd64@qemu": the
host's own arch run through qemu-user) while the same case, variant and profile is good on the
native arch "<base>". The emulator, not the toolchain, is then the first suspect."""
from __future__ import annotations

from .results import Result
from .status import BAD, GOOD

EMULATED = "@qemu"


def native_arch(arch: str) -> str | None:
    """"amd64" for "amd64@qemu"; None for an arch that is not an emulated twin of a native one."""
    return arch[: -len(EMULATED)] if arch.endswith(EMULATED) else None


def emulator_suspects(rs: list[Result]) -> list[tuple[Result, Result]]:
    """(emulated result, native result) for each bad emulated cell whose native twin is good."""
    native = {(r.case, r.variant, r.arch, r.profile): r for r in rs if native_arch(r.arch) is None}
    out = []
    for r in rs:
        base = native_arch(r.arch)
        if base is None or r.status not in BAD:
            continue
        twin = native.get((r.case, r.variant, base, r.profile))
        if twin is not None and twin.status in GOOD:
            out.append((r, twin))
    return sorted(out, key=lambda pair: pair[0].cell)
