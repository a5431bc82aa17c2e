"""Broad domain types of events the political lexicon leaves generic, and sense checks that refuse a
wrong label: production stalled, products made available, abstentions, posts taken, deaths at home,
verbs of stating with a clause, deeds done to do something; notes struck, cemeteries approved,
participles before their noun, reports in the passive; market moves told by small changes or their
cause, posts installed, hits to an industry, bills paid, criminal charges, ratings cut, livestock culled; pipes
cut, things replaced, names that say what kind of body did it."""
from __future__ import annotations

import pytest


def _typed(nlp, text, lemma):
    return [e.type for e in nlp(text)._.kg_events if e.lemma == lemma]


def _all(nlp, text):
    return [(e.trigger, e.lemma, e.type) for e in nlp(text)._.kg_events]


@pytest.mark.parametrize(("text", "lemma", "right"), [
    # what is produced, shipped or supplied is the economy, whatever stalls or disrupts it
    ("Oil production stalled in March after the fighting.", "stall", "ECONOMY"),
    ("International sanctions disrupted supplies of fuel to the region.", "disrupt", "ECONOMY"),
    # a product made available or released is business
    ("The game was made available to partners in June.", "make", "ECONOMY"),
    ("Sony made the game available to partners in June.", "make", "ECONOMY"),
    ("Apple released the iPhone in the United States in June 2007.", "release", "ECONOMY"),
    # an abstention, and a constitution drawn up, are politics
    ("China and Russia abstained on Thursday.", "abstain", "POLITICS"),
    ("The council drew up a road map to a constitution and elections.", "draw", "POLITICS"),
    ("The city council approved a new cemetery in March.", "approve", "POLITICS"),
    # a post taken is personnel
    ("Tony Hayward became chief executive of BP in 2007.", "become", "PERSONNEL"),
    ("Alan Joyce took the helm of Qantas Airways in 2008.", "take", "PERSONNEL"),
    ("Tony Hayward's return to his old job surprised analysts.", "return", "PERSONNEL"),
    # a named person's death at home, in hospital or in sleep tells no battle
    ("Tony Blair died at his home on Friday.", "die", "HEALTH"),
    ("Tony Blair died in his sleep.", "die", "HEALTH"),
    ("The singer was pronounced dead at the hospital.", "pronounce", "HEALTH"),
    ("Three pupils tested positive for the virus.", "test", "HEALTH"),
    ("The FDA approved the vaccine in September.", "approve", "HEALTH"),
    # an adjective of a domain word, what the object guards against, what a deed was done to do
    ("The WHO raised its pandemic alert to five on Wednesday.", "raise", "HEALTH"),
    ("Japanese schools took precautions against the virus.", "take", "HEALTH"),
    ("Mexican authorities took drastic measures to contain a new strain of the swine flu virus.", "take", "HEALTH"),
    ("Haiti suffered a number of recent disasters.", "suffer", "DISASTER"),
    # fines, leases, spending
    ("BP was fined $50m by the Department of Justice.", "fine", "LAW"),
    ("BP leased the rig from Transocean in 2008.", "lease", "ECONOMY"),
    ("BP spent more than $940m on the clean-up.", "spend", "ECONOMY"),
    # accidents: rigs blown up, ships colliding, buildings collapsing
    ("The Deepwater Horizon drilling rig blew up on 20 April.", "blow", "DISASTER"),
    ("The tanker collided with another ship off the coast of Trinidad.", "collide", "DISASTER"),
    ("The UN headquarters collapsed on Tuesday.", "collapse", "DISASTER"),
    # verbs of stating with a clause, and quotations
    ("Doug Suttles emphasised that there was no reason for celebration.", "emphasise", "STATEMENT"),
    ("BP maintained that the substance had come from outside the refinery.", "maintain", "STATEMENT"),
    ("Thad Allen cautioned that it was too early to declare success.", "caution", "STATEMENT"),
    ("White House officials were quoted by news agencies as saying that the commission would be set up.", "quote",
     "STATEMENT"),
    # an estimate stuck by is a statement
    ("BP stuck by its first estimate of the leak.", "stick", "STATEMENT"),
    ("Ed Markey released an internal BP document on Sunday.", "release", "STATEMENT"),
    # a report in the passive is the deed it reports
    ("Ahmed Shah Massoud was reported killed in the attack.", "report", "ASSAULT"),
    # money raised, secured or closed for a fund, a round or financing is business
    ("The private equity firm raised $2 billion for its new fund.", "raise", "ECONOMY"),
    ("The startup secured $40 million in new financing.", "secure", "ECONOMY"),
    ("The startup closed a $20 million funding round in May.", "close", "ECONOMY"),
    ("The company set up a $20 billion compensation fund.", "set", "ECONOMY"),
    ("The council hired a consulting firm to review the plan.", "hire", "ECONOMY"),
    # a market hit, hammered or lifted moved; the doer only caused it
    ("The debt crisis hammered Spain's stock market on Monday.", "hammer", "MARKETS"),
    ("Strong earnings lifted shares of Apple.", "lift", "MARKETS"),
    ("The oil spill hit BP shares hard on Tuesday.", "hit", "MARKETS"),
    ("The stock market crash wiped out savings.", "crash", "MARKETS"),
    # oil reaching a shore is the spill
    ("Oil from the leak hit the beaches of Alabama on Friday.", "hit", "DISASTER"),
    # a cause of death the parser hung on the place of death
    ("A prisoner died in army custody of his wounds two days later.", "die", "HEALTH"),
    ("The girl died in hospital after catching the virus.", "die", "HEALTH"),
    ("Millions of Americans were inoculated in 1976.", "inoculate", "HEALTH"),
    # verbs of saying
    ("Paulson scoffed at the idea of a recession.", "scoff", "STATEMENT"),
    ("The chief executive apologized for his remarks on Monday.", "apologize", "STATEMENT"),
    ("BP defended its lower estimate of the flow.", "defend", "STATEMENT"),
    ("The senator echoed the governor's sentiments.", "echo", "STATEMENT"),
    ("A spokesman for the company's shares declined immediate comment.", "decline", "STATEMENT"),
    ("The government issued a moratorium on deepwater drilling.", "issue", "LAW"),
    # a currency, price or index that barely moved, or that a cause sent to a level, moved in a market
    ("The euro was little changed at $1.3992.", "change", "MARKETS"),
    ("The euro edged up 0.2 percent to $1.40.", "edge", "MARKETS"),
    ("The dollar slipped to 90 yen.", "slip", "MARKETS"),
    ("The euro held steady at $1.39 on Monday.", "hold", "MARKETS"),
    ("The yen steadied at 90 per dollar.", "steady", "MARKETS"),
    ("Loose monetary policy sent the dollar to a 3-year low.", "send", "MARKETS"),
    ("The war drove oil prices to a record high.", "drive", "MARKETS"),
    ("BP's poor performance dragged the FTSE 100 down a further 2.1%.", "drag", "MARKETS"),
    ("Mexico's peso was hammered by flu fears.", "hammer", "MARKETS"),
    ("BP's shares took a big jump as a result of the report.", "take", "MARKETS"),
    # a team or a chief installed takes a post; a hit taken by an industry, a bill footed, is the economy
    ("A new management team was installed by Snyder.", "instal", "PERSONNEL"),
    ("Mexico took a big hit to tourism.", "take", "ECONOMY"),
    ("Us Americans, who footed the whole bill, were angry.", "foot", "ECONOMY"),
    ("BP took a $32 billion charge in the quarter.", "take", "ECONOMY"),
    # criminal charges filed or dropped are the law, the noun and what is done to it
    ("The criminal charges were dropped in May.", "drop", "LAW"),
    ("The criminal charges were dropped in May.", "charge", "LAW"),
    ("He was arrested on charges of fraud.", "charge", "LAW"),
    ("The U.S. Congress sent President Barack Obama a $106 billion bill.", "send", "LAW"),
    # a rating or forecast cut, a chief reinstated, livestock culled, a press conference called
    ("BP put the costs of dealing with the disaster at over $3.95bn.", "put", "ECONOMY"),
    ("Fitch downgraded BP from an AA rating to AA.", "downgrade", "ECONOMY"),
    ("The Agriculture Department lowered its forecast for the soybean crop.", "lower", "ECONOMY"),
    ("Iftikhar Chaudhry was reinstated as chief justice in March.", "reinstate", "PERSONNEL"),
    ("Egypt culled thousands of birds as a precaution.", "cull", "HEALTH"),
    ("Maria Larsson has called a press conference following a decision by the WHO.", "call", "STATEMENT"),
    # what one is described or suggested as is said
    ("JP Morgan Cazenove suggested Exxon Mobil as a possible buyer.", "suggest", "STATEMENT"),
    # what a named thing done to is still says the domain, and a title before a doer's name
    ("The WHO's seasonal H1N1 cousin developed resistance to the main antiviral flu drug Tamiflu.", "develop", "HEALTH"),
    ("Judge Martin Feldman issued a brief order denying the stay request.", "issue", "LAW"),
    ("David Kennedy described the oil spill as a very big thing.", "describe", "STATEMENT"),
    ("The governor joked that the storm had spared his golf course.", "joke", "STATEMENT"),
    ("I regret that my statement this morning implied that BP should not pay.", "imply", "STATEMENT"),
    # a price put in a dive moved; a majority of a legislature won is politics
    ("That stance put BP's stock price in a nose dive.", "put", "MARKETS"),
    ("The Democrats gained control of Congress in 2006.", "gain", "POLITICS"),
])
def test_broad_domains_take_their_type(nlp, text, lemma, right):
    assert right in _typed(nlp, text, lemma), _all(nlp, text)


@pytest.mark.parametrize(("text", "lemma", "wrong"), [
    # a note, a chord or a deal struck is no attack
    ("Barack Obama's first moves struck a note of caution.", "strike", "ASSAULT"),
    ("The Libyan government's first moves struck a note of caution.", "strike", "ASSAULT"),
    # an authority approving a thing is no agreement between two parties
    ("The victims were buried in a cemetery approved by the Tripoli council.", "approve", "AGREE"),
    # weight lent to fears is no aid
    ("Scientists found plumes of oil, lending weight to the fears of a bigger spill.", "lend", "AID"),
    # the one reported killed made no statement
    ("Ahmed Shah Massoud was reported killed in the attack.", "report", "STATEMENT"),
    # a domain word of another sense gives no domain
    ("Floods disrupted medical supplies to the region.", "disrupt", "ECONOMY"),
    ("The coalition collapsed in March.", "collapse", "DISASTER"),
    # an industry named does not make its deed business
    ("The tourism industry filed damage claims with BP.", "file", "ECONOMY"),
    # what a deed was done to do gives its own domain only as a complement, not as a purpose
    ("The government issued a new drilling moratorium to replace one struck down in court.", "issue", "PERSONNEL"),
    ("Muammar Gaddafi died in Sirte.", "die", "HEALTH"),
    ("Plaquemines Parish had drafted plans in 2008 to protect the coast against storm surges.", "draft", "DISASTER"),
    ("The police made the documents available to reporters.", "make", "ECONOMY"),
    ("The senator raised concerns about the fund.", "raise", "ECONOMY"),
    ("Rebel fighters secured the airport on Sunday.", "secure", "ECONOMY"),
    ("The iPhone hit the market in 2007.", "hit", "MARKETS"),
    ("Oil hit the coasts of Louisiana and Alabama.", "hit", "MARKETS"),
    ("The plane crash wiped out a family.", "crash", "MARKETS"),
    ("The soldier died after stepping on a mine.", "die", "HEALTH"),
    ("The school was closed because of one of the cases.", "close", "MARKETS"),
    # a depth or a distance is no amount moved, with the words the tagger counts into it
    ("The rig sank in about 5,000 feet of water off the coast.", "sink", "MARKETS"),
    # armed or political groups merged are no business merger
    ("The cleric merged his militant group with al-Qaida in Iraq.", "merge", "ECONOMY"),
    ("The two parties merged in 1990.", "merge", "ECONOMY"),
    # a document burned on someone's order is no fire disaster, nor is the order
    ("The prime minister instructed his secretary to burn the letters.", "burn", "DISASTER"),
    ("The prime minister instructed his secretary to burn the letters.", "instruct", "DISASTER"),
    # a review launched is no product, a campaign of advertising no politics, a job done well no post
    ("The regulator launched a review of offshore safety practices.", "launch", "ECONOMY"),
    ("The tourism board rolled out an aggressive advertising campaign.", "roll", "POLITICS"),
    ("The company was mounting a PR campaign.", "campaign", "POLITICS"),
    ("Tony Hayward did a good job turning the company around.", "do", "PERSONNEL"),
    ("Tony Hayward did a good job turning the company around.", "do", "ECONOMY"),
    ("Shell hired Peter Voser as its chief executive.", "hire", "ECONOMY"),
    # positions defended by an army are held, not argued
    ("The best the military can hope for is to defend its current positions.", "defend", "STATEMENT"),
    # a bill to pay is no bill of a legislature
    ("Us Americans, who footed the whole bill, were angry.", "foot", "LAW"),
    ("The family paid the hospital bill in March.", "pay", "LAW"),
    # a charge taken in the accounts, or charge taken of a town, is no criminal charge
    ("BP took a $32 billion charge in the quarter.", "charge", "LAW"),
    ("The rebels took charge of the town.", "take", "LAW"),
    # a pipe cut, pillows replaced, militants spilling over a border: no business, post or spill
    ("Oil company BP cut a ruptured pipe from the leaking well.", "cut", "ECONOMY"),
    ("The airline replaced used pillows and blankets.", "replace", "PERSONNEL"),
    ("Taliban militants spilled over the border from Afghanistan.", "spill", "DISASTER"),
    # a company changing hands is no market move
    ("The company changed hands for $20 million.", "change", "MARKETS"),
    ("The rebels took a big hit to their morale.", "take", "ECONOMY"),
    ("Workers installed a new pump at the plant.", "instal", "PERSONNEL"),
    # what kind of body a name is gives no domain to what it did
    ("Last week investment bank JP Morgan Cazenove suggested oil giant Exxon Mobil as a possible buyer, while "
     "Anglo-Dutch oil giant Shell has also been mentioned.", "mention", "ECONOMY"),
    ("BP lowered a cap on to the leaking well.", "lower", "ECONOMY"),
    ("The government reinstated the ban on imports.", "reinstate", "PERSONNEL"),
    # a career launched is no product
    ("Huey P. Long launched his political career by waging war on the big oil companies.", "launch", "ECONOMY"),
    ("The rebels gained control of the town in March.", "gain", "POLITICS"),
])
def test_sense_checks_refuse_a_wrong_label(nlp, text, lemma, wrong):
    assert wrong not in _typed(nlp, text, lemma), _all(nlp, text)


@pytest.mark.parametrize("text", [
    "Hundreds of wounded Libyans were calling for help in Misrata.",
    "Wounded Libyan soldiers were calling for help in Misrata.",
])
def test_a_participle_before_its_noun_is_no_event(nlp, text):
    # it says what the noun is ("wounded people"), no deed: no assault, nor a generic event in its place
    assert "wound" not in [e.lemma for e in nlp(text)._.kg_events], _all(nlp, text)
