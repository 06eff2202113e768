"""Claims a candidate disowns (awareness without use, wishes, dismissal) earn no credit, read on
plain text as the scorer reads it; and a before/after told in two clauses is impact."""

from __future__ import annotations

import pytest

from voice_interviewer.bank import default_bank_dir, load_bank
from voice_interviewer.disowning import disowned
from voice_interviewer.matching import Matcher, tokenize
from voice_interviewer.scoring import score_answer
from voice_interviewer.signals import find_quantified
from voice_interviewer.text import plain

MATCHER = Matcher([("iac", ["infrastructure as code"]), ("feast", ["feast"]), ("terraform", ["terraform"]),
                   ("kubernetes", ["kubernetes"]), ("quality", ["data quality"]), ("drift", ["drift monitoring"]),
                   ("pipelines", ["pipelines"]), ("registry", ["model registry"]), ("dvc", ["dvc"])])


def heard(text: str) -> dict[str, bool]:
    """``{concept: negated}`` for the concepts heard in ``text``, read as the scorer reads it."""
    return {m.concept_id: m.negated for m in MATCHER.find(tokenize(plain(text).text))}


@pytest.mark.parametrize("text, concept, why", [
    ("I'd be keen to learn more about infrastructure as code in this role.", "iac", "wish"),
    ("I've heard of Feast but we computed features in the service.", "feast", "awareness"),
    ("I know Kubernetes and Terraform are important for MLOps.", "terraform", "awareness"),
    ("i know terraform is infrastructure as code but i haven't written any myself", "terraform", "awareness"),
    ("i know terraform's the infrastructure as code one", "terraform", "awareness"),
    ("kubernetes I've, uh, done a tutorial on.", "kubernetes", "awareness"),
    ("I know the SageMaker components by name, Pipelines, the Model Registry, but we didn't use them.",
     "registry", "awareness"),
    ("Data quality is the data engineering team's problem.", "quality", "dismissal"),
    ("honestly terraform is really for huge companies", "terraform", "dismissal"),
    ("Kubernetes would only add complexity.", "kubernetes", "dismissal"),
    ("Tools like DVC or Kubernetes are overhead for teams that haven't figured this out.", "dvc", "dismissal"),
    ("Drift monitoring is on the roadmap for next quarter.", "drift", "wish"),
    ("I write the Dockerfile, but Kubernetes and Terraform, that's the platform team's job.", "terraform", "dismissal"),
    ("model stuff like drift monitoring honestly that's the data science team's job", "drift", "dismissal"),
    ("the libraries are stable enough that pinning everything with DVC felt like overkill", "dvc", "dismissal"),
    ("drift monitoring though, honestly that's still manual", "drift", "dismissal"),
    ("The model registry is still done by hand in a spreadsheet.", "registry", "dismissal"),
    ("Terraform I'd leave to whoever runs the server.", "terraform", "dismissal"),
    ("i'd train in a notebook, and then the model registry and deployment was their job.", "registry", "dismissal"),
    ("deploying models, the pipelines, that was handled by the platform team", "pipelines", "dismissal"),
    ("We looked at Kubernetes but it seemed like a lot of overhead for one service.", "kubernetes", "rejected"),
    ("We evaluated Feast and Terraform but went with what we already had.", "feast", "rejected"),
    ("we tried DVC but it was way too slow on our image data", "dvc", "rejected"),
    ("we looked at DVC for the datasets but we never adopted it, people kept copies", "dvc", "rejected"),
    ("Kubernetes we looked at but didn't adopt, it felt too heavy.", "kubernetes", "rejected"),
    ("drift monitoring was something we looked at with a vendor but didn't adopt", "drift", "rejected"),
    ("we did a proof of concept with SageMaker pipelines but it didn't get adopted", "pipelines", "rejected"),
    ("we talked about doing DVC and a registry but we never got round to it", "dvc", "rejected"),
    ("we wanted to add Kubernetes but never did, there was always a fire", "kubernetes", "rejected"),
    ("the Kubernetes side, that was going to be the platform team's job", "kubernetes", "dismissal"),
    ("From what I've read, Kubernetes is powerful but heavy.", "kubernetes", "awareness"),
    ("from what i have heard the model registry is the nicest part", "registry", "awareness"),
    ("when the numbers look odd somebody retrains it with drift monitoring off", "drift", "manual"),
    ("terraform i've heard of, we didn't really need it", "terraform", "awareness"),
    ("Kubernetes I have heard about but our jobs run on one box.", "kubernetes", "awareness"),
    ("we looked at Terraform but the IT department preferred their ticketing process", "terraform", "rejected"),
    ("we looked at DVC but we never used it, the data lives in one bucket", "dvc", "rejected"),
    # options weighed one after another and turned down together
    ("we discussed adding drift monitoring, and I prototyped a model registry, but it was never adopted",
     "drift", "rejected"),
    # a denial of what was just said: the sentence before, or its own sentence before the subject
    ("In theory it's DVC, a model registry and drift monitoring. In practice we never got round to most "
     "of that.", "registry", "denied"),
    ("so I know the theory, Feast, Kubernetes, all that, but we didn't really do any of it", "feast", "denied"),
    ("the model side, drift monitoring and all that, we don't track any of that in production", "drift",
     "denied"),
    ("Terraform is the platform team's thing, I've never written any of it", "terraform", "denied"),
])
def test_a_disowned_mention_counts_as_not_done(text, concept, why):
    assert heard(text)[concept] is True
    claims = disowned(tokenize(plain(text).text))
    assert why in {c.why for c in claims}


@pytest.mark.parametrize("text, concept", [
    ("We version every training snapshot with DVC, so we want to make sure nothing is lost.", "dvc"),
    ("We moved from ECS to Kubernetes, which gave us autoscaling.", "kubernetes"),
    ("Terraform describes every bucket and cluster, and I know that matters.", "terraform"),
    ("We learned the hard way that drift monitoring catches silent failures.", "drift"),
    ("Data quality checks run before every training job.", "quality"),
    ("We apply Terraform on every merge, and that's the team's standard now.", "terraform"),
    ("Drift monitoring, that's the thing that saved us last spring.", "drift"),
    ("Promotion in the model registry is a manual approval by the on-call lead.", "registry"),
    ("We looked at drift monitoring every morning but it was fine all quarter.", "drift"),
    ("We evaluated Kubernetes and it fitted, so every service moved onto it.", "kubernetes"),
    ("We tried DVC on one dataset but it didn't beat plain copies there, so the rest uses it.", "dvc"),
    ("We looked at drift monitoring but it didn't show anything odd.", "drift"),
    ("The pipelines were run by Airflow every night.", "pipelines"),
    ("The model registry was their favourite part of the platform.", "registry"),
    ("I know Terraform well and wrote our modules.", "terraform"),
    ("We run Terraform for everything; Pulumi I've heard of, but we never needed it.", "terraform"),
    ("We looked at Kubernetes and the platform team preferred it, so every service moved onto it.", "kubernetes"),
    ("We looked at drift monitoring, and I prototyped a registry, and it worked well so we kept both.", "drift"),
    # "any of that" after a verb that is not doing the practice, or the old way given up
    ("We version the data with DVC and gate releases in the model registry. We never had to roll back any "
     "of it.", "registry"),
    ("We used to copy files by hand. Now DVC tracks the data, and we don't do any of that anymore.", "dvc"),
    ("Drift monitoring runs every night. We didn't have it at first, but we use all of it now.", "drift"),
    ("Feast serves the features; if we didn't use any of that, every service would compute its own.", "feast"),
])
def test_practice_that_was_done_is_not_disowned(text, concept):
    assert heard(text)[concept] is False


@pytest.fixture(scope="module")
def bank():
    return load_bank(default_bank_dir())


def test_an_answer_that_only_wishes_for_the_practice_scores_low(bank):
    """A blind-set answer (tier 1: "I know the names, I'd like to learn") had scored 81.7 by words."""
    q = bank.get("iac-containers")
    wish = ("I've used Docker quite a bit, and I know Kubernetes and Terraform are important for MLOps. "
            "Containers are great because they make things portable and scalable. I'd be keen to learn more "
            "about infrastructure as code in this role.")
    v = score_answer(q, wish)
    said = {c.id: c for c in v.concepts}
    assert said["iac"].hit is False and said["terraform"].hit is False and said["kubernetes"].hit is False
    assert v.score < 50, v.score


@pytest.mark.parametrize("text, result", [
    ("Before this, a release meant handing a pickle to ops and took about a week; with the pipeline "
     "it's usually under three hours from merge to canary.", "three hours"),
    ("Before, releasing took about a week; now it's under three hours.", "three hours"),
    ("Without the links we would have been guessing for a week; it took an afternoon.", "an afternoon"),
    # "took" tells the before too; the result is what comes after "now"
    ("Before this the models ran on 11 hand-built VMs and a new plant took 10 days to onboard. Onboarding "
     "now takes 4 hours.", "4 hours"),
])
def test_before_and_after_in_two_clauses_is_impact(text, result):
    p = plain(text).text
    found = [p[s:e] for s, e in find_quantified(tokenize(p))]
    assert found == [result]  # the result; what it was before is not a result


@pytest.mark.parametrize("text, result", [
    ("After the relabelling, precision came back up to 94 percent.", "came back up to 94 percent"),
    ("The weekly bill came down to 300 dollars.", "came down to 300 dollars"),
])
def test_a_quantity_something_came_back_or_down_to_is_impact(text, result):
    p = plain(text).text
    assert [p[s:e] for s, e in find_quantified(tokenize(p))] == [result]


@pytest.mark.parametrize("text", [
    "The training data came from 40 sources across 12 camera stations.",
    "We added 3 cameras to the line.",
])
def test_where_things_came_from_is_not_impact(text):
    p = plain(text).text
    assert find_quantified(tokenize(p)) == []


@pytest.mark.parametrize("text", [
    "Before we deploy, we run 600 tests on the GPU runners for 40 minutes.",
    "Before training, we sample 50,000 rows and it takes 40 minutes on 2 A100s, now with 3 runners.",
])
def test_when_a_step_runs_is_not_a_before_and_after(text):
    p = plain(text).text
    assert find_quantified(tokenize(p)) == []


def test_a_wish_does_not_reach_into_the_next_sentence_without_punctuation():
    """The scorer reads plain text: "…in this role [.] we run every model in Kubernetes" is done."""
    said = heard("I'd be keen to learn more about infrastructure as code in this role we run every model "
                 "in Kubernetes")
    assert said["iac"] is True and said["kubernetes"] is False


def test_a_duty_of_other_people_in_the_plural_pointed_back_to_across_but():
    """"…you'd track precision and drift, but that was the data scientists' responsibility": the
    plural possessive loses its apostrophe in the plain text, and "that" after "but" points back to
    the clause before it."""
    text = "In principle you'd track precision and recall and drift, but that was the data scientists' responsibility."
    toks = tokenize(plain(text).text)
    spans = disowned(toks)
    said = " ".join(t.text for t in toks)
    assert spans, said
    covered = {toks[k].text for d in spans for k in range(d.first, d.last + 1)}
    assert {"precision", "drift"} <= covered
    assert not disowned(tokenize(plain("we made monitoring the team's responsibility and it worked").text))


@pytest.mark.parametrize("text", [
    "From what we've seen in production, Kubernetes restarts a crashed pod in seconds.",
    "Someone from the data team owns the model registry and reviews every entry.",
])
def test_experience_and_ownership_are_not_disowning(text):
    """"From what we've seen" is experience, and "someone owns X" names who does it, not a chore."""
    assert not disowned(tokenize(plain(text).text))
