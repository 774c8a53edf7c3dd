"""history.html: pass counts per (arch, profile) over the runs kept in results/, as a table and as
inline SVG charts (one small chart per column; no script, no network)."""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import jinja2

from .reports import TEMPLATES
from .runinfo import RUN_JSON
from .status import BAD

# One chart per column: its size and inner margin, in SVG user units (pixels).
CHART_W, CHART_H, PAD = 300, 80, 6


def _bad(k: dict[str, int]) -> int:
    return sum(n for s, n in k.items() if s in BAD)


def chart(runs: list[dict], column: str) -> dict:
    """The points of a column's chart: x by run, y by PASS (and by cells, drawn faint) out of the most cells."""
    pts = [(i, r["counts"][column]) for i, r in enumerate(runs) if column in r.get("counts", {})]
    top = max((sum(k.values()) for _, k in pts), default=1) or 1
    span = max(len(runs) - 1, 1)
    x = lambda i: round(PAD + i * (CHART_W - 2 * PAD) / span, 1)
    y = lambda n: round(CHART_H - PAD - n * (CHART_H - 2 * PAD) / top, 1)
    points = [{"x": x(i), "y": y(k.get("PASS", 0)), "run": runs[i]["run"], "when": runs[i]["when"],
               "pass": k.get("PASS", 0), "cells": sum(k.values()), "bad": _bad(k)} for i, k in pts]
    return {"column": column, "top": top, "points": points,
            "pass_line": " ".join(f"{p['x']},{p['y']}" for p in points),
            "cells_line": " ".join(f"{p['x']},{y(p['cells'])}" for p in points)}


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
        r.setdefault("run", "")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    path = results_root / "history.html"
    path.write_text(env.get_template("history.html.j2").render(
        runs=runs, columns=columns, charts=[chart(runs, c) for c in columns], w=CHART_W, h=CHART_H, bad=_bad))
    return path
