"""Events: a parsed ``Doc`` with mentions and timexes in, ``doc._.kg_events`` out.

The ``kg_events`` component runs these steps, one module each:

- :mod:`~kg.extract.events.triggers` finds the triggers (the trained TimeML
  event tagger's events, when it ran, and the lexicons ``resources/events.json``
  and ``resources/event_domains.json``), merges two-word events ("agreed to
  meet", "signed the agreement") and reads the names of named events;
- :mod:`~kg.extract.events.senses` types each event: a political type whose
  sense checks hold, else a domain type (ECONOMY, MARKETS, LAW …), else the
  generic OCCURRENCE; the TimeML class is the tagger's, else the type's;
  :mod:`~kg.extract.events.tense` gives the TimeML tense and aspect;
- :mod:`~kg.extract.events.participants` links entity mentions as actors,
  recipients and participants;
- :mod:`~kg.extract.events.headlines` gives the past-tense predicate and the title
  from the parse (subject, verb group, objects, what a statement said);
- :mod:`kg.extract.factuality` says whether it happened, was reported, negated …,
  and who said so;
- :mod:`~kg.extract.events.dating` dates the events by the document's timexes.

A year written into an event's name that the temporal component did not find
("the 1994 Budapest Memorandum") is added to ``doc._.kg_timexes``, so that the
event's ``timex`` can point at it. ``mode="broad"`` (evaluation only) also takes
every other content verb and eventive noun as an event.

A reporting event ("Gaddafi told Reuters that NATO had bombed Tripoli") whose
complement holds an event with an actor or recipient is no event of its own: the
reported event carries its speaker and medium (outside ``mode="broad"``, which
keeps every event for evaluation).
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.events.dating import (
    clause_modifiers,
    date_events,
    generic_subject,
    habitual_words,
    names_its_time,
    opinion_words,
    spans_years,
    tells_a_life,
    told_as_a_habit,
)
from kg.extract.events.headlines import Title, headline, ordering_prepositions, says_who, title
from kg.extract.events.lookup import MentionLookup
from kg.extract.events.participants import (
    add_statement_topics,
    attribute_reports,
    lend_participants,
    link_participants,
    relaying_verbs,
)
from kg.extract.events.senses import default_tml_class, event_type, quad_class
from kg.extract.events.tense import tense_and_aspect
from kg.extract.events.triggers import Trigger, event_of_token, find_triggers, merge_two_word_events, tagged_classes
from kg.extract.factuality import (
    Attribution,
    clause_factuality,
    counted_opinion,
    fails_to,
    infers,
    is_outlet,
    moods_its_complement,
    noun_factuality,
    own_class,
    reporting_verbs,
    supposes,
)
from kg.extract.sentences import sentence_of_token
from kg.extract.syntax import children, first_child
from kg.extract.text import doc_text
from kg.records import FACTUAL, EventMention
from kg.resources import load_json


class EventExtractor:
    """The ``kg_events`` pipeline component."""

    def __init__(self, mode: str = "lexicon"):
        if mode not in ("lexicon", "broad"):
            raise ValueError(f"unknown event detection mode {mode!r}")
        self.mode = mode

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_events = extract_events(doc, self.mode)
        return doc


@Language.factory("kg_events", default_config={"mode": "lexicon"})
def make_events_component(nlp: Language, name: str, mode: str) -> EventExtractor:
    return EventExtractor(mode)


def extract_events(doc: Doc, mode: str = "lexicon") -> list[EventMention]:
    """The events of ``doc``, in text order (years from event names join ``doc._.kg_timexes``)."""
    lexicon = load_json("events.json")
    lookup = MentionLookup.of(doc)
    found = find_triggers(doc, lexicon, mode, lookup)
    lookup.triggers = {trigger.token.i for trigger in found}
    lookup.tagged = tagged_classes(doc)
    lookup.named = set().union(*(trigger.own_mentions for trigger in found))
    triggers = merge_two_word_events(found, lexicon)
    text = doc_text(doc)
    sentences = sentence_of_token(doc)
    reports: dict[int, int] = {}  # trigger number → token of the reporting word its clause hangs from
    for number, trigger in enumerate(triggers):
        trigger.event, report = _event(trigger, lookup, lexicon, text, sentences[trigger.token.i])
        if report is not None:
            reports[number] = report
    events_at = event_of_token(triggers)
    lend_participants(triggers, events_at)
    timexes = doc._.kg_timexes or []
    years = date_events(doc, triggers, events_at, timexes, set(lexicon["narrative_breaks"]))
    if years:
        doc._.kg_timexes = [*timexes, *years]
    if mode == "broad":
        return [trigger.event for trigger in triggers]
    kept = attribute_reports(triggers, reports)
    for trigger in triggers:
        add_statement_topics(trigger, lookup)  # on the statements kept: the others are gone
    return kept


#: how a clause takes a noun event as what it denies of it: "*BP's statement* did not match up"
JUDGED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: how a clause takes a noun event as what it says something of, whose title is that clause
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def only_judged(trigger: Trigger, lookup: MentionLookup) -> bool:
    """Whether a definite event noun — an event told elsewhere, that the noun refers back to — is
    only what its clause denies or supposes something of, the subject or object of a negated verb
    ("*BP's statement* did not match up", "*the remarks* made by Hayward did not help", "did not
    use *Hayward's appearance*", "would fail to heed *Obama's demand*") or the subject of a clause
    that is no fact, a habit or an appearance ("*Assad's move* could be seen as the beginning of
    a crackdown", "*the settlement* may prove costly", "*The OECD meeting* regularly devotes some
    time to trade", "*the U.S. recession* appeared to be easing"): its title would read as that
    denial, guess, habit or opinion, no happening. Such an event
    keeps no title, so that it joins the event it names or stays out of the timeline. A copula is
    no such sign, as the title leaves it out ("*NATO's air campaign* was a failure" is titled
    "NATO's air campaign against Gaddafi")."""
    noun = trigger.token
    if trigger.kind != "noun" or not trigger.definite or trigger.carrier is not None:
        return False
    if _in_a_phrase_of_an_unreal_clause(noun, lookup):
        return True
    if noun.dep_ not in JUDGED_DEPS:
        return False
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    # a subject's title is its verb's clause ("Assad's move could be seen as …"), and so is an
    # object's when that clause is told, even as denied ("failed to heed *Obama's demand*"); an
    # object of a verb only supposed is titled by its own phrase ("suspicions that it is using *its
    # battle against the Taliban*")
    if any(c.dep_ == "neg" for c in children(verb)):
        return True
    if verb.pos_ != "VERB":
        return False
    found = clause_factuality(verb).factuality
    # a subject's clause that tells no happening says what the event meant or how it stood ("*the
    # election* heralded a new era"); an object keeps its own phrase ("resented *Arafat's support*")
    # an object is told by a clause of how a thing stands to it as much as a subject ("the proposal matches
    # *Iran's demands*")
    return found == "negated" or noun.dep_ in SUBJECT_DEPS and (
        found not in FACTUAL or tells_no_happening(verb, lookup) or verb.lemma_.lower() in opinion_words()) or (
        noun.dep_ == "dobj" and tells_a_fit(verb, lookup))


def _in_a_phrase_of_an_unreal_clause(noun: Token, lookup: MentionLookup) -> bool:
    """Whether a definite event noun is the object of a preposition of a verb whose own clause denies
    it or only advises or supposes it ("The Syrian government has *not* commented *on Mr
    Hussameddin's announcement*", "Italy *should* take part *in the negotiations*"): the verb's clause
    titles it and would read as that denial or advice, no happening. A guess is no denial ("failures that
    *may have* culminated with *the April 20 explosion* that left 11 workers dead": its relative clause
    titles it). Not where the noun's own phrase
    says who did what, which titles it ("condemning Syria over *its crackdown on protesters*"), nor
    where a preposition orders the noun against the verb ("since the blowout"), nor where only a
    clause above makes the verb unreal ("to aid in the crackdown")."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.lower_ in ordering_prepositions():
        return False
    verb = preposition.head
    return verb.pos_ == "VERB" and own_class(verb) in ("negated", "proposed") and not says_who(noun, lookup)


def only_a_modifier(trigger: Trigger) -> bool:
    """Whether a named event is only a modifier of another noun, which it helps to name: "Iraq War
    *veterans*", "Gulf War *syndrome*". The phrase tells who or what the noun
    is, no mention of the happening; the event keeps no title nor name and stays out of the
    timeline ("veterans of the Iraq War" names the war, and keeps it)."""
    noun = trigger.token
    return bool(trigger.name) and noun.dep_ == "compound" and all(noun.head.i != t.i for t in trigger.name)


def told_as_habit(verb: Token) -> bool:
    """Whether a verb in the simple present tells a habit or a general truth, no happening: a
    frequency word or "every" among its own modifiers or its subject's, a "when" or "if" clause
    on it (``habitual`` of ``temporal/anchoring.json``), or a subject standing for a whole kind
    (``generic_subjects``: "All ships dock at night"): "BP's board meets Obama *every week*",
    "The OECD meeting *regularly* devotes some time to trade", "they are ordered to take time off
    *if* they feel sick". In another tense only an adverb of habit on the verb itself tells a
    habit ("she often hinted at loneliness", "Murdoch has regularly lavished praise on him"),
    unless its clause names the time the habit filled ("In 2005 he often visited Cairo", "made
    criticism frequently during the spill"): a
    happening repeated at no one time is no entry of a timeline. An event it tells, or a noun
    event its subject, keeps no title and stays out of the timeline. A bare plural subject is no
    such sign here ("Media reports indicate that investors are considering …" is news), nor is a
    report ("Allen tells BP he is concerned", "Bush has repeatedly said")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in reporting_verbs():
        return False
    if tense_and_aspect(verb) != ("PRESENT", "NONE"):
        return told_as_a_habit(verb) and not names_its_time(verb)
    subject = first_child(verb, SUBJECT_DEPS)
    modifiers = [*clause_modifiers(verb), *(children(subject) if subject is not None else ())]
    return any(t.lower_ in habitual_words() for t in modifiers) or subject is not None and generic_subject(subject)


def told_of_a_kind(verb: Token) -> bool:
    """Whether a verb tells what makes somebody one of a kind of people, not what somebody did:
    a relative clause on a pronoun of any or every one (``kind_pronouns`` of event_domains.json:
    "everyone who met Marla Ruzicka was struck by her", "deal with anyone who attacked them").
    Its event keeps no title and stays out of the timeline, like a habit."""
    return verb.dep_ == "relcl" and verb.head.lower_ in load_json("event_domains.json")["kind_pronouns"]


def told_of_its_noun(verb: Token) -> bool:
    """Whether a verb in the simple present of a relative clause tells what its noun is or does as
    a rule, no happening: "Italy, *which imports* power from France, …", "Sunnis, who form the
    majority and *govern* most Arab countries", "floodwall systems, which *use* plastic". The
    clause describes the noun for the reader; what the noun did is told in another tense ("BP,
    which *has paid* $3bn", "the rebels, who *took* the town") or by a report ("Amnesty, which
    *says* …"). A verb joined to such a clause ("and govern") is of it. Its event keeps no title
    and stays out of the timeline, like a habit."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    # a bare verb joined to the clause ("and govern", tagged VB) is in the clause's tense
    joined_bare = verb is not clause and verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in children(verb))
    return (clause.dep_ == "relcl" and verb.lemma_.lower() not in reporting_verbs()
            and tense_and_aspect(clause if joined_bare else verb) == ("PRESENT", "NONE"))


def tells_a_relation(verb: Token) -> bool:
    """Whether a past participle with no agent says how its noun stands towards another, no
    happening (``relation_participles`` of event_domains.json): "a think-tank *linked* to Iran's
    leadership", "groups *opposed* to Israel", "who was *linked* to al-Qaida". Its event keeps no
    title and stays out of the timeline, like a habit."""
    return (verb.tag_ == "VBN" and verb.lemma_.lower() in _relation_participles()
            and not any(c.dep_ == "agent" for c in children(verb)))


@cache
def _relation_participles() -> frozenset[str]:
    return frozenset(entry["lemma"] for entry in load_json("event_domains.json")["relation_participles"]["participles"])


def tells_a_description(verb: Token) -> bool:
    """Whether a verb of looking or growing says what its subject looks like or has grown into,
    no happening (``description_verbs`` of event_domains.json): with a predicate adjective ("Obama
    *looked* awkward and robotic", "the vice-president *grew* heavier", which the parser may hang
    as an adverb) or a "like" phrase ("Roy Rollin *looked* like Richard III"). With another
    complement it tells a deed or a report ("looked at the documents", "appeared in court",
    "appeared to soften"). Its event keeps no title and stays out of the timeline, like a habit."""
    return verb.lemma_.lower() in _description_verbs() and any(
        c.dep_ in ("acomp", "oprd") or c.dep_ == "advmod" and c.pos_ == "ADJ" or c.dep_ == "prep" and c.lower_ == "like"
        for c in children(verb))


@cache
def _description_verbs() -> frozenset[str]:
    return frozenset(entry["lemma"] for entry in load_json("event_domains.json")["description_verbs"]["verbs"])


def tells_a_state_held(verb: Token) -> bool:
    """Whether a verb with its direct object says a state its subject is in, no happening
    (``state_objects`` of event_domains.json): a view held ("the UK has taken *the view* that
    …"), a position held ("the Baath Party held *a monopoly* on power"), a figure cut ("Hitchens
    cut *a defiant figure*"), shares held ("the shares *she held* in Transocean", "BP stock *held
    by* Rep. Upton": the object is the noun a relative clause or a past participle hangs on).
    With another object it is a deed ("took 200 prisoners", "held talks", "cut 2,000 jobs"). Its
    event keeps no title and stays out of the timeline, like a habit."""
    objects = _state_objects().get(verb.lemma_.lower())
    if objects is None:
        return False
    if any(c.dep_ == "dobj" for c in children(verb)):
        return any(c.dep_ == "dobj" and c.lower_ in objects for c in children(verb))
    # the noun is the object of a past participle on it, or of a relative clause with a subject
    # of its own that is no relative pronoun ("the shares *she* held", not "the majority that held")
    subject = first_child(verb, ("nsubj",))
    return verb.head.lower_ in objects and (
        verb.dep_ == "acl" and verb.tag_ == "VBN"
        or verb.dep_ == "relcl" and subject is not None and subject.tag_ not in ("WDT", "WP"))


@cache
def _state_objects() -> dict[str, frozenset[str]]:
    return {entry["lemma"]: frozenset(entry["objects"]) for entry in load_json("event_domains.json")["state_objects"]["verbs"]}


def tells_a_level(verb: Token) -> bool:
    """Whether a verb says the level a measure is at, no change (``level_verbs`` of
    event_domains.json): "at" and a number ("Greece's debt *stood at* 160 % of GDP", "the share
    price *hovered at* 300p"). With another complement it tells a deed ("stood outside the
    college"). Its event keeps no title and stays out of the timeline, like a habit."""
    return verb.lemma_.lower() in _lemmas("level_verbs") and any(
        c.dep_ == "prep" and c.lower_ == "at" and any(g.dep_ == "pobj" and (g.like_num or g.text[:1].isdigit() or any(
            n.dep_ == "nummod" for n in children(g))) for g in children(c))
        for c in children(verb))


def tells_who_it_is(verb: Token, lookup: MentionLookup) -> bool:
    """Whether a participle or a relative clause on a noun says who or what the noun is, no
    happening at a time: a verb of backing, opposing, fighting, holding or inspiring
    (``support_participles`` of event_domains.json) as a present participle right after a common
    noun, which defines the noun as "who" would in the simple present ("the rebels *fighting*
    Gaddafi", "the Western coalition *opposing* Gaddafi"), as a past participle ("troops, *backed*
    by tanks", "towns still *held* by Gaddafi forces") or in a relative clause ("Sharp, who was
    *inspired* by Gandhi", "others who *supported* Gaddafi"), each verb in the forms its entry
    lists. A clause that names its time tells a happening ("Russia, which backed the resolution on
    Monday"), as does one on an event noun, whose content it is ("the U.N. vote *backing* military
    action"), a present participle set off by a comma ("Hariri, *visiting* the west, said") and a
    relative clause or a past participle of a deed ("the rebels, who fought Gaddafi's forces in
    Brega", "a convoy attacked by NATO jets"). Its event keeps no title and stays out of the
    timeline, like a habit."""
    entry = _support_participles().get(verb.lemma_.lower())
    noun = verb.head
    if (entry is None or verb.dep_ not in ("acl", "relcl") or noun.i in lookup.triggers or noun.i in lookup.tagged
            or names_its_time(verb)):
        return False
    forms, nouns = entry
    if nouns is not None and noun.lemma_.lower() not in nouns:
        return False
    if verb.dep_ == "relcl":
        return "relative clause" in forms
    if verb.tag_ == "VBN":
        return "past participle" in forms
    # a clause of its own ("reports that forces *were preparing*") is no participle
    return ("present participle" in forms and verb.tag_ == "VBG" and noun.pos_ == "NOUN" and verb.i == noun.i + 1
            and not any(c.dep_ in ("nsubj", "aux", "mark") for c in children(verb)))


@cache
def _support_participles() -> dict[str, tuple[frozenset[str], frozenset[str] | None]]:
    """Lemma → (the forms in which it describes its noun, the only nouns it describes)."""
    return {entry["lemma"]: (frozenset(entry["forms"]), frozenset(entry["nouns"]) if "nouns" in entry else None)
            for entry in load_json("event_domains.json")["support_participles"]["verbs"]}


def tells_what_it_meant(verb: Token, lookup: MentionLookup) -> bool:
    """Whether a verb of meaning (``meaning_verbs`` of event_domains.json) has an event noun for
    its subject, and so says what that happening meant or showed, an analysis, no happening of its
    own: "her *visit* underscored Washington's hope", "the Iraq *war* clouded Blair's premiership",
    "the *protests* reflected the anger of the young". The happening is the noun's own event; with
    a person or a body for subject the verb is a statement or a deed ("Clinton underscored the
    need for talks")."""
    if verb.lemma_.lower() not in _lemmas("meaning_verbs"):
        return False
    subject = first_child(verb, ("nsubj",))
    return subject is not None and (subject.i in lookup.triggers or subject.i in lookup.tagged)


@cache
def _lemmas(key: str) -> frozenset[str]:
    """The lemmas of a lexicon of event_domains.json whose entries are listed under "verbs" or "lemmas"."""
    lexicon = load_json("event_domains.json")[key]
    return frozenset(entry["lemma"] for entry in lexicon.get("verbs", lexicon.get("lemmas", ())))


def tells_a_comparison(verb: Token) -> bool:
    """Whether a relative clause with "ever" on a noun with a superlative says how its noun
    compares with all others, no happening: "the most complex operation WFP has *ever* launched",
    "the worst accident *ever* to befall America", "the largest spill the country had *ever*
    seen". The noun's own happening, if any, is told elsewhere ("WFP launched an operation")."""
    return (verb.dep_ in ("relcl", "acl") and any(c.lower_ == "ever" for c in children(verb))
            and any(m.tag_ == "JJS" or m.tag_ == "RBS" or any(g.tag_ == "RBS" for g in children(m))
                    for m in children(verb.head) if m.dep_ == "amod"))


def tells_a_caption(verb: Token) -> bool:
    """Whether a present participle is a photo's caption: it hangs on a name that is the root of
    its sentence, with an apposition and no finite verb ("Kenneth Feinberg, chair of the
    commission, talking to reporters"): what the picture shows, at no time the text tells. A
    sentence with a finite verb ("Feinberg, chair of the commission, talking to reporters, said
    …") is no caption."""
    name = verb.head
    # a name that is the root of its sentence has no finite verb above it
    return (verb.tag_ == "VBG" and verb.dep_ == "acl" and name.dep_ == "ROOT" and name.pos_ == "PROPN"
            and any(c.dep_ == "appos" for c in children(name)))


def tells_who_lived_it(verb: Token) -> bool:
    """Whether a relative clause on a noun tells a stage of a life or a career held (``tells_a_life``
    of dating.py: "Dudley, *who grew up* in Mississippi", "Gorelick, *who also served as* a member
    of the 9/11 Commission") with no time of its own, or what it has been doing over years up to
    now (a perfect or progressive with ``spans_years``: "Rabalais, *who has been studying* the Gulf
    *for years*"): it says who the person is, a description, no happening of the story. A clause
    that names its time tells one ("Allen, who served as commandant until May"), as does a span
    that is its result's ("Mandela, who was jailed for 27 years") and a deed in the simple past
    ("in which Barton decried the administration for pressuring BP to suspend dividends for the
    rest of the year")."""
    return verb.dep_ == "relcl" and (
        tense_and_aspect(verb)[1] != "NONE" and spans_years(verb) or tells_a_life(verb) and not names_its_time(verb))


def tells_a_content(verb: Token) -> bool:
    """Whether a verb of stance or description has a law, an advertisement, a book or a web page for
    subject (``document_content`` of event_domains.json) and so tells what the document says, no
    happening: "the legislation *endorsed* the plan", "the law firm's Web site *listed*
    Halliburton". The document's passing or release is a happening ("the bill passed the
    House"), and a report's finding its authors' statement ("the report blamed BP")."""
    if verb.lemma_.lower() not in _lemmas("document_content"):
        return False
    subject = first_child(verb, ("nsubj",))
    return subject is not None and subject.lemma_.lower() in _document_nouns()


@cache
def _document_nouns() -> frozenset[str]:
    return frozenset(entry["noun"] for entry in load_json("event_domains.json")["document_content"]["nouns"])


def describes_itself(verb: Token) -> bool:
    """Whether a verb with a reflexive object says how its subject sees, presents or conducts
    itself (``self_descriptions`` of event_domains.json; some only with an "as" phrase): "Solnit
    *describes* herself as a cultural historian", "Blair was *conducting* himself with an amazing
    confidence", a description, no happening. With another object it tells a deed or a statement
    ("Solnit described the attack as a crime"). Its event keeps no title and stays out of the
    timeline, like a habit."""
    needs_as = _self_descriptions().get(verb.lemma_.lower())
    return needs_as is not None and any(
        c.dep_ == "dobj" and c.tag_ == "PRP" and c.lower_.endswith(("self", "selves")) for c in children(verb)) and (
        not needs_as or any(c.dep_ == "prep" and c.lower_ == "as" for c in children(verb)))


@cache
def _self_descriptions() -> dict[str, bool]:
    """Lemma → whether it describes its subject only with an "as" phrase."""
    return {entry["lemma"]: entry["as"] for entry in load_json("event_domains.json")["self_descriptions"]["verbs"]}


def finds_in_someone(verb: Token, lookup: MentionLookup) -> bool:
    """Whether a verb with an object finds it "in" a person (``finding_in_someone`` of
    event_domains.json): "In Sharon and Bush, al-Qaeda has *found* two stalwart recruiting
    sergeants" says what the persons are to the subject, a description, no happening. Found "in"
    a place or a thing it tells a deed ("Police found the weapon in the car"). A person is what the
    tagger or the entity linker calls one (the linker may take a surname for a place)."""
    return verb.lemma_.lower() in _lemmas("finding_in_someone") and any(c.dep_ == "dobj" for c in children(verb)) and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and "PERSON" in (g.ent_type_, lookup.label_at(g)) for g in children(c))
        for c in children(verb))


def described_in_the_present(verb: Token, lookup: MentionLookup) -> bool:
    """Whether a verb in the simple present with a personal pronoun for subject
    (``present_description_subjects`` of event_domains.json) and no time of its own describes
    what its subject does or holds, as a review, a profile or a comment does: "He *rejects* the
    idea that political debate starts from human rights", "In similar fashion he *destroys* the
    so-called evidence", "They *campaign* on issues of poverty". News tells what happened in
    the past tense or names the time ("Obama visits Hanoi on Monday"), a stance taken now is told by
    a verb that moods its complement ("She refuses to take part in the elections"), and what a
    person says stays a statement ("he says", a verb with a clause: "it predicts that …", and what
    the tagger calls a report: "She describes the new pressures"). Its event keeps no title and stays out of the timeline, like
    a habit."""
    if verb.tag_ not in ("VBZ", "VBP") or tense_and_aspect(verb) != ("PRESENT", "NONE"):
        return False
    subject = first_child(verb, ("nsubj",))
    return (subject is not None and subject.lower_ in _lemmas("present_description_subjects")
            and verb.lemma_.lower() not in reporting_verbs() and lookup.tagged.get(verb.i) != "REPORTING"
            and not moods_its_complement(verb) and not names_its_time(verb)
            and not any(c.dep_ == "ccomp" for c in children(verb)))  # a clause said: "it predicts that …"


#: pronouns of a person or a body, whose verb of fitting tells a stance ("they support the plan")
_DOER_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "who"})


def tells_a_fit(verb: Token, lookup: MentionLookup) -> bool:
    """Whether a verb of ``fit_verbs`` in the simple present, with no time of its own, has a thing for
    subject and so says how it stands to another thing, a state, no happening: "MSD's *test* supports
    BARDA's goal", "the external *support* to Damascus outstrips anything flowing to the rebels". A
    subject that is a name or stands for one, or a pronoun of a person or a body, takes a stance
    ("Britain supports the plan", "they support the plan"), and so does a noun of a body or of its people
    ("many Western governments support Tsikhanouskaya"); a possessive only says whose the thing is."""
    if verb.lemma_.lower() not in _lemmas("fit_verbs") or tense_and_aspect(verb) != ("PRESENT", "NONE"):
        return False
    subject = first_child(verb, ("nsubj",))
    return (subject is not None and subject.pos_ in ("NOUN", "PRON") and subject.lower_ not in _DOER_PRONOUNS
            and subject.i not in lookup.mention_of_token and subject.lemma_.lower() not in _body_nouns()
            and subject.lower_ not in _body_nouns() and not names_its_time(verb))


@cache
def _body_nouns() -> frozenset[str]:
    """Nouns of the people of a body or of a body (``actor_nouns`` and ``nominals`` of entities/actors.json),
    whose stance a verb of fitting tells: "many Western *governments* support Tsikhanouskaya"."""
    actors = load_json("entities/actors.json")
    return frozenset(actors["actor_nouns"]) | frozenset(actors["nominals"])


def failed_a_deed(verb: Token, lookup: MentionLookup) -> bool:
    """Whether a doer failed to do something (:func:`~kg.extract.factuality.fails_to`): "Obama *failed*
    to show enough personal leadership", "BP failed to update its plan" — a deed not done, no happening.
    A doer is a name, what stands for one or a pronoun of a person or a body; what a thing failed to do
    is a failure that happened ("Halliburton's cement failed to produce a strong seal"), and so is what
    failed with no object ("the blowout preventer failed to engage")."""
    subject = first_child(verb, ("nsubj",))
    return fails_to(verb) and subject is not None and (
        subject.i in lookup.mention_of_token or subject.lower_ in _DOER_PRONOUNS)


def holds_in_a_state(verb: Token) -> bool:
    """Whether a past participle of ``held_participles`` on the object of "have" says that the
    subject holds something in a state, no happening: "Thailand had enough Tamiflu *stockpiled*",
    "Britain has 14 million doses *stored* in warehouses" — not one with its doer ("stockpiled by the
    army") or its own time ("stored by June")."""
    return (verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_.lower() in _lemmas("held_participles")
            and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() == "have"
            and not any(c.dep_ == "agent" for c in children(verb)) and not names_its_time(verb))


def tells_no_happening(verb: Token, lookup: MentionLookup) -> bool:
    """Whether a verb tells a habit, a kind of people, what its noun is as a rule, how it stands
    towards another, what its subject looks like, a state it is in, a level, how it is ranked or seen or
    what a happening meant (``standing_lemmas`` of event_domains.json: "Louisiana *ranked* second
    worst", "the BBC was *regarded* as slow", "the fall of the wall *ushered in* …"; a verb of
    meaning said of an event noun, :func:`tells_what_it_meant`), who or what a noun is
    (:func:`tells_who_it_is`), a content or what a document says (:func:`tells_a_content`), a
    comparison, a photo caption, a relative clause on who a person is (:func:`tells_who_lived_it`), or an
    opinion a poll counted, reported ("57 % *believed* …") or held ("a majority of Americans
    *oppose* the war"; "58 % of voters *backed* the proposal" tells a vote), not something that
    happened: its event keeps no title and stays out of the timeline."""
    return (told_as_habit(verb) or told_of_a_kind(verb) or told_of_its_noun(verb) or tells_a_relation(verb)
            or tells_a_description(verb) or tells_a_state_held(verb) or tells_a_level(verb)
            or verb.lemma_.lower() in _lemmas("standing_lemmas") or verb.lemma_.lower() in _lemmas("content_verbs")
            or tells_what_it_meant(verb, lookup) or tells_a_comparison(verb) or tells_a_caption(verb)
            or tells_who_lived_it(verb) or tells_a_content(verb) or supposes(verb) or describes_itself(verb)
            or finds_in_someone(verb, lookup) or described_in_the_present(verb, lookup)
            or tells_who_it_is(verb, lookup) or infers(verb) or failed_a_deed(verb, lookup) or tells_a_fit(verb, lookup)
            or holds_in_a_state(verb)
            or counted_opinion(verb) and (
                verb.lemma_.lower() in reporting_verbs() or tense_and_aspect(verb) == ("PRESENT", "NONE")))


def _support_verb(trigger: Trigger, lexicon: dict) -> Token | None:
    """The verb a noun event happens by, whose clause its title tells: the support verb merged
    into it, or, for a noun with no type to merge, the support verb it is the object of ("wants
    Obama to start *giving* his family help": the help is as wanted as the giving)."""
    noun = trigger.token
    if trigger.carrier is not None or noun.dep_ != "dobj":
        return trigger.carrier
    verb = noun.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon["support_verbs"] else None


def _relayed(trigger: Token, attribution: Attribution, lookup: MentionLookup) -> tuple[Attribution, Token | None]:
    """The attribution of an event an outlet reports someone as saying, and the outlet: "The army
    shelled the town, rebel spokesman Abdel Hafiz Ghoga said, Reuters reported" — the saying set
    between the event and the outlet's report (a parataxis of it) gives the speaker and the
    report, so that the outlet stays the medium (as in "Ghoga told Reuters"), not the speaker;
    "The Jordan Times quoted Judeh as saying that jets had escorted the flights" — whom the outlet
    quotes is the speaker ("Judeh was quoted as saying" too). The outlet is None where the
    attribution is the one found."""
    speaker, report = attribution.speaker, attribution.report
    if speaker is None and report is not None and report.dep_ == "pcomp" and report.head.lower_ == "as":
        relay = report.head.head
        if relay.lemma_.lower() in relaying_verbs():
            quoted = first_child(relay, ("dobj", "nsubjpass"))
            outlet = first_child(relay, ("nsubj",))
            if quoted is not None:
                return replace(attribution, speaker=quoted), outlet
    if speaker is None or report is None or not _names_outlet(speaker, lookup):
        return attribution, None
    for saying in children(report):
        if (saying.dep_ == "parataxis" and trigger.i < saying.i < report.i
                and saying.lemma_.lower() in reporting_verbs()):
            said_by = first_child(saying, ("nsubj",))
            if said_by is not None and not _names_outlet(said_by, lookup):
                return replace(attribution, speaker=said_by, report=saying), speaker
    return attribution, None


def _speaking_mention(speaker: Token, lookup: MentionLookup) -> int | None:
    """The mention of who said so: the speaker's, else that of the first name listed with it
    ("Two Arab papers *and al Jazeera television* said": the outlet, a source no name of the
    papers gives)."""
    return next((index for member in (speaker, *speaker.conjuncts)
                 if (index := lookup.mention_for(member)) is not None), None)


def _names_outlet(token: Token, lookup: MentionLookup) -> bool:
    index = lookup.mention_for(token)
    return index is not None and is_outlet(lookup.mentions[index].text, lookup.mentions[index].label)


def _event(trigger: Trigger, lookup: MentionLookup, lexicon: dict, text: str, sentence: int
           ) -> tuple[EventMention, int | None]:
    """The event ``trigger`` says, undated, and the token of the reporting word it hangs from."""
    token = trigger.token
    participants = link_participants(trigger, lookup, lexicon)
    # a named event ("the Crimean War") needs no participant to keep its type
    type_ = event_type(token, trigger.kind, trigger.entry, trigger.tml_class,
                       None if trigger.name else participants.found)
    attribution = (clause_factuality(token) if trigger.kind == "verb"
                   else noun_factuality(token, _support_verb(trigger, lexicon), trigger.definite))
    attribution, outlet = _relayed(token, attribution, lookup)
    speaker = _speaking_mention(attribution.speaker, lookup) if attribution.speaker is not None else None
    medium = participants.medium
    if medium is None and speaker is not None and is_outlet(lookup.mentions[speaker].text, lookup.mentions[speaker].label):
        medium = speaker  # "according to Reuters": the outlet is the source
    if medium is None and outlet is not None and _names_outlet(outlet, lookup):
        medium = lookup.mention_for(outlet)  # "X said, Reuters reported", "Reuters quoted X as saying": Reuters
    tense, aspect = tense_and_aspect(token)
    # only an event with a participant or a name can reach the timeline: the others keep no title
    # (a third of the mentions have one; the title is a third of this component's time)
    said = (title(trigger, lookup, participants) if (participants.found or trigger.name) and not only_judged(trigger, lookup)
            and not only_a_modifier(trigger)
            and not (trigger.kind == "verb" and tells_no_happening(token, lookup)) else Title())
    name = None
    if trigger.name and not only_a_modifier(trigger):
        name = text[trigger.name[0].idx : trigger.name[-1].idx + len(trigger.name[-1].text)]
    event = EventMention(
        start=trigger.start,
        end=trigger.end,
        trigger=text[trigger.start : trigger.end],
        lemma=token.lemma_.lower(),
        type=type_,
        quad_class=quad_class(type_),
        tml_class=trigger.tml_class or default_tml_class(type_),
        tense=tense,
        aspect=aspect,
        sentence=sentence,
        participants=participants.found,
        arguments=participants.things,
        factuality=attribution.factuality,
        speaker=speaker,
        name=name,
        predicate=headline(trigger, participants, lookup),
        definite=trigger.definite,
        medium=medium,
        complement=said.complement,
        title=said.pieces,
    )
    return event, attribution.report.i if attribution.report is not None else None
