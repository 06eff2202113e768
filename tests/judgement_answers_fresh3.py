"""A fourth labelled set of interview answers, written BLIND: the new untouched holdout.

Provenance and rules
--------------------
* Written blind by a separate helper session on 2026-12-01. That session read only: the interview
  guide (shared/seed/000_03ac0d1b1b231269.txt); in ``questions/guide.toml`` the question ids and
  prompts, the red-flag ids and wording and the follow-up ids and wording (a first grep also printed
  the concept *ids* of the lifecycle and reproducibility questions, but none of their aliases,
  descriptions, examples, misconceptions, rules, cues or other matching data); the module docstring,
  ``Judged`` dataclass, ``J`` helper and constants of ``judgement_answers.py`` (not its answers); and
  the docstring and import line of ``judgement_answers_fresh2.py`` (a ``sed`` range also showed the
  first four lines of its first answer, a grocery demand-forecasting lifecycle answer; no scenario
  here is taken from it).
* Reading slip, stated honestly: ``git log --oneline -1`` printed the latest commit message of the
  repository, which summarises how the scorer's impact signals treat conditions, limits and
  before/after durations. The labels below were not chosen with it in mind: ``impact`` /
  ``not_impact`` follow the field meanings of ``judgement_answers.py`` as a human interviewer reads
  them (a result or outcome is impact; thresholds, limits, traffic shares, counts, sizes, durations
  and the size of the original problem are not).
* The session did not read ``voice_interviewer/``, ``benchmarks/``, ``scripts/``, other tests, the
  README's scoring sections, or the answers of any other ``judgement_answers*.py`` file, and did not
  run ``voice-interviewer score``, any scorer, benchmark or scoring test on these answers.
* This is the UNTOUCHED HOLDOUT. Never tune on it: do not read individual answers while changing the
  scorer, and do not add rules, aliases or cues inspired by it. Use it only to measure.
* The labels were written together with each answer, before anything was scored, and are what a
  careful human interviewer reading the guide would decide. They must NEVER be edited after scoring:
  if the scorer disagrees, the scorer is what changes (or the disagreement is reported). A label that
  was genuinely wrong may only be fixed in its own commit that says why, never to make a test or a
  figure look better.
* Every answer is ``split == "holdout"``.

Field meanings are those of ``judgement_answers.py`` (``Judged`` / ``J``). Per question there are 8
answers, imagined as 8 different candidates: a solid keyword answer; a plain-words answer of the same
substance (``paraphrase``, ``equal_to`` the keyword answer, same tier); a partial answer that is good
on most of the framework but has one clear gap (kind ``keyword``, ``spoken`` or, where it runs on
tools the guide does not name, ``other-tools``); a confident misconception (some subtle, mixed into
otherwise good content); a spoken answer; a numbers-heavy answer (results in ``impact``, thresholds /
counts / durations / sizes in ``not_impact``); a negated or disowning answer ("we never got to it",
"that's the platform team's job"); and a weak, off-target or tool-salad answer. The
challenging-project answers are STAR stories told in varying order and include ``plain-result`` and
``reordered`` kinds. 26 of the 56 answers are in spoken style.
"""

from __future__ import annotations

from judgement_answers import H, J, Judged, S, W

ANSWERS: list[Judged] = [
    # ================================================================== lifecycle
    J("lifecycle", "ad-ctr-keyword", "keyword", W, 5, H, """
      I'll use the click-through-rate model for our sponsored listings as the thread. Data ingestion
      comes from Kafka click and impression streams landing in the lake every hour; a validation step
      checks schema and null rates before anything moves on. Feature engineering jobs write to a Feast
      feature store so training and serving read the same feature definitions, and the training
      snapshots are versioned with DVC so every run points at an exact dataset. Experiments are tracked
      in MLflow: parameters, metrics, the data version and the git commit. The candidate that wins goes
      into the MLflow model registry as a new model version. CI in GitHub Actions runs unit tests on
      the feature code, a data test suite and an evaluation gate against the current production model,
      then packages the model into a Docker image. Deployment is on Kubernetes with a canary: 5% of
      traffic first, and we compare CTR and latency before promoting, with one-click rollback to the
      previous version. In production Prometheus and Grafana cover latency, errors and CPU, and a
      separate job watches data drift on the top features and calibration of predicted CTR against
      observed clicks. When drift or calibration crosses a threshold, an Airflow DAG kicks off
      automated retraining on fresh data, and the new model goes through the same gates. The reason
      for all of this is that an experiment in a notebook is not a product: the pipeline is what makes
      the result repeatable and safe. Overall it cut the time from a merged change to a live model
      from two weeks to two days.
      """, follow_ups=("drift", "rollback", "feature-store"),
      impact=("cut the time from a merged change to a live model from two weeks to two days",),
      not_impact=("5% of traffic", "every hour")),
    J("lifecycle", "ad-ctr-plain", "paraphrase", W, 5, H, """
      Think of a model that predicts whether someone clicks an advert. Raw click and view events flow
      in continuously, and before we use them we check they still look the way we expect: same
      columns, not suddenly full of blanks. We turn them into model inputs in one shared place, so the
      live service computes exactly what training saw, and each training set is frozen and labelled so
      we can always say which data a model learned from. Every training attempt is written down with
      its settings, its scores and the code it came from, and the winner is saved as a numbered
      release. Before release, an automated build checks the code, checks the data, and makes sure the
      new model beats the one that is live; then it is sealed into a self-contained bundle with
      everything it needs to run. We roll it out to a small slice of visitors first, compare, and can
      switch back to the old release instantly if it misbehaves. Once live, we watch speed and errors
      on the servers, and also whether the incoming data is shifting and whether predicted clicks still
      match real clicks. If they drift apart, a fresh model is trained automatically and goes through
      the same checks. The point is that a promising experiment becomes something dependable. This
      took our time from finished change to live model from two weeks to two days.
      """, maybe=("generic-no-tools",), follow_ups=("drift", "rollback", "feature-store"),
      impact=("took our time from finished change to live model from two weeks to two days",),
      equal_to="ad-ctr-keyword"),
    J("lifecycle", "claims-partial-no-retraining", "keyword", W, 3, H, """
      For our insurance claims triage model the lifecycle goes like this. We ingest claims data from
      the policy database with a nightly Spark job, do the feature engineering in dbt models, and
      snapshot the training table with DVC. Data scientists run experiments tracked in MLflow and
      register the chosen model. A GitLab CI pipeline runs tests, builds the Docker image and deploys
      it to our Kubernetes cluster behind a blue-green switch. We have Grafana dashboards on latency
      and error rate for the service. After that the model just stays in place; when the business
      complains that the triage feels off, a data scientist retrains it by hand and we push a new
      version through the same pipeline. It works, and the deploy part is quite clean.
      """, flags=("omits-crucial-steps",), follow_ups=("drift", "rollback")),
    J("lifecycle", "offline-equals-online", "misconception", S, 2, H, """
      yeah so the way i see it the lifecycle is um you collect the data you clean it you do the
      features then training in mlflow so you can compare runs and once you've got a model with a good
      test score like on a proper held out set then honestly that's the hard part done because if it
      scores well on the held out set it's going to score the same in production that's what the held
      out set is for so we export it from the notebook as a pickle put it in a flask app in docker and
      it's live and then uh we'd retrain it maybe once a year when there's a new data dump so
      monitoring wise we just make sure the container is up
      """, flags=("no-production-distinction", "omits-crucial-steps"),
      maybe=("stages-not-connected",), follow_ups=("drift", "rollback"),
      misconception="a good held-out score guarantees the same performance in production"),
    J("lifecycle", "speech-spoken", "spoken", S, 4, H, """
      okay so um for us it was a wake word and speech recognition model so the lifecycle starts with
      the audio data coming in from opted in devices uh we label a sample of it and the labelled sets
      are versioned with dvc because audio is huge so you really want to know which snapshot a model
      saw then training runs on kubeflow pipelines and every run is logged to mlflow with the
      word error rate and the dataset hash and the best one gets registered um then ci builds a
      container with the model and the decoder and there's a test step where it has to beat the
      current model on a fixed evaluation set including like noisy kitchen audio and accents then we
      roll it to a small percentage of devices first and watch word error rate proxies and latency in
      grafana and false wake ups and if the input distribution shifts like a new microphone on a new
      device model it shows up as drift and that triggers a retraining run and you know the whole
      point is you go round that loop again and again it's not a one off
      """, follow_ups=("drift", "rollback", "feature-store")),
    J("lifecycle", "eta-numbers", "numbers", W, 4, H, """
      At a parcel delivery company I owned the arrival-time prediction model. Ingestion pulled GPS
      pings and scan events every 6 hours, about 40 million rows a day, into BigQuery; training used a
      rolling 90-day window, frozen per run with DVC. We tracked around 300 experiments a quarter in
      MLflow and registered the winner. The CI pipeline in Jenkins ran tests and built a Docker image,
      and deployment to Kubernetes went to 10% of depots for 48 hours before full rollout. Monitoring
      in Prometheus alerted on p95 latency above 200 ms and on a population stability index above 0.2
      for any top-20 feature; either one triggered an automated retraining job. With that loop in
      place, deployment went from 3 days of manual steps to 40 minutes, and the share of parcels
      whose ETA was off by more than an hour fell from 22% to 13%.
      """, follow_ups=("drift", "rollback", "feature-store"),
      impact=("deployment went from 3 days of manual steps to 40 minutes",
              "fell from 22% to 13%"),
      not_impact=("every 6 hours", "40 million rows a day", "rolling 90-day window",
                  "around 300 experiments a quarter", "10% of depots for 48 hours",
                  "above 200 ms", "above 0.2", "top-20 feature")),
    J("lifecycle", "knows-names-never-did", "negated", S, 2, H, """
      so i mean i know the names right feature store data versioning mlflow canary deployments drift
      monitoring i've read about all of it but honestly at my last job we never got to most of that
      um the model was trained in a notebook by one of the data scientists and they'd send me the
      pickle and i'd copy it onto the server and restart the api we didn't version the data at all
      and monitoring was the platform team's job so i don't really know what they watched and retraining
      was uh whenever someone had time so i'd say the lifecycle in theory is all those stages but in
      practice we had training and then deploy
      """, flags=("omits-crucial-steps", "no-production-distinction"),
      maybe=("stages-not-connected", "generic-no-tools"), follow_ups=("drift", "rollback", "feature-store")),
    J("lifecycle", "tool-salad", "weak", W, 1, H, """
      The MLOps lifecycle is basically Kubeflow, MLflow, Airflow, Docker, Kubernetes, SageMaker,
      Prometheus and Grafana. You put all of them together and then everything is automated end to end,
      from experimentation to production. That is what MLOps is, and once it is set up you don't
      really have to think about it again.
      """, flags=("generic-no-tools", "stages-not-connected"),
      maybe=("omits-crucial-steps", "no-production-distinction"), follow_ups=("drift", "feature-store")),

    # ================================================================== reproducibility
    J("reproducibility", "credit-keyword", "keyword", W, 5, H, """
      In credit risk, reproducibility is a regulatory requirement, so we treat a model as four linked
      versions. Code lives in Git, and every training run records its commit SHA. Data is versioned
      with DVC on top of an S3 remote, so the training set is pinned by content hash, and the features
      served online come from a feature store with point-in-time joins so we can rebuild a historical
      training table. The model goes into the MLflow model registry, and each registered version
      carries the git commit, the DVC hash, the random seed and the Docker image digest as tags. The
      environment is a Docker image built from a Conda lock file, so the exact library versions are
      frozen, because a minor scikit-learn or numpy bump can change results. Backups are separate; a
      backup lets you restore files, but it does not tell you which data, code and environment made a
      model. As an example: last spring a validator asked why the approval-rate model from the previous
      year behaved differently on one segment. We checked out the commit, pulled the DVC data version,
      ran the training in the recorded image, and got the same model back bit for bit, which let us
      show the difference came from the new data, not from code. That investigation took a day instead
      of the weeks it used to take.
      """, follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("took a day instead of the weeks it used to take",)),
    J("reproducibility", "credit-plain", "paraphrase", S, 5, H, """
      so um the way i think about it is a model is really four things you have to be able to get
      back the code the data the trained result and the software it ran on and they all need to point
      at each other so for the code we keep history of every change and each training run notes which
      exact change it used for the data we freeze a copy of the training set and identify it by a
      fingerprint of its contents so it can't quietly change and the inputs we serve live come from a
      shared store where you can ask what did this look like on a given date the trained models are
      kept as numbered releases and each release is stamped with the code change the data fingerprint
      the random starting value and the exact bundle of libraries because you know a small library
      upgrade can shift the numbers and just having copies of files isn't the same thing a copy doesn't
      tell you what produced what and uh for example a reviewer once asked why last year's approval
      model acted differently on one group of customers and we rebuilt it exactly from those stamps and
      showed it was the newer data not the code and that took a day instead of the weeks it used to
      take
      """, maybe=("tool-unfamiliar",), follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("took a day instead of the weeks it used to take",), equal_to="credit-keyword"),
    J("reproducibility", "no-data-pinning", "spoken", S, 3, H, """
      right so reproducibility um we're pretty good on most of it everything's in git obviously and
      every training run goes through mlflow so we log the params the metrics the git commit and the
      model artifact and the model gets a version in the registry and the training runs in a docker
      image that we build from a pinned requirements file so the environment is the same on a laptop
      and in the pipeline and we set seeds the one thing is the data we just read the features table in
      snowflake as it is on the day of training so uh if you try to rerun an old model today you'd get
      today's data not the data it saw but in practice it's been fine
      """, maybe=("code-only",), follow_ups=("large-datasets", "dependencies")),
    J("reproducibility", "backups-are-reproducibility", "misconception", W, 2, H, """
      We take reproducibility very seriously. All our training code is in Git, and every night the
      whole S3 bucket with datasets and model files is backed up to a second region, and the
      Postgres metadata database is dumped too. We keep 90 days of backups. So if an auditor asks us
      to reproduce a model, we simply restore the backup from that date and the model is there, exactly
      as it was. That is what reproducibility means in practice: never losing anything. Environments
      have not been a problem because everyone uses the same Python version.
      """, flags=("backups-confusion", "environment-ignored"),
      maybe=("tool-unfamiliar", "code-only"), follow_ups=("dependencies", "large-datasets"),
      misconception="restoring backups is the same as reproducing a model",
      not_impact=("90 days of backups",)),
    J("reproducibility", "fraud-spoken", "spoken", S, 4, H, """
      uh yeah so on the fraud team we had this problem where a model retrained and the recall dropped
      and nobody could tell why so after that we um we made every model traceable so git for the code
      of course dvc for the training data with the data stored in gcs and the dvc file committed next
      to the code so the commit actually tells you the data version and then mlflow for the runs and
      the registry and we tag each model version with the docker image it was trained in because the
      image has all the pinned libraries and the cuda version and we fix the seeds and after that when
      the next drop happened we could rerun the old and the new model side by side and see it was a
      feature whose upstream definition changed so it's really about linking all of those together
      """, follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "audit-numbers", "numbers", W, 4, H, """
      Our medical imaging team had to be able to rebuild any model shipped in the last 24 months for
      regulators. The data is about 4 TB of scans, so we use DVC with an S3 remote and only the
      64-character content hashes live in Git. Each of our 17 production models is registered in the
      SageMaker Model Registry with its commit, data hash and the ECR image digest; the images pin
      all 212 Python packages and the CUDA 11.8 runtime. Seeds are fixed and we record the 8-GPU
      training topology because it affects numerical results. When we were audited, we rebuilt a
      model from 14 months earlier and matched its reported sensitivity to the third decimal place, and
      preparing audit evidence dropped from 3 weeks to 2 days.
      """, follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("matched its reported sensitivity to the third decimal place",
              "dropped from 3 weeks to 2 days"),
      not_impact=("last 24 months", "about 4 TB", "64-character", "17 production models",
                  "212 Python packages", "CUDA 11.8", "8-GPU", "14 months earlier")),
    J("reproducibility", "git-only-never-dvc", "negated", S, 2, H, """
      um so for us git is the main thing all the code is versioned in git with branches and pull
      requests and tags we did look at dvc and mlflow at one point but we never adopted them it felt
      like overhead so the models are saved on a shared drive with the date in the file name and the
      data is whatever is in the warehouse and environments uh everyone has their own setup on their
      laptop which is fine mostly we haven't really needed to reproduce an old model so far
      """, flags=("code-only", "environment-ignored"), maybe=("tool-unfamiliar",),
      follow_ups=("dependencies", "large-datasets", "model-card")),
    J("reproducibility", "accuracy-off-target", "off-target", W, 1, H, """
      To make models reliable I always use k-fold cross-validation rather than a single split, and I
      tune hyperparameters with Optuna so the result is robust. I also compare against a baseline
      model and look at learning curves to avoid overfitting. That way, when the model goes to
      production, its performance is consistent and we can trust the results across stages.
      """, flags=("tool-unfamiliar", "environment-ignored"), maybe=("code-only",),
      follow_ups=("dependencies", "large-datasets", "model-card")),

    # ================================================================== ml-cicd
    J("ml-cicd", "search-rank-keyword", "keyword", W, 5, H, """
      For our search ranking models, CI/CD has to cover three things that change: code, data and the
      model. A pull request triggers GitHub Actions: unit tests on feature code, linting, and a small
      training run on a sample to catch breakage. Merges to main start a Kubeflow Pipelines run.
      Its first step is data validation with Great Expectations: schema, value ranges, freshness and
      label leakage checks, and the run stops if they fail. Then training, then an evaluation step
      that compares NDCG against the production model on a frozen query set, plus a bias check across
      languages and markets. Only if the candidate is at least as good does it get registered in MLflow
      as a new model version. The serving image is built with Docker, with the model version baked in,
      and Argo CD deploys it to Kubernetes: first shadow traffic, then a canary, with automatic
      rollback if click metrics or latency regress. What makes it different from software CI/CD is
      that a green build is not enough: the same code with new data can produce a worse model, so
      data and model quality are gates, not just tests. It cut our release time from about five days
      to under four hours.
      """, follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("cut our release time from about five days to under four hours",)),
    J("ml-cicd", "search-rank-plain", "paraphrase", W, 5, H, """
      With ordinary software, if the code passes its tests you ship it. With a ranking model, three
      things can change the outcome: the code, the data and the trained model itself, so the automated
      pipeline has to check all three. When someone proposes a change, quick checks run on the code and
      a tiny training run makes sure nothing is broken. Once it is accepted, the full pipeline starts by
      inspecting the fresh data: are the columns right, are values in sensible ranges, is it recent,
      is the answer accidentally leaking into the inputs. Bad data stops everything. Then it trains,
      and the new model has to do at least as well as the live one on a fixed set of real searches, and
      not be worse for any language or country. Only then is it stored as a new numbered release,
      sealed into a self-contained runnable package, and rolled out gradually: first it sees copies of
      real requests without answering them, then a small share of users, and it is pulled back
      automatically if clicks or speed get worse. It cut our release time from about five days to
      under four hours.
      """, maybe=("tools-unexplained", "no-containers"),
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("cut our release time from about five days to under four hours",),
      equal_to="search-rank-keyword"),
    J("ml-cicd", "buildkite-dagster-no-canary", "other-tools", W, 4, H, """
      We run Buildkite for CI. Every change to the recommendation repo runs unit tests and a data
      contract check with Pandera against the latest partition, so a broken upstream table fails the
      build rather than the model. Training and evaluation are Dagster assets: when the training data
      asset refreshes, the model asset retrains, an evaluation asset compares recall at 20 with the
      current model on a held-out week, and a fairness check looks at new versus returning users. If it
      passes, BentoML packages the model and its pre-processing into a container image, which is
      pushed to our registry and deployed by Seldon Core onto Kubernetes. We swap the whole deployment
      in one go once the offline checks pass; we haven't built a gradual rollout yet, so a model that
      looks good offline but behaves badly with real users is only caught by the dashboards.
      """, follow_ups=("ab-canary", "pipeline-metrics", "pipeline-challenge")),
    J("ml-cicd", "just-software", "misconception", S, 2, H, """
      honestly i think people overcomplicate this um a model is just another artifact like a jar file
      so ci cd for ml is exactly the same as for any service you've got jenkins you run pytest you
      build the docker image you push it to kubernetes and if the unit tests pass the model's fine
      because the training code is tested so uh the outputs are going to be fine too i don't see why
      you'd need separate data checks or model evaluation in the pipeline that's the data
      scientist's job before they hand it over
      """, flags=("same-as-software", "no-automated-testing"), follow_ups=("pipeline-metrics", "ab-canary"),
      misconception="if the training code passes unit tests the model is fine; ML CI/CD is the same as software CI/CD"),
    J("ml-cicd", "recsys-gitlab-spoken", "spoken", S, 4, H, """
      so at the streaming company uh we had gitlab ci and the pipeline had like two halves the normal
      half is tests and linting and then building the docker image and the ml half is um the data
      checks first so if yesterday's viewing events have like a schema change or a big drop in volume it
      fails right there and then it retrains and it evaluates the new recommender against the one in
      production on the same holdout of users and if it's worse it doesn't get registered and if it's
      better it goes to the registry and then helm deploys it on our kubernetes cluster to like five
      percent of users as an a b test and we look at watch time before it goes wider and the main
      difference from software is really that the data changes under you even when no one touches the
      code
      """, follow_ups=("ab-canary", "pipeline-metrics", "pipeline-challenge"),
      not_impact=("five percent of users",)),
    J("ml-cicd", "churn-numbers", "numbers", W, 4, H, """
      For a telecom churn model I built the pipeline in GitLab CI and SageMaker Pipelines. It has 4
      stages: validate, train, evaluate and release. Validation rejects the data if more than 2% of
      rows fail schema checks. Training runs on 8 GPUs for about 50 minutes. The evaluation gate
      requires AUC within 0.5 points of the production model and no segment worse by more than 3%.
      Release builds a Docker image and deploys to EKS as a canary on 10% of traffic for 24 hours. The
      result: deployment time went from 9 days to 6 hours, and rollbacks fell from 5 per quarter to 1.
      """, follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("deployment time went from 9 days to 6 hours", "rollbacks fell from 5 per quarter to 1"),
      not_impact=("4 stages", "more than 2% of rows", "8 GPUs", "about 50 minutes",
                  "within 0.5 points", "more than 3%", "10% of traffic for 24 hours")),
    J("ml-cicd", "jenkins-never-got-to", "negated", S, 2, H, """
      so we do have jenkins and it builds a docker image of the serving code and runs the unit tests
      but the training and evaluation aren't in the pipeline um the data scientists train on their own
      machines and attach the model file to a ticket and we bake it into the image we don't have any
      data validation and there's no automatic check that the new model is better we always said we'd
      move it to kubeflow pipelines and add those gates but we never got to it before i left
      """, flags=("no-automated-testing", "same-as-software"), follow_ups=("pipeline-metrics", "pipeline-challenge")),
    J("ml-cicd", "tool-salad-spoken", "weak", S, 1, H, """
      uh yeah so for ci cd we use jenkins and github actions and also kubeflow and sagemaker pipelines
      and argo and docker and kubernetes um so it's all in the pipeline basically it's ci cd but for ml
      so it's automated
      """, flags=("tools-unexplained", "no-automated-testing"), maybe=("same-as-software",),
      follow_ups=("pipeline-metrics", "pipeline-challenge")),

    # ================================================================== monitoring
    J("monitoring", "payments-fraud-keyword", "keyword", W, 5, H, """
      For the card fraud model I split monitoring into three layers. System health: Prometheus
      scrapes latency, error rate, CPU, memory and queue depth from the scoring service, shown in
      Grafana. Data quality and drift: Evidently jobs compare each hour of inputs with the training
      reference, checking missing values, out-of-range values and schema, and compute PSI per feature
      for data drift. Model quality: fraud labels arrive with chargebacks weeks later, so we track
      precision and recall on confirmed labels as they come, plus proxies meanwhile, like the score
      distribution and the alert rate, which can reveal concept drift, where the same inputs now mean
      something different because fraudsters changed tactics. We also slice recall by merchant category
      and country to catch bias. Alerts go through Alertmanager: infrastructure alerts page the on-call,
      drift and quality alerts create a ticket for the model owner with a runbook, which says whether to
      investigate, roll back or trigger retraining. Alert thresholds are reviewed monthly to keep false
      positives down.
      """, follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "payments-fraud-plain", "paraphrase", S, 5, H, """
      so i'd watch it on three levels um first is the machine side is the service fast is it throwing
      errors is it running out of memory that's all on live charts second is the inputs every hour we
      compare what's coming in with what the model was trained on are there blanks are there impossible
      values has the spread of each input moved and by how much and third is whether the model is still
      right and that's tricky with fraud because you only find out weeks later when the customer
      disputes the charge so we score it on confirmed cases as they come in and meanwhile we watch the
      shape of the scores and how many cases it flags because if fraudsters change their tricks the
      same inputs start meaning something different and we break it down by type of shop and by country
      to make sure it isn't failing one group when something's off the machine problems wake up whoever
      is on call and the model problems go to the model's owner with written steps look into it switch
      back to the old one or train a fresh one and we review the thresholds every month so people don't
      get buried in false alarms
      """, maybe=("no-tools",), follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      equal_to="payments-fraud-keyword"),
    J("monitoring", "dashboard-nobody-watches", "spoken", S, 3, H, """
      yeah so we track the usual infra stuff in datadog latency errors cpu and for the model side we
      have an evidently report that runs every night and compares feature distributions to the training
      data so we see data drift and we also compute accuracy weekly once the labels come back um and
      concept drift we'd see that as accuracy dropping even when the inputs look stable and all of that
      goes onto a dashboard uh we don't really have alerts on the model metrics though someone looks at
      the dashboard now and then and if it looks bad we talk about it in the weekly sync
      """, flags=("alerts-unexplained",), follow_ups=("false-positives", "when-to-retrain")),
    J("monitoring", "inputs-stable-means-fine", "misconception", W, 2, H, """
      We monitor the service with Prometheus and Grafana: latency, throughput, CPU and memory, with
      alerts to PagerDuty when latency goes over the limit. For the model itself, we run a daily job
      that compares input feature distributions with the training data. Data drift and concept drift
      are really the same thing, just two names, so if the input distributions are stable we know the
      model is still performing as it did in training. Because of that we don't need to wait for labels
      or track accuracy in production, which saves a lot of effort.
      """, flags=("no-drift",), maybe=("infra-only",),
      follow_ups=("drift-difference", "when-to-retrain"),
      misconception="data drift and concept drift are the same; stable inputs mean the model is fine"),
    J("monitoring", "llm-assistant-spoken", "spoken", S, 4, H, """
      so this was for an llm feature a support reply assistant and um monitoring that is a bit
      different because there's no single accuracy number so we had whylabs profiling the prompts and
      responses so things like prompt length token counts language mix and embedding drift on the
      prompts and then quality signals the agents could thumbs up or thumbs down a suggested reply and
      how often they edited it heavily plus a toxicity and pii classifier on every output and uh the
      system side latency and cost per request in grafana and each of those had an alert with an owner
      like if the thumbs down rate went up over a rolling day it pinged the feature team's channel and
      they'd look at the examples and decide whether it was a prompt change or a model provider change
      and yeah concept drift there is like when customers start asking about a new product the old
      prompts don't cover
      """, follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "lending-numbers", "numbers", W, 4, H, """
      On a consumer lending model we monitored 35 input features. Drift alerts fired when PSI went
      above 0.25 on any feature for 3 consecutive days; latency alerts fired when p99 latency exceeded
      300 ms for 5 minutes. Because default labels take 60 days to mature, we sampled 2% of decisions
      for early manual review as a proxy for concept drift, and tracked approval rates by age band for
      bias. Everything ran on Prometheus, Grafana and SageMaker Model Monitor, and alerts opened a
      Jira ticket for the model owner. After we tuned the thresholds, false alerts fell by 70%, and we
      caught a broker-channel drift 11 days earlier than the monthly risk report would have.
      """, follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      impact=("false alerts fell by 70%", "caught a broker-channel drift 11 days earlier"),
      not_impact=("35 input features", "above 0.25", "3 consecutive days", "exceeded 300 ms for 5 minutes",
                  "60 days to mature", "2% of decisions")),
    J("monitoring", "grafana-only-ds-job", "negated", S, 2, H, """
      we have grafana on the cluster so i can see cpu memory and the request latency for the model
      service and we get an alert if a pod is crash looping um model specific stuff like drift or
      accuracy honestly that's the data science team's job we don't track accuracy in production on
      our side and i'm not sure they do either so if the model got worse we'd probably hear about it
      from the business
      """, flags=("infra-only", "no-drift"), maybe=("alerts-unexplained",),
      follow_ups=("drift-difference", "when-to-retrain")),
    J("monitoring", "vague-weak", "weak", W, 1, H, """
      We monitor the model to make sure it is working well. We have dashboards, and if something goes
      wrong we get notified and fix it. Monitoring is very important in MLOps, because you want to know
      that the model is doing what it should, so we keep an eye on it.
      """, flags=("no-tools", "no-drift", "alerts-unexplained"), maybe=("infra-only",),
      follow_ups=("drift-difference", "when-to-retrain", "false-positives")),

    # ================================================================== iac-containers
    J("iac-containers", "routing-keyword", "keyword", W, 5, H, """
      At a logistics company I owned the infrastructure for our route-optimisation and demand models.
      Everything was Terraform: a module for the VPC and networking, one for the EKS cluster with a
      CPU node group and an autoscaling GPU node group, S3 buckets for data and artifacts, IAM roles
      per service, and the managed services we used, like the SageMaker training jobs. State lived in
      S3 with DynamoDB locking, and every change went through a pull request showing terraform plan, so
      staging and production were provably the same. Each model was containerised with Docker using
      multi-stage builds: a slim runtime image with pinned Python and CUDA versions and the model
      artifact, so the model ran identically on a laptop, in CI and in the cluster, with no "works on
      my machine". On Kubernetes we set resource requests and limits per model, used the Horizontal Pod
      Autoscaler on request rate, readiness and liveness probes so failed pods were restarted, and
      spread replicas across zones. When we expanded to a new country, standing up the full stack took
      2 days instead of 3 weeks, and moving batch scoring to spot GPU nodes cut our GPU bill by 35%.
      """, follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("took 2 days instead of 3 weeks", "cut our GPU bill by 35%")),
    J("iac-containers", "routing-plain", "paraphrase", W, 5, H, """
      At a delivery company I looked after where our routing and demand models ran. None of the cloud
      setup was done by hand: the network, the cluster of machines, including a pool of graphics-card
      machines that grows and shrinks, the storage, the permissions and the managed training service
      were all written as code and reviewed like any other change, with a preview of exactly what would
      be created or destroyed, so the test and live setups could not quietly diverge. Each model was
      sealed into a self-contained, slimmed-down package holding the exact language and driver versions
      and the trained weights, so it behaved the same on a laptop, in the test pipeline and in
      production. The scheduler running those packages gave each model a fixed share of processor and
      memory, added copies when traffic rose, restarted any copy that stopped answering and spread
      copies across data centres. When we opened in a new country, bringing up the whole stack took 2
      days instead of 3 weeks, and running overnight scoring on cheap spare graphics machines cut our
      GPU bill by 35%.
      """, maybe=("no-iac",), follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("took 2 days instead of 3 weeks", "cut our GPU bill by 35%"), equal_to="routing-keyword"),
    J("iac-containers", "pulumi-nomad", "other-tools", W, 4, H, """
      We use Pulumi in Python rather than Terraform, which suits a team of ML engineers because the
      infrastructure code is just Python with tests. It provisions our GCP project: networks, GCS
      buckets, Cloud SQL for the feature metadata, and a pool of GPU VMs. Instead of Kubernetes we run
      HashiCorp Nomad, which schedules our Docker containers; each model image is built with pinned
      dependencies and the model weights are pulled at start-up by version, so the same image
      definition works for every model version. Nomad handles restarts of failed tasks and we scale job
      counts by queue length for the speech transcription workers. It has made environments consistent
      and deploys boring, in a good way, although I haven't measured the gain in any formal way.
      """, maybe=("generic-no-examples", "docker-xor-kubernetes"),
      follow_ups=("managed-vs-self-hosted", "resource-utilization", "secrets")),
    J("iac-containers", "latest-tag-reproducible", "misconception", S, 2, H, """
      so we containerise all our models with docker and deploy on kubernetes um and the nice thing
      about docker is it's reproducible automatically so we always build from the latest tags like
      python latest and pytorch latest and we don't pin the pip packages because that way every build
      gets the newest fixes and since it's in a container it's the same everywhere anyway infra wise
      we set up the cluster in the console once and it's been running for two years so we haven't
      needed terraform
      """, flags=("no-iac",), maybe=("container-benefits-missing", "generic-no-examples"),
      follow_ups=("secrets", "resource-utilization", "managed-vs-self-hosted"),
      misconception="building from unpinned latest tags is reproducible because it runs in a container",
      not_impact=("two years",)),
    J("iac-containers", "speech-gke-spoken", "spoken", S, 4, H, """
      um so my last project was serving speech to text models and uh all the infra was terraform so
      the gke cluster the node pools one with l4 gpus that scales to zero at night the buckets for the
      audio and the service accounts and we had a staging and a prod workspace that were the same code
      with different variables and then each model was a docker image and we put a lot of effort into
      the images because the gpu base images are huge so we used multi stage builds and only copied
      the runtime bits and on kubernetes we set gpu requests so two models don't fight over one card
      and we had an autoscaler on the queue length and the probes so a stuck pod gets killed and
      replaced and the big win for me was that a data scientist could get a model running in staging
      the same day without asking me to click anything
      """, follow_ups=("resource-utilization", "secrets", "managed-vs-self-hosted")),
    J("iac-containers", "image-diet-numbers", "numbers", W, 4, H, """
      Our Terraform codebase has 48 modules covering 3 environments on AWS, including an EKS cluster
      with 4 node groups. Every model service runs in Docker on Kubernetes with requests of 2 CPUs and
      8 GiB of memory and a liveness probe every 30 seconds. The recommendation images had grown out
      of control, so I rewrote them as multi-stage builds on a slim base: image size went from 9.2 GB to
      1.4 GB, pod cold start went from 4 minutes to 40 seconds, and because autoscaling could react in
      time we ran 30% fewer nodes at peak.
      """, maybe=("generic-no-examples",),
      follow_ups=("resource-utilization", "secrets", "managed-vs-self-hosted"),
      impact=("image size went from 9.2 GB to 1.4 GB", "cold start went from 4 minutes to 40 seconds",
              "ran 30% fewer nodes at peak"),
      not_impact=("48 modules", "3 environments", "4 node groups", "2 CPUs", "8 GiB of memory",
                  "every 30 seconds")),
    J("iac-containers", "platform-team-owns-it", "negated", S, 2, H, """
      yeah so i dockerise the models that part i do myself i write the dockerfile and build the image
      but kubernetes and terraform that's the platform team's job i never really touched it i hand them
      the image and they deploy it somewhere and uh i know terraform is infrastructure as code but i
      haven't written any myself
      """, flags=("no-iac", "docker-xor-kubernetes"), maybe=("generic-no-examples", "container-benefits-missing"),
      follow_ups=("managed-vs-self-hosted", "secrets")),
    J("iac-containers", "dev-setup-off-target", "off-target", S, 1, H, """
      um for my environment i usually use conda or a virtualenv on my laptop and i train on the laptop
      gpu or on colab if it's bigger and i keep my notebooks organised in folders and i have a
      requirements file so it's pretty clean i think that's the main thing for infrastructure
      """, flags=("no-iac", "container-benefits-missing", "generic-no-examples"),
      maybe=("docker-xor-kubernetes",), follow_ups=("managed-vs-self-hosted", "resource-utilization")),

    # ================================================================== cloud-platform
    J("cloud-platform", "sagemaker-keyword", "keyword", W, 5, H, """
      I've used AWS SageMaker for about three years on an e-commerce recommendations platform. We used
      SageMaker Pipelines to chain processing, training, evaluation and a conditional registration
      step; the Model Registry with approval status as our gate to production; SageMaker Feature Store
      with an online store for real-time features and an offline store in S3 for training; real-time
      Endpoints with autoscaling and multi-model endpoints for the long tail of small models; and Model
      Monitor for data quality and drift on captured requests. Strengths: deep integration with IAM,
      S3, CloudWatch and EventBridge, fully managed training on spot instances, and scaling endpoints
      without running our own cluster. Weaknesses: real vendor lock-in, since the pipeline definitions
      and the feature store API don't port; cost complexity, because idle endpoints and notebook
      instances quietly run up bills; a steep learning curve; and slow endpoint updates, which made
      quick rollbacks painful. A concrete win: moving shared features into Feature Store meant teams
      stopped rebuilding the same aggregates, which reduced feature engineering time by about 40% for
      new models.
      """, follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("reduced feature engineering time by about 40%",),
      not_impact=("about three years",)),
    J("cloud-platform", "sagemaker-plain", "paraphrase", W, 5, H, """
      For about three years I worked on Amazon's managed machine-learning service for an online shop's
      recommendations. We used its workflow builder to chain data preparation, training, evaluation and
      a step that only saved the model if it passed; its catalogue of model versions, where a version
      had to be approved before going live; its shared store of model inputs, with a fast copy for
      live requests and a cheap copy for training; its hosted prediction servers that add capacity
      under load, including packing many small models onto one server; and its built-in watcher that
      compares live requests with the training data. The good side is how tightly it fits with the rest
      of Amazon's permissions, storage, logging and event tools, training on discounted spare capacity,
      and not having to run our own cluster. The bad side is that you are tied in, since little of it
      moves to another provider; the bills are hard to follow, because idle servers keep charging; it
      takes a while to learn; and updating a live prediction server is slow, which made rolling back
      painful. The clearest win was the shared input store: teams stopped rebuilding the same
      aggregates, which reduced feature engineering time by about 40% for new models.
      """, maybe=("generic-platform",), follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("reduced feature engineering time by about 40%",),
      not_impact=("about three years",), equal_to="sagemaker-keyword"),
    J("cloud-platform", "databricks-spoken", "other-tools", S, 4, H, """
      so mostly databricks for me uh on azure um we used unity catalog for governance of the tables and
      the models so lineage from the delta tables to the registered model comes for free and the
      managed mlflow for tracking and the registry and databricks workflows to schedule the training
      jobs and then model serving endpoints for the real time ones and the feature engineering client
      so the features are defined once and looked up at serving time strengths are really that it's one
      place for data engineers and data scientists and the spark integration and weaknesses uh mostly
      cost the dbu pricing is hard to predict and we got some surprise bills from all purpose clusters
      left running
      """, maybe=("one-sided",), follow_ups=("costs", "managed-vs-custom", "multi-cloud")),
    J("cloud-platform", "vertex-no-lockin", "misconception", W, 2, H, """
      I've used GCP Vertex AI: Vertex AI Pipelines, the Model Registry and Vertex endpoints. Its main
      strength is that there is no vendor lock-in at all: because Vertex AI Pipelines runs Kubeflow
      Pipelines, you can take the whole setup, endpoints, registry and all, and run it on AWS or
      on-premise unchanged. It's also managed, so cost isn't something you need to think about; Google
      takes care of that. Honestly I can't think of real weaknesses; maybe the documentation could be
      better.
      """, flags=("one-sided",), maybe=("no-feature-knowledge",),
      follow_ups=("costs", "multi-cloud", "managed-vs-custom"),
      misconception="Vertex AI has no lock-in because it runs Kubeflow; managed means costs take care of themselves"),
    J("cloud-platform", "azureml-spoken", "spoken", S, 4, H, """
      okay so azure ml um that's the one i know best we were on it for a hospital readmission model so
      we had a workspace per environment the training ran as command jobs on compute clusters that
      scale down to zero and we chained them with azure ml pipelines and the models went into a shared
      registry across workspaces so dev and prod could promote the same model version and then managed
      online endpoints with blue green deployments where you shift traffic between two deployments and
      the data drift monitoring on the collected inputs strengths it plugs right into active directory
      and key vault which for a hospital mattered a lot and the managed endpoints save you running
      kubernetes weaknesses uh the move from the v1 sdk to v2 was painful we rewrote a lot and gpu quota
      requests took weeks and the cost view per model is pretty poor
      """, follow_ups=("costs", "managed-vs-custom", "multi-cloud")),
    J("cloud-platform", "vertex-numbers", "numbers", W, 4, H, """
      We run 12 models on Vertex AI for a travel search site: Vertex AI Pipelines for training,
      Vertex Feature Store for 400 features, the Model Registry, and online endpoints on n1-standard-8
      machines with 2 to 20 replicas. When I joined, the monthly bill was $38,000 and training a ranking
      model took 10 hours. Strengths: the managed pipelines and BigQuery integration. Weaknesses: lock-in
      to Google's APIs, and endpoints that never scale below one replica. By moving batch scoring off
      endpoints to batch prediction jobs and training on preemptible GPUs we cut the monthly bill by
      31%, and training turnaround went from 10 hours to 3.
      """, follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut the monthly bill by 31%", "training turnaround went from 10 hours to 3"),
      not_impact=("12 models", "400 features", "2 to 20 replicas", "$38,000", "took 10 hours")),
    J("cloud-platform", "read-about-only", "negated", S, 2, H, """
      um i've read about sagemaker things like the feature store and model monitor and pipelines but
      we didn't actually use the managed ml parts we just had ec2 instances and s3 and we ran our own
      scripts on the instances so strengths i guess it scales and weaknesses uh probably cost i haven't
      really used the ml specific pieces hands on
      """, flags=("no-feature-knowledge", "basic-services-only"), maybe=("one-sided", "generic-platform"),
      follow_ups=("managed-vs-custom", "costs")),
    J("cloud-platform", "generic-weak", "weak", W, 1, H, """
      Cloud is great because it scales. AWS, GCP and Azure are all good and they all have machine
      learning services. The weakness is that it can be expensive. I would just use whichever cloud the
      company already uses, since they are more or less the same anyway.
      """, flags=("generic-platform", "no-feature-knowledge"), maybe=("basic-services-only", "one-sided"),
      follow_ups=("managed-vs-custom", "costs", "multi-cloud")),

    # ================================================================== challenging-project
    J("challenging-project", "fraud-latency-keyword", "keyword", W, 5, H, """
      Situation: at a payments company our real-time fraud model scored about 40,000 transactions a
      second, and after a new gradient-boosted model went in, p99 latency climbed past the 150 ms budget
      the checkout team gave us, and timeouts meant transactions were approved unscored. Task: I was the
      MLOps engineer responsible for the serving path, and I had to bring latency back inside the
      budget without rolling back the better model. Action: I profiled the request path and found that
      most of the time went on computing aggregates on the fly from Postgres. I moved those aggregates
      into a Feast feature store with Redis as the online store, computed by a streaming job, so serving
      did a single key lookup. I converted the model to ONNX Runtime, slimmed the Docker image so new
      pods started in seconds, and added a Horizontal Pod Autoscaler on request rate. I also added
      Prometheus alerts on p99 latency and on feature freshness, and a canary step in the deploy so a
      slow model can never reach full traffic again. Result: p99 latency went from 480 ms to 95 ms,
      unscored approvals dropped to zero, and retiring the manual backfill scripts saved about 12
      engineer-hours a week.
      """, follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("p99 latency went from 480 ms to 95 ms", "unscored approvals dropped to zero",
              "saved about 12 engineer-hours a week"),
      not_impact=("about 40,000 transactions a second", "150 ms budget")),
    J("challenging-project", "fraud-latency-plain", "paraphrase", W, 5, H, """
      At a payments company, our model that checks each card payment for fraud handled about 40,000
      payments a second. After we switched to a better but heavier model, the slowest responses became
      far slower than the 150 ms budget the checkout team had given us, and when we were too slow the
      payment simply went through unchecked. The serving side was mine, and my job was to get speed back
      without giving up the better model. I measured where the time went and found most of it was spent
      recalculating customer history totals from the main database on every request. I had those totals
      computed continuously in the background and kept in a fast in-memory lookup, so each request
      needed just one read. I converted the model to a faster runtime format, made the service package
      much smaller so new copies started in seconds, let the number of copies grow with traffic, and set
      up alarms on slow responses and on stale inputs, plus a step where any new model first gets a
      small share of traffic. In the end the slowest responses went from 480 ms to 95 ms, unchecked
      payments dropped to zero, and removing the hand-run catch-up scripts saved about 12 engineer-hours
      a week.
      """, maybe=("vague",), follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("went from 480 ms to 95 ms", "unchecked payments dropped to zero",
              "saved about 12 engineer-hours a week"),
      not_impact=("about 40,000 payments a second", "150 ms budget"), equal_to="fraud-latency-keyword"),
    J("challenging-project", "retrain-pipeline-reordered", "reordered", S, 4, H, """
      so the end result first we went from retraining the recommender by hand every six weeks or so to
      a pipeline that retrains it every week on its own and the number of bad releases we had to pull
      back went to basically none um how we got there i rebuilt the whole retraining flow in flyte so
      each step data extraction validation training evaluation was a typed task that could be rerun on
      its own and i added an evaluation gate against the live model and we pinned the training images
      so a run from march could be rerun in june and get the same thing and the challenge that made it
      hard was the training data came from like six upstream tables owned by different teams and any of
      them changing broke training silently so i added data contracts at the boundary and i was the one
      who owned that because uh the setting was a small video platform with one ml engineer me and
      three data scientists and the model was going stale between the manual retrains
      """, maybe=("no-quantified-impact",), follow_ups=("do-differently", "biggest-learning", "stakeholders"),
      not_impact=("every six weeks", "six upstream tables", "three data scientists")),
    J("challenging-project", "triage-plain-result", "plain-result", S, 4, H, """
      okay so um at a telehealth company we had a symptom triage model that nurses used to order the
      queue and the problem was it kept getting worse between releases and nobody noticed until the
      nurses complained and my task was to make it something the clinical team could rely on so what i
      did i set up drift monitoring with evidently on the incoming symptom data and a weekly job that
      scored the model against the nurses' final decisions as labels and alerts to the on call ml
      engineer with a runbook i moved training into a dagster pipeline with the data and model versioned
      so every release could be traced back and i added a shadow period where a new model ran next to
      the old one before it took over and uh the result was that we caught problems ourselves before the
      nurses did the complaints basically stopped and the clinical lead signed off on us releasing
      without a manual review every time
      """, maybe=("no-quantified-impact",), follow_ups=("stakeholders", "do-differently", "biggest-learning")),
    J("challenging-project", "gpu-cost-numbers", "numbers", W, 4, H, """
      At an ads company we had 14 bidding models retrained daily on a shared Kubernetes cluster with 64
      GPUs, and training jobs regularly missed the 6 a.m. deadline for the morning auction. I was asked
      to fix reliability within one quarter. I moved the jobs into Argo Workflows with priorities,
      added GPU requests and node affinity so jobs stopped landing on busy nodes, cached the 2 TB of
      preprocessed features between runs, and set a 30-minute alert if a job had not started. After the
      change missed deadlines went from 9 a month to 0, average training time dropped by 45%, and we
      released 16 of the 64 GPUs back to the pool.
      """, follow_ups=("do-differently", "biggest-learning", "stakeholders"),
      impact=("missed deadlines went from 9 a month to 0", "average training time dropped by 45%",
              "released 16 of the 64 GPUs back to the pool"),
      not_impact=("14 bidding models", "with 64 GPUs", "6 a.m. deadline", "within one quarter",
                  "2 TB of preprocessed features", "30-minute alert")),
    J("challenging-project", "nightly-retrain-no-monitoring", "misconception", S, 2, H, """
      yeah so the hardest one was a demand forecast for a chain of pharmacies where the accuracy kept
      drifting down and um the drift alerts were going off all the time so what i did was i set up a
      nightly retrain in airflow on all the latest data and then i turned the drift monitoring off
      because once you retrain every night drift can't really happen the model is always up to date
      so the alerts were just noise and uh after that we didn't get any alerts so the team was happy
      """, flags=("no-quantified-impact",), maybe=("vague",),
      follow_ups=("do-differently", "biggest-learning"),
      misconception="nightly retraining makes drift monitoring unnecessary"),
    J("challenging-project", "blames-data-team", "negated", W, 2, H, """
      The most challenging project was a churn model whose pipeline kept failing because the data
      engineering team kept changing the schemas without telling anyone. Every week something broke and
      we had to work out what they had changed. I raised it several times, but it wasn't my call; the
      platform team owned the deployments and the data team owned the tables, so there was not much I
      could do. We talked about adding data validation and contracts but never got to it before the
      project was shelved.
      """, flags=("blame", "no-quantified-impact"), maybe=("vague",),
      follow_ups=("do-differently", "stakeholders", "biggest-learning")),
    J("challenging-project", "kaggle-off-target", "off-target", S, 1, H, """
      um the most challenging was probably a competition project where i had to classify satellite
      images and the accuracy was stuck so i tried a lot of architectures resnet efficientnet and then
      i did a lot of augmentation and an ensemble at the end and it got a lot better and i learned a
      lot about hyperparameter tuning
      """, flags=("no-mlops-intersection", "vague"), maybe=("no-quantified-impact",),
      follow_ups=("biggest-learning", "do-differently")),
]
