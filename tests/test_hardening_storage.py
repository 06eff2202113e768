"""Storage faults: an unwritable data directory, a full disk while saving, damaged session files,
private permissions, and ``delete`` leaving nothing behind.

Where the kernel can do it for real (we run as root), it does: a read-only tmpfs and a tiny tmpfs
that really fills up, each mounted in a private mount namespace (``unshare -m``) so nothing leaks
out of the test. The same faults are also injected at the OS boundary in-process (``os.mkdir``,
the store's ``os.write``) so they are covered where ``unshare`` is not available.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from hardening_support import assert_one_line_error, cli_command, subprocess_env
from voice_interviewer import store as store_module
from voice_interviewer.bank import load_bank
from voice_interviewer.cli import main
from voice_interviewer.errors import StoreError
from voice_interviewer.interview import Policy, run_interview
from voice_interviewer.store import SessionStore, list_sessions, read_events

ANSWER = (
    "We version the data with DVC and track experiments in MLflow, package the model in Docker, "
    "deploy it on Kubernetes through a CI/CD pipeline and monitor drift with Prometheus to retrain."
)


def _can_unshare_mount() -> bool:
    if not shutil.which("unshare") or os.geteuid() != 0:
        return False
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"], capture_output=True
    )
    return done.returncode == 0


needs_mount_ns = pytest.mark.skipif(
    not _can_unshare_mount(), reason="needs root and unshare -m (mount namespace)"
)


def _in_private_mount(mount_opts: str, mountpoint: Path, argv: list[str], home: Path, timeout: float = 300):
    """Run the console script with a fresh tmpfs (``mount_opts``) at ``mountpoint``, in a private
    mount namespace: the mount disappears with the process."""
    mountpoint.mkdir(parents=True, exist_ok=True)
    script = 'mount -t tmpfs -o "$1" tmpfs "$2" && shift 2 && exec "$@"'
    return subprocess.run(
        [
            "unshare",
            "-m",
            "sh",
            "-c",
            script,
            "sh",
            mount_opts,
            str(mountpoint),
            *cli_command(),
            *map(str, argv),
        ],
        env=subprocess_env(home),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _fake_interview(home: Path, fakes, *, texts=(ANSWER, "We compare drift metrics and roll back.")):
    """One practice interview (question + follow-up) through the real loop and store, with the
    scripted seams from conftest (no model, no audio devices)."""
    question = load_bank().get("lifecycle")
    clock = fakes.FakeClock()
    store = SessionStore.create(home, "practice", [question.id], {}, "questions", clock=clock)
    try:
        return run_interview(
            [question],
            speaker=fakes.ScriptedSpeaker(),
            transcriber=fakes.ScriptedTranscriber(*texts),
            sources=fakes.ScriptedSources(lambda turn, attempt: fakes.ScriptedSource(3.0)),
            listen=fakes.ScriptedListen(clock),
            policy=Policy.practice(),
            store=store,
            ui=fakes.RecordingUI(),
            clock=clock,
        ), store
    finally:
        store.close()


# --------------------------------------------------------------------------- data directory not writable


def test_data_directory_under_a_file_is_one_line(tmp_path, monkeypatch, capsys, hardening_answers):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data directory should be")
    monkeypatch.setenv("VOICE_INTERVIEWER_HOME", str(blocker / "home"))
    rc = main(["rehearse", "--question", "lifecycle", "--answers", str(hardening_answers), "--silent"])
    err = capsys.readouterr().err
    assert rc == 7
    assert_one_line_error(err, str(blocker / "home"), "cannot create data directory")
    rc = main(["sessions"])
    err = capsys.readouterr().err
    assert rc == 7
    assert_one_line_error(err, str(blocker / "home"))


def test_permission_denied_at_the_os_boundary_is_one_line(tmp_path, monkeypatch, capsys, hardening_answers):
    home = tmp_path / "home"
    monkeypatch.setenv("VOICE_INTERVIEWER_HOME", str(home))
    real_mkdir = os.mkdir

    def denied(path, *args, **kwargs):
        if str(path).startswith(str(home)):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", denied)
    rc = main(["practice", "--question", "lifecycle", "--answers", str(hardening_answers), "--silent"])
    err = capsys.readouterr().err
    assert rc == 7
    assert_one_line_error(err, str(home), "not writable")


@needs_mount_ns
def test_read_only_data_directory_for_real(tmp_path, hardening_answers):
    mnt = tmp_path / "ro"
    done = _in_private_mount(
        "ro,size=1m",
        mnt,
        ["rehearse", "--question", "lifecycle", "--answers", hardening_answers, "--silent"],
        mnt / "home",
    )
    assert done.returncode == 7, done.stderr
    assert_one_line_error(done.stderr, str(mnt / "home"), "not writable")


# --------------------------------------------------------------------------- disk full


def test_disk_full_while_appending_keeps_every_earlier_line(tmp_path, monkeypatch):
    store = SessionStore.create(tmp_path, "practice", ["lifecycle"], {}, "questions")
    store.append(
        {
            "type": "question_asked",
            "turn": 1,
            "question_id": "lifecycle",
            "follow_up_id": None,
            "text": "Q?",
            "parent_turn": None,
        }
    )
    before = store.path.read_bytes()

    def half_then_full(fd, data):  # the kernel took half the line, then the disk was full
        os.write(fd, bytes(data)[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_module, "_os_write", half_then_full)
    with pytest.raises(StoreError) as info:
        store.append({"type": "transcript", "turn": 1, "transcript": {"text": "x" * 5000}})
    assert (
        "disk full" in str(info.value) and "\n" not in str(info.value) and str(store.path) in str(info.value)
    )
    assert store.path.read_bytes() == before  # the half line was cut back off
    monkeypatch.undo()
    store.append({"type": "session_end", "status": "completed", "summary": {}})  # space again: it goes on
    store.close()
    log = read_events(store.path)
    assert not log.warnings and [e["type"] for e in log.events] == [
        "session",
        "question_asked",
        "session_end",
    ]


def test_disk_full_while_saving_the_second_answer_loses_nothing_saved(tmp_path, monkeypatch, interview_fakes):
    real_write = store_module._os_write
    saves = {"n": 0}
    real_save = SessionStore.save_audio

    def count_saves(self, *args, **kwargs):
        saves["n"] += 1
        return real_save(self, *args, **kwargs)

    def full_on_second_audio(fd, data):
        if saves["n"] >= 2 and len(data) > 1000 and bytes(data[:4]) == b"RIFF":
            real_write(fd, bytes(data)[:4096])  # part of the WAV reached the disk
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(SessionStore, "save_audio", count_saves)
    monkeypatch.setattr(store_module, "_os_write", full_on_second_audio)
    with pytest.raises(StoreError) as info:
        _fake_interview(tmp_path, interview_fakes)
    message = str(info.value)
    assert "disk full" in message and "02-lifecycle" in message and "\n" not in message
    folder = next((tmp_path / "sessions").iterdir())
    log = read_events(folder / "session.jsonl")
    assert not log.warnings
    types = [e["type"] for e in log.events]
    assert types[:6] == [
        "session",
        "question_asked",
        "answer_audio",
        "transcript",
        "verdict",
        "question_asked",
    ]
    assert log.events[-1]["type"] == "session_end" and log.events[-1]["status"] == "failed"
    audio = sorted(p.name for p in (folder / "audio").iterdir())
    assert audio == ["01-lifecycle.wav"]  # the saved take is whole; no temp file of the failed one
    with wave.open(str(folder / "audio" / "01-lifecycle.wav")) as w:
        assert w.getnframes() == 3 * 16000


@needs_mount_ns
@pytest.mark.slow
def test_a_really_full_disk_keeps_the_first_turn_readable(tmp_path, hardening_answers):
    """A 450 kB tmpfs: the first answer (~360 kB of WAV) fits, the follow-up's does not. The
    session is copied out of the namespace before it closes, then read back."""
    mnt, out = tmp_path / "small", tmp_path / "copy"
    mnt.mkdir()
    script = (
        'mount -t tmpfs -o size=450k tmpfs "$1" && shift && "$@"; rc=$?; '
        f'cp -a "{mnt}/home" "{out}"; exit $rc'
    )
    argv = cli_command() + [
        "rehearse",
        "--question",
        "lifecycle",
        "--answers",
        str(hardening_answers),
        "--silent",
    ]
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", str(mnt), *argv],
        env=subprocess_env(mnt / "home"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 7, done.stderr
    assert_one_line_error(done.stderr, "disk full")
    logs = list_sessions(out)
    assert len(logs) == 1
    log = logs[0]
    assert not log.warnings  # no half line
    first = [e["type"] for e in log.events if e.get("turn") == 1]
    assert {"answer_audio", "transcript", "verdict"} <= set(first)
    saved = log.folder / log.of_type("answer_audio")[0]["path"]
    with wave.open(str(saved)) as w:
        assert abs(w.getnframes() / 16000 - log.of_type("answer_audio")[0]["duration"]) < 0.05
    assert not list(log.folder.rglob("*.tmp"))


# --------------------------------------------------------------------------- damaged session files


def _saved_session(home: Path, fakes) -> Path:
    result, store = _fake_interview(home, fakes)
    assert result.status == "completed"
    return store.path


def test_session_cut_off_mid_line_replays_with_one_warning(voice_interviewer_home, interview_fakes, capsys):
    path = _saved_session(voice_interviewer_home, interview_fakes)
    data = path.read_bytes()
    lines = data.split(b"\n")
    path.write_bytes(data[: len(data) - len(lines[-2]) // 2 - 1])  # power loss inside the last line
    session_id = path.parent.name
    rc = main(["replay", session_id])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert "Traceback" not in err
    warnings = [line for line in err.splitlines() if line.strip()]
    assert len(warnings) == 1 and "cut off" in warnings[0] and str(path.name) in warnings[0], err
    assert "DVC" in out  # the finished turns are all there
    rc = main(["sessions", "--json"])
    out, err = capsys.readouterr()
    assert rc == 0 and [s["id"] for s in json.loads(out)] == [session_id]


def test_session_with_a_line_of_garbage_replays_the_rest(voice_interviewer_home, interview_fakes, capsys):
    path = _saved_session(voice_interviewer_home, interview_fakes)
    lines = path.read_bytes().split(b"\n")
    lines.insert(3, b"\x00\xffgarbage{not json")
    path.write_bytes(b"\n".join(lines))
    rc = main(["replay", path.parent.name, "--json"])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert "Traceback" not in err
    warnings = [line for line in err.splitlines() if line.strip()]
    assert len(warnings) == 1 and "line 4" in warnings[0], err
    json.loads(out)  # stdout stays pure JSON
    log = read_events(path)
    assert log.warnings and len(log.of_type("verdict")) == 2


def test_a_session_file_that_is_all_garbage_is_one_line(voice_interviewer_home, interview_fakes, capsys):
    path = _saved_session(voice_interviewer_home, interview_fakes)
    path.write_bytes(os.urandom(2000))
    rc = main(["replay", path.parent.name])
    out, err = capsys.readouterr()
    assert rc != 0
    assert_one_line_error(err, path.parent.name)


# --------------------------------------------------------------------------- privacy on disk


def test_session_folders_are_0700_and_files_0600_even_with_a_permissive_umask(tmp_path, interview_fakes):
    old = os.umask(0)
    try:
        _, store = _fake_interview(tmp_path, interview_fakes)
    finally:
        os.umask(old)
    folder = store.folder
    for d in (tmp_path, tmp_path / "sessions", folder, folder / "audio"):
        assert stat.S_IMODE(d.stat().st_mode) == 0o700, d
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert len(files) == 3  # session.jsonl and two answers
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    from voice_interviewer.history import load_summaries

    old = os.umask(0)
    try:
        assert (
            len(load_summaries(tmp_path)) == 1
        )  # writes the listing cache (it holds scores and question ids)
    finally:
        os.umask(old)
    caches = [p for p in tmp_path.rglob("*") if "sessions" not in p.relative_to(tmp_path).parts]
    assert caches
    for p in caches:
        assert stat.S_IMODE(p.stat().st_mode) == (0o700 if p.is_dir() else 0o600), p


def test_delete_leaves_nothing_behind(voice_interviewer_home, interview_fakes, capsys):
    home = voice_interviewer_home
    _, keep = _fake_interview(home, interview_fakes)
    _, gone = _fake_interview(home, interview_fakes)
    assert main(["sessions"]) == 0  # builds the listing cache, which mentions both
    capsys.readouterr()
    cache_files = [p for p in home.rglob("*") if p.is_file() and "sessions" not in p.relative_to(home).parts]
    assert any(gone.id in p.read_text(errors="replace") for p in cache_files)
    rc = main(["delete", gone.id, "--yes"])
    capsys.readouterr()
    assert rc == 0
    assert not gone.folder.exists()
    leftovers = [p for p in home.rglob("*") if gone.id in str(p)]
    leftovers += [p for p in home.rglob("*") if p.is_file() and gone.id.encode() in p.read_bytes()]
    assert leftovers == [], leftovers
    assert keep.folder.is_dir() and (keep.folder / "session.jsonl").is_file()
    assert [log.id for log in list_sessions(home)] == [keep.id]
    rc = main(["delete", gone.id, "--yes"])  # twice: one line, not a traceback
    err = capsys.readouterr().err
    assert rc != 0
    assert_one_line_error(err, gone.id)


def test_audio_samples_saved_are_the_samples_recorded(tmp_path):
    store = SessionStore.create(tmp_path, "practice", [], {}, "questions")
    audio = (0.5 * np.sin(np.linspace(0, 200 * np.pi, 16000))).astype(np.float32)
    rel = store.save_audio(1, "../../escape", audio)
    store.close()
    assert rel.startswith("audio/") and ".." not in rel  # a name cannot climb out of the folder
    with wave.open(str(store.folder / rel)) as w:
        got = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32) / 32767
    assert np.max(np.abs(got - audio)) < 1e-3


def test_empty_session_file_and_stray_entries_are_warnings_not_crashes(
    voice_interviewer_home, interview_fakes, capsys
):
    home = voice_interviewer_home
    _, good = _fake_interview(home, interview_fakes)
    empty = home / "sessions" / "20250101-000000-aaaa"
    empty.mkdir(mode=0o700)
    (empty / "session.jsonl").write_bytes(b"")  # created, then the power went
    (home / "sessions" / "20250101-000000-bbbb").write_text("a file, not a folder")
    (home / "sessions" / "notes.txt").write_text("the user's own file")
    for argv in (["sessions", "--json"], ["progress"], ["compare", "lifecycle"]):
        rc = main(argv)
        out, err = capsys.readouterr()
        assert rc == 0, (argv, err)
        assert "Traceback" not in err
    rc = main(["sessions", "--json"])
    out, _ = capsys.readouterr()
    assert [s["id"] for s in json.loads(out)] == [good.id]
    rc = main(["replay", "20250101-000000-aaaa"])
    err = capsys.readouterr().err
    assert rc == 7
    assert_one_line_error(err, "20250101-000000-aaaa", "not a session file")


def test_replay_with_a_missing_recording_warns_and_goes_on(voice_interviewer_home, interview_fakes, capsys):
    _, store = _fake_interview(voice_interviewer_home, interview_fakes)
    for wav in (store.folder / "audio").iterdir():
        wav.unlink()
    rc = main(["replay", store.id, "--json"])
    out, err = capsys.readouterr()
    assert rc == 0 and "Traceback" not in err, err
    assert len(json.loads(out)["turns"]) == 2  # the transcripts and verdicts are all still there
    rc = main(["replay", store.id, "--play"])  # nothing to play: said once per answer, the replay goes on
    out, err = capsys.readouterr()
    assert rc == 0 and "Traceback" not in err, err
    assert err.count("recorded answer is missing") == 2 and "DVC" in out
