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
* **Red-flag rules and follow-up triggers** are read from their wording once the concepts exist
  (:mod:`voice_interviewer.guide_rules`); the TOML is written by :mod:`voice_interviewer.guide_toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from .guide_parse import Guide, GuideQuestion
from .matching import stem

if TYPE_CHECKING:
    from .meaning import Embedder

__all__ = ["BuiltBank", "Draft", "build_bank", "slug", "to_toml", "tools_in", "spoken_forms"]

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


def _unique(ident: str, taken: set[str], sep: str = "-") -> str:
    """``ident``, or ``ident-2``, ``ident-3``… (with ``sep``), whichever is not taken yet; now taken."""
    base, n = ident, 2
    while ident in taken:
        ident = f"{base}{sep}{n}"
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
    items: list[str] = []
    cur: list[str] = []
    depth, quote = 0, False
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
    owner: str = ""  # a tool's: the id of the concept it illustrates ("" when none was found)
    anchor: str = ""  # the phrase as the source writes it ("data" of "versioning for code, data…")

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
        qid = _unique(gq.id or slug(first_clause(gq.prompt)), taken)
        drafts.append(_question(gq, qid, cats[gq.category], embedder))
    return BuiltBank(guide, [(cid, label) for label, cid in cats.items()], drafts)


def first_clause(prompt: str) -> str:
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
    flag_ids: set[str] = set()
    from .guide_rules import follow_up_table, red_flag_table  # they read the concepts made above

    for item in gq.red_flags:
        draft.red_flags.append(red_flag_table(draft, item, flag_ids))
    fu_ids: set[str] = set()
    reflective_used = False
    for item in gq.follow_ups:
        fu, reflective_used = follow_up_table(draft, item, fu_ids, reflective_used)
        draft.follow_ups.append(fu)
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
    return _unique(" ".join(words[:3]).lower() or "answer", taken, sep=" ")


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


def _framework_concepts(gq: GuideQuestion) -> tuple[list[str], list[Concept], dict[str, str]]:
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
    return [c for sc, _, c in scored if sc >= top - 1e-9]


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


def to_toml(built: BuiltBank, *, source_name: str = "") -> str:
    """The bank as commented TOML (see :mod:`voice_interviewer.guide_toml`)."""
    from .guide_toml import to_toml as write

    return write(built, source_name=source_name)
