"""compare: regressions, progressions, new and removed cells; baselines round-trip."""
import json

from harness import baseline, verdict


def test_compare_classifies():
    old = {"a/x/default/amd64-gcc-bfd": "PASS", "a/y/default/amd64-gcc-bfd": "FAIL",
           "a/z/default/amd64-gcc-bfd": "XFAIL", "a/w/default/amd64-gcc-bfd": "PASS",
           "a/gone/default/amd64-gcc-bfd": "PASS", "a/other/default/arm-gcc-bfd": "PASS",
           "a/u/default/amd64-gcc-bfd": "PASS"}
    new = {"a/x/default/amd64-gcc-bfd": "FAIL", "a/y/default/amd64-gcc-bfd": "PASS",
           "a/z/default/amd64-gcc-bfd": "XPASS", "a/w/default/amd64-gcc-bfd": "PASS",
           "a/new/default/amd64-gcc-bfd": "TIMEOUT", "a/new2/default/amd64-gcc-bfd": "PASS",
           "a/u/default/amd64-gcc-bfd": "UNSUPPORTED"}
    c = baseline.compare(old, new, columns={"amd64-gcc-bfd"})
    assert {r[0].split("/")[1] for r in c.regressions} == {"x", "z", "new", "u"}
    assert [r[0].split("/")[1] for r in c.progressions] == ["y"]
    assert [r[0].split("/")[1] for r in c.new] == ["new", "new2"]
    assert [r[0].split("/")[1] for r in c.removed] == ["gone"]          # arm was not run: not "removed"
    text = verdict.format_text(verdict.for_statuses(new, old, findings=[]))
    assert "a/x/default/amd64-gcc-bfd: PASS -> FAIL" in text and "4 regressions" in text


def test_baseline_round_trip(tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    rows = [("f/c/default/amd64-gcc-bfd", "amd64", "PASS"), ("f/c/default/arm-gcc-bfd", "arm", "UNSUPPORTED")]
    (run / "results.jsonl").write_text("".join(
        json.dumps(dict(cell=c, case="f/c", variant="default", arch=a, profile="gcc-bfd", status=s,
                        reason="" if s == "PASS" else "r")) + "\n" for c, a, s in rows))
    written = baseline.write_baselines(run, tmp_path / "baselines")
    assert sorted(p.name for p in written) == ["amd64-gcc-bfd.json", "arm-gcc-bfd.json"]
    assert baseline.statuses(tmp_path / "baselines") == baseline.statuses(run) == {c: s for c, _, s in rows}
