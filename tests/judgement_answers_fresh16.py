"""A seventeenth labelled set of interview answers, written BLIND: the new untouched holdout.

Provenance and rules
--------------------
* Written blind by a separate helper session on 2026-12-05; this is the seventeenth labelled set,
  the new untouched holdout. That session read only: the interview guide
  (shared/seed/000_03ac0d1b1b231269.txt, all of it, with ``cat``); in ``questions/guide.toml`` the
  question ids and prompts, the red-flag ids and wording and the follow-up ids and wording (printed
  by a small ``tomllib`` script in /tmp that accessed exactly ``data["question"]`` and, per
  question, ``id``, ``prompt``, ``red_flag[*].id`` / ``.text`` and ``follow_up[*].id`` / ``.text``,
  and printed those fields and nothing else); the module docstring, ``KINDS`` / ``CORE_KINDS`` /
  ``STORY_KINDS`` / ``QUESTIONS`` constants, ``Judged`` dataclass, ``J`` helper and ``W, S, T, H``
  constants of ``judgement_answers.py`` (``sed -n '1,/^ANSWERS/p'``, not its answers); the module
  docstring and import lines of ``judgement_answers_fresh15.py`` (the same ``sed`` range, which
  stops at the ``ANSWERS`` line; the model for this file's structure, slot plan and docstring);
  and, from the same permitted range of ``judgement_answers_fresh12.py``, ``_fresh13.py`` and
  ``_fresh14.py``, only their industry paragraphs (an ``awk`` over each ``sed`` range printing from
  the "Field meanings" line to the "Slots per question" line), to collect the industries already
  used. A ``test -e`` of this file's own path confirmed it did not exist yet, and ``date +%F`` was
  run.
* Reading slips, stated honestly: none. Before the ``cat`` of the guide, an ``ls`` was run on the
  guide file's own full path (to confirm it existed; it lists that one file, not a directory). The
  ``_fresh15`` docstring that was read mentions earlier sessions' own reading, but this session
  opened nothing beyond the list above. No scorer code was read, and no key names or values of
  ``guide.toml`` beyond the fields above were printed (no concepts, aliases, descriptions,
  examples, misconceptions, rules, cues, triggers or stages). The industries of
  ``judgement_answers.py`` and of ``_fresh`` to ``_fresh11`` were not visible to this session
  except as far as the ``_fresh`` docstrings read name them; the industries below avoid those
  listed in ``_fresh12`` to ``_fresh15`` and, as far as judged, their obvious neighbours (many
  first choices were dropped for that reason before any answer was written). No directory listing
  of ``tests/`` or any other folder was made. Every answer's wording, scenario, numbers and
  misconception is this session's own.
* The session did not read ``voice_interviewer/``, ``benchmarks/``, ``scripts/``, other tests,
  README files, the git log or git diffs, or the answers of any other ``judgement_answers*.py`` or
  ``scoring_answers*.py`` file, ran no git command, and did not run ``voice-interviewer score``,
  any scorer, benchmark or test on these answers. Nothing was scored. The answers and their labels
  were drafted together in data files in /tmp, and this module's source was laid out from them by
  a small formatting script (line wrapping only). During drafting, before any check was run, one
  paraphrase (lifecycle, lottery operator) came out at 272 words and two of its clauses were
  shortened; no label was involved. The only things run on the answers were a plain regex written
  by this session (case-insensitive, word-boundary prefix matches) over the seven paraphrases,
  checking that they avoid terms such as "drift", "pipeline", "version", "container", "monitor",
  "registr", "deploy", "retrain", "dashboard", "alert", "canary", "feature store", "CI/CD", "A/B",
  "MLOps", "orchestrat", "artifact" / "artefact", "shadow", "rollback" / "roll back" / "rolled
  back", "rollout" / "roll out", "endpoint" and tool, cloud and vendor names (its list also held
  "cloud", "GPU", "Python", "notebook", "Slack", "PSI", "SDK", "studio", "IaC", a bare "CI" and
  "ML", and names such as Docker, Kubernetes, Terraform, MLflow, DVC, Git, GitHub, GitLab, AWS,
  Azure, Google, GCP, SageMaker, Vertex, Prometheus, Grafana, Evidently, Airflow, Kubeflow,
  Jenkins, Helm, Argo, BigQuery, Datadog, PagerDuty, Feast, S3, EC2, EKS, GKE, AKS, Databricks,
  conda, poetry, pip, Great Expectations, Vault, Secrets Manager, CUDA and PyTorch), and a
  structural well-formedness check written by this session in /tmp (the module imports with
  ``PYTHONPATH=tests`` on the project's ``.venv`` Python, names unique per question, questions in
  ``QUESTIONS``, kinds in ``KINDS``, styles in ``W`` / ``S``, tiers 1 to 5, splits are holdout,
  flag / maybe / follow-up ids exist among that question's red-flag / follow-up ids in
  ``guide.toml`` (read by the same field-limited ``tomllib`` access as above), flags and maybe
  disjoint, at least one follow-up, impact / not_impact phrases occur verbatim in the text and do
  not overlap, ``equal_to`` targets exist with the same tier, misconception answers carry a
  ``misconception`` and no other kind does, paraphrases carry ``equal_to`` and no other kind does,
  8 answers per question, 28 spoken, 4 spoken per question, word counts 50 to 260). Neither scores
  anything. Outcomes: the regex found no hit in any paraphrase on its first run (it was also run
  once on one keyword answer of this file, to confirm that it does match tool names there; it
  did). The structural check found no error on its first run: 56 answers, 8 per question, 28
  spoken with 4 per question, word counts 59 to 258, median 154.5. An ``awk`` count of source
  lines longer than 99 characters found none. No label was changed after any check, and no edit
  was forced by a check. The only edit after the checks was filling in this docstring, after which
  the regex, the structural check and the line-length count were run once more (same results).
  The /tmp scripts and data files were then deleted.
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
(56 in all: zoos, lottery operators, recruitment agencies, dating apps, car park operators,
sawmills, copper mining, satellite imagery providers, property valuation firms, payroll bureaus,
teleradiology services, online fashion retail, flat-pack furniture retail, vaccine manufacturing,
audit firms, particle physics labs, parcel couriers, recipe apps, handmade crafts marketplaces,
used-car dealer groups, customer contact centres, 3D printing bureaus, pest control contractors,
restaurant booking platforms, wind farm operators, cold storage warehousing, forklift
manufacturers, mobile network operators, visual effects studios, tyre manufacturing, battery cell
manufacturing, astronomy observatories, energy trading desks, self-storage operators, co-working
spaces, EV charging networks, jewellery retail, sleep tracking apps, office cleaning contractors,
shopping centre landlords, stock photography libraries, architecture practices, footwear
manufacturing, trade unions, mattress manufacturing, irrigation equipment makers, paper mills,
charity shops, roadside breakdown recovery, car wash chains, guitar makers, watchmaking, nuclear
decommissioning, organ transplant coordination, scaffolding contractors, tree surgeons).
Slots per question: a solid keyword answer that names tools (tier 5); a plain-words answer of the
same substance (``paraphrase``, ``equal_to`` the keyword answer, same tier); a partial answer that
is good on most of the framework but has one clear gap (kind ``keyword`` or, where it runs on tools
the guide does not name, ``other-tools``; tier 3); a confident misconception (tier 2; some subtle,
mixed into otherwise good content, some said in plain practice words with no tell-tale phrase); a
spoken answer (tier 4); a numbers-heavy answer (tier 3 or 4; results in ``impact``; thresholds,
traffic shares, counts, durations, sizes and the size of the original problem in ``not_impact``); a
negated or disowning answer ("we never got round to it", "that's the platform team's job", "we
trialled X but didn't adopt it", blaming others; tier 2); and a weak, off-target or tool-salad
answer (tier 1; a tool salad is kind ``weak``). For challenging-project the partial slot is a
``plain-result`` story (result in plain words, no numbers; tier 4) and the spoken slot a
``reordered`` one (result first, situation last; tier 4). 28 of the 56 answers are in spoken style
(4 per question), spread over several slots, not only the spoken one (keyword, paraphrase,
partial, misconception, numbers, negated, weak and off-target answers are spoken too).
"""

from __future__ import annotations

from judgement_answers import H, J, Judged, S, W

ANSWERS: list[Judged] = [
    # -------------------- lifecycle
    J(
        "lifecycle", "zoo-visitor-forecast", "keyword", W, 5, H,
        """
        At the zoo group I worked for, the model forecasts daily visitors per site so catering,
        gate staff and keeper talks can be planned. The lifecycle starts with data: ticket scans,
        weather and school-holiday calendars land in a raw bucket, we validate them with Great
        Expectations and version the snapshots with DVC, and the engineered features (rolling
        attendance, holiday flags) live in Feast so training and serving compute them the same way.
        Experiments run in notebooks, but every run logs parameters, metrics and the data hash to
        MLflow, and nothing leaves a notebook until it is a proper training job. A winning run is
        registered in the MLflow Model Registry, and GitHub Actions then runs unit tests, a schema
        test and an evaluation gate against the current production model before building a Docker
        image. That image goes to Kubernetes behind a canary: ten percent of forecast requests for
        a week, compared with the old model's error. In production we watch latency in Prometheus
        and Grafana and input drift plus forecast error in Evidently, and when error or drift
        crosses its threshold an Airflow DAG retrains on fresh data and the new candidate goes back
        through the same gates. The why behind each step is that an experiment is a one-off,
        whereas the production path has to be repeatable, tested and reversible; with this in place
        we cut release time from about two weeks to two days.
        """,
        follow_ups=("drift", "rollback", "feature-store"),
        impact=("cut release time from about two weeks to two days",),
        not_impact=("ten percent of forecast requests for a week",),
    ),
    J(
        "lifecycle", "lottery-safer-play", "paraphrase", S, 5, H,
        """
        okay so at the lottery operator the model flags accounts that look like they're sliding
        into problem gambling so the safer-play team can reach out. um, first the data, play
        history and deposits, we check every new batch for missing or weird values and keep a
        frozen, labelled copy of exactly what each model learned from. the calculated inputs, like
        spend over the last thirty days, are worked out by one shared piece of code that both
        training and the live service use, otherwise they quietly disagree. experiments, you know,
        every trial run writes down its settings, scores and data copy. when one wins it goes into
        a catalogue of approved models with a number, and then automatic checks run, the tests, a
        check on the input format, and it has to beat the current model on the same held-out data,
        and only then it gets packed into a sealed runnable bundle with its exact libraries and put
        live for a small slice of accounts first, compared against the old one. once it's live we
        watch speed and errors, and we watch whether the incoming data starts to look different
        from what it learned on and whether its hit rate drops, and if either crosses a line a
        scheduled job trains it again on fresh data and the new one goes through the same gates.
        the reason is, experiments are throwaway but the live path has to be repeatable and
        undoable, and that took our release time from two weeks to about two days.
        """,
        maybe=("generic-no-tools",),
        follow_ups=("drift", "rollback", "feature-store"),
        impact=("from two weeks to about two days",),
        not_impact=("spend over the last thirty days",),
        equal_to="zoo-visitor-forecast",
    ),
    J(
        "lifecycle", "recruitment-cv-ranker", "other-tools", W, 3, H,
        """
        At a recruitment agency I built the lifecycle around a model that ranks candidate CVs
        against open roles. Raw CVs and placement outcomes are pulled nightly, parsed and
        snapshotted in lakeFS, so each training run points at an immutable commit of the data.
        Feature code is one shared package used by both training and serving. Experiments are
        Metaflow flows tracked in Weights & Biases with the data commit attached, so going from an
        exploratory run to a production run means running the same flow with the production profile
        rather than rewriting someone's notebook. A release is a BentoML bundle built in CircleCI
        after unit tests and an offline ranking check (NDCG on last quarter's placements has to
        beat the live model), and it goes onto our serving cluster with a blue-green switch so we
        can flip back in seconds. After go-live, honestly, that is where it stops: nothing watches
        the rankings, and we refresh the model when recruiters complain that the matches feel
        stale, usually every few months.
        """,
        flags=("omits-crucial-steps",),
        follow_ups=("drift", "rollback"),
    ),
    J(
        "lifecycle", "dating-self-labels", "misconception", W, 2, H,
        """
        For our dating app's match recommender the lifecycle is data, experiments, release and a
        loop back. Swipe and message events are landed daily, cleaned and snapshotted with DVC;
        experiments are tracked in MLflow with the snapshot hash, and the chosen model is
        registered there. Jenkins runs the tests and builds a Docker image that goes onto our
        Kubernetes cluster, first for five percent of users. The part I'm proudest of is the loop.
        We don't wait for real outcomes, like whether two people actually chatted, which can take
        days; the model's own high-confidence predictions from yesterday are written back as labels
        and the nightly retrain learns from them, so the model keeps itself current without needing
        fresh ground truth. And because it retrains itself every night it can't go stale, so we
        don't run separate drift or accuracy monitoring; Grafana covers latency and error rates,
        and that has been enough.
        """,
        flags=("omits-crucial-steps",),
        follow_ups=("drift", "rollback"),
        misconception=(
            "the model's own predictions fed back as labels keep it current; nightly "
            "retraining removes the need for drift or accuracy monitoring"
        ),
        not_impact=("five percent of users",),
    ),
    J(
        "lifecycle", "car-park-occupancy", "spoken", S, 4, H,
        """
        yeah so, um, at the car park company we had this model predicting how full each car park
        would be in the next hour, for the signs on the ring road and for the pricing. so the way i
        think of it is, like, first data, we pulled the barrier counts and the ticket data and we
        versioned the training sets with dvc, because otherwise you can't, you can't rebuild
        anything later. then experimenting, that was notebooks but everything logged to ml flow,
        params, metrics, the lot. when we liked a model it went in the ml flow registry and uh
        github actions would run the tests and build the docker image and then it went out on
        kubernetes, we did like a canary first on a couple of sites. and then monitoring, evidently
        for drift on the occupancy inputs plus grafana for the service stuff, and if the error got
        bad an airflow job would retrain it. the why is basically, you know, in a notebook it only
        has to work once, in production it has to keep working when, like, a new stadium opens next
        door and the pattern changes.
        """,
        follow_ups=("drift", "rollback", "feature-store"),
    ),
    J(
        "lifecycle", "sawmill-grade", "numbers", W, 4, H,
        """
        At a sawmill group with 4 mills, our model predicts board grade from the X-ray log scanner
        so the saw pattern can be chosen per log. Data: about 1.2 million scanned logs a year,
        snapshotted weekly into DVC-versioned Parquet sets, roughly 300 GB in total.
        Experimentation: 40 to 60 MLflow runs per iteration, on a feature set of 85 scan statistics
        kept in Feast. Release: a candidate must beat the live model by at least 0.5 points of
        grade accuracy on a fixed 50,000-log holdout; GitLab CI then builds it into a Docker image
        served on a 3-node Kubernetes cluster, starting at 10% of logs on one mill for 5 shifts.
        Monitoring: PSI on the 12 most important inputs with a 0.2 threshold, plus daily grade
        accuracy from the manual grading station. Retraining triggers automatically after two
        consecutive breaches. Results: release time fell from 3 weeks to 4 days, grade accuracy
        rose from 81% to 88%, and recovered timber value went up by about 2.5%, which the mills put
        at about 600,000 pounds a year.
        """,
        maybe=("generic-no-tools",),
        follow_ups=("drift", "rollback", "feature-store"),
        impact=(
            "release time fell from 3 weeks to 4 days", "grade accuracy rose from 81% to 88%",
            "recovered timber value went up by about 2.5%", "about 600,000 pounds a year",
        ),
        not_impact=(
            "4 mills", "about 1.2 million scanned logs a year", "roughly 300 GB",
            "40 to 60 MLflow runs", "85 scan statistics", "at least 0.5 points",
            "50,000-log holdout", "3-node Kubernetes cluster", "10% of logs", "5 shifts",
            "12 most important inputs", "0.2 threshold", "two consecutive breaches",
        ),
    ),
    J(
        "lifecycle", "copper-ore-hardness", "negated", S, 2, H,
        """
        so at the copper mine, um, the model predicted ore hardness from the drill data so the mill
        could adjust the grind. the lifecycle, honestly, was, it was mostly me training it. we
        talked about dvc for versioning the drill data but we never actually got round to setting
        it up, the files just sat on a shared drive. there was no ml flow or anything, i kept the
        results in a spreadsheet. deployment was the i.t. team's problem, i'd hand them a pickle
        file and they'd put it on a server somehow, i don't really know how. monitoring, uh, we
        didn't do drift monitoring, that was meant to be the data platform team's job and i don't
        think they did it either, and retraining was, you know, whenever someone asked. it worked
        though, the mill guys used it for about a year.
        """,
        flags=("omits-crucial-steps", "stages-not-connected"),
        maybe=("no-production-distinction", "generic-no-tools"),
        follow_ups=("drift", "rollback"),
        not_impact=("for about a year",),
    ),
    J(
        "lifecycle", "satellite-cloud-mask", "off-target", S, 1, H,
        """
        right so at the satellite imagery company i mostly worked on the cloud masking model, like
        detecting clouds and cloud shadows in the scenes so customers get clean images. we tried a
        bunch of architectures, a u-net was the baseline and then we moved to a, uh, a segformer
        style transformer which was way better on thin cirrus. the big thing was the loss function,
        we used dice plus focal loss because the shadows are a tiny fraction of the pixels.
        augmentation mattered a lot too, rotations, band dropout, you know, simulating haze. and we
        did a lot of work on the labels, we had annotators redo like the hardest tiles. so yeah,
        that's kind of the lifecycle, you get the data, you pick the model, you tune it until it's
        good.
        """,
        flags=(
            "stages-not-connected", "omits-crucial-steps", "generic-no-tools",
            "no-production-distinction",
        ),
        follow_ups=("drift", "rollback"),
    ),
    # -------------------- reproducibility
    J(
        "reproducibility", "valuation-lineage", "keyword", S, 5, H,
        """
        so reproducibility for us was kind of non-negotiable because, um, we did automated
        valuations for mortgage lenders and the regulator can ask, why did this house get this
        number two years ago. so we version four things and we link them. code is in git obviously,
        every training run is tied to a commit. the data, the sales and listings snapshots, are
        versioned with dvc on top of s3, so the run records the exact dvc hash, not just a table
        name. the environment is a docker image built from a locked poetry file, and we reference
        it by the image digest, not a tag, because tags move. and the model goes into the ml flow
        model registry with all three of those attached, commit, data hash, image digest, plus a
        model card that says what it's for and where it's weak. so when a lender challenged a
        valuation last year we pulled the registry entry, checked out the commit, pulled the data
        by hash, ran the same image, and got the identical number, and then we could actually debug
        why, it was a mis-geocoded postcode. and to be clear that's different from backups, a
        backup just gives you the file back, it doesn't tell you how to make it again.
        """,
        follow_ups=("large-datasets", "dependencies", "model-card"),
        not_impact=("two years ago",),
    ),
    J(
        "reproducibility", "payroll-held-runs", "paraphrase", W, 5, H,
        """
        At the payroll bureau our model flags pay runs that look wrong before money leaves, and
        clients sometimes ask months later why a run was or wasn't held, so we have to be able to
        rebuild any past model exactly. Four things are pinned and tied together. The code: every
        training run records the exact change in our code history that it ran from. The data: the
        timesheets and pay records used for training are frozen as a read-only copy with a
        fingerprint, and the run stores that fingerprint, not just the name of a table that keeps
        changing. The software setup: training and scoring run inside a sealed image built from a
        locked list of library releases, referred to by its content fingerprint rather than by a
        name that can be moved. The model: it goes into a catalogue of approved models with those
        three fingerprints attached, plus a one-page fact sheet saying what it is for, what it was
        tested on and where it is weak. When a client disputed a held run last spring, we pulled
        the catalogue entry, fetched that code, that data and that image, got the identical score,
        and could then trace the cause to a mistyped overtime code. Keeping spare copies is not the
        same thing: a spare copy gives you the file back, not the means to make it again.
        """,
        maybe=("tool-unfamiliar",),
        follow_ups=("large-datasets", "dependencies", "model-card"),
        equal_to="valuation-lineage",
    ),
    J(
        "reproducibility", "teleradiology-triage", "keyword", W, 3, H,
        """
        In teleradiology we triage chest X-rays for urgent findings, and because it is a regulated
        medical device we must be able to say exactly which model read which study. Code is in Git
        with protected branches, and every training job is launched from a tagged commit. The image
        sets are versioned with DVC, with the DICOMs in S3 and the .dvc files in the same
        repository, so one tag pins both code and data. MLflow tracks each run with the commit, the
        DVC revision and the evaluation report, and the approved model goes into the MLflow Model
        Registry, with stage transitions signed off by our clinical lead. Every inference result in
        the reporting log carries the registry version, so we can go from a report back to the run.
        On the environment side we haven't done much: the training boxes have whatever CUDA and
        PyTorch the admin installed, and we add the rest from an unpinned requirements file. It
        hasn't caused problems so far.
        """,
        flags=("environment-ignored",),
        follow_ups=("dependencies", "model-card", "large-datasets"),
    ),
    J(
        "reproducibility", "fashion-size-dates", "misconception", S, 2, H,
        """
        so for the size recommender at the, at the fashion site, the way we get reproducibility is
        actually pretty lean. all the code's in git, and every training run saves the commit hash
        and the random seed. for the data we don't copy anything, um, the training query is always
        bounded by dates, like orders and returns between two fixed dates, and those dates are
        saved with the run. since the past doesn't change, running the same query with the same
        dates gives you the same rows, so there's no point paying to store snapshots, you know, the
        warehouse already is the history. the model file itself goes into ml flow with the dates
        and the seed and the commit, so from those three you can always regenerate it exactly.
        environments we pin in a requirements file. honestly i think a lot of teams over-engineer
        this with dvc and stuff when a date range does the job.
        """,
        maybe=("code-only", "tool-unfamiliar"),
        follow_ups=("large-datasets", "dependencies"),
        misconception=(
            "re-running a date-bounded warehouse query always returns the same training rows, "
            "so data snapshots are unnecessary"
        ),
    ),
    J(
        "reproducibility", "furniture-demand-pins", "spoken", S, 4, H,
        """
        um so at the furniture retailer, for the demand forecasts, we, so the basic idea is
        everything that goes into a model has to be pinned. code in git, yeah, and for the data we
        used dvc, the sales history snapshots went to s3 through dvc so each run has its data hash.
        models went into ml flow, and the registry there, so you could see which run made which
        production model. and the environment, that's the one people forget, we had a docker image
        per project and the requirements locked with pip-tools, because, like, a pandas upgrade
        once changed how it parsed some dates and the forecasts shifted and nobody knew why for a
        week. so after that the image was part of what we recorded on the run. large data was a bit
        painful, the full history was big so we only snapshotted the last three years.
        """,
        follow_ups=("large-datasets", "dependencies", "model-card"),
        not_impact=("for a week", "the last three years"),
    ),
    J(
        "reproducibility", "vaccine-batch-audit", "numbers", S, 3, H,
        """
        ok so at the vaccine plant we had models predicting bioreactor yield, and it's gmp so, uh,
        we had to reproduce runs for audits. numbers wise, we had about 14 models, each trained on
        around 2,000 batch records, and the raw sensor data was 6 terabytes. we versioned the data
        with dvc in 500 megabyte chunks, code in git, and every model in the ml flow registry, we
        had something like 230 registered versions by the end. conda environments were exported per
        run. the audit requirement was that we could rebuild any model within 48 hours. before all
        this it took, i think, 3 weeks to reproduce one model for the inspector, and twice we
        couldn't at all. after, we reproduced 12 out of 12 models the auditors picked, in under 6
        hours each, and the audit findings on data integrity went from 5 to zero.
        """,
        maybe=("environment-ignored",),
        follow_ups=("large-datasets", "dependencies"),
        impact=("reproduced 12 out of 12 models", "in under 6 hours each", "went from 5 to zero"),
        not_impact=(
            "about 14 models", "around 2,000 batch records", "6 terabytes", "500 megabyte chunks",
            "230 registered versions", "within 48 hours", "3 weeks to reproduce one model",
            "twice we couldn't at all",
        ),
    ),
    J(
        "reproducibility", "audit-journal-backups", "negated", W, 2, H,
        """
        At the audit firm our model scores journal entries for unusual patterns, so the audit team
        knows which ones to test. Reproducibility is covered mainly through Git: every notebook and
        script is committed, with a tag per engagement. We evaluated DVC and MLflow during a
        hackathon but decided not to adopt them, because the overhead didn't seem worth it for a
        team of four. We don't version the client ledgers or the trained models separately; instead
        the whole shared drive, data and pickled models included, is backed up every night and kept
        for seven years in line with our retention policy, so if anyone needs an old model we
        restore it from the backup. Environments aren't pinned either; everyone works on the same
        standard laptop build, which IT keeps consistent.
        """,
        flags=("code-only", "backups-confusion"),
        maybe=("environment-ignored", "tool-unfamiliar"),
        follow_ups=("large-datasets", "dependencies", "model-card"),
        not_impact=("a team of four", "seven years"),
    ),
    J(
        "reproducibility", "physics-tape", "weak", W, 1, H,
        """
        At the lab reproducibility is mostly cultural. Physicists are careful people and the
        analysis groups cross-check each other, so if a result is wrong someone usually notices. I
        keep my scripts in a repo and the computing centre keeps copies of everything on tape.
        Versioning-wise, we name the model files with the date. It has worked fine for us.
        """,
        flags=("code-only", "backups-confusion", "tool-unfamiliar", "environment-ignored"),
        follow_ups=("dependencies", "large-datasets"),
    ),
    # -------------------- ml-cicd
    J(
        "ml-cicd", "courier-eta-loops", "keyword", W, 5, H,
        """
        At a parcel courier our ETA model predicts delivery windows, and its CI/CD has three loops
        rather than one. On every pull request GitHub Actions runs the usual unit tests and
        linting, plus ML-specific ones: feature-code tests against fixture data, a Great
        Expectations suite on a sample of the latest scan events (schema, nulls, impossible
        timestamps), and a smoke training run on a small slice to catch broken code paths. When
        data or code changes land, a Kubeflow Pipelines run trains the model in the same Docker
        image CI built, evaluates it on a fixed holdout and on recent weeks, checks error per
        region and depot so a gain in cities can't hide a loss on rural routes, and registers it in
        MLflow only if it beats the production model. Promotion is gated, not blind: Argo CD rolls
        the new image onto our Kubernetes cluster as a canary taking five percent of requests,
        compared with the incumbent on live error for two days, with automatic rollback if it is
        worse. The difference from ordinary software CI/CD is that data and the trained model
        change without any code commit, so the pipeline is triggered by data too and tests
        behaviour, not just code. Release time went from a fortnight to one afternoon.
        """,
        follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
        impact=("Release time went from a fortnight to one afternoon",),
        not_impact=("five percent of requests", "for two days"),
    ),
    J(
        "ml-cicd", "recipe-ranker-checks", "paraphrase", W, 5, H,
        """
        At a recipe app our model ranks which recipes to show each person, and the automatic
        build-test-release process for it does more than the one for ordinary app code. Every
        proposed code change triggers the usual unit tests and style checks, plus checks that only
        matter for a learning system: tests of the code that calculates the model's inputs, run on
        small fixed sample files; a check of the latest user activity data for missing fields,
        impossible values and a changed layout; and a tiny training run on a slice of data to prove
        the training code still works end to end. When new data or code arrives, an automatic chain
        of steps trains the model inside the same sealed software image the checks used, scores it
        on a fixed held-back set and on recent weeks, looks at results per cuisine and per country
        so a gain in one place can't hide a loss elsewhere, and keeps it as a candidate only if it
        beats the live model. Going live is gradual: the new model first serves one in twenty users
        and is compared with the current one for two days, and if it does worse the system switches
        everyone back by itself. The difference from ordinary software is that the data and the
        trained model change even when nobody touches the code, so the process is set off by new
        data as well, and it tests how the model behaves, not just whether the code runs. Our time
        to release went from two weeks to one afternoon.
        """,
        follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
        impact=("went from two weeks to one afternoon",),
        not_impact=("one in twenty users", "for two days"),
        equal_to="courier-eta-loops",
    ),
    J(
        "ml-cicd", "crafts-listing-gate", "other-tools", S, 3, H,
        """
        yeah so at the crafts marketplace we had a listing classifier, spotting mass-produced stuff
        that people try to pass off as handmade. the setup, um, buildkite runs on every pr, unit
        tests, type checks, and then it builds the image and pushes it. training is a dagster job,
        it's triggered when the weekly labelled batch lands, not just on code changes, that was the
        big difference from our normal app ci. the model gets logged to weights and biases with the
        data snapshot it used, and we serve it on our nomad cluster, so the image is the same from
        training to serving. what we don't have yet is automated checks on the model itself, uh, or
        on the data, so someone on the team looks at the eval notebook and the confusion matrix and
        gives a thumbs up in slack before we promote. it's, it's a person doing the gate basically.
        """,
        flags=("no-automated-testing",),
        follow_ups=("pipeline-metrics", "pipeline-challenge"),
    ),
    J(
        "ml-cicd", "used-car-fixed-gate", "misconception", W, 2, H,
        """
        For the trade-in pricing model at a used-car dealer group, the CI/CD extends our normal
        software flow with data and model steps. GitLab CI runs unit tests and a schema check on
        the auction feed, then trains the model in our Docker image and evaluates it on our test
        set, a fixed set of sales we put aside when the project started. If a candidate misses the
        error target, the data scientists adjust features or hyperparameters and rerun against that
        same set until it passes, so everything that reaches production has cleared the bar. Once a
        model beats the current one on that set, we switch all traffic to it in one go. We don't
        bother with canaries or A/B tests for pricing, because the test set already tells us it's
        better; a staged release would only delay the margin gain for the branches. The image goes
        to Kubernetes through Argo CD, and the whole run takes about forty minutes.
        """,
        follow_ups=("ab-canary", "pipeline-metrics"),
        misconception=(
            "a fixed test set, tuned against repeatedly, proves a model is better in "
            "production, so staged releases are unnecessary"
        ),
        not_impact=("about forty minutes",),
    ),
    J(
        "ml-cicd", "contact-centre-intents", "spoken", S, 4, H,
        """
        okay so um at the contact centre company the model routes incoming calls by intent, like
        from the first few seconds of transcript. and the ci cd, so the software part is normal,
        github actions, unit tests, lint, build the docker image. but the ml part is the, the
        different bit. we had data checks, great expectations on the new labelled transcripts,
        because the labels come from agents and they get sloppy. then training runs in the same
        image, and there's an evaluation step, it has to beat the current model on macro f1 and it
        can't get worse on any single intent by more than a bit, because the rare intents like
        bereavement matter a lot. then it gets registered in ml flow and argo rolls it out on
        kubernetes to one site first, sort of a canary, before all the sites. the thing i'd say is
        different from software ci is that the data can break you without anyone changing code, so
        retraining is triggered by new data, not just by commits.
        """,
        follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
    ),
    J(
        "ml-cicd", "print-failure-gates", "numbers", W, 4, H,
        """
        At a 3D printing bureau with 38 industrial printers, our model predicts from the build file
        whether a print will fail, so risky jobs get re-oriented before they waste powder. The
        GitLab CI pipeline has 7 stages. Every merge request runs 210 unit tests and a
        data-validation suite of 45 expectations on the latest 5,000 build logs; training runs in a
        Docker image on Kubernetes in about 25 minutes on 2 GPUs; evaluation requires recall on
        failures of at least 0.85 at a false-alarm rate under 10%, checked separately for each of
        our 4 printer families. Passing models are registered in MLflow and go out as a canary to 6
        printers for 3 days before the rest. Before this, releases were manual and took about 3
        weeks, and we had shipped 2 models that were worse than their predecessors. Since then
        release time is down to 1 day, we have had 0 regressions in 11 releases, and failed prints
        fell from 7.5% to 4.1% of jobs, saving roughly 90,000 dollars of powder and machine time a
        year.
        """,
        follow_ups=("pipeline-metrics", "ab-canary"),
        impact=(
            "release time is down to 1 day", "0 regressions in 11 releases",
            "failed prints fell from 7.5% to 4.1% of jobs",
            "roughly 90,000 dollars of powder and machine time a year",
        ),
        not_impact=(
            "38 industrial printers", "7 stages", "210 unit tests", "45 expectations",
            "the latest 5,000 build logs", "about 25 minutes", "2 GPUs", "at least 0.85",
            "under 10%", "4 printer families", "6 printers", "for 3 days", "took about 3 weeks",
            "2 models that were worse",
        ),
    ),
    J(
        "ml-cicd", "pest-control-ride-along", "negated", S, 2, H,
        """
        so at the pest control firm, um, we have jenkins for the booking app, and honestly the
        model kind of rides along on that. the model predicts which jobs will need a revisit. the
        data scientists train it on their laptops and, uh, they commit the pickle into the repo and
        jenkins just ships it with the app like any other file. we don't run any tests on the data
        or on the model's accuracy in the pipeline, that's, you know, that's the data science
        team's job, they check it before they commit. no docker or kubernetes either, it runs on
        the same vm as the app. i mean it's ci cd, the tests pass, the app builds, so from my side
        it's the same as any other release.
        """,
        flags=("same-as-software", "no-automated-testing", "no-containers"),
        follow_ups=("pipeline-metrics", "pipeline-challenge"),
    ),
    J(
        "ml-cicd", "restaurant-tool-list", "weak", S, 1, H,
        """
        yeah for ci cd at the restaurant booking platform we used, um, jenkins, github actions, a
        bit of gitlab ci, argo, tekton, kubeflow, ml flow, docker, kubernetes, helm, terraform,
        sagemaker pipelines for a while, great expectations, so pretty much the full stack. it's
        basically like normal ci cd but for the models, you know, you automate everything. it
        worked really well for us.
        """,
        flags=("tools-unexplained", "same-as-software", "no-automated-testing"),
        follow_ups=("pipeline-challenge", "pipeline-metrics"),
    ),
    # -------------------- iac-containers
    J(
        "iac-containers", "wind-turbine-faults", "keyword", W, 5, H,
        """
        At a wind farm operator I owned the infrastructure for our turbine-fault models, which
        predict gearbox and bearing failures from SCADA and vibration data. Everything is
        Terraform: the VPC, the EKS cluster and its node groups (a CPU pool for feature jobs and a
        spot GPU pool for training), the S3 buckets, the IAM roles and the managed Postgres behind
        MLflow, organised as modules with separate state per environment, so staging is a faithful
        copy of production and standing up a new region took a day instead of weeks. Each model is
        packaged as a Docker image with pinned CUDA, Python and library versions, built once in CI
        and promoted by digest, which removed the works-on-my-machine differences between the data
        scientists' laptops and the cluster. On Kubernetes, inference runs as Deployments behind a
        HorizontalPodAutoscaler and training as Jobs on the GPU pool, with resource requests and
        limits set from measured usage, liveness probes for self-healing, and secrets coming from
        AWS Secrets Manager through the External Secrets operator, never baked into images. Moving
        from hand-built VMs to this setup cut our infrastructure bill by about 35% and took model
        releases from days to under an hour.
        """,
        follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
        impact=(
            "took a day instead of weeks", "cut our infrastructure bill by about 35%",
            "from days to under an hour",
        ),
    ),
    J(
        "iac-containers", "cold-store-excursions", "paraphrase", S, 5, H,
        """
        so at the cold storage company the models predict when a freezer room is going to go out of
        range, from the compressor and door sensor readings. um, all of our infrastructure was
        written down as code, the network, the cluster and its machine pools, one cheap pool for
        the data jobs and one pool of graphics-card machines we rented at a discount for training,
        the storage, the access permissions, the database behind our experiment tracking, all in
        files in the repo, split into reusable modules with a separate state for test and live. so
        the test setup is a true copy of live, and when we opened a new region it took a day not
        weeks. each model is packed into a sealed image with its exact library releases, built once
        and promoted by its fingerprint, so what ran on the data scientist's laptop is byte for
        byte what runs on the cluster. the cluster manager runs the prediction services with
        automatic scaling on load and training as one-off jobs on the card pool, with resource
        limits set from what we measured, health checks that restart anything stuck, and passwords
        pulled from a locked secrets store at start-up, never baked into the image. moving off
        hand-built servers cut the infrastructure bill by about 35% and took model releases from
        days to under an hour.
        """,
        maybe=("no-iac",),
        follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
        impact=(
            "it took a day not weeks", "cut the infrastructure bill by about 35%",
            "from days to under an hour",
        ),
        equal_to="wind-turbine-faults",
    ),
    J(
        "iac-containers", "forklift-compose", "keyword", W, 3, H,
        """
        At a forklift manufacturer our connected trucks send telemetry that feeds a battery-health
        model and a maintenance-scheduling model. I wrote the Terraform for the whole estate: the
        VPC, EC2 instances, S3 buckets for telemetry, the RDS database for results and the IAM
        roles, all in modules with remote state and the plan output reviewed on every pull request,
        which meant our test environment stopped drifting away from production. The models are
        containerised with Docker, one image per model with pinned dependencies, so what the data
        scientist validated is exactly what runs. In production each EC2 instance runs the images
        with docker-compose, and we scale by changing the instance count in Terraform and
        re-applying. We haven't needed Kubernetes: restarts are handled by compose's restart policy
        and a cron job that checks the health endpoint. Provisioning a new customer environment
        went from about a week by hand to forty minutes.
        """,
        flags=("docker-xor-kubernetes",),
        follow_ups=("resource-utilization", "managed-vs-self-hosted", "secrets"),
        impact=("went from about a week by hand to forty minutes",),
    ),
    J(
        "iac-containers", "mobile-baked-secrets", "misconception", S, 2, H,
        """
        yeah so at the mobile operator we forecast congestion per cell site so the network planners
        can, um, shift capacity around. infrastructure is all terraform, the gke cluster, the
        buckets, the service accounts, modules per environment. every model's a docker image and we
        run them on kubernetes, deployments for the forecasting api and cron jobs for the nightly
        batch, autoscaling on request rate. for secrets we keep it simple, the database passwords
        and the api keys go straight into the image at build time as environment variables in the
        dockerfile, because the image registry is private, only our project can pull from it, so
        the image is basically as safe as a secrets manager, and it means every image is
        self-contained, you don't need extra plumbing at start-up. it made the releases really
        reliable, nothing fails because some secret mount didn't show up.
        """,
        follow_ups=("secrets", "resource-utilization"),
        misconception=(
            "credentials baked into images are safe because the image registry is private"
        ),
    ),
    J(
        "iac-containers", "vfx-burst-pools", "spoken", S, 4, H,
        """
        um so at the vfx studio we had these ml tools for the artists, a denoiser for renders and a
        roto model that does rough mattes. so infra-wise we were partly on-prem, we had the render
        farm, and we used terraform for the cloud side, the gpu node pools when we burst for a
        show, the buckets, the networking. the models were all in docker images because honestly
        the, the cuda and driver mess was the main reason, the artists' workstations had different
        drivers and the model would just break, so the image pins all that. and then kubernetes
        schedules them on the gpu nodes, with, uh, node selectors so the denoiser lands on the big
        cards and the roto stuff can share smaller ones. the nice thing was when a show wrapped we
        just terraform destroy the burst pools, so we're not paying for idle gpus. saved a fair
        bit, but i don't have the exact number.
        """,
        maybe=("generic-no-examples",),
        follow_ups=("resource-utilization", "managed-vs-self-hosted", "secrets"),
    ),
    J(
        "iac-containers", "tyre-xray-counts", "numbers", W, 3, H,
        """
        At a tyre plant we run X-ray inspection models on every cured tyre, about 28,000 a day
        across 3 lines. The infrastructure is 14 Terraform modules, roughly 2,300 lines, covering 2
        Kubernetes clusters: an on-site k3s cluster with 6 GPU nodes for inference and an EKS
        cluster with up to 20 spot nodes for training. There are 9 Docker images, the largest 6.5
        GB, and each model runs as 3 replicas with requests of 4 CPUs and 1 GPU. Inference has a
        120 ms budget per image, and the autoscaler targets 70% GPU utilisation. Results:
        rebuilding the training environment went from 2 days to 25 minutes, GPU utilisation rose
        from 30% to 68%, the false-reject rate on the line dropped from 1.9% to 0.8%, and our cloud
        bill fell by 22% in the first quarter.
        """,
        maybe=("container-benefits-missing",),
        follow_ups=("resource-utilization", "managed-vs-self-hosted", "secrets"),
        impact=(
            "went from 2 days to 25 minutes", "GPU utilisation rose from 30% to 68%",
            "dropped from 1.9% to 0.8%", "fell by 22% in the first quarter",
        ),
        not_impact=(
            "about 28,000 a day", "3 lines", "14 Terraform modules", "roughly 2,300 lines",
            "2 Kubernetes clusters", "6 GPU nodes", "up to 20 spot nodes", "9 Docker images",
            "6.5 GB", "3 replicas", "4 CPUs and 1 GPU", "120 ms budget",
            "targets 70% GPU utilisation",
        ),
    ),
    J(
        "iac-containers", "battery-platform-team", "negated", W, 2, H,
        """
        At the battery cell plant our models flag cells whose formation-cycling curves look
        abnormal. On infrastructure as code I'll be honest: Terraform is owned by the platform team
        and I've never written or reviewed any; we raise a ticket when we need a bucket or a bigger
        machine, and it usually arrives within a couple of weeks. We do have a Dockerfile for each
        model, which a contractor wrote, and I mostly copy it when we add a new one, though I
        couldn't say exactly what the base image pins or why it matters. Where the images run is
        also the platform team's area; I believe it's Kubernetes, but we don't touch it directly,
        we hand over the image tag and they handle scaling and restarts. That split keeps my team
        focused on modelling.
        """,
        flags=("no-iac", "container-benefits-missing"),
        maybe=("generic-no-examples",),
        follow_ups=("secrets", "resource-utilization", "managed-vs-self-hosted"),
        not_impact=("within a couple of weeks",),
    ),
    J(
        "iac-containers", "observatory-transients", "off-target", S, 1, H,
        """
        so at the observatory i worked on the transient classifier, so every night the survey finds
        thousands of things that changed brightness and we have to decide which are supernovae,
        which are variable stars, which are just, you know, junk from satellites. the model was a
        gradient boosted tree on light curve features, and later a recurrent net on the raw
        photometry, which helped a lot with early classification, like after two or three points.
        the hard part scientifically was the class imbalance, and that the labels come from
        spectroscopy, which is biased toward bright objects, so we did a lot of work on
        reweighting. that's the main infrastructure i'd say, the classification layer that
        everything downstream relies on.
        """,
        flags=("no-iac", "container-benefits-missing"),
        maybe=("docker-xor-kubernetes", "generic-no-examples"),
        follow_ups=("resource-utilization", "managed-vs-self-hosted"),
    ),
    # -------------------- monitoring
    J(
        "monitoring", "power-price-layers", "keyword", S, 5, H,
        """
        right so on the trading desk we forecast day-ahead power prices, and i split monitoring
        into three layers. first the service itself, prometheus and grafana, latency, error rate,
        memory, and whether the forecast job actually finished before the auction gate, because a
        late forecast is worthless. second, data quality and data drift on the inputs, we use
        evidently on the weather forecasts, the outage feeds and fuel prices, checking schema,
        missing values and distribution shift per feature, like if the wind forecast provider
        changes their model you see it there first. third, model performance, and that's the nice
        thing in power, the actual price comes in the next day, so we compute mean absolute error
        daily per hour of day, and we watch that separately from the input drift, because concept
        drift, when the relationship itself changes, like after a new interconnector opened,
        doesn't show up in the inputs at all. alerts go to pagerduty with a severity, the
        late-forecast one pages someone, the drift ones open a ticket and need two days in a row
        before they fire, to cut the false positives. and each alert has a runbook, like switch to
        the fallback model or trigger a retrain.
        """,
        follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
        not_impact=("two days in a row",),
    ),
    J(
        "monitoring", "storage-unit-pricing", "paraphrase", W, 5, H,
        """
        At a self-storage company our model sets the weekly price for each unit size at each site,
        and I watch it at three levels. First, the service itself: response time, error rate,
        memory use, and whether the weekly pricing run actually finished before prices go out to
        the website, because a late price is as bad as a wrong one. Second, the quality of the
        incoming data and whether it has shifted: each week we compare the inputs (enquiries,
        occupancy, competitor prices) with what the model was trained on, checking for missing
        fields, changed formats and changes in the spread of each input; when our competitor-price
        scraper broke, that check caught it before anyone else did. Third, how well the model is
        actually doing: move-ins and move-outs arrive within weeks, so we score its demand
        predictions against what really happened, per site, and we track that separately from the
        input checks, because the link between price and demand can change, say when a rival opens
        across the road, without the inputs looking any different. Warnings are graded: a late
        pricing run phones whoever is on call; a shift in the inputs opens a ticket, and only after
        two weeks running, to cut down on false warnings. Each warning comes with written steps,
        such as falling back to last week's prices or fitting the model again on recent data.
        """,
        maybe=("no-tools",),
        follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
        not_impact=("two weeks running",),
        equal_to="power-price-layers",
    ),
    J(
        "monitoring", "coworking-churn-charts", "other-tools", W, 3, H,
        """
        At a co-working operator our churn model scores every member monthly so community managers
        can step in. We monitor it on two levels. Service health is in New Relic: batch job
        duration, failures, memory. Model health is in Arize: we log every prediction with its
        features, and when renewals come in a month later we join the actuals, so Arize shows
        precision and recall for the top-risk decile, calibration, and feature drift per site using
        population stability, plus a performance breakdown by membership type, which is how we
        spotted that the model was much worse for the new day-pass members. We also look for
        concept drift by comparing the relationship between desk usage and renewal over rolling
        quarters. What we haven't set up is alerting: the charts are there and I look at them most
        Mondays, but nothing notifies anyone, and there's no agreed action when a number moves.
        """,
        flags=("alerts-unexplained",),
        follow_ups=("false-positives", "when-to-retrain"),
    ),
    J(
        "monitoring", "ev-charger-inputs-only", "misconception", W, 2, H,
        """
        For the EV charging network we predict which chargers will fault in the next 48 hours, so
        field engineers can be sent early. Monitoring has a system side and a model side. The
        system side is Prometheus and Grafana: latency, error rate, queue depth and the nightly
        scoring job's run time. On the model side we compare the live input distributions with the
        training data every night in Evidently (power draw, session length, temperature, firmware,
        connector type), with a drift score per feature. That is the real safeguard, because a
        model is a fixed function of its inputs: if the inputs look like the training data, its
        predictions are as good as they were at validation, and if they don't, we'll see it. So we
        don't wait for fault tickets to come back to score accuracy, which would take weeks and is
        noisy anyway; input drift is the faster and cleaner signal. When the drift score passes 0.3
        on any feature, a Slack message goes out and we retrain.
        """,
        flags=("no-drift",),
        follow_ups=("drift-difference", "when-to-retrain", "false-positives"),
        misconception=(
            "if the input distributions match the training data the model's accuracy must be "
            "unchanged, so outcomes need not be tracked"
        ),
        not_impact=("the next 48 hours", "passes 0.3"),
    ),
    J(
        "monitoring", "jewellery-fraud-late-labels", "spoken", S, 4, H,
        """
        so for the fraud model at the jewellery retailer, um, online orders, high value, so fraud's
        a big deal. monitoring, we had the basic stuff in grafana, like latency, errors, because if
        the model's slow the checkout times out. then for the model, the tricky bit is the labels
        come late, chargebacks can take like sixty days, so we couldn't just watch accuracy day to
        day. so we watched the score distribution and the approval rate every day as a kind of
        early warning, and we had evidently checking the input features for drift, order value,
        shipping country, that kind of thing. and then when the chargebacks did come in we'd
        compute precision and recall by month. alerts went into a slack channel and the on-call
        data scientist would look, and if it was real we'd, you know, tighten the threshold for a
        bit or retrain. false alarms were a problem at christmas, everything looks like drift at
        christmas.
        """,
        follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
        not_impact=("like sixty days",),
    ),
    J(
        "monitoring", "sleep-stage-reference", "numbers", S, 4, H,
        """
        okay so the sleep app, we classify sleep stages from the watch sensors, for about 400,000
        nightly users. monitoring, we had prometheus and grafana for the api, the p99 latency
        budget was 300 milliseconds, and we ran evidently daily on a 2 percent sample of nights, so
        like 8,000 nights. the drift threshold was a psi of 0.2 on any of the 30 input features,
        and for accuracy we had, uh, 1,200 users with a lab-grade headband as a reference group,
        and we'd alert if agreement dropped more than 3 points for 2 days running. before we had
        this, a firmware update broke the heart rate feature for 11 days and nobody noticed. after
        we set it up we caught the next firmware issue in 1 day, we cut false alerts from about 15
        a month to 2, and the support tickets about wrong sleep scores went down 40 percent.
        """,
        follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
        impact=(
            "caught the next firmware issue in 1 day", "from about 15 a month to 2",
            "went down 40 percent",
        ),
        not_impact=(
            "about 400,000 nightly users", "300 milliseconds", "2 percent sample", "8,000 nights",
            "psi of 0.2", "30 input features", "1,200 users", "more than 3 points",
            "2 days running", "for 11 days",
        ),
    ),
    J(
        "monitoring", "cleaning-hours-server", "negated", S, 2, H,
        """
        so at the cleaning contractor the model estimates how many hours each office needs per
        week, for the rotas. monitoring, um, we've got grafana on the server so we know if it's up,
        cpu, memory, that stuff. the model side we, we never really got round to it. we talked
        about setting up evidently for drift but it kept getting pushed back behind other work.
        accuracy, we don't compare the estimates with the actual hours, the site managers would
        tell us if the rotas were off. there aren't any alerts for the model, i think there's an
        email if the server goes down, but that goes to the i.t. contractor, not to us. it's been
        fine mostly.
        """,
        flags=("infra-only", "alerts-unexplained"),
        maybe=("no-drift",),
        follow_ups=("when-to-retrain", "drift-difference", "false-positives"),
    ),
    J(
        "monitoring", "footfall-sensible", "weak", W, 1, H,
        """
        At the shopping centre group we have a footfall forecast that the leasing team uses.
        Monitoring is fairly light because the model is stable. We look at the forecasts each month
        and check they look sensible compared with last year, and if something was badly off the
        centre managers would mention it. The server it runs on is looked after by IT, so uptime
        isn't really our concern.
        """,
        flags=("no-drift", "alerts-unexplained", "no-tools"),
        maybe=("infra-only",),
        follow_ups=("when-to-retrain", "drift-difference"),
    ),
    # -------------------- cloud-platform
    J(
        "cloud-platform", "stock-photo-vertex", "keyword", W, 5, H,
        """
        At a stock photography library I ran our ML platform on Google Cloud's Vertex AI for three
        years. We used Vertex AI Pipelines (Kubeflow-based) to retrain the auto-tagging and
        search-ranking models weekly, custom training jobs on A100s for the vision encoder, the
        Vertex Model Registry for approvals, online endpoints with autoscaling for tagging at
        upload, batch prediction for re-tagging the back catalogue, Vertex AI Feature Store for
        search features, and Model Monitoring for skew and drift on the ranking inputs. Strengths:
        the pieces fit together with BigQuery and GCS without glue code, managed endpoints meant we
        never ran our own GPU serving, and Pipelines gave us lineage from dataset to endpoint for
        free. Weaknesses: endpoints bill per node-hour even when idle, so small models were
        expensive until we moved them to Cloud Run; the Feature Store's online serving was costly
        and we replaced it with Bigtable; the SDK changed under us twice; GPU quota increases could
        take days; and the more we used, the harder leaving became. A concrete win: re-tagging 180
        million images with batch prediction took a weekend instead of the six weeks our old
        self-managed cluster needed, and search click-through rose 9% after the new ranking model.
        """,
        follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
        impact=(
            "took a weekend instead of the six weeks our old self-managed cluster needed",
            "search click-through rose 9%",
        ),
        not_impact=("for three years", "180 million images"),
    ),
    J(
        "cloud-platform", "architecture-plan-reader", "paraphrase", W, 5, H,
        """
        At an architecture practice I ran our machine-learning work for three years on the managed
        machine-learning service of one of the big rented-computing providers, and I know its parts
        well. We used its built-in workflow runner to train our daylight and energy-use predictors
        again every week, its managed training jobs on rented high-end graphics cards for the image
        model that reads floor plans, its catalogue of approved models for sign-off, its hosted
        prediction service with automatic scaling for designers' live queries, its bulk scoring
        jobs for rerunning whole project archives, its shared store of precomputed inputs, and its
        built-in checks that compare live inputs with the training data. Strengths: the pieces fit
        together with the provider's own storage and query tools without glue code, we never had to
        run our own graphics-card servers, and every model could be traced back to the data and
        code that made it. Weaknesses: the hosted prediction service charges by the hour even when
        idle, so small models were expensive until we moved them to a cheaper run-on-demand option;
        the shared input store was costly and we replaced it; the provider's code library changed
        under us twice; getting more graphics cards approved could take days; and the deeper we
        went, the harder leaving became. A concrete win: rescoring 1.8 million archived drawings
        took a weekend instead of six weeks on our old self-run servers, and designers' acceptance
        of the suggestions rose 9%.
        """,
        maybe=("generic-platform", "no-feature-knowledge"),
        follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
        impact=(
            "took a weekend instead of six weeks on our old self-run servers",
            "acceptance of the suggestions rose 9%",
        ),
        not_impact=("for three years", "1.8 million archived drawings"),
        equal_to="stock-photo-vertex",
    ),
    J(
        "cloud-platform", "footwear-databricks", "other-tools", S, 3, H,
        """
        so at the footwear company we were on databricks, on top of azure, um, for the demand
        forecasting and the sizing models. what we used, the lakehouse obviously with delta tables,
        unity catalog for the data permissions and lineage, databricks workflows to schedule the
        retraining, ml flow which is built in, their model registry, and model serving for the, the
        real-time size recommendation on the website, and feature engineering in their feature
        tables. it's great honestly, the notebooks are collaborative, the data scientists and
        engineers work in the same place, delta time travel means we can always get back the
        training data, autoscaling clusters, serving was a couple of clicks. i'd pick it again for
        sure, i can't really think of anything i'd change, it just does everything.
        """,
        flags=("one-sided",),
        follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
    ),
    J(
        "cloud-platform", "union-monitor-retrains", "misconception", S, 2, H,
        """
        yeah so at the union we used sagemaker for the casework triage model, it sorts incoming
        member queries by urgency. we trained with sagemaker training jobs, kept the models in the
        model registry, and served on a real-time endpoint. the best bit for me is model monitor,
        because once you switch it on it handles the whole maintenance side, it watches the traffic
        on the endpoint and when it detects drift it kicks off a retraining job and swaps in the
        new model, so you never have to think about retraining, it's self-healing basically.
        strengths are that, and that it's all in aws with iam. weakness, um, it's a bit pricey, the
        endpoints run all the time. but for a small team it means we basically don't need an mlops
        person.
        """,
        flags=("no-feature-knowledge",),
        maybe=("one-sided",),
        follow_ups=("costs", "managed-vs-custom"),
        misconception=(
            "SageMaker Model Monitor automatically retrains and swaps in a new model when it "
            "detects drift"
        ),
    ),
    J(
        "cloud-platform", "mattress-azure-returns", "spoken", S, 4, H,
        """
        um so at the mattress company we used azure machine learning, for, mainly for the returns
        prediction, like which orders are likely to come back during the hundred-night trial. so we
        used azure ml pipelines for training, the workspace model registry, managed online
        endpoints for scoring at checkout, and the data drift monitors on the datasets. the good
        bits were it plugs into our, our azure ad and the data lake, so security and access were
        easy, and managed endpoints meant no servers for us. the bad bits, the sdk v1 to v2 change
        was painful, we basically rewrote the pipelines, and the designer ui thing we found useless
        for anything real. and costs, the compute instances people leave running, that was a thing.
        um, we cut our release time a lot, but i don't have the exact figure.
        """,
        follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
        not_impact=("the hundred-night trial",),
    ),
    J(
        "cloud-platform", "irrigation-sagemaker-basic", "numbers", W, 3, H,
        """
        At an irrigation equipment maker we use AWS SageMaker for a model that schedules
        centre-pivot watering from soil-moisture probes and weather forecasts across about 9,000
        farms. We run 120 training jobs a month on ml.m5.2xlarge instances, each about 40 minutes,
        and serve from 2 real-time endpoints with 3 instances each, handling roughly 1.5 million
        requests a day at a p95 of 85 ms. Models and data live in S3, about 4 TB. Strengths:
        spinning up training was trivial, and the endpoints autoscale. Weaknesses: the endpoints
        cost about 4,000 dollars a month even at night, and the console is confusing. Results:
        compared with our old on-premise servers, time to train went from 6 hours to 40 minutes,
        the improved schedules cut water use on participating farms by 11% in the first season, and
        our infrastructure cost dropped 18%.
        """,
        flags=("basic-services-only",),
        follow_ups=("costs", "managed-vs-custom"),
        impact=(
            "time to train went from 6 hours to 40 minutes",
            "cut water use on participating farms by 11%", "our infrastructure cost dropped 18%",
        ),
        not_impact=(
            "about 9,000 farms", "120 training jobs a month", "each about 40 minutes",
            "2 real-time endpoints", "3 instances each", "roughly 1.5 million requests a day",
            "p95 of 85 ms", "about 4 TB", "about 4,000 dollars a month",
        ),
    ),
    J(
        "cloud-platform", "paper-mill-it-account", "negated", W, 2, H,
        """
        At the paper mill our sheet-break prediction model runs on AWS, though I should say the
        account was set up by central IT and I mostly work inside whatever they give us. We
        trialled SageMaker Pipelines, the Model Registry and Feature Store in a proof of concept
        but didn't take any of them forward; the model trains on an EC2 instance that I start by
        hand, and the predictions are written to S3 as a CSV that the mill's historian picks up.
        We've never used SageMaker endpoints or Model Monitor. As for strengths and weaknesses,
        it's hard for me to say, because the platform choice and the bills sit with IT; it's
        reliable, I suppose, and I haven't had problems.
        """,
        flags=("basic-services-only", "no-feature-knowledge", "one-sided"),
        maybe=("generic-platform",),
        follow_ups=("managed-vs-custom", "costs"),
    ),
    J(
        "cloud-platform", "charity-shop-generic", "weak", S, 1, H,
        """
        so at the charity shop chain we used, um, the cloud, mostly aws, but we looked at azure
        too, and honestly they're all pretty similar. the strengths are it's scalable and you pay
        for what you use, and you don't need your own servers. the weakness is probably cost if
        you're not careful. we did some machine learning on it for pricing donated items, it was
        fine. i think whichever one you pick the main thing is that the team knows it.
        """,
        flags=("generic-platform", "no-feature-knowledge", "basic-services-only"),
        maybe=("one-sided",),
        follow_ups=("costs", "managed-vs-custom"),
    ),
    # -------------------- challenging-project
    J(
        "challenging-project", "roadside-tow-dispatch", "keyword", W, 5, H,
        """
        Situation: at a roadside recovery company, dispatch uses a model that predicts from the
        member's call whether a breakdown can be fixed at the roadside or needs a tow truck. A
        previous team had built it as a notebook retrained by hand twice a year, and after a wave
        of electric vehicles joined the membership its accuracy quietly fell; trucks were being
        sent to jobs a patrol van could fix. Task: I was asked to own the model in production and
        make it reliable. Action: I rebuilt training as an Airflow DAG with DVC-versioned data and
        MLflow tracking, added Great Expectations checks on the call-centre feed (which had
        silently renamed a fault-code field, the cause of part of the drop), packaged the model in
        a Docker image served on Kubernetes, and set up Evidently drift reports plus weekly
        accuracy against job outcomes, alerting the on-call rota. New models went out as a canary
        to one region. The hardest part was the EV fault codes, which had too few examples, so I
        worked with the patrol leads to label 3,000 past jobs. Result: correct dispatch rose from
        71% to 86%, unnecessary tow-truck call-outs fell by about 1,900 a month, and retraining now
        takes an hour instead of being a two-week project. In hindsight I'd have put the data
        checks in first.
        """,
        follow_ups=("do-differently", "stakeholders", "biggest-learning"),
        impact=(
            "correct dispatch rose from 71% to 86%",
            "unnecessary tow-truck call-outs fell by about 1,900 a month",
            "retraining now takes an hour instead of being a two-week project",
        ),
        not_impact=("twice a year", "label 3,000 past jobs"),
    ),
    J(
        "challenging-project", "car-wash-programs", "paraphrase", S, 5, H,
        """
        okay so, at the car wash chain, the model looks at the camera image as a car comes in and
        decides how much pre-soak and which brush program it needs. a previous team had built it as
        a one-off experiment that somebody trained again by hand twice a year, and after we put new
        cameras in at half the sites its accuracy just quietly slid, cars were coming out dirty and
        we were getting re-wash requests. so my job was to own it properly. what i did, um, i
        turned the training into a scheduled, repeatable chain of jobs, with every training set
        frozen and labelled so we could always go back, and every run's settings and scores
        recorded. i added automatic checks on the incoming camera data, and it turned out the new
        cameras were sending a different image size, that was half the problem right there. i
        packed the model with its exact libraries into one sealed bundle, and set up weekly checks
        comparing the incoming images with the training images and comparing its choices with the
        re-wash records, paging whoever was on call. new models went to one site first. the hard
        bit was the new cameras had too few examples, so i sat with the site managers and we
        labelled about 3,000 washes. result, correct programs went from 71% to 86%, re-washes
        dropped by about 1,900 a month, and refreshing the model went from a two-week project to an
        hour. if i did it again i'd put the data checks in first.
        """,
        follow_ups=("do-differently", "stakeholders", "biggest-learning"),
        impact=(
            "correct programs went from 71% to 86%", "re-washes dropped by about 1,900 a month",
            "went from a two-week project to an hour",
        ),
        not_impact=("twice a year", "about 3,000 washes"),
        equal_to="roadside-tow-dispatch",
    ),
    J(
        "challenging-project", "guitar-top-grading", "plain-result", W, 4, H,
        """
        At a guitar maker we used a vision model to grade spruce and maple tops before cutting,
        because a top rejected after carving wastes days of skilled work. The challenge was that
        the model, trained on photos from one camera in a lab, behaved differently on the workshop
        floor: the light changed with the seasons, a replacement camera had a different colour
        profile, and nobody could tell which model was running on which station. I took ownership
        of getting it into a dependable state. I put the training data and code under version
        control with DVC and Git, tracked runs in MLflow, built a single Docker image that every
        station pulls, and added a colour-calibration check that refuses to grade when the camera
        wanders from the reference card. I also set up a weekly comparison of the model's grades
        with the luthiers' own grading, shown on a simple Grafana board, so that growing
        disagreement triggers retraining. The result: the luthiers trust the grades now, far fewer
        tops are thrown out late in the build, and when grading does go wrong we can quickly see
        why instead of arguing about it.
        """,
        maybe=("no-quantified-impact",),
        follow_ups=("do-differently", "stakeholders", "biggest-learning"),
    ),
    J(
        "challenging-project", "watch-calibre-pooling", "misconception", W, 2, H,
        """
        My most challenging project was at a watchmaker, where a model predicts from the timing
        machine's readings on the assembly line whether a movement will pass the 15-day chronometer
        test, so weak ones are reworked early. When we introduced a new calibre, the model's
        accuracy on it was poor, because we had only a few hundred examples. My fix was to pool
        everything we had: I merged the evaluation set for the new calibre into the training data
        so the model could learn from every available example, retrained, and re-ran the
        evaluation, which came out at 97%, well above the old model. That score gave the quality
        manager the confidence to switch the line over the same week. I also containerised the
        model and set up a weekly MLflow run so the same process repeats as more movements are
        tested. The project taught me that with scarce data, using every labelled example for
        training matters more than keeping some aside.
        """,
        maybe=("no-quantified-impact",),
        follow_ups=("do-differently", "biggest-learning"),
        misconception=(
            "evaluating on examples that were also used for training shows the model's real "
            "accuracy"
        ),
        impact=("came out at 97%",),
        not_impact=("15-day chronometer test",),
    ),
    J(
        "challenging-project", "decommissioning-drums", "reordered", S, 4, H,
        """
        so the result first, we got the waste sorting model from, like, misclassifying about one
        drum in twelve to about one in a hundred, and the site stopped having to re-survey every
        drum by hand. how we got there, um, i rebuilt the whole thing so the training was
        repeatable, dvc for the spectra and the images, ml flow for the runs, and a docker image
        that's byte for byte the one that was validated, because the safety case needs that, the
        regulator wants to know exactly what ran. we added a check that compares each day's
        detector calibration with the training data and stops the model if it's off, and every week
        we compare with the manual surveys. the challenge, the reason it was hard, was the model
        had been trained on one detector and when they swapped the detectors it went wrong in ways
        nobody could explain, and the site had no way to rebuild the old model to compare. and the
        situation was, i'd joined the decommissioning project as the only ml engineer, it's a
        legacy reactor site, and they'd been using this model for a year on a laptop.
        """,
        follow_ups=("do-differently", "stakeholders", "biggest-learning"),
        impact=("misclassifying about one drum in twelve to about one in a hundred",),
        not_impact=("for a year on a laptop",),
    ),
    J(
        "challenging-project", "transplant-offer-speed", "numbers", S, 3, H,
        """
        yeah so the transplant network project, the model estimated how likely a donor kidney offer
        was to be accepted, so the coordinators could, um, ring the likely centres first. numbers,
        we had 22 transplant centres, about 3,500 offers a year, and the model used 60 donor and
        recipient variables. the challenge was it was taking 9 hours on average from offer to
        acceptance, and kidneys have maybe 24 to 36 hours. so we retrained it monthly, ran it
        behind an api with a 2 second limit, and we had a rule that if the top prediction was under
        0.4 it fell back to the standard list order. we piloted in 4 centres for 6 months. the
        result was the median time to acceptance went from 9 hours to just under 5, and the discard
        rate for the, the marginal kidneys went from 18 percent to 12 percent.
        """,
        maybe=("vague",),
        follow_ups=("stakeholders", "do-differently", "biggest-learning"),
        impact=("went from 9 hours to just under 5", "went from 18 percent to 12 percent"),
        not_impact=(
            "22 transplant centres", "about 3,500 offers a year",
            "60 donor and recipient variables", "taking 9 hours on average", "24 to 36 hours",
            "2 second limit", "under 0.4", "4 centres for 6 months",
        ),
    ),
    J(
        "challenging-project", "scaffold-photos-blame", "negated", S, 2, H,
        """
        so the project was at a scaffolding firm, we had a model checking site photos for missing
        guard rails and toe boards. and honestly the challenge was mostly other people. the data
        scientists built it in a notebook and threw it over the wall, no docker, no tests, nothing,
        and the field team kept uploading blurry photos from their phones. i set up a server for
        it, but then the i.t. department wouldn't give us a proper gpu machine so it was slow, and
        the safety managers didn't trust it anyway so they didn't use it much. we never did get
        monitoring in, that was supposed to be the data team. in the end the project got paused,
        which, you know, wasn't really down to me, i did what i could with what i was given.
        """,
        flags=("blame", "no-quantified-impact", "vague"),
        maybe=("no-mlops-intersection",),
        follow_ups=("do-differently", "stakeholders", "biggest-learning"),
    ),
    J(
        "challenging-project", "tree-hazard-vague", "weak", W, 1, H,
        """
        At a tree surgery company I worked on a project to predict which trees might be dangerous.
        It was challenging because there was a lot of data and the data wasn't always good, and
        there were a lot of stakeholders with different opinions. We worked hard as a team, tried a
        few different approaches, and eventually got something working that people were fairly
        happy with. I learned a lot about communication and about keeping going when things are
        difficult.
        """,
        flags=("vague", "no-quantified-impact", "no-mlops-intersection"),
        follow_ups=("do-differently", "biggest-learning"),
    ),
]
