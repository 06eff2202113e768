"""What is said and shown after answers: the spoken two-sentence feedback and the closing summary.

Pure: verdicts and turn results in, text and the summary (a JSON-ready dict, saved in the
``session_end`` event and printed by ``--json``) out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from .rehearsal import timing_summary
from .verdict import ConceptHit, Verdict

if TYPE_CHECKING:
    from .turns import TurnResult


def _scored_concepts(verdict: Verdict) -> list[ConceptHit]:
    """Concepts that count toward coverage ("signal" concepts only feed red-flag rules)."""
    return [c for c in verdict.concepts if c.kind != "signal"]


def _covered(c: ConceptHit) -> bool:
    return c.hit and not c.negated


def spoken_feedback(verdict: Verdict) -> str:
    """Two sentences to say aloud after an answer: the score, then what to add next time."""
    concepts = _scored_concepts(verdict)
    hit = [c for c in concepts if _covered(c)]
    missed = sorted((c for c in concepts if not _covered(c)), key=lambda c: -float(c.weight))
    first = f"You scored {round(float(verdict.score))} out of 100, covering {len(hit)} of {len(concepts)} key points."
    if missed:
        second = "Next time, also mention " + " and ".join(c.label for c in missed[:2]) + "."
    elif verdict.red_flags:
        second = "Watch out for: " + verdict.red_flags[0].text.rstrip(".") + "."
    else:
        second = "That covered everything the framework asks for."
    return f"{first} {second}"


def _delivery(verdict: Verdict) -> dict[str, Any]:
    """The delivery figures as saved (rounded as ``score --json`` prints them)."""
    return verdict.delivery.to_json() if verdict.delivery is not None else {}


def turn_row(result: "TurnResult") -> dict[str, Any]:
    """One turn of the closing summary."""
    info = result.info
    row: dict[str, Any] = {
        "turn": info.number, "question_id": info.question.id,
        "follow_up_id": info.follow_up.id if info.follow_up else None, "parent_turn": info.parent_turn,
        "status": result.status, "reason": result.reason, "audio": result.audio_path,
        "score": None, "coverage": None, "red_flags": [], "wpm": None, "fillers_per_min": None, "pace": None,
        "duration": round(result.recording.duration, 2) if result.recording is not None else None,
    }
    v = result.verdict
    if v is not None:
        d = _delivery(v)
        row.update(score=v.score, coverage=v.coverage, red_flags=v.flag_ids,
                   wpm=d.get("wpm"), fillers_per_min=d.get("fillers_per_min"), pace=d.get("pace"),
                   length=d.get("length"))
    if result.timing is not None:
        row.update(budget_s=round(result.timing.budget_s, 1), used_s=round(result.timing.used_s, 1),
                   hard_stop=result.timing.hard_stop)
    return row


def weakest_area(verdicts: Sequence[Verdict]) -> dict[str, Any] | None:
    """The stage with the most missed concept weight across answers, with the concepts missed."""
    missed: dict[tuple[str, str], dict[str, Any]] = {}
    for v in verdicts:
        for c in _scored_concepts(v):
            if _covered(c):
                continue
            where = str(v.question_id) + (f" / {v.follow_up_id}" if v.follow_up_id else "")
            key = (where, str(c.stage))
            entry = missed.setdefault(key, {"question_id": where, "stage": key[1], "weight": 0.0, "missed": []})
            entry["weight"] += float(c.weight)
            entry["missed"].append(c.label)
    delivery_notes = []
    ds = [_delivery(v) for v in verdicts if v.delivery is not None]
    if ds and sum(1 for d in ds if d.get("fillers_flag")) * 2 >= len(ds):
        delivery_notes.append("fillers")
    paces = [d.get("pace") for d in ds if d.get("pace") and d.get("pace") != "ok"]
    if ds and len(paces) * 2 >= len(ds):
        delivery_notes.append(f"pace ({paces[0]})")
    if not missed and not delivery_notes:
        return None
    best = max(missed.values(), key=lambda e: e["weight"]) if missed else None
    out: dict[str, Any] = {"question_id": None, "stage": None, "missed": [], "delivery": delivery_notes}
    if best:
        out.update(question_id=best["question_id"], stage=best["stage"], missed=list(dict.fromkeys(best["missed"])))
    parts = []
    if best:
        parts.append(f"{best['stage']} in '{best['question_id']}' (missed: {', '.join(out['missed'][:3])})")
    parts.extend(delivery_notes)
    out["text"] = "; ".join(parts)
    return out


def summarise(turns: Sequence["TurnResult"], *, stopped_by_candidate: bool = False, out_of_time: bool = False,
              interrupted: bool = False) -> dict[str, Any]:
    """The closing summary: one row per turn, averages, timing and the weakest area."""
    rows = [turn_row(t) for t in sorted(turns, key=lambda t: t.info.number)]
    scores = [r["score"] for r in rows if r["score"] is not None]
    verdicts = [t.verdict for t in turns if t.verdict is not None]
    timings = [t.timing for t in turns if t.timing is not None]
    return {
        "turns": rows,
        "answered": len(scores),
        "average_score": round(sum(scores) / len(scores), 1) if scores else None,
        "weakest": weakest_area(verdicts),
        "timing": timing_summary(timings) if timings else None,
        "stopped_by_candidate": stopped_by_candidate,
        "out_of_time": out_of_time,
        "interrupted": interrupted,
    }
