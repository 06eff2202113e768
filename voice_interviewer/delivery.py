"""Delivery metrics of a spoken answer: pace, fillers, pauses, length — pure, from word timings.

How each figure is measured (so the numbers can be trusted and explained):

* ``duration`` is the length of the recording; ``speaking_time`` runs from the first word's start
  to the last word's end, so the silence before the first word and the end-of-answer silence the
  recorder waits for do not dilute the pace.
* ``wpm`` is every recognised word (fillers included — they take speaking time too) divided by
  ``speaking_time``. ``pace`` compares it with ``wpm_band``. Both are ``None`` below
  ``MIN_PACE_SPEECH_S`` of speech or ``MIN_PACE_WORDS`` words: three words in a second are "180 wpm"
  but say nothing about how someone paces an answer ("too short to judge pace").
* ``fillers`` counts "um", "uh", "er", "ah", "hmm" always, and "like", "you know", "sort of",
  "kind of", "I mean" only when they are used as fillers (see :func:`find_fillers`).
  ``fillers_per_min`` is per minute of ``speaking_time``.
* pauses are the silent gaps between speech. Whisper's word timings stretch words across pauses,
  so the VAD's ``speech_segments`` are used when the transcript has them; otherwise the gaps
  between consecutive words. ``pauses`` lists those longer than ``pause_threshold`` seconds.
* ``length`` compares ``speech_end`` (when the candidate stopped talking, from the question's end)
  with the question's ``target_seconds``.

Typed answers have no timings: their timing figures are ``None`` and only fillers are counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .transcript import Transcript

#: Always fillers, after folding repeated letters ("umm" -> "um").
SIMPLE_FILLERS = {"um": "um", "uh": "uh", "er": "er", "erm": "er", "ah": "ah", "hmm": "hmm", "hm": "hmm",
                  "mm": "hmm", "uhm": "um"}

# a word keeps inner dots ("3.5", "p99.9") but not a sentence-final one, which is punctuation
_TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9'’%-]|\.(?=[A-Za-z0-9]))*|[,;:.!?—–]")
_PUNCT = set(",;:.!?—–")
#: Pace is judged only on at least this much speech and this many words.
MIN_PACE_SPEECH_S = 10.0
MIN_PACE_WORDS = 20
_SENTENCE_END = set(".!?")

# "like" is a verb or a preposition after these ("would like", "looks like", "tools like MLflow").
_LIKE_NOT_AFTER = {
    "would", "i'd", "we'd", "you'd", "they'd", "look", "looks", "looked", "looking", "seem", "seems",
    "seemed", "feel", "feels", "felt", "sound", "sounds", "sounded", "something", "things", "stuff",
    "tools", "platforms", "services", "systems", "metrics", "frameworks", "just", "i", "we", "you", "they",
    "don't", "didn't", "do", "did", "much", "more", "most", "exactly", "really", "not", "is", "are", "be",
}
# ... and before these it compares ("like a canary", "like this").
_LIKE_NOT_BEFORE = {"a", "an", "the", "this", "that", "these", "those", "to", "it", "them", "how", "what",
                    "mlflow", "dvc", "kubernetes", "docker", "terraform"}
# "like ten models", "like, um, ...": an approximation or a hesitation follows
_LIKE_APPROX = {"one", "two", "three", "five", "ten", "twenty", "fifty", "hundred", "maybe", "um", "uh"}
_KNOW_OBJECTS = {"what", "how", "that", "why", "where", "when", "who", "whether", "if", "about", "the", "a",
                 "an", "it", "this", "them", "him", "her", "which"}
_KIND_DETERMINERS = {"what", "a", "the", "this", "that", "any", "some", "which", "every", "one", "each",
                     "same",
                     "different", "other", "another", "all", "these", "those", "new", "right", "first"}


def _fold(token: str) -> str:
    """Lower-case, strip quotes and trailing dots, fold stretched letters ("ummm" -> "um")."""
    t = token.lower().strip("'’.-")
    if re.fullmatch(r"m{2,}", t):
        return "mm"
    folded = re.sub(r"(.)\1+", r"\1", t)
    return folded if folded in SIMPLE_FILLERS else t


@dataclass(frozen=True)
class _Token:
    text: str  # folded word, or a punctuation mark
    word_index: int | None  # index into Transcript.words (None for typed text / punctuation)


def _tokens(transcript: Transcript) -> list[_Token]:
    if transcript.words:
        out: list[_Token] = []
        for i, w in enumerate(transcript.words):
            for tok in _TOKEN.findall(w.word):
                out.append(_Token(tok if tok in _PUNCT else _fold(tok), None if tok in _PUNCT else i))
        return out
    return [_Token(t if t in _PUNCT else _fold(t), None) for t in _TOKEN.findall(transcript.text)]


def find_fillers(transcript: Transcript) -> list[tuple[str, int | None]]:
    """The fillers in a transcript, as (filler, index of its first word in ``transcript.words``).

    Context rules for the ambiguous ones:
      * "like" is a filler when set off by commas, at a sentence start, after "and/so/but/um/uh",
        or before a number ("like ten models"); never after a verb/noun that takes it
        ("would like", "looks like", "tools like MLflow") or before "a/the/this".
      * "you know" is a filler unless it is a question ("do you know") or takes an object
        ("you know what", "you know the").
      * "sort of"/"kind of" are fillers unless a determiner precedes them ("what kind of model").
      * "I mean" is a filler unless it is "what I mean" or takes "that/it/to".
    """
    toks = _tokens(transcript)
    words = [(i, t) for i, t in enumerate(toks)]
    found: list[tuple[str, int | None]] = []

    def at(k: int) -> str:
        return toks[k].text if 0 <= k < len(toks) else "."

    for k, tok in words:
        w = tok.text
        if w in _PUNCT:
            continue
        prev, nxt = at(k - 1), at(k + 1)
        if w in SIMPLE_FILLERS:
            found.append((SIMPLE_FILLERS[w], tok.word_index))
        elif w == "like":
            if prev in _LIKE_NOT_AFTER or nxt in _LIKE_NOT_BEFORE:
                continue
            if (prev in _PUNCT or nxt == "," or prev in {"and", "so", "but", "um", "uh", "or", "was", "it's"}
                    or re.fullmatch(r"\d[\d.,%]*", nxt) or nxt in _LIKE_APPROX):
                found.append(("like", tok.word_index))
        elif w == "know" and prev == "you":
            before = at(k - 2)
            if before in {"do", "did", "don't", "didn't", "if", "would", "could", "will", "let", "to"}:
                continue
            if nxt != "," and nxt in _KNOW_OBJECTS:
                continue
            found.append(("you know", toks[k - 1].word_index))
        elif w == "of" and prev in {"kind", "sort"}:
            if at(k - 2) in _KIND_DETERMINERS:
                continue
            found.append((f"{prev} of", toks[k - 1].word_index))
        elif w == "mean" and prev == "i":
            if at(k - 2) in {"what", "which", "do", "did", "don't"} or nxt in {"that", "it", "to", "the"}:
                continue
            found.append(("I mean", toks[k - 1].word_index))
    return found


@dataclass(frozen=True)
class Pause:
    start: float
    end: float

    @property
    def length(self) -> float:
        return self.end - self.start

    def to_json(self) -> dict[str, float]:
        # the length of the saved (rounded) ends, so a verdict read back shows the same figure
        start, end = round(self.start, 2), round(self.end, 2)
        return {"start": start, "end": end, "length": round(end - start, 2)}


@dataclass(frozen=True)
class Delivery:
    """How an answer was delivered; see the module docstring for how each figure is measured."""

    duration: float | None
    words: int
    wpm: float | None
    wpm_band: tuple[float, float]
    pace: str | None  # slow | ok | fast; None for typed text and answers too short to judge
    fillers: int
    fillers_per_min: float | None
    filler_counts: dict[str, int]
    fillers_flag: bool
    pauses: tuple[Pause, ...]
    longest_pause: float | None
    time_to_first_word: float | None
    target_seconds: tuple[float, float]
    length: str | None  # short | ok | long; None for typed text
    speaking_time: float | None = None
    speech_end: float | None = None
    filler_words: tuple[int, ...] = field(default=(), compare=False)  # word indexes, for highlighting

    @property
    def long_pauses(self) -> int:
        return len(self.pauses)

    def to_json(self) -> dict[str, Any]:
        def r(x: float | None, n: int = 2) -> float | None:
            return None if x is None else round(x, n)

        return {
            "duration": r(self.duration), "words": self.words, "wpm": r(self.wpm, 1),
            "wpm_band": list(self.wpm_band), "pace": self.pace, "fillers": self.fillers,
            "fillers_per_min": r(self.fillers_per_min), "filler_counts": dict(self.filler_counts),
            "fillers_flag": self.fillers_flag, "pauses": [p.to_json() for p in self.pauses],
            "long_pauses": self.long_pauses, "longest_pause": r(self.longest_pause),
            "time_to_first_word": r(self.time_to_first_word), "target_seconds": list(self.target_seconds),
            "length": self.length, "speaking_time": r(self.speaking_time), "speech_end": r(self.speech_end),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Delivery":
        return cls(
            duration=data.get("duration"), words=int(data.get("words", 0)), wpm=data.get("wpm"),
            wpm_band=tuple(data.get("wpm_band", (120, 160))), pace=data.get("pace"),
            fillers=int(data.get("fillers", 0)), fillers_per_min=data.get("fillers_per_min"),
            filler_counts=dict(data.get("filler_counts", {})),
            fillers_flag=bool(data.get("fillers_flag", False)),
            pauses=tuple(Pause(p["start"], p["end"]) for p in data.get("pauses", [])),
            longest_pause=data.get("longest_pause"), time_to_first_word=data.get("time_to_first_word"),
            target_seconds=tuple(data.get("target_seconds", (60, 120))), length=data.get("length"),
            speaking_time=data.get("speaking_time"), speech_end=data.get("speech_end"),
        )


def _gaps(transcript: Transcript) -> list[Pause]:
    """Silent stretches between speech: VAD segments when known, else word gaps."""
    spans = list(transcript.speech_segments) or [(w.start, w.end) for w in transcript.words]
    spans.sort()
    gaps, end = [], None
    for s, e in spans:
        if end is not None and s > end:
            gaps.append(Pause(end, s))
        end = e if end is None else max(end, e)
    return gaps


def measure_delivery(
    transcript: Transcript,
    target_seconds: tuple[float, float] = (60, 120),
    wpm_band: tuple[float, float] = (120, 160),
    filler_flag_per_min: float = 6.0,
    pause_threshold: float = 2.0,
) -> Delivery:
    """Measure pace, fillers, pauses and length of one answer (see the module docstring)."""
    fillers = find_fillers(transcript)
    counts: dict[str, int] = {}
    for f, _ in fillers:
        counts[f] = counts.get(f, 0) + 1
    n_words = len(transcript.words) if transcript.words else sum(
        1 for t in _TOKEN.findall(transcript.text) if t not in _PUNCT)
    band = (float(wpm_band[0]), float(wpm_band[1]))
    target = (float(target_seconds[0]), float(target_seconds[1]))
    filler_words = tuple(i for _, i in fillers if i is not None)
    if not transcript.words:
        return Delivery(duration=transcript.duration or None, words=n_words, wpm=None, wpm_band=band, pace=None,
                        fillers=len(fillers), fillers_per_min=None, filler_counts=counts, fillers_flag=False,
                        pauses=(), longest_pause=None, time_to_first_word=None, target_seconds=target,
                        length=None, filler_words=filler_words)

    words = transcript.words
    segs = sorted(transcript.speech_segments)
    first = min(words[0].start, segs[0][0]) if segs else words[0].start
    last = words[-1].end
    speaking = max(last - words[0].start, 1e-6)
    minutes = speaking / 60.0
    judged = speaking >= MIN_PACE_SPEECH_S and n_words >= MIN_PACE_WORDS
    wpm = n_words / minutes if judged else None
    per_min = len(fillers) / minutes
    speech_stop = max(last, segs[-1][1]) if segs else last
    gaps = [g for g in _gaps(transcript) if first <= g.start and g.end <= speech_stop]
    lo, hi = target_seconds
    return Delivery(
        duration=transcript.duration or last,
        wpm=wpm,
        pace=None if wpm is None else "slow" if wpm < wpm_band[0] else "fast" if wpm > wpm_band[1] else "ok",
        fillers_per_min=per_min,
        fillers_flag=per_min > filler_flag_per_min,
        pauses=tuple(g for g in gaps if g.length > pause_threshold),
        longest_pause=max((g.length for g in gaps), default=0.0),
        time_to_first_word=first,
        length="short" if last < lo else "long" if last > hi else "ok",
        speaking_time=speaking,
        speech_end=last,
        words=n_words, wpm_band=band, fillers=len(fillers), filler_counts=counts, target_seconds=target,
        filler_words=filler_words,
    )
