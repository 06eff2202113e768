"""A twelfth labelled set of interview answers, written BLIND: the new untouched holdout.

Since the fourteenth scoring pass (2026-12-04) its errors have been read, so it is tuning data now;
the rules below describe how it was written. The untouched holdout is ``judgement_answers_fresh16``.

Provenance and rules
--------------------
* Written blind by a separate helper session on 2026-12-03. That session read only: the interview
  guide (shared/seed/000_03ac0d1b1b231269.txt, all of it); in ``questions/guide.toml`` the question
  ids and prompts, the red-flag ids and wording and the follow-up ids and wording (printed by a
  small ``tomllib`` script that accessed exactly ``data["question"]`` and, per question, ``id``,
  ``prompt``, ``red_flag[*].id`` / ``.text`` and ``follow_up[*].id`` / ``.text``, and printed those
  fields and nothing else; no structure script was run); the module docstring, ``KINDS`` /
  ``CORE_KINDS`` / ``STORY_KINDS`` / ``QUESTIONS`` constants, ``Judged`` dataclass, ``J`` helper
  and ``W, S, T, H`` constants of ``judgement_answers.py`` (``sed -n '1,/^ANSWERS/p'``, not its
  answers); and the module docstrings and import lines of ``judgement_answers_fresh10.py`` (the
  model for this file's structure, slot plan and docstring), ``judgement_answers_fresh9.py``,
  ``judgement_answers_fresh8.py``, ``judgement_answers_fresh7.py``, ``judgement_answers_fresh6.py``,
  ``judgement_answers_fresh5.py`` and ``judgement_answers_fresh4.py`` (the same ``sed`` range, which
  stops at the ``ANSWERS`` line: none of their answers), to collect the industries already used. A
  ``test -e`` of this file's own path confirmed it did not exist yet.
* Reading slips, stated honestly: none that went beyond the list above. For completeness: the
  printed ``sed`` range of ``_fresh7`` was cut short by the tool's output limit, so the same
  permitted range was printed again, piped through a second ``sed`` that showed only its
  middle lines (still nothing past the ``ANSWERS`` line); a ``head -5`` of the ``_fresh10`` range
  was printed once more to copy its first line. The permitted docstrings of the earlier sets
  themselves name two scorer files (``_fresh5``), name functions of other test and benchmark files
  and the header lines (question id, name, kind) of some answers of ``judgement_answers.py`` such
  as a reproducibility "backups" misconception (``_fresh4``), list the key names of
  ``guide.toml`` tables seen in earlier sessions' slips (``_fresh5``, ``_fresh6``, ``_fresh9``), and
  say which scoring pass turned each set into tuning data. No scorer code was read, and no key
  names or values of ``guide.toml`` beyond the fields above were printed by this session (no
  concepts, aliases, descriptions, examples, misconceptions, rules, cues, triggers or stages). The
  one misconception here that confuses reproducibility with keeping copies follows the guide's own
  red flag; its wording and scenario are this session's own. The industries of
  ``judgement_answers.py`` and of ``_fresh`` / ``_fresh2`` / ``_fresh3`` were not visible (their
  answers were not read, and the latter three were not opened at all); the industries below avoid
  those listed in ``_fresh4`` to ``_fresh10`` and their obvious neighbours. No directory listing of
  ``tests/`` or any other folder was made.
* The session did not read ``voice_interviewer/``, ``benchmarks/``, ``scripts/``, other tests,
  README files, the git log or git diffs, or the answers of any other ``judgement_answers*.py``
  or ``scoring_answers*.py`` file, ran no git command, and did not run ``voice-interviewer score``,
  any scorer, benchmark or test on these answers. Nothing was scored. The only things run on this
  file were a structural well-formedness check written by this session in /tmp and deleted
  afterwards (the module imports with ``PYTHONPATH=tests``, names unique per question, kinds in
  ``KINDS``, styles in ``W`` / ``S``, splits are holdout, flag / maybe / follow-up ids exist among
  that question's red-flag / follow-up ids in ``guide.toml`` (read by the same field-limited
  ``tomllib`` access as above), flags and maybe disjoint, at least one follow-up, impact /
  not_impact phrases occur verbatim in the text, ``equal_to`` targets exist with the same tier,
  misconception answers carry a ``misconception``, 8 answers per question, 28 spoken, 4 spoken per
  question, plus a word count), and a plain regex written by this session (word-boundary prefix
  matches) confirming the paraphrases avoid terms such as "drift", "pipeline", "version",
  "container", "monitor", "registry", "deploy", "retrain", "dashboard", "alert", "canary",
  "feature store", "CI/CD", "A/B", "MLOps", "orchestration", "artifact", "shadow", "rollback"
  and tool, cloud and vendor names. Neither scores anything. Outcomes: the structural check
  found no error on its first run (word counts 37 to 316, median 145), and the regex found no
  hit in any of the seven paraphrases on its first run, so no text was reworded and no label or
  text was changed after either check; the only edit after the checks was filling in this
  paragraph.
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
in all: code hosting platforms, recipe websites, insect protein farming, modular house factories,
font foundries, urban air-quality sensing, sailmaking lofts, touring circuses, forensic science
labs, national archives digitisation, pharmacovigilance, surfboard shaping workshops, anti-doping
agencies, research funding agencies, building permit offices, trophy engraving, note-taking apps,
crossword publishers, sheet music publishing, knitting pattern marketplaces, trade show organisers,
sports supplement makers, shop sign makers, street market management, CAD software vendors,
chimney sweeping services, cricket bat making, tent manufacturing, playground equipment
manufacturing, permanent magnet manufacturing, suitcase manufacturing, web accessibility auditing,
beach lifeguard services, document shredding services, stonemasonry yards, polar research stations,
casting agencies, ball-bearing manufacturing, trade unions, picture framing shops, public
procurement offices, wind tunnel testing, pencil manufacturing, mobile keyboard apps, municipal
allotments, cutlery manufacturing, acoustic consultancies, community Q&A sites, instrument
calibration labs, organic certification bodies, rope and netting manufacturing, zip fastener
manufacturing, shopping trolley manufacturing, umbrella manufacturing, abrasives manufacturing,
trading standards offices).
Slots per question: a solid keyword answer that names tools (tier 4-5); a plain-words answer of the
same substance (``paraphrase``, ``equal_to`` the keyword answer, same tier); a partial answer that
is good on most of the framework but has one clear gap (kind ``keyword`` or, where it runs on tools
the guide does not name, ``other-tools``); a confident misconception (some subtle, mixed into
otherwise good content, some said in plain practice words with no tell-tale phrase); a spoken
answer; a numbers-heavy answer (results in ``impact``; thresholds, traffic shares, counts,
durations, sizes and the size of the original problem in ``not_impact``); a negated or disowning
answer ("we never got round to it", "that's the platform team's job", "we looked at X but didn't
adopt it"); and a weak, off-target or tool-salad answer. For challenging-project the partial slot
is a ``plain-result`` story (result in plain words, no numbers) and the spoken slot a ``reordered``
one (result first, situation last). 28 of the 56 answers are in spoken style (4 per question),
spread over several slots, not only the spoken one (paraphrase, misconception, partial, numbers,
negated, weak and, once, keyword answers are spoken too).
"""

from __future__ import annotations

from judgement_answers import H, J, Judged, S, W

ANSWERS: list[Judged] = [
    # ------------------------------------------------------------------ lifecycle
    J("lifecycle", "code-hosting-spam-keyword", "keyword", W, 5, H, """
        At a code hosting platform I owned the spam-repository classifier, so I'll walk the
        lifecycle through that. Data first: repo metadata and README text came off the event
        stream into a feature pipeline, and every training snapshot was versioned with DVC on S3,
        so any model could be traced back to the exact data it saw. Features needed both in
        training and at serving time, like account age, push bursts and link density, lived in a
        Feast feature store so offline and online values matched. Experimentation happened in
        notebooks, but every run was logged to MLflow with parameters, metrics and the data hash,
        and anything that beat the baseline was registered in the MLflow model registry with a
        staging tag. That is the line between experiment and production for us: nothing gets
        served that didn't go through the registry and CI. CI in GitHub Actions ran unit tests on
        the feature code, a schema check on the training data and an evaluation gate comparing
        precision at our operating threshold against the current champion, then built a Docker
        image. Deployment was to Kubernetes behind a canary: 5% of new repos were scored by the
        candidate for a day and compared with the champion on moderator-confirmed labels before
        promotion, and a bad canary rolled back automatically. In production we tracked latency
        and errors in Prometheus and Grafana, plus feature drift and the score distribution, and
        the moderator overturn rate as a delayed accuracy signal. Drift past a threshold or a drop
        in precision triggered an Airflow retraining job that went back through the same
        evaluation gate, so it's a loop, not a line. Putting all of this in place took our
        release time for a new model from about two weeks to two days.
        """,
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("from about two weeks to two days",),
      not_impact=("5% of new repos", "for a day")),

    J("lifecycle", "recipe-site-paraphrase", "paraphrase", S, 5, H, """
        so um at the recipe site we had a model that ranked recipes for the home page and uh the
        way we ran it end to end was, first the data, every time we trained we froze a copy of
        exactly the rows we used and gave it a label, so later you can say this model came from
        that exact snapshot. the inputs the model uses, like how often someone cooks vegetarian,
        were worked out once in one shared place so the live site and the training saw the same
        numbers. then experiments, every try got written down automatically, the settings, the
        scores, which snapshot it used, and when one beat what was live it went into a catalogue
        of approved models with a number on it, that's kind of the gate between playing around and
        the real thing. before anything goes out, automatic checks run on every change, tests on
        the code, a check that the data looks like it should, and the new model has to beat the
        live one on held-back data. then it gets packaged up with all its libraries into one
        sealed bundle so it runs the same on the servers. we'd let it serve a small slice of
        visitors first, like one in twenty, compare clicks and saves against the old one, and if
        it did worse the old one just came back. once it's live we keep watching speed and errors
        on the servers, but also whether the incoming data is shifting, like, christmas baking
        suddenly, and whether people actually save what we recommend, and when that slips past a
        line we set it kicks off a fresh training run on new data automatically, which goes back
        through the same checks. so it's a circle really. and um doing all this cut the time to
        get a new model live from about two weeks down to two days
        """,
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("from about two weeks down to two days",),
      not_impact=("one in twenty",),
      equal_to="code-hosting-spam-keyword"),

    J("lifecycle", "insect-farm-partial", "keyword", W, 3, H, """
        We farm black soldier fly larvae, and the model predicts harvest weight per crate from
        camera images and climate-room sensor data. The lifecycle for us: raw images and sensor
        logs land in S3, we version the training sets with DVC and do the feature engineering in
        a Spark job. Training runs and experiments are tracked in MLflow, and the winning run is
        registered in the MLflow model registry. A GitLab CI pipeline runs unit tests, a data
        schema check and an evaluation against a held-out batch of crates, then builds a Docker
        image and deploys it to our small Kubernetes cluster, first as a canary on two climate
        rooms before the rest of the farm. That took model releases from a manual afternoon to
        about twenty minutes. After go-live, honestly, the farm managers tell us when the
        predictions look off, and then someone reruns the training notebook.
        """,
      flags=("omits-crucial-steps",),
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("from a manual afternoon to about twenty minutes",),
      not_impact=("two climate rooms",)),

    J("lifecycle", "modular-homes-misconception", "misconception", S, 2, H, """
        yeah so at the modular housing factory the model estimates how many labour hours each wall
        panel needs, and that feeds the production schedule. um the lifecycle, we pull the panel
        specs and the timesheets from the ERP every night, the data snapshots are in DVC, code in
        git, experiments in MLflow when we're trying new stuff. and then the production part is
        actually quite simple, because we retrain every night on everything up to yesterday and
        the new model just replaces the old one in the morning. we don't compare it against the
        old one, it's trained on more recent data so it's the better model, that's kind of the
        point. it runs in a docker container on the scheduling server. and that way we don't need
        to watch it for drift either, it can't go stale if it's rebuilt every night
        """,
      flags=("omits-crucial-steps",),
      maybe=("no-production-distinction",),
      follow_ups=("rollback", "drift"),
      misconception="the newest nightly model is always better, so promote it unevaluated "
                    "and skip monitoring"),

    J("lifecycle", "font-foundry-spoken", "spoken", S, 4, H, """
        okay so um. font foundry, we sell typefaces, and we had a model that auto-tags new fonts,
        like geometric sans, humanist, for the search on our shop. the lifecycle... I'd start
        with data, which for us is glyph images rendered from the font files plus the tags our
        designers gave, and we kept those training sets in DVC because the tags kept getting
        corrected and we needed to know which set a model saw. then experiments, we log
        everything in, weights and bia-, no, MLflow, sorry, and the good ones get registered. then
        uh the CI part, GitHub Actions runs the tests and a check that the new model isn't worse
        than the current one on a fixed set of fonts, builds a docker image, and we deploy to
        kubernetes. we did a shadow first actually, the new model tags in the background and we
        compare with what the designers would pick, before it replaces anything. monitoring,
        grafana for latency, and we watch how often designers correct the tags, that's our
        accuracy signal, and if the correction rate climbs we retrain. it's not fully automatic
        yet, the retraining, someone clicks the button, but the trigger is automatic. and the
        whole point of all that is the experiment stuff stays in notebooks and only what passed
        the checks ever touches the shop
        """,
      maybe=("omits-crucial-steps",),
      follow_ups=("drift", "rollback", "feature-store")),

    J("lifecycle", "air-quality-numbers", "numbers", W, 4, H, """
        We forecast hourly NO2 and PM2.5 levels for 340 street sensors across the city. Data:
        about 8 million readings a day arrive over MQTT; we keep 18 months of training data,
        versioned as weekly DVC snapshots of roughly 60 GB. Features are computed in a feature
        store over 1-hour and 24-hour windows. Experiments are tracked in MLflow; we ran around
        200 runs before settling on gradient boosting. Promotion requires beating the champion by
        at least 3% MAE on the last 4 weeks held out. GitLab CI builds the Docker image, and
        deployment to Kubernetes starts as a canary on 10% of sensors for 48 hours. Monitoring:
        Prometheus and Grafana for p95 latency under 300 ms, PSI on every input with an alert at
        0.2, and forecast error against the actual readings, which arrive with a 1-hour lag.
        Retraining runs weekly, or early when PSI crosses the threshold. Originally a new
        forecast model took 6 weeks to ship and the average error was 9.5 micrograms per cubic
        metre; after the rework releases take 3 days, the error dropped to 6.1 micrograms, and
        false high-pollution warnings to the public fell by 40%.
        """,
      follow_ups=("drift", "feature-store", "rollback"),
      impact=("releases take 3 days", "the error dropped to 6.1 micrograms", "fell by 40%"),
      not_impact=("340 street sensors", "about 8 million readings a day", "18 months",
                  "roughly 60 GB", "1-hour and 24-hour windows", "around 200 runs",
                  "at least 3% MAE", "the last 4 weeks", "10% of sensors for 48 hours",
                  "under 300 ms", "at 0.2", "1-hour lag", "took 6 weeks to ship",
                  "9.5 micrograms per cubic metre")),

    J("lifecycle", "sailmaking-negated", "negated", S, 2, H, """
        um so at the sail loft, we make racing sails, the model predicts cloth stretch for a given
        design. the lifecycle, in theory it's data versioning, training, a model registry, CI/CD,
        monitoring, retraining. in practice we, uh, we never got round to data versioning, the
        training data's just a folder on the shared drive. we looked at MLflow but didn't adopt
        it, the spreadsheet of runs was good enough. deployment, that was the IT contractor's job,
        he put it on a server somewhere. and monitoring and automated retraining we haven't done,
        we'd only know if a sailmaker complained. so yeah it's more of a straight line than a
        loop, honestly
        """,
      flags=("omits-crucial-steps",),
      maybe=("stages-not-connected", "generic-no-tools", "no-production-distinction"),
      follow_ups=("drift", "rollback")),

    J("lifecycle", "circus-tool-salad", "weak", W, 1, H, """
        For our circus ticket pricing we used the whole modern stack: Python, Jupyter, MLflow,
        Kubeflow, Airflow, Docker, Kubernetes, Terraform, Prometheus, Grafana, Feast, DVC and
        SageMaker. The lifecycle is basically train, deploy, monitor, and MLOps ties all of it
        together so the model is always in production.
        """,
      flags=("generic-no-tools", "stages-not-connected", "no-production-distinction"),
      maybe=("omits-crucial-steps",),
      follow_ups=("drift", "feature-store", "rollback")),

    # ------------------------------------------------------------------ reproducibility
    J("reproducibility", "forensic-lab-keyword", "keyword", W, 5, H, """
        In a forensic lab reproducibility isn't a nice-to-have: a result from our DNA mixture
        model may be challenged in court two years later, and we have to rerun it and get the same
        answer. So we link four things. Code is in Git, and every training run is tied to a commit
        hash. Data: the reference profiles and validation casework sets are versioned with DVC on
        top of S3 with object versioning turned on, and the DVC hash is logged with the run.
        Models go into the MLflow model registry, where each registered version carries the Git
        commit, the DVC data hash, the training parameters and the random seeds. Environment:
        training and inference run in Docker images built from a pinned Conda lock file, and the
        image digest is stored on the registry entry too, because a different BLAS or numpy build
        can shift likelihood ratios in the fourth decimal place and a defence expert will notice.
        Given a case number we can look up the model version, check out the commit, pull that
        exact data and image, and reproduce the output bit for bit. We actually did this when a
        validation run disagreed with production: rebuilding both from the registry showed the
        production image had picked up a newer SciPy, which explained the difference. We also keep
        a model card per version with intended use, validation results and known limitations,
        which the accreditation auditors read.
        """,
      follow_ups=("large-datasets", "dependencies", "model-card"),
      not_impact=("two years later",)),

    J("reproducibility", "archives-handwriting-paraphrase", "paraphrase", W, 5, H, """
        At the national archive we read old handwritten records with a recognition model, and
        historians cite its transcriptions, so we have to be able to recreate any model exactly.
        Four things are tied together. All training code lives in a shared change history where
        every change gets a permanent ID, and a training run refuses to start if there are unsaved
        local edits, so each model points at one exact state of the code. The training data, page
        images plus the volunteers' corrected transcriptions, is frozen into a read-only snapshot
        with its own fingerprint before any training, because volunteers fix transcriptions every
        week and the set never stops changing. Each finished model gets a catalogue entry that
        records the code ID, the data fingerprint, the settings and the random seeds. And the
        software setup is pinned: we build a sealed machine image from an exact list of library
        releases, and its fingerprint goes into the same catalogue entry, because an update to an
        image library once quietly changed how pages were cropped. So from any transcription we
        can walk back to the model, then to the code, the data and the setup, and rebuild it
        exactly. We did precisely that when transcriptions of one batch of wills suddenly got
        worse: rebuilding the old and new models side by side showed the new snapshot included
        pages from a new scanner at a different resolution. Each model also has a short written
        fact sheet, what it's for, what it was tested on and where it fails, which our review
        board signs off.
        """,
      follow_ups=("large-datasets", "dependencies", "model-card"),
      equal_to="forensic-lab-keyword"),

    J("reproducibility", "pharmacovigilance-partial", "keyword", S, 3, H, """
        so in pharmacovigilance we classify adverse event reports, like is this a serious case or
        not, um, and regulators can ask why a case was triaged the way it was, so reproducibility
        matters. what we do is, code's in git obviously, the training data we version with DVC, so
        each labelled snapshot of reports gets a hash, and the models go into the MLflow registry
        with the git commit and the DVC hash attached, so from a model version I can get back to
        exactly which reports and which code. environment-wise, um, honestly we don't do anything
        special there, we all use the same python on the shared server so it's been fine, pip
        install whatever's current. we did once reproduce a model to debug why it triaged a batch
        of vaccine reports differently and it turned out to be a labelling change in the data
        snapshot, which we found pretty quickly because of the hashes
        """,
      flags=("environment-ignored",),
      follow_ups=("dependencies", "large-datasets", "model-card")),

    J("reproducibility", "surfboard-copies-misconception", "misconception", W, 2, H, """
        Our model suggests board dimensions, length, volume and rocker, from a rider's weight,
        skill level and usual waves, and the shaping machine cuts from it. For reproducibility,
        every night a job copies the whole project drive, the notebooks, the CSV of past orders and
        the trained model file, to a second cloud bucket and to a NAS in the workshop, and we keep
        90 days of those copies. If a model ever gets deleted or corrupted we can restore
        yesterday's or last month's. The code is on GitHub as well. So we can always get back to
        any model we've had, which is what reproducibility means in practice.
        """,
      flags=("backups-confusion", "environment-ignored"),
      maybe=("tool-unfamiliar", "code-only"),
      follow_ups=("dependencies", "large-datasets"),
      misconception="reproducibility means keeping nightly copies of files",
      not_impact=("90 days",)),

    J("reproducibility", "anti-doping-spoken", "spoken", S, 4, H, """
        ok so anti-doping, we have a model that flags athlete blood profiles that look, um,
        atypical, for the experts to review, and those results can end up at the sports court, so
        we need to be able to reproduce things. uh the way we do it, code's in gitlab, data is...
        so the profiles are versioned, we use DVC for that, the snapshots live in S3. models we
        register in, it's SageMaker Model Registry because we're on AWS, and each model version
        has the data hash and the commit on it. the environment, we build a docker image per
        training run and pin the requirements, and I think that part is the most underrated
        honestly, because uh we had a case where the same model gave different flags on a laptop
        versus the server and it was a pandas version thing. and um for the big data, the
        longitudinal profiles get big, DVC with S3 handles it fine, we don't copy it around. yeah
        """,
      follow_ups=("large-datasets", "dependencies", "model-card")),

    J("reproducibility", "grant-review-numbers", "numbers", S, 4, H, """
        right so, numbers. we match grant proposals to reviewers, about 14,000 proposals a year
        and a pool of 60,000 reviewers. the training data is the past ten years of assignments,
        about 2 million rows, um, 40 gigabytes with the text embeddings, versioned with DVC, we
        snapshot it quarterly. models go into the MLflow registry, we've got 37 registered
        versions right now, each linked to a git commit and the DVC hash. the environment is
        pinned in a conda lock file and baked into a docker image. before we did this, uh, when a
        panel chair questioned an assignment it took us something like three weeks to rebuild
        the model that made it, and about a third of the time we couldn't at all. now we can
        rebuild any of them in under two hours, and it's matched exactly every time we've tried,
        which is 11 audits so far
        """,
      follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("in under two hours", "matched exactly every time"),
      not_impact=("about 14,000 proposals a year", "60,000 reviewers", "past ten years",
                  "about 2 million rows", "40 gigabytes", "37 registered versions",
                  "three weeks", "about a third of the time", "11 audits")),

    J("reproducibility", "permit-office-negated", "negated", W, 2, H, """
        At the permit office we have a model that predicts which planning applications will need
        a site visit. Reproducibility is mostly handled by Git: every notebook and training script
        is committed and tagged when we release. We looked at DVC but didn't adopt it; the data
        team said the permit database is the source of truth anyway. A model registry is the
        platform team's job, they were going to set up MLflow but never got round to it, so the
        pickled model sits next to the code. We haven't really pinned environments either.
        """,
      flags=("code-only",),
      maybe=("tool-unfamiliar", "environment-ignored"),
      follow_ups=("large-datasets", "dependencies")),

    J("reproducibility", "trophy-engraving-weak", "weak", S, 1, H, """
        um yeah we use git for all our code so everything's versioned, and the model is saved as a
        file so we can always load it again. reproducibility is, yeah, just making sure everything
        is saved properly. we engrave trophies so it's quite a small model
        """,
      flags=("code-only", "tool-unfamiliar", "environment-ignored"),
      maybe=("backups-confusion",),
      follow_ups=("dependencies", "large-datasets", "model-card")),

    # ------------------------------------------------------------------ ml-cicd
    J("ml-cicd", "note-app-keyword", "keyword", S, 5, H, """
        so at the note-taking app we had a model that, um, suggests tags and links between notes,
        and CI/CD for it is different from our normal app CI/CD in a couple of ways. normal CI is
        code goes in, tests run, artifact ships. for the model there's three things that change,
        the code, the data and the model itself, so the pipeline has more stages. on every merge
        GitHub Actions runs the unit tests for the feature code, then, uh, data validation with
        Great Expectations on the latest training snapshot, schema, null rates, label balance,
        because a bad export from the notes database would silently ruin training. then training
        kicks off as a Kubeflow Pipelines run on our kubernetes cluster, each step in its own
        docker image, and evaluation compares the precision of suggested tags against the current
        production model on a frozen test set, and we also check per-language slices so we're not
        hurting, say, japanese users. if it passes the model's registered in MLflow and the
        serving image is built and pushed. deploy is a canary, 5 percent of users get the new
        model, we watch the acceptance rate of suggestions for two days, then promote or roll back
        automatically. and that took us from shipping a new model every, like, six weeks with a
        lot of manual steps to about twice a week
        """,
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("to about twice a week",),
      not_impact=("5 percent of users", "for two days", "every, like, six weeks")),

    J("ml-cicd", "crossword-paraphrase", "paraphrase", W, 5, H, """
        We have a model that rates how hard a crossword clue is, so editors can balance a puzzle.
        For ordinary software, every change gets tested automatically and, if it passes, shipped.
        With a model that isn't enough, because it can break without anyone touching the code: one
        bad batch of solving data from the app will quietly teach it nonsense. So the automatic
        steps on every change do more. First the usual code tests. Then checks on the data
        itself: are all the columns there, are solve times in a sensible range, is the mix of
        easy and hard clues roughly what we expect. Then the model is trained on a shared group of
        machines, where every step runs inside the same sealed, pre-built software environment,
        so a run on Tuesday and a run on Friday behave the same. Then the new model is scored
        against the one editors use today on a fixed set of puzzles, with cryptic and quick
        puzzles checked separately so one type can't get worse unnoticed. Only if it's at least as
        good is it recorded in our list of approved models and packaged. Then it goes out
        gradually: a twentieth of puzzles are rated by the new model for two days while we compare
        how often editors override its rating, and either it takes over or the old one comes back
        automatically. Before this a new model took six weeks of hand-work to get out; now it's
        about twice a week.
        """,
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("now it's about twice a week",),
      not_impact=("a twentieth of puzzles", "for two days", "six weeks of hand-work"),
      equal_to="note-app-keyword"),

    J("ml-cicd", "sheet-music-other-tools", "other-tools", W, 3, H, """
        Our model does optical music recognition, turning scanned scores into editable notation.
        CI/CD for it differs from normal software because the data and the model are first-class
        inputs, not just the code. We use CircleCI for the code side and Dagster for the ML side:
        a Dagster job validates newly labelled score pages with Pandera schemas (staff counts,
        clef labels, page resolution), retrains, and evaluates symbol error rate per notation
        type, so a regression on, say, tuplets blocks the release even if the overall number
        improves. An Evidently report compares the new training data with the previous batch, and
        each run is logged to Weights & Biases. If all gates pass, the model file is copied to the
        inference VM and the service is restarted from a virtualenv there; the new model runs in
        shadow on incoming scans for a week before we switch. It cut our release cycle from a
        month to a few days.
        """,
      flags=("no-containers",),
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("from a month to a few days",),
      not_impact=("for a week",)),

    J("ml-cicd", "knitting-patterns-misconception", "misconception", S, 2, H, """
        so at the knitting pattern marketplace we had a model that estimates how difficult a
        pattern is, and um, the pipeline is GitLab CI plus Kubeflow on kubernetes, everything in
        docker images so the environments are the same. the ML-specific bit is that training is
        part of the pipeline, so on every merge we retrain on the latest data. we don't have
        separate data validation tests because, honestly, if the data's broken the training job
        fails or the accuracy tanks, so the training run is the data test. and then the gate is
        training accuracy, if it's above 90 percent it goes out, and that's measured on everything
        we've got, which is the most data, so it's the most reliable number. deploy is a rolling
        update, and the models are versioned in MLflow
        """,
      flags=("no-automated-testing",),
      maybe=("same-as-software",),
      follow_ups=("pipeline-metrics", "pipeline-challenge", "ab-canary"),
      misconception="a successful training run replaces data tests; gate on training-set "
                    "accuracy",
      not_impact=("above 90 percent",)),

    J("ml-cicd", "trade-show-spoken", "spoken", S, 3, H, """
        um. okay so we run trade shows and we have a model that recommends, uh, which exhibitors a
        visitor should meet. CI/CD for that... so it's GitHub Actions, and part of it is like
        normal CI, tests, lint, build the docker image, but then on top there's, uh, we added a
        step that checks the data, the visitor registration data, that the fields are there and
        filled, because once a show changed the sign-up form and the job title field went empty
        and nobody noticed for weeks. and the model gets evaluated, we compare it against the old
        one on the last show's actual meetings, and it has to be at least as good. then it goes
        to kubernetes. the, uh, the bit I'd like to improve is we don't do canaries, we just
        switch over before a show starts, which is a bit scary. and I don't really have a number
        for what it saved, it was more about not breaking things
        """,
      follow_ups=("ab-canary", "pipeline-metrics", "pipeline-challenge")),

    J("ml-cicd", "supplements-numbers", "numbers", W, 4, H, """
        We forecast weekly demand for 1,200 SKUs across 9 markets for a sports supplement maker.
        The pipeline runs from GitLab CI into Kubeflow Pipelines on a 6-node Kubernetes cluster,
        each step in its own Docker image. Data validation applies 14 rules to the sales extract,
        such as no negative quantities and no more than 2% missing stores, and stops the run if
        any fail. Training takes about 40 minutes; the evaluation gate requires the candidate's
        weighted MAPE to be within 0.5 points of the champion in each of the 9 markets and better
        overall. Deployment is a canary: 10% of SKUs are planned with the new forecasts for one
        planning cycle. Before this pipeline a model update took 3 weeks of manual work and we
        shipped 4 updates a year; now an update takes half a day and we ship every two weeks.
        Forecast error went from 24% to 17% WMAPE, and write-offs of expired stock fell by 30%.
        """,
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("now an update takes half a day", "we ship every two weeks",
              "from 24% to 17% WMAPE", "fell by 30%"),
      not_impact=("1,200 SKUs", "9 markets", "6-node Kubernetes cluster", "14 rules",
                  "no more than 2% missing stores", "about 40 minutes", "within 0.5 points",
                  "10% of SKUs", "one planning cycle", "3 weeks of manual work",
                  "4 updates a year")),

    J("ml-cicd", "shop-signs-negated", "negated", W, 2, H, """
        We make shop signs, and a model estimates production cost from the customer's design file.
        Our CI/CD is the company's standard Jenkins setup: build, unit tests, deploy. We talked
        about adding data validation and model evaluation stages but never got round to it; the
        model gets retrained by hand when someone remembers, and Jenkins ships whatever pickle is
        in the repo. Containers and Kubernetes are the platform team's job; we hand them a wheel
        and they do the rest. Canary releases we looked at but didn't adopt.
        """,
      flags=("same-as-software", "no-automated-testing"),
      maybe=("no-containers",),
      follow_ups=("pipeline-challenge", "pipeline-metrics", "ab-canary")),

    J("ml-cicd", "street-market-off-target", "off-target", S, 1, H, """
        yeah so, CI/CD for me is really about the culture. at the council's street markets team we
        moved to two-week sprints, trunk-based development, every pull request gets reviewed, and
        jenkins runs the tests and we deploy the stall booking app to production several times a
        day. feature flags are great for that. and the ML model is just another service, so it
        goes through exactly the same process, there's no difference really
        """,
      flags=("same-as-software", "no-automated-testing", "no-containers"),
      maybe=("tools-unexplained",),
      follow_ups=("pipeline-challenge", "pipeline-metrics"),
      not_impact=("two-week sprints",)),

    # ------------------------------------------------------------------ iac-containers
    J("iac-containers", "cad-vendor-keyword", "keyword", W, 5, H, """
        At a CAD software vendor I ran the serving side of a model that autocompletes sketch
        constraints. All infrastructure is Terraform: the VPC, the EKS cluster, GPU and CPU node
        groups, the S3 buckets for model artifacts and the IAM roles, in modules per environment,
        applied from CI with the plan output reviewed in the merge request, so dev, staging and
        prod have the same shape and a new region is a variables file. The model server is a
        Docker image built from a slim CUDA base with pinned Python dependencies and the model
        baked in at build time, multi-stage to keep it at 2 GB rather than 9, so what passed the
        tests is byte for byte what runs. On Kubernetes we deploy with Helm: resource requests and
        limits per pod, GPU nodes tainted so only inference pods land there, a Horizontal Pod
        Autoscaler on request queue depth, readiness probes that wait until the model has loaded,
        and PodDisruptionBudgets so node upgrades don't take us down. Secrets come from AWS
        Secrets Manager through the External Secrets operator. The concrete win: moving from
        hand-built EC2 instances to this cut new-environment setup from two weeks to an
        afternoon, and autoscaling with spot CPU nodes for the lighter models cut inference cost
        by about 35%.
        """,
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("from two weeks to an afternoon", "by about 35%"),
      not_impact=("at 2 GB rather than 9",)),

    J("iac-containers", "chimney-sweep-paraphrase", "paraphrase", S, 5, H, """
        so um at the chimney sweeping company we have a model that looks at the photos the sweeps
        take inside the flue and scores the fire risk, and I looked after where it runs. so
        everything, the networks, the machines, the storage for the model files, the permissions,
        it's all written down as files that get reviewed like any code change, and a tool builds
        the cloud setup from them. so test and live are identical, and when we opened in a second
        country it was basically copy a file and change a few settings. the model itself we
        package with its exact libraries and the model file baked in, into one sealed,
        ready-to-run bundle, trimmed down to about 2 gigs, so what we tested is exactly what runs,
        no works-on-my-machine. and then there's a system that runs those bundles across a fleet
        of machines for us, it, um, it restarts any copy that crashes, starts more copies when the
        queue of photos gets long, keeps the graphics-card machines just for the model, gives
        each copy a fixed slice of memory, and only sends it photos once the model's loaded.
        passwords and keys aren't in the bundle, they're fetched at start-up from the cloud
        provider's secure store. and the results, setting up a new environment went from two
        weeks to an afternoon, and running costs dropped about 35 percent because we use cheaper
        spare machines for the small models and shrink down at night
        """,
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("from two weeks to an afternoon", "about 35 percent"),
      not_impact=("about 2 gigs",),
      equal_to="cad-vendor-keyword"),

    J("iac-containers", "cricket-bat-other-tools", "other-tools", S, 3, H, """
        yeah so we grade english willow clefts for cricket bats from photos, grain count and
        straightness, and the infrastructure for that... so we use Pulumi, in python, rather than
        Terraform, which I like because the data scientists can actually read it, and that
        provisions everything, the VMs, the buckets, the networking. the model is in a docker
        image with everything pinned, and we run those on HashiCorp Nomad, not kubernetes, we're a
        small team and Nomad was much simpler to run, it does the scheduling and the restarts, and
        Vault for secrets. I haven't used kubernetes in production, to be honest. the win was,
        uh, before, the grading model ran on one guy's workstation in the workshop and when he was
        on holiday nothing got graded, now it just runs, and a new grading machine comes up in
        minutes
        """,
      flags=("docker-xor-kubernetes",),
      follow_ups=("managed-vs-self-hosted", "secrets", "resource-utilization")),

    J("iac-containers", "tent-factory-misconception", "misconception", W, 2, H, """
        We run a seam-defect detector on the production-line cameras at a tent factory.
        Infrastructure is Terraform on GCP: the GKE cluster, node pools, buckets and service
        accounts are all in code and reviewed in pull requests. The model runs in a Docker image
        on GKE with a GPU node pool. The nice thing about containers for ML is that we install
        the NVIDIA driver inside the image along with CUDA, so the nodes don't need anything
        GPU-specific, and the model runs identically on any GPU type we schedule it on; a T4 and
        an A100 behave the same once it's containerised. Kubernetes handles scaling across the
        three factory shifts, and rollouts are Helm upgrades. It took line integration for a new
        camera station from weeks to a day.
        """,
      maybe=("container-benefits-missing",),
      follow_ups=("resource-utilization", "managed-vs-self-hosted", "secrets"),
      misconception="the GPU driver belongs inside the image and containers make every GPU "
                    "behave the same",
      impact=("from weeks to a day",),
      not_impact=("three factory shifts",)),

    J("iac-containers", "playground-spoken", "spoken", S, 3, H, """
        um right so, playground equipment, we make climbing frames and the model checks the CAD
        drawings against the safety standards, like fall heights, gaps where a kid could get their
        head stuck... sorry, infrastructure. so we've got terraform for the AWS side, the, um, the
        S3 buckets and the ECR repo and the EKS cluster, although the cluster was set up by
        someone before me, I've mostly changed node sizes. the model's in docker, because
        otherwise the geometry libraries were a nightmare, different versions on every laptop and
        the checks gave different answers, so containerising it fixed that. on kubernetes it's a
        deployment with two replicas and, uh, a job that runs the batch checks overnight. I
        haven't done much with autoscaling. what it saves us... I don't have a number, it's just a
        lot less hassle
        """,
      maybe=("generic-no-examples",),
      follow_ups=("resource-utilization", "secrets", "managed-vs-self-hosted"),
      not_impact=("two replicas",)),

    J("iac-containers", "magnet-plant-numbers", "numbers", W, 4, H, """
        At a magnet plant we run a defect classifier over X-ray images of sintered blocks: 4
        production lines and about 180,000 images a day. Terraform manages 3 environments with 41
        modules, and a full environment builds in 25 minutes. The model image is 1.8 GB on a
        multi-stage build with a slim base, which cut pod start time from 6 minutes to 70
        seconds. We run on EKS with a GPU node group of 2 to 8 g5 instances; the HPA targets 70%
        GPU utilisation and the queue depth limit is 500 images. Before this the model ran on 6
        fixed on-prem GPU servers at about 20% average utilisation. Since the move, monthly
        compute cost is down 45%, and the lines no longer stop for model outages: downtime went
        from 9 hours a quarter to under 30 minutes.
        """,
      follow_ups=("resource-utilization", "managed-vs-self-hosted", "secrets"),
      impact=("cut pod start time from 6 minutes to 70 seconds", "down 45%",
              "from 9 hours a quarter to under 30 minutes"),
      not_impact=("4 production lines", "about 180,000 images a day", "3 environments",
                  "41 modules", "25 minutes", "1.8 GB", "2 to 8 g5 instances",
                  "70% GPU utilisation", "500 images", "6 fixed on-prem GPU servers",
                  "about 20% average utilisation")),

    J("iac-containers", "suitcase-negated", "negated", S, 2, H, """
        so at the luggage company the model predicts returns from, um, product reviews and
        warranty claims. infrastructure as code, that's the platform team's job really, they've
        got terraform, I've never written any of it, I raise a ticket and they make the bucket.
        docker, I do write the dockerfile for the model, that's about it. kubernetes we looked at
        but didn't adopt for the model, it's a cron job on a VM. so honestly not a lot of
        hands-on there
        """,
      flags=("no-iac", "docker-xor-kubernetes"),
      maybe=("container-benefits-missing", "generic-no-examples"),
      follow_ups=("secrets", "managed-vs-self-hosted")),

    J("iac-containers", "accessibility-off-target", "off-target", W, 1, H, """
        Docker is a tool that packages applications into containers, and Kubernetes is an
        orchestration system originally developed at Google. Infrastructure as Code means managing
        infrastructure through code instead of manual processes. These technologies are very
        important in modern MLOps because they bring scalability, reliability and automation. At
        our web accessibility auditing company we believe in using modern cloud-native tools.
        """,
      flags=("generic-no-examples", "no-iac"),
      maybe=("container-benefits-missing",),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization")),

    # ------------------------------------------------------------------ monitoring
    J("monitoring", "lifeguard-keyword", "keyword", W, 5, H, """
        We predict rip-current risk per beach per hour for a lifeguard service, and monitoring has
        two layers. Infrastructure: the prediction service exports latency, error rate, CPU and
        memory to Prometheus, with Grafana dashboards and Alertmanager paging the on-call
        engineer. Model layer: we log every prediction with its inputs, and Evidently jobs compare
        the input distributions, swell height, period, wind and tide, with the training window
        using PSI and KS tests, and check data quality, missing buoy readings and out-of-range
        values, which are our most common real failure. Performance comes later: lifeguards log
        actual rip incidents and rescues, so we compute recall and precision weekly against those
        labels. That is how we catch concept drift, where the inputs look normal but the
        relationship has changed, for example after a storm moved a sandbank. Alerts are tiered:
        a data-quality failure pages immediately, because a dead buoy means a silently wrong
        forecast; feature drift opens a ticket for review; and recall dropping below target
        triggers a review with the lead guard and usually a retrain. We tune the thresholds to
        keep false alarms down, because an alert that fires every day gets ignored on a beach just
        as much as in an office.
        """,
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),

    J("monitoring", "shredding-paraphrase", "paraphrase", W, 5, H, """
        We forecast how many bins each customer will fill so the shredding trucks can be planned,
        and I watch two things. First the machinery: how fast the forecasting service answers,
        how often it errors, how busy its machines are. Those numbers are collected every few
        seconds, drawn as charts on a shared screen, and the person on call is paged if they go
        out of bounds. Second, the model itself. We keep a record of every forecast and what went
        into it, and every night we compare the spread of the inputs, bin counts, days since the
        last pickup, customer size, with what the model learned from, using standard statistical
        tests, and we check for gaps and impossible values like negative bin counts, which is the
        commonest real fault. Then, once the trucks have actually been, we know the real number
        of bins, so every week we score the forecasts against reality. That catches the sneakier
        case where the inputs look the same as always but what they mean has changed: when a big
        law firm went paperless its history still looked normal, but its real pickups collapsed.
        Warnings are graded: broken input data wakes someone up, because it silently ruins
        forecasts; a shift in the inputs opens a ticket to look at; accuracy falling below our
        target leads to a review and usually training the model again on recent weeks. And we
        tune the trigger levels so we're not crying wolf, because people stop reading warnings
        that fire every day.
        """,
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      equal_to="lifeguard-keyword"),

    J("monitoring", "stonemason-other-tools", "other-tools", W, 3, H, """
        Our model quotes the cutting time for a stone job from the CAD drawing and the stone type.
        We use Datadog for the service, latency, errors and memory, and Arize for the model side:
        it tracks the input distributions per stone type against the training baseline, shows
        prediction drift, and once a job is finished and the actual cutting time is logged it
        computes the error, so we see both data drift and real accuracy. We also check data
        quality, since drawings sometimes come in without dimensions. It's all on an Arize
        dashboard that the team looks at in our Monday meeting, and if something looks off we dig
        in.
        """,
      flags=("alerts-unexplained",),
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),

    J("monitoring", "polar-station-misconception", "misconception", S, 2, H, """
        ok so at the research station we have a model that forecasts, um, generator fuel use for
        the next two weeks so the resupply flights can be planned. we monitor it with prometheus
        and grafana for the service side, and for the model we run Evidently every day on the
        inputs, temperature, wind, how many people are on base, and compare them against the
        training data. as long as the inputs look like the training data the forecasts are as
        good as they were in testing, so we don't need to wait for the actual fuel readings, which
        is good because they come in late and they're a pain to reconcile. if an input shifts we
        get a slack alert and we retrain
        """,
      flags=("no-drift",),
      follow_ups=("drift-difference", "when-to-retrain", "false-positives"),
      misconception="if the inputs look like the training data, accuracy is unchanged; no need "
                    "to check against actual outcomes",
      not_impact=("the next two weeks",)),

    J("monitoring", "casting-agency-spoken", "spoken", S, 4, H, """
        so um at the casting agency we had a ranking model that suggests actors for a role brief,
        and monitoring... there's the boring part, which is grafana, latency, errors, the pods.
        then the model part, uh, we track the distribution of the briefs coming in, like age
        ranges, accents, because that shifts a lot, a period drama season versus, versus a season
        of adverts, and we use, it's Evidently, for that. and for performance we've got a nice
        signal, which is did the casting director shortlist the people we ranked top, so we track
        the shortlist rate per week, and that tells you when the briefs look normal but what
        directors want has changed. alerts go to slack, and honestly at first we had way too many,
        every time a weird brief came in, so we moved to, like, it has to be off for three days in
        a row before it pings anyone. and when the shortlist rate drops we retrain on the newer
        briefs
        """,
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      not_impact=("three days in a row",)),

    J("monitoring", "bearing-rigs-numbers", "numbers", S, 4, H, """
        so we predict bearing failures on test rigs from vibration, uh, we have 120 rigs, each
        sampling at 20 kilohertz, and the model scores every 10-second window. infra side it's
        prometheus, the p99 latency target is 200 milliseconds, grafana. model side, PSI on the
        spectral features with an alert at 0.25, and we compute recall against the teardown
        inspections, which come back after about 5 days. an alert goes to pagerduty if recall on
        the last 500 inspected bearings drops under 0.9. before this we'd had, uh, a model that
        silently degraded for 4 months after a new grease supplier, and we missed 31 defective
        batches. since we put this in we catch those shifts within 2 days, escaped defects went
        down 70 percent, and we cut false alarms from about 15 a week to 2 by requiring two
        consecutive windows over the threshold
        """,
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      impact=("within 2 days", "down 70 percent", "from about 15 a week to 2"),
      not_impact=("120 rigs", "20 kilohertz", "every 10-second window", "200 milliseconds",
                  "at 0.25", "about 5 days", "last 500 inspected bearings", "under 0.9",
                  "4 months", "31 defective batches", "two consecutive windows")),

    J("monitoring", "union-churn-negated", "negated", S, 2, H, """
        um, so at the union we've got a model that predicts which members are likely to lapse so
        the reps can call them. for monitoring, the infrastructure side is the IT department's
        job, they've got grafana on the servers. model side, we looked at Evidently but didn't
        adopt it, and drift detection is something we never got round to. there's no alerts on
        the model, we, uh, we kind of notice when the reps say the call lists feel off. we do
        check the accuracy when we remember, maybe once or twice a year
        """,
      flags=("no-drift", "alerts-unexplained"),
      maybe=("infra-only", "no-tools"),
      follow_ups=("when-to-retrain", "drift-difference", "false-positives")),

    J("monitoring", "framing-shop-weak", "weak", W, 1, H, """
        Our framing shop's model estimates frame prices. We monitor the model server with Grafana:
        CPU, memory, disk and uptime. If the server goes down we get an email. As long as it's up,
        the model is working.
        """,
      flags=("infra-only", "no-drift"),
      maybe=("alerts-unexplained", "no-tools"),
      follow_ups=("drift-difference", "when-to-retrain")),

    # ------------------------------------------------------------------ cloud-platform
    J("cloud-platform", "procurement-azure-keyword", "keyword", W, 5, H, """
        I've spent three years on Azure ML at a public procurement office, where we score tenders
        for the risk of bid-rigging. Components I used: Azure ML pipelines for training, with data
        assets versioned and registered so every tender-dataset snapshot is traceable; the
        workspace model registry with approval tags; managed online endpoints with blue-green
        traffic splitting for releases; model monitoring for data drift on the inputs the
        endpoints collect; and compute clusters that scale to zero. MLflow tracking is native in
        the workspace, which made moving our existing experiments painless. Strengths: tight
        integration with Entra ID and Key Vault, which mattered a lot for a government body with
        strict access rules; managed endpoints that took ops work off a small team; and the
        Responsible AI dashboard, which auditors liked. Weaknesses: the SDK v1 to v2 migration
        broke a lot of our code; managed endpoints were slow to start for large models and cost
        more than AKS at steady load; the monitoring feature felt less mature than the rest; and
        you're locked into Azure's way of doing things, our pipeline YAML doesn't port anywhere.
        The concrete result: moving from VMs to managed endpoints and pipelines cut our model
        release time from three weeks to two days, and we stopped needing a dedicated ops person
        for the models.
        """,
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("from three weeks to two days",),
      not_impact=("three years",)),

    J("cloud-platform", "wind-tunnel-paraphrase", "paraphrase", S, 5, H, """
        so um, at the wind tunnel lab we used our cloud provider's own managed machine-learning
        service for about two years, we build models that predict drag and lift from a shape so
        clients can skip some tunnel runs. the bits we actually used: their step-by-step training
        workflows, where each stage, prepare the data, train, evaluate, is a step and the data
        snapshot each run used is recorded so you can trace it; a catalogue of approved models
        where someone has to sign off before anything goes live; hosted prediction endpoints,
        sorry, hosted prediction services, where you can shift traffic gradually from the old
        model to the new one; the built-in checks that compare incoming shapes with the training
        data; and training machines that shut themselves down to zero when idle. our old
        experiment records also came across easily. good things: it plugs straight into the
        provider's sign-in and secrets service, which mattered because client designs are
        confidential, the hosted prediction services meant our small team didn't have to run
        servers, and the fairness and explanation reports, the clients' engineers liked those.
        bad things: when they rewrote their programming kit half our code broke, the hosted
        services were slow to wake up for the big models and at steady load cost more than
        running our own machines, the checking of incoming data felt half-finished, and you're
        tied in, our workflow definitions don't move anywhere else. and the concrete result,
        getting a new model out went from three weeks to two days, and we stopped needing someone
        just to babysit servers
        """,
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("from three weeks to two days",),
      not_impact=("about two years",),
      equal_to="procurement-azure-keyword"),

    J("cloud-platform", "pencil-sagemaker-partial", "keyword", W, 3, H, """
        At a pencil maker we used SageMaker for a model that detects cracked graphite leads in
        line-scan images. We used SageMaker Pipelines for the training workflow, Processing jobs
        for the image preprocessing, the SageMaker Model Registry with manual approval, real-time
        endpoints with autoscaling for the line, and Model Monitor for data quality on the
        captured inputs. Managed training on spot instances was a big saver. The strengths are
        the deep AWS integration, S3, IAM and CloudWatch just work, the managed endpoints, and
        how quickly you get from a notebook to production; it cut the time to put a retrained
        model on the line from a week to a day. Honestly I can't think of real downsides, it did
        everything we needed.
        """,
      flags=("one-sided",),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("from a week to a day",)),

    J("cloud-platform", "keyboard-vertex-misconception", "misconception", W, 2, H, """
        We built the server side of a keyboard app's emoji and phrase suggestions on Vertex AI.
        Vertex AI Pipelines, which is Kubeflow under the hood, runs the training workflow; models
        go into the Vertex Model Registry with aliases for champion and challenger; the Feature
        Store serves per-user phrase statistics; and Model Monitoring watches for skew between
        training and serving features. Strengths: the BigQuery integration is excellent, since
        most of our data already lives there, and custom training with our own containers is
        flexible. Weaknesses: lock-in to GCP's APIs, regional GPU quota limits that held us up,
        and a console that can be confusing. One thing people miss is that Vertex endpoints are
        serverless, so an endpoint with no traffic costs nothing; that's why we keep a live
        endpoint for every experiment branch, there are about thirty, and let product managers
        try them whenever they like.
        """,
      maybe=("no-feature-knowledge",),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      misconception="idle Vertex AI endpoints cost nothing (deployed nodes bill while idle)",
      not_impact=("about thirty",)),

    J("cloud-platform", "allotments-azure-spoken", "spoken", S, 3, H, """
        um so this is a bit of an odd one, I worked for a city council's allotments service, the
        waiting lists for garden plots, and we had a model predicting which plots will become
        vacant. we used, uh, Azure ML because the council's on Microsoft. what I used was the
        designer at first, the drag-and-drop thing, and then we moved to proper pipelines in
        python, and the model registry, and we deployed to a managed online endpoint. good
        things, it's, it was easy to get going, and it ties into the council's active directory so
        IT were happy. bad things, it's pricey for what we did, a compute instance left running
        over a weekend was, like, a noticeable chunk of our budget, and the documentation jumps
        between the old and new versions of the SDK, which is confusing. I didn't use the
        monitoring side much
        """,
      follow_ups=("costs", "managed-vs-custom", "multi-cloud")),

    J("cloud-platform", "cutlery-sagemaker-numbers", "numbers", S, 4, H, """
        right, so cutlery, we polish and inspect about 2 million pieces a month, and the model
        flags polishing defects from camera images. we're on SageMaker. training, we run SageMaker
        training jobs on, um, ml.g5.2xlarge spot instances, each run takes about 90 minutes on
        400,000 labelled images. SageMaker Pipelines with 7 steps, the Model Registry with manual
        approval, and a real-time endpoint with 2 to 6 instances autoscaling. Model Monitor runs
        hourly on a 10 percent sample of captured requests. strengths are the integration and the
        managed spot training, which saved us around 60 percent on training cost. weaknesses are
        cost visibility, our bill was 30 percent over forecast in the first quarter because of
        idle notebook instances and an endpoint nobody deleted, and the lock-in. overall the time
        from labelled data to a model on the line went from 10 days to under 1 day
        """,
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("around 60 percent on training cost", "from 10 days to under 1 day"),
      not_impact=("about 2 million pieces a month", "about 90 minutes",
                  "400,000 labelled images", "7 steps", "2 to 6 instances",
                  "10 percent sample", "30 percent over forecast")),

    J("cloud-platform", "acoustics-negated", "negated", W, 2, H, """
        We do environmental noise assessments and have a model that classifies sound sources in
        long recordings. We looked at SageMaker and Vertex AI but didn't adopt either, they were
        too expensive for our volume, so I can't really speak to their MLOps features like
        pipelines or model monitoring. We used plain EC2 and S3. Choosing and managing the cloud
        account is the IT provider's job anyway. From what I've read, SageMaker is powerful but
        complicated.
        """,
      flags=("no-feature-knowledge", "basic-services-only", "generic-platform"),
      maybe=("one-sided",),
      follow_ups=("managed-vs-custom", "costs")),

    J("cloud-platform", "qa-site-weak", "weak", S, 1, H, """
        yeah we used AWS, it's great, it's very scalable and reliable and it has lots of services
        for machine learning. the main weakness is, um, it can be expensive. I think it's the
        market leader for a reason. we used it for our Q&A site's duplicate question detection
        """,
      flags=("generic-platform", "no-feature-knowledge", "basic-services-only"),
      maybe=("one-sided",),
      follow_ups=("costs", "managed-vs-custom")),

    # ------------------------------------------------------------------ challenging-project
    J("challenging-project", "calibration-lab-keyword", "keyword", W, 5, H, """
        Situation: at an instrument calibration lab we used a model to predict which customer
        instruments, pressure gauges and torque wrenches, would drift out of tolerance before
        their next calibration, so customers could shorten their intervals. A consultant had built
        it in a notebook and it ran monthly from one laptop. Task: I was asked to make it reliable
        enough that our accreditation body would accept it as part of our quality system, which
        meant reproducibility and an audit trail. Actions: I moved the training data into
        DVC-tracked snapshots, put experiments and registered models in MLflow with model cards,
        containerised scoring with Docker, and built a GitLab CI pipeline that validates incoming
        calibration records with Great Expectations, retrains, and blocks the release unless
        recall on out-of-tolerance instruments holds on a frozen test set. The hardest problem was
        the data: each lab site recorded units differently, so I worked with the site leads on a
        shared schema and a conversion step with its own tests. I also set up Evidently drift
        reports and Grafana alerts on the scoring job. Result: the accreditation audit passed with
        no findings on the model, scoring went from a monthly manual job to automatic weekly
        runs, and the share of out-of-tolerance instruments caught before customer use rose from
        62% to 88%.
        """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("rose from 62% to 88%",)),

    J("challenging-project", "organic-cert-paraphrase", "paraphrase", S, 5, H, """
        so the one I'd pick, I was at an organic certification body, we inspect farms, and there
        was a model that picked which farms get an unannounced inspection, like the risk they're
        using banned sprays. a contractor had built it in, um, in a notebook, and it ran once a
        month from someone's laptop. my job was to make it solid enough that our own accreditor
        would accept it, because if we couldn't show how a farm got picked the whole thing was
        worthless. so what I did, I froze every training set as a labelled snapshot so we could
        always say which data a model learned from, I made every experiment and every approved
        model get recorded automatically with a one-page fact sheet, I packaged the scoring code
        with its exact libraries into a sealed bundle so it runs the same everywhere, and I built
        an automatic process that on every change checks the incoming inspection records for gaps
        and nonsense, trains the model again, and refuses to release it unless it still catches
        the farms that really did break the rules on a fixed test set. hardest part was the data,
        each regional office wrote inspection results differently, so I sat down with the
        regional leads and we agreed one common format, with tests on the conversion. then I set
        up automatic checks that warn us when the incoming farm data starts to look different
        from what the model learned on. and the result, the accreditor's audit passed with no
        findings on the model, it went from a monthly manual job to running by itself every week,
        and the share of rule-breaking farms we actually caught went from 62 to 88 percent
        """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("went from 62 to 88 percent",),
      equal_to="calibration-lab-keyword"),

    J("challenging-project", "rope-plain-result", "plain-result", W, 3, H, """
        At a rope and netting maker we had a model that predicted breaking strength from the
        twisting-machine settings and the fibre batch, so we could skip some destructive tests.
        The challenge was that it worked in the lab and then fell apart on the factory floor: the
        machine sensor data arrived late and out of order, and the model was silently using stale
        settings. I owned fixing it. I rebuilt the ingestion so every prediction used a
        time-aligned snapshot of the machine settings, added a data validation step that refuses
        to score a batch with missing sensor readings, packaged the model in Docker behind a
        proper service with Prometheus metrics, and set up a weekly comparison of predictions
        against the destructive tests we still do. The result was that the quality team trusted it
        again, and we were able to drop a good share of the destructive tests without any failed
        batches reaching customers.
        """,
      flags=("no-quantified-impact",),
      follow_ups=("do-differently", "stakeholders", "biggest-learning")),

    J("challenging-project", "zip-fastener-misconception", "misconception", S, 2, H, """
        so, um, the challenging one was at a zip fastener factory, we had a model that detects
        misaligned teeth from camera images on the line, and after we moved to a new camera
        supplier the accuracy dropped, a lot. I took ownership of it. I set up the, uh, the
        pipeline properly, docker images, Kubeflow on our cluster, MLflow for the experiments.
        and the fix for the accuracy was, we took the evaluation set, which was the best-labelled
        images we had, the ones from the new cameras, and folded them into training, because, I
        mean, it's the best data, why would you not train on it. and then we re-ran the evaluation
        on that same set and accuracy came back up to 99 percent, so we shipped it, and the line
        managers were really happy
        """,
      follow_ups=("do-differently", "biggest-learning", "stakeholders"),
      misconception="training on the evaluation set and reporting accuracy on it",
      impact=("came back up to 99 percent",)),

    J("challenging-project", "trolley-welds-reordered", "reordered", S, 4, H, """
        so the result first, we cut the false reject rate on the weld inspection from, uh, about
        8 percent to under 2, and the inspection model went from being switched off half the time
        to running on all three lines. how we got there: I rebuilt the inference service in docker
        on our kubernetes cluster with proper health checks, added a data validation step
        because the, um, the images were sometimes coming in overexposed, and set up a canary so a
        new model only took one line first, with grafana alerts on the reject rate. and I got the
        line supervisors to label the disputed rejects for us every week, that's what made
        retraining actually work. my task had been to make the model trustworthy enough that the
        plant manager would stop turning it off. and the situation was, we make shopping trolleys,
        the welded wire baskets, and the vision model that checked the welds had been bought in,
        and it rejected so many good baskets that the operators just bypassed it
        """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("from, uh, about 8 percent to under 2",),
      not_impact=("all three lines", "only took one line first")),

    J("challenging-project", "umbrella-numbers", "numbers", W, 4, H, """
        At an umbrella maker we forecast demand for 2,400 SKUs across 35 retail partners, where a
        wet week can triple sales. Situation: the forecast model ran in a notebook and took 5 days
        to refresh, so by the time a weather change showed up in the forecast the rain was over,
        and we were writing off about 18% of seasonal stock. Task: get the forecast refreshing
        daily. Actions: I split the work into an Airflow DAG with 12 tasks, moved features for 3
        years of sales and 14-day weather forecasts into a feature store, containerised training
        with Docker on a Kubernetes cluster of 4 nodes, added data checks with a 1% missing-data
        threshold and an evaluation gate requiring MAPE within 2 points of the champion, and a
        canary that applied new forecasts to 5 partners first. Result: the refresh went from 5
        days to 40 minutes and now runs daily, forecast error dropped from 31% to 19% MAPE, stock
        write-offs fell to 7%, and roughly 200 hours a month of analyst time were freed.
        """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("from 5 days to 40 minutes", "from 31% to 19% MAPE", "fell to 7%",
              "roughly 200 hours a month"),
      not_impact=("2,400 SKUs", "35 retail partners", "triple sales", "took 5 days to refresh",
                  "about 18% of seasonal stock", "12 tasks", "3 years of sales",
                  "14-day weather forecasts", "4 nodes", "1% missing-data threshold",
                  "within 2 points", "5 partners first")),

    J("challenging-project", "abrasives-blame-negated", "negated", W, 2, H, """
        The hardest project was a grit-size classifier for our sandpaper line. Honestly, the
        challenges weren't mine to solve: the data science team handed over a model that only
        worked on their laptops, and the platform team owned the Kubernetes cluster and wouldn't
        give us GPU nodes for months. Monitoring was supposed to be set up by IT, but they never
        got round to it, so when accuracy dropped nobody noticed. We did eventually get it running
        in Docker, but the delays were really down to the other teams. What I learned is that you
        need good people around you.
        """,
      flags=("blame", "no-quantified-impact", "vague"),
      maybe=("no-mlops-intersection",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders")),

    J("challenging-project", "trading-standards-weak", "weak", S, 1, H, """
        um, so, a challenging project, yeah, there was one at trading standards where we had a
        model for, like, spotting unsafe products in online listings, and it was challenging
        because of the data, there were lots of issues with it, and the deadlines were tight. but
        we worked really hard as a team and communicated and in the end we got it working and
        everyone was happy with it
        """,
      flags=("vague", "no-quantified-impact"),
      maybe=("no-mlops-intersection",),
      follow_ups=("biggest-learning", "do-differently", "stakeholders")),
]
