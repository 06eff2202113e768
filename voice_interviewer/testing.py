"""Scriptable fakes for the interview loop's seams, implementing the protocols in :mod:`voice_interviewer.seams`.

Used where the real thing cannot run in a unit test (a scripted candidate, a fake clock); the
end-to-end tests run the real adapters. mypy checks these against the same protocols as the real
adapters (``tests/test_typing.py``), so a fake cannot drift from the seam it stands in for.

Pure: numpy is imported only when audio is made.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, Callable, ContextManager, Iterator, Sequence

from .seams import SAMPLE_RATE, AudioSource, Clock, ListenPolicy, Recording
from .transcript import Transcript, Word

if TYPE_CHECKING:
    import numpy as np

    from .turns import TurnInfo
    from .verdict import Verdict


class ScriptedSpeaker:
    """A :class:`~voice_interviewer.seams.Speaker` that records what it is asked to say; can raise
    KeyboardInterrupt on the Nth ``say``."""

    def __init__(self, interrupt_on: int | None = None):
        self.said: list[str] = []
        self.tones = 0
        self.interrupt_on = interrupt_on
        self.closed = False

    def say(self, text: str) -> None:
        if self.interrupt_on is not None and len(self.said) + 1 == self.interrupt_on:
            self.said.append(text)
            raise KeyboardInterrupt
        self.said.append(text)

    def tone(self, frequency: float = 880.0, seconds: float = 0.15) -> None:
        self.tones += 1

    def close(self) -> None:
        self.closed = True


class ScriptedStream:
    """A :class:`~voice_interviewer.seams.TranscriptStream` whose ``finish`` is the next scripted text."""

    def __init__(self, owner: "ScriptedTranscriber", hotwords: Sequence[str]):
        self.owner, self.hotwords, self.samples = owner, list(hotwords), 0
        self.closed = False

    def feed(self, chunk: "np.ndarray", probs: "np.ndarray | None" = None) -> None:
        self.samples += len(chunk)

    def preview(self) -> str:
        return ""

    def progress(self) -> tuple[str, float]:
        return "", 0.0

    def finish(self, timeout: float | None = None) -> Transcript:
        return self.owner.next_transcript(self.samples / SAMPLE_RATE)

    def close(self, timeout: float | None = None) -> None:
        self.closed = True


class ScriptedTranscriber:
    """A :class:`~voice_interviewer.seams.StreamingTranscriber`: returns queued texts as timed
    transcripts (one word every 0.4 s) and records the hotwords it was given."""

    def __init__(self, *texts: str):
        self.queue = list(texts)
        self.hotwords: list[list[str]] = []
        self.background_loads = 0
        self.streams = 0
        self.batch_calls = 0

    def enqueue(self, *texts: str) -> None:
        self.queue.extend(texts)

    def load_in_background(self) -> None:
        self.background_loads += 1

    def next_transcript(self, duration: float) -> Transcript:
        text = self.queue.pop(0) if self.queue else ""
        words = tuple(Word(w, 0.5 + 0.4 * i, 0.8 + 0.4 * i) for i, w in enumerate(text.split()))
        return Transcript(text, words, max(duration, words[-1].end + 0.5 if words else 0.0))

    def stream(self, hotwords: Sequence[str] = ()) -> ScriptedStream:
        self.streams += 1
        self.hotwords.append(list(hotwords))
        return ScriptedStream(self, hotwords)

    def transcribe(self, audio: "np.ndarray", *, hotwords: Sequence[str] = ()) -> Transcript:
        self.batch_calls += 1
        self.hotwords.append(list(hotwords))
        return self.next_transcript(len(audio) / SAMPLE_RATE)


class ScriptedSource:
    """An :class:`~voice_interviewer.seams.AudioSource`: ``seconds`` of quiet noise in 100 ms chunks;
    ``interrupt_at`` makes :class:`ScriptedListen` raise Ctrl-C that far into the answer."""

    def __init__(self, seconds: float = 3.0, interrupt_at: float | None = None):
        self.seconds, self.interrupt_at, self.closed = seconds, interrupt_at, False
        self.started = False

    def chunks(self) -> Iterator["np.ndarray"]:
        import numpy as np

        for _ in range(int(round(self.seconds * 10))):
            yield np.full(1600, 0.01, dtype=np.float32)

    def start(self) -> None:
        self.started = True

    def close(self) -> None:
        self.closed = True


class ScriptedSources:
    """:class:`~voice_interviewer.seams.Sources` from a function ``(turn, attempt) -> source | None``."""

    def __init__(self, make: Callable[["TurnInfo", int], AudioSource | None], *, live: bool = False):
        self.make, self.live = make, live

    def __call__(self, turn: "TurnInfo", attempt: int) -> AudioSource | None:
        return self.make(turn, attempt)


class ScriptedListen:
    """A :class:`~voice_interviewer.seams.Listener` standing in for ``recorder.listen``: drains the
    source, honours the cue and the hard limit by audio time, advances an optional fake clock, and
    attaches the partial recording on Ctrl-C."""

    def __init__(self, clock: "FakeClock | None" = None):
        self.clock = clock
        self.policies: list[ListenPolicy] = []

    def __call__(self, source: AudioSource, policy: ListenPolicy | None = None, *,
                 on_chunk: "Callable[[np.ndarray, np.ndarray], None] | None" = None,
                 on_cue: Callable[[], None] | None = None, clock: Clock | None = None,
                 show: bool | None = None, preview: Callable[[], str] | None = None,
                 text: Callable[[], tuple[str, float]] | None = None) -> Recording:
        import numpy as np

        policy = policy or ListenPolicy()
        self.policies.append(policy)
        interrupt_at = source.interrupt_at if isinstance(source, ScriptedSource) else None
        got: list[np.ndarray] = []
        cues: list[float] = []
        t, ended_by = 0.0, "source-ended"
        for chunk in source.chunks():
            if interrupt_at is not None and t >= interrupt_at:
                exc = KeyboardInterrupt()
                exc.recording = Recording(np.concatenate(got) if got else np.zeros(0, np.float32),  # type: ignore[attr-defined]
                                          "interrupted", 0.0, cues)
                raise exc
            got.append(chunk)
            if on_chunk:
                on_chunk(chunk, np.zeros(0, np.float32))
            t = sum(len(c) for c in got) / SAMPLE_RATE
            if self.clock is not None:
                self.clock.advance(len(chunk) / SAMPLE_RATE)
            if policy.cue_at_s is not None and not cues and t >= policy.cue_at_s - 1e-9:
                cues.append(t)
                if on_cue:
                    on_cue()
            if policy.hard_limit_s is not None and t >= policy.hard_limit_s - 1e-9:
                ended_by = "limit"
                break
        audio = np.concatenate(got) if got else np.zeros(0, np.float32)
        return Recording(audio, ended_by, 0.0 if got else None, cues)


class FakeClock:
    """A clock the test moves (``advance``), for rehearsal timing without sleeping."""

    def __init__(self, start: float = 1000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class RecordingUI:
    """An :class:`~voice_interviewer.seams.InterviewUI` that records every call as ``(method, *args)``."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def asking(self, turn: "TurnInfo") -> None:
        self.calls.append(("asking", turn))

    def listening(self, turn: "TurnInfo", policy: ListenPolicy) -> bool | None:
        self.calls.append(("listening", turn, policy))
        return None

    def heard(self, turn: "TurnInfo", transcript: Transcript) -> None:
        self.calls.append(("heard", turn, transcript))

    def cue(self, turn: "TurnInfo", at: float) -> None:
        self.calls.append(("cue", turn, at))

    def command(self, turn: "TurnInfo", command: str) -> None:
        self.calls.append(("command", turn, command))

    def verdict(self, turn: "TurnInfo", verdict: "Verdict") -> None:
        self.calls.append(("verdict", turn, verdict))

    def notice(self, message: str) -> None:
        self.calls.append(("notice", message))

    def status(self, message: str) -> ContextManager[Any]:
        self.calls.append(("status", message))
        return contextlib.nullcontext()

    def names(self) -> list[str]:
        return [c[0] for c in self.calls]


class RecordingEmbedder:
    """A :class:`~voice_interviewer.seams.BackgroundModel` and :class:`~voice_interviewer.meaning.Embedder`:
    deterministic unit vectors (from each text's bytes), and every ``embed`` call's texts recorded."""

    def __init__(self, dim: int = 16):
        self.dim = dim
        self.calls: list[list[str]] = []
        self.background_loads = 0

    def load_in_background(self) -> None:
        self.background_loads += 1

    def load(self) -> "RecordingEmbedder":
        return self

    def embed(self, texts: Sequence[str]) -> "np.ndarray":
        import numpy as np

        self.calls.append(list(texts))
        rows = []
        for t in texts:
            v = np.frombuffer((t.encode() * (1 + 4 * self.dim // max(1, len(t.encode()))))[: 4 * self.dim],
                              dtype=np.uint8).astype(np.float32).reshape(self.dim, 4).sum(axis=1) - 250.0
            rows.append(v / max(float(np.linalg.norm(v)), 1e-6))
        return np.stack(rows) if rows else np.zeros((0, self.dim), dtype=np.float32)
