"""The small seams between the interview loop and the outside world, as types.

The pure core (bank, matching, scoring, follow-up choice, delivery, rehearsal timing) never
imports audio or ML libraries. The loop's parameters are typed against these protocols: a
:class:`Speaker`, a :class:`StreamingTranscriber`, :class:`Sources` of answer audio, a
:class:`Listener` (the recorder's ``listen``), a :class:`BackgroundModel` (the sentence
embedder) and an :class:`InterviewUI`. The real adapters live in ``voice_interviewer.speech`` (and
``commands/_interview_ui.py``); the scriptable fakes in :mod:`voice_interviewer.testing`
implement the same protocols, and mypy checks both against them.

Audio everywhere is ``numpy.float32`` mono at :data:`SAMPLE_RATE` in [-1, 1].
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, ContextManager, Iterator, Protocol, Sequence

from .transcript import Transcript

if TYPE_CHECKING:  # numpy is only needed by the adapters
    import numpy as np

    from .turns import TurnInfo
    from .verdict import Verdict

SAMPLE_RATE = 16_000


class Speaker(Protocol):
    """Says text aloud (or writes it to a file) and returns only when it has really finished."""

    def say(self, text: str) -> None: ...

    def tone(self, frequency: float = 880.0, seconds: float = 0.15) -> None:
        """A short, quiet cue tone (rehearsal's 'time is nearly up'); never speech."""
        ...

    def close(self) -> None: ...


class AudioSource(Protocol):
    """Where an answer's audio comes from: the microphone or a file (real-time or fast)."""

    def chunks(self) -> Iterator["np.ndarray"]:
        """Float32 mono 16 kHz blocks (typically 30-100 ms) until the source ends or is closed."""
        ...

    def close(self) -> None: ...


class Transcriber(Protocol):
    """Audio in, the project's own :class:`Transcript` out (words with timings always)."""

    def transcribe(self, audio: "np.ndarray", *, hotwords: Sequence[str] = ()) -> Transcript: ...


class TranscriptStream(Protocol):
    """Incremental transcription of one answer: fed while the candidate speaks."""

    def feed(self, chunk: "np.ndarray", probs: "np.ndarray | None" = None) -> None:
        """One block of audio, with the recorder's VAD speech probabilities for the windows it completed."""
        ...

    def finish(self, timeout: float | None = None) -> Transcript:
        """The whole answer's transcript; with ``timeout``, raises ``TranscriptionAbandoned`` past it."""
        ...

    def preview(self) -> str:
        """Committed text so far (for a live preview)."""
        ...

    def progress(self) -> tuple[str, float]:
        """(committed text, audio seconds it covers), for the end-of-turn decision."""
        ...

    def close(self, timeout: float | None = None) -> None:
        """Stop and join the worker (after a failure or Ctrl-C: no decode may outlive the answer);
        with ``timeout``, a worker still busy past it is given up on (the exit does not wait for it)."""
        ...


class StreamingTranscriber(Transcriber, Protocol):
    """The loop's transcriber: a stream per answer, loading its model while the first question is spoken."""

    def stream(self, hotwords: Sequence[str] = ()) -> TranscriptStream: ...

    def load_in_background(self) -> Any: ...


class BackgroundModel(Protocol):
    """A model that loads in the background and is waited for when first needed (the sentence embedder)."""

    def load_in_background(self) -> Any: ...

    def load(self) -> Any:
        """The loaded model (waits for the background load); raises VoiceInterviewerError when it cannot load."""
        ...


class Sources(Protocol):
    """Where each turn's answer comes from: ``(turn, attempt) -> AudioSource | None`` (None: no answer).

    ``live`` sources (the microphone) are opened and started *before* the question is spoken.
    """

    live: bool

    def __call__(self, turn: "TurnInfo", attempt: int) -> "AudioSource | None": ...


class LiveSource(AudioSource, Protocol):
    def start(self) -> None: ...


@dataclass(frozen=True)
class ListenPolicy:
    """When an answer ends.

    Attributes:
        end_silence_s: silence after speech that ends an unfinished thought, and the fallback when
            nothing says the answer is finished (generous: people pause to think).
        patience_s: silence after which a *finished* answer ends (see ``turntaking``); None: no
            end-of-turn decision, every answer ends after ``end_silence_s``.
        no_speech_timeout_s: give up when nothing at all is said for this long.
        max_seconds: absolute cap on the answer's length.
        cue_at_s: rehearsal: play a soft cue at this many seconds into the answer (None: no cue).
        hard_limit_s: rehearsal: stop at this many seconds, keeping what was said (None: no limit).
        enter_ends: pressing Enter ends the answer (only when stdin is a terminal).
        pre_roll_s: audio kept from before speech was detected, so the first syllable survives.
        expected_s: the shortest answer the question expects (its target's lower end); a finished-
            looking sentence said well before it waits ``end_silence_s`` (see
            ``turntaking.Patience.early_share``). None: unknown.
    """

    end_silence_s: float = 4.0
    patience_s: float | None = 1.3
    no_speech_timeout_s: float = 20.0
    max_seconds: float = 600.0
    cue_at_s: float | None = None
    hard_limit_s: float | None = None
    enter_ends: bool = True
    pre_roll_s: float = 0.5
    expected_s: float | None = None


ENDED_BY = ("silence", "enter", "max", "limit", "no-speech", "source-ended", "device-lost", "interrupted")


@dataclass
class Recording:
    """One captured answer.

    Attributes:
        audio: float32 mono 16 kHz samples of the whole answer.
        ended_by: one of :data:`ENDED_BY`.
        speech_started: seconds into the recording when speech was first detected (None: never).
        cues: seconds into the recording at which a cue was played.
        turn: how the answer ended — the end-of-turn decision (state, reason, probabilities,
            silence) for the session's ``answer_audio`` event; None when not recorded.
    """

    audio: "np.ndarray"
    ended_by: str
    speech_started: float | None = None
    cues: list[float] = field(default_factory=list)
    turn: dict[str, Any] | None = None

    @property
    def duration(self) -> float:
        return len(self.audio) / SAMPLE_RATE


Clock = Callable[[], float]


class Listener(Protocol):
    """The recorder's ``listen``: capture one answer from ``source`` until ``policy`` says it is over.

    ``on_chunk(chunk, probs)`` gets every block (and the VAD probabilities it computed);
    ``on_cue()`` is called once when the rehearsal cue is due; ``show`` turns the level meter on
    or off (None: when stderr is a terminal); ``preview`` returns the live transcript and ``text``
    the committed text for the end-of-turn decision. Ctrl-C propagates with the partial
    :class:`Recording` attached as ``exc.recording``.
    """

    def __call__(self, source: AudioSource, policy: ListenPolicy | None = None, *,
                 on_chunk: "Callable[[np.ndarray, np.ndarray], None] | None" = None,
                 on_cue: Callable[[], None] | None = None, clock: Clock = ...,
                 show: bool | None = None, preview: Callable[[], str] | None = None,
                 text: Callable[[], tuple[str, float]] | None = None) -> Recording: ...


class InterviewUI(Protocol):
    """What the loop shows; the CLI's console UI and :class:`voice_interviewer.testing.RecordingUI` implement it."""

    def asking(self, turn: "TurnInfo") -> None: ...
    def listening(self, turn: "TurnInfo", policy: ListenPolicy) -> bool | None:
        """Says it is listening; returns ``show`` for the recorder's level meter (None: its default)."""
        ...
    def heard(self, turn: "TurnInfo", transcript: Transcript) -> None: ...
    def cue(self, turn: "TurnInfo", at: float) -> None: ...
    def command(self, turn: "TurnInfo", command: str) -> None: ...
    def verdict(self, turn: "TurnInfo", verdict: "Verdict") -> None: ...
    def notice(self, message: str) -> None: ...
    def status(self, message: str) -> ContextManager[Any]:
        """A spinner while the last words are transcribed (a null context where nothing is shown)."""
        ...
