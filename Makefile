# talentrecall: `make run` and `make test` work on a fresh machine with nothing installed.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DEMO_DIR ?= .demo-data
HOST    ?= 127.0.0.1
PORT    ?= 8000

.PHONY: install run test test-fast test-qdrant check format bench eval weights clean

# torch is installed first and explicitly: torch==2.13.0 is the CPU wheel on this disk; any other torch
# requirement would pull a multi-GB CUDA build.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	TALENTRECALL_DATA_DIR=$(DEMO_DIR) $(BIN)/talentrecall demo
	TALENTRECALL_AUTH=off TALENTRECALL_DATA_DIR=$(DEMO_DIR) $(BIN)/talentrecall serve --host $(HOST) --port $(PORT)

# Test stores are thrown away, so their fsyncs are skipped when eatmydata is installed (apt-get install
# eatmydata; .ci/run does): Qdrant Edge syncs each shard on every write, which turns a test's store setup
# from ~1 s into ~10 s on a busy disk. Without it the tests run the same, only slower.
EATMYDATA := $(shell command -v eatmydata 2>/dev/null)

# pytest caches each test module's assertion-rewritten bytecode in __pycache__, unless the environment says
# never to write bytecode (some shells and CI images set PYTHONDONTWRITEBYTECODE): then every xdist worker
# re-parses and re-compiles all test modules and the package on every run (measured: collection 7.9 s -> 2.0 s
# per worker once cached).
unexport PYTHONDONTWRITEBYTECODE

# One pytest worker per core (pytest-xdist), a test file per worker at a time (--dist loadfile) so that a
# module's shared store or server (module-scoped fixtures) is built once. test-fast deals out single tests
# instead (worksteal, below): a worker that steals from a module builds that module's fixtures again, so
# fast modules share only cheap fixtures and no test depends on another's order.
XDIST := -n auto --dist loadfile

test: $(STAMP)
	$(EATMYDATA) $(BIN)/pytest -q $(XDIST) --durations=15

# The fast suite's modules share only cheap fixtures, so its tests are dealt out one by one and an idle
# worker steals from a busy one (--dist worksteal): no worker waits at the end behind one long module.
# Its temporary stores go to RAM (/dev/shm) when there is one with 1 GiB free (a run peaks at ~150 MB;
# a container's default /dev/shm is 64 MB), and are deleted when it ends: a run writes ~27,000 files (an
# Edge store is ~800), and pytest deleting an earlier run's from this disk took 31 s of one process
# (measured with cProfile on a loaded machine), after the tests, inside the wall time.
FAST_TMP_ROOT := $(shell test -d /dev/shm -a -w /dev/shm && \
	test "$$(df -Pk /dev/shm | awk 'NR == 2 {print $$4}')" -gt 1048576 && echo /dev/shm)
test-fast: $(STAMP)
	@tmp=$$(mktemp -d $(if $(FAST_TMP_ROOT),-p $(FAST_TMP_ROOT),-t) talentrecall-test-fast.XXXXXX) && \
	$(EATMYDATA) $(BIN)/pytest -q -n auto --dist worksteal -m "not slow" --basetemp="$$tmp"; \
	status=$$?; rm -rf "$$tmp"; exit $$status

# Every Memory test of the fast stack (the `qdrant` marker) against a real Qdrant server, e.g. the one
# `docker compose up qdrant` starts. Without a URL the same tests run on qdrant-client's local mode
# (`pytest -m qdrant`), as they do in `make test`.
QDRANT_URL ?= http://127.0.0.1:6333
test-qdrant: $(STAMP)
	TALENTRECALL_QDRANT_URL=$(QDRANT_URL) $(BIN)/pytest -q $(XDIST) -m qdrant

check: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports  # the layering contracts in pyproject.toml [tool.importlinter]

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python -m eval.bench --erasure --load 50,60 --out BENCHMARKS.md

# EVAL.md has two generated sections: ranking (the dev set) and redaction (names by origin group).
eval: $(STAMP)
	$(BIN)/talentrecall eval --out EVAL.md
	$(BIN)/python -m eval.redaction --out EVAL.md

# memory/weights.json is shipped and versioned; eval.fit never writes into the package. This target
# refits (needs ../shared/data) and replaces it on purpose: review `git diff memory/weights.json`, commit.
weights: $(STAMP)
	$(BIN)/python -m eval.fit --out test-output/weights.json
	cp test-output/weights.json memory/weights.json

clean:
	rm -rf $(VENV) $(DEMO_DIR) .pytest_cache .mypy_cache .ruff_cache test-output
