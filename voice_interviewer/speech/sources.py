"""Where an answer's audio comes from: the microphone, or a file fed as a microphone would.

* :class:`MicrophoneSource` — a sounddevice ``InputStream`` whose callback puts blocks on a queue;
  16 kHz mono (opened at the device's own rate and resampled when it cannot do 16 kHz). It notices
  a device that stops delivering (unplugged, the sound server gone) and ends with ``lost`` set.
  :meth:`MicrophoneSource.probe` reads the room from the same stream before the question is asked
  (practice's quiet microphone check): a second stream on the device would leave this one deaf.
* :class:`FileSource` — a file or an array as blocks, at speaking pace when ``realtime``.

Both implement :class:`~voice_interviewer.seams.AudioSource`; :func:`~voice_interviewer.speech.recorder.listen`
reads them.
"""

from __future__ import annotations

import queue
import time
from typing import Callable, Iterator

import numpy as np

from ..errors import DeviceError
from ..process import audio_failures
from ..seams import SAMPLE_RATE

__all__ = ["FileSource", "MicrophoneSource"]


class FileSource:
    """An answer from a file or an array, as ``chunk_seconds`` blocks; at speaking pace if ``realtime``."""

    def __init__(self, path_or_array, realtime: bool = False, chunk_seconds: float = 0.05,
                 sleep: Callable[[float], None] = time.sleep):
        if isinstance(path_or_array, np.ndarray):
            self.audio = np.asarray(path_or_array, dtype=np.float32).reshape(-1)
            self.name = "<array>"
        else:
            from .audio import load_audio

            self.audio = load_audio(path_or_array)
            self.name = str(path_or_array)
        self.realtime, self.chunk = realtime, max(1, int(chunk_seconds * SAMPLE_RATE))
        self._sleep = sleep
        self._closed = False

    def chunks(self) -> Iterator[np.ndarray]:
        start = time.monotonic()
        for i in range(0, len(self.audio), self.chunk):
            if self._closed:
                return
            if self.realtime:
                ahead = i / SAMPLE_RATE - (time.monotonic() - start)
                if ahead > 0:
                    self._sleep(ahead)
            yield self.audio[i : i + self.chunk]

    def close(self) -> None:
        self._closed = True


class MicrophoneSource:
    """The microphone through a sounddevice ``InputStream`` (callback → queue), 16 kHz mono out.

    Call :meth:`start` early (before the question is spoken): opening a PulseAudio stream can
    take a moment, and audio captured before ``chunks()`` is first iterated is dropped except its
    last ``pre_roll_s`` (so the question's own sound is not part of the answer, but a candidate
    who starts the instant the question ends keeps the first syllable).

    ``chunks()`` yields ~``block_seconds`` blocks, and empty arrays while waiting so
    :func:`listen` stays responsive; if the device stops delivering (unplugged, PulseAudio gone)
    it ends and sets ``lost``.
    """

    def __init__(self, device: int | str | None = None, samplerate: int | None = None,
                 block_seconds: float = 0.05, lost_after_s: float = 2.0, pre_roll_s: float = 0.5):
        from .devices import _sd, find_device

        self._sdmod = _sd()
        self.device = find_device(device, "input")
        self.samplerate = samplerate or self._pick_rate()
        self.block = max(1, int(SAMPLE_RATE * block_seconds))
        self.lost_after_s, self.pre_roll_s = lost_after_s, pre_roll_s
        self.start_grace_s = 10.0
        self._got_audio = False
        self.failed_grace_s = 0.5  # no audio this long after PortAudio reported a failure: lost
        self._failures_at_start = audio_failures()
        self.lost = False
        self.overflows = 0
        self._queue: queue.Queue = queue.Queue()
        self._stream = None
        self._resampler = None
        if self.samplerate != SAMPLE_RATE:
            from .audio import Resampler

            self._resampler = Resampler(self.samplerate, SAMPLE_RATE)

    def _pick_rate(self) -> int:
        sd = self._sdmod
        try:
            sd.check_input_settings(device=self.device, samplerate=SAMPLE_RATE, channels=1, dtype="float32")
            return SAMPLE_RATE
        except (ValueError, sd.PortAudioError):
            return int(sd.query_devices(self.device, "input")["default_samplerate"])

    def _callback(self, indata, frames, time_info, status) -> None:
        if status.input_overflow:
            self.overflows += 1
        self._queue.put(indata[:, 0].copy())

    def start(self) -> None:
        """Open the stream (idempotent). blocksize=0 lets PortAudio deliver whatever the host has
        (chunks() regroups it into ~50 ms blocks). The first block can take ~1.5 s when PulseAudio
        wakes a suspended source, which is why the loop should call this before speaking."""
        if self._stream is not None:
            return
        from .playback import StartHung, start_stream

        sd = self._sdmod
        try:
            self._stream = sd.InputStream(samplerate=self.samplerate, channels=1, dtype="float32",
                                          device=self.device, blocksize=0,
                                          callback=self._callback,
                                          finished_callback=lambda: self._queue.put(None))
            # bounded: PortAudio's ALSA start deadlocks when the sound server goes away meanwhile
            start_stream(self._stream, "microphone stream")
        except (sd.PortAudioError, ValueError, StartHung) as exc:
            self._stream = None  # never closed when its start hung: that would wait forever too
            raise DeviceError(f"cannot open the microphone (device {self.device}; unplugged, or the sound "
                              f"server went away?): {exc}") from None

    def _convert(self, block: np.ndarray) -> np.ndarray:
        return self._resampler.process(block) if self._resampler else block

    def probe(self, seconds: float, wait_s: float = 3.0) -> np.ndarray:
        """Up to ``seconds`` of 16 kHz audio read now from this stream (started if need be), for a
        look at the input before the question is asked. Waits at most ``seconds + wait_s`` (a
        suspended PulseAudio source takes ~1.5 s to deliver its first block); what it reads is not
        part of the answer. Empty when nothing came in time: the answer's own loop then says
        whether the device is lost."""
        self.start()
        got: list[np.ndarray] = []
        need, have = int(seconds * SAMPLE_RATE), 0
        deadline = time.monotonic() + seconds + wait_s
        while have < need:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                block = self._queue.get(timeout=min(0.1, left))
            except queue.Empty:
                continue
            if block is None:  # the stream ended: leave the mark for chunks()
                self._queue.put(None)
                break
            self._got_audio = True
            block = self._convert(block)
            got.append(block)
            have += len(block)
        return np.concatenate(got)[:need] if got else np.zeros(0, dtype=np.float32)

    def _drain_pre_roll(self) -> list[np.ndarray]:
        """What was captured before listening began, cut to the last ``pre_roll_s``."""
        got = []
        while True:
            try:
                block = self._queue.get_nowait()
            except queue.Empty:
                break
            if block is None:
                self._queue.put(None)
                break
            got.append(self._convert(block))
            self._got_audio = True
        keep = int(self.pre_roll_s * SAMPLE_RATE)
        audio = np.concatenate(got) if got else np.zeros(0, dtype=np.float32)
        return [audio[len(audio) - keep:]] if keep and len(audio) else []

    def chunks(self) -> Iterator[np.ndarray]:
        self.start()
        empty = np.zeros(0, dtype=np.float32)
        pending = self._drain_pre_roll()
        have = sum(len(b) for b in pending)
        quiet_since = time.monotonic()
        while self._stream is not None:
            try:
                block = self._queue.get(timeout=0.1)
            except queue.Empty:
                # PulseAudio can take ~2 s to deliver the first block (a suspended source waking
                # up), so the first one gets a longer grace than a stream that stops mid-answer.
                grace = self.lost_after_s if self._got_audio else max(self.lost_after_s, self.start_grace_s)
                if audio_failures() > self._failures_at_start:  # PortAudio says its host API failed
                    grace = min(grace, self.failed_grace_s)
                if time.monotonic() - quiet_since > grace or not self._stream.active:
                    self.lost = True
                    break
                yield empty
                continue
            self._got_audio = True
            if block is None:  # the stream finished on its own: the device went away
                self.lost = self._stream is not None
                break
            quiet_since = time.monotonic()
            block = self._convert(block)
            pending.append(block)
            have += len(block)
            if have >= self.block:
                yield np.concatenate(pending)
                pending, have = [], 0
        if pending:
            yield np.concatenate(pending)

    def close(self) -> None:
        """Abort and close the stream, bounded: with the sound server gone, PortAudio's ALSA
        thread can spin and a close may never return (the process is then marked wedged and
        leaves without waiting for it)."""
        stream, self._stream = self._stream, None
        if stream is not None:
            from ..process import run_bounded

            def close() -> None:
                stream.abort()
                stream.close()

            run_bounded(close, 1.0, "microphone stream")
