"""Property tests: the normaliser never raises and only gives well-formed TIMEX3 values."""
from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.timex_normalise import VALUE_GRAMMAR, normalise_text
from kg.extract.timex_patterns import month_names
from kg.resources import load_json

LEXICON = load_json("temporal/lexicon.json")
WORDS = sorted(
    set(month_names()) | set(LEXICON["weekdays"]) | set(LEXICON["units"])
    | set(LEXICON["relative_words"]) | set(LEXICON["direction_words"]) | set(LEXICON["numbers"])
    | set(LEXICON["ordinals"]) | set(LEXICON["seasons"]) | set(LEXICON["vague"]) | set(LEXICON["deictic_days"])
    | {"the", "of", "in", "since", "from", "to", "and", "century", "decade", "'s", "-", ",", "."}
)
TOKENS = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(str.title),
    st.integers(min_value=0, max_value=3000).map(str),
    st.integers(min_value=1, max_value=99).map(lambda n: f"{n}0s"),
    st.text(max_size=6),
)
PHRASES = st.lists(TOKENS, max_size=12).map(" ".join)
PUBLISHED = st.one_of(
    st.none(),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(lambda d: d.isoformat()[:7]),
    st.text(max_size=12),
)


@settings(max_examples=400, deadline=None)
@given(PHRASES, PUBLISHED)
def test_normaliser_gives_well_formed_values(text, published):
    for candidate, reading in normalise_text(text, published):
        assert VALUE_GRAMMAR.match(reading.value), (candidate.text, reading.value)
        assert reading.type in ("DATE", "TIME", "DURATION", "SET")
        assert reading.anchor in ("absolute", "publication", "narrative", "unresolved")
        assert text[candidate.start : candidate.end] == candidate.text
        if reading.start_date is not None:
            assert reading.start_date <= reading.end_date
        if reading.anchor == "unresolved":
            assert reading.start_date is None and "X" in reading.value


@settings(max_examples=200, deadline=None)
@given(PHRASES)
def test_without_publication_date_nothing_is_anchored_on_it(text):
    assert all(reading.anchor != "publication" or reading.granularity in ("vague",)
               for _, reading in normalise_text(text, None))


def test_value_grammar_accepts_timex3_values_and_rejects_others():
    good = ["1994", "196", "19", "2022-02", "2022-02-09", "2023-SP", "2022-W08", "2011-Q1", "2014/2015",
            "P3Y", "P16M", "PXW", "PT5H30M", "PRESENT_REF", "XXXX-05", "XXXX-WXX-5", "1998-02-06TMO",
            "1989-11-09T17:00", "1990-W32-WE"]
    bad = ["", "May", "P", "2022-13-1", "1994-", "PT", "2022-W", "NOW"]
    assert all(VALUE_GRAMMAR.match(v) for v in good)
    assert not any(VALUE_GRAMMAR.match(v) for v in bad)
