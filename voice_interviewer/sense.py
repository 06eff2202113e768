"""Do the words form sentences? A verdict must rest on an answer that makes sense, not on its words.

Shuffle a good answer's words and every keyword is still there; draw thousands of words at random
from the bank's vocabulary and every concept is "mentioned". Neither is an answer. What both lose is
*order*: English puts its small words in a fixed order ("the model", "of the data", "we version
it", "is tracked in"), and salad puts them anywhere ("the of", "we the", "and is").

So each word becomes a class — the word itself for about 150 function words, a coarse shape for any
other word (``<ING>``, ``<ED>``, ``<S>``, ``<LY>``, ``<NUM>``, ``<W>``) — and each neighbouring pair
is weighed by how much likelier it is in English than by chance: the pointwise mutual information
``log P(b | a) / P(b)`` from a reference table (:mod:`voice_interviewer._word_order`, counted by
``scripts/build_word_order.py`` in the bank's own prose, ~22k words). Two figures follow:

* ``fit``: the mean over the answer's pairs — how English its word order is (sentences ≈ +0.2,
  salad and word lists ≈ −0.2);
* ``z``: the same mean against the answer's own words in random orders (20 fixed shuffles), in
  standard deviations — real sentences sit several deviations above their shuffles, salad among them.

``factor`` is 0 (no sentences: the answer earns nothing) … 1 (sentences: no change), the smaller of
``fit`` mapped between :data:`SALAD_AT` and :data:`SENSE_AT`, and — for answers of at least
:data:`Z_FROM_WORDS` words, where the shuffles vary little enough to tell — ``z`` mapped between
:data:`Z_SALAD` and :data:`Z_SENSE`. The scorer multiplies the answer's content credit by it.
Answers shorter than :data:`MIN_WORDS` are left alone: a dozen words are too few to tell.
Everything is computed on the plain text, so punctuation and casing cannot move it, in ~3 ms.

The thresholds were set on the ``tune`` half of the labelled answers and four shuffles of each,
choosing to cost answers labelled middling or better nothing: they lose 0 points in ``tune`` and in
``holdout``, word lists and random words earn nothing, and 7 of 420 shuffles in ``tune`` (22 of 544
in ``holdout``) keep more than 20 points. Short shuffles are what gets through: 20–50 words give too
few pairs to tell a shuffle from terse technical prose ("PSI in Evidently, alert when it crosses
0.2"), and a stricter gate cut such answers in half.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Sequence

from .matching import FILLERS, Token

BOS = "<BOS>"

FUNCTION_WORDS = frozenset(
    """the a an this these those our my their your its each every some any no all both
    of in on to for with from by at into onto over under about through between after before during without
    within across against via per up out off down than like
    and or but nor so because if when while then as that which who what where how whether once until unless
    although though
    is are was were be been being am has have had do does did will would can could should may might must shall
    we i they he she it you us them him her me not also there here just only very more most less much many
    other such same own again too""".split()
)

MIN_WORDS = 12
SALAD_AT = -0.08  # fit at or below this: the words do not form sentences (factor 0)
SENSE_AT = -0.02  # fit at or above this: sentences (factor 1)
Z_FROM_WORDS = 50
Z_SALAD, Z_SENSE = 1.5, 3.0
SHUFFLES = 20
SMOOTHING = 0.5


@dataclass(frozen=True)
class Sense:
    """How much the answer reads as sentences: ``factor`` 1.0 (sentences) … 0.0 (salad)."""

    words: int
    fit: float
    z: float
    factor: float

    @property
    def salad(self) -> bool:
        return self.factor <= 0.0


def word_class(t: Token) -> str:
    if t.kind == "number":
        return "<NUM>"
    w = t.text
    if w in FUNCTION_WORDS:
        return w
    if w.endswith("ing"):
        return "<ING>"
    if w.endswith("ed"):
        return "<ED>"
    if w.endswith("ly"):
        return "<LY>"
    if w.endswith("s") and not w.endswith("ss"):
        return "<S>"
    return "<W>"


#: A contraction is the two words it stands for ("that's" → that is, "I've" → I have), so spoken
#: answers, full of them, read in the word order of the written prose the reference table counts.
#: A denial ("didn't", "wasn't") stays one word: the prose the table counts says "did" and "not"
#: too seldom for "we did not" to read as English.
_TAILS = {"'ve": "have", "'re": "are", "'ll": "will", "'d": "would", "'m": "am"}
_SPECIAL = {"let's": ("let", "us")}


def _classes(t: Token) -> tuple[str, ...]:
    w = t.text.replace("\u2019", "'")
    if t.kind != "number" and "'" in w and not w.endswith("n't"):
        if w in _SPECIAL:
            return tuple(x if x in FUNCTION_WORDS else "<W>" for x in _SPECIAL[w])
        for tail, word in _TAILS.items():
            if w.endswith(tail) and len(w) > len(tail):
                head = w[: -len(tail)]
                return (head if head in FUNCTION_WORDS else "<W>", word)
        if w.endswith("'s"):
            head = w[:-2]
            # "that's", "it's", "there's": a function word and "is"; "the team's": a noun, possessive
            return (head, "is") if head in FUNCTION_WORDS else ("<W>",)
    return (word_class(t),)


def word_classes(tokens: Sequence[Token]) -> list[str]:
    """The classes of the answer's words, fillers and stutters ("we we") left out; a contraction is
    the two words it stands for."""
    out: list[str] = []
    last = None
    for t in tokens:
        if t.kind in ("filler", "symbol") or t.text in FILLERS or t.text == last:
            continue
        last = t.text
        out.extend(_classes(t))
    return out


class _Table:
    """The reference counts, turned into a PMI lookup once."""

    def __init__(self) -> None:
        from ._word_order import PAIRS

        self.pairs = PAIRS
        self.unigram: dict[str, int] = {}
        self.context: dict[str, int] = {}
        for (a, b), n in PAIRS.items():
            self.unigram[b] = self.unigram.get(b, 0) + n
            self.context[a] = self.context.get(a, 0) + n
        self.total = sum(self.unigram.values())
        self.vocab = len(self.unigram) + 1
        self._cache: dict[tuple[str, str], float] = {}

    def pmi(self, a: str, b: str) -> float:
        key = (a, b)
        got = self._cache.get(key)
        if got is None:
            k = SMOOTHING
            pb = (self.unigram.get(b, 0) + k) / (self.total + k * self.vocab)
            pab = (self.pairs.get(key, 0) + k * self.vocab * pb) / (self.context.get(a, 0) + k * self.vocab)
            got = self._cache[key] = math.log(pab / pb)
        return got


_TABLE: _Table | None = None


def _table() -> _Table:
    global _TABLE
    if _TABLE is None:
        _TABLE = _Table()
    return _TABLE


def _mean_pmi(table: _Table, seq: Sequence[str]) -> float:
    return sum(table.pmi(a, b) for a, b in zip(seq, seq[1:])) / (len(seq) - 1)


def _between(x: float, low: float, high: float) -> float:
    return min(1.0, max(0.0, (x - low) / (high - low)))


def sense(tokens: Sequence[Token]) -> Sense:
    """How much ``tokens`` (of the plain text) read as sentences (see the module docstring)."""
    seq = word_classes(tokens)
    if len(seq) < MIN_WORDS:
        return Sense(len(seq), 0.0, 0.0, 1.0)
    table = _table()
    fit = _mean_pmi(table, seq)
    rnd = random.Random(len(seq))  # fixed shuffles: the same answer always gets the same figure
    shuffled = []
    for _ in range(SHUFFLES):
        s = list(seq)
        rnd.shuffle(s)
        shuffled.append(_mean_pmi(table, s))
    mean = sum(shuffled) / len(shuffled)
    sd = math.sqrt(sum((x - mean) ** 2 for x in shuffled) / len(shuffled)) or 1e-6
    z = (fit - mean) / sd
    factor = _between(fit, SALAD_AT, SENSE_AT)
    if len(seq) >= Z_FROM_WORDS:
        factor = min(factor, _between(z, Z_SALAD, Z_SENSE))
    return Sense(len(seq), round(fit, 3), round(z, 2), round(factor, 3))
