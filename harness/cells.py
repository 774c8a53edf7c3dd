"""Expand a Case over its variants x arches x profiles into Cells."""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from . import components
from .manifest import PLACEHOLDER, Case
from .platforms import Arch, Profile
from .probe import Probe


@dataclass(frozen=True)
class Cell:
    case: Case
    variant: tuple[tuple[str, str], ...]     # (axis, value) pairs, in manifest order
    arch: Arch
    profile: Profile
    scale: int = 1            # --scale: stress cases read {scale}; run timeouts grow with it

    @property
    def variant_name(self) -> str:
        return ",".join(f"{k}={v}" for k, v in self.variant) or "default"

    @property
    def column(self) -> str:
        return f"{self.arch.name}-{self.profile.name}"

    @property
    def id(self) -> str:
        """Stable name: <family>/<case>/<variant>/<arch>-<profile>; also the cell's directory."""
        return f"{self.case.id}/{self.variant_name}/{self.column}"

    def substitute(self, text: str) -> str:
        values = {"arch": self.arch.base_name, "triple": self.arch.triple, "scale": str(self.scale), **dict(self.variant)}
        return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)

    def features(self, probe: Probe | None) -> frozenset[str]:
        feats = {self.arch.name, self.arch.base_name, *self.arch.features, self.profile.name, *self.profile.features}
        feats -= set(self.profile.lacks)
        feats.add("native" if self.arch.native else "qemu")
        if probe is not None:
            feats.add(f"libc-{probe.libc}")
            feats |= components.as_features(probe.components)
        return frozenset(feats)


def expand(case: Case, arches: list[Arch], profiles: list[Profile], scale: int = 1) -> list[Cell]:
    """Cells for every variant x arch x profile, skipping profiles that do not apply to the arch
    (musl-gcc is amd64 only) or do not build the case's language (gccgo builds only Go cases)."""
    axes = [[(axis, v) for v in values] for axis, values in case.variants]
    return [Cell(case, tuple(combo), arch, profile, scale)
            for combo in itertools.product(*axes)
            for arch in arches
            for profile in profiles
            if profile.applies_to(arch) and case.lang in profile.langs]
