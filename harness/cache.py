"""Content-addressed build cache outside the checkout.

An entry is a directory named by the key holding the build's files and meta.json (the sha256
of every file plus what the build produced). It is written under a temporary name and renamed
into place; reading verifies every hash, and a corrupt or partial entry is removed and rebuilt.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from pathlib import Path

META = "meta.json"


def default_root() -> Path:
    if os.environ.get("DSOCONF_CACHE"):
        return Path(os.environ["DSOCONF_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dsoconf"


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class BuildCache:
    def __init__(self, root: Path):
        self.root = root / "build"

    def staging(self, key: str) -> Path:
        """A fresh private directory to build into; pass it to commit() when done."""
        d = self.root / "tmp" / f"{key[:16]}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        d.mkdir(parents=True)
        return d

    def staging_depth(self) -> int:
        """Path components of a staging directory, as the compiler sees it (real path): what to
        strip from a path a build recorded there (GCOV_PREFIX_STRIP of a coverage build)."""
        return len(Path(os.path.realpath(self.root / "tmp")).parts)

    def commit(self, key: str, staging: Path, meta: dict) -> Path:
        """Record hashes, then rename `staging` into place (another writer may have won: keep theirs)."""
        files = {p.relative_to(staging).as_posix(): file_hash(p)
                 for p in sorted(staging.rglob("*")) if p.is_file() and p.name != META}
        (staging / META).write_text(json.dumps({**meta, "files": files}, indent=1))
        final = self.root / key[:2] / key
        final.parent.mkdir(parents=True, exist_ok=True)
        try:
            staging.rename(final)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
        return final

    def get(self, key: str) -> tuple[Path, dict] | None:
        """The verified entry for `key`, or None (a corrupt entry is removed)."""
        entry = self.root / key[:2] / key
        try:
            meta = json.loads((entry / META).read_text())
            files = meta["files"]
            for name, digest in files.items():
                if file_hash(entry / name) != digest:
                    raise ValueError(f"{name} does not match its hash")
            return entry, meta
        except FileNotFoundError:
            if entry.exists():
                self.discard(entry)
            return None
        except (OSError, ValueError, KeyError, TypeError):
            self.discard(entry)
            return None

    def discard(self, entry: Path) -> None:
        trash = self.root / "tmp" / f"corrupt-{uuid.uuid4().hex}"
        trash.parent.mkdir(parents=True, exist_ok=True)
        try:
            entry.rename(trash)
        except OSError:
            return
        shutil.rmtree(trash, ignore_errors=True)
