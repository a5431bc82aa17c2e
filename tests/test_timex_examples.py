"""Executable documentation: every example of ``kg/resources/temporal`` (each pattern's
``examples`` in ``patterns.json``, ``_examples`` of ``lexicon.json`` and ``months.json``) run
through the real pipeline (the ``kg_temporal`` component on the example text with its
publication date ``dct``) finds the example's span with its TIMEX3 type, value and mod.

An example whose text holds ``{word}`` (``{Word}``: capitalised) is a template, read once per
word of its lexicon entry, with ``{value}`` the word's meaning; its expected value is
``value`` (a template too) or ``values[word]``; ``overrides[word]`` replaces fields for the words
that read otherwise. An example with ``"span": null`` finds nothing. ``timeml``, where given,
says what TimeML conventions call for where kg differs (the examples pin kg's behaviour).
"""
from __future__ import annotations

import re

import pytest

from kg.extract.timex_patterns import abbreviations, find_candidates, lexicon, month_names
from kg.resources import load_json

PATTERNS = load_json("temporal/patterns.json")["patterns"]
LEXICON_EXAMPLES = lexicon().get("_examples", {})
MONTH_EXAMPLES = load_json("temporal/months.json").get("_examples", [])
# rule and group names: lexicon words that configure the code rather than stand in a text
CODE_NAMES = {entry["rule"] for entry in PATTERNS} | {
    name for entry in PATTERNS for name in re.findall(r"\(\?P<(\w+)>", entry["regex"])}


def _entries() -> dict[str, dict | list | str]:
    """Every lexicon entry by name, months.json as ``months``."""
    entries = {name: words for name, words in lexicon().items() if not name.startswith("_")}
    return entries | {"months": month_names()}


def _examples_of(name: str) -> list[dict]:
    return MONTH_EXAMPLES if name == "months" else LEXICON_EXAMPLES.get(name, [])


def _is_template(example: dict) -> bool:
    return "{word}" in example["text"] or "{Word}" in example["text"]


def _capitalised(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))


def _instances(name: str, words: dict | list, example: dict) -> list[tuple[str, dict]]:
    """The template ``example`` read for each word of entry ``name``: (word, concrete example)."""
    meanings = words if isinstance(words, dict) else dict.fromkeys(words)
    abbreviated = abbreviations(meanings) if name in ("months", "weekdays") else set()
    instances = []
    for word, meaning in meanings.items():
        written = word + ("." if word in abbreviated else "")
        fill = {"word": written, "Word": _capitalised(written), "value": meaning}
        concrete = {**example, "text": example["text"].format(**fill),
                    "span": None if example.get("span") is None else example["span"].format(**fill)}
        expected = example["values"][word] if "values" in example else example.get("value")
        concrete["value"] = expected.format(**fill) if isinstance(expected, str) else expected
        if isinstance(example.get("mod"), str):
            concrete["mod"] = example["mod"].format(**fill)
        concrete.update(example.get("overrides", {}).get(word, {}))
        instances.append((word, concrete))
    return instances


def _lexicon_cases() -> list:
    cases = []
    for name, words in _entries().items():
        for number, example in enumerate(_examples_of(name)):
            concrete = _instances(name, words, example) if _is_template(example) else [("", example)]
            cases += [pytest.param(case, id=f"{name}-{number}-{word}") for word, case in concrete]
    return cases


def _pattern_cases() -> list:
    return [pytest.param(index, example, id=f"{index}-{entry['rule']}-{example['span']}")
            for index, entry in enumerate(PATTERNS) for example in entry.get("examples", [])]


@pytest.fixture(scope="module")
def read(nlp):
    def run(example: dict) -> list:
        doc = nlp.make_doc(example["text"])
        doc._.kg_published = example["dct"]
        return nlp(doc)._.kg_timexes

    return run


def _assert_found(timexes: list, example: dict) -> None:
    found = [(t.text, t.type, t.value, t.mod) for t in timexes]
    if example["span"] is None:
        assert not found, found
        return
    matching = [t for t in timexes if t.text == example["span"]]
    assert matching, (example["span"], found)
    timex = matching[0]
    assert (timex.type, timex.value) == (example["type"], example["value"]), (example["span"], found)
    if "mod" in example:
        assert timex.mod == example["mod"], (example["span"], found)


@pytest.mark.parametrize("index, example", _pattern_cases())
def test_pattern_example(read, index, example):
    _assert_found(read(example), example)
    text, span = example["text"], example["span"]
    if span is None:
        return
    start = text.index(span)
    # the example shows its own pattern: the span (less a dropped article) is that pattern's match
    assert any(c.order == index and c.start <= start and c.end == start + len(span)
               for c in find_candidates(text)), [(c.text, c.order) for c in find_candidates(text)]


@pytest.mark.parametrize("example", _lexicon_cases())
def test_lexicon_example(read, example):
    _assert_found(read(example), example)


def test_every_pattern_has_an_example():
    assert [index for index, entry in enumerate(PATTERNS) if not entry.get("examples")] == []


def _is_text_word(word: str) -> bool:
    """Whether a lexicon word stands in a text (not a tag, code, mark or rule/group name)."""
    return bool(re.fullmatch(r"'?[a-z][a-z' .-]*", word)) and word not in CODE_NAMES


def _occurs(word: str, text: str) -> bool:
    before = r"(?<![a-z])" if word[0].isalpha() else ""
    after = r"(?:(?![a-z])|(?=n't))" if word[-1].isalpha() else ""  # "wo" of "won't"
    return re.search(before + re.escape(word) + after, text, re.IGNORECASE) is not None


@pytest.mark.parametrize("name", list(_entries()))
def test_every_lexicon_word_has_an_example(name):
    """Each entry has an example, and each of its words stands in one (by template or in a text)."""
    examples = _examples_of(name)
    assert examples, f"lexicon entry {name!r} has no _examples"
    if any(_is_template(example) for example in examples):
        return
    words = _entries()[name]
    texts = [example["text"] for example in examples]
    missing = [w for w in words if isinstance(w, str) and _is_text_word(w) and not any(_occurs(w, t) for t in texts)]
    assert missing == [], f"words of {name!r} no example shows"


def test_examples_name_only_existing_entries():
    assert set(LEXICON_EXAMPLES) - set(_entries()) == set()


def test_template_values_name_every_word():
    for name, words in _entries().items():
        for example in _examples_of(name):
            if "values" in example:
                assert set(example["values"]) == set(words), name
            assert set(example.get("overrides", {})) <= set(words), name
