"""Tokens of an answer: normalised words that remember where they came from.

Spoken answers arrive through Whisper, so the text is noisy: jargon is split or merged
("ML flow", "Kuber netes"), numbers come as digits or words ("two weeks", "ninety nine point
nine percent"), letters are spelled out ("A W S", "double U") and fillers sit everywhere.
:func:`tokenize` turns any of it into :class:`Token` s that keep their character offsets into the
text, so everything found in them can be quoted back exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

FILLERS = frozenset({"um", "uh", "er", "erm", "ah", "uhm", "umm", "uhh", "hmm", "mm", "mhm", "eh"})

#: The words spoken numbers are made of (text2num reads their values). "fourty" is a common misspelling.
_ONES = frozenset("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                  "fifteen sixteen seventeen eighteen nineteen".split())
_TENS = frozenset("twenty thirty forty fourty fifty sixty seventy eighty ninety".split())
_SCALES = frozenset({"hundred", "thousand", "million", "billion"})
NUMBER_WORDS = _ONES | _TENS | _SCALES

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


#: Words a spoken number is made of, beside the ones and tens: "a" opens one ("a hundred"), "and"
#: and "point" join its parts ("one hundred and five", "ninety nine point nine").
_JOINERS = frozenset({"and", "point"})
#: One number as alpha2digit writes it. A leading zero means it glued a "zero" to the next number
#: ("zero twenty" → "020", as in a phone number): that is two numbers here.
_DIGITS_RE = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")


@lru_cache(maxsize=4096)
def _spoken_value(words: tuple[str, ...]) -> float | None:
    """The value of ``words`` when text2num reads them as exactly one number, else None.

    ``threshold=0``: a lone "one" or "two" is a number here too ("two weeks"); whether it counts
    as one is for the matcher to decide, as it was before text2num.
    """
    from text_to_num import alpha2digit

    digits = alpha2digit(" ".join(words), "en", threshold=0)
    return float(digits) if _DIGITS_RE.fullmatch(digits) else None


def _number_run(raw: list[tuple[str, int, int, bool, bool]], i: int) -> tuple[float, int, int] | None:
    """The longest run of number words from ``raw[i]`` that reads as one number: (value, index
    after the run, end char), or None.

    text2num's ``alpha2digit`` does the reading; what stays ours: a run keeps to one clause (no
    comma or stop inside), "a" counts as one only before a scale ("a hundred", "a million"), a
    scale word alone ("thousand") is a word, not a number, and "and" joins only after a scale
    ("two hundred and five"), so a spoken range stays two numbers ("between twenty and five").
    """
    words: list[str] = []
    for j in range(i, len(raw)):
        w, _, _, stop, comma = raw[j]
        if j > i and (stop or comma):
            break
        if not (w in NUMBER_WORDS or w in _JOINERS or (j == i and w == "a")):
            break
        if w == "and" and (not words or words[-1] not in _SCALES):
            break
        words.append(w)
    if words[0] == "a":
        if len(words) < 2 or words[1] not in _SCALES:
            return None
        words[0] = "one"
    elif words[0] in _SCALES:
        return None
    for k in range(len(words), 0, -1):
        value = _spoken_value(tuple(words[:k]))
        if value is not None:
            return value, i + k, raw[i + k - 1][2]
    return None


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
                shown = repr(number) if number != int(number) else str(int(number))
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
