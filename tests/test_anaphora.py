"""The kg_anaphora component on real sentences: it only adds mentions that refer back to the names of kg_mentions."""
from __future__ import annotations

import pytest

from kg.extract.mentions import NAMES_KEY
from kg.resources import load_json

TEXT = ("Joe Biden met Vladimir Putin in Geneva. Putin told him that NATO was a threat. "
        "The alliance said it would keep its doors open.")


def test_anaphora_runs_right_after_the_names(nlp):
    names = nlp.pipe_names
    assert names.index("kg_anaphora") == names.index("kg_mentions") + 1


def test_names_leave_their_spans_for_anaphora(nlp):
    with nlp.select_pipes(disable=["kg_anaphora", "kg_events"]):
        doc = nlp(TEXT)
    assert [m.text for m in doc._.kg_mentions] == ["Joe Biden", "Vladimir Putin", "Geneva", "Putin", "NATO"]
    assert [(s.text, s.label_) for s in doc.spans[NAMES_KEY]] == [(m.text, m.label) for m in doc._.kg_mentions]


def test_anaphora_adds_pronouns_and_descriptions_in_text_order(nlp):
    with nlp.select_pipes(disable=["kg_anaphora", "kg_events"]):
        names = nlp(TEXT)._.kg_mentions
    found = nlp(TEXT)._.kg_mentions
    assert [m for m in found if m.antecedent is None] == names
    added = [(m.text, m.resolved_from, found[m.antecedent].text) for m in found if m.antecedent is not None]
    assert added == [("him", "pronoun", "Joe Biden"), ("The alliance", "nominal", "NATO"),
                     ("it", "pronoun", "NATO"), ("its", "pronoun", "NATO")]
    assert [m.start for m in found] == sorted(m.start for m in found)


def _added(nlp, text: str) -> list[tuple[str, str, str]]:
    found = nlp(text)._.kg_mentions
    return [(m.text, m.resolved_from, found[m.antecedent].text) for m in found if m.antecedent is not None]


def test_we_in_a_quotation_is_the_organisation_of_the_speaker(nlp):
    added = _added(nlp, 'Boeing spokesman William Barksdale said: "Obviously we are very disappointed. '
                        'Once we have reviewed the details, we will decide on our options."')
    assert added == [("we", "quoted", "Boeing"), ("we", "quoted", "Boeing"), ("we", "quoted", "Boeing"),
                     ("our", "quoted", "Boeing")]


def test_i_in_a_quotation_is_the_speaker_even_when_named_after_it(nlp):
    assert _added(nlp, "`` I think the phone is great , '' said Steve Jobs .") == [("I", "quoted", "Steve Jobs")]
    assert _added(nlp, '"We are ready," Airbus said.') == [("We", "quoted", "Airbus")]


def test_first_person_without_a_fitting_speaker_is_left_alone(nlp):
    # A person speaking for no named organisation: "we" has no antecedent; outside quotes "I" has none.
    assert _added(nlp, 'Chief executive Thomas Enders said: "We want to know what happened."') == []
    assert _added(nlp, "I met Steve Jobs in Paris.") == []


def test_a_relative_pronoun_is_the_name_its_clause_modifies(nlp):
    assert _added(nlp, "Qatar Airways, which chose the Airbus jet, ordered 80 planes.") == [
        ("which", "relative", "Qatar Airways")]
    assert _added(nlp, "The jets, which Qatar Airways chose, are late.") == []


def test_a_noun_of_a_countrys_rule_with_its_name_is_that_country(nlp):
    example = load_json("entities/actors.json")["governing_nouns"]["example"]
    doc = nlp(example["text"])
    assert [(m.text, m.country_code) for m in doc._.kg_mentions if m.resolved_from == "nominal"] == [
        (example["noun"], example["country"])]
    assert _added(nlp, "The government of Libya, which denies the charges, said it would talk.") == [
        ("The government", "nominal", "Libya"), ("which", "relative", "Libya"), ("it", "pronoun", "Libya")]


def test_a_relative_that_on_a_noun_of_a_countrys_rule_is_the_country(nlp):
    text = "The deal left intact a regime in North Korea that, since 2006, has threatened South Korea."
    assert ("that", "relative", "North Korea") in _added(nlp, text)


@pytest.mark.parametrize("text", [
    "The authorities in Benghazi arrested him on Monday.",  # a city, not a country
    "The government of national unity met on Monday.",  # no country named
    "Russian troops in Ukraine shelled the town.",  # troops in a country are not its rule
])
def test_a_noun_of_rule_without_a_country_is_no_mention(nlp, text):
    assert [m for m in nlp(text)._.kg_mentions if m.resolved_from == "nominal"] == []


def test_a_quotation_runs_on_over_a_paragraph_break_until_its_closing_mark(nlp):
    text = ("Boeing chief executive Jim McNerney said in an interview `` Everyone told us we were crazy .\n\n"
            "But we took a big swing and in this case , we hit a home run . ''")
    assert _added(nlp, text) == [("us", "quoted", "Boeing"), ("we", "quoted", "Boeing"),
                                 ("we", "quoted", "Boeing"), ("we", "quoted", "Boeing")]


def test_a_paragraph_that_opens_a_new_quotation_ends_the_last_one(nlp):
    text = ('Boeing spokesman Tim Neale said: "We are disappointed.\n\n'
            '"We will deliver the first jets in May," Airbus said on Friday.')
    assert _added(nlp, text) == [("We", "quoted", "Boeing"), ("We", "quoted", "Airbus")]


def test_the_speaker_can_be_a_name_in_the_subject_phrase(nlp):
    assert _added(nlp, 'A statement by Boeing said: "We are very disappointed with the decision."') == [
        ("We", "quoted", "Boeing")]


def test_a_description_beside_a_name_stands_for_it(nlp):
    assert _added(nlp, "Irish national airline Aer Lingus has bought 12 Airbus jets.") == [
        ("Irish national airline", "descriptor", "Aer Lingus")]
    assert _added(nlp, "Airbus, Europe's biggest aircraft manufacturer, delivered the jet.") == [
        ("biggest aircraft manufacturer", "descriptor", "Airbus")]
    assert _added(nlp, "The blowout preventer was made by a US company, Cameron, in Houston.") == [
        ("company", "descriptor", "Cameron")]


def test_a_description_parted_from_the_name_by_other_words_is_left_alone(nlp):
    text = ("Bans were lifted on Pakistani flag carrier Pakistan International Airlines and Surinam carrier "
            "Blue Wing Airlines on Monday.")
    assert ("Pakistani flag carrier", "descriptor", "Blue Wing Airlines") not in _added(nlp, text)


def test_a_description_with_a_relative_clause_after_a_comma_still_refers_back(nlp):
    text = ("China Eastern Airlines said on Thursday that it had ordered 20 jets. "
            "The airline, which is the third largest in China, signed the deal in Paris.")
    assert ("The airline", "nominal", "China Eastern Airlines") in _added(nlp, text)
    text = "Transocean owned the rig. The company that built the blowout preventer was not named."
    assert not [a for a in _added(nlp, text) if a[0] == "The company"]


def test_a_description_can_refer_through_the_description_before_it(nlp):
    text = ("China Eastern Airlines said on Thursday that it had ordered 20 jets. "
            "The airline, which is the third largest in China, signed the deal in Paris. "
            "The company said that the planes would meet demand.")
    assert ("The company", "nominal", "China Eastern Airlines") in _added(nlp, text)


def test_it_can_stand_for_a_product(nlp):
    text = "The A380 superjumbo was delayed again. It will now enter service in October, Airbus said."
    assert _added(nlp, text) == [("It", "pronoun", "A380")]


def test_a_commenting_speaker_speaks_for_the_organisation_in_his_phrase(nlp):
    text = "EADS chief executive Louis Gallois commented `` This major selection is a win-win for our customers . ''"
    assert _added(nlp, text) == [("our", "quoted", "EADS")]


def test_they_in_a_quotation_is_not_the_organisation_the_speaker_speaks_for(nlp):
    text = ("John Haywood , Chairman of the Emergency Appeal Committee said : `` They 're talking about three million "
            "people being killed . ''")
    assert [p for p in _added(nlp, text) if p[0] == "They"] == []


def test_a_participle_reports_for_the_subject_of_its_verb(nlp):
    text = ('Steve Jobs resigned on Wednesday in a letter to the board , stating : " I have always said '
            'I would be the first to let you know . "')
    assert _added(nlp, text) == [("I", "quoted", "Steve Jobs"), ("I", "quoted", "Steve Jobs")]


def test_a_quotation_never_closed_ends_where_the_next_one_opens(nlp):
    text = ("Vladimir Putin compared the campaign to the Iraq invasion , saying it `` resembles medieval calls .\n"
            "China has been among the loudest in voicing opposition .\n"
            "`` We have noted the reports , and we express our concern , '' the Chinese Foreign Ministry "
            "spokeswoman Jiang Yu told a news conference in Beijing .")
    from kg.extract.anaphora import quotations

    doc = nlp(text)
    quoted = [doc[first : last + 1].text for first, last in quotations(doc)]
    assert quoted[0].startswith("resembles") and "We" not in quoted[0]
    assert quoted[1].startswith("We have noted") and quoted[1].endswith("concern ,")


def test_a_news_outlet_is_no_antecedent(nlp):
    # the outlet only carries the story: "they" is the residents (no name), not Reuters
    assert _added(nlp, "A resident told Reuters the city was quiet. They feared that the troops would return.") == []
    assert _added(nlp, "Boeing told Reuters on Monday that it would appeal.") == [("it", "pronoun", "Boeing")]


def test_a_subject_pronoun_is_no_name_inside_the_clause_it_reports(nlp):
    # binding principle C: "he" c-commands the reported clause, so it is not Khamees but the
    # speaker named before
    found = _added(nlp, "Mustafa Abdel Jalil spoke to reporters. Help might not arrive if Gaddafi's son "
                        "Khamees crushes advances on the approach roads, he said.")
    assert found == [("he", "pronoun", "Mustafa Abdel Jalil")]
    # refusals: a pronoun in a clause of its own still takes the name before it, and a clause the
    # parser hangs before a verb that reports nothing is no complement of it
    assert _added(nlp, "Obama said he would visit Libya.") == [("he", "pronoun", "Obama")]
    assert _added(nlp, "Her name was Ida Fuller; she received a check from the government for $22.54.") == [
        ("she", "pronoun", "Ida Fuller")]


def test_a_name_in_a_relative_clause_is_an_aside_a_later_pronoun_passes_over(nlp):
    found = _added(nlp, "The statement by Berlusconi, who has cultivated close ties with Libyan leader Muammar "
                        "Gaddafi, comes after he was criticised widely for not speaking up earlier.")
    assert ("he", "pronoun", "Berlusconi") in found
    # refusal: with no fitting name outside the aside, the aside's name is taken
    assert _added(nlp, "The ship, which Gaddafi had bought in 2008, sank after he sold it.")[:1] == [
        ("he", "pronoun", "Gaddafi")]


def test_a_pronoun_in_subject_position_prefers_a_subject_of_its_sentence(nlp):
    found = _added(nlp, "Since Egypt lost its main export market plus a very large revenue from Egyptian expat "
                        "remittance all coming from Iraq, its GNP fell drastically.")
    assert found == [("its", "pronoun", "Egypt"), ("its", "pronoun", "Egypt")]
    # refusals: an object pronoun still takes the nearest name, and a subject pronoun deep in an object
    # takes the name of its own clause before the subject of the whole sentence
    assert _added(nlp, "Obama met Cameron in London and praised him.") == [("him", "pronoun", "Cameron")]
    assert _added(nlp, "American negotiators have offered up a ceasefire plan that would leave Russia in "
                       "de facto control of almost all the Ukrainian territory it presently occupies.") == [
        ("it", "pronoun", "Russia")]


def test_a_subject_pronoun_of_a_clause_of_time_or_cause_takes_a_subject(nlp):
    found = _added(nlp, "Nicole Goodwin, 24, found herself shuttling her one-year-old daughter Shylah between "
                        "New York's homeless shelters last year after she returned from Iraq.")
    assert ("she", "pronoun", "Nicole Goodwin") in found


def test_a_subject_pronoun_is_no_one_named_in_its_clause_even_later(nlp):
    # the only person named before is the one "he" says something of: he is someone else
    found = _added(nlp, "Mubarak addressed the nation on Friday. Wisner said the talks went well. "
                        "He further said that he felt Mubarak would respond to the legitimate concerns.")
    assert not any(antecedent == "Mubarak" for _, _, antecedent in found)
    # refusal: a fitting person named before is taken
    found = _added(nlp, "Mubarak spoke on Friday. Obama met reporters. "
                        "He further said that he felt Mubarak would respond to the legitimate concerns.")
    assert found == [("He", "pronoun", "Obama"), ("he", "pronoun", "Obama")]


def test_a_possessive_in_a_reported_clause_does_not_look_forward_to_the_speaker(nlp):
    assert _added(nlp, "The IRGC and its thugs have repressed Iranians, Milani said.") == [("its", "pronoun", "IRGC")]
    # refusal: in an adjunct before the subject it does
    assert _added(nlp, "During his interview with Carlson, Putin said the war would go on.") == [
        ("his", "pronoun", "Putin")]


def test_the_subject_of_a_reported_clause_is_a_new_speaker_no_name_stands_for(nlp):
    assert _added(nlp, "Gaddafi's forces shelled Misrata. Rebels said they had reached the town.") == []
    assert _added(nlp, "Obama met Cameron. A spokesman said he would return.") == []
    # refusals: a fitting name in the speaker's phrase, and a definite description of someone named before
    assert _added(nlp, "Gaddafi's forces shelled Misrata. BP officials said they would pay.") == [
        ("they", "pronoun", "BP")]
    assert _added(nlp, "Obama met Cameron. The president said he would return.") == [("he", "pronoun", "Obama")]


@pytest.mark.parametrize("text", [
    "Sarah Palin spoke on Monday. A woman who says she was attacked by soldiers told CNN about it.",  # a relative "who"
    "Mona Eltahawy, an Egyptian columnist, wrote about the case. For a woman in such a society to come forward to "
    "claim she has been raped "
    "is no small thing.",  # the subject of the infinitives that report
])
def test_the_unnamed_reporter_of_a_relative_or_infinitive_clause_is_no_name_before(nlp, text):
    assert [pronoun for pronoun in _added(nlp, text) if pronoun[0] == "she"] == []


def test_a_description_in_subject_position_still_takes_the_nearest_name_of_its_kind(nlp):
    found = _added(nlp, "The U.S. Senate Foreign Relations Committee plans to ask BP officials to testify after "
                        "the company said it had lobbied the British government in 2007.")
    assert ("the company", "nominal", "BP") in found


def test_an_aside_is_a_relative_clause_set_off_by_a_comma(nlp):
    # a restrictive clause is part of what the sentence says: its name stays the nearest
    found = _added(nlp, "Diplomats drafted a plan that would leave Russia in control, and it would keep its troops there.")
    assert ("it", "pronoun", "Russia") in found


def test_a_description_of_a_product_refers_back_to_the_product(nlp):
    """"the device", "the plane": a product as MEANTIME links it ("The device was criticised")."""
    text = "Apple launched the iPhone 4 in June. The device was criticised by Consumer Reports."
    assert ("The device", "nominal", "iPhone 4") in _added(nlp, text)
    # refusal: no product named before, no antecedent
    assert _added(nlp, "Apple said in June that the device was popular.") == []


def test_it_standing_in_for_a_clause_after_a_passive_has_no_antecedent(nlp):
    text = "Apple plans to sell movies on iTunes. It is expected that films will retail for around $9.99."
    assert [a for a in _added(nlp, text) if a[0] == "It"] == []
    # refusal: "it" as the doer of a reporting verb stands for its name
    assert ("It", "pronoun", "Boeing") in _added(nlp, "Boeing won the contract. It said that the planes would fly in 2010.")


def test_it_before_a_verb_of_coming_to_light_stands_for_its_clause(nlp):
    example = load_json("entities/actors.json")["extraposing_verbs"]["example"]
    assert _added(nlp, example) == []
    assert _added(nlp, "BP stopped the leak. It emerged this month that BP's plan was so inadequate that it "
                       "listed a dead expert.") == [("it", "pronoun", "BP")]
    # refusal: without a clause after it, "it" is what came out
    assert ("it", "pronoun", "BP") in _added(nlp, "BP filed for protection. In 2012 it emerged from bankruptcy.")


def test_a_subject_pronoun_after_a_nation_s_government_is_the_nation(nlp):
    """Every nation's adjective makes its government a mention of it ("Haitian" was missing)."""
    assert ("it", "pronoun", "Haitian government") in _added(nlp, "Gonaives was flooded. The Haitian government says it has "
                                                     "collected 50,000 bodies.")


def test_a_pronoun_for_a_described_speaker_is_no_name_said_after_the_description(nlp):
    text = ("In Rumsfeld's case, the former Pentagon chief was admitting that there was no evidence linking "
            "Saddam Hussein to terrorists and that he really had no idea.")
    assert ("he", "pronoun", "Rumsfeld") in _added(nlp, text)
    # refusal: a named speaker is still the one
    assert ("he", "pronoun", "Tony Blair") in _added(nlp, "Tony Blair admitted that there was no evidence linking "
                                                         "Saddam Hussein to terrorists and that he had no idea.")


def test_a_pronoun_reported_by_a_pronoun_is_no_name_in_the_speaker_s_aside(nlp):
    text = ("The confirmation came as Iain and Dawn Askham , from the small town of Polmont , outside Falkirk , said "
            "they believed they caught the virus on the flight home from Mexico .")
    assert not any(antecedent == "Falkirk" for _, _, antecedent in _added(nlp, text))
    # refusal: a name in the speaker's own phrase still counts ("the government of Libya said it")
    assert ("it", "pronoun", "Libya") in _added(nlp, "The government of Libya said it believed it had won the war .")


def test_a_reported_subject_after_a_named_subject_of_its_own_clause_is_that_name(nlp):
    text = ("Some 300,000 Palestinians live in East Jerusalem , but ICAHD said that since Israel took control of "
            "largely Arab areas it had systematically prevented their development .")
    assert ("it", "pronoun", "Israel") in _added(nlp, text)
    # refusal: without a subject named in its own clause the speaker is the one
    assert ("it", "pronoun", "Boeing") in _added(nlp, "Boeing said that when the strike ended it would resume "
                                                      "deliveries .")


def test_a_plural_pronoun_after_an_unnamed_plural_subject_is_not_a_name_before(nlp):
    text = ("The ICC said the final was sold out. A group of seven friends was stuck in traffic after paying "
            "417,000 rupees for their tickets.")
    assert _added(nlp, text) == []
    # refusal: after a named subject the pronoun still finds its name
    assert ("their", "pronoun", "ICC") in _added(nlp, "The ICC said the final was sold out. The ICC board was "
                                                     "stuck in traffic after paying for their tickets.")


def test_he_after_a_sentence_whose_subject_is_a_person_described_is_not_a_name_in_its_aside(nlp):
    text = ("The former diplomat, who knew all the key members of Mr Bush's administration, provides the most "
            "detailed account yet. He says the war was flawed.")
    assert _added(nlp, text) == []
    # refusal: a named subject is still the antecedent
    assert ("He", "pronoun", "Christopher Meyer") in _added(nlp, text.replace("The former diplomat", "Christopher Meyer"))


def test_a_pronoun_of_the_other_sex_passes_over_a_person_a_title_marks(nlp):
    example = load_json("entities/actors.json")["gendered_words"]["example"]
    added = _added(nlp, example["text"])
    assert (example["pronoun"], "pronoun", example["antecedent"]) in added
    # the title also makes the woman the one "she" stands for, though the man is the subject before
    assert ("She", "pronoun", "Clinton") in _added(nlp, "Gaddafi met Mrs Clinton. She said he would fight.")
    # refusal: with no word telling either's sex the subject is still taken
    assert ("She", "pronoun", "Hillary Clinton") in _added(nlp, "Hillary Clinton met Gaddafi. She said talks would go on.")


def test_two_pronouns_of_different_sex_in_one_sentence_are_different_people(nlp):
    added = _added(nlp, "Hillary Clinton met Omar Suleiman in Cairo. She said he had agreed to talks.")
    assert ("She", "pronoun", "Hillary Clinton") in added
    assert ("he", "pronoun", "Omar Suleiman") in added


def test_he_in_a_quotation_is_not_its_speaker(nlp):
    text = ("Major Mark Todd told the hearing that he found a second handgun. `` I challenged him , ' Halt , drop "
            "your weapon , ' '' Todd said on Wednesday. `` He raised his weapon and fired . ''")
    added = _added(nlp, text)
    # the speaker says "I" (named in the sentence after the closing mark, where the parser ends it);
    # "him" and "He" are someone else, and the text names no one else to take
    assert ("I", "quoted", "Todd") in added
    assert not [pronoun for pronoun, _, antecedent in added if pronoun in ("him", "He", "his") and "Todd" in antecedent]
    # refusal: outside the quotation "he" is still the speaker
    assert ("he", "pronoun", "Mark Todd") in added


def test_he_in_a_quotation_a_pronoun_speaks_is_not_what_the_pronoun_stands_for(nlp):
    # the speaker says "I"; "he" is someone else, also where the speaking pronoun comes after the quotation
    text = ("Mary Smith , 34 , was attacked by a policeman on Friday . `` He hit me in the face , '' she said .")
    added = _added(nlp, text)
    assert ("me", "quoted", "Mary Smith") in added
    assert not [a for a in added if a[0] == "He"]
    text = "Tom Jones was arrested on Friday . He said : `` He told me to stop . ''"
    assert _added(nlp, text) == [("He", "pronoun", "Tom Jones"), ("me", "quoted", "Tom Jones")]
    # refusal: a "he" outside the quotation is still the one named before
    text = "Tom Jones was arrested on Friday . He hit a policeman , she said ."
    assert ("He", "pronoun", "Tom Jones") in _added(nlp, text)


def test_he_said_is_no_name_inside_what_the_sentence_before_reports(nlp):
    text = "Residents said Gaddafi's troops had shelled the town on Sunday. He said rebel forces had pushed west."
    assert _added(nlp, text) == []
    # refusal: the named speaker of the sentence before is the one
    text = "Rebel fighter Ali Hamid said Gaddafi's troops had shelled the town. He said rebel forces had pushed west."
    assert ("He", "pronoun", "Ali Hamid") in _added(nlp, text)


def test_a_first_name_of_one_sex_passes_the_person_over_for_a_pronoun_of_the_other(nlp):
    text = "Singapore Foreign Minister George Yeo met the Thai delegation on Monday. The talks went well, she told reporters."
    assert _added(nlp, text) == []  # no word beside the name, but "George" is a man's name
    # the name only checks agreement: a fitting woman named before is taken, a man for "he"
    text = "Foreign Minister George Yeo met Hillary Clinton on Monday. The talks went well, she told reporters."
    assert ("she", "pronoun", "Hillary Clinton") in _added(nlp, text)
    text = "Foreign Minister George Yeo met Thai officials on Monday. The talks went well, he told reporters."
    assert ("he", "pronoun", "George Yeo") in _added(nlp, text)
    # refusal: a first name the list gives to both sexes ("Kim") tells nothing
    text = "Kim Howells met Thai officials on Monday. The talks went well, he told reporters."
    assert ("he", "pronoun", "Kim Howells") in _added(nlp, text)


def test_a_speaker_brought_in_unnamed_is_the_he_or_she_of_the_next_sentence(nlp):
    text = ("Alex Salmond and Nicola Sturgeon sent the family their condolences. A family friend said the death "
            "was a tragedy. `` I think they are taking it really badly , '' she said .")
    assert not [a for a in _added(nlp, text) if a[0] == "she"]  # the friend, whom no name stands for
    # refusal: a described speaker with "the" is someone named before; one of the other sex is not "he"
    text = "Alan Johnson spoke in the Commons. The health secretary said the plan was sound. He said it would work."
    assert ("He", "pronoun", "Alan Johnson") in _added(nlp, text)
    text = "Alan Johnson spoke in the Commons. A Labour spokeswoman said the plan was sound. He said it would work."
    assert ("He", "pronoun", "Alan Johnson") in _added(nlp, text)
    # nor does it for a "she" that does not speak ("she spoke of" reports nothing)
    text = ("Susan Rice raised the matter at the meeting . The allegation was denied , a diplomat said . "
            "`` She spoke of soldiers targeting children . ''")
    assert ("She", "pronoun", "Susan Rice") in _added(nlp, text)


def test_i_in_a_quotation_a_pronoun_speaks_is_what_the_pronoun_stands_for(nlp):
    text = ("Alan Johnson , the health secretary , spoke in the Commons . `` I remain optimistic that our strategy "
            "has worked , '' he said .")
    assert ("I", "quoted", "Alan Johnson") in _added(nlp, text)
    # refusal: a speaker pronoun left unresolved leaves its quotation's "I" alone too
    assert _added(nlp, "`` I remain optimistic , '' he said .") == []


def test_the_pronoun_that_speaks_a_quotation_is_no_one_named_in_it(nlp):
    text = ("Pew Research 's Fox said those following the story are turning to the Web . `` Blogs , Twitter and other "
            "social technologies are helping to turn up the volume , but mostly people still get most of their news "
            "from mainstream sources , '' she said .")
    assert not [a for a in _added(nlp, text) if a[0] == "she"]  # not Twitter, which the parser makes the clause's
    # refusal: the speaker named before is still taken
    text = ("Margaret Chan said the virus was spreading fast . `` Blogs , Twitter and other social technologies are "
            "helping to turn up the volume , '' she said .")
    assert ("she", "pronoun", "Margaret Chan") in _added(nlp, text)
    # only the quotation's part in the pronoun's sentence: one opened sentences before (its closing mark
    # lost, or its opening one) does not hide the speaker named in between
    text = ("For NATO 's detractors , `` it is hard to see how the strikes protected people . Liam Fox was sure where "
            "the blame for the suffering lay . There would not be any NATO strikes if Gaddafi had not threatened "
            "Benghazi , '' he told me .")
    assert ("he", "pronoun", "Liam Fox") in _added(nlp, text)


def test_a_full_name_of_one_sex_is_not_taken_for_a_namesake_of_the_other(nlp):
    text = ("Barack Obama met Gordon Brown in London . Michelle Obama gave the Brown children two toy models . "
            "Later that day , he gave the Queen an iPod .")
    assert ("he", "pronoun", "Michelle Obama") not in _added(nlp, text)


def test_a_person_described_as_the_subject_before_the_pronoun_is_who_it_stands_for(nlp):
    text = ("Sarah Brown picked out books for the girls . When the president made a trip to the UK , "
            "he gave the Queen an iPod .")
    assert not [a for a in _added(nlp, text) if a[0] == "he"]  # the president, whom no name stands for
    # refusal: a subject that describes no person leaves the name before
    text = "Barack Obama met Gordon Brown in London . When the talks ended , he gave the Queen an iPod ."
    assert ("he", "pronoun", "Barack Obama") in _added(nlp, text)
    # nor does a described person outside such a clause: in what is said, or in a phrase on another noun
    text = ("`` It is a country that represents the heart of the Arab world , '' Gibbs said . `` The scope of the "
            "speech , the desire for the president to speak , is bigger than where it is given , '' he said .")
    assert ("he", "pronoun", "Gibbs") in _added(nlp, text)
    text = ("Kathleen Sebelius was sworn in . The ceremony was conducted by the clerk with the president holding "
            "the Bible on which she took the oath .")
    assert ("she", "pronoun", "Kathleen Sebelius") in _added(nlp, text)


def test_we_in_a_quotation_a_person_speaks_as_he_is_not_a_place_in_his_description(nlp):
    text = ("Kevin Ireland , a businessman from New Delhi , wrote a daily blog . After being released from the "
            "hotel , he said : `` We were treated very well . I was happy . ''")
    added = _added(nlp, text)
    assert ("I", "quoted", "Kevin Ireland") in added and not [a for a in added if a[0] == "We"]


def test_a_sentence_naming_only_the_other_sex_still_offers_what_its_subject_pronoun_stands_for(nlp):
    text = ("Gaddafi's wife, Oum Abdurahman, leaned from a window. `` Many people want to leave and Muammar "
            "Gaddafi's forces are preventing people from leaving , '' she said . `` They fire in the air to "
            "terrorise people . Today we managed to leave , '' she said .")
    assert [a for a in _added(nlp, text) if a[0] == "she"] == [("she", "pronoun", "Oum Abdurahman")] * 2


def test_an_english_speaking_country_that_gives_a_first_name_to_the_other_sex_makes_it_tell_nothing(nlp):
    text = ("Although Manny Pacquiao is widely regarded as the best fighter in the world , he has never "
            "fought at light-welterweight .")
    assert ("he", "pronoun", "Manny Pacquiao") in _added(nlp, text)  # "Manny": a woman's name over all countries


def test_a_plural_pronoun_can_stand_for_a_country_written_as_its_people(nlp):
    text = "Labor won the vote. The Palestinians had already had elections to elect their parliament."
    assert ("their", "pronoun", "Palestinians") in _added(nlp, text)
    assert ("their", "pronoun", "Ukrainian forces") in _added(nlp, "Russia said Ukrainian forces had left their positions.")
    # refusal: a country named in the singular is no "they"
    assert [a for a in _added(nlp, "Labor met Russia. Russia said their plan failed.") if a[0] == "their"] != [
        ("their", "pronoun", "Russia")]


def test_a_plural_pronoun_after_an_unnamed_plural_of_its_sentence_is_not_a_name_before_it(nlp):
    text = ("Perhaps NATO is waiting for Gaddafi to put his tanks and artillery on exposed terrain during their long "
            "march to Benghazi.")
    assert not [a for a in _added(nlp, text) if a[0] == "their"]
    # refusal: with no such plural between, the name is the antecedent
    assert ("their", "pronoun", "NATO") in _added(nlp, "Perhaps NATO is waiting for Gaddafi during their long march.")


def test_it_is_no_place_that_only_says_where_a_noun_is(nlp):
    text = ("At a news conference in Cairo, Qatari ruler Sheikh Hamad read out a statement agreed by the ministers. "
            "It called on President Assad to delegate power.")
    assert not [a for a in _added(nlp, text) if a[0] == "It"]
    # refusal: a place where something happened can be "it"
    assert ("Its", "pronoun", "Misrata") in _added(nlp, "Fighting raged in Misrata. Its residents fled.")


def test_it_in_a_clause_on_a_thing_s_clause_is_that_thing(nlp):
    text = "On the ground in Iraq, a roadside bomb killed three National Guards when it was detonated in Baqouba."
    assert not [a for a in _added(nlp, text) if a[0] == "it"]
    # refusal: a name's clause, or a noun that stands for a name, leaves "it" to the name
    assert ("it", "pronoun", "BP") in _added(nlp, "BP said the company would pay when it receives claims.")
    assert ("it", "pronoun", "Apple") in _added(nlp, "Apple said it would sell the phone.")


def test_it_in_a_clause_of_result_on_a_thing_is_that_thing(nlp):
    text = ("The WHO raised its alert in Britain. "
            "But the virus is proving so mild that it has got health officials wondering about the policy.")
    assert not [a for a in _added(nlp, text) if a[0] == "it"]
    # refusal: with a name as the subject "it" is the name
    assert ("it", "pronoun", "Apple") in _added(nlp, "Apple was so confident that it raised its forecast.")


def test_the_same_subject_pronoun_of_a_clause_before_stands_for_the_same(nlp):
    text = ("The Syrian National Council has failed to unify with other factions. While it has generally "
            "supported the Free Syrian Army, it came under a blistering attack from the FSA commander.")
    assert [a for a in _added(nlp, text) if a[0] == "it"] == [("it", "pronoun", "Syrian National Council")] * 2
    # refusal: another pronoun of the clause before leaves the search as it was
    assert ("he", "pronoun", "Putin") in _added(nlp, "Putin met Obama. Although they disagreed, he praised Obama.")


def test_a_name_a_speaker_turns_to_is_not_the_one_spoken_of(nlp):
    text = "MAKSOUD : Too much red tape . HARLOW : So , Suzanne , clearly , he says it all comes down to skills ."
    assert not [a for a in _added(nlp, text) if a[0] == "he"]
    # refusal: a name in apposition set off by commas is spoken of
    assert ("he", "pronoun", "Hamad") in _added(nlp, "Sheikh Hamad , the prime minister , said he would resign .")
    assert ("she", "pronoun", "Poppy Harlow") in _added(nlp, "Our CNN Money 's Poppy Harlow , she joins us from New York .")


def test_they_after_a_sentence_with_an_unnamed_plural_subject_is_not_a_name_in_it(nlp):
    text = ("Reporters were taken by Libyan government officials to a residential area. "
            "Later, in a hospital, they were shown the bodies of two children.")
    assert not [a for a in _added(nlp, text) if a[0] == "they"]
    # refusal: a named plural subject stays the antecedent
    text = "Libyan government officials took reporters to a residential area. Later, they showed the bodies."
    assert ("they", "pronoun", "Libyan government officials") in _added(nlp, text)


def _resolved(nlp, text: str, pronoun: str) -> list[tuple[str, str, str]]:
    """What :func:`_added` finds for one pronoun of ``text``."""
    return [a for a in _added(nlp, text) if a[0] == pronoun]


def test_they_after_names_joined_as_a_subject_is_no_name_before_them(nlp):
    text = "The UN Security Council met on Friday. Russia and China vetoed the draft, saying they were not consulted."
    assert not _resolved(nlp, text, "they")
    text = ("The Syrians quoted Davutoglu as saying Syria would be an example. "
            "Saudi Arabia, Bahrain and Kuwait have recalled their ambassadors.")
    assert not _resolved(nlp, text, "their")
    text = "The UN Security Council met on Friday. Russia and China vetoed the draft. They said it was unbalanced."
    assert not _resolved(nlp, text, "They")
    # refusal: a name that says whose a plural subject is still stands for it
    assert ("They", "pronoun", "UN") in _added(nlp, "UN monitors visited the town on Saturday. They found the bodies.")


def test_a_plural_pronoun_after_a_plural_of_its_own_sentence_is_no_name_before_it(nlp):
    text = ("The Gulf Cooperation Council condemned the attack. "
            "The US closed its embassy, and several European countries recalled their ambassadors.")
    assert not _resolved(nlp, text, "their")
    # refusal: with no such plural before it the pronoun finds the name
    text = "The Gulf Cooperation Council condemned the attack. On Monday, they recalled their ambassadors."
    assert ("their", "pronoun", "Gulf Cooperation Council") in _added(nlp, text)


def test_a_name_deep_inside_a_plural_subject_is_not_what_they_stand_for(nlp):
    text = ("The wives of the German and British ambassadors to the UN posted a video on Friday. "
            "They asked Mrs Assad to help end the violence.")
    assert not _resolved(nlp, text, "They")
    text = "The activists who run the Shuhada website say their figures are higher."
    assert not _resolved(nlp, text, "their")
    # refusal: members of a body, or its staff, are that body
    assert ("they", "pronoun", "Free Syrian Army") in _added(
        nlp, "Members of the Free Syrian Army said they had taken the town.")
    assert ("they", "pronoun", "ICRC") in _added(nlp, "Staff from the ICRC said they had reached the village.")


def test_it_set_before_an_adjective_and_its_clause_is_no_actor(nlp):
    example = load_json("entities/actors.json")["object_extraposing_verbs"]["example"]
    assert not _resolved(nlp, example, "it")
    assert not _resolved(nlp, "Russia has made it clear that its position has not changed.", "it")
    # refusal: without a clause after the adjective "it" may be a name
    assert ("it", "pronoun", "GM") in _added(nlp, "GM said its new models made it stronger.")


def test_it_of_a_body_described_as_speaker_is_no_name_before(nlp):
    text = ("The Syrian National Council met in Istanbul. "
            "The main armed rebel group said it would respond to any government attacks.")
    assert not _resolved(nlp, text, "it")
    # refusal: a description that stands for a name, and a person described, still take it
    assert ("it", "pronoun", "Boeing") in _added(nlp, "Boeing reported higher profits. The company said it would "
                                                      "hire 500 workers.")
    assert ("he", "pronoun", "Obama") in _added(nlp, "Obama met Cameron. The president said he was pleased.")
    assert ("the country", "nominal", "Mexico") in _added(
        nlp, "Mexico reported new cases on Sunday. The government says the country has suffered 150 deaths.")


def test_it_after_a_sentence_about_an_unnamed_thing_is_that_thing(nlp):
    assert _added(nlp, "A video was posted on YouTube. It shows a man in military fatigues.") == []
    text = ("The freezing of the Arab League's mission will throw the spotlight on the UN Security Council. "
            "It signals that regional efforts have failed.")
    assert not _resolved(nlp, text, "It")
    # refusal: after a named subject, a thing a name in apposition says, or a name the thing's verb takes,
    # "it" is the name
    assert ("it", "pronoun", "WHO") in _added(nlp, "The spread of the disease has led the WHO to declare a pandemic "
                                                   "is imminent. On April 29 it raised its pandemic alert.")
    assert ("It", "pronoun", "Amnesty International") in _added(
        nlp, "The rights watchdog, Amnesty International, condemned the killings on Monday. It named the victims.")
    assert ("It", "pronoun", "Action Group") in _added(
        nlp, "The Action Group urged all parties to stop the violence. It also called for a transitional government.")


def test_the_country_is_no_city(nlp):
    example = load_json("entities/actors.json")["country_nouns"]["example"]
    assert not _resolved(nlp, example, "The country")
    text = ("Mr Juppe spoke at a conference on Syria in Paris and said sanctions on the country were having an "
            "effect.")
    assert ("the country", "nominal", "Syria") in _added(nlp, text)
    # refusal: a name that stands for a country is one
    assert ("the country", "nominal", "Washington") in _added(nlp, "Washington said the country would help.")
    assert ("The country", "nominal", "Egyptian officials") in _added(
        nlp, "Egyptian officials met in Cairo. The country will hold elections.")


def test_the_office_a_text_gave_one_person_is_that_person(nlp):
    text = "Prime Minister Nouri al-Maliki visited Basra on Monday. The prime minister said the army would stay."
    assert ("The prime minister", "nominal", "Nouri al-Maliki") in _added(nlp, text)
    text = ("BP chief executive Tony Hayward flew to Houston. Later the company's chief executive told reporters "
            "he was sorry.")
    assert ("the company's chief executive", "nominal", "Tony Hayward") in _added(nlp, text)
    # refusals: two holders of the office, one who held it before, and a description that says more
    assert not _resolved(nlp, "President Barack Obama met President Bashar al-Assad. The president said it went well.",
                         "The president")
    assert not _resolved(nlp, "Former President Bill Clinton spoke. The president said it went well.", "The president")
    assert not _resolved(nlp, "Foreign Minister Sergei Lavrov arrived. The new foreign minister said so.",
                         "The new foreign minister")
    text = ("Prime Minister David Cameron arrived on Monday. In 2007 BP struck a deal that the prime minister, "
            "Tony Blair, helped coordinate.")
    assert not _resolved(nlp, text, "the prime minister")


def test_they_is_no_name_that_only_says_whose_one_event_is(nlp):
    assert not _resolved(nlp, "Fishermen said the BP oil spill had ruined them.", "them")
    # "there are" brings in what "they" stands for
    text = "Mariner Energy said there were seven wells on its platform, but they were shut down."
    assert not _resolved(nlp, text, "they")
    # refusal: the people a name says whose are its people, and so is a body
    assert ("They", "pronoun", "BP") in _added(nlp, "Charlie Crist asked BP executives for money. They refused.")
    assert ("they", "pronoun", "Wafd") in _added(nlp, "It was the Wafd group, one of the biggest opposition groups. "
                                                      "And they met yesterday with Omar Suleiman.")


PROFILE = ("John Smith, the novelist, died on Monday at 85. Born in Leeds, he studied at Oxford under the historian "
           "Tom Jones. His first novel appeared in 1960 and was praised by the critic Peter Walsh. Smith was then 30. "
           "The book sold well. Critics loved it. He later moved to London. His brother Mark Smith said the family "
           "was grateful. The funeral will be on Friday. The church was full. He had written ten books.")


def test_a_far_he_in_a_profile_is_the_person_it_is_about(nlp):
    # no person named in the two sentences before: the one the text names most, not someone else of its surname
    assert [a for a in _added(nlp, PROFILE) if a[0] == "He"] == [("He", "pronoun", "Smith"), ("He", "pronoun", "Smith")]


def test_a_far_he_takes_no_one_where_the_text_names_no_one_most(nlp):
    text = ("Tom Jones met Peter Walsh in Leeds. Jones praised Walsh. Walsh thanked Jones. The book sold well. "
            "Critics loved it. The funeral was on Friday. He had written ten books.")
    assert [a for a in _added(nlp, text) if a[0] == "He"] == []


def test_a_far_he_goes_on_from_the_subject_he_of_the_sentences_before(nlp):
    text = ("Barack Obama flew to Louisiana. Obama met fishermen there. Obama praised the crews. "
            "Interior Secretary Ken Salazar gave a dire warning. He said the relief well could take three months. "
            "`` It could be worse than the Exxon Valdez . We are not sugarcoating this thing , '' he said .")
    assert [a for a in _added(nlp, text) if a[0].lower() == "he"] == [("He", "pronoun", "Ken Salazar"),
                                                                       ("he", "pronoun", "Ken Salazar")]
    # refusal: past a speaker no person's name covers, a far "he" is no one named before
    text = ("Barack Obama flew to Louisiana. Obama met fishermen there. Obama praised the crews. "
            "In a letter to the firm, the admiral said the flow was larger. The letter was dated 11 June. "
            "`` BP must act now , '' he said .")
    assert [a for a in _added(nlp, text) if a[0].lower() == "he"] == []


def test_a_far_he_is_no_protagonist_past_a_name_the_tagger_gives_no_actor(nlp):
    # "Cole" (tagged a product) is the one the author's note is about, not the person named most
    text = ("Muammar Gaddafi ruled Libya for 42 years. Gaddafi took power in a coup in 1969. Gaddafi was killed in "
            "Sirte on Thursday. The country's oil output fell sharply during the war. Exports stopped for months. "
            "Cole is a professor of history at the University of Michigan. He also recently wrote a history of "
            "Napoleon's invasion of Egypt.")
    assert [a for a in _added(nlp, text) if a[0] == "He"] == []
    # refusal: where every proper-noun subject is a person the tagger names, the profile keeps its protagonist
    assert [a for a in _added(nlp, PROFILE) if a[0] == "He"] == [("He", "pronoun", "Smith"), ("He", "pronoun", "Smith")]


def test_it_reported_by_a_body_the_tagger_calls_a_person_is_that_body(nlp):
    text = ("The six-person panel had access to only a few workers from other companies , and samples of the cement "
            "were not released to BP . Transocean blasted the report as a self-serving attempt to conceal what it "
            "called the real cause of the explosion . Halliburton said it found a number of omissions and "
            "inaccuracies in the report .")
    assert ("it", "pronoun", "BP") not in [a for a in _added(nlp, text)][-1:]
    assert _added(nlp, text)[-1] == ("it", "pronoun", "Halliburton")
    # refusal: a person the text names in full is no "it"
    text = "Barack Obama met BP executives in Washington . Obama said it must pay for the damage ."
    assert ("it", "pronoun", "Obama") not in _added(nlp, text)


def test_it_after_a_named_storm_is_the_storm_not_a_place_before(nlp):
    text = ("Texas braced for the storm . Hurricane Alex was a category 2 storm packing winds of 105mph when it hit "
            "northern Mexico .")
    assert [a for a in _added(nlp, text) if a[0] == "it"] == [("it", "pronoun", "Hurricane Alex")]
    doc = nlp(text)
    hit = next(e for e in doc._.kg_events if e.trigger == "hit")
    assert [(doc._.kg_mentions[p.mention].text, p.role) for p in hit.participants] == [("Mexico", "recipient")]


def test_a_far_he_inside_a_quotation_is_not_the_protagonist(nlp):
    text = ("Jean-Marc Flambert has taken a stoic approach to news of deaths in his family . Flambert is calm . "
            "Flambert is sad . He said : `` My uncle was lying in bed with his wife when the ceiling fell . "
            "The house was old . The roof was weak . He died immediately . ''")
    assert [a for a in _added(nlp, text) if a[0] == "He"] == [("He", "pronoun", "Flambert")]  # the one who said


def test_a_given_name_alone_keeps_the_sex_its_full_name_is_known_by(nlp):
    text = ("A six-year-old boy, Nazer Erne, was pulled out first. But he smiled to the paramedics from his stretcher. "
            "Soon after Nazer, the team from South Florida pulled out a 14-year-old girl, named Frangina. "
            "As she was carried away by medics, she cried out that a third child had died.")
    assert not any(pronoun == "she" for pronoun, _, _ in _added(nlp, text))
    # refusal: the given name of a person of the pronoun's sex still fits it
    text = ("A six-year-old girl, Maria Erne, was pulled out first. But she smiled to the paramedics. Soon after "
            "Maria, the team pulled out a 14-year-old boy. As she was carried away by medics, she cried out that a "
            "third child had died.")
    assert ("she", "pronoun", "Maria") in _added(nlp, text)


def test_a_name_written_as_a_family_is_no_he_or_she(nlp):
    text = "The Berlusconis divorced on Monday. She said it was over."
    assert not any(pronoun == "She" for pronoun, _, _ in _added(nlp, text))
    # refusal: one person of the family still is
    assert ("She", "pronoun", "Veronica Berlusconi") in _added(
        nlp, "Veronica Berlusconi divorced on Monday. She said it was over.")


def test_the_council_or_the_committee_is_the_body_named_before_with_that_word(nlp):
    example = load_json("entities/actors.json")["body_nouns"]["example"]
    assert ("The committee", "nominal", "House Energy and Commerce Committee") in _added(nlp, example)
    text = "The UN Security Council met on Friday . The council voted to impose a no-fly zone over Libya ."
    assert ("The council", "nominal", "UN Security Council") in _added(nlp, text)
    # refusal: no organisation whose name has the word is "the council"
    assert not [a for a in _added(nlp, "Obama met BP executives on Friday . The council voted to fine the company .")
                if a[0] == "The council"]


def test_it_is_no_name_that_only_says_which_things_a_noun_names(nlp):
    grad = ("His panel found evidence of war crimes by Gaddafi forces. Aircraft, tanks, artillery, Grad rockets and "
            "snipers were used. It also found some evidence of crimes by opposition forces.")
    assert not [a for a in _added(nlp, grad) if a[0] == "It"]  # the panel, not the rockets' Grad
    assert not [a for a in _added(nlp, "The BP rig sank in April. It had been drilling for months.") if a[0] == "It"]
    # refusals: a name a singular noun's phrase may stand for, and the owner a verb of saying's "it" is
    assert ("It", "pronoun", "Nasdaq") in _added(nlp, "The Nasdaq exchange opened late on Monday. It had suffered a power cut.")
    assert ("It", "pronoun", "BP") in _added(nlp, "BP shares fell on Monday. It said the spill would cost billions.")


def test_a_subject_he_goes_on_from_the_he_who_spoke_in_the_sentence_before(nlp):
    """A sentence that names no one, whose "he said" went to a speaker, hands that speaker to the
    subject "he" of the next: not the subject of the sentence before it."""
    text = ("Whether Moammar Gadhafi stays or goes, the country is likely to be in for a rough time, two Libya "
            "experts told CNN Monday. \"Whichever way this goes, I think there's going to be chaos,\" said Diederik "
            "Vandewalle, associate professor of government at Dartmouth College. During his 42 years in power, "
            "Gadhafi has limited the formation of political institutions, Vandewalle said. \"All civil society "
            "organizations have been eviscerated by the regime,\" he said. In a telephone interview Monday night, "
            "he predicted more bloodshed if Gadhafi steps aside.")
    assert _added(nlp, text)[-2:] == [("he", "pronoun", "Vandewalle"), ("he", "pronoun", "Vandewalle")]


def test_a_she_is_no_one_the_text_has_called_he_three_times_in_any_spelling(nlp):
    """Three "he"s (and no "she") tell a man for a "she" further on, and a
    transliteration of the surname is the same person ("Gadhafi", "Kadhafi")."""
    text = ("The international community launched new efforts Monday to pressure Gadhafi to halt the violence. "
            "\"He has lost his legitimacy when he declared war on his people,\" Secretary-General Ban said about the "
            "embattled Libyan leader, urging him to heed the call of his people. U.S. Secretary of State Hillary "
            "Clinton said at a meeting in Geneva that the United States is exploring \"all possible options.\" "
            "\"Colonel Kadhafi and those around him must be held accountable for these acts. Through their actions, "
            "they have lost the legitimacy to govern. And the people of Libya have made themselves clear: It is "
            "time for Gadhafi to go, now, without further violence or delay,\" she said.")
    assert not [a for a in _added(nlp, text) if a[0] == "she" and a[2] != "Hillary Clinton"]


def test_a_description_with_a_name_before_its_noun_is_the_body_named_before(nlp):
    """"The United Nations agency" after the WHO is the WHO (a body the name only says whose it is),
    as "the agency" would be; "the U.S. company" after Boeing is Boeing."""
    text = ("The World Health Organization raised its alert level on Monday. The United Nations agency said the "
            "virus had spread to 20 countries.")
    assert ("agency", "nominal", "World Health Organization") in _added(nlp, text)
    text = "Boeing delayed the plane again on Friday. The U.S. company said it would pay airlines."
    assert ("company", "nominal", "Boeing") in _added(nlp, text)
    # refusals: no body before it, or one the sentence before is not about — the name stays the doer
    assert _added(nlp, "The United Nations agency said the virus had spread to 20 countries.") == []
    text = "Obama met BP executives on Friday. The United Nations agency said the spill was grave."
    assert not [a for a in _added(nlp, text) if a[0] == "agency"]


def test_the_first_part_of_a_hyphened_surname_is_no_given_name(nlp):
    """"Al-Obeidy" is no man called Al: the first part of a hyphened surname tells no sex."""
    text = "Al-Obeidy burst into the Rixos Hotel in Tripoli on March 26. She told reporters she had been beaten."
    assert ("she", "pronoun", "Al-Obeidy") in _added(nlp, text)
