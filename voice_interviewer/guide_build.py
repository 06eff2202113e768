"""Turning a read guide (:mod:`voice_interviewer.guide_parse`) into a question bank a person can review.

Pure: a :class:`~voice_interviewer.guide_parse.Guide` in, bank tables (plain dicts in the shape
``questions/README.md`` documents) and commented TOML out. Nothing here is tuned to one guide; each
step follows the guide's own wording:

* **Stages and concepts** come from the answer framework. A sentence that lists three or more parts
  ("Start with data ingestion (…), then model training (…), …") makes each part a stage, and what
  the part's parentheses hold its concepts; any other sentence is one stage whose listed items are
  its concepts. A behavioural question (STAR in the framework, "Tell me about a time…") gets the
  stages situation, task, action and result. Every concept gets a plain-words description made of its
  own words and the part it belongs to, since answers are matched to descriptions by meaning; one whose
  label names a common kind of work ("data versioning") is described as that kind, with spoken
  examples, from :mod:`voice_interviewer.guide_catalogue`.
* **Tools** are the product names the text gives (capitalised, in parentheses or after "like",
  "with", "e.g."): each becomes a ``tool`` concept, with its spoken spellings ("MLflow" → "ML flow")
  as aliases, and an alias of the concept it illustrates.
* **Red-flag rules and follow-up triggers** are read from their wording once the concepts exist
  (:mod:`voice_interviewer.guide_rules`); the TOML is written by :mod:`voice_interviewer.guide_toml`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .guide_catalogue import add_kind_descriptions
from .guide_draft import BuiltBank, Concept, Draft
from .guide_parse import Guide, GuideQuestion
from .guide_text import (_INSTRUCTIONS, _QUANTIFY, _STOP, _aliases_for, _clip, _describe, _key_word, _phrase_label,
                         _unique, content_stems, first_clause, head_and_inner, sentences, slug, split_top)
from .guide_tools import _NOT_TOOLS, add_tools, describe_components, spoken_forms, tools_in
from .matching import stem

if TYPE_CHECKING:
    from .meaning import Embedder

__all__ = ["BuiltBank", "Draft", "build_bank", "slug", "to_toml", "tools_in", "spoken_forms"]


def build_bank(guide: Guide, embedder: "Embedder | None" = None) -> BuiltBank:
    """Bank tables for every question of ``guide`` (which must have no errors).

    ``embedder`` (the sentence-embedding seam) lets a red flag or a follow-up find the concepts it is
    about by meaning as well as by shared words ("containerization or orchestration" → the framework's
    "Docker is used to containerize ML models …"); without it, words alone decide."""
    taken_cats: set[str] = set()
    cats: dict[str, str] = {}
    for label in guide.categories:
        base = re.sub(r"\bquestions?\b", "", label, flags=re.I)
        cats[label] = _unique(slug(base, words=3) or "questions", taken_cats)
    taken: set[str] = set()
    drafts = []
    for gq in guide.questions:
        qid = _unique(gq.id or slug(first_clause(gq.prompt)), taken)
        drafts.append(_question(gq, qid, cats[gq.category], embedder))
    return BuiltBank(guide, [(cid, label) for label, cid in cats.items()], drafts)


_STAR_METHOD = re.compile(r"\bSTAR\b(?![- ]schema)")
_BEHAVIOURAL = re.compile(r"\btell me about a time\b|\bdescribe a time\b|\bgive (?:me )?an example of a time\b"
                          r"|\btell me about a (?:challenging|difficult|hard)\b", re.I)
STAR = ("situation", "task", "action", "result")


def _question(gq: GuideQuestion, qid: str, category: str, embedder=None) -> Draft:
    behavioral = bool(_STAR_METHOD.search(gq.framework) or _BEHAVIOURAL.search(gq.prompt))
    if behavioral:
        stages, concepts = _star_concepts(gq)
        where: dict[str, str] = {}
    else:
        stages, concepts, where = _framework_concepts(gq)
    draft = Draft(qid, category, gq.prompt, gq.why, gq.framework, stages, concepts, [], [],
                  "behavioral" if behavioral else "concept", gq.line)
    draft.embedder = embedder
    _drop_shared_words(draft)
    add_tools(draft, gq, where)
    add_kind_descriptions(draft)  # what each kind of work is, in plain words ("data versioning": keeping…)
    _drop_asked_words(draft)
    flag_ids: set[str] = set()
    from .guide_rules import follow_up_table, red_flag_table  # they read the concepts made above

    for item in gq.red_flags:
        draft.red_flags.append(red_flag_table(draft, item, flag_ids))
    _examples_from_follow_ups(draft, gq)
    fu_ids: set[str] = set()
    reflective_used = False
    for item in gq.follow_ups:
        fu, reflective_used = follow_up_table(draft, item, fu_ids, reflective_used)
        draft.follow_ups.append(fu)
    describe_components(draft)
    return draft


_ASKING = re.compile(r"^\s*(?:how|what|why|when|which|can|could|would|do|does|did|describe|tell me about|explain|walk "
                     r"me through)\b\s*(?:do you|did you|would you|are|is|was|you|the|a)?\s*", re.I)


def _examples_from_follow_ups(draft: Draft, gq: GuideQuestion) -> None:
    """A follow-up's topic that names one idea of the framework is another way the guide says that idea
    ("versioning large datasets" of "data versioning"): an example phrasing of it, matched by meaning."""
    from .guide_draft import match_concepts

    for item in gq.follow_ups:
        topic = _phrase_label(_ASKING.sub("", item.text.split("?")[0]))
        found = [c for c in match_concepts(topic, draft.concepts, min_share=0.5) if c.kind == "concept"]
        if len(found) == 1 and len(topic.split()) >= 3 and topic.lower() != found[0].label.lower():
            found[0].examples.append(topic)


def _stage_name(text: str, taken: set[str], tools: frozenset[str] = frozenset()) -> str:
    """A short stage name from a part of the framework: its first few meaningful words (no product names:
    "Terraform or CloudFormation to provision…" is "provision manage cloud")."""
    label = _phrase_label(re.sub(r"\s*\([^()]*\)", "", text))
    words = [w for w in re.findall(r"[A-Za-z0-9/&+-]+", label) if w.lower() not in _STOP or w.lower() in ("ci/cd",)]
    words = [w for w in words if re.sub(r"['’]s$", "", w.lower()) not in tools] or words
    return _unique(" ".join(words[:3]).lower() or "answer", taken, sep=" ")


_LIST_START = re.compile(r"\s(?:for|like|such as|including|with|of|on|as|:)\s", re.I)


def split_lead(sentence: str) -> tuple[str, list[str]]:
    """``(lead, items)``: "ML CI/CD extends … by adding steps for data validation, model training, …" →
    ("ML CI/CD extends … by adding steps for", ["data validation", "model training", …]). The lead is
    what comes before the list in its first part, cut at the last "for", "like", "such as", "with"…"""
    body = _INSTRUCTIONS.sub("", sentence.strip().rstrip("."))
    body = _INSTRUCTIONS.sub("", body)
    items = split_top(body)
    # "…, for example 99.9% of requests…": an example of what came before, not an idea of its own
    items = [i for i in items if not re.match(r"(?i)^(?:for example|for instance|e\.g\.|such as|say)\b", i)]
    both = re.match(r"(?i)^(.+?)\s+both\s+(.+)$", items[0]) if len(items) == 2 else None
    if both and "(" not in both.group(1):  # "monitoring involves tracking both A and B": the pair is the list
        return both.group(1).strip(), [both.group(2).strip(), items[1]]
    if len(items) < 3:
        return "", items
    first = items[0]
    head, _ = head_and_inner(first)
    cuts = list(_LIST_START.finditer(" " + head + " "))
    if len(head.split()) >= 3 and cuts:
        cut = cuts[-1]
        at = cut.start()  # offset in the padded text equals the offset + 1 in head
        lead, rest = head[:at].strip(), head[cut.end() - 1:].strip()
        inner = first[len(head):] if first.startswith(head) else first[first.find("("):] if "(" in first else ""
        items[0] = (rest + " " + inner.strip()).strip()
        return lead, [i for i in items if i]
    return "", items


def _words(text: str) -> int:
    return len(re.sub(r"\s*\([^()]*\)", "", text).split())


def _strip_tools(label: str, tools: list[str]) -> str:
    """"tracking with MLflow" → "tracking"; "latency with Prometheus/Grafana" → "latency"."""
    for name in sorted(tools, key=len, reverse=True):
        label = re.sub(rf"\s*\b(?:with|using|via|in|on|through)\s+{re.escape(name)}(?:\s*(?:/|and|or)\s*[A-Z][\w-]*)*",
                       "", label)
    return label.strip(" ,;:")


def _framework_concepts(gq: GuideQuestion) -> tuple[list[str], list[Concept], dict[str, str]]:
    stages: list[str] = []
    taken_stages: set[str] = set()
    concepts: list[Concept] = []
    ids: set[str] = set()
    all_tools = tools_in(gq.framework + " " + " ".join(gq.framework_items))
    tool_names = {t.lower() for t in all_tools} | {f.lower() for t in all_tools for f in spoken_forms(t)}
    stage_tools = frozenset(t for t in tool_names if " " not in t)
    sentence_stage: dict[str, str] = {}

    def add(label: str, stage: str, context: str, source: str, weight: float = 1.0,
            lead: str = "") -> Concept | None:
        label = _phrase_label(label)
        label = re.sub(r"\s*\([^()]*\)", "", label).strip(" .,;:'\"")
        anchor = label
        label = _strip_tools(label, all_tools)
        if not content_stems(label) or len(label) > 120 or label.lower() in tool_names:
            return None
        rest = label
        for name in sorted(tool_names, key=len, reverse=True):
            rest = re.sub(rf"(?i)(?<![\w-]){re.escape(name)}(?![\w-])", " ", rest)
        if rest.split() != label.split() and not [w for w in content_stems(rest) if w not in _NOT_TOOLS]:
            return None  # a product's name with a word of its kind ("GitLab CI"): a tool, not an idea
        if lead and _words(label) <= 2:  # "versioning for code, data, models" → "code versioning"
            aliases = [f"{label} {lead}", f"{lead} for {label}", f"{lead} the {label}", f"{lead} {label}"]
            aliases += [label] if _words(label) == 1 and _key_word(label) else []  # "environments", not "data"
            label = f"{label} {lead}"
        else:
            aliases = _aliases_for(label)
        cid = _unique(slug(label, words=4), ids)
        c = Concept(cid, label, stage, aliases, _describe(label, stage, context), weight, source=source,
                    anchor=anchor)
        concepts.append(c)
        return c

    def add_inner(head_c: Concept | None, inner: list[str], stage: str, head: str, sentence: str) -> None:
        for x in inner:
            x_label = _strip_tools(_phrase_label(x), all_tools)
            if head_c is not None and _words(x_label) <= 1 and x_label.lower() not in tool_names:
                head_c.aliases.append(x_label)  # "accuracy, precision, recall": ways of saying the head
                continue
            c = add(x, stage, head, sentence, 0.5 if head_c is not None else 1.0)
            if c is not None and head_c is not None:
                c.parent = head_c.id

    items = [s for s in gq.framework_items] or sentences(gq.framework)
    for sentence in items:
        if _QUANTIFY.search(sentence) and not re.sub(_QUANTIFY, "", sentence).strip(" ,.'"):
            continue
        named = re.match(r"^\s*([^:]{2,40}):\s+(.+)$", sentence)
        if named and gq.framework_items:  # "Ingestion: land raw events …" (a framework given as a list)
            stage = _stage_name(named.group(1), taken_stages, stage_tools)
            stages.append(stage)
            head_c = add(named.group(1), stage, named.group(2), sentence, 1.0)
            lead, parts = split_lead(named.group(2))
            if len(parts) >= 2:
                for part in parts:
                    head, inner = head_and_inner(part)
                    c = add(head, stage, named.group(1), sentence, 0.5)
                    add_inner(c, inner, stage, head, sentence)
            continue
        if _QUANTIFY.search(sentence):
            sentence = re.split(r",?\s*(?:and\s+)?quantif", sentence, flags=re.I)[0]
        lead, parts = split_lead(sentence)
        listed = [head_and_inner(p) for p in parts]
        only_tools = listed and all(_strip_tools(_phrase_label(h), all_tools).lower() in tool_names | {""}
                                    for h, _ in listed)
        short = all(_words(h) <= 6 for h, _ in listed)
        if len(listed) >= 3 and short and not only_tools and len(lead.split()) <= 2:
            # an enumeration of the answer's parts: each part is a stage, its parentheses its concepts
            for head, inner in listed:
                stage = _stage_name(f"{head} {lead}" if lead and _words(head) <= 2 else head, taken_stages, stage_tools)
                stages.append(stage)
                head_c = add(head, stage, ", ".join(inner), sentence, 1.0, lead=lead)
                add_inner(head_c, inner, stage, head, sentence)
                if not [c for c in concepts if c.stage == stage]:
                    stages.pop()
            continue
        stage = _stage_name("tools" if only_tools else lead or sentence, taken_stages, stage_tools)
        stages.append(stage)
        sentence_stage[sentence] = stage
        n_before = len(concepts)
        whole = _strip_tools(_phrase_label(re.sub(r"\s*\([^()]*\)", "", sentence)), all_tools)
        if len(listed) >= 2 and not only_tools:
            for head, inner in listed:
                c = add(head, stage, lead or whole, sentence)
                add_inner(c, inner, stage, head, sentence)
        elif not only_tools:
            head, inner = listed[0] if listed else (whole, [])
            c = add(whole if _words(whole) <= 16 else head, stage, "", sentence, 1.0)
            add_inner(c, inner, stage, head, sentence)
        if len(concepts) == n_before and not only_tools:
            stages.pop()
        elif only_tools and not tools_in(sentence):
            stages.pop()
            sentence_stage.pop(sentence, None)
    if not concepts:  # a framework with nothing to list: the whole framework is one idea
        stages = ["answer"]
        concepts.append(Concept("framework", "the answer framework", "answer", _aliases_for(gq.framework[:60]),
                                _clip(gq.framework), 1.0, source=gq.framework))
    return stages, concepts, sentence_stage


_STAR_CUES = {
    "situation": re.compile(r"\b(?:situation|context|project where|faced|describe a (?:project|time|situation))\b", re.I),
    "task": re.compile(r"\b(?:task|goal|challenge|responsib)", re.I),
    "action": re.compile(r"\b(?:action|actions|steps you took|what you did|detail|highlighting)\b", re.I),
    "result": re.compile(r"\b(?:result|outcome|quantif|impact|learned)", re.I),
}
_STAR_TEXT = {
    "situation": ("the situation", "The context of the story: the team, the system and what was at stake."),
    "task": ("the task or challenge", "The problem to solve and what you were responsible for."),
    "action": ("the actions you took", "What you did yourself, step by step, and the technical choices you made."),
    "result": ("the result", "How it turned out, with a measured outcome, and what changed afterwards."),
}
#: How any STAR story says its parts (the same for every guide: they are about story-telling, not a subject).
_STAR_ALIASES = {
    "situation": ["the situation", "at my last company", "at my previous company", "at my previous job",
                  "at my last job", "in my previous role", "in my last role", "our team", "the project",
                  "the company", "we had", "we were", "context", "background"],
    "task": ["the task", "my task", "the goal", "the goal was", "the challenge", "the problem was", "my job was",
             "I was responsible", "I was asked", "we needed to", "I needed to", "I had to"],
    "action": ["I decided", "I built", "I implemented", "I set up", "I introduced", "I designed", "what I did",
               "I wrote", "I added", "I changed", "I led", "I proposed", "I migrated", "I automated", "I moved"],
    "result": ["as a result", "the result", "in the end", "we reduced", "we cut", "improved", "saved", "reduced",
               "went from", "increased", "dropped to", "faster"],
}


def _star_concepts(gq: GuideQuestion) -> tuple[list[str], list[Concept]]:
    stages = list(STAR)
    ids: set[str] = set(STAR)
    concepts = []
    for part in STAR:
        label, desc = _STAR_TEXT[part]
        concepts.append(Concept(part, label, part, _STAR_ALIASES[part], desc, 0.5, source="STAR"))
    for sentence in sentences(gq.framework):
        if re.search(r"\bSTAR\b", sentence):
            continue
        stage = next((p for p in STAR if _STAR_CUES[p].search(sentence)), "action")
        if stage == "situation" and re.search(r"challenge", sentence, re.I):
            stage = "task"
        for m in re.finditer(r"\(([^()]*)\)", sentence):
            body = re.sub(r"^\s*(?:e\.g\.,?|such as|like|for example,?)\s*", "", m.group(1), flags=re.I)
            for item in split_top(body):
                item = item.strip(" '\"")
                if _QUANTIFY.search(sentence) or re.search(r"\d|%|\bX\b", item):
                    continue  # example outcomes are not ideas to cover
                label = _phrase_label(item)
                if not content_stems(label):
                    continue
                cid = _unique(slug(label, words=4), ids)
                concepts.append(Concept(cid, label, stage, _aliases_for(label),
                                        _describe(label, "", _phrase_label(re.sub(r"\s*\([^()]*\)", "", sentence))),
                                        1.0, source=sentence))
    return stages, concepts


def _drop_shared_words(draft: Draft) -> None:
    """A one-word alias that names another stage's concept ("environments" said of the Docker sentence)
    would credit the wrong part of the framework: it is dropped (the concept keeps its label)."""
    owners: dict[str, set[str]] = {}
    for c in draft.concepts:
        for text in [c.label, *c.aliases]:
            owners.setdefault(stem(text.lower()), set()).add(c.stage)
    for c in draft.concepts:
        if c.kind == "concept":
            _keep_one_word_aliases(c, lambda word: owners.get(word, {c.stage}) == {c.stage})


def _drop_asked_words(draft: Draft) -> None:
    """A one-word alias the question itself says ("pipelines" when it asks about CI/CD pipelines,
    "monitor" when it asks how you monitor) is dropped: every answer repeats the question's words,
    which shows nothing. The concept's label and longer names stay."""
    asked = set(content_stems(draft.prompt))
    for c in draft.concepts:
        if c.kind != "signal":
            _keep_one_word_aliases(c, lambda word: word not in asked)


def _keep_one_word_aliases(c: Concept, keep) -> None:
    """Drop the concept's one-word aliases whose stem ``keep`` rejects (its first name and longer
    names always stay)."""
    c.aliases[:] = [a for k, a in enumerate(c.aliases) if k == 0 or " " in a.strip() or keep(stem(a.lower()))]


def to_toml(built: BuiltBank, *, source_name: str = "") -> str:
    """The bank as commented TOML (see :mod:`voice_interviewer.guide_toml`)."""
    from .guide_toml import to_toml as write

    return write(built, source_name=source_name)
