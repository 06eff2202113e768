"""Audio devices that are missing, fail, or vanish mid-answer; no text-to-speech engine at all.

PortAudio with no devices is real (``PULSE_SERVER`` pointing nowhere: ALSA's pulse plugin finds no
server, so PortAudio lists nothing). A device that disappears *while recording* cannot be staged
on the shared PulseAudio daemon without disturbing other tests, so it is simulated at the seam
the recorder uses (``speech.devices._sd``, the sounddevice module): a stream that delivers real
speech (jfk.flac) and then reports it has finished, as PortAudio does when a device is unplugged.

The sound server going away *is* staged for real: a private PulseAudio daemon (tests/pulse.py),
stopped while the real program speaks, listens or works between turns.
"""

from __future__ import annotations

import contextlib

import subprocess
import sys
import threading
import time
import types

import numpy as np
import pytest

from hardening_support import assert_one_line_error, run_cli
from voice_interviewer.cli import main
from voice_interviewer.store import list_sessions

NO_DEVICES = {"PULSE_SERVER": "unix:/nonexistent/pulse"}


# --------------------------------------------------------------------------- a scriptable sounddevice


class PortAudioError(Exception):
    pass


class FakeSoundDevice(types.SimpleNamespace):
    """Just enough of the sounddevice module for devices.py and MicrophoneSource.

    ``feed`` is the audio the "microphone" delivers (16 kHz float32); after it the stream
    finishes on its own and the input device is gone from ``query_devices`` (unplugged).
    ``query_error`` makes every query fail like a broken PortAudio.
    """

    def __init__(self, *, inputs: int = 1, feed: np.ndarray | None = None, query_error: str | None = None,
                 stall: bool = False):
        super().__init__(PortAudioError=PortAudioError, CallbackStop=type("CallbackStop", (Exception,), {}))
        self.inputs, self.feed, self.query_error, self.stall = inputs, feed, query_error, stall
        self.unplugged = False
        self.listening = threading.Event()  # set: the recorder reads (gated streams deliver only then)
        self.gated = False
        self.default = types.SimpleNamespace(device=(0, 1))
        self.streams: list = []
        fake = self

        class InputStream:
            def __init__(
                self, *, samplerate, channels, dtype, device, blocksize, callback, finished_callback
            ):
                self.samplerate, self.blocksize = samplerate, blocksize
                self.callback, self.finished = callback, finished_callback
                self.active = False
                fake.streams.append(self)

            def start(self):
                self.active = True
                threading.Thread(target=self._run, daemon=True).start()

            def _run(self):
                if fake.gated:  # a candidate who starts speaking once asked, not during the question
                    fake.listening.wait(60)
                audio = fake.feed if fake.feed is not None else np.zeros(0, np.float32)
                status = types.SimpleNamespace(input_overflow=False)
                step = self.blocksize or 512  # blocksize 0: PortAudio picks; a real one delivers ~32 ms
                for i in range(0, len(audio), step):
                    if not self.active:
                        return
                    time.sleep(step / self.samplerate)  # at the pace a microphone delivers
                    block = audio[i : i + step]
                    self.callback(block.reshape(-1, 1).astype(np.float32), len(block), None, status)
                fake.unplugged = True  # the device vanishes
                if fake.stall:  # ... and the stream just stops delivering, still "active"
                    return
                self.active = False  # ... and PortAudio ends the stream
                self.finished()

            def abort(self):
                self.active = False

            def close(self):
                self.active = False

        self.InputStream = InputStream

    def _check(self):
        if self.query_error:
            raise PortAudioError(self.query_error)

    def query_devices(self, device=None, kind=None):
        self._check()
        devices = [
            {
                "index": 1,
                "name": "Speakers",
                "hostapi": 0,
                "max_input_channels": 0,
                "max_output_channels": 2,
                "default_samplerate": 48000.0,
            }
        ]
        if self.inputs and not self.unplugged:
            devices.insert(
                0,
                {
                    "index": 0,
                    "name": "USB Microphone",
                    "hostapi": 0,
                    "max_input_channels": 1,
                    "max_output_channels": 0,
                    "default_samplerate": 16000.0,
                },
            )
        if device is not None:
            return next(d for d in devices if d["index"] == device)
        return devices

    def query_hostapis(self):
        self._check()
        return [{"name": "ALSA"}]

    def check_input_settings(self, **kwargs):
        self._check()


@pytest.fixture
def fake_sd(monkeypatch):
    from voice_interviewer.speech import devices
    from voice_interviewer.speech.recorder import MicrophoneSource

    def install(*, gated: bool = False, **kwargs) -> FakeSoundDevice:
        """``gated``: the stream delivers once the recorder starts reading (every sample is then
        part of the answer, however long the start-up took on a loaded machine)."""
        sd = FakeSoundDevice(**kwargs)
        sd.gated = gated
        monkeypatch.setattr(devices, "_sd", lambda: sd)
        real_chunks = MicrophoneSource.chunks

        def chunks(self):
            sd.listening.set()
            yield from real_chunks(self)

        monkeypatch.setattr(MicrophoneSource, "chunks", chunks)
        return sd

    return install


# --------------------------------------------------------------------------- no input device


def test_no_devices_at_all_in_a_real_process(tmp_path):
    """PortAudio really sees nothing: one line saying what to do, for both interview commands."""
    for command in ("practice", "rehearse"):
        done = run_cli([command, "--silent"], tmp_path, timeout=120, **NO_DEVICES)
        assert done.returncode == 4
        assert_one_line_error(done.stderr, "no microphone found", "--answers DIR")
    done = run_cli(["devices"], tmp_path, timeout=120, **NO_DEVICES)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "no microphone found" in done.stderr


def test_no_input_device_at_the_seam_is_one_line(fake_sd, capsys):
    fake_sd(inputs=0)
    rc = main(["practice", "--silent", "--question", "lifecycle"])
    err = capsys.readouterr().err
    assert rc == 4
    assert_one_line_error(err, "no microphone found")


def test_device_query_failure_is_one_line(fake_sd, capsys):
    fake_sd(query_error="Error querying device -1")
    rc = main(["practice", "--silent", "--question", "lifecycle"])
    err = capsys.readouterr().err
    assert rc == 4
    assert_one_line_error(err, "audio devices", "Error querying device -1")
    rc = main(["devices"])
    err = capsys.readouterr().err
    assert rc == 4
    assert_one_line_error(err, "cannot query audio devices")


def test_unknown_input_device_lists_the_real_ones(fake_sd, capsys):
    fake_sd()
    for spec, names in (("7", ["index 7", "0: USB Microphone"]), ("webcam", ["'webcam'", "USB Microphone"])):
        rc = main(["practice", "--silent", "--input-device", spec])
        err = capsys.readouterr().err
        assert rc == 4
        assert_one_line_error(err, *names)


# --------------------------------------------------------------------------- unplugged mid-answer


@pytest.mark.slow
@pytest.mark.parametrize("how", ["stream-finished", "stream-stalled"])
def test_microphone_unplugged_mid_answer_keeps_what_was_said(
    how, fake_sd, real_speech_dir, voice_interviewer_home, capsys, monkeypatch
):
    from voice_interviewer import interview
    from voice_interviewer.speech.audio import load_audio

    # the rest of the answer is transcribed within LOST_TRANSCRIBE_S, or not at all (the next test);
    # a loaded test machine must not decide which branch this one takes
    monkeypatch.setattr(interview, "LOST_TRANSCRIBE_S", 120.0)
    speech = load_audio(real_speech_dir / "jfk.flac")[: 16000 * 6]  # "And so my fellow Americans, ask not…"
    fake_sd(feed=speech, stall=how == "stream-stalled", gated=True)
    rc = main(["practice", "--silent", "--question", "lifecycle"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    # the interview cannot go on without a microphone: one clear line, the device error's exit code
    assert rc == 4, err
    assert err.strip().splitlines()[-1].startswith("error: microphone lost: it stopped delivering audio")
    log = list_sessions(voice_interviewer_home)[0]
    assert not log.warnings
    audio = log.of_type("answer_audio")[0]
    assert audio["turn"] == 1 and audio["ended_by"] == "device-lost" and audio["partial"] is False
    assert audio["duration"] == pytest.approx(6.0, abs=0.1)  # every sample delivered before the loss
    import soundfile as sf

    assert sf.info(str(log.folder / audio["path"])).frames == len(speech)
    text = log.of_type("transcript")[0]["transcript"]["text"].lower()
    assert "fellow americans" in text, text
    assert log.of_type("verdict")[0]["turn"] == 1  # the turn ended cleanly: scored like any other
    assert log.events[-1]["type"] == "session_end" and log.events[-1]["status"] == "failed"


class _StuckDecoder:
    """A decoder whose every call blocks until ``release`` is set, as CTranslate2 inside one segment."""

    def __init__(self) -> None:
        self.release, self.entered = threading.Event(), threading.Event()

    def decode(self, audio, hotwords, probs, *, offset, context="", cancel=None):
        from voice_interviewer.speech.streaming import Piece

        self.entered.set()
        self.release.wait(30)
        return Piece("late words", (), ())


def test_a_decode_that_cannot_stop_is_given_up_on_within_the_bound():
    """finish(timeout) and close(timeout) return on time with a decode stuck in native code; the
    worker is handed to the exit (settle waits for it only briefly), and ends on its own later."""
    from voice_interviewer import process
    from voice_interviewer.errors import TranscriptionAbandoned
    from voice_interviewer.speech.streaming import WhisperStream
    from voice_interviewer.speech.vad import WINDOW

    for how in ("finish", "close"):
        decoder = _StuckDecoder()
        stream = WhisperStream(decoder)
        speech = np.zeros(16000 * 2, np.float32)
        probs = np.r_[np.full(40, 0.9), np.full(len(speech) // WINDOW - 40, 0.01)].astype(np.float32)
        stream.feed(speech, probs)
        stream.progress()  # a pause: the stretch before it is decoded now
        assert decoder.entered.wait(10)
        started = time.monotonic()
        if how == "finish":
            with pytest.raises(TranscriptionAbandoned):
                stream.finish(timeout=0.3)
        else:
            stream.close(timeout=0.3)
        assert time.monotonic() - started < 1.0 and stream.abandoned
        stream.close()  # a later close (the loop's error path) does not wait either
        assert time.monotonic() - started < 1.0
        started = time.monotonic()
        assert process.settle() is False  # the abandoned worker is not waited for at exit...
        assert time.monotonic() - started < process.ABANDONED_WAIT_S + 0.5
        worker_name = stream._worker.name
        assert worker_name in process.wedged()  # ... so the real program leaves with os._exit
        decoder.release.set()
        stream._worker.join(5)
        assert not stream._worker.is_alive()  # it ended on its own at the end of its segment
        process._wedged.remove(worker_name)  # this test's own mark, not the process's state


@pytest.mark.slow
def test_microphone_lost_while_a_slow_decode_runs_saves_the_take_untranscribed(
    fake_sd, real_speech_dir, voice_interviewer_home, capsys, monkeypatch
):
    """Past LOST_TRANSCRIBE_S the rest of the answer is not waited for: the whole take is saved, the
    turn says why it has no transcript, one error line, the session closed as failed."""
    from voice_interviewer import interview, process
    from voice_interviewer.speech.audio import load_audio

    monkeypatch.setattr(interview, "LOST_TRANSCRIBE_S", 0.0)
    speech = load_audio(real_speech_dir / "jfk.flac")[: 16000 * 4]
    fake_sd(feed=speech, gated=True)
    started = time.monotonic()
    rc = main(["practice", "--silent", "--question", "lifecycle"])
    took = time.monotonic() - started
    err = capsys.readouterr().err
    assert "Traceback" not in err and rc == 4, err
    assert err.strip().splitlines()[-1].startswith("error: microphone lost")
    log = list_sessions(voice_interviewer_home)[0]
    audio = log.of_type("answer_audio")[0]
    assert audio["ended_by"] == "device-lost" and audio["duration"] == pytest.approx(4.0, abs=0.1)
    assert not log.of_type("transcript") and not log.of_type("verdict")
    assert log.of_type("unanswered")[0]["reason"] == "microphone lost before the answer was transcribed"
    assert log.status == "failed" and not log.warnings
    assert took < 60, took
    for name in [n for n in process.wedged() if n == "whisper-stream"]:
        process._wedged.remove(name)  # this test's own mark (an in-process run ends without os._exit)


# --------------------------------------------------------------------------- no text-to-speech


@pytest.mark.slow
def test_no_tts_engine_prints_the_question_and_goes_on(
    monkeypatch, tmp_path, hardening_answers, voice_interviewer_home, capsys
):
    """pyttsx3 missing and no espeak-ng on PATH: the question is printed and the interview runs."""
    monkeypatch.setitem(sys.modules, "pyttsx3", None)  # import fails
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    monkeypatch.setenv("PATH", str(empty_bin))
    rc = main(["rehearse", "--question", "lifecycle", "--answers", str(hardening_answers), "--no-follow-ups"])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert "Traceback" not in err
    assert "no text-to-speech engine available" in err and "questions will be printed" in err
    from voice_interviewer.bank import load_bank

    assert f"» {load_bank().get('lifecycle').prompt}" in err  # shown, on stderr (stdout is the report)
    log = list_sessions(voice_interviewer_home)[0]
    assert log.status == "completed" and log.of_type("verdict")


@pytest.mark.slow
def test_no_audio_output_in_a_real_process_falls_back_to_printing(tmp_path, hardening_answers):
    """TTS works but there is nowhere to play it (PortAudio sees no device): one notice, then text."""
    done = run_cli(
        ["rehearse", "--question", "lifecycle", "--answers", hardening_answers, "--no-follow-ups"],
        tmp_path,
        timeout=600,
        **NO_DEVICES,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    notes = [line for line in done.stderr.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and "using printed text instead" in notes[0], done.stderr
    assert "» Can you walk me through the typical MLOps lifecycle" in done.stderr
    log = list_sessions(tmp_path)[0]
    assert log.status == "completed" and log.of_type("verdict")


_LATE_CALLBACK = """
from pyttsx3.drivers import _espeak
from voice_interviewer.speech.speaker import Pyttsx3Synth
synth = Pyttsx3Synth()
driver = synth.engine.proxy._driver
events = (_espeak.EVENT * 2)()
events[0].type = _espeak.EVENT_MSG_TERMINATED
events[1].type = _espeak.EVENT_LIST_TERMINATED
driver._speaking, driver._save_file = True, "/nonexistent/vi-tts-gone/say.wav"
_espeak.t_espeak_callback(driver._onSynth)(None, 0, events)  # espeak's thread, late, temp folder gone
audio, rate = synth.synthesize("Still speaking after that.")
print("spoke", len(audio) > rate // 2)
"""


def test_late_pyttsx3_callback_prints_no_traceback(tmp_path):
    """Under load espeak reports "message terminated" after runAndWait() returned and our temporary
    folder is gone; pyttsx3 then raises inside a ctypes callback. That must not print a traceback
    in the middle of an interview, and the engine must keep speaking."""
    pytest.importorskip("pyttsx3")
    done = subprocess.run(
        [sys.executable, "-c", _LATE_CALLBACK], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    if "pyttsx3 could not start" in done.stderr:
        pytest.skip("no espeak library for pyttsx3")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr
    assert done.stdout.strip() == "spoke True"


@pytest.fixture
def hung_start(monkeypatch):
    """PortAudio's ``Pa_StartStream`` never returning, as 19.6's ALSA host does when the sound server
    goes away while a stream starts (its callback thread fails in ``AlsaStart`` and exits holding the
    mutex the caller waits on: PortAudio issue #535). Released at the end, so no thread outlives the test."""
    from voice_interviewer.speech import playback

    release = threading.Event()
    monkeypatch.setattr(playback, "START_TIMEOUT_S", 0.5)
    yield release
    release.set()
    for t in threading.enumerate():
        if t.name.startswith("start:"):
            t.join(5)


def test_a_microphone_start_that_never_returns_is_one_line(fake_sd, hung_start, monkeypatch):
    from voice_interviewer.errors import DeviceError
    from voice_interviewer.speech.sources import MicrophoneSource

    sd = fake_sd()
    monkeypatch.setattr(sd.InputStream, "start", lambda self: hung_start.wait(30))
    src = MicrophoneSource()
    began = time.monotonic()
    with pytest.raises(DeviceError, match="cannot open the microphone.*did not start"):
        src.start()
    assert time.monotonic() - began < 3.0
    src.close()  # nothing to close: the hung stream is never touched again


def test_an_output_start_that_never_returns_is_a_playback_error(hung_start, monkeypatch):
    """... and the stream is left alone (an abort or close would wait on the same mutex); a failure
    PortAudio reports meanwhile gives up on the start at once."""
    from voice_interviewer.speech import playback

    touched = []

    class OutputStream:
        latency = 0.5

        def __init__(self, **kwargs):
            pass

        def start(self):
            hung_start.wait(30)

        def abort(self):
            touched.append("abort")

        def close(self):
            touched.append("close")

    fake = types.SimpleNamespace(PortAudioError=PortAudioError, CallbackStop=Exception, OutputStream=OutputStream,
                                 query_devices=lambda device=None, kind=None: {"default_samplerate": 16000.0},
                                 check_output_settings=lambda **kwargs: None)
    monkeypatch.setitem(sys.modules, "sounddevice", fake)
    began = time.monotonic()
    with pytest.raises(playback.PlaybackError, match="would not start"):
        playback.play(np.zeros(1600, np.float32), 16000)
    assert time.monotonic() - began < 3.0 and touched == []

    monkeypatch.setattr(playback, "START_TIMEOUT_S", 30.0)
    began = time.monotonic()  # PortAudio prints a host-API failure just after the start began
    monkeypatch.setattr(playback, "audio_failures", lambda: int(time.monotonic() - began > 0.2))
    with pytest.raises(playback.PlaybackError, match="would not start"):
        playback.play(np.zeros(1600, np.float32), 16000)
    assert time.monotonic() - began < 3.0 and touched == []


def test_an_answer_the_prompt_silenced_is_decoded_once_more_unprompted():
    """Whisper with the filler prompt decoded a clearly heard 11 s answer (its recording began with the
    tail of the question) as no segment at all, and without the prompt as the whole answer: the
    answer is decoded once more unprompted, instead of "no speech detected"."""
    from voice_interviewer.speech.transcriber import WhisperTranscriber

    asked = []

    class Model:
        def transcribe(self, audio, *, initial_prompt=None, **kwargs):
            asked.append(initial_prompt)
            if initial_prompt:
                return iter(()), None
            words = [types.SimpleNamespace(word=f" w{i}", start=0.3 * i, end=0.3 * i + 0.25, probability=0.9)
                     for i in range(30)]
            return iter([types.SimpleNamespace(text=" ".join(w.word.strip() for w in words), start=0.0, end=9.0,
                                               words=words, compression_ratio=1.3, no_speech_prob=0.1,
                                               avg_logprob=-0.3)]), None

    tr = WhisperTranscriber()
    tr._model = Model()
    piece = tr.decode(np.full(16000 * 9, 0.1, np.float32), (), np.full(16000 * 9 // 512, 0.95, np.float32),
                      offset=0.0)
    assert piece.text.startswith("w0 w1") and asked[0] and asked[-1] is None


_START_AFTER_STOP = r"""
import os, sys, time
from voice_interviewer.process import NativeStderr, exit_code_or_leave
NativeStderr.install()
import sounddevice as sd
from voice_interviewer.errors import DeviceError
from voice_interviewer.speech.sources import MicrophoneSource

flag = sys.argv[1]
real = sd.InputStream

def opened_then_server_gone(*args, **kwargs):  # opened while the server runs, started once it is gone
    stream = real(*args, **kwargs)
    open(flag + ".opened", "w").close()
    while not os.path.exists(flag + ".stopped"):
        time.sleep(0.01)
    return stream

sd.InputStream = opened_then_server_gone
try:
    MicrophoneSource().start()
except DeviceError as exc:
    print(f"error: {exc}", file=sys.stderr)
sys.exit(exit_code_or_leave(4))
"""


@contextlib.contextmanager
def _sound_server(**mic_options):
    """A PulseAudio server of the test's own with a virtual microphone: ``(daemon, mic)``; both are
    stopped at the end (stopping the daemon again is harmless). Skips without PulseAudio."""
    from pulse import PulseDaemon, PulseUnavailable, start_virtual_mic

    try:
        daemon = PulseDaemon()
    except PulseUnavailable as exc:
        pytest.skip(f"no PulseAudio: {exc}")
    mic = start_virtual_mic(daemon, set_env=False, **mic_options)
    try:
        yield daemon, mic
    finally:
        mic.close()
        daemon.stop()


@contextlib.contextmanager
def _reaped(proc: subprocess.Popen):
    """``proc``, killed and reaped at the end if it is still running."""
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.slow
@pytest.mark.audio_devices
def test_a_stream_started_after_the_sound_server_went_away_does_not_hang(tmp_path):
    """The between-turns hang, staged exactly: a stream opened, the server stopped, then the stream
    started. PortAudio 19.6's ``Pa_StartStream`` then never returns (measured: 2 of 2 runs still
    hung after 15 s, nothing on stderr); bounded, the program says so and ends."""
    import os

    flag = str(tmp_path / "flag")
    with _sound_server() as (daemon, mic), _reaped(subprocess.Popen(
            [sys.executable, "-c", _START_AFTER_STOP, flag], env=dict(os.environ, **mic.env),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)) as proc:
        until = time.monotonic() + 120
        while not os.path.exists(flag + ".opened"):
            assert proc.poll() is None and time.monotonic() < until, proc.communicate()
            time.sleep(0.02)
        daemon.stop()
        open(flag + ".stopped", "w").close()
        stopped = time.monotonic()
        _, err = proc.communicate(timeout=20)
        took = time.monotonic() - stopped
    assert proc.returncode == 4 and took < 5.0, (proc.returncode, took, err)
    assert "cannot open the microphone" in err and "did not start" in err and "Traceback" not in err, err


# --------------------------------------------------------------------------- the sound server goes away


def _read_growing(path, limit: int = 1 << 20) -> str:
    with open(path, "rb") as f:
        return f.read(limit).decode("utf-8", "replace")


@pytest.mark.slow
@pytest.mark.audio_devices
@pytest.mark.parametrize("phase", ["speaking", "listening", "between-turns"])
def test_the_sound_server_going_away_ends_the_program_in_one_line(phase, hardening_answers, tmp_path):
    """Once, no retry. Between turns it was flaky (about one fresh-clone run in three, hidden by a
    retry until 2026-12-01) two ways: the program still running 20 s after the server stopped, with
    nothing on stderr — PortAudio's start of the follow-up's stream deadlocked (the server went away
    as it started; see ``speech/playback.py:start_stream``, now bounded) — or "no speech detected"
    with rc 0 before the server was stopped, although the answer was heard: its recording began with
    the tail of the question (the program's own voice, looped into the virtual microphone at full
    level), and Whisper with its filler prompt decoded such a recording as nothing (reproduced offline
    with the saved take: no segment with the prompt, the whole answer without it). The microphone now
    hears only the answer (``headset``), played once the question has been spoken."""
    _sound_server_goes_away(phase, hardening_answers, tmp_path)


def _sound_server_goes_away(phase, hardening_answers, tmp_path):
    """Issue 15 item 0: PulseAudio stopped while the interviewer speaks, listens, or transcribes and
    scores between turns. Before the fix PortAudio's ALSA thread spun printing ``Expression
    'self->capture.ready || self->playback.ready' failed`` at ~100 MB/s and the process ignored
    SIGTERM. Now: the program ends within 5 s of the server stopping, with one ``error:`` line,
    bounded output (a 100 MB file-size limit is never approached), and the session kept."""
    import os
    import resource
    import signal as signals

    from hardening_support import DRIVER, subprocess_env
    home, marker = tmp_path / "home", tmp_path / "phase-reached"
    # speaking: the first question, really played; listening: the first answer, being heard;
    # between turns: the first answer heard, transcribed and scored (the follow-up next)
    hook, turn = {"speaking": ("speaking", 1), "listening": ("listening", 1),
                  "between-turns": ("scored", 1)}[phase]
    args = ["practice", "--question", "lifecycle", "--end-silence", "1.5"]
    out_path, err_path = tmp_path / "stdout", tmp_path / "stderr"

    def limits():
        resource.setrlimit(resource.RLIMIT_FSIZE, (100 << 20, 100 << 20))  # PulseAudio's shm needs 64 MB

    with _sound_server(headset=True) as (daemon, mic):  # the microphone hears only the answer
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            proc = subprocess.Popen(
                [sys.executable, str(DRIVER), hook, str(turn), str(marker), "--", *args],
                env=subprocess_env(home, HARDENING_NO_HOLD="1", **mic.env),
                stdout=out, stderr=err, preexec_fn=limits)
        with _reaped(proc):
            deadline = time.monotonic() + 240

            def wait_for_marker(seconds: float) -> bool:
                until = min(deadline, time.monotonic() + seconds)
                while not marker.exists():
                    assert proc.poll() is None, (proc.returncode, _read_growing(out_path)[-2000:],
                                                 _read_growing(err_path))
                    if time.monotonic() > until:
                        return False
                    time.sleep(0.05)
                return True

            if phase == "between-turns":  # the answer, once the question is spoken; then its verdict
                # Played on a schedule (4 s after the start), the answer fell over the question when the
                # program started slowly, and only a fragment was heard (the program keeps pre_roll_s of
                # what it heard during the question): "no speech detected", rc 0, the server still up.
                assert mic.wait_until_played(120, alive=lambda: proc.poll() is None), (
                    "the question was never played", _read_growing(out_path)[-2000:], _read_growing(err_path))
                mic.play_into_mic(hardening_answers / "lifecycle.wav", check=False)
                assert wait_for_marker(120), "the answer was never scored"
            else:
                assert wait_for_marker(240), "the phase was never reached"
            if phase == "speaking":
                time.sleep(1.0)  # the question is playing
            elif phase == "listening":
                mic.play_into_mic(hardening_answers / "lifecycle.wav", delay=0.5, wait=False, check=False)
                time.sleep(3.5)  # part of the answer heard
            stopped = time.monotonic()
            daemon.stop()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.send_signal(signals.SIGTERM)
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    pass
                raise AssertionError(f"still running 20 s after the sound server stopped "
                                     f"(stderr {os.path.getsize(err_path)} bytes)")
            took = time.monotonic() - stopped
            print(f"\n[{phase}] ended {took:.2f} s after the sound server stopped", file=sys.stderr)
    out, err = _read_growing(out_path), _read_growing(err_path)
    assert os.path.getsize(err_path) < 64_000 and os.path.getsize(out_path) < 64_000  # bounded output
    assert "Traceback" not in err and "Expression '" not in err, err[-3000:]
    assert proc.returncode in (4, 6), (proc.returncode, err[-3000:])  # a device (or output) error
    # the rest of the answer is transcribed within LOST_TRANSCRIBE_S (1.5 s) or saved untranscribed:
    # a decode that cannot stop mid-segment no longer holds the exit (it took 5.3-8.7 s under load)
    assert took <= 5.0, f"took {took:.1f} s to end after the sound server stopped"
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, err[-3000:]
    assert any(what in errors[0] for what in ("microphone lost", "audio output lost", "cannot open the microphone"))
    log = list_sessions(home)[0]
    assert log.status == "failed" and not log.warnings  # every line whole, the session closed
    if phase == "between-turns":  # the answer heard before the loss was kept and scored
        assert log.of_type("verdict") and log.of_type("verdict")[0]["turn"] == 1
