"""Well-known engineering products, by name (pure data, no imports): the guide importer's tools
(:mod:`voice_interviewer.guide_tools`) and the scorer's reading of a list of names
(:mod:`voice_interviewer.analysis`) share it."""

from __future__ import annotations

__all__ = ["KNOWN_TOOLS", "KNOWN", "NAME_WORDS"]

#: Well-known engineering products, so that an answer built on tools the guide does not name still
#: names tools (the guide's own tools get concepts of their own). One list for every role's guide.
KNOWN_TOOLS = tuple("""
    Airflow Dagster Prefect Luigi Argo Argo Workflows Argo CD Flux Tekton Jenkins CircleCI GitHub Actions GitLab CI
    Buildkite Spinnaker Kubeflow Metaflow ZenML Flyte MLflow Weights & Biases wandb Neptune Comet DVC lakeFS
    Delta Lake Iceberg Hudi Pachyderm Feast Tecton Hopsworks SageMaker Vertex AI Azure ML Databricks Snowflake
    BigQuery Redshift Synapse Spark PySpark Flink Kafka Kinesis Pub/Sub RabbitMQ dbt Great Expectations Soda
    Monte Carlo Fivetran Airbyte Debezium Docker Podman Kubernetes EKS GKE AKS OpenShift Nomad Helm Kustomize
    Terraform Pulumi CloudFormation Ansible Chef Puppet Crossplane Vault Prometheus Grafana Datadog New Relic
    Splunk Elasticsearch Kibana Loki Jaeger OpenTelemetry Honeycomb PagerDuty Opsgenie Sentry CloudWatch
    Evidently WhyLabs Arize Fiddler NannyML Seldon KServe BentoML Ray Ray Serve Triton TorchServe TensorFlow Serving
    ONNX Redis DynamoDB Cassandra Postgres PostgreSQL MySQL MongoDB S3 GCS Azure Blob Lambda Cloud Run Fargate
    Istio Envoy Linkerd Nginx HAProxy k6 Locust JMeter Gatling Chaos Monkey Gremlin LitmusChaos Backstage
""".replace("Argo Workflows", "Argo_Workflows").replace("Argo CD", "Argo_CD").replace("GitHub Actions", "GitHub_Actions")
    .replace("GitLab CI", "GitLab_CI").replace("Weights & Biases", "Weights_&_Biases").replace("Delta Lake", "Delta_Lake")
    .replace("Vertex AI", "Vertex_AI").replace("Azure ML", "Azure_ML").replace("Great Expectations", "Great_Expectations")
    .replace("Monte Carlo", "Monte_Carlo").replace("New Relic", "New_Relic").replace("Ray Serve", "Ray_Serve")
    .replace("TensorFlow Serving", "TensorFlow_Serving").replace("Azure Blob", "Azure_Blob")
    .replace("Cloud Run", "Cloud_Run").replace("Chaos Monkey", "Chaos_Monkey").split())
KNOWN_TOOLS = tuple(t.replace("_", " ") for t in KNOWN_TOOLS)
KNOWN = frozenset(t.lower() for t in KNOWN_TOOLS)  # a well-known product is one wherever it is named
#: The one-word names among them, and the everyday languages, libraries and notebooks of the field: a
#: word that names a product is a name, not words that say what a neighbouring tool is for
#: ("kubeflow, mlflow, sagemaker, airflow" is a list, whether or not the question names SageMaker).
NAME_WORDS = frozenset({t for t in KNOWN if " " not in t and "/" not in t}
                       | set("python pandas numpy jupyter scikit sklearn pytorch tensorflow keras xgboost lightgbm vertex".split()))
