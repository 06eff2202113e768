"""Red-flag rules and follow-up triggers of an imported guide, read from their wording.

Works on a :class:`~voice_interviewer.guide_draft.Draft` whose concepts are already made (from the
framework): each red flag's phrases are tied to those concepts (by shared words, then by meaning when
an embedder is given), and its wording decides the rule's shape:

* "only X without Y" → X said and Y missing ("or vice-versa": the other way round too), or Y denied; X
  not named by the framework's words is found by its kind of work ("infrastructure monitoring" → the
  framework's "traditional system metrics"), and what shows X was said never shows Y missing;
* "omitting A, B or C" → any one of them missing, or denied;
* "lack of / failing to mention / inability to explain X" → nothing of X's part of the framework, or X
  denied; "lack of emphasis on testing for A or B" → A and B,
  not the word "testing"; "inability to describe how X" → also a vague answer or tools unexplained;
  in every such gap, another idea of the framework of the same kind of work shows it too ("model
  evaluation" for "model quality checks", the catalogue's one kind);
* "generic answers that could apply to any <subject>" → vague, or none of the framework's own products
  named (a bare platform name, "AWS" of "AWS SageMaker", is what any answer could say);
* "confusing X with simply Y" → Y said (a ``signal`` concept) without X, and "X is just Y" becomes a
  misconception of X; "treating X identically to Y without Z" → nothing of Z nor of what the framework
  says sets X apart from Y ("X extends Y by adding …"), and "X is just the same as Y";
* "listing tools without explaining" → tools unexplained; "generic", "vague" → nothing specific;
  "quantify" → no quantified impact; "blaming", "ownership" → blame language; "both A and B" → one side
  missing; "connecting the stages", "end-to-end" → too few stages covered, or tools listed unexplained; "feature knowledge",
  "hands-on experience" → none of the framework's own products named (beyond the question's examples).

A follow-up's trigger names the main concepts its topic points at, as a gap (missing, denied) or a claim
(said): the follow-up chooser weighs which fits the answer. Its topic is what it adds to the question: a
closing "… in an ML CI/CD pipeline" that only repeats the question's setting is set aside, and a product
is only ever a claim (one the candidate did not name is no gap to ask about). A follow-up whose topic the
framework does not have is asked when the answer stays generic (a story's also when it is unquantified;
nearly every technical answer is); a technical question's request for a story about itself ("describe a
challenge you faced building …") also when the answer lists tools unexplained or covers little of the
framework; telling stakeholders about the work deepens a story that did the framework's technical work;
the first reflective one ("what would you do differently") is the fallback (``always``).
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from .guide_build import STAR
from .guide_catalogue import kind_for, kindred, products_of, same_kind
from .guide_draft import Concept, Draft, _scored_matches, match_concepts, match_stage
from .guide_text import (
    _PLAIN,
    _STOP,
    _aliases_for,
    _clip,
    _describe,
    _phrase_label,
    _sentence_case,
    _stems,
    _unique,
    content_stems,
    first_clause,
    slug,
    split_top,
)
from .guide_parse import GuideItem
from .matching import stem

__all__ = ["follow_up_table", "red_flag_rule", "red_flag_table"]

_QUANTIFY = re.compile(r"\bquantif(?:y|ying|ied)\b", re.I)

_ONLY = re.compile(r"\b(?:only|solely|just|focusing (?:only |solely )?on|treating)\b", re.I)
_WITHOUT = re.compile(r"\bwithout\b", re.I)
_MISSING = re.compile(r"^\s*(?:omitting|omits|missing|no|not (?:mentioning|addressing|discussing|covering|"
                      r"explaining|differentiating|distinguishing|knowing)|failing to (?:mention|address|explain|"
                      r"discuss|cover|describe|consider|differentiate)|failure to \w+|lack of(?: \w+)?(?: with| of| in| for)?|"
                      r"limited or no(?: \w+)?(?: with| of| in)?|little or no(?: \w+)?(?: with| of| in)?|"
                      r"inability to (?:explain|describe|articulate|discuss|name|justify)|unable to \w+|"
                      r"ignoring|neglecting|forgetting|skipping|overlooking|no mention of|never)\b\s*", re.I)
_CONFUSE = re.compile(r"\bconfus\w*\s+(.+?)\s+(?:with|and)\s+(.+)$", re.I)
_SAME = re.compile(r"\b(?:treating|treat)\s+(.+?)\s+(?:identically to|the same as|like|as)\s+(.+?)(?:\s+without\b|$)", re.I)


def _strip_cues(text: str) -> str:
    text = re.sub(r"\b(?:tools?|frameworks?|services?|steps?) (?:like|such as)\b", "", text, flags=re.I)
    text = re.sub(r"\b(?:the )?(?:importance|benefits?|value|role|purpose) of\b", "", text, flags=re.I)
    text = re.sub(r"\b(?:crucial|key|important|specific|basic)\b", "", text, flags=re.I)
    text = re.sub(r"\bfor [^,]*\b(?:systems?|context|environments?|perspective)\b", "", text, flags=re.I)
    return " ".join(text.split()).strip(" .,;")


def _phrase_items(text: str) -> list[str]:
    """"data versioning, monitoring, or automated retraining" → the three; "data or model versioning" →
    "data versioning", "model versioning" (a shared last word)."""
    out = []
    for part in split_top(text):
        m = re.match(r"^(\w+)\s+or\s+(\w+)\s+(\w+)$", part)
        if m:
            out += [f"{m.group(1)} {m.group(3)}", f"{m.group(2)} {m.group(3)}"]
            continue
        out += [p for p in re.split(r"\s+(?:or|and|nor|and/or)\s+", part) if p]
    return [o.strip(" .'\"") for o in out if o.strip(" .'\"")]


def _ids(concepts: list[Concept]) -> list[str]:
    return list(dict.fromkeys(c.id for c in concepts))


def _new_concept(draft: Draft, phrase: str, why: str, weight: float = 1.5) -> Concept:
    """A concept the framework does not list but a red flag names: its stage is the closest one."""
    label = _phrase_label(_strip_cues(phrase)) or phrase
    ids = {c.id for c in draft.concepts}
    near = match_concepts(label, draft.concepts, min_share=0.3)
    stage = near[0].stage if near else draft.stages[-1] if draft.kind != "behavioral" else "action"
    c = Concept(_unique(slug(label, words=4), ids), label, stage, _aliases_for(label),
                _describe(label, stage, ""), weight, source=why)
    draft.concepts.append(c)
    return c


_APART = re.compile(r"\b(?:extends?|extending|adds?|adding|beyond|unlike|differs?|differ(?:ent|ence)|on top of)\b", re.I)


def _setting_apart(draft: Draft, one: str, other: str) -> list[str]:
    """The framework's ideas from a sentence that says how ``one`` goes beyond ``other`` ("ML CI/CD
    extends traditional CI/CD by adding steps for …"): a sentence with a word of setting apart that
    shares a content word with both phrases."""
    a, b = set(content_stems(one)), set(content_stems(other))
    return [c.id for c in draft.concepts
            if c.kind == "concept" and c.source and _APART.search(c.source)
            and (said := set(content_stems(c.source))) & a and said & b]


def _targets(draft: Draft, phrase: str, why: str, *, create: bool = True) -> tuple[list[str], list[str]]:
    """``(concept ids, stage names)`` a phrase names; each item of a list is looked up on its own: a
    stage by its name, else concepts by shared words, else by meaning (with the embedder), else (when
    ``create``) a new concept for a concrete phrase the framework does not list."""
    ids: list[str] = []
    stages: list[str] = []
    for item in _phrase_items(_strip_cues(phrase)) or [phrase]:
        st = match_stage(item, draft.stages)
        if st:
            stages.append(st)
            continue
        kind_tools = products_of(item)  # "containerization": the guide's Docker shows it
        shown_by = [c.id for c in draft.concepts if c.kind == "tool" and c.label.lower() in kind_tools]
        ids += shown_by
        if shown_by and create and (named := _kind_signal(draft, item, why)):
            ids.append(named.id)  # … and so does the work's own name ("we build container images")
        scored = _scored_matches(item, draft.concepts, 0.5)
        found = [c for sc, _, c in scored if sc >= scored[0][0] - 1e-9]  # as match_concepts
        if found:
            # Half of a label's words ("model performance" against "model training", "model
            # evaluation", "model versioning") is a tie of guesses: meaning decides, and none of them
            # takes the phrase as another name.
            weak = found[0].kind != "tool" and scored[0][0] < WEAK_SHARE and not _key_word_shared(item, found[0])
            by_meaning = (kindred(item, draft.concepts) or draft.near(item)) if weak else []
            if by_meaning:
                ids += [c.id for c in by_meaning]
                continue
            top = found[0]
            ids += [c.id for c in found if c.kind == top.kind or c.kind == "tool"][:3]
            if not weak:
                _also_called(top, item)
            continue
        kin = kindred(item, draft.concepts)  # "data quality": what the guide's "data validation" does
        if kin:
            ids += [c.id for c in kin]
            continue
        near = draft.near(item)
        if near:
            ids += [c.id for c in near]
        elif create and _stems(item) and draft.embedder is None and len(_stems(item)) <= 2:
            ids.append(_new_concept(draft, item, why).id)
    return list(dict.fromkeys(ids)), list(dict.fromkeys(stages))


def _add_signal(draft: Draft, base: str, label: str, aliases: Iterable[str], description: str, why: str, *,
                stage: str | None = None, reuse: bool = False) -> Concept:
    """A ``signal`` concept added to the draft (evidence for the rules, no credit, never heard by
    meaning), or with ``reuse`` the one already made under ``base``."""
    if reuse:
        for c in draft.concepts:
            if c.kind == "signal" and c.id == base:
                return c
    c = Concept(_unique(base, {c.id for c in draft.concepts}), label, stage or draft.stages[0],
                list(dict.fromkeys(aliases)), description, 1.0, "signal", source=why)
    draft.concepts.append(c)
    return c


def _kind_signal(draft: Draft, item: str, why: str) -> Concept | None:
    """A red flag's gap that names a kind of work the framework shows only by its products
    ("containerization", the guide naming Docker): the kind's own names ("containers", "container
    images") show it too. A ``signal`` concept (evidence for the rules, no credit), one per kind."""
    kind = kind_for(item)
    if kind is None:
        return None
    aliases = [n for n in kind.names if len(n) > 3]
    return _add_signal(draft, slug(kind.names[0], words=3), _sentence_case(kind.names[0]), aliases,
                       f"{_sentence_case(', '.join(aliases[:4]))} said in so many words.", why, reuse=True)


#: Below this share of a concept's words, a phrase only half names it (see :func:`_targets`).
WEAK_SHARE = 0.6


def _key_word_shared(item: str, c: Concept) -> bool:
    """Whether the phrase and the concept's label share a word that says which idea is meant
    ("environment" of "environment consistency" and "environments versioning"), not only a word any
    part of the framework uses ("model" of "model performance" and "model training")."""
    return any(w not in _PLAIN for w in _stems(item) & _stems(c.label))


def _also_called(c: Concept, item: str) -> None:
    """A short name the guide gives a concept elsewhere ("environment consistency" for the framework's
    "environments") becomes one of its aliases and part of its description."""
    name = re.sub(r"(?<=\w)-(?=\s|$)", "", _phrase_label(item)).strip(" .'\"")  # "cloud-[specific] registries"
    words = name.split()
    if c.kind != "concept" or not 2 <= len(words) <= 3 or name.lower() in {a.lower() for a in [c.label, *c.aliases]}:
        return
    c.aliases.append(name)
    c.description = _clip(f"{c.description.rstrip('.')}: {name}.")


def _with_stage_tools(draft: Draft, ids: list[str], *, members: bool = False) -> list[str]:
    """Concept ids and the tools of their stages: naming the stage's tool is evidence it was covered.
    ``members``: every concept of those stages (the red flag is about that part of the answer)."""
    stages = {c.stage for c in draft.concepts if c.id in ids and c.kind == "concept"}
    more = [c.id for c in draft.concepts if c.stage in stages and c.kind != "signal"
            and (members or c.kind == "tool") and _illustrates(c, ids)]
    return list(dict.fromkeys(ids + more))


def _illustrates(c: Concept, ids: list[str]) -> bool:
    """Whether naming ``c`` shows one of ``ids`` was covered: any concept of the stage does, a tool only
    when it illustrates one of them (a product listed before any idea, "tools like Jenkins", shows none
    in particular); the catalogue of other products never."""
    if c.kind != "tool" or c.id in ids:
        return True
    return not c.id.startswith("other-tools") and c.owner in ids


def _gap(ids: list[str], stages: list[str], draft: Draft, *, each: bool = False) -> dict:
    """Missing or denied: all of ``ids`` missing (or, ``each``, any one of them), a stage missing, or a denial."""
    alts: list[dict] = []
    concept_ids = [i for i in ids if _kind(draft, i) != "tool"]
    tool_ids = [i for i in ids if _kind(draft, i) == "tool"]
    if each:
        alts += [{"missing_all": _with_stage_tools(draft, [i])} for i in concept_ids]
        if stages:
            alts.append({"missing_stages_any": stages})
    elif ids or stages:
        alts.append({"missing_all": ids if not concept_ids and not stages else _side(draft, ids, stages)})
    denied = concept_ids or tool_ids
    if denied and not concept_ids and len(tool_ids) > 1:
        # "tools like DVC, MLflow, or …": the products are examples, so "we didn't use DVC" is no gap
        # while another of them is named ("… the models go into MLflow")
        alts.append({"negated_any": denied, "missing_all": denied})
    elif denied:
        alts.append({"negated_any": denied})
    return alts[0] if len(alts) == 1 else {"any_of": alts}


def _stage_members(draft: Draft, stages: Iterable[str]) -> list[str]:
    stages = set(stages)
    return [c.id for c in draft.concepts
            if c.stage in stages and c.kind != "signal" and not c.id.startswith("other-tools")]


def _side(draft: Draft, ids: list[str], stages: list[str]) -> list[str]:
    """Everything that shows one side of a red flag was said: its concepts, their stage-mates and the
    members of the stages it names. Steps the framework lists side by side ("adding steps for data
    validation, model training, model evaluation…") are not each other's evidence: a concept that is
    one of several listed in its sentence brings only what it lists and its own tools."""
    listed = [i for i in ids if _sibling(draft, i)]
    rest = [i for i in ids if i not in listed]
    return list(dict.fromkeys(_family(draft, listed) + _with_stage_tools(draft, rest, members=True)
                              + _stage_members(draft, stages)))


def _sibling(draft: Draft, cid: str) -> bool:
    """Whether the concept is one item of a list of ideas in its sentence of the framework."""
    c = next((c for c in draft.concepts if c.id == cid), None)
    if c is None or c.kind != "concept" or c.parent:
        return False
    mates = [m for m in draft.concepts if m.kind == "concept" and m.stage == c.stage and not m.parent
             and m.source == c.source]
    return len(mates) >= 3


def _family(draft: Draft, ids: list[str]) -> list[str]:
    """``ids``, the concepts their parentheses listed, and the tools that illustrate any of them."""
    family = list(ids) + [c.id for c in draft.concepts if c.parent in ids and c.kind == "concept"]
    return list(dict.fromkeys(family + [c.id for c in draft.concepts if c.kind == "tool" and c.owner in family]))


def _named_fully(draft: Draft, phrase: str) -> bool:
    """Whether every item of ``phrase`` names a concept by all of its words (or a tool by name)."""
    def named(item: str) -> bool:
        said = set(content_stems(item))
        return any(kind == 1 or set(content_stems(c.label)) <= said
                   for _, kind, c in _scored_matches(item, draft.concepts, 0.5))

    return all(named(i) for i in _phrase_items(phrase) or [phrase])


#: A framework sentence that spells out the one before it ("… and ML-specific metrics. Detail how you monitor
#: model performance, data quality, data drift…").
_DETAILS = re.compile(r"^\s*(?:detail|elaborate on|describe how|break (?:it|this) down)\b", re.I)


def _detailed(draft: Draft, ids: Iterable[str]) -> list[str]:
    """The ideas of the framework sentence that details the sentence these ideas come from, when that
    next sentence opens as a detail ("Detail how you monitor …"): they are what the ideas consist of, so
    an answer that says them has not left the ideas out."""
    sentences = list(dict.fromkeys(c.source for c in draft.concepts if c.kind == "concept" and c.source
                                   and c.source in draft.framework))
    out: list[str] = []
    for src in {c.source for c in draft.concepts if c.id in ids and c.source in sentences}:
        nxt = sentences.index(src) + 1
        if nxt < len(sentences) and _DETAILS.match(sentences[nxt]):
            out += [c.id for c in draft.concepts if c.kind == "concept" and c.source == sentences[nxt]]
    return out


def _kind(draft: Draft, cid: str) -> str:
    return next((c.kind for c in draft.concepts if c.id == cid), "concept")


def _stage_weights(draft: Draft, ids: Iterable[str], weight: float) -> None:
    for c in draft.concepts:
        if c.id in ids and c.kind == "concept":
            c.weight = max(c.weight, weight)


def red_flag_rule(draft: Draft, text: str) -> tuple[dict, str]:
    """The rule for a red flag and a one-line note on how it was read."""
    low = text.lower()
    alts: list[dict] = []
    notes: list[str] = []
    tools_named = [c for c in draft.concepts if c.kind == "tool"]

    if re.search(r"\bblam\w*|\bownership\b|\bnot my (?:job|fault)\b", low):
        alts.append({"blame_language": True})
        notes.append("blame")
    if _QUANTIFY.search(low) or re.search(r"\bquantifiable\b|\bmeasurable\b|\bnumbers\b|\bmetrics? of (?:impact|success)\b", low):
        alts.append({"no_quantified_impact": True})
        notes.append("no quantified impact")
    if re.search(r"\blist(?:ing|s)? (?:of )?tools\b.*\bwithout\b|\btools? without (?:explain|saying|context)", low):
        alts.append({"tools_unexplained": True})
        notes.append("tools unexplained")
    if re.search(r"\b(?:generic|vague|superficial|surface-level|buzzwords?|high-level only)\b", low):
        alts.append({"generic_only": True})
        notes.append("nothing specific")
        if _WHY.search(low) and tools_named and {"tools_unexplained": True} not in alts:
            # "… or a clear understanding of the 'why' behind each step": products named without what for
            alts.append({"tools_unexplained": True})
            notes.append("or tools named without why")
        if _EXAMPLES.search(low) and {"no_quantified_impact": True} in alts:
            # "generic answers without specific project examples or quantifiable outcomes": without both —
            # an answer that tells a project of its own has an example even with no number in it
            alts.remove({"no_quantified_impact": True})
            alts.append({"missing_all": [_project_example(draft, text).id], "no_quantified_impact": True})
            notes[notes.index("no quantified impact")] = "or no project example and no quantified impact"
    if _ANY_SUBJECT.search(low) and (specific := _specific_products(draft)):
        # "Generic answers that could apply to any cloud platform": none of the framework's own
        # products named (the platform's name alone, "AWS", could be any of them)
        alts.append({"missing_all": specific})
        notes.append("none of the framework's own products named")
    if re.search(r"\bwithout specific tool|\bnot mentioning (?:any )?specific tools?\b|\bno (?:specific )?tools?\b|"
                 r"specific tools? or frameworks|\btool examples\b", low) and tools_named:
        alts.append({"tools_mentioned_below": 1})
        notes.append("no tool named")
    if re.search(r"\bconnect(?:ing)? the stages\b|\bend[- ]to[- ]end\b|\bisolated (?:steps|components|stages)\b|"
                 r"\bbig picture\b", low):
        alts.append({"stages_covered_below": max(1, min(3, (len(draft.stages) + 1) // 2))})
        alts.append({"tools_unexplained": True})  # a list of products connects nothing
        notes.append("too few stages covered, or tools listed without how they connect")
    both = re.search(r"\bboth ([\w -]+?) and ([\w -]+?)\b(?: from| in| of|$|\.)", low)
    if both:
        found = [_targets(draft, both.group(k), text, create=False) for k in (1, 2)]
        sides = [x for x in (_side(draft, ids, sts) for ids, sts in found) if x]
        families = [_family(draft, ids) for ids, _ in found]
        overlap = len(sides) == 2 and set(found[1][0]) <= set(sides[0]) and set(found[0][0]) <= set(sides[1])
        if overlap and all(families) and families[0] != families[1]:
            sides = families  # both sides are parts of one stage: each side is its concept and what it lists
        if len(sides) == 2:
            alts.append({"any_of": [{"missing_all": x} for x in sides]})
        elif sides:
            alts.append({"missing_all": sides[0]})
        notes.append("one side missing")
    if alts and not re.search(r"\bwithout\b(?! (?:specific|any|a clear|explain|saying|context))|\bconfus|\bonly\b|"
                              r"\bsolely\b|\bomit|\bfamiliar|\bexperience with\b", low):
        return (alts[0] if len(alts) == 1 else {"any_of": alts}), "; ".join(notes)

    confused = _CONFUSE.search(text)
    same = _SAME.search(text)
    if confused:
        right, wrong = confused.group(1), re.sub(r"^(?:simply|just|merely)\s+", "", confused.group(2).strip(" ."), flags=re.I)
        right_ids, _ = _targets(draft, right, text, create=False)
        signal = _signal(draft, wrong, text)
        keep = [i for i in right_ids if i != signal.id] or [c.id for c in draft.concepts if c.kind == "concept"][:1]
        rule = {"present_any": [signal.id], "missing_all": keep[:3]}
        _misconception(draft, keep, f"{_sentence_case(_bare(right))} is just {_bare(wrong)}.")
        alts.append(rule)
        notes.append(f"'{wrong}' said without '{right}'")
    elif same:
        without = re.split(r"\bwithout\s+(?:addressing|mentioning|explaining|covering)?\s*", text, flags=re.I)
        lacking: list[str] = []
        if len(without) > 1:
            lacking, _ = _targets(draft, re.sub(r"-specific challenges?|specific", "", without[1]), text)
        concept_ids = [i for i in lacking if _kind(draft, i) == "concept"] or lacking
        # what the framework says sets X apart from Y ("ML CI/CD extends traditional CI/CD by adding steps
        # for data validation, model training, …"): an answer with any of it does not treat them alike
        concept_ids += [i for i in _setting_apart(draft, same.group(1), same.group(2)) if i not in concept_ids]
        if concept_ids:
            alts.append({"missing_all": concept_ids})
        # … or the sameness said in so many words ("it's the same as our software CI/CD"), with nothing of
        # what the flag says is missing
        said = _sameness_signal(draft, same.group(2), text)
        checks = [i for i in lacking if _kind(draft, i) == "concept" and _CHECKING.search(_label(draft, i))]
        alts.append({"present_any": [said.id], "missing_all": checks} if checks else {"present_any": [said.id]})
        _misconception(draft, concept_ids, f"{_sentence_case(_bare(same.group(1)))} is just the same as {_bare(same.group(2))}.")
        notes.append(f"nothing of '{without[1] if len(without) > 1 else same.group(2)}'")
    elif _ONLY.search(text) and _WITHOUT.search(text):
        before, after = _WITHOUT.split(text, maxsplit=1)
        before = re.sub(r"^.*?\b(?:only|solely|just)\b\s*(?:on\s+|mentioning\s+|about\s+)?", "", before, flags=re.I)
        after = re.sub(r"^\s*(?:addressing|mentioning|covering|explaining|discussing|connecting)\s+", "", after, flags=re.I)
        vice = re.search(r",?\s*or vice[- ]versa", after, re.I)
        after = re.split(r",?\s*or vice[- ]versa", after, flags=re.I)[0]
        have, have_st = _targets(draft, before, text, create=False)
        lack, lack_st = _targets(draft, _strip_cues(after), text)
        if have_st:
            have = list(dict.fromkeys(have + _stage_members(draft, have_st)))
        elif have and not _named_fully(draft, before):
            have = []  # "basic services" half-met by "managed services": the gap alone says it
        if not have and not have_st:
            # "infrastructure monitoring": the framework's idea of that kind of work ("traditional system
            # metrics"), as the catalogue knows it
            have = [c.id for c in same_kind(before, draft.concepts)]
        if have:
            mine = set(_family(draft, have))
            lack = [i for i in lack + [c.id for c in same_kind(after, draft.concepts)] if i not in mine]
            lack = list(dict.fromkeys(lack))
        if "stages_covered_below" in str(alts):
            pass
        elif have and (lack or lack_st):
            mine = set(_family(draft, have))
            lacking = [i for i in dict.fromkeys(_side(draft, lack, lack_st) + _detailed(draft, lack)) if i not in mine]
            alts.append({"present_any": have, "missing_all": lacking})
            if vice:
                alts.append({"present_any": lacking, "missing_all": _side(draft, have, [])})
            elif denied := [i for i in lack if _kind(draft, i) == "concept"]:
                alts.append({"negated_any": denied})  # "we never versioned the data"
            notes.append(f"'{before.strip()}' without '{after.strip()}'")
        elif lack or lack_st:
            alts.append(_gap(lack, lack_st, draft))
            notes.append(f"nothing of '{after.strip()}'")
        else:  # "… without the MLOps intersection": without the question's own subject
            subject = [c.id for c in draft.concepts if c.kind == "concept" and c.id not in STAR]
            if subject:
                alts.append({"missing_all": subject, "generic_only": True})
                notes.append(f"none of the question's subject ('{after.strip()}')")
    elif _HANDS_ON.search(low) and (named := _own_products(draft)):
        # "Lack of specific feature knowledge or hands-on experience": none of the products the
        # framework names beyond those the question itself offers ("e.g., AWS SageMaker, GCP Vertex
        # AI") is said, or one is disowned ("I haven't used the feature store")
        alts.append({"any_of": [{"missing_all": named}, {"negated_any": named}]})
        notes.append("none of the framework's own products named")
    else:
        m = _MISSING.match(text)
        what = text[m.end():] if m else text
        what = re.sub(r"^(?:(?:the )?(?:importance|benefits?|value|role|purpose) of|how|what|why)\s+", "", what,
                      flags=re.I)
        what = re.split(r"\s+(?:and their|and its|from a|in an?|for (?:ml|production)|that could)\b", what,
                        flags=re.I)[0]
        aimed = _FOR_LIST.match(what)
        if aimed:  # "automated testing for data quality or model performance": what it is for is the gap
            what = aimed.group(1)
        ids, stages = _targets(draft, what, text, create=not alts)
        if re.search(r"\bfamiliar|\bexperience with\b|\btools? like\b", low):
            tools = [i for i in ids if _kind(draft, i) == "tool"]
            if tools:
                ids = tools + [c.id for c in draft.concepts if c.id.startswith("other-tools")]
        if ids or stages:
            alts.append(_gap(ids, stages, draft, each=bool(re.search(r"\bomit|\bsteps like\b", low))))
            notes.append(f"nothing of '{_strip_cues(what)}'")
            _stage_weights(draft, ids, 1.5)
            if _HOW.search(text):
                # "Inability to describe how alerts are configured": naming the idea or its products
                # without saying how is the flag too
                gap = alts.pop()
                alts += [_no_products(draft, g) for g in gap.get("any_of", [gap])]
                alts += [{"generic_only": True}, {"tools_unexplained": True}]
                notes.append("or said without how")
    if not alts:
        alts.append({"generic_only": True})
        notes.append("could not be tied to a concept: raised when the answer says nothing specific")
    return (alts[0] if len(alts) == 1 else {"any_of": alts}), "; ".join(notes)


def _no_products(draft: Draft, rule: dict) -> dict:
    """A gap of how something is done is not closed by naming a product ("how alerts are configured": an
    answer that says Grafana has not said how): the products leave its ``missing_all``."""
    ideas = [i for i in rule.get("missing_all", ()) if _kind(draft, i) != "tool"]
    return {**rule, "missing_all": ideas} if ideas and "missing_all" in rule else rule


_ANY_SUBJECT = re.compile(r"\b(?:could|would|might|can) (?:apply|be said|work) (?:to|for|about) any\b|\bapply to any\b")
_HOW = re.compile(r"\b(?:inability|unable|failing|failure|not able) to (?:describe|explain|articulate|say) how\b", re.I)
_FOR_LIST = re.compile(r"^(?:on\s+)?(?:automated |automatic )?(?:testing|tests|checks|monitoring|validation)\s+(?:for|of)\s+"
                       r"(.+\s(?:or|and)\s.+)$", re.I)


def _specific_products(draft: Draft) -> list[str]:
    """The framework's own products, less a bare family name that begins another's ("AWS" of "AWS
    SageMaker", "Azure" of "Azure ML"): naming the platform alone is what any answer could say."""
    tools = [c for c in draft.concepts if c.kind == "tool" and not c.id.startswith("other-tools")]
    names = [a.lower() for c in draft.concepts if c.kind == "tool" for a in c.aliases]
    def family(c: Concept) -> bool:
        n = c.label.lower()
        return len(n.split()) == 1 and any(o.startswith(n + " ") for o in names)
    return [c.id for c in tools if not family(c)]


_HANDS_ON = re.compile(r"\bhands[- ]on\b|\bfeature knowledge\b|\bpractical experience\b|\bfirst[- ]hand\b")


def _own_products(draft: Draft) -> list[str]:
    """The products the framework names, but not those the question itself offers as examples."""
    asked = draft.prompt.lower()
    return [c.id for c in draft.concepts if c.kind == "tool" and not c.id.startswith("other-tools")
            and not any(a.lower() in asked for a in c.aliases[:2])]


def _bare(text: str) -> str:
    return re.sub(r"\s*\([^()]*\)", "", text).strip(" .")


#: A red flag asking why each thing is used ("a clear understanding of the 'why' behind each step").
_WHY = re.compile(r"(?:understanding|explanation|sense) of (?:the )?['‘\"]?why\b|\bwhy behind\b|"
                  r"\bunderstanding of (?:their|its|the tools'?) (?:purpose|use|role)\b")
#: A red flag asking for the candidate's own example ("without specific project examples"), not a tool's.
_EXAMPLES = re.compile(r"\b(?:project|specific|concrete|real(?:-world)?|practical|own) (?:project )?examples?\b")
#: How a candidate starts telling a project of their own, in any field.
_OWN_PROJECT = ("for example", "for instance", "in my last project", "in my previous role", "in my last role",
                "at my previous company", "at my last company", "in one project", "on one project", "on a project",
                "I built", "we built", "I set up", "we set up", "I migrated", "we migrated", "I moved", "we moved",
                "I wrote", "I rewrote", "we rewrote", "we had a model", "we have a model", "I was responsible for",
                "I led", "I designed", "we designed")


def _project_example(draft: Draft, why: str) -> Concept:
    """A ``signal`` concept for the candidate telling a project of their own (evidence for the rules,
    no credit): heard in the words a story starts with, never by meaning (any talk of the work sounds
    like a project)."""
    return _add_signal(draft, "project-example", "A specific project example", _OWN_PROJECT,
                       "A real project of the candidate's own, told with what was built and why.", why,
                       stage=draft.stages[-1] if draft.stages else "answer", reuse=True)


#: An idea that checks the work (what most sets ML work apart from the software it is "the same as").
_CHECKING = re.compile(r"\b(?:validat\w*|evaluat\w*|quality|test\w*|checks?|bias)\b", re.I)


def _label(draft: Draft, cid: str) -> str:
    return next((c.label for c in draft.concepts if c.id == cid), "")


#: Saying the work is like the rest, whatever it is compared with ("a model is an artifact like any other
#: binary", "it's basically the same pipeline as the web app", "the model is just another service").
_SAMENESS = ("like any other", "just another", "no different from", "no different to", "not really different from",
             "isn't really different from", "isn't any different from", "isn't different from", "same pipeline as",
             "same process as", "same stages as", "same stages our", "the same way as", "exactly like",
             "treat the model like", "treating the model like", "treat models like", "same as any other")


def _sameness_signal(draft: Draft, other: str, why: str) -> Concept:
    """A ``signal`` concept for saying the work is the same as ``other`` ("software CI/CD"): "the same as
    software CI/CD", "just like regular software", "no different from any other software"."""
    bare = _bare(other).strip()
    head = bare.split()[0] if bare else bare
    forms = [f"{lead} {mod}{x}" for x in dict.fromkeys((bare, head)) if x
             for lead in ("same as", "just like", "no different from", "no different to", "identical to",
                          "like any other", "exactly like")
             for mod in ("", "regular ", "normal ", "our ", "any other ")]
    forms += list(_SAMENESS)
    label = f"the same as {bare}"
    return _add_signal(draft, "same-as-" + slug(bare, words=3), label, forms,
                       f"Saying it is {label}, as if nothing set it apart.", why)


def _signal(draft: Draft, phrase: str, why: str) -> Concept:
    """A phrase that is evidence for a red flag only ("simply having backups")."""
    label = _bare(phrase)
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", label) if w.lower() not in _STOP and w.lower() not in
             ("simply", "having", "just", "merely", "using", "doing")]
    return _add_signal(draft, slug(label, words=3), label, [label] + words[-2:],
                       f"Saying {label}, as if that were all there is to it.", why)


def _misconception(draft: Draft, ids: list[str], belief: str) -> None:
    for c in draft.concepts:
        if c.id in ids[:1] and c.kind == "concept" and belief not in c.misconceptions:
            c.misconceptions.append(_clip(belief))


def _with_kin(rule: dict, kinds: dict[str, str]) -> dict:
    """A gap over an idea is not shown where the answer gives another of the framework's ideas of the
    same kind of work: "model quality checks" missing while "model evaluation" (the catalogue's same
    kind) is said is no gap. ``kinds``: concept id → its kind's name."""
    out = dict(rule)
    if "any_of" in out:
        out["any_of"] = [_with_kin(r, kinds) for r in out["any_of"]]
    if out.get("missing_all"):
        wanted = {kinds[i] for i in out["missing_all"] if i in kinds}
        out["missing_all"] = list(out["missing_all"]) + [i for i, k in kinds.items()
                                                         if k in wanted and i not in out["missing_all"]]
    return out


def red_flag_table(draft: Draft, item: GuideItem, taken: set[str]) -> dict:
    rule, note = red_flag_rule(draft, item.text)
    kinds = {c.id: k.names[0] for c in draft.concepts if c.kind == "concept" and (k := kind_for(c.label))}
    rule = _with_kin(rule, kinds)
    return {"id": _unique(item.id or slug(item.text), taken), "text": item.text, "rule": rule,
            "_note": f"read as: {note}" if note else ""}


# ----------------------------------------------------------------------------- follow-ups

_REFLECTIVE = re.compile(r"\b(?:differently|biggest learning|learn(?:ed|t)? from|lesson|again|looking back|"
                         r"in hindsight|improve next time)\b", re.I)


#: Where a follow-up's closing phrase starts when it may only restate the setting ("… in an ML CI/CD
#: pipeline", "… within your CI/CD process", "… building an ML CI/CD pipeline").
_SETTING = re.compile(r"\s+(?:in|within|for|on|across|inside|using|building|when using|when building)\s+", re.I)
#: Words every question of a guide is about, and the places work happens in, which set no topic of their own.
_FIELD = frozenset(stem(w) for w in "ml mlops machine learning ai process processes application applications "
                   "system systems workflow workflows setup".split())
#: "Describe a challenge you faced …", "tell me about a time …": a request for a story of the candidate's own.
_STORY = re.compile(r"^\s*(?:describe|tell me about|give an example of|walk me through)\s+(?:a|an|one)\s+"
                    r"(?:time|challenge|situation|case|project|problem|incident)\b", re.I)
_STORY_WORDS = frozenset(stem(w)[:8] for w in "time times situation incident faced face overcame overcome had went wrong hardest".split())


def _own_topic(draft: Draft, topic: str) -> str:
    """The follow-up's topic without the setting the main question already names: "the key metrics you
    monitor in an ML CI/CD pipeline" asked after "How do you implement CI/CD pipelines…" is about the
    metrics, not about CI/CD (which would tie it to the question's CI tools and make it fit every answer).
    Each clause ("…, and how you overcame it") loses its own closing phrase, the last one first."""
    subject = set(content_stems(draft.prompt)) | _FIELD
    clauses = re.split(r"(,?\s+and\s+(?=how|what|why|when|which)|\?)", topic, flags=re.I)
    for i in range(0, len(clauses), 2):
        clause = clauses[i]
        while cuts := [m.start() for m in _SETTING.finditer(clause)]:
            tail = clause[cuts[-1]:]
            if not set(content_stems(re.sub(_SETTING, " ", tail, count=1))) <= subject:
                break
            clause = clause[:cuts[-1]]
        clauses[i] = clause
    return "".join(clauses)


def follow_up_table(draft: Draft, item: GuideItem, taken: set[str], reflective_used: bool) -> tuple[dict, bool]:
    text = item.text
    fid = _unique(item.id or slug(first_clause(text), words=4), taken)
    topic = re.sub(r"^\s*(?:how|what|why|when|which|can|could|would|do|does|did|describe|tell me about|explain|walk "
                   r"me through)\b", "", text, flags=re.I)
    topic = _own_topic(draft, topic)
    story = _STORY.search(text) is not None
    if story and not _stems(topic) - _STORY_WORDS:  # a story about nothing the framework names
        ids, stages = [], []
    else:
        ids, stages = _targets(draft, topic, text, create=False)
    if not ids and not story:
        found = match_concepts(topic, draft.concepts, min_share=0.5)
        ids = _ids(found[:3])
    ids = [i for i in ids if _kind(draft, i) != "signal"][:4]
    # telling people outside engineering about the work is no idea of the framework's, whatever words it
    # shares with one ("technical challenges and solutions" is not the STAR action): it deepens a story
    # that did technical work, as an interviewer asks it, not a gap to open on a weak answer
    telling = draft.kind == "behavioral" and bool(re.search(r"\bstakeholder|\bcommunicat", text, re.I))
    if telling:
        ids, stages = [], []
    behavioral = bool(re.match(r"^\s*(?:describe a time|tell me about a time|describe a challenge|give an example of a time)",
                               text, re.I)) or draft.kind == "behavioral" and bool(_REFLECTIVE.search(text))
    if ids or stages:
        alts: list[dict] = []
        if ids:  # a product the candidate did not name is no gap to ask about, only one named is a claim
            alts.append({"present_any": ids})
            if ideas := [i for i in ids if _kind(draft, i) != "tool"]:
                alts.append({"missing_all": ideas})
            negatable = [i for i in ids if _kind(draft, i) == "concept"]
            if negatable:
                alts.append({"negated_any": negatable})
        if stages:
            alts.append({"missing_stages_any": stages})
        if behavioral:  # "Describe a time you had to roll back…": asked about what was claimed
            alts = [a for a in alts if "present_any" in a] or alts
        trigger = alts[0] if len(alts) == 1 else {"any_of": alts}
        how = f"topic in the framework: {', '.join(ids + stages)}"
    elif _REFLECTIVE.search(text) and not reflective_used:
        trigger, how = {"always": True}, "a reflective question: the fallback when no other fits"
        reflective_used = True
    else:
        trigger = {"any_of": [{"generic_only": True}, {"no_quantified_impact": True}]}
        how = "topic not in the framework: asked when the answer stays generic or unquantified"
        if story and draft.kind != "behavioral":  # "Describe a challenge you faced building …": a real story
            few = max(2, (len(draft.stages) + 1) // 2)  # an answer that touched fewer than half the framework
            trigger = {"any_of": [{"generic_only": True}, {"tools_unexplained": True}, {"stages_covered_below": few}]}
            how = ("a story of the candidate's own: asked when the answer stays generic, lists tools or covers "
                   "little of the framework")
        elif draft.kind != "behavioral":
            trigger = {"generic_only": True}
            how = "topic not in the framework: asked when the answer stays generic"
        if telling and (work := [c.id for c in draft.concepts if c.kind == "concept" and c.id not in STAR]):
            trigger = {"present_any": work}
            how = "telling others about the work: asked of a story that did the framework's technical work"
    concepts = _follow_up_concepts(draft, text, ids, fid)
    fu: dict[str, Any] = {"id": fid, "text": text, "trigger": trigger}
    if behavioral:
        fu["kind"] = "behavioral"
    fu["stages"] = ["answer"]
    fu["concept"] = [c.table() for c in concepts]
    fu["_note"] = how
    return fu, reflective_used


def _follow_up_concepts(draft: Draft, text: str, ids: list[str], fid: str) -> list[Concept]:
    """The follow-up's own concepts: each clause of its question, and the main concepts it is about."""
    out: list[Concept] = []
    taken: set[str] = set()
    clauses = [c for c in re.split(r",?\s+and\s+(?=how|what|why|when|which|its|their)|\?\s*", text, flags=re.I) if c.strip()]
    for clause in clauses:
        label = _phrase_label(re.sub(r"^\s*(?:how|what|why|when|which|can|could|would|do|does|did|describe|tell me "
                                     r"about|explain|walk me through)\b\s*(?:do you|did you|are|is|was|would you|"
                                     r"you|the|a)?\s*", "", clause, flags=re.I))
        if not content_stems(label):
            continue
        cid = _unique(slug(label, words=4), taken)
        out.append(Concept(cid, label[:80], "answer", _aliases_for(label[:80]),
                           _describe(label, "", f"What a good answer to '{_clip(text, 200)}' explains"), 1.0))
    for c in draft.concepts:
        if c.id in ids and c.kind in ("concept", "tool"):
            out.append(Concept(_unique(c.id, taken), c.label, "answer", list(c.aliases), c.description,
                               c.weight, c.kind, list(c.examples), list(c.misconceptions)))
    if not out:
        out.append(Concept("answer", _clip(text, 80), "answer", _aliases_for(text[:60]), _clip(text), 1.0))
    return out
