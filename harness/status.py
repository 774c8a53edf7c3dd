"""The status vocabulary (lit's) and what each status means wherever a status is read: the exit code
of a run, JUnit, DejaGnu, compare against a baseline, and the coverage gate."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Status:
    name: str
    meaning: str
    bad: bool          # fails a run (make matrix exits non-zero); as a new status after a good one: a regression
    good: bool         # what a baseline expects to stay: leaving a bad status for it is a progression
    junit: str         # "pass", "failure", "error" or "skipped"
    dejagnu: str       # the result word of a DejaGnu .sum line
    ran_to_end: bool   # the cell's programs ran as far as they meant to (the coverage gate judges them)


_ALL = (
    Status("PASS", "the cell met every expectation", False, True, "pass", "PASS", True),
    Status("FAIL", "an expectation was broken: output, exit code, signal, ELF check, build expectation",
           True, False, "failure", "FAIL", False),
    Status("XFAIL", "failed as the cited bug says it does", False, True, "skipped", "XFAIL", False),
    Status("XPASS", "a cited bug seems fixed: the cell passed", True, False, "failure", "XPASS", True),
    Status("UNSUPPORTED", "a rule, a failed probe or the program (exit 77) says this cell cannot run here",
           False, False, "skipped", "UNSUPPORTED", True),
    Status("UNRESOLVED", "the cell could not be judged: bad case, a build that should work failed, harness error",
           True, False, "error", "UNRESOLVED", False),
    Status("TIMEOUT", "the process group was killed at the time limit", True, False, "failure", "FAIL", False),
    Status("FLAKY", "failed, then passed on the one retry: never counted as a pass", True, False, "failure",
           "FAIL", True),
)
BY_NAME = {s.name: s for s in _ALL}
STATUSES = tuple(s.name for s in _ALL)
BAD = frozenset(s.name for s in _ALL if s.bad)
GOOD = frozenset(s.name for s in _ALL if s.good)

# The phase of a cell that decided a non-PASS status (Result.phase).
PHASES = ("probe", "rule", "plan", "build", "elf", "run", "gdb")


def get(name: str) -> Status:
    return BY_NAME[name]


def is_regression(old: str, new: str) -> bool:
    """A cell got worse: a bad status after a good one (or a new bad one), or PASS -> UNSUPPORTED
    (lost coverage hides failures)."""
    return (new in BAD and old not in BAD) or (old == "PASS" and new == "UNSUPPORTED")
