"""The interview loop with scripted seams: event order, policies, voice commands, interruptions.

The end-to-end tests (tests/test_interview.py) run the same loop with the real Whisper model,
real audio and the CLI; here the seams are fakes so every branch is reached quickly.
"""

from __future__ import annotations

import json

import pytest

from voice_interviewer.bank import load_bank
from voice_interviewer.errors import StoreError
from voice_interviewer.interview import Interrupted, Policy, run_interview
from voice_interviewer.rehearsal import RehearsalSettings
from voice_interviewer.store import SessionStore, read_events

from voice_interviewer.testing import (FakeClock, RecordingEmbedder, RecordingUI, ScriptedListen, ScriptedSource,
                                       ScriptedSources, ScriptedSpeaker, ScriptedTranscriber)

ANSWER = ("We version the data with DVC and track experiments in MLflow, train and evaluate the model, "
          "package it in Docker and deploy it on Kubernetes behind a CI/CD pipeline with Jenkins, "
          "then we monitor latency and accuracy with Prometheus and retrain when accuracy drops.")
FOLLOW_UP_ANSWER = ("We monitor the input feature distributions with a population stability index and a KS test "
                    "for data drift, watch accuracy against delayed labels for concept drift, alert, and retrain.")


@pytest.fixture(scope="module")
def question():
    return load_bank().get("lifecycle")


def _run(tmp_path, questions, *, transcriber, speaker=None, sources=None, policy=None, clock=None,
         listen=None, ui=None, embedder=None):
    clock = clock or FakeClock()
    store = SessionStore.create(tmp_path, (policy or Policy.practice()).mode, [q.id for q in questions], {},
                                "questions", clock=clock)
    ui = ui or RecordingUI()
    result = run_interview(
        questions, speaker=speaker or ScriptedSpeaker(), transcriber=transcriber,
        sources=sources if isinstance(sources, ScriptedSources) or hasattr(sources, "live")
        else ScriptedSources(sources or (lambda turn, attempt: ScriptedSource(3.0))),
        listen=listen or ScriptedListen(clock), policy=policy or Policy.practice(), store=store, ui=ui,
        clock=clock, embedder=embedder)
    store.close()
    return result, read_events(store.path), ui


def _types(log):
    return [e["type"] for e in log.events]


def test_practice_turn_with_follow_up_streams_and_saves_every_event(tmp_path, question):
    tr = ScriptedTranscriber(ANSWER, FOLLOW_UP_ANSWER)
    speaker = ScriptedSpeaker()
    result, log, ui = _run(tmp_path, [question], transcriber=tr, speaker=speaker)
    assert result.status == "completed"
    assert _types(log) == ["session", "question_asked", "answer_audio", "transcript", "verdict",
                           "question_asked", "answer_audio", "transcript", "verdict", "session_end"]
    asked = log.of_type("question_asked")
    chosen = log.of_type("verdict")[0]["verdict"]["follow_up"]  # chosen once, by the verdict, stored with it
    guide_wording = {f.id: f.text for f in question.follow_ups}
    assert chosen["text"] == guide_wording[chosen["id"]] and chosen["reason"]
    assert asked[0]["text"] == question.prompt and asked[0]["follow_up_id"] is None
    assert asked[1] == {**asked[1], "turn": 2, "follow_up_id": chosen["id"], "parent_turn": 1,
                        "text": chosen["text"]}
    assert speaker.said == [question.prompt, chosen["text"]]
    # streaming by default, model loaded in the background, the question's terms as hotwords
    assert tr.streams == 2 and tr.batch_calls == 0 and tr.background_loads == 1
    assert "MLflow" in tr.hotwords[0]
    verdicts = log.of_type("verdict")
    assert verdicts[0]["verdict"]["question_id"] == "lifecycle"
    assert verdicts[0]["verdict"]["follow_up_id"] is None
    assert verdicts[1]["verdict"]["follow_up_id"] == chosen["id"]
    assert verdicts[0]["verdict"]["delivery"]["wpm"] > 0
    audio = log.of_type("answer_audio")
    assert [a["path"] for a in audio] == ["audio/01-lifecycle.wav", f"audio/02-lifecycle.{chosen['id']}.wav"]
    assert all((log.folder / a["path"]).is_file() and not a["partial"] for a in audio)
    assert log.of_type("transcript")[0]["transcript"]["text"] == ANSWER
    # practice shows each verdict as it comes
    assert ui.names().count("verdict") == 2
    end = log.of_type("session_end")[0]
    assert end["status"] == "completed"
    rows = end["summary"]["turns"]
    assert [r["turn"] for r in rows] == [1, 2] and rows[0]["score"] is not None


def test_the_follow_up_is_the_verdicts_and_is_stored_once(tmp_path, question):
    """Issue 14: the loop asks the follow-up the verdict chose (no second choice), and the session
    holds it once, in the verdict; replay reads it from there."""
    from voice_interviewer.sessions import fold

    result, log, _ = _run(tmp_path, [question], transcriber=ScriptedTranscriber(ANSWER, FOLLOW_UP_ANSWER))
    main = result.turns[0]
    assert main.verdict is not None and main.verdict.follow_up is not None
    assert result.turns[1].info.follow_up.id == main.verdict.follow_up.id
    assert "follow_up_chosen" not in _types(log)
    record = fold(log)
    assert record.turns[0].follow_up_chosen == main.verdict.follow_up.to_json()
    saved = log.of_type("verdict")[0]["verdict"]
    assert record.turns[0].verdict.to_json() == saved == main.verdict.to_json()  # one shape, round-tripped


def test_rehearse_cues_stops_at_the_limit_and_keeps_feedback_for_the_end(tmp_path, question):
    clock = FakeClock()
    speaker = ScriptedSpeaker()
    policy = Policy.rehearse(RehearsalSettings(time_limit_s=10), follow_ups=False)
    result, log, ui = _run(tmp_path, [question], transcriber=ScriptedTranscriber(ANSWER), speaker=speaker,
                           sources=lambda t, a: ScriptedSource(12.0), policy=policy, clock=clock)
    timing = log.of_type("timing")[0]
    assert timing == {**timing, "turn": 1, "budget_s": 10, "used_s": 10.0, "cue_at": 8.5, "hard_stop": True}
    assert log.of_type("cue")[0]["at"] == pytest.approx(8.5)
    assert log.of_type("answer_audio")[0]["ended_by"] == "limit"
    assert speaker.tones == 1  # a tone, never speech over the candidate
    assert speaker.said == [question.prompt]
    assert "verdict" not in ui.names()
    assert log.of_type("verdict")  # still scored and saved
    assert result.summary["timing"]["hard_stops"] == [1]


def test_rehearse_total_stops_asking_when_time_runs_out(tmp_path, question):
    clock = FakeClock()
    policy = Policy.rehearse(RehearsalSettings(total_s=100), follow_ups=False)
    result, log, _ = _run(tmp_path, [question, question, question], transcriber=ScriptedTranscriber(ANSWER, ANSWER),
                          sources=lambda t, a: ScriptedSource(60.0), policy=policy, clock=clock)
    budgets = [e["budget_s"] for e in log.of_type("timing")]
    assert budgets == [100, 40]  # the second budget shrank to what was left
    assert len(log.of_type("question_asked")) == 2
    assert result.summary["out_of_time"] is True


@pytest.mark.parametrize("utterance", ["Repeat the question, please.", "Could you repeat that?"])
def test_voice_command_repeat_asks_again_and_takes_the_next_answer(tmp_path, question, utterance):
    speaker = ScriptedSpeaker()
    tr = ScriptedTranscriber(utterance, ANSWER)
    result, log, _ = _run(tmp_path, [question], transcriber=tr, speaker=speaker,
                          policy=Policy.practice(follow_ups=False))
    assert speaker.said == [question.prompt, question.prompt]
    assert log.of_type("command")[0]["command"] == "repeat"
    assert len(log.of_type("answer_audio")) == 1  # the command itself is not a take
    assert log.of_type("transcript")[0]["transcript"]["text"] == ANSWER


def test_voice_command_skip_and_stop(tmp_path, question):
    speaker = ScriptedSpeaker()
    tr = ScriptedTranscriber("Skip.", "Stop the interview.")
    result, log, _ = _run(tmp_path, [question, question, question], transcriber=tr, speaker=speaker)
    assert [e["command"] for e in log.of_type("command")] == ["skip", "stop"]
    assert [e["reason"] for e in log.of_type("unanswered")] == ["skipped", "stopped"]
    assert len(speaker.said) == 2  # the third question was never asked
    assert "follow_up_chosen" not in _types(log)
    end = log.of_type("session_end")[0]
    assert end["status"] == "completed" and end["summary"]["stopped_by_candidate"] is True


def test_missing_answer_and_silence_are_unanswered_turns(tmp_path, question):
    sources = iter([None, ScriptedSource(2.0)])
    result, log, _ = _run(tmp_path, [question, question], transcriber=ScriptedTranscriber(""),
                          sources=lambda t, a: next(sources))
    assert [e["reason"] for e in log.of_type("unanswered")] == ["no answer given", "no speech detected"]
    assert len(log.of_type("answer_audio")) == 1  # the silent take is still kept
    assert "verdict" not in _types(log)
    assert [r["status"] for r in result.summary["turns"]] == ["unanswered", "unanswered"]


def test_ctrl_c_while_listening_keeps_the_first_turn_and_the_partial_answer(tmp_path, question):
    sources = iter([ScriptedSource(3.0), ScriptedSource(5.0, interrupt_at=1.5)])
    result, log, _ = _run(tmp_path, [question, question], transcriber=ScriptedTranscriber(ANSWER),
                          sources=lambda t, a: next(sources), policy=Policy.practice(follow_ups=False))
    assert result.status == "interrupted"
    assert log.of_type("verdict")[0]["turn"] == 1
    partial = log.of_type("answer_audio")[-1]
    assert partial == {**partial, "turn": 2, "partial": True, "ended_by": "interrupted",
                       "path": "audio/02-lifecycle.partial.wav", "duration": 1.5}
    assert (log.folder / partial["path"]).is_file()
    assert log.of_type("interrupted")[0] == {**log.of_type("interrupted")[0], "turn": 2, "during": "listening",
                                             "signal": "SIGINT"}
    end = log.events[-1]
    assert end["type"] == "session_end" and end["status"] == "interrupted"
    assert [r["status"] for r in end["summary"]["turns"]] == ["answered", "interrupted"]
    assert not log.warnings


def test_ctrl_c_while_speaking(tmp_path, question):
    result, log, _ = _run(tmp_path, [question, question], transcriber=ScriptedTranscriber(ANSWER),
                          speaker=ScriptedSpeaker(interrupt_on=2), policy=Policy.practice(follow_ups=False))
    assert result.status == "interrupted"
    assert log.of_type("interrupted")[0]["during"] == "speaking"
    assert log.of_type("interrupted")[0]["turn"] == 2
    assert len(log.of_type("verdict")) == 1


def test_sigterm_while_transcribing_saves_the_take(tmp_path, question):
    class Dies(ScriptedTranscriber):
        def stream(self, hotwords=(), **options):
            s = super().stream(hotwords)

            def finish():
                raise Interrupted("SIGTERM")

            s.finish = finish
            return s

    result, log, _ = _run(tmp_path, [question], transcriber=Dies(ANSWER))
    event = log.of_type("interrupted")[0]
    assert (event["during"], event["signal"], event["turn"]) == ("transcribing", "SIGTERM", 1)
    audio = log.of_type("answer_audio")[0]
    assert audio["partial"] is False and (log.folder / audio["path"]).is_file()
    assert log.events[-1]["status"] == "interrupted"


def test_storage_failure_mid_interview_is_a_store_error_and_keeps_earlier_events(tmp_path, question, monkeypatch):
    import errno
    import os

    from voice_interviewer import store as store_mod

    calls = {"n": 0}

    def flaky(fd, data):
        calls["n"] += 1
        if calls["n"] >= 6:
            raise OSError(errno.ENOSPC, "No space left on device")
        return os.write(fd, data)

    monkeypatch.setattr(store_mod, "_os_write", flaky)
    store = SessionStore.create(tmp_path, "practice", ["lifecycle"], {}, "questions")
    with pytest.raises(StoreError, match="disk full"):
        run_interview([question, question], speaker=ScriptedSpeaker(), transcriber=ScriptedTranscriber(ANSWER),
                      sources=ScriptedSources(lambda t, a: ScriptedSource(2.0)), listen=ScriptedListen(),
                      policy=Policy.practice(follow_ups=False), store=store, ui=RecordingUI())
    log = read_events(store.path)
    assert not log.warnings
    assert _types(log)[:2] == ["session", "question_asked"]
    for line in store.path.read_text().splitlines():
        json.loads(line)


# --------------------------------------------------------------------------- selection and summaries


def test_select_questions_by_id_in_order_and_unknown_ids_suggest_the_closest():
    from voice_interviewer.errors import UsageError
    from voice_interviewer.selection import select_questions

    bank = load_bank()
    ids = [q.id for q in bank.questions]
    picked = select_questions(bank, ids=[ids[-1], ids[0]])
    assert [q.id for q in picked] == [ids[-1], ids[0]]
    with pytest.raises(UsageError, match=r"unknown question id 'lifecylce' \(did you mean: lifecycle"):
        select_questions(bank, ids=["lifecylce"])
    with pytest.raises(UsageError, match="unknown category 'nope' \\(categories: "):
        select_questions(bank, category="nope")


def test_select_questions_is_a_seeded_shuffle_preferring_the_least_recently_practised():
    from voice_interviewer.selection import select_questions

    bank = load_bank()
    ids = [q.id for q in bank.questions]
    a = [q.id for q in select_questions(bank, count=3, seed=7)]
    assert a == [q.id for q in select_questions(bank, count=3, seed=7)] and len(set(a)) == 3
    recent = {qid: f"2026-11-{10 + i:02d}T00:00:00Z" for i, qid in enumerate(ids[:-2])}  # all but two practised
    fresh = {q.id for q in select_questions(bank, count=2, seed=1, recent=recent)}
    assert fresh == set(ids[-2:])
    three = [q.id for q in select_questions(bank, count=3, seed=1, recent=recent)]
    assert set(three) == set(ids[-2:]) | {ids[0]}  # then the longest ago
    cat = bank.questions[0].category
    assert {q.category for q in select_questions(bank, category=cat)} == {cat}


def test_last_asked_reads_main_questions_from_past_sessions(tmp_path):
    from voice_interviewer.selection import last_asked

    s = SessionStore.create(tmp_path, "practice", ["lifecycle"], {}, "questions")
    s.append({"type": "question_asked", "turn": 1, "question_id": "lifecycle", "follow_up_id": None})
    s.append({"type": "question_asked", "turn": 2, "question_id": "monitoring", "follow_up_id": "drift-kinds"})
    seen = last_asked(tmp_path)
    assert list(seen) == ["lifecycle"]


def _verdict(data: dict):
    from voice_interviewer.verdict import Verdict

    base = {"question_id": "q1", "transcript": "", "score": 0, "coverage": 0, "red_flags": [], "concepts": []}
    return Verdict.from_json({**base, **data})


def test_spoken_feedback_is_two_sentences():
    from voice_interviewer.summaries import spoken_feedback

    verdict = {"score": 61.6, "red_flags": [], "concepts": [
        {"id": "a", "label": "data versioning", "weight": 2, "hit": True, "negated": False},
        {"id": "b", "label": "drift monitoring", "weight": 2, "hit": False, "negated": False},
        {"id": "c", "label": "rollback", "weight": 1, "hit": False, "negated": False},
        {"id": "s", "label": "backups", "weight": 9, "hit": False, "kind": "signal"}]}
    text = spoken_feedback(_verdict(verdict))
    assert text == ("You scored 62 out of 100, covering 1 of 3 key points. "
                    "Next time, also mention drift monitoring and rollback.")


def test_weakest_area_is_the_stage_with_most_missed_weight():
    from voice_interviewer.summaries import weakest_area

    verdicts = [
        {"question_id": "q1", "concepts": [
            {"id": "a", "label": "A", "stage": "data", "weight": 1, "hit": False},
            {"id": "b", "label": "B", "stage": "monitoring", "weight": 2, "hit": False},
            {"id": "c", "label": "C", "stage": "monitoring", "weight": 1, "hit": True, "negated": True},
            {"id": "s", "label": "S", "stage": "data", "weight": 5, "hit": False, "kind": "signal"}],
         "delivery": {"fillers_flag": True, "pace": "fast"}},
    ]
    w = weakest_area([_verdict(v) for v in verdicts])
    assert (w["question_id"], w["stage"], w["missed"]) == ("q1", "monitoring", ["B", "C"])
    assert w["delivery"] == ["fillers", "pace (fast)"]
    assert weakest_area([]) is None


def test_a_live_source_is_opened_before_the_question_is_spoken(tmp_path, question):
    order: list[str] = []

    class LiveSource(ScriptedSource):
        def start(self):
            order.append("mic open")

    class Speaker(ScriptedSpeaker):
        def say(self, text):
            order.append("say")
            super().say(text)

    class Mic:
        live = True

        def __call__(self, turn, attempt):
            order.append("source made")
            return LiveSource(2.0)

    _run(tmp_path, [question], transcriber=ScriptedTranscriber("Could you repeat the question?", ANSWER),
         speaker=Speaker(), sources=Mic(), policy=Policy.practice(follow_ups=False))
    assert order == ["source made", "mic open", "say"] * 2  # the repeat too

    order.clear()
    _run(tmp_path / "files", [question], transcriber=ScriptedTranscriber(ANSWER), speaker=Speaker(),
         sources=ScriptedSources(lambda t, a: order.append("source made") or ScriptedSource(2.0)),
         policy=Policy.practice(follow_ups=False))
    assert order == ["say", "source made"]  # files are decoded after speaking: the question starts at once


def test_recently_practised_questions_come_from_the_history_listing(tmp_path):
    from voice_interviewer.selection import last_asked as _recent

    s = SessionStore.create(tmp_path, "practice", ["lifecycle"], {}, "questions")
    s.append({"type": "question_asked", "turn": 1, "question_id": "lifecycle", "follow_up_id": None,
              "text": "?", "parent_turn": None})
    s.append({"type": "session_end", "status": "completed", "summary": {}})
    s.close()
    recent = _recent(tmp_path)
    assert list(recent) == ["lifecycle"] and recent["lifecycle"].startswith("20")


def test_the_questions_ideas_are_embedded_while_it_is_asked(tmp_path, question):
    from voice_interviewer.analysis import concepts_of
    from voice_interviewer.meaning import meaning_texts

    embedder = RecordingEmbedder()
    result, log, _ = _run(tmp_path, [question], transcriber=ScriptedTranscriber(ANSWER, FOLLOW_UP_ANSWER),
                          embedder=embedder)
    assert result.status == "completed" and embedder.background_loads == 1
    ahead = meaning_texts(concepts_of(question), question.prompt)
    assert ahead and ahead in embedder.calls  # the warm-up: exactly the texts the first verdict needs
    # and the verdict itself embedded the answer's windows with those same texts (found cached in the real model)
    scoring = [call for call in embedder.calls if call != ahead and set(ahead) <= set(call)]
    assert scoring and len(scoring[0]) > len(ahead)
