"""The trained TimeML event tagger: what it tags, that training is reproducible, and the Task B scorer."""
from __future__ import annotations

import pytest

from kg.evaluate.timeml import TimeMLEvent, parse_timeml
from kg.evaluate.timeml_events import score
from kg.extract.event_tagger import (
    COMPONENT,
    LEMMA_MIN_EVENTS,
    SPANS_KEY,
    add_event_tagger,
    event_char_spans,
    event_tokens,
)
from tests.conftest import shared_data


@pytest.fixture(scope="module")
def tagged_nlp(nlp):
    """kg's pipeline, which carries the shipped tagger (kg/nlp.py adds it before kg_events)."""
    assert COMPONENT in nlp.pipe_names
    return nlp


def events_by_word(doc) -> dict[str, str]:
    return {doc[index].text: event_class for index, event_class in event_tokens(doc)}


def test_tagger_refuses_a_pipeline_without_vectors_or_lemmas():
    import spacy

    with pytest.raises(ValueError, match="lemmatizer"):
        add_event_tagger(spacy.blank("en"))


def test_tagger_sits_after_spacy_components_and_before_kg_ones(tagged_nlp):
    names = tagged_nlp.pipe_names
    assert names.index(COMPONENT) == names.index("ner") + 1 < names.index("kg_temporal")


@pytest.mark.parametrize(("text", "expected"), [
    ("The company said it sold 3 million shares.", {"said": "REPORTING", "sold": "OCCURRENCE"}),
    ("Prices rose sharply on Monday.", {"rose": "OCCURRENCE"}),
    ("The invasion began in February.", {"invasion": "OCCURRENCE", "began": "ASPECTUAL"}),
    ("Officials tried to stop the strike.", {"tried": "I_ACTION", "strike": "OCCURRENCE"}),
])
def test_tagger_finds_and_classes_events(tagged_nlp, text, expected):
    found = events_by_word(tagged_nlp(text))
    assert {word: found.get(word) for word in expected} == expected


def test_tagger_leaves_names_and_function_words_alone(tagged_nlp):
    found = events_by_word(tagged_nlp("The company said it sold 3 million shares."))
    assert not {"The", "company", "it", "3", "million", "."} & found.keys()


def test_leaving_out_parts_of_speech_no_event_has_changes_no_tag(tagged_nlp):
    """At run time the tagger scores no punctuation, determiner, pronoun or number; scoring
    every token, as in training, gives the same events with the same probabilities."""
    from functools import partial

    from spacy.pipeline.spancat import ngram_suggester

    text = ("Rebels said on Monday they had captured the oil town of Brega , and that 1,200 troops "
            "loyal to Gaddafi withdrew . `` We will not stop , '' their commander told reporters .")
    tagger = tagged_nlp.get_pipe(COMPONENT)
    with tagged_nlp.select_pipes(disable=[n for n in tagged_nlp.pipe_names if n.startswith("kg_") and n != COMPONENT]):
        doc = tagged_nlp(text)
        scored = len(tagger.suggester([doc]).dataXd)
        content = tagger.suggester
        try:
            tagger.suggester = partial(ngram_suggester, sizes=[1])
            every = tagged_nlp(text)
        finally:
            tagger.suggester = content
    assert scored < 0.75 * len(doc)
    assert _tags(doc) == _tags(every) and len(_tags(doc)) >= 5


def _tags(doc):
    """(token, class) and probability of each tagged event, in text order."""
    group = doc.spans[SPANS_KEY]
    return sorted(zip(((s.start, s.label_) for s in group), group.attrs["scores"].ravel().tolist(), strict=True))


@pytest.mark.parametrize(("text", "lemma", "word", "network", "weighed"), [
    # TimeML: "begin" ASPECTUAL (41 of 55 TBAQ events), "plan" I_STATE (24 of 33)
    ("The store currently sells music tracks, and more recently has begun to sell TV episodes.",
     "begin VERB", "begun", "I_ACTION", "ASPECTUAL"),
    ("Apple Computer is planning to sell feature films for download.", "plan VERB", "planning", "OCCURRENCE", "I_STATE"),
])
def test_lemma_counts_move_the_class_and_never_the_event_decision(tagged_nlp, text, lemma, word, network, weighed):
    tagger = tagged_nlp.get_pipe(COMPONENT)
    shipped = tagger.lemma_classes
    with tagged_nlp.select_pipes(enable=[n for n in tagged_nlp.pipe_names if not n.startswith("kg_") or n == COMPONENT]):
        tagged = event_tokens(doc := tagged_nlp(text))
        try:  # the lemma unseen in training, then seen too few times to count
            tagger.set_lemma_classes({key: counts for key, counts in shipped.items() if key != lemma})
            unseen = event_tokens(tagged_nlp(text))
            tagger.set_lemma_classes({**shipped, lemma: {weighed: LEMMA_MIN_EVENTS - 1}})
            rare = event_tokens(tagged_nlp(text))
        finally:
            tagger.set_lemma_classes(shipped)
    index = next(token.i for token in doc if token.text == word)
    assert [i for i, _ in tagged] == [i for i, _ in unseen] == [i for i, _ in rare]
    assert (dict(tagged)[index], dict(unseen)[index], dict(rare)[index]) == (weighed, network, network)
    assert [pair for pair in tagged if pair[0] != index] == [pair for pair in unseen if pair[0] != index]


def test_shipped_tagger_carries_the_lemma_classes_of_its_training_data(tagged_nlp):
    counts = tagged_nlp.get_pipe(COMPONENT).lemma_classes
    assert max(counts["say VERB"], key=counts["say VERB"].get) == "REPORTING"
    assert sum(sum(classes.values()) for classes in counts.values()) > 10_000  # TBAQ: 11,129 events


def test_lemma_class_counts_are_counted_per_lemma(nlp):
    from kg.train.event_tagger import event_lemmas, lemma_class_counts

    documents = [parse_timeml('<TEXT>Police <EVENT eid="e1" class="REPORTING">said</EVENT> they '
                              '<EVENT eid="e2" class="I_ACTION">tried</EVENT>.</TEXT>'),
                 parse_timeml('<TEXT>Rebels <EVENT eid="e1" class="REPORTING">say</EVENT> so.</TEXT>')]
    assert lemma_class_counts(event_lemmas(documents, nlp)) == {"say VERB": {"REPORTING": 2}, "try VERB": {"I_ACTION": 1}}


def test_char_spans_cover_the_event_words(tagged_nlp):
    doc = tagged_nlp("Prices rose sharply.")
    assert [(doc.text[start:end], event_class) for start, end, event_class in event_char_spans(doc)] == [
        ("rose", "OCCURRENCE")]
    assert doc.spans[SPANS_KEY].attrs["scores"] is not None


def test_training_documents_hold_gold_events_as_token_spans(nlp):
    from kg.train.event_tagger import to_docbin

    document = parse_timeml('<TEXT>Rebels <EVENT eid="e1" class="OCCURRENCE">nose-dived</EVENT>, police '
                            '<EVENT eid="e2" class="REPORTING">said</EVENT>.</TEXT>')
    (doc,) = to_docbin([document], nlp).get_docs(nlp.vocab)
    assert [(span.text, span.label_) for span in doc.spans[SPANS_KEY]] == [
        ("nose-dived", "OCCURRENCE"), ("said", "REPORTING")]


@pytest.mark.data
def test_training_twice_with_one_seed_gives_identical_weights(nlp, tmp_path):
    from kg.evaluate.timeml import read_timeml_folder
    from kg.train.event_tagger import to_docbin, train

    documents = read_timeml_folder(shared_data("timeml", "tbaq", "TimeBank"))[:3]
    to_docbin(documents, nlp).to_disk(tmp_path / "train.spacy")
    weights = []
    predictions = []
    for _ in range(2):
        tagger = train(tmp_path / "train.spacy", tmp_path / "train.spacy", seed=7, epochs=1).get_pipe(COMPONENT)
        weights.append(tagger.model.to_bytes())
        predictions.append(event_tokens(tagger(nlp(documents[0].text))))
    assert weights[0] == weights[1]
    assert predictions[0] == predictions[1]
    assert predictions[0]  # one epoch on three documents already tags something


def test_scorer_counts_strict_relaxed_and_classes():
    gold = {"a": [TimeMLEvent(0, 4, "said", "e1", "REPORTING"), TimeMLEvent(10, 14, "sold", "e2", "OCCURRENCE"),
                  TimeMLEvent(20, 28, "invasion", "e3", "OCCURRENCE")],
            "b": [TimeMLEvent(0, 5, "tried", "e1", "I_ACTION")]}
    system = {"a": [TimeMLEvent(0, 4, "said", "e1", "REPORTING"), TimeMLEvent(9, 14, " sold", "e2", "STATE"),
                    TimeMLEvent(30, 35, "shares", "e3", "OCCURRENCE")]}
    scores = score(gold, system)
    assert (scores.strict.true_positives, scores.relaxed.true_positives) == (1, 2)
    assert (scores.relaxed.predicted, scores.relaxed.gold) == (3, 4)
    assert scores.class_accuracy == 0.5
    assert scores.class_f1 == pytest.approx(scores.relaxed.f1 / 2)
    assert (scores.per_class["OCCURRENCE"].true_positives, scores.per_class["OCCURRENCE"].gold,
            scores.per_class["OCCURRENCE"].predicted) == (0, 2, 1)
    assert scores.per_class["REPORTING"].f1 == 1.0


def test_kg_cross_validation_scores_kg_with_each_folds_tagger(tmp_path):
    from kg.evaluate.events import evaluate_timeml_events
    from kg.evaluate.timeml import read_timeml_folder
    from kg.extract.event_tagger import MODEL_PATH
    from kg.train.event_tagger import kg_cross_validate

    subset = tmp_path / "tb"
    subset.mkdir()
    for document in read_timeml_folder(shared_data("timeml", "tbaq", "TimeBank"))[:2]:
        (subset / document.name).write_text(document.source, "utf-8")
    documents = read_timeml_folder(subset)
    work = tmp_path / "cv"
    with pytest.raises(SystemExit, match="make train-cv"):
        kg_cross_validate(documents, work, folds=2)
    for fold in range(2):  # the shipped tagger for both folds: kg's own Task B scores come back
        (work / f"fold{fold}").mkdir(parents=True)
        (work / f"fold{fold}" / COMPONENT).symlink_to(MODEL_PATH / COMPONENT)
        (work / f"fold{fold}" / "config.cfg").symlink_to(MODEL_PATH / "config.cfg")
    scores = kg_cross_validate(documents, work, folds=2).as_dict()
    assert scores == {key: value for key, value in evaluate_timeml_events(subset).items() if key != "documents"}
    assert scores["relaxed"]["gold"] > 20
