"""The interview loop: ask, listen, transcribe, score, follow up — one loop, two policies.

``practice`` shows the verdict after every answer; ``rehearse`` runs under time (a soft cue and
a hard stop per answer, a total for the run) and keeps all feedback for the end. Both are
:func:`run_interview` with a different :class:`Policy`.

The loop talks to the outside only through the seams typed in :mod:`voice_interviewer.seams`
(speaker, streaming transcriber, answer sources, the recorder's ``listen``, the UI) and a
:class:`~voice_interviewer.store.SessionStore`, so it is driven in tests by the fakes in
:mod:`voice_interviewer.testing` and end to end by the real adapters. Every event
(:mod:`voice_interviewer.events`) is appended as it happens; Ctrl-C (or SIGTERM) at any point
keeps every finished turn, saves the partial answer and marks the session interrupted.

One answer's path: question spoken → audio from ``sources`` through ``listen`` into a transcript
stream → a voice command (:mod:`~voice_interviewer.voice_commands`) or an answer → saved →
scored once (:func:`voice_interviewer.answer.score_spoken`; the verdict carries the follow-up)
→ shown → the follow-up asked. Summaries are :mod:`~voice_interviewer.summaries`.
"""

from __future__ import annotations

import signal
import threading
import time
from types import FrameType
from typing import Any, Callable, NoReturn, cast

from . import events as ev
from .answer import score_spoken
from .bank import Question
from .errors import DeviceError, TranscriptionAbandoned, VoiceInterviewerError
from .process import stopping
from .rehearsal import RunClock, TurnBudget
from .seams import (SAMPLE_RATE, AudioSource, BackgroundModel, InterviewUI, Listener, LiveSource, Recording, Sources,
                    Speaker, StreamingTranscriber, TranscriptStream)
from .store import SessionStore
from .summaries import spoken_feedback, summarise
from .transcript import Transcript
from .turns import InterviewResult, Policy, TurnInfo, TurnResult
from .voice_commands import parse_voice_command

DURING = ("speaking", "listening", "transcribing", "saving")
MICROPHONE_LOST = ("microphone lost: it stopped delivering audio (unplugged, or the sound server went away); "
                   "the answer so far is saved")
MAX_REPEATS = 3
LOST_TRANSCRIBE_S = 1.5  # the microphone is lost: the rest of the answer is transcribed within this, or not
#: How long a stopped answer's transcription may take to wind down before it is given up on. A
#: decode in flight ends at its next segment (well under a second here); the bound is for a worker
#: that can never end: Ctrl-C landing between a lock's acquire and the ``with`` block that releases
#: it (CPython bpo-29988) leaves the stream's lock held by the main thread, and an unbounded join
#: then waited for ever, before the take was kept.
CLOSE_S = 10.0


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM, remembering which (the ``interrupted`` event names the signal)."""

    def __init__(self, signal_name: str = "SIGINT"):
        super().__init__(signal_name)
        self.signal_name = signal_name


def install_signal_handlers() -> Callable[[], None]:
    """SIGTERM ends like Ctrl-C but is recorded as SIGTERM. Returns a function that restores."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def on_term(signum: int, frame: FrameType | None) -> NoReturn:
        stopping()
        raise Interrupted("SIGTERM")

    previous = signal.signal(signal.SIGTERM, on_term)

    def restore() -> None:
        signal.signal(signal.SIGTERM, previous)

    return restore


__all__ = ["DURING", "MAX_REPEATS", "MICROPHONE_LOST", "InterviewResult", "Interrupted", "Policy", "TurnInfo",
           "TurnResult", "install_signal_handlers", "run_interview"]


class _Stop(Exception):
    """The candidate said "stop the interview"."""


# --------------------------------------------------------------------------- the loop


class _Interview:
    def __init__(self, questions: list[Question], *, speaker: Speaker, transcriber: StreamingTranscriber,
                 sources: Sources, listen: Listener, policy: Policy, store: SessionStore, ui: InterviewUI,
                 clock: Callable[[], float], embedder: BackgroundModel | None = None):
        self.questions = list(questions)
        self.embedder = embedder
        self.speaker, self.transcriber, self.sources, self.listen = speaker, transcriber, sources, listen
        self.policy = policy
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
        self.store.append(ev.QuestionAsked(info.number, info.question.id,
                                           info.follow_up.id if info.follow_up else None, info.text, info.parent_turn))
        self.ui.asking(info)
        self._warm_meaning(info)
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
                self.store.append(ev.CommandHeard(info.number, command))
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

    def _open_and_say(self, info: TurnInfo, attempt: int) -> AudioSource | None:
        """Open the answer's source, then speak the question.

        The microphone is opened *before* the question is spoken: PulseAudio takes a second or
        more to deliver its first block, and a quick answer's first words must not fall into that
        gap (the recorder keeps only the last ``pre_roll_s`` of what it heard during the question).
        """
        if not self.sources.live:  # files: decode after speaking (start-up time)
            self._say(info.text)
            return self.sources(info, attempt)
        source = self.sources(info, attempt)
        try:
            if source is not None:
                cast(LiveSource, source).start()
            self._say(info.text)
        except BaseException:
            if source is not None:
                source.close()
            raise
        return source

    def _capture(self, info: TurnInfo, source: AudioSource, budget: TurnBudget | None) -> tuple[Recording, Transcript]:
        listen_policy = self.policy.listen_policy(budget, expected_s=float(info.target_seconds[0]))
        stream: TranscriptStream = self.transcriber.stream(hotwords=info.hotwords())
        show = self.ui.listening(info, listen_policy)

        started = self.clock()
        heard = [0]  # samples so far: the recorder's time is max(audio heard, clock)

        def on_chunk(chunk: Any, probs: Any = None) -> None:
            heard[0] += len(chunk)
            stream.feed(chunk, probs)  # the recorder's VAD probabilities: one Silero pass per answer

        def on_cue() -> None:
            at = max(heard[0] / SAMPLE_RATE, self.clock() - started)
            self.speaker.tone()
            self.store.append(ev.CuePlayed(info.number, round(at, 2)))
            self.ui.cue(info, at)

        self.during = "listening"
        try:
            try:
                recording = self.listen(
                    source, listen_policy, on_chunk=on_chunk, clock=self.clock, show=show,
                    on_cue=on_cue if budget is not None and budget.cue_at_s is not None else None,
                    preview=stream.preview if self.policy.live_transcript else None,  # live transcript
                    text=stream.progress)  # the end-of-turn decision reads the last words
            except BaseException as exc:
                partial = getattr(exc, "recording", None)
                if partial is not None and isinstance(exc, KeyboardInterrupt) and self.current is not None:
                    self.pending = (self.current, partial)
                raise
            finally:
                source.close()
            assert self.current is not None
            self.pending = (self.current, recording)
            self.device_lost = recording.ended_by == "device-lost"
            self.during = "transcribing"
            with self.ui.status("transcribing…"):
                if self.device_lost:  # the interview is ending: a slow decode must not hold the exit
                    transcript = self._finish_lost(stream, recording)
                else:
                    transcript = stream.finish()
        except BaseException:
            # Ctrl-C, SIGTERM or a failure while listening or transcribing: the stream's worker
            # must be stopped and joined here — one left decoding when the process exits is a
            # native crash (segfault / "terminate called without an active exception"). Bounded:
            # a worker that cannot end is given up on, the take is still kept, and the process
            # leaves without finalising under it (voice_interviewer.process.abandon).
            stream.close(timeout=CLOSE_S)
            raise
        self.ui.heard(info, transcript)
        return recording, transcript

    def _finish_lost(self, stream: TranscriptStream, recording: Recording) -> Transcript:
        """The rest of an answer whose microphone was lost, transcribed within LOST_TRANSCRIBE_S;
        past that the take is saved untranscribed (``score --question ID AUDIO`` scores it later)."""
        try:
            return stream.finish(timeout=LOST_TRANSCRIBE_S)
        except TranscriptionAbandoned:
            assert self.current is not None
            self._save(self.current, recording, partial=False)
            self._unanswered(self.current, "microphone lost before the answer was transcribed")
            raise DeviceError(MICROPHONE_LOST) from None

    def _save(self, result: TurnResult, recording: Recording, *, partial: bool) -> None:
        self.during = "saving"
        info = result.info
        rel = self.store.save_audio(info.number, info.name, recording.audio, partial=partial)
        result.audio_path, result.recording = rel, recording
        self.pending = None
        self.store.append(ev.AnswerAudio(info.number, rel, round(recording.duration, 3),
                                         "interrupted" if partial else recording.ended_by, partial,
                                         end_of_turn=recording.turn))

    def _answered(self, result: TurnResult, recording: Recording, transcript: Transcript,
                  budget: TurnBudget | None) -> TurnResult:
        info = result.info
        self._save(result, recording, partial=False)
        result.transcript = transcript
        self.store.append(ev.TranscriptSaved(info.number, transcript))
        if budget is not None and self.run is not None:
            result.timing = self.run.record(info.number, budget, used_s=recording.duration,
                                            hard_stop=recording.ended_by == "limit",
                                            cue_at=recording.cues[0] if recording.cues else None)
            self.store.append(result.timing.to_event())
        if not transcript.text.strip():
            return self._unanswered(result, "no speech detected")
        self.during = "transcribing"  # scoring is part of turning speech into feedback
        result.verdict = score_spoken(info.item, transcript, self._meaning())
        self.store.append(ev.VerdictGiven(info.number, result.verdict))
        result.status = "answered"
        self.turns.append(result)
        self.current = None
        return result

    def _warm_meaning(self, info: TurnInfo) -> None:
        """Embed the question's ideas in the background while it is spoken: the first verdict on a
        question otherwise waits about 2 s of CPU for them (the later ones find them cached)."""
        embedder = self.embedder
        if embedder is None:
            return
        from .analysis import concepts_of
        from .meaning import meaning_texts
        from .process import track

        texts = meaning_texts(concepts_of(info.item), info.item.prompt)

        def warm() -> None:
            try:
                embedder.load().embed(texts)
            except Exception:  # noqa: BLE001 - a model that cannot load is reported when the verdict needs it
                pass

        track(threading.Thread(target=warm, name="meaning-warm", daemon=True)).start()

    def _meaning(self) -> Any:
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
        self.store.append(ev.Unanswered(result.info.number, reason))
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
            self._say(spoken_feedback(result.verdict))

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
            if main.verdict is None or main.verdict.follow_up is None or not self.policy.follow_ups:
                continue
            follow_up = question.follow_up(main.verdict.follow_up.id)  # chosen once, by the verdict
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
    speaker: Speaker,
    transcriber: StreamingTranscriber,
    sources: Sources,
    listen: Listener,
    policy: Policy,
    store: SessionStore,
    ui: InterviewUI,
    clock: Callable[[], float] = time.monotonic,
    embedder: BackgroundModel | None = None,
) -> InterviewResult:
    """Run one interview to the end, the candidate's "stop", the run's time, or Ctrl-C.

    Never raises KeyboardInterrupt: an interruption is recorded (partial audio saved and marked,
    ``interrupted`` and ``session_end`` events) and returned as status "interrupted". Other errors
    propagate after a ``session_end`` with status "failed" is attempted.
    """
    it = _Interview(questions, speaker=speaker, transcriber=transcriber, sources=sources, listen=listen,
                    policy=policy, store=store, ui=ui, clock=clock, embedder=embedder)
    transcriber.load_in_background()  # the models load while the first question is spoken
    if embedder is not None:
        embedder.load_in_background()
    try:
        it.run_all()
    except _Stop:
        it.stopped_by_candidate = True
    except KeyboardInterrupt as exc:
        return _finish_interrupted(it, exc)
    except BaseException as exc:
        try:
            error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            store.append(ev.SessionEnd("failed", summarise(it.turns), error=error))
        except Exception:
            pass
        raise
    summary = summarise(it.turns, stopped_by_candidate=it.stopped_by_candidate, out_of_time=it.out_of_time)
    store.append(ev.SessionEnd("completed", summary))
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
        signal_name = exc.signal_name if isinstance(exc, Interrupted) else "SIGINT"
        summary = summarise(it.turns, interrupted=True)
        it.store.append(ev.SessionInterrupted(current, during, signal_name))
        it.store.append(ev.SessionEnd("interrupted", summary))
        return InterviewResult("interrupted", it.turns, summary, it.store.id)
    finally:
        for sig, handler in (restore or {}).items():
            signal.signal(sig, handler)
