"""Fixtures for the harness self-tests: a native amd64 column and throw-away cases."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from harness.cache import BuildCache
from harness.cells import expand
from harness.execute import Context
from harness.manifest import load_case
from harness.platforms import ROOT, load_arch, load_profile
from harness.probe import probe


@pytest.fixture(scope="session")
def amd64():
    return load_arch(ROOT / "arch" / "amd64.toml")


@pytest.fixture(scope="session")
def gcc_bfd():
    return load_profile(ROOT / "arch" / "profiles" / "gcc-bfd.toml")


@pytest.fixture(scope="session")
def amd64_probe(amd64, gcc_bfd):
    p = probe(amd64, gcc_bfd)
    assert p.ok, p.reason
    return p


def write_case(root: Path, case_id: str, toml: str, files: dict[str, str] | None = None) -> Path:
    d = root / case_id
    d.mkdir(parents=True)
    (d / "case.toml").write_text(textwrap.dedent(toml))
    for name, text in (files or {}).items():
        (d / name).write_text(textwrap.dedent(text))
    return d / "case.toml"


@pytest.fixture
def cases_root(tmp_path):
    root = tmp_path / "cases"
    root.mkdir()
    return root


@pytest.fixture
def context(tmp_path, amd64_probe):
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    return Context(run_dir=run_dir, cache=BuildCache(tmp_path / "cache"), check_h=ROOT / "cases" / "lib" / "check.h",
                   probes={("amd64", "gcc-bfd"): amd64_probe})


@pytest.fixture
def one_cell(cases_root, amd64, gcc_bfd):
    """one_cell(toml, files) -> the single amd64/gcc-bfd Cell of a new case."""
    def make(toml: str, files: dict[str, str] | None = None, case_id: str = "t/case"):
        case = load_case(write_case(cases_root, case_id, toml, files), cases_root)
        cells = expand(case, [amd64], [gcc_bfd])
        return cells[0] if len(cells) == 1 else cells
    return make


@pytest.fixture
def input_cell(cases_root, amd64, gcc_bfd):
    """input_cell(name, case_id=None, **values) -> the amd64/gcc-bfd Cell of fixture case Inputs/cases/<name>."""
    def make(fixture: str, case_id: str | None = None, **values):
        (cell,) = expand(load_case(input_case(cases_root, fixture, case_id, **values), cases_root), [amd64], [gcc_bfd])
        return cell
    return make


INPUTS = Path(__file__).resolve().parent / "Inputs"


def input_case(root: Path, fixture: str, case_id: str | None = None, **values: object) -> Path:
    """Copy the fixture case Inputs/cases/<fixture>/ (like lit's tests/Inputs/) to root/<case_id>
    (default t/<fixture>), with every @KEY@ in its files replaced by values[key]; the case.toml path."""
    d = root / (case_id or f"t/{fixture}")
    d.mkdir(parents=True)
    for src in sorted((INPUTS / "cases" / fixture).iterdir()):
        text = src.read_text()
        for key, value in values.items():
            text = text.replace(f"@{key.upper()}@", str(value))
        (d / src.name).write_text(text)
    return d / "case.toml"


def need_tools(*tools: str) -> None:
    """Skip a self-test when a tool it needs is missing -- or fail it under DSOCONF_STRICT=1 (CI sets
    it: there ci/install-deps.sh has installed everything, so a missing tool is a defect)."""
    import os
    import shutil
    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    why = f"{', '.join(missing)} not installed (ci/install-deps.sh installs it)"
    if os.environ.get("DSOCONF_STRICT") == "1":
        pytest.fail(f"DSOCONF_STRICT=1: {why}")
    pytest.skip(why)


def harness_argv(tmp_path: Path, *args: str) -> list[str]:
    """argv of `python3 -m harness run` on amd64 with cases, results and cache under tmp_path."""
    import sys
    return [sys.executable, "-m", "harness", "run", "--arch", "amd64", "--cases-root", str(tmp_path / "cases"),
            "--results-root", str(tmp_path / "results"), "--cache-dir", str(tmp_path / "cache"), *args]
