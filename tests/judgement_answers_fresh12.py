"""A thirteenth labelled set of interview answers, written BLIND: the new untouched holdout.

Since the fifteenth scoring pass (2026-12-04, evening) its errors have been read, so it is tuning data
now; the rules below describe how it was written. The untouched holdout is ``judgement_answers_fresh16``.

Provenance and rules
--------------------
* Written blind by a separate helper session on 2026-12-04. That session read only: the interview
  guide (shared/seed/000_03ac0d1b1b231269.txt, all of it); in ``questions/guide.toml`` the question
  ids and prompts, the red-flag ids and wording and the follow-up ids and wording (printed by a
  small ``tomllib`` script that accessed exactly ``data["question"]`` and, per question, ``id``,
  ``prompt``, ``red_flag[*].id`` / ``.text`` and ``follow_up[*].id`` / ``.text``, and printed those
  fields and nothing else; no structure script was run); the module docstring, ``KINDS`` /
  ``CORE_KINDS`` / ``STORY_KINDS`` / ``QUESTIONS`` constants, ``Judged`` dataclass, ``J`` helper
  and ``W, S, T, H`` constants of ``judgement_answers.py`` (``sed -n '1,/^ANSWERS/p'``, not its
  answers); and the module docstrings and import lines of ``judgement_answers_fresh11.py`` (the
  model for this file's structure, slot plan and docstring), ``judgement_answers_fresh10.py``,
  ``judgement_answers_fresh9.py``, ``judgement_answers_fresh8.py``, ``judgement_answers_fresh7.py``,
  ``judgement_answers_fresh6.py``, ``judgement_answers_fresh5.py`` and
  ``judgement_answers_fresh4.py`` (the same ``sed`` range, which stops at the ``ANSWERS`` line:
  none of their answers), to collect the industries already used. A ``test -e`` of this file's own
  path confirmed it did not exist yet.
* Reading slips, stated honestly: none that went beyond the list above. For completeness: an
  ``ls`` of the guide's own file path (one file, not a directory listing) was run together with
  the ``test -e``; the printed ``sed`` ranges of ``_fresh7`` and ``_fresh8`` were cut short by the
  tool's output limit, so the same permitted ranges were printed again, piped through a second
  ``sed`` that showed only their industry paragraphs and, separately, their first lines (still
  nothing past the ``ANSWERS`` line). The permitted docstrings of the earlier sets themselves name
  two scorer files (``_fresh5``), name functions of other test and benchmark files and the header
  lines (question id, name, kind) of some answers of ``judgement_answers.py`` such as a
  reproducibility "backups" misconception (``_fresh4``), list the key names of ``guide.toml``
  tables seen in earlier sessions' slips (``_fresh5``, ``_fresh6``, ``_fresh9``), and say which
  scoring pass turned each set into tuning data. No scorer code was read, and no key names or
  values of ``guide.toml`` beyond the fields above were printed by this session (no concepts,
  aliases, descriptions, examples, misconceptions, rules, cues, triggers or stages). The
  reproducibility misconception here is not the "backups" one; it and every other answer's wording
  and scenario are this session's own. The industries of ``judgement_answers.py`` and of
  ``_fresh`` / ``_fresh2`` / ``_fresh3`` were not visible (their answers were not read, and the
  latter three were not opened at all); the industries below avoid those listed in ``_fresh4`` to
  ``_fresh11`` and their obvious neighbours. No directory listing of ``tests/`` or any other folder
  was made.
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
  found no error on its first run (56 answers, 8 per question, 28 spoken with 4 per question;
  word counts 46 to 304, median 140), and the regex found no hit in any of the seven paraphrases
  on its first run, so no text was reworded and no label or text was changed after either check;
  the only edit after the checks was filling in this paragraph, after which the structural check
  was run once more (same result).
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
in all: password managers, video conferencing software, horse riding schools, sea salt works,
climbing gyms, CDN providers, debt collection agencies, taxidermy studios, identity verification
services, election administration, bell foundries, court reporting, helmet manufacturing,
motorsport teams, probate services, millinery, web browser developers, project-management
software, loyalty points programmes, parental control apps, price comparison websites, online
dictionaries, builders' merchants, pinball machine manufacturing, file-sync apps, subscription
billing platforms, point-of-sale terminal makers, caravan manufacturing, archery equipment makers,
ERP software vendors, lighthouse authorities, theatre stage rigging, online therapy platforms,
medical billing, nightclubs, duty-free retail, vinyl record pressing, influencer marketing
agencies, private investigation agencies, marinas, ESG rating agencies, website builders, venture
capital firms, nappy manufacturing, bicycle manufacturing, copyright enforcement services, exam
boards, asbestos surveying, voice-over studios, dance schools, cork production, citizens advice
services, graffiti removal services, public relations agencies, surgical instrument sterilisation,
lost-property services).
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
    J("lifecycle", "password-manager-keyword", "keyword", W, 5, H, """
        At a password manager company our main model scores login and vault-sync events for
        account-takeover risk, so I'll walk through that one. It starts with data: events land in
        Kafka, get validated with Great Expectations, and the training snapshots are versioned with
        DVC on top of S3, so every run points at an exact data hash. Features like device novelty
        and geo-velocity live in Feast, which keeps the training and serving definitions identical.
        Experiments are tracked in MLflow (parameters, metrics, the data hash) and the winner is
        registered in the MLflow Model Registry. From there it's CI/CD: a GitHub Actions workflow
        runs unit tests, data checks and an evaluation gate against the current champion, then
        builds a Docker image. Deployment is on Kubernetes with Argo Rollouts: a shadow phase first,
        then a canary at 5% of traffic, then full rollout, with a one-click rollback to the previous
        registered version. Monitoring covers infrastructure with Prometheus and Grafana, and the
        model side with Evidently for feature drift and prediction drift, plus label-based precision
        once fraud reports come back, which lags by about two weeks. When drift crosses a threshold
        or precision drops, an Airflow DAG retrains on the latest window and the candidate goes
        through the same gates, so it's a loop rather than a line. What separates this from our
        research notebooks is exactly those gates, the lineage and the rollback path. Putting it in
        place took our model release time from about three weeks to two days.
        """,
      follow_ups=("drift", "rollback", "feature-store"),
      impact=("from about three weeks to two days",),
      not_impact=("5% of traffic", "about two weeks")),
    J("lifecycle", "video-conferencing-paraphrase", "paraphrase", S, 5, H, """
        ok so um at the video calling company the model i owned predicted uh which calls were about
        to drop so the app could lower the resolution early and the way it went from idea to live
        was roughly this so first the data the call logs come in and we run checks on them and every
        training set gets frozen as a snapshot with a fingerprint so you know exactly which rows a
        model saw um then the inputs like packet loss over the last ten seconds are defined once in
        a shared place so the training code and the live service compute them the same way then
        every training run gets logged with its settings its scores and which snapshot it used and
        the good ones get a proper name and number in a central catalogue uh then every change goes
        through automatic checks unit tests data checks and a comparison against the model that's
        currently live and if it's not at least as good it stops there then it gets packaged into a
        sealed image with all its libraries and we put it out gradually first it just runs quietly
        alongside the old one then a small slice of real calls then everybody and you can always
        switch back to the previous one in like a minute and once it's live we watch both the
        servers and the model itself like whether the inputs start looking different from training
        and whether the predictions still match what actually happened to the calls and when that
        slips it kicks off a fresh training run on recent data which goes through all the same
        checks so it's a loop you know not a one off notebook and that whole setup took us from
        shipping a model every few weeks to every couple of days
        """,
      maybe=("generic-no-tools",),
      follow_ups=("drift", "rollback"),
      impact=("from shipping a model every few weeks to every couple of days",),
      not_impact=("over the last ten seconds", "in like a minute"),
      equal_to="password-manager-keyword"),
    J("lifecycle", "riding-school-partial", "keyword", W, 3, H, """
        I work for a chain of riding schools; the model predicts no-shows for lessons so the yard
        staff can double-book horses sensibly. Lifecycle-wise: we pull bookings and weather history
        nightly into BigQuery, snapshot the training extract with DVC, and build features in dbt.
        Data scientists experiment in notebooks, but every candidate run is logged to MLflow with
        the DVC hash, so we can trace any model back to its data. Once a model is picked, GitLab CI
        runs the tests, packages it into a Docker image and pushes it to our registry, and we deploy
        to a small Kubernetes cluster behind a canary that takes 10% of booking requests for a day
        before promotion. Production models are treated differently from notebook ones: they have a
        pinned image, an owner and a rollback target. After go-live, honestly, we don't have
        anything systematic. We find out the model has gone stale when the yard managers tell us the
        predictions feel off, and then someone retrains it by hand.
        """,
      flags=("omits-crucial-steps",),
      follow_ups=("drift",),
      not_impact=("10% of booking requests",)),
    J("lifecycle", "sea-salt-misconception", "misconception", W, 2, H, """
        At a sea salt works we forecast the harvest yield of each evaporation pond from weather and
        brine readings. The lifecycle is: raw sensor data versioned with lakeFS, feature
        engineering, experiments tracked in Weights & Biases, the chosen model registered and
        packaged with Docker, CI in Jenkins, and deployment on ECS. The part people overcomplicate
        is maintenance. We retrain every night on the latest data no matter what, so the model is
        always fresh, and that makes drift monitoring redundant: a model that is retrained daily
        can't drift. We still watch CPU and latency in CloudWatch, but model-quality monitoring
        would just duplicate what the nightly retrain already guarantees.
        """,
      flags=("omits-crucial-steps",),
      follow_ups=("drift",),
      misconception="nightly retraining makes drift and model-quality monitoring unnecessary"),
    J("lifecycle", "climbing-gym-spoken", "spoken", S, 4, H, """
        yeah so um at the climbing gym chain we had this model that predicts how busy each wall is
        gonna be per hour so um the route setters and the front desk can plan and the lifecycle for
        that is basically you start with the data which is uh check-ins and the door counters we
        clean that up do the features like day of week school holidays that kind of thing then the
        experiments we track in mlflow so we can compare runs and um once we pick one it goes into
        the mlflow registry gets wrapped in a docker image and github actions deploys it to our
        kubernetes cluster and the notebook stuff never goes near that it's only what went through
        the registry and then uh we've got grafana for the service itself and a little evidently
        report every week that checks if the input data has shifted and if it has we kick off
        retraining which is an airflow job and it goes back through the same steps so yeah it's a
        cycle really not a straight line
        """,
      maybe=("omits-crucial-steps",),
      follow_ups=("drift", "feature-store")),
    J("lifecycle", "cdn-numbers", "numbers", S, 4, H, """
        so at the cdn company we predict um cache eviction like which objects to keep at each edge
        node and there's about 300 edge locations so the lifecycle uh data first we sample about 2
        billion request logs a day and we snapshot a 14 day training window with dvc so each model
        has a data hash then training tracked in mlflow we run maybe 40 experiments per cycle and um
        the winner goes through ci in buildkite with an evaluation gate where it has to beat the
        current model's byte hit ratio by at least 0.5 percent then it's a docker image we roll it
        out to 2 percent of edge nodes for 48 hours then 25 percent then everything and rollback is
        automatic if origin traffic goes up more than 3 percent we monitor drift with a psi
        threshold of 0.2 and retrain weekly or when that fires and the result um byte hit ratio went
        from 91 to 94 percent which cut origin egress cost by about 18 percent and release time went
        from a month to 4 days
        """,
      follow_ups=("rollback", "drift"),
      impact=("byte hit ratio went from 91 to 94 percent", "cut origin egress cost by about 18 percent",
              "release time went from a month to 4 days"),
      not_impact=("about 300 edge locations", "about 2 billion request logs a day",
                  "14 day training window", "40 experiments per cycle", "at least 0.5 percent",
                  "2 percent of edge nodes for 48 hours", "then 25 percent", "more than 3 percent",
                  "threshold of 0.2")),
    J("lifecycle", "debt-collection-negated", "negated", W, 2, H, """
        At the debt collection agency the model ranks which accounts to call first. We train it in a
        notebook on an export from the case system and, once a quarter, someone copies the pickle to
        the scoring server. We talked about MLflow and a proper model registry but never got round
        to it, and data versioning with DVC was on the roadmap and never happened. There's no CI/CD
        for the model: the platform team owns Jenkins and they only deploy the web app. Monitoring
        and drift detection aren't something we do; if the collectors complain, we retrain. So the
        lifecycle is really experiment, copy, and wait.
        """,
      flags=("omits-crucial-steps", "no-production-distinction"),
      maybe=("stages-not-connected", "generic-no-tools"),
      follow_ups=("drift", "rollback")),
    J("lifecycle", "taxidermy-weak", "weak", S, 1, H, """
        um so basically you train the model and uh then you put it in production and then you keep
        an eye on it i guess we're a taxidermy studio so it's pretty small scale we have a model that
        estimates how long a job takes and yeah it's mostly training it and making sure it works and
        then if it stops working you train it again that's sort of the lifecycle
        """,
      flags=("generic-no-tools", "omits-crucial-steps", "no-production-distinction"),
      maybe=("stages-not-connected",),
      follow_ups=("drift",)),
    # ------------------------------------------------------------------ reproducibility
    J("reproducibility", "identity-verification-keyword", "keyword", W, 5, H, """
        At an identity verification company we score selfie-to-document matches, and a regulator can
        ask us to explain a decision from 18 months ago, so reproducibility isn't optional. Code is
        in Git, and every training run is launched from a tagged commit by CI, never from a laptop.
        The training images and labels are versioned with DVC, backed by S3 with object versioning,
        and the DVC lock file is committed, so a commit fully determines the dataset. Models go to
        the MLflow Model Registry, and each registered version records the Git SHA, the DVC data
        hash, the hyperparameters, the evaluation report and the digest of the Docker image it was
        trained in. Environments are Docker images built from a Poetry lock file on a pinned CUDA
        base image; we learned the hard way that an unpinned cuDNN shifted our face embeddings
        slightly. We also set seeds and deterministic flags for the GPU ops. Last year a customer
        disputed a batch of rejections: we checked out the SHA, pulled the DVC data, trained in the
        recorded image, reproduced the scores exactly, and found that a label-cleaning step had
        dropped a whole document type. That's the difference from just keeping backups: backups
        give you files, lineage gives you the exact recipe.
        """,
      follow_ups=("large-datasets", "dependencies", "model-card"),
      not_impact=("18 months ago",)),
    J("reproducibility", "election-admin-paraphrase", "paraphrase", W, 5, H, """
        I worked for an election administration office. Our model flags entries on the electoral
        roll that are likely duplicates for a person to review, and any decision can be challenged
        in court, so we have to be able to rebuild any past model exactly. Four things are pinned
        for every model. The code: each training run starts from a specific, labelled point in our
        source history, and only our automated build server may start one. The data: the training
        extract is frozen and fingerprinted, the fingerprint is stored next to the code, and the
        frozen copies sit in write-once storage, so the code snapshot tells you exactly which rows
        were used. The trained model: it goes into a central catalogue with its code snapshot, data
        fingerprint, settings, test results and the exact identifier of the software environment it
        was built in. The environment itself: a sealed image with every library pinned to an exact
        release, down to the maths libraries. Random seeds are fixed too. When a county disputed a
        batch of flagged names, we rebuilt the model from those four pins, got identical scores, and
        traced the problem to a name-normalising step that stripped accents. Simply keeping copies
        of files wouldn't have told us that; knowing the exact recipe did.
        """,
      maybe=("tool-unfamiliar",),
      follow_ups=("large-datasets", "dependencies"),
      equal_to="identity-verification-keyword"),
    J("reproducibility", "bell-foundry-partial", "keyword", S, 3, H, """
        so at the bell foundry we've got a model that predicts um the tuning of a bell from the
        mould geometry and the alloy mix and for reproducibility uh the code's in git obviously the
        data the casting measurements we version with dvc so each training run points to a dvc
        commit and uh the models go into mlflow with the git hash and the data hash logged and the
        metrics so if someone asks which data made model 12 we can say exactly um the environment
        side we haven't really bothered it's just the python on the training workstation and we pip
        install whatever's latest when we set up a new machine i mean it's mostly worked fine
        """,
      flags=("environment-ignored",),
      follow_ups=("dependencies",)),
    J("reproducibility", "court-reporting-misconception", "misconception", S, 2, H, """
        right so we do court reporting so the model is um it's a speech model that does a first
        draft of the transcript and the stenographers correct it and for reproducibility we're
        pretty strict actually the code is all in git every training run is logged in mlflow with
        the parameters and the model file and we build the training environment from a docker file
        with pinned versions um and for the data we log the sql query that pulled the training set
        from the warehouse so the query is the data version basically if you need to rebuild a model
        you just rerun the same query and you get the same data so there's no need for dvc or copying
        terabytes of audio around
        """,
      maybe=("code-only",),
      follow_ups=("large-datasets",),
      misconception="rerunning the same query on a live warehouse reproduces the training data"),
    J("reproducibility", "helmet-spoken", "spoken", S, 4, H, """
        uh so we make motorcycle and bike helmets and the model looks at um impact test sensor
        traces to predict if a batch will pass certification so reproducibility matters because the
        certifier can audit us um so code in git every model trained through a ci job not from
        someone's laptop the test data we keep in dvc with the remote on s3 and the models in the
        sagemaker model registry and each model package has tags for the commit and the data hash
        and the container image uri and the environment is just that docker image with a lock file
        so we know exactly what numpy and what pytorch um one time the certifier asked about a model
        from two years back and we could rebuild it and get the same predictions which was honestly
        a relief
        """,
      follow_ups=("model-card", "dependencies"),
      not_impact=("two years back",)),
    J("reproducibility", "motorsport-numbers", "numbers", W, 4, H, """
        In a motorsport team our tyre-degradation model is retrained after every race weekend, so in
        a season that's about 24 retrains, each on roughly 1.8 TB of telemetry. Everything is
        pinned: Git for code, DVC with an S3 remote for the telemetry (we keep 3 seasons online and
        older ones in Glacier), MLflow for runs and the model registry, and a Docker image per model
        tagged with its digest, so the exact library set travels with it. Each registered model
        links to the Git SHA, the DVC hash and the image digest. Large data was the hard part: full
        copies per retrain would have been 40 TB a season, so DVC's content-addressed cache
        deduplicates unchanged sessions. The payoff: after the stewards queried a strategy call we
        rebuilt the exact model in 35 minutes instead of the two days it used to take, and storage
        for training data dropped by 70% thanks to deduplication.
        """,
      follow_ups=("large-datasets", "dependencies"),
      impact=("rebuilt the exact model in 35 minutes instead of the two days it used to take",
              "storage for training data dropped by 70%"),
      not_impact=("about 24 retrains", "roughly 1.8 TB of telemetry", "3 seasons", "40 TB a season")),
    J("reproducibility", "probate-negated", "negated", S, 2, H, """
        so at the probate firm we have a model that estimates um how long an estate will take to
        settle and honestly reproducibility is a bit of a gap we keep the code in git that's fine
        but we never got round to versioning the data it's just whatever's in the case database that
        day and we looked at dvc and mlflow but didn't adopt them because it felt like overkill for
        one model uh the environment's whatever's on the analyst's laptop so um if you asked me to
        reproduce last year's model i couldn't really
        """,
      flags=("code-only", "environment-ignored"),
      maybe=("tool-unfamiliar",),
      follow_ups=("dependencies", "large-datasets")),
    J("reproducibility", "millinery-off-target", "off-target", W, 1, H, """
        Reproducibility in a hat workshop is really about consistent sizing. We built a model that
        suggests a hat size from a customer's head photo, and the biggest consistency win was
        standardising how the photos are taken: fixed distance, a reference card in the frame, the
        same lighting. We also made sure our milliners use the same blocks and measure the
        circumference the same way, so the labels are consistent. With consistent inputs the model
        gives consistent answers, and customers get the same size recommendation whether they visit
        the London or the Paris shop.
        """,
      flags=("tool-unfamiliar", "environment-ignored"),
      maybe=("code-only",),
      follow_ups=("dependencies", "model-card")),
    # ------------------------------------------------------------------ ml-cicd
    J("ml-cicd", "browser-keyword", "keyword", S, 5, H, """
        okay so at the browser company we ship on-device models like the um phishing page classifier
        and tab grouping and the thing about ml ci cd versus normal ci cd is that the code isn't the
        only thing that changes the data changes and the model is an output of training so the
        pipeline has more stages so on every pull request github actions runs the usual unit tests
        and linting but also data validation with great expectations on the training snapshot schema
        checks label distribution that kind of thing then a nightly kubeflow pipeline retrains on the
        latest dvc versioned data evaluates against a frozen golden set and a fairness slice by
        language and if precision or recall drops versus the production model the pipeline fails it
        doesn't get promoted uh if it passes the model gets registered in mlflow converted quantized
        and tested for size and latency on real devices then it's packaged in a docker image for the
        server side scoring on kubernetes and for the on-device model we ship to the canary channel
        first then beta then stable so it's staged and um it took our model release from like six
        weeks riding the browser train to about three days
        """,
      follow_ups=("ab-canary", "pipeline-metrics", "pipeline-challenge"),
      impact=("from like six weeks riding the browser train to about three days",)),
    J("ml-cicd", "project-management-paraphrase", "paraphrase", S, 5, H, """
        so for us at the project management app the model suggests um due dates for tasks and the
        big difference from normal software is that with a model it's not just code that changes
        it's the data and the thing you ship is produced by training so there are extra checks so
        when someone opens a change request our automated build server runs the normal unit tests
        but it also checks the training data like are the columns what we expect did the mix of
        labels suddenly shift you know and then every night the system trains a fresh model on the
        latest frozen snapshot of the data scores it against a fixed test set that never changes and
        checks it separately for small teams and big teams so it's fair to both and if it scores
        worse than what's live right now the whole run stops and nothing goes out if it passes it
        gets recorded in our catalogue of models with a number it gets packed into a sealed image
        with its libraries and runs on our shared cluster and then it goes to a small group of
        customers first then a bigger group then everyone and um that took us from shipping a new
        model every six weeks or so to every few days
        """,
      follow_ups=("ab-canary", "pipeline-metrics"),
      impact=("from shipping a new model every six weeks or so to every few days",),
      equal_to="browser-keyword"),
    J("ml-cicd", "loyalty-points-partial", "other-tools", W, 3, H, """
        At a loyalty points programme our models predict which members will redeem in the next
        month, which drives the liability the finance team books. Our ML CI/CD runs on CircleCI
        plus Dagster. What makes it different from the app's CI: besides unit tests on the feature
        code, each pull request triggers Pandera schema checks on a sample of the member ledger, and
        Dagster asset checks fail a run if points balances go negative or the redemption rate jumps
        outside its historical band. Training runs in Dagster, evaluation compares calibration and
        AUC against the production model on a fixed holdout, and a model that's worse never gets
        promoted. Models are stored in Neptune with their data snapshot ID. The release step itself
        is simple: the approved model file is copied to the scoring VM and the batch job picks it
        up on its next run.
        """,
      flags=("no-containers",),
      follow_ups=("ab-canary", "pipeline-challenge")),
    J("ml-cicd", "parental-control-misconception", "misconception", W, 2, H, """
        Our parental control app classifies websites and apps into age bands. I'd say ML CI/CD isn't
        really different from regular CI/CD. It's Jenkins, with the same stages our backend uses:
        lint, unit tests, build, deploy to staging, deploy to production. We have good coverage on
        the training and feature code, around 90%, and since the code is tested, the model that
        comes out of it is correct by construction; the data scientists have checked accuracy in
        their notebook before they merge. The model ships inside the app release, packaged in the
        same Docker build as the API.
        """,
      flags=("same-as-software", "no-automated-testing"),
      follow_ups=("pipeline-metrics",),
      misconception="well-tested training code guarantees a good model, so no data or model checks",
      not_impact=("around 90%",)),
    J("ml-cicd", "price-comparison-spoken", "spoken", S, 4, H, """
        um so price comparison site right the model ranks the offers for a search like car insurance
        quotes and our ci cd for it uh we use gitlab ci the difference with normal software is like
        you also need to test the data and the model so we've got a step that checks the feed data
        from the insurers for missing fields and weird prices and then training runs in a kubeflow
        pipeline and then there's an evaluation step where we compare ndcg to the current model and
        um if it's worse it fails and then it's a docker image deployed to kubernetes and we do an a
        b test on like a slice of traffic before rolling it out the bit we're still missing honestly
        is bias checks like whether it unfairly buries the smaller insurers
        """,
      follow_ups=("ab-canary", "pipeline-metrics")),
    J("ml-cicd", "online-dictionary-numbers", "numbers", S, 4, H, """
        yeah so at the online dictionary we have a model that um ranks spelling suggestions and picks
        example sentences and our ml pipeline is in github actions plus argo workflows on kubernetes
        so on each merge it runs about 600 unit tests then data validation on the 12 million query
        log sample um we reject the run if more than 2 percent of rows fail schema checks then
        training takes about 40 minutes on 4 gpus and the model has to beat production top-1
        accuracy by at least 0.3 points on a frozen test set of 50,000 queries then it's
        containerized and goes out to 5 percent of traffic for 24 hours and the result was uh
        release time went from 3 weeks to 2 days and failed releases dropped from about 1 in 4 to 1
        in 20
        """,
      follow_ups=("pipeline-metrics", "ab-canary"),
      impact=("release time went from 3 weeks to 2 days",
              "failed releases dropped from about 1 in 4 to 1 in 20"),
      not_impact=("about 600 unit tests", "12 million query log sample", "more than 2 percent of rows",
                  "about 40 minutes on 4 gpus", "at least 0.3 points", "50,000 queries",
                  "5 percent of traffic for 24 hours")),
    J("ml-cicd", "builders-merchant-negated", "negated", W, 2, H, """
        At the builders' merchant our demand model for timber and cement is retrained by hand.
        There is a CI/CD setup, GitLab CI, but it belongs to the platform team and only builds the
        e-commerce site; we never got round to adding data validation or model evaluation stages,
        so nothing checks the model before it goes out. We looked at Kubeflow Pipelines but didn't
        adopt it. We don't use Docker for the model either: the data scientist runs the notebook,
        exports a pickle and emails it to the ops engineer, who copies it onto the server. It's on
        the list for next year.
        """,
      flags=("no-automated-testing", "no-containers"),
      maybe=("same-as-software",),
      follow_ups=("pipeline-challenge",)),
    J("ml-cicd", "pinball-tool-salad", "weak", W, 1, H, """
        For ML CI/CD we use Jenkins, GitLab CI, GitHub Actions, Kubeflow, SageMaker Pipelines,
        Docker, Kubernetes, Terraform, MLflow, DVC and Airflow. At the pinball factory it's all
        automated end to end with best-in-class tooling, and we follow best practices for continuous
        integration and continuous delivery of models.
        """,
      flags=("tools-unexplained", "no-automated-testing"),
      maybe=("same-as-software",),
      follow_ups=("pipeline-challenge",)),
    # ------------------------------------------------------------------ iac-containers
    J("iac-containers", "file-sync-keyword", "keyword", W, 5, H, """
        At a file-sync app company I ran the infrastructure for our ML services: a model that
        predicts which files a user will open next, for prefetching, and a duplicate-detection
        model. All of it is Terraform: the EKS cluster, node groups including a GPU pool, S3
        buckets, IAM roles for service accounts, and the managed Redis the feature lookups use.
        Modules are reviewed in pull requests and applied through Atlantis, so nobody clicks in the
        console, and staging and production are the same modules with different variables. Each
        model is a Docker image with the model, its Python dependencies and a slim runtime, so what
        we test in CI is byte-for-byte what runs in production; that removed the "works on my
        notebook" class of bugs. On Kubernetes the models run as Deployments with resource requests
        and limits, a Horizontal Pod Autoscaler on request rate, readiness probes that load the
        model before taking traffic, and Karpenter to add GPU nodes for the nightly batch jobs and
        remove them afterwards. Self-healing matters too: when a node dies, pods are rescheduled
        without anyone being paged. Moving from hand-built EC2 boxes to this cut our compute bill
        for ML by about 35% and took a new model environment from a week to build to under an hour.
        """,
      follow_ups=("secrets", "resource-utilization", "managed-vs-self-hosted"),
      impact=("cut our compute bill for ML by about 35%", "from a week to build to under an hour")),
    J("iac-containers", "subscription-billing-paraphrase", "paraphrase", W, 5, H, """
        At a subscription billing company I looked after the machinery under our models: one
        predicts which card payments will fail so we can retry at a better time, another spots
        duplicate invoices. None of our servers are set up by hand. Every machine group, storage
        bucket, access permission and cache is described in text files that live alongside our
        code, reviewed like any other change and applied by a bot, so the test setup and the live
        setup come from the same description with different settings. Each model is shipped as a
        sealed, self-contained image holding the model file, its exact libraries and a minimal
        runtime, so what we test is exactly what runs for customers; that ended the "it worked on my
        laptop" bugs. The images run on a scheduler that spreads them across machines: each gets a
        stated share of memory and processor, more copies start automatically when requests rise, a
        copy only receives traffic once its model has loaded, and extra graphics-card machines are
        added for the nightly batch jobs and removed afterwards. If a machine dies, its workloads
        restart elsewhere without waking anyone. Moving off hand-built servers cut our computing bill
        for models by about 35% and took setting up a new model's environment from a week to under
        an hour.
        """,
      maybe=("no-iac",),
      follow_ups=("secrets", "resource-utilization"),
      impact=("cut our computing bill for models by about 35%", "from a week to under an hour"),
      equal_to="file-sync-keyword"),
    J("iac-containers", "pos-terminal-partial", "keyword", W, 3, H, """
        At a point-of-sale terminal maker we run a fraud-scoring model and a model that predicts
        terminal hardware failures from telemetry. Infrastructure is Terraform end to end: the VPC,
        an RDS instance for features, S3 for model files, the EC2 instances and their security
        groups, with remote state in S3 and the plan output posted on every pull request. The models
        are packaged as Docker images, which gives us identical dependencies between the data
        scientists' machines, CI and production, and makes going back a release just a matter of
        pointing at the previous tag. In production each image runs with docker compose on a pair of
        EC2 instances behind a load balancer; we scale by changing the instance count in Terraform.
        It's been reliable: we went from three environment-related incidents a quarter to none last
        year.
        """,
      flags=("docker-xor-kubernetes",),
      follow_ups=("managed-vs-self-hosted", "secrets"),
      impact=("went from three environment-related incidents a quarter to none last year",)),
    J("iac-containers", "caravan-misconception", "misconception", S, 2, H, """
        yeah so at the caravan manufacturer we've got um a vision model that checks the sealant
        around the windows on the line and a forecasting model for parts so infra wise it's
        terraform for the azure side um the aks cluster storage accounts the container registry all
        of that is in code and reviewed and the models are in docker images so they run the same
        everywhere um and then on kubernetes honestly the nice thing is you don't have to think about
        resources we never set requests or limits because the scheduler works out how much memory
        each pod needs and the autoscaler handles the rest so you just deploy and it sizes itself
        that's kind of the whole point of kubernetes
        """,
      maybe=("generic-no-examples",),
      follow_ups=("resource-utilization",),
      misconception="Kubernetes works out pods' memory needs itself, so requests and limits are unnecessary"),
    J("iac-containers", "archery-spoken", "spoken", S, 4, H, """
        so um at the archery company we make bows and arrows and we've got a model that um grades
        carbon arrow shafts from the spine test machine and one for demand and i set up the infra
        for those uh everything in terraform on gcp so the gke cluster the buckets the service
        accounts and we have a staging and a prod workspace so they're identical the models are each
        a docker image because um the spine model needs a specific opencv and numpy and before
        docker it kept breaking when someone updated the factory pc and then on gke we run them as
        deployments with a horizontal autoscaler and uh resource limits and kubernetes restarts them
        if they crash honestly the grading line used to stop maybe once a month because of the
        grading box and since we moved it over it's i think twice in a year
        """,
      follow_ups=("managed-vs-self-hosted", "secrets"),
      impact=("since we moved it over it's i think twice in a year",),
      not_impact=("used to stop maybe once a month",)),
    J("iac-containers", "erp-numbers", "numbers", W, 4, H, """
        At an ERP vendor we host about 30 ML models (invoice matching, demand planning, anomaly
        detection on ledgers) for 1,200 tenant companies. Infrastructure is roughly 140 Terraform
        modules covering three regions, applied through Terraform Cloud with policy checks. Every
        model is a Docker image, kept under 1.5 GB by multi-stage builds; the images are what make
        this manageable, because the same image passes the tests and runs in every region, so there
        is no dependency skew between tenants. They run on Kubernetes (EKS) with requests of 2 CPU
        and 4 GiB per pod and HPA scaling between 3 and 60 replicas at 70% CPU. GPU training jobs go
        to a spot node pool that scales to zero. The measured results: the time to stand up a new
        tenant's model environment fell from 5 days to 20 minutes, and bin-packing plus spot nodes
        cut the monthly ML compute bill from $210k to $128k.
        """,
      follow_ups=("resource-utilization", "managed-vs-self-hosted"),
      impact=("fell from 5 days to 20 minutes", "cut the monthly ML compute bill from $210k to $128k"),
      not_impact=("about 30 ML models", "1,200 tenant companies", "roughly 140 Terraform modules",
                  "three regions", "under 1.5 GB", "2 CPU and 4 GiB per pod",
                  "between 3 and 60 replicas at 70% CPU")),
    J("iac-containers", "lighthouse-negated", "negated", S, 2, H, """
        so at the lighthouse authority we have a model that um predicts when the lamp and battery
        units on the buoys will fail and honestly on the infra side it's pretty manual we looked at
        terraform but didn't adopt it it's a small team so the servers were just set up by hand by it
        um the model's not in docker we never got round to containerizing it it runs as a python
        script on a windows server with a scheduled task and kubernetes is definitely not something
        we use that's more the platform team's world at the parent agency which we don't really touch
        """,
      flags=("no-iac", "container-benefits-missing"),
      maybe=("docker-xor-kubernetes",),
      follow_ups=("managed-vs-self-hosted",)),
    J("iac-containers", "stage-rigging-weak", "weak", S, 1, H, """
        um yeah i've used docker a bit and kubernetes uh we're a stage rigging company for theatres
        so it's not huge scale but yeah containers are good because they're portable and terraform
        is infrastructure as code which is um best practice so we try to use it where we can
        """,
      flags=("generic-no-examples", "no-iac"),
      maybe=("container-benefits-missing",),
      follow_ups=("secrets",)),
    # ------------------------------------------------------------------ monitoring
    J("monitoring", "online-therapy-keyword", "keyword", W, 5, H, """
        At an online therapy platform we run a model that matches new clients to therapists and a
        risk model that flags messages for clinical review, so monitoring has two layers.
        Infrastructure: Prometheus scrapes latency, error rates, CPU and memory from the model
        services, Grafana shows them, and Alertmanager pages on-call when p99 latency or 5xx rates
        breach the SLO. Model-specific: every prediction and its inputs are logged, and a daily
        Evidently job compares input distributions with the training reference (PSI on numeric
        features, share of missing values, unseen categories) and tracks prediction drift. Labels
        arrive late: match quality comes from whether the client books a second session, and risk
        flags from clinician review outcomes, so we compute precision and recall on the risk model
        weekly, per language and age band, to catch bias. Data drift without a drop in performance
        gets a ticket, not a page; a drop in recall on the risk model pages the on-call ML engineer
        and the clinical lead, because a missed flag is the expensive error. Concept drift shows up
        as performance falling while input distributions look stable; we saw exactly that when a new
        intake questionnaire changed what the answers meant. Every alert has an owner and a
        runbook, and we review the noisy ones monthly.
        """,
      follow_ups=("false-positives", "when-to-retrain", "drift-difference")),
    J("monitoring", "medical-billing-paraphrase", "paraphrase", S, 5, H, """
        so in medical billing we have a model that um predicts which insurance claims will get
        denied so the coders can fix them before they go out and we watch it on two levels the first
        is the servers themselves how fast it answers how many errors memory and processor and
        there's a set of charts for that and if responses get too slow or errors go above what we
        promised the person on call gets paged the second level is the model itself every prediction
        gets stored with its inputs and every day a job compares the incoming claims to what the
        model was trained on like are the procedure codes spread differently are there more blanks
        are there codes we've never seen and we also track whether the share of predicted denials is
        moving and then the real answers arrive late because the insurer takes weeks to respond so
        once a week we check precision and recall and we break that down by payer and by clinic so
        we notice if it's unfair to a group um if only the inputs change that's a ticket for the
        next day but if recall drops that pages someone because a missed denial costs real money and
        the tricky case is when the inputs look the same but the meaning changed like when a big
        payer changed its rules and the same claim started getting denied the inputs looked normal
        but accuracy fell and every one of those warnings has an owner and written steps and we
        prune the noisy ones every month
        """,
      maybe=("no-tools",),
      follow_ups=("false-positives", "when-to-retrain"),
      equal_to="online-therapy-keyword"),
    J("monitoring", "nightclub-partial", "other-tools", S, 3, H, """
        ok so at the nightclub group we have a model that predicts um door numbers per night for
        staffing and bar stock and for monitoring we use datadog for the service itself latency
        errors all that and whylabs for the model side so it profiles the inputs every night like
        the ticket presales the weather events nearby and shows when the distribution moves away
        from training and we also compare predicted headcount to the actual door count the next
        morning so we get the error per venue um and we know the difference between the inputs
        changing and the relationship changing like after the late licence change people came later
        so the same presales meant a different crowd what we don't really have is alerting it's all
        charts and um somebody checks them on monday morning so if it goes wrong on a friday we find
        out after the weekend
        """,
      flags=("alerts-unexplained",),
      follow_ups=("when-to-retrain", "drift-difference")),
    J("monitoring", "duty-free-misconception", "misconception", W, 2, H, """
        At a duty-free retailer we forecast demand per airport store from flight schedules and the
        passenger mix. Monitoring: Prometheus and Grafana for latency and errors, and Evidently
        reports on every input feature, with PSI alerts going to Slack when a feature moves past
        0.2; the on-call analyst checks the flagged feature first. We track MAPE per store weekly on
        a Grafana panel as well. The way I think about it, if the input distributions are stable,
        the model is by definition still valid: the mapping from inputs to sales can't change on its
        own, so concept drift is really just data drift you haven't measured yet. That's why we put
        all our effort into input monitoring and only retrain when PSI fires.
        """,
      flags=("no-drift",),
      follow_ups=("drift-difference", "when-to-retrain"),
      misconception="concept drift cannot happen while the input distributions stay stable",
      not_impact=("past 0.2",)),
    J("monitoring", "vinyl-pressing-spoken", "spoken", S, 4, H, """
        uh so we press vinyl records and the model um looks at the stamper and the pressing
        temperatures to predict which records will have surface noise so for monitoring we've got
        grafana with prometheus for the service like is it up how slow it is um and then for the
        model we log every prediction and the quality control team plays a sample of records so we
        get real labels a day later and we track precision and recall on that and then uh we've got
        evidently checking the input data against training like if a new pvc supplier changes the
        temperatures and there's alerts in grafana that go to the shift lead if the defect recall
        drops below a threshold and um then we decide if we need to retrain or if it's actually a
        problem on the press itself
        """,
      follow_ups=("false-positives", "drift-difference")),
    J("monitoring", "influencer-numbers", "numbers", S, 4, H, """
        right so at the influencer agency we predict um engagement for a sponsored post before the
        brand books it we monitor it with prometheus and grafana for the api p95 latency has to stay
        under 300 milliseconds and for the model we run evidently daily on about 80 features with a
        psi threshold of 0.25 and we compare predicted to actual engagement after 72 hours which is
        when most of the engagement is in um the alert fires if mean absolute percentage error goes
        above 35 percent for 3 days in a row and when we set that up instead of alerting on every psi
        blip our alert volume went from about 40 a week to 6 and we caught the platform algorithm
        change in 2 days instead of the 3 weeks it took the previous time
        """,
      follow_ups=("false-positives", "when-to-retrain"),
      impact=("alert volume went from about 40 a week to 6",
              "caught the platform algorithm change in 2 days instead of the 3 weeks it took the previous time"),
      not_impact=("under 300 milliseconds", "about 80 features", "psi threshold of 0.25", "after 72 hours",
                  "above 35 percent for 3 days in a row")),
    J("monitoring", "private-investigation-negated", "negated", W, 2, H, """
        At the private investigation agency we have a model that prioritises insurance-fraud leads
        for our investigators. Honestly, model monitoring is not something we've built. The server
        is watched by the IT provider's Nagios setup, so we know if it's down, but we don't track
        drift (we looked at Evidently and didn't adopt it) and we don't measure precision once the
        cases close, because that data sits in a different system. There are no alerts on the model
        itself; that's been on the platform team's backlog for a year.
        """,
      flags=("infra-only", "alerts-unexplained"),
      maybe=("no-drift", "no-tools"),
      follow_ups=("when-to-retrain",)),
    J("monitoring", "marina-off-target", "off-target", W, 1, H, """
        At the marina group, monitoring is a big part of operations. We have CCTV on every pontoon,
        water-level sensors and berth occupancy counters, all feeding a central control room. Staff
        do rounds twice a day and log issues in a ticketing app, and we have an SLA to respond to a
        reported leak within an hour. We also review the berth-pricing model's bookings with the
        harbour master every season to see whether the prices felt right.
        """,
      flags=("no-drift", "no-tools"),
      maybe=("infra-only", "alerts-unexplained"),
      follow_ups=("when-to-retrain",),
      not_impact=("twice a day", "within an hour")),
    # ------------------------------------------------------------------ cloud-platform
    J("cloud-platform", "esg-rating-keyword", "keyword", W, 5, H, """
        I spent two years on AWS SageMaker at an ESG rating agency, where models extract emissions
        figures and controversies from company reports and news to feed the scores. We used
        SageMaker Processing for document parsing; SageMaker Pipelines to chain processing,
        training, evaluation and a conditional step that only registers a model in the SageMaker
        Model Registry if it beats the approved one; and SageMaker Feature Store for company-level
        features shared across three scoring models. Real-time endpoints serve the news classifier,
        and batch transform runs the quarterly report extraction. Model Monitor compares endpoint
        traffic with the training baseline for data quality and drift. Strengths: deep integration
        with IAM, S3 and KMS, which mattered to our auditors; managed spot training; and the Model
        Registry approval step fitted our four-eyes sign-off. Weaknesses: cost is hard to predict,
        since idle endpoints and forgotten notebook instances were a constant leak until we added
        scheduled shutdowns and cost-allocation tags; the Pipelines SDK is verbose and local
        debugging is painful; and the deeper we went, the more locked in we were, so moving off the
        Feature Store would be a rewrite. A concrete win: once the three models read from Feature
        Store instead of recomputing the same company features, we cut feature engineering time for
        a new model by about 60%.
        """,
      follow_ups=("costs", "managed-vs-custom", "multi-cloud"),
      impact=("cut feature engineering time for a new model by about 60%",),
      not_impact=("two years", "three scoring models")),
    J("cloud-platform", "website-builder-paraphrase", "paraphrase", S, 5, H, """
        so for about two years i used our cloud provider's managed machine learning service at a
        website builder company where the models um suggest layouts and flag spam sites and the
        parts we leaned on were the managed jobs for preparing data the chained workflow feature
        that runs preparation then training then evaluation and then only records a model as
        approved in its catalogue if it beats the one we already approved and the shared store of
        precomputed site features that three different models read from and then hosted endpoints
        for the live spam check and the bulk scoring jobs for the weekly layout suggestions and it
        has a built-in checker that compares live traffic to the training data and what's good about
        it is it plugs straight into the provider's access control and encryption keys which our
        security people loved the cheap interruptible machines for training and the approval step
        fitted our sign-off process um what's bad is the bill is hard to predict idle endpoints and
        notebooks someone forgot about kept costing us until we added automatic shutdowns and
        tagging the developer kit for the chained workflows is wordy and really hard to debug on your
        laptop and the more of it you use the harder it is to leave moving that shared store would
        basically be a rewrite and the concrete win was that once the three models read features
        from the shared store instead of each computing their own building features for a new model
        took about 60 percent less time
        """,
      maybe=("generic-platform",),
      follow_ups=("costs", "managed-vs-custom"),
      impact=("building features for a new model took about 60 percent less time",),
      not_impact=("about two years",),
      equal_to="esg-rating-keyword"),
    J("cloud-platform", "venture-capital-partial", "keyword", W, 3, H, """
        At a venture capital firm I built our deal-sourcing models on GCP Vertex AI. Startup
        signals (hiring, web traffic, funding news) are ingested by Dataflow into BigQuery, and
        Vertex AI Pipelines run feature engineering, training in custom containers, evaluation and
        registration in the Vertex AI Model Registry. We use Vertex AI Feature Store for the company
        features so the ranking model and the "similar companies" model share them, Vertex AI
        endpoints for the partner-facing ranking, and Vertex AI Model Monitoring for skew between
        training and serving data. Experiments are tracked with Vertex AI Experiments. The
        integration with BigQuery is the biggest plus: analysts can query predictions right next to
        the deal-flow data. Honestly, I haven't found real weaknesses; it does everything we need,
        and Google keeps adding features.
        """,
      flags=("one-sided",),
      follow_ups=("costs", "multi-cloud")),
    J("cloud-platform", "nappy-misconception", "misconception", S, 2, H, """
        so at the nappy factory we run um azure machine learning for the vision model that checks
        the absorbent core on the line and the forecasting for raw materials and we use the designer
        and the pipelines and the model registry and managed online endpoints and honestly the
        strengths are it's all managed you don't run servers and um there's no vendor lock-in at all
        because everything's a docker container under the hood so you can just pick it up and move
        to aws whenever you want and it's always going to be cheaper than running your own because
        you only pay for what you use so i don't really see weaknesses other than the ui being a bit
        slow sometimes
        """,
      flags=("one-sided",),
      follow_ups=("costs", "multi-cloud"),
      misconception="a managed platform has no lock-in and is always cheaper than running your own"),
    J("cloud-platform", "bicycle-spoken", "spoken", S, 4, H, """
        uh so at the bike manufacturer um i've used vertex ai for about a year and a half our models
        predict warranty claims for frames from the weld inspection data and um we use vertex
        pipelines for training with kubeflow under the hood the model registry and endpoints for the
        online scoring and vertex model monitoring for skew and drift on the inputs the strengths i'd
        say it's um really well integrated with bigquery where all our factory data already sits and
        the pipelines being kubeflow means we could port them if we had to the weaknesses uh the cost
        of endpoints that sit idle like you pay for the node even at night and the quotas on gpus in
        our region were a pain and the docs lag behind the features so you end up reading github
        issues um and one thing we did was move the weekly scoring from an endpoint to batch
        prediction which cut the bill for that model a lot
        """,
      follow_ups=("costs", "managed-vs-custom"),
      not_impact=("about a year and a half",)),
    J("cloud-platform", "copyright-enforcement-numbers", "numbers", W, 4, H, """
        At a copyright enforcement company we match uploaded videos against rights-holders'
        catalogues, about 9 million reference fingerprints and 25 million uploads scanned a day, on
        AWS SageMaker. Training runs as SageMaker training jobs on 8 ml.g5.12xlarge spot instances
        with checkpointing every 15 minutes to survive interruptions, SageMaker Pipelines runs the
        weekly retrain, the Model Registry holds 14 approved model packages, and real-time endpoints
        autoscale from 4 to 40 instances. Strengths: managed spot training, autoscaling and the
        approval workflow. Weaknesses: endpoint minimums cost us around $9k a month even at night,
        cold starts on new instances take 6 to 8 minutes, and we're tied to AWS. After moving the
        claim-matching model to a multi-model endpoint and Serverless Inference for the long-tail
        catalogues, cost per 1,000 matches fell from $0.42 to $0.17 and the time to onboard a new
        rights-holder dropped from 10 days to 2.
        """,
      follow_ups=("costs", "managed-vs-custom"),
      impact=("cost per 1,000 matches fell from $0.42 to $0.17", "dropped from 10 days to 2"),
      not_impact=("about 9 million reference fingerprints", "25 million uploads scanned a day",
                  "8 ml.g5.12xlarge spot instances", "every 15 minutes", "14 approved model packages",
                  "from 4 to 40 instances", "around $9k a month", "6 to 8 minutes")),
    J("cloud-platform", "exam-board-negated", "negated", W, 2, H, """
        At the exam board we do marking-anomaly detection: flagging scripts where an examiner's
        marks look inconsistent. We're on Azure, and we evaluated Azure Machine Learning properly,
        but we didn't adopt it; the workspace, registry and managed endpoints were more than our two
        models needed. So the models run on a plain Azure VM with cron, and the files live in Blob
        Storage. I haven't used the Azure ML pipelines or its monitoring beyond that evaluation, so I
        can't really speak to its strengths or weaknesses in production, and the platform team
        decided the cloud setup anyway.
        """,
      flags=("no-feature-knowledge", "basic-services-only", "one-sided"),
      follow_ups=("managed-vs-custom",)),
    J("cloud-platform", "asbestos-tool-salad", "weak", S, 1, H, """
        um so yeah we've used sagemaker and vertex and azure ml and databricks and uh bedrock a bit
        at the asbestos surveying firm they're all pretty similar really they're scalable and
        managed and um the weakness is cost i guess and lock in but the strengths are they're
        scalable so yeah we use whichever one fits
        """,
      flags=("generic-platform", "no-feature-knowledge"),
      maybe=("basic-services-only", "one-sided"),
      follow_ups=("managed-vs-custom", "costs")),
    # ------------------------------------------------------------------ challenging-project
    J("challenging-project", "voice-over-keyword", "keyword", W, 5, H, """
        Situation: at a voice-over studio group we had built a model that scores recorded takes for
        clipping, breaths and mouth noise, so engineers only review the flagged ones. It worked in
        the data scientists' notebooks but failed in production: the scoring service took 40 seconds
        per take, and it disagreed with the engineers after every new microphone arrived. Task: I
        owned making it reliable and fast enough to run on every take in the booth. Actions: I
        profiled it and found the audio was resampled twice and the model loaded per request; I
        rebuilt the service as a slim Docker image with the model loaded once, exported it to ONNX,
        and ran it on Kubernetes with autoscaling on queue depth. For the microphone problem I added
        per-studio input monitoring in Evidently on spectral features, plus a weekly sample of
        engineer labels to track precision and recall, and wired an Airflow retraining job that
        triggers when drift and recall both cross thresholds, with each new model going out as a
        canary to one studio first. I made a mistake early on: I retrained on everything and the
        model got worse on old mics, so I switched to stratified sampling per mic type. Result:
        scoring dropped from 40 seconds to 1.2 seconds per take, engineer review time fell by about
        45%, and we went a full year without a mic-related regression.
        """,
      follow_ups=("do-differently", "biggest-learning", "stakeholders"),
      impact=("scoring dropped from 40 seconds to 1.2 seconds per take",
              "engineer review time fell by about 45%",
              "we went a full year without a mic-related regression"),
      not_impact=("took 40 seconds per take",)),
    J("challenging-project", "dance-school-paraphrase", "paraphrase", S, 5, H, """
        so um at a chain of dance schools we had a model that watches class videos and scores
        students' timing against the music so teachers only review the ones it flags and it worked
        fine on the data scientists' laptops but once it was live it was painfully slow like 40
        seconds a clip and it started disagreeing with teachers whenever a studio got new cameras so
        my job was to make it fast and reliable enough to run on every clip and um what i did first i
        measured where the time went and the video was being resized twice and the model was loaded
        fresh on every request so i rebuilt the service as a small sealed image that loads the model
        once converted the model to a faster format and ran it on our shared cluster with more copies
        spinning up when the queue got long and for the camera problem i started comparing the
        incoming video statistics per studio against what the model was trained on and had teachers
        label a sample each week so we could track how often it was right and when both of those
        slipped it would train a new model and try it on one studio first and honestly i messed up
        at first i trained on everything and it got worse on the old cameras so i switched to
        balancing the training data by camera type and in the end scoring went from 40 seconds to
        about a second per clip teachers spent about 45 percent less time reviewing and we had a
        whole year with no camera-related breakage
        """,
      follow_ups=("do-differently", "biggest-learning"),
      impact=("scoring went from 40 seconds to about a second per clip",
              "teachers spent about 45 percent less time reviewing",
              "we had a whole year with no camera-related breakage"),
      not_impact=("like 40 seconds a clip",),
      equal_to="voice-over-keyword"),
    J("challenging-project", "cork-plain-result", "plain-result", W, 3, H, """
        At a cork producer we grade natural cork stoppers by camera, and the grading model was the
        bottleneck of a new sorting line. The challenge was that the model had been trained on
        photos from the lab camera, and on the line the lighting, the speed and the motion blur were
        different, so it kept downgrading good corks. I set up a proper loop: images from the line
        were sampled and labelled by the graders each week and stored with DVC, so we knew what each
        model was trained on; the model was retrained in a GitLab pipeline and packaged in Docker;
        and we watched its agreement with the human graders on a Grafana board. I also pushed for a
        second camera angle, which the team resisted at first. In the end the line ran at full
        speed, the graders trusted it, and far fewer good corks ended up in the lower grades.
        """,
      flags=("no-quantified-impact",),
      follow_ups=("stakeholders", "do-differently")),
    J("challenging-project", "citizens-advice-misconception", "misconception", W, 2, H, """
        At a citizens advice charity we built a triage model that reads the first message from
        someone asking for help and routes it to debt, housing, benefits or employment advisers.
        The challenge was reliability: the old service kept timing out at the Monday-morning peak. I
        moved the model onto Kubernetes with a Helm chart, added horizontal autoscaling and readiness
        probes, set up Prometheus and Grafana, and defined an SLO. We reached 99.95% uptime and p95
        latency under 200 ms, and that's how we knew the model was performing well: if it's up and
        answering fast, it's routing correctly. The advisers did say some housing cases still landed
        in benefits, but the metrics showed the model was healthy, so we treated that as a training
        issue for the advisers.
        """,
      flags=("no-mlops-intersection",),
      maybe=("blame",),
      follow_ups=("do-differently", "biggest-learning"),
      misconception="service uptime and latency show that the model's predictions are right",
      impact=("99.95% uptime", "p95 latency under 200 ms")),
    J("challenging-project", "graffiti-reordered", "reordered", S, 4, H, """
        so the end result was we cut the um the wasted crew visits by about a third and the model's
        been stable for like eight months now and how we got there was basically um i rebuilt the
        whole path from the photos to the prediction we version the photo datasets in dvc we track
        runs in mlflow and the model goes out in a docker image on our kubernetes cluster with a
        canary on one borough first and we added evidently to check if the photos coming in look
        different and um the hard part was getting the council's photo app to send consistent
        metadata i had to sit with their developers for two weeks and the reason all of this started
        was uh we're a graffiti removal contractor for a few councils and the model that estimates
        how big a job is from a resident's photo so we send the right crew and chemicals was wrong so
        often that crews were turning up with the wrong kit and the previous setup was just a
        notebook someone ran on fridays
        """,
      follow_ups=("stakeholders", "do-differently"),
      impact=("cut the um the wasted crew visits by about a third", "stable for like eight months now"),
      not_impact=("for two weeks",)),
    J("challenging-project", "pr-agency-numbers", "numbers", S, 4, H, """
        yeah so at a pr agency we had a model that um classifies media coverage for clients
        sentiment and whether it's a genuine mention and the challenge was volume we went from about
        50,000 articles a day to around 400,000 when we added broadcast transcripts and social and
        the old batch job on one vm took 14 hours so clients got reports a day late so i um moved
        inference to kubernetes with a queue and 20 gpu workers max autoscaling and distilled the
        model from 340 million parameters down to 66 million and set up mlflow and dvc so we could
        retrain every 2 weeks on about 8,000 fresh labels and um the results processing time went
        from 14 hours to 35 minutes cost per thousand articles fell by 62 percent and the sentiment
        f1 actually went up from 0.81 to 0.84
        """,
      follow_ups=("do-differently", "stakeholders"),
      impact=("processing time went from 14 hours to 35 minutes",
              "cost per thousand articles fell by 62 percent",
              "sentiment f1 actually went up from 0.81 to 0.84"),
      not_impact=("about 50,000 articles a day to around 400,000", "took 14 hours", "20 gpu workers",
                  "340 million parameters down to 66 million", "every 2 weeks",
                  "about 8,000 fresh labels")),
    J("challenging-project", "sterilisation-negated", "negated", S, 2, H, """
        um so the project was at a sterilisation services company we have a model that predicts
        which instrument trays will fail the steam cycle check and honestly the challenging part i
        wasn't that involved in the fix the monitoring and the retraining that was the platform
        team's job and they never really got round to the drift checks so the model just got worse
        over about a year and um management eventually switched it off i did the original model in a
        notebook and i'd say the lesson was that nobody owned it in production
        """,
      flags=("blame", "vague", "no-quantified-impact"),
      follow_ups=("do-differently", "biggest-learning"),
      not_impact=("over about a year",)),
    J("challenging-project", "lost-property-weak", "weak", W, 1, H, """
        We run lost-property services for a few transport operators, and the most challenging
        project was definitely our matching model. It was a tough project with a lot of moving parts
        and tight deadlines, and the data was messy. We worked really hard as a team, used the cloud
        and some MLOps tools, and in the end we got it over the line. I learned a lot about
        perseverance.
        """,
      flags=("vague", "no-quantified-impact"),
      maybe=("no-mlops-intersection",),
      follow_ups=("biggest-learning", "do-differently")),
]
