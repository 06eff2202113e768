"""Recorder: the endpointing decision (pure, injected time), real fixture audio through the real
Silero VAD, and the real microphone path through the PulseAudio virtual microphone."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

from voice_interviewer.seams import SAMPLE_RATE, ListenPolicy
from voice_interviewer.speech.recorder import WINDOW, Endpointer, FileSource, SileroVAD, listen

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "audio_fixtures"
STEP = WINDOW / SAMPLE_RATE  # 32 ms


def drive(ep: Endpointer, pattern: list[tuple[float, float]], *, clock_lead: float = 0.0):
    """Feed (seconds, probability) stretches window by window; return (reason, time) at the first
    decision, with the wall clock `clock_lead` seconds ahead of the audio."""
    t = 0.0
    for seconds, prob in pattern:
        for _ in range(int(round(seconds / STEP))):
            t += STEP
            ep.feed(t, prob)
            reason = ep.check(t + clock_lead)
            if reason:
                return reason, t
    return None, t


# ----------------------------------------------------------------------------- Endpointer (pure)


def test_ends_after_end_silence_that_follows_speech():
    ep = Endpointer(ListenPolicy(end_silence_s=4.0))
    reason, t = drive(ep, [(1.0, 0.0), (5.0, 0.9), (10.0, 0.05)])
    assert reason == "silence"
    assert t == pytest.approx(1.0 + 5.0 + 4.0, abs=2 * STEP)
    assert ep.speech_started == pytest.approx(1.0, abs=2 * STEP)


def test_never_ends_during_a_three_second_thinking_pause():
    ep = Endpointer(ListenPolicy(end_silence_s=4.0))
    reason, _ = drive(ep, [(3.0, 0.9), (3.0, 0.02), (3.0, 0.9), (3.5, 0.02), (2.0, 0.8)])
    assert reason is None


def test_hysteresis_keeps_soft_speech_as_speech():
    # probability dips to 0.4 (below threshold, above neg_threshold) for 5 s: still speaking
    ep = Endpointer(ListenPolicy(end_silence_s=4.0))
    assert drive(ep, [(1.0, 0.9), (5.0, 0.4)])[0] is None


def test_a_click_is_not_speech():
    ep = Endpointer(ListenPolicy(no_speech_timeout_s=5.0))
    reason, t = drive(ep, [(STEP, 0.95), (10.0, 0.0)])
    assert ep.speech_started is None
    assert reason == "no-speech" and t == pytest.approx(5.0, abs=STEP)


def test_no_speech_timeout_only_when_nothing_was_said():
    ep = Endpointer(ListenPolicy(no_speech_timeout_s=5.0, end_silence_s=20.0))
    assert drive(ep, [(4.0, 0.0), (1.0, 0.9), (10.0, 0.0)])[0] is None


def test_max_seconds_caps_a_long_answer():
    ep = Endpointer(ListenPolicy(max_seconds=10.0))
    reason, t = drive(ep, [(30.0, 0.9)])
    assert reason == "max" and t == pytest.approx(10.0, abs=STEP)


def test_hard_limit_keeps_what_was_said():
    ep = Endpointer(ListenPolicy(hard_limit_s=6.0, max_seconds=60))
    reason, t = drive(ep, [(30.0, 0.9)])
    assert reason == "limit" and t == pytest.approx(6.0, abs=STEP)
    assert ep.speech_started is not None


def test_limits_follow_the_wall_clock_but_silence_follows_the_audio():
    # the clock runs 5 s ahead of the audio (a backlog): the hard limit fires on the clock ...
    ep = Endpointer(ListenPolicy(hard_limit_s=6.0))
    assert drive(ep, [(30.0, 0.9)], clock_lead=5.0)[1] == pytest.approx(1.0, abs=STEP)
    # ... but a backlog never fakes silence
    ep = Endpointer(ListenPolicy(end_silence_s=2.0))
    assert drive(ep, [(3.0, 0.9)], clock_lead=10.0)[0] is None


def test_cue_fires_exactly_once():
    ep = Endpointer(ListenPolicy(cue_at_s=2.0))
    fired = [t for t in np.arange(0, 5, 0.1) if ep.cue_due(float(t))]
    assert len(fired) == 1 and fired[0] == pytest.approx(2.0)
    assert ep.cues == [pytest.approx(2.0)]
    assert not Endpointer(ListenPolicy()).cue_due(100.0)  # no cue configured


# ----------------------------------------------------------------------------- VAD on real audio


@pytest.fixture(scope="module")
def vad():
    return SileroVAD()


def test_incremental_vad_matches_whole_buffer_run(vad, real_speech_dir):
    from faster_whisper.vad import get_vad_model

    from voice_interviewer.speech.audio import load_audio

    audio = load_audio(real_speech_dir / "jfk.flac")
    audio = audio[: len(audio) // WINDOW * WINDOW]
    whole = np.ravel(get_vad_model()(audio))
    vad.reset()
    rng = np.random.default_rng(0)
    parts, i = [], 0
    while i < len(audio):  # uneven chunk sizes, as a microphone delivers them
        n = int(rng.integers(100, 2000))
        parts.extend(vad.feed(audio[i : i + n]).tolist())
        i += n
    assert len(parts) == len(whole)
    assert np.max(np.abs(np.array(parts) - whole)) < 0.02
    assert np.mean(whole > 0.5) > 0.4  # and it is speech


def fixture_text(path: str) -> str:
    from make_fixtures import load_scripts

    return next(x["text"] for x in load_scripts() if x["path"] == path)


def test_listen_on_a_file_ends_by_vad_and_keeps_everything(vad):
    from voice_interviewer.speech.audio import load_audio

    answer = load_audio(FIXTURES / "weak" / "monitoring.ogg")  # has a 3 s thinking pause inside
    padded = np.concatenate([answer, np.zeros(SAMPLE_RATE * 10, dtype=np.float32)])
    vad.reset()
    chunks = []
    probs = []
    rec = listen(FileSource(padded), ListenPolicy(end_silence_s=4.0, patience_s=None),
                 on_chunk=lambda c, p: (chunks.append(c), probs.extend(p)), show=False, vad=vad)
    assert rec.ended_by == "silence"  # not cut at the 3 s pause, not at the file's end
    speech_end = len(answer) / SAMPLE_RATE - 1.0  # the fixture has a 1 s tail
    assert speech_end + 3.5 < rec.duration < speech_end + 5.0
    assert rec.speech_started == pytest.approx(0.4, abs=0.25)  # 0.4 s lead-in
    np.testing.assert_array_equal(rec.audio, padded[: len(rec.audio)])  # the first syllable is kept
    assert sum(len(c) for c in chunks) == len(rec.audio)
    assert len(probs) == len(rec.audio) // WINDOW  # every window's probability went along
    assert rec.turn["fixed_silence"] and rec.turn["ended_by"] == "silence"


def test_a_short_end_silence_would_cut_the_thinking_pause(vad):
    vad.reset()
    rec = listen(FileSource(FIXTURES / "weak" / "monitoring.ogg"), ListenPolicy(end_silence_s=1.5, patience_s=None),
                 show=False, vad=vad)
    assert rec.ended_by == "silence" and rec.duration < 15  # ... which is why the default is generous


def test_silence_gives_no_speech(vad):
    vad.reset()
    noise = np.random.default_rng(1).normal(0, 0.003, SAMPLE_RATE * 8).astype(np.float32)
    rec = listen(FileSource(noise), ListenPolicy(no_speech_timeout_s=5.0), show=False, vad=vad)
    assert rec.ended_by == "no-speech" and rec.speech_started is None
    assert rec.duration == pytest.approx(5.0, abs=0.1)


def test_stop_event_cue_and_hard_limit(vad):
    vad.reset()
    stop = threading.Event()
    cues = []
    rec = listen(FileSource(FIXTURES / "strong" / "ml-cicd.ogg"), ListenPolicy(cue_at_s=3.0, hard_limit_s=6.0),
                 on_cue=lambda: cues.append(1), show=False, vad=vad)
    assert rec.ended_by == "limit" and rec.duration == pytest.approx(6.0, abs=0.06)
    assert cues == [1] and rec.cues == [pytest.approx(3.0, abs=0.06)]

    vad.reset()
    stop.set()
    rec = listen(FileSource(FIXTURES / "strong" / "ml-cicd.ogg"), ListenPolicy(), stop=stop, show=False, vad=vad)
    assert rec.ended_by == "interrupted" and rec.duration < 0.2


def test_keyboard_interrupt_carries_the_partial_recording(vad):
    vad.reset()

    def boom(chunk, probs, seen=[0]):
        seen[0] += len(chunk)
        if seen[0] >= 2 * SAMPLE_RATE:
            raise KeyboardInterrupt

    source = FileSource(FIXTURES / "strong" / "ml-cicd.ogg")
    with pytest.raises(KeyboardInterrupt) as info:
        listen(source, ListenPolicy(), on_chunk=boom, show=False, vad=vad)
    partial = info.value.recording
    assert partial.ended_by == "interrupted" and partial.duration == pytest.approx(2.0, abs=0.06)
    assert source._closed


def test_file_source_realtime_paces_like_speech():
    source = FileSource(np.zeros(SAMPLE_RATE, dtype=np.float32), realtime=True, chunk_seconds=0.1)
    t = time.monotonic()
    assert sum(len(c) for c in source.chunks()) == SAMPLE_RATE
    assert time.monotonic() - t >= 0.85


def test_listen_with_injected_clock_hits_the_limit_on_a_stalled_source(vad):
    class Stalled:  # a microphone delivering nothing (empty keep-alive chunks)
        def chunks(self):
            while True:
                yield np.zeros(0, dtype=np.float32)

        def close(self):
            pass

    now = [0.0]

    def clock():
        now[0] += 0.5
        return now[0]

    rec = listen(Stalled(), ListenPolicy(hard_limit_s=10.0), clock=clock, show=False, vad=vad)
    assert rec.ended_by == "limit" and rec.duration == 0


def test_enter_ends_the_answer_when_stdin_is_a_terminal(vad, monkeypatch):
    import os
    import sys

    r, w = os.pipe()

    class FakeTerminal:  # a pipe that says it is a terminal: select() and readline() work on it
        def __init__(self):
            self.file = os.fdopen(r, "r")

        def isatty(self):
            return True

        def fileno(self):
            return r

        def readline(self):
            return self.file.readline()

    monkeypatch.setattr(sys, "stdin", FakeTerminal())
    threading.Timer(1.0, lambda: os.write(w, b"\n")).start()
    vad.reset()
    rec = listen(FileSource(FIXTURES / "strong" / "ml-cicd.ogg", realtime=True), ListenPolicy(), show=False, vad=vad)
    os.close(w)
    assert rec.ended_by == "enter" and 0.8 < rec.duration < 2.0
    vad.reset()
    rec = listen(FileSource(FIXTURES / "commands" / "skip.ogg"), ListenPolicy(enter_ends=False), show=False, vad=vad)
    assert rec.ended_by == "source-ended"


# ----------------------------------------------------------------------------- the real microphone


@pytest.fixture(scope="module")
def mic_recording(virtual_mic):
    """One fixture answer recorded through the virtual microphone, for the two tests below (recorded
    once, whichever runs first or alone; the microphone stream is closed here, even on failure)."""
    from voice_interviewer.speech.recorder import MicrophoneSource

    src = MicrophoneSource()
    src.start()  # opened before the "question" ends, as the interview loop does
    try:
        time.sleep(1.0)
        player = virtual_mic.play_into_mic(FIXTURES / "strong" / "ml-cicd.followup.ogg", wait=False)
        rec = listen(src, ListenPolicy(end_silence_s=2.5, max_seconds=90), show=False)
        player.join()
    finally:
        src.close()
    return rec


@pytest.mark.slow
@pytest.mark.audio_devices
def test_microphone_records_a_fixture_and_ends_by_vad(mic_recording):
    rec = mic_recording
    assert rec.ended_by == "silence"
    played = 31.9  # seconds in the fixture, of which 1.4 s lead-in/tail silence
    assert played - 1.0 < rec.duration < played + 3.5
    assert rec.speech_started is not None and rec.speech_started < 1.5
    assert np.abs(rec.audio).max() > 0.1


@pytest.mark.slow
@pytest.mark.audio_devices
def test_microphone_transcript_matches_the_script(mic_recording):
    rec = mic_recording
    from voice_interviewer.speech.transcriber import WhisperTranscriber
    from voice_interviewer.wer import wer

    text = fixture_text("strong/ml-cicd.followup.ogg")
    got = WhisperTranscriber().transcribe(rec.audio, hotwords=("AUC", "p99", "canary"))
    assert wer(text, got.text) < 0.25, got.text
    assert got.words[0].start < 2.0  # the first word was captured


@pytest.mark.slow
@pytest.mark.audio_devices
def test_microphone_resamples_when_opened_at_another_rate(virtual_mic, real_speech_dir):
    from voice_interviewer.speech.recorder import MicrophoneSource

    src = MicrophoneSource(samplerate=48000)  # as for a device that cannot do 16 kHz
    src.start()
    time.sleep(1.0)
    player = virtual_mic.play_into_mic(real_speech_dir / "jfk.flac", wait=False)
    rec = listen(src, ListenPolicy(end_silence_s=2.0, max_seconds=30), show=False)
    player.join()
    assert rec.ended_by == "silence" and 10.5 < rec.duration < 15.0  # 16 kHz samples, real-time length
    spectrum = np.abs(np.fft.rfft(rec.audio))
    assert spectrum[: len(spectrum) // 2].sum() > 5 * spectrum[len(spectrum) // 2 :].sum()  # speech, not aliasing


@pytest.mark.slow
@pytest.mark.audio_devices
def test_microphone_device_lost_keeps_what_was_recorded(virtual_mic):
    from voice_interviewer.speech.recorder import MicrophoneSource

    src = MicrophoneSource()
    seen = []

    def pull_the_plug(chunk, probs):
        seen.append(len(chunk))
        if sum(seen) > SAMPLE_RATE and src._stream is not None:
            src._stream.abort()  # the stream dies under the recorder, as when a USB mic is unplugged

    rec = listen(src, ListenPolicy(), on_chunk=pull_the_plug, show=False)
    assert rec.ended_by == "device-lost"
    assert rec.duration >= 1.0


# ----------------------------------------------------------------------------- devices


@pytest.mark.audio_devices
def test_find_device_by_index_name_and_default(virtual_mic):
    from voice_interviewer.errors import DeviceError
    from voice_interviewer.speech.devices import find_device, list_devices

    devices = list_devices()
    inputs = [d for d in devices if d.inputs]
    assert inputs and any(d.default_input for d in inputs)
    pulse = next(d for d in inputs if d.name == "pulse")
    assert find_device(str(pulse.index)) == pulse.index
    assert find_device(pulse.index) == pulse.index
    assert find_device("PULS") == pulse.index  # case-insensitive substring
    assert find_device(None) == next(d.index for d in inputs if d.default_input)
    with pytest.raises(DeviceError, match=r"no input device matches 'nope' \(available: .*pulse"):
        find_device("nope")
    with pytest.raises(DeviceError, match="no input device with index 999"):
        find_device(999)
    with pytest.raises(DeviceError, match="matches several input devices"):
        find_device("u")  # pUlse, defaUlt


@pytest.mark.audio_devices
def test_devices_command_lists_and_marks_defaults(virtual_mic, capsys):
    import json

    from voice_interviewer.cli import main

    assert main(["devices", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any(d["name"] == "pulse" and d["inputs"] > 0 for d in data["devices"])
    assert main(["devices"]) == 0
    out = capsys.readouterr().out
    assert "pulse" in out and "default input" in out


def test_device_options_resolve(virtual_mic):
    import argparse

    from voice_interviewer.speech.devices import add_device_options, resolve_devices

    parser = argparse.ArgumentParser()
    add_device_options(parser)
    args = parser.parse_args(["--input-device", "pulse", "--output-device", "default"])
    inp, out = resolve_devices(args)
    assert isinstance(inp, int) and isinstance(out, int)
    assert resolve_devices(parser.parse_args([]), need_input=False) == (None, None)



def test_listening_indicator_shows_the_live_transcript_tail():
    """The streaming transcriber's committed text is drawn under the level meter while listening."""
    from voice_interviewer.seams import ListenPolicy
    from voice_interviewer.speech.recorder import _Indicator

    said = ["", "we version data with DVC " * 8]
    ind = _Indicator(ListenPolicy(), enter=False, preview=lambda: said[-1])
    try:
        ind.update(3.0, 0.05, True)
        rendered = ind.last.plain
    finally:
        ind.stop()
    assert "listening 0:03" in rendered
    tail = rendered.splitlines()[-1]
    assert tail.startswith("  … ") and tail.endswith("with DVC")
    assert len(tail) <= 96


def test_end_of_file_on_a_terminal_stdin_is_not_enter(vad, monkeypatch, real_speech_dir):
    """A terminal that closes (EOF on stdin) must not end every answer at 0:00 as if Enter was hit."""
    import os
    import sys

    from voice_interviewer.speech.audio import load_audio

    read_fd, write_fd = os.pipe()
    os.close(write_fd)  # the reader sees end-of-file at once

    class ClosedTerminal:
        def __init__(self):
            self._file = os.fdopen(read_fd, "r")

        def isatty(self):
            return True

        def fileno(self):
            return self._file.fileno()

        def readline(self):
            return self._file.readline()

    terminal = ClosedTerminal()
    monkeypatch.setattr(sys, "stdin", terminal)
    audio = load_audio(real_speech_dir / "jfk.flac")
    try:
        rec = listen(FileSource(audio), ListenPolicy(end_silence_s=4.0, enter_ends=True), show=False, vad=vad)
    finally:
        terminal._file.close()
    assert rec.ended_by in ("silence", "source-ended")
    assert rec.duration > 8.0
