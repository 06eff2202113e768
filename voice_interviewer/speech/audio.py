"""Audio files in and out: decode anything to float32 mono 16 kHz, save WAVs atomically.

Decoding streams block by block (soundfile first, PyAV for anything libsndfile cannot read), so a
long file never sits in memory at its original rate and channel count; the length is checked from
the header before any sample is decoded. Every failure is one :class:`AudioError` line that names
the file.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from ..errors import AudioError
from ..seams import SAMPLE_RATE

__all__ = ["SAMPLE_RATE", "Resampler", "load_audio", "resample", "save_wav"]

_BLOCK = 1 << 16  # frames decoded per step
#: Below this correlation the first two channels carry different sound (two speakers on a call
#: recording, say): mixing them would transcribe both at once. The same voice on both is ~1.
DIFFERENT_CHANNELS = 0.5
#: libsoxr's quality preset for every resampling here ("HQ", 20-bit precision: python-soxr's default;
#: benchmarks/resample.py measures its cost and what it lets through).
QUALITY = "HQ"


class Resampler:
    """Streaming band-limited resampler: libsoxr through python-soxr's ``ResampleStream``.

    Why not linear interpolation: going 44.1/48 kHz → 16 kHz without a low-pass folds everything
    above 8 kHz back into the speech band, which costs Whisper accuracy. libsoxr's "HQ" filter
    (the field's usual choice) keeps the speech band flat and removes what 16 kHz cannot carry, at
    C speed. Its state carries over between :meth:`process` calls, so the microphone recorder can
    resample block by block without clicks at block edges; the blocks joined equal
    :func:`resample` of the whole array, sample for sample.
    """

    def __init__(self, from_rate: int, to_rate: int = SAMPLE_RATE):
        if from_rate <= 0 or to_rate <= 0:
            raise ValueError(f"sample rates must be positive, got {from_rate} -> {to_rate}")
        self.from_rate, self.to_rate = int(from_rate), int(to_rate)
        self._stream = None
        if self.from_rate != self.to_rate:
            import soxr

            self._stream = soxr.ResampleStream(self.from_rate, self.to_rate, 1, dtype="float32", quality=QUALITY)

    def process(self, block: np.ndarray) -> np.ndarray:
        """Feed input samples; returns the output samples that are ready."""
        block = np.ascontiguousarray(block, dtype=np.float32).reshape(-1)
        if self._stream is None:
            return block.copy()
        return np.asarray(self._stream.resample_chunk(block), dtype=np.float32)

    def flush(self) -> np.ndarray:
        """The remaining outputs, treating the time after the last input as silence."""
        if self._stream is None:
            return np.zeros(0, dtype=np.float32)
        return np.asarray(self._stream.resample_chunk(np.zeros(0, dtype=np.float32), last=True), dtype=np.float32)


def resample(audio: np.ndarray, from_rate: int, to_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Resample a whole float32 mono array (band-limited); returns it unchanged if the rates match."""
    audio = np.ascontiguousarray(audio, dtype=np.float32).reshape(-1)
    if from_rate == to_rate:
        return audio
    if from_rate <= 0 or to_rate <= 0:
        raise ValueError(f"sample rates must be positive, got {from_rate} -> {to_rate}")
    import soxr

    return np.asarray(soxr.resample(audio, int(from_rate), int(to_rate), quality=QUALITY), dtype=np.float32)


def _mono(block: np.ndarray, channel: int | None) -> np.ndarray:
    if block.ndim == 1:
        return block
    if channel is not None:
        return block[:, min(channel, block.shape[1] - 1)]
    return block.mean(axis=1, dtype=np.float32)


def _soundfile_blocks(path: Path, max_seconds: float) -> tuple[int, Iterator[np.ndarray]] | None:
    """(rate, blocks of shape (n, channels)) via libsndfile, or None if it cannot read the file."""
    import soundfile as sf

    try:
        info = sf.info(str(path))
    except (sf.LibsndfileError, RuntimeError, ValueError):
        return None
    if info.samplerate <= 0:
        return None
    duration = info.frames / info.samplerate
    if info.frames <= 0:
        raise AudioError(f"{path}: contains no audio (0 seconds)")
    if duration > max_seconds:
        raise AudioError(f"{path}: {duration:.0f} s of audio is longer than the {max_seconds:.0f} s limit")

    def blocks() -> Iterator[np.ndarray]:
        try:
            yield from sf.blocks(str(path), blocksize=_BLOCK, dtype="float32", always_2d=True)
        except (sf.LibsndfileError, RuntimeError) as exc:
            raise AudioError(f"{path}: audio data is damaged ({exc})") from None

    return info.samplerate, blocks()


def _pyav_blocks(path: Path, max_seconds: float) -> tuple[int, Iterator[np.ndarray]]:
    """(rate, blocks) via PyAV/FFmpeg for formats libsndfile lacks (m4a, webm, opus…)."""
    try:
        import av
    except ImportError:  # pragma: no cover - av comes with faster-whisper
        raise AudioError(f"{path}: not a WAV/FLAC/MP3/OGG audio file") from None
    try:
        container = av.open(str(path))
        stream = next(s for s in container.streams if s.type == "audio")
    except (av.FFmpegError, StopIteration, OSError, ValueError, UnicodeDecodeError):
        raise AudioError(f"{path}: not a readable audio file (expected WAV, FLAC, MP3 or OGG)") from None
    rate = stream.rate or SAMPLE_RATE
    if container.duration is not None and container.duration / 1e6 > max_seconds:
        container.close()
        raise AudioError(f"{path}: audio is longer than the {max_seconds:.0f} s limit")

    def blocks() -> Iterator[np.ndarray]:
        to_float = av.AudioResampler(format="flt", layout=stream.layout.name, rate=rate)
        try:
            for frame in container.decode(stream):
                for f in to_float.resample(frame):
                    yield f.to_ndarray().reshape(-1, len(stream.layout.channels))
        except av.FFmpegError as exc:
            raise AudioError(f"{path}: audio data is damaged ({exc})") from None
        finally:
            container.close()

    return rate, blocks()


def _channel_sums(block: np.ndarray) -> np.ndarray:
    """Sums of left², right² and left·right of one block (for :func:`channel_correlation`)."""
    left, right = block[:, 0].astype(np.float64), block[:, 1].astype(np.float64)
    return np.array([left @ left, right @ right, left @ right])


def channel_correlation(sums: np.ndarray) -> float | None:
    """How alike the first two channels are (1: the same sound; ~0: unrelated).

    None when one side is (nearly) silent, 20 dB or more below the other: then there is one
    sound to hear, and mixing only lowers its level.
    """
    ll, rr, lr = (float(x) for x in sums)
    if min(ll, rr) <= 0.01 * max(ll, rr) or max(ll, rr) == 0:
        return None
    return lr / math.sqrt(ll * rr)


def load_audio(path: str | os.PathLike, *, max_seconds: float = 3600, channel: int | None = None,
               warn: Callable[[str], None] | None = None) -> np.ndarray:
    """Decode an audio file to float32 mono 16 kHz in [-1, 1].

    Args:
        path: WAV, FLAC, MP3 or OGG at any sample rate, mono or multi-channel.
        max_seconds: refuse longer files (checked from the header before decoding).
        channel: take one channel (0 = left, 1 = right) instead of averaging them all.
        warn: told, in one line naming the file, when channels that differ were mixed (see
            :data:`DIFFERENT_CHANNELS`): a caller can then offer to pick one.
    """
    path = Path(path)
    if not path.exists():
        raise AudioError(f"{path}: no such file")
    if path.is_dir():
        raise AudioError(f"{path}: is a directory, not an audio file")
    if path.stat().st_size == 0:
        raise AudioError(f"{path}: file is empty")
    opened = _soundfile_blocks(path, max_seconds) or _pyav_blocks(path, max_seconds)
    rate, blocks = opened
    resampler = Resampler(rate) if rate != SAMPLE_RATE else None
    out: list[np.ndarray] = []
    seen = 0
    sums = np.zeros(3)
    for block in blocks:
        seen += len(block)
        if seen > (max_seconds + 1) * rate:
            raise AudioError(f"{path}: audio is longer than the {max_seconds:.0f} s limit")
        if channel is None and block.ndim == 2 and block.shape[1] >= 2:
            sums += _channel_sums(block)
        mono = _mono(block, channel)
        out.append(resampler.process(mono) if resampler else mono.copy())
    if resampler:
        out.append(resampler.flush())
    audio = np.concatenate(out) if out else np.zeros(0, dtype=np.float32)
    if len(audio) == 0:
        raise AudioError(f"{path}: contains no audio (0 seconds)")
    alike = channel_correlation(sums)
    if warn is not None and alike is not None and alike < DIFFERENT_CHANNELS:
        warn(f"{path}: its left and right channels hold different sound (correlation {alike:.2f}); "
             "they were mixed into one")
    return np.clip(audio, -1.0, 1.0, out=audio)


def save_wav(path: str | os.PathLike, audio: np.ndarray, rate: int = SAMPLE_RATE) -> Path:
    """Write 16-bit PCM mono atomically (``<name>.tmp`` then rename), readable by the owner only.

    Why atomic: an answer WAV is evidence in a saved session; a crash mid-write must leave either
    the old file or none, never half a file that replay later chokes on.
    """
    import soundfile as sf

    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    pcm = np.clip(np.asarray(audio, dtype=np.float32).reshape(-1), -1.0, 1.0)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            sf.write(fh, pcm, rate, subtype="PCM_16", format="WAV")
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AudioError(f"{path}: cannot write audio ({exc.strerror or exc})") from None
    return path
