"""Language knowledge as data files: patterns, gazetteers, title lists, lexicons.

Each stage loads what it needs by name, e.g. ``load_json("titles.json")``;
files are read once and cached.
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_json(name: str) -> Any:
    """Return the parsed JSON resource ``kg/resources/<name>``.

    >>> "president" in load_json("titles.json")["titles"]
    True
    """
    return json.loads(resources.files(__package__).joinpath(name).read_text("utf-8"))



@cache
def title_words() -> frozenset[str]:
    """The words of a title before a person's name, in lower case: ``titles.json``'s
    titles, places in a team and honorifics ("President", "Captain", "Dr").

    >>> {"president", "captain", "dr"} <= title_words()
    True
    """
    titles = load_json("titles.json")
    return frozenset([*titles["titles"], *titles["team_roles"]["words"], *titles["honorifics"]["words"]])
