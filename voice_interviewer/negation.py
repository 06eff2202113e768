"""Negation: is a concept heard inside a denial ("we never versioned the data", "no drift
detection", "monitoring was missing", "Data versioning? We never did that.")? Then it does not
count as covering the concept; it is evidence for a red flag.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from .tokens import Token

if TYPE_CHECKING:
    from .matching import Match

NEGATION_CUES = frozenset(
    """not no never without didn't don't doesn't wasn't weren't haven't hasn't hadn't isn't aren't
    couldn't wouldn't won't can't cannot nobody none neither nor lack lacked lacking absence nothing
    didnt dont doesnt wasnt werent havent hasnt hadnt isnt arent couldnt wouldnt wont cant skipped
    ignored""".split()
)
#: Words right after a cue that cancel it: "not only", "not just", "no doubt".
_CUE_CANCEL = frozenset({"only", "just", "merely", "simply", "doubt", "matter"})
#: Trouble denied is a benefit claimed: "no surprises with library versions", "without conflicts",
#: "nobody fights over driver versions", "never had a problem" say the practice works.
_TROUBLE = frozenset(
    """problem problems issue issues surprise surprises conflict conflicts clash clashes mismatch mismatches
    headache headaches fight fights fighting drama hassle hassles""".split())
#: Words that may stand between the cue and the trouble ("no nasty surprises", "never had any issues").
_TROUBLE_LINK = frozenset("a an any more real big nasty have had has hit see saw get got ran into".split())
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
#: "Accuracy checks don't belong in the pipeline", "drift doesn't matter for us": the practice denied
#: its place. Other verbs after "don't" say what the practice does ("the checks don't let bad rows
#: through"), not that it is missing.
_PRESENT_DENIALS = frozenset("don't doesn't dont doesnt".split())
_NO_PLACE = frozenset("belong exist matter apply".split())
_POST_LINK = frozenset({"was", "were", "is", "are", "got", "had", "has", "been", "be", "really", "ever", "at", "all"})

NEG_WINDOW = 9
#: How much further a negation reaches back across "or" / "nor" (the items of one denied list).
LIST_EXTRA = 3
#: Cues that negate the noun phrase right after them ("no drift detection"), not a whole clause.
_NOUN_CUES = frozenset({"no", "without", "zero", "lack", "lacked", "lacking", "absence", "none", "nothing"})


#: The manual way denied is the practice claimed: "none of our cloud setup is built by hand", "no
#: manual steps", "nothing is deployed manually".
_MANUAL_WAY = frozenset({"manually", "manual"})
_MAKE = frozenset({"make", "makes", "made", "making"})
_NEW_CLAUSE = frozenset("we i they you it it's that's this honestly".split())
#: "The posts look nothing like what we trained on": a comparison (very different), not a denial.
_APPEAR = frozenset("look looks looked looking seem seems seemed sound sounds sounded is are was were be".split())


def unlike(tokens: Sequence[Token], i: int) -> bool:
    """Is ``tokens[i]`` the "nothing" of "looks nothing like …" (a likeness denied: very different)?"""
    return (tokens[i].text == "nothing" and i + 1 < len(tokens) and tokens[i + 1].text == "like"
            and i > 0 and tokens[i - 1].text in _APPEAR)


def _by_hand(tokens: Sequence[Token], i: int) -> bool:
    """Does the clause of the cue at ``tokens[i]`` name the manual way ("by hand", "manually")?"""
    for k in range(i + 1, min(len(tokens), i + 11)):
        t = tokens[k]
        if t.stop_before or t.comma_before or t.text in SCOPE_END or t.text in _NEW_CLAUSE:
            return False  # "no alerts on model accuracy, honestly it's all manual": another statement
        if t.text in _MANUAL_WAY or (t.text == "hand" and tokens[k - 1].text == "by"):
            return True
    return False


def cue_cancelled(tokens: Sequence[Token], i: int) -> bool:
    """Is the cue at ``tokens[i]`` cancelled by what follows it: "not only", "no doubt", or trouble
    denied ("no, uh, surprises", "without conflicts", "never had any issues")?"""
    if _by_hand(tokens, i) or unlike(tokens, i):
        return True
    after: list[str] = []
    for k in range(i + 1, min(len(tokens), i + 8)):
        t = tokens[k]
        if t.stop_before or (t.comma_before and t.kind != "filler" and tokens[k - 1].kind != "filler"):
            break  # "no monitoring, problems were found by users": the trouble is another statement
        if t.kind != "filler":
            after.append(t.text)
    after = after[:4]
    if not after:
        return False
    if after[0] in _CUE_CANCEL:
        return True
    if after[0] == "sense" and i > 0 and tokens[i - 1].text in _MAKE:
        return True  # "values that make no sense": an idiom, nothing denied
    if after[:3] == ["works", "on", "my"]:
        return True  # "no works-on-my-machine": the classic trouble, denied
    k = 0
    while k < len(after) and after[k] in _TROUBLE_LINK:
        k += 1
    # the trouble word itself: "no monitoring problems" may be "no monitoring, problems…" once the
    # recogniser's commas are gone, so a word before it keeps the cue
    return k < len(after) and after[k] in _TROUBLE


#: Words that open a new statement: a negation before them does not reach past them, even when no
#: punctuation marks the break ("…couldn't starve another [.] for example that setup survived…").
_OPENERS = (("for", "example"), ("for", "instance"), ("as", "a", "result"), ("in", "the", "end"))


def _opens_statement(tokens: Sequence[Token], i: int) -> bool:
    return any(tuple(t.text for t in tokens[i : i + len(o)]) == o for o in _OPENERS)


#: A subject pronoun right after a content word starts a new sentence even when no full stop marks
#: it ("it cannot hurt [.] we use dynamic batching"); after these words it is a clause of the same one
#: ("anything we could call versioning", "the way we deployed").
_CLAUSE_LEADS = frozenset(
    """that which what who whom whose where when why how if whether because since so and or but nor than as
    anything something everything nothing thing things way time one ones all any""".split())
_SUBJECTS = frozenset("we i they he she you".split())


def new_subject(tokens: Sequence[Token], i: int) -> bool:
    """Does ``tokens[i]`` open a new sentence: a subject pronoun after a content word?"""
    if tokens[i].text not in _SUBJECTS or i == 0:
        return False
    before = tokens[i - 1]
    return before.kind == "word" and before.text not in _CLAUSE_LEADS and before.text not in NEGATION_CUES


#: "Nomad rather than Kubernetes", "instead of a registry": the alternative set aside is not used.
_SET_ASIDE = {"than": "rather", "of": "instead"}
#: Words that may stand between "rather than" / "instead of" and the mention ("instead of a plain …").
_SET_ASIDE_LINK = frozenset("a an the plain full our any".split())


def _set_aside(tokens: Sequence[Token], first: int) -> int | None:
    """The index of "rather" / "instead" when ``tokens[first]`` is the alternative set aside ("rather than
    [Kubernetes]"), not when only part of it is ("rather than just the servers, we also watch …")."""
    i = first - 1
    while i > 0 and tokens[i].text in _SET_ASIDE_LINK and first - i <= 2 and not tokens[i].stop_before:
        i -= 1
    if i < 1 or tokens[i].text not in _SET_ASIDE or tokens[i - 1].text != _SET_ASIDE[tokens[i].text]:
        return None
    if any(tokens[k].stop_before for k in range(i, first + 1)):
        return None
    return i - 1


_DETERMINERS = frozenset("the our its their".split())
_COPULAS = frozenset("is was are were".split())


def _opens_as_subject(tokens: Sequence[Token], m: Match) -> bool:
    """"[the downsides] are …": the mention, with its determiner, is the subject of its own clause."""
    return (m.first > 0 and tokens[m.first - 1].text in _DETERMINERS and m.last + 1 < len(tokens)
            and tokens[m.last + 1].text in _COPULAS)


def apply_negation(tokens: Sequence[Token], m: Match) -> Match:
    """Mark ``m`` negated when a negation cue governs it (before it, or just after: "X was missing")."""
    aside = _set_aside(tokens, m.first)
    if aside is not None:
        return _negated(m, tokens[aside].start, m.end_char)
    # look back from the mention to a cue, stopping at clause boundaries — and at a subject that opens
    # its own clause: "… never patched a server ourselves [.] the downsides are the cost", read without
    # its full stop, does not deny the downsides
    i = m.first
    steps = 0
    listed = False
    reach = NEG_WINDOW
    if _opens_as_subject(tokens, m):
        i = 0
    while i > 0 and steps < reach and not _opens_statement(tokens, i):
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
        if prev.text in NEGATION_CUES and not cue_cancelled(tokens, i):
            if prev.text == "without" and _negated_before(tokens, i):
                return m  # "we never deploy without a canary": a double negative says it is always done
            if prev.text in _NOUN_CUES and steps > 4 and not listed:
                return m  # "no X" negates its noun phrase, not the rest of the sentence
            return _negated(m, prev.start, m.end_char)
        if prev.text in ("and", "or") and i + 1 < len(tokens) and tokens[i + 1].text in _PRONOUNS:
            break
        if prev.text in ("or", "nor") and reach == NEG_WINDOW:
            # a denied list reaches its last item: "I can't speak to their features like pipelines or
            # model monitoring"
            reach += LIST_EXTRA
        if new_subject(tokens, i):
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
        if t.text in _POST_CUES and not cue_cancelled(tokens, j):
            if t.text == "not" and steps == 0:
                break  # "X not Y" contrasts, it does not negate X
            return _negated(m, m.start_char, t.end)
        if t.text in _PRESENT_DENIALS and j + 1 < len(tokens) and tokens[j + 1].text in _NO_PLACE:
            return _negated(m, m.start_char, tokens[j + 1].end)
        if t.text not in _POST_LINK:
            break
        steps += 1
        j += 1
    return _fronted(tokens, _weak_spot(tokens, _rejected(tokens, _denied_after(tokens, m))))


#: What a practice is called when it is turned down: "checking data quality in the pipeline *is a
#: mistake*", "… is a waste of time", "… is overkill for us".
_VERDICTS = frozenset("mistake waste overkill pointless unnecessary needless".split())
_VERDICT_LINK = frozenset("a an just really honestly total complete bit of".split())
#: Doing without the practice, called a mistake, is the practice endorsed: "skipping data checks is a
#: mistake".
_DOING_WITHOUT = frozenset("skipping skip ignoring ignore dropping drop neglecting forgetting removing "
                           "leaving avoiding".split())
_SEEMS = frozenset("seems feels sounds".split())


def _rejected(tokens: Sequence[Token], m: Match, reach: int = 8) -> Match:
    """"Checking data quality or accuracy inside the pipeline is a mistake in my view": the practice,
    the subject of its clause, called a mistake, a waste or overkill — turned down, not done."""
    if m.negated:
        return m
    if any(tokens[k].text in _DOING_WITHOUT or tokens[k].text in NEGATION_CUES
           for k in range(max(0, m.first - 3), m.first)):
        return m
    for j in range(m.last + 1, min(len(tokens), m.last + 1 + reach)):
        t = tokens[j]
        if t.stop_before or t.comma_before or t.text in SCOPE_END or new_subject(tokens, j):
            return m
        if t.text in _BE_WORDS or t.text in _SEEMS:
            k = j + 1
            while k < len(tokens) and (tokens[k].text in _VERDICT_LINK or tokens[k].kind == "filler"):
                k += 1
            if k < len(tokens) and tokens[k].text in _VERDICTS and not tokens[k].stop_before:
                return _negated(m, m.start_char, tokens[k].end)
            return m
    return m


_BACK_REFS = frozenset({"that", "it", "this", "them", "any", "those", "either", "one"})
#: Words between a topic and its denial that carry no content: "retraining though, honestly, we …".
_ASIDES = frozenset("though tho honestly well so yeah okay ok right".split())
_ADVERBS = frozenset("really actually ever even yet properly fully truly".split())
#: A word that makes the topic an area of the work: "the environment *side* we haven't bothered with".
_ASPECTS = frozenset("side part bit end stuff wise".split())
#: A verb whose object is the topic put before it, left stranded: "… we never got round to", "… we
#: didn't bother with", "… we never did".
_STRANDED = frozenset("got get gotten round around to do did done bother bothered with use used adopt adopted "
                      "really properly fully actually ever have had yet".split())


#: What a candidate calls the practice when admitting it is missing: "alerting is *the part* we haven't
#: really worked out", "drift is *the one thing* we never got to", "retraining is *something* we
#: didn't do".
_SPOTS = frozenset("part bit piece area thing something one 1".split())
_SPOT_LINK = frozenset("the a one that which where still honestly probably".split())


def _weak_spot(tokens: Sequence[Token], m: Match) -> Match:
    """"Alerting is the part we haven't really worked out": the practice named, then called the part
    that is not done — a denial said after it, through a relative clause."""
    if m.negated:
        return m
    j = m.last + 1
    if j >= len(tokens) or tokens[j].text not in _COPULAS or tokens[j].stop_before or tokens[j].comma_before:
        return m
    k = j + 1
    spot = False
    while k < len(tokens) and k <= j + 4 and (tokens[k].text in _SPOT_LINK or tokens[k].text in _SPOTS
                                               or tokens[k].kind == "filler"):
        spot = spot or tokens[k].text in _SPOTS
        k += 1
    if not spot or k >= len(tokens) or tokens[k].text not in _PRONOUNS or tokens[k].stop_before:
        return m
    k += 1
    while k < len(tokens) and (tokens[k].kind == "filler" or tokens[k].text in _ADVERBS):
        k += 1
    if k < len(tokens) and tokens[k].text in NEGATION_CUES and not cue_cancelled(tokens, k):
        return _negated(m, m.start_char, tokens[k].end)
    return m


def _denied_after(tokens: Sequence[Token], m: Match) -> Match:
    """A topic and then its denial with a pronoun pointing back, as the plain text reads it (no
    punctuation to show the topic was put first): "alerts, um, we haven't really wired those up",
    "data versioning we never did that"."""
    if m.negated:
        return m
    j = m.last + 1
    if j < len(tokens) and tokens[j].text in _ASPECTS and not (tokens[j].stop_before or tokens[j].comma_before):
        j += 1  # "the environment side, we haven't really bothered"
    while j < len(tokens) and (tokens[j].kind == "filler" or tokens[j].text in _ASIDES):
        j += 1
    if j >= len(tokens) or tokens[j].text not in ("we", "i", "they"):
        return m
    k = j + 1
    while k < len(tokens) and (tokens[k].kind == "filler" or tokens[k].text in _ADVERBS):
        k += 1
    if k >= len(tokens) or tokens[k].text not in NEGATION_CUES or cue_cancelled(tokens, k):
        return m
    # the topic said again as the denied object: "retraining, we didn't really have a retraining loop"
    head = tokens[m.last].stem
    for r in range(k + 1, min(len(tokens), k + 7)):
        t = tokens[r]
        if t.text in SCOPE_END or t.stop_before or t.comma_before or new_subject(tokens, r):
            break
        if t.stem == head:
            return _negated(m, m.start_char, t.end)
    stranded = None  # the clause ends on the verb, its object left where the topic stands: "data
    # validation we never got round to, …", "drift checks we didn't bother with"
    for r in range(k + 1, min(len(tokens), k + 4)):  # the verb, an adverb or particle, the pointer
        t = tokens[r]
        if t.text in SCOPE_END or t.stop_before or t.comma_before or new_subject(tokens, r):
            break
        # "… we don't have one" (the number reader made it 1), not "… one model in it yet"
        one = t.kind == "number" and t.text == "1" and (
            _clause_break(tokens, r + 1) or tokens[r + 1].text in SCOPE_END)
        if (t.text in _BACK_REFS and t.text not in ("any", "either")) or one:
            return _negated(m, m.start_char, t.end)
    for r in range(k + 1, min(len(tokens), k + 5) + 1):
        if r > k + 1 and _clause_break(tokens, r):
            stranded = r - 1
            break
        if r >= len(tokens) or (tokens[r].kind != "filler" and tokens[r].text not in _STRANDED):
            break
    if stranded is None:
        stranded = _bare_verb(tokens, k + 1)
    if stranded is not None:
        return _negated(m, m.start_char, tokens[stranded].end)
    return m


#: Words that close a denial's clause after its verb: "environments we haven't standardised *either*".
_CLOSERS = frozenset("either yet anymore".split())
#: Verbs that undo a practice: denied, they keep it ("monitoring we never stopped").
_UNDOING = frozenset("stopped stop dropped drop skipped skip missed lost broke forgot removed abandoned".split())


def _bare_verb(tokens: Sequence[Token], r: int) -> int | None:
    """The one verb a denial ends on, its object the topic put first: "environments we haven't
    standardised either", "drift we haven't automated yet", or the answer's last words ("… data
    versioning we don't track") — the index of the clause's last word, or None. The plain text has no
    punctuation, so a verb followed by anything else may have its own object."""
    if r >= len(tokens) or tokens[r].kind != "word" or tokens[r].text in _UNDOING:
        return None
    if r + 1 < len(tokens) and tokens[r + 1].text in _CLOSERS:
        return r + 1
    return r if r + 1 == len(tokens) else None


_BE_WORDS = frozenset("is was are were 's".split())
_OPEN_CLAUSE = frozenset("but because so and or since as then it that this there we i they it's that's there's "
                         "we're i'm they're".split())


def _clause_break(tokens: Sequence[Token], r: int) -> bool:
    """Does a new clause start at ``tokens[r]`` (the plain text has no punctuation to say so): the end,
    a conjunction or a subject ("… we never got round to [,] it was …"), or a short noun phrase and
    its verb ("… we never got round to [,] the idea was there")?"""
    if r >= len(tokens) or tokens[r].stop_before or tokens[r].comma_before or tokens[r].kind == "filler":
        return True
    if tokens[r].text in _OPEN_CLAUSE:
        return True
    return (tokens[r].text in ("the", "a", "an", "our", "my") and r + 2 < len(tokens)
            and tokens[r + 2].text in _BE_WORDS)


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
    return replace(m, negated=True, neg_start_char=start, neg_end_char=end)
