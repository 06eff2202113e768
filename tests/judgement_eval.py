"""The measuring core for labelled answers: score them, then compare the verdicts with the labels.

Used by ``benchmarks/judgement.py`` (which adds timing and memory and prints the figures) and by
``tests/test_judgement.py`` (the acceptance thresholds). Nothing here tunes or changes the scorer.

Two labelled sets:

* ``judgement`` — tests/judgement_answers.py, written blind, with a ``tune`` / ``holdout`` split.
* ``legacy`` — tests/scoring_answers.py (``ANSWERS``) and tests/scoring_answers_more.py (``MORE``).
  They have no split of their own; here ``ANSWERS`` counts as ``tune`` (the old engine was tuned
  on it) and ``MORE`` as ``holdout`` (its docstring: written after that tuning). Their names are
  prefixed ``legacy:`` and their kind is ``legacy``; they carry no impact, twin or misconception labels.

Pairs are only ever formed inside one set and one question: the two sets' tiers were assigned by
different people and are not one scale.
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass
from typing import Iterable

SPLITS = ("tune", "holdout")
SETS = ("judgement", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "legacy", "all")


@dataclass(frozen=True)
class Case:
    """One labelled answer, whichever set it comes from (the fields of ``judgement_answers.Judged``)."""

    source: str
    question: str
    name: str
    kind: str
    tier: int
    text: str
    flags: frozenset[str]
    maybe: frozenset[str]
    follow_ups: frozenset[str]
    split: str
    misconception: str = ""
    impact: tuple[str, ...] = ()
    not_impact: tuple[str, ...] = ()
    equal_to: str = ""

    @property
    def key(self) -> str:
        """``question/name``, with ``legacy:`` in front for the legacy sets (unique across both)."""
        prefix = "" if self.source == "judgement" else f"{self.source}:"
        return f"{prefix}{self.question}/{self.name}"


def from_judged(a, source: str = "judgement") -> Case:
    """A ``judgement_answers.Judged`` as a :class:`Case`."""
    return Case(source, a.question, a.name, a.kind, a.tier, a.text, a.flags, a.maybe, a.follow_ups,
                a.split, a.misconception, a.impact, a.not_impact, a.equal_to)


def judgement_cases() -> list[Case]:
    from judgement_answers import ANSWERS

    return [from_judged(a) for a in ANSWERS]


def fresh_cases() -> list[Case]:
    from judgement_answers_fresh import ANSWERS

    return [from_judged(a, "fresh") for a in ANSWERS]


def fresh2_cases() -> list[Case]:
    """The third blind set (its errors were read on 2026-12-01: now tuning data, like ``fresh``)."""
    from judgement_answers_fresh2 import ANSWERS

    return [from_judged(a, "fresh2") for a in ANSWERS]


def fresh3_cases() -> list[Case]:
    """The fourth blind set. It was the untouched holdout until 2026-12-02; its errors are read from
    then on, so it is tuning data now (as are ``fresh4`` to ``fresh7``); the untouched holdout is ``fresh16``.

    Not part of ``all``: it is still measured on its own."""
    from judgement_answers_fresh3 import ANSWERS

    return [from_judged(a, "fresh3") for a in ANSWERS]


def fresh4_cases() -> list[Case]:
    """The fifth blind set. It was the untouched holdout until the third session of 2026-12-02; its
    errors are read from then on, so it is tuning data now; the untouched holdout is ``fresh16``.

    Not part of ``all``: it is still measured on its own."""
    from judgement_answers_fresh4 import ANSWERS

    return [from_judged(a, "fresh4") for a in ANSWERS]


def fresh5_cases() -> list[Case]:
    """The sixth blind set. It was the untouched holdout until the fourth session of 2026-12-02; its
    errors are read from then on, so it is tuning data now; the untouched holdout is ``fresh16``.

    Not part of ``all``: it is still measured on its own."""
    from judgement_answers_fresh5 import ANSWERS

    return [from_judged(a, "fresh5") for a in ANSWERS]


def fresh6_cases() -> list[Case]:
    """The seventh blind set. It was the untouched holdout until the fifth session of 2026-12-02; its
    errors are read from then on, so it is tuning data now; the untouched holdout is ``fresh16``.

    Not part of ``all``: it is still measured on its own."""
    from judgement_answers_fresh6 import ANSWERS

    return [from_judged(a, "fresh6") for a in ANSWERS]


def fresh7_cases() -> list[Case]:
    """The eighth blind set. It was the untouched holdout until 2026-12-03; its errors are read from
    then on, so it is tuning data now; the untouched holdout is ``fresh16``.

    Not part of ``all``: it is still measured on its own."""
    from judgement_answers_fresh7 import ANSWERS

    return [from_judged(a, "fresh7") for a in ANSWERS]


def fresh8_cases() -> list[Case]:
    """The ninth blind set. It was the untouched holdout from the morning of 2026-12-03 to the
    afternoon; its errors are read from then on, so it is tuning data now; the untouched holdout is
    ``fresh16``.

    Not part of ``all``: it is still measured on its own."""
    from judgement_answers_fresh8 import ANSWERS

    return [from_judged(a, "fresh8") for a in ANSWERS]


def fresh9_cases() -> list[Case]:
    """The tenth blind set. It was the untouched holdout from the afternoon of 2026-12-03 to that
    evening; its errors are read from then on, so it is tuning data now; the untouched holdout is
    ``fresh16``.

    Not part of ``all``: it is still measured on its own."""
    from judgement_answers_fresh9 import ANSWERS

    return [from_judged(a, "fresh9") for a in ANSWERS]


def fresh10_cases() -> list[Case]:
    """The eleventh blind set. It was the untouched holdout on the evening of 2026-12-03; its errors
    are read from the evening of 2026-12-03 (the thirteenth pass) on, so it is tuning data now; the
    untouched holdout is ``fresh16``.

    Not part of ``all``: it is still measured on its own."""
    from judgement_answers_fresh10 import ANSWERS

    return [from_judged(a, "fresh10") for a in ANSWERS]


def fresh11_cases() -> list[Case]:
    """The twelfth blind set. It was the untouched holdout from the evening of 2026-12-03 to
    2026-12-04; its errors are read from 2026-12-04 (the fourteenth pass) on, so it is tuning data
    now; the untouched holdout is ``fresh16``.

    Not part of ``all``: it is still measured on its own."""
    from judgement_answers_fresh11 import ANSWERS

    return [from_judged(a, "fresh11") for a in ANSWERS]


def fresh12_cases() -> list[Case]:
    """The thirteenth blind set. It was the untouched holdout on 2026-12-04; its errors are read from
    2026-12-04 evening (the fifteenth pass) on, so it is tuning data now; the untouched holdout is
    ``fresh16``.

    Not part of ``all``: it is still measured on its own."""
    from judgement_answers_fresh12 import ANSWERS

    return [from_judged(a, "fresh12") for a in ANSWERS]


def fresh13_cases() -> list[Case]:
    """The fourteenth blind set. It was the untouched holdout on 2026-12-04 evening; its errors are read
    from 2026-12-05 (the sixteenth pass) on, so it is tuning data now; the untouched holdout is
    ``fresh16``.

    Not part of ``all``: it is still measured on its own."""
    from judgement_answers_fresh13 import ANSWERS

    return [from_judged(a, "fresh13") for a in ANSWERS]


def fresh14_cases() -> list[Case]:
    """The fifteenth blind set. It was the untouched holdout on 2026-12-05 (measured before and after
    the sixteenth pass, figures only); its errors are read from 2026-12-05 afternoon (the seventeenth
    pass) on, so it is tuning data now; the untouched holdout is ``fresh16``.

    Not part of ``all``: it is still measured on its own."""
    from judgement_answers_fresh14 import ANSWERS

    return [from_judged(a, "fresh14") for a in ANSWERS]


def fresh15_cases() -> list[Case]:
    """The sixteenth blind set. It was the untouched holdout on 2026-12-05 afternoon (measured before
    and after the seventeenth pass, figures only); its errors are read from 2026-12-05 evening (the
    eighteenth pass) on, so it is tuning data now; the untouched holdout is ``fresh16``.

    Not part of ``all``: it is still measured on its own."""
    from judgement_answers_fresh15 import ANSWERS

    return [from_judged(a, "fresh15") for a in ANSWERS]


def fresh16_cases() -> list[Case]:
    """The seventeenth blind set: the untouched holdout since 2026-12-05 evening (written by a separate
    helper session before the eighteenth pass changed anything; never tuned on, errors never read).

    Not part of ``all``: it is measured on its own, and its errors are not printed while tuning."""
    from judgement_answers_fresh16 import ANSWERS

    return [from_judged(a, "fresh16") for a in ANSWERS]


def legacy_cases() -> list[Case]:
    from scoring_answers import ANSWERS
    from scoring_answers_more import MORE

    out = []
    for labelled, split in ((ANSWERS, "tune"), (MORE, "holdout")):
        for qid, answers in labelled.items():
            out += [Case("legacy", qid, a.name, "legacy", a.tier, a.text, a.flags, a.maybe, a.follow_ups,
                         split) for a in answers]
    return out


def select(which: str = "judgement") -> list[Case]:
    """The cases of one set: ``judgement``, ``fresh``, ``fresh2`` … ``fresh16``, ``legacy`` or ``all``
    (``all`` is every set but ``fresh3`` to ``fresh15`` and the untouched holdout ``fresh16``)."""
    if which not in SETS:
        raise ValueError(f"unknown set {which!r} (one of {', '.join(SETS)})")
    return ((judgement_cases() if which in ("judgement", "all") else [])
            + (fresh_cases() if which in ("fresh", "all") else [])
            + (fresh2_cases() if which in ("fresh2", "all") else [])
            + (fresh3_cases() if which == "fresh3" else [])
            + (fresh4_cases() if which == "fresh4" else [])
            + (fresh5_cases() if which == "fresh5" else [])
            + (fresh6_cases() if which == "fresh6" else [])
            + (fresh7_cases() if which == "fresh7" else [])
            + (fresh8_cases() if which == "fresh8" else [])
            + (fresh9_cases() if which == "fresh9" else [])
            + (fresh10_cases() if which == "fresh10" else [])
            + (fresh11_cases() if which == "fresh11" else [])
            + (fresh12_cases() if which == "fresh12" else [])
            + (fresh13_cases() if which == "fresh13" else [])
            + (fresh14_cases() if which == "fresh14" else [])
            + (fresh15_cases() if which == "fresh15" else [])
            + (fresh16_cases() if which == "fresh16" else [])
            + (legacy_cases() if which in ("legacy", "all") else []))


# --------------------------------------------------------------------------- another bank


def _same(text: str) -> str:
    return " ".join(text.lower().split())


def relabel(cases: Iterable[Case], reference, bank) -> list[Case]:
    """The cases with their ids moved from ``reference`` (questions/guide.toml, whose ids the labels
    use) to ``bank`` (say, an import of the same guide), matched by the guide's own words: a question
    by its prompt, a red flag and a follow-up by their text. The labels themselves are unchanged; an
    id ``bank`` has no counterpart for keeps its old name (and so counts as missed or never raised).
    """
    from dataclasses import replace

    prompts = {_same(q.prompt): q for q in bank.questions}
    moved = []
    for c in cases:
        try:
            ref = reference.get(c.question)
        except KeyError:
            moved.append(c)
            continue
        q = prompts.get(_same(ref.prompt))
        if q is None:
            moved.append(c)
            continue
        flags = {_same(f.text): f.id for f in q.red_flags}
        fus = {_same(f.text): f.id for f in q.follow_ups}
        flag_id = {f.id: flags.get(_same(f.text), f.id) for f in ref.red_flags}
        fu_id = {f.id: fus.get(_same(f.text), f.id) for f in ref.follow_ups}
        moved.append(replace(c, question=q.id, flags=frozenset(flag_id.get(i, i) for i in c.flags),
                             maybe=frozenset(flag_id.get(i, i) for i in c.maybe),
                             follow_ups=frozenset(fu_id.get(i, i) for i in c.follow_ups)))
    return moved


# --------------------------------------------------------------------------- scoring


def score_cases(cases: Iterable[Case], bank, embedder=None) -> dict[str, object]:
    """``{case.key: Verdict}``: each answer scored once against its question in ``bank``."""
    from voice_interviewer.scoring import score_answer

    return {c.key: score_answer(bank.get(c.question), c.text, embedder=embedder) for c in cases}


# --------------------------------------------------------------------------- the figures


def _ratio(num: float, den: float, empty: float | None = None) -> float | None:
    return round(num / den, 4) if den else empty


def pairwise(cases: list[Case], verdicts) -> dict:
    """Share of pairs (same set, same question, different tiers) that the scores put in tier order.

    A tie counts half. It says nothing about the size of the gaps between scores, nor about answers
    of equal tiers (never compared), nor about how the scores of different questions compare.
    """
    right, misordered, n = 0.0, [], 0
    groups: dict[tuple[str, str], list[Case]] = {}
    for c in cases:
        groups.setdefault((c.source, c.question), []).append(c)
    for group in groups.values():
        for a, b in itertools.combinations(group, 2):
            if a.tier == b.tier:
                continue
            hi, lo = (a, b) if a.tier > b.tier else (b, a)
            s_hi, s_lo = verdicts[hi.key].score, verdicts[lo.key].score
            n += 1
            right += 1.0 if s_hi > s_lo else 0.5 if s_hi == s_lo else 0.0
            if s_hi <= s_lo:
                misordered.append({"higher": hi.key, "higher_tier": hi.tier, "higher_score": s_hi,
                                   "lower": lo.key, "lower_tier": lo.tier, "lower_score": s_lo})
    return {"pairs": n, "pairwise": _ratio(right, n), "misordered": misordered}


def red_flags(cases: list[Case], verdicts) -> dict:
    """Micro-averaged precision and recall of the raised red flags against ``flags``.

    Ids in ``maybe`` are dropped from both sides for that answer. No flag raised anywhere gives a
    precision of 1.0 (nothing wrong was claimed) — read it with the recall. It does not check the
    evidence quoted for a flag, only its id.
    """
    tp = fp = fn = 0
    wrong = []
    for c in cases:
        raised = set(verdicts[c.key].flag_ids) - c.maybe
        true = set(c.flags) - c.maybe
        tp += len(raised & true)
        extra, missed = sorted(raised - true), sorted(true - raised)
        fp, fn = fp + len(extra), fn + len(missed)
        if extra or missed:
            wrong.append({"answer": c.key, "false": extra, "missed": missed})
    return {"flag_tp": tp, "flag_fp": fp, "flag_fn": fn, "flag_precision": _ratio(tp, tp + fp, 1.0),
            "flag_recall": _ratio(tp, tp + fn, 1.0), "wrong_flags": wrong}


def follow_ups(cases: list[Case], verdicts) -> dict:
    """Share of answers whose chosen follow-up is one of the labelled acceptable ones.

    No follow-up chosen is acceptable only where the label set is empty. It does not judge the
    one-line reason given for the choice.
    """
    ok, bad = 0, []
    for c in cases:
        chosen = verdicts[c.key].follow_up
        good = chosen.id in c.follow_ups if chosen is not None else not c.follow_ups
        ok += good
        if not good:
            bad.append({"answer": c.key, "chosen": chosen.id if chosen else None,
                        "acceptable": sorted(c.follow_ups)})
    return {"follow_up_acceptable": _ratio(ok, len(cases)), "bad_follow_ups": bad}


def by_kind(cases: list[Case], verdicts) -> dict:
    """Mean score per answer kind (``keyword``, ``paraphrase``…). A description, not a target."""
    scores: dict[str, list[float]] = {}
    for c in cases:
        scores.setdefault(c.kind, []).append(verdicts[c.key].score)
    return {"mean_score_by_kind": {k: round(statistics.fmean(v), 2) for k, v in sorted(scores.items())}}


def keyword_gap(cases: list[Case], verdicts, everything: list[Case]) -> dict:
    """Mean of score(keyword twin) − score(paraphrase) over the paraphrases with ``equal_to``.

    The paraphrase's split decides where the pair counts; its twin is looked up among
    ``everything`` (it may sit in the other split). Target <= 10 points. A negative gap means the
    plain wording scored higher. It says nothing about paraphrases that have no twin.
    """
    index = {(c.source, c.question, c.name): c for c in everything}
    gaps, missing = [], []
    for c in cases:
        if c.kind != "paraphrase" or not c.equal_to:
            continue
        twin = index.get((c.source, c.question, c.equal_to))
        if twin is None or twin.key not in verdicts:
            missing.append(c.key)
            continue
        gap = verdicts[twin.key].score - verdicts[c.key].score
        gaps.append({"paraphrase": c.key, "keyword": twin.key, "gap": round(gap, 2)})
    mean = round(statistics.fmean(g["gap"] for g in gaps), 2) if gaps else None
    return {"keyword_gap": mean, "keyword_gap_pairs": len(gaps), "gaps": gaps, "twins_missing": missing}


def _spans(text: str, phrase: str) -> list[tuple[int, int]]:
    out, at = [], text.find(phrase)
    while at >= 0 and phrase:
        out.append((at, at + len(phrase)))
        at = text.find(phrase, at + 1)
    return out


def _overlaps(spans: list[tuple[int, int]], found: list[tuple[int, int]]) -> bool:
    return any(s < fe and fs < e for s, e in spans for fs, fe in found)


def impact(cases: list[Case], verdicts) -> dict:
    """How the verdict's ``quantified`` evidence meets the ``impact`` / ``not_impact`` labels.

    ``not_impact_taken``: share of not-impact phrases (thresholds, durations, counts…) that some
    quantified span overlaps — should be 0. ``impact_found``: share of impact phrases that some
    quantified span overlaps. Overlap is by characters, so a span that covers only the number of
    a longer impact phrase counts as found. Phrases missing from the text are listed, not counted.
    """
    taken = found = n_not = n_imp = 0
    errors, unlocated = [], []
    for c in cases:
        if not (c.impact or c.not_impact):
            continue
        v = verdicts[c.key]
        spans = [(e.start_char, e.end_char) for e in v.quantified]
        for phrase, is_impact in [(p, True) for p in c.impact] + [(p, False) for p in c.not_impact]:
            where = _spans(v.transcript, phrase)
            if not where:
                unlocated.append({"answer": c.key, "phrase": phrase})
                continue
            hit = _overlaps(where, spans)
            if is_impact:
                n_imp, found = n_imp + 1, found + hit
            else:
                n_not, taken = n_not + 1, taken + hit
            if hit != is_impact:
                errors.append({"answer": c.key, "phrase": phrase,
                               "problem": "impact not found" if is_impact else "not-impact taken as impact"})
    return {"impact_phrases": n_imp, "impact_found": _ratio(found, n_imp),
            "not_impact_phrases": n_not, "not_impact_taken": _ratio(taken, n_not),
            "impact_errors": errors, "impact_unlocated": unlocated}


def misconceptions(cases: list[Case], verdicts) -> dict:
    """Share of ``misconception`` answers that raise at least one of their labelled flags.

    It does not show that the misconception itself was recognised — only that a flag the
    interviewer would raise was raised (answers labelled with no flag cannot count).
    """
    items = [c for c in cases if c.kind == "misconception"]
    caught = [c for c in items if set(verdicts[c.key].flag_ids) & c.flags]
    missed = [{"answer": c.key, "misconception": c.misconception, "raised": verdicts[c.key].flag_ids,
               "labelled": sorted(c.flags)} for c in items if c not in caught]
    return {"misconceptions": len(items), "misconceptions_flagged": _ratio(len(caught), len(items)),
            "missed_misconceptions": missed}


ERROR_KEYS = ("misordered", "wrong_flags", "bad_follow_ups", "gaps", "twins_missing", "impact_errors",
              "impact_unlocated", "missed_misconceptions")


def figures(cases: list[Case], verdicts, everything: list[Case] | None = None) -> dict:
    """All figures for ``cases`` (one split); detail lists (the ``ERROR_KEYS``) ride along."""
    out = {"answers": len(cases)}
    for part in (pairwise(cases, verdicts), red_flags(cases, verdicts), follow_ups(cases, verdicts),
                 by_kind(cases, verdicts), keyword_gap(cases, verdicts, everything or cases),
                 impact(cases, verdicts), misconceptions(cases, verdicts)):
        out.update(part)
    return out


def evaluate(answers: Iterable, bank, embedder=None, splits: Iterable[str] = (*SPLITS, "all"), *,
             verdicts: dict | None = None) -> dict:
    """Score ``answers`` (:class:`Case` or ``Judged``) once and return the figures per split.

    Returns ``{"answers": n, "embedder": name|None, "splits": {split: figures(...)}}`` where the
    split ``all`` holds every answer (its pairs include pairs across tune and holdout).
    ``verdicts`` (``{key: Verdict}``) skips the scoring, for callers that already scored.
    """
    cases = [a if isinstance(a, Case) else from_judged(a) for a in answers]
    if verdicts is None:
        verdicts = score_cases(cases, bank, embedder)
    result = {"answers": len(cases), "embedder": getattr(embedder, "name", None) if embedder else None,
              "splits": {}}
    for split in splits:
        part = cases if split == "all" else [c for c in cases if c.split == split]
        result["splits"][split] = figures(part, verdicts, cases)
    return result
