"""Expand a Case over its variants x arches x profiles into Cells."""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from . import components
from .manifest import PLACEHOLDER, Case
from .platforms import Arch, Profile
from .probe import Probe

# Variant axes that mean something only in some columns: there the axis expands, elsewhere it does
# not (one cell, no value: in expressions and {placeholders} its value is ""). GOARM exists only
# for GOARCH=arm, and only Go's gc compiler reads it (gccgo targets its gcc's default CPU);
# harness/gobuild.py reads it, manifest.GO_AXES lists its values.
COLUMN_AXES = {"goarm": lambda arch, profile: arch.goarch == "arm" and profile.go_compiler == "gc"}


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

    @property
    def axes(self) -> dict[str, str]:
        """Every axis of the case with this cell's value ("" for an axis that does not expand in
        this column, see COLUMN_AXES): what `variant.<axis>` and `{axis}` read."""
        return {**{axis: "" for axis, _ in self.case.variants}, **dict(self.variant)}

    def substitute(self, text: str) -> str:
        values = {"arch": self.arch.base_name, "triple": self.arch.triple, "scale": str(self.scale), **self.axes}
        return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)

    def features(self, probe: Probe | None) -> frozenset[str]:
        feats = {self.arch.name, self.arch.base_name, *self.arch.features, self.profile.name, *self.profile.features}
        feats -= set(self.profile.lacks)
        feats.add("native" if self.arch.native else "qemu")
        if probe is not None:
            feats.add(f"libc-{probe.libc}")
            feats |= components.as_features(probe.components)
        return frozenset(feats)


def _applies(axis: str, arch: Arch, profile: Profile) -> bool:
    return axis not in COLUMN_AXES or COLUMN_AXES[axis](arch, profile)


def expand(case: Case, arches: list[Arch], profiles: list[Profile], scale: int = 1) -> list[Cell]:
    """Cells for every variant x arch x profile, skipping profiles that do not apply to the arch
    (musl-gcc is amd64 only) or do not build the case's language (gccgo builds only Go cases).
    An axis that does not expand in a column (COLUMN_AXES) is left out of that column's variants."""
    axes = [[(axis, v) for v in values] for axis, values in case.variants]
    cells, seen = [], set()
    for combo in itertools.product(*axes):
        for arch in arches:
            for profile in profiles:
                if not (profile.applies_to(arch) and case.lang in profile.langs):
                    continue
                variant = tuple((axis, v) for axis, v in combo if _applies(axis, arch, profile))
                if (variant, arch.name, profile.name) not in seen:
                    seen.add((variant, arch.name, profile.name))
                    cells.append(Cell(case, variant, arch, profile, scale))
    return cells
