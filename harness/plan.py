"""A cell's plan: every command the cell runs, decided once.

`make(cell, probe, ...)` turns a cell into a CellPlan: each build step (argv, environment,
timeout, expected error), the ELF checks that apply, each run step (argv with the runner,
environment, timeout, expectations) and each gdb session (gdb and qemu argv, timeout,
expect/reject). The runner (execute.py) executes a plan; repro.py prints the same plan as POSIX
shell. Nothing else computes a command, so the two cannot disagree
(harness/tests/test_plan.py checks it word for word on every case, arch and profile).

Two things are only known where the plan is carried out, and stand in the plan as placeholders:
DIR, the directory the cell builds and runs in (the runner's work/ or staging directory,
repro.sh's $PWD), and PORT, qemu's gdbstub port (the runner picks a free one, repro.sh derives
one from its PID).
"""
from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path

from elftools.elf import enums

from . import coverage, gobuild, remote, secure
from .cells import Cell
from .expr import evaluate
from .manifest import ElfCheck, GdbStep
from .probe import Probe

DIR = "@DSOCONF_DIR@"
PORT = "@DSOCONF_PORT@"

BASE_CFLAGS = ("-std=gnu11", "-Wall", "-Wextra", "-Werror", "-pthread", "-I.")
BASE_CXXFLAGS = ("-std=gnu++17", "-Wall", "-Wextra", "-Werror", "-pthread", "-I.")
RPATH = "-Wl,-rpath,$ORIGIN"
BUILD_TIMEOUT = 300.0
BOARD_TIMEOUT = 120.0                   # copying a cell's files to a board, removing them
GDB = "gdb-multiarch"
GDB_SETTINGS = ("set pagination off", "set confirm off", "set width 0", "set breakpoint pending on",
                "set tcp connect-timeout 20")


@dataclass(frozen=True)
class BuildCmd:
    n: int                              # 1-based step number
    out: str
    kind: str
    argv: tuple[str, ...]
    env: tuple[tuple[str, str], ...]    # added to the environment (go steps); values may hold DIR
    timeout: float
    build_error: str | None             # the step must fail with output matching this regex


@dataclass(frozen=True)
class ElfCmd:
    n: int
    check: ElfCheck
    relocs: tuple[tuple[str, tuple[tuple[int, str], ...]], ...]   # each named relocation -> (number, real name)
    error: str = ""                     # the check cannot be judged in this cell (an unmapped name)

    @property
    def file(self) -> str:
        return self.check.file


@dataclass(frozen=True)
class RunCmd:
    n: int
    argv: tuple[str, ...]               # the runner prefix (qemu ...) included
    env: tuple[tuple[str, str], ...]    # added to the environment; values may hold DIR
    timeout: float
    exit: int
    stdout: str | None
    stdout_re: str | None
    stderr_re: str | None


@dataclass(frozen=True)
class GdbCmd:
    n: int
    gdb: tuple[str, ...]                # may hold DIR and PORT
    qemu: tuple[str, ...]               # () natively; else the program under qemu's gdbstub on PORT
    env: tuple[tuple[str, str], ...]
    timeout: float
    expect: tuple[str, ...]
    reject: tuple[str, ...]


@dataclass(frozen=True)
class BoardCmds:
    """A board cell's transfers (harness/remote.py): before the runs, tar | ssh puts DIR's files
    in the board's RDIR; after them (whatever happened), ssh removes RDIR."""
    tar: tuple[str, ...]
    push: tuple[str, ...]               # reads the tar stream on stdin
    cleanup: tuple[str, ...]
    timeout: float


@dataclass(frozen=True)
class CellPlan:
    cell: Cell
    sources: tuple[tuple[str, Path], ...]    # name in the build directory -> file (module mode: + go.mod files)
    builds: tuple[BuildCmd, ...]
    elf: tuple[ElfCmd, ...]
    runs: tuple[RunCmd, ...]
    gdbs: tuple[GdbCmd, ...]
    go_std: gobuild.StdShared | None         # the shared std a go step links against
    cache_root: Path
    board: BoardCmds | None = None           # the runs and gdb sessions go to a board over ssh

    @property
    def native(self) -> bool:
        """The program runs where gdb starts it itself (no qemu gdbstub to wait for)."""
        return not self.cell.arch.runner_argv()


def fill(text: str, directory: str | Path, port: int | str | None = None) -> str:
    """A plan word with its placeholders replaced."""
    text = text.replace(DIR, str(directory))
    return text.replace(PORT, str(port)) if port is not None else text


def source_files(cell: Cell, check_h: Path) -> dict[str, Path]:
    """Name in the build directory -> file: the case's files and check.h."""
    files = {name: cell.case.dir / name for name in cell.case.sources}
    files.setdefault("check.h", check_h)
    return files


def _c_argv(cell: Cell, step) -> list[str]:
    prof = cell.profile.for_arch(cell.arch)
    sub = cell.substitute
    if step.kind == "archive":
        return [prof.ar, "rcs", step.out, *step.src]
    driver, base = (prof.cxx, BASE_CXXFLAGS) if step.lang == "c++" else (prof.cc, BASE_CFLAGS)
    argv = [driver, *base, *coverage.step_cflags(prof.cflags, step)]
    if step.kind == "shared":
        argv += ["-fPIC", "-shared", f"-Wl,-soname,{step.out}"]
    elif step.kind == "object":
        argv += ["-c"]
    argv += [sub(f) for f in step.cflags]
    argv += list(step.src)
    if step.kind == "object":
        return argv + ["-o", step.out]
    argv += list(step.link)
    argv += ["-o", step.out, *prof.ldflags, *(sub(f) for f in step.ldflags)]
    return argv + [RPATH] if step.rpath else argv


def _builds(cell: Cell, probe: Probe | None, cache_root: Path) -> tuple[list[BuildCmd], gobuild.StdShared | None]:
    cmds, std = [], None
    for i, step in enumerate(cell.case.build):
        if step.kind == "go":
            where = gobuild.std_location(cell, step, probe, cache_root)
            std = std or where
            argv = gobuild.argv(cell, step, where)
            env = gobuild.env(cell, step, gobuild.go_home(cache_root), Path(DIR), where)
        else:
            argv, env = _c_argv(cell, step), {}
        cmds.append(BuildCmd(i + 1, step.out, step.kind, tuple(argv), tuple(env.items()), BUILD_TIMEOUT,
                             step.build_error))
    return cmds, std


# A real relocation name an arch file does not list: pyelftools' numbers (right for these machines'
# classic relocations; the arch files list the ones it gets wrong).
_PYELFTOOLS_RELOCS = {
    "EM_X86_64": enums.ENUM_RELOC_TYPE_x64, "EM_AARCH64": enums.ENUM_RELOC_TYPE_AARCH64,
    "EM_ARM": enums.ENUM_RELOC_TYPE_ARM, "EM_PPC64": enums.ENUM_RELOC_TYPE_PPC64, "EM_386": enums.ENUM_RELOC_TYPE_i386,
}


def _reloc_numbers(arch, name: str) -> dict[int, str] | None:
    mapped = arch.reloc_types(name)
    if mapped is None and name in _PYELFTOOLS_RELOCS.get(arch.elf_machine, {}):
        return {_PYELFTOOLS_RELOCS[arch.elf_machine][name]: name}
    return mapped


def _elf(cell: Cell, features: frozenset[str]) -> list[ElfCmd]:
    cmds = []
    for i, check in enumerate(cell.case.elf):
        if check.when and not evaluate(check.when, features, cell.axes):
            continue
        relocs, error = [], ""
        for name in check.symbol_reloc_names():
            mapped = _reloc_numbers(cell.arch, name)
            if mapped is None:
                error = (f"relocation {name!r} has no mapping for {cell.arch.name} ({cell.arch.path}); "
                         f"guard the check with `when`")
            elif not mapped:
                error = f"{name} maps to names without numbers in {cell.arch.path}"
            else:
                relocs.append((name, tuple(sorted(mapped.items()))))
        cmds.append(ElfCmd(i + 1, check, tuple(relocs), error))
    return cmds


def _run_env(cell: Cell, extra: dict[str, str], index: int) -> tuple[list[str], dict[str, str]]:
    """The runner prefix and the environment of run step `index`.

    Natively the extra environment is the process's. Under qemu-user, LD_* variables must reach
    only the guest (they would change the emulator itself), so they go in `-E VAR=value`; qemu
    splits -E on commas, so every other variable goes in the emulator's environment, which
    qemu-user passes on to the guest. A secure-execution step starts with secure.PREFIX, which must
    not see LD_* either: natively they follow it through env(1).
    """
    step = cell.case.run[index]
    env = {k: cell.substitute(v) for k, v in step.env}
    runner = list(cell.arch.runner_argv())
    loader_only = {k: v for k, v in env.items() if k.startswith("LD_")}
    if runner:
        for k, v in loader_only.items():
            if "," in v:
                raise ValueError(f"run[{index}].env.{k}: qemu -E cannot pass a value with a comma")
            runner += ["-E", f"{k}={v}"]
    elif step.secure and loader_only:
        runner = ["env", *(f"{k}={v}" for k, v in loader_only.items())]
    else:
        loader_only = {}
    env = {k: v for k, v in env.items() if k not in loader_only}
    if step.secure:
        runner = [*secure.PREFIX, *runner]
    return runner, {**env, **extra}


def gdb_argv(cell: Cell, step: GdbStep, work: Path | str, port: int | str | None,
             target: str | None = None, solib_dirs: tuple[str, ...] = ()) -> list[str]:
    """Natively gdb starts the program with `starti`; under qemu the program waits for gdb at its
    first instruction (qemu_argv) and gdb connects with `target remote` (retrying until qemu listens);
    on a board `target` is `| ssh ... gdbserver - ./prog` (remote.gdbserver_argv). A remote gdb reads
    shared libraries from the arch sysroot and the solib search path: the work directory, then
    `solib_dirs` (where Go's shared libraries are: gobuild.solib_dirs)."""
    args = [cell.substitute(a) for a in step.argv]
    lines = list(GDB_SETTINGS)
    if port is None and target is None:
        lines += ["starti"]
    else:
        lines += [f"set sysroot {cell.arch.sysroot}", f"set solib-search-path {':'.join([str(work), *solib_dirs])}", f"file {args[0]}",
                  f"target remote {target or f'127.0.0.1:{port}'}"]
    lines += [cell.substitute(c) for c in step.commands] + ["kill"]
    argv = [GDB, "-nx", "-batch"]
    for line in lines:
        argv += ["-ex", line]
    if port is None and target is None:
        argv += ["--args", *args]
    return argv


def qemu_argv(cell: Cell, step: GdbStep, port: int | str) -> list[str]:
    return [*cell.arch.runner_argv(), "-g", str(port), *(cell.substitute(a) for a in step.argv)]


def run_timeout(cell: Cell, index: int, scale: float = 1.0) -> float:
    step = cell.case.run[index]
    return (step.timeout or cell.case.timeout) * cell.arch.timeout_factor * cell.scale * scale


def gdb_timeout(cell: Cell, index: int, scale: float = 1.0) -> float:
    """A gdb session gets at least 30 s (qemu start-up, symbol loading) before the arch factor."""
    step = cell.case.gdb[index]
    return (step.timeout or max(cell.case.timeout, 30.0)) * cell.arch.timeout_factor * cell.scale * scale


def make(cell: Cell, probe: Probe | None, cache_root: Path, check_h: Path, *, timeout_scale: float = 1.0,
         coverage_env: dict[str, str] | None = None) -> CellPlan:
    """The plan of `cell`. `coverage_env` (coverage runs) is added to every run and gdb session;
    its values may hold DIR. Raises ValueError for a run step qemu cannot express."""
    sub = cell.substitute
    extra = dict(coverage_env or {})
    board = cell.arch.board
    if board is not None and extra:
        raise ValueError(f"coverage runs cannot collect .gcda files from board {board.name}")
    builds, std = _builds(cell, probe, cache_root)
    runs = []
    for i, step in enumerate(cell.case.run):
        runner, env = _run_env(cell, extra, i)
        argv, timeout = runner + [sub(a) for a in step.argv], run_timeout(cell, i, timeout_scale)
        if board is not None:
            argv, env = remote.run_argv(board, argv, env, timeout, DIR), {}
        runs.append(RunCmd(i + 1, tuple(argv), tuple(env.items()), timeout, step.exit,
                           None if step.stdout is None else sub(step.stdout),
                           None if step.stdout_re is None else sub(step.stdout_re),
                           None if step.stderr_re is None else sub(step.stderr_re)))
    native = not cell.arch.runner_argv()
    gdbs = []
    for i, step in enumerate(cell.case.gdb):
        port = None if native else PORT
        timeout = gdb_timeout(cell, i, timeout_scale)
        target = None
        if board is not None:
            server = remote.gdbserver_argv(board, [sub(a) for a in step.argv], {}, timeout, DIR)
            target = "| " + shlex.join(server)       # gdb runs it with /bin/sh: every word quoted
        gdbs.append(GdbCmd(i + 1, tuple(gdb_argv(cell, step, DIR, port, target, gobuild.solib_dirs(cell, std, DIR))),
                           () if native else tuple(qemu_argv(cell, step, PORT)), tuple(extra.items()),
                           timeout, tuple(sub(rx) for rx in step.expect), tuple(sub(rx) for rx in step.reject)))
    board_cmds = None
    if board is not None:
        tar, push = remote.push_argv(board, DIR)
        board_cmds = BoardCmds(tuple(tar), tuple(push), tuple(remote.cleanup_argv(board)), BOARD_TIMEOUT)
    sources = {**source_files(cell, check_h), **gobuild.module_sources(cell, probe, cache_root)}
    return CellPlan(cell, tuple(sources.items()), tuple(builds),
                    tuple(_elf(cell, cell.features(probe))), tuple(runs), tuple(gdbs), std, cache_root, board_cmds)
