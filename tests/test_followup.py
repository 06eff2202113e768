"""Choosing the follow-up (voice_interviewer/followup.py): once, by the verdict, with a reason."""

from __future__ import annotations

import pytest

from voice_interviewer.bank import load_bank
from voice_interviewer.followup import choose_follow_up
from voice_interviewer.scoring import score_answer
from voice_interviewer.verdict import Verdict


@pytest.fixture(scope="module")
def question():
    return load_bank().get("monitoring")


def test_the_verdict_carries_the_follow_up_from_the_guides_wording(question):
    verdict = score_answer(question, "We have Grafana dashboards for CPU and memory, and an email when the server is down.")
    assert verdict.follow_up is not None and verdict.follow_up.reason
    assert verdict.follow_up.text == question.follow_up(verdict.follow_up.id).text


def test_choosing_again_from_a_stored_verdict_gives_the_same_follow_up(question):
    """What replay and re-scoring rely on: the stored verdict alone decides the same follow-up."""
    verdict = score_answer(question, "We monitor latency in Prometheus and data drift with PSI, and retrain on alerts.")
    stored = Verdict.from_json(verdict.to_json())
    assert choose_follow_up(question, stored) == verdict.follow_up


def test_follow_ups_get_no_follow_up(question):
    fu = question.follow_ups[0]
    assert score_answer(fu, "Data drift is the inputs changing; concept drift is the relationship changing.").follow_up is None


def test_a_raised_red_flag_steers_the_follow_up_to_what_it_found(question, embedder):
    """An answer that watches drift and accuracy but says nothing of alerts raises "alerts unexplained";
    the follow-up then asks what the alerts should lead to (when to retrain), not the drift it covered."""
    from voice_interviewer.followup import _flagged_ideas, _ideas

    text = ("We track latency and errors in Prometheus, and every night we compare the input distributions with "
            "the training data. Once the labels arrive we compute precision and recall. Everything is on a "
            "Grafana dashboard the team reviews on Mondays.")
    verdict = score_answer(question, text, embedder=embedder)
    assert "alerts-unexplained" in verdict.flag_ids
    chosen = question.follow_up(verdict.follow_up.id)
    assert _flagged_ideas(question, verdict) & _ideas(chosen.trigger)
    assert verdict.follow_up.id == "when-to-retrain"
