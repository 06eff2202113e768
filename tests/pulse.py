"""A virtual microphone for tests: PulseAudio null sink + ``module-virtual-source``.

Audio played into the sink (``paplay``) comes out of the virtual source, which is made the
default source, so sounddevice — PortAudio's ALSA ``pulse``/``default`` device through
libasound2-plugins — records it exactly as it would a real microphone.

Starts a user PulseAudio daemon when none runs (as root it needs ``--system=false`` and prints
a warning, which is harmless) and leaves it running; it unloads only the modules it loaded. Several test sessions may share
one daemon, so module names get a suffix when ``vi_sink``/``vi_mic`` are already taken, and
``PULSE_SINK``/``PULSE_SOURCE`` point this process's streams at its own pair.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path


class PulseUnavailable(RuntimeError):
    """PulseAudio genuinely cannot run here (the reason is the message)."""


def _run(*args: str, timeout: float = 10) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=timeout)


def pulse_running() -> bool:
    return shutil.which("pactl") is not None and _run("pactl", "info").returncode == 0


@dataclass
class VirtualMic:
    sink: str
    source: str
    modules: list[str] = field(default_factory=list)
    started_daemon: bool = False
    _saved_env: dict = field(default_factory=dict)

    def play_into_mic(self, path: str | os.PathLike, *, delay: float = 0.0, wait: bool = True) -> threading.Thread:
        """Play an audio file into the virtual microphone (``paplay`` to the null sink).

        ``wait=False`` plays in a background thread (after ``delay`` seconds), so the caller can
        record at the same time; join the returned thread to wait for the end.
        """

        wav = _as_pcm_wav(Path(path))

        def go():
            if delay:
                time.sleep(delay)
            done = _run("paplay", f"--device={self.sink}", str(wav), timeout=300)
            if done.returncode != 0:
                raise RuntimeError(f"paplay failed: {done.stderr.strip()}")

        th = threading.Thread(target=go, daemon=True)
        th.start()
        if wait:
            th.join()
        return th

    def close(self) -> None:
        for mod in reversed(self.modules):
            _run("pactl", "unload-module", mod)
        self.modules.clear()
        for k, v in self._saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        # The daemon is left running even when this session started it: other test sessions
        # (several engineers, pytest-xdist) may have joined it meanwhile.


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


def _names_in_use(kind: str) -> set[str]:
    out = _run("pactl", "list", "short", kind).stdout
    return {line.split("\t")[1] for line in out.splitlines() if "\t" in line}


def start_virtual_mic() -> VirtualMic:
    """Start (or join) PulseAudio and create this session's sink + virtual source."""
    for exe in ("pulseaudio", "pactl", "paplay"):
        if shutil.which(exe) is None:
            raise PulseUnavailable(f"{exe} is not installed (apt install pulseaudio pulseaudio-utils)")
    started = False
    if not pulse_running():
        for attempt in range(3):  # a daemon that is just exiting still holds the lock: try again
            done = _run("pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "--system=false", "-n",
                        "--load=module-native-protocol-unix", "--log-target=stderr")
            for _ in range(50):
                if pulse_running():
                    break
                time.sleep(0.1)
            else:
                if attempt < 2:
                    time.sleep(1.0)
                    continue
                raise PulseUnavailable(f"pulseaudio would not start: {(done.stderr or '').strip()[-300:]}")
            break
        started = True
    sinks, sources = _names_in_use("sinks"), _names_in_use("sources")
    suffix = "" if "vi_sink" not in sinks and "vi_mic" not in sources else f"_{os.getpid()}"
    mic = VirtualMic(sink=f"vi_sink{suffix}", source=f"vi_mic{suffix}", started_daemon=started)
    try:
        for args in (
            ("module-null-sink", f"sink_name={mic.sink}", 
            
             f"sink_properties=device.description={mic.sink}"),
            ("module-virtual-source", f"source_name={mic.source}", f"master={mic.sink}.monitor"),
        ):
            done = _run("pactl", "load-module", *args)
            if done.returncode != 0:
                raise PulseUnavailable(f"pactl load-module {args[0]} failed: {done.stderr.strip()}")
            mic.modules.append(done.stdout.strip())
        _run("pactl", "set-default-source", mic.source)
        _run("pactl", "set-default-sink", mic.sink)
        for key, value in (("PULSE_SOURCE", mic.source), ("PULSE_SINK", mic.sink)):
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
