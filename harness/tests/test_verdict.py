"""Emulator suspects and the verdict that report.html, summary.md and compare all print
(fixture: Inputs/report/, a run with a regression, a progression, new, removed and known cells,
and a cell that fails under qemu-user but passes natively)."""
import shutil
from pathlib import Path

from harness import baseline, findings, reports, results, suspects, verdict

INPUTS = Path(__file__).parent / "Inputs" / "report"


def fixture_verdict(**kw):
    rs = results.read(INPUTS / "run")
    return rs, verdict.judge(rs, baseline.statuses(INPUTS / "baselines"), "fixture", **kw)


def test_emulator_suspects():
    pairs = suspects.emulator_suspects(results.read(INPUTS / "run"))
    # reloc/copy fails under qemu too, but natively it TIMEOUTs: not the emulator's fault
    assert [(e.cell, n.cell) for e, n in pairs] == [("reloc/ifunc/default/amd64@qemu-gcc-bfd",
                                                      "reloc/ifunc/default/amd64-gcc-bfd")]
    assert suspects.native_arch("arm64@qemu") == "arm64" and suspects.native_arch("arm64") is None


def test_verdict_classifies():
    _, v = fixture_verdict(findings=[])
    assert v.compared and v.against == "fixture"
    assert [r[0] for r in v.regressions] == ["reloc/copy/default/amd64-gcc-bfd", "reloc/ifunc/default/amd64-clang-lld",
                                             "tls/gd/default/arm64-gcc-bfd"]
    assert v.suspects == [("reloc/ifunc/default/amd64@qemu-gcc-bfd", "FAIL", "reloc/ifunc/default/amd64-gcc-bfd", "PASS")]
    assert [p[0] for p in v.progressions] == ["tls/gd/default/amd64-clang-lld"]
    assert [n[0] for n in v.new] == ["data/str/default/amd64-gcc-bfd", "data/str/default/arm64-gcc-bfd"]
    assert v.removed == [("data/gone/default/amd64-gcc-bfd", "PASS")]
    assert {k[0] for k in v.unexplained} == {"reloc/copy/default/amd64@qemu-gcc-bfd", "reloc/copy/default/arm64-gcc-bfd"}


def test_verdict_explains_known_failures_by_findings():
    f = findings.Finding(id="bfd-x", component="ld.bfd", versions="2.40", cells=("reloc/copy/*/arm64-*",),
                         what="the link\n fails", expected="it links", reproduce="x")
    _, v = fixture_verdict(findings=[f])
    assert v.explained == [("reloc/copy/default/arm64-gcc-bfd", "UNRESOLVED", "bfd-x")]
    assert v.findings == {"bfd-x": "ld.bfd: the link fails"}


def test_without_baseline_only_suspects():
    v = verdict.judge(results.read(INPUTS / "run"))
    assert not v.compared and not v.regressions and len(v.suspects) == 1


def test_statuses_only_verdict_matches():
    """compare of two baseline directories: the same verdict from statuses alone."""
    rs, v = fixture_verdict(findings=[])
    v2 = verdict.for_statuses({r.cell: r.status for r in rs}, baseline.statuses(INPUTS / "baselines"), "fixture", [])
    assert verdict.to_json(v) == verdict.to_json(v2)


def test_text_summary_and_report_say_the_same(tmp_path):
    run = tmp_path / "run"
    shutil.copytree(INPUTS / "run", run)
    verdict.write_compare(run, INPUTS / "baselines")
    rs = sorted(results.read(run), key=lambda r: r.cell)
    v = verdict.for_run(run, rs)
    text = verdict.format_text(v)
    assert "3 regressions" in text and "1 emulator suspects" in text
    assert "reloc/ifunc/default/amd64@qemu-gcc-bfd: FAIL (native reloc/ifunc/default/amd64-gcc-bfd: PASS)" in text
    md = reports.write_markdown(run, rs).read_text()
    assert "**3 regressions**" in md
    assert "- `tls/gd/default/arm64-gcc-bfd`: PASS → **FAIL** — run 1: stdout differs: line 2: expected 'b', got 'c'" in md
    assert "- `reloc/ifunc/default/amd64@qemu-gcc-bfd`: **FAIL** (native `reloc/ifunc/default/amd64-gcc-bfd`: PASS)" in md
    assert "- `reloc/copy default`: amd64@qemu-gcc-bfd **FAIL** — run 1: killed by SIGSEGV" in md
    page = reports.write_html(run, rs).read_text()
    assert "<b>3 regressions</b>" in page and "1 emulator suspects" in page


def test_summary_stays_under_a_pr_comment(tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    rs = [results.Result(cell=f"f/c{i}/default/amd64-gcc-bfd", case=f"f/c{i}", variant="default", arch="amd64",
                         profile="gcc-bfd", status="UNSUPPORTED", reason="r" * 80) for i in range(2000)]
    md = reports.write_markdown(run, rs).read_text()
    assert len(md) <= reports.SUMMARY_LIMIT and "more: see report.html" in md
    # a sampled run compared with full baselines: thousands of removed cells, and the regression still shown
    v = verdict.Verdict(against="b", regressions=[(rs[0].cell, "PASS", "UNSUPPORTED")],
                        removed=[(f"f/gone{i}/default/arm64-gcc-bfd", "PASS") for i in range(5000)])
    md = reports.write_markdown(run, rs, v).read_text()
    assert len(md) <= reports.SUMMARY_LIMIT and "**1 regressions**" in md and f"- `{rs[0].cell}`: PASS →" in md
    assert "<summary>Removed cells (5000)</summary>" in md
    page = reports.write_html(run, rs, v).read_text()
    assert page.count("f/gone") == reports.LIST_LIMIT and "4700 more" in page
