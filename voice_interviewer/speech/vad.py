"""One voice-activity detector, one set of thresholds, one hysteresis — for endpointing and for
the stream's cuts alike.

* :class:`VadOptions` — the thresholds (start above 0.5, end below 0.35, as Silero recommends), the
  shortest speech that counts (a click is not a word) and the shortest dip that splits speech.
* :class:`SileroVAD` — faster-whisper's bundled Silero model run *incrementally*: ``feed(chunk)``
  returns one probability per 32 ms window completed by the chunk, carrying the LSTM state and
  the 64-sample context, so each block costs one small batched step and a whole file run in pieces
  gives exactly the probabilities of one pass.
* :class:`SpeechTracker` — the hysteresis, window by window: where speech runs start and end.
  :func:`speech_runs` is the same tracker over a finished array of probabilities.

The recorder runs the model once per answer and hands the probabilities to the streaming
transcriber (``stream.feed(chunk, probs)``); only a whole-file transcription runs it on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..errors import DeviceError
from ..seams import SAMPLE_RATE

__all__ = ["WINDOW", "VadOptions", "SileroVAD", "SpeechTracker", "speech_runs", "speech_probabilities"]

WINDOW = 512  # Silero's window at 16 kHz (32 ms)
WINDOW_S = WINDOW / SAMPLE_RATE
_CONTEXT = 64


@dataclass(frozen=True)
class VadOptions:
    """Thresholds shared by every use of the VAD.

    Attributes:
        threshold: a window at or above this starts (or resumes) speech.
        neg_threshold: inside speech, a window below this is a pause; between the two thresholds
            a window continues whatever it follows (speech stays speech, a pause stays a pause).
        min_speech_s: a run shorter than this is a click, not a word.
        min_silence_s: a dip shorter than this does not split one run into two.
    """

    threshold: float = 0.5
    neg_threshold: float = 0.35
    min_speech_s: float = 0.09
    min_silence_s: float = 0.3

    @property
    def min_speech_windows(self) -> int:
        return max(1, round(self.min_speech_s / WINDOW_S))

    @property
    def min_silence_windows(self) -> int:
        return max(1, round(self.min_silence_s / WINDOW_S))


DEFAULT = VadOptions()


class SpeechTracker:
    """Hysteresis over VAD probabilities, one window at a time (window indices from 0).

    ``push(p)`` adds the next window. ``runs`` holds the finished runs as (start, end) window
    indices (end exclusive); an open run is ``open_start`` .. ``last_speech_end``. Runs shorter
    than ``min_speech_windows`` are dropped (clicks).
    """

    def __init__(self, options: VadOptions = DEFAULT):
        self.options = options
        self._min_silence = options.min_silence_windows
        self._min_speech = options.min_speech_windows
        self.runs: list[tuple[int, int]] = []
        self.n = 0  # windows pushed
        self.open_start: int | None = None
        self._silent = 0  # pause windows since the open run's last speech window

    def push(self, p: float) -> None:
        o, i = self.options, self.n
        self.n += 1
        if self.open_start is None:
            if p >= o.threshold:
                self.open_start, self._silent = i, 0
        elif p < o.neg_threshold:
            self._silent += 1
            if self._silent >= self._min_silence:
                self._close(i - self._silent + 1)
        elif p >= o.threshold or self._silent == 0:
            self._silent = 0
        else:  # between the thresholds inside a pause: still a pause
            self._silent += 1

    def _close(self, end: int) -> None:
        if end - self.open_start >= self._min_speech:
            self.runs.append((self.open_start, end))
        self.open_start, self._silent = None, 0

    @property
    def last_speech_end(self) -> int | None:
        """Window index just after the latest speech window (None: no speech yet)."""
        if self.open_start is not None and self.n - self._silent - self.open_start >= self._min_speech:
            return self.n - self._silent
        return self.runs[-1][1] if self.runs else None

    @property
    def first_speech(self) -> int | None:
        """Start window of the first run that is long enough to be speech."""
        if self.runs:
            return self.runs[0][0]
        if self.open_start is not None and self.n - self._silent - self.open_start >= self._min_speech:
            return self.open_start
        return None

    def all_runs(self) -> list[tuple[int, int]]:
        """Finished runs plus the open one (if long enough)."""
        runs = list(self.runs)
        if self.open_start is not None and self.n - self._silent - self.open_start >= self._min_speech:
            runs.append((self.open_start, self.n - self._silent))
        return runs


def speech_runs(probs: Sequence[float], options: VadOptions = DEFAULT) -> list[tuple[int, int]]:
    """(start, end) window indices of speech in ``probs``, with the shared hysteresis."""
    tracker = SpeechTracker(options)
    for p in probs:
        tracker.push(float(p))
    return tracker.all_runs()


class SileroVAD:
    """Incremental Silero VAD: ``feed(chunk)`` → probabilities of the windows the chunk completes."""

    def __init__(self) -> None:
        try:
            from faster_whisper.vad import get_vad_model
        except ImportError as exc:
            raise DeviceError(f"voice activity detection needs faster-whisper ({exc})") from None
        self._session = get_vad_model().session
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(_CONTEXT, dtype=np.float32)
        self._tail = np.zeros(0, dtype=np.float32)
        self.windows = 0  # windows computed since reset

    def feed(self, samples: np.ndarray, final: bool = False) -> np.ndarray:
        """Probabilities (float32 array) for every window completed by ``samples``; ``final`` pads
        the last partial window with zeros."""
        samples = np.asarray(samples, dtype=np.float32).reshape(-1)
        audio = np.concatenate([self._tail, samples]) if len(self._tail) else samples
        if final and len(audio) % WINDOW:
            audio = np.pad(audio, (0, WINDOW - len(audio) % WINDOW))
        n = len(audio) // WINDOW * WINDOW
        self._tail = audio[n:].copy()
        if n == 0:
            return np.zeros(0, dtype=np.float32)
        windows = audio[:n].reshape(-1, WINDOW)
        context = np.concatenate([self._context[None, :], windows[:-1, -_CONTEXT:]], axis=0)
        probs, self._h, self._c = self._session.run(
            None, {"input": np.concatenate([context, windows], axis=1), "h": self._h, "c": self._c})
        self._context = windows[-1, -_CONTEXT:].copy()
        out = np.asarray(probs, dtype=np.float32).reshape(-1)
        self.windows += len(out)
        return out


def speech_probabilities(audio: np.ndarray, vad: SileroVAD | None = None) -> np.ndarray:
    """Silero speech probability for every window of ``audio`` (last window zero-padded).

    Runs in 60 s steps (same probabilities: the state carries over) so a long file never builds
    one (windows x 576) batch: a 1-hour file took 1.2 GB extra in one step, nothing in steps.
    """
    audio = np.asarray(audio, dtype=np.float32).reshape(-1)
    vad = vad or SileroVAD()
    vad.reset()
    step = WINDOW * 1875
    parts = [vad.feed(audio[i : i + step]) for i in range(0, len(audio), step)]
    parts.append(vad.feed(audio[:0], final=True))
    return np.concatenate(parts)
