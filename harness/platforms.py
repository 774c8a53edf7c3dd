"""Arch files (arch/<name>.toml) and toolchain profiles (arch/profiles/<name>.toml)."""
from __future__ import annotations

import os
import platform
import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent      # the checkout: arch/, cases/, results/
DEFAULT_ARCHES = "default"      # every arch file with `default = true`; "all" = every arch file
DEFAULT_PROFILES = "gcc-bfd"
EMULATED = "@qemu"              # <arch>@qemu: a native arch run under its runner anyway (emulator blame)
EMULATED_TIMEOUT_FACTOR = 3     # what the qemu arch files use


class ConfigError(Exception):
    pass


SAFE_WORD = re.compile(r"[\w@%+=:,./-]+")     # what shlex.quote leaves alone: a path the remote shell reads as is


@dataclass(frozen=True)
class Board:
    """A real machine of one arch, reached over ssh (a --board file, boards/README in README.md):
    the cells of the column <arch>@<name> run there (harness/remote.py)."""
    name: str                        # the file's stem; the column is <arch>@<name>
    arch: str                        # the arch file whose cells it runs
    destination: str                 # user@host for ssh
    port: str                        # "" = ssh's default
    identity: str = ""               # ssh -i
    ssh_options: tuple[str, ...] = ()
    workdir: str = "/tmp"            # each cell gets a fresh directory under it
    timeout_factor: float = 1.0
    path: Path = Path()


@dataclass(frozen=True)
class Arch:
    name: str
    triple: str
    sysroot: str
    host_machine: str
    runner: tuple[str, ...]          # used when the host is not host_machine
    elf_machine: str
    word_size: int
    endian: str
    timeout_factor: float
    default: bool                    # part of the default matrix
    features: tuple[str, ...]
    relocs: tuple[tuple[str, tuple[str, ...]], ...]
    reloc_numbers: tuple[tuple[str, int], ...]
    path: Path
    goarch: str = ""                 # GOARCH for the Go lane ("" = no Go port)
    goarm: str = ""                  # GOARM (arm only)
    base: str = ""                   # the arch file a derived arch comes from ("" = this one)
    emulated: bool = False           # always run under the runner, even on host_machine
    board: Board | None = None       # a real machine that runs the programs over ssh (<arch>@<board>)

    @property
    def base_name(self) -> str:
        """The arch file's name: what cases test as an atom, profiles list and builds depend on
        (amd64 for amd64@qemu, whose builds are amd64's)."""
        return self.base or self.name

    @property
    def native(self) -> bool:
        """The code runs on real hardware of this arch, the host's or a board's: no runner."""
        if self.board is not None:
            return True
        return platform.machine() == self.host_machine and not self.emulated

    def runner_argv(self) -> tuple[str, ...]:
        """The argv prefix that runs a target program ((), natively)."""
        if self.native:
            return ()
        return tuple(a.replace("{sysroot}", self.sysroot).replace("{triple}", self.triple) for a in self.runner)

    def reloc_types(self, neutral_or_real: str) -> dict[int, str] | None:
        """Numbers -> real names for an arch-neutral name (or one real name); None if unmapped."""
        numbers = dict(self.reloc_numbers)
        names = dict(self.relocs).get(neutral_or_real)
        if names is None:
            names = (neutral_or_real,) if neutral_or_real in numbers else None
        if names is None:
            return None
        return {numbers[n]: n for n in names if n in numbers}

    def reloc_name(self, number: int) -> str:
        for name, num in self.reloc_numbers:
            if num == number:
                return name
        return f"type {number}"


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    cc: str
    ar: str
    cflags: tuple[str, ...]
    ldflags: tuple[str, ...]
    libc: str
    tools: tuple[str, ...]
    features: tuple[str, ...]
    path: Path
    lacks: tuple[str, ...] = ()      # arch features this toolchain does not have (gold: no relr)
    arches: tuple[str, ...] = ()     # the arches it applies to; () = every arch
    langs: tuple[str, ...] = ("c",)  # case languages it builds: "c", "go"
    go: str = "go"                   # the go command for Go build steps
    go_compiler: str = "gc"          # "gc" or "gccgo" (go build -compiler)
    gccgo: str = "{triple}-gccgo"    # the gccgo driver when go_compiler = "gccgo"
    cxx: str = ""                    # the C++ driver for C++ build steps ("" = the profile builds no C++)
    arch_cflags: tuple[tuple[str, tuple[str, ...]], ...] = ()   # extra flags for one arch (clang on arm)
    optional: bool = False           # not selected by "all" (a profile that needs environment variables)
    sampled: bool = True             # --sample thins its column; false: every case (a small column: gccgo's Go lane)
    unset: tuple[str, ...] = ()      # ${VARS} the file uses that are not set: its probe fails

    def applies_to(self, arch: Arch) -> bool:
        return not self.arches or arch.base_name in self.arches

    def for_arch(self, arch: Arch) -> "Profile":
        """The profile with {triple}/{sysroot} substituted for `arch`."""
        def sub(s: str) -> str:
            return s.replace("{triple}", arch.triple).replace("{sysroot}", arch.sysroot)
        extra = dict(self.arch_cflags).get(arch.base_name, ())
        return replace(self, cc=sub(self.cc), ar=sub(self.ar), cflags=tuple(map(sub, self.cflags + extra)),
                       ldflags=tuple(map(sub, self.ldflags)), tools=tuple(map(sub, self.tools)),
                       go=sub(self.go), gccgo=sub(self.gccgo), cxx=sub(self.cxx))


def _load(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: {e}") from None


def _need(doc: dict, key: str, path: Path, kind: type):
    if key not in doc:
        raise ConfigError(f"{path}: {key}: missing required key")
    if not isinstance(doc[key], kind):
        raise ConfigError(f"{path}: {key}: expected {kind.__name__}")
    return doc[key]


BOARD_KEYS = {"arch", "remote", "identity", "ssh_options", "workdir", "timeout_factor"}
ARCH_KEYS = {"name", "triple", "sysroot", "host_machine", "runner", "elf_machine", "word_size", "endian",
             "timeout_factor", "default", "features", "relocs", "reloc_numbers", "goarch", "goarm"}
PROFILE_KEYS = {"description", "cc", "ar", "cflags", "ldflags", "libc", "tools", "features", "lacks", "arches",
                "langs", "go", "go_compiler", "gccgo", "arch_cflags", "optional", "cxx", "sampled"}
ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-((?:[^{}]|\{[^{}]*\})*))?\}")   # default may hold {triple}


def expand_env(value, unset: set[str]):
    """${VAR} and ${VAR:-default} in every string of a profile (your own toolchain from the
    environment); a VAR that is unset and has no default is recorded in `unset`."""
    if isinstance(value, str):
        def one(m: re.Match) -> str:
            got = os.environ.get(m.group(1))
            if got is None and m.group(2) is None:
                unset.add(m.group(1))
            return got if got is not None else (m.group(2) or "")
        return ENV_REF.sub(one, value)
    if isinstance(value, list):
        words = [expand_env(v, unset) for v in value]
        # A list item that is exactly one ${VAR} holding several words (DSOCONF_CFLAGS="-O2 -g")
        # becomes those words; an empty one disappears.
        out = []
        for raw, word in zip(value, words):
            if isinstance(raw, str) and ENV_REF.fullmatch(raw):
                out += word.split()
            else:
                out.append(word)
        return out
    if isinstance(value, dict):
        return {k: expand_env(v, unset) for k, v in value.items()}
    return value


def load_arch(path: Path) -> Arch:
    doc = _load(path)
    for key in doc:
        if key not in ARCH_KEYS:
            raise ConfigError(f"{path}: {key}: unknown key")
    name = _need(doc, "name", path, str)
    if name != path.stem:
        raise ConfigError(f"{path}: name: {name!r} must equal the file name {path.stem!r}")
    return Arch(
        name=name,
        triple=_need(doc, "triple", path, str),
        sysroot=_need(doc, "sysroot", path, str),
        host_machine=_need(doc, "host_machine", path, str),
        runner=tuple(_need(doc, "runner", path, list)),
        elf_machine=_need(doc, "elf_machine", path, str),
        word_size=_need(doc, "word_size", path, int),
        endian=_need(doc, "endian", path, str),
        timeout_factor=float(doc.get("timeout_factor", 1)),
        default=bool(doc.get("default", False)),
        features=tuple(doc.get("features", [])),
        relocs=tuple((k, tuple(v)) for k, v in doc.get("relocs", {}).items()),
        reloc_numbers=tuple(doc.get("reloc_numbers", {}).items()),
        path=path,
        goarch=str(doc.get("goarch", "")),
        goarm=str(doc.get("goarm", "")),
    )


def load_board(path: Path) -> Board:
    """A board file: arch = "arm64", remote = "user@host[:port]", and optionally identity (a key
    file), ssh_options (more ssh arguments), workdir (default /tmp), timeout_factor."""
    doc = _load(path)
    for key in doc:
        if key not in BOARD_KEYS:
            raise ConfigError(f"{path}: {key}: unknown key")
    remote = _need(doc, "remote", path, str)
    dest, sep, port = remote.rpartition(":")
    if not sep or not port.isdigit():
        dest, port = remote, ""
    workdir = doc.get("workdir", "/tmp")
    if not SAFE_WORD.fullmatch(workdir) or not workdir.startswith("/"):
        raise ConfigError(f"{path}: workdir: {workdir!r} must be an absolute path of letters, digits and @%+=:,./-")
    if not dest or dest.startswith("-"):
        raise ConfigError(f"{path}: remote: {remote!r} is not user@host[:port]")
    identity = doc.get("identity", "")
    if identity and not Path(identity).is_absolute():
        identity = str((path.parent / identity).resolve())     # relative to the board file
    return Board(name=path.stem, arch=_need(doc, "arch", path, str), destination=dest, port=port,
                 identity=identity, ssh_options=tuple(doc.get("ssh_options", [])), workdir=workdir,
                 timeout_factor=float(doc.get("timeout_factor", 1)), path=path.resolve())


def on_board(arch: Arch, board: Board) -> Arch:
    """<arch>@<board>: the arch's cells (its rules, its builds) run on the board over ssh."""
    return replace(arch, name=f"{arch.name}@{board.name}", base=arch.name, board=board, default=False,
                   timeout_factor=board.timeout_factor)


def load_profile(path: Path) -> Profile:
    unset: set[str] = set()
    doc = expand_env(_load(path), unset)
    for key in doc:
        if key not in PROFILE_KEYS:
            raise ConfigError(f"{path}: {key}: unknown key")
    return Profile(
        name=path.stem,
        description=doc.get("description", ""),
        cc=_need(doc, "cc", path, str),
        ar=doc.get("ar", "{triple}-ar"),
        cflags=tuple(doc.get("cflags", [])),
        ldflags=tuple(doc.get("ldflags", [])),
        libc=doc.get("libc", "glibc"),
        tools=tuple(doc.get("tools", [])),
        features=tuple(doc.get("features", [])),
        path=path,
        lacks=tuple(doc.get("lacks", [])),
        arches=tuple(doc.get("arches", [])),
        langs=tuple(doc.get("langs", ["c"])),
        go=doc.get("go", "go"),
        go_compiler=doc.get("go_compiler", "gc"),
        gccgo=doc.get("gccgo", "{triple}-gccgo"),
        cxx=doc.get("cxx", ""),
        arch_cflags=tuple((k, tuple(v)) for k, v in doc.get("arch_cflags", {}).items()),
        optional=bool(doc.get("optional", False)),
        sampled=bool(doc.get("sampled", True)),
        unset=tuple(sorted(unset)),
    )


def select(names: str | None, available: dict[str, Path], what: str) -> list[Path]:
    """Resolve a comma list ('all' or None = everything) against the available files."""
    if not names or names == "all":
        return [available[k] for k in sorted(available)]
    out = []
    for n in names.split(","):
        n = n.strip()
        if n not in available:
            raise ConfigError(f"unknown {what} {n!r} (known: {', '.join(sorted(available))})")
        out.append(available[n])
    return out


def find_arches(root: Path) -> dict[str, Path]:
    return {p.stem: p for p in sorted((root / "arch").glob("*.toml"))}


def emulate(arch: Arch) -> Arch:
    """<arch>@qemu: the same arch file, run under its runner (qemu) even where the host runs it
    natively. Cases see it as the arch plus the `qemu` atom; its builds are the arch's."""
    if arch.emulated:
        return arch
    return replace(arch, name=arch.name + EMULATED, base=arch.name, emulated=True, default=False,
                   timeout_factor=arch.timeout_factor * EMULATED_TIMEOUT_FACTOR)


def select_arches(names: str | None, root: Path, emulated: bool = False,
                  boards: list[str] | tuple[str, ...] = ()) -> list[Arch]:
    """Arches for a comma list, 'all', or 'default'/None (the arch files marked default = true);
    a name <arch>@qemu is the emulated column of <arch>. `emulated` adds <arch>@qemu for every
    selected arch the host runs natively. Each board file adds its column <arch>@<board>; naming
    that column in `names` selects it alone."""
    files = find_arches(root)
    on_boards = {}
    for b in map(load_board, map(Path, boards)):
        col = on_board(load_arch(select(b.arch, files, "arch")[0]), b)
        on_boards[col.name] = col
    if names and names not in ("default", "all") and \
            {n.strip() for n in names.split(",")} <= set(on_boards):
        return [on_boards[n.strip()] for n in names.split(",")]
    names = ",".join(n for n in (names or "default").split(",") if n.strip() not in on_boards) or "default"
    if not names or names == "default":
        arches = [a for a in map(load_arch, files.values()) if a.default]
    else:
        arches = []
        for n in ([names] if names == "all" else [n.strip() for n in names.split(",")]):
            base = n.removesuffix(EMULATED)
            loaded = [load_arch(p) for p in select(base, files, "arch")]
            arches += [emulate(a) for a in loaded] if n != base else loaded
    if emulated:
        arches += [emulate(a) for a in arches if a.native and a.runner]
    return list({a.name: a for a in [*arches, *on_boards.values()]}.values())


def find_profiles(root: Path) -> dict[str, Path]:
    return {p.stem: p for p in sorted((root / "arch" / "profiles").glob("*.toml"))}


def select_profiles(names: str | None, extra_files: list[str] = ()) -> list[Profile]:
    """Profiles for a comma list or 'all' (every file in arch/profiles/ not marked optional),
    plus files given with --profile-file (selected by their stem; alone, they are the selection)."""
    files = find_profiles(ROOT)
    files.update({Path(p).stem: Path(p) for p in extra_files})
    if extra_files and (not names or names == DEFAULT_PROFILES):
        names = ",".join(Path(p).stem for p in extra_files)
    if names == "all":
        return [p for p in map(load_profile, files.values()) if not p.optional]
    return [load_profile(p) for p in select(names or DEFAULT_PROFILES, files, "profile")]
