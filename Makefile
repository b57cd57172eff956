# Verifield developer commands. Only Python 3.11+ is needed on a fresh clone:
# the first target that needs the virtual environment creates it.

VENV   ?= .venv
# On Windows: make from Git for Windows (its sh runs the recipes); a venv keeps its programs in Scripts/.
ifeq ($(OS),Windows_NT)
PYTHON ?= python
BIN     = $(VENV)/Scripts
PY      = $(BIN)/python.exe
else
PYTHON ?= python3
BIN     = $(VENV)/bin
PY      = $(BIN)/python
endif
STAMP   = $(VENV)/.installed-stamp

.PHONY: run test screenshots bench translations bundle clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,bundle]'
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
	$(PY) benchmarks/package.py
	$(PY) benchmarks/responsiveness.py

translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find app/ui -name '*.py' | sort) -ts resources/translations/verifield_zh_CN.ts
	$(BIN)/pyside6-lrelease resources/translations/verifield_zh_CN.ts -qm resources/translations/verifield_zh_CN.qm

# The one-folder bundle for this platform in dist/verifield/, then the Linux tarball and .deb
# (or, on Windows with NSIS installed, the installer): see installer/README.md.
bundle: $(STAMP)
	$(PY) installer/build.py --out dist

clean:
	rm -rf $(VENV) .pytest_cache build dist
