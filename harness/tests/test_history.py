"""history.html: a chart per column (inline SVG) of PASS over runs, each point linking to its run."""
import json
import re

from harness import history


def write_run(root, name, started, counts):
    d = root / name
    d.mkdir()
    (d / "run.json").write_text(json.dumps({"run": name, "started": started, "git_revision": "abc",
                                            "counts": counts}))


def test_history_chart(tmp_path):
    full = {"PASS": 8, "FAIL": 0, "XFAIL": 1, "UNSUPPORTED": 1}
    write_run(tmp_path, "r2", 200, {"amd64-gcc-bfd": {**full, "PASS": 6, "FAIL": 2}})
    write_run(tmp_path, "r1", 100, {"amd64-gcc-bfd": full, "arm64-gcc-bfd": full})
    write_run(tmp_path, "r3", 300, {"amd64-gcc-bfd": full})
    page = history.write(tmp_path).read_text()
    assert "<script" not in page and "http" not in page.replace("http://www.w3.org", "")
    fig = page[page.index('<figure data-column="amd64-gcc-bfd">'):].split("</figure>")[0]
    assert re.findall(r'<a href="(r\d)/report.html">', fig) == ["r1", "r2", "r3"]          # oldest first
    pts = [tuple(map(float, p.split(","))) for p in re.search(r'class="pass" points="([^"]*)"', fig)[1].split()]
    assert [x for x, _ in pts] == sorted(x for x, _ in pts) and len(pts) == 3
    assert pts[1][1] > pts[0][1] == pts[2][1]             # r2 passed fewer: its point is lower (larger y)
    assert fig.count('class="red"') == 1 and "2 failing" in fig
    arm = page[page.index('<figure data-column="arm64-gcc-bfd">'):].split("</figure>")[0]
    assert arm.count("<circle") == 1                       # only r1 ran arm64
