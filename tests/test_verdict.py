"""The verdict's types (voice_interviewer/verdict.py): what score --json prints and sessions store."""

from __future__ import annotations

import json

from voice_interviewer.verdict import ConceptHit, Evidence, FlagHit, FollowUpChoice, Verdict


def _verdict() -> Verdict:
    ev = Evidence("MLflow", 10, 16, 0.5, 0.9)
    return Verdict("lifecycle", None, "We log to MLflow.", 55.5, 0.5,
                   [ConceptHit("tracking", "experiment tracking", "experimentation", 1.0, True, evidence=ev,
                               kind="tool", how="alias"),
                    ConceptHit("drift", "drift detection", "monitoring", 2.0, False, idea="watch inputs change")],
                   [FlagHit("no-monitoring", "No monitoring", "never mentions drift", (ev,))],
                   follow_up=FollowUpChoice("drift", "How do you detect drift?", "you didn't mention drift"),
                   quantified=[ev], breakdown={"coverage": 0.5}, notes=["short"])


def test_json_round_trips_exactly():
    v = _verdict()
    data = json.loads(json.dumps(v.to_json()))
    assert Verdict.from_json(data) == v and Verdict.from_json(data).to_json() == v.to_json()


def test_older_saved_verdicts_read_with_defaults():
    """Sessions saved before 'how', 'kind' or 'notes' existed still read."""
    old = {"question_id": "q", "transcript": "t", "score": 10, "coverage": 0.1,
           "concepts": [{"id": "a", "hit": True}], "red_flags": []}
    v = Verdict.from_json(old)
    assert v.concepts[0].how == "alias" and v.concepts[0].kind == "concept" and v.notes == []
    assert v.follow_up is None and v.delivery is None


def test_helpers():
    v = _verdict()
    assert v.concept("drift").weight == 2.0 and v.flag_ids == ["no-monitoring"]
