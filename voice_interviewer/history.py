"""Reading saved sessions back: loading, listing, comparing attempts, trends and scheduling.

The interview loop (``store.py``) writes one ``sessions/<id>/session.jsonl`` per session, one
event per line, flushed as it happens. This module turns those events into a
:class:`SessionRecord` that replay, compare, progress and the HTML report share. It is pure
(no audio, no ML) and forgiving in the ways a crash makes necessary: a last line cut off by a
power loss and a line of garbage are skipped with a one-line warning; a newer format version is
refused clearly rather than misread.

Listing 1,000 sessions must take well under a second, and re-parsing every ``session.jsonl``
(with word timings, ~100 kB each) cannot. So listing and ``progress`` work from
:class:`SessionSummary` objects kept in a small cache file, ``<home>/cache/history-v1.json``,
keyed by each session file's size and modification time. The cache is derived, never
authoritative: a stale entry is rebuilt from the session file, a corrupt or unwritable cache is
silently ignored, and deleting it loses nothing.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable

from .errors import StoreError, UsageError
from .store import FORMAT, SESSION_FILE, data_home, parse_events, read_log_bytes  # noqa: F401 - data_home re-exported for the commands
from .transcript import Transcript
from .wording import plural

#: The newest session format this version reads (the writer's); older ones are read too.
SUPPORTED_FORMAT = FORMAT
#: ``YYYYMMDD-HHMMSS-xxxx``: sortable, and nothing that could walk out of the sessions folder.
SESSION_ID_RE = re.compile(r"^\d{8}-\d{6}(?:-[0-9a-z]{1,16}){1,2}$")
_CACHE_NAME = "history-v1.json"
SKIPPED = "; skipped"  # ends a warning about a session left out of the listing
_TRANSCRIPT_LINE = re.compile(rb'^\{\s*"type"\s*:\s*"transcript"')


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

    def to_json(self) -> dict:
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

    def _to_cache(self) -> dict:
        # by hand: dataclasses.asdict deep-copies and costs ~0.5 ms a session
        return {"id": self.id, "started": self.started, "mode": self.mode, "status": self.status,
                "turns": [dict(t.__dict__) for t in self.turns]}

    @classmethod
    def _from_cache(cls, data: dict) -> "SessionSummary":
        turns = tuple(
            TurnSummary(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in t.items()})
            for t in data["turns"]
        )
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
    transcript: Transcript | None = None
    verdict: dict | None = None
    follow_up_chosen: dict | None = None
    timing: dict | None = None
    cues: list[float] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)
    unanswered: str | None = None
    interrupted: str | None = None

    @property
    def delivery(self) -> dict | None:
        return (self.verdict or {}).get("delivery")

    @property
    def score(self) -> float | None:
        value = (self.verdict or {}).get("score")
        return float(value) if isinstance(value, (int, float)) else None

    @property
    def answer_text(self) -> str:
        if self.transcript is not None:
            return self.transcript.text
        return (self.verdict or {}).get("transcript") or ""

    def concepts(self, hit: bool) -> list[dict]:
        """Covered (``hit=True``) or missed concepts; "signal" concepts (evidence for red-flag rules only,
        such as "treats ML like any other software") are neither."""
        return [c for c in (self.verdict or {}).get("concepts", [])
                if bool(c.get("hit")) == hit and c.get("kind") != "signal"]

    def summary(self) -> TurnSummary:
        v = self.verdict or {}
        d = self.delivery or {}
        duration = d.get("duration", self.audio_duration)
        if duration is None and self.transcript is not None and self.transcript.duration:
            duration = self.transcript.duration
        return TurnSummary(
            turn=self.number,
            question_id=self.question_id,
            follow_up_id=self.follow_up_id,
            score=self.score,
            coverage=v.get("coverage"),
            hits=tuple(c["id"] for c in self.concepts(True)),
            missed=tuple(c["id"] for c in self.concepts(False)),
            flags=tuple(f["id"] for f in v.get("red_flags", [])),
            wpm=d.get("wpm"),
            fillers_per_min=d.get("fillers_per_min"),
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
    format: int = SUPPORTED_FORMAT
    bank: str = ""
    question_ids: list[str] = field(default_factory=list)
    options: dict = field(default_factory=dict)
    app_version: str = ""
    turns: list[Turn] = field(default_factory=list)
    interrupted: dict | None = None
    end_summary: dict | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def started_at(self) -> datetime:
        return parse_time(self.started)

    def summary(self) -> SessionSummary:
        return SessionSummary(self.id, self.started, self.mode, self.status, tuple(t.summary() for t in self.turns))


def newest_first(sessions: Iterable) -> list:
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


# --------------------------------------------------------------------------- reading


def read_events(path: Path, *, skip_transcripts: bool = False) -> tuple[list[dict], list[str]]:
    """Events of one ``session.jsonl`` and one-line warnings about lines that were skipped.

    A last line without its newline that does not parse was cut off mid-write (power loss):
    everything before it is kept. Any other unparsable line is garbage and skipped.
    ``skip_transcripts`` leaves out the (large) transcript events without parsing them.
    """
    return parse_events(path, read_log_bytes(path), skip=_TRANSCRIPT_LINE if skip_transcripts else None)


def _header(path: Path, events: list[dict]) -> dict:
    if not events or events[0].get("type") != "session":
        raise StoreError(f"{path}: not a session file (first line is not a session header)")
    header = events[0]
    version = header.get("format", 1)  # the earliest drafts wrote no version: read them as 1
    if not isinstance(version, int) or isinstance(version, bool):
        raise StoreError(f"{path}: format version {version!r} is not a number")
    if version > SUPPORTED_FORMAT:
        raise StoreError(
            f"{path}: session format {version} is newer than this version reads "
            f"(up to {SUPPORTED_FORMAT}); upgrade voice-interviewer to open it"
        )
    return header


def build_record(path: Path, events: list[dict], warnings: list[str] | None = None) -> SessionRecord:
    """Fold a list of events into a :class:`SessionRecord` (events of unknown type are ignored)."""
    header = _header(path, events)
    folder = path.parent
    questions, options = header.get("questions"), header.get("options")
    record = SessionRecord(
        id=folder.name,  # the folder is what `replay ID` found; a doctored header cannot change it
        path=folder,
        started=str(header.get("started") or header.get("t") or ""),
        mode=str(header.get("mode", "?")),
        status="interrupted",  # until a session_end says otherwise (completed | interrupted | failed)
        format=header.get("format", 1),
        bank=str(header.get("bank", "")),
        question_ids=[str(q) for q in questions] if isinstance(questions, list) else [],
        options=options if isinstance(options, dict) else {},
        app_version=str(header.get("app_version", "")),
        warnings=list(warnings or []),
    )
    turns: dict[int, Turn] = {}
    for event in events[1:]:
        kind = event["type"]
        number = event.get("turn")
        if kind == "session_end":
            status = event.get("status")
            record.status = status if status in ("interrupted", "failed") else "completed"  # failed: e.g. disk full
            record.end_summary = event.get("summary")
            continue
        if kind == "interrupted":
            record.interrupted = event
            if isinstance(number, int) and number in turns:
                turns[number].interrupted = event.get("during", "?")
            continue
        if not isinstance(number, int):
            continue
        if kind == "question_asked":
            fid, parent = event.get("follow_up_id"), event.get("parent_turn")
            turns[number] = Turn(
                number=number,
                question_id=str(event.get("question_id", "?")),
                follow_up_id=None if fid is None else str(fid),
                text=str(event.get("text", "")),
                parent_turn=parent if isinstance(parent, int) and not isinstance(parent, bool) else None,
            )
            continue
        turn = turns.get(number)
        if turn is None:  # a stray line (a hand edit, a bad merge): it belongs to no question
            record.warnings.append(f"{path}: a {kind!r} event for turn {number}, which was never asked; ignored")
            continue
        if kind == "answer_audio":
            rel = str(event.get("path", ""))
            turn.audio_path = _inside(folder, rel)
            duration = event.get("duration")
            turn.audio_duration = duration if isinstance(duration, (int, float)) and not isinstance(duration, bool) else None
            turn.ended_by = event.get("ended_by")
            turn.partial = bool(event.get("partial", False))
        elif kind == "transcript":
            try:
                turn.transcript = Transcript.from_json(event.get("transcript") or {})
            except (TypeError, ValueError, AttributeError):
                record.warnings.append(f"{path}: turn {number}: unreadable transcript; skipped")
        elif kind == "verdict" and isinstance(event.get("verdict"), dict):
            turn.verdict = _clean_verdict(event["verdict"])
        elif kind == "follow_up_chosen":
            turn.follow_up_chosen = event.get("follow_up")
        elif kind == "timing":
            turn.timing = {k: v for k, v in event.items() if k not in ("type", "t", "elapsed", "turn")}
        elif kind == "cue":
            turn.cues.append(event.get("at"))
        elif kind == "command":
            turn.commands.append(str(event.get("command")))
        elif kind == "unanswered":
            turn.unanswered = str(event.get("reason", "unanswered"))
    record.turns = [turns[n] for n in sorted(turns)]
    return record


def _clean_verdict(verdict: dict) -> dict:
    """The saved verdict with the parts history reads made safe to read (a doctored file cannot crash us)."""
    v = dict(verdict)
    for key in ("concepts", "red_flags"):
        items = v.get(key)
        v[key] = [dict(i, id=str(i.get("id", "?"))) for i in items if isinstance(i, dict)] if isinstance(items, list) else []
    for item in v["concepts"] + v["red_flags"]:
        for text in ("label", "text"):
            if text in item and not isinstance(item[text], str):
                item[text] = str(item[text])
    for key in ("score", "coverage"):
        if not isinstance(v.get(key), (int, float)) or isinstance(v.get(key), bool):
            v[key] = None
    if not isinstance(v.get("transcript"), str):
        v["transcript"] = ""
    d = v.get("delivery")
    if isinstance(d, dict):
        v["delivery"] = {k: (x if not isinstance(x, bool) and isinstance(x, (int, float)) or k not in _NUMERIC else None)
                         for k, x in d.items()}
    else:
        v["delivery"] = None
    return v


_NUMERIC = {"duration", "wpm", "fillers_per_min", "longest_pause", "words", "fillers", "time_to_first_word"}


def _inside(folder: Path, rel: str) -> Path | None:
    """The audio path if it stays inside the session folder (a doctored file cannot point elsewhere)."""
    if not rel or rel.startswith("/") or ".." in Path(rel).parts:
        return None
    return folder / rel


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


def resolve_session_id(home: Path | str, ref: str, *, warn: Callable[[str], None] | None = None) -> str:
    """``"last"`` or an id → the id of an existing session.

    ``last`` is the first session ``sessions`` lists (sessions it cannot read are skipped, with a
    warning through ``warn``). An id that is not there is a :class:`UsageError` (exit 2, like any
    wrong argument); a session folder the program may not read is a :class:`StoreError`.
    """
    if ref == "last":
        said: list[str] = []
        summaries = load_summaries(home, warn=said.append)
        for message in said:  # why a newer-looking folder is not "last"; not every damaged line
            if message.endswith(SKIPPED) and warn:
                warn(message)
        if not summaries:
            raise UsageError(f"no saved sessions yet in {sessions_dir(home)} "
                             "(run 'voice-interviewer practice' or 'rehearse')")
        return summaries[0].id
    check_session_id(ref)
    path = sessions_dir(home) / ref / SESSION_FILE
    try:
        os.stat(path)
    except FileNotFoundError:
        raise UsageError(f"no session {ref!r} in {sessions_dir(home)} (see 'voice-interviewer sessions')") from None
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot read session folder ({exc.strerror})") from None
    return ref


def load_session(home: Path | str, ref: str, *, warn: Callable[[str], None] | None = None) -> SessionRecord:
    """Load one session by id or ``"last"``, with warnings about any lines that were skipped."""
    session_id = resolve_session_id(home, ref, warn=warn)
    path = sessions_dir(home) / session_id / SESSION_FILE
    events, warnings = read_events(path)
    return build_record(path, events, warnings)


# --------------------------------------------------------------------------- listing (cached)


def _cache_path(home: Path | str) -> Path:
    return Path(home) / "cache" / _CACHE_NAME


def _read_cache(home: Path | str) -> dict:
    try:
        data = json.loads(_cache_path(home).read_bytes())
        return data["sessions"] if data.get("version") == 1 and isinstance(data.get("sessions"), dict) else {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _write_cache(home: Path | str, entries: dict) -> None:
    path = _cache_path(home)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".history-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"version": 1, "sessions": entries}, fh, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError:  # derived data: a read-only home just means no cache
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass


def load_summaries(home: Path | str, *, warn: Callable[[str], None] | None = None) -> list[SessionSummary]:
    """Summaries of every readable session, newest first (:func:`newest_first`), from the cache
    where it is fresh.

    What was wrong with a session is said through ``warn`` on every call, from the cache too:
    a folder that cannot be read, a file that is not a session or too new (left out), lines cut
    off or ignored (the rest is listed).
    """
    cache = _read_cache(home)
    fresh: dict[str, dict] = {}
    out: list[SessionSummary] = []
    changed = False
    root = str(sessions_dir(home))
    say = warn or (lambda message: None)
    for session_id in session_ids(home):
        path_str = os.path.join(root, session_id, SESSION_FILE)  # plain strings: 1,000 stats stay cheap
        try:
            st = os.stat(path_str)
        except FileNotFoundError:
            continue  # a folder being created, or a session with nothing written yet
        except OSError as exc:
            say(f"{os.path.dirname(path_str)}: cannot read session folder ({exc.strerror}){SKIPPED}")
            continue
        key = [st.st_size, st.st_mtime_ns]
        entry = cache.get(session_id)
        summary = None
        if entry and entry.get("key") == key and isinstance(entry.get("warnings"), list):
            try:
                summary = SessionSummary._from_cache(entry["summary"])
            except (KeyError, TypeError):
                summary = None
        if summary is None:
            changed = True
            path = Path(path_str)
            try:
                events, warnings = read_events(path, skip_transcripts=True)
                record = build_record(path, events, warnings)
            except StoreError as exc:
                say(f"{exc}{SKIPPED}")
                continue
            summary = record.summary()
            entry = {"key": key, "summary": summary._to_cache(), "warnings": record.warnings}
        for message in entry["warnings"]:
            say(str(message))
        fresh[session_id] = entry
        out.append(summary)
    if changed or set(fresh) != set(cache):
        _write_cache(home, fresh)
    return newest_first(out)


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


def delete_session(home: Path | str, ref: str) -> str:
    """Remove a session folder with its audio (and its cache entry); returns the id."""
    import shutil

    session_id = resolve_session_id(home, ref)
    folder = sessions_dir(home) / session_id
    try:
        shutil.rmtree(folder)
    except OSError as exc:
        raise StoreError(f"{folder}: cannot delete ({exc.strerror})") from None
    cache = _read_cache(home)
    if cache.pop(session_id, None) is not None:
        _write_cache(home, cache)
    return session_id


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

    def to_json(self) -> dict:
        return asdict(self)


def asks(turn: Turn | TurnSummary, ref: str) -> bool:
    """Whether ``turn`` asked ``ref``: a question id, ``QUESTION/FOLLOW_UP`` (as ``score`` takes it)
    or a follow-up's own id."""
    parent, slash, child = ref.partition("/")
    if slash:
        return turn.question_id == parent and turn.follow_up_id == child
    return (turn.follow_up_id or turn.question_id) == ref


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
                    covered=tuple(c.get("label", c["id"]) for c in turn.concepts(True)),
                    missed=tuple(c.get("label", c["id"]) for c in turn.concepts(False)),
                    red_flags=tuple(f.get("text") or f["id"] for f in turn.verdict.get("red_flags", [])),
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

    def to_json(self) -> dict:
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


def _category_of(bank, question_id: str) -> str:
    if bank is None:
        return "-"
    try:
        return bank.get(question_id).category
    except KeyError:
        return "(not in bank)"


def progress(summaries: Iterable[SessionSummary], bank=None, category: str | None = None) -> tuple[list[Trend], list[Trend]]:
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

    question: object
    due: datetime | None
    recent_score: float | None
    attempts: int
    interval_days: float
    reason: str

    @property
    def question_id(self) -> str:
        return self.question.id  # type: ignore[attr-defined]


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
    days = 2.0 * 2 ** (streak - 1)
    if latest >= 90:
        days *= 1.5
    return min(days, MAX_INTERVAL_DAYS)


def weakest_questions(sessions: Iterable, bank, n: int, now: datetime | None = None,
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

    def urgency(p: Scheduled):
        due_now = p.due is None or p.due <= now
        score = 50.0 if p.recent_score is None else p.recent_score
        return (0, score, p.due or now) if due_now else (1, p.due, score)

    picks.sort(key=urgency)
    return picks[: max(n, 0)]


def pick_weakest(home: Path | str, bank, n: int, now: datetime | None = None,
                 category: str | None = None) -> list[Scheduled]:
    """``weakest_questions`` over every saved session in ``home`` (uses the summary cache)."""
    return weakest_questions(load_summaries(home), bank, n, now=now, category=category)


# --------------------------------------------------------------------------- re-scoring


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
    new_verdict: dict | None = None

    @property
    def delta(self) -> float | None:
        if self.old_score is None or self.new_score is None:
            return None
        return round(self.new_score - self.old_score, 1)

    def to_json(self) -> dict:
        data = asdict(self)
        data["delta"] = self.delta
        return data


def rescore(record: SessionRecord, bank, score_answer: Callable | None = None, embedder=None) -> list[TurnChange]:
    """Score every answered turn's saved transcript again with ``bank`` and say what changed."""
    if score_answer is None:
        from functools import partial

        from .scoring import score_answer as plain

        score_answer = partial(plain, embedder=embedder)
    changes: list[TurnChange] = []
    for turn in record.turns:
        if turn.transcript is None and turn.verdict is None:
            continue
        old = turn.verdict or {}
        base = dict(turn=turn.number, question_id=turn.question_id, follow_up_id=turn.follow_up_id,
                    old_score=turn.score)
        try:
            target = bank.get(turn.question_id)
            if turn.follow_up_id:
                target = target.follow_up(turn.follow_up_id)
        except KeyError:
            changes.append(TurnChange(**base, new_score=None, note="no longer in the bank; not re-scored"))
            continue
        answer = turn.transcript if turn.transcript is not None else turn.answer_text
        verdict = score_answer(target, answer)
        new = verdict.to_json() if hasattr(verdict, "to_json") else dict(verdict)
        if new.get("delivery") is None and old.get("delivery") is not None:
            new["delivery"] = old["delivery"]  # delivery comes from timings, which did not change

        def hit_labels(v: dict) -> dict[str, str]:
            return {c["id"]: c.get("label", c["id"]) for c in v.get("concepts", [])
                    if c.get("hit") and c.get("kind") != "signal"}

        def flag_texts(v: dict) -> dict[str, str]:
            return {f["id"]: f.get("text") or f["id"] for f in v.get("red_flags", [])}

        oh, nh, of, nf = hit_labels(old), hit_labels(new), flag_texts(old), flag_texts(new)
        changes.append(
            TurnChange(
                **base,
                new_score=new.get("score"),
                gained=tuple(nh[k] for k in nh if k not in oh),
                lost=tuple(oh[k] for k in oh if k not in nh),
                flags_added=tuple(nf[k] for k in nf if k not in of),
                flags_removed=tuple(of[k] for k in of if k not in nf),
                new_verdict=new,
            )
        )
    return changes
