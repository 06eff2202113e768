"""The interview loop: ask, listen, transcribe, score, follow up — one loop, two policies.

``practice`` shows the verdict after every answer; ``rehearse`` runs under time (a soft cue and
a hard stop per answer, a total for the run) and keeps all feedback for the end. Both are
:func:`run_interview` with a different :class:`Policy`.

The loop only talks to the outside through the seams (speaker, transcriber, audio sources, the
recorder's ``listen``), a :class:`~voice_interviewer.store.SessionStore` and a UI object, so it is
driven in tests by scripted fakes and end to end by the real adapters. Every event is appended as
it happens; Ctrl-C (or SIGTERM) at any point keeps every finished turn, saves the partial answer
and marks the session interrupted.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import signal
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

from .bank import FollowUp, Question
from .errors import DeviceError, VoiceInterviewerError
from .rehearsal import RehearsalSettings, RunClock, TurnBudget, timing_summary
from .seams import SAMPLE_RATE, ListenPolicy, Recording
from .transcript import Transcript

DURING = ("speaking", "listening", "transcribing", "saving")
MICROPHONE_LOST = ("microphone lost: it stopped delivering audio (unplugged, or the sound server went away); "
                   "the answer so far is saved")
MAX_REPEATS = 3


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM, remembering which (the ``interrupted`` event names the signal)."""

    def __init__(self, signal_name: str = "SIGINT"):
        super().__init__(signal_name)
        self.signal_name = signal_name


def install_signal_handlers() -> Callable[[], None]:
    """SIGTERM ends like Ctrl-C but is recorded as SIGTERM. Returns a function that restores."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def on_term(signum, frame):
        raise Interrupted("SIGTERM")

    previous = signal.signal(signal.SIGTERM, on_term)
    return lambda: signal.signal(signal.SIGTERM, previous)


# --------------------------------------------------------------------------- voice commands

_COMMAND_PHRASES = {
    "repeat": ["repeat the question", "repeat", "repeat that", "repeat please", "please repeat the question",
               "could you repeat the question", "can you repeat that", "could you repeat that",
               "say that again", "say it again", "can you say that again", "come again", "pardon",
               "one more time", "ask again", "again please", "what was the question"],
    "skip": ["skip", "skip the question", "skip this question", "skip this one", "next question", "next",
             "pass", "i pass", "i'll pass", "move on", "let's move on", "skip it"],
    "stop": ["stop the interview", "stop", "stop interview", "end the interview", "end interview", "quit",
             "exit", "that's enough", "finish the interview", "i want to stop", "let's stop here",
             "stop here"],
}
_KEYWORDS = {"repeat": "repeat", "skip": "skip", "stop": "stop", "quit": "stop", "pass": "skip"}
MAX_COMMAND_WORDS = 6
# Politeness and fillers around a command ("Um, skip, please."; Whisper's filler prompt can even
# append "Um, uh, hmm." to a short utterance) carry no meaning here.
_NOISE = {"please", "sorry", "ok", "okay", "so", "oh", "well", "just", "now", "hmm", "mm"}
_FILLER = re.compile(r"u+h*|u*m+|h+m+|e+r+m*|a+h+")


def _normalise(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^a-z' ]+", " ", text)
    return " ".join(text.split())


def parse_voice_command(text: str) -> str | None:
    """"repeat" / "skip" / "stop" when a short utterance is a command, else None.

    Only short utterances (at most six words) count, so an answer that mentions "stop" or
    "skip" is never taken for a command. Matching is fuzzy (Whisper hears "Skip." or "Repeat
    the question, please?" or "stopped the interview").
    """
    from rapidfuzz import fuzz, process

    words = [w for w in _normalise(text).split() if w not in _NOISE and not _FILLER.fullmatch(w)]
    if not words or len(words) > MAX_COMMAND_WORDS:
        return None
    norm = " ".join(words)
    best_cmd, best = None, 0.0
    for cmd, phrases in _COMMAND_PHRASES.items():
        match = process.extractOne(norm, phrases, scorer=fuzz.ratio)
        if match and match[1] > best:
            best_cmd, best = cmd, match[1]
    if best >= 82:
        return best_cmd
    def keyword(w: str) -> str | None:
        for key, cmd in _KEYWORDS.items():
            if fuzz.ratio(w, key) >= 85 or (len(w) > len(key) and w.startswith(key)):
                return cmd
        return None

    if len(words) <= 3:  # "skip please", "um, stop", "repeat?": one keyword carries it
        for w in words:
            if keyword(w):
                return keyword(w)
    # Whisper garbles the rest of a short command: "Stop living to mute.", "Stop, live into a mew."
    if keyword(words[0]) and (len(words) <= 4 or words[0] in _KEYWORDS):
        return keyword(words[0])
    return None


# --------------------------------------------------------------------------- data


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
        words = self.question.hotwords()
        if self.follow_up:
            for c in self.follow_up.concepts:
                if c.kind == "tool":
                    words.extend(c.aliases[:2])
        return list(dict.fromkeys(words))


@dataclass(eq=False)
class TurnResult:
    """What happened in one turn (for the summary)."""

    info: TurnInfo
    status: str = "asked"  # answered | unanswered | skipped | interrupted
    reason: str | None = None
    audio_path: str | None = None
    recording: Recording | None = None
    transcript: Transcript | None = None
    verdict: Any = None
    timing: Any = None
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
    patience_s: float | None = 0.9
    no_speech_timeout_s: float = 20.0
    rehearsal: RehearsalSettings | None = None

    @classmethod
    def practice(cls, **kw: Any) -> "Policy":
        return cls(mode="practice", feedback_each_turn=True, **kw)

    @classmethod
    def rehearse(cls, settings: RehearsalSettings | None = None, **kw: Any) -> "Policy":
        return cls(mode="rehearse", feedback_each_turn=False, rehearsal=settings or RehearsalSettings(), **kw)

    def listen_policy(self, budget: TurnBudget | None) -> ListenPolicy:
        if budget is None:
            return ListenPolicy(end_silence_s=self.end_silence_s, patience_s=self.patience_s,
                                no_speech_timeout_s=self.no_speech_timeout_s)
        return ListenPolicy(
            end_silence_s=self.end_silence_s, patience_s=self.patience_s,
            no_speech_timeout_s=min(self.no_speech_timeout_s, budget.hard_limit_s),
            max_seconds=budget.hard_limit_s,
            cue_at_s=budget.cue_at_s,
            hard_limit_s=budget.hard_limit_s,
        )


class UI(Protocol):
    """What the loop shows; the CLI's console UI and the tests' recording UI implement it."""

    def asking(self, turn: TurnInfo) -> None: ...
    def listening(self, turn: TurnInfo, policy: ListenPolicy) -> Any: ...
    def heard(self, turn: TurnInfo, transcript: Transcript) -> None: ...
    def cue(self, turn: TurnInfo, at: float) -> None: ...
    def command(self, turn: TurnInfo, command: str) -> None: ...
    def verdict(self, turn: TurnInfo, verdict: Any) -> None: ...
    def notice(self, message: str) -> None: ...
    # optional: status(message) -> context manager (a spinner while transcribing)


SourceFactory = Callable[[TurnInfo, int], Any]  # (turn, attempt) -> AudioSource | None
"""A factory with ``live = True`` (the microphone) is opened before the question is spoken."""


@dataclass
class InterviewResult:
    status: str  # completed | interrupted
    turns: list[TurnResult]
    summary: dict
    session_id: str


class _Stop(Exception):
    """The candidate said "stop the interview"."""


# --------------------------------------------------------------------------- the loop


class _Interview:
    def __init__(self, questions, *, speaker, transcriber, sources, listen, policy, store, ui, clock,
                 embedder=None):
        self.questions: list[Question] = list(questions)
        self.embedder = embedder
        self.speaker, self.transcriber, self.sources, self.listen = speaker, transcriber, sources, listen
        self.policy: Policy = policy
        self.store, self.ui, self.clock = store, ui, clock
        self.turns: list[TurnResult] = []
        self.during: str | None = None
        self.current: TurnResult | None = None
        self.pending: tuple[TurnResult, Recording] | None = None  # captured, not saved yet
        self.run = RunClock(policy.rehearsal, clock) if policy.rehearsal else None
        self.stopped_by_candidate = False
        self.out_of_time = False
        self.device_lost = False  # the last answer's microphone stopped delivering audio

    # ---- one turn

    def _say(self, text: str) -> None:
        self.during = "speaking"
        self.speaker.say(text)

    def _ask(self, info: TurnInfo, budget: TurnBudget | None) -> TurnResult:
        result = TurnResult(info)
        self.current = result
        self.store.append({"type": "question_asked", "turn": info.number, "question_id": info.question.id,
                           "follow_up_id": info.follow_up.id if info.follow_up else None,
                           "text": info.text, "parent_turn": info.parent_turn})
        self.ui.asking(info)
        for attempt in range(1, MAX_REPEATS + 2):
            source = self._open_and_say(info, attempt)
            if source is None:
                reason = "no answer given" if attempt == 1 else "no answer after repeat"
                return self._unanswered(result, reason)
            recording, transcript = self._capture(info, source, budget)
            command = parse_voice_command(transcript.text) if transcript.text.strip() else None
            if command:
                self.pending = None
                result.commands.append(command)
                self.store.append({"type": "command", "turn": info.number, "command": command})
                self.ui.command(info, command)
                if command == "repeat" and attempt <= MAX_REPEATS:
                    continue
                if command == "stop":
                    self._unanswered(result, "stopped", status="skipped")
                    raise _Stop
                return self._unanswered(result, "skipped" if command == "skip" else "too many repeats",
                                        status="skipped")
            return self._answered(result, recording, transcript, budget)
        raise AssertionError("unreachable")  # pragma: no cover

    def _open_and_say(self, info: TurnInfo, attempt: int):
        """Open the answer's source, then speak the question.

        The microphone is opened *before* the question is spoken: PulseAudio takes a second or
        more to deliver its first block, and a quick answer's first words must not fall into that
        gap (the recorder keeps only the last ``pre_roll_s`` of what it heard during the question).
        """
        if not getattr(self.sources, "live", False):  # files: decode after speaking (start-up time)
            self._say(info.text)
            return self.sources(info, attempt)
        source = self.sources(info, attempt)
        try:
            start = getattr(source, "start", None)
            if callable(start):
                start()
            self._say(info.text)
        except BaseException:
            if source is not None:
                source.close()
            raise
        return source

    def _capture(self, info: TurnInfo, source, budget) -> tuple[Recording, Transcript]:
        listen_policy = self.policy.listen_policy(budget)
        hotwords = info.hotwords()
        start_stream = getattr(self.transcriber, "stream", None)  # streaming when the seam offers it
        stream = start_stream(hotwords=hotwords) if callable(start_stream) else None
        show = self.ui.listening(info, listen_policy)

        started = self.clock()
        heard = [0]  # samples so far: the recorder's time is max(audio heard, clock)

        def on_chunk(chunk, probs=None) -> None:
            heard[0] += len(chunk)
            if stream is not None:  # the recorder's VAD probabilities: one Silero pass per answer
                stream.feed(chunk) if probs is None else stream.feed(chunk, probs)

        def on_cue(*args: Any) -> None:
            at = float(args[0]) if args else max(heard[0] / SAMPLE_RATE, self.clock() - started)
            if hasattr(self.speaker, "tone"):
                self.speaker.tone()
            self.store.append({"type": "cue", "turn": info.number, "at": round(at, 2)})
            self.ui.cue(info, at)

        self.during = "listening"
        kwargs: dict[str, Any] = {"on_chunk": on_chunk, "clock": self.clock}
        if budget is not None and budget.cue_at_s is not None:
            kwargs["on_cue"] = on_cue
        if show is not None:
            kwargs["show"] = show
        if stream is not None and self.policy.live_transcript and hasattr(stream, "preview"):
            kwargs["preview"] = stream.preview  # live transcript under the level meter
        if stream is not None and hasattr(stream, "progress"):
            kwargs["text"] = stream.progress  # the end-of-turn decision reads the last words
        try:
            try:
                recording = self.listen(source, listen_policy, **kwargs)
            except BaseException as exc:
                partial = getattr(exc, "recording", None)
                if partial is not None and isinstance(exc, KeyboardInterrupt):
                    self.pending = (self.current, partial)
                raise
            finally:
                source.close()
            self.pending = (self.current, recording)
            self.device_lost = recording.ended_by == "device-lost"
            self.during = "transcribing"
            with self._status("transcribing…"):
                if recording.transcript is not None:
                    transcript = recording.transcript
                elif stream is not None:
                    transcript = stream.finish()
                else:
                    transcript = self.transcriber.transcribe(recording.audio, hotwords=hotwords)
        except BaseException:
            # Ctrl-C, SIGTERM or a failure while listening or transcribing: the stream's worker
            # must be stopped and joined here — one left decoding when the process exits is a
            # native crash (segfault / "terminate called without an active exception").
            if stream is not None:
                close = getattr(stream, "close", None)
                if callable(close):
                    close()
            raise
        self.ui.heard(info, transcript)
        return recording, transcript

    def _status(self, message: str):
        """The UI's spinner for work that may take a while (a no-op when the UI has none)."""
        status = getattr(self.ui, "status", None)
        ctx = status(message) if callable(status) else None
        return ctx if hasattr(ctx, "__enter__") else contextlib.nullcontext()

    def _save(self, result: TurnResult, recording: Recording, *, partial: bool) -> None:
        self.during = "saving"
        info = result.info
        rel = self.store.save_audio(info.number, info.name, recording.audio, partial=partial)
        result.audio_path, result.recording = rel, recording
        self.pending = None
        self.store.append({"type": "answer_audio", "turn": info.number, "path": rel,
                           "duration": round(recording.duration, 3),
                           "ended_by": "interrupted" if partial else recording.ended_by, "partial": partial,
                           **({"turn": recording.turn} if getattr(recording, "turn", None) else {})})

    def _answered(self, result: TurnResult, recording: Recording, transcript: Transcript,
                  budget) -> TurnResult:
        info = result.info
        self._save(result, recording, partial=False)
        result.transcript = transcript
        self.store.append({"type": "transcript", "turn": info.number, "transcript": transcript.to_json()})
        if budget is not None and self.run is not None:
            result.timing = self.run.record(info.number, budget, used_s=recording.duration,
                                            hard_stop=recording.ended_by == "limit",
                                            cue_at=recording.cues[0] if recording.cues else None)
            self.store.append(result.timing.to_event())
        if not transcript.text.strip():
            return self._unanswered(result, "no speech detected")
        self.during = "transcribing"  # scoring is part of turning speech into feedback
        result.verdict = score_with_delivery(info.item, transcript, self._meaning())
        self.store.append({"type": "verdict", "turn": info.number, "verdict": result.verdict.to_json()})
        result.status = "answered"
        self.turns.append(result)
        self.current = None
        return result

    def _meaning(self):
        """The sentence-embedding model once it has loaded (in the background), else None: a model
        that cannot load is said once, and the interview goes on judging by words."""
        if self.embedder is None:
            return None
        try:
            return self.embedder.load()
        except VoiceInterviewerError as exc:
            self.ui.notice(f"judging by words only ({exc})")
            self.embedder = None
            return None

    def _unanswered(self, result: TurnResult, reason: str, *, status: str = "unanswered") -> TurnResult:
        result.status, result.reason = status, reason
        self.store.append({"type": "unanswered", "turn": result.info.number, "reason": reason})
        self.ui.notice(f"turn {result.info.number}: {reason}")
        if not any(t is result for t in self.turns):
            self.turns.append(result)
        self.current = None
        return result

    # ---- the whole interview

    def _budget(self, target: tuple[int, int]) -> tuple[bool, TurnBudget | None]:
        if self.run is None:
            return True, None
        budget = self.run.plan(target)
        return budget is not None, budget

    def _feedback(self, result: TurnResult) -> None:
        if result.verdict is None or not self.policy.feedback_each_turn:
            return
        self.ui.verdict(result.info, result.verdict)
        if self.policy.speak_feedback:
            self._say(spoken_feedback(result.verdict.to_json()))

    def run_all(self) -> None:
        number = 0
        for question in self.questions:
            ok, budget = self._budget(question.target_seconds)
            if not ok:
                self.out_of_time = True
                self.ui.notice("out of time for the run: no more questions")
                break
            number += 1
            main = self._ask(TurnInfo(number, question), budget)
            self._feedback(main)
            self._stop_if_device_lost()
            if main.verdict is None or not self.policy.follow_ups:
                continue
            choice = choose_follow_up_for(question, main.verdict)
            if choice is None:
                continue
            follow_up, reason = choice
            self.store.append({"type": "follow_up_chosen", "turn": main.info.number,
                               "follow_up": {"id": follow_up.id, "text": follow_up.text, "reason": reason}})
            ok, budget = self._budget(follow_up.target_seconds)
            if not ok:
                self.out_of_time = True
                self.ui.notice("out of time for the run: no more questions")
                break
            number += 1
            fu = self._ask(TurnInfo(number, question, follow_up, parent_turn=main.info.number), budget)
            self._feedback(fu)
            self._stop_if_device_lost()

    def _stop_if_device_lost(self) -> None:
        """The answer that lost its microphone has been saved and scored; the interview cannot go on."""
        if self.device_lost:
            raise DeviceError(MICROPHONE_LOST)


def run_interview(
    questions: list[Question],
    *,
    speaker,
    transcriber,
    sources: SourceFactory,
    listen: Callable[..., Recording],
    policy: Policy,
    store,
    ui: UI,
    clock: Callable[[], float] = time.monotonic,
    embedder=None,
) -> InterviewResult:
    """Run one interview to the end, the candidate's "stop", the run's time, or Ctrl-C.

    Never raises KeyboardInterrupt: an interruption is recorded (partial audio saved and marked,
    ``interrupted`` and ``session_end`` events) and returned as status "interrupted". Other errors
    propagate after a ``session_end`` with status "failed" is attempted.
    """
    it = _Interview(questions, speaker=speaker, transcriber=transcriber, sources=sources, listen=listen,
                    policy=policy, store=store, ui=ui, clock=clock, embedder=embedder)
    for model in (transcriber, embedder):
        loader = getattr(model, "load_in_background", None)
        if callable(loader):
            loader()  # the models load while the first question is spoken
    try:
        it.run_all()
    except _Stop:
        it.stopped_by_candidate = True
    except KeyboardInterrupt as exc:
        return _finish_interrupted(it, exc)
    except BaseException as exc:
        try:
            error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            store.append({"type": "session_end", "status": "failed", "error": error,
                          "summary": summarise(it.turns)})
        except Exception:
            pass
        raise
    summary = summarise(it.turns, stopped_by_candidate=it.stopped_by_candidate, out_of_time=it.out_of_time)
    store.append({"type": "session_end", "status": "completed", "summary": summary})
    return InterviewResult("completed", it.turns, summary, store.id)


def _finish_interrupted(it: _Interview, exc: KeyboardInterrupt) -> InterviewResult:
    """Keep what we have; a second Ctrl-C (or SIGTERM) while doing so is ignored.

    SIGTERM too: ``kill`` twice, or a service manager repeating it, used to abort the save of the
    interrupted take and leave the session unmarked.
    """
    restore = None
    if threading.current_thread() is threading.main_thread():
        restore = {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGINT, signal.SIGTERM)}
    during = it.during if it.during in DURING else "speaking"
    try:
        if it.pending is not None:
            result, recording = it.pending
            partial = during == "listening" or recording.ended_by == "interrupted"
            try:
                it._save(result, recording, partial=partial)
            except Exception:  # storage failing too: the log says interrupted anyway
                pass
            result.status = "interrupted"
            it.turns.append(result)
        elif it.current is not None:
            it.current.status = "interrupted"
            it.turns.append(it.current)
        current = it.current.info.number if it.current is not None else None
        signal_name = getattr(exc, "signal_name", "SIGINT")
        summary = summarise(it.turns, interrupted=True)
        it.store.append({"type": "interrupted", "turn": current, "during": during, "signal": signal_name})
        it.store.append({"type": "session_end", "status": "interrupted", "summary": summary})
        return InterviewResult("interrupted", it.turns, summary, it.store.id)
    finally:
        for sig, handler in (restore or {}).items():
            signal.signal(sig, handler)


# --------------------------------------------------------------------------- scoring glue


def score_with_delivery(item: Question | FollowUp, transcript: Transcript, embedder=None):
    """Score an answer and attach its delivery figures (against the item's own target)."""
    from .delivery import measure_delivery
    from .scoring import score_answer

    verdict = score_answer(item, transcript, embedder=embedder)
    delivery = measure_delivery(transcript, target_seconds=item.target_seconds)
    try:
        return dataclasses.replace(verdict, delivery=delivery)
    except TypeError:  # not a dataclass: set the attribute
        verdict.delivery = delivery
        return verdict


def choose_follow_up_for(question: Question, verdict) -> tuple[FollowUp, str] | None:
    """The follow-up (from the guide's wording in the bank) and why, or None."""
    from .followup import choose_follow_up

    choice = choose_follow_up(question, verdict)
    if choice is None:
        return None
    follow_up = getattr(choice, "follow_up", choice)
    if not isinstance(follow_up, FollowUp):
        follow_up = question.follow_up(getattr(choice, "id"))
    return follow_up, str(getattr(choice, "reason", "") or "")


# --------------------------------------------------------------------------- summaries (pure)


def _scored_concepts(verdict: dict) -> list[dict]:
    """Concepts that count toward coverage ("signal" concepts only feed red-flag rules)."""
    return [c for c in verdict.get("concepts") or [] if c.get("kind") != "signal"]


def spoken_feedback(verdict: dict) -> str:
    """Two sentences to say aloud after an answer: the score, then what to add next time."""
    concepts = _scored_concepts(verdict)
    hit = [c for c in concepts if c.get("hit") and not c.get("negated")]
    missed = sorted((c for c in concepts if not c.get("hit") or c.get("negated")),
                    key=lambda c: -float(c.get("weight", 1)))
    score = round(float(verdict.get("score", 0)))
    first = f"You scored {score} out of 100, covering {len(hit)} of {len(concepts)} key points."
    if missed:
        labels = [c.get("label", c.get("id", "")) for c in missed[:2]]
        second = "Next time, also mention " + " and ".join(labels) + "."
    elif verdict.get("red_flags"):
        second = "Watch out for: " + str(verdict["red_flags"][0].get("text", "")).rstrip(".") + "."
    else:
        second = "That covered everything the framework asks for."
    return f"{first} {second}"


def _turn_row(result: TurnResult) -> dict:
    info = result.info
    row: dict[str, Any] = {
        "turn": info.number, "question_id": info.question.id,
        "follow_up_id": info.follow_up.id if info.follow_up else None, "parent_turn": info.parent_turn,
        "status": result.status, "reason": result.reason, "audio": result.audio_path,
        "score": None, "coverage": None, "red_flags": [], "wpm": None, "fillers_per_min": None, "pace": None,
        "duration": round(result.recording.duration, 2) if result.recording is not None else None,
    }
    if result.verdict is not None:
        v = result.verdict.to_json()
        d = v.get("delivery") or {}
        row.update(score=v.get("score"), coverage=v.get("coverage"),
                   red_flags=[f.get("id") for f in v.get("red_flags") or []],
                   wpm=d.get("wpm"), fillers_per_min=d.get("fillers_per_min"), pace=d.get("pace"),
                   length=d.get("length"))
    if result.timing is not None:
        row.update(budget_s=round(result.timing.budget_s, 1), used_s=round(result.timing.used_s, 1),
                   hard_stop=result.timing.hard_stop)
    return row


def weakest_area(verdicts: list[dict]) -> dict | None:
    """The stage with the most missed concept weight across answers, with the concepts missed."""
    missed: dict[tuple[str, str], dict] = {}
    for v in verdicts:
        for c in _scored_concepts(v):
            if c.get("hit") and not c.get("negated"):
                continue
            where = str(v.get("question_id")) + (f" / {v['follow_up_id']}" if v.get("follow_up_id") else "")
            key = (where, str(c.get("stage")))
            entry = missed.setdefault(key, {"question_id": where, "stage": key[1], "weight": 0.0,
                                            "missed": []})
            entry["weight"] += float(c.get("weight", 1))
            entry["missed"].append(c.get("label", c.get("id")))
    delivery_notes = []
    ds = [v.get("delivery") for v in verdicts if v.get("delivery")]
    if ds and sum(1 for d in ds if d.get("fillers_flag")) * 2 >= len(ds):
        delivery_notes.append("fillers")
    paces = [d.get("pace") for d in ds if d.get("pace") and d.get("pace") != "ok"]
    if ds and len(paces) * 2 >= len(ds):
        delivery_notes.append(f"pace ({paces[0]})")
    if not missed and not delivery_notes:
        return None
    best = max(missed.values(), key=lambda e: e["weight"]) if missed else None
    out = {"question_id": None, "stage": None, "missed": [], "delivery": delivery_notes}
    if best:
        out.update(question_id=best["question_id"], stage=best["stage"],
                   missed=list(dict.fromkeys(best["missed"])))
    parts = []
    if best:
        parts.append(f"{best['stage']} in '{best['question_id']}' (missed: {', '.join(out['missed'][:3])})")
    parts.extend(delivery_notes)
    out["text"] = "; ".join(parts)
    return out


def summarise(turns: list[TurnResult], *, stopped_by_candidate: bool = False, out_of_time: bool = False,
              interrupted: bool = False) -> dict:
    """The closing summary: one row per turn, averages, timing and the weakest area."""
    rows = [_turn_row(t) for t in sorted(turns, key=lambda t: t.info.number)]
    scores = [r["score"] for r in rows if r["score"] is not None]
    verdicts = [t.verdict.to_json() for t in turns if t.verdict is not None]
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


# --------------------------------------------------------------------------- question selection (pure)


def last_practised(sessions) -> dict[str, str]:
    """question id -> when it was last asked (ISO time), from past session logs."""
    seen: dict[str, str] = {}
    for log in sessions:
        for event in log.events:
            if event.get("type") == "question_asked" and not event.get("follow_up_id"):
                qid, when = str(event.get("question_id")), str(event.get("t") or log.started)
                if when > seen.get(qid, ""):
                    seen[qid] = when
    return seen


def select_questions(bank, *, ids: list[str] | None = None, category: str | None = None,
                     count: int | None = None, seed: int | None = None,
                     recent: dict[str, str] | None = None) -> list[Question]:
    """Pick the interview's questions.

    ``ids`` are taken in the order given (unknown ids: a UsageError naming the closest ones).
    Otherwise a shuffled mix (``seed`` makes it repeatable) that prefers questions never or
    least recently practised (``recent``: see :func:`last_practised`).
    """
    import random

    from rapidfuzz import process

    from .errors import UsageError

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
