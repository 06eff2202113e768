"""Finding what an answer talks about: the bank's aliases heard in an answer's tokens.

Spoken answers arrive through Whisper, so the text is noisy: jargon is split or merged
("ML flow", "Kuber netes"), numbers come as digits or words ("two weeks", "ninety nine point
nine percent") and fillers sit everywhere. Matching works on the :class:`Token` s of
:mod:`voice_interviewer.tokens`, which keep their character offsets, so every match can be quoted
back exactly; :mod:`voice_interviewer.negation` decides which matches sit inside a denial.

Matching rules, in the order they are tried:

* exact: the alias's stems appear in order, allowing a few small words between them
  ("version *the* data"), or reversed around "of"/"for" ("detection of drift");
* fuzzy: the alias with spaces removed, compared with 1-4 consecutive tokens joined, by edit
  distance on a crude sound key (c→k, z→s, doubles collapsed). Short aliases never match
  fuzzily: "DVC", "git", "EKS" must be heard exactly (the bank lists their mis-hearings).

A match inside a negation's scope ("we never versioned the data", "no drift detection",
"monitoring was missing") is *negated*: it does not count as covering the concept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Callable, Iterable, Sequence

from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import extract

from .disowning import Disowned, disowned, inside
from .negation import NEGATION_CUES, SCOPE_END, apply_negation
from .tokens import FILLERS, NUMBER_WORDS, Token, normalize, stem, tokenize

__all__ = [
    "Alias", "FILLERS", "GAP_WORDS", "Match", "Matcher", "NEGATION_CUES", "NUMBER_WORDS", "SCOPE_END", "Token",
    "align_words", "apply_negation", "compile_alias", "max_edits", "normalize", "span_times", "stem", "tokenize",
]

# --------------------------------------------------------------------------- aliases

#: Small words allowed between the words of an alias ("version *the* data", "drift *in our* features").
GAP_WORDS = frozenset(
    "the a an our my their its this that these those all any some of for on in to and with your his her "
    "each every both is are was were be been being gets got".split()
)
_REVERSE_JOINERS = frozenset({"of", "for", "on", "in"})


#: Words that never begin a heard tool name (skipped as window starts in near-miss matching).
_COMMON = GAP_WORDS | frozenset(
    "we i you they it so but then that this there here not no be have has had do did does as at by from "
    "was were is are will would can could should also just very really".split()
)

_KEYS: dict[str, str] = {}


def _token_key(text: str) -> str:
    """Sound key of one token, cached (answers reuse the same words over and over)."""
    key = _KEYS.get(text)
    if key is None:
        if len(_KEYS) > 50_000:
            _KEYS.clear()
        key = _KEYS[text] = _sound_key(text.replace("'", ""))
    return key


def _sound_key(s: str) -> str:
    s = s.replace("ph", "f").replace("ck", "k").replace("qu", "kw")
    s = s.translate(str.maketrans("cqzy", "kksi"))
    out: list[str] = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def max_edits(key_len: int) -> int:
    """How many edits a fuzzy match of an alias with this many letters may need (0 = exact only)."""
    if key_len < 7:
        return 0
    if key_len < 12:
        return 1
    if key_len < 18:
        return 2
    return 3


@dataclass(frozen=True)
class Alias:
    """A compiled alias: its tokens' stems and the joined sound key for fuzzy matching."""

    concept_id: str
    text: str
    stems: tuple[str, ...]
    key: str
    edits: int
    needs: frozenset[str] = frozenset()


@lru_cache(maxsize=4096)
def compile_alias(concept_id: str, alias: str) -> Alias | None:
    toks = [t for t in tokenize(alias) if t.kind != "filler"]
    if not toks:
        return None
    core = tuple(t.stem for t in toks if t.text not in GAP_WORDS)
    # "version the data" matches "version data"; but "works with" must not shrink to "work"
    stems = core if len(core) >= 2 else tuple(t.stem for t in toks)
    joined = "".join(t.text for t in toks)
    key = _sound_key(joined)
    edits = max_edits(len(key)) if joined.isascii() else 0
    return Alias(concept_id, alias, stems, key, edits, frozenset(stems))


# --------------------------------------------------------------------------- matches


@dataclass(frozen=True)
class Match:
    """One place where an alias of a concept was heard.

    Attributes:
        concept_id: the concept it counts for.
        alias: the alias that matched.
        first, last: token indices (inclusive) of the matched words.
        start_char, end_char: offsets into the original text.
        fuzzy: matched by edit distance rather than exactly.
        negated: inside a negation's scope.
        neg_start_char, neg_end_char: the span that shows the negation (cue + mention).
    """

    concept_id: str
    alias: str
    first: int
    last: int
    start_char: int
    end_char: int
    fuzzy: bool = False
    negated: bool = False
    neg_start_char: int = 0
    neg_end_char: int = 0


class Matcher:
    """Finds concept aliases in tokenised answers; build once per question, reuse for every answer."""

    def __init__(self, concept_aliases: Iterable[tuple[str, Sequence[str]]]):
        self.aliases: list[Alias] = []
        for cid, aliases in concept_aliases:
            for said in aliases:
                compiled = compile_alias(cid, said)
                if compiled is not None:
                    self.aliases.append(compiled)
        self._by_first: dict[str, list[Alias]] = {}
        self._by_second: dict[str, list[Alias]] = {}
        for a in self.aliases:
            self._by_first.setdefault(a.stems[0], []).append(a)
            if len(a.stems) == 2:
                self._by_second.setdefault(a.stems[1], []).append(a)
        # joined-exact on the sound key catches split and merged words ("ML flow", "sage maker") for any
        # alias of 4+ letters; near misses only for aliases long enough to allow an edit
        self._joined: dict[str, list[Alias]] = {}
        self._fuzzy_by_letter: dict[str, list[Alias]] = {}
        for a in self.aliases:
            if len(a.key) >= 4:
                self._joined.setdefault(a.key, []).append(a)
            if a.edits:
                self._fuzzy_by_letter.setdefault(a.key[0], []).append(a)
        self._fuzzy_keys = {k: ([a.key for a in v], v, min(len(a.key) for a in v) - 3, max(len(a.key) for a in v) + 3)
                            for k, v in self._fuzzy_by_letter.items()}
        self._max_tokens = max((len(a.stems) for a in self.aliases), default=1)

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        """All matches (best per place and concept), negation applied."""
        words = [i for i, t in enumerate(tokens) if t.kind != "filler"]
        found: dict[tuple[str, int], Match] = {}

        def add(m: Match) -> None:
            k = (m.concept_id, m.first)
            old = found.get(k)
            if old is None or (old.fuzzy and not m.fuzzy) or (old.fuzzy == m.fuzzy and m.last > old.last):
                found[k] = m

        # exact (with small gaps), and "X of Y" reversals of two-word aliases
        present = {tokens[ti].stem for ti in words}
        for pos, ti in enumerate(words):
            s = tokens[ti].stem
            for a in self._by_first.get(s, ()):
                if len(a.stems) == 1:
                    add(self._mk(tokens, a, ti, ti, False))
                    continue
                if not a.needs <= present:
                    continue  # cheap: some word of the alias never occurs in the answer
                end = self._match_seq(tokens, words, pos, a.stems)
                if end is not None:
                    add(self._mk(tokens, a, ti, end, False))
            for a in self._by_second.get(s, ()):
                # reversed two-word aliases: "detection of drift", "versioned the data"
                if a.stems[0] not in present:
                    continue
                end = self._match_seq(tokens, words, pos, (a.stems[1], a.stems[0]))
                if end is not None:
                    add(self._mk(tokens, a, ti, end, False))
        self._fuzzy(tokens, words, add)
        # "drift" inside "concept drift" belongs to concept drift, not to another concept's bare "drift"
        ends: dict[int, list[Match]] = {}
        for m in found.values():
            ends.setdefault(m.last, []).append(m)
        kept = [m for m in found.values()
                if not any(o.concept_id != m.concept_id and o.first < m.first for o in ends[m.last])]
        matches = sorted(kept, key=lambda m: (m.start_char, m.concept_id))
        claims = disowned(tokens) if matches else ()
        return [_disown(apply_negation(tokens, m), claims) for m in matches]

    @staticmethod
    def _match_seq(tokens: Sequence[Token], words: Sequence[int], pos: int, stems: Sequence[str]) -> int | None:
        """Token index of the last word if ``stems`` match from ``pos`` allowing ≤2 gap words.

        A short coordinated run of participles may also sit in between when the last of them is joined
        by "and"/"or": "data is collected, cleaned and versioned" still says the data is versioned.
        """
        j, gaps, coordinated = pos + 1, 0, 0
        for s in stems[1:]:
            while j < len(words):
                t = tokens[words[j]]
                if t.stem == s:
                    if coordinated and tokens[words[j - 1]].text not in ("and", "or"):
                        return None
                    break
                if t.text in GAP_WORDS and gaps < 2 and not t.stop_before:
                    gaps += 1
                    j += 1
                    continue
                if coordinated < 3 and not t.stop_before and (t.text.endswith(("ed", "ing")) or (
                        coordinated and t.text == "or")):
                    coordinated += 1
                    j += 1
                    continue
                return None
            else:
                return None
            if tokens[words[j]].stop_before:
                return None
            j += 1
        return words[j - 1]

    def _fuzzy(self, tokens: Sequence[Token], words: Sequence[int], add: Callable[[Match], None]) -> None:
        """Joined windows of 1-4 tokens against aliases: exact on the sound key, else within ``edits``."""
        if not self._joined:
            return
        windows: dict[str, list[tuple[int, int]]] = {}
        span = min(self._max_tokens + 1, 4)
        for pos in range(len(words)):
            if tokens[words[pos]].text in _COMMON:
                continue  # no tool name starts with "the" or "we"
            key = ""
            for k in range(span):
                if pos + k >= len(words):
                    break
                t = tokens[words[pos + k]]
                if k and (t.stop_before or t.comma_before or len(t.text) > 7 or len(tokens[words[pos]].text) > 7):
                    break  # split words come in short pieces: "ML flow", "Kuber netes", "sage maker"
                if t.kind not in ("word", "number"):
                    break
                part = _token_key(t.text)
                key = key + part[1:] if key and part and key[-1] == part[0] else key + part
                if len(key) < 4:
                    continue
                windows.setdefault(key, []).append((words[pos], words[pos + k]))
        exact = self._joined
        for key, spans in windows.items():
            for a in exact.get(key, ()):
                for first, last in spans:
                    add(self._mk(tokens, a, first, last, False))
            if len(key) < 6:
                continue
            bucket = self._fuzzy_keys.get(key[0])
            if not bucket:
                continue
            keys, aliases, shortest, longest = bucket
            if not shortest <= len(key) <= longest:
                continue
            for _, d, idx in extract(key, keys, scorer=Levenshtein.distance, score_cutoff=3, limit=None):
                a = aliases[idx]
                if 0 < d <= a.edits and abs(len(key) - len(a.key)) <= a.edits and _plausible(key, a.key, d):
                    for first, last in spans:
                        add(self._mk(tokens, a, first, last, True))

    @staticmethod
    def _mk(tokens: Sequence[Token], a: Alias, first: int, last: int, fuzzy: bool) -> Match:
        return Match(a.concept_id, a.text, first, last, tokens[first].start, tokens[last].end, fuzzy)


def _plausible(heard: str, alias: str, distance: int) -> bool:
    """A near-miss looks like a mis-hearing, not a different form of a word.

    "experiments" is not a mis-hearing of "experimental": when one is a prefix of the other the
    difference is a suffix (stems handle those), and two or more edits must leave the ending intact.
    """
    if distance == 0:
        return True
    if heard.startswith(alias) or alias.startswith(heard):
        return False
    return distance < 2 or (heard[-2:] == alias[-2:] and heard[:2] == alias[:2])


# --------------------------------------------------------------------------- timings


def align_words(text: str, words: Sequence[Any]) -> list[tuple[int, int, float, float]]:
    """Map recognised words (with ``word``, ``start``, ``end``) to character spans of ``text``.

    Walks the text left to right looking for each word (case-insensitive, punctuation ignored);
    a word that cannot be found nearby is skipped so one oddity does not derail the rest.
    """
    low = text.lower()
    out: list[tuple[int, int, float, float]] = []
    pos = 0
    for w in words:
        needle = re.sub(r"^[^\w$£€%]+|[^\w%]+$", "", str(w.word).strip().lower())
        if not needle:
            continue
        at = low.find(needle, pos, pos + 200 + len(needle))
        if at < 0:
            continue
        out.append((at, at + len(needle), float(w.start), float(w.end)))
        pos = at + len(needle)
    return out


def span_times(aligned: Sequence[tuple[int, int, float, float]], start_char: int, end_char: int
               ) -> tuple[float | None, float | None]:
    """Start and end seconds of a character span, or (None, None) when no timed word overlaps it."""
    start = end = None
    for s, e, ts, te in aligned:
        if e <= start_char:
            continue
        if s >= end_char:
            break
        if start is None:
            start = ts
        end = te
    return start, end


def _disown(m: Match, claims: Sequence[Disowned]) -> Match:
    """A mention inside a disowning claim ("I've heard of Feast", "data quality is the data team's
    problem") counts as negated, its evidence the claim."""
    if m.negated or not claims:
        return m
    d = inside(claims, m.first, m.last, share=0.0)
    if d is None:
        return m
    return replace(m, negated=True, neg_start_char=d.start_char, neg_end_char=d.end_char)
