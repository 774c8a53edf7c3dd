"""Coverage mode of a run (`harness run --coverage`): what changes in the cells.

- C build steps get `--coverage` (compile and link) and -DDSOCONF_COVERAGE (check.h then dumps
  the counts before an _exit()), through the profile's C flags, so the build cache key, the build
  log and repro.sh change with it. A step that links without the C library (-nostdlib,
  -nodefaultlibs) is left alone: libgcov needs libc.
- Programs run with GCOV_PREFIX/GCOV_PREFIX_STRIP: a .gcda file is written at the absolute path of
  its object at compile time -- a build-cache staging directory that is renamed away -- so the
  staging directory's components are stripped and the cell's work/ directory put in front. The
  variables do not start with LD_, so under qemu-user they reach the guest through the emulator's
  own environment (plan._run_env). repro.sh needs neither: it compiles in its own directory.

The reports and the CHECK gate built from those .gcda files: covreport.py.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .cache import BuildCache
from .manifest import BuildStep
from .platforms import Profile

COVERAGE_FLAG = "--coverage"
# check.h then makes _exit() dump the counts first (a forked child that _exit()s keeps them).
COVERAGE_FLAGS = (COVERAGE_FLAG, "-DDSOCONF_COVERAGE")
NO_LIBC_FLAGS = frozenset({"-nostdlib", "-nodefaultlibs"})


def instrument(profile: Profile) -> Profile:
    """The profile with --coverage among its C flags (the cell ids do not change)."""
    if "c" not in profile.langs or COVERAGE_FLAG in profile.cflags:
        return profile
    return replace(profile, cflags=(*profile.cflags, *COVERAGE_FLAGS))


def step_cflags(cflags: tuple[str, ...], step: BuildStep) -> tuple[str, ...]:
    """The profile's C flags for one build step: without --coverage when the step links no libc."""
    if COVERAGE_FLAG in cflags and NO_LIBC_FLAGS.intersection((*step.cflags, *step.ldflags)):
        return tuple(f for f in cflags if f not in COVERAGE_FLAGS)
    return cflags


def gcov_env(work: Path, cache: BuildCache) -> dict[str, str]:
    """Environment that makes a coverage build's programs write their .gcda files into `work`."""
    return {"GCOV_PREFIX": str(work), "GCOV_PREFIX_STRIP": str(cache.staging_depth())}
