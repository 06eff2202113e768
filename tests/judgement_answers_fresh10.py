"""An eleventh labelled set of interview answers, written BLIND: the new untouched holdout.

Since the thirteenth scoring pass (2026-12-03, late evening) its errors have been read, so it is tuning
data now; the rules below describe how it was written. The untouched holdout is
``judgement_answers_fresh16``.

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
  answers); and the module docstrings and import lines of ``judgement_answers_fresh9.py`` (the
  model for this file's structure, slot plan and docstring), ``judgement_answers_fresh8.py``,
  ``judgement_answers_fresh7.py``, ``judgement_answers_fresh6.py``, ``judgement_answers_fresh5.py``
  and ``judgement_answers_fresh4.py`` (the same ``sed`` range, which stops at the ``ANSWERS`` line:
  none of their answers), to collect the industries already used. A ``test -e`` of this file's own
  path confirmed it did not exist yet.
* Reading slips, stated honestly: none that went beyond the list above. For completeness: an ``ls``
  of the guide's own file path (one file, not a directory listing) was run together with the
  ``test -e``; and the permitted docstrings of the earlier sets themselves name two scorer files
  (``_fresh5``), mention the earlier sessions' reading slips (key names of ``guide.toml`` tables),
  and say which scoring pass turned each set into tuning data. No scorer code was read and no key
  names or values of ``guide.toml`` beyond the fields above were printed (no concepts, aliases,
  descriptions, examples, misconceptions, rules, cues, triggers or stages). The industries of
  ``judgement_answers.py`` and of ``_fresh`` / ``_fresh2`` / ``_fresh3`` were not visible (their
  answers were not read, and the latter three were not opened at all); the industries below avoid
  those listed in ``_fresh4`` to ``_fresh9`` and their obvious neighbours. No directory listing of
  ``tests/`` or any other folder was made.
* The session did not read ``voice_interviewer/``, ``benchmarks/``, ``scripts/``, other tests,
  README files, the git log or git diffs, or the answers of any other ``judgement_answers*.py``
  file, ran no git command, and did not run ``voice-interviewer score``, any scorer, benchmark or
  test on these answers. Nothing was scored. The only things run on this file were a structural
  well-formedness check written by this session in /tmp and deleted afterwards (the module imports
  with ``PYTHONPATH=tests``, names unique per question, kinds in ``KINDS``, splits are holdout,
  flag / maybe / follow-up ids exist among that question's red-flag / follow-up ids in
  ``guide.toml``, impact / not_impact phrases occur in the text, ``equal_to`` targets exist with
  the same tier, 8 answers per question, 28 spoken, plus a word count), and a plain regex written
  by this session confirming the paraphrases avoid terms such as "drift", "pipeline", "version",
  "container", "monitor", "registry", "deploy", "retrain", "dashboard", "alert" and tool names.
  Neither scores anything. The structural check found no error. The regex's only hit was "aws"
  matched inside the word "flaws" in a reproducibility paraphrase (no word boundary in the
  pattern), not a use of the term, so nothing was reworded. No label or text was changed after
  either check.
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
in all: tidal energy, frozen-food manufacturing, organ transplant matching, brick making, skydiving
centres, patent offices, roofing contractors, stamp-collecting marketplaces, vaccine cold chain,
pearl farming, wool grading, census bureaus, dialysis clinics, tennis club court bookings,
football club scouting, leather tanneries, email newsletter platforms, street lighting
maintenance, audit firms, hydrogen electrolyser plants, childcare nurseries, meat processing
plants, marathon race organisers, day spas, data-centre cooling, kitchen cabinet makers,
industrial boiler manufacturing, fireworks manufacturing, direct air capture, workwear rental,
office cleaning companies, teledermatology, grain storage silos, sign-language interpreting
services, avalanche warning services, online chess platforms, food banks, candle making, botanical
gardens, Christmas tree farms, greenhouse tomato growing, spice blending, quantity surveying firms,
roadside breakdown recovery, hot-air balloon rides, copper wire mills, locksmith services, scuba
dive centres, prosthetic limbs, sleep clinics, ceramic tile manufacturing, fertiliser
manufacturing, whale watching, food canning, social housing repairs, animal rescue shelters).
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
spread over several slots, not only the spoken one.
"""

from __future__ import annotations

from judgement_answers import H, J, Judged, S, W

ANSWERS: list[Judged] = [
    # ------------------------------------------------------------------ lifecycle
    J("lifecycle", "tidal-keyword", "keyword", W, 5, H,
      """At a tidal energy operator I owned the lifecycle of our turbine output forecaster, so I'll
      walk it through in order. It starts with data: tide gauge readings, turbine SCADA telemetry and
      met-office forecasts land in S3, we validate them with Great Expectations and version each
      training snapshot with DVC, and the engineered features, things like hours since slack water
      and lagged blade pitch, are written to a Feast feature store so training and serving compute
      them the same way. Experimentation happens in notebooks, but every run logs parameters, metrics
      and the data hash to MLflow, and a candidate that beats the current model is registered in the
      MLflow model registry. That is the line between experiment and production for us: nothing is
      served that isn't registered, tested and reproducible. CI/CD in GitLab runs unit tests, a data
      contract check and an evaluation gate against a fixed backtest window, then packages the model
      in a Docker image that goes to Kubernetes. We release it as a canary: a few sites get the new
      forecast for a week while we compare errors with the incumbent, and rollback is one click to
      the previous registered version. Once live, Prometheus and Grafana cover latency and pod
      health, and a separate job tracks input drift on the tide and weather features plus the
      realised forecast error once actual output comes in. If the error crosses our threshold or the
      drift persists, an Airflow DAG retrains on the latest window and the new candidate goes back
      through the same gates. So it's a loop, not a line. Moving from hand-copied pickles to that
      flow took our release time from about two weeks to a day.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("from about two weeks to a day",)),
    J("lifecycle", "frozen-food-plain", "paraphrase", S, 5, H,
      """ok so um at a frozen food factory we had a model that predicted how long each batch needed
      in the blast freezer and the way i'd describe the whole life of it is it's a loop not a line so
      first the raw readings from the freezer lines and the recipe sheets get collected and checked,
      we'd throw out a day if sensors were missing or the readings made no sense, and we kept a
      frozen copy of exactly which rows went into each training run with a fingerprint so we could
      always say this model learned from this data. the inputs we worked out, like time since the
      door opened, product weight, were computed by one shared bit of code so the trial work and the
      live system couldn't disagree. then the trying things out phase where every attempt got written
      down automatically, the settings, the scores, which data. the winner goes into a catalogue of
      approved models with a label saying which one is live and that's the line for us between a
      notebook toy and something the factory relies on. before anything goes live a set of automatic
      checks runs and compares it against the current one on the same held back weeks, if it's worse
      it just stops there. it gets packed up with all its libraries into one sealed bundle so it
      runs the same on the factory servers as on my laptop. we switched one freezing line over first
      for a few days, compared, then the rest, and we could flip back to the previous one in a
      minute. after that we watched the servers, the response times, and also whether the incoming
      readings started looking different from what it learned on and whether the predicted times
      matched the actual core temperatures. when they started slipping that kicked off a fresh
      training on recent weeks which went through the same checks again. and er the result was
      going from about a fortnight to get a new model onto the lines to about a day""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("going from about a fortnight to get a new model onto the lines to about a day",),
      equal_to="tidal-keyword"),
    J("lifecycle", "transplant-partial", "keyword", W, 3, H,
      """I worked on a model that ranks donor-recipient matches by predicted graft survival for a
      transplant network, so governance mattered a lot. The lifecycle as we ran it: data came from
      the national transplant database extracts, which we cleaned and versioned with DVC, so every
      training set was pinned to a specific extract. Feature engineering, HLA mismatch counts, cold
      ischaemia time, age gaps, lived in one Python package shared by training and scoring.
      Experiments were tracked in MLflow and the chosen model was registered there with its
      evaluation report attached, because the clinical board had to sign it off. CI in GitHub
      Actions ran the tests, rebuilt the model from the pinned data to confirm the metrics matched,
      and built a Docker image, which we deployed to the hospital's Kubernetes cluster, first in
      shadow mode next to the existing allocation rules for a month so clinicians could compare.
      After sign-off it replaced the old rules. From there it basically stays as it is: the next
      model gets built when the clinical board asks for a refresh, usually once a year.""",
      flags=("omits-crucial-steps",),
      follow_ups=("drift", "rollback"),
      not_impact=("for a month", "once a year")),
    J("lifecycle", "brick-nightly-misconception", "misconception", W, 2, H,
      """At a brick manufacturer we predict kiln firing curves from clay moisture and composition,
      and I set the whole lifecycle up. Lab results and kiln sensor data go into the warehouse, we
      build features in dbt, track experiments in MLflow and package the winner in Docker onto a
      small Kubernetes cluster at the plant, with GitHub Actions running the tests and the build.
      The part I'm proudest of is that we side-stepped the monitoring problem entirely: the model
      retrains every night on everything up to the previous day, and the new one is promoted
      automatically in the morning. Because it's always trained on yesterday's clay it can't go
      stale, so there is nothing to watch for; drift simply never gets the chance to build up. It
      also means we never needed to keep old training sets around. The warehouse is the source of
      truth and the latest model is always the right one.""",
      flags=("omits-crucial-steps",),
      maybe=("no-production-distinction",),
      follow_ups=("drift", "rollback"),
      misconception="nightly retraining with automatic promotion makes production monitoring and data versioning unnecessary"),
    J("lifecycle", "skydiving-spoken", "spoken", S, 4, H,
      """yeah so so we were a group of skydiving centres, six drop zones, and the model predicted
      whether a given slot would actually fly given the wind and the cloud base so we could plan the
      aircraft loads. um the way it ran, data first, we pulled the weather feeds and the booking
      history, cleaned it, and we snapshotted each training set with dvc so we knew exactly what it
      was trained on. then experiments, i mean just notebooks but every run logged into mlflow, and
      when something was better it got registered there. then uh there's a github actions job that
      runs the tests and an evaluation against last season, builds the docker image and pushes it,
      and we deployed onto a little kubernetes setup, one drop zone first, like a canary, for a
      couple of weekends before the others. and then monitoring, grafana for the service itself and a
      weekly report comparing predicted versus what actually flew, plus checking if the wind data
      looked different from training. when that got bad we'd retrain, honestly it was a manual
      trigger not automatic, someone pressed the button. and the, the big difference from the
      prototype was really that nothing went live without being in the registry and passing that
      gate""",
      maybe=("omits-crucial-steps",),
      follow_ups=("drift", "rollback"),
      not_impact=("six drop zones",)),
    J("lifecycle", "patent-numbers", "numbers", W, 4, H,
      """At a national patent office we route incoming applications to examiner groups with a
      classifier over the claims text. Volumes: about 1,800 applications a day across 640
      subclasses, and the training set is 4.2 million historical filings. The lifecycle: nightly
      ingestion from the filing system, text cleaning and embedding features kept in a feature store,
      training sets versioned with DVC; experiments tracked in MLflow, where each of the roughly 300
      runs per quarter is tagged with its data hash; the best model is registered and must beat the
      incumbent by at least 0.5 points of top-3 accuracy on a frozen 20,000-document test set.
      Jenkins builds and tests it, packages it in Docker, and it is rolled out on Kubernetes as a
      canary taking 10% of traffic for 5 working days. In production we compare the predicted
      subclass with the examiner's final one, and if agreement falls below 85% for two consecutive
      weeks, retraining starts automatically. The results: misrouted applications fell from 14% to
      6%, the average time to reach the right examiner dropped from 9 days to 2, and a release now
      takes 1 day instead of 3 weeks.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("misrouted applications fell from 14% to 6%", "dropped from 9 days to 2",
              "a release now takes 1 day instead of 3 weeks"),
      not_impact=("about 1,800 applications a day", "640 subclasses", "4.2 million historical filings",
                  "roughly 300 runs per quarter", "at least 0.5 points", "20,000-document test set",
                  "10% of traffic", "5 working days", "below 85%", "two consecutive weeks")),
    J("lifecycle", "roofing-negated", "negated", S, 1, H,
      """so for us at the roofing company the model estimated job duration and materials from drone
      photos of the roofs, and honestly the lifecycle was pretty short. we trained it in a notebook,
      the data was just an export from the quoting system, we never got round to versioning the data,
      it was on the list. mlflow we looked at but didn't adopt it, we just saved the pickle with a
      date in the file name. deployment, the platform team handled that, they wrapped it in their
      docker thing, i didn't really see that side. monitoring wasn't set up either, we'd hear from
      the estimators if the quotes were off. retraining, no, that never got automated, we did it once
      after the first season""",
      flags=("omits-crucial-steps", "stages-not-connected"),
      maybe=("generic-no-tools", "no-production-distinction"),
      follow_ups=("drift", "rollback")),
    J("lifecycle", "stamps-tool-salad", "weak", S, 1, H,
      """uh yeah so the lifecycle, it's like, you get the data, you train the model, then you deploy
      it. we used python, pandas, jupyter, mlflow, docker, kubernetes, airflow, grafana, all the
      usual stack really, this was for a stamp collecting marketplace, pricing the listings. and then
      you keep improving it. that's basically it""",
      flags=("generic-no-tools", "stages-not-connected", "omits-crucial-steps"),
      maybe=("no-production-distinction",),
      follow_ups=("drift", "feature-store")),

    # ------------------------------------------------------------------ reproducibility
    J("reproducibility", "vaccine-keyword", "keyword", W, 5, H,
      """For a vaccine cold-chain distributor our model flagged shipments at risk of a temperature
      excursion, and because it fed regulated decisions we had to be able to recreate any past
      prediction exactly. We versioned four things and linked them. Code in Git, with every training
      run tied to a commit SHA. Data with DVC: the logger readings and lane data behind each training
      set were a DVC-tracked snapshot in S3, so a run records the exact data hash rather than "the
      table as it was that day". Environment: training and serving used the same Docker image, built
      from a locked Conda environment file, and the image digest was recorded; we got burned once by
      a NumPy minor bump that changed a rolling-window result, which is why everything is pinned.
      Models: MLflow tracked parameters, metrics, the Git SHA, the DVC hash and the image digest, and
      promoted models went into the MLflow model registry with a model card describing intended use
      and known limits. When an auditor asked why a pallet to a clinic had been cleared eight months
      earlier, we pulled that registry version, checked out the commit, ran dvc checkout on the
      recorded data hash inside the recorded image and got the identical score. The same trick helped
      debugging: a dip in recall turned out to be a logger firmware change, which we found by diffing
      two data versions.""",
      follow_ups=("large-datasets", "dependencies", "model-card"),
      not_impact=("eight months earlier",)),
    J("reproducibility", "pearl-plain", "paraphrase", W, 5, H,
      """At a pearl farming cooperative we graded pearls from photographs, lustre, shape, surface
      flaws, and disputes with buyers meant we had to be able to rebuild any grade we had ever given,
      exactly. So for every model we tied four things together. The code: each training run was
      stamped with the exact saved state of the source it ran from, never "whatever was on my
      machine". The data: the photos and grader labels used for each training were kept as a frozen
      copy in cloud storage with a fingerprint of their contents written down, so we knew precisely
      which pictures and which labels it had seen. The software underneath: training and grading ran
      inside the same sealed, prebuilt software bundle with every library locked to an exact release,
      and that bundle's fingerprint was recorded too; we had been bitten once when an update to a
      picture library changed how photos were resized and the grades shifted. And the model itself: a
      tracking service stored the settings, the scores and all three fingerprints for every run, and
      the approved ones sat in a catalogue with a one-page sheet saying what the model is for and
      where it is weak. When a buyer disputed a lot graded the previous spring, we took that model
      from the catalogue, restored the matching code, photos and bundle, and got the same grades to
      the decimal. It made fault-finding easy as well: comparing two sets of photos showed that a new
      camera had shifted the colours.""",
      follow_ups=("large-datasets", "dependencies", "model-card"),
      equal_to="vaccine-keyword"),
    J("reproducibility", "wool-no-env", "keyword", S, 3, H,
      """right so for wool grading we predicted fibre diameter and the yield class from the fleece
      scans, um, versioning, so code is in git obviously, every training run has the commit. data we
      put under dvc, the scan exports and the lab results, so each model points at a data version and
      you can dvc pull it back. models go to mlflow, we log params metrics and the artefacts and the
      good ones get registered, staging, production, that kind of thing. so if someone asks which
      model graded this bale we can look it up in the registry and see the data and the code. the
      environment bit, honestly we just pip install from a requirements file without pins on the
      training box, and it's mostly been fine, the odd time a result came out slightly different we
      put it down to randomness""",
      flags=("environment-ignored",),
      follow_ups=("dependencies", "large-datasets")),
    J("reproducibility", "census-backups", "misconception", S, 2, H,
      """ok so at the census bureau the model predicts which households won't send the form back so
      we send the field staff there first. for reproducibility um we're quite well covered actually,
      the whole project folder, the code, the training data, the trained model files, gets
      snapshotted every night to the backup storage and we keep thirty days of those plus monthly ones
      for seven years because it's government. so if anyone asks what did the model look like in
      march we restore march and it's all there. the code's in git as well of course. and the servers
      are imaged too so if a machine dies we just restore the image. so yeah i'd say reproducibility
      is basically solved for us, we can always get back to any point""",
      flags=("backups-confusion",),
      maybe=("tool-unfamiliar", "environment-ignored"),
      follow_ups=("dependencies", "large-datasets"),
      misconception="nightly backups and snapshots of the project are the same as reproducibility",
      not_impact=("thirty days", "seven years")),
    J("reproducibility", "dialysis-spoken", "spoken", S, 4, H,
      """so in dialysis clinics we had a model that predicted the risk of a blood pressure crash
      during a session and the nurses got a heads up, um, so reproducibility mattered because
      clinical governance would ask why did it say that. so what we did, er, code in git, nothing
      special, but every training job records the commit. data, the session records are big so we
      used dvc with the remote on azure blob, so the exact extract is pinned to a hash. the
      environment, we build a docker image per release and training and serving both run in that same
      image so there's no works on my machine stuff. and mlflow ties it together, the run has the
      commit the data hash and the image tag and the registered model points at the run. what i'd
      add is we actually tested it, once a quarter we'd pick an old registered model and rebuild it
      from scratch and check the predictions matched. the one time they didn't it was a random seed
      in the, in the data split that wasn't fixed so we fixed that""",
      follow_ups=("large-datasets", "dependencies", "model-card"),
      not_impact=("once a quarter",)),
    J("reproducibility", "tennis-numbers", "numbers", S, 4, H,
      """so it was a chain of tennis clubs, 38 clubs, about 11 thousand bookings a week, and we
      predicted no-shows so the courts could go to the waiting list. reproducibility, ok, so we had 3
      things pinned per model, the git commit, a dvc hash for the dataset which was about 40 gigs of
      booking history, and the docker image digest, all logged in mlflow, we'd done something like
      260 runs by the end. we kept every registered model for 24 months. the rule was a model only
      gets promoted if a clean rebuild from those three gives the same auc to 3 decimal places.
      before that, when a number changed nobody could say why, we had 2 incidents where we couldn't
      explain a bad week. after, rebuilding any old model went from about 2 days of digging to 20
      minutes, and investigating a bad prediction dropped from a week to an afternoon. and the
      no-show courts we re-let went up by 17 percent, but that's more the model than the
      versioning""",
      follow_ups=("large-datasets", "dependencies"),
      impact=("went from about 2 days of digging to 20 minutes", "dropped from a week to an afternoon",
              "went up by 17 percent"),
      not_impact=("38 clubs", "about 11 thousand bookings a week", "3 things pinned", "about 40 gigs",
                  "260 runs", "24 months", "3 decimal places", "2 incidents")),
    J("reproducibility", "scouting-negated", "negated", W, 2, H,
      """At the football club I built the recruitment model that scores youth prospects from match
      event data. Everything lives in Git, so the code is versioned properly and we tag releases. Data
      versioning we looked at, we trialled DVC for a week, but didn't adopt it, because the event data
      provider re-sends whole seasons whenever they correct something, so we just retrain on whatever
      the current export is. A model registry was supposed to be the platform team's job; they never
      got to it, so the models are pickles on a shared drive with the date in the name. Environments
      we haven't standardised either; people use their own laptops. It works well enough for a club
      our size.""",
      flags=("code-only", "environment-ignored"),
      maybe=("tool-unfamiliar",),
      follow_ups=("large-datasets", "dependencies")),
    J("reproducibility", "tannery-seeds", "off-target", W, 1, H,
      """Reproducibility is about making sure a result isn't a fluke. At the tannery, where we detect
      defects on hides from camera images, I always run five-fold cross-validation and repeat it with
      three different random seeds, and I only trust a model if the F1 score varies by less than a
      point across those runs. I also hold out whole production days rather than random images,
      because neighbouring hides look alike and random splits flatter the model. For every experiment
      I report the mean and the standard deviation and keep the notebook with the plots, so anyone
      reading the results can see the spread. That discipline is what makes our numbers
      reproducible.""",
      flags=("tool-unfamiliar", "environment-ignored"),
      maybe=("code-only",),
      follow_ups=("dependencies", "large-datasets"),
      not_impact=("five-fold", "three different random seeds", "less than a point")),

    # ------------------------------------------------------------------ ml-cicd
    J("ml-cicd", "newsletter-keyword", "keyword", S, 5, H,
      """yeah so at an email newsletter platform we had a model that scores outgoing campaigns for
      spam and deliverability risk before they go out, and the thing about ci cd for that versus
      normal software is a change can come from three places, the code, the data or the model, so
      the pipeline has to test all three. so on a code change github actions runs the unit tests and
      the linting like any service. but we also have data validation, great expectations checks on
      the training extract, schema, null rates, label balance, because if the spam labels from the
      complaints feed break, the code tests all pass and you still ship garbage. then training runs as
      a kubeflow pipeline on the cluster, then an evaluation step compares the candidate against the
      production model on a fixed holdout and on slices, like per language, and there's also a check
      that we're not flagging small senders more than big ones, if it's worse it fails the build.
      passing models get registered in mlflow, the serving image is built with docker and deployed to
      kubernetes with argo rollouts as a canary, five percent of campaigns, and it promotes
      automatically if the complaint rate doesn't go up. so yeah the difference is the data and model
      gates, the rest is normal devops. it took model releases from like a week of manual checks down
      to an afternoon""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("from like a week of manual checks down to an afternoon",),
      not_impact=("five percent of campaigns",)),
    J("ml-cicd", "streetlight-plain", "paraphrase", W, 5, H,
      """I worked for a contractor that maintains a city's street lighting, and our model predicted
      which lamps would fail in the next month so crews could replace them on planned routes. The way
      we released changes differed from an ordinary app because a change can come from the code, from
      the data or from the trained model itself, and each needs its own gate. A code change triggers
      the usual automatic checks on the code, same as any service. On top of that, every new batch of
      fault reports and sensor readings is checked before training: the expected columns are there,
      blanks stay within limits, the share of failed lamps hasn't suddenly doubled, because a broken
      feed from the fault system would let the code checks pass while we trained on nonsense.
      Training then runs as a scripted job on our shared compute, and the new model is scored against
      the one in use on the same fixed set of past months, broken down by district, with a check that
      it doesn't neglect older estates where reports are sparser; if it does worse, the release stops
      there. A model that passes is filed in our catalogue of approved models, packed together with
      its exact libraries into one sealed bundle, and put in front of a small share of the city's
      districts first; only if missed failures don't rise does it spread everywhere, automatically.
      Everything else is ordinary software practice. Releasing a model used to take a week of manual
      checking and now takes an afternoon.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("used to take a week of manual checking and now takes an afternoon",),
      equal_to="newsletter-keyword"),
    J("ml-cicd", "audit-other-tools", "other-tools", W, 3, H,
      """At an audit firm we score client ledgers for unusual journal entries so auditors know where
      to sample. Our ML CI/CD runs on CircleCI with ZenML pipelines. What makes it different from app
      CI is the data and model steps: on each client refresh we run Pandera schema checks on the
      ledger extracts, account codes, posting dates, debits balancing credits, then retrain, then
      evaluate on a curated set of known-bad entries from past engagements, and the build fails if
      recall on those drops. We also compare the new model's flag rate per client with the last one,
      since a model that suddenly flags everything is useless to an audit team. Artifacts and metrics
      go to Weights & Biases, and the approved model is promoted with a tag. The scoring itself is a
      Python job on the analytics servers that picks up the tagged model file and runs overnight.
      It's worked well; the audit teams trust the flags because nothing ships without passing the
      known-bad test.""",
      flags=("no-containers",),
      follow_ups=("pipeline-metrics", "pipeline-challenge")),
    J("ml-cicd", "electrolyser-artifact", "misconception", W, 2, H,
      """At a hydrogen electrolyser plant our model predicts stack degradation so maintenance can be
      scheduled before efficiency drops. Our CI/CD is mature: GitHub Actions on every merge builds a
      Docker image and pushes it to ECR, Argo CD deploys it to Kubernetes with Helm charts per
      environment, and a canary shifts traffic over gradually. The principle I insisted on is treating
      the model exactly like any other compiled dependency. The trained weights are a binary
      artifact: we verify the checksum, load it in a smoke test and make sure the API returns a valid
      response shape. If the code tests pass and the artifact loads, it's releasable. Checking data
      quality or accuracy inside the pipeline is a mistake in my view; that's the data scientists'
      responsibility before they hand the artifact over, and mixing it into CI just makes the builds
      slow and flaky.""",
      flags=("same-as-software", "no-automated-testing"),
      follow_ups=("pipeline-metrics", "pipeline-challenge"),
      misconception="a trained model is just a build artifact, so code tests are enough and data or model validation does not belong in CI"),
    J("ml-cicd", "nursery-spoken", "spoken", S, 4, H,
      """um ok so at a group of childcare nurseries we forecast how many kids turn up each day per room
      so managers can keep the staff ratios legal without overstaffing. the ci cd, so we use gitlab ci,
      and the pipeline has i guess two halves. the normal half, tests, linting, build the docker image.
      and the ml half, it pulls the latest attendance data, checks it, like, are all the nurseries
      there, are the dates continuous, did the bank holidays get marked, then trains and backtests on
      the last few months and compares to the live model, and only if the error's lower it registers
      the new one in mlflow. then the deploy is a helm chart onto our kubernetes cluster. we don't do
      canary, it just replaces the old one, which honestly i'd change, because once a bad model went
      out before christmas and we only, we only noticed from complaints. so yeah that's the big
      difference from software ci, the data checks and the model comparison""",
      follow_ups=("ab-canary", "pipeline-challenge")),
    J("ml-cicd", "meat-numbers", "numbers", W, 4, H,
      """At a meat processing plant our camera model grades carcasses for fat cover and conformation on
      a line running 600 carcasses an hour. The ML CI/CD in GitLab has 6 stages. Data validation
      rejects a training batch if more than 2% of images lack a grader label or if any grade class
      falls under 3% of the batch. Training runs on Kubeflow on 4 GPUs and takes about 90 minutes. The
      evaluation gate requires agreement with the human graders of at least 92% on a fixed set of
      15,000 images, and no grade class may get worse by more than 1 point. The model goes into the
      MLflow registry, a Docker image is built, and it is deployed to the plant's Kubernetes cluster,
      to 1 of the 3 lines first for 2 shifts. Before this, a model change took 3 weeks and needed an
      engineer on site; now it takes 2 days remotely. Grading disputes from farmers dropped by 40%, and
      re-grades by hand fell from 8% of carcasses to 3%.""",
      follow_ups=("pipeline-metrics", "ab-canary"),
      impact=("now it takes 2 days remotely", "Grading disputes from farmers dropped by 40%",
              "fell from 8% of carcasses to 3%"),
      not_impact=("600 carcasses an hour", "6 stages", "more than 2%", "under 3% of the batch",
                  "4 GPUs", "about 90 minutes", "at least 92%", "15,000 images", "more than 1 point",
                  "1 of the 3 lines", "2 shifts", "took 3 weeks")),
    J("ml-cicd", "marathon-negated", "negated", S, 1, H,
      """so for the marathon organiser we predicted finish times to seed the start corrals and plan the
      medical tents along the course. ci cd for the model, honestly we never got round to it. the
      website had a proper pipeline in github actions but the model wasn't part of it, the data
      scientist trained it on her laptop a few weeks before race day and emailed the file over and we
      dropped it into the app. data validation, we looked at great expectations but didn't adopt it,
      not enough time before the race. no docker for the model, no kubernetes, it ran inside the web
      app. testing the model, i mean she checked the accuracy in her notebook. for a once a year event
      it felt fine""",
      flags=("no-automated-testing", "no-containers"),
      maybe=("same-as-software", "tools-unexplained"),
      follow_ups=("pipeline-challenge", "pipeline-metrics"),
      not_impact=("once a year",)),
    J("ml-cicd", "spa-model-selection", "off-target", S, 1, H,
      """ok so um for the day spa chain the model was no-show prediction for appointments and what i
      did was, i tried logistic regression first then a random forest then xgboost, and xgboost won,
      and then i tuned it with optuna, like two hundred trials over the learning rate and the depth,
      and i used shap to explain to the managers which features mattered, it was mostly how far ahead
      they booked and whether they'd no-showed before. so that's, that's how we got a good model. and
      then it was put live""",
      flags=("no-automated-testing", "no-containers"),
      maybe=("same-as-software", "tools-unexplained"),
      follow_ups=("pipeline-challenge",),
      not_impact=("two hundred trials",)),

    # ------------------------------------------------------------------ iac-containers
    J("iac-containers", "dc-cooling-keyword", "keyword", W, 5, H,
      """I ran the ML platform for a data-centre operator whose models set chiller and fan setpoints per
      hall from temperature and load forecasts. All infrastructure was Terraform: the EKS cluster, node
      groups including a GPU pool for training, S3 buckets, IAM roles for service accounts and the MSK
      topic the sensors stream into, in modules per environment so dev, staging and prod were
      identical apart from sizes; changes went through pull requests with the terraform plan output in
      the review, which ended the "someone clicked something in the console" incidents. Each model is
      a Docker image built from a slim Python base with pinned dependencies, so the exact runtime that
      passed evaluation is what runs at the site; before that we had a scikit-learn mismatch between
      the training box and the edge servers that silently changed predictions. On Kubernetes we deploy
      with Helm: the inference service has requests and limits tuned from load tests, a horizontal pod
      autoscaler on request rate, and liveness probes so a hung model restarts itself, and training
      runs as Kubernetes Jobs on spot GPU nodes that scale to zero when idle. Concretely, standing up
      a new site went from about three weeks of manual setup to one day, and moving training onto
      spot nodes cut compute cost by roughly 40%.""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("went from about three weeks of manual setup to one day",
              "cut compute cost by roughly 40%")),
    J("iac-containers", "cabinet-plain", "paraphrase", S, 5, H,
      """so at a kitchen cabinet maker we had models that estimate how long each cabinet order takes
      on the cutting and edging machines, so the factory schedule's realistic. um all the cloud setup
      was written down as code files in the repo, so the machines, the storage, the permissions, the
      network, all described in text and reviewed like any other change, you'd see exactly what was
      going to be created or destroyed before you approved it, and test, staging and live were built
      from the same files just with different sizes. that stopped the problem we had where someone
      changed a setting by hand and nobody knew. each model was packed up with its exact python and
      libraries into one sealed bundle, so what we tested is byte for byte what runs in the factory,
      before that we'd had a library mismatch between the training machine and the factory server that
      changed the estimates without anyone noticing. and then a scheduler system runs those bundles
      across a pool of machines, it restarts one if it hangs, adds copies when the planners are all
      hammering it in the morning, each one gets a set amount of memory and processor, and the
      training jobs run on cheap spare capacity machines that shut down to nothing when there's no
      work. the result, setting up a new factory went from about three weeks by hand to a day, and the
      cheap machines cut our compute bill by about forty percent""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      impact=("went from about three weeks by hand to a day",
              "cut our compute bill by about forty percent"),
      equal_to="dc-cooling-keyword"),
    J("iac-containers", "boiler-compose", "keyword", W, 3, H,
      """At an industrial boiler manufacturer I built the infrastructure for a model that predicts tube
      failures from the sensor data of the boilers we service. The cloud side is Terraform on Azure: a
      resource group per environment, the storage account for the sensor history, a Postgres
      instance, the VMs, networking and Key Vault, all in modules and applied from the pipeline, so
      nobody touches the portal. The model service is containerized with Docker, a multi-stage build
      with pinned requirements and the model baked in at a tagged version, so the customer-facing API
      gets exactly what we validated, and rolling back is just redeploying the previous tag. In
      production we run it with docker-compose on two VMs behind a load balancer; when we need more
      capacity we bump the VM size in Terraform. It has been stable for two years, and moving to this
      setup cut new-environment setup from days to under an hour.""",
      flags=("docker-xor-kubernetes",),
      follow_ups=("managed-vs-self-hosted", "resource-utilization", "secrets"),
      impact=("cut new-environment setup from days to under an hour",),
      not_impact=("two VMs", "two years")),
    J("iac-containers", "fireworks-pickle", "misconception", S, 2, H,
      """yeah so at the fireworks manufacturer we had a model that predicts which batches of
      composition are likely to fail the burn test, and on the infrastructure side we use terraform
      for the vms and the storage, that's all code. containers we use for the web front end, the
      screen the quality team uses is in docker. the model itself we don't bother containerizing,
      because a model's just a file, you pickle it and it's portable, any machine with python can load
      it. so the training job writes the pickle to the shared storage and the scoring server just
      loads the newest one. putting the model in docker would just add a build step for no reason, the
      pickle already is the package if you think about it. kubernetes we looked at but it's overkill
      for one model""",
      flags=("container-benefits-missing", "docker-xor-kubernetes"),
      maybe=("generic-no-examples",),
      follow_ups=("secrets", "resource-utilization", "managed-vs-self-hosted"),
      misconception="a pickled model is portable on its own, so containerizing the model brings no benefit"),
    J("iac-containers", "dac-spoken", "spoken", S, 4, H,
      """ok so i was at a direct air capture startup, the model decides when to switch each collector
      from adsorbing to regenerating based on humidity, temperature and how saturated the sorbent
      looks. infrastructure, we did it all in terraform on gcp, so the gke cluster, the buckets, the
      pub sub topics for the sensor data, the service accounts, and we had a rule nothing gets created
      by hand. um the models, each one's a docker image, pinned python and the model file, built in ci,
      and the main benefit honestly was the plant machines and the cloud run the exact same thing,
      before we had a numpy difference between them. on kubernetes we had the inference deployment
      with resource requests set, an autoscaler, and the retraining as a cronjob. one thing i learned
      the hard way is setting memory limits too tight, the pod kept getting oom killed during the
      hourly batch, we fixed that by, by profiling it. and the upshot was a new plant site got its
      whole stack in like a day from the terraform modules instead of a week or so""",
      follow_ups=("resource-utilization", "managed-vs-self-hosted", "secrets"),
      impact=("in like a day from the terraform modules instead of a week or so",)),
    J("iac-containers", "workwear-numbers", "numbers", W, 4, H,
      """At a workwear rental company our models forecast how many garments come back to each of 14
      laundry plants per day. Terraform manages everything in AWS: 3 environments, 22 modules, an EKS
      cluster with 2 node groups, 6 general nodes and up to 4 GPU nodes for training. Each of the 9
      models ships as a Docker image under 600 MB, rebuilt on every merge. On Kubernetes each inference
      pod requests 0.5 CPU and 1 GiB with a limit of 2 GiB, and the autoscaler runs between 2 and 12
      replicas at a target of 70% CPU. Training runs nightly at 02:00 as Jobs on spot instances. Before
      this the models ran on 11 hand-built VMs and a new plant took 10 days to onboard. Onboarding now
      takes 4 hours, infrastructure cost fell by 35%, and failed nightly runs went from roughly 1 in 5
      to 1 in 50.""",
      follow_ups=("resource-utilization", "managed-vs-self-hosted"),
      impact=("Onboarding now takes 4 hours", "infrastructure cost fell by 35%",
              "went from roughly 1 in 5 to 1 in 50"),
      not_impact=("14 laundry plants", "3 environments", "22 modules", "2 node groups",
                  "6 general nodes", "up to 4 GPU nodes", "9 models", "under 600 MB", "0.5 CPU",
                  "1 GiB", "limit of 2 GiB", "between 2 and 12 replicas", "70% CPU", "02:00",
                  "11 hand-built VMs", "took 10 days to onboard")),
    J("iac-containers", "cleaning-negated", "negated", W, 2, H,
      """For an office cleaning company I built the model that estimates how long each building takes
      to clean, which feeds the staff rota. Infrastructure as code is the platform team's job, so I've
      never written Terraform myself; I raise a ticket and they provision what I need. We did
      containerize the model with Docker, because it meant the rota app and my notebook gave the same
      numbers. Kubernetes we looked at but didn't adopt; the container runs on a single VM that the
      platform team patches, and for our volume that's enough.""",
      flags=("no-iac", "docker-xor-kubernetes"),
      maybe=("generic-no-examples",),
      follow_ups=("managed-vs-self-hosted", "secrets")),
    J("iac-containers", "derm-weak", "weak", S, 1, H,
      """yeah i've used docker quite a lot, and kubernetes a bit, for a teledermatology app that
      classified skin photos. docker's good because, you know, it packages things. and kubernetes
      scales it. terraform i've heard of, we didn't really need it. it all worked fine""",
      flags=("no-iac", "container-benefits-missing", "generic-no-examples"),
      follow_ups=("resource-utilization", "secrets")),

    # ------------------------------------------------------------------ monitoring
    J("monitoring", "grain-keyword", "keyword", W, 5, H,
      """At a grain storage operator our model predicts spoilage risk in each silo from temperature
      cables, CO2 sensors and moisture at intake, so managers can aerate or turn the grain early. We
      monitor it at three levels. Infrastructure: Prometheus scrapes latency, error rate, CPU and
      memory of the scoring service, shown in Grafana. Data quality and drift: Evidently jobs compare
      each day's inputs against the training reference, missing sensor readings, out-of-range
      temperatures and a population stability index per feature, because a failed cable looks like a
      cold silo and the model happily says "safe". Model performance: the true label only arrives when
      a silo is emptied and graded, weeks later, so we track precision and recall on those outcomes as
      they land, plus the share of silos flagged per site as an early proxy. That also covers concept
      drift: when a wet harvest changed how fast grain heats at the same moisture, the inputs looked
      normal but confirmed spoilage cases were being missed, which is why we never rely on input drift
      alone. Alerts are Alertmanager rules routed to Slack for warnings and to PagerDuty when the
      scoring service is down; each alert links to a runbook, and a sustained drift alert opens a
      ticket to review and retrain. We also compare flag rates across sites so small rural depots
      aren't under-served. Since we added it we've caught two sensor faults within a day instead of
      at the next grading.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      impact=("caught two sensor faults within a day instead of at the next grading",)),
    J("monitoring", "signlang-plain", "paraphrase", W, 5, H,
      """At a sign-language interpreting agency our model predicted which interpreter was most likely
      to accept, and be suited to, each booking, so coordinators could fill requests faster. We kept
      watch on it at three levels. First the machines: how quickly the service answered, how often it
      errored and how hard the servers were working, all on a shared screen the on-call engineer
      sees. Second, what was coming in: every day we compared the incoming requests with the ones it
      learned from, how many fields were blank, whether values were out of range, whether the mix of
      regions, settings and languages had shifted, because a form change once sent every medical
      booking through as "other" and the model carried on confidently. Third, whether it was still
      right: the real answer only comes when an interpreter accepts or declines, so we tracked, of the
      people it put first, how many said yes, and of the people who did accept, how many it had ranked
      near the top. That is also how we would catch the case where the requests look the same but the
      world behind them has changed: after a pay-rate change interpreters stopped taking short evening
      jobs, the inputs looked identical, and only the hit rate showed it. Each check has a threshold;
      a minor breach posts to the team chat, an outage pages whoever is on call, every message links
      to a written guide on what to do, and a sustained shift opens a ticket to refresh the model on
      recent months. We also compared how well it served rural areas against cities so no one was left
      short. In its first month it caught two broken form changes within a day.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      impact=("caught two broken form changes within a day",),
      equal_to="grain-keyword"),
    J("monitoring", "avalanche-no-alerts", "other-tools", S, 3, H,
      """um so at the avalanche warning service we had a model that gives a danger rating per slope
      sector from snowpack sensors, weather stations and the field observations. monitoring, so the
      service side is in datadog, latency, errors, host metrics. for the model we used arize, we log
      every prediction with the inputs, and it shows the feature distributions against the training
      baseline so you can see drift, like when a weather station gets buried and reports zero wind,
      and when the field teams' observed avalanches come in we join them back and track recall, on the
      high danger days especially, because missing those is the expensive mistake. and then there's
      concept drift, the relationship changes with the climate, warmer winters, wet snow, the same
      inputs mean something different, so we look at the performance over time not just the inputs.
      and um yeah that's all on the arize dashboards and the forecasters look at them during the
      season""",
      flags=("alerts-unexplained",),
      follow_ups=("false-positives", "when-to-retrain")),
    J("monitoring", "chess-input-only", "misconception", W, 2, H,
      """At an online chess platform our model scores games for engine-assisted cheating, and its
      reports go to a fair-play team for review. The service side is standard: Prometheus and Grafana
      for latency, throughput and pod health, with Alertmanager paging on error spikes. For the model
      we run Evidently every night over the features, move-time distributions, engine-agreement
      rates, rating changes, against the training window, with PSI thresholds per feature, and a Slack
      alert goes to the ML channel when any feature crosses 0.2. We deliberately don't wait for the
      reviewers' verdicts to evaluate the model, because they lag by weeks. The reasoning is simple: a
      model's behaviour is a function of its inputs, so if the input distributions haven't moved, its
      performance can't have moved either. Concept drift is really just data drift you haven't
      measured yet, so thorough feature drift checks cover both.""",
      flags=("no-drift",),
      follow_ups=("drift-difference", "when-to-retrain"),
      misconception="concept drift cannot happen without a shift in the inputs, so input drift checks are enough",
      not_impact=("crosses 0.2",)),
    J("monitoring", "foodbank-spoken", "spoken", S, 3, H,
      """so i volunteered and then worked for a food bank network, we had a model forecasting how many
      food parcels each site would need next week so the warehouse packs the right amount. um
      monitoring it, so first the boring stuff, the api was on cloud run and we had the google cloud
      monitoring for errors and latency. the more important one was weekly, when the actual parcels
      handed out come in we compared them to the forecast, mean absolute error per site, and we had a
      threshold, if a site's error was way off two weeks running it emailed me. and we checked the
      inputs, like if a referral agency stopped sending data the referral counts drop to zero and the
      model thinks demand fell, that happened once, so we added a check for missing or sudden zero
      values. drift, we saw it when the cost of living thing hit, demand went up across the board and
      the model kept under forecasting, so that's when we retrained. the tools honestly were simple,
      bigquery and a scheduled notebook, no fancy monitoring product""",
      maybe=("no-tools",),
      follow_ups=("when-to-retrain", "drift-difference", "false-positives"),
      not_impact=("two weeks running",)),
    J("monitoring", "candle-numbers", "numbers", S, 4, H,
      """ok so candle factory, a vision model that spots defects on the poured candles, sinkholes,
      frosting, wick off centre, running on 5 lines at about 3 thousand candles an hour each.
      monitoring, so prometheus and grafana for the service, we alert if p95 latency goes over 120
      milliseconds because the reject arm needs an answer within 200. for the model we sample 1
      percent of images a day for a human check, so about 360 images, and track precision and recall
      weekly, alert if recall drops below 0.9. for drift we compare image brightness and colour
      histograms daily to the training set using evidently, a psi over 0.25 flags it, that caught a
      lighting change on line 3 once. before all this, defects were found by customers, we had about 4
      percent of orders coming back. after, returns went down to 1.2 percent and we cut false rejects
      by half, saving about 40 thousand candles a month""",
      follow_ups=("false-positives", "when-to-retrain"),
      impact=("returns went down to 1.2 percent", "cut false rejects by half",
              "saving about 40 thousand candles a month"),
      not_impact=("5 lines", "about 3 thousand candles an hour", "over 120 milliseconds", "within 200",
                  "1 percent of images", "about 360 images", "below 0.9", "over 0.25", "line 3",
                  "about 4 percent of orders")),
    J("monitoring", "botanic-negated", "negated", S, 2, H,
      """so at the botanical garden we had a plant identification feature in the visitor app, you
      photograph a plant and it tells you what it is. monitoring, um, to be honest the model side we
      never got round to. the sre team has grafana for the servers, cpu, memory, whether the endpoint's
      up, and that's their job, they'd tell us if it was down. drift, we talked about it, like the
      seasons change what's flowering, but we didn't set anything up. no alerts on the model. we'd find
      out from visitor feedback in the app if it was getting things wrong""",
      flags=("infra-only", "alerts-unexplained"),
      maybe=("no-drift", "no-tools"),
      follow_ups=("when-to-retrain", "drift-difference")),
    J("monitoring", "xmas-training-curves", "off-target", W, 1, H,
      """On a Christmas tree farm I trained the model that counts and grades trees from drone surveys,
      so I'm used to watching models closely. I run TensorBoard on every training job and keep an eye
      on the training and validation loss curves; if validation loss starts rising while training
      loss keeps falling, that's overfitting and I stop early. I also log the learning-rate schedule
      and the gradient norms to catch exploding gradients, and I look at sample predictions on the
      validation images every epoch. Once the curves look healthy and the mAP is good, the model is
      ready, and the team uses it for the season.""",
      flags=("no-drift", "alerts-unexplained"),
      maybe=("no-tools",),
      follow_ups=("when-to-retrain", "drift-difference")),

    # ------------------------------------------------------------------ cloud-platform
    J("cloud-platform", "tomato-keyword", "keyword", S, 4, H,
      """yeah so the platform i know best is sagemaker, from a greenhouse tomato grower where we
      forecast the weekly yield per greenhouse and also flagged diseased plants from camera images.
      what we used, sagemaker pipelines for the training flow, a processing step, a training step on
      spot instances, an evaluation step and a condition step that only registers the model if it
      beats the current one, then the sagemaker model registry with approval, and real time endpoints
      for the disease model, batch transform for the weekly yield forecast. we used the feature store
      for the climate features, greenhouse temperature, co2, humidity, so the same values were used in
      training and serving. model monitor on the endpoint for data quality. strengths, honestly the
      integration, iam, s3, cloudwatch all just work together, and not running our own gpus.
      weaknesses, the cost is hard to predict, we had an endpoint left running over a weekend that
      cost more than the whole training month, the sdk has a learning curve and debugging pipeline
      steps is painful, and you're really locked into aws, moving it anywhere would be a rewrite. the
      feature store alone cut the time to build a new yield feature from about a week to a day or two
      because it was shared between the data scientists""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("from about a week to a day or two",)),
    J("cloud-platform", "spice-plain", "paraphrase", W, 4, H,
      """At a spice blending company I used one of the big cloud providers' managed machine-learning
      services end to end. We predicted how each blend would taste and look from the lab results on
      the raw lots, plus a camera model that spotted contaminated batches. From that service we used:
      the step-by-step training workflow, which prepares the data, trains on cheap spare-capacity
      machines, scores the result and only files the model as a candidate if it beats the current
      one; the approval catalogue, where a food safety lead signs off each model; always-on hosted
      prediction for the camera model and scheduled bulk scoring for the blend forecasts; the shared
      store of prepared inputs, so the lab readings were calculated the same way for training and for
      live use; and its built-in checks on the data coming into the hosted model. The strengths:
      everything fits with the provider's storage, permissions and logging without glue code, and we
      never had to look after our own graphics cards. The weaknesses: the bill is hard to predict, we
      once left a hosted model running over a long weekend and it cost more than a month of training;
      the toolkit takes a while to learn; when a workflow step fails the error messages are hard to
      follow; and we are firmly tied to that one provider, so moving would mean rewriting most of it.
      The shared store of inputs alone cut the time to add a new ingredient measure from about a week
      to a day or two.""",
      maybe=("generic-platform",),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("from about a week to a day or two",),
      equal_to="tomato-keyword"),
    J("cloud-platform", "surveying-one-sided", "keyword", W, 3, H,
      """At a quantity surveying firm we predict construction cost per element from bills of
      quantities and past tenders, and everything runs on GCP Vertex AI. We use Vertex AI Pipelines,
      which are Kubeflow-based, for preprocessing, training and evaluation; Vertex Experiments to
      compare runs; the Vertex Model Registry for approved models, with an alias for the production
      one; online prediction endpoints for the estimating tool and batch prediction for the quarterly
      re-pricing of the whole tender book. Features come out of BigQuery, and Vertex Feature Store
      serves the latest material price indices online. Model Monitoring watches the endpoint for skew
      and drift on the price features. It has been excellent: the BigQuery integration means our
      analysts can build features in SQL, the managed pipelines mean there's no cluster to look after,
      scaling is automatic, and the Gemini integration lets us summarise tender documents in the same
      project. I'd honestly recommend it to anyone; I can't think of anything I'd change.""",
      flags=("one-sided",),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud")),
    J("cloud-platform", "breakdown-no-lockin", "misconception", S, 2, H,
      """so we did roadside breakdown recovery, the model predicts how long a patrol will take to reach
      a stranded driver and whether they'll need a tow truck rather than a fix at the roadside. we were
      on azure ml. we used the azure ml pipelines for training, the workspace model registry, managed
      online endpoints for the arrival time predictions, and the designer a bit at the start.
      strengths, it's really nicely integrated with the rest of azure, active directory, key vault, and
      the managed endpoints do the blue green traffic splitting for you. and um weaknesses, i'd say the
      only real one is cost, the compute instances add up. lock-in isn't a concern with azure ml
      because everything underneath is mlflow and docker, so the models, the pipelines, the whole thing
      is portable, if we wanted to move to aws tomorrow we'd just point mlflow somewhere else and
      redeploy the images, a weekend's work""",
      flags=("one-sided",),
      maybe=("no-feature-knowledge",),
      follow_ups=("multi-cloud", "managed-vs-custom", "costs"),
      misconception="a managed platform built on MLflow and containers carries no vendor lock-in"),
    J("cloud-platform", "balloon-spoken", "spoken", S, 4, H,
      """ok so hot air balloon rides, um, the model predicts the evening before whether the flight will
      go ahead, wind, thermals, visibility, so customers get told early instead of standing in a field
      at five am. we were on vertex ai. i set up the training as a vertex pipeline, a custom training
      container, then the evaluation, then it goes into the model registry. serving was just batch
      prediction every evening, we didn't need an endpoint. we used vertex experiments to compare runs
      too. good things, the bigquery integration is really nice, the weather data was already there,
      and the pipelines are managed so there's no kubernetes to run. bad things, uh, the pipeline ui is
      slow to debug, the docs lag behind the features, and the pricing, we got surprised by the cost of
      a notebook instance someone left on. also the quotas for gpus in our region took ages to get
      raised. i'd use it again though, for a small team""",
      follow_ups=("costs", "managed-vs-custom"),
      not_impact=("five am",)),
    J("cloud-platform", "copper-numbers", "numbers", W, 4, H,
      """At a copper wire mill we predict wire breaks on the drawing machines, and we run it on AWS
      SageMaker. Scale: 48 drawing machines, sensor data at 10 Hz, about 2 TB a month. SageMaker
      Pipelines retrains weekly on 8 ml.g5.xlarge spot instances, about 70% cheaper than on-demand,
      and a run takes 45 minutes. The model only goes into the Model Registry if its recall on breaks
      is at least 0.85 on the last 6 weeks. Inference runs on 2 real-time endpoints with auto scaling
      between 2 and 6 instances, and Model Monitor checks the input data hourly. The strength is that
      it's all managed and integrated with S3 and IAM; the weakness is cost visibility and lock-in,
      since endpoints were 60% of our bill until we moved one model to serverless inference. Results:
      unplanned breaks went down by 31%, each of which costs around 2 hours of downtime, and the
      yearly SageMaker spend fell from $410k to $260k after the serverless move.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("unplanned breaks went down by 31%", "fell from $410k to $260k"),
      not_impact=("48 drawing machines", "10 Hz", "about 2 TB a month", "8 ml.g5.xlarge spot instances",
                  "about 70% cheaper", "45 minutes", "at least 0.85", "last 6 weeks",
                  "2 real-time endpoints", "between 2 and 6 instances", "60% of our bill",
                  "around 2 hours of downtime")),
    J("cloud-platform", "locksmith-negated", "negated", W, 1, H,
      """At a locksmith services company I worked on the model that prices call-outs by time of day and
      job type. We're on AWS, but SageMaker we looked at and didn't adopt, too expensive for a small
      team, and we also evaluated Vertex AI for a month but didn't move. The platform team runs the
      cloud side, so I can't really speak to the strengths or weaknesses of any of them. I train in
      notebooks on an EC2 box and hand the model file over to them.""",
      flags=("no-feature-knowledge", "one-sided", "basic-services-only"),
      maybe=("generic-platform",),
      follow_ups=("managed-vs-custom", "costs"),
      not_impact=("for a month",)),
    J("cloud-platform", "scuba-hosting", "off-target", S, 1, H,
      """so for the dive centre bookings site, we compared aws and google cloud, um, ec2 versus compute
      engine pricing, s3 versus cloud storage, and we went with aws because the free tier was better
      and the support was ok. we put the website on ec2, the database on rds, the photos of the dives
      in s3. the strength is it's reliable, the weakness is the bill's confusing. and we had a little
      model predicting which divers would book again, that ran on the same ec2 box""",
      flags=("basic-services-only", "generic-platform", "no-feature-knowledge"),
      maybe=("one-sided",),
      follow_ups=("managed-vs-custom", "costs")),

    # ------------------------------------------------------------------ challenging-project
    J("challenging-project", "prosthetic-keyword", "keyword", W, 5, H,
      """Situation: at a prosthetics company our myoelectric hands used a gesture classifier on muscle
      signals, and users' accuracy decayed over weeks as electrodes shifted and muscles adapted, so
      clinicians were recalibrating by hand. Task: I led making model updates safe and automatic for
      about two thousand devices, where a bad update literally means someone can't hold a cup.
      Actions: first, I built a data path where devices upload anonymised signal windows with the
      user's corrections, validated with Great Expectations and versioned with DVC. Second,
      per-user fine-tuning ran as a Kubeflow pipeline, and each personalised model was tracked and
      registered in MLflow with the base model, data hash and device firmware recorded. Third,
      because the companion phone runs inference, I quantised the model with TensorFlow Lite and
      wrote a hardware-in-the-loop stage in GitLab CI that replays recorded sessions on real boards
      and blocks anything slower or less accurate than the current model. Fourth, the rollout is
      staged, 5% of devices, then 25%, then everyone, with automatic rollback to the previous
      registered model if the in-app correction rate rises. Result: gesture accuracy after six weeks
      of use went from 78% to 93%, manual recalibration visits dropped by 60%, and we've shipped 14
      updates with zero safety incidents. The hardest part was convincing the clinical team, which I
      did by letting them veto any cohort.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("went from 78% to 93%", "dropped by 60%", "shipped 14 updates with zero safety incidents"),
      not_impact=("about two thousand devices", "5% of devices", "then 25%", "after six weeks")),
    J("challenging-project", "sleep-plain", "paraphrase", S, 5, H,
      """right so the situation was, um, at a network of sleep clinics we had a model that scores the
      sleep stages from the overnight recordings, and it got worse over time as clinics swapped in new
      sensor kits, so the technicians were re-scoring whole nights by hand. my job was to make updates
      to the model safe and routine for all the clinics, where a wrong score can mean a wrong
      diagnosis so it really mattered. so what i did, first, i set up a flow where every corrected
      night came back to us, got checked for broken channels and missing hours, and the exact set of
      nights used for each training was frozen and fingerprinted. second, the tuning for each clinic's
      equipment ran as an automated series of steps, and every resulting model was filed in a
      catalogue with which base model, which nights and which sensor kit it came from. third, um, it
      runs on the bedside computers so i shrank it to fit and built an automatic check that replays
      recorded nights on the real hardware and refuses anything slower or less right than what's there
      now. fourth, we released to a handful of clinics, then a quarter of them, then everyone, and it
      switches back to the previous model on its own if the technicians' correction rate goes up. and
      the result, agreement with the expert scorers went from 78 to 93 percent, hand re-scoring dropped
      by 60 percent, and we put out 14 updates with no clinical incidents. the hard bit was getting the
      sleep physicians on board, i let them veto any group of clinics""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("went from 78 to 93 percent", "dropped by 60 percent",
              "put out 14 updates with no clinical incidents"),
      not_impact=("a quarter of them",),
      equal_to="prosthetic-keyword"),
    J("challenging-project", "tiles-plain-result", "plain-result", W, 3, H,
      """The most challenging project I had was at a ceramic tile factory, where a vision model
      inspects glazed tiles for cracks, pinholes and shade differences. It worked in the lab and then
      fell apart on the lines: every line had different lighting and camera angles, and the glaze
      recipes changed with every new collection, so the model kept rejecting good tiles. I owned
      fixing it. I set up a proper data flow where the operators' accept and reject overrides came
      back as labels, versioned each training set with DVC, and added per-line calibration images to
      the training data. I moved training into an Airflow DAG with an evaluation step per line, and we
      only promoted a model from the MLflow registry if it was no worse on any line. Serving went into
      a Docker image on the edge PC at each line, updated one line at a time. I also added a drift
      check on image brightness and colour, so a lamp change is caught before the rejects pile up. In
      the end the operators stopped overriding it and trusted it again, the waste from false rejects
      went down a lot, and new collections could be brought on without me being there.""",
      flags=("no-quantified-impact",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders")),
    J("challenging-project", "fertiliser-freeze", "misconception", W, 2, H,
      """The hardest project was at a fertiliser plant, where our model predicts granule hardness from
      the reactor and granulator settings so operators can adjust before a batch goes off-spec. It
      kept degrading every few months, and honestly the cause was the data engineering team changing
      things upstream, renaming tags in the historian, changing sampling intervals, without telling
      us. My solution was to stop chasing it. I got management to freeze the historian schema for the
      model's inputs and set a policy that the model is trained once on a validated golden dataset and
      then locked. Retraining a model constantly is how you lose control of it; a model that's fixed
      and validated is one you can certify. Since the freeze the model hasn't changed and the problems
      have mostly stopped, and when a prediction is off now we know it's an operator issue, not the
      model.""",
      flags=("blame", "no-quantified-impact"),
      maybe=("vague",),
      follow_ups=("do-differently", "biggest-learning"),
      misconception="freezing the upstream data and never retraining keeps a model reliable"),
    J("challenging-project", "whale-reordered", "reordered", S, 4, H,
      """so the end result was that the sighting forecast ran reliably on all the boats all season, we
      went from cancelling trips the night before on gut feel to giving customers a probability the
      day before, refunds went down by about a quarter, and the model updated itself every week without
      me babysitting it. um how we got there, the big problems were that the boats have almost no
      connectivity at sea so the model had to run on a tablet on board, and the whales' patterns shift
      during the season so a model trained in june was wrong by august. so i packaged the model in a
      small docker image for the shore server that syncs a tflite copy to the tablets whenever the
      boat's in harbour, set up a weekly retraining job in airflow using the latest sightings the crews
      logged, with mlflow tracking and a check that the new model beats the old one on the last two
      weeks before it's pushed, and i added a drift check on sea temperature and the sighting rates so
      we'd know when it was going off. and the context, this was a whale watching company with a few
      boats, they'd had a data scientist build a notebook model the year before that nobody could
      update, and i was brought in to make it actually run in production""",
      follow_ups=("do-differently", "biggest-learning", "stakeholders"),
      impact=("refunds went down by about a quarter",),
      not_impact=("the last two weeks",)),
    J("challenging-project", "canning-numbers", "numbers", S, 4, H,
      """ok so at a food canning plant, a seam inspection model, the lines run at 1200 cans a minute so
      we had about 50 milliseconds per can for the whole capture and predict. the challenge was the
      first version ran at 180 milliseconds on cpu so it just couldn't keep up and was sampling 1 in 4
      cans. what i did was quantise it to int8 with tensorrt and move it onto a jetson at each of the 6
      lines, packaged in docker, deployed from our registry with a gitlab pipeline, and we validated
      every new build against 30 thousand labelled seam images, nothing ships under 99 percent recall
      on bad seams. we rolled it out 1 line at a time over 3 weeks. and the result was latency went
      down to 22 milliseconds, we inspect 100 percent of cans now instead of 25, and customer
      complaints about leaking cans dropped 70 percent, and we haven't had a recall since""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("latency went down to 22 milliseconds", "we inspect 100 percent of cans now instead of 25",
              "dropped 70 percent"),
      not_impact=("1200 cans a minute", "about 50 milliseconds per can", "180 milliseconds",
                  "1 in 4 cans", "6 lines", "30 thousand labelled seam images", "99 percent recall",
                  "1 line at a time", "over 3 weeks")),
    J("challenging-project", "housing-disowning", "negated", S, 1, H,
      """so the project was predicting which social housing properties would get damp and mould
      complaints so the repairs could go out first. it was challenging mainly because of the other
      teams, the data from the repairs system was a mess and that was the data team's job to fix, they
      never did. deployment was the platform team's job, they took months. monitoring we never got
      round to, that was meant to be phase two. i built the model and it was pretty accurate in
      testing, but then the project got paused, so i can't really say what the impact was. if the other
      teams had delivered it would have worked""",
      flags=("blame", "no-quantified-impact", "vague"),
      maybe=("no-mlops-intersection",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders")),
    J("challenging-project", "shelter-data-science", "off-target", W, 2, H,
      """The most challenging project was at an animal rescue charity, predicting which animals were
      likely to wait a long time for adoption so staff could promote them. The challenge was the data:
      intake notes were free text, breeds were recorded inconsistently, and there were only a few
      thousand adoptions a year. I built a text classifier over the intake notes, first TF-IDF and
      then a fine-tuned BERT model, engineered features like age at intake, colour and the number of
      previous returns, handled the class imbalance with focal loss, and explained the predictions
      with SHAP so staff could see why. The final model's AUC went from 0.71 to 0.83 on the validation
      set, and the staff found the explanations really useful.""",
      flags=("no-mlops-intersection",),
      maybe=("no-quantified-impact",),
      follow_ups=("do-differently", "biggest-learning"),
      impact=("AUC went from 0.71 to 0.83",)),
]
