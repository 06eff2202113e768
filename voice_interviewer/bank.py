"""The question bank: strict TOML loading (the dataclasses live in :mod:`.bank_model`).

A bank is a directory of ``*.toml`` files (or single files). Each file may hold
``[[category]]`` tables and ``[[question]]`` tables; see ``questions/README.md`` for the
format. Every loading error is a :class:`BankError` whose message is one line naming the
file, the question id and the field.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, Iterable

from .bank_model import (
    CONCEPT_KINDS, DEFAULT_BANK_DIR, KIND_SPELLINGS, LEVELS, QUESTION_KINDS, USABLE_ID, Bank, Category, Concept,
    FollowUp, Question, RedFlag, Rule, aliases_naming, default_bank_dir, filter_questions, normal_kind,
)
from .errors import BankError

__all__ = ["load_bank", "DEFAULT_BANK_DIR", "CONCEPT_KINDS", "QUESTION_KINDS", "KIND_SPELLINGS", "LEVELS",
           "USABLE_ID", "default_bank_dir", "Concept", "Rule", "RedFlag", "FollowUp", "Question", "aliases_naming",
           "Category", "Bank", "normal_kind", "filter_questions"]


class _Ctx:
    """Where we are in a file, for one-line error messages."""

    def __init__(self, path: Path, question: str = "-", prefix: str = ""):
        self.path, self.question, self.prefix = path, question, prefix

    def at(self, field_name: str) -> "_Ctx":
        joined = f"{self.prefix}.{field_name}" if self.prefix else field_name
        return _Ctx(self.path, self.question, joined)

    def fail(self, message: str) -> BankError:
        where = f"{self.path}: question {self.question!r}"
        if self.prefix:
            where += f", field {self.prefix!r}"
        return BankError(f"{where}: {message}")


def _table(ctx: _Ctx, value: Any, required: set[str], optional: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ctx.fail(f"expected a table, got {type(value).__name__}")
    unknown = sorted(set(value) - required - optional)
    if unknown:
        raise ctx.at(unknown[0]).fail("unknown key")
    missing = sorted(required - set(value))
    if missing:
        raise ctx.at(missing[0]).fail("missing field")
    return value


def _item(ctx: _Ctx, raw: Any, index: int) -> _Ctx:
    """Name a list item by its ``id`` when it has a usable one, else by its position."""
    rid = raw.get("id") if isinstance(raw, dict) else None
    return ctx.at(rid if isinstance(rid, str) and rid.strip() else str(index))


def _str(ctx: _Ctx, value: Any, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise ctx.fail(f"expected a string, got {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise ctx.fail("must not be empty")
    return value.strip() if "\n" not in value else value.strip("\n")


def _usable_id(ctx: _Ctx, value: Any) -> str:
    """An id that commands can take: a space, '/' or '.' would make it unreachable or ambiguous."""
    text = _str(ctx, value)
    if not USABLE_ID.fullmatch(text):
        raise ctx.fail(f"{text!r} is not a usable id (letters, digits, '-' and '_' only)")
    return text


def _kind(ctx: _Ctx, value: Any) -> str:
    kind = normal_kind(_str(ctx, value))
    if kind is None:
        raise ctx.fail(f"{value.strip()!r} is not a kind (expected one of {', '.join(QUESTION_KINDS)})")
    return kind


def _int(ctx: _Ctx, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ctx.fail(f"expected an integer, got {type(value).__name__}")
    return value


def _str_list(ctx: _Ctx, value: Any, *, allow_empty: bool = False) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ctx.fail(f"expected a list of strings, got {type(value).__name__}")
    if not value and not allow_empty:
        raise ctx.fail("must not be empty")
    return tuple(_str(ctx, v) for v in value)


def _seconds(ctx: _Ctx, value: Any) -> tuple[int, int]:
    if not isinstance(value, list) or len(value) != 2:
        raise ctx.fail("expected [min, max] seconds")
    lo, hi = (_int(ctx, v) for v in value)
    if not 0 < lo <= hi:
        raise ctx.fail("expected 0 < min <= max")
    return lo, hi


_RULE_LISTS = {"missing_all", "unmentioned_all", "missing_any", "present_any", "present_all", "negated_any",
               "missing_stages_any"}
_RULE_INTS = {"stages_covered_below", "tools_mentioned_below", "words_below"}
_RULE_BOOLS = {"tools_unexplained", "no_quantified_impact", "blame_language", "generic_only", "always"}


def _rule(ctx: _Ctx, value: Any) -> Rule:
    data = _table(ctx, value, set(), _RULE_LISTS | _RULE_INTS | _RULE_BOOLS | {"any_of"})
    kwargs: dict[str, Any] = {}
    for key, raw in data.items():
        sub = ctx.at(key)
        if key in _RULE_LISTS:
            kwargs[key] = _str_list(sub, raw)
        elif key in _RULE_INTS:
            kwargs[key] = _int(sub, raw)
            if kwargs[key] < 1:
                raise sub.fail("expected an integer >= 1")
        elif key in _RULE_BOOLS:
            if not isinstance(raw, bool):
                raise sub.fail(f"expected true or false, got {type(raw).__name__}")
            kwargs[key] = raw
        else:  # any_of
            if not isinstance(raw, list) or not raw:
                raise sub.fail("expected a non-empty list of rule tables")
            kwargs[key] = tuple(_rule(sub.at(str(i)), r) for i, r in enumerate(raw))
    rule = Rule(**kwargs)
    if rule.is_empty():
        raise ctx.fail("a rule needs at least one condition")
    return rule


#: A description or example is one to three spoken-length sentences: the embedding model reads only the
#: first 128 tokens (about 90 words) of a text, and a long text blurs the one idea it should carry.
MAX_MEANING_CHARS = 400


def _meaning_text(ctx: _Ctx, value: Any) -> str:
    text = _str(ctx, value)
    if len(text) > MAX_MEANING_CHARS:
        raise ctx.fail(f"too long ({len(text)} characters; at most {MAX_MEANING_CHARS})")
    return text


def _meaning_list(ctx: _Ctx, value: Any) -> tuple[str, ...]:
    texts = _str_list(ctx, value, allow_empty=True)
    for text in texts:
        _meaning_text(ctx, text)
    return texts


def _beliefs(ctx: _Ctx, value: Any) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """A concept's ``misconceptions``: each a sentence, or ``{ belief = "…", flag = "<red-flag id>" }``
    when the wrong belief is evidence for a red flag whose wording does not sound like it ("as long as
    the inputs look like the training data, the accuracy cannot have changed" is not understanding
    concept drift). Returns the beliefs and the (belief, flag id) pairs; the ids are checked later."""
    if not isinstance(value, list):
        raise ctx.fail("expected a list of sentences or { belief, flag } tables")
    beliefs, named = [], []
    for i, raw in enumerate(value):
        if isinstance(raw, dict):
            item = _item(ctx, raw, i)
            data = _table(item, raw, {"belief", "flag"}, set())
            belief = _meaning_text(item.at("belief"), data["belief"])
            named.append((belief, _str(item.at("flag"), data["flag"])))
        else:
            belief = _meaning_text(ctx, raw)
        beliefs.append(belief)
    return tuple(beliefs), tuple(named)


def _concepts(ctx: _Ctx, value: Any, stages: tuple[str, ...]) -> tuple[Concept, ...]:
    if not isinstance(value, list) or not value:
        raise ctx.fail("expected a non-empty list of concept tables")
    seen: set[str] = set()
    out = []
    for i, raw in enumerate(value):
        c = _item(ctx, raw, i)
        data = _table(c, raw, {"id", "label", "stage", "aliases"},
                      {"weight", "kind", "hotwords", "description", "examples", "misconceptions", "by_meaning"})
        cid = _str(c.at("id"), data["id"])
        c = _Ctx(ctx.path, ctx.question, f"{ctx.prefix}.{cid}")
        if cid in seen:
            raise c.at("id").fail("duplicate concept id")
        seen.add(cid)
        stage = _str(c.at("stage"), data["stage"])
        if stage not in stages:
            raise c.at("stage").fail(f"unknown stage {stage!r} (stages: {', '.join(stages)})")
        weight = data.get("weight", 1)
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight <= 0:
            raise c.at("weight").fail("expected a positive number")
        kind = data.get("kind", "concept")
        if kind not in CONCEPT_KINDS:
            raise c.at("kind").fail(f"expected one of {', '.join(CONCEPT_KINDS)}")
        description = _meaning_text(c.at("description"), data["description"]) if "description" in data else ""
        by_meaning = data.get("by_meaning", True)
        if not isinstance(by_meaning, bool):
            raise c.at("by_meaning").fail("expected true or false")
        beliefs, belief_flags = _beliefs(c.at("misconceptions"), data.get("misconceptions", []))
        out.append(
            Concept(
                id=cid,
                label=_str(c.at("label"), data["label"]),
                stage=stage,
                weight=float(weight),
                aliases=_str_list(c.at("aliases"), data["aliases"]),
                kind=kind,
                hotwords=_str_list(c.at("hotwords"), data.get("hotwords", []), allow_empty=True),
                description=description,
                examples=_meaning_list(c.at("examples"), data.get("examples", [])),
                misconceptions=beliefs,
                belief_flags=belief_flags,
                by_meaning=by_meaning,
            )
        )
    return tuple(out)


_RULE_CONCEPT_LISTS = ("missing_all", "unmentioned_all", "missing_any", "present_any", "present_all", "negated_any")


def _check_rule_refs(ctx: _Ctx, rule: Rule, concept_ids: set[str], stages: tuple[str, ...]) -> None:
    """Every concept and stage a rule names must exist; the error names the exact condition."""
    for key in _RULE_CONCEPT_LISTS:
        for cid in getattr(rule, key):
            if cid not in concept_ids:
                raise ctx.at(key).fail(f"unknown concept {cid!r}")
    for stage in rule.missing_stages_any:
        if stage not in stages:
            raise ctx.at("missing_stages_any").fail(f"unknown stage {stage!r} (stages: {', '.join(stages)})")
    for i, sub in enumerate(rule.any_of):
        _check_rule_refs(ctx.at(f"any_of.{i}"), sub, concept_ids, stages)


def _question(path: Path, raw: Any, index: int) -> Question:
    qid = raw.get("id") if isinstance(raw, dict) else None
    ctx = _Ctx(path, qid if isinstance(qid, str) and qid else f"#{index + 1}")
    data = _table(
        ctx,
        raw,
        {"id", "category", "prompt", "why", "framework", "stages", "concept", "red_flag", "follow_up"},
        {"kind", "level", "target_seconds", "source"},
    )
    qid = _usable_id(ctx.at("id"), data["id"])
    stages = _str_list(ctx.at("stages"), data["stages"])
    if len(set(stages)) != len(stages):
        raise ctx.at("stages").fail("duplicate stage")
    concepts = _concepts(ctx.at("concept"), data["concept"], stages)
    concept_ids = {c.id for c in concepts}
    kind = _kind(ctx.at("kind"), data.get("kind", "concept"))
    level = _str(ctx.at("level"), data["level"]).lower() if "level" in data else ""
    if level and level not in LEVELS:
        raise ctx.at("level").fail(f"{level!r} is not a level (expected one of {', '.join(LEVELS)})")

    flags_raw = data["red_flag"]
    if not isinstance(flags_raw, list) or not flags_raw:
        raise ctx.at("red_flag").fail("expected a non-empty list of red_flag tables")
    flags, flag_ids = [], set()
    for i, fr in enumerate(flags_raw):
        fctx = _item(ctx.at("red_flag"), fr, i)
        fdata = _table(fctx, fr, {"id", "text", "rule"}, set())
        fid = _str(fctx.at("id"), fdata["id"])
        fctx = ctx.at(f"red_flag.{fid}")
        if fid in flag_ids:
            raise fctx.at("id").fail("duplicate red flag id")
        flag_ids.add(fid)
        rule = _rule(fctx.at("rule"), fdata["rule"])
        _check_rule_refs(fctx.at("rule"), rule, concept_ids, stages)
        flags.append(RedFlag(id=fid, text=_str(fctx.at("text"), fdata["text"]), rule=rule))
    for c in concepts:
        for belief, fid in c.belief_flags:
            if fid not in flag_ids:
                raise ctx.at(f"concept.{c.id}.misconceptions").fail(
                    f"unknown red flag {fid!r} for {belief!r} (red flags: {', '.join(sorted(flag_ids))})")

    fus_raw = data["follow_up"]
    if not isinstance(fus_raw, list) or not fus_raw:
        raise ctx.at("follow_up").fail("expected a non-empty list of follow_up tables")
    follow_ups, fu_ids = [], set()
    for i, fr in enumerate(fus_raw):
        fctx = _item(ctx.at("follow_up"), fr, i)
        fdata = _table(fctx, fr, {"id", "text", "trigger", "concept"}, {"stages", "target_seconds", "kind"})
        fid = _usable_id(fctx.at("id"), fdata["id"])
        fctx = ctx.at(f"follow_up.{fid}")
        if fid in fu_ids:
            raise fctx.at("id").fail("duplicate follow-up id")
        fu_ids.add(fid)
        trigger = _rule(fctx.at("trigger"), fdata["trigger"])
        _check_rule_refs(fctx.at("trigger"), trigger, concept_ids, stages)
        fstages = _str_list(fctx.at("stages"), fdata.get("stages", ["answer"]))
        fkind = _kind(fctx.at("kind"), fdata.get("kind", "concept"))
        follow_ups.append(
            FollowUp(
                id=fid,
                text=_str(fctx.at("text"), fdata["text"]),
                trigger=trigger,
                concepts=_concepts(fctx.at("concept"), fdata["concept"], fstages),
                stages=fstages,
                target_seconds=_seconds(fctx.at("target_seconds"), fdata.get("target_seconds", [45, 90])),
                kind=fkind,
                parent_id=qid,
            )
        )

    source = data.get("source", "guide")
    if source not in ("guide", "extra"):
        raise ctx.at("source").fail("expected 'guide' or 'extra'")
    return Question(
        id=qid,
        category=_str(ctx.at("category"), data["category"]),
        prompt=_str(ctx.at("prompt"), data["prompt"]),
        why=_str(ctx.at("why"), data["why"]),
        framework=_str(ctx.at("framework"), data["framework"]),
        stages=stages,
        concepts=concepts,
        red_flags=tuple(flags),
        follow_ups=tuple(follow_ups),
        kind=kind,
        target_seconds=_seconds(ctx.at("target_seconds"), data.get("target_seconds", [60, 120])),
        source=source,
        path=str(path),
        level=level,
    )


def _files(paths: Iterable[Path]) -> list[Path]:
    """The bank's files in order; a file named twice (``--bank q --bank ./q``) is read once."""
    files: dict[Path, Path] = {}
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = sorted(p.glob("*.toml"))
            if not found:
                raise BankError(f"{p}: no *.toml question files in this directory")
        elif p.is_file():
            found = [p]
        else:
            raise BankError(f"{p}: no such file or directory")
        for f in found:
            files.setdefault(f.resolve(), f)
    return list(files.values())


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")  # a BOM (as some Windows editors save) is not TOML
    except UnicodeDecodeError:
        raise BankError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise BankError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BankError(_syntax_message(path, text, str(exc))) from None


def _syntax_message(path: Path, text: str, message: str) -> str:
    """``file:line: question 'id': TOML syntax error: …`` — the question is the one the line is in."""
    found = re.search(r"\(at line (\d+), column \d+\)", message)
    if not found:
        return f"{path}: TOML syntax error: {message}"
    line = int(found.group(1))
    question, in_question = "-", False
    for raw in text.splitlines()[: line - 1]:
        stripped = raw.strip()
        if stripped.startswith("[") and not stripped.startswith("[[question."):
            question, in_question = "-", stripped == "[[question]]"
        elif in_question and question == "-" and (m := re.match(r'id\s*=\s*"([^"]+)"', stripped)):
            question = m.group(1)
    return f"{path}:{line}: question {question!r}: TOML syntax error: {message}"


def load_bank(paths: Path | str | Iterable[Path | str] | None = None) -> Bank:
    """Load and strictly validate a bank from files and/or directories."""
    if paths is None:
        paths = [default_bank_dir()]
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    files = _files(Path(p) for p in paths)
    questions: list[Question] = []
    categories: dict[str, Category] = {}
    where: dict[str, Path] = {}
    for path in files:
        doc = _read_toml(path)
        unknown = sorted(set(doc) - {"question", "category"})
        if unknown:
            raise BankError(f"{path}: question '-', field {unknown[0]!r}: unknown key")
        raw_categories = doc.get("category", [])
        if not isinstance(raw_categories, list):
            raise BankError(f"{path}: question '-', field 'category': expected [[category]] tables")
        for i, raw in enumerate(raw_categories):
            cctx = _item(_Ctx(path, "-", "category"), raw, i)
            data = _table(cctx, raw, {"id", "label"}, set())
            cid = _usable_id(cctx.at("id"), data["id"])
            if cid in categories:
                raise cctx.at("id").fail(f"duplicate category id {cid!r}")
            categories[cid] = Category(cid, _str(cctx.at("label"), data["label"]))
        raw_questions = doc.get("question", [])
        if not isinstance(raw_questions, list):
            raise BankError(f"{path}: question '-', field 'question': expected [[question]] tables")
        for i, raw in enumerate(raw_questions):
            q = _question(path, raw, i)
            if q.id in where:
                raise BankError(f"{path}: question {q.id!r}, field 'id': duplicate id (also in {where[q.id]})")
            where[q.id] = path
            questions.append(q)
    if not questions:
        raise BankError(f"{', '.join(map(str, files))}: no questions found")
    for q in questions:
        if q.category not in categories:
            known = ", ".join(categories) or "none defined"
            raise BankError(
                f"{q.path}: question {q.id!r}, field 'category': unknown category {q.category!r} (categories: {known})"
            )
    # The guide's questions come first whatever the file names, then the rest in file order;
    # categories follow the order in which the questions use them.
    questions.sort(key=lambda q: q.source != "guide")
    used = list(dict.fromkeys(q.category for q in questions))
    ordered = [categories[c] for c in used] + [c for cid, c in categories.items() if cid not in used]
    return Bank(questions=tuple(questions), categories=tuple(ordered), sources=tuple(map(str, files)))
