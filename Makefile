# Two commands on a fresh machine:
#   make demo   install everything and code the bundled examples into demo.duckdb
#   make test   install the test dependencies and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: install demo test clean

$(BIN)/detente: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(BIN)/detente

install: $(BIN)/detente

demo: install
	rm -f demo.duckdb
	$(BIN)/detente ingest examples/ --db demo.duckdb
	$(BIN)/detente dyad KOR RUS --by month --db demo.duckdb
	$(BIN)/detente events --source KOR --limit 15 --db demo.duckdb

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) demo.duckdb .pytest_cache
