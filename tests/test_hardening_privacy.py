"""Privacy: the candidate's voice never leaves the machine.

Two independent proofs that transcribing and scoring open no network connection:

* the real console script in a network namespace with no interfaces (``unshare -n``: not even
  loopback is up), where any connection attempt would fail and the commands would fail with it;
* in-process, every socket connect/lookup is both recorded by a Python audit hook (which also
  sees sockets made by libraries that imported ``socket`` long ago) and made to raise, and the
  test asserts that none was attempted.

(Permissions of what *is* stored — folders 0700, files 0600 — and ``delete`` are tested in
tests/test_hardening_storage.py.)
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys

import pytest

from hardening_support import cli_command, subprocess_env
from voice_interviewer.cli import main

JFK_WORDS = ("fellow americans", "your country")


def _can_unshare_net() -> bool:
    if not shutil.which("unshare") or os.geteuid() != 0:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _can_unshare_net(), reason="needs root and unshare -n (network namespace)")
def test_transcribe_score_and_rehearse_work_with_no_network_interfaces(
    real_speech_dir, hardening_answers, tmp_path
):
    def offline(*argv, timeout=600):
        return subprocess.run(
            ["unshare", "-n", *cli_command(), *map(str, argv)],
            env=subprocess_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    # inside the namespace there really is no network: only a loopback device, and it is down
    probe = subprocess.run(
        [
            "unshare",
            "-n",
            sys.executable,
            "-c",
            "import socket; s = socket.socket(); s.settimeout(2); s.connect(('1.1.1.1', 443))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert probe.returncode != 0 and "unreachable" in probe.stderr.lower(), probe.stderr

    jfk = real_speech_dir / "jfk.flac"
    done = offline("transcribe", jfk, "--json")
    assert done.returncode == 0, done.stderr
    text = json.loads(done.stdout)["text"].lower()
    assert all(w in text for w in JFK_WORDS), text

    done = offline("score", "-q", "lifecycle", jfk, "--json")
    assert done.returncode == 0, done.stderr
    verdict = json.loads(done.stdout)
    assert verdict["question_id"] == "lifecycle" and verdict["delivery"]["words"] > 10

    done = offline(
        "rehearse",
        "--question",
        "lifecycle",
        "--answers",
        hardening_answers,
        "--silent",
        "--no-follow-ups",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "completed"


# --------------------------------------------------------------------------- in-process socket block

_WATCH = {"on": False, "seen": []}
_NETWORK_EVENTS = (
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.sendto",
    "socket.bind",
    "urllib.Request",
    "http.client.connect",
)


def _audit(event, args):
    if _WATCH["on"] and event in _NETWORK_EVENTS:
        _WATCH["seen"].append((event, repr(args)[:200]))


sys.addaudithook(_audit)  # audit hooks cannot be removed: it records only while a test switches it on


@pytest.fixture
def no_network(monkeypatch):
    """Every way to reach the network raises, and every attempt is recorded."""
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(name)
            raise OSError(f"network blocked by the test ({name})")

        return blocked

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(name))
    _WATCH["seen"].clear()
    _WATCH["on"] = True
    yield attempts
    _WATCH["on"] = False


@pytest.mark.slow
def test_transcribe_and_score_attempt_no_connection_in_process(no_network, real_speech_dir, capsys):
    jfk = real_speech_dir / "jfk.flac"
    assert main(["transcribe", str(jfk), "--json"]) == 0
    text = json.loads(capsys.readouterr().out)["text"].lower()
    assert all(w in text for w in JFK_WORDS), text

    assert main(["score", "-q", "lifecycle", str(jfk), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["transcript"]

    assert (
        main(["score", "-q", "monitoring", "--text", "We watch drift with Evidently and alert.", "--json"])
        == 0
    )
    capsys.readouterr()
    assert no_network == []  # nothing even tried (the patches would have raised)
    assert _WATCH["seen"] == []  # and the interpreter's own audit events agree


def test_the_block_really_catches_a_connection(no_network):
    """The fixture is not vacuous: a connection attempt is refused and recorded both ways."""
    with pytest.raises(OSError, match="network blocked"):
        socket.create_connection(("example.com", 80), timeout=1)
    s = socket.socket()
    try:
        with pytest.raises(OSError, match="network blocked"):
            s.connect(("127.0.0.1", 9))
    finally:
        s.close()
    assert no_network == ["create_connection", "socket.connect"]
    _WATCH["on"] = False
    import _socket

    raw = _socket.socket()  # below the patches: only the audit hook can see it
    try:
        _WATCH["on"] = True
        raw.connect_ex(("127.0.0.1", 9))
    finally:
        raw.close()
    assert any(event == "socket.connect" for event, _ in _WATCH["seen"])
