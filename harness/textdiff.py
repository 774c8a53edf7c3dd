"""Where two texts first differ, as a reason and the report's cell panel say it."""
from __future__ import annotations


def first_difference(expected: str, got: str, limit: int = 200) -> str | None:
    """`line N: expected '...', got '...'` for the first differing line (line ends shown, each
    side cut to `limit` characters), or None when the texts are equal."""
    want, have = expected.splitlines(keepends=True), got.splitlines(keepends=True)
    for i in range(max(len(want), len(have))):
        w = want[i] if i < len(want) else "<end>"
        g = have[i] if i < len(have) else "<end>"
        if w != g:
            return f"line {i + 1}: expected {w[:limit]!r}, got {g[:limit]!r}"
    return None
