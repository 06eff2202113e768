"""Capturing one spoken answer: the VAD, and when the answer ends.

* the sources — :class:`~voice_interviewer.speech.sources.MicrophoneSource` and
  :class:`~voice_interviewer.speech.sources.FileSource` (``speech/sources.py``; importable from here);
* :class:`~voice_interviewer.speech.vad.SileroVAD` — run once per answer, here; its probabilities
  go to the endpointer *and* to the streaming transcriber (``on_chunk(chunk, probs)``).
* :class:`Endpointer` — feed it speech probabilities and times, ask it whether the answer is over.
  After a short silence it asks :func:`voice_interviewer.turntaking.decide` whether the thought is
  finished (the audio turn model, the live transcript's last words, the silence so far): a
  finished answer ends after a short grace (``patience_s``), an unfinished one gets the long
  fallback (``end_silence_s``, 4 s), because recorders that cut people off are the top complaint.
* :func:`listen` — glues them together, with Enter-to-finish, a cue, limits, a stop event and
  a live level meter (with what the interviewer is waiting for) on stderr.

Nothing before speech is thrown away: the leading silence is the candidate's thinking time
(a delivery figure), so the first syllable — and ``pre_roll_s`` before it — is always kept.
"""

from __future__ import annotations

import math
import select
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..seams import SAMPLE_RATE, Clock, ListenPolicy, Recording
from ..turntaking import Patience, TurnDecision, decide, rhythm_lesson, text_cue, voice_can_decide
from .sources import FileSource, MicrophoneSource
from .vad import DEFAULT, WINDOW, WINDOW_S, SileroVAD, SpeechTracker, VadOptions

__all__ = ["Endpointer", "SileroVAD", "MicrophoneSource", "FileSource", "listen", "WINDOW", "turn_model"]

TURN_MODEL_S = 8.0  # the audio turn model looks at the last 8 s


# --------------------------------------------------------------------------- endpointing (pure)

@dataclass
class Endpointer:
    """Decides when an answer is over, from VAD probabilities and times (seconds since start).

    ``feed(t, p)`` reports the speech probability of the 32 ms window ending at ``t`` (audio
    time). ``check(now)`` returns the reason the answer ends (one of ``ENDED_BY``) or None;
    ``now`` may run ahead of audio time (a wall clock), which only the limits and the cue use:
    silence and no-speech are judged on audio actually heard, so a backlog of unprocessed audio
    can never end an answer early.

    Speech is what :class:`~voice_interviewer.speech.vad.SpeechTracker` says it is (the shared
    hysteresis: one soft word in a pause does not look like silence, nor a click like speech).
    Once the silence reaches ``patience.check_after_s`` the end-of-turn evidence for *this* pause
    is gathered by the caller (:meth:`wants_audio` / :meth:`note_audio`, :meth:`wants_text` /
    :meth:`note_text`) and :attr:`decision` says what the interviewer makes of it.
    With ``policy.patience_s`` None the answer ends after ``end_silence_s`` of silence, nothing else.
    """

    policy: ListenPolicy = field(default_factory=ListenPolicy)
    vad_options: VadOptions = DEFAULT
    speech_started: float | None = None
    last_speech: float | None = None
    audio_t: float = 0.0
    cues: list[float] = field(default_factory=list)
    decision: TurnDecision | None = None
    learnt_grace_s: float = 0.0
    decisions: int = 0  #: end-of-turn decisions taken (one per pause that reached check_after_s)
    expects_text: bool = False  #: a live transcript will come: never "finished" before reading it
    pauses: list[dict] = field(default_factory=list)  #: the decisions of earlier pauses in this answer

    def __post_init__(self) -> None:
        self.tracker = SpeechTracker(self.vad_options)
        p = self.policy
        self.patience = None if p.patience_s is None else Patience(
            finished_s=min(p.patience_s, p.end_silence_s), unfinished_s=p.end_silence_s)
        self._new_pause()

    def _new_pause(self) -> None:
        if getattr(self, "decision", None) is not None and self.last_speech is not None:
            d = self.decision  # what this pause looked like, kept for benchmarks and replay
            self.pauses.append({"at": round(self.last_speech, 2), "state": d.state, "p_audio": d.p_audio,
                                "p_text": d.p_text, **({"p_end": d.p_end} if d.p_end is not None else {})})
        self._p_audio: float | None = None
        self._audio_asked = False
        self._text: str | None = None
        self._last_word_p: float | None = None
        self._end_p: float | None = None
        self.decision = None

    def feed(self, t: float, prob: float) -> None:
        self.audio_t = t
        tr = self.tracker
        tr.push(prob)
        first = tr.first_speech
        if first is None:
            return
        if self.speech_started is None:
            self.speech_started = first * WINDOW_S
        last = tr.last_speech_end * WINDOW_S
        if self.last_speech is not None and last > self.last_speech + 1e-9:  # speech resumed
            d = self.decision
            if tr.open_start is not None and self.patience is not None:
                # a pause that could have been the end was not: this candidate's rhythm may need
                # more grace (see turntaking.rhythm_lesson)
                lesson = rhythm_lesson(d, tr.open_start * WINDOW_S - self.last_speech, self.patience)
                self.learnt_grace_s = max(self.learnt_grace_s, lesson)
            self._new_pause()
        self.last_speech = last

    @property
    def silence_s(self) -> float:
        return 0.0 if self.last_speech is None else max(0.0, self.audio_t - self.last_speech)

    @property
    def in_speech(self) -> bool:
        return self.last_speech is not None and self.silence_s < 0.3

    def _deciding(self) -> bool:
        return (self.patience is not None and self.last_speech is not None
                and self.silence_s >= self.patience.check_after_s)

    def wants_audio(self) -> bool:
        """True once per pause, when the audio turn model should hear the answer so far: at once
        when no transcript is coming, else only when the voice can still change the wait
        (:func:`~voice_interviewer.turntaking.voice_can_decide`: not after "…and", nor after a
        finished sentence ending on a guessed word)."""
        if not self._deciding() or self._audio_asked:
            return False
        if not self.expects_text:
            return True
        if self._text is None:
            return False
        return voice_can_decide(text_cue(self._text)[0], self._last_word_p, self.patience)

    def note_audio(self, p: float | None) -> None:
        self._audio_asked = True
        self._p_audio = p

    def wants_text(self) -> bool:
        return self._deciding() and self._text is None

    def note_text(self, text: str, covered_s: float, last_word_p: float | None = None,
                  end_p: float | None = None) -> None:
        """The transcript so far; used only when it covers this pause (``covered_s``: audio time
        up to which it was decoded) — older text describes an earlier pause. ``last_word_p``:
        Whisper's probability of the last word, ``end_p`` of the full stop after it, when the text
        source knows them."""
        if self.last_speech is not None and covered_s >= self.last_speech - 1e-6:
            self._text = text
            self._last_word_p = last_word_p
            self._end_p = end_p

    def cue_due(self, now: float) -> bool:
        """True exactly once, when ``now`` reaches ``policy.cue_at_s``."""
        at = self.policy.cue_at_s
        if at is not None and not self.cues and now >= at:
            self.cues.append(now)
            return True
        return False

    def check(self, now: float | None = None) -> str | None:
        p = self.policy
        now = self.audio_t if now is None else max(now, self.audio_t)
        if p.hard_limit_s is not None and now >= p.hard_limit_s:
            return "limit"
        if now >= p.max_seconds:
            return "max"
        if self.speech_started is None:
            return "no-speech" if self.audio_t >= p.no_speech_timeout_s else None
        silence = self.silence_s
        tr = self.tracker
        if tr.open_start is not None and tr.open_start * WINDOW_S > self.last_speech:
            return None  # speech is resuming (not yet long enough to count): never end on its onset
        if self.patience is None:
            return "silence" if silence >= p.end_silence_s else None
        if silence < self.patience.check_after_s:
            self.decision = None
            return None
        if self.decision is None:
            self.decisions += 1
        self.decision = decide(silence, self._text, self._p_audio, self.patience,
                               speech_s=self.last_speech - self.speech_started,
                               learnt_grace_s=self.learnt_grace_s, text_expected=self.expects_text,
                               last_word_p=self._last_word_p, end_p=self._end_p, expected_s=p.expected_s)
        return "silence" if self.decision.end else None

    def summary(self, ended_by: str) -> dict:
        """What the answer's event records about how it ended (replay shows it)."""
        out: dict = {"ended_by": ended_by, "silence_s": round(self.silence_s, 2),
                     "fixed_silence": self.patience is None}
        if self.decision is not None:
            out.update(self.decision.to_json())
        if self.learnt_grace_s:
            out["learnt_grace_s"] = round(self.learnt_grace_s, 2)
        if self.pauses:
            out["pauses"] = [{k: (round(v, 3) if isinstance(v, float) else v) for k, v in p.items()}
                             for p in self.pauses]
        return out


# --------------------------------------------------------------------------- the audio turn model

_TURN_MODEL: list = []
_TURN_LOCK = threading.Lock()


def turn_model():
    """The installed Smart Turn model, loaded once per process (None when it is not installed)."""
    with _TURN_LOCK:
        if not _TURN_MODEL:
            from .smartturn import SmartTurn

            _TURN_MODEL.append(SmartTurn.load())
        return _TURN_MODEL[0]


def _tail(parts: list[np.ndarray], seconds: float) -> np.ndarray:
    need, got = int(seconds * SAMPLE_RATE), []
    for part in reversed(parts):
        got.append(part)
        need -= len(part)
        if need <= 0:
            break
    return np.concatenate(got[::-1]) if got else np.zeros(0, dtype=np.float32)


# --------------------------------------------------------------------------- listen

def _enter_pressed() -> bool | None:
    """Non-blocking: was a line typed on stdin (terminal in canonical mode → Enter)?

    None means stdin reached end-of-file (a closed terminal): stop asking, it is not Enter.
    """
    try:
        ready, _, _ = select.select([sys.stdin], [], [], 0)
    except (OSError, ValueError):
        return False
    if ready:
        return True if sys.stdin.readline() else None
    return False


class _Indicator:
    """"● listening 0:12 / 2:00 (1:48 left) ▮▮▮▯▯▯▯▯ Enter to finish" on stderr via rich Live."""

    def __init__(self, policy: ListenPolicy, enter: bool, preview: Callable[[], str] | None = None):
        from rich.console import Console
        from rich.live import Live

        self.policy, self.enter, self.preview = policy, enter, preview
        self.live = Live(console=Console(stderr=True), refresh_per_second=10, transient=True)
        self.live.start()

    def update(self, elapsed: float, level: float, speaking: bool,
               decision: TurnDecision | None = None) -> None:
        from rich.text import Text

        limit = self.policy.hard_limit_s or self.policy.max_seconds
        bars = min(10, int(max(0.0, 20 * math.log10(max(level, 1e-5)) + 60) / 6))
        t = Text()
        t.append("● ", style="bold red" if speaking else "red")
        t.append(f"listening {int(elapsed) // 60}:{int(elapsed) % 60:02d}")
        left = max(0, int(limit - elapsed))
        t.append(f" / {int(limit) // 60}:{int(limit) % 60:02d} ({left // 60}:{left % 60:02d} left)  ",
                 style="dim")
        t.append("▮" * bars, style="green")
        t.append("▯" * (10 - bars), style="dim")
        if decision is not None:  # what the interviewer is waiting for
            if decision.state == "finished":
                t.append(f"  finished? ending in {decision.remaining_s:.1f} s…", style="yellow")
            else:
                t.append("  take your time", style="cyan")
        if self.enter:
            t.append("  Enter to finish", style="dim")
        if self.preview is not None:  # the streaming transcriber's committed text, last line only
            said = " ".join(self.preview().split())
            if said:
                if len(said) > 90:  # the tail, from a word boundary
                    said = "… " + said[-90:].split(" ", 1)[-1]
                t.append("\n  " + said, style="italic dim")
        self.last = t
        self.live.update(t)

    def stop(self) -> None:
        self.live.stop()


def listen(source, policy: ListenPolicy | None = None, *,
           on_chunk: Callable[[np.ndarray, np.ndarray], None] | None = None,
           on_cue: Callable[[], None] | None = None, clock: Clock = time.monotonic,
           stop: threading.Event | None = None, show: bool | None = None,
           vad: SileroVAD | None = None, preview: Callable[[], str] | None = None,
           text: Callable[[], tuple[str, float]] | None = None,
           turn: object | None = None) -> Recording:
    """Capture one answer from ``source`` until the policy says it is over.

    ``on_chunk(chunk, probs)`` gets every block and the VAD probabilities of the 32 ms windows it
    completed (the streaming transcriber cuts on them: one VAD pass per answer).
    ``preview`` (optional) returns the text transcribed so far; the listening indicator shows its
    tail as a live transcript while the candidate speaks. ``text`` (optional) returns
    ``(committed text, audio seconds it covers)`` for the end-of-turn decision. ``turn`` is the
    audio turn model (anything with ``probability(audio) -> float``); by default the installed
    Smart Turn model, ``False`` for none.

    Time is the larger of audio heard and ``clock()`` elapsed (a stalled microphone still hits
    the limits). KeyboardInterrupt propagates with the partial :class:`Recording` attached as
    ``exc.recording``.
    """
    policy = policy or ListenPolicy()
    vad = vad or SileroVAD()
    vad.reset()  # a VAD shared across turns must not carry the last answer's state or samples
    if turn is None and policy.patience_s is not None:
        turn = turn_model()
    if hasattr(source, "pre_roll_s"):
        source.pre_roll_s = policy.pre_roll_s
    ep = Endpointer(policy, expects_text=text is not None)
    enter = policy.enter_ends and sys.stdin is not None and sys.stdin.isatty()
    show = sys.stderr.isatty() if show is None else show
    indicator = _Indicator(policy, enter, preview) if show else None
    parts: list[np.ndarray] = []
    n = 0  # samples heard
    windows = 0  # VAD windows heard
    t0 = clock()
    ended_by = "source-ended"
    level = 0.0
    decide_s = 0.0  # CPU seconds spent on end-of-turn decisions (the model and the rules)

    def recording(reason: str) -> Recording:
        audio = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
        summary = ep.summary(reason)
        summary["decide_cpu_ms"] = round(decide_s * 1000, 1)
        summary["decisions"] = ep.decisions
        return Recording(audio=audio, ended_by=reason, speech_started=ep.speech_started, cues=list(ep.cues),
                         turn=summary)

    try:
        for chunk in source.chunks():
            if len(chunk):
                parts.append(chunk)
                n += len(chunk)
                probs = vad.feed(chunk)
                if on_chunk is not None:
                    on_chunk(chunk, probs)
                level = 0.7 * level + 0.3 * float(np.sqrt(np.mean(chunk * chunk)))
                for p in probs:
                    windows += 1
                    ep.feed(windows * WINDOW_S, float(p))
            now = max(n / SAMPLE_RATE, clock() - t0)
            if ep.cue_due(now) and on_cue is not None:
                on_cue()
            if ep.wants_audio() or (text is not None and ep.wants_text()):
                started = time.process_time()
                if text is not None and ep.wants_text():
                    ep.note_text(*text())
                if ep.wants_audio():
                    ep.note_audio(turn.probability(_tail(parts, TURN_MODEL_S)) if turn else None)
                decide_s += time.process_time() - started
            reason = ep.check(now)
            if indicator:
                indicator.update(now, level, ep.in_speech, ep.decision)
            if reason is None and stop is not None and stop.is_set():
                reason = "interrupted"
            if reason is None and enter:
                pressed = _enter_pressed()
                if pressed:
                    reason = "enter"
                elif pressed is None:  # end-of-file on stdin: Enter can no longer be pressed
                    enter = False
            if reason:
                ended_by = reason
                break
        else:
            if getattr(source, "lost", False):
                ended_by = "device-lost"
    except KeyboardInterrupt as exc:
        exc.recording = recording("interrupted")  # type: ignore[attr-defined]
        raise
    finally:
        if indicator:
            indicator.stop()
        source.close()
    return recording(ended_by)
