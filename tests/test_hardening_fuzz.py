"""Property tests (hypothesis): the bank loader and the scorer never crash on what people feed them.

* Bank loader: arbitrary TOML-shaped data (a valid bank with random mutations — keys dropped,
  values of the wrong type, unknown keys, ids that clash — and wholly arbitrary nested tables,
  and raw bytes) written to a file either loads or gives the one-line BankError naming the file;
  never another exception.
* Scoring: arbitrary unicode text (alone, and mixed with each question's own aliases and
  negations so the matchers really run) gives a verdict with score in 0–100 and coverage in 0–1,
  the same verdict every time, and a JSON form that round-trips.

Example counts are modest (the CPU is shared) and deadlines are off (timing is for benchmarks).
"""

from __future__ import annotations

import json
import math
import tempfile
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voice_interviewer.bank import load_bank
from voice_interviewer.errors import BankError
from voice_interviewer.scoring import Verdict, score_answer

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --------------------------------------------------------------------------- a small TOML writer
# (no TOML writer is a dependency; inline tables and arrays can express any nesting)


def _key(k: str) -> str:
    return _string(k)


def _string(s: str) -> str:
    out = []
    for ch in s:
        n = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 0x20 <= n < 0x7F:
            out.append(ch)
        else:  # TOML basic strings: \uXXXX, or \UXXXXXXXX beyond the BMP (no surrogate pairs)
            out.append(f"\\u{n:04x}" if n <= 0xFFFF else f"\\U{n:08x}")
    return '"' + "".join(out) + '"'


def _value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        text = repr(v)
        return text if any(c in text for c in ".en") else text + ".0"
    if isinstance(v, str):
        return _string(v)
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_key(k)} = {_value(x)}" for k, x in v.items()) + "}"
    raise TypeError(type(v))


def to_toml(data: dict) -> str:
    return "".join(f"{_key(k)} = {_value(v)}\n" for k, v in data.items())


# --------------------------------------------------------------------------- strategies

VALID = tomllib.loads((Path(__file__).resolve().parents[1] / "questions" / "guide.toml").read_text("utf-8"))
VALID = {"category": VALID["category"][:1], "question": VALID["question"][:1]}
VALID["question"][0]["category"] = VALID["category"][0]["id"]

scalars = st.one_of(
    st.none(),  # stands for "drop this key"
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=20),
)
toml_values = st.recursive(
    scalars.filter(lambda v: v is not None),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(min_size=1, max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def _paths(node, prefix=()):
    """Every (path) to a value inside the valid bank, for targeted mutations."""
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, prefix + (i,))


ALL_PATHS = [p for p in _paths(VALID) if p]


@st.composite
def mutated_banks(draw):
    """The valid bank with 1–4 random edits: drop, retype, add an unknown key, or clash ids."""
    import copy

    data = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(ALL_PATHS))
        parent = data
        try:
            for step in path[:-1]:
                parent = parent[step]
            last = path[-1]
            parent[last]
        except (KeyError, IndexError, TypeError):
            continue
        action = draw(st.sampled_from(["drop", "retype", "unknown-key", "duplicate", "empty"]))
        if action == "drop":
            del parent[last]
        elif action == "retype":
            parent[last] = draw(toml_values)
        elif action == "unknown-key" and isinstance(parent[last], dict):
            parent[last][draw(st.text(min_size=1, max_size=8))] = draw(toml_values)
        elif action == "duplicate" and isinstance(parent[last], list) and parent[last]:
            parent[last].append(copy.deepcopy(parent[last][0]))
        elif action == "empty":
            parent[last] = type(parent[last])() if isinstance(parent[last], (list, dict, str)) else 0
    return data


def _check_load(text: str | bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.toml"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        try:
            bank = load_bank(path)
        except BankError as exc:
            message = str(exc)
            assert message and "\n" not in message and "\r" not in message, message
            assert str(path) in message, message
            return
        assert bank.questions  # loaded: usable
        for q in bank.questions:
            score_answer(q, "we version the data and monitor drift")


@FUZZ
@given(mutated_banks())
def test_mutated_bank_loads_or_gives_one_line_bank_error(data):
    _check_load(to_toml(data))


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from(["category", "question", "title", "x"]) | st.text(min_size=1, max_size=6),
        toml_values,
        max_size=4,
    )
)
def test_arbitrary_toml_tables_load_or_give_one_line_bank_error(data):
    _check_load(to_toml(data))


@FUZZ
@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_arbitrary_bytes_load_or_give_one_line_bank_error(raw):
    _check_load(raw)


def test_the_toml_writer_round_trips_the_valid_bank():
    assert tomllib.loads(to_toml(VALID)) == VALID
    _check_load(to_toml(VALID))


# --------------------------------------------------------------------------- scoring

BANK = load_bank()
ITEMS = [q for q in BANK.questions] + [f for q in BANK.questions for f in q.follow_ups]
WORDS = sorted({a for item in ITEMS for c in item.concepts for a in c.aliases[:2]})
GLUE = [
    "we",
    "never",
    "not",
    "didn't",
    "because",
    "so that",
    "40%",
    "two weeks",
    "um",
    "uh",
    "like",
    ",",
    ".",
    "their fault",
    "reduced",
    "from 3 days to 2 hours",
    "Situation:",
    "I led",
]

unicode_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
answer_like = st.lists(st.sampled_from(WORDS + GLUE) | st.text(max_size=12), max_size=60).map(" ".join)


def _check_verdict(item, text: str) -> None:
    v1 = score_answer(item, text)
    data = v1.to_json()
    assert 0.0 <= data["score"] <= 100.0 and math.isfinite(data["score"]), data["score"]
    assert 0.0 <= data["coverage"] <= 1.0, data["coverage"]
    assert data["transcript"] == text or data["transcript"].strip() == text.strip()
    for c in data["concepts"]:
        ev = c["evidence"]
        if ev is not None:  # quoted evidence is really in the answer, where it says
            assert data["transcript"][ev["start_char"] : ev["end_char"]] == ev["quote"]
    assert score_answer(item, text).to_json() == data  # deterministic
    json.dumps(data)
    assert Verdict.from_json(data).to_json() == data  # replay re-reads exactly this


@FUZZ
@given(st.sampled_from(ITEMS), unicode_text)
def test_scoring_arbitrary_unicode(item, text):
    _check_verdict(item, text)


@FUZZ
@given(st.sampled_from(ITEMS), answer_like)
def test_scoring_answer_like_word_salad(item, text):
    _check_verdict(item, text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00",
        "\u200b" * 50,
        "💥" * 2000,
        "9" * 5000,
        "never " * 500,
        "DVC " * 1000,
        "İstanbul ǅ ﬁ ß" * 20,
        "\r\n\t" * 30,
    ],
)
def test_scoring_edge_texts(text):
    for item in (BANK.get("lifecycle"), BANK.get("challenging-project"), BANK.get("lifecycle").follow_ups[0]):
        _check_verdict(item, text)
