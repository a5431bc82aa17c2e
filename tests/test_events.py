"""Events on short real sentences: triggers, participants, factuality, dates, merging, relation edges."""
from __future__ import annotations

import json

import pytest

from kg.cli import main
from kg.compose.graph import compose_graph
from kg.compose.timeline import compose_timeline
from tests.conftest import resolve_texts, shared_data


def events_in(nlp, text, published=None):
    doc = nlp.make_doc(text)
    doc._.kg_published = published
    doc = nlp(doc)
    mentions, timexes = doc._.kg_mentions, doc._.kg_timexes
    found = []
    for event in doc._.kg_events:
        roles = {}
        for participant in event.participants:
            roles.setdefault(participant.role, []).append(mentions[participant.mention].key)
        found.append({
            "trigger": event.trigger, "type": event.type, "factuality": event.factuality, "roles": roles,
            "date": timexes[event.timex].text if event.timex is not None else None,
            "value": timexes[event.timex].value if event.timex is not None else None,
            "anchor": event.date_anchor, "name": event.name, "predicate": event.predicate,
            "speaker": mentions[event.speaker].key if event.speaker is not None else None,
        })
    return found


def event(nlp, text, trigger, published=None):
    matches = [e for e in events_in(nlp, text, published) if e["trigger"] == trigger]
    assert matches, f"no event {trigger!r} in {events_in(nlp, text, published)}"
    return matches[0]


# participants -------------------------------------------------------------------------

def test_active_verb_subject_is_actor_object_is_recipient(nlp):
    e = event(nlp, "Russia invaded Ukraine in February 2022.", "invaded")
    assert e["type"] == "ASSAULT" and e["roles"] == {"actor": ["Russia"], "recipient": ["Ukraine"]}


def test_passive_agent_is_actor(nlp):
    e = event(nlp, "Crimea was annexed by Russia in 2014.", "annexed")
    assert e["roles"] == {"recipient": ["Crimea"], "actor": ["Russia"]}


def test_relative_clause_object_is_the_noun_it_modifies(nlp):
    e = event(nlp, "The U.S. may also formally recognize Crimea, which Russia illegally annexed in 2014.", "annexed")
    assert e["roles"] == {"recipient": ["Crimea"], "actor": ["Russia"]}
    assert e["factuality"] == "asserted" and e["date"] == "2014"


def test_prepositional_objects_are_recipients(nlp):
    talks = event(nlp, "Blinken held talks with Lavrov in Geneva.", "talks")
    assert talks["roles"]["actor"] == ["Blinken"] and talks["roles"]["recipient"] == ["Lavrov"]
    aid = event(nlp, "Germany delivered military aid to Ukraine.", "aid")
    assert aid["roles"] == {"actor": ["Germany"], "recipient": ["Ukraine"]}


def test_coordinated_subjects_are_all_actors(nlp):
    # the tagger makes "respect" an event too, so the two make one: "pledged to respect"
    e = event(nlp, "Russia, the United Kingdom, and the United States pledged to respect its borders.",
              "pledged to respect")
    assert e["roles"]["actor"] == ["Russia", "United Kingdom", "United States"]


def test_apposition_names_the_participant(nlp):
    e = event(nlp, "Putin gave an interview to the former Fox News host, Tucker Carlson.", "interview")
    assert e["roles"]["actor"] == ["Putin"] and "Tucker Carlson" in e["roles"]["recipient"]


def test_nominal_event_possessor_is_actor_of_object_is_recipient(nlp):
    e = event(nlp, "Russia's invasion of Ukraine shocked Europe.", "invasion")
    assert e["roles"] == {"actor": ["Russia"], "recipient": ["Ukraine"]}
    assert e["predicate"] == "invaded"


def test_an_unresolved_possessive_pronoun_stands_for_its_clause_subject(nlp):
    text = "During his interview with the host, Tucker Carlson, Putin defended his invasion of Ukraine."
    assert event(nlp, text, "interview")["roles"]["actor"] == ["Putin"]
    assert event(nlp, text, "invasion")["roles"] == {"actor": ["Putin"], "recipient": ["Ukraine"]}
    # a subject of another kind is no antecedent for "his"
    assert "actor" not in event(nlp, "Germany condemned his invasion of Ukraine.", "invasion")["roles"]


def test_participle_agent_is_actor_of_the_noun(nlp):
    e = event(nlp, "The mutiny led by Yevgeny Prigozhin weakened the regime.", "mutiny")
    assert e["roles"] == {"actor": ["Yevgeny Prigozhin"]}


def test_verb_with_event_complement_is_one_event(nlp):
    found = events_in(nlp, "Anthony Blinken and Sergei Lavrov have agreed to meet next week.")
    assert [e["trigger"] for e in found] == ["agreed to meet"]
    assert found[0]["roles"] == {"actor": ["Anthony Blinken", "Sergei Lavrov"]}


def test_named_agreement_links_the_event_to_its_name(nlp):
    e = event(nlp, "Ukraine signed the Budapest Memorandum in 1994.", "Memorandum")
    assert e["name"] == "Budapest Memorandum" and e["type"] == "AGREE"
    assert e["roles"] == {"actor": ["Ukraine"]} and e["date"] == "1994"
    assert not any(x["trigger"] == "signed" for x in events_in(nlp, "Ukraine signed the Budapest Memorandum in 1994."))


# factuality ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, expected", [
    ("Russia invaded Ukraine.", "invaded", "asserted"),
    ("Russia did not invade Ukraine.", "invade", "negated"),
    ("Putin could attack Ukraine again.", "attack", "hypothetical"),
    ("If Russia invades Ukraine, the crisis will deepen.", "invades", "hypothetical"),
    ("Will Ukraine accept the occupation of Crimea?", "occupation", "hypothetical"),
    ("Russia will attack Ukraine next year.", "attack", "future"),
    ("Russia plans to invade Ukraine.", "invade", "future"),
    ("The United States should offer Russia a moratorium.", "offer", "proposed"),
    ("Ukraine refused to sign the agreement.", "agreement", "negated"),
    # a verb with its particle ("complement_verbs"): not what the verb alone does to its complement
    # (a deed "ruled out" is an object: "ruled out arming the rebels" is one event, a rejection)
    ("NATO's secretary general ruled out a ground invasion of Libya on Monday.", "invasion", "negated"),
    ("The government ruled out a ceasefire with the rebels.", "ceasefire", "negated"),
    ("The union called off a strike at the refinery.", "strike", "negated"),
    ("The union called for a strike at the refinery.", "strike", "proposed"),
    ("The board put off a decision on the merger until March.", "decision", "future"),
    ("A Russian invasion remains a real possibility.", "invasion", "hypothetical"),
    ("Only the prospect of war against Washington would stop Putin.", "war", "hypothetical"),
    ("Putin's latest call to negotiate with Ukraine was dismissed.", "negotiate", "proposed"),
    ("China arrested activists to smother online calls for a Jasmine revolution.", "revolution", "proposed"),
    ("The plan for a withdrawal from Helmand was approved.", "withdrawal", "future"),
    ("Fears for the talks grew in Geneva.", "talks", "asserted"),  # a fear "for" something that is
    # (not "pressuring Zelensky to": a demand, which takes its infinitive in)
    ("Officials considered encouraging Zelensky to negotiate with Putin.", "negotiate", "future"),
    ("Sanctions forced Russia to withdraw its troops.", "withdraw", "asserted"),
    ("Russia has had to source drones from Iran.", "source", "asserted"),
    ("Russia has to withdraw its troops.", "withdraw", "future"),
    ("Officials told the Red Cross that the rebels had to leave the district.", "leave", "future"),
    # a "that" clause after a noun of evidence, of a report or denied ("evidence_heads", "reporting_heads")
    ("A panel found no evidence that BP chose to cut corners.", "chose", "negated"),
    ("There is no sign that the talks have resumed.", "resumed", "negated"),
    ("Officials denied reports that troops had entered the town.", "entered", "negated"),
    ("He faces allegations that he assaulted two women.", "assaulted", "reported"),
    ("Investigators found evidence that the company had falsified records.", "falsified", "asserted"),
    ("I have no doubt that Egyptians will get it done.", "get", "future"),
    # a participle beside a verb of refusing goes along with it and happened; an infinitive there is wanted
    ("Hillary Clinton ruled out an intervention in Syria, saying each uprising was unique.", "saying", "asserted"),
    ("Clinton refused to resign, saying he had done nothing wrong.", "saying", "asserted"),
    # what a cause prompted happened ("implicative_verbs")
    ("The killings in Sanaa prompted Saleh to sack his cabinet.", "sack", "asserted"),
    # what only seems or appears to have happened is not told as a fact ("complement_verbs")
    ("It seems that Russia attacked the town.", "attacked", "hypothetical"),
    ("Russia appears to have attacked the town.", "attacked", "hypothetical"),
    # a definite event a verb of achieving brings about happens only if that does ("achieving_verbs")
    ("The war can only end by ensuring Putin's defeat in Ukraine.", "defeat", "hypothetical"),
    ("The talks secured the release of the hostages.", "release", "asserted"),
    # a deed that almost or nearly happened did not ("near_miss_adverbs"); "nearly" measures a scale
    # verb, a number or another adverb and leaves the deed a fact
    ("Syria and Turkey almost went to war in the late 1990s.", "went", "negated"),
    ("The governor nearly died in the crash.", "died", "negated"),
    ("Exports nearly doubled last year.", "doubled", "asserted"),
    ("The blast killed nearly 100 people.", "killed", "asserted"),
    ("The shelling almost completely destroyed the town.", "destroyed", "asserted"),
])
def test_factuality_classes(nlp, text, trigger, expected):
    assert event(nlp, text, trigger)["factuality"] == expected


def test_an_indefinite_noun_takes_its_clause_a_definite_one_is_presupposed(nlp):
    withdrawal = event(nlp, "The goal must be to bring about a withdrawal of Russian forces.", "withdrawal")
    assert withdrawal["factuality"] != "asserted" and withdrawal["roles"] == {"actor": ["Russia"]}
    assert event(nlp, "Putin should explain his invasion of Ukraine.", "invasion")["factuality"] == "asserted"
    assert event(nlp, "Putin should explain his invasion of Ukraine.", "explain")["factuality"] == "proposed"


def test_reported_speech_records_the_speaker(nlp):
    e = event(nlp, "Putin said that Ukraine attacked Russia.", "attacked")
    assert e["factuality"] == "reported" and e["speaker"] == "Putin"
    e = event(nlp, "According to the Kremlin, Ukraine attacked Russia.", "attacked")
    assert e["factuality"] == "reported" and e["speaker"] == "Russia"


# dates --------------------------------------------------------------------------------

def test_date_in_the_clause_wins_over_the_sentence(nlp):
    # a telling that reports an event is that event's attribution, not an event: report no event here
    found = events_in(nlp, "In 2008, Putin told Bush that Ukraine was not a real state.")
    told = next(e for e in found if e["trigger"] == "told")
    assert told["date"] == "2008" and told["anchor"] in ("clause", "sentence")


def test_date_from_the_narrative_is_marked_and_never_crosses_paragraphs(nlp):
    text = "The war began in 2014. Russia annexed Crimea.\n\nRussia attacked Ukraine."
    annexed = event(nlp, text, "annexed")
    assert annexed["date"] == "2014" and annexed["anchor"] == "narrative"
    assert event(nlp, text, "attacked")["date"] is None


def test_a_sentence_set_at_another_time_takes_its_own_date_not_the_last_one(nlp):
    text = "In 2008, he met Bush. Three years later, Putin told Clinton that he was not bound."
    told = event(nlp, text, "told")
    assert (told["date"], told["value"]) == ("Three years later", "2011")


def test_durations_never_date_an_event(nlp):
    assert event(nlp, "Russia attacked Ukraine for three years.", "attacked")["date"] is None


# merging, timeline, graph -----------------------------------------------------------

def _resolve(nlp, texts):
    _, entities, events = resolve_texts(nlp, texts, "2023-06-01")
    return entities, events


def test_named_agreement_in_two_documents_is_one_dated_entry(nlp):
    _, events = _resolve(nlp, [
        "Precedent is not hard to find: the Budapest Memorandum guaranteed Ukraine's security.",
        "These include the 1994 Budapest Memorandum on Security Assurances, whereby Ukraine renounced its arsenal.",
    ])
    named = [e for e in events if e.name and "Budapest" in e.name]
    assert len(named) == 1
    assert sorted(s.doc for s in named[0].sources) == ["d0", "d1"]
    assert named[0].date.value == "1994"


def test_same_dated_action_by_the_same_actors_merges_across_documents(nlp):
    _, events = _resolve(nlp, ["Russia invaded Ukraine in February 2022.",
                               "Russia invaded Ukraine in 2022, and the war goes on."])
    invasions = [e for e in events if e.type == "ASSAULT" and e.trigger == "invade"]
    assert len(invasions) == 1 and len(invasions[0].sources) == 2
    assert invasions[0].date.value == "2022-02" and invasions[0].title == "Russia invaded Ukraine"


def test_different_onsets_and_different_parties_stay_apart(nlp):
    # (a bare "after repeated Russian nuclear threats" tells no event of its own: no title, no timeline event)
    _, events = _resolve(nlp, ["Since 2022, Russia has repeatedly threatened NATO members with nuclear strikes.",
                               "The regime in North Korea has, since 2006, threatened South Korea."])
    threats = [e for e in events if e.type == "THREATEN" and e.date]
    assert len(threats) == 2, [(e.title, e.date) for e in threats]


def test_a_definite_description_joins_the_one_dated_event_it_refers_to(nlp):
    _, events = _resolve(nlp, ["Russia invaded Ukraine in February 2022.",
                               "Since Russia's invasion, Ukraine has rebuilt its army."])
    invasions = [e for e in events if e.trigger in ("invade", "invasion")]
    assert len(invasions) == 1 and sorted(s.doc for s in invasions[0].sources) == ["d0", "d1"]


def test_relation_edges_carry_type_date_and_evidence(nlp):
    entities, events = _resolve(nlp, ["Russia invaded Ukraine in February 2022.", "Russia could attack Poland."])
    graph = compose_graph(entities, events)
    edges = [(u, v, d) for u, v, d in graph.edges(data=True) if d["kind"] == "relation"]
    assert len(edges) == 1  # the possible attack on Poland is no relation
    source, target, data = edges[0]
    assert (graph.nodes[source]["label"], graph.nodes[target]["label"]) == ("Russia", "Ukraine")
    assert data["relation"] == "ASSAULT" and data["quad_class"] == "material conflict"
    assert data["date"] == "2022-02" and data["evidence"] == [
        {"doc": "d0", "sentence": "Russia invaded Ukraine in February 2022."}]


def test_a_statement_without_recipient_is_an_edge_to_what_it_is_about(nlp):
    entities, events = _resolve(nlp, ["Foreign Secretary William Hague said on Monday that Assad must step down."])
    graph = compose_graph(entities, events)
    edges = [(graph.nodes[u]["label"], graph.nodes[v]["label"], d["relation"])
             for u, v, d in graph.edges(data=True) if d["kind"] == "relation"]
    assert edges == [("William Hague", "Assad", "STATEMENT")]


def test_proposals_stay_out_of_the_chronology_unless_asked(nlp, tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text("Russia invaded Ukraine in 2022. The United States should sanction Russia in 2024.\n")
    for flag, expected in (([], {"asserted"}), (["--include-all"], {"asserted", "proposed"})):
        out = tmp_path / ("out" + "".join(flag))
        assert main(["build", str(source), "--out", str(out), "--quiet", *flag]) == 0
        timeline = json.loads((out / "timeline.json").read_text())
        assert {e["factuality"] for e in timeline["events"]} == expected
    assert [e["factuality"] for e in timeline["other"]] == []


def test_timeline_keeps_other_factualities_apart():
    from kg.records import EventDate, TimelineEvent
    date = EventDate("2024", "2024-01-01", "2024-12-31", "year", "2024", "absolute")
    proposed = TimelineEvent("ev-1", "t", "d", "SANCTION", "material conflict", "sanction", "proposed", date, [], [])
    timeline = compose_timeline([], [proposed])
    assert timeline["events"] == [] and timeline["other"][0]["factuality"] == "proposed"


# MEANTIME -----------------------------------------------------------------------------

def test_meantime_scores_stay_above_the_floor():
    from kg.evaluate.events import evaluate_events

    scores = evaluate_events(shared_data("meantime"))
    # with the trained tagger (44.3 / 71.4 / 54.7 and 30.5 / 34.6 / 32.4 when measured)
    assert scores["events_relaxed"]["precision"] >= 40 and scores["events_relaxed"]["f1"] >= 50
    assert scores["participants"]["precision"] >= 25 and scores["participants"]["recall"] >= 30


def test_pronoun_mentions_from_the_entity_stage_become_participants(nlp):
    """Mentions are matched by character span, so a pronoun mention added upstream
    ("his" → Putin) is an actor like a name."""
    from kg.extract.events import extract_events
    from kg.records import Mention

    text = "Putin offered lengthy defenses of his invasion of Ukraine."
    with nlp.select_pipes(disable=["kg_events"]):
        doc = nlp(text)
    start = text.index("his")
    doc._.kg_mentions.append(Mention(start, start + 3, "his", "PERSON", 0, "Putin", resolved_from="Putin"))
    invasion = next(e for e in extract_events(doc) if e.trigger == "invasion")
    roles = {(doc._.kg_mentions[p.mention].text, p.role) for p in invasion.participants}
    assert roles == {("his", "actor"), ("Ukraine", "recipient")}


def test_links_after_the_annotated_opening_are_left_out_of_participants_in_opening():
    from types import SimpleNamespace

    from kg.evaluate.events import score_document
    from kg.evaluate.meantime import GoldMention, MeantimeDocument

    text = "Boeing won a contract.\n\nLater Airbus won another."
    gold = MeantimeDocument("d", "d", text, None, exhaustive_end=22,
                            entities=[GoldMention("e1", 0, 6, "Boeing")], events=[GoldMention("v1", 7, 10, "won")],
                            participants=[("v1", "e1", "Arg0")])
    mentions = [SimpleNamespace(start=0, end=6), SimpleNamespace(start=30, end=36)]
    events = [SimpleNamespace(start=7, end=10, participants=[SimpleNamespace(mention=0, role="actor")], arguments=[]),
              SimpleNamespace(start=37, end=40, participants=[SimpleNamespace(mention=1, role="actor")], arguments=[])]
    counts = score_document(gold, events, mentions)
    assert counts["participants"] == [1, 2, 1]  # the later link, unannotated there, counts as wrong
    assert counts["participants_in_opening"] == [1, 1, 1]


def test_an_argument_is_scored_as_a_participant_link():
    """A common-noun argument ("a contract", no entity mention) matches a gold link to the entity
    mention it overlaps, like a participant; one on an unlinked mention counts as wrong."""
    from types import SimpleNamespace

    from kg.evaluate.events import score_document
    from kg.evaluate.meantime import GoldMention, MeantimeDocument
    from kg.records import Argument

    text = "Boeing won a contract in March."
    gold = MeantimeDocument("d", "d", text, None,
                            entities=[GoldMention("e1", 11, 21, "a contract"), GoldMention("e2", 25, 30, "March")],
                            events=[GoldMention("v1", 7, 10, "won")], participants=[("v1", "e1", "Arg1")])
    events = [SimpleNamespace(start=7, end=10, participants=[],
                              arguments=[Argument(13, 21, "contract", "recipient"), Argument(25, 30, "March", "participant")])]
    assert score_document(gold, events, [])["participants"] == [1, 2, 1]


@pytest.mark.parametrize("text, trigger, expected", [
    ("Few Western countries have signalled a willingness to accept the refugees.", "accept", "future"),
    ("The rebels made a last attempt to seize the port.", "seize", "future"),
    ("A coalition of Arab states backed by the United States would be able to deploy troops.", "backed",
     "hypothetical"),
    ("A convoy backed by the United States reached Benghazi.", "backed", "asserted"),
    ("The sanctions follow last week's EU agreement in principle to impose an arms embargo on Syria.", "embargo",
     "future"),
    ("While Obama has produced no breakthroughs, neither has he precipitated any major crisis with Iran.",
     "precipitated", "negated"),
    ("Moussa Koussa spoke in London on Monday, calling for a ceasefire in Libya.", "ceasefire", "proposed"),
    ("Rebels refused a deal with Gaddafi.", "deal", "negated"),
    ("Rebels called for the ceasefire to hold.", "ceasefire", "asserted"),
    ("On Sunday Iran agreed a deal with the United States.", "deal", "asserted"),
    # an infinitive with its own subject the parser hangs on the noun as an adverbial clause
    ("Protesters renewed calls for Mubarak to step down on Friday.", "step", "proposed"),
])
def test_what_a_noun_or_an_unreal_clause_only_intends_is_no_fact(nlp, text, trigger, expected):
    assert event(nlp, text, trigger)["factuality"] == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a mandative subjunctive is demanded, not done
    ("Efforts have made little headway, with the rebels adamant that Gaddafi step down.", "step", "proposed"),
    ("The government has offered concessions but insists he stay in power.", "stay", "proposed"),
    # refusals: after a verb of causing the bare infinitive happened; a plural present is no subjunctive
    ("The rebels made Gaddafi step down.", "step", "asserted"),
    ("Obama said they stay in Tripoli.", "stay", "reported"),
    # a second "that" complement the parser joins to a conditional verb is as conditional
    ('"There are no negotiations unless he declares his departure and that he is stepping down," Jalil said.',
     "stepping", "hypothetical"),
    ("Officials said Gaddafi announced his resignation and that he left Tripoli.", "left", "reported"),
    ("Netanyahu said that he wanted peace in the region and that he was anxiously monitoring the situation in Egypt.",
     "monitoring", "reported"),
    # an imperative is urged, not done; what its clause says may be a fact
    ("Compare the action of BP with the American company Union Carbide.", "Compare", "proposed"),
    ("Remember that Exxon paid $2 billion.", "paid", "asserted"),
])
def test_demands_and_conditions_are_not_told_as_done(nlp, text, trigger, expected):
    assert event(nlp, text, trigger)["factuality"] == expected


def test_a_claim_with_its_own_complement_stays_beside_the_claim_it_reports(nlp):
    found = {e["trigger"]: e for e in events_in(nlp, "Cisco claims to own the trademark and that Apple used it.")}
    assert found["used"]["factuality"] == "reported" and found["used"]["speaker"] == found["claims to own"]["roles"]["actor"][0]
    # refusal: a bare reporting verb gives its speaker to the event it reports and goes
    assert [e["trigger"] for e in events_in(nlp, "Cisco said that Apple used the trademark.")] == ["used"]
