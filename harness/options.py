"""The options of a run, in one table: the pytest plugin, `harness run` and the tools that start
the harness again as a child (coverage, bench) all read it, and `argv` turns chosen values back
into the flags that give them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from .platforms import DEFAULT_ARCHES, DEFAULT_PROFILES


@dataclass(frozen=True)
class Option:
    dest: str
    flag: str
    help: str
    type: Any = str
    action: str | None = None       # "store_true" or "append"
    default: Any = None
    env: str | None = None          # read when the flag is not given (Makefile variables)

    def kwargs(self) -> dict:
        kw: dict[str, Any] = {"dest": self.dest, "help": self.help}
        if self.action == "store_true":
            kw.update(action="store_true", default=False)
        elif self.action == "append":
            kw.update(action="append", default=[])
        else:
            kw.update(type=self.type, default=self.default)
        return kw


RUN = (
    Option("arch", "--arch", f"comma list, 'all', or 'default' (the arches marked default = true; "
           f"default {DEFAULT_ARCHES}; env ARCHES)", env="ARCHES"),
    Option("emulated", "--emulated", "add <arch>@qemu, the emulated column of every selected arch the host runs "
           "natively (amd64@qemu on x86_64): a cell that passes natively and fails there is an emulator suspect",
           action="store_true"),
    Option("board", "--board", "a board file (README: Running on a real board): adds the column <arch>@<board>, "
           "whose programs run on that machine over ssh (repeatable)", action="append"),
    Option("profile", "--profile", f"comma list or 'all' (default {DEFAULT_PROFILES}; env PROFILES)", env="PROFILES"),
    Option("profile_file", "--profile-file", "a profile TOML of your own (repeatable)", action="append"),
    Option("run_dir", "--run-dir", "results directory of this run (default results/<time>)"),
    Option("resume", "--resume", "finish the run in --run-dir (default results/latest): skip finished cells",
           action="store_true"),
    Option("cache_dir", "--cache-dir", "build cache root (default $XDG_CACHE_HOME/dsoconf)"),
    Option("cases_root", "--cases-root", "directory holding the cases (default cases/)"),
    Option("results_root", "--results-root", "where runs are written (default results/)"),
    Option("timeout_scale", "--timeout-scale", "multiply every run timeout", type=float, default=1.0),
    Option("scale", "--scale", "stress scale: cases read it as {scale} (10 for a soak; timeouts grow with it)",
           type=int, default=1),
    Option("sample", "--sample", f"N/D: profiles other than {DEFAULT_PROFILES} run a stable N/D share of the cases "
           "(by case-id hash); the default profile runs every case"),
    Option("shard", "--shard", "run shard I of N (I/N), balanced by the baselines' cell times"),
    Option("coverage", "--coverage", "build C steps with --coverage; programs write .gcda files into their cell's "
           "work/ (python3 -m harness coverage reports them)", action="store_true"),
)
BY_DEST = {o.dest: o for o in RUN}


def add_to_pytest(group) -> None:
    for o in RUN:
        group.addoption(o.flag, **o.kwargs())


def add_to_argparse(parser) -> None:
    for o in RUN:
        parser.add_argument(o.flag, **o.kwargs())


def argv(values: Mapping[str, Any]) -> list[str]:
    """The flags that give `values` (dest -> value); values left at their default give none."""
    out: list[str] = []
    for dest, value in values.items():
        o = BY_DEST[dest]
        if o.action == "store_true":
            out += [o.flag] if value else []
        elif o.action == "append":
            for v in value or ():
                out += [o.flag, str(v)]
        elif value is not None and value != o.default:
            out += [o.flag, str(value)]
    return out
