"""Join the output of shard runs into one run with one set of reports."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from . import reports, results, runinfo


def merge(out: Path, shard_dirs: list[Path]) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    merged: dict[str, results.Result] = {}
    probes: dict[tuple[str, str], dict] = {}
    started, finished = [], []
    for d in shard_dirs:
        for r in results.read(d):
            merged[r.cell] = r
        if (d / "probes.json").exists():
            for p in json.loads((d / "probes.json").read_text()):
                probes[(p["arch"], p["profile"])] = p
        if (d / "cells").is_dir():
            shutil.copytree(d / "cells", out / "cells", dirs_exist_ok=True, symlinks=True)
        if (d / runinfo.RUN_JSON).exists():
            info = json.loads((d / runinfo.RUN_JSON).read_text())
            started.append(info["started"])
            finished.append(info["finished"])
    (out / results.RESULTS_FILE).unlink(missing_ok=True)
    for r in sorted(merged.values(), key=lambda r: r.cell):
        results.append(out, r)
    (out / "probes.json").write_text(json.dumps(list(probes.values()), indent=1))
    reports.write_all(out)
    runinfo.write(out, min(started, default=0.0), max(finished, default=0.0), shard=f"merged from {len(shard_dirs)}")
    return out
