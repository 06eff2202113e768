"""Re-scoring a saved session with the current bank (``replay --rescore``): what would change.

The saved transcript (with its word timings) is scored again through the same path as a live
answer; the delivery figures come from the timings, which did not change, so the saved ones are kept.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any, Callable

from .sessions import SessionRecord
from .transcript import Transcript
from .verdict import Verdict

ScoreFn = Callable[[Any, "Transcript | str"], Verdict]


@dataclass(frozen=True)
class TurnChange:
    """How one saved answer scores with the current bank, against the verdict saved with it."""

    turn: int
    question_id: str
    follow_up_id: str | None
    old_score: float | None
    new_score: float | None
    gained: tuple[str, ...] = ()
    lost: tuple[str, ...] = ()
    flags_added: tuple[str, ...] = ()
    flags_removed: tuple[str, ...] = ()
    note: str = ""
    new_verdict: dict[str, Any] | None = None

    @property
    def delta(self) -> float | None:
        if self.old_score is None or self.new_score is None:
            return None
        return round(self.new_score - self.old_score, 1)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["delta"] = self.delta
        return data


def _hit_labels(v: Verdict | None) -> dict[str, str]:
    return {} if v is None else {c.id: c.label for c in v.concepts if c.hit and c.kind != "signal"}


def _flag_texts(v: Verdict | None) -> dict[str, str]:
    return {} if v is None else {f.id: f.text or f.id for f in v.red_flags}


def rescore(record: SessionRecord, bank: Any, score_answer: ScoreFn | None = None,
            embedder: Any = None) -> list[TurnChange]:
    """Score every answered turn's saved transcript again with ``bank`` and say what changed."""
    if score_answer is None:
        from functools import partial

        from .scoring import score_answer as plain

        score_answer = partial(plain, embedder=embedder)
    changes: list[TurnChange] = []
    for turn in record.turns:
        if turn.transcript is None and turn.verdict is None:
            continue
        old = turn.verdict
        base: dict[str, Any] = dict(turn=turn.number, question_id=turn.question_id, follow_up_id=turn.follow_up_id,
                                    old_score=turn.score)
        try:
            target = bank.get(turn.question_id)
            if turn.follow_up_id:
                target = target.follow_up(turn.follow_up_id)
        except KeyError:
            changes.append(TurnChange(**base, new_score=None, note="no longer in the bank; not re-scored"))
            continue
        answer = turn.transcript if turn.transcript is not None else turn.answer_text
        new = score_answer(target, answer)
        if new.delivery is None and old is not None and old.delivery is not None:
            new = replace(new, delivery=old.delivery)  # delivery comes from timings, which did not change
        oh, nh, of, nf = _hit_labels(old), _hit_labels(new), _flag_texts(old), _flag_texts(new)
        changes.append(
            TurnChange(
                **base,
                new_score=new.score,
                gained=tuple(nh[k] for k in nh if k not in oh),
                lost=tuple(oh[k] for k in oh if k not in nh),
                flags_added=tuple(nf[k] for k in nf if k not in of),
                flags_removed=tuple(of[k] for k in of if k not in nf),
                new_verdict=new.to_json(),
            )
        )
    return changes
