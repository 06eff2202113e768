"""Saved sessions read back: the fold of a session's events into one record, and session ids.

The loop appends :mod:`~voice_interviewer.events` to ``sessions/<id>/session.jsonl``;
:func:`voice_interviewer.store.read_log` (the one reader) gives the lines back and :func:`fold`
turns them into a :class:`SessionRecord` that replay, compare, progress, rescore and the HTML
report share. Pure (no audio, no ML) and forgiving where a crash makes it necessary (see
``read_log``); an event whose content cannot be read is skipped with a one-line warning.
Finding sessions by id or ``last``, and the cached listing, are :mod:`voice_interviewer.listing`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Protocol, TypeVar

from . import events as ev
from .errors import StoreError, UsageError
from .events import FORMAT, BadEvent
from .store import SESSION_FILE, SESSION_ID_RE, SessionLog, data_home
from .transcript import Transcript
from .verdict import ConceptHit, Verdict

__all__ = ["FORMAT", "SESSION_FILE", "SESSION_ID_RE", "SessionRecord", "SessionSummary", "Turn", "TurnSummary",
           "asks", "check_session_id", "data_home", "fold", "newest_first", "parse_time", "session_ids",
           "sessions_dir"]


def sessions_dir(home: Path | str) -> Path:
    return Path(home) / "sessions"


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class TurnSummary:
    """The figures of one turn that listing, progress and scheduling need (cacheable)."""

    turn: int
    question_id: str
    follow_up_id: str | None = None
    score: float | None = None
    coverage: float | None = None
    hits: tuple[str, ...] = ()
    missed: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    wpm: float | None = None
    fillers_per_min: float | None = None
    duration: float | None = None
    partial: bool = False

    @property
    def is_main(self) -> bool:
        return self.follow_up_id is None


@dataclass(frozen=True)
class SessionSummary:
    """One line of ``sessions``: enough to list, chart and schedule without the full file."""

    id: str
    started: str
    mode: str
    status: str
    turns: tuple[TurnSummary, ...] = ()

    @property
    def started_at(self) -> datetime:
        return parse_time(self.started)

    @property
    def question_ids(self) -> list[str]:
        return list(dict.fromkeys(t.question_id for t in self.turns if t.is_main))

    @property
    def mean_score(self) -> float | None:
        """Mean over every scored turn, follow-ups included (each is an answer the candidate gave)."""
        scores = [t.score for t in self.turns if t.score is not None]
        return round(sum(scores) / len(scores), 1) if scores else None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "started": self.started,
            "mode": self.mode,
            "status": self.status,
            "interrupted": self.status == "interrupted",
            "questions": len(self.question_ids),
            "question_ids": self.question_ids,
            "turns": len(self.turns),
            "mean_score": self.mean_score,
        }

    def _to_cache(self) -> dict[str, Any]:
        # by hand: dataclasses.asdict deep-copies and costs ~0.5 ms a session
        return {"id": self.id, "started": self.started, "mode": self.mode, "status": self.status,
                "turns": [dict(t.__dict__) for t in self.turns]}

    @classmethod
    def _from_cache(cls, data: dict[str, Any]) -> "SessionSummary":
        def fields(t: dict[str, Any]) -> dict[str, Any]:
            return {k: (tuple(v) if isinstance(v, list) else v) for k, v in t.items()}

        turns = tuple(TurnSummary(**fields(t)) for t in data["turns"])
        return cls(data["id"], data["started"], data["mode"], data["status"], turns)


@dataclass
class Turn:
    """One asked question (main or follow-up) and everything saved about its answer."""

    number: int
    question_id: str
    follow_up_id: str | None = None
    text: str = ""
    parent_turn: int | None = None
    audio_path: Path | None = None
    audio_duration: float | None = None
    ended_by: str | None = None
    partial: bool = False
    end_of_turn: dict[str, Any] | None = None  #: how the answer ended (the answer_audio event's record)
    transcript: Transcript | None = None
    verdict: Verdict | None = None
    follow_up_chosen: dict[str, Any] | None = None
    timing: dict[str, Any] | None = None
    cues: list[float | None] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)
    unanswered: str | None = None
    interrupted: str | None = None

    @property
    def delivery(self) -> Any:
        """The answer's :class:`~voice_interviewer.delivery.Delivery` (None for typed or unscored answers)."""
        return self.verdict.delivery if self.verdict is not None else None

    @property
    def score(self) -> float | None:
        return self.verdict.score if self.verdict is not None else None

    @property
    def answer_text(self) -> str:
        if self.transcript is not None:
            return self.transcript.text
        return self.verdict.transcript if self.verdict is not None else ""

    def concepts(self, hit: bool) -> list[ConceptHit]:
        """Covered (``hit=True``) or missed concepts; "signal" concepts (evidence for red-flag rules only,
        such as "treats ML like any other software") are neither."""
        if self.verdict is None:
            return []
        return [c for c in self.verdict.concepts if c.hit == hit and c.kind != "signal"]

    def summary(self) -> TurnSummary:
        v, d = self.verdict, self.delivery
        duration = d.duration if d is not None and d.duration is not None else self.audio_duration
        if duration is None and self.transcript is not None and self.transcript.duration:
            duration = self.transcript.duration
        return TurnSummary(
            turn=self.number,
            question_id=self.question_id,
            follow_up_id=self.follow_up_id,
            score=self.score,
            coverage=v.coverage if v is not None else None,
            hits=tuple(c.id for c in self.concepts(True)),
            missed=tuple(c.id for c in self.concepts(False)),
            flags=tuple(v.flag_ids) if v is not None else (),
            wpm=d.wpm if d is not None else None,
            fillers_per_min=d.fillers_per_min if d is not None else None,
            duration=duration,
            partial=self.partial,
        )


@dataclass
class SessionRecord:
    """A whole saved session, as replay and the report see it."""

    id: str
    path: Path
    started: str
    mode: str
    status: str
    format: int = FORMAT
    bank: str = ""
    question_ids: list[str] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    app_version: str = ""
    turns: list[Turn] = field(default_factory=list)
    interrupted: dict[str, Any] | None = None
    end_summary: dict[str, Any] | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def started_at(self) -> datetime:
        return parse_time(self.started)

    def summary(self) -> SessionSummary:
        return SessionSummary(self.id, self.started, self.mode, self.status, tuple(t.summary() for t in self.turns))


class _Dated(Protocol):
    @property
    def started(self) -> str: ...
    @property
    def id(self) -> str: ...


D = TypeVar("D", bound=_Dated)


def newest_first(sessions: Iterable[D]) -> list[D]:
    """Sessions (summaries or records) newest first: by start time, then id.

    The one order every command uses. Ids carry only the second, so two sessions started in the
    same second are told apart by ``started`` (milliseconds), not by their random id suffix.
    """
    return sorted(sessions, key=lambda s: (parse_time(s.started), s.id), reverse=True)


def parse_time(text: str) -> datetime:
    """ISO-8601 to an aware UTC datetime (naive times are taken as UTC)."""
    try:
        when = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return datetime.fromtimestamp(0, timezone.utc)
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def asks(turn: Turn | TurnSummary, ref: str) -> bool:
    """Whether ``turn`` asked ``ref``: a question id, ``QUESTION/FOLLOW_UP`` (as ``score`` takes it)
    or a follow-up's own id."""
    parent, slash, child = ref.partition("/")
    if slash:
        return turn.question_id == parent and turn.follow_up_id == child
    return (turn.follow_up_id or turn.question_id) == ref


# --------------------------------------------------------------------------- the fold


def fold(log: SessionLog) -> SessionRecord:
    """Fold a session's events into a :class:`SessionRecord` (events of unknown type are ignored)."""
    path = log.path
    header = ev.parse_event(log.events[0])
    assert isinstance(header, ev.SessionHeader)  # read_log checked line 1
    folder = path.parent
    record = SessionRecord(
        id=folder.name,  # the folder is what `replay ID` found; a doctored header cannot change it
        path=folder, started=header.started, mode=header.mode,
        status="interrupted",  # until a session_end says otherwise (completed | interrupted | failed)
        format=header.format, bank=header.bank, question_ids=list(header.questions), options=header.options,
        app_version=header.app_version, warnings=list(log.warnings),
    )
    turns: dict[int, Turn] = {}
    chosen: dict[int, dict[str, Any] | None] = {}
    for raw in log.events[1:]:
        kind, number = raw["type"], raw.get("turn")
        if kind not in ("session_end", "interrupted", "question_asked") and isinstance(number, int) \
                and number not in turns:  # a stray line (a hand edit, a bad merge): it belongs to no question
            record.warnings.append(f"{path}: a {kind!r} event for turn {number}, which was never asked; ignored")
            continue
        try:
            event = ev.parse_event(raw)
        except BadEvent as exc:
            record.warnings.append(f"{path}: {exc}")
            continue
        if isinstance(event, ev.SessionEnd):
            record.status = event.status if event.status in ("interrupted", "failed") else "completed"
            record.end_summary = event.summary
        elif isinstance(event, ev.SessionInterrupted):
            record.interrupted = raw
            if event.turn is not None and event.turn in turns:
                turns[event.turn].interrupted = event.during
        elif isinstance(event, ev.QuestionAsked):
            turns[event.turn] = Turn(number=event.turn, question_id=event.question_id,
                                     follow_up_id=event.follow_up_id, text=event.text, parent_turn=event.parent_turn)
        elif isinstance(event, ev.FollowUpChosen):
            chosen[event.turn] = event.follow_up
        elif event is not None and not isinstance(event, ev.SessionHeader):
            _apply(turns[event.turn], event, folder)
    follow_ups_on = not record.options.get("no_follow_ups")
    for number, turn in turns.items():
        if number in chosen:  # format 1 before the follow-up was read from the verdict
            turn.follow_up_chosen = chosen[number]
        elif follow_ups_on and turn.verdict is not None and turn.verdict.follow_up is not None:
            turn.follow_up_chosen = turn.verdict.follow_up.to_json()
    record.turns = [turns[n] for n in sorted(turns)]
    return record


def _apply(turn: Turn, event: ev.TurnEvent, folder: Path) -> None:
    if isinstance(event, ev.AnswerAudio):
        turn.audio_path = _inside(folder, event.path)
        turn.audio_duration, turn.ended_by, turn.partial = event.duration, event.ended_by, event.partial
        turn.end_of_turn = event.end_of_turn
    elif isinstance(event, ev.TranscriptSaved):
        turn.transcript = event.transcript
    elif isinstance(event, ev.VerdictGiven):
        turn.verdict = event.verdict
    elif isinstance(event, ev.TimingRecorded):
        turn.timing = event.figures()
    elif isinstance(event, ev.CuePlayed):
        turn.cues.append(event.at)
    elif isinstance(event, ev.CommandHeard):
        turn.commands.append(event.command)
    elif isinstance(event, ev.Unanswered):
        turn.unanswered = event.reason


#: The longest file name most file systems take (NAME_MAX); a longer one cannot be looked at.
_NAME_MAX = 255


def _inside(folder: Path, rel: str) -> Path | None:
    """The audio path if it is a name inside the session folder that the file system can look at: a
    doctored file cannot point elsewhere, nor hold a name that makes every check of it fail (a NUL,
    a name over ``_NAME_MAX`` bytes, a character the file system cannot encode)."""
    if not rel or rel.startswith("/") or "\0" in rel:
        return None
    parts = Path(rel).parts
    try:
        too_long = any(len(os.fsencode(part)) > _NAME_MAX for part in parts)
    except UnicodeEncodeError:
        return None
    if too_long or ".." in parts:
        return None
    return folder / rel


# --------------------------------------------------------------------------- ids


def check_session_id(session_id: str) -> str:
    """Refuse anything that is not a plain session id (paths, ``..``, absolute names)."""
    if not isinstance(session_id, str) or not SESSION_ID_RE.match(session_id):
        shown = session_id if len(str(session_id)) < 80 else str(session_id)[:77] + "..."
        raise UsageError(
            f"session {shown!r} is not a session id (expected YYYYMMDD-HHMMSS-xxxx from "
            "'voice-interviewer sessions', or 'last')"
        )
    return session_id


def session_ids(home: Path | str) -> list[str]:
    """Ids of the session folders, in reverse id order (for the order sessions are shown in,
    which tells apart two sessions of the same second, see :func:`newest_first`)."""
    root = sessions_dir(home)
    try:
        names = [e.name for e in os.scandir(root) if e.is_dir() and SESSION_ID_RE.match(e.name)]
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StoreError(f"{root}: cannot list sessions ({exc.strerror})") from None
    return sorted(names, reverse=True)
