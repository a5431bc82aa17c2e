"""What reaches the timeline is a happening, a statement or an action: not a source's anonymity
formula, a reader's comment, a correspondent's byline, a judgement of an event told elsewhere,
nor what a noun only supposes or an imperative only urges."""
from __future__ import annotations

import pytest

from kg.extract.events.tense import tense_and_aspect
from kg.resources import load_json
from tests.conftest import resolve_texts
from tests.test_events import event, events_in


def test_a_sources_anonymity_formula_is_no_request(nlp):
    found = events_in(nlp, "A Syrian transportation official, who requested anonymity, said the airport was closed.")
    assert "requested" not in {e["trigger"] for e in found}
    assert "said" in {e["trigger"] for e in found}
    found = events_in(nlp, "A rebel commander, speaking on condition of anonymity, said NATO had bombed the depot.")
    assert not {"speaking", "condition", "anonymity"} & {e["trigger"] for e in found}


def test_reader_comments_of_a_blog_page_give_no_event(nlp):
    text = ("Barack Obama visited Louisiana on Friday.\nTell us what you think.\n"
            "At 1:09 pm on 10 Jun 2010 , Walrus wrote : Obama is appealing to the lowest common denominator .\n"
            "At 17:13 1st Jun 2010 , johnwilkes wrote : What rank hypocrisy the US has shown .")
    triggers = {e["trigger"] for e in events_in(nlp, text)}
    assert "visited" in triggers
    assert not {"wrote", "appealing", "shown"} & triggers


def test_a_correspondents_byline_is_no_statement(nlp):
    found = events_in(nlp, "BP has endured waves of scathing criticism , writes the BBC 's Matthew Price in Louisiana .")
    assert "writes" not in {e["trigger"] for e in found}
    assert all("Matthew Price" not in names for e in found for names in e["roles"].values())


def timeline_events(nlp, text):
    _, _, events = resolve_texts(nlp, [text], "2011-03-01")
    return [(e.trigger, e.title) for e in events if e.factuality in ("asserted", "reported")]


@pytest.mark.parametrize("text, denied", [
    ("Senator David Vitter said BP's statement did not match up.", "statement"),
    ("The remarks made by Tony Hayward did not help.", "remark"),
    ("Tim Yeo warned that his colleagues did not use Tony Hayward's appearance.", "appearance"),
])
def test_a_known_event_its_clause_denies_something_of_gets_no_entry(nlp, text, denied):
    """Its entry would read as the denial ("BP's statement did not match up"); the statement
    around it stays."""
    assert denied not in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text, told", [
    ("Britain's intervention in Libya came two days after the vote.", "intervention"),
    ("Russia's invasion of Ukraine killed thousands.", "invasion"),
    ("NATO's air campaign against Gaddafi was a failure.", "campaign"),
])
def test_a_known_event_its_clause_tells_or_judges_keeps_its_entry(nlp, text, told):
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text, trigger, expected", [
    ("That killed the sense that Egypt was evolving.", "evolving", "hypothetical"),
    ("There are fears that the rebels have seized the town.", "seized", "hypothetical"),
    ("The fact that BP lied was clear.", "lied", "asserted"),
    ("Let the people of Iran speak their mind.", "speak", "proposed"),
    ("Make them pay for the spill.", "pay", "proposed"),
    ("Police let the protesters march to the square.", "march", "asserted"),
    ("Remember that BP paid the fine.", "paid", "asserted"),
    ("Let's not forget that the Muslim Brotherhood was founded in 1928.", "founded", "asserted"),
    ("It is a way for Afghanistan and the U.S. to state clearly to Pakistan that it must end the support.",
     "state", "hypothetical"),
    ("Kerry saw an opportunity to negotiate with Iran.", "negotiate", "hypothetical"),
    ("Dennis Kucinich challenged Obama's legal power to commit U.S. forces to a combat role.", "commit", "hypothetical"),
    ("His detractors say that his claims that it can also cure cancer are unproven.", "cure", "hypothetical"),
    ("There were allegations that he assaulted two women.", "assaulted", "reported"),
    ("There were allegations that he did not pay his taxes.", "pay", "negated"),
    ("The prospect of autonomy dismayed Sunni Arabs who fear being marginalised in the center of Iraq.",
     "marginalised", "hypothetical"),
    ("Residents fear that the troops will attack the town.", "attack", "future"),
])
def test_what_a_noun_supposes_or_an_imperative_urges_is_no_fact(nlp, text, trigger, expected):
    assert event(nlp, text, trigger)["factuality"] == expected


def test_an_outlet_credited_at_a_line_start_is_no_actor(nlp):
    """Written with or without "the", as outlets.json reads its names."""
    hired = event(nlp, "-LRB- New York Times -RRB- PayPal hired Apple veteran Sarah Brody as its head of design .", "hired")
    assert "New York Times" not in hired["roles"].get("actor", [])


def test_a_byline_with_its_time_stamp_names_no_actor(nlp):
    text = ("By Patricia Sellers February 9 , 2011 : 2:42 PM ET In Monday 's Postcard , Amany Eid , an Egyptian "
            "woman , wrote about joining the demonstrations in Cairo 's Tahrir Square .")
    assert not any("Patricia Sellers" in names for e in events_in(nlp, text) for names in e["roles"].values())


@pytest.mark.parametrize("text, trigger, expected", [
    ("China and Russia vetoed a UN Security Council resolution condemning Syria.", "condemning", "negated"),
    ("Chinese media defended Beijing's veto of a UN resolution condemning the crackdown.", "condemning", "negated"),
    ("Last October, Russia and China used their vetoes to stop a UN resolution that condemned the government.",
     "condemned", "negated"),
    ("Russia refuses to back a resolution imposing an arms embargo.", "embargo", "negated"),
    ("European powers are campaigning for a draft resolution condemning the crackdown.", "condemning", "proposed"),
    ("The Security Council adopted a resolution condemning Syria.", "condemning", "asserted"),
])
def test_what_a_blocked_or_draft_resolution_says_did_not_happen(nlp, text, trigger, expected):
    """A vetoed resolution never condemned anybody; an adopted one did."""
    assert event(nlp, text, trigger)["factuality"] == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("However , his plans didn t come to anything , his lawyer said .", "come", "negated"),
    ("The rebels didn t retreat from Brega .", "retreat", "negated"),
    ("The rebels did retreat from Brega .", "retreat", "asserted"),
    ("NATO had found no evidence to support the allegations .", "support", "negated"),
    ("The subcommittee had no evidence he had made the financial gains from Iraqi oil .", "made", "negated"),
    ("The man he had met in Baghdad had left .", "met", "asserted"),
    ("Prosecutors have not adequately proved how Dr Murray caused Jackson 's death .", "caused", "negated"),
    ("The UN could not confirm that its top officials in Haiti had died .", "died", "negated"),
    ("Prosecutors proved that Dr Murray caused Jackson 's death .", "caused", "asserted"),
    ("Bob Dudley had better get it right .", "get", "proposed"),
    ("BP had better pay the claims , Obama said .", "pay", "proposed"),
    ("BP had paid the claims better than Exxon .", "paid", "asserted"),
    ("In March 2006 , Gwawr Jones made this suggestion : `` Annette Clarke from West Bromwich asks for more "
     "information .", "asks", "asserted"),
    ("Officials have asked the boxer to delay his return from the US .", "return", "proposed"),
    ("The airline has delayed the deliveries of 12 Boeing 737s .", "deliveries", "asserted"),
])
def test_a_lost_apostrophe_no_evidence_or_a_delay_asked_for_is_no_fact(nlp, text, trigger, expected):
    """A negation whose apostrophe the page lost, what no evidence supports (with or without its
    "that"; a relative clause of a noun stays a fact) or nobody proved, advice ("had better"), an event somebody
    asks to put off; a delay told as done is the event its entry tells ("The airline delayed the
    deliveries")."""
    assert event(nlp, text, trigger)["factuality"] == expected


def test_a_state_the_tagger_calls_an_occurrence_gets_no_entry(nlp):
    text = ("Hussein Ali has lived in Tripoli all his life. Edwin Davies resided in Meifod. "
            "Hussein Ali moved to Benghazi in March.")
    triggers = {trigger for trigger, _ in timeline_events(nlp, text)}
    assert not {"live", "reside"} & triggers  # timeline_events gives the merged events' lemmas
    assert "move" in triggers


@pytest.mark.parametrize("text, state", [
    ("Even Robert Fisk felt oddly sad for him .", "feel"),
    ("Prescott Bush was one of many powerful Americans who liked Mussolini .", "like"),
    ("The zeitgeist did not track Rosa Parks down ; she embodied it .", "embody"),
    ("UK readers know Oliver North , given his involvement in the covert sale of arms to Iran .", "involvement"),
    ("Frank Gardner used his knowledge of these terror groups to explain , not condemn .", "knowledge"),
])
def test_a_feeling_or_what_someone_stands_for_gets_no_entry(nlp, text, state):
    """A feeling, a liking, what a person or thing stands for or a noun of a state is a state
    (``stative_lemmas`` of event_domains.json), though the tagger may call it an occurrence."""
    assert state not in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text, trigger, expected", [
    ("Bayoil and David Chalmers have done nothing illegal .", "done", "negated"),
    ("The army took no prisoners in Falluja .", "took", "negated"),
    ("Mr Talabani gave no details about the abductions .", "gave", "negated"),
    ("The army took 200 prisoners in Falluja .", "took", "asserted"),
    ("UN inspectors found nothing at the site .", "found", "asserted"),
    ("The minister left nothing to chance and visited the site .", "visited", "asserted"),
])
def test_a_negative_object_denies_the_deed(nlp, text, trigger, expected):
    """"Done nothing", "took no prisoners" tell of no deed or capture; another verb of the sentence
    keeps its class, and a search that found nothing took place (``search_verbs``)."""
    assert event(nlp, text, trigger)["factuality"] == expected


@pytest.mark.parametrize("text", [
    "The UK has consistently taken the view that the resolution was enough .",
    "The US held the view that material breach is a matter of objective fact .",
])
def test_a_view_held_gets_no_entry(nlp, text):
    """"Taking the view that …" is a state of mind, like believing, no happening."""
    assert not timeline_events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("The UK took Basra in 2003 .", "take"),
    ("In March 2003 Hans Blix adopted a more neutral stance .", "adopt"),
])
def test_a_town_taken_or_a_stance_adopted_keeps_its_entry(nlp, text, trigger):
    assert trigger in {trigger for trigger, _ in timeline_events(nlp, text)}


def test_a_reporters_caption_is_no_statement(nlp):
    text = "Conrad Murray was found guilty .\nAlistair Leathead reports from Los Angeles on reaction to the verdict ."
    found = events_in(nlp, text)
    assert "reports" not in {e["trigger"] for e in found}
    assert "found" in {e["trigger"] for e in found}
    assert all("Alistair Leathead" not in names for e in found for names in e["roles"].values())


def test_reports_the_noun_is_no_caption(nlp):
    found = events_in(nlp, "Unconfirmed reports from activists say troops shelled Homs .")
    assert "shelled" in {e["trigger"] for e in found}


def test_the_title_of_a_book_names_no_event(nlp):
    """A work's title (spaCy's WORK_OF_ART) names the work; the war it mentions is no event of
    the news, while the Iraq War of a sentence is."""
    found = events_in(nlp, "His book Terry Jones 's War on the War on Terror is published this month by the Nation .")
    assert not {"War"} & {e["trigger"] for e in found}
    assert "War" in {e["trigger"] for e in events_in(nlp, "Britain joined the Iraq War in 2003 .")}


def test_a_programme_listing_page_gives_no_event(nlp):
    text = ("Network Radio BBC Week 42 : 17-23 October 2009 Transmission details in the Network Radio "
            "Programme Information 7-day version are not updated after publication .\n"
            "Jonathan Ross is joined by actor Carlos Bernard .\nVivienne Parry investigates bullying .")
    assert not events_in(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("He called on the Senate to pass an energy bill that has already cleared the House of Representatives .",
     "cleared"),
    ("Syria has rejected an Arab League resolution calling for a joint peacekeeping mission .", "calling"),
    ("It was defeated 123-295 , with Republicans overwhelmingly opposing the measure and Democrats voting "
     "more narrowly in favor of it .", "voting"),
])
def test_what_became_of_a_text_or_what_a_party_rejects_still_happened(nlp, text, trigger):
    assert event(nlp, text, trigger)["factuality"] == "asserted"


def test_a_long_programme_listing_page_gives_no_event_in_any_piece(nlp):
    """A page longer than a parse piece: the listing's header is in the first piece only."""
    from kg.extract import CHUNK_CHARS, extract_document
    from kg.records import Document

    header = ("Network Radio BBC Week 9 : 27 February-5 March Transmission details in the Network Radio "
              "Programme Information 7-day version are not updated after publication .\n")
    listing = "Jonathan Ross is joined by actor and singer David Essex , and Stereophonics play live .\n"
    text = header + listing * (2 * CHUNK_CHARS // len(listing))
    assert not extract_document(nlp, Document("listing", "listing.txt", text)).events


@pytest.mark.parametrize("text, trigger, expected", [
    ("No one informed his family of the charges against him .", "informed", "negated"),
    ("Nobody was hurt in the blast .", "hurt", "negated"),
    ("No decision had been taken on moving to phase six .", "taken", "negated"),
    ("One of the guards informed his family of the charges .", "informed", "asserted"),
    ("It goes without saying that none of the hawkish Westerners calling for support to Ukraine have the "
     "slightest intention of risking their lives .", "calling", "reported"),
])
def test_a_negative_subject_denies_the_event(nlp, text, trigger, expected):
    assert event(nlp, text, trigger)["factuality"] == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Gaddafi 's forces moved into the town , making it impossible for NTC forces or NATO warplanes to strike them .",
     "strike", "negated"),
    ("It was impossible for the army to strike the town .", "strike", "negated"),
    ("Heavy rain prevented rescuers from reaching the village .", "reaching", "negated"),
    ("Snow kept the troops from advancing on the capital .", "advancing", "negated"),
    ("The blowout preventer was not removed , preventing workers from sending signals underwater .",
     "sending", "negated"),
    ("The guard recovered from being shot in the leg .", "shot", "asserted"),
])
def test_what_was_made_impossible_or_prevented_did_not_happen(nlp, text, trigger, expected):
    """An infinitive an adjective of impossibility takes, even where the parser makes that
    adjective a clause of its own, and a gerund a verb of hindering keeps from happening; a
    gerund after another verb's "from" happened."""
    assert event(nlp, text, trigger)["factuality"] == expected


@pytest.mark.parametrize("text, supposed", [
    ("Assad 's move could be seen as the beginning of a new crackdown .", "move"),
    ("BP 's settlement with the victims may prove costly for the company .", "settlement"),
    ("The claims facility was set up amid fears BP would fail to heed President Barack Obama 's demand .",
     "demand"),
    ("World stocks rallied on Wednesday after the Federal Reserve said the U.S. recession appeared to be easing .",
     "recession"),
])
def test_a_known_event_only_supposed_or_denied_of_gets_no_entry(nlp, text, supposed):
    """Its entry would be the guess or the denial ("Assad's move could be seen as …", "The claims
    facility heeded Obama's demand")."""
    assert supposed not in {trigger for trigger, _ in timeline_events(nlp, text)}


def test_a_known_event_its_clause_tells_keeps_its_entry_whatever_the_mood_around(nlp):
    assert "settlement" in {t for t, _ in timeline_events(nlp, "BP 's settlement with the victims cost BP billions .")}
    found = timeline_events(nlp, "Washington has never shaken off suspicions that it is using its battle against "
                                 "the Taliban to stay in Afghanistan .")
    assert "battle" in {trigger for trigger, _ in found}


def test_a_noun_a_support_verb_takes_is_as_wanted_as_the_verb(nlp):
    text = "He also wants President Barack Obama to start giving his family help ."
    assert event(nlp, text, "help")["factuality"] != "asserted"
    assert event(nlp, "President Barack Obama gave his family help .", "help")["factuality"] == "asserted"


@pytest.mark.parametrize("text, habit", [
    ("BP 's board meets President Barack Obama in the White House every week .", "meet"),
    ("The OECD annual meeting regularly devotes some time to trade .", "meeting"),
    ("For producer Craig Rowles that means if any of his workers feel sick , they are ordered to take time off .",
     "order"),
])
def test_a_habit_in_the_present_gets_no_entry(nlp, text, habit):
    """timeline_events gives the merged events' lemmas."""
    assert habit not in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text, habit", [
    ("Mr Murdoch has regularly lavished praise on Tony Blair .", "lavish"),
    ("Rosa Parks had often been thrown off buses for resisting segregation .", "throw"),
])
def test_a_habit_in_the_past_gets_no_entry(nlp, text, habit):
    """A happening repeated at no one time, told by an adverb of habit on the verb."""
    assert habit not in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text, told", [
    ("In 2005 Mr Murdoch often visited Tony Blair in Downing Street .", "visit"),
    ("Syria and Turkey each accused the other of breaking the truce .", "accuse"),
    ("NATO bombed Brega when the rebels advanced on the town .", "bomb"),
    ("Bobby Jindal criticised BP frequently during the spill .", "criticise"),
])
def test_a_habit_of_a_named_time_or_a_single_occasion_keeps_its_entry(nlp, text, told):
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text, kind", [
    ("`` Everyone who met Marla Ruzicka was struck by her commitment , '' said Kenneth Roth .", "meet"),
    ("American forces would deal with anyone who attacked them .", "attack"),
])
def test_a_clause_on_anyone_or_everyone_gets_no_entry(nlp, text, kind):
    """It tells what makes one of a kind of people (``kind_pronouns``), not what somebody did."""
    assert kind not in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text, description", [
    ("Italy , which imports nuclear-generated power from France , has closed its last reactor .", "import"),
    ("Hama is a Sunni city , and the crackdowns there resonate with Sunnis , who form the majority in the region "
     "and govern most Arab countries .", "govern"),
])
def test_a_relative_clause_in_the_simple_present_gets_no_entry(nlp, text, description):
    """It tells the reader what its noun is or does as a rule, not what happened."""
    assert description not in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text, told", [
    ("Italy , which imported nuclear-generated power from France , closed its last reactor .", "import"),
    ("Exxon Mobil , which has paid $ 3 billion to Gulf residents , said on Monday it would pay more .", "pay"),
])
def test_a_relative_clause_in_another_tense_keeps_its_entry(nlp, text, told):
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("entry", load_json("event_domains.json")["relation_participles"]["participles"],
                         ids=lambda entry: entry["lemma"])
def test_a_participle_of_a_relation_gets_no_entry(nlp, entry):
    """How its noun stands towards another ("groups opposed to Israel"), no happening."""
    assert entry["lemma"] not in {trigger for trigger, _ in timeline_events(nlp, entry["example"])}


@pytest.mark.parametrize("text, told", [
    ("The plan was opposed by Russia on Monday .", "oppose"),
    ("Police linked the bombing to al-Qaida on Monday .", "link"),
])
def test_a_relation_made_by_someone_keeps_its_entry(nlp, text, told):
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}


def test_a_clause_on_a_name_keeps_its_entry(nlp):
    text = "Marla Ruzicka , who met Kenneth Roth in Kabul , was struck by the poverty ."
    assert "meet" in {trigger for trigger, _ in timeline_events(nlp, text)}


def test_news_in_the_present_keeps_its_entry(nlp):
    text = "BP 's board meets President Barack Obama in the White House ."
    assert "meet" in {trigger for trigger, _ in timeline_events(nlp, text)}


def test_a_list_of_headlines_with_their_ages_gives_no_event(nlp):
    text = ("Fitch cut BP 's credit rating on Thursday .\n"
            "Fury as Obama compares Gulf leak to 9\\/11 attacks - 5 hrs ago Daily Star BP shares tumble amid spill "
            "concern - 9 hrs ago The pun - ancient artform , or the lowest form of wit ?\n")
    triggers = {e["trigger"] for e in events_in(nlp, text)}
    assert "cut" in triggers
    assert not {"compares", "leak", "attacks", "tumble"} & triggers


@pytest.mark.parametrize("text, trigger, expected", [
    ("The rebels ended up taking the town .", "taking", "asserted"),
    ("The rebels stopped taking prisoners .", "taking", "negated"),
    ("PARIS , March 10 -LRB- Reuters -RRB- - France recognized the Libyan National Council , a rebel body fighting "
     "to oust Muammar Gaddafi , as the legitimate representative of Libya 's people on Thursday , the first country "
     "to make the move .", "make", "asserted"),
])
def test_what_one_ended_up_doing_or_was_the_first_to_do_happened(nlp, text, trigger, expected):
    """"End up" is no "end", and a doer ranked by the order of doing did it."""
    assert event(nlp, text, trigger)["factuality"] == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("After Obama met BP executives , the company agreed to a fund .", "met", "asserted"),
    ("Ford decided to sell Volvo because it lost money .", "lost", "asserted"),
    ("He said Ford would sell Volvo after it lost money .", "lost", "reported"),
    ("If Ford sold Volvo after it lost money , it would be sad .", "lost", "hypothetical"),
    ("NATO promised to strike when the rebels took the town .", "took", "future"),
])
def test_a_past_clause_that_tells_when_or_why_happened(nlp, text, trigger, expected):
    """A finite past clause after "after", "because" and the like happened, whatever the verb
    it modifies promises or plans; a report above it still reports it, a condition still holds
    it, and "when" under a promise is left to the promise."""
    assert event(nlp, text, trigger)["factuality"] == expected



def test_what_one_has_got_is_a_state_not_a_happening(nlp):
    """"BP's got bigger things to worry about": "has got" is "has" (the parser may read the "'s"
    as a possessive), no event of the timeline; "BP got the well under control" happened."""
    _, _, events = resolve_texts(nlp, ["But BP 's got bigger things to worry about ."], "2010-06-15")
    assert not any(e.trigger == "get" for e in events)
    assert tense_and_aspect(nlp("BP got the well under control on Thursday.")[1]) == ("PAST", "NONE")
    doc = nlp("We've got to clear the beaches.")
    assert tense_and_aspect(next(t for t in doc if t.lower_ == "got")) == ("PRESENT", "NONE")


@pytest.mark.parametrize("entry", load_json("event_domains.json")["description_verbs"]["verbs"],
                         ids=lambda entry: entry["lemma"])
def test_what_someone_looks_like_or_has_grown_into_gets_no_entry(nlp, entry):
    """A verb of looking or growing with a predicate adjective or a "like" phrase describes its
    subject ("Roy Rollin looked like Richard III", "Cheney grew heavier"), no happening."""
    assert not timeline_events(nlp, entry["example"])


@pytest.mark.parametrize("text, told", [
    ("Tony Hayward looked at the documents on Monday .", "look"),
    ("Saddam Hussein appeared in court in Baghdad on Monday .", "appear"),
    ("The farmers of Punjab grew rice on the land in 2010 .", "grow"),
])
def test_a_verb_of_looking_or_growing_with_another_complement_keeps_its_entry(nlp, text, told):
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("entry", load_json("event_domains.json")["state_objects"]["verbs"],
                         ids=lambda entry: entry["lemma"])
def test_a_state_held_gets_no_entry(nlp, entry):
    """A view or a monopoly held, a figure cut: a state its subject is in, no happening."""
    assert entry["lemma"] not in {trigger for trigger, _ in timeline_events(nlp, entry["example"])}


@pytest.mark.parametrize("text, told", [
    ("Barack Obama held talks with Nicolas Sarkozy in Geneva on Monday .", "talk"),
    ("General Motors cut 2,000 jobs in Europe on Monday .", "cut"),
    ("Barack Obama shared the stage with Nicolas Sarkozy on Monday .", "share"),
])
def test_a_verb_of_holding_with_another_object_keeps_its_entry(nlp, text, told):
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("entry", load_json("event_domains.json")["standing_lemmas"]["lemmas"],
                         ids=lambda entry: entry["lemma"])
def test_how_something_stands_or_what_a_happening_meant_gets_no_entry(nlp, entry):
    """A ranking, a regard, a grudge or the meaning of an event is no happening."""
    assert entry["lemma"] not in {trigger for trigger, _ in timeline_events(nlp, entry["example"])}


def test_an_event_noun_whose_meaning_its_clause_tells_gets_no_entry_of_that_clause(nlp):
    """"The election of Viktor Yushchenko heralded a new era": the clause says what the election
    meant, which is no title of the election."""
    assert not timeline_events(nlp, "The election of Viktor Yushchenko heralded a new era for Ukraine .")


def test_what_the_judged_noun_names_keeps_its_entry(nlp):
    """An event named as the object of a grudge happened: "Arafat's support for Saddam"."""
    text = "The Iraqi Kurds resented Yasser Arafat 's support for Saddam Hussein ."
    assert {trigger for trigger, _ in timeline_events(nlp, text)} == {"support"}


@pytest.mark.parametrize("entry", load_json("factuality.json")["share_subjects"]["words"],
                         ids=lambda entry: entry["word"])
def test_an_opinion_a_poll_counted_gets_no_entry(nlp, entry):
    """What a share of people thought or said ("About 40 % of viewers thought Merkel had
    triumphed") is an opinion counted, neither a happening nor a statement."""
    assert not timeline_events(nlp, entry["example"])


def test_an_opinion_a_poll_counts_in_the_present_gets_no_entry(nlp):
    text = "A majority of Americans -- 58 percent according to the latest CNN poll -- oppose the war in Afghanistan ."
    assert not timeline_events(nlp, text)


@pytest.mark.parametrize("text, told", [
    ("Most witnesses said Anders Breivik had fired first .", "fire"),
    ("In March , 58 % of Egyptians backed Hosni Mubarak 's reforms in a referendum .", "back"),
    ("Police believe Anders Breivik acted alone .", "act"),
    ("The majority , said Shell , was lost through two incidents in Nigeria .", "lose"),
])
def test_what_people_said_or_believe_is_still_reported(nlp, text, told):
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("entry", load_json("event_domains.json")["level_verbs"]["verbs"],
                         ids=lambda entry: entry["lemma"])
def test_the_level_a_measure_is_at_gets_no_entry(nlp, entry):
    """"Greece's debt stood at 160 % of GDP": a level, no change."""
    assert entry["lemma"] not in {trigger for trigger, _ in timeline_events(nlp, entry["example"])}


def test_a_verb_of_level_with_another_complement_keeps_its_entry(nlp):
    text = "Christopher Hitchens stood outside Baruch College on Monday ."
    assert "stand" in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("entry", load_json("event_domains.json")["support_participles"]["verbs"],
                         ids=lambda entry: entry["lemma"])
def test_a_participle_or_relative_clause_that_says_who_its_noun_is_gets_no_entry(nlp, entry):
    """"The rebels fighting Gaddafi", "troops, backed by tanks", "others who supported Gaddafi":
    who or what the noun is."""
    assert entry["lemma"] not in {trigger for trigger, _ in timeline_events(nlp, entry["example"])}


@pytest.mark.parametrize("text, told", [
    ("Russia , which backed the resolution on Monday , said it would not send troops .", "back"),
    ("The U.N. Security Council vote backing military action in Libya gave NATO a broad mandate .", "back"),
    ("Rebel defense minister Omar Hariri , visiting the west , said the death of Younes was a blow .", "visit"),
    ("NATO backed the rebels with air strikes on Monday .", "back"),
    ("Sanctions slapped by the U.N. council on Muammar Gaddafi on February 26 include a travel ban .", "slap"),
    ("With newly appointed officials meeting with Mohamed ElBaradei , Egypt faces an uncertain future .", "meet"),
    ("Nasr al-Sayed Hassan Nasr , who was held blindfolded for 60 days , is a member of the Muslim Brotherhood .", "hold"),
    ("People protesting against Hosni Mubarak are still in Tahrir Square .", "protest"),
    ("A convoy attacked by NATO jets was carrying Muammar Gaddafi .", "attack"),
])
def test_a_participle_or_relative_clause_that_tells_a_happening_keeps_its_entry(nlp, text, told):
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("entry", load_json("event_domains.json")["meaning_verbs"]["verbs"],
                         ids=lambda entry: entry["lemma"])
def test_what_a_happening_meant_gets_no_entry(nlp, entry):
    """"Her visit underscored Washington's hope": an analysis of the visit, no happening."""
    assert entry["lemma"] not in {trigger for trigger, _ in timeline_events(nlp, entry["example"])}


@pytest.mark.parametrize("text, told", [
    ("Hillary Clinton underscored the need for talks with Iran on Monday .", "underscore"),
    ("Foreign Minister Alain Juppe underlined the need for a political solution on Monday .", "underline"),
])
def test_a_verb_of_meaning_said_by_someone_keeps_its_entry(nlp, text, told):
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("entry", load_json("event_domains.json")["content_verbs"]["verbs"],
                         ids=lambda entry: entry["lemma"])
def test_what_something_holds_or_is_made_of_gets_no_entry(nlp, entry):
    """"Malaysia's package included loans": the package's content, no happening."""
    assert not timeline_events(nlp, entry["example"])


def test_a_comparison_with_all_others_gets_no_entry(nlp):
    """"The most complex operation WFP has ever launched" compares, it tells no launch."""
    text = "This is the most complex operation the World Food Programme has ever launched ."
    assert "launch" not in {trigger for trigger, _ in timeline_events(nlp, text)}


def test_a_superlative_with_its_own_happening_keeps_its_entry(nlp):
    text = "The World Food Programme launched the largest operation in its history on Monday ."
    assert "launch" in {trigger for trigger, _ in timeline_events(nlp, text)}


def test_a_photo_caption_gets_no_entry(nlp):
    """A name, an apposition and a present participle, no finite verb: what a picture shows."""
    assert not timeline_events(nlp, "Kenneth Feinberg , chair of the commission , talking to reporters in Washington .")


def test_a_participle_in_a_sentence_with_its_verb_keeps_its_statement(nlp):
    text = "Tony Hayward , chief executive of BP , speaking to reporters in Houston , said the leak was stopped ."
    assert "say" in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text, described", [
    ("Robert Dudley , who grew up in Mississippi , will become chief executive .", "grow"),
    ("Jamie Gorelick , who also served as a member of the 9/11 Commission , advised BP .", "serve"),
    ("Nancy Rabalais , who has been studying the Gulf of Mexico for years , said the spill was large .", "study"),
])
def test_a_relative_clause_on_a_life_or_a_career_gets_no_entry(nlp, text, described):
    """"Dudley, who grew up in Mississippi": who the person is, no happening of the story."""
    assert described not in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text, told", [
    ("Thad Allen , who served as commandant of the Coast Guard until May , said the well was sealed .", "serve"),
    ("Nelson Mandela , who was jailed for 27 years by South Africa , visited London on Monday .", "jail"),
    ("Shelane Chapman , who has been pacing the floors of her home for the past few days , spoke to the BBC .", "pace"),
    ("Joe Barton gave a statement , in which he decried Barack Obama for pressuring BP to suspend dividends for the "
     "rest of the year .", "decry"),
])
def test_a_relative_clause_with_its_time_keeps_its_entry(nlp, text, told):
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text", [
    "The shares held by John Kerry in ConocoPhillips rose 3 % .",
    "BP stock held by Frederick Upton lost value .",
])
def test_shares_held_get_no_entry(nlp, text):
    """Shares or stock held, also as the noun of a relative clause or a participle: a state."""
    assert "hold" not in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text, told", [
    ("Qatar took a 10 % stake in Volkswagen on Monday .", "take"),
    ("Egyptian police held Ahmed Maher at Cairo airport on Monday .", "hold"),
])
def test_a_stake_taken_or_a_man_held_keeps_its_entry(nlp, text, told):
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text", [
    "Iraq War veterans marched in Washington on Monday .",
    "Gulf War syndrome affected thousands of soldiers .",
])
def test_a_named_event_that_only_modifies_a_noun_gets_no_entry(nlp, text):
    """"Iraq War veterans": the name says who the veterans are, it tells no war."""
    assert "war" not in {trigger.lower() for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text", [
    "The Iraq War began in March 2003 .",
    "Veterans of the Iraq War marched in Washington on Monday .",
])
def test_a_named_event_told_or_named_keeps_its_entry(nlp, text):
    assert "war" in {trigger.lower() for trigger, _ in timeline_events(nlp, text)}


_CONTENT = load_json("event_domains.json")["document_content"]


@pytest.mark.parametrize("entry", _CONTENT["nouns"] + _CONTENT["verbs"],
                         ids=lambda entry: entry.get("noun") or entry["lemma"])
def test_what_a_document_says_gets_no_entry(nlp, entry):
    """"The legislation endorsed the plan": the law's content, no happening."""
    assert not timeline_events(nlp, entry["example"])


@pytest.mark.parametrize("text, told", [
    ("The bill of Nancy Pelosi passed the House on Monday .", "pass"),
    ("The White House commission 's report blamed BP on Wednesday .", "blame"),
    ("Barack Obama endorsed the plan of Nancy Pelosi on Monday .", "endorse"),
])
def test_a_documents_fate_a_reports_finding_or_a_persons_stance_keeps_its_entry(nlp, text, told):
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("text, trigger, expected", [
    # a verb of supposing makes its clause only supposed ("complement_verbs": assume, presume)
    ("The Labour party mistakenly assumed Mr Levin had backed the war .", "backed", "hypothetical"),
    ("Police presumed Ahmed Ali had killed his wife .", "killed", "hypothetical"),
    # what is said or believed wrongly is false ("false_belief_adverbs"), each adverb
    ("Hamas mistakenly believed that Israel had attacked the town .", "attacked", "negated"),
    ("Hamas wrongly believed that Israel had attacked the town .", "attacked", "negated"),
    ("Rumsfeld falsely claimed that Iraq had bought uranium in Niger .", "bought", "negated"),
    ("Analysts erroneously reported that Gaddafi had fled to Niger .", "fled", "negated"),
    # kept: a belief not called false, a deed done by mistake
    ("Hamas believed that Israel had attacked the town .", "attacked", "reported"),
    ("British soldiers mistakenly opened fire on a civilian vehicle .", "opened", "asserted"),
])
def test_what_is_only_supposed_or_believed_wrongly_did_not_happen(nlp, text, trigger, expected):
    assert event(nlp, text, trigger)["factuality"] == expected


def test_a_supposition_is_no_happening_a_command_assumed_is(nlp):
    """"Assumed that …" tells a state of mind (a verb of complement_verbs that makes its clause
    hypothetical, with a clause); "assumed command" is a deed ("object_happened_verbs")."""
    assert not timeline_events(nlp, "The Labour party mistakenly assumed Mr Levin had backed the war .")
    assert "assume" in {trigger for trigger, _ in timeline_events(nlp, "Bob Dudley assumed command of the response in June .")}


@pytest.mark.parametrize("entry", load_json("event_domains.json")["self_descriptions"]["verbs"],
                         ids=lambda entry: entry["lemma"])
def test_a_subject_describing_or_conducting_itself_gets_no_entry(nlp, entry):
    """"Solnit describes herself as a cultural historian", "conducting himself with an amazing
    confidence": how the subject sees, presents or carries itself, no happening."""
    assert entry["lemma"] not in {trigger for trigger, _ in timeline_events(nlp, entry["example"])}


@pytest.mark.parametrize("text, trigger", [
    ("Solnit described the attack as a crime .", "describe"),
    ("Nick Clegg presented himself to the voters in Sheffield .", "present"),
])
def test_another_object_or_no_as_phrase_keeps_the_deed(nlp, text, trigger):
    assert trigger in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("entry", load_json("event_domains.json")["finding_in_someone"]["verbs"],
                         ids=lambda entry: entry["lemma"])
def test_what_someone_has_found_in_a_person_gets_no_entry(nlp, entry):
    """"In Sharon and Bush, al-Qaeda has found two stalwart recruiting sergeants": what the
    persons are to it, no finding; "found the weapon in the car" stays."""
    assert entry["lemma"] not in {trigger for trigger, _ in timeline_events(nlp, entry["example"])}
    assert entry["lemma"] in {trigger for trigger, _ in timeline_events(nlp, "Police found the weapon of Ahmed Ali in the car .")}


def test_what_a_deed_amounted_to_is_a_judgement_the_saying_stays(nlp):
    """"BP's actions amounted to gross negligence" (``standing_lemmas``) tells neither the actions
    nor an amounting; said by someone, the statement stays."""
    assert not timeline_events(nlp, "BP 's actions amounted to gross negligence .")
    said = timeline_events(nlp, "Jim Hackett said BP 's actions probably amounted to gross negligence .")
    assert {trigger for trigger, _ in said} == {"say"}


@pytest.mark.parametrize("entry", load_json("event_domains.json")["present_description_subjects"]["lemmas"],
                         ids=lambda entry: entry["lemma"])
def test_a_pronouns_verb_in_the_simple_present_describes_no_happening(nlp, entry):
    """"He rejects the idea that …", "he destroys the so-called evidence": a review's, a profile's
    or a comment's present, what its subject does or holds, no happening."""
    verb = next(t for t in nlp(entry["example"]) if t.tag_ in ("VBZ", "VBP") and t.lemma_ != "be")
    assert verb.lemma_ not in {trigger for trigger, _ in timeline_events(nlp, entry["example"])}


@pytest.mark.parametrize("text, trigger", [
    ("John Gray is a British philosopher . He rejected the idea of Isaiah Berlin in 2004 .", "reject"),
    ("Barack Obama is the president . He visits Hanoi on Monday .", "visit"),
    ("Yanar Mohammad is an activist . She refuses to take part in the elections this Sunday .", "refuse"),
    ("Yanar Mohammad is an activist . She describes the new pressures on children in schools .", "describe"),
    ("The Oxford Research Group is a think tank . It predicts that al-Qaida will recruit in Iraq .", "predict"),
])
def test_a_past_a_named_time_a_stance_taken_or_a_saying_keeps_its_entry(nlp, text, trigger):
    assert trigger in {trigger for trigger, _ in timeline_events(nlp, text)}


_FACTUALITY = load_json("factuality.json")


@pytest.mark.parametrize("entry", _FACTUALITY["sparing_verbs"]["verbs"], ids=lambda entry: entry["lemma"])
def test_what_a_place_was_spared_did_not_befall_it(nlp, entry):
    """"Eastern Libya has been spared the crackdown": nothing happened to it, a negated deed."""
    assert event(nlp, entry["example"], entry["trigger"])["factuality"] == "negated"
    assert not timeline_events(nlp, entry["example"])


def test_sparing_someone_is_a_deed(nlp):
    assert event(nlp, "Gaddafi spared the lives of the prisoners .", "spared")["factuality"] == "asserted"


@pytest.mark.parametrize("entry", _FACTUALITY["failing_verbs"]["verbs"], ids=lambda entry: entry["lemma"])
def test_a_deed_one_failed_to_do_is_no_happening(nlp, entry):
    """"BP failed to update its emergency plan": neither the update nor a failing happened."""
    assert not timeline_events(nlp, entry["example"])


@pytest.mark.parametrize("text", [
    "Lehman Brothers failed in September 2008 .",
    # a thing's failure, and a failure with no object, happened
    "Halliburton 's choice of foam cement failed to produce a strong enough seal .",
    "The recent explosion caused a spill because the BOP failed to engage fully .",
])
def test_what_failed_without_a_doer_or_an_object_keeps_its_entry(nlp, text):
    assert "fail" in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("entry", _FACTUALITY["inference_verbs"]["verbs"], ids=lambda entry: entry["lemma"])
def test_what_a_fact_suggests_is_an_inference_no_report(nlp, entry):
    """"The omission suggested that Clinton was trying to …": the writer's inference, hypothetical;
    the suggesting by a fact is no happening either."""
    assert event(nlp, entry["example"], entry["trigger"])["factuality"] == "hypothetical"
    assert entry["lemma"] not in {trigger for trigger, _ in timeline_events(nlp, entry["example"])}


@pytest.mark.parametrize("text, trigger, expected", [
    ("Hillary Clinton suggested that Iran was stalling .", "stalling", "reported"),
    ("The data of the Labor Department showed prices in Mexico rose 3 % in May .", "rose", "asserted"),
])
def test_what_a_person_suggests_or_data_show_is_said_or_shown(nlp, text, trigger, expected):
    assert event(nlp, text, trigger)["factuality"] == expected


@pytest.mark.parametrize("entry", _FACTUALITY["capacity_modifiers"]["words"], ids=lambda entry: entry["word"])
def test_what_enough_of_something_could_do_did_not_happen(nlp, entry):
    """"Thailand had enough Tamiflu to treat 300,000 people": a capacity, no treatment."""
    assert event(nlp, entry["example"], entry["trigger"])["factuality"] == "hypothetical"


def test_what_was_done_with_enough_of_something_happened(nlp):
    assert event(nlp, "Thailand had enough Tamiflu and treated 300,000 people .", "treated")["factuality"] == "asserted"


@pytest.mark.parametrize("entry", load_json("event_domains.json")["fit_verbs"]["verbs"], ids=lambda entry: entry["lemma"])
def test_how_a_thing_stands_to_another_in_the_present_gets_no_entry(nlp, entry):
    """"MSD's test supports BARDA's goal": a state of a thing, no happening, nor an entry of a known
    event it has for subject or object ("The proposal of Kofi Annan matches Iran's demands")."""
    assert not timeline_events(nlp, entry["example"])


@pytest.mark.parametrize("text, told", [
    ("Britain supports the plan of Barack Obama .", "support"),
    ("Many Western governments support the exiled Belarusian opposition politician Sviatlana Tsikhanouskaya .", "support"),
    ("The Labor Party of Tony Blair supported the plan in 2003 .", "support"),
])
def test_a_stance_of_a_name_or_a_past_keeps_its_entry(nlp, text, told):
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}


@pytest.mark.parametrize("entry", load_json("event_domains.json")["held_participles"]["verbs"],
                         ids=lambda entry: entry["lemma"])
def test_what_someone_has_in_store_gets_no_entry(nlp, entry):
    """"Thailand had enough Tamiflu stockpiled": a stock held, no stockpiling."""
    assert entry["lemma"] not in {trigger for trigger, _ in timeline_events(nlp, entry["example"])}


def test_a_stockpiling_done_keeps_its_entry(nlp):
    assert "stockpile" in {trigger for trigger, _ in timeline_events(nlp, "Thailand stockpiled Tamiflu in 2009 .")}


def test_a_known_event_in_a_phrase_of_a_denied_clause_gets_no_entry(nlp):
    """Its entry would read as the denial ("The Syrian government did not comment on Mr Hussameddin's
    announcement"); the comment, negated, is no fact either."""
    text = "The Syrian government has not publicly commented on Mr Hussameddin 's announcement ."
    assert not timeline_events(nlp, text)


@pytest.mark.parametrize("text, told", [
    ("The Syrian government commented on Mr Hussameddin 's announcement on Monday .", "announcement"),
    # the noun's phrase says who did what, and titles it
    ("The United States did not condemn Syria over its crackdown on anti-government protesters .", "crackdown"),
    # only the clause above makes the verb unreal
    ("Mr Radan traveled to Damascus to aid in the Syrian government 's crackdown on the Syrian people .", "crackdown"),
    # a negative object denies only what the verb takes
    ("With the killing of thousands of Syrians by Assad 's forces , the Arabs have no choice but to shun Nabil el-Arabi .",
     "killing"),
])
def test_a_known_event_in_a_phrase_of_a_clause_told_or_saying_who_keeps_its_entry(nlp, text, told):
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}


def test_a_known_event_in_a_phrase_of_a_guess_keeps_the_title_of_its_relative_clause(nlp):
    """A guess is no denial: "may have culminated with the explosion that left 11 workers dead"."""
    text = "BP stressed eight failures that may have culminated with the April 20 rig explosion that left 11 workers dead ."
    _, _, events = resolve_texts(nlp, [text], "2010-09-09")
    assert "The April 20 rig explosion left 11 workers dead" in {e.title for e in events if e.trigger == "explosion"}


@pytest.mark.parametrize("text, told", [
    ("Dmitry Medvedev became president of Russia in 2008 .", "become"),
    ("Tony Blair led the country into war in 2003 .", "lead"),
])
def test_an_office_become_or_a_country_led_keeps_its_entry(nlp, text, told):
    """"Became convinced" and "led a life" describe (description_verbs, state_objects); an office
    taken and a country led are deeds."""
    assert told in {trigger for trigger, _ in timeline_events(nlp, text)}
