"""The session log's events: one typed event per line of ``session.jsonl``.

The interview loop writes these (``SessionStore.append(event)``) and every reader folds them
(:func:`voice_interviewer.sessions.fold`). Each event's ``to_json()`` is exactly the line the
loop has written since format 1; :func:`parse_event` reads a line back, leniently: a field of the
wrong type becomes ``None`` (or the event is skipped with a one-line warning) so a damaged or
hand-edited file never crashes a reader.

One answer's events, in order::

    question_asked  [command…]  [cue]  answer_audio  transcript  [timing]  verdict | unanswered

and at the end ``[interrupted]  session_end``. Sessions saved before the follow-up was stored
only in the verdict also hold ``follow_up_chosen`` (read, never written).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Union

from .transcript import Transcript
from .verdict import Verdict

#: The session format this version writes (and the newest it reads); older ones are read too.
FORMAT = 1

JSON = dict[str, Any]


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _num(value: object) -> float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _str(value: object) -> str | None:
    return None if value is None else str(value)


class BadEvent(ValueError):
    """A known event whose content cannot be read (the reader warns and skips it)."""


# --------------------------------------------------------------------------- the header


@dataclass(frozen=True)
class SessionHeader:
    """Line 1: what was run, when, with which bank and options."""

    id: str
    mode: str
    started: str
    bank: str
    questions: tuple[str, ...]
    options: dict[str, Any]
    app_version: str
    format: int = FORMAT
    type: str = "session"

    def to_json(self) -> JSON:
        return {"type": "session", "format": self.format, "id": self.id, "mode": self.mode,
                "started": self.started, "bank": self.bank, "questions": list(self.questions),
                "options": self.options, "app_version": self.app_version}


# --------------------------------------------------------------------------- one turn


@dataclass(frozen=True)
class QuestionAsked:
    turn: int
    question_id: str
    follow_up_id: str | None
    text: str
    parent_turn: int | None = None
    type: str = "question_asked"

    def to_json(self) -> JSON:
        return {"type": self.type, "turn": self.turn, "question_id": self.question_id,
                "follow_up_id": self.follow_up_id, "text": self.text, "parent_turn": self.parent_turn}


@dataclass(frozen=True)
class CommandHeard:
    """A voice command ("repeat", "skip", "stop") said instead of an answer."""

    turn: int
    command: str
    type: str = "command"

    def to_json(self) -> JSON:
        return {"type": self.type, "turn": self.turn, "command": self.command}


@dataclass(frozen=True)
class CuePlayed:
    """Rehearse: the soft 'time is nearly up' cue, ``at`` seconds into the answer."""

    turn: int
    at: float | None
    type: str = "cue"

    def to_json(self) -> JSON:
        return {"type": self.type, "turn": self.turn, "at": self.at}


@dataclass(frozen=True)
class AnswerAudio:
    """The answer's audio was saved (``path`` relative to the session folder).

    ``end_of_turn``: how the recorder decided the answer was over, when it says so.
    """

    turn: int
    path: str
    duration: float | None
    ended_by: str | None
    partial: bool = False
    end_of_turn: dict[str, Any] | None = None
    type: str = "answer_audio"

    def to_json(self) -> JSON:
        out = {"type": self.type, "turn": self.turn, "path": self.path, "duration": self.duration,
               "ended_by": self.ended_by, "partial": self.partial}
        if self.end_of_turn:
            out["end_of_turn"] = self.end_of_turn
        return out


@dataclass(frozen=True)
class TranscriptSaved:
    turn: int
    transcript: Transcript
    type: str = "transcript"

    def to_json(self) -> JSON:
        return {"type": self.type, "turn": self.turn, "transcript": self.transcript.to_json()}


@dataclass(frozen=True)
class TimingRecorded:
    """Rehearse: the answer's budget and the time it used (see :class:`~voice_interviewer.rehearsal.TurnTiming`)."""

    turn: int
    budget_s: float | None
    used_s: float | None
    cue_at: float | None
    hard_stop: bool
    type: str = "timing"

    def to_json(self) -> JSON:
        return {"type": self.type, "turn": self.turn, "budget_s": self.budget_s, "used_s": self.used_s,
                "cue_at": self.cue_at, "hard_stop": self.hard_stop}

    def figures(self) -> JSON:
        """What replay shows (the event without its bookkeeping)."""
        return {"budget_s": self.budget_s, "used_s": self.used_s, "cue_at": self.cue_at, "hard_stop": self.hard_stop}


@dataclass(frozen=True)
class VerdictGiven:
    """The verdict on the answer; it carries the follow-up chosen (``verdict.follow_up``), stored once."""

    turn: int
    verdict: Verdict
    type: str = "verdict"

    def to_json(self) -> JSON:
        return {"type": self.type, "turn": self.turn, "verdict": self.verdict.to_json()}


@dataclass(frozen=True)
class FollowUpChosen:
    """Written by format-1 sessions before the follow-up was read from the verdict (read only)."""

    turn: int
    follow_up: JSON | None
    type: str = "follow_up_chosen"

    def to_json(self) -> JSON:
        return {"type": self.type, "turn": self.turn, "follow_up": self.follow_up}


@dataclass(frozen=True)
class Unanswered:
    """The turn ended without a scored answer: ``reason`` is what the summary shows."""

    turn: int
    reason: str
    type: str = "unanswered"

    def to_json(self) -> JSON:
        return {"type": self.type, "turn": self.turn, "reason": self.reason}


# --------------------------------------------------------------------------- the end


@dataclass(frozen=True)
class SessionInterrupted:
    """Ctrl-C or SIGTERM: during what (speaking, listening, transcribing, saving) and which turn."""

    turn: int | None
    during: str
    signal: str = "SIGINT"
    type: str = "interrupted"

    def to_json(self) -> JSON:
        return {"type": self.type, "turn": self.turn, "during": self.during, "signal": self.signal}


@dataclass(frozen=True)
class SessionEnd:
    """completed | interrupted | failed (``error``: the one line that ended it)."""

    status: str
    summary: JSON | None = None
    error: str | None = None
    type: str = "session_end"

    def to_json(self) -> JSON:
        out: JSON = {"type": self.type, "status": self.status}
        if self.error is not None:
            out["error"] = self.error
        out["summary"] = self.summary
        return out


TurnEvent = Union[QuestionAsked, CommandHeard, CuePlayed, AnswerAudio, TranscriptSaved, TimingRecorded,
                  VerdictGiven, FollowUpChosen, Unanswered]
Event = Union[SessionHeader, TurnEvent, SessionInterrupted, SessionEnd]


# --------------------------------------------------------------------------- reading back


def saved_verdict(data: object) -> Verdict:
    """A saved verdict as a :class:`Verdict`; :class:`BadEvent` when its fields are not the schema's."""
    if not isinstance(data, dict):
        raise BadEvent("verdict is not an object")
    try:
        verdict = Verdict.from_json(data)
        _check_verdict(verdict)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BadEvent(f"unreadable verdict ({type(exc).__name__})") from None
    return verdict


def _check_evidence(ev: object) -> None:
    if ev is None:
        return
    if not (isinstance(ev.quote, str) and _int(ev.start_char) is not None  # type: ignore[attr-defined]
            and _int(ev.end_char) is not None):  # type: ignore[attr-defined]
        raise ValueError("evidence")
    for t in (ev.start, ev.end):  # type: ignore[attr-defined]
        if t is not None and _num(t) is None:
            raise ValueError("evidence time")


def _check_verdict(v: Verdict) -> None:
    """Types the readers rely on (from_json converts little; a doctored file can hold anything)."""
    if not isinstance(v.question_id, str) or not (v.follow_up_id is None or isinstance(v.follow_up_id, str)):
        raise ValueError("ids")
    if not isinstance(v.transcript, str):
        raise ValueError("transcript")
    for c in v.concepts:
        if not all(isinstance(x, str) for x in (c.id, c.label, c.stage, c.kind)):
            raise ValueError("concept")
        _check_evidence(c.evidence)
    for f in v.red_flags:
        if not all(isinstance(x, str) for x in (f.id, f.text, f.reason)):
            raise ValueError("red flag")
        for ev in f.evidence:
            _check_evidence(ev)
    for ev in v.quantified:
        _check_evidence(ev)
    if v.follow_up is not None and not all(isinstance(x, str) for x in (v.follow_up.id, v.follow_up.text)):
        raise ValueError("follow-up")
    d = v.delivery
    if d is not None:
        for name in ("duration", "wpm", "fillers_per_min", "longest_pause", "time_to_first_word",
                     "speaking_time", "speech_end"):
            if getattr(d, name) is not None and _num(getattr(d, name)) is None:
                raise ValueError("delivery")
        if d.pace is not None and not isinstance(d.pace, str) or d.length is not None and not isinstance(d.length, str):
            raise ValueError("delivery")


def parse_event(data: JSON) -> Event | None:
    """One line's object as its event; None for a type this version does not know or a turn
    event without a turn number (a reader ignores those); :class:`BadEvent` when a known event's
    content cannot be read."""
    kind = data.get("type")
    if kind == "session":
        questions, options = data.get("questions"), data.get("options")
        fmt = data.get("format", 1)
        return SessionHeader(
            id=str(data.get("id") or ""), mode=str(data.get("mode", "?")),
            started=str(data.get("started") or data.get("t") or ""), bank=str(data.get("bank", "")),
            questions=tuple(str(q) for q in questions) if isinstance(questions, list) else (),
            options=options if isinstance(options, dict) else {},
            app_version=str(data.get("app_version", "")), format=fmt if _int(fmt) is not None else 1)
    if kind == "session_end":
        summary = data.get("summary")
        return SessionEnd(str(data.get("status", "completed")), summary if isinstance(summary, dict) else None,
                          _str(data.get("error")))
    if kind == "interrupted":
        return SessionInterrupted(_int(data.get("turn")), str(data.get("during", "?")),
                                  str(data.get("signal", "SIGINT")))
    turn = _int(data.get("turn"))
    if turn is None:
        return None
    if kind == "question_asked":
        fid = data.get("follow_up_id")
        return QuestionAsked(turn, str(data.get("question_id", "?")), None if fid is None else str(fid),
                             str(data.get("text", "")), _int(data.get("parent_turn")))
    if kind == "answer_audio":
        end = data.get("end_of_turn")
        return AnswerAudio(turn, str(data.get("path", "")), _num(data.get("duration")), _str(data.get("ended_by")),
                           bool(data.get("partial", False)), end if isinstance(end, dict) else None)
    if kind == "transcript":
        try:
            return TranscriptSaved(turn, Transcript.from_json(data.get("transcript") or {}))
        except (TypeError, ValueError, AttributeError):
            raise BadEvent(f"turn {turn}: unreadable transcript; skipped") from None
    if kind == "verdict":
        if not isinstance(data.get("verdict"), dict):
            return None
        try:
            return VerdictGiven(turn, saved_verdict(data["verdict"]))
        except BadEvent as exc:
            raise BadEvent(f"turn {turn}: {exc}; skipped") from None
    if kind == "follow_up_chosen":
        fu = data.get("follow_up")
        return FollowUpChosen(turn, fu if isinstance(fu, dict) else None)
    if kind == "timing":
        return TimingRecorded(turn, _num(data.get("budget_s")), _num(data.get("used_s")), _num(data.get("cue_at")),
                              bool(data.get("hard_stop", False)))
    if kind == "cue":
        return CuePlayed(turn, _num(data.get("at")))
    if kind == "command":
        return CommandHeard(turn, str(data.get("command")))
    if kind == "unanswered":
        return Unanswered(turn, str(data.get("reason", "unanswered")))
    return None
