"""The integrity of tests/judgement_answers.py on its own: ids exist in the guide, every kind is
there, labels are well-formed. Nothing here scores an answer."""

from __future__ import annotations

import importlib
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from judgement_answers import ANSWERS, CORE_KINDS, KINDS, QUESTIONS, STORY_KINDS, by_question

GUIDE = Path(__file__).resolve().parent.parent / "questions" / "guide.toml"


@pytest.fixture(scope="module")
def guide() -> dict[str, dict[str, set[str]]]:
    data = tomllib.loads(GUIDE.read_text(encoding="utf-8"))
    return {
        q["id"]: {
            "flags": {f["id"] for f in q.get("red_flag", [])},
            "follow_ups": {f["id"] for f in q.get("follow_up", [])},
        }
        for q in data["question"]
    }


def test_questions_are_the_guides(guide):
    assert set(QUESTIONS) <= set(guide)
    assert {a.question for a in ANSWERS} == set(QUESTIONS)


def test_flag_and_follow_up_ids_exist(guide):
    for a in ANSWERS:
        known = guide[a.question]
        where = f"{a.question}/{a.name}"
        assert a.flags <= known["flags"], (where, a.flags - known["flags"])
        assert a.maybe <= known["flags"], (where, a.maybe - known["flags"])
        assert not a.flags & a.maybe, where
        assert a.follow_ups, where
        assert a.follow_ups <= known["follow_ups"], (where, a.follow_ups - known["follow_ups"])


def test_every_question_has_every_kind():
    for q, answers in by_question().items():
        kinds = {a.kind for a in answers}
        assert set(CORE_KINDS) <= kinds, (q, set(CORE_KINDS) - kinds)
    story = {a.kind for a in by_question()["challenging-project"]}
    assert set(STORY_KINDS) <= story


def test_fields_are_well_formed():
    for a in ANSWERS:
        where = f"{a.question}/{a.name}"
        assert a.kind in KINDS, where
        assert a.style in ("written", "spoken"), where
        assert a.split in ("tune", "holdout"), where
        assert 1 <= a.tier <= 5, where
        assert a.text == " ".join(a.text.split()), where
        assert 25 <= len(a.text.split()) <= 220, (where, len(a.text.split()))
        if a.kind == "spoken":
            assert a.style == "spoken", where
        if a.kind == "misconception":
            assert a.misconception and a.tier <= 2, where
        else:
            assert not a.misconception, where
        if a.kind in ("weak", "off-target"):
            assert a.tier == 1, where
        if a.kind in ("keyword", "other-tools"):
            assert a.tier >= 4, where
        if a.kind == "negated":
            assert a.tier <= 2, where
        if a.kind == "numbers":
            assert a.not_impact, where
        if a.kind in STORY_KINDS:
            assert a.question == "challenging-project" and a.impact, where


def test_names_unique_within_question():
    for q, answers in by_question().items():
        names = Counter(a.name for a in answers)
        assert not [n for n, c in names.items() if c > 1], q


def test_equal_to_names_a_same_tier_keyword_answer():
    for q, answers in by_question().items():
        named = {a.name: a for a in answers}
        for a in answers:
            if a.kind == "paraphrase":
                assert a.equal_to, (q, a.name)
            if a.equal_to:
                other = named.get(a.equal_to)
                assert other is not None, (q, a.name, a.equal_to)
                assert other.kind == "keyword" and other.tier == a.tier, (q, a.name)


def test_impact_phrases_occur_in_text():
    for a in ANSWERS:
        for phrase in a.impact + a.not_impact:
            assert phrase and phrase in a.text, (a.question, a.name, phrase)
        assert not set(a.impact) & set(a.not_impact), (a.question, a.name)


def test_tiers_spread_within_each_question():
    for q, answers in by_question().items():
        tiers = {a.tier for a in answers}
        assert {1, 4, 5} <= tiers and tiers & {2, 3}, (q, tiers)


def test_holdout_share_per_question():
    for q, answers in by_question().items():
        held = sum(a.split == "holdout" for a in answers)
        assert held >= 4, q
        assert 0.25 <= held / len(answers) <= 0.45, (q, held, len(answers))
    assert sum(by_question("holdout").values(), []) and sum(by_question("tune").values(), [])


def test_style_mix():
    spoken = sum(a.style == "spoken" for a in ANSWERS)
    assert spoken * 3 >= len(ANSWERS)


@pytest.mark.parametrize("module, per_question", [("judgement_answers_fresh", 7), ("judgement_answers_fresh2", 8),
                                                  ("judgement_answers_fresh3", 8), ("judgement_answers_fresh4", 8),
                                                  ("judgement_answers_fresh5", 8), ("judgement_answers_fresh6", 8),
                                                  ("judgement_answers_fresh7", 8), ("judgement_answers_fresh8", 8),
                                                  ("judgement_answers_fresh9", 8),
                                                  ("judgement_answers_fresh10", 8),
                                                  ("judgement_answers_fresh11", 8),
                                                  ("judgement_answers_fresh12", 8),
                                                  ("judgement_answers_fresh13", 8),
                                                  ("judgement_answers_fresh14", 8),
                                                  ("judgement_answers_fresh15", 8),
                                                  ("judgement_answers_fresh16", 8)])
def test_the_fresh_blind_sets_are_well_formed(guide, module, per_question):
    """tests/judgement_answers_fresh.py, _fresh2.py … _fresh16.py: blind sets, all held out, per guide
    question 7 (fresh) or 8 (fresh2 to fresh16) answers."""
    FRESH = importlib.import_module(module).ANSWERS

    assert Counter(a.question for a in FRESH) == {q: per_question for q in QUESTIONS}
    assert {a.split for a in FRESH} == {"holdout"}
    names = {(a.question, a.name): a for a in FRESH}
    assert len(names) == len(FRESH)
    for a in FRESH:
        known, where = guide[a.question], f"{module} {a.question}/{a.name}"
        assert a.kind in KINDS and a.style in ("written", "spoken") and 1 <= a.tier <= 5, where
        assert a.flags <= known["flags"] and a.maybe <= known["flags"] and not a.flags & a.maybe, where
        assert a.follow_ups and a.follow_ups <= known["follow_ups"], where
        assert all(p in a.text for p in (*a.impact, *a.not_impact)), where
        # a belief is one sentence: a string (a tuple of its characters once slipped through a
        # formatting script, and the benchmark printed it letter by letter)
        assert isinstance(a.misconception, str), where
        assert bool(a.misconception) == (a.kind == "misconception"), where
        if a.equal_to:
            twin = names[a.question, a.equal_to]
            assert twin.kind == "keyword" and twin.tier == a.tier, where
