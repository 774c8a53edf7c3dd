"""Sharding is stable, complete, balanced; merged shard runs equal an unsharded run cell for cell."""
import subprocess
import sys

from harness import results, shard
from harness.platforms import ROOT

from .conftest import harness_argv, write_case


def test_assign_is_a_stable_balanced_partition():
    cells = [f"f/c{i}/default/amd64-gcc-bfd" for i in range(40)]
    times = {c: float(i % 7 + 1) for i, c in enumerate(cells)}
    a = shard.assign(cells, 4, times)
    assert sorted(a) == sorted(cells) and set(a.values()) == {1, 2, 3, 4}
    assert a == shard.assign(list(reversed(cells)), 4, dict(reversed(list(times.items()))))
    loads = [sum(times[c] for c in cells if a[c] == k) for k in (1, 2, 3, 4)]
    assert max(loads) - min(loads) <= max(times.values())


def test_parse():
    assert shard.parse("2/4") == (2, 4)
    for bad in ("0/4", "5/4", "x", "1/"):
        try:
            shard.parse(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def run(tmp_path, *args):
    return subprocess.run(harness_argv(tmp_path, "-n", "0", *args), cwd=ROOT, capture_output=True, text=True,
                          timeout=600)


def test_merged_shards_equal_unsharded_run(tmp_path):
    for i in range(6):
        write_case(tmp_path / "cases", f"f/c{i}", f"""\
            title = "c{i}"
            refs = ["harness self-test"]
            [[build]]
            out = "main"
            src = ["main.c"]
            [[run]]
            argv = ["./main"]
            exit = {i % 2}
            """, {"main.c": f"int main(void) {{ return {i % 3 == 0}; }}\n"})
    whole = tmp_path / "results" / "whole"
    run(tmp_path, "--run-dir", str(whole))
    parts = []
    for i in (1, 2, 3, 4):
        d = tmp_path / "results" / f"shard{i}"
        run(tmp_path, "--shard", f"{i}/4", "--run-dir", str(d))
        parts.append(d)
    sizes = [len(results.read(d)) for d in parts]
    assert sum(sizes) == 6 and all(sizes)
    merged = tmp_path / "results" / "merged"
    out = subprocess.run([sys.executable, "-m", "harness", "merge", str(merged), *map(str, parts)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 1                # some cells fail on purpose: merge reports it
    key = lambda d: sorted((r.cell, r.status, r.reason) for r in results.read(d))
    assert key(merged) == key(whole)
    assert (merged / "report.html").exists() and (merged / "run.json").exists()
