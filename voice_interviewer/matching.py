"""Finding what an answer talks about: normalising, tokenising, fuzzy aliases and negation.

Spoken answers arrive through Whisper, so the text is noisy: jargon is split or merged
("ML flow", "Kuber netes"), numbers come as digits or words ("two weeks", "ninety nine point
nine percent") and fillers sit everywhere. Everything here works on :class:`Token` s that keep
their character offsets into the original text, so every match can be quoted back exactly.

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
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Sequence

from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import extract

# --------------------------------------------------------------------------- tokens

FILLERS = frozenset({"um", "uh", "er", "erm", "ah", "uhm", "umm", "uhh", "hmm", "mm", "mhm", "eh"})

_ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
NUMBER_WORDS = frozenset(_ONES) | frozenset(_TENS) | frozenset(_SCALES)

_TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d+)*(?:[a-zA-Z]+)?"  # 99.9, 1,000, 30ms, 10x, 40k
    r"|[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F]*(?:['’][A-Za-z]+)*"  # words, didn't, k8s, S3, F1
    r"|[%$£€]"
)
_BOUNDARY_RE = re.compile(r"[.!?;:]|\.\.\.|…|—|–|\s-\s")
_COMMA_RE = re.compile(r",")


@dataclass(frozen=True)
class Token:
    """One word of the answer, normalised, with its place in the original text.

    Attributes:
        text: lower-case form ("didn't", "kubeflow"); number words merged into digits ("2").
        stem: a light stem for comparisons ("versioned" → "version").
        start: character offset of the first character in the original text.
        end: character offset just past the last character.
        kind: "word", "number", "symbol" or "filler".
        value: the numeric value for numbers.
        stop_before: a sentence/clause boundary (. ! ? ; : —) lies between this token and the previous.
        comma_before: a comma lies between this token and the previous.
    """

    text: str
    stem: str
    start: int
    end: int
    kind: str = "word"
    value: float | None = None
    stop_before: bool = False
    comma_before: bool = False


#: Words the suffix rules would conflate with others ("staging" is not "stage").
_STEM_EXCEPTIONS = {
    w: w for w in "staging during thing something nothing everything string bring spring morning evening "
    "ceiling news lens bias canvas atlas alias kubernetes".split()
}


_BRITISH = [
    (re.compile(r"(?<=[a-z]{2})is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),  # optimise → optimize
    (re.compile(r"(?<=[a-z])ys(e|ed|es|ing)$"), r"yz\1"),  # analyse → analyze
    (re.compile(r"(?<=[a-z]{2})([iblv])our(s|ed|ing)?$"), r"\1or\2"),  # behaviour → behavior
    (re.compile(r"^(label|model|travel|cancel|signal|channel|tunnel|level|fuel|funnel|marshal|dial)l(ed|ing|er|ers)$"),
     r"\1\2"),  # labelled, modelling → labeled, modeling
    (re.compile(r"ogue(s)?$"), r"og\1"),  # catalogue → catalog
    (re.compile(r"^artefact"), "artifact"),
]


def _american(word: str) -> str:
    """One spelling for comparisons (applied to aliases and answers alike)."""
    for rx, repl in _BRITISH:
        word = rx.sub(repl, word)
    return word


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """A deliberately light stemmer: same stem for monitor/monitors/monitored/monitoring."""
    if word in _STEM_EXCEPTIONS:
        return word
    w = _american(word)
    if w.endswith("'s") or w.endswith("s'"):
        w = w[:-2] if w.endswith("'s") else w[:-1]
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ing") and len(w) - 3 >= 3:
        w = w[:-3]
    elif w.endswith("ed") and len(w) - 2 >= 3 and not w.endswith("eed"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith("ss") and not w.endswith("us") and not w.endswith("is"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # shipped → shipp → ship, logging → logg → log
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]  # scale/scaled/scaling → scal
    return w


def _parse_number(text: str) -> float | None:
    t = text.replace(",", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([a-z]*)", t)
    if not m:
        return None
    value = float(m.group(1))
    suffix = m.group(2)
    if suffix in ("k",):
        value *= 1_000
    elif suffix in ("m", "mm") and "." in m.group(1) or suffix == "mn":
        value *= 1_000_000
    elif suffix in ("b", "bn"):
        value *= 1_000_000_000
    return value


def _number_run(raw: list[tuple[str, int, int, bool, bool]], i: int) -> tuple[float, int, int] | None:
    """Parse number words from ``raw[i]``: (value, index after the run, end char) or None."""
    total, current, last, j, end = 0.0, 0.0, None, i, raw[i][2]
    decimals: list[str] = []
    n = len(raw)
    while j < n:
        w, _, e, stop, comma = raw[j]
        if j > i and (stop or comma):
            break
        if last == "point":
            if w in _ONES and _ONES[w] < 10:
                decimals.append(str(_ONES[w]))
                end, j = e, j + 1
                continue
            break
        if w == "a" and j == i:
            current, last = 1.0, "a"
        elif w in _ONES and _ONES[w] < 10 and last in (None, "ten", "hundred", "scale"):
            current, last = current + _ONES[w], "one"
        elif w in _ONES and last in (None, "hundred", "scale"):
            current, last = current + _ONES[w], "teen"
        elif w in _TENS and last in (None, "hundred", "scale"):
            current, last = current + _TENS[w], "ten"
        elif w == "hundred" and last in ("one", "teen", "a"):
            current, last = current * 100, "hundred"
        elif w in _SCALES and w != "hundred" and last in ("one", "teen", "ten", "hundred", "a"):
            total, current, last = total + current * _SCALES[w], 0.0, "scale"
        elif w == "and" and last in ("hundred", "scale") and j + 1 < n and raw[j + 1][0] in _ONES.keys() | _TENS.keys():
            j += 1
            continue
        elif w == "point" and last in ("one", "teen", "ten") and j + 1 < n and raw[j + 1][0] in _ONES:
            last = "point"
            j += 1
            continue
        else:
            break
        end = e
        j += 1
    if last in (None, "a"):
        return None
    value = total + current
    if decimals:
        value = float(f"{int(value)}.{''.join(decimals)}")
    return value, j, end


def _merge_number_words(raw: list[tuple[str, int, int, bool, bool]]) -> list[Token]:
    """Turn runs of number words ("ninety nine point nine") into one number token."""
    out: list[Token] = []
    i = 0
    while i < len(raw):
        text, start, end, stop, comma = raw[i]
        if text in NUMBER_WORDS or text == "a":
            run = _number_run(raw, i)
            if run is not None:
                number, i, last_end = run
                shown = f"{number:g}" if number != int(number) else str(int(number))
                out.append(Token(shown, shown, start, last_end, "number", number, stop, comma))
                continue
        kind = "word"
        value: float | None = None
        if text[0].isdigit():
            value = _parse_number(text)
            kind = "number" if value is not None else "word"
            text = text.replace(",", "")
        elif text in "%$£€":
            kind = "symbol"
        elif text in FILLERS:
            kind = "filler"
        out.append(Token(text, stem(text) if kind == "word" else text, start, end, kind, value, stop, comma))
        i += 1
    return out


#: What may separate the letters of a spelled acronym: "A W S", "A.W.S.", "A. W. S.", "S-3".
_LETTER_GAP_RE = re.compile(r"[ \t]*|\.[ \t]*|-")


_Raw = list[tuple[str, int, int, bool, bool]]


def _double_u(raw: _Raw, gaps: list[str]) -> tuple[_Raw, list[str]]:
    """The letter W as Whisper writes it spelled out: "double U", "double-u", "double US" (W, S)."""
    if "double" not in (r[0] for r in raw):
        return raw, gaps
    out, out_gaps, i = [], [], 0
    while i < len(raw):
        word, start, end, stop, comma = raw[i]
        if word == "double" and i + 1 < len(raw) and raw[i + 1][0] in ("u", "us", "you") \
                and _LETTER_GAP_RE.fullmatch(gaps[i + 1]):
            nxt = raw[i + 1]
            if nxt[0] == "us":  # "double US": W then S, each keeping a share of the span
                out += [("w", start, nxt[1] + 1, stop, comma), ("s", nxt[1] + 1, nxt[2], False, False)]
                out_gaps += [gaps[i], ""]
            else:
                out.append(("w", start, nxt[2], stop, comma))
                out_gaps.append(gaps[i])
            i += 2
            continue
        out.append(raw[i])
        out_gaps.append(gaps[i])
        i += 1
    return out, out_gaps


def _merge_spelled(raw: list[tuple[str, int, int, bool, bool]], gaps: list[str]) -> list[tuple[str, int, int, bool, bool]]:
    """Join acronyms spelled letter by letter ("A.W.S.", "a W S", "a double U S", "E C 2", "S-3") into one word.

    Whisper writes a spelled acronym in many ways; aliases and answers both pass through here, so
    "A W S" in an answer meets "AWS" in the bank. A run needs two or more single letters (a digit
    may close it: "E C 2"), or one letter hyphenated to a digit ("S-3").
    """
    raw, gaps = _double_u(raw, gaps)
    out: list[tuple[str, int, int, bool, bool]] = []
    i, n = 0, len(raw)
    while i < n:
        j = i
        if len(raw[i][0]) == 1 and raw[i][0].isalpha():
            while j + 1 < n and len(raw[j + 1][0]) == 1 and raw[j + 1][0].isalpha() \
                    and _LETTER_GAP_RE.fullmatch(gaps[j + 1]):
                j += 1
            letters = j - i + 1
            if j + 1 < n and len(raw[j + 1][0]) == 1 and raw[j + 1][0].isdigit() \
                    and (letters >= 2 or gaps[j + 1] == "-") and _LETTER_GAP_RE.fullmatch(gaps[j + 1]):
                j += 1
        if j > i:
            word = "".join(r[0] for r in raw[i : j + 1])
            out.append((word, raw[i][1], raw[j][2], raw[i][3], raw[i][4]))
        else:
            out.append(raw[i])
        i = j + 1
    return out


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into normalised tokens that remember their character offsets."""
    raw: list[tuple[str, int, int, bool, bool]] = []
    gaps: list[str] = []
    prev_end = 0
    for m in _TOKEN_RE.finditer(text):
        gap = text[prev_end : m.start()]
        word = m.group(0).lower().replace("’", "'")
        stop = bool(_BOUNDARY_RE.search(gap))
        comma = "," in gap
        # "99.9%" keeps the %; "40%," works too. Trailing dot of "e.g." is a boundary: harmless.
        if word == "slash" and raw:  # "CI slash CD", "A slash B" as a recogniser writes them
            continue
        raw.append((word, m.start(), m.end(), stop, comma))
        gaps.append(gap)
        prev_end = m.end()
    return _merge_number_words(_merge_spelled(raw, gaps))


def normalize(text: str) -> str:
    """The text as matching sees it: lower case, no punctuation, numbers as digits."""
    return " ".join(t.text for t in tokenize(text) if t.kind != "filler")


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
        return [apply_negation(tokens, m) for m in matches]

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


# --------------------------------------------------------------------------- negation

NEGATION_CUES = frozenset(
    """not no never without didn't don't doesn't wasn't weren't haven't hasn't hadn't isn't aren't
    couldn't wouldn't won't can't cannot nobody none neither nor lack lacked lacking absence nothing
    didnt dont doesnt wasnt werent havent hasnt hadnt isnt arent couldnt wouldnt wont cant skipped
    ignored""".split()
)
#: Words after a cue that cancel it: "not only", "not just", "no doubt", "never been easier".
_CUE_CANCEL = frozenset({"only", "just", "merely", "simply", "doubt", "matter", "problem", "issue", "surprise"})
#: Words that end a negation's scope: "we never had outages *because* we monitored drift".
SCOPE_END = frozenset(
    """but because cause since so although though however which whereas while until unless if when
    once after before then thanks instead yet except now later rather plus also whereby where""".split()
)
_PRONOUNS = frozenset("we i they he she it you our my their us them".split())
_POST_CUES = frozenset(
    """wasn't weren't isn't aren't not never missing absent lacking nonexistent didn't wasnt werent
    isnt arent""".split()
)
_POST_LINK = frozenset({"was", "were", "is", "are", "got", "had", "has", "been", "be", "really", "ever", "at", "all"})

NEG_WINDOW = 9
#: Cues that negate the noun phrase right after them ("no drift detection"), not a whole clause.
_NOUN_CUES = frozenset({"no", "without", "zero", "lack", "lacked", "lacking", "absence", "none", "nothing", "nobody"})


def _cue_cancelled(tokens: Sequence[Token], i: int) -> bool:
    nxt = i + 1
    return nxt < len(tokens) and tokens[nxt].text in _CUE_CANCEL


#: Words that open a new statement: a negation before them does not reach past them, even when no
#: punctuation marks the break ("…couldn't starve another [.] for example that setup survived…").
_OPENERS = (("for", "example"), ("for", "instance"), ("as", "a", "result"), ("in", "the", "end"))


def _opens_statement(tokens: Sequence[Token], i: int) -> bool:
    return any(tuple(t.text for t in tokens[i : i + len(o)]) == o for o in _OPENERS)


def apply_negation(tokens: Sequence[Token], m: Match) -> Match:
    """Mark ``m`` negated when a negation cue governs it (before it, or just after: "X was missing")."""
    # look back from the mention to a cue, stopping at clause boundaries
    i = m.first
    steps = 0
    listed = False
    while i > 0 and steps < NEG_WINDOW and not _opens_statement(tokens, i):
        t = tokens[i]
        if t.stop_before:
            break
        filler_comma = t.kind == "filler" or tokens[i - 1].kind == "filler"  # "we don't, um, use it"
        if t.comma_before and not filler_comma:
            if not _comma_continues(tokens, i, m.first, m.last):
                break
            listed = True
        i -= 1
        prev = tokens[i]
        if prev.kind == "filler":
            continue
        steps += 1
        if prev.text in SCOPE_END:
            break
        if prev.text in NEGATION_CUES and not _cue_cancelled(tokens, i):
            if prev.text == "without" and _negated_before(tokens, i):
                return m  # "we never deploy without a canary": a double negative says it is always done
            if prev.text in _NOUN_CUES and steps > 4 and not listed:
                return m  # "no X" negates its noun phrase, not the rest of the sentence
            return _negated(m, prev.start, m.end_char)
        if prev.text in ("and", "or") and i + 1 < len(tokens) and tokens[i + 1].text in _PRONOUNS:
            break
    # look ahead: "data versioning was not done", "drift detection was missing"
    j = m.last + 1
    steps = 0
    while j < len(tokens) and steps < 4:
        t = tokens[j]
        if t.stop_before or t.comma_before:
            break
        if t.kind == "filler":
            j += 1
            continue
        if t.text in _POST_CUES and not _cue_cancelled(tokens, j):
            if t.text == "not" and steps == 0:
                break  # "X not Y" contrasts, it does not negate X
            return _negated(m, m.start_char, t.end)
        if t.text not in _POST_LINK:
            break
        steps += 1
        j += 1
    return _fronted(tokens, m)


_BACK_REFS = frozenset({"that", "it", "this", "them", "any", "those", "either", "one"})


def _fronted(tokens: Sequence[Token], m: Match) -> Match:
    """A topic put first and then denied: "Data versioning? We never did that." / "Monitoring, we had none."."""
    if m.first and not (tokens[m.first].stop_before or tokens[m.first].comma_before):
        return m
    j = m.last + 1
    if j >= len(tokens) or not (tokens[j].stop_before or tokens[j].comma_before):
        return m
    window = [t for t in tokens[j : j + 7] if t.kind != "filler"]
    cue_at = next((k for k, t in enumerate(window[:3]) if t.text in NEGATION_CUES), None)
    if cue_at is None or any(t.stop_before for t in window[1 : cue_at + 1]):
        return m
    if window[cue_at].text in ("none", "nothing", "nobody") or any(t.text in _BACK_REFS for t in window[cue_at:]):
        end = next((t.end for t in window[cue_at:] if t.text in _BACK_REFS), window[cue_at].end)
        return _negated(m, m.start_char, end)
    return m


def _negated_before(tokens: Sequence[Token], i: int, reach: int = 6) -> bool:
    """Another negation earlier in the same clause than ``tokens[i]``."""
    k = i
    while k > 0 and i - k < reach:
        if tokens[k].stop_before or tokens[k].comma_before:
            return False
        k -= 1
        if tokens[k].text in NEGATION_CUES and tokens[k].text != "without":
            return True
    return False


def _comma_continues(tokens: Sequence[Token], comma_at: int, first: int, last: int) -> bool:
    """A comma keeps a negation going only inside a short list: "no monitoring, alerting or drift detection"."""
    seg = [t for t in tokens[comma_at:first] if t.kind != "filler"]
    if len(seg) > 3 or any(t.text in _PRONOUNS for t in seg):
        return False
    if any(t.text in ("or", "nor", "and") for t in seg):
        return True
    after = last + 1
    while after < len(tokens) and tokens[after].kind == "filler":
        after += 1
    return after < len(tokens) and (tokens[after].comma_before or tokens[after].text in ("or", "nor", "and"))


def _negated(m: Match, start: int, end: int) -> Match:
    return Match(
        m.concept_id, m.alias, m.first, m.last, m.start_char, m.end_char, m.fuzzy, True, start, end
    )


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
