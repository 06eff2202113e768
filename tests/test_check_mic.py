"""check-mic: the level figures (pure) and the command against the PulseAudio virtual microphone,
with real speech played into it at its own level, far too quietly, and clipped."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from voice_interviewer.commands.mic import assess

ROOT = Path(__file__).resolve().parents[1]
SPOKEN = ROOT / "audio_fixtures" / "strong" / "ml-cicd.ogg"


def _speechlike(seconds=4.0, level=0.1, noise=0.001, seed=0):
    rng = np.random.default_rng(seed)
    n = int(seconds * 16000)
    audio = noise * rng.standard_normal(n)
    audio[16000 : n - 8000] += level * np.sin(2 * np.pi * 220 * np.arange(n - 24000) / 16000)
    probs = np.zeros(n // 512)
    probs[16000 // 512 + 1 : (n - 8000) // 512 - 1] = 0.9
    return audio.astype(np.float32), probs


def test_assess_reports_level_noise_and_no_warning_for_a_good_input():
    audio, probs = _speechlike()
    check = assess(audio, probs, device_rate=48000)
    assert check.ok, check.warnings
    assert check.speech_dbfs == pytest.approx(-23, abs=1.5)  # a 0.1 sine: 20 log10(0.1 / sqrt 2)
    assert check.noise_dbfs == pytest.approx(-60, abs=1.5) and check.snr_db > 30
    assert check.clipped_fraction == 0 and check.device_rate == 48000


@pytest.mark.parametrize("level, noise, expect", [
    (0.005, 0.0002, "too quiet"),
    (0.1, 0.05, "room is loud"),
    (1.5, 0.001, "clips"),
])
def test_assess_warns_with_a_fix(level, noise, expect):
    audio, probs = _speechlike(level=level, noise=noise)
    check = assess(np.clip(audio, -1, 1), probs)
    assert any(expect in w for w in check.warnings), check.warnings
    assert all(":" in w for w in check.warnings)  # every warning says what to do


def test_assess_silent_input_and_no_speech():
    check = assess(np.zeros(32000, np.float32), np.zeros(62))
    assert len(check.warnings) == 1 and "silent" in check.warnings[0] and "--input-device" in check.warnings[0]
    audio, _ = _speechlike(level=0.0, noise=0.01)
    check = assess(audio, np.zeros(len(audio) // 512))
    assert any("no speech heard" in w for w in check.warnings)
    quiet_room = assess(audio, np.zeros(len(audio) // 512), expect_speech=False)
    assert any("noisy" in w for w in quiet_room.warnings)  # -40 dBFS between words


def _scaled_wav(tmp_path, gain: float, clip: bool = False) -> Path:
    import soundfile as sf

    from voice_interviewer.speech.audio import load_audio

    audio = load_audio(SPOKEN)[: 16000 * 7] * gain
    if clip:
        audio = np.clip(audio, -1.0, 1.0)
    path = tmp_path / f"x{gain:g}.wav"
    sf.write(path, audio, 16000, subtype="PCM_16")
    return path


@pytest.mark.slow
@pytest.mark.audio_devices
def test_check_mic_command_on_the_virtual_microphone(virtual_mic, capsys, tmp_path):
    from voice_interviewer.cli import main

    player = virtual_mic.play_into_mic(_scaled_wav(tmp_path, 1.0), delay=0.3, wait=False)
    code = main(["check-mic", "--seconds", "5", "--json"])
    player.join()
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["ok"], out
    assert out["speech_s"] > 2.0 and -35 < out["speech_dbfs"] < -10 and out["snr_db"] > 20
    assert out["device_rate"] > 0 and out["clipped_fraction"] == 0

    player = virtual_mic.play_into_mic(_scaled_wav(tmp_path, 0.02), delay=0.3, wait=False)
    code = main(["check-mic", "--seconds", "5"])
    player.join()
    text = capsys.readouterr().out
    assert code == 1 and "too quiet" in text and "raise the input volume" in text
    assert "speech level:" in text and "noise floor:" in text

    player = virtual_mic.play_into_mic(_scaled_wav(tmp_path, 12.0, clip=True), delay=0.3, wait=False)
    code = main(["check-mic", "--seconds", "5", "--json"])
    player.join()
    out = json.loads(capsys.readouterr().out)
    assert code == 1 and any("clips" in w for w in out["warnings"])


def test_check_mic_refuses_a_silly_duration(capsys):
    from voice_interviewer.cli import main

    assert main(["check-mic", "--seconds", "0"]) == 2
    assert "--seconds" in capsys.readouterr().err


# --------------------------------------------------------------------------- practice's quiet check


class _ProbedSource:
    """What quick_check reads: ``probe(seconds)`` from an already-open stream, and its rate."""

    samplerate = 48000

    def __init__(self, audio=None, error=None):
        self.audio, self.error, self.asked = audio, error, []

    def probe(self, seconds):
        self.asked.append(seconds)
        if self.error:
            raise self.error
        return self.audio[: int(seconds * 16000)]


def test_quick_check_says_one_line_with_the_fix_only_when_something_looks_wrong():
    from voice_interviewer.commands.mic import quick_check

    lines = []
    muted = _ProbedSource(np.zeros(16000, np.float32))
    check = quick_check(muted, say=lines.append)
    assert muted.asked == [1.0] and not check.ok
    assert len(lines) == 1 and lines[0].startswith("microphone: the input is silent")
    assert "--input-device" in lines[0] and "check-mic" in lines[0]

    lines.clear()
    room = np.random.default_rng(1).standard_normal(16000).astype(np.float32) * 0.001  # -60 dBFS hiss
    check = quick_check(_ProbedSource(room), say=lines.append)
    assert check.ok and check.device_rate == 48000 and lines == []

    lines.clear()
    noisy = np.clip(np.random.default_rng(2).standard_normal(16000) * 0.8, -1, 1).astype(np.float32)
    check = quick_check(_ProbedSource(noisy), say=lines.append)
    assert len(check.warnings) >= 2 and len(lines) == 1  # clipping and a noisy room: the first, one line


def test_quick_check_never_stops_the_interview():
    from voice_interviewer.commands.mic import quick_check

    lines = []
    assert quick_check(_ProbedSource(error=RuntimeError("PortAudio went away")), say=lines.append) is None
    assert quick_check(_ProbedSource(np.zeros(3000, np.float32)), say=lines.append) is None  # nothing in time
    assert lines == []


@pytest.mark.slow
@pytest.mark.audio_devices
def test_practice_checks_the_level_on_its_own_stream_and_still_hears_the_answer(
        virtual_mic, hardening_answers, voice_interviewer_home, capsys, monkeypatch):
    """The quiet check reads the first second of the interview's own microphone stream: nothing is
    playing into the virtual microphone yet, so it says the input is silent (one line, with the fix),
    and the answer played once the interview listens is heard — the stream is not left deaf, as a
    second stream opened and closed before it once left it."""
    import threading

    from voice_interviewer.cli import main
    from voice_interviewer.speech import recorder
    from voice_interviewer.store import list_sessions

    listening = threading.Event()
    real_listen = recorder.listen

    def listen(*args, **kwargs):
        listening.set()
        return real_listen(*args, **kwargs)

    monkeypatch.setattr(recorder, "listen", listen)

    def candidate():
        if listening.wait(180):
            virtual_mic.play_into_mic(hardening_answers / "lifecycle.wav", delay=0.3)

    thread = threading.Thread(target=candidate, daemon=True)
    thread.start()
    rc = main(["practice", "--mic-check", "--silent", "--question", "lifecycle", "--no-follow-ups",
               "--end-silence", "2"])
    thread.join(60)
    err = capsys.readouterr().err
    assert rc == 0, err
    checks = [line for line in err.splitlines() if line.startswith("microphone:")]
    assert len(checks) == 1 and "the input is silent" in checks[0], err
    log = list_sessions(voice_interviewer_home)[0]
    # heard, not deaf: the answer's words came through (how well Whisper hears espeak-ng's "MLflow" through
    # the virtual microphone on a loaded machine varies: "cinema flow" once)
    text = log.of_type("transcript")[0]["transcript"]["text"].lower()
    assert len(text.split()) >= 10 and ("data" in text or "model" in text), text
    assert log.of_type("verdict") and log.status == "completed"
