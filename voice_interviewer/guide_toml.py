"""The imported bank as commented TOML, for a person to review (pure: tables in, text out)."""

from __future__ import annotations

import json
from typing import Any

from .guide_draft import BuiltBank
from .guide_text import _clip

__all__ = ["to_toml"]


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v) if not isinstance(v, float) or not v.is_integer() else str(int(v)) if False else repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def _kv(key: str, value: Any) -> str:
    return f"{key} = {_value(value)}"


def to_toml(built: BuiltBank, *, source_name: str = "") -> str:
    """The bank as commented TOML: every generated part says which words of the guide it came from."""
    g = built.guide
    out = [
        f"# Imported from {source_name or g.path} by `voice-interviewer questions import`.",
        "#",
        "# prompt / why / framework / red_flag.text / follow_up.text are the guide's own words. Everything",
        "# else was derived from them and is meant to be reviewed: concepts from the framework's parts (their",
        "# descriptions are what answers are matched against by meaning), tools from the product names in the",
        "# text, red-flag rules from each red flag's wording, follow-up triggers from each follow-up's topic.",
        "# Then run `voice-interviewer questions lint` (mis-hearings, overlaps, rules that cannot fire) and",
        "# `voice-interviewer questions check`. See questions/README.md.",
        "",
    ]
    for cid, label in built.categories:
        out += ["[[category]]", _kv("id", cid), _kv("label", label), ""]
    for q in built.questions:
        out += [f"# {'=' * 72} {q.id}", f"# {g.path}:{q.line}", "[[question]]", _kv("id", q.id),
                _kv("category", q.category), 'source = "guide"']
        if q.kind == "behavioral":
            out.append('kind = "behavioral"')
        out += [_kv("prompt", q.prompt), _kv("why", q.why), _kv("framework", q.framework),
                _kv("stages", q.stages), ""]
        for c in q.concepts:
            if c.source:
                out.append(f"# from: {_clip(c.source, 150)}")
            out += ["[[question.concept]]"] + [_kv(k, v) for k, v in c.table().items()] + [""]
        for rf in q.red_flags:
            if rf.get("_note"):
                out.append(f"# {rf['_note']}")
            out += ["[[question.red_flag]]", _kv("id", rf["id"]), _kv("text", rf["text"]), _kv("rule", rf["rule"]), ""]
        for fu in q.follow_ups:
            if fu.get("_note"):
                out.append(f"# trigger: {fu['_note']}")
            out += ["[[question.follow_up]]"]
            out += [_kv(k, v) for k, v in fu.items() if k not in ("concept", "_note")]
            out.append("")
            for c in fu["concept"]:
                out += ["[[question.follow_up.concept]]"] + [_kv(k, v) for k, v in c.items()] + [""]
    return "\n".join(out).rstrip() + "\n"
