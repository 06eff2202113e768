"""Bad input gets one line: ``error: <what, naming the file/field>``, a non-zero exit, no traceback.

Question banks (through ``questions check`` and ``score --bank``), audio files (through
``transcribe`` and ``score``) and command-line mistakes, driven through ``cli.main`` and, for a
sample of each, through the installed console script in a real subprocess (so nothing is caught
by pytest that a user would see as a traceback).
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from hardening_support import assert_one_line_error, run_cli, sparse_wav, write_wav
from voice_interviewer.cli import main

BANK = textwrap.dedent(
    """\
    [[category]]
    id = "cat"
    label = "Cat"

    [[question]]
    id = "q1"
    category = "cat"
    prompt = "How do you version data?"
    why = "Because."
    framework = "Say things."
    stages = ["one", "two"]

    [[question.concept]]
    id = "alpha"
    label = "Alpha"
    stage = "one"
    aliases = ["data versioning", "version the data"]

    [[question.concept]]
    id = "beta"
    label = "Beta"
    stage = "two"
    kind = "tool"
    aliases = ["DVC"]

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
NO_CATEGORY = BANK.replace('[[category]]\nid = "cat"\nlabel = "Cat"\n', "")


def _line(text: str, needle: str) -> int:
    return text.splitlines().index(needle) + 1


def _bank_dir(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "bank"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return folder


def _run(argv, capsys) -> tuple[int, str, str]:
    rc = main([str(a) for a in argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


# --------------------------------------------------------------------------- question banks

BAD_BANKS = {
    # name: (files, what the one line must name)
    "syntax": (
        {"b": BANK.replace('label = "Beta"', 'label = "Beta')},
        ["b.toml:" + str(_line(BANK, 'label = "Beta"')) + ":", "TOML syntax error"],
    ),
    "unknown-key": (
        {"b": BANK.replace('stage = "one"', 'stage = "one"\nwieght = 2')},
        ["b.toml", "question 'q1'", "concept.alpha.wieght", "unknown key"],
    ),
    "missing-field": (
        {"b": BANK.replace('why = "Because."\n', "")},
        ["b.toml", "question 'q1'", "field 'why'", "missing field"],
    ),
    "wrong-type": (
        {"b": BANK.replace('stages = ["one", "two"]', 'stages = "one, two"')},
        ["b.toml", "question 'q1'", "stages"],
    ),
    "wrong-type-number": (
        {"b": BANK.replace('id = "alpha"', 'id = "alpha"\nweight = "heavy"')},
        ["b.toml", "question 'q1'", "concept.alpha.weight"],
    ),
    "duplicate-id": ({"a": BANK, "b": NO_CATEGORY}, ["b.toml", "question 'q1'", "duplicate id", "a.toml"]),
    "rule-unknown-concept": (
        {"b": BANK.replace('missing_all = ["alpha"]', 'missing_all = ["alpah"]')},
        ["b.toml", "red_flag.no-alpha.rule.missing_all", "unknown concept 'alpah'"],
    ),
    "trigger-unknown-concept": (
        {"b": BANK.replace('present_any = ["beta"]', 'present_any = ["delta"]')},
        ["b.toml", "follow_up.more.trigger.present_any", "unknown concept 'delta'"],
    ),
    "empty-directory": ({}, ["bank", "no *.toml"]),
    "not-utf8": ({"b": None}, ["b.toml", "UTF-8"]),
}


def _make_bad_bank(tmp_path: Path, name: str) -> tuple[Path, list[str]]:
    files, names = BAD_BANKS[name]
    folder = _bank_dir(tmp_path, **{k: v for k, v in files.items() if v is not None})
    for k, v in files.items():
        if v is None:
            (folder / f"{k}.toml").write_bytes(
                BANK.encode("utf-8").replace(b"Because.", b"Because \xff\xfe.")
            )
    return folder, names


def test_the_bank_template_itself_is_valid(tmp_path, capsys):
    folder = _bank_dir(tmp_path, b=BANK)
    rc, out, err = _run(["questions", "check", folder], capsys)
    assert rc == 0 and out.startswith("ok: 1 question"), err
    rc, out, err = _run(
        ["score", "--bank", folder, "-q", "q1", "--text", "We version the data with DVC.", "--json"], capsys
    )
    assert rc == 0, err
    assert json.loads(out)["question_id"] == "q1"


@pytest.mark.parametrize("name", list(BAD_BANKS))
def test_bad_bank_via_questions_check(name, tmp_path, capsys):
    folder, names = _make_bad_bank(tmp_path, name)
    rc, out, err = _run(["questions", "check", folder], capsys)
    assert rc == 2 and out == ""
    assert_one_line_error(err, *names)


@pytest.mark.parametrize("name", list(BAD_BANKS))
def test_bad_bank_via_score_bank(name, tmp_path, capsys):
    folder, names = _make_bad_bank(tmp_path, name)
    rc, out, err = _run(["score", "--bank", folder, "-q", "q1", "--text", "We use DVC.", "--json"], capsys)
    assert rc == 2 and out == ""  # --json stdout stays empty: no half object
    assert_one_line_error(err, *names)


@pytest.mark.parametrize("name", ["syntax", "duplicate-id", "empty-directory"])
def test_bad_bank_in_a_real_process_has_no_traceback(name, tmp_path):
    folder, names = _make_bad_bank(tmp_path, name)
    for argv in (["questions", "check", folder], ["score", "--bank", folder, "-q", "q1", "--text", "DVC"]):
        done = run_cli(argv, tmp_path / "home", timeout=120)
        assert done.returncode == 2
        assert_one_line_error(done.stderr, *names)


def test_bank_file_given_as_directory_entry_that_is_a_directory(tmp_path, capsys):
    folder = _bank_dir(tmp_path, b=BANK)
    (folder / "sub.toml").mkdir()  # a directory that looks like a bank file
    rc, _, err = _run(["questions", "check", folder], capsys)
    assert rc != 0 and "Traceback" not in err
    assert_one_line_error(err, "sub.toml")


# --------------------------------------------------------------------------- audio files


def _wav_bytes(seconds: float = 1.0, rate: int = 16000) -> bytes:
    import io

    import soundfile as sf

    buf = io.BytesIO()
    t = np.arange(int(seconds * rate)) / rate
    sf.write(
        buf, (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), rate, subtype="PCM_16", format="WAV"
    )
    return buf.getvalue()


def _bad_audio(tmp_path: Path, kind: str) -> tuple[Path, str]:
    """(file, words the error must contain besides the file name)."""
    path = tmp_path / {"unsupported": "answer.xyz", "png": "answer.png"}.get(kind, "answer.wav")
    if kind == "missing":
        return path, "no such file"
    if kind == "empty":
        path.write_bytes(b"")
        return path, "empty"
    if kind == "text":
        path.write_text("this is a text file, not audio\n" * 20)
        return path, "not a readable audio file"
    if kind == "truncated-header":
        path.write_bytes(_wav_bytes()[:30])  # RIFF/WAVE, cut inside the fmt chunk
        return path, "not a readable audio file"
    if kind == "unsupported":
        path.write_bytes(os.urandom(4096))
        return path, "not a readable audio file"
    if kind == "png":  # a real file of another kind, named honestly
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + os.urandom(64))
        return path, "not a readable audio file"
    if kind == "zero-seconds":
        write_wav(path, np.zeros(0, dtype=np.float32))
        return path, "no audio (0 seconds)"
    if kind == "directory":
        path.mkdir()
        return path, "directory"
    if kind == "too-long":
        sparse_wav(path, 3601)
        return path, "longer than the 3600 s limit"
    raise AssertionError(kind)


BAD_AUDIO = [
    "missing",
    "empty",
    "text",
    "truncated-header",
    "unsupported",
    "png",
    "zero-seconds",
    "directory",
    "too-long",
]


@pytest.mark.parametrize("kind", BAD_AUDIO)
def test_bad_audio_via_transcribe(kind, tmp_path, capsys):
    path, words = _bad_audio(tmp_path, kind)
    rc, out, err = _run(["transcribe", path, "--json"], capsys)
    assert rc == 3 and out == ""
    assert_one_line_error(err, path, words)


@pytest.mark.parametrize("kind", BAD_AUDIO)
def test_bad_audio_via_score(kind, tmp_path, capsys):
    path, words = _bad_audio(tmp_path, kind)
    rc, out, err = _run(["score", "-q", "lifecycle", path, "--json"], capsys)
    assert rc == 3 and out == ""
    assert_one_line_error(err, path, words)


@pytest.mark.parametrize("kind", ["missing", "text", "truncated-header", "zero-seconds"])
def test_bad_audio_in_a_real_process_has_no_traceback(kind, tmp_path):
    path, words = _bad_audio(tmp_path, kind)
    for argv in (["transcribe", path], ["score", "-q", "lifecycle", path]):
        done = run_cli(argv, tmp_path / "home", timeout=120)
        assert done.returncode == 3 and done.stdout == ""
        assert_one_line_error(done.stderr, path, words)


JFK = (
    "And so my fellow Americans, ask not what your country can do for you, ask what you can do for "
    "your country."
)


@pytest.fixture(scope="module")
def jfk_variants(real_speech_dir, tmp_path_factory):
    """Real speech at 8 kHz mono and at 48 kHz stereo (resampled with sox)."""
    import shutil

    if not shutil.which("sox"):
        pytest.skip("sox is not installed")
    folder = tmp_path_factory.mktemp("jfk")
    src = real_speech_dir / "jfk.flac"
    out = {"8k": folder / "jfk-8k.wav", "48k-stereo": folder / "jfk-48k-stereo.wav"}
    subprocess.run(["sox", str(src), "-r", "8000", "-c", "1", str(out["8k"])], check=True)
    subprocess.run(["sox", str(src), "-r", "48000", "-c", "2", str(out["48k-stereo"])], check=True)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("variant", ["8k", "48k-stereo"])
def test_any_rate_and_stereo_are_transcribed(variant, jfk_variants, capsys):
    import soundfile as sf

    info = sf.info(str(jfk_variants[variant]))
    assert (info.samplerate, info.channels) == ((8000, 1) if variant == "8k" else (48000, 2))
    rc, out, err = _run(["transcribe", jfk_variants[variant], "--json"], capsys)
    assert rc == 0, err
    data = json.loads(out)
    from voice_interviewer.wer import wer

    # 8 kHz has lost everything above 4 kHz (telephone quality): a few words may go, not the speech
    assert wer(JFK, data["text"]) <= (0.25 if variant == "8k" else 0.10), data["text"]
    assert 10.5 <= data["duration"] <= 11.5 and data["words"]


@pytest.mark.slow
def test_silence_only_is_no_speech_with_an_empty_transcript(tmp_path, capsys):
    path = write_wav(tmp_path / "silence.wav", np.zeros(16000 * 8, dtype=np.float32))
    rc, out, err = _run(["transcribe", path, "--json"], capsys)
    assert rc == 0
    assert "no speech detected" in err and "Traceback" not in err
    data = json.loads(out)
    assert data["text"] == "" and data["words"] == [] and data["duration"] == pytest.approx(8.0)
    rc, out, err = _run(["transcribe", path], capsys)  # human output: nothing invented on stdout
    assert rc == 0 and out == "" and "no speech detected" in err
    rc, out, err = _run(["score", "-q", "lifecycle", path], capsys)  # nothing to score: one line, non-zero
    assert rc != 0 and out == ""
    assert_one_line_error(err, path, "no speech detected")


@pytest.mark.slow
@pytest.mark.parametrize("level", [0.05, 0.3])
def test_white_noise_invents_no_words(level, tmp_path, capsys):
    rng = np.random.default_rng(7)
    path = write_wav(tmp_path / "noise.wav", np.clip(level * rng.standard_normal(16000 * 8), -1, 1))
    rc, out, err = _run(["transcribe", path, "--json"], capsys)
    assert rc == 0, err
    data = json.loads(out)
    assert data["text"] == "" and data["words"] == [], data["text"]


_RSS_PROBE = textwrap.dedent(
    """\
    import json, resource, subprocess, sys
    done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"rc": done.returncode, "out": done.stdout, "err": done.stderr, "peak_mb": peak_mb}))
    """
)


def _peak(argv: list, home: Path) -> dict:
    """Run the console script under a fresh parent whose only child it is: its peak RSS is exact."""
    from hardening_support import cli_command, subprocess_env

    done = subprocess.run(
        [sys.executable, "-c", _RSS_PROBE, *cli_command(), *map(str, argv)],
        env=subprocess_env(home),
        capture_output=True,
        text=True,
        timeout=600,
    )
    return json.loads(done.stdout)


@pytest.mark.slow
def test_a_one_hour_file_is_decoded_in_bounded_memory(tmp_path):
    """An hour of 16 kHz audio is 230 MB as float32: the decoder streams blocks and the VAD runs
    in steps, so the whole run stays near one copy of the samples (it peaked at 1.7 GB before)."""
    hour = sparse_wav(tmp_path / "hour.wav", 3600)
    assert hour.stat().st_blocks * 512 < 1 << 20  # sparse: the test costs no disk
    result = _peak(["transcribe", hour, "--json"], tmp_path / "home")
    assert result["rc"] == 0, result["err"]
    assert json.loads(result["out"])["text"] == "" and "no speech detected" in result["err"]
    assert result["peak_mb"] < 800, result["peak_mb"]
    print(f"1-hour silent WAV: peak RSS {result['peak_mb']:.0f} MB")


def test_longer_than_the_limit_is_refused_before_decoding(tmp_path):
    long = sparse_wav(tmp_path / "long.wav", 5 * 3600, rate=48000, channels=2)  # 5 h, 3.5 GB if decoded
    result = _peak(["score", "-q", "lifecycle", long], tmp_path / "home")
    assert result["rc"] == 3
    assert_one_line_error(result["err"], long, "longer than the 3600 s limit")
    assert result["peak_mb"] < 300, result["peak_mb"]


# --------------------------------------------------------------------------- command line


@pytest.mark.parametrize(
    "argv, names",
    [
        (["score", "-q", "lifecycel", "--text", "x"], ["unknown question 'lifecycel'", "did you mean: lifecycle"]),
        (["score", "-q", "lifecycle/drfit", "--text", "x"], ["unknown follow-up", "did you mean: lifecycle/drift"]),
        (
            ["transcribe", "--question", "monitorng", "missing.wav"],
            ["unknown question 'monitorng'", "monitoring"],
        ),
        (["practice", "--question", "reproducability"], ["unknown question id", "reproducibility"]),
        (["rehearse", "--question", "ml-ci-cd"], ["unknown question id", "ml-cicd"]),
        (["compare", "cloud-platfrom"], ["cloud-platfrom", "cloud-platform"]),
    ],
)
def test_unknown_question_suggests_the_closest_ids(argv, names, capsys):
    rc, out, err = _run(argv, capsys)
    assert rc == 2
    assert_one_line_error(err, *names)


@pytest.mark.parametrize(
    "argv",
    [
        ["questions", "--category", "nope"],
        ["practice", "--category", "nope"],
        ["rehearse", "--category", "nope"],
        ["progress", "--category", "nope"],
    ],
)
def test_unknown_category_lists_the_real_ones(argv, capsys):
    rc, out, err = _run(argv, capsys)
    assert rc == 2
    assert_one_line_error(err, "'nope'", "core", "monitoring", "behavioral")


@pytest.mark.parametrize(
    "argv, names",
    [
        (["score", "-q", "lifecycle", "--text", "hi", "answer.wav"], ["--text", "AUDIO_FILE"]),
        (["score", "-q", "lifecycle"], ["--text", "AUDIO_FILE"]),
        (["practice", "--silent", "--speak-to", "out"], ["--silent", "--speak-to"]),
        (["rehearse", "--question", "lifecycle", "--count", "2"], ["--question", "--count"]),
        (["practice", "--question", "lifecycle", "--category", "core"], ["--question", "--category"]),
        (["practice", "--answers", ".", "--input-device", "0"], ["--answers", "--input-device"]),
        (["practice", "--realtime"], ["--realtime", "--answers"]),
        (["rehearse", "--total", "-1"], ["--total"]),
        (["practice", "--count", "0"], ["--count"]),
        (["report", "last", "--all", "-o", "x.html"], ["SESSION", "--all"]),
    ],
)
def test_conflicting_or_impossible_options(argv, names, capsys):
    rc, out, err = _run(argv, capsys)
    assert rc == 2 and out == ""
    assert_one_line_error(err, *names)


SESSION_TRICKS = [
    "../sessions",
    "..",
    "a/b",
    "/etc/passwd",
    "/tmp",
    "20250101-000000-abcd/../x",
    "./20250101-000000-abcd",
    "~root",
]


@pytest.mark.parametrize("trick", SESSION_TRICKS)
@pytest.mark.parametrize("command", ["replay", "delete", "report"])
def test_session_id_path_tricks_are_refused(command, trick, voice_interviewer_home, tmp_path, capsys):
    canary = voice_interviewer_home / "canary"
    canary.write_text("keep me")
    argv = [command, trick] + (["-o", tmp_path / "r.html"] if command == "report" else [])
    rc, out, err = _run(argv, capsys)
    assert rc == 2
    assert_one_line_error(err, trick, "not a session id")
    assert canary.read_text() == "keep me" and not (tmp_path / "r.html").exists()


def test_session_id_tricks_in_a_real_process(tmp_path):
    for trick in ("..", "/etc", "x/../../y"):
        done = run_cli(["delete", trick], tmp_path, timeout=120)
        assert done.returncode == 2
        assert_one_line_error(done.stderr, trick)
    assert Path("/etc/passwd").exists()


@pytest.mark.slow
def test_a_silent_answer_in_an_interview_is_unanswered_and_the_interview_goes_on(
    tmp_path, voice_interviewer_home, capsys
):
    from voice_interviewer.store import list_sessions

    answers = tmp_path / "answers"
    answers.mkdir()
    write_wav(answers / "lifecycle.wav", np.zeros(16000 * 6, dtype=np.float32))  # the candidate says nothing
    rng = np.random.default_rng(3)
    write_wav(answers / "monitoring.wav", 0.05 * rng.standard_normal(16000 * 6))  # only room noise
    rc, out, err = _run(
        ["rehearse", "--question", "lifecycle", "--question", "monitoring", "--answers", answers, "--silent"],
        capsys,
    )
    assert rc == 0, err
    assert "Traceback" not in err
    log = list_sessions(voice_interviewer_home)[0]
    assert log.status == "completed"
    assert [(u["turn"], u["reason"]) for u in log.of_type("unanswered")] == [
        (1, "no speech detected"),
        (2, "no speech detected"),
    ]
    assert [t["transcript"]["text"] for t in log.of_type("transcript")] == ["", ""]  # nothing invented
    assert len(log.of_type("answer_audio")) == 2 and not log.of_type("verdict")


# --------------------------------------------------------------------------- model and answer files


def test_a_missing_or_broken_whisper_model_is_one_line(tmp_path, monkeypatch, real_speech_dir, capsys):
    audio = real_speech_dir / "jfk.flac"  # speech: the model is only loaded when there is some
    rc, out, err = _run(["transcribe", "--model-dir", tmp_path / "nope", audio], capsys)
    assert rc == 5
    assert_one_line_error(err, str(tmp_path / "nope"), "model directory not found")
    (tmp_path / "half-model").mkdir()
    (tmp_path / "half-model" / "config.json").write_text("{}")
    monkeypatch.setenv("VOICE_INTERVIEWER_MODEL", str(tmp_path / "half-model"))
    rc, out, err = _run(["score", "-q", "lifecycle", audio], capsys)
    assert rc == 5
    assert_one_line_error(err, str(tmp_path / "half-model"), "model.bin")


@pytest.mark.slow
def test_an_unreadable_answer_file_is_one_line_naming_it(tmp_path, voice_interviewer_home, capsys):
    from voice_interviewer.store import list_sessions

    answers = tmp_path / "answers"
    answers.mkdir()
    (answers / "lifecycle.wav").write_text("not audio at all")
    rc, out, err = _run(["rehearse", "--question", "lifecycle", "--answers", answers, "--silent"], capsys)
    assert rc == 3
    assert_one_line_error(err, str(answers / "lifecycle.wav"), "not a readable audio file")
    log = list_sessions(voice_interviewer_home)[0]  # the session says what happened
    assert (
        not log.warnings and log.events[-1]["type"] == "session_end" and log.events[-1]["status"] == "failed"
    )


@pytest.mark.parametrize(
    "argv, names",
    [
        (
            ["practice", "--count", "abc"],
            ["--count", "invalid int value: 'abc'", "voice-interviewer practice --help"],
        ),
        (["nope"], ["invalid choice: 'nope'", "practice"]),
        (["score"], ["required", "--question"]),
        (["questions", "check"], ["required", "PATH"]),
        (["rehearse", "--voice", "robot"], ["--voice", "'robot'"]),
    ],
)
def test_usage_mistakes_are_one_line_too(argv, names, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_line_error(err, *names)


def test_speak_to_a_folder_that_cannot_exist_is_one_line(tmp_path, hardening_answers, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    rc, out, err = _run(
        [
            "rehearse",
            "--question",
            "lifecycle",
            "--answers",
            hardening_answers,
            "--speak-to",
            blocker / "spoken",
            "--no-follow-ups",
        ],
        capsys,
    )
    assert rc == 6
    assert_one_line_error(err, str(blocker / "spoken"), "cannot write")


def test_output_cut_short_by_a_closed_pipe_is_quiet(tmp_path):
    """``voice-interviewer questions --json | head -c 1`` (150 kB into a closed pipe): exit quietly,
    no BrokenPipeError traceback at exit."""
    import shlex

    from hardening_support import cli_command, subprocess_env

    for argv in (["questions", "--json"], ["questions"]):
        line = shlex.join(cli_command() + argv) + " | head -c 1 >/dev/null; exit ${PIPESTATUS[0]}"
        done = subprocess.run(
            ["bash", "-c", line], env=subprocess_env(tmp_path), capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr


@pytest.mark.parametrize(
    "argv, names, code",
    [
        (["practice", "--weakest", "0"], ["--weakest"], 2),
        (["practice", "--weakest", "2", "--question", "lifecycle"], ["--question", "--weakest"], 2),
        (["compare", "lifecycle", "--last", "0"], ["--last"], 2),
        (["replay", "last"], ["no saved sessions"], 2),  # a usage mistake, not a disk problem (issue 15 item 11)
        (["delete", "last", "--yes"], ["no saved sessions"], 2),
        (["report", "last", "-o", "x.html"], ["no saved sessions"], 2),
    ],
)
def test_more_impossible_requests_are_one_line(argv, names, code, capsys):
    rc, out, err = _run(argv, capsys)
    assert rc == code and out == ""
    assert_one_line_error(err, *names)


def test_report_into_a_directory_is_one_line(voice_interviewer_home, interview_fakes, tmp_path, capsys):
    from test_hardening_storage import _fake_interview

    _fake_interview(voice_interviewer_home, interview_fakes)
    rc, out, err = _run(["report", "--all", "-o", tmp_path], capsys)
    assert rc == 2
    assert_one_line_error(err, str(tmp_path), "cannot write report")
