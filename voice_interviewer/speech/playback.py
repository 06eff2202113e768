"""Playing samples on the output device, and returning only when they have really been heard.

:func:`play` feeds a callback stream and watches it, so a lost or stalled device ends the wait
with :class:`PlaybackError` instead of hanging the interview; :func:`tone_samples` makes the soft
cue that says "your turn".
"""

from __future__ import annotations

import threading
import time

import numpy as np

from ..errors import SpeakerError
from ..process import audio_failures
from ..seams import SAMPLE_RATE

__all__ = ["PlaybackError", "play", "tone_samples"]


class PlaybackError(SpeakerError):
    """Synthesis worked but the output device could not play it (every engine would fail alike)."""



def tone_samples(frequency: float = 880.0, seconds: float = 0.15, rate: int = SAMPLE_RATE,
                 volume: float = 0.15) -> np.ndarray:
    """A soft sine with short fades, so the cue never clicks."""
    t = np.arange(int(rate * seconds)) / rate
    wave_ = volume * np.sin(2 * np.pi * frequency * t)
    fade = min(len(t) // 4, int(rate * 0.02))
    if fade:
        ramp = np.linspace(0.0, 1.0, fade)
        wave_[:fade] *= ramp
        wave_[-fade:] *= ramp[::-1]
    return wave_.astype(np.float32)


def play(audio: np.ndarray, rate: int, device: int | str | None = None, timeout_extra: float = 10.0,
         *, first_block_s: float = 5.0, stall_s: float = 3.0) -> None:
    """Play samples on ``device`` (default output) and return when they have really been heard.

    A callback stream feeds the samples; ``finished_callback`` sets an event. A watchdog ends the
    wait with :class:`PlaybackError` when the device is lost: PortAudio reports a host-API failure
    (seen through the filtered stderr, :func:`~voice_interviewer.process.audio_failures`: the
    fast path, well under a second), the stream finishes before every sample was taken, no first
    callback comes within ``first_block_s`` (a waking PulseAudio takes ~1.5 s), or none for
    ``stall_s`` after that (generous: loading the Whisper model in the background can hold the
    GIL, and so the callback, for a second or more on two busy cores). The overall deadline (the
    audio's length plus the larger of ``timeout_extra`` and half the length) still bounds a slow
    device.
    Measured here (PulseAudio, 2 busy cores): with PortAudio's default ~35 ms latency the Python
    callback underruns and 2 s of audio took 5-8 s; with 0.5 s it plays in real time. PortAudio
    may report "finished" once the last block is *queued*, so we also never return before the
    audio's own duration has elapsed since the first callback.

    The stream is always *aborted*, never stopped, on the way out of an error, and through
    :func:`~voice_interviewer.process.run_bounded`: when the sound server is gone, PortAudio's ALSA
    thread can spin and a plain stop would wait for it forever.
    """
    try:
        import sounddevice as sd
    except (ImportError, OSError) as exc:
        raise PlaybackError(f"sounddevice/PortAudio unavailable ({exc})") from None
    audio = np.ascontiguousarray(audio, dtype=np.float32).reshape(-1)
    if device is not None:
        from .devices import find_device

        device = find_device(device, "output")
    try:
        info = sd.query_devices(device, "output")
    except (ValueError, sd.PortAudioError) as exc:
        raise PlaybackError(f"no audio output device ({exc})") from None
    try:
        sd.check_output_settings(device=device, samplerate=rate, channels=1, dtype="float32")
    except (ValueError, sd.PortAudioError):
        from .audio import resample

        audio, rate = resample(audio, rate, int(info["default_samplerate"])), int(info["default_samplerate"])
    done = threading.Event()
    pos = 0
    started: list[float] = []
    last_call = [0.0]

    def callback(outdata, frames, time_info, status):
        nonlocal pos
        last_call[0] = time.monotonic()
        if not started:
            started.append(last_call[0])
        n = min(frames, len(audio) - pos)
        outdata[:n, 0] = audio[pos : pos + n]
        outdata[n:, 0] = 0.0
        pos += n
        if pos >= len(audio):
            raise sd.CallbackStop

    seconds = len(audio) / rate
    failures_before = audio_failures()
    try:
        stream = sd.OutputStream(samplerate=rate, channels=1, dtype="float32", device=device, latency=0.5,
                                 callback=callback, finished_callback=done.set)
    except sd.PortAudioError as exc:
        raise PlaybackError(f"audio output failed: {exc}") from None
    ok = False
    try:
        stream.start()
        opened = time.monotonic()
        deadline = opened + seconds + max(timeout_extra, seconds / 2)
        while not done.wait(0.1):
            now = time.monotonic()
            if not started and now - opened > first_block_s:
                raise PlaybackError("audio output lost (the device never asked for sound; "
                                    "is the sound server running?)")
            if audio_failures() > failures_before:  # some stream's device failed: the server is going
                raise PlaybackError("audio output lost (the audio library reports a device failure; "
                                    "the sound server went away or the headset dropped)")
            if started and now - last_call[0] > stall_s:
                raise PlaybackError("audio output lost (the device stopped playing; "
                                    "the sound server went away or the headset dropped)")
            if now > deadline:
                raise PlaybackError("audio output stalled (the device stopped consuming samples)")
        if pos < len(audio):  # PortAudio ended the stream itself: its device failed
            raise PlaybackError("audio output lost (the stream ended early; "
                                "the sound server went away or the headset dropped)")
        left = (started[0] + seconds + stream.latency) - time.monotonic() if started else 0.0
        if left > 0:
            time.sleep(left)
        ok = True
    except sd.PortAudioError as exc:
        raise PlaybackError(f"audio output failed: {exc}") from None
    finally:
        _close_stream(stream, graceful=ok)


def _close_stream(stream, *, graceful: bool) -> None:
    """Close a PortAudio stream without ever hanging: abort unless it finished cleanly, bounded."""
    from ..process import run_bounded

    def close() -> None:
        if not graceful:
            stream.abort()
        stream.close()

    run_bounded(close, 1.0, "audio output stream")
