"""Looking across sessions: every attempt at one question (``compare``) and score trends (``progress``).

Pure: folded :class:`~voice_interviewer.sessions.SessionRecord` and cached
:class:`~voice_interviewer.sessions.SessionSummary` objects in, dataclasses out.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Iterable

from .bank import Bank
from .sessions import SessionRecord, SessionSummary, asks, newest_first
from .wording import plural

# --------------------------------------------------------------------------- compare


@dataclass(frozen=True)
class Attempt:
    """One answer to a question, for ``compare``."""

    session_id: str
    started: str
    turn: int
    score: float | None
    coverage: float | None
    covered: tuple[str, ...]
    missed: tuple[str, ...]
    red_flags: tuple[str, ...]
    wpm: float | None
    fillers_per_min: float | None
    duration: float | None
    partial: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def attempts_for(records: Iterable[SessionRecord], question_id: str, last: int | None = None) -> list[Attempt]:
    """Every answered attempt at ``question_id`` (see :func:`asks`), oldest first."""
    found: list[Attempt] = []
    for record in reversed(newest_first(records)):
        for turn in record.turns:
            if turn.verdict is None or not asks(turn, question_id):
                continue
            s = turn.summary()
            found.append(
                Attempt(
                    session_id=record.id,
                    started=record.started,
                    turn=turn.number,
                    score=s.score,
                    coverage=s.coverage,
                    covered=tuple(c.label for c in turn.concepts(True)),
                    missed=tuple(c.label for c in turn.concepts(False)),
                    red_flags=tuple(f.text or f.id for f in turn.verdict.red_flags),
                    wpm=s.wpm,
                    fillers_per_min=s.fillers_per_min,
                    duration=s.duration,
                    partial=s.partial,
                )
            )
    return found[-last:] if last else found


def improvements(attempts: list[Attempt], wpm_band: tuple[float, float] = (120, 160)) -> list[str]:
    """What changed from the first attempt shown to the latest, in plain words."""
    if len(attempts) < 2:
        return []
    first, latest = attempts[0], attempts[-1]
    notes: list[str] = []
    if first.score is not None and latest.score is not None:
        delta = latest.score - first.score
        verb = "up" if delta > 0 else "down" if delta < 0 else "unchanged at"
        notes.append(f"score {verb} {abs(delta):.0f}" if delta else f"score unchanged at {latest.score:.0f}")
    gained = [c for c in latest.covered if c not in first.covered]
    lost = [c for c in first.covered if c not in latest.covered]
    if gained:
        notes.append("now covers " + ", ".join(gained))
    if lost:
        notes.append("no longer covers " + ", ".join(lost))
    dropped = [f for f in first.red_flags if f not in latest.red_flags]
    added = [f for f in latest.red_flags if f not in first.red_flags]
    if dropped:
        notes.append(f"{plural(len(dropped), 'red flag')} gone")
    if added:
        notes.append(f"{plural(len(added), 'new red flag')}")
    if first.fillers_per_min is not None and latest.fillers_per_min is not None:
        diff = latest.fillers_per_min - first.fillers_per_min
        if abs(diff) >= 0.5:
            notes.append(f"fillers/min {'down' if diff < 0 else 'up'} {abs(diff):.1f}")
    if first.wpm is not None and latest.wpm is not None:
        lo, hi = wpm_band

        def off(w: float) -> float:
            return max(lo - w, w - hi, 0.0)

        if off(latest.wpm) < off(first.wpm):
            notes.append(f"pace closer to {lo:.0f}-{hi:.0f} wpm ({first.wpm:.0f} -> {latest.wpm:.0f})")
        elif off(latest.wpm) > off(first.wpm):
            notes.append(f"pace further from {lo:.0f}-{hi:.0f} wpm ({first.wpm:.0f} -> {latest.wpm:.0f})")
    return notes


# --------------------------------------------------------------------------- progress


SPARK = "▁▂▃▄▅▆▇█"


def sparkline(values: Iterable[float | None], lo: float = 0.0, hi: float = 100.0) -> str:
    """Unicode sparkline on a fixed scale (so lines for different questions compare); gaps as ' '."""
    out = []
    for v in values:
        if v is None:
            out.append(" ")
            continue
        frac = 0.0 if hi <= lo else (min(max(v, lo), hi) - lo) / (hi - lo)
        out.append(SPARK[min(int(frac * len(SPARK)), len(SPARK) - 1)])
    return "".join(out)


@dataclass(frozen=True)
class Trend:
    """Scores of one category or question over time (oldest first)."""

    key: str
    label: str
    category: str
    scores: tuple[float, ...]
    dates: tuple[str, ...]

    @property
    def latest(self) -> float:
        return self.scores[-1]

    @property
    def best(self) -> float:
        return max(self.scores)

    @property
    def mean(self) -> float:
        return sum(self.scores) / len(self.scores)

    @property
    def change(self) -> float:
        return self.scores[-1] - self.scores[0]

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "category": self.category,
            "attempts": len(self.scores),
            "scores": list(self.scores),
            "dates": list(self.dates),
            "latest": self.latest,
            "best": self.best,
            "mean": round(self.mean, 1),
            "change": round(self.change, 1),
        }


def _category_of(bank: Bank | None, question_id: str) -> str:
    if bank is None:
        return "-"
    try:
        return bank.get(question_id).category
    except KeyError:
        return "(not in bank)"


def progress(summaries: Iterable[SessionSummary], bank: Bank | None = None, category: str | None = None) -> tuple[list[Trend], list[Trend]]:
    """(per-category trends, per-question trends) from main-question scores, oldest first.

    A category's point per session is the mean of that session's main-question scores in it.
    """
    ordered = reversed(newest_first(summaries))
    per_q: dict[str, list[tuple[str, float]]] = {}
    per_c: dict[str, list[tuple[str, float]]] = {}
    for s in ordered:
        in_session: dict[str, list[float]] = {}
        for t in s.turns:
            if not t.is_main or t.score is None:
                continue
            cat = _category_of(bank, t.question_id)
            if category and cat != category:
                continue
            per_q.setdefault(t.question_id, []).append((s.started, t.score))
            in_session.setdefault(cat, []).append(t.score)
        for cat, scores in in_session.items():
            per_c.setdefault(cat, []).append((s.started, round(sum(scores) / len(scores), 1)))

    def trend(key: str, points: list[tuple[str, float]], label: str, cat: str) -> Trend:
        return Trend(key, label, cat, tuple(p[1] for p in points), tuple(p[0] for p in points))

    cats = [trend(c, pts, bank.category_label(c) if bank else c, c) for c, pts in sorted(per_c.items())]
    qs = [trend(q, pts, q, _category_of(bank, q)) for q, pts in per_q.items()]
    qs.sort(key=lambda t: (t.category, t.key))
    return cats, qs
