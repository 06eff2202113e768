"""How fast do `sessions` and `progress` answer with many saved sessions? (target: <= 1 s each)

Generates ``--count`` realistic sessions (default 1,000) in a temporary home with the real
writer (``store.SessionStore``): 3 questions plus follow-ups each, transcripts with word timings,
full verdicts and delivery figures, ~60-100 kB per session like real ones. Then times, in fresh
processes (so imports count, as they do for a user):

* ``sessions --json`` cold (no summary cache yet: every file is read once),
* ``sessions --json`` warm (summary cache fresh) and ``progress`` warm,
* ``progress`` after one new session was added (one file re-read).

Prints the figures; ``--json`` prints them as one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = ("we version the data with DVC and track experiments in MLflow then a CI pipeline retrains "
         "and validates the model before a canary rollout on Kubernetes with drift monitoring um so "
         "basically the feature store keeps training and serving consistent and we alert on latency").split()
QUESTIONS = {  # id: (category, concepts)
    "lifecycle": ("core", ["data-versioning", "experiment-tracking", "ci-cd", "monitoring", "retraining"]),
    "reproducibility": ("core", ["data-versioning", "environment", "seeds", "lineage"]),
    "ci-cd": ("cicd", ["tests", "validation-gate", "registry", "canary"]),
    "monitoring": ("monitoring", ["data-drift", "concept-drift", "model-metrics", "alerting"]),
    "cloud": ("cloud", ["managed-services", "cost", "autoscaling"]),
    "system-design": ("behavioral", ["requirements", "serving", "feedback-loop", "trade-offs"]),
    "incident": ("behavioral", ["situation", "action", "result", "quantified"]),
}


def _transcript(rng: random.Random, n_words: int) -> dict:
    t, words = rng.uniform(0.3, 1.5), []
    for _ in range(n_words):
        w = rng.choice(WORDS)
        d = rng.uniform(0.15, 0.5)
        words.append({"word": " " + w, "start": round(t, 3), "end": round(t + d, 3), "probability": 0.9})
        t += d + rng.uniform(0.02, 0.4)
    return {"text": "".join(w["word"] for w in words).strip(), "duration": round(t + 2, 3), "words": words}


def _verdict(rng: random.Random, qid: str, fid: str | None, transcript: dict) -> dict:
    concepts = []
    for cid in QUESTIONS[qid][1]:
        hit = rng.random() < 0.6
        ev = {"quote": "DVC", "start_char": 0, "end_char": 3, "start": 0.5, "end": 0.8} if hit else None
        concepts.append({"id": cid, "label": cid.replace("-", " "), "stage": "s", "weight": 1.0,
                         "hit": hit, "negated": False, "evidence": ev})
    coverage = sum(c["hit"] for c in concepts) / len(concepts)
    flags = [{"id": "vague", "text": "Vague answer.", "reason": "r", "evidence": []}] if coverage < 0.4 else []
    n = len(transcript["words"])
    dur = transcript["duration"]
    delivery = {"duration": dur, "words": n, "wpm": round(n / dur * 60, 1), "wpm_band": [120, 160],
                "pace": "ok", "fillers": 2, "fillers_per_min": round(rng.uniform(0, 8), 1),
                "filler_counts": {"um": 2}, "fillers_flag": False,
                "pauses": [{"start": 3.0, "end": 4.2, "length": 1.2}], "long_pauses": 0, "longest_pause": 1.2,
                "time_to_first_word": 0.8, "target_seconds": [60, 120], "length": "ok"}
    return {"question_id": qid, "follow_up_id": fid, "transcript": transcript["text"],
            "score": round(max(0.0, coverage * 100 - 10 * len(flags)), 1), "coverage": round(coverage, 3),
            "concepts": concepts, "red_flags": flags, "follow_up": None, "quantified": [], "star": None,
            "delivery": delivery}


def generate(home: Path, count: int, seed: int = 7) -> None:
    """Write ``count`` sessions with the real store (fsync skipped: generation is not what we time)."""
    from voice_interviewer import store

    rng = random.Random(seed)
    real_fsync, os.fsync = os.fsync, (lambda fd: None)
    try:
        start = datetime(2026, 1, 1, tzinfo=timezone.utc)
        for i in range(count):
            qids = rng.sample(sorted(QUESTIONS), 3)
            s = store.SessionStore.create(home, rng.choice(["practice", "rehearse"]), qids, {"seed": i}, "questions",
                                          now=start + timedelta(hours=7 * i, seconds=i))
            turn = 0
            for qid in qids:
                for fid in (None, "follow-up"):
                    turn += 1
                    s.append({"type": "question_asked", "turn": turn, "question_id": qid, "follow_up_id": fid,
                              "text": f"Question {qid}?", "parent_turn": None if fid is None else turn - 1})
                    tr = _transcript(rng, rng.randint(80, 160))
                    s.append({"type": "answer_audio", "turn": turn, "path": f"audio/{turn:02d}-{qid}.wav",
                              "duration": tr["duration"], "ended_by": "silence", "partial": False})
                    s.append({"type": "transcript", "turn": turn, "transcript": tr})
                    s.append({"type": "verdict", "turn": turn, "verdict": _verdict(rng, qid, fid, tr)})
            s.append({"type": "session_end", "status": "completed", "summary": {}})
            s.close()
    finally:
        os.fsync = real_fsync


def _bank_dir(tmp: Path) -> Path:
    """A bank with the generated question ids, so `progress` has categories to chart."""
    lines = ['[[category]]\nid = "%s"\nlabel = "%s"\n' % (c, c) for c in sorted({c for c, _ in QUESTIONS.values()})]
    for qid, (cat, concepts) in QUESTIONS.items():
        lines.append(f'[[question]]\nid = "{qid}"\ncategory = "{cat}"\nprompt = "Q?"\nwhy = "w"\nframework = "f"\n'
                     'stages = ["s"]\nconcept = [' + ", ".join(
                         f'{{id = "{c}", label = "{c}", stage = "s", aliases = ["{c}"]}}' for c in concepts) + "]\n"
                     f'red_flag = [{{id = "vague", text = "Vague answer.", rule = {{ missing_all = ["{concepts[0]}"] }}}}]\n'
                     f'follow_up = [{{id = "follow-up", text = "More?", trigger = {{ always = true }}, '
                     f'concept = [{{id = "x", label = "x", stage = "answer", aliases = ["x"]}}]}}]\n')
    bank = tmp / "bank"
    bank.mkdir()
    (bank / "bench.toml").write_text("\n".join(lines))
    return bank


def _timed(args: list[str], env: dict) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "voice_interviewer", *args], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {proc.stderr.strip()}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        t0 = time.perf_counter()
        generate(home, args.count)
        gen_s = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in (home / "sessions").rglob("session.jsonl"))
        env = {**os.environ, "VOICE_INTERVIEWER_HOME": str(home), "VOICE_INTERVIEWER_BANK": str(_bank_dir(Path(tmp)))}
        figures = {"count": args.count, "data_mb": round(size / 1e6, 1), "generate_s": round(gen_s, 2)}
        figures["sessions_cold_s"] = _timed(["sessions", "--json"], env)
        figures["sessions_warm_s"] = _timed(["sessions", "--json"], env)
        figures["sessions_table_s"] = _timed(["sessions"], env)
        figures["progress_s"] = _timed(["progress"], env)
        generate(home, 1, seed=99)  # one new session: only its file is read
        figures["progress_after_new_session_s"] = _timed(["progress"], env)
        figures["help_s"] = _timed(["--help"], env)
        figures = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in figures.items()}
        figures["target_s"] = 1.0
        figures["ok"] = max(figures["sessions_warm_s"], figures["progress_s"], figures["progress_after_new_session_s"]) <= 1.0
    for k, v in figures.items():
        print(f"{k:32} {v}")
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
