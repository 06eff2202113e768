"""A second, fresh labelled set of interview answers, written BLIND, to measure the scorer.

Provenance and rules
--------------------
* Written blind by a separate session on 2026-12-01, after the scorer had been tuned on
  ``judgement_answers.py``. That session did not read the scorer's code (``voice_interviewer/``),
  the concept ``aliases``, rules, cues or any other matching data in ``questions/guide.toml``, nor the
  answers in ``judgement_answers.py`` beyond its docstring, ``J`` helper and first four examples (for
  the format), and it did not run ``voice-interviewer score`` on any of these answers. Only the guide
  (shared/seed/000_03ac0d1b1b231269.txt) and the question / red-flag / follow-up ids and wording in
  ``questions/guide.toml`` were consulted.
* The labels are what a careful human interviewer reading the guide would decide. They must NEVER be
  edited after scoring: if the scorer disagrees, the scorer is what changes (or the disagreement is
  reported). A label that was genuinely wrong may only be fixed in its own commit that says why,
  never to make a test or a figure look better.
* Every answer is ``split == "holdout"``: this set was written to check that tuning generalises to
  answers the scorer was never tuned on. Since 2026-12-01 (the fourth pass on issue 11) its errors
  have been read and the scorer changed on them, so it now counts as tuning data; the untouched
  blind holdout is ``judgement_answers_fresh2.py``. The labels stay as they were written.

Field meanings are those of ``judgement_answers.py`` (``Judged`` / ``J``). Per question there are 7
answers: a keyword answer and its plain-words paraphrase (``equal_to``), a misconception, a negated
or numbers answer (alternating by question), a spoken tier-3 answer, a weak or off-target answer,
and one more (other tools, or for challenging-project a reordered STAR story).
"""

from __future__ import annotations

from judgement_answers import H, J, Judged, S, W

ANSWERS: list[Judged] = [
    # ================================================================== lifecycle
    J("lifecycle", "six-stage-handoffs", "keyword", W, 5, H, """
      Sure. I'd split it into six stages, and the important part is that each one hands a versioned
      artifact to the next. First, data: ingestion jobs land raw events in S3, we validate the schemas,
      and feature engineering writes into a Feast feature store so training and serving read the same
      definitions. Snapshots of the training data are versioned with DVC. Second, experimentation: data
      scientists work however they like, but every training run logs params, metrics and artifacts to
      MLflow. Third, the model they pick is registered in the MLflow model registry, which gives it a
      version tied to the run, the data hash and the git commit. Fourth, CI/CD: a GitHub Actions
      pipeline runs unit tests, data validation and an evaluation against the current champion, then
      packages the model into a Docker image. Fifth, deployment onto Kubernetes, canary at first, or an
      A/B test when the business wants to compare conversion. Sixth, monitoring: Prometheus and Grafana
      for latency and errors, plus data drift and live accuracy once labels arrive. Drift alerts trigger
      automated retraining, which feeds back into stage one. The difference from a research project is
      that nothing reaches production without passing through the registry and the gates. After we
      built this, model deployment time went from roughly three weeks to four days.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("model deployment time went from roughly three weeks to four days",),
      not_impact=("six stages",)),
    J("lifecycle", "six-steps-plain", "paraphrase", W, 5, H, """
      I'd break it into six steps, each passing something labelled and traceable to the next. First the
      data: scheduled jobs copy raw events into cloud storage, check the columns look right, and compute
      the model's inputs in one shared place that training and the live service both read from. Every
      time we train, the exact rows used are frozen and given an identifier. Then the data scientists
      try things freely, but each attempt automatically records its settings, scores and output file.
      The chosen attempt gets a number in a central catalogue, pointing back to its data and code. From
      there an automated build tests the code, checks the incoming data, and compares the newcomer's
      quality with the model currently serving customers; only if it wins is it sealed, with all its
      libraries, into a single self-contained image. We then release it to a small share of traffic
      first, or split users into two groups when the business wants to see the effect on sales. Once
      live we watch response times and errors, we compare what users send today with what the model
      learned from, and we check correctness once the true outcomes come in. When those move apart, a
      new model is trained on recent data by itself and comes back through the same steps. Unlike a
      research prototype, nothing reaches customers without passing the catalogue and the checks. Once
      this was in place, getting a model out went from roughly three weeks to four days.""",
      maybe=("generic-no-tools",),
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("getting a model out went from roughly three weeks to four days",),
      not_impact=("six steps",),
      equal_to="six-stage-handoffs"),
    J("lifecycle", "notebook-is-production", "misconception", W, 2, H, """
      The lifecycle is simpler than people make it sound. Experimentation and production are really the
      same thing at different moments: once the notebook gives a good AUC on the holdout set, that
      notebook is the production model. We schedule it with cron on a big VM, it reads the latest table,
      retrains, and writes predictions back to the warehouse every night. Because it retrains every
      night, you never need separate versioning of data or models, and you don't need monitoring either,
      since the nightly run always gives you the freshest model. Tools like MLflow or Kubernetes are
      overhead for teams that haven't figured this out.""",
      flags=("no-production-distinction", "omits-crucial-steps"),
      maybe=("generic-no-tools", "stages-not-connected"),
      follow_ups=("drift", "rollback"),
      misconception="a good notebook is the production model; nightly retraining replaces versioning "
                    "and monitoring"),
    J("lifecycle", "fourteen-models-counts", "numbers", W, 4, H, """
      On our team we run 14 models in production across 3 environments, dev, staging and prod.
      Ingestion pulls about 2 TB a day from Kafka into the lake, and a daily Spark job builds roughly 300
      features. Each training set is versioned with DVC and we keep the last 90 days of snapshots.
      Experiments are tracked in MLflow; a typical model has 40 to 60 runs before someone registers
      version 1. CI runs in GitLab with about 250 tests, and the evaluation gate requires the candidate
      to be within 0.5 percent of the champion's AUC or better. Then we build a Docker image and deploy
      on Kubernetes as a canary to 5 percent of traffic for 24 hours before going to 100 percent.
      Monitoring is Prometheus and Grafana with a p99 latency alert at 150 milliseconds, and we compute
      PSI on the top 20 features, where anything above 0.2 counts as drift. Retraining is scheduled
      every 7 days or triggered by drift. Since we added the canary stage, bad releases reaching full
      traffic dropped from four last year to zero this year.""",
      maybe=("no-production-distinction", "generic-no-tools"),
      follow_ups=("feature-store", "rollback", "drift"),
      impact=("bad releases reaching full traffic dropped from four last year to zero this year",),
      not_impact=("14 models", "3 environments", "about 2 TB a day", "roughly 300 features",
                  "last 90 days", "40 to 60 runs", "version 1", "about 250 tests", "within 0.5 percent",
                  "5 percent of traffic", "24 hours", "100 percent", "150 milliseconds", "top 20 features",
                  "above 0.2", "every 7 days")),
    J("lifecycle", "loop-spoken", "spoken", S, 3, H, """
      okay so um the way i see it you start with the data right you pull it in clean it up do your
      feature engineering and then uh you train the model and we'd log the experiments in mlflow so you
      can compare runs and then once you've got one that's good enough it gets, uh, packaged into a
      docker container and deployed behind an api, um, we had a jenkins job for that, and then after it's
      live you you have to keep an eye on it you know, latency, errors, and also whether the predictions
      still make sense, and when it starts getting worse you retrain it with newer data and go around
      again so it's kind of a loop yeah""",
      flags=("omits-crucial-steps",),
      maybe=("no-production-distinction",),
      follow_ups=("drift", "feature-store", "rollback")),
    J("lifecycle", "buzzword-outline", "weak", S, 1, H, """
      um yeah so it goes from getting the data to training to deploying and then monitoring, and you use
      mlops tools at each step to automate things and make it more reliable. it's an iterative process
      basically""",
      flags=("generic-no-tools", "omits-crucial-steps"),
      maybe=("stages-not-connected", "no-production-distinction"),
      follow_ups=("drift", "feature-store", "rollback")),
    J("lifecycle", "dagster-lakefs-wandb", "other-tools", W, 4, H, """
      Our stack is a bit unusual, so let me map it onto the stages. Ingestion and the feature pipelines
      are Dagster assets reading from Snowflake, and every materialisation is committed to a lakeFS
      branch, so each training set is a commit id we can check out later. Training runs are tracked in
      Weights & Biases, and the artifact the team approves is promoted in the W&B registry with an
      alias like "staging". Buildkite picks that up: it runs pytest, a Pandera schema check on a sample
      of the data and a comparison against the production model, and then BentoML builds the service
      image. Rollout is on ECS with traffic shifting, ten percent first and then everything, and we can
      shift back within a minute. In production Datadog covers latency and error rates, and Evidently
      runs a daily report on input distributions and, once labels arrive, on precision. If the report
      trips, a Dagster sensor kicks off retraining. Notebooks never deploy anything; only a registry
      promotion does.""",
      follow_ups=("feature-store", "drift", "rollback"),
      not_impact=("ten percent", "within a minute")),

    # ================================================================== reproducibility
    J("reproducibility", "four-pinned-linked", "keyword", W, 5, H, """
      Reproducibility for me means four things are pinned and linked: code, data, model and
      environment. Code is in Git, and every training job runs from a tagged commit, never from a dirty
      working tree. Data is versioned with DVC on top of an S3 remote, so a training set is identified
      by a DVC hash rather than "the table as of Tuesday". The environment is a Docker image built from
      a conda lock file and pushed with an immutable digest. Models go into the MLflow model registry,
      and the run that produced each version records the git SHA, the DVC data hash, the image digest
      and the random seed as tags. So given a model version I can rebuild it exactly. We needed that last
      spring: a churn model's recall dropped after a retrain. I checked out the previous version's commit
      and data hash, reran it in the same image and got the old numbers back, then swapped in only the
      new data and the drop reappeared. A join had started duplicating customers. Without the linkage we
      would have been guessing for a week; it took an afternoon.""",
      follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("it took an afternoon",)),
    J("reproducibility", "four-tied-plain", "paraphrase", W, 5, H, """
      For me, being able to rebuild a model means four things are pinned down and tied together: the
      code, the data, the model file and the software it runs with. The code lives in our source history
      and a training job only starts from a labelled revision, never from someone's uncommitted edits.
      The training data gets a fingerprint: the files sit in cloud storage and the repository keeps only
      a small pointer, so a data set is named by its content rather than "whatever the table held on
      Tuesday". The software setup is frozen too: exact library versions are locked, baked into one
      sealed image, and that image has a permanent content address. Finished models are filed in a
      central catalogue, and each entry records which code revision, which data fingerprint, which image
      and which random seed produced it. So from any entry I can recreate the model exactly. That paid
      off last spring: after a retrain our churn model started missing far more of the customers who
      left. I took the previous entry's revision and data fingerprint, reran it in the same image and got
      the old scores back, then swapped only the data and the drop came back. A join had begun
      duplicating customers. Without those links we'd have guessed for a week; it took an afternoon.""",
      maybe=("tool-unfamiliar",),
      follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("it took an afternoon",),
      equal_to="four-pinned-linked"),
    J("reproducibility", "snapshots-are-enough", "misconception", W, 2, H, """
      Honestly reproducibility is mostly a storage problem, and we solved it well. Every night we
      snapshot the whole S3 bucket and the Postgres database, and the model pickles get copied to a
      separate backup bucket with 30-day retention. Code is in Git of course. So if anything goes wrong
      with a model we restore yesterday's state of everything and we're back where we were. I've looked
      at DVC and MLflow, but they're just more complicated backup systems, and our snapshots already
      cover what they do.""",
      flags=("backups-confusion", "tool-unfamiliar"),
      maybe=("environment-ignored",),
      follow_ups=("dependencies", "large-datasets", "model-card"),
      misconception="reproducibility is the same as nightly backups",
      not_impact=("30-day retention",)),
    J("reproducibility", "only-git-admitted", "negated", S, 2, H, """
      we uh we had git for the code obviously but we didn't version the data at all, like dvc was on the
      roadmap but it never happened, and there was no model registry either, the models were just pickle
      files people copied into a shared folder, and um the environments weren't pinned, the
      requirements file had no versions in it and we didn't use docker for training. so yeah if you asked
      me to reproduce a model from six months ago i honestly couldn't""",
      flags=("code-only",),
      maybe=("environment-ignored", "tool-unfamiliar"),
      follow_ups=("large-datasets", "dependencies"),
      not_impact=("six months ago",)),
    J("reproducibility", "mlflow-s3-path-spoken", "spoken", S, 3, H, """
      right so um for code it's git obviously and then for the models we use mlflow, we log the
      parameters and the metrics and the model file itself and it goes into the registry with a version
      number. uh for data we didn't have dvc, we just uh wrote the s3 path of the training data into the
      mlflow run as a parameter, which mostly works unless someone overwrites the files, which, yeah,
      happened once. and for the environment we train inside a docker image so the library versions are
      the same. so that's kind of how you get it back you know""",
      follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "code-quality-instead", "off-target", W, 1, H, """
      Reproducibility matters a lot to me, so I focus on testing and code quality. Every pull request
      runs our unit and integration tests in GitHub Actions, we hold 90 percent coverage on the feature
      code, and pre-commit hooks run black and mypy. Releases go through staging before production, and
      we use blue-green deployments so that if something breaks we can switch back instantly. Code
      review needs two approvals, and we write a short design doc for any change that touches the
      serving path.""",
      flags=("code-only",),
      maybe=("tool-unfamiliar", "environment-ignored"),
      follow_ups=("large-datasets", "dependencies", "model-card"),
      not_impact=("90 percent coverage", "two approvals")),
    J("reproducibility", "delta-wandb-poetry", "other-tools", S, 4, H, """
      so at my current job we're on databricks, um, the data side is delta lake, so every training set is
      just a table plus a version number, time travel gives you the exact snapshot, and we record that
      version in weights and biases as part of the run along with the git commit. the trained model is a
      w and b artifact and it gets an alias like prod when it's promoted. environments are a poetry lock
      file baked into the base image, so the cluster can't drift from what we tested. the one thing we
      learned the hard way is that delta's vacuum deletes old versions after thirty days, so for anything
      we ship we copy the snapshot out and pin it, otherwise you can't rebuild the model later""",
      follow_ups=("large-datasets", "model-card", "dependencies"),
      not_impact=("after thirty days",)),

    # ================================================================== ml-cicd
    J("ml-cicd", "three-triggers-gates", "keyword", W, 5, H, """
      The software half is familiar: lint, unit tests, build, deploy. What ML adds is that a change can
      come from the data or the model, not just the code, so our pipeline has three triggers: a code
      merge, a new data snapshot, or a scheduled retrain. In GitHub Actions the CI stage runs unit tests
      on the feature code plus data validation on a sample, schema, null rates and value ranges, so a
      broken upstream table fails the build like a broken test would. Model training runs as a Kubeflow
      pipeline on our Kubernetes cluster, each step in its own Docker image so the environment is
      identical wherever it runs. Then a model evaluation step compares the candidate with production on
      a fixed holdout set: it has to match the AUC, and we check for bias by comparing recall across
      customer segments. If it passes, the model is versioned in the registry, and the serving image is
      built and promoted to staging, then to production as a canary after an approval. Before this, a
      deployment meant a data scientist handing a pickle to ops and took about a week; with the pipeline
      it's usually under three hours from merge to canary.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("usually under three hours from merge to canary",),
      not_impact=("three triggers", "about a week")),
    J("ml-cicd", "three-starts-plain", "paraphrase", W, 5, H, """
      The part carried over from ordinary software delivery is familiar: style checks, tests, building,
      shipping. What's different with learned models is that a change can come from the data or from the
      trained model, not only from the code, so our automated build starts in three situations: someone
      merges code, a fresh batch of data arrives, or a scheduled refresh comes due. The first stage tests
      the code that computes the model's inputs and also inspects a sample of the incoming data: are the
      columns there, how many values are empty, are numbers within sane ranges. A broken upstream table
      fails the build just like a failing test. Training then runs as a chain of steps on our shared
      compute cluster, each step in its own sealed image, so the software is identical wherever it runs.
      Next the new model is compared with the one in service on a fixed set of held-back examples: it has
      to at least match it, and we also check that it isn't noticeably worse for some customer groups
      than for others. If it passes, it gets a numbered entry in our model catalogue, the serving image
      is built, it goes to a test environment, and then, after someone signs off, to a small slice of
      real users. Before, releasing meant a data scientist handing a file to operations and took about a
      week; now it's usually under three hours from merge to that first slice of users.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("usually under three hours from merge to that first slice of users",),
      not_impact=("three situations", "about a week"),
      equal_to="three-triggers-gates"),
    J("ml-cicd", "model-is-a-binary", "misconception", W, 2, H, """
      I don't think ML needs a special kind of CI/CD, and I'd push back on teams that build one. A model
      is an artifact like any other binary. We treat the model file as a build output: Jenkins checks out
      the repo, runs the unit tests, builds the Docker image with the pickle inside, pushes it, and Argo
      CD syncs it to the cluster. If the tests pass, it ships. Data quality is the data engineering
      team's problem, and the model's accuracy was already checked by the data scientist in the notebook
      before they committed the file, so repeating that in the pipeline would only slow it down.""",
      flags=("same-as-software", "no-automated-testing"),
      maybe=("tools-unexplained",),
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      misconception="ML CI/CD is identical to software CI/CD; a model is just another binary"),
    J("ml-cicd", "seven-stage-figures", "numbers", W, 4, H, """
      Our pipeline has 7 stages and runs on GitLab CI with 12 runners, 4 of them with GPUs. Stage 1
      lints and runs about 600 unit tests. Stage 2 validates the data: we sample 50,000 rows and fail the
      build if nulls exceed 2 percent in any of the 35 key columns. Stage 3 trains the model, which takes
      around 40 minutes on 2 A100s. Stage 4 evaluates it on a 100,000-row holdout, and the candidate must
      reach at least 0.82 F1. Stage 5 builds a Docker image of roughly 3 GB, stage 6 deploys it to
      staging on Kubernetes, and stage 7 promotes it to production at 10 percent of traffic, then 50,
      then 100 over 3 days.""",
      maybe=("same-as-software",),
      follow_ups=("pipeline-metrics", "pipeline-challenge", "ab-canary"),
      not_impact=("7 stages", "12 runners", "4 of them", "about 600 unit tests", "50,000 rows",
                  "2 percent", "35 key columns", "around 40 minutes", "2 A100s", "100,000-row holdout",
                  "0.82 F1", "roughly 3 GB", "10 percent of traffic", "then 50, then 100 over 3 days")),
    J("ml-cicd", "retrain-sample-spoken", "spoken", S, 3, H, """
      um so the main difference is that with ml you're not just testing code, you're also kind of
      testing the data and the model. so in our github actions pipeline we had the normal unit tests and
      then uh a step that retrains on a small sample and checks the accuracy hasn't dropped below what
      prod has, and if it's fine it um builds the container and pushes it, and then someone deploys it,
      i think it was still manual at that point, the deploy part""",
      maybe=("no-automated-testing",),
      follow_ups=("ab-canary", "pipeline-metrics", "pipeline-challenge")),
    J("ml-cicd", "automate-everything", "weak", S, 1, H, """
      yeah i mean ci cd for ml is basically the same idea, you automate everything, use jenkins or
      github actions, and uh that way you deploy faster and more reliably""",
      flags=("same-as-software", "tools-unexplained", "no-automated-testing"),
      maybe=("no-containers",),
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge")),
    J("ml-cicd", "buildkite-flyte-argo", "other-tools", W, 4, H, """
      We use Buildkite for the code side and Flyte for everything that touches data or models, and I
      think that split is the point. Buildkite runs what any service has: linting, unit tests, and
      building the container images for both the Flyte tasks and the serving app. Flyte owns the ML
      part: a data check task with Pandera schemas that fails on shifted ranges or unexpected nulls, a
      training task, and an evaluation task that compares the candidate with the current model on a
      frozen test set and on a few slices we care about, like new customers. Every Flyte execution is
      versioned and cached, so we know exactly which inputs produced which model. If evaluation passes,
      the model is pushed to our registry and a bot opens a pull request that bumps the version in the
      Helm values; Argo CD syncs it, and Argo Rollouts shifts traffic in steps while watching the error
      rate.""",
      follow_ups=("pipeline-metrics", "pipeline-challenge", "ab-canary")),

    # ================================================================== monitoring
    J("monitoring", "three-layers-alerts", "keyword", W, 5, H, """
      I split it into three layers. The service layer is like any API: CPU, memory, request rate, p95
      latency and error rate, scraped by Prometheus and shown in Grafana. The data layer checks every
      input batch for missing values, out-of-range values and outliers per feature, and compares
      distributions against the training data, PSI for categorical features and a KS test for numeric
      ones, which is how we catch data drift. The model layer is the one people skip: we log every
      prediction with a request id, join the ground truth when it arrives, for fraud that's about ten
      days later, and compute precision, recall and F1 daily, also broken down by region so we notice
      bias against a segment. Concept drift shows up there as falling precision even when the inputs look
      stable. For models hosted on SageMaker we use SageMaker Model Monitor for the data layer; elsewhere
      it's Evidently jobs pushing metrics into Prometheus. Alerts go through Alertmanager: latency and
      errors page the on-call, while drift and quality alerts open a ticket for the model owner with a
      link to the Grafana dashboard and a runbook that says whether to retrain, roll back or investigate.
      Since we set that up, we caught a drop in fraud recall within two days instead of at the monthly
      review.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      impact=("caught a drop in fraud recall within two days instead of at the monthly review",),
      not_impact=("three layers", "about ten days later")),
    J("monitoring", "three-levels-plain", "paraphrase", W, 5, H, """
      I look at three levels. The first is the service, like any web API: processor and memory use,
      request counts, how slow the slowest requests are, how many fail, all collected and charted. The
      second is the incoming data: for every batch we count empty fields, values outside their normal
      range and extreme oddities for each input, and we compare the shape of each input with what the
      model saw in training, using standard statistical comparisons, so we notice when the world feeding
      us has shifted. The third, which teams often skip, is whether the model is actually right: every
      prediction is stored with an id, and when the true outcome arrives, for fraud roughly ten days
      later, we join them and work out each day how many of the cases we flagged were really fraud and
      how many real frauds we caught, also split by region so one group isn't quietly served worse. If
      correctness falls while the inputs look unchanged, the relationship itself has changed. For models
      on our cloud provider's hosting we use its built-in checker for the data level; elsewhere a small
      open-source reporting job feeds the same collector. Slowness and failures wake the on-call
      engineer; data and correctness warnings open a ticket for the model's owner with a link to the
      charts and a playbook: retrain, go back a version, or dig in. Since then we caught a drop in
      caught frauds within two days instead of at the monthly review.""",
      maybe=("no-tools",),
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      impact=("caught a drop in caught frauds within two days instead of at the monthly review",),
      not_impact=("three levels", "roughly ten days later"),
      equal_to="three-layers-alerts"),
    J("monitoring", "weights-frozen-so-fine", "misconception", S, 2, H, """
      so for monitoring we have a really solid setup actually, um, prometheus and grafana on every
      inference service, cpu, memory, gpu utilization, latency percentiles, error rates, and pagerduty
      alerts if p99 goes over 300 milliseconds or errors go above one percent. the model side we don't
      really need to watch in prod because, you know, we validate it thoroughly before release, the
      accuracy was measured on the test set, and the weights don't change after deployment so the
      accuracy doesn't either. if something's off it shows up as errors or latency""",
      flags=("infra-only", "no-drift"),
      follow_ups=("when-to-retrain", "drift-difference"),
      misconception="a validated model keeps its accuracy because its weights don't change; only "
                    "infrastructure needs monitoring",
      not_impact=("300 milliseconds", "one percent")),
    J("monitoring", "dashboards-no-model-metrics", "negated", W, 2, H, """
      We had Grafana dashboards, but honestly the ML side wasn't monitored. We never tracked accuracy or
      precision in production, because the labels were never joined back to the predictions; there were
      no drift checks on the input distributions; and the alerts we did configure in Prometheus were on
      CPU and latency only. Nobody had a rule for data drift or concept drift. We knew it was a gap, and
      it was on the roadmap for the next quarter.""",
      flags=("infra-only",),
      maybe=("no-drift", "alerts-unexplained"),
      follow_ups=("when-to-retrain", "drift-difference", "false-positives")),
    J("monitoring", "two-sides-spoken", "spoken", S, 3, H, """
      um okay so there's two sides, there's the system side which is like latency and errors, we had
      that in datadog, and then there's the model side where we'd uh compare the distribution of the
      inputs to the training data every day, like if the mean of a feature moves a lot that's, that's
      drift, and we'd get a slack message. accuracy was harder because the labels come in late, so uh we
      checked it once a month manually in a notebook""",
      maybe=("alerts-unexplained", "no-tools"),
      follow_ups=("when-to-retrain", "false-positives", "drift-difference")),
    J("monitoring", "offline-evaluation", "off-target", W, 1, H, """
      Before a model goes anywhere near production I evaluate it carefully. I use stratified five-fold
      cross-validation, look at the confusion matrix, and pick precision, recall or F1 depending on the
      cost of each kind of error. For imbalanced problems I look at the precision-recall curve rather than
      ROC AUC, and I tune the decision threshold together with the business team. I also check
      calibration with a reliability plot. If the model beats the baseline by a clear margin on a held-out
      test set, I'm confident it will perform well in production.""",
      flags=("no-drift", "alerts-unexplained", "no-tools"),
      follow_ups=("when-to-retrain", "drift-difference"),
      not_impact=("five-fold",)),
    J("monitoring", "arize-datadog-spoken", "other-tools", S, 4, H, """
      yeah so we use arize for the model side and datadog for the service side. um. so datadog has the
      usual, latency, error rate, container memory, and the model service also emits custom metrics like
      how many requests hit the fallback rule. arize gets every prediction plus the features, and the
      actuals get sent in when they land, which for us is like two weeks later, and it does the drift
      comparisons against a training baseline, we mostly look at psi there, and it tracks auc and
      calibration per segment. alerts from both go to one pagerduty service but with different urgency,
      drift is low urgency and goes to the model owner, who checks whether performance actually moved
      before doing anything, because drift on its own is usually just seasonality""",
      follow_ups=("when-to-retrain", "drift-difference", "false-positives"),
      not_impact=("like two weeks later",)),

    # ================================================================== iac-containers
    J("iac-containers", "terraform-eks-gpu", "keyword", W, 5, H, """
      All our infrastructure is Terraform: the VPC and subnets, an EKS cluster with a CPU node group and
      a GPU node group, S3 buckets for artifacts, and IAM roles for the training jobs, organised in
      modules with separate state per environment and applied from CI after the plan is reviewed in the
      pull request. Models are packaged as Docker images: a slim Python base, pinned dependencies, and
      the model weights pulled in at build time, so what we tested in staging is byte-for-byte what runs
      in production and nobody fights mismatched CUDA versions. On Kubernetes each model is a Deployment
      with resource requests and limits, a horizontal pod autoscaler on requests per second, and
      readiness and liveness probes, so a pod that hangs while loading a model is killed and replaced
      without anyone being paged. Batch training runs as Kubernetes Jobs on the GPU nodes, which the
      cluster autoscaler scales to zero when idle. Concretely, moving our recommendation models from
      hand-built EC2 instances to this setup cut the time to stand up a new model environment from about
      two days to twenty minutes, and scaling the GPU nodes to zero overnight reduced our compute bill by
      roughly 35 percent.""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("cut the time to stand up a new model environment from about two days to twenty minutes",
              "reduced our compute bill by roughly 35 percent")),
    J("iac-containers", "described-in-files-plain", "paraphrase", W, 5, H, """
      Every piece of our cloud setup is described in code files that live in the repository: the private
      network, the managed cluster with one pool of ordinary machines and one pool of graphics-card
      machines, the storage buckets for model files, and the access permissions for training jobs. Each
      environment has its own recorded state, changes are proposed in a pull request where the planned
      difference is reviewed, and the automated build applies them. Each model ships as a sealed image:
      a small Python base, exact library versions, and the model weights copied in when the image is
      built, so what we tested in staging is exactly what runs in production and nobody fights over
      mismatched graphics driver versions. On the cluster each model runs as a set of copies with a fixed
      amount of processor and memory reserved, the number of copies grows and shrinks with incoming
      requests, and health checks restart any copy that hangs while loading, without waking anyone up.
      Training runs as one-off jobs on the graphics-card machines, and that pool shrinks to nothing when
      idle. Concretely, moving our recommendation models off hand-built servers onto this cut the time
      to stand up a new model environment from about two days to twenty minutes, and shrinking the
      graphics-card pool to nothing overnight reduced our compute bill by roughly 35 percent.""",
      maybe=("no-iac",),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("cut the time to stand up a new model environment from about two days to twenty minutes",
              "reduced our compute bill by roughly 35 percent"),
      equal_to="terraform-eks-gpu"),
    J("iac-containers", "docker-run-is-enough", "misconception", S, 2, H, """
      i'm a big believer in keeping infrastructure simple so um we create the ec2 instances and the
      buckets in the aws console, terraform is really for huge companies, for an ml team the console is
      faster and you can see what you're doing. each model runs in a docker container on its own
      instance with docker run and a restart policy, and that's production grade honestly, docker
      already gives you isolation, restarts and scaling, you just start more containers when traffic
      grows. kubernetes would only add complexity""",
      flags=("no-iac", "docker-xor-kubernetes"),
      maybe=("generic-no-examples",),
      follow_ups=("managed-vs-self-hosted", "resource-utilization", "secrets"),
      misconception="Docker alone is production-grade scaling; infrastructure as code is only for big "
                    "companies"),
    J("iac-containers", "cluster-sizing-figures", "numbers", W, 3, H, """
      We manage 3 EKS clusters with Terraform, about 40 modules and 1,200 resources in total, split into
      6 state files. Each cluster has 2 node pools: m5.2xlarge for services, min 3 max 20 nodes, and
      g5.xlarge for GPU work, min 0 max 8. Our model images are built from a 200 MB base, and a typical
      image ends up around 1.5 GB. Every inference Deployment requests 2 CPUs and 4 GiB of memory with a
      limit of 4 CPUs and 8 GiB, runs at least 3 replicas, and the HPA targets 70 percent CPU. We run
      roughly 25 models this way and deploy each one about twice a week.""",
      maybe=("container-benefits-missing", "generic-no-examples"),
      follow_ups=("resource-utilization", "secrets", "managed-vs-self-hosted"),
      not_impact=("3 EKS clusters", "about 40 modules", "1,200 resources", "6 state files",
                  "2 node pools", "min 3 max 20 nodes", "min 0 max 8", "200 MB base", "around 1.5 GB",
                  "2 CPUs and 4 GiB", "4 CPUs and 8 GiB", "at least 3 replicas", "70 percent CPU",
                  "roughly 25 models", "about twice a week")),
    J("iac-containers", "platform-team-yaml-spoken", "spoken", S, 3, H, """
      so um we had terraform for the basic stuff like the buckets and the, the cluster itself, and then
      the models themselves were in docker images, which is nice because then the python version and all
      the libraries are the same on my laptop and in prod, and then kubernetes runs them, uh, we had
      autoscaling set up i think on cpu. to be honest the platform team wrote most of the kubernetes yaml
      and i mostly wrote the dockerfiles""",
      maybe=("generic-no-examples",),
      follow_ups=("resource-utilization", "secrets", "managed-vs-self-hosted")),
    J("iac-containers", "keen-to-learn", "weak", W, 1, H, """
      I've used Docker quite a bit, and I know Kubernetes and Terraform are important for MLOps.
      Containers are great because they make things portable and scalable. I'd be keen to learn more
      about infrastructure as code in this role.""",
      flags=("no-iac", "generic-no-examples"),
      maybe=("container-benefits-missing", "docker-xor-kubernetes"),
      follow_ups=("managed-vs-self-hosted", "resource-utilization", "secrets")),
    J("iac-containers", "pulumi-nomad-onprem", "other-tools", W, 4, H, """
      At my last company we were on-prem with our own GPU servers, so the stack looks different.
      Infrastructure was Pulumi, written in Python, describing the bare-metal pools, the storage volumes
      and the network rules; the data scientists could actually read it, which they never managed with
      our old Ansible scripts. Models were built into OCI images with Buildah, a CUDA base plus pinned
      wheels, so a model behaved the same on a laptop, in the test rack and in production. Orchestration
      was HashiCorp Nomad rather than Kubernetes: each model was a Nomad job with GPU and memory
      reservations, health checks that reschedule a failed allocation onto another node, and a batch job
      type for nightly retraining. Secrets came from Vault at start-up and were never baked into the
      image. The biggest win was GPU packing: by reserving fractional memory per model we fit three small
      models per card and went from eleven servers to seven for the same traffic.""",
      follow_ups=("resource-utilization", "managed-vs-self-hosted"),
      impact=("went from eleven servers to seven for the same traffic",),
      not_impact=("three small models per card",)),

    # ================================================================== cloud-platform
    J("cloud-platform", "sagemaker-insurance", "keyword", W, 5, H, """
      I've used AWS SageMaker for about three years, mostly for tabular models in insurance. The
      components we relied on were SageMaker Pipelines for the training and evaluation workflow, the
      Model Registry for approvals, real-time Endpoints with auto-scaling for pricing, batch transform
      for nightly scoring, SageMaker Feature Store for shared customer features, and Model Monitor for
      data quality and drift on the endpoints. The strengths are the integration with the rest of AWS,
      IAM, S3, CloudWatch and EventBridge all just work together, and that managed endpoints and training
      jobs take a lot of operational work off a small team; we never had to patch a GPU host. The
      weaknesses are real too: lock-in, since Pipelines definitions don't move anywhere else; cost that's
      hard to predict, especially idle endpoints and notebook instances people forget; and a steep
      learning curve, because the SDK has many layers and a failed pipeline step gives cryptic errors. A
      concrete example: three teams were each computing the same customer features in their own
      notebooks. We moved them into Feature Store with an offline and an online store, feature
      engineering time for a new model dropped by around 40 percent, and the pricing endpoint stopped
      disagreeing with training.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("feature engineering time for a new model dropped by around 40 percent",),
      not_impact=("about three years", "three teams")),
    J("cloud-platform", "provider-service-plain", "paraphrase", W, 5, H, """
      For about three years I ran tabular insurance models on our cloud provider's managed machine
      learning service. The parts we leaned on were its workflow tool for chaining training and
      evaluation steps, its model catalogue where a person approves a version before release, its hosted
      prediction servers that add or remove machines with traffic for live pricing, its overnight bulk
      scoring, its shared store of customer inputs, and its built-in checker that watches the data
      reaching the hosted servers for quality problems and shifts. What it does well is fit with the rest
      of that provider, permissions, file storage, logs and event triggers just connect, and the hosted
      training and serving take a lot of operations work off a small team; we never patched a graphics
      server ourselves. The downsides are real: you're tied in, because the workflow definitions run
      nowhere else; the bill is hard to predict, especially prediction servers left idle and forgotten
      notebook machines; and it takes a long time to learn, because its developer kit has many layers and
      a failed workflow step gives cryptic errors. A concrete case: three teams each computed the same
      customer inputs in their own notebooks. We moved them into the shared store, with one copy for
      training and a fast copy for live lookups, feature engineering time for a new model dropped by
      around 40 percent, and live pricing stopped disagreeing with training.""",
      maybe=("generic-platform", "no-feature-knowledge"),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("feature engineering time for a new model dropped by around 40 percent",),
      not_impact=("about three years", "three teams"),
      equal_to="sagemaker-insurance"),
    J("cloud-platform", "vertex-no-downsides", "misconception", S, 2, H, """
      so i've mainly used vertex ai and honestly i don't think it has real weaknesses, um, people talk
      about lock-in but vertex runs on kubernetes and kubeflow underneath so you can take your pipelines
      to any cloud whenever you want, and cost isn't really an issue because google manages the scaling
      so you only pay for what you use. we used vertex pipelines and the endpoints and the feature store
      and it all just worked, so yeah, i'd pick it for anything""",
      flags=("one-sided",),
      maybe=("no-feature-knowledge",),
      follow_ups=("costs", "multi-cloud", "managed-vs-custom"),
      misconception="Vertex AI has no lock-in because it runs on Kubernetes, and managed scaling means "
                    "cost is no issue"),
    J("cloud-platform", "knows-names-never-used", "negated", W, 1, H, """
      I know the SageMaker components by name, Pipelines, Feature Store, Model Monitor, the Model
      Registry, but in my last job we didn't actually use any of them. We only ran training in a
      SageMaker notebook on a large instance and copied the model file to S3; we never set up Pipelines
      or a registry, and Model Monitor was never enabled on anything because we didn't deploy to
      Endpoints. So I can't really speak to its weaknesses from experience.""",
      flags=("no-feature-knowledge", "basic-services-only", "one-sided"),
      maybe=("generic-platform",),
      follow_ups=("managed-vs-custom", "costs")),
    J("cloud-platform", "azureml-sdk-spoken", "spoken", S, 3, H, """
      um so azure ml is what we used at my last job, uh, mainly the workspace for running training jobs
      on compute clusters and then the managed online endpoints for serving, and we registered the models
      in the workspace. the good bit is it's, it's pretty tight with azure devops and active directory so
      access was easy to sort out. the bad bit is uh the sdk changed a lot between v1 and v2, so half our
      scripts broke, and the docs were always a bit behind, and it's not cheap if you leave the compute
      instances running""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud")),
    J("cloud-platform", "cloud-migration-story", "off-target", W, 1, H, """
      Moving to the cloud was one of the best decisions my last company made. We shifted our data
      warehouse from an on-prem Oracle cluster to Snowflake and our web apps to managed containers, which
      let us scale with demand and stop worrying about hardware refresh cycles. The cloud also improved
      our security posture, since encryption at rest and audit logging came built in. The main lessons
      were to plan the network carefully, tag every resource for cost tracking, and train the team
      early.""",
      flags=("generic-platform", "no-feature-knowledge", "basic-services-only"),
      maybe=("one-sided",),
      follow_ups=("managed-vs-custom", "costs")),
    J("cloud-platform", "databricks-unity", "other-tools", W, 4, H, """
      Most of my platform experience is on Databricks, which I'd count as an MLOps platform even if it
      isn't one of the big three clouds' own services. We used Unity Catalog as the model registry, so
      models, tables and features share one permission model and lineage; feature tables with
      point-in-time lookups for training sets; Workflows to chain ingestion, training and batch scoring;
      Model Serving for a couple of real-time endpoints; and Lakehouse Monitoring on the inference tables
      to watch for drift. Strengths: data and ML live in the same place, so nobody copies training sets
      out of the warehouse, and lineage from a model back to its source tables comes for free.
      Weaknesses: DBU pricing is opaque, serverless serving got expensive at low traffic compared with a
      small container, and anything outside Spark and Python feels second-class. The concrete win was
      the feature tables: training/serving skew bugs, which used to be our most common incident,
      basically disappeared.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud")),

    # ================================================================== challenging-project
    J("challenging-project", "eta-latency-star", "keyword", W, 5, H, """
      Situation: at a food-delivery company our ETA model was served from a single Flask container, and
      at the dinner peak p95 latency went past 800 milliseconds, so the app fell back to a crude default
      estimate for about a fifth of orders. Task: I owned making the model serve reliably at peak without
      hurting accuracy. Action: I profiled first and found two causes. Half the time went into computing
      restaurant features on the fly from Postgres, so I moved them into a Feast feature store with Redis
      as the online store, refreshed every minute by a streaming job, and made training read the same
      feature definitions so we didn't create skew. The other half was the container: a 4 GB image with
      the whole training stack that took ninety seconds to cold-start, so scaling couldn't keep up. I
      rebuilt it as a slim multi-stage Docker image with only the inference runtime and converted the
      model to ONNX. Then I put it behind a Kubernetes autoscaler with a pre-warmed minimum, and added
      Grafana dashboards and alerts for latency and feature freshness. Result: p95 dropped from over 800
      to 120 milliseconds, fallback estimates went from about 20 percent of peak orders to under 1
      percent, and cold start went down to twelve seconds.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("p95 dropped from over 800 to 120 milliseconds",
              "fallback estimates went from about 20 percent of peak orders to under 1 percent",
              "cold start went down to twelve seconds"),
      not_impact=("past 800 milliseconds", "about a fifth of orders", "every minute", "4 GB image",
                  "ninety seconds")),
    J("challenging-project", "delivery-times-plain", "paraphrase", W, 5, H, """
      At a food-delivery company, the model that predicts delivery times ran as one small web service,
      and at the dinner rush the slower requests took more than 800 milliseconds, so for about a fifth of
      orders the app gave up and showed a rough default estimate instead. Fixing that without losing
      accuracy was my job. I measured before changing anything and found two causes. Half the delay came
      from computing restaurant inputs on the spot by querying the main database, so I moved those into
      a shared store of precomputed values, kept fresh every minute by a job reading the live event
      stream, and pointed training at the same definitions so the two could not drift apart. The other
      half was the packaging: a 4 GB image carrying the whole training toolkit, which took ninety seconds
      to start, so adding machines at peak always came too late. I rebuilt it with only what prediction
      needs and converted the model to a faster portable format. Then I had the cluster add copies
      automatically, with a few kept warm in advance, and added charts and warnings for response time and
      for stale inputs. In the end the slow requests dropped from over 800 to 120 milliseconds, default
      estimates went from about 20 percent of peak orders to under 1 percent, and start-up went down to
      twelve seconds.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("the slow requests dropped from over 800 to 120 milliseconds",
              "default estimates went from about 20 percent of peak orders to under 1 percent",
              "start-up went down to twelve seconds"),
      not_impact=("more than 800 milliseconds", "about a fifth of orders", "every minute",
                  "4 GB image", "ninety seconds"),
      equal_to="eta-latency-star"),
    J("challenging-project", "auc-is-the-job", "misconception", S, 2, H, """
      yeah so the most challenging one was a churn model where, um, the first version only got like 0.71
      auc and the business wanted better, so i spent about six weeks on it, i tried xgboost, lightgbm, a
      neural net, did a lot of feature engineering on the usage logs, target encoding, uh, hyperparameter
      search with optuna, and i got it up to 0.79. that's really what mlops is about for me, getting the
      model as good as possible. the deployment part the platform team handled so that wasn't really my
      concern""",
      flags=("no-mlops-intersection",),
      maybe=("no-quantified-impact",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders"),
      misconception="an MLOps challenge is raising model accuracy; deployment is someone else's concern",
      impact=("i got it up to 0.79",),
      not_impact=("like 0.71 auc", "about six weeks")),
    J("challenging-project", "migration-23-models", "numbers", W, 3, H, """
      In March 2024 we had 23 models on 4 different serving stacks, in 2 data centres, and a team of 5.
      The biggest, a ranking model, needed 18 GB of memory and served 3,000 requests per second at peak.
      Our task was to move all 23 onto one Kubernetes platform within 2 quarters. I wrote a migration
      plan with 4 phases, built a common Docker base image and a Helm chart with 12 configurable values,
      and set up shadow traffic that mirrored 10 percent of requests for 14 days per model before
      cut-over. We migrated 6 models in the first phase, 9 in the second and the remaining 8 by
      September. Things ran much more smoothly after that.""",
      flags=("no-quantified-impact",),
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      not_impact=("March 2024", "23 models", "4 different serving stacks", "2 data centres",
                  "a team of 5", "18 GB of memory", "3,000 requests per second", "within 2 quarters",
                  "4 phases", "12 configurable values", "10 percent of requests", "14 days per model",
                  "6 models", "9 in the second", "remaining 8 by September")),
    J("challenging-project", "schema-breaks-spoken", "spoken", S, 3, H, """
      okay so um the hardest one was probably, we had this fraud model that kept breaking every time the
      upstream team changed their event schema, like a column would get renamed and the model would just
      silently get nulls and start approving everything, uh, so what i did was i added a validation step
      before the features got computed, great expectations, and wired it into the airflow dag so if the
      schema changed the pipeline stopped and paged us instead of scoring garbage. and i also sat down
      with the upstream team and we agreed on a, like a data contract. after that we didn't have another
      silent failure, at least while i was there""",
      flags=("no-quantified-impact",),
      follow_ups=("stakeholders", "do-differently", "biggest-learning")),
    J("challenging-project", "worked-hard-as-team", "weak", S, 1, H, """
      um the most challenging project was migrating our ml platform. there were a lot of technical
      challenges and the stakeholders had different priorities, but we worked hard as a team,
      communicated well, and in the end we delivered it successfully. i learned a lot about mlops from
      it""",
      flags=("vague", "no-quantified-impact"),
      maybe=("no-mlops-intersection",),
      follow_ups=("biggest-learning", "do-differently", "stakeholders")),
    J("challenging-project", "forecast-result-first", "reordered", W, 4, H, """
      We ended up retraining our demand forecasts automatically every week instead of by hand every
      quarter, and stock-outs on the affected products fell by about 15 percent. How we got there: I
      replaced a manually run notebook with an Airflow pipeline that pulls sales data, validates it,
      retrains, compares the new model with the live one on the last four weeks, and promotes it through
      the MLflow registry only if it wins; serving picks up the new version automatically, and I added a
      drift dashboard so planners could see why a forecast had changed. The hard part was that the
      notebook had hidden state, cells run out of order and a local CSV nobody knew about, so reproducing
      the old model took me two weeks of archaeology before I could even start. My task was to own the
      forecasting pipeline and make retraining routine rather than a quarterly fire drill. The situation
      was a grocery chain whose forecasts for 3,000 stores had gone stale over the summer, because the
      last person who knew how to retrain them had left.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("stock-outs on the affected products fell by about 15 percent",),
      not_impact=("last four weeks", "two weeks of archaeology", "3,000 stores")),
]
