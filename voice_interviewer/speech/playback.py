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

__all__ = ["PlaybackError", "START_TIMEOUT_S", "play", "start_stream", "tone_samples"]

#: The longest a PortAudio stream start may take before it is given up on. A healthy start is far
#: quicker (PortAudio's ALSA host itself gives up after 1 s of waiting for its callback thread).
START_TIMEOUT_S = 3.0
START_AFTER_FAILURE_S = 0.3  # once PortAudio reports a host-API failure, the start gets only this much more


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


class StartHung(Exception):
    """A stream's start never returned: the stream is left as it is (never stopped nor closed)."""


def start_stream(stream, what: str, timeout: float | None = None) -> None:
    """``stream.start()``, bounded: raises :class:`StartHung` when it has not returned in time.

    PortAudio 19.6's ALSA host API (Debian/Ubuntu's libportaudio2) deadlocks ``Pa_StartStream`` when
    the device fails while the stream starts — the sound server going away between opening and
    starting: the callback thread takes the start mutex, ``AlsaStart`` fails, and the thread exits
    still holding it; the caller then waits for that mutex forever, inside native code, so even
    SIGTERM's handler never runs (PortAudio issue #535). Seen here as a practice run that never
    ended, with nothing on stderr, when the sound server stopped as the follow-up question began.

    The start runs in a helper thread, given up on after ``timeout`` seconds (default
    :data:`START_TIMEOUT_S`), or :data:`START_AFTER_FAILURE_S` after PortAudio reports a host-API
    failure (the failed ``AlsaStart`` prints one: :func:`~voice_interviewer.process.audio_failures`).
    A thread given up on is abandoned (:func:`~voice_interviewer.process.abandon`): the process then
    leaves with ``os._exit`` rather than wait for it, and the caller must never touch ``stream``
    again (closing it would wait on the same mutex). The start's own errors are raised here.
    """
    from ..process import abandon, track

    done = threading.Event()
    error: list[BaseException] = []

    def go() -> None:
        try:
            stream.start()
        except BaseException as exc:  # handed to the caller
            error.append(exc)
        finally:
            done.set()

    failures_before = audio_failures()
    thread = track(threading.Thread(target=go, name=f"start:{what}", daemon=True))
    thread.start()
    deadline = time.monotonic() + (START_TIMEOUT_S if timeout is None else timeout)
    failed_at: float | None = None
    while not done.wait(0.02):
        now = time.monotonic()
        if failed_at is None and audio_failures() > failures_before:
            failed_at = now
        if now > deadline or (failed_at is not None and now - failed_at > START_AFTER_FAILURE_S):
            abandon(thread)
            raise StartHung(f"the {what} did not start (the sound server went away?)")
    if error:
        raise error[0]


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
    ok = hung = False
    try:
        try:
            start_stream(stream, "audio output stream")
        except StartHung:
            hung = True
            raise PlaybackError("audio output lost (the stream would not start; the sound server went "
                                "away or the headset dropped)") from None
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
        if not hung:  # a start that never returned holds the stream: closing it would hang as well
            _close_stream(stream, graceful=ok)


def _close_stream(stream, *, graceful: bool) -> None:
    """Close a PortAudio stream without ever hanging: abort unless it finished cleanly, bounded."""
    from ..process import run_bounded

    def close() -> None:
        if not graceful:
            stream.abort()
        stream.close()

    run_bounded(close, 1.0, "audio output stream")
