"""What identifies a tool: the first line of its version output, and (for the build cache) its
resolved path, size, mtime and version."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def version_line(argv: list[str]) -> str:
    """The first line a tool prints for its version (`[tool, "--version"]`, `["go", "version"]`)."""
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"(no version: {e})"
    lines = (out.stdout or out.stderr).splitlines()
    return lines[0].strip() if lines else "(no version output)"


def tool_id(tool: str, version: str) -> str:
    """What identifies a tool for the build cache: name, resolved path, size, mtime, version."""
    path = shutil.which(tool)
    if path is None:
        return f"{tool}\0missing"
    st = Path(path).stat()
    return f"{tool}\0{Path(path).resolve()}\0{st.st_size}\0{st.st_mtime_ns}\0{version}"
