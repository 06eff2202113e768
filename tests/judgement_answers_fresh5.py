"""A sixth labelled set of interview answers, written BLIND: the new untouched holdout.

Since the eighth scoring pass (2026-12-02) its errors have been read, so it is tuning data now; the rules
below describe how it was written. The untouched holdout is ``judgement_answers_fresh7``.

Provenance and rules
--------------------
* Written blind by a separate helper session on 2026-12-02. That session read only: the interview
  guide (shared/seed/000_03ac0d1b1b231269.txt, all of it); in ``questions/guide.toml`` the question
  ids and prompts, the red-flag ids and wording and the follow-up ids and wording (printed by a
  small ``tomllib`` script); the module docstring, ``KINDS`` / ``CORE_KINDS`` / ``STORY_KINDS`` /
  ``QUESTIONS`` constants, ``Judged`` dataclass, ``J`` helper and ``W, S, T, H`` constants of
  ``judgement_answers.py`` (``sed -n '1,/^ANSWERS/p'``, not its answers); and the module docstring
  and import line of ``judgement_answers_fresh4.py`` (not its answers).
* Reading slips, stated honestly: before printing the fields above, a structure-only ``tomllib``
  script printed the *names of the keys* of ``guide.toml`` (e.g. ``category``, ``source``, ``kind``,
  ``level``, ``target_seconds``, ``why``, ``framework``, ``stages``, ``concept`` with ``label``,
  ``stage``, ``weight``, ``description``, ``examples``, ``misconceptions``, ``aliases``, and
  ``rule.stages_covered_below``, ``trigger.any_of.missing_all``), but none of their values: no
  concepts, aliases, descriptions, examples, misconceptions, rules, cues or triggers were seen. An
  ``ls`` of ``tests/`` (to check this file did not exist yet) showed the *file names* of the other
  tests, but none of their content. After all answers and labels were written, a ``git status
  --short`` (to confirm only this file was added) showed the names of two files modified by
  someone else, ``voice_interviewer/disowning.py`` and ``voice_interviewer/negation.py``, but not
  their content; nothing here was changed after that.
* The session did not read ``voice_interviewer/``, ``benchmarks/``, ``scripts/``, other tests,
  README files, the git log or git diffs, or the answers of any other ``judgement_answers*.py``
  file, and did not run ``voice-interviewer score``, any scorer, benchmark or test on these
  answers. The only things run on this file were the structural well-formedness check (ids, kinds,
  styles, that impact phrases occur in the text), a word count and kind/style tally, and a plain
  regex (written by this session) confirming the paraphrases avoid terms like "drift", "pipeline",
  "version" or tool names; none of these scores anything, and no label was changed after them.
* This is the UNTOUCHED HOLDOUT. Never tune on it: do not read individual answers while changing the
  scorer, and do not add rules, aliases or cues inspired by it. Use it only to measure.
* The labels were written together with each answer, before anything was scored, and are what a
  careful human interviewer reading the guide would decide. They must NEVER be edited after scoring:
  if the scorer disagrees, the scorer is what changes (or the disagreement is reported). A label that
  was genuinely wrong may only be fixed in its own commit that says why, never to make a test or a
  figure look better.
* Every answer is ``split == "holdout"``.

Field meanings are those of ``judgement_answers.py`` (``Judged`` / ``J``). Per question there are 8
answers, imagined as 8 different candidates in industries not used by the earlier sets (retail
demand forecasting, telecom churn and network faults, agritech crop yield, autonomous-warehouse
robotics, clinical trial matching, ad-fraud detection, streaming-video recommendations, legal
document classification, maritime shipping, pharmacy inventory, weather nowcasting, HR resume
screening): a solid keyword answer that names tools; a plain-words answer of the same substance
(``paraphrase``, ``equal_to`` the keyword answer, same tier); a partial answer that is good on most
of the framework but has one clear gap (kind ``keyword``, ``spoken`` or, where it runs on tools the
guide does not name, ``other-tools``); a confident misconception (some subtle, mixed into otherwise
good content); a spoken answer; a numbers-heavy answer (results in ``impact``; thresholds, traffic
shares, counts, durations, sizes and the size of the original problem in ``not_impact``); a negated
or disowning answer ("we never got to it", "that's the platform team's job"); and a weak,
off-target or tool-salad answer. For challenging-project the partial slot is a ``plain-result``
story (result in plain words, no numbers) and the spoken slot a ``reordered`` one (result first,
situation last). 28 of the 56 answers are in spoken style.
"""

from __future__ import annotations

from judgement_answers import H, J, Judged, S, W

ANSWERS: list[Judged] = [
    # ------------------------------------------------------------------ lifecycle
    J("lifecycle", "grocery-forecast-keyword", "keyword", W, 5, H,
      """At a grocery chain I owned the demand forecasting models, so I'll walk it through that way.
      It starts with data ingestion: point-of-sale, promotions and weather land in the lake, we run
      validation with Great Expectations, do the feature engineering, and version every training
      snapshot with DVC so any model can point back to exactly the rows it saw. Experimentation
      happens in notebooks but every run is logged to MLflow (params, metrics, the DVC hash) and a
      candidate that beats the current champion gets registered in the MLflow model registry. From
      there CI/CD takes over: GitHub Actions runs unit tests on the feature code and a backtest
      against the last twelve weeks, packages the model into a Docker image and pushes it.
      Deployment is on Kubernetes, first as a canary on a handful of stores, then full rollout, and
      we A/B test the ordering impact when the change is big. Monitoring covers infrastructure with
      Prometheus and Grafana plus data drift on the inputs and forecast error once actuals arrive.
      When drift or error crosses the threshold, an automated retraining job kicks off and the loop
      starts again. The point of all of it is that a notebook result is not a production system:
      versioning, tests and monitoring are what make it safe to ship. That setup reduced our model
      deployment time from about two weeks to two days.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("from about two weeks to two days",),
      not_impact=("the last twelve weeks",)),

    J("lifecycle", "grocery-forecast-plain", "paraphrase", S, 5, H,
      """so for the store forecasting stuff it goes like this. um first the sales, promotions and
      weather come in every night and we check them automatically, like are the columns there, are
      the values sane, then we build the inputs the model needs and we freeze a labelled snapshot of
      that exact training data so later you can always say this model learned from these rows. then
      the data scientists try things and every single attempt gets written down, the settings, the
      scores, which snapshot it used. if something beats the model that's live we put it in a sort
      of catalogue of approved models. then uh automatic checks run on every change, the code
      tests, a replay over the last twelve weeks, and it gets packed up with everything it needs to
      run. we release it to a few stores first and only then everywhere, and for big changes we
      split the stores and compare old versus new. after that we watch the servers, we watch whether
      the incoming data starts looking different from what it learned on, and we watch the forecast
      error once real sales come in, and if that goes past a limit it trains itself again on fresh
      data and we're back at the start. the whole point is a notebook isn't a product you know. it
      took our release time from about two weeks to two days.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("from about two weeks to two days",),
      not_impact=("the last twelve weeks",),
      equal_to="grocery-forecast-keyword"),

    J("lifecycle", "crop-yield-no-monitoring", "other-tools", W, 3, H,
      """I worked on crop yield prediction for an agritech company, mostly satellite imagery plus
      soil sensor data. Our lifecycle was orchestrated in Dagster: assets for ingesting the imagery,
      cleaning the sensor feeds and computing features like NDVI, with LakeFS branches so each
      training run committed against a fixed version of the data. Training ran as Dagster jobs and
      we tracked experiments in Weights & Biases, promoting the best run's artifact to the model
      registry there. CI on Buildkite ran tests on the feature code and built a BentoML service,
      which we deployed to a staging cluster, had agronomists sanity-check, then promoted to
      production. Honestly, once a model was out we didn't track much after that; the growing season
      is long, so we'd look at the yield numbers at harvest and decide whether to train a new one
      for next year.""",
      flags=("omits-crucial-steps",),
      follow_ups=("drift", "rollback", "feature-store")),

    J("lifecycle", "churn-weekly-retrain-no-drift", "misconception", S, 2, H,
      """yeah so at the telecom we had the churn model and um the lifecycle was pretty standard.
      we'd pull the customer usage and billing data, version it with DVC, train in notebooks and log
      to MLflow, then the model gets registered and a jenkins job builds the docker image and
      deploys it to our kubernetes cluster. the thing we figured out is you don't really need drift
      monitoring if you retrain every week, because the model is always fresh, it's always seen the
      latest data, so drift can't build up. so we just retrain weekly on a cron and push whatever
      comes out, and we watch grafana for latency and errors on the endpoint. that's kept it really
      simple for us.""",
      flags=("omits-crucial-steps",),
      maybe=("no-production-distinction",),
      follow_ups=("drift", "rollback", "feature-store"),
      misconception="weekly retraining makes drift monitoring unnecessary"),

    J("lifecycle", "warehouse-grasp-spoken", "spoken", S, 4, H,
      """okay so um at the warehouse robotics place, the models were mostly grasp prediction for the
      picking arms. the loop was, uh, data comes off the robots, camera frames plus whether the pick
      worked, that goes into S3 and we version the training sets with DVC so, you know, you can
      always rebuild a model. training runs were tracked in mlflow and anything that went to the
      fleet had to be in the registry. then we had, like, a gitlab ci pipeline that ran the unit
      tests and an offline eval on a held out set of hard picks and built the container. rollout was
      canary, honestly it had to be, we'd put the new model on two or three robots in one aisle
      first and watch pick success before going wider. and then monitoring, we had prometheus and
      grafana for the edge boxes and a drift check on the image stats, like lighting changes when
      they swap bulbs, and when pick success dropped we'd kick off retraining with the new failures
      labelled in. so it's kind of a loop, the failures feed the next model.""",
      follow_ups=("drift", "rollback", "feature-store"),
      not_impact=("two or three robots",)),

    J("lifecycle", "streaming-recs-numbers", "numbers", W, 4, H,
      """For our streaming recommendations the lifecycle runs on a fixed cadence. Ingestion pulls
      about 2 billion viewing events a day into the feature pipeline; we snapshot and version the
      training window, the last 28 days, with Delta Lake time travel. Experiments are tracked in
      MLflow, and a typical sweep is 40 to 60 runs. A candidate must beat the champion by at least
      0.5% on offline recall@50 to be registered. CI/CD in GitHub Actions runs 300-odd tests and
      builds the Docker image in about 12 minutes. We deploy on Kubernetes as a canary to 5% of
      traffic for 48 hours, then an A/B test at 50/50 for a week. Prometheus alerts on p99 latency
      above 80 ms; we track feature drift with PSI and alert above 0.2. Retraining is triggered
      automatically on drift or every 7 days. Since we built this, deployment time went from 3 weeks
      to 2 days, rollbacks dropped from 6 last year to 1 this year, and the A/B tests showed watch
      time up 4%.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("from 3 weeks to 2 days", "from 6 last year to 1 this year", "watch time up 4%"),
      not_impact=("about 2 billion viewing events a day", "the last 28 days", "40 to 60 runs",
                  "at least 0.5%", "300-odd tests", "about 12 minutes", "5% of traffic",
                  "48 hours", "50/50", "above 80 ms", "above 0.2", "every 7 days")),

    J("lifecycle", "legal-docs-never-got-to-it", "negated", S, 2, H,
      """right so for the contract classification models, um, i'll be honest about what we had. we
      trained in notebooks and the best one got exported and handed over. data versioning we never
      got to, we talked about DVC but it never happened. mlflow was installed but nobody really
      logged runs to it. the ci/cd and the docker and kubernetes side, that's the platform team's
      job, they deploy it, i don't really know how. monitoring for drift, no, we didn't have that,
      and retraining was whenever a lawyer complained that it was tagging things wrong. so, yeah,
      the lifecycle in theory is data, training, deploy, monitor, retrain, but in practice we mostly
      did the training part.""",
      flags=("omits-crucial-steps", "stages-not-connected"),
      maybe=("no-production-distinction",),
      follow_ups=("drift", "rollback", "feature-store")),

    J("lifecycle", "resume-screening-tool-salad", "weak", W, 1, H,
      """The MLOps lifecycle is about using the right tools. We used Airflow, MLflow, Kubeflow,
      Docker, Kubernetes, Terraform, Prometheus, Grafana, Feast and Seldon for our resume screening
      models. You train the model, then you deploy it and monitor it. Basically it's DevOps for
      machine learning, and automation is the key to everything.""",
      flags=("generic-no-tools", "stages-not-connected"),
      maybe=("omits-crucial-steps", "no-production-distinction"),
      follow_ups=("drift", "rollback", "feature-store")),

    # ------------------------------------------------------------ reproducibility
    J("reproducibility", "trial-matching-keyword", "keyword", S, 5, H,
      """so in clinical trial matching reproducibility isn't optional, uh, auditors can ask why a
      patient was matched to a trial a year ago. so we version four things and link them. code is in
      git, every training run is tied to a commit. data, the patient record extracts and the trial
      criteria, we version with DVC on top of S3 with object versioning on, so the run records the
      dvc hash. the model goes into the mlflow model registry with the git sha, the data hash, the
      params and metrics attached. and the environment, you know, we build a docker image per
      training run from a locked conda environment, pinned right down to the CUDA version, and the
      image digest is logged too. so given a model version in the registry you can pull the exact
      image, check out the commit, dvc pull the data and retrain and get the same thing. we actually
      had to do this once, um, the matching recall dropped after a release and we rebuilt the
      previous version side by side and found that a tokenizer library had bumped a minor version.
      it's also why we keep a model card for each registered model, for the audit trail.""",
      follow_ups=("large-datasets", "dependencies", "model-card")),

    J("reproducibility", "trial-matching-plain", "paraphrase", W, 5, H,
      """In clinical trial matching, being able to rebuild a past result is a legal need: a reviewer
      can ask why a patient was matched to a study a year ago. We keep four things under control and
      tie them together. The source is kept in our shared history tool, and every training run
      records the exact change it was built from. The inputs, meaning the patient record extracts
      and the study criteria, are stored as frozen, labelled snapshots, so the run notes which
      snapshot it used. The trained model goes into a central catalogue with that change id, the
      snapshot label, the settings and the scores attached. And the software surroundings are frozen
      too: each run gets a sealed runtime image built from a locked list of libraries, right down to
      the GPU toolkit, and we record its fingerprint. Given any catalogued model we can fetch the
      same runtime, the same source and the same inputs, train again and get the same result. We had
      to do exactly that when matching quality dropped after a release: we rebuilt the earlier model
      next to the new one and found a text-splitting library had moved up a minor release. Each
      catalogued model also has a one-page fact sheet for the reviewers.""",
      follow_ups=("large-datasets", "dependencies", "model-card"),
      equal_to="trial-matching-keyword"),

    J("reproducibility", "pharmacy-restock-no-env", "spoken", S, 3, H,
      """um so for the pharmacy restock model, we, uh, we keep the code in git obviously, and the
      training data we version with dvc, each weekly extract of stock levels and prescriptions gets
      its own hash. and then mlflow, every run logs the parameters, the metrics and the dvc hash and
      the git commit, and the good ones go into the registry with a stage, like staging or
      production. so if someone asks which data made the model that's live, we can answer that. the
      environment, honestly we just have a requirements file and people install it on their laptops
      or the training box, it's mostly been fine, i don't think that's really where things go wrong
      usually.""",
      flags=("environment-ignored",),
      follow_ups=("dependencies", "large-datasets", "model-card")),

    J("reproducibility", "vessel-eta-sql-in-git", "misconception", W, 2, H,
      """For our vessel arrival-time models we take reproducibility seriously. Every model is logged
      to MLflow and registered with the git commit it came from, and training runs inside a pinned
      Docker image so the environment is identical every time. For data we don't need a separate
      tool like DVC: the training set is defined by a SQL query against the AIS position warehouse,
      and that query lives in git next to the code. So the commit pins the data as well: check out
      the commit, rerun the query, and you get the same training set. That keeps the stack simple
      and means code, data and environment are all versioned by one hash.""",
      maybe=("code-only",),
      follow_ups=("large-datasets", "dependencies", "model-card"),
      misconception="a SQL query in git versions the data it reads"),

    J("reproducibility", "radar-nowcast-spoken", "spoken", S, 4, H,
      """okay um reproducibility for us, we do radar nowcasting, so the data's huge, like radar
      volumes every few minutes. so uh the code's in git, that's the easy part. for data we didn't
      use dvc because of the size, we, the raw radar is immutable in object storage with versioning
      on and then we write a manifest, basically a list of which files and which time ranges went
      into a training run, and that manifest gets logged with the run in mlflow. models go into the
      mlflow registry. and the environment is a docker image, we tag it with the git sha, and the
      training job records the image digest, cause we got burned once where, you know, a different
      numpy gave slightly different interpolation and the skill scores moved. so yeah if you give me
      a model version i can rebuild it, it's a bit slow but it works.""",
      follow_ups=("large-datasets", "dependencies", "model-card")),

    J("reproducibility", "ad-fraud-lakefs-numbers", "numbers", W, 4, H,
      """Our ad-fraud classifier retrains daily on about 1.2 TB of click logs, so versioning had to
      scale. Code is in git, a monorepo of roughly 400 modules. Data is versioned with LakeFS: each
      daily load is one commit, and we keep 90 days of commits, around 110 TB after dedup. Every
      training run logs the LakeFS commit id, git SHA and Docker image digest to MLflow, and we
      register about 30 model versions a month in the MLflow registry, of which 2 or 3 reach
      production. Environments are Docker images built from a lock file with 212 pinned packages.
      When a false-positive spike hit advertisers in March, we rebuilt the exact model from 14 days
      earlier and traced it to one upstream schema change. Since adding this, time to reproduce a
      production model dropped from about 4 days to 3 hours, and the share of production models we
      can reproduce from the registry went from roughly 60% to 100%.""",
      follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("from about 4 days to 3 hours", "from roughly 60% to 100%"),
      not_impact=("about 1.2 TB of click logs", "roughly 400 modules", "90 days of commits",
                  "around 110 TB", "about 30 model versions a month", "2 or 3 reach production",
                  "212 pinned packages", "14 days earlier")),

    J("reproducibility", "network-faults-not-ours", "negated", S, 2, H,
      """hmm so, for the network fault prediction models, um, reproducibility wasn't really
      something we owned. the code is in git, yes. data versioning with dvc or whatever, we never
      set that up, the data engineering team owns the tables and they overwrite them, so. mlflow, we
      had a trial of it but it didn't stick. model registry, no, the model files are on a shared
      drive with dates in the filename. and the environment, i think the platform team has docker
      images, but that's their thing, i just use whatever's on the training server. so like, if you
      asked me to rebuild last year's model exactly, probably not.""",
      flags=("code-only", "environment-ignored"),
      maybe=("tool-unfamiliar", "backups-confusion"),
      follow_ups=("large-datasets", "dependencies", "model-card")),

    J("reproducibility", "retail-pricing-cross-validation", "off-target", W, 1, H,
      """To make sure our retail pricing model is reliable, we always use k-fold cross-validation
      with five folds, we set the random seed, and we compare against a simple baseline. We also
      review feature importance with SHAP so the business trusts it. If the results are stable
      across folds, the model is reproducible, and we keep a copy of the final model file on S3 as a
      backup in case anything happens.""",
      flags=("backups-confusion", "environment-ignored", "tool-unfamiliar"),
      follow_ups=("large-datasets", "dependencies", "model-card"),
      not_impact=("five folds",)),

    # -------------------------------------------------------------------- ml-cicd
    J("ml-cicd", "resume-ranker-keyword", "keyword", W, 5, H,
      """The way I frame it: software CI/CD tests code; ML CI/CD has to test code, data and the
      model, because the behaviour comes from the data. For our resume-screening ranker we used
      GitHub Actions for the code side: linting, unit tests on the feature transforms, building the
      Docker image. On top of that a Kubeflow Pipelines run is triggered when code or the training
      data changes: data validation first (schema, nulls, distribution checks against the last
      accepted snapshot), then training, then an evaluation step that compares against the
      production model on a fixed holdout, plus a bias check across gender and age proxies. If the
      adverse impact ratio falls below the threshold the pipeline fails, even if accuracy went up.
      Passing models get versioned in the MLflow registry and deployed by Argo CD to Kubernetes,
      first to staging, then a canary, with automatic rollback on error rate. Continuous training is
      the other difference: pipelines run on a schedule and on new data, not just on commits. The
      net effect was that model releases went from a two-week manual handoff to same-day, and we
      stopped shipping regressions we used to find out about from recruiter complaints.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("from a two-week manual handoff to same-day",)),

    J("ml-cicd", "resume-ranker-plain", "paraphrase", S, 5, H,
      """so the way i see it, ordinary software release checks only test the code, but with a model
      the behaviour comes from the data, so you have to check the code, the data and the model
      itself. for the resume ranking tool, every code change got the usual treatment, style checks,
      small tests on the input transforms, and it got packed into a sealed runnable image. then
      whenever the code or the training data changed, a chain of automated steps kicked off. first
      it checks the new data, are the fields right, are there blanks, does it look like the last
      batch we accepted. then it trains, then it scores the new model against the live one on a
      fixed set we hold back, and it checks fairness across gender and age, and if that fairness
      ratio goes under our limit the whole thing stops even if the accuracy is better. if it passes,
      it gets a number in our model catalogue and gets rolled out automatically, to a test
      environment first, then to a small slice of real users, and it backs itself out if errors
      jump. and it also runs on a timer and on fresh data, not just on code changes. um the result
      was releases went from a two-week manual handoff to same-day, and we stopped shipping the
      regressions recruiters used to catch for us.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("from a two-week manual handoff to same-day",),
      equal_to="resume-ranker-keyword"),

    J("ml-cicd", "video-recs-no-containers", "keyword", W, 3, H,
      """ML CI/CD differs because you're shipping a model whose quality depends on data, so the
      pipeline needs more than unit tests. For our video recommendation models we use GitLab CI.
      Each merge request runs unit tests and Great Expectations checks on a sample of the training
      data. When a change merges, a training job retrains the model and an evaluation stage
      compares NDCG and catalogue coverage against the current production model; if it's worse by
      more than the tolerance, the pipeline fails. Passing models are registered in MLflow with the
      commit and data snapshot. Then a release job copies the model artifact onto the serving VMs
      and restarts the service.""",
      flags=("no-containers",),
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge")),

    J("ml-cicd", "legal-docs-train-accuracy-gate", "misconception", S, 2, H,
      """yeah so for the legal doc classifier we built it with jenkins and, um, it's different from
      normal ci/cd because the model has to be retrained, so the pipeline retrains on every merge.
      we validate the data schema first, then train, then there's the gate, the new model has to
      beat the old model's accuracy on the training data, and if it does it's auto promoted. we use
      the training set for that gate on purpose because it's the biggest set, so the number is the
      most stable, a small holdout is too noisy. then it's a docker build and a helm deploy to
      kubernetes. it works nicely, the accuracy number basically goes up every release.""",
      maybe=("no-automated-testing",),
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      misconception="gating releases on training-set accuracy"),

    J("ml-cicd", "pharmacy-reorder-spoken", "spoken", S, 4, H,
      """um okay so for the pharmacy reorder models, the, the way it's different from regular ci/cd
      is you've got three things changing, the code, the data and the model, and only one of them is
      in git right. so we had circleci for the code part, unit tests, a docker build, pushing the
      image. and then the ml part ran in prefect, so a flow that first checks the incoming data, like
      did a store stop reporting, are there negative stock counts, that kind of thing, then trains,
      then evaluates on the last few weeks we held out and compares to the current model on error
      and on, um, stockout misses specifically, because that's what pharmacists care about. if it's
      better it registers the model and argo rolls it out on kubernetes, to a couple of regions
      first. the hardest part honestly was making the data checks not too strict, at the start like
      half the runs failed on stuff that didn't matter.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      not_impact=("like half the runs failed",)),

    J("ml-cicd", "fleet-fuel-numbers", "numbers", S, 4, H,
      """so numbers-wise, uh, our fuel consumption models for the fleet, we have about 180 vessels,
      one model per vessel class, 14 classes. the pipeline is github actions plus sagemaker
      pipelines. every pull request runs around 250 unit tests and a data validation step on a 2%
      sample, that takes like 9 minutes. a full retrain runs weekly, about 3 hours on 4 GPUs. the
      eval gate is the new model has to be within 1.5% mean absolute error of the champion or
      better, and the bias check is per vessel class so no class gets worse by more than 3%. then
      it's a docker image to EKS, canary on 10% of the voyages for 72 hours. since we went live with
      it, release time went from around 10 days to under 1 day, and fuel forecast error came down
      18%, which, um, finance says is worth about 2 million a year in bunker planning.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("from around 10 days to under 1 day", "fuel forecast error came down 18%",
              "about 2 million a year"),
      not_impact=("about 180 vessels", "14 classes", "around 250 unit tests", "a 2% sample",
                  "like 9 minutes", "about 3 hours on 4 GPUs", "within 1.5%", "more than 3%",
                  "10% of the voyages", "72 hours")),

    J("ml-cicd", "trial-matching-in-theory", "negated", W, 2, H,
      """In theory, ML CI/CD adds data validation, model evaluation and model versioning to the
      usual build-test-deploy, and you'd run it in Kubeflow Pipelines with Docker and Kubernetes
      underneath. On our trial-matching team we didn't get that far. Jenkins builds and tests the API
      code, but the model itself is trained by hand and the data scientist uploads the file; there
      are no automated data quality checks or model performance gates in the pipeline. Deploying to
      Kubernetes is handled by the infra team, so I couldn't tell you how their side works.""",
      flags=("no-automated-testing",),
      maybe=("same-as-software", "tools-unexplained"),
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge")),

    J("ml-cicd", "crop-yield-same-as-software", "weak", W, 1, H,
      """For CI/CD I use Jenkins, GitLab CI, GitHub Actions, Kubeflow and Docker. It's the same as
      normal CI/CD really: you push code, the tests run, and it deploys. With ML you just also have a
      model file in the repo, for us that was the crop yield model.""",
      flags=("same-as-software", "tools-unexplained", "no-automated-testing"),
      maybe=("no-containers",),
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge")),

    # ------------------------------------------------------------- iac-containers
    J("iac-containers", "telecom-churn-keyword", "keyword", S, 5, H,
      """so at the telecom we ran all the ML infrastructure through terraform. um the vpc, the EKS
      cluster and its node groups including a GPU pool, the S3 buckets for features and artifacts,
      IAM roles, and the managed bits like the sagemaker feature store, all in terraform modules with
      remote state, and changes go through pull requests with the plan output so you can see what's
      going to happen before it happens. models get packaged as docker images, the serving code plus
      the exact pinned dependencies, so the churn model behaves the same on a laptop, in CI and in
      prod, you know, no more it works on my machine. kubernetes runs them, we use deployments with
      resource requests and limits, horizontal pod autoscaling on request rate, and liveness probes
      so a pod that hangs gets restarted on its own. the batch scoring runs as kubernetes jobs
      overnight. a concrete win, we spun up a full staging copy of the stack from the same modules in
      under an hour, which used to take about a week of tickets, and moving the batch scoring onto
      spot nodes cut the compute bill around 40%.""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("in under an hour", "cut the compute bill around 40%"),
      not_impact=("about a week of tickets",)),

    J("iac-containers", "telecom-churn-plain", "paraphrase", W, 5, H,
      """At the phone company, every piece of the machine-learning setup was described in text files
      and created from them by a provisioning tool, never by clicking around in a web console: the
      private network, a managed group of servers with a separate pool of graphics-card machines,
      the storage buckets for inputs and trained models, the access permissions, and the hosted
      store for model inputs. Changes went through code review with a preview of exactly what would
      be created or destroyed. Each model was shipped as a sealed, self-contained image holding the
      serving code and the exact library releases, so the customer-loss model behaved the same on a
      laptop, in automated testing and live. A scheduler spread those images across the servers,
      reserved and capped the memory and processor each one could take, added copies when request
      volume rose, and restarted any copy that stopped responding. Overnight batch scoring ran as
      one-off jobs on the same servers. As a concrete result, we could stand up a full copy of the
      whole setup for testing in under an hour, which used to take about a week of tickets, and
      moving batch scoring onto cheap interruptible machines cut the compute bill around 40%.""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("in under an hour", "cut the compute bill around 40%"),
      not_impact=("about a week of tickets",),
      equal_to="telecom-churn-keyword"),

    J("iac-containers", "ad-fraud-pulumi-compose", "other-tools", W, 3, H,
      """For ad-fraud scoring I did the infrastructure in Pulumi, written in Python, which I prefer
      to HCL because the team already knew Python: the VPC, the scoring VMs, a Redis cache for device
      fingerprints, S3 buckets and the IAM policies, all reviewed as pull requests with a preview of
      the diff. The models are packaged with BentoML, which builds a Docker image containing the
      model, the pre-processing and the pinned dependencies, so what we tested is byte-for-byte what
      runs. That mattered because a pandas upgrade once silently changed how we parsed timestamps.
      In production each VM runs the images with docker-compose behind a load balancer, and we scale
      by changing the instance count in Pulumi. Moving to this setup took a new model from merge to
      live in about an hour instead of a day.""",
      flags=("docker-xor-kubernetes",),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("in about an hour instead of a day",)),

    J("iac-containers", "nowcast-hpa-no-requests", "misconception", W, 2, H,
      """Our nowcasting models run on GKE, provisioned with Terraform along with the buckets,
      Pub/Sub topics and service accounts, so every environment is identical and reviewable. Each
      model ships as a Docker image with its own CUDA libraries and Python dependencies, which is
      what lets us run three model generations side by side without conflicts. On Kubernetes we
      deliberately don't set resource requests or limits on the inference pods: the Horizontal Pod
      Autoscaler watches utilisation and adds pods when they get busy, so hard-coding CPU and memory
      numbers would only get in its way. It's kept the setup flexible, and when a storm rolls in the
      cluster just scales.""",
      maybe=("generic-no-examples",),
      follow_ups=("resource-utilization", "secrets", "managed-vs-self-hosted"),
      misconception="autoscaling makes resource requests and limits unnecessary",
      not_impact=("three model generations",)),

    J("iac-containers", "port-congestion-spoken", "spoken", S, 4, H,
      """yeah so, um, infrastructure as code, i've mostly used terraform. at the shipping company i
      wrote the modules for our ML stuff, like the aks cluster on azure, the storage accounts, the
      key vault, and the azure ml workspace. so uh nobody creates things by hand in the portal
      anymore, if it's not in terraform it gets deleted, that was kind of the rule. and then the
      models, the port congestion forecasts, they're in docker images, which, you know, the main
      benefit is the dependencies are frozen, the geo libraries we use are a pain to install, so you
      build it once and it just runs the same everywhere. and on kubernetes we had the api as a
      deployment with autoscaling and the nightly retrain as a cronjob on a gpu node pool that
      scales to zero when it's not running, which saved a lot honestly. and we could rebuild the
      whole dev environment in like twenty minutes when someone broke it.""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("in like twenty minutes",)),

    J("iac-containers", "video-ranking-numbers", "numbers", W, 4, H,
      """On the recommendations platform I maintained 38 Terraform modules covering 3 AWS accounts,
      2 EKS clusters and about 120 S3 buckets and IAM roles; a typical plan touched 10 to 15
      resources and applied in 6 minutes. Our ranking service ran as a Docker image of 1.1 GB, which
      I cut to 380 MB by switching to a slim base and multi-stage builds, so pod startup dropped from
      95 seconds to 20 seconds. On Kubernetes we ran 40 to 200 replicas depending on time of day,
      with the HPA targeting 65% CPU and requests of 2 vCPU and 4 GiB per pod; GPU training jobs ran
      on a separate node pool of 8 A10G nodes managed by Karpenter. Right-sizing requests from the
      original 4 vCPU raised node utilisation from 35% to 70% and cut the monthly EKS bill by
      $48,000.""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("cut to 380 MB", "from 95 seconds to 20 seconds", "from 35% to 70%",
              "cut the monthly EKS bill by $48,000"),
      not_impact=("38 Terraform modules", "3 AWS accounts", "2 EKS clusters",
                  "about 120 S3 buckets", "10 to 15 resources", "6 minutes", "1.1 GB",
                  "40 to 200 replicas", "65% CPU", "2 vCPU and 4 GiB", "8 A10G nodes",
                  "the original 4 vCPU")),

    J("iac-containers", "law-firm-platform-job", "negated", S, 2, H,
      """um so, honestly, the infrastructure side was the platform team's job at the law firm. they
      have terraform for everything, i've seen the repo but i've never written a module or run a plan
      myself. for my models, the document classifiers, i'd write a dockerfile, sort of copying from
      the template, and hand it over, and they run it on kubernetes somewhere. i don't really know
      how the scaling or the resources are set up, i never had to touch it. i guess the benefit is it
      runs the same as on my machine? but yeah i'd say IaC is not really my area.""",
      flags=("no-iac", "generic-no-examples"),
      maybe=("container-benefits-missing",),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization")),

    J("iac-containers", "retail-lightgbm-off-target", "off-target", S, 1, H,
      """sure so, um, for the retail forecasting, the, the main thing we did was move from arima to
      gradient boosting, lightgbm, and that was a big change. we did a lot of feature engineering,
      like holidays, promotions, lag features, rolling means, and we tuned it with optuna. the data
      scientists were really happy with that, and it runs every night. uh, for containers we had
      docker i think, yeah.""",
      flags=("no-iac", "container-benefits-missing", "generic-no-examples",
             "docker-xor-kubernetes"),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization")),

    # ----------------------------------------------------------------- monitoring
    J("monitoring", "ad-fraud-keyword", "keyword", W, 5, H,
      """I monitor at two layers. The system layer is the usual: CPU, memory, request latency and
      error rates exported to Prometheus and shown in Grafana, with alerts on p99 latency and 5xx
      rates. The model layer is where ML differs. For our ad-fraud classifier we track data quality
      on the inputs (missing values, out-of-range values, unseen categorical values like new
      publisher IDs) and data drift on each feature with PSI against the training distribution.
      Concept drift is trickier because fraud labels arrive days later from chargebacks and
      advertiser disputes, so we watch proxy signals like the score distribution and the block rate,
      then compute precision, recall and F1 once labels land. We also slice by region and traffic
      source so the model isn't unfairly blocking one group of publishers. Alerts go to PagerDuty
      with runbooks: a data quality alert usually means an upstream pipeline broke, a drift alert
      opens an investigation and can trigger retraining, and a precision drop below the agreed floor
      rolls back to the previous model. Drift and performance checks run as scheduled jobs with
      Evidently, with results logged to MLflow and a Grafana dashboard on top.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),

    J("monitoring", "ad-fraud-plain", "paraphrase", S, 5, H,
      """so i watch two different layers. there's the machine side, how busy the processors are,
      memory, how long requests take, how many fail, that goes into our usual charts and we get paged
      if the slowest requests get too slow or failures spike. and then there's the model side which
      is the part that's actually different. for the fake-click detector we check the inputs every
      hour, are fields blank, are values outside the range we've seen, are there, um, new publisher
      ids the model's never seen, and we compare each input's spread of values to what it looked like
      when we trained. the harder case is when the link between the inputs and fraud itself changes,
      because the real answers come in days later from chargebacks and advertiser disputes. so in the
      meantime we watch stand-ins, like the spread of the scores and how much we're blocking, and
      once the real answers land we work out how many of our blocks were right and how many frauds
      we missed. we also break it down by region and traffic source so we're not unfairly hitting
      one group. and every kind of warning has a written playbook, bad inputs usually means
      something upstream broke, a shift in the inputs opens an investigation and maybe a fresh
      training run, and if the hit rate falls under the agreed floor we switch back to the previous
      model. the checks run as scheduled jobs with a dashboard on top.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      equal_to="ad-fraud-keyword"),

    J("monitoring", "pharmacy-demand-no-alerting", "spoken", S, 3, H,
      """um so for the pharmacy demand model, uh, we've got the infra stuff, cpu memory latency in
      grafana, that's standard. for the model itself we track the forecast error against actual
      dispensing once the week closes, like mean absolute error per store, and we run evidently
      reports on the inputs to catch data drift, like when a new drug gets added or a store changes
      how it records stock. and concept drift, like when flu season shifts what sells, that shows up
      in the error more than in the inputs. all that lands on a dashboard and, uh, the team kind of
      looks at it on monday mornings in standup. there's no real alerting set up, if something
      looks off someone raises it.""",
      flags=("alerts-unexplained",),
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),

    J("monitoring", "churn-drift-same-thing", "misconception", S, 2, H,
      """okay so for the churn model at the telecom, we have prometheus and grafana for the serving
      side, latency, errors, pod restarts, all alerting into slack. for the model we use arize, and
      what we watch is drift on the input features, because that's really the one thing that
      matters. data drift and concept drift are basically the same thing, just different names, if
      the inputs look like the training data then the model is going to keep performing, so as long
      as the feature distributions are stable we know accuracy is fine and we don't need to wait for
      the churn labels. if a feature drifts past the threshold we get a slack alert and retrain.""",
      flags=("no-drift",),
      follow_ups=("drift-difference", "when-to-retrain", "false-positives"),
      misconception="data drift and concept drift are the same; stable inputs mean stable accuracy"),

    J("monitoring", "warehouse-perception-spoken", "spoken", S, 4, H,
      """so monitoring for the robot perception models, um, there's kind of three pieces. one is just
      is the thing healthy, so inference latency on the robot, gpu temp, memory, dropped frames,
      that's prometheus on each robot scraped up to a central grafana. two is the inputs, we log a
      sample of frames and look at brightness, blur, you know, class frequencies from the detector,
      and compare to the training set, cause if they move the racks or change the lighting the inputs
      shift and the model's confidence drops before anything actually breaks. and three is real
      performance, which we get from when the robot stops and a human resolves it, that gives us
      labels, so we compute precision and recall on obstacles every day. the alerts, uh, latency and
      crashes page the on-call, drift and a recall drop open a ticket for the ML team, and if recall
      on people drops at all it's a page, that one's a safety thing.""",
      maybe=("no-tools",),
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),

    J("monitoring", "trial-matching-numbers", "numbers", W, 4, H,
      """For the trial-matching model we monitor 3 things on different clocks. Serving metrics go to
      Prometheus every 15 seconds: p95 latency has an SLO of 400 ms, and the error-rate alert fires
      above 1% over 5 minutes. Input data checks run hourly on about 20,000 patient records: we alert
      when more than 2% of a required field is missing, and PSI above 0.25 on any of the 48 features
      raises a drift alert in Fiddler. Performance is measured monthly, because coordinators confirm
      eligibility 30 to 45 days later: recall must stay above 0.90 and precision above 0.60. When we
      added the drift alerts, time to detect a broken upstream feed went from 11 days to under 2
      hours, and false alerts fell from about 30 a week to 4 after we added a 3-hour persistence
      window.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      impact=("from 11 days to under 2 hours", "from about 30 a week to 4"),
      not_impact=("every 15 seconds", "400 ms", "above 1% over 5 minutes",
                  "about 20,000 patient records", "more than 2%", "above 0.25", "48 features",
                  "30 to 45 days later", "above 0.90", "above 0.60", "a 3-hour persistence window")),

    J("monitoring", "resume-screening-roadmap", "negated", W, 2, H,
      """We had Prometheus and Grafana for the resume-screening API, so latency and uptime were
      covered. Model-specific monitoring (data drift, concept drift, bias across candidate groups)
      was on the roadmap, but we never got to it before the project was reprioritised. There were no
      alerts on model quality; if recruiters felt the rankings were off they'd tell the data science
      team. In principle you'd track precision and recall and drift, but that was the data
      scientists' responsibility, not mine.""",
      flags=("infra-only", "alerts-unexplained"),
      maybe=("no-drift", "no-tools"),
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),

    J("monitoring", "nowcast-tool-salad", "weak", W, 1, H,
      """We monitor our weather models with Prometheus, Grafana, Datadog, Evidently, WhyLabs, Arize
      and SageMaker Model Monitor. Everything goes on dashboards and if something is red we fix it.
      Monitoring is really important in MLOps because models can fail in production.""",
      flags=("alerts-unexplained", "no-drift"),
      maybe=("infra-only",),
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),

    # ------------------------------------------------------------- cloud-platform
    J("cloud-platform", "retail-sagemaker-keyword", "keyword", W, 5, H,
      """Most of my hands-on time is with AWS SageMaker, at a retailer forecasting demand for 3,000
      stores. We used SageMaker Pipelines to chain processing, training, evaluation and a conditional
      register step into the SageMaker Model Registry, with approval triggering deployment through
      EventBridge. Features lived in SageMaker Feature Store, the offline store for training and the
      online store for the replenishment API, and we served on SageMaker real-time endpoints with
      autoscaling, plus Batch Transform for the nightly full-chain forecast. Model Monitor ran
      data-quality and model-quality jobs against the captured endpoint traffic. Strengths: it all
      integrates with IAM, S3 and CloudWatch, managed training on spot instances is cheap, and we
      didn't run any clusters ourselves. Weaknesses: real vendor lock-in, since the pipelines are
      SageMaker-specific definitions; costs are hard to predict because endpoints bill per
      instance-hour even when idle; the Studio UI and SDK changed a lot between versions; and Model
      Monitor is rigid when you want custom metrics. A concrete win: moving features into Feature
      Store let three teams reuse the same promotion features, which cut feature engineering time for
      new models by about 40%.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("by about 40%",),
      not_impact=("3,000 stores", "three teams")),

    J("cloud-platform", "retail-sagemaker-plain", "paraphrase", S, 5, H,
      """so most of my hands-on time is on the hosted machine learning service from the biggest cloud
      provider, at a retailer where we forecast demand for 3,000 stores. we used its built-in
      workflow feature to chain the steps, prepare the data, train, score it, and if it passed, put
      it into the service's catalogue of approved models, and approving it there automatically
      pushed it out. the shared inputs lived in the service's own input store, a big slow copy for
      training and a fast copy for the restocking app, and we served on its always-on hosted
      prediction servers that add machines under load, plus its bulk scoring mode for the nightly
      run across all stores. it also had a built-in watcher that compared the live requests to the
      training data. what's good, um, it plugs straight into that provider's permissions, storage
      and logging, the managed training on spare discounted capacity is cheap, and we never ran
      servers ourselves. what's bad, you're really tied to them, the workflow definitions only work
      there, the bill is hard to predict because those prediction servers charge by the hour even
      when nobody's calling them, the tooling kept changing under us, and the built-in watcher is
      stiff if you want your own measures. the concrete win was putting the promotion inputs in that
      shared store, three teams reused them, and the time to build inputs for a new model dropped by
      about 40%.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("by about 40%",),
      not_impact=("3,000 stores", "three teams"),
      equal_to="retail-sagemaker-keyword"),

    J("cloud-platform", "crop-yield-vertex-one-sided", "keyword", W, 3, H,
      """I used GCP Vertex AI for two years on crop-yield models. We built Vertex AI Pipelines
      (Kubeflow under the hood) for preprocessing satellite tiles, custom training jobs on GPUs and
      evaluation, then pushed models to the Vertex Model Registry and served them on Vertex
      endpoints. Vertex Feature Store held the field-level soil and weather features, and we used
      Vertex Experiments for tracking and Model Monitoring for skew and drift on the endpoints.
      Honestly it's a great platform: it integrates with BigQuery, it scales the training
      automatically, and the managed pipelines removed almost all of our ops work. I can't really
      think of anything I'd complain about; it just works.""",
      flags=("one-sided",),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      not_impact=("two years",)),

    J("cloud-platform", "pharmacy-azureml-no-lock-in", "misconception", S, 3, H,
      """so i've been on azure ml for the pharmacy chain, about three years. we use the workspace with
      mlflow tracking built in, azure ml pipelines for the training jobs, compute clusters that scale
      down to zero when idle, the model registry, and managed online endpoints for the reorder api
      with blue green traffic splitting. strengths, it's nicely integrated with azure devops and
      entra for permissions, and the compute clusters scaling to zero saved us a lot. weaknesses,
      i'd say the studio ui is slow and the docs lag behind the sdk. one thing people worry about is
      lock-in but there really isn't any with azure ml, because it's all mlflow underneath, the
      models, the tracking, so we could move the whole thing to aws or gcp in an afternoon if we
      wanted.""",
      maybe=("one-sided",),
      follow_ups=("multi-cloud", "managed-vs-custom", "costs"),
      misconception="MLflow compatibility means Azure ML has no vendor lock-in",
      not_impact=("about three years",)),

    J("cloud-platform", "hr-sagemaker-spoken", "spoken", S, 4, H,
      """um yeah so sagemaker, i used it at an hr tech company for the resume screening models. the
      pieces we really used were, uh, sagemaker pipelines for training, clarify for the bias reports,
      which for hiring is kind of non negotiable, the model registry with manual approval, and then
      real time endpoints. what's good is clarify honestly, you get the bias metrics per group
      basically for free, and the training jobs, you just say what instance you want and it's there
      and then it's gone. what's not so good, the endpoint costs, like we had a dev endpoint somebody
      forgot running for a month, and the pipelines sdk is pretty clunky, debugging a failed step
      means digging in cloudwatch logs. and you're tied to aws, the pipeline code doesn't move
      anywhere else. overall i'd pick it again for a small team that doesn't want to run
      kubernetes.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      not_impact=("for a month",)),

    J("cloud-platform", "nowcast-vertex-numbers", "numbers", W, 4, H,
      """I ran our nowcasting stack on Vertex AI for 18 months. Training: 12 custom jobs a day on
      A100s, each about 40 minutes, orchestrated by Vertex AI Pipelines. Serving: 2 Vertex endpoints
      with 3 to 20 replicas, p95 latency around 150 ms, handling about 5 million requests a day.
      Feature Store held 600 radar and station features at 1-minute freshness. Strengths: moving off
      our self-managed Kubernetes cut ops time from about 25 hours a week to 5, and deploying a new
      model version went from half a day to 20 minutes. Weaknesses: cost, since endpoints cost us
      roughly $14,000 a month with a minimum of 3 replicas even at night and Feature Store online
      serving was 30% of the bill; and quotas, as GPU quota increases took up to 2 weeks. We brought
      total spend down 22% by moving batch nowcasts to Batch Prediction.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("from about 25 hours a week to 5", "from half a day to 20 minutes",
              "total spend down 22%"),
      not_impact=("18 months", "12 custom jobs a day", "about 40 minutes", "3 to 20 replicas",
                  "around 150 ms", "about 5 million requests a day",
                  "600 radar and station features", "1-minute freshness",
                  "roughly $14,000 a month", "a minimum of 3 replicas", "30% of the bill",
                  "up to 2 weeks")),

    J("cloud-platform", "legal-azure-their-job", "negated", S, 2, H,
      """so we were on azure, and um, the azure ml side, i have to be honest, i didn't use much of it
      myself. the workspace was set up by the platform team and they ran the pipelines and the
      endpoints. i'd train in a notebook on a compute instance, and then the model registry and
      deployment was their job. i never touched the managed endpoints or the monitoring. strengths
      and weaknesses, i mean, it's microsoft so it integrates with everything microsoft, and it can
      get expensive i heard. i couldn't really give you the details.""",
      flags=("no-feature-knowledge", "generic-platform"),
      maybe=("basic-services-only", "one-sided"),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud")),

    J("cloud-platform", "streaming-ec2-off-target", "off-target", W, 1, H,
      """I've used AWS a lot for our streaming service. We run everything on EC2 instances and store
      videos and logs in S3, with CloudFront in front for delivery. The cloud is great because it's
      elastic, you pay as you go and you don't need your own data centre. The downside of any cloud
      is that it can get expensive if you're not careful. Overall I'd recommend AWS to anyone.""",
      flags=("generic-platform", "basic-services-only", "no-feature-knowledge"),
      maybe=("one-sided",),
      follow_ups=("costs", "managed-vs-custom")),

    # -------------------------------------------------------- challenging-project
    J("challenging-project", "port-eta-keyword", "keyword", W, 5, H,
      """Situation: at a container-shipping company our ETA model for port arrivals ran as a monthly
      batch job from a data scientist's machine, and terminal planners had stopped trusting it
      because predictions were often a day off after weather events. Task: I was asked to make it a
      production service that updated predictions as AIS positions came in, and to keep it accurate
      through seasonal changes. Action: I split it into a streaming feature pipeline on Kafka that
      computed vessel speed and route features into a Feast feature store, so training and serving
      used the same feature definitions; I containerised the model with Docker and deployed it on
      Kubernetes behind a canary; I added MLflow tracking and a registry so every prediction could be
      traced to a model version; and I set up drift monitoring on the speed and weather features with
      automated retraining when drift persisted. The hardest part was training-serving skew, because
      the offline features had been computed differently, which the shared feature store fixed.
      Result: mean ETA error dropped from 19 hours to 7 hours, predictions refreshed continuously
      instead of monthly, and the planners' berth reschedules fell by 35%.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("from 19 hours to 7 hours", "fell by 35%")),

    J("challenging-project", "port-eta-plain", "paraphrase", S, 5, H,
      """so at a shipping company we had this arrival-time prediction thing that was, um, basically a
      monthly job that ran off one analyst's computer, and the port planners had stopped trusting it
      because after storms it'd be off by a day. my job was to turn it into something that ran all
      the time and updated as ship positions came in, and that stayed accurate as the seasons
      changed. what i did, first i made the inputs get computed once, in one shared place, straight
      from the live position feed, so the training side and the live side used exactly the same
      definitions. i packed the model and everything it needs into a sealed runnable image, ran it
      on our shared servers and sent a small slice of traffic to each new model first. i made every
      run get logged and every approved model get a number, so any prediction could be traced back
      to the model that made it. and i set up checks on whether the speed and weather inputs were
      shifting away from what it learned on, with a fresh training run kicking off when that lasted.
      the hard part was that the offline inputs had been worked out differently from the live ones,
      and the one shared place for inputs fixed that. in the end the average arrival error went from
      19 hours to 7 hours, predictions updated continuously instead of monthly, and the planners'
      berth reschedules fell by 35%.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("from 19 hours to 7 hours", "fell by 35%"),
      equal_to="port-eta-keyword"),

    J("challenging-project", "ad-fraud-skew-plain-result", "plain-result", S, 3, H,
      """okay so, the one that comes to mind is at an ad-tech company, we had a fraud model and, uh,
      the problem was the features in production didn't match the ones in training, because the
      training data was built with a big spark job and the live service recomputed everything in
      java. so the model looked great offline and was kind of mediocre live. my task was to fix that
      without slowing the bidder down. so i moved the feature logic into one place, a feature store
      with the same definitions for both, put the scoring service in a container on kubernetes next
      to the bidder, and i added a check in the pipeline that compares offline and online feature
      values on a sample before any release. um, and in the end it worked, the live performance
      finally matched what we saw offline, the advertisers complained a lot less, and the team
      trusted the releases again.""",
      flags=("no-quantified-impact",),
      follow_ups=("do-differently", "stakeholders", "biggest-learning")),

    J("challenging-project", "churn-self-labelling", "misconception", W, 2, H,
      """At a telecom I led the churn model's move to production. The challenge was that true churn
      labels arrive 60 to 90 days late, so by the time we knew who had left, the model was already
      stale. My solution was to close the loop immediately: each week we retrained on the latest
      customers, using the model's own high-confidence predictions as labels for the recent period,
      which meant the model was always trained on fresh data without waiting. I built it in Airflow
      with MLflow tracking and Docker images deployed to Kubernetes, with drift checks on the inputs.
      Offline AUC on each new week's data kept climbing, from 0.81 to 0.93 over two quarters, which
      showed the feedback loop was working.""",
      follow_ups=("do-differently", "biggest-learning", "stakeholders"),
      misconception="retraining on the model's own predictions solves delayed labels",
      impact=("from 0.81 to 0.93",),
      not_impact=("60 to 90 days late", "over two quarters")),

    J("challenging-project", "trial-matching-reordered", "reordered", S, 4, H,
      """so the result first, um, we got the trial-matching model from a release every quarter to a
      release every two weeks, and coordinators stopped getting the wrong patients flagged, the false
      matches went down by about a third. how we got there, i rebuilt the release process, so every
      model version in mlflow was tied to a dvc snapshot of the de-identified records and a docker
      image, and the github actions pipeline ran the eligibility rule tests and a recall check on a
      frozen evaluation set before anything went out. and i pushed to add shadow deployment, the new
      model ran next to the old one on real referrals for a week before switching. my task, uh, i'd
      been hired to own the ML platform side for that product. and the situation was, the previous
      setup was a single data scientist hand-running notebooks, there was no audit trail, and a
      hospital partner had threatened to pull out after two bad batches of matches.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("from a release every quarter to a release every two weeks",
              "went down by about a third"),
      not_impact=("for a week", "two bad batches")),

    J("challenging-project", "picking-robots-numbers", "numbers", W, 5, H,
      """In 2024 I took over the inference stack for 450 picking robots across 6 warehouses. The
      situation: a new grasp model was 2.3 GB and took 340 ms per frame on the Jetson boards, against
      a 100 ms budget, and model updates were pushed by hand to each site, which took about 3 weeks
      per rollout. My task was to get the model onto the edge within budget and make rollouts safe.
      I quantised it to INT8 with TensorRT, built per-device Docker images in a Buildkite pipeline,
      and rolled out with a canary of 10 robots for 48 hours, gating on pick success not dropping
      more than 0.5 points. I added edge telemetry to Prometheus with drift checks on image
      statistics. Result: latency fell to 85 ms, the model shrank to 610 MB, rollouts went from 3
      weeks to 2 days, and pick success rose from 91.2% to 94.6%, which the ops team valued at about
      1,100 extra picks per robot per month.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("latency fell to 85 ms", "the model shrank to 610 MB", "from 3 weeks to 2 days",
              "from 91.2% to 94.6%", "about 1,100 extra picks per robot per month"),
      not_impact=("In 2024", "450 picking robots", "6 warehouses", "2.3 GB", "340 ms per frame",
                  "a 100 ms budget", "about 3 weeks per rollout", "a canary of 10 robots",
                  "48 hours", "more than 0.5 points")),

    J("challenging-project", "pharmacy-blame", "negated", S, 2, H,
      """yeah so the hardest one was the pharmacy inventory forecasting, um, we had a model that
      worked fine in the notebook but in production it kept recommending way too much stock of some
      drugs. and honestly that was mostly the data engineering team, they changed a table without
      telling us and the features broke. and then the devops guys took like weeks to give us a
      kubernetes namespace. we never got to proper monitoring or a feature store because of them. in
      the end the project got paused, which, you know, wasn't really on us.""",
      flags=("blame", "no-quantified-impact"),
      maybe=("vague",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders")),

    J("challenging-project", "retail-teamwork-weak", "weak", W, 1, H,
      """I worked on a big retail project that was very challenging because there was a lot of data
      and tight deadlines. We used the cloud and some MLOps tools, and there were many stakeholders.
      We overcame the challenges with good teamwork and communication, and in the end the project was
      a success.""",
      flags=("vague", "no-quantified-impact"),
      maybe=("no-mlops-intersection",),
      follow_ups=("do-differently", "stakeholders", "biggest-learning")),
]
