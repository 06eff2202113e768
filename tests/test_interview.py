"""``practice`` and ``rehearse`` end to end: the CLI, real recorded answers, the real Whisper model,
the real recorder/endpointing path, and the saved session read back from disk."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from voice_interviewer.bank import load_bank
from voice_interviewer.cli import main
from voice_interviewer.store import list_sessions, read_events
from hardening_support import default_sigint

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "audio_fixtures"
GUIDE = REPO.parent / "shared" / "seed" / "000_03ac0d1b1b231269.txt"
QID = "lifecycle"


@pytest.fixture(scope="module")
def strong() -> Path:
    path = FIXTURES / "strong"
    if not (path / f"{QID}.ogg").is_file():
        pytest.fail(f"{path}/{QID}.ogg is missing: the answer fixtures are part of the repository")
    return path


@pytest.fixture(scope="module")
def bank():
    return load_bank()


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # rich tables unwrapped, so the report is easy to assert


def _answer(folder: Path, key: str) -> Path:
    for ext in (".wav", ".flac", ".ogg", ".mp3"):
        if (folder / f"{key}{ext}").is_file():
            return folder / f"{key}{ext}"
    raise AssertionError(f"no {key}.* in {folder}")


def _session(home: Path):
    logs = list_sessions(home)
    assert len(logs) == 1, [log.id for log in logs]
    return logs[0]


def _guide_text() -> str:
    return " ".join(GUIDE.read_text(encoding="utf-8").split()) if GUIDE.exists() else ""


def test_practice_with_answer_files_saves_transcripts_verdicts_and_the_guide_follow_up(
        strong, bank, voice_interviewer_home, capsys):
    rc = main(["practice", "--question", QID, "--answers", str(strong), "--silent"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    log = _session(voice_interviewer_home)
    assert log.mode == "practice" and log.header["questions"] == [QID] and log.status == "completed"
    assert not log.warnings
    question = bank.get(QID)

    # the main answer: transcript with word timings, a verdict with delivery figures
    t1 = log.of_type("transcript")[0]["transcript"]
    assert len(t1["text"].split()) > 40 and t1["words"] and t1["words"][0]["end"] > t1["words"][0]["start"]
    v1 = log.of_type("verdict")[0]["verdict"]
    assert v1["question_id"] == QID and v1["follow_up_id"] is None and v1["transcript"] == t1["text"]
    assert v1["score"] >= 50, v1["score"]  # a strong answer
    assert v1["delivery"]["wpm"] > 80 and v1["delivery"]["target_seconds"] == list(question.target_seconds)

    # the follow-up: the guide's wording, asked as turn 2, answered from <qid>.followup.*
    chosen = {"turn": 1, "follow_up": v1["follow_up"]}  # chosen once, by the verdict, and stored with it
    assert chosen["follow_up"]["reason"] and "follow_up_chosen" not in [e["type"] for e in log.events]
    fu = question.follow_up(chosen["follow_up"]["id"])
    assert chosen["follow_up"]["text"] == fu.text
    if _guide_text():
        assert " ".join(fu.text.split()) in _guide_text()
    asked = log.of_type("question_asked")
    assert [(a["turn"], a["follow_up_id"], a["parent_turn"]) for a in asked] == [(1, None, None), (2, fu.id, 1)]
    assert asked[1]["text"] == fu.text
    v2 = log.of_type("verdict")[1]["verdict"]
    assert v2["follow_up_id"] == fu.id and {c["id"] for c in v2["concepts"]} == {c.id for c in fu.concepts}
    assert log.of_type("transcript")[1]["transcript"]["text"].strip()

    # the audio: both answers kept, private
    paths = [log.folder / a["path"] for a in log.of_type("answer_audio")]
    assert len(paths) == 2 and all(p.is_file() for p in paths)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in paths)
    assert all(not a["partial"] for a in log.of_type("answer_audio"))

    # the human report
    assert "Summary" in out.out and "practise next" in out.out
    end = log.of_type("session_end")[0]
    assert [r["turn"] for r in end["summary"]["turns"]] == [1, 2]
    assert end["summary"]["turns"][0]["wpm"] == v1["delivery"]["wpm"]


def test_rehearse_json_cues_and_stops_at_the_time_limit(strong, voice_interviewer_home, capsys):
    rc = main(["rehearse", "--question", QID, "--answers", str(strong), "--silent", "--time-limit", "20",
               "--no-follow-ups", "--json"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    report = json.loads(out.out)  # stdout is pure JSON
    log = _session(voice_interviewer_home)
    assert report["session_id"] == log.id and report["status"] == "completed" and log.mode == "rehearse"
    timing = log.of_type("timing")[0]
    assert timing["budget_s"] == 20 and timing["hard_stop"] is True
    assert 19.5 <= timing["used_s"] <= 20.5
    cue = log.of_type("cue")[0]
    assert cue["turn"] == 1 and 16.5 <= cue["at"] <= 18.0  # the later of 15 s before and 85 %
    audio = log.of_type("answer_audio")[0]
    assert audio["ended_by"] == "limit" and audio["duration"] == pytest.approx(20, abs=0.6)
    assert "follow_up_chosen" not in [e["type"] for e in log.events]
    # what was said before the stop is kept and scored
    assert log.of_type("verdict")[0]["verdict"]["score"] > 0
    row = report["summary"]["turns"][0]
    assert row["budget_s"] == 20 and row["hard_stop"] is True and row["wpm"] > 0
    assert report["summary"]["timing"]["hard_stops"] == [1]


def test_rehearse_report_shows_time_against_budget_and_full_verdicts(strong, bank, voice_interviewer_home,
                                                                      tmp_path, capsys):
    answers = tmp_path / "answers"  # the main answer only: the follow-up goes unanswered
    answers.mkdir()
    main_file = _answer(strong, QID)
    shutil.copy(main_file, answers / main_file.name)
    rc = main(["rehearse", "--question", QID, "--answers", str(answers), "--silent", "--time-limit", "15"])
    out = capsys.readouterr().out
    assert rc == 0
    log = _session(voice_interviewer_home)
    unanswered = log.of_type("unanswered")
    assert [(u["turn"], u["reason"]) for u in unanswered] == [(2, "no answer given")]
    assert "time / budget" in out and "15s / 15s (stopped)" in out
    assert "Verdicts" in out and "Missing" in out  # the full verdict, rendered at the end


def test_spoken_skip_command_through_the_cli(voice_interviewer_home, tmp_path, capsys):
    if not shutil.which("espeak-ng"):
        pytest.skip("espeak-ng is not installed")
    commands = FIXTURES / "commands"
    answers = tmp_path / "answers"
    answers.mkdir()
    recorded = sorted(commands.glob("skip*.*")) if commands.is_dir() else []
    if recorded:
        shutil.copy(recorded[0], answers / f"{QID}{recorded[0].suffix}")
    else:
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(answers / f"{QID}.wav"),
                        "Skip this question."], check=True)
    rc = main(["practice", "--question", QID, "--question", "monitoring", "--answers", str(answers), "--silent"])
    capsys.readouterr()
    assert rc == 0
    log = _session(voice_interviewer_home)
    assert [c["command"] for c in log.of_type("command")] == ["skip"]
    reasons = [(u["turn"], u["reason"]) for u in log.of_type("unanswered")]
    assert reasons == [(1, "skipped"), (2, "no answer given")]
    assert [a["question_id"] for a in log.of_type("question_asked")] == [QID, "monitoring"]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["practice", "--question", "lifecycel"], "unknown question id 'lifecycel' (did you mean: lifecycle"),
        (["practice", "--category", "nope"], "unknown category 'nope'"),
        (["practice", "--silent", "--speak-to", "x"], "--silent and --speak-to cannot be used together"),
        (["rehearse", "--question", QID, "--category", "core"], "--question and --category cannot be used"),
        (["practice", "--realtime"], "--realtime needs --answers"),
        (["rehearse", "--time-limit", "0"], "--time-limit must be positive"),
        (["practice", "--answers", "/nonexistent/dir"], "--answers /nonexistent/dir: no such directory"),
    ],
)
def test_bad_options_are_one_line_errors(argv, message, capsys):
    rc = main(argv)
    err = capsys.readouterr().err
    assert rc == 2
    assert err.startswith("error: ") and message in err and err.count("\n") == 1


def _env(home: Path, **extra) -> dict:
    env = dict(os.environ, VOICE_INTERVIEWER_HOME=str(home), PYTHONUNBUFFERED="1", **extra)
    return env


def test_no_microphone_says_so_in_one_line(tmp_path):
    env = _env(tmp_path, PULSE_SERVER="unix:/nonexistent")  # PortAudio sees no device at all
    done = subprocess.run([sys.executable, "-m", "voice_interviewer", "practice", "--silent"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 4
    assert done.stderr.startswith("error: no microphone found") and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


def test_demo_runs_a_short_rehearsal_when_there_is_no_microphone(strong, tmp_path):
    env = _env(tmp_path, PULSE_SERVER="unix:/nonexistent")
    done = subprocess.run([sys.executable, "-m", "voice_interviewer", "practice", "--demo-if-no-mic",
                           "--silent", "--count", "1"], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[0].startswith("no microphone found: running the demo")
    assert "Summary" in done.stdout and "time / budget" in done.stdout
    log = _session(tmp_path)
    assert log.mode == "rehearse" and log.header["options"]["demo"] is True
    assert log.of_type("verdict")


def _wait_for(predicate, timeout: float, what: str, every: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}")


def _wait_steady(predicate, timeout: float, what: str, polls: int = 3, every: float = 0.1) -> None:
    """Wait until ``predicate`` holds for ``polls`` consecutive polls."""
    deadline, run = time.monotonic() + timeout, 0
    while time.monotonic() < deadline:
        run = run + 1 if predicate() else 0
        if run >= polls:
            return
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}")


def _events(home: Path) -> list[dict]:
    """The events of the session being written (none yet while its file is created: polled, the
    file can be there before its header line is whole)."""
    from voice_interviewer.errors import StoreError

    files = list((home / "sessions").glob("*/session.jsonl")) if (home / "sessions").is_dir() else []
    if not files:
        return []
    try:
        return read_events(files[0]).events
    except StoreError:
        if b"\n" not in files[0].read_bytes():  # the header line is not written yet
            return []
        raise


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_signal_during_the_second_answer_of_a_realtime_rehearsal_keeps_the_first_turn(strong, tmp_path, sig):
    env = _env(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "voice_interviewer", "rehearse", "--question", QID, "--answers", str(strong),
         "--realtime", "--silent", "--time-limit", "6"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=default_sigint)
    try:
        _wait_for(lambda: any(e["type"] == "question_asked" and e["turn"] == 2 for e in _events(tmp_path)),
                  120, "the second question")
        time.sleep(2.5)  # well into the second answer, which is fed at speaking pace
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("interrupted: 1 finished turn kept in session")
    log = _session(tmp_path)
    assert not log.warnings and log.status == "interrupted"
    first = [e for e in log.events if e.get("turn") == 1]
    assert [e["type"] for e in first if e["type"] in ("answer_audio", "transcript", "verdict", "timing")] == \
        ["answer_audio", "transcript", "timing", "verdict"]
    partial = [a for a in log.of_type("answer_audio") if a["turn"] == 2]
    assert len(partial) == 1 and partial[0]["partial"] is True and partial[0]["ended_by"] == "interrupted"
    assert 1.0 <= partial[0]["duration"] <= 6.0
    assert (log.folder / partial[0]["path"]).is_file() and partial[0]["path"].endswith(".partial.wav")
    stop = log.of_type("interrupted")[0]
    assert stop["turn"] == 2 and stop["during"] == "listening"
    assert stop["signal"] == ("SIGINT" if sig == signal.SIGINT else "SIGTERM")
    end = log.events[-1]
    assert end["type"] == "session_end" and [r["status"] for r in end["summary"]["turns"]] == \
        ["answered", "interrupted"]


@pytest.mark.audio_devices
def test_practice_through_the_virtual_microphone(virtual_mic, strong, bank, voice_interviewer_home, tmp_path,
                                                 capsys):
    """The question is played to the default sink, the answer is played into the virtual source
    while the program records it, then the same for the follow-up."""
    if not shutil.which("sox"):
        pytest.skip("sox is needed to shorten the fixtures")
    clips = []
    for key in (QID, f"{QID}.followup"):
        src = _answer(strong, key)
        clip = tmp_path / f"{key}.wav"  # the first 15 s: keeps the test short
        subprocess.run(["sox", str(src), "-r", "16000", "-c", "1", str(clip), "trim", "0", "15"], check=True)
        clips.append(clip)

    def streams(kind: str) -> set[str]:
        """Ids of this process's recording (source-outputs) or playback (sink-inputs) streams;
        the PulseAudio daemon may be shared with other test sessions."""
        out = subprocess.run(["pactl", "list", kind], capture_output=True, text=True).stdout
        header = "Source Output #" if kind == "source-outputs" else "Sink Input #"
        blocks = re.split(f"^{header}", out, flags=re.M)[1:]
        return {b.split()[0] for b in blocks if f'application.process.id = "{os.getpid()}"' in b}

    def recording_streams() -> set[str]:
        return streams("source-outputs")

    played: list[float] = []
    failures: list[BaseException] = []

    def candidate():
        try:
            seen = recording_streams()
            for clip in clips:  # each answer: wait for the program to open the microphone, then speak
                opened = _wait_for(lambda: recording_streams() - seen, 120, "the microphone to open", 0.25)
                seen |= opened
                # the microphone opens before the question is spoken: answer when the question ends.
                # Steady states only: PortAudio opens a device for a moment to check its settings.
                _wait_steady(lambda: bool(streams("sink-inputs")), 60, "the question to be played")
                _wait_steady(lambda: not streams("sink-inputs"), 120, "the question to end")
                played.append(time.monotonic())
                virtual_mic.play_into_mic(clip, delay=0.3)
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)

    thread = threading.Thread(target=candidate, daemon=True)
    thread.start()
    rc = main(["practice", "--question", QID, "--end-silence", "2", "--voice", "espeak"])
    thread.join(timeout=30)
    err = capsys.readouterr().err
    assert not failures, failures
    assert rc == 0, (err, [(e["type"], e.get("turn"), e["elapsed"]) for e in _events(voice_interviewer_home)])
    assert "questions will be printed" not in err and "falling back" not in err.lower()
    assert len(played) == 2
    log = _session(voice_interviewer_home)
    texts = [t["transcript"]["text"] for t in log.of_type("transcript")]
    audio = log.of_type("answer_audio")
    assert len(texts) == 2 and all(len(t.split()) > 10 for t in texts), (texts, audio)
    assert re.search(r"\b(data|model|train)", texts[0], re.I)
    assert log.of_type("verdict")[0]["verdict"]["follow_up"]["text"] == log.of_type("question_asked")[1]["text"]
    assert [a["ended_by"] for a in audio] == ["silence", "silence"]


def test_speak_to_writes_every_utterance_and_speak_feedback_adds_the_summary(strong, voice_interviewer_home,
                                                                             tmp_path, capsys):
    import soundfile as sf

    if not shutil.which("sox"):
        pytest.skip("sox is needed to shorten the fixture")
    answers = tmp_path / "answers"  # the answer's first 12 s is plenty here
    answers.mkdir()
    subprocess.run(["sox", str(_answer(strong, QID)), str(answers / f"{QID}.wav"), "trim", "0", "12"], check=True)
    spoken = tmp_path / "spoken"
    rc = main(["practice", "--question", QID, "--answers", str(answers), "--speak-to", str(spoken),
               "--speak-feedback", "--no-follow-ups"])
    capsys.readouterr()
    assert rc == 0
    wavs = sorted(spoken.glob("*.wav"))
    assert len(wavs) == 2  # the question, then the two-sentence feedback
    for wav in wavs:
        data, rate = sf.read(wav)
        assert len(data) / rate > 1.0 and abs(data).max() > 0.01  # real speech, not silence
    log = _session(voice_interviewer_home)
    assert log.header["options"]["speak_feedback"] is True and log.of_type("verdict")
