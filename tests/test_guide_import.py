"""questions import: reading a guide (guide_parse), building the bank (guide_build), the command
(guide_import and `questions import`), and an imported guide practised end to end."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from voice_interviewer.bank import load_bank
from voice_interviewer.cli import main
from voice_interviewer.guide_build import build_bank, slug, spoken_forms, to_toml, tools_in
from voice_interviewer.guide_parse import is_follow_up_wording, parse_guide

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_03ac0d1b1b231269.txt"
GUIDES = ROOT / "examples" / "guides"


@pytest.fixture(scope="module")
def seed_text():
    if not SEED.is_file():
        pytest.skip(f"the seed guide is not at {SEED}")
    return SEED.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- reading


def test_the_seed_guide_is_read_part_by_part(seed_text):
    g = parse_guide(seed_text, "seed.txt")
    assert not g.errors
    assert g.categories == ("Core MLOps Concepts & Lifecycle Questions", "CI/CD & Automation for ML Questions",
                            "Monitoring & Observability Questions", "Cloud & Platform Expertise Questions",
                            "Behavioral & System Design Questions")
    assert len(g.questions) == 7
    first = g.questions[0]
    assert first.prompt.startswith("Can you walk me through the typical MLOps lifecycle")
    assert first.why.startswith("This question assesses your understanding of the entire ML lifecycle")
    assert first.framework.startswith("Start with data ingestion/preparation")
    assert [r.text for r in first.red_flags][0] == (
        "Focusing only on model training or deployment without connecting the stages.")
    assert [f.text for f in first.follow_ups] == [
        "How do you handle data drift or concept drift in production?",
        "Describe a time you had to roll back a model deployment and why.",
        "What role does a feature store play in your MLOps lifecycle?"]
    assert all(len(q.red_flags) == 4 and len(q.follow_ups) == 3 for q in g.questions)
    # the checklist, salary table and advert after the last question are skipped, and said so
    assert [p.line for p in g.skipped] == [129] and "not part of a question" in g.skipped[0].message


def test_headings_numbering_and_bullets_vary():
    text = """# Guide

## Streaming

### 1) How do you process late events in a stream? {#late-events}
**Why interviewers ask:** Late data is normal.
**How to answer:**
1. Watermarks: decide how long to wait for late events.
2. Side outputs: route very late events to a correction job.

**Red flags**
- Dropping late events silently.
* Not knowing what a watermark is.

**Follow-up questions**
+ How do you test it?
"""
    g = parse_guide(text, "g.md")
    assert not g.errors, g.errors
    q = g.questions[0]
    assert (q.id, q.category, q.prompt) == ("late-events", "Streaming", "How do you process late events in a stream?")
    assert q.framework_items == ("Watermarks: decide how long to wait for late events.",
                                 "Side outputs: route very late events to a correction job.")
    assert [r.text for r in q.red_flags] == ["Dropping late events silently.", "Not knowing what a watermark is."]
    assert [f.text for f in q.follow_ups] == ["How do you test it?"]


def test_what_cannot_be_read_is_one_problem_per_line_with_its_line():
    text = "Title\n\nQ1. How do you do X?\n\nAnswer framework\n\nDo X well.\n\nQ2. How do you do Y?\n\nWhy: because.\n"
    g = parse_guide(text, "bad.txt")
    lines = [str(p) for p in g.errors]
    assert "bad.txt:3: question 'How do you do X?': expected a 'Why you'll be asked this' part" in lines[0]
    assert any(s.startswith("bad.txt:3:") and "expected red flags" in s for s in lines)
    assert any(s.startswith("bad.txt:9:") and "expected an 'Answer framework' part" in s for s in lines)
    assert parse_guide("just some prose.\n", "p.txt").errors[0].message.startswith("no questions found")


@pytest.mark.parametrize("text, follow_up", [
    ("How do you handle data drift?", True), ("Describe a time you rolled back.", True),
    ("Focusing only on training.", False), ("Lack of familiarity with tools like DVC.", False)])
def test_unlabelled_bullets_ask_or_warn(text, follow_up):
    assert is_follow_up_wording(text) is follow_up


# --------------------------------------------------------------------------- building


def test_tools_ids_and_spoken_forms():
    assert tools_in("tracking with MLflow, containerization with Docker/Kubernetes, CI/CD for ML (testing)") == [
        "MLflow", "Docker", "Kubernetes"]
    assert "ML flow" in spoken_forms("MLflow") and "D V C" in spoken_forms("DVC")
    assert "SageMaker" in spoken_forms("AWS SageMaker")
    assert slug("Can you walk me through the typical MLOps lifecycle for a model?") == "mlops-lifecycle-model"


def test_the_seed_imports_into_a_bank_the_loader_accepts(seed_text, tmp_path):
    built = build_bank(parse_guide(seed_text, "seed.txt"))  # words only: no embedding model needed
    (tmp_path / "seed.toml").write_text(to_toml(built), encoding="utf-8")
    bank = load_bank(tmp_path)
    assert [q.prompt for q in bank.questions] == [q.prompt for q in parse_guide(seed_text).questions]
    lifecycle, repro, _, _, _, _, story = bank.questions
    assert lifecycle.stages[:3] == ("data ingestion/preparation", "model training/experimentation", "model versioning")
    assert {"mlflow", "docker", "kubernetes", "prometheus", "grafana"} <= {c.id for c in lifecycle.concepts
                                                                          if c.kind == "tool"}
    # every idea is described; a listed product is not (its description would sound as the idea it illustrates)
    assert all(c.description for q in bank.questions for c in q.concepts if c.kind != "tool")
    assert not next(c for c in lifecycle.concepts if c.id == "mlflow").description
    assert repro.stages[:4] == ("code versioning", "data versioning", "models versioning", "environments versioning")
    rules = {f.text: f.rule for q in bank.questions for f in q.red_flags}
    assert rules["Failing to quantify the impact of your solutions."].no_quantified_impact
    assert rules["Blaming others or not taking ownership of the problem-solving process."].blame_language
    assert rules["Listing tools without explaining their application in an ML context."].tools_unexplained
    backups = rules["Confusing reproducibility with simply having backups."]
    assert repro.concept(backups.present_any[0]).kind == "signal"
    assert story.kind == "behavioral" and story.stages == ("situation", "task", "action", "result")
    assert sum(1 for f in story.follow_ups if f.trigger.always) == 1
    text = (tmp_path / "seed.toml").read_text()
    assert "# read as:" in text and "# trigger:" in text and "# from:" in text


# --------------------------------------------------------------------------- the command


def test_import_writes_a_checked_bank_listed_in_the_guides_order(seed_text, tmp_path, capsys):
    out = tmp_path / "bank"
    assert main(["questions", "import", str(SEED), "-o", str(out), "--words-only"]) == 0
    captured = capsys.readouterr()
    assert "wrote" in captured.out and "7 questions in 5 categories" in captured.out
    assert "skipped 12 lines after the last question" in captured.err
    assert main(["questions", "check", str(out)]) == 0
    assert capsys.readouterr().out.startswith("ok: 7 questions in 1 file")
    assert main(["questions", "--bank", str(out), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [q["prompt"] for q in listed] == [q.prompt for q in parse_guide(seed_text).questions]
    # a second import does not overwrite the reviewed file
    assert main(["questions", "import", str(SEED), "-o", str(out), "--words-only"]) == 2
    assert "already exists (use --force" in capsys.readouterr().err


def test_a_broken_guide_is_one_error_line_per_problem(tmp_path, capsys):
    guide = tmp_path / "broken.md"
    guide.write_text("# G\n\n### 1. How do you do X?\n**Why:** because\n\n### 2. How do you do Y?\n"
                     "**How to answer:** well\n- Not doing Y.\n- How would you test Y?\n", encoding="utf-8")
    assert main(["questions", "import", str(guide), "-o", str(tmp_path / "out"), "--words-only"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert all(line.startswith(f"error: {guide}:") for line in lines)
    assert len(lines) == 4  # X: no framework, no red flags, no follow-ups; Y: no why
    assert not (tmp_path / "out").exists()
    assert main(["questions", "import", str(tmp_path / "nope.md"), "-o", str(tmp_path / "o")]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["data-engineer", "site-reliability-engineer"])
def test_the_example_guides_import_and_check(name, tmp_path, capsys):
    out = tmp_path / name
    assert main(["questions", "import", str(GUIDES / f"{name}.md"), "-o", str(out), "--words-only"]) == 0
    assert main(["questions", "check", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("ok: 3 questions in 1 file")
    bank = load_bank(out)
    assert len(bank.categories) == 2
    if name == "site-reliability-engineer":
        assert bank.questions[0].id == "slo-design"  # the guide names it
        # the catalogue's wrong beliefs reach an SRE guide's ideas too
        beliefs = {b for q in bank.questions for c in q.concepts for b in c.misconceptions}
        assert "A postmortem is basically about finding out who caused the outage." in beliefs


# --------------------------------------------------------------------------- practised end to end


@pytest.mark.slow
def test_imported_guides_are_practisable_with_rehearse_answers(tmp_path, voice_interviewer_home, capsys):
    """Import both example guides, speak one answer per guide (espeak-ng) and rehearse them with the real
    Whisper model: each answer is transcribed and judged against the imported bank."""
    if not shutil.which("espeak-ng"):
        pytest.skip("espeak-ng is not installed")
    from hardening_support import speak

    from voice_interviewer.store import list_sessions

    answers = {
        "data-engineer": "We land the raw data with incremental extraction into a landing zone, transform it "
                         "with dbt, and schedule everything as an Airflow DAG with retries and backfills. Every "
                         "run overwrites its date partition, so a rerun never duplicates rows.",
        "site-reliability-engineer": "We pick indicators users feel, like the request success rate and latency "
                                     "at the 99th percentile, set an SLO with the product owner, and spend the "
                                     "error budget on releases. When it runs out, feature work pauses.",
    }
    for name, text in answers.items():
        bank_dir = tmp_path / name
        assert main(["questions", "import", str(GUIDES / f"{name}.md"), "-o", str(bank_dir), "--words-only"]) == 0
        first = load_bank(bank_dir).questions[0]
        folder = tmp_path / f"{name}-answers"
        folder.mkdir()
        speak(text, folder / f"{first.id}.wav")
        rc = main(["rehearse", "--bank", str(bank_dir), "--question", first.id, "--answers", str(folder),
                   "--silent", "--no-follow-ups"])
        err = capsys.readouterr().err
        assert rc == 0, err
    sessions = list_sessions(voice_interviewer_home)
    verdicts = [v for log in sessions for v in log.of_type("verdict")]
    assert len(verdicts) == 2
    for v in verdicts:
        hit = [c for c in v["verdict"]["concepts"] if c["hit"]] if "verdict" in v else [
            c for c in v["concepts"] if c["hit"]]
        assert len(hit) >= 2, v  # the imported concepts recognise the spoken answer


def test_every_labelled_id_has_its_counterpart_in_an_import_of_the_seed(seed_text, tmp_path):
    """benchmarks/judgement.py --bank scores the labelled answers against an import: the labels name
    guide.toml's ids, and judgement_eval.relabel finds each one's counterpart by the guide's wording."""
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from judgement_eval import relabel, select

    (tmp_path / "seed.toml").write_text(to_toml(build_bank(parse_guide(seed_text, "seed.txt"))), encoding="utf-8")
    imported = load_bank(tmp_path)
    cases = relabel(select("judgement"), load_bank(ROOT / "questions" / "guide.toml"), imported)
    for c in cases:
        q = imported.get(c.question)
        assert c.flags | c.maybe <= {f.id for f in q.red_flags}, c.key
        assert c.follow_ups <= {f.id for f in q.follow_ups}, c.key


_VERSIONING_GUIDE = """Interview Questions

Core

Q1. How do you keep models reproducible?

Why you'll be asked this: Auditors ask.

Answer Framework

Discuss versioning for code (Git), data (DVC), models (SageMaker Model Registry), and environments (Docker images). Explain how monitoring and alerts catch a broken model.

  • Only mentioning code versioning (Git) without addressing data or model versioning.
  • Inability to explain the importance of environment consistency.
  • Inability to articulate both strengths and weaknesses of the tools.
  • How do you version large datasets?
"""


def _concepts(text: str) -> dict:
    g = parse_guide(text, "g.txt")
    assert not g.errors, g.errors
    [draft] = build_bank(g).questions
    return {c.id: c for c in draft.concepts}


def test_each_listed_part_keeps_its_concept_and_its_tools():
    """'versioning for code (Git), data (DVC), …': each part is a concept ('data' is not dropped as a plain
    word), and each product belongs to the part it is written after."""
    cs = _concepts(_VERSIONING_GUIDE)
    assert {"code-versioning", "data-versioning", "models-versioning", "environments-versioning"} <= set(cs)
    assert cs["dvc"].stage == cs["data-versioning"].stage and cs["dvc"].owner == "data-versioning"
    assert cs["docker"].owner == "environments-versioning" and "Docker" in cs["environments-versioning"].aliases
    assert "environments" in cs["environments-versioning"].aliases  # a distinctive bare name; not "data"
    assert "data" not in cs["data-versioning"].aliases


def test_a_kind_of_work_takes_the_well_known_products_of_that_kind():
    cs = _concepts(_VERSIONING_GUIDE)
    assert {"lakeFS", "Delta Lake"} <= set(cs["data-versioning"].aliases)  # DVC is the guide's own
    assert {"Prometheus", "Grafana"} <= set(cs["monitoring-alerts-catch-broken"].aliases)  # "monitoring…"
    assert "Poetry" in cs["environments-versioning"].aliases  # environment consistency, named by a red flag
    assert "environment consistency" in cs["environments-versioning"].aliases
    assert "feature store" in spoken_forms("SageMaker Feature Store")  # the offering in ordinary words
    assert spoken_forms("GitLab CI") == ["GitLab CI", "Git Lab CI"]


def test_a_gap_counts_only_the_products_that_illustrate_it(tmp_path):
    text = _VERSIONING_GUIDE.replace("Explain how monitoring", "Mention tools like Jenkins, and explain how monitoring")
    g = parse_guide(text, "g.txt")
    [draft] = build_bank(g).questions
    rules = {f["text"]: f["rule"] for f in draft.red_flags}
    code_only = rules["Only mentioning code versioning (Git) without addressing data or model versioning."]
    said = code_only["any_of"][0]  # "we never versioned the data" is the other way it holds
    assert "dvc" in said["missing_all"] and "jenkins" not in str(code_only) and "other-tools" not in str(code_only)
    assert {"negated_any": ["data-versioning"]} in code_only["any_of"]


def test_a_follow_up_topic_naming_one_idea_becomes_its_example(seed_text):
    built = build_bank(parse_guide(seed_text, "seed.txt"))
    lifecycle = built.questions[0]  # "How do you handle data drift or concept drift in production?"
    drift = next(c for c in lifecycle.concepts if c.label == "data drift")
    assert "handle data drift or concept drift in production" in drift.examples
    # a topic that names no single idea of the framework adds nothing (the catalogue's phrasings aside)
    from voice_interviewer.guide_catalogue import KINDS

    said = {e for k in KINDS for e in k.examples}
    assert all(len([e for e in c.examples if e not in said]) <= 2 for q in built.questions for c in q.concepts)


def _seed_question(seed_text, prefix: str, embedder=None):
    built = build_bank(parse_guide(seed_text, "seed.txt"), embedder)
    return next(q for q in built.questions if q.id.startswith(prefix))


def test_a_phrase_sharing_only_a_plain_word_does_not_rename_a_concept(seed_text, embedder):
    """"…data quality or model performance" shares only "model" with the framework's model training,
    evaluation and versioning: meaning picks among them, and none takes "model performance" as a name
    (it became model training's alias, so the red flag never fired on an answer that trained a model)."""
    cicd = _seed_question(seed_text, "implement-ci-cd", embedder)
    training = next(c for c in cicd.concepts if c.id == "model-training")
    assert "model performance" not in training.aliases and "performance" not in training.description
    rules = {f["text"]: f["rule"] for f in cicd.red_flags}
    testing = str(rules["Lack of emphasis on automated testing for data quality or model performance."])
    # the idea that is about how good the model is: its evaluation, or (described as measuring the model's
    # predictions) the performance metrics the framework checks
    assert ("model-evaluation" in testing or "performance-metrics" in testing)
    assert "model-training" not in testing and "model-versioning" not in testing


def test_the_question_s_own_words_are_not_an_idea_s_one_word_name(seed_text):
    """Every answer repeats the question: "pipelines" (asked "how do you implement CI/CD pipelines") and
    "monitor" ("how do you monitor…") credit nothing on their own; the full names still do."""
    cicd = _seed_question(seed_text, "implement-ci-cd")
    for c in cicd.concepts:
        assert not {"pipeline", "pipelines"} & {a.lower() for a in c.aliases}, c.id
    assert "SageMaker Pipelines" in next(c for c in cicd.concepts if c.id == "aws-sagemaker-pipelines").aliases
    monitoring = _seed_question(seed_text, "monitor-performance")
    assert all("monitor" not in [a.lower() for a in c.aliases] for c in monitoring.concepts)


def test_a_kind_of_work_must_be_what_the_label_is_about(seed_text):
    """"automate data pipeline tests" is about tests: naming Airflow or Kubeflow is no evidence of them,
    whereas "automated retraining/feedback loops" is retraining and takes the orchestrators."""
    cicd = _seed_question(seed_text, "implement-ci-cd")
    tests = next(c for c in cicd.concepts if c.id == "automate-data-pipeline-tests")
    assert not {"Airflow", "Kubeflow", "automate"} & set(tests.aliases)
    lifecycle = _seed_question(seed_text, "mlops-lifecycle")
    retraining = next(c for c in lifecycle.concepts if "retraining" in c.label)
    assert "Airflow" in retraining.aliases


def test_both_a_and_b_are_two_ideas_and_hands_on_knowledge_is_the_framework_s_products(seed_text):
    """"monitoring involves tracking both traditional system metrics (…) and ML-specific metrics": two
    concepts, not one labelled by the whole clause. "Lack of specific feature knowledge or hands-on
    experience": none of the products the framework names beyond those the question offers."""
    monitoring = _seed_question(seed_text, "monitor-performance")
    labels = {c.label for c in monitoring.concepts}
    assert "traditional system metrics" in labels and "ML-specific metrics" in labels
    cloud = _seed_question(seed_text, "cloud-mlops")
    rule = next(f["rule"] for f in cloud.red_flags if "hands-on" in f["text"])
    gap = rule["any_of"][0]["missing_all"]
    assert "sagemaker-feature-store" in gap and "aws-sagemaker" not in gap  # the question names SageMaker


# --------------------------------------------------------------------------- what each kind of work is


def test_a_kind_of_work_is_described_in_plain_words():
    """A guide names its ideas but does not say what they are: a concept whose label names a kind of
    work gets the catalogue's plain-words description (after its own label) and example phrasings."""
    cs = _concepts(_VERSIONING_GUIDE)
    data = cs["data-versioning"]
    assert data.description.startswith("Data versioning: keeping a fixed, named copy of every dataset")
    assert len(data.examples) >= 3 and all(len(e.split()) >= 5 for e in data.examples)
    assert cs["environments-versioning"].description.startswith("Environments versioning: pinning the exact")
    # one kind describes one concept of a question: the one it fits best, so no two share a text
    texts = [c.description for c in cs.values() if c.kind == "concept"]
    assert len(texts) == len(set(texts))


def test_the_kind_a_label_names_is_what_the_label_is_about():
    from voice_interviewer.guide_catalogue import kind_for

    def first_name(label: str, context: str = "") -> str | None:
        kind = kind_for(label, context)
        return kind.names[0] if kind else None

    assert first_name("data versioning") == "data versioning"
    assert first_name("A/B testing") == "a/b testing"  # not testing in general
    assert first_name("automate data pipeline tests") == "testing"  # tests, not a data pipeline
    assert first_name("deployment to various environments") == "deployment"  # the head comes first
    # one word, two kinds of work: the guide's words around it decide
    assert first_name("Orchestration", "Schedule the steps as a DAG in Airflow or Dagster with retries.") == (
        "workflow orchestration")
    assert first_name("they integrate for packaging and orchestration",
                      "how they integrate with Docker and Kubernetes for packaging and orchestration") == (
        "container orchestration")
    # a whole clause that happens to end in a kind's word is not about that kind
    assert first_name("these are linked to ensure that a specific model version can be recreated with the exact "
                      "data and code it was trained on") is None
    assert first_name("iterative nature and the tools used at each stage") is None
    # a label that opens with a verb of doing is about what the verb is done to, however long the rest
    assert first_name("setting up alerts for anomalies and integrating these into a dashboard") == "alerts"
    assert first_name("implementing automated testing for data pipelines") == "testing"
    # unless the verb names a kind of work itself: the rest qualifies it
    assert first_name("Orchestrating these containers") == "container orchestration"
    assert first_name("monitoring data drift and concept drift") == "data drift"


def test_a_plain_paraphrase_is_credited_by_meaning_against_the_import(tmp_path, embedder):
    """"We keep a frozen copy of the rows each model learned from" says data versioning without its words:
    the imported concept's description and examples let the scorer tie the two."""
    from voice_interviewer.guide_import import import_guide
    from voice_interviewer.matching import tokenize
    from voice_interviewer.meaning import find_meaning

    guide = tmp_path / "g.txt"
    guide.write_text(_VERSIONING_GUIDE, encoding="utf-8")
    [q] = import_guide(guide, tmp_path / "out", embedder=embedder).bank.questions
    answer = "for every training run we put aside a frozen copy of the rows it learned from, so we can get them back"
    hits = {h.concept_id: h.similarity for h in find_meaning(q.concepts, tokenize(answer), embedder,
                                                             prompt=q.prompt).hits}
    assert hits.get("data-versioning", 0.0) >= 0.55  # against the bare label "Data versioning." it was 0.51


def test_a_kind_of_work_gives_its_common_wrong_beliefs():
    """A concept the catalogue describes also takes that kind's common wrong beliefs as misconceptions,
    each said with a reducing word so the scorer can tell it from a right description."""
    from voice_interviewer.guide_catalogue import KINDS, WRONG_BELIEFS

    names = {k.names[0] for k in KINDS}
    assert set(WRONG_BELIEFS) <= names
    reducing = ("just", "basically", "enough", "same", "simply", "don't", "doesn't", "no need", "nothing")
    assert all(any(r in b.lower() for r in reducing) for bs in WRONG_BELIEFS.values() for b in bs)
    cs = _concepts(_VERSIONING_GUIDE)
    assert "Data versioning just means keeping backups of the data." in cs["data-versioning"].misconceptions
    assert not cs["dvc"].misconceptions  # a product has no beliefs of its own
    bank_text = to_toml(build_bank(parse_guide(_VERSIONING_GUIDE, "g.txt")))
    assert 'misconceptions = ["Data versioning just means keeping backups of the data."' in bank_text


# --------------------------------------------------------------------------- how red flags are worded

_PLATFORM_GUIDE = """Interview Questions

Platform

Q1. How do you run a data platform on a cloud provider?

Why you'll be asked this: Most teams run on one.

Answer Framework

Explain that watching a data platform involves tracking both infrastructure health (CPU, memory, latency with Datadog) and pipeline-specific checks. Detail how you check data quality, data freshness, and schema evolution. Discuss how alerts are routed to the on-call engineer. Mention managed services such as Google BigQuery and Google Dataflow.

  • Only mentioning infrastructure monitoring without addressing data quality.
  • Generic answers that could apply to any cloud provider.
  • Inability to explain how alerts are routed or acted upon.
  • Lack of emphasis on automated checks for data quality or data freshness.
  • Lack of understanding of schema evolution and its impact.
  • How do you backfill a broken day?
"""


def _platform():
    g = parse_guide(_PLATFORM_GUIDE, "g.txt")
    assert not g.errors, g.errors
    [draft] = build_bank(g).questions
    ids = {c.label: c.id for c in draft.concepts}

    def rule(start: str) -> list[dict]:
        r = next(f["rule"] for f in draft.red_flags if f["text"].startswith(start))
        return r.get("any_of", [r])

    return rule, ids


def test_only_x_without_y_finds_x_by_its_kind_of_work_and_keeps_it_out_of_y():
    """"Only mentioning infrastructure monitoring without …": the framework calls it "infrastructure
    health" (the catalogue knows both names), and what shows X was said is never what shows Y missing;
    Y denied is the flag too."""
    rule, ids = _platform()
    said, denied = rule("Only mentioning")
    assert ids["infrastructure health"] in said["present_any"]
    assert ids["infrastructure health"] not in said["missing_all"] and "datadog" not in said["missing_all"]
    assert ids["check data quality"] in said["missing_all"] and ids["check data quality"] in denied["negated_any"]


def test_generic_for_any_subject_means_none_of_the_framework_s_own_products():
    """"Generic answers that could apply to any cloud provider": vague, or naming none of the products
    the framework names."""
    alts = _platform()[0]("Generic answers")
    assert {"generic_only": True} in alts
    products = next(a["missing_all"] for a in alts if "missing_all" in a)
    assert {"google-bigquery", "google-dataflow", "datadog"} <= set(products)


def test_a_bare_platform_name_is_not_a_specific_product():
    from voice_interviewer.guide_draft import Concept
    from voice_interviewer.guide_rules import _specific_products

    class D:
        concepts = [Concept("aws", "AWS", "s", ["AWS"], "", 1.0, "tool"),
                    Concept("aws-sagemaker", "AWS SageMaker", "s", ["AWS SageMaker"], "", 1.0, "tool")]

    assert _specific_products(D()) == ["aws-sagemaker"]


def test_inability_to_explain_how_is_also_a_vague_or_tool_only_answer():
    alts = _platform()[0]("Inability to explain how")
    assert {"generic_only": True} in alts and {"tools_unexplained": True} in alts
    assert any("missing_all" in a for a in alts) and any("negated_any" in a for a in alts)


def test_lack_of_emphasis_on_checks_for_a_or_b_is_about_a_and_b():
    """"Lack of emphasis on automated checks for data quality or data freshness": what the checks are for
    is the gap, not the word "checks" (any unit test would say it)."""
    rule, ids = _platform()
    gap = next(a["missing_all"] for a in rule("Lack of emphasis") if "missing_all" in a)
    assert ids["check data quality"] in gap and ids["data freshness"] in gap


def test_not_connecting_the_stages_is_also_a_list_of_tools():
    """"… without connecting the stages": too few stages covered, or products listed without how they
    fit together (a list of ten tools names every stage and connects none)."""
    from voice_interviewer.guide_rules import red_flag_rule

    g = parse_guide(_VERSIONING_GUIDE, "g.txt")
    [draft] = build_bank(g).questions
    rule, note = red_flag_rule(draft, "Focusing only on model training without connecting the stages.")
    assert {"tools_unexplained": True} in rule["any_of"]
    assert any("stages_covered_below" in a for a in rule["any_of"])


def test_denying_one_example_tool_is_no_gap_while_another_is_named():
    """"Lack of familiarity with tools like DVC, MLflow, or …": the products are examples, so "we didn't
    use DVC" raises it only when none of the others is named either."""
    from voice_interviewer.guide_rules import red_flag_rule

    g = parse_guide(_VERSIONING_GUIDE, "g.txt")
    [draft] = build_bank(g).questions
    rule, _ = red_flag_rule(draft, "Lack of familiarity with tools like DVC or SageMaker Model Registry.")
    alts = rule["any_of"]
    denial = next(a for a in alts if "negated_any" in a)
    assert set(denial["negated_any"]) >= {"dvc", "sagemaker-model-registry"}
    assert denial["missing_all"] == denial["negated_any"]
    assert {"missing_all": denial["negated_any"]} in alts


def test_a_kind_of_work_shown_only_by_its_products_is_also_shown_by_its_own_name():
    """"Failing to mention containerization": the framework names Docker, and an answer that says "we
    build container images" without the product's name mentions containerization too (a ``signal``
    concept: evidence for the rule, no credit)."""
    from voice_interviewer.guide_rules import red_flag_rule

    g = parse_guide(_VERSIONING_GUIDE, "g.txt")
    [draft] = build_bank(g).questions
    rule, _ = red_flag_rule(draft, "Failing to mention containerization for reproducible environments.")
    gap = next(a["missing_all"] for a in rule.get("any_of", [rule]) if "missing_all" in a)
    signal = next(c for c in draft.concepts if c.id in gap and c.kind == "signal")
    assert "docker" in gap and "containers" in signal.aliases
    again, _ = red_flag_rule(draft, "Inability to explain the benefits of containerization.")
    assert signal.id in str(again) and sum(c.kind == "signal" for c in draft.concepts) == 1


def test_a_red_flag_names_an_idea_by_a_kin_of_work_done_by_the_same_products(embedder):
    """"Lack of emphasis on automated testing for data quality or model performance", where the framework
    says "data validation": the two kinds of work are done by the same products (Great Expectations,
    Soda, Deequ), so the framework's data validation is what the flag's "data quality" asks for — not
    what the words "quality" or "data" nearest in meaning point at ("model quality checks")."""
    from voice_interviewer.guide_rules import red_flag_rule

    g = parse_guide(_CICD_GUIDE, "g.txt")
    assert not g.errors, g.errors
    [draft] = build_bank(g, embedder).questions
    ids = {c.label: c.id for c in draft.concepts}
    rule, _ = red_flag_rule(draft, "Lack of emphasis on automated testing for data quality or model performance.")
    gaps = [a["missing_all"] for a in rule.get("any_of", [rule]) if "missing_all" in a]
    assert gaps and ids["data validation"] in gaps[0]


_CICD_GUIDE = """Interview Questions

Automation

Q1. How do you build CI/CD for machine learning?

Why you'll be asked this: Models are not binaries.

Answer Framework

Explain that ML CI/CD extends traditional CI/CD by adding steps for data validation, model training, model evaluation, and model versioning. Detail model quality checks (e.g., performance metrics, bias detection). Mention tools like Jenkins or GitHub Actions.

  • Lack of emphasis on automated testing for data quality or model performance.
  • What metrics do you watch in the pipeline?
"""


def test_treating_x_like_y_is_no_flag_while_anything_that_sets_x_apart_is_said(embedder):
    """"Treating ML CI/CD identically to software CI/CD without addressing data or model-specific
    challenges": the framework's own sentence on what sets ML CI/CD apart ("extends traditional CI/CD by
    adding steps for data validation, model training, model evaluation, and model versioning") lists what
    an answer may give instead; and an idea of the same kind of work as one the gap lists ("model
    evaluation" for "model quality checks") shows it too."""
    from voice_interviewer.guide_rules import red_flag_table
    from voice_interviewer.guide_parse import GuideItem

    g = parse_guide(_CICD_GUIDE, "g.txt")
    [draft] = build_bank(g, embedder).questions
    ids = {c.label: c.id for c in draft.concepts}
    same = red_flag_table(draft, GuideItem("Treating ML CI/CD identically to software CI/CD without addressing "
                                           "data or model-specific challenges.", 1), set())["rule"]
    gaps = [a["missing_all"] for a in same.get("any_of", [same]) if "missing_all" in a]
    assert gaps and {ids["model training"], ids["model evaluation"], ids["model versioning"]} <= set(gaps[0])
    testing = red_flag_table(draft, GuideItem("Lack of emphasis on automated testing for data quality or model "
                                              "performance.", 2), set())["rule"]
    gaps = [a["missing_all"] for a in testing.get("any_of", [testing]) if "missing_all" in a]
    assert gaps and ids["model evaluation"] in gaps[0]


def test_off_framework_and_telling_follow_ups_are_not_opened_on_a_weak_answer(seed_text):
    """A topic the framework does not have ("multi-cloud or hybrid-cloud strategies") is asked when a
    technical answer stays generic — not whenever it has no numbers, which is nearly every answer; and
    telling non-technical stakeholders about the work deepens a story that did technical work, whatever
    words it shares with the STAR action."""
    built = build_bank(parse_guide(seed_text, "seed.txt"))
    cloud = next(q for q in built.questions if q.id.startswith("cloud-mlops"))
    multi = next(f for f in cloud.follow_ups if "multi-cloud" in f["text"])
    assert multi["trigger"] == {"generic_only": True}
    story = next(q for q in built.questions if q.kind == "behavioral")
    telling = next(f for f in story.follow_ups if "stakeholders" in f["text"])
    work = telling["trigger"]["present_any"]
    assert work and not {"situation", "task", "action", "result"} & set(work)
    learning = next(f for f in story.follow_ups if "biggest learning" in f["text"])
    assert {"no_quantified_impact": True} in learning["trigger"]["any_of"]  # a story keeps "unquantified"


def test_a_concept_described_as_a_kind_of_work_is_also_heard_by_the_kind_s_names(seed_text):
    """"Strengths" of the cloud question is the catalogue's kind "strengths, advantages, pros, upsides, what
    it does well": a candidate who says "the upside was…" names it, not only one who says "strengths"."""
    built = build_bank(parse_guide(seed_text, "seed.txt"))
    cloud = next(q for q in built.questions if q.id.startswith("cloud-mlops"))
    strengths = next(c for c in cloud.concepts if c.id == "strengths")  # "its strengths"
    assert {"advantages", "pros", "upsides", "what it does well"} <= set(strengths.aliases)


def test_a_component_of_the_platform_the_question_asks_about_is_heard_by_meaning(seed_text):
    """"SageMaker Feature Store" where the question names SageMaker is the platform's feature store: a
    concept described as that kind of work (a plain "shared place for features, online and offline" is
    it), still read as a product by the rules. "AWS SageMaker Model Monitor" among the monitoring
    question's tools stays a name, and so does a component whose words only lean towards a kind."""
    cloud = _seed_question(seed_text, "cloud-mlops")
    by_id = {c.id: c for c in cloud.concepts}
    store, endpoints = by_id["sagemaker-feature-store"], by_id["sagemaker-endpoints"]
    assert store.kind == "concept" and "feature store" in store.description.lower()
    assert "features are defined once" in store.description and store.examples
    assert endpoints.kind == "concept" and "prediction requests" in endpoints.description
    assert by_id["sagemaker-model-monitor"].kind == "tool"  # "model monitor" is no kind's own name
    rule = next(f["rule"] for f in cloud.red_flags if "hands-on" in f["text"])
    assert "sagemaker-feature-store" in rule["any_of"][0]["missing_all"]  # the rules still read it as a product
    monitoring = _seed_question(seed_text, "monitor-performance")
    assert all(c.kind == "tool" for c in monitoring.concepts if "SageMaker" in c.label)


def test_a_follow_up_is_about_what_it_adds_to_the_question_not_the_setting_it_repeats(seed_text):
    """"What are the key metrics you monitor in an ML CI/CD pipeline?" asked after "How do you implement
    CI/CD pipelines…" is about the metrics: its "CI/CD pipeline" is the question's own setting and must
    not tie it to the CI tools (which made it fit every answer that named Jenkins, and every one that
    did not). A setting the question does not name stays ("false positives in model monitoring alerts")."""
    built = build_bank(parse_guide(seed_text, "seed.txt"))
    cicd = next(q for q in built.questions if q.id.startswith("implement-ci-cd"))
    metrics = next(f for f in cicd.follow_ups if "key metrics" in f["text"])
    named = {i for alt in metrics["trigger"]["any_of"] for ids in alt.values() for i in ids}
    assert named == {"performance-metrics"}
    monitoring = next(q for q in built.questions if q.id.startswith("monitor-performance"))
    false_positives = next(f for f in monitoring.follow_ups if "false positives" in f["text"])
    assert any("setting-alerts-anomalies-integrating" in alt.get("missing_all", ())
               for alt in false_positives["trigger"]["any_of"])


def test_a_follow_up_never_opens_on_a_product_the_candidate_did_not_name(seed_text):
    """A product named is a claim to deepen; one not named is no gap (the old trigger asked "how do you
    handle false positives" because the answer never said Grafana)."""
    built = build_bank(parse_guide(seed_text, "seed.txt"))
    for q in built.questions:
        tools = {c.id for c in q.concepts if c.kind == "tool"}

        def gaps(rule: dict) -> set[str]:
            out = set(rule.get("missing_all", ())) | set(rule.get("missing_any", ()))
            return out.union(*(gaps(sub) for sub in rule.get("any_of", ())))

        for fu in q.follow_ups:
            assert not gaps(fu["trigger"]) & tools, (q.id, fu["id"])


def test_a_story_about_the_question_itself_is_asked_of_an_answer_that_stays_thin(seed_text):
    """"Describe a challenge you faced building an ML CI/CD pipeline and how you overcame it" names no idea
    of the framework once the question's own setting is set aside: it asks for a real story when the
    answer stays generic, lists tools unexplained or covers little of the framework."""
    built = build_bank(parse_guide(seed_text, "seed.txt"))
    cicd = next(q for q in built.questions if q.id.startswith("implement-ci-cd"))
    challenge = next(f for f in cicd.follow_ups if "challenge you faced" in f["text"])
    alts = challenge["trigger"]["any_of"]
    assert {"generic_only": True} in alts and {"tools_unexplained": True} in alts
    assert any("stages_covered_below" in a for a in alts)
    assert not any(k in a for a in alts for k in ("present_any", "missing_all"))


def test_a_product_goes_to_the_idea_its_kind_of_work_is_most_about(seed_text):
    """"Monitor model performance" touches the kind "monitoring" in one word of three; the framework's
    "traditional system metrics" is wholly that kind. Grafana names the second only: an answer that watches
    CPU in Grafana has not monitored the model's performance (it used to, so "only infrastructure
    monitoring" could never be raised on an answer that named Grafana)."""
    built = build_bank(parse_guide(seed_text, "seed.txt"))
    monitoring = next(q for q in built.questions if q.id.startswith("monitor-performance"))
    by_id = {c.id: c for c in monitoring.concepts}
    assert "Grafana" in by_id["traditional-system-metrics"].aliases
    assert "Grafana" not in by_id["monitor-model-performance"].aliases
    assert "accuracy" in by_id["monitor-model-performance"].aliases


def test_only_x_without_y_counts_the_sentence_that_details_y(seed_text):
    """"Only mentioning infrastructure monitoring without addressing model-specific metrics": the framework
    names "ML-specific metrics" and its next sentence details them ("Detail how you monitor model
    performance, data quality, data drift, concept drift and model bias"). An answer that speaks of drift
    has addressed model-specific metrics; only a denial of the metrics themselves raises the flag alone."""
    built = build_bank(parse_guide(seed_text, "seed.txt"))
    monitoring = next(q for q in built.questions if q.id.startswith("monitor-performance"))
    flag = next(r for r in monitoring.red_flags if r["text"].startswith("Only mentioning infrastructure"))
    only, denied = flag["rule"]["any_of"]
    assert only["present_any"] == ["traditional-system-metrics"]
    assert {"ml-metrics", "monitor-model-performance", "data-quality", "data-drift", "concept-drift",
            "model-bias"} <= set(only["missing_all"])
    assert set(denied["negated_any"]) == {"ml-metrics", "monitor-model-performance"}


def test_generic_without_examples_or_numbers_needs_both_missing(seed_text):
    """"Generic answers without specific project examples or quantifiable outcomes": without both — a
    project of the candidate's own, told with no number in it, is an example. The project is heard in the
    words a story starts with ("I migrated", "on one project"), a signal (no credit, never by meaning)."""
    built = build_bank(parse_guide(seed_text, "seed.txt"))
    iac = next(q for q in built.questions if q.id.startswith("infrastructure-code"))
    flag = next(r for r in iac.red_flags if r["text"].startswith("Generic answers"))
    assert flag["rule"] == {"any_of": [{"generic_only": True},
                                       {"missing_all": ["project-example"], "no_quantified_impact": True}]}
    example = next(c for c in iac.concepts if c.id == "project-example")
    assert example.kind == "signal" and {"I migrated", "on one project", "we had a model"} <= set(example.aliases)


def test_treating_x_like_y_is_also_the_sameness_said(seed_text):
    """"Treating ML CI/CD identically to software CI/CD without addressing data and model-specific
    challenges": also raised when the candidate says it is the same ("a model is an artifact like any other
    binary", "it's basically the same pipeline as the web app") and says nothing of checking the data or
    the model."""
    built = build_bank(parse_guide(seed_text, "seed.txt"))
    cicd = next(q for q in built.questions if q.id.startswith("implement-ci-cd"))
    flag = next(r for r in cicd.red_flags if r["text"].startswith("Treating ML CI/CD"))
    said = next(alt for alt in flag["rule"]["any_of"] if "present_any" in alt)
    signal = next(c for c in cicd.concepts if c.id == said["present_any"][0])
    assert signal.kind == "signal"
    assert {"same as software CI/CD", "like any other", "same pipeline as"} <= set(signal.aliases)
    assert set(said["missing_all"]) == {"data-validation", "model-evaluation", "model-quality-checks"}


def test_a_container_in_plain_words_is_containerization():
    """A "sealed image" that runs the same everywhere is what the catalogue's containerization is."""
    from voice_interviewer.guide_catalogue import kind_for

    assert kind_for("sealed images").names[0] == "containerization"


@pytest.mark.parametrize("label, kind", [("cost complexity", "cost complexity"), ("learning curve", "learning curve"),
                                         ("deep integration ecosystem", "deep integration"),
                                         ("reduced costs", "cost management")])
def test_a_platform_s_weaknesses_and_strengths_are_kinds_of_their_own(label, kind):
    """"Potential for vendor lock-in, cost complexity, learning curve" and "deep integration with the
    ecosystem": each is described in plain words ("the bill was hard to predict", "new people took weeks
    to find their way around it", "it plugs straight into the provider's warehouse"), so an answer that
    says so names the weakness or strength; a cost *saving* stays the cost-management kind."""
    from voice_interviewer.guide_catalogue import kind_for

    assert kind_for(label).names[0] == kind


def test_how_something_is_done_is_not_shown_by_naming_a_product(seed_text):
    """"Inability to describe how alerts are configured or acted upon": saying Grafana is no description of
    how; the products of the kind leave the gap (and a list of them unexplained raises it)."""
    built = build_bank(parse_guide(seed_text, "seed.txt"))
    monitoring = next(q for q in built.questions if q.id.startswith("monitor-performance"))
    tools = {c.id for c in monitoring.concepts if c.kind == "tool"}
    flag = next(r for r in monitoring.red_flags if "alerts are configured" in r["text"])
    gaps = [alt["missing_all"] for alt in flag["rule"]["any_of"] if "missing_all" in alt]
    assert gaps and not any(set(g) & tools for g in gaps)
    assert {"tools_unexplained": True} in flag["rule"]["any_of"]


def test_generic_without_the_why_is_also_products_named_unexplained(seed_text):
    """"Generic answers without specific tool examples or a clear understanding of the 'why' behind each
    step": a list of products with nothing of what each is for is the flag too."""
    built = build_bank(parse_guide(seed_text, "seed.txt"))
    lifecycle = next(q for q in built.questions if q.id.startswith("mlops-lifecycle"))
    flag = next(r for r in lifecycle.red_flags if r["text"].startswith("Generic answers"))
    assert {"tools_unexplained": True} in flag["rule"]["any_of"]
    assert {"generic_only": True} in flag["rule"]["any_of"]
