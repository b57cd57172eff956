# Verifield developer commands. Only Python 3.11+ is needed on a fresh clone:
# the first target that needs the virtual environment creates it.

PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed-stamp

.PHONY: run test screenshots bench translations clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m app

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.screenshots docs/screenshots

bench: $(STAMP)
	$(PY) benchmarks/startup.py
	$(PY) benchmarks/recalc.py
	$(PY) benchmarks/workbook.py
	$(PY) benchmarks/pdf.py
	$(PY) benchmarks/evidence.py

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find app/ui -name '*.py' | sort) -ts resources/translations/verifield_zh_CN.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/verifield_zh_CN.ts -qm resources/translations/verifield_zh_CN.qm

clean:
	rm -rf $(VENV) .pytest_cache
