"""The bundled bank carries the interview guide verbatim, and bad banks fail with one precise line."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from voice_interviewer.bank import CONCEPT_KINDS, Bank, load_bank
from voice_interviewer.errors import BankError

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_03ac0d1b1b231269.txt"

GUIDE_IDS = [
    "lifecycle",
    "reproducibility",
    "ml-cicd",
    "iac-containers",
    "monitoring",
    "cloud-platform",
    "challenging-project",
]
GUIDE_CATEGORIES = {
    "lifecycle": "core",
    "reproducibility": "core",
    "ml-cicd": "cicd",
    "iac-containers": "cicd",
    "monitoring": "monitoring",
    "cloud-platform": "cloud",
    "challenging-project": "behavioral",
}


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank()


def guide_questions() -> tuple[list[str], list[dict]]:
    """Parse the seed guide into category headings and questions (prompt, why, framework, bullets)."""
    if not SEED.exists():
        pytest.skip(f"interview guide not found at {SEED} (the shared seed folder sits next to the repository)")
    headings: list[str] = []
    questions: list[dict] = []
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    for i, line in enumerate(lines):
        if line.endswith(" Questions") and i + 2 < len(lines) and lines[i + 2].startswith("Q1."):
            headings.append(line)
        elif re.match(r"Q\d+\. ", line):
            questions.append({"prompt": line.split(". ", 1)[1], "bullets": [], "heading": headings[-1]})
        elif line.startswith("Why you'll be asked this: "):
            questions[-1]["why"] = line.removeprefix("Why you'll be asked this: ")
        elif line == "Answer Framework":
            questions[-1]["framework"] = next(x for x in lines[i + 1 :] if x)
        elif line.startswith("•") and questions:
            questions[-1]["bullets"].append(line.lstrip("•").strip())
    return headings, questions


# --------------------------------------------------------------------------- the bundled bank


def test_bundled_bank_loads_with_guide_questions_first(bank):
    guide = [q for q in bank.questions if q.source == "guide"]
    assert [q.id for q in guide] == GUIDE_IDS
    assert {q.id: q.category for q in guide} == GUIDE_CATEGORIES
    assert [c.id for c in bank.categories][:5] == ["core", "cicd", "monitoring", "cloud", "behavioral"]


def test_every_question_is_complete(bank):
    for q in bank.questions:
        assert len(q.red_flags) == 4, q.id
        assert len(q.follow_ups) == 3, q.id
        assert q.why and q.framework and q.prompt[-1] in "?.", q.id
        assert 60 <= q.target_seconds[0] <= q.target_seconds[1] <= 180, q.id
        stages_used = {c.stage for c in q.concepts}
        assert stages_used == set(q.stages), f"{q.id}: every stage needs a concept"
        for f in q.follow_ups:
            assert 2 <= len(f.concepts) <= 6, (q.id, f.id)
            assert f.parent_id == q.id
        for c in q.concepts:
            assert c.kind in CONCEPT_KINDS and c.aliases


def test_guide_matches_seed_verbatim(bank):
    headings, guide = guide_questions()
    assert len(guide) == 7
    assert [c.label for c in bank.categories][:5] == headings
    for expected, qid in zip(guide, GUIDE_IDS):
        q = bank.get(qid)
        assert q.prompt == expected["prompt"]
        assert q.why == expected["why"]
        assert q.framework == expected["framework"]
        assert bank.category_label(q.category) == expected["heading"]
        assert [f.text for f in q.red_flags] == expected["bullets"][:4]
        assert [f.text for f in q.follow_ups] == expected["bullets"][4:]


def test_behavioral_question_has_star_stages(bank):
    q = bank.get("challenging-project")
    assert q.kind == "behavioral"
    assert q.stages == ("situation", "task", "action", "result")
    assert any(c.kind == "tool" for c in q.concepts)


def test_common_mishearings_are_aliases(bank):
    aliases = {a.lower() for q in bank.questions for c in q.concepts for a in c.aliases}
    for heard in ["ml flow", "cube flow", "q flow", "cuba netty's", "k8s", "dbc", "terra form",
                  "sage maker", "graph ana", "a b testing", "github actions"]:
        assert heard in aliases, heard


def test_hotwords_are_correct_spellings_not_mishearings(bank):
    words = {w for q in bank.questions for w in q.hotwords()}
    assert {"Kubernetes", "MLflow", "DVC", "Terraform"} <= words
    assert not words & {"cube flow", "ML flow", "Cuba Netty's", "DBC", "terra form"}


def test_load_accepts_a_single_file_and_several_paths(tmp_path):
    one = load_bank(Path("questions/guide.toml").resolve())
    assert one.ids()[:7] == GUIDE_IDS
    mine = VALID.replace('"q1"', '"mine"').replace('category = "cat"', 'category = "core"')
    write(tmp_path, mine.replace('[[category]]\nid = "cat"\nlabel = "Cat"\n', ""), "mine.toml")
    both = load_bank([Path("questions/guide.toml").resolve(), tmp_path / "mine.toml"])
    assert both.ids()[-1] == "mine"


# --------------------------------------------------------------------------- validation errors

VALID = textwrap.dedent(
    """\
    [[category]]
    id = "cat"
    label = "Cat"

    [[question]]
    id = "q1"
    category = "cat"
    prompt = "Why?"
    why = "Because."
    framework = "Say things."
    stages = ["one", "two"]

    [[question.concept]]
    id = "alpha"
    label = "Alpha"
    stage = "one"
    weight = 2
    aliases = ["alpha", "alfa"]

    [[question.concept]]
    id = "beta"
    label = "Beta"
    stage = "two"
    kind = "tool"
    aliases = ["Beta"]

    [[question.red_flag]]
    id = "no-alpha"
    text = "Forgetting alpha."
    rule = { missing_all = ["alpha"] }

    [[question.follow_up]]
    id = "more"
    text = "Tell me more?"
    trigger = { present_any = ["beta"] }

    [[question.follow_up.concept]]
    id = "gamma"
    label = "Gamma"
    stage = "answer"
    aliases = ["gamma"]
    """
)


def write(tmp_path: Path, text: str, name: str = "bank.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def bank_error(*paths: Path) -> str:
    with pytest.raises(BankError) as info:
        load_bank(list(paths))
    message = str(info.value)
    assert "\n" not in message
    return message


def assert_names(message: str, path: Path, question: str, field: str) -> None:
    assert str(path) in message, message
    assert f"question '{question}'" in message, message
    assert f"field '{field}'" in message, message


def test_valid_template_loads(tmp_path):
    b = load_bank(write(tmp_path, VALID))
    assert b.ids() == ["q1"]
    assert b.get("q1").follow_ups[0].parent_id == "q1"


def test_toml_syntax_error_names_file_line_and_question(tmp_path):
    path = write(tmp_path, VALID.replace('label = "Beta"', 'label = "Beta'))
    message = bank_error(path)
    line = VALID.splitlines().index('label = "Beta"') + 1
    assert f"{path}:{line}:" in message
    assert "question 'q1'" in message and "TOML syntax error" in message


def test_unknown_key(tmp_path):
    path = write(tmp_path, VALID.replace('weight = 2', 'weight = 2\nwieght = 3'))
    message = bank_error(path)
    assert_names(message, path, "q1", "concept.alpha.wieght")
    assert "unknown key" in message


def test_unknown_key_in_rule(tmp_path):
    path = write(tmp_path, VALID.replace("missing_all =", "mising_all ="))
    assert_names(bank_error(path), path, "q1", "red_flag.no-alpha.rule.mising_all")


def test_missing_field(tmp_path):
    path = write(tmp_path, VALID.replace('why = "Because."\n', ""))
    message = bank_error(path)
    assert_names(message, path, "q1", "why")
    assert "missing field" in message


def test_wrong_type(tmp_path):
    path = write(tmp_path, VALID.replace("weight = 2", 'weight = "heavy"'))
    message = bank_error(path)
    assert_names(message, path, "q1", "concept.alpha.weight")
    assert "positive number" in message


def test_wrong_type_for_string(tmp_path):
    path = write(tmp_path, VALID.replace('prompt = "Why?"', "prompt = 42"))
    message = bank_error(path)
    assert_names(message, path, "q1", "prompt")
    assert "expected a string" in message


def test_duplicate_id_across_files(tmp_path):
    first = write(tmp_path, VALID, "a.toml")
    second = write(tmp_path, VALID.replace('[[category]]\nid = "cat"\nlabel = "Cat"\n', ""), "b.toml")
    message = bank_error(tmp_path)
    assert_names(message, second, "q1", "id")
    assert "duplicate id" in message and str(first) in message


def test_red_flag_rule_naming_unknown_concept(tmp_path):
    path = write(tmp_path, VALID.replace('missing_all = ["alpha"]', 'missing_all = ["alpah"]'))
    message = bank_error(path)
    assert_names(message, path, "q1", "red_flag.no-alpha.rule.missing_all")
    assert "unknown concept 'alpah'" in message


def test_nested_rule_naming_unknown_concept(tmp_path):
    rule = 'rule = { any_of = [{ missing_all = ["alpha"] }, { present_any = ["delta"] }] }'
    path = write(tmp_path, VALID.replace('rule = { missing_all = ["alpha"] }', rule))
    message = bank_error(path)
    assert_names(message, path, "q1", "red_flag.no-alpha.rule.any_of.1.present_any")
    assert "unknown concept 'delta'" in message


def test_trigger_naming_unknown_concept(tmp_path):
    path = write(tmp_path, VALID.replace('present_any = ["beta"]', 'present_any = ["gamma"]'))
    message = bank_error(path)
    assert_names(message, path, "q1", "follow_up.more.trigger.present_any")
    assert "unknown concept 'gamma'" in message


def test_empty_alias_list(tmp_path):
    path = write(tmp_path, VALID.replace('aliases = ["Beta"]', "aliases = []"))
    message = bank_error(path)
    assert_names(message, path, "q1", "concept.beta.aliases")
    assert "must not be empty" in message


def test_empty_alias_in_follow_up(tmp_path):
    path = write(tmp_path, VALID.replace('aliases = ["gamma"]', 'aliases = ["  "]'))
    assert_names(bank_error(path), path, "q1", "follow_up.more.concept.gamma.aliases")


def test_unknown_stage(tmp_path):
    path = write(tmp_path, VALID.replace('stage = "two"', 'stage = "three"'))
    message = bank_error(path)
    assert_names(message, path, "q1", "concept.beta.stage")
    assert "unknown stage 'three'" in message and "one, two" in message


def test_unknown_stage_in_rule(tmp_path):
    path = write(tmp_path, VALID.replace('missing_all = ["alpha"]', 'missing_stages_any = ["three"]'))
    message = bank_error(path)
    assert_names(message, path, "q1", "red_flag.no-alpha.rule.missing_stages_any")
    assert "unknown stage 'three'" in message


def test_empty_bank_directory(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    message = bank_error(empty)
    assert str(empty) in message and "no *.toml" in message


def test_missing_path(tmp_path):
    message = bank_error(tmp_path / "nope")
    assert str(tmp_path / "nope") in message and "no such file" in message


def test_file_without_questions(tmp_path):
    path = write(tmp_path, '[[category]]\nid = "cat"\nlabel = "Cat"\n')
    assert str(path) in bank_error(path)


def test_unknown_category(tmp_path):
    path = write(tmp_path, VALID.replace('category = "cat"', 'category = "dog"'))
    message = bank_error(path)
    assert_names(message, path, "q1", "category")
    assert "unknown category 'dog'" in message and "cat" in message


def test_empty_rule_and_bad_threshold(tmp_path):
    path = write(tmp_path, VALID.replace('rule = { missing_all = ["alpha"] }', "rule = {}"))
    assert_names(bank_error(path), path, "q1", "red_flag.no-alpha.rule")
    path = write(tmp_path, VALID.replace('rule = { missing_all = ["alpha"] }', "rule = { tools_mentioned_below = 0 }"))
    assert_names(bank_error(path), path, "q1", "red_flag.no-alpha.rule.tools_mentioned_below")


def test_duplicate_concept_id(tmp_path):
    path = write(tmp_path, VALID.replace('id = "beta"', 'id = "alpha"'))
    message = bank_error(path)
    assert_names(message, path, "q1", "concept.alpha.id")
    assert "duplicate" in message


def test_unknown_top_level_key(tmp_path):
    path = write(tmp_path, "title = 'x'\n" + VALID)
    assert_names(bank_error(path), path, "-", "title")


def test_extra_questions_fill_every_category(bank):
    extras = [q for q in bank.questions if q.source == "extra"]
    assert len(extras) >= 8
    assert {q.category for q in bank.questions} == {c.id for c in bank.categories}
    assert any(q.kind == "behavioral" for q in extras)
    for q in extras:
        assert all(f.trigger for f in q.follow_ups) and all(f.rule for f in q.red_flags)
        assert any(c.kind == "tool" for c in q.concepts) or q.kind == "behavioral", q.id


def _rules(rule):
    yield rule
    for sub in rule.any_of:
        yield from _rules(sub)


def test_rules_can_be_satisfied_by_the_question_data(bank):
    """A tool-count rule on a question without enough tool concepts would fire on every answer."""
    for q in bank.questions:
        tools = sum(c.kind == "tool" for c in q.concepts)
        for flag in q.red_flags:
            for r in _rules(flag.rule):
                if r.tools_mentioned_below is not None:
                    assert tools >= r.tools_mentioned_below, (q.id, flag.id)
        for f in q.follow_ups:
            assert f.trigger.concept_ids() <= {c.id for c in q.concepts}


MUTANT_VALUES = ["42", "true", "[]", "{}", '""', '"x"', "[1, 2]", '[""]', "1.5", "-1", '{ a = 1 }']


def _mutants():
    lines = VALID.splitlines()
    for i, line in enumerate(lines):
        yield f"drop line {i + 1}", "\n".join(lines[:i] + lines[i + 1 :])
        if " = " in line:
            key = line.split(" = ", 1)[0]
            for value in MUTANT_VALUES:
                yield f"line {i + 1}: {key} = {value}", "\n".join(lines[:i] + [f"{key} = {value}"] + lines[i + 1 :])
    header = '[[category]]\nid = "cat"\nlabel = "Cat"\n'
    for value in MUTANT_VALUES:
        yield f"category = {value}", VALID.replace(header, f"category = {value}\n")
        yield f"top-level question = {value}", f"question = {value}\n" + header
    body = VALID.split("[[question.concept]]")[0]
    for key in ("concept", "red_flag", "follow_up"):
        for value in ("[1, 2]", '["x"]', "[[]]", "5"):
            yield f"{key} = {value}", body.replace('stages = ["one", "two"]', f'stages = ["one", "two"]\n{key} = {value}')
    yield "question as a table", VALID.replace("[[question]]", "[question]").split("[[question.concept]]")[0]
    yield "concept as a table", VALID.replace("[[question.concept]]", "[question.concept]", 1).split("[[question.concept]]")[0]


def test_every_mutation_is_either_valid_or_one_bank_error_line(tmp_path):
    """No edit of a valid file may crash the loader: it loads, or fails with one line naming the file."""
    path = tmp_path / "bank.toml"
    for what, text in _mutants():
        path.write_text(text, encoding="utf-8")
        try:
            load_bank(path)
        except BankError as exc:
            message = str(exc)
            assert "\n" not in message and str(path) in message, (what, message)
        except Exception as exc:  # pragma: no cover - the failure message says which mutation
            pytest.fail(f"{what}: {type(exc).__name__}: {exc}")


@pytest.mark.parametrize("old, new, question, field", [
    ('id = "q1"', 'id = "my drift/x"', "my drift/x", "id"),
    ('id = "q1"', 'id = "two words"', "two words", "id"),
    ('id = "more"', 'id = "more/x"', "q1", "follow_up.more/x.id"),
    ('"cat"', '"c t"', "-", "category.c t.id"),
])
def test_ids_no_command_can_use_are_refused(tmp_path, old, new, question, field):
    """Issue 15 item 6: a space or '/' in an id is refused at load, naming file, question and field."""
    path = write(tmp_path, VALID.replace(old, new))
    message = bank_error(path)
    assert_names(message, path, question, field)
    assert "not a usable id" in message


def test_a_utf8_bom_is_accepted(tmp_path):
    """Issue 15 item 14: a bank saved with a UTF-8 byte-order mark loads like one without."""
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode("utf-8"))
    assert load_bank(path).ids() == ["q1"]


def test_the_same_path_twice_is_read_once(tmp_path, monkeypatch):
    """Issue 15 item 15: `--bank d --bank d` (or `./d` and its absolute path) is one bank, not duplicates."""
    write(tmp_path, VALID)
    monkeypatch.chdir(tmp_path.parent)
    bank = load_bank([tmp_path, Path(tmp_path.name), tmp_path / "bank.toml"])
    assert bank.ids() == ["q1"] and len(bank.sources) == 1


# --------------------------------------------------------------------------- meaning: description, examples, misconceptions


def _all_concepts(bank):
    for q in bank.questions:
        for c in q.concepts:
            yield q, c
        for f in q.follow_ups:
            for c in f.concepts:
                yield q, c


def test_every_bundled_concept_says_its_idea_in_plain_words(bank):
    """Every concept has a short description; every 'concept' kind two or more spoken examples."""
    for q, c in _all_concepts(bank):
        assert c.description and len(c.description) <= 400, (q.id, c.id)
        assert c.description[0].isupper() and c.description[-1] == ".", (q.id, c.id, c.description)
        if c.kind == "concept":
            assert 2 <= len(c.examples) <= 5, (q.id, c.id)
        assert len(set(c.examples)) == len(c.examples), (q.id, c.id)


def test_bundled_descriptions_name_no_tool(bank):
    """A description carries the idea, not a product: tools belong in aliases and examples."""
    tools = {name for _, c in _all_concepts(bank) if c.kind == "tool" for name in (*c.hotwords, c.aliases[0])}
    for q, c in _all_concepts(bank):
        for name in tools:
            assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", c.description, re.I), (q.id, c.id, name)


def test_every_guide_question_has_misconceptions_where_its_red_flags_point(bank):
    with_misconceptions = {q.id for q, c in _all_concepts(bank) if c.misconceptions}
    assert set(GUIDE_IDS) <= with_misconceptions
    said = {m for _, c in _all_concepts(bank) for m in c.misconceptions}
    for claim in [  # the guide's red flags, as a candidate would say them
        "Reproducibility just means we keep backups of the data and the code.",
        "CI/CD for ML is exactly the same as CI/CD for normal software, just run the unit tests.",
        "Concept drift is when the data pipeline breaks or a job fails.",
        "Watching CPU and memory of the pods is enough to know the model is fine.",
        "We simply retrain on a fixed schedule, so there is no need to watch the model.",
    ]:
        assert claim in said, claim


MEANING = (
    'aliases = ["alpha", "alfa"]\n'
    'description = "Alpha means keeping every dataset as an exact version."\n'
    'examples = ["we freeze a copy of the rows we trained on", "each training set gets a snapshot"]\n'
    'misconceptions = ["Alpha just means having backups."]'
)


def test_description_examples_and_misconceptions_load(tmp_path):
    text = VALID.replace('aliases = ["alpha", "alfa"]', MEANING)
    text = text.replace('aliases = ["gamma"]', 'aliases = ["gamma"]\ndescription = "  Gamma, said plainly.  "')
    q = load_bank(write(tmp_path, text)).get("q1")
    alpha = q.concept("alpha")
    assert alpha.description == "Alpha means keeping every dataset as an exact version."
    assert alpha.examples == ("we freeze a copy of the rows we trained on", "each training set gets a snapshot")
    assert alpha.misconceptions == ("Alpha just means having backups.",)
    assert q.follow_up("more").concepts[0].description == "Gamma, said plainly."
    beta = q.concept("beta")  # a custom bank may leave them out
    assert (beta.description, beta.examples, beta.misconceptions) == ("", (), ())


def test_a_misconception_may_name_the_red_flag_it_is_evidence_for(tmp_path):
    """``{ belief, flag }``: for a wrong belief whose red flag does not sound like it."""
    text = VALID.replace('aliases = ["alpha", "alfa"]', MEANING.replace(
        'misconceptions = ["Alpha just means having backups."]',
        'misconceptions = ["Alpha just means having backups.", '
        '{ belief = "Nobody needs alpha once the tests pass.", flag = "no-alpha" }]'))
    alpha = load_bank(write(tmp_path, text)).get("q1").concept("alpha")
    assert alpha.misconceptions == ("Alpha just means having backups.", "Nobody needs alpha once the tests pass.")
    assert alpha.belief_flags == (("Nobody needs alpha once the tests pass.", "no-alpha"),)


@pytest.mark.parametrize("old, new, field, expected", [
    ('description = "Alpha means', 'description = 3 #', "concept.alpha.description", "expected a string, got int"),
    ('description = "Alpha means keeping every dataset as an exact version."', 'description = "  "',
     "concept.alpha.description", "must not be empty"),
    ('description = "Alpha means keeping every dataset as an exact version."', f'description = "{"x" * 401}"',
     "concept.alpha.description", "too long (401 characters; at most 400)"),
    ('examples = ["we freeze a copy of the rows we trained on", "each training set gets a snapshot"]',
     'examples = "we freeze a copy of the rows we trained on"', "concept.alpha.examples",
     "expected a list of strings, got str"),
    ('examples = ["we freeze a copy of the rows we trained on", ', 'examples = [1, ',
     "concept.alpha.examples", "expected a string, got int"),
    ('examples = ["we freeze a copy of the rows we trained on", ', 'examples = ["", ',
     "concept.alpha.examples", "must not be empty"),
    ('misconceptions = ["Alpha just means having backups."]', 'misconceptions = ["ok", " "]',
     "concept.alpha.misconceptions", "must not be empty"),
    ('misconceptions = ["Alpha just means having backups."]', 'misconceptions = { a = 1 }',
     "concept.alpha.misconceptions", "expected a list of sentences or { belief, flag } tables"),
    ('misconceptions = ["Alpha just means having backups."]',
     'misconceptions = [{ belief = "Alpha just means backups.", flag = "no-beta" }]',
     "concept.alpha.misconceptions", "unknown red flag 'no-beta'"),
    ('misconceptions = ["Alpha just means having backups."]',
     'misconceptions = [{ belief = "Alpha just means backups.", flags = "no-alpha" }]',
     "concept.alpha.misconceptions.0.flags", "unknown key"),
    ('misconceptions = [', 'misconception = [', "concept.alpha.misconception", "unknown key"),
    ('examples = [', 'example = [', "concept.alpha.example", "unknown key"),
])
def test_bad_meaning_fields_are_one_line_naming_file_question_and_field(tmp_path, old, new, field, expected):
    text = VALID.replace('aliases = ["alpha", "alfa"]', MEANING)
    assert old in text
    path = write(tmp_path, text.replace(old, new, 1))
    message = bank_error(path)
    assert_names(message, path, "q1", field)
    assert expected in message


def test_bad_meaning_field_in_a_follow_up_names_it(tmp_path):
    path = write(tmp_path, VALID.replace('aliases = ["gamma"]', 'aliases = ["gamma"]\ndescriptoin = "Gamma."'))
    message = bank_error(path)
    assert_names(message, path, "q1", "follow_up.more.concept.gamma.descriptoin")
    assert "unknown key" in message
    path = write(tmp_path, VALID.replace('aliases = ["gamma"]', 'aliases = ["gamma"]\nexamples = [["nested"]]'))
    assert_names(bank_error(path), path, "q1", "follow_up.more.concept.gamma.examples")


def test_every_mutation_of_the_meaning_fields_loads_or_is_one_bank_error_line(tmp_path):
    path = tmp_path / "bank.toml"
    lines = VALID.replace('aliases = ["alpha", "alfa"]', MEANING).splitlines()
    for i, line in enumerate(lines):
        key = line.split(" = ", 1)[0]
        if key not in ("description", "examples", "misconceptions"):
            continue
        for value in MUTANT_VALUES:
            path.write_text("\n".join(lines[:i] + [f"{key} = {value}"] + lines[i + 1:]), encoding="utf-8")
            try:
                concept = load_bank(path).get("q1").concept("alpha")
            except BankError as exc:
                assert "\n" not in str(exc) and f"field 'concept.alpha.{key}'" in str(exc), (key, value, str(exc))
            else:
                assert value in ('"x"', "[]"), (key, value)
                assert getattr(concept, key) in ("x", ()), (key, value)


# --------------------------------------------------------------------------- level and kind (issue 13 item 2)


def test_every_bundled_question_declares_its_level_and_kind():
    """The defaults (no level, kind 'concept') are for custom banks: every shipped question says both."""
    import tomllib

    from voice_interviewer.bank import DEFAULT_BANK_DIR, LEVELS, QUESTION_KINDS

    for path in sorted(DEFAULT_BANK_DIR.glob("*.toml")):
        for raw in tomllib.loads(path.read_text(encoding="utf-8")).get("question", []):
            assert raw.get("level") in LEVELS, (path.name, raw["id"])
            assert raw.get("kind") in QUESTION_KINDS, (path.name, raw["id"])


def test_the_bundled_bank_spans_every_level_and_kind(bank):
    from voice_interviewer.bank import LEVELS, QUESTION_KINDS

    assert {q.level for q in bank.questions} == set(LEVELS)
    assert {q.kind for q in bank.questions} == set(QUESTION_KINDS)


@pytest.mark.parametrize("line, level, kind", [
    ('level = "senior"\nkind = "system-design"', "senior", "system-design"),
    ('level = "Staff"\nkind = "System design"', "staff", "system-design"),
    ('kind = "technical"', "", "concept"),          # banks written before kinds had four values
    ('kind = "behavioural"', "", "behavioral"),
    ('kind = "hands-on"', "", "hands-on"),
    ("", "", "concept"),                             # both optional: no level, kind concept
])
def test_level_and_kind_load_with_their_spellings(tmp_path, line, level, kind):
    q = load_bank(write(tmp_path, VALID.replace('stages = ["one", "two"]', f'stages = ["one", "two"]\n{line}'))).get("q1")
    assert (q.level, q.kind) == (level, kind)


@pytest.mark.parametrize("line, field, expected", [
    ('level = "principal"', "level", "'principal' is not a level (expected one of junior, mid, senior, staff)"),
    ('level = 3', "level", "expected a string, got int"),
    ('level = ""', "level", "must not be empty"),
    ('kind = "trivia"', "kind", "'trivia' is not a kind (expected one of concept, hands-on, system-design, behavioral)"),
    ('kind = ["concept"]', "kind", "expected a string, got list"),
])
def test_a_bad_level_or_kind_is_one_line_naming_file_question_and_field(tmp_path, line, field, expected):
    path = write(tmp_path, VALID.replace('stages = ["one", "two"]', f'stages = ["one", "two"]\n{line}'))
    message = bank_error(path)
    assert_names(message, path, "q1", field)
    assert message.endswith(expected), message


def test_a_bad_follow_up_kind_names_the_follow_up(tmp_path):
    path = write(tmp_path, VALID.replace('text = "Tell me more?"', 'text = "Tell me more?"\nkind = "gossip"'))
    message = bank_error(path)
    assert_names(message, path, "q1", "follow_up.more.kind")
    assert "'gossip' is not a kind" in message


def test_filter_questions_keeps_order_and_needs_every_filter(bank):
    from voice_interviewer.bank import filter_questions

    senior = filter_questions(bank.questions, levels=["senior"])
    assert senior and all(q.level == "senior" for q in senior)
    assert [q.id for q in senior] == [q.id for q in bank.questions if q.level == "senior"]
    both = filter_questions(bank.questions, levels=["senior", "staff"], kinds=["system-design"])
    assert both and all(q.level in ("senior", "staff") and q.kind == "system-design" for q in both)
    assert filter_questions(bank.questions) == list(bank.questions)
    assert bank.only(kinds=["behavioral"]).categories == bank.categories


def test_an_unlevelled_question_is_kept_only_without_a_level_filter(tmp_path):
    from voice_interviewer.bank import filter_questions

    questions = load_bank(write(tmp_path, VALID)).questions
    assert filter_questions(questions, kinds=["concept"]) == list(questions)
    assert filter_questions(questions, levels=["mid"]) == []


# --------------------------------------------------------------------------- --level and --kind through the CLI


def _cli(capsys, *argv):
    from voice_interviewer.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_questions_level_and_kind_filter_the_json_listing(capsys, bank):
    code, out, err = _cli(capsys, "questions", "--json", "--level", "senior,staff", "--kind", "system design")
    import json

    items = json.loads(out)
    expected = [q.id for q in bank.questions if q.level in ("senior", "staff") and q.kind == "system-design"]
    assert code == 0 and err == "" and expected
    assert [q["id"] for q in items] == expected
    assert all(q["level"] in ("senior", "staff") and q["kind"] == "system-design" for q in items)
    code, out, _ = _cli(capsys, "questions", "--json", "--kind", "behavioural", "--kind", "hands-on")
    assert {q["kind"] for q in json.loads(out)} == {"behavioral", "hands-on"}


def test_questions_level_filter_within_a_category_and_as_a_table(capsys, bank):
    code, out, _ = _cli(capsys, "questions", "--category", "core", "--level", "junior")
    assert code == 0 and "lifecycle" in out and "reproducibility" not in out


@pytest.mark.parametrize("argv, expected", [
    (["questions", "--level", "senor"], "error: --level 'senor' is not a level (did you mean: senior?)\n"),
    (["questions", "--kind", "sytem-design"], "error: --kind 'sytem-design' is not a kind (did you mean: system-design?)\n"),
    (["questions", "--kind", "gossip"],
     "error: --kind 'gossip' is not a kind (expected one of concept, hands-on, system-design, behavioral)\n"),
    (["practice", "--level", "juinor", "--silent"], "error: --level 'juinor' is not a level (did you mean: junior?)\n"),
    (["rehearse", "--kind", "behavoural", "--silent"], "error: --kind 'behavoural' is not a kind (did you mean: behavioral?)\n"),
    (["practice", "--question", "lifecycle", "--level", "mid"], "error: --question and --level cannot be used together\n"),
    (["rehearse", "--question", "lifecycle", "--kind", "concept"], "error: --question and --kind cannot be used together\n"),
])
def test_a_bad_filter_is_one_line_and_exit_2(capsys, argv, expected, voice_interviewer_home):
    code, out, err = _cli(capsys, *argv)
    assert (code, out, err) == (2, "", expected)
    assert not (voice_interviewer_home / "sessions").exists()


def test_a_filter_that_leaves_nothing_says_what_the_bank_holds(capsys, tmp_path):
    path = write(tmp_path, VALID.replace('stages = ["one", "two"]', 'stages = ["one", "two"]\nlevel = "mid"'))
    code, out, err = _cli(capsys, "questions", "--bank", str(path), "--level", "staff")
    assert (code, out) == (2, "")
    assert err == "error: no question has level staff (this bank has: mid concept)\n"
    code, _, err = _cli(capsys, "questions", "--bank", str(path), "--category", "cat", "--kind", "behavioral")
    assert code == 2 and err.startswith("error: no question in category 'cat' has kind behavioral (")


@pytest.mark.parametrize("mode", ["practice", "rehearse"])
def test_practice_and_rehearse_ask_only_the_filtered_questions(capsys, tmp_path, bank, mode):
    """A real run with an empty --answers folder: every turn is unanswered, so nothing is transcribed."""
    import json

    answers = tmp_path / "answers"
    answers.mkdir()
    code, out, err = _cli(capsys, mode, "--level", "mid", "--kind", "behavioral", "--count", "9",
                          "--answers", str(answers), "--silent", "--no-follow-ups", "--json")
    expected = {q.id for q in bank.questions if q.level == "mid" and q.kind == "behavioral"}
    asked = [t["question_id"] for t in json.loads(out)["summary"]["turns"]]
    assert code == 0 and set(asked) == expected and len(asked) == len(expected)
    assert f"note: the bank has only {len(expected)} questions matching --level/--kind; asking" in err
