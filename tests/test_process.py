"""voice_interviewer.process: native stderr kept bounded, native threads joined, wedged calls bounded.

The stderr filter swaps file descriptor 2, so it is exercised in child processes (pytest's own
capture also sits on fd 2).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time

import pytest

from hardening_support import run_cli
from voice_interviewer import process

PORTAUDIO_SPIN = ("Expression 'self->capture.ready || self->playback.ready' failed in "
                  "'src/hostapi/alsa/pa_linux_alsa.c', line: 3958")


def _child(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=60)


def test_native_noise_is_dropped_and_any_other_line_is_bounded():
    """Issue 15 items 0 and 17: a native thread printing in a loop (PortAudio's spin when the sound
    server dies, 100 MB/s before) costs a bounded amount of output; libmpg123's lines are dropped;
    Python's own stderr is untouched."""
    done = _child(f"""
        import os, sys, time
        from voice_interviewer import process
        process.NativeStderr.install()
        line = {PORTAUDIO_SPIN!r}.encode() + b"\\n"
        for _ in range(20000):
            os.write(2, line)
        os.write(2, b"[src/libmpg123/layer3.c:INT123_do_layer3():1804] error: dequantization failed!\\n")
        for _ in range(50):
            os.write(2, b"something native says\\n")
        for i in range(1000):
            os.write(2, f"native line {{i}}\\n".encode())
        print("python's own line", file=sys.stderr)
        until = time.monotonic() + 10  # the filter's thread reads behind the writes: on loaded cores
        while process.audio_failures() < 20000 and time.monotonic() < until:  # 0.5 s was not enough
            time.sleep(0.05)
        time.sleep(0.5)  # and the lines written after it
        print(process.audio_failures())
    """)
    assert done.returncode == 0, done.stderr
    err = done.stderr.splitlines()
    assert "python's own line" in err
    assert not any(line.startswith(("Expression", "[src/libmpg123")) for line in err)
    assert err.count("something native says") == 3  # repeated lines: a few times, then no more
    assert len(err) <= 201  # the cap on everything else (plus Python's own line)
    assert int(done.stdout.strip()) == 20000  # each PortAudio failure was counted


def test_without_the_filter_audio_failures_stay_zero():
    assert _child("from voice_interviewer import process; print(process.audio_failures())").stdout.strip() == "0"


def test_run_bounded_gives_up_on_a_call_that_never_returns():
    never = threading.Event()
    started = time.monotonic()
    assert process.run_bounded(never.wait, 0.3, "a stuck close") is False
    assert time.monotonic() - started < 2.0
    assert "a stuck close" in process.wedged()
    process._wedged.remove("a stuck close")  # this test's own mark, not the process's state
    assert process.run_bounded(lambda: None, 5.0, "a quick close") is True


def test_settle_joins_tracked_threads():
    done = threading.Event()
    t = process.track(threading.Thread(target=lambda: (time.sleep(0.3), done.set()), daemon=True))
    t.start()
    assert process.settle(timeout=10) is True
    assert done.is_set() and not t.is_alive()


@pytest.mark.slow
def test_a_damaged_mp3_scores_without_decoder_noise(tmp_path, real_speech_dir):
    """Issue 15 item 17: libmpg123 printed ``[src/libmpg123/layer3.c:…] error: …`` and ``Note:
    Illegal Audio-MPEG-Header`` lines around a successful score."""
    np = pytest.importorskip("numpy")
    import soundfile as sf

    speech, rate = sf.read(str(real_speech_dir / "jfk.flac"), dtype="float32")
    mp3 = tmp_path / "answer.mp3"
    try:
        sf.write(str(mp3), speech, rate, format="MP3")
    except (sf.LibsndfileError, TypeError, ValueError) as exc:
        pytest.skip(f"this libsndfile cannot write MP3: {exc}")
    data = bytearray(mp3.read_bytes())
    rng = np.random.default_rng(1)
    for i in range(40):  # damage some frames in the middle
        pos = int(len(data) * 0.3) + i * 997
        data[pos : pos + 6] = bytes(rng.integers(0, 256, 6).tolist())
    mp3.write_bytes(bytes(data))
    done = run_cli(["score", "-q", "lifecycle", str(mp3)], tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert "libmpg123" not in done.stderr and "MPEG-Header" not in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
