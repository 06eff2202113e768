"""How well the scorer judges meaning, on the blind labelled answers (tune and holdout side by side).

    python benchmarks/judgement.py [--set judgement|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|legacy|all] [--split tune|holdout|all]
                                   [--lexical] [--repeats N] [--show-errors] [--json] [--bank DIR]

Scores every labelled answer once (with the sentence embedder, or words only with ``--lexical``;
when the embedder cannot load it says so and falls back to words) and prints, per split:

* pairwise ranking — share of same-question pairs with different tiers that the scores order
  correctly (ties count half);
* red-flag precision and recall (micro-averaged; ``maybe`` ids count neither way);
* follow-up acceptability — share of answers whose follow-up is one of the labelled ones;
* mean score per kind, and the plain-vs-keyword gap — mean of score(keyword twin) − score(paraphrase)
  (target <= 10);
* impact — share of ``not_impact`` number phrases taken as quantified impact (should be 0) and share
  of ``impact`` phrases found;
* misconceptions — share of ``misconception`` answers that raise at least one labelled flag;

then, over all selected answers with the model warm, CPU time per answer (``time.process_time``,
mean and p95 over ``--repeats`` passes; goal <= 50 ms with the embedder, <= 5 ms lexical) and the
resident memory the embedder adds (VmRSS before loading it and after scoring once with it).

What these figures do not show: whether the quoted evidence is right, how big the score gaps between
tiers are, or how the scorer does on questions outside the guide's seven. The labels are one careful
reader's judgement; ``holdout`` answers are the check that tuning generalises.

``--bank DIR`` scores against another bank of the same guide (say ``questions import`` of the seed
guide): the labels name questions/guide.toml's ids, so each question, red flag and follow-up is
matched to the other bank's by the guide's own wording (``judgement_eval.relabel``); the labels
themselves are unchanged.

The figures come from ``tests/judgement_eval.py`` (``evaluate``), which the acceptance tests in
tests/test_judgement.py use too. With ``--json`` the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from judgement_eval import ERROR_KEYS, SETS, SPLITS, evaluate, relabel, score_cases, select  # noqa: E402

from voice_interviewer.bank import default_bank_dir, load_bank  # noqa: E402
from voice_interviewer.scoring import score_answer  # noqa: E402

__all__ = ["evaluate", "main"]

TARGET_MS = {"embedder": 50.0, "lexical": 5.0}


def vm_rss_mb() -> float | None:
    """This process's resident set size (VmRSS) in MiB; None where /proc is not there."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def load_embedder(bank, probe):
    """``(embedder, rss_added_mb, note)``: the embedder loaded and used once, or ``(None, None, why)``.

    The memory figure is VmRSS after loading the model and scoring ``probe`` with it, minus VmRSS
    after scoring the same answer by words alone (so the per-question matchers are not counted).
    """
    try:
        from voice_interviewer.embedding import EmbeddingError, MiniLMEmbedder
    except ImportError as exc:
        return None, None, f"embedder unavailable, scored by words only: {exc}"
    question = bank.get(probe.question)
    score_answer(question, probe.text)
    before = vm_rss_mb()
    try:
        embedder = MiniLMEmbedder().load()
    except EmbeddingError as exc:
        return None, None, f"embedder unavailable, scored by words only: {exc}"
    score_answer(question, probe.text, embedder=embedder)
    after = vm_rss_mb()
    added = round(after - before, 1) if before is not None and after is not None else None
    return embedder, added, ""


def warm_cache(bank, cases, embedder) -> dict | None:
    """Score each question's own prompt once, so whatever the scorer embeds per question (concept
    descriptions) is cached, and return a copy of the embedder's cache at that point.

    The timing restores this copy before each timed call: answers' own clauses are then embedded
    afresh every time, as in a session, instead of coming from the cache of an earlier pass.
    """
    for qid in dict.fromkeys(c.question for c in cases):
        question = bank.get(qid)
        score_answer(question, question.prompt, embedder=embedder)
    cache = getattr(embedder, "_cache", None)
    return dict(cache) if isinstance(cache, dict) else None


def time_scoring(bank, cases, embedder, repeats: int, snapshot: dict | None) -> dict:
    """CPU milliseconds per answer (process time, all threads) over ``repeats`` passes, model warm."""
    ms = []
    for _ in range(repeats):
        for c in cases:
            question = bank.get(c.question)
            if snapshot is not None:
                embedder._cache = dict(snapshot)
            t0 = time.process_time()
            score_answer(question, c.text, embedder=embedder)
            ms.append((time.process_time() - t0) * 1000)
    ms.sort()
    return {"answers": len(cases), "repeats": repeats, "cpu_mean_ms": round(statistics.fmean(ms), 2),
            "cpu_p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 2), "cpu_max_ms": round(ms[-1], 2)}


# --------------------------------------------------------------------------- printing

ROWS = (
    ("answers", "answers", "{:d}"),
    ("pairs", "pairs compared", "{:d}"),
    ("pairwise", "pairwise ranking (>= 0.95)", "{:.3f}"),
    ("flag_precision", "red-flag precision (>= 0.85)", "{:.3f}"),
    ("flag_recall", "red-flag recall (>= 0.85)", "{:.3f}"),
    ("follow_up_acceptable", "follow-up acceptable (>= 0.80)", "{:.3f}"),
    ("keyword_gap", "plain-vs-keyword gap (<= 10)", "{:+.1f}"),
    ("keyword_gap_pairs", "  twin pairs", "{:d}"),
    ("not_impact_taken", "not-impact taken as impact (0)", "{:.3f}"),
    ("impact_found", "impact phrases found", "{:.3f}"),
    ("misconceptions_flagged", "misconceptions flagged", "{:.3f}"),
)


def _cell(value, fmt: str) -> str:
    return "-" if value is None else fmt.format(value)


def table(result: dict) -> list[str]:
    splits = list(result["splits"])
    width = 32
    lines = [f"{'':<{width}}" + "".join(f"{s:>10}" for s in splits)]
    for key, label, fmt in ROWS:
        cells = "".join(f"{_cell(result['splits'][s].get(key), fmt):>10}" for s in splits)
        lines.append(f"{label:<{width}}" + cells)
    kinds = sorted({k for s in splits for k in result["splits"][s]["mean_score_by_kind"]})
    for kind in kinds:
        means = [result["splits"][s]["mean_score_by_kind"].get(kind) for s in splits]
        cells = "".join(f"{_cell(m, '{:.1f}'):>10}" for m in means)
        lines.append(f"{'mean score: ' + kind:<{width}}" + cells)
    return lines


def error_lines(split: str, figs: dict) -> list[str]:
    out = [f"-- {split}"]
    for m in figs["misordered"]:
        out.append(f"misordered: {m['higher']} (tier {m['higher_tier']}) {m['higher_score']:.1f} <= "
                   f"{m['lower']} (tier {m['lower_tier']}) {m['lower_score']:.1f}")
    for w in figs["wrong_flags"]:
        out.append(f"flags: {w['answer']}: false {w['false'] or '-'}, missed {w['missed'] or '-'}")
    for b in figs["bad_follow_ups"]:
        out.append(f"follow-up: {b['answer']}: chose {b['chosen']}, acceptable {b['acceptable']}")
    for g in figs["gaps"]:
        if g["gap"] > 10:
            out.append(f"gap: {g['keyword']} - {g['paraphrase']} = {g['gap']:+.1f}")
    for name in figs["twins_missing"]:
        out.append(f"gap: {name}: its keyword twin is not among the scored answers")
    for e in figs["impact_errors"]:
        out.append(f"impact: {e['answer']}: {e['problem']}: {e['phrase']!r}")
    for e in figs["impact_unlocated"]:
        out.append(f"impact: {e['answer']}: labelled phrase not in the text: {e['phrase']!r}")
    for m in figs["missed_misconceptions"]:
        out.append(f"misconception: {m['answer']} ({m['misconception']}): raised {m['raised']}, "
                   f"labelled {m['labelled']}")
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=SETS, default="judgement", dest="which")
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--lexical", action="store_true", help="score by words only (no embedder)")
    parser.add_argument("--repeats", type=int, default=3, help="timing passes over all answers (default 3)")
    parser.add_argument("--show-errors", action="store_true", help="list each misordered pair, wrong flag…")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--bank", metavar="DIR", type=Path,
                        help="score against this bank (its ids matched to the bundled guide's by wording)")
    args = parser.parse_args(argv)

    bank = load_bank(default_bank_dir())
    cases = select(args.which)
    if args.bank is not None:
        cases = relabel(cases, bank, load_bank(args.bank))
        bank = load_bank(args.bank)
    embedder, rss_added, note = (None, None, "") if args.lexical else load_embedder(bank, cases[0])
    mode = "embedder" if embedder is not None else "lexical"
    snapshot = warm_cache(bank, cases, embedder) if embedder is not None else None

    splits = (*SPLITS, "all") if args.split == "all" else (args.split,)
    verdicts = score_cases(cases, bank, embedder)  # also the warm-up pass for the timing
    result = evaluate(cases, bank, embedder, splits, verdicts=verdicts)
    timed = [c for c in cases if args.split == "all" or c.split == args.split]
    timing = time_scoring(bank, timed, embedder, max(1, args.repeats), snapshot)

    how = f"with {embedder.name}" if embedder else "by words only"
    print(f"judgement: set {args.which}, {len(cases)} answers, scored {how}"
          + (f", bank {args.bank}" if args.bank is not None else ""))
    if note:
        print(f"note: {note}")
    print("\n".join(table(result)))
    print(f"CPU time per answer ({timing['answers']} answers x {timing['repeats']}, model warm): mean "
          f"{timing['cpu_mean_ms']:.1f} ms, p95 {timing['cpu_p95_ms']:.1f} ms "
          f"(goal <= {TARGET_MS[mode]:.0f} ms)"
          + (f"; RSS added by the embedder: {rss_added} MiB" if rss_added is not None else ""))
    if args.show_errors:
        for split, figs in result["splits"].items():
            print("\n".join(error_lines(split, figs)))
    if args.json:
        splits_out = {s: {k: v for k, v in f.items() if args.show_errors or k not in ERROR_KEYS}
                      for s, f in result["splits"].items()}
        print(json.dumps({"benchmark": "judgement", "bank": str(args.bank) if args.bank else None, "set": args.which, "split": args.split, "mode": mode,
                          "embedder": result["embedder"], "note": note or None, "answers": len(cases),
                          "splits": splits_out, "timing": timing, "target_ms": TARGET_MS[mode],
                          "rss_added_mb": rss_added}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
