"""Reading the last words before a pause, fast, for the end-of-turn decision.

The streaming transcriber decodes each stretch properly (hotwords, context, word timings), and that
costs Whisper's encoder over a full 30 s window whatever the stretch's length: about 1 s of one core
for a 3 s sentence on this machine, 2 s when the temperature fallback re-decodes a clause cut by a
pause. The decision cannot wait that long (and on a loaded machine it waited 5–9 s), so at a pause
the recorder asks this reader instead: it runs the *same* Whisper model over only the last few
seconds of audio (CTranslate2 accepts an encoder input shorter than 30 s: 0.06 s instead of 0.8 s
for 5 s of audio), greedy, no timestamps, and returns the words with how sure Whisper was of the
last one. Its text is evidence for the decision only; the transcript is still the stream's.

It loads its own copy of the model (tiny.en int8, ~40 MB): the transcriber's copy serves one
request at a time, and the pause's read must not queue behind the stream's decode of that very
stretch.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ..seams import SAMPLE_RATE
from .vad import WINDOW, speech_runs

__all__ = ["PauseReader", "ReaderLoader", "Tail", "TailReader", "looped", "reading_pauses", "unlooped"]

LEAD_S = 0.3  #: audio kept before the first speech run read
TRAIL_S = 0.5  #: silence appended after the pause (Whisper reads a word cut at the frame edge badly)


@dataclass(frozen=True)
class Tail:
    """What the last seconds before a pause say.

    Attributes:
        text: the words Whisper read (its punctuation included: "…to the" vs "…to the end.").
        last_p: Whisper's probability of the last word (its least sure token), None when no words.
        seconds: how much audio was read.
        end_p: Whisper's probability of the full stop (or "?", "!") that ends the text, None when
            the text does not end a sentence: its decoder is a language model, and "…enforces
            strict." for "…enforces strict [3 s] rate limits" ends on a guessed full stop (0.71).
    """

    text: str
    last_p: float | None
    seconds: float
    end_p: float | None = None


class TailReader:
    """Whisper over only the last ``seconds`` of audio: ``read(audio) -> Tail`` in ~0.1-0.2 s of CPU."""

    def __init__(self, model_dir: str | Path | None = None, seconds: float = 6.0, context_s: float = 10.0,
                 threads: int = 1):
        import ctranslate2
        import tokenizers
        from faster_whisper.feature_extractor import FeatureExtractor
        from faster_whisper.tokenizer import Tokenizer

        from .transcriber import check_model_dir, default_model_dir

        path = check_model_dir(model_dir) if model_dir else default_model_dir()
        self._model = ctranslate2.models.Whisper(str(path), device="cpu", compute_type="int8",
                                                 intra_threads=threads, inter_threads=1)
        self._tok = Tokenizer(tokenizers.Tokenizer.from_file(str(path / "tokenizer.json")),
                              self._model.is_multilingual, task="transcribe", language="en")
        self._features = FeatureExtractor(feature_size=self._model.n_mels)
        self._storage = ctranslate2.StorageView
        self.seconds = seconds
        self.context_s = max(context_s, seconds + TRAIL_S)
        self._lock = threading.Lock()

    @classmethod
    def load(cls, **kw: Any) -> "TailReader | None":
        """The reader, or None when the model cannot be opened (the decision then waits for the stream)."""
        try:
            return cls(**kw)
        except Exception:
            return None

    def close(self) -> None:
        """Let go of the model once no read is running (never from a finaliser at exit)."""
        with self._lock:
            self._model = None

    def read(self, audio: np.ndarray) -> Tail:
        """The words of ``audio`` (16 kHz mono, the last ``seconds`` of it are read)."""
        x = np.asarray(audio, dtype=np.float32).reshape(-1)[-int(self.seconds * SAMPLE_RATE):]
        if not len(x):
            return Tail("", None, 0.0)
        spoken = len(x) / SAMPLE_RATE
        # silence after the words, up to a fixed context: with none, Whisper reads on past the end
        # and repeats itself ("…fresh labels. The retraining job just needs fresh labels. The ret")
        x = np.concatenate([x, np.zeros(int(self.context_s * SAMPLE_RATE) - len(x), np.float32)])
        mel = self._features(x, padding=0)
        frames = mel.shape[-1] // 2 * 2
        feats = np.ascontiguousarray(mel[None, :, :frames], dtype=np.float32)
        prompt = list(self._tok.sot_sequence) + [self._tok.no_timestamps]
        with self._lock:
            result = self._model.generate(
                self._storage.from_array(feats), [prompt], beam_size=1,
                max_length=min(448, int(spoken * 6) + 12), return_logits_vocab=True,
                suppress_blank=True)[0]
        ids = [t for t in result.sequences_ids[0] if t < self._tok.eot]
        text = self._tok.decode(ids).strip()
        probs = _token_probs(ids, result.logits[0] if result.logits else [])
        pieces = [self._tok.decode([t]) for t in ids]
        return Tail(text, _last_word_p(probs, pieces), round(spoken, 2), _sentence_end_p(probs, pieces))


def _token_probs(ids: list[int], logits: Any) -> list[float]:
    """The probability Whisper gave each chosen token (from the logits of its step)."""
    probs = []
    for token, step in zip(ids, logits):
        row = np.asarray(step, dtype=np.float32).reshape(-1)
        m = float(row.max())
        probs.append(math.exp(float(row[token]) - m - math.log(float(np.exp(row - m).sum()))))
    return probs


def _sentence_end_p(probs: list[float], pieces: list[str]) -> float | None:
    """Whisper's probability of the token that ends the text with a sentence end ("." "?" "!",
    also fused as in "%."); None when the text ends otherwise (a word, a comma, "...")."""
    if not pieces or not probs:
        return None
    last = pieces[-1].rstrip()
    if not last.endswith((".", "?", "!")) or last.endswith(("..", "…")):
        return None
    return round(probs[len(pieces) - 1], 3) if len(probs) >= len(pieces) else None


def _last_word_p(probs: list[float], pieces: list[str]) -> float | None:
    """Whisper's probability of the last word: its least sure token (punctuation after it ignored)."""
    i = min(len(pieces), len(probs)) - 1
    while i >= 0 and not any(c.isalnum() for c in pieces[i]):
        i -= 1  # trailing punctuation
    if i < 0:
        return None
    word = [probs[i]]
    while i > 0 and not pieces[i].startswith(" ") and any(c.isalnum() for c in pieces[i - 1]):
        i -= 1
        word.append(probs[i])
    return round(min(word), 3)


def _norm(word: str) -> str:
    return word.strip(".,?!;:…\"'").lower()


def looped(text: str, n: int = 3) -> bool:
    """True when the read repeats itself: its last ``n`` words occur earlier too (Whisper read on
    past the end of the audio: "…fresh labels. The retraining job just needs fresh labels")."""
    words = [w for w in (_norm(w) for w in text.split()) if w]
    if len(words) < 2 * n:
        return False
    tail = words[-n:]
    return any(words[i:i + n] == tail for i in range(len(words) - n))


def unlooped(text: str, n: int = 3) -> str | None:
    """The read without its repetition: Whisper read the audio, then began again from an earlier
    word ("Testing a model is different from testing code. Testing a model is different"); what
    it read before going round is kept ("…testing code."). None when the text is only repetition."""
    if not looped(text, n):
        return text
    raw = text.split()
    words = [_norm(w) for w in raw]
    for start in range(1, len(words) - n + 1):
        rest = words[start:]
        if any(words[j:j + len(rest)] == rest for j in range(start)):
            kept = " ".join(raw[:start])
            return kept if kept.strip() else None
    return None


class PauseReader:
    """The recorder's ``text`` source for the end-of-turn decision, with a fast read at each pause.

    Feed it what the stream is fed (``feed(chunk, probs)``); ``progress()`` returns
    ``(text, covered_s, last_word_p, end_p)`` — :meth:`WhisperStream.progress`'s pair, Whisper's
    probability of the last word and of the full stop after it (:class:`Tail`). It still calls the stream's ``progress`` (so the stream cuts and
    decodes at the pause as before); when that text does not reach the pause yet, it reads the
    last seconds itself (:class:`TailReader`, once per pause) and returns those words, covering all
    audio heard. A read that went round again is cut where the repetition starts (:func:`unlooped`).
    """

    def __init__(self, stream_progress: Callable[[], tuple[str, float]] | None,
                 reader: "TailReader | ReaderLoader", keep_s: float = 10.0):
        self._progress = stream_progress
        self._reader = reader
        self._keep = int(keep_s * SAMPLE_RATE)
        self._audio = np.zeros(0, np.float32)
        self._probs: list[float] = []
        self._fed = 0
        self._read_for: int | None = None  # the speech run end (window) the cached read is for
        self._read: tuple[str, float, float | None, float | None] | None = None
        self.last: Tail | None = None
        self.reads = 0
        self.read_cpu_s = 0.0

    def feed(self, chunk: np.ndarray, probs: np.ndarray | None = None) -> None:
        block = np.asarray(chunk, dtype=np.float32).reshape(-1)
        self._fed += len(block)
        self._audio = np.concatenate([self._audio, block])[-self._keep:]
        if probs is not None:
            self._probs.extend(float(p) for p in np.ravel(probs))

    def _runs(self) -> list[tuple[int, int]]:
        return speech_runs(self._probs) if self._probs else []

    @property
    def seconds(self) -> float:
        reader = self._loaded()
        return reader.seconds if reader is not None else 6.0

    def _loaded(self) -> "TailReader | None":
        """The reader, or None while a background load is still running (or failed)."""
        return self._reader.get() if isinstance(self._reader, ReaderLoader) else self._reader

    def _window(self, runs: list[tuple[int, int]]) -> np.ndarray:
        """The last ``seconds`` of audio, starting where a speech run starts when one does."""
        n = int(self.seconds * SAMPLE_RATE)
        first = self._fed - len(self._audio)  # answer sample index of self._audio[0]
        start = max(first, self._fed - n)
        for onset, _ in runs:  # the earliest run that starts inside the window
            s = onset * WINDOW - int(LEAD_S * SAMPLE_RATE)
            if s >= start:
                start = s
                break
        return self._audio[start - first:]

    def read_now(self) -> tuple[str, float, float | None, float | None] | None:
        """Read the last seconds (once per pause); None when the read is no evidence."""
        import time

        reader = self._loaded()
        if reader is None:
            return None
        runs = self._runs()
        key = runs[-1][1] if runs else -1
        if self._read_for != key:
            started = time.process_time()
            tail = reader.read(self._window(runs))
            self.read_cpu_s += time.process_time() - started
            self.reads += 1
            self.last, self._read_for = tail, key
            kept = unlooped(tail.text)
            # the last word's confidences belong to the repetition's end when the text was cut
            whole = kept == tail.text
            self._read = None if kept is None else (kept, self._fed / SAMPLE_RATE,
                                                    tail.last_p if whole else None, tail.end_p if whole else None)
        return self._read

    def progress(self) -> tuple[str, float, float | None, float | None]:
        text, covered = self._progress() if self._progress is not None else ("", 0.0)
        runs = self._runs()
        if not runs or covered >= runs[-1][1] * WINDOW / SAMPLE_RATE - 1e-6:
            return text, covered, None, None  # the stream's own decode already reaches this pause
        return self.read_now() or (text, covered, None, None)


class ReaderLoader:
    """Loads a :class:`TailReader` in the background (about a second); ``get()`` never waits: until
    it is loaded (or when it cannot be) the decision waits for the stream's text, as before."""

    def __init__(self, **kw: Any):
        from ..process import track

        self._reader: TailReader | None = None
        self._thread = track(threading.Thread(target=self._load, args=(kw,), name="tail-reader", daemon=True))
        self._thread.start()

    def _load(self, kw: dict[str, Any]) -> None:
        self._reader = TailReader.load(**kw)

    def get(self) -> "TailReader | None":
        return self._reader

    def close(self) -> None:
        """Wait for the load, then let go of the model (from the calling thread, as the transcriber does)."""
        self._thread.join()
        if self._reader is not None:
            self._reader.close()


def reading_pauses(listen: Callable[..., Any],
                   reader: "TailReader | ReaderLoader | None") -> Callable[..., Any]:
    """``listen`` with a :class:`PauseReader` between it and the stream (``reader`` None: as is)."""
    if reader is None:
        return listen

    def listen_reading(source: Any, policy: Any = None, *, on_chunk: Callable[..., None] | None = None,
                       text: Callable[[], tuple[str, float]] | None = None, **kw: Any) -> Any:
        if text is None:
            return listen(source, policy, on_chunk=on_chunk, text=text, **kw)
        pauses = PauseReader(text, reader)  # a reader still loading is used once it is there

        def chunk(block: np.ndarray, probs: np.ndarray | None = None) -> None:
            pauses.feed(block, probs)
            if on_chunk is not None:
                on_chunk(block, probs)

        return listen(source, policy, on_chunk=chunk, text=pauses.progress, **kw)

    return listen_reading
