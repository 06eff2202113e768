"""voice_interviewer.meaning: concepts found in other words, negated, or misunderstood."""

from __future__ import annotations

import pytest

from voice_interviewer.bank import Concept
from voice_interviewer.matching import tokenize
from voice_interviewer.meaning import find_meaning, windows

VERSIONING = Concept(id="data-versioning", label="data versioning", stage="data", weight=2.0, aliases=("DVC",),
                     description="Every dataset a model was trained on is kept as an exact, unchangeable version, "
                                 "so you can tell which data a model saw and train on it again.",
                     examples=("we freeze a copy of exactly the rows we trained on",),
                     misconceptions=("Data versioning just means we keep backups of the database.",))
CANARY = Concept(id="canary", label="canary release", stage="deploy", weight=1.0, aliases=("canary",),
                 description="A new model first serves a small share of real traffic and is widened only when it "
                             "behaves, so a bad model reaches few users.",
                 examples=("it goes to a small slice of users first and if nothing breaks we widen it",))


def reduces(text):
    """Does any stretch of ``text`` make a reducing claim (``meaning._reductive``)?"""
    from voice_interviewer.meaning import _reductive

    toks = tokenize(text)
    return any(_reductive(toks, w) for w in windows(toks))


def _find(text, embedder, **kw):
    return find_meaning([VERSIONING, CANARY], tokenize(text), embedder, **kw)


def test_windows_ignore_punctuation_and_casing():
    a = windows(tokenize("We freeze the rows. Then, we train! It goes to a small slice of users first."))
    b = windows(tokenize("we freeze the rows then we train it goes to a small slice of users first"))
    assert [w.text for w in a] == [w.text for w in b]


def test_a_plain_paraphrase_is_found(embedder):
    r = _find("Well first we keep a frozen copy of the exact rows each model was trained on so we can go back",
              embedder, threshold=0.42)
    assert [h.concept_id for h in r.hits] == ["data-versioning"] and not r.hits[0].negated


def test_a_negated_paraphrase_is_a_gap_not_credit(embedder):
    r = _find("to be honest we never kept a copy of the data any model was trained on", embedder, threshold=0.42)
    hits = {h.concept_id: h for h in r.hits}
    assert hits["data-versioning"].negated


def test_a_near_miss_distractor_is_not_coverage(embedder):
    """"Added replicas when traffic spiked" is near canary releases (0.44-0.50 here) but not one: in
    the real question it is at most a partial match, which earns some credit and covers nothing."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    v = score_answer(load_bank(default_bank_dir()).get("lifecycle"),
                     "We added replicas when traffic spiked during the sales.", embedder=embedder)
    assert not v.concept("deployment-strategy").hit


def test_a_reductive_wrong_belief_is_a_misconception(embedder):
    r = _find("for us data versioning is basically just keeping backups of the database every night", embedder,
              misconception_threshold=0.55)
    assert [m.concept_id for m in r.misconceptions] == ["data-versioning"]


def test_a_right_statement_is_not_a_misconception(embedder):
    r = _find("every training set is an exact immutable snapshot so any model can be traced to its data", embedder,
              misconception_threshold=0.55)
    assert r.misconceptions == ()


def test_a_wrong_definition_is_a_misconception_only_when_it_sounds_like_the_belief(embedder):
    """"X is more like when …" is a definition: taken for the wrong belief only when nearly the same."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("monitoring")
    wrong = score_answer(q, "and data drift is more like when the data pipeline breaks, you get nulls or a column "
                            "goes missing, so we check for that", embedder=embedder)
    right = score_answer(q, "concept drift is like when customers start asking about things the model never saw, "
                            "so the same inputs need a different answer", embedder=embedder)
    shaped = score_answer(q, "concept drift is when the relationship between the inputs and what we predict "
                             "changes", embedder=embedder)  # 0.92 from "Concept drift is when the data pipeline breaks"
    assert wrong.concept("data-drift").misconception
    assert not right.concept("concept-drift").misconception
    assert not shaped.concept("concept-drift").misconception


def test_what_a_wrong_practice_would_have_done_is_no_wrong_belief(embedder):
    """"A backup would have given us the old model file; it could never have told us why" argues
    against the belief that keeping old files is versioning; it does not hold it."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("reproducibility")
    v = score_answer(q, "Every registered model records its commit, data hash and seeds. A copy of the old model "
                        "file alone would have told us nothing about why it behaved the way it did.",
                     embedder=embedder)
    assert not any(c.misconception for c in v.concepts)


def test_a_reduction_denied_is_the_right_belief(embedder):
    """"X is not just the same as Y" says the opposite of the wrong belief "X is just the same as Y"."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("ml-cicd")
    denied = score_answer(q, "ML CI/CD is not just the same as software CI/CD, the data and the model need their "
                             "own tests", embedder=embedder)
    held = score_answer(q, "ML CI/CD is basically the same as software CI/CD, we just run the unit tests",
                        embedder=embedder)
    assert not denied.concept("ml-vs-software").misconception
    assert held.concept("ml-vs-software").misconception


@pytest.mark.parametrize("said, denied", [
    ("the difference from just keeping backups is that every version is named", True),
    ("instead of just keeping backups we record which snapshot trained each model", True),
    ("unlike just keeping backups, each dataset version is tied to the model", True),
    ("data versioning is just keeping backups of the data", False),
])
def test_a_reduction_set_against_the_idea_is_denied(said, denied):
    from voice_interviewer.meaning import _denied_reduction

    tokens = tokenize(said)
    just = next(i for i, t in enumerate(tokens) if t.text == "just")
    assert _denied_reduction(tokens, just) is denied


def test_trouble_denied_is_a_benefit_not_a_negation(embedder):
    """"no surprises with library versions" says containers work; "we never versioned" says a gap."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("iac-containers")
    said = score_answer(q, "Every model had a Dockerfile, and the nice thing is the data scientist's environment and "
                           "prod run the same image, so no, uh, surprises with library versions.", embedder=embedder)
    assert said.concept("container-benefits").hit and "container-benefits-missing" not in said.flag_ids


def test_same_naming_a_thing_is_not_a_reductive_claim(embedder):
    """"retrain if two alerts fire in the same week" is a policy, not "we simply retrain, whatever the
    cause"; "the same as" still reduces."""
    assert not reduces("we retrain if two of those alerts fire in the same week")
    assert reduces("ml ci cd is the same as software ci cd")
    assert reduces("honestly it is all the same.")


def test_claims_of_sufficiency_and_sameness_are_reductive_in_their_place():
    """"As long as X, Y" claims one condition settles the rest; "runs identically on any hardware" is a
    sameness claim — unless set against a change ("can look identical while …"); "just for the model"
    restricts, it does not reduce, unless said of what a thing is ("… is just for big companies")."""
    assert reduces("as long as the inputs look normal the predictions are fine")
    assert not reduces("we hold it for a long time as the inputs arrive")
    assert reduces("once packaged the service runs identically on any machine we pick")
    assert not reduces("the inputs can look the same while what they mean for the outcome changes")
    assert not reduces("we keep the large machines just for the model servers")
    assert reduces("that kind of tooling is just for big companies")
    assert reduces("the service runs the same once it is packaged")


MONITOR = Concept(id="model-metrics", label="model quality", stage="monitoring", weight=1.0, aliases=("accuracy",),
                  description="The model's own quality is tracked in production: its predictions are compared with "
                              "the real outcomes once they arrive, and the inputs with the training data.",
                  misconceptions=("As long as the inputs look like the training data, the model is still accurate.",))


def test_a_claim_that_one_check_settles_the_rest_is_a_misconception(embedder):
    wrong = find_meaning([MONITOR, CANARY], tokenize(
        "we check the inputs against the training data daily, and as long as the inputs look like the training "
        "data the predictions are as good as in testing"), embedder, misconception_threshold=0.55)
    right = find_meaning([MONITOR, CANARY], tokenize(
        "we compare the inputs with the training data every day and once the real outcomes arrive we check "
        "the predictions against them"), embedder, misconception_threshold=0.55)
    assert [m.concept_id for m in wrong.misconceptions] == ["model-metrics"]
    assert right.misconceptions == ()


def test_a_words_only_concept_is_never_credited_by_meaning(embedder):
    """``by_meaning = false``: a window closest to it credits neither it nor a runner-up concept."""
    from dataclasses import replace

    story = Concept(id="example", label="a specific project example", stage="examples", weight=1.0,
                    aliases=("for example",), by_meaning=False,
                    description="A specific real project where data versioning was put to use, told with what "
                                "was built and why.")
    text = "in my last project we froze a copy of exactly the rows we trained on for every model"
    both = find_meaning([VERSIONING, story], tokenize(text), embedder, threshold=0.3, margin=0.0)
    meant = find_meaning([VERSIONING, replace(story, by_meaning=True)], tokenize(text), embedder,
                         threshold=0.3, margin=0.0)
    assert "example" in {h.concept_id for h in meant.hits}
    assert "example" not in {h.concept_id for h in both.hits}


def test_a_product_is_not_heard_from_something_near_what_it_does(embedder):
    """A near-miss by meaning keeps an idea from being reported missing, but not a product: "tools like
    DVC, MLflow" are named or not. Using MLflow while saying DVC was not used is no unfamiliarity."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("reproducibility")
    loose = score_answer(q, "Mostly discipline. Everything goes in git with a good readme, and the saved model files "
                            "follow a naming convention with the date in the name.", embedder=embedder)
    assert "tool-unfamiliar" in loose.flag_ids
    mixed = score_answer(q, "Code is in git, every run is logged in MLflow and the model we ship is registered there. "
                            "We didn't have DVC, so the run records which dated folder of training data it used.",
                         embedder=embedder)
    assert "tool-unfamiliar" not in mixed.flag_ids


def test_a_label_only_description_is_lifted_to_the_same_scale(embedder):
    """An imported concept's description is often just its label ("Data versioning."): a 10-word
    stretch about the idea sits about 0.1 lower against it than against a sentence, so a text of at
    most ``LABEL_WORDS`` words is raised by ``LABEL_LIFT``; full descriptions are untouched."""
    from dataclasses import replace

    from voice_interviewer.meaning import LABEL_LIFT, _label_lift

    assert list(_label_lift(["Data versioning.", VERSIONING.description])) == [LABEL_LIFT, 0.0]
    label = replace(VERSIONING, description="Data versioning.", examples=(), misconceptions=())
    text = "every night we version the data each model was trained on so we can go back"
    lifted = find_meaning([label, CANARY], tokenize(text), embedder, threshold=0.42)
    assert [h.concept_id for h in lifted.hits] == ["data-versioning"]
    raw = float(max(embedder.embed([w.text for w in windows(tokenize(text))]) @ embedder.embed(["Data versioning."])[0]))
    assert abs(lifted.hits[0].similarity - (raw + LABEL_LIFT)) < 1e-3


def test_a_denial_near_the_ideas_words_is_not_a_denied_belief(embedder):
    """"We don't need to watch the model, only the servers" is a wrong belief put in the negative. A
    candidate who watches the model and says what it does *not* have ("there's no single accuracy
    number to watch, so we log …") sounds like it, but less: a belief heard only through a negation
    must sound ``DENIAL_EXTRA`` closer to it than a reducing claim ("… is just …") must."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("monitoring")
    honest = score_answer(q, "so this was a search ranking model and um monitoring that one is different because "
                             "there's no single accuracy number to watch so we log query lengths and the mix of "
                             "languages and check them for drift against training every night and we count clicks "
                             "on the top result", embedder=embedder)  # 0.63 from the belief: below 0.55 + 0.1
    assert "infra-only" not in honest.flag_ids
    assert not any(c.misconception for c in honest.concepts if c.id == "infra-metrics")
    wrong = score_answer(q, "We watch CPU, memory and latency in Grafana. The model was validated before release "
                            "and it doesn't change while the code stays the same, so there is nothing model specific "
                            "to watch in production.", embedder=embedder)
    assert "infra-only" in wrong.flag_ids


def test_ideas_explained_in_own_words_are_not_flagged_for_naming_no_tool(embedder):
    """An answer that explains three or more of the framework's ideas in its own words shows the
    practice: a flag that only asks for product names ("Generic answers without specific tool
    examples…") is not raised, and the notes ask for the tools instead. Cut to one idea, the same
    words are still flagged."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.points import UNDERSTOOD_IDEAS, about_tools_only, tool_concepts
    from voice_interviewer.scoring import score_answer

    bank = load_bank(default_bank_dir())
    q = bank.get("lifecycle")
    assert about_tools_only(next(rf for rf in q.red_flags if rf.id == "generic-no-tools").rule, tool_concepts(q))
    iac = bank.get("iac-containers")  # "every one of the products missing" asks for tools too
    assert about_tools_only(next(rf for rf in iac.red_flags if rf.id == "no-iac").rule, tool_concepts(iac))
    assert not about_tools_only(next(rf for rf in iac.red_flags if rf.id == "docker-xor-kubernetes").rule,
                                tool_concepts(iac))
    plain = ("Well, first we pull the raw tables and freeze a copy of exactly the rows we trained on, so we can "
             "always go back to them. Every training run logs its settings and results somewhere the whole team "
             "can compare. When a model looks good we give it a version number and only that version can be "
             "shipped. Then it goes to a small slice of users, and if nothing breaks we widen it. Once it is live "
             "we compare what the model sees every day with what it was trained on, and if they drift apart we "
             "kick off a rebuild with fresh data automatically.")
    full = score_answer(q, plain, embedder=embedder)
    own_words = [c.id for c in full.concepts if c.hit and c.how == "meaning"]
    assert len(own_words) >= UNDERSTOOD_IDEAS, own_words
    assert "generic-no-tools" not in full.flag_ids
    assert any("naming the tools" in n for n in full.notes), full.notes
    one = score_answer(q, "We freeze a copy of exactly the rows we trained on, so we can always go back to them.",
                       embedder=embedder)
    assert "generic-no-tools" in one.flag_ids


def test_an_answer_naming_no_product_but_explaining_the_practice_is_not_asked_for_names(embedder):
    """Plain words the bank also knows ("written as code", "restarts any copy that stops answering")
    explain the practice as well as the bank's own terms do: with no product named and five or more
    ideas explained at length, "Limited or no experience with IaC tools like Terraform" waits for the
    notes; a short list of the same ideas is still asked for the tools."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.points import EXPLAINED_IDEAS, EXPLAINED_WORDS
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("iac-containers")
    text = ("Nothing in our cloud account was clicked together by hand: the network, the storage for data and "
            "trained models and the access rules were all provisioned from code that went through review, and "
            "every change showed a preview of what it would create or destroy before anyone approved it, so the "
            "test and live setups came from the same files. Each model shipped as a sealed image with exact "
            "library versions and the model inside, so it behaved the same on a laptop, in testing and in "
            "production, and the graphics libraries travelled with it. A scheduler placed those images on the "
            "machines, reserved memory and CPU for each, added copies when traffic climbed in the morning rush "
            "and restarted any copy that stopped answering, so nobody was paged for a crashed process.")
    v = score_answer(q, text, embedder=embedder)
    explained = [c.id for c in v.concepts if c.hit and c.explained and c.kind == "concept"]
    assert len(explained) >= EXPLAINED_IDEAS and not any(c.hit and c.kind == "tool" for c in v.concepts)
    assert len(text.split()) >= EXPLAINED_WORDS
    assert "no-iac" not in v.flag_ids
    short = score_answer(q, "We provisioned the network and storage from code. Models shipped as images that behaved "
                            "the same everywhere, a scheduler placed them, added copies and restarted crashed ones.",
                         embedder=embedder)
    assert "no-iac" in short.flag_ids


def test_a_belief_with_without_in_it_is_still_an_affirmative_claim(embedder):
    """"A requirements file without pinned versions is enough to recreate the environment" claims
    something; its "without" negates the pins, not the claim. It used to count as a belief put in the
    negative, so only a negated stretch of speech could match it and "we just have a requirements file
    and people install it" never did."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.meaning import _denial
    from voice_interviewer.scoring import score_answer

    assert not _denial("A requirements file without pinned versions is enough to recreate the environment.")
    assert _denial("There is no need to watch the model once it is deployed.")
    q = load_bank(default_bank_dir()).get("reproducibility")
    v = score_answer(q, "Code lives in Git and every dataset snapshot is tracked with DVC, and runs are logged in "
                        "MLflow with the commit and the data hash. For the environment, honestly, we just have a "
                        "requirements file and everyone installs it on their own machine.", embedder=embedder)
    env = next(c for c in v.concepts if c.id == "environment-consistency")
    assert env.misconception and not env.hit
    assert "environment-ignored" in v.flag_ids


def test_a_belief_that_denies_and_reduces_is_heard_said_either_way(embedder):
    """"There's nothing extra to watch on the model, the service being healthy is enough" denies and
    reduces at once: "the service being up and healthy is enough for us" says it without a denial and
    is the same wrong belief; "… is not enough though, so we also track accuracy" is not."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("monitoring")
    wrong = score_answer(q, "We run the model behind an API on Kubernetes and watch it in Grafana. Honestly the "
                            "service being up and healthy is enough for us, we just keep an eye on latency and "
                            "errors.", embedder=embedder)
    assert any(c.id == "model-metrics" and c.misconception for c in wrong.concepts)
    right = score_answer(q, "Dashboards in Grafana show latency and errors. The service being healthy is not enough "
                            "though, so we also track accuracy against the labels that arrive a week later and check "
                            "the inputs for drift.", embedder=embedder)
    assert not any(c.misconception for c in right.concepts)


def test_a_practice_denied_by_meaning_does_not_deny_a_product(embedder):
    """"The model metrics, accuracy and drift, that's the data science team's job" sounds like what an ML
    monitoring product does, denied; it denies the practice (its idea carries that), not a product: "Not
    mentioning specific tools" is not raised where Datadog was named. A product denied by its name still
    is."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("monitoring")
    infra = score_answer(q, "We have Datadog on every pod, CPU, memory and request latency, and it pages us when the "
                            "service is slow. The model metrics, accuracy and drift and all that, that's the data "
                            "science team's job, we don't track any of it.", embedder=embedder)
    tools = next(c for c in infra.concepts if c.id == "ml-monitoring-tools")
    assert not tools.negated and "no-tools" not in infra.flag_ids
    named = score_answer(q, "We watch CPU and latency and we never used Evidently or any monitoring product for the "
                            "model.", embedder=embedder)
    assert next(c for c in named.concepts if c.id == "ml-monitoring-tools").negated


def test_an_idea_that_goes_on_into_a_denial_is_denied(embedder):
    """"… i guess the data side we [didn't version as carefully as we should have]": the closest window
    stops before the denial, the next one carries it; a denial after "but" is another statement."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    bank = load_bank(default_bank_dir())
    v = score_answer(bank.get("lifecycle"),
                     "we deployed the image on kubernetes and when accuracy dropped after a storm we retrained. "
                     "i guess the data side we didn't version as carefully as we should have, we had raw tables",
                     embedder=embedder)
    hit = next(c for c in v.concepts if c.id == "data-versioning")
    assert not hit.hit
    v = score_answer(bank.get("monitoring"),
                     "every hour a job compares the distribution of the incoming feature values with the training "
                     "data but that doesn't tell you whether the link between inputs and outcomes has changed",
                     embedder=embedder)
    drift = next(c for c in v.concepts if c.id == "data-drift")
    assert drift.hit and not drift.negated


def test_the_practice_shown_in_plain_words_stands_in_for_its_products(embedder, monkeypatch):
    """A plain-words answer that shows the practice earns its stages' product coverage too (the labels
    rank it equal to the keyword answer); one that denies a product does not."""
    from voice_interviewer import points
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("iac-containers")
    plain_text = ("None of our cloud setup was built by hand: the network, storage and access rules were all "
                  "described in files kept with the code, previewed and reviewed before they were applied, so the "
                  "test and live setups came from the same files. Each model shipped as a sealed image with exact "
                  "library versions inside, so it behaved the same on a laptop, in testing and in production. A "
                  "scheduler placed those images on our machines, reserved memory and processor for each, added "
                  "copies when traffic climbed and restarted any copy that stopped answering.")
    denied = "We never used Terraform or Kubernetes. " + plain_text
    def coverage() -> dict[str, float]:
        return {t: score_answer(q, t, embedder=embedder).breakdown["coverage_effective"] for t in (plain_text, denied)}

    with_standin = coverage()
    monkeypatch.setattr(points, "TOOL_STANDIN", 0.0)
    without = coverage()
    assert with_standin[plain_text] >= without[plain_text] + 0.1
    assert with_standin[denied] == without[denied]


def test_a_denied_need_is_weighed_against_the_beliefs_put_in_the_negative(embedder):
    """"We didn't need a separate data versioning tool, the nightly disk images hold every file" can
    only claim a belief said in the negative ("the training data doesn't need versioning…"). It used
    to be weighed against the nearest belief of any kind — an affirmative one ("keeping the query in
    Git is data versioning"), which a denial can never claim — and so nothing was heard."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("reproducibility")
    v = score_answer(q, "Our code is in Git like everyone's. On the data side we didn't need separate data "
                        "versioning at all, since the nightly disk images of the training box hold every file.",
                     embedder=embedder)
    assert v.concept("data-versioning").misconception and not v.concept("data-versioning").hit


def test_a_reducing_claim_is_heard_as_a_belief_put_in_the_negative(embedder):
    """"If the inputs look the same as in training, the model behaves the same" reduces the model's
    health to its inputs: the wrong belief "as long as the inputs look like the training data, the
    model's accuracy cannot have changed", said without its negation. Said the right way round (the
    inputs can look the same while accuracy falls), it is no misconception."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("monitoring")
    wrong = score_answer(q, "Grafana covers latency and errors. For the model a nightly job compares each feature "
                            "with the training set, and honestly if the inputs look the same as in training then "
                            "the model is going to behave the same, so there is nothing else to score.",
                         embedder=embedder)
    assert any(c.misconception for c in wrong.concepts)
    right = score_answer(q, "Grafana covers latency and errors. A nightly job compares each feature with the "
                            "training set, and when the real outcomes arrive we score the predictions, because "
                            "the inputs can look the same as in training while accuracy falls.", embedder=embedder)
    assert not any(c.misconception for c in right.concepts)


def test_it_just_works_is_praise_not_a_reduction():
    """"Endpoints with autoscaling just work" says they work without fuss; "it's just a file" reduces."""
    from voice_interviewer.meaning import _reductive

    praise = tokenize("and endpoints with autoscaling just work bad things it got expensive")
    reduced = tokenize("the model is just a file that ships with the code")
    assert not _reductive(praise, windows(praise)[0])
    assert _reductive(reduced, windows(reduced)[0])


def test_a_faint_likeness_denied_does_not_deny_the_idea(embedder):
    """A denial in a stretch only faintly like an idea (below ``MEANING_HEARD``) denies something else:
    "the tracker didn't always record which snapshot it used" is about lineage, not the environment,
    which the same answer pins in an image."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import MEANING_HEARD, score_answer

    q = load_bank(default_bank_dir()).get("reproducibility")
    v = score_answer(q, "so um at the print shop it was a colour matching model. code in git, we used mlflow so every "
                        "run logs its params and the model file, and the photos sat in s3 with versioning switched "
                        "on. training ran in a docker image that we pinned the requirements in. the bit that was "
                        "weak is linking it all, like the mlflow run didn't always record which s3 state it used, so "
                        "once we couldn't fully redo a model", embedder=embedder)
    env = v.concept("environment-consistency")
    assert not env.negated or (env.similarity or 1.0) >= MEANING_HEARD
    assert "environment-ignored" not in v.flag_ids


def test_a_garbled_reduction_is_not_heard_as_a_denied_belief(embedder):
    """Whisper's "… and then monitor, just concept, just as basically when the data pipeline breaks" (for
    "concept drift is basically when …") reduces nothing about watching the model: heard the other way
    round, a likeness of 0.56 to "we don't need to monitor the model itself" is not enough (``CROSS_EXTRA``)."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("monitoring")
    v = score_answer(q, "So for the model itself, we track accuracy on the dashboard in Grafana. Once the labels come "
                        "back and then monitor, just concept, just as basically when the data pipeline breaks, I can "
                        "that stream table changes its schema or job fails and we get nulls.", embedder=embedder)
    assert not v.concept("infra-metrics").misconception
    assert "infra-only" not in v.flag_ids


def test_by_definition_is_a_claim_as_sure_as_just(embedder):
    """"The SQL that builds the training set is in Git, so the data is versioned by definition": a
    confident claim that one thing settles another — the wrong belief that the query is the data's
    version — with no "just" or "same" in it."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.meaning import _reductive
    from voice_interviewer.scoring import score_answer

    said = tokenize("so the data is versioned by definition right")
    assert _reductive(said, windows(said)[0])
    q = load_bank(default_bank_dir()).get("reproducibility")
    v = score_answer(q, "For the fraud model everything lives in Git, including the SQL that builds the training "
                        "set, so the data is versioned by definition, if you have the query you have the data. The "
                        "image is pinned and MLflow logs each run with the commit.", embedder=embedder)
    assert v.concept("data-versioning").misconception


def test_a_stretch_that_names_the_practice_product_does_not_deny_the_practice(embedder):
    """Whisper heard "Nomad" as "no met": "it's Terraform for the cloud accounts and no met instead of
    Kubernetes" sounds like infrastructure as code, denied — but the stretch names Terraform, the
    practice's own product, plainly; its denial is about something else, and no "no IaC" flag follows."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("iac-containers")
    v = score_answer(q, "Where has she corp shot? So for us, it's Terraform for the cloud accounts and no met instead "
                        "of Kubernetes for orchestration. Models are packaged as container images with the weights "
                        "baked in, and nomad schedules them onto a GPU client pool using device constraints.",
                     embedder=embedder)
    assert not v.concept("iac").negated
    assert "no-iac" not in v.flag_ids


def test_a_stretch_that_denies_the_practice_by_name_does_not_credit_it_by_meaning(embedder):
    """"We never needed a separate data tool or a model registry because the nightly copies already
    contain everything": the stretch that sounds like keeping model versions is the very one that
    denies them by name — the denial stands."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("reproducibility")
    v = score_answer(q, "At the brickworks the kiln models are retrained each quarter. The code is in Git and we "
                        "tag releases. We never needed a separate data tool or a model registry because the nightly "
                        "copies of the training server already contain everything.", embedder=embedder)
    assert v.concept("model-versioning").negated
    assert not v.concept("model-versioning").hit


def test_lifecycle_tool_salad_does_not_connect_the_stages():
    """A list of products connects nothing, however many stages its names touch."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    v = score_answer(load_bank(default_bank_dir()).get("lifecycle"), "Airflow, Spark, Feast, MLflow, DVC, Kubeflow, Seldon, Prometheus, "
                                          "Grafana, Evidently, Jenkins, Docker, Kubernetes, Terraform.")
    assert "stages-not-connected" in v.flag_ids


@pytest.mark.parametrize("text, flagged", [
    ("Terraform builds our EC2 instances and buckets. Each model runs in a Docker container on its own instance "
     "with a restart policy, and systemd brings it back if it crashes. We looked at Kubernetes but didn't adopt it.",
     True),
    ("Terraform builds our GPU pool. Instead of Kubernetes we run HashiCorp Nomad, which schedules our Docker "
     "containers, restarts failed tasks and scales job counts with the queue.", False),
])
def test_docker_with_kubernetes_set_aside_is_docker_without_kubernetes(embedder, text, flagged):
    """Kubernetes turned down while the models run in Docker alone is "Docker without Kubernetes", even
    when a restart policy sounds like orchestration; another scheduler named instead (Nomad) is not."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    v = score_answer(load_bank(default_bank_dir()).get("iac-containers"), text, embedder=embedder)
    assert ("docker-xor-kubernetes" in v.flag_ids) is flagged


@pytest.mark.parametrize("qid", ["lifecycle", "ml-cicd"])
def test_shadow_first_is_a_release_strategy(qid):
    """"We roll it out on Kubernetes, shadow first": a shadow release, said the way people say it."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    v = score_answer(load_bank(default_bank_dir()).get(qid), "if it passes it builds a docker image and we roll it "
                                                             "out on kubernetes, shadow first, then to everyone")
    assert v.concept("deployment-strategy").hit


def test_restoring_from_copies_is_backups_not_reproducibility():
    """"Every model pickle is copied to a second region … we can always restore the model or the data
    from that day": copies and restores, the backups an interviewer hears confused with reproducibility."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    v = score_answer(load_bank(default_bank_dir()).get("reproducibility"),
                     "All code is in Git. We take a full snapshot of the data lake every night, and every model pickle "
                     "is copied to a second region, so if anything goes wrong we can always restore the model or the "
                     "data from that day, which means any model can be reproduced.")
    assert v.concept("backups").hit
    assert "backups-confusion" in v.flag_ids


def test_one_check_said_not_to_be_enough_is_no_wrong_belief(embedder):
    """"… which is why we never rely on input drift alone" denies that input checks cover concept drift
    (sat 0.79 from that wrong belief, put in the negative); the belief itself said is still heard."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("monitoring")
    refuted = score_answer(q, "We track precision on the graded outcomes as they land. Concept drift is when the "
                              "inputs look normal but the outcomes change, which is why we never rely on input drift "
                              "alone.", embedder=embedder)
    own = score_answer(q, "Concept drift shows up in the outcomes: the inputs on their own don't tell you that the "
                          "world behind them changed.", embedder=embedder)
    held = score_answer(q, "If the inputs have not drifted then concept drift cannot happen, so our input drift "
                           "checks cover it too.", embedder=embedder)
    assert not refuted.concept("concept-drift").misconception
    assert not own.concept("concept-drift").misconception
    assert held.concept("concept-drift").misconception


def test_an_idea_waved_away_is_a_claim_and_counts_against_its_stage(embedder):
    """"Lock-in isn't a concern because everything underneath is MLflow and Docker" waves the weakness
    away (as sure a claim as "just"): the wrong belief is heard, and it is evidence for the flag that
    asks for the weaknesses, since the weakness it waves away is not seen."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("cloud-platform")
    text = ("We were on Azure ML with its pipelines, the model registry and managed online endpoints. Strengths: "
            "it is nicely integrated with the rest of Azure. Weaknesses, the only real one is cost. Lock-in isn't "
            "a concern with Azure ML because everything underneath is MLflow and Docker, so we could move "
            "tomorrow.")
    v = score_answer(q, text, embedder=embedder)
    assert v.concept("vendor-lock-in").misconception
    assert "one-sided" in v.flag_ids
    seen = score_answer(q, text.replace("Lock-in isn't a concern with Azure ML because everything underneath is "
                                        "MLflow and Docker, so we could move tomorrow.",
                                        "Lock-in is real too: the pipelines only run on Azure."), embedder=embedder)
    assert not seen.concept("vendor-lock-in").misconception and "one-sided" not in seen.flag_ids


def test_the_idea_said_right_in_full_outweighs_one_reducing_word(embedder):
    """"That also covers concept drift: when … the inputs looked normal but the outcomes were being
    missed" — "covers" sounded like "input checks cover concept drift", but the answer defines the idea
    right, by meaning, as surely: no wrong belief. The belief said alone is still heard."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("monitoring")
    right = score_answer(q, "Once the true outcomes arrive weeks later we track precision and recall on them, plus "
                            "the share flagged per site as an early proxy. That also covers concept drift: when a wet "
                            "harvest changed how fast grain heats at the same moisture, the inputs looked normal but "
                            "confirmed spoilage cases were being missed.", embedder=embedder)
    wrong = score_answer(q, "We compare every input with the training data each night, and honestly that also "
                            "covers concept drift, it is just another name for the inputs changing.",
                         embedder=embedder)
    assert not right.concept("concept-drift").misconception and "no-drift" not in right.flag_ids
    assert wrong.concept("concept-drift").misconception


def test_nothing_to_criticise_is_one_sided(embedder):
    """"I'd recommend it to anyone; I can't think of anything I'd change" names no weakness, whatever
    else the answer says about cost (here the cost the model predicts)."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("cloud-platform")
    v = score_answer(q, "We predict construction cost per element on Vertex AI: Vertex AI Pipelines for training, "
                        "the Model Registry and online prediction endpoints. The BigQuery integration is excellent "
                        "and scaling is automatic. I can't think of anything I'd change.", embedder=embedder)
    assert "one-sided" in v.flag_ids


def test_data_checks_and_a_backtest_against_the_live_model_are_automated_testing(embedder):
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("ml-cicd")
    v = score_answer(q, "We use GitLab CI. The ML half pulls the latest data and runs the data checks, then trains, "
                        "backtests on the last few months and compares it with the live model, and only if the error "
                        "is lower does it register the new one.", embedder=embedder)
    assert v.concept("data-validation").hit and v.concept("model-evaluation").hit
    assert "no-automated-testing" not in v.flag_ids


def test_docker_compose_on_vms_is_docker_without_kubernetes_and_a_cluster_in_plain_words_is_not(embedder):
    """"The model service … docker-compose on two VMs" orchestrates nothing (the word "service" is not
    Kubernetes services); a cluster described by what it does (resources declared, health checks) is."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("iac-containers")
    compose = score_answer(q, "Terraform on Azure creates the storage, a Postgres instance and the VMs. The model "
                              "service is containerized with Docker with pinned requirements, and in production we "
                              "run it with docker-compose on two VMs behind a load balancer.", embedder=embedder)
    cluster = score_answer(q, "Terraform describes our cloud setup. Each model ships as a Docker image with exact "
                              "library versions; on the cluster the model servers declare how much cpu and memory "
                              "they need, and health checks restart any copy that stops answering.",
                           embedder=embedder)
    assert "docker-xor-kubernetes" in compose.flag_ids
    assert "docker-xor-kubernetes" not in cluster.flag_ids


def test_a_model_treated_as_any_build_artifact_with_data_checks_called_a_mistake(embedder):
    """The confident misconception "a trained model is just a build artifact; checking data quality or
    accuracy inside the pipeline is a mistake": the data checks are turned down (no automated testing)
    and the model is treated exactly like any other dependency (the same as software CI/CD)."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("ml-cicd")
    v = score_answer(q, "GitHub Actions builds a Docker image on every merge and Argo CD deploys it to Kubernetes. "
                        "I insist on treating the model exactly like any other compiled dependency: if the code tests "
                        "pass and the artifact loads, it's releasable. Checking data quality or accuracy inside the "
                        "pipeline is a mistake in my view.", embedder=embedder)
    assert v.concept("data-validation").negated
    assert {"no-automated-testing", "same-as-software"} <= set(v.flag_ids)


def test_a_cloud_named_without_any_ml_component_is_basic_services_only(embedder):
    """"We used AWS, it scales and it's reliable" names a cloud and none of its ML components: the
    guide's "focusing only on basic services"; naming the components clears it."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import score_answer

    q = load_bank(default_bank_dir()).get("cloud-platform")
    vague = score_answer(q, "We were on Google Cloud for our churn model. It is fast, it scales well and it is "
                            "reliable. The downside is the bill at the end of the month.", embedder=embedder)
    assert "basic-services-only" in vague.flag_ids
    concrete = score_answer(q, "We were on Google Cloud: Vertex AI Pipelines ran the training, the Model Registry "
                               "kept the versions and the endpoints served them. The downside is the bill.",
                            embedder=embedder)
    assert "basic-services-only" not in concrete.flag_ids


def test_a_lone_near_miss_does_not_stop_a_flag_for_the_missing_idea(embedder):
    """An idea heard only near the line once (below ``FAINT_MEANING``) is faint: it does not stop "no
    alerts" when the answer names its practices in the bank's words; several such near-misses are how
    a plain-words answer speaks, and then they count as said (``NEAR_OWN_WORDS``)."""
    from voice_interviewer.bank import default_bank_dir, load_bank
    from voice_interviewer.scoring import MEANING_HEARD, score_answer

    q = load_bank(default_bank_dir()).get("monitoring")
    v = score_answer(q, "We use Datadog for latency, errors and memory, and Evidently for the model: it tracks the "
                        "input distributions against the training baseline, shows prediction drift, and once a job "
                        "is finished and the real result is logged it computes the error, so we see data drift and "
                        "real accuracy. It is all on a dashboard the team looks at on Mondays, and if something "
                        "looks off we dig in.", embedder=embedder)
    alerting = next(c for c in v.concepts if c.id == "alerting")
    assert not alerting.hit and alerting.similarity is not None and alerting.similarity >= MEANING_HEARD  # near
    assert "alerts-unexplained" in v.flag_ids


IMAGE = Concept(id="containerization", label="containers", stage="packaging", weight=1.0, aliases=("docker",),
                description="Each model ships as a container image with its code, pinned libraries and base image, "
                            "so it runs the same everywhere.",
                misconceptions=("The same Dockerfile always builds the same image, so unpinned base images and "
                                "packages are still reproducible.",))


def test_sameness_claimed_as_a_certainty_is_a_misconception(embedder):
    """"…always builds the same image" is a claim as sure as "just"; "the same image" alone names a thing."""
    wrong = find_meaning([IMAGE, CANARY], tokenize(
        "our dockerfile installs whatever packages are newest, and that's fine because the same dockerfile "
        "always builds the same image"), embedder)
    right = find_meaning([IMAGE, CANARY], tokenize(
        "we pin the base image by digest and every package in a lock file, and we promote the same image "
        "from staging to production"), embedder)
    assert [m.concept_id for m in wrong.misconceptions] == ["containerization"]
    assert right.misconceptions == ()


def test_by_construction_is_a_claim_like_by_definition():
    from voice_interviewer.meaning import _reductive, windows

    said = tokenize("the newest model is the better one by construction")
    assert _reductive(said, windows(said)[0])
    assert not _reductive(tokenize("we built it under construction rules"), windows(tokenize("we built it under construction rules"))[0])


def test_looks_nothing_like_is_no_reducing_claim():
    """"Nothing" reduces ("nothing else to watch"), but "the posts look nothing like what we trained
    on, that's data drift" is a comparison: measured on a fresh14 answer, it read as the wrong belief
    "concept drift is just another name for the inputs changing"."""
    assert not reduces("when a topic blows up the posts look nothing like what we trained on that's data drift")
    assert reduces("the service is up so there is nothing else to watch on the model")
