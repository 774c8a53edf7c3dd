"""Reports generated from a fixed results.jsonl."""
import json
import re
import xml.etree.ElementTree as ET

from harness import reports, results

ROWS = [
    ("tls/gd/default/amd64-gcc-bfd", "PASS", ""),
    ("tls/gd/default/arm64-gcc-bfd", "FAIL", "run 1: exit 1, expected 0"),
    ("tls/ie/model=a/amd64-gcc-bfd", "XFAIL", "expected failure (https://bugs/1): boom"),
    ("tls/ie/model=a/arm64-gcc-bfd", "UNSUPPORTED", "probe: qemu-aarch64 not found in PATH"),
    ("reloc/copy/default/amd64-gcc-bfd", "TIMEOUT", "run 1: no exit within 10s"),
    ("reloc/copy/default/arm64-gcc-bfd", "UNRESOLVED", "bad manifest: x"),
    ("reloc/ifunc/default/amd64-gcc-bfd", "XPASS", "expected to fail (https://bugs/2) but passed"),
]


def make_run(tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    with (run / "results.jsonl").open("w") as f:
        for cell, status, reason in ROWS:
            case_a, case_b, variant, column = cell.split("/")
            arch, profile = column.split("-", 1)
            f.write(json.dumps(dict(cell=cell, case=f"{case_a}/{case_b}", variant=variant, arch=arch,
                                    profile=profile, status=status, reason=reason, title="t")) + "\n")
        f.write('{"cell": "torn line from a killed wri')      # must be ignored
    return run


def test_read_skips_torn_line(tmp_path):
    assert len(results.read(make_run(tmp_path))) == len(ROWS)


def test_html(tmp_path):
    run = make_run(tmp_path)
    rs = sorted(results.read(run), key=lambda r: r.cell)
    html = reports.write_html(run, rs).read_text()
    assert '<th colspan="1">amd64</th>' in html and "<th>gcc-bfd</th>" in html        # the grid's header
    data = reports.page_data(run, rs)
    assert data["columns"] == [["amd64", "gcc-bfd"], ["arm64", "gcc-bfd"]]
    row = dict(((case, variant), cells) for case, variant, cells in data["rows"])[("tls/gd", "default")]
    assert [data["statuses"][c[0]] for c in row] == ["PASS", "FAIL"]
    assert data["strings"][row[1][1]] == "run 1: exit 1, expected 0"
    assert "run 1: exit 1, expected 0" in html                 # failing cells are listed at the top
    assert "<script src" not in html and "<link" not in html        # self-contained


def test_grid_colour_is_the_worst_status(tmp_path):
    run = make_run(tmp_path)
    families, grid = reports.family_grid(results.read(run))
    assert families == ["reloc", "tls"]
    assert reports.worst(grid["reloc"]["amd64-gcc-bfd"]) == "TIMEOUT"
    assert reports.worst(grid["tls"]["amd64-gcc-bfd"]) == "XFAIL"
    assert reports.worst({"PASS": 3}) == "PASS"


def test_markdown_lists_non_pass_cells(tmp_path):
    run = make_run(tmp_path)
    md = reports.write_markdown(run, results.read(run)).read_text()
    assert "- **amd64** (4 cells, 1 columns): PASS 1 · XFAIL 1 · XPASS 1 · TIMEOUT 1" in md
    assert "- `tls/gd default`: arm64-gcc-bfd **FAIL** — run 1: exit 1, expected 0" in md
    assert "|" not in md                                   # no table: it fits a PR comment at any width


def test_junit(tmp_path):
    run = make_run(tmp_path)
    root = ET.parse(reports.write_junit(run, results.read(run))).getroot()
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    amd, arm = suites["amd64-gcc-bfd"], suites["arm64-gcc-bfd"]
    assert (amd.get("tests"), amd.get("failures"), amd.get("errors"), amd.get("skipped")) == ("4", "2", "0", "1")
    assert (arm.get("tests"), arm.get("failures"), arm.get("errors"), arm.get("skipped")) == ("3", "1", "1", "1")
    case = next(tc for tc in root.iter("testcase") if tc.get("classname") == "tls.gd" and "arm64" in tc.get("name"))
    assert case.find("failure") is not None
    props = {p.get("name"): p.get("value") for p in case.iter("property")}
    assert props == {"arch": "arm64", "profile": "gcc-bfd", "variant": "default", "status": "FAIL",
                     "cell": "tls/gd/default/arm64-gcc-bfd"}


def test_dejagnu_sum(tmp_path):
    run = make_run(tmp_path)
    reports.write_dejagnu(run, results.read(run))
    text = (run / "amd64-gcc-bfd.sum").read_text()
    assert "Running target amd64-gcc-bfd" in text
    assert re.search(r"^PASS: tls/gd default$", text, re.M)
    assert re.search(r"^XPASS: reloc/ifunc default$", text, re.M)
    assert re.search(r"^FAIL: reloc/copy default$", text, re.M)            # TIMEOUT: a FAIL, same name
    assert "\t\t=== dsoconf Summary ===" in text
    assert re.search(r"^# of expected passes\t\t1$", text, re.M)
    assert re.search(r"^# of unexpected failures\t1$", text, re.M)


def test_url_part_keeps_ids_readable():
    assert reports.url_part("f/c/opt=a+b/amd64@qemu-gcc-bfd") == "f/c/opt=a%2Bb/amd64@qemu-gcc-bfd"
    assert reports.url_part("f/c/x=a&b#c d%") == "f/c/x=a%26b%23c%20d%25"
