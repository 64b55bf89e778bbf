# Two commands: `make build` and `make test`. Both create .venv and install on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: build test lint typecheck unit bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/planctl validate plans/
	$(BIN)/planctl build plans/ -o build/ --xlsx --csv
	$(BIN)/planctl report plans/ -o build/ --xlsx

test: $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

# pandoc is measured where installed: pypandoc_binary brings its binary (about 30 MB).
bench: $(STAMP)
	$(BIN)/python -c "import pypandoc" 2>/dev/null || $(BIN)/python -m pip install --quiet 'pypandoc_binary>=1.13' || true
	$(BIN)/python bench/run.py

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
