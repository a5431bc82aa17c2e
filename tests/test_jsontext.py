"""JSON written in pieces (kg.export.jsontext) is byte for byte what ``json.dumps`` writes,
and a build writes its outputs one at a time."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import kg.export.jsontext as jsontext
from kg.export.jsontext import compact_pieces, indented_pieces

SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text()
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                      | st.dictionaries(st.text(max_size=5), inner, max_size=4), max_leaves=40)


@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_indented_pieces_are_json_dumps_with_indent(value):
    assert "".join(indented_pieces(value)) == json.dumps(value, ensure_ascii=False, indent=1) + "\n"


@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_compact_pieces_are_json_dumps_with_sorted_keys(value):
    assert "".join(compact_pieces(value)) == json.dumps(value, ensure_ascii=False, sort_keys=True)


def test_keys_that_are_not_text_are_written_as_json_writes_them():
    value = {"events": [{1: "a", None: [2.5, True]}], "b": {3: {}}}
    assert "".join(indented_pieces(value)) == json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def test_a_large_value_comes_in_bounded_pieces(seed_build, monkeypatch):
    """The seeds' timeline.json rebuilt in pieces of at most about PIECE_CHARS (plus one event)."""
    monkeypatch.setattr(jsontext, "PIECE_CHARS", 2000)
    text = (seed_build / "timeline.json").read_text("utf-8")
    pieces = list(indented_pieces(json.loads(text)))
    assert "".join(pieces) == text
    assert len(pieces) > len(text) // 4000
    assert max(map(len, pieces)) < 2000 + max(len(json.dumps(e, indent=1)) for e in json.loads(text)["events"]) * 2
