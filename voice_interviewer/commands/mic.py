"""``check-mic``: is the microphone good enough to be heard? Level, noise floor, clipping, rate.

It records a few seconds while the candidate reads a sentence aloud, then reports the speech level
(the loudness of the 32 ms windows the VAD calls speech), the noise floor (the quiet windows), the
signal-to-noise ratio, clipping and the device's rate, with one clear warning and fix for each
problem. ``--play`` plays the recording back. :func:`quick_check` is the silent version
``practice`` runs before the first question: one second of room sound from the interview's own
microphone stream, one line only when something looks wrong (a muted or dead input, a loud room, a
clipping input).

:func:`assess` is pure (numbers in, a :class:`MicCheck` out); the thresholds were chosen on the
virtual microphone with the spoken fixtures at their own level (speech ~ -22 dBFS) and scaled.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass, field

import numpy as np

SENTENCE = "We version the data with DVC, track every run in MLflow, and deploy to Kubernetes."
QUIET_DBFS = -38.0  # speech softer than this is hard for the recogniser
LOUD_ROOM_SNR_DB = 15.0  # speech less than this above the noise floor
NOISY_FLOOR_DBFS = -45.0  # a room this loud between words (fans, traffic, other people)
DEAD_DBFS = -90.0  # an input this silent is muted or disconnected
CLIP_LEVEL = 0.99
CLIP_FRACTION = 0.001  # more than 0.1 % of samples at full scale


@dataclass
class MicCheck:
    """What a few seconds of microphone input say about it."""

    seconds: float
    speech_s: float
    speech_dbfs: float | None
    noise_dbfs: float
    snr_db: float | None
    peak_dbfs: float
    clipped_fraction: float
    device_rate: int | None = None
    device: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.warnings


def _dbfs(power: float) -> float:
    return round(10 * np.log10(max(power, 1e-12)), 1)


def assess(audio: np.ndarray, probs: np.ndarray, *, window: int = 512, expect_speech: bool = True,
           device_rate: int | None = None, device: str | None = None) -> MicCheck:
    """Levels of ``audio`` (16 kHz float32) given its VAD ``probs`` per ``window`` samples."""
    audio = np.asarray(audio, dtype=np.float32).reshape(-1)
    n = min(len(probs), len(audio) // window)
    frames = audio[: n * window].reshape(n, window).astype(np.float64) if n else np.zeros((0, window))
    power = np.mean(frames ** 2, axis=1) if n else np.zeros(0)
    probs = np.asarray(probs[:n])
    speech, quiet = power[probs >= 0.5], power[probs < 0.35]
    speech_db = _dbfs(float(np.mean(speech))) if len(speech) >= 6 else None
    # the noise floor: the quiet windows' median (a cough or a click between words does not count)
    noise_db = _dbfs(float(np.median(quiet))) if len(quiet) else (_dbfs(float(np.min(power))) if n else -120.0)
    peak = float(np.max(np.abs(audio))) if len(audio) else 0.0
    clipped = float(np.mean(np.abs(audio) >= CLIP_LEVEL)) if len(audio) else 0.0
    check = MicCheck(seconds=round(len(audio) / 16000, 2), speech_s=round(len(speech) * window / 16000, 2),
                     speech_dbfs=speech_db, noise_dbfs=noise_db,
                     snr_db=None if speech_db is None else round(speech_db - noise_db, 1),
                     peak_dbfs=_dbfs(peak * peak), clipped_fraction=round(clipped, 5),
                     device_rate=device_rate, device=device)
    w = check.warnings
    if peak == 0.0 or check.peak_dbfs <= DEAD_DBFS:
        w.append("the input is silent (muted, or the wrong device): unmute it in the system's sound "
                 "settings, or pick another with --input-device (see `voice-interviewer devices`)")
        return check
    if clipped > CLIP_FRACTION:
        w.append(f"the input clips ({clipped:.1%} of samples at full scale): lower the input volume "
                 "or move the microphone further from your mouth")
    if expect_speech and speech_db is None:
        w.append("no speech heard: speak during the recording, and check that this is the microphone "
                 "you talk into (--input-device)")
    elif speech_db is not None and speech_db < QUIET_DBFS:
        w.append(f"your voice is too quiet ({speech_db:.0f} dBFS): raise the input volume or move "
                 "closer to the microphone")
    if check.snr_db is not None and check.snr_db < LOUD_ROOM_SNR_DB:
        w.append(f"the room is loud for your voice (speech only {check.snr_db:.0f} dB above the noise): "
                 "move away from fans or talk, close the window, or use a headset microphone")
    elif speech_db is None and noise_db > NOISY_FLOOR_DBFS:
        w.append(f"the room is noisy ({noise_db:.0f} dBFS between words): move away from fans or talk, "
                 "or use a headset microphone")
    return check


def record(seconds: float, device=None, progress: bool = True) -> tuple[np.ndarray, int, str]:
    """``seconds`` of 16 kHz microphone audio; (audio, the device's own rate, its name)."""
    from ..speech.sources import MicrophoneSource

    src = MicrophoneSource(device)
    name = None
    try:
        import sounddevice as sd

        name = sd.query_devices(src.device, "input")["name"] if src.device is not None else None
    except Exception:
        pass
    src.start()
    src.pre_roll_s = 0.0
    got, need = [], int(seconds * 16000)
    bar = None
    try:
        if progress:
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            bar = Progress(TextColumn("[red]● recording"), BarColumn(), TimeRemainingColumn(),
                           transient=True, console=_err_console())
            bar.start()
            task = bar.add_task("rec", total=need)
        started = time.monotonic()
        for chunk in src.chunks():
            got.append(chunk)
            have = sum(len(c) for c in got)
            if bar is not None:
                bar.update(task, completed=min(have, need))
            if have >= need or time.monotonic() - started > seconds + 10:
                break
    finally:
        if bar is not None:
            bar.stop()
        src.close()
    audio = np.concatenate(got)[:need] if got else np.zeros(0, np.float32)
    return audio, int(src.samplerate), name


def _err_console():
    from rich.console import Console

    return Console(stderr=True)


def measure(audio: np.ndarray, **kw) -> MicCheck:
    from ..speech.vad import speech_probabilities

    return assess(audio, speech_probabilities(audio) if len(audio) else np.zeros(0), **kw)


def quick_check(source, seconds: float = 1.0, say=None) -> MicCheck | None:
    """practice's quiet look at the input before the first question: ``seconds`` of room sound read
    from the interview's own microphone stream (``source.probe``, a :class:`MicrophoneSource`; a
    second stream opened and closed on the device first left the interview's deaf on PulseAudio).
    When something looks wrong, ``say`` gets one line: the first problem and its fix.

    Never raises and never stops the interview: a microphone that cannot open is the interview's
    own error to report, and one that delivers nothing in time is simply not judged."""
    try:
        audio = source.probe(seconds)
        if len(audio) < int(seconds * 16000) // 2:
            return None
        check = measure(audio, expect_speech=False, device_rate=int(source.samplerate))
    except Exception:
        return None
    if check.warnings:
        (say or (lambda s: print(s, file=sys.stderr)))(
            f"microphone: {check.warnings[0]} (voice-interviewer check-mic for the full check)")
    return check


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check-mic", help="check the microphone: speech level, noise floor, clipping",
                       description="Record a few seconds while you read a sentence aloud and report the "
                                   "speech level, the noise floor, clipping and the device's rate, with a "
                                   "fix for each problem. Exit status 1 when something needs fixing.")
    p.add_argument("--seconds", type=float, default=5.0, help="how long to record (default 5)")
    p.add_argument("--input-device", metavar="DEVICE", default=None,
                   help="microphone: index or part of the name (see `voice-interviewer devices`)")
    p.add_argument("--play", action="store_true", help="play the recording back afterwards")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.set_defaults(func=cmd_check_mic)


def cmd_check_mic(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..speech.devices import find_device

    if not 1.0 <= args.seconds <= 60.0:
        raise UsageError("--seconds must be between 1 and 60")
    device = find_device(args.input_device, "input")
    err = _err_console()
    if not args.json:
        err.print(f"Read this aloud when the recording starts:\n  [bold]{SENTENCE}[/]")
        for n in (2, 1):
            err.print(f"[dim]{n}…[/]")
            time.sleep(0.5)
    audio, rate, name = record(args.seconds, device, progress=not args.json)
    check = measure(audio, device_rate=rate, device=name)
    if args.json:
        print(json.dumps({**asdict(check), "ok": check.ok}))
    else:
        speech = "—" if check.speech_dbfs is None else f"{check.speech_dbfs:.0f} dBFS"
        snr = "—" if check.snr_db is None else f"{check.snr_db:.0f} dB"
        print(f"device:       {name or device} at {rate} Hz" + ("" if rate == 16000 else " (resampled to 16 kHz)"))
        print(f"speech level: {speech} ({check.speech_s:.1f} s of speech heard)")
        print(f"noise floor:  {check.noise_dbfs:.0f} dBFS   signal-to-noise: {snr}")
        print(f"peak:         {check.peak_dbfs:.0f} dBFS   clipped: {check.clipped_fraction:.2%}")
        for line in check.warnings:
            print(f"warning: {line}")
        if check.ok:
            print("ok: the microphone is fine for an interview")
    if args.play and len(audio):
        from ..speech.speaker import play

        play(audio, 16000)
    return 0 if check.ok else 1
