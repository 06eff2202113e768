"""The extra questions' data works with the scoring engine: strong answers clear every red flag,
weak ones raise the red flags an interviewer would, and the follow-up asked next fits the gap.

The answers were written for extra.toml; the guide's labelled answers live in tests/scoring_answers.py.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from voice_interviewer.bank import load_bank
from voice_interviewer.scoring import score_answer


@dataclass(frozen=True)
class Case:
    question: str
    name: str
    text: str
    flags: frozenset[str] = frozenset()
    follow_ups: frozenset[str] = frozenset()


def C(question, name, text, flags=(), follow_ups=()):
    return Case(question, name, " ".join(text.split()), frozenset(flags), frozenset(follow_ups))


CASES = [
    C('feature-store-design', 'strong', """
        The core problem a feature store solves is training-serving skew: if features are
        computed one way in a notebook and another way in the service, the model silently
        degrades. So we define each feature once, in Feast, and materialize it into two
        stores: an offline store in BigQuery for training, where we do point-in-time joins
        so no future data leaks into the labels, and an online store in Redis for low-latency
        lookups at inference, around 5 milliseconds at p99. Batch features are
        materialized nightly with Spark and real-time ones come from Kafka through Flink,
        each with a TTL so we notice stale data. Features are versioned and documented in
        the registry, and we monitor null rates and feature drift. After the rollout three
        teams reused the same customer features and skew incidents went from about one a
        month to zero.
        """),
    C('feature-store-design', 'weak', """
        A feature store is basically a database for features. We put all our features there
        and the models read them. It makes things easier and more organized for the data
        scientists.
        """,
      flags={'ignores-leakage', 'no-skew', 'no-tools-or-examples', 'single-store'},
      follow_ups={'build-or-buy-feature-store', 'streaming-features'}),
    C('feature-store-design', 'negated', """
        We never really worried about training-serving skew, we just store features in a single
        Postgres table and read them from there both for training and serving. We didn't do
        any point-in-time joins.
        """,
      flags={'ignores-leakage', 'no-skew', 'no-tools-or-examples', 'single-store'},
      follow_ups={'build-or-buy-feature-store', 'streaming-features'}),
    C('data-validation', 'strong', """
        We validate at every boundary. At ingestion, Great Expectations checks the schema,
        types, null rates, value ranges and row counts against expectations, and before
        training we compare feature distributions to a reference dataset with PSI. At
        inference we validate each request with Pydantic. If a critical check fails the
        pipeline is blocked and the batch quarantined, we keep serving the last good model,
        and the owning team is paged through PagerDuty. We also have data contracts with the
        upstream producers. Once this caught a units change from cents to dollars before it
        reached training, which would have cost us about two days of bad predictions.
        """),
    C('data-validation', 'weak', """
        We look at the data before training to make sure it looks fine. If something looks
        off we fix it manually.
        """,
      flags={'manual-only', 'no-failure-action', 'training-only'},
      follow_ups={'serving-validation', 'upstream-change'}),
    C('serving-latency', 'strong', """
        We had a p99 budget of 100 milliseconds. First I profiled with OpenTelemetry traces
        and found feature lookups and preprocessing took most of it, so we parallelized the
        lookups and cached embeddings in Redis. Then we quantized the model to int8 and
        compiled it with ONNX Runtime, and served it on Triton with dynamic batching. We
        load tested with Locust before launch and autoscale on queue depth with KEDA.
        Grafana dashboards and alerts track p50, p95 and p99 against the SLO. That took p99
        from 300 milliseconds to 80.
        """),
    C('serving-latency', 'weak', """
        If the model is slow we just add more servers or bigger GPUs until it is fast
        enough.
        """,
      flags={'averages-only', 'hardware-only', 'no-latency-monitoring', 'no-measurement'},
      follow_ups={'latency-vs-accuracy', 'traffic-spike'}),
    C('batch-vs-online', 'strong', """
        It starts from requirements: how fresh the prediction must be, how much latency the
        product tolerates, and volume and cost. For churn scores that the CRM team reads
        once a day, a nightly batch job in Spark orchestrated by Airflow scores all ten
        million customers in forty minutes and writes to a predictions table, which is cheap
        and easy to retry or backfill. For fraud checks at checkout we need an answer in 50
        milliseconds with the current basket, so that is an online service on KServe with
        online features and autoscaling. Often a hybrid works: precompute embeddings in
        batch and combine with request features online. Operationally, batch means job
        monitoring, idempotent reruns and SLAs on completion, online means uptime, on-call
        and latency alerts, and both must share preprocessing to avoid skew.
        """),
    C('batch-vs-online', 'weak', """
        Online inference is always better because it is real-time. We deploy every model
        behind a REST API endpoint.
        """,
      flags={'no-example', 'no-operations', 'online-always'},
      follow_ups={'batch-failure', 'cost-comparison'}),
    C('batch-vs-online', 'medium', """
        Batch is when you run predictions on a schedule, like nightly, and online is when
        you have an API. Batch is cheaper, online is needed when you need low latency.
        """,
      flags={'no-example', 'no-operations'},
      follow_ups={'batch-failure', 'batch-to-online', 'cost-comparison'}),
    C('online-experiments', 'strong', """
        First we write a hypothesis and agree the primary metric, say conversion per user,
        plus guardrails like latency and error rate. We randomize by hashing the user ID
        into buckets so each user sees one model, and split traffic with our feature flag
        system. A power analysis for a 1% minimum detectable effect told us we needed two
        weeks to cover weekly seasonality, and we don't peek. We check for sample ratio
        mismatch, read the result with confidence intervals and look at segments. Before the
        test the model ran in shadow mode. The new ranker lifted conversion by 2.3%, so we
        ramped it up to 100%.
        """),
    C('online-experiments', 'weak', """
        We train the new model and if its accuracy on the test set is higher we put it in
        production and see if things look better.
        """,
      flags={'no-guardrails', 'no-randomization', 'no-statistics', 'offline-metrics-only'},
      follow_ups={'experiment-platform', 'low-traffic'}),
    C('model-governance', 'strong', """
        Every model version is registered in MLflow with lineage to the git commit, the DVC
        data version and its evaluation report. Promotion from staging to production goes
        through an approval gate in the CI/CD pipeline: the owner and the model risk team
        sign off. Each version has a model card with intended use, metrics, limitations and
        fairness results, we run SHAP and bias metrics per group, and access is role-based.
        The registry keeps an immutable audit trail of who trained, approved and deployed
        what. For GDPR we log inputs for every decision. When auditors came last year we
        produced the full history for a loan model in two hours instead of two weeks.
        """),
    C('model-governance', 'weak', """
        We write documentation for our models after they are deployed and keep it in
        Confluence.
        """,
      flags={'ignores-fairness', 'no-audit-trail', 'no-lineage', 'paperwork-only'},
      follow_ups={'fairness-testing', 'regulator-question'}),
    C('gpu-cost', 'strong', """
        First visibility: every job and endpoint is tagged by team and model, and DCGM
        metrics show GPU utilization, which revealed many GPUs idle at 20%. For training we
        moved to spot instances with checkpointing every ten minutes, used mixed precision
        and a shared Kueue job queue. For inference we quantized models to int8, enabled
        dynamic batching, shared A100s with MIG and scaled idle endpoints to zero. Steady
        load is covered by a savings plan. Together that cut the monthly GPU bill by 40%.
        """),
    C('gpu-cost', 'weak', """
        We try to use fewer GPUs and tell people to turn things off when they are done.
        """,
      flags={'no-savings-figure', 'no-spot', 'no-visibility'},
      follow_ups={'cost-vs-speed', 'idle-gpus'}),
    C('llm-deployment', 'strong', """
        We chose a self-hosted Llama model over a hosted API for data privacy. It runs on
        vLLM with continuous batching, paged KV cache and 4-bit AWQ quantization, autoscaled
        on GPU nodes, and we stream tokens so time to first token is under 300 milliseconds.
        Retrieval uses pgvector. Prompts and retrieval settings are versioned in git, and
        every change runs our golden set of 500 questions with an LLM-as-judge rubric and
        human review in CI. We monitor tokens and cost per request, latency, thumbs-down
        rate and traces in Langfuse, and guardrails filter prompt injection and PII. Cost
        per query dropped from 4 cents to 1 cent.
        """),
    C('llm-deployment', 'weak', """
        We call the OpenAI API from our backend and return the answer to the user. It works
        well.
        """,
      flags={'ignores-cost', 'model-only', 'no-evaluation', 'no-safety'},
      follow_ups={'llm-eval-design', 'prompt-injection'}),
    C('production-incident', 'strong', """
        At my last company our recommendation model started showing irrelevant items and an
        alert fired when click-through dropped 15% in an hour. I was on call, so I led the
        response. I rolled back to the previous model version from the registry within
        twenty minutes, which restored clicks. Then I investigated with the lineage and
        logs: it turned out an upstream schema change had turned a category feature into
        nulls, a training-serving skew. We fixed the pipeline and in the blameless post-mortem
        we added a data contract with that team, null-rate checks with Great
        Expectations and a runbook. Since then a similar change was caught before
        deployment.
        """),
    C('production-incident', 'weak', """
        Once a model broke because the data team changed something. It was their fault, they
        didn't tell us. They fixed it eventually.
        """,
      flags={'blame', 'no-lasting-fix', 'no-mitigation', 'no-root-cause'},
      follow_ups={'detect-sooner', 'post-mortem'}),
]
STRONG = {c.question: c for c in CASES if c.name == "strong"}
WEAKER = [c for c in CASES if c.name != "strong"]


@pytest.fixture(scope="module")
def bank():
    return load_bank()


@pytest.mark.parametrize("case", STRONG.values(), ids=lambda c: c.question)
def test_strong_answer_clears_every_red_flag(bank, case):
    verdict = score_answer(bank.get(case.question), case.text)
    assert [f.id for f in verdict.red_flags] == []
    assert verdict.score >= 70


@pytest.mark.parametrize("case", WEAKER, ids=lambda c: f"{c.question}-{c.name}")
def test_weaker_answer_raises_the_right_flags_and_follow_up(bank, case):
    question = bank.get(case.question)
    verdict = score_answer(question, case.text)
    assert {f.id for f in verdict.red_flags} == case.flags
    assert verdict.score < score_answer(question, STRONG[case.question].text).score - 40
    assert verdict.follow_up is not None and verdict.follow_up.id in case.follow_ups
