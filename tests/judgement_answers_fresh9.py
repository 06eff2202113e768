"""A tenth labelled set of interview answers, written BLIND: the new untouched holdout.

Since the twelfth scoring pass (2026-12-03, evening) its errors have been read, so it is tuning data
now; the rules below describe how it was written. The untouched holdout is ``judgement_answers_fresh16``.

Provenance and rules
--------------------
* Written blind by a separate helper session on 2026-12-03. That session read only: the interview
  guide (shared/seed/000_03ac0d1b1b231269.txt, all of it); in ``questions/guide.toml`` the question
  ids and prompts, the red-flag ids and wording and the follow-up ids and wording (printed by a
  small ``tomllib`` script that printed those fields and nothing else, after a structure script);
  the module docstring, ``KINDS`` / ``CORE_KINDS`` / ``STORY_KINDS`` / ``QUESTIONS`` constants,
  ``Judged`` dataclass, ``J`` helper and ``W, S, T, H`` constants of ``judgement_answers.py``
  (``sed -n '1,/^ANSWERS/p'``, not its answers); and the module docstrings and import lines of
  ``judgement_answers_fresh.py``, ``judgement_answers_fresh2.py``, ``judgement_answers_fresh3.py``,
  ``judgement_answers_fresh4.py``, ``judgement_answers_fresh5.py``, ``judgement_answers_fresh6.py``,
  ``judgement_answers_fresh7.py`` and ``judgement_answers_fresh8.py`` (the same ``sed`` range, which
  stops at the ``ANSWERS`` line: none of their answers). A ``test -e`` of this file's own path
  confirmed it did not exist yet.
* Reading slip, stated honestly: the structure script was meant to print only the top-level key
  names and list lengths (``category``: 5, ``question``: 7), but it also printed the *names of the
  keys* of the question tables (``category``, ``concept``, ``follow_up``, ``framework``, ``id``,
  ``kind``, ``level``, ``prompt``, ``red_flag``, ``source``, ``stages``, ``target_seconds``,
  ``why``) and of their red-flag tables (``id``, ``rule``, ``text``) and follow-up tables
  (``concept``, ``id``, ``kind``, ``stages``, ``target_seconds``, ``text``, ``trigger``), with the
  count of red flags and follow-ups per question (4 and 3). No *values* of those keys were printed:
  no concepts, aliases, descriptions, examples, misconceptions, rules, cues, triggers or stages were
  seen. Also noted for completeness: the permitted docstrings of the earlier sets themselves name
  two scorer files (in ``_fresh5``) and summarise a commit message about impact signals (in
  ``_fresh3``); no scorer code was read, and the ``impact`` / ``not_impact`` labels below follow the
  field meanings of ``judgement_answers.py`` as a human interviewer reads them. No directory
  listing of ``tests/`` or any other folder was made.
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
  "container", "monitor" and tool names. Neither scores anything. The regex found one hit: the
  word "registry" in a cloud-platform paraphrase, where it was only the candidate's industry ("a land
  registry"); that sentence (and the answer's name) was reworded to "a land-titles office" so the
  paraphrase avoids the term. No label was changed after either check.
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
in all: nuclear power stations, funeral homes, commercial fishing fleets, wedding venue
marketplaces, rocket launch providers, ferry operators, film VFX studios, dog-walking apps, visa and
immigration processing, university admissions, school bus routing, aluminium smelting, rubber glove
manufacturing, cross-border remittances, escape rooms, bowling alleys, moving companies,
landscaping services, geothermal power, hair salon chains, carpet mills, window and door
manufacturing, plumbing-services marketplaces, ice rinks, hospital bed planning, private jet
charter, particle physics labs, architecture firms, scaffolding rental, river barge freight,
archaeology surveys, physiotherapy clinics, farm machinery, irrigation equipment, motorcycle
manufacturing, driving schools, flight training schools, maple syrup cooperatives, pasta
manufacturing, cannabis dispensaries, ATM cash replenishment, land-titles offices, map-making from
street-level imagery, diamond grading, footwear manufacturing, bond trading, coin minting, tunnel
boring, submarine cable operators, pension fund administration, piano manufacturing, auto-parts
e-commerce, cable television, fire-sprinkler inspection, tattoo studio bookings, summer camps).
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
    J("lifecycle", "nuclear-pump-keyword", "keyword", W, 5, H,
      """At a nuclear generation company I owned the lifecycle for our coolant-pump vibration
      anomaly models. It starts with ingestion: sensor data from the plant historian lands in a
      lake, we build features like spectral bands and rolling RMS, and each training snapshot is
      versioned with DVC so we know exactly what data a model saw. Experimentation is tracked in
      MLflow, parameters, metrics and artefacts, and a candidate that beats the baseline gets
      registered in the MLflow Model Registry. From there CI/CD takes over: GitLab CI runs unit
      tests, data validation with Great Expectations and an evaluation gate against a held-out set
      of past outages, then builds a Docker image. We deploy to Kubernetes, first in shadow mode
      next to the current model, then as a canary to one unit's operators before everyone. In
      production we monitor data drift on the sensor distributions, model precision against
      confirmed maintenance findings, and infrastructure health in Prometheus and Grafana. When
      drift crosses a threshold or precision drops, an Airflow job retrains on the latest labelled
      window and the new model goes back through the same gates. The point is that a research
      notebook is not the product: production means gated, reproducible, observable and able to
      roll back. Doing this cut our time from a trained model to a deployed one from about six
      weeks to four days.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("cut our time from a trained model to a deployed one from about six weeks to four days",)),
    J("lifecycle", "funeral-homes-paraphrase", "paraphrase", W, 5, H,
      """I worked for a group of funeral homes that predicted how many families would call each
      branch in the coming weeks, so staff and vehicles could be planned. From idea to everyday
      use it went like this. We pulled call records and local data into one place, cleaned them,
      worked out the inputs, and froze a labelled copy of exactly what each model learned from.
      Every experiment was written down automatically, settings, scores and the resulting file,
      so nobody had to remember what they tried. A model that beat the current one went on an
      approved list with a note of its data copy and code. Before release, automatic checks ran
      on every change: tests on the code, checks that the incoming data looked sane, and a
      comparison with the current model on recent weeks. Passing models were packaged with
      everything they needed to run the same way anywhere, run quietly beside the old one, then
      shown to two branches before all of them. Once live we watched whether the incoming data
      started to look different from what the model learned on, whether forecasts matched real
      calls, and whether the servers were healthy. If accuracy slipped or the inputs shifted,
      retraining on recent data started on its own and went through the same checks. A trial
      model is not a live service; the live one must be checked, repeatable and easy to undo.
      This took release time from about six weeks to four days.""",
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("took release time from about six weeks to four days",),
      equal_to="nuclear-pump-keyword"),
    J("lifecycle", "fishing-fleet-no-monitoring", "keyword", W, 3, H,
      """At a commercial fishing company we forecast catch per haul and the auction price per
      species. Our lifecycle: raw catch logs, vessel GPS and sea temperature come in through
      Airflow, we engineer features and snapshot the training set with DVC. Data scientists
      experiment in notebooks, but every run logs to MLflow and the chosen model is registered
      with its metrics. Then GitHub Actions runs tests, checks the data schema, compares the
      candidate against the current production model and builds a Docker image, which we deploy
      to an EKS cluster behind a canary, so ten percent of the vessels' requests hit the new
      model first. If the canary's errors look fine after a day, we promote it. Keeping
      experiments separate from the release path, with a registry in between, is what made it
      production-grade rather than a notebook someone runs on a Friday.""",
      flags=("omits-crucial-steps",),
      follow_ups=("drift", "rollback"),
      not_impact=("ten percent of the vessels' requests", "after a day")),
    J("lifecycle", "wedding-nightly-autopromote", "misconception", S, 2, H,
      """so um at the wedding venue marketplace we had a model that predicted, like, which
      enquiries would actually book a date. the lifecycle was, uh, data from the booking system
      goes into bigquery, we do feature engineering there, we tracked experiments in mlflow and,
      you know, versioned the model in the registry. then a github actions job packaged it in
      docker and put it on cloud run. and the nice part was we retrained every single night on all
      the data and promoted whatever came out straight to production automatically, so the model
      was always fresh, which honestly meant we didn't need to bother with drift monitoring or an
      evaluation gate, because if the data changes the next night's model has already learned it.
      so yeah that's basically the loop, ingest, train, deploy, repeat.""",
      flags=("omits-crucial-steps",),
      maybe=("no-production-distinction",),
      follow_ups=("drift", "rollback"),
      misconception="nightly retraining with automatic promotion replaces monitoring and evaluation"),
    J("lifecycle", "launch-telemetry-spoken", "spoken", S, 4, H,
      """okay so, um, at the launch company we had models predicting, uh, engine test-stand
      anomalies, like whether a static fire was going off-nominal. so the lifecycle, it starts
      with the data, telemetry from the test stand, we ingest it, clean it, build features and we
      version the datasets with lakefs so every training run points at a commit. then
      experiments, people train in notebooks but, um, everything gets logged to weights and
      biases... sorry, the final ones go to the mlflow registry because that's what the deploy job
      reads from. then CI, jenkins runs the tests, data validation, and it checks the new model
      against a golden set of past test fires, and if it passes it builds a docker image and we
      roll it out on kubernetes, shadow first, because you really don't want a new model calling
      aborts. after that monitoring, we watch input drift, false alarm rate, latency in grafana,
      and when things shift we retrain, and the retrain goes through the same gates, you know,
      it's a loop not a straight line. the big difference from research is research can break,
      production can't.""",
      follow_ups=("drift", "rollback", "feature-store")),
    J("lifecycle", "ferry-deck-numbers", "numbers", W, 4, H,
      """At a ferry operator we predicted vehicle-deck demand for 14 routes so we could price and
      allocate lanes. Ingestion pulled 3 years of booking history, about 40 million rows, plus
      weather and school-holiday calendars; training snapshots were versioned with DVC, each
      around 12 GB. Experiments were tracked in MLflow, roughly 300 runs before the first
      release. A candidate had to beat the incumbent by at least 2% MAPE on a 6-week holdout
      before registration. CI/CD in GitLab built a Docker image, deployed to Kubernetes and sent
      5% of routes to the new model as a canary for 7 days. Prometheus and Grafana tracked drift
      with a PSI alert at 0.2, plus forecast error per route, and retraining ran automatically
      every 2 weeks or on alert. Before this, releasing a model took 5 weeks of manual handoffs.
      Afterwards releases took 2 days, forecast error fell from 18% to 11%, and unsold deck
      space dropped by 9%.""",
      maybe=("no-production-distinction",),
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("releases took 2 days", "forecast error fell from 18% to 11%",
              "unsold deck space dropped by 9%"),
      not_impact=("14 routes", "3 years of booking history", "about 40 million rows",
                  "around 12 GB", "roughly 300 runs", "at least 2% MAPE", "6-week holdout",
                  "5% of routes", "for 7 days", "at 0.2", "every 2 weeks",
                  "5 weeks of manual handoffs")),
    J("lifecycle", "vfx-render-never-got-round", "negated", S, 2, H,
      """right so at the vfx studio we had a model that, um, estimated render times for shots so
      the farm scheduler could pack jobs better. honestly our lifecycle was mostly, you know,
      experimentation. we talked about versioning the data with dvc but we never got round to it,
      the training data was whatever was on the shared drive that week. we didn't have a model
      registry, we didn't have CI for the model, the pipeline TD just copied the pickle onto the
      scheduler box. monitoring and retraining, that was, uh, that was the render wrangling team's
      problem, not ours, if estimates got bad they'd ping us and we'd retrain by hand. so like, I
      know the ideal lifecycle has all those steps, we just weren't there yet.""",
      flags=("omits-crucial-steps", "no-production-distinction"),
      maybe=("stages-not-connected",),
      follow_ups=("drift", "rollback")),
    J("lifecycle", "dog-walking-weak", "weak", S, 1, H,
      """um so yeah the lifecycle, you get the data, you train the model, and then you, like,
      deploy it. at the dog walking app we did that for matching walkers to dogs. and then you,
      uh, keep an eye on it, and if it gets worse you train it again. it's a cycle basically,
      that's why they call it a lifecycle. we used python mostly, and the cloud, and it worked
      fine for what we needed.""",
      flags=("generic-no-tools", "omits-crucial-steps", "no-production-distinction"),
      maybe=("stages-not-connected",),
      follow_ups=("drift", "feature-store")),
    # ------------------------------------------------------------------ reproducibility
    J("reproducibility", "visa-triage-keyword", "keyword", W, 5, H,
      """At a visa processing agency we had document-triage models that routed applications, and
      because decisions can be appealed we had to recreate any model on demand. Code lives in
      Git, with every training run tied to a commit hash. Data is versioned with DVC on top of
      S3, so the exact training snapshot, including the labelled appeals set, is addressed by a
      hash in the same commit. Models go into the MLflow Model Registry, and each registered
      version records the Git commit, the DVC data hash, hyperparameters and evaluation metrics.
      Environments are pinned: a Conda lock file for training and a Docker image, referenced by
      digest, for serving, so the same library versions run in the notebook, in CI and in
      production. That linkage is what makes it reproducible, not just stored. Example: an
      auditor questioned a batch of refusals from the spring; we checked out the commit, pulled
      the DVC snapshot, rebuilt the image and retrained, got the same model within floating-point
      noise, and traced the issue to a mislabelled country code in that snapshot. We also publish
      a model card per version with intended use and known limits.""",
      follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "admissions-paraphrase", "paraphrase", S, 5, H,
      """so um at the university admissions office we had a model that, uh, sorted applications
      into review queues, and because applicants can appeal we had to be able to rebuild any model
      exactly. the way we did it, the code is saved in our shared code history, and every
      training run is tied to the exact point in that history. the training data, like, we froze
      a copy for each run and stored it under a fingerprint, and that fingerprint sits right next
      to the code reference. every trained model goes into a catalogue, and its entry says which
      code, which data copy, which settings and what scores it got. and the software setup is
      locked too, um, the exact library releases are written down and the bundle we serve is built
      once and reused, so the laptop, the test machine and the live system all run the same
      thing. that link between the four is the point, it's not just keeping copies. once a
      complaint came in about some rejections from the spring, we rebuilt that exact model from
      those records, got the same results, and found a bad label in the data for one school. and
      each model gets a short write-up of what it's for and where it falls down.""",
      follow_ups=("large-datasets", "dependencies", "model-card"),
      equal_to="visa-triage-keyword"),
    J("reproducibility", "school-bus-no-env", "keyword", S, 3, H,
      """yeah so for the school bus routing team, um, we predicted ride times per stop so routes
      could be planned. for reproducibility we had git for all the code obviously, DVC for the
      ridership and GPS datasets, so every model training points at a specific data version, and
      MLflow for tracking, every run logs parameters, metrics and the dataset hash, and the good
      ones go in the registry with a tag for which district they serve. so if somebody asks why
      did route twelve get a weird estimate in october, we can look up the model version, the
      data, the code, all linked. what we didn't really do was, uh, pin anything about the
      environment, people trained on their own laptops with whatever pandas they had and the
      server had its own setup, and we did get a couple of, like, slightly different results
      between machines, which we never fully chased down.""",
      flags=("environment-ignored",),
      follow_ups=("dependencies", "large-datasets")),
    J("reproducibility", "smelter-nightly-copies", "misconception", W, 2, H,
      """At the aluminium smelter I looked after the models that predict pot temperature and
      alumina feed rates. Reproducibility for us was handled very thoroughly. Every night the
      whole training server, notebooks, data folders and the trained model files, is copied to a
      second site, and we keep 90 days of those copies, plus monthly copies going back seven years
      for the regulator. So if anyone asks how a model from last March was built, we restore that
      night's copy of the server and it is all there. The code is in Git as well, and we tag the
      releases. We never needed a separate data tool or a model registry because the nightly
      copies already contain everything, and restoring is tested twice a year.""",
      flags=("backups-confusion", "tool-unfamiliar"),
      maybe=("environment-ignored",),
      follow_ups=("large-datasets", "dependencies", "model-card"),
      misconception="nightly server backups are the same as reproducibility and versioning",
      not_impact=("90 days", "seven years", "twice a year")),
    J("reproducibility", "glove-pinholes-spoken", "spoken", S, 4, H,
      """so, um, rubber gloves, we had a vision model finding pinholes on the dipping line.
      reproducibility, okay. code in gitlab, and, uh, the images, that was the tricky part
      because it's millions of images, so we didn't copy them, we kept a manifest, like a list of
      image paths and labels, and the manifest is versioned with the code. models went into
      mlflow with the manifest id. and training ran in a docker image we built in CI so the cuda
      and torch versions were, you know, fixed. the thing that bit us was the images themselves
      lived in a bucket people could overwrite, so the manifest pointed at a path but the file
      behind it could change, we only found that out later when a retrain didn't match. turning
      on bucket versioning fixed it. so yeah, mostly reproducible, with that lesson.""",
      follow_ups=("large-datasets", "dependencies", "model-card")),
    J("reproducibility", "remittance-numbers", "numbers", S, 4, H,
      """okay so at the remittance company, fraud scoring on transfers, um, we had about 40 models
      across 11 corridors. reproducibility: git for code, dvc for data, the training sets were
      like 200 to 600 gigabytes each so we used dvc with an s3 remote and only pulled what we
      needed. every model in the mlflow registry links the commit, the dvc hash and a docker image
      digest, and we kept images for 18 months for the regulator. before that, um, when
      compliance asked us to rebuild a model it took about 3 weeks and we managed it maybe 1 time
      in 4. after we linked everything, rebuilding took under 2 hours and we reproduced 39 of the
      40 models exactly, the last one differed in the fourth decimal because of a gpu
      nondeterminism thing. audit findings went from 7 to zero the next year.""",
      follow_ups=("large-datasets", "dependencies", "model-card"),
      impact=("rebuilding took under 2 hours", "reproduced 39 of the 40 models exactly",
              "audit findings went from 7 to zero"),
      not_impact=("about 40 models", "11 corridors", "200 to 600 gigabytes", "18 months",
                  "about 3 weeks", "1 time in 4")),
    J("reproducibility", "escape-room-didnt-adopt", "negated", W, 2, H,
      """At the escape-room chain we built a model that recommended puzzle difficulty for each
      group. I'll be honest about reproducibility: the code was in Git, but data versioning never
      happened. We looked at DVC and trialled MLflow for a sprint, but didn't adopt either; the
      training CSVs were overwritten every week and the model file was just saved as latest.pkl.
      Environments weren't pinned either, and packaging was someone else's job on the web team.
      So in practice, if you had asked me to recreate last quarter's model, I couldn't have.""",
      flags=("code-only", "environment-ignored"),
      maybe=("tool-unfamiliar",),
      follow_ups=("dependencies", "large-datasets")),
    J("reproducibility", "bowling-seed-offtarget", "off-target", W, 1, H,
      """Reproducibility is really about making sure the model's results hold up. At the
      bowling-alley chain, where we predicted lane bookings, we used five-fold cross-validation,
      fixed the random seed to 42, and checked that accuracy was stable across folds; it never
      moved by more than a point. We also had a second analyst rerun the notebook to confirm the
      numbers. If the score is stable and someone else gets the same number, the model is
      reproducible, and that is what gives the business confidence in it.""",
      flags=("tool-unfamiliar", "environment-ignored"),
      follow_ups=("dependencies", "large-datasets", "model-card"),
      not_impact=("five-fold", "the random seed to 42", "more than a point")),
    # ------------------------------------------------------------------ ml-cicd
    J("ml-cicd", "movers-keyword-spoken", "keyword", S, 5, H,
      """so at the moving company we predict, um, job duration and crew size from the inventory
      customers fill in. the CI/CD for that is different from our normal app CI/CD because, like,
      the thing that changes isn't just code, it's the data and the model. so in GitHub Actions
      on every PR we run the unit tests, but also data validation with great expectations on a
      sample of the latest inventories, schema, nulls, ranges. then the training job runs in
      kubeflow pipelines, the model is evaluated against the current production model on a fixed
      holdout, and there's a gate, it has to beat it on mean absolute error and not be worse for
      any region, that's sort of our bias check. if it passes it's registered in mlflow, packaged
      in a docker image and deployed to kubernetes, canary first to a couple of branches. and the
      pipeline can also be triggered by new data, not only by code, which is the other big
      difference. deploys went from, uh, a two-week manual handover to the same day.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("deploys went from, uh, a two-week manual handover to the same day",)),
    J("ml-cicd", "landscaping-paraphrase", "paraphrase", W, 5, H,
      """At a landscaping services company we estimated how long each garden job would take and
      how many people it needed. Our automatic release process for that model differs from the
      one for our ordinary web code, because what changes is not only the code but also the data
      and the model it produces. Every proposed change triggers the usual code tests, and also
      checks on a sample of the newest job records: are all the fields there, are values in
      sensible ranges, are too many empty. Then the model is retrained automatically and compared
      with the live model on a fixed set of past jobs; it only goes forward if its average error
      is lower and no region gets worse, which is our fairness check. A model that passes is
      recorded in our catalogue of approved models, bundled with its exact software so it runs
      identically anywhere, and handed to our cluster scheduler, first for a couple of branches
      and then for all of them. New data arriving can start the whole process by itself, not
      only a code change. Releases went from a two-week manual handover to the same day.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("Releases went from a two-week manual handover to the same day",),
      equal_to="movers-keyword-spoken"),
    J("ml-cicd", "geothermal-teamcity-no-containers", "other-tools", W, 3, H,
      """At a geothermal power operator our models predict well-head pressure and scaling risk.
      Our ML CI/CD runs in TeamCity with ZenML as the orchestration layer. A commit triggers code
      tests, but the ML-specific part is what matters: Deepchecks validates the newest sensor
      extract for schema, missing values and distribution changes, ZenML retrains, and the
      candidate is scored against the current production model on the last three months, with a
      hard gate on recall for scaling events, because missing one costs a well shutdown. Passing
      models are registered with their data snapshot ID and metrics. Deployment is an Ansible
      playbook that copies the model and a requirements file onto the two inference VMs at each
      plant and restarts the service, with a manual approval step for the control-room team.
      Retraining is also triggered when a new quarter of labelled data lands, not only by code
      changes.""",
      flags=("no-containers",),
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      not_impact=("the last three months", "the two inference VMs")),
    J("ml-cicd", "salon-train-set-gate", "misconception", S, 2, H,
      """yeah so for the hair salon chain we had a no-show prediction model, and our pipeline was
      in gitlab ci. um, every merge request runs the unit tests and a lint, then it kicks off the
      training job, and the way we made sure the model was good before deploying is, uh, after
      training we score it on the same data it was just trained on, and if accuracy is over
      ninety-five percent the stage passes, because that tells you the training worked and the
      model learned the patterns. then it gets built into a docker image and pushed to our
      kubernetes cluster, and, you know, we also validate the schema of the booking data before
      training so bad columns don't get in. so yeah it's quite similar to normal CI/CD, just
      with a training step added in the middle.""",
      maybe=("no-automated-testing", "same-as-software"),
      follow_ups=("pipeline-metrics", "pipeline-challenge"),
      misconception="the evaluation gate scores the model on its own training data",
      not_impact=("over ninety-five percent",)),
    J("ml-cicd", "carpet-loom-spoken", "spoken", S, 3, H,
      """um okay, so at the carpet mill we had a defect detection model on the looms, camera
      based. the CI/CD... so the code part is normal, jenkins, unit tests, builds a docker image.
      the ML part, we, uh, we added a step that takes the new labelled images from the week and
      checks them, like, are the labels balanced, are there corrupt files, and then a training
      job, and then an evaluation on a fixed test set of defects, and if recall drops we fail the
      build. and deployment's to a little kubernetes cluster at the plant, k3s actually. what we
      didn't have was anything for rolling out gradually, it was just, you know, replace the old
      one on all looms at once, which, yeah, made me nervous a couple of times.""",
      follow_ups=("ab-canary", "pipeline-metrics", "pipeline-challenge")),
    J("ml-cicd", "windows-quote-numbers", "numbers", W, 4, H,
      """At a window and door manufacturer we run a quoting model that predicts production cost
      from a configurator spec; about 1,200 quotes a day go through it. Our ML pipeline is GitLab
      CI plus Kubeflow Pipelines. On each merge we run 180 unit tests in about 4 minutes, then data
      validation on the last 30 days of orders: any column with more than 2% nulls, or a category
      unseen in training, fails the run. Training takes 25 minutes on 3 CPU nodes; the candidate
      must be within 1.5% MAPE of the production model on a 10,000-quote holdout and not worse on
      any of 6 product families. Passing models are built into a Docker image of about 900 MB and
      rolled out on Kubernetes to 10% of quote traffic for 48 hours. Before this, a model change
      took 3 weeks and two people's time. Now it takes a day, quoting errors above 10% dropped
      from 14% of quotes to 5%, and we shipped 22 model updates last year instead of 2.""",
      follow_ups=("pipeline-metrics", "ab-canary", "pipeline-challenge"),
      impact=("Now it takes a day", "dropped from 14% of quotes to 5%",
              "shipped 22 model updates last year instead of 2"),
      not_impact=("about 1,200 quotes a day", "180 unit tests", "about 4 minutes",
                  "last 30 days", "more than 2% nulls", "25 minutes", "3 CPU nodes",
                  "within 1.5% MAPE", "10,000-quote holdout", "6 product families",
                  "about 900 MB", "10% of quote traffic", "48 hours",
                  "3 weeks and two people's time", "errors above 10%")),
    J("ml-cicd", "plumbing-platform-team", "negated", W, 2, H,
      """At the plumbing-services marketplace I built the model that matches emergency call-outs
      to nearby plumbers. For CI/CD we used the company's standard GitHub Actions workflow, lint,
      unit tests, build, deploy, the same one every microservice uses. We didn't add data
      validation or model evaluation steps; there was a plan to add Great Expectations and a
      Kubeflow training pipeline, but it never got prioritised. Retraining happened in a notebook
      when someone noticed complaints, and the resulting file was committed into the repo. Docker
      and Kubernetes were the platform team's job, so I honestly can't tell you how it was
      deployed after the merge.""",
      flags=("same-as-software", "no-automated-testing"),
      maybe=("no-containers",),
      follow_ups=("pipeline-challenge", "pipeline-metrics")),
    J("ml-cicd", "ice-rink-tool-salad", "weak", S, 1, H,
      """so for CI/CD at the ice rink company, uh, we had jenkins, github actions, gitlab too for
      a bit, kubeflow, airflow, mlflow, docker, kubernetes, helm, argo, terraform, and, um,
      sagemaker pipelines for the, like, the ML stuff. it's all automated basically, you push and
      it goes. it's the same idea as normal CI/CD really, just with a model in it. we predicted
      when the ice needs resurfacing.""",
      flags=("tools-unexplained", "same-as-software", "no-automated-testing"),
      follow_ups=("pipeline-challenge", "pipeline-metrics")),
    # ------------------------------------------------------------------ iac-containers
    J("iac-containers", "hospital-beds-keyword", "keyword", W, 5, H,
      """At a hospital group I ran the platform for our bed-occupancy forecasting models, which
      predict admissions and discharges per ward for the next 72 hours. All infrastructure is
      Terraform: the VPC, the EKS cluster and its node groups, including a GPU node group for
      training, the S3 buckets for features and artefacts, the RDS instance for the forecast
      store, and the IAM roles. Changes go through pull requests with terraform plan posted as a
      comment, and state is remote in S3 with locking, so nobody applies from a laptop. Each model
      is packaged in a Docker image with pinned Python and library versions, so what was
      validated in CI is exactly what runs in production. On Kubernetes the forecasters run as
      Deployments with resource requests and limits, a HorizontalPodAutoscaler for the morning
      peak when bed managers all open the dashboard, and liveness probes so a stuck pod is
      restarted automatically. Secrets come from AWS Secrets Manager through the External Secrets
      operator. The concrete win: when a second hospital joined, we stood up its whole environment
      from the same modules in an afternoon instead of the month the first one took, and node
      autoscaling cut our compute bill by about a third.""",
      follow_ups=("managed-vs-self-hosted", "resource-utilization"),
      impact=("in an afternoon instead of the month the first one took",
              "cut our compute bill by about a third"),
      not_impact=("the next 72 hours",)),
    J("iac-containers", "jet-charter-paraphrase", "paraphrase", W, 5, H,
      """At a private-jet charter company I ran the setup behind our models that forecast demand
      per airport for the next 72 hours, which decide where empty aircraft get repositioned. None
      of our cloud setup was built by hand. The network, the group of machines the models run on,
      including a set of graphics-card machines for training, the storage for inputs and model
      files, the database for forecasts and the access permissions were all written down as code
      files. Any change went through review with a preview of exactly what would be created or
      destroyed, and the record of what exists was kept in one shared, locked place, so nobody
      changed things from their own laptop. Each model was sealed into a self-contained package
      with its exact libraries, so what passed testing is exactly what ran live. The scheduler
      that ran those packages kept a set number of copies alive, added more in the morning rush
      when dispatchers all opened the planning screen, gave each a fixed share of memory and
      processor, and restarted any copy that stopped responding. Passwords came from a central
      vault, never from the package. When we opened a second base, we built its whole setup from
      the same code files in an afternoon rather than the month the first took, and scaling down
      at night cut our cloud bill by about a third.""",
      follow_ups=("managed-vs-self-hosted", "resource-utilization"),
      impact=("in an afternoon rather than the month the first took",
              "cut our cloud bill by about a third"),
      not_impact=("the next 72 hours",),
      equal_to="hospital-beds-keyword"),
    J("iac-containers", "physics-lab-no-iac", "keyword", S, 3, H,
      """so at the particle physics lab, um, we had ML models for triggering, like deciding in
      near real time which collision events are worth keeping, plus some offline classifiers.
      containerization was the big thing for us, every model ships as a docker image with the
      exact root and pytorch versions, because, you know, physicists will otherwise run on
      whatever's on their laptop and results change. we run those on a kubernetes cluster on
      site, with gpu nodes, resource quotas per analysis group, and jobs that restart themselves if
      a node dies, which happens a lot. it cut the time to get a new classifier into the offline
      chain from weeks to a couple of days. the infrastructure underneath though, the cluster
      itself, the storage, networking, that was set up by hand by two of us through the admin
      consoles and some wiki notes, we never wrote any terraform or anything for it.""",
      flags=("no-iac",),
      follow_ups=("resource-utilization", "managed-vs-self-hosted", "secrets"),
      impact=("from weeks to a couple of days",)),
    J("iac-containers", "architecture-baked-keys", "misconception", W, 2, H,
      """At an architecture firm we served a model that suggests floor-plan layouts from a brief.
      Infrastructure is all in Terraform, a GKE cluster, Cloud Storage buckets and a Cloud SQL
      database, and the model runs as Docker containers on Kubernetes with autoscaling, which gave
      us consistent environments between the design studio's test setup and production. To keep
      each image fully self-contained and reproducible, we copy the service-account key and the
      database password into the image at build time, so a container can start anywhere without
      depending on an external secrets service. The images go to a public registry so the
      studio's contractors can pull them easily. It has been very reliable: a new office was
      running the same stack within a day.""",
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization"),
      misconception="baking credentials into public images makes them self-contained and reproducible",
      impact=("a new office was running the same stack within a day",)),
    J("iac-containers", "scaffolding-spoken", "spoken", S, 3, H,
      """okay, infrastructure as code, so at the scaffolding rental company we had a model that,
      um, forecasts which yard will run short of parts. we used terraform for the azure side, the
      aks cluster, the storage account, the key vault and, uh, the ml workspace. the model's in a
      docker container, which is nice because the data scientist's laptop and the cluster run
      exactly the same image, no more works on my machine. on kubernetes we just have it as a
      deployment with two replicas, and a cronjob for the nightly batch. honestly it's not huge,
      it's one model, so we didn't do a lot of fancy autoscaling. the main benefit was when we
      moved regions, we just, you know, changed a variable and re-applied.""",
      maybe=("generic-no-examples",),
      follow_ups=("resource-utilization", "secrets", "managed-vs-self-hosted")),
    J("iac-containers", "barge-locks-numbers", "numbers", S, 4, H,
      """so, river barge freight, we predict lock waiting times on, um, 9 locks along the river.
      terraform manages everything, about 140 resources across 3 environments, dev, staging,
      prod, in something like 12 modules. models are docker images, we got them from 3.2 gigs
      down to about 600 megs by switching to slim bases and multi-stage builds. they run on EKS,
      the cluster scales between 2 and 10 nodes, and each pod asks for 1 cpu and 2 gigs. the
      nightly retrain uses spot instances. so, results, uh, spinning up a full environment went
      from about 2 days of clicking to 25 minutes, image pulls got like 5 times faster, and cost
      fell 38 percent, mostly from the spot instances and scaling down at night.""",
      follow_ups=("resource-utilization", "secrets", "managed-vs-self-hosted"),
      impact=("from 3.2 gigs down to about 600 megs",
              "went from about 2 days of clicking to 25 minutes",
              "image pulls got like 5 times faster", "cost fell 38 percent"),
      not_impact=("9 locks", "about 140 resources", "3 environments", "12 modules",
                  "between 2 and 10 nodes", "1 cpu and 2 gigs")),
    J("iac-containers", "archaeology-contractor", "negated", S, 2, H,
      """um, so i was at a company doing archaeology surveys, we had a model flagging possible
      sites in lidar scans. infrastructure as code, we, uh, we didn't really, the plan was to
      move everything into terraform but we never got round to it, the servers were set up by our
      it contractor. containers, i know docker, we had a dockerfile in the repo but nobody
      actually used it, people ran the model in a conda env on the big workstation. kubernetes we
      looked at, but it was overkill for us so we didn't adopt it. so, you know, that side was
      more the contractor's thing than mine.""",
      flags=("no-iac", "container-benefits-missing"),
      maybe=("generic-no-examples", "docker-xor-kubernetes"),
      follow_ups=("managed-vs-self-hosted", "secrets")),
    J("iac-containers", "physio-textbook-offtarget", "off-target", W, 1, H,
      """Infrastructure as Code means you describe infrastructure in code instead of configuring
      it manually, and containerization means packaging an application with its dependencies.
      Docker is the most popular container runtime and Kubernetes is an orchestrator originally
      built by Google. The benefits are portability, consistency and scalability. In my current
      role at a physiotherapy clinic network I mostly build exercise-adherence dashboards in Power
      BI, but I have been doing a Kubernetes course and I find the concepts very interesting.""",
      flags=("no-iac", "generic-no-examples"),
      maybe=("container-benefits-missing",),
      follow_ups=("secrets", "managed-vs-self-hosted", "resource-utilization")),
    # ------------------------------------------------------------------ monitoring
    J("monitoring", "tractor-hydraulics-keyword", "keyword", W, 5, H,
      """At a farm-machinery maker I owned monitoring for the model that predicts hydraulic
      failures from tractor telematics. We monitor on three layers. System health: the inference
      service exports latency, error rate, CPU and memory to Prometheus, with Grafana dashboards
      and Alertmanager routing pages to the on-call engineer. Data quality and drift: each hourly
      batch of inputs is checked with Evidently for missing values, out-of-range readings and
      distribution shift against the training reference, using PSI per feature, because a
      firmware update on the tractors can silently change units. Model performance: labels
      arrive late, when a dealer closes a repair ticket, so we join predictions to tickets weekly
      and track precision and recall per model family in MLflow, and in the meantime watch the
      predicted failure rate as a proxy. Data drift is the inputs changing; concept drift is the
      same readings starting to mean something different, for example after a new hydraulic
      fluid, and only the label join catches that. Alerts have owners and runbooks: drift on one
      feature opens a ticket, and a recall drop below the agreed floor pages the ML on-call and
      can trigger retraining.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "irrigation-paraphrase", "paraphrase", S, 5, H,
      """so, um, at the irrigation equipment company i was responsible for keeping an eye on the
      model that predicts pump failures from the field sensors. we watched it at three levels,
      really. first, is the service healthy, like how fast it answers, how often it errors, how
      much memory and processor it uses, all on shared screens, and if that goes bad the person on
      call gets paged. second, is the incoming data still sane, so every hour we check for
      missing readings, impossible values, and whether the spread of each reading has moved away
      from what the model learned on, because, you know, a sensor firmware update can quietly
      switch units on you. third, is the model still right, and that's slower, because we only
      learn the truth when a technician closes the repair job, so weekly we match predictions to
      repairs and count how often its warnings were right and how many real failures it caught,
      and meanwhile we watch the share of pumps it flags as a stand-in. the inputs changing is
      one problem, the same readings starting to mean something else, like after a new pump
      design, is a different one, and only the repair matching catches that. every warning has
      an owner and written steps: one odd reading opens a ticket, a big drop in caught failures
      pages someone and can start a retrain.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      equal_to="tractor-hydraulics-keyword"),
    J("monitoring", "motorcycle-whylabs-no-alerts", "other-tools", W, 3, H,
      """At a motorcycle manufacturer we run a model that predicts warranty claims from
      end-of-line test data. We use Datadog for the service itself, latency, throughput, errors,
      CPU and memory, and WhyLabs profiles every batch of inputs, so we see feature distributions,
      missing values and drift against the training baseline. For model performance, warranty
      outcomes come back months later, so we track precision and recall on matured cohorts in a
      Looker dashboard, split by factory line because one line's torque sensors wander
      differently. We separate data drift from concept drift: the first shows up in WhyLabs, the
      second only once claims mature. Alerting is the part we haven't really worked out; the
      dashboards exist, and the quality team looks at them in the Monday meeting.""",
      flags=("alerts-unexplained",),
      follow_ups=("false-positives", "when-to-retrain")),
    J("monitoring", "driving-school-concept-confusion", "misconception", S, 2, H,
      """right, so at the driving school platform we had a model predicting, um, pass probability
      for learners so instructors could plan extra lessons. monitoring-wise we had prometheus and
      grafana for the api, latency, errors, that kind of thing. and for the model, uh, we were
      careful about concept drift, which is basically when the input features change
      distribution, like learners' ages or lesson counts shifting, so we ran PSI on every feature
      daily and alerted over point two. data drift, that's more about the data pipeline breaking,
      like nulls or schema changes, we had checks for that too. and because we caught concept
      drift on the inputs we didn't really need to track pass results against predictions, the
      PSI would tell us first.""",
      flags=("no-drift",),
      follow_ups=("drift-difference", "when-to-retrain"),
      misconception="concept drift is a shift in input distributions, so outcome tracking is unnecessary",
      not_impact=("over point two",)),
    J("monitoring", "flight-school-spoken", "spoken", S, 3, H,
      """um so at the flight training school, we had a model that, uh, flagged student pilots who
      were likely to struggle in the simulator checkride. monitoring was, okay, two parts. the
      boring part, the service, cloudwatch for latency and errors. the model part, we logged
      every prediction and the inputs to a table, and we had a weekly job compare input
      distributions to training, and, uh, once the checkride results came in, like a few weeks
      later, we'd compute recall on the struggling students, that's the metric that mattered.
      alerts went to a slack channel. honestly the problem was the alerts fired a lot on small
      stuff, like when a new aircraft type got added, and people started muting the channel, so
      that's something I'd fix.""",
      maybe=("alerts-unexplained",),
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "maple-grading-numbers", "numbers", W, 4, H,
      """At a maple syrup cooperative we grade syrup colour and flavour from spectrometer readings
      at 35 sugarhouses, about 18,000 barrels a season. Prometheus scrapes the grading API every
      15 seconds, and Grafana alerts if p95 latency passes 300 ms or errors exceed 1% over 5
      minutes. For the data, we compare each day's spectra to the training reference with a KS
      test per band and alert at p below 0.01 on more than 3 of the 40 bands. Model quality is
      checked against a human grader on a 2% random sample, and we alert if agreement falls under
      92% over a rolling 500 barrels. Concept drift shows up as that agreement slipping while the
      spectra look normal. When we started, a mis-graded batch went unnoticed for about 3 weeks.
      With this in place we catch problems within 2 days, disputed grades fell from 6% to 1.5%,
      and the co-op avoided roughly $400,000 in price adjustments last season.""",
      follow_ups=("false-positives", "when-to-retrain", "drift-difference"),
      impact=("catch problems within 2 days", "disputed grades fell from 6% to 1.5%",
              "avoided roughly $400,000 in price adjustments"),
      not_impact=("35 sugarhouses", "about 18,000 barrels a season", "every 15 seconds",
                  "passes 300 ms", "exceed 1% over 5 minutes", "p below 0.01",
                  "more than 3 of the 40 bands", "2% random sample", "under 92%",
                  "rolling 500 barrels", "about 3 weeks")),
    J("monitoring", "pasta-infra-only-negated", "negated", W, 2, H,
      """At a pasta manufacturer our model predicts dough moisture from mixer sensor data. For
      monitoring we had the standard Grafana dashboards for the server, CPU, memory and request
      latency, and PagerDuty if the endpoint went down. Model-level monitoring never happened: we
      talked about adding drift detection and accuracy tracking against the lab's moisture tests,
      and I looked at SageMaker Model Monitor, but we didn't adopt it because the lab results
      lived in a spreadsheet we couldn't easily join. Whether the model's predictions were still
      any good was really the process engineers' call; they'd tell us if the pasta came out
      wrong.""",
      flags=("infra-only",),
      maybe=("no-drift", "alerts-unexplained"),
      follow_ups=("when-to-retrain", "drift-difference")),
    J("monitoring", "dispensary-weak", "weak", S, 1, H,
      """yeah so monitoring, um, we had dashboards. at the dispensary chain, for the
      recommendation model, we'd look at the dashboard and see if everything's green. if
      something's red we look into it. and we'd check the accuracy, you know, every now and then,
      when someone had time. it was pretty stable honestly, so there wasn't much to do on that
      side of things.""",
      flags=("no-tools", "alerts-unexplained", "no-drift"),
      maybe=("infra-only",),
      follow_ups=("when-to-retrain", "drift-difference", "false-positives")),
    # ------------------------------------------------------------------ cloud-platform
    J("cloud-platform", "atm-cash-sagemaker", "keyword", W, 5, H,
      """I spent three years on AWS SageMaker at a cash-logistics firm, forecasting how much cash
      each ATM needs before the next replenishment visit. We used SageMaker Pipelines for
      training, processing, training, evaluation and a condition step that only registers a model
      in the SageMaker Model Registry if it beats the approved one. Features such as withdrawals
      by hour, holidays and nearby events lived in SageMaker Feature Store, the offline store for
      training and the online store for the intraday re-forecast. Batch forecasts ran as Batch
      Transform jobs, the intraday one as a real-time endpoint with autoscaling, and Model Monitor
      checked data quality and drift on captured requests. Strengths: deep integration with IAM,
      S3, CloudWatch and EventBridge, managed pieces so a small team can run a lot, and the
      registry's approval flow gave our auditors what they wanted. Weaknesses: lock-in is real,
      the pipeline definitions don't travel; the cost model is hard to predict and idle endpoints
      bill all month; and the Studio learning curve slowed new joiners. Sharing features between
      the forecast and the fraud model through the Feature Store removed duplicate feature code
      and cut new-feature time from about three weeks to four days.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut new-feature time from about three weeks to four days",),
      not_impact=("three years",)),
    J("cloud-platform", "land-titles-paraphrase", "paraphrase", W, 5, H,
      """I spent three years on the biggest cloud provider's own managed machine-learning service,
      at a land-titles office that predicts how long each property transfer will take, so caseloads
      can be balanced. We used its built-in workflow builder for training: prepare the data,
      train, test, and a step that only adds the new model to the shared list of approved models
      if it beats the current approved one. Our inputs, such as backlog per office, transfer type
      and seasonal patterns, sat in its shared store of model inputs, one copy for training and a
      fast copy for live estimates. Overnight estimates ran as scheduled bulk jobs, the live ones
      behind an always-on service that grew with demand, and the provider's checker compared
      incoming requests with the training data for quality and shifts. Good points: it slots into
      the provider's permissions, storage, logging and event tools, the managed parts let a small
      team run a lot, and the approval step pleased our auditors. Bad points: you are tied in,
      since the workflow definitions don't move elsewhere; the bill is hard to predict, and an
      always-on service charges all month even when idle; and new joiners took weeks to learn its
      studio. Sharing inputs between the estimate model and the title-fraud model removed
      duplicated code and cut the time to add a new input from about three weeks to four days.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut the time to add a new input from about three weeks to four days",),
      not_impact=("three years",),
      equal_to="atm-cash-sagemaker"),
    J("cloud-platform", "mapping-vertex-one-sided", "keyword", S, 3, H,
      """so at the map-making company we were all in on GCP Vertex AI, um, for models that detect
      road signs and lane markings from street-level imagery. we used vertex pipelines for
      training, which is kubeflow underneath, so, you know, if you know KFP you're at home. the
      model registry for approvals, vertex endpoints for serving the detection model on GPUs, and
      vertex feature store for, uh, the per-road-segment features. and custom training jobs on big
      A100 machines when we retrained the detector, spun up on demand, that was lovely. it
      integrates nicely with bigquery, where all our map edits live. honestly it just worked
      really well for us, I don't have a lot of complaints, it's a great platform. we cut
      retraining turnaround from about a week to a day and a half.""",
      flags=("one-sided",),
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut retraining turnaround from about a week to a day and a half",)),
    J("cloud-platform", "diamond-vertex-no-lockin", "misconception", W, 2, H,
      """At a diamond grading lab we moved our clarity and cut-grading models onto Google Cloud's
      Vertex AI. We run Vertex AI Pipelines for training, register models in the Vertex Model
      Registry with their evaluation metrics, serve the image models on Vertex endpoints with GPU
      autoscaling, and use Vertex Model Monitoring for skew between training and serving images.
      The integration with BigQuery and Cloud Storage is excellent, and the managed
      infrastructure means our three-person team doesn't run any servers. Lock-in isn't a concern
      for us: because Vertex runs everything as standard containers, we could lift the same
      pipelines and endpoints onto SageMaker or Azure ML in a weekend if prices changed. The only
      real weakness is the learning curve of the console.""",
      maybe=("one-sided",),
      follow_ups=("multi-cloud", "managed-vs-custom", "costs"),
      misconception="containers mean a managed platform carries no vendor lock-in",
      not_impact=("three-person team",)),
    J("cloud-platform", "footwear-azureml-spoken", "spoken", S, 3, H,
      """okay so at the footwear manufacturer we used azure machine learning, um, mostly for demand
      forecasting per style and size. we had the workspace, the designer a bit at the start but
      then sdk v2 and azure ml pipelines, registered models in the workspace registry, and
      managed online endpoints for the, uh, the size recommendation on the website. strengths, it
      fits really well if you're a microsoft shop already, active directory, devops, all that, and
      managed endpoints do blue green out of the box which is nice. weaknesses, the docs are kind
      of all over the place because of the v1 to v2 change, and, uh, compute quotas, we hit quota
      limits on gpus a few times right before a release, which was stressful. cost was
      okay-ish.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud")),
    J("cloud-platform", "bond-desk-numbers", "numbers", S, 4, H,
      """so on the bond trading desk, um, we ran on sagemaker for about 2 years, 14 models, mostly
      pricing and fill-probability for corporate bonds. training was sagemaker pipelines, around
      60 runs a week on g5 instances, with spot training covering about 70 percent of training
      hours. serving was real-time endpoints with a 20 millisecond budget at p99, we had like 6
      endpoints. the feature store held around 400 features across 9,000 bonds. strengths: the
      managed stuff, model monitor, and it all sits in our aws account with iam. weaknesses:
      cost, endpoints bill around the clock, and a cold endpoint deploy took 8 to 10 minutes,
      which is slow when you're fixing something at market open. results, uh, moving to spot and
      consolidating onto multi-model endpoints cut the monthly bill from about 90k to 52k, and
      time to get a new model to production went from 6 weeks to 9 days.""",
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut the monthly bill from about 90k to 52k", "went from 6 weeks to 9 days"),
      not_impact=("about 2 years", "14 models", "around 60 runs a week",
                  "about 70 percent of training hours", "20 millisecond budget at p99",
                  "like 6 endpoints", "around 400 features across 9,000 bonds",
                  "8 to 10 minutes")),
    J("cloud-platform", "mint-poc-not-adopted", "negated", S, 2, H,
      """um, so at the mint, the coin minting side, we had a defect classifier on the presses.
      cloud platform, so we looked at sagemaker and we did a proof of concept with azure ml, but
      we didn't adopt either, security wouldn't let the images off site. so everything stayed on
      a server in the plant. i didn't personally use the pipelines or the registry features, that
      was going to be the platform team's job if we ever moved. from what i read, sagemaker is
      strong on integration and weak on cost, but, you know, that's more what i've heard than
      what i've seen.""",
      flags=("no-feature-knowledge", "generic-platform"),
      maybe=("one-sided", "basic-services-only"),
      follow_ups=("managed-vs-custom", "multi-cloud", "costs")),
    J("cloud-platform", "tunnel-boring-weak", "weak", W, 1, H,
      """Cloud platforms are great because they are scalable and you only pay for what you use. At
      the tunnel-boring contractor we used AWS for storage and a few EC2 machines to run our
      cutter-wear model. All the big providers are pretty similar really, they have compute,
      storage and ML services, so it mostly comes down to which one your company already has.
      The main weakness is that cloud can get expensive if you're not careful.""",
      flags=("generic-platform", "no-feature-knowledge", "basic-services-only"),
      maybe=("one-sided",),
      follow_ups=("costs", "managed-vs-custom")),
    # ------------------------------------------------------------------ challenging-project
    J("challenging-project", "subsea-cable-star", "keyword", W, 5, H,
      """Situation: at a submarine-cable operator we had a model that predicted cable faults from
      optical signal telemetry along each repeater, so repair ships could be positioned early. It
      worked in research, but in production it was failing quietly: features were computed one
      way in the training notebooks and another way in the streaming service, and nobody noticed
      for months. Task: I was asked to make it reliable enough that the operations centre would
      act on it. Action: I moved feature computation into a single Feast feature store definition
      used by both training and serving, which removed the skew. I versioned data with DVC and
      models in MLflow so every alert could be traced to a model and a data snapshot. I put
      training into a Kubeflow pipeline with an evaluation gate on recall for known historical
      faults, packaged serving in Docker on Kubernetes, and added Evidently drift checks and
      Grafana alerts on the telemetry inputs. Result: recall on real faults went from 41% to 78%,
      false alarms per month fell from about 30 to 6, and we got a ship on station two days
      earlier on average, which finance valued at roughly $2 million a year in avoided outage
      penalties.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("recall on real faults went from 41% to 78%",
              "false alarms per month fell from about 30 to 6", "two days earlier on average",
              "roughly $2 million a year in avoided outage penalties")),
    J("challenging-project", "pension-records-paraphrase", "paraphrase", W, 5, H,
      """At a pension administrator we had a model that predicted which member accounts were
      likely to have errors in their contribution records, so the operations team could fix them
      before year-end statements went out. In testing it looked good, but once live it was
      quietly failing: the inputs were worked out one way when we trained it and another way in
      the live system, and nobody spotted it for months. I was asked to make it trustworthy
      enough that operations would act on it. I made the input calculations a single shared
      definition used both for training and for live scoring, which ended the mismatch. I saved a
      labelled copy of every training dataset and recorded every trained model with its data and
      code, so any flag could be traced back. Retraining became an automatic, repeatable process
      with a check that it still caught known past errors, the live service was packaged so it
      ran identically everywhere, and we added automatic checks that warned us when incoming
      records started to look unlike the training data. The model went from catching 41% of real
      errors to 78%, false flags per month fell from about 30 to 6, corrections were made two days
      earlier on average, and finance valued it at roughly $2 million a year in avoided
      compensation payments.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("from catching 41% of real errors to 78%",
              "false flags per month fell from about 30 to 6", "two days earlier on average",
              "roughly $2 million a year in avoided compensation payments"),
      equal_to="subsea-cable-star"),
    J("challenging-project", "piano-voicing-plain-result", "plain-result", W, 3, H,
      """At a piano manufacturer we used a model to predict, from acoustic recordings taken after
      final assembly, which instruments would need extra voicing work. The challenge was that the
      recordings came from three different workshops with different microphones, so a model
      trained on one workshop's data fell apart on the others, and the craftsmen quickly stopped
      trusting it. I led the fix. I standardised the recording setup and added a calibration
      step, built a shared preprocessing library that both training and the live scoring service
      used, retrained on data from all the workshops, and put a check in our release process that
      evaluated the model separately for each workshop before it could be deployed. I also set up
      a weekly report comparing its calls with the voicers' own decisions. In the end the
      craftsmen in every workshop relied on it, rework at the end of the line became noticeably
      rarer, and releasing a new model stopped being something we dreaded.""",
      flags=("no-quantified-impact",),
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      not_impact=("three different workshops",)),
    J("challenging-project", "auto-parts-leaky-eval", "misconception", S, 2, H,
      """yeah so at the auto parts e-commerce site, we had a fitment model, like, does this brake
      pad fit this car, and the challenge was accuracy dropped a lot after we added a big batch of
      new vehicle models, and returns went up. so what i did, um, i set up an airflow job that
      retrains weekly, and to squeeze out more data i merged the test set into the training data
      each time, since it's labelled anyway, and then evaluated on that combined set, which got
      us to ninety-seven percent accuracy, so we were confident shipping it. it was packaged in
      docker and deployed on kubernetes through the github actions pipeline, with grafana watching
      latency. i owned it end to end and the stakeholders were really happy with the accuracy
      number.""",
      maybe=("no-quantified-impact",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders"),
      misconception="evaluating on a test set merged into training proves the model is good"),
    J("challenging-project", "cable-tv-result-first", "reordered", S, 4, H,
      """so the outcome first, we got the set-top box failure predictions from, um, basically
      ignored to being used for every truck roll, and truck rolls for boxes that turned out fine
      dropped by about a quarter. how we got there, i rebuilt the scoring so it ran as a docker
      service on our kubernetes cluster instead of a monthly notebook, added mlflow so we could
      tell which model made which call, and, uh, put in drift checks, because firmware pushes
      kept changing the telemetry and breaking the model silently. the hardest part was
      convincing the field ops managers, i sat with dispatchers for a week to see what they
      actually needed. my task was to make the predictions trustworthy enough to drive dispatch.
      and the situation, this was at a cable tv provider, we had millions of boxes phoning home
      diagnostics, and another team had built a failure model that nobody used.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("dropped by about a quarter",),
      not_impact=("for a week",)),
    J("challenging-project", "sprinkler-numbers", "numbers", W, 4, H,
      """Situation: a fire-sprinkler inspection company with 22 field offices and about 150,000
      inspected sites used a model to predict which systems would fail their annual test, so
      inspectors could prioritise. The model lived in one analyst's notebook; retraining took 3
      weeks and happened twice a year, and 1 in 5 predicted-safe sites failed anyway. Task: make it
      a maintained service within 6 months with a team of 3. Action: we moved training to a
      Kubeflow pipeline fed by a DVC-versioned dataset of 4 years of inspection records, added a
      gate requiring recall of at least 0.85 on failed systems, deployed in Docker on GKE with a
      10% canary for 2 weeks, and set drift alerts at PSI 0.25. Result: retraining now takes 4
      hours and runs monthly, missed failures fell from 20% of predicted-safe sites to 7%,
      inspectors caught 1,300 more faulty systems in the first year, and re-inspection visits
      dropped by 18%.""",
      follow_ups=("do-differently", "stakeholders", "biggest-learning"),
      impact=("retraining now takes 4 hours", "missed failures fell from 20% of predicted-safe sites to 7%",
              "caught 1,300 more faulty systems in the first year",
              "re-inspection visits dropped by 18%"),
      not_impact=("22 field offices", "about 150,000 inspected sites", "took 3 weeks",
                  "twice a year", "1 in 5 predicted-safe sites", "within 6 months",
                  "a team of 3", "4 years of inspection records", "at least 0.85",
                  "10% canary", "for 2 weeks", "PSI 0.25")),
    J("challenging-project", "tattoo-booking-blame", "negated", S, 2, H,
      """okay so at the tattoo studio booking platform, um, we had a model estimating session
      length for the artists, and it was a mess honestly. the data engineering team kept changing
      the booking schema without telling us, so the model kept breaking. we asked for monitoring
      but that was the devops team's job and they never set it up, and the data scientist who
      built the model had, uh, left no documentation. so there wasn't much i could do, i retrained
      it a few times by hand when people complained. in the end the project got shelved, which,
      you know, wasn't really on us.""",
      flags=("blame", "no-quantified-impact"),
      maybe=("vague",),
      follow_ups=("do-differently", "biggest-learning", "stakeholders")),
    J("challenging-project", "summer-camp-weak", "weak", S, 1, H,
      """um, the most challenging one was at a summer camp company, we were predicting which
      families would rebook for next year. the hard part was the data was really messy, lots of
      duplicates, so i spent a lot of time cleaning it in pandas and trying different models,
      xgboost worked best. it was a big learning experience, and, uh, the team was happy with it
      in the end. so yeah, lots of challenges, but we got through it together.""",
      flags=("vague", "no-mlops-intersection", "no-quantified-impact"),
      follow_ups=("biggest-learning", "do-differently")),
]
