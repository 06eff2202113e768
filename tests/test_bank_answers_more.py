"""The questions added to grow the bank are checkable: the real scorer (words and meaning) ranks each
question's labelled answers strong > one gap > weak, and the gap answer misses the idea it leaves out.

The answers (tests/bank_answers_more.py) were written before they were scored and are kept as written;
when a ranking failed, the question's data (descriptions, aliases) was improved, never the labels.
"""

from __future__ import annotations

import pytest

from voice_interviewer.bank import DEFAULT_BANK_DIR, load_bank
from voice_interviewer.scoring import score_answer

from bank_answers_more import ANSWERS

#: The bank as it was before it grew: the guide's questions and extra.toml's, labelled elsewhere
#: (tests/scoring_answers*.py, tests/test_bank_answers.py).
EARLIER = ("guide.toml", "extra.toml")
LABELS = ("strong", "gap", "weak")


@pytest.fixture(scope="module")
def bank():
    return load_bank()


def _by_question() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for a in ANSWERS:
        assert a.label not in out.setdefault(a.question, {}), (a.question, a.label)
        out[a.question][a.label] = a
    return out


BY_QUESTION = _by_question()


def test_every_new_question_has_a_strong_a_gap_and_a_weak_answer(bank):
    new = [q.id for q in bank.questions if not q.path.endswith(EARLIER)]
    assert len(new) >= 24 and len(bank.questions) >= 40
    assert sorted(BY_QUESTION) == sorted(new)
    for qid, labelled in BY_QUESTION.items():
        assert set(labelled) == set(LABELS), qid
        gap = labelled["gap"]
        assert gap.missing in {c.id for c in bank.get(qid).concepts}, (qid, gap.missing)


@pytest.fixture(scope="module")
def scores(bank, embedder):
    """Every labelled answer scored once with the real scorer, the meaning matcher included."""
    return {(a.question, a.label): score_answer(bank.get(a.question), a.text, embedder=embedder)
            for a in ANSWERS}


@pytest.mark.parametrize("qid", sorted(BY_QUESTION))
def test_strong_outranks_one_gap_outranks_weak(scores, qid):
    strong, gap, weak = (scores[qid, label].score for label in LABELS)
    assert strong > gap > weak, f"{qid}: strong {strong:.0f}, gap {gap:.0f}, weak {weak:.0f}"


@pytest.mark.parametrize("qid", sorted(BY_QUESTION))
def test_the_gap_answer_misses_the_idea_it_leaves_out(scores, qid):
    gap = BY_QUESTION[qid]["gap"]
    hits = {c.id: c.hit for c in scores[qid, "gap"].concepts}
    assert not hits[gap.missing], f"{qid}: {gap.missing} was credited"
    assert hits and sum(hits.values()) >= 3, qid


@pytest.mark.parametrize("qid", sorted(BY_QUESTION))
def test_red_flags_clear_a_strong_answer_and_catch_a_weak_one(scores, qid):
    strong, weak = scores[qid, "strong"], scores[qid, "weak"]
    assert [f.id for f in strong.red_flags] == [], qid
    assert weak.red_flags, f"{qid}: the weak answer raises no red flag"
    assert weak.follow_up is not None and strong.follow_up is not None, qid
