"""Headless Chromium (Debian's `chromium`) for the report's self-test, its screenshot and its load
time: the page's DOM after its scripts ran, or a PNG of it. Run through procs (own process group,
timeout, group kill)."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from . import procs

CHROMIUM = "chromium"


def available() -> str | None:
    return shutil.which(CHROMIUM)


def _argv(profile_dir: Path, *args: str) -> list[str]:
    # --no-sandbox: the self-tests may run as root (CI containers); the pages are our own files.
    return [CHROMIUM, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--hide-scrollbars", f"--user-data-dir={profile_dir}", *args]


def _run(args: list[str], timeout: float) -> tuple[procs.ProcResult, str, str]:
    with tempfile.TemporaryDirectory(prefix="dsoconf-chromium-") as tmp:
        d = Path(tmp)
        res = procs.run_process(_argv(d / "profile", *args), d, timeout, d / "out", d / "err")
        return res, (d / "out").read_text(errors="replace"), (d / "err").read_text(errors="replace")


def dump_dom(page: Path, budget_ms: int = 5000, timeout: float = 60) -> str:
    """The serialised DOM of `page` once its scripts (and their timers, in virtual time) have run."""
    res, out, err = _run([f"--virtual-time-budget={budget_ms}", "--dump-dom", page.resolve().as_uri()], timeout)
    if res.returncode != 0 or not out:
        raise RuntimeError(f"chromium --dump-dom {page}: {res}, stderr: {err[-2000:]}")
    return out


def screenshot(page: str, out: Path, width: int, height: int, budget_ms: int = 3000, timeout: float = 60) -> Path:
    """A PNG of `page` (a path or a URL with a #fragment) at width x height."""
    url = page if "://" in page else Path(page).resolve().as_uri()
    res, _, err = _run([f"--virtual-time-budget={budget_ms}", f"--window-size={width},{height}",
                        f"--screenshot={out.resolve()}", url], timeout)
    if res.returncode != 0 or not out.exists():
        raise RuntimeError(f"chromium --screenshot {page}: {res}, stderr: {err[-2000:]}")
    return out
