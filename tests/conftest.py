"""Shared fixtures. APPEND only; keep others' fixtures intact."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def voice_interviewer_home(tmp_path_factory, monkeypatch):
    """Every test gets its own data directory, so no test reads or writes the user's sessions."""
    home = tmp_path_factory.mktemp("vi-home")
    monkeypatch.setenv("VOICE_INTERVIEWER_HOME", str(home))
    return home
