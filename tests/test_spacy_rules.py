"""spaCy's attribute ruler and rule lemmatizer on their faster paths (kg.spacy_rules) give what
spaCy's own code gives, but for the verbs whose final "e" kg's pipeline keeps (kg.nlp)."""
from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from kg.nlp import default_model
from kg.spacy_rules import speed_up_rules
from tests.conftest import ROOT

#: news prose with what the ruler's exceptions are about: contractions written apart, "gon na",
#: "ai n't", "y' all", "nothin'", "Let 's", "There are", pronouns as objects, auxiliaries as
#: main verbs, determiners standing alone, runs of white space
TEXT = """Rebels ai n't leaving , a commander told Reuters on Tuesday . " We 're gon na hold the port ,
and there 's nothin' they can do about it , " he said . Y' all know that , he added  .

There are talks in Geneva but the envoy said they had done little . That was all he would say ;
Let 's wait , he told us . I 'm not sure whether the ceasefire will hold , said the minister ,
who met her counterpart twice last week.\n\nThe talks resumed on Monday ."""


@pytest.fixture(scope="module")
def docs(nlp):
    """The text above and the seed articles, parsed up to the attribute ruler."""
    texts = [TEXT] + [path.read_text("utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    with nlp.select_pipes(enable=before):
        return list(nlp.pipe(texts))


def test_the_attribute_ruler_finds_what_spacys_matcher_finds(nlp, docs):
    ruler = nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler)  # kg's path, not spaCy's
    for doc in docs:
        assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    spans = {docs[0][start:end].text for _, _, start, end in ruler.match(docs[0]) if end - start == 2}
    assert spans == {"ai n't", "gon na", "there 's", "There are", "Let 's"}


def test_the_ruler_tries_its_regular_expressions_once_per_word(nlp, docs):
    # why: the same words come in document after document, and a regular expression's answer for a
    # word does not change: each is tried once per word, and the matches stay spaCy's
    from kg.spacy_rules import _column_patterns, _match

    ruler = nlp.get_pipe("attribute_ruler")
    patterns = _column_patterns(ruler)
    assert len(patterns.singles) > 100  # tested all at once
    assert _match(docs[0], patterns) == AttributeRuler.match(ruler, docs[0])
    tried = {row: dict(words) for row, words in patterns.searched.items()}
    assert tried and all(tried.values())
    assert _match(docs[0], patterns) == AttributeRuler.match(ruler, docs[0])
    assert patterns.searched == tried  # nothing tried again


def test_the_lemmatizer_gives_spacys_lemmas(nlp, docs):
    spacys = spacy.load(default_model(), enable=["lemmatizer"]).get_pipe("lemmatizer")
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert lemmatizer.lemmatize != lemmatizer.rule_lemmatize  # kg's path, not spaCy's
    ruler = nlp.get_pipe("attribute_ruler")
    words = 0
    for doc in docs:
        doc = ruler(doc.copy())
        for token in doc:
            if token.lemma == 0:
                spacy_forms, forms = spacys.rule_lemmatize(token), lemmatizer.lemmatize(token)
                assert forms in (spacy_forms, [spacy_forms[0] + "e", *spacy_forms]), token.text
                words += 1
    assert words > 1000


@pytest.mark.parametrize(("text", "verb", "lemma"), [
    ("The Muslim Brotherhood staged a revolt in Hama.", "staged", "stage"),
    ("The Taliban are waging a war against NATO.", "waging", "wage"),
    ("Officials hoped to reopen the port.", "hoped", "hope"),
    ("Soldiers raped women in the town, a witness said.", "raped", "rape"),
    ("Police stopped the march and banned the rally.", "stopped", "stop"),
    ("He based the plan on old data.", "based", "base"),
])
def test_a_verb_with_one_consonant_before_its_ending_keeps_its_final_e(nlp, text, verb, lemma):
    # why: spaCy's rule lemmatizer strips "-ed"/"-ing" and takes the first known verb ("stag" for
    # "staged"), though a verb of that shape would have doubled its consonant ("stagged")
    assert next(t.lemma_ for t in nlp(text) if t.text == verb) == lemma


def test_a_ruler_with_patterns_the_columns_cannot_test_keeps_spacys_matcher():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"})
    speed_up_rules(nlp)
    assert "match" in vars(ruler)
    doc = nlp("They 're gon na win .")
    assert [token.lemma_ for token in nlp.get_pipe("attribute_ruler")(doc)][2] == "go"

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na", "OP": "?"}]], {"LEMMA": "go"})  # an operator
    speed_up_rules(nlp)
    assert "match" not in vars(ruler)


def test_the_ruler_sets_each_match_on_its_token_without_spacys_span(nlp, docs, monkeypatch):
    # why: spaCy's set_annotations makes a Span and two Tokens per match (117,000 on 80 articles) to
    # find the token a pattern sets; kg's finds it by the match's offsets and sets the same attributes
    from spacy.attrs import LEMMA, MORPH, NORM, POS, TAG

    ruler = nlp.get_pipe("attribute_ruler")
    columns = [TAG, POS, MORPH, LEMMA, NORM]
    spacys = [AttributeRuler.__call__(ruler, doc.copy()).to_array(columns) for doc in docs[:3]]

    def not_spacys(*args):
        raise AssertionError("spaCy's set_annotations")

    monkeypatch.setattr(AttributeRuler, "set_annotations", not_spacys)
    for doc, expected in zip(docs[:3], spacys, strict=True):
        assert (ruler(doc.copy()).to_array(columns) == expected).all()


def test_a_ruler_pattern_whose_token_lies_outside_its_match_fails_as_in_spacy():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"}, index=-1)
    ruler.add([[{"LOWER": "win"}]], {"LEMMA": "won"}, index=1)  # no second token: spaCy's E1001
    speed_up_rules(nlp)
    assert [t.lemma_ for t in nlp("gon na")] == ["", "go"]  # from the end
    with pytest.raises(ValueError, match="E1001"):
        nlp("They 're gon na win .")


def test_a_build_asks_the_lemmatizer_once_per_word_part_of_speech_and_morphology(nlp, monkeypatch):
    # why: spaCy's lemmatizer makes every token and reads its word, part of speech and morphology to
    # lemmatize it; the answer depends on nothing else, so a build (nlp.pipe) reads them as columns,
    # asks once per such triple and writes the lemmas as one column: the lemmas are spaCy's
    from spacy.attrs import LEMMA

    # words no other test reads: the memo lives as long as the pipeline, which the tests share
    text = "Parleys reconvened on Monday. The parleys reconvened again on Tuesday, and parleys will reconvene."
    expected = [t.lemma_ for t in nlp(text)]  # nlp(text): spaCy's __call__, a word at a time
    lemmatizer = nlp.get_pipe("lemmatizer")
    asked = []
    lemmatize = lemmatizer.lemmatize
    monkeypatch.setattr(lemmatizer, "lemmatize",
                        lambda token: asked.append((token.text, token.pos_, str(token.morph))) or lemmatize(token))
    (doc,) = nlp.pipe([text])
    assert [t.lemma_ for t in doc] == expected
    words = [word for word, _, _ in asked]
    assert sorted(asked) == sorted(set(asked)) and "reconvened" in words and "parleys" in words
    # each word with its part of speech and morphology asked at most once ("parleys" a noun twice, "on", ".")
    assert len(asked) <= len({(t.text, t.pos_, str(t.morph)) for t in doc}) < len(doc)
    assert doc.to_array(LEMMA).all()
