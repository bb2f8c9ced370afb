# frontwatch: `make demo` works on a fresh machine (Python >= 3.11 with venv); everything runs in .venv.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint eval clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install when the project's dependencies change.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/frontwatch demo --out demo-output

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/run.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/frontwatch eval places gold/places
	$(BIN)/frontwatch eval claims gold/claims
	@echo "--- agreement of two annotators on the same reports (the ceiling to read the figures against) ---"
	$(BIN)/frontwatch eval claims gold/claims --against gold/agreement
	@echo "--- vocabulary breadth: one- to three-sentence reports per event type and wording ---"
	$(BIN)/frontwatch eval claims gold/breadth

clean:
	rm -rf $(VENV) demo-output frontwatch.db frontwatch.db-wal frontwatch.db-shm
