"""A sixteenth labelled set of interview answers, written BLIND: the new untouched holdout.

Since the eighteenth scoring pass (2026-12-05, evening) its errors have been read, so it is tuning
data now; the rules below describe how it was written. The untouched holdout is
``judgement_answers_fresh16``.

Provenance and rules
--------------------
* Written blind by a separate helper session on 2026-12-05; this is the sixteenth labelled set, the
  new untouched holdout. That session read only: the interview guide
  (shared/seed/000_03ac0d1b1b231269.txt, all of it, with ``cat``); in ``questions/guide.toml`` the
  question ids and prompts, the red-flag ids and wording and the follow-up ids and wording (printed
  by a small ``tomllib`` script in /tmp that accessed exactly ``data["question"]`` and, per
  question, ``id``, ``prompt``, ``red_flag[*].id`` / ``.text`` and ``follow_up[*].id`` / ``.text``,
  and printed those fields and nothing else); the module docstring, ``KINDS`` / ``CORE_KINDS`` /
  ``STORY_KINDS`` / ``QUESTIONS`` constants, ``Judged`` dataclass, ``J`` helper and ``W, S, T, H``
  constants of ``judgement_answers.py`` (``sed -n '1,/^ANSWERS/p'``, not its answers); the module
  docstring and import lines of ``judgement_answers_fresh14.py`` (the same ``sed`` range, which
  stops at the ``ANSWERS`` line; the model for this file's structure, slot plan and docstring);
  and, from the same permitted range of ``judgement_answers_fresh12.py`` and ``_fresh13.py``, only
  their industry paragraphs (an ``awk`` over each ``sed`` range printing from the "Field meanings"
  line to the "Slots per question" line), to collect the industries already used. A ``test -e`` of
  this file's own path confirmed it did not exist yet, and ``date +%F`` was run.
* Reading slips, stated honestly: none. The ``_fresh14`` docstring that was read mentions earlier
  sessions' own reading (other ``_fresh`` sets' ranges) but this session opened nothing beyond the
  list above. No scorer code was read, and no key names or values of ``guide.toml`` beyond the
  fields above were printed (no concepts, aliases, descriptions, examples, misconceptions, rules,
  cues, triggers or stages). The industries of ``judgement_answers.py`` and of ``_fresh`` to
  ``_fresh11`` were not visible to this session except as listed in the ``_fresh14`` docstring; the
  industries below avoid those listed in ``_fresh12`` to ``_fresh14`` and, as far as judged, their
  obvious neighbours (several first choices were swapped for that reason before any answer was
  final). No directory listing of ``tests/`` or any other folder was made. Every answer's wording,
  scenario, numbers and misconception is this session's own; the one "backups" answer here is a
  short weak answer following the guide's own red flag.
* The session did not read ``voice_interviewer/``, ``benchmarks/``, ``scripts/``, other tests,
  README files, the git log or git diffs, or the answers of any other ``judgement_answers*.py`` or
  ``scoring_answers*.py`` file, ran no git command, and did not run ``voice-interviewer score``,
  any scorer, benchmark or test on these answers. Nothing was scored. The answers and their labels
  were drafted together in a data file in /tmp, and this module's source was laid out from it by a
  small formatting script (line wrapping only). The only things run on the answers were a plain
  regex written by this session (case-insensitive, word-boundary prefix matches) over the seven
  paraphrases, checking that they avoid terms such as "drift", "pipeline", "version", "container",
  "monitor", "registr", "deploy", "retrain", "dashboard", "alert", "canary", "feature store",
  "CI/CD", "A/B", "MLOps", "orchestrat", "artifact" / "artefact", "shadow", "rollback" / "roll
  back" / "rolled back", "rollout" / "roll out", "endpoint" and tool, cloud and vendor names (its
  list also held "cloud", "GPU", "Python", "Slack", "notebook", "PSI", "SDK", "studio", "IaC", a
  bare "CI" and "ML", and names such as Docker, Kubernetes, Terraform, MLflow, DVC, Git, AWS,
  Azure, Google, SageMaker, Vertex, Prometheus, Grafana, Evidently, Airflow, Kubeflow, Jenkins,
  Helm, Argo, BigQuery, Datadog and PagerDuty), and a structural well-formedness check written by
  this session in /tmp (the module imports with ``PYTHONPATH=tests`` on the project's ``.venv``
  Python, names unique per question, questions in ``QUESTIONS``, kinds in ``KINDS``, styles in
  ``W`` / ``S``, tiers 1 to 5, splits are holdout, flag / maybe / follow-up ids exist among that
  question's red-flag / follow-up ids in ``guide.toml`` (read by the same field-limited ``tomllib``
  access as above), flags and maybe disjoint, at least one follow-up, impact / not_impact phrases
  occur verbatim in the text, ``equal_to`` targets exist with the same tier, misconception answers
  carry a ``misconception`` and no other kind does, paraphrases carry ``equal_to``, 8 answers per
  question, 28 spoken, 4 spoken per question, plus a word count). Neither scores anything.
  Outcomes: the regex found no hit in any paraphrase on its first run. The structural check found
  no error on its first run, but its word count showed one paraphrase (challenging-project, loss
  adjusters) at 269 words, over the planned ceiling of about 260; two short clauses of that
  paraphrase's text were cut (no label, impact or not_impact phrase touched), the regex and the
  check were rerun (no hit, no error), then one more clause was cut and both were rerun again (no
  hit, no error): 56 answers, 8 per question, 28 spoken with 4 per question, word counts 52 to 258,
  median 138.5. No label was changed after either check. The only other edits after the checks were
  filling in this docstring, after which both checks were run once more (same results), plus an
  ``awk`` count of source lines longer than 99 characters (none). The /tmp scripts and data file
  were then deleted.
* This is the UNTOUCHED HOLDOUT. Never tune on it: do not read individual answers while changing
  the scorer, and do not add rules, aliases or cues inspired by it. Use it only to measure.
* The labels were written together with each answer, before anything was scored, and are what a
  careful human interviewer reading the guide would decide. They must NEVER be edited after
  scoring: if the scorer disagrees, the scorer is what changes (or the disagreement is reported). A
  label that was genuinely wrong may only be fixed in its own commit that says why, never to make a
  test or a figure look better.
* Every answer is ``split == "holdout"``.

Field meanings are those of ``judgement_answers.py`` (``Judged`` / ``J``). Per question there are 8
answers, imagined as 8 different candidates, each in an industry not used by the earlier sets seen
(56 in all: ferry operators, beekeeping cooperatives, ski resorts, pawnbrokers, wedding venue
marketplaces, pet insurance, mushroom farms, driving schools, contract research organisations,
hearing-aid clinics, crop-hail insurance, type foundries, carpet mills, glass bottle manufacturing,
genealogy websites, dental laboratories, lift maintenance, paint and decorating retail, plastics
recycling plants, podcast hosting, art auction houses, ticket resale marketplaces, translation
agencies, florists, air-quality sensor networks, museum collection digitisation, pharmacy chains,
esports tournament organisers, fish auctions, genome sequencing labs, mortgage brokers, perfume
houses, e-scooter sharing, public libraries, hotel revenue management, cinema chains, pizza
delivery chains, credit unions, online chess platforms, funeral services, smartphone refurbishers,
puzzle publishers, golf course operators, veterinary hospital chains, e-book subscription services,
airport ground handling, textile dye houses, house removals firms, cruise lines, insurance loss
adjusters, cement plants, marathon organisers, home care providers, highways winter gritting
contractors, double-glazing sales firms, tattoo studios).
Slots per question: a solid keyword answer that names tools (tier 5); a plain-words answer of the
same substance (``paraphrase``, ``equal_to`` the keyword answer, same tier); a partial answer that
is good on most of the framework but has one clear gap (kind ``keyword`` or, where it runs on tools
the guide does not name, ``other-tools``; tier 3); a confident misconception (tier 2; some subtle,
mixed into otherwise good content, some said in plain practice words with no tell-tale phrase); a
spoken answer (tier 4); a numbers-heavy answer (tier 3 or 4; results in ``impact``; thresholds,
traffic shares, counts, durations, sizes and the size of the original problem in ``not_impact``); a
negated or disowning answer ("we never got round to it", "that's the platform team's job", "we
looked at X but didn't adopt it", blaming others; tier 2); and a weak, off-target or tool-salad
answer (tier 1). For challenging-project the partial slot is a ``plain-result`` story (result in
plain words, no numbers; tier 4) and the spoken slot a ``reordered`` one (result first, situation
last; tier 4). 28 of the 56 answers are in spoken style (4 per question), spread over several
slots, not only the spoken one (paraphrase, keyword, partial, misconception, numbers, negated, weak
and off-target answers are spoken too).
"""

from __future__ import annotations

from judgement_answers import H, J, Judged, S, W

ANSWERS: list[Judged] = [
    # --- lifecycle ---
    J('lifecycle', 'ferry-deck-keyword', 'keyword', W, 5, H, """
        At a ferry operator I owned the lifecycle for our vehicle-deck demand forecast, which
        decides how many car slots we sell per crossing. Data comes in nightly from the booking
        system and the port gate scans; we validate it with Great Expectations and snapshot each
        training set with DVC, so every model points at an exact data version. Experimentation
        happens in notebooks, but every run is logged to MLflow with parameters, metrics and the
        data hash, and the winner is registered in the MLflow Model Registry. From there a GitHub
        Actions pipeline runs unit tests and a backtest against last season, and builds a Docker
        image that goes onto Kubernetes. We don't flip straight over: the new model runs as a
        canary on two routes for a week while we compare its forecast error with the incumbent's.
        Once it's live, Prometheus and Grafana cover latency and errors, and Evidently checks
        feature drift, for example when a new timetable shifts booking lead times. Drift or a drop
        in accuracy triggers an Airflow retraining job that goes through the same gates. The
        important distinction is that a notebook result is an experiment; it only becomes
        production once it's tested, versioned, packaged and watched. That loop cut our release
        time from about three weeks to two days.
        """,
        follow_ups=('drift', 'rollback', 'feature-store'),
        impact=('cut our release time from about three weeks to two days',),
        not_impact=('two routes for a week',),
    ),
    J('lifecycle', 'honey-yield-paraphrase', 'paraphrase', S, 5, H, """
        so at the honey cooperative we uh we predicted hive yields for the season, which decides
        how many jars we sell ahead on contract. the way it flows is um first the data, hive scale
        weights and weather and the inspectors' notes, comes in every night and we check it
        automatically, like are weights missing, is a scale stuck on the same number for three
        days, and we freeze a labelled copy of exactly what each model learned from. then the
        experimenting, where every try gets written down, settings, scores, which data copy it
        used, so nobody's going which one was that. the one we pick gets a name and a number in
        one shared list. before it goes live there's automatic checks, tests, a replay against
        last season, and it's packed up with all its libraries so it runs the same on the server
        as on my laptop. we let it run alongside the old one on a handful of apiaries first and
        compare. once it's live we watch two things, is the service up and fast, and are the
        incoming readings starting to look different from what it learned on, like when the bees
        switch to a late crop. if they shift or the error climbs, learning from fresh data kicks
        off by itself and goes through the same checks. and honestly the difference between a
        try-out and the real thing is all that, tested, labelled, packaged, watched. it took our
        time to get a new model out from like three weeks down to two days.
        """,
        maybe=('generic-no-tools',), follow_ups=('drift', 'rollback', 'feature-store'),
        impact=('from like three weeks down to two days',), not_impact=('for three days',),
        equal_to='ferry-deck-keyword',
    ),
    J('lifecycle', 'ski-snowmaking-partial', 'keyword', W, 3, H, """
        At a ski resort group we forecast overnight snowmaking demand per slope, so the lifecycle
        I know best goes like this. Data engineering first: temperature, humidity and compressor
        logs land in Snowflake, we build features in dbt and version the training snapshots with
        DVC. Data scientists experiment in notebooks with MLflow tracking, and the best run is
        promoted in the MLflow registry after a review. Then CI: GitLab CI runs unit tests on the
        feature code, checks that the model beats the baseline on a held-out winter, and builds a
        Docker image. We deploy it to a Kubernetes cluster behind a small FastAPI service, first
        to one resort as a canary and then to all six. After that the model basically stays put
        until the next season, when the data science team trains a new one from scratch on the
        fresh winter's data and we go round the loop again. It's worked well because each stage
        hands a clear, versioned thing to the next.
        """,
        flags=('omits-crucial-steps',), follow_ups=('drift', 'rollback'), not_impact=('all six',),
    ),
    J('lifecycle', 'pawn-nightly-misconception', 'misconception', S, 2, H, """
        okay so at the pawnbroking chain we value items, like jewellery and watches, to set the
        loan offers. the lifecycle um starts with the data, we pull transactions and auction sale
        prices out of postgres, clean them, and we do version the datasets with dvc. then training
        and experiments in mlflow, the model goes in the registry, jenkins builds it, docker, and
        it goes out to kubernetes. and then the bit people overcomplicate, monitoring for drift.
        we don't really need it, because we retrain every single night on the last day's sales, so
        the model is always fresh by definition, it can't drift if it's relearned every twenty
        four hours. so uh we just watch that the service is up and the nightly job finishes. gold
        price jumps, whatever, it's in tomorrow's model.
        """,
        flags=('omits-crucial-steps',), follow_ups=('drift', 'rollback'),
        not_impact=('every twenty four hours',),
        misconception='nightly retraining makes drift and performance monitoring unnecessary',
    ),
    J('lifecycle', 'wedding-venue-spoken', 'spoken', S, 4, H, """
        right so um, at the wedding venue marketplace we had a model that ranks venues for a
        couple's search. lifecycle wise, it starts with data, so events from the site go into
        bigquery and we uh we snapshot the training tables by date so we can always go back to
        exactly what we trained on. experiments are tracked in mlflow, every run, params, metrics.
        when someone's happy the model gets registered and then, uh, a pipeline in github actions
        picks it up, runs tests, checks ranking metrics against the current one, builds the docker
        image and ships it to kubernetes. we do an a/b test, like ten percent of searches, for two
        weeks, because bookings are slow to show up. then monitoring, grafana for latency, and we
        track click-through and, you know, whether the mix of search filters shifts, like wedding
        season versus off-season is a big shift. and when that moves we retrain, mostly it's a
        scheduled monthly retrain though, we haven't fully automated the trigger yet. the main
        thing is experiment stuff never touches the live site without going through that path.
        """,
        maybe=('omits-crucial-steps',), follow_ups=('drift', 'feature-store'),
        not_impact=('ten percent of searches', 'for two weeks'),
    ),
    J('lifecycle', 'pet-claims-numbers', 'numbers', W, 4, H, """
        At a pet insurance company our claims-triage model went through a lifecycle with some hard
        numbers on it. We train on 2.3 million historical claims covering 14 breed groups,
        refreshed each week from a 40 GB warehouse extract, and each extract is hashed and
        versioned. Experiments: around 120 MLflow runs per quarter, with the team comparing about
        6 candidate models each time. Promotion needs an AUC above 0.82 and a false-decline rate
        below 1.5%. The Jenkins pipeline has 38 tests and takes 22 minutes, then the Docker image
        goes to 5% of claims for 10 days before going to 100%. Monitoring checks population
        stability on 25 features every 6 hours, and retraining is triggered if more than 3 of them
        cross 0.2. Since we put the loop in place, average claim triage time fell from 4 days to 9
        hours.
        """,
        maybe=('generic-no-tools',), follow_ups=('drift', 'rollback'),
        impact=('average claim triage time fell from 4 days to 9 hours',),
        not_impact=(
            '2.3 million historical claims', '14 breed groups', '40 GB', '120 MLflow runs',
            'about 6 candidate models', 'AUC above 0.82', 'below 1.5%', '38 tests', '22 minutes',
            '5% of claims', '10 days', '25 features', 'every 6 hours', 'more than 3', 'cross 0.2',
        ),
    ),
    J('lifecycle', 'mushroom-negated', 'negated', W, 2, H, """
        I'll be honest about where we were at the mushroom farm. We had a model predicting
        harvest-ready trays from camera images, and in theory the lifecycle is data versioning,
        experiment tracking, a model registry, CI/CD, containerised deployment, monitoring and
        automated retraining. In practice we never got round to most of that. We didn't version
        the image sets, we just kept adding to one folder. There was no registry; the model file
        lived on a shared drive with a date in its name. Deployment was me copying it onto the
        grading machine on a Friday afternoon, no Docker, no canary. We talked about drift
        monitoring when the new strain came in, but nobody set it up, and retraining happened when
        a grower complained. So I know the stages, but our production was basically an experiment
        that stayed running.
        """,
        flags=('omits-crucial-steps', 'no-production-distinction'), maybe=('generic-no-tools',),
        follow_ups=('drift', 'rollback'),
    ),
    J('lifecycle', 'driving-school-weak', 'weak', S, 1, H, """
        um yeah so the lifecycle, it's basically you get the data, you train the model, and then
        you deploy it and uh keep an eye on it. at the driving school we had a model suggesting
        how many lessons a learner needs and that's pretty much what we did, collect data, train,
        put it out there. and then, yeah, you improve it over time, it's like a cycle really.
        """,
        flags=('omits-crucial-steps', 'generic-no-tools'),
        maybe=('stages-not-connected', 'no-production-distinction'),
        follow_ups=('drift', 'feature-store'),
    ),
    # --- reproducibility ---
    J('reproducibility', 'cro-audit-keyword', 'keyword', S, 5, H, """
        so at the contract research organisation, reproducibility isn't optional, regulators can
        ask us to recreate any model that touched a trial. um so we version four things and link
        them. code's in git, obviously, every training run is tied to a commit sha. data, the
        datasets are versioned with dvc, backed by s3 with object versioning on, so the dvc hash
        in the repo points at the exact patient-level extract. models go into the mlflow model
        registry, and each registered version carries the git sha, the dvc hash and the docker
        image digest as tags. environment, we build a docker image per training run from a locked
        conda environment, pinned down to the cuda version, because uh we got burned once when a
        numpy upgrade changed a rounding result. and random seeds are fixed and logged. so, last
        year an auditor asked about an adverse-event model from eighteen months before and we
        checked out the commit, pulled the dvc data, ran it in the same image and got identical
        predictions, matching to like the sixth decimal. that link between all four is the whole
        point, a backup of the model file alone wouldn't let you explain it.
        """,
        follow_ups=('large-datasets', 'dependencies', 'model-card'),
        not_impact=('eighteen months before',),
    ),
    J('reproducibility', 'hearing-aid-paraphrase', 'paraphrase', W, 5, H, """
        At a hearing-aid clinic network we had a model that suggests the first fitting settings
        from a patient's hearing test, and because it counts as a medical device we have to be
        able to recreate any past recommendation exactly. We do it by keeping four things pinned
        and tied together. The code: every training run records the exact commit it came from. The
        data: each training set is frozen as a read-only, fingerprinted snapshot, and the
        fingerprint is stored next to the code, so you can fetch exactly those patient records
        again rather than roughly last spring's data. The trained model: it goes into a central
        catalogue with a number, and its entry records the code commit, the data fingerprint and
        which software environment built it. The environment: we build a sealed image of the
        operating system and every library at fixed releases, because a library update once
        shifted our results slightly and we couldn't explain why. Random seeds are fixed and
        written down too. Last year a complaint came in about a fitting from fourteen months
        earlier; we fetched the commit, the data snapshot and the image, reran training and got
        identical recommendations. A copy of the model file alone would never have told us why it
        said what it said.
        """,
        maybe=('tool-unfamiliar',), follow_ups=('dependencies', 'model-card'),
        not_impact=('fourteen months earlier',), equal_to='cro-audit-keyword',
    ),
    J('reproducibility', 'crop-hail-partial', 'keyword', W, 3, H, """
        At a crop-hail insurer we price policies with a model trained on radar hail maps and past
        claims. For reproducibility, code is in GitHub and every training job logs its commit.
        Data is versioned with DVC on top of our S3 bucket, including the radar rasters, which are
        big, so we only track the processed tiles rather than the raw scans. Training runs are
        tracked in MLflow and the chosen model is registered there with a link to the DVC data
        hash and the commit, so for any model version in production I can tell you exactly which
        code and which data produced it. We used that when an underwriter queried a jump in
        premiums for one county: we pulled the two model versions, diffed the training data and
        found a batch of duplicated claims. Environments we leave to each data scientist; people
        install what they need locally and the job server has its own setup, which mostly works.
        """,
        flags=('environment-ignored',), follow_ups=('dependencies', 'large-datasets'),
    ),
    J('reproducibility', 'type-foundry-misconception', 'misconception', W, 2, H, """
        At a type foundry we train a model that proposes kerning pairs for new typefaces.
        Reproducibility is actually simpler than people make it. Everything that defines a run is
        code, so it's all in Git: the training script, the config, and the SQL query that pulls
        the glyph outlines and the designers' accepted kerning values from our production
        database. Because the query is versioned, the data is versioned; you just rerun the query.
        We set the random seed to 42 everywhere, so given the same commit you get the same model.
        Models are saved to MLflow so we have them. I don't see the point of tools like DVC for
        us; that's duplicating data we already have in the database.
        """,
        flags=('code-only', 'environment-ignored'), maybe=('tool-unfamiliar',),
        follow_ups=('large-datasets', 'dependencies'), not_impact=('seed to 42',),
        misconception='versioning the SQL query against a live database versions the data',
    ),
    J('reproducibility', 'carpet-loom-spoken', 'spoken', S, 4, H, """
        uh so, at the carpet mill we've got a vision model spotting weave defects on the looms.
        for reproducibility we um, we try to pin everything. the images, we version those with
        dvc, it's a lot of images so we uh store them in minio and dvc just keeps the pointers.
        code in git. training runs go through mlflow, and we register the model there, and the run
        has the git commit and the dvc revision on it. the environment, we train inside a docker
        image that's built from a pinned requirements file, and the same image basically serves
        the model on the line, so what we tested is what runs. the bit we're weaker on is, uh, the
        labels, the inspectors relabel images sometimes and that's not always captured cleanly, so
        we've had one case where we couldn't quite get the same numbers back. we're fixing that by
        making relabels go through a pull request on the label file.
        """,
        follow_ups=('large-datasets', 'model-card'),
    ),
    J('reproducibility', 'glass-bottle-numbers', 'numbers', S, 4, H, """
        okay so at the glass bottle plant, um, the defect model trains on about 1.8 million
        images, that's roughly 3.5 terabytes, and we keep 14 dataset versions in dvc going back
        two years. we've got like 60 registered models in mlflow, each one tagged with the commit
        and the dataset version. the docker base image is pinned, we've rebuilt it 9 times, and
        the lock file has 212 packages in it. um, retraining happens every 3 weeks and takes about
        7 hours on 4 gpus. and because of all that, when quality asked us to reproduce a model
        from march, it took us 40 minutes instead of the, uh, three days it used to take.
        """,
        maybe=('environment-ignored',), follow_ups=('large-datasets', 'dependencies'),
        impact=('40 minutes instead of the, uh, three days it used to take',),
        not_impact=(
            'about 1.8 million images', '3.5 terabytes', '14 dataset versions', 'two years',
            '60 registered models', '9 times', '212 packages', 'every 3 weeks', 'about 7 hours',
            '4 gpus',
        ),
    ),
    J('reproducibility', 'genealogy-negated', 'negated', S, 2, H, """
        so at the family history site we had a record matching model, like linking census entries
        to the same person. um, reproducibility, honestly, we knew we should be doing dvc and
        mlflow and pinning the environment, we even did a proof of concept with dvc, but we never
        adopted it, the datasets were too big and nobody owned it. so the code was in git and
        that's what we had. models were pickles in a bucket with dates in the names. environments,
        everyone had their own conda setup. when a matching bug came up we couldn't recreate the
        old model, we just trained a new one and moved on.
        """,
        flags=('code-only', 'environment-ignored'), maybe=('tool-unfamiliar',),
        follow_ups=('large-datasets', 'dependencies'),
    ),
    J('reproducibility', 'dental-lab-backups-weak', 'weak', W, 1, H, """
        At the dental lab we take reproducibility seriously. Every night the whole server,
        including the models and the training data, is backed up to an offsite drive and we keep
        30 days of backups, so if anything goes wrong we can always restore the model as it was.
        The code is on GitHub as well, so that's covered too.
        """,
        flags=('backups-confusion', 'environment-ignored', 'tool-unfamiliar'),
        maybe=('code-only',), follow_ups=('dependencies', 'model-card'),
        not_impact=('30 days of backups',),
    ),
    # --- ml-cicd ---
    J('ml-cicd', 'lift-sensor-keyword', 'keyword', W, 5, H, """
        At a lift maintenance company we run a model that predicts door-mechanism failures from
        sensor traces, and its CI/CD differs from our normal app pipeline in three ways: it tests
        data, it tests the model, and what it promotes is a trained model rather than just a
        build. On a pull request, GitHub Actions runs the usual unit tests and linting, plus Great
        Expectations suites on the newest sensor batches: value ranges, sampling rates, label
        completeness, and no lift's traces leaking across train and test. If data or code changed,
        a Kubeflow Pipelines run retrains on the cluster, evaluates on a fixed hard set of rare
        failure cases, and checks recall per lift manufacturer so we don't trade one brand for
        another. The candidate must beat the current model and pass a latency budget before it's
        registered in MLflow. Everything runs in Docker images built by the pipeline, and Argo CD
        rolls it out on Kubernetes, first as a canary covering ten buildings, with automatic
        rollback if false-alarm call-outs rise. That took our release cycle from about a month to
        four days.
        """,
        follow_ups=('pipeline-metrics', 'ab-canary', 'pipeline-challenge'),
        impact=('from about a month to four days',), not_impact=('ten buildings',),
    ),
    J('ml-cicd', 'paint-retail-paraphrase', 'paraphrase', W, 5, H, """
        At a paint and decorating retail chain we forecast demand per store and colour, and the
        way we ship a new forecasting model differs from how we ship the website in three ways: we
        test the data, we test the model's quality, and what we promote is a trained model, not
        just code. Whenever someone proposes a change, the automated checks run the normal code
        tests and also check the newest sales data: colour codes that exist in the catalogue, no
        missing weeks, no stock transfers counted as sales, and no overlap between the weeks we
        learn from and the weeks we test on. If the data or code changed, the model is relearned
        automatically on our training servers and scored on a fixed set of difficult periods, like
        the spring decorating rush and bank-holiday weekends, and broken down by region so one
        area doesn't quietly get worse. It has to beat the current model and answer quickly enough
        before it's recorded in our list of approved models. Every step runs inside a sealed,
        identical software image, and the new model goes to ten stores first; if their forecast
        error rises, we switch straight back to the old one automatically. That took us from about
        a month per release to four days.
        """,
        follow_ups=('pipeline-metrics', 'ab-canary'),
        impact=('from about a month per release to four days',), not_impact=('ten stores',),
        equal_to='lift-sensor-keyword',
    ),
    J('ml-cicd', 'recycling-nir-partial', 'other-tools', S, 3, H, """
        so at the recycling plant, um, we classify plastics on the sorting line from near-infrared
        scans, and air jets kick each piece into the right bay. our ml ci is in buildkite. the
        difference from normal software is, uh, we validate the data first, pandera schemas on the
        scan files, like wavelength ranges, no negative absorbance, and a check that the
        hand-sorted reference labels are actually there. then dagster runs the training job, logs
        everything to weights and biases, and there's an evaluation step that compares against the
        current model on a fixed set of tricky samples, black plastics, labels stuck on, and it
        fails the build if purity on the pet bay drops more than half a percent. if it passes we,
        um, package it as a python wheel and ansible pushes it to the line pcs at each site. no
        docker, it's just a virtualenv on windows machines, which, yeah, has bitten us when one
        site had a different numpy.
        """,
        flags=('no-containers',), follow_ups=('pipeline-challenge', 'pipeline-metrics'),
        not_impact=('half a percent',),
    ),
    J('ml-cicd', 'podcast-loss-misconception', 'misconception', S, 2, H, """
        yeah so for the podcast hosting platform we had a model that picks ad slots in episodes,
        like where the natural breaks are. um and ci/cd for it, we did it properly, gitlab ci,
        every merge builds the docker image, runs the unit tests, kicks off training on
        kubernetes. and then the gate for ml, the thing that makes it different from normal
        software, is we compare the final training loss against the previous model's training
        loss, and if it's lower the new model is better, so it's automatically promoted and rolled
        out. that way no human has to sit and look at metrics. we did also check the data schema,
        that the audio features came through.
        """,
        flags=('no-automated-testing',), follow_ups=('pipeline-metrics', 'ab-canary'),
        misconception=(
            'a lower final training loss than the previous model proves the new model is '
            'better'
        ),
    ),
    J('ml-cicd', 'art-auction-spoken', 'spoken', S, 4, H, """
        okay so, at the art auction house we predict hammer prices so consignors get an estimate
        range. ci/cd for that, um, the normal software part is the same, pull request, unit tests,
        lint, in github actions. what's different is the data and the model. so we've got a data
        validation step, like, dimensions can't be zero, every lot needs an artist and a medium,
        and we check the price distribution of new sale results against the last month so one
        weird, uh, record-breaking sale doesn't skew it. then training runs as a job on our
        kubernetes cluster inside the same docker image we serve from, and an evaluation step
        checks error per category, prints, paintings, sculpture, against the current model, and it
        can't get worse on any category by more than two percent. if it passes it's registered and
        it goes out to one saleroom first. we watch the gap between estimate and hammer price
        there for a couple of sales before everywhere else.
        """,
        follow_ups=('ab-canary', 'pipeline-metrics'), not_impact=('more than two percent',),
    ),
    J('ml-cicd', 'ticket-resale-numbers', 'numbers', W, 4, H, """
        At a ticket resale marketplace our fraud-listing classifier has a pipeline with these
        numbers. The repo has 1,400 unit tests that run in 6 minutes on every PR. Data validation
        checks 31 columns on the last 72 hours of listings, and the build fails if more than 0.5%
        of rows have missing event IDs. Training runs nightly on 9 million listings in a SageMaker
        Pipelines job, about 50 minutes on 2 instances. The evaluation gate needs precision of at
        least 0.93 at 80% recall, and the model is packaged in a Docker image of around 1.2 GB.
        New models serve 15% of traffic for 48 hours before full promotion. Since we added the
        gates, fraudulent listings reaching buyers dropped by 37%.
        """,
        follow_ups=('pipeline-metrics', 'ab-canary'),
        impact=('fraudulent listings reaching buyers dropped by 37%',),
        not_impact=(
            '1,400 unit tests', '6 minutes', '31 columns', '72 hours', '0.5% of rows',
            '9 million listings', 'about 50 minutes', '2 instances', 'at least 0.93',
            '80% recall', '1.2 GB', '15% of traffic', '48 hours',
        ),
    ),
    J('ml-cicd', 'translation-negated', 'negated', W, 2, H, """
        At a translation agency I worked on a quality-estimation model that flags
        machine-translated segments for human review. CI/CD for it was mostly owned by the
        platform team, so I can describe it from the outside. Our code went through the same
        Jenkins pipeline as every other service: build, unit tests, deploy. We discussed adding
        data validation and an evaluation gate on the language-pair test sets, and I prototyped a
        Kubeflow pipeline for retraining, but it was never adopted; the data scientists trained
        models by hand and attached the file to a ticket. There was no Docker image for the model
        specifically, it was loaded by the main app. So I'd say we treated it like any other
        software, which I know isn't ideal.
        """,
        flags=('same-as-software', 'no-automated-testing', 'no-containers'),
        follow_ups=('pipeline-challenge', 'pipeline-metrics'),
    ),
    J('ml-cicd', 'florist-tool-salad', 'weak', S, 1, H, """
        um so ci/cd for ml, i'd use jenkins or github actions, kubeflow, mlflow, docker,
        kubernetes, terraform maybe, sagemaker pipelines. at the florist chain we had, uh, a model
        for bouquet demand before valentine's and mother's day, and those tools are basically how
        you'd automate everything end to end. it's like software ci/cd but with models.
        """,
        flags=('tools-unexplained', 'no-automated-testing'), maybe=('same-as-software',),
        follow_ups=('pipeline-challenge',),
    ),
    # --- iac-containers ---
    J('iac-containers', 'air-quality-keyword', 'keyword', W, 5, H, """
        At an air-quality sensor network operator we forecast pollution street by street for city
        councils, and the models behind that run on infrastructure defined entirely in Terraform.
        Terraform modules create the VPC, an EKS cluster with a CPU node group and a spot GPU node
        group for training, S3 buckets with versioning, IAM roles per service and the managed
        Postgres; every change goes through a pull request with the terraform plan posted as a
        comment, and state lives in S3 with DynamoDB locking. Each model is containerised with
        Docker: a slim base image, pinned dependencies and the weights pulled at start-up, so the
        same image runs in training, in tests and in serving, and "it worked on my laptop" stopped
        being a conversation. On Kubernetes we use Helm charts with resource requests and limits,
        a Horizontal Pod Autoscaler keyed on queue length for wildfire-smoke spikes, liveness
        probes so crashed pods restart on their own, and secrets from AWS Secrets Manager through
        the External Secrets Operator. The concrete benefit: onboarding a new city went from six
        weeks of tickets to two days, and spot training nodes cut our compute bill by about 40%.
        """,
        follow_ups=('secrets', 'managed-vs-self-hosted', 'resource-utilization'),
        impact=(
            'onboarding a new city went from six weeks of tickets to two days',
            'cut our compute bill by about 40%',
        ),
    ),
    J('iac-containers', 'museum-tagging-paraphrase', 'paraphrase', S, 5, H, """
        so at the museum, we um we were tagging photos of the collection automatically, like
        period, material, that kind of thing, for the online catalogue. and all the machines
        behind it, the servers, storage, network rules, who's allowed to touch what, that's all
        written down as text files that live next to the code. so nobody clicks around in a
        console, you propose a change, the tool prints out what it's going to create or delete, a
        colleague reviews it, then it gets applied, and the record of what exists is uh locked
        centrally so two people can't apply at once. then each model is packed into a sealed
        self-contained image, with the exact system libraries and packages, and that same image is
        what we train in, test in and serve from, so the works on my machine thing just went away.
        and those images run on a scheduler across a group of machines that restarts them if they
        crash, adds more copies when the tagging queue gets long, like when a donation of ten
        thousand photos arrives, and caps how much memory and processor each one can take.
        passwords come from a locked vault, not from the image. the payoff was, uh, setting up a
        second museum site went from six weeks to two days, and using spare cheap machines for
        training cut the compute bill by about forty percent.
        """,
        maybe=('no-iac',), follow_ups=('secrets', 'resource-utilization'),
        impact=(
            'setting up a second museum site went from six weeks to two days',
            'cut the compute bill by about forty percent',
        ),
        not_impact=('ten thousand photos',), equal_to='air-quality-keyword',
    ),
    J('iac-containers', 'pharmacy-compose-partial', 'keyword', W, 3, H, """
        At a pharmacy chain with about 300 branches we forecast next-day stock needs for
        fast-moving medicines, and I set up the infrastructure. Everything is in Terraform: the
        Azure resource group, storage accounts for the dispensing history, a container registry,
        Key Vault and the networking, with separate workspaces for dev and prod and plans reviewed
        in pull requests. The model is packaged with Docker, with a multi-stage build so the
        serving image is under 400 MB, and the same image is used for the nightly batch run and
        for tests. We run it on a couple of VMs with Docker Compose and a cron job that kicks off
        the batch forecast at 3am. We never needed Kubernetes; it's one batch job a night. The
        main win was that when a VM died during a storm we rebuilt the whole thing from Terraform
        in under an hour.
        """,
        flags=('docker-xor-kubernetes',), follow_ups=('managed-vs-self-hosted', 'secrets'),
        impact=('rebuilt the whole thing from Terraform in under an hour',),
        not_impact=('about 300 branches', 'under 400 MB', 'at 3am'),
    ),
    J('iac-containers', 'esports-driver-misconception', 'misconception', W, 2, H, """
        At an esports tournament organiser I ran the infrastructure for our anti-cheat model,
        which scores player input telemetry during matches. We provision with Terraform: the GKE
        cluster, node pools, Cloud Storage buckets and Pub/Sub topics, all reviewed through pull
        requests. The model is in a Docker image, and the great thing about that is that the image
        carries everything the model needs, down to the GPU drivers, so it runs identically on any
        machine: a developer's laptop, a T4 node or an A100 node, with no host setup needed.
        That's why we could swap node types freely between tournaments. Kubernetes handles scaling
        during finals, when traffic is ten times normal, with the HPA and resource limits on each
        pod.
        """,
        maybe=('container-benefits-missing',),
        follow_ups=('resource-utilization', 'managed-vs-self-hosted'),
        not_impact=('ten times normal',),
        misconception='a Docker image carries the GPU driver, so it runs identically on any host',
    ),
    J('iac-containers', 'fish-auction-spoken', 'spoken', S, 4, H, """
        yeah so at the fish auction, um, we grade the catch from photos as it comes off the boats,
        freshness and size, and that feeds the starting prices. infra wise, i wrote the terraform
        for it, so the, uh, the kubernetes cluster on aws, eks, the s3 buckets for the images, the
        iam roles, all through pull requests with the plan output reviewed. the model's in a
        docker image, and that mattered a lot because before that the grading ran on a pc in the
        auction hall with whatever python was on it and an update broke it the night before a big
        sale. now it's the same image everywhere. on kubernetes we run it with requests and
        limits, and we scale up at like four in the morning when the boats land and down to almost
        nothing by ten. secrets, we use sealed secrets in the repo. the bit i'd still improve is
        we haven't got proper autoscaling, it's a scheduled scale, which is kind of crude.
        """,
        maybe=('generic-no-examples',), follow_ups=('resource-utilization', 'secrets'),
        not_impact=('four in the morning', 'by ten'),
    ),
    J('iac-containers', 'sequencing-numbers', 'numbers', S, 3, H, """
        so um at the sequencing lab, the variant calling models, we've got, uh, 14 terraform
        modules, about 2,300 lines of hcl, three environments. the kubernetes cluster is 40 nodes
        normally, up to 120 when a big batch of samples comes in, and 8 of those have gpus. we
        have 26 docker images, the biggest one's like 9 gigs because of the reference genome,
        which we then moved out to a volume. pods request 16 gigs of memory and 4 cpus each. um, a
        batch is 384 samples. and the result of all that was turnaround from sample to report went
        from 11 days to 6.
        """,
        maybe=('container-benefits-missing',),
        follow_ups=('resource-utilization', 'managed-vs-self-hosted'),
        impact=('turnaround from sample to report went from 11 days to 6',),
        not_impact=(
            '14 terraform modules', 'about 2,300 lines of hcl', 'three environments', '40 nodes',
            'up to 120', '8 of those', '26 docker images', 'like 9 gigs', '16 gigs of memory',
            '4 cpus', '384 samples',
        ),
    ),
    J('iac-containers', 'mortgage-platform-negated', 'negated', S, 2, H, """
        at the mortgage broker, um, i was on the ml side so the infrastructure stuff was really
        the platform team's job. they had terraform, i think, for the aws account, i never touched
        it. our affordability model, we'd hand over a pickle file and a requirements.txt and
        they'd, uh, put it in a container somehow and run it on kubernetes. i know docker in
        theory, like building an image, but i've not written dockerfiles for production. so, yeah,
        i can't really speak to how it was set up, but it was reliable as far as i know.
        """,
        flags=('no-iac', 'container-benefits-missing', 'generic-no-examples'),
        follow_ups=('secrets', 'managed-vs-self-hosted'),
    ),
    J('iac-containers', 'perfume-off-target', 'off-target', W, 1, H, """
        At a perfume house I built a model that predicts which fragrance notes a customer will
        like from a short quiz. The interesting part was the features: we encoded each perfume as
        a vector of its top, heart and base notes, weighted by concentration, and used a
        gradient-boosted model with the customer's age band and past purchases. We tuned it with
        Optuna and got a solid lift in quiz-to-sample conversions. I also spent a lot of time
        explaining the model to the perfumers with SHAP plots, which helped them trust it.
        """,
        flags=('no-iac', 'container-benefits-missing'),
        maybe=('generic-no-examples', 'docker-xor-kubernetes'),
        follow_ups=('resource-utilization', 'managed-vs-self-hosted'),
    ),
    # --- monitoring ---
    J('monitoring', 'escooter-keyword', 'keyword', S, 5, H, """
        so at the e-scooter company the model predicts, um, demand per street zone for the next
        few hours, and the ops vans rebalance based on it. monitoring is in layers. first the
        infrastructure, prometheus scrapes latency, error rate, cpu and memory from the serving
        pods, grafana for the views. then data quality on the inputs, we use evidently on every
        hourly batch, checking missing values, like if a city's gps feed drops out, and
        out-of-range values. then data drift, population stability index on the key features,
        weather, events, time of day mix, against the training window. and concept drift, which is
        different, that's when the relationship changes, like after a city banned scooters from
        the pavement the same inputs meant different demand, so we track actual rides against the
        forecast once they come in, mean absolute error per zone, with a lag of a few hours.
        alerts go through alertmanager to pagerduty, drift only pages if it's sustained for three
        hours, otherwise it's a slack message, and every alert has a runbook, check the feed,
        compare to last week, and if error stays high we trigger a retrain and it goes through the
        normal gates.
        """,
        follow_ups=('false-positives', 'when-to-retrain', 'drift-difference'),
        not_impact=('for three hours',),
    ),
    J('monitoring', 'library-holds-paraphrase', 'paraphrase', W, 5, H, """
        At a public library service we predict how many holds each new title will get, so we can
        decide how many copies to buy for each branch. Keeping an eye on it happens at several
        levels. First the machinery: how fast the predictions come back, how many requests fail,
        processor and memory use, all collected automatically and shown on shared charts. Second,
        the quality of what goes in: each nightly batch is checked for empty fields, impossible
        values, and whole branches going quiet because their catalogue feed broke. Third, whether
        the incoming data still resembles what the model learned from: we compare the mix of
        genres, formats and borrower ages with the training period using a standard statistical
        distance. Fourth, and separately, whether the relationship itself has changed: after we
        stopped charging late fees, the same title attracted very different numbers of holds, so
        we compare predictions with the holds that actually happen once they come in, branch by
        branch. When something crosses a limit, the on-call person is paged only if it persists
        for several hours; smaller blips go to a shared chat channel. Each warning comes with
        written steps to follow, and if the error stays high we relearn the model on recent
        months, through the usual checks.
        """,
        maybe=('no-tools',), follow_ups=('when-to-retrain', 'drift-difference'),
        equal_to='escooter-keyword',
    ),
    J('monitoring', 'hotel-rates-partial', 'other-tools', S, 3, H, """
        okay so at the hotel group, the pricing model suggests room rates per night. for
        monitoring we track the system side in datadog, latency, errors, and then the model side,
        um, we log every recommendation and the price the revenue manager actually set, and
        whether the room sold. so we look at acceptance rate and revenue per available room
        against the forecast. and for data drift we run whylogs profiles on the inputs daily,
        booking lead time, length of stay, that kind of thing, and compare to training. concept
        drift we saw for real when a big concert got announced and, uh, the booking curve just
        changed shape. um, alerts, honestly, there isn't really a formal set up, the analysts look
        at the dashboard on monday mornings and if something looks off they'll message us.
        """,
        flags=('alerts-unexplained',), follow_ups=('false-positives', 'when-to-retrain'),
    ),
    J('monitoring', 'cinema-inputs-misconception', 'misconception', W, 2, H, """
        At a cinema chain we forecast weekly admissions per screen so managers can plan staffing
        and concession stock. We monitor the service with Prometheus and Grafana, and for the
        model we run Evidently drift reports on every input: film genre, certificate, release
        week, competing releases, weather. The logic is simple: a model's accuracy only changes if
        its inputs change, so as long as the input distributions stay where they were in training,
        the predictions stay as accurate as they were at validation. That saves us joining actual
        ticket sales back onto the forecasts. If a feature drifts past the threshold, Alertmanager
        emails the data team and we retrain.
        """,
        flags=('no-drift',), follow_ups=('drift-difference', 'when-to-retrain'),
        misconception=(
            'stable input distributions guarantee stable accuracy, so outcomes need not be '
            'checked'
        ),
    ),
    J('monitoring', 'pizza-eta-spoken', 'spoken', S, 4, H, """
        so at the pizza delivery chain, the model estimates delivery time, that's the number the
        customer sees in the app when they order. monitoring, we've got grafana with the usual,
        latency, whether the estimate service is up, because if it's down the app just shows
        nothing. then model stuff, we compare the estimate against the actual delivered time from
        the drivers' app, rolling error per store. for drift, um, we check the input distributions
        every day, like order size, time of day mix, rain, against the training data, and we had a
        real one when the city put in a new one-way system round the centre, the whole pattern
        moved. alerts, if the rolling error goes over a limit for an hour it pages the on-call,
        and they can switch the app to a fixed forty-five minute estimate while we look, that's
        the safe fallback. we don't have anything for, um, bias, like whether some postcodes
        always get worse estimates, which we probably should.
        """,
        follow_ups=('false-positives', 'when-to-retrain'),
        not_impact=('for an hour', 'forty-five minute estimate'),
    ),
    J('monitoring', 'credit-union-numbers', 'numbers', W, 4, H, """
        At a credit union our loan-default model is monitored with these settings. We score about
        1,100 applications a week, so we compute PSI weekly on 18 input features, with a warning
        at 0.1 and an alert at 0.25. Default outcomes take 90 days to mature, so we track
        early-payment default at 30 days as a proxy, and AUC on matured loans monthly; the floor
        is 0.74. Latency p95 must stay under 300 ms. Approval rate by age band is checked against
        a 5-point tolerance for fair lending. Alerts go to a Teams channel and, above 0.25, to the
        on-call risk analyst. In the first year this caught a broker channel sending bad data
        within 2 days instead of the 3 months it took before.
        """,
        maybe=('no-tools',), follow_ups=('false-positives', 'when-to-retrain'),
        impact=('within 2 days instead of the 3 months it took before',),
        not_impact=(
            'about 1,100 applications a week', '18 input features', 'warning at 0.1',
            'alert at 0.25', '90 days', 'at 30 days', 'the floor is 0.74', 'under 300 ms',
            '5-point tolerance',
        ),
    ),
    J('monitoring', 'chess-fairplay-negated', 'negated', W, 2, H, """
        At an online chess platform I worked on the fair-play model that flags likely engine use.
        On monitoring, I'll be straight: we had Grafana for the API, uptime and response times,
        and that was it. We talked about tracking drift in the move-quality features, especially
        after a popular streamer changed how people open their games, and I trialled Evidently for
        a sprint, but we didn't adopt it. We also never set up alerts on the model's flag rate;
        the moderators would tell us when the review queue looked odd. Precision was measured
        once, at launch, against a hand-reviewed set.
        """,
        flags=('infra-only', 'alerts-unexplained'), maybe=('no-drift',),
        follow_ups=('false-positives', 'when-to-retrain'),
    ),
    J('monitoring', 'funeral-infra-weak', 'weak', S, 1, H, """
        um so monitoring, at the funeral services group we had a forecasting model for, like,
        staff rostering, and we monitored it, yeah, we had cpu and memory graphs and we'd get an
        email if the server went down. and the model seemed fine, so, uh, we didn't really need
        more than that.
        """,
        flags=('infra-only', 'no-drift', 'no-tools'), maybe=('alerts-unexplained',),
        follow_ups=('when-to-retrain', 'drift-difference'),
    ),
    # --- cloud-platform ---
    J('cloud-platform', 'phone-refurb-keyword', 'keyword', W, 5, H, """
        At a smartphone refurbishing company I ran our trade-in pricing and grading models on AWS
        SageMaker for about three years. We used SageMaker Pipelines for the training workflow:
        processing steps pulling resale and grading data from S3, a training step on spot
        instances, an evaluation step and a condition step that only registers the model in the
        SageMaker Model Registry if it beats the current approved one. Features like handset age,
        battery health and resale price indices live in SageMaker Feature Store, with the offline
        store feeding training and the online store serving the quote API, which removed a whole
        class of training-serving skew. Real-time quotes run on SageMaker Endpoints with
        autoscaling, and Model Monitor checks data quality and drift against a baseline.
        Strengths: it's deeply tied into IAM, S3, CloudWatch and EventBridge, so governance was
        easy, and managed spot training saved real money. Weaknesses: costs are hard to predict,
        especially endpoints that idle overnight; Studio has a steep learning curve for our
        analysts; debugging Pipelines is slow because each step spins up a new instance; and it's
        real lock-in, our pipeline definitions wouldn't move anywhere else. Concretely, moving
        trade-in features into Feature Store cut feature engineering time for new models by about
        35%.
        """,
        follow_ups=('costs', 'managed-vs-custom', 'multi-cloud'),
        impact=('cut feature engineering time for new models by about 35%',),
        not_impact=('about three years',),
    ),
    J('cloud-platform', 'puzzle-publisher-paraphrase', 'paraphrase', S, 5, H, """
        so at the puzzle publisher we, um, we used one of the big providers' hosted
        machine-learning services for about three years, for the model that rates how hard a
        crossword is before it goes out. the pieces we used: their built-in step-by-step training
        workflow, so a step pulls the solve-time data from storage, a step trains on cheap
        spare-capacity machines, a step evaluates, and then a condition step only adds the model
        to the approved list if it beats the current one. features like average solve time per
        clue type lived in their shared feature catalogue, one copy for training and a fast copy
        for live lookups, so what we trained on matched what we served. live scoring ran on their
        hosted prediction service that scales itself, and their built-in checker compared incoming
        data to a baseline. the good parts, um, it's wired into the provider's permissions,
        storage and logging so the audit side was easy, and the spare-capacity training saved real
        money. the bad parts, costs are hard to predict, a prediction service that sits idle
        overnight still bills you, their web workbench is hard for the editors to learn, debugging
        the workflow is slow because every step starts a fresh machine, and we're properly locked
        in, none of that would move elsewhere. putting the clue features into that shared
        catalogue cut the time to build new features by about thirty five percent.
        """,
        maybe=('generic-platform',), follow_ups=('costs', 'managed-vs-custom'),
        impact=('cut the time to build new features by about thirty five percent',),
        not_impact=('about three years',), equal_to='phone-refurb-keyword',
    ),
    J('cloud-platform', 'golf-vertex-partial', 'keyword', W, 3, H, """
        At a golf course operator with a dozen courses we forecast tee-time demand and set dynamic
        green fees, all on Google Cloud's Vertex AI. We built the training workflows in Vertex AI
        Pipelines, tracked runs with Vertex AI Experiments, registered models in the Vertex AI
        Model Registry and served predictions through Vertex AI endpoints to the booking site.
        BigQuery holds the booking history, and BigQuery ML let analysts try quick baselines
        without leaving SQL. Vertex AI Model Monitoring watches for skew between training and
        serving inputs. Honestly it's been excellent: it integrates cleanly with BigQuery and IAM,
        it's fully managed so our two-person team never patches a server, and it scales for summer
        weekends without any effort. I can't really think of a downside.
        """,
        flags=('one-sided',), follow_ups=('costs', 'managed-vs-custom'),
        not_impact=('a dozen courses', 'two-person team'),
    ),
    J('cloud-platform', 'vet-azure-misconception', 'misconception', S, 2, H, """
        yeah so at the vet hospital group we use azure ml, um, for a triage model that ranks
        incoming cases by urgency from the intake notes. we used the workspaces, compute clusters
        for training, azure ml pipelines, and managed online endpoints for serving. and the
        registry. strengths, it's really tight with azure ad and our data lake, and the studio ui
        is nice for the vets' analysts. weaknesses, hmm, cost can creep up with compute instances
        left running. but lock-in isn't one, because azure ml is basically mlflow under the hood,
        all our tracking is mlflow, so if we ever wanted to leave we'd just point the mlflow
        client somewhere else and the pipelines, endpoints, everything comes with us. it's
        effectively portable.
        """,
        maybe=('one-sided', 'no-feature-knowledge'),
        follow_ups=('multi-cloud', 'managed-vs-custom'),
        misconception=(
            "Azure ML's MLflow-compatible tracking makes its pipelines and endpoints "
            'portable, so no lock-in'
        ),
    ),
    J('cloud-platform', 'ebook-vertex-spoken', 'spoken', S, 4, H, """
        um okay, so at the e-book subscription service i used vertex ai for about two years,
        mainly for the recommendation model, like what to read next. we had vertex pipelines, uh,
        kubeflow-based, for training, and the feature store for reader features like reading speed
        and genres finished. models went into the model registry and served on vertex endpoints.
        strengths, the bigquery integration is really good, our reading events were already there
        so, you know, no data copying, and the autoscaling endpoints just worked on launch days.
        weaknesses, uh, the feature store pricing caught us out, the online serving nodes cost a
        lot even when idle, and we ended up moving part of it to a plain redis cache. also the
        docs change constantly, and the pipeline ui is slow to debug, you're waiting ages for each
        component's container to spin up. and, honestly, we're pretty tied to google now.
        """,
        follow_ups=('costs', 'managed-vs-custom', 'multi-cloud'), not_impact=('about two years',),
    ),
    J('cloud-platform', 'ground-handling-numbers', 'numbers', W, 3, H, """
        At an airport ground-handling company we predict turnaround delays for each flight, on
        Azure ML. Some figures: 4 workspaces across dev, test, prod and a sandbox; 2 compute
        clusters, one of 12 CPU nodes and one of 4 GPU nodes that scale to zero; 37 registered
        models; 160 pipeline runs a month; 3 managed online endpoints handling about 900 requests
        a minute at peak with a p99 of 180 ms. Our monthly bill is around $14,000, of which 60% is
        endpoints. Strengths: managed endpoints and the Azure DevOps integration. Weaknesses:
        quota requests take days, and the SDK v1 to v2 migration took us 5 weeks. After moving
        from our old VMs, the time to put a new model live dropped from 10 days to 1.
        """,
        follow_ups=('costs', 'managed-vs-custom'),
        impact=('the time to put a new model live dropped from 10 days to 1',),
        not_impact=(
            '4 workspaces', '2 compute clusters', '12 CPU nodes', '4 GPU nodes',
            '37 registered models', '160 pipeline runs a month', '3 managed online endpoints',
            'about 900 requests a minute', 'p99 of 180 ms', 'around $14,000', '60% is endpoints',
            '5 weeks',
        ),
    ),
    J('cloud-platform', 'dye-house-negated', 'negated', S, 2, H, """
        so at the textile dye house, we're on aws, but um, we didn't really use sagemaker. we
        looked at it, we did the pipelines tutorial and a feature store trial, and decided it was
        too much for us. so our colour-matching model just runs on an ec2 instance, trained with a
        script, files in s3, and a flask app. i guess the strengths of aws are that it's reliable
        and everything's there, and the weakness would be cost. i can't really say much about
        sagemaker specifically because we never used it in anger.
        """,
        flags=('no-feature-knowledge', 'basic-services-only', 'generic-platform'),
        maybe=('one-sided',), follow_ups=('managed-vs-custom', 'costs'),
    ),
    J('cloud-platform', 'removals-generic-weak', 'weak', W, 1, H, """
        I've used cloud platforms at a house removals firm for our job-duration estimates. They're
        all fairly similar: they give you scalable compute, storage and managed services so you
        don't have to run your own servers. The strength is flexibility and scale; the weakness is
        that it can get expensive if you're not careful. Overall I'd say cloud is the right choice
        for most ML teams.
        """,
        flags=('generic-platform', 'no-feature-knowledge', 'basic-services-only'),
        maybe=('one-sided',), follow_ups=('costs', 'managed-vs-custom'),
    ),
    # --- challenging-project ---
    J('challenging-project', 'cruise-offline-keyword', 'keyword', W, 5, H, """
        Situation: at a cruise line, our shore-excursion recommender ran in a central AWS region,
        but ships only have expensive, patchy satellite links, so recommendations on the cabin TVs
        timed out about a third of the time and the models on board were months stale. Task: as
        MLOps lead I was asked to make inference work offline on 11 ships and keep the models
        current. Action: I containerised the model in a slim Docker image and ran it on a small
        K3s cluster on each ship, managed through Argo CD in a pull-based GitOps setup, so each
        ship syncs when its link is up and keeps running when it isn't. Models are versioned in
        MLflow and shipped as signed images with small delta layers to cut transfer size. I added
        a feature cache on board, refreshed from the shore-side feature store in port, and
        Prometheus on each ship buffers metrics and drift statistics that upload in port.
        Retraining runs weekly ashore and each new model goes to one ship first as a canary.
        Result: timeouts fell from 33% to under 1%, update transfers shrank by 85%, and excursion
        bookings through the TV rose 12%. The botched first sync was mine too; I fixed it by
        adding a checksum step.
        """,
        follow_ups=('do-differently', 'stakeholders', 'biggest-learning'),
        impact=(
            'timeouts fell from 33% to under 1%', 'update transfers shrank by 85%',
            'excursion bookings through the TV rose 12%',
        ),
        not_impact=('about a third of the time', '11 ships'),
    ),
    J('challenging-project', 'loss-adjuster-paraphrase', 'paraphrase', S, 5, H, """
        so the situation was, at the loss adjusting firm our adjusters use tablets to photograph
        storm and flood damage, and a model estimates the repair cost from the photos. but it ran
        on our central servers and loads of rural houses and flooded basements have no signal, so
        like a third of estimates just failed, and the tablets had old models anyway. my job, i
        was leading the engineering side, was to make it work offline on about 400 tablets and
        keep the models current. what i did, um, i packed the model into a small self-contained
        image that runs on the tablet itself, and the tablets pull the latest approved model
        whenever they're back on wifi, and keep working with the one they have when they're not.
        every model has a number and a record of the data and code it came from, and updates only
        send the parts that changed, so they're small. the tablets keep a local copy of the lookup
        data, refreshed when they sync, and they store their own logs and stats on the incoming
        photos, so we can see if what they see starts to look different. we relearn weekly at the
        office and a new model goes to a handful of tablets first. the result, failures went from
        thirty three percent to under one percent, update downloads got eighty five percent
        smaller, and adjusters finished reports the same day about twelve percent more often. and
        the first sync was botched, that was me, i fixed it by adding a checksum check.
        """,
        follow_ups=('do-differently', 'biggest-learning'),
        impact=(
            'failures went from thirty three percent to under one percent',
            'update downloads got eighty five percent smaller', 'about twelve percent more often',
        ),
        not_impact=('like a third of estimates', 'about 400 tablets'),
        equal_to='cruise-offline-keyword',
    ),
    J('challenging-project', 'cement-kiln-plain-result', 'plain-result', W, 4, H, """
        At a cement plant we had a model that recommends kiln fuel and airflow settings from
        sensor readings, and the challenge was that it kept silently going wrong. The quarry moved
        to a new face, the limestone chemistry changed, and the recommendations got steadily worse
        for weeks before anyone noticed, because operators just quietly overrode them. My task was
        to make it trustworthy enough that operators would actually use it. First I found that the
        sensor data we trained on wasn't what the model saw live: training used cleaned historian
        data, while live used raw tags with different averaging. I moved both onto one feature
        definition computed by the same code, versioned together with the model in MLflow. Then I
        set up drift checks on the raw-meal chemistry and tracked how often operators overrode the
        recommendation as a proxy for quality, with alerts to the process engineers. Retraining
        now runs when the chemistry shifts, with a review gate from the lead engineer. The result
        was that operators started leaving it switched on for whole shifts, fuel use came down
        noticeably, and the plant manager asked us to do the same for the cooler.
        """,
        flags=('no-quantified-impact',), follow_ups=('stakeholders', 'do-differently'),
    ),
    J('challenging-project', 'marathon-retrain-misconception', 'misconception', W, 2, H, """
        The hardest project was at a marathon organiser: a model that predicts each runner's
        finish time, which drives start-wave allocation and where we place medical staff along the
        course. Offline it had a mean error of about 6 minutes, but on race morning the live
        predictions were off by 20 minutes or more. I owned the fix. I decided the model was going
        stale, since runners' fitness changes between registration and race day, so I moved
        retraining from monthly to daily, built an Airflow DAG for it, containerised training in
        Docker and set up MLflow to track each daily run. A model retrained on the freshest data
        will perform live the way it did in validation. The next race the error was still high, so
        I increased it to hourly in the week before the race. The pace features at race time came
        from the registration app while training used the timing-chip data, but frequent
        retraining should cover that difference.
        """,
        flags=('no-quantified-impact',), follow_ups=('do-differently', 'biggest-learning'),
        not_impact=('about 6 minutes', '20 minutes or more'),
        misconception='retraining more often fixes a training-serving feature mismatch',
    ),
    J('challenging-project', 'home-care-reordered', 'reordered', S, 4, H, """
        so the end result was that, um, our carers' arrival estimates went from being off by like
        eleven minutes on average to under four, and the coordinators actually trust the rota
        again. how we got there, uh, i rebuilt the way the travel-time model got its road data,
        we'd been training on a snapshot of journey times that was like two years old, so i set up
        a nightly job that pulls the latest gps traces from the carers' phones, with consent,
        validates them, versions them with dvc, and retrains in a kubeflow pipeline, and it only
        goes live after it beats the current model on last week's real journeys. i also put in
        drift checks on journey times per area because roadworks move things a lot. my task was, i
        was the only ml engineer at the home care provider and they'd asked me to fix it before
        winter. and the situation was that elderly clients were waiting for carers who were
        running late without anyone knowing, and in winter that was getting risky.
        """,
        follow_ups=('stakeholders', 'do-differently'),
        impact=('off by like eleven minutes on average to under four',),
        not_impact=('like two years old',),
    ),
    J('challenging-project', 'gritting-numbers', 'numbers', W, 3, H, """
        At a highways contractor that runs 140 gritting lorries across 3 counties, we had a model
        predicting road-surface freezing for 2,600 route segments, and it was my project to get it
        running reliably. The challenge: the model used 9 weather inputs from 2 forecast
        providers, retraining took 5 hours on 32 cores, and the old server failed about twice a
        month during the season, which runs for 22 weeks. I moved training into a Docker image on
        a small Kubernetes cluster, added data checks on the forecast feeds, and tracked all 47
        training runs that season in MLflow. Predictions are produced every 30 minutes. The
        outcome was that we had no missed gritting runs caused by the system all season, and salt
        use fell by 18%.
        """,
        follow_ups=('do-differently', 'stakeholders'),
        impact=('no missed gritting runs caused by the system all season', 'salt use fell by 18%'),
        not_impact=(
            '140 gritting lorries', '3 counties', '2,600 route segments', '9 weather inputs',
            '2 forecast providers', '5 hours', '32 cores', 'about twice a month', '22 weeks',
            '47 training runs', 'every 30 minutes',
        ),
    ),
    J('challenging-project', 'glazing-blame-negated', 'negated', S, 2, H, """
        yeah so the challenging one was at a double glazing company, we had a propensity model
        picking which old quote requests the sales team should call back. the challenge honestly
        was the data team, they kept changing the leads table without telling anyone, so the model
        broke like every few weeks. and the it department wouldn't give us kubernetes or even
        docker, so we were stuck with a windows server. i raised it loads of times. in the end,
        um, the model was kind of left as it was and the sales team went back to their own lists.
        not much i could do really without the access.
        """,
        flags=('blame', 'no-quantified-impact'), maybe=('vague',),
        follow_ups=('do-differently', 'stakeholders', 'biggest-learning'),
    ),
    J('challenging-project', 'tattoo-vague-weak', 'weak', S, 1, H, """
        um so a challenging project, at a tattoo studio chain i worked on a no-show prediction
        model and it was challenging because the data was messy and deploying it was hard. but we
        worked through it as a team and got it live in the end and people were happy with it. so
        yeah, i learned a lot from it.
        """,
        flags=('vague', 'no-quantified-impact'), maybe=('no-mlops-intersection',),
        follow_ups=('biggest-learning', 'do-differently'),
    ),
]
