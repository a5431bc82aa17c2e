"""The steps of event extraction one by one on real sentences: clause helpers, merging
two-word events, and the dating phases."""
from __future__ import annotations

from kg.extract.events import _event
from kg.extract.events.dating import date_by_narrative, date_by_sentence, date_in_clause, sentence_times
from kg.extract.events.lookup import MentionLookup
from kg.extract.events.triggers import event_of_token, find_triggers, merge_two_word_events
from kg.extract.sentences import sentence_of_token
from kg.extract.syntax import is_infinitive, subject
from kg.resources import load_json


def undated_triggers(nlp, text):
    """The parsed doc and its triggers, each with the pipeline's event for it, undated."""
    doc = nlp(text)
    lexicon = load_json("events.json")
    triggers = merge_two_word_events(find_triggers(doc, lexicon, "lexicon", MentionLookup.of(doc)), lexicon)
    lookup = MentionLookup.of(doc)
    sentences = sentence_of_token(doc)
    for trigger in triggers:  # a telling that reports an event left the pipeline's events: build every one
        trigger.event, _ = _event(trigger, lookup, lexicon, doc.text, sentences[trigger.token.i])
    return doc, triggers


def dates(doc, triggers):
    return {t.event.trigger: (doc._.kg_timexes[t.event.timex].text, t.event.date_anchor)
            for t in triggers if t.event.timex is not None}


def token(doc, text):
    return next(t for t in doc if t.text == text)


def test_subject_is_the_passive_agent_when_there_is_no_active_one(nlp):
    doc = nlp("Crimea was annexed by Russia.")
    assert subject(token(doc, "annexed")).text == "Russia"


def test_a_to_infinitive_is_recognised(nlp):
    doc = nlp("Putin's call to negotiate was dismissed.")
    assert is_infinitive(token(doc, "negotiate")) and not is_infinitive(token(doc, "dismissed"))


def test_two_words_saying_one_event_are_merged(nlp):
    doc, triggers = undated_triggers(nlp, "Blinken and Lavrov agreed to meet. Ukraine signed the agreement.")
    merged = {t.token.text: (t.complement or t.carrier).text for t in triggers if t.complement or t.carrier}
    assert merged == {"agreed": "meet", "agreement": "signed"}
    events_at = event_of_token(triggers)
    assert events_at[token(doc, "meet").i] == events_at[token(doc, "agreed").i]
    assert events_at[token(doc, "signed").i] == events_at[token(doc, "agreement").i]


def test_an_event_noun_counted_by_a_quantity_takes_in_its_support_verb(nlp):
    text = "The United States and the European Union imposed a series of targeted sanctions against Damascus."
    doc, triggers = undated_triggers(nlp, text)
    merged = {t.token.text: t.carrier.text for t in triggers if t.carrier}
    assert merged == {"sanctions": "imposed"}
    event = next(e for e in doc._.kg_events if e.trigger == "sanctions")
    parties = {(doc._.kg_mentions[p.mention].text, p.role) for p in event.participants}
    assert parties == {("United States", "actor"), ("European Union", "actor"), ("Damascus", "recipient")}
    assert event.type == "SANCTION" and not any(e.trigger == "imposed" for e in doc._.kg_events)


def test_a_plural_run_of_attacks_takes_in_its_support_verb_which_launches_no_product(nlp):
    # "waves of" counts as "a wave of" does, and the launch of bombings is no product launch
    doc, triggers = undated_triggers(nlp, "Hamas launched waves of suicide bombings against Israelis.")
    assert {t.token.text: t.carrier.text for t in triggers if t.carrier} == {"bombings": "launched"}
    assert [(e.trigger, e.type) for e in doc._.kg_events] == [("bombings", "ASSAULT")]


def test_a_date_in_a_clause_dates_the_nearest_trigger_above_it(nlp):
    doc, triggers = undated_triggers(nlp, "Putin said in 2019 that Russia had invaded Georgia in 2008.")
    claimed = date_in_clause(doc, triggers, event_of_token(triggers), doc._.kg_timexes)
    assert dates(doc, triggers) == {"said": ("2019", "clause"), "invaded": ("2008", "clause")}
    assert len(claimed) == 2


def test_the_sentence_phase_takes_only_dates_no_clause_took(nlp):
    text = "In 2014, Russia annexed Crimea and Ukraine protested."
    doc, triggers = undated_triggers(nlp, text)
    claimed = date_in_clause(doc, triggers, event_of_token(triggers), doc._.kg_timexes)
    date_by_sentence(triggers, doc._.kg_timexes, claimed)
    assert dates(doc, triggers) == {"annexed": ("2014", "clause")}
    doc, triggers = undated_triggers(nlp, text)
    date_by_sentence(triggers, doc._.kg_timexes, claimed={})
    assert dates(doc, triggers) == {"annexed": ("2014", "sentence"), "protested": ("2014", "sentence")}


def test_the_narrative_phase_carries_the_last_date_on_unless_the_sentence_moves_the_time(nlp):
    text = "The war began in 2014. Russia then annexed Crimea."
    doc, triggers = undated_triggers(nlp, text)
    date_by_narrative(doc.text, triggers, doc._.kg_timexes, breaks=set(), times=sentence_times(doc, doc._.kg_timexes))
    assert dates(doc, triggers) == {"annexed": ("2014", "narrative")}
    doc, triggers = undated_triggers(nlp, text)
    date_by_narrative(doc.text, triggers, doc._.kg_timexes, breaks={"then"}, times=sentence_times(doc, doc._.kg_timexes))
    assert dates(doc, triggers) == {}


def test_a_year_in_a_name_no_timex_covers_joins_the_documents_timexes(nlp):
    with nlp.select_pipes(disable=["kg_temporal"]):
        doc = nlp("These include the 1994 Budapest Memorandum, whereby Ukraine renounced its arsenal.")
        undated = nlp("Russia invaded Ukraine.")
    assert [(t.text, t.value) for t in doc._.kg_timexes] == [("1994", "1994")]
    assert {e.trigger: e.timex for e in doc._.kg_events} == {"Memorandum": 0, "renounced": 0}
    assert undated._.kg_timexes is None  # no timexes found, none written


def test_a_column_of_a_doc_is_read_once_for_every_word_list_sought_in_it(nlp):
    # why: kg's components seek a dozen word lists in the same columns of a Doc (tokens_among); the
    # column is read once and kept unwritable, as the answers are the same
    import pytest
    from spacy.attrs import LOWER

    from kg.extract.syntax import doc_memo
    from kg.extract.text import tokens_among

    doc = nlp("Talks resumed on Monday, and talks said little.")
    assert tokens_among(doc, LOWER, {"talks"}) == [0, 6]
    column = doc_memo(doc, "columns")[LOWER]
    assert tokens_among(doc, LOWER, ["monday", "said"]) == [3, 7]
    assert doc_memo(doc, "columns")[LOWER] is column
    with pytest.raises(ValueError):
        column[0] = 0


def test_the_words_of_a_past_role_are_sought_without_walking_the_tokens(nlp):
    # why: whether a clause names a role held then ("George Bush, then governor of Texas") is asked
    # of every verb; the words are found once per Doc in its LOWER column, not by making a Token of
    # every word of the document (a Doc subclass counts the walks)
    from spacy.tokens import Doc

    from kg.extract.events.dating import _names_a_past_role

    class Counting(Doc):
        walked = 0

        def __iter__(self):
            Counting.walked += 1
            return super().__iter__()

    parsed = nlp.make_doc("She whipped off a sarong at a speech by George Bush, then governor of Texas. Talks resumed.")
    for _, component in nlp.pipeline:
        if component is nlp.get_pipe("kg_temporal"):
            break
        parsed = component(parsed)
    doc = Counting(nlp.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed],
                   heads=[t.head.i for t in parsed], deps=[t.dep_ for t in parsed], pos=[t.pos_ for t in parsed],
                   tags=[t.tag_ for t in parsed], lemmas=[t.lemma_ for t in parsed],
                   sent_starts=[t.is_sent_start for t in parsed])
    whipped, resumed = doc[1], doc[len(doc) - 2]
    assert (_names_a_past_role(whipped), _names_a_past_role(resumed)) == (True, False)
    assert Counting.walked == 0


def test_tense_and_aspect_are_worked_out_once_per_word(nlp, monkeypatch):
    # why: an event word's tense is asked by its event, its type and the habit rules: the answer is
    # the same for one parse, worked out once and kept for the Doc
    from kg.extract.events import tense

    doc = nlp("The rebels have been shelling the town since Monday.").copy()  # (a Doc no rule has read)
    worked_out = []
    monkeypatch.setattr(tense, "_tense_and_aspect", lambda token: worked_out.append(token.i) or ("X", "Y"))
    assert tense.tense_and_aspect(doc[3]) == tense.tense_and_aspect(doc[3]) == ("X", "Y")
    assert worked_out == [3]


def test_a_sentence_is_read_for_its_question_mark_once(nlp):
    # why: every clause asks whether its sentence is a question; the sentence's last words are read
    # once for all its clauses
    from kg.extract.factuality import _question
    from kg.extract.syntax import doc_memo

    doc = nlp("Will Gaddafi step down? Rebels said he would go.").copy()  # (a Doc no rule has read)
    assert [_question(doc[i]) for i in (1, 2, 6, 7)] == [True, True, False, False]
    assert doc_memo(doc, "question_sentences") == {0: True, 1: False}


def test_the_mention_a_participant_stands_for_is_worked_out_once_per_token(nlp, monkeypatch):
    # why: a participant of several events and a speaker of several statements are asked for again;
    # the answer depends on the parse and the triggers, set before the first question
    doc = nlp("Gaddafi said NATO had bombed Tripoli and killed civilians.")
    lookup = MentionLookup.of(doc)
    worked_out = []
    work = lookup._mention_for
    monkeypatch.setattr(lookup, "_mention_for", lambda token: worked_out.append(token.i) or work(token))
    nato = lookup.mention_for(doc[2])
    assert lookup.mentions[nato].text == "NATO" and lookup.mention_for(doc[2]) == nato
    assert worked_out == [2]
