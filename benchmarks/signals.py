"""Ctrl-C and SIGTERM, again and again, in every phase of a real run: how does the process end?

    python benchmarks/signals.py [--repeat 20] [--phase PHASE ...] [--json]

Each run is the real program (``rehearse --answers DIR --silent``, the real Whisper model, the
real store) under ``tests/hardening_driver.py``, which drops a marker when the first answer
reaches the phase; the signal is sent a short, varying delay later (0-1 s), alternating SIGINT
and SIGTERM. Phases:

* ``speaking``, ``listening``, ``saving`` — held there by the driver, so the signal lands inside;
* ``decoding`` — nothing held: the answer is fed at once and the signal lands while the stream's
  worker is inside CTranslate2 (the case that used to end in a segfault or
  "terminate called without an active exception").

Each outcome is one of ``clean`` (exit 130, no native crash report, no traceback), ``crash``
(killed by a signal, or a native crash report on stderr), ``hang`` (still running 60 s after the
signal) or ``other`` (any other exit). With ``--json`` the last line is one object:
``{repeat, phases: {PHASE: {runs, clean, crash, hang, other, seconds_to_exit: {median, max}}}}``.

Measured (2 shared cores, ``--repeat 20``): see the README's hardening figures.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from hardening_support import DRIVER, make_answers  # noqa: E402

PHASES = {  # name: (driver hook, extra CLI args, hold in the phase?)
    "speaking": ("speaking", [], True),
    "listening": ("listening", ["--realtime"], True),
    "decoding": ("transcribing", [], False),
    "saving": ("saving", [], True),
}
CRASH_SIGNS = ("Fatal Python error", "terminate called", "Segmentation fault", "core dumped")


def run_once(phase: str, answers: Path, sig: int, delay: float) -> tuple[str, float]:
    hook, extra, hold = PHASES[phase]
    with tempfile.TemporaryDirectory() as tmp:
        marker = Path(tmp) / "reached"
        env = dict(os.environ, VOICE_INTERVIEWER_HOME=str(Path(tmp) / "home"), PYTHONUNBUFFERED="1")
        if not hold:
            env["HARDENING_NO_HOLD"] = "1"
        args = ["rehearse", "--question", "lifecycle", "--answers", str(answers), "--silent",
                "--no-follow-ups", *extra]
        proc = subprocess.Popen([sys.executable, str(DRIVER), hook, "1", str(marker), "--", *args],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 300
        while not marker.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                _, err = proc.communicate()
                return "other", 0.0
            time.sleep(0.02)
        time.sleep(delay)
        proc.send_signal(sig)
        sent = time.monotonic()
        try:
            _, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            return "hang", 60.0
        took = time.monotonic() - sent
        if proc.returncode < 0 or any(s in err for s in CRASH_SIGNS):
            return "crash", took
        if proc.returncode == 130 and "Traceback" not in err:
            return "clean", took
        return "other", took


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20, help="signals per phase (default 20)")
    ap.add_argument("--phase", action="append", choices=sorted(PHASES), help="only these phases")
    ap.add_argument("--json", action="store_true", help="end with one JSON object")
    args = ap.parse_args()
    phases = args.phase or list(PHASES)
    with tempfile.TemporaryDirectory() as tmp:
        answers = make_answers(Path(tmp) / "answers")
        report: dict = {"repeat": args.repeat, "phases": {}}
        for phase in phases:
            counts = {"runs": 0, "clean": 0, "crash": 0, "hang": 0, "other": 0}
            times = []
            for i in range(args.repeat):
                sig = signal.SIGINT if i % 2 == 0 else signal.SIGTERM
                outcome, took = run_once(phase, answers, sig, delay=(i % 5) * 0.25)
                counts["runs"] += 1
                counts[outcome] += 1
                times.append(took)
                print(f"{phase:9} {i + 1:3}/{args.repeat} {signal.Signals(sig).name:7} {outcome:5} "
                      f"{took:5.2f} s", flush=True)
            counts["seconds_to_exit"] = {"median": round(statistics.median(times), 2),
                                         "max": round(max(times), 2)}
            report["phases"][phase] = counts
    print()
    print(f"{'phase':10} {'runs':>5} {'clean':>6} {'crash':>6} {'hang':>5} {'other':>6} {'exit s (median/max)':>20}")
    for phase, c in report["phases"].items():
        t = c["seconds_to_exit"]
        print(f"{phase:10} {c['runs']:5} {c['clean']:6} {c['crash']:6} {c['hang']:5} {c['other']:6} "
              f"{t['median']:>12} / {t['max']}")
    if args.json:
        print(json.dumps(report))
    return 0 if all(c["crash"] == c["hang"] == 0 for c in report["phases"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
