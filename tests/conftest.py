"""Shared fixtures: the spaCy pipeline (loaded once), the seeds built once, and paths to the shared data."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


def shared_data(*parts: str) -> Path:
    """Path under ../shared/data, or skip the test with a clear message when absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"evaluation data not found at {path} (see the README, section Accuracy)")
    return path


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seeds built exactly as `make` builds them (relative input path, from the project root)."""
    from kg.cli import main

    out = tmp_path_factory.mktemp("out")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        assert main(["build", "seeds", "--out", str(out), "--quiet"]) == 0
    return out
