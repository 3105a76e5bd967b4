# Two commands do everything on a fresh machine (Python 3.11+, Node 20+):
#   make serve   builds the site and serves it at http://127.0.0.1:8000
#   make test    builds the site and runs the whole test suite
VENV    := .venv
PY      := $(VENV)/bin/python
PIP     := $(VENV)/bin/pip
WHEELS  := .cache/pyodide-wheels
LEMBAR  := .cache/roda-lembar
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve test build setup bench tautan clean

serve: build
	@echo "Situs: http://127.0.0.1:8000/"
	$(PY) -m http.server 8000 --bind 127.0.0.1 --directory site

test: build $(WHEELS)/.siap
	node tests/pyodide/run.mjs
	$(PY) -m pytest

build: setup $(LEMBAR)/.siap
	$(PY) -m mkdocs build --strict

bench: build
	$(PY) bench/bench.py
	$(PY) bench/bench.py --telepon --situs site --runs 3 --jalur otomatis biasa lantai

# Every outbound link of the built site in one report for review (.cache/tautan-luar.md); fetches nothing.
tautan: build
	$(PY) tools/tautan_luar.py site -o .cache/tautan-luar.md

setup: $(VENV)/.siap node_modules/.siap

$(VENV)/.siap: requirements.lock
	python3 -m venv $(VENV)
	$(PIP) install -q --disable-pip-version-check -r requirements.lock
	touch $@

node_modules/.siap: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Pure-Python wheels of pytest and hypothesis for running our tests inside Pyodide (under Node).
$(WHEELS)/.siap: tests/pyodide/wheels.txt $(VENV)/.siap
	mkdir -p $(WHEELS)
	$(PIP) download -q --disable-pip-version-check --only-binary=:all: --no-deps \
	  --python-version 3.14 --implementation py --abi none --platform any \
	  -r tests/pyodide/wheels.txt -d $(WHEELS)
	touch $@

# openpyxl and et_xmlfile for the monthly recap page (XLSX in the browser): pinned with their hashes
# in hooks/roda-lembar.txt, shipped under assets/roda/ by hooks/runtime.py.
$(LEMBAR)/.siap: hooks/roda-lembar.txt $(VENV)/.siap
	mkdir -p $(LEMBAR)
	$(PIP) download -q --disable-pip-version-check --only-binary=:all: --no-deps --require-hashes \
	  --python-version 3.14 --implementation py --abi none --platform any \
	  -r hooks/roda-lembar.txt -d $(LEMBAR)
	touch $@

clean:
	rm -rf site .cache
