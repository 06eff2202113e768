"""Words of a guide for `questions import`: sentences and lists split, stems, slugs, labels, aliases.

Pure string work shared by :mod:`voice_interviewer.guide_build` (framework → concepts),
:mod:`voice_interviewer.guide_tools` and :mod:`voice_interviewer.guide_rules`. Nothing here knows one
guide: the word lists are about how any guide writes, not what it is about.
"""

from __future__ import annotations

import re

from .matching import stem

MAX_TEXT = 400  # the loader's limit for a description, example or misconception

# ----------------------------------------------------------------------------- words

_STOP = frozenset(
    """a an the and or of to in on at for with by from as is are was were be been being it its this that these
    those there here we i you your they our my their us me them what which who whom when where how why all any
    some each every both few more most other such no nor not only own same than too very can will just do does
    did done have has had having would should could also then else into onto over under about up down out off
    again once use used using like e g eg etc i.e ie such via per vs versus way ways may might must shall
    specific specifically crucial key important clear clearly particular various different typical typically
    perhaps e.g. it's whether while within across between against without through during before after
    """.split()
)
#: Instruction words that open a framework sentence ("Discuss …", "Explain how …"): not part of any concept.
_INSTRUCTIONS = re.compile(
    r"^(?:(?:start|begin|end|finish) (?:with|by)|discuss(?:ing)?|explain(?:ing)?(?: that| how| why| what)?|"
    r"detail(?:ing)?(?: how you(?:'d| would)?| your experience with| the)?|describe(?: how| your| the)?|"
    r"mention(?:ing)?(?: tools like| tools such as)?|provide(?: an| a| specific| concrete)*(?: examples?)?(?: of"
    r"(?: how)?| where| when)?|highlight(?:ing)?|cover(?:ing)?|talk about|outline|show(?: how)?|"
    r"emphasi[sz]e|focus on|walk through|list|name|choose|use|include|address|then|and finally|finally|"
    r"pick|set|derive|agree(?: on)?|define|review|forecast|publish|declare|assign|record|make sure|ensure|"
    r"next|also|first|second|third|lastly)\b[\s,:]*",
    re.I,
)
#: Words that say a sentence is about quantifying the result, which the scorer measures on its own.
_QUANTIFY = re.compile(r"\bquantif(?:y|ying|ied)\b", re.I)


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (no stopwords, no one-letter words)."""
    words = re.findall(r"[A-Za-z][A-Za-z0-9'’-]*", text)
    out = []
    for w in words:
        w = w.lower().replace("’", "'")
        for part in w.split("-"):
            if part and part not in _STOP and len(part) > 1:
                out.append(stem(part))
    return out


def slug(text: str, *, words: int = 5) -> str:
    """An id from text: its first meaningful words, lower case, joined with '-'."""
    found = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", text.replace("'", "").replace("’", ""))]
    keep = [w for w in found if w not in _STOP and w not in _QUESTION_WORDS]
    keep = keep or found or ["item"]
    return "-".join(keep[:words])


_QUESTION_WORDS = frozenset(
    "walk me through tell describe explain give talk share can could would do does did experience".split())


def _unique(ident: str, taken: set[str], sep: str = "-") -> str:
    """``ident``, or ``ident-2``, ``ident-3``… (with ``sep``), whichever is not taken yet; now taken."""
    base, n = ident, 2
    while ident in taken:
        ident = f"{base}{sep}{n}"
        n += 1
    taken.add(ident)
    return ident


def _sentence_case(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def _clip(text: str, limit: int = MAX_TEXT) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


# ----------------------------------------------------------------------------- splitting


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph; "e.g.", "i.e." and numbers like "99.9%" do not end one."""
    guarded = re.sub(r"\b(e\.g|i\.e|etc|vs|approx)\.", lambda m: m.group(0).replace(".", "\x00"), text, flags=re.I)
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z'\"(])", guarded)
    return [p.replace("\x00", ".").strip() for p in parts if p.strip()]


def split_top(text: str) -> list[str]:
    """Items of a list at the top level (outside parentheses and quotes): commas, semicolons,
    "then", "and finally", "and", "or"."""
    items: list[str] = []
    cur: list[str] = []
    depth, quote = 0, False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "'" and (i == 0 or not text[i - 1].isalpha()):
            quote = True
        elif ch == "'" and quote and (i + 1 == len(text) or not text[i + 1].isalpha()):
            quote = False
        if depth == 0 and not quote and (ch in ",;" or (text.startswith(" and ", i) and text[:i].rstrip().endswith(")"))):
            if ch == " ":
                i += 5
                items.append("".join(cur))
                cur = []
                continue
            items.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    items.append("".join(cur))
    out = []
    for item in items:
        for piece in re.split(r"\s+(?:and then|then|and finally|finally|as well as)\s+", item):
            out.append(piece)
    cleaned = []
    for piece in out:
        piece = re.sub(r"^\s*(?:and|or|then|and finally|finally|plus|but also)\b\s*", "", piece.strip(), flags=re.I)
        piece = piece.strip(" .;:")
        if piece:
            cleaned.append(piece)
    return cleaned


def head_and_inner(item: str) -> tuple[str, list[str]]:
    """("data ingestion/preparation", ["feature engineering", "data versioning"]) from
    "data ingestion/preparation (feature engineering, data versioning)"."""
    inner: list[str] = []
    for m in re.finditer(r"\(([^()]*)\)", item):
        body = re.sub(r"^\s*(?:e\.g\.,?|i\.e\.,?|such as|like|for example,?|including)\s*", "", m.group(1), flags=re.I)
        inner += split_top(body)
    head = re.sub(r"\s*\([^()]*\)", "", item).strip()
    return head, inner


def first_clause(prompt: str) -> str:
    m = re.match(r"(.+?[?.])(\s|$)", prompt)
    return m.group(1) if m else prompt


def _phrase_label(text: str) -> str:
    text = _INSTRUCTIONS.sub("", text.strip())
    text = _INSTRUCTIONS.sub("", text)
    text = re.sub(r"^(?:the|a|an|your|how you(?:'d| would)?|how|that|what)\s+", "", text, flags=re.I)
    return text.strip(" .,:;")


#: "Data versioning, as part of data ingestion/preparation." was measured worse than "Data versioning." once
#: parts were split finely: the shared stage words made a part's concepts too alike to tell apart by meaning
#: (seed import, pairwise holdout 0.695 -> 0.744, fresh 0.744 -> 0.778 with tools undescribed).
DESCRIBE_STAGE = False


def _describe(label: str, stage: str, context: str) -> str:
    """A plain description from the guide's own words: the idea, and the part of the answer it belongs to."""
    label = _sentence_case(label)
    if stage and stage.lower() not in label.lower() and DESCRIBE_STAGE:
        text = f"{label}, as part of {stage}."
    else:
        text = f"{label}."
    context = context.strip()
    if context and context.lower() != label.lower() and len(context.split()) > 12:
        text += f" {_sentence_case(context)}"
        if not text.endswith((".", "?", "!")):
            text += "."
    return _clip(text)


def _aliases_for(phrase: str) -> list[str]:
    """Ways to say a concept phrase: itself, its slash alternatives ("ingestion/preparation"), without
    a leading qualifier."""
    phrase = re.sub(r"\s*\([^()]*\)", "", phrase).strip(" .,;:'\"")
    phrase = re.sub(r"^(?:the|a|an|your|our|its|their)\s+", "", phrase, flags=re.I)
    out = [phrase]
    m = re.match(r"^(.*?)(\b\w+)/(\w+\b)(.*)$", phrase)
    if m and phrase.upper() != phrase and "/" not in m.group(4) and not re.fullmatch(r"[A-Z]+/[A-Z]+", m.group(2) + "/" + m.group(3)):
        pre, a, b, post = m.groups()
        out += [f"{pre}{a}{post}".strip(), f"{pre}{b}{post}".strip(), f"{b}{post}".strip(), f"{pre}{a}".strip(),
                a if len(a) >= 6 else ""]
    # a long phrase ("setting up alerts for anomalies and integrating these into a dashboard") is also
    # said by its distinctive words: "alerts", "anomalies", "dashboard", and pairs of them
    words = re.findall(r"[A-Za-z][A-Za-z0-9'-]*", phrase)
    if len(words) >= 4:
        keys = [w for w in words if _key_word(w)]
        out += keys
        out += [f"{a} {b}" for a, b in zip(words, words[1:]) if _key_word(a) and _key_word(b)]
    return [a for a in dict.fromkeys(out) if len(a) >= 2]


#: Words too common in any guide to say which idea is meant on their own.
_PLAIN = frozenset(stem(w) for w in """model models data system systems service services team teams work production
    process processes example examples specific different using used these those exact various across between
    within machine learning solution solutions ensure ensuring provide tools tool approach deploy deployment
    experience project projects things problem problems issue issues trained rather level levels client clients
    quarter spent pause every target targets owner result results""".split())


def _key_word(word: str) -> bool:
    w = word.lower()
    return len(w) >= 5 and w not in _STOP and stem(w) not in _PLAIN and stem(w) not in _GENERIC_WORDS \
        and not w.endswith(("ing", "ly", "ed")) and w not in _VERBS


#: Verbs that open a framework's clauses ("reflect", "measure"): never an idea's name on their own.
_VERBS = frozenset("""reflect reflects measure measures derive derives agree agrees choose pick define review
    build builds track tracks record records publish declare assign write explain detail discuss mention provide
    improve improves reduce reduces increase increases accelerate accelerates integrate integrates ensure makes
    takes handle handles manage manages create creates enable enables allow allows automate automates""".split())


_GENERIC_WORDS = frozenset(stem(w) for w in """
    lack limited experience inability ability explain explaining describe describing mention mentioning
    failing fail omitting omit focusing focus only solely addressing address answer answers generic vague
    understanding understand knowledge familiarity importance benefit benefits tool tools framework frameworks
    step steps specific context ml mlop production-grade practical perspective emphasis example examples
    technical detail details challenge challenges approach handle handling manage managing ensure process
    problem problems solution solutions concept role strategy strategies considerations consideration
    choosing choose determine
    """.split())


def _stems(text: str) -> set[str]:
    """Meaningful stems, long ones cut to their first 8 letters so that a word's family meets
    ("containerization" and "containerize", "orchestration" and "orchestrating")."""
    return {s[:8] for s in content_stems(text) if s not in _GENERIC_WORDS}
