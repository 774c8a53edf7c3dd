"""One option table: argparse (harness run), pytest (the plugin) and the argv that tools which start
the harness again build from chosen values all agree."""
import argparse

from harness import options


def test_argv_gives_back_the_values_it_was_made_from():
    chosen = {"arch": "arm64,amd64", "profile": "gcc-mold", "profile_file": ["a.toml", "b.toml"], "run_dir": "/r",
              "resume": True, "timeout_scale": 2.5, "scale": 10, "sample": "1/6", "coverage": True, "shard": None}
    parser = argparse.ArgumentParser()
    options.add_to_argparse(parser)
    parsed = vars(parser.parse_args(options.argv(chosen)))
    assert {k: parsed[k] for k in chosen} == {**chosen, "shard": None}
    assert options.argv({"scale": 1, "timeout_scale": 1.0, "coverage": False, "profile_file": []}) == []


def test_the_plugin_declares_every_option_of_the_table():
    from harness import plugin
    declared = {}

    class Group:
        def addoption(self, flag, **kw):
            declared[flag] = kw

    class Parser:
        def getgroup(self, *a):
            return Group()
    plugin.pytest_addoption(Parser())
    assert sorted(declared) == sorted(o.flag for o in options.RUN)
