"""A ninth labelled set of interview answers, written BLIND: the new untouched holdout.

Since the eleventh scoring pass (2026-12-03, afternoon) its errors have been read, so it is tuning data
now; the rules below describe how it was written. The untouched holdout is ``judgement_answers_fresh16``.

Provenance and rules
--------------------
* Written blind by a separate helper session on 2026-12-03. That session read only: the interview
  guide (shared/seed/000_03ac0d1b1b231269.txt, all of it); in ``questions/guide.toml`` the question
  ids and prompts, the red-flag ids and wording and the follow-up ids and wording (printed by a
  small ``tomllib`` script that printed those fields and nothing else, after a structure-only
  script that printed the two top-level key names, ``category`` and ``question``, and the length
  of each list); the module docstring, ``KINDS`` / ``CORE_KINDS`` / ``STORY_KINDS`` /
  ``QUESTIONS`` constants, ``Judged`` dataclass, ``J`` helper and ``W, S, T, H`` constants of
  ``judgement_answers.py`` (``sed -n '1,/^ANSWERS/p'``, not its answers); and the module docstrings
  and import lines of ``judgement_answers_fresh.py``, ``judgement_answers_fresh2.py``,
  ``judgement_answers_fresh3.py``, ``judgement_answers_fresh4.py``, ``judgement_answers_fresh5.py``,
  ``judgement_answers_fresh6.py`` and ``judgement_answers_fresh7.py`` (the same ``sed`` range, which
  stops at the ``ANSWERS`` line: none of their answers). A ``test -e`` of this file's own path
  confirmed it did not exist yet.
* Reading slips: none known. No key names or values of ``guide.toml`` beyond the fields above were
  printed (no concepts, aliases, descriptions, examples, misconceptions, rules, cues or triggers),
  and no directory listing of ``tests/`` or any other folder was made.
* The session did not read ``voice_interviewer/``, ``benchmarks/``, ``scripts/``, other tests,
  README files, the git log or git diffs, or the answers of any other ``judgement_answers*.py``
  file, ran no git command, and did not run ``voice-interviewer score``, any scorer, benchmark or
  test on these answers. Nothing was scored. The only thing run on this file was a structural
  well-formedness check written by this session in /tmp and deleted afterwards (the module imports
  with ``PYTHONPATH=tests``, names unique per question, kinds in ``KINDS``, splits are holdout,
  flag / maybe / follow-up ids exist among that question's red-flag / follow-up ids in
  ``guide.toml``, impact / not_impact phrases occur in the text, ``equal_to`` targets exist with
  the same tier, 8 answers per question, 28 spoken, plus a word count), and a plain regex written
  by this session confirming the paraphrases avoid terms such as "drift", "pipeline", "version",
  "container", "monitor" and tool names. Neither scores anything; both found nothing to fix, and no
  label was changed after them.
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
in all: wind-turbine maintenance, dairy farming, commercial beekeeping, golf courses, zoos, 3D
printing bureaus, print-on-demand apparel, sawmills, fertility clinics, DNA ancestry and genealogy,
astronomy observatories, chocolate making, toy manufacturing, plant seed breeding, opinion polling,
pawnbroking, online bookmaking, CRM lead scoring, e-signature software, national lotteries, car
wash chains, freelancer marketplaces, radio broadcasting, dry cleaning, satellite operators, home
security cameras, battery cell manufacturing, mattress e-commerce, seismology, customs cargo
X-ray, self-storage, pest control, insulin pumps and glucose sensors, hydroelectric dams, poultry
and egg farms, cruise lines, call-centre workforce planning, postal mail sorting, coworking spaces,
pool maintenance, oceanography, mushroom growing, vertical farming, paper mills, tea estates,
shipyard welding inspection, olive oil cooperatives, sugar refining, plastic injection moulding,
home-care nursing, bridge structural health, forestry carbon credits, road maintenance and
potholes, cheese making, printer ink subscriptions, fuel-station chains). Slots per question: a
solid keyword answer that names tools (tier 4-5); a plain-words answer of the same substance
(``paraphrase``, ``equal_to`` the keyword answer, same tier); a partial answer that is good on
most of the framework but has one clear gap (kind ``keyword`` or, where it runs on tools the guide
does not name, ``other-tools``); a confident misconception (some subtle, mixed into otherwise good
content, some said in plain practice words with no tell-tale phrase); a spoken answer; a
numbers-heavy answer (results in ``impact``; thresholds, traffic shares, counts, durations, sizes
and the size of the original problem in ``not_impact``); a negated or disowning answer ("we never
got round to it", "that's the platform team's job", "we looked at X but didn't adopt it"); and a
weak, off-target or tool-salad answer. For challenging-project the partial slot is a
``plain-result`` story (result in plain words, no numbers) and the spoken slot a ``reordered`` one
(result first, situation last). 28 of the 56 answers are in spoken style (4 per question), spread
over several slots, not only the spoken one.
"""

from __future__ import annotations

from judgement_answers import H, J, Judged, S, W

ANSWERS: list[Judged] = [
    # ------------------------------------------------------------------ lifecycle
    J("lifecycle", "wind-turbine-keyword", "keyword", W, 5, H, """
        At a wind-farm operator I owned the gearbox-failure model end to end, so I'll walk it in
        order. Ingestion: SCADA vibration and temperature data landed in a lake, we built features
        like rolling bearing-temperature deltas, and we versioned each training snapshot with DVC so
        any model could be traced to its exact data. Experimentation ran in notebooks, but every
        run logged parameters, metrics and artefacts to MLflow, and the winner was promoted through
        the MLflow model registry rather than copied around. Then CI/CD: a GitHub Actions workflow
        ran unit tests, a data-schema check and an evaluation gate against the current champion,
        and built a Docker image. Deployment was on Kubernetes, first in shadow mode next to the
        old rules engine, then a canary on a handful of turbines before the whole fleet. Monitoring
        had two layers: Prometheus and Grafana for latency and pod health, and drift reports on the
        sensor distributions, because a firmware update on the turbines can silently shift
        readings. When drift or a drop in precision on confirmed failures crossed a threshold, an
        Airflow DAG retrained on the freshest window and the candidate went back through the same
        gate. The point is that it's a loop, not a line, and what separates it from a research
        notebook is that every step is automated, versioned and reversible. Moving from notebooks
        to that setup cut our release time from about three weeks to two days.
        """,
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("cut our release time from about three weeks to two days",)),
    J("lifecycle", "dairy-paraphrase", "paraphrase", S, 5, H, """
        so um at the dairy co-op we were predicting which cows were getting udder infections from
        the milking robot readings and i'll just go through it start to finish. first the raw
        readings, milk conductivity, yield, temperature, they come in every milking and we clean
        them and work out things like how each cow compares to her own last week, and we freeze a
        labelled copy of exactly what each model learned from so we can always go back to it. then
        the trying things phase, every attempt gets written down automatically, the settings, the
        scores, the output file, and the one we pick gets promoted in one central place not
        emailed around. before anything goes out there's an automatic check, the code tests, is
        the incoming data shaped like we expect, and is the new one actually better than the one
        running now, and then it gets packed up with everything it needs so it runs the same on the
        farm servers. we'd start it quietly alongside the old one, then turn it on for a couple of
        herds, then everyone. after that we watch two things, is the service up and fast, and are
        the readings coming in looking like what it was trained on, because like a new robot model
        changes the numbers. if that shifts or it starts missing infections the vet confirmed, it
        retrains itself on recent weeks and goes through the same checks again. so it's a circle
        really. and doing it this way we got from about three weeks per release to two days
        """,
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("we got from about three weeks per release to two days",),
      equal_to="wind-turbine-keyword"),
    J("lifecycle", "beekeeping-partial", "keyword", W, 3, H, """
        For a commercial beekeeping business we classified hive audio to spot colonies that had
        lost their queen. Data came from microphones in the hives; we labelled clips with the
        inspectors' notes, engineered spectral features and versioned the datasets with DVC.
        Training experiments were tracked in MLflow and the chosen model was registered there.
        Jenkins ran the tests and built the Docker image, and we deployed to a small Kubernetes
        cluster with a canary on ten percent of apiaries first. Once it was live we mostly left it
        alone; retraining happened when the beekeepers told us the alerts felt off, which was
        maybe once a season.
        """,
      flags=("omits-crucial-steps",),
      follow_ups=("drift", "rollback"),
      not_impact=("ten percent of apiaries",)),
    J("lifecycle", "golf-misconception", "misconception", S, 2, H, """
        yeah so at the golf course group we had a model that um predicted which greens would need
        watering and, and fungicide. lifecycle wise, we pulled the soil moisture and weather data
        in, versioned it with dvc, trained and tracked in mlflow, then the model went into a docker
        container on kubernetes through a gitlab pipeline. and honestly the nice part is we
        retrained every single night on the latest data, so we never had to bother with drift
        monitoring or alerts, the nightly retrain just absorbs whatever changes, you know, it's self
        correcting. so that was really the whole loop
        """,
      flags=("omits-crucial-steps",),
      maybe=("no-production-distinction",),
      follow_ups=("drift", "rollback"),
      misconception="nightly retraining removes the need to monitor drift"),
    J("lifecycle", "zoo-spoken", "spoken", S, 3, H, """
        okay so um, the the life cycle, i'll do it how we did it at the zoo. we had cameras in the
        enclosures and a model that flagged like stress behaviours, pacing mostly. so step one is
        the data, getting footage labelled by the keepers, and we kept snapshots of the labelled
        set um on s3 with versioning turned on. then experiments, we used mlflow for tracking, tried
        a few architectures. when one was good enough it went to the registry and uh a github
        action built the image and deployed it. and then monitoring, we had grafana for the service
        and we kind of checked the prediction rates by hand each week to see if something changed,
        like when they put new lighting in the big cat house everything went weird. retraining was
        manual though, someone kicks it off. i'd want to automate that next
        """,
      maybe=("omits-crucial-steps",),
      follow_ups=("drift", "rollback")),
    J("lifecycle", "3d-printing-numbers", "numbers", W, 4, H, """
        At a 3D printing bureau with 140 printers, our print-failure model went through this loop.
        We ingested layer-camera images at 2 frames per second, about 1.2 TB a month, and
        snapshotted training sets weekly with DVC. Experiments, around 60 runs per cycle, were
        tracked in MLflow, and a candidate had to beat the champion by at least 1 point of recall
        to be registered. GitHub Actions ran tests and built images in roughly 12 minutes, then
        Argo CD rolled the model onto Kubernetes: 5% of printers for 48 hours, then everything.
        Grafana watched latency against a 300 ms budget and Evidently checked input drift daily; a
        PSI above 0.2 triggered retraining. Over the first year this cut wasted filament by 31% and
        brought failed overnight prints down from 9 a week to 2.
        """,
      follow_ups=("drift", "rollback"),
      impact=("cut wasted filament by 31%", "brought failed overnight prints down from 9 a week to 2"),
      not_impact=("140 printers", "2 frames per second", "about 1.2 TB a month", "around 60 runs",
                  "at least 1 point of recall", "roughly 12 minutes", "5% of printers", "48 hours",
                  "300 ms", "0.2")),
    J("lifecycle", "print-on-demand-negated", "negated", W, 2, H, """
        At the print-on-demand t-shirt company the lifecycle was, honestly, shorter than it should
        have been. We talked about putting the training data under DVC and tracking experiments in
        MLflow, but we never got round to either; the data scientist kept CSVs on her laptop.
        Deployment was a Flask app someone copied onto a VM, and we never containerised it.
        Monitoring and drift detection sat on the roadmap for two quarters and didn't happen, and
        retraining was whatever the platform team felt like scheduling, which wasn't my area. I know
        what the full loop should look like; we just didn't have it.
        """,
      flags=("omits-crucial-steps",),
      maybe=("stages-not-connected", "no-production-distinction"),
      follow_ups=("drift", "rollback"),
      not_impact=("two quarters",)),
    J("lifecycle", "sawmill-weak", "weak", S, 1, H, """
        um yeah so basically you get the data, you train the model, you deploy it, and then you
        keep an eye on it. at the sawmill ours was for grading the boards coming off the saw. it's,
        it's pretty standard really, mlops is just making sure everything runs smooth and the
        model keeps working
        """,
      flags=("generic-no-tools", "omits-crucial-steps"),
      maybe=("stages-not-connected", "no-production-distinction"),
      follow_ups=("drift", "feature-store")),

    # ------------------------------------------------------------------ reproducibility
    J("reproducibility", "fertility-clinic-keyword", "keyword", W, 5, H, """
        In a fertility clinic network reproducibility wasn't optional, because a regulator could
        ask why an embryo got a certain grade two years ago. We tied four things together. Code in
        Git, with every training run launched from a tagged commit. Data with DVC: the time-lapse
        image sets sat in S3 and DVC kept content hashes, so a dataset version was just a small
        .dvc file committed beside the code. The environment as a Docker image with pinned CUDA and
        PyTorch and a locked conda environment, pushed to ECR and referenced by digest. And the
        model in the MLflow registry, where each registered version recorded the Git SHA, the DVC
        data hash, the image digest and the random seeds as tags. So reproducing model 14 meant
        checking out that SHA, running dvc pull for that hash, and training in that image. We
        really used it: after one lab changed incubators the scores dropped, and rebuilding the old
        model exactly let us prove the model hadn't changed but the images' colour balance had. We
        also wrote a model card per version for the clinical governance board.
        """,
      follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "genealogy-paraphrase", "paraphrase", W, 5, H, """
        At a DNA ancestry company customers would write in asking why their heritage breakdown had
        changed, so we had to be able to rebuild any past model exactly. We linked four things. The
        code lived in a shared history, and every training run started from a labelled snapshot of
        it. The reference genomes and training panels sat in cloud storage, each set fingerprinted
        by its content, with a tiny pointer file saved right next to the code, so a code snapshot
        also said which data it expected. The software setup, from system libraries to the maths
        packages at their exact releases, was frozen into an image identified by its own
        fingerprint rather than a name someone could overwrite. And every trained model went into
        one catalogue that recorded the code snapshot, the data fingerprint, the setup image and
        the random seeds, so rebuilding a model from last spring took three commands. When a batch
        of results shifted, rebuilding the old model side by side showed the model was identical
        and the change came from a new reference population being added. Each model also got a
        short written sheet on what it is for, what data it saw and where it is weak, which our
        ethics reviewers signed off.
        """,
      follow_ups=("large-datasets", "dependencies", "model-card"),
      equal_to="fertility-clinic-keyword"),
    J("reproducibility", "observatory-partial", "keyword", S, 3, H, """
        right so at the observatory we classified uh transient events, supernova candidates
        basically, from the telescope images. for reproducibility we had git for the code
        obviously, and the training catalogues were versioned with dvc because they're huge, and
        then every model got logged to mlflow with the commit hash and the dvc hash so you could tie
        them together. environments, um, that was kind of whatever was on the cluster, people just
        pip installed what they needed on the shared login node. so yeah rebuilding an older model
        mostly worked, sometimes numpy versions bit us
        """,
      flags=("environment-ignored",),
      follow_ups=("dependencies", "large-datasets")),
    J("reproducibility", "chocolate-misconception", "misconception", W, 2, H, """
        At a chocolate manufacturer we predicted tempering defects from line sensors. Reproducibility
        was well covered: the whole training server was snapshotted every night, the snapshots were
        kept for ninety days, and the models folder was synced to a second region. If anyone needed
        last month's model or data, we restored that night's snapshot and everything was exactly as
        it had been. Code was in Git, of course. We didn't need separate data versioning or a model
        registry on top of that, because the snapshots already held every file.
        """,
      flags=("backups-confusion", "tool-unfamiliar"),
      maybe=("environment-ignored",),
      follow_ups=("large-datasets", "dependencies"),
      misconception="nightly server snapshots make models reproducible",
      not_impact=("ninety days",)),
    J("reproducibility", "toy-factory-spoken", "spoken", S, 3, H, """
        so um for us at the toy factory it was a defect detection thing on the, well on the painted
        figures. how we kept it reproducible, uh, code in git, we used mlflow for, like, every run
        logs its params and the model file, and we had the images in s3 with versioning switched on
        so you could point at an older version of the bucket. and the training ran in a docker
        image that we, we pinned the requirements in. the bit that was weak is linking it all,
        like the mlflow run didn't always record which s3 state it used, so once or twice we
        couldn't fully redo a model. i'd fix that with dvc or at least by tagging the run
        """,
      follow_ups=("large-datasets", "dependencies")),
    J("reproducibility", "seed-breeding-numbers", "numbers", S, 4, H, """
        okay so in seed breeding we had uh about 4 terabytes of genotype data, 30,000 lines, and we
        retrained the yield model every 6 weeks. everything in git, data tracked with dvc pointing
        at s3, each model in the mlflow registry with the commit and the data hash, and the training
        image pinned by digest, python 3.10, about 40 pinned packages. the test we set was can
        someone rebuild a model from a year ago and get predictions within 0.1 percent. before all
        that, um, only 2 of the 11 older models we tried could be rebuilt at all, and after, all 11
        could, and the time to rebuild one went from roughly a week to under 3 hours. and that
        mattered because variety registration audits ask for it
        """,
      follow_ups=("large-datasets", "dependencies"),
      impact=("all 11 could", "went from roughly a week to under 3 hours"),
      not_impact=("about 4 terabytes", "30,000 lines", "every 6 weeks", "python 3.10",
                  "about 40 pinned packages", "within 0.1 percent", "only 2 of the 11")),
    J("reproducibility", "polling-negated", "negated", S, 2, H, """
        honestly at the polling firm we, we didn't really do model versioning as such. the code was
        in git, that part's fine. data versioning, we looked at dvc once but didn't adopt it, and
        the survey waves just got overwritten in the warehouse, that was the data engineering
        team's side anyway not mine. models were pickle files on a shared drive named like final
        final two. docker we never got round to. so if you asked me to reproduce the model from the
        last election, um, i couldn't, not exactly
        """,
      flags=("code-only", "environment-ignored"),
      maybe=("tool-unfamiliar",),
      follow_ups=("large-datasets", "dependencies")),
    J("reproducibility", "pawnbroking-off-target", "off-target", W, 1, H, """
        At a pawnbroking chain I built the model that suggests loan offers for jewellery and
        electronics. What I cared about most was consistency for customers: two branches should
        quote the same item the same way. So we standardised how staff photograph and describe
        items, added SHAP explanations so managers could see why an offer came out as it did, and
        reviewed the outliers every Friday. Offers became much more consistent once descriptions
        were standardised.
        """,
      flags=("tool-unfamiliar", "environment-ignored"),
      maybe=("code-only",),
      follow_ups=("dependencies", "model-card")),

    # ------------------------------------------------------------------ ml-cicd
    J("ml-cicd", "bookmaker-keyword", "keyword", S, 5, H, """
        yeah so at the bookmaker, um, the models priced in-play odds, so a bad release costs real
        money fast, and that shaped the whole pipeline. the normal software part is there, github
        actions runs unit tests and linting on every pr. but on top of that ml needs uh three extra
        things. one, data validation, we ran great expectations on the training snapshot so a schema
        change or like a feed suddenly sending nulls for corner kicks fails the build. two, training
        and evaluation as pipeline steps, we used kubeflow pipelines, it trains, then compares
        against the champion on a fixed holdout and on last weekend's matches, checks calibration,
        and it won't register the model in mlflow unless it's at least as good. three, the model
        itself is versioned and packaged, docker image, deployed to kubernetes through argo, first
        as a shadow, then a canary on a small slice of markets. so the difference from plain ci cd
        is you're testing data and model behaviour not just code, and the trigger can be new data,
        not only a commit. deploys went from a monthly manual thing to a couple of times a week
        """,
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("deploys went from a monthly manual thing to a couple of times a week",)),
    J("ml-cicd", "crm-paraphrase", "paraphrase", W, 5, H, """
        At a CRM company I owned the release process for the lead-scoring model. The part that
        looks like ordinary software delivery is there: every change to the code has its tests and
        style checks run automatically before anyone can merge. Machine learning needs more than
        that, in three ways. First, the data gets checked: if a column changes type, or a source
        suddenly sends empty values for company size, the automated run stops. Second, training and
        evaluation are steps in the same automated run: it retrains, scores the new model against
        the one in use on a fixed held-back set and on last month's closed deals, checks that its
        probabilities are honest, and only files it as a release candidate if it is at least as
        good. Third, the model is bundled with exact copies of everything it needs to run and placed
        on our shared compute cluster, first answering quietly next to the old one, then for a
        small slice of customer accounts, then for everyone. So what differs is that data and model
        behaviour are tested, not just code, and fresh data can start the process, not only a code
        change. We went from one hand-run monthly release to about two a week.
        """,
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("We went from one hand-run monthly release to about two a week",),
      equal_to="bookmaker-keyword"),
    J("ml-cicd", "e-signature-partial", "other-tools", W, 3, H, """
        At an e-signature company we had a model that classifies uploaded documents (contract,
        invoice, ID) so they get routed correctly. Our CI/CD ran on CircleCI, with Dagster
        orchestrating the ML side. A merge triggers the unit tests as usual, but a nightly Dagster
        job also validates the latest labelled documents against Pandera schemas, retrains, and
        runs Deepchecks on the candidate against the production model; if macro-F1 or the recall on
        ID documents drops, the job fails and posts to Slack. Runs and artefacts go to Weights &
        Biases, which doubles as our model registry. Deployment is the weak point: CircleCI copies
        the artefact with rsync to six inference VMs, each with a Python environment maintained by
        hand, and restarts the service.
        """,
      flags=("no-containers",),
      follow_ups=("pipeline-challenge", "pipeline-metrics"),
      not_impact=("six inference VMs",)),
    J("ml-cicd", "lottery-misconception", "misconception", S, 2, H, """
        so at the lottery operator we had a model scoring retailer terminals for suspicious sales
        patterns. our ci cd is gitlab ci, it lints, runs pytest, builds the docker image, pushes to
        the registry and helm deploys to kubernetes, staging then prod. and um, i'm quite firm on
        this, model accuracy checks don't belong in the pipeline, because a pipeline should be
        deterministic and accuracy depends on data, so that's something you look at after release
        in the dashboards. the pipeline treats the model file like any other artefact, it's just a
        file that ships with the code, so really it's the same pipeline as our web services and
        that's a feature not a bug
        """,
      flags=("same-as-software", "no-automated-testing"),
      follow_ups=("pipeline-metrics", "ab-canary"),
      misconception="model quality checks do not belong in the CI/CD pipeline"),
    J("ml-cicd", "car-wash-spoken", "spoken", S, 3, H, """
        okay um so at the car wash chain we had a plate recognition model for the membership
        lanes. the pipeline, it's github actions. when someone changes the code it runs the tests,
        and when um when we get a new batch of labelled plates there's a job that retrains and
        checks the accuracy on a fixed set of tricky ones, like dirty plates, night shots, and if
        it's worse than the current one it just stops. then it builds the docker image and we
        deployed to uh the little edge boxes at each site running k3s. we didn't really have data
        checks before training, that's something i'd add, we once trained on a batch where half the
        labels were shifted by one character. and rollout was all sites at once which was scary
        """,
      maybe=("no-automated-testing",),
      follow_ups=("ab-canary", "pipeline-challenge")),
    J("ml-cicd", "freelancer-numbers", "numbers", W, 4, H, """
        At a freelancer marketplace our ranking model's pipeline had 7 stages in GitLab CI. Data
        validation with Great Expectations ran 85 checks on each daily snapshot of about 40 million
        job-freelancer pairs. Training on Kubeflow took around 90 minutes on 4 GPUs. The evaluation
        gate required NDCG@10 within 0.5% of the champion and no segment worse by more than 2%.
        Images were built with Docker and deployed to Kubernetes behind a canary at 5% of traffic
        for 24 hours. Compared with the manual process before, where a release took 11 days and
        needed 3 engineers, lead time dropped to 6 hours, and rollbacks fell from 4 in a quarter to
        none the next quarter. The hire rate from search rose 3.8% over two releases.
        """,
      follow_ups=("pipeline-metrics", "ab-canary"),
      impact=("lead time dropped to 6 hours", "rollbacks fell from 4 in a quarter to none",
              "hire rate from search rose 3.8%"),
      not_impact=("7 stages", "85 checks", "about 40 million", "around 90 minutes", "4 GPUs",
                  "within 0.5%", "more than 2%", "5% of traffic", "24 hours", "11 days",
                  "3 engineers")),
    J("ml-cicd", "radio-negated", "negated", S, 2, H, """
        at the radio group um i build the models that suggest song rotations for the stations. ci
        cd, honestly that's not really mine, the platform team owns jenkins and the kubernetes
        side, i just hand them a model file and a requirements list. we talked about adding data
        checks and an evaluation step into jenkins but we never got round to it, so no, there's no
        automated test that the model's any good, we eyeball a notebook before handing it over. i
        know in theory an ml pipeline should validate the data and compare against the last model
        """,
      flags=("no-automated-testing",),
      maybe=("same-as-software", "tools-unexplained"),
      follow_ups=("pipeline-challenge", "pipeline-metrics")),
    J("ml-cicd", "dry-cleaning-weak", "weak", W, 1, H, """
        For the dry-cleaning chain we used Jenkins, GitHub Actions, Kubeflow, SageMaker Pipelines,
        Docker, Kubernetes, MLflow, Airflow and Terraform. CI/CD for ML is basically the same idea
        as normal CI/CD but with models, and all these tools plug together so it's automated end to
        end.
        """,
      flags=("tools-unexplained", "same-as-software", "no-automated-testing"),
      follow_ups=("pipeline-challenge",)),

    # ------------------------------------------------------------------ iac-containers
    J("iac-containers", "satellite-keyword", "keyword", W, 5, H, """
        At a satellite operator I ran the infrastructure for our telemetry anomaly models and a
        cloud-masking model for imagery. Everything was Terraform: the VPC, the EKS cluster and its
        node groups, including a GPU pool that scales to zero, the S3 buckets, IAM roles and the
        managed Redis, written as modules with remote state and plans reviewed in pull requests.
        Each model was a Docker image built from a slim base with pinned dependencies, so the same
        image ran in a data scientist's test, in CI and in production; that ended the
        works-on-my-laptop bugs, which with CUDA versions had been constant. On Kubernetes the
        models ran as Deployments with resource requests and limits, horizontal autoscaling on
        queue depth during pass windows, and liveness probes so a hung model restarted itself.
        Batch reprocessing ran as Jobs on spot nodes. Standing up a new ground-station region went
        from a fortnight of tickets to an afternoon with terraform apply, and moving batch work to
        spot cut compute cost by about 40%.
        """,
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("went from a fortnight of tickets to an afternoon", "cut compute cost by about 40%")),
    J("iac-containers", "home-security-paraphrase", "paraphrase", S, 5, H, """
        so at the home security camera company, um, we had person detection and a parcel detection
        model running in the cloud. all of our cloud setup was written down as code files, the
        network, the group of machines the models run on including a set of graphics card machines
        that shrinks to nothing when nobody needs it, the storage, the permissions, the cache, and
        any change to that went through a review like any other code change, no clicking around in
        the console. each model got packed into a sealed bundle with its exact libraries, and the
        same bundle ran on a laptop, in our automated tests and in production, so the old problem
        where it worked for the researcher and crashed in prod because of a different graphics
        driver just went away. then a scheduler on top runs the bundles, it knows how much memory
        and processor each one needs, it adds copies when the queue of clips grows in the evening,
        and if one hangs it gets restarted by itself. the big reprocessing jobs ran on the cheap
        interruptible machines. setting up a whole new region went from like two weeks of tickets
        to one afternoon, and the cheap machines cut the compute bill by about 40 percent
        """,
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("went from like two weeks of tickets to one afternoon",
              "cut the compute bill by about 40 percent"),
      equal_to="satellite-keyword"),
    J("iac-containers", "battery-partial", "keyword", S, 3, H, """
        yeah so in the battery plant we inspected the electrode coatings with a vision model. uh
        docker for everything, each model image has its cuda and opencv pinned, and that's what let
        us move from the lab pc to the line without surprises. then kubernetes on prem, we run the
        inference deployments with gpu requests, node affinity to the machines near the line, and a
        horizontal autoscaler for when two lines run at once. but the cluster itself and the
        storage we set up by hand, like following a wiki page, no terraform or anything, so when we
        built the second plant it took ages and it's, it's not quite the same as the first
        """,
      flags=("no-iac",),
      follow_ups=("managed-vs-self-hosted", "resource-utilization")),
    J("iac-containers", "mattress-misconception", "misconception", W, 3, H, """
        At a mattress e-commerce company I looked after the infrastructure for the returns
        prediction and recommendation models. We wrote the AWS side in Terraform (EKS, RDS, S3 and
        IAM) with separate workspaces for staging and production. The models ran as Docker
        containers on EKS with autoscaling. To keep images fresh, our Dockerfiles start from
        python:latest and pip install the requirements unpinned on every build, and because the
        model runs inside a container its environment is identical wherever it runs, so we never
        have to worry about dependencies differing between builds. Secrets come from AWS Secrets
        Manager, mounted into the pods.
        """,
      maybe=("container-benefits-missing", "generic-no-examples"),
      follow_ups=("secrets", "resource-utilization"),
      misconception="a container keeps the environment identical even when rebuilt from unpinned latest dependencies"),
    J("iac-containers", "seismology-spoken", "spoken", S, 3, H, """
        uh so at the seismology institute we had um phase picking models, they pick the p wave
        arrival from the station waveforms. infra wise we had terraform for the cloud part, the
        buckets and a managed kubernetes cluster on gke, and the models were in docker images.
        kubernetes runs them as deployments and, like, when there's a swarm of aftershocks the load
        goes way up so the autoscaler adds pods. the benefit of docker for us was honestly the old
        fortran libraries, getting those to build the same way twice was a nightmare before. i
        didn't write much of the terraform myself though, i mostly edited variables, a colleague
        wrote the modules
        """,
      maybe=("generic-no-examples",),
      follow_ups=("managed-vs-self-hosted", "resource-utilization")),
    J("iac-containers", "customs-numbers", "numbers", W, 4, H, """
        At a customs agency we ran X-ray cargo-scan models at 9 ports. Terraform managed about
        1,400 resources across 3 accounts with 22 reusable modules. Each model image, about 1.8 GB
        after multi-stage Docker builds, was deployed to Kubernetes with requests of 2 CPUs and 1
        GPU per pod, autoscaling between 3 and 30 replicas on queue length, and a scan had to be
        scored within 4 seconds. After the move from hand-built VMs, provisioning a new port dropped
        from 5 weeks to 2 days, GPU utilisation rose from 18% to 63%, and monthly compute spend fell
        by 35%.
        """,
      follow_ups=("resource-utilization", "secrets"),
      impact=("provisioning a new port dropped from 5 weeks to 2 days",
              "GPU utilisation rose from 18% to 63%", "monthly compute spend fell by 35%"),
      not_impact=("9 ports", "about 1,400 resources", "3 accounts", "22 reusable modules",
                  "about 1.8 GB", "2 CPUs and 1 GPU", "between 3 and 30 replicas",
                  "within 4 seconds")),
    J("iac-containers", "self-storage-negated", "negated", W, 2, H, """
        At a self-storage company I built the unit-pricing model. Infrastructure as code wasn't
        really something I did: the platform team owns the Terraform, and I'd raise a ticket if I
        needed a bucket. We looked at moving the model onto Kubernetes but didn't adopt it; it runs
        as one Docker container on a single VM that somebody restarts if it falls over. It works
        for a nightly batch, so nobody pushed for more.
        """,
      flags=("no-iac", "docker-xor-kubernetes", "generic-no-examples"),
      maybe=("container-benefits-missing",),
      follow_ups=("managed-vs-self-hosted", "secrets")),
    J("iac-containers", "pest-control-weak", "weak", S, 1, H, """
        um, yeah, i've used docker a bit, and kubernetes, and i know terraform's the infrastructure
        as code one. at the pest control company we had a routing model for the technicians and it
        was in a container i think. containers are good because they're, they're more modern and
        scalable
        """,
      flags=("generic-no-examples", "container-benefits-missing", "no-iac"),
      maybe=("docker-xor-kubernetes",),
      follow_ups=("secrets", "managed-vs-self-hosted")),

    # ------------------------------------------------------------------ monitoring
    J("monitoring", "insulin-pump-keyword", "keyword", W, 5, H, """
        At a medical-device company our model predicted low-glucose events 30 minutes ahead from
        CGM readings, so monitoring had to cover both the service and the model. System side:
        Prometheus scraped latency, error rates, CPU and memory from the inference pods, with
        Grafana dashboards and PagerDuty alerts on p99 latency. Model side: ground truth arrives
        within hours, since we see whether a low actually happened, so we computed recall and
        precision on confirmed events daily and per device firmware, and alerted if recall over the
        last 48 hours fell below the validated floor. For inputs we tracked missing readings, sensor
        dropouts and outliers, and Evidently compared feature distributions with the training window
        every day, PSI per feature, which catches data drift such as a new sensor generation reading
        slightly high. Concept drift shows up differently: the inputs look normal but precision
        falls, as when a new fast-acting insulin changed how glucose moves. We also checked
        performance across age bands for bias. Every alert had a runbook and an owner: drift alone
        opened a ticket for review, while a recall drop paged on-call and could trigger a rollback
        to the previous model.
        """,
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      not_impact=("30 minutes ahead", "48 hours")),
    J("monitoring", "hydro-dam-paraphrase", "paraphrase", W, 5, H, """
        At a hydroelectric operator our model forecast river inflow into the reservoirs six hours
        ahead, and we watched it on two levels. The first is the service itself: how fast it
        answers, how often it errors, processor and memory use, all on shared screens, with someone
        woken up when response times got bad. The second is the forecasts. The real inflow is
        measured a few hours later, so every day we worked out the forecast error for each
        catchment and raised an alarm if it went past the limit the operations team had agreed. We
        also checked what was going into the model: gauges that stopped reporting, sensors stuck on
        one value, readings that were physically impossible. Each morning the spread of every input
        was compared with the period the model learned from, which is how we spotted a replaced
        rain gauge reading consistently higher. A different problem is when the inputs look
        perfectly normal but the forecasts still go wrong: after a forest fire upstream, the same
        rain produced far more runoff, so the relationship itself had changed. We also compared the
        error between large and small catchments, so the small ones weren't quietly neglected.
        Every alarm came with a written playbook and a named owner: a shift in the inputs opened a
        ticket to review, a jump in forecast error woke someone up and could switch us back to the
        previous model.
        """,
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      not_impact=("six hours",),
      equal_to="insulin-pump-keyword"),
    J("monitoring", "poultry-partial", "keyword", W, 3, H, """
        At a poultry company we predicted respiratory outbreaks in laying barns from ammonia,
        temperature, water intake and cough-audio features. Infrastructure metrics such as latency,
        memory and pod restarts went to Prometheus and Grafana. For the model we logged predictions
        and, once the vets confirmed or ruled out an outbreak, joined them back to compute precision
        and recall per barn in a weekly job. Evidently produced drift reports comparing each week's
        sensor distributions with the training data, which showed us when the new ventilation
        system changed the ammonia readings. All of it ended up as dashboards. No alerts were wired
        to any of it; the data scientist looked at the reports on Monday mornings.
        """,
      flags=("alerts-unexplained",),
      follow_ups=("false-positives", "when-to-retrain")),
    J("monitoring", "cruise-misconception", "misconception", S, 2, H, """
        so at the cruise line we had a model predicting which passengers would book shore
        excursions, and um, for monitoring we had grafana on the api, latency, errors, the usual.
        and for the model itself we ran a daily job comparing the feature distributions to the
        training set, ks tests on every column. my view is that's really the complete picture,
        because if the inputs look the same as in training then the model's going to behave the
        same, it's the same function, so you don't need to wait for the actual bookings to come back
        and score it. if the distributions move we get a slack alert and retrain
        """,
      flags=("no-drift",),
      follow_ups=("drift-difference", "when-to-retrain"),
      misconception="if the inputs keep their distribution the model cannot degrade"),
    J("monitoring", "call-centre-spoken", "spoken", S, 3, H, """
        okay so the, the model forecasts call volumes every half hour for the contact centres so
        they can roster staff. monitoring, um, we had the infrastructure side in datadog, job
        success, runtime. and for the model we compare the forecast with the actual calls once the
        day's done, we track like mean absolute percentage error per queue, and there's an alert if
        it's off by more than fifteen percent two days running, it goes to our teams channel and
        whoever's on the rota checks it. what we don't do well is the inputs, like we found out late
        that a marketing campaign had changed the call mix, so i'd add proper drift checks on the
        inputs
        """,
      maybe=("no-drift",),
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      not_impact=("every half hour", "fifteen percent", "two days running")),
    J("monitoring", "postal-numbers", "numbers", S, 4, H, """
        so at the postal service the address reader handles about 30 million envelopes a day across
        14 sorting centres. we scrape latency with prometheus, the budget's 80 milliseconds per item,
        grafana dashboards. for the model, um, every envelope the reader rejects goes to a human
        keyer, so we get labels back within about 2 hours, and we track read rate and mis-sort rate
        per centre. evidently runs every 6 hours on the image features and we alert when the psi goes
        over 0.25 or the read rate drops 2 points below the 7 day average. when we added that, the
        time to notice a bad camera or a new envelope style went from about 9 days to under a day,
        and mis-sorts fell 22 percent the next year. false alerts went from something like 40 a month
        to 6 after we tuned it
        """,
      follow_ups=("false-positives", "when-to-retrain"),
      impact=("went from about 9 days to under a day", "mis-sorts fell 22 percent",
              "from something like 40 a month to 6"),
      not_impact=("about 30 million envelopes a day", "14 sorting centres", "80 milliseconds",
                  "within about 2 hours", "every 6 hours", "0.25", "2 points", "7 day average")),
    J("monitoring", "coworking-negated", "negated", S, 2, H, """
        um at the coworking company our occupancy model, we, we never really set up monitoring for
        it to be honest. there's a grafana board the platform team made for the server, cpu and
        that, that's theirs. drift detection we looked at evidently but didn't get round to wiring
        it up, and nobody compares the forecasts against the actual desk bookings, so we only find
        out it's wrong when a site manager complains. no alerts
        """,
      flags=("infra-only", "alerts-unexplained"),
      maybe=("no-drift", "no-tools"),
      follow_ups=("when-to-retrain", "false-positives")),
    J("monitoring", "pool-off-target", "off-target", W, 1, H, """
        At a pool-maintenance company I built the model that predicts when a customer's pool is
        about to turn green. To make sure it performs well I used 5-fold cross-validation, tuned
        the hyperparameters with Optuna, checked the confusion matrix and ROC curve on a held-out
        test set, and compared gradient boosting against a random forest. The final model was very
        well received by the operations manager.
        """,
      flags=("no-drift", "alerts-unexplained", "no-tools"),
      follow_ups=("when-to-retrain", "drift-difference"),
      not_impact=("5-fold",)),

    # ------------------------------------------------------------------ cloud-platform
    J("cloud-platform", "oceanography-keyword", "keyword", S, 5, H, """
        so i've mostly used vertex ai, at an oceanography institute where we had um models that fill
        gaps in the buoy and satellite sea temperature data. the bits we used, vertex ai pipelines
        for training, it's kubeflow underneath so we wrote the components in python and each step
        ran in its own container, the vertex model registry for versions, and vertex endpoints for
        the online model the forecasting team calls, plus batch prediction for the big nightly
        reprocessing. we tried the vertex feature store for the buoy features, and model monitoring
        for skew and drift on the endpoint. strengths, it's really tight with bigquery, which is
        where all our data lived, so no copying, and managed training meant we didn't run gpus
        ourselves. weaknesses, the cost is hard to predict, an endpoint bills while it's idle, which
        on a research budget hurt, uh the feature store pricing was confusing and we dropped it, and
        the lock in, the pipeline definitions don't move easily to anything else. debugging a failed
        step through the console logs is slow too. net effect, going from our old hand managed vm
        setup to pipelines cut the reprocessing run from two days to about five hours
        """,
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut the reprocessing run from two days to about five hours",)),
    J("cloud-platform", "mushroom-paraphrase", "paraphrase", W, 5, H, """
        At a mushroom grower I used our cloud provider's managed machine-learning service for models
        that predict when each growing room's crop is ready to pick, from camera images and humidity
        logs. We used its workflow feature for training, where each step is a small Python function
        running in its own isolated environment; its catalogue of trained models, which keeps every
        release; its hosted prediction service, which the picking-schedule app calls live; and its
        bulk scoring for reprocessing whole seasons overnight. We tried its shared store for
        reusable inputs and its built-in check that warns when live inputs stop resembling the
        training data. What's good: it sits right next to the provider's data warehouse, where all
        our data already lived, so nothing had to be copied, and we never had to run our own
        graphics-card machines. What's bad: the bill is hard to forecast, since the hosted
        prediction service charges while sitting idle, which hurt a small company; the
        reusable-input store was priced confusingly enough that we dropped it; the workflows are
        written in the provider's own format, so moving away would mean rewriting them; and tracing
        a failed step through its web logs is slow. Moving from our hand-run servers to the managed
        workflows cut the seasonal reprocessing from two days to about five hours.
        """,
      maybe=("generic-platform",),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut the seasonal reprocessing from two days to about five hours",),
      equal_to="oceanography-keyword"),
    J("cloud-platform", "vertical-farm-partial", "keyword", S, 3, H, """
        yeah so at the vertical farm we were on azure ml. we used the designer at first and then
        moved to azure ml pipelines with the python sdk, the registry for models, managed online
        endpoints for the lettuce growth model that adjusts the led light recipes, and we had the
        data in azure data lake with datasets registered in the workspace. um, and what's good about
        it, honestly it's been great, the integration with azure devops made ci cd easy, the managed
        endpoints autoscale, the compute clusters spin down when idle, role based access was easy
        with active directory. i can't really think of downsides, it's just worked for us
        """,
      flags=("one-sided",),
      follow_ups=("costs", "managed-vs-custom")),
    J("cloud-platform", "paper-mill-misconception", "misconception", W, 3, H, """
        At a paper-mill group I worked on SageMaker for models that predict sheet breaks from
        machine sensors. We used SageMaker Pipelines for the processing, training and evaluation
        steps, the Model Registry with an approval step before anything reached production, and
        real-time endpoints for the break predictor, with Model Monitor capturing endpoint traffic
        for data-quality checks. Strengths: everything sits in one place with IAM, the pipeline and
        the registry fit together, and we didn't operate any training hardware. On cost, I like that
        real-time endpoints only bill for the requests they serve, so we keep one endpoint per paper
        machine running around the clock without worrying about idle time. The weaknesses are the
        learning curve of the SDK and that pipeline definitions are SageMaker-specific, which is
        lock-in.
        """,
      follow_ups=("costs", "managed-vs-custom"),
      misconception="real-time SageMaker endpoints bill only per request, idle time is free"),
    J("cloud-platform", "tea-estate-spoken", "spoken", S, 3, H, """
        um so at the tea estate company we used sagemaker, mainly for a model that grades the tea
        leaf from photos at the collection points. we did training jobs on spot instances, which was
        nice and cheap, the model went in the model registry and we, um, we deployed it as a
        serverless endpoint because the traffic's really bursty, the pickers bring leaf in like twice
        a day. the good bits, spot training and the serverless thing kept costs low, and the
        permissions are all in iam. the bad bits, um, cold starts on serverless were slow, sometimes
        several seconds, and studio was kind of confusing for the agronomists. we never got to
        pipelines or the feature store, that was on the list
        """,
      follow_ups=("costs", "managed-vs-custom")),
    J("cloud-platform", "shipyard-numbers", "numbers", W, 4, H, """
        At a shipyard we used Azure ML for ultrasonic weld-inspection models. About 120,000 scans a
        month flowed through 3 Azure ML pipelines; training ran on a compute cluster of up to 8 A100
        nodes that scales to 0 when idle. Models went through the Azure ML registry, and managed
        online endpoints served 2 deployments, at 90% and 10% of traffic, during each rollout.
        Strengths: the endpoints' traffic splitting and the registry's lineage saved us building
        those ourselves. Weaknesses: GPU quota requests took up to 3 weeks, and costs were opaque
        until we tagged every resource. With the platform in place, the time from a new labelled
        batch to a model in production went from 6 weeks to 4 days, inspector review time fell 45%,
        and tagging plus auto-shutdown cut the monthly bill by 28%.
        """,
      follow_ups=("costs", "managed-vs-custom"),
      impact=("went from 6 weeks to 4 days", "inspector review time fell 45%",
              "cut the monthly bill by 28%"),
      not_impact=("About 120,000 scans a month", "3 Azure ML pipelines", "8 A100 nodes",
                  "scales to 0", "2 deployments", "90% and 10% of traffic", "up to 3 weeks")),
    J("cloud-platform", "olive-oil-negated", "negated", W, 2, H, """
        At an olive oil cooperative I predicted harvest timing and oil quality. We trialled
        SageMaker for a month but didn't adopt it: the cooperative's IT provider handled the AWS
        account, it was their call, and they decided it was too expensive. So I can't speak to
        Pipelines, the registry or Model Monitor in practice; I only used a notebook instance during
        the trial. Our models run from cron on an office server.
        """,
      flags=("no-feature-knowledge", "basic-services-only"),
      maybe=("one-sided", "generic-platform"),
      follow_ups=("managed-vs-custom", "costs")),
    J("cloud-platform", "sugar-refinery-weak", "weak", S, 1, H, """
        so cloud platforms, yeah, we were on aws at the sugar refinery. it's good because it's
        scalable and it has lots of services, s3, ec2, lambda, all that. the downside is i guess it
        can get expensive. but overall it's a really powerful platform and i'd use it again
        """,
      flags=("generic-platform", "no-feature-knowledge", "basic-services-only"),
      maybe=("one-sided",),
      follow_ups=("costs", "managed-vs-custom")),

    # ------------------------------------------------------------------ challenging-project
    J("challenging-project", "moulding-keyword", "keyword", W, 5, H, """
        Situation: at a plastic injection-moulding company we had a vision model that caught short
        shots and flash on car parts, but it ran on one data scientist's workstation and was
        retrained by hand whenever a new mould came in, about twice a month. Task: I was asked to
        make it run reliably at four plants without that person in the loop. The hard parts were
        that every mould needs its own labelled examples, the plants had different cameras, and
        inference had to finish inside the press cycle. Action: I put the image sets under DVC with
        a folder per mould, tracked training in MLflow, and built a GitHub Actions pipeline that
        retrains a mould's model when new labelled images land, checks recall on a held-out set of
        known defects, and only then registers it. Models shipped as Docker images to small
        Kubernetes clusters at each plant, and I converted them to ONNX with TensorRT to meet the
        cycle-time budget. Prometheus and Grafana tracked latency and per-camera defect rates, and
        an alert on a sudden drop in flagged parts caught a dirty lens twice. Result: onboarding a
        new mould went from about ten days to one, inference latency fell by 60%, and scrap shipped
        to customers dropped by roughly a third. My mistake was underestimating the camera
        differences; next time I'd standardise the hardware first.
        """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("onboarding a new mould went from about ten days to one", "inference latency fell by 60%",
              "scrap shipped to customers dropped by roughly a third"),
      not_impact=("about twice a month", "four plants")),
    J("challenging-project", "home-care-paraphrase", "paraphrase", S, 5, H, """
        okay so um, this was at a home care nursing provider. we had a model that predicts how long
        each home visit will take so the scheduler can plan the nurses' rounds, but it lived on one
        analyst's computer and she retrained it by hand whenever we took on a new area, roughly
        twice a month. my job was to make it run properly across four regions without her being the
        bottleneck. the tricky bits were, every area needs its own history of visits, the regions
        used different record systems, and the scheduler needed an answer in well under a second.
        so what i did, i kept each area's training data as a frozen copy with a fingerprint so we
        always knew what a model learned from, every training run got recorded automatically, and i
        set up an automatic process that retrains an area when new visit records come in, checks it
        against a held back set of real visits, and only releases it if it's accurate enough. each
        model was packed up with everything it needs and ran on a few shared servers per region,
        and i slimmed the model down so it answered faster. we had screens showing response times
        and predictions per area, and an alarm when predictions suddenly changed, which twice
        caught a broken data feed from one region. in the end adding a new area went from about
        ten days to one, answers came back 60 percent faster, and missed visits dropped by roughly
        a third. what i'd do differently is get the regions onto the same record system first
        """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("adding a new area went from about ten days to one", "answers came back 60 percent faster",
              "missed visits dropped by roughly a third"),
      not_impact=("roughly twice a month", "four regions"),
      equal_to="moulding-keyword"),
    J("challenging-project", "bridge-plain-result", "plain-result", W, 3, H, """
        The hardest project I've had was at a bridge-engineering firm. We had strain and vibration
        sensors on several long-span bridges and a model that flagged unusual structural behaviour,
        but each bridge had its own hand-tuned copy and nobody could say which version was running
        where. I took it on. The tricky part was that normal behaviour depends on temperature and
        traffic, so a model trained in summer raised false alarms all winter. I consolidated
        everything into one training pipeline with per-bridge configuration, versioned the sensor
        data and the models, added temperature-normalised features, and set up drift checks that
        compared each bridge's live readings with the same season in its training data before
        alerting an engineer. Deployment went through containers, so every bridge ran an identical,
        traceable build. The result was that the engineers stopped ignoring the alerts: winter false
        alarms became rare, and when a bearing did start to seize on one bridge, the system caught
        it weeks before the scheduled inspection would have.
        """,
      flags=("no-quantified-impact",),
      follow_ups=("do-differently", "stakeholders")),
    J("challenging-project", "forestry-misconception", "misconception", S, 2, H, """
        so um, the project was at a forestry carbon credit company, we estimated canopy cover and
        biomass from satellite images to verify the credits. the challenge was the model kept
        getting worse each season in new regions, the estimates just slid. what i did, i put the
        imagery into dvc, set up mlflow, containerised the training, and then the real fix, i went
        back and pulled in twelve years of archive imagery instead of three and trained a much
        bigger model. because once a model has seen enough years of history it's covered every
        kind of variation, so drift basically stops being an issue and you don't need to keep
        retraining. after that the validation accuracy went way up and we stopped the monthly
        retrains
        """,
      flags=("no-quantified-impact",),
      follow_ups=("do-differently", "biggest-learning"),
      misconception="training on enough history makes a model immune to drift",
      not_impact=("twelve years", "instead of three")),
    J("challenging-project", "pothole-reordered", "reordered", S, 4, H, """
        so the end result was we cut the time from a pothole appearing to a repair crew knowing
        about it from about three weeks to two days, and the council's claims for car damage went
        down by about a quarter the next year. how we got there, um, i rebuilt the whole pipeline.
        the model got retrained automatically through github actions when new labelled frames came
        in, with a check that recall on a fixed set of hard cases, like wet roads and shadows,
        didn't go down, and the model was packaged in docker and pushed out to the edge boxes in the
        trucks, which was the hardest part because they're on patchy mobile signal, so we did staged
        rollouts, ten trucks first. we also monitored detections per route so a dirty camera showed
        up as a route going quiet. the challenge, the reason i was brought in, was that the old model
        only ran offline on footage someone copied off the trucks every week, and half the time the
        copy failed. and the situation, this is a city council's road maintenance team using cameras
        on the bin lorries
        """,
      follow_ups=("stakeholders", "do-differently", "biggest-learning"),
      impact=("from about three weeks to two days", "claims for car damage went down by about a quarter"),
      not_impact=("ten trucks",)),
    J("challenging-project", "cheese-numbers", "numbers", W, 4, H, """
        Situation: a cheese maker with 6 ripening rooms and about 18,000 wheels wanted a model that
        predicts when each wheel is ready, from humidity, temperature and weekly acoustic tap tests.
        Task: the prototype scored well in a notebook but was run by hand every Monday and took 7
        hours. Action: I moved the data to versioned snapshots in DVC, trained in MLflow with a gate
        of at least 0.85 recall on over-ripened wheels, containerised scoring with Docker and
        scheduled it on Kubernetes every 4 hours, and set drift alerts at a PSI of 0.2 on the sensor
        features. Result: scoring now takes 12 minutes, wheels graded as over-ripe fell from 4.1% to
        1.6%, which the finance team put at about €310,000 a year, and the grader's manual checks
        dropped by 70%.
        """,
      follow_ups=("stakeholders", "do-differently"),
      impact=("scoring now takes 12 minutes", "fell from 4.1% to 1.6%", "about €310,000 a year",
              "manual checks dropped by 70%"),
      not_impact=("6 ripening rooms", "about 18,000 wheels", "took 7 hours", "0.85 recall",
                  "every 4 hours", "PSI of 0.2")),
    J("challenging-project", "printer-ink-negated", "negated", S, 2, H, """
        uh the challenging one, that was at a printer ink subscription company, the model predicts
        when your cartridge runs out so we ship a new one. the problem was it kept shipping too early
        after a firmware update on the printers changed the ink level readings. and um, honestly,
        fixing that wasn't really on us, the device team pushed the firmware without telling anyone
        and the platform team owned the deployment, so we just flagged it. we never got round to
        adding drift monitoring or an automated retrain, it sat on the backlog. eventually somebody
        retrained it by hand
        """,
      flags=("blame", "no-quantified-impact"),
      maybe=("vague",),
      follow_ups=("do-differently", "biggest-learning")),
    J("challenging-project", "fuel-station-weak", "weak", W, 1, H, """
        A challenging project was at a fuel-station chain, where we built a model to forecast fuel
        demand. It was hard because there was a lot of data and the stakeholders kept changing the
        requirements. We worked really hard as a team, used Python and the cloud, and in the end we
        delivered it and everyone was happy.
        """,
      flags=("vague", "no-quantified-impact"),
      maybe=("no-mlops-intersection",),
      follow_ups=("biggest-learning", "do-differently")),
]
