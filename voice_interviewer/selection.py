"""Which questions to ask: chosen by id, a shuffled mix that prefers the least recently practised,
or the ones most due for practice (spaced repetition over the saved sessions' scores).

Pure apart from :func:`pick_weakest` and :func:`last_asked`, which read the sessions' cached summaries.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterable

from .bank import Question
from .errors import UsageError
from .listing import load_summaries
from .sessions import parse_time
from .wording import plural


def select_questions(bank: Any, *, ids: list[str] | None = None, category: str | None = None,
                     count: int | None = None, seed: int | None = None,
                     recent: dict[str, str] | None = None) -> list[Question]:
    """Pick the interview's questions.

    ``ids`` are taken in the order given (unknown ids: a UsageError naming the closest ones).
    Otherwise a shuffled mix (``seed`` makes it repeatable) that prefers questions never or
    least recently practised (``recent``: see :func:`last_asked`).
    """
    from rapidfuzz import process

    if ids:
        out = []
        for qid in ids:
            try:
                out.append(bank.get(qid))
            except KeyError:
                close = [m[0] for m in process.extract(qid, bank.ids(), limit=3, score_cutoff=50)]
                known = ", ".join(bank.ids())
                hint = f" (did you mean: {', '.join(close)}?)" if close else f" (known: {known})"
                raise UsageError(f"unknown question id {qid!r}{hint}") from None
        return out
    pool = list(bank.questions)
    if category:
        pool = bank.by_category(category)
        if not pool:
            cats = sorted({q.category for q in bank.questions})
            raise UsageError(f"unknown category {category!r} (categories: {', '.join(cats)})")
    rng = random.Random(seed)
    rng.shuffle(pool)
    recent = recent or {}
    pool.sort(key=lambda q: recent.get(q.id, ""))  # stable: never-practised first, still shuffled
    chosen = pool[: count or len(pool)]
    rng.shuffle(chosen)
    return chosen


def last_asked(home: Path | str) -> dict[str, str]:
    """Question id -> start time (ISO) of the newest session that asked it as a main question.

    From the summary cache, so choosing "questions not practised recently" stays instant with
    1,000 sessions (a drop-in for reading every session log in full).
    """
    seen: dict[str, str] = {}
    for summary in load_summaries(home):
        for qid in summary.question_ids:
            if summary.started > seen.get(qid, ""):
                seen[qid] = summary.started
    return seen



# --------------------------------------------------------------------------- spaced repetition


GOOD_SCORE = 70.0
WEAK_SCORE = 50.0
MAX_INTERVAL_DAYS = 60.0


@dataclass(frozen=True)
class Scheduled:
    """A question picked for practice, when it is due and why.

    Attributes:
        question: the bank's Question.
        due: when it should come back (None: never practised, due now).
        recent_score: recency-weighted score of the last three attempts (None: never practised).
        attempts: how many scored attempts it has had.
        interval_days: the spacing that produced ``due``.
        reason: one line for the user.
    """

    question: Question
    due: datetime | None
    recent_score: float | None
    attempts: int
    interval_days: float
    reason: str

    @property
    def question_id(self) -> str:
        return self.question.id


def _interval_days(scores: list[float]) -> float:
    """Leitner-style spacing: weak → now, middling → a day, good → 2, 4, 8… days per good streak."""
    latest = scores[-1]
    if latest < WEAK_SCORE:
        return 0.0
    if latest < GOOD_SCORE:
        return 1.0
    streak = 0
    for s in reversed(scores):
        if s < GOOD_SCORE:
            break
        streak += 1
    days = 2.0 * float(2 ** (streak - 1))
    if latest >= 90:
        days *= 1.5
    return min(days, MAX_INTERVAL_DAYS)


def weakest_questions(sessions: Iterable[Any], bank: Any, n: int, now: datetime | None = None,
                      category: str | None = None) -> list[Scheduled]:
    """The ``n`` questions to practise next (spaced repetition), most urgent first.

    ``sessions`` are :class:`SessionSummary` or :class:`SessionRecord` objects (anything with
    ``started`` and ``turns`` whose items have ``question_id``, ``follow_up_id`` and ``score``).
    Only main-question answers count. Each question gets a due date: last attempt + an interval
    that grows with a streak of good answers (>= 70: 2, 4, 8… days, x1.5 at >= 90, at most 60)
    and collapses for weak ones (< 50: due at once; 50-69: a day). Questions due now come first,
    lowest recent score first (never practised counts as 50: unknown, in the middle); when fewer
    than ``n`` are due, the ones due soonest fill the list. Pure: pass ``now`` in tests.
    """
    now = now or datetime.now(timezone.utc)
    history: dict[str, list[tuple[datetime, float]]] = {}
    for s in sessions:
        when = parse_time(s.started) if isinstance(s.started, str) else s.started
        for t in s.turns:
            score = t.score
            if t.follow_up_id is None and score is not None:
                history.setdefault(t.question_id, []).append((when, float(score)))
    picks: list[Scheduled] = []
    for q in bank.questions:
        if category and q.category != category:
            continue
        past = sorted(history.get(q.id, []), key=lambda p: p[0])
        if not past:
            picks.append(Scheduled(q, None, None, 0, 0.0, "never practised"))
            continue
        scores = [p[1] for p in past]
        weights = (1.0, 0.5, 0.25)
        recent = list(reversed(scores))[:3]
        recent_score = sum(w * s for w, s in zip(weights, recent)) / sum(weights[: len(recent)])
        days = _interval_days(scores)
        due = past[-1][0] + timedelta(days=days)
        if due <= now:
            when = "due now"
        else:
            when = f"next due {due:%Y-%m-%d} (in {(due - now).total_seconds() / 86400:.1f} days)"
        reason = f"last score {scores[-1]:.0f}, recent {recent_score:.0f} over {plural(len(scores), 'attempt')}; {when}"
        picks.append(Scheduled(q, due, round(recent_score, 1), len(scores), days, reason))

    def urgency(p: Scheduled) -> tuple[Any, ...]:
        due_now = p.due is None or p.due <= now
        score = 50.0 if p.recent_score is None else p.recent_score
        return (0, score, p.due or now) if due_now else (1, p.due, score)

    picks.sort(key=urgency)
    return picks[: max(n, 0)]


def pick_weakest(home: Path | str, bank: Any, n: int, now: datetime | None = None,
                 category: str | None = None) -> list[Scheduled]:
    """``weakest_questions`` over every saved session in ``home`` (uses the summary cache)."""
    return weakest_questions(load_summaries(home), bank, n, now=now, category=category)
