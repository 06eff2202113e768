"""The HTML report, checked as HTML and in a real browser (headless Debian Chromium).

The browser is driven over the Chrome DevTools Protocol on ``--remote-debugging-pipe``: JSON
messages separated by NUL bytes on file descriptors 3 (to the browser) and 4 (from it). That
needs nothing but the standard library (no websocket client, no Selenium/Playwright), real
mouse clicks (``Input.dispatchMouseEvent``) and real screenshots, and every wait is bounded.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from voice_interviewer import history
from voice_interviewer.cli import main
from voice_interviewer.report import build_report, svg_chart

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


class Browser:
    """Headless Chromium driven over CDP on a pipe (fd 3 in, fd 4 out)."""

    def __init__(self, profile: Path, width: int = 1200, height: int = 900):
        to_r, self._to_w = os.pipe()
        self._from_r, from_w = os.pipe()

        def fds():  # in the child: the two pipe ends become fds 3 and 4 (via high fds: they may be 3/4)
            high_r, high_w = fcntl.fcntl(to_r, fcntl.F_DUPFD, 10), fcntl.fcntl(from_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync", "--mute-audio",
             "--autoplay-policy=no-user-gesture-required", f"--user-data-dir={profile}",
             "--remote-debugging-pipe", f"--window-size={width},{height}", "about:blank"],
            pass_fds=(3, 4), preexec_fn=fds, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(to_r)
        os.close(from_w)
        self._buf, self._id, self.events = b"", 0, []
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True})["sessionId"]

    def call(self, method: str, params: dict | None = None, *, page: bool = False, timeout: float = 20.0) -> dict:
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params or {}}
        if page:
            msg["sessionId"] = self.session
        os.write(self._to_w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self._buf:
                raw, self._buf = self._buf.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self._id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply.get("result", {})
                self.events.append(reply)
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"Chromium did not answer {method} within {timeout} s")
            ready, _, _ = select.select([self._from_r], [], [], left)
            if ready:
                chunk = os.read(self._from_r, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self._buf += chunk

    def js(self, expression: str, *, await_promise: bool = False):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": await_promise}, page=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 15.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(f"page never satisfied {expression!r}")

    def open(self, url: str) -> None:
        self.call("Page.enable", page=True)
        self.call("Network.enable", page=True)
        self.call("Page.navigate", {"url": url}, page=True)
        self.wait_for("document.readyState === 'complete'")

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left",
                                                   "clickCount": 0 if kind == "mouseMoved" else 1}, page=True)

    def screenshot(self, path: Path) -> bytes:
        data = base64.b64decode(self.call("Page.captureScreenshot", {"format": "png"}, page=True)["data"])
        path.write_bytes(data)
        return data

    def requested_urls(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def close(self) -> None:
        try:
            os.close(self._to_w)  # closing the pipe asks Chromium to exit
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        finally:
            os.close(self._from_r)


@pytest.fixture
def browser(tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (apt install chromium)")
    b = Browser(tmp_path / "chromium-profile")
    try:
        yield b
    finally:
        b.close()


def _counts(b: Browser) -> dict:
    return b.js("""(() => ({
        hits: document.querySelectorAll('.transcript .hit').length,
        flags: document.querySelectorAll('.transcript .flag').length,
        words: document.querySelectorAll('.transcript [data-start]').length,
        audios: [...document.querySelectorAll('audio')].map(a => a.src.slice(0, 15)),
        charts: [...document.querySelectorAll('svg.chart')].map(s => s.dataset.metric),
        points: [...document.querySelectorAll('svg.chart[data-metric=score] circle')].length,
        scripts: document.querySelectorAll('script').length,
    }))()""")


def _click_a_word(b: Browser) -> dict:
    """Click (a real mouse event) a word well into the first seekable answer; report the audio's time."""
    target = b.js("""(() => {
        const p = document.querySelector('.transcript[data-audio]');
        const words = [...p.querySelectorAll('[data-start]')];
        const w = words.find(w => +w.dataset.start >= 0.5 && w !== words[0]) || words[words.length - 1];
        w.scrollIntoView({block: 'center'});
        const r = w.getBoundingClientRect();
        return {x: r.left + r.width / 2, y: r.top + r.height / 2, start: +w.dataset.start, audio: p.dataset.audio,
                text: w.textContent};
    })()""")
    audio = f"document.getElementById({json.dumps(target['audio'])})"
    b.wait_for(f"{audio}.readyState >= 1 && {audio}.duration > 0")  # the embedded audio decodes
    before = b.js(f"{audio}.currentTime")
    b.click(target["x"], target["y"])
    b.wait_for(f"{audio}.dataset.seeked !== undefined")
    target["before"] = before
    target["after"] = b.js(f"{audio}.currentTime")
    target["duration"] = b.js(f"{audio}.duration")
    return target


# --------------------------------------------------------------------------- real sessions in a browser


def test_report_of_real_sessions_in_chromium(history_home, browser, tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["report", "--all", "-o", str(out)]) == 0
    page = out.read_text()
    assert "http://" not in page and "https://" not in page and "@import" not in page  # nothing to fetch
    browser.open(out.as_uri())
    counts = _counts(browser)
    records = [history.load_session(history_home, i) for i in history.session_ids(history_home)]
    turns = [t for r in records for t in r.turns]
    assert counts["hits"] > 0 and counts["words"] > 50
    assert len(counts["audios"]) == sum(1 for t in turns if t.audio_path) and len(counts["audios"]) >= 2
    assert all(src.startswith("data:audio/") for src in counts["audios"])
    assert counts["charts"] == ["score", "coverage", "wpm", "fillers"]
    assert counts["points"] == len(records)
    assert counts["scripts"] == 1

    clicked = _click_a_word(browser)
    assert clicked["before"] == 0
    assert clicked["start"] >= 0.5
    assert clicked["start"] - 0.05 <= clicked["after"] <= clicked["start"] + 1.5  # it seeks to the word

    shot = browser.screenshot(tmp_path / "report.png")
    assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 10_000
    assert all(u.startswith(("file:", "data:", "about:")) for u in browser.requested_urls())


def test_report_single_session_has_its_turns(history_home, tmp_path, capsys):
    newest = history.session_ids(history_home)[0]
    out = tmp_path / "one.html"
    assert main(["report", "last", "-o", str(out)]) == 0
    page = out.read_text()
    assert f'id="s-{newest}"' in page and page.count('<section class="session"') == 1
    assert page.count("<audio ") >= 1
    assert 'class="w hit"' in page


# --------------------------------------------------------------------------- hand-written edge cases


def test_transcript_text_is_escaped_in_the_dom(voice_interviewer_home, history_write_session, browser, tmp_path):
    evil = 'we use MLflow <script>document.title="pwned"</script> & <img src=x onerror=alert(1)> "quoted"'
    history_write_session(voice_interviewer_home, [("q<1>", None, 70.0)], audio=True, text=evil,
                          now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    out = tmp_path / "evil.html"
    assert main(["report", "last", "-o", str(out)]) == 0
    page = out.read_text()
    assert "<script>document" not in page and "<img" not in page and "&lt;script&gt;" in page
    browser.open(out.as_uri())
    assert browser.js("document.title") != "pwned"
    assert browser.js("document.querySelectorAll('img').length") == 0
    assert browser.js("document.querySelectorAll('script').length") == 1
    assert "<script>" in browser.js("document.querySelector('.transcript').textContent")
    assert browser.js("document.querySelector('.transcript .hit').textContent") == "MLflow"
    clicked = _click_a_word(browser)  # the seek also works on this one-second answer
    assert abs(clicked["after"] - clicked["start"]) < 0.5


def test_audio_is_compressed_and_budgeted(voice_interviewer_home, history_write_session):
    sid = history_write_session(voice_interviewer_home, [("q1", None, 60.0), ("q2", None, 40.0)], audio=True,
                                now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    record = history.load_session(voice_interviewer_home, sid)
    summaries = history.load_summaries(voice_interviewer_home)
    page = build_report([record], summaries, now=datetime(2026, 1, 2, tzinfo=timezone.utc))
    assert page.count('src="data:audio/ogg;base64,') == 2  # Opus, not 32 kB/s WAV
    wav_bytes = sum(t.audio_path.stat().st_size for t in record.turns)
    assert len(page.encode()) < wav_bytes  # two seconds of WAV are bigger than the whole page
    squeezed = build_report([record], summaries, max_audio_bytes=0)
    assert "<audio" not in squeezed and squeezed.count("audio not embedded (size limit)") == 2
    assert '<p class="transcript" data-audio=' not in squeezed  # words are not seekable without a player
    again = build_report([record], summaries, now=datetime(2026, 1, 2, tzinfo=timezone.utc))
    assert again.split("<section", 1)[1].split("<audio")[0] == page.split("<section", 1)[1].split("<audio")[0]


def test_svg_chart_is_deterministic_and_marks_every_session():
    points = [("s1", 40.0), ("s2", None), ("s3", 75.5)]
    svg = svg_chart("score", "Score", "", points, (0, 100))
    assert svg == svg_chart("score", "Score", "", points, (0, 100))
    assert svg.count("<circle") == 2 and 'data-value="75.5"' in svg and "<polyline" in svg
    assert "no data yet" in svg_chart("wpm", "Pace", " wpm", [("s1", None)], None, (120, 160))
    band = svg_chart("wpm", "Pace", " wpm", [("s1", 100.0), ("s2", 150.0)], None, (120, 160))
    assert 'class="band"' in band


def test_report_needs_a_session_or_all(capsys, tmp_path):
    rc = main(["report", "-o", str(tmp_path / "x.html")])
    assert rc == 2 and "needs a SESSION" in capsys.readouterr().err
    rc = main(["report", "last", "--all", "-o", str(tmp_path / "x.html")])
    assert rc == 2


def test_report_without_audio_keeps_transcripts(voice_interviewer_home, history_write_session, tmp_path, capsys):
    history_write_session(voice_interviewer_home, [("q1", None, 60.0)], audio=True,
                          now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    out = tmp_path / "small.html"
    assert main(["report", "last", "-o", str(out), "--audio-mb", "0"]) == 0
    page = out.read_text()
    assert "<audio" not in page and "audio not embedded" in page and 'class="w hit"' in page


def _ticks(svg: str) -> list[str]:
    import re

    return re.findall(r'<text class="ax" x="\d+" y="[\d.]+" text-anchor="end">([^<]*)</text>', svg)


@pytest.mark.parametrize("points, ticks", [
    ([], ["0", "1", "2"]),
    ([("s1", 0.4)], ["0", "0.25", "0.5"]),
    ([("s1", 3.2), ("s2", 1.0)], ["0", "2.5", "5"]),
])
def test_chart_axes_read_as_three_different_numbers(points, ticks):
    """Issue 15 item 22: the empty report's fillers axis read "0 1 1"; a nice scale reads "0 1 2"."""
    svg = svg_chart("fillers", "Fillers", "/min", points)
    assert _ticks(svg)[:3] == ticks


def test_an_empty_report_counts_in_words():
    """Issue 15 item 22: "0 sessions", "1 session": no "(s)"."""
    page = build_report([], [], now=datetime(2026, 1, 1, tzinfo=timezone.utc))
    assert "0 sessions charted" in page and "(s)" not in page
