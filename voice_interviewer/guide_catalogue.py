"""Which well-known products (and standard measures, such as PSI for drift) do which kind of work, so an
imported concept is credited when an answer names a product of its kind that the guide does not ("we
version the training sets with DVC" is data versioning even where the framework names no tool for it).

One catalogue for every engineering guide: it is about the products, not about any one guide. A
concept gets a kind's products as aliases when its label says that kind of work (every word of one of
the kind's phrases is in the label, compared by stem).
"""

from __future__ import annotations

from .guide_draft import Draft
from .guide_text import content_stems

__all__ = ["KINDS", "add_kind_products", "products_of"]

#: (phrases that name the kind of work, products that do it)
KINDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("data versioning", "dataset versioning", "data version"), ("DVC", "D V C", "lakeFS", "Delta Lake", "Pachyderm")),
    (("experiment tracking", "tracking", "experimentation"),
     ("MLflow", "ML flow", "Weights & Biases", "Weights and Biases", "wandb", "Neptune", "Comet")),
    (("model registry", "model versioning", "models versioning", "registries"),
     ("MLflow", "ML flow", "model registry", "Weights & Biases", "Vertex AI Model Registry", "SageMaker Model Registry")),
    (("workflow orchestration", "pipeline orchestration", "data pipeline", "ingestion", "retraining"),
     ("Airflow", "Dagster", "Prefect", "Argo Workflows", "Kubeflow Pipelines", "Kubeflow")),
    (("container orchestration", "orchestration"), ("Kubernetes", "K8s", "EKS", "GKE", "AKS", "OpenShift", "Nomad")),
    (("containerization", "containers", "container"), ("Docker", "Podman", "container image", "Docker image")),
    (("ci/cd", "continuous integration", "continuous delivery", "continuous deployment"),
     ("Jenkins", "GitHub Actions", "GitLab CI", "CircleCI", "Argo CD", "Buildkite")),
    (("infrastructure as code", "iac", "provisioning"),
     ("Terraform", "terra form", "Pulumi", "CloudFormation", "Crossplane", "Ansible", "OpenTofu")),
    (("monitoring", "infrastructure health", "observability", "alerts", "dashboard"),
     ("Prometheus", "Grafana", "Datadog", "CloudWatch", "New Relic")),
    (("data drift", "concept drift", "model performance", "drift"),
     ("Evidently", "WhyLabs", "Arize", "NannyML", "Fiddler", "PSI", "population stability index", "KS test",
      "Kolmogorov-Smirnov", "KL divergence", "Wasserstein distance", "distribution shift")),
    (("data validation", "data quality", "validation"), ("Great Expectations", "Soda", "Deequ", "TFDV")),
    (("feature store",), ("Feast", "Tecton", "Hopsworks")),
    (("environments versioning", "environment consistency", "reproducible environments", "dependencies",
      "dependency management", "conda environments"),
     ("Conda", "Poetry", "pipenv", "virtualenv", "pip-tools", "requirements.txt", "lock file", "lock files", "Nix")),
    (("model serving", "serving", "inference", "endpoints"),
     ("KServe", "Seldon", "BentoML", "Triton", "TorchServe", "TensorFlow Serving", "Ray Serve")),
)


def _kind_of(label: str) -> list[tuple[str, ...]]:
    """The kinds of work ``label`` names: every word of one of a kind's phrases is in it, and the phrase
    is what the label is about, not a word qualifying another thing ("automate data pipeline tests" is
    about tests, not a data pipeline): the label ends with the phrase or opens with it ("monitoring and
    alerts that catch…"), or it is a pair of alternatives ("retraining/feedback loops")."""
    words = content_stems(label.replace("/", " "))
    have = set(words)
    out = []
    for phrases, products in KINDS:
        for p in phrases:
            want = content_stems(p.replace("/", " "))
            if want and set(want) <= have and ("/" in label or words[-1] in want or words[0] in want):
                out.append(products)
                break
    return out


def add_kind_products(draft: Draft) -> None:
    """Each concept of the framework gets the products of the kinds of work its label names as aliases."""
    for c in draft.concepts:
        if c.kind != "concept":
            continue
        for products in _kind_of(c.label):
            c.aliases += [p for p in products if p.lower() not in {a.lower() for a in c.aliases}]


def products_of(phrase: str) -> set[str]:
    """The products (lower case) of every kind of work ``phrase`` names ("containerization" → docker…)."""
    return {p.lower() for products in _kind_of(phrase) for p in products}

