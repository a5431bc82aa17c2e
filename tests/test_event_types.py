"""Event typing on real sentences: every domain sense's example, the sense checks that
refuse a wrong political label, and the TimeML class each event carries."""
from __future__ import annotations

import pytest

from kg.resources import load_json

DOMAINS = load_json("event_domains.json")
EXAMPLES = [(kind, lemma, sense["domain"], sense["example"])
            for kind in ("verbs", "nouns") for lemma, senses in DOMAINS[kind].items() for sense in senses]
# a sense may also carry a sentence its checks refuse ("added up to" is no statement)
REFUSALS = [(kind, lemma, sense["domain"], sense["not"])
            for kind in ("verbs", "nouns") for lemma, senses in DOMAINS[kind].items() for sense in senses
            if "not" in sense]
# what an untyped event is about gives it a domain: each sense's example, and the sentence it refuses
ARGUMENTS = [(sense["lemma"], sense["domain"], sense["example"], sense.get("not"))
             for sense in DOMAINS["argument_domains"]["senses"]]
LEXICON = load_json("events.json")
# political entries with an example: a sentence the entry types so, and those its checks refuse, if
# it has checks (an entry's further senses too: "sent troops" is MOBILIZE, "sent food" AID)
CHECKED = [(kind, lemma, sense["type"], sense["example"], sense.get("not", []))
           for kind in ("verbs", "nouns") for lemma, entry in LEXICON[kind].items()
           for sense in (entry, *entry.get("senses", ())) if "example" in sense]


def _events(nlp, text):
    return nlp(text)._.kg_events


def _typed(nlp, text, lemma):
    return [e.type for e in _events(nlp, text) if e.lemma == lemma]


@pytest.mark.parametrize(("kind", "lemma", "domain", "example"), EXAMPLES,
                         ids=[f"{kind}:{lemma}:{domain}" for kind, lemma, domain, _ in EXAMPLES])
def test_each_domain_sense_types_its_example(nlp, kind, lemma, domain, example):
    assert domain in _typed(nlp, example, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, example)]


@pytest.mark.parametrize(("kind", "lemma", "domain", "refused"), REFUSALS,
                         ids=[f"{kind}:{lemma}:{domain}" for kind, lemma, domain, _ in REFUSALS])
def test_each_domain_sense_refuses_its_counterexample(nlp, kind, lemma, domain, refused):
    assert domain not in _typed(nlp, refused, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, refused)]


@pytest.mark.parametrize(("kind", "lemma", "type_", "example", "refused"), CHECKED,
                         ids=[f"{kind}:{lemma}:{type_}" for kind, lemma, type_, _, _ in CHECKED])
def test_each_checked_political_entry_types_its_example_and_refuses_its_counterexample(nlp, kind, lemma, type_,
                                                                                        example, refused):
    assert type_ in _typed(nlp, example, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, example)]
    for text in refused if isinstance(refused, list) else [refused]:
        assert type_ not in _typed(nlp, text, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "lemma", "type_"), [
    ("Syrian security forces launched a crackdown on protesters in Deraa.", "crackdown", "COERCE"),
    ("The assassination of Rafik Hariri in 2005 shook Lebanon.", "assassination", "ASSAULT"),
    ("Boko Haram's kidnapping of 30 villagers drew condemnation.", "kidnapping", "ASSAULT"),
    ("Boko Haram's abduction of 30 villagers drew condemnation.", "abduction", "ASSAULT"),
    ("The Taliban's ambush on a NATO convoy killed six soldiers.", "ambush", "ASSAULT"),
    ("Israel's bombardment of Gaza continued on Monday.", "bombardment", "ASSAULT"),
    ("Britain ordered the deportation of Abu Qatada.", "deportation", "COERCE"),
    ("Iran's detention of the British sailors angered London.", "detention", "COERCE"),
    ("The Assad regime's repression of the opposition continued.", "repression", "COERCE"),
    ("The Syrian army's siege of Homs entered its fourth week.", "siege", "ASSAULT"),
    ("The Egyptian army imposed a curfew on Cairo.", "curfew", "COERCE"),
    ("Rebel forces were bogged down in fighting near Brega.", "fighting", "ASSAULT"),
])
def test_each_political_noun_types_its_example(nlp, text, lemma, type_):
    assert type_ in _typed(nlp, text, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "lemma", "right"), [
    # sanctions: a ban or restrictions imposed, and their lifting
    ("A ban imposed by the EU on Syrian oil took effect on Monday.", "ban", "SANCTION"),
    ("The government imposed restrictions on media in Cairo.", "restriction", "COERCE"),
    ("The United States lifted its sanctions on Libya in 2004.", "lift", "YIELD"),
    # troops sent or committed, and a relief body's staff deployed, which is aid
    ("Syria sent troops into the city of Hama.", "send", "MOBILIZE"),
    # each of coordinated objects counts ("tanks" alone may be water tanks, aid)
    ("Bashar al-Assad has sent tanks and troops to quell months of protests.", "send", "MOBILIZE"),
    ("Egypt's army sent tanks into Tahrir Square.", "send", "MOBILIZE"),
    ("Barack Obama committed military forces to the Libyan mission.", "commit", "MOBILIZE"),
    ("The ICRC deployed a team of doctors to Benghazi.", "deploy", "AID"),
    # refusals and opposition
    ("Hillary Clinton ruled out an intervention in Syria.", "rule", "REJECT"),
    ("Turkey came out against the war in Libya.", "come", "REJECT"),
    # places taken by armed men, and people held
    ("Rebels took the village of Bir Ghanem on Sunday.", "take", "COERCE"),
    ("Gaddafi's forces overran the rebel positions in Zawiyah.", "overrun", "COERCE"),
    # what a relative clause's "which" stands for is what is taken
    ("Idlib could suffer the fate of the Baba Amr district of Homs, which was taken by government troops.", "take",
     "COERCE"),
    ("Eman al-Obeidy was held against her will by Gaddafi's men.", "hold", "COERCE"),
    ("Syrian troops kept journalists out of Homs during the siege.", "keep", "COERCE"),
    # fighting, shooting and uprisings
    ("For the first time, NATO forces attacked Tripoli's main international airport.", "attack", "ASSAULT"),
    ("Gaddafi's forces fired at them with live rounds in Misrata.", "fire", "ASSAULT"),
    ("Protesters clashed with police in Tahrir Square.", "clash", "ASSAULT"),
    ("Libyans rose up against Gaddafi in February.", "rise", "PROTEST"),
    ("Thousands of Libyans took to the streets of Benghazi.", "take", "PROTEST"),
    # a "they" that does what its saying verb's subject says is that subject: armed men took the village
    ("Rebels said they had taken the village of Bir Ghanem.", "take", "COERCE"),
    ("Russia and China blocked the resolution at the UN Security Council.", "block", "REJECT"),
    ("The United States closed its embassy in Damascus.", "close", "SANCTION"),
    ("Syria pulled its troops out of Lebanon in 2005.", "pull", "YIELD"),
    # stances voiced are statements
    ("Ban Ki-moon repeated that he was particularly concerned by the use of heavy weapons.", "repeat", "STATEMENT"),
    ("Syria expressed surprise at the Arab League's position.", "express", "STATEMENT"),
])
def test_sanctions_troops_refusals_captures_and_fighting_take_their_political_type(nlp, text, lemma, right):
    assert right in _typed(nlp, text, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "lemma", "wrong"), [
    ("The Red Cross deployed staff to Misrata.", "deploy", "MOBILIZE"),
    ("Gaddafi has ruled Libya for 42 years.", "rule", "REJECT"),
    ("Obama took the stage in Cairo.", "take", "COERCE"),
    ("The minister said they had taken the village of Bir Ghanem.", "take", "COERCE"),
    ("The journalists held a meeting with Gaddafi's officials in Tripoli.", "hold", "COERCE"),
    ("Crowds of Libyans fired guns in the air in Tripoli.", "fire", "ASSAULT"),
    ("The campaign targeted young voters in Ohio.", "target", "ASSAULT"),
    ("Obama clashed with Republicans over the budget.", "clash", "ASSAULT"),
    # joining what an event noun names does that ("joined calls for his ouster" is the request)
    ("More Libyan officials have defected, joining calls for Gaddafi's ouster.", "join", "COOPERATE"),
    ("France joined the air strikes on Libya.", "join", "COOPERATE"),
    ("Tarek Amer was joined by two of his deputies at the bank.", "join", "COOPERATE"),
])
def test_words_that_only_look_like_troops_captures_or_shooting_keep_their_type(nlp, text, lemma, wrong):
    assert wrong not in _typed(nlp, text, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]


def test_the_lexicon_s_word_lists_are_defined_once():
    own = set(LEXICON["word_lists"]) - {"_doc"}
    assert not own & set(DOMAINS["word_lists"])


@pytest.mark.parametrize(("lemma", "domain", "example", "refused"), ARGUMENTS,
                         ids=[f"{domain}:{example[:30]}" for _, domain, example, _ in ARGUMENTS])
def test_each_argument_domain_types_its_example_and_refuses_its_counterexample(nlp, lemma, domain, example, refused):
    assert domain in _typed(nlp, example, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, example)]
    if refused:
        assert domain not in _typed(nlp, refused, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, refused)]


@pytest.mark.parametrize(("text", "lemma", "domain"), [
    ("The credit crisis plunged the country into recession.", "plunge", "ECONOMY"),
    ("Every U.S. Gulf state has been soiled by the spill.", "soil", "DISASTER"),
    ("Infections jumped 20 % in a week.", "jump", "HEALTH"),
    ("The death toll rose to 40 on Monday.", "rise", "HEALTH"),
    ("Obama signed the bill into law on Friday.", "sign", "LAW"),
    ("The Senate approved the bill on Tuesday.", "approve", "LAW"),
])
def test_what_an_untyped_event_is_about_gives_its_domain(nlp, text, lemma, domain):
    assert _typed(nlp, text, lemma) == [domain]


def test_what_moved_of_another_domain_is_no_market_move(nlp):
    assert "MARKETS" not in _typed(nlp, "Infections jumped 20 % in a week.", "jump")
    assert "MARKETS" not in _typed(nlp, "The death toll rose to 40 on Monday.", "rise")
    # refusal: shares are a market
    assert "MARKETS" in _typed(nlp, "BP shares jumped 20 % in a week.", "jump")


def test_a_word_of_a_name_is_no_amount(nlp):
    assert "MARKETS" not in _typed(nlp, "Swine flu closed South Hampstead High School in north west London.", "close")
    # refusal: a market closing higher moves
    assert "MARKETS" in _typed(nlp, "The FTSE closed 50 points higher.", "close")


def test_where_a_place_lies_is_no_amount(nlp):
    # "distance_units": a distance in the clause does not make an attack a market move
    text = ("Helicopters fired Hellfire missiles at vehicles in Al-Watyah, the site of an air base 170 km "
            "south-west of Tripoli, NATO said.")
    assert "ASSAULT" in _typed(nlp, text, "fire")


def test_gunfire_and_an_ambiguous_noun_give_no_domain(nlp):
    assert "DISASTER" not in _typed(nlp, "Syrian security forces opened fire on peaceful protesters.", "open")
    # "strikes" alone may be a labour strike or an air strike: its sense has checks, it gives no domain
    assert "ECONOMY" not in _typed(nlp, "The strikes targeted a compound of the Popular Guards.", "target")
    # refusal: a spill is one thing
    assert "DISASTER" in _typed(nlp, "Every U.S. Gulf state has been soiled by the spill.", "soil")


@pytest.mark.parametrize("text", ["Libya was suspended by the Arab League.", "The Arab League suspended Syria on Saturday."])
def test_a_country_suspended_is_sanctioned(nlp, text):
    assert "SANCTION" in _typed(nlp, text, "suspend")


def test_a_word_of_a_name_gives_no_domain(nlp):
    assert "LAW" not in _typed(nlp, "Florida Attorney General Bill McCollum sent a letter to BP.", "send")
    # refusal: a title before the name is the word it is ("Judge")
    assert "LAW" in _typed(nlp, "Judge Martin Feldman issued a brief order denying the stay request.", "issue")


def test_an_untyped_event_that_stays_out_of_the_outputs_takes_no_domain(nlp):
    # in the present it is no happening of the timeline; typing it would let it in
    assert _typed(nlp, "Mexico identifies new infections every day.", "identify") == ["OCCURRENCE"]
    # refusal: told in the past it is one
    assert _typed(nlp, "Mexico identified new infections on Monday.", "identify") == ["HEALTH"]


def test_the_subject_of_a_clause_taken_for_an_object_is_no_one_warned(nlp):
    text = "As the UN warned the outbreak might become a pandemic, experts met in Geneva."
    assert "THREATEN" not in _typed(nlp, text, "warn")
    # refusal: a party warned of consequences is threatened
    assert "THREATEN" in _typed(nlp, "The United States warned Syria that it would face consequences.", "warn")


def test_no_lemma_repeats_a_sense():
    for kind in ("verbs", "nouns"):
        for lemma, senses in DOMAINS[kind].items():
            written = [repr(sorted(sense.items())) for sense in senses]
            assert len(set(written)) == len(written), f"{kind} {lemma!r} lists a sense twice"


def test_every_domain_example_names_a_known_domain():
    # a sense may also give a political type the lexicon gives the verb in no other sense ("told BP to stop": DEMAND)
    assert {domain for _, _, domain, _ in EXAMPLES} <= set(DOMAINS["domains"]) | set(LEXICON["types"])


@pytest.mark.parametrize(("text", "lemma", "wrong", "right"), [
    ("Gaddafi's forces committed crimes against civilians in Libya.", "commit", "AGREE", "OCCURRENCE"),
    ("Shares fell 3 % on Monday.", "fall", None, "MARKETS"),
    ("Apple's stock rose on Friday.", "rise", None, "MARKETS"),
    ("BP shares rallied 6 % on Friday.", "rally", "PROTEST", "MARKETS"),
    ("The earthquake struck Haiti in January.", "strike", "ASSAULT", "DISASTER"),
    ("Police arrested three men at the airport.", "arrest", "COERCE", "LAW"),
    # no agreement; what was offered is politics
    ("Gaddafi offered them a constitution, elections, anything.", "offer", "AGREE", "POLITICS"),
    ("Sony Pictures is fighting lawyers for Michael Jackson's doctor over access to raw footage.", "fight", "ASSAULT",
     "OCCURRENCE"),
])
def test_a_sense_check_refuses_a_wrong_political_label(nlp, text, lemma, wrong, right):
    types = _typed(nlp, text, lemma)
    assert wrong not in types
    assert right in types


@pytest.mark.parametrize(("text", "lemma", "type_"), [
    ("Russia committed itself to talks with Ukraine.", "commit", "AGREE"),
    ("Russia invaded Ukraine in February 2022.", "invade", "ASSAULT"),
    ("Protesters rallied in Cairo against Mubarak.", "rally", "PROTEST"),
    ("Gaddafi offered to step down.", "offer", "AGREE"),
    ("The rebels offered a ceasefire on Friday.", "offer", "AGREE"),
    ("Qatar sent food and medicine to Benghazi.", "send", "AID"),
    ("Obama met Cameron at the White House.", "meet", "CONSULT"),
    # a count of people is no amount moved: "at least" and a bare number keep the assault
    ("Syrian forces shot dead at least 28 people at rallies after Friday prayers, activists said.", "shoot", "ASSAULT"),
    ("Syrian forces shot dead at least 28 at rallies after Friday prayers, activists said.", "shoot", "ASSAULT"),
])
def test_the_political_sense_keeps_its_type(nlp, text, lemma, type_):
    assert type_ in _typed(nlp, text, lemma)


def test_types_carry_their_quad_class_and_timeml_class(nlp):
    events = {e.lemma: e for e in _events(nlp, "Russia invaded Ukraine and shares fell 3 %. \"We are ready,\" the minister said.")}
    assert (events["invade"].quad_class, events["invade"].tml_class) == ("material conflict", "OCCURRENCE")
    assert (events["say"].type, events["say"].tml_class) == ("STATEMENT", "REPORTING")
    assert (events["fall"].type, events["fall"].quad_class) == ("MARKETS", "none")


def test_signing_up_is_no_agreement(nlp):
    assert "AGREE" not in _typed(nlp, "Some 257,000 people had signed up to a Facebook page.", "sign")
    assert "AGREE" in _typed(nlp, "Russia and Ukraine signed the agreement in Minsk.", "agreement")


def test_a_named_war_keeps_its_type_without_participants(nlp):
    assert "ASSAULT" in _typed(nlp, "Russia has lost plenty of wars: the Crimean War and the Afghan War.", "war")


@pytest.mark.parametrize(("text", "lemma", "wrong"), [
    ("Libyan tanks fired on rebel positions around Ras Lanuf.", "fire", "PERSONNEL"),
    ("Gaddafi's forces launched a heavy artillery bombardment on Misrata.", "launch", "ECONOMY"),
    ("China condemned the air strikes on Libya.", "strike", "ECONOMY"),
    ("Two British soldiers died in a blast in Helmand on Monday.", "die", "HEALTH"),
    ("Three protesters died after police opened fire on the crowd.", "die", "HEALTH"),
    ("Ten soldiers died on Monday.", "die", "HEALTH"),
    ("The WHO warned that the virus could spread to every country.", "warn", "THREATEN"),
    ("Syrian helicopter gunships fired machineguns to disperse protests.", "fire", "PERSONNEL"),
    ("Erdogan has earned admiration among Arabs for championing the Palestinian cause.", "earn", "ECONOMY"),
    ("Tony Hayward had been widely attacked for a series of gaffes during the crisis.", "attack", "ASSAULT"),
    ("The Philippines has sent its largest warship on a patrol through the Scarborough Shoals.", "send", "AID"),
    ("Arlen Specter's surprise switch has sent shockwaves through the political landscape.", "send", "AID"),
    ("The vote sent a strong message to Moscow.", "send", "AID"),
    ("EU rules oblige companies to meet their responsibilities over a spill.", "meet", "CONSULT"),
    ("The British commander lost 7,500 dead in the 10-week campaign.", "lose", "MARKETS"),
    ("The Black Hawk pilot lost both legs and a huge chunk of one arm.", "lose", "MARKETS"),
    ("With each frontbench post that he held in opposition, Cook's stock rose.", "rise", "MARKETS"),
    ("Erdogan said in a transcript released by CNN on Saturday.", "release", "YIELD"),
    ("The Deepwater Horizon rig exploded on 20 April, killing 11 people.", "kill", "ASSAULT"),
], ids=["fired-on", "launched-a-bombardment", "air-strikes", "died-in-a-blast", "died-after-a-shooting",
        "soldiers-died", "warned-that", "fired-machineguns",
        "earned-admiration", "attacked-for", "sent-a-warship", "sent-shockwaves", "sent-a-message", "met-responsibilities",
        "lost-men", "lost-an-arm", "a-persons-stock", "a-transcript-released",
        "an-accident-killed"])
def test_a_sense_check_refuses_a_wrong_specific_type(nlp, text, lemma, wrong):
    assert wrong not in _typed(nlp, text, lemma)


@pytest.mark.parametrize(("text", "lemma", "wrong"), [
    ("Space shuttle Atlantis launches on a mission to service the Hubble space telescope.", "launch", "ECONOMY"),
    ("Alleyn's school, which closed after five year seven pupils were diagnosed, said it was rescheduling exams.",
     "close", "MARKETS"),
    ("Mexican authorities cut their suspected death toll to 101 from as many as 176.", "cut", "ECONOMY"),
    ("The influenza strain that has struck Mexico involves a never-before-seen strain.", "strike", "ASSAULT"),
], ids=["shuttle-launches", "school-closed", "cut-a-toll", "strain-struck"])
def test_a_domain_sense_check_refuses_a_wrong_domain(nlp, text, lemma, wrong):
    assert wrong not in _typed(nlp, text, lemma)


def test_committing_to_do_something_is_an_agreement(nlp):
    assert "AGREE" in _typed(nlp, "The company has committed to support the airline's expansion.", "commit")


@pytest.mark.parametrize(("text", "lemma"), [
    ("American officials say that despite the more than $75 billion in aid the United States has provided to Ukraine, "
     "it is not up to Washington to dictate the terms.", "provide"),
    ("The United Kingdom delivered Storm Shadow long-range cruise missiles in May.", "deliver"),
], ids=["aid-in-a-relative-clause", "missiles-delivered"])
def test_aid_handed_over_in_a_relative_clause_or_as_weapons_is_aid(nlp, text, lemma):
    assert "AID" in _typed(nlp, text, lemma)


def test_a_launch_whose_object_the_parser_split_is_no_product_launch(nlp):
    # "ground offensive" is parsed as the noun "ground" with the adjective "offensive" after it
    assert "ECONOMY" not in _typed(nlp, "The rebels launched a ground offensive to retake Brega.", "launch")
    # refusal: a product launched keeps its sense
    assert "ECONOMY" in _typed(nlp, "Apple launched a new iPhone model in June.", "launch")


def test_a_war_whose_clause_tells_its_end_is_no_assault(nlp):
    assert "ASSAULT" not in _typed(nlp, "As the war in Libya neared an end, Gaddafi fled.", "war")
    assert "ASSAULT" not in _typed(nlp, "The NATO war in Libya came to an end in October.", "war")
    # refusal: a war its clause does not end is one
    assert "ASSAULT" in _typed(nlp, "The NATO war in Libya began in March.", "war")


def test_a_cease_fire_written_with_a_hyphen_is_the_lexicon_s_ceasefire(nlp):
    events = _events(nlp, "Gaddafi declared a cease-fire on Friday.")
    assert [e.type for e in events if e.lemma == "fire"] == ["AGREE"]
    # refusal: a fire is still a fire
    assert "DISASTER" in _typed(nlp, "A fire destroyed the factory in Texas.", "fire")


def test_a_call_with_a_that_clause_is_a_request(nlp):
    assert "REQUEST" in _typed(nlp, "Obama repeated his call that Gadhafi must go.", "call")
    # refusal: a call with no content is none ("phone calls"; the lexicon entry's counterexample)
    assert "REQUEST" not in _typed(nlp, "Obama made a call to the leaders of Afghanistan.", "call")


@pytest.mark.parametrize(("text", "lemma", "right"), [
    # what a verb with an object and an infinitive says that object must do is a demand
    ("U.S. lawmakers pressed BP to pay all claims from the spill.", "press", "DEMAND"),
    ("The Coast Guard gave the company two days to produce a plan.", "give", "DEMAND"),
    ("Officials told BP to stop using the dispersant.", "tell", "DEMAND"),
    # a count given as a range is no amount: an order to cull pigs is no purchase
    ("Egypt ordered the culling of all the country's 300,000 to 400,000 pigs.", "order", "DEMAND"),
    # a weather watch and a storm growing are a disaster's; so are a well gushing and a rig collapsing
    ("A tropical storm watch was issued for the Texas coast on Monday.", "issue", "DISASTER"),
    ("The storm gathered strength over the Caribbean.", "gather", "DISASTER"),
    ("The well was gushing oil into the Gulf for 87 days.", "gush", "DISASTER"),
    ("The rig collapsed two days later.", "collapse", "DISASTER"),
    # the kind a name's compound gives its doer: a hurricane
    ("Many coastal communities were devastated by Hurricane Katrina in 2005.", "devastate", "DISASTER"),
    # an estimate is the estimator's statement, whatever it measures
    ("The Coast Guard estimated the leak at 5,000 barrels a day.", "estimate", "STATEMENT"),
    # a hazard endangering something is no political threat
    ("The spill has threatened the Gulf Coast's tourism industry.", "threaten", "DISASTER"),
    # claims against a party and the suit are the law's
    ("Hundreds of claims against BP were filed in federal court.", "claim", "LAW"),
    ("The suit put Alabama in the strongest legal position.", "put", "LAW"),
    # calling something something is a statement
    ("President Barack Obama called it a positive sign.", "call", "STATEMENT"),
    # a conjunct verb shares its first verb's doer: the platform collapsed, the earthquake killed
    ("The Deepwater Horizon platform exploded on April 20 and collapsed two days later.", "collapse", "DISASTER"),
    ("The earthquake flattened the capital and killed thousands of people.", "kill", "DISASTER"),
])
def test_demands_disasters_estimates_and_claims_take_their_type(nlp, text, lemma, right):
    assert right in _typed(nlp, text, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "lemma", "wrong"), [
    # a storm of words is no weather
    ("The Iraq Inquiry prompted an ethical storm in London.", "prompt", "DISASTER"),
    # a name given, to oneself or in the passive, is no statement
    ("Venice proudly called itself the world's Fishing Capital.", "call", "STATEMENT"),
    ("The plan was called NCP in 1968.", "call", "STATEMENT"),
    # a gerund is no infinitive: no demand
    ("He kept telling reporters singing too high was hard.", "tell", "DEMAND"),
])
def test_words_that_only_look_like_a_demand_a_storm_or_a_statement_keep_their_type(nlp, text, lemma, wrong):
    assert wrong not in _typed(nlp, text, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "lemma", "type_"), [
    ("Russia amassed thousands of troops along its border with Ukraine.", "amass", "MOBILIZE"),
    ("The government froze $30 billion in assets held by the regime.", "freeze", "SANCTION"),
    # what a passive participle describes is what it hands over
    ("With $30 billion of the government's assets frozen by the U.S. government, Libya cannot pay.", "freeze",
     "SANCTION"),
])
def test_a_count_or_an_amount_stands_for_what_it_is_of(nlp, text, lemma, type_):
    """"thousands *of troops*", "$30 billion *in assets*": the sense check reads what is counted
    or measured, not the number (``AMOUNTS`` in ``senses.py``)."""
    assert _typed(nlp, text, lemma) == [type_]


@pytest.mark.parametrize(("text", "lemma", "right"), [
    # a call for someone to act is a demand; a call for a thing stays a request
    ("Medvedev's call for Gadhafi to step aside was a blow to Tripoli.", "call", "DEMAND"),
    ("Britain renewed calls for a ceasefire in Libya.", "call", "REQUEST"),
    # strikes and blows: a military strike, a strike or a projectile that hits, a blow to the face, a death
    ("NATO strikes hit warships in Tripoli harbour on Friday.", "strike", "ASSAULT"),
    ("NATO strikes hit warships in Tripoli harbour on Friday.", "hit", "ASSAULT"),
    ("He hit me in the face, the woman told police.", "hit", "ASSAULT"),
    ("Soldiers beat the prisoner to death in 2009.", "beat", "ASSAULT"),
    # crushing an uprising is repression
    ("The regime squashed an uprising with brutal force in 1982.", "squash", "COERCE"),
    ("The army put down the revolt within days.", "put", "COERCE"),
    # a deed done by passing a bill is the law's, as the passing is
    ("The House acted on Friday by passing a bill that would lift the cap.", "act", "LAW"),
    ("The House acted on Friday by passing a bill that would lift the cap.", "pass", "LAW"),
    # power held, seized or come to is politics
    ("Mubarak held onto power for 30 years.", "hold", "POLITICS"),
    ("Ben Ali came to power in 1987.", "come", "POLITICS"),
    # declining to comment is a statement; odds given are an estimate
    ("A BP spokesman declined to comment on the report.", "decline", "STATEMENT"),
    ("BP had given a 60-70% chance of success to the top kill.", "give", "STATEMENT"),
    # police raid as the law does; doctors treat and a hospital admits as health does
    ("Police and federal agents raided the doctor's offices in Las Vegas.", "raid", "LAW"),
    ("The doctors who treated Michael Jackson were questioned.", "treat", "HEALTH"),
    ("John Avery was admitted to Talgarth mental hospital in 1922.", "admit", "HEALTH"),
    ("Jackson was rushed to a hospital in Los Angeles.", "rush", "HEALTH"),
])
def test_deeds_violence_repression_power_and_refusals_take_their_type(nlp, text, lemma, right):
    assert right in _typed(nlp, text, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "lemma", "wrong"), [
    # no blow: a ship, a hurricane, a labour strike; no repression of cans or fears
    ("The ship hit an iceberg in the night.", "hit", "ASSAULT"),
    ("The dock workers' strike hit exports in May.", "hit", "ASSAULT"),
    ("NATO hit back at its critics on Monday.", "hit", "ASSAULT"),
    ("The central bank quelled fears of a default.", "quell", "COERCE"),
    # power that is electricity; a lawyer admitted to the bar; a refusal to invest
    ("Residents lost power for three days after the storm.", "lose", "POLITICS"),
    ("Workers held onto power cables in the storm.", "hold", "POLITICS"),
    ("He was admitted to the bar in 1990.", "admit", "HEALTH"),
    ("The company declined to invest in the project.", "decline", "STATEMENT"),
    # troops raid as an army does
    ("Syrian troops raided the town of Jisr al-Shughour.", "raid", "LAW"),
])
def test_words_that_only_look_like_a_blow_repression_or_power_keep_their_type(nlp, text, lemma, wrong):
    assert wrong not in _typed(nlp, text, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "lemma", "right"), [
    # a company's charge is its accounts'; rigs idled are business; a ship on a reef is an accident
    ("BP took a $32 billion charge in the quarter.", "take", "ECONOMY"),
    ("Shell idled seven rigs in the Gulf.", "idle", "ECONOMY"),
    ("The Exxon Valdez hit Bligh Reef in Prince William Sound.", "hit", "DISASTER"),
    # a doctor's drug given; a verbal attack; a comment declined
    ("Dr Murray administered propofol to Jackson.", "administer", "HEALTH"),
    ("Barack Obama slammed the companies involved in the spill.", "slam", "ACCUSE"),
    ("BP declined comment on the lawsuits.", "decline", "STATEMENT"),
])
def test_charges_idled_rigs_reefs_drugs_and_verbal_attacks_take_their_type(nlp, text, lemma, right):
    assert right in _typed(nlp, text, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "right"), [
    # a named person's death told with nothing but its time is the person's health
    ("Kim Il-sung died in 1994.", "HEALTH"),
    ("Michael Jackson died in June 2009.", "HEALTH"),
    # a death with a place, a clause, a conjunct or unnamed dead may be a battle's, a blast's or a shooting's
    ("Muammar Gaddafi died in Sirte.", "OCCURRENCE"),
    ("Jamal Ahmed was shot in the street and died later.", "OCCURRENCE"),
    ("Three workers died when the rig exploded.", "OCCURRENCE"),
    ("Ten soldiers died on Monday.", "OCCURRENCE"),
])
def test_a_named_person_s_death_told_with_only_its_time_is_health(nlp, text, right):
    assert _typed(nlp, text, "die") == [right], [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "lemma", "right"), [
    # a deadly battle or a bloody campaign waged is one assault, the support verb taken in
    ("Rebels waged a deadly battle with Gadhafi's forces in Misrata.", "battle", "ASSAULT"),
    ("The Syrian army waged a bloody campaign against the rebels.", "campaign", "ASSAULT"),
    ("NATO waged an air campaign over Libya.", "campaign", "ASSAULT"),
    # aid received or accepted, also where it is coordinated with another word
    ("Egypt received billions of dollars in military and other aid from the United States.", "receive", "AID"),
    ("Haiti accepted aid from Cuba after the hurricane.", "accept", "AID"),
    # made to do something by armed men, the police or a named doer
    ("Syrian soldiers forced the prisoners to strip.", "force", "COERCE"),
    ("Gaddafi's militiamen coerced the villagers.", "coerce", "COERCE"),
    # calls, demands, a curfew or objections ignored, defied or overridden
    ("The Syrian regime ignored calls to end the violence.", "ignore", "REJECT"),
    ("Thousands of protesters defied a curfew in Cairo.", "defy", "REJECT"),
    ("The coalition bulldozed over the objections of France.", "bulldoze", "REJECT"),
    ("The government brushed aside objections from the opposition.", "brush", "REJECT"),
    # sanctions approved are imposed; UN action blocked is refused; an alliance that targets a city attacks it
    ("The Security Council approved sanctions against Libya last month.", "approve", "SANCTION"),
    ("Russia's intransigence was blocking UN action.", "block", "REJECT"),
    ("The alliance targeted Tripoli and its immediate surroundings.", "target", "ASSAULT"),
    # a directive or decree issued or made public is said
    ("Hanoi publicized a directive on the press.", "publicize", "STATEMENT"),
    ("The ministry publicised a decree on the press.", "publicise", "STATEMENT"),
    ("The ministry issued a directive to all newspapers.", "issue", "STATEMENT"),
])
def test_battles_aid_received_coercion_defiance_and_directives_take_their_political_type(nlp, text, lemma, right):
    assert right in _typed(nlp, text, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "lemma", "wrong"), [
    # a campaign for votes, a legal battle, a battle with an illness
    ("Obama waged a campaign for votes in Ohio.", "campaign", "ASSAULT"),
    ("BP fought a legal battle with Transocean.", "battle", "ASSAULT"),
    # what a price, a share or gold carries on is a market move, no protest: the doer of a verb that carries
    # on or stages an event noun does it
    ("The share price continued a rally on Monday.", "rally", "PROTEST"),
    ("Gold extended its rally on Friday.", "rally", "PROTEST"),
    ("A rally in oil prices lifted shares.", "rally", "PROTEST"),
    # a drug received, a forced step down with no doer, prices that force a cut
    ("Patients received the drug in the trial.", "receive", "AID"),
    ("Mubarak was forced to step down.", "force", "COERCE"),
    ("High oil prices forced airlines to cut flights.", "force", "COERCE"),
    # odds defied, data ignored
    ("The rebels defied the odds at Brega.", "defy", "REJECT"),
    ("Investors ignored the data on Monday.", "ignore", "REJECT"),
])
def test_market_rallies_legal_battles_and_things_received_or_ignored_keep_their_type(nlp, text, lemma, wrong):
    assert wrong not in _typed(nlp, text, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]


def test_a_protest_or_talks_attended_are_one_event_of_the_noun_s_type(nlp):
    """"attend" is a support verb (``support_verbs`` of ``events.json``), as "join" is: who attended the protest
    protested; the verb is no generic event of its own."""
    text = "Thousands of Egyptians attended the protests in Tahrir Square on Friday."
    assert _typed(nlp, text, "attend") == [] and "PROTEST" in _typed(nlp, text, "protest")
    text = "The foreign ministers of Russia and China attended the talks in Geneva."
    assert _typed(nlp, text, "attend") == [] and "CONSULT" in _typed(nlp, text, "talk")


def test_ruling_out_a_risk_or_a_possibility_is_no_rejection(nlp):
    # "ruled out an intervention" refuses a deed; "ruled out any risk" judges what may happen, no deed refused
    assert "REJECT" not in _typed(nlp, "The Mexican government has ruled out any risk of infection from eating pork.", "rule")
    assert "REJECT" not in _typed(nlp, "Police ruled out the possibility of a terrorist attack on the train.", "rule")
    assert _typed(nlp, "Hillary Clinton ruled out an intervention in Syria.", "rule") == ["REJECT"]


@pytest.mark.parametrize(("text", "lemma", "right"), [
    # a "for" that opens a clause of what another is to do asks as a "for" phrase does
    ("She called for other nations to impose a no-fly zone over Libya.", "call", "REQUEST"),
    ("Britain pushed for the Security Council to act on Syria.", "push", "REQUEST"),
    ("France asked for NATO to take command of the operation.", "ask", "REQUEST"),
    # what is made clear, plain or known is said
    ("The minister made clear his opposition to the plan.", "make", "STATEMENT"),
    ("The government made known its decision on Friday.", "make", "STATEMENT"),
    # measures ended, removed or lifted in the passive are yielded
    ("The curfew was lifted by the army on Sunday.", "lift", "YIELD"),
])
def test_calls_for_another_to_act_sayings_made_clear_and_measures_ended_take_their_political_type(nlp, text, lemma,
                                                                                                right):
    assert right in _typed(nlp, text, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "lemma", "wrong"), [
    # a call that only says when, and a "for" phrase of time, ask nothing
    ("Barack Obama called David Cameron on Tuesday.", "call", "REQUEST"),
    # a sanction ended, eased away or vetoed is none imposed
    ("Washington removed sanctions on Burma's central bank.", "sanction", "SANCTION"),
    ("The embargo was lifted in 2004.", "embargo", "SANCTION"),
    ("The government scrapped the ban on opposition parties.", "ban", "SANCTION"),
    # a letter signed in the passive is no agreement
    ("The letter was jointly signed by officials from both ministries.", "sign", "AGREE"),
    # to order people into confinement coerces them, it demands nothing of them
    ("Beijing ordered 70 Mexican tourists into seclusion on Friday.", "order", "DEMAND"),
])
def test_calls_that_ask_nothing_measures_ended_letters_signed_and_confinement_keep_off_a_wrong_type(nlp, text, lemma,
                                                                                                     wrong):
    assert wrong not in _typed(nlp, text, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]


def test_a_verb_of_gathering_information_is_no_statement_whatever_the_tagger_calls_it(nlp):
    # the tagger calls "compiling" a REPORTING event; nothing is said yet (``gathering_verbs`` of ``events.json``)
    gathering = LEXICON["gathering_verbs"]
    example, refused = gathering["example"], gathering["not"]
    assert [e.type for e in _events(nlp, example["text"]) if e.trigger == example["trigger"]] == ["OCCURRENCE"]
    assert [e.type for e in _events(nlp, refused["text"]) if e.trigger == refused["trigger"]] == ["STATEMENT"]


@pytest.mark.parametrize(("text", "lemma", "right"), [
    # verbs of sharp criticism accuse as "criticized" and "condemned" do; lauding supports as praising does
    ("The Committee to Protect Journalists excoriated Mubarak for the attacks on reporters.", "excoriate", "ACCUSE"),
    ("Senator McCain lambasted the administration over its Libya policy.", "lambast", "ACCUSE"),
    ("Human Rights Watch castigated Bahrain for its crackdown on protesters.", "castigate", "ACCUSE"),
    ("Putin berated the West over its support for the rebels.", "berate", "ACCUSE"),
    ("The UN chastised Syria for the shelling of Homs.", "chastise", "ACCUSE"),
    ("The Senate censured the minister for his role in the scandal.", "censure", "ACCUSE"),
    ("Amnesty International decried the killing of protesters in Deraa.", "decry", "ACCUSE"),
    ("The European Union deplored the violence against demonstrators in Cairo.", "deplore", "ACCUSE"),
    ("China upbraided Japan over the visit to the shrine.", "upbraid", "ACCUSE"),
    ("The Arab League reproached Damascus for ignoring its peace plan.", "reproach", "ACCUSE"),
    ("Washington rebuked Moscow for its veto at the Security Council.", "rebuke", "ACCUSE"),
    ("State media vilified the protesters as foreign agents.", "vilify", "ACCUSE"),
    ("France chided Italy for its slow response to the crisis.", "chide", "ACCUSE"),
    ("Merkel scolded Greece for missing its budget targets.", "scold", "ACCUSE"),
    ("Obama lauded the Egyptian army for its restraint.", "laud", "SUPPORT"),
])
def test_verbs_of_sharp_criticism_and_praise_take_their_political_type(nlp, text, lemma, right):
    assert right in _typed(nlp, text, lemma), [(e.trigger, e.lemma, e.type) for e in _events(nlp, text)]
