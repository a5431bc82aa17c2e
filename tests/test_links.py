"""Links between names (kg/extract/links.py, kg/resolve/places.py, kg/resolve/parties.py):
every lexicon entry's example, the shapes that state no link, and the edges they give."""
from __future__ import annotations

import pytest

from kg.compose.graph import compose_graph
from kg.resolve.entities import resolve_entities
from kg.resolve.parties import resolve_parties
from kg.resolve.places import resolve_places
from kg.resolve.ties import resolve_ties
from kg.resources import load_json
from tests.conftest import resolve_texts

LINKS = load_json("links.json")
EXAMPLES = [(section, word) for section, entries in LINKS.items() if section not in ("_doc", "historic_words")
            for word in entries if word != "_doc"]


def _links(nlp, text: str) -> list[tuple[str, str, set[str], str, str]]:
    """(kind, source key, target key and country code, role, factuality) of each link in ``text``."""
    doc = nlp(text)
    mentions = doc._.kg_mentions

    def names(index, code):
        return {mentions[index].key, mentions[index].country_code} if index is not None else {code}

    return [(x.kind, mentions[x.source].key, names(x.target, x.country_code), x.role, x.factuality)
            for x in doc._.kg_links]


@pytest.mark.parametrize("section, word", EXAMPLES)
def test_each_entry_finds_its_link_in_its_example(nlp, section, word):
    entry = LINKS[section][word]
    source = entry.get("place") or entry.get("party") or entry["name"]
    target = entry.get("container") or entry.get("named") or entry["tied_to"]
    found = _links(nlp, entry["example"])
    assert any(s == source and target in t or entry.get("inverse") and s == target and source in t
               for _, s, t, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Russia occupied the Zaporizhzhia, Kherson, Donetsk and Luhansk regions.",  # a list, no containment
    "Troops retreated from Kherson, Ukrainians said.",  # a nationality after the comma
    "Ukraine reopened its Black Sea ports in July.",  # a sea names no place in Ukraine
    "Russian peacekeepers in Nagorno-Karabakh protect Armenians.",  # people, not a place, are in it
    "Western states punished Slobodan Milosevic in Yugoslavia.",
    "It could raise tensions in countries including Alawites and Kurds in Lebanon.",  # peoples the tagger calls GPE
    "Total invested along with Britain's BP and Russia's Gazprom.",  # companies a country owns
    "With direct access to Europe, Qatar would carve up the gas markets.",  # a comma between clauses
    "Back to Misrata, United States how long will you wait?",  # a country addressed
])
def test_no_place_is_put_where_the_text_does_not(nlp, text):
    assert [x for x in _links(nlp, text) if x[0] == "located_in"] == []


def test_a_place_of_the_past_lies_in_no_country_of_today(nlp):
    assert [x for x in _links(nlp, LINKS["historic_words"]["example"]) if x[0] == "located_in"] == []


def test_a_name_the_text_calls_a_town_is_a_place(nlp):
    doc = nlp("Rebels took the eastern Libyan town of Brega on Sunday. Brega fell again in March.")
    assert {m.label for m in doc._.kg_mentions if m.key == "Brega"} == {"GPE"}


@pytest.mark.parametrize("text, factuality", [
    ("The United States should return to the Intermediate Nuclear Forces Treaty.", None),  # no party verb
    ("The United States should withdraw from the Intermediate Nuclear Forces Treaty.", "proposed"),
    ("Russia did not violate the Budapest Memorandum.", "negated"),
    ("If Russia signs the Minsk agreements, the war ends.", "hypothetical"),
])
def test_a_party_link_keeps_the_factuality_of_its_clause(nlp, text, factuality):
    assert [x[4] for x in _links(nlp, text) if x[0] == "party"] == ([factuality] if factuality else [])


def test_coordinated_parties_and_names_each_get_a_link(nlp):
    found = {(s, next(iter(t - {None}))) for kind, s, t, _, _ in
             _links(nlp, "Russia and Ukraine signed the Minsk agreements and the Budapest Memorandum.") if kind == "party"}
    assert found == {(p, n) for p in ("Russia", "Ukraine") for n in ("Minsk agreements", "Budapest Memorandum")}


def test_the_names_a_colon_lists_after_the_object_are_each_a_party(nlp):
    text = "It is worth recalling that Britain has won plenty of wars: the Crimean War, the Boer War, and World War II."
    found = {(s, next(iter(t - {None}))) for kind, s, t, _, _ in _links(nlp, text) if kind == "party"}
    assert found == {("United Kingdom", n) for n in ("Crimean War", "Boer War", "World War II")}


def test_a_colon_after_something_else_lists_no_party(nlp):
    text = "Britain won the Crimean War, and historians compare two others: the Boer War and World War II."
    found = {(s, next(iter(t - {None}))) for kind, s, t, _, _ in _links(nlp, text) if kind == "party"}
    assert found == {("United Kingdom", "Crimean War")}


def test_places_and_parties_become_edges_between_the_right_nodes(nlp):
    texts = ["Fighting raged in the Ukrainian city of Kherson. Ukraine said so.",
             "Kherson, Ukraine was shelled. The United States withdrew from the Anti-Ballistic Missile Treaty in 2002.",
             "The United States should sign the Arms Trade Treaty."]
    extractions, entities, events = resolve_texts(nlp, texts, "2022-11-12")
    _, assignment = resolve_entities(extractions)
    places = resolve_places(extractions, assignment, entities)
    parties = resolve_parties(extractions, assignment, entities)
    graph = compose_graph(entities, events, places=places, parties=parties)
    located = [(s, t, d["cues"], d["documents"]) for s, t, d in graph.edges(data=True) if d["kind"] == "located_in"]
    assert located == [("gpe:kherson", "gpe:ukraine", ["city", "comma"], ["d0", "d1"])]  # merged over documents
    party = {(s, t): d["roles"] for s, t, d in graph.edges(data=True) if d["kind"] == "party"}
    assert party == {("gpe:united-states", "law:anti-ballistic-missile-treaty"): ["withdrew"]}  # "should sign": not a fact


def test_an_actor_is_linked_to_where_it_acted(nlp):
    _, entities, events = resolve_texts(nlp, ["NATO bombed Gaddafi's tanks in Misrata on Monday."], "2011-05-02")
    graph = compose_graph(entities, events)
    acted = {(s, t) for s, t, d in graph.edges(data=True) if d["kind"] == "acted_in"}
    assert acted == {("org:nato", "gpe:misrata")}


def test_a_place_that_does_nothing_is_no_actor(nlp):
    text = "Russia shelled Kherson on Monday. Protesters in Benghazi rose up on Tuesday. Benghazi demanded aid."
    _, entities, events = resolve_texts(nlp, [text], "2022-11-12")
    actor = dict(compose_graph(entities, events).nodes(data="actor"))
    assert (actor["gpe:russia"], actor["gpe:kherson"], actor["gpe:benghazi"]) == (True, False, True)


def test_where_a_named_event_happened_is_no_party_to_it(nlp):
    texts = ["The annual Munich Security Conference in Germany has provided a ring-side seat as this drama played out."]
    extractions, entities, _ = resolve_texts(nlp, texts, "2012-02-05")
    _, assignment = resolve_entities(extractions)
    assert [(p.party, p.named) for p in resolve_parties(extractions, assignment, entities)] == []


def test_ties_become_one_edge_per_pair_whichever_way_they_are_written(nlp):
    texts = ["Iran, Syria's closest ally, sent military advisers.", "Syria's ally Iran sent more advisers on Monday.",
             "Turkey called on Syria, its neighbour, to stop the killing."]
    extractions, entities, events = resolve_texts(nlp, texts, "2012-02-05")
    _, assignment = resolve_entities(extractions)
    graph = compose_graph(entities, events, ties=resolve_ties(extractions, assignment))
    ties = {(s, t, d["tie"], d["symmetric"], tuple(d["documents"])) for s, t, d in graph.edges(data=True) if d["kind"] == "tie"}
    assert ties == {("gpe:iran", "gpe:syria", "ally", True, ("d0", "d1")), ("gpe:syria", "gpe:turkey", "neighbour", True, ("d2",))}


def test_each_name_of_a_list_after_a_tie_noun_is_tied(nlp):
    text = "The United States has not followed its allies France and Italy in formally recognizing the council."
    ties = [(s, r, t) for kind, s, t, r, _ in _links(nlp, text) if kind == "tie"]
    assert sorted((s, r) for s, r, _ in ties) == [("France", "ally"), ("Italy", "ally")]
    assert all("United States" in t for _, _, t in ties)  # the target's key beside its country code


@pytest.mark.parametrize("text", [
    "Turkey's relations with Syria, its neighbour, soured.",  # no clause subject that is a name
    "Assad relies on Tehran, its closest ally.",  # "its" is no person's
    "The allies of Britain met in Paris.",  # a tie noun without a name tied
])
def test_no_tie_where_the_text_names_no_second_actor(nlp, text):
    assert [x for x in _links(nlp, text) if x[0] == "tie"] == []


def test_the_subjects_of_a_during_which_clause_take_part_in_the_named_event(nlp):
    text = "Thousands gathered for the Pan-European Picnic, a demonstration during which Hungary and Austria opened their border."
    found = {(s, r) for kind, s, t, r, _ in _links(nlp, text) if kind == "party" and "Pan-European Picnic" in t}
    assert found == {("Hungary", "participant"), ("Austria", "participant")}


def _said_edges(nlp, text: str, published: str = "2011-05-02") -> set[tuple[str, str, str, str]]:
    """(speaker, target, relation, reported event's type) of the edges that link a speaker to
    what it said a reported event was about."""
    _, entities, events = resolve_texts(nlp, [text], published)
    types = {e.id: e.type for e in events}
    return {(s, t, d["relation"], types[d["event"]]) for s, t, key, d in compose_graph(entities, events).edges(keys=True, data=True)
            if key.startswith("said:")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Mahmoud Jibril told reporters in Paris that NATO had bombed Tripoli overnight.",
     {("person:mahmoud-jibril", "org:nato", "STATEMENT", "ASSAULT"),
      ("person:mahmoud-jibril", "gpe:tripoli", "STATEMENT", "ASSAULT")}),
    ("Obama said on Tuesday that BP had agreed to pay for the clean-up.",
     {("person:obama", "org:bp", "STATEMENT", "AGREE")}),
])
def test_the_speaker_of_a_reported_event_is_linked_to_its_actors(nlp, text, expected):
    assert _said_edges(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Gaddafi spoke on state television. He said NATO had bombed Tripoli.",  # a pronoun: its antecedent may be wrong
    "Hague met Jibril on Monday. The foreign secretary said Gaddafi had attacked Misrata.",  # a description
    "According to Reuters, NATO bombed Tripoli on Sunday.",  # the outlet that carried it
    "Gaddafi said he had ordered the army into Benghazi.",  # the speaker did it: the event's own edge says so
    "Gaddafi's son said NATO had bombed Tripoli on Sunday.",  # the person named is not who spoke
    "Transocean leased the rig to BP in 2008. Thad Allen said it had ignored the warnings.",  # "it": maybe not BP
    # an outlet the parse makes a party only carried the report
    "BP has told members of a US congressional committee that up to 9.5m litres a day could spill if the leaks worsen, AP notes.",
])
def test_no_speaker_edge_from_or_to_a_pronoun_or_an_outlet_nor_to_the_speaker_itself(nlp, text):
    assert _said_edges(nlp, text) == set()
