"""Entity mentions on short real sentences: names, patterns, demonyms, metonyms, pronouns."""
from __future__ import annotations

import pytest

from kg.extract.mentions import mention_key
from kg.resources import load_json


@pytest.fixture(scope="module")
def mentions(nlp):
    def run(text: str) -> list:
        return nlp(text)._.kg_mentions

    return run


def by_text(found) -> dict:
    """Mentions by their text, a leading article dropped (spaCy keeps it in some spans, not others)."""
    return {m.text.removeprefix("the ").removeprefix("The "): m for m in found}


@pytest.mark.parametrize("text, label, key", [
    ("Russian President Vladimir V. Putin’s", "PERSON", "Vladimir Putin"),
    ("former U.S. President Donald J. Trump", "PERSON", "Donald Trump"),
    ("Secretary of State Antony Blinken", "PERSON", "Antony Blinken"),
    ("Apple CEO Steve Jobs", "PERSON", "Steve Jobs"),
    ("Russia's", "GPE", "Russia"),
    ("the 1997 Treaty of Friendship", "LAW", "Treaty of Friendship"),
    ("Apple Inc.", "ORG", "Apple"),
    ("U.S. Air Force", "ORG", "United States Air Force"),
    ("General Motors", "ORG", "General Motors"),
])
def test_keys_drop_titles_possessives_initials_and_legal_forms(text, label, key):
    assert mention_key(text, label) == key


def test_person_with_title_and_initial_is_one_mention_keyed_without_them(mentions):
    found = mentions("Russian President Vladimir V. Putin met the press on Friday.")
    people = [m for m in found if m.label == "PERSON"]
    assert [m.key for m in people] == ["Vladimir Putin"]
    assert not [m for m in found if m.text.startswith("Russian")]  # "Russian President" only describes


@pytest.mark.parametrize("text, expected", [
    ("Ukraine gave up its arsenal under the Budapest Memorandum in 1994.", "Budapest Memorandum"),
    ("Neither side honoured the Minsk agreements after 2015.", "Minsk agreements"),
    ("Moscow cited the 1997 Treaty of Friendship, Cooperation, and Partnership with Kyiv.",
     "1997 Treaty of Friendship, Cooperation, and Partnership"),
    ("Members invoked Article 5 of the Washington Treaty after the attacks.", "Article 5 of the Washington Treaty"),
    ("India never signed the Treaty on the Non-Proliferation of Nuclear Weapons.",
     "Treaty on the Non-Proliferation of Nuclear Weapons"),
])
def test_named_agreements_are_law_mentions(mentions, text, expected):
    found = by_text(mentions(text))
    assert expected in found and found[expected].label == "LAW"


@pytest.mark.parametrize("text, kept", [
    ("The U.S. agreement with Kyiv was signed on Friday.", "U.S."),
    ("The Ukraine war has lasted two years.", "Ukraine"),
    ("Putin Says War Will Go On", "Putin"),
])
def test_descriptions_and_headlines_are_not_named_agreements_or_wars(mentions, text, kept):
    found = mentions(text)
    assert kept in {m.text for m in found} and not [m for m in found if m.label in ("LAW", "EVENT")]


def test_a_person_whose_surname_is_an_agreement_noun_is_a_person(nlp, mentions):
    """"said Richard Charter": a given name and spaCy's PERSON, no charter, and no named
    agreement event; "the UN Charter" still is one."""
    text = ('"The price you pay is increased toxicity," said Richard Charter, a scientific adviser to Defenders of '
            "Wildlife.")
    assert by_text(mentions(text))["Richard Charter"].label == "PERSON"
    assert not [e for e in nlp(text)._.kg_events if e.name]
    assert by_text(mentions("Libya violated the UN Charter, the envoy said."))["UN Charter"].label == "LAW"


def test_named_wars_and_operations_are_events(mentions):
    found = by_text(mentions("After the Cold War, Operation Desert Storm began."))
    assert found["Cold War"].label == "EVENT"
    assert found["Operation Desert Storm"].label == "EVENT"


@pytest.mark.parametrize("example", load_json("entities/patterns.json")["event_appositions"]["examples"],
                         ids=lambda example: example["event"])
def test_a_name_in_apposition_to_an_event_noun_is_an_event(mentions, example):
    assert by_text(mentions(example["text"]))[example["event"]].label == "EVENT"


def test_a_name_in_apposition_to_another_noun_keeps_its_label(mentions):
    assert by_text(mentions("Officials met at Chatham House, a think tank in London."))["Chatham House"].label != "EVENT"


def test_agreement_pattern_does_not_cut_an_organisation_name(mentions):
    found = by_text(mentions("The North Atlantic Treaty Organization met in Brussels."))
    assert found["North Atlantic Treaty Organization"].label == "ORG"


def test_spaced_abbreviation_is_the_united_states(mentions):
    found = by_text(mentions("If the U S wants to secure a lasting peace, it must act."))
    assert (found["U S"].country_code, found["U S"].key) == ("US", "United States")


@pytest.mark.parametrize("text, surface, code, rule", [
    ("Russian forces shelled the city overnight.", "Russian forces", "RU", "demonym"),
    ("Ukrainians queued for bread in the cold.", "Ukrainians", "UA", "demonym"),
    ("Chinese officials declined to comment.", "Chinese officials", "CN", "demonym"),
    ("The Kremlin said the talks had failed.", "Kremlin", "RU", "metonym"),
    ("Moscow demanded guarantees from the alliance.", "Moscow", "RU", "metonym"),
    ("Washington rejected the demand on Monday.", "Washington", "US", "metonym"),
    ("The White House announced new sanctions.", "White House", "US", "metonym"),
])
def test_acting_nationalities_seats_and_capitals_are_their_country(mentions, text, surface, code, rule):
    found = by_text(mentions(text))[surface]
    assert (found.country_code, found.resolved_from, found.label) == (code, rule, "GPE")


def test_descriptive_nationality_is_not_an_actor(mentions):
    assert not mentions("She loved Russian literature and French cooking.")


def test_counted_people_of_a_nation_are_not_the_nation(mentions):
    example = load_json("entities/actors.json")["counted_people"]["example"]
    assert not any(m.country_code == "IE" for m in mentions(example))
    assert not any(m.country_code == "MX" for m in mentions("More than 70 Mexicans were held in a hotel."))
    # refusal: its people at large act for it
    assert by_text(mentions("The Irish people voted against the treaty."))["Irish people"].country_code == "IE"


def test_capital_as_a_place_stays_the_city(mentions):
    found = by_text(mentions("The delegation flew to Moscow and then visited Kiev."))
    assert found["Moscow"].country_code is None and found["Moscow"].key == "Moscow"
    assert found["Kiev"].key == "Kyiv" and found["Kiev"].label == "GPE"


def test_pronoun_subject_takes_the_previous_sentence_subject(mentions):
    found = mentions("Vladimir Putin spoke with reporters for an hour. He told Bill Clinton that NATO was a threat.")
    he = next(m for m in found if m.text == "He")
    assert he.resolved_from == "pronoun" and found[he.antecedent].key == "Vladimir Putin"
    assert he.label == "PERSON"


def test_a_subject_pronoun_chain_keeps_its_referent(mentions):
    found = mentions("Vladimir Putin made it clear. In 2008, he told George W. Bush that Ukraine was not a country. "
                     "Three years later, he told Bill Clinton that he was not bound by any agreement.")
    pronouns = [m for m in found if m.resolved_from == "pronoun"]
    assert [m.text for m in pronouns] == ["he", "he", "he"]
    assert {found[m.antecedent].key for m in pronouns} == {"Vladimir Putin"}


def test_a_possessive_before_the_subject_refers_forward_to_it(mentions):
    found = mentions("Joe Biden dismissed the call. During his interview with Tucker Carlson, Vladimir Putin "
                     "defended the war.")
    his = next(m for m in found if m.text == "his")
    assert found[his.antecedent].key == "Vladimir Putin"


def test_object_pronoun_is_not_its_own_verbs_subject(mentions):
    found = mentions("Joe Biden met Vladimir Putin in Geneva. Putin told him that the talks were useful.")
    him = next(m for m in found if m.text == "him")
    assert found[him.antecedent].key == "Joe Biden"


def test_it_resolves_to_an_organisation(mentions):
    found = mentions("NATO said it would keep its doors open.")
    pronouns = [m for m in found if m.resolved_from == "pronoun"]
    assert [m.text for m in pronouns] == ["it", "its"]
    assert all(found[m.antecedent].key == "NATO" for m in pronouns)


def test_impersonal_it_is_not_a_mention(mentions):
    found = mentions("Russia said that it is likely that the talks will fail.")
    assert [m.text for m in found] == ["Russia"]


def test_mentions_are_sorted_with_char_offsets(mentions):
    text = "Sergei Lavrov met Antony Blinken in Geneva, and he said Russia would respond."
    found = mentions(text)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(text[m.start : m.end] == m.text for m in found)


def test_nationality_before_an_event_noun_is_the_actor(mentions):
    found = by_text(mentions("The Russian invasion began in February."))
    assert found["Russian"].country_code == "RU" and found["Russian"].resolved_from == "demonym"


def test_definite_description_resolves_to_the_organisation(mentions):
    found = mentions("NATO met in Brussels on Monday. The alliance said it would send more troops.")
    alliance = next(m for m in found if m.resolved_from == "nominal")
    assert alliance.text == "The alliance" and found[alliance.antecedent].key == "NATO"


def test_gazetteer_relabels_places_but_not_people_named_like_countries(mentions):
    found = by_text(mentions("Michael Jordan scored twice. Jordan said he was tired."))
    assert found["Jordan"].label == "PERSON" and found["Jordan"].country_code is None
    found = by_text(mentions("Jordan and Egypt signed a treaty."))
    assert found["Jordan"].country_code == "JO"


def test_a_surname_alone_after_the_full_name_is_the_person(mentions):
    # spaCy reads a sentence-initial "Jobs" as a plural noun; the article named him before
    found = mentions("Apple CEO Steve Jobs gave the keynote on Monday.\nJobs welcomed everyone to the event.")
    assert [(m.text, m.label) for m in found if m.text == "Jobs"] == [("Jobs", "PERSON")]
    found = mentions("Jobs were cut at the plant. Steve Jobs spoke later.")  # before the full name: no one
    assert [m.text for m in found] == ["Steve Jobs"]
    found = mentions("Gordon Brown spoke on Monday. Brown bread sold out.")  # a modifier is no mention
    assert [m.text for m in found] == ["Gordon Brown"]


@pytest.mark.parametrize("text, name", [
    ("These include the 1994 Budapest Memorandum on Security Assurances, whereby Ukraine gave up its arsenal.",
     "Budapest Memorandum on Security Assurances"),  # "on" and two capitalised words go on the name
    ("Russia and Ukraine signed the Minsk agreements on Ukraine in 2015.", "Minsk agreements"),  # one: a topic, no name
])
def test_an_agreement_name_goes_on_over_its_topic(nlp, text, name):
    assert [m.key for m in nlp(text)._.kg_mentions if m.label == "LAW"] == [name]


def test_an_escaped_slash_parts_two_names(mentions):
    """Timeline17 copy escapes a slash ("UN\\/NATO"); the two names on either side stay two, and a
    photographer's credit run into the next word is no person."""
    assert [(m.text, m.label) for m in mentions("Is n't UN\\/NATO there to save lives ?")] == [
        ("UN", "ORG"), ("NATO", "ORG")]
    assert not [m for m in mentions("Photograph : John Edwards\\/EPA BP said on Monday it would pay .")
                if "\\/" in m.text]
    assert [m.text for m in mentions("AC/DC played in Sydney on Friday.")][0] == "AC/DC"


_COMPANY_TAILS = load_json("entities/organisations.json")["company_tails"]
_PLACE_CUES = load_json("entities/patterns.json")["place_cues"]
_INSTITUTION_HEADS = load_json("entities/organisations.json")["institution_heads"]
_HONORIFICS = load_json("titles.json")["honorifics"]


def _labelled(entry: dict, label: str) -> list[tuple[str, str, str]]:
    """The data file's examples with ``label`` and its refusals, which stay PERSON."""
    return [(text, name, label) for text, name in entry["examples"]] + [
        (text, name, "PERSON") for text, name in entry["refusals"]]


@pytest.mark.parametrize("text, name, label", _labelled(_COMPANY_TAILS, "ORG"), ids=lambda v: v[:30])
def test_a_name_ending_in_a_trade_word_is_a_company_not_a_person_before_it(mentions, text, name, label):
    assert by_text(mentions(text))[name].label == label


@pytest.mark.parametrize("text, name", _INSTITUTION_HEADS["examples"] + _INSTITUTION_HEADS["refusals"], ids=lambda v: v[:30])
def test_an_institution_named_with_a_possessive_keeps_it_where_other_names_end_at_it(mentions, text, name):
    assert name in [m.text for m in mentions(text)]


@pytest.mark.parametrize("text, name", _HONORIFICS["examples"], ids=lambda v: v[:30])
def test_the_name_after_an_honorific_is_a_person(mentions, text, name):
    assert by_text(mentions(text))[name].label == "PERSON"


@pytest.mark.parametrize("text, name, label", _labelled(_PLACE_CUES, "GPE"), ids=lambda v: v[:30])
def test_a_name_where_only_a_place_goes_is_a_place_not_one_in_a_nouns_phrase_or_attacked(mentions, text, name, label):
    assert by_text(mentions(text))[name].label == label


def test_a_news_agency_tagged_a_person_is_an_organisation(mentions):
    assert by_text(mentions("SANA said 20 soldiers were killed in Homs."))["SANA"].label == "ORG"
    # refusal: a person's name that is no outlet stays a person
    assert by_text(mentions("Sana Saeed said 20 soldiers were killed in Homs."))["Sana Saeed"].label == "PERSON"


def test_a_demonym_of_a_smaller_country_modifying_its_military_is_the_country(mentions):
    found = by_text(mentions("The convoy was escorted by the Nigerien military to Agadez."))
    assert found["Nigerien military"].country_code == "NE"


def test_a_surname_alone_after_the_persons_full_name_is_the_person(mentions):
    text = ("Oil and finance minister Ali Tarhouni spoke in Benghazi. Tarhouni said the rebel government was holding "
            "direct talks with foreign companies.")
    found = [m for m in mentions(text) if m.text == "Tarhouni"]
    assert found and found[0].label == "PERSON"
    # refusal: a capital is no surname ("Jack Paris" does not make Paris a person)
    text = "Jack Paris met officials in Lyon. In Paris, ministers discussed the budget."
    assert [m.label for m in mentions(text) if m.text == "Paris"] == ["GPE"]
    # refusal: a company that bears its founder's name stays the company ("Ford said sales fell")
    text = "Ford Motor Co. recalled 500,000 cars. Ford said sales fell. Gerald Ford pardoned Richard Nixon in 1974."
    assert [m.label for m in mentions(text) if m.text == "Ford"] == ["ORG"]


@pytest.mark.parametrize("example", load_json("entities/patterns.json")["storms"]["examples"],
                         ids=lambda example: example["storm"])
def test_a_named_storm_is_an_event_and_no_person(mentions, example):
    found = mentions(example["text"])
    storm = by_text(found)[example["storm"]]
    assert storm.label == "EVENT"
    assert not [m for m in found if m.key == storm.key and m.label == "PERSON"], found


def test_a_storm_word_inside_an_organisation_name_makes_no_storm(mentions):
    found = by_text(mentions("The National Hurricane Center said the season would be busy ."))
    assert found["National Hurricane Center"].label == "ORG"
    assert not [m for m in found.values() if m.label == "EVENT"], found


@pytest.mark.parametrize(("text", "name"), load_json("entities/names.json")["initialled"]["examples"])
def test_a_name_with_a_middle_initial_is_a_person(mentions, text, name):
    assert by_text(mentions(text))[name].label == "PERSON"


@pytest.mark.parametrize(("text", "name", "label"), load_json("entities/places.json")["examples"])
def test_a_city_tagged_a_person_is_a_place_unless_the_text_says_person(mentions, text, name, label):
    assert {m.label for m in mentions(text) if m.text == name} == {label}


@pytest.mark.parametrize("text", ["The storm surge hit the coast as the hurricane Louisiana feared arrived .",
                                  "Forecasters expect a storm Thursday in the Gulf ."])
def test_a_place_or_a_day_after_a_storm_word_names_no_storm(mentions, text):
    assert not [m for m in mentions(text) if m.label == "EVENT"], mentions(text)


def test_a_storm_named_with_its_category_is_the_storm_of_that_name(mentions):
    keys = {m.key for m in mentions("Tropical Storm Bonnie formed on Thursday . Bonnie weakened .") if m.label == "EVENT"}
    assert keys == {"Bonnie"}


@pytest.mark.parametrize(("text", "name", "label"), load_json("entities/places.json")["place_words"]["examples"])
def test_a_place_word_makes_a_name_a_place(mentions, text, name, label):
    assert by_text(mentions(text))[name].label == label


def test_a_surname_that_is_a_place_word_elsewhere_stays_a_person(mentions):
    assert by_text(mentions("The film was directed by Michael Bay and starred Ricki Lake ."))["Ricki Lake"].label == "PERSON"


def test_a_lower_case_part_of_a_hyphenated_name_stays_in_it(mentions):
    assert "Ban Ki-moon" in by_text(mentions("UN chief Ban Ki-moon said the plan had failed."))
    # refusal: a lower-case word after the name is still dropped
    assert {m.text for m in mentions("The Saudi-backed rebels met Obama aides.")} >= {"Saudi", "Obama"}


def test_an_organisation_s_one_word_name_the_tagger_missed_is_found_where_it_saw_it_elsewhere(mentions):
    text = ("BP said the leak was slowing. BP and the Louisiana Department of Wildlife and Fisheries have vowed "
            "to clamp down on fraudulent claims.")
    assert [m.text for m in mentions(text)].count("BP") == 2
    # refusal: a word the tagger never saw as a name stays none
    assert "Marine" not in [m.text for m in mentions("Marine and the Louisiana Department of Wildlife have vowed.")]


def test_two_organisations_the_tagger_cut_one_name_into_are_one(mentions):
    text = "Thirty-one people were killed on Monday, said the Local Co-ordination Committees, a network of groups."
    assert "Local Co-ordination Committees" in [m.text for m in mentions(text)]
    # refusal: organisations with a word between them stay two
    assert {"Halliburton", "Transocean"} <= {m.text for m in mentions("The rig was run by Halliburton and Transocean.")}


@pytest.mark.parametrize(("text", "country"), [
    ("An American was kidnapped in Baghdad.", None),
    ("A British Foreign Office spokeswoman confirmed the Briton's death.", None),
    ("The Americans bombed the town.", "US"),
    ("Ukrainians queued for bread.", "UA"),
])
def test_a_nationality_naming_one_person_is_no_mention_of_the_nation(nlp, text, country):
    """"an American", "the Briton's death": one of its people, not the country; "the Americans",
    "Ukrainians" still stand for it."""
    codes = {m.country_code for m in nlp(text)._.kg_mentions if m.resolved_from == "demonym"}
    assert codes == ({country} if country else set())


def test_a_country_name_that_is_a_person_s_name_in_the_text_is_that_person(mentions):
    found = mentions("John Ireland, a spokesman for Transocean, said the company would pay. "
                     "Ireland said the rig had passed its inspections.")
    alone = [m for m in found if m.text == "Ireland"]
    assert [(m.label, m.country_code) for m in alone] == [("PERSON", None)]
    # refusal: a text that names no one so keeps the country
    found = mentions("Ireland said it would send aid to Haiti.")
    assert [(m.label, m.country_code) for m in found if m.text == "Ireland"] == [("GPE", "IE")]


@pytest.mark.parametrize("text, name", load_json("titles.json")["team_roles"]["examples"], ids=lambda v: v[:30])
def test_a_place_in_a_team_before_a_name_is_its_title(mentions, text, name):
    # "Openers Strauss and Cook put on 100 runs": the tagger runs the capitalised word into the name
    keys = {m.key for m in mentions(text) if m.label == "PERSON"}
    assert name in keys and not any(key.split()[0].lower().rstrip("s") in TEAM_ROLES for key in keys)


TEAM_ROLES = frozenset(load_json("titles.json")["team_roles"]["words"])
