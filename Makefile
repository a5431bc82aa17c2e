# kg — `make` builds outputs/ from seeds/; `make test` runs the suite; `make bench` the benchmark;
# `make train` retrains the TimeML event tagger from TBAQ, `make train-cv` cross-validates it,
# `make train-cv-kg` then scores kg itself on the folds with their taggers.
PYTHON ?= python3
# Use the active virtual environment when there is one, else .venv/ in the project root.
ifdef VIRTUAL_ENV
VENV := $(VIRTUAL_ENV)
else
VENV := .venv
endif
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --disable-pip-version-check -q -c constraints.txt
SHARED ?= ../shared
# make bench LIMIT=1000: benchmark on that many articles (default: kg.bench's, 300); LIMIT=all: all of Timeline17

.PHONY: all outputs install install-test lint test bench train train-cv train-cv-kg clean
all: outputs

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# compat: the project folder goes on sys.path (a .pth), so a folder named kg in the working
# directory (a clone) cannot shadow the package as a namespace package, as the default editable finder lets it.
EDITABLE := --config-settings editable_mode=compat -e
$(VENV)/.kg-installed: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) $(EDITABLE) .
	@touch $@

$(VENV)/.kg-test-installed: $(VENV)/.kg-installed
	$(PIP) $(EDITABLE) '.[test,dask,pandas]'
	@touch $@

install: $(VENV)/.kg-installed
install-test: $(VENV)/.kg-test-installed

outputs: install
	$(BIN)/kg build seeds --out outputs

test: install-test lint
	$(BIN)/python -m pytest -q

lint: install-test
	$(BIN)/ruff check kg tests

bench: install-test
	$(BIN)/python -m kg.bench --data $(SHARED)/data/news/timeline17 $(if $(LIMIT),--limit $(LIMIT))

EVENT_TAGGER_DATA := --data $(SHARED)/data/timeml/tbaq
# nice: the machine's cores are shared; the training runs on one CPU, seeded, so it gives the same weights each time.
train: install
	nice $(BIN)/python -m kg.train.event_tagger $(EVENT_TAGGER_DATA) --out kg/resources/models/event_tagger

train-cv: install
	nice $(BIN)/python -m kg.train.event_tagger $(EVENT_TAGGER_DATA) --cv --report docs/event_tagger_cv.json

# No training: it reads the fold models that the last `make train-cv` left in build/event_tagger/cv.
train-cv-kg: install
	nice $(BIN)/python -m kg.train.event_tagger $(EVENT_TAGGER_DATA) --kg-cv --report docs/event_tagger_cv_kg.json

# Removes the project's own .venv/ only, never an active virtual environment of the user's.
clean:
	rm -rf .venv .pytest_cache .hypothesis .kgcache .ruff_cache
