"""A fifth labelled set of interview answers, written BLIND: the new untouched holdout.

Provenance and rules
--------------------
* Written blind by a separate helper session on 2026-12-02. That session read only: the interview
  guide (shared/seed/000_03ac0d1b1b231269.txt); in ``questions/guide.toml`` the question ids and
  prompts, the red-flag ids and wording and the follow-up ids and wording (printed by a small
  ``tomllib`` script, which also printed the *names of the keys* of each red-flag and follow-up
  table, but none of their values: no concepts, aliases, descriptions, examples, misconceptions,
  rules, cues, triggers or other matching data); the module docstring, ``Judged`` dataclass, ``J``
  helper and constants of ``judgement_answers.py`` (not its answers); the docstring and import line
  of ``judgement_answers_fresh3.py`` (not its answers); in ``tests/judgement_eval.py`` the functions
  ``fresh3_cases`` and ``select`` and the ``SETS`` line; in ``tests/test_judgement_answers.py`` the
  test ``test_the_fresh_blind_sets_are_well_formed``; in ``benchmarks/judgement.py`` the usage line
  and the ``--set`` argument.
* Reading slips, stated honestly: a ``grep -n`` for line numbers in ``judgement_answers.py`` also
  printed the header line of its first ~25 answers (question id, answer name, kind, style, tier,
  split, e.g. ``"reproducibility", "backups", "misconception"`` or ``"ml-cicd", "same-as-software"``),
  but none of their texts or other labels; and the ``sed`` range of ``judgement_answers_fresh3.py``
  showed the header line of its first answer (``"lifecycle", "ad-ctr-keyword", "keyword"``). No
  answer here was modelled on those names; where a theme is the guide's own red flag (backups,
  treating ML CI/CD as software CI/CD) the wording and scenario are this session's own. After the
  answers and labels were written, a ``git diff`` of the wiring edits showed its usual context lines
  (the next lines of the benchmark's usage docstring, the start of ``legacy_cases``) and
  ``git diff --stat`` the name of another engineer's modified scorer file (not its content).
* The session did not read ``voice_interviewer/``, the rest of ``benchmarks/``, ``scripts/``, other
  tests, the README's scoring sections, the git log, or the answers of any other
  ``judgement_answers*.py`` file, and did not run ``voice-interviewer score``, any scorer, benchmark
  or scoring test on these answers.
* This is the UNTOUCHED HOLDOUT. Never tune on it: do not read individual answers while changing the
  scorer, and do not add rules, aliases or cues inspired by it. Use it only to measure.
* The labels were written together with each answer, before anything was scored, and are what a
  careful human interviewer reading the guide would decide. They must NEVER be edited after scoring:
  if the scorer disagrees, the scorer is what changes (or the disagreement is reported). A label that
  was genuinely wrong may only be fixed in its own commit that says why, never to make a test or a
  figure look better.
* Every answer is ``split == "holdout"``.

Field meanings are those of ``judgement_answers.py`` (``Judged`` / ``J``). Per question there are 8
answers, imagined as 8 different candidates in varied industries (logistics, healthcare imaging,
speech, search ranking, insurance pricing, energy load forecasting, gaming matchmaking, credit
risk): a solid keyword answer that names tools; a plain-words answer of the same substance
(``paraphrase``, ``equal_to`` the keyword answer, same tier); a partial answer that is good on most
of the framework but has one clear gap (kind ``keyword``, ``spoken`` or, where it runs on tools the
guide does not name, ``other-tools``); a confident misconception (some subtle, mixed into otherwise
good content); a spoken answer; a numbers-heavy answer (results in ``impact``; thresholds, traffic
shares, counts, durations, sizes and the size of the original problem in ``not_impact``); a negated
or disowning answer ("we never got to it", "that's the platform team's job"); and a weak,
off-target or tool-salad answer. The challenging-project answers are STAR stories told in varying
order: there the partial slot is a ``plain-result`` story and the spoken slot a ``reordered`` one
(result first, situation last). 26 of the 56 answers are in spoken style.
"""

from __future__ import annotations

from judgement_answers import H, J, Judged, S, W

ANSWERS: list[Judged] = [
    # ================================================================== lifecycle
    J("lifecycle", "freight-eta-keyword", "keyword", W, 5, H, """
        At a freight company I owned the lifecycle of our delivery-ETA model, so I'll walk it
        end to end. Raw GPS pings and order events land in S3 and Airflow builds the training
        tables; every snapshot is versioned with DVC so a model can always point back at the
        exact data it saw, and the shared features (lane averages, depot congestion) live in
        Feast so training and serving compute them the same way. Data scientists experiment in
        notebooks, but every run is logged to MLflow with parameters, metrics and the DVC hash.
        A notebook result is not a product, though: to go to production the training code is
        moved into a package, and a GitHub Actions pipeline runs unit tests, schema checks with
        Great Expectations, retrains, compares against the current champion and registers the
        winner in the MLflow model registry. The model is packaged in a Docker image and served
        on Kubernetes with KServe; we canary it to a small share of traffic, then A/B it against
        the old one. In production Prometheus and Grafana watch latency and errors, and Evidently
        reports feature drift and, once deliveries complete, the real ETA error. When drift or
        error crosses a limit, Airflow kicks off retraining and the loop starts again. Putting all
        of that in place cut the time from a trained model to production from about two weeks to
        one day.
        """,
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("cut the time from a trained model to production from about two weeks to one day",)),
    J("lifecycle", "freight-eta-plain", "paraphrase", W, 5, H, """
        I can describe it with the arrival-time model I looked after at a freight business. First
        the raw location pings and order events are collected and turned into training tables by
        a scheduled job, and each snapshot of that data gets its own version label, so any model
        can be traced back to exactly what it was trained on. Inputs that several models share are
        computed once in a shared store, so the numbers used in training are the same ones used
        when we answer live requests. Experiments happen freely, but every run records its
        settings, scores and which data version it used. An experiment is not production: before
        anything ships, the code is cleaned up into a package and an automatic pipeline tests it,
        checks the data against expected shapes and ranges, retrains, compares the new model with
        the one currently live and files the winner in a central catalogue of approved models.
        It is shipped inside a self-contained image on our cluster, first to a small slice of
        requests, then compared head to head with the old model. Once live we watch response
        times and errors, whether the incoming data still looks like the training data, and the
        real error once deliveries finish. If things slip past agreed limits a fresh training run
        starts by itself. Doing all this took us from about two weeks to one day between a
        finished model and it being live.
        """,
      maybe=("generic-no-tools",), follow_ups=("drift", "rollback", "feature-store"),
      equal_to="freight-eta-keyword",
      impact=("took us from about two weeks to one day between a finished model and it being live",)),
    J("lifecycle", "imaging-manual-retrain", "spoken", S, 4, H, """
        okay so um, for us, this was chest x-ray triage, so the lifecycle starts with the data,
        the DICOM studies come in from the hospitals, we de-identify them and we version every
        labelled dataset with DVC because, you know, the radiologists keep correcting labels.
        then training, everything's tracked in MLflow, experiments are kind of free-for-all but
        anything that's a release candidate goes through a proper pipeline, GitLab CI, tests,
        evaluation on a locked test set, sensitivity per site, then it's registered. we package it
        in Docker, it runs on Kubernetes, we do a shadow deployment first where it scores studies
        but nobody sees the output, then a canary at one hospital. and monitoring, Prometheus and
        Grafana for the service, plus we track the input distributions, like scanner vendor and
        pixel intensity, for drift. retraining though, honestly that's still manual, when the
        numbers look off someone on the team kicks off a new training run by hand and we go
        through the release again, there's no automated trigger or feedback loop yet.
        """,
      flags=("omits-crucial-steps",), follow_ups=("drift", "rollback")),
    J("lifecycle", "load-forecast-set-and-forget", "misconception", W, 2, H, """
        In energy load forecasting the lifecycle is fairly well defined. We pull smart-meter and
        weather data into a warehouse, engineer calendar and temperature features, and train
        gradient-boosted models, tracking every experiment in MLflow. The chosen model is
        containerised with Docker and deployed on Kubernetes behind a small API, and CI in Jenkins
        runs the tests and builds the image. The key insight in our domain is that electricity
        demand is driven by weather and the calendar, which are physical and stable, so once a
        model has been validated on several years of backtests it does not really go stale. We
        therefore do not need drift monitoring or automated retraining; we retrain once a year
        when the new annual data is complete, and in between the operations team monitors the pods
        in Grafana so we know the service is up. That keeps the lifecycle simple and cheap.
        """,
      flags=("omits-crucial-steps",), maybe=("no-production-distinction",),
      follow_ups=("drift", "rollback"),
      misconception="a model validated on backtests of stable physical drivers does not go stale, "
                    "so drift monitoring and retraining are unnecessary"),
    J("lifecycle", "spoken-asr", "spoken", S, 4, H, """
        yeah so, at the speech company, um, the lifecycle for our recognition models, it starts
        with audio, we collect call recordings with consent, they get transcribed, and each
        transcription batch is a versioned dataset, we used DVC for that, and, sorry, before that
        there's a lot of cleaning, like removing silence and bad audio. then the researchers
        train, and every run goes to MLflow, and the thing is research runs and production runs
        are different worlds, a production model has to come out of the pipeline, not somebody's
        GPU box. so the pipeline retrains, computes word error rate on fixed test sets per
        accent, registers the model, builds a Docker image, and Argo rolls it out on Kubernetes as
        a canary to like a few percent of calls. after that we watch, um, latency and errors in
        Grafana, and word error rate on a sample of human-checked calls, and when the audio
        changes, new microphones, new call centre, you know, that shows up as drift and it
        retriggers training automatically. so it's really a loop, not a line.
        """,
      follow_ups=("drift", "rollback", "feature-store")),
    J("lifecycle", "numbers-motor-pricing", "numbers", W, 4, H, """
        For motor insurance pricing: ingestion pulls about 40 million quotes a year from the
        policy system, features are versioned with DVC and shared through a Feast feature store,
        and experiments are tracked in MLflow; a typical season produces around 300 runs. Release
        candidates go through a GitHub Actions pipeline that retrains on 36 months of history,
        requires the Gini to stay within 0.5 points of the champion, and builds a Docker image
        that is deployed on Kubernetes. New prices go to 5% of quotes for 14 days as a canary
        before the full rollout. Monitoring uses Prometheus and Grafana for the service and
        weekly PSI checks on 25 rating factors, with a PSI threshold of 0.2 triggering an
        automated retraining job. The outcome: we cut release time from three weeks to two days,
        and the loss-ratio forecast error dropped by 6 percent after drift-triggered retraining
        replaced the old yearly refresh.
        """,
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("we cut release time from three weeks to two days",
              "the loss-ratio forecast error dropped by 6 percent"),
      not_impact=("40 million quotes a year", "around 300 runs", "36 months of history",
                  "within 0.5 points", "5% of quotes for 14 days", "25 rating factors",
                  "a PSI threshold of 0.2")),
    J("lifecycle", "negated-matchmaking", "negated", S, 2, H, """
        so at the games studio the matchmaking model, we'd train it in a notebook, um, on
        whatever the latest match logs were, and then I'd export it and we'd put it in a Docker
        container and ship it. we never really got to versioning the data, the logs just get
        overwritten every week. monitoring, that's the live-ops team's job, they'd tell us if
        queues got long. and retraining, we didn't bother automating it, someone would retrain
        when players complained about unfair matches. I mean it worked, mostly.
        """,
      flags=("omits-crucial-steps",), maybe=("stages-not-connected", "no-production-distinction"),
      follow_ups=("drift", "rollback")),
    J("lifecycle", "tool-salad", "weak", S, 1, H, """
        um so the lifecycle, there's a lot of tools, you've got MLflow, Kubeflow, Airflow,
        SageMaker, Docker, Kubernetes, Feast, DVC, Prometheus, Grafana, and you kind of use all of
        them, you train, you deploy, and then it's in production. it depends on the company
        really, everybody does it a bit differently.
        """,
      flags=("stages-not-connected", "generic-no-tools"),
      maybe=("omits-crucial-steps", "no-production-distinction"),
      follow_ups=("drift", "feature-store")),

    # ================================================================== reproducibility
    J("reproducibility", "credit-keyword", "keyword", W, 5, H, """
        In credit risk this is not optional, because the regulator can ask us to rebuild a
        scorecard we trained a year ago. We version four things and link them. Code is in Git and
        every training run is tied to a commit SHA. Data is versioned with DVC on top of S3, so a
        run records the DVC hash of the exact training extract rather than "the table as it is
        today". The environment is a Docker image built from a pinned conda lock file, and we
        record the image digest, not just the tag. The model itself is logged to MLflow with all
        four references, and promotion happens in the MLflow model registry, so "Staging" or
        "Production" always points at a version that carries its lineage. Random seeds are fixed
        too, but that is the easy part. Last year an auditor asked for a model from fourteen
        months earlier: we checked out the commit, pulled the DVC data and retrained in the
        recorded image, and got identical coefficients. The same lineage helped us debug a score
        shift that turned out to be a pandas upgrade changing how nulls were binned.
        """,
      follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "credit-plain", "paraphrase", S, 5, H, """
        so in lending, um, you have to be able to rebuild a model from a year ago if the
        regulator asks, so we keep four things and we tie them together. the code, every training
        run points at the exact commit. the data, every training extract is frozen with its own
        version label, so we never rely on "the table as it looks today". the software
        environment, we build a sealed image from a file that pins every library version, and we
        record the image's fingerprint, not just a nickname. and the model itself is stored in a
        central catalogue with all of those references attached, and only catalogue entries can be
        promoted to live. seeds are fixed as well but that's the easy bit. and it paid off, an
        auditor asked for a model from fourteen months before, we took the commit, the frozen data
        and the same image, retrained, and got the same coefficients. and the same trail helped us
        find a score shift that was, you know, just a library upgrade changing how missing values
        got bucketed.
        """,
      maybe=("tool-unfamiliar",), follow_ups=("large-datasets", "dependencies", "model-card"),
      equal_to="credit-keyword"),
    J("reproducibility", "search-loose-env", "other-tools", W, 3, H, """
        On the search ranking team we version the training data with Delta Lake: every training
        job reads the click-log table at a fixed table version, and that version number is logged
        to Weights & Biases together with the Git commit, hyperparameters and evaluation metrics.
        Models are stored as W&B artifacts with aliases like "candidate" and "live", so we can see
        which data and which commit produced the ranker that is serving. That let us reproduce an
        NDCG regression last spring by rerunning the exact run config. For the environment we
        just use a requirements.txt with lower bounds and install into whatever Python image the
        training cluster has; it has never really mattered, the libraries are stable enough that
        pinning everything felt like overkill.
        """,
      flags=("environment-ignored",), follow_ups=("dependencies", "large-datasets")),
    J("reproducibility", "backups-are-enough", "misconception", W, 2, H, """
        For our logistics route-optimisation models reproducibility is covered very solidly. All
        code is in Git with pull-request reviews, and training runs are logged in MLflow with
        their metrics. On top of that we take a full snapshot of the data lake every night and
        keep thirty days of snapshots, and every trained model pickle is copied to a second region
        with versioning enabled on the bucket. So if anything goes wrong we can always restore
        the model or the data from that day, which means any model can be reproduced. We also
        keep the production database replicated, so nothing is ever lost.
        """,
      flags=("backups-confusion",), maybe=("environment-ignored",),
      follow_ups=("large-datasets", "dependencies"),
      misconception="nightly snapshots and copies of model files amount to reproducibility"),
    J("reproducibility", "spoken-imaging", "spoken", S, 4, H, """
        right so um, in medical imaging we, the datasets are huge, hundreds of thousands of CT
        slices, so we don't copy them around, what we version is a manifest, like a list of study
        ids plus hashes plus the label version, and that manifest goes in DVC. then the training
        code is Git obviously, and the environment, that's a Docker image with the exact CUDA and
        PyTorch versions, because we actually had a case where, uh, a cuDNN change gave slightly
        different segmentation masks, so that taught us. and then MLflow ties it up, the run logs
        the commit, the manifest hash and the image digest, and the model goes into the MLflow
        registry. so when a hospital reported worse results on one scanner we could pull the exact
        model and data and rerun the evaluation and see, okay, it's the new scanner, not the model.
        """,
      follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "numbers-grid", "numbers", W, 4, H, """
        At the grid operator we forecast load every 15 minutes for 48 substations, which meant
        about 180 model versions a year that all had to be reproducible for 5 years for
        regulatory reasons. Training data is roughly 2.3 terabytes of meter readings, versioned
        with DVC on S3 in monthly partitions so a new version only adds a few gigabytes. Code is
        in Git, environments are Docker images built from a poetry lock file, and MLflow records
        the commit, DVC revision and image digest for every run, with the SageMaker Model
        Registry holding approved versions. When the regulator audited a 2022 forecast, we
        reproduced the audited model bit-for-bit in under an hour, and investigations of
        forecast errors went from about four days to half a day.
        """,
      follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("reproduced the audited model bit-for-bit in under an hour",
              "investigations of forecast errors went from about four days to half a day"),
      not_impact=("every 15 minutes", "48 substations", "about 180 model versions a year",
                  "for 5 years", "roughly 2.3 terabytes", "a few gigabytes")),
    J("reproducibility", "negated-git-only", "negated", S, 2, H, """
        honestly, um, our code is all in Git, every change goes through review, so that part's
        solid. the data though, it just lives in the warehouse and gets overwritten by the nightly
        load, we never got around to DVC or anything like that. and the model files, they sit on a
        shared drive named by date. so if you asked me to rebuild last quarter's delivery-time
        model exactly, I, yeah, I probably couldn't, I'd get something close.
        """,
      flags=("code-only",), maybe=("tool-unfamiliar", "environment-ignored"),
      follow_ups=("large-datasets", "dependencies")),
    J("reproducibility", "off-target-reports", "off-target", S, 1, H, """
        so for me reproducibility is about, um, being able to show the same results to the
        business every time. we built a set of standard dashboards in Tableau, and every model
        review has a Confluence page with the charts and the conclusions, so anybody can go back
        and see what we decided and why. and we have a template so every analyst presents it the
        same way, which really helped with consistency across the team.
        """,
      flags=("tool-unfamiliar", "environment-ignored"), maybe=("code-only", "backups-confusion"),
      follow_ups=("dependencies", "model-card")),

    # ================================================================== ml-cicd
    J("ml-cicd", "asr-keyword", "keyword", W, 5, H, """
        The main difference from software CI/CD is that a model has two more inputs that change
        independently of the code, the data and the trained weights, so the pipeline has to test
        those too and can be triggered by new data, not just a commit. In our speech recognition
        team, a merge request in GitLab CI runs unit tests on the feature code and data
        validation with Great Expectations on a sample of new audio metadata. A Kubeflow Pipelines
        run then trains, evaluates word error rate against the current champion on fixed test
        sets, and checks per-accent error so we don't ship a model that is better on average but
        worse for one group. If the gates pass, the model is registered in MLflow, packaged into a
        Docker image and deployed to Kubernetes through Argo CD, first to staging, then as a
        canary. New labelled data landing in the bucket also triggers the same pipeline. That
        reduced model deployment time from several days of hand-offs to under three hours.
        """,
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("reduced model deployment time from several days of hand-offs to under three hours",)),
    J("ml-cicd", "asr-plain", "paraphrase", W, 5, H, """
        What makes it different from ordinary software delivery is that a model depends on two
        things besides code that change on their own schedule: the data and the learned weights.
        So the pipeline has to check those as well, and it should start not only when someone
        changes code but also when new data arrives. For our voice transcription models, every
        proposed change runs the usual code tests plus automatic checks that the new recordings'
        details have the expected fields and ranges. Then an automated workflow retrains, measures
        the transcription error against the model that is live today on fixed test recordings,
        and checks each accent group separately, so an average improvement can't hide a group
        getting worse. If it passes, the model is filed in our catalogue of approved versions,
        sealed into an image together with its runtime, and rolled onto our cluster, to a test
        environment first and then to a small slice of real traffic. New labelled recordings start
        the same workflow by themselves. This took releases from several days of hand-offs to
        under three hours.
        """,
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"), equal_to="asr-keyword",
      impact=("took releases from several days of hand-offs to under three hours",)),
    J("ml-cicd", "matchmaking-no-data-checks", "spoken", S, 3, H, """
        so for the matchmaking models, um, we have GitHub Actions, every PR runs the unit tests,
        and then there's a training job that runs on the cluster, and the important part is the
        evaluation gate, the new model has to beat the current one on predicted match balance on
        the last two weeks of matches, otherwise the pipeline just stops. then it builds the
        Docker image, pushes it, and Helm deploys it to Kubernetes, and we do a canary on one
        region first. the data side, honestly we don't test it, the tables come from the data
        engineering pipeline and we just kind of trust them. we did get burned once when a
        column changed units, but, yeah, there's no automated check for that yet.
        """,
      flags=("no-automated-testing",), follow_ups=("pipeline-metrics", "ab-canary",
                                                   "pipeline-challenge")),
    J("ml-cicd", "accuracy-gate-catches-all", "misconception", S, 2, H, """
        yeah so in our credit team the CI/CD is Jenkins, um, every commit builds a Docker image,
        runs the unit tests, then we retrain the scorecard on the latest data and compare the AUC
        with production, and if it's at least as good we register it and deploy it to
        Kubernetes. we deliberately don't do separate data validation, because the way I see it
        the accuracy check already covers it, if the data was broken the model would score badly
        and the gate would stop it, so a data test is kind of redundant, it's the same signal
        twice. keeps the pipeline fast.
        """,
      flags=("no-automated-testing",), follow_ups=("pipeline-metrics", "pipeline-challenge"),
      misconception="the model-accuracy gate makes data validation redundant, since bad data "
                    "would always show up as a worse score"),
    J("ml-cicd", "spoken-credit-sagemaker", "spoken", S, 4, H, """
        okay, um, so the way I think about it, normal CI/CD you test code and ship a binary, with
        ML you're shipping code plus data plus a model, so there are more things to test. at the
        lender we had GitHub Actions for the code part, linting, unit tests, and building the
        Docker image, and then SageMaker Pipelines did the ML part, so a step to validate the
        incoming data, like schema and null rates, a training step, an evaluation step where we
        check AUC and also, um, approval-rate differences across groups, for fairness, and then a
        condition step, if it passes it goes into the model registry as pending approval. after a
        risk officer approves, deployment is automatic to the endpoint, and we shift traffic
        gradually. the pipeline also runs monthly on fresh data, not just on commits.
        """,
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge")),
    J("ml-cicd", "numbers-imaging", "numbers", W, 4, H, """
        For the mammography model: the pipeline runs in GitLab CI on every merge and nightly. It
        validates new data with 40 schema and range checks, then trains on about 120,000 studies
        from 3 hospitals on 8 GPUs, which takes around 6 hours. The evaluation gate requires
        sensitivity of at least 0.92 at the fixed operating point and no more than a 0.01 drop in
        AUC on any site. Passing models are registered in MLflow, built into a Docker image and
        deployed to Kubernetes with Argo Rollouts, starting with 10% of studies for 48 hours.
        Before this, a release took six weeks of manual steps; now the release cycle is down to
        four days, and we have had zero production rollbacks due to data errors since the checks
        went in.
        """,
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("the release cycle is down to four days",
              "zero production rollbacks due to data errors"),
      not_impact=("40 schema and range checks", "about 120,000 studies", "3 hospitals",
                  "8 GPUs", "around 6 hours", "at least 0.92", "a 0.01 drop in AUC",
                  "10% of studies for 48 hours", "six weeks of manual steps")),
    J("ml-cicd", "negated-laptop-pickle", "negated", S, 1, H, """
        um, to be honest we kept it simple. the pricing models get trained on my laptop, I commit
        the pickle file to the repo, and Jenkins copies it onto the VM and restarts the service.
        we didn't bother with data checks or model tests in the pipeline, and there's no Docker,
        it's just a virtualenv on the box. it's basically the same pipeline as the web app.
        """,
      flags=("same-as-software", "no-automated-testing", "no-containers"),
      follow_ups=("pipeline-metrics", "pipeline-challenge")),
    J("ml-cicd", "tool-list", "weak", W, 1, H, """
        I have used Jenkins, GitLab CI, GitHub Actions, CircleCI, Argo Workflows, Kubeflow
        Pipelines, Tekton, SageMaker Pipelines, Docker, Helm and Terraform. For ML CI/CD I pick
        whichever one the company already has, set up the stages, and it runs automatically on
        every commit. They are all quite similar once you know one.
        """,
      flags=("tools-unexplained",), maybe=("same-as-software", "no-automated-testing"),
      follow_ups=("pipeline-metrics", "pipeline-challenge")),

    # ================================================================== monitoring
    J("monitoring", "grid-keyword", "keyword", W, 5, H, """
        For our day-ahead electricity load forecasts I split monitoring into three layers. The
        service layer is Prometheus and Grafana: latency, error rate, CPU and memory of the
        forecasting API, with Alertmanager paging on-call. The data layer checks every incoming
        batch for missing meter readings, outliers and schema changes, and Evidently computes
        drift on the input features, mostly temperature and calendar, against the training
        window. The model layer waits for ground truth, which arrives a day later, and tracks
        MAPE per region; a rising error while inputs look normal is our sign of concept drift,
        for example after a lot of households installed rooftop solar. We also compare errors
        between regions so one area isn't systematically underserved. Alerts have thresholds and
        a minimum duration, route to Slack or PagerDuty by severity, and every alert links a
        runbook that says whether to roll back, retrain or just watch.
        """,
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "grid-plain", "paraphrase", W, 5, H, """
        For our next-day electricity demand forecasts I think of three layers. First the service
        itself: how fast it answers, how often it fails and how much processor and memory it
        uses, with someone paged when that goes wrong. Second the incoming data: every batch is
        checked for missing readings, strange values and changed formats, and we compare the
        inputs, mostly temperature and the calendar, with what the model saw in training, to
        notice when the world it sees has shifted. Third the model's actual accuracy, which we
        can only measure a day later when real demand is known; we track the error per region,
        and if the error climbs while the inputs look normal it means the relationship itself has
        changed, as happened when many homes added solar panels. We also compare regions so none
        is consistently worse served. Warnings have limits and must persist for a while before
        they fire, go to chat or to the on-call phone depending on severity, and each one comes
        with written steps: roll back, retrain or keep watching.
        """,
      maybe=("no-tools",), follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      equal_to="grid-keyword"),
    J("monitoring", "logistics-no-alerting", "spoken", S, 3, H, """
        so for the warehouse demand, sorry, the parcel-volume models, um, we have Prometheus and
        Grafana on the serving side, latency and errors, and then for the model itself we log
        every prediction and once the actual volumes come in we compute the error per depot.
        for drift we run a KS test on each input feature against the training data, daily, and
        we also watch the error trend, because sometimes the inputs look the same but the
        relationship changes, like when a big customer switched carriers. it's all on one
        Grafana board. alerts, um, we haven't really wired those up, the team looks at the board in
        the Monday meeting and if something's red we talk about it.
        """,
      flags=("alerts-unexplained",), follow_ups=("false-positives", "when-to-retrain")),
    J("monitoring", "stable-inputs-fine", "misconception", W, 2, H, """
        For our credit default models we monitor the infrastructure in Datadog, latency and error
        rates, and we run SageMaker Model Monitor on the inputs every day: it compares each
        feature's distribution with the training baseline, checks missing values, and raises a
        CloudWatch alarm to the on-call channel if something deviates. We deliberately do not
        wait for default labels, which take twelve months to mature. Since the model is a fixed
        function of its inputs, if the input distributions have not drifted the predictions must
        still be as accurate as they were at validation, so input drift is a complete proxy for
        model performance and concept drift is covered as well.
        """,
      flags=("no-drift",), follow_ups=("drift-difference", "when-to-retrain"),
      misconception="stable input distributions guarantee unchanged accuracy, so input drift "
                    "checks also cover concept drift"),
    J("monitoring", "spoken-voice-assistant", "spoken", S, 4, H, """
        um yeah so for the voice assistant, there's the boring stuff first, Prometheus, Grafana,
        p99 latency, error rates, GPU memory, because if the recogniser is slow nobody cares how
        accurate it is. then the model side, we can't know the true transcript for every
        request, so we, uh, sample a small slice every day and have people transcribe it, and
        that gives us word error rate over time. in between, like as an early warning, we watch
        the confidence scores and the audio features, loudness, duration, language mix, for drift,
        with Evidently reports. alerts go through Alertmanager into PagerDuty, and, the
        important bit, each alert says what to do, like if confidence drops on one device type we
        check that first before we retrain anything.
        """,
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "numbers-matchmaking", "numbers", S, 4, H, """
        okay numbers-wise, um, the matchmaking service handles about 2 million matches a day,
        and we keep p99 latency under 80 milliseconds, that's scraped by Prometheus every 15
        seconds and shown in Grafana. for the model we sample 5% of matches and compare the
        predicted win probability with the actual result, and for drift we compute PSI per
        feature every hour, and an alert fires when PSI goes above 0.2 for three consecutive
        hours, that goes to Opsgenie. since we set that up we caught a drift from a new game mode
        3 days earlier than players would have noticed, and queue abandonment dropped by 11
        percent after the retrain it triggered.
        """,
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      impact=("caught a drift from a new game mode 3 days earlier",
              "queue abandonment dropped by 11 percent"),
      not_impact=("about 2 million matches a day", "under 80 milliseconds", "every 15 seconds",
                  "5% of matches", "every hour", "above 0.2 for three consecutive hours")),
    J("monitoring", "negated-infra-only", "negated", S, 2, H, """
        so on our side we've got Datadog on all the pods, CPU, memory, request latency, and it
        pages us if the service goes down or gets slow. the model metrics, accuracy and drift and
        all that, that's really the data science team's job, we don't track any of that in
        production. if they think the model got worse they retrain and hand us a new image.
        """,
      flags=("infra-only", "no-drift"), follow_ups=("when-to-retrain", "drift-difference")),
    J("monitoring", "off-target-training-curves", "off-target", W, 1, H, """
        I monitor models very closely during training. I watch the training and validation loss
        curves in TensorBoard, use early stopping when validation loss stops improving, and keep
        an eye on GPU utilisation so that jobs are not wasting resources. I also log gradient
        norms to catch exploding gradients early, and I compare learning-rate schedules to make
        sure the model converges properly before we ship it.
        """,
      flags=("no-drift", "alerts-unexplained"), maybe=("infra-only", "no-tools"),
      follow_ups=("when-to-retrain", "drift-difference")),

    # ================================================================== iac-containers
    J("iac-containers", "pricing-keyword", "keyword", W, 5, H, """
        At the insurer everything for the pricing models is defined in Terraform: the VPC, an EKS
        cluster with a CPU node group and a spot GPU node group, S3 buckets for data and
        artifacts, IAM roles and the RDS database behind MLflow. Modules are reviewed in pull
        requests and applied by the pipeline, never from a laptop, with remote state locked in
        S3 and DynamoDB. Each model is containerised with Docker using a multi-stage build, so the
        serving image carries only the runtime and the pinned libraries the model was trained
        with; that is what makes the same artifact behave identically in CI, staging and
        production. On Kubernetes we deploy with Helm charts, set resource requests and limits,
        use the horizontal pod autoscaler on request rate, and rely on liveness probes to restart
        stuck pods. Spinning up a new environment went from two weeks of tickets to 40 minutes,
        and moving batch scoring to spot nodes cut compute cost by about 35 percent.
        """,
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("went from two weeks of tickets to 40 minutes", "cut compute cost by about 35 percent")),
    J("iac-containers", "pricing-plain", "paraphrase", S, 5, H, """
        so at the insurance company, um, all the cloud resources behind the pricing models are
        written down as code, the network, the managed cluster with a normal pool of machines and
        a cheaper interruptible pool of graphics cards, the storage for data and trained models,
        the permissions, the database for our experiment tracking. those files get reviewed like
        any other change and applied by the pipeline, nobody clicks things by hand, and the record
        of what exists is stored centrally with a lock. each model ships as a sealed image, built
        in stages, so the final image only has the runtime and the exact library versions it was
        trained with, which is why it behaves the same in testing and in production. the cluster
        scheduler runs those images, each gets reserved CPU and memory, the number of copies grows
        with traffic, and health checks restart anything that hangs. a new environment used to be
        two weeks of tickets and now it's 40 minutes, and putting batch scoring on the cheaper
        machines cut compute cost by about 35 percent.
        """,
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      equal_to="pricing-keyword",
      impact=("now it's 40 minutes", "cut compute cost by about 35 percent")),
    J("iac-containers", "ranking-docker-only", "keyword", W, 3, H, """
        For the search ranking service I wrote the Terraform for our AWS setup: EC2 instances in
        an autoscaling group, an application load balancer, S3 for model artifacts and the IAM
        policies, all reviewed through pull requests. The ranker is containerised with Docker;
        the image pins the exact LightGBM and feature-library versions, so the model scores the
        same way on a developer machine as in production, and rolling back is just pointing at
        the previous image tag. In production the containers run under docker-compose on the
        instances, with systemd restarting them if they crash. We looked at Kubernetes but it
        seemed like a lot of overhead for one service. Moving to this setup cut our deployment
        time from a day to about twenty minutes.
        """,
      flags=("docker-xor-kubernetes",), follow_ups=("managed-vs-self-hosted", "secrets"),
      impact=("cut our deployment time from a day to about twenty minutes",)),
    J("iac-containers", "yaml-is-iac", "misconception", W, 2, H, """
        In the imaging group we run all inference on Kubernetes. Each model is a Docker image
        with its CUDA libraries pinned, which gives us the same behaviour on every node and lets
        us roll back by image tag. Deployments, services and autoscalers are YAML manifests that
        we keep in Git and apply with kubectl, and GPU nodes are tainted so only inference pods
        land on them. Because the manifests are in Git, that is our infrastructure as code; we
        don't need Terraform or anything like it. The cluster, the storage buckets and the
        networking were created once in the cloud console, and since they rarely change there is
        no value in codifying them.
        """,
      flags=("no-iac",), follow_ups=("managed-vs-self-hosted", "secrets"),
      misconception="Kubernetes manifests in Git are all the infrastructure as code needed; "
                    "console-created cloud resources need no codifying"),
    J("iac-containers", "spoken-credit-gke", "spoken", S, 4, H, """
        yeah so um at the fintech we were on GCP, and the whole thing was Terraform, the GKE
        cluster, the node pools, Cloud Storage buckets, the service accounts, and, uh, we had a
        module per environment so dev and prod were literally the same code with different
        variables. then for the models, every scorecard service is a Docker image, and the reason
        that matters is that the risk models were trained with specific versions of scikit-learn
        and a custom binning library, and if prod had a different version the scores would, you
        know, move slightly, which for credit decisions is not okay. Kubernetes runs them with
        autoscaling, and if a pod dies it just comes back. it took new model services from like
        a week of setup to a same-day thing.
        """,
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("from like a week of setup to a same-day thing",)),
    J("iac-containers", "numbers-asr-gpu", "numbers", W, 4, H, """
        For the speech platform we manage 14 Terraform modules across 3 regions, covering EKS,
        the VPCs, FSx for the audio corpus and an A100 node pool that scales from 0 to 24 nodes.
        The recognition models run as Docker images on Kubernetes, with requests of 1 GPU and 16
        GB of memory per pod and a 70% GPU utilisation target for the autoscaler. By rebuilding
        the images as multi-stage builds we shrank them from 9.6 GB to 2.1 GB, which brought pod
        cold start from seven minutes to 90 seconds, and scaling the GPU pool to zero overnight
        saved about 40 percent of the monthly GPU bill.
        """,
      follow_ups=("resource-utilization", "managed-vs-self-hosted", "secrets"),
      impact=("shrank them from 9.6 GB to 2.1 GB", "cold start from seven minutes to 90 seconds",
              "saved about 40 percent of the monthly GPU bill"),
      not_impact=("14 Terraform modules", "3 regions", "from 0 to 24 nodes", "1 GPU and 16 GB",
                  "a 70% GPU utilisation target")),
    J("iac-containers", "negated-platform-team", "negated", S, 2, H, """
        so, um, Terraform, that's the platform team's thing, I've never actually written any. on
        the forecasting team we write the Dockerfile for the model and hand it over, and they run
        it on their Kubernetes cluster, so the cluster config and scaling I don't really touch
        either. I know it's there and it works.
        """,
      flags=("no-iac",), maybe=("container-benefits-missing", "generic-no-examples"),
      follow_ups=("secrets", "managed-vs-self-hosted")),
    J("iac-containers", "weak-buzzwords", "weak", S, 1, H, """
        yeah I mean Docker is great, containers make everything portable, and Kubernetes scales
        things automatically, so those are kind of the standard now. and infrastructure as code
        is a best practice, everyone should do it. I've worked with all of that in some way.
        """,
      flags=("generic-no-examples",), maybe=("no-iac", "container-benefits-missing"),
      follow_ups=("secrets", "resource-utilization")),

    # ================================================================== cloud-platform
    J("cloud-platform", "vertex-keyword", "keyword", W, 5, H, """
        I have spent two years on GCP Vertex AI for a logistics company's delivery-time and
        route-risk models. We built training and evaluation as Vertex AI Pipelines, used the
        Vertex Feature Store to serve the same depot and lane features online and offline, kept
        versions in the Vertex Model Registry, and served on Vertex Endpoints with traffic
        splitting for canaries; Vertex Model Monitoring watches skew and drift. Strengths: the
        BigQuery integration is excellent, so feature engineering stays in SQL where the data
        already is, and the managed pieces removed most of our cluster maintenance. Weaknesses:
        endpoints cannot scale to zero, so small models are expensive to keep online, the feature
        store pricing was hard to predict, the pipeline UI is slow to debug, and everything ties
        you to Google. Moving the route-risk model onto the feature store cut feature engineering
        time for new models by roughly half.
        """,
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut feature engineering time for new models by roughly half",)),
    J("cloud-platform", "vertex-plain", "paraphrase", W, 5, H, """
        For two years I used Google's managed machine-learning platform for a logistics firm's
        delivery-time and route-risk models. Training and evaluation ran as managed workflows,
        a shared feature service gave the same depot and lane inputs to training and to live
        requests, every model version sat in the platform's catalogue, and models were served from
        managed prediction services where we could send a small share of traffic to a new
        version; the platform's own checks warned us when live inputs drifted from training.
        What it does well: it sits right next to Google's warehouse, so feature work stays in SQL
        where the data is, and we stopped maintaining clusters ourselves. What it does badly: the
        prediction services never scale down to nothing, so small models cost a lot to keep
        running, the feature service's bill was hard to forecast, debugging failed workflows in
        the web console is slow, and you are tied to one vendor. Moving the route-risk model onto
        the shared feature service roughly halved the time to build features for new models.
        """,
      maybe=("generic-platform", "no-feature-knowledge"),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"), equal_to="vertex-keyword",
      impact=("roughly halved the time to build features for new models",)),
    J("cloud-platform", "sagemaker-all-good", "keyword", W, 3, H, """
        At the insurer we standardised on AWS SageMaker. SageMaker Pipelines orchestrates our
        claims-severity training: processing, training, evaluation and a condition step that only
        registers models in the SageMaker Model Registry when they beat the current one. The
        Feature Store holds policyholder features with both online and offline stores, endpoints
        serve real-time quotes with autoscaling, and Model Monitor runs hourly data-quality jobs.
        It integrates with IAM, S3 and CloudWatch out of the box, scales to whatever we need, and
        it let a team of three support eleven production models. Honestly I can't think of
        anything I would change; it does everything we need.
        """,
      flags=("one-sided",), follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("let a team of three support eleven production models",)),
    J("cloud-platform", "azure-no-lockin", "misconception", S, 2, H, """
        so I used Azure ML for the hospital readmission models, um, we had the pipelines, the
        workspace model registry, managed online endpoints, and the data drift monitors, and it's
        really well integrated with Azure DevOps. and the big thing is there's no lock-in, because
        under the hood it's just MLflow, so if we wanted to move to another cloud it would be, you
        know, basically free, same with cost, the endpoints autoscale so you only pay for what you
        use. so I don't really see weaknesses, maybe the docs are a bit scattered.
        """,
      flags=("one-sided",), follow_ups=("costs", "multi-cloud", "managed-vs-custom"),
      misconception="using MLflow under the hood removes vendor lock-in and autoscaling removes "
                    "cost concerns"),
    J("cloud-platform", "spoken-sagemaker-imaging", "spoken", S, 4, H, """
        um, yeah so SageMaker, I used it for about three years at a radiology AI startup. the
        parts we really used were SageMaker Pipelines for the retraining flow, the model registry
        with a manual approval step, because clinical sign-off had to happen, and real-time
        endpoints, plus Model Monitor for data quality on the image metadata. what's good, it's
        all in AWS, so S3, IAM, the audit logs, that made our compliance people happy, and we didn't
        run any clusters. what's bad, uh, the cost is really hard to read, GPU endpoints sitting
        idle burned a lot of money before we moved some to async inference, and the learning
        curve, the SDK changes a lot, and honestly you're pretty locked into AWS after a while.
        """,
      follow_ups=("costs", "managed-vs-custom", "multi-cloud")),
    J("cloud-platform", "numbers-vertex-ranking", "numbers", W, 4, H, """
        We run our product-search ranking on Vertex AI: 6 Vertex Pipelines, a feature store with
        about 1,200 features, 30 model versions in the registry and 4 online endpoints serving
        roughly 3,000 queries per second at peak. The strength is the tight loop with BigQuery,
        where our 8 TB of click logs already live; the weaknesses are cost opacity and lock-in,
        plus a 10-minute minimum for endpoint deployments that slows iteration. After the move from
        our self-managed stack we cut the time to ship a new ranker from 3 weeks to 4 days, and by
        switching two low-traffic endpoints to batch prediction we reduced serving spend by 28
        percent.
        """,
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut the time to ship a new ranker from 3 weeks to 4 days",
              "reduced serving spend by 28 percent"),
      not_impact=("6 Vertex Pipelines", "about 1,200 features", "30 model versions",
                  "4 online endpoints", "roughly 3,000 queries per second", "8 TB of click logs",
                  "a 10-minute minimum")),
    J("cloud-platform", "negated-basic-aws", "negated", W, 2, H, """
        We were on AWS, but to be honest we only used EC2 for training and S3 for storage. We
        never got into SageMaker Pipelines, the model registry or the endpoints; the finance team
        thought it would be too expensive, so everything was scripts on our own instances. So I
        can't really speak to the platform's strengths and weaknesses from experience.
        """,
      flags=("basic-services-only", "no-feature-knowledge"), maybe=("one-sided",),
      follow_ups=("managed-vs-custom", "costs")),
    J("cloud-platform", "weak-generic", "weak", S, 1, H, """
        um, I've used all three a bit, they're all pretty similar honestly. they're scalable and
        flexible and you can train and deploy models. the downside is mostly cost, cloud can get
        expensive. but overall I'd say they're all good choices.
        """,
      flags=("generic-platform", "no-feature-knowledge"), maybe=("one-sided", "basic-services-only"),
      follow_ups=("costs", "managed-vs-custom")),

    # ================================================================== challenging-project
    J("challenging-project", "imaging-star-keyword", "keyword", W, 5, H, """
        Situation: at a radiology AI company our stroke-detection model ran on a single large GPU
        VM per hospital, and as we grew to more sites, inference queues during night shifts
        pushed results past the clinical deadline. Task: I was asked to make inference scale and
        to make releases safe, since each hospital had a slightly different model version. Action:
        I containerised the model with Docker and cut the image from CUDA-devel to a runtime base,
        moved serving to Kubernetes on EKS with the GPU node pool defined in Terraform and
        autoscaling on queue length, put every model version into the MLflow registry with its
        data and image digest, and added Prometheus alerts on queue time and a drift report on
        scanner metadata. I also ran the migration site by site with a shadow period. Result:
        p95 time-to-result fell from 11 minutes to under 3, we reached 99.95 percent uptime over
        the following year, and all sites ended up on one versioned model.
        """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("p95 time-to-result fell from 11 minutes to under 3",
              "we reached 99.95 percent uptime over the following year",
              "all sites ended up on one versioned model")),
    J("challenging-project", "imaging-star-plain", "paraphrase", W, 5, H, """
        At a medical imaging company our model that flags strokes on brain scans ran on one big
        graphics-card machine per hospital. As we added hospitals, night-shift queues got long
        enough that results missed the clinical deadline. My job was to make it scale and to make
        releases safe, because each hospital had drifted onto a slightly different model. I
        packaged the model into a lean, self-contained image, moved it onto a managed cluster
        whose machines were described in code and which added graphics-card machines as the
        queue grew, recorded every model version in one catalogue together with the data and
        image it came from, and set up warnings on waiting time plus a weekly check on whether
        scanner details were changing. Each hospital was moved separately, after a period where
        the new system ran silently alongside the old one. The slowest results came back in under
        3 minutes instead of 11, the service stayed up 99.95 percent of the following year, and
        every hospital ended on the same recorded model version.
        """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      equal_to="imaging-star-keyword",
      impact=("in under 3 minutes instead of 11", "stayed up 99.95 percent of the following year",
              "every hospital ended on the same recorded model version")),
    J("challenging-project", "grid-plain-result", "plain-result", W, 4, H, """
        The hardest project I had was at a regional grid operator. Our load-forecast models were
        retrained by hand by one analyst, and when she was away the forecasts quietly went stale;
        in a cold snap that meant the control room bought expensive reserve power at the last
        minute. I took ownership of automating it. I moved the retraining code into an Airflow
        pipeline with data validation on the meter feeds, tracked runs and versions in MLflow,
        added a comparison gate against the live model, and put drift and forecast-error checks on
        a dashboard with alerts to our team. The hardest part was the meter data, which arrived
        late and with gaps, so I built explicit rules for late data instead of silently filling it.
        In the end retraining no longer depended on one person, the control room stopped
        complaining about surprise forecast errors, and we came through the next winter without a
        single emergency purchase caused by a stale model.
        """,
      maybe=("no-quantified-impact",),
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("we came through the next winter without a single emergency purchase caused by a "
              "stale model",)),
    J("challenging-project", "credit-tuning-as-mlops", "misconception", W, 2, H, """
        My most challenging MLOps project was a credit default model at a consumer lender that
        was underperforming. The situation was that our logistic regression scorecard had an AUC
        of only 0.71 and the business wanted better risk separation. I treated this as an MLOps
        problem: I tracked every experiment in MLflow, moved to XGBoost, engineered about forty new
        bureau features and ran a large Optuna hyperparameter search on a GPU box. The main
        challenge was overfitting, which I overcame with careful cross-validation and monotonic
        constraints. In the end AUC rose to 0.78, which is what MLOps is ultimately about:
        better models in production.
        """,
      flags=("no-mlops-intersection",), follow_ups=("do-differently", "biggest-learning"),
      misconception="raising model accuracy through tuning is the core MLOps challenge",
      impact=("AUC rose to 0.78",), not_impact=("an AUC of only 0.71", "about forty new")),
    J("challenging-project", "matchmaking-reordered", "reordered", S, 4, H, """
        okay so, the end result first, matchmaking latency at p95 went from about 900 milliseconds
        down to 120, and we stopped having those, um, weekend outages completely. how we got
        there, I rewrote the serving path, the model was being loaded per request in a Python
        service, so I moved it into a proper model server on Kubernetes with the model baked into
        the Docker image, added a Redis cache for player features so we didn't hit the warehouse
        on every match, and put Prometheus alerts on queue time with a runbook. and I added a
        canary step, because before that every release went to all players at once. the task was
        mine because I was the only one on the team who'd done serving before. and the situation,
        it was a multiplayer shooter, season launch coming, and matchmaking kept falling over
        every Saturday night when traffic peaked.
        """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("went from about 900 milliseconds down to 120",
              "we stopped having those, um, weekend outages completely")),
    J("challenging-project", "numbers-logistics", "numbers", W, 4, H, """
        At a parcel carrier we ran 240 depot-level volume models, each retrained weekly by a
        separate cron job on 2 shared VMs, and roughly 1 in 10 weekly runs failed silently. My
        task was to rebuild this as a reliable pipeline within one quarter. I moved training to
        Kubeflow Pipelines on a Kubernetes cluster with 12 worker nodes, added data checks on 60
        input columns, versioned data with DVC and models in MLflow, and set a promotion rule
        that a new model must cut MAPE by at least 0.5 points. Results: silent failures went to
        zero, the weekly retraining window shrank from 14 hours to 3 hours, and forecast MAPE
        improved from 9.8 percent to 7.1 percent, which the planning team estimated saved about
        400 overtime hours a month.
        """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("silent failures went to zero", "shrank from 14 hours to 3 hours",
              "improved from 9.8 percent to 7.1 percent", "saved about 400 overtime hours a month"),
      not_impact=("240 depot-level volume models", "2 shared VMs", "roughly 1 in 10",
                  "within one quarter", "12 worker nodes", "60 input columns",
                  "at least 0.5 points")),
    J("challenging-project", "negated-blame-schemas", "negated", S, 2, H, """
        so the hardest one was at the insurer, the claims model kept breaking in production, and
        honestly it wasn't our fault, the data engineering team kept changing the schemas without
        telling anyone. we never set up data contracts or validation because, you know, that's
        their pipeline, not ours. we just kept escalating to their manager. eventually they got
        more careful and it mostly stopped. I don't have numbers on it, it just got better.
        """,
      flags=("blame", "no-quantified-impact"), maybe=("vague",),
      follow_ups=("do-differently", "stakeholders", "biggest-learning")),
    J("challenging-project", "weak-vague", "weak", S, 1, H, """
        um, yeah, there was a project where we had a lot of data and it was really complex, and
        we had to get the model into production on the cloud. it was challenging but we worked
        hard as a team and we got it done, and the stakeholders were happy in the end.
        """,
      flags=("vague", "no-quantified-impact"), maybe=("no-mlops-intersection",),
      follow_ups=("do-differently", "biggest-learning")),
]
