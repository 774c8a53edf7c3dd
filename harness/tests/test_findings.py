"""The findings list: known failures it explains in compare, and the committed list against the
committed baselines (every failing baseline cell explained, no entry that explains nothing)."""
from pathlib import Path

import pytest

from harness import baseline, findings, verdict
from harness.platforms import ROOT

INPUTS = Path(__file__).parent / "Inputs"


def test_compare_tells_explained_from_unexplained_known_failures():
    found = findings.load(INPUTS / "findings.toml")
    old = {"fam/case-a/default/arm64-gcc-gold": "FAIL", "fam/case-b/default/arm64-gcc-gold": "FAIL",
           "fam/case-c/default/arm64-gcc-gold": "XFAIL", "fam/case-d/default/arm64-gcc-gold": "FAIL"}
    new = {"fam/case-a/default/arm64-gcc-gold": "FAIL", "fam/case-b/default/arm64-gcc-gold": "FAIL",
           "fam/case-c/default/arm64-gcc-gold": "XFAIL", "fam/case-d/default/arm64-gcc-gold": "PASS"}
    c = baseline.compare(old, new, findings=found)
    assert c.known == [("fam/case-a/default/arm64-gcc-gold", "FAIL", "ld-x-drops-y"),
                       ("fam/case-b/default/arm64-gcc-gold", "FAIL", "")]
    assert c.unexplained == [("fam/case-b/default/arm64-gcc-gold", "FAIL", "")]
    assert not c.regressions
    text = verdict.format_text(verdict.for_statuses(new, old, findings=found))
    assert "fam/case-a/default/arm64-gcc-gold: FAIL [ld-x-drops-y]" in text
    assert "WITHOUT a finding or bug (1)" in text and "2 known failures (1 unexplained)" in text


@pytest.mark.parametrize("text,message", [
    ('[[finding]]\nid = "x"\n', "missing component"),
    ('[[finding]]\nid = "x"\nbogus = 1\n', "unknown key"),
    ('[finding]\nid = "x"\n', "[[finding]]"),
])
def test_bad_findings_file(tmp_path, text, message):
    path = tmp_path / "findings.toml"
    path.write_text(text)
    with pytest.raises(findings.FindingsError) as e:
        findings.load(path)
    assert message in str(e.value)


def test_committed_findings_explain_exactly_the_failing_baseline_cells():
    found = findings.load()
    cells = baseline.statuses(ROOT / "results" / "baselines")
    failing = sorted(cell for cell, status in cells.items() if status in baseline.BAD)
    unexplained = [cell for cell in failing if findings.explain(cell, found) is None]
    assert not unexplained, "failing baseline cells with no entry in cases/findings.toml"
    idle = [f.id for f in found if not any(f.covers(cell) for cell in failing)]
    assert not idle, "findings that explain no failing baseline cell (fixed? then remove them)"
