"""Products named in a guide for `questions import`: found in the text, spoken forms, and tool concepts.

A product the framework names becomes a ``tool`` concept in the stage where it is named and an alias of
the concept it illustrates (:func:`add_tools`); :data:`KNOWN_TOOLS` lets an answer built on other
products still count as naming tools.
"""

from __future__ import annotations

import re

from .guide_catalogue import add_kind_products, kind_for
from .guide_draft import Concept, Draft, match_concepts
from .guide_parse import GuideQuestion
from .guide_text import _clip, content_stems, slug, _unique
from .products import KNOWN_TOOLS
from .products import KNOWN as _KNOWN

#: Capitalised words that are not products.
_NOT_TOOLS = frozenset(
    """ml mlops ai ci cd ci/cd iac star cpu gpu api apis a/b ab x f1 f1-score kpi kpis sla slo us etl llm llms
    situation task action result e.g i ie eg the a an it we you if when how what why for in on at start then
    explain discuss detail mention provide choose use describe quantify emphasize emphasise highlight cover
    infrastructure code data model models ok sre sli slis slos rto rpo sql tb gb pb ms p99 p95 dr qa ui ux
    """.split()
)
_VENDORS = ("AWS", "GCP", "Google Cloud", "Azure", "Amazon", "Google")


_TOOL_CHUNK = re.compile(
    r"(?<![A-Za-z0-9])((?:[A-Z0-9][A-Za-z0-9.&+#-]*|[a-z]+[A-Z][A-Za-z0-9]*)(?:[ /](?:[A-Z0-9][A-Za-z0-9.&+#-]*|[a-z]+[A-Z][A-Za-z0-9]*))*)")
_LIST_CONTEXT = re.compile(r"(?:\(|\blike\s|\bwith\s|e\.g\.,?\s|\bsuch as\s|\busing\s|\bvia\s|\bor\s|\band\s|,\s|/)$",
                           re.I)


def _looks_like_product(word: str) -> bool:
    return bool(re.search(r"[a-z][A-Z]|[A-Z]{2,}|\d", word)) and word.lower() not in _NOT_TOOLS


def tools_in(text: str) -> list[str]:
    """Product names in ``text``, in order: capitalised names in a list context (in parentheses,
    after "like", "with", "e.g.", "such as", "using", in a list) or with an inner capital or digit."""
    found: list[str] = []
    for m in _TOOL_CHUNK.finditer(text):
        chunk = re.split(r"\.\s", m.group(1))[0].strip(" .-/")
        before = text[: m.start()]
        sentence_start = not before.strip() or bool(re.search(r"[.!?:]\s*$", before))
        for name in chunk.split("/"):
            words = name.split()
            # trailing common nouns are not part of the name ("Docker images" → "Docker")
            while words and words[-1].lower() in _NOT_TOOLS | {"images", "image", "environments", "environment"}:
                words.pop()
            while words and words[0].lower() in _NOT_TOOLS and not _looks_like_product(words[0]):
                words.pop(0)
            if not words:
                continue
            name = " ".join(words).strip(".,")
            name = re.sub(r"-(?:specific|based|native|driven|only|level|grade)$", "", name)
            low = name.lower()
            if low in _NOT_TOOLS or len(name) < 2 or re.fullmatch(r"[\d.,%+-]+(?:th|st|nd|rd|s|x|k|ms)?", low):
                continue
            listed = bool(_LIST_CONTEXT.search(before[-12:])) and not sentence_start
            known = low in _KNOWN
            if listed or known or any(_looks_like_product(w) for w in words):
                if sentence_start and len(words) == 1 and not _looks_like_product(words[0]) and not known:
                    continue
                found.append(name)
    return list(dict.fromkeys(found))


#: Products better known by their managed offerings or short names ("we run on EKS" names Kubernetes).
FAMILIES = {
    "kubernetes": ["K8s", "EKS", "GKE", "AKS", "kubectl", "Helm"],
    "docker": ["Dockerfile", "Docker image", "Docker images"],
    "git": ["GitHub", "GitLab", "Bitbucket"],
    "terraform": ["Terraform modules", "OpenTofu"],
    "prometheus": ["PromQL"],
}


def spoken_forms(name: str) -> list[str]:
    """How a product name is said and heard: "MLflow" → "ML flow", "DVC" → "D V C",
    "SageMaker" → "Sage Maker", "AWS SageMaker" → "SageMaker"; and its family ("Kubernetes": EKS…)."""
    forms = [name] + FAMILIES.get(name.lower(), [])
    for vendor in _VENDORS:
        if name.startswith(vendor + " ") and len(name) > len(vendor) + 3:
            forms.append(name[len(vendor) + 1:])
    more = []
    for f in forms:
        split = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z]{2})(?=[a-z]{3,})", " ", f)
        if split != f:
            more.append(split)
        if re.fullmatch(r"[A-Z]{2,4}", f):
            more.append(" ".join(f))
        if re.search(r"\d", f):
            digits = {"3": "three", "2": "two", "8": "eight", "1": "one", "4": "four"}
            more.append(re.sub(r"\d", lambda d: " " + digits.get(d.group(0), d.group(0)), f).strip())
    return list(dict.fromkeys(forms + more + _component(name)))


def _component(name: str) -> list[str]:
    """The part of a product's offering a name says in ordinary words: "SageMaker Feature Store" →
    "feature store" (so "our Vertex feature store" says that kind of component too)."""
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        if head.lower() in _KNOWN or head in _VENDORS or any(head.startswith(v + " ") for v in _VENDORS):
            rest = words[k:]
            if all(w[:1].isupper() and w[1:].islower() for w in rest):  # "Feature Store", not "CI" or "ML"
                return [" ".join(rest).lower()]
    return []






def add_tools(draft: Draft, gq: GuideQuestion, where: dict[str, str]) -> None:
    """A tool concept for every product the framework names, in the stage where it is named, and the
    product as an alias of the concept it illustrates."""
    ids = {c.id for c in draft.concepts}
    seen: dict[str, Concept] = {}
    sources = list(dict.fromkeys([c.source for c in draft.concepts if c.source] + list(where)))
    for source in sources:
        for name in tools_in(source):
            if name.lower() in seen:
                continue
            owner = _owner_of(name, source, draft.concepts)
            stage = owner.stage if owner else where.get(source) or next(
                (c.stage for c in draft.concepts if c.source == source), draft.stages[0])
            # no description: "DVC, a product used for data versioning" would sound as the idea it
            # illustrates, and two concepts too alike credit neither by meaning (the name is matched by words)
            t = Concept(_unique(slug(name, words=3), ids), name, stage, spoken_forms(name), "", 0.5, "tool",
                        source=source, owner=owner.id if owner else "")
            seen[name.lower()] = t
            draft.concepts.append(t)
            if owner is not None:
                owner.aliases += [a for a in spoken_forms(name) if a not in owner.aliases]
    # products named only in the prompt or the red flags count as tools of the closest stage
    for name in tools_in(" ".join([gq.prompt] + [r.text for r in gq.red_flags])):
        if name.lower() in seen or any(name.lower() == a.lower() for c in draft.concepts for a in c.aliases):
            continue
        owner = _closest(name, draft)
        t = Concept(_unique(slug(name, words=3), ids), name, owner.stage if owner else draft.stages[0],
                    spoken_forms(name), f"{name}, a product named in the question.", 0.5, "tool", source=gq.prompt)
        seen[name.lower()] = t
        draft.concepts.append(t)
    add_kind_products(draft)  # and the products of each concept's kind of work ("data versioning": DVC…)
    # every other well-known product: naming one is naming a tool, even one the guide does not list
    said = {a.lower() for c in draft.concepts for a in c.aliases}
    others = [t for t in KNOWN_TOOLS if t.lower() not in said]
    tool_stages = [c.stage for c in draft.concepts if c.kind == "tool"]
    stage = max(dict.fromkeys(tool_stages), key=tool_stages.count) if tool_stages else draft.stages[-1]
    if others and draft.kind != "behavioral" or others and tool_stages:
        draft.concepts.append(Concept(_unique("other-tools", ids), "other named tools", stage, others,
                                      "A named product or open-source tool, other than those the guide lists, "
                                      "used for this part of the work.", 0.5, "tool",
                                      source="a catalogue of well-known products"))


def describe_components(draft: Draft) -> None:
    """A product that is a component of a platform the question asks about, of a known kind of work
    ("SageMaker Feature Store" where the question names SageMaker: the platform's feature store), is
    matched by meaning too, as that kind of work: an answer that says "the managed feature table on our
    cloud" has used it. Elsewhere it stays a name ("AWS SageMaker Model Monitor" among the monitoring
    question's tools is an example product, not the idea), and so does a component whose words only
    lean towards a kind ("Model Monitor" is not the catalogue's dashboards of system health). Run after
    the rules are written, which read it as a product; it keeps its id, name and aliases, and takes the
    kind's description and spoken examples.
    Within one question a kind describes one concept only (two concepts with one text could not be told
    apart by meaning), so a kind another concept already carries leaves the product a name."""
    if draft.kind == "behavioral":
        return
    taken = {c.description.split(":", 1)[-1].strip().lower() for c in draft.concepts if c.kind == "concept"}
    for c in draft.concepts:
        parts = _component(c.label) if c.kind == "tool" else []
        kind = kind_for(parts[0]) if parts else None
        if kind is not None and not any(content_stems(n) == content_stems(parts[0]) for n in kind.names):
            kind = None  # only a component the kind names as it is ("feature store"; not "model monitor")
        platform = c.label[: len(c.label) - len(parts[0])].split() if parts else []
        asked = bool(platform) and re.search(rf"(?i)\b{re.escape(platform[-1])}\b", draft.prompt) is not None
        if kind is None or not asked or not kind.description:
            continue
        text = kind.description[:1].lower() + kind.description[1:]
        if text in taken:
            continue
        taken.add(text)
        c.kind = "concept"
        c.description = _clip(f"{c.label}, the platform's {parts[0]}: {text}")
        c.examples = list(kind.examples)


def _owner_of(name: str, source: str, concepts: list[Concept]) -> Concept | None:
    """The concept whose phrase holds ``name`` in its parentheses or right before it ("tracking with MLflow")."""
    at = source.find(name)
    if at < 0:
        return None
    best, best_d = None, 10**6
    for c in concepts:
        if c.kind != "concept" or c.source != source:
            continue
        said = [m.start() for m in re.finditer(rf"(?i)(?<![\w-]){re.escape((c.anchor or c.label)[:25])}",
                                               source[:at + 1])]
        if not said:
            continue
        pos = said[-1]
        d = at - pos
        if d < best_d:
            best, best_d = c, d
    return best


def _closest(phrase: str, draft: Draft) -> Concept | None:
    found = match_concepts(phrase, draft.concepts)
    return found[0] if found else next((c for c in draft.concepts if c.kind == "concept"), None)
