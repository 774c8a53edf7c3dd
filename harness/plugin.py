"""The pytest plugin: case.toml files become one test item per cell.

Loaded through pytest.ini (`addopts = -p harness.plugin`), so `pytest cases/ -n auto -k tls` works. The
controller only picks the run directory; each process (controller or xdist worker) builds
its own Context lazily, and the first to need probes runs them under a file lock.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from . import baseline, options, reports, results, shard, status
from . import session as run_session
from .cells import Cell, expand
from .execute import Context, execute
from .manifest import ManifestError, load_case
from .platforms import ROOT, ConfigError
from .results import Result

OPTIONS_KEY = pytest.StashKey[dict]()
CONTEXT_KEY = pytest.StashKey[Context]()
MATRIX_KEY = pytest.StashKey[tuple]()
LOCK_KEY = pytest.StashKey[int]()


def pytest_addoption(parser: pytest.Parser) -> None:
    options.add_to_pytest(parser.getgroup("dsoconf", "dsoconf matrix"))


def _options(config: pytest.Config) -> dict:
    """The run's settings (session.settings): resolved by the controller, handed to the workers."""
    if OPTIONS_KEY in config.stash:
        return config.stash[OPTIONS_KEY]
    if hasattr(config, "workerinput"):
        opts = json.loads(config.workerinput["dsoconf"])
    else:
        try:
            opts = run_session.settings(lambda dest: config.getoption(dest))
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
        config.stash[MATRIX_KEY] = run_session.matrix(_options(config))
    return config.stash[MATRIX_KEY]


def _context(config: pytest.Config) -> Context:
    if CONTEXT_KEY in config.stash:
        return config.stash[CONTEXT_KEY]
    opts = _options(config)
    run_dir = Path(opts["run_dir"])
    run_dir.mkdir(parents=True, exist_ok=True)
    fd = run_session.claim(run_dir, opts["run_token"])
    if fd is not None:
        config.stash[LOCK_KEY] = fd          # held until this process exits
    ctx = run_session.context(opts, *_matrix(config))
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
            if shard.sampled_out(case.id, cell.profile, opts["sample"]):
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
        if isinstance(excinfo.value, run_session.RunDirBusy):
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
        if isinstance(excinfo.value, run_session.RunDirBusy):
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


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not hasattr(session.config, "workerinput"):
        run_session.finish(_options(session.config))


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return
    opts = _options(config)
    run_dir = Path(opts["run_dir"])
    if not (run_dir / results.RESULTS_FILE).exists() or not run_session.owns(run_dir, opts["run_token"]):
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
