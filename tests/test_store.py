"""The session store: append-only, durable, private, and tolerant when reading back."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from voice_interviewer import store as store_mod
from voice_interviewer.errors import StoreError
from voice_interviewer.store import (
    SessionStore,
    data_home,
    list_sessions,
    open_session,
    read_events,
    valid_session_id,
)


def _new(home, **kw) -> SessionStore:
    return SessionStore.create(home, "practice", ["lifecycle", "monitoring"], {"seed": 3}, "questions", **kw)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_home_follows_the_environment(voice_interviewer_home):
    assert data_home() == voice_interviewer_home


def test_create_writes_the_header_first_with_private_permissions(tmp_path):
    s = _new(tmp_path)
    assert valid_session_id(s.id)
    assert s.folder == tmp_path / "sessions" / s.id
    assert _mode(tmp_path / "sessions") == 0o700
    assert _mode(s.folder) == 0o700
    assert _mode(s.path) == 0o600
    first = json.loads(s.path.read_text().splitlines()[0])
    assert first["type"] == "session" and first["format"] == 1
    assert first["id"] == s.id and first["mode"] == "practice"
    assert first["questions"] == ["lifecycle", "monitoring"]
    assert first["options"] == {"seed": 3}
    assert first["t"].endswith("Z") and first["elapsed"] >= 0
    assert "app_version" in first and "started" in first


def test_append_is_one_line_per_event_with_elapsed_from_the_injected_clock(tmp_path):
    now = [100.0]
    s = _new(tmp_path, clock=lambda: now[0])
    now[0] = 102.5
    rec = s.append({"type": "question_asked", "turn": 1, "question_id": "lifecycle"})
    assert rec["elapsed"] == 2.5
    size_after_first = s.path.stat().st_size
    s.append({"type": "cue", "turn": 1, "at": 1.0})
    raw = s.path.read_bytes()
    assert raw[:size_after_first] == s.path.read_bytes()[:size_after_first]  # never rewritten
    lines = raw.decode().splitlines()
    assert [json.loads(x)["type"] for x in lines] == ["session", "question_asked", "cue"]


def test_append_fsyncs_every_event(tmp_path, monkeypatch):
    s = _new(tmp_path)
    synced = []
    real = os.fsync
    monkeypatch.setattr(store_mod.os, "fsync", lambda fd: (synced.append(fd), real(fd)))
    s.append({"type": "cue", "turn": 1, "at": 3.0})
    s.append({"type": "cue", "turn": 1, "at": 4.0})
    assert len(synced) == 2


def test_save_audio_is_atomic_private_and_a_real_wav(tmp_path):
    s = _new(tmp_path)
    audio = np.sin(np.linspace(0, 200, 16000)).astype(np.float32) * 0.3
    rel = s.save_audio(1, "lifecycle", audio)
    assert rel == "audio/01-lifecycle.wav"
    path = s.folder / rel
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    with wave.open(str(path)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getnframes()) == (16000, 1, 16000)
    assert s.save_audio(2, "lifecycle/../x", audio[:100], partial=True) == "audio/02-lifecycle-..-x.partial.wav"
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_unwritable_data_directory_is_one_line_store_error(tmp_path):
    target = tmp_path / "file-not-dir"
    target.write_text("x")
    with pytest.raises(StoreError, match="cannot create data directory"):
        _new(target)


def test_failed_append_leaves_no_half_line_and_later_lines_stay_readable(tmp_path, monkeypatch):
    s = _new(tmp_path)
    s.append({"type": "question_asked", "turn": 1})
    before = s.path.read_bytes()

    def half_then_full(fd, data):  # writes half the line, then the disk is full
        os.write(fd, bytes(data)[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_mod, "_os_write", half_then_full)
    with pytest.raises(StoreError, match="disk full"):
        s.append({"type": "transcript", "turn": 1, "transcript": {"text": "x" * 500}})
    assert s.path.read_bytes() == before
    monkeypatch.setattr(store_mod, "_os_write", os.write)
    s.append({"type": "cue", "turn": 1, "at": 2.0})
    log = read_events(s.path)
    assert [e["type"] for e in log.events] == ["session", "question_asked", "cue"] and not log.warnings


def test_failed_audio_save_keeps_the_previous_take_and_no_temp_file(tmp_path, monkeypatch):
    s = _new(tmp_path)
    audio = np.zeros(1600, dtype=np.float32)
    rel = s.save_audio(1, "lifecycle", audio)
    original = (s.folder / rel).read_bytes()

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_mod, "_os_write", full)
    with pytest.raises(StoreError, match="disk full"):
        s.save_audio(1, "lifecycle", np.ones(16000, dtype=np.float32))
    assert (s.folder / rel).read_bytes() == original
    assert sorted(p.name for p in (s.folder / "audio").iterdir()) == ["01-lifecycle.wav"]


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 256 KiB tmpfs, so 'disk full' is the kernel's ENOSPC, not a simulation."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_real_disk_full_loses_nothing_already_saved(tiny_disk):
    s = _new(tiny_disk)
    s.append({"type": "question_asked", "turn": 1, "question_id": "lifecycle"})
    rel = s.save_audio(1, "lifecycle", np.zeros(16000, dtype=np.float32))  # ~32 KB
    s.append({"type": "answer_audio", "turn": 1, "path": rel, "duration": 1.0, "partial": False})
    saved_log = s.path.read_bytes()
    saved_wav = (s.folder / rel).read_bytes()
    with pytest.raises(StoreError, match="disk full"):
        for turn in range(2, 40):
            s.save_audio(turn, "big", np.zeros(16000 * 4, dtype=np.float32))
    with pytest.raises(StoreError, match="disk full"):
        for i in range(100000):
            s.append({"type": "transcript", "turn": 2, "transcript": {"text": "words " * 200, "i": i}})
    assert s.path.read_bytes().startswith(saved_log)
    assert (s.folder / rel).read_bytes() == saved_wav
    log = read_events(s.path)
    assert not log.warnings  # no half line
    assert [e["type"] for e in log.events[:3]] == ["session", "question_asked", "answer_audio"]
    assert not [p for p in (s.folder / "audio").iterdir() if p.name.endswith(".tmp")]


def test_reader_tolerates_a_cut_off_last_line(tmp_path):
    s = _new(tmp_path)
    s.append({"type": "question_asked", "turn": 1})
    with open(s.path, "ab") as f:
        f.write(b'{"type":"transcript","turn":1,"transc')
    log = read_events(s.path)
    assert [e["type"] for e in log.events] == ["session", "question_asked"]
    assert len(log.warnings) == 1 and "cut off" in log.warnings[0]
    assert log.status == "incomplete"


def test_reader_skips_a_garbage_line_with_a_warning(tmp_path):
    s = _new(tmp_path)
    with open(s.path, "ab") as f:
        f.write(b"\x00\xffgarbage\n")
    s.append({"type": "session_end", "status": "interrupted", "summary": {}})
    log = read_events(s.path)
    assert [e["type"] for e in log.events] == ["session", "session_end"]
    assert "line 2 is not a valid event" in log.warnings[0]
    assert log.status == "interrupted"


def test_reader_refuses_a_newer_format_clearly(tmp_path):
    path = tmp_path / "session.jsonl"
    path.write_text(json.dumps({"type": "session", "format": 2, "id": "x"}) + "\n")
    with pytest.raises(StoreError, match="format 2 is newer than this version reads .up to 1.; upgrade"):
        read_events(path)


def test_one_reader_one_policy_for_headers(tmp_path):
    """The reader every command uses: no ``format`` is format 1 (the earliest drafts), a format that is
    not a number is refused, and the id rule is the one ``replay`` checks (issue 14 item 1)."""
    from voice_interviewer import history, store

    path = tmp_path / "session.jsonl"
    path.write_text(json.dumps({"type": "session", "id": "x", "mode": "practice"}) + "\n")
    assert read_events(path).header["mode"] == "practice"
    path.write_text(json.dumps({"type": "session", "format": "1"}) + "\n")
    with pytest.raises(StoreError, match="format version '1' is not a number"):
        read_events(path)
    assert store.SESSION_ID_RE is history.SESSION_ID_RE
    assert valid_session_id("20260101-000000-abcd") and not valid_session_id("20260101-000000")


def test_reader_refuses_a_file_without_header(tmp_path):
    path = tmp_path / "session.jsonl"
    path.write_text('{"type":"cue"}\n')
    with pytest.raises(StoreError, match="not a session file"):
        read_events(path)


def test_list_and_open_sessions(tmp_path):
    a = _new(tmp_path)
    b = SessionStore.create(tmp_path, "rehearse", ["monitoring"], {}, "questions")
    b.append({"type": "session_end", "status": "completed", "summary": {}})
    (tmp_path / "sessions" / "not-a-session").mkdir()
    logs = list_sessions(tmp_path)
    assert sorted(log.id for log in logs) == sorted([a.id, b.id])
    assert open_session(tmp_path, b.id).status == "completed"
    assert list_sessions(tmp_path / "nowhere") == []


@pytest.mark.parametrize("bad", ["../etc", "/etc/passwd", "a/b", "..", "20260101-000000-ab/"])
def test_open_session_refuses_path_like_ids(tmp_path, bad):
    with pytest.raises(StoreError, match="invalid session id"):
        open_session(tmp_path, bad)
