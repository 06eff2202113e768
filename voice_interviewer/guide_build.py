"""Turning a read guide (:mod:`voice_interviewer.guide_parse`) into a question bank a person can review.

Pure: a :class:`~voice_interviewer.guide_parse.Guide` in, bank tables (plain dicts in the shape
``questions/README.md`` documents) and commented TOML out. Nothing here is tuned to one guide; each
step follows the guide's own wording:

* **Stages and concepts** come from the answer framework. A sentence that lists three or more parts
  ("Start with data ingestion (…), then model training (…), …") makes each part a stage, and what
  the part's parentheses hold its concepts; any other sentence is one stage whose listed items are
  its concepts. A behavioural question (STAR in the framework, "Tell me about a time…") gets the
  stages situation, task, action and result. Every concept gets a plain-words description made of its
  own words and the part it belongs to, since answers are matched to descriptions by meaning.
* **Tools** are the product names the text gives (capitalised, in parentheses or after "like",
  "with", "e.g."): each becomes a ``tool`` concept, with its spoken spellings ("MLflow" → "ML flow")
  as aliases, and an alias of the concept it illustrates.
* **Red-flag rules** follow the red flag's wording: "only X without Y" → X present and Y missing;
  "omitting A, B or C" → any of them missing or denied; "lack of / failing to mention / inability
  to explain X" → X missing or denied; "confusing X with Y" → Y said without X (Y becomes a signal and
  "X is just Y" a misconception); "tools … without explaining" → tools unexplained; "generic",
  "vague" → nothing specific; "quantify" → no quantified impact; "blaming" → blame language;
  "both A and B" → a stage missing; "connecting the stages" → too few stages covered.
* **Follow-up triggers** name the main concepts the follow-up's topic words point at, as a gap
  (missing or denied) or a claim (said): the follow-up chooser weighs which. A follow-up whose topic
  is not in the framework is asked when the answer stays generic; a reflective one ("what would you
  do differently", "biggest learning") is the fallback.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from .guide_parse import Guide, GuideItem, GuideQuestion
from .matching import stem

if TYPE_CHECKING:
    from .meaning import Embedder

__all__ = ["BuiltBank", "build_bank", "slug", "to_toml", "tools_in", "spoken_forms"]

MAX_TEXT = 400  # the loader's limit for a description, example or misconception

# ----------------------------------------------------------------------------- words

_STOP = frozenset(
    """a an the and or of to in on at for with by from as is are was were be been being it its this that these
    those there here we i you your they our my their us me them what which who whom when where how why all any
    some each every both few more most other such no nor not only own same than too very can will just do does
    did done have has had having would should could also then else into onto over under about up down out off
    again once use used using like e g eg etc i.e ie such via per vs versus way ways may might must shall
    specific specifically crucial key important clear clearly particular various different typical typically
    perhaps e.g. it's whether while within across between against without through during before after
    """.split()
)
#: Instruction words that open a framework sentence ("Discuss …", "Explain how …"): not part of any concept.
_INSTRUCTIONS = re.compile(
    r"^(?:(?:start|begin|end|finish) (?:with|by)|discuss(?:ing)?|explain(?:ing)?(?: that| how| why| what)?|"
    r"detail(?:ing)?(?: how you(?:'d| would)?| your experience with| the)?|describe(?: how| your| the)?|"
    r"mention(?:ing)?(?: tools like| tools such as)?|provide(?: an| a| specific| concrete)*(?: examples?)?(?: of"
    r"(?: how)?| where| when)?|highlight(?:ing)?|cover(?:ing)?|talk about|outline|show(?: how)?|"
    r"emphasi[sz]e|focus on|walk through|list|name|choose|use|include|address|then|and finally|finally|"
    r"pick|set|derive|agree(?: on)?|define|review|forecast|publish|declare|assign|record|make sure|ensure|"
    r"next|also|first|second|third|lastly)\b[\s,:]*",
    re.I,
)
#: Words that say a sentence is about quantifying the result, which the scorer measures on its own.
_QUANTIFY = re.compile(r"\bquantif(?:y|ying|ied)\b", re.I)
#: Capitalised words that are not products.
_NOT_TOOLS = frozenset(
    """ml mlops ai ci cd ci/cd iac star cpu gpu api apis a/b ab x f1 f1-score kpi kpis sla slo us etl llm llms
    situation task action result e.g i ie eg the a an it we you if when how what why for in on at start then
    explain discuss detail mention provide choose use describe quantify emphasize emphasise highlight cover
    infrastructure code data model models ok sre sli slis slos rto rpo sql tb gb pb ms p99 p95 dr qa ui ux
    """.split()
)
_VENDORS = ("AWS", "GCP", "Google Cloud", "Azure", "Amazon", "Google")


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (no stopwords, no one-letter words)."""
    words = re.findall(r"[A-Za-z][A-Za-z0-9'’-]*", text)
    out = []
    for w in words:
        w = w.lower().replace("’", "'")
        for part in w.split("-"):
            if part and part not in _STOP and len(part) > 1:
                out.append(stem(part))
    return out


def slug(text: str, *, words: int = 5) -> str:
    """An id from text: its first meaningful words, lower case, joined with '-'."""
    found = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", text.replace("'", "").replace("’", ""))]
    keep = [w for w in found if w not in _STOP and w not in _QUESTION_WORDS]
    keep = keep or found or ["item"]
    return "-".join(keep[:words])


_QUESTION_WORDS = frozenset(
    "walk me through tell describe explain give talk share can could would do does did experience".split())


def _unique(ident: str, taken: set[str]) -> str:
    base, n = ident, 2
    while ident in taken:
        ident = f"{base}-{n}"
        n += 1
    taken.add(ident)
    return ident


def _sentence_case(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def _clip(text: str, limit: int = MAX_TEXT) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


# ----------------------------------------------------------------------------- splitting


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph; "e.g.", "i.e." and numbers like "99.9%" do not end one."""
    guarded = re.sub(r"\b(e\.g|i\.e|etc|vs|approx)\.", lambda m: m.group(0).replace(".", "\x00"), text, flags=re.I)
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z'\"(])", guarded)
    return [p.replace("\x00", ".").strip() for p in parts if p.strip()]


def split_top(text: str) -> list[str]:
    """Items of a list at the top level (outside parentheses and quotes): commas, semicolons,
    "then", "and finally", "and", "or"."""
    items, depth, cur, quote = [], 0, [], False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "'" and (i == 0 or not text[i - 1].isalpha()):
            quote = True
        elif ch == "'" and quote and (i + 1 == len(text) or not text[i + 1].isalpha()):
            quote = False
        if depth == 0 and not quote and (ch in ",;" or (text.startswith(" and ", i) and text[:i].rstrip().endswith(")"))):
            if ch == " ":
                i += 5
                items.append("".join(cur))
                cur = []
                continue
            items.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    items.append("".join(cur))
    out = []
    for item in items:
        for piece in re.split(r"\s+(?:and then|then|and finally|finally|as well as)\s+", item):
            out.append(piece)
    cleaned = []
    for piece in out:
        piece = re.sub(r"^\s*(?:and|or|then|and finally|finally|plus|but also)\b\s*", "", piece.strip(), flags=re.I)
        piece = piece.strip(" .;:")
        if piece:
            cleaned.append(piece)
    return cleaned


def _split_and_or(text: str) -> list[str]:
    """"data quality or model performance" → two items; parentheses are kept whole."""
    if "(" in text:
        return [text]
    parts = re.split(r"\s+(?:and|or|and/or)\s+|/", text)
    return [p.strip() for p in parts if p.strip()]


def head_and_inner(item: str) -> tuple[str, list[str]]:
    """("data ingestion/preparation", ["feature engineering", "data versioning"]) from
    "data ingestion/preparation (feature engineering, data versioning)"."""
    inner: list[str] = []
    for m in re.finditer(r"\(([^()]*)\)", item):
        body = re.sub(r"^\s*(?:e\.g\.,?|i\.e\.,?|such as|like|for example,?|including)\s*", "", m.group(1), flags=re.I)
        inner += split_top(body)
    head = re.sub(r"\s*\([^()]*\)", "", item).strip()
    return head, inner


# ----------------------------------------------------------------------------- tools

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
            if listed or any(_looks_like_product(w) for w in words):
                if sentence_start and len(words) == 1 and not _looks_like_product(words[0]):
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
    return list(dict.fromkeys(forms + more))


#: Well-known engineering products, so that an answer built on tools the guide does not name still
#: names tools (the guide's own tools get concepts of their own). One list for every role's guide.
KNOWN_TOOLS = tuple("""
    Airflow Dagster Prefect Luigi Argo Argo Workflows Argo CD Flux Tekton Jenkins CircleCI GitHub Actions GitLab CI
    Buildkite Spinnaker Kubeflow Metaflow ZenML Flyte MLflow Weights & Biases wandb Neptune Comet DVC lakeFS
    Delta Lake Iceberg Hudi Pachyderm Feast Tecton Hopsworks SageMaker Vertex AI Azure ML Databricks Snowflake
    BigQuery Redshift Synapse Spark PySpark Flink Kafka Kinesis Pub/Sub RabbitMQ dbt Great Expectations Soda
    Monte Carlo Fivetran Airbyte Debezium Docker Podman Kubernetes EKS GKE AKS OpenShift Nomad Helm Kustomize
    Terraform Pulumi CloudFormation Ansible Chef Puppet Crossplane Vault Prometheus Grafana Datadog New Relic
    Splunk Elasticsearch Kibana Loki Jaeger OpenTelemetry Honeycomb PagerDuty Opsgenie Sentry CloudWatch
    Evidently WhyLabs Arize Fiddler NannyML Seldon KServe BentoML Ray Ray Serve Triton TorchServe TensorFlow Serving
    ONNX Redis DynamoDB Cassandra Postgres PostgreSQL MySQL MongoDB S3 GCS Azure Blob Lambda Cloud Run Fargate
    Istio Envoy Linkerd Nginx HAProxy k6 Locust JMeter Gatling Chaos Monkey Gremlin LitmusChaos Backstage
""".replace("Argo Workflows", "Argo_Workflows").replace("Argo CD", "Argo_CD").replace("GitHub Actions", "GitHub_Actions")
    .replace("GitLab CI", "GitLab_CI").replace("Weights & Biases", "Weights_&_Biases").replace("Delta Lake", "Delta_Lake")
    .replace("Vertex AI", "Vertex_AI").replace("Azure ML", "Azure_ML").replace("Great Expectations", "Great_Expectations")
    .replace("Monte Carlo", "Monte_Carlo").replace("New Relic", "New_Relic").replace("Ray Serve", "Ray_Serve")
    .replace("TensorFlow Serving", "TensorFlow_Serving").replace("Azure Blob", "Azure_Blob")
    .replace("Cloud Run", "Cloud_Run").replace("Chaos Monkey", "Chaos_Monkey").split())
KNOWN_TOOLS = tuple(t.replace("_", " ") for t in KNOWN_TOOLS)


# ----------------------------------------------------------------------------- the draft


@dataclass
class Concept:
    id: str
    label: str
    stage: str
    aliases: list[str]
    description: str
    weight: float = 1.0
    kind: str = "concept"
    examples: list[str] = field(default_factory=list)
    misconceptions: list[str] = field(default_factory=list)
    source: str = ""  # the guide's words it was made from (a comment in the TOML)

    def table(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "label": self.label, "stage": self.stage, "weight": self.weight}
        if self.kind != "concept":
            out["kind"] = self.kind
        out["description"] = _clip(self.description)
        if self.examples:
            out["examples"] = [_clip(e) for e in self.examples]
        if self.misconceptions:
            out["misconceptions"] = [_clip(m) for m in self.misconceptions]
        out["aliases"] = list(dict.fromkeys(a for a in self.aliases if a.strip()))
        return out


@dataclass
class Draft:
    """One question made checkable, with the notes that become comments."""

    id: str
    category: str
    prompt: str
    why: str
    framework: str
    stages: list[str]
    concepts: list[Concept]
    red_flags: list[dict]
    follow_ups: list[dict]
    kind: str = "concept"
    line: int = 0
    notes: list[str] = field(default_factory=list)
    embedder: Any = None
    _vectors: dict = field(default_factory=dict)

    def near(self, phrase: str, *, threshold: float = 0.5, spread: float = 0.08) -> list[Concept]:
        """Concepts whose label or description is closest in meaning to ``phrase`` (needs the embedder)."""
        if self.embedder is None:
            return []
        pool = [c for c in self.concepts if c.kind == "concept"]
        todo = [c for c in pool if (c.id, c.description) not in self._vectors]
        if todo:
            vecs = self.embedder.embed([f"{c.label}. {c.description}" for c in todo])
            for c, v in zip(todo, vecs):
                self._vectors[(c.id, c.description)] = v
        if not pool:
            return []
        q = self.embedder.embed([phrase])[0]
        sims = sorted(((float(self._vectors[(c.id, c.description)] @ q), c) for c in pool), key=lambda t: -t[0])
        best = sims[0][0]
        return [c for sim, c in sims if sim >= threshold and sim >= best - spread][:3]


@dataclass
class BuiltBank:
    guide: Guide
    categories: list[tuple[str, str]]
    questions: list[Draft]


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
        qid = _unique(gq.id or slug(_first_clause(gq.prompt)), taken)
        drafts.append(_question(gq, qid, cats[gq.category], embedder))
    return BuiltBank(guide, [(cid, label) for label, cid in cats.items()], drafts)


def _first_clause(prompt: str) -> str:
    m = re.match(r"(.+?[?.])(\s|$)", prompt)
    return m.group(1) if m else prompt


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
    _add_tools(draft, gq, where)
    taken = {f"rf:{x}" for x in ()}
    flag_ids: set[str] = set()
    for item in gq.red_flags:
        draft.red_flags.append(_red_flag(draft, item, flag_ids))
    fu_ids: set[str] = set()
    reflective_used = False
    for item in gq.follow_ups:
        fu, reflective_used = _follow_up(draft, item, fu_ids, reflective_used)
        draft.follow_ups.append(fu)
    del taken
    return draft


# ----------------------------------------------------------------------------- framework → concepts


def _phrase_label(text: str) -> str:
    text = _INSTRUCTIONS.sub("", text.strip())
    text = _INSTRUCTIONS.sub("", text)
    text = re.sub(r"^(?:the|a|an|your|how you(?:'d| would)?|how|that|what)\s+", "", text, flags=re.I)
    return text.strip(" .,:;")


def _stage_name(text: str, taken: set[str]) -> str:
    """A short stage name from a part of the framework: its first few meaningful words."""
    label = _phrase_label(re.sub(r"\s*\([^()]*\)", "", text))
    words = [w for w in re.findall(r"[A-Za-z0-9/&+-]+", label) if w.lower() not in _STOP or w.lower() in ("ci/cd",)]
    name = " ".join(words[:3]).lower() or "answer"
    base, n = name, 2
    while name in taken:
        name = f"{base} {n}"
        n += 1
    taken.add(name)
    return name


def _concept_phrases(sentence: str) -> tuple[list[tuple[str, list[str]]], bool]:
    """``([(head, inner items)], enumerates)``: the parts a framework sentence lists, and whether it
    is an enumeration of stages (three or more parts)."""
    body = _INSTRUCTIONS.sub("", sentence.strip().rstrip("."))
    body = _INSTRUCTIONS.sub("", body)
    # "versioning for code (Git), data (DVC), …": the shared lead-in names the idea; the parts follow
    parts = split_top(body)
    out = [head_and_inner(p) for p in parts]
    return out, len(parts) >= 3


DESCRIBE_STAGE = True  # "Data versioning, as part of data ingestion/preparation." (measured: better than the bare label)


def _describe(label: str, stage: str, context: str) -> str:
    """A plain description from the guide's own words: the idea, and the part of the answer it belongs to."""
    label = _sentence_case(label)
    if stage and stage.lower() not in label.lower() and DESCRIBE_STAGE:
        text = f"{label}, as part of {stage}."
    else:
        text = f"{label}."
    context = context.strip()
    if context and context.lower() != label.lower() and len(context.split()) > 12:
        text += f" {_sentence_case(context)}"
        if not text.endswith((".", "?", "!")):
            text += "."
    return _clip(text)


def _aliases_for(phrase: str) -> list[str]:
    """Ways to say a concept phrase: itself, its slash alternatives ("ingestion/preparation"), without
    a leading qualifier."""
    phrase = re.sub(r"\s*\([^()]*\)", "", phrase).strip(" .,;:'\"")
    phrase = re.sub(r"^(?:the|a|an|your|our)\s+", "", phrase, flags=re.I)
    out = [phrase]
    m = re.match(r"^(.*?)(\b\w+)/(\w+\b)(.*)$", phrase)
    if m and phrase.upper() != phrase and "/" not in m.group(4) and not re.fullmatch(r"[A-Z]+/[A-Z]+", m.group(2) + "/" + m.group(3)):
        pre, a, b, post = m.groups()
        out += [f"{pre}{a}{post}".strip(), f"{pre}{b}{post}".strip(), f"{b}{post}".strip(), f"{pre}{a}".strip(),
                a if len(a) >= 6 else ""]
    # a long phrase ("setting up alerts for anomalies and integrating these into a dashboard") is also
    # said by its distinctive words: "alerts", "anomalies", "dashboard", and pairs of them
    words = re.findall(r"[A-Za-z][A-Za-z0-9'-]*", phrase)
    if len(words) >= 4:
        keys = [w for w in words if _key_word(w)]
        out += keys
        out += [f"{a} {b}" for a, b in zip(words, words[1:]) if _key_word(a) and _key_word(b)]
    return [a for a in dict.fromkeys(out) if len(a) >= 2]


#: Words too common in any guide to say which idea is meant on their own.
_PLAIN = frozenset(stem(w) for w in """model models data system systems service services team teams work production
    process processes example examples specific different using used these those exact various across between
    within machine learning solution solutions ensure ensuring provide tools tool approach deploy deployment
    experience project projects things problem problems issue issues trained rather level levels client clients
    quarter spent pause every target targets owner result results""".split())


def _key_word(word: str) -> bool:
    w = word.lower()
    return len(w) >= 5 and w not in _STOP and stem(w) not in _PLAIN and stem(w) not in _GENERIC_WORDS \
        and not w.endswith(("ing", "ly", "ed")) and w not in _VERBS


#: Verbs that open a framework's clauses ("reflect", "measure"): never an idea's name on their own.
_VERBS = frozenset("""reflect reflects measure measures derive derives agree agrees choose pick define review
    build builds track tracks record records publish declare assign write explain detail discuss mention provide
    improve improves reduce reduces increase increases accelerate accelerates integrate integrates ensure makes
    takes handle handles manage manages create creates enable enables allow allows""".split())


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


def _framework_concepts(gq: GuideQuestion) -> tuple[list[str], list[Concept]]:
    stages: list[str] = []
    taken_stages: set[str] = set()
    concepts: list[Concept] = []
    ids: set[str] = set()
    all_tools = tools_in(gq.framework + " " + " ".join(gq.framework_items))
    tool_names = {t.lower() for t in all_tools} | {f.lower() for t in all_tools for f in spoken_forms(t)}
    sentence_stage: dict[str, str] = {}

    def add(label: str, stage: str, context: str, source: str, weight: float = 1.0,
            lead: str = "") -> Concept | None:
        label = _phrase_label(label)
        label = re.sub(r"\s*\([^()]*\)", "", label).strip(" .,;:'\"")
        label = _strip_tools(label, all_tools)
        if not content_stems(label) or len(label) > 120 or label.lower() in tool_names:
            return None
        rest = label
        for name in sorted(tool_names, key=len, reverse=True):
            rest = re.sub(rf"(?i)(?<![\w-]){re.escape(name)}(?![\w-])", " ", rest)
        if not [w for w in content_stems(rest) if w not in _NOT_TOOLS]:
            return None  # a product's name with a word of its kind ("GitLab CI"): a tool, not an idea
        if lead and _words(label) <= 2:  # "versioning for code, data, models" → "code versioning"
            aliases = [f"{label} {lead}", f"{lead} for {label}", f"{lead} the {label}", f"{lead} {label}"]
            label = f"{label} {lead}"
        else:
            aliases = _aliases_for(label)
        cid = _unique(slug(label, words=4), ids)
        c = Concept(cid, label, stage, aliases, _describe(label, stage, context), weight, source=source)
        concepts.append(c)
        return c

    def add_inner(head_c: Concept | None, inner: list[str], stage: str, head: str, sentence: str) -> None:
        for x in inner:
            x_label = _strip_tools(_phrase_label(x), all_tools)
            if head_c is not None and _words(x_label) <= 1 and x_label.lower() not in tool_names:
                head_c.aliases.append(x_label)  # "accuracy, precision, recall": ways of saying the head
                continue
            add(x, stage, head, sentence, 0.5 if head_c is not None else 1.0)

    items = [s for s in gq.framework_items] or sentences(gq.framework)
    for sentence in items:
        if _QUANTIFY.search(sentence) and not re.sub(_QUANTIFY, "", sentence).strip(" ,.'"):
            continue
        named = re.match(r"^\s*([^:]{2,40}):\s+(.+)$", sentence)
        if named and gq.framework_items:  # "Ingestion: land raw events …" (a framework given as a list)
            stage = _stage_name(named.group(1), taken_stages)
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
                stage = _stage_name(f"{head} {lead}" if lead and _words(head) <= 2 else head, taken_stages)
                stages.append(stage)
                head_c = add(head, stage, ", ".join(inner), sentence, 1.0, lead=lead)
                add_inner(head_c, inner, stage, head, sentence)
                if not [c for c in concepts if c.stage == stage]:
                    stages.pop()
            continue
        stage = _stage_name("tools" if only_tools else lead or sentence, taken_stages)
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
        if c.kind != "concept":
            continue
        keep = [a for k, a in enumerate(c.aliases)
                if k == 0 or " " in a.strip() or owners.get(stem(a.lower()), {c.stage}) == {c.stage}]
        c.aliases[:] = keep


def _add_tools(draft: Draft, gq: GuideQuestion, where: dict[str, str]) -> None:
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
            t = Concept(_unique(slug(name, words=3), ids), name, stage, spoken_forms(name),
                        f"{name}, a product used for {owner.label if owner else stage}.", 0.5, "tool",
                        source=source)
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


def _owner_of(name: str, source: str, concepts: list[Concept]) -> Concept | None:
    """The concept whose phrase holds ``name`` in its parentheses or right before it ("tracking with MLflow")."""
    at = source.find(name)
    if at < 0:
        return None
    best, best_d = None, 10**6
    for c in concepts:
        if c.kind != "concept" or c.source != source:
            continue
        pos = source.lower().find(c.label.lower()[:25])
        if pos < 0 or pos > at:
            continue
        d = at - pos
        if d < best_d:
            best, best_d = c, d
    return best


def _closest(phrase: str, draft: Draft) -> Concept | None:
    found = match_concepts(phrase, draft.concepts)
    return found[0] if found else next((c for c in draft.concepts if c.kind == "concept"), None)


# ----------------------------------------------------------------------------- phrase → concepts

_GENERIC_WORDS = frozenset(stem(w) for w in """
    lack limited experience inability ability explain explaining describe describing mention mentioning
    failing fail omitting omit focusing focus only solely addressing address answer answers generic vague
    understanding understand knowledge familiarity importance benefit benefits tool tools framework frameworks
    step steps specific context ml mlop production-grade practical perspective emphasis example examples
    technical detail details challenge challenges approach handle handling manage managing ensure process
    problem problems solution solutions concept role strategy strategies considerations consideration
    choosing choose determine
    """.split())


def _stems(text: str) -> set[str]:
    """Meaningful stems, long ones cut to their first 8 letters so that a word's family meets
    ("containerization" and "containerize", "orchestration" and "orchestrating")."""
    return {s[:8] for s in content_stems(text) if s not in _GENERIC_WORDS}


def match_concepts(phrase: str, concepts: Iterable[Concept], *, min_share: float = 0.5) -> list[Concept]:
    """Concepts a phrase of the guide points at, best first: by the share of the concept label's
    meaningful words (or one alias's) that the phrase uses. Tools match by name. Only the best-scoring
    concepts are returned ("data versioning" is data versioning, not also model versioning)."""
    scored = _scored_matches(phrase, concepts, min_share)
    if not scored:
        return []
    top = scored[0][0]
    return [c for sc, _, c in scored if sc >= top - 1e-9] + [c for sc, _, c in scored if sc < top - 1e-9 and False]


def _scored_matches(phrase: str, concepts: Iterable[Concept], min_share: float) -> list[tuple[float, int, Concept]]:
    want = _stems(phrase)
    low = phrase.lower()
    if not want:
        return []
    scored: list[tuple[float, int, Concept]] = []
    for c in concepts:
        if c.kind == "signal":
            continue
        if c.kind == "tool":
            if any(re.search(rf"(?<![A-Za-z0-9]){re.escape(a.lower())}(?![A-Za-z0-9])", low) for a in c.aliases[:2]):
                scored.append((1.0, 1, c))
            continue
        best = 0.0
        for text in [c.label, *c.aliases[:4]]:
            have = _stems(text)
            if have:
                share = len(have & want) / len(have)
                best = max(best, share * (1.0 if text == c.label else 0.95))
        if best >= min_share:
            scored.append((best, 0, c))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return scored


def match_stage(phrase: str, stages: list[str]) -> str | None:
    want = _stems(phrase)
    for st in stages:
        have = _stems(st)
        if have and have <= want and len(want - have) <= 1:
            return st
    return None


# ----------------------------------------------------------------------------- red flags

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
        found = match_concepts(item, draft.concepts)
        if found:
            top = found[0]
            ids += [c.id for c in found if c.kind == top.kind or c.kind == "tool"][:3]
            continue
        near = draft.near(item)
        if near:
            ids += [c.id for c in near]
        elif create and _stems(item) and draft.embedder is None and len(_stems(item)) <= 2:
            ids.append(_new_concept(draft, item, why).id)
    return list(dict.fromkeys(ids)), list(dict.fromkeys(stages))


def _with_stage_tools(draft: Draft, ids: list[str], *, members: bool = False) -> list[str]:
    """Concept ids and the tools of their stages: naming the stage's tool is evidence it was covered.
    ``members``: every concept of those stages (the red flag is about that part of the answer)."""
    stages = {c.stage for c in draft.concepts if c.id in ids and c.kind == "concept"}
    more = [c.id for c in draft.concepts if c.stage in stages and c.kind != "signal"
            and (members or c.kind == "tool")]
    return list(dict.fromkeys(ids + more))


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
    if denied:
        alts.append({"negated_any": denied})
    return alts[0] if len(alts) == 1 else {"any_of": alts}


MEMBERS = True


def _stage_members(draft: Draft, stages: Iterable[str]) -> list[str]:
    stages = set(stages)
    return [c.id for c in draft.concepts if c.stage in stages and c.kind != "signal"]


def _side(draft: Draft, ids: list[str], stages: list[str]) -> list[str]:
    """Everything that shows one side of a red flag was said: its concepts, their stage-mates and the
    members of the stages it names."""
    return list(dict.fromkeys(_with_stage_tools(draft, ids, members=True) + _stage_members(draft, stages)))


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
    if re.search(r"\bwithout specific tool|\bnot mentioning (?:any )?specific tools?\b|\bno (?:specific )?tools?\b|"
                 r"specific tools? or frameworks|\btool examples\b", low) and tools_named:
        alts.append({"tools_mentioned_below": 1})
        notes.append("no tool named")
    if re.search(r"\bconnect(?:ing)? the stages\b|\bend[- ]to[- ]end\b|\bisolated (?:steps|components|stages)\b|"
                 r"\bbig picture\b", low):
        alts.append({"stages_covered_below": max(1, min(3, (len(draft.stages) + 1) // 2))})
        notes.append("too few stages covered")
    both = re.search(r"\bboth ([\w -]+?) and ([\w -]+?)\b(?: from| in| of|$|\.)", low)
    if both:
        sides = [_targets(draft, both.group(k), text, create=False) for k in (1, 2)]
        sides = [_side(draft, ids, sts) for ids, sts in sides]
        sides = [x for x in sides if x]
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
        ids, _ = _targets(draft, right, text, create=False)
        signal = _signal(draft, wrong, text)
        keep = [i for i in ids if i != signal.id] or [c.id for c in draft.concepts if c.kind == "concept"][:1]
        rule = {"present_any": [signal.id], "missing_all": keep[:3]}
        _misconception(draft, keep, f"{_sentence_case(_bare(right))} is just {_bare(wrong)}.")
        alts.append(rule)
        notes.append(f"'{wrong}' said without '{right}'")
    elif same:
        rest = text[same.end():] if _WITHOUT.search(text[same.start():]) else ""
        without = re.split(r"\bwithout\s+(?:addressing|mentioning|explaining|covering)?\s*", text, flags=re.I)
        ids: list[str] = []
        if len(without) > 1:
            ids, stages = _targets(draft, re.sub(r"-specific challenges?|specific", "", without[1]), text)
        concept_ids = [i for i in ids if _kind(draft, i) == "concept"] or ids
        if concept_ids:
            alts.append({"missing_all": concept_ids})
        _misconception(draft, concept_ids, f"{_sentence_case(_bare(same.group(1)))} is just the same as {_bare(same.group(2))}.")
        notes.append(f"nothing of '{without[1] if len(without) > 1 else same.group(2)}'")
        del rest
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
        if "stages_covered_below" in str(alts):
            pass
        elif have and (lack or lack_st):
            lacking = _side(draft, lack, lack_st)
            alts.append({"present_any": have, "missing_all": lacking})
            if vice:
                alts.append({"present_any": lacking, "missing_all": _side(draft, have, [])})
            notes.append(f"'{before.strip()}' without '{after.strip()}'")
        elif lack or lack_st:
            alts.append(_gap(lack, lack_st, draft))
            notes.append(f"nothing of '{after.strip()}'")
        else:  # "… without the MLOps intersection": without the question's own subject
            subject = [c.id for c in draft.concepts if c.kind == "concept" and c.id not in STAR]
            if subject:
                alts.append({"missing_all": subject, "generic_only": True})
                notes.append(f"none of the question's subject ('{after.strip()}')")
    else:
        m = _MISSING.match(text)
        subject = text[m.end():] if m else text
        subject = re.sub(r"^(?:(?:the )?(?:importance|benefits?|value|role|purpose) of|how|what|why)\s+", "", subject,
                         flags=re.I)
        subject = re.split(r"\s+(?:and their|and its|from a|in an?|for (?:ml|production)|that could)\b", subject,
                           flags=re.I)[0]
        ids, stages = _targets(draft, subject, text, create=not alts)
        if re.search(r"\bfamiliar|\bexperience with\b|\btools? like\b", low):
            tools = [i for i in ids if _kind(draft, i) == "tool"]
            if tools:
                ids = tools + [c.id for c in draft.concepts if c.id.startswith("other-tools")]
        if ids or stages:
            alts.append(_gap(ids, stages, draft, each=bool(re.search(r"\bomit|\bsteps like\b", low))))
            notes.append(f"nothing of '{_strip_cues(subject)}'")
            _stage_weights(draft, ids, 1.5)
    if not alts:
        alts.append({"generic_only": True})
        notes.append("could not be tied to a concept: raised when the answer says nothing specific")
    return (alts[0] if len(alts) == 1 else {"any_of": alts}), "; ".join(notes)


def _bare(text: str) -> str:
    return re.sub(r"\s*\([^()]*\)", "", text).strip(" .")


def _signal(draft: Draft, phrase: str, why: str) -> Concept:
    """A phrase that is evidence for a red flag only ("simply having backups")."""
    label = _bare(phrase)
    ids = {c.id for c in draft.concepts}
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", label) if w.lower() not in _STOP and w.lower() not in
             ("simply", "having", "just", "merely", "using", "doing")]
    aliases = [label] + words[-2:]
    c = Concept(_unique(slug(label, words=3), ids), label, draft.stages[0], list(dict.fromkeys(aliases)),
                f"Saying {label}, as if that were all there is to it.", 1.0, "signal", source=why)
    draft.concepts.append(c)
    return c


def _misconception(draft: Draft, ids: list[str], belief: str) -> None:
    for c in draft.concepts:
        if c.id in ids[:1] and c.kind == "concept" and belief not in c.misconceptions:
            c.misconceptions.append(_clip(belief))


def _red_flag(draft: Draft, item: GuideItem, taken: set[str]) -> dict:
    rule, note = red_flag_rule(draft, item.text)
    return {"id": _unique(item.id or slug(item.text), taken), "text": item.text, "rule": rule,
            "_note": f"read as: {note}" if note else ""}


# ----------------------------------------------------------------------------- follow-ups

_REFLECTIVE = re.compile(r"\b(?:differently|biggest learning|learn(?:ed|t)? from|lesson|again|looking back|"
                         r"in hindsight|improve next time)\b", re.I)


def _follow_up(draft: Draft, item: GuideItem, taken: set[str], reflective_used: bool) -> tuple[dict, bool]:
    text = item.text
    fid = _unique(item.id or slug(_first_clause(text), words=4), taken)
    topic = re.sub(r"^\s*(?:how|what|why|when|which|can|could|would|do|does|did|describe|tell me about|explain|walk "
                   r"me through)\b", "", text, flags=re.I)
    ids, stages = _targets(draft, topic, text, create=False)
    if not ids:
        found = match_concepts(topic, draft.concepts, min_share=0.5)
        ids = _ids(found[:3])
    ids = [i for i in ids if _kind(draft, i) != "signal"][:4]
    behavioral = bool(re.match(r"^\s*(?:describe a time|tell me about a time|describe a challenge|give an example of a time)",
                               text, re.I)) or draft.kind == "behavioral" and bool(_REFLECTIVE.search(text))
    if ids or stages:
        alts: list[dict] = []
        if ids:
            alts += [{"present_any": ids}, {"missing_all": ids}]
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
        if draft.kind == "behavioral" and re.search(r"\bstakeholder|\bcommunicat", text, re.I):
            trigger = {"any_of": [{"generic_only": True}, {"missing_stages_any": ["result"]}]}
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


# ----------------------------------------------------------------------------- TOML


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v) if not isinstance(v, float) or not v.is_integer() else str(int(v)) if False else repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def _kv(key: str, value: Any) -> str:
    return f"{key} = {_value(value)}"


def to_toml(built: BuiltBank, *, source_name: str = "") -> str:
    """The bank as commented TOML: every generated part says which words of the guide it came from."""
    g = built.guide
    out = [
        f"# Imported from {source_name or g.path} by `voice-interviewer questions import`.",
        "#",
        "# prompt / why / framework / red_flag.text / follow_up.text are the guide's own words. Everything",
        "# else was derived from them and is meant to be reviewed: concepts from the framework's parts (their",
        "# descriptions are what answers are matched against by meaning), tools from the product names in the",
        "# text, red-flag rules from each red flag's wording, follow-up triggers from each follow-up's topic.",
        "# Then run `voice-interviewer questions lint` (mis-hearings, overlaps, rules that cannot fire) and",
        "# `voice-interviewer questions check`. See questions/README.md.",
        "",
    ]
    for cid, label in built.categories:
        out += ["[[category]]", _kv("id", cid), _kv("label", label), ""]
    for q in built.questions:
        out += [f"# {'=' * 72} {q.id}", f"# {g.path}:{q.line}", "[[question]]", _kv("id", q.id),
                _kv("category", q.category), 'source = "guide"']
        if q.kind == "behavioral":
            out.append('kind = "behavioral"')
        out += [_kv("prompt", q.prompt), _kv("why", q.why), _kv("framework", q.framework),
                _kv("stages", q.stages), ""]
        for c in q.concepts:
            if c.source:
                out.append(f"# from: {_clip(c.source, 150)}")
            out += ["[[question.concept]]"] + [_kv(k, v) for k, v in c.table().items()] + [""]
        for rf in q.red_flags:
            if rf.get("_note"):
                out.append(f"# {rf['_note']}")
            out += ["[[question.red_flag]]", _kv("id", rf["id"]), _kv("text", rf["text"]), _kv("rule", rf["rule"]), ""]
        for fu in q.follow_ups:
            if fu.get("_note"):
                out.append(f"# trigger: {fu['_note']}")
            out += ["[[question.follow_up]]"]
            out += [_kv(k, v) for k, v in fu.items() if k not in ("concept", "_note")]
            out.append("")
            for c in fu["concept"]:
                out += ["[[question.follow_up.concept]]"] + [_kv(k, v) for k, v in c.items()] + [""]
    return "\n".join(out).rstrip() + "\n"


def to_tables(built: BuiltBank) -> dict[str, Any]:
    """The bank as the dict ``tomllib`` would read from :func:`to_toml` (for tests and tools)."""
    import tomllib

    return tomllib.loads(to_toml(built))
