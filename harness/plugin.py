"""The pytest plugin: case.toml files become one test item per cell.

Loaded through pytest.ini (`addopts = -p harness.plugin`), so `pytest cases/ -n auto -k tls` works. The
controller only picks the run directory; each process (controller or xdist worker) builds
its own Context lazily, and the first to need probes runs them under a file lock.
"""
from __future__ import annotations

import fcntl
import json
import os
import time
from pathlib import Path

import pytest

from . import baseline, columns, coverage, reports, results, runinfo, shard, status
from . import probe as probing
from .cache import BuildCache, default_root
from .cells import Cell, expand
from .execute import Context, execute
from .manifest import ManifestError, load_case
from .platforms import DEFAULT_ARCHES, DEFAULT_PROFILES, ROOT, ConfigError, select_arches, select_profiles
from .results import Result

OPTIONS_KEY = pytest.StashKey[dict]()
CONTEXT_KEY = pytest.StashKey[Context]()
MATRIX_KEY = pytest.StashKey[tuple]()
LOCK_KEY = pytest.StashKey[int]()


def pytest_addoption(parser: pytest.Parser) -> None:
    g = parser.getgroup("dsoconf", "dsoconf matrix")
    g.addoption("--arch", default=None, help=f"comma list of arches, or 'all' (default {DEFAULT_ARCHES})")
    g.addoption("--profile", default=None, help=f"comma list of profiles, or 'all' (default {DEFAULT_PROFILES})")
    g.addoption("--profile-file", action="append", default=[], help="extra profile TOML file (repeatable)")
    g.addoption("--run-dir", default=None, help="results directory of this run (default results/<time>)")
    g.addoption("--resume", action="store_true", help="skip cells already in --run-dir (default results/latest)")
    g.addoption("--cache-dir", default=None, help="build cache root (default $XDG_CACHE_HOME/dsoconf)")
    g.addoption("--timeout-scale", type=float, default=1.0, help="multiply every run timeout")
    g.addoption("--scale", type=int, default=1, help="stress scale: cases read it as {scale} (timeouts grow with it)")
    g.addoption("--cases-root", default=None, help="directory holding the cases (default ./cases)")
    g.addoption("--results-root", default=None, help="where runs are written (default ./results)")
    g.addoption("--sample", default=None, help=f"N/D: profiles other than {DEFAULT_PROFILES} run a stable N/D "
                "share of the cases")
    g.addoption("--shard", default=None, help="run shard I of N (I/N), balanced by the baselines' cell times")
    g.addoption("--coverage", action="store_true", help="build C steps with --coverage; programs write .gcda "
                "files into their cell's work/ (python3 -m harness coverage reports them)")


def _options(config: pytest.Config) -> dict:
    """Plain data every process agrees on (the controller's choice, passed to workers)."""
    if OPTIONS_KEY in config.stash:
        return config.stash[OPTIONS_KEY]
    if hasattr(config, "workerinput"):
        opts = json.loads(config.workerinput["dsoconf"])
    else:
        g = config.getoption
        results_root = Path(g("--results-root") or ROOT / "results").resolve()
        run_dir = g("--run-dir")
        if run_dir is None and g("--resume"):
            run_dir = str((results_root / "latest").resolve())
        if run_dir is None:
            run_dir = str(results_root / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")
        done: list[str] = []
        if g("--resume"):
            done = sorted(r.cell for r in results.read(Path(run_dir)))
        opts = {
            "arch": g("--arch") or os.environ.get("ARCHES") or DEFAULT_ARCHES,
            "profile": g("--profile") or os.environ.get("PROFILES") or DEFAULT_PROFILES,
            "profile_files": [str(Path(p).resolve()) for p in g("--profile-file")],
            "run_dir": str(Path(run_dir).resolve()),
            "results_root": str(results_root),
            "cache_dir": str(Path(g("--cache-dir")).resolve()) if g("--cache-dir") else str(default_root()),
            "timeout_scale": g("--timeout-scale"),
            "scale": g("--scale"),
            "run_token": f"{os.getpid()}-{time.time_ns()}",
            "cases_root": str(Path(g("--cases-root") or ROOT / "cases").resolve()),
            "done": done,
            "shard": g("--shard"),
            "coverage": g("--coverage"),
            "sample": g("--sample"),
            "started": time.time(),
        }
        if opts["sample"]:
            try:
                shard.parse_sample(opts["sample"])
            except ValueError as e:
                raise pytest.UsageError(f"--sample: {e}") from None
        if opts["shard"]:
            try:
                shard.parse(opts["shard"])      # a bad spec fails before any work
            except ValueError as e:
                raise pytest.UsageError(str(e)) from None
    config.stash[OPTIONS_KEY] = opts
    return opts


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:          # xdist: hand the controller's choices to a worker
    node.workerinput["dsoconf"] = json.dumps(_options(node.config))


def _matrix(config: pytest.Config):
    """(arches, profiles) selected for this run, loaded once per process."""
    if MATRIX_KEY not in config.stash:
        opts = _options(config)
        arches = select_arches(opts["arch"], ROOT)
        profiles = select_profiles(opts["profile"], opts["profile_files"])
        if opts.get("coverage"):
            profiles = [coverage.instrument(p) for p in profiles]
        config.stash[MATRIX_KEY] = (arches, profiles)
    return config.stash[MATRIX_KEY]


class RunDirBusy(Exception):
    pass


def _claim(run_dir: Path, token: str, config: pytest.Config) -> None:
    """One run at a time per results directory. The first process of a run to get here holds an
    flock on .run.lock for its lifetime and writes the run's token; the run's other processes see
    their own token; a process of another run sees a held lock with another token and stops."""
    fd = os.open(run_dir / ".run.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        # The holder writes its token right after taking the lock (over a stale one, perhaps):
        # give a process of the same run a moment to see it.
        deadline = time.monotonic() + 5
        owner = ""
        while time.monotonic() < deadline:
            owner = os.pread(fd, 200, 0).decode(errors="replace").strip()
            if owner == token:
                break
            time.sleep(0.02)
        os.close(fd)
        if owner != token:
            raise RunDirBusy(f"{run_dir} is in use by another run ({owner or 'unknown'}); "
                             f"use another --run-dir or wait") from None
        return
    os.ftruncate(fd, 0)
    os.pwrite(fd, token.encode(), 0)
    config.stash[LOCK_KEY] = fd          # held until this process exits


def _context(config: pytest.Config) -> Context:
    if CONTEXT_KEY in config.stash:
        return config.stash[CONTEXT_KEY]
    opts = _options(config)
    run_dir = Path(opts["run_dir"])
    run_dir.mkdir(parents=True, exist_ok=True)
    _claim(run_dir, opts["run_token"], config)
    arches, profiles = _matrix(config)
    probes_file = run_dir / "probes.json"
    with (run_dir / ".probes.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        probes = probing.load(probes_file) if probes_file.exists() else {}
        missing = [(a, p) for a in arches for p in profiles if p.applies_to(a) and (a.name, p.name) not in probes]
        if missing:
            probes.update(columns.probe_all(missing, Path(opts["cache_dir"])))
            probing.save(probes, probes_file)
    cases_root = Path(opts["cases_root"])
    check_h = cases_root / "lib" / "check.h"
    if not check_h.exists():
        check_h = ROOT / "cases" / "lib" / "check.h"
    ctx = Context(run_dir, BuildCache(Path(opts["cache_dir"])), check_h, probes, opts["timeout_scale"],
                  coverage=bool(opts.get("coverage")))
    config.stash[CONTEXT_KEY] = ctx
    return ctx


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if file_path.name != "case.toml":
        return None
    cases_root = Path(_options(parent.config)["cases_root"])
    if not file_path.resolve().is_relative_to(cases_root):
        return None
    return CaseFile.from_parent(parent, path=file_path)


class CaseFile(pytest.File):
    def collect(self):
        opts = _options(self.config)
        try:
            arches, profiles = _matrix(self.config)
        except ConfigError as e:
            raise self.CollectError(str(e)) from None
        cases_root = Path(opts["cases_root"])
        done = set(opts["done"])
        try:
            case = load_case(self.path, cases_root)
        except ManifestError as e:
            case_id = self.path.parent.resolve().relative_to(cases_root).as_posix()
            for arch in arches:
                for prof in profiles:
                    if not prof.applies_to(arch):
                        continue
                    cell_id = f"{case_id}/default/{arch.name}-{prof.name}"
                    if cell_id not in done:
                        yield BadCaseItem.from_parent(self, name=f"{arch.name}-{prof.name}[manifest]",
                                                      error=e, case_id=case_id, arch=arch.name, profile=prof.name)
            return
        for cell in expand(case, arches, profiles, opts["scale"]):
            if opts["sample"] and cell.profile.name != DEFAULT_PROFILES and not shard.in_sample(case.id, opts["sample"]):
                continue
            if cell.id not in done:
                yield CellItem.from_parent(self, name=f"{cell.column}[{cell.variant_name}]", cell=cell)


class CellFailed(Exception):
    def __init__(self, result: Result, cell_dir: Path | None):
        super().__init__(result.reason)
        self.result, self.cell_dir = result, cell_dir


def _finish(item: pytest.Item, result: Result, cell_dir: Path | None) -> None:
    results.append(_context(item.config).run_dir, result)
    item.user_properties += [("status", result.status), ("reason", result.reason)]
    if result.status == "PASS":
        return
    if result.status == "XFAIL":
        pytest.xfail(result.reason)
    if result.status == "UNSUPPORTED":
        pytest.skip(result.reason)
    raise CellFailed(result, cell_dir)


class CellItem(pytest.Item):
    def __init__(self, *, cell: Cell, **kwargs):
        super().__init__(**kwargs)
        self.cell = cell
        self.add_marker(pytest.mark.dsoconf)

    def runtest(self) -> None:
        ctx = _context(self.config)       # RunDirBusy propagates: nothing is written for this cell
        try:
            result = execute(self.cell, ctx)
        except Exception as e:        # a harness bug must not take the run down: the cell is UNRESOLVED
            c = self.cell
            result = Result(cell=c.id, case=c.case.id, variant=c.variant_name, arch=c.arch.name,
                            profile=c.profile.name, status="UNRESOLVED", title=c.case.title,
                            reason=f"harness error: {type(e).__name__}: {e}")
        _finish(self, result, ctx.cell_dir(self.cell))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, RunDirBusy):
            return f"UNRESOLVED: {excinfo.value}"
        if isinstance(excinfo.value, CellFailed):
            r, d = excinfo.value.result, excinfo.value.cell_dir
            lines = [f"{r.status}: {r.reason}"]
            if d is not None and d.exists():
                lines += [f"  cell dir: {d}", f"  repro:    {d / 'repro.sh'}"]
            return "\n".join(lines)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, f"{self.cell.id}"


class BadCaseItem(pytest.Item):
    """A case.toml that does not validate: UNRESOLVED in every column, the error names file and key."""

    def __init__(self, *, error: ManifestError, case_id: str, arch: str, profile: str, **kwargs):
        super().__init__(**kwargs)
        self.error, self.case_id, self.arch, self.profile = error, case_id, arch, profile

    def runtest(self) -> None:
        _context(self.config)
        result = Result(cell=f"{self.case_id}/default/{self.arch}-{self.profile}", case=self.case_id,
                        variant="default", arch=self.arch, profile=self.profile, status="UNRESOLVED",
                        reason=f"bad manifest: {self.error}")
        _finish(self, result, None)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, RunDirBusy):
            return f"UNRESOLVED: {excinfo.value}"
        if isinstance(excinfo.value, CellFailed):
            return f"UNRESOLVED: {excinfo.value.result.reason}"
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, f"{self.case_id} (manifest)"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "dsoconf: a dsoconf matrix cell")


def _cell_id(item: pytest.Item) -> str | None:
    if isinstance(item, CellItem):
        return item.cell.id
    if isinstance(item, BadCaseItem):
        return f"{item.case_id}/default/{item.arch}-{item.profile}"
    return None


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list) -> None:
    spec = _options(config)["shard"]
    if not spec:
        return
    i, n = shard.parse(spec)
    ids = [c for c in map(_cell_id, items) if c is not None]
    durations = baseline.durations(ROOT / "results" / "baselines")
    owner = shard.assign(ids, n, durations)
    keep, drop = [], []
    for item in items:
        cid = _cell_id(item)
        (keep if cid is None or owner[cid] == i else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def _owns_run_dir(run_dir: Path, token: str) -> bool:
    try:
        return (run_dir / ".run.lock").read_text().strip() == token
    except OSError:
        return False


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if hasattr(session.config, "workerinput"):
        return
    opts = _options(session.config)
    run_dir = Path(opts["run_dir"])
    if not (run_dir / results.RESULTS_FILE).exists() or not _owns_run_dir(run_dir, opts["run_token"]):
        return
    reports.write_all(run_dir)
    runinfo.write(run_dir, opts["started"], time.time(), opts["shard"])
    latest = Path(opts["results_root"]) / "latest"
    if run_dir.parent == latest.parent:
        tmp = latest.with_name(f".latest-{os.getpid()}")
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(run_dir.name)
        tmp.replace(latest)


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return
    opts = _options(config)
    run_dir = Path(opts["run_dir"])
    if not (run_dir / results.RESULTS_FILE).exists() or not _owns_run_dir(run_dir, opts["run_token"]):
        return
    rs = results.read(run_dir)
    counts = reports.column_counts(rs)
    terminalreporter.section("dsoconf matrix")
    for column, by_status in counts.items():
        terminalreporter.write_line(f"{column:24} " + "  ".join(f"{s} {n}" for s, n in by_status.items() if n))
    bad = sorted((r for r in rs if r.status in status.BAD), key=lambda r: r.cell)
    for r in bad[:30]:
        terminalreporter.write_line(f"{r.status}: {r.cell}: {r.reason[:200]}")
    if len(bad) > 30:
        terminalreporter.write_line(f"... and {len(bad) - 30} more in summary.md")
    terminalreporter.write_line(f"report: {run_dir / 'report.html'}")
    terminalreporter.write_line(f"        {run_dir / 'summary.md'}  {run_dir / 'junit.xml'}")
