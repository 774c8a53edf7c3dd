"""Line and function counts from gcov, and lcov tracefiles (.info) in and out.

`gcov --stdout --json-format` (GCC 9+) prints one JSON document per .gcda; `add_documents` sums
them into a Coverage: source path -> FileCov. Tracefiles are the format lcov/genhtml read
(SF/FN/FNDA/DA/LF/LH records), so genhtml renders what this module collected and lcov-captured
data (a toolchain's build tree) reads back into the same structure.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .procs import run_process

# gcov on one cell's .gcda files takes well under a second; one that has not finished in 30 s
# (reloc/many-plt-calls-one-section's 10,000 functions never do) gives the cell no counts.
# Toolchain coverage (toolcov.py) passes its own, longer timeout.
GCOV_TIMEOUT = 30.0


@dataclass
class FileCov:
    lines: dict[int, int] = field(default_factory=dict)             # line -> execution count
    functions: dict[str, list[int]] = field(default_factory=dict)   # name -> [first line, calls]

    def add_line(self, line: int, count: int) -> None:
        self.lines[line] = self.lines.get(line, 0) + count

    def add_function(self, name: str, line: int, count: int) -> None:
        entry = self.functions.setdefault(name, [line, 0])
        entry[1] += count

    def merge(self, other: "FileCov") -> None:
        for line, count in other.lines.items():
            self.add_line(line, count)
        for name, (line, count) in other.functions.items():
            self.add_function(name, line, count)

    @property
    def hit(self) -> int:
        return sum(1 for c in self.lines.values() if c > 0)


Coverage = dict[str, FileCov]


def merge_into(total: Coverage, more: Coverage) -> Coverage:
    for path, fc in more.items():
        total.setdefault(path, FileCov()).merge(fc)
    return total


def totals(cov: Coverage) -> tuple[int, int]:
    """(lines with code, lines executed)."""
    return sum(len(f.lines) for f in cov.values()), sum(f.hit for f in cov.values())


def run_gcov(gcov_tool: str, gcdas: list[Path], cwd: Path, scratch: Path, timeout: float = GCOV_TIMEOUT,
             output_limit: int | None = None) -> tuple[list[dict], str]:
    """gcov's JSON documents for `gcdas` (each next to its .gcno), and gcov's complaints."""
    out, err = scratch / "gcov.json", scratch / "gcov.err"
    argv = [gcov_tool, "--stdout", "--json-format", *(os.path.relpath(g, cwd) for g in gcdas)]
    if output_limit is None:
        res = run_process(argv, cwd, timeout, out, err)
    else:
        res = run_process(argv, cwd, timeout, out, err, output_limit=output_limit)
    problems = err.read_text(errors="replace").strip()
    if res.timed_out:             # a killed gcov wrote part of its output: no counts are better than some
        out.unlink(missing_ok=True)
        err.unlink(missing_ok=True)
        return [], f"{gcov_tool} did not finish within {timeout:g}s"
    if res.returncode != 0:
        problems = f"{gcov_tool} failed ({res.error or res.signal_name or res.returncode}): {problems}"
    docs = []
    for line in out.read_text(errors="replace").splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                docs.append(json.loads(line))
            except ValueError:
                problems += f"\nunreadable gcov output line ({len(line)} bytes)"
    out.unlink(missing_ok=True)
    err.unlink(missing_ok=True)
    return docs, problems


def add_documents(cov: Coverage, docs: list[dict], resolve: Callable[[str, str], str | None]) -> Coverage:
    """Sum gcov JSON documents into `cov`. resolve(file as gcov names it, the compile directory)
    -> the path to record, or None to leave the file out (system headers, say)."""
    for doc in docs:
        cwd = doc.get("current_working_directory", "")
        for f in doc.get("files", []):
            path = resolve(f["file"], cwd)
            if path is None:
                continue
            fc = cov.setdefault(path, FileCov())
            for ln in f.get("lines", []):
                fc.add_line(int(ln["line_number"]), int(ln["count"]))
            for fn in f.get("functions", []):
                fc.add_function(fn.get("demangled_name") or fn["name"], int(fn["start_line"]),
                                int(fn["execution_count"]))
    return cov


def write_info(cov: Coverage, path: Path, test_name: str = "") -> Path:
    """An lcov tracefile of `cov` (what genhtml reads)."""
    out = []
    for src in sorted(cov):
        fc = cov[src]
        out += [f"TN:{test_name}", f"SF:{src}"]
        for name, (line, _) in sorted(fc.functions.items(), key=lambda kv: (kv[1][0], kv[0])):
            out.append(f"FN:{line},{name}")
        for name, (_, count) in sorted(fc.functions.items(), key=lambda kv: (kv[1][0], kv[0])):
            out.append(f"FNDA:{count},{name}")
        out += [f"FNF:{len(fc.functions)}", f"FNH:{sum(1 for _, c in fc.functions.values() if c > 0)}"]
        out += [f"DA:{line},{count}" for line, count in sorted(fc.lines.items())]
        out += [f"LF:{len(fc.lines)}", f"LH:{fc.hit}", "end_of_record"]
    path.write_text("\n".join(out) + ("\n" if out else ""))
    return path


def read_info(path: Path) -> Coverage:
    """Line and function counts of an lcov tracefile (records for one file are summed)."""
    cov: Coverage = {}
    fc: FileCov | None = None
    fn_lines: dict[str, int] = {}
    for raw in path.read_text(errors="replace").splitlines():
        tag, _, value = raw.partition(":")
        if tag == "SF":
            fc, fn_lines = cov.setdefault(value, FileCov()), {}
        elif fc is None:
            continue
        elif tag == "DA":
            parts = value.split(",")
            fc.add_line(int(parts[0]), int(float(parts[1])))
        elif tag == "FN":
            line, _, name = value.partition(",")
            fn_lines[name] = int(line)
        elif tag == "FNDA":
            count, _, name = value.partition(",")
            fc.add_function(name, fn_lines.get(name, 0), int(float(count)))
        elif raw == "end_of_record":
            fc = None
    return cov
