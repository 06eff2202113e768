"""`questions lint`: what a bank gets wrong that the loader cannot see.

* **Heard wrong** — each term a concept relies on (a tool's name, its hotwords) is spoken in short
  carrier sentences by each available voice, transcribed by the bundled Whisper as an interview would
  (with the question's hotwords), and looked for with the scorer's own matcher. A term that is missed
  is listed with what Whisper heard; what was heard in its place is the suggested alias.
* **Too alike** — two concepts of one question or follow-up whose descriptions are too close for the
  embedding model to tell apart (the closeness check of ``questions check``).
* **Never raised / never asked** — every question is scored (by words, so it is fast and the same
  everywhere) against probe answers: the framework read back, each concept alone, each concept
  denied, each red flag and follow-up said aloud, a blaming answer and an empty one. A red flag that
  no probe raises, a follow-up no probe makes the chosen one, and a rule that contradicts itself
  (a concept both required and ruled out) are reported.

The probes are evidence, not proof: a follow-up no probe reaches could still be reached by some
answer, but then only by one unlike anything the bank itself describes.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Protocol, Sequence

import numpy as np

from .bank import Bank, Concept, Question, Rule, aliases_naming
from .matching import Matcher, tokenize

__all__ = ["CARRIERS", "Heard", "LintReport", "RuleFinding", "lint_rules", "probe_terms", "terms_to_probe",
           "write_fixed_copy"]

#: Neutral sentences a term is spoken in (not the fixtures' sentences, so those stay a fair test).
CARRIERS = (
    "We used {} for that part.",
    "Um, {} was the main one, I think.",
    "Then {} handled the rest of it.",
)


class Synth(Protocol):
    name: str

    def synthesize(self, text: str) -> tuple[np.ndarray, int]: ...


class Transcriber(Protocol):
    def transcribe(self, audio: np.ndarray, *, hotwords: Sequence[str] = ()): ...


@dataclass(frozen=True)
class Heard:
    """One term: how often it was found, and what was heard when it was not."""

    question: str
    concept: str  # ``ID`` or ``FOLLOW_UP/ID``
    term: str
    hits: int
    tries: int
    missed: tuple[str, ...]  # whole transcripts
    suggestions: tuple[str, ...]  # what was heard in the term's place

    @property
    def ok(self) -> bool:
        return self.hits == self.tries


@dataclass(frozen=True)
class RuleFinding:
    question: str
    where: str  # "red flag 'x'" or "follow-up 'y'"
    problem: str

    def __str__(self) -> str:
        return f"question {self.question!r}, {self.where}: {self.problem}"


@dataclass
class LintReport:
    heard: list[Heard] = field(default_factory=list)
    close: list = field(default_factory=list)  # commands._closeness.ClosePair
    rules: list[RuleFinding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def missed(self) -> list[Heard]:
        return [h for h in self.heard if not h.ok]


# ----------------------------------------------------------------------------- heard wrong


def _concepts_of(q: Question) -> list[tuple[str, Concept]]:
    return [(c.id, c) for c in q.concepts] + [(f"{f.id}/{c.id}", c) for f in q.follow_ups for c in f.concepts]


def terms_to_probe(bank: Bank, *, questions: Iterable[str] = ()) -> list[tuple[Question, str, str]]:
    """``(question, concept key, term)`` for each tool's name and each hotword, once per question."""
    wanted = set(questions)
    out = []
    for q in bank.questions:
        if wanted and q.id not in wanted:
            continue
        seen: set[str] = set()
        for key, c in _concepts_of(q):
            terms = list(c.hotwords) or ([c.aliases[0]] if c.kind == "tool" else [])
            for term in terms:
                if term.lower() not in seen:
                    seen.add(term.lower())
                    out.append((q, key, term))
    return out


def heard_in_place(carrier: str, heard: str) -> str:
    """What a transcript has where the carrier's ``{}`` was: "We used ML flow for that part." → "ML flow".

    The carrier's own words are often mis-heard too ("We use …", "… for net part"), so the transcript is
    split where its start and end are closest (by edit distance) to the carrier's start and end.
    """
    from rapidfuzz.distance import Levenshtein

    before, after = (part.strip().lower() for part in carrier.split("{}"))
    words = re.findall(r"[\w'’&+-]+", heard)
    low = [w.lower() for w in words]
    best: tuple[int, int, int] | None = None
    for i in range(len(words) + 1):
        head = Levenshtein.distance(before.strip(" ,.").replace(",", ""), " ".join(low[:i]))
        for j in range(i + 1, len(words) + 1):
            tail = Levenshtein.distance(after.strip(" ,.").replace(",", ""), " ".join(low[j:]))
            if best is None or head + tail < best[0]:
                best = (head + tail, i, j)
    if best is None:
        return ""
    _, i, j = best
    found = words[i:j]
    while found and found[0].lower() in _PLAIN_WORDS:  # "the KFS" → "KFS"
        found = found[1:]
    return " ".join(found).strip(" .,")


_PLAIN_WORDS = frozenset("""a an the it is was we i you they them this that there then so and or but of to in on
    for with good get got go the one ones all its""".split())


def _usable_alias(text: str) -> bool:
    """A heard stand-in worth adding: not empty, not an ordinary little word ("good" for Git)."""
    words = text.lower().split()
    return bool(words) and len(text) >= 3 and not all(w in _PLAIN_WORDS for w in words) and len(words) <= 4


def probe_terms(bank: Bank, synths: Sequence[Synth], transcriber: Transcriber, *,
                carriers: Sequence[str] = CARRIERS[:1], questions: Iterable[str] = (),
                progress: Callable[[int, int, str], None] | None = None) -> list[Heard]:
    """Speak, transcribe and look for every term (see the module docstring)."""
    from .speech.audio import resample

    todo = terms_to_probe(bank, questions=questions)
    total = len(todo) * len(synths) * len(carriers)
    pad = np.zeros(8000, dtype=np.float32)
    done = 0
    out = []
    for q, key, term in todo:
        concepts = [c for _, c in _concepts_of(q)]
        matcher = Matcher([(term, aliases_naming(term, concepts))])
        heard: list[str] = []
        suggestions: list[str] = []
        hits = 0
        for synth in synths:
            for carrier in carriers:
                audio, rate = synth.synthesize(carrier.format(term))
                audio = np.concatenate([pad, resample(audio, rate, 16_000), pad, pad])
                text = transcriber.transcribe(audio, hotwords=q.hotwords()).text.strip()
                if matcher.find(tokenize(text)):
                    hits += 1
                else:
                    heard.append(text)
                    stand_in = heard_in_place(carrier, text)
                    if _usable_alias(stand_in):
                        suggestions.append(stand_in)
                done += 1
                if progress is not None:
                    progress(done, total, f"{q.id}: {term}")
        out.append(Heard(q.id, key, term, hits, len(synths) * len(carriers), tuple(heard),
                         tuple(dict.fromkeys(suggestions))))
    return out


# ----------------------------------------------------------------------------- rules


def _contradictions(rule: Rule) -> list[str]:
    out = []
    both = set(rule.present_all) & (set(rule.missing_all) | set(rule.missing_any))
    if both:
        out.append(f"requires {', '.join(sorted(both))} both said and missing")
    if rule.present_any and set(rule.present_any) <= set(rule.missing_all):
        out.append(f"requires one of {', '.join(rule.present_any)} said while all of them are missing")
    for sub in rule.any_of:
        if _contradictions(sub) and all(_contradictions(s) for s in rule.any_of):
            out.append("every alternative of any_of contradicts itself")
            break
    return out


def _probes(q: Question) -> list[str]:
    """Answers that exercise the bank's own wording (see the module docstring)."""
    probes = ["", "I am not sure, it depends on the team.", q.framework,
              "It was all their fault, the data team broke it and it was not my job to fix it."]
    for c in q.concepts:
        if c.kind == "signal":
            probes.append(f"Honestly, {c.aliases[0]}, that is all there is to it.")
            continue
        say = c.aliases[0]
        probes.append(f"We used {say} for that, because it made the releases safer.")
        probes.append(f"We never had any {say}, we did not do {say} at all.")
    probes += [f.text for f in q.red_flags]
    by_id = {c.id: c for c in q.concepts}
    for f in q.follow_ups:
        probes.append(f.text)
        probes.append(" ".join(c.aliases[0] for c in f.concepts) + ". " + f.text)
        for rule in (f.trigger, *f.trigger.any_of):  # what the trigger asks to be said, said together
            said = [by_id[i].aliases[0] for i in (*rule.present_all, *rule.present_any) if i in by_id]
            if said:
                probes.append("We relied on " + " and ".join(said) + ", and I can explain why we chose them.")
    # the framework without each stage in turn: what a candidate who skips one part would say
    for stage in q.stages:
        keep = [c.aliases[0] for c in q.concepts if c.stage != stage and c.kind != "signal"]
        probes.append("We had " + ", ".join(keep) + ".")
    return probes


def lint_rules(bank: Bank, *, questions: Iterable[str] = ()) -> list[RuleFinding]:
    """Red flags no probe answer raises, follow-ups no probe answer gets, and self-contradicting rules."""
    from .scoring import score_answer

    wanted = set(questions)
    findings = []
    for q in bank.questions:
        if wanted and q.id not in wanted:
            continue
        raised: set[str] = set()
        chosen: set[str] = set()
        for text in _probes(q):
            v = score_answer(q, text)
            raised |= {f.id for f in v.red_flags}
            if v.follow_up is not None:
                chosen.add(v.follow_up.id)
        for f in q.red_flags:
            for problem in _contradictions(f.rule):
                findings.append(RuleFinding(q.id, f"red flag {f.id!r}", f"can never fire: {problem}"))
            if f.id not in raised:
                findings.append(RuleFinding(q.id, f"red flag {f.id!r}",
                                            "no probe answer raised it (its rule may never fire)"))
        for fu in q.follow_ups:
            for problem in _contradictions(fu.trigger):
                findings.append(RuleFinding(q.id, f"follow-up {fu.id!r}", f"trigger can never hold: {problem}"))
            if fu.id not in chosen:
                findings.append(RuleFinding(q.id, f"follow-up {fu.id!r}",
                                            "no probe answer made it the chosen follow-up "
                                            "(check that its trigger can win over the others)"))
    return findings


# ----------------------------------------------------------------------------- --fix


def write_fixed_copy(bank: Bank, heard: Sequence[Heard], out_dir: Path) -> tuple[list[Path], int]:
    """Copy the bank's files into ``out_dir`` with each missed term's heard stand-ins added to its
    concept's aliases (the rest of each file, comments included, is left as it is). Returns the files
    written and the number of aliases added. The copy is checked by the bank loader."""
    from .bank import load_bank
    from .errors import BankError

    add: dict[tuple[str, str, str], list[str]] = {}  # (file, question, concept key) -> aliases
    path_of = {q.id: q.path for q in bank.questions}
    for h in heard:
        if h.suggestions:
            add.setdefault((path_of[h.question], h.question, h.concept), []).extend(h.suggestions)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written, added = [], 0
    for src in dict.fromkeys(map(Path, bank.sources)):
        lines = src.read_text(encoding="utf-8-sig").split("\n")
        for (path, qid, key), aliases in add.items():
            if Path(path) != src:
                continue
            n = _add_aliases(lines, qid, key, aliases)
            added += n
        target = out_dir / src.name
        if target.resolve() == src.resolve():
            raise BankError(f"{target}: --fix would overwrite the bank itself; give another directory")
        target.write_text("\n".join(lines), encoding="utf-8")
        written.append(target)
    load_bank(written)
    return written, added


def _add_aliases(lines: list[str], qid: str, key: str, aliases: list[str]) -> int:
    """Append ``aliases`` to the ``aliases = [...]`` line of concept ``key`` (``ID`` or ``FOLLOW_UP/ID``)
    of question ``qid``; returns how many were new."""
    import json

    follow_up, _, cid = key.rpartition("/")
    want = "[[question.follow_up.concept]]" if follow_up else "[[question.concept]]"
    section, q, fu, concept = "", "", "", ""
    for i, raw in enumerate(lines):
        line = raw.strip()
        if line.startswith("[["):
            section, concept = line, ""
            if line == "[[question]]":
                q = fu = ""
            elif line == "[[question.follow_up]]":
                fu = ""
            continue
        m = re.match(r'id\s*=\s*"([^"]+)"', line)
        if m:
            if section == "[[question]]":
                q = m.group(1)
            elif section == "[[question.follow_up]]":
                fu = m.group(1)
            elif section == want:
                concept = m.group(1)
            continue
        if (line.startswith("aliases") and section == want and q == qid and concept == cid
                and fu == follow_up):
            current = tomllib.loads(line)["aliases"]
            new = [a for a in dict.fromkeys(aliases) if a.lower() not in {c.lower() for c in current}]
            if new:
                lines[i] = "aliases = [" + ", ".join(json.dumps(a, ensure_ascii=False) for a in current + new) + "]"
            return len(new)
    return 0
