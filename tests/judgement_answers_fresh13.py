"""A fourteenth labelled set of interview answers, written BLIND: the new untouched holdout.

Since the sixteenth scoring pass (2026-12-05) its errors have been read, so it is tuning data now; the
rules below describe how it was written (and, before that pass, the first two lifecycle answers were
seen once by accident while this docstring was printed). The untouched holdout is
``judgement_answers_fresh16``.

Provenance and rules
--------------------
* Written blind by a separate helper session on 2026-12-04. That session read only: the interview
  guide (shared/seed/000_03ac0d1b1b231269.txt, all of it, with ``cat``); in ``questions/guide.toml``
  the question ids and prompts, the red-flag ids and wording and the follow-up ids and wording
  (printed by a small ``tomllib`` script that accessed exactly ``data["question"]`` and, per
  question, ``id``, ``prompt``, ``red_flag[*].id`` / ``.text`` and ``follow_up[*].id`` / ``.text``,
  and printed those fields and nothing else); the module docstring, ``KINDS`` / ``CORE_KINDS`` /
  ``STORY_KINDS`` / ``QUESTIONS`` constants, ``Judged`` dataclass, ``J`` helper and ``W, S, T, H``
  constants of ``judgement_answers.py`` (``sed -n '1,/^ANSWERS/p'``, not its answers); the module
  docstring and import lines of ``judgement_answers_fresh12.py`` (the same ``sed`` range, which
  stops at the ``ANSWERS`` line; the model for this file's structure, slot plan and docstring); and
  parts of the same permitted range of ``judgement_answers_fresh4.py`` to ``_fresh11.py`` (none of
  their answers), to collect the industries already used. A ``test -e`` of this file's own path
  confirmed it did not exist yet, and ``python --version`` was run on the project's interpreter.
* Reading slips, stated honestly: none that went beyond the list above. For completeness: the
  earlier sets' ranges were not printed whole but filtered, first with a ``grep -i -A12 industr``
  over each ``sed`` range of ``_fresh4`` to ``_fresh11`` (which also showed some provenance lines
  of those docstrings that happen to mention industries, e.g. a ``_fresh9`` note on rewording a
  paraphrase, and lines of ``_fresh10`` / ``_fresh11`` provenance about their own reading slips,
  checks and the industries of ``judgement_answers.py`` not being visible), then with a small
  ``awk`` over the same ranges of ``_fresh6``, ``_fresh7``, ``_fresh9`` and ``_fresh11`` to show
  their full industry lists; and a ``grep -n "Reading slips"`` over the ``_fresh12`` range. Still
  nothing past any ``ANSWERS`` line. The permitted docstrings seen mention earlier sessions' own
  reading slips (key names of ``guide.toml`` tables, scorer file names), but this session did not
  open any of those things. No scorer code was read, and no key names or values of ``guide.toml``
  beyond the fields above were printed (no concepts, aliases, descriptions, examples,
  misconceptions, rules, cues, triggers or stages). The industries of ``judgement_answers.py`` and
  of ``_fresh`` / ``_fresh2`` / ``_fresh3`` were not visible (their answers were not read, and the
  latter three were not opened at all); the industries below avoid those listed in ``_fresh4`` to
  ``_fresh12`` and their obvious neighbours. No directory listing of ``tests/`` or any other
  folder was made. Every answer's wording, scenario and misconception is this session's own.
* The session did not read ``voice_interviewer/``, ``benchmarks/``, ``scripts/``, other tests,
  README files, the git log or git diffs, or the answers of any other ``judgement_answers*.py``
  or ``scoring_answers*.py`` file, ran no git command, and did not run ``voice-interviewer score``,
  any scorer, benchmark or test on these answers. Nothing was scored. The only things run on this
  file were a structural well-formedness check written by this session in /tmp and deleted
  afterwards (the module imports with ``PYTHONPATH=tests`` on the project's ``.venv`` Python,
  names unique per question, kinds in ``KINDS``, styles in ``W`` / ``S``, splits are holdout,
  flag / maybe / follow-up ids exist among that question's red-flag / follow-up ids in
  ``guide.toml`` (read by the same field-limited ``tomllib`` access as above), flags and maybe
  disjoint, at least one follow-up, impact / not_impact phrases occur verbatim in the text,
  ``equal_to`` targets exist with the same tier, misconception answers carry a ``misconception``,
  8 answers per question, 28 spoken, 4 spoken per question, plus a word count), and a plain regex
  written by this session (case-insensitive, word-boundary prefix matches) confirming the
  paraphrases avoid terms such as "drift", "pipeline", "version", "container", "monitor",
  "registry", "deploy", "retrain", "dashboard", "alert", "canary", "feature store", "CI/CD",
  "A/B", "MLOps", "orchestration", "artifact", "shadow", "rollback" / "roll back" and tool, cloud
  and vendor names. Neither scores anything. Outcomes: the structural check found no error on its
  first run (56 answers, 8 per question, 28 spoken with 4 per question; word counts 49 to 253,
  median 151), and the regex (whose list also held extra terms such as "rollout", "endpoint",
  "cloud", "GPU", "Python", "Slack" and a bare "CI") found no hit in any of the seven paraphrases
  on its first run, so no text was reworded and no label or text was changed after either check.
  The only edits after the checks were filling in this paragraph and re-wrapping a few source
  lines longer than 100 characters (which changes no answer's whitespace-normalised text and no
  label; found with an ``awk`` line-length count, and one answer's text block was re-wrapped with
  ``textwrap``), after which both checks were run once more (same results), plus a
  ``py_compile`` of the file.
* This is the UNTOUCHED HOLDOUT. Never tune on it: do not read individual answers while changing the
  scorer, and do not add rules, aliases or cues inspired by it. Use it only to measure.
* The labels were written together with each answer, before anything was scored, and are what a
  careful human interviewer reading the guide would decide. They must NEVER be edited after scoring:
  if the scorer disagrees, the scorer is what changes (or the disagreement is reported). A label
  that was genuinely wrong may only be fixed in its own commit that says why, never to make a test
  or a figure look better.
* Every answer is ``split == "holdout"``.

Field meanings are those of ``judgement_answers.py`` (``Judged`` / ``J``). Per question there are 8
answers, imagined as 8 different candidates, each in an industry not used by the earlier sets (56
in all: seaweed harvesting, fruit juice pressing, apple orchards, prison services, laser tag
arenas, classified ads websites, student accommodation providers, shop-fitting contractors,
hydraulic pump manufacturing, conveyor belt manufacturing, adhesives manufacturing, biogas plants,
tofu making, sewing machine manufacturing, coach and bus building, potato crisp manufacturing,
traffic signal control, district heating networks, animal feed mills, garden centres, narrowboat
hire, smart meter installers, public health surveillance, URL shorteners, occupational health
services, gas cylinder refilling depots, rice milling, VPN providers, security guard companies,
calendar scheduling apps, safe manufacturing, flag making, spam call blocking apps, welfare
benefits agencies, sheet metal fabrication shops, bagged ice manufacturing, school photography,
car body repair shops, dredging contractors, portable toilet hire, national park visitor
management, breakfast cereal manufacturing, coconut processing, family mediation services, foster
care agencies, newspaper and magazine wholesale, laundry detergent manufacturing, sandwich
manufacturing, hot-dip galvanising, coastal defence, rugby club player-load tracking, first aid
training, schools inspectorate, au pair agencies, addiction treatment services, matchstick
manufacturing).
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
negated, weak, off-target and, once, keyword answers are spoken too).
"""

from __future__ import annotations

from judgement_answers import H, J, Judged, S, W

ANSWERS: list[Judged] = [
    # ------------------------------------------------------------------ lifecycle
    J("lifecycle", "seaweed-yield-keyword", "keyword", W, 5, H,
      """At a seaweed harvesting company I owned the path for our yield model, which predicts how
      much kelp each longline will give at harvest. It starts with data: buoy sensors, water
      temperature and satellite chlorophyll land in S3, get validated with Great Expectations, and
      every training snapshot is versioned with DVC so we can say exactly which data a model saw.
      Features are computed once and served from a Feast feature store, so training and the nightly
      scoring job use the same logic. Experiments are tracked in MLflow - parameters, metrics, the
      data hash - and the candidate that wins gets registered in the MLflow model registry. From
      there a GitHub Actions pipeline runs unit tests, data checks and an evaluation gate against
      the current production model, then builds a Docker image and deploys to Kubernetes. We
      release behind a canary: ten percent of farms get the new predictions first, and we compare
      against the old model before promoting. In production Prometheus and Grafana watch latency
      and errors, and Evidently reports on input drift and on prediction error once the real
      harvest weights come in weeks later. When drift crosses a threshold or error degrades, an
      Airflow job retrains on fresh data and the whole loop starts again through the same gates.
      The difference from the notebook days is that every step is automated and traceable; taking
      a model from approved to live went from about two weeks to one day.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("from about two weeks to one day",),
      not_impact=("ten percent of farms",)),
    J("lifecycle", "juice-press-plain", "paraphrase", S, 5, H,
      """so at the juice pressing plant the model guesses how much juice and what sugar level we'll
      get from each truckload of fruit. the way we ran it, first the raw data, the scale readings,
      the lab sugar tests, which orchard it came from, all of that got checked for gaps and silly
      values, and we froze a labelled copy of the exact data every time we trained so you could
      always go back to it. the calculated inputs were defined in one shared place so the training
      code and the live code worked them out the same way. every training run was written down
      automatically, settings, scores, which data copy. then before anything went live it had to
      pass automatic tests and beat the model that was already running, and it got packed up with
      all its libraries into one sealed bundle so it ran the same on the server as on my laptop.
      we'd switch it on for one press line first, compare it with the old one for a week, and only
      then move everyone over. after that we kept watching two things, is the incoming fruit
      starting to look different from what it learned on, and are the guesses still close to what
      the lab measures. when either slipped past a limit it would learn again on recent fruit by
      itself and go through the same checks. and the big win was speed, getting a new model in use
      went from about two weeks to a day.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("from about two weeks to a day",),
      not_impact=("for a week",),
      equal_to="seaweed-yield-keyword"),
    J("lifecycle", "orchard-picking-partial", "keyword", W, 3, H,
      """For an apple orchard group I built the flow for a model that predicts picking dates per
      block. Data comes from weather stations and fruit firmness samples; we keep raw and cleaned
      tables in BigQuery and snapshot each training set with DVC. Feature engineering - growing
      degree days, rainfall windows - lives in one Python package shared by training and serving.
      Training runs are logged in MLflow, and the chosen model is promoted in the registry with a
      note of which data snapshot and commit produced it. CI in GitLab runs tests and an
      evaluation check, builds a Docker image, and we deploy it as a batch job on Kubernetes that
      writes predictions each morning for the farm managers. Experiments stay in a separate
      project, so nothing from a notebook reaches the managers without going through that route.
      Once it's out, the farm managers tell us if dates look wrong, and we kick off a new training
      run by hand before the next season.""",
      flags=("omits-crucial-steps",),
      follow_ups=("drift", "rollback")),
    J("lifecycle", "prison-staffing-weekly-rebuild", "misconception", W, 2, H,
      """In the prison service I worked on a model forecasting how many officers each wing needs per
      shift, from population, incident logs and court transfer schedules. The lifecycle we ran:
      ingestion from the case-management database into a warehouse, validation checks, feature
      engineering in dbt, then experiments tracked in MLflow with each training dataset versioned.
      The winning model is registered, goes through a Jenkins pipeline with unit tests and an
      accuracy gate, is packaged in Docker and deployed as a nightly batch on our Kubernetes
      cluster. For maintenance we retrain every Sunday on the latest four weeks, and because of
      that we don't need to monitor for drift at all: a model that is rebuilt weekly is by
      definition always trained on current data, so it can't go stale. That saves us a whole
      monitoring stack. Moving to this setup meant the staffing team got forecasts every day
      instead of once a month.""",
      flags=("omits-crucial-steps",),
      follow_ups=("drift", "rollback"),
      misconception=("scheduled weekly retraining makes drift and performance monitoring "
                     "unnecessary"),
      impact=("forecasts every day instead of once a month",),
      not_impact=("the latest four weeks",)),
    J("lifecycle", "laser-tag-bookings-spoken", "spoken", S, 3, H,
      """um so okay at the laser tag place we had this, you know, booking forecast model, how many
      groups per slot. and the lifecycle, I'd say, it starts with the data, so bookings from the
      till system and the website, we'd pull those into Postgres and, uh, clean them, and we'd save
      a copy of each training set, with DVC I think that was, yeah DVC. then the data scientist
      would experiment in notebooks and log stuff in MLflow, and when we had something decent we'd,
      um, package it into a Docker image and push it out through GitHub Actions, and it ran as a
      little API. then, the bit people forget, you have to watch it, so we had Grafana on the API
      errors and also, you know, a weekly check of forecast versus actual bookings, because school
      holidays totally change the pattern. and when that gap got big we'd retrain, that was, uh,
      honestly still me pressing a button. so it loops round, basically.""",
      maybe=("omits-crucial-steps",),
      follow_ups=("drift", "rollback")),
    J("lifecycle", "classifieds-scam-numbers", "numbers", S, 4, H,
      """right so, classified ads site, about 2 million new listings a week, and the model flags
      scam listings. lifecycle: we snapshot the labelled data every week with DVC, that's roughly 40
      gigabytes, features come from a Feast store, training runs are tracked in MLflow, we kept
      maybe 300 runs a quarter. a candidate only moves on if it beats production by at least 1
      point of recall at the same precision, then Jenkins builds the Docker image, tests run in
      about 12 minutes, and it goes to Kubernetes as a canary on 5 percent of traffic for 48 hours.
      we watch drift with a PSI threshold of 0.2 and a weekly labelled sample of 1,500 listings,
      and retraining kicks off automatically when it trips. what that got us: scam reports from
      users dropped by 35 percent, and release time went from 3 weeks to 2 days. before all this,
      the old model had sat untouched for 14 months.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("scam reports from users dropped by 35 percent", "from 3 weeks to 2 days"),
      not_impact=("about 2 million new listings a week", "roughly 40 gigabytes",
                  "maybe 300 runs a quarter", "at least 1 point of recall", "about 12 minutes",
                  "5 percent of traffic", "48 hours", "PSI threshold of 0.2", "1,500 listings",
                  "14 months")),
    J("lifecycle", "student-rooms-never-got-round", "negated", W, 2, H,
      """At a student accommodation provider I built the room-demand model that sets early-bird
      prices. Honestly our lifecycle was mostly the training part. We talked about DVC for data
      versioning but never got round to it - the training data was whatever was in the bookings
      table that day. We didn't have a feature store; features were recomputed in the notebook.
      MLflow was installed on someone's laptop but we didn't really use the tracking. Deployment
      was me copying a pickle onto the pricing server. Monitoring and automated retraining were on
      the roadmap, and the plan was that the platform team would pick them up, so I can't really
      speak to how those would work. It did the job for one intake season.""",
      flags=("omits-crucial-steps", "no-production-distinction"),
      maybe=("stages-not-connected", "generic-no-tools"),
      follow_ups=("drift", "rollback", "feature-store")),
    J("lifecycle", "shopfit-quote-weak", "weak", S, 1, H,
      """yeah so the lifecycle is basically you get the data, you train the model, you check it's
      accurate, and then you put it in production. at the shop-fitting firm we did that for
      quoting jobs, and, um, it worked pretty well. then you keep an eye on it. it's a cycle
      really.""",
      flags=("generic-no-tools", "omits-crucial-steps"),
      maybe=("stages-not-connected", "no-production-distinction"),
      follow_ups=("drift",)),
    # ------------------------------------------------------------------ reproducibility
    J("reproducibility", "pump-bench-keyword", "keyword", S, 5, H,
      """so for reproducibility at the pump factory, where we predict which pumps will fail the
      end-of-line pressure test, I think of it as four things that all have to be pinned together.
      code is in Git, obviously, every training run comes from a tagged commit. the data, the
      test-bench readings, is big parquet in S3 and we track it with DVC, so the commit has a small
      dvc file that points at the exact data hash. the environment is a Docker image built from a
      locked conda environment file, and the image digest gets recorded too, because a different
      numpy or scikit-learn version can honestly change the results. and the model goes into the
      MLflow model registry with the run attached, so from any registered version you can click
      back to the commit, the data hash, the image and the params and random seed. we actually
      used that when a model started rejecting good pumps, we rebuilt the exact training run from
      six months earlier, got identical metrics, and diffed the data, turned out a supplier had
      changed a sensor's units. that's the difference from just having backups, a backup gives you
      the file, this gives you the recipe.""",
      follow_ups=("large-datasets", "dependencies", "model-card"),
      not_impact=("six months earlier",)),
    J("reproducibility", "conveyor-belt-plain", "paraphrase", W, 5, H,
      """At a conveyor belt maker, our model predicts from rubber-mix and curing readings whether a
      belt batch will pass its strength test. To be able to rebuild any model exactly, we tie four
      things together. The code lives in a shared history of changes, and every training run
      starts from a labelled snapshot of that code. The training data is too big to keep alongside
      the code, so we store it separately and keep a small fingerprint file next to the code that
      names the exact data it used, so checking out the code brings back the right data too. The
      software setup - the language, the maths libraries, their exact releases - is frozen into a
      ready-made machine image, and that image's identity is written down, because a newer library
      can quietly shift results. Finally each finished model is filed in a catalogue with a link
      back to the code snapshot, the data fingerprint, the machine image, the settings and the
      random seed. When a model began rejecting good batches, we rebuilt the six-month-old training
      run from that record, got the same scores to the decimal, and compared the data: a supplier
      had switched a gauge from one unit to another. Keeping copies of files wouldn't have told us
      that; we needed the full recipe.""",
      follow_ups=("large-datasets", "dependencies", "model-card"),
      not_impact=("six-month-old",),
      equal_to="pump-bench-keyword"),
    J("reproducibility", "adhesive-cure-lakefs", "other-tools", W, 3, H,
      """At an adhesives manufacturer, we predict cure time and bond strength from formulation and
      mixing data. Code is in Bitbucket, with every training run tied to a commit hash. Data lives
      in lakeFS on top of object storage, so each training run reads from an immutable lakeFS
      commit rather than a moving table - branching the data lake like a repo made it easy to try
      a new cleaning rule without touching what production used. Runs and models are logged in
      Weights & Biases, and the model artifacts there record the lakeFS commit and code hash as
      lineage, so any model can be traced to its inputs. The scientists run training from their
      own machines or a shared server, whichever is free. When a formulation chemist asked why last
      spring's model recommended a longer cure, we could pull the exact data commit and code and
      show which batches drove it.""",
      flags=("environment-ignored",),
      follow_ups=("dependencies", "large-datasets")),
    J("reproducibility", "biogas-append-only", "misconception", S, 3, H,
      """so at the biogas plants we predict methane output from what goes into the digesters,
      slurry, food waste, maize, that sort of thing. for reproducibility, um, our approach is code
      in git with a tag per model, the seed is fixed, and the environment is a docker image, that
      part's solid. for data we didn't bother with a separate tool because our sensor history only
      ever gets appended to, nothing is overwritten, so if you want the training set from march
      you just rerun the query with the same end date and you get the same rows back. that means
      any model can be rebuilt just from the tag and the date range, and we record both in mlflow
      with the model. it's simpler than copying datasets around and it's just as exact.""",
      maybe=("tool-unfamiliar",),
      follow_ups=("large-datasets", "dependencies"),
      misconception=("re-running a date-filtered query on an append-only table returns the exact "
                     "training data (ignores late-arriving rows, corrections and backfills)")),
    J("reproducibility", "tofu-coagulation-spoken", "spoken", S, 3, H,
      """uh, so reproducibility, yeah. at the tofu factory we had a model for, um, predicting
      coagulation time from the soy milk readings, and the, the thing we got burned on early was
      someone retrained it and couldn't get the same numbers back. so after that, um, we put
      everything in git, the training code and the config, and the data we started snapshotting,
      we used DVC, you know, so each training run points at a specific data snapshot. and then the
      environment, we pinned everything in a requirements file with exact versions, and, uh, later
      moved to a docker image because the pinned file still broke when the base machine changed.
      for the models themselves we just kept them in a folder on S3 named with the date, which,
      yeah, it's not ideal, you can't easily tell which data made which model unless you go look
      at the commit message.""",
      maybe=("tool-unfamiliar",),
      follow_ups=("dependencies", "model-card", "large-datasets")),
    J("reproducibility", "sewing-machine-numbers", "numbers", W, 4, H,
      """At a sewing machine manufacturer we predict warranty returns from assembly torque and motor
      test data. Scale first: about 1.2 TB of test-bench data, growing 30 GB a month, 9 models in
      production and roughly 600 training runs a year. Code is in GitLab; data is versioned with
      DVC on S3 with a snapshot per training run, and we prune snapshots older than 18 months
      except those behind a registered model. Environments are Docker images built from a lock
      file, about 2.1 GB each, and the image digest is logged with every MLflow run; models go
      through the MLflow registry with a link to commit, data hash and image. We check
      reproducibility quarterly by rebuilding 3 randomly chosen registered models and requiring
      metrics to match within 0.001. Results: the time to answer an auditor's 'how was this model
      built' question dropped from about 4 days to under an hour, and rebuilding an old model now
      succeeds 10 out of 10 times in our checks, where before the project only 2 of 7 attempted
      rebuilds had worked.""",
      follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("from about 4 days to under an hour", "10 out of 10 times"),
      not_impact=("about 1.2 TB", "30 GB a month", "9 models", "roughly 600 training runs a year",
                  "older than 18 months", "about 2.1 GB each",
                  "3 randomly chosen registered models",
                  "within 0.001", "only 2 of 7 attempted rebuilds")),
    J("reproducibility", "coachbuild-not-adopted", "negated", S, 2, H,
      """so at the coach builder, we had a model that estimates build hours for each custom coach
      order. reproducibility, um, honestly, the code is in git, that's the part I can speak to. we
      looked at DVC for the data but didn't adopt it, the files were spreadsheet exports and it
      felt like overkill, so the data is whatever's on the shared drive. model registry, MLflow,
      all that, that's the platform team's job, they take the pickle from us and store it
      somewhere. environments, we never got round to pinning them, people just have whatever
      python they have. if we need to go back, there's a nightly backup of the shared drive, so in
      theory everything's recoverable.""",
      flags=("code-only", "environment-ignored", "backups-confusion"),
      maybe=("tool-unfamiliar",),
      follow_ups=("dependencies", "large-datasets")),
    J("reproducibility", "crisp-fryer-off-target", "off-target", W, 1, H,
      """At a potato crisp factory I built a model that predicts which fryer batches will come out
      too dark, from oil temperature and potato sugar content. Getting it robust took work: we used
      cross-validation grouped by potato supplier so the score wasn't flattered by leakage, tuned
      the gradient boosting with Optuna, and calibrated the probabilities so the line operators
      could trust a 70 percent warning. We also ran a careful error analysis by potato variety and
      found the model struggled with late-season stock, so we added storage-age features. The end
      result was a model the quality team believed in and used on every shift.""",
      flags=("environment-ignored", "tool-unfamiliar"),
      maybe=("code-only",),
      follow_ups=("dependencies", "model-card"),
      not_impact=("70 percent warning",)),
    # ------------------------------------------------------------------ ml-cicd
    J("ml-cicd", "traffic-signal-keyword", "keyword", W, 5, H,
      """In city traffic engineering I ran CI/CD for a model that predicts queue lengths at
      junctions so signal timings can adapt. Ordinary software CI only asks whether the code works;
      for ML you also have to ask whether the data and the model are fit, so our GitLab CI pipeline
      has extra stages. On every merge: unit tests and linting as usual, then data validation with
      Great Expectations on the latest loop-detector extract - schema, missing counts, ranges, and a
      distribution comparison against the training data. If that passes, a Kubeflow Pipelines run
      retrains, and an evaluation step compares the candidate with the production model on a fixed
      hold-out of rush-hour days and checks error separately for each junction type, so one district
      doesn't get worse silently. The model and its metrics are versioned in MLflow. Passing
      candidates are packaged into a Docker image and deployed by Argo CD to our Kubernetes cluster,
      first in shadow mode alongside the live model, then as a canary on a handful of junctions
      before full rollout. Continuous training is triggered on a schedule and on detected drift,
      through the same gates. That cut the time from merge to street from about a month to under two
      days.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("from about a month to under two days",)),
    J("ml-cicd", "district-heat-plain", "paraphrase", S, 5, H,
      """okay so at the district heating company the model predicts how much heat each neighbourhood
      will pull over the next day, so the plant can plan. and the way our automatic build and
      release setup differs from a normal app is, for a normal app you just ask does the code work.
      for us, every time someone merges a change, yes the code tests run, but then it also checks
      the newest meter and weather data, are the columns right, are there gaps, are the values in a
      sane range, does it look like the data the model learned from. if that's fine, it trains a
      new candidate on its own, and then compares it with the model that's live now, on a fixed
      set of cold snaps and mild weeks, and it checks each district separately so one area can't
      quietly get worse. every candidate and its scores are recorded. if it passes, it gets sealed
      up with all its libraries into one package and put out onto our group of servers
      automatically, first running quietly next to the live model without its answers being used,
      then actually used for a few districts, then everywhere. it also rebuilds itself on a
      schedule or when the incoming data changes shape, through the same checks. and the result,
      getting an improvement out went from about a month to under two days.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("from about a month to under two days",),
      equal_to="traffic-signal-keyword"),
    J("ml-cicd", "feed-mill-no-containers", "keyword", S, 3, H,
      """so at the feed mill, the model predicts pellet durability from the recipe and the
      conditioning temperature. for CI/CD the main difference from normal software is you're
      testing data and models, not just code. so in GitHub Actions we run the unit tests, then a
      data check step with pandera, schema and value ranges on the latest batch records, and then
      a training job and an evaluation job that compares the new model with the current one on
      durability error, and it fails the build if it's worse by more than a small margin. we also
      run a check per mill site, so one site doesn't degrade. the model gets logged in MLflow with
      its metrics. then deployment is, the job copies the model file onto the scoring VM and
      restarts the service with a systemd unit. that cut our release from about a week to a day or
      so.""",
      flags=("no-containers",),
      follow_ups=("ab-canary", "pipeline-challenge", "pipeline-metrics"),
      impact=("from about a week to a day or so",)),
    J("ml-cicd", "garden-centre-fresher-is-better", "misconception", W, 2, H,
      """At a garden centre chain I built the release process for a model that forecasts weekly
      plant sales per store, so we don't over-order perishable bedding plants. Our Jenkins pipeline
      does the standard software steps - linting, unit tests, building a Docker image - plus the
      ML-specific part: it pulls the latest sales and weather data, runs schema and null checks,
      and retrains. Because the newly trained model has always seen more recent weeks than the one
      in production, we promote it straight away once the build is green; comparing it against the
      old one would just slow things down, since the fresher model is the better one by
      construction. It then rolls out to our Kubernetes cluster with Helm. We do this every Monday
      night, so stores always get the most up-to-date forecasts.""",
      flags=("no-automated-testing",),
      follow_ups=("pipeline-metrics", "ab-canary"),
      misconception=("a model trained on more recent data is always better, so no evaluation "
                     "against the production model is needed")),
    J("ml-cicd", "narrowboat-cancel-spoken", "spoken", S, 4, H,
      """um, okay, so, CI/CD for ML. at the narrowboat hire company we, we had a model for
      predicting which bookings would cancel, so we could overbook a bit. and the thing I'd say is
      it's, it's like normal CI but with two extra things to test, the data and the model. so, uh,
      the pipeline was GitHub Actions. code tests first, normal stuff. then we validate the data,
      like, is the booking export the shape we expect, are the dates sane, has the share of
      cancellations suddenly jumped. then it trains, and then, um, there's an evaluation step, the
      new model has to beat the live one on last season's bookings, otherwise the build just
      stops. if it passes it goes into a docker image, gets pushed to ECR and, uh, ECS picks it
      up, no kubernetes, we're tiny. and we release it to, like, a slice of bookings first and
      compare, before the rest. the hardest bit honestly was the data tests flagging false
      failures every bank holiday.""",
      follow_ups=("pipeline-challenge", "ab-canary", "pipeline-metrics")),
    J("ml-cicd", "smart-meter-visits-numbers", "numbers", W, 4, H,
      """At a smart meter installation company our model predicts which appointments will fail -
      no access, incompatible wiring - so we can rebook in advance. The ML CI/CD pipeline runs on
      GitLab CI with 6 stages: code tests, data validation, training, evaluation, packaging,
      deployment. Data validation checks 42 columns on each nightly extract of roughly 180,000
      appointments and blocks the run if more than 2 percent of rows fail. Training takes about 25
      minutes on a single GPU node; the evaluation gate rejects a candidate that is more than 0.5
      points below production AUC overall or more than 1 point below in any of our 11 regions. The
      model is built into a Docker image and rolled out on Kubernetes via Argo Rollouts, as a
      canary at 10 percent of traffic for 24 hours. Outcome: failed visits fell 18 percent in the
      first quarter, and we went from 1 model release a quarter to 2 a week, with release lead time
      cut from 9 days to 5 hours. Before this, each release needed 3 people to run a 40-step
      checklist.""",
      follow_ups=("pipeline-metrics", "ab-canary"),
      impact=("failed visits fell 18 percent in the first quarter",
              "from 1 model release a quarter to 2 a week", "from 9 days to 5 hours"),
      not_impact=("6 stages", "42 columns", "roughly 180,000 appointments",
                  "more than 2 percent of rows", "about 25 minutes", "0.5 points", "1 point",
                  "11 regions", "10 percent of traffic", "24 hours", "3 people",
                  "40-step checklist")),
    J("ml-cicd", "health-surveillance-web-job", "negated", W, 2, H,
      """At a public health agency I worked on a model that flags unusual rises in respiratory
      illness reports by district. For CI/CD we reused the same Jenkins job the web team uses: it
      runs the unit tests and copies the code to the server. We looked at adding data validation
      and a model evaluation gate, and we trialled Kubeflow Pipelines for a sprint, but we didn't
      adopt any of it - the analysts check the output by eye after each release. Containers and
      Kubernetes are the infrastructure team's job; we hand them a zip. So in practice the ML part
      isn't really different from how we ship any other code.""",
      flags=("same-as-software", "no-automated-testing", "no-containers"),
      follow_ups=("pipeline-challenge", "pipeline-metrics")),
    J("ml-cicd", "url-shortener-tool-salad", "weak", S, 1, H,
      """yeah so at the link shortener we used, um, Jenkins, GitHub Actions, Kubeflow, MLflow,
      Docker, Kubernetes, Argo, Terraform, SageMaker Pipelines a bit as well. it's all automated,
      so when you push, everything runs, the pipeline does it all and the model goes to prod. it's
      basically the same as CI/CD but for ML.""",
      flags=("tools-unexplained", "same-as-software", "no-automated-testing"),
      follow_ups=("pipeline-challenge", "pipeline-metrics")),
    # ------------------------------------------------------------------ monitoring
    J("monitoring", "occ-health-triage-keyword", "keyword", W, 5, H,
      """At an occupational health provider our model ranks incoming employee referrals by urgency
      so nurses see the serious ones first. Monitoring has three layers. Infrastructure: Prometheus
      scrapes the serving pods for latency, error rate, CPU and memory, and Grafana shows it next
      to the model metrics. Data: Evidently compares each day's inputs with the training reference
      - distribution shifts per feature with PSI and KS tests, missing-value rates, out-of-range
      values - because a new employer client or a changed referral form shifts the inputs long
      before anyone notices bad rankings. That's data drift. Model: when nurses close a case we get
      the true urgency, so we compute precision and recall for the urgent class weekly and by
      client sector, and we watch the prediction distribution in between; if the relationship
      between symptoms and urgency changes, say after new workplace-safety rules, accuracy falls
      even with stable inputs, which is concept drift. Alerts go through Alertmanager to a Slack
      channel with a runbook: a drift alert triggers investigation and, if confirmed, a retraining
      job; a recall drop on the urgent class pages the on-call engineer, and we can switch back to
      the previous model from the MLflow registry. We also check recall by age group and sex to
      catch bias creeping in.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "gas-cylinder-plain", "paraphrase", W, 5, H,
      """At a gas cylinder refilling business, our model decides which returned cylinders need a
      full safety inspection rather than a quick check. We keep an eye on it at three levels.
      First, the machinery: how fast the scoring service answers, how often it errors, and how much
      processor and memory it uses, collected every few seconds and shown on one shared screen next
      to the model's numbers. Second, the incoming data: every day we compare the readings coming
      in - weight, valve age, depot, customer type - with the mix the model learned from, using
      standard statistical tests per input, and we count blank or impossible values. A new
      customer segment can shift that mix well before predictions visibly go wrong. Third, the
      model's own quality: when inspectors finish, we learn which cylinders really were faulty, so
      every week we measure how many faulty ones we caught and how many good ones we sent for a
      needless inspection, split by depot. If the link between the readings and faults changes,
      say a valve supplier changes, quality drops even with familiar-looking inputs, so both checks
      matter. Each check has a limit; crossing it sends a message to the team chat with a written
      procedure: look into it and, if confirmed, start learning again on fresh data, or for a sharp
      fall in caught faults, wake the on-call person, who can switch back to the previous model
      straight away. We also compare results across cylinder sizes and customer types so no group
      is treated unfairly.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      equal_to="occ-health-triage-keyword"),
    J("monitoring", "rice-mill-whylabs", "other-tools", W, 3, H,
      """At a rice mill our model predicts the broken-grain percentage of each batch from moisture
      and husking settings, so operators can adjust the rollers. For monitoring we use Datadog for
      the service side - latency, errors, host metrics - and WhyLabs for the model: whylogs
      profiles of every batch's inputs are uploaded and compared with the training profile, so we
      can see drift in moisture or paddy variety per feature. Once a batch is milled, the lab's
      measured broken-grain percentage is joined back and we track mean absolute error by paddy
      variety in Arize, which also shows when the model starts being wrong even with stable inputs
      - concept drift, like when a new husker wears differently. All three tools have their own
      dashboards and the data science team reviews them every Friday.""",
      flags=("alerts-unexplained",),
      follow_ups=("false-positives", "when-to-retrain")),
    J("monitoring", "vpn-signup-inputs-only", "misconception", S, 2, H,
      """so at the VPN company the model scores new sign-ups for fraud, stolen cards mostly. how we
      monitor it, we've got Grafana for the service, latency, errors, all that. and then for the
      model side we track the inputs every day against the training data with Evidently, country
      mix, payment method, device type, all the features. and, honestly, that's the important
      part, because if the inputs look the same as what it trained on then the model is going to
      behave the same, it's a function, same inputs same outputs. so we don't bother waiting for
      chargeback labels to compute accuracy, they take like sixty days anyway. if the inputs move
      we get a Slack alert and we retrain.""",
      flags=("no-drift",),
      follow_ups=("drift-difference", "when-to-retrain"),
      misconception=("a stable input distribution means model accuracy is unchanged, so "
                     "performance against labels need not be tracked (ignores concept drift)"),
      not_impact=("like sixty days",)),
    J("monitoring", "guard-no-show-spoken", "spoken", S, 3, H,
      """um, yeah so at the security guard company, we, we predicted which guards would not turn up
      to a shift so the control room could line up cover. monitoring, uh, there's the, the boring
      side, which is is the API up, response times, we had that in CloudWatch. and then the model
      side, we'd compare, like, the predicted no-shows to what actually happened each week, so
      precision, recall basically, and, uh, if recall dropped under, I think it was sixty percent,
      someone got an email and would look at it. we also, um, we noticed the inputs changed a lot
      when a big new client came on with night shifts, so we started watching the share of night
      shifts and the, you know, the average distance guards travel. we didn't have a proper tool
      for that, it was a scheduled notebook. it mostly worked, you know.""",
      maybe=("no-tools",),
      follow_ups=("when-to-retrain", "false-positives", "drift-difference"),
      not_impact=("under, I think it was sixty percent",)),
    J("monitoring", "calendar-slots-numbers", "numbers", S, 4, H,
      """right, calendar app, the model suggests meeting slots and we measure whether people accept
      the first suggestion. we serve about 4 million suggestions a day. monitoring: Prometheus and
      Grafana on the service, p99 latency budget is 150 milliseconds. for data we run Evidently
      hourly on 20 input features, PSI above 0.25 on any of them raises an alert. for the model,
      acceptance rate is our live label, baseline was 41 percent, and if the 24-hour rolling rate
      drops more than 3 points we page someone. we get maybe 2 or 3 drift alerts a month and we
      review every one within a day. since we set it up we caught a timezone bug within 6 hours,
      compared with the 3 weeks the previous one went unnoticed, and alert noise is down 70
      percent after we added a 2-hour persistence rule. and, uh, retraining happens when a drift
      alert is confirmed, not on a schedule.""",
      follow_ups=("false-positives", "when-to-retrain"),
      impact=("caught a timezone bug within 6 hours", "alert noise is down 70 percent"),
      not_impact=("about 4 million suggestions a day", "150 milliseconds", "20 input features",
                  "PSI above 0.25", "41 percent", "24-hour rolling rate", "more than 3 points",
                  "2 or 3 drift alerts a month", "the 3 weeks the previous one went unnoticed",
                  "2-hour persistence rule")),
    J("monitoring", "safe-locks-never-got-round", "negated", S, 2, H,
      """so at the safe manufacturer, we had a model that predicted lock mechanism defects from the
      assembly data. monitoring, um, to be honest, we had the server in Grafana, CPU and memory and
      whether it was up. we talked about doing drift detection with Evidently but we never got
      round to it. and performance tracking against the real defect results, that was supposed to
      be the quality team's thing, I don't think they ever did it. alerts, no, there weren't any on
      the model itself, we'd hear about it if the line complained.""",
      flags=("infra-only", "alerts-unexplained"),
      maybe=("no-drift", "no-tools"),
      follow_ups=("when-to-retrain", "drift-difference")),
    J("monitoring", "flag-dye-off-target", "off-target", W, 1, H,
      """At a flag maker I built a model that predicts dye colour accuracy on polyester, so we could
      catch off-shade runs before printing. Before it went anywhere near production, I evaluated it
      thoroughly: a held-out test set from a different month, precision and recall for the
      off-shade class, a confusion matrix per fabric type, and a check that it didn't do worse on
      the rarer fabrics. We also had the colour technicians blind-review fifty predictions. Only
      once it passed all that did we sign it off, which is how you make sure a model performs
      well.""",
      flags=("no-drift", "alerts-unexplained", "no-tools"),
      follow_ups=("when-to-retrain", "drift-difference"),
      not_impact=("fifty predictions",)),
    # ------------------------------------------------------------------ iac-containers
    J("iac-containers", "spam-call-keyword", "keyword", W, 5, H,
      """At a spam-call blocking app, our model scores incoming calls in under 50 milliseconds, so
      infrastructure matters. Everything is Terraform: the VPC, the EKS cluster and its node groups
      including a GPU pool for training, the S3 buckets for data and models, IAM roles, and the
      managed Redis we use for number-reputation features. Modules are shared across dev, staging
      and prod, changes go through pull requests with the terraform plan posted as a comment, and
      state lives in a locked S3 backend. The model server is a Docker image with a multi-stage
      build - the exact Python, ONNX Runtime and our feature code baked in - so what we tested in
      staging is byte-for-byte what runs in production, and data scientists stop hearing 'works on
      my machine'. On Kubernetes it runs as a Deployment with resource requests and limits, a
      Horizontal Pod Autoscaler on requests per second for the evening call peaks, readiness probes
      so a pod only gets traffic after the model is loaded, and self-healing restarts. Secrets come
      from AWS Secrets Manager via the External Secrets operator. Training jobs run as Kubernetes
      Jobs on spot GPU nodes that scale to zero when idle. Moving from hand-built VMs to this cut
      our infrastructure bill by about a third and made a new region a one-day job instead of
      three weeks.""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("cut our infrastructure bill by about a third",
              "a one-day job instead of three weeks"),
      not_impact=("under 50 milliseconds",)),
    J("iac-containers", "benefits-claims-plain", "paraphrase", S, 5, H,
      """so at the benefits agency our model flags claims that probably need a caseworker's review,
      and it has to answer while the claim form is being submitted, so the setup underneath really
      matters. all of our servers, networks, storage, access permissions, the group of machines the
      model runs on, including a few graphics-card machines for training, are described in text
      files that live next to our code. nobody clicks around in a web console. a change to those
      files goes through review like any code change, the tool shows exactly what it will add or
      remove before it's applied, and the same files build our test area and the live one, so they
      can't quietly differ. then the model itself, we seal it into a self-contained package with
      the exact language release, libraries and our own code inside, so what we checked in testing
      is exactly what runs live, no more it-works-on-my-laptop. a scheduler spreads those packages
      over the machines, adds copies when the morning rush of claims comes in, only sends work to a
      copy once the model has finished loading, and restarts any that crash by itself. passwords
      and keys come from a locked store, never from the files. and the training jobs run on cheap
      spare machines that switch off when idle. compared with the old hand-built servers, that cut
      our hosting bill by about a third, and setting up a new site took one day instead of three
      weeks.""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("cut our hosting bill by about a third", "one day instead of three weeks"),
      equal_to="spam-call-keyword"),
    J("iac-containers", "sheet-metal-no-iac", "keyword", S, 3, H,
      """so at the sheet metal shop we had a model that reads the customer's drawings and, um,
      estimates bend and cut time for quoting. containers, yeah, that's where I'm strongest. the
      model's in a Docker image, slim base, pinned dependencies, we build it in CI and it's the
      same image on my laptop, in test and in prod, which matters because the geometry library we
      use is a nightmare to install. it runs on a k3s cluster on two machines in the office, with a
      deployment, resource limits so the model doesn't starve the other apps, liveness probes, and
      it scales out to three replicas when the quoting team's busy. the cluster and the VMs
      themselves, honestly, I set those up by hand, there's a wiki page with the steps. that paid
      off though, quotes that took an estimator half a day now come back in minutes.""",
      flags=("no-iac",),
      follow_ups=("managed-vs-self-hosted", "resource-utilization", "secrets"),
      impact=("now come back in minutes",),
      not_impact=("two machines", "three replicas", "half a day")),
    J("iac-containers", "bagged-ice-unpinned", "misconception", W, 2, H,
      """At a bagged-ice producer we forecast demand per delivery route from weather forecasts and
      local events, so the freezers are stocked before a heatwave. Our infrastructure is defined in
      Terraform - the GKE cluster, Cloud Storage buckets, the service accounts - with plans reviewed
      in pull requests. The forecasting service runs on Kubernetes, with a CronJob for the nightly
      batch and a small API deployment for the planners, with autoscaling and resource limits. For
      the images, our Dockerfile starts from python:latest and runs pip install on an unpinned
      requirements list. That's fine because the Dockerfile is in Git: the same Dockerfile always
      builds the same image, so the container is what gives us reproducibility and we don't need
      to maintain pin files. It also means we automatically pick up the newest library fixes on
      every build.""",
      maybe=("container-benefits-missing",),
      follow_ups=("secrets", "resource-utilization", "managed-vs-self-hosted"),
      misconception=("the same Dockerfile always builds the same image, so unpinned base images "
                     "and dependencies are still reproducible")),
    J("iac-containers", "school-photos-spoken", "spoken", S, 4, H,
      """um, right, so at the school photography company we had a model that, uh, picks the best
      frame of each kid, eyes open, smiling, that kind of thing, and in autumn we'd do, like,
      millions of photos in a few weeks. so the infrastructure, we wrote it all in Terraform, the,
      um, the Kubernetes cluster on GKE, the buckets, the node pools, including a GPU pool that's
      basically zero all summer and scales up in September. the model runs in a Docker image, and,
      you know, that was the big win, before that every photographer's laptop had a different CUDA
      and different results. and Kubernetes just, uh, handles the scaling, jobs pull a batch of
      photos each, if a node dies the job gets rescheduled. the downside, honestly, GPU nodes on
      GKE took ages to come up, so we kept a small warm pool. secrets, the bucket keys and stuff,
      were in Secret Manager.""",
      follow_ups=("resource-utilization", "managed-vs-self-hosted", "secrets"),
      not_impact=("millions of photos",)),
    J("iac-containers", "body-shop-numbers", "numbers", W, 4, H,
      """At a chain of car body repair shops, our model estimates repair cost from customers' damage
      photos. Infrastructure is about 3,400 lines of Terraform across 14 modules, covering 2 AKS
      clusters, storage, networking and Key Vault, with every change planned in CI. The inference
      image is 1.8 GB, built in multiple stages, and the same image runs in staging and production,
      so a pricing bug can always be reproduced. On Kubernetes each pod requests 2 CPUs and 4 GB,
      scaling between 3 and 20 replicas on queue length; training runs on a node pool of 4 GPUs
      that scales to zero overnight. Results: environment setup for a new shop region went from 2
      weeks to 40 minutes, compute cost fell 38 percent after right-sizing requests, and p95
      estimate time dropped from 11 seconds to 2.5 seconds. We now handle roughly 9,000 estimates
      a day, against 1,200 when the system was a single VM.""",
      follow_ups=("resource-utilization", "managed-vs-self-hosted", "secrets"),
      impact=("from 2 weeks to 40 minutes", "compute cost fell 38 percent",
              "from 11 seconds to 2.5 seconds"),
      not_impact=("about 3,400 lines of Terraform", "14 modules", "2 AKS clusters", "1.8 GB",
                  "2 CPUs and 4 GB", "between 3 and 20 replicas", "4 GPUs",
                  "roughly 9,000 estimates a day", "1,200 when the system was a single VM")),
    J("iac-containers", "dredging-it-team", "negated", W, 2, H,
      """At a dredging contractor I worked on a model that predicts how much sediment each dredger
      will move per shift from survey data and tides. Infrastructure as code was on the wish list -
      we looked at Terraform, but the IT department preferred to set up servers through their
      ticketing process, so we never used it. We also tried Docker once for the model, but the
      image wouldn't build on the office network, so in the end the model runs as a Python script
      on a Windows server with a scheduled task. Kubernetes was discussed for scaling, but that's
      really the IT team's area, not something I handled. It runs fine for the survey team.""",
      flags=("no-iac", "container-benefits-missing"),
      maybe=("docker-xor-kubernetes", "generic-no-examples"),
      follow_ups=("managed-vs-self-hosted", "secrets")),
    J("iac-containers", "portable-toilet-weak", "weak", S, 1, H,
      """yeah, so I've used Docker, and Terraform, and a bit of Kubernetes. at the portable toilet
      hire company we put the route model in Docker so it runs anywhere, and Terraform sets things
      up. it makes things more scalable and reliable. I'd say I'm comfortable with all of it.""",
      flags=("generic-no-examples", "container-benefits-missing"),
      maybe=("no-iac",),
      follow_ups=("secrets", "resource-utilization")),
    # ------------------------------------------------------------------ cloud-platform
    J("cloud-platform", "national-park-sagemaker", "keyword", W, 5, H,
      """I've used AWS SageMaker for three years at a national park authority, forecasting car park
      occupancy and trail crowding so rangers can open overflow sites and the website can steer
      visitors. Concretely: SageMaker Processing jobs clean the counter and booking data,
      SageMaker Feature Store holds our rolling visitor features so training and the online
      endpoint read the same values, training jobs run on spot instances with SageMaker
      Experiments tracking, SageMaker Pipelines chains it all with a condition step that only
      registers a model in the Model Registry if it beats the current one, and approved models go
      to a real-time endpoint with a blue/green update. Model Monitor compares live requests with
      the baseline and raises CloudWatch alarms. Strengths: it's deeply integrated with the rest of
      AWS - IAM, S3, CloudWatch - so security reviews were easy, and the managed endpoints scale up
      on bank holidays without us running servers. Weaknesses: cost is hard to predict, because
      idle endpoints and Studio notebooks left running quietly add up; the Pipelines SDK has a
      steep learning curve and debugging a failed step is slow; and we are locked in, since moving
      the pipeline definitions elsewhere would mean a rewrite. The Feature Store alone cut the time
      to add a new feature from about a week to a day.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("from about a week to a day",),
      not_impact=("three years",)),
    J("cloud-platform", "cereal-crispness-plain", "paraphrase", W, 5, H,
      """For three years at a breakfast cereal maker I used the machine-learning service of the
      biggest rented-computing provider, the one most companies already run on, to predict how
      crisp each production run of flakes will be from oven and moisture readings. What I used,
      part by part: its managed jobs for cleaning the sensor data; its shared store of ready-made
      inputs, so the training runs and the live prediction service read exactly the same values;
      training jobs on cheap spare machines, with every run's settings and scores recorded; its
      step-by-step workflow builder, which only files a new model in the service's model catalogue
      if it beats the current one; and its hosted prediction service, where a new model takes over
      from the old one in a single switch with the old one kept ready. Its built-in checker
      compares live requests with what the model learned on and raises a warning in the provider's
      logging service. Strengths: it fits tightly with the provider's permissions, storage and
      logging, so our security review was painless, and the hosted predictions grow and shrink
      with demand without us running machines. Weaknesses: the bill is hard to predict, because
      forgotten notebooks and idle prediction services quietly cost money; the workflow builder is
      hard to learn and slow to debug when a step fails; and leaving would mean rewriting
      everything, because the workflows only run there. The shared store of inputs alone cut the
      time to add a new input from about a week to a day.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("from about a week to a day",),
      not_impact=("three years",),
      equal_to="national-park-sagemaker"),
    J("cloud-platform", "coconut-databricks-one-sided", "other-tools", W, 3, H,
      """At a coconut processing company I ran our ML on Databricks on Azure, predicting copra
      moisture and oil yield per batch from dryer sensor data. We used Delta tables for the sensor
      history, with time travel to pin training data, Databricks Workflows to schedule feature
      jobs and training, the managed MLflow for experiments, Unity Catalog as the model registry
      with lineage back to the tables, Model Serving endpoints for the plants' yield app, and
      Lakehouse Monitoring on the inference tables. What I like is that data engineering and ML sit
      in one place: the same notebook that builds the features can train and register the model,
      permissions are handled once in Unity Catalog, and autoscaling clusters mean we don't manage
      Spark ourselves. It let a team of three run eleven models across four plants.""",
      flags=("one-sided",),
      follow_ups=("costs", "managed-vs-custom"),
      not_impact=("a team of three", "eleven models", "four plants")),
    J("cloud-platform", "mediation-vertex-self-healing", "misconception", S, 3, H,
      """so, um, at the family mediation service we used Google's Vertex AI, for a model that
      estimates which cases are likely to reach agreement so the intake team can prioritise. we
      used Vertex Pipelines for training, the model registry, and an online endpoint that the
      intake form calls. strengths, it's really well integrated with BigQuery where all our case
      data lives, and the AutoML tabular option gave us a decent baseline in a day. weaknesses, the
      docs are a bit scattered and the pipeline UI is slow. and on the ops side, the nice thing is
      it's fully managed, so once you turn on Vertex Model Monitoring, Google takes care of the
      model quality for you, it notices when the data shifts and retrains and swaps the model
      automatically, so we didn't need anyone on our side looking after it after launch.""",
      follow_ups=("managed-vs-custom", "costs"),
      misconception=("a managed platform's model monitoring retrains and replaces the model by "
                     "itself, so the provider owns model quality after launch")),
    J("cloud-platform", "foster-care-azure-spoken", "spoken", S, 4, H,
      """okay so, um, Azure ML, at a foster care agency, I used it for about two years. the model
      flags placements that might need an extra support visit, so, uh, social workers can plan
      their week. what we used, the workspace with compute clusters for training, the designer a
      little at first but then mostly the Python SDK v2, pipelines for the nightly feature build
      and training, the model registry, and managed online endpoints, with a blue-green traffic
      split when we swapped models. plus the data assets, which are versioned, that was nice for
      audits. strengths, honestly, the Entra ID integration, because this is really sensitive data
      and everything sat inside our tenant with private endpoints, the governance people loved
      that. weaknesses, the SDK changed a lot between v1 and v2 and half the examples online were
      the old one, and, um, the managed endpoint quota in our region was a pain, we had to raise
      tickets. and cost, you pay for endpoint instances even when nobody's using them at night.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      not_impact=("about two years",)),
    J("cloud-platform", "press-wholesale-numbers", "numbers", S, 4, H,
      """so newspaper and magazine wholesale, we predict how many copies of each title to send to
      each of about 28,000 shops, because unsold copies come back and cost us. platform was Vertex
      AI. we ran Vertex Pipelines nightly, about 1,400 titles, training took around 35 minutes on 8
      n1 machines, models in the Vertex Model Registry, and batch prediction writes 3 million rows
      to BigQuery every night. strengths, BigQuery integration and batch prediction scale, we never
      managed a server. weaknesses, pipeline step startup is slow, each step adds 2 or 3 minutes,
      and we're pretty locked in. also cost, our bill was about 9,000 dollars a month before we
      moved training to spot VMs. results: returns went down 12 percent in the first year, and the
      monthly bill fell to about 5,500 dollars.""",
      follow_ups=("costs", "managed-vs-custom"),
      impact=("returns went down 12 percent in the first year", "fell to about 5,500 dollars"),
      not_impact=("about 28,000 shops", "about 1,400 titles", "around 35 minutes",
                  "8 n1 machines", "3 million rows", "2 or 3 minutes",
                  "about 9,000 dollars a month")),
    J("cloud-platform", "detergent-ec2-only", "negated", S, 2, H,
      """um, so at the detergent manufacturer, we were on AWS, but honestly we didn't really use
      SageMaker. we looked at SageMaker Pipelines and the feature store, did a proof of concept,
      but it was decided it was too expensive, so the model, it predicts the viscosity of each
      batch, just runs on an EC2 instance with a cron job and reads from S3. the MLOps platform
      side, if there was one, was the central IT team's job. so strengths and weaknesses, I mean,
      AWS is reliable, it scales, it's got everything, I couldn't really say much about the
      ML-specific bits.""",
      flags=("basic-services-only", "no-feature-knowledge"),
      maybe=("one-sided", "generic-platform"),
      follow_ups=("managed-vs-custom", "costs")),
    J("cloud-platform", "sandwich-generic-weak", "weak", W, 1, H,
      """At a sandwich manufacturer we used the cloud for our machine learning, mainly AWS. The
      cloud is great because it's scalable, flexible and you only pay for what you use, and there
      are lots of services for ML. The main downside is that it can get expensive if you're not
      careful. Overall I'd recommend a managed platform to most teams.""",
      flags=("generic-platform", "no-feature-knowledge"),
      maybe=("basic-services-only", "one-sided"),
      follow_ups=("costs", "managed-vs-custom")),
    # ------------------------------------------------------------------ challenging-project
    J("challenging-project", "galvanising-skew-keyword", "keyword", W, 5, H,
      """Situation: at a hot-dip galvanising plant we had a model that predicts zinc coating
      thickness from bath temperature, dip time and steel chemistry, so operators can adjust the
      withdrawal speed. It was accurate offline but useless live: predictions were off by up to
      twice the tolerance. Task: I was the MLOps engineer asked to make it reliable in production
      within a quarter. Action: I traced the gap to training-serving skew - training used cleaned,
      averaged sensor values from the historian, while the live service computed features from raw
      readings with a different time alignment. I moved all feature logic into a Feast feature
      store so both paths read the same definitions, added Great Expectations checks on incoming
      sensor data, versioned the training data with DVC, packaged the model in Docker behind a
      GitLab CI pipeline with an evaluation gate, and set up Evidently drift reports plus Grafana
      alerts on prediction error once the lab thickness measurements arrived. I also agreed a
      weekly review with the plant engineers so they had a say in the thresholds. Result: live
      error fell by 60 percent, zinc overuse dropped 8 percent, which paid for the project in four
      months, and model updates went from a manual week to an afternoon.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("live error fell by 60 percent", "zinc overuse dropped 8 percent",
              "paid for the project in four months", "from a manual week to an afternoon"),
      not_impact=("up to twice the tolerance", "within a quarter")),
    J("challenging-project", "sea-wall-plain", "paraphrase", S, 5, H,
      """so the situation was, at the coastal defence authority we had a model that predicts how
      much water comes over the sea walls in a storm, so crews know where to put the temporary
      barriers. on old data it looked great, but in real storms it was badly off, up to double
      what we could accept. my job, I was the engineer responsible for running it, and I had until
      the winter to make it trustworthy. what I found was the training data had been tidied and
      averaged from the archive, but the live system was working out its inputs from raw gauge
      readings lined up differently in time, so the model was basically seeing different numbers
      live. so I put all the input calculations in one shared place that both training and the
      live system use, added automatic checks on the incoming gauge data, kept a fixed copy of
      every training set, sealed the model with its libraries into one package, and made every new
      model go through automatic tests and a comparison with the current one before it could go
      live. then I set up a weekly check of the predictions against what the gauges actually
      measured, with a message to the team if it slipped. and I met the field engineers weekly so
      they helped set the limits. result, live error fell by 60 percent, false call-outs for the
      crews dropped by a third, and getting a fix out went from a manual week to an afternoon.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("live error fell by 60 percent", "false call-outs for the crews dropped by a third",
              "from a manual week to an afternoon"),
      not_impact=("up to double what we could accept",),
      equal_to="galvanising-skew-keyword"),
    J("challenging-project", "rugby-gps-plain-result", "plain-result", W, 3, H,
      """At a professional rugby club I looked after the model that turns GPS vest data into an
      injury-risk score for each player, which the conditioning coaches used to plan training
      loads. The challenge was that the vests were upgraded mid-season and the new firmware
      reported accelerations differently, so the model's scores jumped and the coaches stopped
      trusting it. I added validation on incoming vest data that compared each session's
      distributions with the previous month and blocked scoring when the shape changed, built a
      mapping between old and new firmware readings from sessions where players wore both,
      retrained on the combined data with MLflow tracking, and redeployed through our existing
      GitHub Actions pipeline with a comparison against the old model. I also wrote a one-page note
      for the coaches explaining what had changed. In the end the scores settled down, the coaches
      went back to using them every week, and when the next firmware update came we caught it on
      the first day instead of weeks later.""",
      flags=("no-quantified-impact",),
      follow_ups=("stakeholders", "do-differently", "biggest-learning")),
    J("challenging-project", "first-aid-training-accuracy", "misconception", W, 2, H,
      """At a first aid training company we had a model that predicts which booked learners will not
      turn up, so trainers can overbook courses slightly. The challenge came when we moved bookings
      to a new system: no-show predictions went haywire and trainers were turning people away. I
      owned the fix. I rebuilt the data extraction from the new booking system, mapped the old and
      new fields, and set up a nightly Airflow job that retrains the model on everything up to the
      previous day, packaged in Docker and released through our CI pipeline. To prove each nightly
      model is healthy, the job checks its accuracy on the data it was just trained on and only
      publishes if that stays above 95 percent; since we added that gate it has passed every single
      night, so we know the problem is solved. Trainer complaints about turned-away learners
      stopped within a month.""",
      maybe=("no-quantified-impact",),
      follow_ups=("do-differently", "biggest-learning"),
      misconception=("accuracy on the data the model was just trained on proves it is healthy "
                     "in production"),
      not_impact=("above 95 percent",)),
    J("challenging-project", "inspectorate-result-first", "reordered", S, 4, H,
      """so the end result was that our risk model for deciding which schools to inspect first went
      from being rebuilt by hand twice a year to updating itself every month, and inspectors
      stopped getting flagged schools that had already closed, that was, um, about one in twenty
      flags before. how we got there, I put the whole thing into an Airflow pipeline, data checks
      on the school census and exam data, training with MLflow tracking, a comparison against the
      current model, and then it publishes the ranked list, all in a docker image on our
      kubernetes cluster. the hard part was, um, the data, the school identifiers change when
      schools merge or become academies, so I built a lookup of old and new IDs and a test that
      fails the run if a school appears twice. and the task was mine because the analyst who built
      it had left. the situation, so, I'd joined the schools inspectorate, and this model was a
      folder of scripts and nobody could rerun it.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("from being rebuilt by hand twice a year to updating itself every month",),
      not_impact=("about one in twenty flags before",)),
    J("challenging-project", "au-pair-matches-numbers", "numbers", W, 4, H,
      """At an au pair agency with about 3,000 placements a year, our model predicts which family
      and au pair matches are likely to break down in the first 8 weeks, so coordinators can check
      in early. The challenge: the model ran in a notebook refreshed every 6 months, and by the
      time I joined, 1 in 5 flagged matches had already ended. I set up a weekly Prefect flow with
      data checks on 35 profile fields, MLflow tracking, an evaluation gate requiring recall above
      0.7 on the last 12 weeks, and a Docker-packaged scoring service on a 3-node Kubernetes
      cluster. Drift checks run on each weekly batch of roughly 60 new matches. Results after a
      year: early breakdowns fell from 14 percent to 9 percent of placements, coordinators' time on
      manual review dropped by 6 hours a week, and refreshing the model went from a 2-day manual
      job to a 20-minute automated run.""",
      follow_ups=("do-differently", "stakeholders"),
      impact=("from 14 percent to 9 percent of placements", "dropped by 6 hours a week",
              "from a 2-day manual job to a 20-minute automated run"),
      not_impact=("about 3,000 placements a year", "first 8 weeks", "every 6 months",
                  "1 in 5 flagged matches", "35 profile fields", "recall above 0.7",
                  "last 12 weeks", "3-node Kubernetes cluster", "roughly 60 new matches")),
    J("challenging-project", "addiction-dropout-not-us", "negated", S, 2, H,
      """so, the challenging one, at an addiction treatment provider we had a model predicting which
      clients might drop out of their programme. and it was, honestly, a mess, but not really
      because of us. the data engineering team kept changing the tables without telling us, so the
      model broke every few weeks. we asked for a feature store and data validation but that was
      their job and it never happened. deployment was the platform team's thing, they never gave
      us a proper pipeline, so we couldn't retrain easily. I flagged it a lot in meetings. in the
      end the project was paused, which I think was the right call given the support we had.""",
      flags=("blame", "no-quantified-impact"),
      maybe=("vague",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders")),
    J("challenging-project", "matchstick-model-tuning", "off-target", S, 1, H,
      """um, the most challenging one was at a matchstick factory, we were trying to predict, uh,
      which batches of match heads would fail the strike test. and the data was really imbalanced,
      like very few failures, so I tried, you know, SMOTE, class weights, then I switched from
      random forest to XGBoost and tuned it for ages, and I engineered features from the humidity
      and the, um, the chemical mix. and eventually the F1 got a lot better, so, yeah, I was pretty
      happy with that model.""",
      flags=("no-mlops-intersection", "no-quantified-impact"),
      maybe=("vague",),
      follow_ups=("do-differently", "biggest-learning")),
]
