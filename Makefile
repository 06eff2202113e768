# Two commands do all set-up on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
APT_PACKAGES := espeak-ng libportaudio2 libsndfile1 alsa-utils pulseaudio pulseaudio-utils libasound2-plugins chromium
PYTEST_ARGS ?=

.PHONY: run test setup apt venv bench clean upgrade

run: setup
	$(VENV)/bin/voice-interviewer practice --demo-if-no-mic

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

setup: apt venv

apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else \
		echo "Missing system packages. Run once: sudo apt-get install -y $$missing"; exit 0; fi; \
	echo "Installing system packages: $$missing"; \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[piper,test]'
	touch $(STAMP)

# Newest releases pyproject.toml allows, in a fresh venv; writes them to constraints.txt (then: make test).
upgrade:
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[piper,test]'
	{ sed -n '1,2p' constraints.txt; $(PY) -m pip freeze --exclude-editable | grep -v '^voice-interviewer'; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	touch $(STAMP)

bench: setup
	for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache
