"""Anchoring events in time (kg/extract/events/dating.py) on short texts: every
example of ``resources/temporal/anchoring.json``, each anchor kind with its relation,
the refusals (opinion, background, modal, negated, past perfect, generic present, counted),
and the order of a timeline's events on one date."""
from __future__ import annotations

import pytest

from kg.extract.events import extract_events
from kg.resources import load_json

ANCHORING = load_json("temporal/anchoring.json")


def _examples() -> list[tuple[str, dict]]:
    found = [(f"relations/{word}", entry["example"]) for word, entry in ANCHORING["relations"].items()]
    found += [(f"background/{entry['words']}", entry["example"]) for entry in ANCHORING["background"]]
    found += [(f"opinion/{word}", example) for word, example in ANCHORING["opinion"].items()]
    found += [(f"narrative_steps/{word}", entry["example"]) for word, entry in ANCHORING["narrative_steps"].items()]
    found += [(f"step_spans/{words}", example) for words, example in ANCHORING["step_spans"].items()]
    found += [(f"time_relatives/{word}", entry["example"]) for word, entry in ANCHORING["time_relatives"].items()]
    found += [(f"habitual/{word}", example) for word, example in ANCHORING["habitual"].items()]
    found += [(f"generic_subjects/{word}", example) for word, example in ANCHORING["generic_subjects"].items()]
    for key in ("unspecified_times", "implicatives", "occasions", "baselines", "long_spans", "result_durations",
                "life_history", "recent_adverbs", "span_prepositions", "first_occasions", "the_dead", "periods",
                "ages", "deaths", "careers", "life_stages", "comparison_starts", "back_references", "perfect_spans",
                "life_nouns", "gradual_changes", "located_in", "time_nouns", "office_changes", "lasting_passives",
                "past_roles", "works", "whole_pasts", "foundings", "work_deeds", "asides", "back_times", "course_marks"):
        found += [(f"{key}/{word}", example) for word, example in ANCHORING[key].items()]
    found += [(f"beginnings/{word}", example) for word, example in ANCHORING["beginnings"]["verbs"].items()]
    found += [(f"charges/{word}", example) for part in ("verbs", "accusers") for word, example in
              ANCHORING["charges"][part].items()]
    found += [(f"ongoing/{word}", entry["example"]) for word, entry in ANCHORING["ongoing"].items()]
    found += [(f"courses/{words}", entry["example"]) for words, entry in ANCHORING["courses"].items()]
    found += [(f"approximate_counts/{mod}", entry["example"]) for mod, entry in ANCHORING["approximate_counts"].items()]
    return found


def anchored(nlp, text: str, published: str | None) -> dict[str, tuple]:
    """Each event's trigger → (anchor kind, relation, date value) as dating leaves it."""
    from kg.records import ANCHOR_KINDS

    doc = nlp.make_doc(text)
    doc._.kg_published = published
    doc = nlp(doc)
    timexes = doc._.kg_timexes
    result = {}
    for event in extract_events(doc, "broad"):
        value = timexes[event.timex].value if event.timex is not None else (
            published if event.date_anchor == "publication" else None)
        result[event.trigger] = (ANCHOR_KINDS.get(event.date_anchor or ""), event.relation, value)
    return result


@pytest.mark.parametrize(("name", "example"), _examples(), ids=[name for name, _ in _examples()])
def test_anchoring_examples(nlp, name, example):
    found = anchored(nlp, example["text"], example["dct"])
    assert example["trigger"] in found, found
    kind, relation, value = found[example["trigger"]]
    assert kind == example["anchor"], found
    if kind is not None:
        assert (relation, value) == (example["relation"], example["value"]), found


def test_timex_in_clause_dates_with_its_preposition(nlp):
    found = anchored(nlp, "NATO bombed the depot on 5 March. Rebels have held Brega since 2 March.", "2011-03-10")
    assert found["bombed"] == ("timex", "INCLUDED_IN", "2011-03-05")
    assert found["held"] == ("timex", "AFTER", "2011-03-02")


def test_reported_past_event_takes_the_report_date(nlp):
    found = anchored(nlp, "The ministry said on Monday that rebels attacked the port.", "2011-06-07")
    assert found["said"] == ("timex", "INCLUDED_IN", "2011-06-06")
    assert found["attacked"] == ("event", "ON_OR_BEFORE", "2011-06-06")


def test_reported_future_event_is_not_dated_by_the_report(nlp):
    found = anchored(nlp, "The EU said on Tuesday six Libyan ports would be added to the list.", "2011-06-07")
    assert found["added"][0] is None


def test_narrative_time_and_past_perfect(nlp):
    found = anchored(nlp, "Rebels entered Brega on 5 March. They captured the port. NATO had bombed the town.",
                     "2011-03-10")
    assert found["captured"] == ("narrative", "INCLUDED_IN", "2011-03-05")
    assert found["bombed"] == ("narrative", "BEFORE", "2011-03-05")


def test_news_takes_the_publication_date(nlp):
    found = anchored(nlp, "Obama said the United States would not deploy ground troops. "
                     "Protesters are fighting police in Benghazi.", "2011-03-18")
    assert found["said"] == ("publication", "ON_OR_BEFORE", "2011-03-18")
    assert found["fighting"] == ("publication", "INCLUDED_IN", "2011-03-18")
    assert found["deploy"][0] is None  # modal and negated


def test_a_simple_past_the_tagger_calls_a_participle_is_news_of_the_day(nlp):
    found = anchored(nlp, "U.N. Secretary-General Ban Ki-moon expressed concern about conditions in Misrata.",
                     "2011-04-07")
    assert found["expressed"] == ("publication", "ON_OR_BEFORE", "2011-04-07")
    # a participle with a "by" agent is a passive the parser gave a subject: no simple past
    found = anchored(nlp, "'Water is short,' said Abdulrahman, a resident of Zintan, cut off by pro-Gaddafi forces.",
                     "2011-03-29")
    assert found["cut"][0] != "publication"


@pytest.mark.parametrize("text", [
    "Russia has long opposed the sanctions.",  # background
    "I think Russia attacked Georgia.",  # opinion
    "Russia may attack Georgia.",  # modal
    "Russia did not attack Georgia.",  # negated
    "Russia had attacked Georgia.",  # past perfect, no narrative time
    "Russia often attacks its neighbours.",  # habitual present
    "Cholera outbreaks kill children in the camps.",  # generic present: a bare plural subject
    "Russia attacked Georgia in 2008.",  # a sentence naming an older date dates by it, not by publication
])
def test_publication_refusals(nlp, text):
    found = anchored(nlp, text, "2011-03-18")
    assert all(kind != "publication" for kind, _, _ in found.values()), found


def test_no_publication_date_no_publication_anchor(nlp):
    found = anchored(nlp, "Obama said the United States would act.", None)
    assert found["said"][0] is None


def test_a_time_inside_the_quote_does_not_date_the_saying(nlp):
    found = anchored(nlp, "\"We had the winter freeze and the windstorm in Europe,\" said Robert Hiscox.", "2010-08-23")
    assert found["said"] == ("publication", "ON_OR_BEFORE", "2010-08-23")
    found = anchored(nlp, "BP reported that it had collected oil since fitting a container 10 days ago.", "2010-06-14")
    assert found["reported"] == ("publication", "ON_OR_BEFORE", "2010-06-14")


def test_the_narrative_steps_forward_from_the_day_the_text_is_on(nlp):
    found = anchored(nlp, "Rebels entered Brega on 5 March. The next day they captured the port. "
                     "A week after, NATO bombed the town.", "2011-03-20")
    assert found["captured"] == ("timex", "INCLUDED_IN", "2011-03-06")  # not the day after publication
    assert found["bombed"] == ("timex", "INCLUDED_IN", "2011-03-12")
    found = anchored(nlp, "Rebels entered Brega on 5 March. They later captured the port. "
                     "NATO had bombed the town.", "2011-03-20")
    assert found["captured"] == ("narrative", "AFTER", "2011-03-05")
    assert found["bombed"] == ("narrative", "BEFORE", "2011-03-05")
    # a step word in another use still keeps the sentence from the narrative time
    found = anchored(nlp, "Rebels entered Brega on 5 March. They captured the port after the bombing.", "2011-03-20")
    assert found["captured"][0] != "narrative"


def test_a_coordinated_verb_shares_the_date_of_its_clause(nlp):
    found = anchored(nlp, "He started Apple in 1976. One year later he was fired from the company and he founded NeXT.",
                     "2011-10-06")
    assert found["fired"] == ("timex", "INCLUDED_IN", "1977") and found["founded"] == found["fired"]
    found = anchored(nlp, "Jobs returned to Apple in 1996 and soon after reassumed the role of chief executive.",
                     "2011-10-06")
    assert found["reassumed"] == ("timex", "AFTER", "1996")
    found = anchored(nlp, "Rebels entered Brega on 5 March and may attack the port.", "2011-03-20")
    assert found["attack"][0] is None  # a modal conjunct is not dated by its neighbour
    found = anchored(nlp, "BP sealed the well and later resumed drilling.", "2010-09-20")
    assert found["resumed"] == ("publication", "ON_OR_BEFORE", "2010-09-20")  # still before it was reported
    # a reporting verb sharing the subject shares the time; one with a subject of its own is the reporter's present
    found = anchored(nlp, "But yesterday, Chavez backtracked and announced that the program was reinstated.",
                     "2009-05-04")
    assert found["announced"] == ("timex", "INCLUDED_IN", "2009-05-03")
    found = anchored(nlp, "Shares fell on Wednesday and the company said it would cut jobs.", "2009-05-04")
    assert found["fell"] == ("timex", "INCLUDED_IN", "2009-04-29") and found["said"][2] != "2009-04-29"


def test_a_participle_shares_the_time_of_its_verb(nlp):
    found = anchored(nlp, "Jobs unveiled the phone on Monday. At the conference, Jobs started by hinting at the incident, "
                     "saying it was resolved.", "2010-06-08")
    assert found["started"] == ("narrative", "INCLUDED_IN", "2010-06-07")
    assert found["hinting"] == found["started"]
    saying = next(trigger for trigger in found if trigger.startswith("saying"))
    assert found[saying] == found["started"]  # a reporting participle says it as its verb happens
    found = anchored(nlp, "Shares fell on Wednesday and the company said it would act.", "2010-06-17")
    assert found["fell"][2] == "2010-06-16" and found["said"][2] != "2010-06-16"  # a coordinated "said" does not


def test_a_time_before_the_after_of_a_clause_is_later_than_that_clause(nlp):
    """"On June 16 2003, six weeks after Bush had claimed victory, reporters wrote": where the
    parser hangs the time on the "after" clause, the clause is before it; a time inside the
    clause still dates it."""
    found = anchored(nlp, "On June 16 2003, barely six weeks after President Bush had claimed victory in Iraq, "
                     "two reporters wrote this about the Falluja area.", "2005-08-12")
    assert found["claimed"][:2] == ("timex", "BEFORE")
    found = anchored(nlp, "After the rebels took Brega on Monday, NATO bombed Sirte.", "2011-08-12")
    assert found["took"] == ("timex", "INCLUDED_IN", "2011-08-08")


def test_a_saying_happens_when_the_dated_speech_it_is_said_in_does(nlp):
    found = anchored(nlp, "Robert Gates said in a farewell speech to cadets at West Point on March 4: "
                     "\"Nobody should send an army into Asia again.\"", "2011-04-01")
    assert found["said"] == ("timex", "INCLUDED_IN", "2011-03-04")
    # refusal: a speech that names no time of its own gives the saying none
    found = anchored(nlp, "Robert Gates said in a farewell speech that the war was over.", "2011-04-01")
    assert found["said"][0] != "timex"


def test_an_event_noun_filed_or_voiced_happens_when_its_verb_does(nlp):
    found = anchored(nlp, "Apple Corps has filed a lawsuit against Apple Computer in a London court this week.",
                     "2006-03-29")
    assert found["lawsuit"] == found["filed"] == ("timex", "INCLUDED_IN", "2006-W13")
    # refusal: the object of a verb that judges an event may be older than the judging
    found = anchored(nlp, "Barack Obama yesterday condemned the attack against Israel.", "2011-03-29")
    assert found["condemned"][2] == "2011-03-28" and found["attack"][2] != "2011-03-28"


def test_the_time_of_a_describing_clause_does_not_date_the_main_event(nlp):
    text = "Jobs, born in San Francisco on February 24, 1955, has built the most valuable technology company."
    found = anchored(nlp, text, "2011-10-06")
    assert found["built"][2] != "1955-02-24", found


def test_a_duration_names_no_time_of_its_sentence(nlp):
    found = anchored(nlp, "During his two-hour speech Jobs attacked the critics.", "2010-07-17")
    assert found["attacked"] == ("publication", "ON_OR_BEFORE", "2010-07-17")


def test_later_time_of_an_embedded_clause_leaves_the_news_recent(nlp):
    found = anchored(nlp, "BP chairman Carl-Henric Svanberg followed the president's statement by announcing "
                     "the company will not pay a dividend this year.", "2010-06-17")
    assert found["followed"] == ("publication", "ON_OR_BEFORE", "2010-06-17")
    found = anchored(nlp, "The board decided that the company would not pay a dividend this year.", "2010-06-17")
    assert found["decided"] == ("publication", "ON_OR_BEFORE", "2010-06-17")


def test_earlier_time_of_an_embedded_clause_keeps_the_publication_date_away(nlp):
    found = anchored(nlp, "Jobs returned to the company that he founded in 1976.", "2010-06-17")
    assert found["returned"][0] is None


def test_a_bare_participle_gives_its_time_to_its_head(nlp):
    found = anchored(nlp, "Hafle, testifying before a panel in Louisiana on Friday, rejected the notion that BP "
                     "had taken risks.", "2010-06-17")
    assert found["testifying"] == ("timex", "INCLUDED_IN", "2010-06-11")  # told in the past tense of its head
    assert found["rejected"] == ("timex", "INCLUDED_IN", "2010-06-11")
    found = anchored(nlp, "Speaking to reporters on Tuesday, Obama said the leak was under control.", "2010-06-17")
    assert found["said"] == ("timex", "INCLUDED_IN", "2010-06-15")
    found = anchored(nlp, "Jobs, having founded Apple in 1976, returned to the company.", "2010-06-17")
    assert found["returned"][0] is None  # a perfect participle is over before its head


def test_a_bare_time_adverbial_dates_the_verb_not_its_object(nlp):
    found = anchored(nlp, "Shell announced a cash purchase of the gas producer East Resources last week.",
                     "2010-06-17")
    assert found["announced"] == ("timex", "INCLUDED_IN", "2010-W23")
    found = anchored(nlp, "Putin offered lengthy defenses of his invasion of Ukraine in February 2022.", "2024-02-10")
    assert found["invasion"] == ("timex", "INCLUDED_IN", "2022-02")


def test_a_time_before_the_reported_subject_belongs_to_the_reporting_verb(nlp):
    found = anchored(nlp, "BP said on Tuesday night it would act.", "2010-06-09")
    assert found["said"] == ("timex", "INCLUDED_IN", "2010-06-08TNI")  # not the Tuesday after, as "would act" has it
    assert found["act"][0] is None
    found = anchored(nlp, "BP said it would act on Tuesday.", "2010-06-09")
    assert found["said"] == ("publication", "ON_OR_BEFORE", "2010-06-09")


def test_a_participle_on_the_subject_without_a_comma_gives_no_time(nlp):
    # a headline run into its photo caption: the burning was last month, the saying is news
    found = anchored(nlp, "Documents suggest BP , Transocean and Halliburton ignored tests indicating faulty "
                     "safety equipment , says committee The Deepwater Horizon oil rig burning last month .",
                     "2010-05-13")
    assert found["says"][0] != "timex"


def test_reported_event_noun_of_a_support_verb_takes_the_report_date(nlp):
    found = anchored(nlp, "Libya's government said on Monday it held talks in Italy, Egypt and Norway.", "2011-06-07")
    assert found["talks"] == ("event", "ON_OR_BEFORE", "2011-06-06")
    found = anchored(nlp, "The ministry said on Monday it would hold talks in Italy.", "2011-06-07")
    assert found["talks"][0] is None  # talks to come


def test_a_date_heading_a_line_of_a_chronology_dates_every_event_of_the_line(nlp):
    text = ("April 10 - Gaddafi accepts a roadmap for ending the conflict, South African President Jacob Zuma "
            "says after talks in Tripoli.\n\nApril 30 - A NATO air strike on a house in Tripoli kills Gaddafi's "
            "youngest son.")
    found = anchored(nlp, text, "2011-08-22")
    assert found["says"][2] == found["accepts"][2] == "2011-04-10"
    assert found["kills"][2] == found["strike"][2] == "2011-04-30"


def test_only_a_date_that_opens_a_line_before_a_dash_heads_a_chronology(nlp):
    from kg.extract.events.dating import chronology_dates

    text = ("On April 10, Gaddafi accepted a roadmap.\nApril 10 was a Sunday - a quiet day.\n"
            "Talks began on May 2 - in Rome.\nApril 30 -- A NATO air strike killed his son.")
    doc = nlp.make_doc(text)
    doc._.kg_published = "2011-08-22"
    timexes = nlp(doc)._.kg_timexes
    assert [timexes[n].text for n in sorted(chronology_dates(text, timexes))] == ["April 30"]


def test_an_actor_put_on_a_recent_day_acts_on_or_before_it_through_the_story(nlp):
    text = ("Yesterday, at this year's conference, Steve Jobs unveiled iPhone 4.\n"
            "In April, a technology blog obtained a prototype of the phone.\n"
            "The phone is only 9.3 millimetres thick.\n"
            "During the keynote, Jobs demoed the gyroscope.\n"
            "\"It is the biggest leap since the original iPhone,\" said Jobs.")
    found = anchored(nlp, text, "2010-06-08")
    assert found["unveiled"] == ("timex", "INCLUDED_IN", "2010-06-07")
    assert found["demoed"] == ("narrative", "ON_OR_BEFORE", "2010-06-07")  # not the publication day, not April
    assert found["said"] == found["demoed"]
    text = ("Yesterday, Steve Jobs unveiled iPhone 4.\nThe phone is only 9.3 millimetres thick.\n"
            "Apple said a supplier failed to test the antenna.\nThe keynote filled the hall, which overflowed.")
    found = anchored(nlp, text, "2010-06-08")
    assert found["said"] == ("publication", "ON_OR_BEFORE", "2010-06-08")  # another actor's news: the reporter's day
    text = text.replace("Apple said", "Jobs said")
    found = anchored(nlp, text, "2010-06-08")
    assert found["said"] == ("narrative", "ON_OR_BEFORE", "2010-06-07")
    # what a source says happened, and a description of a participant, may lie anywhere before publication
    assert found["failed"] == ("publication", "ON_OR_BEFORE", "2010-06-08")
    assert found["overflowed"] == ("publication", "ON_OR_BEFORE", "2010-06-08")


@pytest.mark.parametrize(("lead", "why"), [
    ("In 1976, Steve Jobs founded Apple.", "a time in the past of the news"),
    ("Yesterday, Apple's shares fell sharply.", "another actor's day"),
    ("Yesterday, Apple's shares fell sharply.\nSteve Jobs unveiled a new phone.", "a day carried, not Jobs's own"),
    ("On May 2, Steve Jobs unveiled the iPhone 4.", "more than three days before publication"),
    ("Rescue workers hydrate a gull on Sunday.", "a caption's present"),
    ("Steve Jobs will unveil the iPhone 4 tomorrow.", "no past event"),
])
def test_no_story_day_without_a_recent_day_of_the_actor(nlp, lead, why):
    found = anchored(nlp, f"{lead}\nThe phone is thin.\nThe weather was fine.\nDuring the keynote, Jobs demoed the gyroscope.",
                     "2010-06-08")
    assert found["demoed"] == ("publication", "ON_OR_BEFORE", "2010-06-08"), why


def test_a_time_after_publication_is_no_narrative_time_of_the_past(nlp):
    text = ("In a media event on Wednesday, Apple released new laptops.\n"
            "The event included a preview of Lion, to be released in mid-2011.\n"
            "Steve Jobs unveiled the new products.")
    found = anchored(nlp, text, "2010-10-23")
    assert found["unveiled"] == ("publication", "ON_OR_BEFORE", "2010-10-23")  # not 2011
    found = anchored(nlp, text.replace("products.", "products at the event."), "2010-10-23")
    assert found["unveiled"] == ("event", "INCLUDED_IN", "2010-10-20")  # the event of Wednesday
    found = anchored(nlp, "The preview was shown in May 2010.\nSteve Jobs unveiled the new products.", "2010-10-23")
    assert found["unveiled"] == ("narrative", "INCLUDED_IN", "2010-05")  # a time before publication still goes on


def test_an_adjective_time_names_no_time_of_its_sentence(nlp):
    found = anchored(nlp, "He left current chief operating officer Tim Cook in charge.", "2011-01-17")
    assert found["left"] == ("publication", "ON_OR_BEFORE", "2011-01-17")
    found = anchored(nlp, "He left Tim Cook in charge recently.", "2011-01-17")
    assert found["left"][0] is None  # an adverb is a time of the sentence and keeps the publication date away
    # "now", "currently" are the publication itself, which a past report is on or before;
    # beside another past event "now" sets it against the present: history
    found = anchored(nlp, "Jobs announced a new MacBook Air, on sale now.", "2010-10-23")
    assert found["announced"] == ("publication", "ON_OR_BEFORE", "2010-10-23")
    found = anchored(nlp, "Taylor was arrested, and is now on trial in The Hague.", "2011-03-03")
    assert found["arrested"][0] is None


def test_a_flashback_to_another_actor_does_not_carry_the_story_actor_back(nlp):
    lead = "Yesterday, Steve Jobs unveiled iPhone 4.\n"
    found = anchored(nlp, lead + "In April, a technology blog obtained a prototype.\nJobs joked about the incident.",
                     "2010-06-08")
    assert found["joked"] == ("narrative", "ON_OR_BEFORE", "2010-06-07")  # the story's day, not April
    # the flashback is Jobs's own: the narrative goes on in it
    found = anchored(nlp, lead + "In April, Jobs lost a prototype in a bar.\nHe blamed an engineer.", "2010-06-08")
    assert found["blamed"] == ("narrative", "INCLUDED_IN", "2010-04")
    # a time of a clause below the main verb is the background of the story, which goes on in it
    found = anchored(nlp, "Yesterday, Khamis Gadhafi appeared on state television.\n"
                     "His son was on an internship in the United States when unrest exploded in Libya last month.\n"
                     "Khamis Gadhafi abruptly cut off his visit.", "2011-03-29")
    assert found["cut"] == ("narrative", "INCLUDED_IN", "2011-02")
    # without a recent day of the actor the narrative time still carries
    found = anchored(nlp, "In April, a technology blog obtained a prototype.\nJobs joked about the incident.",
                     "2010-06-08")
    assert found["joked"] == ("narrative", "INCLUDED_IN", "2010-04")


def test_an_event_tied_to_news_of_the_publication_happened_by_then(nlp):
    found = anchored(nlp, "During his speech, Jobs stated that Apple would reinvent the phone.", "2007-01-10")
    assert found["stated"] == ("publication", "ON_OR_BEFORE", "2007-01-10")
    assert found["speech"] == found["stated"]
    assert found["reinvent"][0] is None  # modal
    found = anchored(nlp, "Jobs resigned after a vote of the board.", "2011-08-25")
    assert found["vote"] == ("publication", "ON_OR_BEFORE", "2011-08-25")
    found = anchored(nlp, "Jobs resigned before the vote.", "2011-08-25")
    assert found["vote"][0] is None  # after the news: it may be still to come
    found = anchored(nlp, "Jobs resigned after the board did not approve the deal.", "2011-08-25")
    assert found["approve"][0] is None  # negated


@pytest.mark.parametrize(("text", "trigger"), [
    ("This switch, he said, would happen next year.", "said"),
    ("Jobs has not yet explained his decision, but said he will remain chairman.", "said"),
    ("The update will be available for what Jobs described as a nominal charge.", "described"),
])
def test_a_reporting_verb_takes_no_mood_from_the_clause_around_it(nlp, text, trigger):
    found = anchored(nlp, text, "2011-01-17")
    assert found[trigger] == ("publication", "ON_OR_BEFORE", "2011-01-17"), found


def test_a_negated_or_modal_conjunct_stays_undated(nlp):
    found = anchored(nlp, "Jobs has not explained his decision and did not say when he will return.", "2011-01-17")
    assert found["explained"][0] is None and found["say"][0] is None
    found = anchored(nlp, "Jobs did not resign, but he would step down if asked.", "2011-01-17")
    assert found["resign"][0] is None and found["step"][0] is None


def test_a_present_that_says_how_things_stand_holds_at_publication(nlp):
    found = anchored(nlp, "The UN runs the airport. The iTunes Music Store, which sells music, is new.", "2010-01-20")
    assert found["runs"] == ("publication", "INCLUDES", "2010-01-20")
    assert found["sells"] == ("publication", "INCLUDES", "2010-01-20")  # the relative pronoun's noun is its subject


@pytest.mark.parametrize("text", [
    "Does the UN run the airport?",  # question
    "The UN does not run the airport.",  # negated
    "The UN may run the airport.",  # modal
    "If the UN runs the airport, flights will resume.",  # conditional
    "I think the UN runs the airport.",  # opinion
    "The UN runs the airport every day.",  # habitual
    "All agencies run camps.",  # generic subject
    "I run the airport, and I for one think it works.",  # the writer's own voice: a comment
    '"We run the airport," the general said.',  # a quotation's present is the speaker's
])
def test_a_present_not_about_the_situation_at_publication_stays_undated(nlp, text):
    found = anchored(nlp, text, "2010-01-20")
    assert found.get("runs", found.get("run")) == (None, None, None), found


def test_a_purpose_infinitive_happens_with_its_dated_head(nlp):
    found = anchored(nlp, "Steve Jobs returned to the stage on Monday to reveal iCloud. "
                     "Obama flew to Haiti to meet survivors.", "2011-06-07")
    assert found["reveal"] == ("timex", "INCLUDED_IN", "2011-06-06")
    assert found["meet"] == found["flew"] != (None, None, None)


@pytest.mark.parametrize("text", [
    "Obama will fly to Haiti to meet survivors.",  # future head
    "Obama wanted to fly to Haiti to meet survivors.",  # an intention's purpose
    "Obama did not fly to Haiti on Monday to meet survivors.",  # negated head
    "BP tried on Monday to stop the flow.",  # a complement, no purpose: the attempt may fail
])
def test_a_purpose_infinitive_of_no_factual_occurrence_stays_undated(nlp, text):
    found = anchored(nlp, text, "2010-06-07")
    assert found.get("meet", found.get("stop")) == (None, None, None), found


def test_a_purpose_links_after_its_head_and_a_present_state_includes_the_creation_time(nlp):
    from kg.export.tlinks import event_tlinks

    doc = nlp.make_doc("Steve Jobs returned to the stage to reveal iCloud. The service comes in two sizes.")
    doc._.kg_published = "2011-06-07"
    events = extract_events(nlp(doc), "broad")
    trigger = {number: event.trigger for number, event in enumerate(events)}
    links = {(trigger[link.event], link.rel_type, link.kind, trigger.get(link.target) if link.kind == "event" else None)
             for link in event_tlinks(events)}
    assert ("reveal", "AFTER", "event", "returned") in links
    assert ("comes", "INCLUDES", "dct", None) in links


def test_a_counted_past_is_at_no_one_time_but_a_single_one_is_news(nlp):
    found = anchored(nlp, "Apple Corps has twice before sued Apple Computer. Apple Corps sued Apple Computer.",
                     "2006-03-28")
    assert found["sued"] == ("publication", "ON_OR_BEFORE", "2006-03-28")  # the second, a single suit
    found = anchored(nlp, "Rebels entered Brega on 5 March. NATO bombed the town the day before.", "2011-03-20")
    assert found["bombed"] == ("timex", "INCLUDED_IN", "2011-03-04")  # the day before the story's time, no count
    found = anchored(nlp, "Rebels have attacked the town three times on Monday.", "2011-03-10")
    assert found["attacked"] == ("timex", "INCLUDED_IN", "2011-03-07")  # a time of its own clause still dates it


@pytest.mark.parametrize("text", [
    "The rebels tried to capture the port.",  # an attempt: may have failed
    "The rebels refused to leave the port.",  # a refusal
    "The rebels did not go on to capture the port.",  # negated head
    "I think the rebels went on to capture the port.",  # opinion: no date for the head
    "The rebels may go on to capture the port.",  # modal head
])
def test_an_implicative_complement_needs_a_dated_factual_implicative_head(nlp, text):
    found = anchored(nlp, text, "2011-03-10")
    assert found.get("capture", found.get("leave", (None, None, None))) == (None, None, None), found


@pytest.mark.parametrize("text", [
    "Steve Jobs has fought cancer since 2004.",  # a perfect, not progressive: after 2004
    "Rebels have captured five towns since March.",  # happenings after it
])
def test_since_begins_only_an_activity_going_on(nlp, text):
    found = anchored(nlp, text, "2011-08-25")
    assert next(v for k, v in found.items() if k in ("fought", "captured"))[1] == "AFTER", found


@pytest.mark.parametrize("text", [
    "Jobs unveiled the products at an event.",  # indefinite: no occasion told before
    "Jobs unveiled the products at the event.",  # no earlier mention names a time
    "In a Wednesday media event, Apple released laptops.\n\nJobs will unveil the products at the event.",  # future
])
def test_an_occasion_gives_a_date_only_from_an_earlier_dated_mention(nlp, text):
    found = anchored(nlp, text, "2010-10-23")
    assert found.get("unveiled", found.get("unveil"))[0] != "event", found


def test_the_time_of_a_present_comparison_is_no_narrative_time(nlp):
    text = "The market share is up 82 % from 9 months ago. Jobs then moved on to talk about podcasting."
    found = anchored(nlp, text, "2005-06-06")
    assert found["moved"] == ("publication", "ON_OR_BEFORE", "2005-06-06")
    assert found["talk"] == found["moved"]  # "moved on to": an implicative, the talk happened


def test_the_time_of_a_noun_in_a_present_clause_is_still_a_narrative_time(nlp):
    text = ("The approach marks a sharp departure from the 1989 Exxon Valdez spill.\n"
            "Exxon hired its own boats and experts.")
    found = anchored(nlp, text, "2010-07-04")
    assert found["hired"] == ("narrative", "INCLUDED_IN", "1989")


def test_an_actor_of_the_story_returns_from_a_flashback(nlp):
    text = ("Steve Jobs introduced new software on Monday. Apple unveiled a new operating "
            "system.\nEarlier this year, Apple opened a data centre in North Carolina.\n"
            "Jobs rounded the keynote off by unveiling a music service.")
    found = anchored(nlp, text, "2011-06-07")
    assert found["opened"] == ("timex", "INCLUDED_IN", "2011"), found
    assert found["rounded"] == ("narrative", "ON_OR_BEFORE", "2011-06-06"), found  # the story's Monday again
    # an actor of the flashback goes on in it; one the story told of before it, in a
    # reported or negated clause, still takes no date
    text = ("Rebels entered Benghazi in February.\nEarlier this month, rebels seized the oil port of Brega.\n"
            "They captured 200 soldiers.")
    assert anchored(nlp, text, "2011-03-20")["captured"] == ("narrative", "INCLUDED_IN", "2011-03"), text
    text = ("Steve Jobs introduced new software on Monday.\nEarlier this year, Apple opened "
            "a data centre.\nJobs did not unveil a music service.")
    assert anchored(nlp, text, "2011-06-07")["unveil"][0] is None, text


def test_an_event_tied_to_an_event_before_its_time_is_before_it_too(nlp):
    text = ("NATO bombed the depot on 5 March. Only days before, rebels had entered Brega while Gaddafi's forces "
            "shelled Misrata.")
    found = anchored(nlp, text, "2011-03-20")
    assert found["entered"] == ("narrative", "BEFORE", "2011-03-05"), found
    assert found["shelled"] == ("event", "BEFORE", "2011-03-05"), found  # while it: before 5 March too
    found = anchored(nlp, "Rebels took Brega after the bombing of Tripoli on 5 March.", "2011-03-20")
    assert found["took"] == ("event", "AFTER", "2011-03-05"), found



def test_a_past_habit_is_at_no_one_time_but_a_single_occasion_is_news(nlp):
    found = anchored(nlp, "The navy often shelled the port of Misrata.", "2011-04-20")
    assert found["shelled"][0] is None  # a habit: shelled many times
    found = anchored(nlp, "Before the uprising, police regularly detained bloggers in Cairo.", "2011-02-01")
    assert found["detained"][0] is None
    # a frequency of another word, a determiner or a "when" is no habit of the verb
    found = anchored(nlp, "Each side accused the other of breaking the truce.", "2011-04-20")
    assert found["accused"] == ("publication", "ON_OR_BEFORE", "2011-04-20")
    found = anchored(nlp, "A soldier was killed when the car exploded near the checkpoint.", "2011-04-20")
    assert found["killed"] == ("publication", "ON_OR_BEFORE", "2011-04-20")


def test_a_span_of_years_is_history_but_a_short_span_or_a_sentence_is_news(nlp):
    found = anchored(nlp, "This could present a problem, according to Jack Coleman, who served for more than a "
                          "decade as the Interior Department's senior attorney for royalties.", "2010-06-10")
    assert found["served"][0] is None
    found = anchored(nlp, "In 1990 he was elected mayor of the city. He served as mayor for 12 years.", "2010-06-10")
    assert found["served"][0] is None  # not inside 1990 either
    found = anchored(nlp, "The talks in Doha lasted for three days.", "2010-06-10")
    assert found["lasted"] == ("publication", "ON_OR_BEFORE", "2010-06-10")
    found = anchored(nlp, "A Cairo court jailed the former housing minister for 10 years.", "2011-05-05")
    assert found["jailed"] == ("publication", "ON_OR_BEFORE", "2011-05-05")
    found = anchored(nlp, "The regime held the activist in prison for 10 years.", "2011-05-05")
    assert found["held"][0] is None  # a state over ten years


def test_a_time_of_the_sentence_keeps_its_preposition_and_its_describing_clause(nlp):
    # the time of a clause describing a noun is that noun's history
    found = anchored(nlp, "Up to 250 people were still missing from the capsized boat, which was said to have "
                          "left Libya on Monday.", "2011-04-05")
    assert found["missing"][0] is None
    # a free time keeps the relation of its preposition
    found = anchored(nlp, "More than 40 people on both sides were reported killed in fighting over the city since "
                          "late last week.", "2011-04-05")
    assert found["fighting"] == ("timex", "AFTER", "2011-W13")


def test_the_story_does_not_go_on_from_the_time_of_a_past_perfect(nlp):
    found = anchored(nlp, "Protesters took Tahrir Square on 25 January. Mubarak had sacked the minister in 2005. "
                          "The protesters then marched to the parliament.", "2011-02-10")
    assert found["marched"] == ("narrative", "AFTER", "2011-01-25")  # not after 2005
    # a past perfect goes on in the flashback
    found = anchored(nlp, "Rebels entered Brega on 5 March. They had lost the town in 2009. They had fled to "
                          "Benghazi.", "2011-03-10")
    assert found["fled"] == ("narrative", "BEFORE", "2009")


def test_a_part_of_a_life_is_no_news_but_the_same_verb_otherwise_is(nlp):
    found = anchored(nlp, "She grew up there, in a village near Alexandria.", "2011-01-31")
    assert found["grew"][0] is None
    found = anchored(nlp, "The protest in Alexandria grew in size.", "2011-01-31")  # no particle: no life
    assert found["grew"] == ("publication", "ON_OR_BEFORE", "2011-01-31")


def test_a_participle_with_a_step_adverb_follows_its_verb(nlp):
    found = anchored(nlp, "Rebels seized the port on Monday, later handing it back to the army.", "2011-01-18")
    assert found["handing"] == ("timex", "AFTER", "2011-01-17")
    found = anchored(nlp, "Rebels seized the port on Monday, often handing it back to the army.", "2011-01-18")
    assert found["handing"][0] is None  # a habit, no step


def test_a_past_perfect_no_earlier_than_the_story_is_the_story_and_when_is_no_habit(nlp):
    found = anchored(nlp, "Protesters marched on Sunday. Obama met advisers on Saturday night. Tanks surrounded the "
                          "square, where hundreds of protesters had gathered on Saturday. Demonstrators chanted "
                          "slogans against the president.", "2011-01-31")
    assert found["chanted"] == ("narrative", "INCLUDED_IN", "2011-01-29")
    found = anchored(nlp, "Most residents were asleep when the car bomb exploded near the checkpoint.", "2011-04-20")
    assert found["exploded"] == ("publication", "ON_OR_BEFORE", "2011-04-20")  # "when": one occasion


def test_a_past_habit_inside_the_narrative_time_happened_then(nlp):
    found = anchored(nlp, "Rebels entered Brega on 5 March. The silence was interrupted regularly by the thuds of "
                          "shelling.", "2011-03-10")
    assert found["interrupted"] == ("narrative", "INCLUDED_IN", "2011-03-05")


@pytest.mark.parametrize(("text", "noun", "verb"), [
    ("Smith announced his resignation on Tuesday.", "resignation", "announced"),
    ("Ford completed the sale in 2008.", "sale", "completed"),
    ("The WHO declared the outbreak a pandemic in March 2003.", "pandemic", "declared"),
])
def test_a_time_phrase_after_a_verbs_object_dates_the_verb_and_the_object(nlp, text, noun, verb):
    found = anchored(nlp, text, "2009-05-20")
    assert found[noun][0] == found[verb][0] == "timex", found
    assert found[noun][2] == found[verb][2], found


def test_a_time_phrase_after_a_noun_inside_the_object_dates_that_noun_alone(nlp):
    found = anchored(nlp, "Putin offered defenses of his invasion of Ukraine in February 2022.", "2025-05-20")
    assert found["invasion"] == ("timex", "INCLUDED_IN", "2022-02"), found
    assert found["offered"][2] != "2022-02", found


@pytest.mark.parametrize("text, verb, noun, day", [
    ("The House of Representatives passed a bill about the war on Friday.", "passed", "war", "2011-06-24"),
    ("President Obama welcomed the job figures at a news conference Friday.", "welcomed", "conference", "2011-06-24"),
    ("Obama offered BP a chance in his Oval Office speech tonight.", "offered", "speech", "2011-06-25TNI"),
])
def test_a_day_named_from_the_story_dates_the_verb_and_a_noun_inside_its_object(nlp, text, verb, noun, day):
    """"On Friday", "yesterday", "tonight" after a noun inside a verb's object tell when the news
    happened: the verb takes the day with the noun (``_story_day``); before, the noun alone had it
    and the vote or the welcome had no date at all."""
    found = anchored(nlp, text, "2011-06-25")
    assert found[verb] == ("timex", "INCLUDED_IN", day), found
    assert found[noun][2] == day, found


def test_a_past_perfect_looks_back_from_the_time_of_another_clause(nlp):
    found = anchored(nlp, "A reporter was having breakfast Saturday in a hotel when a woman burst into the "
                     "restaurant, screaming that she had been raped and beaten for days.", "2011-03-27")
    assert found["burst"] == ("timex", "INCLUDED_IN", "2011-03-26")
    assert found["raped"] == ("timex", "BEFORE", "2011-03-26")
    assert found["beaten"] == ("timex", "BEFORE", "2011-03-26")
    # refusals: a past perfect in its own time's clause is in it; a simple past beside it is too
    found = anchored(nlp, "Protesters who had gathered on Saturday when police had fired tear gas went home.",
                     "2011-03-27")
    assert found["gathered"] == ("timex", "INCLUDED_IN", "2011-03-26")


def test_the_time_of_a_clause_below_a_dated_main_verb_is_no_narrative_time(nlp):
    found = anchored(nlp, "A jury on Monday found Guandique guilty of murdering Chandra Levy in 2001. He was found "
                     "guilty of two counts of murder.", "2011-06-10")
    assert found["murdering"] == ("timex", "INCLUDED_IN", "2001")
    assert found["found"] == ("narrative", "INCLUDED_IN", "2011-06-06")
    found = anchored(nlp, "Rebels took Brega on Monday after NATO bombed it on Sunday. They captured 200 soldiers.",
                     "2011-06-10")
    assert found["captured"] == ("narrative", "INCLUDED_IN", "2011-06-06")
    # refusals: a time in what a reporting verb reports, and any time beside a main verb with no
    # time of its own, go on in the story
    found = anchored(nlp, "Officials said on Monday that rebels took Brega on Sunday. They captured 200 soldiers.",
                     "2011-06-10")
    assert found["captured"] == ("narrative", "INCLUDED_IN", "2011-06-05")
    found = anchored(nlp, "The disputed 2009 presidential election sparked widespread outrage. Iran quelled the "
                     "demonstrations with a brutal crackdown.", "2011-02-10")
    assert found["quelled"] == ("narrative", "INCLUDED_IN", "2009")
    # nor does a time that is part of the main verb's own time, or another adverbial of the main verb
    found = anchored(nlp, "The family took up two lanes in a bowling alley on a busy Saturday night in January "
                     "1999. Her relatives watched her.", "2011-02-11")
    assert found["watched"] == ("narrative", "INCLUDED_IN", "1999-01")
    found = anchored(nlp, "Last week: Protests erupted in January as the president appointed Mikati as prime "
                     "minister. Hariri initially urged supporters to stage a day of rage.", "2011-02-10")
    assert found["urged supporters to stage"] == ("narrative", "INCLUDED_IN", "2011-01")
    found = anchored(nlp, "In a short press conference that he gave last night, he said that the general had been "
                     "summoned. He went on to say that they were trying to find the body.", "2011-07-29")
    assert found["went"] == ("narrative", "INCLUDED_IN", "2011-07-28TNI")
    found = anchored(nlp, "The spill marks a departure from the 1989 Exxon Valdez spill. Exxon hired its own boats.",
                     "2010-05-01")
    assert found["hired"] == ("narrative", "INCLUDED_IN", "1989")


def test_a_participle_coordinated_with_a_past_perfect_shares_its_time(nlp):
    found = anchored(nlp, "On Monday, police said that protesters had gathered in the square and clashed with "
                     "troops.", "2011-03-10")
    assert found["gathered"] == ("event", "ON_OR_BEFORE", "2011-03-07")
    assert found["clashed"] == ("event", "ON_OR_BEFORE", "2011-03-07")
    # refusals: a past perfect and its conjunct take no publication date; a modal's conjunct no date
    found = anchored(nlp, "Protesters had gathered in the square and clashed with troops.", "2011-03-10")
    assert found["clashed"][0] is None
    found = anchored(nlp, "On Monday, police said that protesters would gather in the square and clash with troops.",
                     "2011-03-10")
    assert found["clash"][0] is None


def test_a_live_blog_goes_on_from_a_time_after_the_date_it_bears(nlp):
    blog = ("(4:46 p.m. Monday ET) Rebels took Brega on Monday. They captured 200 soldiers.\n\n"
            "(2:10 p.m. Sunday ET) Jets flew over Tripoli.\n\n(11:05 a.m. Sunday ET) Rebels held the town.")
    found = anchored(nlp, blog, "2011-03-20")
    assert found["took"] == ("timex", "INCLUDED_IN", "2011-03-21T16:46")
    assert found["captured"] == ("narrative", "INCLUDED_IN", "2011-03-21")
    # refusal: in an ordinary article a time after publication is to come, no time the past goes on from
    found = anchored(nlp, "Rebels will take Brega on Monday. They captured 200 soldiers.", "2011-03-20")
    assert found["captured"][0] != "narrative"


def test_a_for_span_or_a_span_of_another_preposition_is_no_time_of_the_sentence(nlp):
    # refusals: "for the past two weeks" says how long (not where the event lies), and a
    # duration as an object names no time ("lasted two weeks"): the narrative goes on
    found = anchored(nlp, "Rebels took Brega on 5 March. They held the port for two days.", "2011-03-10")
    assert found["held"] == ("narrative", "INCLUDED_IN", "2011-03-05")


def test_a_span_of_a_noun_is_no_time_of_the_verb(nlp):
    found = anchored(nlp, "A strike hit the port on Sunday. It was the first time in several days that the alliance "
                     "targeted Tripoli.", "2011-07-18")
    assert found["targeted"] == ("narrative", "INCLUDED_IN", "2011-07-17")


def test_a_past_perfect_with_its_own_had_shares_no_publication_date(nlp):
    found = anchored(nlp, "I worked with him while I was in the Pentagon, and he had served side-by-side with "
                     "President Mubarak.", "2011-02-11")
    assert found["served"][0] is None


def test_the_open_start_of_a_present_perfect_state_is_no_narrative_time(nlp):
    found = anchored(nlp, "His Baath Party has dominated Syria since 1963. Gaddafi's forces besieged the only major "
                     "rebel city in the west.", "2011-03-21")
    assert found["besieged"] == ("publication", "ON_OR_BEFORE", "2011-03-21")
    # refusal: a present perfect's own closed time still is one ("have taken three towns this week")
    found = anchored(nlp, "Rebels have taken three towns this week. They captured 200 soldiers.", "2011-03-21")
    assert found["captured"] == ("narrative", "INCLUDED_IN", "2011-W12")


def test_the_time_of_a_happening_the_present_recalls_dates_no_one_else(nlp):
    """"storms in 2008" in a sentence told in the present perfect: the UN's statement after it is
    the day's news, not the storms' year (the Exxon spill of 1989 goes on in "Exxon hired …")."""
    text = ("Haiti is the poorest country in the western hemisphere and has suffered a number of recent disasters , "
            "including four hurricanes and storms in 2008 that killed hundreds .\n"
            "The UK government said it was mobilising help .")
    found = anchored(nlp, text, "2010-01-13")
    assert found["mobilising"][0] == "publication", found


def test_the_time_of_a_happening_a_present_progressive_recalls_dates_no_one_else(nlp):
    """"is still struggling to recover from a 2010 earthquake" recalls the quake from now: the
    ship ordered away in the next sentence is the day's news, not the quake's year."""
    text = ("Rain could trigger floods in Haiti , which is still struggling to recover from a devastating 2010 "
            "earthquake .\nThe hospital ship Comfort was ordered to suspend its operations .")
    found = anchored(nlp, text, "2011-08-23")
    assert found["ordered"][0] == "publication", found


def test_what_is_said_now_goes_not_on_in_the_past_told_before(nlp):
    text = ("Thad Allen rescued the federal government 's response to Hurricane Katrina in 2005 .\n"
            "Critics say he lacked total command of the government 's response .")
    found = anchored(nlp, text, "2010-07-19")
    assert found["lacked"][0] != "narrative", found


def test_a_line_between_entries_of_a_chronology_goes_on_with_the_entry_above_it(nlp):
    """The historic present of a chronology's lines tells the entry's day, not the publication's."""
    text = ("Here is a timeline of the conflict .\n"
            "Aug. 21 - Rebels enter Tripoli with little resistance .\n"
            "-- Gaddafi makes audio addresses over state television calling on Libyans to fight .\n"
            "Loyalist snipers often fire on the rebels .\n"
            "Sept. 1 - Libya 's interim rulers meet world leaders in Paris .\n"
            "Gaddafi urges his supporters to fight on .")
    found = anchored(nlp, text, "2011-09-20")
    assert found["enter"] == ("timex", "INCLUDED_IN", "2011-08-21"), found
    assert found["makes"] == ("narrative", "INCLUDED_IN", "2011-08-21"), found
    # refusals: a habit is no entry's news; after the last entry the text may be the story again
    assert found["fire"][0] is None, found
    assert found["urges his supporters to fight"][2] != "2011-09-01", found


def test_a_happening_another_came_after_puts_no_actor_on_its_day(nlp):
    """The video came after Saturday's killing: what Assad said in it is the reporter's news, not
    on or before Saturday."""
    text = ("Assad signaled no retreat in a video released after his forces killed 17 more protesters on Saturday .\n"
            "`` The only way is to chase the armed gangs , '' he said in footage published on a newspaper website .")
    found = anchored(nlp, text, "2011-11-20")
    assert found["said"] == ("publication", "ON_OR_BEFORE", "2011-11-20"), found
    # refusal: a main clause of the actor's on that day is still the story's day
    text = ("Assad addressed parliament on Saturday .\n"
            "`` The only way is to chase the armed gangs , '' he said .")
    found = anchored(nlp, text, "2011-11-20")
    assert found["said"] == ("narrative", "ON_OR_BEFORE", "2011-11-19"), found


def test_a_reported_event_placed_against_another_happening_takes_no_report_day(nlp):
    """The decisions came before the blowout, months before the commission spoke on Wednesday."""
    text = "BP made a series of cost-cutting decisions before the blowout, the commission said on Wednesday."
    found = anchored(nlp, text, "2010-11-11")
    assert found["said"] == ("timex", "INCLUDED_IN", "2010-11-10"), found
    assert found["made"][0] is None, found
    # refusal: with no connective of its own the reported event is still on or before the report
    found = anchored(nlp, "The ministry said on Monday that rebels attacked the port.", "2011-06-07")
    assert found["attacked"] == ("event", "ON_OR_BEFORE", "2011-06-06"), found


def test_a_date_in_a_name_is_no_time_of_its_sentence(nlp):
    """April 6 names the youth group: the saying is the publication's news, not of 6 April."""
    found = anchored(nlp, "Mohammed Adel, of the April 6 Youth group, said police beat protesters.", "2011-02-10")
    assert found["said"] == ("publication", "ON_OR_BEFORE", "2011-02-10"), found
    # refusal: a named happening keeps its date ("the April 20 Deepwater Horizon explosion")
    found = anchored(nlp, "Families mourned the victims of the April 20 Deepwater Horizon explosion.", "2010-05-10")
    assert found["explosion"] == ("timex", "INCLUDED_IN", "2010-04-20"), found
    # refusal: a chronology's day hung on the name after it has no article and is the entry's day
    text = ("Key events:\nSeptember 13 - Interim government chief Mustafa Abdel Jalil makes his first speech in "
            "Tripoli .\nSeptember 16 - The U.N. votes .")
    found = anchored(nlp, text, "2011-10-12")
    assert found["speech"] == ("timex", "INCLUDED_IN", "2011-09-13"), found


def test_the_time_of_a_noun_a_conjecture_recalls_is_no_narrative_time(nlp):
    """"would slow the pace following last year's moratorium" names the moratorium's year: the
    next sentence, with another subject, is the day's news, not last year's."""
    text = ("Republicans have been critical of new regulations, saying they would further slow the exploratory "
            "pace following last year's drilling moratorium. Republican lawmaker Fred Upton blasted the "
            "commission's findings.")
    found = anchored(nlp, text, "2011-01-11")
    assert found["blasted"] == ("publication", "ON_OR_BEFORE", "2011-01-11"), found


def test_an_event_a_step_word_keeps_from_a_past_narrative_time_is_no_news(nlp):
    """The story went back to the meetings of April; "after presenting the plan" places the handing
    against another happening there, not on the publication day."""
    text = ("Rebel leaders discussed their idea with Sarkozy at a meeting on April 20. That meeting was one of "
            "five in Paris in April and May. After presenting the rebels' plan, Mlegta handed NATO officials "
            "three memory cards.")
    found = anchored(nlp, text, "2011-09-06")
    assert found["handed"][0] is None, found
    # refusal: after a time of the story's last days the event may be the news of publication
    found = anchored(nlp, "Rebels took the town on Saturday. After a day of fighting, they captured the port.",
                     "2011-09-06")
    assert found["captured"] == ("publication", "ON_OR_BEFORE", "2011-09-06"), found
    # refusal: a step word of another clause ("and then declaring") places nothing of this one
    text = ("He was referring to a suggestion in March by Liam Fox. Rogozin said NATO was choosing targets and "
            "then declaring them to be legitimate.")
    found = anchored(nlp, text, "2011-06-15")
    assert found["choosing"] == ("publication", "ON_OR_BEFORE", "2011-06-15"), found


def test_an_event_before_a_happening_told_as_past_is_no_news_of_the_publication(nlp):
    """What came before the holidays began, or before the war, is history, not the day's news."""
    text = ("Before the holidays began, the headteacher informed the HPA there had been a high number of absences. "
            "Before the war, Libya pumped 1.6 million barrels a day.")
    found = anchored(nlp, text, "2011-09-01")
    assert found["informed"][0] is None, found
    assert found["pumped"][0] is None, found
    # refusals: before a happening still to come it is news; "after a vote" places the vote before it
    found = anchored(nlp, "Many are choosing to stay in the camps before moving on. He resigned after a vote.",
                     "2011-09-01")
    assert found["choosing"] == ("publication", "INCLUDED_IN", "2011-09-01"), found
    assert found["resigned"] == ("publication", "ON_OR_BEFORE", "2011-09-01"), found
    assert found["vote"] == ("publication", "ON_OR_BEFORE", "2011-09-01"), found


def test_a_step_kept_inside_the_day_stays_on_that_day(nlp):
    """"Earlier in the day", "later in the day": on the day the text is on, not before or after it,
    however the parser hangs the adverb."""
    text = ("NATO struck Brega on Wednesday. Earlier in the day, rebels shelled the port. NATO struck Tripoli "
            "later in the day. Rebels later captured the town in the east.")
    found = anchored(nlp, text, "2011-03-10")
    assert found["shelled"] == ("narrative", "INCLUDED_IN", "2011-03-09"), found
    assert found["struck"] == ("narrative", "INCLUDED_IN", "2011-03-09"), found
    # refusal: a step with no such phrase still steps
    assert found["captured"] == ("narrative", "AFTER", "2011-03-09"), found


def test_a_conjunct_its_own_connective_ties_to_a_dated_happening_is_placed_by_it(nlp):
    """He built the city up after he seized power in 1969, not in 1942 when he was born."""
    text = "Gaddafi was born in 1942 and after he seized power in 1969 he built Sirte up into a city."
    found = anchored(nlp, text, "2011-08-28")
    assert found["built"] == ("event", "AFTER", "1969"), found
    # refusal: a conjunct with no connective of its own shares its verb's time
    found = anchored(nlp, "One year later he was fired and he founded NeXT.", "2011-10-06")
    assert found["founded"][0] == "timex", found


def test_conjunct_of_a_past_perfect_shares_it(nlp):
    # a regular verb's past and participle are one form: "had suspended … and backed" is had backed
    found = anchored(nlp, "The Arab League, which had suspended Libya's membership and backed a no-fly zone there, "
                          "has treated Syria more leniently.", "2011-11-08")
    assert found["backed"] == (None, None, None)
    assert found["treated"] == ("publication", "ON_OR_BEFORE", "2011-11-08")
    # a conjunct of a present perfect stays news of the publication day
    found = anchored(nlp, "Rebels have seized the town and burned the depot.", "2011-11-08")
    assert found["burned"] == ("publication", "ON_OR_BEFORE", "2011-11-08")


def test_clause_a_perfect_goes_on_since_is_history(nlp):
    found = anchored(nlp, "Israel has built settlements since it captured the area.", "2011-11-08")
    assert found["captured"] == (None, None, None)
    assert found["built"] == ("publication", "ON_OR_BEFORE", "2011-11-08")
    found = anchored(nlp, "ICAHD said that since Israel took control of largely Arab areas it had systematically "
                          "prevented their development.", "2011-10-31")
    assert found["took"] == (None, None, None)
    # a "since" of its own time is dated by it; a "since" of cause is no start of a state
    found = anchored(nlp, "Protests have spread since the army opened fire on Friday.", "2011-11-08")
    assert found["opened"] == ("timex", "INCLUDED_IN", "2011-11-04")
    found = anchored(nlp, "Since he was tired, he left the meeting.", "2011-11-08")
    assert found["left"] == ("publication", "ON_OR_BEFORE", "2011-11-08")


def test_deeds_of_the_dead_are_history(nlp):
    found = anchored(nlp, "The late Anwar Sadat visited Jerusalem and met the prime minister.", "2011-11-08")
    assert found["visited"] == found["met"] == (None, None, None)
    # the living kin of the dead are news, and so is what a late thing did; a first time with a
    # time of its own is dated by it
    found = anchored(nlp, "The late Anwar Sadat's son met the president.", "2011-11-08")
    assert found["met"] == ("publication", "ON_OR_BEFORE", "2011-11-08")
    found = anchored(nlp, "Hamilton's late lap knocked Webber off the front row.", "2011-03-26")
    assert found["knocked"] == ("publication", "ON_OR_BEFORE", "2011-03-26")
    found = anchored(nlp, "When the rebels first entered the town on Monday, they burned the depot.", "2011-11-08")
    assert found["burned"] == ("event", "SIMULTANEOUS", "2011-11-07")


def test_a_role_held_then_makes_the_clause_history(nlp):
    found = anchored(nlp, "Barack Obama, then a senator, voted against the war.", "2011-11-08")
    assert found["voted"] == (None, None, None)
    found = anchored(nlp, "Then-President Boris Yeltsin signed the decree.", "2011-11-08")
    assert found["signed"] == (None, None, None)
    # "then" going on with the story, or before no role, names none
    found = anchored(nlp, "NATO shelled Brega, then the rebels attacked Misrata.", "2011-11-08")
    assert found["attacked"] == ("publication", "ON_OR_BEFORE", "2011-11-08")
    found = anchored(nlp, "BP paid a record fine, then the biggest in its history.", "2011-11-08")
    assert found["paid"] == ("publication", "ON_OR_BEFORE", "2011-11-08")


def test_life_of_the_dead_in_an_obituary_is_history(nlp):
    found = anchored(nlp, "The poet John Smith has died aged 84. He shined shoes at a local army base and was tutored "
                          "privately by WH Auden. The prime minister praised him as a great writer.", "2003-05-12")
    assert found["died"] == ("publication", "ON_OR_BEFORE", "2003-05-12")  # the obituary's news
    assert found["shined"] == found["tutored"] == (None, None, None)
    assert found["praised"] == ("publication", "ON_OR_BEFORE", "2003-05-12")  # what others did: news
    # a death told with no age is no obituary; a price after "at" is no age
    found = anchored(nlp, "A protester died after being shot. He was shot by soldiers. Shares closed at 95.",
                     "2011-05-12")
    assert found["shot"] == found["closed"] == ("publication", "ON_OR_BEFORE", "2011-05-12")


def test_conjunct_of_a_life_is_life(nlp):
    found = anchored(nlp, "Dudley, who grew up in Mississippi and spent summers boating with his family in the Gulf, "
                          "will lead the company.", "2010-07-28")
    assert found["spent"] == (None, None, None)
    # a clause of its own subject is no part of that life
    found = anchored(nlp, "Dudley grew up in Mississippi, and BP named him chief executive.", "2010-07-28")
    assert found["named"] == ("publication", "ON_OR_BEFORE", "2010-07-28")


def test_a_birth_or_a_career_takes_no_time_of_the_paragraph(nlp):
    found = anchored(nlp, "On Monday, rebels captured Brega. Ahmed, who was born in Benghazi, served as a minister "
                          "under Gaddafi.", "2011-06-07")
    assert found["born"][0] is None and found["served"][0] is None
    # a past perfect still looks back from it; a day's deed still goes on in it
    found = anchored(nlp, "Rebels took Brega on Monday. Jalil had served as justice minister. Rescue teams worked for "
                          "hours to free the wounded.", "2011-06-07")
    assert found["served"] == ("narrative", "BEFORE", "2011-06-06")
    assert found["worked"] == ("narrative", "INCLUDED_IN", "2011-06-06")


def test_a_career_is_no_news_of_the_publication(nlp):
    found = anchored(nlp, "Ed Markey, who served on the energy committee, said reforms were needed.", "2011-01-11")
    assert found["served"][0] is None
    assert found["said"] == ("publication", "ON_OR_BEFORE", "2011-01-11")
    # a part taken at an occasion, a duration, a birth with its day: no career, no life without a time
    assert anchored(nlp, "Qatar served as a mediator at the talks.", "2011-06-07")["served"][0] == "publication"
    assert anchored(nlp, "Rescue teams worked for hours to free the miners.", "2011-06-07")["worked"][0] == (
        "publication")
    assert anchored(nlp, "A baby was born on the plane on Monday.", "2011-06-07")["born"] == (
        "timex", "INCLUDED_IN", "2011-06-06")


def test_what_a_known_happening_did_is_in_its_time(nlp):
    found = anchored(nlp, "The earthquake, which killed 200,000 people and left a million homeless, was the worst "
                          "in two centuries.", "2010-07-24")
    assert found["killed"][0] is None and found["left"][0] is None
    found = anchored(nlp, "The explosion in April, which killed 11 workers, led to a spill.", "2010-07-24")
    assert found["killed"] == ("timex", "INCLUDED_IN", "2010-04")
    # what others did to it, and what a participant described by its clause did, may be news
    found = anchored(nlp, "The attack, which was condemned by the UN, left 20 dead. Gunmen who fired on the car "
                          "fled.", "2011-06-07")
    assert found["condemned"] == ("publication", "ON_OR_BEFORE", "2011-06-07")
    assert found["fired"] == ("publication", "ON_OR_BEFORE", "2011-06-07")


def test_the_time_of_a_noun_a_connective_introduces_stands_as_the_connective_says(nlp):
    found = anchored(nlp, "Mrs Assad, who worked as an investment banker in the City of London before her marriage "
                          "in 2000, has generally played a low-key role in the regime.", "2012-03-23")
    assert found["worked"] == ("timex", "BEFORE", "2000")
    found = anchored(nlp, "He has lived in London since his marriage in 2000.", "2012-03-23")
    assert found["lived"] == ("timex", "AFTER", "2000")
    # a time of the connective's own object, or inside "during", keeps the connective's or its own relation
    assert anchored(nlp, "Rebels withdrew after 5 March.", "2011-06-07")["withdrew"] == (
        "timex", "AFTER", "2011-03-05")
    assert anchored(nlp, "Troops fired on protesters during the funeral on Friday.", "2011-06-07")["fired"] == (
        "timex", "INCLUDED_IN", "2011-06-03")


def test_a_stage_of_a_life_is_an_age(nlp):
    found = anchored(nlp, "Wyclef Jean was born in Haiti but moved to America as a child. Ahmed spoke to reporters as "
                          "a witness.", "2010-01-29")
    assert found["moved"][0] is None and found["born"][0] is None
    assert found["spoke"] == ("publication", "ON_OR_BEFORE", "2010-01-29")  # a part, no stage of a life


def test_one_of_several_times_is_no_narrative_time(nlp):
    found = anchored(nlp, "He briefly made an appearance in March and June to unveil the iPad 2 and the iCloud. In part "
                          "of his resignation, Jobs left this farewell.", "2011-08-25")
    assert found["left"][0] is None
    # a single time still is one, and so is a span between two
    found = anchored(nlp, "He briefly made an appearance in June to unveil the iCloud. Jobs left the stage.",
                     "2011-08-25")
    assert found["left"] == ("narrative", "INCLUDED_IN", "2011-06")
    found = anchored(nlp, "Rebels held the town between March and June. They burned the port.", "2011-08-25")
    assert found["burned"][0] == "narrative"


def test_the_point_a_comparison_counts_from_dates_no_event(nlp):
    # the parser hangs "a decade ago" on "pace": it is the crisis's time, not the forecast's
    found = anchored(nlp, "The ADB has forecast that the region's economies are likely to grow just 3.4 percent in "
                          "2009, the slowest pace since the Asian financial crisis a decade ago.", "2009-05-04")
    assert found["forecast"] == ("publication", "ON_OR_BEFORE", "2009-05-04")
    found = anchored(nlp, "Protesters returned to the square for the first time since January.", "2011-06-07")
    assert found["returned"] == ("publication", "ON_OR_BEFORE", "2011-06-07")
    # no comparison: "since" is the event's own start
    assert anchored(nlp, "Rebels have held Brega since Friday.", "2011-06-07")["held"] == (
        "timex", "AFTER", "2011-06-03")


def test_what_goes_on_from_an_occasion_told_before_is_no_news_of_the_day(nlp):
    for since in ("Since then", "Since that day"):
        found = anchored(nlp, f"Maya was arrested at her first protest. {since}, she has become involved in the "
                              "uprising.", "2012-03-01")
        assert found["become"][0] is None, since
    # a day told before is the day "that day" stands for; a named day is the start
    found = anchored(nlp, "Rebels took Brega on 5 March. Since that day, they have captured three towns.",
                     "2011-06-07")
    assert found["captured"] == ("timex", "AFTER", "2011-03-05")
    found = anchored(nlp, "Since Friday, the rebels have captured three towns.", "2011-06-07")
    assert found["captured"] == ("timex", "AFTER", "2011-06-03")


def test_a_span_of_months_is_no_day_but_one_of_hours_is(nlp):
    assert anchored(nlp, "The rebels have been battling for months.", "2011-06-07")["battling"][0] is None
    assert anchored(nlp, "Rescue teams have been searching for hours.", "2011-06-07")["searching"] == (
        "publication", "ON_OR_BEFORE", "2011-06-07")
    # a simple past's months may be a report's period
    assert anchored(nlp, "For the nine months, losses totaled $212 million.", "1989-10-26")["totaled"] == (
        "publication", "ON_OR_BEFORE", "1989-10-26")
    # a span of the result, not of the happening: the suspending is news
    assert anchored(nlp, "The company suspended the project for six months.", "2011-06-07")["suspended"] == (
        "publication", "ON_OR_BEFORE", "2011-06-07")


def test_a_past_progressive_a_saying_reports_is_the_saying_s_present(nlp):
    found = anchored(nlp, "Gaddafi ordered the 1988 Lockerbie bombing, she said. The United States said it was moving "
                          "ships closer to Libya.", "2011-03-01")
    assert found["moving"] == ("publication", "ON_OR_BEFORE", "2011-03-01")
    # told by the story itself, it goes on in the narrative time; a recent day may be the saying's
    found = anchored(nlp, "Rebels captured Brega on 5 March. They were firing at the port.", "2011-03-10")
    assert found["firing"] == ("narrative", "INCLUDED_IN", "2011-03-05")
    found = anchored(nlp, "Officials met on Monday. They said they were reviewing the plan.", "2000-02-16")
    assert found["reviewing"] == ("narrative", "INCLUDED_IN", "2000-02-14")


def test_a_span_is_the_for_phrase_s_own_object(nlp):
    found = anchored(nlp, "The United Nations appealed for $160 million for an operation over the next months.",
                     "2011-03-08")
    assert found["appealed"] == ("publication", "ON_OR_BEFORE", "2011-03-08")


def test_a_saying_stands_to_the_time_of_its_occasion_as_the_occasion_does(nlp):
    found = anchored(nlp, "Salazar said in his first appearance before Congress since the April 20 blowout and "
                          "explosion on the Deepwater Horizon rig that killed 11 people.", "2010-05-19")
    assert found["appearance"] == ("timex", "AFTER", "2010-04-20")
    assert found["said"] == ("timex", "AFTER", "2010-04-20")
    # the time of the appearance's comparison is a time of the sentence: the killing is not news of the day
    assert found["killed"][0] is None
    assert anchored(nlp, "Gates said in a farewell speech to cadets on March 4 that the army must change.",
                    "2011-03-10")["said"] == ("timex", "INCLUDED_IN", "2011-03-04")


def test_more_than_a_count_back_places_the_event_on_or_before_the_point_it_reaches(nlp):
    found = anchored(nlp, "Fidel Castro took power in Cuba more than 50 years ago.", "2011-04-19")
    assert found["took"] == ("timex", "ON_OR_BEFORE", "1961")
    # an exact count is the year itself
    assert anchored(nlp, "Fidel Castro took power in Cuba 50 years ago.", "2011-04-19")["took"] == (
        "timex", "INCLUDED_IN", "1961")


def test_a_time_of_a_thing_named_by_a_noun_dates_no_event_of_its_clause(nlp):
    for text, trigger in (("Children at the protest wore Halloween masks.", "wore"),
                          ("The drilling plan relied on the agency's 2007 assessment of the risks.", "relied"),
                          ("Republicans attacked the 2011 budget.", "attacked")):
        assert anchored(nlp, text, "2010-05-20")[trigger][0] is None, text
    # a noun that is its clause's subject did it in its time; an event noun takes the time itself
    assert anchored(nlp, "The agency's 2007 assessment found little risk of a spill.", "2010-05-20")["found"] == (
        "timex", "INCLUDED_IN", "2007")
    assert anchored(nlp, "Investigators studied the April 20 explosion.", "2010-05-20")["explosion"] == (
        "timex", "INCLUDED_IN", "2010-04-20")
    # a thing the event happens in: "wrote in his 1995 memoir", "at an April 29 fundraiser"
    assert anchored(nlp, "Carly Fiorina spoke at an April 29 fundraiser in Washington.", "2010-06-18")["spoke"] == (
        "timex", "INCLUDED_IN", "2010-04-29")
    # an event noun the clause happens in, with its time after it, gives the clause that time
    found = anchored(nlp, "In a separate operation on Sunday, NATO helicopters fired missiles at vehicles in Brega.",
                     "2011-08-10")
    assert found["fired"] == ("timex", "INCLUDED_IN", "2011-08-07")
    assert anchored(nlp, "Gaddafi was killed in an attack on Tuesday.", "2011-08-10")["killed"] == (
        "timex", "INCLUDED_IN", "2011-08-09")
    # not where the sentence holds another time the verb may happen in
    found = anchored(nlp, "The phone was introduced by Steve Jobs at the company's 2010 conference less than two "
                          "weeks ago.", "2010-06-18")
    assert found["introduced"][2] != "2010"
    # "today's", "last year's": a possessive time is the day or year itself, as the event's
    assert anchored(nlp, "Officials stressed today's focus on the response.", "2010-04-30")["stressed"][0] == "timex"


def test_a_relative_clause_s_simple_past_takes_no_narrative_time(nlp):
    found = anchored(nlp, "The commission held a hearing on Wednesday. Its report described the surge of oil and gas "
                          "that exploded on the rig.", "2010-06-20")
    assert found["described"] == ("narrative", "INCLUDED_IN", "2010-06-16")
    assert found["exploded"][0] is None
    # the main clause goes on in it, and so does what a person described did
    found = anchored(nlp, "Rebels attacked Brega on Monday. They killed 20 soldiers who defended the port.",
                     "2010-06-20")
    assert found["killed"] == ("narrative", "INCLUDED_IN", "2010-06-14")
    assert found["defended"] == ("narrative", "INCLUDED_IN", "2010-06-14")


def test_what_a_thing_described_did_is_no_news_of_the_day(nlp):
    found = anchored(nlp, "Smith said the way BP replaced drilling mud with seawater was not prudent.", "2010-11-09")
    assert found["replaced"][0] is None
    assert found["said"] == ("publication", "ON_OR_BEFORE", "2010-11-09")
    found = anchored(nlp, "They were rescued by the Crystal Clear, a supply vessel that rushed over from a rig.",
                     "2010-09-02")
    assert found["rushed"][0] is None
    # a person's doing, and what others did to the thing, may be the day's news
    assert anchored(nlp, "He apologized to Hayward, who sat alone at the witness table.", "2010-06-18")["sat"] == (
        "publication", "ON_OR_BEFORE", "2010-06-18")
    assert anchored(nlp, "A copy of the pitch, which was obtained by The Washington Post, laid out plans.",
                    "2010-08-04")["obtained"] == ("publication", "ON_OR_BEFORE", "2010-08-04")
    found = anchored(nlp, "The civil probe runs parallel to a criminal investigation that Holder said is serious.",
                     "2010-12-16")
    assert found["said"] == ("publication", "ON_OR_BEFORE", "2010-12-16")


def test_a_noun_of_a_life_makes_its_verb_biography(nlp):
    found = anchored(nlp, "Huey P. Long launched his political career by waging war on the oil companies.", "2010-07-18")
    assert found["launched"][0] is None
    assert anchored(nlp, "In his career, he won 20 titles.", "2010-07-18")["won"][0] is None
    # the same verb without such a noun is news
    assert anchored(nlp, "Ahmed spent his savings in Benghazi.", "2011-06-07")["spent"] == (
        "publication", "ON_OR_BEFORE", "2011-06-07")


def test_a_state_that_came_about_over_time_is_no_news_of_a_day(nlp):
    assert anchored(nlp, "Americans have come to expect cheap gasoline.", "2010-06-10")["come"][0] is None
    # a journey is news
    assert anchored(nlp, "Thousands have come to the square to protest.", "2011-02-01")["come"] == (
        "publication", "ON_OR_BEFORE", "2011-02-01")


def test_a_relative_clause_of_a_unit_of_time_happens_in_it(nlp):
    # "1996, the year Gadhafi squashed an uprising": the year is named by what happened in it
    found = anchored(nlp, "Rebels took the town in 1996, the year Gadhafi squashed an uprising in Benghazi.",
                     "2011-03-06")
    assert found["squashed"] == ("timex", "INCLUDED_IN", "1996")


def test_a_present_perfect_takes_no_finished_past_of_another_clause(nlp):
    # a sentence the parser ran into the next one: its Saturday is no time of the perfect
    found = anchored(nlp, "Gaddafi's forces have taken control of towns such as Bin Jawad "
                          "Rebels were in Ras Lanuf on Saturday.", "2011-03-06")
    assert found["taken"][0] is None
    # guards: the perfect's own clause, a time it goes on from
    assert anchored(nlp, "Rebels have retaken Brega on Saturday.", "2011-03-06")["retaken"] == (
        "timex", "INCLUDED_IN", "2011-03-05")
    assert anchored(nlp, "Rebels have held Brega since Friday.", "2011-03-06")["held"] == (
        "timex", "AFTER", "2011-03-04")


def test_a_simple_past_going_on_in_a_far_flashback_is_no_news_of_the_day(nlp):
    found = anchored(nlp, "BP said on Tuesday that it would pay.\n\nIn 1989, Exxon had sent a team to Alaska. "
                          "Exxon's scientist flew in to inspect the damage.", "2011-03-06")
    assert found["flew"][0] is None
    # guard: a time of the story earlier in the paragraph is still the one a simple past goes on in
    found = anchored(nlp, "Protesters took the square on 25 January. Mubarak had sacked him in 2005. "
                          "Protesters marched on the palace.", "2011-03-06")
    assert found["marched"] == ("narrative", "INCLUDED_IN", "2011-01-25")


def test_a_chronology_entry_of_may_is_dated_by_its_own_day(nlp):
    # the tagger reads "May" before a day number as a modal at the start of a line
    found = anchored(nlp, "Timeline:\nMay 7 - BP tries to lower the dome.\nMay 9 - BP says it might try to plug "
                          "the leak.\nMay 12 - Obama visits the coast.", "2010-06-03")
    assert found["says"] == ("timex", "INCLUDED_IN", "2010-05-09")


def test_a_when_clause_of_an_office_taken_is_history_but_not_any_change(nlp):
    found = anchored(nlp, "When Ken Salazar became my Secretary of the Interior, he cleaned up the agency.",
                     "2010-06-15")
    assert found["became"][0] is None and found["cleaned"][0] is None
    # guard: a thing that became another is the day's news
    assert anchored(nlp, "When the protest became a riot, police fired tear gas.", "2011-03-06")["fired"] == (
        "publication", "ON_OR_BEFORE", "2011-03-06")


def test_a_past_placed_at_a_named_happening_takes_no_narrative_nor_publication_day(nlp):
    found = anchored(nlp, "Obama will visit Dresden on Friday. He will also go to the Buchenwald camp, which was set "
                          "up by the Nazis during World War Two, Gibbs said.", "2009-05-08")
    assert found["set"][0] is None
    assert anchored(nlp, "The camp was set up by the Nazis during World War Two.", "2009-05-08")["set"][0] is None
    # guard: a happening with no name of its own may be the day's news
    assert anchored(nlp, "Gaddafi met the envoy during the talks in Rome.", "2011-05-10")["met"] == (
        "publication", "ON_OR_BEFORE", "2011-05-10")


def test_a_connective_before_a_date_name_recalls_the_past(nlp):
    # "9/11" is a day named by its date alone: a known happening, not the publication's day
    found = anchored(nlp, "They sought to enlist China following 9/11.", "2005-04-20")
    assert found["sought"][0] is None
    found = anchored(nlp, "They sought to enlist China following the talks.", "2005-04-20")
    assert found["sought"][0] == "publication"


def test_a_persons_perfect_in_a_who_clause_is_background(nlp):
    found = anchored(nlp, "Smith, a correspondent who has interviewed bin Laden, said the group was weak.",
                     "2005-04-20")
    assert found["interviewed"][0] is None
    assert found["said"][0] == "publication"
    # a bare noun's clause is left to its own words
    found = anchored(nlp, "The soldiers who have died were buried in Basra.", "2005-04-20")
    assert found["died"][0] == "publication"
    # a death is an obituary's news
    found = anchored(nlp, "The novelist Jane Hill, who has died aged 84, wrote 20 books.", "2005-04-20")
    assert found["died"][0] == "publication"
    # an activity going on is the day's
    found = anchored(nlp, "Jesse Jackson, who has been counselling the family, met the police.", "2009-06-28")
    assert found["counselling"][0] == "publication"


def test_a_verb_told_in_a_book_is_no_news_but_a_statement_is(nlp):
    assert anchored(nlp, "Blair describes the decision in his memoir.", "2010-09-02")["describes"][0] is None
    assert anchored(nlp, "Blair defended the decision in a statement.", "2010-09-02")["defended"][0] == "publication"


def test_how_the_story_began_is_not_the_publication_day(nlp):
    found = anchored(nlp, "It started with Gaddafi bombing his own people.", "2011-09-20")
    assert found["started"][0] is None and found["bombing"][0] is None
    # a subject of its own: the day's news
    found = anchored(nlp, "The meeting started with a prayer.", "2011-09-20")
    assert found["started"][0] == "publication"


def test_what_was_never_disputed_is_at_no_one_time(nlp):
    found = anchored(nlp, "He has never disputed that he fired on the soldiers.", "2005-04-20")
    assert found["fired"][0] is None
    found = anchored(nlp, "He disputed that he fired on the soldiers.", "2005-04-20")
    assert found["fired"][0] == "publication"


def test_a_subject_noun_with_its_own_time_dates_its_verb(nlp):
    found = anchored(nlp, "The resolution on Saturday called for a freeze.", "2011-05-02")
    assert found["resolution"] == ("timex", "INCLUDED_IN", "2011-04-30")
    assert found["called"] == ("timex", "INCLUDED_IN", "2011-04-30")


def test_a_past_beside_a_far_past_of_its_paragraph_is_history(nlp):
    found = anchored(nlp, "Over 6 million Jews died. The war ended in 1945.", "2005-04-20")
    assert found["died"][0] is None
    # a recent time beside it leaves the news as it was
    found = anchored(nlp, "Over 60 people died. The storm ended on Monday.", "2005-04-20")
    assert found["died"][0] == "publication"
    # a far time in a relative clause is an aside of its sentence, not the history it tells
    found = anchored(nlp, "Rebels took the port. Gaddafi, who seized power in 1969, vowed to fight on.", "2011-03-10")
    assert found["took"][0] == "publication"


def test_the_founding_of_a_named_body_is_its_history_but_a_new_one_is_news(nlp):
    found = anchored(nlp, "The Badr Brigade was set up by Iraqi Shia exiles in Iran.", "2007-03-20")
    assert found["set"][0] is None
    # a body made that day is told with a noun, not by its name
    assert anchored(nlp, "Rebels formed a new council in Benghazi.", "2011-03-10")["formed"][0] == "publication"
    # a time of its own clause still dates it
    found = anchored(nlp, "The Badr Brigade was set up in Iran in 1982.", "2007-03-20")
    assert found["set"] == ("timex", "INCLUDED_IN", "1982")


def test_a_deed_done_with_a_work_is_the_works_time_but_a_letter_is_news(nlp):
    assert anchored(nlp, "Le Carre dedicated The Constant Gardener to her.", "2005-09-02")["dedicated"][0] is None
    assert anchored(nlp, "He wrote a letter to the president.", "2005-09-02")["wrote"][0] == "publication"


def test_a_remark_recalled_in_an_as_clause_is_no_news_but_a_report_is(nlp):
    found = anchored(nlp, "As Benenson later said, the campaign was a failure.", "2005-09-02")
    assert found["said"][0] is None
    found = anchored(nlp, "Benenson said the campaign was a failure.", "2005-09-02")
    assert found["said"][0] == "publication"
    # without a comma "as" is a time of the news
    found = anchored(nlp, "The row comes as BP said it may delay payouts.", "2010-06-11")
    assert found["said"][0] == "publication"
    # on an adjective it is a comparison
    found = anchored(nlp, "You were as bad as they said, so the hearing went on.", "2010-06-17")
    assert found["said"][0] == "publication"


def test_a_past_in_a_document_set_in_a_far_past_is_that_storys(nlp):
    text = ("The Guardian opposed Suez in 1956. Eden ignored the paper.\n\nIn 1957 Eden resigned.\n\n"
            "The paper lost readers.")
    assert anchored(nlp, text, "2006-07-20")["lost"][0] is None
    # one time near the publication makes it a story of the day that recalls the past (and a single far time
    # an aside: test_no_story_day_without_a_recent_day_of_the_actor)
    text = "Rebels took Brega on Monday.\n\nGaddafi seized power in 1969.\n\nRebels fired rockets."
    assert anchored(nlp, text, "2011-03-10")["fired"][0] == "publication"


def test_someone_described_in_a_sentence_of_a_life_is_part_of_it(nlp):
    found = anchored(nlp, "Peck was born in New York, the son of a lawyer who later became a judge.", "2005-10-05")
    assert found["became"][0] is None
    # outside a life the same clause is news
    found = anchored(nlp, "The envoy met a lawyer who later became a judge.", "2005-10-05")
    assert found["became"][0] == "publication"


def test_a_deed_a_charge_or_testimony_reports_is_the_cases_but_a_report_is_news(nlp):
    found = anchored(nlp, "Prosecutors say he gave Jackson a lethal dose of a powerful anesthetic.", "2011-06-07")
    assert found["gave"][0] is None
    assert found["say"][0] == "publication"
    # what another speaker reports is news
    found = anchored(nlp, "The minister said the army withdrew from the town.", "2011-06-07")
    assert found["withdrew"][0] == "publication"


def test_a_before_on_a_bare_clause_the_verb_takes_places_the_verb_too(nlp):
    # the parser hangs "shortly before the explosion" on "drilling": it places the opening before a known past
    found = anchored(nlp, "Obama opened up new areas to offshore drilling shortly before the explosion.", "2010-11-10")
    assert found["opened"][0] is None
    # a happening still to come leaves it news
    found = anchored(nlp, "Obama opened up new areas to offshore drilling before talks could begin.", "2010-11-10")
    assert found["opened"][0] == "publication"
    # a participle set beside the verb is placed alone: the saying is news
    found = anchored(nlp, "Speaking before the rescue, UN spokeswoman Elizabeth Byrs said the decision was heartbreaking.",
                     "2010-01-24")
    assert found["said"][0] == "publication"


def test_at_the_time_points_back_but_at_the_same_time_goes_on(nlp):
    found = anchored(nlp, "At the time the cement tests were conducted, BP knew the slurry was unstable.", "2010-11-10")
    assert found["conducted"][0] is None and found["knew"][0] is None
    # "at the same time" is the time just told, the news
    assert anchored(nlp, "At the same time, rebels attacked the port.", "2011-03-10")["attacked"][0] == "publication"


def test_a_verb_that_sums_up_a_course_is_no_news_but_the_same_verb_as_a_deed_is(nlp):
    found = anchored(nlp, "The United States led the charge to war against the regime.", "2011-08-24")
    assert found["led"][0] is None and found["war"][0] is None
    assert anchored(nlp, "The general led the troops into the town.", "2011-08-24")["led"][0] == "publication"
    assert anchored(nlp, "The plan benefited 2,000 families.", "2011-08-24")["benefited"][0] == "publication"


def test_an_actor_stepped_back_to_in_the_past_perfect_goes_on_in_that_past(nlp):
    text = ("Protests erupted again on Sunday, despite the reforms Assad had promised. "
            "He granted citizenship to Kurds and lifted the emergency law.")
    found = anchored(nlp, text, "2011-08-09")
    assert found["granted"][0] is None and found["lifted"][0] is None
    # another actor's past perfect leaves the story on Sunday
    text = "Rebels took the town on Sunday that Gaddafi's forces had held for weeks. They raised the flag over the square."
    assert anchored(nlp, text, "2011-08-09")["raised"][:2] == ("narrative", "INCLUDED_IN")
    # a reported past perfect is the report's past; a deed of the actor the time dates keeps it in that time
    text = ("Hopes were raised this week when it was announced that Gadhafi had agreed to the road map. "
            "Gadhafi's opposition later rejected the proposal.")
    assert anchored(nlp, text, "2011-04-13")["rejected"][:2] == ("narrative", "AFTER")
    text = ("Al-Obeidy had fled Libya and was in Qatar when she was deported early Thursday. "
            "She arrived in Benghazi in the afternoon.")
    assert anchored(nlp, text, "2011-06-03")["arrived"][0] == "narrative"
    # a past perfect with no actor (a passive) is no one's step back
    text = "Protests erupted on Sunday in Hama, a town that had been shelled for weeks. Assad granted citizenship to Kurds."
    assert anchored(nlp, text, "2011-08-09")["granted"][0] == "narrative"


def test_a_clause_a_connective_ties_to_a_past_perfect_is_in_that_past(nlp):
    found = anchored(nlp, "The girl had been trapped for three days when her kindergarten collapsed.", "2010-01-24")
    assert found["collapsed"][0] is None
    # under a simple past it is the news
    found = anchored(nlp, "The girl was trapped for three days when her kindergarten collapsed.", "2010-01-24")
    assert found["collapsed"][0] == "publication"


def test_a_reported_course_is_not_on_the_day_of_the_report(nlp):
    found = anchored(nlp, "BP was forced to make up its response as it went along, Hayward said last night.", "2010-11-09")
    assert found["forced"][0] is None and found["said"][0] == "timex"
    # "along" with an object is a way gone, no course
    assert anchored(nlp, "The rebels went along the coast road.", "2011-08-24")["went"][0] == "publication"
