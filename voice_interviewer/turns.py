"""What one interview turn is, and how practice and rehearse differ.

:class:`TurnInfo` is an asked question (what the sources and the UI see), :class:`TurnResult`
what happened to it (what the summary reads), :class:`Policy` the loop's settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .answer import hotwords as hotwords_for
from .bank import FollowUp, Question
from .rehearsal import RehearsalSettings, TurnBudget, TurnTiming
from .seams import ListenPolicy, Recording
from .transcript import Transcript
from .verdict import Verdict


@dataclass(frozen=True)
class TurnInfo:
    """One asked question (main or follow-up); what sources and the UI need to know."""

    number: int
    question: Question
    follow_up: FollowUp | None = None
    parent_turn: int | None = None

    @property
    def item(self) -> Question | FollowUp:
        return self.follow_up or self.question

    @property
    def text(self) -> str:
        return self.follow_up.text if self.follow_up else self.question.prompt

    @property
    def name(self) -> str:
        """File-name stem: the question id, plus the follow-up id for a follow-up."""
        return f"{self.question.id}.{self.follow_up.id}" if self.follow_up else self.question.id

    @property
    def target_seconds(self) -> tuple[int, int]:
        return self.item.target_seconds

    def hotwords(self) -> list[str]:
        return hotwords_for(self.question, self.follow_up)


@dataclass(eq=False)
class TurnResult:
    """What happened in one turn (for the summary)."""

    info: TurnInfo
    status: str = "asked"  # answered | unanswered | skipped | interrupted
    reason: str | None = None
    audio_path: str | None = None
    recording: Recording | None = None
    transcript: Transcript | None = None
    verdict: Verdict | None = None
    timing: TurnTiming | None = None
    commands: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Policy:
    """How practice and rehearse differ.

    Attributes:
        mode: "practice" or "rehearse".
        feedback_each_turn: show the verdict after every answer (practice) or only at the end.
        follow_ups: ask the chosen follow-up after each answer.
        speak_feedback: also say a two-sentence summary aloud after each verdict.
        end_silence_s: silence that ends an unfinished thought (the end-of-turn fallback).
        patience_s: silence that ends a finished answer (None: every answer waits end_silence_s).
        rehearsal: time limits (rehearse only).
        live_transcript: show the streaming transcript under the level meter while listening.
    """

    mode: str = "practice"
    feedback_each_turn: bool = True
    follow_ups: bool = True
    speak_feedback: bool = False
    live_transcript: bool = True
    end_silence_s: float = 4.0
    patience_s: float | None = 1.3  # as ListenPolicy and --patience
    no_speech_timeout_s: float = 20.0
    rehearsal: RehearsalSettings | None = None

    @classmethod
    def practice(cls, **kw: Any) -> "Policy":
        return cls(mode="practice", feedback_each_turn=True, **kw)

    @classmethod
    def rehearse(cls, settings: RehearsalSettings | None = None, **kw: Any) -> "Policy":
        return cls(mode="rehearse", feedback_each_turn=False, rehearsal=settings or RehearsalSettings(), **kw)

    def listen_policy(self, budget: TurnBudget | None, expected_s: float | None = None) -> ListenPolicy:
        """How this turn's answer ends; ``expected_s``: the shortest answer the question expects."""
        if budget is None:
            return ListenPolicy(end_silence_s=self.end_silence_s, patience_s=self.patience_s,
                                no_speech_timeout_s=self.no_speech_timeout_s, expected_s=expected_s)
        return ListenPolicy(
            end_silence_s=self.end_silence_s, patience_s=self.patience_s, expected_s=expected_s,
            no_speech_timeout_s=min(self.no_speech_timeout_s, budget.hard_limit_s),
            max_seconds=budget.hard_limit_s,
            cue_at_s=budget.cue_at_s,
            hard_limit_s=budget.hard_limit_s,
        )


@dataclass
class InterviewResult:
    status: str  # completed | interrupted
    turns: list[TurnResult]
    summary: dict[str, Any]
    session_id: str
