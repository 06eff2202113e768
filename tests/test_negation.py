"""Negation's scope on plain text, where no full stop marks where a sentence ends."""

from __future__ import annotations

import pytest

from voice_interviewer.matching import Matcher, tokenize
from voice_interviewer.text import plain

MATCHER = Matcher([("batching", ["dynamic batching"]), ("versioning", ["data versioning"]),
                   ("example", ["for example"]), ("monitoring", ["monitoring"])])


def heard(text: str) -> dict[str, bool]:
    """``{concept: negated}`` for the concepts heard in ``text``, read as the scorer reads it."""
    return {m.concept_id: m.negated for m in MATCHER.find(tokenize(plain(text).text))}


def practice_denied(text: str) -> bool:
    """Is the practice of ``text`` (data versioning where it is said, else monitoring) heard as denied?"""
    got = heard(text)
    return got["versioning" if "versioning" in got else "monitoring"]


@pytest.mark.parametrize("text, concept, negated", [
    ("It cannot hurt. We use dynamic batching.", "batching", False),
    ("it cannot hurt we use dynamic batching", "batching", False),
    ("We never had anything we could call data versioning.", "versioning", True),
    ("We didn't have monitoring.", "monitoring", True),
    ("One model couldn't starve another. For example, that setup survived a spike.", "example", False),
    ("There was no monitoring, so we added it later.", "monitoring", True),
    # a topic put first and then denied, with a pronoun pointing back: no punctuation needed
    ("it's all on one board. monitoring, um, we haven't really wired that up", "monitoring", True),
    ("data versioning though we never did that", "versioning", True),
    # ... or with the verb left stranded, its object being the topic
    ("it was the same pipeline. data versioning we never got round to, the idea was there", "versioning", True),
    ("monitoring we didn't bother with", "monitoring", True),
    ("monitoring we didn't have until last year, now it pages us", "monitoring", False),
    ("we use monitoring we never got round to data versioning", "monitoring", False),
    # ... but a denial about something else after the topic leaves it alone
    ("We have monitoring. We don't version the data itself, it changes every day.", "monitoring", False),
    ("We use data versioning, we never had problems with it.", "versioning", False),
    # "one" pointing back (read as the number 1), at the end of its clause
    ("data versioning, honestly we don't really have one, if you ask me", "versioning", True),
    ("monitoring we don't have 1 dashboard for yet, we use logs", "monitoring", False),
    # ... or the topic said again as the denied object
    ("and monitoring, we didn't really have any monitoring loop, users told us", "monitoring", True),
    ("monitoring, we don't do dashboards, we page on the monitoring alerts", "monitoring", False),
])
def test_scope(text, concept, negated):
    assert heard(text)[concept] is negated


@pytest.mark.parametrize("text, negated", [
    ("No, uh, surprises with data versioning any more.", False),
    ("We never had any issues with our monitoring.", False),
    ("Without conflicts, data versioning just works.", False),
    ("We had no monitoring, problems were found by users.", True),
    ("No drift monitoring issues were raised because there was no monitoring at all.", True),
])
def test_trouble_denied_is_not_the_practice_denied(text, negated):
    """A cue that denies trouble ("no surprises", "never had any issues") says the practice works."""
    assert practice_denied(text) is negated


@pytest.mark.parametrize("text, negated", [
    ("We ran HashiCorp Nomad rather than monitoring tools", True),
    ("instead of data versioning we kept nightly copies", True),
    ("instead of a plain monitoring stack we bought one", True),
    ("rather than just monitoring the service we also track the model", False),
    ("we used data versioning rather than nightly copies", False),
    ("Rather than waiting. Monitoring told us first.", False),
])
def test_an_alternative_set_aside_is_not_used(text, negated):
    """"Nomad rather than Kubernetes", "instead of a registry": the option set aside was not used; "rather
    than just X" adds to X, and what comes before the phrase is what was used."""
    assert practice_denied(text) is negated


@pytest.mark.parametrize("text, negated", [
    ("None of our monitoring is set up by hand, it is all in code.", False),
    ("nothing in data versioning gets set up manually any more", False),
    ("there are no manual steps in our monitoring", False),
    ("We never had monitoring, we checked the logs by hand.", True),
])
def test_the_manual_way_denied_is_the_practice_claimed(text, negated):
    """"None of our cloud setup is built by hand" says the practice is automated, not absent; a denial
    whose own clause names no manual way still denies."""
    assert practice_denied(text) is negated


def test_an_idiom_denies_nothing():
    """"values that make no sense" is an idiom, not a practice denied; nor is "no works-on-my-machine"
    (the classic trouble, denied)."""
    assert heard("we count values that make no sense in the monitoring")["monitoring"] is False
    assert heard("we had no sense of monitoring back then")["monitoring"] is True
    assert heard("no works on my machine any more since the data versioning")["versioning"] is False


@pytest.mark.parametrize("text, negated", [
    # a denied list reaches its last item across "or"
    ("I honestly can't say much about their extra features like dashboards or monitoring", True),
    ("we never really got the time for drift checks, alerting, or monitoring at all", True),
    # ... but no further than the list: the reach stays where it was without one
    ("we didn't have a budget for the first months of the project and then we added monitoring", False),
])
def test_a_denied_list_reaches_its_last_item(text, negated):
    assert heard(text)["monitoring"] is negated


@pytest.mark.parametrize("text, negated", [
    ("and i'm firm on this, monitoring doesn't belong in the training code", True),
    ("data versioning doesn't matter much for a model this small", True),
    ("monitoring doesn't exist on that team", True),
    # other verbs after "don't" say what the practice does, not that it is missing
    ("monitoring doesn't let a bad release go unnoticed", False),
    ("data versioning doesn't take long once it is set up", False),
])
def test_a_practice_denied_its_place(text, negated):
    """"Accuracy checks don't belong in the pipeline": the practice said first and then denied its
    place (belong, exist, matter, apply)."""
    found = heard(text)
    assert found and all(n == negated for n in found.values()), found


@pytest.mark.parametrize("text, negated", [
    ("Monitoring is the part we haven't really worked out, the dashboards exist.", True),
    ("monitoring is the one thing we never got to", True),
    ("data versioning was something we didn't do", True),
    ("Monitoring is the part we are proudest of.", False),
    ("Monitoring is the part we built first, we never skipped it.", False),
    ("data versioning is something we do for every run", False),
])
def test_the_practice_called_the_part_not_done_is_denied(text, negated):
    """"Alerting is the part we haven't really worked out": the practice named, then called the part
    (the one thing, something) that is not done, through a relative clause."""
    assert practice_denied(text) is negated


@pytest.mark.parametrize("text, negated", [
    ("Monitoring we haven't standardised either; people use their own laptops.", True),
    ("monitoring we haven't automated yet, it's on the list", True),
    ("It works on one server. Data versioning we don't track.", True),  # the answer's last words
    ("monitoring we never stopped either", False),  # a verb that undoes it, denied, keeps it
    ("monitoring we don't do manually anymore, it's automated", False),  # the verb has its own words
    ("data versioning we don't skip and we use DVC", False),
])
def test_a_topic_put_first_and_denied_by_its_one_verb(text, negated):
    """"Environments we haven't standardised either": the topic put first, the denial ending on its
    verb (and "either", "yet", "anymore", or the answer's end) — its object is the topic."""
    assert practice_denied(text) is negated


@pytest.mark.parametrize("text, negated", [
    ("Checking data versioning inside the pipeline is a mistake in my view.", True),
    ("monitoring on top of that is honestly overkill for us", True),
    ("data versioning for every run is a waste of time", True),
    ("Skipping data versioning is a mistake.", False),  # doing without it, called a mistake
    ("Data versioning is a habit, and the mistake we made was elsewhere.", False),
])
def test_the_practice_called_a_mistake_or_overkill_is_turned_down(text, negated):
    """"Checking data quality inside the pipeline is a mistake in my view": the practice, the subject
    of its clause, called a mistake, a waste or overkill is turned down; doing without it, so called,
    is the practice endorsed."""
    assert practice_denied(text) is negated


@pytest.mark.parametrize("text, negated", [
    ("terraform I haven't used yet but it's, like, next on my list", True),
    ("I know Terraform well and wrote our modules.", False),
    ("kubernetes runs everything and we did a course on helm", False),
    ("We use Terraform, it is great.", False),
])
def test_a_product_not_used_yet_is_not_used(text, negated):
    """"Terraform I haven't used yet": the topic put first, its verb stranded before "yet"; knowing a
    product well, or a course on another one, leaves it used (awareness without use is
    :mod:`voice_interviewer.disowning`'s)."""
    known = Matcher([("terraform", ["terraform"]), ("kubernetes", ["kubernetes"])])
    got = {m.concept_id: m.negated for m in known.find(tokenize(plain(text).text))}
    assert next(iter(got.values())) is negated


@pytest.mark.parametrize("text, negated", [
    ("we never patched a server ourselves. The monitoring is all theirs and works.", False),
    ("we never patched a server ourselves the monitoring was excellent", False),
    ("We never had monitoring.", True),
    ("the monitoring was missing", True),
])
def test_a_subject_that_opens_its_own_clause_is_not_denied_by_the_one_before(text, negated):
    """Read without its full stop, "… never patched a server ourselves [.] the monitoring was excellent"
    would put "monitoring" in the scope of "never": with its determiner and a verb after it, the mention
    is the subject of its own clause. "X was missing" still denies it."""
    assert heard(text)["monitoring"] is negated


@pytest.mark.parametrize("text, negated", [
    ("um the monitoring side we haven't really bothered it's just the logs", True),
    ("the data versioning part we never got round to", True),
    ("the monitoring side we keep in grafana and it pages us", False),
    ("data versioning we never got round to it's on the list", True),  # "it's" opens the next clause
    ("monitoring we haven't really bothered with it's fine", True),
    ("the monitoring side we always check it's the first thing", False),
])
def test_a_topic_named_as_an_area_of_the_work_and_then_denied(text, negated):
    """"The environment *side* we haven't really bothered, it's just the Python on the workstation": the
    topic named as an area of the work, then its denial ending on the verb; a contracted subject ("it's")
    opens the next clause as the plain one does."""
    assert practice_denied(text) is negated


def test_looks_nothing_like_is_a_comparison_not_a_denial():
    """"The posts look nothing like what we trained on" says the data changed; it denies no practice
    (it used to read as "no data drift" and "nothing" as a reducing claim). "We had nothing like
    monitoring" still denies."""
    assert heard("the new posts look nothing like the monitoring data we trained on")["monitoring"] is False
    assert heard("we had nothing like monitoring back then")["monitoring"] is True
