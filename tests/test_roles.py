"""Roles and affiliations (kg/extract/roles.py, kg/resolve/roles.py): every lexicon entry's
example, the rules that keep a description from becoming an affiliation, merging across
documents, and the affiliation edges of the seed graph."""
from __future__ import annotations

import json

import pytest

from kg.extract import extract_document
from kg.records import Document
from kg.resolve.entities import resolve_entities
from kg.resolve.roles import resolve_affiliations
from kg.resources import load_json

TITLES = load_json("titles.json")
ROLES = {phrase: entry for phrase, entry in TITLES["roles"].items() if phrase != "_doc"}
TIMES = {word: entry for word, entry in TITLES["time_qualifiers"].items() if word != "_doc"}


def _roles(nlp, text: str) -> list[tuple[str, str, str, str | None, str]]:
    """(role, role words as written, time, qualifier, what it belongs to) for each role in ``text``."""
    doc = nlp(text)
    mentions = doc._.kg_mentions
    return [(r.role, r.text, r.time, r.qualifier,
             mentions[r.organisation].key if r.organisation is not None else r.country_code) for r in doc._.kg_roles]


@pytest.mark.parametrize("phrase", sorted(ROLES))
def test_each_role_noun_is_found_in_its_example(nlp, phrase):
    found = _roles(nlp, ROLES[phrase]["example"])
    assert any(text.lower().replace(" - ", "-") == phrase and role == ROLES[phrase]["role"]
               for role, text, _, _, _ in found), found


@pytest.mark.parametrize("word", sorted(TIMES))
def test_each_time_qualifier_dates_the_role_in_its_example(nlp, word):
    found = _roles(nlp, TIMES[word]["example"])
    assert any((qualifier or "").lower() == word and time == TIMES[word]["time"]
               for _, _, time, qualifier, _ in found), found


@pytest.mark.parametrize("text, expected", [
    ("Russian Foreign Minister Sergei Lavrov met reporters.", ("foreign minister", "RU")),
    ("Samuel Charap, a Russia analyst at the RAND Corporation, said so.", ("analyst", "RAND")),  # the key drops "Corporation"
    ("Sergei Lavrov, Russia's foreign minister, said so.", ("foreign minister", "Russia")),
    ("Former Fox News host Tucker Carlson interviewed Putin.", ("host", "Fox News")),
    ("Pentagon spokesman Colonel Dave Lapan said so.", ("spokesperson", "Pentagon")),  # a rank between
    ("NATO chief Anders Fogh Rasmussen told the BBC on Monday.", ("head", "NATO")),  # the mention is "Fogh Rasmussen"
    ("Arab League Secretary-General Amr Moussa, a former Egyptian foreign minister, spoke.", ("secretary general", "Arab League")),
    ("Arab League Secretary-General Amr Moussa, a former Egyptian foreign minister, spoke.", ("foreign minister", "EG")),
    # the organisation on the name itself
    ("Analyst Davide Tabarelli from Nomisma Energy expected oil prices to fall.", ("analyst", "Nomisma Energy")),
    ("Libya expert Alex Warren, of Frontier MEA, said the death of Gaddafi was a momentous event.", ("expert", "Frontier MEA")),
    # the role's own phrase first, also on a role coordinated with it
    ("It is a challenge, said Marwan Muasher, a former foreign minister and deputy prime minister of Jordan, "
     "now at the Carnegie Endowment for International Peace.", ("foreign minister", "Jordan")),
    ("Ukraine dismissed a call from President Vladimir V. Putin of Russia to negotiate.", ("president", "Russia")),
    ("After the vote, France's UN Ambassador Gerard Araud said the veto showed disdain.", ("ambassador", "UN")),
    # no role word: the name's organisation, or its possessor
    ("Fuel is running out, said Fernando Calado of the International Organization for Migration.",
     ("affiliated", "International Organization for Migration")),
    ("The situation is almost a catastrophe, MSF's Rosa Crestani said.", ("affiliated", "MSF")),
    ("Gaddafi had nowhere to go, unlike Tunisia's Zine al-Abidine Ben Ali, who fled.", ("affiliated", "Tunisia")),
])
def test_the_role_belongs_to_what_the_text_says(nlp, text, expected):
    assert expected in [(role, target) for role, _, _, _, target in _roles(nlp, text)]


@pytest.mark.parametrize("text", [
    "Samuel Charap, a Russia analyst, said so.",  # studies Russia, does not serve it
    "Russian analyst Samuel Charap said so.",  # a nationality, not an employer
    "The Russian leader spoke in Moscow.",  # no name
    "President Zelensky spoke in Kyiv.",  # a role, but nothing it belongs to
    "Apple shareholders Tim Cook and Sundar Pichai spoke.",  # no role word before either name
    "Ali Hassan from Benghazi said the town was calm.",  # where he comes from, not whom he works for
    "Ali Hassan from Libya said the town was calm.",  # a country too, without an office
    "Gaddafi's son Saif al-Islam spoke on television.",  # a person's possessor is no organisation
    "Murat Yetkin in Turkey's centre-left Radikal wrote that Russia would stop.",  # a newspaper taken for a person
    "Ibrahim Karagul in Turkey's Yeni Safak wrote that the talks had failed.",  # one read "in"
])
def test_a_description_is_no_affiliation(nlp, text):
    assert _roles(nlp, text) == []


def test_each_person_of_a_list_of_leaders_in_their_countries_is_affiliated(nlp):
    text = "Moscow supported first Slobodan Milosevic in Serbia, then Saddam Hussein in Iraq, and more recently Muammar Gaddafi in Libya."
    found = {(role, target) for role, _, _, _, target in _roles(nlp, text)}
    assert found == {("affiliated", "Serbia"), ("affiliated", "Iraq"), ("affiliated", "Libya")}


@pytest.mark.parametrize("text", [
    "The death of Atiyah Abdul Rahman in Pakistan is a blow to al Qaeda.",  # one: where he was
    "Reporting by Ivan Watson in Tripoli, Kareem Khadder in Tunisia and Frederik Pleitgen in Cairo.",  # a byline
])
def test_a_person_in_a_country_alone_or_in_a_byline_is_no_affiliation(nlp, text):
    assert [r for r in _roles(nlp, text) if r[1] == "in"] == []


def test_affiliations_merge_across_documents(nlp):
    texts = ["Wagner chief Yevgeny Prigozhin staged a mutiny.",
             "Yevgeny Prigozhin, the head of Wagner, flew to Minsk.",
             "Former Wagner chief Yevgeny Prigozhin died."]
    extractions = [extract_document(nlp, Document(f"d{i}", f"d{i}.txt", t)) for i, t in enumerate(texts)]
    entities, assignment = resolve_entities(extractions)
    affiliations = resolve_affiliations(extractions, assignment, entities)
    assert len(affiliations) == 1
    only = affiliations[0]
    assert (only.person, only.role, only.time, only.qualifiers) == ("person:yevgeny-prigozhin", "head", "past", ["former"])
    assert only.documents == ["d0", "d1", "d2"] and len(only.evidence) == 3
    assert sorted(only.written) == ["chief", "head"]


def test_seed_graph_links_people_to_what_they_belong_to(seed_build):
    graph = json.loads((seed_build / "graph.json").read_text())
    edges = {(e["source"], e["target"], e["role"]): e for e in graph["edges"] if e["kind"] == "affiliation"}
    assert ("person:samuel-charap", "org:rand-corporation", "analyst") in edges
    assert ("person:volodymyr-zelensky", "gpe:ukraine", "president") in edges
    carlson = edges[("person:tucker-carlson", "org:fox-news", "host")]
    assert carlson["time"] == "past" and carlson["qualifiers"] == ["former"]
    assert all(e["evidence"] and e["documents"] for e in edges.values())


def test_affiliations_reach_every_export(seed_build):
    import csv
    import io

    import networkx as nx

    graph = json.loads((seed_build / "graph.json").read_text())
    affiliations = [e for e in graph["edges"] if e["kind"] == "affiliation"]
    rows = [r for r in csv.DictReader(io.StringIO((seed_build / "edges.csv").read_text())) if r["kind"] == "affiliation"]
    assert len(rows) == len(affiliations) and all(r["role"] and r["time"] in ("past", "current") for r in rows)
    for name in ("graph.graphml", "graph.gexf"):
        read = nx.read_graphml if name.endswith("graphml") else nx.read_gexf
        kinds = [d.get("kind") for _, _, d in read(seed_build / name).edges(data=True)]
        assert kinds.count("affiliation") == len(affiliations)
    assert '"kind": "affiliation"' in (seed_build / "graph.html").read_text()


def test_graph_is_valid_against_the_published_schema(seed_build):
    from importlib import resources

    import jsonschema

    schema = json.loads(resources.files("kg").joinpath("schema/graph.schema.json").read_text())
    graph = json.loads((seed_build / "graph.json").read_text())
    jsonschema.validate(graph, schema)
    assert {e["kind"] for e in graph["edges"]} == {"relation", "acted_in", "affiliation", "party", "located_in", "tie"}


def test_a_title_of_the_next_name_is_not_an_apposition_of_this_one(nlp):
    # a photo caption the parser reads as one apposition
    doc = nlp("Vladimir Putin -LRB- L -RRB- spoke after a meeting with France 's President Francois Hollande"
              " Russia 's President Vladimir Putin has resisted calls.")
    mentions = doc._.kg_mentions
    hollande = [(mentions[r.organisation].key if r.organisation is not None else r.country_code)
                for r in doc._.kg_roles if mentions[r.person].key == "Francois Hollande"]
    assert hollande == ["France"]


@pytest.mark.parametrize("text, expected", [
    ("Fawaz Gerges is a professor at the London School of Economics.", ("professor", "current", "London School of Economics")),
    ("John Browne was the chief executive of BP for twelve years.", ("chief executive", "past", "BP")),
    ("Tony Hayward, who was BP's chief executive, left in October.", ("chief executive", "past", "BP")),
    ("Nabil Elaraby, who is the secretary general of the Arab League, arrived in Cairo.",
     ("secretary general", "current", "Arab League")),
])
def test_a_role_said_with_be_is_an_affiliation_and_its_past_a_role_once_held(nlp, text, expected):
    assert expected in [(role, time, target) for role, _, time, _, target in _roles(nlp, text)]


@pytest.mark.parametrize("text", [
    "John Browne is not the chief executive of BP.",  # denied
    "Bob Dudley will be the chief executive of BP from October.",  # to come
    "The protesters said Hosni Mubarak would no longer be the ruler of Egypt.",  # a hope
    "The chief executive of BP is a geologist.",  # no name
])
def test_a_role_denied_or_said_of_no_name_is_no_affiliation(nlp, text):
    assert _roles(nlp, text) == []


def test_a_word_in_no_role_phrase_is_answered_without_reading_the_words_around_it(nlp):
    # why: role_at is asked of every noun and name (25,000 times on 80 articles); a word of no role
    # phrase is in none, known from its own word alone
    from kg.extract.roles import RoleFinder
    from kg.extract.syntax import doc_memo

    doc = nlp("Police in Tripoli arrested the former prime minister of Libya on Monday.").copy()  # no words read yet
    finder = RoleFinder()
    assert finder.role_at(doc, doc[0]) is None  # "Police"
    assert set(doc_memo(doc, "role_words")) == {0}
    found = finder.role_at(doc, doc[7])  # "minister": "prime minister"
    assert (found.start, found.end) == (6, 8) and found.role == ROLES["prime minister"]["role"]
    assert finder.role_at(doc, doc[6], end_by=7) is None  # "prime" alone is no role
