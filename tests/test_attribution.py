"""Attribution on real sentences: a statement given to an outlet names it as the medium,
never as a recipient, and a reporting verb hands its speaker to the event it reports."""
from __future__ import annotations

import json

import pytest

from kg.extract.factuality import is_outlet
from kg.resources import load_json
from tests.conftest import shared_data

OUTLETS = load_json("outlets.json")


def events(nlp, text):
    doc = nlp(text)
    names = [m.text for m in doc._.kg_mentions]
    return {e.trigger: e for e in doc._.kg_events}, names


def roles(event, names):
    return {(names[p.mention], p.role) for p in event.participants}


@pytest.mark.parametrize("entry", OUTLETS["suffixes"], ids=[s["word"] for s in OUTLETS["suffixes"]])
def test_each_outlet_suffix_makes_its_example_an_outlet(entry):
    assert is_outlet(entry["example"], "ORG")
    # a channel's name the tagger typed a person is one where no person's name ends so ("Emily Post" is none)
    assert is_outlet(entry["example"], "PERSON") or not entry.get("tagged_person_too")


def test_a_statement_to_a_channel_its_article_types_a_person_has_it_as_medium(nlp):
    """In its Reuters article the tagger types "Al Hurra TV" a person ("Jeff Feltman told U.S. based Al Hurra TV
    that …"), which had made the channel the recipient of a relation."""
    articles = shared_data("news", "timeline17", "SyrianCrisis_reuters", "articles.jsonl").read_text("utf-8")
    text = next(json.loads(line)["text"] for line in articles.splitlines() if "Al Hurra TV" in line)
    found, names = events(nlp, text)
    told = found["told"]
    assert names[told.medium] == "Al Hurra TV" and ("Al Hurra TV", "recipient") not in roles(told, names)


@pytest.mark.parametrize("entry", OUTLETS["channels"], ids=[s["word"] for s in OUTLETS["channels"]])
def test_each_channel_of_a_listed_outlet_is_an_outlet(entry):
    assert is_outlet(entry["example"], "ORG")
    assert not is_outlet(entry["example"].replace("BBC", "BP").replace("CNN", "BP").replace("Reuters", "BP"), "ORG")


def test_a_statement_made_on_an_outlets_channel_has_it_as_medium(nlp):
    found, names = events(nlp, "Speaking on BBC Radio 4's Today programme, Ferguson said the virus would spread.")
    assert not any(names[p.mention].startswith("BBC") for event in found.values() for p in event.participants)


def test_a_remark_to_a_list_of_outlets_has_them_as_medium(nlp):
    found, names = events(nlp, "The BP chief had remarked `` I want my life back , '' to several news organizations , "
                               "including Reuters , in recent days .")
    assert roles(found["remarked"], names) == {("BP", "actor")}
    assert names[found["remarked"].medium] == "Reuters"


def test_an_outlet_given_something_is_the_medium_not_a_recipient(nlp):
    found, names = events(nlp, "The Local Coordination Committees sent Reuters a list with the names of 88 people.")
    assert roles(found["sent"], names) == {("Local Coordination Committees", "actor")}
    assert names[found["sent"].medium] == "Reuters"
    # refusal: an outlet something is done to still takes part ("Troops attacked the BBC's office")
    found, names = events(nlp, "Government troops attacked Al Jazeera in Cairo.")
    assert ("Al Jazeera", "recipient") in roles(found["attacked"], names)


@pytest.mark.parametrize("entry", OUTLETS["platforms"], ids=[e["name"] for e in OUTLETS["platforms"]])
def test_a_statement_made_on_a_platform_has_it_as_medium_not_recipient(nlp, entry):
    found, names = events(nlp, entry["example"])
    stated = [event for event in found.values() if event.medium is not None and names[event.medium] == entry["name"]]
    assert stated, {trigger: roles(event, names) for trigger, event in found.items()}
    assert not any(names[p.mention] == entry["name"] for event in found.values() for p in event.participants)


def test_a_platform_that_acts_stays_its_actor(nlp):
    found, names = events(nlp, "Twitter suspended the account of the militia on Monday.")
    assert ("Twitter", "actor") in roles(found["suspended"], names)


def test_listed_outlets_are_outlets_and_other_organisations_are_not():
    assert all(is_outlet(name, "ORG") for name in OUTLETS["names"])
    assert not any(is_outlet(name, "ORG") for name in ("BP", "NATO", "International Energy Agency", "Times Square"))


def test_told_reuters_makes_reuters_the_medium_of_the_reported_event(nlp):
    found, names = events(nlp, "Gaddafi told Reuters that NATO had bombed Tripoli.")
    assert list(found) == ["bombed"]  # the telling is the attribution of the bombing
    bombed = found["bombed"]
    assert roles(bombed, names) == {("NATO", "actor"), ("Tripoli", "recipient")}
    assert names[bombed.speaker] == "Gaddafi" and names[bombed.medium] == "Reuters"


def test_a_statement_to_an_outlet_has_no_recipient(nlp):
    found, names = events(nlp, "Mussa Ibrahim told Reuters the rebels were losing.")
    told = found["told"]
    assert roles(told, names) == {("Mussa Ibrahim", "actor")} and names[told.medium] == "Reuters"


def test_according_to_an_outlet_is_its_source(nlp):
    found, names = events(nlp, "According to Reuters, NATO bombed Tripoli.")
    bombed = found["bombed"]
    assert bombed.factuality == "reported" and names[bombed.speaker] == names[bombed.medium] == "Reuters"


def test_in_an_interview_with_an_outlet(nlp):
    found, names = events(nlp, "Hayward said in an interview with CNN that BP would pay.")
    said = found["said"]
    assert names[said.medium] == "CNN" and ("CNN", "recipient") not in roles(said, names)


def test_an_outlet_that_is_acted_on_stays_a_participant(nlp):
    found, names = events(nlp, "Gaddafi's forces attacked Al Jazeera's office in Benghazi.")
    assert ("Al Jazeera", "recipient") in roles(found["attacked"], names)


def test_a_statement_whose_claim_is_a_state_stays_a_statement(nlp):
    doc = nlp("Gaddafi said the rebels were traitors to the Libyan nation.")
    assert "said" in [e.trigger for e in doc._.kg_events]


@pytest.mark.parametrize("entry", OUTLETS["airing_verbs"], ids=[e["lemma"] for e in OUTLETS["airing_verbs"]])
def test_an_outlet_that_aired_a_statement_is_no_party_to_it(nlp, entry):
    """"in a speech broadcast by Arrai television": the speaker made the speech, the outlet only aired it
    (the airing itself stays the outlet's)."""
    found, names = events(nlp, entry["example"])
    assert any((entry["speaker"], "actor") in roles(e, names) for e in found.values())
    assert not any(entry["medium"] in names[p.mention] for e in found.values() if e.lemma != entry["lemma"]
                   for p in e.participants), {trigger: roles(e, names) for trigger, e in found.items()}


@pytest.mark.parametrize("entry", OUTLETS["relaying_verbs"], ids=[e["lemma"] for e in OUTLETS["relaying_verbs"]])
def test_an_outlet_that_quotes_somebody_is_the_medium_not_a_party(nlp, entry):
    found, names = events(nlp, entry["example"])
    relaying = [e for e in found.values() if e.lemma == entry["lemma"]]
    assert relaying and not relaying[0].participants and relaying[0].medium is not None
    assert not any(is_outlet(names[p.mention], "ORG") for e in found.values() for p in e.participants)


def test_a_person_who_quotes_somebody_is_still_the_actor(nlp):
    found, names = events(nlp, "Obama quoted Lincoln in his speech.")
    assert ("Obama", "actor") in roles(found["quoted"], names)


def test_an_unnamed_outlet_that_quotes_somebody_makes_no_party_of_them(nlp):
    found, names = events(nlp, "Syria's state news agency quoted Assad as saying the army would withdraw.")
    assert not found["quoted"].participants


def test_it_that_quotes_somebody_makes_no_party_of_them(nlp):
    found, names = events(nlp, "Libyan state television showed Gaddafi in Tripoli. "
                               "'Libya will not go back to what it was,' it quoted him as saying.")
    assert not found["quoted"].participants  # "it" went back to Libya, which quoted no one
    # refusal: a person who quotes someone is still the actor
    found, names = events(nlp, "Obama met the press. He quoted Lincoln in his speech.")
    assert ("He", "actor") in roles(found["quoted"], names)


def test_a_newspaper_tagged_a_building_is_an_outlet():
    """The recogniser tags "the San Francisco Chronicle" a facility in "tells the San Francisco Chronicle that …"."""
    assert is_outlet("the San Francisco Chronicle", "FAC")
    assert not is_outlet("Times Square", "FAC") and not is_outlet("the Chronicle Building", "FAC")


def test_the_speaker_an_outlet_reports_is_the_speaker_and_the_outlet_the_medium(nlp):
    found, names = events(nlp, "The ministry cut its forecast for growth, Finance Minister Yoshihiko Noda said, "
                               "Reuters reported.")
    cut = found["cut"]
    assert names[cut.speaker] == "Yoshihiko Noda" and names[cut.medium] == "Reuters"
    # refusal: an outlet that reports on its own stays the source
    found, names = events(nlp, "The ministry cut its forecast for growth, Reuters reported.")
    assert names[found["cut"].speaker] == names[found["cut"].medium] == "Reuters"


def test_a_saying_stays_when_the_clause_it_reports_has_no_title(nlp):
    found, names = events(nlp, "`` I used to love Gaddafi but many people have died , '' said Ali Hamid , a rebel .")
    assert "said" in found and ("Ali Hamid", "actor") in roles(found["said"], names)
    # refusal: a reported happening with a title still takes the saying in
    found, names = events(nlp, "Gaddafi told Reuters that NATO had bombed Tripoli.")
    assert list(found) == ["bombed"]


def test_an_interview_a_verb_of_saying_is_said_in_has_the_outlet_it_tells_as_medium(nlp):
    found, names = events(nlp, "Sanofi Pasteur Chief Executive Wayne Pisano told Reuters in an interview last month "
                               "that the company should be able to grow its sales .")
    assert names[found["interview"].medium] == "Reuters"
    # refusal: someone told who is no outlet is no medium
    found, names = events(nlp, "Wayne Pisano told the board in an interview last month that the company would grow .")
    assert found["interview"].medium is None


def test_whom_an_outlet_quotes_as_saying_is_the_speaker_and_the_outlet_the_medium(nlp):
    found, names = events(nlp, "Reuters quoted Nasser Judeh as saying NATO had bombed a school in Tripoli .")
    bombed = found["bombed"]
    assert names[bombed.speaker] == "Nasser Judeh" and names[bombed.medium] == "Reuters"
    found, names = events(nlp, "Judeh was quoted as saying that Jordanian fighter jets had escorted the aid flights .")
    assert names[found["escorted"].speaker] == "Judeh"
    # refusal: a plain "as saying" after a verb that relays nothing gives no speaker from its object
    found, names = events(nlp, "Judeh warned Clinton as saying that jets had escorted the aid flights .")
    assert found["escorted"].speaker is None or names[found["escorted"].speaker] != "Clinton"


def test_a_caption_in_capitals_run_into_a_sentence_says_nothing_of_its_own(nlp):
    text = ("U.S. SAYS REBELS NOT ROBUST U.S. Vice Admiral Bill Gortney said on Monday the rebels fighting Gaddafi "
            "were not robust .")
    found, names = events(nlp, text)
    assert "SAYS" not in found and roles(found["said"], names) == {("Bill Gortney", "actor")}
    # refusal: a headline line all in capitals keeps its verb
    assert "SAYS" in events(nlp, "U.S. SAYS REBELS NOT ROBUST")[0]


def test_a_report_the_parser_hangs_on_the_clause_it_reports_gives_its_speaker(nlp):
    """"X happened, Y said, and …": the parser makes "said" a parenthetical of the clause it
    reports (parataxis) when another clause follows; the reported clause still has Y as its
    speaker."""
    found, names = events(nlp, "Syrian forces shot dead at least 28 at rallies after Friday prayers , "
                               "Rami Abdulrahman said , and refugees described gunbattles in recent days .")
    shot = found["shot"]
    assert shot.factuality == "reported" and names[shot.speaker] == "Rami Abdulrahman"


def test_how_an_outlet_gathered_the_news_is_no_event(nlp):
    """"Experts interviewed by CNN said …", "a letter obtained by Reuters": the newsroom's doings
    are no event of the news; a participle with another doer still is one."""
    found, names = events(nlp, "Experts interviewed by CNN said Jordan would change. A letter obtained by Reuters "
                               "showed BP knew of the risks. Rebels backed by NATO took the town.")
    assert "interviewed" not in found and "obtained" not in found
    assert "took" in found


def test_a_statement_told_to_a_broadcast_news_provider_has_it_as_medium(nlp):
    # ITN, the news provider of Britain's ITV and Channel 4, among the outlets of outlets.json
    found, names = events(nlp, "Libyan Foreign Minister Abdul Ati al-Obeidi told ITN the government would consider "
                               "a cease-fire .")
    assert names[found["told"].medium] == "ITN" and ("ITN", "recipient") not in roles(found["told"], names)


def test_the_subject_of_a_passive_verb_of_saying_is_not_its_speaker(nlp):
    found, names = events(nlp, "A sergeant, Kelvin Stacey, is alleged to have assaulted a detainee.")
    assert found["assaulted"].speaker is None  # alleged by someone unnamed: Stacey is what is alleged of
    found, names = events(nlp, "Kelvin Stacey is alleged by Amnesty International to have assaulted a detainee.")
    assert names[found["assaulted"].speaker] == "Amnesty International"
    # refusal: an active verb of saying keeps its subject as the speaker
    found, names = events(nlp, "Amnesty International said Kelvin Stacey assaulted a detainee.")
    assert names[found["assaulted"].speaker] == "Amnesty International"


def test_a_source_listed_after_an_unnamed_one_is_the_speaker(nlp):
    found, names = events(nlp, "Several diplomats and Alain Juppe said NATO had bombed Tripoli.")
    assert names[found["bombed"].speaker] == "Alain Juppe"
    found, names = events(nlp, "Two Arab papers and al Jazeera television said Gaddafi was looking for a pact.")
    looking = found["looking"]
    assert names[looking.speaker] == names[looking.medium] == "al Jazeera"
