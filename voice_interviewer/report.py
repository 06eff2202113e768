"""The HTML report: one self-contained file to read, hear and compare past sessions.

What is in it: every turn's question and transcript, with concept hits (``<span class="w hit">``)
and red-flag evidence (``class="w flag"``) highlighted; an ``<audio>`` player per answer whose
audio is embedded as a ``data:`` URI, so clicking a transcript word (``data-start`` = its start in
seconds) seeks the player there; and charts of score, coverage, pace and fillers across sessions.

Why the charts are inline SVG generated here rather than a plotting library: the file must work
with no network (no CDN, no web fonts), a JavaScript charting library would add hundreds of kB to
every report and a dependency to the package, and a matplotlib PNG would be heavy and opaque. Four
small line charts are ~60 lines of code, a few kB of output, byte-for-byte deterministic (easy to
test), and every point is an element the test (or a screen reader, via ``<title>``) can find in
the DOM. The only script is ~15 lines that seek the audio and follow the playing word.

Audio size is kept sane by re-encoding answers to Ogg/Opus (16 kHz mono speech, ~2 kB/s instead
of WAV's 32 kB/s) when soundfile can, and by a total budget (``max_audio_bytes``); answers beyond
it get a note with the file's path instead of a player. Everything taken from a transcript or a
bank is HTML-escaped.
"""

from __future__ import annotations

import base64
import html
import math
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Sequence

from .sessions import SessionRecord, SessionSummary, Turn, newest_first, parse_time
from .verdict import Verdict
from .wording import plural

DEFAULT_AUDIO_BUDGET = 25 * 1024 * 1024  # ~1.5 hours of answers as Opus; newest sessions first


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


# --------------------------------------------------------------------------- highlighting


Span = tuple[int, int, "float | None", "float | None", str, str]


def evidence_spans(verdict: Verdict | None) -> list[Span]:
    """(start_char, end_char, start_s, end_s, kind "hit"|"flag", label) for every piece of evidence."""
    if verdict is None:
        return []
    spans: list[Span] = []
    for c in verdict.concepts:
        ev = c.evidence
        if c.hit and c.kind != "signal" and ev is not None:  # signals only feed red flags
            spans.append((ev.start_char, ev.end_char, ev.start, ev.end, "hit", c.label or c.id))
    for f in verdict.red_flags:
        for ev in f.evidence:
            if ev is not None:
                spans.append((ev.start_char, ev.end_char, ev.start, ev.end, "flag", f.text or f.id))
    return spans


def _word_chars(text: str, words: Sequence) -> list[tuple[int, int] | None]:
    """Where each recognised word sits in the transcript text (None when it cannot be found)."""
    out: list[tuple[int, int] | None] = []
    cursor, lower = 0, text.lower()
    for w in words:
        token = w.word.strip()
        at = text.find(token, cursor) if token else -1
        if at < 0 and token:
            at = lower.find(token.lower(), cursor)
        if at < 0:
            out.append(None)
            continue
        out.append((at, at + len(token)))
        cursor = at + len(token)
    return out


def _classes(chars, start_s, end_s, spans) -> tuple[list[str], list[str]]:
    kinds, labels = [], []
    for sc, ec, ss, es, kind, label in spans:
        inside = False
        if chars is not None and sc is not None and ec is not None and 0 <= sc < ec:
            inside = chars[0] < ec and chars[1] > sc
        elif chars is None and ss is not None and es is not None:
            inside = start_s < es and end_s > ss
        if inside:
            if kind not in kinds:
                kinds.append(kind)
            labels.append(("covers: " if kind == "hit" else "red flag: ") + label)
    return kinds, labels


def transcript_html(turn: Turn, audio_id: str | None) -> str:
    """The answer as word spans (seekable when timed), with hits and red flags marked."""
    text = (turn.verdict.transcript if turn.verdict is not None else "") or turn.answer_text
    spans = evidence_spans(turn.verdict)
    words = turn.transcript.words if turn.transcript is not None else ()
    attr = f' data-audio="{esc(audio_id)}"' if audio_id else ""
    if not words:  # typed text, or the words were lost: mark character ranges
        return f'<p class="transcript"{attr}>{_marked_text(text, spans)}</p>'
    parts = []
    for w, chars in zip(words, _word_chars(text, words)):
        kinds, labels = _classes(chars, w.start, w.end, spans)
        cls = " ".join(["w", *kinds])
        title = f' title="{esc("; ".join(labels))}"' if labels else ""
        parts.append(
            f'<span class="{cls}" data-start="{w.start:.2f}" data-end="{w.end:.2f}"{title}>{esc(w.word.strip())}</span>'
        )
    return f'<p class="transcript"{attr}>{" ".join(parts)}</p>'


def _marked_text(text: str, spans) -> str:
    marks = sorted((s for s in spans if isinstance(s[0], int) and 0 <= s[0] < s[1] <= len(text)), key=lambda s: s[0])
    out, cursor = [], 0
    for sc, ec, _, _, kind, label in marks:
        if sc < cursor:
            continue  # overlapping evidence: the first one wins
        out.append(esc(text[cursor:sc]))
        out.append(f'<mark class="{kind}" title="{esc(label)}">{esc(text[sc:ec])}</mark>')
        cursor = ec
    out.append(esc(text[cursor:]))
    return "".join(out)


# --------------------------------------------------------------------------- audio


def audio_data_uri(path: Path) -> str | None:
    """The answer as a data URI: Ogg/Opus when soundfile can encode it, else the WAV as saved."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    mime, data = "audio/wav", raw
    try:
        import io

        import soundfile as sf

        samples, rate = sf.read(io.BytesIO(raw), dtype="float32", always_2d=False)
        if rate in (8000, 12000, 16000, 24000, 48000) and len(samples):
            buf = io.BytesIO()
            sf.write(buf, samples, rate, format="OGG", subtype="OPUS")
            if buf.tell() and buf.tell() < len(raw):
                mime, data = "audio/ogg", buf.getvalue()
    except Exception:  # noqa: BLE001 - any encoder trouble: embed the WAV as it is
        mime, data = "audio/wav", raw
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


# --------------------------------------------------------------------------- charts


def _mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def session_series(summaries: Iterable[SessionSummary]) -> dict[str, list[tuple[str, float | None]]]:
    """Per-session means (oldest first) of score, coverage (%), WPM and fillers/min."""
    ordered = reversed(newest_first(summaries))
    series: dict[str, list[tuple[str, float | None]]] = {"score": [], "coverage": [], "wpm": [], "fillers": []}
    for s in ordered:
        cov = _mean(t.coverage for t in s.turns)
        series["score"].append((s.id, s.mean_score))
        series["coverage"].append((s.id, None if cov is None else cov * 100))
        series["wpm"].append((s.id, _mean(t.wpm for t in s.turns)))
        series["fillers"].append((s.id, _mean(t.fillers_per_min for t in s.turns)))
    return series


CHARTS = (  # metric, title, unit, fixed range (None: from data), shaded band
    ("score", "Score", "", (0, 100), None),
    ("coverage", "Coverage", "%", (0, 100), None),
    ("wpm", "Pace", " wpm", None, (120, 160)),
    ("fillers", "Fillers", "/min", None, None),
)


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 5 × 10^k at or above ``value``: the axis then reads 0 · 2.5 · 5, not
    0 · 1 · 1 (three ticks rounded to whole numbers on a 0-1.1 scale)."""
    if value <= 0:
        return 1.0
    scale = 10.0 ** math.floor(math.log10(value))
    return next(m * scale for m in (1, 2, 5, 10) if m * scale >= value * (1 - 1e-9))


def svg_chart(metric: str, title: str, unit: str, points: list[tuple[str, float | None]],
              fixed: tuple[float, float] | None = None, band: tuple[float, float] | None = None) -> str:
    """A small line chart as inline SVG (deterministic; one ``<circle>`` per session with a value)."""
    w, h, left, right, top, bottom = 320, 150, 36, 10, 22, 20
    vals = [v for _, v in points if v is not None]
    if fixed:
        lo, hi = fixed
    else:
        lo = min(vals + ([band[0]] if band else []), default=0.0)
        hi = max(vals + ([band[1]] if band else []), default=1.0)
        lo, hi = (0.0, nice_ceiling(hi * 1.1)) if lo >= 0 else (lo, hi)
    span = (hi - lo) or 1.0
    n = len(points)

    def x(i: int) -> float:
        return left + (w - left - right) * (i / (n - 1) if n > 1 else 0.5)

    def y(v: float) -> float:
        return top + (h - top - bottom) * (1 - (v - lo) / span)

    out = [f'<svg class="chart" data-metric="{esc(metric)}" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
           f'role="img" aria-label="{esc(title)} across sessions">',
           f'<title>{esc(title)} across sessions</title>',
           f'<text x="{left}" y="14" class="ct">{esc(title)} ({esc(unit.strip() or "0–100")})</text>']
    if band:
        y0, y1 = y(min(max(band[1], lo), hi)), y(min(max(band[0], lo), hi))
        out.append(f'<rect class="band" x="{left}" y="{y0:.1f}" width="{w - left - right}" height="{y1 - y0:.1f}"/>')
    for v in (lo, (lo + hi) / 2, hi):
        out.append(f'<line class="grid" x1="{left}" x2="{w - right}" y1="{y(v):.1f}" y2="{y(v):.1f}"/>'
                   f'<text class="ax" x="{left - 4}" y="{y(v) + 3:.1f}" text-anchor="end">{v:g}</text>')
    coords = [(x(i), y(v), sid, v) for i, (sid, v) in enumerate(points) if v is not None]
    if len(coords) > 1:
        out.append('<polyline class="line" points="' + " ".join(f"{cx:.1f},{cy:.1f}" for cx, cy, _, _ in coords) + '"/>')
    for cx, cy, sid, v in coords:
        out.append(f'<circle class="pt" cx="{cx:.1f}" cy="{cy:.1f}" r="3" data-session="{esc(sid)}" '
                   f'data-value="{v:.1f}"><title>{esc(sid)}: {v:.1f}{esc(unit)}</title></circle>')
    if not coords:
        out.append(f'<text class="ax" x="{w / 2}" y="{h / 2}" text-anchor="middle">no data yet</text>')
    out.append(f'<text class="ax" x="{left}" y="{h - 4}">oldest</text>'
               f'<text class="ax" x="{w - right}" y="{h - 4}" text-anchor="end">latest ({plural(n, "session")})</text></svg>')
    return "".join(out)


# --------------------------------------------------------------------------- the page


_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:960px;padding:1rem 1.5rem;color:#1d2330}
h1{font-size:1.5rem}h2{border-bottom:1px solid #d5d9e0;padding-bottom:.2rem}
.charts{display:flex;flex-wrap:wrap;gap:.8rem}.chart{background:#fafbfc;border:1px solid #e1e4e8;border-radius:4px}
.chart .line{fill:none;stroke:#2f6fde;stroke-width:2}.chart .pt{fill:#2f6fde}.chart .grid{stroke:#e5e7eb}
.chart .band{fill:#dff3e3}.chart .ct{font-weight:600;font-size:12px}.chart .ax{font-size:10px;fill:#6a7280}
.turn{border:1px solid #e1e4e8;border-radius:6px;padding:.6rem 1rem;margin:.8rem 0}
.question{font-weight:600}.followup{margin-left:1.5rem;border-left:4px solid #c9d6f0}
.transcript .w{cursor:pointer;border-radius:2px}.transcript .w:hover{background:#eef2f8}
.hit{background:#c8f0d0}.flag{background:#ffd5d2;text-decoration:underline wavy #c62828}
.hit.flag{background:linear-gradient(#c8f0d0,#ffd5d2)}.w.now{outline:2px solid #2f6fde}
.missed{color:#a14b00}.flag-title{color:#c62828;margin-bottom:0}.meta{color:#5b6472;font-size:.9rem}audio{width:100%;margin:.3rem 0}
"""

_JS = """
document.addEventListener('click',function(e){
 var w=e.target.closest('[data-start]');if(!w)return;var p=w.closest('[data-audio]');if(!p)return;
 var a=document.getElementById(p.dataset.audio);if(!a)return;
 a.currentTime=parseFloat(w.dataset.start);a.dataset.seeked=w.dataset.start;a.play().catch(function(){});});
document.querySelectorAll('audio').forEach(function(a){a.addEventListener('timeupdate',function(){
 var p=document.querySelector('[data-audio="'+a.id+'"]');if(!p)return;
 p.querySelectorAll('.w').forEach(function(w){var s=+w.dataset.start,e=+w.dataset.end;
 w.classList.toggle('now',a.currentTime>=s&&a.currentTime<e);});});});
"""


def _when(started: str) -> str:
    return parse_time(started).strftime("%Y-%m-%d %H:%M UTC") if started else "?"


def _fmt(value: float | None, pattern: str = "{:.0f}", none: str = "–") -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return none
    return pattern.format(value)


def turn_html(record: SessionRecord, turn: Turn, audio_budget: list[int]) -> str:
    s = turn.summary()
    audio_id = f"a-{record.id}-{turn.number}"
    audio = ""
    if turn.audio_path is not None and turn.audio_path.is_file():
        uri = audio_data_uri(turn.audio_path) if audio_budget[0] > 0 else None
        if uri and len(uri) <= audio_budget[0]:
            audio_budget[0] -= len(uri)
            audio = f'<audio id="{esc(audio_id)}" controls preload="metadata" src="{uri}"></audio>'
        else:
            audio = f'<p class="meta">audio not embedded (size limit): {esc(turn.audio_path)}</p>'
    label = f"follow-up {turn.follow_up_id}" if turn.follow_up_id else turn.question_id
    head = (f'<h3>Turn {turn.number} · {esc(label)}</h3><p class="question">{esc(turn.text)}</p>')
    if turn.verdict is None and turn.transcript is None:
        why = turn.unanswered or ("interrupted while " + turn.interrupted if turn.interrupted else "no answer saved")
        body = f'<p class="meta">{esc(why)}</p>'
    else:
        covered = [c.label for c in turn.concepts(True)]
        missed = [c.label for c in turn.concepts(False)]
        flags = "".join(
            f'<li class="flag-item">{esc(f.text or f.id)}'
            + "".join(f' <q>{esc(ev.quote)}</q>' for ev in f.evidence if ev is not None)
            + "</li>" for f in (turn.verdict.red_flags if turn.verdict is not None else [])
        )
        d = turn.delivery
        body = (
            transcript_html(turn, audio_id if audio.startswith("<audio") else None)
            + f'<p class="meta">score <b class="score">{_fmt(s.score)}</b> · coverage {_fmt(None if s.coverage is None else s.coverage * 100)}%'
            f' · {_fmt(s.wpm)} wpm · {_fmt(s.fillers_per_min, "{:.1f}")} fillers/min · {_fmt(s.duration, "{:.1f}")} s'
            + (f' · longest pause {_fmt(d.longest_pause, "{:.1f}")} s' if d is not None else "")
            + (" · <b>partial</b>" if turn.partial else "") + "</p>"
            + f'<p>Covered: {esc(", ".join(covered) or "none")}</p>'
            + f'<p class="missed">Missed: {esc(", ".join(missed) or "nothing")}</p>'
            + (f'<p class="flag-title">Red flags:</p><ul class="flags">{flags}</ul>' if flags else "")
        )
    cls = "turn followup" if turn.follow_up_id else "turn"
    return f'<article class="{cls}" id="t-{esc(record.id)}-{turn.number}">{head}{audio}{body}</article>'


def build_report(records: Sequence[SessionRecord], summaries: Iterable[SessionSummary], *,
                 title: str = "voice-interviewer report", max_audio_bytes: int = DEFAULT_AUDIO_BUDGET,
                 now: datetime | None = None) -> str:
    """The whole HTML document: charts across ``summaries``, then every turn of ``records``."""
    series = session_series(summaries)
    charts = "".join(svg_chart(m, t, u, series[m], fixed, band) for m, t, u, fixed, band in CHARTS)
    budget = [max_audio_bytes]
    sections = []
    for record in records:
        s = record.summary()
        warn = "".join(f'<p class="meta">warning: {esc(w)}</p>' for w in record.warnings)
        sections.append(
            f'<section class="session" id="s-{esc(record.id)}"><h2>Session {esc(record.id)}</h2>'
            f'<p class="meta">{esc(_when(record.started))} · {esc(record.mode)} · {esc(record.status)} · '
            f'{plural(len(s.question_ids), "question")} · mean score {_fmt(s.mean_score)}</p>{warn}'
            + "".join(turn_html(record, t, budget) for t in record.turns) + "</section>"
        )
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{esc(title)}</h1><p class=\"meta\">generated {stamp} · {plural(len(series['score']), 'session')} charted"
        " · click a word to hear it</p></header>"
        f'<section id="charts"><h2>Across sessions</h2><div class="charts">{charts}</div></section>'
        + "".join(sections)
        + f"<script>{_JS}</script></body></html>\n"
    )
