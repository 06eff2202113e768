"""The project's own transcript types, shared by the speech adapters and the pure core."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Word:
    """One recognised word with its timing in seconds from the start of the answer.

    Attributes:
        word: the word as recognised, stripped of surrounding whitespace.
        start: start time in seconds.
        end: end time in seconds.
        probability: recogniser confidence in 0..1 (1.0 for typed text).
    """

    word: str
    start: float
    end: float
    probability: float = 1.0


@dataclass(frozen=True)
class Transcript:
    """What the candidate said.

    Attributes:
        text: the full text.
        words: word timings (empty for typed text).
        duration: length of the audio in seconds (0.0 for typed text).
        speech_segments: (start, end) stretches the VAD judged to be speech; empty when unknown.
    """

    text: str
    words: tuple[Word, ...] = ()
    duration: float = 0.0
    speech_segments: tuple[tuple[float, float], ...] = field(default=())

    @classmethod
    def from_text(cls, text: str) -> "Transcript":
        return cls(text=text)

    @property
    def timed(self) -> bool:
        return bool(self.words)

    def to_json(self) -> dict[str, Any]:
        """The saved form; :meth:`from_json` reads it back whole (times rounded to the millisecond).

        ``speech_segments`` is written only when known, so sessions saved without it read back the same.
        """
        out: dict[str, Any] = {
            "text": self.text,
            "duration": round(self.duration, 3),
            "words": [
                {k: (round(v, 3) if isinstance(v, float) else v) for k, v in asdict(w).items()}
                for w in self.words
            ],
        }
        if self.speech_segments:
            out["speech_segments"] = [[round(a, 3), round(b, 3)] for a, b in self.speech_segments]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Transcript":
        segments = tuple((float(a), float(b)) for a, b in data.get("speech_segments", []))
        return cls(
            text=data.get("text", ""),
            words=tuple(Word(**w) for w in data.get("words", [])),
            duration=float(data.get("duration", 0.0)),
            speech_segments=segments,
        )
