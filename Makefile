# Two commands do all set-up on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TURN_MODEL := $(VENV)/share/voice-interviewer/smart-turn-v3.2-cpu.onnx
TURN_WHEEL := pipecat-ai==1.14.0
TURN_SHA256 := 2bb026316b14a660486a75b1733cd3fbab8c2fd0314dc9af7be49f8cca967e4f
APT_PACKAGES := espeak-ng libportaudio2 libsndfile1 alsa-utils pulseaudio pulseaudio-utils libasound2-plugins chromium sox
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

venv: $(STAMP) $(TURN_MODEL)

# The audio end-of-turn model (Smart Turn v3.2, BSD-2, by Daily): one 8.7 MB file from the pinned
# pipecat-ai wheel, fetched once at install time with pip (no pipecat dependency, nothing at run
# time; without it turn-taking uses the transcript and the silence). Checked against its SHA-256.
$(TURN_MODEL): | $(STAMP)
	@mkdir -p $(dir $@); tmp=$$(mktemp -d); \
	if $(PY) -m pip download -q --no-deps -d $$tmp '$(TURN_WHEEL)' \
	&& $(PY) -c "import glob,sys,zipfile; z=zipfile.ZipFile(glob.glob(sys.argv[1]+'/pipecat_ai-*.whl')[0]); \
	open(sys.argv[2],'wb').write(z.read('pipecat/audio/turn/smart_turn/data/smart-turn-v3.2-cpu.onnx')); \
	open(sys.argv[3],'wb').write(z.read([n for n in z.namelist() if n.endswith('licenses/LICENSE')][0]))" \
	   $$tmp $@.part $(dir $@)smart-turn-LICENSE \
	&& echo '$(TURN_SHA256)  $@.part' | sha256sum -c --quiet; then mv $@.part $@; \
	else rm -f $@.part; echo "Smart Turn model not fetched: turn-taking will use the transcript and silence only"; fi; \
	rm -rf $$tmp

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
