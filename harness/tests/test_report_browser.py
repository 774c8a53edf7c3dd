"""report.html in a real browser: headless Chromium loads the report of a fixed run (Inputs/report/)
with a script that drives it as a reader would (Inputs/report/selftest.js); the test asserts on what
the DOM then shows: filters, search, their combination, the cell and case panels, the verdict's
links and the grid's squares."""
import html
import json
import re
import shutil
from pathlib import Path

import pytest

from harness import browser, reports, results, verdict

INPUTS = Path(__file__).parent / "Inputs" / "report"
COLUMNS = ["amd64-clang-lld", "amd64-gcc-bfd", "amd64@qemu-gcc-bfd", "arm64-gcc-bfd"]
ALL_ROWS = ["data/str default", "reloc/copy default", "reloc/ifunc default", "tls/gd default", "tls/ie model=a+b"]


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    run = tmp_path_factory.mktemp("report") / "run"
    shutil.copytree(INPUTS / "run", run)
    verdict.write_compare(run, INPUTS / "baselines")
    reports.write_html(run, sorted(results.read(run), key=lambda r: r.cell))
    return run / "report.html"


@pytest.fixture(scope="module")
def shown(page):
    """What the page showed to selftest.js, as JSON."""
    if not browser.available():
        pytest.fail("chromium is not installed: ci/install-deps.sh installs it")
    test_page = page.with_name("selftest.html")
    test_page.write_text(page.read_text().replace(
        "</body>", f"<script>{(INPUTS / 'selftest.js').read_text()}</script></body>"))
    dom = browser.dump_dom(test_page, budget_ms=5000, timeout=90)
    m = re.search(r'<pre id="selftest">(.*?)</pre>', dom, re.S)
    assert m, f"the self-check wrote no verdict into the DOM:\n{dom[-3000:]}"
    out = json.loads(html.unescape(m.group(1)))
    assert "error" not in out, out["error"]
    return out


def test_page_is_self_contained(page):
    text = page.read_text()
    assert "<script src" not in text and "<link" not in text and "@import" not in text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)


def test_the_matrix_renders_every_row_and_column(shown):
    assert shown["initial"] == {"rows": ALL_ROWS, "cols": COLUMNS}


def test_filters(shown):
    assert shown["family"] == ["tls/gd default", "tls/ie model=a+b"]
    assert shown["status"] == ["reloc/copy default", "reloc/ifunc default", "tls/gd default"]
    assert shown["dimmed"] > 0                  # the other cells of those rows are dimmed
    assert shown["bad"] == ["reloc/copy default", "reloc/ifunc default", "tls/gd default"]
    assert shown["arch"] == {"rows": ["data/str default", "reloc/copy default", "tls/gd default", "tls/ie model=a+b"],
                             "cols": ["arm64-gcc-bfd"]}
    assert shown["profile"] == ["amd64-clang-lld"]
    # the rows whose two amd64 profiles differ, and only amd64's columns
    assert shown["disagree"] == {"rows": ["reloc/copy default", "reloc/ifunc default", "tls/ie model=a+b"],
                                 "cols": ["amd64-clang-lld", "amd64-gcc-bfd"]}


def test_filters_combine(shown):
    # reloc, not PASS, on amd64 (not amd64@qemu): copy (TIMEOUT) and ifunc (XPASS)
    assert shown["combined"] == {"rows": ["reloc/copy default", "reloc/ifunc default"],
                                 "cols": ["amd64-clang-lld", "amd64-gcc-bfd"]}


def test_search_over_names_and_reasons(shown):
    assert shown["search_reason"] == ["reloc/ifunc default"]          # "SIGILL" is in a reason only
    assert shown["search_name"] == ["reloc/copy default"]


def test_cell_panel(shown):
    p = shown["cell_panel"]
    assert p["cell"] == "tls/gd/default/arm64-gcc-bfd"
    assert "FAIL" in p["text"] and "run 1: stdout differs: line 2" in p["text"]
    assert "run1.stdout line 2: expected 'b\\n', got 'c\\n'" in p["text"]            # the first difference
    assert "ld: warning: something <odd> & loud" in p["text"]                 # the build log's tail
    assert "General-dynamic TLS across a DSO" in p["text"]
    assert "https://sourceware.org/bugzilla/show_bug.cgi?id=1234" in p["links"]           # refs as links
    cell = "cells/tls/gd/default/arm64-gcc-bfd/"
    assert [cell + f for f in ("build.log", "run1.stdout", "run1.stderr", "repro.sh")] == p["links"][:4]
    assert [f"#cell=tls/gd/default/{c}" for c in COLUMNS] == p["links"][-4:]   # the case on every column
    assert shown["cell_open"] and shown["cell_closed"]


def test_case_panel(shown):
    p = shown["case_panel"]
    assert p["cell"] == "tls/ie" and "Initial-exec TLS in a DSO" in p["text"]
    assert "probe: qemu-aarch64 not found in PATH" in p["text"] and "expected failure" in p["text"]
    assert p["links"] == [f"#cell=tls/ie/model=a%2Bb/{c}" for c in ("amd64-clang-lld", "amd64-gcc-bfd", "arm64-gcc-bfd")]
    # the link, followed, opens that cell: the '+' survived the URL
    assert shown["plus_link"]["cell"] == "tls/ie/model=a+b/arm64-gcc-bfd"


def test_verdict_link_opens_the_cell(shown):
    p = shown["verdict_link"]
    assert p["cell"] == "reloc/ifunc/default/amd64@qemu-gcc-bfd" and "SIGILL" in p["text"]


def test_grid_square_filters_the_matrix(shown):
    assert shown["grid"] == {"rows": ["reloc/copy default", "reloc/ifunc default"],
                             "cols": ["amd64@qemu-gcc-bfd"], "family": "reloc"}


def test_verdict_at_the_top(page):
    text = page.read_text()
    top = text[:text.index('id="grid"')]
    section = lambda name: top[top.index(f'id="{name}"'):].split("</details>")[0]
    regressions = section("regressions")
    for cell in ("tls/gd/default/arm64-gcc-bfd", "reloc/copy/default/amd64-gcc-bfd",
                 "reloc/ifunc/default/amd64-clang-lld"):
        assert f'href="#cell={cell}"' in regressions
    assert "run 1: no exit within 10s" in regressions                       # with its reason
    assert "amd64@qemu" not in regressions                                  # a suspect, not a regression
    assert 'href="#cell=reloc/ifunc/default/amd64@qemu-gcc-bfd"' in section("suspects")
    assert "tls/gd/default/amd64-clang-lld" in section("progressions")
    assert "reloc/copy/default/arm64-gcc-bfd" in section("unexplained")
    assert "data/str/default/amd64-gcc-bfd" in section("new")
    assert "data/gone/default/amd64-gcc-bfd" in section("removed")
