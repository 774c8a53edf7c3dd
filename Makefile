# dsoconf: `make matrix` runs the suite, `make test` runs the self-tests and checks the
# default matrix against results/baselines. Both install missing dependencies first.
PY       ?= /usr/bin/python3
ARCHES   ?= default
PROFILES ?= gcc-bfd
JOBS     ?= auto
RUN_ARGS ?=

.PHONY: deps selftest test matrix baseline list probe clean-cache

deps:
	@bash ci/install-deps.sh

selftest: deps
	$(PY) -m pytest -q -p no:cacheprovider harness/tests

# The default matrix, judged against the committed baselines (exit 1 on any regression).
test: selftest
	$(PY) -m harness run --arch $(ARCHES) --profile $(PROFILES) -n $(JOBS) --compare results/baselines $(RUN_ARGS)

# Every case on the selected arches (ARCHES=all for every arch file); prints where the report is.
matrix: deps
	$(PY) -m harness run --arch $(ARCHES) --profile $(PROFILES) -n $(JOBS) $(RUN_ARGS)

# Deliberately rewrite results/baselines from the latest run.
baseline: deps
	$(PY) -m harness baseline

list:
	$(PY) -m harness list

probe: deps
	$(PY) -m harness probe --arch $(ARCHES) --profile $(PROFILES)

clean-cache:
	rm -rf "$${XDG_CACHE_HOME:-$$HOME/.cache}/dsoconf"
