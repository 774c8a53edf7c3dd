# dsoconf: `make matrix` runs the suite, `make test` runs the self-tests and checks the
# default matrix against results/baselines. Both install missing dependencies first.
PY       ?= /usr/bin/python3
ARCHES   ?= default
PROFILES ?= all
# make test runs gcc-bfd on every case and the other profiles on this stable share of the cases.
SAMPLE   ?= 1/6
JOBS     ?= auto
RUN_ARGS ?=
# make matrix adds <arch>@qemu for every native arch (amd64@qemu): emulator blame. EMULATED= drops it.
EMULATED ?= --emulated
# make coverage / the CHECK gate of make test: the profile whose gcov reads the .gcda files.
COV_PROFILE ?= gcc-bfd
TOOLCHAIN_GCOV ?=
# make bench: selection of the benchmark, e.g. BENCH_ARGS="cases/tls --arch amd64".
BENCH_ARGS ?=

.PHONY: deps selftest test matrix baseline list probe clean-cache coverage bench

deps:
	@bash ci/install-deps.sh

selftest: deps
	$(PY) -m pytest -q -p no:cacheprovider -n $(JOBS) harness/tests

# The default matrix, judged against the committed baselines (exit 1 on any regression).
test: selftest
	$(PY) -m harness run --arch $(ARCHES) --profile $(PROFILES) --sample $(SAMPLE) -n $(JOBS) \
	    --compare results/baselines $(RUN_ARGS)
	$(PY) -m harness coverage --staged --no-html --arch $(ARCHES) --profile $(COV_PROFILE) -n $(JOBS)

# Every case on the selected arches (ARCHES=all for every arch file) and profiles (every profile
# in arch/profiles/ whose probe passes; PROFILES=custom with DSOCONF_CC=... for your own).
matrix: deps
	$(PY) -m harness run --arch $(ARCHES) --profile $(PROFILES) -n $(JOBS) $(EMULATED) $(RUN_ARGS)

# Deliberately rewrite results/baselines from the latest run.
baseline: deps
	$(PY) -m harness baseline

list:
	$(PY) -m harness list

probe: deps
	$(PY) -m harness probe --arch $(ARCHES) --profile $(PROFILES)

# The cases' C coverage per arch (lcov/genhtml in results/coverage/latest/coverage/) and the gate:
# exit 1 when a CHECK in cases/ never ran. TOOLCHAIN_GCOV=<build tree of an instrumented toolchain
# component> runs the families one at a time and reports which of its lines each family reaches.
coverage: deps
	$(PY) -m harness coverage --arch $(ARCHES) --profile $(COV_PROFILE) -n $(JOBS) \
	    $(if $(TOOLCHAIN_GCOV),--toolchain-gcov $(TOOLCHAIN_GCOV)) $(RUN_ARGS)

# Harness vs plain repro.sh scripts, cold/warm cache, growth 1x-4x: results/bench/<time>/bench.md.
bench: deps
	$(PY) -m harness bench $(BENCH_ARGS)

clean-cache:
	rm -rf "$${XDG_CACHE_HOME:-$$HOME/.cache}/dsoconf"
