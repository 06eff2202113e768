"""A fifteenth labelled set of interview answers, written BLIND: the new untouched holdout.

Since the seventeenth scoring pass (2026-12-05, afternoon) its errors have been read, so it is tuning
data now; the rules below describe how it was written. The untouched holdout is
``judgement_answers_fresh16``.

Provenance and rules
--------------------
* Written blind by a separate helper session on 2026-12-04. That session read only: the interview
  guide (shared/seed/000_03ac0d1b1b231269.txt, all of it, with ``cat``); in ``questions/guide.toml``
  the question ids and prompts, the red-flag ids and wording and the follow-up ids and wording
  (printed by a small ``tomllib`` script in /tmp that accessed exactly ``data["question"]`` and, per
  question, ``id``, ``prompt``, ``red_flag[*].id`` / ``.text`` and ``follow_up[*].id`` / ``.text``,
  and printed those fields and nothing else); the module docstring, ``KINDS`` / ``CORE_KINDS`` /
  ``STORY_KINDS`` / ``QUESTIONS`` constants, ``Judged`` dataclass, ``J`` helper and ``W, S, T, H``
  constants of ``judgement_answers.py`` (``sed -n '1,/^ANSWERS/p'``, not its answers); the module
  docstring and import lines of ``judgement_answers_fresh13.py`` (the same ``sed`` range, which
  stops at the ``ANSWERS`` line; the model for this file's structure, slot plan and docstring); and
  parts of the same permitted range of ``judgement_answers_fresh4.py`` to ``_fresh12.py`` (none of
  their answers), to collect the industries already used. A ``test -e`` of this file's own path
  confirmed it did not exist yet, and ``date +%F`` was run (together with a ``grep`` for the word
  "fresh13" over the ``_fresh13`` range, which found nothing).
* Reading slips, stated honestly: none that went beyond the list above. For completeness: the
  earlier sets' ranges were not printed whole but filtered, first with an ``awk`` over each ``sed``
  range of ``_fresh4`` to ``_fresh12`` that printed from the first line mentioning "industr" to the
  next "Slot" line (cut at 40 lines with ``head``); for ``_fresh9`` to ``_fresh12`` that first line
  fell inside their provenance sections, so some of their provenance lines were shown too (notes on
  their own reading slips, their checks and outcomes, a ``_fresh9`` note on rewording a
  paraphrase, a ``_fresh11`` note on a "backups" misconception); then a second ``awk`` over the
  same ranges of ``_fresh8``, ``_fresh10``, ``_fresh11`` and ``_fresh12`` showed their industry
  paragraphs whole (from "Field meanings" to "Slots per question"). Still nothing past any
  ``ANSWERS`` line. The permitted docstrings seen mention earlier sessions' own reading slips (key
  names of ``guide.toml`` tables, scorer file names), but this session did not open any of those
  things. No scorer code was read, and no key names or values of ``guide.toml`` beyond the fields
  above were printed (no concepts, aliases, descriptions, examples, misconceptions, rules, cues,
  triggers or stages). The industries of ``judgement_answers.py`` and of ``_fresh`` / ``_fresh2``
  / ``_fresh3`` were not visible (their answers were not read, and the latter three were not opened
  at all); the industries below avoid those listed in ``_fresh4`` to ``_fresh13`` and, as far as
  judged, their obvious neighbours. No directory listing of ``tests/`` or any other folder was
  made. Every answer's wording, scenario and misconception is this session's own; the one
  "backups" answer here is a short weak answer following the guide's own red flag.
* The session did not read ``voice_interviewer/``, ``benchmarks/``, ``scripts/``, other tests,
  README files, the git log or git diffs, or the answers of any other ``judgement_answers*.py``
  or ``scoring_answers*.py`` file, ran no git command, and did not run ``voice-interviewer score``,
  any scorer, benchmark or test on these answers. Nothing was scored. The only things run on this
  file were a structural well-formedness check written by this session in /tmp and deleted
  afterwards (the module imports with ``PYTHONPATH=tests`` on the project's ``.venv`` Python,
  names unique per question, questions in ``QUESTIONS``, kinds in ``KINDS``, styles in ``W`` /
  ``S``, tiers 1 to 5, splits are holdout, flag / maybe / follow-up ids exist among that question's
  red-flag / follow-up ids in ``guide.toml`` (read by the same field-limited ``tomllib`` access as
  above), flags and maybe disjoint, at least one follow-up, impact / not_impact phrases occur
  verbatim in the text, ``equal_to`` targets exist with the same tier, misconception answers carry
  a ``misconception``, 8 answers per question, 28 spoken, 4 spoken per question, plus a word
  count), and a plain regex written by this session (case-insensitive, word-boundary prefix
  matches) confirming the paraphrases avoid terms such as "drift", "pipeline", "version",
  "container", "monitor", "registry", "deploy", "retrain", "dashboard", "alert", "canary",
  "feature store", "CI/CD", "A/B", "MLOps", "orchestration", "artifact", "shadow", "rollback" /
  "roll back", "rollout", "endpoint" and tool, cloud and vendor names (its list also held extra
  terms such as "cloud", "GPU", "Python", "Slack", "notebook", "PSI", "SDK" and a bare "CI" and
  "ML"). Neither scores anything. Outcomes: the structural check found no error on its first run
  (56 answers, 8 per question, 28 spoken with 4 per question; word counts 51 to 259, median
  156.5), and the regex found no hit in any of the seven paraphrases on its first run, so no text
  was reworded and no label or text was changed after either check. The only edits after the
  checks were filling in this docstring (provenance, industries, slot plan), after which both
  checks were run once more (same results), plus a ``py_compile`` of the file and an ``awk``
  count of source lines longer than 100 characters (none); the bytecode file for this module
  that ``py_compile`` wrote under ``tests/__pycache__`` was then deleted.
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
in all: robo-advisors, regional tourist boards, horoscope apps, desert locust swarm forecasting,
TV shopping channels, GP surgeries, pigeon racing federations, office water-cooler rental,
hard-disk drive manufacturing, soil testing laboratories, citizen science platforms, central bank
statistics, address data providers, brush manufacturing, app crash reporting tools, film
equipment rental, in-car infotainment, queue management systems, dyslexia screening services,
mystery shopping agencies, CNC machine tool makers, webcomic platforms, gasket manufacturing,
financial ombudsman services, autonomous trucking, stadium crowd safety, robotic lawn mowers, VR
headset makers, data labelling vendors, power line inspection, vehicle licensing agencies,
refugee aid agencies, app store review, landmine clearance charities, fact-checking
organisations, reindeer herding cooperatives, power transformer manufacturing, short-video social
apps, electronic shelf-label makers, brain-computer interface start-ups, rail freight wagon
leasing, oil spill response, defence vehicle fleets, carbon-fibre composite parts, circuit board
assembly, digital billboard networks, barrel cooperages, online petitions platforms, lubricant
blending plants, police crime-report triage, vehicle crash test labs, air conditioner
manufacturing, quantum computing start-ups, marine salvage, borehole drilling contractors,
plagiarism detection services).
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
spread over several slots, not only the spoken one (paraphrase, keyword, partial, misconception,
numbers, negated, weak and off-target answers are spoken too).
"""

from __future__ import annotations

from judgement_answers import H, J, Judged, S, W

ANSWERS: list[Judged] = [
    # ------------------------------------------------------------------ lifecycle
    J("lifecycle", "robo-advisor-keyword", "keyword", W, 5, H, """
      At a robo-advisor I owned the lifecycle for our risk-tolerance model, the one that maps a
      client's questionnaire and account behaviour to a portfolio band. It starts with data:
      questionnaire answers and transaction histories land in Snowflake, we build features with dbt
      and register the shared ones in a Feast feature store so training and the live advice service
      compute them identically, and every training snapshot is pinned with DVC. Experimentation
      happens in notebooks, but every run is logged to MLflow with parameters, metrics and the data
      hash, and a candidate only becomes a registered model version once it clears a suitability
      review; that is the line between experimental work and something we put in front of
      clients. A GitHub Actions pipeline then runs data validation, unit tests and a fairness check
      across age bands, builds a Docker image and deploys to Kubernetes as a canary on 5% of new
      sign-ups before full rollout; the previous version stays warm, so rollback is one command.
      In production we monitor latency in Prometheus and Grafana and watch input drift on the
      questionnaire distributions with Evidently, and when drift or complaints cross a threshold an
      Airflow job retrains on the latest window and the cycle starts again. That loop cut our time
      from approved idea to live model from about six weeks to eight days.
      """,
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("from about six weeks to eight days",),
      not_impact=("5% of new sign-ups",)),
    J("lifecycle", "tourist-board-plain", "paraphrase", W, 5, H, """
      I work for a regional tourist board, and the model I look after predicts which visitors are
      likely to book a return trip, so we can time our offers. The work runs as a loop. First the
      data: booking records and survey answers are collected each night, cleaned and turned into
      the inputs the model needs, and we keep one shared definition of each input so the training
      code and the live service calculate them the same way. Every training set is frozen and
      labelled, so we can always say exactly which data a model learned from. Trying ideas is
      free-form, but every experiment is written down automatically, with its settings, scores and
      data, and nothing moves towards the live service until it passes a written review; a
      promising experiment is not a product. When something is approved, automatic checks run: the
      incoming data is checked for gaps and odd values, the code is tested, and we compare results
      across visitor groups so it isn't unfair to any of them. It is then packaged with everything
      it needs and switched on for a small slice of visitors first, with the old model kept ready
      so we can switch back within minutes. Once live, we watch response times and whether the
      visitors coming in still look like the ones we trained on; when that shifts past an agreed
      limit, a scheduled job rebuilds the model on recent data and the loop begins again. Going
      from approved idea to live used to take about six weeks; now it takes eight days.
      """,
      maybe=("generic-no-tools",), follow_ups=("drift", "rollback", "feature-store"),
      impact=("used to take about six weeks; now it takes eight days",),
      equal_to="robo-advisor-keyword"),
    J("lifecycle", "horoscope-app-no-monitoring", "keyword", W, 3, H, """
      Our horoscope app personalises the daily reading order, which sign content, tarot pull or
      compatibility piece you see first, with a ranking model. The lifecycle as I run it: raw
      events come from Segment into BigQuery, I version the training extracts with DVC so every run
      points at an exact snapshot, and feature code lives in the same repo as the model.
      Experiments are tracked in MLflow, and we keep a hard line between notebook experiments and
      anything promoted: a promoted model must have a registered version, a reproducible training
      run from the pipeline and an offline NDCG that beats the current one. Promotion triggers a
      GitLab CI job that runs tests, builds a Docker image and ships it to Cloud Run behind a 10%
      traffic split for a week, and we compare open rates before sending everyone to it. Honestly,
      after that it mostly just runs: we retrain when someone on the product side asks, maybe
      twice a year, and we'd notice problems when engagement dips in the weekly business review.
      """,
      flags=("omits-crucial-steps",), follow_ups=("drift", "rollback"),
      not_impact=("10% traffic split for a week", "maybe twice a year")),
    J("lifecycle", "locust-forecast-weekly-retrain", "misconception", S, 2, H, """
      so um, we forecast where desert locust swarms are likely to breed, for a, uh, a regional
      plant protection agency, using rainfall, soil moisture from satellites and field survey
      reports. the lifecycle, so, you've got data collection, we pull the satellite layers and the
      survey reports every week, we keep the datasets in DVC, then training and experiments in
      MLflow, then we containerise the model with docker and it goes out as a batch job on
      kubernetes that writes the risk maps. and the thing i'm quite proud of is we retrain every
      single week on the newest data, automatically, so honestly we don't really need monitoring
      for the model itself, like drift can't build up because the model is never more than seven
      days old, it's always fresh. we just check the job finished. and then the maps go to the
      field teams and they, you know, decide where to send the spray crews.
      """,
      flags=("omits-crucial-steps",), follow_ups=("drift", "rollback"),
      misconception="scheduled weekly retraining makes production model monitoring unnecessary",
      not_impact=("never more than seven days old",)),
    J("lifecycle", "tv-shopping-spoken", "spoken", S, 4, H, """
      right so at the shopping channel, the model decides, um, how many units of each product we
      put on air and what the presenter's stock countdown says, it's basically a demand forecast
      per airing. the way it flows is, the call-centre and web orders and the airtime schedule land
      in the warehouse, we version those training snapshots in DVC, then the data scientists
      experiment in notebooks and log everything to MLflow. the important bit for me is the jump
      from experiment to production, nothing goes live from a notebook, it has to get rebuilt by
      the training pipeline in Airflow and registered in the MLflow registry. then CI runs tests
      and builds a docker image, we put it out behind a canary for one evening's shows and compare
      it to the old one, and if it's worse we flip back. in production we watch forecast error per
      category in grafana, plus drift on the product mix, because a new beauty brand can throw it
      off, and retraining gets kicked off when error crosses a threshold. yeah so it's a loop, it
      doesn't really end.
      """,
      follow_ups=("drift", "rollback", "feature-store")),
    J("lifecycle", "gp-surgeries-numbers", "numbers", S, 4, H, """
      ok so for a group of forty-two GP surgeries we predict which booked appointments will be
      no-shows, so reception can, um, double-book the risky slots. the lifecycle, so data first:
      about 1.8 million past appointments, pulled nightly, and we snapshot each training set with
      DVC, we're on like snapshot number 31. training, we tried maybe 60 experiments in MLflow
      before we settled on gradient boosting, and the production bar was, it had to beat the old
      rule of thumb by at least 5 points of recall at the same precision. then CI in GitHub
      Actions, docker image, and we put it on 4 surgeries first for 3 weeks as a canary before the
      other 38. monitoring in grafana, drift checks with a PSI threshold of 0.2, and a monthly
      retrain. results, no-show losses went down from about 9% of slots to 6.5%, and, um, the
      release time for a new model went from a month to two days.
      """,
      follow_ups=("drift", "rollback"),
      impact=("no-show losses went down from about 9% of slots to 6.5%",
              "the release time for a new model went from a month to two days"),
      not_impact=("forty-two GP surgeries", "about 1.8 million past appointments",
                  "snapshot number 31", "maybe 60 experiments", "at least 5 points of recall",
                  "4 surgeries first for 3 weeks", "the other 38", "a PSI threshold of 0.2")),
    J("lifecycle", "pigeon-racing-never-did", "negated", S, 2, H, """
      yeah, so at the federation we had a model that flags suspicious race times, like birds that
      clock in implausibly fast, which usually means a timing-ring problem or, well, cheating.
      honestly the lifecycle was pretty thin. we trained it in a notebook, pickled it, and one of
      the volunteers' scripts loads it on the results server. we never got round to data
      versioning, we talked about DVC but it didn't happen. there's no monitoring on it as such, if
      it starts flagging weird stuff the race secretaries just ring us. retraining, we kept saying
      we'd automate it but we never did, it's been the same model for two seasons. and um
      deployment is copying the file over. so I know the theory, feature store, canary, all that,
      but we didn't really do any of it.
      """,
      flags=("omits-crucial-steps", "no-production-distinction"),
      maybe=("stages-not-connected", "generic-no-tools"), follow_ups=("drift", "rollback"),
      not_impact=("two seasons",)),
    J("lifecycle", "water-cooler-tool-salad", "weak", W, 1, H, """
      The MLOps lifecycle is basically MLflow, Kubeflow, Airflow, Docker, Kubernetes, Feast,
      Seldon, Prometheus and Grafana. At the water-cooler rental company we use most of those,
      plus SageMaker for some things. You train, you deploy, you monitor. It's all about
      automation and having the right stack, and then it just runs itself.
      """,
      flags=("generic-no-tools", "stages-not-connected", "omits-crucial-steps"),
      maybe=("no-production-distinction",), follow_ups=("feature-store", "drift")),
    # ------------------------------------------------------------------ reproducibility
    J("reproducibility", "disk-drive-keyword", "keyword", W, 5, H, """
      At a hard-disk drive plant we predict which head-disk assemblies will fail burn-in from the
      test-station signals, and because a bad model means scrapping good drives, quality auditors
      regularly ask us to recreate a past decision. So we version four things and tie them
      together. Code is in Git, and every training run is launched from a tagged commit. Data: the
      test-station extracts are tens of terabytes, so we don't copy them; DVC tracks content hashes
      and points at immutable Parquet partitions in S3 with object versioning switched on, and the
      training set is defined by a DVC file listing exact partitions. Environment: training and
      serving use the same Docker image, built from a conda-lock file with CUDA and library
      versions pinned, and the image digest is recorded. Model: MLflow logs parameters, metrics,
      the Git SHA, the DVC data hash and the image digest, and the model goes into the MLflow Model
      Registry with a model card describing intended use and known weak spots. Last year a line in
      Penang saw false scrap rise; from the registry entry we rebuilt the exact training run, got
      matching metrics, and showed the cause was a firmware change in the test stations rather than
      our model, which closed the audit in two days instead of the usual three weeks.
      """,
      follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("closed the audit in two days instead of the usual three weeks",),
      not_impact=("tens of terabytes",)),
    J("reproducibility", "soil-lab-plain", "paraphrase", S, 5, H, """
      so at the soil lab we predict nutrient levels from the, um, the spectrometer scans so farmers
      get results faster, and regulators can ask us to redo any past result, so being able to
      rebuild a model exactly really matters. we keep four things tied together. the code, every
      training run starts from a marked, named point in the code history, never from someone's
      laptop copy. the data, the scans are huge, so we don't make copies, we keep a fingerprint of
      each file and the files themselves are write-once, nobody can change them in place, and the
      training set is just a short list of exactly which files, by fingerprint. then the software
      setup, training and the live service run inside the exact same sealed bundle of libraries,
      every library pinned to an exact release, including the maths libraries for the graphics
      cards, and we record the bundle's fingerprint too. and for the model itself we record the
      settings, the scores, the code point, the data fingerprint and the setup fingerprint, and we
      write a short plain description of what it's for and where it's weak. when a batch of
      results got queried last year we rebuilt the exact training run from those records, got the
      same scores, and showed the problem was a recalibrated scanner, not the model, so the query
      was closed in two days instead of about three weeks.
      """,
      maybe=("tool-unfamiliar",), follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("the query was closed in two days instead of about three weeks",),
      equal_to="disk-drive-keyword"),
    J("reproducibility", "citizen-science-no-environment", "keyword", S, 3, H, """
      yeah so we run a platform where volunteers classify, um, galaxy images and camera-trap
      photos, and we train models to pre-sort the images so volunteers see the interesting ones
      first. for reproducibility we're pretty strict on the data side, so every labelled export is
      a DVC snapshot, the consensus labels change as more volunteers vote so we freeze them with a
      date and a hash. code's in git obviously, and every training run logs to MLflow with the git
      commit, the DVC hash and all the hyperparameters, and models go in the MLflow registry with a
      stage. so in principle any model points back to its exact data and code. the environment,
      um, people just pip install from a requirements file on whatever machine they're on, the GPU
      box or their laptop, and it's mostly fine, we haven't really had issues with that.
      """,
      flags=("environment-ignored",), follow_ups=("dependencies", "large-datasets")),
    J("reproducibility", "central-bank-query-is-data", "misconception", W, 2, H, """
      I build nowcasting models for a central bank's statistics department, estimating this
      quarter's household consumption before the official figures are out. For reproducibility,
      every model's code is in Git with a tagged release, the training environment is a pinned
      Docker image, and each run is logged in MLflow with its parameters and metrics and registered
      as a model version. For data we don't need DVC or snapshots: our inputs come from the
      official statistical database, which is the authoritative record, so the training set is
      fully defined by the SQL query and the date range, and re-running the query gives you the
      same data. That keeps storage tiny and means a model version is completely described by
      commit, image and query. When an economist asks how a past nowcast was produced, we check
      out the tag and re-run it.
      """,
      maybe=("code-only",), follow_ups=("large-datasets", "model-card"),
      misconception="re-running a date-filtered query on the source database reproduces the "
                    "training data, so data needs no snapshot or versioning"),
    J("reproducibility", "address-data-spoken", "spoken", S, 4, H, """
      ok so we sell address data, like matching messy typed addresses to the, um, the canonical
      address list, and the matcher is a model. reproducibility, so, code in git, that's the easy
      part. the data's the hard bit because the address base changes every month, new builds,
      demolished ones, so we keep every monthly release as a DVC-tracked snapshot in S3 and the
      training set references the release by hash, not by 'latest'. the models, we use MLflow,
      every run has the git sha and the DVC hash logged and the good ones get registered, with a
      stage, staging, production. environment, we build one docker image per training run and
      keep it, because we got burned once when a tokenizer library upgrade changed how it split
      flat numbers and suddenly results didn't match. so yeah, any model in production I can tell
      you the exact code, data and image it came from, and rebuild it.
      """,
      follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "brush-factory-numbers", "numbers", W, 4, H, """
      At a brush factory we run a vision model that rejects toothbrush and paintbrush heads with
      missing tufts. Numbers first: 14 production lines, about 3 million images a week, a training
      set of 2.2 TB, and 23 registered model versions in the last two years. We version code in
      Git, data with DVC on top of an S3 bucket with versioning on, and models in the MLflow Model
      Registry; each registered version records the commit, the DVC hash and the Docker image
      digest, and the image pins Python, PyTorch and CUDA versions. Keeping a full copy per
      version would be silly, so DVC deduplicates: a new version adds only the new 40-60 GB of
      images. We keep every image and data version for at least 18 months because our retail
      customers' audits go back that far. Results: reproducing a model used to take one engineer
      about a week of archaeology, now it's a 40-minute scripted rebuild, and disputes over
      rejected batches fell from 11 a quarter to 2 because we could show the exact model and data
      behind each decision.
      """,
      follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("now it's a 40-minute scripted rebuild",
              "disputes over rejected batches fell from 11 a quarter to 2"),
      not_impact=("14 production lines", "about 3 million images a week",
                  "a training set of 2.2 TB", "23 registered model versions in the last two years",
                  "the new 40-60 GB of images", "at least 18 months",
                  "about a week of archaeology")),
    J("reproducibility", "crash-reporting-git-only", "negated", W, 2, H, """
      We build a crash-reporting SDK and backend, and the model groups incoming crash reports into
      issues so duplicates don't flood our customers. Reproducibility-wise, all our code is in Git
      and goes through pull requests, so every change is tracked and we can always get back to any
      commit. We looked at DVC and MLflow last year but didn't adopt either, because the data team
      felt they added process for not much gain, so training data is whatever is in the warehouse
      on the day, and the model file gets overwritten in place on the server when we retrain. We
      don't keep old models. Environments are whatever the training box has installed. It hasn't
      bitten us badly yet, and if it did, the Git history would show us what the code looked like.
      """,
      flags=("code-only", "environment-ignored"), maybe=("tool-unfamiliar",),
      follow_ups=("large-datasets", "dependencies")),
    J("reproducibility", "film-rental-backups", "weak", S, 1, H, """
      um so at the rental house we have a model that predicts which lenses and cameras come back
      damaged. for reproducibility, yeah, we back everything up, the whole server gets a nightly
      backup to another region, so if anything goes wrong we can restore it. and the code's on
      github. so we're covered really.
      """,
      flags=("backups-confusion", "code-only"), maybe=("tool-unfamiliar", "environment-ignored"),
      follow_ups=("large-datasets", "dependencies")),
    # ------------------------------------------------------------------ ml-cicd
    J("ml-cicd", "infotainment-keyword", "keyword", S, 4, H, """
      so I work on the voice assistant in the car, the intent model, like 'navigate home', 'turn
      the fan up', and what makes CI/CD different for ML is there are two things changing, the code
      and the data, and either can break you. so our pipeline, it's GitLab CI. on a code change we
      do the normal stuff, unit tests, lint, but we also run a tiny training on a fixture dataset
      to make sure training still works end to end. on a data change, new labelled utterances from
      the labelling vendor, we run Great Expectations checks first, schema, label distribution, no
      utterances leaking between train and test, then a full training job on Kubeflow Pipelines,
      then evaluation gates, overall accuracy but also per-language and per-accent slices, and if
      any slice drops more than a point it fails. the model goes into the MLflow registry, gets
      packaged into a docker image with the runtime, and we ship it to the test fleet, the
      engineering cars, as a canary before it goes into an over-the-air update. the difference
      from normal software really is the data tests and the model gates.
      """,
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      not_impact=("more than a point",)),
    J("ml-cicd", "queue-system-plain", "paraphrase", W, 4, H, """
      We make the ticket-and-screen systems you see in clinics and post offices, and our model
      predicts how long the person holding ticket 47 will wait. What makes automatic testing and
      release different for a model is that two things change, the code and the data, and either
      one can break the prediction. When the code changes we run the usual tests, and also a tiny
      training run on a small fixed sample to prove the whole training process still works from
      start to finish. When new data arrives we first check it automatically: are the columns what
      we expect, do the wait times look plausible, has any visit ended up in both the training and
      the test data. Only then does a full training run start on our shared training machines,
      followed by automatic quality gates: overall error, but also error for each branch type and
      for busy versus quiet hours, and if any group gets worse by more than half a minute the run
      fails. A model that passes is stored with its scores, sealed together with the exact software
      it runs on, and sent first to a handful of our own test sites before it goes out to every
      customer's system. The tests on the data and the gates on the model are what ordinary
      software releases don't have.
      """,
      maybe=("no-containers", "tools-unexplained"),
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      not_impact=("ticket 47", "more than half a minute"), equal_to="infotainment-keyword"),
    J("ml-cicd", "dyslexia-screening-no-containers", "keyword", W, 3, H, """
      We run an online dyslexia screening test for schools, and the model scores a child's reading
      and phonological tasks. Our ML CI/CD lives in GitHub Actions and differs from the web app's
      pipeline in three ways. First, data validation: each new batch of assessments is checked with
      Pandera for schema, impossible response times and age-band balance before it can be used.
      Second, training runs as a pipeline step rather than on someone's laptop, and its output is
      logged to MLflow. Third, evaluation gates: the new model must match the current one on
      sensitivity overall and within every age band and first-language group, because a drop for
      one group is a safeguarding issue, and a psychologist signs off the comparison report that
      the pipeline generates. If all that passes, the job copies the model file to our prediction
      server and restarts the service. We run the training on a single large VM, and the server's
      Python packages are updated by hand when needed.
      """,
      flags=("no-containers",), follow_ups=("ab-canary", "pipeline-metrics")),
    J("ml-cicd", "mystery-shopping-eval-catches-data", "misconception", S, 2, H, """
      so we score mystery shopper visit reports, um, we have a model that flags reports that look
      fabricated, like the shopper never actually went. for CI/CD, yeah we use Jenkins, and the ML
      part is, every week it pulls the new reports, retrains, and runs the evaluation on the
      holdout set, and if the F1 is at least as good as the current model it gets promoted
      automatically, docker image, pushed to kubernetes. we don't bother with separate data
      validation tests, because if the data was bad the model's F1 would drop and the gate would
      catch it, so the evaluation is basically the data test too. that keeps the pipeline simple.
      and the holdout is drawn from the same weekly pull, so it's always current.
      """,
      flags=("no-automated-testing",), follow_ups=("pipeline-metrics", "pipeline-challenge"),
      misconception="the model evaluation gate catches bad data, so data validation tests are "
                    "unnecessary (even with the holdout drawn from the same new data)"),
    J("ml-cicd", "cnc-spindle-spoken", "spoken", S, 4, H, """
      um so we build CNC machines and there's a model on the controller that predicts spindle
      bearing wear from vibration, so, the way our CI/CD differs from the firmware team's, they
      test code, we test code plus data plus the model. so the pipeline, it's GitHub Actions
      kicking off Argo Workflows on our kubernetes cluster. step one is data checks, we run, uh,
      Great Expectations on the new vibration recordings, sample rate right, no sensor dropouts,
      labels from the service engineers actually matching a real teardown. step two, train in a
      docker image that's the same one we use at inference. step three, evaluation, recall on the
      failures has to stay above what we have in the field and false alarms can't go up, and we
      also replay it against, like, a frozen set of nasty edge cases from customer sites. then it's
      signed and goes to our own test machines in the factory for two weeks before customers get it
      in the next controller update. the tricky bit honestly was getting labels, that took longer
      than all the tooling.
      """,
      follow_ups=("pipeline-challenge", "ab-canary", "pipeline-metrics"),
      not_impact=("for two weeks",)),
    J("ml-cicd", "webcomic-numbers", "numbers", W, 4, H, """
      I run the ML release process for a webcomic platform's 'next series to read' recommender. Our
      GitLab CI pipeline has 7 stages: lint and unit tests; data validation on the new day of
      reading events (we block if the null rate exceeds 0.5% or the event count falls more than 30%
      below the 7-day mean); training on Kubeflow; offline evaluation; packaging into a Docker
      image; a canary on 5% of readers for 48 hours; and full release. The offline gate requires
      recall@20 within 1% of the champion and no more than a 10% drop for any of the 12 genre
      slices; the canary gate is read-through rate, with a minimum of 200,000 sessions per arm. The
      pipeline runs about 40 times a month. When we started, a model release took 9 days of manual
      steps; now it takes 6 hours end to end, we've shipped 31 models this year instead of 4 last
      year, and read-through rate is up 7.5% since the first automated release.
      """,
      follow_ups=("pipeline-metrics", "ab-canary"),
      impact=("now it takes 6 hours end to end",
              "we've shipped 31 models this year instead of 4 last year",
              "read-through rate is up 7.5%"),
      not_impact=("7 stages", "exceeds 0.5%", "more than 30%", "the 7-day mean",
                  "5% of readers for 48 hours", "within 1% of the champion",
                  "no more than a 10% drop", "the 12 genre slices", "200,000 sessions per arm",
                  "about 40 times a month", "a model release took 9 days of manual steps")),
    J("ml-cicd", "gasket-platform-team", "negated", S, 2, H, """
      so, um, at the gasket plant I build the models, the one that predicts compression set from
      the rubber compound recipe and cure settings. the CI/CD side honestly that's the platform
      team's job, they have a Jenkins setup for all the plant software. I hand them a pickle file
      and a requirements.txt and they deploy it like any other service. we don't have data tests in
      there, no, and the model isn't re-evaluated in the pipeline, I check it in my notebook before
      I hand it over. they did talk about docker at some point but I don't think it's
      containerised. I'd like to learn more about that side.
      """,
      flags=("same-as-software", "no-automated-testing", "no-containers"),
      follow_ups=("pipeline-challenge", "pipeline-metrics")),
    J("ml-cicd", "ombudsman-web-app", "off-target", W, 1, H, """
      At the financial ombudsman service our complaint-handling system is a .NET web application,
      and we've got a very mature CI/CD setup for it. Every pull request runs in Azure DevOps with
      unit tests, integration tests and SonarQube quality gates, we deploy to a staging slot, run
      Selenium tests, and then swap slots into production with zero downtime. Releases go out every
      fortnight with a change advisory board sign-off. We have a complaint-categorisation model in
      the system too, and it goes through exactly the same pipeline as the rest of the code, which
      keeps things consistent.
      """,
      flags=("same-as-software", "no-automated-testing"),
      maybe=("tools-unexplained", "no-containers"),
      follow_ups=("pipeline-metrics", "pipeline-challenge")),
    # ------------------------------------------------------------------ iac-containers
    J("iac-containers", "autonomous-trucking-keyword", "keyword", W, 5, H, """
      At an autonomous trucking company I owned the infrastructure for the perception models:
      training jobs and off-vehicle services like scenario mining and auto-labelling. Everything is
      Terraform: VPCs, S3 buckets with lifecycle rules, IAM roles and EKS clusters, split into
      modules per environment with remote state in S3 and DynamoDB locking, and every change goes
      through a pull request with the terraform plan posted as a comment. On the cluster we use
      Helm charts, and Karpenter brings up GPU node pools only when training jobs are queued. Each
      model service is a Docker image built from a slim CUDA base with pinned CUDA and cuDNN
      libraries, so what passed evaluation is exactly what runs in production, and a new engineer
      can reproduce a training job locally. Kubernetes gives us rolling updates, liveness probes
      that restart a hung labelling worker, and resource requests and quotas that stop one team's
      job starving another. Secrets come from AWS Secrets Manager through the External Secrets
      operator, never baked into images. The concrete win: standing up a new region for our Texas
      depot used to be a two-week ticket; with the modules it was an afternoon, and GPU spend
      dropped 35% once idle node pools scaled to zero overnight.
      """,
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("with the modules it was an afternoon", "GPU spend dropped 35%"),
      not_impact=("a two-week ticket",)),
    J("iac-containers", "stadium-crowd-plain", "paraphrase", S, 5, H, """
      so I work for a company that does crowd safety for stadiums, we've got models that estimate
      crowd density from the camera feeds and warn stewards before a concourse gets dangerously
      packed. all of our servers, networks, storage and access permissions are written down as code
      files, not clicked together in a web console, so every change is a reviewed text change, and
      before anyone approves it we see a preview of exactly what will be created or destroyed. it's
      split into reusable building blocks, one set per environment, and the record of what exists
      is kept centrally and locked so two people can't change things at once. each model service is
      packed into a sealed, self-contained bundle with the exact libraries, including the maths
      libraries for the graphics cards, so what passed our tests is exactly what runs on match day,
      and a new starter can run the same thing on their own machine. then a scheduler spreads those
      bundles across a group of machines, restarts any that hang, swaps in new ones gradually with
      no gap in service, gives each team a fixed share so nobody starves anyone else, and adds
      graphics-card machines only when there's training work waiting. passwords come from a
      separate locked vault, never baked in. the payoff, setting up for a new stadium used to take
      two weeks, now it's an afternoon, and our graphics-card bill dropped 35% because idle
      machines switch off at night.
      """,
      maybe=("no-iac",), follow_ups=("secrets", "resource-utilization", "managed-vs-self-hosted"),
      impact=("now it's an afternoon", "our graphics-card bill dropped 35%"),
      not_impact=("used to take two weeks",), equal_to="autonomous-trucking-keyword"),
    J("iac-containers", "lawn-mower-no-orchestration", "keyword", W, 3, H, """
      We make robotic lawn mowers, and besides the on-device obstacle model we run back-end
      services: a fleet service that decides mowing schedules from weather and grass-growth
      predictions, and nightly retraining of the obstacle model from uploaded clips. All the
      infrastructure is Terraform, the VPC, RDS, S3 buckets for clips, IAM and the EC2 instances,
      reviewed through pull requests with plan output, with separate workspaces for staging and
      production. Every model and service is a Docker image: the trainer image pins PyTorch and
      CUDA so nightly training gives the same results as when someone reruns it, and the scheduler
      image is identical in staging and production, which ended a long run of 'works on staging'
      bugs. In production each service runs with docker compose on its own EC2 instance, and when
      load grows in spring we resize the instance. We haven't needed Kubernetes.
      """,
      flags=("docker-xor-kubernetes",),
      follow_ups=("resource-utilization", "managed-vs-self-hosted", "secrets")),
    J("iac-containers", "vr-headset-driver-in-image", "misconception", W, 3, H, """
      At a VR headset maker I run the infrastructure for training our hand-tracking models and
      serving the calibration service that the companion app calls. Terraform defines our GKE
      clusters, node pools, Cloud Storage buckets and service accounts, all in modules reviewed
      through pull requests. Each model ships as a Docker image, and Kubernetes handles
      scheduling, autoscaling and restarts; we use node selectors to put training on the A100 pool
      and serving on cheaper T4s. One thing I like about this setup is that the NVIDIA driver is
      baked into our image along with CUDA, so the image carries its whole GPU stack and we can
      schedule it on any node whatever the host has installed; driver mismatches simply can't
      happen any more. Secrets come from Secret Manager via workload identity. Moving from
      hand-built VMs to this cut the time to bring up a new training environment from days to
      under an hour.
      """,
      follow_ups=("resource-utilization", "secrets", "managed-vs-self-hosted"),
      misconception="the GPU kernel driver can live inside the container image, so the host's "
                    "driver no longer matters",
      impact=("from days to under an hour",)),
    J("iac-containers", "labelling-vendor-spoken", "spoken", S, 4, H, """
      so at the labelling company our, um, our ML side is pre-labelling, models draw the first-pass
      boxes and our annotators correct them, and we've got a separate model per customer project,
      so like forty-odd small models. the infrastructure is all in Terraform, we went with GKE, and
      honestly the main reason is the per-project isolation, each customer gets a namespace, its
      own bucket, its own service account, all from one Terraform module, so onboarding a project
      is basically filling in a variables file. the models are docker images, and the point of that
      for us is, a customer can audit exactly what ran on their data, and the annotation tool talks
      to the same image whether it's staging or prod. kubernetes scales the pre-labelling workers
      on queue length, with KEDA, so overnight when nobody's annotating it drops to almost nothing.
      it's not perfect, GPU sharing between tiny models is still wasteful, we're looking at MIG or
      bin-packing them together.
      """,
      maybe=("generic-no-examples",), follow_ups=("resource-utilization", "secrets"),
      not_impact=("forty-odd small models",)),
    J("iac-containers", "power-line-numbers", "numbers", S, 4, H, """
      ok numbers-wise, we fly drones along about 12,000 kilometres of power lines a year and the
      models flag cracked insulators and vegetation, um, encroachment, in roughly 4 million images
      a season. infrastructure is Terraform, about 90 modules, three environments, and we run
      everything on AKS, two clusters, one with 6 GPU nodes for training and inference batches, and
      inference is Docker images, we have 14 different model images. we autoscale the GPU pool from
      0 to 6 nodes depending on the queue, and a batch of 50,000 images takes about 40 minutes.
      what it got us: rebuilding an environment went from 3 days to 25 minutes, the inspection
      report turnaround went from 10 days to 2, and compute cost per image dropped 48% after we
      moved off always-on VMs.
      """,
      maybe=("container-benefits-missing",),
      follow_ups=("resource-utilization", "managed-vs-self-hosted"),
      impact=("rebuilding an environment went from 3 days to 25 minutes",
              "the inspection report turnaround went from 10 days to 2",
              "compute cost per image dropped 48%"),
      not_impact=("about 12,000 kilometres of power lines a year",
                  "roughly 4 million images a season", "about 90 modules", "three environments",
                  "two clusters", "6 GPU nodes", "14 different model images", "from 0 to 6 nodes",
                  "a batch of 50,000 images takes about 40 minutes")),
    J("iac-containers", "vehicle-licensing-never-migrated", "negated", W, 2, H, """
      At the vehicle licensing agency I build the model that flags suspicious registration
      transfers for manual checking. Infrastructure as code is handled by the central
      infrastructure team; they use Terraform, I believe, but I've never written any. I raise a
      ticket when I need a server and it appears in a week or two. We did containerise the model
      with Docker last year, which was nice because it stopped the 'works on my machine' problem,
      but it runs as a single container on one VM. There was a plan to move everything onto
      Kubernetes, and I went to a couple of the workshops, but the migration got deprioritised and
      we never got round to it.
      """,
      flags=("no-iac", "docker-xor-kubernetes"), maybe=("generic-no-examples",),
      follow_ups=("managed-vs-self-hosted", "secrets"),
      not_impact=("a week or two",)),
    J("iac-containers", "refugee-aid-generic", "weak", S, 1, H, """
      yeah so containers are really useful, they're lightweight and portable, and kubernetes is the
      standard for scaling them. infrastructure as code is also best practice, terraform is the big
      one. at the aid agency we're, um, moving in that direction, it's definitely the future for
      ML, especially with everything going to the cloud.
      """,
      flags=("generic-no-examples", "no-iac"), maybe=("container-benefits-missing",),
      follow_ups=("managed-vs-self-hosted", "secrets")),
    # ------------------------------------------------------------------ monitoring
    J("monitoring", "app-store-review-keyword", "keyword", W, 5, H, """
      I monitor the classifiers that pre-screen app submissions for policy violations and malware
      at an app store, and I think of it as four layers. Service health: latency, error rate, GPU
      memory and queue depth in Prometheus with Grafana dashboards, because a slow review queue is
      itself an incident. Data quality: schema checks and null rates on the extracted metadata and
      permissions, since a parser change upstream can silently zero out fields. Drift: Evidently
      jobs compare each day's inputs with the training window using PSI per feature, and we track
      the predicted-violation rate; input drift tells us submissions changed, like a wave of
      AI-wrapper apps, while concept drift, the same signals meaning something different after a
      policy change, only shows up in outcomes. Performance: human reviewers' final decisions
      arrive as labels within a few days, so we compute precision and recall per category weekly,
      and we audit a random sample of auto-approved apps to catch misses. Alerts go through
      Alertmanager to PagerDuty only for hard failures; drift and slow performance drops go to a
      Slack channel with a runbook: check for upstream changes, look at the drifted slices, then
      decide whether to retrain. We tune thresholds on past incidents to keep false alarms to about
      one a week.
      """,
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      not_impact=("about one a week",)),
    J("monitoring", "landmine-clearance-plain", "paraphrase", W, 5, H, """
      At a landmine clearance charity a model ranks which fields are most likely to hold mines,
      from satellite imagery, conflict records and villagers' reports, so survey teams go to the
      riskiest ground first. I keep watch on it in four layers. First, is the service healthy:
      response time, errors, memory and the length of the request queue, on shared charts, because
      a stuck queue means teams wait. Second, is the incoming data sound: are the expected fields
      there and how many are empty, because a partner changing how it sends reports can quietly
      blank a field. Third, has the world moved away from what the model learned: every day we
      compare the spread of each input with the training period and track how many fields it
      calls high-risk. A change in the inputs says the situation looks different; but the same
      signs can start to mean something else, say after a front line moves, and that only shows
      when we compare with what teams actually find. Fourth, real accuracy: teams' findings come
      back within weeks, so we measure hits and misses per region and spot-check a random sample
      of fields marked low-risk. Only hard failures wake someone up; slower changes go to the
      team's chat with a written checklist: check upstream changes, see which regions moved, then
      decide whether to rebuild the model on newer data. We set the limits from past incidents, so
      we get roughly one false warning a week.
      """,
      maybe=("no-tools",), follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      not_impact=("roughly one false warning a week",), equal_to="app-store-review-keyword"),
    J("monitoring", "fact-check-no-alerting", "other-tools", S, 3, H, """
      so our model matches new social posts to claims we've already fact-checked, so the team
      doesn't redo work. monitoring, um, we log every prediction with its score, Datadog has our
      latency and throughput boards, and we send profiles to WhyLabs every day for the embedding
      distributions and the match rate, because when a new topic blows up, like an election or a
      flood, the posts look nothing like what we trained on. that's data drift, and there's also
      concept drift where, you know, a claim that was false becomes, uh, partly true later, and we
      catch that because the fact-checkers mark wrong matches in the tool and we compute precision
      from those. so we have all the numbers. who looks at them, um, that's mostly me when I get a
      chance, we haven't set up anything that pings anyone.
      """,
      flags=("alerts-unexplained",), follow_ups=("false-positives", "when-to-retrain")),
    J("monitoring", "reindeer-stable-inputs", "misconception", S, 2, H, """
      so it's a, um, a cooperative of reindeer herders and we predict where the herds will move to
      graze next week from the GPS collars, snow depth and lichen maps, so the herders can plan.
      monitoring, we've got the service side in grafana, latency, errors, that's standard. for the
      model, what we do is compare the input distributions every week against the training data,
      with a KS test on each feature, and if nothing has shifted we know the model is still
      accurate, because the model's just a function of its inputs, same inputs in, same quality
      out. so we don't need the ground truth, which is good because the actual movements only come
      back when the collars sync. if a feature shifts we get a slack alert and retrain.
      """,
      flags=("no-drift",), follow_ups=("drift-difference", "when-to-retrain"),
      misconception="if input distributions are unchanged the model's accuracy is unchanged, so "
                    "outcomes never need checking (ignores concept drift)"),
    J("monitoring", "transformer-oil-spoken", "spoken", S, 4, H, """
      right so we make large power transformers and we sell a monitoring service, a model that
      reads the dissolved gas and temperature sensors in the transformer oil and predicts a fault
      is coming. for the model in production I watch, um, three kinds of thing. the plumbing, like
      is the sensor data actually arriving, latency, errors, that's Prometheus and Grafana. then
      the inputs, gas readings per site compared to the training data, we use Evidently for that,
      because a utility swapping sensor brands shifts everything. and then the real performance,
      which is hard because actual faults are rare, so we track the alarm rate per site and every
      alarm gets a follow-up from a field engineer, and those outcomes come back as labels and we
      track precision month by month. alerts, anything on the plumbing pages the on-call, the drift
      and precision stuff goes to a weekly review, and if precision drops two months in a row we
      retrain.
      """,
      follow_ups=("false-positives", "drift-difference", "when-to-retrain"),
      not_impact=("two months in a row",)),
    J("monitoring", "short-video-numbers", "numbers", W, 4, H, """
      I monitored the content-moderation classifiers at a short-video app: 9 models, roughly 40
      million uploads a day, a p99 latency budget of 120 ms. Infra metrics go to Prometheus and
      Grafana with alerts at p99 over 150 ms for 5 minutes. Data drift runs hourly with PSI on 35
      input features; PSI above 0.25 on any top-10 feature pages the on-call, and 0.1 to 0.25 goes
      to a daily digest. Performance comes from 20,000 human-reviewed items a day, sampled by
      region and language, which gives precision and recall per policy with about a 48-hour lag.
      Retraining is triggered by a 3-point recall drop sustained over 3 days. When I joined we
      averaged 14 pages a week, most of them false; after moving soft signals to the digest and
      requiring persistence we're at 2 a week, and the time to detect a policy-evasion trend fell
      from about 11 days to 2 days.
      """,
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      impact=("we're at 2 a week",
              "the time to detect a policy-evasion trend fell from about 11 days to 2 days"),
      not_impact=("9 models", "roughly 40 million uploads a day",
                  "a p99 latency budget of 120 ms", "p99 over 150 ms for 5 minutes",
                  "35 input features", "PSI above 0.25", "0.1 to 0.25",
                  "20,000 human-reviewed items a day", "about a 48-hour lag",
                  "a 3-point recall drop sustained over 3 days", "averaged 14 pages a week")),
    J("monitoring", "shelf-label-infra-only", "negated", S, 2, H, """
      so at the shelf-label company the model suggests markdown prices that get pushed to the
      e-ink labels, and, um, monitoring, honestly we only really have the infrastructure side,
      prometheus and grafana, CPU, memory, request latency on the pricing service, and uptime
      alerts. model monitoring, like drift or tracking accuracy of the markdowns, it was on the
      roadmap for two quarters but we never got round to it. the data science team said they'd own
      that, and they check sell-through in a spreadsheet sometimes.
      """,
      flags=("infra-only",), maybe=("no-drift", "alerts-unexplained"),
      follow_ups=("when-to-retrain", "drift-difference"),
      not_impact=("two quarters",)),
    J("monitoring", "bci-training-curves", "off-target", W, 1, H, """
      At our brain-computer interface start-up, monitoring is a big part of how we work. We log
      every training run to TensorBoard and Weights & Biases, so we can watch the loss and
      validation accuracy curves in real time, and we use early stopping so training halts when
      validation loss stops improving. We also track GPU utilisation during training to make sure
      we're not wasting compute, and we compare runs side by side to choose hyperparameters. That
      way we always know how the model is performing.
      """,
      flags=("no-drift", "alerts-unexplained"), maybe=("infra-only",),
      follow_ups=("drift-difference", "when-to-retrain")),
    # ------------------------------------------------------------------ cloud-platform
    J("cloud-platform", "wagon-leasing-keyword", "keyword", W, 5, H, """
      I've spent three years on AWS SageMaker at a rail freight wagon leasing company, predicting
      wheelset and brake wear so wagons come in before they fail an inspection. SageMaker
      Pipelines runs the training workflow: processing jobs for the sensor and inspection data,
      training on spot instances with checkpointing, and an evaluation step with a quality gate.
      The Model Registry holds each version with an approval status, so the fleet engineering lead
      signs off every model. Features like mileage since last overhaul live in SageMaker Feature
      Store, the offline store for training and the online store for the real-time endpoint the
      depot app calls. Model Monitor runs a daily data-quality job against the baseline, and
      model-quality monitoring once inspection outcomes come back. Strengths: it integrates with
      IAM, S3 and CloudWatch, managed spot training cut our training bill by about 60%, and we
      didn't need a platform team to run Kubeflow. Weaknesses: costs are hard to predict, since
      real-time endpoints bill around the clock even when depots are closed, so we moved overnight
      scoring to batch transform; Studio's learning curve is steep for new hires; the Pipelines SDK
      is verbose and debugging steps locally is painful; and we're locked in: moving to another
      cloud would mean rewriting most of the pipeline.
      """,
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut our training bill by about 60%",),
      not_impact=("three years",)),
    J("cloud-platform", "oil-spill-plain", "paraphrase", W, 5, H, """
      For three years I've used one of the big providers' all-in-one machine-learning services at
      an oil spill response company, where we predict how a slick will spread from wind, currents
      and radar images so crews know where to put booms. Training is a chain of managed steps:
      data-preparation jobs, training on cheap spare-capacity machines that can be taken away at
      short notice, so we save progress often, and an evaluation step that blocks any model that
      isn't good enough. Approved models sit in the service's catalogue with a sign-off flag that
      our operations lead sets. Inputs like recent wind history live in the service's shared store,
      one copy for training and a fast copy for the live prediction service the crews' app calls.
      A daily check compares incoming data with the training data, and once we learn where the oil
      actually went, we check accuracy. Strengths: it plugs straight into the provider's access
      control, storage and logging; the discounted machines cut our training bill by about 60%;
      and we needed no team of our own to run the machinery. Weaknesses: the bill is hard to
      predict, because the live service charges around the clock even with no incident, so we
      moved routine scoring to scheduled bulk runs; new hires take a long time to learn the tools;
      the code you write for it is long-winded and hard to test on a laptop; and we're tied in:
      leaving would mean rewriting most of the training chain.
      """,
      maybe=("generic-platform",), follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut our training bill by about 60%",),
      not_impact=("three years",), equal_to="wagon-leasing-keyword"),
    J("cloud-platform", "defence-fleet-one-sided", "keyword", W, 3, H, """
      I used Azure Machine Learning on a defence logistics programme predicting component failures
      across a fleet of armoured and support vehicles, in an Azure Government tenant. We built
      training as Azure ML pipelines with components for cleaning the maintenance records and the
      vehicle telemetry, used the workspace's model registry with tags per fleet type, and
      registered datasets as versioned data assets so every model pointed at an exact data
      version. Training ran on compute clusters that scaled to zero between runs, and models went
      to managed online endpoints with blue-green traffic splitting, plus batch endpoints for the
      nightly fleet-wide scoring. Data drift monitors on the telemetry fed Azure Monitor alerts to
      the team. It was a great fit: the integration with Entra ID and Key Vault made the security
      accreditation far simpler, managed endpoints took away the patching burden, and the compute
      clusters kept training costs under control. I'd choose it again without hesitation.
      """,
      flags=("one-sided",), follow_ups=("costs", "managed-vs-custom", "multi-cloud")),
    J("cloud-platform", "carbon-fibre-no-lock-in", "misconception", W, 3, H, """
      At a carbon-fibre parts maker I use Vertex AI for a model that predicts porosity in cured
      aerospace panels from autoclave sensor traces. Training runs in Vertex AI Pipelines, using
      Google's prebuilt components for the custom training job and batch prediction; models are
      kept in the Vertex Model Registry with an alias for the production model, and the quality
      station calls a Vertex endpoint. We use Vertex Model Monitoring for skew between training and
      serving features. Strengths: very little to operate, good integration with BigQuery where the
      sensor traces live, and Workbench notebooks new engineers can use on day one. Weaknesses: GPU
      quota requests take weeks, and a GPU endpoint costs money all night when the line is idle.
      One thing people worry about that doesn't apply to us is lock-in. Vertex Pipelines is just
      Kubeflow underneath, so our pipelines are portable: if we ever leave Google we point the same
      pipeline definitions at any Kubernetes cluster with Kubeflow installed and they run as they
      are.
      """,
      maybe=("one-sided",), follow_ups=("multi-cloud", "managed-vs-custom", "costs"),
      misconception="Vertex AI Pipelines built on Google's prebuilt components run unchanged on "
                    "any Kubeflow cluster, so there is no lock-in"),
    J("cloud-platform", "circuit-board-spoken", "spoken", S, 4, H, """
      so yeah we're on Azure ML, we do, um, circuit board assembly, and the model looks at the
      automated optical inspection images after soldering and decides whether a flagged joint is a
      real defect or a false call, so operators only re-check the real ones. what we use: the
      designer pipelines at first and then the SDK v2 pipelines, the registry for models, managed
      online endpoints with two deployments so we can shift traffic, like, ten percent to the new
      one, and the data asset versioning. what's good, it hooks straight into our Active Directory,
      which our IT people loved, and the managed endpoints meant we didn't need anyone to babysit
      kubernetes. what's bad, um, the docs are all over the place between v1 and v2, the SDK
      changes under you, quota for GPU VMs in our region was a nightmare, and the cost, the
      endpoints run all the time, so for a factory that only runs two shifts we're paying for the
      night. and if we wanted to go to another cloud, most of it's Azure-specific so, yeah, we'd be
      rewriting.
      """,
      follow_ups=("costs", "multi-cloud", "managed-vs-custom"),
      not_impact=("ten percent", "only runs two shifts")),
    J("cloud-platform", "billboard-numbers", "numbers", S, 4, H, """
      ok so, digital billboards, we estimate audience per screen per hour from mobility data and
      sell ads on that, and we're on Vertex AI. we've got about 3,800 screens, the model scores
      every screen every hour, so that's roughly 91,000 predictions a day through batch prediction,
      and we retrain weekly in Vertex Pipelines, each run's about 35 minutes on 8 n1-standard-16
      machines. feature store, we keep about 120 features in it. strengths, the batch prediction
      scaling and the BigQuery integration, the weekly pipeline costs us about 40 dollars a run.
      weaknesses, online endpoints are pricey, we had one at about 1,100 dollars a month just
      sitting there so we killed it, and vendor lock-in obviously. results, moving from our old
      self-managed VMs cut infra cost by 45%, and the time to ship a new model went from three
      weeks to four days.
      """,
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut infra cost by 45%",
              "the time to ship a new model went from three weeks to four days"),
      not_impact=("about 3,800 screens", "roughly 91,000 predictions a day",
                  "about 35 minutes on 8 n1-standard-16 machines", "about 120 features",
                  "about 40 dollars a run", "about 1,100 dollars a month")),
    J("cloud-platform", "cooperage-evaluated-only", "negated", S, 2, H, """
      so at the cooperage we predict, um, how a cask will affect the spirit, like wood grain and
      toast level against what the distillery wants, and we're on AWS. we did evaluate SageMaker
      for a month but we didn't adopt it, it felt too heavy for a small team, so honestly my
      hands-on with it is the tutorials. what we actually run is an EC2 instance with a cron job
      that retrains and writes predictions to S3, and a little Flask app. so I can't really speak
      to the feature store or the pipelines side, we never used them. strengths of AWS generally,
      it's reliable, weaknesses, the bill.
      """,
      flags=("no-feature-knowledge", "basic-services-only"),
      maybe=("generic-platform", "one-sided"), follow_ups=("managed-vs-custom", "costs"),
      not_impact=("for a month",)),
    J("cloud-platform", "petitions-generic", "weak", S, 1, H, """
      um, we use the cloud for basically everything at the petitions site. it's great because it
      scales, and you only pay for what you use, and there's loads of services for machine
      learning, you can do pretty much anything. downsides, yeah it can get expensive and there's a
      bit of lock-in. but overall I'd say it's the way to go.
      """,
      flags=("generic-platform", "no-feature-knowledge"),
      maybe=("basic-services-only", "one-sided"), follow_ups=("costs", "managed-vs-custom")),
    # ------------------------------------------------------------------ challenging-project
    J("challenging-project", "lubricant-blending-keyword", "keyword", W, 5, H, """
      Situation: at a lubricant blending plant, a model predicted the final viscosity of each
      blend from the base-oil lots and additive dosing, so operators could correct the recipe
      before filling drums. It worked in the lab, but in production it degraded within weeks and
      nobody trusted it; about one batch in twelve still needed a costly re-blend. Task: I was
      asked to make it reliable in production, not just accurate offline. Action: I found the real
      problem was training-serving skew: training used lab-measured base-oil properties, while the
      live system got the supplier's certificate values, which differ systematically. I built a
      small feature store in Feast so training and serving read the same certificate-based
      features, versioned the training data with DVC, packaged the model in Docker and put it
      behind a canary on one blending line. I added Evidently drift checks on base-oil properties,
      which surfaced supplier changes early, and an Airflow retrain triggered when drift and
      prediction error both crossed thresholds. I also ran fortnightly reviews with the shift
      leads so they could see why it recommended changes. Result: re-blends fell from about one in
      twelve batches to one in forty, saving roughly £380,000 a year, and operators now follow the
      model's correction on over 90% of batches.
      """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("re-blends fell from about one in twelve batches to one in forty",
              "saving roughly £380,000 a year",
              "operators now follow the model's correction on over 90% of batches"),
      not_impact=("about one batch in twelve still needed a costly re-blend",)),
    J("challenging-project", "police-triage-plain", "paraphrase", S, 5, H, """
      so, um, the situation was at a police force, we had a model that read incoming crime reports
      and predicted which ones had a realistic chance of being solved, so investigators could
      prioritise. it looked great in testing, but once it was live it got worse within weeks and
      the investigators stopped trusting it, and about one report in twelve that it marked low was
      later found to be solvable. my job was to make it dependable in real use, not just on paper.
      what I found was the model had learned from fields that investigators fill in weeks later,
      but when a report comes in those fields are blank or rough, so training and live use saw
      different information. so I set up one shared place that calculates those inputs the same
      way for training and live use, froze and labelled each training set so we could always
      rebuild it, packaged the model with its exact software, and tried it in one district first.
      I added automatic checks that warn us when incoming reports start to look different, and a
      scheduled rebuild when both that and the error rate pass agreed limits. and I met the
      district inspectors every fortnight to show why it ranked things. result, missed solvable
      reports went from one in twelve to one in forty, which freed roughly 380,000 pounds a year
      of investigator time, and investigators now follow its ranking on over 90% of reports.
      """,
      follow_ups=("stakeholders", "do-differently", "biggest-learning"),
      impact=("missed solvable reports went from one in twelve to one in forty",
              "freed roughly 380,000 pounds a year of investigator time",
              "investigators now follow its ranking on over 90% of reports"),
      not_impact=("about one report in twelve that it marked low",),
      equal_to="lubricant-blending-keyword"),
    J("challenging-project", "crash-test-plain-result", "plain-result", W, 3, H, """
      At a vehicle crash test lab, we had a model that predicts from high-speed camera footage and
      sensor traces whether a test dummy's readings are valid or were corrupted by a loose sensor
      or a cable snag. The challenge was that every test campaign used slightly different dummies
      and camera rigs, so the model worked on one campaign and fell apart on the next, and
      engineers had to re-check everything by hand. I took ownership of getting it
      production-worthy. I set up versioned datasets per campaign with DVC, a training pipeline in
      Airflow that retrains when a new campaign's first labelled tests arrive, and a check that
      compares the new rig's camera statistics with the training data before the model is trusted
      on it. We packaged it with Docker so the lab PCs ran exactly what we had validated. In the
      end the engineers stopped re-checking every test by hand; they only look at the ones the
      model is unsure about, and the lab manager now treats it as part of the standard procedure.
      """,
      flags=("no-quantified-impact",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders")),
    J("challenging-project", "air-conditioner-retrain-fixes-skew", "misconception", W, 2, H, """
      The hardest project I had was at an air conditioner manufacturer, where a model predicts
      compressor failures from the telemetry that connected units send home. After launch its
      precision in the field was far below what we saw offline, and service teams were being sent
      to units that were fine. The offline features were computed from cleaned hourly telemetry in
      the data lake, while the live service computed them from the raw minute-level stream. I took
      the lead on fixing it. My diagnosis was that the model simply wasn't seeing enough recent
      data, so I moved us from monthly to daily retraining, automated in Kubeflow, with each model
      packaged in Docker and rolled out automatically. Because the model now retrains every day on
      the latest telemetry, any mismatch between training and serving gets learned away within a
      day, so we didn't need to touch the feature code. Precision did creep up a little, and the
      daily cadence became the team standard.
      """,
      flags=("no-quantified-impact",), follow_ups=("do-differently", "biggest-learning"),
      misconception="retraining more often removes training-serving skew, so features computed "
                    "differently offline and online need no fix"),
    J("challenging-project", "quantum-calibration-reordered", "reordered", S, 4, H, """
      so the result first, we got the qubit calibration model from, um, being retrained by hand
      once a week by one physicist, to retraining itself every night, and calibration incidents
      dropped from about six a month to one. how we got there, I built a pipeline in Prefect that
      pulls the overnight characterisation runs, validates them, retrains, and only promotes the
      model to the control stack if it beats the current one on a held-out set of calibration runs,
      and everything's versioned in MLflow with the DVC hash of the data, and the model runs in a
      docker image next to the control software. the hard part, the actual challenge, was the
      physicists, not in a bad way, they didn't trust a model they couldn't inspect, so I built a
      little report for each promotion showing which qubits changed and why, and that's what got it
      adopted. and the situation, we're a small quantum computing start-up, our chips drift, the
      qubit frequencies wander, and the calibration model predicts the pulse settings for the next
      day.
      """,
      follow_ups=("stakeholders", "biggest-learning", "do-differently"),
      impact=("calibration incidents dropped from about six a month to one",),
      not_impact=("once a week by one physicist",)),
    J("challenging-project", "marine-salvage-numbers", "numbers", W, 4, H, """
      At a marine salvage company I led the project to run a sonar wreck-and-debris detector in
      production. Scale of the problem: 60 survey vessels, about 18 TB of side-scan sonar a month,
      and analysts manually reviewing 100% of it with a backlog of 7 weeks. The challenge was that
      the vessels have satellite links of about 2 Mbps, so we couldn't ship raw data ashore for
      inference. I built a pipeline where the model is trained ashore on Kubernetes, quantised from
      420 MB to 110 MB, packaged in Docker and pushed to the onboard GPUs during port calls, with a
      canary on 5 vessels for a month. Only detections and 1% of tiles, sampled at random, come back
      by satellite for monitoring and labelling. Results: the review backlog went from 7 weeks to 3
      days, analyst hours dropped 62%, and we found 14 hazards in the first quarter that the manual
      process had missed.
      """,
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("the review backlog went from 7 weeks to 3 days", "analyst hours dropped 62%",
              "we found 14 hazards in the first quarter"),
      not_impact=("60 survey vessels", "about 18 TB of side-scan sonar a month", "100% of it",
                  "a backlog of 7 weeks", "about 2 Mbps", "from 420 MB to 110 MB",
                  "5 vessels for a month", "1% of tiles")),
    J("challenging-project", "borehole-blames-others", "negated", S, 2, H, """
      so the project was predicting drill bit wear from the rig sensors, for a borehole drilling
      contractor. and honestly it was challenging mostly because of the data science team, they
      kept changing the features without telling anyone, so every time we deployed, it broke. and
      the field crews didn't log bit changes properly, so the labels were rubbish. I built the
      deployment, docker and a kubernetes job, and it worked fine on my side. in the end the
      project got paused, which, you know, wasn't really down to us. we never got to measure if it
      saved anything.
      """,
      flags=("blame", "no-quantified-impact"), maybe=("vague",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders")),
    J("challenging-project", "plagiarism-model-only", "off-target", S, 1, H, """
      um, the most challenging one was at a plagiarism detection company, we had to detect
      paraphrased plagiarism, not just copy-paste. so I tried a lot of approaches, TF-IDF first,
      then sentence embeddings, then I fine-tuned a cross-encoder on pairs that our reviewers had
      labelled, and I spent a long time on the negative sampling because the hard negatives really
      matter. in the end the cross-encoder got the best F1 on our test set, quite a lot better than
      the baseline. it was really interesting research.
      """,
      flags=("no-mlops-intersection", "no-quantified-impact"), maybe=("vague",),
      follow_ups=("biggest-learning", "do-differently")),
]
