# Kao: two commands for a fresh Debian/Ubuntu machine: `make run` and `make test`.
# Both are idempotent: every step is guarded by a stamp file or a check, so a
# second run with nothing changed only re-checks timestamps.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q

# Qt's runtime libraries (THAI_TEXT.md §4), libthai for Thai word wrap in
# widgets, the xcb libraries for a real X11 window, and poppler for PDF tests.
SYS_PKGS := libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 libthai0 \
	libxcb-cursor0 libxkbcommon-x11-0 libx11-xcb1 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 \
	libxcb-util1 libxcb-xfixes0 libxcb-xkb1 poppler-utils

QM := i18n/kao_th.qm

.PHONY: run test lint pytest bench package translations lupdate sysdeps clean

run: $(VENV)/.runtime $(QM) sysdeps
	$(PY) main.py

test: $(VENV)/.dev $(QM) sysdeps lint pytest

lint: $(VENV)/.dev
	$(PY) -m ruff check .
	$(PY) -m mypy --strict core

pytest: $(VENV)/.dev $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(VENV)/.dev $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# A fresh Debian/Ubuntu ships python3 without venv/ensurepip: as root, add it.
$(PY):
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
	  rm -rf $(VENV); \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; \
	  fi; \
	  $(PYTHON) -m venv $(VENV); }

$(VENV)/.runtime: pyproject.toml | $(PY)
	$(PY) packaging/requirements.py > $(VENV)/requirements.txt
	$(PIP) install -r $(VENV)/requirements.txt
	touch $@

$(VENV)/.dev: pyproject.toml | $(PY)
	$(PY) packaging/requirements.py dev > $(VENV)/requirements-dev.txt
	$(PIP) install -r $(VENV)/requirements-dev.txt
	touch $(VENV)/.runtime $@

# Only as root with apt, and only when something is missing.
sysdeps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  missing=$$(for p in $(SYS_PKGS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    echo "Installing system libraries: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  fi; \
	fi

translations: $(QM)

# Kao's strings and Thai for Qt's own (qt_th.ts: Qt ships no Thai) in one catalogue.
$(QM): i18n/kao_th.ts i18n/qt_th.ts | $(VENV)/.runtime
	$(VENV)/bin/pyside6-lrelease -silent i18n/kao_th.ts i18n/qt_th.ts -qm $@

# Refresh the catalogue from the sources (developers, after changing UI strings).
lupdate: $(VENV)/.runtime
	$(VENV)/bin/pyside6-lupdate $$(git ls-files 'gui/*.py') -ts i18n/kao_th.ts -no-obsolete

package: $(VENV)/.dev $(QM) sysdeps
	$(PY) packaging/requirements.py package > $(VENV)/requirements-package.txt
	$(PIP) install -r $(VENV)/requirements-package.txt
	$(PY) packaging/build_linux.py

clean:
	rm -rf $(VENV) build dist $(QM)
