"""Parse and validate case.toml into a Case. Every error names the file and the key."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from .expr import ExprError, check_syntax

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
BUILTIN_PLACEHOLDERS = frozenset({"arch", "triple", "scale"})
KINDS = ("exe", "shared", "object", "archive", "go")
GO_BUILDMODES = ("exe", "pie", "c-shared", "c-archive", "shared", "plugin")
# Variant axes the Go steps honour (harness/gobuild.py), and their values: `gomode` = GOPATH mode
# (GO111MODULE=off, the default) or module mode (a generated go.mod); `goarm` = GOARM on arm
# (cells.ARCH_AXES: it expands only on arches whose goarch is arm).
GO_AXES = {"gomode": ("gopath", "module"), "goarm": ("5", "6", "7")}
DEFAULT_TIMEOUT = 10.0


class ManifestError(Exception):
    def __init__(self, path: Path, key: str, message: str):
        super().__init__(f"{path}: {key}: {message}")
        self.path, self.key, self.message = path, key, message


@dataclass(frozen=True)
class Rule:
    when: str
    text: str          # the reason (unsupported) or the bug link (xfail)
    fixed: str = ""    # xfail only: "<component> <version>" of the first release with the fix
    match: str = ""    # xfail only: a regex the failure must match to be this bug's (else it is a FAIL)


@dataclass(frozen=True)
class BuildStep:
    out: str
    src: tuple[str, ...]
    kind: str
    cflags: tuple[str, ...] = ()
    ldflags: tuple[str, ...] = ()
    link: tuple[str, ...] = ()
    build_error: str | None = None
    lang: str = "c"                # "c" or "c++" (the profile's C++ driver): C++ sources, or lang = "c++"
    rpath: bool = True             # a link gets -Wl,-rpath,$ORIGIN unless rpath = false
    # kind = "go" only (harness/gobuild.py): go build -buildmode=<buildmode> <goflags> <src> <pkg>
    buildmode: str = ""
    goflags: tuple[str, ...] = ()
    pkg: tuple[str, ...] = ()      # the case's own packages: import paths = directories src/<pkg>


@dataclass(frozen=True)
class RunStep:
    argv: tuple[str, ...]
    env: tuple[tuple[str, str], ...] = ()
    exit: int = 0
    stdout: str | None = None
    stdout_re: str | None = None
    stderr_re: str | None = None
    timeout: float | None = None
    secure: bool = False           # run in secure-execution mode (AT_SECURE = 1): see plan.SECURE


@dataclass(frozen=True)
class GdbStep:
    """A gdb-multiarch batch session: the program is stopped at its first instruction, then
    `commands` run; every `expect` regex must match gdb's output and no `reject` regex may."""
    commands: tuple[str, ...]
    argv: tuple[str, ...] = ("./main",)
    expect: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()
    timeout: float | None = None


@dataclass(frozen=True)
class ElfCheck:
    file: str
    when: str | None = None
    relocs_include: tuple[str, ...] = ()
    relocs_exclude: tuple[str, ...] = ()
    dynamic_include: tuple[str, ...] = ()
    dynamic_exclude: tuple[str, ...] = ()
    dynsym_include: tuple[str, ...] = ()
    dynsym_exclude: tuple[str, ...] = ()
    needed_include: tuple[str, ...] = ()
    needed_exclude: tuple[str, ...] = ()
    property_include: tuple[str, ...] = ()      # .note.gnu.property features: IBT SHSTK BTI PAC
    property_exclude: tuple[str, ...] = ()
    imports_include: tuple[str, ...] = ()       # undefined .dynsym symbols: "name" or "name@VER"
    imports_exclude: tuple[str, ...] = ()
    dynsym_attrs: tuple[str, ...] = ()          # "name WORD": every .dynsym entry `name` has WORD
    symbol_relocs_include: tuple[str, ...] = () # "RELOC name": a dynamic relocation RELOC against name
    symbol_relocs_exclude: tuple[str, ...] = ()
    segments_include: tuple[str, ...] = ()      # program headers: "TYPE" or "TYPE FLAGS" (e.g. "GNU_STACK RW")
    segments_exclude: tuple[str, ...] = ()
    tls_align_min: int | None = None            # PT_TLS p_align must be at least this

    def symbol_reloc_names(self) -> tuple[str, ...]:
        """The arch-neutral relocation names this check needs numbers for."""
        pairs = (*self.symbol_relocs_include, *self.symbol_relocs_exclude)
        return tuple(dict.fromkeys((*self.relocs_include, *self.relocs_exclude,
                                    *(p.split()[0] for p in pairs))))


# Words of `dynsym_attrs`, as readelf prints a symbol's type, binding and visibility.
SYMBOL_WORDS = frozenset({"NOTYPE", "OBJECT", "FUNC", "TLS", "IFUNC", "COMMON", "LOCAL", "GLOBAL", "WEAK",
                          "UNIQUE", "DEFAULT", "INTERNAL", "HIDDEN", "PROTECTED"})
# Program header types `segments_*` may name (readelf's names, without PT_).
SEGMENT_TYPES = frozenset({"LOAD", "DYNAMIC", "INTERP", "NOTE", "PHDR", "TLS", "GNU_EH_FRAME", "GNU_STACK",
                           "GNU_RELRO", "GNU_PROPERTY"})


@dataclass(frozen=True)
class Case:
    id: str                       # "<family>/<name>", the path below cases/
    dir: Path
    title: str
    refs: tuple[str, ...]
    requires: tuple[str, ...] = ()
    unsupported: tuple[Rule, ...] = ()
    xfail: tuple[Rule, ...] = ()
    variants: tuple[tuple[str, tuple[str, ...]], ...] = ()
    build: tuple[BuildStep, ...] = ()
    run: tuple[RunStep, ...] = ()
    gdb: tuple[GdbStep, ...] = ()
    elf: tuple[ElfCheck, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    sources: tuple[str, ...] = field(default=())   # every file of the case directory but case.toml

    @property
    def lang(self) -> str:
        """"go" when a build step runs the Go toolchain, else "c" (C and C++: C++ steps need the
        profile's C++ driver, see uses_cxx)."""
        return "go" if any(s.kind == "go" for s in self.build) else "c"

    @property
    def uses_cxx(self) -> bool:
        return any(s.lang == "c++" for s in self.build)

    @property
    def family(self) -> str:
        return self.id.split("/", 1)[0]


CXX_SUFFIXES = (".cc", ".cpp", ".cxx", ".C")


def _keys(record, leave_out: frozenset[str] = frozenset()) -> frozenset[str]:
    """The case.toml keys of a table: the fields of the record it becomes."""
    return frozenset(f.name for f in fields(record)) - leave_out


TOP_KEYS = _keys(Case, frozenset({"id", "dir", "sources"}))
BUILD_KEYS = _keys(BuildStep)
RUN_KEYS = _keys(RunStep)
GDB_KEYS = _keys(GdbStep)
ELF_KEYS = _keys(ElfCheck)


class _Reader:
    """Typed access to one manifest, raising ManifestError with the key path."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, key: str, message: str) -> ManifestError:
        return ManifestError(self.path, key, message)

    def keys(self, table: dict, allowed: set[str], where: str) -> None:
        for key in table:
            if key not in allowed:
                name = f"{where}.{key}" if where else key
                raise self.fail(name, f"unknown key (allowed: {', '.join(sorted(allowed))})")

    def string(self, table: dict, key: str, where: str, required: bool = False) -> str | None:
        value = table.get(key)
        name = f"{where}.{key}" if where else key
        if value is None:
            if required:
                raise self.fail(name, "missing required key")
            return None
        if not isinstance(value, str):
            raise self.fail(name, f"expected a string, got {type(value).__name__}")
        return value

    def strings(self, table: dict, key: str, where: str, required: bool = False) -> tuple[str, ...]:
        value = table.get(key)
        name = f"{where}.{key}" if where else key
        if value is None:
            if required:
                raise self.fail(name, "missing required key")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(name, "expected a list of strings")
        if required and not value:
            raise self.fail(name, "must not be empty")
        return tuple(value)

    def flag(self, table: dict, key: str, where: str, default: bool) -> bool:
        value = table.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(f"{where}.{key}" if where else key, "expected true or false")
        return value

    def number(self, table: dict, key: str, where: str) -> float | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise self.fail(f"{where}.{key}" if where else key, "expected a positive number")
        return float(value)

    def tables(self, doc: dict, key: str) -> list[dict]:
        value = doc.get(key, [])
        if isinstance(value, dict):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(key, "expected a table or an array of tables")
        return value


def _check_path(r: _Reader, case_dir: Path, rel: str, key: str) -> None:
    p = Path(rel)
    if p.is_absolute():
        raise r.fail(key, f"absolute path {rel!r} (paths are relative to the case directory)")
    if ".." in p.parts or not (case_dir / p).resolve().is_relative_to(case_dir.resolve()):
        raise r.fail(key, f"path {rel!r} leaves the case directory")


def _check_placeholders(r: _Reader, text: str, axes: dict[str, tuple[str, ...]], key: str) -> None:
    for name in PLACEHOLDER.findall(text):
        if name not in axes and name not in BUILTIN_PLACEHOLDERS:
            raise r.fail(key, f"{{{name}}} names no variant axis (axes: {', '.join(axes) or 'none'})")


def _build_error(r: _Reader, b: dict, where: str) -> str | None:
    """A step's build_error: the regex the failing build's output must match."""
    build_error = r.string(b, "build_error", where)
    if build_error is not None:
        try:
            re.compile(build_error)
        except re.error as e:
            raise r.fail(f"{where}.build_error", f"bad regex: {e}") from None
    return build_error


def _check_expr(r: _Reader, text: str, axes: dict[str, tuple[str, ...]], key: str) -> None:
    try:
        check_syntax(text, {a: list(v) for a, v in axes.items()})
    except ExprError as e:
        raise r.fail(key, f"bad expression {text!r}: {e}") from None


def _rules(r: _Reader, doc: dict, key: str, text_key: str, axes) -> tuple[Rule, ...]:
    value = doc.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        if key == "xfail":
            raise r.fail(key, "an xfail needs a bug: write [{ when = \"...\", bug = \"https://...\" }]")
        value = [{"when": value, "reason": f"rule: {value}"}]
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise r.fail(key, "expected a list of tables")
    rules = []
    for i, item in enumerate(value):
        where = f"{key}[{i}]"
        r.keys(item, {"when", text_key, "fixed", "match"} if key == "xfail" else {"when", text_key}, where)
        when = r.string(item, "when", where, required=True)
        text = r.string(item, text_key, where, required=True)
        _check_expr(r, when, axes, f"{where}.when")
        if key == "xfail" and not re.match(r"https?://", text):
            raise r.fail(f"{where}.bug", f"a bug link (http...) is required, got {text!r}")
        fixed = r.string(item, "fixed", where) or ""
        if fixed and not re.fullmatch(r"\S+ \d+(\.\d+)+\S*", fixed):
            raise r.fail(f"{where}.fixed", f"expected \"<component> <version>\", e.g. \"mold 1.11.0\", got {fixed!r}")
        match = r.string(item, "match", where) or ""
        _regexes(r, where, match=match or None)
        rules.append(Rule(when, text, fixed, match))
    return tuple(rules)


def _go_step(r: _Reader, b: dict, where: str, out: str, case_dir: Path, outs: dict[str, str],
             axes: dict[str, tuple[str, ...]]) -> BuildStep:
    """A go step: `src` = Go files of the case (or outputs of earlier steps), `pkg` = the case's
    packages (src/<pkg>/ in the case directory, which is GOPATH), `buildmode`, `goflags`, and
    `ldflags` for the Go linker (go build -ldflags). No cflags or link: cgo code says its own."""
    buildmode = r.string(b, "buildmode", where) or "exe"
    if buildmode not in GO_BUILDMODES:
        raise r.fail(f"{where}.buildmode", f"{buildmode!r} is not one of {', '.join(GO_BUILDMODES)}")
    for key in ("cflags", "link", "rpath"):
        if key in b:
            raise r.fail(f"{where}.{key}", "a go step takes no " + key + " (cgo preambles say their own; "
                         "use goflags/ldflags)")
    src, pkg = r.strings(b, "src", where), r.strings(b, "pkg", where)
    if not src and not pkg:
        raise r.fail(f"{where}.src", "a go step needs src (Go files) or pkg (packages under src/)")
    for j, s in enumerate(src):
        _check_path(r, case_dir, s, f"{where}.src[{j}]")
        if s not in outs and not (case_dir / s).is_file():
            raise r.fail(f"{where}.src[{j}]", f"missing source {s!r} (not in {case_dir} and not built earlier)")
    for j, p in enumerate(pkg):
        _check_path(r, case_dir, f"src/{p}", f"{where}.pkg[{j}]")
        if not (case_dir / "src" / p).is_dir():
            raise r.fail(f"{where}.pkg[{j}]", f"no package directory src/{p} in {case_dir}")
    if buildmode == "shared":
        if not pkg or src:
            raise r.fail(f"{where}.pkg", "-buildmode=shared installs packages: give pkg, not src")
        want = "lib" + "-".join(p.replace("/", "-") for p in pkg) + ".so"
        if len(pkg) == 1 and out != want:
            raise r.fail(f"{where}.out", f"go install -buildmode=shared names this library {want!r}")
    goflags, ldflags = r.strings(b, "goflags", where), r.strings(b, "ldflags", where)
    for name, values in (("goflags", goflags), ("ldflags", ldflags)):
        for j, v in enumerate(values):
            _check_placeholders(r, v, axes, f"{where}.{name}[{j}]")
            if name == "goflags" and (v.startswith("-o") or v.startswith("-buildmode") or v.startswith("-ldflags")
                                      or v.startswith("-compiler")):
                raise r.fail(f"{where}.goflags[{j}]", f"{v!r}: the harness sets this (use out, buildmode, "
                             "ldflags; the profile picks the compiler)")
    build_error = _build_error(r, b, where)
    return BuildStep(out, src, "go", ldflags=ldflags, build_error=build_error, buildmode=buildmode,
                     goflags=goflags, pkg=pkg)


def _variants(r: _Reader, doc: dict) -> dict[str, tuple[str, ...]]:
    variants_doc = doc.get("variants", {})
    if not isinstance(variants_doc, dict):
        raise r.fail("variants", "expected a table of axis = [values]")
    axes: dict[str, tuple[str, ...]] = {}
    for axis, values in variants_doc.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", axis):
            raise r.fail(f"variants.{axis}", "axis names are identifiers")
        if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
            raise r.fail(f"variants.{axis}", "expected a non-empty list of strings")
        if len(set(values)) != len(values):
            raise r.fail(f"variants.{axis}", "duplicate values")
        axes[axis] = tuple(values)
    return axes


def _check_go_axes(r: _Reader, axes: dict[str, tuple[str, ...]], builds: list[BuildStep]) -> None:
    """The Go axes take only the values the Go steps know, and only in a case with go steps."""
    for axis, known in GO_AXES.items():
        if axis not in axes:
            continue
        if not any(b.kind == "go" for b in builds):
            raise r.fail(f"variants.{axis}", "a Go axis, but the case has no go step")
        for v in axes[axis]:
            if v not in known:
                raise r.fail(f"variants.{axis}", f"{v!r} is not one of {', '.join(known)}")


def _builds(r: _Reader, doc: dict, case_dir: Path, axes) -> tuple[list[BuildStep], dict[str, str]]:
    """The [[build]] steps, and what each output is (shared, object, archive, exe)."""
    builds: list[BuildStep] = []
    outs: dict[str, str] = {}
    for i, b in enumerate(r.tables(doc, "build")):
        where = f"build[{i}]"
        r.keys(b, BUILD_KEYS, where)
        out = r.string(b, "out", where, required=True)
        if "/" in out or out in ("", ".", ".."):
            raise r.fail(f"{where}.out", f"{out!r} must be a plain file name")
        if out in outs and b.get("buildmode") != "shared":    # go install -buildmode=shared may rebuild a library
            raise r.fail(f"{where}.out", f"{out!r} is already built by an earlier step")
        srcs = b.get("src") if isinstance(b.get("src"), list) else []
        is_go = bool({"buildmode", "goflags", "pkg"} & set(b)) or any(str(x).endswith(".go") for x in srcs)
        kind = r.string(b, "kind", where) or ("go" if is_go
                                              else "shared" if out.endswith(".so") or ".so." in out
                                              else "object" if out.endswith(".o")
                                              else "archive" if out.endswith(".a") else "exe")
        if kind not in KINDS:
            raise r.fail(f"{where}.kind", f"{kind!r} is not one of {', '.join(KINDS)}")
        if kind == "go":
            builds.append(_go_step(r, b, where, out, case_dir, outs, axes))
            outs[out] = {"exe": "exe", "pie": "exe", "c-archive": "archive"}.get(builds[-1].buildmode, "shared")
            continue
        builds.append(_c_step(r, b, where, out, kind, case_dir, outs, axes))
        outs[out] = kind
    if not builds:
        raise r.fail("build", "a case needs at least one [[build]] step")
    return builds, outs


def _c_step(r: _Reader, b: dict, where: str, out: str, kind: str, case_dir: Path, outs: dict[str, str],
            axes) -> BuildStep:
    for key in ("buildmode", "goflags", "pkg"):
        if key in b:
            raise r.fail(f"{where}.{key}", "only a go step (kind = \"go\") takes this key")
    src = r.strings(b, "src", where, required=True)
    for j, s in enumerate(src):
        key = f"{where}.src[{j}]"
        _check_path(r, case_dir, s, key)
        if s in outs:
            continue
        if not (case_dir / s).is_file():
            raise r.fail(key, f"missing source {s!r} (not in {case_dir} and not built earlier)")
    link = r.strings(b, "link", where)
    for j, lib in enumerate(link):
        if outs.get(lib) not in ("shared", "object", "archive"):
            raise r.fail(f"{where}.link[{j}]", f"{lib!r} is not a library or object built earlier")
    cflags, ldflags = r.strings(b, "cflags", where), r.strings(b, "ldflags", where)
    lang = r.string(b, "lang", where) or ("c++" if any(s.endswith(CXX_SUFFIXES) for s in src) else "c")
    if lang not in ("c", "c++"):
        raise r.fail(f"{where}.lang", f"{lang!r} is not c or c++")
    rpath = r.flag(b, "rpath", where, True)
    if not rpath and kind not in ("exe", "shared"):
        raise r.fail(f"{where}.rpath", "only a link (an executable or a shared library) has an rpath")
    if kind == "archive" and (cflags or ldflags or link):
        raise r.fail(where, "an archive step only takes src (objects built earlier)")
    if kind == "archive":
        for j, s in enumerate(src):
            if outs.get(s) != "object":
                raise r.fail(f"{where}.src[{j}]", f"{s!r}: an archive's members are objects built earlier")
    for name, values in (("cflags", cflags), ("ldflags", ldflags)):
        for j, v in enumerate(values):
            _check_placeholders(r, v, axes, f"{where}.{name}[{j}]")
    return BuildStep(out, src, kind, cflags, ldflags, link, _build_error(r, b, where), lang, rpath)


def _regexes(r: _Reader, where: str, **named) -> None:
    for key, rx in named.items():
        if rx is not None:
            try:
                re.compile(rx)
            except re.error as e:
                raise r.fail(f"{where}.{key}", f"bad regex: {e}") from None


def _runs(r: _Reader, doc: dict, axes) -> list[RunStep]:
    runs: list[RunStep] = []
    for i, t in enumerate(r.tables(doc, "run")):
        where = f"run[{i}]"
        r.keys(t, RUN_KEYS, where)
        argv = r.strings(t, "argv", where, required=True)
        for j, a in enumerate(argv):
            _check_placeholders(r, a, axes, f"{where}.argv[{j}]")
        env = t.get("env", {})
        if not isinstance(env, dict) or not all(isinstance(v, str) for v in env.values()):
            raise r.fail(f"{where}.env", "expected a table of strings")
        for k, v in env.items():
            _check_placeholders(r, v, axes, f"{where}.env.{k}")
        exit_code = t.get("exit", 0)
        if isinstance(exit_code, bool) or not isinstance(exit_code, int) or not 0 <= exit_code <= 255:
            raise r.fail(f"{where}.exit", "expected an integer 0..255")
        stdout = r.string(t, "stdout", where)
        stdout_re, stderr_re = r.string(t, "stdout_re", where), r.string(t, "stderr_re", where)
        if stdout is not None and stdout_re is not None:
            raise r.fail(f"{where}.stdout_re", "give stdout or stdout_re, not both")
        _regexes(r, where, stdout_re=stdout_re, stderr_re=stderr_re)
        for key, text in (("stdout", stdout), ("stdout_re", stdout_re), ("stderr_re", stderr_re)):
            if text is not None:
                _check_placeholders(r, text, axes, f"{where}.{key}")
        runs.append(RunStep(argv, tuple(sorted(env.items())), exit_code, stdout, stdout_re, stderr_re,
                            r.number(t, "timeout", where), r.flag(t, "secure", where, False)))
    return runs


def _gdbs(r: _Reader, doc: dict) -> list[GdbStep]:
    gdbs: list[GdbStep] = []
    for i, t in enumerate(r.tables(doc, "gdb")):
        where = f"gdb[{i}]"
        r.keys(t, GDB_KEYS, where)
        commands = r.strings(t, "commands", where, required=True)
        for j, c in enumerate(commands):
            if c.split()[0] in ("run", "r", "start", "starti"):
                raise r.fail(f"{where}.commands[{j}]", "the program is already started and stopped at its "
                             "first instruction: use `continue`")
        argv = r.strings(t, "argv", where) or ("./main",)
        expect, reject = r.strings(t, "expect", where), r.strings(t, "reject", where)
        for key, rxs in (("expect", expect), ("reject", reject)):
            for j, rx in enumerate(rxs):
                _regexes(r, where, **{f"{key}[{j}]": rx})
        if not expect:
            raise r.fail(f"{where}.expect", "a gdb step needs at least one expected regex")
        gdbs.append(GdbStep(commands, argv, expect, reject, r.number(t, "timeout", where)))
    return gdbs


def _elf_words(r: _Reader, lists: dict[str, tuple[str, ...]], where: str) -> None:
    """Entries of the two-word keys, and the words they may use."""
    for i, entry in enumerate(lists["dynsym_attrs"]):
        words = entry.split()
        if len(words) != 2 or words[1] not in SYMBOL_WORDS:
            raise r.fail(f"{where}.dynsym_attrs[{i}]",
                         f"expected \"symbol WORD\", WORD one of {', '.join(sorted(SYMBOL_WORDS))}")
    for key in ("symbol_relocs_include", "symbol_relocs_exclude"):
        for i, entry in enumerate(lists[key]):
            if len(entry.split()) != 2:
                raise r.fail(f"{where}.{key}[{i}]", "expected \"RELOC symbol\", e.g. \"COPY counter\"")
    for key in ("segments_include", "segments_exclude"):
        for i, entry in enumerate(lists[key]):
            words = entry.split()
            if not 1 <= len(words) <= 2 or words[0] not in SEGMENT_TYPES \
                    or (len(words) == 2 and not re.fullmatch(r"R?W?E?", words[1])):
                raise r.fail(f"{where}.{key}[{i}]", f"expected \"TYPE\" or \"TYPE FLAGS\" (flags from R W E, "
                             f"in that order), TYPE one of {', '.join(sorted(SEGMENT_TYPES))}")


def _elf_checks(r: _Reader, doc: dict, outs: dict[str, str], axes) -> list[ElfCheck]:
    checks: list[ElfCheck] = []
    for i, e in enumerate(r.tables(doc, "elf")):
        where = f"elf[{i}]"
        r.keys(e, ELF_KEYS, where)
        file = r.string(e, "file", where, required=True)
        if file not in outs:
            raise r.fail(f"{where}.file", f"{file!r} is not built by any [[build]] step")
        when = r.string(e, "when", where)
        if when is not None:
            _check_expr(r, when, axes, f"{where}.when")
        lists = {k: r.strings(e, k, where) for k in sorted(ELF_KEYS - {"file", "when", "tls_align_min"})}
        _elf_words(r, lists, where)
        align = r.number(e, "tls_align_min", where)
        if align is not None and (align != int(align) or int(align) & (int(align) - 1)):
            raise r.fail(f"{where}.tls_align_min", "expected a power of two")
        checks.append(ElfCheck(file=file, when=when, **lists,
                               tls_align_min=None if align is None else int(align)))
    return checks


def load_case(path: Path, cases_root: Path) -> Case:
    """Load and validate `path` (a case.toml below `cases_root`)."""
    r = _Reader(path)
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise r.fail("(syntax)", str(e)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise r.fail("(file)", str(e)) from None
    case_dir = path.parent
    r.keys(doc, TOP_KEYS, "")
    axes = _variants(r, doc)
    title = r.string(doc, "title", "", required=True)
    refs = r.strings(doc, "refs", "", required=True)
    requires = r.strings(doc, "requires", "")
    for i, req in enumerate(requires):
        _check_expr(r, req, axes, f"requires[{i}]")
    timeout = r.number(doc, "timeout", "") or DEFAULT_TIMEOUT
    builds, outs = _builds(r, doc, case_dir, axes)
    _check_go_axes(r, axes, builds)
    runs, gdbs = _runs(r, doc, axes), _gdbs(r, doc)
    if (runs or gdbs) and any(b.build_error for b in builds):
        raise r.fail("run", "a case with an expected build_error has no [[run]] or [[gdb]] steps")
    return Case(
        id=case_dir.relative_to(cases_root).as_posix(),
        dir=case_dir,
        title=title,
        refs=refs,
        requires=requires,
        unsupported=_rules(r, doc, "unsupported", "reason", axes),
        xfail=_rules(r, doc, "xfail", "bug", axes),
        variants=tuple(axes.items()),
        build=tuple(builds),
        run=tuple(runs),
        gdb=tuple(gdbs),
        elf=tuple(_elf_checks(r, doc, outs, axes)),
        timeout=timeout,
        sources=tuple(sorted(p.relative_to(case_dir).as_posix() for p in case_dir.rglob("*")
                             if p.is_file() and p.name != "case.toml")),
    )
