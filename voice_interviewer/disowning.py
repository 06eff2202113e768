"""Claims the candidate disowns: a concept named only to say it was not theirs to do.

Negation (:mod:`voice_interviewer.negation`) catches "we never versioned the data". Candidates
disown a practice in other ways too, and an interviewer hears each as *not done*:

* awareness without use: "I know the SageMaker components by name, Pipelines, Feature Store…",
  "I've heard of Feast", "I know Kubernetes and Terraform are important", "I know Terraform is the
  infrastructure as code one", "Kubernetes I've done a tutorial on";
* wishes: "I'd be keen to learn more about infrastructure as code", "we plan to add drift checks",
  "drift monitoring is on the roadmap";
* dismissal: "data quality is the data engineering team's problem", "Kubernetes and Terraform,
  that's the platform team's job", "Terraform is really for huge companies", "Kubernetes would only
  add complexity", "a registry is overkill for us", "pinning everything felt like overkill";
* done by hand where the idea is doing it automatically: "retraining though, honestly that's still
  manual", "the deployment is done by hand";
* weighed and turned down: "we looked at Kubernetes but it seemed like a lot of overhead", "we
  evaluated SageMaker but went with our own cluster".

:func:`disowned` finds these scopes in an answer's tokens; a concept heard inside one earns no
credit and counts as a negated mention (evidence for the red flags), whether it was heard by its
words or by its meaning. Pure: tokens in, token ranges out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .negation import SCOPE_END, new_subject
from .tokens import Token

__all__ = ["Disowned", "disowned", "inside"]

#: How far a scope reaches from its cue, in words.
FORWARD_REACH = 14
BACKWARD_REACH = 8

_BE = frozenset("is are was were 's".split())
_SOFTENERS = frozenset("really mostly only just more very so quite kind sort of probably honestly".split())
_BIG = frozenset("huge big bigger large larger massive giant enterprise".split())
_ORGS = frozenset("companies company teams team orgs organisations organizations shops corporations enterprises "
                  "players corps".split())
_DUTIES = frozenset("problem problems job responsibility concern thing area business".split())
#: Whose duty it is, said in the plural ("the data scientists' job": the apostrophe is not kept).
_PEOPLE = frozenset("scientists engineers analysts folks people guys admins sres ops devops team teams squad "
                    "department group owners".split())
_WISHES = frozenset("keen like love want hope hoping plan planning aim".split())
_WISHED = frozenset("learn try explore look get add introduce adopt start set move pick dig".split())
_MODALS = frozenset({"would", "will", "'d"})
#: "X is overkill", "tools like MLflow are overhead for teams that…"
_NEEDLESS = frozenset("overkill unnecessary pointless overhead needless unneeded bloat overengineering overengineered".split())
_WEIGHTY = frozenset("important essential crucial critical key useful popular great vital".split())
#: "felt like overkill", "seems like a lot of overhead": a verb of seeming and the words that pad it.
_SEEM = frozenset("felt feels seemed seems looked looks sounded sounds".split())
_PAD = frozenset("like a an lot of bit too much little total complete pure still all done".split())
#: "is (still) manual", "is done by hand": the practice is not automated.
_MANUAL = frozenset("manual manually handcrafted".split())
#: A manual *step* inside an automated practice is no dismissal: "promotion is a manual approval".
_MANUAL_STEP = frozenset("approval approvals approved review reviewed sign signed signoff gate check checked "
                         "step steps trigger triggered button".split())
#: "someone reruns the notebook", "somebody retrained it": the step is a person's chore, not automated.
_SOMEONE = frozenset({"someone", "somebody"})
_REDONE = frozenset("reruns reran rerun retrains retrained retrain redeploys redeployed kicks kicked restarts "
                    "restarted rebuilds rebuilt reloads reloaded refreshes refreshed".split())
#: "looked at X but …", "we evaluated X but went with Y": an option weighed and turned down.
_WEIGHED = {"looked": ("at", "into"), "thought": ("about",), "considered": (), "evaluated": (), "tried": (),
            "debated": (), "discussed": (), "trialled": (), "trialed": (), "piloted": (), "talked": ("about",),
            "wanted": ("to",), "planned": ("to",), "meant": ("to",)}
_CHOSE_OTHER = frozenset("went chose picked decided stayed settled dropped ended stuck opted rejected gave "
                         "abandoned moved switched kept preferred".split())
#: Words that open a new clause where a punctuation-free transcript has no comma: "Terraform I've heard
#: of [,] we didn't need it".
_CLAUSE_OPENERS = frozenset("we i it they but so and that which though".split())
#: "… but the IT department preferred …", "… but management decided …": someone else chose.
_CHOOSER_START = frozenset("the our their my management it".split())
#: "… but it didn't get adopted", "… but we never adopted it", "… but it never went anywhere", "… but
#: we never got round to it": the option was tried (or talked about, or planned) and not taken up.
_TAKEN_UP = frozenset("adopt adopted adopting stick stuck happen happened pursue pursued proceed proceeded ship "
                      "shipped land landed continue continued commit committed roll rolled go went anywhere "
                      "production prioritised prioritized work worked beyond past further ahead take took off "
                      "catch caught round around do did use used".split())
_NOT = frozenset("didn't never not wasn't weren't couldn't didnt wasnt werent couldnt".split())
#: "proof of concept with X", "a POC of X", "we prototyped X": a trial, turned down when a "but" says so.
_TRIALS = {"concept": ("with", "of", "on", "for"), "poc": ("with", "of", "on", "for"), "prototyped": (),
           "prototype": ("with", "of", "on"), "spike": ("on", "with"), "experimented": ("with",)}
_DOWNSIDES = frozenset("overkill overhead heavy heavyweight complex complicated expensive costly slow much "
                       "overengineered overengineering bloated painful hard clunky fiddly".split())


@dataclass(frozen=True)
class Disowned:
    """One disowning claim: tokens ``first..last`` (inclusive) are what it disowns."""

    first: int
    last: int
    start_char: int  # the evidence span: the cue and what it disowns
    end_char: int
    why: str  # "awareness", "wish", "dismissal", "rejected", "manual" or "denied"


def _word(tokens: Sequence[Token], i: int) -> str:
    return tokens[i].text if 0 <= i < len(tokens) else ""


def _next_words(tokens: Sequence[Token], i: int, n: int) -> list[int]:
    """Indices of up to ``n`` non-filler tokens from ``i`` on, within the sentence."""
    out: list[int] = []
    j = i
    while j < len(tokens) and len(out) < n:
        if j > i and tokens[j].stop_before:
            break
        if tokens[j].kind != "filler":
            out.append(j)
        j += 1
    return out


def _hearsay(tokens: Sequence[Token], i: int) -> int | None:
    """"I've read" / "I have heard" / "I read" starting at ``tokens[i]``: the index of its verb, or None."""
    words = _next_words(tokens, i, 3)
    for k, at in enumerate(words):
        if tokens[at].text in ("read", "heard"):
            before = {tokens[j].text for j in words[:k]}
            return at if before & {"i", "i've", "we", "we've"} else None
    return None


def _forward(tokens: Sequence[Token], after: int) -> int | None:
    """The last token of a scope that opens after token ``after``: to the end of the sentence or a
    word that starts another statement ("but", "because", a new subject: "… in this role [.] we use
    Docker", where the scorer's plain text has no full stop), commas included (lists)."""
    last = None
    steps = 0
    j = after + 1
    while j < len(tokens) and steps < FORWARD_REACH:
        t = tokens[j]
        if t.stop_before or t.text in SCOPE_END or (j > after + 1 and new_subject(tokens, j)):
            break
        last = j
        if t.kind != "filler":
            steps += 1
        j += 1
    return last


def _backward(tokens: Sequence[Token], before: int) -> int | None:
    """The first token of a scope that closes before token ``before``: back to the start of its
    clause (a full stop or a comma), or just after a word such as "but" or "so"."""
    first = None
    steps = 0
    i = before - 1
    while i >= 0 and steps < BACKWARD_REACH:
        t = tokens[i]
        if t.text in SCOPE_END:
            # "retraining though, honestly that's still manual": a "though" after the topic, with
            # only softeners before the cue, marks the topic; it does not end the scope
            if not (t.text in ("though", "tho")
                    and all(tokens[k].kind == "filler" or tokens[k].text in _SOFTENERS for k in range(i + 1, before))):
                break
            i -= 1
            continue
        first = i
        if t.kind != "filler":
            steps += 1
        if t.stop_before or t.comma_before:
            break
        i -= 1
    return first


_POINTERS = frozenset("that this it those these which".split())


def _pointed_back(tokens: Sequence[Token], first: int | None, cue: int) -> int | None:
    """"… track precision and drift, but that was the data scientists' job": a scope that is only a
    word pointing back, just after "but" / "and" / "so", is the clause before it."""
    if first is None or cue - first != 1 or tokens[first].text not in _POINTERS or first == 0:
        return first
    if tokens[first].stop_before:
        return first
    if tokens[first - 1].text not in ("but", "and", "so") and not tokens[first].comma_before:
        return first  # "…, but that was …" or "the platform side, that was …"
    before = _backward(tokens, first - 1)
    return before if before is not None else first


def _knows(tokens: Sequence[Token], before: int, reach: int = 10) -> int | None:
    """The nearest "I know" / "we knew" before ``before`` in the same sentence ("you know" is a filler)."""
    i = before - 1
    while i >= 0 and before - i <= reach:
        if tokens[i].text in ("know", "knew") and i and tokens[i - 1].text in ("i", "we", "i'd", "we'd", "do"):
            return i
        if tokens[i].stop_before:
            break
        i -= 1
    return None


#: "I know Terraform is X", "I know Terraform's the … one": a fact about a product, not a skill with it
#: ("I know Terraform well" is not matched).
_DEFINES = frozenset("is are was does means".split())
_LEARNER = frozenset("i i've ive we we've".split())
_LEARNING = frozenset("tutorial tutorials course courses".split())
_LEARNING_LINK = frozenset("have done did taken took do a an only just one 1 online short".split())


def _learnt_about(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """For "tutorial" / "course" at ``i`` in "X I've, uh, done a tutorial on": the learner's pronoun and
    the end of the claim, when the claim ends its clause (its object is the topic put before it)."""
    k = i - 1
    while k >= 0 and (tokens[k].kind == "filler" or tokens[k].text in _LEARNING_LINK):
        k -= 1
    if k < 1 or tokens[k].text not in _LEARNER:
        return None
    end = i + 1 if _word(tokens, i + 1) in ("on", "in", "for") else i
    after = end + 1
    if after < len(tokens) and not (tokens[after].stop_before or tokens[after].comma_before
                                    or tokens[after].text in SCOPE_END or tokens[after].kind == "filler"):
        return None
    return k, end


_FUTURE_BE = frozenset({("going", "to", "be"), ("supposed", "to", "be"), ("meant", "to", "be")})
#: "X I'd leave to whoever runs the server", "X we left to the ops team": someone else's job.
_LEAVERS = frozenset("i'd we'd i we i'll we'll".split())


_THEIRS = frozenset("their his her".split())
#: "X was handled by the platform team": someone else's work.
_HANDLED = frozenset("handled owned run managed maintained done".split())


def _dismissal_end(tokens: Sequence[Token], i: int) -> int | None:
    """Does a dismissal start at token ``i``? Returns its last token."""
    idx = _next_words(tokens, i, 10)
    w = [tokens[k].text for k in idx]
    if not w:
        return None
    if w[0] in _BE and tuple(w[1:4]) in _FUTURE_BE:  # "that was going to be the platform team's job"
        del idx[1:4], w[1:4]
    idx, w = idx[:7], w[:7]
    if w[0] in _LEAVERS and len(w) >= 3 and w[1] in ("leave", "left") and "to" in w[2:4]:
        return idx[w.index("to", 2)]  # "environments I'd leave to whoever runs the server"
    if w[0] in _SEEM:  # "X felt like overkill", "X seems like a lot of overhead"
        at = [k for k, x in zip(idx[1:], w[1:]) if x not in _SOFTENERS and x not in _PAD]
        return at[0] if at and tokens[at[0]].text in _NEEDLESS else None
    if w[0] in _BE or w[0] == "that's":  # "X is …", "X, (honestly) that's …"
        rest = [x for x in w[1:] if x not in _SOFTENERS]
        at = [k for k, x in zip(idx[1:], w[1:]) if x not in _SOFTENERS]
        plain_rest = [x for x in rest if x not in _PAD]
        plain_at = [k for k, x in zip(at, rest) if x not in _PAD]
        # "is (still) manual", "that's done by hand" — but not "is a manual approval"
        if plain_rest and rest[0] != "a" and plain_rest[0] in _MANUAL and (
                len(plain_rest) < 2 or plain_rest[1] not in _MANUAL_STEP):
            return plain_at[0]
        if plain_rest[:2] == ["by", "hand"]:
            return plain_at[1]
        # "is (really) for huge companies"
        if len(rest) >= 3 and rest[0] == "for" and rest[1] in _BIG and rest[2] in _ORGS:
            return at[2]
        if len(rest) >= 2 and rest[0] == "for" and rest[1] in _ORGS and _word(tokens, at[1] - 1) in _BIG:
            return at[1]
        # "is overkill", "is someone else's problem", "is the data team's job"
        if rest and rest[0] in _NEEDLESS:
            return at[0]
        for k, x in enumerate(rest[:5]):
            if x.endswith("'s") and x not in ("it's", "that's", "what's", "there's", "here's", "let's") \
                    and (k + 1 < len(rest) and rest[k + 1] in _DUTIES or x == "else's"):
                return at[k + 1] if k + 1 < len(rest) else at[k]
        # "was their job", "is their problem"
        if len(rest) >= 2 and rest[0] in _THEIRS and rest[1] in _DUTIES:
            return at[1]
        # "was handled by the platform team", "were owned by the data engineers"
        if len(rest) >= 3 and rest[0] in _HANDLED and rest[1] == "by":
            for k in range(2, min(len(rest), 6)):
                if rest[k] in _PEOPLE:
                    return at[k]
        # "was the data scientists' responsibility", "is the platform team job"
        if rest and rest[0] in ("the", "their", "someone", "somebody"):
            for k in range(2, min(len(rest), 5)):
                if rest[k] in _DUTIES and rest[k - 1] in _PEOPLE:
                    return at[k]
        return None
    # "would (only) add complexity", "adds complexity"
    if w[0] in ("would", "will", "'d", "only", "just", "adds", "add"):
        rest = [x for x in w if x not in _SOFTENERS and x not in _MODALS]
        at = [k for k, x in zip(idx, w) if x not in _SOFTENERS and x not in _MODALS]
        if len(rest) >= 2 and rest[0] in ("add", "adds") and rest[1] in ("complexity", "overhead"):
            return at[1]
        if len(rest) >= 3 and rest[0] in ("add", "adds") and rest[1] in ("unnecessary", "extra", "needless") \
                and rest[2] in ("complexity", "overhead"):
            return at[2]
    return None


def _turned_down(tokens: Sequence[Token], i: int) -> bool:
    """Does "but …" at ``tokens[i]`` turn the option down: "but went with Y", "but it seemed like a
    lot of overhead", "but it was too slow" (not "but it was fine")?"""
    if _word(tokens, i) != "but":
        return False
    w = [tokens[k].text for k in _next_words(tokens, i + 1, 9)]
    if w and w[0] in ("we", "i"):
        w = w[1:]
    if w and w[0] in _CHOSE_OTHER:
        return True
    if w and w[0] in _CHOOSER_START and any(x in _CHOSE_OTHER for x in w[1:4]):
        return True
    # "but (it) didn't get adopted", "but we never really adopted it", "but it never went anywhere"
    head = w[:6]
    for k, x in enumerate(head):
        if x in _NOT and any(y in _TAKEN_UP for y in head[k + 1 : k + 4]):
            return True
    return any(x in _DOWNSIDES for x in w[:8])


def _is_weighing(tokens: Sequence[Token], i: int) -> int | None:
    """Is ``tokens[i]`` a cue of an option weighed or tried ("looked at", "discussed", "prototyped",
    "proof of concept with")? Its last token, or None."""
    x, nxt = _word(tokens, i), _word(tokens, i + 1)
    if x in _WEIGHED and (not _WEIGHED[x] or nxt in _WEIGHED[x]):
        return i + (1 if _WEIGHED[x] else 0)
    if x in _TRIALS and (not _TRIALS[x] or nxt in _TRIALS[x]) and (
            x != "concept" or _word(tokens, i - 1) == "of" and _word(tokens, i - 2) == "proof"):
        return i + (1 if _TRIALS[x] else 0)
    return None


def _after_options(tokens: Sequence[Token], at: int) -> int:
    """Where the verdict on a run of weighed options stands: "we discussed X, and I prototyped Y, but it
    was never adopted" turns both down, so after X's scope the next option's is skipped too."""
    for _ in range(3):
        j = at
        while j < len(tokens) and (tokens[j].kind == "filler" or tokens[j].text in ("and", "also", "then")):
            j += 1
        if _word(tokens, j) not in ("we", "i"):
            return at
        k = j + 1
        while k < len(tokens) and (tokens[k].kind == "filler" or tokens[k].text in _SOFTENERS | {"even", "also"}):
            k += 1
        cue_last = _is_weighing(tokens, k)
        if cue_last is None:
            return at
        last = _forward(tokens, cue_last)
        at = (last if last is not None else cue_last) + 1
    return at


def _fronted_option(tokens: Sequence[Token], cue: int, forward_last: int | None) -> int | None:
    """The option named before "we looked at": "Kubeflow we looked at but …" (nothing after the cue),
    "drift detection was something we looked at with Evidently but …". Its first token, or None."""
    subj = cue - 1
    if subj < 1 or tokens[subj].text not in ("we", "i", "they") or tokens[subj].stop_before:
        return None
    pre = subj - 1
    if tokens[pre].text in ("something", "one", "thing", "option"):
        pre -= 1
        while pre >= 0 and tokens[pre].text in _BE | _SOFTENERS:
            pre -= 1
    elif forward_last is not None or tokens[pre].kind != "word" or tokens[pre].text in _FRONT_STOPS:
        return None
    first = None
    steps = 0
    while pre >= 0 and steps < 5 and tokens[pre].text not in _FRONT_STOPS and tokens[pre].text not in SCOPE_END:
        first = pre
        if tokens[pre].stop_before or tokens[pre].comma_before:
            break
        steps += 1
        pre -= 1
    return first


#: Words that end the option put in front: a clause before it ("…, and drift detection was something").
_FRONT_STOPS = frozenset("and or but so then also we i they it that this there".split())


#: "any of that", "most of it", "none of those": a share of what was just said.
_SHARES = frozenset("any most much all half none some".split())
_SAID_BEFORE = frozenset("that this it those these them".split())
#: The verbs of practice a denial of "any of that" takes: "we never got round to most of that", "we didn't
#: really do any of it", "I've never written any of it", "we don't track any of that".
_PRACTISED = frozenset("do did done doing use used using adopt adopted implement implemented build built set "
                       "have had get got getting track tracked touch touched write wrote written run ran put "
                       "follow followed wire wired automate automated".split())
_NEGATORS = _NOT | frozenset("don't haven't hadn't dont havent hadnt".split())
_FIRST_PERSON = frozenset("we i we've i've we'd i'd our".split())
#: "… any of that any more": what stopped is the old way, not the practice.
_NO_LONGER = frozenset({"anymore", "longer"})
#: Between the verb and the share: "got round to most of that", "set up any of it".
_LINKS = frozenset("round around to up with".split())
_ADVERBS = frozenset("ever actually properly fully even".split())
_SUPPOSING = frozenset("if unless whether when without".split())
#: How far back a denial of "that" reaches, in words, and how short a lead-in ("In practice", "but
#: honestly") still points at the sentence before.
_BACK_REACH = 30
_LEAD_IN = 4


def _denied_share(tokens: Sequence[Token], q: int) -> tuple[int, int] | None:
    """For a share word at ``q`` in "(we|I) never/didn't <verb> <any|most> of <that|it>": the subject's
    index and the pointer's, when the whole claim is a first-person denial of practice (a verb of
    doing right before the share: "we never had to roll back any of it" is not one)."""
    if _word(tokens, q + 1) != "of" or _word(tokens, q + 2) not in _SAID_BEFORE:
        return None
    if any(_word(tokens, k) in _NO_LONGER for k in range(q + 3, q + 6)):
        return None
    k = q - 1
    while k >= 0 and (tokens[k].kind == "filler" or tokens[k].text in _LINKS) and not tokens[k + 1].stop_before:
        k -= 1
    if k < 0 or tokens[k].text not in _PRACTISED or tokens[k + 1].stop_before:
        return None
    k -= 1
    while k >= 0 and (tokens[k].kind == "filler" or tokens[k].text in _SOFTENERS | _ADVERBS) \
            and not tokens[k + 1].stop_before:
        k -= 1
    if k < 1 or tokens[k].text not in _NEGATORS or tokens[k + 1].stop_before:
        return None
    subject = k - 1
    while subject >= 0 and tokens[subject].kind == "filler" and not tokens[subject + 1].stop_before:
        subject -= 1
    if subject < 0 or tokens[subject].text not in _FIRST_PERSON or tokens[subject + 1].stop_before:
        return None
    if _word(tokens, subject - 1) in _SUPPOSING and not tokens[subject].stop_before:
        return None  # "if we didn't do any of that, we'd be blind": a supposition, not a denial
    return subject, q + 2


def _said_before(tokens: Sequence[Token], subject: int) -> int | None:
    """The first token of what a denial of "that" at ``subject`` points back at: up to ``_BACK_REACH``
    words before the subject. The scorer reads words without punctuation, so there that is the whole
    reach; where the tokens keep full stops it stops at its own sentence's start, or at the start of the
    sentence before when its own opens with only a short lead-in ("In practice")."""
    start = subject
    while start > 0 and not tokens[start].stop_before and subject - start < _BACK_REACH:
        start -= 1
    words = sum(1 for k in range(start, subject) if tokens[k].kind != "filler")
    if words <= _LEAD_IN and start > 0 and tokens[start].stop_before:
        start -= 1
        while start > 0 and not tokens[start].stop_before and subject - start < _BACK_REACH:
            start -= 1
    return start if start < subject else None


def disowned(tokens: Sequence[Token]) -> tuple[Disowned, ...]:
    """Every disowning claim in ``tokens`` (see the module docstring)."""
    out: list[Disowned] = []

    def add(first: int | None, last: int | None, cue_first: int, cue_last: int, why: str) -> None:
        if first is None or last is None or last < first:
            return
        lo, hi = min(first, cue_first), max(last, cue_last)
        out.append(Disowned(first, last, tokens[lo].start, tokens[hi].end, why))

    n = len(tokens)
    for i, t in enumerate(tokens):
        x = t.text
        nxt = _word(tokens, i + 1)
        # awareness: "heard of X", "read about X", "know of X"
        if (x == "heard" and nxt in ("of", "about")) or (x == "read" and nxt == "about") \
                or (x == "know" and nxt == "of"):
            after = i + 2
            who = i - 1 if _word(tokens, i - 1) in _LEARNER else (
                i - 2 if _word(tokens, i - 1) == "have" and _word(tokens, i - 2) in _LEARNER else -1)
            if (after >= n or tokens[after].stop_before or tokens[after].comma_before
                    or tokens[after].text in _CLAUSE_OPENERS) and who >= 1:
                # "Terraform I've heard of, we didn't need it": the thing heard of is said just before
                # (a name: at most three words, as a transcript without punctuation runs on)
                first = _backward(tokens, who)
                add(None if first is None else max(first, who - 3), who - 1, who, i + 1, "awareness")
            else:
                add(after, _forward(tokens, i + 1), i, i + 1, "awareness")
        # "from what I've read, X is powerful": hearsay, not use ("from what I've seen" can be either)
        elif x == "from" and nxt == "what" and (said := _hearsay(tokens, i + 2)) is not None:
            add(said + 1, _forward(tokens, said), i, said, "awareness")
        # "(keen|like|want|plan) to learn X", "learn(ing) more about X"
        elif x == "to" and _word(tokens, i - 1) in _WISHES and nxt in _WISHED:
            add(i + 2, _forward(tokens, i + 1), i - 1, i + 1, "wish")
        elif x in ("learn", "learning") and nxt == "more" and _word(tokens, i + 2) == "about":
            add(i + 3, _forward(tokens, i + 2), i, i + 2, "wish")
        # "I know X, Y and Z by name(, A, B)": the names before and the list after
        elif x == "by" and nxt == "name":
            know = _knows(tokens, i)
            if know is not None:
                add(know + 1, i - 1, know, i + 1, "awareness")
            add(i + 2, _forward(tokens, i + 1), i, i + 1, "awareness")
        # "I know X is the …", "I know X's the … one": a fact about X
        elif x in _DEFINES and i >= 3 and _knows(tokens, i, reach=3) == i - 2 and not tokens[i].comma_before:
            add(i - 1, i - 1, i - 2, i, "awareness")
        elif x.endswith("'s") and i >= 2 and _knows(tokens, i, reach=1) == i - 1:
            add(i, i, i - 1, i, "awareness")
        # "X I've done a tutorial on"
        elif x in _LEARNING and (learnt := _learnt_about(tokens, i)) is not None:
            add(_backward(tokens, learnt[0]), learnt[0] - 1, learnt[0], learnt[1], "awareness")
        # "I know X and Y are important"
        elif x in ("is", "are") and (nxt in _WEIGHTY or nxt in _SOFTENERS):
            rest = [k for k in _next_words(tokens, i + 1, 3) if tokens[k].text not in _SOFTENERS]
            know = _knows(tokens, i)
            if rest and tokens[rest[0]].text in _WEIGHTY and know is not None:
                add(know + 1, i - 1, know, rest[0], "awareness")
        # "we looked at X but it seemed like a lot of overhead", "we evaluated X but went with Y"
        if (cue_last := _is_weighing(tokens, i)) is not None:
            last = _forward(tokens, cue_last)
            if _turned_down(tokens, _after_options(tokens, (last if last is not None else cue_last) + 1)):
                if last is not None:
                    add(cue_last + 1, last, i, cue_last, "rejected")
                front = _fronted_option(tokens, i, last)
                if front is not None:
                    add(front, i - 2, i, cue_last, "rejected")
        # "someone reruns the training notebook": an unnamed person doing it is doing it by hand
        if x in _SOMEONE and nxt in _REDONE:
            add(i + 1, _forward(tokens, i + 1), i, i + 1, "manual")
        # "in theory it's A, B and C. In practice we never got round to most of that": a denial of
        # what was just said disowns it
        if x in _SHARES and (claim := _denied_share(tokens, i)) is not None:
            subject, pointer = claim
            add(_said_before(tokens, subject), subject - 1, subject, pointer, "denied")
        # "X is on the roadmap"
        if x == "on" and nxt in ("the", "our", "my") and _word(tokens, i + 2) == "roadmap":
            add(_backward(tokens, i), i - 1, i, i + 2, "wish")
        # dismissal: "X is someone else's problem", "X is for huge companies", "X would add complexity"
        if i > 0 and not t.stop_before and (x == "that's" or (
                tokens[i - 1].kind != "filler" and tokens[i - 1].text not in _SOFTENERS
                and tokens[i - 1].text not in _MODALS)):
            end = _dismissal_end(tokens, i)
            if end is not None:
                add(_pointed_back(tokens, _backward(tokens, i), i), i - 1, i, end, "dismissal")
    return tuple(d for d in out if 0 <= d.first <= d.last < n)


def inside(spans: Sequence[Disowned], first: int, last: int, share: float = 0.5) -> Disowned | None:
    """The claim that disowns tokens ``first..last``, if one holds at least ``share`` of them (a
    meaning window), or any of them with ``share=0`` (a name or phrase heard by its words)."""
    for d in spans:
        overlap = min(last, d.last) - max(first, d.first) + 1
        if overlap > 0 and overlap >= share * (last - first + 1):
            return d
    return None
