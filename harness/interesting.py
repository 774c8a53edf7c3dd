"""The interestingness test of `harness reduce`: does a candidate case still fail as the cell did?

A candidate (a case directory) is judged exactly as a matrix cell is: load_case, the cell's plan
(plan.py), built and run by execute.py, judged into a status and a reason. It is interesting when
the status is the target's and the reason is the target's once what a reduction may legitimately
change is masked (`signature`): line and column numbers after a file name (a CHECK's `main.c:12:`,
a compiler's `main.c:3:5:`), step numbers (a dropped step renumbers the rest), addresses (0x and six
or more hex digits: `%p`, dli_saddr), gcc's temporary file names, and the cell's own directory. Every
other word stays: the failing CHECK's expression and values, the expected and actual output line,
the signal, the error text. `--reason-re` replaces the comparison with a regex of the user's.
Control cells (the same case on columns where it passes) must keep their status too: without them
a wrong-output failure drifts into a program whose expectation is wrong everywhere (a hidden
function made global "fails" the same way as the linker bug it was written for).

`python3 -m harness reduce-test SPEC FILE` (or `python3 -m harness.interesting SPEC FILE`, which
C-Vise's script runs: it skips importing the whole CLI, 0.5 s of every test) is the program C-Vise runs: in C-Vise's scratch
directory, holding its candidate of FILE (a path inside the case), it copies the current best case
there, puts the candidate in place, judges it and exits 0 when it is interesting, 1 when not.
"""
from __future__ import annotations

import json
import re
import shutil
import os
import signal
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from . import probe as probing
from .cache import BuildCache
from .cells import expand
from .execute import Context, execute
from .manifest import ManifestError, load_case
from .platforms import ROOT, ConfigError, select_arches, select_profiles
from .results import Result

SPEC_FILE = "spec.json"
TESTS_LOG = "tests.log"           # beside spec.json: one line per judgement (reduce counts them)
CELL_DIR_MASK = "<CELL>"

MASKS = (
    (re.compile(r"\b0x[0-9a-fA-F]{6,}\b"), "0xADDR"),                       # addresses
    (re.compile(r"([\w.+-]+\.(?:c|h|cc|cpp|cxx|hh|hpp|hxx|C|S|s)):\d+(?::\d+)?\b"), r"\1:N"),   # file:line[:col]
    (re.compile(r"\b(run|gdb|build step|elf check) \d+\b"), r"\1 N"),       # step numbers
    (re.compile(r"\bcc[A-Za-z0-9]{6}\.(o|s|ltrans\d*\.o)\b"), r"ccTEMP.\1"),  # gcc's temporary files
)


def signature(reason: str, cell_dirs: tuple[str, ...] = ()) -> str:
    """`reason` with what a reduction may change masked (see the module's doc)."""
    for d in cell_dirs:
        if d:
            reason = reason.replace(d, CELL_DIR_MASK)
    for rx, replacement in MASKS:
        reason = rx.sub(replacement, reason)
    return reason


@dataclass(frozen=True)
class Spec:
    """What every judgement of one reduction needs, written once as spec.json."""
    cell: str                     # the cell id: <family>/<case>/<variant>/<arch>-<profile>
    case: str                     # the case id
    arch: str
    profile: str
    profile_files: tuple[str, ...]
    probes: str                   # probes.json holding the column's probe
    best: str                     # the current best case directory (C-Vise reduces one of its files)
    status: str                   # the target status
    signature: str                # the target reason, masked
    reason_re: str = ""           # instead of the signature: a regex the reason must match
    timeout_scale: float = 1.0
    # control cells: (cell id, arch, profile, status) -- the same case on another column, which must
    # keep its status (PASS): a wrong-output failure must not drift into a case whose expectation is
    # simply wrong everywhere
    controls: tuple[tuple[str, str, str, str], ...] = ()

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=1) + "\n")

    @classmethod
    def load(cls, path: Path) -> "Spec":
        data = json.loads(path.read_text())
        data["profile_files"] = tuple(data["profile_files"])
        data["controls"] = tuple(tuple(c) for c in data.get("controls", ()))
        return cls(**data)


def is_interesting(spec: Spec, result: Result, cell_dir: Path) -> bool:
    if result.status != spec.status:
        return False
    if spec.reason_re:
        return re.search(spec.reason_re, result.reason) is not None
    return signature(result.reason, (str(cell_dir),)) == spec.signature


def judge(spec: Spec, case_dir: Path, scratch: Path, cell_id: str, arch: str, profile: str
          ) -> tuple[Result | None, Path]:
    """Run the cell `cell_id` of the case in `case_dir` (which must be <cases root>/<case id>) as
    the matrix does, with its build cache and run directory in `scratch`. (None, ...) when the
    candidate is not even a case with that cell (a broken case.toml, a lost variant)."""
    cases_root = case_dir
    for _ in spec.case.split("/"):
        cases_root = cases_root.parent
    try:
        case = load_case(case_dir / "case.toml", cases_root)
        arches = select_arches(arch, ROOT)
        profiles = select_profiles(profile, list(spec.profile_files))
    except (ManifestError, ConfigError):
        return None, scratch
    cells = [c for c in expand(case, arches, profiles) if c.id == cell_id]
    if not cells:
        return None, scratch
    run_dir = scratch / "run"
    run_dir.mkdir(parents=True, exist_ok=True)
    check_h = case_dir / "check.h"
    ctx = Context(run_dir, BuildCache(scratch / "cache"), check_h if check_h.exists() else
                  ROOT / "cases" / "lib" / "check.h", probing.load(Path(spec.probes)), spec.timeout_scale)
    return execute(cells[0], ctx), ctx.cell_dir(cells[0])


def judge_interesting(spec: Spec, case_dir: Path, scratch: Path) -> tuple[bool, str]:
    """(interesting, "STATUS: reason") of the case in case_dir: the cell fails as it did, and then
    every control cell keeps its status."""
    result, cell_dir = judge(spec, case_dir, scratch / "cell", spec.cell, spec.arch, spec.profile)
    if result is None:
        return False, "not a case with this cell"
    outcome = f"{result.status}: {result.reason}"
    if not is_interesting(spec, result, cell_dir):
        return False, outcome
    for cell_id, arch, profile, status in spec.controls:
        control, _ = judge(spec, case_dir, scratch / f"control-{arch}-{profile}", cell_id, arch, profile)
        if control is None or control.status != status:
            got = f"{control.status}: {control.reason}" if control else "no such cell"
            return False, f"{outcome}; but control {arch}-{profile} is {got}, not {status}"
    return True, outcome


def _terminate(signum, frame) -> None:
    # C-Vise (and the script's `timeout`) stop a test with SIGTERM: unwind, so that run_process
    # kills the process group of the build or run step under way.
    raise SystemExit(124)


def test_main(spec_path: Path, rel: str) -> int:
    """The interestingness test: in the current directory (C-Vise's), the candidate of `rel`."""
    signal.signal(signal.SIGTERM, _terminate)
    spec = Spec.load(spec_path)
    here = Path.cwd()
    candidate = here / Path(rel).name
    scratch = here / ".dsoconf-judge"
    case_dir = scratch / "cases" / spec.case
    try:
        shutil.copytree(spec.best, case_dir)
        shutil.copyfile(candidate, case_dir / rel)
        interesting, what = judge_interesting(spec, case_dir, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    log_judgement(spec_path.parent, rel, interesting, what)
    print(("interesting: " if interesting else "not interesting: ") + what)
    return 0 if interesting else 1


def log_judgement(workspace: Path, what_changed: str, interesting: bool, outcome: str) -> None:
    """One line in the reduction's tests.log (appended whole: C-Vise runs tests in parallel)."""
    line = f"{'yes' if interesting else 'no '} {what_changed}: {outcome[:200]}".replace("\n", " ") + "\n"
    fd = os.open(workspace / TESTS_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode(errors="replace"))
    finally:
        os.close(fd)


def add_parser(sub) -> None:
    s = sub.add_parser("reduce-test", help="(run by C-Vise for `reduce`) judge a candidate: exit 0 when it "
                                          "fails as the reduced cell did")
    s.add_argument("spec", help="the reduction's spec.json")
    s.add_argument("file", help="the path, inside the case, of the file C-Vise is reducing")
    s.set_defaults(fn=lambda a, extra: test_main(Path(a.spec), a.file))


if __name__ == "__main__":
    sys.exit(test_main(Path(sys.argv[1]), sys.argv[2]))
