# Two commands on a fresh machine:  make site  (build the portal)  and  make test  (the whole suite).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SITE_DIR ?= site
# The build date (request statuses, the holiday table, sitemap dates) is today's, or SOURCE_DATE_EPOCH's
# when it is set (a reproducible build); never a commit's: without .git, inside another repository or
# after a commit with a wrong clock that gave 1980, 2001 or 2099 (macros/engine/build.py: build_epoch).

.PHONY: site test serve validate bench clean deps test-deps browser-deps vnu-deps lint typecheck engine-check lighthouse

deps: $(VENV)/.deps
$(VENV)/.deps: requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

test-deps: $(VENV)/.test-deps browser-deps vnu-deps
$(VENV)/.test-deps: requirements-test.txt $(VENV)/.deps
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

# Debian's Chromium: Playwright's own browser download is not available here.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; }

# The W3C Nu HTML Checker (tests/test_valid_html.py): vnu.jar from the npm registry, pinned; it needs Java.
VNU_VERSION := 26.9.27
export VNU_JAR ?= $(CURDIR)/.cache/vnu/$(VNU_VERSION)/build/dist/vnu.jar
vnu-deps: $(VNU_JAR)
$(VNU_JAR):
	@SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	need=""; command -v java >/dev/null 2>&1 || need="default-jre-headless"; command -v npm >/dev/null 2>&1 || need="$$need npm"; \
	if [ -n "$$need" ]; then echo "Installing Debian $$need for the HTML checker"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$need >/dev/null; fi
	rm -rf .cache/vnu/$(VNU_VERSION) && mkdir -p .cache/vnu/$(VNU_VERSION)
	cd .cache/vnu && npm pack --silent vnu-jar@$(VNU_VERSION) >/dev/null && \
	  tar xzf vnu-jar-$(VNU_VERSION).tgz -C $(VNU_VERSION) --strip-components=1 && rm vnu-jar-$(VNU_VERSION).tgz
	test -f $@

validate: deps
	$(VENV)/bin/portal validate

# Both editions (Turkish at the root, English under en/), swapped in only when everything passed:
# a failed build never leaves a partial site behind.
site: deps
	$(PY) -m macros.engine.build --site-dir $(SITE_DIR)

test: test-deps lint typecheck
	$(PY) -m pytest

# Lint (ruff, configured in pyproject.toml, version pinned in requirements-test.txt): part of make test.
lint: $(VENV)/.test-deps
	$(VENV)/bin/ruff check .

# Types (mypy, configured in pyproject.toml: strict for macros/data/ and macros/plan/): part of make test.
typecheck: $(VENV)/.test-deps
	$(VENV)/bin/mypy

# Engine risk (MkDocs 1.6.1 is its last release): build both editions with ProperDocs, the maintained
# drop-in fork of MkDocs 1.x from PyPI, in a venv of its own, and compare with the MkDocs build.
PROPERDOCS_VERSION := 1.6.7
PD_VENV := .cache/properdocs-venv
engine-check: deps
	test -x $(PD_VENV)/bin/python || $(PYTHON) -m venv $(PD_VENV)
	$(PD_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt properdocs==$(PROPERDOCS_VERSION)
	$(PD_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	rm -rf .cache/engine-check && mkdir -p .cache/engine-check
	$(PY) -m macros.engine.build --site-dir .cache/engine-check/mkdocs
	PORTAL_ENGINE=properdocs $(PD_VENV)/bin/python -m macros.engine.build --site-dir .cache/engine-check/properdocs
	$(PY) -m macros.engine.compare .cache/engine-check/mkdocs .cache/engine-check/properdocs

# --dirty: a rebuild writes only what changed; the portal plugin rebuilds every page an edit can reach and
# deletes removed records' pages (macros/engine/kept_pages.py), so the preview is what `make site` builds.
serve: deps
	$(PY) -m mkdocs serve --dirty

# The search measurement types queries into the built site in Chromium (benchmarks/search_probe.py).
bench: test-deps
	$(PY) -m benchmarks.run

# Lighthouse (phone preset) on a home, district, agreement and project page of both editions, served with
# gzip on 127.0.0.1: every category >= 0.95 (benchmarks/lighthouse.py). Lighthouse from the npm registry,
# pinned, into .cache/lighthouse; Debian's chromium.
LIGHTHOUSE_VERSION := 13.5.0
LIGHTHOUSE := .cache/lighthouse/$(LIGHTHOUSE_VERSION)/node_modules/.bin/lighthouse
$(LIGHTHOUSE):
	mkdir -p .cache/lighthouse/$(LIGHTHOUSE_VERSION)
	cd .cache/lighthouse/$(LIGHTHOUSE_VERSION) && npm install --silent --no-audit --no-fund lighthouse@$(LIGHTHOUSE_VERSION)
lighthouse: deps browser-deps $(LIGHTHOUSE)
	LIGHTHOUSE=$(CURDIR)/$(LIGHTHOUSE) $(PY) -m benchmarks.lighthouse

# Through macros/engine/build.py (standard library only): the same refusals as `make site`, so that
# `make clean SITE_DIR=.` cannot delete the repository either.
clean:
	$(PYTHON) -m macros.engine.build --clean --site-dir $(SITE_DIR)
	rm -rf .pytest_cache
