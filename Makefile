# The one entry point. Every target installs what it needs through `install`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
SPEC ?= openapi.json
OUT ?= generated
REFERENCE ?= ../shared/reference/phala-cloud-openapi.json

.PHONY: install generate sync-spec demo test lint docs mock bench conformance spec-diff release-check dist lock clean

install: $(STAMP) $(NODE_STAMP)

$(STAMP): pyproject.toml requirements-dev.txt requirements-official.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 10), "Python 3.10+ is needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -r requirements-official.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "error: node and npm are needed for the Prism mock server (install Node.js 18+)"; exit 1; }
	npm ci --no-audit --no-fund --silent
	@touch $@

generate: $(STAMP)
	$(PY) scripts/generate.py --spec $(SPEC) --out $(OUT) $(if $(filter openapi.json,$(SPEC)),,--lenient)

sync-spec: $(STAMP)
	$(PY) scripts/sync_spec.py $(REFERENCE)

mock: install
	$(PY) scripts/prism_mock.py --spec $(SPEC)

demo: install
	$(PY) scripts/demo.py

# The full suite on the default Python (two workers; the packaging tests share one), then
# the wheel `make dist` built on Python 3.10-3.13 (noxfile.py: smoke program, tests/sdk
# with the `kms` extra, lowest runtime and extra versions, pyright --verifytypes).
test: install dist
	$(BIN)/pytest $(PYTEST_WORKERS)
	PHALA_SDK_WHEEL=$(wildcard dist/*.whl) $(BIN)/nox -j 2

PYTEST_WORKERS ?= -n 2 --dist loadgroup

lint: $(STAMP)
	$(BIN)/ruff check overlay scripts tests noxfile.py
	$(BIN)/ruff format --check overlay scripts tests noxfile.py
	$(BIN)/mypy
	$(BIN)/openapi-spec-validator openapi.json

# The API reference site in site/ (mkdocs.yml; the per-tag pages come from scripts/docs_site.py).
# tests/tools/test_docs.py runs the same strict build inside `make test`.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

conformance: install
	$(PY) scripts/conformance_report.py > docs/conformance.md
	@cat docs/conformance.md

bench: install
	$(PY) scripts/bench.py

spec-diff: $(STAMP)
	$(PY) scripts/spec_diff.py $(OLD) $(NEW)

release-check: $(STAMP)
	$(PY) scripts/release_check.py
	$(PY) scripts/check_generated.py

# sdist + wheel in dist/ with the pinned setuptools (no build isolation: offline, repeatable).
dist: $(STAMP)
	rm -rf dist build
	$(PY) -m build --no-isolation --outdir dist
	$(BIN)/twine check --strict dist/*

# requirements-dev.txt from requirements-dev.in plus the SDK's runtime dependencies and
# extras, which pip reads from pyproject.toml (the editable SDK itself is left out);
# --upgrade so the venv's bundled setuptools gives way to the newest (`make dist` needs 77+).
lock:
	rm -rf /tmp/phala-lock-venv
	$(PYTHON) -m venv /tmp/phala-lock-venv
	/tmp/phala-lock-venv/bin/pip install --quiet --upgrade -r requirements-dev.in -e '.[kms]'
	/tmp/phala-lock-venv/bin/pip freeze --all --exclude-editable | grep -v '^pip==' > requirements-dev.txt

clean:
	rm -rf $(VENV) node_modules .mypy_cache .ruff_cache .nox dist build site
