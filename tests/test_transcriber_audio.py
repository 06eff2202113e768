"""Audio decoding, resampling, atomic saving and WER — no Whisper model needed (fast)."""

from __future__ import annotations

import os
import stat

import numpy as np
import pytest
import soundfile as sf

from voice_interviewer.errors import AudioError
from voice_interviewer.speech.audio import SAMPLE_RATE, Resampler, load_audio, resample, save_wav
from voice_interviewer.wer import normalize_words, wer


def tone(rate: int, seconds: float, freq: float = 440.0, channels: int = 1) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    mono = (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    return mono if channels == 1 else np.stack([mono] + [mono * 0] * (channels - 1), axis=1)


def dominant_frequency(audio: np.ndarray, rate: int = SAMPLE_RATE) -> float:
    spectrum = np.abs(np.fft.rfft(audio))
    return float(np.argmax(spectrum) * rate / len(audio))


@pytest.mark.parametrize("rate", [8000, 22050, 44100, 48000, 16000])
def test_any_rate_decodes_to_16k_keeping_length_and_pitch(tmp_path, rate):
    path = tmp_path / f"tone-{rate}.wav"
    sf.write(path, tone(rate, 2.0), rate)
    audio = load_audio(path)
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert len(audio) == 2 * SAMPLE_RATE
    assert abs(dominant_frequency(audio) - 440.0) < 2.0
    assert 0.45 < np.abs(audio[1000:-1000]).max() < 0.55  # no gain change


def test_resampling_removes_what_16k_cannot_carry(tmp_path):
    """A 12 kHz tone at 48 kHz must vanish, not fold back to 4 kHz."""
    out = resample(tone(48000, 1.0, freq=12000.0), 48000)
    assert np.abs(out[200:-200]).max() < 0.01


@pytest.mark.parametrize("freq", [1000.0, 4000.0, 7000.0])
def test_resampling_keeps_the_speech_band_flat(freq):
    """Up to 7 kHz a 48 kHz tone keeps its level within 0.1 dB (the numpy filter before soxr lost 1 dB at 7 kHz)."""
    out = resample(tone(48000, 1.0, freq=freq), 48000)[2000:-2000]
    gain_db = 20 * np.log10(np.sqrt(np.mean(out.astype(np.float64) ** 2)) / (0.5 / np.sqrt(2)))
    assert abs(gain_db) < 0.1


@pytest.mark.parametrize("rates", [(0, 16000), (48000, -1)])
def test_resampler_refuses_rates_that_are_not_positive(rates):
    with pytest.raises(ValueError, match="must be positive"):
        Resampler(*rates)
    with pytest.raises(ValueError, match="must be positive"):
        resample(np.zeros(10, dtype=np.float32), *rates)


def test_streaming_resampler_matches_whole_array():
    audio = tone(44100, 1.5) + tone(44100, 1.5, freq=3000.0)
    whole = resample(audio, 44100)
    r, parts, i = Resampler(44100), [], 0
    for size in [1, 7, 441, 1024, 5000] * 40:
        parts.append(r.process(audio[i : i + size]))
        i += size
    parts.append(r.process(audio[i:]))
    parts.append(r.flush())
    assert np.array_equal(np.concatenate(parts), whole)


def test_stereo_is_downmixed_or_one_channel_taken(tmp_path):
    path = tmp_path / "stereo.flac"
    left, right = tone(16000, 1.0, 300.0), tone(16000, 1.0, 1000.0)
    sf.write(path, np.stack([left, right], axis=1), 16000)
    mixed = load_audio(path)
    np.testing.assert_allclose(mixed, (left + right) / 2, atol=1e-3)
    assert abs(dominant_frequency(load_audio(path, channel=0)) - 300.0) < 2
    assert abs(dominant_frequency(load_audio(path, channel=1)) - 1000.0) < 2


@pytest.mark.parametrize("fmt", ["OGG", "FLAC"])
def test_compressed_formats(tmp_path, fmt):
    path = tmp_path / f"a.{fmt.lower()}"
    sf.write(path, tone(24000, 1.0), 24000, format=fmt)
    assert abs(len(load_audio(path)) - SAMPLE_RATE) <= 1


def test_real_mp3_and_stereo_flac(real_speech_dir):
    assert len(load_audio(real_speech_dir / "hotwords.mp3")) == 4 * SAMPLE_RATE
    assert len(load_audio(real_speech_dir / "jfk.flac")) == 11 * SAMPLE_RATE  # 44.1 kHz stereo


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.wav", None, "no such file"),
        ("empty.wav", b"", "file is empty"),
        ("notes.wav", b"these are my interview notes, not audio\n" * 5, "not a readable audio file"),
        ("truncated.wav", b"RIFF\x24\x00\x00\x00WAVEfmt ", "not a readable audio file"),
        ("data.json", b'{"answer": 1}', "not a readable audio file"),
    ],
)
def test_bad_files_raise_one_line_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(AudioError) as err:
        load_audio(path)
    assert str(path) in str(err.value) and message in str(err.value)
    assert "\n" not in str(err.value)


def test_zero_seconds_and_too_long_are_refused(tmp_path):
    empty = tmp_path / "zero.wav"
    sf.write(empty, np.zeros(0, np.float32), 16000)
    with pytest.raises(AudioError, match="contains no audio"):
        load_audio(empty)
    long = tmp_path / "long.wav"
    sf.write(long, np.zeros(16000 * 3, np.float32), 16000)
    with pytest.raises(AudioError, match="longer than the 2 s limit"):
        load_audio(long, max_seconds=2)


def test_directory_is_refused(tmp_path):
    with pytest.raises(AudioError, match="is a directory"):
        load_audio(tmp_path)


def test_save_wav_is_atomic_private_16bit(tmp_path):
    path = tmp_path / "answer.wav"
    audio = tone(16000, 0.5)
    save_wav(path, audio)
    info = sf.info(path)
    assert (info.samplerate, info.channels, info.subtype) == (16000, 1, "PCM_16")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert not (tmp_path / "answer.wav.tmp").exists()
    np.testing.assert_allclose(load_audio(path), audio, atol=1e-4)
    save_wav(path, np.zeros(800, np.float32))  # replaces, never appends
    assert sf.info(path).frames == 800


def test_save_wav_into_missing_directory_is_an_audio_error(tmp_path):
    with pytest.raises(AudioError, match="cannot write audio"):
        save_wav(tmp_path / "nope" / "a.wav", np.zeros(10, np.float32))


def test_wer():
    ref = "And so my fellow Americans, ask not what your country can do for you."
    assert wer(ref, "and so my fellow americans ask not what your country can do for you") == 0.0
    assert wer("a b c d", "a x c") == pytest.approx(0.5)
    assert wer("", "") == 0.0 and wer("", "hello") == 1.0
    assert normalize_words("It’s ComfyUI, isn't it?") == ["it's", "comfyui", "isn't", "it"]


def test_mixing_channels_that_differ_is_a_warning(real_speech_dir):
    """Issue 15 item 10: the two speakers of stereo_diarization.wav are not mixed without a word."""
    path = real_speech_dir / "stereo_diarization.wav"
    said: list[str] = []
    load_audio(path, warn=said.append)
    assert len(said) == 1 and str(path) in said[0] and "different sound" in said[0]
    for channel in (0, 1):  # one side chosen: nothing was mixed
        load_audio(path, channel=channel, warn=said.append)
    load_audio(real_speech_dir / "jfk.flac", warn=said.append)  # stereo, the same voice on both sides
    assert len(said) == 1


def test_alike_or_silent_channels_are_mixed_quietly(tmp_path):
    """Issue 15 item 10: dual mono, or one side silent, is not a pair of speakers."""
    said: list[str] = []
    voice = tone(16000, 1.0, 300.0)
    hiss = 0.003 * np.random.default_rng(1).standard_normal(len(voice)).astype(np.float32)
    for name, right in (("same", voice), ("quieter", 0.3 * voice), ("silent", voice * 0), ("hiss", hiss)):
        path = tmp_path / f"{name}.wav"
        sf.write(path, np.stack([voice, right], axis=1), 16000)
        load_audio(path, warn=said.append)
    assert said == []


def test_transcribe_and_score_take_a_channel(real_speech_dir, tmp_path, capsys):
    """Issue 15 item 10: `transcribe`/`score` warn before mixing differing channels and take --channel
    (checked up to the model, which a bad --model-dir stops: no Whisper needed here)."""
    from voice_interviewer.cli import main

    path = str(real_speech_dir / "stereo_diarization.wav")
    assert main(["transcribe", path, "--model-dir", str(tmp_path)]) == 5
    err = capsys.readouterr().err
    assert err.startswith(f"warning: {path}: its left and right channels hold different sound")
    assert "--channel left or --channel right" in err
    for side in ("left", "right"):
        assert main(["transcribe", path, "--channel", side, "--model-dir", str(tmp_path)]) == 5
        assert "warning" not in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["score", "-q", "lifecycle", "--channel", "middle", path])
    assert "invalid choice: 'middle'" in capsys.readouterr().err
