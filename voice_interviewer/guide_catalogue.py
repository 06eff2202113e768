"""Which kinds of engineering work there are, what each one is in plain words, and which well-known
products (and standard measures, such as PSI for drift) do it.

One catalogue for every engineering guide (MLOps, data engineering, SRE and DevOps, backend): it is about
the kinds of work, not about any one guide, and its texts were written from general engineering
knowledge, not from a bank. It serves two purposes:

* **Products.** An imported concept is credited when an answer names a product of its kind that the
  guide does not ("we version the training sets with DVC" is data versioning even where the framework
  names no tool for it): a concept gets a kind's products as aliases when its label says that kind of
  work (every word of one of the kind's phrases is in the label, compared by stem).
* **What the idea is.** A guide names its ideas ("data versioning") but does not say what they are, and
  an answer in plain words ("we keep a copy of exactly the rows each model learned from") is matched to
  a concept by meaning, against its description and examples. A concept whose label names a kind of
  work gets that kind's plain-words description (after its own label) and the kind's spoken example
  phrasings (:func:`add_kind_descriptions`). Within one question a kind describes one concept only,
  the one its phrase fits best: two concepts with one text could not be told apart by meaning.
* **What it is not.** A kind may carry one or two common wrong beliefs about it (``WRONG_BELIEFS``: "data
  versioning just means keeping backups"); the concept it describes takes them as ``misconceptions``, so
  an answer that says one is heard as misunderstanding the idea, and the red flag about it is raised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .guide_draft import Concept, Draft
from .guide_text import _clip, _sentence_case, content_stems

__all__ = ["KINDS", "WRONG_BELIEFS", "Kind", "add_kind_descriptions", "add_kind_products", "kind_for", "products_of", "same_kind"]


@dataclass(frozen=True)
class Kind:
    """A kind of engineering work: the phrases that name it, the products that do it, what it is (one to
    three sentences, the way a good candidate explains it without jargon) and example phrasings in plain
    spoken words."""

    names: tuple[str, ...]
    products: tuple[str, ...] = ()
    description: str = ""
    examples: tuple[str, ...] = ()
    misconceptions: tuple[str, ...] = ()


#: The kinds of work, each with the phrases that name it, the products that do it, what it is in plain
#: words and how a candidate might say it. Written from general engineering knowledge, for any guide.
KINDS: tuple[Kind, ...] = (
    # ------------------------------------------------------------------ versions and reproducibility
    Kind(("data versioning", "dataset versioning", "data version", "versioning data", "data snapshots"),
         ("DVC", "D V C", "lakeFS", "Delta Lake", "Pachyderm"),
         "Keeping a fixed, named copy of every dataset used for training or testing, so the exact rows behind "
         "any result can be fetched again and two versions of the data can be compared.",
         ("we keep a snapshot of the exact training data for every run",
          "each model points back to the precise copy of the data it learned from",
          "I can get last month's dataset back exactly as it was",
          "the data gets a version number just like the code does")),
    Kind(("code versioning", "version control", "source control", "versioning code"), (),
         "Keeping every change to the code in version control, reviewed and tagged, so you know exactly which "
         "code produced a model or a release and can go back to it.",
         ("all the training code lives in git and every change is reviewed",
          "we tag the commit each model was built from",
          "I can check out the exact code behind any release")),
    Kind(("model registry", "model versioning", "models versioning", "registries", "model versions",
          "model store"),
         ("MLflow", "ML flow", "model registry", "Weights & Biases", "Vertex AI Model Registry",
          "SageMaker Model Registry"),
         "Storing every trained model as a numbered version in one central place, with its scores and "
         "whether it is in staging or production, so everyone knows which model is live and an older one can "
         "be brought back.",
         ("every trained model is saved with a version number and its scores",
          "we always know which model version is serving right now",
          "promoting a model to production is a recorded step with an approval",
          "the old model is still stored so we can switch back to it")),
    Kind(("experiment tracking", "tracking", "experimentation", "experiment management", "experiments"),
         ("MLflow", "ML flow", "Weights & Biases", "Weights and Biases", "wandb", "Neptune", "Comet"),
         "Recording every training run with its settings, code version, data and resulting scores, so runs "
         "can be compared side by side and the best one reproduced later.",
         ("every training run logs its parameters and its metrics automatically",
          "we compare the runs side by side to pick the best one",
          "I can see which settings gave which accuracy weeks later")),
    Kind(("reproducibility", "reproducible", "reproduce", "recreate"), (),
         "Being able to rebuild exactly the same model or result later: the same code, the same data, the same "
         "environment and settings, all recorded together and linked.",
         ("if someone asks I can rebuild the exact same model from six months ago",
          "the run records the code commit the data version and the environment together",
          "retraining with the same inputs gives the same model")),
    Kind(("environments versioning", "environment consistency", "reproducible environments", "dependencies",
          "dependency management", "conda environments", "environment management"),
         ("Conda", "Poetry", "pipenv", "virtualenv", "pip-tools", "requirements.txt", "lock file", "lock files",
          "Nix"),
         "Pinning the exact versions of the language, libraries and system packages a project uses, in lock "
         "files, environment files or images, so the code runs the same on every machine and an old result "
         "can be rebuilt.",
         ("we pin every library version in a lock file",
          "training and production use the very same environment",
          "upgrading a library is a reviewed change, not a surprise")),
    Kind(("lineage", "data lineage", "provenance"), (),
         "Recording which sources, jobs and versions fed each table or model, so a bad input can be traced to "
         "everything it touched and any output back to where it came from.",
         ("we can see which jobs and sources feed each table",
          "when a source is broken we know every report downstream that it affects")),
    Kind(("model card", "model cards", "governance", "model governance", "auditing", "compliance"), (),
         "Documenting each model and keeping a record of who trained, approved and released which version on "
         "what data, with its intended use and limits, so it can be audited and explained.",
         ("each model has a short document saying what it is for and where it fails",
          "we keep a record of who approved each release and why")),
    # ------------------------------------------------------------------ data
    Kind(("data ingestion", "ingestion", "data preparation", "data collection", "data pipeline",
          "data pipelines", "extraction"),
         ("Airflow", "Dagster", "Prefect", "Argo Workflows", "Kubeflow Pipelines", "Kubeflow"),
         "Bringing raw data in from its sources on a schedule or as a stream, then cleaning, joining and "
         "shaping it into a dataset that training and reporting can rely on.",
         ("we pull the raw events in every night and clean them up",
          "the job joins the sources together and removes duplicates",
          "we only load what changed since the last run")),
    Kind(("transformation", "data transformation", "data cleaning", "cleaning"), (),
         "Cleaning, deduplicating, joining and reshaping raw records into tidy, consistent tables, in tested "
         "code, while the raw copy is kept untouched.",
         ("we clean and deduplicate the records into tidy tables",
          "the raw copy stays as it arrived and the cleaned tables are built from it")),
    Kind(("feature engineering", "feature pipelines", "feature pipeline", "features"), (),
         "Turning raw data into the inputs a model learns from, such as counts, averages and encoded "
         "categories, in code that computes them the same way in training and in production.",
         ("we turn raw events into counts and averages per customer",
          "we encode the categories and fill in the gaps before training",
          "the same code computes the inputs for training and for live predictions")),
    Kind(("feature store", "feature stores"), ("Feast", "Tecton", "Hopsworks"),
         "One shared place where features are defined once, stored and served both for training and for live "
         "predictions, so both see the same values and teams reuse each other's features.",
         ("teams reuse features instead of building them again",
          "at prediction time we look up a customer's latest values in milliseconds",
          "training reads the historical values as they were at that moment")),
    Kind(("data validation", "validation", "data checks", "input validation", "schema checks"),
         ("Great Expectations", "Soda", "Deequ", "TFDV"),
         "Automatically checking each new batch of data before it is used: the expected columns and types, no "
         "unexpected empty values, values in sensible ranges, row counts as expected, and stopping the "
         "pipeline when a check fails.",
         ("every new batch is checked for missing columns and empty values before training",
          "if the row count looks wrong the job stops",
          "we check that the values are in the range we expect")),
    Kind(("data quality", "data quality monitoring", "trusted data"),
         ("Great Expectations", "Soda", "Deequ", "TFDV"),
         "Keeping data trustworthy over time: watching for missing values, duplicates, outliers, stale or late "
         "data and broken formats, and telling the owners before bad data reaches a model or a report.",
         ("we watch how many values are missing or out of range every day",
          "the owning team hears about bad data before the analysts do",
          "a table that hasn't been refreshed on time raises a warning")),
    Kind(("data contracts", "contracts", "schema agreements"), (),
         "An agreement with the team that produces the data about its format, meaning and freshness, written "
         "down and versioned, so a change on their side is announced and checked rather than breaking things "
         "downstream.",
         ("we agreed the columns and their meaning with the team that sends the data",
          "a change to their format has to be announced and versioned first")),
    Kind(("schema evolution", "schema changes", "schema change", "schema migrations", "migrations"), (),
         "Changing the shape of data or tables safely over time: adding columns in a backward-compatible way, "
         "versioning the schema and migrating readers and writers in steps so nothing downstream breaks.",
         ("we only add new columns, we never rename one in place",
          "old and new readers keep working while we migrate")),
    Kind(("backfill", "backfills", "backfilling", "reprocessing"), (),
         "Rerunning a pipeline for past dates to fill in or correct history, in bounded chunks and separately "
         "from the daily runs, so the result matches what the normal runs would have produced.",
         ("we reran the job for the last six months one day at a time",
          "the history load runs alongside without slowing the daily jobs")),
    Kind(("idempotency", "idempotent", "safe to rerun", "safe to repeat"), (),
         "Making every run safe to repeat: running it twice gives the same result as running it once, for "
         "example by overwriting a whole date's partition instead of appending rows.",
         ("if the job runs twice we don't get duplicate rows",
          "each run replaces that day's data instead of adding to it",
          "we can rerun any day without worrying")),
    Kind(("change data capture", "cdc", "incremental extraction", "incremental loads", "incremental loading",
          "watermarks"), (),
         "Reading only what changed at the source since the last run, from the database's change log or a "
         "last-updated marker, instead of copying everything every time.",
         ("we only pick up the rows that changed since the last run",
          "we read the database's change log instead of full copies")),
    Kind(("partitioning", "partitions", "partition"), (),
         "Splitting a large table into parts, usually by date or key, so queries read only the parts they "
         "need and a single part can be rewritten on its own.",
         ("the table is split by day so a query only reads the days it needs",
          "we can rewrite one day's part without touching the rest")),
    Kind(("data modelling", "data modeling", "dimensional modelling", "star schema", "fact tables",
          "dimensions", "slowly changing dimensions"), (),
         "Shaping warehouse tables around the business's events and the things they involve, at a clear level "
         "of detail, so reports are fast and correct and history of changing attributes is kept.",
         ("one row per order line with links to the customer and product tables",
          "when a customer moves we keep the old address with the dates it was valid")),
    # ------------------------------------------------------------------ training and evaluation
    Kind(("model training", "training", "train models", "training pipeline"), (),
         "Fitting the model on prepared data in a scripted, repeatable job with fixed settings, so the same "
         "inputs give the same model and training can run without a person.",
         ("training runs as a script, not by hand in a notebook",
          "we fix the random seed so the same data gives the same model",
          "the training job runs on its own on a bigger machine")),
    Kind(("model evaluation", "evaluation", "model validation", "offline evaluation", "model quality checks",
          "quality checks", "quality gates"), (),
         "Checking a newly trained model on data it has never seen, against agreed measures and against the "
         "model in production, before it is allowed to ship; a model that falls short is stopped.",
         ("the new model has to beat the current one on a held-out test set",
          "we score it on data it never saw during training",
          "if the accuracy is below the bar the release is blocked")),
    Kind(("model performance", "performance metrics", "model metrics", "model degradation", "model quality"),
         ("Evidently", "WhyLabs", "Arize", "NannyML", "Fiddler"),
         "Measuring how good the model's predictions are in production, such as accuracy, precision and recall "
         "or a business result, by comparing them with the true outcomes as they arrive, so a model that is "
         "getting worse is noticed.",
         ("we compare the predictions with what actually happened once the answers come in",
          "we track the model's accuracy week by week in production",
          "if precision drops below what it was at launch we hear about it")),
    Kind(("bias detection", "model bias", "fairness", "bias"), (),
         "Checking whether the model treats groups of people differently, by comparing its errors and outcomes "
         "across groups such as age or region, before release and while it runs.",
         ("we compare the error rates across age groups and regions",
          "a model that is much worse for one group doesn't ship")),
    # ------------------------------------------------------------------ build, test, release
    Kind(("ci/cd", "continuous integration", "continuous delivery", "continuous deployment", "build pipeline"),
         ("Jenkins", "GitHub Actions", "GitLab CI", "CircleCI", "Argo CD", "Buildkite"),
         "Every change is built and tested automatically when it is pushed, and what passes is released "
         "through the same automated steps, so releases are small, frequent and repeatable instead of manual.",
         ("every push runs the tests automatically",
          "if all the checks pass it goes out to staging on its own",
          "nobody copies files to the servers by hand any more")),
    Kind(("testing", "tests", "automated testing", "unit tests", "integration tests", "test suite"), (),
         "Automated tests that check the code and the data do what they should, from small tests of single "
         "functions to a run of the whole pipeline on sample data, run on every change.",
         ("we have unit tests for the feature code",
          "an end to end test runs the whole pipeline on a small sample",
          "a test fails if the output columns change")),
    Kind(("deployment", "deployments", "deployment strategies", "deployment strategy", "release strategies",
          "model deployment", "releases"), (),
         "How a new version is put in front of users safely: built the same way every time, released "
         "gradually or side by side with the old one while it is watched, with a quick way back if it "
         "misbehaves.",
         ("we release to a small group first and widen it if nothing breaks",
          "the old version stays ready so we can switch back",
          "a deploy is one button, the same way every time")),
    Kind(("canary deployments", "canary deployment", "canary releases", "canary", "progressive delivery",
          "gradual rollout"), (),
         "Releasing a new version to a small slice of traffic first, watching its errors and measures, and "
         "widening it step by step only while it stays healthy, so a bad release reaches few users.",
         ("the new version gets five percent of the traffic first",
          "if its errors go up we pull it back straight away",
          "we widen the rollout step by step while the numbers look fine")),
    Kind(("a/b testing", "a/b tests", "a/b test", "split testing", "online experiments"), (),
         "Sending a share of real users to the new version and the rest to the current one, and comparing a "
         "business measure between the groups, with enough data to be sure, to decide which is better.",
         ("half the traffic gets the new model and we compare the results",
          "we compared the click rate of both groups before switching over")),
    Kind(("blue-green", "blue/green", "blue green"), (),
         "Running the new version next to the old one and switching all traffic over at once, keeping the old "
         "one running so switching back is instant.",
         ("we bring up the new version beside the old one and flip the traffic over",
          "if anything looks wrong we flip it straight back")),
    Kind(("rollback", "rollbacks", "roll back", "rolling back"), (),
         "Going back quickly to the last version that worked when a release misbehaves, with that version kept "
         "ready and the switch a single, practised step.",
         ("we went back to the previous version within minutes",
          "the last good model is always kept ready to switch back to")),
    Kind(("feature flags", "feature flag", "feature toggles"), (),
         "Switches in the code that turn a feature on or off, or for some users only, without a new release, "
         "so a risky change can be shipped dark and turned off at once.",
         ("we can turn the new feature off without redeploying",
          "it was switched on for internal users first")),
    Kind(("packaging", "artifacts", "build artifacts"), (),
         "Bundling the model or service with everything it needs to run into one versioned artifact that is "
         "deployed unchanged to every environment.",
         ("the model and its code are bundled into one versioned package",
          "the exact same build goes to staging and then to production")),
    # ------------------------------------------------------------------ infrastructure
    Kind(("containerization", "containers", "container", "containerize", "docker images", "sealed image",
          "sealed images", "runnable image"),
         ("Docker", "Podman", "container image", "Docker image"),
         "Packaging an application or model with its exact libraries and runtime into a container image, so it "
         "runs the same on a laptop, in the build and in production.",
         ("we build one image with the model and all its libraries",
          "it runs exactly the same on my laptop and in production",
          "no more works on my machine problems",
          "each step runs in its own sealed image, so the software is identical wherever it runs",
          "the model is packed with its runtime into one image that runs anywhere")),
    Kind(("container orchestration", "orchestration", "orchestrating containers"),
         ("Kubernetes", "K8s", "EKS", "GKE", "AKS", "OpenShift", "Nomad"),
         "Running many containers across a cluster of machines automatically: placing them, restarting the "
         "ones that fail, changing the number of copies with the load and rolling out new versions.",
         ("the cluster restarts a crashed container on its own",
          "we just declare how many copies we want and it keeps them running",
          "it spreads the containers over the machines for us")),
    Kind(("workflow orchestration", "pipeline orchestration", "orchestration", "scheduling", "workflows",
          "dag", "dags"),
         ("Airflow", "Dagster", "Prefect", "Argo Workflows", "Kubeflow Pipelines", "Kubeflow"),
         "Running a pipeline's steps in the right order on a schedule, as a graph of tasks that depend on each "
         "other, with retries, alerts on failure and the ability to rerun one step or a past day.",
         ("each step starts when the one before it has finished",
          "a failed step is retried and then someone is told",
          "we can rerun a single step for one day")),
    Kind(("infrastructure as code", "iac", "provisioning", "provision", "cloud resources"),
         ("Terraform", "terra form", "Pulumi", "CloudFormation", "Crossplane", "Ansible", "OpenTofu"),
         "Describing servers, networks, storage and cloud services in versioned code instead of clicking in a "
         "console, so environments are created the same way every time, reviewed like code and rebuilt on "
         "demand.",
         ("all of our cloud setup is written down as code and reviewed",
          "we can rebuild the whole environment from scratch with one command",
          "nobody changes things by hand in the console")),
    Kind(("scaling", "autoscaling", "auto-scaling", "managing scaling", "scaling inference",
          "horizontal scaling", "scalability"), (),
         "Adding or removing copies of a service as traffic rises and falls, automatically where possible, so "
         "it keeps up with peaks without paying for idle machines.",
         ("when traffic goes up more copies start automatically",
          "at night it shrinks back down to save money")),
    Kind(("resource allocation", "resource requests", "resource limits", "resource utilization",
          "resource management", "optimize resource utilization"), (),
         "Giving each workload the processor, memory or GPU it needs with set requests and limits, so jobs "
         "don't starve each other and expensive hardware isn't left idle.",
         ("each job asks for a set amount of memory and processor",
          "one job can't take more than its share and starve the others",
          "the GPU machines only run the jobs that need them")),
    Kind(("self-healing", "self healing", "health checks", "auto-restart"), (),
         "The platform notices through health checks that something has failed and fixes it without a person, "
         "by restarting the process, replacing the machine or moving the work elsewhere.",
         ("if a container crashes it is restarted automatically",
          "a failed health check takes the instance out and replaces it")),
    Kind(("model serving", "serving", "inference", "endpoints", "prediction service", "online inference"),
         ("KServe", "Seldon", "BentoML", "Triton", "TorchServe", "TensorFlow Serving", "Ray Serve"),
         "Making the model answer prediction requests, behind an API for live requests or as batch jobs, with "
         "the speed, scale and reliability the product needs.",
         ("the model sits behind an API that answers in a few milliseconds",
          "we score all the records overnight in one batch")),
    Kind(("secrets", "secrets management", "secret management", "configuration management", "configurations",
          "config management"), (),
         "Keeping passwords, keys and tokens out of the code and images, in a secrets store that hands them to "
         "the service at run time with limited access, and settings kept per environment in versioned config.",
         ("passwords are never in the code, they come from a vault at start up",
          "each environment has its own settings file under version control")),
    Kind(("managed services", "managed ml services", "managed kubernetes", "managed platform",
          "managed kubernetes services"), (),
         "Using a provider's hosted service instead of running it yourself: less operational work because the "
         "provider handles upgrades, scaling and availability, in exchange for cost and less control.",
         ("we let the cloud provider run the cluster so we don't patch it ourselves",
          "it costs more but nobody on our team has to look after it")),
    Kind(("cost management", "cost optimization", "reduced costs", "cost awareness", "cost control"), (),
         "Knowing what the system costs and why, by tagging resources, sizing machines to the work, using "
         "cheaper spare capacity and shutting down what is idle, and weighing cost against speed.",
         ("we cut the bill by turning off machines nobody was using",
          "we moved the batch jobs to cheaper spare capacity")),
    Kind(("strengths", "advantages", "pros", "upsides", "what it does well", "good parts", "good side",
          "best part", "what's good", "what worked well"), (),
         "What the platform or tool did well in practice: what it made easier, faster, cheaper or safer for "
         "the team, and why that mattered to them.",
         ("what I liked most was that we never had to run the servers ourselves",
          "the big win was that everything plugged into the accounts and permissions we already had",
          "it saved us weeks because the pieces already worked together")),
    Kind(("weaknesses", "disadvantages", "cons", "drawbacks", "downsides", "limitations", "bad parts", "bad side",
          "worst part", "what's bad", "pain points", "the catch"), (),
         "Where the platform or tool hurt in practice: what it cost, what it could not do, what it tied the "
         "team to, or what they had to work around, said from experience rather than praise.",
         ("the downside was the bill, machines kept running when nobody used them",
          "it was hard to leave because everything was written for that one provider",
          "new people took weeks to find their way around it")),
    Kind(("cost complexity", "cost surprises", "unpredictable costs", "hard to predict costs", "cost overruns",
          "expensive", "got expensive", "the bill", "costs add up"), (),
         "What using it costs and how hard that is to predict or control: pricing that is hard to follow, "
         "resources left running, a bill that grows with use, told from experience.",
         ("the bill was hard to predict because everything is priced differently",
          "it got expensive once we had endpoints running all night",
          "at steady load it cost more than running our own machines")),
    Kind(("learning curve", "steep learning curve", "hard to learn", "took weeks to learn", "hard to find their way"),
         (), "How long it takes people to become productive with it: many services, concepts and settings to "
         "learn before the team can use it well.",
         ("new people took weeks to find their way around it",
          "there is a lot to learn before you can use it well")),
    Kind(("deep integration", "ecosystem integration", "integration with the ecosystem", "plugs into",
          "plugs straight into", "ties into", "slots into"), (),
         "How well it works with the provider's other services, the data, permissions and storage already "
         "there, so little glue code is needed.",
         ("it plugs straight into the provider's data warehouse and permissions",
          "the training jobs read straight from the storage we already had")),
    Kind(("vendor lock-in", "lock-in"), (),
         "Depending so much on one provider's own services that moving away would be slow and costly; reduced "
         "by keeping to open formats and portable tools where it matters.",
         ("moving off that provider would mean rewriting half the pipeline",
          "we keep the models in an open format so we could move")),
    # ------------------------------------------------------------------ running it
    Kind(("monitoring", "observability", "dashboard", "dashboards", "robust monitoring", "health monitoring"),
         ("Prometheus", "Grafana", "Datadog", "CloudWatch", "New Relic"),
         "Continuously collecting measurements, logs and traces from the running system, showing them on "
         "dashboards and watching them, so problems are seen quickly and their cause can be found.",
         ("we watch the error rates and response times on a dashboard",
          "the logs and metrics of every service end up in one place",
          "we can see at a glance whether everything is healthy")),
    Kind(("alerts", "alerting", "alert", "anomalies", "anomaly detection"),
         ("Prometheus", "Grafana", "Datadog", "CloudWatch", "New Relic"),
         "Automatic notifications that tell the right person when something needs attention, a measure "
         "crossing a limit or behaving unusually, tuned so they are rare, meaningful and say what to do.",
         ("someone gets paged when the error rate goes over the limit",
          "we tuned the alerts so people don't start ignoring them",
          "a message goes to the team's channel when something looks unusual")),
    Kind(("infrastructure health", "system metrics", "traditional system metrics", "infrastructure monitoring",
          "resource usage"),
         ("Prometheus", "Grafana", "Datadog", "CloudWatch", "New Relic"),
         "Watching the machines and the service itself, processor, memory, disk, request rate, response time "
         "and errors, so capacity problems and outages show up before users notice.",
         ("we track processor memory and response times for the prediction service",
          "we watch how long each request takes and how many fail")),
    Kind(("data drift", "input drift", "feature drift", "distribution shift", "covariate shift"),
         ("Evidently", "WhyLabs", "Arize", "NannyML", "Fiddler", "PSI", "population stability index", "KS test",
          "Kolmogorov-Smirnov", "KL divergence", "Wasserstein distance", "distribution shift"),
         "Noticing when the data coming into the model in production starts to look different from the data "
         "it learned from, by comparing the distributions of the inputs over time.",
         ("we compare this week's inputs with what the model saw in training",
          "the incoming values slowly moved away from the training data",
          "a statistical test tells us when a feature's spread changes")),
    Kind(("concept drift",),
         ("Evidently", "WhyLabs", "Arize", "NannyML", "Fiddler", "PSI", "population stability index", "KS test",
          "Kolmogorov-Smirnov", "KL divergence", "Wasserstein distance", "distribution shift"),
         "Noticing when the link between the inputs and the right answer changes, so the same inputs now call "
         "for a different prediction; it shows as falling accuracy once the true outcomes are known, even when "
         "the inputs look the same.",
         ("people started behaving differently so the old patterns stopped holding",
          "the inputs look normal but the right answers have changed",
          "accuracy fell even though nothing about the input data changed")),
    Kind(("drift", "model drift"),
         ("Evidently", "WhyLabs", "Arize", "NannyML", "Fiddler", "PSI", "population stability index", "KS test",
          "Kolmogorov-Smirnov", "KL divergence", "Wasserstein distance", "distribution shift"),
         "Noticing that the world has moved away from what the model learned: the inputs look different from "
         "the training data, or the same inputs now mean a different outcome.",
         ("the data we get now doesn't look like what we trained on",
          "we check regularly whether the model's world has changed")),
    Kind(("automated retraining", "retraining", "continuous training", "feedback loops", "feedback loop",
          "retrain"),
         ("Airflow", "Dagster", "Prefect", "Argo Workflows", "Kubeflow Pipelines", "Kubeflow"),
         "Training the model again on fresh data automatically, on a schedule or when monitoring shows it "
         "slipping, then checking and releasing it through the same pipeline, with new outcomes fed back in "
         "as training data.",
         ("when the accuracy drops a new training run starts on its own",
          "every week the model learns again from the latest data",
          "the real outcomes flow back in and become new training examples")),
    Kind(("logging", "logs", "structured logging", "tracing", "distributed tracing"), (),
         "Recording what the system does, as searchable structured logs and traces that follow one request "
         "through every service, so a problem can be pinned to where it happened.",
         ("every request carries an id so we can follow it through all the services",
          "the logs are searchable in one place")),
    Kind(("incident response", "incident management", "incidents", "incident", "major incident"), (),
         "Handling an outage in a calm, structured way: someone is paged, one person leads, roles are clear, "
         "users are kept informed and the service is restored first, with the cause studied afterwards.",
         ("one person ran the incident and another kept everyone updated",
          "we got the service back first and looked for the cause afterwards")),
    Kind(("detection", "on-call", "on call", "paging"), (),
         "Finding out about a problem quickly: an alert wakes the engineer on call, who confirms it and judges "
         "how many users are hurt.",
         ("the alert woke up whoever was on call",
          "first I checked how many users were actually affected")),
    Kind(("mitigation", "mitigate", "stop the bleeding"), (),
         "Limiting the damage first, by rolling back, failing over or switching a feature off, before looking "
         "for the root cause.",
         ("we rolled back first and investigated later",
          "we moved the traffic to the other region to stop the errors")),
    Kind(("postmortem", "postmortems", "post-mortem", "blameless postmortem", "retrospective",
          "root cause analysis"), (),
         "After an incident, writing up what happened without blaming people: the timeline, why it happened "
         "and what made it worse, and follow-up actions that have owners and are tracked until done.",
         ("we wrote up what happened minute by minute without blaming anyone",
          "every action from the review had an owner and a due date")),
    Kind(("slo", "slos", "service level objectives", "slo targets", "service level objective"), (),
         "A target for how reliable a service should be, in terms users feel, such as 99.9 percent of requests "
         "succeeding over four weeks, agreed with the product side and used to decide when to slow down "
         "releases.",
         ("we agreed that 99.9 percent of requests should succeed each month",
          "the target is based on what users actually notice")),
    Kind(("service level indicators", "sli", "slis", "indicators"), (),
         "The measures that show how users experience the service, such as the share of requests that succeed "
         "and how fast the slowest ones are, measured as close to the user as possible.",
         ("we measure the share of requests that succeed at the load balancer",
          "we look at how slow the slowest one percent of requests are")),
    Kind(("error budget", "error budgets", "burn rate"), (),
         "The amount of failure the reliability target allows; while it lasts the team ships freely, and when "
         "it is spent, releases pause and reliability work comes first.",
         ("when we used up the allowed failures we froze new features",
          "we alert when the allowance is being used up too fast")),
    Kind(("capacity planning", "capacity", "forecast", "demand"), (),
         "Working out how much capacity the service will need, from today's usage per request and the expected "
         "growth, and adding it with headroom before it is needed.",
         ("we measured what one request costs and projected next year's traffic",
          "we keep spare room for the busiest day")),
    Kind(("load testing", "load test", "stress testing", "performance testing"), (),
         "Sending realistic, rising traffic at the service on purpose to find where it slows down or breaks "
         "and which part gives out first.",
         ("we pushed traffic up until the service started to slow down",
          "the test showed the database gave out first")),
    Kind(("failover", "redundancy", "high availability", "disaster recovery"), (),
         "Keeping spare copies of the service in other machines, zones or regions, so when one fails the "
         "traffic moves to the others and users barely notice.",
         ("if a zone goes down the traffic moves to the other two",
          "we practise switching to the backup region")),
    Kind(("caching", "cache"), (),
         "Keeping the results of slow or frequent look-ups close at hand so repeated requests are answered "
         "quickly, with a clear rule for when a stored result is too old.",
         ("we keep popular results in memory so we don't hit the database each time",
          "entries expire after a few minutes so nothing stays stale")),
    Kind(("retries", "retry", "backoff", "retries with backoff"), (),
         "Trying a failed call or step again automatically, waiting a bit longer each time, and giving up "
         "after a few attempts, so brief glitches don't become failures.",
         ("a failed call is tried again a few times with growing waits",
          "after three attempts it gives up and raises an alert")),
    Kind(("security", "access control", "authentication", "authorization", "least privilege"), (),
         "Letting each person and service do only what it needs, proving who is calling, and keeping data "
         "encrypted, so a leak or mistake stays small.",
         ("each service only gets the permissions it actually needs",
          "everything is encrypted in transit and at rest")),
)


#: Common wrong beliefs about a kind of work, keyed by its first phrase: the confident half-truths an
#: interviewer marks down ("data versioning just means keeping backups"). Each is said the way a candidate
#: would say it, with the reducing word ("just", "basically", "enough", "the same as") that makes it a
#: belief rather than a description; a concept the kind describes takes them as its ``misconceptions``.
#: Written from general engineering knowledge, for any guide.
WRONG_BELIEFS: dict[str, tuple[str, ...]] = {
    "data versioning": ("Data versioning just means keeping backups of the data.",
                        "Versioning the code in git is enough, the data doesn't need versions of its own."),
    "code versioning": ("Keeping the code in git is basically all you need to reproduce a model.",),
    "model registry": ("A model registry is just a folder where the model files are saved.",),
    "experiment tracking": ("Experiment tracking is just writing the results down in a spreadsheet.",),
    "reproducibility": ("Reproducibility just means keeping backups of the model files.",
                        "Fixing the random seed is enough to make a model reproducible."),
    "environments versioning": ("A requirements file is enough, the environment is basically the same everywhere.",),
    "data validation": ("Data validation is basically just checking that the file isn't empty.",),
    "data quality": ("If the pipeline runs without errors the data quality is basically fine.",),
    "model evaluation": ("Evaluating the model just means checking the accuracy on the training data.",),
    "model performance": ("Monitoring the model just means checking that the service is up and fast.",),
    "ci/cd": ("CI/CD for machine learning is just the same as CI/CD for ordinary software.",),
    "testing": ("Testing a machine learning system just means unit tests for the code.",),
    "deployment": ("Deploying a model just means copying the model file onto the server.",),
    "containerization": ("Putting the model in a Docker container is enough for production, nothing else is needed.",),
    "container orchestration": ("Kubernetes is just a way to start Docker containers, Docker alone is enough in production.",),
    "workflow orchestration": ("Orchestration is just a cron job that runs the scripts.",),
    "infrastructure as code": ("Infrastructure as code just means keeping a few setup scripts somewhere.",
                               "Clicking through the cloud console is basically the same as infrastructure as code."),
    "scaling": ("Autoscaling means you don't need resource requests or limits.",
                "Scaling is simply buying a bigger machine."),
    "monitoring": ("Monitoring a model is just the same as monitoring any web service, uptime and errors are enough.",),
    "alerts": ("Alerting just means someone looks at the dashboard now and then.",),
    "infrastructure health": ("CPU, memory and latency are enough to know the model is working well.",),
    "data drift": ("Data drift just means the data pipeline broke.",),
    "concept drift": ("Concept drift is basically when the data pipeline breaks.",
                      "Concept drift is just the same as data drift, the inputs change."),
    "drift": ("Drift just means the model got old, retraining on a schedule covers it.",),
    "automated retraining": ("Retraining on a fixed schedule is enough, there's no need to watch the model.",
                             "Automated retraining just means rerunning the notebook by hand now and then."),
    "feature store": ("A feature store is just a database table of features.",),
    "lineage": ("Lineage is just the commit history of the code.",),
    "logging": ("Logging everything is enough, you don't need metrics or traces.",),
    "canary deployments": ("A canary release is basically the same as deploying to everyone and watching.",),
    "rollback": ("If the tests pass you basically never need a way to roll back.",),
    "model serving": ("Serving a model is just loading the pickle file in a web app.",),
    "managed services": ("A managed service means you basically don't have to think about operations at all.",),
    "idempotency": ("Retries are enough, the job doesn't need to be safe to run twice.",),
    "backfill": ("A backfill is just running the job again for today.",),
    "schema evolution": ("Schema changes are basically harmless, the consumers will just adapt.",),
    "data contracts": ("A data contract is just documentation nobody needs to enforce.",),
    "incident response": ("Incident response just means restarting the service until it works.",),
    "postmortem": ("A postmortem is basically about finding out who caused the outage.",),
    "slo": ("An SLO should basically be one hundred percent, any failure is unacceptable.",),
    "error budget": ("An error budget is just a target the team reports on, it doesn't change what ships.",),
    "capacity planning": ("Autoscaling means capacity planning is basically unnecessary.",),
    "caching": ("A cache is basically always safe to add, stale results don't matter.",),
    "failover": ("Backups are enough for high availability.",),
    "security": ("Security is basically covered once the service is behind a firewall.",),
    "bias detection": ("If the overall accuracy is high the model is basically fair to everyone.",),
}

KINDS = tuple(replace(k, misconceptions=WRONG_BELIEFS.get(k.names[0], ())) for k in KINDS)
_NAME_STEMS = frozenset(stem for k in KINDS for n in k.names for stem in content_stems(n.replace("/", " ")))


def _stems(text: str) -> list[str]:
    """Content stems, with "A/B" one word ("ab") and other slashes as spaces ("ci/cd" → ci, cd)."""
    text = re.sub(r"(?<![A-Za-z])([A-Za-z])/([A-Za-z])(?![A-Za-z])", r"\1\2", text)
    return content_stems(text.replace("/", " "))


def _fits(label: str) -> list[tuple[float, Kind, frozenset[str]]]:
    """``(share, kind, phrase stems)`` for each kind of work ``label`` names: every word of one of the
    kind's phrases is in it, and the phrase is what the label is about, not a word qualifying another
    thing ("automate data pipeline tests" is about tests, not a data pipeline): the label ends with the
    phrase or opens with it ("monitoring and alerts that catch…"), or it is a pair of alternatives
    ("retraining/feedback loops"). ``share`` is the part of the label's words the best phrase covers."""
    words = _stems(label)
    have = set(words)
    # "setting up alerts for anomalies and integrating these into a dashboard": the phrase right after
    # the label's opening verb is its object, what the label is about, however long the rest
    lead = _LEAD_VERB.match(label)
    after = _stems(label[lead.end():]) if lead and not set(_stems(lead.group(0))) & _NAME_STEMS else []
    out = []
    for kind in KINDS:
        best: tuple[float, frozenset[str]] | None = None
        for p in kind.names:
            want = _stems(p)
            if want and set(want) <= have and ("/" in label or words[-1] in want or words[0] in want):
                share = len(set(want)) / len(have)
                if best is None or share > best[0]:
                    best = (share, frozenset(want))
            if want and after[: len(want)] == want:  # the object of the opening verb
                if best is None or best[0] < 1.0:
                    best = (1.0, frozenset(want))
        if best is not None:
            out.append((best[0], kind, best[1]))
    return out


#: A label that opens with a verb of doing ("setting up", "implementing", "managing") is about what that
#: verb is done to — unless the verb names a kind of work itself ("orchestrating these containers",
#: "monitoring data drift"), which the label's other words then qualify.
_LEAD_VERB = re.compile(r"(?i)^\s*(?:[a-z]+ing)(?:\s+(?:up|out|in|on|for))?\s+")


def _context_fit(kind: Kind, context: str) -> int:
    """How many words of ``context`` (the guide's words around the label) the kind's own texts share."""
    if not context:
        return 0
    mine = set(_stems(" ".join((kind.description, *kind.examples, *kind.products))))
    return len(mine & set(_stems(context)))


def _near(label: str, source: str, reach: int = 80) -> str:
    """The guide's words around ``label`` in ``source`` (its clause, not the whole sentence: "integrate
    with Docker and Kubernetes for packaging and orchestration"), or the whole source."""
    words = re.findall(r"[A-Za-z][\w-]*", label)
    at = source.lower().find(words[-1].lower()) if words else -1
    return source if at < 0 else source[max(0, at - reach):at + reach // 2]


def _resolved(label: str, context: str = "") -> list[tuple[float, Kind]]:
    """The kinds ``label`` names, best fit first; where one phrase names two kinds ("orchestration": of
    containers or of a pipeline's steps) the guide's words around the label decide (the first listed on
    a tie). Of two equal fits the one naming the label's head wins: its first word when a preposition
    follows that word's phrase ("deployment to various environments"), else its last."""
    fits = _fits(label)
    near = _near(label, context) if context else ""
    keep = []
    for share, kind, want in fits:
        rivals = [(k, _context_fit(k, near)) for s, k, w in fits if w == want]
        if len(rivals) > 1 and max(rivals, key=lambda t: t[1])[0] is not kind:
            continue
        keep.append((share, kind, want))
    words = _stems(label)
    head = words[0] if re.search(r"(?i)^\W*[\w/-]+(?:\s+[\w/-]+)?\s+(?:to|for|of|with|in|on|across)\b", label) else words[-1] if words else ""
    keep.sort(key=lambda t: (-t[0], head not in t[2]))
    return [(share, kind) for share, kind, _ in keep]


def _kind_of(label: str, context: str = "") -> list[tuple[str, ...]]:
    """The products of each kind of work ``label`` names (see :func:`_fits`)."""
    return [kind.products for _, kind in _resolved(label, context) if kind.products]


def kind_for(label: str, context: str = "") -> Kind | None:
    """The kind of work ``label`` is about, or None: the kind whose phrase covers the most of the label,
    when that is at least ``MIN_SHARE`` of its words (a whole clause that happens to end in "trained on" is
    not about model training)."""
    found = _resolved(label, context)
    return found[0][1] if found and found[0][0] >= MIN_SHARE else None


#: The least part of a label's words a kind's phrase must cover for the label to take the kind's
#: description ("these are linked to ensure that a specific model version can be recreated with the exact
#: data and code it was trained on" is not about model training: 2 of 9).
MIN_SHARE = 0.25


#: A kind of work that covers at least this part of a label is what the label is about, and its products
#: name the label whatever other idea of the framework they name too ("automated retraining" and "data
#: ingestion" both take Airflow).
STRONG_SHARE = 0.5


def add_kind_products(draft: Draft) -> None:
    """Each concept of the framework gets the products of the kinds of work its label names as aliases —
    a product of a kind the label only touches (below ``STRONG_SHARE``) only where no other idea is more
    that kind. "Monitor model performance" touches the kind "monitoring" in one word of three, and the
    framework's "traditional system metrics" is all of it: Grafana names the second, and an answer that
    only says Grafana has not said the first."""
    offers: list[tuple[Concept, float, tuple[str, ...]]] = [
        (c, share, kind.products) for c in draft.concepts if c.kind == "concept"
        for share, kind in _resolved(c.label, c.source) if kind.products]
    best: dict[str, float] = {}
    for _, share, products in offers:
        for p in products:
            best[p.lower()] = max(best.get(p.lower(), 0.0), share)
    for c, share, products in offers:
        have = {a.lower() for a in c.aliases}
        c.aliases += [p for p in products if p.lower() not in have
                      and (share >= STRONG_SHARE or share >= best[p.lower()] - 1e-9)]


def add_kind_descriptions(draft: Draft) -> None:
    """Each concept of the framework whose label names a kind of work is described as that kind
    ("Data versioning: keeping a fixed, named copy of every dataset…") and takes the kind's example
    phrasings; what the guide said of it beyond its label stays, as one more example. A kind describes
    one concept of a question, the one its phrase fits best."""
    scored = []
    for c in draft.concepts:
        if c.kind != "concept":
            continue
        found = _resolved(c.label, c.source)
        if found and found[0][0] >= MIN_SHARE:
            scored.append((found[0][0], c, found[0][1]))
    used: set[int] = set()
    for _, c, kind in sorted(scored, key=lambda t: -t[0]):
        if id(kind) in used:
            continue
        used.add(id(kind))
        _describe_as(c, kind)


def _describe_as(c: Concept, kind: Kind) -> None:
    own = c.description.strip()
    bare = own.rstrip(".").strip().lower() == c.label.strip().lower()
    label = _sentence_case(c.label.strip())
    c.description = _clip(f"{label}: {kind.description[:1].lower()}{kind.description[1:]}"
                          if len(c.label.split()) <= LABEL_WORDS else kind.description)
    long = len(c.label.split()) > LABEL_WORDS
    extra = [own] if own and (long or not bare) else []
    c.examples = list(dict.fromkeys([*c.examples, *kind.examples, *extra]))
    c.misconceptions = list(dict.fromkeys([*c.misconceptions, *kind.misconceptions]))
    c.aliases = list(dict.fromkeys([*c.aliases, *kind.names]))


#: A label of up to this many words opens the kind's description ("Data versioning: keeping…"); a longer
#: one (a whole clause of the guide) is left out of it and kept as an example.
LABEL_WORDS = 6


def products_of(phrase: str) -> set[str]:
    """The products (lower case) of every kind of work ``phrase`` names ("containerization" → docker…)."""
    return {p.lower() for products in _kind_of(phrase) for p in products}


def same_kind(phrase: str, concepts) -> list[Concept]:
    """The framework's ideas of the kind of work ``phrase`` names ("infrastructure monitoring" → the
    concept labelled "traditional system metrics", both the catalogue's infrastructure health)."""
    kind = kind_for(phrase)
    if kind is None:
        return []
    return [c for c in concepts if c.kind == "concept" and kind_for(c.label, c.source) is kind]


def kindred(phrase: str, concepts) -> list[Concept]:
    """The framework's ideas of the kind of work ``phrase`` names, or, where it has none, of a kind done
    by the same products ("data quality" → the concept labelled "data validation": both are what Great
    Expectations, Soda and Deequ do)."""
    kind = kind_for(phrase)
    if kind is None:
        return []
    same = same_kind(phrase, concepts)
    if same or not kind.products:
        return same
    tools = {p.lower() for p in kind.products}
    out = []
    for c in concepts:
        other = kind_for(c.label, c.source) if c.kind == "concept" else None
        if other is not None and tools & {p.lower() for p in other.products}:
            out.append(c)
    return out
