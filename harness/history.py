"""history.html: pass counts per (arch, profile) over the runs kept in results/."""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import jinja2

from .reports import TEMPLATES
from .runinfo import RUN_JSON


def write(results_root: Path) -> Path:
    runs = []
    for f in results_root.glob(f"*/{RUN_JSON}"):
        if f.parent.is_symlink():
            continue
        try:
            runs.append(json.loads(f.read_text()))
        except (OSError, ValueError):
            continue
    runs.sort(key=lambda r: r.get("started", 0))
    columns = sorted({c for r in runs for c in r.get("counts", {})})
    for r in runs:
        r["when"] = datetime.datetime.fromtimestamp(r.get("started", 0)).strftime("%Y-%m-%d %H:%M")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    path = results_root / "history.html"
    path.write_text(env.get_template("history.html.j2").render(runs=runs, columns=columns))
    return path
