"""History commands on sessions made by real `rehearse --answers` runs (plus hand-written edge cases).

The session-scoped fixture runs the real interview loop twice through ``cli.main`` (real Whisper,
real scoring, real store); each test gets its own copy of those sessions, so deleting or
damaging one never leaks into another test. Hand-written sessions (written with the real
``SessionStore``) are used only for what a real run cannot produce: a newer format, an old one,
exact scores for the scheduler.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest

from voice_interviewer import history
from voice_interviewer.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def _ids(home: Path) -> list[str]:
    return history.session_ids(home)


def _jsonl(home: Path, session_id: str) -> Path:
    return home / "sessions" / session_id / "session.jsonl"


# --------------------------------------------------------------------------- sessions


def test_sessions_lists_real_runs_newest_first(history_home, history_real_sessions, capsys):
    rc, out, err = run_cli(capsys, "sessions", "--json")
    assert rc == 0, err
    data = json.loads(out)
    assert [d["id"] for d in data] == sorted(_ids(history_home), reverse=True)
    assert len(data) == 2
    for d in data:
        assert d["mode"] == "rehearse"
        assert d["status"] == "completed" and d["interrupted"] is False
        assert d["questions"] == len(history_real_sessions.questions)
        assert d["question_ids"] == history_real_sessions.questions
        assert 0 <= d["mean_score"] <= 100
        assert d["started"].startswith(d["id"][:4])
    rc, out, _ = run_cli(capsys, "sessions")
    assert rc == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["id", "date", "mode"]
    assert lines[1].startswith(data[0]["id"]) and lines[2].startswith(data[1]["id"])
    assert "rehearse" in lines[1] and "completed" in lines[1]


def test_sessions_empty_home(capsys):
    rc, out, _ = run_cli(capsys, "sessions")
    assert rc == 0 and "no saved sessions yet" in out
    rc, out, _ = run_cli(capsys, "sessions", "--json")
    assert json.loads(out) == []


# --------------------------------------------------------------------------- replay


def test_replay_last_shows_every_saved_turn(history_home, history_real_sessions, capsys):
    newest = _ids(history_home)[0]
    events = [json.loads(line) for line in _jsonl(history_home, newest).read_text().splitlines()]
    asked = [e for e in events if e["type"] == "question_asked"]
    rc, out, err = run_cli(capsys, "replay", "last", "--json")
    assert rc == 0 and "warning" not in err
    data = json.loads(out)
    assert data["session"]["id"] == newest
    assert [t["turn"] for t in data["turns"]] == [e["turn"] for e in asked]
    assert [t["text"] for t in data["turns"]] == [e["text"] for e in asked]
    for turn, event in zip(data["turns"], asked):
        assert turn["follow_up_id"] == event["follow_up_id"]
    saved_verdicts = {e["turn"]: e["verdict"] for e in events if e["type"] == "verdict"}
    assert saved_verdicts and all(data["turns"][n - 1]["verdict"] == v for n, v in saved_verdicts.items())
    first = data["turns"][0]
    assert first["question_id"] == history_real_sessions.questions[0]
    assert first["transcript"]["words"] and first["audio"].startswith("audio/")
    assert (history_home / "sessions" / newest / first["audio"]).is_file()

    rc, text, _ = run_cli(capsys, "replay", newest)
    assert rc == 0
    assert f"Session {newest}" in text and "Turn 1" in text
    assert first["text"][:40] in " ".join(text.split())
    words = first["verdict"]["transcript"].split()
    assert " ".join(words[:4]) in " ".join(text.split())  # the answer is shown
    assert "wpm" in text  # delivery figures


def test_replay_rescore_same_bank_changes_nothing(history_home, capsys):
    rc, out, err = run_cli(capsys, "replay", "last", "--rescore", "--json")
    assert rc == 0, err
    changes = json.loads(out)["rescore"]
    assert changes
    for c in changes:
        assert c["delta"] == 0 and not c["gained"] and not c["lost"]
        assert not c["flags_added"] and not c["flags_removed"]


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"


def _bank_without(tmp_path: Path, question_id: str, concept_ids: set[str]) -> Path:
    """A copy of the bundled bank where some concepts can no longer be heard (their aliases changed)."""
    import tomllib

    from voice_interviewer.bank import default_bank_dir

    out = tmp_path / "bank"
    out.mkdir()
    for src in sorted(default_bank_dir().glob("*.toml")):
        doc = tomllib.loads(src.read_text())
        for q in doc.get("question", []):
            if q["id"] == question_id:
                for c in q["concept"]:
                    if c["id"] in concept_ids:
                        c["aliases"] = [f"zqxj unheard phrase {c['id']}"]
                        c["label"] = f"zqxj unheard label {c['id']}"
                        c.pop("hotwords", None)
                        for key in ("description", "examples", "misconceptions"):  # nor said in other words
                            c.pop(key, None)
        (out / src.name).write_text("".join(f"{k} = {_toml_value(v)}\n" for k, v in doc.items()))
    return out


def test_replay_rescore_with_a_modified_bank_shows_what_changed(history_home, tmp_path, capsys):
    """The bank no longer recognises what the answer covered: the re-score says what was lost."""
    rc, out, _ = run_cli(capsys, "replay", "last", "--json")
    turn = json.loads(out)["turns"][0]
    hits = {c["id"]: c["label"] for c in turn["verdict"]["concepts"] if c["hit"]}
    assert hits
    bank = _bank_without(tmp_path, turn["question_id"], set(hits))
    rc, out, err = run_cli(capsys, "replay", "last", "--rescore", "--bank", str(bank), "--json")
    assert rc == 0, err
    change = json.loads(out)["rescore"][0]
    assert change["turn"] == 1
    assert set(change["lost"]) == set(hits.values()) and not change["gained"]
    assert change["delta"] < 0 and change["new_score"] < change["old_score"]
    rc, text, _ = run_cli(capsys, "replay", "last", "--rescore", "--bank", str(bank))
    assert rc == 0
    flat = " ".join(text.split())
    assert "re-score with the current bank" in flat and "lost:" in flat and next(iter(hits.values())) in flat


# --------------------------------------------------------------------------- compare / progress


def test_compare_shows_every_attempt_side_by_side(history_home, history_real_sessions, capsys):
    question = history_real_sessions.questions[0]
    rc, out, err = run_cli(capsys, "compare", question, "--json")
    assert rc == 0, err
    data = json.loads(out)
    attempts = data["attempts"]
    assert len(attempts) == 2
    assert [a["session_id"] for a in attempts] == sorted(_ids(history_home))  # oldest first
    for a in attempts:
        assert 0 <= a["score"] <= 100 and a["wpm"] > 0 and a["duration"] > 0
        assert a["fillers_per_min"] is not None and a["covered"] is not None
    assert attempts[-1]["covered"]  # the strong answer covers something
    assert any(n.startswith("score") for n in data["improvements"])
    rc, text, _ = run_cli(capsys, "compare", question)
    assert rc == 0
    for label in ("#1", "#2", "score", "covered", "missed", "red flags", "WPM", "fillers/min", "duration"):
        assert label in text
    assert "What changed since #1" in text
    rc, out, _ = run_cli(capsys, "compare", question, "--last", "1", "--json")
    assert [a["session_id"] for a in json.loads(out)["attempts"]] == [_ids(history_home)[0]]


def test_compare_unknown_question_suggests(history_home, history_real_sessions, capsys):
    question = history_real_sessions.questions[0]
    rc, _, err = run_cli(capsys, "compare", question[:-1] + "x")
    assert rc == 2 and err.startswith("error: unknown question") and question in err
    assert len(err.strip().splitlines()) == 1


def test_progress_table_sparklines_and_weakest(history_home, history_real_sessions, capsys):
    rc, out, err = run_cli(capsys, "progress", "--json")
    assert rc == 0, err
    data = json.loads(out)
    by_q = {t["key"]: t for t in data["questions"]}
    for q in history_real_sessions.questions:
        assert by_q[q]["attempts"] == 2 and len(by_q[q]["scores"]) == 2
    assert data["categories"] and data["weakest"]
    rc, text, _ = run_cli(capsys, "progress")
    assert rc == 0
    assert "By category" in text and "By question" in text and "Practise next" in text
    assert any(ch in text for ch in history.SPARK)
    category = data["questions"][0]["category"]
    rc, out, _ = run_cli(capsys, "progress", "--category", category, "--json")
    assert {t["category"] for t in json.loads(out)["questions"]} == {category}
    rc, _, err = run_cli(capsys, "progress", "--category", "no-such-category")
    assert rc == 2 and "unknown category" in err


# --------------------------------------------------------------------------- delete


def test_delete_removes_the_session_and_its_audio(history_home, capsys):
    oldest = _ids(history_home)[-1]
    folder = history_home / "sessions" / oldest
    assert any((folder / "audio").iterdir())
    run_cli(capsys, "sessions")  # builds the summary cache, which must forget the session too
    rc, _, err = run_cli(capsys, "delete", oldest)  # stdin is not a terminal: no silent deletes
    assert rc == 2 and "--yes" in err and folder.exists()
    rc, _, err = run_cli(capsys, "delete", oldest, "--yes")
    assert rc == 0 and f"deleted {oldest}" in err
    assert not folder.exists()
    assert [p for p in history_home.rglob("*") if oldest in str(p)] == []  # nothing left behind
    assert oldest not in (history_home / "cache" / "history-v1.json").read_text()
    rc, out, _ = run_cli(capsys, "sessions", "--json")
    assert [d["id"] for d in json.loads(out)] == _ids(history_home) and oldest not in out
    rc, _, err = run_cli(capsys, "replay", oldest)
    assert rc == 2 and "no session" in err  # a wrong argument, not a disk problem (issue 15 item 11)


# --------------------------------------------------------------------------- damaged files


def test_truncated_real_session_replays_what_is_there(history_home, capsys):
    newest = _ids(history_home)[0]
    path = _jsonl(history_home, newest)
    lines = path.read_bytes().splitlines(keepends=True)
    last_verdict = max(i for i, line in enumerate(lines) if b'"type":"verdict"' in line.replace(b" ", b""))
    cut = lines[last_verdict][: len(lines[last_verdict]) // 2]
    path.write_bytes(b"".join(lines[:last_verdict]) + cut)  # power loss mid-line
    rc, out, err = run_cli(capsys, "replay", newest, "--json")
    assert rc == 0
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "cut off" in warnings[0]
    data = json.loads(out)
    assert data["session"]["status"] == "interrupted"
    assert data["turns"][0]["verdict"] is not None
    assert data["turns"][-1]["verdict"] is None
    rc, text, err = run_cli(capsys, "replay", newest)
    assert rc == 0 and "Turn 1" in text and "cut off" in err
    rc, out, _ = run_cli(capsys, "sessions", "--json")
    assert {d["id"]: d["status"] for d in json.loads(out)}[newest] == "interrupted"


def test_garbage_line_is_skipped_with_a_warning(history_home, capsys):
    newest = _ids(history_home)[0]
    path = _jsonl(history_home, newest)
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[:2]) + b"\x00\xffnot json at all {\n" + b"".join(lines[2:]))
    rc, out, err = run_cli(capsys, "replay", newest, "--json")
    assert rc == 0
    assert err.count("warning:") == 1 and "line 3 is not a valid event; ignored" in err
    data = json.loads(out)
    assert data["session"]["status"] == "completed" and data["turns"][0]["verdict"] is not None


def test_newer_format_is_refused_clearly(history_home, capsys):
    newest = _ids(history_home)[0]
    path = _jsonl(history_home, newest)
    lines = path.read_text().splitlines(keepends=True)
    header = json.loads(lines[0])
    header["format"] = 99
    path.write_text(json.dumps(header) + "\n" + "".join(lines[1:]))
    rc, _, err = run_cli(capsys, "replay", newest)
    assert rc == 7
    assert err.startswith("error: ") and "format 99 is newer" in err and "upgrade" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    rc, out, err = run_cli(capsys, "sessions", "--json")
    assert rc == 0 and newest not in out and "format 99" in err  # listed as a warning, not a crash


@pytest.mark.parametrize("ref", ["../x", "/etc", "a/b", "..", "/etc/passwd", "20260101-000000-abcd/../../x",
                                 "last/..", "~", ""])
@pytest.mark.parametrize("command", [["replay"], ["delete", "--yes"], ["report", "-o", "r.html"]])
def test_path_tricks_are_refused(ref, command, capsys, voice_interviewer_home, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    rc, out, err = run_cli(capsys, command[0], ref, *command[1:])
    assert rc == 2
    assert err.startswith("error: session") and "not a session id" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "r.html").exists()
    assert Path("/etc/passwd").exists()


def test_resolve_session_id_last_and_missing(voice_interviewer_home, history_write_session):
    write_session = history_write_session
    from voice_interviewer.errors import UsageError

    with pytest.raises(UsageError, match="no saved sessions yet"):
        history.resolve_session_id(voice_interviewer_home, "last")
    a = write_session(voice_interviewer_home, [("q1", None, 50.0)], now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    b = write_session(voice_interviewer_home, [("q1", None, 60.0)], now=datetime(2026, 1, 2, tzinfo=timezone.utc))
    assert history.resolve_session_id(voice_interviewer_home, "last") == b
    assert history.resolve_session_id(voice_interviewer_home, a) == a
    with pytest.raises(UsageError, match="no session"):
        history.resolve_session_id(voice_interviewer_home, "20250101-000000-zzzz")
    with pytest.raises(UsageError):
        history.resolve_session_id(voice_interviewer_home, f"{a}/../{b}")


# --------------------------------------------------------------------------- hand-written edge cases


def test_older_format_without_version_is_read(voice_interviewer_home, history_write_session, capsys):
    write_session = history_write_session
    sid = write_session(voice_interviewer_home, [("q1", None, 55.0)], now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    path = _jsonl(voice_interviewer_home, sid)
    lines = path.read_text().splitlines(keepends=True)
    header = json.loads(lines[0])
    del header["format"]  # the first drafts wrote no version
    path.write_text(json.dumps(header) + "\n" + "".join(lines[1:]))
    rc, out, err = run_cli(capsys, "replay", sid, "--json")
    assert rc == 0, err
    assert json.loads(out)["turns"][0]["verdict"]["score"] == 55.0


def test_summary_cache_is_derived_and_refreshed(voice_interviewer_home, history_write_session):
    write_session = history_write_session
    home = voice_interviewer_home
    sid = write_session(home, [("q1", None, 40.0)], now=datetime(2026, 1, 1, tzinfo=timezone.utc), end=None)
    first = history.load_summaries(home)
    assert first[0].status == "interrupted" and first[0].mean_score == 40.0
    cache = home / "cache" / "history-v1.json"
    assert cache.is_file()
    with _jsonl(home, sid).open("a") as fh:  # the session goes on: the stale entry must not be used
        fh.write(json.dumps({"type": "session_end", "status": "completed", "summary": {}}) + "\n")
    assert history.load_summaries(home)[0].status == "completed"
    cache.write_text("{ not json")  # a corrupt cache is ignored and rebuilt
    assert history.load_summaries(home)[0].status == "completed"
    assert json.loads(cache.read_text())["version"] == 1


def test_sparkline_uses_a_fixed_scale():
    assert history.sparkline([0, 50, 100]) == "▁▅█"
    assert history.sparkline([None, 10]) == " ▁"
    assert history.sparkline([]) == ""


def _bank(*ids: str):
    return SimpleNamespace(questions=[SimpleNamespace(id=i, category="core") for i in ids])


def _summary(started: datetime, *scores: tuple[str, float]) -> history.SessionSummary:
    turns = tuple(history.TurnSummary(turn=i, question_id=q, score=s) for i, (q, s) in enumerate(scores, 1))
    return history.SessionSummary("20260101-000000-abcd", started.isoformat(), "practice", "completed", turns)


def test_weakest_questions_spaced_repetition():
    t0 = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)
    sessions = [_summary(t0, ("weak", 30.0), ("good", 85.0), ("middling", 60.0))]
    bank = _bank("good", "weak", "middling", "new")
    picks = history.weakest_questions(sessions, bank, 4, now=t0 + timedelta(hours=1))
    assert [p.question_id for p in picks] == ["weak", "new", "middling", "good"]
    assert picks[0].reason.endswith("due now") and picks[1].reason == "never practised"
    assert picks[2].due == t0 + timedelta(days=1) and picks[3].due == t0 + timedelta(days=2)
    assert [p.question_id for p in history.weakest_questions(sessions, bank, 2, now=t0)] == ["weak", "new"]
    # two days later the good answer is due again, but still after the weak one
    later = history.weakest_questions(sessions, bank, 4, now=t0 + timedelta(days=2, hours=1))
    assert [p.question_id for p in later] == ["weak", "new", "middling", "good"]
    # a streak of good answers pushes the question further out each time: 2, 4, 8 days
    streak = [_summary(t0 + timedelta(days=i), ("good", 80.0)) for i in range(3)]
    pick = history.weakest_questions(streak, _bank("good"), 1, now=t0)[0]
    assert pick.interval_days == 8.0 and pick.due == t0 + timedelta(days=2 + 8)
    # one weak answer after the streak brings it back at once
    relapse = history.weakest_questions(streak + [_summary(t0 + timedelta(days=3), ("good", 20.0))],
                                        _bank("good"), 1, now=t0 + timedelta(days=3))[0]
    assert relapse.interval_days == 0.0 and relapse.due <= t0 + timedelta(days=3)
    # follow-up scores do not count toward the main question
    fu = history.SessionSummary("20260101-000000-abcd", t0.isoformat(), "practice", "completed",
                                (history.TurnSummary(1, "good", "fu", score=5.0),))
    assert history.weakest_questions([fu], _bank("good"), 1, now=t0)[0].attempts == 0


def test_pick_weakest_reads_the_saved_sessions(voice_interviewer_home, history_write_session):
    write_session = history_write_session
    now = datetime(2026, 5, 1, tzinfo=timezone.utc)
    write_session(voice_interviewer_home, [("a", None, 90.0), ("a", "fu", 10.0), ("b", None, 35.0)], now=now)
    picks = history.pick_weakest(voice_interviewer_home, _bank("a", "b", "c"), 2, now=now + timedelta(hours=1))
    assert [p.question_id for p in picks] == ["b", "c"]


# --------------------------------------------------------------------------- --play / --speak


def test_replay_play_and_speak_through_the_audio_output(virtual_mic, voice_interviewer_home,
                                                        history_write_session, capsys):
    """Both go to the (virtual PulseAudio) default sink; its monitor must hear the answer."""
    import numpy as np

    sid = history_write_session(voice_interviewer_home, [("q1", None, 60.0)], audio=True,
                                now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    rec = subprocess.Popen(["parec", f"--device={virtual_mic.sink}.monitor", "--format=s16le", "--rate=16000",
                            "--channels=1", "--raw"], stdout=subprocess.PIPE)
    captured: list[bytes] = []
    reader = threading.Thread(target=lambda: captured.append(rec.stdout.read()), daemon=True)
    reader.start()
    try:
        rc, out, err = run_cli(capsys, "replay", sid, "--play", "--speak")
    finally:
        time.sleep(0.3)
        rec.terminate()
        reader.join(10)
        rec.wait(10)
    assert rc == 0, err
    assert "Turn 1" in out
    samples = np.frombuffer(b"".join(captured), dtype="<i2")
    assert samples.size > 16000  # at least a second of output was heard
    assert np.abs(samples).max() > 3000  # the 440 Hz answer at 0.3 amplitude, not silence


def test_interrupted_session_with_a_partial_answer(voice_interviewer_home, history_write_session, capsys):
    """What a Ctrl-C leaves: a finished turn, a partial answer marked as such, no session_end."""
    home = voice_interviewer_home
    sid = history_write_session(home, [("q1", None, 70.0)], audio=True, end=None,
                                now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    with _jsonl(home, sid).open("a") as fh:
        for event in ({"type": "question_asked", "turn": 2, "question_id": "q2", "follow_up_id": None,
                       "text": "And monitoring?", "parent_turn": None},
                      {"type": "answer_audio", "turn": 2, "path": "audio/02-q2.partial.wav", "duration": 0.4,
                       "ended_by": "interrupted", "partial": True},
                      {"type": "interrupted", "turn": 2, "during": "listening", "signal": "SIGINT"},
                      {"type": "session_end", "status": "interrupted", "summary": {}}):
            fh.write(json.dumps({**event, "t": "2026-01-01T00:00:05Z", "elapsed": 5.0}) + "\n")
    rc, out, err = run_cli(capsys, "replay", sid)
    assert rc == 0, err
    flat = " ".join(out.split())
    assert "partial (interrupted)" in flat and "interrupted while listening" in flat
    assert "interrupted during listening" in flat
    rc, out, _ = run_cli(capsys, "replay", sid, "--json")
    data = json.loads(out)
    assert data["session"]["status"] == "interrupted" and data["session"]["interrupted"] is True
    assert data["turns"][1]["partial"] is True and data["turns"][1]["interrupted"] == "listening"
    assert data["turns"][0]["verdict"]["score"] == 70.0
    rc, out, _ = run_cli(capsys, "sessions")
    assert "interrupted" in out.splitlines()[1]


def test_improvements_say_what_changed_in_plain_words():
    def attempt(score, covered, flags, wpm, fillers):
        return history.Attempt("s", "2026-01-01T00:00:00Z", 1, score, score / 100, tuple(covered), (), tuple(flags),
                               wpm, fillers, 60.0)

    first = attempt(40, ["data versioning"], ["Vague answer."], 190.0, 8.0)
    latest = attempt(75, ["data versioning", "drift detection"], [], 150.0, 2.0)
    notes = history.improvements([first, latest])
    assert notes == ["score up 35", "now covers drift detection", "1 red flag gone", "fillers/min down 6.0",
                     "pace closer to 120-160 wpm (190 -> 150)"]
    assert history.improvements([first]) == []
    assert history.improvements([latest, first])[0] == "score down 35"


def test_doctored_session_values_never_crash(voice_interviewer_home, history_write_session, tmp_path, capsys):
    """Any field of any event replaced by any JSON value: a clean result or a one-line error."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    sid = history_write_session(voice_interviewer_home, [("q1", None, 60.0), ("q1", "fu", 30.0)], audio=True,
                                now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    path = _jsonl(voice_interviewer_home, sid)
    original = path.read_text().splitlines()
    json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                               lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
                               max_leaves=6)

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def check(data):
        lines = [json.loads(line) for line in original]
        index = data.draw(st.integers(0, len(lines) - 1))
        event = lines[index]
        target = event
        if "verdict" in event and data.draw(st.booleans()):
            target = event["verdict"]
            if data.draw(st.booleans()):
                target = data.draw(st.sampled_from([target["concepts"][0], target["delivery"]]))
        key = data.draw(st.sampled_from(sorted(target)))
        target[key] = data.draw(json_values)
        path.write_text("\n".join(json.dumps(e) for e in lines) + "\n")
        for args in (["replay", sid], ["replay", sid, "--json"], ["sessions", "--json"], ["compare", "q1"],
                     ["report", sid, "-o", str(tmp_path / "r.html"), "--audio-mb", "0"]):
            rc = main(args)
            _, err = capsys.readouterr()
            assert rc in (0, 2, 7), (args, err)
            assert "Traceback" not in err
            lines = err.strip().splitlines()
            assert all(line.startswith(("warning: ", "error: ", "wrote ")) for line in lines), err
            assert sum(line.startswith("error: ") for line in lines) == (1 if rc else 0)

    check()


@pytest.mark.parametrize("doctored", [
    {"": {"": None, "\x8c\U00038e12": None}, "0\x1f00": "0000\x1f\x08"},  # found by the fuzz test above
    "x" * 300 + ".wav", "audio/01\x00.wav", "audio/\ud800.wav"])
def test_a_doctored_audio_path_the_file_system_refuses_never_crashes(voice_interviewer_home, history_write_session,
                                                                      tmp_path, capsys, doctored):
    """An audio path no file system can look at (a name over 255 bytes, a NUL, an unencodable
    character) is a turn without audio, not an OSError out of ``is_file()``."""
    sid = history_write_session(voice_interviewer_home, [("q1", None, 60.0)], audio=True,
                                now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    path = _jsonl(voice_interviewer_home, sid)
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    for event in lines:
        if event["type"] == "answer_audio":
            event["path"] = doctored
    path.write_text("\n".join(json.dumps(e) for e in lines) + "\n")
    for args in (["replay", sid], ["replay", sid, "--json"], ["report", sid, "-o", str(tmp_path / "r.html")]):
        rc = main(args)
        _, err = capsys.readouterr()
        assert rc == 0 and "Traceback" not in err, (args, err)


def test_failed_session_is_listed_as_failed(voice_interviewer_home, history_write_session, capsys):
    """session_end "failed" (e.g. disk full) is neither completed nor interrupted."""
    sid = history_write_session(voice_interviewer_home, [("q1", None, 50.0)], end="failed",
                                now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    rc, out, _ = run_cli(capsys, "sessions", "--json")
    assert rc == 0 and json.loads(out)[0]["status"] == "failed" and json.loads(out)[0]["id"] == sid


def test_last_asked_from_the_summaries(voice_interviewer_home, history_write_session):
    history_write_session(voice_interviewer_home, [("a", None, 50.0), ("a", "fu", 40.0)],
                          now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    history_write_session(voice_interviewer_home, [("b", None, 50.0), ("a", "fu2", 40.0)],
                          now=datetime(2026, 1, 3, tzinfo=timezone.utc))
    seen = history.last_asked(voice_interviewer_home)
    assert seen == {"a": "2026-01-01T00:00:00.000Z", "b": "2026-01-03T00:00:00.000Z"}


# --------------------------------------------------------------------------- issue 15, second pass


def _day(hour: int = 12, ms: int = 0) -> datetime:
    return datetime(2026, 1, 1, hour, 0, 0, ms * 1000, tzinfo=timezone.utc)


def test_a_stray_event_line_is_ignored_with_a_warning(voice_interviewer_home, history_write_session, capsys):
    """Issue 15 item 8: a verdict for a turn never asked counts no question and shows no "Turn 99"."""
    sid = history_write_session(voice_interviewer_home, [("q1", None, 50.0)], now=_day())
    with _jsonl(voice_interviewer_home, sid).open("a") as fh:
        fh.write('{"type":"verdict","turn":99}\n')
    for argv in (["sessions", "--json"], ["sessions"]):  # the second run reads the summary cache
        rc, out, err = run_cli(capsys, *argv)
        assert rc == 0
        assert "turn 99, which was never asked; ignored" in err and err.count("warning:") == 1
    rc, out, err = run_cli(capsys, "sessions", "--json")
    assert json.loads(out)[0]["questions"] == 1 and json.loads(out)[0]["turns"] == 1
    rc, out, err = run_cli(capsys, "replay", sid, "--json")
    assert rc == 0 and [t["turn"] for t in json.loads(out)["turns"]] == [1]
    assert "turn 99, which was never asked; ignored" in err
    rc, out, err = run_cli(capsys, "replay", sid)
    assert "Turn 99" not in out and "?" not in out.split("Turn 1", 1)[1].split("\n")[0]


def test_a_session_cut_off_mid_line_warns_in_sessions_too(voice_interviewer_home, history_write_session, capsys):
    """Issue 15 item 12: `sessions` warns about a line cut off mid-write, as `replay` does (the README says so)."""
    sid = history_write_session(voice_interviewer_home, [("q1", None, 50.0)], now=_day(), end=None)
    with _jsonl(voice_interviewer_home, sid).open("a") as fh:
        fh.write('{"type":"session_end","sta')
    for _ in range(2):  # built, then from the cache: the warning is said every time
        rc, out, err = run_cli(capsys, "sessions")
        assert rc == 0 and sid in out
        assert err.count("\n") == 1 and "was cut off mid-write; ignored" in err and sid in err


def test_sessions_of_the_same_second_are_ordered_alike_everywhere(voice_interviewer_home, history_write_session,
                                                                   capsys):
    """Issue 15 item 9: two sessions started in the same second come in start order (milliseconds)
    in sessions, replay last, compare, progress and the report, whatever their random id suffix."""
    home = voice_interviewer_home
    early = history_write_session(home, [("q1", None, 40.0)], now=_day(ms=100))
    late = history_write_session(home, [("q1", None, 80.0)], now=_day(ms=900))
    sessions = home / "sessions"
    early_id, late_id = early[:-4] + "zzzz", late[:-4] + "aaaa"  # id order says the opposite of time
    (sessions / early).rename(sessions / early_id)
    (sessions / late).rename(sessions / late_id)

    rc, out, _ = run_cli(capsys, "sessions", "--json")
    assert [s["id"] for s in json.loads(out)] == [late_id, early_id]
    rc, out, _ = run_cli(capsys, "replay", "last", "--json")
    assert json.loads(out)["session"]["id"] == late_id
    rc, out, _ = run_cli(capsys, "compare", "q1", "--json")
    assert [a["session_id"] for a in json.loads(out)["attempts"]] == [early_id, late_id]
    rc, out, _ = run_cli(capsys, "progress", "--json")
    assert json.loads(out)["questions"][0]["scores"] == [40.0, 80.0]
    from voice_interviewer.report import session_series

    assert [sid for sid, _ in session_series(history.load_summaries(home))["score"]] == [early_id, late_id]


@pytest.mark.parametrize("argv", [["replay", "last"], ["report", "last", "-o", "r.html"], ["delete", "last", "--yes"],
                                  ["replay", "20260101-120000-abcd"], ["delete", "20260101-120000-abcd", "--yes"],
                                  ["report", "20260101-120000-abcd", "-o", "r.html"]])
def test_no_such_session_is_a_usage_error(argv, capsys, tmp_path, monkeypatch):
    """Issue 15 item 11: no sessions yet, or an id that is not there, exits 2 (7 is for disk problems)."""
    monkeypatch.chdir(tmp_path)
    rc, out, err = run_cli(capsys, *argv)
    assert rc == 2 and out == "" and err.count("\n") == 1
    assert "no saved sessions yet" in err or "no session '20260101-120000-abcd'" in err
    assert not (tmp_path / "r.html").exists()


def test_report_says_what_is_missing(capsys, tmp_path):
    """Issue 15 item 13: neither SESSION nor --all is not "…not both"."""
    rc = main(["report", "-o", str(tmp_path / "r.html")])
    err = capsys.readouterr().err
    assert rc == 2 and "needs a SESSION" in err and "not both" not in err
    rc = main(["report", "last", "--all", "-o", str(tmp_path / "r.html")])
    assert rc == 2 and "not both" in capsys.readouterr().err


def test_compare_takes_question_slash_follow_up(voice_interviewer_home, history_write_session, capsys):
    """Issue 15 item 16: `compare lifecycle/drift` works as `score -q lifecycle/drift` does."""
    home = voice_interviewer_home
    history_write_session(home, [("q1", None, 50.0), ("q1", "more", 30.0)], now=_day(10))
    history_write_session(home, [("q1", None, 60.0), ("q1", "more", 70.0), ("q2", "more", 90.0)], now=_day(11))
    rc, out, err = run_cli(capsys, "compare", "q1/more", "--json")
    assert rc == 0, err
    assert [a["score"] for a in json.loads(out)["attempts"]] == [30.0, 70.0]
    rc, out, err = run_cli(capsys, "compare", "q1/mroe")
    assert rc == 2 and "did you mean:" in err and "q1/more" in err


def _unprivileged(home: Path, *argv: str) -> subprocess.CompletedProcess:
    """The real CLI, run without root's override of file modes: as root (the test machines), with
    CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped from the bounding set by setpriv."""
    import os
    import shutil
    import sys

    prefix = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: cannot make a folder unreadable")
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]
    env = {**os.environ, "VOICE_INTERVIEWER_HOME": str(home)}
    return subprocess.run([*prefix, sys.executable, "-m", "voice_interviewer", *argv], env=env, cwd=home,
                          text=True, capture_output=True, timeout=60)


def test_an_unreadable_session_folder_is_one_line_everywhere(voice_interviewer_home, history_write_session):
    """Issue 15 item 3: a session folder with mode 000 (really unreadable: root's override is dropped) is a
    warning naming the folder in listings, and one error line where it is the session asked for."""
    import os

    home = voice_interviewer_home
    older = history_write_session(home, [("lifecycle", None, 50.0)], now=_day(10))
    newer = history_write_session(home, [("lifecycle", None, 70.0)], now=_day(11))
    folder = home / "sessions" / newer
    _unprivileged(home, "sessions")  # the cache knows the session before it becomes unreadable
    os.chmod(folder, 0)
    try:
        for argv in (["sessions"], ["progress"], ["report", "--all", "-o", "all.html"], ["replay", "last"],
                     ["report", "last", "-o", "last.html"], ["compare", "lifecycle"]):
            done = _unprivileged(home, *argv)
            assert done.returncode == 0, (argv, done.stderr)
            assert f"warning: {folder}: cannot read session folder (Permission denied)" in done.stderr, argv
            assert "Traceback" not in done.stderr
        assert older in _unprivileged(home, "replay", "last").stdout
        for argv in (["replay", newer], ["delete", newer, "--yes"], ["report", newer, "-o", "x.html"]):
            done = _unprivileged(home, *argv)
            assert done.returncode == 7, (argv, done.stderr)
            assert done.stderr == f"error: {folder}: cannot read session folder (Permission denied)\n"
    finally:
        os.chmod(folder, 0o700)


def test_replay_shows_why_each_answer_ended(voice_interviewer_home, history_write_session, capsys):
    """Issue 12: the answer_audio event's end_of_turn record (state, reason, p_audio, p_text, the
    silence) is shown per answer by replay and kept in --json."""
    home = voice_interviewer_home
    sid = history_write_session(home, [("q1", None, 70.0)], end=None, now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    end = {"ended_by": "silence", "silence_s": 1.31, "fixed_silence": False, "state": "finished",
           "reason": "finished: voice 0.96, finished sentence", "wait_s": 1.3, "p_done": 0.9,
           "p_audio": 0.962, "p_text": 0.8, "pauses": [{"at": 4.2, "state": "unfinished", "p_audio": None,
                                                        "p_text": 0.1}]}
    with _jsonl(home, sid).open("a") as fh:
        for event in ({"type": "answer_audio", "turn": 1, "path": "audio/01-q1.wav", "duration": 9.5,
                       "ended_by": "silence", "partial": False, "end_of_turn": end},
                      {"type": "session_end", "status": "completed", "summary": {}}):
            fh.write(json.dumps({**event, "t": "2026-01-01T00:00:05Z", "elapsed": 5.0}) + "\n")
    rc, out, err = run_cli(capsys, "replay", sid)
    assert rc == 0, err
    flat = " ".join(out.split())
    assert ("why it ended: ended after 1.31 s of silence · finished (finished: voice 0.96, finished sentence) · "
            "voice 0.96 · words 0.80") in flat
    assert "earlier pauses: unfinished" in flat
    rc, out, _ = run_cli(capsys, "replay", sid, "--json")
    assert json.loads(out)["turns"][0]["end_of_turn"] == end


def test_a_control_character_in_a_session_never_breaks_the_one_error_line(voice_interviewer_home,
                                                                          history_write_session, capsys):
    """A doctored follow-up id holding a record separator ("\\x1e", a line break to ``splitlines``) came
    back inside "did you mean: q1/…?" and split the one error line in two (found by the property test
    above). Errors and warnings write such a character as its escape."""
    sid = history_write_session(voice_interviewer_home, [("q1", None, 60.0), ("q1", "fu", 30.0)],
                                now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    path = _jsonl(voice_interviewer_home, sid)
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    first = next(e for e in lines if e.get("type") == "question_asked")
    first["follow_up_id"] = "\x1e"  # the main question's turn now reads as a follow-up "q1/\x1e"
    path.write_text("\n".join(json.dumps(e) for e in lines) + "\n")
    rc = main(["compare", "q1"])
    err = capsys.readouterr().err
    assert rc == 2 and err.startswith("error: unknown question 'q1'")
    assert len(err.strip().splitlines()) == 1 and "\x1e" not in err and "q1/\\x1e" in err


def test_one_line_escapes_what_would_break_a_line():
    from voice_interviewer.errors import one_line

    assert one_line("unknown question 'q1' (did you mean: q1/\x1e, q1/fu?)") == (
        "unknown question 'q1' (did you mean: q1/\\x1e, q1/fu?)")
    assert one_line("a\nb\u2028c") == "a\\nb\\u2028c"
    assert one_line("plain words, naïve café") == "plain words, naïve café"
