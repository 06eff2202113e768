"""Concepts matched by meaning: stretches of the answer against each concept's plain-words description.

Pure: text (as tokens) and an injected :class:`Embedder` in, dataclasses out; the model itself
lives in :mod:`voice_interviewer.embedding`.

How a meaning hit is decided:

* The answer is cut into overlapping windows of ``WINDOW`` words (stride ``STRIDE``), built from
  the normalised words only, so where the recogniser put its full stops and capitals changes
  nothing.
* Each concept is represented by its description and its example phrasings; a window's
  similarity to a concept is the best of those.
* A window supports a concept when the similarity clears ``threshold`` *and* the concept is the
  window's best among the question's concepts by at least ``margin`` (a near-miss distractor —
  "added replicas when traffic spiked" against canary releases — must not count).
* A words-only concept (``by_meaning = false``: "a specific project example") competes for the
  windows but is never credited by meaning; its words must be said.
* A supporting window that says the thing is *not* done ("we never versioned…") is evidence of a
  gap, as with words (the same negation cues as :mod:`~voice_interviewer.matching`).
* A window closer to one of the concept's ``misconceptions`` than to the concept itself (and
  above ``misconception_threshold``) marks the concept as misunderstood: no credit, evidence
  for the red flags, and the feedback names the belief.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Protocol, Sequence

import numpy as np

from .bank import Concept
from .disowning import Disowned, disowned, inside
from .matching import Token, tokenize
from .negation import _BE_WORDS, SCOPE_END, cue_cancelled, unlike

__all__ = ["Embedder", "Window", "MeaningHit", "MisconceptionHit", "MeaningResult", "find_meaning", "meaning_texts",
           "windows",
           "WINDOW", "STRIDE"]

WINDOW = 10
STRIDE = 3
#: Words that put the window's statement in the negative ("we never versioned the data").
NEGATIONS = frozenset(
    "never not no didn't don't doesn't wasn't weren't haven't hasn't hadn't won't wouldn't couldn't can't cannot "
    "isn't aren't without nobody nothing neither nor none".split()
)


class Embedder(Protocol):
    """Text → unit-length vectors, one row per text."""

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class Window:
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    start_char: int
    end_char: int
    text: str  # normalised words


@dataclass(frozen=True)
class MeaningHit:
    concept_id: str
    similarity: float
    window: Window
    negated: bool = False


@dataclass(frozen=True)
class MisconceptionHit:
    concept_id: str
    belief: str
    similarity: float
    window: Window


@dataclass(frozen=True)
class MeaningResult:
    hits: tuple[MeaningHit, ...]  # the best supporting window per concept (negated ones included)
    misconceptions: tuple[MisconceptionHit, ...]
    on_topic: float  # the answer's best similarity to the question and its concepts (0 when empty)


def windows(tokens: Sequence[Token], size: int = WINDOW, stride: int = STRIDE) -> list[Window]:
    """Overlapping windows of normalised words (fillers left out); the last window ends at the end."""
    words = [i for i, t in enumerate(tokens) if t.kind in ("word", "number")]
    if not words:
        return []
    starts = list(range(0, max(1, len(words) - size + 1), stride))
    if starts[-1] + size < len(words):
        starts.append(len(words) - size)
    out = []
    for s in starts:
        idx = words[s : s + size]
        out.append(Window(idx[0], idx[-1], tokens[idx[0]].start, tokens[idx[-1]].end,
                          " ".join(tokens[i].text for i in idx)))
    return out


#: A wrong belief is a claim that reduces the idea to something smaller ("X is just Y", "the same
#: as", "comes down to", "all you need"): embeddings alone cannot tell "concept drift is the
#: relationship between inputs and target changing" (right) from "… just the inputs changing"
#: (wrong), so a misconception also needs such a claim in the window.
REDUCTIVE = frozenset("just simply basically essentially merely same identically enough nothing boils overkill redundant covered covers complete "
                       "ultimately guarantee guarantees guaranteed".split())
MISCONCEPTION_MARGIN = 0.05
#: A denial said near the idea's words ("there's no single accuracy number", "we don't really have
#: alerts on the model metrics") sounds like a wrong belief put in the negative ("we don't need to
#: monitor the model") far more often than it is one; a reducing claim is rarer and surer. A wrong
#: belief heard only through a negation must sound this much closer to it. Measured over the
#: labelled sets: 0.05 still flagged one tier-5 answer, 0.15 lost a real misconception.
DENIAL_EXTRA = 0.1
#: A reducing claim heard as a belief put in the negative ("the inputs look the same as in training, so
#: the model behaves the same" for "… the accuracy cannot have changed") must sound this much closer:
#: said the other way round, a near likeness is less sure (a misheard "then monitor, just concept,
#: just as …" sat 0.56 from "we don't need to monitor the model itself").
CROSS_EXTRA = 0.02
#: A reducing claim heard as a wrong belief is set aside when the same answer says the idea right by
#: meaning this surely, elsewhere, and about as close as the belief sounded (``RIGHT_MARGIN`` below it).
RIGHT_SAID = 0.65
RIGHT_MARGIN = 0.05


#: A definition is a claim too ("data drift is more like when the pipeline breaks", "X means Y"), but
#: most definitions are right, and a right one can sound like a wrong one by its shape alone: "concept
#: drift is when the relationship between the inputs and …" sits 0.92 from "Concept drift is when the
#: data pipeline breaks". So a definition is taken for a wrong belief that is a definition too, and
#: only when what it says the idea *is* (the words after "is when" / "means") sounds like what the
#: belief says it is.
_DEFINING_AFTER = frozenset({"when", "like"})
_DEFINING_PAD = frozenset("more kind sort of really basically just simply pretty much".split())
#: How close the two definitions' bodies must be (the wrong ones heard: 0.77; right ones against the
#: nearest wrong belief: at most 0.46, over the labelled sets: 39 definitions).
DEFINITION_SAME = 0.6
#: How many words after the cue make a definition's body.
DEFINITION_WORDS = 8


def _definition_at(tokens: Sequence[Token], i: int) -> int | None:
    """Where the body of a definition starting at ``tokens[i]`` begins ("… is more like when [the data
    pipeline breaks]", "… means [the pipeline is broken]"), or None."""
    t = tokens[i].text
    if t in ("means", "meant"):
        return i + 1 if i + 1 < len(tokens) else None
    if t not in ("is", "are", "'s", "was"):
        return None
    j = i + 1
    while j < len(tokens) and j - i <= 3 and (tokens[j].text in _DEFINING_PAD or tokens[j].kind == "filler"):
        j += 1
    return j + 1 if j + 1 < len(tokens) and tokens[j].text in _DEFINING_AFTER else None


def _definition_body(tokens: Sequence[Token], first: int, last: int) -> str:
    """The body of the first definition between ``first`` and ``last``, or ""."""
    for i in range(first, last + 1):
        at = _definition_at(tokens, i)
        if at is not None:
            return " ".join(t.text for t in tokens[at : at + DEFINITION_WORDS])
    return ""


@functools.lru_cache(maxsize=4096)
def _belief_body(belief: str) -> str:
    toks = tokenize(belief)
    return _definition_body(toks, 0, len(toks) - 1)


_WOULD = frozenset("would could might would've could've might've wouldn't couldn't".split())


def _counterfactual(tokens: Sequence[Token], w: Window) -> bool:
    """"A backup would have given us the old model file; it could never have told us why": what
    something would have done is an argument *against* the wrong belief, not a claim of it."""
    for i in range(max(0, w.first - 2), w.last + 1):
        if tokens[i].text in _WOULD:
            for j in range(i + 1, min(len(tokens), i + 3)):
                if tokens[j].text in ("have", "'ve", "of") or tokens[j].text.endswith("'ve"):
                    return True
        if tokens[i].text.endswith("'ve") and tokens[i].text[:-3] in _WOULD:
            return True
    return False


#: "On its own", "by itself", "alone": with a negation in the same clause, the speaker says one thing is
#: not enough ("we never rely on input drift alone", "the inputs on their own don't tell you") — the
#: opposite of the wrong belief that it covers everything.
_ALONE = frozenset({"alone"})
_OWN_AFTER = {"on": frozenset({"its", "their", "our", "own"}), "by": frozenset({"itself", "themselves"})}


def _own(tokens: Sequence[Token], i: int) -> bool:
    """"on its own", "on their own", "by itself" starting at ``tokens[i]``."""
    word, nxt = tokens[i].text, tokens[i + 1].text if i + 1 < len(tokens) else ""
    if word not in _OWN_AFTER or nxt not in _OWN_AFTER[word]:
        return False
    return word == "by" or nxt == "own" or (i + 2 < len(tokens) and tokens[i + 2].text == "own")


def _not_enough_alone(tokens: Sequence[Token], w: Window, reach: int = 8) -> bool:
    """"… which is why we never rely on input drift alone": a negation and "alone" / "on its own" /
    "by itself" within ``reach`` words of each other, in one sentence, in the window or just around it
    (the window may stop one word short of "alone"): the speaker denies that one check is enough, which
    argues *against* a reducing belief."""
    lo = max(0, w.first - 3)
    alone = [i for i in range(lo, min(len(tokens), w.last + 4)) if tokens[i].text in _ALONE or _own(tokens, i)]
    for a in alone:
        for i in range(max(lo, a - reach), min(len(tokens), a + reach + 1)):
            if tokens[i].text in NEGATIONS and not cue_cancelled(tokens, i):
                between = range(min(a, i) + 1, max(a, i) + 1)
                if not any(tokens[k].stop_before for k in between):
                    return True
    return False


_CONTRAST = frozenset("while but yet although though whereas".split())


def _contrasted(tokens: Sequence[Token], w: Window) -> bool:
    """"The inputs can look the same as in training *while* accuracy falls": the sameness is set
    against a change, the opposite of the belief that nothing can have changed."""
    first = next((i for i in range(w.first, w.last + 1) if tokens[i].text in REDUCTIVE), w.last)
    return any(tokens[i].text in _CONTRAST for i in range(first + 1, w.last + 1))


def _one_sentence(tokens: Sequence[Token], w: Window) -> bool:
    """No sentence ends inside the window."""
    return not any(tokens[i].stop_before for i in range(w.first + 1, w.last + 1))


_SAMENESS = frozenset("same identically".split())


def _sameness_set_against(tokens: Sequence[Token], i: int, reach: int = 5) -> bool:
    """"The inputs can look identical *while* their relationship to the outcome changes": a sameness
    set against a change argues against the belief that nothing can have changed."""
    return tokens[i].text in _SAMENESS and any(t.text in _CONTRAST for t in tokens[i + 1 : i + 1 + reach])


def _reductive(tokens: Sequence[Token], w: Window) -> bool:
    return any((tokens[i].text in REDUCTIVE and not _same_thing(tokens, i) and not _denied_reduction(tokens, i)
                and not _just_works(tokens, i) and not unlike(tokens, i) and not _sameness_set_against(tokens, i)) or _by_definition(tokens, i) or _dismissed(tokens, i)
               or _always_the_same(tokens, i)
               or _sufficient(tokens, i)
               for i in range(w.first, w.last + 1))


def _sufficient(tokens: Sequence[Token], i: int) -> bool:
    """"*As long as* the inputs look like the training data, the forecasts are fine": one condition
    claimed to settle the rest, as sure a claim as "just" or "is enough"."""
    return (tokens[i].text == "long" and 0 < i < len(tokens) - 1 and tokens[i - 1].text == "as"
            and tokens[i + 1].text == "as")


_WORRIES = frozenset("concern worry issue".split())
_DISMISSING = frozenset("not isn't wasn't aren't never no".split())


def _dismissed(tokens: Sequence[Token], i: int) -> bool:
    """"Lock-in isn't a concern", "not really an issue for us": an idea waved away, as sure a claim as
    "just" ("there's no lock-in because it's all open source")."""
    if tokens[i].text not in _WORRIES:
        return False
    before = [tokens[k].text for k in range(max(0, i - 4), i) if tokens[k].kind != "filler"]
    while before and before[-1] in ("a", "an", "any", "much", "of", "really", "big", "real", "serious"):
        before.pop()
    return bool(before) and before[-1] in _DISMISSING


def _by_definition(tokens: Sequence[Token], i: int) -> bool:
    """"The data is versioned *by definition*", "the fresher model is the better one *by construction*":
    a claim that one thing settles another, as sure as "just"."""
    return tokens[i].text in ("definition", "construction") and i > 0 and tokens[i - 1].text == "by"


def _always_the_same(tokens: Sequence[Token], i: int, reach: int = 4) -> bool:
    """"The same Dockerfile *always builds the same* image": sameness claimed as a certainty, as sure a
    claim as "just" (a plain "the same image" names a thing; see ``_same_thing``)."""
    return (tokens[i].text == "always"
            and any(t.text == "same" for t in tokens[i + 1 : i + 1 + reach])
            and not any(t.stop_before for t in tokens[i + 1 : i + 1 + reach]))


_WORKS = frozenset("work works worked working".split())


_COPULAS = _BE_WORDS | {"be"}


def _just_works(tokens: Sequence[Token], i: int) -> bool:
    """"Endpoints with autoscaling just work": praise (it works without fuss), not a reduction; nor is
    "keeps the GPU machines just for the model" (only for it), unless said of what something is
    ("Terraform is just for big companies")."""
    if tokens[i].text != "just" or i + 1 >= len(tokens):
        return False
    return tokens[i + 1].text in _WORKS or (tokens[i + 1].text == "for" and (i == 0 or tokens[i - 1].text not in _COPULAS))


def _denied_reduction(tokens: Sequence[Token], i: int) -> bool:
    """"Concept drift is not just the inputs changing", "more than just a file", "the difference from
    just keeping backups": the reduction denied is the right belief, the opposite of the wrong one."""
    before = [tokens[k].text for k in range(max(0, i - 4), i) if tokens[k].kind != "filler"]
    while before and (before[-1] in REDUCTIVE or before[-1] in ("the", "a", "really")):  # "not just the same"
        before.pop()
    if len(before) >= 2 and before[-2:] == ["instead", "of"]:
        return True  # "instead of just keeping backups"
    # "the difference from just keeping backups", "unlike just copying the files": set against the idea
    return bool(before) and before[-1] in ("not", "isn't", "aren't", "wasn't", "never", "isnt", "arent", "than",
                                           "from", "unlike")




def _same_thing(tokens: Sequence[Token], i: int) -> bool:
    """"same" naming a thing ("in the same week", "the same image") rather than reducing one idea to
    another ("the same as software CI/CD", "it's all the same")."""
    if tokens[i].text != "same" or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return (not (nxt.stop_before or nxt.comma_before) and nxt.kind == "word" and nxt.text not in ("as", "thing", "things")
            and nxt.text not in SCOPE_END)  # "behave the same once it's in a container"


#: "Without" leaves a claim affirmative ("a requirements file without pinned versions is enough"): it
#: negates what follows it, for the ideas it names, but does not turn the belief itself around.
_MODIFYING = frozenset({"without"})


@functools.lru_cache(maxsize=4096)
def _denial(belief: str) -> bool:
    """Is the belief itself put in the negative ("there is no need to watch the model")?"""
    return any(t.text in NEGATIONS and t.text not in _MODIFYING for t in tokenize(belief))


@functools.lru_cache(maxsize=4096)
def _reduces(belief: str) -> bool:
    """Does the belief also reduce the idea ("…, the service being healthy is enough")?"""
    return any(t.text in REDUCTIVE for t in tokenize(belief))


def _negated(tokens: Sequence[Token], w: Window, reach: int = 5, claims: Sequence[Disowned] = (),
             skip: frozenset[str] = frozenset()) -> bool:
    """A negation in the window or just before it ("we never kept [a copy of the data …]"), or a
    window mostly inside a disowning claim ("I'd be keen to learn more about [how to …]"). Words in
    ``skip`` do not count."""
    return (any(tokens[i].text in NEGATIONS and tokens[i].text not in skip
                and not cue_cancelled(tokens, i)  # "not only code" adds
                for i in range(max(0, w.first - reach), w.last + 1))
            or inside(claims, w.first, w.last) is not None)


#: A description that is only a label ("Data versioning.", as a guide import writes them) sits lower
#: against a 10-word stretch of speech than a sentence about the same idea does: raised by this much
#: so the same thresholds hold (measured on the seed guide's import; no hand-made text is this short).
LABEL_WORDS = 4
LABEL_LIFT = 0.1


def _label_lift(texts: Sequence[str]) -> np.ndarray:
    return np.asarray([LABEL_LIFT if len(t.split()) <= LABEL_WORDS else 0.0 for t in texts], dtype=np.float32)


def _described(concepts: Sequence[Concept]) -> list[Concept]:
    """The concepts compared by meaning: those with a description. A words-only one (``by_meaning``
    false) still competes for each window, so a stretch that sounds like it credits no other concept,
    but it is never credited itself."""
    return [c for c in concepts if c.description]


def _idea_texts(c: Concept) -> tuple[str, ...]:
    return (c.description, *c.examples)


def meaning_texts(concepts: Sequence[Concept], prompt: str = "") -> list[str]:
    """Every text :func:`find_meaning` embeds for these concepts besides the answer's own windows:
    embedding them ahead (while the question is spoken) makes the first verdict as quick as the rest."""
    described = _described(concepts)
    return ([t for c in described for t in _idea_texts(c)] + [b for c in described for b in c.misconceptions]
            + ([prompt] if prompt else []))


def _same_definition(tokens: Sequence[Token], w: Window, belief: str, embedder: Embedder) -> bool:
    """Does the window define the idea as the wrong belief does (see ``DEFINITION_SAME``)?"""
    theirs = _belief_body(belief)
    ours = _definition_body(tokens, w.first, w.last) if theirs else ""
    if not ours:
        return False
    a, b = embedder.embed([ours, theirs])
    return float(a @ b) >= DEFINITION_SAME


def _denied_next(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A negation in ``tokens[first..last]`` (a window's last words and the words the statement goes on
    with) before any word that starts another clause: "the data side [we didn't version]", not "… with
    the training [period but that doesn't tell you]"."""
    for i in range(first, min(last, len(tokens) - 1) + 1):
        if tokens[i].text in SCOPE_END:
            return False
        if tokens[i].text in NEGATIONS and not cue_cancelled(tokens, i):
            return True
    return False


def find_meaning(
    concepts: Sequence[Concept],
    tokens: Sequence[Token],
    embedder: Embedder,
    *,
    prompt: str = "",
    threshold: float = 0.5,
    margin: float = 0.03,
    misconception_threshold: float = 0.6,
) -> MeaningResult:
    """Which concepts the answer expresses in other words (see the module docstring)."""
    wins = windows(tokens)
    described = _described(concepts)
    if not wins or not described:
        return MeaningResult((), (), 0.0)
    owner = [k for k, c in enumerate(described) for _ in _idea_texts(c)]
    texts = [t for c in described for t in _idea_texts(c)]
    beliefs: list[tuple[int, str]] = [(k, b) for k, c in enumerate(described) for b in c.misconceptions]
    vectors = embedder.embed([w.text for w in wins] + texts + [b for _, b in beliefs] + ([prompt] if prompt else []))
    W = vectors[: len(wins)]
    C = vectors[len(wins) : len(wins) + len(texts)]
    B = vectors[len(wins) + len(texts) : len(wins) + len(texts) + len(beliefs)]
    sims = W @ C.T + _label_lift(texts)  # windows x concept texts
    per_concept = np.full((len(wins), len(described)), -1.0, dtype=np.float32)
    owners = np.asarray(owner)
    for k in range(len(described)):
        per_concept[:, k] = sims[:, owners == k].max(axis=1)
    wrong: dict[int, MisconceptionHit] = {}
    wrong_windows: set[int] = set()
    claims = disowned(tokens)
    if beliefs:
        bs = W @ B.T  # windows x beliefs
        denies = [_denial(b) for _, b in beliefs]
        reduces = [_reduces(b) for _, b in beliefs]
        for wi, w in enumerate(wins):
            if _counterfactual(tokens, w) or _not_enough_alone(tokens, w):
                continue
            negated = _negated(tokens, w, claims=claims, skip=_MODIFYING)
            reducing = _reductive(tokens, w)
            # a wrong belief is a reducing claim ("X is just Y") or a denial ("nothing else to watch"),
            # weighed only against the beliefs it could claim: a denial ("we didn't need separate data
            # versioning") against those put in the negative; a reduction ("the service being healthy is
            # enough") against those that reduce too, and — when it is one sentence and not set against a
            # change — against those put in the negative, a little surer (``CROSS_EXTRA``): "if the
            # inputs look the same as in training the model behaves the same" is "as long as the inputs
            # look like the training data, the accuracy cannot have changed"
            whole = reducing and not negated and _one_sentence(tokens, w) and not _contrasted(tokens, w)
            same = [negated == d or (reducing and r) for d, r in zip(denies, reduces)]
            ways = np.asarray([a or whole for a in same])
            if not ways.any():
                continue
            j = int(np.argmax(np.where(ways, bs[wi], -2.0)))
            s = float(bs[wi, j])
            k = beliefs[j][0]
            defining = (not reducing and not negated and s >= misconception_threshold
                        and _same_definition(tokens, w, beliefs[j][1], embedder))
            needed = (misconception_threshold + (0.0 if reducing or defining else DENIAL_EXTRA)
                      + (0.0 if same[j] else CROSS_EXTRA))
            if s >= needed and s - per_concept[wi, k] >= MISCONCEPTION_MARGIN and (reducing or negated or defining):
                wrong_windows.add(wi)
                old_m = wrong.get(k)
                if old_m is None or s > old_m.similarity:
                    wrong[k] = MisconceptionHit(described[k].id, beliefs[j][1], round(s, 3), w)
    best: dict[int, MeaningHit] = {}
    tops = per_concept.argmax(axis=1)
    for wi, w in enumerate(wins):
        if any(abs(wi - x) * STRIDE < WINDOW // 2 for x in wrong_windows):
            continue  # a wrong claim credits nothing, not even the ideas it sounds like
        row = per_concept[wi]
        order = np.argsort(row)[::-1]
        top = int(order[0])
        second = float(row[order[1]]) if len(order) > 1 else -1.0
        s = float(row[top])
        if s < threshold or s - second < margin or not described[top].by_meaning:
            continue
        # the idea goes on into a denial: "… i guess the data side we [didn't version as carefully]"
        goes_on = (wi + 1 < len(wins) and int(tops[wi + 1]) == top and float(per_concept[wi + 1, top]) >= threshold
                   and _denied_next(tokens, w.last - 1, wins[wi + 1].last))
        hit = MeaningHit(described[top].id, round(s, 3), w, goes_on or _negated(tokens, w, claims=claims))
        old = best.get(top)
        # a positive statement wins over a negated one; otherwise the closer window
        if old is None or (old.negated and not hit.negated) or (old.negated == hit.negated and s > old.similarity):
            best[top] = hit
    for k, m in list(wrong.items()):
        right = best.get(k)
        if (right is not None and not right.negated and right.similarity >= RIGHT_SAID
                and _reductive(tokens, m.window) and not _negated(tokens, m.window, claims=claims)
                and right.similarity >= m.similarity - RIGHT_MARGIN):
            # the idea said right, in full, elsewhere in the answer outweighs one reducing word near it
            # ("… that also covers concept drift: when the inputs looked normal but the outcomes changed")
            del wrong[k]
    on_topic = float(per_concept.max()) if per_concept.size else 0.0
    if prompt:
        on_topic = max(on_topic, float((W @ vectors[-1]).max()))
    return MeaningResult(tuple(best.values()), tuple(wrong.values()), round(on_topic, 3))
