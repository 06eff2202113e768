"""An eighth labelled set of interview answers, written BLIND: the new untouched holdout.

Since the tenth scoring pass (2026-12-03) its errors have been read, so it is tuning data now; the rules
below describe how it was written. The untouched holdout is ``judgement_answers_fresh8``.

Provenance and rules
--------------------
* Written blind by a separate helper session on 2026-12-02. That session read only: the interview
  guide (shared/seed/000_03ac0d1b1b231269.txt, all of it); in ``questions/guide.toml`` the question
  ids and prompts, the red-flag ids and wording and the follow-up ids and wording (printed by a
  small ``tomllib`` script that printed those fields and nothing else); the module docstring,
  ``KINDS`` / ``CORE_KINDS`` / ``STORY_KINDS`` / ``QUESTIONS`` constants, ``Judged`` dataclass,
  ``J`` helper and ``W, S, T, H`` constants of ``judgement_answers.py``
  (``sed -n '1,/^ANSWERS/p'``, not its answers); and the module docstrings and import lines of
  ``judgement_answers_fresh.py``, ``judgement_answers_fresh2.py``, ``judgement_answers_fresh3.py``,
  ``judgement_answers_fresh4.py``, ``judgement_answers_fresh5.py`` and
  ``judgement_answers_fresh6.py`` (the same ``sed`` range, which stops at the ``ANSWERS`` line:
  none of their answers). An ``ls`` of this file's own path confirmed it did not exist yet.
* Reading slips: none known. No key names or values of ``guide.toml`` beyond the fields above were
  printed (no concepts, aliases, descriptions, examples, misconceptions, rules, cues or triggers).
* The session did not read ``voice_interviewer/``, ``benchmarks/``, ``scripts/``, other tests,
  README files, the git log or git diffs, or the answers of any other ``judgement_answers*.py``
  file, ran no git command, and did not run ``voice-interviewer score``, any scorer, benchmark or
  test on these answers. The only thing run on this file was a structural well-formedness check
  written by this session (the module imports with ``PYTHONPATH=tests``, names unique per question,
  kinds in ``KINDS``, splits are holdout, flag / maybe / follow-up ids exist among that question's
  red-flag / follow-up ids in ``guide.toml``, impact / not_impact phrases occur in the text,
  ``equal_to`` targets exist with the same tier, 8 answers per question, 28 spoken, plus a word
  count); it scores nothing, and no label was changed after it.
* This is the UNTOUCHED HOLDOUT. Never tune on it: do not read individual answers while changing the
  scorer, and do not add rules, aliases or cues inspired by it. Use it only to measure.
* The labels were written together with each answer, before anything was scored, and are what a
  careful human interviewer reading the guide would decide. They must NEVER be edited after scoring:
  if the scorer disagrees, the scorer is what changes (or the disagreement is reported). A label that
  was genuinely wrong may only be fixed in its own commit that says why, never to make a test or a
  figure look better.
* Every answer is ``split == "holdout"``.

Field meanings are those of ``judgement_answers.py`` (``Judged`` / ``J``). Per question there are 8
answers, imagined as 8 different candidates, each in an industry not used by the earlier sets (56
in all: dental imaging, podcast ads, bakery chains, veterinary clinics, ski resorts, drone
delivery, tyre manufacturing, museum ticketing, solar farms, breweries, online fashion sizing,
dating apps, cinema chains, textile mills, coffee roasting, charity fundraising, stock photography,
greeting cards, public libraries, eyewear, pet food subscriptions, theme parks, construction-site
safety, vending machines, crypto exchanges, tax software, smart ovens, blood donation services,
luxury-watch resale, payroll, toll roads, flower delivery, salmon farming, phone refurbishment,
paint manufacturing, biotech lab automation, stadium catering, oil and gas pipelines, cosmetics,
furniture e-commerce, hearing aids, karaoke apps, book publishing, translation and localisation,
emergency dispatch, wildlife camera traps, EV charging, ice cream making, cement kilns, glass
bottles, auction houses, perfume subscriptions, aerospace engine repair, domain registrars,
shopping-mall analytics, wine clubs): a solid keyword answer that names tools; a plain-words
answer of the same substance (``paraphrase``, ``equal_to`` the keyword answer, same tier); a
partial answer that is good on most of the framework but has one clear gap (kind ``keyword`` or,
where it runs on tools the guide does not name, ``other-tools``); a confident misconception (some
subtle, mixed into otherwise good content); a spoken answer; a numbers-heavy answer (results in
``impact``; thresholds, traffic shares, counts, durations, sizes and the size of the original
problem in ``not_impact``); a negated or disowning answer ("we never got round to it", "that's the
platform team's job"); and a weak, off-target or tool-salad answer. For challenging-project the
partial slot is a ``plain-result`` story (result in plain words, no numbers) and the spoken slot a
``reordered`` one (result first, situation last). 28 of the 56 answers are in spoken style (4 per
question).
"""

from __future__ import annotations

from judgement_answers import H, J, Judged, S, W

ANSWERS: list[Judged] = [
    # ------------------------------------------------------------------ lifecycle
    J("lifecycle", "dental-xray-keyword", "keyword", W, 5, H,
      """At the dental imaging startup I was on, our model flagged likely caries on bitewing X-rays,
      and the lifecycle ran like this. Data came in from clinic PACS exports; we de-identified it,
      validated it with Great Expectations and versioned every labelled snapshot with DVC, so a
      training run always pointed at a fixed dataset hash. Experiments were tracked in MLflow
      (params, metrics, the DVC hash) and anything promising was registered in the MLflow model
      registry. From there a GitHub Actions pipeline ran unit tests and a held-out evaluation
      against the current production model, and packaged the winner into a Docker image. We
      deployed to Kubernetes as a canary: five percent of clinics first, with the dentists'
      accept and reject clicks as a live signal, then full rollout. In production we watched
      latency and errors in Prometheus and Grafana, and input drift with Evidently, because a new
      sensor vendor shifts pixel intensities a lot. Drift alerts, or enough new dentist
      corrections, kicked off retraining through the same pipeline, so the loop closed. What
      separates that from a notebook experiment is that every step is automated, versioned and
      reversible. Net effect: a model update went from roughly a month of manual work to about
      three days.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("a model update went from roughly a month of manual work to about three days",),
      not_impact=("five percent of clinics",)),
    J("lifecycle", "podcast-ads-plain", "paraphrase", S, 5, H,
      """okay so um at the podcast ad network we had a model that picks which ad gets stitched into
      which episode and the whole path went roughly like this. the listening data comes in every
      night, we clean it, check it against a set of rules like no empty show ids, no negative
      listen times, and then we freeze a labelled snapshot of it so any model can always point
      back at exactly the data it learned from. then people try ideas and every single attempt
      gets written down automatically, the settings, the scores, which snapshot. when one looks
      better than what's live it goes through the same automatic checks every time, tests, a head
      to head against the current model, and then it gets sealed up with all its libraries into
      one package that runs the same anywhere. we'd release it to a small slice of shows first,
      like one in twenty, watch it, then everyone. and once it's live we watch two things, is the
      service fast and up, and is the incoming data starting to look different from what it
      learned on. if it is, or enough advertisers complain, that kicks off rebuilding the model on
      fresh data through the same path. so it's a loop, not a one-off. um and yeah getting a new
      model out went from a month-ish to about three days""",
      maybe=("generic-no-tools",), follow_ups=("drift", "rollback"),
      impact=("went from a month-ish to about three days",),
      not_impact=("one in twenty",), equal_to="dental-xray-keyword"),
    J("lifecycle", "bakery-no-monitoring", "keyword", W, 3, H,
      """For a bakery chain of about 140 shops I built the model that tells each shop how many
      loaves and pastries to bake the next morning. Sales history and weather came from Snowflake
      into a feature table; I used DVC to pin each training snapshot and MLflow to track runs and
      register models. Once a model beat the current one on last month's waste-versus-stockout
      cost, a GitLab CI job packaged it in a Docker container and we pushed it to the batch
      scoring job on Kubernetes, which runs at 4 a.m. We did shadow runs for a week before
      switching over, comparing the new model's orders with what the shops actually sold. After
      that it just ran each night and the shop managers used the numbers.""",
      flags=("omits-crucial-steps",), follow_ups=("drift", "rollback"),
      not_impact=("about 140 shops", "4 a.m.", "for a week")),
    J("lifecycle", "vet-nightly-retrain", "misconception", W, 2, H,
      """I worked for a group of veterinary clinics on a model that predicts appointment no-shows,
      so reception can double-book sensibly. The lifecycle: we pull booking history from the
      practice management system, engineer features like species, time of day and previous
      no-shows, and track experiments in MLflow. The best run goes into the registry, we
      containerise it with Docker and deploy it behind a small FastAPI service. The key design
      choice is that we retrain every single night on the latest data, which means drift simply
      can't build up: the model is always as fresh as the data. So we don't bother with separate
      drift or performance monitoring, we only alert if the API is down. And because it retrains
      nightly we don't need to keep old datasets around either; the newest data is always the
      right data.""",
      misconception="nightly retraining makes drift monitoring and data versioning unnecessary",
      flags=("omits-crucial-steps",), follow_ups=("drift", "rollback")),
    J("lifecycle", "ski-queue-spoken", "spoken", S, 3, H,
      """yeah so um the ski resort one, we were predicting lift queue times for the app. so the the
      lifecycle, you start with the data, which for us was gate scans and weather and snow
      reports, airflow pulled that in every fifteen minutes. then experimenting, i mean that was
      mostly notebooks at first but we moved to logging everything in mlflow so we could compare
      runs. when something was good enough we'd, we'd register it and the deploy was a docker
      image on, on our kubernetes cluster, and honestly the rollout was just swap the old one out
      early morning before the lifts open. and then monitoring, we had grafana for the service and
      a weekly check of predicted versus actual queue times, and when that got bad, like after a
      big storm changes everything, we retrained. i guess the data side we didn't version as
      carefully as we should have, we just had the raw tables""",
      flags=("omits-crucial-steps",), follow_ups=("drift", "rollback", "feature-store"),
      not_impact=("every fifteen minutes",)),
    J("lifecycle", "drone-dropzone-numbers", "numbers", W, 4, H,
      """At a drone delivery company I owned the lifecycle for the model that scores whether a
      backyard drop zone is safe, from the drone's downward camera. Data: about 2.3 million
      labelled frames, versioned with DVC in S3, plus a weekly relabelling batch of roughly 8,000
      hard cases. Training ran as MLflow-tracked jobs on 4 GPUs, about 6 hours per run. A candidate
      had to beat production by at least 1.5 points of recall at a fixed 0.5% false-safe rate
      before the CI pipeline would package it. Rollout: shadow mode for 2 weeks, then 10% of
      flights, then 50%, then all. Prometheus and Grafana tracked p99 latency against a 120 ms
      budget on the edge box, and we checked feature drift with PSI, alerting above 0.2, which
      triggered retraining. Outcomes: aborted landings dropped by 31%, and the time from labelled
      data to a model flying went from 6 weeks to 9 days.""",
      follow_ups=("drift", "rollback"),
      impact=("aborted landings dropped by 31%", "went from 6 weeks to 9 days"),
      not_impact=("about 2.3 million labelled frames", "roughly 8,000 hard cases", "4 GPUs",
                  "about 6 hours per run", "at least 1.5 points of recall", "0.5% false-safe rate",
                  "shadow mode for 2 weeks", "10% of flights", "50%", "120 ms budget",
                  "above 0.2")),
    J("lifecycle", "tyre-never-got-round", "negated", S, 2, H,
      """so at the tyre plant we had a, a vision model spotting bead defects on the x-ray line.
      honestly the lifecycle for us was, the data scientists trained it in a notebook, and then
      i'd take the pickle and put it on the inspection pc. we talked about doing data versioning
      with dvc and an mlflow registry but we never got round to it, there was always a production
      fire. monitoring, that was, that was the plant it team's job not ours, they'd tell us if the
      box went down. and retraining, we didn't really have a retraining loop, if quality
      complained we'd get a new batch of images and redo it by hand. so yeah it was more of an
      experiment that ended up in production than a proper pipeline""",
      flags=("omits-crucial-steps", "stages-not-connected"),
      maybe=("no-production-distinction", "generic-no-tools"),
      follow_ups=("drift", "rollback")),
    J("lifecycle", "museum-tool-salad", "weak", S, 1, H,
      """mlops lifecycle is basically uh, you've got your data, then kubeflow, mlflow, sagemaker,
      airflow, docker, kubernetes, terraform, and then monitoring with grafana and so on. at the
      museum ticketing company we used most of those. it's all about automation really, and the
      cloud. you just automate everything end to end and, yeah, that's mlops""",
      flags=("generic-no-tools", "stages-not-connected"),
      maybe=("omits-crucial-steps", "no-production-distinction"),
      follow_ups=("drift", "feature-store")),
    # ------------------------------------------------------------ reproducibility
    J("reproducibility", "solar-inverter-keyword", "keyword", S, 5, H,
      """right so for the solar farm work, we predicted inverter failures from the sensor
      telemetry, and reproducibility was something we got burned on early so we got pretty strict.
      code is in git obviously, every training run is tied to a commit sha. the data, the
      telemetry parquet files live in s3 and we version them with dvc, so the dvc lock file in the
      repo points at the exact data snapshot. the environment is a docker image built from a
      pinned conda lock file, and the image digest gets logged too. and then mlflow ties it all
      together, each run records the git commit, the dvc data hash, the image digest and the
      random seed, and the model goes into the mlflow model registry with those tags. so when an
      inverter model started missing faults at one site last spring i could check out that exact
      commit, dvc pull the data, run in the same image and get the same numbers back, and that's
      how we found a unit conversion change in the upstream feed. backups wouldn't have given us
      that, you need the links between all four pieces""",
      follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "brewery-plain", "paraphrase", W, 5, H,
      """At a craft brewery group my model predicted when each fermentation would be ready to
      package, and being able to rebuild any past model exactly was a must. Four things get pinned
      for every training run. The code: every run records the exact revision it came from in our
      source history. The data: tank sensor readings are stored as dated snapshots that are never
      overwritten, and each run stores a fingerprint of the snapshot it used. The software setup:
      we build a sealed runtime image with every library at a fixed release, and the run keeps
      that image's identifier. And the result: finished models go into a catalogue, each entry
      holding those three references plus the random seed. Last summer a model started calling
      batches ready too early at one site; I rebuilt the old model from its catalogue entry, got
      identical numbers, then rebuilt it with the newer data and found a sensor that had been
      recalibrated. Copying files somewhere safe would never have shown that. What matters is the
      chain linking code, data, setup and model.""",
      maybe=("tool-unfamiliar",), follow_ups=("large-datasets", "dependencies"),
      equal_to="solar-inverter-keyword"),
    J("reproducibility", "fashion-size-no-env", "keyword", W, 3, H,
      """On the size-recommendation model for an online fashion retailer, we versioned code in
      GitHub, and the training data (return reasons, customer measurements, product size charts)
      with DVC on GCS. Every experiment was logged in MLflow with the git commit and the DVC hash,
      and approved models went into the MLflow registry with stage tags for staging and
      production. That let us answer "which data trained the model that's live" in a minute. Where
      we were loose was the runtime: people trained on their own laptops or a shared VM with
      whatever pandas and LightGBM versions were installed, and we kept a requirements.txt without
      pins. Honestly I think that's fine most of the time; the data and the code are what really
      determine the model.""",
      flags=("environment-ignored",), follow_ups=("dependencies", "large-datasets")),
    J("reproducibility", "dating-query-is-data", "misconception", S, 2, H,
      """okay so um for the dating app matching model, the way we made it reproducible is,
      everything's in git, including the sql that builds the training set, so the data is
      versioned by definition right, if you've got the query you've got the data. then we pin the
      docker image and set the random seeds, numpy, torch, all of them, and we log the run in
      mlflow with the commit. so any model we can rebuild just by checking out the commit and
      rerunning the query. we looked at dvc but it seemed redundant since the query already
      captures the data, and copying terabytes of swipe logs around felt wasteful""",
      misconception="keeping the SQL query in git is the same as versioning the data",
      maybe=("code-only",), follow_ups=("large-datasets", "dependencies")),
    J("reproducibility", "cinema-spoken", "spoken", S, 3, H,
      """uh yeah so at the cinema chain, forecasting how many people turn up per screening so they
      can staff the concession stands. we, we had git for the code, and mlflow was where we logged
      runs and kept the models. data was a bit more ad hoc, we'd export the training table to a
      dated folder in blob storage and write the folder name into the mlflow run, which mostly
      worked, i mean once somebody overwrote a folder and that was a bad week. environment we, we
      had a docker image for the training job so that part was fine. if i did it again i'd
      probably put proper dvc or delta tables on the data instead of trusting folder names""",
      maybe=("backups-confusion",), follow_ups=("large-datasets", "dependencies")),
    J("reproducibility", "textile-audit-numbers", "numbers", S, 4, H,
      """so at the textile mill we had the fabric defect camera model, and reproducibility got
      serious after an audit from a big customer. we had 14 production lines, each with its own
      camera, and about 600 gigabytes of new images a month. we put the images in s3 with dvc on
      top, and the dvc cache was deduplicated so we only stored about 40% of what raw copies
      would've been. code in gitlab, environments as docker images built from a poetry lock file,
      and every model in the mlflow registry tagged with commit, data hash, image digest. we kept
      36 model versions over two years. and the result, before this it took us, um, about three
      weeks to reconstruct an old model for the audit, after it took under two hours, and we
      passed the follow-up audit with zero findings on traceability""",
      follow_ups=("large-datasets", "model-card", "dependencies"),
      impact=("only stored about 40% of what raw copies would've been",
              "after it took under two hours", "zero findings on traceability"),
      not_impact=("14 production lines", "about 600 gigabytes of new images a month",
                  "36 model versions over two years", "about three weeks to reconstruct")),
    J("reproducibility", "coffee-git-only", "negated", W, 1, H,
      """At the coffee roaster I worked on a model predicting roast profiles from bean moisture and
      density. For reproducibility, our code is in Git and that's really the part I own. Data
      versioning with something like DVC never happened: the raw measurements sit on a shared
      drive the lab team maintains, and if we need an old dataset we ask them to restore it from
      the nightly backup. A model registry, MLflow and so on, that's the platform team's job and
      they never rolled it out to us, so models are just files named by date. Environments I'd
      leave to whoever runs the server.""",
      flags=("code-only", "backups-confusion", "environment-ignored"),
      maybe=("tool-unfamiliar",), follow_ups=("dependencies", "large-datasets")),
    J("reproducibility", "charity-cross-validation", "off-target", W, 1, H,
      """Reproducibility for me is mostly about evaluation rigour. On the donor propensity model at
      a national charity I always used five-fold stratified cross-validation and reported the
      mean and standard deviation of AUC, so the result isn't a lucky split. I also compared
      against a simple logistic regression baseline and checked calibration plots before anyone
      used the scores for the mailing campaign. If the numbers hold up across folds and against
      the baseline, the model is reproducible.""",
      flags=("tool-unfamiliar", "environment-ignored"), maybe=("code-only",),
      follow_ups=("dependencies", "large-datasets")),
    # --------------------------------------------------------------------- ml-cicd
    J("ml-cicd", "stock-photo-keyword", "keyword", W, 5, H,
      """At a stock-photo agency we auto-tag uploaded images, and the CI/CD for that model differs
      from our web app's in three ways: it has data, a training step, and a quality gate on a
      model rather than just a test suite. On every pull request GitHub Actions runs the usual
      unit tests and linting plus data tests: Great Expectations checks on the labelled sample
      for label distribution, corrupt files, and duplicates leaking between train and test.
      Merging to main triggers a Kubeflow Pipelines run on our GKE cluster: train, evaluate
      against the frozen test set and against the current production model, run a bias check
      across photo categories and skin tones, and only if precision on the top suggested tags
      holds up does it register the model in MLflow and build the serving Docker image. CD then
      deploys that image to Kubernetes as a canary behind Istio and promotes it automatically if
      live acceptance of suggested tags doesn't drop. Scheduled and drift-triggered retraining
      reuse the same pipeline. We got releases from a fortnightly manual process to a couple per
      week.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("from a fortnightly manual process to a couple per week",)),
    J("ml-cicd", "greeting-cards-plain", "paraphrase", W, 5, H,
      """For an online greeting-card shop I set up the automatic path a recommendation model takes
      from a code change to customers, and it's different from how our website ships. A web change
      only needs its code checked; ours also has to check the data and the trained model. Whenever
      someone proposes a change, the usual code checks run, and alongside them we check a sample
      of the training data: are the occasion labels balanced, are there broken images, has any
      card slipped into both the learning set and the exam set. Once the change is accepted, the
      system rebuilds the model from scratch, grades it on a fixed exam set and against the model
      customers currently see, and checks that it treats card categories fairly. Only if it keeps
      its hit rate does it get recorded in our model catalogue and sealed into a self-contained
      package with all its libraries, which our machines run the same way everywhere. That package
      goes out to a small share of visitors first and is rolled out to everyone automatically if
      people keep clicking the suggestions as much as before. The same path runs on a timer to
      refresh the model. Releases went from one manual release a fortnight to a couple each
      week.""",
      maybe=("no-containers",), follow_ups=("pipeline-metrics", "ab-canary"),
      impact=("from one manual release a fortnight to a couple each week",),
      equal_to="stock-photo-keyword"),
    J("ml-cicd", "library-buildkite-no-containers", "other-tools", S, 3, H,
      """yeah so for the public library network we built a recommendation thing for the catalogue,
      and the ci part runs on buildkite and the actual ml steps are in dagster. so a merge kicks
      off, um, first the normal tests, then a dagster job that validates the loans extract with
      pandera schemas, like checks branch codes and that nothing's null that shouldn't be, then
      trains, then evaluates recall at ten against the live model on last month's loans, and if
      it's worse it just stops and posts in slack. if it passes, bentoml saves the model and we
      deploy by, by copying the bento to the two vms behind the load balancer and restarting the
      service in its virtualenv. so no containers or anything, it's, it's fine, the vms are set up
      by hand and we've been careful""",
      flags=("no-containers",), follow_ups=("ab-canary", "pipeline-challenge", "pipeline-metrics")),
    J("ml-cicd", "eyewear-holdout-gate", "misconception", W, 2, H,
      """At an online eyewear retailer I built the CI/CD for our frame-fit model, which predicts
      from a selfie whether a frame suits a face. Compared with normal software CI/CD, the big
      addition is that the pipeline trains. GitLab CI runs unit tests and checks the image dataset
      schema, then a training job on our Kubernetes runners does a hyperparameter search of about
      50 trials and picks the best trial by its score on the holdout set. That same holdout score
      is then the deployment gate: if it beats production's, the model is registered in MLflow,
      baked into a Docker image and rolled out. Because the holdout is never trained on, using it
      for both selection and the gate gives us the most honest estimate we have, and it saves
      keeping a third split around. We've deployed about 30 models this way.""",
      misconception="selecting hyperparameters on the holdout and gating on that same holdout is unbiased",
      maybe=("no-automated-testing",), follow_ups=("pipeline-metrics", "ab-canary"),
      not_impact=("about 50 trials", "about 30 models")),
    J("ml-cicd", "pet-food-spoken", "spoken", S, 3, H,
      """um so how it differs, well with normal software you test the code and ship it, with ml
      you've also got the data and the model changing under you. at the pet food subscription
      place we, we used github actions for the code checks and then for training we had a, a
      sagemaker pipeline that trains the portion size model and evaluates it, and there's a step
      that fails if the mae gets worse than the current one. the model gets pushed to the registry
      and then someone approves it and it deploys to an endpoint. we didn't do much on the data
      testing side, like there's some checks that the columns exist but that's about it. and the
      serving is containerised because sagemaker does that for you""",
      maybe=("no-automated-testing",), follow_ups=("ab-canary", "pipeline-metrics")),
    J("ml-cicd", "theme-park-numbers", "numbers", W, 4, H,
      """At a theme park operator I ran CI/CD for the ride wait-time model across 9 parks. A pull
      request runs 420 unit and data tests in about 7 minutes on GitHub Actions; the data checks
      include a null rate under 0.5% on turnstile counts and no gaps longer than 15 minutes. The
      nightly Kubeflow pipeline retrains on the last 18 months of data, roughly 60 million rows,
      and a candidate must beat production MAE by at least 3% on a 4-week backtest. Passing models
      are built into a Docker image of about 1.1 GB and canaried on 5% of app traffic for 48 hours
      before promotion on Kubernetes. Results: deployment lead time fell from 11 days to 6 hours,
      failed releases went from roughly one in four to one in twenty, and wait-time MAE improved
      by 18% over the year.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("deployment lead time fell from 11 days to 6 hours",
              "failed releases went from roughly one in four to one in twenty",
              "wait-time MAE improved by 18%"),
      not_impact=("9 parks", "420 unit and data tests", "about 7 minutes", "under 0.5%",
                  "longer than 15 minutes", "last 18 months", "roughly 60 million rows",
                  "at least 3%", "4-week backtest", "about 1.1 GB", "5% of app traffic",
                  "48 hours")),
    J("ml-cicd", "hardhat-same-jenkins", "negated", S, 2, H,
      """so for the construction safety cameras, the hard hat detection model, we do have ci cd but
      honestly it's the same jenkins setup as the rest of the company, lint, unit tests, build,
      deploy. we never got round to adding model evaluation or data checks into it, the data
      scientists check the accuracy in their notebook before they hand over the weights.
      containers and kubernetes, that's the platform team's job, i just hand them the artifact. so
      it's basically software ci cd with a model file in it, yeah""",
      flags=("same-as-software", "no-automated-testing"), maybe=("no-containers",),
      follow_ups=("pipeline-challenge", "pipeline-metrics")),
    J("ml-cicd", "vending-tool-salad", "weak", S, 1, H,
      """for ml ci cd i'd use jenkins or gitlab ci, github actions, kubeflow, sagemaker pipelines,
      docker, kubernetes, argo, mlflow, the whole stack basically. at the vending machine company
      it was all automated. ml is different from software because it's, it's more complex,
      there's models. so you just need more automation and the right tools""",
      flags=("tools-unexplained", "no-automated-testing"), maybe=("same-as-software",),
      follow_ups=("pipeline-challenge", "pipeline-metrics")),
    # ------------------------------------------------------------------ monitoring
    J("monitoring", "crypto-withdrawals-keyword", "keyword", W, 5, H,
      """At a crypto exchange I ran monitoring for the model that flags suspicious withdrawals. We
      watch three layers. Service health: request rate, p95 latency, error rate, CPU and memory
      exported to Prometheus and shown in Grafana, with PagerDuty alerts if latency breaks the
      SLO. Data quality and data drift: every hour Evidently compares live feature distributions
      (amounts, account age, device fingerprint features) with the training reference using PSI
      and KS tests, and tracks missing and out-of-range values. Model performance: labels arrive
      late, once the compliance team confirms or clears a case, so we compute precision and recall
      weekly from those outcomes, plus a daily proxy, the flag rate and the analyst override rate,
      which catches concept drift earlier, for instance when fraudsters changed tactics and the
      same features started to mean something different. We also track the false-positive rate by
      customer region as a bias check. Alerts go to a Slack channel with a runbook: drift alone
      opens a ticket, drift plus a jump in overrides pages on-call and usually triggers
      retraining.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "tax-software-plain", "paraphrase", S, 5, H,
      """so um at the tax software company our model flags deductions that look likely to get
      rejected, and i keep an eye on it at three levels. first is the plain service stuff, is it
      up, how many requests, how slow is the slowest five percent, errors, memory, all on a shared
      screen of charts, and the on-call person gets paged if it's too slow. second is the inputs,
      every hour we compare what's coming in, the amounts, the categories, how old the account is,
      against what the model saw when it learned, and we count blanks and values that make no
      sense. third is whether it's actually right, and that's slow because we only find out weeks
      later whether a return got challenged, so weekly we check how many flagged ones were really
      problems and how many real problems we missed, and daily we watch how often accountants
      overrule it, which tells us early if the same inputs have started to mean something
      different, like after a rule change. we also check it's not flagging one region way more
      than the others. and the warnings have a written playbook, inputs shifting alone just makes
      a ticket, inputs shifting plus overrules jumping wakes someone up and usually means
      rebuilding it on newer data""",
      maybe=("no-tools",), follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      not_impact=("slowest five percent",), equal_to="crypto-withdrawals-keyword"),
    J("monitoring", "smart-oven-no-alerts", "keyword", W, 3, H,
      """For a smart-oven maker, our food-recognition model runs on the oven's camera and reports
      back. We log every prediction with its confidence to BigQuery and built Grafana dashboards on
      top: inference latency and crash rate per firmware version, the confidence distribution, the
      share of "unknown food" results, and the class mix per country compared with the training
      set using a chi-square drift score. When users correct the detected food in the app we count
      that as a label, so we get a weekly accuracy estimate per class. The dashboards are reviewed
      in our Monday meeting. We haven't wired up automatic alerts; someone just looks at the
      charts.""",
      flags=("alerts-unexplained",), follow_ups=("false-positives", "when-to-retrain")),
    J("monitoring", "blood-donation-inputs-only", "misconception", S, 2, H,
      """yeah so at the blood donation service the model forecasts how many donors turn up to each
      session, and monitoring, we've got prometheus and grafana on the service side, latency,
      errors, the usual. for the model we run evidently every night on the inputs, weather,
      campaign flags, venue type, and compare them to the training data. the way i see it, if the
      inputs haven't drifted then the model can't really get worse, it's the same function on the
      same kind of data, so we don't bother waiting for the actual turnout to come back to compute
      accuracy, the drift report basically is the accuracy check. if drift goes red we retrain""",
      misconception="if input distributions are stable the model cannot degrade (ignores concept drift)",
      flags=("no-drift",), follow_ups=("drift-difference", "when-to-retrain")),
    J("monitoring", "watch-resale-spoken", "spoken", S, 3, H,
      """okay um for the watch authentication model, that's at a resale marketplace, we, we check
      it a few ways. there's datadog on the service so latency and errors, and that pages us. then
      we log the model scores and look at the, the distribution of scores every week, if lots more
      watches are coming out borderline that's a sign something changed, like a new photo app or a
      new fake that's going round. and the real accuracy we get from the human authenticators who
      check a sample of watches by hand, so we compare against them monthly. i'd say the weak bit
      is we don't really have thresholds set, it's more someone eyeballing the weekly chart""",
      maybe=("alerts-unexplained",),
      follow_ups=("drift-difference", "when-to-retrain", "false-positives")),
    J("monitoring", "payroll-numbers", "numbers", W, 4, H,
      """I monitor a payroll anomaly model that screens about 1.8 million payslips a month for 3,200
      client companies. Service metrics go to Prometheus and Grafana, alerting if p99 latency
      exceeds 400 ms for 10 minutes. For data drift we run Evidently every 6 hours on 42 features;
      PSI above 0.25 on any top-10 feature opens a ticket, and three consecutive breaches page the
      on-call engineer. Ground truth comes from payroll clerks within about 5 days, and from it we
      compute precision and recall daily on a rolling 30-day window, with a floor of 0.80 recall.
      Before this, model problems were found by customers after an average of 23 days. Since we
      built it, mean time to detect dropped to under 2 days, false alerts fell by 64% after we
      tuned the consecutive-breach rule, and we caught a tax-code change within 36 hours.""",
      follow_ups=("false-positives", "when-to-retrain"),
      impact=("mean time to detect dropped to under 2 days", "false alerts fell by 64%",
              "caught a tax-code change within 36 hours"),
      not_impact=("about 1.8 million payslips a month", "3,200 client companies",
                  "exceeds 400 ms for 10 minutes", "every 6 hours", "42 features",
                  "PSI above 0.25", "top-10 feature", "three consecutive breaches",
                  "within about 5 days", "rolling 30-day window", "floor of 0.80 recall",
                  "an average of 23 days")),
    J("monitoring", "toll-road-infra-team", "negated", W, 1, H,
      """At the toll road operator, our traffic forecast model is monitored by the infrastructure
      team: they have CloudWatch dashboards for CPU, memory and whether the endpoint responds, and
      they get alerts if it goes down. We never got round to model-level monitoring, so no drift
      detection and no tracking of forecast error against actual traffic counts. The idea was to
      add SageMaker Model Monitor at some point, but it wasn't prioritised. If the forecasts looked
      wrong, the operations people would usually tell us.""",
      flags=("infra-only",), maybe=("no-drift", "alerts-unexplained"),
      follow_ups=("when-to-retrain", "drift-difference")),
    J("monitoring", "flowers-training-curves", "off-target", S, 1, H,
      """so for monitoring i'm a big fan of tensorboard, at the flower delivery company i'd watch
      the training loss and validation loss curves for the demand model, and if validation starts
      going up while training goes down you know you're overfitting, so you stop early. and we'd
      also watch gpu utilisation during training to make sure we're not wasting money. wandb is
      nice for that too""",
      flags=("no-drift", "alerts-unexplained"), maybe=("infra-only", "no-tools"),
      follow_ups=("drift-difference", "when-to-retrain")),
    # -------------------------------------------------------------- iac-containers
    J("iac-containers", "salmon-farm-keyword", "keyword", S, 5, H,
      """yeah so at the salmon farming company i owned the infra for the fish counting and feeding
      models. everything's terraform, the vpc, the eks cluster, the node groups including a gpu
      group for training, s3 buckets, iam roles, the sagemaker bits we still used, all in modules
      with remote state, and changes go through a pull request with terraform plan in the ci so
      nobody clicks around in the console. the models are packaged as docker images, multi stage
      builds so the serving image is small, with cuda and the exact library versions baked in,
      which is the whole point, the model that passed evaluation is literally the same bits that
      run in production, no more works on my machine. then on kubernetes we run the inference as
      deployments with horizontal pod autoscaling on request rate, resource requests and limits
      per model, gpu nodes tainted so only the heavy models land there, and liveness probes so a
      stuck pod gets restarted on its own. a concrete win, we spun up a whole new region for the
      norway sites from the terraform modules in about two days instead of the six weeks the first
      region took, and the node autoscaling cut our compute bill by about a third""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("in about two days", "cut our compute bill by about a third"),
      not_impact=("the six weeks the first region took",)),
    J("iac-containers", "phone-refurb-plain", "paraphrase", W, 5, H,
      """At a phone refurbisher I looked after the machinery behind our model that grades screen
      and casing wear from photos. None of our cloud setup is built by hand: the network, the pool
      of machines including the graphics-card ones for training, storage and access permissions
      are all described in files kept alongside the code, and changes are proposed, previewed and
      reviewed like any other code change before they're applied. Each model ships as a sealed,
      self-contained bundle with its graphics libraries and exact library releases inside, kept
      small by building it in stages, so what passed our tests is byte-for-byte what runs for
      customers. A scheduler across our machines runs those bundles, adds copies when photo
      traffic rises, gives each model a fixed share of memory and processor, keeps heavy models
      on the graphics-card machines, and restarts any copy that stops answering. When we opened a
      second grading site in another country we stood up the whole setup from those files in about
      two days, where the first site had taken six weeks, and letting the scheduler shrink the
      machine count at night cut the compute bill by about a third.""",
      maybe=("no-iac",), follow_ups=("secrets", "resource-utilization"),
      impact=("in about two days", "cut the compute bill by about a third"),
      not_impact=("the first site had taken six weeks",), equal_to="salmon-farm-keyword"),
    J("iac-containers", "paint-pulumi-compose", "other-tools", S, 3, H,
      """so at the paint company, the colour matching model, the one that takes a
      spectrophotometer reading and gives you the pigment recipe. infra is all pulumi in python,
      which i really like because the data scientists can actually read it, so the azure resource
      group, storage, the vms, key vault, all of that is code and goes through review. the model
      runs in a docker image, we pin python and the numerical libraries because recipe outputs
      changed in the third decimal between numpy versions once, which for paint actually matters.
      and then in production it's docker compose on two vms behind a load balancer, we never went
      to kubernetes, it's, it's a handful of requests a minute so it didn't feel worth it""",
      flags=("docker-xor-kubernetes",),
      follow_ups=("managed-vs-self-hosted", "secrets", "resource-utilization")),
    J("iac-containers", "biotech-driver-in-image", "misconception", W, 2, H,
      """At a biotech lab-automation company I containerised the models that read assay plates
      from microscope images. We provision everything with Terraform (the GKE cluster, GPU node
      pools, Artifact Registry, Cloud Storage buckets) and deploy with Helm charts. The main
      benefit of Docker for us is that the image carries the complete GPU stack: we install the
      NVIDIA driver and CUDA inside the image, so the container behaves identically on any node
      whatever the host has installed, and we never have to think about node images. Kubernetes
      then schedules the pods onto GPU nodes and restarts them if they crash. Rolling out a new
      plate-reading model is just a Helm upgrade.""",
      misconception="the container carries the NVIDIA kernel driver, so the host's driver does not matter",
      maybe=("container-benefits-missing", "generic-no-examples"),
      follow_ups=("resource-utilization", "secrets", "managed-vs-self-hosted")),
    J("iac-containers", "stadium-catering-spoken", "spoken", S, 3, H,
      """um right so i've used docker a lot, terraform a bit less. at the, at the stadium catering
      company we had a model for how much stock to send to each food stand on match days, and i
      wrapped it in a docker image with fastapi so it ran the same on my laptop and on the server,
      that was the main reason. for deploying we had a kubernetes cluster that another guy set up
      with terraform, i've made changes to the terraform, like adding a bucket or changing a node
      size, but i didn't write the modules. on kubernetes we scaled the pods up before matches
      with a cron thing because traffic is really spiky, like nothing all week and then everything
      in two hours""",
      maybe=("no-iac",), follow_ups=("resource-utilization", "secrets"),
      not_impact=("everything in two hours",)),
    J("iac-containers", "pipeline-corrosion-numbers", "numbers", W, 4, H,
      """At an oil and gas pipeline operator I rebuilt the infrastructure for our corrosion-detection
      models, which score in-line inspection data. Terraform now manages 3 environments from 14
      modules, about 230 resources, including an EKS cluster with 2 CPU node groups and 1 GPU node
      group. Models ship as Docker images; multi-stage builds took the serving image from 6.2 GB
      to 1.4 GB, and cold start went from 4 minutes to 40 seconds. On Kubernetes each model gets
      requests of 2 vCPU and 8 GiB, the HPA scales between 2 and 20 replicas at 70% CPU, and
      Karpenter adds spot GPU nodes for batch scoring of the roughly 9 TB each inspection run
      produces. Outcomes: environment setup went from about 3 weeks of tickets to 25 minutes,
      compute cost fell 38%, and we went from 2 failed deployments a month to none in the last 6
      months.""",
      follow_ups=("resource-utilization", "managed-vs-self-hosted", "secrets"),
      impact=("took the serving image from 6.2 GB to 1.4 GB",
              "cold start went from 4 minutes to 40 seconds",
              "environment setup went from about 3 weeks of tickets to 25 minutes",
              "compute cost fell 38%",
              "went from 2 failed deployments a month to none"),
      not_impact=("3 environments", "14 modules", "about 230 resources", "2 CPU node groups",
                  "1 GPU node group", "2 vCPU and 8 GiB", "between 2 and 20 replicas",
                  "70% CPU", "roughly 9 TB", "the last 6 months")),
    J("iac-containers", "cosmetics-platform-team", "negated", S, 1, H,
      """so for the shade matching model at the cosmetics brand, i, i built the model and a flask
      app around it. terraform and all of that, that's the platform team's job, i've never really
      touched it. they also did the docker file i think, and it runs on kubernetes somewhere, i'm
      honestly not sure if it's eks or what. i'd hand over the pickle and the requirements file and
      they'd deal with it. so my experience there is more on the model side""",
      flags=("no-iac", "container-benefits-missing", "generic-no-examples"),
      maybe=("docker-xor-kubernetes",), follow_ups=("secrets", "managed-vs-self-hosted")),
    J("iac-containers", "furniture-tool-salad", "weak", W, 1, H,
      """I have broad experience with Infrastructure as Code and containerization. At a furniture
      e-commerce company I worked with Terraform, Ansible, CloudFormation, Docker, Docker Compose,
      Kubernetes, Helm, OpenShift and Rancher. Containers are great because they are lightweight
      and portable, and Kubernetes is the industry standard for orchestration. IaC is best
      practice for DevOps. I believe these tools are essential for any modern MLOps team.""",
      flags=("generic-no-examples",), maybe=("container-benefits-missing", "no-iac"),
      follow_ups=("resource-utilization", "secrets")),
    # -------------------------------------------------------------- cloud-platform
    J("cloud-platform", "hearing-aid-vertex-keyword", "keyword", W, 5, H,
      """At a hearing-aid manufacturer I spent two years on Google Vertex AI for the models that
      classify sound environments (restaurant, street, music) and tune the aid's settings. We
      used Vertex AI Pipelines with the Kubeflow SDK for training and evaluation, Vertex AI
      Experiments and the Model Registry for lineage, Vertex AI Feature Store for user-level
      listening features, and batch prediction to score the settings we push to the companion
      app. Custom training jobs on A100s with our own containers worked well. Strengths: the
      BigQuery integration is excellent, since our audio feature tables lived there and pipelines
      read them directly; managed pipelines removed the Airflow cluster we used to babysit; and
      IAM plus VPC Service Controls made our medical-device audit easier. Weaknesses: the first
      version of the Feature Store was expensive for our online lookup volume, so we moved online
      features to Bigtable ourselves; pipeline debugging is slow because every step spins up a
      container; per-region GPU quotas bit us just before a release; and costs are hard to
      attribute per team without careful labelling. A concrete win: moving the weekly retrain to
      Vertex AI Pipelines cut it from a two-day manual job to about five hours unattended.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut it from a two-day manual job to about five hours unattended",),
      not_impact=("two years",)),
    J("cloud-platform", "karaoke-plain", "paraphrase", S, 5, H,
      """so um at the karaoke app we scored people's singing and picked the backing track key, and
      we ran all of it on google's managed machine learning service for about two years. we used
      its managed workflow runner for training and evaluation, its experiment log and model
      catalogue so we knew what came from where, its shared store of per-user inputs, and its bulk
      scoring to prepare the nightly recommendations. training ran on the big graphics cards in
      our own images, which was painless. the good bits, it plugs straight into google's data
      warehouse where all our audio tables already lived, we got rid of a scheduler cluster we
      used to nurse along, and the access controls made the security review easier. the bad bits,
      that shared store's live lookups got expensive at our volume so we moved those to a separate
      database ourselves, debugging a workflow step is slow because each step starts a fresh
      machine, we hit the per region limit on graphics cards right before a launch, and working
      out which team spent what is painful unless you tag everything. the weekly rebuild went from
      a two day manual job to about five hours with nobody watching""",
      maybe=("generic-platform",), follow_ups=("costs", "managed-vs-custom"),
      impact=("went from a two day manual job to about five hours",),
      not_impact=("about two years",), equal_to="hearing-aid-vertex-keyword"),
    J("cloud-platform", "publisher-azure-one-sided", "keyword", W, 3, H,
      """At a book publisher I used Azure Machine Learning for our print-run forecasting model,
      which decides how many copies of each title to print. We registered datasets as versioned
      data assets pointing at ADLS, ran training as command jobs on a compute cluster that scales
      to zero, tracked runs with the built-in MLflow tracking, and used Azure ML pipelines to
      chain data prep, training and evaluation. The model went into the workspace registry and out
      to a managed online endpoint with blue-green traffic splitting, which made rollbacks a
      one-click thing. The Responsible AI dashboard gave editors an explanation of why a title's
      forecast was high. Honestly I found it a great platform: it's integrated with Azure DevOps
      and Entra ID, it's managed, it scales, and it did everything we needed.""",
      flags=("one-sided",), follow_ups=("costs", "managed-vs-custom")),
    J("cloud-platform", "localisation-model-monitor", "misconception", W, 2, H,
      """At a localisation agency I built our quality-estimation model, which predicts which
      machine-translated segments need a human editor, on AWS SageMaker. We used SageMaker
      Processing for tokenisation, training jobs on spot instances with checkpointing, SageMaker
      Pipelines for the train-evaluate-register flow, and the Model Registry with approval status.
      Endpoints are real-time with autoscaling. Strengths: spot training saved a lot, and the
      registry's approval step gave our linguists a sign-off point. A big strength is Model
      Monitor: once you capture endpoint data and set a baseline, it tells you when the model's
      accuracy drops, so we didn't need to wait for editors' corrections to know the model was
      degrading. Weaknesses: the SDK changes often and the docs lag behind, and testing pipelines
      locally is awkward.""",
      misconception="Model Monitor's data-quality baseline detects accuracy drops without ground truth",
      maybe=("no-feature-knowledge",), follow_ups=("costs", "managed-vs-custom")),
    J("cloud-platform", "dispatch-sagemaker-spoken", "spoken", S, 3, H,
      """um so mostly sagemaker, at the emergency dispatch software company. we had a model that
      suggests a priority for incoming incidents from the dispatcher's notes. i used sagemaker
      training jobs and, and the endpoints mainly, and a bit of the pipelines thing though our ci
      was still in jenkins. good things, it's easy to get a gpu training job going, and endpoints
      with autoscaling just work. bad things, it got expensive, we had endpoints running all night
      with nothing going to them, and the, the studio interface kept changing on us. i didn't use
      the feature store or model monitor, we did our own monitoring in cloudwatch""",
      maybe=("basic-services-only",), follow_ups=("costs", "managed-vs-custom")),
    J("cloud-platform", "camera-traps-numbers", "numbers", S, 4, H,
      """okay so azure ml, at a wildlife conservation charity, we classify camera trap photos,
      species and empty frames. we had about 4 million images a year from 600 cameras. we used
      azure ml pipelines for the training, the registry, and managed online endpoints for the
      rangers' app plus batch endpoints for the big backlog. training was on low priority gpu
      nodes which were about 70 percent cheaper than dedicated, but they got preempted maybe one
      run in five so we added checkpointing every 20 minutes. strengths, the batch endpoints
      chewed through the backlog, labelling time per batch went from about 3 weeks of volunteers
      to 2 days of review, and empty frame filtering removed 62 percent of photos before anyone
      looked. weaknesses, quota requests for gpus took up to 10 days, and the costs, we overspent
      by about 4 thousand dollars one month on an endpoint left running at 3 instances""",
      follow_ups=("costs", "multi-cloud", "managed-vs-custom"),
      impact=("labelling time per batch went from about 3 weeks of volunteers to 2 days of review",
              "removed 62 percent of photos before anyone looked"),
      not_impact=("about 4 million images a year", "600 cameras", "about 70 percent cheaper",
                  "one run in five", "every 20 minutes", "up to 10 days",
                  "about 4 thousand dollars", "3 instances")),
    J("cloud-platform", "ev-charging-not-mine", "negated", W, 1, H,
      """At the EV charging network we were on AWS, but to be honest I haven't used SageMaker in
      any depth. The data science team ran notebooks in SageMaker Studio, and deploying models,
      the pipelines, the registry, that was handled by the platform team, so I can't really speak
      to its strengths or weaknesses. We did look at Vertex AI once but never got round to a proper
      comparison. My work was mainly on the demand model itself, in scikit-learn.""",
      flags=("no-feature-knowledge", "one-sided"),
      maybe=("generic-platform", "basic-services-only"),
      follow_ups=("managed-vs-custom", "costs")),
    J("cloud-platform", "ice-cream-ec2-s3", "weak", S, 1, H,
      """yeah i've mostly used aws, so ec2 for running the training scripts and s3 for storing the
      data and the models, at the ice cream maker where we forecast summer sales. aws is really
      good, it's the biggest cloud, very reliable, lots of services, and you can scale up whenever
      you want. the downside is it can be expensive i guess. azure and google are similar really,
      they all do the same stuff""",
      flags=("basic-services-only", "generic-platform", "no-feature-knowledge"),
      maybe=("one-sided",), follow_ups=("costs", "managed-vs-custom")),
    # --------------------------------------------------------- challenging-project
    J("challenging-project", "cement-kiln-keyword", "keyword", W, 5, H,
      """Situation: at a cement producer, a model recommending kiln fuel and feed rates worked in
      the data scientists' notebooks but broke constantly once it ran at the plants: three sites,
      each with its own historian database, flaky connectivity, and sensors renamed without
      warning. Task: I was asked to make it run reliably and to make retraining safe. Action: I put
      a schema contract between the historians and the model, validated with Great Expectations at
      ingestion, so a renamed tag failed loudly instead of silently feeding zeros. I moved the
      feature logic into a shared Feast feature store so training and serving computed features
      the same way. I packaged the model as a slim Docker image deployed on K3s at each plant, so
      it kept running when the WAN link dropped, with MLflow as the registry and a staged rollout
      one kiln at a time. I added Prometheus and Evidently monitoring for sensor drift, and
      operators could override the model, with their overrides logged as labels. Result: model
      uptime at the plants went from about 80% to 99.5%, fuel use fell 4% per tonne of clinker,
      and retraining went from a quarterly project to a weekly automated job.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("went from about 80% to 99.5%", "fuel use fell 4% per tonne of clinker",
              "retraining went from a quarterly project to a weekly automated job"),
      not_impact=("three sites",)),
    J("challenging-project", "glass-furnace-plain", "paraphrase", W, 5, H,
      """At a glass-bottle maker, a model that suggested furnace gas and batch settings looked great
      on the data team's laptops but fell over once it ran in the factories: three sites, each
      with its own sensor database, unreliable links to head office, and sensors that got renamed
      with no warning. My job was to make it dependable and to make refreshing it safe. I set up
      an agreed description of every incoming reading and checked each delivery against it as it
      arrived, so a renamed sensor stopped things with a clear error instead of quietly feeding in
      zeros. I moved the calculations that turn raw readings into model inputs into one shared
      place, so learning and live use worked them out identically. I packed the model with
      everything it needs into a small self-contained bundle that ran on a little server in each
      factory, so it carried on when the link to head office dropped, and we released new models
      one furnace at a time. I also watched for the readings shifting away from what the model
      had learned on, and recorded every time an operator overruled it, using those as fresh
      examples. Uptime went from about 80% to 99.5%, gas use fell 4% per tonne of glass, and
      refreshing the model went from a quarterly project to a weekly job nobody has to start by
      hand.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("went from about 80% to 99.5%", "gas use fell 4% per tonne of glass",
              "refreshing the model went from a quarterly project to a weekly job"),
      not_impact=("three sites",), equal_to="cement-kiln-keyword"),
    J("challenging-project", "auction-plain-result", "plain-result", S, 3, H,
      """so the one i'd pick is at an auction house, we had a model that gives a pre-sale estimate
      for lots, furniture, paintings, jewellery, and the problem was every sale season the
      specialists said the estimates were way off and nobody could tell why, because the model had
      been retrained by hand by someone who'd left and there was no record of what data went in.
      so what i did, i rebuilt the training as a proper pipeline in airflow, put the training data
      snapshots under dvc and logged every run in mlflow so we could compare, and then i added a
      check before each sale that compares the incoming catalogue to what the model learned from,
      because it turned out a new jewellery department had brought in categories the model had
      basically never seen. we deployed it behind a small api in docker and let specialists flag
      bad estimates in the catalogue tool. and the result was the specialists stopped
      complaining, they actually started using the estimates as their starting point, and when
      something did look off we could trace it back to the data in an afternoon instead of
      guessing""",
      flags=("no-quantified-impact",),
      follow_ups=("stakeholders", "do-differently", "biggest-learning")),
    J("challenging-project", "perfume-retrain-fixes-skew", "misconception", S, 2, H,
      """okay so at the perfume subscription box company, the, the recommender that picks next
      month's scents started doing badly after we moved to real time serving, like the hit rate in
      production was way below what we saw offline. the challenge was figuring out why. turned out
      the online features were computed by a java service and the training features by a spark
      job, and they didn't quite match, like rounding and time windows. the way we solved it was
      to retrain the model every day instead of every month, so the model learns the production
      data as it really is and the mismatch just washes out. i set that up in airflow with a
      docker image and mlflow tracking, and the production numbers came back up after a couple of
      weeks. so yeah the lesson for me is frequent retraining fixes most skew problems""",
      misconception="retraining more often fixes training-serving skew",
      flags=("no-quantified-impact",),
      follow_ups=("do-differently", "biggest-learning"),
      not_impact=("a couple of weeks",)),
    J("challenging-project", "aerospace-result-first", "reordered", S, 4, H,
      """so the end result first, we got the inspection model from about one release a quarter to
      one every two weeks and false rejects down by about a quarter, um, and how we got there, i
      split the monolithic training script into a kubeflow pipeline with separate steps for data
      checks, training and evaluation, added dvc for the borescope image sets, and made the
      evaluation compare against the production model on a locked test set before anything could
      be registered. the hardest bit was getting the quality engineers to trust automated
      releases, so we ran every new model in shadow next to the inspectors for a month and showed
      them the disagreements. and the, the situation was, this was at an aerospace engine repair
      shop, the model flags cracks in turbine blade borescope videos, and every release needed a
      manual sign off pack that took weeks so the models went stale""",
      follow_ups=("stakeholders", "do-differently", "biggest-learning"),
      impact=("from about one release a quarter to one every two weeks",
              "false rejects down by about a quarter"),
      not_impact=("for a month",)),
    J("challenging-project", "registrar-phishing-numbers", "numbers", W, 5, H,
      """At a domain registrar I led the rebuild of our phishing-domain detection model's serving
      stack. Situation: about 250,000 new registrations a day, and the model ran as a nightly
      batch, so phishing domains stayed live for up to 24 hours before being flagged. Task: score
      every registration within 1 minute without pushing false takedowns above our 0.1% limit.
      Action: I moved feature computation into a streaming job on Kafka and Flink, shared the
      feature definitions with training through Feast, served the model from a Docker image on
      Kubernetes with autoscaling from 3 to 30 pods, and added Evidently drift checks on 25
      lexical features plus a weekly retrain from analyst verdicts. Rollout was 2 weeks in shadow,
      then 20% of traffic, then everything. Result: median time to flag fell to 40 seconds,
      phishing domains reaching victims dropped 57%, false takedowns stayed at 0.06%, and analysts
      saved about 30 hours a week.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("median time to flag fell to 40 seconds",
              "phishing domains reaching victims dropped 57%",
              "false takedowns stayed at 0.06%", "analysts saved about 30 hours a week"),
      not_impact=("about 250,000 new registrations a day", "up to 24 hours", "within 1 minute",
                  "0.1% limit", "from 3 to 30 pods", "25 lexical features",
                  "2 weeks in shadow", "20% of traffic")),
    J("challenging-project", "mall-footfall-blame", "negated", S, 1, H,
      """so the hard project was at a shopping mall analytics company, footfall prediction for the
      tenants. honestly the challenge was mostly people. the data engineers kept changing the
      sensor feeds without telling us, the devops team wouldn't give us a proper deployment
      pipeline, and the data scientists kept handing over models that didn't work in prod. i kept
      raising it but, you know, it wasn't my call. we never really got the monitoring in place
      because that was supposed to be the platform team's job. in the end the project got
      paused""",
      flags=("blame", "vague", "no-quantified-impact"), maybe=("no-mlops-intersection",),
      follow_ups=("do-differently", "biggest-learning")),
    J("challenging-project", "wine-club-ds-only", "off-target", W, 1, H,
      """The most challenging project was a customer lifetime value model for an online wine club.
      The data was very noisy and imbalanced, so I spent a lot of time on feature engineering
      (recency, frequency and monetary features, wine preferences) and tried XGBoost, LightGBM and
      a neural network. Hyperparameter tuning with Optuna made a big difference. In the end
      LightGBM performed best and the marketing team were happy with it.""",
      flags=("no-mlops-intersection", "no-quantified-impact"), maybe=("vague",),
      follow_ups=("biggest-learning", "do-differently")),
]
