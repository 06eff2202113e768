"""Labelled answers to the 7 guide questions, written as an interviewer would hear them.

Each answer has a ``tier`` (5 = excellent … 1 = poor; a higher tier must score higher), the red
flags an interviewer reading the guide would raise (``flags``), flags that are arguable either way
(``maybe``: neither required nor counted as false), and the follow-ups that would be acceptable
to ask next (``follow_ups``). Used by tests/test_scoring.py and benchmarks/scoring.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Answer:
    name: str
    tier: int
    text: str
    flags: frozenset[str] = field(default_factory=frozenset)
    maybe: frozenset[str] = field(default_factory=frozenset)
    follow_ups: frozenset[str] = field(default_factory=frozenset)


def A(name, tier, text, flags=(), maybe=(), follow_ups=()):
    return Answer(name, tier, " ".join(text.split()), frozenset(flags), frozenset(maybe), frozenset(follow_ups))


ANSWERS: dict[str, list[Answer]] = {
    "lifecycle": [
        A("strong", 5, """It starts with data: we ingest raw events with Airflow, validate and clean them, and version
          every training snapshot with DVC so any model can be traced back to the exact data it saw. Then
          experimentation: data scientists train models and we log parameters and metrics to MLflow so runs are
          comparable. The best model gets registered in the MLflow model registry with its version. CI/CD then kicks
          in: GitHub Actions runs unit tests and data validation, packages the model into a Docker image and pushes
          it. We deploy on Kubernetes with a canary release, sending 5% of traffic first and rolling back
          automatically if error rates rise. In production we monitor latency in Prometheus and Grafana, and data
          drift with PSI on the input features, because accuracy labels arrive weeks later. When drift crosses a
          threshold, a retraining pipeline is triggered automatically and the loop starts again. This cut our
          deployment time from two weeks to two days.""",
          follow_ups={"rollback", "drift", "feature-store"}),
        A("strong-british", 5, """So, um, for us it starts with the data. We pull data from the warehouse with
          Airflow, clean it and do feature engineering in a shared feature store built on Feast, and every training
          dataset is snapshotted and versioned in lakeFS, so we can always tell which data a model saw. Training runs
          are tracked in Weights and Biases, which lets us compare experiments properly, and the winning model is
          registered with a version number. Our CI in GitLab CI runs unit tests and validation checks on both data
          and model, then packages it as a container image. We roll out to production on Kubernetes behind a shadow
          deployment first, then an A/B test, which is how we separate experimental models from production-grade
          ones. Once live, we monitor prediction drift and model performance against delayed labels, plus latency in
          Grafana. When performance degrades, a retraining job kicks off automatically, and the new model goes
          through the same gates. That took us from monthly releases to weekly ones.""",
          follow_ups={"rollback", "drift", "feature-store"}),
        A("one-gap", 4, """We start with data ingestion and preparation in Airflow, and we version the datasets with
          DVC so training is reproducible. Data scientists experiment in notebooks and log every run to MLflow so we
          can compare them. The chosen model is registered in the MLflow registry, then our Jenkins pipeline runs
          tests, builds a Docker image and deploys it to Kubernetes with a canary release to five percent of users
          before the full rollout. That pipeline reduced our deployment time from two weeks to about two days.""",
          flags={"omits-crucial-steps"}, follow_ups={"drift"}),
        A("precise", 4, """Five stages. Data: we ingest with Airflow and version each snapshot in DVC to keep training
          reproducible. Training: experiments are tracked in MLflow and the best model is registered. CI/CD: GitHub
          Actions tests the data and the model, then builds a Docker image. Deployment: Kubernetes with a canary at
          ten percent of traffic, rolled back automatically on errors. Monitoring: daily PSI drift checks on the
          inputs, and drift above the threshold triggers automated retraining, which closes the loop.""",
          follow_ups={"rollback", "drift", "feature-store"}),
        A("rambling", 3, """So, um, yeah, the lifecycle, that's a really great question. Basically, you know,
          there's a lot of stages, like, a lot of stages, and I think every company does it kind of differently, you
          know. So first you have, um, the data, data is super important, data is really really important, because,
          you know, garbage in garbage out. And then, um, you train the model, you train a model and you try, like,
          different things, experiments and stuff like that. And then there's deployment, deployment is obviously,
          um, super important too, we used Docker I think, and Kubernetes, and, you know, it's all about deployment
          at the end of the day. And then, yeah, monitoring, you monitor it, you know, for drift and stuff, drift is
          really important, and then you retrain, and it's a cycle basically, it's a cycle, so yeah, it keeps going
          round and round, and that's basically the lifecycle, I think, yeah.""",
          flags={"omits-crucial-steps", "no-production-distinction"}, maybe={"generic-no-tools"},
          follow_ups={"drift", "feature-store"}),
        A("weak", 2, """You get the data, train a model, check that the accuracy is good, and then you deploy it so
          the application can call it. After that you keep an eye on it.""",
          flags={"stages-not-connected", "omits-crucial-steps", "generic-no-tools", "no-production-distinction"},
          follow_ups={"drift", "feature-store"}),
        A("salad", 2, """MLflow, DVC, Kubeflow, Airflow, Docker, Kubernetes, Prometheus, Grafana, Jenkins, Feast.
          Data versioning, experiment tracking, CI/CD, canary, drift, retraining. Honestly we use all of them, the
          whole modern stack.""",
          # "stages-not-connected" is arguable (2026-12-03): the flag speaks of focusing on training or
          # deployment, but a list of every stage's products connects none of them, and the blind
          # labellers raised it on four lifecycle tool salads of five (fresh3, fresh4, fresh5, fresh7;
          # arguable in fresh6)
          flags={"generic-no-tools"}, maybe={"no-production-distinction", "stages-not-connected"},
          follow_ups={"drift", "rollback", "feature-store"}),
        A("negated", 2, """Honestly, in my last team we trained models in notebooks and copied the pickle file to a
          server. We never versioned the data, we didn't have any drift monitoring, and there was no automated
          retraining, someone retrained by hand when customers complained. We did put the model in a Docker
          container behind a Flask API.""",
          flags={"omits-crucial-steps"}, maybe={"stages-not-connected", "no-production-distinction", "generic-no-tools"},
          follow_ups={"drift"}),
    ],
    "reproducibility": [
        A("strong", 5, """Reproducibility for us means we can rebuild any model exactly. Code lives in Git and every
          training run records the commit hash. Data is versioned with DVC, with the actual files in S3, so a run
          points at an exact dataset version. Models go into the MLflow model registry, and each registered version
          stores the git SHA, the DVC data hash and the Docker image tag it was trained with. That link is the key,
          it's our lineage. The environment is a pinned Docker image built from a lock file, so training and serving
          use identical dependencies, and we fix random seeds. Last year a fraud model's recall dropped by 8 percent
          after a retrain; because everything was linked we re-ran the old version bit for bit, diffed the two
          datasets and found a join that was silently dropping rows, and fixed it in a day.""",
          follow_ups={"large-datasets", "dependencies", "model-card"}),
        A("strong-sagemaker", 5, """We're on AWS, so models are versioned in the SageMaker Model Registry and the
          training data sits in S3 with object versioning switched on, and we record the version IDs of every file
          in the training job's metadata. Code is in GitHub, and the pipeline tags each model package with the
          commit it was built from. For environments we use conda environment files with pinned versions, baked
          into a container image, so what ran in training is exactly what runs at inference. That linkage meant an
          auditor could ask which data trained the model that declined this loan, and we could answer in minutes
          rather than days.""",
          follow_ups={"large-datasets", "dependencies", "model-card"}),
        A("one-gap", 4, """Code is versioned in Git, data with DVC, and models in the MLflow registry. Every MLflow run
          logs the git commit and the DVC data version, so from a model version I can go back to the exact code and
          data. We used that to reproduce a model when its precision dropped, and found a labelling bug in the new
          data.""",
          flags={"environment-ignored"}, follow_ups={"dependencies"}),
        A("code-only", 2, """We keep everything in Git. All the code is in GitHub with pull requests and code
          reviews, and we tag releases, so we can always go back to an older version of the code if something
          breaks.""",
          flags={"code-only", "tool-unfamiliar", "environment-ignored"},
          follow_ups={"large-datasets", "dependencies"}),
        A("backups", 1, """To be safe we back up everything. The data is copied to a backup bucket every night, and
          we keep copies of the old model files too, so if anything goes wrong we can restore from the backup.""",
          flags={"backups-confusion", "tool-unfamiliar", "environment-ignored"},
          follow_ups={"large-datasets", "dependencies"}),
        A("salad", 2, """Git, DVC, MLflow, Docker, Conda, SageMaker. We use the whole stack, all of them, for
          versioning everything.""",
          maybe={"environment-ignored"}, follow_ups={"large-datasets", "dependencies", "model-card"}),
        A("negated", 2, """Honestly, we didn't really version data, the training set was just overwritten every
          week, and we didn't have a model registry, models were pickles on a shared drive. The code was in Git
          though.""",
          flags={"code-only", "tool-unfamiliar", "environment-ignored"},
          follow_ups={"large-datasets", "dependencies"}),
        A("rambling", 3, """Um, so reproducibility, yeah, that's super important, really really important, because
          you know, you want to be able to, like, reproduce things. So basically we use Git, Git for the code, and
          um, for the data, we have, like, DVC I think, some of the teams use DVC, and for models, you know, MLflow,
          MLflow is kind of the standard, everybody uses MLflow. And yeah, it's important to version things, to
          version everything basically, code, data, models, all of that stuff, because otherwise, you know, you
          can't reproduce anything, and reproducibility is, you know, super important, like I said.""",
          flags={"environment-ignored"}, follow_ups={"large-datasets", "dependencies", "model-card"}),
    ],
    "ml-cicd": [
        A("strong", 5, """ML CI/CD is different from normal software CI/CD because the artefact depends on data as
          well as code, so the pipeline has extra stages. In GitHub Actions, every change runs unit tests plus data
          validation with Great Expectations: schema checks, null rates and distribution checks against the training
          data. If the data passes, a Kubeflow pipeline retrains the model, then an evaluation step compares it with
          the production model on a holdout set and checks bias across customer segments; it only proceeds if AUC is
          within half a point and the fairness metrics hold. The model is registered in MLflow, packaged into a
          Docker image and deployed to staging on Kubernetes, then promoted with a canary. This cut our release cycle
          from two weeks to one day.""",
          follow_ups={"pipeline-metrics", "ab-canary"}),
        A("one-gap", 4, """Unlike regular software, an ML pipeline has to test data and models, not just code. Our
          Jenkins pipeline validates incoming data against a schema, retrains the model, and runs an evaluation gate
          that blocks promotion if accuracy drops more than one percent against the current model. Approved models
          are versioned in the registry and deployed with a canary release.""",
          flags={"no-containers"}, follow_ups={"pipeline-metrics", "ab-canary"}),
        A("same-as-software", 2, """CI/CD for ML is basically the same as for any other software. We have a Jenkins
          pipeline that runs unit tests and linting on every pull request, builds the code, and deploys it to
          production when the tests pass. Nothing special really.""",
          flags={"same-as-software", "no-automated-testing", "no-containers"},
          follow_ups={"pipeline-challenge", "ab-canary"}),
        A("salad", 2, """We use Jenkins, GitHub Actions, Kubeflow, SageMaker Pipelines, Docker, Kubernetes and MLflow.
          All the standard tools, basically the usual suspects, and they all work together.""",
          flags={"tools-unexplained", "same-as-software", "no-automated-testing"},
          follow_ups={"pipeline-challenge", "ab-canary"}),
        A("negated", 2, """We have GitHub Actions running unit tests on the code and it builds a Docker image, but we
          don't validate the data and there's no automated model evaluation, a data scientist eyeballs the metrics in
          a notebook before we deploy.""",
          flags={"no-automated-testing"}, maybe={"same-as-software"},
          follow_ups={"pipeline-challenge", "ab-canary"}),
        A("rambling", 3, """Yeah so, um, CI/CD for machine learning, it's, you know, it's kind of a big topic. So
          basically you have your pipeline, and the pipeline, um, does a lot of things, like, it tests things, it
          builds things, and, you know, it's kind of like normal CI/CD but also different, because, like, there's
          data. Data is really important. So we, um, we do some checks on the data, data quality checks I guess, and
          then we train the model and, um, evaluate it, and then, you know, we deploy it, we use Docker, Docker is
          great, and yeah, that's basically it, it's a pipeline, it does the testing and the building and the
          deploying, you know, all of that stuff.""",
          maybe={"tools-unexplained", "no-automated-testing"}, follow_ups={"pipeline-challenge", "pipeline-metrics", "ab-canary"}),
    ],
    "iac-containers": [
        A("strong", 5, """At my last company all of our infrastructure was Terraform: the VPC, the EKS cluster, the S3
          buckets and the SageMaker roles were modules reviewed in pull requests, so staging and production were
          identical and a new environment took an hour instead of a week. Models were containerized with Docker,
          pinning CUDA and Python dependencies, which ended the works-on-my-machine problems between training and
          serving. On Kubernetes we ran inference as deployments with resource requests and limits, a horizontal pod
          autoscaler on request latency, and liveness probes so crashed pods restarted on their own. GPU training
          jobs went to a separate node pool with taints so they didn't starve serving. Moving batch jobs to spot
          nodes cut our compute bill by about 35 percent.""",
          follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
        A("one-gap", 4, """We package every model in a Docker image with its exact dependencies, so it behaves the
          same on a laptop, in CI and in production. Those images run on Kubernetes, where we use Helm charts,
          autoscaling on CPU and readiness probes. For example, during Black Friday the autoscaler took us from 4 to
          40 pods without anyone being paged.""",
          flags={"no-iac"}, follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
        A("docker-only", 2, """I've used Docker a lot. I write Dockerfiles for our models with the dependencies
          installed, and then we run the containers on a VM. It keeps the environment consistent between my laptop
          and the server.""",
          flags={"no-iac", "docker-xor-kubernetes", "generic-no-examples"}, follow_ups={"secrets"}),
        A("weak", 1, """Infrastructure as code means you write your infrastructure in code. Containers are good for
          deployment. Kubernetes orchestrates containers. I've read about Terraform, it is a popular tool.""",
          flags={"container-benefits-missing", "generic-no-examples"}, maybe={"no-iac"},
          follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
        A("negated", 3, """We didn't use Terraform or any infrastructure as code, the cluster was set up by hand in
          the console. We did run our models in Docker on Kubernetes, which helped keep the dependencies consistent
          between environments.""",
          flags={"no-iac"}, maybe={"generic-no-examples"},
          follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
        A("salad", 1, """Terraform, CloudFormation, Pulumi, Docker, Kubernetes, Helm, Argo CD, Kubeflow. I have used
          them all, pretty much the whole stack.""",
          flags={"container-benefits-missing", "generic-no-examples"},
          follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
    ],
    "monitoring": [
        A("strong", 5, """I watch three layers. System health: latency, throughput and error rates in Prometheus with
          Grafana dashboards. Model quality: we log every prediction, and when labels arrive a week later we compute
          precision and recall per segment, because an overall number hides bias. Data: a daily PSI on the top
          features against the training distribution for data drift, plus null rates and schema checks, and we track
          the prediction distribution as an early signal of concept drift. Evidently produces the drift reports.
          Alerts go to PagerDuty with thresholds we tuned on history, PSI above 0.2 on two consecutive days, and each
          alert links to a runbook: investigate the upstream data first, then retrain or roll back. That caught a
          broken upstream feed within hours instead of the three weeks it took before.""",
          follow_ups={"false-positives", "when-to-retrain"}),
        A("one-gap", 4, """We track model accuracy, precision and recall on labelled samples every week, and we
          compare input feature distributions against the training data with PSI to catch data drift, and watch
          concept drift through the gap between predicted and actual outcomes. Everything is logged to MLflow and
          shown on a Grafana dashboard.""",
          flags={"alerts-unexplained"}, follow_ups={"when-to-retrain", "false-positives"}),
        A("infra-only", 2, """We use Prometheus and Grafana to monitor CPU, memory and latency of the model service,
          and we get a Slack alert if the pods restart or latency goes above 200 milliseconds.""",
          flags={"infra-only", "no-drift"}, follow_ups={"drift-difference", "when-to-retrain"}),
        A("weak", 1, """We check the model from time to time to see if it still works well, and if something looks
          off we look into it.""",
          flags={"no-drift", "alerts-unexplained", "no-tools"}, follow_ups={"drift-difference", "when-to-retrain"}),
        A("negated", 2, """We monitor latency and errors in Datadog, but we don't track drift and we have no alerts on
          model accuracy, honestly it's all manual.""",
          flags={"infra-only", "no-drift", "alerts-unexplained"}, follow_ups={"drift-difference", "when-to-retrain"}),
        A("salad", 2, """Prometheus, Grafana, Evidently, WhyLabs, SageMaker Model Monitor, MLflow, Datadog. Data
          drift, concept drift, accuracy, alerts. We have all of that.""",
          flags={"alerts-unexplained"}, maybe={"no-drift"},
          follow_ups={"when-to-retrain", "false-positives", "drift-difference"}),
        A("rambling", 3, """Yeah, so monitoring, um, monitoring is really, really important in production, like,
          super important. So basically, you know, we monitor everything, we monitor the model, we monitor the
          data, we monitor the infrastructure, all of that. We use Grafana, Grafana is great, and, um, you know, you
          look at the dashboards and you see if things are okay, and if they're not okay then, you know, you do
          something about it. And drift, drift is a big one, data drift, you have to watch for drift, because, you
          know, data changes, the world changes, and so yeah, you watch the drift and the accuracy and stuff like
          that.""",
          maybe={"alerts-unexplained", "no-tools"},
          follow_ups={"when-to-retrain", "drift-difference", "false-positives"}),
    ],
    "cloud-platform": [
        A("strong", 5, """I've used AWS SageMaker for three years. We built training workflows in SageMaker
          Pipelines, kept features in SageMaker Feature Store so training and real-time inference read the same
          definitions, registered models in the Model Registry with an approval step, and served them on real-time
          endpoints with Model Monitor capturing data for drift checks. Strengths: the deep integration with IAM, S3
          and CloudWatch, and managed scaling, so a two-person team ran forty models. Weaknesses: vendor lock-in,
          since the pipeline definitions don't port anywhere, cost complexity, because idle endpoints quietly ran up
          bills until we moved low-traffic models to serverless inference, and a steep learning curve with confusing
          docs. Using the Feature Store cut feature engineering time for new models by about 40 percent because teams
          reused existing features.""",
          follow_ups={"costs", "managed-vs-custom", "multi-cloud"}),
        A("strong-vertex", 5, """Most of my experience is with Google's Vertex AI. We orchestrated training with
          Vertex AI Pipelines, used the Vertex Feature Store for online features and the model registry to promote
          versions, and served from Vertex endpoints with model monitoring switched on for skew and drift. Its
          strengths are how well it integrates with BigQuery and IAM, and that it's fully managed, so we spent our
          time on models rather than clusters. The weaknesses: it locks you into GCP, pricing for online endpoints is
          hard to predict, and debugging a failed pipeline step is painful. For example, moving our churn model onto
          Vertex Pipelines cut retraining from a manual two-day process to a four-hour scheduled job.""",
          follow_ups={"costs", "managed-vs-custom", "multi-cloud"}),
        A("one-sided", 4, """I've mostly used Azure Machine Learning. We used Azure ML pipelines to retrain weekly,
          the model registry to version models and managed online endpoints for serving. It's great: it integrates
          nicely with Azure DevOps and Active Directory, it scales automatically and it's fully managed, so we don't
          run servers. It reduced our deployment time from days to hours.""",
          flags={"one-sided"}, follow_ups={"costs", "managed-vs-custom"}),
        A("generic", 2, """Cloud platforms are great because they're scalable and managed, you don't have to worry
          about servers. The downside is they can be expensive and you get some lock-in. Overall I think they're the
          way to go for MLOps.""",
          flags={"generic-platform", "no-feature-knowledge"},
          follow_ups={"managed-vs-custom", "costs", "multi-cloud"}),
        A("basic-services", 2, """On AWS I mostly used EC2 instances with GPUs to train models, stored the data in
          S3 buckets and ran small things in Lambda. SageMaker was also there but I mainly used the notebooks. It's
          flexible and cheap if you use spot instances, but it can get complicated.""",
          flags={"basic-services-only", "no-feature-knowledge"}, maybe={"one-sided"},
          follow_ups={"costs", "managed-vs-custom"}),
        A("negated", 1, """I haven't used SageMaker or Vertex in production, only in a tutorial. At work we built
          everything ourselves on Kubernetes with Kubeflow.""",
          flags={"generic-platform", "no-feature-knowledge", "one-sided"}, follow_ups={"managed-vs-custom"}),
        A("salad", 1, """SageMaker, Vertex AI, Azure ML, Databricks, I've used them all. Pipelines, feature store,
          model registry, endpoints, the whole thing. They're all pretty similar.""",
          flags={"one-sided"}, maybe={"generic-platform", "no-feature-knowledge"},
          follow_ups={"multi-cloud", "costs", "managed-vs-custom"}),
    ],
    "challenging-project": [
        A("strong", 5, """At my previous company, a fintech, our fraud model's inference latency was around 900
          milliseconds at peak, which broke the 300 millisecond SLA for card payments. I was responsible for the
          serving platform, so my task was to get the p99 under 300 without losing accuracy. I profiled the service
          and found most of the time went into computing features on the fly from Postgres, so I built an online
          feature store on Redis with Feast, precomputing the heavy aggregates, and I slimmed the Docker image from 4
          GB to 600 MB so autoscaling on Kubernetes reacted in seconds instead of minutes. I also added latency and
          drift dashboards in Grafana. As a result the p99 dropped to 180 milliseconds, we got through Black Friday
          with zero timeouts, and uptime went to 99.95%. I learned to profile before optimising.""",
          follow_ups={"stakeholders", "biggest-learning", "do-differently"}),
        A("strong-british", 5, """In my last role, at a retailer, our demand forecasting models kept failing
          silently because upstream teams changed table schemas without warning, and forecasts went wrong for days
          before anyone noticed. My job was to make the pipeline reliable. I introduced schema and data quality checks
          at ingestion with Great Expectations, so a bad batch stopped the run instead of poisoning the model, set up
          drift monitoring with alerts to the on-call channel, and moved retraining into an Airflow DAG that only
          promoted a new model if it beat the current one on a holdout week. I also agreed data contracts with the two
          upstream teams. The result was that forecast incidents went from roughly one a week to one a quarter, and
          stock-outs fell by 12 percent.""",
          follow_ups={"stakeholders", "biggest-learning", "do-differently"}),
        A("no-numbers", 4, """At my last company, the challenge was that retraining our recommendation model was a
          manual, week-long process that only one data scientist knew how to run. I was asked to automate it. I
          built a Kubeflow pipeline that pulls fresh data, validates it, retrains, evaluates against the current
          model and registers the winner in MLflow, and I containerized every step with Docker so it ran the same
          everywhere. In the end retraining became a scheduled job that anyone on the team could trigger, and we
          stopped depending on a single person.""",
          flags={"no-quantified-impact"}, follow_ups={"stakeholders", "biggest-learning", "do-differently"}),
        A("blame", 1, """The project was a mess because the data scientists kept breaking the pipeline with untested
          changes, and management didn't give us time to fix it. It wasn't my fault that the model failed in
          production, I told them it would happen. Eventually they hired more people and it got better.""",
          flags={"blame", "no-quantified-impact", "vague", "no-mlops-intersection"},
          follow_ups={"do-differently", "biggest-learning"}),
        A("vague", 1, """We had a really challenging project with a lot of moving parts. There were many issues but
          we worked hard as a team and we overcame them, and in the end the project was a success and everyone was
          happy.""",
          flags={"vague", "no-mlops-intersection", "no-quantified-impact"},
          follow_ups={"do-differently", "biggest-learning"}),
        A("devops-only", 2, """At my last job I migrated our web application's builds from Jenkins to GitHub Actions.
          The challenge was that builds took 40 minutes. I set up caching and parallel test runners, and as a result
          the builds dropped to 8 minutes.""",
          flags={"no-mlops-intersection"}, follow_ups={"do-differently", "biggest-learning", "stakeholders"}),
        A("rambling", 2, """Um, so, yeah, a challenging project, there were a lot of those, honestly. So one time, um,
          we had this model, a recommendation model, and it was, you know, kind of slow, like really slow, and
          everybody was complaining, you know, the product people were complaining, everybody. And so basically we
          had to, um, make it faster, and so we looked at a lot of things, like, a lot of things, the model, the
          infrastructure, the data, all of that stuff. And we tried some caching, caching helped a bit, I think, and
          we put it in Docker, and, um, you know, eventually it got better, it got faster, I don't remember exactly
          how much, but it was better, and yeah, everyone was happier, so that was good, I guess.""",
          flags={"no-quantified-impact"}, maybe={"vague", "no-mlops-intersection"},
          follow_ups={"do-differently", "biggest-learning", "stakeholders"}),
    ],
}


def all_answers():
    for qid, answers in ANSWERS.items():
        for a in answers:
            yield qid, a
