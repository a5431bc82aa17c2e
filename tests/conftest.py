"""Shared fixtures and helpers: the spaCy pipeline (loaded once), the seeds built once, paths to
the shared data, writing test files, and texts run through extraction and resolution."""
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


def write_file(folder: Path, name: str, data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8) to ``folder/name``, making its folders; return the path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def resolve_texts(nlp, texts: list[str], published: str, all_events: bool = False):
    """Each text as a document published on ``published``, extracted and resolved:
    ``(extractions, entities, events)``."""
    from kg.extract import extract_document
    from kg.records import Document
    from kg.resolve.entities import resolve_entities
    from kg.resolve.events import resolve_events

    extractions = [extract_document(nlp, Document(id=f"d{i}", path=f"d{i}.txt", text=t, published=published))
                   for i, t in enumerate(texts)]
    entities, assignment = resolve_entities(extractions)
    return extractions, entities, resolve_events(extractions, assignment, {e.id: e.label for e in entities}, all_events)
