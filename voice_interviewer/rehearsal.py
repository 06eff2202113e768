"""Rehearsal timing: per-answer budgets, the soft cue, the hard stop and the run's total.

Pure: numbers and an injected clock in, dataclasses out. The loop turns a :class:`TurnBudget`
into a :class:`~voice_interviewer.seams.ListenPolicy` (``cue_at_s``, ``hard_limit_s``); the recorder
does the waiting. Tests drive a fake clock instead of sleeping.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from .events import TimingRecorded


@dataclass(frozen=True)
class RehearsalSettings:
    """How a timed run is paced.

    Attributes:
        time_limit_s: per-answer limit for every answer (None: each question's target maximum).
        total_s: the whole run's time (None: no limit). Later budgets shrink to what is left.
        cue_before_s: the soft cue comes this many seconds before the limit...
        cue_fraction: ...or at this fraction of the budget, whichever is later (a short budget
            gets its cue near the end, not half-way through).
        min_budget_s: when less than this is left of the total, no new question is asked.
    """

    time_limit_s: float | None = None
    total_s: float | None = None
    cue_before_s: float = 15.0
    cue_fraction: float = 0.85
    min_budget_s: float = 15.0


@dataclass(frozen=True)
class TurnBudget:
    """The time allowed for one answer and when to cue."""

    budget_s: float
    cue_at_s: float | None
    hard_limit_s: float
    shrunk: bool = False  # True when the run's remaining time cut it below the normal budget


@dataclass(frozen=True)
class TurnTiming:
    """Time used by one answer against its budget (the ``timing`` event, plus judgements)."""

    turn: int
    budget_s: float
    used_s: float
    cue_at: float | None
    hard_stop: bool

    @property
    def ratio(self) -> float:
        return self.used_s / self.budget_s if self.budget_s > 0 else 0.0

    @property
    def over(self) -> bool:
        return self.hard_stop or self.used_s > self.budget_s

    def to_event(self) -> "TimingRecorded":
        """The ``timing`` event (figures rounded as saved)."""
        from .events import TimingRecorded

        return TimingRecorded(self.turn, round(self.budget_s, 2), round(self.used_s, 2),
                              None if self.cue_at is None else round(self.cue_at, 2), self.hard_stop)


def cue_time(budget_s: float, settings: RehearsalSettings = RehearsalSettings()) -> float | None:
    """When the soft cue sounds: the later of ``budget - cue_before`` and ``budget * fraction``."""
    if budget_s <= 0:
        return None
    return round(max(budget_s - settings.cue_before_s, budget_s * settings.cue_fraction), 3)


def shortest_total_s(settings: RehearsalSettings = RehearsalSettings()) -> float:
    """The least ``--total`` in which a run can ask its first question (see :func:`answer_budget`).

    Without ``--time-limit`` the answer's normal budget is the question's target maximum, which
    is at least ``min_budget_s`` for every question we know of, so ``min_budget_s`` it is.
    """
    if settings.time_limit_s is None:
        return settings.min_budget_s
    return min(settings.min_budget_s, settings.time_limit_s)


def answer_budget(
    target_seconds: tuple[float, float],
    settings: RehearsalSettings = RehearsalSettings(),
    remaining_s: float | None = None,
) -> TurnBudget | None:
    """The budget for one answer, or None when the run has no time left for another question.

    The normal budget is ``--time-limit`` or the question's target maximum; with a total, it is
    cut to the remaining time.
    """
    normal = float(settings.time_limit_s if settings.time_limit_s is not None else target_seconds[1])
    budget = normal
    if remaining_s is not None:
        if remaining_s < min(settings.min_budget_s, normal):
            return None
        budget = min(normal, remaining_s)
    return TurnBudget(budget_s=budget, cue_at_s=cue_time(budget, settings), hard_limit_s=budget,
                      shrunk=budget < normal)


@dataclass
class RunClock:
    """Tracks a timed run: how much of ``--total`` is left, and each answer's use of its budget."""

    settings: RehearsalSettings
    clock: Callable[[], float]
    started: float = field(init=False)
    timings: list[TurnTiming] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def elapsed(self) -> float:
        return self.clock() - self.started

    def remaining(self) -> float | None:
        if self.settings.total_s is None:
            return None
        return max(0.0, self.settings.total_s - self.elapsed())

    def out_of_time(self) -> bool:
        left = self.remaining()
        return left is not None and left < self.settings.min_budget_s

    def plan(self, target_seconds: tuple[float, float]) -> TurnBudget | None:
        """The next answer's budget, or None when no new question should be asked."""
        return answer_budget(target_seconds, self.settings, self.remaining())

    def record(self, turn: int, budget: TurnBudget, used_s: float, *, hard_stop: bool,
               cue_at: float | None = None) -> TurnTiming:
        timing = TurnTiming(turn=turn, budget_s=budget.budget_s, used_s=used_s,
                            cue_at=cue_at, hard_stop=hard_stop)
        self.timings.append(timing)
        return timing


def timing_summary(timings: list[TurnTiming]) -> dict[str, Any]:
    """Totals for the closing report: time used against budget, answers over time."""
    used = sum(t.used_s for t in timings)
    budget = sum(t.budget_s for t in timings)
    return {
        "answers": len(timings),
        "used_s": round(used, 1),
        "budget_s": round(budget, 1),
        "over_time": [t.turn for t in timings if t.over],
        "hard_stops": [t.turn for t in timings if t.hard_stop],
        "timings": [asdict(t) for t in timings],
    }
