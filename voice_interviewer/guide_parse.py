"""Reading an interview guide (plain text or markdown) into its parts: categories and, per question,
the question, why it is asked, the answer framework, the red flags and the follow-ups.

Pure: text in, :class:`Guide` out. Guides are written by people, so the reader is tolerant:

* a question starts at ``Q1.``, ``Question 2:``, a numbered line (``3)``, ``### 4.``) or a markdown
  heading — when a *why* or *framework* part follows it before the next question;
* parts are found by their labels, on their own line or in front of their text ("Why you'll be asked
  this: …", "**How to answer**", "### Red flags", "Follow-up questions:"), with ``#``, ``**``, ``_``
  and trailing colons ignored;
* bullets may be ``•``, ``-``, ``*``, ``+``, ``·``, ``1.`` or ``a)``. When a guide lists red flags and
  follow-ups under no label (as the seed guide does), a bullet that asks something ("How do you…?",
  "Describe a time…") is a follow-up and any other is a red flag;
* a category is a heading, or a short line without a full stop, that comes before a question;
* an id can be given in braces at the end of a question, red flag or follow-up line (``{#drift}``).

What cannot be read is collected, one :class:`Problem` per line (file, line, what was expected);
text outside any question (a salary table, an advert) is reported as skipped, which is not an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Guide", "GuideItem", "GuideQuestion", "Problem", "parse_guide", "is_follow_up_wording"]


@dataclass(frozen=True)
class Problem:
    """Something the reader could not make sense of (``error``) or left out (``skipped``)."""

    path: str
    line: int
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class GuideItem:
    """One red flag or follow-up, as worded in the guide."""

    text: str
    line: int
    id: str = ""


@dataclass(frozen=True)
class GuideQuestion:
    prompt: str
    line: int
    category: str
    why: str = ""
    framework: str = ""
    #: the framework's own list items, when the guide gives it as a list ("1. Ingestion: …")
    framework_items: tuple[str, ...] = ()
    red_flags: tuple[GuideItem, ...] = ()
    follow_ups: tuple[GuideItem, ...] = ()
    id: str = ""


@dataclass(frozen=True)
class Guide:
    path: str
    title: str
    questions: tuple[GuideQuestion, ...]
    categories: tuple[str, ...]
    problems: tuple[Problem, ...] = field(default=())

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]


# ----------------------------------------------------------------------------- lines

_BULLET = re.compile(r"^\s*(?:[•·▪◦‣●○■□➤►\-*+–—]|\(?[0-9]{1,2}[.)]|\(?[a-zA-Z][.)](?=\s))\s+")
_HEADING = re.compile(r"^\s*(#{1,6})\s+")
_QMARK = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:Q(?:uestion)?\s*#?\s*(\d+)\s*[.:)\-–—]|Q(\d+)\b)\s*", re.I)
_NUMBERED = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(\d{1,3})\s*[.)]\s+")
_ID = re.compile(r"\s*\{#([A-Za-z0-9][A-Za-z0-9_-]*)\}\s*$")
_RULE = re.compile(r"^\s*([-*_=])(\s*\1){2,}\s*$")  # a markdown horizontal rule
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)")

_LABELS = {
    "why": ("why you'll be asked", "why you will be asked", "why you’ll be asked", "why it's asked",
            "why it is asked", "why this is asked", "why interviewers ask", "why they ask", "why it matters",
            "why this matters", "why we ask", "why this question", "what they're testing", "what they are testing",
            "what it tests", "purpose", "why"),
    "framework": ("answer framework", "how to answer", "how to structure your answer", "what a good answer covers",
                  "what good looks like", "a strong answer", "strong answer", "model answer", "sample answer outline",
                  "answer outline", "framework", "key points", "what to cover"),
    "red_flags": ("red flags", "red flag", "pitfalls", "common pitfalls", "common mistakes", "mistakes to avoid",
                  "what to avoid", "avoid", "warning signs", "weak answers", "anti-patterns"),
    "follow_ups": ("follow-up questions", "follow up questions", "followup questions", "likely follow-ups",
                   "possible follow-ups", "follow-ups", "follow ups", "followups", "follow-up", "follow up",
                   "probing questions", "next questions"),
}

#: How a follow-up begins when a guide does not label it: it asks, or it tells the candidate to tell.
_ASKING = frozenset(
    "how what why when where which who whom can could would should do does did have has is are was were will "
    "describe tell walk explain give talk share imagine suppose say".split()
)


def plain(text: str) -> str:
    """A line without markdown emphasis, heading marks and surrounding space."""
    text = _HEADING.sub("", text)
    text = _EMPHASIS.sub("", text)
    return " ".join(text.split()).strip()


def is_follow_up_wording(text: str) -> bool:
    """Does an unlabelled list item read as a question to ask next (rather than a red flag)?"""
    words = re.findall(r"[A-Za-z']+", text)
    return text.rstrip().endswith("?") or bool(words and words[0].lower() in _ASKING)


def _label(line: str) -> tuple[str, str] | None:
    """``(part, rest of the line)`` when the line starts with a part's label."""
    text = plain(_BULLET.sub("", line) if not _HEADING.match(line) else line)
    low = text.lower().replace("’", "'")
    for part, labels in _LABELS.items():
        for label in labels:
            if not low.startswith(label):
                continue
            rest = text[len(label):]
            if rest and rest[0].isalnum():
                continue  # "Frameworks I like…" is not the label "framework"
            stripped = rest.lstrip()
            # a label stands alone, or is followed by ':' / '—' and its text ("Why: …")
            if not stripped:
                return part, ""
            if stripped[0] in ":-–—.":
                return part, stripped[1:].strip()
            if label in ("why", "purpose", "avoid", "framework", "follow-up", "follow up", "strong answer",
                         "key points", "what to cover"):
                continue  # a sentence that merely starts with the word ("Why do you…?")
            if part == "why" and label.startswith("why you"):  # "Why you'll be asked this: …"
                rest2 = re.sub(r"^\s*(this|this question|it)\b", "", stripped, flags=re.I).lstrip()
                if not rest2:
                    return part, ""
                if rest2[0] in ":-–—.":
                    return part, rest2[1:].strip()
            continue
    return None


def _question_start(line: str) -> tuple[str, str, bool] | None:
    """``(prompt, id, certain)`` for a line that may start a question; ``certain`` for ``Q1.`` forms."""
    m = _QMARK.match(line)
    certain = bool(m)
    if not m:
        m = _NUMBERED.match(line)
    if not m:
        if not _HEADING.match(line):
            return None
        text = line
    else:
        text = line[m.end():]
    text = plain(text)
    ident = ""
    found = _ID.search(text)
    if found:
        ident, text = found.group(1), text[: found.start()].rstrip()
    text = text.strip(" :")
    if len(text) < 8 or _label(line) is not None:
        return None
    return text, ident, certain


def _item(line: str, number: int) -> GuideItem:
    text = plain(_BULLET.sub("", line))
    ident = ""
    found = _ID.search(text)
    if found:
        ident, text = found.group(1), text[: found.start()].rstrip()
    return GuideItem(text, number, ident)


def _is_category(line: str) -> bool:
    """A line that can name a category: a heading, or a short line with no sentence ending."""
    if _BULLET.match(line) and not _HEADING.match(line):
        return False
    text = plain(line)
    if not text or len(text) > 90 or _label(line) is not None:
        return False
    return bool(_HEADING.match(line)) or not text.endswith((".", "?", "!", ":", ","))


# ----------------------------------------------------------------------------- reading


def parse_guide(text: str, path: str = "<guide>") -> Guide:
    """Read a guide; problems are collected in ``Guide.problems`` rather than raised."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    starts = _find_starts(lines)
    problems: list[Problem] = []
    title = next((plain(ln) for ln in lines if plain(ln)), "")
    questions: list[GuideQuestion] = []
    categories: list[str] = []
    category = ""
    for k, (at, prompt, ident) in enumerate(starts):
        # the category is the last heading-like line between the previous question's end and this one
        lo = starts[k - 1][0] + 1 if k else 0
        for i in range(at - 1, lo - 1, -1):
            if not lines[i].strip() or _RULE.match(lines[i]):
                continue
            if _is_category(lines[i]) and i > 0:
                category = plain(lines[i]).rstrip(":")
                break
            if k:  # the previous question's own text: no new category here
                break
        if not category:
            category = title or "Questions"
        if category not in categories:
            categories.append(category)
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        q, body_problems, last = _read_question(lines, at, end, prompt, ident, category, path)
        problems += body_problems
        questions.append(q)
        if k + 1 == len(starts) and last + 1 < len(lines):
            rest = [i for i in range(last + 1, len(lines)) if lines[i].strip()]
            if rest:
                problems.append(Problem(path, rest[0] + 1, f"skipped {len(rest)} lines after the last question "
                                        f"(from {plain(lines[rest[0]])[:50]!r}): not part of a question",
                                        "skipped"))
    if not starts:
        problems.append(Problem(path, 1, "no questions found: expected lines such as 'Q1. How do you…?', "
                                "'1. How do you…?' or '### How do you…?', each followed by a 'Why…' or "
                                "'Answer framework' part"))
    return Guide(path, title, tuple(questions), tuple(categories), tuple(problems))


def _find_starts(lines: list[str]) -> list[tuple[int, str, str]]:
    """Line indices of question starts: a ``Q1.`` line always; a numbered line or a heading when a why
    or framework label follows before the next candidate."""
    candidates: list[tuple[int, tuple[str, str, bool]]] = []
    for i, ln in enumerate(lines):
        start = _question_start(ln)
        if start is not None:
            candidates.append((i, start))
    out = []
    for n, (i, (prompt, ident, certain)) in enumerate(candidates):
        nxt = candidates[n + 1][0] if n + 1 < len(candidates) else len(lines)
        labelled = any((lab := _label(lines[j])) is not None and lab[0] in ("why", "framework")
                       for j in range(i + 1, nxt))
        if certain or labelled:
            out.append((i, prompt, ident))
    return out


def _read_question(lines: list[str], at: int, end: int, prompt: str, ident: str, category: str,
                   path: str) -> tuple[GuideQuestion, list[Problem], int]:
    """The parts of one question from its lines ``at+1 .. end-1``; also the last line used."""
    parts: dict[str, list[str]] = {"why": [], "framework": []}
    items: dict[str, list[GuideItem]] = {"framework": [], "red_flags": [], "follow_ups": [], "unlabelled": []}
    part = "prompt"
    last = at
    problems: list[Problem] = []
    # a question's prompt may continue on the next lines (wrapped text) until a blank line or a label
    cont = False  # the previous line was a list item (or its wrapped text), so this line may continue it
    for i in range(at + 1, end):
        raw = lines[i]
        if not raw.strip() or _RULE.match(raw):
            cont = False
            if part == "prompt":
                part = "between"
            continue
        label = _label(raw)
        if label is not None:
            part, rest = label
            last, cont = i, False
            if rest:
                if part in ("why", "framework"):
                    parts[part].append(rest)
                else:
                    items[part].append(_item(rest, i + 1))
                    cont = True
            continue
        is_bullet = bool(_BULLET.match(raw)) and not _HEADING.match(raw)
        if part == "framework" and is_bullet and not items["framework"] and parts["framework"] and not \
                parts["framework"][-1].endswith(":"):
            part = "unlabelled"  # the framework was prose; the bullets after it are red flags and follow-ups
        target = "unlabelled" if part in ("between", "why", "unlabelled") else part
        if part == "prompt":
            prompt = f"{prompt} {plain(raw)}"
        elif is_bullet and target in items:
            if part in ("between", "why"):
                part = "unlabelled"
            items[target].append(_item(raw, i + 1))
            cont = True
        elif cont and target in items and items[target]:
            old = items[target][-1]  # a wrapped list item
            items[target][-1] = GuideItem(f"{old.text} {plain(raw)}", old.line, old.id)
        elif part in ("why", "framework"):
            parts[part].append(plain(raw))
        else:
            continue  # prose or a heading after the lists: the next category, or text that is not read
        last = i
    # unlabelled bullets after the framework: questions to ask are follow-ups, the rest red flags
    for item in items["unlabelled"]:
        (items["follow_ups"] if is_follow_up_wording(item.text) else items["red_flags"]).append(item)
    why = " ".join(parts["why"]).strip()
    framework = " ".join(parts["framework"]).strip()
    fw_items = tuple(i.text for i in items["framework"])
    if not framework and fw_items:
        framework = " ".join(t if t.endswith((".", "!", "?")) else t + "." for t in fw_items)
    where = at + 1
    short = prompt if len(prompt) <= 50 else prompt[:47] + "..."
    if not why:
        problems.append(Problem(path, where, f"question {short!r}: expected a 'Why you'll be asked this' part "
                                "(a line starting 'Why…:')"))
    if not framework:
        problems.append(Problem(path, where, f"question {short!r}: expected an 'Answer framework' part "
                                "(a line 'Answer framework' or 'How to answer:' and its text)"))
    if not items["red_flags"]:
        problems.append(Problem(path, where, f"question {short!r}: expected red flags (a 'Red flags' list, "
                                "or bullets after the framework)"))
    if not items["follow_ups"]:
        problems.append(Problem(path, where, f"question {short!r}: expected follow-up questions (a "
                                "'Follow-up questions' list, or bullets that ask something)"))
    q = GuideQuestion(prompt=prompt.strip(), line=where, category=category, why=why, framework=framework,
                      framework_items=fw_items, red_flags=tuple(items["red_flags"]),
                      follow_ups=tuple(items["follow_ups"]), id=ident)
    return q, problems, last
