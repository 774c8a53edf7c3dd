"""Write repro.sh: plain POSIX shell that rebuilds and reruns one cell from a copy of its sources."""
from __future__ import annotations

import shlex
from pathlib import Path

from . import gobuild
from .build import source_files, step_argv
from .cells import Cell
from .gdbrun import gdb_argv, qemu_argv
from .probe import Probe

PORTS_PER_SCRIPT = 8
SHELL_VARS = ("$PWD", "$port")          # argv words with these are double-quoted, so sh expands them

# re.search(rx, text) and re.search(rx, text, re.MULTILINE) in sh: perl's regexes are Python's for
# what cases use (grep -P reads line by line, and with -z its $ does not match before a final newline).
PERL_SEARCH = 'my $re = shift; my $t = <STDIN> // ""; exit($t =~ /$re/{flags} ? 0 : 1)'


def _search(rx: str, path: str, multiline: bool = False) -> str:
    """A sh test that judges a file like the harness's re.search(rx, text[, re.MULTILINE])."""
    code = PERL_SEARCH.format(flags="m" if multiline else "")
    return f"perl -0777 -e {shlex.quote(code)} {shlex.quote(rx)} < {path}"


def _word(arg: str) -> str:
    """One argv word for sh: $PWD and the gdbstub port ($port) expand, everything else is literal."""
    return f'"{arg}"' if any(v in arg for v in SHELL_VARS) else shlex.quote(arg)


def run_argv(cell: Cell, index: int) -> tuple[list[str], dict[str, str]]:
    """The argv (runner prefix included) of run step `index`, and the environment to add to the
    runner's own.

    Natively the extra environment is the process's. Under qemu-user, LD_* variables must reach
    only the guest (they would change the emulator itself), so they go in `-E VAR=value`; qemu
    splits -E on commas, so every other variable goes in the emulator's environment, which
    qemu-user passes on to the guest.
    """
    step = cell.case.run[index]
    env = {k: cell.substitute(v) for k, v in step.env}
    runner = list(cell.arch.runner_argv())
    if runner:
        guest_only = {k: v for k, v in env.items() if k.startswith("LD_")}
        for k, v in guest_only.items():
            if "," in v:
                raise ValueError(f"run[{index}].env.{k}: qemu -E cannot pass a value with a comma")
            runner += ["-E", f"{k}={v}"]
        env = {k: v for k, v in env.items() if k not in guest_only}
    return runner + [cell.substitute(a) for a in step.argv], env


def run_timeout(cell: Cell, index: int, scale: float = 1.0) -> float:
    step = cell.case.run[index]
    return (step.timeout or cell.case.timeout) * cell.arch.timeout_factor * cell.scale * scale


def gdb_timeout(cell: Cell, index: int, scale: float = 1.0) -> float:
    """A gdb session gets at least 30 s (qemu start-up, symbol loading) before the arch factor."""
    step = cell.case.gdb[index]
    return (step.timeout or max(cell.case.timeout, 30.0)) * cell.arch.timeout_factor * cell.scale * scale


def write(cell: Cell, probe: Probe | None, cell_dir: Path, check_h: Path, cache_root: Path | None = None) -> Path:
    """`cache_root` (the build cache's root) locates GOCACHE and the shared std of go steps."""
    q = shlex.quote
    case = cell.case
    lines = [
        "#!/bin/sh",
        f"# dsoconf repro for {cell.id}",
        f"# {case.title}",
        *(f"# ref: {r}" for r in case.refs),
        "# Rebuilds and reruns this cell from a copy of its sources in ./repro (or $1).",
        "# Needs only sh, coreutils, perl (for regexes) and the toolchain; exits 0 when the cell behaves as expected.",
    ]
    if probe is not None:
        lines += [f"# {tool}: {version}" for tool, version in probe.versions.items()]
    lines += [
        "set -u",
        'here=$(cd "$(dirname "$0")" && pwd)',
        'dir=${1:-"$here/repro"}',
        'rm -rf "$dir" && mkdir -p "$dir" && cd "$dir" || exit 2',
    ]
    for name in source_files(cell, check_h):
        if "/" in name:
            lines.append(f"mkdir -p {q(str(Path(name).parent))}")
        lines.append(f'cp "$here/work/{name}" {q(name)} || exit 2')
    lines.append("status=0")
    for i, step in enumerate(case.build):
        if step.kind == "go":       # its environment: GOARCH, CC, GOCACHE, GOPATH = this directory, ...
            lines += gobuild.repro_lines(cell, step, probe, cache_root or Path("."))
        argv = shlex.join(step_argv(cell, step, probe, cache_root))
        lines.append(f"echo {q('+ ' + argv)}")
        if step.build_error is not None:
            lines += [
                f"if {argv} > build{i + 1}.log 2>&1; then",
                f"  echo 'FAIL: build step {i + 1} ({step.out}) should fail but succeeded'; exit 1",
                "fi",
                f"cat build{i + 1}.log",
                f"{_search(step.build_error, f'build{i + 1}.log')} || "
                f"{{ echo {q(f'FAIL: build output does not match /{step.build_error}/')}; exit 1; }}",
                f"echo 'build step {i + 1} failed as expected'; exit 0",
            ]
            break
        lines.append(f"{argv} || {{ echo 'UNRESOLVED: build step {i + 1} ({step.out}) failed'; exit 1; }}")
    for c in case.elf:
        readelf = f"{cell.arch.triple}-readelf -rdW --dyn-syms {q(c.file)}"
        wants = {k: getattr(c, k) for k in ("relocs_include", "relocs_exclude", "dynamic_include",
                                             "dynamic_exclude", "dynsym_include", "dynsym_exclude")
                 if getattr(c, k)}
        lines.append(f"# ELF check{' when ' + c.when if c.when else ''}: {wants} -- inspect with: {readelf}")
    for i, step in enumerate(case.run):
        argv, env = run_argv(cell, i)
        prefix = "env " + " ".join(q(f"{k}={v}") for k, v in env.items()) + " " if env else ""
        timeout = run_timeout(cell, i)
        n = i + 1
        lines += [
            f"echo {q('+ ' + prefix + shlex.join(argv))}",
            f"timeout -s KILL {timeout:g} {prefix}{shlex.join(argv)} > run{n}.stdout 2> run{n}.stderr",
            "rc=$?",
            f"cat run{n}.stdout; cat run{n}.stderr >&2",
            f'[ "$rc" -eq {step.exit} ] || {{ echo "FAIL: run {n} exited $rc, expected {step.exit}"; status=1; }}',
        ]
        if step.stdout is not None:
            lines.append(f'cmp -s run{n}.stdout "$here/run{n}.expected" || '
                         f'{{ echo "FAIL: run {n} stdout differs:"; diff "$here/run{n}.expected" run{n}.stdout; status=1; }}')
        for key in ("stdout_re", "stderr_re"):
            rx = getattr(step, key)
            if rx is not None:
                stream = "stdout" if key == "stdout_re" else "stderr"
                lines.append(f"{_search(cell.substitute(rx), f'run{n}.{stream}')} || "
                             f"{{ echo {q(f'FAIL: run {n} {stream} does not match /{rx}/ (Python re)')}; status=1; }}")
    native = not cell.arch.runner_argv()
    if case.gdb and not native:
        # Several repro.sh may run at once (make bench runs them under xargs -P): each takes its
        # gdbstub ports from its own PID, the harness's runs take free ones from the kernel.
        lines.append(f"port_base=$(( 20000 + $$ % 5000 * {PORTS_PER_SCRIPT} ))")
    for i, step in enumerate(case.gdb):
        n = i + 1
        port = "$port"                  # set to $((port_base + i)) below
        gdb = gdb_argv(cell, step, Path("$PWD"), None if native else port)    # $PWD: expanded by sh
        if not native:
            lines += [f"# gdb {n}: the program waits for gdb under qemu's gdbstub on port $port",
                      f"port=$((port_base + {i % PORTS_PER_SCRIPT}))",
                      " ".join(_word(a) for a in qemu_argv(cell, step, port)) + f" > gdb{n}.qemu 2>&1 &",
                      "qemu_pid=$!"]
        lines += [f"echo {q('+ ' + shlex.join(gdb))}".replace("$port", "'\"$port\"'"),   # the number
                  f"timeout -s KILL {gdb_timeout(cell, i):g} "
                  + " ".join(_word(a) for a in gdb) + f" > gdb{n}.out 2>&1",
                  f"cat gdb{n}.out"]
        if not native:
            lines.append('kill -9 "$qemu_pid" 2>/dev/null; wait "$qemu_pid" 2>/dev/null')
        for rx in step.expect:
            lines.append(f"{_search(cell.substitute(rx), f'gdb{n}.out', multiline=True)} || "
                         f"{{ echo {q(f'FAIL: gdb {n} output does not match /{rx}/')}; status=1; }}")
        for rx in step.reject:
            lines.append(f"{_search(cell.substitute(rx), f'gdb{n}.out', multiline=True)} && "
                         f"{{ echo {q(f'FAIL: gdb {n} output matches /{rx}/')}; status=1; }}")
    lines += ['[ "$status" -eq 0 ] && echo "PASS: behaves as expected"', 'exit "$status"', ""]
    for i, step in enumerate(case.run):
        if step.stdout is not None:
            (cell_dir / f"run{i + 1}.expected").write_text(cell.substitute(step.stdout))
    path = cell_dir / "repro.sh"
    path.write_text("\n".join(lines))
    path.chmod(0o755)
    return path
