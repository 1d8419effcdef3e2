# The two commands of the README: `make run` (set up, open the app) and `make test` (set up, run every check).
# Both are idempotent: the virtual environment is rebuilt only when pyproject.toml changes.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.stamp-install

.PHONY: setup run test lint bench slow

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# argos-translate-lt brings CTranslate2 and MiniSBD only: no torch, stanza or spaCy (see README). It ships the
	# same argostranslate module as the older argostranslate distribution, which an old venv may still hold.
	$(PY) -m pip uninstall -y -q argostranslate 2>/dev/null || true
	$(PY) -m pip install -q -e '.[test,package,team]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(VENV)/bin/pressdesk

lint: setup
	$(VENV)/bin/ruff check desktop_app tests benchmarks scripts
	$(VENV)/bin/lint-imports

test: setup lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

slow: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow

bench: setup
	for b in benchmarks/bench_*.py; do QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done
