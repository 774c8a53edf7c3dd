"""Our .sum files against the real runtest's, and against the rules GCC's contrib/compare_tests uses."""
import re
import subprocess


from harness import reports
from harness.results import Result

from .conftest import need_tools

VERDICTS = [("tls/gd", "PASS"), ("tls/ie", "FAIL"), ("tls/x", "XFAIL"), ("tls/y", "XPASS"),
            ("tls/z", "UNSUPPORTED"), ("tls/w", "UNRESOLVED")]


def our_sum(tmp_path, verdicts, column="amd64-gcc-bfd"):
    arch, profile = column.split("-", 1)
    rs = [Result(cell=f"{case}/default/{column}", case=case, variant="default", arch=arch, profile=profile,
                 status=status, reason="" if status == "PASS" else "why") for case, status in verdicts]
    d = tmp_path / column
    d.mkdir()
    reports.write_dejagnu(d, rs)
    return (d / f"{column}.sum").read_text()


def normalise(text: str) -> list[str]:
    """Drop what legitimately differs: dates, host/target lines, file names, the variation name."""
    out = []
    for line in text.splitlines():
        if re.match(r"(Test run by|Native configuration|Target is|Host   is|Running |    \S+$)", line):
            continue
        out.append(line)
    return out


def test_sum_matches_runtest_layout(tmp_path):
    need_tools("runtest")
    suite = tmp_path / "testsuite"
    (suite / "dsoconf.t").mkdir(parents=True)
    (suite / "dsoconf.t" / "a.exp").write_text("".join(
        f'{status.lower()} "{case} default"\n' for case, status in sorted(VERDICTS)))
    subprocess.run(["runtest", "--tool", "dsoconf", "--srcdir", "."], cwd=suite, capture_output=True, timeout=120)
    real = (suite / "dsoconf.sum").read_text()
    assert normalise(our_sum(tmp_path, VERDICTS)) == normalise(real)


def compare_tests_regressions(before: str, now: str) -> set[str]:
    """'Tests that now fail, but worked before' as contrib/compare_tests computes it:
    XFAIL counts as FAIL and XPASS as PASS, names are prefixed with the 'Running target' name."""
    def parse(text):
        target, out = "unix", {}
        for line in text.splitlines():
            m = re.match(r"Running target (\S+)", line)
            if m:
                target = m.group(1)
            m = re.match(r"(PASS|FAIL|XFAIL|XPASS): (.*)", line)
            if m:
                kind = {"XFAIL": "FAIL", "XPASS": "PASS"}.get(m.group(1), m.group(1))
                name = m.group(2) if target == "unix" else f"{target}: {m.group(2)}"
                out[name] = kind
        return out
    b, n = parse(before), parse(now)
    return {name for name, kind in n.items() if kind == "FAIL" and b.get(name) == "PASS"}


def test_compare_tests_sees_our_regressions(tmp_path):
    from harness import baseline
    before = [("tls/a", "PASS"), ("tls/b", "PASS"), ("tls/c", "FAIL"), ("tls/d", "PASS")]
    now = [("tls/a", "PASS"), ("tls/b", "FAIL"), ("tls/c", "PASS"), ("tls/d", "TIMEOUT")]
    (tmp_path / "before").mkdir()
    (tmp_path / "now").mkdir()
    found = compare_tests_regressions(our_sum(tmp_path / "before", before), our_sum(tmp_path / "now", now))
    assert found == {"amd64-gcc-bfd: tls/b default", "amd64-gcc-bfd: tls/d default"}
    ours = baseline.compare({f"{c}/default/amd64-gcc-bfd": s for c, s in before},
                            {f"{c}/default/amd64-gcc-bfd": s for c, s in now})
    assert {r[0] for r in ours.regressions} == {"tls/b/default/amd64-gcc-bfd", "tls/d/default/amd64-gcc-bfd"}
