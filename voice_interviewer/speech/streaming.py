"""Streaming transcription: decode finished stretches of speech while the candidate still talks.

``feed(chunk, probs)`` is called from the recorder's loop, so it only appends to a list and wakes the
worker. The recorder hands over the VAD probabilities it already computed for its endpointing (one
Silero pass per answer); fed without them — a whole-file transcription — the stream runs the same
VAD itself. The worker cuts the audio at pauses (the shared hysteresis of ``speech/vad.py``); each finished
stretch is decoded once, with the question's hotwords, and its text is committed (segment-level
commit at pauses: a stretch is never re-decoded, so committed text never changes). When the
answer ends, only the audio after the last cut is left to decode.

Memory: only the audio since the last cut is held (at most ``max_stretch_s`` plus what arrives
while a stretch is being decoded); what grows with the answer is the committed words and speech
segments — a few kilobytes per minute. The recorder keeps the raw answer for saving.

The stream needs only the small :class:`Decoder` seam (``decode(stretch, hotwords, probs, …)`` →
:class:`Piece`); :class:`~voice_interviewer.speech.transcriber.WhisperTranscriber` implements it.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Protocol, Sequence

import numpy as np

from ..errors import TranscriberError, TranscriptionAbandoned, VoiceInterviewerError
from ..seams import SAMPLE_RATE
from ..transcript import Transcript, Word
from .vad import DEFAULT, WINDOW, SileroVAD, speech_runs

__all__ = ["PAD_S", "DecodeCancelled", "Decoder", "Piece", "TranscriptionAbandoned", "WhisperStream"]

PAD_S = 0.4  # audio kept around each speech run when decoding (and as lead-in before speech)


class DecodeCancelled(Exception):
    """A decode stopped because its stream was closed (raised between Whisper segments)."""


@dataclass(frozen=True)
class Piece:
    """The decoded result of one stretch, in answer time."""

    text: str
    words: tuple[Word, ...]
    segments: tuple[tuple[float, float], ...]


class Decoder(Protocol):
    """What the stream needs from a transcriber: decode one stretch."""

    def decode(self, audio: np.ndarray, hotwords: Sequence[str], probs: np.ndarray, *,
               offset: float, context: str = "", cancel: threading.Event | None = None) -> Piece:
        """Text, words and speech segments of ``audio`` (VAD ``probs`` per 32 ms window), in answer
        time (shifted by ``offset`` seconds); raises :class:`DecodeCancelled` once ``cancel`` is set."""
        ...


def _join(thread: threading.Thread, timeout: float | None, *, through_ctrl_c: bool = True) -> bool:
    """Join ``thread``, at most ``timeout`` s (None: for as long as it takes). True when it ended.

    ``through_ctrl_c``: a Ctrl-C meanwhile does not cut the wait short (we are already stopping);
    otherwise it propagates (Ctrl-C while an answer is transcribed stops the interview)."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while thread.is_alive():
        left = 0.5 if deadline is None else min(0.5, deadline - time.monotonic())
        if left <= 0:
            return False
        try:
            thread.join(left)
        except KeyboardInterrupt:
            if not through_ctrl_c:
                raise
    return True


def _windows(seconds: float) -> int:
    return max(1, round(seconds * SAMPLE_RATE / WINDOW))


class WhisperStream:
    """Incremental transcription of one answer (implements :class:`~voice_interviewer.seams.TranscriptStream`).

    Args:
        transcriber: the decoder (a possibly still loading ``WhisperTranscriber``).
        hotwords: the question's terms, given to every stretch.
        pause_s: a pause at least this long may end a stretch once it is ``min_stretch_s`` long.
        long_pause_s: a pause this long always ends a stretch (the candidate stopped or is thinking).
        min_stretch_s: shorter stretches wait for a long pause (longer stretches decode better).
        max_stretch_s: never hold more than this; cut at the quietest moment if nobody pauses.
        context_words: previously committed words passed as prompt to the next stretch.
        threaded: decode in a worker thread (streaming). ``False`` decodes inside ``feed`` — how
            :meth:`WhisperTranscriber.transcribe` runs the very same stretch logic on a whole file.
    """

    def __init__(
        self,
        transcriber: Decoder,
        hotwords: Sequence[str] = (),
        *,
        pause_s: float = 0.6,
        long_pause_s: float = 1.0,
        min_stretch_s: float = 18.0,
        max_stretch_s: float = 25.0,
        context_words: int = 40,
        threaded: bool = True,
    ):
        self._transcriber = transcriber
        self._hotwords = tuple(hotwords)
        self._pause = _windows(pause_s)
        self._long_pause = _windows(long_pause_s)
        self._min_stretch = _windows(min_stretch_s)
        self._max_stretch = _windows(max_stretch_s)
        self._context_words = context_words
        self._cond = threading.Condition()
        self._pending: list[np.ndarray] = []
        self._finishing = self._closed = False
        self._error: BaseException | None = None
        self._pieces: list[Piece] = []
        self._result: Transcript | None = None
        # worker-owned
        self._vad: SileroVAD | None = None  # only when fed without probabilities
        self._buf = np.zeros(0, dtype=np.float32)  # audio since the last cut (starts on a window)
        self._probs = np.zeros(0, dtype=np.float32)  # VAD probability per full window of _buf
        self._offset = 0  # samples before _buf
        self._committed_s = 0.0  # audio time up to which text is committed
        self._cut_hint = False  # the recorder is in a pause: cut at it now
        self._fed = 0
        #: figures for benchmarks: stretches decoded, seconds spent decoding, largest buffer (s)
        self.stats = {"stretches": 0, "decode_s": 0.0, "max_buffer_s": 0.0}
        self._worker: threading.Thread | None = None
        self._cancel = threading.Event()  # close(): the decode in flight stops at its next segment
        self._abandoned = False
        if threaded:
            from ..process import track

            self._worker = track(threading.Thread(target=self._run, name="whisper-stream", daemon=True))
            self._worker.start()

    # -- called by the recorder / the loop -------------------------------------------------------

    def feed(self, chunk: np.ndarray, probs: np.ndarray | None = None) -> None:
        """Queue a block of float32 mono 16 kHz audio (cheap: safe in an audio callback).

        ``probs``: the VAD probabilities of the 32 ms windows this block completes (counted from
        the answer's first sample), as the recorder computed them; give them always or never.
        """
        block = np.array(chunk, dtype=np.float32, copy=True).reshape(-1)
        item = (block, None if probs is None else np.asarray(probs, dtype=np.float32).reshape(-1))
        if self._worker is None:  # synchronous (batch) mode
            if not (self._finishing or self._closed):
                self._ingest([item])
                self._cut_finished()
            return
        with self._cond:
            if self._finishing or self._closed:
                return
            self._pending.append(item)
            self._cond.notify()

    def preview(self) -> str:
        """Committed text so far."""
        with self._cond:
            return " ".join(p.text for p in self._pieces if p.text)

    def progress(self) -> tuple[str, float]:
        """Committed text so far and the audio time (s) it covers, for the end-of-turn decision.

        The recorder calls this while a pause is under way (0.4 s of silence and more): the stream
        then cuts at that pause and decodes what was said before it at once, instead of waiting
        for the pause to reach ``long_pause_s`` — so the decision can read the last words within
        about half a second. Text ending at a pause the stream has cut is what the decision may
        read (``covered`` at or past the pause's start)."""
        if self._worker is None:  # synchronous: cut and decode here and now
            if not (self._finishing or self._closed):
                self._cut_hint = True
                self._cut_finished()
        else:
            with self._cond:
                if not self._cut_hint:
                    self._cut_hint = True
                    self._cond.notify()
        with self._cond:
            return " ".join(p.text for p in self._pieces if p.text), self._committed_s


    def finish(self, timeout: float | None = None) -> Transcript:
        """Decode what is left and return the whole answer's transcript (idempotent).

        ``timeout`` (threaded only): give up after this many seconds — the stream is then
        abandoned (see :meth:`close`) and :class:`TranscriptionAbandoned` raised. The loop uses it
        when the microphone is lost: the program is ending, and a decode that CTranslate2 cannot
        stop mid-segment (seconds on a busy machine) must not hold the exit."""
        if self._worker is None:
            if not self._finishing:
                self._finishing = True
                self._finish_buffer()
        else:
            with self._cond:
                self._finishing = True
                self._cond.notify()
            if not _join(self._worker, timeout, through_ctrl_c=False):
                self._abandon()
                raise TranscriptionAbandoned(f"transcription given up after {timeout:g} s")
        if isinstance(self._error, VoiceInterviewerError):
            raise self._error
        if self._error is not None:  # a library failure in the worker: one line, not a traceback
            first = (str(self._error).strip().splitlines() or [type(self._error).__name__])[0]
            raise TranscriberError(f"transcription failed: {first}") from self._error
        if self._result is None:
            pieces = self._pieces
            self._result = Transcript(
                text=" ".join(p.text for p in pieces if p.text),
                words=tuple(w for p in pieces for w in p.words),
                duration=self._fed / SAMPLE_RATE,
                speech_segments=tuple(s for p in pieces for s in p.segments),
            )
        return self._result

    def close(self, timeout: float | None = None) -> None:
        """Stop without decoding the rest (the answer was abandoned, or Ctrl-C).

        Waits for the worker to end — a decode in flight is cancelled at its next segment — and a
        second Ctrl-C does not cut the wait short: a worker left inside CTranslate2 while the
        interpreter exits crashes the process. With ``timeout`` the wait is bounded: a worker
        still decoding then is abandoned — it ends on its own at its next segment, and
        :func:`voice_interviewer.process.settle` lets the process leave without it (``os._exit``
        after the session is written), never finalising under it."""
        with self._cond:
            self._closed = True
            self._cond.notify()
        self._cancel.set()
        if self._worker is not None and not self.abandoned and not _join(self._worker, timeout):
            self._abandon()

    @property
    def abandoned(self) -> bool:
        """True once a decode in flight was given up on (:meth:`finish` or :meth:`close` timed out)."""
        return self._abandoned

    def _abandon(self) -> None:
        from ..process import abandon

        with self._cond:
            self._closed = True
            self._cond.notify()
        self._cancel.set()
        self._abandoned = True
        if self._worker is not None:
            abandon(self._worker)

    # -- the worker ------------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while True:
                with self._cond:
                    while not (self._pending or self._finishing or self._closed or self._cut_hint):
                        self._cond.wait()
                    if self._closed:
                        return
                    new, self._pending = self._pending, []
                    finishing = self._finishing
                if new:
                    self._ingest(new)
                self._cut_finished()
                if finishing:
                    self._finish_buffer()
                    return
        except DecodeCancelled:
            return
        except BaseException as exc:  # surfaced by finish()
            self._error = exc

    def _finish_buffer(self) -> None:
        if self._vad is not None:  # our own VAD: its last, partial window
            self._probs = np.concatenate([self._probs, self._vad.feed(np.zeros(0, np.float32), final=True)])
        if len(self._buf):
            self._commit(len(self._buf))

    def _ingest(self, items: list[tuple[np.ndarray, np.ndarray | None]]) -> None:
        samples = np.concatenate([b for b, _ in items])
        given = [p for _, p in items if p is not None]
        if given:
            probs = np.concatenate(given)
        else:
            if self._vad is None:
                self._vad = SileroVAD()
            probs = self._vad.feed(samples)
        self._fed += len(samples)
        self._buf = np.concatenate([self._buf, samples])
        self._probs = np.concatenate([self._probs, probs])
        self.stats["max_buffer_s"] = max(self.stats["max_buffer_s"], len(self._buf) / SAMPLE_RATE)

    def _cut_finished(self) -> None:
        """Decode every stretch that ends in a qualifying pause (or hit the length cap), and the
        stretch before the recorder's pause when it hinted at one."""
        with self._cond:
            hinted, self._cut_hint = self._cut_hint, False
        while True:
            n = len(self._probs)
            runs = speech_runs(self._probs)
            if not runs:  # nothing said yet: keep only a little lead-in
                keep = _windows(PAD_S) + 1
                if n > keep * 2:
                    self._drop((n - keep) * WINDOW)
                return
            cut = None
            pauses = [(e, s2) for (_, e), (s2, _) in zip(runs, runs[1:])] + [(runs[-1][1], n)]
            # Decisions depend only on the audio, never on how far behind the worker is, so a
            # stream and a whole-file transcription cut in the same places: a pause only counts
            # if it starts within max_stretch, and the cut sits a fixed distance into it.
            for start, end in pauses:
                length = end - start
                if start >= self._max_stretch:
                    break
                if length >= self._long_pause or (length >= self._pause and start >= self._min_stretch):
                    cut = start + self._pause // 2
                    break
            if cut is None and n >= self._max_stretch:
                cut = self._quietest(n)
            if cut is None and hinted:
                hinted = False
                cut = self._at_pause(runs, n)
            if cut is None:
                return
            self._commit(cut * WINDOW)

    def _at_pause(self, runs: list[tuple[int, int]], n: int) -> int | None:
        """Where to cut for the recorder's pause hint: inside the trailing pause, when there is one
        that the shared hysteresis calls a pause (speech may have resumed since the hint)."""
        if not runs or n - runs[-1][1] < DEFAULT.min_silence_windows:
            return None
        start = runs[-1][1]
        return start + min(n - start, self._pause // 2)

    def _accounted_until(self, piece: Piece, cut_s: float) -> float:
        """How far the committed words account for what was said: up to the cut, unless speech at
        the end of this stretch came out as no words (a lone "and um" before a thinking pause is
        often dropped) — then only just past the last word, so the end-of-turn decision does not
        read "…two replicas." as the words before this pause."""
        if not piece.segments:
            return cut_s
        words = [w for p in self._pieces for w in p.words]
        last_word = words[-1].end if words else 0.0
        if piece.segments[-1][1] - last_word > 0.6:
            return min(cut_s, last_word + 0.3)
        return cut_s

    def _quietest(self, n: int) -> int:
        """The window between min_stretch and max_stretch where speech is least likely (~0.1 s smoothed)."""
        hi = min(n, self._max_stretch)
        lo = min(self._min_stretch, hi - 1)
        smooth = np.convolve(self._probs[:hi], np.ones(3) / 3, mode="same")
        return lo + int(np.argmin(smooth[lo:hi]))

    def _commit(self, cut: int) -> None:
        stretch, probs = self._buf[:cut], self._probs[: -(-cut // WINDOW)]
        context = ""
        if self._context_words:
            with self._cond:
                committed = " ".join(p.text for p in self._pieces if p.text)
            context = " ".join(committed.split()[-self._context_words:])
        started = time.perf_counter()
        piece = self._transcriber.decode(
            stretch, self._hotwords, probs, offset=self._offset / SAMPLE_RATE, context=context,
            cancel=self._cancel,
        )
        self.stats["decode_s"] += time.perf_counter() - started
        self.stats["stretches"] += 1
        with self._cond:
            self._pieces.append(piece)
            self._committed_s = self._accounted_until(piece, (self._offset + cut) / SAMPLE_RATE)
        self._drop(cut)

    def _drop(self, cut: int) -> None:
        cut = min(cut, len(self._buf))
        self._buf = self._buf[cut:].copy()
        self._probs = self._probs[cut // WINDOW :].copy()
        self._offset += cut
