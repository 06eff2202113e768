"""Saved sessions read back (voice_interviewer/sessions.py, events.py): the fold, and sessions saved by
the previous version.

``tests/data/sessions_v1`` holds four REAL sessions written by the format-1 writer before the event
schema became typed (commit 32d1a05, through ``practice``/``rehearse --answers`` and the loop with
scripted fakes for the Ctrl-C one): a practice answer with its follow-up, a rehearsal cut by its
time limit (cues, hard stops, timing), voice commands with an unanswered question and "stop", and
an answer interrupted mid-way (partial audio). The two long sessions' audio was left out for size
(what a session whose audio was deleted looks like); the other two keep theirs.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from voice_interviewer import events as ev
from voice_interviewer.cli import main
from voice_interviewer.sessions import fold
from voice_interviewer.store import read_log

V1 = Path(__file__).resolve().parent / "data" / "sessions_v1" / "sessions"
PRACTICE, REHEARSE, COMMANDS, INTERRUPTED = ("20261201-013537-qe84", "20261201-013555-355e",
                                             "20261201-013616-j7rt", "20261201-013623-56eq")


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture
def v1_home(voice_interviewer_home):
    shutil.copytree(V1, voice_interviewer_home / "sessions")
    return voice_interviewer_home


def _saved(session_id: str) -> list[dict]:
    return [json.loads(line) for line in (V1 / session_id / "session.jsonl").read_text().splitlines()]


def test_every_v1_event_parses_and_writes_back_the_same_line():
    """Every line the previous writer saved parses into its typed event, whose to_json is that line
    (less the store's ``t``/``elapsed``): the loop writes the same format it reads."""
    for session in V1.iterdir():
        for raw in _saved(session.name):
            event = ev.parse_event(raw)
            assert event is not None, raw["type"]
            if raw["type"] == "verdict":
                continue  # a pause's length is recomputed from its rounded ends (see test below)
            expected = {k: v for k, v in raw.items() if k not in ("t", "elapsed")}
            assert event.to_json() == expected


def test_v1_verdicts_read_back_as_verdicts(v1_home):
    for session in V1.iterdir():
        record = fold(read_log(session / "session.jsonl"))
        saved = {e["turn"]: e["verdict"] for e in _saved(session.name) if e["type"] == "verdict"}
        for turn in record.turns:
            if turn.number not in saved:
                assert turn.verdict is None
                continue
            again = turn.verdict.to_json()
            for pause in again["delivery"]["pauses"] + saved[turn.number]["delivery"]["pauses"]:
                pause.pop("length")  # Pause keeps start and end; its length is end - start again
            assert again == saved[turn.number]
        assert not record.warnings


def test_v1_sessions_list(v1_home, capsys):
    rc, out, err = run_cli(capsys, "sessions", "--json")
    assert rc == 0 and not err
    listed = {s["id"]: s for s in json.loads(out)}
    assert list(listed) == [INTERRUPTED, COMMANDS, REHEARSE, PRACTICE]  # newest first
    assert {i: s["status"] for i, s in listed.items()} == {
        PRACTICE: "completed", REHEARSE: "completed", COMMANDS: "completed", INTERRUPTED: "interrupted"}
    assert listed[PRACTICE]["turns"] == 2 and listed[COMMANDS]["turns"] == 3 and listed[COMMANDS]["mean_score"] is None
    for sid, summary in listed.items():  # the listing agrees with the summary the loop saved at the end
        end = _saved(sid)[-1]["summary"]
        assert summary["mean_score"] == (round(sum(r["score"] for r in end["turns"] if r["score"] is not None)
                                              / end["answered"], 1) if end["answered"] else None)


def test_v1_sessions_replay(v1_home, capsys):
    for sid in (PRACTICE, REHEARSE, COMMANDS, INTERRUPTED):
        rc, out, err = run_cli(capsys, "replay", sid, "--json")
        assert rc == 0 and not err, sid
        data = json.loads(out)
        events = _saved(sid)
        chosen = {e["turn"]: e["follow_up"] for e in events if e["type"] == "follow_up_chosen"}
        asked = [e for e in events if e["type"] == "question_asked"]
        assert [t["turn"] for t in data["turns"]] == [e["turn"] for e in asked]
        for t in data["turns"]:
            assert t["follow_up_chosen"] == chosen.get(t["turn"])
        rc, text, err = run_cli(capsys, "replay", sid)
        assert rc == 0 and not err and f"Session {sid}" in text
    data = json.loads(run_cli(capsys, "replay", REHEARSE, "--json")[1])
    first = data["turns"][0]
    assert first["timing"] == {"budget_s": 20.0, "used_s": 20.0, "cue_at": 17.0, "hard_stop": True}
    assert first["cues"] == [17.0] and first["ended_by"] == "limit"
    data = json.loads(run_cli(capsys, "replay", COMMANDS, "--json")[1])
    assert [(t["commands"], t["unanswered"]) for t in data["turns"]] == [
        (["repeat", "skip"], "skipped"), ([], "no answer given"), (["stop"], "stopped")]
    data = json.loads(run_cli(capsys, "replay", INTERRUPTED, "--json")[1])
    last = data["turns"][-1]
    assert last["partial"] and last["audio"] == "audio/03-monitoring.partial.wav" and last["interrupted"] == "listening"


def test_v1_sessions_rescore(v1_home, capsys):
    rc, out, err = run_cli(capsys, "replay", PRACTICE, "--rescore", "--json")
    assert rc == 0
    data = json.loads(out)
    saved = [e["verdict"] for e in _saved(PRACTICE) if e["type"] == "verdict"]
    assert [c["old_score"] for c in data["rescore"]] == [v["score"] for v in saved]
    for change in data["rescore"]:
        assert isinstance(change["new_score"], float) and change["new_verdict"]["question_id"] == "monitoring"
        assert change["new_verdict"]["delivery"] is not None  # kept from the saved verdict


def test_v1_sessions_report(v1_home, tmp_path, capsys):
    out_file = tmp_path / "all.html"
    rc, _, err = run_cli(capsys, "report", "--all", "-o", str(out_file))
    assert rc == 0
    html = out_file.read_text()
    for sid in (PRACTICE, REHEARSE, COMMANDS, INTERRUPTED):
        assert f'id="s-{sid}"' in html
    assert html.count("<audio ") == 3  # the interrupted session's three answers; the others' audio is gone
    assert 'class="w hit"' in html and "skipped" in html
