"""Print a cell's plan as repro.sh: plain POSIX shell that rebuilds, reruns and judges the cell
from a copy of its sources, exactly as the harness did (harness/plan.py decides every command).

Every planned command goes through one shell function, `planned TIMEOUT ARGV...`, which runs it
under `timeout -s KILL` -- or, when DSOCONF_PLAN_LOG names a file, only appends its words there
(NUL-separated, after their count) and returns 0: the parity self-test runs repro.sh that way and
compares the words sh really passes with the plan.
"""
from __future__ import annotations

import json
import shlex
from pathlib import Path

from . import gobuild, remote
from .plan import DIR, PORT, CellPlan, ElfCmd, fill
from .probe import Probe

PORTS_PER_SCRIPT = 8
SH_DIR, SH_PORT = "$PWD", "$port"        # what DIR and PORT become in repro.sh
SH_RDIR = "$rdir"                        # and a board cell's directory on the board (remote.RDIR)
SHELL_VARS = (SH_DIR, SH_PORT, SH_RDIR)  # argv words with these are double-quoted, so sh expands them
PLAN_FILE = "plan.json"

PLANNED = r'''planned() {  # planned TIMEOUT ARGV...: one command of the harness's plan
  if [ -n "${DSOCONF_PLAN_LOG:-}" ]; then
    printf '%s\0' "$#" "$@" >> "$DSOCONF_PLAN_LOG"; return 0
  fi
  timeout -s KILL "$@"
}
planned_bg() {  # the same, in the background ($! is its PID)
  if [ -n "${DSOCONF_PLAN_LOG:-}" ]; then planned "$@"; : & return 0; fi
  timeout -s KILL "$@" &
}'''

# re.search(rx, text) and re.search(rx, text, re.MULTILINE) in sh: perl's regexes are Python's for
# what cases use (grep -P reads line by line, and with -z its $ does not match before a final newline).
PERL_SEARCH = 'my $re = shift; my $t = <STDIN> // ""; exit($t =~ /$re/{flags} ? 0 : 1)'

# An [[elf]] check judged from readelf's output, as harness/elfcheck.py judges it with pyelftools:
# dynamic relocations (every relocation of an object file) by type number, DT_* tags and DF_*/DF_1_*
# flags, DT_NEEDED, defined dynamic symbols (name, name@@VER, name@VER), GNU property features.
# Arguments: FILE, then expectations KIND:WANT:NAME[:NUMBER,...] (WANT 1 = must hold, 0 = must not).
# What repro.sh's ELF judge reads: readelf's headers, sections, program headers, relocations,
# dynamic section, dynamic symbols and notes.
READELF_OPTIONS = ("-W", "-h", "-S", "-l", "-r", "-d", "--dyn-syms", "-n")
ELF_JUDGE = r'''
my $file = shift; my $text = do { local $/; <STDIN> };
my $elf64 = $text =~ /^\s*Class:\s+ELF64/m; my $rel = $text =~ /^\s*Type:\s+REL\b/m;
my (%alloc, %relocs, %symrelocs, %tags, %needed, %syms, %imports, %attrs, %props, %segs, $tlsalign, $sec);
while ($text =~ /^\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+[0-9a-f]+\s+[0-9a-f]+\s+[0-9a-f]+\s+[0-9a-f]+\s+(\S*)/mg) {
  my ($name, $flags) = ($1, $2); $alloc{$name} = 1 if $flags =~ /A/;
}
for (split /\n/, $text) {
  if (/^Relocation section '([^']+)'/) { $sec = $1; next; }
  if (/^Symbol table '/) { $sec = undef; }
  if (defined $sec && /^\s*[0-9a-f]+\s+([0-9a-f]+)\s+\S+(?:\s+[0-9a-f]+\s+([^\s@]+))?/ && ($rel || $alloc{$sec})) {
    my $info = hex($1); my $type = $elf64 ? $info % 4294967296 : $info % 256; $relocs{$type} = 1;
    $symrelocs{"$type $2"} = 1 if defined $2;
  }
  if (/^\s+(\w+)\s+0x[0-9a-f]+\s+0x[0-9a-f]+\s+0x[0-9a-f]+\s+0x[0-9a-f]+\s+0x[0-9a-f]+ (.{3}) 0x([0-9a-f]+)\s*$/) {
    my ($type, $flags, $align) = ($1, $2, hex($3)); $flags =~ s/\s//g; $segs{$type} = 1; $segs{"$type $flags"} = 1;
    $tlsalign = $align if $type eq 'TLS';
  }
  if (/^\s*0x[0-9a-f]+\s+\((\w+)\)\s+(.*)$/) {
    my ($tag, $v) = ($1, $2); $tags{"DT_$tag"} = 1;
    $needed{$1} = 1 if $tag eq 'NEEDED' && $v =~ /\[(.*)\]/;
    if ($tag eq 'FLAGS') { $tags{"DF_$_"} = 1 for split ' ', $v; }
    if ($tag eq 'FLAGS_1') { $v =~ s/^Flags:\s*//; $tags{"DF_1_$_"} = 1 for split ' ', $v; }
  }
  if (/^\s*\d+:\s+[0-9a-f]+\s+\S+\s+(\S+)\s+(\S+)\s+(\S+)(?:\s+\[[^\]]*\])?\s+(\S+)\s+(\S+)/) {
    my ($words, $ndx, $full) = ("$1 $2 $3", $4, $5); my ($name) = $full =~ /^([^@]*)/;
    my $names = $ndx eq 'UND' ? \%imports : \%syms; $names->{$name} = 1; $names->{$full} = 1 if $full =~ /@/;
    push @{$attrs{$name}}, $words;
  }
  if (/(?:x86|AArch64) feature: (.*)$/) { $props{$_} = 1 for split /,\s*/, $1; }
}
my $bad = 0;
for (@ARGV) {
  my ($kind, $want, $name, $nums) = split /:/, $_, 4; my $has;
  if ($kind eq 'reloc') { $has = grep { $relocs{$_} } split /,/, $nums; }
  elsif ($kind eq 'tag') { $has = $name =~ /^D[TF]_/ ? $tags{$name}
                                 : ($tags{"DT_$name"} || $tags{"DF_$name"} || $tags{"DF_1_$name"}); }
  elsif ($kind eq 'needed') { $has = $needed{$name}; }
  elsif ($kind eq 'sym') { $has = $syms{$name}; }
  elsif ($kind eq 'prop') { $has = $props{$name}; }
  elsif ($kind eq 'import') { $has = $imports{$name}; }
  elsif ($kind eq 'seg') { $has = $segs{$name}; }
  elsif ($kind eq 'symreloc') { my ($r, $s) = split ' ', $name; $has = grep { $symrelocs{"$_ $s"} } split /,/, $nums; }
  elsif ($kind eq 'attr') { my ($s, $w) = split ' ', $name; my $e = $attrs{$s} || [];
                            $has = @$e && !grep { !/(^| )$w( |$)/ } @$e; }
  elsif ($kind eq 'tlsalign') { $has = defined $tlsalign && $tlsalign >= $name; }
  next if !!$has == !!$want;
  my %say = (reloc => ["no $name relocation", "unexpected $name relocation"],
             tag => ["dynamic section lacks $name", "dynamic section has $name"],
             needed => ["no DT_NEEDED $name", "unexpected DT_NEEDED $name"],
             sym => ["$name is not defined in .dynsym", "$name is exported in .dynsym"],
             prop => ["GNU property $name not set", "GNU property $name is set"],
             import => ["$name is not imported", "$name is imported"],
             seg => ["no $name program header", "has a $name program header"],
             symreloc => [sprintf("no %s relocation against %s", split ' ', $name),
                          sprintf("unexpected %s relocation against %s", split ' ', $name)],
             attr => [sprintf("not every .dynsym %s is %s", split ' ', $name)],
             tlsalign => [defined $tlsalign ? "PT_TLS alignment $tlsalign is below $name" : "no PT_TLS program header"]);
  print "FAIL: $file: $say{$kind}[$want ? 0 : 1]\n"; $bad = 1;
}
exit $bad;
'''


def _search(rx: str, path: str, multiline: bool = False) -> str:
    """A sh test that judges a file like the harness's re.search(rx, text[, re.MULTILINE])."""
    code = PERL_SEARCH.format(flags="m" if multiline else "")
    return f"perl -0777 -e {shlex.quote(code)} {shlex.quote(rx)} < {path}"


def word(arg: str) -> str:
    """One planned argv word for sh: DIR becomes $PWD, PORT $port and RDIR $rdir, expanded by sh;
    the rest is literal."""
    text = remote.fill(fill(arg, SH_DIR, SH_PORT), SH_RDIR)
    if not any(v in text for v in SHELL_VARS):
        return shlex.quote(text)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") \
        .replace("$", "\\$").replace("\\$PWD", "$PWD").replace("\\$port", "$port") \
        .replace("\\$rdir", "$rdir") + '"'


def command(timeout: float, env: tuple[tuple[str, str], ...], argv: tuple[str, ...]) -> str:
    """`planned TIMEOUT [env VAR=value ...] ARGV...` for sh."""
    words = [f"{timeout:g}"] + (["env", *(f"{k}={v}" for k, v in env)] if env else []) + list(argv)
    return "planned " + " ".join(word(w) for w in words)


def planned_words(timeout: float, env: tuple[tuple[str, str], ...], argv: tuple[str, ...],
                  directory: str, port: str, rdir: str = remote.RDIR) -> list[str]:
    """The words `planned` receives for a command, with the placeholders as sh fills them in."""
    words = [f"{timeout:g}"] + (["env", *(f"{k}={v}" for k, v in env)] if env else []) + list(argv)
    return [remote.fill(fill(w, directory, port), rdir) for w in words]


def elf_expectations(cmd: ElfCmd) -> list[str]:
    c = cmd.check
    numbers = {name: ",".join(str(n) for n, _ in mapped) for name, mapped in cmd.relocs}
    out = [f"reloc:{int(want)}:{name}:{numbers[name]}" for names, want in
           ((c.relocs_include, True), (c.relocs_exclude, False)) for name in names]
    out += [f"symreloc:{int(want)}:{pair}:{numbers[pair.split()[0]]}" for pairs, want in
            ((c.symbol_relocs_include, True), (c.symbol_relocs_exclude, False)) for pair in pairs]
    out += [f"attr:1:{entry}" for entry in c.dynsym_attrs]
    out += [f"tlsalign:1:{c.tls_align_min}"] if c.tls_align_min is not None else []
    for kind, include, exclude in (("tag", c.dynamic_include, c.dynamic_exclude),
                                   ("import", c.imports_include, c.imports_exclude),
                                   ("seg", c.segments_include, c.segments_exclude),
                                   ("sym", c.dynsym_include, c.dynsym_exclude),
                                   ("needed", c.needed_include, c.needed_exclude),
                                   ("prop", c.property_include, c.property_exclude)):
        out += [f"{kind}:1:{n}" for n in include] + [f"{kind}:0:{n}" for n in exclude]
    return out


def _elf_lines(plan: CellPlan, only_existing: bool) -> list[str]:
    """The ELF checks; after an expected build failure only on the files that were built."""
    q = shlex.quote
    lines = []
    readelf = f"{plan.cell.arch.triple}-readelf"
    for cmd in plan.elf:
        if cmd.error:
            lines.append(f"echo {q(f'UNRESOLVED: elf check {cmd.n}: {cmd.error}')}; exit 1")
            continue
        out = f"elf{cmd.n}.txt"
        lines += [
            f"# ELF check {cmd.n}{' (when ' + cmd.check.when + ')' if cmd.check.when else ''}",
            f"if {'[ ! -f ' + q(cmd.file) + ' ]; then :; elif ' if only_existing else ''}"
            f"{readelf} {' '.join(READELF_OPTIONS)} {q(cmd.file)} > {out} 2>&1; then",
            f"  perl -e {q(ELF_JUDGE)} {q(cmd.file)} " + " ".join(q(e) for e in elf_expectations(cmd))
            + f" < {out} || status=1",
            f"else echo {q(f'FAIL: {cmd.file}: cannot read as ELF')}; status=1; fi",
        ]
    return lines


def render(plan: CellPlan, probe: Probe | None) -> str:
    q = shlex.quote
    cell, case = plan.cell, plan.cell.case
    lines = [
        "#!/bin/sh",
        f"# dsoconf repro for {cell.id}",
        f"# {case.title}",
        *(f"# ref: {r}" for r in case.refs),
        "# Rebuilds and reruns this cell from a copy of its sources in ./repro (or $1), and judges it as the",
        "# harness did. Needs only sh, coreutils, perl (regexes, ELF checks), readelf and the toolchain;",
        "# exits 0 exactly when the harness's verdict is PASS.",
    ]
    if probe is not None:
        lines += [f"# {tool}: {version}" for tool, version in probe.versions.items()]
    lines += [
        "set -u",
        PLANNED,
        'here=$(cd "$(dirname "$0")" && pwd)',
        'dir=${1:-"$here/repro"}',
        'rm -rf "$dir" && mkdir -p "$dir" && cd "$dir" || exit 2',
    ]
    for name, _ in plan.sources:
        if "/" in name:
            lines.append(f"mkdir -p {q(str(Path(name).parent))}")
        lines.append(f'cp "$here/work/{name}" {q(name)} || exit 2')
    lines.append("status=0")
    if plan.go_std is not None:
        lines += gobuild.std_repro_lines(cell, plan.go_std, plan.cache_root)
    for cmd in plan.builds:
        n = cmd.n
        tmp = dict(cmd.env).get("GOTMPDIR")
        if tmp:
            lines.append(f"mkdir -p {q(tmp)}")
        lines.append(f"echo {q('+ ' + shlex.join(fill(a, SH_DIR) for a in cmd.argv))}")
        if cmd.build_error is not None:
            lines += [
                f"if {command(cmd.timeout, cmd.env, cmd.argv)} > build{n}.log 2>&1; then",
                f"  cat build{n}.log; echo 'FAIL: build step {n} ({cmd.out}) should fail but succeeded'; status=1",
                "else",
                f"  cat build{n}.log",
                f"  {_search(cmd.build_error, f'build{n}.log')} || "
                f"{{ echo {q(f'FAIL: build output does not match /{cmd.build_error}/')}; status=1; }}",
                "fi",
            ]
            break
        lines.append(f"{command(cmd.timeout, cmd.env, cmd.argv)} || "
                     f"{{ echo 'UNRESOLVED: build step {n} ({cmd.out}) failed'; exit 1; }}")
    expected_failure = any(b.build_error is not None for b in plan.builds)
    lines += _elf_lines(plan, expected_failure)
    if expected_failure:
        lines += ['[ "$status" -eq 0 ] && echo "PASS: behaves as expected"', 'exit "$status"', ""]
        return "\n".join(lines)
    board = plan.board
    if board is not None:
        b = plan.cell.arch.board
        lines += [
            f"# The runs go to board {b.name} ({b.path}) over ssh: the files are copied to $rdir there",
            f"rdir={b.workdir}/dsoconf-repro-$$",
            f"{command(board.timeout, (), board.tar)} | {command(board.timeout, (), board.push)} || "
            f"{{ echo {q(f'UNRESOLVED: cannot copy the files to board {b.name}')}; exit 1; }}",
        ]
    for cmd in plan.runs:
        n = cmd.n
        lines += [
            f"echo {q('+ ' + shlex.join(fill(a, SH_DIR) for a in cmd.argv))}",
            f"{command(cmd.timeout, cmd.env, cmd.argv)} > run{n}.stdout 2> run{n}.stderr",
            "rc=$?",
            f"cat run{n}.stdout; cat run{n}.stderr >&2",
            f'[ "$rc" -eq {cmd.exit} ] || {{ echo "FAIL: run {n} exited $rc, expected {cmd.exit}"; status=1; }}',
        ]
        if cmd.stdout is not None:
            lines.append(f'cmp -s run{n}.stdout "$here/run{n}.expected" || '
                         f'{{ echo "FAIL: run {n} stdout differs:"; diff "$here/run{n}.expected" run{n}.stdout; status=1; }}')
        for stream, rx in (("stdout", cmd.stdout_re), ("stderr", cmd.stderr_re)):
            if rx is not None:
                lines.append(f"{_search(rx, f'run{n}.{stream}')} || "
                             f"{{ echo {q(f'FAIL: run {n} {stream} does not match /{rx}/ (Python re)')}; status=1; }}")
    if plan.gdbs and not plan.native:
        # Several repro.sh may run at once (make bench runs them under xargs -P): each takes its
        # gdbstub ports from its own PID, the harness's runs take free ones from the kernel.
        lines.append(f"port_base=$(( 20000 + $$ % 5000 * {PORTS_PER_SCRIPT} ))")
    for cmd in plan.gdbs:
        n = cmd.n
        if cmd.qemu:
            lines += [f"# gdb {n}: the program waits for gdb under qemu's gdbstub on port $port",
                      f"port=$((port_base + {(n - 1) % PORTS_PER_SCRIPT}))",
                      f"{command(cmd.timeout, cmd.env, cmd.qemu).replace('planned ', 'planned_bg ', 1)}"
                      f" > gdb{n}.qemu 2>&1",
                      "qemu_pid=$!"]
        shown = shlex.join(fill(a, SH_DIR, PORT) for a in cmd.gdb).replace(PORT, "'\"$port\"'")
        lines += [f"echo {q('+ ' + shown)}",
                  f"{command(cmd.timeout, cmd.env, cmd.gdb)} > gdb{n}.out 2>&1",
                  f"cat gdb{n}.out"]
        if cmd.qemu:
            lines.append('kill -9 "$qemu_pid" 2>/dev/null; wait "$qemu_pid" 2>/dev/null')
        for rx in cmd.expect:
            lines.append(f"{_search(rx, f'gdb{n}.out', multiline=True)} || "
                         f"{{ echo {q(f'FAIL: gdb {n} output does not match /{rx}/')}; status=1; }}")
        for rx in cmd.reject:
            lines.append(f"{_search(rx, f'gdb{n}.out', multiline=True)} && "
                         f"{{ echo {q(f'FAIL: gdb {n} output matches /{rx}/')}; status=1; }}")
    if board is not None:
        lines.append(f"{command(board.timeout, (), board.cleanup)}")
    lines += ['[ "$status" -eq 0 ] && echo "PASS: behaves as expected"', 'exit "$status"', ""]
    return "\n".join(lines)


def plan_json(plan: CellPlan) -> dict:
    """The plan as data (cells/<cell>/plan.json): what `export` packs, what a tool may read."""
    def cmds(items):
        return [{k: v for k, v in vars(c).items() if k not in ("check",)} for c in items]
    return {"cell": plan.cell.id, "dir": DIR, "port": PORT,
            **({"rdir": remote.RDIR, "board": vars(plan.board)} if plan.board else {}),
            "sources": [name for name, _ in plan.sources],
            "builds": cmds(plan.builds), "runs": cmds(plan.runs), "gdbs": cmds(plan.gdbs),
            "elf": [{"n": c.n, "file": c.file, "expect": elf_expectations(c) if not c.error else [],
                     "error": c.error} for c in plan.elf]}


def write(plan: CellPlan, probe: Probe | None, cell_dir: Path) -> Path:
    for cmd in plan.runs:
        if cmd.stdout is not None:
            (cell_dir / f"run{cmd.n}.expected").write_text(cmd.stdout)
    (cell_dir / PLAN_FILE).write_text(json.dumps(plan_json(plan), indent=1) + "\n")
    path = cell_dir / "repro.sh"
    path.write_text(render(plan, probe))
    path.chmod(0o755)
    return path
