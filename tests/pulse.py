"""A virtual microphone for tests: a private PulseAudio daemon, a null sink + ``module-virtual-source``.

Audio played into the sink (``paplay``) comes out of the virtual source, which is made the
default source, so sounddevice — PortAudio's ALSA ``pulse``/``default`` device through
libasound2-plugins — records it exactly as it would a real microphone.

Every daemon the tests start is their own (:class:`PulseDaemon`): its own runtime directory and
socket, reached through ``PULSE_SERVER``, never the user's sound server — so a test may stop it
(the sound server going away) without disturbing anything else, and a later ``make run`` never
mistakes a leftover test sink for a microphone. Each is stopped by its fixture, by an ``atexit``
handler when the test process ends, and — when the process died too hard for either — by the
next test run, which reaps daemons whose owning process is gone.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

REGISTRY = Path(os.environ.get("VI_TEST_PULSE_DIR", "/tmp/vi-test-pulse"))


class PulseUnavailable(RuntimeError):
    """PulseAudio genuinely cannot run here (the reason is the message)."""


class PulseDaemon:
    """A PulseAudio daemon of the tests' own, in ``REGISTRY/<owner pid>-<n>/``.

    ``env`` is what a client needs to reach it (``PULSE_SERVER``); ``stop()`` ends it (SIGTERM,
    as ``pulseaudio --kill`` does), ``crash()`` kills it (SIGKILL).
    """

    _count = 0

    def __init__(self) -> None:
        for exe in ("pulseaudio", "pactl", "paplay"):
            if shutil.which(exe) is None:
                raise PulseUnavailable(f"{exe} is not installed (apt install pulseaudio pulseaudio-utils)")
        reap_stale_daemons()
        PulseDaemon._count += 1
        self.dir = REGISTRY / f"{os.getpid()}-{PulseDaemon._count}-{int(time.time() * 1000) % 100000}"
        (self.dir / "state").mkdir(parents=True, exist_ok=True)
        self.socket = self.dir / "native"
        self.env = {"PULSE_SERVER": f"unix:{self.socket}"}
        self.pid: int | None = None
        self._start()
        atexit.register(self.stop)

    def _daemon_env(self) -> dict:
        return dict(os.environ, PULSE_RUNTIME_PATH=str(self.dir), PULSE_STATE_PATH=str(self.dir / "state"),
                    XDG_RUNTIME_DIR=str(self.dir), **self.env)

    def _start(self) -> None:
        err = ""
        for attempt in range(3):
            done = subprocess.run(
                ["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "--system=false", "-n",
                 f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
                 "--log-target=stderr", "--disallow-exit=no"],
                capture_output=True, text=True, timeout=20, env=self._daemon_env())
            err = done.stderr
            for _ in range(50):
                if self.running():
                    pid_file = self.dir / "pid"
                    if pid_file.exists():
                        self.pid = int(pid_file.read_text().split()[0])
                    return
                time.sleep(0.1)
            time.sleep(0.5 * (attempt + 1))
        raise PulseUnavailable(f"pulseaudio would not start: {err.strip()[-300:]}")

    def run(self, *args: str, timeout: float = 10) -> subprocess.CompletedProcess:
        return subprocess.run(list(args), capture_output=True, text=True, timeout=timeout,
                              env=dict(os.environ, **self.env))

    def running(self) -> bool:
        return self.socket.exists() and self.run("pactl", "info").returncode == 0

    def _signal(self, sig: int) -> None:
        if self.pid is not None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass
            for _ in range(50):  # wait until it has really gone
                if not _alive(self.pid):
                    break
                time.sleep(0.1)
            self.pid = None

    def stop(self) -> None:
        self._signal(signal.SIGTERM)
        shutil.rmtree(self.dir, ignore_errors=True)

    def crash(self) -> None:
        self._signal(signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie is not alive
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][0] != "Z"
    except OSError:
        return False


def reap_stale_daemons() -> None:
    """Stop daemons left by test runs that died before their atexit handlers ran."""
    if not REGISTRY.is_dir():
        return
    for d in REGISTRY.iterdir():
        try:
            owner = int(d.name.split("-")[0])
        except ValueError:
            continue
        if _alive(owner):
            continue
        pid_file = d / "pid"
        if pid_file.exists():
            try:
                os.kill(int(pid_file.read_text().split()[0]), signal.SIGKILL)
            except (ValueError, ProcessLookupError, PermissionError):
                pass
        shutil.rmtree(d, ignore_errors=True)


@dataclass
class VirtualMic:
    sink: str
    source: str
    speaker: str | None = None  #: where the program under test plays, when not into the microphone
    modules: list[str] = field(default_factory=list)
    started_daemon: bool = False
    daemon: "PulseDaemon | None" = None
    _saved_env: dict = field(default_factory=dict)

    @property
    def env(self) -> dict:
        """What a child process needs to use this microphone and sink."""
        return {**(self.daemon.env if self.daemon else {}), "PULSE_SOURCE": self.source,
                "PULSE_SINK": self.speaker or self.sink}

    def play_into_mic(self, path: str | os.PathLike, *, delay: float = 0.0, wait: bool = True,
                      check: bool = True) -> threading.Thread:
        """Play an audio file into the virtual microphone (``paplay`` to the null sink).

        ``wait=False`` plays in a background thread (after ``delay`` seconds), so the caller can
        record at the same time; join the returned thread to wait for the end.
        """

        wav = _as_pcm_wav(Path(path))

        def go():
            if delay:
                time.sleep(delay)
            done = subprocess.run(["paplay", f"--device={self.sink}", str(wav)], capture_output=True, text=True,
                                  timeout=300, env=dict(os.environ, **self.env))
            if done.returncode != 0 and check:  # check=False: the test stops the server meanwhile
                raise RuntimeError(f"paplay failed: {done.stderr.strip()}")

        th = threading.Thread(target=go, daemon=True)
        th.start()
        if wait:
            th.join()
        return th

    def playing(self) -> int | None:
        """How many streams play into this server's sinks now (None when it does not answer)."""
        if self.daemon is None:
            return None
        done = self.daemon.run("pactl", "list", "short", "sink-inputs")
        return sum(1 for line in done.stdout.splitlines() if line.strip()) if done.returncode == 0 else None

    def wait_until_played(self, timeout: float, alive: Callable[[], bool] = lambda: True) -> bool:
        """Wait until a client has played something (into any sink) and stopped — the program under
        test has spoken its question and is listening now. False after ``timeout`` s, or as soon as
        ``alive()`` is False.

        Why: an answer played while the question is still being spoken is not the answer — the
        program keeps only the last ``pre_roll_s`` of what the microphone heard during the question —
        so a test that answers on a fixed schedule gets its first words dropped whenever the
        program starts slowly (a loaded machine), and sometimes all of them. Call it before any
        ``play_into_mic`` of this test's own, which would count as playing."""
        until = time.monotonic() + timeout
        seen = False
        while time.monotonic() < until and alive():
            n = self.playing()
            if n:
                seen = True
            elif n == 0 and seen:
                return True
            time.sleep(0.1)
        return False

    def close(self) -> None:
        if self.daemon is not None and self.daemon.running():
            for mod in reversed(self.modules):
                self.daemon.run("pactl", "unload-module", mod)
        self.modules.clear()
        for k, v in self._saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        self._saved_env.clear()
        if self.started_daemon and self.daemon is not None:
            self.daemon.stop()


def _as_pcm_wav(path: Path) -> Path:
    """paplay mis-times compressed files here (an 11 s FLAC "plays" in 2 s into a null sink):
    always hand it 16-bit PCM WAV, converted once into a temp dir."""
    if path.suffix.lower() == ".wav":
        return path
    import tempfile

    import soundfile as sf

    out = Path(tempfile.gettempdir()) / f"vi-pulse-{os.getpid()}-{abs(hash(str(path.resolve())))}.wav"
    if not out.exists():
        data, rate = sf.read(str(path), dtype="float32")
        sf.write(str(out), data, rate, subtype="PCM_16")
    return out


def start_virtual_mic(daemon: PulseDaemon | None = None, *, set_env: bool = True,
                      headset: bool = False) -> VirtualMic:
    """Start a private PulseAudio daemon (or use ``daemon``) with a sink and a virtual source.

    ``set_env``: point this process (and its children) at it: ``PULSE_SERVER``, ``PULSE_SINK``,
    ``PULSE_SOURCE``; ``close()`` restores them and stops the daemon it started.

    ``headset``: what the program plays goes to a sink of its own (``speaker``), as into headphones,
    instead of into the microphone's sink. Without it the microphone hears the program's own
    questions at full level (a digital loopback no room has), so an answer's recording starts with
    the tail of the question — and Whisper, prompted with fillers, decoded some such recordings
    (an 11 s answer, clearly heard) as nothing at all: "no speech detected".
    """
    own = daemon is None
    daemon = daemon or PulseDaemon()
    mic = VirtualMic(sink="vi_sink", source="vi_mic", speaker="vi_speaker" if headset else None,
                     started_daemon=own, daemon=daemon)
    sinks = [mic.sink] + ([mic.speaker] if mic.speaker else [])
    try:
        for args in (
            *(("module-null-sink", f"sink_name={sink}", f"sink_properties=device.description={sink}")
              for sink in sinks),
            ("module-virtual-source", f"source_name={mic.source}", f"master={mic.sink}.monitor"),
        ):
            done = daemon.run("pactl", "load-module", *args)
            if done.returncode != 0:
                raise PulseUnavailable(f"pactl load-module {args[0]} failed: {done.stderr.strip()}")
            mic.modules.append(done.stdout.strip())
        daemon.run("pactl", "set-default-source", mic.source)
        daemon.run("pactl", "set-default-sink", mic.speaker or mic.sink)
        if set_env:
            for key, value in (("PULSE_SERVER", daemon.env["PULSE_SERVER"]), ("PULSE_SOURCE", mic.source),
                               ("PULSE_SINK", mic.speaker or mic.sink)):
                mic._saved_env[key] = os.environ.get(key)
                os.environ[key] = value
    except Exception:
        mic.close()
        raise
    return mic


def sounddevice_sees_pulse() -> bool:
    """PortAudio caches the device list at import; the ALSA ``pulse`` device must be in it."""
    import sounddevice as sd

    try:
        names = [d["name"] for d in sd.query_devices()]
    except Exception:
        return False
    return any(n in ("pulse", "default") for n in names)


def silence_wav(path: Path, seconds: float) -> Path:
    """Write a WAV of digital silence (for tests that need nothing played)."""
    import numpy as np
    import soundfile as sf

    sf.write(str(path), np.zeros(int(16000 * seconds), dtype=np.float32), 16000)
    return path
