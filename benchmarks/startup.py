"""How fast the interview starts: launch of ``practice`` to the first question's audio.

Runs ``voice-interviewer practice --speak-to DIR`` in a fresh process (a file speaker: the first
question's WAV appears in DIR the moment its audio would start playing, synthesis included),
answering from an empty folder so the run ends by itself. Also times ``--help`` (import cost) and
loading the Whisper model in a fresh process, which ``practice`` does in the background while the
first question is spoken.

    python benchmarks/startup.py [--runs 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 1.5


def _env(home: str) -> dict:
    env = dict(os.environ, VOICE_INTERVIEWER_HOME=home, PYTHONPATH=str(ROOT))
    env.pop("VOICE_INTERVIEWER_MODEL", None)
    return env


def first_question_s(timeout: float = 120.0) -> float:
    """Seconds from process launch until the first utterance's WAV exists."""
    with tempfile.TemporaryDirectory() as tmp:
        out, answers, home = Path(tmp, "said"), Path(tmp, "answers"), Path(tmp, "home")
        for d in (out, answers, home):
            d.mkdir()
        cmd = [sys.executable, "-m", "voice_interviewer", "practice", "--speak-to", str(out),
               "--answers", str(answers), "--count", "1", "--no-follow-ups", "--seed", "0"]
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=_env(str(home)), stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            while True:
                if any(p.suffix == ".wav" for p in out.iterdir()):
                    elapsed = time.perf_counter() - started
                    break
                if proc.poll() is not None:
                    raise SystemExit(f"practice exited ({proc.returncode}) before speaking: "
                                     f"{proc.stderr.read().decode(errors='replace').strip()[-300:]}")
                if time.perf_counter() - started > timeout:
                    raise SystemExit("practice did not speak within the timeout")
                time.sleep(0.005)
            proc.wait(timeout=timeout)
        finally:
            if proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=10)
            proc.stderr.close()
        return elapsed


def _timed(code: str) -> float:
    with tempfile.TemporaryDirectory() as home:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=_env(home), check=True,
                       stdout=subprocess.DEVNULL)
        return time.perf_counter() - started


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="last line: one JSON object")
    args = parser.parse_args(argv)

    help_s = [_timed("from voice_interviewer.cli import main; import sys; sys.argv=['vi','--help']\n"
                     "try: main(['--help'])\nexcept SystemExit: pass") for _ in range(args.runs)]
    load_code = ("import time; t=time.perf_counter()\n"
                 "from voice_interviewer.speech.transcriber import WhisperTranscriber\n"
                 "WhisperTranscriber().load()\nprint(time.perf_counter()-t)")
    load_s = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as home:
            out = subprocess.run([sys.executable, "-c", load_code], cwd=ROOT, env=_env(home), check=True,
                                 capture_output=True, text=True).stdout
            load_s.append(float(out.strip().splitlines()[-1]))
    first = [first_question_s() for _ in range(args.runs)]
    result = {
        "runs": args.runs,
        "startup_first_question_s": round(statistics.median(first), 3),
        "startup_first_question_all_s": [round(x, 3) for x in first],
        "target_s": TARGET_S,
        "help_s": round(statistics.median(help_s), 3),
        "model_load_s": round(statistics.median(load_s), 3),
    }
    print(f"launch to first question audio: {result['startup_first_question_s']:.2f} s median "
          f"(runs: {', '.join(f'{x:.2f}' for x in first)}; target {TARGET_S} s)")
    print(f"'--help' (imports): {result['help_s']:.2f} s; Whisper model load in a fresh process "
          f"(imports included): {result['model_load_s']:.2f} s — done in the background while the question plays")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
