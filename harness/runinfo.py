"""run.json: what ran where — host, tool versions, git revision, start/end, counts."""
from __future__ import annotations

import json
import platform
import subprocess
from pathlib import Path

from . import reports, results
from .platforms import ROOT

RUN_JSON = "run.json"


def git_revision(root: Path = ROOT) -> str:
    try:
        out = subprocess.run(["git", "-C", str(root), "describe", "--always", "--dirty", "--abbrev=12"],
                             capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return out.stdout.strip() or "unknown"


def write(run_dir: Path, started: float, finished: float, shard: str | None = None) -> Path:
    """Write run.json; a resumed run keeps the first start time and lists its resumptions."""
    path = run_dir / RUN_JSON
    old = json.loads(path.read_text()) if path.exists() else {}
    rs = results.read(run_dir)
    doc = {
        "run": run_dir.name,
        "host": platform.node(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "git_revision": git_revision(),
        "started": old.get("started", started),
        "finished": finished,
        "resumed": old.get("resumed", []) + ([started] if old else []),
        "shard": shard,
        "cells": len(rs),
        "counts": reports.column_counts(rs),
        "tools": reports.tool_versions(run_dir),
        "components": reports.component_versions(run_dir),
    }
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(doc, indent=1) + "\n")
    tmp.replace(path)
    return path
