"""A seventh labelled set of interview answers, written BLIND: the new untouched holdout.

Since the ninth scoring pass (2026-12-02) its errors have been read, so it is tuning data now; the rules
below describe how it was written. The untouched holdout is ``judgement_answers_fresh7``.

Provenance and rules
--------------------
* Written blind by a separate helper session on 2026-12-02. That session read only: the interview
  guide (shared/seed/000_03ac0d1b1b231269.txt, all of it); in ``questions/guide.toml`` the question
  ids and prompts, the red-flag ids and wording and the follow-up ids and wording (printed by a
  small ``tomllib`` script); the module docstring, ``KINDS`` / ``CORE_KINDS`` / ``STORY_KINDS`` /
  ``QUESTIONS`` constants, ``Judged`` dataclass, ``J`` helper and ``W, S, T, H`` constants of
  ``judgement_answers.py`` (``sed -n '1,/^ANSWERS/p'``, not its answers); and the module docstrings
  and import lines of ``judgement_answers_fresh5.py``, ``judgement_answers_fresh4.py``,
  ``judgement_answers_fresh3.py``, ``judgement_answers_fresh2.py`` and ``judgement_answers_fresh.py``
  (the same ``sed`` range, which stops at the ``ANSWERS`` line: none of their answers).
* Reading slips, stated honestly: before printing the fields above, a structure-only ``tomllib``
  script printed the *names of the keys* of ``guide.toml`` (``category`` with ``id`` / ``label``;
  ``question`` with ``id``, ``category``, ``source``, ``kind``, ``level``, ``target_seconds``,
  ``prompt``, ``why``, ``framework``, ``stages``, ``concept``, ``red_flag``, ``follow_up``) and the
  key names of one red-flag table (``id``, ``text``, ``rule``) and one follow-up table (``id``,
  ``text``, ``stages``, ``target_seconds``, ``trigger``, ``concept``), but none of their values: no
  concepts, aliases, descriptions, examples, misconceptions, rules, cues or triggers were seen. An
  ``ls`` of ``tests/`` (run together with the docstring ``sed``) showed the *file names* of the
  other tests, but none of their content; a second ``ls`` confirmed this file did not exist yet.
* The session did not read ``voice_interviewer/``, ``benchmarks/``, ``scripts/``, other tests,
  README files, the git log or git diffs, or the answers of any other ``judgement_answers*.py``
  file, ran no git command, and did not run ``voice-interviewer score``, any scorer, benchmark or
  test on these answers. The only thing run on this file was a structural well-formedness check
  written by this session (the module imports, ids unique, kinds in ``KINDS``, splits are
  holdout, flag and follow-up ids exist among the guide's red-flag / follow-up ids of that
  question, impact / not_impact phrases occur in the text, ``equal_to`` targets exist with the same
  tier, plus a style / kind tally and word counts); it scores nothing, it found no error, and no
  label was changed after it.
* This is the UNTOUCHED HOLDOUT. Never tune on it: do not read individual answers while changing the
  scorer, and do not add rules, aliases or cues inspired by it. Use it only to measure.
* The labels were written together with each answer, before anything was scored, and are what a
  careful human interviewer reading the guide would decide. They must NEVER be edited after scoring:
  if the scorer disagrees, the scorer is what changes (or the disagreement is reported). A label that
  was genuinely wrong may only be fixed in its own commit that says why, never to make a test or a
  figure look better.
* Every answer is ``split == "holdout"``.

Field meanings are those of ``judgement_answers.py`` (``Judged`` / ``J``). Per question there are 8
answers, imagined as 8 different candidates in industries not used by the earlier sets (mining,
airline fare pricing, e-learning and language learning, food-delivery ETA, semiconductor wafer
inspection, public transport, property valuation, hotel cancellations, cybersecurity and email
security, water utilities, railway track inspection, news personalisation, car sharing, recycling,
support-ticket routing, used-car pricing, wildfire detection from satellite images, sports media,
elevator maintenance, airport flight delays, smart thermostats, car rental, bike share, chemical
plants, fitness apps, power-tool warranty, vacation rentals, city parking, e-scooters, concert
ticketing, steel making, restaurant bookings, music streaming): a solid keyword answer that names
tools; a plain-words answer of the same substance (``paraphrase``, ``equal_to`` the keyword answer,
same tier); a partial answer that is good on most of the framework but has one clear gap (kind
``keyword`` or, where it runs on tools the guide does not name, ``other-tools``); a confident
misconception (some subtle, mixed into otherwise good content); a spoken answer; a numbers-heavy
answer (results in ``impact``; thresholds, traffic shares, counts, durations, sizes and the size of
the original problem in ``not_impact``); a negated or disowning answer ("we never got round to it",
"that's the platform team's job"); and a weak, off-target or tool-salad answer. For
challenging-project the partial slot is a ``plain-result`` story (result in plain words, no numbers)
and the spoken slot a ``reordered`` one (result first, situation last). 28 of the 56 answers are in
spoken style.
"""

from __future__ import annotations

from judgement_answers import H, J, Judged, S, W

ANSWERS: list[Judged] = [
    # ------------------------------------------------------------------ lifecycle
    J("lifecycle", "mining-haul-keyword", "keyword", W, 5, H, """
        At the mine we built failure-prediction models for haul trucks from engine telemetry, so
        I'll walk through that lifecycle. It starts with ingestion: sensor data lands in S3, we
        validate it and build features such as rolling oil-temperature and vibration statistics,
        and both the raw snapshots and the feature tables are versioned with DVC so any training
        run points at an exact data version. Experimentation happens in notebooks, but every run
        is tracked in MLflow — parameters, metrics, the data hash — and the candidate we pick is
        registered in the MLflow model registry with a version number. From there CI/CD takes
        over: a GitLab CI pipeline runs unit tests, data-schema checks and an evaluation gate
        against the current production model, then packages the model into a Docker image.
        Deployment is to Kubernetes, first as a canary on a couple of trucks' data streams, then a
        full rollout; for the dispatch model we ran an A/B test. That's the line between a
        notebook experiment and a production system: tested, packaged, reproducible and
        rollback-able. In production we monitor data drift on the sensor distributions, precision
        and recall once maintenance records come back, and infrastructure health with Prometheus
        and Grafana. When drift crosses a threshold, or monthly anyway, an automated retraining
        job kicks off and the new model goes through the same gates. Overall that cut model
        deployment time by about 70%.
        """,
      follow_ups=("rollback", "feature-store", "drift"),
      impact=("cut model deployment time by about 70%",)),
    J("lifecycle", "mining-haul-paraphrase", "paraphrase", S, 5, H, """
        so at the mine we predicted when the big haul trucks were going to break down from their
        engine sensor readings, and i'll go through how a model lived its whole life there. first
        the raw readings come in and we check they look sane and turn them into useful inputs,
        like how hot the oil has been running over the last few hours, and we keep a labelled
        snapshot of exactly which data went into each training run so we can always get back to
        it. then when people try out ideas every attempt gets written down automatically, the
        settings, the scores and which data snapshot it used, and the one we pick gets a number
        and goes into a shared catalogue of approved models. after that it's all automatic, every
        change gets checked, the inputs get checked against what we expect, the new model has to
        beat the one that's live on held back data, and then it gets sealed up in a self
        contained package with everything it needs to run. we put it live on our group of servers
        but only for a couple of trucks at first and then everyone, and for the dispatch model we
        split the fleet in two to compare old and new. that's really what separates a notebook
        experiment from something you can run a mine on. once it's live we watch whether the
        sensor readings start looking different from what it learned on, how often its warnings
        were right once the repair records come back, and whether the servers are healthy, and
        when the inputs have shifted too far, or once a month anyway, it learns again on fresh
        data and goes through the same checks. all in all getting a model live took about 70%
        less time
        """,
      follow_ups=("rollback", "feature-store", "drift"),
      impact=("about 70% less time",),
      equal_to="mining-haul-keyword"),
    J("lifecycle", "elearning-dropout-othertools", "other-tools", W, 3, H, """
        I work on an online-learning platform where we predict which students are about to drop a
        course so tutors can reach out. Our lifecycle is built on Metaflow: a flow pulls clickstream
        and quiz events from the warehouse, engineers features like days since last login and quiz
        streaks, trains a gradient-boosted model and logs every run to Weights & Biases, where we
        compare experiments and promote the winner by tagging its model artifact. Promotion
        triggers a Buildkite build that runs tests, builds the serving image and hands it to Argo
        CD, which rolls it out through Seldon Core on our cluster — Seldon lets us send a slice of
        traffic to the new model first and compare intervention rates before shifting everything.
        In production, Evidently reports compare live feature distributions with the training set
        every night, and tutors' outcome labels come back after two weeks so we can compute recall.
        If drift is flagged or recall drops, the same Metaflow flow re-runs on the latest data. The
        part experiments never need and production does is exactly this: gated promotion, gradual
        rollout, and rollback by pointing Argo CD at the previous release. One thing we don't do is
        keep versions of the training data itself — the flow reads whatever is in the warehouse on
        the day it runs.
        """,
      flags=("omits-crucial-steps",),
      follow_ups=("feature-store", "drift", "rollback"),
      not_impact=("after two weeks",)),
    J("lifecycle", "airline-fares-misconception", "misconception", S, 2, H, """
        right so at the airline i was on the fare pricing side, the models that suggest price
        buckets per route. the lifecycle for us is, data comes from the booking system into the
        lake, we build features, train in sagemaker, every experiment goes into mlflow and the
        model gets registered, then jenkins builds the docker image and we deploy on kubernetes
        with a canary on a few routes first. and the thing i'm actually proud of is we retrain
        every single night, fully automated, so honestly we don't need drift monitoring at all,
        the model is never more than a day old so it can't drift, drift is really a problem for
        teams that retrain like quarterly. we do keep grafana dashboards for latency and errors on
        the endpoint and that's been enough. um and data versioning we kind of get from the lake
        since it's partitioned by date.
        """,
      flags=("omits-crucial-steps",),
      follow_ups=("drift", "rollback"),
      misconception="frequent automated retraining removes the need to monitor drift or model quality"),
    J("lifecycle", "transit-arrivals-spoken", "spoken", S, 4, H, """
        um okay so, the lifecycle. at the transit authority we predict bus arrival times, like the
        countdown you see at the stop, so uh. it starts with the data, we get the gps pings from
        every bus plus the timetable, and we clean that up, build features like, you know, how
        late the bus was at the previous stops, time of day, weather. and we snapshot the training
        data with DVC so each model knows which data it came from. then training, we um we track
        everything in MLflow, the runs, the metrics, and the model that wins goes in the registry.
        then there's a GitHub Actions pipeline that, it runs the tests and checks the new model
        isn't worse than the current one on last week's trips, and builds a Docker image, and that
        goes to our Kubernetes cluster, we usually put it on one or two routes first, kind of a
        canary, before all of them. and then monitoring, so we've got Grafana for the service
        itself, and we, we compare the predicted arrival to the actual arrival once the bus gets
        there, so the error per route, and we watch if the inputs change, like when there's
        roadworks or a new timetable the data just looks different. and when that happens or
        every couple of weeks, retraining kicks off automatically and it's the same path again. so
        yeah it's a loop, not a one-off.
        """,
      maybe=("no-production-distinction",),
      follow_ups=("drift", "rollback", "feature-store")),
    J("lifecycle", "food-delivery-eta-numbers", "numbers", W, 4, H, """
        For a food-delivery app I owned the courier ETA model. Data: about 40 million orders a
        month stream in through Kafka; we keep 90 days of features in a Feast feature store and
        version training snapshots with DVC — a typical snapshot is 120 GB. Training runs on 8
        GPUs and takes roughly 3 hours; every run goes into MLflow and the candidate is registered
        there. CI/CD in GitHub Actions blocks promotion if the mean absolute error is more than 2%
        worse than production on the last 14 days. The Docker image goes to Kubernetes as a canary
        at 5% of traffic for 48 hours, then 25%, then 100%. Monitoring uses Prometheus and Grafana
        with a p99 latency budget of 150 ms, plus a PSI drift check where anything above 0.2 pages
        the on-call; ETA error is computed as orders are delivered. Retraining is automated
        weekly, or early if drift fires. Before this, a model release took about 3 weeks of manual
        work. Results: releases now take 2 days, late-delivery complaints fell by 18%, and ETA
        error dropped from 6.1 to 4.3 minutes.
        """,
      maybe=("no-production-distinction",),
      follow_ups=("rollback", "drift"),
      impact=("releases now take 2 days", "late-delivery complaints fell by 18%",
              "ETA error dropped from 6.1 to 4.3 minutes"),
      not_impact=("about 40 million orders a month", "90 days", "120 GB", "8 GPUs",
                  "roughly 3 hours", "more than 2% worse", "last 14 days", "5% of traffic",
                  "48 hours", "25%", "100%", "p99 latency budget of 150 ms", "above 0.2",
                  "about 3 weeks of manual work")),
    J("lifecycle", "wafer-yield-negated", "negated", S, 2, H, """
        so i was on the yield team at a chip fab, we had models that flag wafers likely to fail
        final test. honestly the lifecycle for us was mostly the training part. we looked at
        mlflow for experiment tracking but we never adopted it, people kept results in
        spreadsheets. data versioning, we never got round to it, the fab data warehouse is what it
        is. deployment was the platform team's job, they'd take my pickle file and wrap it
        somehow, i think in docker, not sure. monitoring was also theirs, i'd hear about it if the
        yield engineers complained. and retraining, we talked about automating it but it stayed a
        manual thing whenever someone had time.
        """,
      flags=("omits-crucial-steps", "stages-not-connected"),
      maybe=("generic-no-tools", "no-production-distinction"),
      follow_ups=("drift", "rollback", "feature-store")),
    J("lifecycle", "property-toolsalad-weak", "weak", W, 1, H, """
        For property valuation we used the whole stack: Python, Pandas, scikit-learn, XGBoost,
        MLflow, DVC, Airflow, Docker, Kubernetes, Jenkins, Prometheus, Grafana, SageMaker, Feast,
        Great Expectations and Evidently. Basically data goes in, the model gets trained, deployed
        and monitored with those tools, and it gets retrained. MLOps is about automating
        everything end to end.
        """,
      flags=("generic-no-tools",),
      maybe=("stages-not-connected", "no-production-distinction", "omits-crucial-steps"),
      follow_ups=("drift", "feature-store", "rollback")),

    # ------------------------------------------------------------------ reproducibility
    J("reproducibility", "hotel-cancel-keyword", "keyword", W, 5, H, """
        At a hotel group we predicted booking cancellations for overbooking decisions, and an
        auditor could ask us to rebuild any pricing decision, so reproducibility was
        non-negotiable. Code lives in Git and every training run is launched from a tagged commit.
        Data is versioned with DVC: the dataset snapshot's hash sits in the repo next to the code,
        and the actual files sit in S3 with bucket versioning turned on. Models go into the MLflow
        model registry, and each registered version records the Git commit, the DVC data hash,
        hyperparameters, random seeds and metrics, so the lineage is a single lookup. Environments
        are pinned twice: a locked Conda environment file for the Python packages, and training and
        serving Docker images referenced by digest, because a model trained on one library version
        and served on another can quietly produce different probabilities. That last point bit us
        once — a pandas upgrade changed how a date feature was parsed. When a cancellation model's
        precision fell last year, we checked out the commit, pulled the DVC snapshot and the exact
        image, re-ran training, got the same metrics bit-for-bit, and could then diff feature by
        feature against the new data to find a broken upstream field. A backup would have given us
        the old model file; it could never have told us why it behaved the way it did.
        """,
      follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "hotel-cancel-paraphrase", "paraphrase", W, 5, H, """
        At a hotel group we forecast which bookings would be cancelled so the revenue team could
        overbook safely, and auditors could ask us to rebuild any pricing decision from the past,
        so being able to recreate a model exactly was essential. Every training run starts from a
        labelled point in our code history, never from someone's uncommitted changes. The training
        data is frozen as a snapshot with a fingerprint, and that fingerprint is saved alongside
        the code, while the files themselves sit in cloud storage that keeps every earlier copy.
        Each finished model goes into a central catalogue where its entry records which code,
        which data snapshot, which settings and random seeds and which scores it came from, so the
        whole family tree is one lookup. The software around the model is pinned too: an exact
        list of library releases, and sealed, self-contained images for both training and serving
        that are referenced by their fingerprint, because a model trained with one library release
        and served with another can quietly give different probabilities — a change in how a date
        column was read once caught us out. When a cancellation model started making worse calls
        last year we rebuilt the old one from those records, got identical scores, and then
        compared its inputs against the new data until we found a broken field upstream. A copy of
        the old model file alone would have told us nothing about why.
        """,
      follow_ups=("large-datasets", "dependencies", "model-card"),
      equal_to="hotel-cancel-keyword"),
    J("reproducibility", "intrusion-detect-partial", "keyword", S, 3, H, """
        so for our intrusion detection models, the ones scoring network flows for suspicious
        activity, we version three things. code in git obviously, data with DVC, the flow logs are
        huge so DVC just keeps pointers and the files are in S3, and the models in the MLflow
        registry. and the important bit is they're linked, when you open a model version in MLflow
        it shows the git commit and the DVC revision it was trained on, we made that mandatory in
        the training script, it refuses to log a model without them. so when the SOC team asked
        why a model missed a particular attack pattern back in the spring, we could check out that
        exact commit and data and retrain it and look at what it had seen. the environment side,
        honestly, it's whatever python is on the training box, we've never pinned that.
        """,
      flags=("environment-ignored",),
      follow_ups=("dependencies", "large-datasets", "model-card")),
    J("reproducibility", "leak-detect-misconception", "misconception", W, 2, H, """
        I built leak-detection models for a water utility, using pressure and flow readings from
        sensors across the network. For reproducibility we cover all the layers. Code is in Git,
        datasets are versioned with DVC, and models are registered in MLflow with their run
        parameters. The environment is handled by Docker: because the Dockerfile is committed to
        Git, the environment is versioned along with the code, so any model can be rebuilt
        identically years later — that's the beauty of containers. Our Dockerfile starts from
        python:latest and pip-installs our requirements, so we always get security fixes for free
        while keeping the environment reproducible. We also fix the random seed in every training
        script, and with code, data and container all under version control we've never had a
        problem reproducing a model.
        """,
      maybe=("environment-ignored",),
      follow_ups=("dependencies", "large-datasets"),
      misconception="a Dockerfile in Git with a floating base image and unpinned installs versions the environment"),
    J("reproducibility", "rail-inspection-spoken", "spoken", S, 4, H, """
        uh yeah so reproducibility, um. we do railway track inspection, there's cameras under the
        inspection trains and the model finds cracks and, you know, missing fasteners. so the
        images, there's a lot of them, we version those with, uh, we tried DVC and it was slow
        with millions of small files so we ended up using S3 versioning plus a manifest file, like
        a list of image keys, that's committed to git with the code. so the manifest is basically
        the dataset version. and models go to the MLflow registry with the, with the git sha
        tagged. and for the environment we build a Docker image for training and the same base for
        inference so it's the same CUDA and same torch. the one time it really mattered was uh,
        the recall dropped after a retrain and we could rebuild the previous model from the
        manifest and compare, turned out a batch of images were labelled wrong. so yeah.
        """,
      follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "news-recs-numbers", "numbers", S, 4, H, """
        okay so at the news site we had the article recommender and we have to be able to
        reproduce it because of, um, editorial complaints. numbers-wise, the click logs are about
        2 terabytes a day, so we don't copy them, we version them with Delta Lake time travel and
        DVC tracks the pointer, and we keep 30 days of snapshots. we've got about 60 model versions
        in the MLflow registry right now, each tagged with the git commit and the delta table
        version. environment, every training job runs in a Docker image pinned by digest and the
        python lockfile has around 140 pinned packages. before we did this, um, reproducing an old
        model took about a week and maybe half the time it didn't match, and we used to have about
        5 unexplained regressions a quarter. now we can rebuild any model in under 2 hours, the
        metrics match to the fourth decimal, and unexplained regressions dropped to zero.
        """,
      follow_ups=("large-datasets", "model-card", "dependencies"),
      impact=("rebuild any model in under 2 hours", "unexplained regressions dropped to zero"),
      not_impact=("about 2 terabytes a day", "30 days of snapshots", "about 60 model versions",
                  "around 140 pinned packages", "took about a week",
                  "maybe half the time it didn't match",
                  "about 5 unexplained regressions a quarter")),
    J("reproducibility", "car-sharing-negated", "negated", W, 2, H, """
        On the car-sharing demand models, reproducibility was honestly thin. Code was in Git, and
        that was really the only thing versioned. We trialled DVC for a sprint but didn't adopt it
        because the data engineers said the warehouse was the source of truth — which meant a
        table could change under us. A model registry was on the roadmap, but we never set one up;
        models were pickles in a shared folder with dates in the filenames. Environments weren't
        pinned either; everyone had their own virtualenv. We did have nightly backups of the model
        folder, so nothing was ever lost, but when someone asked us to rebuild last quarter's model
        we couldn't get the same numbers.
        """,
      flags=("code-only", "environment-ignored"),
      maybe=("tool-unfamiliar",),
      follow_ups=("large-datasets", "dependencies")),
    J("reproducibility", "recycling-weak", "weak", S, 1, H, """
        um, for the recycling sorter we just, we keep everything in git, and we take backups of
        the models every night so we can always go back to an old one if something breaks. so
        it's reproducible. yeah that's basically it.
        """,
      flags=("code-only", "backups-confusion"),
      maybe=("tool-unfamiliar", "environment-ignored"),
      follow_ups=("large-datasets", "dependencies", "model-card")),

    # ------------------------------------------------------------------ ml-cicd
    J("ml-cicd", "wafer-defects-keyword", "keyword", W, 5, H, """
        At a semiconductor fab we classify defects on wafer inspection images, and our CI/CD had to
        handle things normal software pipelines never see. Ordinary CI is about code: lint, unit
        tests, build, deploy. We kept all of that in GitLab CI but added three ML-specific stages.
        First, data validation: each new batch of labelled images is checked with Great
        Expectations rules for class balance, image resolution and label schema, and the job fails
        if a new tool's images arrive with different dimensions. Second, training and evaluation:
        a Kubeflow Pipelines run retrains the model in a container on the GPU nodes, then an
        evaluation step compares it with the production model on a frozen, versioned golden set —
        it has to match or beat recall on the critical defect classes and must not regress for any
        tool or layer, which is our version of a bias check. Third, packaging and registration: the
        model goes into the MLflow registry, and a Docker image with the exact inference stack is
        built and scanned. Deployment then goes to Kubernetes as a shadow model first, scoring live
        images without affecting decisions, then as a canary on one production line. Releases used
        to take about two weeks of hand-offs; now a model ships in one day.
        """,
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("now a model ships in one day",),
      not_impact=("about two weeks of hand-offs",)),
    J("ml-cicd", "wafer-defects-paraphrase", "paraphrase", S, 5, H, """
        so at the chip fab we sort defects on the wafer inspection pictures, and the way we
        automate releases is different from normal software in a few ways. for normal software you
        check the code style, run the small tests, build it and ship it, and we still do all of
        that, but we added three extra steps. the first one checks the new labelled pictures before
        anything else, are the classes still roughly balanced, is the picture size what we expect,
        are the labels in the right format, and it stops everything if say a new inspection
        machine starts sending pictures in a different size. the second step teaches the model
        again on our graphics card machines inside a sealed, self contained package, and then
        grades it against the model that's live on a fixed reference set that never changes, it
        has to catch the critical defect types at least as well and not get worse for any machine
        or any layer of the chip, that's how we make sure it's fair across the line. third, the
        approved model gets a number in our model catalogue and we build a sealed package with
        exactly the software it needs to run and scan it for security holes. then it goes onto our
        servers where it first quietly scores real pictures without its answers being used, and
        then it makes real decisions on one production line before the rest. releases used to take
        about two weeks of hand-offs, now a model ships in one day.
        """,
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("now a model ships in one day",),
      not_impact=("about two weeks of hand-offs",),
      equal_to="wafer-defects-keyword"),
    J("ml-cicd", "ticket-routing-othertools", "other-tools", W, 3, H, """
        We route customer-support tickets to the right queue with a text classifier, and its CI/CD
        runs on CircleCI and Prefect. A pull request triggers the usual code checks plus Deepchecks
        suites on the latest labelled tickets: label distribution, text length, duplicates between
        train and test, and categories the model has never seen. If those pass, a Prefect flow
        retrains the model, logs it to Weights & Biases and evaluates it against the current model
        on a held-out month of tickets — macro-F1 can't drop, and no queue's recall may fall by
        more than a point, so small teams don't get starved of tickets. The approved model is
        zipped with its tokenizer and uploaded to our serverless function, and we flip an alias so
        it goes live, keeping the old alias for instant rollback. The difference from software
        CI/CD is that the data and the model's behaviour are tested, not only the code, and a
        green build can still be blocked by a worse model.
        """,
      flags=("no-containers",),
      follow_ups=("ab-canary", "pipeline-metrics", "pipeline-challenge")),
    J("ml-cicd", "used-car-misconception", "misconception", W, 2, H, """
        For our used-car price estimator the CI/CD is in GitHub Actions and it's quite ML-aware.
        Every merge runs unit tests and a data-validation job that checks the listing data for
        schema changes, missing mileage and impossible prices. Then the pipeline retrains the
        model on the full dataset and runs the quality gate: if the R-squared on that training data
        is higher than the production model's, the new model is better and gets promoted — we
        deliberately use all the data for the gate, because holding some back just wastes examples
        and makes the number noisier. The model is packaged into a Docker image, pushed to ECR and
        rolled out on EKS with a rolling update. So compared with normal CI/CD we added data checks
        and a model gate, and containers keep the environments identical.
        """,
      maybe=("no-automated-testing",),
      follow_ups=("pipeline-metrics", "ab-canary"),
      misconception="the model quality gate can be measured on the training data, no held-out set needed"),
    J("ml-cicd", "next-lesson-spoken", "spoken", S, 3, H, """
        okay so um, CI/CD for ML, the big difference is, with normal software the thing you're
        testing is the code, but with ML the, the behaviour comes from the data too, so you have to
        test the data and the model and not just the code. so at the, at the e-learning company
        where we recommend the next lesson, we had Jenkins, and on top of the normal unit tests we
        added a step that checks the new training data, like are there nulls, did the number of
        lessons suddenly change, that sort of thing. and then it trains, and there's an evaluation
        step that, um, compares against the current model on a holdout set and if it's worse it
        just stops. then it builds a Docker image and deploys to the Kubernetes cluster, uh,
        staging first and then prod. we didn't really do canaries, it was staging then everything.
        so yeah, I think the main thing is, you know, you're testing three things not one.
        """,
      follow_ups=("ab-canary", "pipeline-metrics", "pipeline-challenge")),
    J("ml-cicd", "airline-fares-numbers", "numbers", W, 4, H, """
        At an airline, our fare-pricing models ship through GitLab CI plus SageMaker Pipelines.
        Each run validates about 25 million booking records against 60 data-quality expectations;
        more than 0.5% nulls in any fare-class column fails the build. Training takes about 90
        minutes on 4 ml.p3.2xlarge instances. The evaluation gate requires a revenue-per-seat
        uplift of at least 0.3% in an offline replay over the last 8 weeks of bookings, with no
        route group worse by over 1%. The model is packaged in a Docker image and deployed to EKS
        as a canary on 10% of routes for 7 days. When I joined, a release took 6 weeks and needed
        sign-off from 4 teams. After the pipeline went in, release time fell to 3 days, we shipped
        14 model updates in the first year instead of 2, and the canary caught 3 bad models before
        they reached full traffic.
        """,
      follow_ups=("pipeline-metrics", "pipeline-challenge", "ab-canary"),
      impact=("release time fell to 3 days",
              "we shipped 14 model updates in the first year instead of 2",
              "the canary caught 3 bad models before they reached full traffic"),
      not_impact=("about 25 million booking records", "60 data-quality expectations",
                  "more than 0.5% nulls", "about 90 minutes", "4 ml.p3.2xlarge instances",
                  "at least 0.3%", "last 8 weeks of bookings", "over 1%", "10% of routes",
                  "7 days", "a release took 6 weeks", "4 teams")),
    J("ml-cicd", "mining-dispatch-negated", "negated", S, 2, H, """
        so at the mining company we had um jenkins for the dispatch software and the models kind of
        went through the same thing, it was the same pipeline as any other service. data
        validation we never got round to, the idea was there but it never got prioritised. model
        evaluation in the pipeline, no, the data scientists checked the metrics in their notebook
        before handing over the file. kubeflow we looked at but didn't adopt, it felt too heavy.
        the docker and kubernetes side was the platform team's job, i didn't really touch that.
        so, yeah, it worked, but it was basically software CI with a model file in it.
        """,
      flags=("same-as-software", "no-automated-testing"),
      maybe=("no-containers", "tools-unexplained"),
      follow_ups=("pipeline-challenge", "pipeline-metrics", "ab-canary")),
    J("ml-cicd", "proptech-branching-offtarget", "off-target", S, 1, H, """
        yeah so for CI/CD, at the proptech company, i'm a big believer in trunk based development,
        so, short lived branches, every pull request needs two approvals, and we have pre-commit
        hooks for black and flake8 and mypy. um, we use semantic versioning for releases and
        conventional commits so the changelog writes itself. and the main thing is to keep the
        build fast, like under ten minutes, otherwise people stop running it. so that's how we do
        CI/CD.
        """,
      flags=("same-as-software", "no-automated-testing", "no-containers"),
      maybe=("tools-unexplained",),
      follow_ups=("pipeline-metrics", "pipeline-challenge", "ab-canary")),

    # ------------------------------------------------------------------ iac-containers
    J("iac-containers", "transit-ridership-keyword", "keyword", W, 5, H, """
        At the transit agency I owned the infrastructure for our ridership forecasting and
        bus-bunching models. Everything is Terraform: the VPC, S3 buckets for data and artifacts,
        the EKS cluster with separate CPU and GPU node groups, IAM roles, and the managed Postgres
        behind MLflow. It lives in modules with remote state in S3 and a DynamoDB lock, and every
        change goes through a plan in the pull request, so staging and production are built from
        the same code and a new environment is a variable file, not a ticket. Each model is
        containerised with Docker: a slim base image, pinned Python dependencies, the model
        artefact baked in, and a health endpoint. That removes the 'works on my laptop' problem —
        the image the tests passed on is exactly what serves traffic, and the CUDA and library
        versions travel with the model. Kubernetes then runs the containers: Deployments with
        resource requests and limits, a Horizontal Pod Autoscaler on request rate for the morning
        peak, readiness probes so a bad pod never gets traffic, and automatic restarts when a pod
        dies. Batch retraining runs as Kubernetes Jobs on GPU nodes that scale to zero at night.
        Moving from hand-built VMs to this cut our monthly cloud bill by about 35%, and a new model
        service now goes from merge to production in under an hour.
        """,
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("cut our monthly cloud bill by about 35%",
              "goes from merge to production in under an hour")),
    J("iac-containers", "transit-ridership-paraphrase", "paraphrase", W, 5, H, """
        At the transit agency I was responsible for the machinery under our ridership forecasts and
        the model that spots buses bunching together. None of our cloud setup is clicked together
        by hand: the private network, the storage for data and trained models, the group of
        machines — ordinary ones and graphics-card ones kept apart — the access permissions, and
        the database behind our experiment log are all written down as code in reusable building
        blocks, with a shared, locked record of what currently exists. Every change shows a preview
        of what it will create or destroy inside the code review, so the test and live setups come
        from the same files, and a new setup is a short settings file rather than a request to
        another team. Each model is shipped as a sealed, self-contained package: a small base
        system, exact library releases, the trained model inside and a simple 'are you alive'
        check. That ends the 'it worked on my laptop' problem, because the package that passed the
        tests is exactly the one answering real requests, and the graphics libraries travel with
        the model. A scheduler spreads those packages across the machines, gives each one a fixed
        share of processor and memory, adds copies automatically as requests climb for the morning
        rush, holds traffic back from any copy that isn't ready yet, and restarts copies that
        crash. Nightly retraining runs as one-off tasks on the graphics-card machines, which shrink
        to none when idle. Moving off hand-built servers cut our monthly cloud bill by about 35%,
        and a new model service now goes from merge to production in under an hour.
        """,
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("cut our monthly cloud bill by about 35%",
              "goes from merge to production in under an hour"),
      equal_to="transit-ridership-keyword"),
    J("iac-containers", "wildfire-compose-partial", "keyword", S, 3, H, """
        right so for the wildfire detection work, we run models over satellite images to spot new
        fire hotspots. the infrastructure is all Terraform, we've got modules for the storage
        buckets, the GPU VMs, the networking and the IAM, and changes go through terraform plan in
        CI so nobody clicks around in the console. um and every model is a Docker image, the image
        has the exact GDAL and PyTorch versions because geospatial libraries are a nightmare to
        install, so the container is really what makes it reproducible, the same image runs in
        testing and in production. for running them though we just use Docker Compose on a couple
        of big GPU VMs that Terraform creates, there's no Kubernetes or anything, if a container
        dies we've got a restart policy and, you know, we scale by making the VM bigger. it's
        worked fine so far.
        """,
      flags=("docker-xor-kubernetes",),
      maybe=("generic-no-examples",),
      follow_ups=("managed-vs-self-hosted", "resource-utilization", "secrets")),
    J("iac-containers", "sports-highlights-misconception", "misconception", S, 2, H, """
        yeah so at the sports media company we generate highlight clips automatically, there's a
        model that detects goals and big moments in the broadcast. infrastructure is Terraform for
        the GKE cluster and the GPU node pools, and the buckets. and for the containers, the way i
        think about Docker is it's basically a lightweight VM, each container brings its own
        kernel, so we install the exact NVIDIA driver inside the image, that way the image is fully
        self contained and it doesn't matter what the node has. then Kubernetes schedules them onto
        the GPU nodes, we use the autoscaler so on a big match night it scales up. we had some
        driver mismatch crashes at first but we fixed those by rebuilding the image with a newer
        driver.
        """,
      maybe=("container-benefits-missing", "generic-no-examples"),
      follow_ups=("resource-utilization", "managed-vs-self-hosted", "secrets"),
      misconception="containers carry their own kernel, so the GPU driver belongs inside the image"),
    J("iac-containers", "elevator-aks-spoken", "spoken", S, 4, H, """
        um so IaC, yeah, we, at the elevator company, we have these models that predict when a
        lift's door motor is going to fail from the, uh, the sensor data. and the infra is all in
        Terraform, we, i wrote most of the modules actually, the AKS cluster, the storage accounts,
        key vault, all that. and uh, so the models get packaged as Docker images, that's, you know,
        so the dependencies are locked and what we tested is what runs, and then they run on AKS,
        on Kubernetes, with the, um, the horizontal autoscaler, because the scoring load is really
        spiky when the big batch of telemetry comes in in the morning. and the nice thing was, when
        we had to stand up a second region for, um, for the buildings in Asia, it was basically,
        you copy the tfvars file, change the region, apply, and like a day later it was running,
        instead of the weeks it took the first time. so yeah, that's my experience there.
        """,
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("a day later it was running",),
      not_impact=("the weeks it took the first time",)),
    J("iac-containers", "ore-grade-numbers", "numbers", W, 4, H, """
        At a mining company I ran the platform for our ore-grade and equipment-health models.
        Terraform manages 3 environments from one codebase — about 180 resources each, in 14
        modules — with state in S3 and a plan required on every pull request. We run 22 model
        services as Docker images, each kept under a 900 MB image-size limit, on an EKS cluster
        with 12 to 40 CPU nodes and a GPU pool of up to 8 g5 instances that scales to zero outside
        the 6-hour nightly training window. Pods request 2 vCPU and 4 GiB by default and the HPA
        targets 70% CPU. Before this, models ran on 30 hand-configured VMs and provisioning a new
        environment took roughly 3 weeks. Now a new environment comes up in 45 minutes, compute
        spend dropped 41%, and failed deployments went from one in five releases to under 2%.
        """,
      follow_ups=("secrets", "resource-utilization", "managed-vs-self-hosted"),
      impact=("a new environment comes up in 45 minutes", "compute spend dropped 41%",
              "failed deployments went from one in five releases to under 2%"),
      not_impact=("3 environments", "about 180 resources each", "14 modules",
                  "22 model services", "900 MB image-size limit", "12 to 40 CPU nodes",
                  "up to 8 g5 instances", "6-hour nightly training window", "2 vCPU and 4 GiB",
                  "70% CPU", "30 hand-configured VMs", "roughly 3 weeks")),
    J("iac-containers", "course-recs-negated", "negated", W, 2, H, """
        At the e-learning company the infrastructure was owned by a central platform team, so my
        exposure to Terraform is mostly reading it — I've never written a module myself, and when
        I needed a new bucket I filed a ticket. We did containerise our course-recommendation model
        with Docker, because the data scientists' notebooks never ran the same way twice.
        Kubernetes we looked at, but we never adopted it; the containers run on two fixed VMs
        behind a load balancer, and scaling means someone resizes the VMs. It has been stable
        enough, though I can't really say what it saved us.
        """,
      flags=("no-iac", "docker-xor-kubernetes"),
      maybe=("generic-no-examples",),
      follow_ups=("managed-vs-self-hosted", "secrets", "resource-utilization")),
    J("iac-containers", "threat-detect-toolsalad", "weak", S, 1, H, """
        yeah so i've used, um, terraform, pulumi, ansible, cloudformation, docker, podman,
        kubernetes, openshift, helm, kustomize, argo, istio, all of those, at the security company
        for the threat detection stuff. basically infrastructure as code and containers, it's all
        about, you know, automation and scalability. so yeah i'm very comfortable with that whole
        ecosystem.
        """,
      flags=("generic-no-examples", "container-benefits-missing"),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization")),

    # ------------------------------------------------------------------ monitoring
    J("monitoring", "flight-delay-keyword", "keyword", W, 5, H, """
        At the airport operator we predict which flights will be delayed so gates and ground crews
        can be re-planned, and I split monitoring into three layers. Infrastructure and service
        health: the prediction service exports CPU, memory, request latency and error rates to
        Prometheus, with Grafana dashboards and alerts on p95 latency. Data quality: every
        incoming batch of schedule and weather features is checked for missing values,
        out-of-range values and schema changes, and the distributions are compared with the
        training data using PSI and KS tests in Evidently — that's how we catch data drift, for
        example when an airline changed how it reported turnaround times. Model performance:
        actual delays arrive a few hours later, so we join them back and track precision, recall
        and F1 per airline and per terminal, which also shows whether the model has become biased
        against small carriers. When the relationship itself changes — say a new ground-handling
        contractor makes the same inputs lead to different delays — that's concept drift, and it
        only shows up in the performance metrics, not in the input distributions. Alerts go
        through Alertmanager with thresholds set from a few weeks of baseline: drift alerts open a
        ticket for the model owner, a performance drop below the agreed floor pages the on-call and
        triggers a retraining run, and every alert links to a runbook.
        """,
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      not_impact=("p95 latency",)),
    J("monitoring", "flight-delay-paraphrase", "paraphrase", S, 5, H, """
        so at the airport operator we predict which flights are going to be late so the gates and
        the ground crews can be re-planned, and i'd say we watch three layers. first, is the
        service itself healthy, so how busy the machines are, how much memory, how long each
        answer takes and how many requests fail, all of that goes onto charts and we get paged if
        the slowest answers get too slow. second, is the incoming data still what the model was
        built on, so every batch of schedule and weather inputs gets checked for empty fields,
        impossible values, columns changing, and we compare the spread of each input against what
        it looked like when we trained, that's how we noticed when one airline changed how it
        reported its turnaround times. third, is the model actually still right, the real delays
        come in a few hours later so we match them back and look at how many of its late warnings
        were true and how many real delays it caught, broken down by airline and terminal, which
        also tells us if it's started treating the small carriers unfairly. and sometimes the
        inputs look exactly the same but they now lead to a different outcome, like when a new
        ground handling company took over, and you only see that in the correctness numbers, not
        in the inputs. for warnings, the limits come from a few weeks of normal behaviour, a shift
        in the inputs opens a ticket for whoever owns the model, a real drop in correctness below
        the level we agreed wakes up the on call person and starts a fresh training run, and every
        warning links to a written playbook.
        """,
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      equal_to="flight-delay-keyword"),
    J("monitoring", "valuation-no-alerts-partial", "keyword", W, 3, H, """
        For our automated property valuations I monitor two sides. On the system side, the
        valuation API reports latency, throughput, error rates and pod CPU and memory to
        Prometheus, and we look at them in Grafana. On the model side, we log every request and
        prediction, and SageMaker Model Monitor compares the live feature distributions — floor
        area, postcode, build year — against the training baseline, which catches data drift such
        as a sudden wave of new-build flats. Concept drift is harder: when interest rates moved,
        the same house features started mapping to lower prices, and we only saw it by comparing
        our valuations with actual sale prices as they were registered, tracking median absolute
        percentage error by region. We also check error by region and property type to see whether
        the model undervalues some neighbourhoods. All of this sits on a dashboard the team reviews
        every Monday.
        """,
      flags=("alerts-unexplained",),
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "thermostat-misconception", "misconception", S, 2, H, """
        um yeah so for the smart thermostat models, the ones that learn when people are home and
        pre-heat the house, we monitor a few things. the infra side is prometheus and grafana,
        latency, errors, memory, the usual. and then for the model, the main thing is concept
        drift, which we detect by running a KS test on every input feature every day against the
        training data, so like outdoor temperature, occupancy signals, and if the p-value goes
        under 0.05 that's concept drift and we retrain. and data drift is more like, when the data
        pipeline breaks, you get nulls or a column goes missing, so we have great expectations
        checks for that. we alert on both into slack. we don't really track accuracy live because
        the ground truth is fuzzy, but the drift checks cover that.
        """,
      flags=("no-drift",),
      follow_ups=("drift-difference", "when-to-retrain", "false-positives"),
      misconception="a KS test on input features detects concept drift, and drift checks replace tracking accuracy",
      not_impact=("p-value goes under 0.05",)),
    J("monitoring", "car-rental-spoken", "spoken", S, 3, H, """
        so monitoring, um, there's two halves really. the boring half is, uh, is the service up, so
        we have Datadog on the pricing service, CPU, memory, response time, that kind of thing, and
        it pages if it's down. and the, the ML half, which, at the car rental company, the model
        sets daily rates per branch, and so we look at, um, the prediction error once we know what
        actually got booked, and we look at whether the inputs shift, like, you know, when a big
        event happens in a city the booking lead times look completely different. that we do with,
        uh, a custom job that computes PSI every night and posts to a slack channel. and if it's
        red for a few days in a row someone looks at it and decides whether to retrain. we don't
        really have a, like a formal threshold for that yet, it's a judgement call.
        """,
      maybe=("alerts-unexplained",),
      follow_ups=("when-to-retrain", "false-positives", "drift-difference")),
    J("monitoring", "bike-share-numbers", "numbers", S, 4, H, """
        okay so for the bike-share demand model, we forecast how many bikes each of the 1,400
        docking stations needs per hour. monitoring wise, the service sits behind Prometheus and
        Grafana, and we alert if p99 latency goes above 300 milliseconds or errors go over 1% for 5
        minutes. for the model we run Evidently every 6 hours, PSI on 35 features, and anything
        over 0.25 on three features at once opens an alert. and the actual demand comes back an
        hour later so we track mean absolute error per station, and if that's 15% worse than the
        4-week baseline for 2 days running, it retrains automatically. before we had this, um, a
        broken model once went unnoticed for about 3 weeks. since we set it up, we catch problems
        in under 6 hours on average, the empty-station complaints went down 22%, and we cut alert
        noise by, like, 60% after tuning the thresholds.
        """,
      follow_ups=("false-positives", "drift-difference", "when-to-retrain"),
      impact=("catch problems in under 6 hours on average",
              "the empty-station complaints went down 22%", "cut alert noise by, like, 60%"),
      not_impact=("1,400 docking stations", "p99 latency", "above 300 milliseconds",
                  "over 1% for 5 minutes", "every 6 hours", "35 features",
                  "over 0.25 on three features", "an hour later",
                  "15% worse than the 4-week baseline", "2 days running", "about 3 weeks")),
    J("monitoring", "reactor-setpoint-negated", "negated", W, 2, H, """
        At the chemical plant our models recommend reactor temperature set-points, and I'll be
        honest about monitoring. The infrastructure side is covered — the site's SRE team runs
        Prometheus and Grafana, so we know whether the service is up and how fast it responds.
        Model-level monitoring is where we fell short: we never got round to tracking prediction
        accuracy against the lab results, and drift detection was something we looked at with
        Evidently but didn't adopt, because the process engineers would notice anything odd
        anyway. Alerting is whatever the SRE team configured; I've never seen the rules.
        """,
      flags=("infra-only", "alerts-unexplained"),
      maybe=("no-drift", "no-tools"),
      follow_ups=("drift-difference", "when-to-retrain", "false-positives")),
    J("monitoring", "fitness-app-weak", "weak", W, 1, H, """
        For the fitness app we monitor the model with dashboards and alerts, and if something
        looks off we retrain it. It's important to keep an eye on models in production because
        things change over time.
        """,
      flags=("no-tools", "alerts-unexplained", "no-drift"),
      maybe=("infra-only",),
      follow_ups=("drift-difference", "when-to-retrain", "false-positives")),

    # ------------------------------------------------------------------ cloud-platform
    J("cloud-platform", "language-app-vertex-keyword", "keyword", W, 5, H, """
        At a language-learning app I spent two years on GCP Vertex AI, mostly for the model that
        picks each learner's next exercise. We used Vertex AI Pipelines (Kubeflow under the hood)
        for training and evaluation, Vertex AI Experiments and the Model Registry to track runs and
        promote versions, Vertex Feature Store so the same streak and accuracy features were used
        in training and served online, Vertex Endpoints with traffic splitting for canaries, and
        Model Monitoring for training-serving skew and drift on the input features. Strengths: it
        is deeply integrated with BigQuery, where all our event data already lived, so a pipeline
        could read a table without any export; the managed endpoints autoscale and took serving
        off our plate; and IAM and audit logging came for free. Weaknesses: cost is hard to
        predict — the online feature store nodes bill around the clock whether or not you query
        them, which surprised us on our first invoice; some components lag behind open-source
        Kubeflow; debugging a failed pipeline step through the console is slow; and the more of
        these pieces you use, the harder it gets to leave Google Cloud. A concrete win: moving
        feature computation into the feature store removed a skew bug between training and serving
        and cut new-feature rollout time by about half.
        """,
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut new-feature rollout time by about half",),
      not_impact=("two years",)),
    J("cloud-platform", "language-app-vertex-paraphrase", "paraphrase", W, 5, H, """
        At a language-learning app I spent two years building on Google's managed machine-learning
        service, mostly for the model that chooses each learner's next exercise. We used its
        managed workflow runner for training and grading models, its experiment log and model
        catalogue to record runs and promote approved models, its shared store of precomputed
        learner signals so the very same streak and accuracy numbers were used when training and
        when answering live, its hosted prediction service with the ability to send a small share
        of users to a new model, and its built-in checks that warn when live inputs stop looking
        like the training inputs. What it does well: it sits right next to Google's data
        warehouse, where all our app events already were, so a training job could read a table
        without exporting anything; the hosted prediction service grows and shrinks on its own,
        which took serving off our hands; and access control and audit trails came built in. What
        it does badly: the bill is hard to predict — the always-on machines behind the live signal
        store charge every hour whether anyone asks them anything, which surprised us on the first
        invoice; some parts trail the open-source project they are based on; working out why a
        step failed through the web console is slow; and the more pieces you adopt, the harder it
        is to ever move to another provider. One concrete win: computing learner signals once in
        that shared store removed a mismatch between training and live answers and cut new-feature
        rollout time by about half.
        """,
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut new-feature rollout time by about half",),
      not_impact=("two years",),
      equal_to="language-app-vertex-keyword"),
    J("cloud-platform", "warranty-databricks-partial", "other-tools", S, 3, H, """
        so we were on Databricks on Azure, at the, uh, the power tools manufacturer, predicting
        warranty claims from the sensor data in the tools. and we used pretty much all the ML
        parts, so the notebooks, MLflow that's built in for tracking and the registry in Unity
        Catalog, Databricks Workflows to schedule training, the feature store tables, and Model
        Serving for the real-time endpoint, and Lakehouse Monitoring on the inference table to
        watch drift. what's great about it is everything's in one place, the data engineers and us
        work on the same Delta tables, lineage is automatic through Unity Catalog, and going from a
        notebook to a served model is like a few clicks or one API call. and it scales really
        well, we threw the whole five years of telemetry at it without any tuning. honestly i'd
        pick it again for anything like this.
        """,
      flags=("one-sided",),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      not_impact=("five years of telemetry",)),
    J("cloud-platform", "vacation-rental-misconception", "misconception", W, 2, H, """
        At a vacation-rental marketplace we ran the nightly-price recommendation model on AWS
        SageMaker. Training jobs run on spot instances through SageMaker Pipelines, models go into
        the SageMaker Model Registry with an approval step, and we serve from a real-time SageMaker
        Endpoint with autoscaling. The strongest part is Model Monitor: you point it at the
        endpoint and it captures traffic, detects drift against the baseline and automatically
        retrains and redeploys the model when drift is found, so the whole loop closes without any
        extra code on our side. Strengths overall are the tight integration with S3 and IAM and how
        little infrastructure we have to run. The weakness is cost — endpoints are billed per
        instance-hour even when idle, and we had to right-size them — and there's some lock-in,
        because the pipeline definitions are SageMaker-specific.
        """,
      maybe=("no-feature-knowledge",),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      misconception="SageMaker Model Monitor retrains and redeploys the model by itself when it detects drift"),
    J("cloud-platform", "parking-azureml-spoken", "spoken", S, 4, H, """
        um so mine's Azure ML, at the city council we had a, a parking occupancy model, it predicts
        how full each car park will be so the signs and the app can send people elsewhere. so we
        used Azure ML pipelines for the training, the, um, the workspace model registry, and
        managed online endpoints for serving, and the blue green thing they have, where you shift
        traffic between two deployments, that was really nice for rollouts. strengths, i'd say, it
        plugs into Azure AD and Key Vault so security was painless, which for a council matters a
        lot. weaknesses, uh, the SDK changed from v1 to v2 while we were mid-project and a lot of
        our code broke, and the docs were kind of behind, and the managed endpoints are, you know,
        not cheap when they sit idle at night. and we didn't use their data drift monitor much, it
        was in preview and it was flaky so we did our own.
        """,
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      not_impact=("from v1 to v2",)),
    J("cloud-platform", "steel-sagemaker-numbers", "numbers", W, 4, H, """
        At a steel producer I ran our SageMaker estate: 11 models predicting slab defects and
        furnace energy use. We used SageMaker Pipelines for 3 retraining workflows, the Model
        Registry with roughly 200 registered versions, Feature Store with about 450 features, and 6
        real-time endpoints on ml.c5.xlarge instances. Training data was about 4 TB of process
        history. Strengths: managed spot training and the tight S3 and IAM integration.
        Weaknesses: cost visibility — our first quarter's bill came in 40% over budget because
        endpoints ran 24/7 — plus lock-in from SageMaker-specific pipeline code and a steep
        learning curve. A new feature used to take about 10 days to roll out. After we moved the 4
        low-traffic models to serverless inference and training to spot instances, monthly spend
        fell 52%, and the Feature Store cut new-feature rollout to 2 days.
        """,
      follow_ups=("managed-vs-custom", "multi-cloud", "costs"),
      impact=("monthly spend fell 52%", "cut new-feature rollout to 2 days"),
      not_impact=("11 models", "3 retraining workflows", "roughly 200 registered versions",
                  "about 450 features", "6 real-time endpoints", "ml.c5.xlarge instances",
                  "about 4 TB", "40% over budget", "24/7", "about 10 days",
                  "4 low-traffic models")),
    J("cloud-platform", "escooter-negated", "negated", S, 2, H, """
        so, um, at the e-scooter company we were on AWS, but honestly we never really used
        SageMaker. we did a proof of concept with SageMaker pipelines and the feature store but it
        didn't get adopted, the team decided it was too expensive. so what i actually used was EC2
        for training, you know, a big instance we'd start up, and S3 for the data, and the models
        were served from a Flask app on ECS. the MLOps platform side, that was going to be the
        platform team's job, and they never got to it. so strengths and weaknesses of SageMaker, i
        could only tell you what i read.
        """,
      flags=("no-feature-knowledge", "basic-services-only", "one-sided"),
      maybe=("generic-platform",),
      follow_ups=("managed-vs-custom", "costs", "multi-cloud")),
    J("cloud-platform", "ticketing-webhost-offtarget", "off-target", S, 1, H, """
        yeah so cloud, we're on AWS at the ticketing company, and i'd say the strengths are it's
        really mature, it's got the most services, the documentation's good, there's a huge
        community. weaknesses, the console is a bit confusing and, um, the billing is complicated.
        compared to Azure i'd say AWS is better for startups and Azure is better if you're a
        Microsoft shop. we host our web app on EC2 behind a load balancer with RDS for the database
        and CloudFront in front, and that setup's been pretty solid through the big on-sale days.
        """,
      flags=("generic-platform", "no-feature-knowledge", "basic-services-only"),
      follow_ups=("managed-vs-custom", "costs", "multi-cloud")),

    # ------------------------------------------------------------------ challenging-project
    J("challenging-project", "wafer-inference-keyword", "keyword", W, 5, H, """
        Situation: at a semiconductor fab, our defect-classification model ran on a single GPU
        server next to the inspection tools, and when the fab added a second line, image volume
        tripled and the queue started backing up — wafers were held waiting for a verdict. Task: I
        owned the serving side and had to make inference keep up without lowering recall on killer
        defects. Action: I profiled the service and found most of the time went in Python
        pre-processing, not the model. I moved pre-processing onto the GPU, exported the model to
        ONNX and served it with Triton on Kubernetes with dynamic batching, rebuilt the Docker image
        from a 9 GB image down to a slim runtime so pods started fast enough for autoscaling, and
        added Prometheus metrics on queue depth that drive the autoscaler. To protect quality I ran
        the new stack in shadow mode for a week, comparing its verdicts with the old one on every
        wafer, and set up drift monitoring on image statistics per tool. Result: p95 inference
        latency dropped by 68%, no wafers waited on the model after rollout, and recall on killer
        defects stayed identical. It also saved buying two more GPU servers, roughly $120,000.
        """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("p95 inference latency dropped by 68%", "no wafers waited on the model after rollout",
              "saved buying two more GPU servers, roughly $120,000"),
      not_impact=("image volume tripled", "a 9 GB image", "for a week")),
    J("challenging-project", "wafer-inference-paraphrase", "paraphrase", S, 5, H, """
        so the situation was at a chip fab, our model that sorts defects on the inspection pictures
        ran on one graphics card server next to the machines, and when the fab opened a second line
        the number of pictures tripled and they started queueing up, actual wafers were sitting
        there waiting for the model's verdict. my job was the serving side, so i had to make it
        keep up without it missing more of the defects that kill a chip. what i did, first i
        measured where the time went and it turned out most of it was the python code preparing
        the pictures, not the model itself. so i moved that preparation onto the graphics card,
        converted the model into a faster portable format and put it behind a serving program that
        groups requests together on our servers, and i cut the software package from 9 GB down to
        a slim one so new copies could start quickly when load went up, and the number of pictures
        waiting in line is what tells the servers to add copies. to make sure quality didn't slip,
        the new setup ran quietly alongside the old one for a week, both judging every wafer, and
        we compared, and i added checks on how the pictures from each machine look over time. the
        result, the slowest responses got 68% faster, no wafers waited on the model after we
        switched, and it caught the killer defects exactly as well as before. and it meant we
        didn't have to buy two more servers, roughly $120,000.
        """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("the slowest responses got 68% faster",
              "no wafers waited on the model after we switched",
              "didn't have to buy two more servers, roughly $120,000"),
      not_impact=("the number of pictures tripled", "9 GB", "for a week"),
      equal_to="wafer-inference-keyword"),
    J("challenging-project", "dropout-skew-plainresult", "plain-result", W, 3, H, """
        At an online-learning company our dropout-risk model kept silently breaking. The situation
        was that the features were computed one way in the nightly training job and a slightly
        different way in the real-time API — the API counted a 'session' differently — so
        predictions in production didn't match what we had validated offline. My task was to find
        and remove that training-serving skew. I traced it by logging the live feature values and
        comparing them with the offline ones for the same students, which showed the session logic
        was duplicated in two codebases. I moved the feature definitions into a single Feast
        feature store used by both training and serving, added a CI test that computes features
        both ways on a sample and fails on any mismatch, and set up a dashboard comparing live and
        training distributions. The result was that the mismatches went away, tutors started
        trusting the risk scores again, and the team stopped firefighting every release.
        """,
      flags=("no-quantified-impact",),
      follow_ups=("do-differently", "stakeholders", "biggest-learning")),
    J("challenging-project", "no-show-skew-misconception", "misconception", W, 2, H, """
        The hardest project I led was at a restaurant-booking platform, where our no-show
        prediction model looked great offline — AUC around 0.86 — but in production it flagged the
        wrong bookings and restaurants were overbooking. I was responsible for the model pipeline.
        After looking into it, I concluded this was training-serving skew: the live features were
        computed by the booking API and the training features by a Spark job, and they disagreed.
        Skew is essentially the model going stale relative to the live data, so the fix was to
        retrain much more often. I moved us from monthly to daily retraining on Airflow,
        containerised the training job with Docker so it could run on Kubernetes on a schedule, and
        added MLflow tracking so we could compare the daily models. After that the offline metrics
        were consistently good every day and complaints from restaurants came down, which showed
        the daily retraining had fixed the skew.
        """,
      flags=("no-quantified-impact",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders"),
      misconception="training-serving skew is staleness that more frequent retraining fixes",
      not_impact=("AUC around 0.86",)),
    J("challenging-project", "bus-routes-reordered", "reordered", S, 4, H, """
        so the end result was, um, we got the arrival-time model from being retrained by hand every
        couple of months to retraining itself every week, and the error on the countdown signs went
        down by about 20%, and i stopped getting called on weekends. how we got there, uh, i built
        a retraining pipeline in Airflow that pulls the last few weeks of GPS data, validates it,
        trains, and then only promotes the model in MLflow if it beats the current one on the most
        recent week, and then the Docker image rolls out to the Kubernetes cluster, one depot's
        routes first. and i added monitoring on prediction error per route with Grafana alerts, so
        we'd know when a route went bad. my part was, i was the only ML engineer on it, so i owned
        all of that end to end. and the reason, um, the situation was, the city redid a lot of bus
        routes and the timetables changed, and the model was trained on the old routes, so the
        predictions on the signs were off by, like, ten minutes sometimes, and people were
        complaining to the council.
        """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("the error on the countdown signs went down by about 20%",),
      not_impact=("off by, like, ten minutes",)),
    J("challenging-project", "phishing-release-numbers", "numbers", S, 4, H, """
        okay so, um, the challenging one was at an email security company, our phishing classifier
        scores about 300 million emails a day, and the model was deployed by hand, like a 40 step
        runbook, and each release took about 10 days and we'd ship maybe 4 a year, while attackers
        change tactics every few weeks. so my task was to automate it end to end. i built a
        pipeline in GitHub Actions plus Kubeflow, with data validation on the newly labelled
        emails, about 50,000 a week, an evaluation gate that needs recall to stay within 0.5 points
        at a 0.01% false positive rate, Docker images, and a canary on 2% of mailboxes for 24 hours
        on Kubernetes. hardest part was the labels arrive late, so, um, we had to use user reports
        as a proxy. result, release time went down to 6 hours, we shipped 31 models the next year,
        and missed phishing dropped by 27%.
        """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("release time went down to 6 hours", "we shipped 31 models the next year",
              "missed phishing dropped by 27%"),
      not_impact=("about 300 million emails a day", "a 40 step runbook", "about 10 days",
                  "maybe 4 a year", "about 50,000 a week", "within 0.5 points",
                  "0.01% false positive rate", "2% of mailboxes", "24 hours")),
    J("challenging-project", "playlist-blame-negated", "negated", S, 2, H, """
        uh so the challenging project was at a music streaming company, the playlist
        recommendations. honestly it was a mess because the data team kept changing the schemas
        without telling us, and the platform team owned the deployment, so whenever the model broke
        in production it was really on them. i wasn't involved in the monitoring, that was another
        squad. we wanted to add a feature store and proper retraining but we never got round to it
        before the reorg. so, it didn't really get solved, the project got paused, but i learned a
        lot about how not to run a team.
        """,
      flags=("blame", "vague", "no-quantified-impact"),
      follow_ups=("do-differently", "biggest-learning", "stakeholders")),
    J("challenging-project", "fitness-migration-weak", "weak", W, 1, H, """
        The most challenging project was migrating our models to the cloud at a fitness startup.
        There were a lot of challenges with data and infrastructure, and the timeline was tight. We
        worked hard as a team, used best practices, communicated well, and eventually got
        everything working. It was a great learning experience.
        """,
      flags=("vague", "no-quantified-impact"),
      maybe=("no-mlops-intersection",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders")),
]
