"""A third, fresh labelled set of interview answers, written BLIND (now tuning data).

Provenance and rules
--------------------
* Written blind by a separate helper session on 2026-12-01, after the scorer had been tuned on
  ``judgement_answers.py`` (and measured on ``judgement_answers_fresh.py``). That session did not read
  the scorer's code (``voice_interviewer/``), ``benchmarks/``, the concept ``aliases``, descriptions,
  misconceptions, rules, cues or any other matching data in ``questions/guide.toml``, nor the answers
  in ``judgement_answers.py`` beyond its docstring, ``Judged`` / ``J`` helpers, constants and first
  examples (for the format), nor ``judgement_answers_fresh.py`` beyond its docstring and first three
  entries (for the format). It did not run ``voice-interviewer score``, any scorer or any benchmark on
  these answers. Only the guide (shared/seed/000_03ac0d1b1b231269.txt) and the question / red-flag /
  follow-up ids and wording in ``questions/guide.toml`` were consulted.
* It was written as the untouched holdout (never tuned on). That ended on 2026-12-01: see the last
  point below.
* The labels were written together with each answer, before anything was scored, and are what a
  careful human interviewer reading the guide would decide. They must NEVER be edited after scoring:
  if the scorer disagrees, the scorer is what changes (or the disagreement is reported). A label that
  was genuinely wrong may only be fixed in its own commit that says why, never to make a test or a
  figure look better.
* Every answer is ``split == "holdout"``. Since 2026-12-01 (the fifth pass on issue 11) its errors
  have been read and the scorer changed on them, so it now counts as tuning data; the untouched
  blind holdout is ``judgement_answers_fresh3.py``. The labels stay as they were written.

Field meanings are those of ``judgement_answers.py`` (``Judged`` / ``J``). Per question there are 8
answers, imagined as 8 different candidates: a keyword answer and its plain-words paraphrase
(``equal_to``), a confident misconception, a negated answer, a numbers answer (numbers that are not
impact in ``not_impact``), a spoken answer with fillers and restarts, a strong answer on tools the
guide does not name, and a weak or off-target answer. More than 20 of the 56 are in spoken style.
challenging-project answers are STAR stories told in varying order.
"""

from __future__ import annotations

from judgement_answers import H, J, Judged, S, W

ANSWERS: list[Judged] = [
    # ================================================================== lifecycle
    J("lifecycle", "grocery-demand-keyword", "keyword", W, 5, H, """
      Let me anchor it on the demand-forecasting models I ran for a grocery chain. It starts with data
      ingestion: point-of-sale exports and promotions calendars are loaded nightly, checked against a
      schema, and the feature engineering code publishes features to a feature store, so the batch
      training job and the online service use identical definitions. Each training snapshot is pinned
      with DVC, which is our data versioning. Experiment tracking is MLflow: every run logs its
      parameters, metrics and artifacts, and the candidate we pick is registered in the MLflow model
      registry, tied to the data version and the git commit. CI/CD then takes over: the pipeline runs
      unit tests on feature code, data validation, and an evaluation gate against the current champion,
      and packages the model in a Docker image. We deploy to Kubernetes as a canary on a few stores
      first, and for pricing-sensitive changes we run an A/B test. Monitoring covers infrastructure
      health in Prometheus and Grafana, plus data drift on the inputs and forecast error once actual
      sales arrive. When drift or error passes a limit, automated retraining kicks off and the new
      candidate goes through the same gates, so it is a loop, not a hand-off. What separates this from
      an experiment is that nothing serves a store without passing the registry and the gates. It took
      our release time for a model change from about ten days to one day.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("It took our release time for a model change from about ten days to one day",)),
    J("lifecycle", "grocery-demand-plain", "paraphrase", W, 5, H, """
      Let me anchor it on the sales predictions I looked after for a chain of food shops. It starts with
      the raw records: till receipts and the offers calendar are loaded every night, checked for the
      expected columns and types, and the code that derives the model's inputs writes them to one shared
      place, so the overnight training job and the live service calculate them the same way. Every time
      we train, the exact rows are frozen and given a label we can come back to. Trying ideas is free,
      but each attempt automatically records its settings, its scores and the file it produced, and the
      one we choose goes into a central catalogue with a number, pointing at the frozen rows and the
      exact code. Then an automated build takes over: it tests the input code, checks the incoming
      records, compares the newcomer with the model currently in use, and seals it together with all
      its libraries into one self-contained package. It goes to a handful of shops first, and for
      changes that touch prices we split shops into two groups and compare. Once live we watch the
      servers' response times and errors, whether today's inputs still look like the ones the model
      learned from, and how far off the predictions were once real sales come in. When those slip past
      a limit, a new model is trained on recent data without anyone asking and passes the same checks,
      so it goes round in a circle rather than being handed over once. What separates this from a
      side experiment is that nothing reaches a shop without the catalogue and the checks. It took our
      release time for a model change from about ten days to one day.""",
      maybe=("generic-no-tools",),
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("It took our release time for a model change from about ten days to one day",),
      equal_to="grocery-demand-keyword"),
    J("lifecycle", "drift-means-broken-dag", "misconception", S, 2, H, """
      yeah so the lifecycle, it's, um, pretty standard honestly. data science builds the model, we get
      a pickle, we put it in docker and ship it to kubernetes behind an api. and then maintenance is
      really about drift, and drift is basically when the pipeline breaks, like the airflow dag fails or
      an upstream table is late or a column gets renamed, that's drift. so we have alerts on the dags
      and when one goes red we fix the job and rerun it and the model's fine again. we don't retrain
      unless the data scientists hand us a new version, because if the pipeline is healthy the model is
      healthy, that's kind of the whole point of mlops.""",
      flags=("omits-crucial-steps",),
      maybe=("stages-not-connected", "no-production-distinction"),
      follow_ups=("drift",),
      misconception="drift means a broken pipeline; a healthy pipeline means a healthy model"),
    J("lifecycle", "startup-skipped-it-all", "negated", W, 2, H, """
      At the startup I came from, the honest picture is that we did not have most of the lifecycle. We
      never versioned the training data; it was whatever the analytics database held that morning. We
      had no experiment tracking and no model registry, so model files were named by date in a shared
      folder. There was no CI/CD for the model either: I built the Docker image on my laptop and pushed
      it to the cluster myself, with no canary and no A/B test. We did not monitor drift or accuracy,
      only whether the endpoint answered, and nobody retrained it unless a customer complained. It
      worked for a demo, but I would not call it a production lifecycle.""",
      flags=("omits-crucial-steps",),
      maybe=("stages-not-connected", "generic-no-tools"),
      follow_ups=("drift", "rollback", "feature-store")),
    J("lifecycle", "fraud-platform-counts", "numbers", W, 4, H, """
      On the fraud team we had 11 models in production across 3 environments, dev, staging and prod.
      Data came in from 4 Kafka topics, features were computed into a feature store with about 260
      features, and every training set was versioned with DVC. Training ran in Kubeflow and logged to
      MLflow, and a model only moved to the registry's Production stage after the CI/CD pipeline passed:
      unit tests, a data validation step that rejects batches with more than 2% nulls, and an evaluation
      gate requiring recall within 0.5 points of the champion. Deployment was a Docker image on
      Kubernetes, as a canary on 5% of traffic for 24 hours before full rollout. Monitoring used
      Prometheus and Grafana for p99 latency under 80 ms and a PSI drift check with a 0.2 threshold;
      crossing it triggered retraining, otherwise we retrained every 14 days. Since 2024 that setup
      halved our false-positive rate, from 4% to 2%, while catching the same fraud.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("halved our false-positive rate, from 4% to 2%",),
      not_impact=("11 models", "3 environments", "4 Kafka topics", "about 260 features",
                  "more than 2% nulls", "within 0.5 points", "5% of traffic", "24 hours",
                  "under 80 ms", "0.2 threshold", "every 14 days", "Since 2024")),
    J("lifecycle", "um-churn-loop-spoken", "spoken", S, 3, H, """
      um, okay so, for us it was, like, a churn model. first there's the data part, we pull, uh, the
      customer events into the warehouse and build features, and we — well, we started versioning the
      training set later, not at first. then the data scientist trains, and we log stuff in mlflow, the
      metrics and the model, and the best one gets registered. then it's, um, packaged in docker and we
      had a pipeline in github actions that runs tests and then deploys it to kubernetes. and then after
      that we monitor, grafana mostly, and we'd look at whether the scores kind of shifted, and if the
      churn predictions looked off we retrained, I mean somebody retrained it by hand, it wasn't
      automatic yet. so it's kind of a circle, you keep going round.""",
      maybe=("omits-crucial-steps", "no-production-distinction"),
      follow_ups=("drift", "rollback", "feature-store")),
    J("lifecycle", "flyte-bentoml-evidently", "other-tools", W, 4, H, """
      At my current company the stack is a bit unusual, but the stages are the standard ones. Raw data
      lives in a lake versioned with lakeFS, so every training run references a commit of the data, not
      just a path. Feature pipelines and training are Flyte workflows, and every run reports to Weights
      & Biases, where the selected model is promoted in the W&B model registry with its lineage. For
      delivery we package models with BentoML, and a Buildkite pipeline runs the tests, a data
      validation step and a comparison against the serving model before Argo CD rolls the bento out,
      first as a shadow deployment, then a canary. In production Evidently reports input drift and
      prediction drift daily, and ground-truth accuracy weekly; a drift report over our limit opens a
      retraining Flyte workflow automatically, and the new model has to pass the same gates. The reason
      for all of this is that a notebook result is only a claim, while a registered, tested and watched
      model is something the business can rely on.""",
      follow_ups=("drift", "rollback", "feature-store")),
    J("lifecycle", "hyperparameter-tangent", "off-target", S, 1, H, """
      so, the lifecycle, I'd say the most important part is really the modelling. you start with a
      baseline, like a logistic regression, and then you, um, try gradient boosting, and you do
      hyperparameter tuning, grid search or bayesian, with cross validation so you don't overfit. and
      you think about the bias variance trade-off, and feature importance, shap values, so the business
      understands it. and then once the metrics are good the model is basically done and, yeah, it goes
      to production.""",
      flags=("stages-not-connected", "omits-crucial-steps", "generic-no-tools"),
      maybe=("no-production-distinction",),
      follow_ups=("drift", "rollback")),
    # ================================================================== reproducibility
    J("reproducibility", "credit-audit-keyword", "keyword", W, 5, H, """
      In credit risk this was not optional, because the regulator can ask us to recreate any decision
      model. We version four things and link them. Code is in Git, and every training job runs from a
      tagged commit. Data is versioned with DVC on top of S3, so the training set is a DVC hash rather
      than a table name. The environment is a Docker image built from a locked Conda environment file,
      and the image digest is recorded, because a different pandas or scikit-learn version can change
      results silently. Models go into the MLflow model registry, and each registered version stores
      the git commit, the DVC data hash, the image digest, the hyperparameters and the random seed. So
      to rebuild version 12 I check out the commit, dvc pull the data, run the same image and get the
      same model. We actually relied on this when a model's approval rate jumped after a retrain: we
      rebuilt both versions side by side and found an upstream join had duplicated rows in the new
      snapshot. Preparing an audit pack went from about three weeks of archaeology to two days.""",
      follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("Preparing an audit pack went from about three weeks of archaeology to two days",),
      not_impact=("version 12",)),
    J("reproducibility", "credit-audit-plain", "paraphrase", W, 5, H, """
      In lending this was not optional, because the authorities can ask us to rebuild any model that
      made decisions. We keep four things under control and tie them together. The code lives in a
      history-tracking repository and every training job starts from a labelled point in that history.
      The training rows are frozen each time and identified by a fingerprint, with the files kept in
      cloud storage, so a training set is a fingerprint rather than just the name of a table. The
      software around the model is sealed in a self-contained image built from an exact list of
      library versions, and we record that image's fingerprint, because a newer version of a maths
      library can quietly change results. Finished models go into a central catalogue, and each entry
      stores the code point, the data fingerprint, the image fingerprint, the settings and the random
      starting value. So to rebuild entry 12 I go back to that code, fetch those frozen rows, run in
      that image, and get the same model. We leaned on this when approvals jumped after a retrain: we
      rebuilt both versions next to each other and found a join upstream had doubled some rows in the
      new data. Preparing an audit pack went from about three weeks of archaeology to two days.""",
      maybe=("tool-unfamiliar",),
      follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("Preparing an audit pack went from about three weeks of archaeology to two days",),
      not_impact=("entry 12",),
      equal_to="credit-audit-keyword"),
    J("reproducibility", "snapshots-are-reproducibility", "misconception", W, 2, H, """
      Reproducibility is something we solved at the infrastructure level. Our S3 buckets have nightly
      snapshots with ninety days of retention, the databases have point-in-time recovery, and the whole
      Kubernetes cluster is backed up with Velero. So if anything is ever lost, whether a model file or
      a table, we can restore it. Code is in Git of course. Because everything is backed up, we never
      needed extra tools like DVC or a model registry; they would just be a second copy of what the
      backups already give us.""",
      flags=("backups-confusion",),
      maybe=("tool-unfamiliar", "environment-ignored", "code-only"),
      follow_ups=("dependencies", "large-datasets"),
      misconception="reproducibility is having backups you can restore",
      not_impact=("ninety days of retention",)),
    J("reproducibility", "only-git-spoken-negated", "negated", S, 2, H, """
      honestly, uh, we didn't version the data at all, it was just, like, the latest parquet files in
      the bucket. and we didn't use mlflow or any registry, the model was a pickle we overwrote each
      time. the code was in git, that part was fine, but the environment wasn't pinned either, it was
      pip install whatever was newest, so, um, no, if you asked me to reproduce last spring's model I
      couldn't have. we knew it was a problem, we just never got to it.""",
      flags=("code-only", "environment-ignored"),
      maybe=("tool-unfamiliar",),
      follow_ups=("large-datasets", "dependencies")),
    J("reproducibility", "pharma-retention-numbers", "numbers", W, 4, H, """
      In the pharma setting the requirements came with numbers attached. We keep 7 years of model
      lineage. The training data is about 4 TB across 30,000 files, versioned with DVC, and we pin
      Python 3.10 and 140 dependencies in a lock file baked into a Docker image. Every run in MLflow
      records the git SHA, the DVC hash, the image digest and seed 1234, and we hold 3 registered
      stages, Staging, Production and Archived. We run a reproducibility check every 30 days: we
      retrain 2 archived models and require metrics to match within 0.1%. Before this system, rebuilding
      an old model took a data scientist around two days; afterwards it took 20 minutes, and the
      last inspection closed with zero findings on model traceability.""",
      follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("afterwards it took 20 minutes", "zero findings on model traceability"),
      not_impact=("7 years", "about 4 TB", "30,000 files", "Python 3.10", "140 dependencies",
                  "seed 1234", "3 registered stages", "every 30 days", "2 archived models",
                  "within 0.1%")),
    J("reproducibility", "uh-recommender-spoken", "spoken", S, 3, H, """
      so for the recommender, um, we — okay, code is in git obviously, and then for the models we used
      mlflow, so every run, uh, has the params and the metrics and the artifact, and the one we ship is
      registered there. for data we, like, we didn't have dvc but we wrote the training data to a dated
      folder in s3 and never deleted it, and the run logs which folder. and the environment, it's all in
      a docker image, so the same libraries, otherwise you get, you know, slightly different numbers
      after a library upgrade. so if something looks weird in prod you can go back and, um, rerun that
      exact version more or less.""",
      maybe=("tool-unfamiliar",),
      follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "pachyderm-wandb-nix", "other-tools", W, 4, H, """
      We built our reproducibility story around lineage rather than conventions. Data lives in
      Pachyderm repositories, so every input commit is immutable and the pipelines that transform it are
      versioned too; a model's provenance is literally a graph of commits. Training runs log to Weights
      & Biases, and model artifacts are W&B artifacts, aliased as candidate or production, with the
      Pachyderm commit id and git commit attached. Environments are built with Nix, which gives us
      byte-for-byte identical dependency sets on a laptop and in the cluster, and we also record CUDA
      and driver versions because those alone have changed our results before. When a churn model's
      calibration degraded, we re-ran the exact previous training from the lineage graph and found the
      difference was a changed label definition upstream, not the code.""",
      follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "git-and-good-docs", "weak", S, 1, H, """
      um, I think the main thing is discipline, really. we put everything in git and we write good
      readmes, so anyone can see what was done. and we have a naming convention for the model files,
      like with the date. and, yeah, communication, people tell each other when they change
      something.""",
      flags=("code-only", "tool-unfamiliar", "environment-ignored"),
      follow_ups=("large-datasets", "dependencies")),
    # ================================================================== ml-cicd
    J("ml-cicd", "ad-ranking-keyword", "keyword", W, 5, H, """
      The core difference is that in ML the artifact depends on three things that change, code, data
      and the trained model, while ordinary CI/CD only has to worry about code. So for our ad-ranking
      models the pipeline in GitLab CI has the usual stages, linting, unit tests and a Docker build, and
      then ML-specific ones. Data validation runs first on the new training snapshot: schema, null
      rates, value ranges and label balance, and it fails the pipeline if the data is off. Then a
      Kubeflow Pipelines run does the model training on Kubernetes, followed by model evaluation against
      the current production model on a fixed holdout set, plus a bias check across advertiser segments.
      Only a model that passes is versioned in the MLflow registry and packaged into a Docker image
      with its exact dependencies. Deployment promotes it through staging to production as a canary,
      and continuous training means the same pipeline is also triggered by new data, not only by a
      commit. Before this, releasing a new model was a week of manual steps; after it, about three
      hours from merge to canary.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("after it, about three hours from merge to canary",)),
    J("ml-cicd", "ad-ranking-plain", "paraphrase", W, 5, H, """
      The core difference is that a model depends on three things that change, the code, the data it
      learned from and the learned result itself, while an ordinary build only has to care about code.
      So for the models that ordered our adverts, our automated build has the usual steps, style checks,
      small code tests and building a self-contained image, and then extra steps you only need for
      learning systems. First it checks the fresh training rows: the columns, how many blanks, whether
      values are in sensible ranges, whether the outcomes are balanced, and it stops everything if
      something is off. Then it trains the model on our cluster and scores it against the model
      currently serving, on a fixed set of held-back examples, and also checks that it is not unfair to
      some groups of advertisers. Only a model that passes gets a number in our catalogue and is sealed
      together with its exact libraries. It then moves to a test environment and to a small share of
      live traffic first, and the same process also starts when new data arrives, not only when
      someone changes code. Before this, releasing a new model was a week of manual steps; after it,
      about three hours from an approved change to the first live users.""",
      maybe=("tools-unexplained",),
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("after it, about three hours from an approved change to the first live users",),
      equal_to="ad-ranking-keyword"),
    J("ml-cicd", "its-just-a-build", "misconception", S, 2, H, """
      I'd push back a bit on the idea that it's different, honestly. a model is just a file, so ML CI/CD
      is the same as any CI/CD. we run pytest on the code, build a docker image with the model file
      inside, push it to the registry and jenkins deploys it to kubernetes. if the unit tests are green
      it's good to go. the accuracy is the data scientist's job before they hand it over, the pipeline
      doesn't need to know anything about data or metrics, that would just, um, slow the builds down.""",
      flags=("same-as-software", "no-automated-testing"),
      follow_ups=("pipeline-metrics", "pipeline-challenge"),
      misconception="ML CI/CD is ordinary software CI/CD; a model is just a file"),
    J("ml-cicd", "no-gates-negated", "negated", W, 2, H, """
      I should be upfront that our pipeline did not do the ML part. We did not validate the data in CI,
      we had no evaluation step comparing a new model with the old one, and nothing checked for bias.
      We also did not containerise the model; Jenkins copied the pickle onto two VMs over SSH and
      restarted the service. Retraining was not in the pipeline at all, a data scientist ran it by hand
      and uploaded the file. So in practice our CI/CD only tested the API code.""",
      flags=("no-automated-testing", "no-containers"),
      maybe=("same-as-software",),
      follow_ups=("pipeline-metrics", "pipeline-challenge"),
      not_impact=("two VMs",)),
    J("ml-cicd", "speech-model-thresholds", "numbers", W, 4, H, """
      For our speech-intent models the GitHub Actions pipeline has 6 stages and runs in about 40
      minutes. Data validation rejects a batch if more than 3% of transcripts are empty or any of the
      25 intent labels has fewer than 200 examples. Training runs as a SageMaker Pipelines job on 2 GPU
      instances, capped at 3 hours. The evaluation gate compares against production on a 10% holdout and
      requires F1 of at least 0.86 and no intent worse by more than 2 points. The approved model is
      registered, built into a Docker image, and rolled out on Kubernetes as a canary to 1% of traffic
      for 6 hours, then 25%, then everything. The pipeline has run 300 times since March. Since we added
      the gates, rollbacks went from 9 in a quarter to 1.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("rollbacks went from 9 in a quarter to 1",),
      not_impact=("6 stages", "about 40 minutes", "more than 3%", "25 intent labels",
                  "fewer than 200 examples", "2 GPU instances", "3 hours", "10% holdout",
                  "at least 0.86", "more than 2 points", "1% of traffic", "6 hours", "then 25%",
                  "300 times", "since March")),
    J("ml-cicd", "like-three-triggers-spoken", "spoken", S, 3, H, """
      okay so, um, the way I'd do it — well the way we did it — is the normal stuff first, like unit
      tests and building the docker image, and then the, uh, the ML bits. so we had a check on the data,
      like, is the schema right, are there weird nulls, and then training, and then we compare the new
      model to the old one, like if the accuracy is worse it just stops. and it runs not only when you
      push code but also, um, when there's new data, which normal ci doesn't do. we used github actions
      and it deployed to kubernetes. I think we didn't really have, like, bias checks or anything, but
      the data and the model gate were there.""",
      maybe=("tools-unexplained",),
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge")),
    J("ml-cicd", "dagster-deepchecks-seldon", "other-tools", W, 4, H, """
      We use Dagster as the backbone, because it models data assets rather than just tasks, so a new
      partition of training data is itself a trigger. A code change goes through Buildkite: unit tests,
      type checks and an image build. A data change materialises the training asset, and before
      training runs, Great Expectations suites check schema, freshness and distributions. After
      training, Deepchecks compares the candidate with the serving model on a frozen evaluation set and
      on slices we care about, including a fairness slice by region, and fails the run if any slice
      regresses. Passing models are logged to Weights & Biases with their lineage, wrapped as a Seldon
      Core deployment in a container, and Argo Rollouts shifts traffic gradually while comparing live
      metrics. So unlike app CI/CD, two of our four triggers are data or schedule, not commits.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      not_impact=("two of our four triggers",)),
    J("ml-cicd", "tool-soup-spoken", "weak", S, 1, H, """
      yeah, so, for CI/CD I've used jenkins, gitlab ci, github actions, circleci, kubeflow, sagemaker
      pipelines, docker, kubernetes, helm, terraform, argo. it depends on the company, um, they're all
      pretty similar really. you set up the pipeline and it runs and deploys, and, uh, that's the
      automation part.""",
      flags=("tools-unexplained", "no-automated-testing"),
      maybe=("same-as-software",),
      follow_ups=("pipeline-metrics", "pipeline-challenge")),
    # ================================================================== monitoring
    J("monitoring", "claims-triage-keyword", "keyword", W, 5, H, """
      For the insurance claims-triage model we monitor in layers. The bottom layer is service health:
      CPU, memory, latency and error rates, scraped by Prometheus and shown in Grafana. Above that is
      data quality on the inputs: missing values, out-of-range amounts, unseen categories and outliers
      per feature. Then data drift: we compare live input distributions with the training baseline
      using PSI and KS tests, and concept drift, where the relationship between inputs and outcome
      changes, which we only see once adjusters close claims and we get labels, so we track precision,
      recall and F1 on the labelled claims weekly. We also watch bias: approval-for-fast-track rates by
      region and claimant age. This runs on SageMaker Model Monitor for the drift and data-quality jobs,
      with custom metrics pushed to Prometheus. Alerts go to Alertmanager with two severities: a warning
      opens a ticket for the model owner, a critical alert pages on-call and links a runbook that says
      whether to roll back, retrain, or fix an upstream feed. All of it sits on one Grafana dashboard
      per model. We now catch model degradations in about a day instead of the three weeks it took
      before, when complaints were our monitor.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      impact=("We now catch model degradations in about a day instead of the three weeks it took before",),
      not_impact=("two severities",)),
    J("monitoring", "claims-triage-plain", "paraphrase", W, 5, H, """
      For the model that sorted insurance claims we watched it in layers. At the bottom, the machines:
      processor and memory use, how long answers take and how often requests fail, collected and shown
      on shared charts. Above that, the quality of what comes in: blanks, claim amounts outside sensible
      ranges, categories the model never saw, extreme values, for each input. Then whether the incoming
      data has moved away from what the model was trained on, measured with standard statistical
      comparisons, and whether the link between the inputs and the real outcome has changed, which we
      can only see once assessors close claims and we learn the true answer, so each week we check how
      many flagged claims were right, how many real cases we caught, and a balance of the two. We also
      check fairness: how often claims are fast-tracked by region and by the claimant's age. The cloud
      provider's managed checking service runs the input and quality jobs, and our own figures go into
      the same charting system. Warnings come in two strengths: the milder one opens a ticket for the
      model's owner, the serious one wakes whoever is on call and points to written steps saying
      whether to go back to the previous model, train a new one, or fix a broken feed. Everything is
      on one screen per model. We now catch model degradations in about a day instead of the three
      weeks it took before, when complaints were our monitor.""",
      maybe=("no-tools",),
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      impact=("We now catch model degradations in about a day instead of the three weeks it took before",),
      not_impact=("two strengths",),
      equal_to="claims-triage-keyword"),
    J("monitoring", "cpu-and-latency-is-enough", "misconception", W, 2, H, """
      We monitor the model the same way we monitor any service, and I think that is the right call. Each
      inference pod exports CPU, memory, GPU utilisation, request latency and HTTP error codes to
      Prometheus, we have Grafana dashboards for them, and PagerDuty alerts when p95 latency or the error
      rate crosses a threshold. If the model is up, fast and returning 200s, it is healthy. Accuracy was
      measured by the data scientists before release, and it does not change while the code stays the
      same, so there is nothing model-specific to watch in production.""",
      flags=("infra-only", "no-drift"),
      maybe=("no-tools",),
      follow_ups=("when-to-retrain", "drift-difference"),
      misconception="a model is healthy if its service is up and fast; accuracy cannot change in production"),
    J("monitoring", "we-dont-watch-the-model", "negated", S, 2, H, """
      um, so, to be honest we don't monitor the model itself. like, we have datadog on the containers,
      so we see memory and latency and if the pod restarts, but we don't track accuracy or anything, we
      never set up drift detection, and there aren't, uh, alerts on the predictions. we'd find out from
      the business team if the numbers looked strange. it's on the roadmap but it never got prioritised.""",
      flags=("infra-only", "no-drift", "alerts-unexplained"),
      maybe=("no-tools",),
      follow_ups=("when-to-retrain", "drift-difference")),
    J("monitoring", "so-psi-numbers-spoken", "numbers", S, 4, H, """
      so, uh, we have about 50 input features and we compute PSI on each one every 15 minutes against
      the training baseline, and anything over 0.25 is a warning, and if it's 5 features at once, that's
      critical. for concept drift we, um, get labels back after about 7 days, so we compute precision
      and recall on a rolling 30-day window and alert if recall drops more than 3 points. latency is
      prometheus and grafana, p99 has to stay under 120 milliseconds. alerts go to slack for warnings
      and pagerduty for criticals, 2 people on the rotation. the thing I'm proud of is the mean time to
      detect a model problem went from 9 days to about 6 hours.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      maybe=("no-tools",),
      impact=("went from 9 days to about 6 hours",),
      not_impact=("about 50 input features", "every 15 minutes", "over 0.25", "5 features at once",
                  "about 7 days", "rolling 30-day window", "more than 3 points",
                  "under 120 milliseconds", "2 people")),
    J("monitoring", "er-dashboards-spoken", "spoken", S, 2, H, """
      er, yeah, monitoring, so we — we had grafana dashboards, like, latency and throughput and stuff,
      and then, um, for the model we kind of looked at the prediction distribution, like if suddenly it
      predicts way more of one class then something's probably off, maybe the input data changed. and
      we'd check accuracy when the labels came in, sometimes, not on a schedule really. alerts, um, I
      think there were some in slack, I didn't set those up myself so I'm not sure what the thresholds
      were.""",
      flags=("alerts-unexplained",),
      maybe=("no-tools", "no-drift"),
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "evidently-whylogs-alibi", "other-tools", W, 4, H, """
      Our serving layer is Seldon Core, and its request logger writes every input and prediction to
      Kafka. From there whylogs builds lightweight statistical profiles per hour, so we get null rates,
      cardinality and distribution sketches without storing raw customer data. Evidently compares each
      day's profile against the reference set for data drift and prediction drift, and Alibi Detect
      runs an online drift detector on the embeddings for the text model. Concept drift we measure
      properly only when labels arrive, via delayed-join jobs that compute precision and recall per
      segment. Service health is Datadog. Alerts are routed through Opsgenie with a runbook per alert
      type, and a drift alert on its own opens an investigation, while drift plus a performance drop
      triggers a retraining job, because drift without harm is not worth a retrain.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "offline-eval-tangent", "off-target", W, 1, H, """
      Model performance is mostly about evaluating it properly before it ships. I always use stratified
      k-fold cross-validation, look at the confusion matrix, and pick the threshold from the
      precision-recall curve rather than defaulting to 0.5. For imbalanced problems I prefer PR-AUC over
      ROC-AUC. If those numbers are solid on a proper test set, the model will perform well in production
      too.""",
      flags=("no-drift", "alerts-unexplained"),
      maybe=("no-tools",),
      follow_ups=("when-to-retrain", "drift-difference"),
      not_impact=("0.5",)),
    # ================================================================== iac-containers
    J("iac-containers", "vision-gpu-keyword", "keyword", W, 5, H, """
      On a computer-vision inspection product I owned the infrastructure. Everything was Terraform: the
      VPC and networking, S3 buckets for images and model artifacts, IAM roles, the EKS cluster with a
      CPU node group and an autoscaling GPU node group, and the managed SageMaker pieces we used for
      batch labelling. Modules were reviewed in pull requests and applied from CI, so staging and
      production were created from the same code and differed only in variables. Each model was
      containerised with Docker: a slim CUDA base image, pinned Python dependencies and the model
      weights pulled at build time, which removed the classic works-on-my-machine problem between the
      research GPUs and production. On Kubernetes we ran the models as Deployments with resource requests
      and limits, GPU scheduling through node selectors and taints, a Horizontal Pod Autoscaler on queue
      depth, and liveness and readiness probes so crashed pods were replaced automatically. Helm charts
      kept the model services uniform. Standing up a new customer environment went from about two weeks
      of tickets to forty minutes, and scaling GPU nodes to zero overnight cut our GPU bill by 35%.""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("Standing up a new customer environment went from about two weeks of tickets to forty minutes",
              "cut our GPU bill by 35%")),
    J("iac-containers", "vision-gpu-plain", "paraphrase", W, 5, H, """
      On a product that inspected photos of parts for defects, I owned the infrastructure. All of it was
      described in code files rather than clicked together: the private network, the storage for images
      and trained models, the access permissions, the cluster of machines with an ordinary pool and a
      pool of graphics-card machines that grew and shrank with demand, and the provider's hosted
      services we used for labelling. Those files were reviewed like any code and applied by the
      automated build, so the test and live setups came from the same definitions and differed only in
      a few settings. Each model was sealed into a self-contained image: a small base with the graphics
      drivers, exact library versions and the trained weights baked in, which ended the problem of
      something working on a researcher's machine and failing in production. The cluster ran several
      copies of each model, with a stated amount of processor, memory and graphics cards per copy, a
      rule that added copies when the queue of waiting images grew, and health checks so a crashed copy
      was replaced by itself. A shared template kept every model service the same shape. Standing up a
      new customer environment went from about two weeks of tickets to forty minutes, and switching the
      graphics-card machines off overnight cut that part of the bill by 35%.""",
      maybe=("no-iac", "docker-xor-kubernetes"),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("Standing up a new customer environment went from about two weeks of tickets to forty minutes",
              "cut that part of the bill by 35%"),
      equal_to="vision-gpu-keyword"),
    J("iac-containers", "compose-on-one-vm", "misconception", W, 2, H, """
      In my view Kubernetes is overkill for ML; production just means the container runs. We put each
      model in a Docker image and run them with docker-compose on one large VM, which is simpler and
      just as production-grade, because Docker already restarts containers that crash. For
      infrastructure as code, our infrastructure is documented: there is a wiki page listing every
      console step to recreate the VM, so anyone can rebuild it. Tools like Terraform mostly add a
      learning curve without adding reliability.""",
      flags=("docker-xor-kubernetes", "no-iac"),
      maybe=("generic-no-examples",),
      follow_ups=("managed-vs-self-hosted", "resource-utilization"),
      misconception="docker-compose on one VM is production-grade; a wiki of console steps is IaC"),
    J("iac-containers", "clicked-in-console-negated", "negated", S, 2, H, """
      so, um, we didn't use terraform or cloudformation, or any infrastructure as code really. the
      cluster was created in the console by one person, and, uh, when he left nobody quite knew how it
      was configured. we did have docker images for the models, and they ran on kubernetes, but we never
      set resource limits or autoscaling, we just made the nodes big. so I know the pieces but I haven't
      built it properly end to end.""",
      flags=("no-iac",),
      maybe=("generic-no-examples",),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization")),
    J("iac-containers", "terraform-module-counts", "numbers", W, 4, H, """
      Our platform repo has 14 Terraform modules covering 3 AWS regions, with remote state in S3 and a
      DynamoDB lock table. Each region runs an EKS cluster with 2 node pools: general nodes on m6i
      instances and a GPU pool of up to 8 g5 instances. We serve 23 models, each a Docker image built
      from a shared base of about 1.1 GB, deployed with Helm. Pods request 2 CPUs and 4 GiB by default,
      the Horizontal Pod Autoscaler targets 60% utilisation with between 2 and 30 replicas, and readiness
      probes run every 10 seconds. The change I can point to is that cold starts for a new model
      replica dropped from about 4 minutes to 50 seconds after we moved weights out of the image and
      onto a cached volume.""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("dropped from about 4 minutes to 50 seconds",),
      not_impact=("14 Terraform modules", "3 AWS regions", "2 node pools", "up to 8 g5 instances",
                  "23 models", "about 1.1 GB", "2 CPUs and 4 GiB", "60% utilisation",
                  "between 2 and 30 replicas", "every 10 seconds")),
    J("iac-containers", "like-helm-spoken", "spoken", S, 3, H, """
      yeah so, um, I've done a fair bit of this. we had terraform for the — for the cloud bits, like the
      buckets and the kubernetes cluster, it was gke. and then every model had a dockerfile, and the
      nice thing is, like, the data scientist's environment and prod are the same image, so no, uh,
      surprises with library versions. on kubernetes we had a helm chart, and we set the cpu and memory,
      and there was autoscaling, I think on cpu. I didn't write most of the terraform myself, I mostly
      changed variables, but I get how it fits together.""",
      maybe=("generic-no-examples",),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization")),
    J("iac-containers", "pulumi-nomad-podman", "other-tools", W, 4, H, """
      My infrastructure experience is mostly outside the Terraform and Kubernetes default. At a logistics
      company we defined everything in Pulumi with Python: networks, object storage, the GPU instance
      pools and the Vault setup for secrets, all reviewed and deployed from CI with previews on every
      pull request, so environments were reproducible from code. Models were built into OCI images with
      Podman and Buildpacks, with dependencies locked, because a model that loads fine on one machine
      and fails on another is usually a library mismatch. We scheduled them on HashiCorp Nomad rather
      than Kubernetes, with GPU device plugins, resource quotas per job, health checks that rescheduled
      failed allocations, and autoscaling from queue length. Nomad was simpler for a team of three to
      operate, though we lost some of the Kubernetes ecosystem, like ready-made serving operators.""",
      maybe=("docker-xor-kubernetes", "generic-no-examples"),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      not_impact=("a team of three",)),
    J("iac-containers", "dockerfile-only-weak", "weak", S, 1, H, """
      um, so I've written dockerfiles, like, for a flask app with a model, and I've run it locally.
      kubernetes I've, uh, done a tutorial on. terraform I haven't used yet but it's, like, next on my
      list. I think containers are just the modern way to deploy things.""",
      flags=("no-iac", "docker-xor-kubernetes", "container-benefits-missing", "generic-no-examples"),
      follow_ups=("managed-vs-self-hosted", "resource-utilization")),
    # ================================================================== cloud-platform
    J("cloud-platform", "sagemaker-marketplace-keyword", "keyword", W, 5, H, """
      Most of my hands-on time is with AWS SageMaker, at a marketplace company with about a dozen models
      in production. We used SageMaker Pipelines as the CI/CD backbone for training and evaluation,
      SageMaker Feature Store with an online store for the ranking features and an offline store in S3
      for training, the SageMaker Model Registry with manual approval for promotion, real-time SageMaker
      Endpoints with autoscaling for serving, and SageMaker Model Monitor for data quality and drift
      against a baseline. The strengths are real: deep integration with the rest of AWS, so IAM, S3,
      CloudWatch and EventBridge just work; managed infrastructure, so nobody patches training
      machines; and it scales without us planning capacity. The weaknesses are just as real: vendor
      lock-in, since the pipeline definitions and the Feature Store API don't port anywhere; cost
      complexity, because idle endpoints and forgotten notebook instances quietly add up; and a steep
      learning curve with a lot of SageMaker-specific concepts. The concrete win was the Feature Store:
      once the ranking features were shared between training and serving, the time to onboard a new
      model went from six weeks to ten days.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("the time to onboard a new model went from six weeks to ten days",),
      not_impact=("about a dozen models",)),
    J("cloud-platform", "sagemaker-marketplace-plain", "paraphrase", W, 5, H, """
      Most of my hands-on time is with the machine learning service of the biggest cloud provider, at a
      marketplace company with about a dozen models live. We used its built-in workflow feature as the
      automated backbone for training and evaluating, its shared store of model inputs with a fast
      copy for live lookups and a cheap copy in file storage for training, its catalogue of model
      versions with a human sign-off before promotion, its hosted prediction services that added
      machines under load, and its checking service that compares live inputs with a reference sample
      to spot quality problems and shifts. The good parts are real: it plugs into everything else on
      that cloud, so permissions, storage, logging and event triggers just work; the provider runs the
      machines, so nobody patches training servers; and it grows without us planning capacity. The bad
      parts are just as real: you are tied to that provider, because the workflow definitions and the
      input store's interface don't move anywhere else; the bill is hard to predict, since idle
      prediction services and forgotten notebook machines quietly add up; and it takes a long time to
      learn, with many concepts specific to that product. The concrete win was the shared input store:
      once the ranking inputs were shared between training and serving, the time to onboard a new
      model went from six weeks to ten days.""",
      maybe=("generic-platform", "no-feature-knowledge"),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("the time to onboard a new model went from six weeks to ten days",),
      not_impact=("about a dozen models",),
      equal_to="sagemaker-marketplace-keyword"),
    J("cloud-platform", "ec2-and-notebooks-is-mlops", "misconception", S, 2, H, """
      yeah so I'd say I'm very experienced with aws for mlops. basically sagemaker is, um, hosted jupyter
      notebooks, so we use those for training, and then we copy the model to s3 and run it on an ec2
      instance with a flask app. the strength is you don't have to buy servers and it scales. weakness,
      honestly I don't really see one, if you know aws it's all pretty straightforward. the rest of
      sagemaker is kind of marketing, you don't need it if you have ec2 and s3.""",
      flags=("basic-services-only", "no-feature-knowledge", "one-sided"),
      maybe=("generic-platform",),
      follow_ups=("managed-vs-custom", "costs"),
      misconception="SageMaker is just hosted notebooks; EC2 and S3 are an MLOps platform"),
    J("cloud-platform", "vertex-notebooks-only-negated", "negated", W, 2, H, """
      We were on GCP, but I have to be honest that we did not use Vertex AI's MLOps side. We never set up
      Vertex AI Pipelines, we did not use the Feature Store or the Model Registry, and we never turned on
      Model Monitoring. What we used was Workbench notebooks for training, Cloud Storage for the model
      files and a Cloud Run service for predictions. So I can't really speak to the platform's
      strengths and weaknesses for production ML from experience.""",
      flags=("basic-services-only", "no-feature-knowledge"),
      maybe=("one-sided",),
      follow_ups=("managed-vs-custom", "costs")),
    J("cloud-platform", "azureml-quota-numbers", "numbers", W, 4, H, """
      I ran Azure ML for a bank's analytics group: 4 workspaces, one per environment plus a sandbox,
      across 2 regions, 12 compute clusters, mostly Standard_NC6s_v3 GPUs with a max of 10 nodes each
      and scale-to-zero after 15 minutes idle. We had around 200 Azure ML pipeline runs a month, 35
      registered models in the workspace registry, and 18 managed online endpoints, each with 3
      instances for the SLA. Strengths: the registry, managed endpoints and data drift monitors come
      together, and Entra ID and private networking satisfied the bank's security review. Weaknesses:
      GPU quota requests took up to 3 weeks, the SDK changed a lot between v1 and v2, and costs across
      workspaces were hard to attribute. After we moved batch scoring to scheduled pipelines on
      low-priority nodes, our monthly compute bill fell by 28%.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("our monthly compute bill fell by 28%",),
      not_impact=("4 workspaces", "2 regions", "12 compute clusters", "max of 10 nodes",
                  "15 minutes idle", "around 200 Azure ML pipeline runs a month", "35 registered models",
                  "18 managed online endpoints", "3 instances", "up to 3 weeks", "between v1 and v2")),
    J("cloud-platform", "um-vertex-bigquery-spoken", "spoken", S, 3, H, """
      um, so mine is vertex ai, on gcp. we used, uh, vertex pipelines for the training workflow, and the
      model registry, and then endpoints for online prediction. the big strength is, like, it sits right
      next to bigquery, so the data people can go from a query to a training job really fast, and it's
      managed so you don't run kubeflow yourself. the weaknesses, um, the cost — we got surprised by an
      endpoint that sat there with a gpu doing nothing for a month — and the docs lag behind the
      features, and, well, you're pretty locked into google. we didn't use their feature store, we had
      our own tables.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud")),
    J("cloud-platform", "databricks-unity-serving", "other-tools", W, 4, H, """
      The platform I know best is Databricks on Azure. We used Databricks Workflows for scheduled
      training and batch scoring, Delta Lake tables with time travel as versioned training data, the
      Databricks Feature Engineering tables for shared features, managed MLflow with models registered
      in Unity Catalog so lineage and permissions came from the same place, and Databricks Model Serving
      for real-time endpoints with inference tables feeding Lakehouse Monitoring. Its strength is that
      data engineering and ML share one governed platform, so a feature's lineage from raw table to
      served model is visible without glue code. The weaknesses are the DBU pricing model, which is hard
      to forecast, serving latency that was fine for us but not for sub-10-ms use cases, and lock-in to
      Databricks-specific APIs even though MLflow itself is open.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      not_impact=("sub-10-ms",)),
    J("cloud-platform", "all-clouds-same-weak", "weak", S, 1, H, """
      so I've used, um, aws, gcp and azure, and honestly they're all kind of the same. the cloud is
      great because it's scalable and you pay as you go, and you don't manage hardware. for ml you get
      gpus when you need them. I don't really have a favourite, it depends on what the company uses.""",
      flags=("generic-platform", "no-feature-knowledge", "one-sided"),
      maybe=("basic-services-only",),
      follow_ups=("managed-vs-custom", "costs")),
    # ================================================================== challenging-project
    J("challenging-project", "recs-black-friday-keyword", "keyword", W, 5, H, """
      Situation: at an online fashion retailer, our real-time recommendation model fell over every peak
      sale; before Black Friday its p99 latency was around 900 milliseconds and the site simply dropped
      recommendations when it timed out. Task: I was the MLOps engineer asked to make inference reliable
      and fast enough for peak traffic, without the data scientists changing the model. Action: I
      profiled the path and found most of the time went into computing user features on the fly, so I
      implemented a feature store with precomputed features in an online store, shared with training
      to avoid skew. I optimised the Docker image, cutting it to a slim runtime and exporting the model
      to ONNX, set up Kubernetes autoscaling on request rate with warm replicas before the sale, and
      set up monitoring in Prometheus and Grafana for latency plus drift on the feature values. I also
      automated the weekly retraining that a data scientist used to run by hand. Result: we reduced p99
      inference latency by 75% and served the whole sale without dropping recommendations, and the
      automated retraining saved about 8 hours per week. I owned the rollout, including one bad canary
      that I rolled back myself.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("we reduced p99 inference latency by 75%", "saved about 8 hours per week"),
      not_impact=("around 900 milliseconds",)),
    J("challenging-project", "recs-black-friday-plain", "paraphrase", W, 5, H, """
      The outcome first: we cut the time of the slowest answers by 75%, got through the biggest sale of
      the year without the site ever dropping suggestions, and the automatic weekly refresh of the model
      saved about 8 hours per week. The background was an online clothing shop whose live suggestion model collapsed at
      every big sale: the slowest answers took around 900 milliseconds, and when they timed out the
      page showed nothing. My job was to make the predictions fast and dependable under peak load
      without asking the data scientists to change the model. I measured where the time went and found
      it was mostly spent working out each shopper's inputs while they waited, so I built a shared
      place where those inputs were calculated ahead of time, used by both training and the live
      service so they could not disagree. I slimmed down the self-contained package the model ran in
      and converted the model to a faster portable format, made the cluster add copies as requests grew
      and start extra ones before the sale, and added charts and warnings for response time and for
      shifts in the input values. I also automated the weekly refresh a data scientist used to do by
      hand. I owned the rollout, including one bad early release to a small slice of users that I
      pulled back myself.""",
      maybe=("vague",),
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("we cut the time of the slowest answers by 75%", "saved about 8 hours per week"),
      not_impact=("around 900 milliseconds",),
      equal_to="recs-black-friday-keyword"),
    J("challenging-project", "auc-is-the-mlops-challenge", "misconception", S, 2, H, """
      so the hardest mlops project I did, um, I spent about two months on feature engineering and, uh,
      tuning xgboost with optuna, and I got the auc from 0.81 to 0.86, which the business loved. the
      situation was, the churn model was kind of mediocre and my task was to make it better. honestly
      that's the real challenge in mlops, getting the model good enough, once the accuracy is there the
      deployment is just handing it to the platform team.""",
      flags=("no-mlops-intersection",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders"),
      misconception="the MLOps challenge is model accuracy; deployment is someone else's hand-off",
      impact=("got the auc from 0.81 to 0.86",),
      not_impact=("about two months",)),
    J("challenging-project", "not-my-call-negated", "negated", S, 1, H, """
      um, the project was moving our models to kubernetes, and, uh, honestly it didn't go great. the data
      team kept changing schemas without telling us, so the pipelines broke, and the devops team didn't
      give us gpu nodes in time, so, like, that wasn't really on me. we never measured whether it was
      faster in the end, and we didn't get monitoring in before the deadline. I mostly did what the
      tech lead told me.""",
      flags=("blame", "no-quantified-impact"),
      maybe=("vague",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders")),
    J("challenging-project", "forecast-rollout-numbers", "numbers", W, 4, H, """
      My task, as one of 2 MLOps engineers, was to take a demand-forecasting model that worked on 3
      pilot stores and run it for all 140 stores and roughly 12,000 products within 6 months, starting
      in March 2024. The situation made that hard: the data came from 3 different point-of-sale systems,
      nightly loads arrived anywhere between 1 and 5 a.m., and training one store took 40 minutes, so a
      serial run would not fit the night. I built a data validation layer with 27 checks, versioned the
      daily snapshots with DVC, moved training to an Airflow DAG that fanned out into 140 parallel
      Kubernetes jobs, and tracked every run in MLflow with a drift check at a 0.2 PSI threshold. The
      result: forecast error dropped from 18% to 11%, and replenishment planners saved about 25 hours a
      week of manual adjustment.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("forecast error dropped from 18% to 11%", "saved about 25 hours a week"),
      not_impact=("2 MLOps engineers", "3 pilot stores", "all 140 stores", "roughly 12,000 products",
                  "within 6 months", "March 2024", "3 different point-of-sale systems",
                  "between 1 and 5 a.m.", "40 minutes", "27 checks", "140 parallel Kubernetes jobs",
                  "0.2 PSI threshold")),
    J("challenging-project", "uh-ocr-pipeline-spoken", "spoken", S, 3, H, """
      okay, um, so the one I think about is the ocr model for invoices. the situation was, uh, it was
      retrained by hand and nobody knew which version was in prod, like literally we had two different
      ones on two servers. so what I did — well first I had to get the team to agree — I put the models
      in mlflow with a registry, and, um, I wrote a pipeline that retrains when we get new labelled
      invoices and checks the accuracy before it deploys. oh and the task, I should have said, was
      basically my manager asked me to make it so we stop having these, like, mystery models. and in
      the end, um, we never had a version mix-up again and the retraining went from like two days of
      someone's time to a few hours, roughly.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("the retraining went from like two days of someone's time to a few hours",),
      not_impact=("two different ones on two servers",)),
    J("challenging-project", "ray-triton-fraud-reordered", "other-tools", W, 4, H, """
      The result I'm proudest of is that false declines on card payments fell by 22% and p95 scoring
      latency went from 400 ms to 45 ms. How we got there: I replaced the batch-scored fraud model with
      online serving on Ray Serve, with the neural part compiled for NVIDIA Triton, and I built the
      streaming features in Apache Flink writing to Redis, so the model saw the last five minutes of a
      card's activity instead of yesterday's. Training moved to Argo Workflows with lakeFS branches for
      each training set, and Evidently drift reports gated each automated retrain. The situation before
      was a fraud model scored once an hour, which meant fresh fraud patterns slipped through and honest
      customers were declined on stale risk scores. My task, as the lead engineer, was to get decisions
      into the payment path in real time without breaking the 100 ms budget the payments team gave us.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("false declines on card payments fell by 22%", "p95 scoring latency went from 400 ms to 45 ms"),
      not_impact=("last five minutes", "once an hour", "100 ms budget")),
    J("challenging-project", "team-effort-vague", "weak", W, 1, H, """
      One challenging project was a big migration of our ML platform. There were a lot of challenges,
      technical and organisational, and the timeline was tight. We worked really hard as a team,
      communicated a lot, and in the end we delivered it and the stakeholders were happy. I learned a lot
      about collaboration.""",
      flags=("vague", "no-quantified-impact"),
      maybe=("no-mlops-intersection",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders")),
]
