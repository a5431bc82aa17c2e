"""Event types: a trigger token (with its lexicon entry, TimeML class and, once
known, participants) in, its type and quad class out.

Three layers, first match wins:

1. the **political type** of the lexicon (``resources/events.json``, PLOVER-style
   with a quad class) when the entry's and the type's sense checks
   (``requires``) hold, or those of one of the entry's further ``senses``: "committed to
   talks" is AGREE, "committed forces" MOBILIZE, "committed crimes" neither;
   "shares rallied 6 %" is no PROTEST; ASSAULT needs an entity as participant and
   no natural force as doer ("the earthquake struck Haiti" is no attack);
2. a **domain type** (``resources/event_domains.json``: ECONOMY, MARKETS, LAW,
   HEALTH, DISASTER, POLITICS, PERSONNEL, STATEMENT), the first sense of the
   lemma whose checks hold ("fell 3 %" is MARKETS, "fell" alone is not); a sense may
   give a political type the lexicon gives the verb in no other sense ("*told* BP *to
   stop*", "*pressed* BP *to pay*" are DEMAND, "told reporters" stays a statement);
3. for a verb or noun no sense types but that is told as a happening (it would enter
   the outputs as a generic event), the **domain of what it is about**
   (``argument_domains`` of ``event_domains.json``): the head word of its object, of
   its "into", "to", "onto", "with", "from" or "against" phrase, of its doer or of the subject of
   its clause ("identified 20 *infections*" is HEALTH, "plunged the country *into
   recession*" ECONOMY, "left *her post*" PERSONNEL, "granted an *exemption*" LAW);
4. otherwise the generic ``OCCURRENCE`` — or ``STATEMENT`` for what the tagger
   calls a REPORTING event ("he added", "she noted"). A wrong specific type is
   worse than a generic one, so every specific type must pass its checks.

The checks read the dependency parse only: ``quantity`` (a number, percentage or
amount next to the verb, or a market subject: "shares", "the FTSE"),
``subjects``/``subjects_not`` (the doer: subject, passive agent, or the object
of "in"/"by"/"from": "killed in the earthquake"), ``objects_not`` (direct
objects and complements of another sense: "pleaded guilty"), ``object`` (a
direct object is needed: "succeeded him", not "succeeded in"), ``modifiers_not`` (a
noun's modifiers and prepositions: "air strikes" are no labour strike),
``prepositions`` (one is needed: "died *of* cancer"), ``prepositions_not`` ("attacked
*for* his gaffes" is criticism; not a phrase of time: "attacked the airport *for the first time*"), ``complement`` (a clause or an event
noun is needed: "offered to mediate", "offered a ceasefire", not "offered a constitution"),
``particle`` ("stepped *down*"),
``particle_not`` ("signed *up*" is no signing), ``objects`` (a direct object, dative
or passive subject of these is needed: "sent *food*" is aid, "sent samples" is not),
``infinitive`` (an infinitive complement is needed, or with ``false`` refused:
"asked Taiwan *to help*"; "fought *to contain* the outbreak" is no assault), ``clause``
(the same for a clause: "conceded *that* the slick could …" is a statement, no concession), ``demand`` (what is insisted on is
demanded: "insisted *on* talks", "insisted that he *step* down", "… *must* go", not
"insisted that the rates were expected"), ``predicate`` (an object predicate is needed: "called *it* a
positive *sign*" is a statement; or one of these words: "were held *hostage*"), ``modifiers`` (a noun's modifier is needed:
"a *press* conference"), ``one_of`` (a list of checks of which one must hold) and
``actor`` (at least one participant is an entity mention; checked once participants are
linked), ``doer`` (the same for an entity in the actor role: "*Obama* visited Mexico", not "a
pupil visited the United States"), ``possessor`` (a noun's possessive is needed: "*her* post"), ``subject_domain`` (with
``false``: a doer with a domain of its own is refused: "*deaths* rose 20 %" is no market move; not where
the verb's object is the market that moved: "the spill hit *BP shares*"), ``object_kinds`` (an object or a
compound naming its kind among these: "hammered Japan's *stock* market"), ``parties_not`` (no doer, object or
"with" object, nor a modifier of one, among these: "merged his *militant* group with al-Qaida")
``ending`` (with ``false``: a noun whose clause tells its end is refused: "the war
*neared an end*" is no assault), ``complements`` (a to-infinitive complement among these:
"declined *to comment*" is a statement), ``prepositional_objects`` / ``prepositional_objects_not``
(what the verb's prepositions take: "hit him *in the face*", "beat him *to death*" are assaults;
"admitted *to hospital*" is no statement) and, for a word of ``argument_domains``, ``governors``
(the verb it is the object of, directly or through a preposition: "held onto *power*"),
``person_doer`` (a doer is a person's name) and ``cause_untold`` (nothing but a time is told with
the verb: "Kim Il-sung died in 1994" is HEALTH, "died in Sirte" or "was shot and died" is not), ``predicates``
(what the verb makes or says its object to be: "was made *available*", "became chief *executive*") and
``predicate_of`` (the subject of such a small clause, if any, is one of these: "made *it* clear that …", "made clear
*its position*", not "made *the channel* clear").
A verb done "by" a gerund takes that gerund's domain first: "the House acted *by passing a bill*"
is LAW.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.extract.events.tense import tense_and_aspect, told_as_past
from kg.extract.factuality import is_subjunctive
from kg.extract.syntax import children, is_infinitive
from kg.resources import load_json, title_words

GENERIC = "OCCURRENCE"
REPORTING = "REPORTING"
AMOUNT_ENTITIES = {"PERCENT", "MONEY", "QUANTITY"}  # what a number measures, not counts: "3 %", "$90"
TIME_ENTITIES = {"DATE", "TIME", "ORDINAL"}  # "in 2010" is no amount
NAME_ENTITIES = {"PERSON", "NORP", "GPE", "LOC", "FAC", "ORG", "WORK_OF_ART"}  # names, whose words name no domain
# where a verb's amount hangs: "fell 3 %", "rose to $90", "closed at 300 pence", "lost 17 % of"
QUANTITY_DEPS = {"dobj", "npadvmod", "prep", "advmod", "attr", "nummod", "quantmod", "pobj", "acomp"}
DOER_PREPOSITIONS = {"in", "by", "from"}
OBJECT_DEPS = {"dobj", "oprd", "acomp"}  # what a verb is done to or said to be: "pleaded *guilty*"
# what a verb makes or says something to be: "was made *available*", "became chief *executive*", "was pronounced *dead*"
PREDICATE_DEPS = {"oprd", "acomp", "attr"}
# what a verb hands over, however the clause is built: "sent *food*", "sent *them* food", "*food* was sent";
# a span of time the parser reads as an adverb is handed over too: "gave the company two *days* to produce a plan"
THEME_DEPS = {"dobj", "dative", "nsubjpass", "npadvmod"}
RELATIVE_PRONOUNS = {"that", "which", "who"}
#: the tags of a plural noun, which a later "they" can stand for
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
MODIFIER_DEPS = {"compound", "amod", "nmod", "prep"}  # what a noun is said to be of: "*air* strikes", "strikes *on*"


@cache
def _word_lists() -> dict[str, list[str]]:
    """The named word lists of ``event_domains.json`` and of ``events.json`` (the political lexicon's own:
    armed groups, relief bodies …), each defined in one of them only."""
    return {**load_json("event_domains.json")["word_lists"], **load_json("events.json")["word_lists"]}


def _words(value: str | list[str]) -> set[str]:
    """A word list written inline or as ``@name`` of a list in ``event_domains.json`` or ``events.json``;
    an inline or named list may name such lists among its words (``["@military_units", "message"]``)."""
    words = [value] if isinstance(value, str) else value
    return {w for word in words for w in (_named_words(word[1:]) if word.startswith("@") else (word,))}


@cache
def _named_words(name: str) -> frozenset[str]:
    """The words of the list ``name``, with those of the lists it names, read once."""
    return frozenset(_words(_word_lists()[name]))


def has_quantity(token: Token) -> bool:
    """Whether the clause of ``token`` moves an amount: a number, percentage or amount
    next to it ("fell 3 %", "rose to $90 a barrel"), or a market subject ("shares fell")."""
    lists = load_json("event_domains.json")["word_lists"]
    if any(d.lemma_.lower() in _named_words("market_subjects") and not _owned_by_a_person(d) for d in doers(token)):
        return True
    amount_words, distances = set(lists["quantity_words"]), set(lists["distance_units"])
    for child in children(token):
        if child.dep_ not in QUANTITY_DEPS:
            continue
        for inner in child.subtree:
            if inner.ent_type_ in TIME_ENTITIES or _counts_things(inner, amount_words):
                continue
            if _measures_distance(inner, distances):
                continue  # where a place lies is no amount moved: "in Al-Watyah, 170 km south-west of Tripoli"
            # the number of a count decides, not the words around it ("shot dead *at least* 28 people");
            # a word of a name is no amount ("closed South Hampstead *High* School")
            if inner.like_num or inner.ent_type_ in AMOUNT_ENTITIES or (
                    inner.lower_ in amount_words and inner.pos_ != "PROPN"):
                return True
    return False


def _measures_distance(word: Token, distances: set[str]) -> bool:
    """Whether ``word`` is, or is a word of an amount that is, a distance: "170 *km*", "*170* km", and
    the rest of the amount the tagger tags with it ("sank in *about* 5,000 feet of water")."""
    doc, end = word.doc, word.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == word.ent_type_ != "":
        end += 1  # the words of the same amount after it (bounded by its entity)
    return any(t.lower_ in distances for t in doc[word.i:max(end, word.i + 2)])


def _owned_by_a_person(noun: Token) -> bool:
    """Whether a person holds ``noun``: "Cook's stock rose", "his stock" is a reputation,
    "Apple's stock" a market."""
    return any(c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ in ("his", "her"))
               for c in children(noun))


def _counts_things(number: Token, amount_words: set[str]) -> bool:
    """Whether ``number`` counts things rather than measuring an amount: "lost 7,500
    dead", "lost one arm", "lost 300 jobs", a bare count a verb takes ("shot dead 28") are
    no market move; "lost 17 %", "fell 120 points", "rose 50 cents" are."""
    if number.dep_ == "quantmod" and number.head.like_num:
        return _counts_things(number.head, amount_words)  # a range counts as its end: "300,000 to 400,000 pigs"
    counted = number.head
    if number.dep_ in ("dobj", "npadvmod") and number.ent_type_ == "CARDINAL" and not any(
            c.lower_ in amount_words for c in children(number)):
        return True  # a bare count the verb takes: "shot dead at least 28 at rallies"
    return (number.dep_ == "nummod" and counted.lemma_.lower() not in amount_words
            and counted.lower_ not in amount_words and counted.ent_type_ not in AMOUNT_ENTITIES)


def doers(token: Token) -> list[Token]:
    """Who or what does it: the subject, the passive agent, or the object of
    "in"/"by"/"from" ("were killed in the earthquake"); for a noun, its head's subject; for
    a participle with none of these, its verb's."""
    found = []
    for child in children(token):
        if child.dep_ in ("nsubj", "csubj"):
            # a relative pronoun stands for the noun its clause describes ("the strain that struck Mexico")
            relative = child.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl"
            found.append(token.head if relative else child)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in DOER_PREPOSITIONS):
            found.extend(c for c in children(child) if c.dep_ == "pobj")
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "dobj") and not found:
        found.extend(c for c in children(token) if c.dep_ in ("compound", "amod", "poss"))
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in _carrying_verbs():
        # the doer of a verb that carries on or stages an event noun does it: "*the share price* continued a rally",
        # "*Gold* extended its rally" (support_verbs and course_verbs of events.json)
        found.extend(doers(token.head))
    if not found and token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN"):
        return doers(token.head)  # a participle's doer is its verb's: "the rig exploded, *killing* 11"
    if not found and token.dep_ == "conj" and token.head.pos_ == "VERB":
        return doers(token.head)  # a conjunct verb shares its first verb's: "the rig exploded and *collapsed*"
    return [member for d in found for member in (d, *d.conjuncts)]


@cache
def _carrying_verbs() -> frozenset[str]:
    """Verbs whose subject does what their event-noun object names ("staged a rally", "continued a rally":
    ``support_verbs`` and ``course_verbs`` of ``events.json``, read once)."""
    events = load_json("events.json")
    return frozenset({*events["support_verbs"], *(v for v in events["course_verbs"] if v != "_doc")})


def _doer_words(token: Token) -> set[str]:
    """The lemmas of ``token``'s doers and of their compound modifiers, which name what kind of
    thing a name or a noun is: "devastated by *Hurricane* Katrina", "the *storm* surge that
    devastated New Orleans"; a "they" that does what its saying verb's plural subject says stands
    for that subject ("*Rebels* said they had taken the village")."""
    found = doers(token)
    if token.dep_ == "ccomp" and any(d.lower_ == "they" for d in found):
        found = [*found, *(d for d in doers(token.head) if d.tag_ in PLURAL_NOUN_TAGS)]
    return {w.lemma_.lower() for d in found for w in (d, *(c for c in children(d) if c.dep_ == "compound"))}


def _has_event_complement(token: Token) -> bool:
    """Whether what ``token`` is about is an event: a clause ("offered to mediate") or an
    object the lexicon has as an event noun ("offered a ceasefire"), not a thing ("offered
    a constitution, elections, anything" is no agreement)."""
    nouns = load_json("events.json")["nouns"]
    return any(c.dep_ == "xcomp" or c.dep_ in ("dobj", "dative") and c.lemma_.lower() in nouns for c in children(token))


#: entity labels of a noun phrase that counts or measures what its "in" or "of" phrase names
AMOUNTS = frozenset({"MONEY", "CARDINAL", "QUANTITY"})


def _themes(token: Token) -> list[Token]:
    """What ``token`` hands over: its objects, or in a relative clause or a passive participle
    without one the noun the clause describes and what that noun is "in" or "of" ("the $75
    billion *in aid* the United States has provided", "$30 billion *of* the government's
    *assets* frozen by the U.S.")."""
    # a relative pronoun stands for the noun its clause describes ("the district, *which* was taken by troops")
    themes = [token.head if c.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl" else c
              for c in children(token) if c.dep_ in THEME_DEPS]
    # the subject of a small clause the parser made of an object and its predicate: "made *the game* available"
    themes += [s for c in _small_clauses(token) for s in children(c) if s.dep_ == "nsubj"]
    # each of coordinated objects is handed over: "sent tanks *and troops*"
    themes += [c for t in themes for c in t.conjuncts]
    # an amount or a count stands for what it is "in" or "of": "froze *$30 billion in* assets",
    # "amassed *thousands of* troops"
    themes += [o for t in themes if t.ent_type_ in AMOUNTS for p in children(t) if p.dep_ == "prep"
               and p.lower_ in ("in", "of") for o in children(p) if o.dep_ == "pobj"]
    if not themes and (token.dep_ == "relcl" or token.dep_ == "acl" and token.tag_ == "VBN"):
        noun = token.head
        themes = [noun, *(o for p in children(noun) if p.dep_ == "prep" and p.lower_ in ("in", "of")
                          for o in children(p) if o.dep_ == "pobj")]
    return themes


def _object_kinds(token: Token) -> set[str]:
    """The lemmas of what ``token`` hands over or acts on (:func:`_themes`) and of the compounds that name
    its kind: "closed a $20 million *funding* round", "hammered Japan's *stock* market"."""
    return {w.lemma_.lower() for t in _themes(token) for w in (t, *(c for c in children(t) if c.dep_ == "compound"))}


def _parties(token: Token) -> set[str]:
    """The lemmas of who or what ``token`` joins — its doers, objects and "with" or "into" objects — and of
    their modifiers, which say what kind of body they are: "merged his *militant* group with al-Qaida"."""
    found = [*doers(token), *_themes(token), *(o for p in children(token) if p.dep_ == "prep" and p.lower_ in
                                               ("with", "into") for o in children(p) if o.dep_ == "pobj")]
    return {w.lemma_.lower() for t in found for w in (t, *(c for c in children(t) if c.dep_ in ("amod", "compound")))}


def _movers(token: Token) -> list[Token]:
    """What moved, whose domain a market move checks: the doers ("*deaths* rose 20 %"), none where the verb's
    object is the market that moved, so its doer only caused the move ("the spill *hit BP shares*")."""
    markets = _named_words("traded_assets") | _named_words("market_subjects")
    return [] if _object_kinds(token) & markets else doers(token)


def _small_clauses(token: Token) -> list[Token]:
    """The adjectives the parser made clauses of ``token`` with its object for their subject: "made the
    game *available*" (in the passive the adjective is a predicate: "was made *available*")."""
    return [c for c in children(token) if c.dep_ == "ccomp" and c.pos_ == "ADJ"]


def _undergoers(token: Token) -> list[Token]:
    """What ``token`` is done to: its objects or passive subject, or, with none, the noun its
    participle or relative clause describes ("a transcript *released* by CNN"); with a modifier
    the parser hung after its noun, which is the phrase's real head ("launched a ground
    *offensive*": "offensive" read as an adjective of "ground")."""
    found = [c for c in children(token) if c.dep_ in OBJECT_DEPS or c.dep_ == "nsubjpass"]
    if not found and token.dep_ in ("acl", "relcl"):
        found = [token.head]
    # "launched *waves of* suicide bombings": what a run of things is a run of is what is done
    found += [pobj for noun in found if noun.lemma_.lower() in partitive_nouns()
              for of in children(noun) if of.dep_ == "prep" and of.lower_ == "of"
              for pobj in children(of) if pobj.dep_ == "pobj"]
    return [*found, *(c for noun in found for c in noun.rights if c.dep_ in ("amod", "compound"))]


@cache
def partitive_nouns() -> frozenset[str]:
    """Nouns of a batch or a run of events ("a *round* of discussions", "*waves* of bombings":
    ``partitive_nouns`` of ``events.json``, read once)."""
    return frozenset(load_json("events.json")["partitive_nouns"]["nouns"])


def _has_infinitive(token: Token) -> bool:
    """Whether ``token`` takes a to-infinitive: a complement, or one the parser hung on it as an
    adverbial clause ("committed *to support*"); a gerund is none ("because I hate *singing*",
    which the parser may hang on a "told" after the quotation)."""
    return any(c.dep_ in ("xcomp", "advcl") and is_infinitive(c) for c in children(token))


def _tells_a_time(preposition: Token) -> bool:
    """Whether a prepositional phrase only says when or how often: its object is, or is counted by,
    a date, a time or an ordinal ("attacked the airport *for the first time*", "*for weeks*"), so it
    says nothing of the sense ("attacked *for his gaffes*" is criticism)."""
    return any(o.dep_ == "pobj" and (o.ent_type_ in TIME_ENTITIES or any(m.ent_type_ in TIME_ENTITIES for m in children(o)))
               for o in children(preposition))


def _prepositions(token: Token) -> set[str]:
    """The prepositions of ``token``'s clause, with those the parser hung on its direct object
    ("discussed the topic *with* officials") and the "for" opening a clause of what another is to do,
    which the parser makes a mark ("called *for* other nations to impose a no-fly zone" asks as "called
    for a no-fly zone" does)."""
    objects = [c for c in children(token) if c.dep_ == "dobj"]
    found = {c.lower_ for head in (token, *objects) for c in children(head) if c.dep_ == "prep"}
    return found | {m.lower_ for c in children(token) if c.dep_ in ("advcl", "ccomp", "xcomp") and is_infinitive(c)
                    for m in children(c) if m.dep_ == "mark" and m.lower_ == "for"}


def _has_modifier(token: Token, words: str | list[str]) -> bool:
    """Whether a modifier or preposition of ``token``, or what it is "of", is one of ``words``:
    "a *press* conference", "the collapse of the *building*"."""
    wanted = _words(words)
    return any(c.dep_ in MODIFIER_DEPS and (c.lower_ in wanted or c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in wanted for o in children(c))) for c in children(token))


def _has_clause(token: Token) -> bool:
    """Whether ``token`` takes a that-clause: a verb's complement ("conceded *that* the slick could
    spread"), or the clause the parser hangs on a noun as a modifier ("his call *that* Gadhafi must go")."""
    return any(c.dep_ == "ccomp" or token.pos_ == "NOUN" and c.dep_ == "acl" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in children(c)) for c in children(token))


def _tells_its_end(noun: Token) -> bool:
    """Whether the clause ``noun`` is the subject of says that it ends: a verb of ending ("the
    war *neared* an end", "the fighting *stopped*") or one that goes to an end ("the siege *came
    to an end*", "talks *ground to a halt*"); what the clause reports is the end, not the act."""
    if noun.dep_ != "nsubj":
        return False
    verb, lists = noun.head, load_json("event_domains.json")["word_lists"]
    return verb.lemma_.lower() in lists["ending_verbs"] or any(
        p.dep_ == "prep" and p.lower_ == "to" and any(o.lemma_.lower() in lists["ending_nouns"] for o in children(p))
        for p in children(verb))


def _demands(token: Token) -> bool:
    """Whether what ``token`` insists on is demanded rather than asserted: "insisted *on*
    talks", "insisted that Gaddafi *step* down" (a mandative subjunctive), "insisted that
    he *must* go" (an obligation), "his call *for* Gadhafi *to step* aside" (what another is
    to do); not "insisted that the rates were to be expected"."""
    normative = set(load_json("factuality.json")["normative"])
    for child in children(token):
        if child.dep_ == "prep" and child.lower_ == "on" or child.dep_ == "xcomp":
            return True
        if child.dep_ == "ccomp" and (is_subjunctive(child) or any(
                c.dep_ == "aux" and c.lower_ in normative for c in children(child))):
            return True
        # a clause of what someone else is to do: "his call *for* Gadhafi *to step* aside"
        if child.dep_ in ("acl", "advcl", "ccomp") and is_infinitive(child) and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in children(child)):
            return True
    return False


def _complements(token: Token) -> set[str]:
    """The lemmas of ``token``'s to-infinitive complements: "declined *to comment*"."""
    return {c.lemma_.lower() for c in children(token) if c.dep_ in ("xcomp", "advcl") and is_infinitive(c)}


def _prepositional_objects(token: Token) -> set[str]:
    """The lemmas of what ``token``'s prepositions (or those the parser hung on its direct object)
    take: "hit him *in the face*", "beat the prisoner *to death*", and of what they take in turn or
    their gerund acts on ("died in custody *of his wounds*", "died after contracting *the virus*")."""
    objects = [c for c in children(token) if c.dep_ == "dobj"]
    found = [o for head in (token, *objects) for p in children(head) if p.dep_ == "prep"
             for o in children(p) if o.dep_ == "pobj"]
    # a cause the parser hung on the place before it: "died in custody *of his wounds*"
    found += [o for place in found for p in children(place) if p.dep_ == "prep" and p.lower_ in ("of", "from")
              for o in children(p) if o.dep_ == "pobj"]
    # what a gerund the preposition takes is done to: "died after contracting *swine flu*"
    found += [o for p in children(token) if p.dep_ == "prep" for g in children(p) if g.dep_ == "pcomp"
              for o in children(g) if o.dep_ == "dobj"]
    # each of coordinated objects is taken: "received billions of dollars in military *and other aid*"
    return {w.lemma_.lower() for o in found for w in (o, *o.conjuncts)}


#: where a clause tells what a verb came with or from: "died *when* the rig exploded", "was shot *and died*"
CAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "conj", "agent", "npadvmod"})


def _cause_untold(token: Token) -> bool:
    """Whether ``token`` is told with nothing but its time: no clause, conjunct or agent with it and
    no prepositional object but a date or a number ("Kim Il-sung died in 1994", "Michael Jackson
    died"), so nothing says a blast, a battle or a crash came with it ("died in the blast", "was shot
    and died", "died when the rig exploded")."""
    if token.dep_ in CAUSE_DEPS or any(c.dep_ in CAUSE_DEPS for c in children(token)):
        return False
    # where and at what age a life ends in peace tells no cause: "died *at his home*", "*in his sleep*",
    # "*at the age of* 80" (a place named is no such word: "died in Sirte" may be a battle's death)
    peaceful = set(load_json("event_domains.json")["word_lists"]["peaceful_deaths"])
    return all(o.ent_type_ in TIME_ENTITIES or o.like_num or o.lemma_.lower() in peaceful
               for p in children(token) if p.dep_ == "prep" for o in children(p))


def _governor(word: Token) -> Token | None:
    """The verb ``word`` is the object of, directly or through a preposition: "held onto *power*",
    "seized *power*"."""
    head = word.head if word.dep_ == "pobj" and word.head.dep_ == "prep" else word
    verb = head.head
    return verb if head is not verb and head.dep_ in ("prep", "dobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") \
        else None


def sense_holds(token: Token, requires: dict, participants: list | None) -> bool:
    """Whether ``token`` passes every check of ``requires``; ``actor`` is taken as
    holding while ``participants`` are not known yet (``None``)."""
    for check, value in requires.items():
        if check == "one_of" and not any(sense_holds(token, option, participants) for option in value):
            return False
        if check == "objects" and not {t.lemma_.lower() for t in _themes(token)} & _words(value):
            return False
        if check == "object_kinds" and not _object_kinds(token) & _words(value):
            return False
        if check == "parties_not" and _parties(token) & _words(value):
            return False
        if check == "infinitive" and _has_infinitive(token) != value:
            return False
        if check == "clause" and _has_clause(token) != value:
            return False
        if check == "demand" and _demands(token) != value:
            return False
        if check == "modifiers" and not _has_modifier(token, value):
            return False
        if check == "quantity" and has_quantity(token) != value:
            return False
        if check == "subjects" and not _doer_words(token) & _words(value):
            return False
        if check == "subjects_not" and _doer_words(token) & _words(value):
            return False
        if check == "objects_not" and any(t.lemma_.lower() in _words(value) for t in _undergoers(token)):
            return False
        if check == "predicate" and any(c.dep_ == "oprd" and (isinstance(value, bool) or c.lemma_.lower() in _words(value))
                                        for c in children(token)) != bool(value):
            return False
        if check == "predicate_of" and any(s.lemma_.lower() not in _words(value) for c in _small_clauses(token)
                                           for s in children(c) if s.dep_ == "nsubj"):
            return False  # what is made clear is a saying: "made *it* clear that …", not "made *the channel* clear"
        if check == "predicates" and not {c.lemma_.lower() for c in (
                *(c for c in children(token) if c.dep_ in PREDICATE_DEPS), *_small_clauses(token))} & _words(value):
            return False
        if check == "object" and value and not any(
                c.dep_ == "dobj" and not _subject_taken_for_object(c) for c in children(token)):
            return False
        if check in ("particle", "particle_not"):
            particles = {c.lower_ for c in children(token) if c.dep_ in ("prt", "advmod")}
            if check == "particle" and not particles & _words(value) or check == "particle_not" and particles & _words(value):
                return False
        if check == "actor" and participants is not None and value and not participants:
            return False
        if check == "doer" and participants is not None and value and not any(p.role == "actor" for p in participants):
            return False
        if check == "modifiers_not" and _has_modifier(token, value):
            return False
        if check == "prepositions" and not _prepositions(token) & set(value):
            return False
        if check == "prepositions_not" and any(c.dep_ == "prep" and c.lower_ in value and not _tells_a_time(c)
                                               for c in children(token)):
            return False
        if check == "complement" and value and not _has_event_complement(token):
            return False
        if check == "ending" and token.pos_ == "NOUN" and _tells_its_end(token) != value:
            return False
        if check == "possessor" and any(c.dep_ == "poss" for c in children(token)) != value:
            return False
        if check == "plural" and (token.tag_ in ("NNS", "NNPS")) != value:
            return False
        if check == "heads_not" and token.dep_ in ("dobj", "pobj", "nsubjpass") and token.head.lemma_.lower() in _words(value):
            return False
        if check == "object_entities" and not any(t.ent_type_ in value for t in _themes(token)):
            return False
        if check == "subject_domain" and any(word_domain(d) for d in _movers(token)) != value:
            return False
        if check == "complements" and not _complements(token) & _words(value):
            return False
        if check == "prepositional_objects" and not _prepositional_objects(token) & _words(value):
            return False
        if check == "prepositional_objects_not" and _prepositional_objects(token) & _words(value):
            return False
        if check == "cause_untold" and _cause_untold(token) != value:
            return False
        if check == "person_doer" and any(d.ent_type_ == "PERSON" and d.tag_ == "NNP" for d in doers(token)) != value:
            return False
        if check == "governors" and not ((verb := _governor(token)) is not None and verb.lemma_.lower() in value):
            return False
    return True


def domain_sense(token: Token, kind: str) -> dict | None:
    """The first domain sense of ``token``'s lemma whose checks hold."""
    senses = load_json("event_domains.json")["verbs" if kind == "verb" else "nouns"].get(token.lemma_.lower())
    if not senses:
        return None
    # asked up to four times of one trigger (its lexicon entry, its type twice, its name): checked once
    checked = token.doc.user_data.setdefault(_DOMAIN_SENSES, {})
    key = (token.i, kind)
    if key not in checked:
        domains = load_json("event_domains.json")["domains"]
        # a domain's own checks hold for each of its senses ("fell 3 %" is a market move only
        # with no doer of another domain: "deaths rose 20 %")
        checked[key] = next((sense for sense in senses if sense_holds(token, {
            **domains.get(sense["domain"], {}).get("requires", {}), **sense.get("requires", {})}, None)), None)
    return checked[key]


_DOMAIN_SENSES = "kg_domain_senses"


def domain_of(token: Token, kind: str) -> str | None:
    """The domain type of ``token``, if a domain sense of its lemma holds."""
    sense = domain_sense(token, kind)
    return sense["domain"] if sense else None


def enters_untyped(tml_class: str, lemma: str, tense: str, aspect: str) -> bool:
    """Whether an event with no type is told as something that happened, and so may enter the
    outputs (``generic_classes_in_outputs``, ``stative_lemmas`` of event_domains.json): an
    occurrence, intention or report told in the past or perfect, not a state, an attitude, a
    perception or a beginning ("BP wanted", "millions watched"), a verb of state ("they lived
    near Llandrindod Wells") or the present ("Ukraine defines victory as …")."""
    domains = load_json("event_domains.json")
    return (tml_class in domains["generic_classes_in_outputs"] and lemma not in domains["stative_lemmas"]
            and told_as_past(tense, aspect))


def word_domain(word: Token, doer: bool = False) -> str | None:
    """The domain a word gives the event it is an argument of: a noun whose own domain sense needs
    no check ("plunged into *recession*", "soiled by the *spill*"), a word of ``argument_domains``
    whose checks hold ("*infections*", "*her* post", "fell *ill*"), else that of its compound or
    adjective modifier ("the *death* toll", "its *pandemic* alert"; of a name that is the event's
    ``doer``, a title only)."""
    noun = domain_sense(word, "noun") if word.pos_ == "NOUN" else None
    # a noun whose sense needs checks is too ambiguous alone ("the *strikes* targeted a compound"), unless its
    # checks say the sense on their own (``argument``: "the criminal *charges* were dropped")
    if noun is not None and ("requires" not in noun or noun.get("argument")) and (
            noun["domain"] in load_json("event_domains.json")["domains"]):
        return noun["domain"]
    lemma = word.lemma_.lower()
    # a word of a name is none of its own ("*Bill* McCollum"), a title is ("*Judge* Martin Feldman")
    if word.ent_type_ not in NAME_ENTITIES or word.lower_ in title_words():
        for sense in _argument_senses():
            if lemma in sense["words"] and sense_holds(word, sense.get("requires", {}), None):
                return sense["domain"]
    # what kind of body a named ``doer`` is says nothing of what it did ("investment bank JP Morgan *suggested*"); a
    # title before its name does ("*Judge* Martin Feldman issued an order"), and what a named thing done to is does
    # ("resistance to the antiviral *drug* Tamiflu")
    body = doer and word.ent_type_ in NAME_ENTITIES
    return next((d for d in map(word_domain, (c for c in children(word) if c.dep_ in ("compound", "amod") and (
        not body or c.lower_ in title_words()))) if d), None)


@cache
def _argument_senses() -> tuple[dict, ...]:
    """The senses of ``argument_domains`` with their word lists read (``@name`` lists too), once."""
    return tuple({**sense, "words": _words(sense["words"])}
                 for sense in load_json("event_domains.json")["argument_domains"]["senses"])


# what a verb leads into or to, is done with or against: "plunged *into recession*", "held *onto power*"
ARGUMENT_PREPOSITIONS = {"into", "with", "from", "against", "to", "onto"}
# what a noun is of, for or to: "the treatment *of patients*", "his return *to his old job*"
NOUN_ARGUMENT_PREPOSITIONS = {"of", "for", "to"}
# what a verb's object is of, to, for or against: "a road map *to* …", "took precautions *against* the virus"
OBJECT_PHRASE_PREPOSITIONS = {"of", "to", "for", "against"}


def _arguments(token: Token, kind: str, tml_class: str | None) -> list[Token]:
    """The words that tell what ``token`` is about: its doers, its objects (a passive subject, a
    predicate adjective or adverb, the noun its participle describes), the objects of its "into",
    "with", "from" and "against" phrases, and — not for a report, which stays a statement — the
    subject of its clause ("forecast *the economies* would grow"), then what its object is of, to or
    for and the objects of its to-infinitive ("took measures *to contain* a new *strain*"). A noun's: what it is "of",
    "for" or "to" ("the forecast *for* Chinese *growth*", "his return *to* his old *job*"; not its modifier: "a *disaster* situation" was
    declared for an outbreak)."""
    if kind != "verb":
        return [o for p in children(token) if p.dep_ == "prep" and p.lower_ in NOUN_ARGUMENT_PREPOSITIONS
                for o in children(p) if o.dep_ == "pobj"]
    # the doer first: what causes a happening says its domain ("the spill caused the deaths")
    found = [*doers(token), *(t for t in _undergoers(token) if not _subject_taken_for_object(t))]
    found += [c for c in children(token) if c.dep_ == "advmod"]  # "fell *ill*", as the parser reads it
    found += [o for p in children(token) if p.dep_ == "prep" and p.lower_ in ARGUMENT_PREPOSITIONS
              for o in children(p) if o.dep_ == "pobj"]
    if tml_class != REPORTING:
        found += [s for c in children(token) if c.dep_ == "ccomp" for s in children(c) if s.dep_ == "nsubj"]
        # last, what its object is of, to, for or against, and what it was done to do: "drew up a road map *to a
        # constitution*", "negotiated the terms *of* his *exit*", "took drastic measures *to contain* a new
        # strain of flu", "decided *to raise* the alert to pandemic level"
        found += [o for d in children(token) if d.dep_ == "dobj" for p in children(d)
                  if p.dep_ == "prep" and p.lower_ in OBJECT_PHRASE_PREPOSITIONS for o in children(p) if o.dep_ == "pobj"]
        found += [o for c in children(token) if c.dep_ in ("xcomp", "advcl") and is_infinitive(c)
                  for o in _undergoers(c)]
    return found


def _subject_taken_for_object(noun: Token) -> bool:
    """Whether the parser took the subject of a clause without "that" for the verb's object: "the
    UN warned *the outbreak* might become a pandemic" — the clause that goes on right after it has
    no subject (wherever the parser hung that clause)."""
    after = noun.right_edge.i + 1
    if noun.dep_ != "dobj" or after >= len(noun.doc):
        return False
    clause = noun.doc[after]
    clause = clause.head if clause.dep_ in ("aux", "auxpass", "neg") else clause
    return clause.dep_ == "ccomp" and clause.i > noun.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children(clause))


def argument_domain(token: Token, kind: str, tml_class: str | None) -> str | None:
    """The domain of what an untyped event that enters the outputs is about (:func:`_arguments`,
    the first that has one), None for one that stays out (typing it would let it in)."""
    checked = token.doc.user_data.setdefault(_ARGUMENT_DOMAINS, {})
    if token.i not in checked:
        checked[token.i] = None
        if enters_untyped(tml_class or GENERIC, token.lemma_.lower(), *tense_and_aspect(token)):
            # what a deed was done by says what it was: "the House acted *by passing a bill*" (LAW)
            means = [domain_of(g, "verb") for p in children(token) if p.dep_ == "prep" and p.lower_ == "by"
                     for g in children(p) if g.dep_ == "pcomp"]
            # and its complement, what it was decided, tried or found to be: "decided *to sell* the unit", "were found
            # *to be infected*" (not a purpose: "issued a moratorium *to replace* one struck down" is no personnel)
            means += [domain_of(c, "verb") for c in children(token) if c.dep_ == "xcomp" and is_infinitive(c)]
            done_by = {d.i for d in doers(token)} if kind == "verb" else set()
            checked[token.i] = next((d for d in means if d), None) or next(
                (d for d in (word_domain(a, a.i in done_by) for a in _arguments(token, kind, tml_class)) if d), None)
    return checked[token.i]


_ARGUMENT_DOMAINS = "kg_argument_domains"


def political_type(token: Token, entry: dict | None, participants: list | None) -> str | None:
    """The political type of the first sense of ``entry`` whose checks (and its type's) hold: the
    entry itself, then its further ``senses`` ("sent *troops* into Hama" is MOBILIZE, "sent *food*"
    AID)."""
    if not entry:
        return None
    types = load_json("events.json")["types"]
    for sense in (entry, *entry.get("senses", ())):
        type_ = sense.get("type")
        if type_ in types and sense_holds(
                token, {**types[type_].get("requires", {}), **sense.get("requires", {})}, participants):
            return type_
    return None


def event_type(token: Token, kind: str, entry: dict | None, tml_class: str | None,
               participants: list | None = None, about: bool = True) -> str:
    """The type of the event ``token`` says (``entry``: its political lexicon entry, if any); with
    ``about`` false, without the domain of what it is about (:func:`argument_domain`), which types
    an event but does not make it take in another word ("Jobs then moved on to talk" stays two)."""
    type_ = political_type(token, entry, participants)
    if type_ is not None:
        return type_
    domain = domain_of(token, kind) or (argument_domain(token, kind, tml_class) if about else None)
    if domain is not None:
        return domain
    # a verb of gathering what may be told later says nothing yet, whatever the tagger's class
    # ("has been compiling information on abuses")
    return "STATEMENT" if tml_class == REPORTING and token.lemma_.lower() not in _gathering_verbs() else GENERIC


@cache
def _gathering_verbs() -> frozenset[str]:
    """Verbs of gathering information (``gathering_verbs`` of ``events.json``, read once)."""
    return frozenset(load_json("events.json")["gathering_verbs"]["verbs"])


def quad_class(type_: str) -> str:
    """The quad class of a type: the lexicon's for political types, ``none`` otherwise."""
    known = load_json("events.json")["types"].get(type_) or load_json("event_domains.json")["domains"].get(type_)
    return known["quad_class"] if known else "none"


def default_tml_class(type_: str) -> str:
    """The TimeML class of a lexicon event the tagger did not tag ("said": REPORTING)."""
    return load_json("events.json")["types"].get(type_, {}).get("tml_class", "OCCURRENCE")
