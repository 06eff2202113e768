"""A second labelled set, written after the engine was tuned on scoring_answers.py.

Different voices on purpose: transcribed speech with mis-hearings ("ML flow", "cube flow",
"Cuba Netty's", "DBC"), few commas, partial negations, other tools, textbook answers.
Same labels as scoring_answers.py (tier, flags, maybe, follow_ups).
"""

from __future__ import annotations

from scoring_answers import A

MORE = {
    "lifecycle": [
        A("spoken-strong", 5, """okay so um the way we run it is first the data engineering side ingests the raw data
          and we validate it with great expectations and we version the data with DBC so every training set has a
          hash. then the data scientists run experiments and everything gets logged in ML flow parameters metrics
          artifacts so we can compare runs. the best run gets registered as a new model version. then our CI/CD
          pipeline in Jenkins runs tests on the model packages it in a docker image and we deploy to Cuba Netty's
          using a canary so maybe ten percent of traffic sees it first. after that we monitor the model performance
          and data drift and if the drift score goes above a threshold we trigger retraining automatically. that
          whole setup took our release time from about a month down to a few days.""",
          follow_ups={"rollback", "drift", "feature-store"}),
        A("textbook", 2, """The MLOps lifecycle consists of data collection, data preparation, model training,
          model evaluation, deployment and monitoring. In data preparation the data is cleaned. In training the model
          is trained. Then the model is deployed. Then it is monitored for data drift and retrained when needed.""",
          flags={"generic-no-tools", "omits-crucial-steps", "no-production-distinction"},
          follow_ups={"drift", "feature-store"}),
        A("training-only", 2, """Most of my work is on the training side. I spend a lot of time on feature
          engineering and hyperparameter tuning with Optuna, and I track my experiments in MLflow so I can compare
          the results and pick the best model. Once I have a good model I hand it over to the engineering team.""",
          flags={"stages-not-connected", "omits-crucial-steps", "no-production-distinction"},
          follow_ups={"drift", "feature-store"}),
        A("partial-negation", 4, """We didn't have a feature store, but we did version all the training data with
          DVC, tracked experiments in MLflow and registered each model. GitHub Actions tested and packaged the model
          as a Docker image, and we deployed it on Kubernetes with blue green deployments so we could roll back in
          seconds. For monitoring we tracked data drift and accuracy, and drift alerts kicked off an automated
          retraining pipeline in Airflow.""",
          follow_ups={"rollback", "drift", "feature-store"}),
    ],
    "reproducibility": [
        A("spoken-strong", 5, """so for reproducibility we version four things. code is in git and the training job
          records the commit. data we version with DBC on top of S3 so every dataset has a hash. models go into the
          ML flow model registry and each version is tagged with the git commit and the data hash so they're linked.
          and the environment is a docker image with pinned dependencies so we can rerun training months later and
          get the same model. we actually did that when a model's accuracy dropped in production, we reproduced the
          old training run and found that a feature had changed upstream.""",
          follow_ups={"large-datasets", "dependencies", "model-card"}),
        A("data-not-versioned", 2, """The code is all in GitHub and the models are saved with a version number in
          MLflow. We don't version the data itself, it changes every day anyway.""",
          flags={"code-only", "environment-ignored"}, follow_ups={"large-datasets", "dependencies"}),
        A("environments-only", 3, """For me reproducibility is mostly about the environment. We build a Docker image
          for every project with pinned library versions, and we use conda lock files, so anyone can recreate the
          exact environment and rerun the notebook and get the same results.""",
          flags={"tool-unfamiliar"}, maybe={"code-only"}, follow_ups={"large-datasets", "dependencies"}),
    ],
    "ml-cicd": [
        A("spoken-strong", 5, """so the big difference from normal software CI/CD is that you're testing data and
          models not just code. in our GitLab CI pipeline every merge request runs unit tests, then a data validation
          step checks the schema and distributions of the new training data. then a training job runs and the new
          model is evaluated against the current production model on a holdout set, and we also run fairness checks.
          if it passes it's registered, packaged into a docker image and deployed to staging on Kubernetes, and then
          we promote it with a canary. that cut our time to deploy a model from about two weeks to one day.""",
          follow_ups={"pipeline-metrics", "ab-canary"}),
        A("tools-listed", 2, """We use GitHub Actions, Jenkins and Argo CD for CI/CD, with Docker and Kubernetes,
          and MLflow and Kubeflow as well. Those are the tools.""",
          flags={"tools-unexplained", "same-as-software", "no-automated-testing"},
          follow_ups={"pipeline-challenge", "ab-canary"}),
    ],
    "iac-containers": [
        A("spoken-strong", 5, """yeah so at my last job we used terra form for everything, the VPCs, the EKS
          cluster, the node groups for GPUs and the S3 buckets, all in code and reviewed in pull requests, which
          meant we could spin up a new environment in about an hour. every model was containerized with docker so the
          dependencies were the same in training and serving. on Kubernetes we set resource requests and limits, used
          the horizontal pod autoscaler for traffic spikes and liveness probes so failed pods were restarted. that cut
          our infrastructure costs by around thirty percent.""",
          follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
        A("kubernetes-only", 2, """We run everything on Kubernetes. It's great for orchestration and scaling and it
          restarts things when they crash.""",
          flags={"no-iac", "docker-xor-kubernetes", "generic-no-examples"}, maybe={"container-benefits-missing"},
          follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
    ],
    "monitoring": [
        A("spoken-strong", 5, """we monitor at three levels. infrastructure, so latency error rates CPU and memory in
          Prometheus and Grafana. data, where we compare the input feature distributions to the training data with a
          KS test every day to catch data drift, and we check for missing values. and model performance, we compute
          accuracy precision and recall once the ground truth labels come in, which also tells us about concept
          drift. we set alerts with thresholds in Grafana that page the on call person, and the runbook says
          whether to retrain or roll back. last quarter that caught a broken feature pipeline within two hours.""",
          follow_ups={"false-positives", "when-to-retrain"}),
        A("partial-negation", 3, """We don't have anything fancy like Evidently, but we log predictions and compute
          accuracy weekly once labels arrive, and we watch data drift with a simple PSI script. It sends an alert to
          Slack when the PSI is above 0.25.""",
          maybe={"no-tools"}, follow_ups={"false-positives", "when-to-retrain", "drift-difference"}),
    ],
    "cloud-platform": [
        A("spoken-strong", 5, """I've worked mostly with sage maker. we used sage maker pipelines for training,
          the model registry for approvals and real time endpoints for serving, and model monitor for data drift.
          the big strength is how it integrates with the rest of AWS, IAM and S3 and CloudWatch, and that it's
          managed so it scales without us running servers. the weaknesses are vendor lock in, costs that are hard to
          predict, especially idle endpoints, and a steep learning curve. for example we moved a batch scoring job to
          sage maker pipelines and it cut the run time by half.""",
          follow_ups={"costs", "managed-vs-custom", "multi-cloud"}),
        A("name-drop", 1, """I've used AWS SageMaker. It's a good platform, very powerful, and it has a lot of
          features. I would recommend it.""",
          flags={"no-feature-knowledge", "one-sided"}, maybe={"generic-platform", "basic-services-only"},
          follow_ups={"costs", "managed-vs-custom"}),
    ],
    "challenging-project": [
        A("spoken-strong", 5, """so at my previous company we had a recommendation model that had to be retrained
          every week but the retraining kept failing because upstream data changed without warning. I was
          responsible for the ML platform so I owned fixing it. I added data validation at the start of the
          pipeline, set up drift monitoring with alerts, and moved the retraining into a Kubeflow pipeline with
          automatic rollback if the new model was worse. as a result failed retrains went from about half of all
          runs to under five percent and we saved roughly ten hours of manual work per week.""",
          follow_ups={"stakeholders", "biggest-learning", "do-differently"}),
        A("we-not-i", 3, """Our team had to scale inference for a fraud model that was too slow. We moved it to
          GPUs, added batching and autoscaling on Kubernetes, and latency went down a lot. The team did a great job
          and the business was happy.""",
          flags={"no-quantified-impact"}, follow_ups={"stakeholders", "biggest-learning", "do-differently"}),
        A("blame-subtle", 1, """Honestly the whole project failed because the other team never listened to us.
          We told them the model wasn't ready, but management didn't care and pushed it to production anyway.""",
          flags={"blame", "vague", "no-quantified-impact", "no-mlops-intersection"},
          follow_ups={"do-differently", "biggest-learning"}),
    ],
}


# A third round, written after the second: mid-quality answers, other clouds and tools, partial stories.
THIRD = {
    "lifecycle": [
        A("mid-no-tools", 3, """First you collect and prepare the data and version it so you know what the model was
          trained on. Then you experiment and track the experiments. The best model is versioned in a registry and
          goes through a CI/CD pipeline with tests. You deploy it gradually, for example with a canary, and you
          monitor for drift and performance, and retrain automatically when it degrades.""",
          flags={"generic-no-tools"}, follow_ups={"rollback", "drift", "feature-store"}),
        A("deploy-focused", 2, """For me the key part is deployment. We containerize the model with Docker, push the
          image to ECR and deploy it to Kubernetes with Helm, with a canary rollout and automatic rollback if the
          error rate goes up. It takes about ten minutes end to end.""",
          flags={"stages-not-connected", "omits-crucial-steps"}, follow_ups={"drift", "feature-store", "rollback"}),
        A("strong-vertex", 5, """On GCP our lifecycle runs on Vertex AI. Raw data lands in BigQuery, dbt jobs build
          features, and each training dataset is snapshotted so it's versioned. Training runs in Vertex AI Pipelines
          and experiments are tracked in Vertex Experiments, so every model in the Model Registry points back to its
          data and code. Cloud Build runs unit tests and data validation, builds the container and deploys to a
          Vertex endpoint, where we split traffic ten percent to the new version before promoting it to production.
          Model monitoring watches for training-serving skew and drift, Cloud Monitoring covers latency, and drift
          alerts trigger the retraining pipeline. Time to production went from six weeks to one.""",
          follow_ups={"rollback", "drift", "feature-store"}),
    ],
    "reproducibility": [
        A("strong-no-example", 4, """We version code in Git, data with DVC and models in MLflow, and each MLflow run
          stores the commit hash and the DVC hash, so they're linked. Environments are Docker images built from a
          poetry lock file, so dependencies never drift between training and serving.""",
          follow_ups={"large-datasets", "dependencies", "model-card"}),
        A("mlflow-only", 2, """We use MLflow for everything. It tracks our experiments and stores our models, so we
          can always find an old model if we need it.""",
          flags={"environment-ignored"}, maybe={"code-only"}, follow_ups={"large-datasets", "dependencies", "model-card"}),
    ],
    "ml-cicd": [
        A("mid", 3, """We use GitHub Actions. When a data scientist opens a pull request it runs unit tests, then it
          trains the model on a sample and checks that accuracy is above a threshold, and then it builds a Docker
          image and deploys it.""",
          maybe={"same-as-software"}, follow_ups={"pipeline-metrics", "ab-canary", "pipeline-challenge"}),
        A("no-testing", 2, """Our pipeline builds a Docker image with the model, pushes it to the registry and
          deploys it to Kubernetes with Argo CD. It's fully automated, so a deploy takes about fifteen minutes.""",
          flags={"same-as-software", "no-automated-testing"}, follow_ups={"pipeline-challenge", "ab-canary"}),
    ],
    "iac-containers": [
        A("mid", 3, """We use Terraform to create our AWS resources like S3 buckets and EKS, and Docker for the
          models so they run the same everywhere. Kubernetes runs the containers and scales them.""",
          flags={"generic-no-examples"}, follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
        A("cloudformation", 4, """At my previous company we used CloudFormation, and later the AWS CDK, to define
          SageMaker endpoints, the VPC and IAM roles, which made every environment reproducible. The models ran as
          Docker containers on EKS, so they had the same dependencies everywhere, and we used the cluster autoscaler
          plus resource limits to keep GPU nodes busy. That cut our GPU bill by about a quarter.""",
          follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
    ],
    "monitoring": [
        A("drift-only", 3, """We compute PSI between the training data and the last day of production inputs for
          every feature, and if it's above 0.2 we send an alert to the team channel and investigate whether we need
          to retrain.""",
          maybe={"no-tools"}, follow_ups={"false-positives", "when-to-retrain", "drift-difference"}),
        A("sagemaker-strong", 5, """We use SageMaker Model Monitor to capture endpoint traffic and compare it hourly
          against a baseline built from the training set, which catches data drift and data quality problems such as
          missing values. Ground truth arrives after two days, and a model quality monitor then computes precision and
          recall, so we also see concept drift. CloudWatch holds latency and error metrics and the alarms; an alarm
          pages the on-call engineer and the runbook says to check upstream data before triggering retraining. It
          cut the time to detect a silent failure from weeks to under a day.""",
          follow_ups={"false-positives", "when-to-retrain"}),
    ],
    "cloud-platform": [
        A("databricks", 4, """I've used Databricks a lot. We used its feature store and MLflow model registry,
          jobs for training and model serving endpoints. The strength is that data engineering and ML live in one
          place with Delta Lake, which saved us a lot of glue code. Weaknesses are cost, since clusters left running
          are expensive, and some lock-in to Databricks-specific features. For example, we moved churn scoring there
          and cut the pipeline runtime by 60 percent.""",
          follow_ups={"costs", "managed-vs-custom", "multi-cloud"}),
    ],
    "challenging-project": [
        A("mid-no-star", 3, """We had problems with model latency, so we added caching with Redis and batching on
          the GPU. It got a lot faster, around three times, and the team was happy with it.""",
          maybe={"vague"}, follow_ups={"stakeholders", "biggest-learning", "do-differently"}),
        A("ownership", 5, """In my last role I owned the ML platform at an insurer. The challenge was that a pricing
          model served from a notebook-exported pickle kept breaking whenever pandas was upgraded. I took
          responsibility for fixing it rather than patching again: I containerized the model with pinned dependencies,
          built a Kubeflow pipeline with validation and evaluation gates, and set up monitoring for data drift. I also
          walked the actuaries through the new process. Incidents fell from about two a month to none in six months,
          and releases went from quarterly to weekly.""",
          follow_ups={"stakeholders", "biggest-learning", "do-differently"}),
    ],
}

for _qid, _answers in THIRD.items():
    MORE.setdefault(_qid, []).extend(_answers)


# A fourth round: stage-focused answers, unpunctuated salad, honest gaps, owned mistakes, "we" stories.
FOURTH = {
    "lifecycle": [
        A("monitoring-heavy", 2, """The part I care about most is what happens after deployment. We monitor data
          drift with Evidently, model performance against labels and latency in Grafana, and we have alerts in
          PagerDuty for all of it, because most models fail silently in production.""",
          flags={"stages-not-connected", "omits-crucial-steps"}, maybe={"no-production-distinction"},
          follow_ups={"feature-store", "drift", "rollback"}),
        A("no-punctuation-salad", 2, """we use dvc mlflow kubeflow airflow docker kubernetes prometheus grafana and
          jenkins we use all of them it's the standard stack""",
          # "stages-not-connected" arguable: see the lifecycle salad in scoring_answers.py
          flags={"generic-no-tools"}, maybe={"no-production-distinction", "omits-crucial-steps", "stages-not-connected"},
          follow_ups={"drift", "feature-store", "rollback"}),
        A("short-precise", 4, """Data is versioned with DVC and features come from Feast. Training runs are
          tracked in MLflow and the best model is registered. Jenkins tests and packages it in Docker, Kubernetes
          serves it behind a canary, Prometheus watches latency and PSI watches drift, and drift triggers automatic
          retraining.""",
          follow_ups={"rollback", "drift", "feature-store"}),
    ],
    "reproducibility": [
        A("backups-and-lineage", 4, """We don't rely on backups for this. Every training run in MLflow records
          the git commit, the DVC hash of the dataset and the Docker image digest, so the lineage from a deployed
          model back to its code, data and environment is complete, and we can rebuild it exactly.""",
          follow_ups={"large-datasets", "dependencies", "model-card"}),
        A("not-only-code", 4, """We version not only the code in Git but also the data with DVC and the models in
          the SageMaker Model Registry, and the environment is pinned in a Docker image, so a model version maps to
          one commit, one dataset version and one image.""",
          follow_ups={"large-datasets", "dependencies", "model-card"}),
    ],
    "ml-cicd": [
        A("we-dont-use-jenkins", 4, """We don't use Jenkins; we use GitHub Actions to run unit tests and schema
          validation on the data, then trigger a SageMaker Pipelines job that trains and evaluates the model
          against the current one. If it wins, it's registered, built into a Docker image and deployed with a
          canary. That took releases from monthly to several a week.""",
          follow_ups={"pipeline-metrics", "ab-canary"}),
    ],
    "iac-containers": [
        A("honest-no-k8s", 3, """We provision everything with Terraform, including the ECS cluster and the S3
          buckets, and the models run in Docker containers so the dependencies are identical everywhere. I haven't
          run Kubernetes in production; ECS was enough for our scale.""",
          maybe={"generic-no-examples", "docker-xor-kubernetes"},
          follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
    ],
    "monitoring": [
        A("model-only", 3, """We track accuracy and F1 on a labelled sample every week and compare feature
          distributions with the training set to catch drift, and we alert the team when F1 drops more than two
          points so we can decide whether to retrain.""",
          maybe={"no-tools"}, follow_ups={"false-positives", "when-to-retrain", "drift-difference"}),
        A("no-drift-admitted", 3, """We monitor latency and error rates in Grafana and accuracy from a weekly
          labelled sample, with an alert if accuracy drops below 90%. We haven't looked at data drift yet.""",
          flags={"no-drift"}, follow_ups={"drift-difference", "when-to-retrain"}),
    ],
    "cloud-platform": [
        A("azure-balanced", 4, """I've used Azure ML for two years: pipelines for training, the model registry
          and managed online endpoints with blue green deployments. Strengths: it's managed and integrates with
          Azure DevOps and Active Directory. Weaknesses: the SDK changed a lot between versions, debugging failed
          jobs is slow, and costs grew with idle compute instances. For example, we moved our scoring to managed
          endpoints and cut deployment time from days to about an hour.""",
          follow_ups={"costs", "managed-vs-custom", "multi-cloud"}),
    ],
    "challenging-project": [
        A("we-only", 3, """Our team had to migrate forty models from cron jobs on a VM to Kubeflow because
          retraining kept failing. We containerized them with Docker, added data validation and monitoring, and
          after the migration failures dropped by about 80 percent.""",
          follow_ups={"stakeholders", "biggest-learning", "do-differently"}),
        A("owned-mistake", 5, """At my last company I was responsible for our model serving. I pushed a new
          model without a canary and it broke checkout recommendations for an hour, which was my mistake. I rolled
          it back, then built a canary stage in our Argo CD pipeline with automatic rollback on error rate, and
          added drift dashboards in Grafana. Since then we've shipped over fifty model versions with zero customer
          facing incidents, and I learned to treat model releases like any risky deploy.""",
          follow_ups={"stakeholders", "biggest-learning", "do-differently"}),
    ],
}

for _qid, _answers in FOURTH.items():
    MORE.setdefault(_qid, []).extend(_answers)


# One answer per guide red flag: decent otherwise, showing exactly that flaw (precision and recall per flag).
PERFLAG = {
    "lifecycle": [
        A("f-stages", 2, """I mostly think about training. We tune hyperparameters with Optuna, track every run
          in MLflow so results are comparable, and compare candidate models on a holdout set before picking one.""",
          flags={"stages-not-connected", "omits-crucial-steps", "no-production-distinction"}, follow_ups={"drift", "feature-store"}),
        A("f-omits", 3, """Data is prepared with Airflow and features are engineered in Spark. Experiments are
          tracked in MLflow and models registered there. GitHub Actions tests and packages the model into a Docker
          image, and we deploy to Kubernetes with a canary release to a small slice of traffic first.""",
          flags={"omits-crucial-steps"}, follow_ups={"drift", "rollback"}),
        A("f-generic", 3, """First the data is collected, cleaned and versioned so we know what each model was trained
          on. Then models are trained and the experiments tracked. The chosen model is versioned, tested in a CI/CD
          pipeline and deployed gradually with a canary. In production we monitor drift and performance and retrain
          automatically when it degrades.""",
          flags={"generic-no-tools"}, follow_ups={"drift", "rollback", "feature-store"}),
        A("f-production", 3, """We ingest data with Airflow and version it with DVC, train and track experiments in
          MLflow, register the model, test and package it in GitHub Actions with Docker, deploy it on Kubernetes,
          monitor drift with Evidently and retrain automatically when drift is detected.""",
          flags={"no-production-distinction"}, follow_ups={"drift", "rollback", "feature-store"}),
    ],
    "reproducibility": [
        A("f-code-only", 2, """Everything is in Git. We use feature branches, pull requests and tags, and every
          release is tagged, so we can check out exactly the code that produced a model and rebuild it in the same
          Docker image.""",
          flags={"code-only", "tool-unfamiliar"}, maybe={"environment-ignored"}, follow_ups={"large-datasets", "dependencies"}),
        A("f-tools", 3, """We keep code in Git, and for data we store a dated copy of each training set in our
          warehouse with an ID that we write into the model's metadata. Models are saved with a version number next
          to that ID, and everything runs in the same Docker image, so we can rerun a training job exactly.""",
          flags={"tool-unfamiliar"}, maybe={"code-only"}, follow_ups={"large-datasets", "dependencies", "model-card"}),
        A("f-env", 3, """Code is in Git, data is versioned with DVC and models live in the MLflow registry, and
          each registered model stores the commit and the data version, so we can always trace which code and data
          produced it.""",
          flags={"environment-ignored"}, follow_ups={"dependencies"}),
        A("f-backups", 2, """We use DVC for data and MLflow for models, and on top of that we back up the whole
          bucket every night, so if something goes wrong we can restore any model from the backups.""",
          flags={"backups-confusion", "environment-ignored"}, follow_ups={"dependencies", "large-datasets", "model-card"}),
    ],
    "ml-cicd": [
        A("f-same", 2, """It's the same as any other service really: on every pull request Jenkins runs linting and
          unit tests, builds a Docker image and deploys it to Kubernetes when the tests are green.""",
          flags={"same-as-software", "no-automated-testing"}, follow_ups={"pipeline-challenge", "ab-canary"}),
        A("f-tools", 2, """Tools-wise: GitHub Actions, Jenkins, Kubeflow Pipelines, SageMaker Pipelines, Docker,
          Kubernetes, MLflow. We validate data and evaluate models too.""",
          flags={"tools-unexplained"}, follow_ups={"pipeline-challenge", "pipeline-metrics", "ab-canary"}),
        A("f-testing", 3, """Unlike normal software, our pipeline retrains the model whenever new data lands. GitHub
          Actions kicks off a Kubeflow pipeline that trains the model, registers it in MLflow, builds a Docker image
          and rolls it out to Kubernetes with a canary.""",
          flags={"no-automated-testing"}, follow_ups={"pipeline-challenge", "ab-canary"}),
        A("f-containers", 3, """ML CI/CD differs because data and models change, not only code. Our GitLab CI
          pipeline validates the schema and distributions of new data, retrains the model, and evaluates it against
          the production model on a holdout set before it's registered and promoted with a canary.""",
          flags={"no-containers"}, follow_ups={"pipeline-metrics", "ab-canary"}),
    ],
    "iac-containers": [
        A("f-no-iac", 3, """We containerize every model with Docker so its dependencies are the same everywhere,
          and we run the containers on Kubernetes with autoscaling and health checks. For example, that let us
          handle a five times traffic spike during a launch.""",
          flags={"no-iac"}, follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
        A("f-xor", 3, """We provision the infrastructure with Terraform, and for example we package each model as a
          Docker image with its dependencies pinned, so it runs the same on every machine. We run those containers on
          plain EC2 instances.""",
          flags={"docker-xor-kubernetes"}, follow_ups={"secrets"}),
        A("f-benefits", 3, """We use Terraform for the VPC and the EKS cluster, and Kubernetes runs our models with
          Helm charts and a horizontal pod autoscaler. For example, on our last project that setup cut provisioning
          time from days to about an hour.""",
          flags={"container-benefits-missing"}, maybe={"docker-xor-kubernetes"}, follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
        A("f-generic", 3, """Terraform is how I provision cloud resources, Docker keeps model dependencies consistent
          across environments, and Kubernetes handles scaling and restarts of the model containers.""",
          flags={"generic-no-examples"}, follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
    ],
    "monitoring": [
        A("f-infra", 2, """We have Datadog dashboards for CPU, memory, latency and error rates of every model
          endpoint, and PagerDuty alerts when p99 latency goes above 300 milliseconds so the on-call engineer can
          scale up.""",
          flags={"infra-only", "no-drift"}, follow_ups={"drift-difference", "when-to-retrain", "false-positives"}),
        A("f-drift", 3, """We track precision and recall weekly once labels arrive, plus latency in Grafana, and
          PagerDuty alerts fire when recall drops below 0.8 so the team can decide whether to retrain.""",
          flags={"no-drift"}, follow_ups={"drift-difference", "false-positives", "when-to-retrain"}),
        A("f-alerts", 3, """We log predictions and compute accuracy and F1 when labels arrive, and Evidently compares
          input distributions to the training set to catch data drift and concept drift. It's all visible in a
          Grafana dashboard that the team reviews every Monday.""",
          flags={"alerts-unexplained"}, follow_ups={"when-to-retrain", "false-positives"}),
        A("f-tools", 3, """We compute accuracy on labelled samples, compare feature distributions with the training
          data to catch data drift, and alert the on-call person when either crosses a threshold so they can
          investigate and retrain.""",
          flags={"no-tools"}, follow_ups={"false-positives", "when-to-retrain", "drift-difference"}),
    ],
    "cloud-platform": [
        A("f-generic", 2, """Managed ML platforms save you from running infrastructure and they scale well, but
          they're expensive and you end up locked in to one vendor, and there's a learning curve.""",
          flags={"generic-platform", "no-feature-knowledge"}, follow_ups={"managed-vs-custom", "costs", "multi-cloud"}),
        A("f-features", 2, """I've used SageMaker and Vertex AI. SageMaker integrates well with AWS and is managed,
          but it's expensive; Vertex is similar, with some lock-in to Google Cloud.""",
          flags={"no-feature-knowledge"}, follow_ups={"costs", "managed-vs-custom", "multi-cloud"}),
        A("f-onesided", 3, """I used SageMaker Pipelines, the Feature Store and real-time endpoints on AWS. It's
          fully managed, integrates with IAM and S3, and scales on its own. For example, it let us launch a new model
          in a week.""",
          flags={"one-sided"}, follow_ups={"costs", "managed-vs-custom"}),
        A("f-basic", 2, """On AWS I used EC2 GPU instances for training, S3 for the data and Lambda for small jobs,
          with SageMaker notebooks now and then. It's flexible, but the costs add up.""",
          flags={"basic-services-only", "no-feature-knowledge"}, maybe={"one-sided"}, follow_ups={"costs", "managed-vs-custom"}),
    ],
    "challenging-project": [
        A("f-vague", 2, """The project was hard because there were lots of problems with the system and a tight
          deadline. I worked long hours, tried different approaches and eventually got it working, and it improved
          things a lot for the business.""",
          flags={"vague", "no-quantified-impact", "no-mlops-intersection"}, follow_ups={"do-differently", "biggest-learning"}),
        A("f-devops", 2, """At my last job our Terraform state kept getting corrupted when two engineers applied at
          once. I moved the state to S3 with DynamoDB locking and added a CI step for plans, and state incidents went
          from weekly to zero.""",
          flags={"no-mlops-intersection"}, follow_ups={"do-differently", "biggest-learning", "stakeholders"}),
        A("f-quant", 3, """At my previous company our fraud model's features were computed differently in training
          and serving, so predictions drifted. I was asked to fix it, so I built a feature store with Feast so both
          paths used the same definitions, and added drift monitoring. After that the model behaved the same offline
          and online and the fraud team trusted it again.""",
          flags={"no-quantified-impact"}, follow_ups={"stakeholders", "biggest-learning", "do-differently"}),
        A("f-blame", 2, """Our retraining pipeline kept failing because the data engineers kept changing the schema
          without telling anyone, it was honestly their fault. I added schema validation in Airflow so the pipeline
          stopped early, and failures dropped by 70 percent.""",
          flags={"blame"}, follow_ups={"do-differently", "biggest-learning"}),
    ],
}

for _qid, _answers in PERFLAG.items():
    MORE.setdefault(_qid, []).extend(_answers)


# Held out: written after all tuning (10:45) and scored once before being added here — every ranking held,
# flags and follow-ups were then labelled by reading the guide, not the engine's output.
HELDOUT = {
    "lifecycle": [
        A("h-good", 5, """Right, so in my current team a model's life goes like this. Data lands in Snowflake, we
          build features with dbt and version each training snapshot with DVC, because we got burned once by not
          knowing which data a model had seen. Experiments are logged to Weights and Biases, and the winner is
          registered with its metrics. A GitLab pipeline runs data checks and model tests, builds a Docker image,
          and Argo CD deploys it to our Kubernetes cluster as a shadow deployment first, then a canary. We watch
          Evidently drift reports and business KPIs in Grafana, and a weekly Airflow job retrains when drift or KPI
          decay crosses a threshold. Overall we went from one release a quarter to two a month.""",
          flags=(), maybe=(), follow_ups={"rollback", "drift", "feature-store"}),
        A("h-mid", 3, """You start with the data, clean it up, then train a model and track experiments in MLflow.
          Then you deploy it, usually in a Docker container, and you monitor it in production so you know when
          it's time to retrain.""",
          flags={"omits-crucial-steps"}, maybe={"no-production-distinction"}, follow_ups={"drift", "feature-store"}),
        A("h-poor", 1, """Basically it's train, test, deploy. You train the model, test it, and deploy it. That's the
          lifecycle, pretty standard stuff.""",
          flags={"stages-not-connected", "omits-crucial-steps", "generic-no-tools", "no-production-distinction"}, maybe=(), follow_ups={"drift", "feature-store"}),
    ],
    "reproducibility": [
        A("h-good", 5, """Four things get versioned and tied together. Code in GitHub, data in lakeFS branches, the
          model in the MLflow registry, and the environment as a Docker image built from a locked requirements file.
          The training job writes the commit, the lakeFS commit ID and the image digest into the MLflow run, so any
          registered version can be rebuilt. When a churn model's recall fell last spring, we checked out all three,
          retrained, got identical metrics, and then diffed the data, which showed a label leak we'd introduced.""",
          flags=(), maybe=(), follow_ups={"large-datasets", "dependencies", "model-card"}),
        A("h-mid", 3, """We use Git for code and MLflow to keep track of models and their parameters, and we run
          training in Docker so it's consistent.""",
          flags=(), maybe={"code-only"}, follow_ups={"large-datasets", "dependencies", "model-card"}),
        A("h-poor", 1, """We save the final model file in S3 with the date in the name, and we keep backups, so we
          can always get an old model back.""",
          flags={"tool-unfamiliar", "environment-ignored", "backups-confusion"}, maybe=(), follow_ups={"large-datasets", "dependencies"}),
    ],
    "ml-cicd": [
        A("h-good", 5, """The difference from app CI/CD is that you have to test data and models, not just code. On
          each merge, our Jenkins job runs unit tests, then Great Expectations checks on the latest data, then a
          training step, then an evaluation gate comparing the candidate with the champion on recall and on
          per-segment bias. Passing models get pushed to the registry, containerized and deployed by Argo CD to
          staging on Kubernetes, and promoted to production behind an A/B test. Lead time for a model change dropped
          from ten days to under one.""",
          flags=(), maybe=(), follow_ups={"pipeline-metrics", "ab-canary"}),
        A("h-mid", 3, """We have a pipeline in GitHub Actions that trains the model, checks the accuracy against a
          threshold, and then deploys it to production.""",
          flags={"no-containers"}, maybe={"no-automated-testing"}, follow_ups={"pipeline-metrics", "ab-canary", "pipeline-challenge"}),
        A("h-poor", 1, """CI/CD is continuous integration and continuous delivery, so you integrate code often and
          deliver it often. It works the same way for machine learning.""",
          flags={"same-as-software", "no-automated-testing", "no-containers"}, maybe=(), follow_ups={"pipeline-challenge", "ab-canary"}),
    ],
    "iac-containers": [
        A("h-good", 5, """In my last role I owned the ML infrastructure, all in Terraform: VPC, GKE, Cloud Storage
          buckets and service accounts, applied through CI so every change was reviewed. Models shipped as Docker
          images with pinned dependencies, which removed a whole class of 'it worked in the notebook' bugs. On GKE
          we set requests and limits per model, used node pools with GPUs and taints, and readiness probes plus a
          pod disruption budget for safe rollouts. Rebuilding a full environment went from two days of clicking to
          twenty minutes.""",
          flags=(), maybe=(), follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
        A("h-mid", 3, """I've used Docker to package models and Kubernetes to run them, and a bit of Terraform for
          S3 buckets. Containers make sure everything runs the same everywhere.""",
          flags={"generic-no-examples"}, maybe=(), follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
        A("h-poor", 1, """I know Docker and Kubernetes are important for MLOps. I haven't really used infrastructure
          as code myself.""",
          flags={"no-iac", "container-benefits-missing", "generic-no-examples"}, maybe=(), follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
    ],
    "monitoring": [
        A("h-good", 5, """I split it into service health, data and model. Service health is latency percentiles,
          throughput and errors in Prometheus and Grafana. For data, we check schema, null rates and ranges on every
          batch and compute a KS test per feature against the training window to spot data drift. For the model,
          we track precision and recall per segment once labels land, and a drop there with stable inputs usually
          means concept drift. Alerts go to Opsgenie with thresholds set from past variation, and the runbook says to
          check upstream data, then roll back or retrain. It cut our mean time to detect from days to hours.""",
          flags=(), maybe=(), follow_ups={"false-positives", "when-to-retrain"}),
        A("h-mid", 3, """We log predictions and look at accuracy once labels arrive, and we have Grafana dashboards
          for latency. If something looks wrong we get an alert and retrain.""",
          flags={"no-drift"}, maybe={"alerts-unexplained"}, follow_ups={"drift-difference", "when-to-retrain"}),
        A("h-poor", 1, """We look at the logs when users complain, and check if the server is up.""",
          flags={"no-drift", "alerts-unexplained", "no-tools"}, maybe={"infra-only"}, follow_ups={"drift-difference", "when-to-retrain"}),
    ],
    "cloud-platform": [
        A("h-good", 5, """Mostly SageMaker. I built training in SageMaker Pipelines, used Feature Store for online
          features, the Model Registry with manual approval for promotion, and real-time endpoints with Model
          Monitor. The strengths are the tight AWS integration, IAM, S3, CloudWatch, and that it's managed end to end.
          The weaknesses: lock-in, surprisingly high cost for always-on endpoints, and a steep learning curve for the
          SDK. For instance, switching low-traffic models to serverless inference cut our endpoint bill by about
          half.""",
          flags=(), maybe=(), follow_ups={"costs", "managed-vs-custom", "multi-cloud"}),
        A("h-mid", 3, """I've used Vertex AI for training jobs and deploying models to endpoints. It's convenient
          because it's managed, but it can get expensive.""",
          flags=(), maybe={"no-feature-knowledge"}, follow_ups={"costs", "managed-vs-custom"}),
        A("h-poor", 1, """I've used the cloud a bit. It's good because you don't need your own servers.""",
          flags={"generic-platform", "no-feature-knowledge", "one-sided"}, maybe=(), follow_ups={"managed-vs-custom", "costs"}),
    ],
    "challenging-project": [
        A("h-good", 5, """At a logistics company, our ETA model needed retraining daily but the pipeline took
          fourteen hours and failed about a third of the time. I was the ML engineer on it, so I owned the fix. I
          profiled it, moved feature computation into Spark, split the DAG in Airflow so failed steps could retry on
          their own, and added data validation up front. I also set up alerts on drift and on pipeline failures. The
          run dropped to three hours and failures to under five percent, and I presented the before and after to
          the operations leads.""",
          flags=(), maybe=(), follow_ups={"stakeholders", "biggest-learning", "do-differently"}),
        A("h-mid", 2, """We had a model that was too slow in production. I looked into it and we added caching and
          moved it to a bigger instance, and after that it was faster and the team was happy.""",
          flags={"vague", "no-quantified-impact"}, maybe={"no-mlops-intersection"}, follow_ups={"stakeholders", "biggest-learning", "do-differently"}),
        A("h-poor", 1, """Honestly every project is challenging. The hardest one was when the other team kept
          changing things and nobody told us, so it wasn't really our fault that it failed.""",
          flags={"vague", "no-mlops-intersection", "no-quantified-impact", "blame"}, maybe=(), follow_ups={"do-differently", "biggest-learning"}),
    ],
}

for _qid, _answers in HELDOUT.items():
    MORE.setdefault(_qid, []).extend(_answers)


# A last held-out round (10:58): seven good/poor pairs in new voices, scored once, all seven pairs in order.
FINAL = {
    "lifecycle": [
        A("final-good", 5, """Think of it as a loop. Raw data is pulled nightly, checked against a schema, and each
          training set gets a DVC tag so we can always say what a model learned from. Data scientists iterate in
          MLflow-tracked runs; the best run is promoted to the registry as version N. Promotion triggers CI: tests
          for the feature code, a quality gate against the current champion, then a Docker build. Rollout is a
          canary on Kubernetes, widening from one to a hundred percent over a day. Once it's live, drift and
          accuracy are watched with Evidently and Grafana, and when they slip, the retraining DAG runs on fresh data
          and the loop closes. That discipline took our mean time to deploy from three weeks to two days.""",
          follow_ups={"rollback", "drift", "feature-store"}),
        A("final-poor", 2, """So you'd have the data scientists build a model in a notebook, and then once it's good they
          give it to engineering and engineering puts it on a server. And then, you know, if it stops working, they
          fix it.""",
          flags={"stages-not-connected", "omits-crucial-steps", "generic-no-tools"}, maybe={"no-production-distinction"},
          follow_ups={"drift", "feature-store"}),
    ],
    "reproducibility": [
        A("final-good", 5, """The rule is that a model version must be rebuildable from three pointers: the git commit,
          the dataset version and the container image. We use DVC for datasets on S3, MLflow's registry for models,
          and every run logs those three pointers, so the lineage is complete. Dependencies are pinned with a lock
          file and baked into the image. When a regulator asked how a credit model was trained, we rebuilt it from
          those pointers and reproduced its metrics exactly.""",
          follow_ups={"large-datasets", "dependencies", "model-card"}),
        A("final-poor", 2, """Reproducibility is important, so we try to document what we did in Confluence and keep the
          notebooks in a shared folder, so someone can rerun them later if needed.""",
          flags={"tool-unfamiliar", "environment-ignored"}, maybe={"code-only"},
          follow_ups={"large-datasets", "dependencies"}),
    ],
    "ml-cicd": [
        A("final-good", 5, """Three things change in ML, not one: code, data and the model, so the pipeline tests all
          three. On a pull request, CircleCI runs unit tests; a data job validates the new snapshot for schema and
          drift; a training job produces a candidate; and an evaluation stage blocks it unless it beats production
          on the holdout set and passes fairness checks by region. The winner is versioned in the registry, built as a
          Docker image and deployed to Kubernetes with a canary. We went from monthly to weekly model releases.""",
          follow_ups={"pipeline-metrics", "ab-canary"}),
        A("final-poor", 2, """Honestly I think CI/CD is CI/CD. We push to main, Jenkins builds it, and it goes out. For
          models we do the same.""",
          flags={"same-as-software", "no-automated-testing", "no-containers"},
          follow_ups={"pipeline-challenge", "ab-canary"}),
    ],
    "iac-containers": [
        A("final-good", 5, """On my last team everything lived in Terraform, from the VPC and the EKS cluster to the S3
          buckets and IAM roles, reviewed like any code change, so we could stand up a staging copy in thirty
          minutes. Models were shipped as slim Docker images with pinned dependencies, so what we tested was what
          ran. Kubernetes gave us autoscaling on queue length, resource limits so one model couldn't starve another,
          and automatic restarts through liveness probes. For example, that setup survived a ten-times traffic spike
          on launch day without a page.""",
          flags=(), maybe=(), follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
        A("final-poor", 1, """I mostly use the cloud console to set things up, it's quicker. Docker I've used a little for
          local development.""",
          flags={"no-iac", "docker-xor-kubernetes", "container-benefits-missing", "generic-no-examples"}, maybe=(), follow_ups={"secrets", "managed-vs-self-hosted", "resource-utilization"}),
    ],
    "monitoring": [
        A("final-good", 5, """Two families of signals. Operational: p95 latency, error rate and saturation in Datadog.
          Model-specific: we log inputs and predictions, run daily population stability checks per feature for data
          drift, watch the predicted class mix, and when ground truth arrives, compute precision and recall by
          customer segment, which is how concept drift shows up. Thresholds page the on-call engineer through
          PagerDuty only after two consecutive breaches, and the playbook is to check upstream data, then retrain or
          roll back. That caught a silent schema change within a day instead of after a month.""",
          flags=(), maybe=(), follow_ups={"false-positives", "when-to-retrain"}),
        A("final-poor", 1, """We have some dashboards. If the numbers look strange, someone takes a look.""",
          flags={"no-drift", "alerts-unexplained", "no-tools"}, maybe=(), follow_ups={"drift-difference", "when-to-retrain"}),
    ],
    "cloud-platform": [
        A("final-good", 5, """I've spent two years on Azure Machine Learning. We ran training as Azure ML pipelines,
          registered models in the workspace registry, and served them from managed online endpoints with
          blue-green traffic shifting; data drift monitors watched the inputs. Strengths: tight integration with Azure
          DevOps and Entra ID, and it's managed, so a small team can run it. Weaknesses: the SDK churned between
          versions, pipeline failures are hard to debug, and costs crept up from idle compute clusters until we set
          auto-shutdown. Moving to managed endpoints cut our deployment time from two days to forty minutes.""",
          flags=(), maybe=(), follow_ups={"costs", "managed-vs-custom", "multi-cloud"}),
        A("final-poor", 1, """All the clouds are basically the same, they all have ML services. I'd pick whichever one the
          company already uses.""",
          flags={"generic-platform", "no-feature-knowledge", "one-sided"}, maybe=(), follow_ups={"managed-vs-custom", "costs"}),
    ],
    "challenging-project": [
        A("final-good", 5, """Last year, at an online marketplace, our search ranking model degraded every time catalog
          data changed, and nobody noticed for days. I owned the ranking platform, so fixing that was on me. I added
          data validation before training, built drift monitoring on the ranking features with alerts to our
          channel, and wrapped retraining in a Kubeflow pipeline that only promoted a model after an offline gate and
          a small A/B test. Incidents dropped from two a month to one a quarter, and search conversion went up 4
          percent. The lesson for me was to monitor inputs, not just outputs.""",
          flags=(), maybe=(), follow_ups={"stakeholders", "biggest-learning", "do-differently"}),
        A("final-poor", 1, """There was a project where the deadline was unrealistic and the requirements kept changing
          because the business didn't know what they wanted. We delivered something in the end.""",
          flags={"vague", "no-mlops-intersection", "no-quantified-impact"}, maybe={"blame"}, follow_ups={"do-differently", "biggest-learning"}),
    ],
}

for _qid, _answers in FINAL.items():
    MORE.setdefault(_qid, []).extend(_answers)
