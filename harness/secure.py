"""Secure-execution runs (`secure = true` on a run step): how the harness starts them, and whether it can.

The kernel gives a process AT_SECURE = 1 when its effective ids differ from its real ones at execve
(set-uid/set-gid programs). Root can have that without any set-uid file: `setpriv --ruid=65534 --`
sets only the real uid (to nobody) and execs the program with the effective uid still root, so the
loader sees AT_SECURE = 1 and runs in secure-execution mode (ld.so(8): LD_LIBRARY_PATH ignored,
LD_PRELOAD restricted, $ORIGIN of the executable not trusted). Under qemu-user the prefix goes before
qemu, which passes its own AT_SECURE on to the guest. Nothing runs with more privilege than the
harness already has.
"""
from __future__ import annotations

import os
import shutil

NOBODY = 65534
PREFIX = ("setpriv", f"--ruid={NOBODY}", "--")


def unavailable_reason() -> str:
    """Why this machine cannot start a secure-execution process ("" = it can)."""
    if os.geteuid() != 0:
        return ("secure-execution runs need root: the harness starts them with `setpriv --ruid=65534` "
                "(real uid nobody, effective uid root), which only root may do")
    if shutil.which(PREFIX[0]) is None:
        return "secure-execution runs need setpriv (util-linux), not found in PATH"
    return ""
