"""When is the candidate's answer over? The end-of-turn decision, pure.

A fixed silence cannot win both ways: 4 s leaves a finished candidate waiting after every answer,
1.5 s cuts off people who stop mid-sentence to think. So after a short silence the interviewer asks
whether the *thought* is finished, from

* the live transcript's last words (:func:`text_cue`): a trailing conjunction, preposition,
  article, pronoun or filler ("…and then we", "…the", "um") means unfinished; a finished sentence
  means probably done;
* an audio end-of-turn model's probability, when one is installed (Smart Turn, see
  ``speech/smartturn.py``) — the rise or fall of the voice says what words cannot;
* how long the silence has lasted, and how much has been said so far (the first sentence of an
  interview answer is rarely all of it).

and then ends the answer after a short grace when it is finished, and waits the long fallback
(``--end-silence``, 4 s) when it is not. Nothing here touches audio: numbers and text in, a
:class:`TurnDecision` out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

__all__ = ["Patience", "TurnDecision", "decide", "describe", "rhythm_lesson", "teaches_rhythm", "text_cue", "combine"]

#: Words after which nobody stops a thought: conjunctions, prepositions, articles and other
#: determiners, subject pronouns, auxiliaries, and fillers.
UNFINISHED_WORDS = frozenset("""
and but or nor so because since although though while whereas if unless until whether than as
of to in on at for with from by about into onto over under between through during without via
like across after before against along among around behind beyond despite except inside near
the a an my our your their his her its some any each every another such both either neither
i we you they he she i'm we're you're they're we've i've we'd i'd we'll i'll
being um uh er erm hmm uhm mm ah eh which who whom whose where when what how why that's
also just really very then actually basically
""".split())
#: Auxiliaries: unfinished ("…and it is"), unless a sentence ends there ("…and we did.").
AUXILIARIES = frozenset("is are was were will would can could should shall might must have has had "
                        "do does did be been am".split())
#: Two-word endings that are fillers or hedges ("…you know", "…kind of").
UNFINISHED_PAIRS = frozenset({"you know", "i mean", "kind of", "sort of", "going to", "in order",
                              "such as", "as well", "and then", "so that", "rather than"})
# "then", "that" and "it" end sentences too often ("back then", "we did that", "we version it"), so
# "then" alone is unfinished only after "and"; "that"/"it"/"this" are not in the list.
_FINISHED_TAIL = frozenset({"then"})


@dataclass(frozen=True)
class Patience:
    """How long the interviewer waits.

    Attributes:
        check_after_s: VAD silence before the first end-of-turn decision.
        finished_s: silence that ends a finished answer (``--patience``).
        early_extra_s: added to ``finished_s`` while less than ``early_speech_s`` has been said.
        early_speech_s: answers shorter than this get the extra grace.
        unfinished_s: the fallback when nothing says whether the answer is finished
            (``--end-silence``, today's 4 s).
        unfinished_extra_s: added to ``unfinished_s`` when the words say the thought is unfinished
            (a trailing "and", "the", "um"): people stop longest there, 2–4 s is common.
        max_grace_s: the grace learnt from the candidate's own pauses never exceeds this.
        early_share: while less than this share of the answer's expected length (the question's
            shortest target) has been said, a finished-looking sentence waits the fallback: eight
            seconds into an answer expected to take a minute, a candidate who stops after "…the
            offline features contain information." or "…with the offline." is thinking, not done
            (the voice says "finished" there too: 0.96-0.99). Unknown length: no such wait.
        grace_margin_s: a finished answer waits this much longer than the longest pause after
            which this candidate went on although the answer looked finished.
        doubted_lesson_max_s: a pause the words read as a finished sentence but the voice or the
            last word doubted teaches the rhythm only when it is no longer than this; a longer one
            is a thinking pause mis-read as a sentence ("…a unit change upstream can." for "…can
            [3 s] quietly break a feature"), and learning it made every later finished answer wait
            the ``max_grace_s`` cap.
        threshold: end-of-turn probability at or above which the answer counts as finished.
        voice_confirm: with the audio model installed, a finished-looking sentence ends the answer
            only when the voice agrees this strongly; less, and the fallback applies. The voice is
            heard about 0.6 s into the pause, where real endings of the benchmark's answers gave
            0.82–0.99 (three of sixteen lower) and it is no reliable judge of a clause Whisper
            mis-heard as finished (0.84–0.98 after "…the units of a"): the last word's confidence
            (``word_confirm``) is.
        word_confirm: a finished-looking sentence ends the answer only when Whisper was at least
            this sure of its last word; less, and the fallback applies. A clause cut by a pause and
            mis-heard as a sentence ends in a guess: "…changed the units above." (0.64) for
            "…changed the units of a,", "…the unit server." (0.57).
    """

    check_after_s: float = 0.4
    finished_s: float = 1.3
    early_extra_s: float = 0.8
    early_speech_s: float = 8.0
    unfinished_s: float = 4.0
    unfinished_extra_s: float = 2.0
    max_grace_s: float = 2.0
    grace_margin_s: float = 0.2
    early_share: float = 0.2
    doubted_lesson_max_s: float = 2.0
    threshold: float = 0.5
    voice_confirm: float = 0.8
    word_confirm: float = 0.7

    def __post_init__(self) -> None:
        for name in ("check_after_s", "finished_s", "unfinished_s"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be positive, got {getattr(self, name)!r}")
        if self.finished_s > self.unfinished_s:
            object.__setattr__(self, "finished_s", self.unfinished_s)


@dataclass(frozen=True)
class TurnDecision:
    """What the interviewer makes of a silence.

    Attributes:
        state: ``speaking`` (no decision yet), ``finished``, ``unfinished`` or ``unknown``
            (no evidence yet: waiting for the transcript to catch up).
        end: True when the answer ends now.
        wait_s: the silence that ends the answer in this state.
        remaining_s: seconds of silence left before it ends (0 when ``end``).
        reason: a short human explanation ("finished sentence", "trailing 'and'", …).
        p_done: the combined end-of-turn probability (None: no evidence).
        p_audio: the audio model's probability (None: no model, or not run yet).
        p_text: the transcript's probability (None: no current text).
        p_word: Whisper's probability of the last word (None: not known).
        p_end: Whisper's probability of the full stop after it (None: not known, or no full stop).
    """

    state: str
    end: bool
    wait_s: float
    remaining_s: float
    reason: str
    p_done: float | None = None
    p_audio: float | None = None
    p_text: float | None = None
    p_word: float | None = None
    p_end: float | None = None

    def to_json(self) -> dict[str, Any]:
        r: Callable[[float | None], float | None] = lambda v: None if v is None else round(float(v), 3)  # noqa: E731
        return {"state": self.state, "reason": self.reason, "wait_s": r(self.wait_s),
                "p_done": r(self.p_done), "p_audio": r(self.p_audio), "p_text": r(self.p_text),
                **({"p_word": r(self.p_word)} if self.p_word is not None else {}),
                **({"p_end": r(self.p_end)} if self.p_end is not None else {})}


#: text_cue's probability for a finished sentence: below it ("no sentence end") the words alone
#: never end an answer.
SENTENCE_END = 0.8

_TOKEN = re.compile(r"[a-z0-9']+")


def text_cue(text: str) -> tuple[float | None, str]:
    """End-of-turn probability from the transcript's last words, and why (None: no text)."""
    text = (text or "").strip()
    if not text:
        return None, "no words yet"
    words = _TOKEN.findall(text.lower().replace("’", "'"))
    if not words:
        return None, "no words yet"
    last = words[-1]
    pair = " ".join(words[-2:])
    if pair in UNFINISHED_PAIRS:
        return 0.1, f"trailing '{pair}'"
    tail = text.rstrip()[-3:]
    if (last in UNFINISHED_WORDS and last not in _FINISHED_TAIL) or (last in AUXILIARIES and tail[-1:] not in ".?!"):
        return 0.1, f"trailing '{last}'"
    if tail.endswith(("...", "…", ",", "-", "—", ":", ";")):
        return 0.2, "trails off"
    if tail[-1:] in ".?!":
        return 0.8, "finished sentence"
    return 0.5, "no sentence end"


def combine(p_audio: float | None, p_text: float | None) -> float | None:
    """One probability from the audio model's and the transcript's.

    The model hears prosody, the text sees grammar; either one saying "unfinished" strongly wins
    (a trailing "and" is never the end, whatever the voice did), otherwise they are averaged with
    the audio model weighted a little more (it was trained for exactly this).
    """
    if p_audio is None:
        return p_text
    if p_text is None:
        return p_audio
    if p_text <= 0.2:
        return min(p_audio, p_text + 0.1)
    return 0.6 * p_audio + 0.4 * p_text


def decide(silence_s: float, text: str | None = None, p_audio: float | None = None,
           patience: Patience = Patience(), *, speech_s: float | None = None,
           learnt_grace_s: float = 0.0, text_expected: bool = False,
           last_word_p: float | None = None, end_p: float | None = None,
           expected_s: float | None = None) -> TurnDecision:
    """The decision after ``silence_s`` seconds of silence that followed speech.

    Args:
        silence_s: seconds since the VAD last heard speech.
        text: the transcript *up to this pause* (None when the transcript has not caught up yet:
            stale text describes an earlier pause and must not be used).
        p_audio: the audio model's end-of-turn probability for this pause (None: no model).
        patience: the waits.
        speech_s: seconds from the first word to this pause (short answers get extra grace).
        learnt_grace_s: the longest pause after which this candidate went on although the
            answer looked finished; the grace stays above it (capped at ``max_grace_s``).
        text_expected: a live transcript is coming for this pause: the answer is never called
            finished before its last words are read (the voice alone misjudges a pause after
            "…to the" as an ending: measured on espeak-ng, Smart Turn gave 0.96 there).
        last_word_p: Whisper's probability of the text's last word (None: not known); a finished-
            looking sentence whose last word is a guess is not trusted.
        end_p: Whisper's probability of the full stop that ends the text (None: not known),
            recorded with the decision, not used by it: measured on the benchmark's answers it was
            0.46-0.96 at finished endings and 0.46-0.91 after mid-clause pauses read as sentences.
        expected_s: the shortest answer the question expects (None: unknown); see
            ``Patience.early_share``.
    """
    pt = patience
    if silence_s < pt.check_after_s:
        return TurnDecision("speaking", False, pt.unfinished_s, pt.unfinished_s - silence_s, "speaking")
    p_text, why_text = text_cue(text) if text is not None else (None, "")
    p = combine(p_audio, p_text)
    parts = []
    if p_audio is not None:
        parts.append(f"voice {p_audio:.2f}")
    if p_text is not None:
        parts.append(why_text)
    doubtful_word = p_text is not None and _guessed(last_word_p, pt)
    if doubtful_word:
        parts.append(f"last word {last_word_p:.2f}")
    if p is None or (text_expected and p_text is None):
        why = "no cue yet" if p is None else "reading the last words"
        state, wait, reason = "unknown", pt.unfinished_s, why + (f" ({parts[0]})" if parts else "")
    elif p_text is not None and p_text <= 0.2:
        state, wait, reason = "unfinished", pt.unfinished_s + pt.unfinished_extra_s, "unfinished: " + ", ".join(parts)
    elif p >= pt.threshold and p_audio is not None and p_audio < pt.voice_confirm:
        state, wait, reason = "unsure", pt.unfinished_s, "the voice is not sure: " + ", ".join(parts)
    elif p >= pt.threshold and p_text is not None and p_text < SENTENCE_END:
        state, wait, reason = "unsure", pt.unfinished_s, "no sentence end: " + ", ".join(parts)
    elif p >= pt.threshold and doubtful_word:
        state, wait, reason = "unsure", pt.unfinished_s, "the last word is a guess: " + ", ".join(parts)
    elif p >= pt.threshold and _early(speech_s, expected_s, pt):
        state, wait = "unsure", pt.unfinished_s
        reason = f"early: {speech_s:.0f} s said of a {expected_s:.0f} s answer: " + ", ".join(parts)
    elif p >= pt.threshold:
        wait = pt.finished_s
        if speech_s is not None and speech_s < pt.early_speech_s:
            wait += pt.early_extra_s
        wait = max(wait, min(learnt_grace_s + pt.grace_margin_s, pt.max_grace_s) if learnt_grace_s else 0.0)
        state, wait, reason = "finished", min(wait, pt.unfinished_s), "finished: " + ", ".join(parts)
    elif p_text is not None and p_text >= SENTENCE_END:
        # a finished sentence in a voice that says otherwise: the fallback, not the long wait the
        # words earn by trailing off (the voice alone misjudges synthetic endings: 0.03-0.15 heard)
        state, wait, reason = "unsure", pt.unfinished_s, "the voice is not sure: " + ", ".join(parts)
    else:
        state, wait, reason = "unfinished", pt.unfinished_s + pt.unfinished_extra_s, "unfinished: " + ", ".join(parts)
    remaining = max(0.0, wait - silence_s)
    return TurnDecision(state, remaining <= 0.0, wait, remaining, reason, p, p_audio, p_text,
                        last_word_p if p_text is not None else None, end_p if p_text is not None else None)


def voice_can_decide(p_text: float | None, last_word_p: float | None, patience: Patience = Patience()) -> bool:
    """Can the voice still change how long :func:`decide` waits, given the last words? Not after a
    trailing "and" (``p_text`` below the threshold: the long wait, whatever the voice), and not after
    a finished sentence whose last word Whisper guessed: every branch then waits ``unfinished_s``,
    so asking the audio model there only spends its CPU."""
    if p_text is None or p_text < patience.threshold:
        return False
    return not (_guessed(last_word_p, patience) and p_text >= SENTENCE_END)


def _early(speech_s: float | None, expected_s: float | None, patience: Patience) -> bool:
    """Has too little of the expected answer been said for a finished-looking sentence to end it?"""
    return (speech_s is not None and expected_s is not None and expected_s > 0
            and speech_s < patience.early_share * expected_s)


def _guessed(last_word_p: float | None, patience: Patience) -> bool:
    """Was Whisper unsure of the last word (below ``word_confirm``)?"""
    return last_word_p is not None and last_word_p < patience.word_confirm


def teaches_rhythm(decision: TurnDecision | None) -> bool:
    """Whether a pause the candidate went on after says this candidate needs more grace.

    A pause after words that read as a finished sentence is this candidate's rhythm between
    sentences, whatever the voice said (a grace below it cut the next such pause: 2 of 16 answers
    when only pauses judged finished taught it). A pause the words marked unfinished is thinking,
    and one with no words read yet (no cue, or the read was no evidence) cannot tell thinking from
    rhythm: learning from a 3 s thinking pause read too late made every later finished answer
    wait the 2 s cap.
    """
    if decision is None:
        return False
    return decision.state == "finished" or (decision.p_text is not None and decision.p_text >= SENTENCE_END)


def rhythm_lesson(decision: TurnDecision | None, pause_s: float, patience: Patience = Patience()) -> float:
    """The pause this candidate's rhythm learns from a pause they went on after (0: nothing).

    See :func:`teaches_rhythm`; besides, a pause judged only ``unsure`` (a sentence by its words,
    doubted by the voice or the last word) longer than ``patience.doubted_lesson_max_s`` teaches
    nothing: thinking pauses are the long ones, and a sentence the voice doubts is often a clause.
    """
    if not teaches_rhythm(decision) or pause_s <= 0:
        return 0.0
    assert decision is not None
    if decision.state != "finished" and pause_s > patience.doubted_lesson_max_s:
        return 0.0
    return pause_s


def _num(value: Any, fmt: str) -> str | None:
    return fmt.format(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def describe(end_of_turn: dict[str, Any] | None) -> str | None:
    """One line saying why an answer ended, from its saved ``end_of_turn`` record (replay shows it).

    ``None`` when nothing was recorded (older sessions). Unknown or damaged fields are left out,
    never guessed: "ended after 1.42 s of silence · finished (finished: voice 0.97, finished
    sentence) · voice 0.97 · words 0.80".
    """
    if not isinstance(end_of_turn, dict) or not end_of_turn:
        return None
    e = end_of_turn
    by = e.get("ended_by")
    silence = _num(e.get("silence_s"), "{:.2f}")
    head = f"ended by {by}" if isinstance(by, str) and by != "silence" else "ended"
    if by == "silence" and silence is not None:
        head += f" after {silence} s of silence"
    elif silence is not None:
        head += f" (silence {silence} s)"
    parts = [head]
    if e.get("fixed_silence") is True:
        parts.append("fixed silence (no end-of-turn decision)")
    state, reason = e.get("state"), e.get("reason")
    if isinstance(state, str):
        parts.append(state + (f" ({reason})" if isinstance(reason, str) and reason else ""))
    for key, name in (("p_audio", "voice"), ("p_text", "words"), ("p_word", "last word"), ("p_end", "full stop"), ("p_done", "combined")):
        value = _num(e.get(key), "{:.2f}")
        if value is not None:
            parts.append(f"{name} {value}")
    wait = _num(e.get("wait_s"), "{:.1f}")
    if wait is not None and isinstance(state, str):
        parts.append(f"waited for {wait} s")
    pauses = e.get("pauses")
    if isinstance(pauses, list) and pauses:
        states = [str(p["state"]) for p in pauses if isinstance(p, dict) and isinstance(p.get("state"), str)]
        if states:
            parts.append(f"earlier pauses: {', '.join(states)}")
    return " · ".join(parts)
