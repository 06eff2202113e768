"""How long the verdict on one answer takes (target: <= 5 ms), plus the labelled-set quality figures.

    python benchmarks/scoring.py [--repeats N] [--json]

Scores every labelled answer in tests/scoring_answers*.py ``--repeats`` times (after one warm-up
pass that builds the per-question matchers) and prints mean and p95 milliseconds per answer, and
the ranking accuracy, red-flag precision/recall and follow-up acceptability on that labelled set.
With ``--json`` the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from scoring_answers import ANSWERS  # noqa: E402
from scoring_answers_more import MORE  # noqa: E402

from voice_interviewer.bank import load_bank  # noqa: E402
from voice_interviewer.scoring import score_answer  # noqa: E402


def quality(bank, labelled) -> dict:
    """Ranking accuracy over ordered pairs, flag precision/recall, follow-up acceptability."""
    pairs = right = tp = fp = fn = fu_ok = n = 0
    for qid, answers in labelled.items():
        q = bank.get(qid)
        verdicts = {a.name: score_answer(q, a.text) for a in answers}
        for a in answers:
            v = verdicts[a.name]
            raised = set(v.flag_ids)
            tp += len(raised & a.flags)
            fp += len(raised - a.flags - a.maybe)
            fn += len(a.flags - raised)
            fu_ok += bool(v.follow_up and v.follow_up.id in a.follow_ups)
            n += 1
        for a, b in itertools.combinations(answers, 2):
            if a.tier != b.tier:
                hi, lo = (a, b) if a.tier > b.tier else (b, a)
                pairs += 1
                right += verdicts[hi.name].score > verdicts[lo.name].score
    return {
        "answers": n,
        "pairs": pairs,
        "ranking_accuracy": round(right / pairs, 4),
        "flag_precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "flag_recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        "follow_up_acceptable": round(fu_ok / n, 4),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    bank = load_bank()
    labelled = {qid: ANSWERS[qid] + MORE.get(qid, []) for qid in ANSWERS}
    cases = [(bank.get(qid), a.text) for qid, answers in labelled.items() for a in answers]
    for q, text in cases:  # warm-up: compile matchers once per question, as a session would
        score_answer(q, text)
    times, cpu = [], []  # wall time, and CPU time of this thread (robust on a busy shared machine)
    for _ in range(args.repeats):
        for q, text in cases:
            t0, c0 = time.perf_counter(), time.thread_time()
            score_answer(q, text)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.thread_time() - c0) * 1000)
    long_cpu = [c for c, (_, text) in zip(cpu, cases * args.repeats) if len(text.split()) >= 120]
    times.sort()
    cpu.sort()
    result = {
        "benchmark": "scoring",
        "answers": len(cases),
        "repeats": args.repeats,
        "mean_ms": round(statistics.fmean(times), 3),
        "median_ms": round(statistics.median(times), 3),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 3),
        "max_ms": round(times[-1], 3),
        "cpu_mean_ms": round(statistics.fmean(cpu), 3),
        "cpu_p95_ms": round(cpu[int(0.95 * (len(cpu) - 1))], 3),
        "cpu_mean_ms_120_words_plus": round(statistics.fmean(long_cpu), 3) if long_cpu else None,
        "mean_words": round(statistics.fmean(len(t.split()) for _, t in cases), 1),
        "target_ms": 5.0,
        **quality(bank, labelled),
    }
    print(f"scoring {result['answers']} answers x {args.repeats}: mean {result['mean_ms']:.2f} ms, "
          f"median {result['median_ms']:.2f} ms, p95 {result['p95_ms']:.2f} ms, max {result['max_ms']:.2f} ms; "
          f"CPU time mean {result['cpu_mean_ms']:.2f} ms, p95 {result['cpu_p95_ms']:.2f} ms "
          f"(target <= 5 ms; {result['mean_words']:.0f} words on average; answers of 120+ words: CPU mean "
          f"{result['cpu_mean_ms_120_words_plus']} ms)")
    print(f"labelled set: ranking {result['ranking_accuracy']:.1%} of {result['pairs']} pairs, red flags "
          f"precision {result['flag_precision']:.1%} recall {result['flag_recall']:.1%}, follow-up acceptable "
          f"{result['follow_up_acceptable']:.1%} of {result['answers']} answers")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
