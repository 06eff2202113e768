"""A labelled set of interview answers, written BLIND, for measuring and then improving the scorer.

Provenance and rules
--------------------
* Written before the meaning-based scorer changes, without reading the scorer's code
  (``voice_interviewer/``), without reading the concept ``aliases`` in ``questions/*.toml`` and
  without running ``voice-interviewer score`` on any of these answers. Only the guide
  (shared/seed/000_03ac0d1b1b231269.txt) and the question / red-flag / follow-up ids in
  ``questions/guide.toml`` were consulted.
* The labels are what a careful human interviewer reading the guide would decide. They must NOT be
  edited after scoring: if the scorer disagrees, the scorer is what changes. A label that was
  genuinely wrong may only be fixed in its own commit that says why, never to make a test pass.
* ``split == "holdout"`` answers (about a third of each question) are never looked at while tuning;
  they exist to check that tuning generalises.

Fields of ``Judged``
--------------------
question      guide question id (``[[question]] id`` in questions/guide.toml).
name          unique within the question.
kind          one of ``KINDS``:
              keyword        solid answer in the framework's usual terms and tools (tier 4 or 5);
              paraphrase     the same substance in plain words, without the framework's keywords or
                             tool names; ``equal_to`` names the keyword answer it equals;
              misconception  a confident answer built on a wrong belief (``misconception`` says which);
              negated        uses the keywords while saying the practices were NOT done;
              numbers        full of numbers that are not results (listed in ``not_impact``);
              spoken         transcribed speech: fillers, restarts, lower case, little punctuation;
              other-tools    a strong answer on tools the guide does not name;
              weak           short and vague;
              off-target     fluent, but answers a different question;
              plain-result   (challenging-project) a story whose result is stated in plain words;
              reordered      (challenging-project) a STAR story told result first, situation last.
style         "written" or "spoken" (how Whisper would hand it over). Any kind may be spoken.
tier          5 excellent ... 1 poor. Within one question a higher tier must score higher than a
              lower tier; equal tiers are not ranked against each other.
text          the answer (whitespace normalised by ``J``).
flags         red-flag ids a careful interviewer WOULD raise for this answer.
maybe         red-flag ids that are arguable: neither required nor counted as false.
follow_ups    follow-up ids that would be acceptable to ask next (at least one).
split         "tune" or "holdout".
misconception for kind "misconception": the wrong belief, in a few words.
impact        exact phrases of the text that ARE a quantified result / outcome (may be empty).
not_impact    exact phrases of numbers that are NOT impact: thresholds, traffic shares, durations,
              counts, sizes, dates, the size of the original problem.
equal_to      for a paraphrase: the keyword answer of the same question that it equals (same tier).
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = (
    "keyword",
    "paraphrase",
    "misconception",
    "negated",
    "numbers",
    "spoken",
    "other-tools",
    "weak",
    "off-target",
    "plain-result",
    "reordered",
)
# Every guide question has at least one answer of each of these kinds.
CORE_KINDS = KINDS[:9]
# challenging-project (behavioural, STAR) also has these.
STORY_KINDS = KINDS[9:]

QUESTIONS = (
    "lifecycle",
    "reproducibility",
    "ml-cicd",
    "monitoring",
    "iac-containers",
    "cloud-platform",
    "challenging-project",
)


@dataclass(frozen=True)
class Judged:
    question: str
    name: str
    kind: str
    style: str
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


def J(question, name, kind, style, tier, split, text, *, flags=(), maybe=(), follow_ups=(),
      misconception="", impact=(), not_impact=(), equal_to=""):
    return Judged(
        question=question, name=name, kind=kind, style=style, tier=tier,
        text=" ".join(text.split()),
        flags=frozenset(flags), maybe=frozenset(maybe), follow_ups=frozenset(follow_ups),
        split=split, misconception=misconception,
        impact=tuple(impact), not_impact=tuple(not_impact), equal_to=equal_to,
    )


W, S = "written", "spoken"
T, H = "tune", "holdout"

ANSWERS: list[Judged] = [
    # ================================================================== lifecycle
    J("lifecycle", "keyword-full", "keyword", W, 5, T, """
      I think of it as a loop rather than a line. Raw data lands through ingestion jobs, gets validated,
      and the feature engineering code writes features to a feature store; every training snapshot is
      versioned with DVC so a model can always be traced to its data. Data scientists experiment in
      notebooks, but every run is logged to MLflow with parameters, metrics and artifacts, and the
      candidate we like is registered in the MLflow model registry with a version. Promotion goes through
      CI/CD: GitHub Actions runs unit tests, data validation and an evaluation gate against the current
      production model, then packages the model into a Docker image. We deploy to Kubernetes as a canary
      first, then full rollout. That is the line between an experiment and production: a notebook result
      is a hypothesis, a registered, tested, monitored model is a product. In production Prometheus and
      Grafana cover latency and errors, and a drift job compares live feature distributions with the
      training set. When drift or falling accuracy crosses a limit, a retraining pipeline starts and the
      new candidate goes through the same gates. On my last team this cut our release time from about
      two weeks to two days.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("cut our release time from about two weeks to two days",)),
    J("lifecycle", "plain-loop", "paraphrase", W, 5, H, """
      Everything starts with the raw records. We pull them in on a schedule, check them, and turn them
      into the inputs the model uses, kept in one shared place so the
      training job and the live service compute them the same way. Each time we train, we freeze a copy
      of exactly the rows we trained on and label it, so months later we can say which data made which
      model. Trying ideas is allowed to be messy, but every attempt is written down automatically:
      settings, scores, the resulting file. The winner gets a number in a central catalogue. An
      automated build then checks the code and the data, compares the
      newcomer with the model customers use today, and seals it with its libraries into one image. It
      goes to a small slice of users first and only widens if it holds up. Once it is live we watch
      response times and errors, and separately we compare what users send us with what the model
      learned from. When those move apart or quality drops, a fresh model is trained on the newest data
      by itself and passes the same gates. Release time went from about two weeks to two days.""",
      maybe=("generic-no-tools",),
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("Release time went from about two weeks to two days",),
      equal_to="keyword-full"),
    J("lifecycle", "keyword-gap", "keyword", W, 4, T, """
      Roughly: data ingestion with Airflow pulling from the warehouse, then feature engineering and a
      validation step with Great Expectations, and we version the training sets with DVC. Training runs
      are tracked in MLflow, and the chosen model is registered there so it has a version number and a
      link back to its run. CI/CD is GitLab CI: tests on the feature code, an evaluation step that has to
      beat the current model, then a Docker build. Deployment is to Kubernetes, usually as a canary, and
      we can roll back by pointing the service at the previous registry version. Monitoring is
      Prometheus and Grafana for latency and errors plus a weekly drift report on the inputs, and Airflow
      retrains monthly on fresh data, or earlier if the drift report is bad.""",
      maybe=("no-production-distinction",),
      follow_ups=("drift", "rollback", "feature-store")),
    J("lifecycle", "done-at-deploy", "misconception", W, 1, T, """
      The lifecycle is really two phases. First the data scientist explores the data in Jupyter, tries a
      few algorithms and picks the one with the best validation score. Then it's handed over: we pickle
      the model, wrap it in a Flask API, put it in a Docker container and deploy it. At that point the
      lifecycle is basically complete. A trained model is like a compiled binary: unless somebody
      changes the code it keeps giving the same answers, so there's nothing to watch apart from the
      server being up. If the business wants a better model, the data scientists start a new project and
      we do the handover again.""",
      flags=("omits-crucial-steps", "stages-not-connected"),
      maybe=("no-production-distinction", "generic-no-tools"),
      follow_ups=("drift", "rollback"),
      misconception="a deployed model never goes stale; the lifecycle ends at deployment"),
    J("lifecycle", "never-versioned", "negated", S, 2, T, """
      so at my last place honestly we, uh, we didn't really have data versioning, the training data was
      whatever was in the bucket that day. we had mlflow installed but nobody logged runs to it. the
      model went into a docker image and we deployed it on kubernetes by hand, no canary, no a/b test,
      and there was no monitoring of drift or accuracy, just, like, whether the pod was up. retraining
      was never automated, someone would retrain when a customer complained. which in hindsight is
      exactly why we could never say why the model got worse""",
      flags=("omits-crucial-steps",),
      maybe=("no-production-distinction", "stages-not-connected"),
      follow_ups=("drift", "rollback")),
    J("lifecycle", "numbers", "numbers", W, 3, H, """
      On our platform we ran about forty models. Data came in through nightly Airflow jobs at 2 a.m.,
      training sets were versioned with DVC, and every run was logged in MLflow. Models were retrained
      automatically every 7 days. A release went through Jenkins, got a Docker image, and went out on
      Kubernetes as a 10 percent canary for 24 hours before full traffic. Alerts fired if p95 latency
      went over 300 milliseconds or if the PSI on any feature went above 0.2. The team was 6 engineers
      and the whole setup took nine months, starting in March 2022.""",
      maybe=("generic-no-tools", "no-production-distinction"),
      follow_ups=("drift", "rollback", "feature-store"),
      not_impact=("about forty models", "2 a.m.", "every 7 days", "10 percent canary", "24 hours",
                  "300 milliseconds", "0.2", "6 engineers", "nine months", "March 2022")),
    J("lifecycle", "spoken-loop", "spoken", S, 4, T, """
      okay so um, the way I see it it's a loop. you start with the data, you know, ingestion, cleaning,
      feature engineering, and we, we version the data, actually first we snapshot it with dvc and then
      we train. every experiment goes into mlflow so you can compare runs and the one you pick gets
      registered with a version. then ci, like github actions runs the tests and an evaluation against
      the current model and builds a docker image, and we roll it out on kubernetes as a canary. once
      it's live you watch two things, uh, the service itself, latency and errors in grafana, and the
      model, like is the input data drifting, is accuracy dropping once labels come back. and when that
      goes bad retraining kicks off automatically and we go around the loop again. the big difference
      from a notebook experiment is that everything in production is tested and monitored and can be
      rolled back""",
      follow_ups=("drift", "rollback", "feature-store")),
    J("lifecycle", "other-stack", "other-tools", W, 5, H, """
      Our stack is a bit unusual, so I'll say what each piece is for. Raw events arrive through Kafka
      into the lakehouse; Dagster orchestrates everything from there, and feature definitions live in
      Feast so training and the online service read identical features. Training sets are committed in
      lakeFS, which gives us a commit id for the exact data a model saw. Experiments are tracked in
      Weights & Biases, and the model we pick becomes a registry artifact linked to its lakeFS commit and
      git sha. Buildkite runs the promotion: data checks with Pandera, an evaluation against the champion
      on a frozen holdout, then BentoML builds the serving bundle. Experiments can be scrappy, but
      nothing reaches customers without passing that path. We serve with KServe and shift traffic
      gradually, with automatic rollback if error rate or business metrics dip. Evidently reports on
      input drift daily and, once labels arrive, on accuracy; a Dagster sensor launches retraining when
      either degrades, and the result goes through the same gates. Onboarding a new model went from
      about a month to under a week.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("Onboarding a new model went from about a month to under a week",)),
    J("lifecycle", "vague", "weak", W, 1, T, """
      You collect the data, train a model, test it, deploy it, and then you keep an eye on it and improve
      it over time. Basically it's DevOps applied to machine learning. There are lots of tools for each
      step and which ones you pick depends on the company, so I try to stay flexible and use whatever the
      team already has.""",
      flags=("generic-no-tools", "omits-crucial-steps"),
      maybe=("stages-not-connected", "no-production-distinction"),
      follow_ups=("drift", "feature-store")),
    J("lifecycle", "tuning-talk", "off-target", W, 1, H, """
      Most of my time goes into model selection. I usually start with a simple baseline, logistic
      regression or a small gradient-boosted tree in XGBoost, so we know what good looks like. Then I do
      stratified k-fold cross-validation and run a hyperparameter search with Optuna, usually a few
      hundred trials with early pruning. I look at precision-recall curves rather than accuracy because
      our classes are imbalanced, and I calibrate the probabilities with isotonic regression before
      picking a threshold together with the product team. Finally I check SHAP values to make sure the
      model isn't leaning on a leaky feature.""",
      flags=("stages-not-connected", "omits-crucial-steps"),
      maybe=("no-production-distinction",),
      follow_ups=("feature-store", "drift")),
    J("lifecycle", "spoken-manual-retrain", "spoken", S, 3, T, """
      right so first there's the data side, we pull from the warehouse and build features, then the data
      scientists train and, uh, we track the experiments in mlflow so we know which parameters gave what.
      when a model's good enough we package it in docker and it goes through jenkins to kubernetes, we do
      a canary there so like a small bit of traffic first. then monitoring, prometheus and grafana for
      the service and we look at the prediction distribution too. retraining, um, honestly that's when
      someone notices the numbers drop, we rerun the notebook pipeline by hand""",
      flags=("omits-crucial-steps",),
      maybe=("no-production-distinction",),
      follow_ups=("drift", "rollback", "feature-store")),
    J("lifecycle", "plain-spoken", "paraphrase", S, 4, T, """
      so um the way it works for us is, a scheduled job pulls the data out of the warehouse every night
      and we check it, like are the columns there, are values in range, and then we, we keep a frozen
      copy of every training set so we know exactly what a model was trained on. every training run gets
      written down with its settings and scores and the one we pick gets a number in a central list.
      then an automated build runs the tests and the new model has to beat the current one before it's
      packed up with all its libraries. it goes out to a small share of users first and if it misbehaves
      we just point back at the previous number. after that we watch speed and errors, and once a week we
      compare the incoming data with the training data, and it retrains itself monthly or sooner if that
      comparison looks bad""",
      maybe=("generic-no-tools", "no-production-distinction"),
      follow_ups=("drift", "rollback", "feature-store"),
      equal_to="keyword-gap"),

    # ================================================================== reproducibility
    J("reproducibility", "keyword-full", "keyword", W, 5, T, """
      For me reproducibility means I can take any model in production and rebuild it: same code, same
      data, same environment. Code is in Git and every training run records the commit hash. Data is
      versioned with DVC; the big files sit in an S3 remote and the .dvc pointer files live in the same
      commit, so checking out the commit gives you the exact dataset. Runs are tracked in MLflow, and the
      model goes into the MLflow Model Registry tagged with the commit, the DVC hash and the Docker image
      digest. The environment is a Docker image built from a pinned Conda lock file, so a training job
      behaves the same on my laptop, in CI and on the GPU cluster, which matters because a minor pandas or
      CUDA upgrade can silently change results. We also fix random seeds. That paid off last year: a
      fraud model's recall dropped after a retrain, I checked out the previous registry version's commit
      and data, reproduced both runs side by side and found that a join in the preprocessing had started
      dropping late transactions.""",
      follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "plain-full", "paraphrase", W, 5, H, """
      For me the test is simple: can I take any model that's serving customers and rebuild it from
      scratch. So every model carries a small record of where it came from: the exact revision of the
      code it was trained with, a fingerprint of the exact training files, and the exact set of libraries
      it ran with. The training files themselves are stored under that fingerprint in cheap storage and
      never overwritten, so the fingerprint always leads back to the same rows. The libraries are frozen
      into a sealed image built from a locked list, so the job runs identically on a laptop, in the build
      system and on the training machines; a small upgrade of a maths library can quietly change results.
      We also fix the random starting values. All models sit in one catalogue with those references
      attached. It paid off when a fraud model got worse after a retrain: I rebuilt the old and the new
      model side by side from their records and found that a join in the data preparation had started
      dropping late transactions.""",
      maybe=("tool-unfamiliar",),
      follow_ups=("large-datasets", "dependencies", "model-card"),
      equal_to="keyword-full"),
    J("reproducibility", "keyword-gap", "keyword", W, 4, T, """
      We version all four things: code in Git, data with DVC backed by S3, models in the SageMaker Model
      Registry, and environments as Docker images with pinned requirements. The training pipeline writes
      the Git commit and the DVC data hash into the model package's metadata, and the image tag is
      recorded when the model is registered, so from any approved model version you can find the code,
      data and environment it came from. Environment consistency is the one people underestimate; we had
      notebooks that only worked on one person's machine until everything ran inside the same image. We
      haven't needed a full rebuild in anger yet, but in a dry run we retrained an old version and got
      matching metrics.""",
      follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "backups", "misconception", W, 1, T, """
      We take reproducibility seriously. Every night we back up the S3 buckets with the training data to
      a second region, the model files are copied to Glacier, and the Git repository is mirrored to a
      backup server. So if anything gets deleted or corrupted we can restore it, and nothing we trained
      is ever lost. We also keep the notebooks in a shared drive so anyone can open them. In three years
      we've never lost a model.""",
      flags=("backups-confusion", "environment-ignored"),
      maybe=("tool-unfamiliar", "code-only"),
      follow_ups=("dependencies", "large-datasets"),
      misconception="reproducibility is just having backups",
      not_impact=("three years",)),
    J("reproducibility", "never-versioned", "negated", S, 2, T, """
      so honestly, um, on that team we had git for the code and that was it. we didn't version the data,
      the training table just got overwritten every night, and we didn't have a model registry, the
      models were files in a bucket called like final, final two. we, we did look at dvc once but never
      set it up. and the environments weren't pinned either, people trained on their own laptops. so when
      a model got worse we couldn't actually go back and rebuild the old one, which in hindsight is
      exactly the problem versioning is supposed to solve""",
      flags=("code-only",),
      maybe=("environment-ignored", "tool-unfamiliar"),
      follow_ups=("large-datasets", "dependencies")),
    J("reproducibility", "numbers", "numbers", W, 3, H, """
      Our setup: Git for code, DVC for the 12 TB of training data, MLflow for tracking and the registry,
      and Docker for environments. We keep 180 days of data versions, up to 3 model versions per use case
      in staging, and base images are rebuilt every 14 days on Python 3.10. Seeds are fixed at 42. About
      25 data scientists use it across 30 projects, and we rolled it out in January 2023.""",
      maybe=("environment-ignored",),
      follow_ups=("large-datasets", "dependencies", "model-card"),
      not_impact=("12 TB", "180 days", "3 model versions", "every 14 days", "Python 3.10", "42",
                  "25 data scientists", "30 projects", "January 2023")),
    J("reproducibility", "spoken-example", "spoken", S, 4, H, """
      yeah so, um, every model in our registry points at three things basically, the git commit, the dvc
      version of the data, and the docker image it was trained in. that's the whole trick, you link them.
      we use mlflow for the runs and the registry. and the image part matters more than people think,
      like we had a, we had a case where scikit-learn got bumped a minor version and the scores moved a
      bit, so now everything's pinned and built into the image. when a model misbehaved in production
      once we just checked out those three things, reran it and got the same numbers, and then we could
      actually debug it""",
      follow_ups=("dependencies", "large-datasets", "model-card")),
    J("reproducibility", "other-stack", "other-tools", W, 5, T, """
      We're on a slightly different stack. Data lives in Pachyderm, so every training input is a
      versioned commit in a data repository and the pipeline records which commit each output came from;
      lineage is automatic rather than something people remember to write down. Experiments and models
      are tracked in Weights & Biases, and each model artifact links to the Pachyderm commit, the git sha
      and the image digest. Environments are Poetry lock files baked into OCI images by Buildkite, and
      training only ever runs from those images, because the same code against a different numpy or CUDA
      build is not the same experiment. Seeds are set and logged. The real test came when an auditor
      asked us to justify a credit decision made by a model from eight months earlier: we rebuilt that
      exact model from its artifact links and matched the stored predictions on the audit sample.""",
      follow_ups=("large-datasets", "dependencies", "model-card"),
      not_impact=("eight months earlier",)),
    J("reproducibility", "vague", "weak", S, 1, H, """
      um I make sure everything's in git and I write a readme for each project with the steps so someone
      else can rerun it. reproducibility is really important for debugging and audits so I try to be
      careful and, you know, document things well""",
      flags=("code-only", "environment-ignored"),
      maybe=("tool-unfamiliar",),
      follow_ups=("dependencies", "large-datasets")),
    J("reproducibility", "cross-validation", "off-target", W, 1, T, """
      Reproducible results come from sound evaluation. I never trust a single train-test split; I use
      stratified k-fold cross-validation, report the mean and the standard deviation across folds, and
      compare models with a paired test so a difference isn't just noise. For time-series data I use
      forward-chaining splits so the model never sees the future. If a result holds across folds and
      across a second out-of-time sample, I'm confident it will reproduce when we go to production.""",
      flags=("environment-ignored",),
      maybe=("tool-unfamiliar", "code-only"),
      follow_ups=("dependencies", "large-datasets")),
    J("reproducibility", "plain-spoken", "paraphrase", S, 4, T, """
      so we keep four things under control, right. the code obviously has its history, the training data
      is, um, saved as a fixed snapshot that never changes, the finished models go into the cloud
      provider's catalogue for approved models, and the software environment is, like, a sealed image
      with every library at an exact version. when the training job runs it stamps the model with the
      code revision and the snapshot's fingerprint, and the image name gets recorded when we approve it.
      so from any approved model you can walk back to all of it. the environment bit is what people
      forget, we had notebooks that only ran on one guy's laptop until everything moved into the same
      image. we did a trial rebuild of an old model once and the metrics matched""",
      maybe=("tool-unfamiliar",),
      follow_ups=("large-datasets", "dependencies", "model-card"),
      equal_to="keyword-gap"),
    J("reproducibility", "seeds-only", "misconception", W, 2, T, """
      Reproducibility mostly comes down to randomness. At the top of every training script I set the
      seeds for Python's random module, NumPy and PyTorch, and I switch on deterministic cuDNN kernels.
      Library versions are pinned in requirements.txt. With that in place anyone can rerun the notebook
      and get exactly the same model, so I don't see a need for extra versioning tools on top.""",
      flags=("tool-unfamiliar",),
      maybe=("code-only",),
      follow_ups=("large-datasets", "dependencies"),
      misconception="reproducibility just means fixing random seeds"),

    # ================================================================== ml-cicd
    J("ml-cicd", "keyword-full", "keyword", W, 5, T, """
      The difference is that an ML system changes when the code changes and when the data changes, and a
      green build doesn't tell you the model is any good. So on top of the usual lint, unit tests and
      image build, our GitHub Actions workflow adds ML stages. Data validation first: schema, null rates
      and value ranges checked with Great Expectations, on the training snapshot and on a sample of fresh
      production data. Then a Kubeflow Pipelines run trains the candidate in a Docker image, evaluates it
      on a frozen test set, compares it with the production model and runs bias checks by customer
      segment; if it loses on any gate, the pipeline stops. A passing model is registered in MLflow with
      its metrics, promoted to staging on Kubernetes for integration and load tests, then released to
      production as a canary. The pipeline also runs on a schedule and when new data lands, not only on
      commits. Deployment time went from about three days of manual steps to under four hours.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("Deployment time went from about three days of manual steps to under four hours",)),
    J("ml-cicd", "plain-full", "paraphrase", W, 5, T, """
      The difference is that a model can break because the data changed even when nobody touched the
      code, and a passing build says nothing about whether its predictions are any good. So our automated
      build does the normal things, style checks, unit tests, packaging, and then adds steps that only
      exist for models. First it checks the data: are all the columns there, are the empty values and
      ranges what we expect, both for the training snapshot and for a sample of what customers sent
      yesterday. Then it trains the candidate inside a sealed image, scores it on a test set that never
      changes, compares it with the model serving customers now, and checks that it doesn't treat any
      customer group noticeably worse. Losing on any of those stops the run. A winner gets catalogued
      with its scores, tried in a staging copy of the cluster under load, then released to a small share
      of traffic. The whole thing also starts by itself when new data arrives, not only when someone
      commits. Getting a model out went from about three days of manual steps to under four hours.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("Getting a model out went from about three days of manual steps to under four hours",),
      equal_to="keyword-full"),
    J("ml-cicd", "keyword-gap", "keyword", W, 4, T, """
      Our CI/CD for models is Jenkins driving SageMaker Pipelines. A commit to the training repo triggers
      Jenkins to run unit tests on the feature code and build the training and serving Docker images.
      Jenkins then starts a SageMaker pipeline: a processing step validates the input data against a
      schema and statistics baseline, a training step fits the model, and an evaluation step compares AUC
      on a holdout with the currently approved version. Only if it's better is the model registered in
      the SageMaker Model Registry as pending; a human approves it, and that approval triggers deployment
      to a staging endpoint and then production. Compared with ordinary CI/CD, the extra pieces are the
      data checks and the evaluation gate.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge")),
    J("ml-cicd", "same-as-software", "misconception", W, 2, T, """
      Honestly, CI/CD for ML is the same as for any other service, and treating it differently just adds
      complexity. The model file is committed to the repo next to the code. On every merge request GitLab
      CI runs linting and the unit tests, builds a Docker image with the model inside, pushes it to the
      registry and deploys it to Kubernetes with Helm. If the tests pass, it ships. The data scientists
      are responsible for making sure the model is good before they commit it.""",
      flags=("same-as-software", "no-automated-testing"),
      follow_ups=("pipeline-metrics", "pipeline-challenge"),
      misconception="ML CI/CD is identical to software CI/CD"),
    J("ml-cicd", "nothing-tested", "negated", S, 1, T, """
      so we had github actions set up but um it only ran the linting really. we didn't validate the data
      at all, there wasn't any model evaluation step, nobody compared the new model against the old one.
      we didn't containerize anything either, the pipeline just copied the pickle file onto the vm over
      ssh and restarted the service. and there was no canary or anything, it went to everyone at once. so
      yeah that was our ci cd""",
      flags=("no-automated-testing", "no-containers", "same-as-software"),
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge")),
    J("ml-cicd", "numbers", "numbers", W, 3, H, """
      The pipeline has 14 stages and runs in about 45 minutes on GitLab CI. It's triggered by a merge or
      when 5,000 new labelled rows have arrived. Data validation rejects a batch if more than 2 percent of
      values are null. The candidate has to beat production by at least 0.5 points of AUC. Images are
      built with Docker and deployed on Kubernetes through 3 environments, and production gets a 20
      percent canary for 48 hours. We run 12 models this way and built it in Q3 2023.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      not_impact=("14 stages", "45 minutes", "5,000 new labelled rows", "2 percent",
                  "0.5 points of AUC", "3 environments", "20 percent canary", "48 hours", "12 models",
                  "Q3 2023")),
    J("ml-cicd", "spoken-good", "spoken", S, 4, T, """
      okay so the main thing is with ml you've got three things that can change, the code, the data and
      the model, and normal ci only really looks at the code. so um in our gitlab pipeline we added, we
      added a data validation stage first, like schema and distributions, and then a training job that
      runs in the same docker image every time, then an evaluation stage where the new model has to beat
      the current one on a fixed test set and we check the metrics per segment too. if it passes it gets
      registered in mlflow and argo, sorry, helm deploys it to kubernetes, staging first then a canary in
      prod. and it also retriggers when new data lands, not just on commits""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge")),
    J("ml-cicd", "other-stack", "other-tools", W, 5, H, """
      We run Buildkite for CI, Flyte for the ML workflows and Argo CD for delivery. A pull request
      triggers Buildkite to run unit tests and build the container images. Merging kicks off a Flyte
      workflow: it validates the incoming data with Deepchecks, trains the candidate, and evaluates it
      against the current champion on a frozen test set plus fairness slices; failing any check stops the
      workflow. Passing models are logged to Comet's model registry and a bot opens a pull request that
      bumps the model version in our GitOps repo. Argo CD syncs that to the cluster, where Argo Rollouts
      runs a canary and rolls back automatically if error rate or conversion dip. Data arriving, not just
      code changing, also triggers the workflow, which is the part ordinary CI/CD never needed. Lead time
      from a merged change to production dropped from about a week to same-day.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("Lead time from a merged change to production dropped from about a week to same-day",)),
    J("ml-cicd", "buzzwords", "weak", W, 1, H, """
      CI/CD for ML is about automating everything so models get to production faster and more reliably.
      We use Jenkins, Docker and Kubernetes, and the pipeline runs the tests and deploys the model
      automatically. It's very important for MLOps.""",
      flags=("tools-unexplained", "no-automated-testing", "same-as-software"),
      follow_ups=("pipeline-metrics", "pipeline-challenge")),
    J("ml-cicd", "branching", "off-target", S, 1, T, """
      so for us the key is the git workflow. we use trunk based development, um, short lived feature
      branches, every pull request needs two approvals and we squash merge. we use conventional commits
      so the changelog and the semantic version get generated automatically, and we protect main so
      nobody can push directly. it keeps the history really clean and, you know, makes code review a lot
      easier""",
      flags=("same-as-software", "no-automated-testing", "no-containers"),
      follow_ups=("pipeline-challenge", "pipeline-metrics"),
      not_impact=("two approvals",)),
    J("ml-cicd", "tool-list", "spoken", S, 1, H, """
      yeah so we've used pretty much everything, um, jenkins, gitlab ci, github actions, kubeflow,
      sagemaker pipelines, airflow, mlflow, docker, kubernetes, helm, argo, terraform. I'm comfortable
      with all of them and, like, depending on the project we pick whatever fits. the main thing is
      having it automated end to end so that, you know, deployments are fast""",
      flags=("tools-unexplained", "no-automated-testing"),
      maybe=("same-as-software",),
      follow_ups=("pipeline-challenge", "pipeline-metrics")),
    J("ml-cicd", "plain-spoken", "paraphrase", S, 4, T, """
      so um a commit to the training code kicks off our build server, it runs the unit tests on the
      feature code and builds two sealed images, one for training and one for serving. then it hands over
      to the cloud provider's managed workflow, which, uh, first checks the incoming data against the
      expected layout and the usual statistics, then trains the model, then compares it on held back data
      with the version that's currently approved. only if the new one is better does it go into the
      catalogue as waiting for approval, a person signs it off, and that sign off pushes it to a test
      server and then to the live one. so compared with a normal build, the extra bits are really the
      data checks and that, that scoring gate""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      equal_to="keyword-gap"),

    # ================================================================== monitoring
    J("monitoring", "keyword-full", "keyword", W, 5, T, """
      I split it into four layers. Infrastructure: CPU, memory, GPU utilisation, latency and error
      rates, scraped by Prometheus and shown in Grafana. Data quality: for each feature we track missing
      values, out-of-range values and outliers against the training profile. Drift: SageMaker Model
      Monitor compares the live input distributions with the training baseline, which is data drift.
      Concept drift, the relationship between inputs and the target changing, only shows up in
      performance, so we join predictions with ground truth as labels arrive, usually a few days late, and
      track precision, recall and F1, plus the same metrics per customer segment to catch bias. Until
      labels arrive, the prediction distribution is our early warning. Alerts go through Alertmanager
      with thresholds tuned on historical data and a rule that drift must persist for several windows;
      each alert links to a runbook: check upstream data first, then decide between a fix, a rollback or
      retraining. Everything sits on one dashboard per model that product owners can read too.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "plain-full", "paraphrase", W, 5, H, """
      I watch four things. First the machines: processor and memory use, how long each answer takes and
      how many requests fail. Second the inputs: for each field, how often it's empty, out of range or
      wildly unusual compared with what the model saw in training. Third, whether the world has moved: one
      check compares the mix of incoming values with the training period, but that doesn't tell you
      whether the link between inputs and outcomes has changed, and that only shows up once the true
      outcomes come back, usually days later. So we match predictions with real outcomes and track how
      many of the flagged cases were right and how many real cases we caught, overall and for each
      customer group so one group isn't quietly treated worse. Until outcomes arrive, a shift in the
      model's own scores is the early warning. Alarms only fire when a change lasts several periods in a
      row, and each links to a written checklist: check the upstream data, then fix, go back to the
      previous model, or train a new one. It's all on one page per model.""",
      maybe=("no-tools",),
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      equal_to="keyword-full"),
    J("monitoring", "keyword-gap", "keyword", W, 4, T, """
      We monitor at two levels. The service level is Prometheus and Grafana: request rate, p95 latency,
      errors, CPU and memory. The model level runs as a daily job that writes to the same Grafana: we
      compute PSI for each input feature against the training data to catch data drift, track the share
      of missing values, and once the labels come in, about a week later, we compute precision and recall
      to catch concept drift, since the inputs can look identical while their relationship to the outcome
      changes. Alerts are Grafana alert rules posting to a Slack channel and paging the on-call if the
      accuracy drop is large; the on-call checks the data pipeline first and then decides whether to
      retrain.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      not_impact=("about a week later",)),
    J("monitoring", "infra-only", "misconception", W, 1, T, """
      We monitor the model like any other production service. Prometheus scrapes CPU, memory, request
      rate and latency from every pod, and Grafana shows it all on a dashboard. We have alerts in
      Alertmanager: if CPU goes above 80 percent for five minutes or p99 latency exceeds 500 milliseconds,
      the on-call engineer is paged and usually scales up the deployment. If the service is healthy, the
      model is healthy; the predictions come from the same code every time, so there's nothing extra to
      watch.""",
      flags=("infra-only", "no-drift"),
      maybe=("no-tools",),
      follow_ups=("drift-difference", "when-to-retrain"),
      misconception="a healthy service means a healthy model (only CPU/memory/latency)",
      not_impact=("80 percent", "five minutes", "500 milliseconds")),
    J("monitoring", "drift-is-breakage", "misconception", S, 2, H, """
      so for the model itself we track accuracy on a dashboard in grafana once the labels come back, and
      um we monitor drift. concept drift is basically when the data pipeline breaks, like an upstream
      table changes its schema or a job fails and we get nulls, so we've got checks on row counts and
      nulls that alert us in slack. and data drift is more, like, when the volume of data changes a lot,
      so we alert if daily rows go down by half""",
      flags=("no-drift",),
      maybe=("alerts-unexplained", "no-tools"),
      follow_ups=("drift-difference", "when-to-retrain"),
      misconception="concept drift is when the data pipeline breaks",
      not_impact=("down by half",)),
    J("monitoring", "no-monitoring", "negated", S, 1, T, """
      honestly we, we didn't have proper model monitoring. there was no drift detection, no alerts on
      accuracy, nothing on the input data. we had the default cloud metrics for the vm and that's it. once
      a quarter or so a data scientist would pull a sample and check the accuracy by hand in a notebook,
      and if it looked off we'd retrain. we never set up evidently or model monitor or anything like
      that""",
      flags=("alerts-unexplained", "no-tools"),
      maybe=("no-drift", "infra-only"),
      follow_ups=("when-to-retrain", "drift-difference")),
    J("monitoring", "numbers", "numbers", W, 3, T, """
      We check every 15 minutes. Alerts fire when PSI on any of the 50 input features goes above 0.25,
      when p99 latency exceeds 200 milliseconds, or when rolling accuracy over a 30-day window falls below
      92 percent. Metrics go to Prometheus and Grafana, alerts go to PagerDuty, and there are 3 engineers
      on the rotation. We retrain if two of those alerts fire in the same week. It's been running for 18
      months across 9 models.""",
      maybe=("no-tools",),
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      not_impact=("every 15 minutes", "50 input features", "0.25", "200 milliseconds", "30-day window",
                  "92 percent", "3 engineers", "two of those alerts", "18 months", "9 models")),
    J("monitoring", "spoken-good", "spoken", S, 4, H, """
      yeah so there's like two halves. the boring half is the service, um, latency, errors, cpu, memory,
      that's all prometheus and grafana. the interesting half is the model. we look at the inputs, you
      know, are the distributions still like the training data, that's data drift, and we use evidently,
      sorry, we started with evidently and then moved to sagemaker model monitor for that. and then when
      the labels come back we track precision and recall, because if those drop while the inputs look
      the same that's concept drift, the relationship changed. alerts go to slack and page someone if
      it's bad and the runbook says check the upstream data first, then retrain or roll back""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "other-stack", "other-tools", W, 5, T, """
      We use WhyLabs for the model side and Datadog for the service side. The serving container logs
      every request and prediction through whylogs profiles, so we get per-feature distributions,
      missing-value rates and schema violations without shipping raw data. Drift monitors compare each
      day's profile with a rolling training-time reference; that's data drift. Concept drift we can only
      see through outcomes, so delayed labels are joined in a Snowflake table and Datadog tracks
      precision, recall and calibration per region, which also tells us if one segment is being served
      worse. Seldon's Alibi Detect runs an online drift detector on the embedding features where
      univariate checks are weak. Alerts route through Opsgenie with severity levels: drift alone opens a
      ticket, drift plus a performance drop pages someone. Each has a runbook, and we review noisy
      monitors every sprint and tune their thresholds.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "vague", "weak", W, 1, H, """
      We have dashboards and alerts for the model, and we keep an eye on whether it's performing as
      expected. If something looks wrong we investigate and retrain it. Monitoring is really important
      because models can degrade over time.""",
      flags=("no-drift", "alerts-unexplained", "no-tools"),
      follow_ups=("drift-difference", "when-to-retrain")),
    J("monitoring", "tracing", "off-target", S, 1, T, """
      so observability for us means the three pillars, logs metrics and traces. um every service is
      instrumented with opentelemetry, traces go to jaeger so you can follow a request across like a
      dozen microservices, logs are structured json into loki, and we define slos per endpoint with error
      budgets. when the error budget burns too fast the team stops feature work and fixes reliability.
      it's honestly made incident response way faster""",
      flags=("infra-only", "no-drift", "no-tools"),
      follow_ups=("drift-difference", "when-to-retrain"),
      not_impact=("three pillars", "a dozen microservices")),
    J("monitoring", "plain-spoken", "paraphrase", S, 4, T, """
      so there's two levels, um. the service level is the usual stuff, how many requests, how slow the
      slowest ones are, errors, processor and memory. and then the model level, that's a job that runs
      every day and puts its numbers on the same screens. for every input it measures how far today's
      values have moved from the training data, and how often the value is just missing. then about a
      week later when we know the real outcomes we work out how many of our positive calls were right and
      how many real cases we caught, because, you know, the inputs can look totally normal while what they
      mean for the outcome has changed. if the quality drop is big it pings the team chat and wakes up
      whoever's on call, and they check the upstream data first and then decide whether to retrain""",
      maybe=("no-tools",),
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      not_impact=("about a week later",),
      equal_to="keyword-gap"),

    # ================================================================== iac-containers
    J("iac-containers", "keyword-full", "keyword", W, 5, T, """
      All our ML infrastructure is Terraform: VPC and subnets, the EKS cluster and its GPU node groups, S3
      buckets for data and artifacts, IAM roles, and managed pieces like the SageMaker domain. Modules are
      shared between dev, staging and prod, state is remote in S3 with locking, and every change goes
      through a pull request that shows the plan. Models are packaged as Docker images with the exact
      CUDA, Python and library versions, built multi-stage so the serving image is small; the same image
      runs in CI, staging and production, which is what ends the works-on-my-machine problem with ML
      dependencies. Kubernetes does the orchestration: resource requests and limits per model, GPU node
      pools with taints so only inference pods land there, a horizontal pod autoscaler on request rate,
      and liveness probes so a hung model server is restarted automatically. When we moved the
      recommendation models onto this setup, a new environment went from two weeks of tickets to about
      forty minutes, and GPU spend fell by roughly 30 percent.""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("a new environment went from two weeks of tickets to about forty minutes",
              "GPU spend fell by roughly 30 percent")),
    J("iac-containers", "plain-full", "paraphrase", W, 5, H, """
      Nothing in our cloud accounts is created by hand. The network, the cluster and its graphics-card
      machines, the storage for data and model files, the permissions: all of it is described in
      configuration files in the repository, and a tool turns those files into real resources. The same
      building blocks are reused for the test, staging and live setups, and every change is a reviewed
      pull request that shows exactly what will be created or destroyed before anyone applies it. Each
      model is shipped as a self-contained image holding the exact driver, language and library
      versions, so the thing we tested is byte for byte the thing that runs in production. The cluster
      scheduler then decides where each copy runs: every model declares how much memory and compute it
      needs, only serving workloads may use the graphics-card machines, copies are added when traffic
      rises, and a copy that stops answering is restarted without anyone waking up. For the
      recommendation models, a new environment went from two weeks of tickets to about forty minutes, and
      our graphics-card bill fell by roughly 30 percent.""",
      maybe=("no-iac",),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("a new environment went from two weeks of tickets to about forty minutes",
              "our graphics-card bill fell by roughly 30 percent"),
      equal_to="keyword-full"),
    J("iac-containers", "keyword-gap", "keyword", W, 4, T, """
      I've used Terraform for about four years, mostly on GCP: GKE clusters with separate CPU and GPU
      node pools, Cloud Storage buckets for datasets and model artifacts, service accounts, and the Vertex
      AI resources we use, all in modules per environment. Our models ship as Docker images with pinned
      dependencies and the weights pulled from the registry at startup, so the same image goes from CI to
      staging to production and a dependency conflict can't sneak in. On GKE we run the model servers as
      Deployments with requests and limits, a horizontal pod autoscaler and readiness probes, and batch
      scoring runs as Kubernetes Jobs. The biggest win was our fraud-scoring service: it used to be
      hand-built VMs, and moving it to this setup made deployments boring and repeatable.""",
      maybe=("generic-no-examples",),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      not_impact=("about four years",)),
    J("iac-containers", "bash-is-iac", "misconception", W, 2, T, """
      We do infrastructure as code: all our setup scripts are in Git. There's a bash script that calls the
      AWS CLI to create the instances, the buckets and the security groups, and another that installs
      Docker and our dependencies on each machine. For the models we use docker-compose on one large GPU
      instance, which is really all you need in production; Kubernetes is overkill for ML unless you're
      Google. Containers are nice because you don't have to install things twice.""",
      flags=("no-iac", "docker-xor-kubernetes"),
      maybe=("container-benefits-missing", "generic-no-examples"),
      follow_ups=("resource-utilization", "managed-vs-self-hosted", "secrets"),
      misconception="IaC is shell scripts kept in Git; Kubernetes is unnecessary in production"),
    J("iac-containers", "console-clicks", "negated", S, 1, H, """
      um so to be honest we didn't use terraform or anything like that, everything was set up by clicking
      in the console. and the models, we never really put them in docker, they ran in a virtualenv on the
      server. kubernetes we, we talked about it but we didn't go there. so my experience with iac is, uh,
      mostly from tutorials""",
      flags=("no-iac", "container-benefits-missing", "generic-no-examples"),
      maybe=("docker-xor-kubernetes",),
      follow_ups=("managed-vs-self-hosted", "secrets")),
    J("iac-containers", "numbers", "numbers", W, 3, T, """
      We maintain 12 Terraform modules across 3 regions and 4 environments. The EKS cluster has up to 40
      GPU nodes, and the serving images are about 2.3 GB after a multi-stage Docker build. Each model
      deployment runs 2 to 20 replicas, scaling at 70 percent CPU, with liveness probes every 10 seconds.
      I set this up over 18 months starting in 2021, and it hosts around 60 models today.""",
      flags=("generic-no-examples",),
      maybe=("container-benefits-missing",),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      not_impact=("12 Terraform modules", "3 regions", "4 environments", "40 GPU nodes", "2.3 GB",
                  "2 to 20 replicas", "70 percent CPU", "every 10 seconds", "18 months", "2021",
                  "around 60 models")),
    J("iac-containers", "spoken-good", "spoken", S, 4, T, """
      yeah so terraform is, is kind of my bread and butter. at my last job I wrote the modules for our eks
      cluster, the gpu node groups, the s3 buckets for the models, iam, all that, and every change went
      through a pull request with the plan attached. for the models themselves, um, each one is a docker
      image with the weights and the exact library versions, and the reason is simple, like the model
      behaves the same on my laptop, in ci and in prod. then kubernetes runs them, we set requests and
      limits, an autoscaler on traffic, and if a pod hangs it just gets restarted. when we moved our batch
      scoring onto it the nightly run went from like six hours to under two""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("the nightly run went from like six hours to under two",)),
    J("iac-containers", "pulumi-kserve", "other-tools", W, 5, H, """
      We define infrastructure in Pulumi with Python, which suits an ML team because the engineers who
      write the pipelines can review it; there are stacks per environment and policy checks in CI that
      block public buckets or untagged GPU instances. Crossplane manages a few cloud resources from inside
      the cluster so data scientists can request a bucket with a manifest. Models are built into OCI
      images with Buildpacks, so every model gets the same base, pinned libraries and a scanned,
      reproducible artifact. The cluster runs KServe for serving, with Karpenter provisioning GPU nodes
      only when inference pods are pending and removing them when idle, and KServe's readiness checks and
      replica autoscaling handle self-healing and bursts. Argo CD keeps the cluster matching Git. Moving
      our vision models onto this cut GPU spend by about 40 percent and took new model rollout from days
      to under an hour.""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("cut GPU spend by about 40 percent", "took new model rollout from days to under an hour")),
    J("iac-containers", "vague", "weak", S, 1, T, """
      yeah I've used docker and a bit of terraform. containers make things portable and terraform lets you
      define your infrastructure as code, so it's reproducible. I'm pretty comfortable with both and I'm,
      you know, always happy to learn more""",
      flags=("generic-no-examples", "docker-xor-kubernetes"),
      maybe=("no-iac", "container-benefits-missing"),
      follow_ups=("secrets", "managed-vs-self-hosted")),
    J("iac-containers", "python-packaging", "off-target", W, 1, H, """
      I'm quite strict about project structure. Every ML repository uses Poetry for dependencies, a src
      layout, pre-commit hooks with ruff and mypy, and pytest with at least unit tests for the feature
      transformations. Configuration lives in Hydra YAML files so experiments can be launched with
      overrides from the command line, and we publish shared code as internal packages to a private
      index. It makes onboarding a new data scientist much easier.""",
      flags=("no-iac", "container-benefits-missing", "generic-no-examples"),
      maybe=("docker-xor-kubernetes",),
      follow_ups=("secrets",)),
    J("iac-containers", "plain-spoken", "paraphrase", S, 4, T, """
      so I've been writing our cloud setup as code for about four years, mostly on google's cloud. the
      clusters with separate regular and graphics-card machine pools, the storage for datasets and model
      files, the service identities, and the managed ml resources, all in reusable blocks per environment.
      um each model ships as a sealed image with exact library versions and it pulls its weights from the
      catalogue when it starts, so the same image goes from the build to staging to live and, like, a
      dependency clash can't sneak in. on the cluster the model servers declare how much cpu and memory
      they need, there's automatic scaling and health checks, and batch scoring runs as one-off jobs. the
      big win was our fraud scoring service, it used to be hand built machines and now releasing it is
      boring and repeatable""",
      maybe=("no-iac", "generic-no-examples"),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      not_impact=("about four years",),
      equal_to="keyword-gap"),
    J("iac-containers", "nomad", "other-tools", W, 4, T, """
      We're a HashiCorp shop, so for us it's Terraform for the cloud accounts and Nomad instead of
      Kubernetes for orchestration. Models are packaged as container images with the weights baked in,
      and Nomad schedules them onto a GPU client pool using device constraints, restarts failed
      allocations, and does canary updates with automatic revert. Secrets come from Vault, injected at
      runtime. Compared with the Kubernetes setup we evaluated, it's far less to operate for a
      four-person team, though we give up the ecosystem of operators like KServe. The migration from
      hand-managed VMs cut our inference incidents from several a month to roughly one a quarter.""",
      maybe=("docker-xor-kubernetes",),
      follow_ups=("secrets", "resource-utilization", "managed-vs-self-hosted"),
      impact=("cut our inference incidents from several a month to roughly one a quarter",),
      not_impact=("four-person team",)),

    # ================================================================== cloud-platform
    J("cloud-platform", "sagemaker-full", "keyword", W, 5, T, """
      I've spent three years on AWS SageMaker. Our training runs as SageMaker Pipelines: a processing step
      for features, training jobs on managed spot instances, an evaluation step, and a conditional step
      that registers the model in the SageMaker Model Registry. Features live in SageMaker Feature Store,
      offline for training and online for low-latency lookups. Models serve from real-time endpoints with
      autoscaling, or batch transform for nightly scoring, and Model Monitor checks data quality and
      drift against the training baseline. Strengths: it's deeply integrated with IAM, S3 and CloudWatch,
      everything is managed, and it scales without us running clusters. Weaknesses: you're locked into
      AWS-specific APIs, the cost model is hard to reason about because idle endpoints quietly burn
      money, and the learning curve and slow pipeline iteration frustrate data scientists. A concrete
      win: moving training to managed spot and putting shared features in Feature Store cut training cost
      by about 60 percent and feature work for new models by roughly a third.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut training cost by about 60 percent", "feature work for new models by roughly a third"),
      not_impact=("three years",)),
    J("cloud-platform", "plain-google", "paraphrase", W, 4, H, """
      Most of my platform work was on Google's managed machine-learning service. We chained our steps,
      data preparation, training, evaluation, in its hosted workflow runner, which is built on an
      open-source workflow format, so the definitions aren't trapped there. Training ran as managed jobs
      on graphics cards, finished models went into its model catalogue, and we served them from its
      hosted prediction servers, which let us send a small share of traffic to a new version first. We
      also used its shared store for online features and its built-in checks that compare live inputs
      with the training data. The good parts: it sits right next to Google's data warehouse, so getting
      training data is trivial, and the prediction servers scale without us running a cluster. The bad
      parts: the feature store product was replaced while we were using it and we had to migrate, finding
      out why a workflow step failed is slow, and the prediction servers never scale down to zero, so the
      bill for idle models adds up.""",
      maybe=("generic-platform", "no-feature-knowledge"),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      equal_to="vertex-gap"),
    J("cloud-platform", "vertex-gap", "keyword", W, 4, T, """
      Most of my platform experience is GCP Vertex AI. We orchestrated training with Vertex AI Pipelines,
      which are Kubeflow pipelines under the hood, used custom training jobs on GPUs, stored models in the
      Vertex Model Registry, and served them from Vertex endpoints with traffic splitting for canaries. We
      also used Vertex Feature Store for online features and Model Monitoring for skew and drift on the
      inputs. Strengths: the BigQuery integration is excellent, the pipelines are portable because they're
      Kubeflow, and endpoints autoscale without any cluster to manage. Weaknesses: the feature store was
      redesigned mid-project and we had to migrate, debugging a failed pipeline step is slow, and costs
      for always-on endpoints add up because they don't scale to zero.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud")),
    J("cloud-platform", "notebooks", "misconception", W, 1, T, """
      SageMaker is basically EC2 with Jupyter notebooks on top. We spin up a notebook instance, load data
      from S3, train the model right there, and save it back to S3. Then we run a small Flask app on
      another EC2 instance to serve it. The big strength is that it's managed, so you don't have to
      install Jupyter yourself, and honestly I haven't found any real weaknesses; it does what it
      says.""",
      flags=("basic-services-only", "no-feature-knowledge", "one-sided"),
      follow_ups=("managed-vs-custom", "costs"),
      misconception="SageMaker is just hosted Jupyter notebooks on EC2"),
    J("cloud-platform", "unused-azure", "negated", S, 2, H, """
      so we were on azure ml but honestly we, um, we didn't really use the ml parts. we didn't use the
      pipelines, we didn't register models in the registry, and we never used the managed online
      endpoints, we just ran training scripts on compute instances and served from an app service. so I'd
      say the strength is it's in the azure ecosystem so active directory and storage just work, and the
      weakness is it's, like, pretty confusing to learn, which is probably why we never got into the
      rest""",
      flags=("basic-services-only", "no-feature-knowledge"),
      maybe=("generic-platform",),
      follow_ups=("managed-vs-custom", "costs")),
    J("cloud-platform", "numbers", "numbers", W, 3, T, """
      We ran SageMaker across 3 AWS accounts for 2 years. There were 6 SageMaker Pipelines, about 40
      real-time endpoints mostly on ml.g5.2xlarge instances, Model Monitor on a 1-hour schedule, and the
      Feature Store held around 900 features. Our monthly budget was about 60,000 dollars. The strength is
      integration with the rest of AWS; the weakness is lock-in and the cost of idle endpoints.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      not_impact=("3 AWS accounts", "2 years", "6 SageMaker Pipelines", "about 40 real-time endpoints",
                  "ml.g5.2xlarge", "1-hour schedule", "around 900 features", "60,000 dollars")),
    J("cloud-platform", "spoken-azure", "spoken", S, 4, T, """
      okay so I'll talk about azure machine learning cause that's where I spent the last two years. we
      used the azure ml pipelines for training, um, registered everything in the model registry, and
      deployed to managed online endpoints, and the nice thing there is blue green is built in, like you
      can put ten percent on the new deployment and shift it over. we also used the data drift monitors,
      although those were, they were kind of basic. strengths, it plugs into active directory and devops
      really well and the managed compute saves you running clusters. weaknesses, the sdk changed from v1
      to v2 and we had to rewrite a lot, the ui is confusing, and it's very much azure only""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      not_impact=("the last two years", "ten percent")),
    J("cloud-platform", "databricks", "other-tools", W, 5, H, """
      My main platform is Databricks on AWS. Training and batch jobs run as Databricks Workflows defined
      in Asset Bundles, so the whole project deploys from CI like code. Models are tracked with managed
      MLflow and registered in Unity Catalog, which gives us lineage from table to model and proper access
      control. Features are Unity Catalog feature tables served through online tables, models run on
      Mosaic AI Model Serving with scale-to-zero, and Lakehouse Monitoring profiles the inference tables
      for drift and quality. Strengths: data, features, models and monitoring share one governance layer,
      and serverless compute removed most cluster tuning. Weaknesses: DBU pricing is opaque, so costs need
      constant tagging and budgets; the serving layer is less flexible than running our own containers
      for unusual runtimes; and features get renamed every few months. Consolidating three separate tools
      onto it cut the time to ship a new model from about six weeks to two.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut the time to ship a new model from about six weeks to two",),
      not_impact=("three separate tools",)),
    J("cloud-platform", "vague", "weak", W, 1, T, """
      I've used AWS a lot: EC2, S3, Lambda and RDS. It's very scalable and reliable, and there's a service
      for everything. The main weakness is that it can get expensive if you're not careful.""",
      flags=("generic-platform", "basic-services-only", "no-feature-knowledge"),
      maybe=("one-sided",),
      follow_ups=("costs", "managed-vs-custom")),
    J("cloud-platform", "on-prem-story", "off-target", S, 1, T, """
      so the biggest platform decision I was part of was moving off our on prem hadoop cluster to the
      cloud. um the hardware was end of life, the team spent half its time patching, and every new project
      waited weeks for capacity. we did a, a proper business case, ran a proof of concept, trained the ops
      team, and migrated the data over about six months. it freed up a lot of people to work on actual
      product stuff""",
      flags=("generic-platform", "no-feature-knowledge", "basic-services-only"),
      maybe=("one-sided",),
      follow_ups=("managed-vs-custom", "costs", "multi-cloud"),
      not_impact=("half its time", "about six months")),
    J("cloud-platform", "fan", "spoken", S, 3, H, """
      oh sagemaker is great honestly. we used pipelines for all the training, the feature store for online
      features, model registry with approvals, real time endpoints with autoscaling and model monitor for
      drift. it all just works together and it's all managed so we didn't need a platform team, and it
      scales to whatever you throw at it. I really can't think of anything I'd complain about, it's, you
      know, the best platform out there""",
      flags=("one-sided",),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud")),
    J("cloud-platform", "managed-means-no-ops", "misconception", W, 2, T, """
      We moved everything to Vertex AI precisely so we'd stop doing MLOps ourselves. The point of a
      managed platform is that Google handles the operations: you upload the model to an endpoint and it
      scales, monitors and maintains itself. We switched on Model Monitoring and that covers quality.
      Because of that we don't really need pipelines or a registry, and we disbanded the small platform
      team. I don't see real downsides; lock-in is a myth if the model is just a file.""",
      flags=("one-sided",),
      maybe=("basic-services-only", "no-feature-knowledge"),
      follow_ups=("managed-vs-custom", "multi-cloud", "costs"),
      misconception="a managed platform means no MLOps work is needed"),

    # ================================================================== challenging-project
    J("challenging-project", "keyword-star", "keyword", W, 5, T, """
      Situation: our fraud-scoring model had to move from nightly batch to real time at checkout, and the
      first version timed out under holiday-peak load. Task: as the MLOps lead, I owned making inference
      fast and reliable without swapping the model. Action: I profiled the service and found two problems:
      features were computed on the fly from the warehouse, and the Docker image was 6 GB with a cold
      start of several minutes. I introduced a Feast feature store with Redis for online features, rebuilt
      the image multi-stage on a slim base, converted the model to ONNX, and set up Prometheus alerts plus
      a drift dashboard so we'd see degradation before customers did. I also wrote the rollback runbook.
      Result: p99 latency went from 800 ms to 120 ms, we passed the peak with zero timeouts, and because
      the features were shared, the next two models reused them and shipped in half the time.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("p99 latency went from 800 ms to 120 ms", "we passed the peak with zero timeouts",
              "shipped in half the time"),
      not_impact=("6 GB",)),
    J("challenging-project", "plain-result", "plain-result", S, 5, T, """
      so the situation was, um, we had about thirty models and every retrain was a, like a week of manual
      steps, somebody copying files, somebody else updating configs by hand, and things broke all the
      time. my job was to make releases safe and boring. what I did was, I moved the training into one
      shared pipeline that validates the data and checks the new model against the old one, packed
      everything into docker images, and we deployed through argo with automatic rollback, and I set up
      drift alerts so we'd retrain when it mattered instead of on a calendar. and the result, releases
      went from a week of manual steps to an afternoon, and because we stopped running big training jobs
      on a fixed schedule and used spot machines, it brought our cloud bill down by about a quarter.
      nobody got paged for a bad release that whole year""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("releases went from a week of manual steps to an afternoon",
              "brought our cloud bill down by about a quarter",
              "nobody got paged for a bad release that whole year"),
      not_impact=("about thirty models",)),
    J("challenging-project", "result-first", "reordered", W, 5, H, """
      The outcome first: we cut our model's time to retrain and redeploy from three weeks to two days, and
      we haven't had a silent accuracy drop since. How we got there: I wrote a Kubeflow pipeline that
      pulls a versioned snapshot with DVC, validates it, trains, and compares the challenger with the
      champion before anything is registered in MLflow, and I added drift monitoring on the inputs so
      retraining is triggered by evidence rather than by someone noticing. My part was to own the whole
      retraining path end to end, because nobody did. And the reason it mattered: we were running a
      demand forecasting model for four hundred stores, it had been trained once by a contractor, nobody
      could rebuild it, and during a promotion season its errors doubled and stores ran out of stock
      before anyone noticed.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("cut our model's time to retrain and redeploy from three weeks to two days",
              "we haven't had a silent accuracy drop since"),
      not_impact=("four hundred stores", "its errors doubled")),
    J("challenging-project", "plain-star", "paraphrase", W, 5, T, """
      Our fraud check had to move from an overnight batch to answering while the customer was paying, and
      the first version fell over under holiday-peak traffic. I was responsible for making it fast and
      dependable without swapping the model. When I measured where the time went, two things stood out:
      every request recalculated customer history straight from the warehouse, and the packaged service
      was so bloated that a new copy took minutes to start. So I precomputed the customer history into a
      fast shared lookup that both training and the live service read, slimmed the package down to the
      bare essentials, converted the model into a leaner format, and added alarms on response time and on
      the incoming data shifting, plus a written plan for going back to the previous version. The slowest
      one percent of responses went from 800 ms to 120 ms, we got through the peak without a single
      timeout, and the next two models reused the shared lookups and shipped in half the time.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("The slowest one percent of responses went from 800 ms to 120 ms",
              "we got through the peak without a single timeout", "shipped in half the time"),
      equal_to="keyword-star"),
    J("challenging-project", "keyword-gap", "keyword", W, 4, T, """
      We had a churn model whose training data came from five upstream tables owned by different teams,
      and schema changes kept silently breaking it. I was asked to make the pipeline reliable. I added
      Great Expectations checks at each source so a changed column fails loudly at ingestion instead of
      producing garbage features, versioned the training snapshots with DVC, and moved the retraining into
      Airflow with an evaluation gate in MLflow so a worse model is never promoted. I also set up a
      contract review with the upstream teams so schema changes are announced. After that we went from
      roughly one broken retrain a month to none in the following two quarters.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("from roughly one broken retrain a month to none in the following two quarters",),
      not_impact=("five upstream tables",)),
    J("challenging-project", "accuracy-is-mlops", "misconception", W, 2, H, """
      My most challenging project was our credit-risk model. The challenge was that the baseline was
      stuck at an AUC of 0.81 and the business wanted better. I spent two months on feature engineering,
      ratios, rolling aggregates, target encoding, and ran large hyperparameter searches over LightGBM
      with Optuna. I also tried a neural network, which didn't beat the trees. In the end we got the AUC
      from 0.81 to 0.86, which the risk team was very happy with. That's what MLOps is really about:
      getting the best model.""",
      flags=("no-mlops-intersection",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders"),
      misconception="an MLOps challenge means improving model accuracy",
      impact=("got the AUC from 0.81 to 0.86",),
      not_impact=("stuck at an AUC of 0.81", "two months")),
    J("challenging-project", "not-measured", "negated", S, 1, T, """
      um so the project was migrating our models to kubernetes and it was, it was pretty chaotic. we
      didn't really have monitoring so I can't tell you if latency got better, we never measured before
      and after. and a lot of the problems weren't on my side honestly, the data team kept changing the
      schema without telling us and the data scientists handed over notebooks that didn't run. so it went
      live eventually, late, but that wasn't really in my control""",
      flags=("no-quantified-impact", "blame"),
      maybe=("vague",),
      follow_ups=("do-differently", "stakeholders", "biggest-learning")),
    J("challenging-project", "numbers", "numbers", W, 2, T, """
      It was a nine-month project starting in March 2023 with a team of 5. We served 40 models, about 2
      million requests a day, behind a 300-millisecond latency SLO. I designed the rollout: a 10 percent
      canary for 24 hours on Kubernetes, then 50 percent, then full traffic, with MLflow as the registry
      and a retraining job every 7 days. It went live on schedule and the stakeholders were happy with
      it.""",
      flags=("no-quantified-impact",),
      maybe=("vague",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders"),
      not_impact=("nine-month project", "March 2023", "team of 5", "40 models",
                  "about 2 million requests a day", "300-millisecond", "10 percent", "24 hours",
                  "50 percent", "every 7 days")),
    J("challenging-project", "other-stack", "other-tools", W, 5, H, """
      Our image-moderation models were choking during traffic spikes: GPU utilisation sat around a fifth
      of capacity, yet queues backed up and uploads were held for minutes. I owned the serving platform,
      so the fix was mine to find. Tracing showed each model server handled one request at a time. I moved
      serving to Ray Serve with dynamic batching, packaged the models with BentoML so each had a
      reproducible build, put the retraining workflow into Metaflow with an evaluation gate, and added
      Evidently drift reports plus alerts on queue depth. We rolled it out model by model behind a
      traffic split. Moderation delays dropped from minutes to under two seconds at peak, we ran the same
      load on a third of the GPUs, and the on-call rotation went a full quarter without a moderation
      page.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("Moderation delays dropped from minutes to under two seconds at peak",
              "we ran the same load on a third of the GPUs",
              "went a full quarter without a moderation page"),
      not_impact=("around a fifth of capacity",)),
    J("challenging-project", "vague", "weak", S, 1, T, """
      yeah so there was this one project where the deadlines were really tight and the requirements kept
      changing. um I worked really hard, communicated a lot with the team and, you know, in the end we
      delivered it. I learned a lot about teamwork from that one""",
      flags=("vague", "no-quantified-impact"),
      maybe=("no-mlops-intersection",),
      follow_ups=("biggest-learning", "do-differently")),
    J("challenging-project", "strengths", "off-target", W, 1, H, """
      I'd say my biggest strength is that I sit between data science and engineering. I understand how
      models are trained and evaluated, and I also know how to run reliable services, so I can translate
      between the two teams. I'm also very organised: I keep a running decision log, write design docs
      before building anything, and I'm the person who makes sure the runbooks are up to date. People
      tell me I'm calm under pressure.""",
      flags=("vague", "no-quantified-impact"),
      maybe=("no-mlops-intersection",),
      follow_ups=("biggest-learning", "stakeholders")),
    J("challenging-project", "blame", "spoken", S, 2, T, """
      so the challenge was our recommendation model kept degrading in production and um, the data
      scientists had built it on a laptop with a different preprocessing than production, so honestly
      that was on them. I containerized the training, set up a feature pipeline so training and serving
      used the same code and added drift alerts. once that was in, the click-through drop stopped. but
      yeah if they'd followed the process in the first place we wouldn't have needed any of it""",
      flags=("blame", "no-quantified-impact"),
      follow_ups=("do-differently", "stakeholders", "biggest-learning")),
    J("challenging-project", "spoken-qualitative", "spoken", S, 3, H, """
      okay so um, the hardest one was a, a pricing model where the features came from like four
      different systems and training kept failing at night. I was the one on the hook for it. so I added
      data validation at the start of the pipeline so it fails early with a clear message, I versioned
      the training snapshots with dvc, and I moved the whole thing into airflow with retries and alerts
      into our slack. after that it was a lot more stable, like the team stopped having to rerun things
      by hand every morning, and the data scientists trusted the numbers again""",
      flags=("no-quantified-impact",),
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      not_impact=("four different systems",)),
]


def by_question(split: str | None = None) -> dict[str, list[Judged]]:
    """The answers grouped by question id (in guide order); only one split when ``split`` is given."""
    out: dict[str, list[Judged]] = {q: [] for q in QUESTIONS}
    for a in ANSWERS:
        if split is None or a.split == split:
            out.setdefault(a.question, []).append(a)
    return out


__all__ = ["ANSWERS", "CORE_KINDS", "KINDS", "QUESTIONS", "STORY_KINDS", "Judged", "J", "by_question"]
