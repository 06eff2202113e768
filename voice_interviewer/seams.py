"""The three small seams between the interview loop and the outside world.

The pure core (bank, matching, scoring, follow-up choice, delivery, rehearsal timing) never
imports audio or ML libraries. The loop talks to the outside only through these protocols;
the real adapters live in ``voice_interviewer.speech`` and test fakes in ``tests/conftest.py``.

Audio everywhere is ``numpy.float32`` mono at :data:`SAMPLE_RATE` in [-1, 1].
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterator, Protocol, Sequence

from .transcript import Transcript

if TYPE_CHECKING:  # numpy is only needed by the adapters
    import numpy as np

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

    def feed(self, chunk: "np.ndarray") -> None: ...

    def finish(self) -> Transcript: ...

    def preview(self) -> str:
        """Committed text so far (for a live preview)."""
        ...


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
    """

    end_silence_s: float = 4.0
    patience_s: float | None = 0.9
    no_speech_timeout_s: float = 20.0
    max_seconds: float = 600.0
    cue_at_s: float | None = None
    hard_limit_s: float | None = None
    enter_ends: bool = True
    pre_roll_s: float = 0.5


ENDED_BY = ("silence", "enter", "max", "limit", "no-speech", "source-ended", "device-lost", "interrupted")


@dataclass
class Recording:
    """One captured answer.

    Attributes:
        audio: float32 mono 16 kHz samples of the whole answer.
        ended_by: one of :data:`ENDED_BY`.
        speech_started: seconds into the recording when speech was first detected (None: never).
        cues: seconds into the recording at which a cue was played.
        transcript: filled when a streaming transcriber ran alongside the capture.
        turn: how the answer ended — the end-of-turn decision (state, reason, probabilities,
            silence) for the session's ``answer_audio`` event; None when not recorded.
    """

    audio: "np.ndarray"
    ended_by: str
    speech_started: float | None = None
    cues: list[float] = field(default_factory=list)
    transcript: Transcript | None = None
    turn: dict | None = None

    @property
    def duration(self) -> float:
        return len(self.audio) / SAMPLE_RATE


Clock = Callable[[], float]
