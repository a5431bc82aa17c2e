"""Clean actors (kg/extract/actor_filter.py): every rule's example from entities/not_names.json, and real text."""
from __future__ import annotations

import json

import pytest

from kg.extract.actor_filter import _CommonWords, headline_lines
from kg.resources import load_json
from tests.conftest import shared_data

RULES = {name: rule for name, rule in load_json("entities/not_names.json").items() if name != "_doc"}


@pytest.mark.parametrize("name", sorted(RULES))
def test_each_rule_keeps_and_drops_what_its_example_says(nlp, name):
    example = RULES[name]["example"]
    names = [m.text for m in nlp(example["text"])._.kg_mentions if m.antecedent is None]
    assert set(example["keep"]) <= set(names), names
    assert not set(example["drop"]) & set(names), names


def test_a_headline_is_a_capitalised_line_without_final_punctuation():
    text = "Ukrainians Would Rather Live In A Free Ukraine Than Under Russia’s Thumb\nPutin met Lavrov in Moscow.\nKyiv"
    assert headline_lines(text) == [(0, 72)]


def test_a_name_the_text_uses_elsewhere_stays_an_actor_in_a_headline(nlp):
    doc = nlp("Goldman Sachs Sees Oil Rising\n\nGoldman Sachs said oil would rise.")
    assert [m.key for m in doc._.kg_mentions].count("Goldman Sachs") == 2


def test_pronouns_follow_their_antecedent_after_filtering(nlp):
    doc = nlp("What the US Needs to Offer Russia to Avoid War\n\nSecond Russia s army is tired and it wants a pause.")
    mentions = doc._.kg_mentions
    for mention in mentions:
        if mention.antecedent is not None:
            assert mentions[mention.antecedent].antecedent is None
            assert mentions[mention.antecedent].key == mention.key
    assert "Avoid War" not in [m.text for m in mentions]


def test_no_treebank_bracket_in_any_actor_of_real_pre_tokenised_news(nlp):
    path = shared_data("news", "timeline17", "LibyaWar_reuters", "articles.jsonl")
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for _, line in zip(range(6), lines, strict=False)]
    brackets = set(RULES["bracket_tokens"]["tokens"])
    for doc in nlp.pipe(texts):
        for mention in doc._.kg_mentions:
            assert not brackets & set(mention.text.split()), mention.text


@pytest.mark.parametrize("text", [
    "Brent crude fell more than $ 3 but by 2000 GMT had recovered to $ 114.82 .",
    "At 1400 GMT ground forces had yet to enter the city, Reuters said.",
])
def test_a_time_zone_is_no_actor(nlp, text):
    assert not [m for m in nlp(text)._.kg_mentions if m.text in load_json("temporal/lexicon.json")["timezones"]]


def test_a_live_blog_clock_time_is_no_part_of_the_name_after_it(nlp):
    names = {m.text: m.label for m in nlp("Wednesday 17 June 2009\n\n15.39 BST Government officials today warned "
                                          "farmers. 16.02 BST Alan Johnson said the risk was low.")._.kg_mentions}
    assert "Alan Johnson" in names
    assert not [n for n in names if "BST" in n or n == "Government"], names


@pytest.mark.parametrize(("text", "name", "glued"), [
    ("Gadhafi spoke on Monday. Will Gadhafi survive the bombing?", "Gadhafi", "Will Gadhafi"),
    ("Gadhafi forces held Brega. Defending Brega is vital, Ibrahim said.", "Brega", "Defending Brega"),
])
def test_a_verb_or_modal_glued_to_a_name_the_text_uses_alone_is_dropped(nlp, text, name, glued):
    names = [m.text for m in nlp(text)._.kg_mentions]
    assert glued not in names and names.count(name) >= 2, names


def test_a_first_name_that_is_also_a_word_stays(nlp):
    assert "Will Smith" in [m.text for m in nlp("Will Smith said Smith was happy.")._.kg_mentions]


def test_a_disease_named_with_its_head_is_no_actor(nlp):
    doc = nlp("The WHO know what is going on and they have a much better understanding of Swine Flu than we do .")
    assert not any("Swine" in m.text for m in doc._.kg_mentions)
    # refusal: a body whose name only holds the word keeps its name ("World Influenza Centre")
    doc = nlp("The research is being done at the World Influenza Centre in Mill Hill .")
    assert "World Influenza Centre" in [m.text for m in doc._.kg_mentions]


def test_a_common_noun_that_only_opens_a_sentence_is_no_name(nlp):
    text = ("Prices rose as fighting closed the oil fields. `` Oil hit a 32-month high above $ 124 Friday , '' "
            "a trader told Khalid Ali.")
    names = [m.text for m in nlp(text)._.kg_mentions if m.antecedent is None]
    assert "Oil" not in names and "Khalid Ali" in names
    # refusal: a name the text also capitalises inside a sentence stays one
    text = "Shell said the oil fields were closed. Shell hit a high on Friday, a trader told Khalid Ali."
    assert "Shell" in [m.text for m in nlp(text)._.kg_mentions if m.antecedent is None]


def test_a_common_noun_capitalised_elsewhere_only_inside_a_longer_name_is_no_name(nlp):
    text = ("Tanks are seen at Mobil Oil 's oil refinery .\nNEW YORK | Fri Apr 8 , 2011 6:26 pm EDT NEW YORK -LRB- "
            "Reuters -RRB- - Oil prices surged the most in three weeks on Friday , with Brent jumping $ 4 a barrel .")
    assert "Oil" not in [m.text for m in nlp(text)._.kg_mentions if m.antecedent is None]
    # refusal: a word the text capitalises alone inside a sentence stays a name
    text = "Tanks are seen at an oil refinery of Shell.\n\nNEW YORK (Reuters) - Shell rose on Friday."
    assert "Shell" in [m.text for m in nlp(text)._.kg_mentions if m.antecedent is None]


def test_the_words_in_lower_case_and_capitalised_inside_a_sentence_are_read_from_the_doc_arrays(nlp):
    """``_CommonWords`` reads the doc's arrays, not a ``Token`` per word: the words in lower case,
    and those capitalised neither as a sentence's or quotation's first word nor beside a name."""
    doc = nlp("Tanks are seen at Mobil Oil 's refinery . \" Oil is short , \" said the Oil Minister . "
              "Prices rose as Shell fell -- Brent jumped .")
    words = _CommonWords(doc)
    words._read()
    lower, capitalised = ({doc.vocab.strings[key] for key in keys} for keys in (words.lower, words.capitalised_inside))
    assert {"are", "seen", "refinery", "short", "rose"} <= lower and "Oil" not in lower
    assert "Shell" in capitalised and "Brent" not in capitalised  # (after "--")
    assert "Oil" not in capitalised  # "Mobil Oil", "Oil Minister", "" Oil is"
    assert words.opens_with(doc[doc.text.split().index("Prices"):][:1]) is False  # "prices" not written in lower case


def test_an_office_of_a_body_is_not_cut_into_a_person_and_a_body(nlp):
    text = ("The documents also criticize Carol Browner , director of the White House Office of Energy and Climate "
            "Change Policy , saying that she erred .")
    names = [m.text for m in nlp(text)._.kg_mentions]
    assert "Energy and Climate Change Policy" not in names, names
