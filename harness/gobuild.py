"""The Go lane: the argv and environment of a `kind = "go"` build step, and the shared std.

A Go step runs `go build` (or `go install` for -buildmode=shared) in the cell's build directory.
By default in GOPATH mode: the build directory is GOPATH, so a case's own packages live in
`src/<pkg>/` and `main.go` imports them by that path (GO111MODULE=off: -buildmode=shared does not
work with modules, go.dev/issue/47788). A case with the variant axis `gomode = ["gopath", "module"]`
also builds in module mode: the build directory gets a generated go.mod (`module dsoconf.case`),
each package directory src/<pkg>/ is a module of its own named <pkg> (its own generated go.mod,
required and replaced by ./src/<pkg>), so the same sources import the same paths in both modes;
GO111MODULE=on, no network (GOPROXY=off, GOSUMDB=off), GOPATH = <build dir>/gopath (module mode
refuses a GOPATH holding go.mod). The axis `goarm` sets GOARM on arm (cells.COLUMN_AXES).
Everything Go writes outside the build directory lives under `<cache root>/go/`, never in the
checkout or in GOROOT:

    gocache/                         GOCACHE, shared by every arch and cell (Go's cache is safe to share)
    tmp/                             GOTMPDIR: on the cache's file system, so Go's installs are renames
    modfiles/<hash>/                 the generated go.mod files of module-mode cells (by content)
    std/<goarch><goarm>-<compiler>-<id>/   the shared std of one (arch, GOARM, Go toolchain, C compiler):
        goroot/                      a GOROOT of symlinks to the real one, plus
        goroot/pkg/linux_<goarch>_dynlink/libstd.so   `go install -buildmode=shared -linkshared std`
        ok.json                      written last: its files and libstd.so's Go ABI hash
    std/<name>.lock                  flock: one process builds it, the others wait and reuse it

The shared std is built once per (arch, GOARM, toolchain) and reused across cells and runs, in
both modes (a -linkshared build in module mode uses, and relinks, the same libstd.so with the same
ABI hash: the std packages are the same in both modes, so it is built in GOPATH mode); a missing
or partial one (no ok.json, a file missing, another ABI hash) is rebuilt. Steps that use it
(-linkshared, -buildmode=shared) get GOROOT=<std>/goroot and a RUNPATH of the std directory plus
$ORIGIN and $ORIGIN/pkg/linux_<goarch>_dynlink (where `go install -buildmode=shared` puts a case's
own libraries), so the outputs still run after the build directory is moved into the cache.
Note go.dev/issue/24034: every -linkshared build relinks libstd.so in place (renamed; the bytes may
differ, the ABI hash does not), so the std is judged by its ABI hash, not its bytes.

gccgo (profile go_compiler = "gccgo"): `go build -compiler=gccgo` with GCCGO=<triple>-gccgo;
its std is libgo.so, already a shared library, so no shared std is built.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from .cache import file_hash
from .manifest import GO_AXES
from .procs import run_process

BUILDMODES = ("exe", "pie", "c-shared", "c-archive", "shared", "plugin")
STD_TIMEOUT = 1800.0            # one `go install -buildmode=shared std` (~35 s natively, minutes on a busy box)
MARKER = "ok.json"
MODULE = "dsoconf.case"        # module mode: the main module's path (the case's package dirs are modules of their own)
# Module mode on top of base_env: modules on, no network, the generated go.mod may be updated.
MODULE_ENV = {"GO111MODULE": "on", "GOFLAGS": "-mod=mod -modcacherw", "GOPROXY": "off", "GOSUMDB": "off"}


def go_home(cache_root: Path) -> Path:
    """Where Go state lives: <cache root>/go."""
    return cache_root / "go"


def uses_shared_std(cell, step) -> bool:
    """Does this step link against (or build) Go shared libraries? (gc only: gccgo's std is libgo.so)"""
    return (cell.profile.go_compiler != "gccgo"
            and (step.buildmode == "shared" or "-linkshared" in step.goflags))


def gomode(cell) -> str:
    """"gopath" or "module": the cell's value of the `gomode` axis (GOPATH mode without one)."""
    return dict(cell.variant).get("gomode", GO_AXES["gomode"][0])


def goarm(cell) -> str:
    """GOARM of the cell: its `goarm` value (which only expands on gc/arm), else the arch file's
    (arm: "7"; "" elsewhere)."""
    return dict(cell.variant).get("goarm") or cell.arch.goarm


def dynlink_dir(arch) -> str:
    return f"linux_{arch.goarch}_dynlink"


def gccgo_shlib_dir(arch) -> str:
    """Where gccgo's go install -buildmode=shared puts a case's libraries, below pkg/."""
    return f"gccgo_linux_{arch.goarch}_fPIC/shlibs"


def solib_dirs(cell, std: "StdShared | None", directory: str) -> tuple[str, ...]:
    """Where a Go case's shared libraries are, besides its build directory: the case's own
    libraries as go install puts them (gc: pkg/linux_<goarch>_dynlink; gccgo:
    pkg/gccgo_linux_<goarch>_fPIC/shlibs) and the shared std. What a remote gdb searches."""
    if cell.case.lang != "go":
        return ()
    own = (f"{directory}/pkg/{dynlink_dir(cell.arch)}", f"{directory}/pkg/{gccgo_shlib_dir(cell.arch)}")
    return own + ((str(std.dynlink),) if std is not None else ())


def base_env(cell, home: Path) -> dict[str, str]:
    """The variables every Go command of this cell runs with (GOPATH and GOROOT come per step)."""
    prof = cell.profile.for_arch(cell.arch)
    env = {
        "GOOS": "linux",
        "GOARCH": cell.arch.goarch,
        "CGO_ENABLED": "1",
        "CC": prof.cc,
        "GOCACHE": str(home / "gocache"),
        "GOTMPDIR": str(home / "tmp"),
        "GO111MODULE": "off",
        "GOFLAGS": "",
        "GOENV": "off",
    }
    if goarm(cell):
        env["GOARM"] = goarm(cell)
    if prof.go_compiler == "gccgo":
        env["GCCGO"] = prof.gccgo
    return env


# ---------------------------------------------------------------------------------------------
# The shared std

@dataclass(frozen=True)
class StdShared:
    dir: Path          # <home>/std/<name>
    goroot: Path       # dir/goroot
    dynlink: Path      # goroot/pkg/linux_<goarch>_dynlink

    @property
    def marker(self) -> Path:
        return self.dir / MARKER

    @property
    def lock(self) -> Path:
        return self.dir.with_name(self.dir.name + ".lock")


def std_shared(cell, home: Path, toolchain: str) -> StdShared:
    """The location of the shared std of this cell's (arch, toolchain); `toolchain` is
    toolchain_identity(cell), so a new Go or C compiler gets a new directory."""
    name = f"{cell.arch.goarch}{goarm(cell)}-{cell.profile.go_compiler}-{toolchain[:16]}"
    d = home / "std" / name
    return StdShared(d, d / "goroot", d / "goroot" / "pkg" / dynlink_dir(cell.arch))


def toolchain_identity(cell, probe) -> str:
    """Hash of everything a Go step's output depends on besides its sources and argv: the go
    command, the compiler (gc or gccgo), the C compiler (probe.tool_identity), the arch and GOARM."""
    prof = cell.profile.for_arch(cell.arch)
    h = hashlib.sha256()
    h.update(f"{probe.go_identity if probe else ''}\0{probe.tool_identity if probe else ''}\0"
             f"{prof.go}\0{prof.go_compiler}\0{cell.arch.goarch}\0{goarm(cell)}".encode())
    return h.hexdigest()


def abi_hash(lib: Path) -> str | None:
    """The Go ABI hash of a Go shared library (its .note.go.abihash), hex; None if it has none."""
    from elftools.common.exceptions import ELFError
    from elftools.elf.elffile import ELFFile
    try:
        with lib.open("rb") as f:
            sec = ELFFile(f).get_section_by_name(".note.go.abihash")
            return sec.data().hex() if sec is not None else None
    except (OSError, ELFError):
        return None


def verify_std(std: StdShared) -> str | None:
    """libstd.so's ABI hash when the shared std is complete and intact, else None.

    Every -linkshared build relinks libstd.so in place (go.dev/issue/24034): the bytes change
    (build IDs), the ABI hash must not. A file missing, a .shlibname of another size, or another
    ABI hash means a partial or foreign std: rebuild it."""
    try:
        meta = json.loads(std.marker.read_text())
        for rel, size in meta["files"].items():
            st = (std.dynlink / rel).stat()
            if rel.endswith(".shlibname") and st.st_size != size:
                return None
        if abi_hash(std.dynlink / "libstd.so") != meta["abihash"]:
            return None
        return meta["abihash"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def std_commands(cell, std: StdShared, real_goroot: str) -> list[list[str]]:
    """The argvs that create the GOROOT of symlinks (run in std.dir)."""
    cmds = [["mkdir", "-p", f"goroot/pkg/{dynlink_dir(cell.arch)}"]]
    for entry in sorted(os.listdir(real_goroot)) if Path(real_goroot).is_dir() else []:
        if entry != "pkg":
            cmds.append(["ln", "-sfn", f"{real_goroot}/{entry}", f"goroot/{entry}"])
    pkg = Path(real_goroot) / "pkg"
    for entry in sorted(os.listdir(pkg)) if pkg.is_dir() else []:
        if not entry.endswith("_dynlink"):
            cmds.append(["ln", "-sfn", f"{pkg}/{entry}", f"goroot/pkg/{entry}"])
    return cmds


def std_install_argv(cell) -> list[str]:
    prof = cell.profile.for_arch(cell.arch)
    return [prof.go, "install", "-buildmode=shared", "-linkshared", "std"]


def real_goroot(cell) -> str:
    prof = cell.profile.for_arch(cell.arch)
    env = {k: v for k, v in os.environ.items() if k != "GOROOT"}
    out = subprocess.run([prof.go, "env", "GOROOT"], capture_output=True, text=True, timeout=60,
                         env={**env, "GOENV": "off"}, stdin=subprocess.DEVNULL)
    return out.stdout.strip()


# What building the shared std can raise: a failed build, a file system error, a go that hangs.
STD_ERRORS = (RuntimeError, OSError, subprocess.SubprocessError)


def ensure_std(cell, probe, home: Path, log: Path | None = None) -> tuple[StdShared, str]:
    """Build the shared std once (under a file lock) or reuse a verified one.
    Returns (where, libstd.so's ABI hash). Raises RuntimeError when the build fails."""
    std = std_shared(cell, home, toolchain_identity(cell, probe))
    digest = verify_std(std)
    if digest:
        return std, digest
    std.dir.parent.mkdir(parents=True, exist_ok=True)
    with std.lock.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        digest = verify_std(std)             # another process may have built it meanwhile
        if digest:
            return std, digest
        if std.dir.exists():
            shutil.rmtree(std.dir)
        std.dir.mkdir(parents=True)
        (home / "tmp").mkdir(parents=True, exist_ok=True)
        root = real_goroot(cell)
        if not root:
            raise RuntimeError(f"{cell.profile.go} env GOROOT printed nothing")
        for argv in std_commands(cell, std, root):
            subprocess.run(argv, cwd=std.dir, check=True)
        env = {**os.environ, **base_env(cell, home), "GOROOT": str(std.goroot),
               "GOPATH": str(std.dir / "gopath")}
        argv = std_install_argv(cell)
        start = time.monotonic()
        out, err = std.dir / "install.out", std.dir / "install.err"
        res = run_process(argv, std.dir, STD_TIMEOUT, out, err, env=env)
        took = time.monotonic() - start
        text = out.read_text(errors="replace") + err.read_text(errors="replace")
        if log is not None:
            log.write_text(f"$ {shlex.join(argv)}\n{text}[exit {res.returncode}, {took:.1f}s]\n")
        lib = std.dynlink / "libstd.so"
        if res.returncode != 0 or not lib.is_file():
            tail = [line for line in text.splitlines() if line.strip()][-1:] or [res.error or "no output"]
            raise RuntimeError(f"shared std for {cell.arch.name}: {shlex.join(argv)} failed: {tail[0]}")
        files = {p.relative_to(std.dynlink).as_posix(): p.stat().st_size
                 for p in sorted(std.dynlink.rglob("*")) if p.is_file()}
        digest = abi_hash(lib)
        if not digest:
            raise RuntimeError(f"shared std for {cell.arch.name}: {lib} has no .note.go.abihash")
        tmp = std.marker.with_suffix(".tmp")
        tmp.write_text(json.dumps({"files": files, "abihash": digest, "libstd_sha256": file_hash(lib),
                                   "seconds": round(took, 1), "argv": argv}, indent=1))
        tmp.replace(std.marker)
        return std, digest


# ---------------------------------------------------------------------------------------------
# One build step

def _ldflags(cell, step, std: StdShared | None) -> list[str]:
    flags = list(step.ldflags)
    if std is not None:
        # RUNPATH: the shared std, then the build directory and go install's directory in it.
        flags.insert(0, f"-r={std.dynlink}:$ORIGIN:$ORIGIN/pkg/{dynlink_dir(cell.arch)}")
    elif cell.profile.go_compiler == "gccgo" and (step.buildmode == "shared" or "-linkshared" in step.goflags):
        # gccgo: go install -buildmode=shared writes pkg/gccgo_linux_<goarch>_fPIC/shlibs/lib<pkg>.so and the
        # go command adds its absolute path (the build directory, moved later): add the $ORIGIN-relative one.
        flags.insert(0, f"-Wl,-rpath,$ORIGIN/pkg/{gccgo_shlib_dir(cell.arch)}")
    return flags


def argv(cell, step, std: StdShared | None = None) -> list[str]:
    """`go build ...` (or `go install -buildmode=shared ...`) for a go step.
    `std` is where the shared std lives when the step uses it."""
    prof = cell.profile.for_arch(cell.arch)
    sub = cell.substitute
    install = step.buildmode == "shared"
    cmd = [prof.go, "install" if install else "build"]
    if prof.go_compiler == "gccgo":
        cmd.append("-compiler=gccgo")
    cmd.append(f"-buildmode={step.buildmode or 'exe'}")
    cmd += [sub(f) for f in step.goflags]
    ld = [sub(f) for f in _ldflags(cell, step, std)]
    if ld and prof.go_compiler == "gccgo":
        cmd.append("-gccgoflags=" + " ".join(ld))      # the go command ignores -ldflags for gccgo
    elif ld:
        cmd.append("-ldflags=" + " ".join(ld))
    if not install:
        cmd += ["-o", step.out]
    cmd += list(step.src) + list(step.pkg)
    return cmd


def env(cell, step, home: Path, build_dir: Path, std: StdShared | None = None) -> dict[str, str]:
    """Variables to add to the environment of the step run in `build_dir`."""
    e = {**base_env(cell, home), "GOPATH": str(build_dir)}
    if gomode(cell) == "module":
        e.update(MODULE_ENV, GOPATH=str(build_dir / "gopath"))
    if std is not None:
        e["GOROOT"] = str(std.goroot)
    return e


def module_files(cell, probe) -> dict[str, str]:
    """Module mode: the go.mod files the build directory gets, name -> text ({} in GOPATH mode).
    The main module `dsoconf.case` at the root (main.go and the other files given as src), and
    every package directory src/<pkg>/ of the case a module <pkg> of its own, required by the main
    module and replaced by its directory: the import paths of GOPATH mode work unchanged, and
    `go install -buildmode=shared <pkg>` names the library lib<pkg>.so as in GOPATH mode. The
    `go` line is the go command's version (as `go mod init` writes it). A go.mod of the case's
    own is used as it is."""
    if gomode(cell) != "module":
        return {}
    version = (probe.components.get("go", "") if probe else "").split(".")
    go_line = f"\ngo {version[0]}.{version[1]}\n" if len(version) >= 2 else ""
    pkgs = sorted({str(Path(name).parent.relative_to("src")) for name in cell.case.sources
                   if name.startswith("src/") and name.endswith(".go")})
    files = {f"src/{p}/go.mod": f"module {p}\n{go_line}" for p in pkgs}
    files["go.mod"] = (f"module {MODULE}\n{go_line}"
                       + "".join(f"\nrequire {p} v0.0.0\n\nreplace {p} => ./src/{p}\n" for p in pkgs))
    return {name: text for name, text in files.items() if name not in cell.case.sources}


def module_sources(cell, probe, cache_root: Path) -> dict[str, Path]:
    """module_files written (once, by content) under <go home>/modfiles/: name in the build
    directory -> file, for the plan's sources."""
    files = module_files(cell, probe)
    if not files:
        return {}
    blob = json.dumps(files, sort_keys=True).encode()
    d = go_home(cache_root) / "modfiles" / hashlib.sha256(blob).hexdigest()[:16]
    for name, text in files.items():
        path = d / name
        if not path.is_file() or path.read_text() != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}")
            tmp.write_text(text)
            tmp.replace(path)
    return {name: d / name for name in files}


def std_location(cell, step, probe, cache_root: Path) -> StdShared | None:
    """Where the shared std a step links against lives (None: the step needs none)."""
    if not uses_shared_std(cell, step):
        return None
    return std_shared(cell, go_home(cache_root), toolchain_identity(cell, probe))


def cache_material(cell, probe, cache_root: Path) -> str:
    """What the build cache key of a cell with go steps must add ("" for a C-only cell): the Go
    toolchain's identity, the environment of each go step, and the sha256 of the shared std,
    which is built here first when a step needs it (RuntimeError if that fails)."""
    steps = [s for s in cell.case.build if s.kind == "go"]
    if not steps:
        return ""
    digest = ""
    if any(uses_shared_std(cell, s) for s in steps):
        _, digest = ensure_std(cell, probe, go_home(cache_root))
    envs = [env(cell, s, go_home(cache_root), Path("/BUILD"), std_location(cell, s, probe, cache_root))
            for s in steps]
    return json.dumps({"toolchain": toolchain_identity(cell, probe), "libstd": digest, "env": envs},
                      sort_keys=True)


# ---------------------------------------------------------------------------------------------
# repro.sh

def std_repro_lines(cell, std: StdShared, cache_root: Path) -> list[str]:
    """Shell lines of repro.sh that recreate the shared std at the harness's path if it is gone
    (the same commands as std_commands and std_install_argv, written for sh)."""
    q = shlex.quote
    home = go_home(cache_root)
    env_std = {**base_env(cell, home), "GOROOT": str(std.goroot), "GOPATH": str(std.dir / "gopath")}
    return [
        "# the shared std (built once by the harness; rebuilt here if it is missing: minutes; not when only",
        "# listing the plan's commands)",
        f"if [ -z \"${{DSOCONF_PLAN_LOG:-}}\" ] && [ ! -f {q(str(std.dynlink / 'libstd.so'))} ]; then",
        f"  mkdir -p {q(str(std.dir))} {q(str(home / 'tmp'))} && ( cd {q(str(std.dir))} || exit 2",
        f"    real=$({q(cell.profile.for_arch(cell.arch).go)} env GOROOT)",
        f"    mkdir -p goroot/pkg/{dynlink_dir(cell.arch)}",
        "    for f in \"$real\"/*; do [ \"${f##*/}\" = pkg ] || ln -sfn \"$f\" goroot/; done",
        "    for f in \"$real\"/pkg/*; do case $f in *_dynlink) ;; *) ln -sfn \"$f\" goroot/pkg/;; esac; done",
        "    env " + " ".join(q(f"{k}={v}") for k, v in env_std.items()) + " " + shlex.join(std_install_argv(cell)),
        "  ) || { echo 'UNRESOLVED: building the shared std failed'; exit 1; }",
        "fi",
        f"mkdir -p {q(str(home / 'tmp'))}",
    ]
