"""Acceptance thresholds of the meaning-based scorer on the blind labelled answers
(tests/judgement_answers.py), on the tune split and, separately, on the holdout split.

The figures come from tests/judgement_eval.py — the same ``evaluate`` that benchmarks/judgement.py
prints (``python benchmarks/judgement.py --show-errors`` lists what each failure is made of).
"""

from __future__ import annotations

import operator

import pytest

from judgement_eval import SPLITS, evaluate, judgement_cases

pytestmark = pytest.mark.xfail(reason="meaning-based scorer lands in issue 11", strict=False)

# (figure, comparison, threshold)
THRESHOLDS = (
    ("pairwise", operator.ge, 0.95),
    ("flag_precision", operator.ge, 0.85),
    ("flag_recall", operator.ge, 0.85),
    ("follow_up_acceptable", operator.ge, 0.80),
    ("keyword_gap", operator.le, 10.0),
)


@pytest.fixture(scope="module")
def figures(embedder):
    from voice_interviewer.bank import default_bank_dir, load_bank

    return evaluate(judgement_cases(), load_bank(default_bank_dir()), embedder, SPLITS)["splits"]


@pytest.mark.parametrize("split", SPLITS)
@pytest.mark.parametrize("figure, compare, threshold", THRESHOLDS, ids=[t[0] for t in THRESHOLDS])
def test_threshold(figures, split, figure, compare, threshold):
    value = figures[split][figure]
    assert value is not None, f"{split}: no answers to compute {figure} from"
    assert compare(value, threshold), f"{split}: {figure} = {value} (needs {compare.__name__} {threshold})"
