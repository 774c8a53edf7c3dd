"""show and export one cell: for a terminal, and as a tarball to attach to a bug report."""
from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

from . import results
from .repro import PLAN_FILE
from .runinfo import RUN_JSON

LOG_NAMES = ("build.log",)


def find(run_dir: Path, cell: str) -> tuple[results.Result, Path]:
    by_cell = {r.cell: r for r in results.read(run_dir)}
    if cell not in by_cell:
        near = [c for c in by_cell if cell in c]
        hint = f"; did you mean {', '.join(sorted(near)[:5])}" if near else ""
        raise KeyError(f"no cell {cell!r} in {run_dir}{hint}")
    return by_cell[cell], run_dir / "cells" / cell


def _tail(path: Path, lines: int) -> str:
    text = path.read_text(errors="replace").splitlines()
    cut = len(text) - lines
    return "\n".join((["[... %d lines ...]" % cut] if cut > 0 else []) + text[-lines:])


def show(run_dir: Path, cell: str, lines: int = 40) -> str:
    r, d = find(run_dir, cell)
    out = [f"{r.cell}: {r.status}" + (f" — {r.reason}" if r.reason else ""), f"  {r.title}"]
    out += [f"  ref: {ref}" for ref in r.refs]
    if d.exists():
        for name in ["build.log", *sorted(p.name for p in d.glob("run*.std*"))]:
            p = d / name
            if p.exists():
                out += ["", f"--- {name}", _tail(p, lines)]
        out += ["", f"repro: sh {d / 'repro.sh'}"]
    return "\n".join(out)


def _versions(run_dir: Path, column: str) -> str:
    info = run_dir / RUN_JSON
    tools = {}
    if info.exists():
        tools = json.loads(info.read_text()).get("tools", {}).get(column, {})
    elif (run_dir / "probes.json").exists():
        for p in json.loads((run_dir / "probes.json").read_text()):
            if f"{p['arch']}-{p['profile']}" == column:
                tools = p["versions"]
    return "".join(f"{tool}: {version}\n" for tool, version in tools.items())


def export(run_dir: Path, cell: str, out: Path | None = None) -> Path:
    """Write a .tar.gz with the case sources, repro.sh, expected and actual output, tool versions."""
    r, d = find(run_dir, cell)
    if not d.exists():
        raise FileNotFoundError(f"{cell} has no cell directory (it was {r.status} before building: {r.reason})")
    top = "dsoconf-" + cell.replace("/", "_").replace("=", "-").replace(",", "_")
    out = out or Path.cwd() / f"{top}.tar.gz"
    repro = (d / "repro.sh").read_text()
    sources = set(json.loads((d / PLAN_FILE).read_text())["sources"])
    readme = (f"dsoconf cell {r.cell}\n{r.title}\n\nstatus: {r.status}\nreason: {r.reason or '-'}\n"
              + "".join(f"ref: {ref}\n" for ref in r.refs)
              + "\nReproduce (needs sh, coreutils, perl, the toolchain and, for a foreign arch, qemu-user):\n"
                "  sh repro.sh          # rebuilds in ./repro, reruns, exits 0 if the cell behaves as expected\n"
                "work/ holds the case sources, run*.expected the expected output, run*.stdout/.stderr and\n"
                "build.log what the harness saw, versions.txt the tools it used.\n")

    def add_bytes(tar: tarfile.TarFile, name: str, data: bytes, mode: int = 0o644) -> None:
        info = tarfile.TarInfo(f"{top}/{name}")
        info.size, info.mode = len(data), mode
        tar.addfile(info, io.BytesIO(data))

    with tarfile.open(out, "w:gz") as tar:
        add_bytes(tar, "README.txt", readme.encode())
        add_bytes(tar, "versions.txt", _versions(run_dir, r.column).encode())
        add_bytes(tar, "repro.sh", repro.encode(), 0o755)
        for name in sorted(sources):
            tar.add(d / "work" / name, f"{top}/work/{name}")
        for p in sorted(d.iterdir()):
            if p.is_file() and (p.name in LOG_NAMES or p.name.startswith("run")):
                tar.add(p, f"{top}/{p.name}")
    return out
