"""Headlines: a :class:`Trigger` (with its participants) in, the past-tense predicate
("invaded", "agreed to meet", "held talks with") and the title from the parse out.

The predicate: a verb gives its past tense (irregular verbs from
``resources/irregular_verbs.json``), with its event complement ("agreed to meet") and
the preposition of a recipient that is no direct object ("talked with"); a noun gives
the headline form of its lexicon entry ("invasion" → "invaded"), or, when a participle
names its actor ("the treaties presented by Russia"), the participle and the noun.

The title (:func:`title`) says what happened, as the sentence says it, cut short:
the subject (a name alone, without the titles before it; the subject of the clause a
verb depends on, the noun a relative clause describes), the verb group (simple past,
or with its modal, negation, passive or progressive: "would not deploy", "was
killed"; a participle without auxiliary, passive where "by", "if" or its form says so: "was
followed by", "was born"), then objects, complements and places ("BP agreed to set up a $20bn
compensation fund", "Obama met BP executives at the White House"). A statement says
what was said ("Obama said the US would not deploy ground troops"; a quotation first:
"Shammam: we will not negotiate", whole with the clause an "it is …" stands for, or a clause said inside it
when too long, never a fragment such as "It was not an exaggeration"; what was said first when the parser hung the
verb of saying on it: "Human Rights Watch: At least one person is thought to have died"; none when what was said is
of what the text said before: "That's our plan", "'It kills me,' said …", "'He is well,' said …" with "he"
unnamed). A phrase loses its asides (relative clauses, appositions, absolute constructions), then its details one at a time from its end (a
whole prepositional phrase, a whole coordination, an adverb; a participle or infinitive
saying which goes last), then all but its core until the title fits in
:data:`TITLE_WORDS` words; an object still too long ends where its last inner phrase begins, as written
("hoped to use a share of the BP money", not "hoped"), and no phrase ends on an article, preposition or
conjunction whose word it left out; times are left out (the timeline dates the event). An entity
stays a piece of its own, which the resolved timeline names by its entity
(:func:`fill_title`: "he" → "Barack Obama", "the company" → "BP"), each name once; a
pronoun is named as the subject or a verb's object. A noun event is titled by the clause it is the
subject of ("his execution was ordered by rebel leaders"), by its possessor (or "by" phrase) and headline verb
when the possessor did it to an object ("Bush's invasion of Iraq": "Bush invaded Iraq", "the bombing of Tripoli by
NATO": "NATO bombed Tripoli"), by the verb a noun of intention stands for when its possessor meant to do what its
infinitive says ("Britain's decision to expel two diplomats": "Britain decided to expel two diplomats"), by the verb
of saying of a noun of saying with its doer and "that" clause ("BP's announcement that it would set aside $20
billion": "BP announced it would set aside $20 billion"), by the verb a noun of a deed stands for with its doer and
the phrase the verb takes ("the House vote on the resolution": "House voted on the resolution"), by
its own phrase when it is the subject or (inside) the object of another verb and a possessor
and a complement say who did what ("Obama praised the Arab League's move to suspend Syria":
"Arab League's move to suspend Syria", not the praise's title), else by that verb's clause ("Brazil took charge of the
Minustah operation"), or by a relative clause with it as subject, by its phrase when that names two entities
("Margaret Scobey's conversation with Mohamed ElBaradei"); a phrase naming fewer
("Occupation of Iraq") tells no happening and gives no title, nor does a noun a copula says its subject is
("It's an assault on our people").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from kg.extract.events.lookup import RELATIVE_TAGS, MentionLookup
from kg.extract.events.participants import (
    Participants,
    direct_objects,
    listed_before,
    set_off_participle,
    subject_joined_before,
    subject_read_as_object,
)
from kg.extract.events.senses import political_type
from kg.extract.events.triggers import Trigger
from kg.extract.factuality import clause_factuality
from kg.extract.sentences import STAMP_MARKS, clock_time_end, sentence_of, sentence_start
from kg.extract.syntax import (
    VERBAL,
    children,
    doc_memo,
    is_infinitive,
    is_passive_participle,
    is_trailing_participle,
    objects_of,
)
from kg.extract.text import tokens_among
from kg.resources import load_json, title_words
from kg.vocabulary import ACTOR_LABELS, DOUBLING_STEM


def past_tense(lemma: str, entry: dict | None = None) -> str:
    """The headline form of a verb.

    >>> past_tense("invade"), past_tense("sign"), past_tense("deny", {"past": "denied"}), past_tense("ban")
    ('invaded', 'signed', 'denied', 'banned')
    """
    if entry and entry.get("past"):
        return entry["past"]
    if lemma in _irregular():
        return _irregular()[lemma]["past"]
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if DOUBLING_STEM.fullmatch(lemma):
        return lemma + lemma[-1] + "ed"  # one syllable, short vowel: "stopped", "banned"
    return lemma + "ed"


def headline(trigger: Trigger, participants: Participants, lookup: MentionLookup) -> str:
    """The predicate of the event ``trigger`` says, for a timeline title."""
    if trigger.kind == "verb":
        return _verb_headline(trigger, participants, lookup)
    return _noun_headline(trigger, participants)


def _verb_headline(trigger: Trigger, participants: Participants, lookup: MentionLookup) -> str:
    verb = trigger.token
    predicate = past_tense(verb.lemma_.lower(), trigger.entry) + _particle(verb)
    if trigger.complement is not None:
        predicate += _complement_form(trigger.complement) + _particle(trigger.complement)
    if participants.recipient_preposition:
        objects = direct_objects(verb, lookup)
        if not any(p.role == "recipient" and p.mention in objects for p in participants.found):
            predicate += " " + participants.recipient_preposition
    return predicate


def _complement_form(complement: Token) -> str:
    """How a verb's event complement is written after it: an infinitive with "to" ("agreed *to meet*"),
    a gerund or a participle without "to" as written — a passive verb of reporting or perceiving takes
    its subject's participle as a small clause ("were reported *killed*", "was feared *drowned*"), which
    "were reported to kill" would turn from what they underwent into what they did."""
    if complement.tag_ == "VBG" or complement.tag_ == "VBN" and not is_infinitive(complement):
        return " " + complement.lower_
    return " to " + complement.lemma_.lower()


def _particle(verb: Token) -> str:
    """A phrasal verb's particle: "set *up*", "pulled *out*"."""
    return "".join(" " + child.lower_ for child in children(verb) if child.dep_ == "prt")


def _noun_headline(trigger: Trigger, participants: Participants) -> str:
    if participants.participle is None or trigger.name:
        return trigger.entry.get("headline", "")
    predicate = f"{participants.participle.lower_} {trigger.token.lower_}"
    if participants.recipient_preposition:
        predicate += " " + participants.recipient_preposition
    return predicate


#: a title has at most this many words; longer phrases lose their asides, then their details
TITLE_WORDS = 14
#: the subject of a title is at most this long ("Thousands of protesters", "Gaddafi's forces")
SUBJECT_WORDS = 6
#: dependents a title never carries: clauses and asides inside an argument
ASIDES = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "mark", "npadvmod", "dep", "meta", "intj"})
#: dependents dropped, after the asides, when a phrase is still too long
DETAILS = frozenset({"prep", "conj", "cc", "advmod", "preconj"})
#: what a phrase keeps at its shortest: its head with article, possessor, number, name and negation
CORE = frozenset({"det", "poss", "case", "compound", "nummod", "quantmod", "neg", "prt", "nsubj", "nsubjpass", "csubj",
                  "aux", "auxpass", "dobj", "attr", "acomp", "pobj", "amod", "ccomp", "xcomp", "expl"})
#: a verb's dependents a title carries after it: objects, complements, clauses it reports, places
ARGUMENTS = frozenset({"dative", "dobj", "attr", "oprd", "acomp", "prep", "agent", "ccomp", "xcomp", "prt"})
#: punctuation a title keeps inside a phrase
KEPT_PUNCT = frozenset({",", "-", "$", "%", "'", "'s", "#", "&"})
#: personal and relative pronouns: a title names whom they stand for, or leaves the phrase out
PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WDT", "WP", "WP$"})
MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall", "wo", "ca"})
TIME_LABELS = frozenset({"DATE", "TIME"})
BRACKETS = {"-LRB-": "(", "-RRB-": ")"}
QUOTE_TAGS = frozenset({"``", "''"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: nouns that say nothing without their relative clause, participle or infinitive ("everyone *who had
#: been affected*", "those *killed*", "the moment *the earthquake struck*", "in order *to meet* the bill")
INDEFINITES = frozenset({"something", "anything", "nothing", "everything", "thing", "things", "one", "way", "everyone",
                         "everybody", "anyone", "anybody", "someone", "somebody", "those", "moment", "order"})
#: prepositions whose object a noun event's headline verb takes ("attack *on* Libya": attacked
#: Libya), or that end its headline ("launched an offensive *against*")
OBJECT_PREPOSITIONS = frozenset({"of", "on", "against", "to", "into", "for", "with"})
#: prepositions whose phrase says what a statement was about ("reported *on* armed children",
#: "warned *of* a crisis"), which a title of a statement without what was said needs
TOPIC_PREPOSITIONS = frozenset({"on", "about", "of", "over", "against"})
#: prepositions of whom a statement was made to, who spoke *to* or *with* someone: a meeting of two
#: ("Robert Gates spoke *to* Field Marshal Tantawi")
ADDRESSED_PREPOSITIONS = frozenset({"to", "with"})
#: words opening a clause that tells when or why, which a title keeps after a verb that says
#: nothing alone ("came *after* the Council authorized the use of force")
LINKING_MARKS = frozenset({"after", "before", "because", "until", "when"})
#: words opening a clause that is all a copula says besides these ("it's almost *like* there's a new
#: sheriff in town", "it's long past time *for* us to stop")
COPULA_MARKS = frozenset({"like", "for"})
#: words opening an indirect question ("*whether* Russia was", "what we don't know is *if* …")
QUESTION_MARKS = frozenset({"whether", "if"})
#: words opening a clause that "it" stands for, hung on the copula after its predicate ("it is important *for* us
#: to find …", "it is clear *that* …", "it is unclear *whether* …", "it could be some time *before* …")
EXTRAPOSED_MARKS = frozenset({"that", "for", *QUESTION_MARKS, "before", "until"})
#: adverbs a title leaves out: "also confirmed", "has now seized"
FILLERS = frozenset({"also", "now", "then", "still", "already", "however", "meanwhile", "too"})
#: a filler word on an adjective or adverb says how much, and stays: "it was *too* late", "*still* higher"
DEGREE_HEADS = frozenset({"ADJ", "ADV"})
#: prepositions whose named event is the scene of the verb they hang on, which tells what happened in it: "11
#: workers were killed *in* the explosion", "Gadhafi and Obama met *at* the G-8 summit", "two died *during* the riots"
SCENE_PREPOSITIONS = frozenset({"in", "at", "during"})
#: prepositions saying where, whose phrase is a detail even of an indefinite object
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "around", "across", "inside", "outside", "throughout", "within"})
#: the dependents that are a verb's or a preposition's object
OBJECTS = frozenset({"dobj", "pobj", "attr", "oprd", "dative"})
#: subjects that point to what the text said before: "*That* is our plan"
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
#: the dependents that head a clause of their own inside another
CLAUSES = frozenset({"ccomp", "xcomp", "csubj", "advcl", "acl", "relcl", "pcomp"})
#: the dependents that are a clause's subject
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: parts of speech that open a line of a list run into a sentence when capitalised inside it (a
#: capitalised adjective inside a line is common: "*Western* weapons", "*Romantic* piano music")
LINE_OPENERS = frozenset({"ADP", "ADV", "AUX", "CCONJ", "DET", "PRON", "SCONJ"})
#: parts of speech that need the next word, so that no line of a list ends with them
LINE_CONTINUERS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART"})
#: where a document keeps, per sentence, the starts of the list lines run into it (:func:`_line_starts`)
LINE_STARTS_KEY = "kg_title_line_starts"
#: the tags of words that need the word after them (prepositions, "to", conjunctions, possessive pronouns)
ENDLESS_TAGS = frozenset({"IN", "TO", "CC", "PRP$"})
ARTICLES = frozenset({"the", "a", "an"})
#: pronouns a title keeps as written inside what someone said ("said we will not negotiate")
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my", "me"})
#: words standing for a thing said before, which a title cannot name unless an entity mention does
#: ("this" often announces what follows: "could provide this: the U.S. and China")
UNNAMED_THINGS = frozenset({"it", "them", "that"})

#: one piece of a title: text as written, or ``[mention, text as written, possessive]`` for an entity
#: the resolved timeline names by its entity ("Gaddafi" → "Muammar Gaddafi", "he" → "Barack Obama")
TitlePiece = str | list


def _irregular() -> dict[str, dict[str, str]]:
    return load_json("irregular_verbs.json")["verbs"]


def simple_past(verb: Token, entry: dict | None = None) -> str:
    """The simple past of ``verb`` as a title says it: "sought", "took" for "has taken",
    "said" for "say"."""
    if verb.tag_ == "VBD":
        return verb.lower_
    lemma = verb.lemma_.lower()
    if lemma in _irregular():
        return _irregular()[lemma]["past"]
    if lemma == verb.lower_ and lemma.endswith("ed") and verb.tag_ not in ("VB", "VBP", "VBZ"):
        return lemma  # a participle the lemmatiser left as written is no stem: "died *aged* 26", never "ageded"
    return past_tense(lemma, entry if entry.get("past") != verb.lower_ else None)  # "has shown": "showed"


@dataclass
class Title:
    """A title as pieces, and the words it puts after its verb group (the complement)."""

    pieces: list[TitlePiece] = field(default_factory=list)
    complement: str = ""


def title(trigger: Trigger, lookup: MentionLookup, participants: Participants | None = None) -> Title:
    """What happened, as a short title from the parse: subject, verb group, objects and
    complements ("BP agreed to set up a $20bn compensation fund", "Obama said the US
    would not deploy ground troops", "Air strikes on Gaddafi's compound"). Empty for a
    named event and when the clause has no subject a title can say."""
    if trigger.name:
        told = _named_title(trigger.token, lookup)
        if told.pieces or trigger.type not in happening_types() or participants is not None and any(
                p.role in ("actor", "recipient") for p in participants.found):
            return told  # a named happening with actors is titled by them ("Iraq war (United States, Iraq)")
        # "NATO bombing of Serbia took place" says nothing the name does not: where or when it did, if its sentence
        # says so right after the name ("… the NATO bombing of Serbia *in 1999*"; else the timeline names it)
        scene = _scene_after(trigger.token)
        own = _phrase(trigger.token, TITLE_WORDS - 2 - len(_written(scene).split()), lookup, drop_article=True,
                      subject=True) if scene else []
        return Title([*own, " took place", *scene]) if own else told
    if trigger.kind == "verb":
        if (report := _report_it_introduces(trigger.token)) is not None:
            return _what_was_said(report, lookup)  # "Speaking to reporters, X said: …": what X said
        if _says_nothing_said(trigger.token, trigger.entry):
            return Title()  # "X told reporters in Edinburgh", "X said in comments": not what X said
        if any(c.dep_ == "mark" and c.lower_ == "than" for c in children(trigger.token)):
            # the standard a comparison measures by tells no news of its own: "a far smaller funnel
            # *than it tried before*", "a different future than it envisioned", "than analysts expected"
            return Title()
        return _clause_title(trigger.token, trigger.complement, trigger.entry, lookup)
    noun = trigger.token
    if trigger.carrier is not None:
        return _clause_title(trigger.carrier, None, {}, lookup)
    if participants is not None and (told := _possessor_clause(trigger, participants, lookup) or _deed_clause(
            trigger, participants, lookup)):
        return Title(told)  # "Reagan's attack on Libya": Reagan attacked Libya, not what was said of it
    if told := _intention_clause(noun, lookup):
        return Title(told)  # "Britain's decision to expel two diplomats": Britain decided to expel two diplomats
    own_participle = next((c for c in children(noun) if _is_participle(c)), None)
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and says_who(noun, lookup) and (own := _phrase(
            noun, TITLE_WORDS, lookup, drop_article=True, subject=True, without=own_participle)):
        # what its verb says of it is another event: "Van Rompuy's call for restraint came as …" (not
        # "his execution was ordered by rebel leaders", who did it; nor "the army's announcement" alone)
        return Title(own)
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" or (
            noun.dep_ == "dobj" and noun.head.lemma_.lower() in load_json("events.json")["support_verbs"]):
        return _clause_title(noun.head, None, {}, lookup)  # "his execution was ordered by …", "made an appearance"
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        # a noun a copula says its subject is tells what that is, no happening: "It's *an assault* on the
        # shores and our people", "WHYS is *a global conversation* hosted by BBC News"
        return Title()
    # "spoke a few days *after Michael Jackson's death*", "has made $1bn *since his death*": the clause is
    # another event, ordered against this one, whose title it is not; the noun's own phrase may still
    # tell it (below), else, untitled, it joins the event it names ("Jackson died") or stays out
    ordered_against = noun.dep_ == "pobj" and noun.head.lower_ in ordering_prepositions() and noun.head.head.pos_ in VERBAL
    verb = None if ordered_against else _verb_of_object(noun)
    if verb is not None and noun.dep_ == "pobj" and noun.head.lower_ == "in" and trigger.entry.get("type") == "STATEMENT" and (
            _says_nothing_said(verb, load_json("events.json")["verbs"].get(verb.lemma_.lower()) or {})):
        return Title()  # "Perry said in an interview.": where it was said, not what ("testified at a hearing" tells more)
    if verb is not None:  # "an Airbus crashed during a domestic flight to Siberia", not "Domestic flight to Siberia"
        clause = _clause_title(verb, None, {}, lookup)
        if noun.text in _written(clause.pieces).split():
            # the noun's own event: its phrase when that says who did it ("Obama praised the Arab
            # League's move to suspend Syria": "Arab League's move to suspend Syria"), not the title
            # of the verb's event; else the clause tells it ("Brazil took charge of the operation")
            own = _phrase(noun, TITLE_WORDS, lookup, drop_article=True, subject=True, without=own_participle)
            if says_who(noun, lookup) and own:
                return Title(own)
            if noun.i < verb.i and _says_nothing_alone(verb) and not any(c.dep_ == "auxpass" for c in children(verb)):
                # a verb that only says the news of it came tells nothing of the noun's event, which its possessor
                # underwent: "The news of Muammar Gaddafi's capture came as …" is "Muammar Gaddafi was captured"
                return Title(_undergone_clause(trigger, lookup))
            return Title(clause.pieces)
        if (report := _report_it_introduces(noun)) is not None:
            return _what_was_said(report, lookup)  # "In an interview with the BBC, X said …"
    clause = next((c for c in children(noun) if c.dep_ == "relcl" and any(
        g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in RELATIVE_TAGS for g in children(c))), None)
    if clause is not None and (told := _clause_title(clause, None, {}, lookup)).pieces:
        return told  # "the flight which carried the infected man": the flight carried the infected man
    if not any(c.dep_ == "prep" and c.i > noun.i for c in children(noun)) or len(_entities_in(noun, lookup)) < 2:
        # "H1N1 outbreak", "Occupation of Iraq", "Armed struggle against Israel": a phrase names what
        # happened without telling who did it to whom; no title
        return Title()
    # "Margaret Scobey's conversation with Mohamed ElBaradei", "Negotiations between Israel and the
    # Palestinians": who with whom, a relation of the graph; not "Statement broadcast on state TV"; a happening
    # is told as one, not as a bare phrase: "Talks with Catherine Ashton in Brussels took place" (not a clause the
    # parser made a noun phrase of, a verb before its noun: "So with whom *would* the envoy talk in Moscow")
    happening = trigger.type in happening_types() and not any(t.pos_ in VERBAL for t in noun.doc[noun.left_edge.i : noun.i])
    scene = _scene_after(noun) if happening else []
    own = _phrase(noun, TITLE_WORDS - 2 * happening - len(_written(scene).split()), lookup, drop_article=True,
                  subject=True, without=own_participle)
    return Title([*own, " took place", *scene] if own and happening else own)


#: prepositions of where or when a happening took place, which its title says ("took place *off* Alaska")
SCENE_OF_HAPPENING = frozenset({*PLACE_PREPOSITIONS, "off", "on"})
#: the entity labels of a place or a time a happening's title may name
SCENE_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE"})


def _scene_after(noun: Token) -> list[TitlePiece]:
    """Where or when a named happening took place, as written, when its sentence says so right after the name in a
    short phrase of a place or a date ("the NATO bombing of Serbia *in 1999*", "the Exxon Valdez spill *off Alaska*",
    whatever the parser hung it on): a title "X took place" says nothing its name does not."""
    doc = noun.doc
    preposition = next((c for c in children(noun) if c.dep_ == "prep" and c.i > noun.i and _is_time(c)), None)
    if preposition is None and noun.right_edge.i + 1 < len(doc):
        preposition = doc[noun.right_edge.i + 1]
    if preposition.dep_ != "prep" or preposition.lower_ not in SCENE_OF_HAPPENING:
        return []
    place = next(iter(objects_of(preposition)), None)
    if place is None or place.ent_type_ not in SCENE_LABELS or place.i - preposition.i > 3:
        return []
    words = doc[preposition.i : place.i + 1]
    while words.end < len(doc) and doc[words.end].head.i == place.i and not doc[words.end].is_punct:
        words = doc[preposition.i : words.end + 1]  # "on February 28", never "on February"
    if place.ent_type_ == "DATE" and not any(t.like_num or t.pos_ == "PROPN" for t in words):
        return []  # a superlative's span is no date: "the worst U.S. spill *in decades*"
    return [" " + " ".join(_word(t) for t in words)]


def _named_title(noun: Token, lookup: MentionLookup) -> Title:
    """A named event told by what its sentence says it did or underwent: the clause it is the subject of ("the
    April 20 blast killed 11 workers", "the Texas City disaster was caused by safety deficiencies"), its relative
    clause ("the April rig explosion *that unleashed the gushing oil*") or its participle with a doer ("the 1990
    Persian Gulf spill *caused by Saddam Hussein*"), or what happened in it or by it, a passive's doer or a verb's
    "in", "at" or "during" ("11 workers were killed in the Deepwater Horizon explosion", "dolphins were killed by the
    BP spill", "Gadhafi and Obama met at the G-8 summit"),
    when that says more than its verb and tells a happening (not what it is, "was closer to …", nor what it would
    or should do); else none (the timeline titles it by its name: "Exxon Valdez spill")."""
    clauses = [c for c in children(noun) if c.dep_ == "relcl" and any(
        g.dep_ == "nsubj" and g.tag_ in RELATIVE_TAGS for g in children(c))]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in VERBAL:
        clauses.insert(0, noun.head)
    # a participle with its doer says what was done to it: "the spill *caused by* Saddam Hussein blowing up …"
    clauses += [c for c in children(noun) if _is_participle(c) and any(g.dep_ == "agent" for g in children(c))]
    # where it is the doer of a passive or the scene of a verb, the clause tells what it did or what happened in
    # it, if its title names it: not "BP lost $3bn" for "… in the spill" cut short
    scene = noun.head.head if noun.dep_ == "pobj" and (
        noun.head.dep_ == "agent" or noun.head.lower_ in SCENE_PREPOSITIONS) and noun.head.head.pos_ in VERBAL else None
    for clause in [*clauses, *([scene] if scene is not None else [])]:
        if clause.lemma_ == "be" or clause_factuality(clause).factuality not in ("asserted", "reported", "negated"):
            continue  # what it is or might do is no happening: "the BP spill *should be* a wake-up call"
        if clause.lemma_ == "do" and not any(c.dep_ == "dobj" for c in children(clause)):
            continue  # a "do" that stands for a verb said before: "as it has *done* in the Deepwater Horizon spill"
        if clause is scene and clause.dep_ == "acl" and clause.head.tag_ in ("DT", "PRP"):
            continue  # whom "those" stands for its participle says: "messages from *those affected by* the earthquake"
        told = _clause_title(clause, None, {}, lookup)
        if told.complement and (clause is not scene or noun.text in _written(told.pieces).split()):
            return told
    return Title()


def says_who(noun: Token, lookup: MentionLookup) -> bool:
    """Whether a noun event's phrase says who did what: a possessor that is an entity mention
    and a complement after the noun ("*the Arab League's* move *to suspend Syria*", "*his* third
    visit *to the Gulf Coast*"; "since *its* invasion" alone says less than its clause, and an
    untitled noun joins the event it names)."""
    return any(c.dep_ == "poss" and c.i in lookup.mention_of_token for c in children(noun)) and any(
        c.dep_ in ("prep", "acl") and c.i > noun.i for c in children(noun))


def _entities_in(noun: Token, lookup: MentionLookup) -> set[int]:
    """The entity mentions in the phrase of a noun event, its possessor and modifiers too
    ("*American* support of *Hosni Mubarak*"), without its relative clauses."""
    clauses = [c for c in children(noun) if c.dep_ in ("relcl", "acl")]
    return {lookup.mention_of_token[t.i] for t in noun.subtree if t.i in lookup.mention_of_token and not any(
        c.left_edge.i <= t.i <= c.right_edge.i for c in clauses)}


def _says_nothing_said(verb: Token, entry: dict) -> bool:
    """Whether a verb reporting what was said says neither what nor about what: no clause it
    reports, no object but its audience (``audience`` in ``events.json``), no phrase of its
    topic ("X told reporters in Edinburgh", "X said in comments"; not "reported *on* armed
    children", "announced *the state's plans*"): such a title names the audience and the
    venue, not what was said."""
    if not _reports(verb) or any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in children(verb)) or (
            _clause_on_statement(verb) is not None) or _said_before(verb) is not None:
        return False
    objects = [c for c in children(verb) if c.dep_ in ("dobj", "attr", "oprd")]
    return (not objects or bool(entry.get("audience"))) and not any(
        c.dep_ == "prep" and (c.lower_ in TOPIC_PREPOSITIONS or c.lower_ in ADDRESSED_PREPOSITIONS and not bool(
            entry.get("audience"))) for c in children(verb))


def _what_was_said(report: Token, lookup: MentionLookup) -> Title:
    """The title of the reporting verb a saying event sets the scene of, when it says what was
    said (not "X said" alone, when the quotation is too long for a title)."""
    told = _clause_title(report, None, {}, lookup)
    return told if told.complement else Title()


def _report_it_introduces(word: Token) -> Token | None:
    """The verb reporting what was said that a saying event only sets the scene of: the
    participle or adverbial phrase before it ("*Speaking* to reporters, X said: …", "*In an
    interview* with the BBC, X said …", "In a statement *issued* in New York, the UN said …"),
    when the reporting verb says what was said."""
    if word.dep_ == "acl" and word.tag_ == "VBN" and word.head.dep_ == "pobj" and _reports(word.head):
        word = word.head  # "In a statement *issued* in New York, the UN said …": the statement's scene
    head = word.head
    if word.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif word.dep_ != "advcl" or word.tag_ != "VBG" or any(c.dep_ in ("ccomp", "nsubj") for c in children(word)):
        return None
    if head.i == word.i or not _reports(head) or not _reports(word):
        return None
    # what was said, also as the verb's own complement: "Hayward acknowledged *making* a hurtful comment"
    return head if any(c.dep_ == "ccomp" or c.dep_ == "xcomp" and c.tag_ == "VBG" for c in children(head)) or (
        _clause_on_statement(head) is not None) else None


def _possessor_clause(trigger: Trigger, participants: Participants, lookup: MentionLookup) -> list[TitlePiece]:
    """A noun event whose possessor (or "by" phrase) is its actor, told as a clause with the noun's
    headline verb and the phrase of a recipient after it ("Reagan's attack on Libya": "Reagan attacked
    Libya", "Gaddafi's offensive against rebel forces": "Gaddafi launched an offensive against
    rebel forces", "the bombing of Tripoli by NATO": "NATO bombed Tripoli"); empty when there is no
    headline ("Libya's fight against …"), no recipient after the noun, or the headline's preposition
    is not the noun's ("an interview *with* X" is no "gave an interview *to* X")."""
    noun = trigger.token
    possessor = _doer_of_noun(noun)
    index = lookup.mention_of_token.get(possessor.i) if possessor is not None else None
    if index is None:
        return []  # most noun events: no headline to build
    predicate = headline(trigger, participants, lookup)
    if not predicate or predicate.split()[0] == noun.lower_:
        return []
    roles = {p.mention: p.role for p in participants.found}
    mention = lookup.mentions[index]
    if roles.get(index) != "actor" or possessor.tag_ in PRONOUN_TAGS and mention.antecedent is None:
        return []
    recipients = {m for m, role in roles.items() if role == "recipient"}
    last_word = predicate.split()[-1]
    # "Khodorkovsky's arrest": without an object the possessor may be who underwent it
    preposition = next((c for c in children(noun) if c.dep_ == "prep" and c.i > noun.i and any(
        lookup.mention_of_token.get(t.i) in recipients for t in c.subtree)), None) or next(
        (c for c in children(noun) if c.dep_ == "prep" and c.i > noun.i and _names_what_is_done(c, trigger, last_word)),
        None)
    if preposition is None:
        # "Medvedev's call for Gadhafi to step aside": what the call was for is a clause ("for" its mark)
        wanted = next((c for c in children(noun) if c.dep_ == "acl" and c.i > noun.i and is_infinitive(c) and any(
            g.dep_ == "mark" and g.lower_ == last_word for g in children(c)) and any(
            g.dep_ == "nsubj" for g in children(c))), None) if last_word == "for" else None
        phrase = _phrase(wanted, TITLE_WORDS - len(predicate.split()) - 2, lookup, drop_article=False) if (
            wanted is not None) else None
        if not phrase:
            return []
        if _written(phrase).split()[0].lower() == last_word:  # the clause's own "for": "called for Gadhafi to …"
            predicate = predicate.rsplit(" ", 1)[0]
        return [*_doers_named(possessor, index, lookup), " " + predicate, " ", *phrase]
    if last_word in OBJECT_PREPOSITIONS and last_word != preposition.lower_ or (
            last_word not in OBJECT_PREPOSITIONS and preposition.lower_ not in OBJECT_PREPOSITIONS):
        return []
    if " " in predicate and last_word not in OBJECT_PREPOSITIONS:
        predicate += " " + preposition.lower_  # a headline ending on its own noun keeps the noun's: "gave a speech *on* Libya"
    return _with_objects([*_doers_named(possessor, index, lookup), " " + predicate], preposition, lookup)


def _with_objects(pieces: list[TitlePiece], preposition: Token, lookup: MentionLookup) -> list[TitlePiece]:
    """``pieces`` (a doer and a verb group) followed by the objects of ``preposition``, joined by "and"; empty when
    one of them gives no phrase."""
    objects = [_phrase(o, SUBJECT_WORDS, lookup, drop_article=False) for o in objects_of(preposition)]
    if not all(objects):
        return []
    for number, phrase in enumerate(objects):
        pieces += [" and " if number else " ", *phrase]
    return pieces


def _deed_clause(trigger: Trigger, participants: Participants, lookup: MentionLookup) -> list[TitlePiece]:
    """A noun event outside the political lexicon's headlines told as the clause it stands for, with the verb it
    is the noun of (``deed_nouns`` in ``events.json``), its doer and the phrase after it: "the House vote on the
    resolution" is "House voted on the resolution", "Gaddafi's use of landmines" is "Gaddafi used landmines",
    "McCain's trip to Egypt" is "McCain travelled to Egypt", where the bare phrase names what happened without
    saying it. The doer is the possessor or "by" phrase, or a name before the noun the participants make its
    actor ("the *House* vote"); a possessor the participants make the recipient underwent it, and is told in
    the passive ("Obeidy's deportation to Benghazi": Obeidy was deported to Benghazi; "Mladic's extradition":
    Mladic was extradited). Empty without a doer the title can name, and, for a doer, without a phrase the verb
    takes ("Obama's trip" says not where to)."""
    noun = trigger.token
    entry = load_json("events.json")["deed_nouns"]["nouns"].get(noun.lemma_.lower())
    if entry is None or trigger.entry.get("headline"):
        return []
    roles = {p.mention: p.role for p in participants.found}
    doer = _doer_of_noun(noun) or next((c for c in children(noun) if c.dep_ == "compound" and c.i < noun.i and (
        roles.get(lookup.mention_of_token.get(c.i)) == "actor")), None)
    index = lookup.mention_of_token.get(doer.i) if doer is not None else None
    if index is None or doer.tag_ in PRONOUN_TAGS and lookup.mentions[index].antecedent is None:
        return []
    undergone = roles.get(index) == "recipient" and doer.dep_ == "poss"
    if not undergone and roles.get(index) != "actor":
        return []
    kept, taken = entry.get("prepositions", []), entry.get("object", [])
    preposition = next((c for c in children(noun) if c.dep_ == "prep" and c.i > noun.i and c.lower_ in (
        *kept, *taken) and any(o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in TIME_LABELS for o in objects_of(
            c))), None)
    if preposition is None and not undergone:
        return []
    verb = entry["verb"]
    if undergone:  # "was deported", "were detained"
        group = ("were " if _plural(doer) else "was ") + _irregular().get(verb, {}).get("participle", past_tense(verb))
    else:
        group = entry.get("past") or past_tense(verb)
    pieces: list[TitlePiece] = [*_doers_named(doer, index, lookup), " " + group]
    if preposition is None:
        return pieces
    if preposition.lower_ in kept:
        pieces.append(" " + preposition.lower_)
    return _with_objects(pieces, preposition, lookup)


def _doer_of_noun(noun: Token) -> Token | None:
    """The word that says who does what a noun event names: its possessor, or its "by" phrase, which says
    it as well ("the bombing of Tripoli *by NATO*" is "NATO bombed Tripoli", as "NATO's bombing of Tripoli"
    is; "the announcement *by BP* that …" is BP's)."""
    return next((c for c in children(noun) if c.dep_ == "poss"), None) or next(
        (o for c in children(noun) if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > noun.i
         for o in objects_of(c)), None)


def _undergone_clause(trigger: Trigger, lookup: MentionLookup) -> list[TitlePiece]:
    """A noun event of what is done to someone (``undergone_nouns`` in ``events.json``) told in the passive of its
    headline verb with its possessor, who underwent it ("Muammar Gaddafi's capture": "Muammar Gaddafi was captured");
    empty without a possessor the title can name, or with an "of" phrase naming whom it was done to."""
    noun, headline = trigger.token, trigger.entry.get("headline", "")
    possessor = next((c for c in children(noun) if c.dep_ == "poss"), None)
    index = lookup.mention_of_token.get(possessor.i) if possessor is not None else None
    if index is None or possessor.tag_ in PRONOUN_TAGS and lookup.mentions[index].antecedent is None or " " in headline or (
            noun.lemma_.lower() not in load_json("events.json")["undergone_nouns"]["nouns"]) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in children(noun)):
        return []
    participle = next((forms["participle"] for forms in _irregular().values() if forms.get("past") == headline and (
        "participle" in forms)), headline)
    return [*_doers_named(possessor, index, lookup), (" were " if _plural(possessor) else " was ") + participle]


def _doers_named(doer: Token, index: int, lookup: MentionLookup) -> list[TitlePiece]:
    """The pieces naming a noun event's doer (mention ``index``) and the names coordinated with it, which do it
    with it ("the veto *by China and Russia*": "China and Russia vetoed", not "China vetoed")."""
    others = [lookup.mention_of_token[c.i] for c in doer.conjuncts if c.i > doer.i and c.i in lookup.mention_of_token]
    pieces: list[TitlePiece] = [[index, lookup.mentions[index].text, False]]
    for number, other in enumerate(others, 1):
        pieces += [" and " if number == len(others) else ", ", [other, lookup.mentions[other].text, False]]
    return pieces


def _intention_clause(noun: Token, lookup: MentionLookup) -> list[TitlePiece]:
    """A noun of a decision, attempt or intention with its doer and its infinitive, or a noun of saying with
    its doer and its content clause, told as the clause it stands for with the verb it is the noun of
    (``intention_nouns`` and ``saying_nouns`` in ``events.json``): "Britain's decision to expel two Libyan
    diplomats" is "Britain decided to expel two Libyan diplomats", "BP's announcement that it would set aside
    $20 billion" is "BP announced it would set aside $20 billion", which say what happened where the phrase
    only names it. The doer is the possessor or the "by" phrase (:func:`_doer_of_noun`). Empty without the
    infinitive or clause ("Britain's decision", "the statement that he read", whose "that" is a relative
    word) or a doer the title can name (an "its" of no antecedent)."""
    lexicon = load_json("events.json")
    lemma = noun.lemma_.lower()
    if entry := lexicon["intention_nouns"]["nouns"].get(lemma):
        told = next((c for c in children(noun) if c.dep_ == "acl" and c.i > noun.i and is_infinitive(c)), None)
    elif entry := lexicon["saying_nouns"]["nouns"].get(lemma):
        # a content clause opens with the conjunction "that" (a mark), a relative clause with the relative word;
        # one that ends on its verb may be a relative clause whose "that" is the object the parser took for a
        # mark ("Hayward's statement that the lawyers had drafted"), and says too little to tell
        told = next((c for c in children(noun) if c.dep_ in ("acl", "ccomp") and c.i > noun.i and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in children(c)) and any(
            g.i > c.i and not g.is_punct for g in children(c))), None)
    else:
        return []
    doer = _doer_of_noun(noun)
    if doer is None or told is None:
        return []
    index = lookup.mention_of_token.get(doer.i)
    if index is None or doer.tag_ in PRONOUN_TAGS and lookup.mentions[index].antecedent is None:
        return []
    doers, predicate = _doers_named(doer, index, lookup), past_tense(entry["verb"])
    phrase = _phrase(told, TITLE_WORDS - len(_written(doers).split()) - 1, lookup, drop_article=False)
    return [*doers, " " + predicate, " ", *phrase] if phrase else []


def _names_what_is_done(preposition: Token, trigger: Trigger, last_word: str) -> bool:
    """Whether a phrase on an event noun names what the event is done to, named or not: the
    "of" of a noun whose "of" is no doer ("Assad's pledges *of political reform*": pledged
    political reform), the preposition its headline ends with ("Obama's call *for a ceasefire*"),
    or one its entry gives the recipient ("Blair's support *for the war*", "an attack by Syrian forces *on a
    convoy*"); a time is none ("Gaddafi's attack *on Monday*")."""
    word = preposition.lower_
    if not any(o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in ("DATE", "TIME") for o in objects_of(preposition)):
        return False
    return (word == "of" and trigger.entry.get("of", "recipient") == "recipient" or word == last_word
            or trigger.entry.get(word) == "recipient")


@cache
def ordering_prepositions() -> frozenset[str]:
    """The words that put one event after or before another (``relations`` of
    ``temporal/anchoring.json`` whose relation is AFTER or BEFORE: "after", "since", "before")."""
    relations = load_json("temporal/anchoring.json")["relations"]
    return frozenset(word for word, entry in relations.items() if entry["relation"] in ("AFTER", "BEFORE"))


def _verb_of_object(noun: Token) -> Token | None:
    """The verb whose object ``noun`` is, directly, after a preposition or inside another
    object or subject ("endorsed *military action*", "crashed during *a flight*", "took charge
    of *the operation*", "declared a cease-fire in its *fighting*"), if any."""
    head = noun
    for hop in range(3):  # the noun, and up to two nouns above it
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head.head
        elif head.dep_ in ("dobj", "attr", "oprd") or hop and head.dep_ in ("nsubj", "nsubjpass"):
            head = head.head  # the subject a noun is inside: "the intervention in *Libya's civil war* came"
        else:
            return None
        if head.pos_ in VERBAL or head.i == head.head.i:
            break
    if head.pos_ not in VERBAL or head.i == noun.i:
        return None
    # a verb only intended or supposed would read as done: "was not prepared *to fight* the leak"
    return head if clause_factuality(head).factuality in ("asserted", "reported", "negated") else None


def _clause_title(verb: Token, complement_verb: Token | None, entry: dict, lookup: MentionLookup) -> Title:
    doer = _subject_phrase(verb)
    if doer is None or _bare_determiner(doer) or _across_lines(verb, doer):
        return Title()  # no subject, or "this", "those": who did it is not said
    subject = _subject_pieces(doer, lookup, verb)
    if not subject and doer.tag_ == "PRP" and doer.lower_ != "it" and verb.dep_ == "ccomp" and (
            reporter := _subject_phrase(verb.head)):
        # "Rebels say they took Garyan"; not "'It reminds me of those days,' he says": no one says "it" of himself
        subject = _subject_pieces(reporter, lookup, verb)
    if not subject or doer.tag_ == "PRP" and _written(subject).lower() in FIRST_PERSON:
        return Title()  # "we did not negotiate": who "we" are is not said (but "the US" is no "us")
    if complement_verb is None and (said := _said_before(verb)) is not None and (phrase := _phrase(
            said, TITLE_WORDS - len(_written(subject).split()), lookup, drop_article=False, without=verb)):
        # what was said comes first, the verb hung on it: "At least one person is thought to have died in custody,
        # Human Rights Watch said in its report": "Human Rights Watch: At least one person …", not "… said in its report"
        return Title([*subject, ": ", *phrase], _written(phrase).strip())
    group = _verb_group(verb, doer, entry)
    pieces: list[TitlePiece] = [*subject, " ", group]
    if complement_verb is None:
        # "the plan BP decided *to adopt*": the infinitive whose object the clause describes goes with its verb
        complement_verb = next((c for c in children(verb) if _controlled_in_relative(c) is not None and (
            _object_is_described(c))), None)
    last = verb
    if complement_verb is not None:
        form = _complement_form(complement_verb)
        if any(c.dep_ == "neg" for c in children(complement_verb)):
            form = " not" + form  # "ordered them not to communicate"
        pieces += [*_object_before(verb, complement_verb, lookup), form]  # "agreed to meet", "denied breaking"
        pieces += [" " + c.lower_ for c in children(complement_verb) if c.dep_ == "prt"]
        last = complement_verb
    elif (shared := _sharing_object(verb)) is not None:
        second = _verb_group(shared, doer, {}).split()
        while len(second) > 1 and second[0] == group.split()[0]:
            second.pop(0)  # its auxiliary said once: "will pay and rebuild"
        pieces += [" and ", " ".join(second)]  # "welcomed and encouraged the council"
        last = shared
    predicate_end = len(pieces)
    if last.dep_ != "relcl" and (_object_asked(last) or last.dep_ == "conj" and _object_asked(last.head)):
        # "that is exactly *what* Obama did", "*what* they are talking about", "*what* he has said and done"
        return Title()
    # the relative word as object, also "that" tagged a complementiser ("a statement *that* NATO made")
    relative = last if last.dep_ == "relcl" else _controlled_in_relative(last)
    if relative is not None and _object_is_described(last) or _support_verb_gap(last):
        relative = relative or last
        # (without the clause itself, which an indefinite noun keeps: "criticized the way BP *designed* and drilled
        # the well" is no "BP designed the way BP designed and drilled")
        described = _phrase(relative.head, SUBJECT_WORDS, lookup, drop_article=False, without=relative)
        opening = relative.head.left_edge
        if described and isinstance(described[0], str) and opening.is_sent_start and opening.is_title and (
                opening.pos_ != "PROPN"):
            described[0] = described[0].lower()  # capitalised as the sentence's first word: "used *the* cement slurry"
        pieces += [" ", *described] if described else []  # "a ceasefire that it announced": announced a ceasefire
    # (a clause the parser hung before a verb that reports nothing, a semicolon or colon between, is no statement
    # of its: "The news spooked shareholders; Halliburton's stock closed *at $31.68*" keeps its place)
    reports = any(c.dep_ == "ccomp" and not (c.i < last.i and not _reports(last) and _written_between(
        last.doc, CLAUSE_BREAKS, c.right_edge.i, last.i)) and not _run_on_clause(c) and not _relative_run_on(c)
        for c in children(last))
    if not reports and (said := _clause_on_statement(last)) is not None:
        # "said in a statement that the moratorium will make things worse": what was said, not where
        phrase = _phrase(said, TITLE_WORDS - len(_written(pieces).split()), lookup, drop_article=False, line_of=last)
        if phrase:
            pieces += [" ", *phrase]
            return Title(pieces, _written(pieces[predicate_end:]).strip())
    for child in children(last):
        if not _is_argument(child) or child.i < last.i and child.dep_ != "ccomp" or child.dep_ == "prt" or (
                _second_object(child)):
            continue
        if reports and child.dep_ == "prep":
            continue  # "said in a statement": what was said is the title
        if child.dep_ in ("prep", "agent") and _is_time(child):
            continue  # "on Friday": the timeline dates it
        if child.tag_ == "IN" and child.dep_ in ("prep", "xcomp") and child.i == last.i + 1 and not (
                child.n_lefts or child.n_rights) and any(c.dep_ == "agent" and c.i == child.i + 1 for c in children(last)):
            # a preposition stranded between a passive and its doer, written as it stands, not an object the title
            # lacks (which would end it): "the $20 billion fund was agreed *to* by BP", "paid *for* by"
            pieces.append(" " + child.lower_)
            continue
        if child.dep_ == "ccomp" and not _has_subject(child) and (last.dep_ == "relcl" or any(
                c.tag_ in RELATIVE_TAGS and c.i < last.i for c in children(last)) or any(
                _relative_after_noun(c) and c.i < last.i for c in children(child))):
            # "variables, which she said *are still unknowns*": what was said lacks its subject, also
            # where the parser hung "which" on the verb of saying ("…, which Fukuda said is a step") or kept it
            # as the subject of what was said ("chemicals *that* the EPA says *are* too toxic")
            continue
        if child.dep_ == "ccomp" and _reports(last) and _said_of_no_one_named(child, last, lookup):
            return Title()  # "'That's our plan,' said Kent Wells", "'It kills me,' said Randy Ivie": of what?
        if _run_on_clause(child) or _relative_run_on(child):
            # "Deutsche has grown since he joined and *the bank was now among the top three*"; "said it was joining the
            # international community, '*which is calling* for action …'": of the community, not what was said
            continue
        if child.dep_ == "ccomp" and _lost_subject(child):
            continue  # "announced that the amount being given *was being quadrupled*": its subject went to another clause
        if child.dep_ == "ccomp" and child.i > last.i and any(c.dep_ in CLAUSES and last.i < c.i < child.i for c in children(
                last)) and _clause_breaks(last.doc, last.i + 1, child.i):
            # a second clause after a colon, semicolon or dash is the speaker's next sentence, not more of what the
            # first said: "said a decision will be taken soon - it is a matter of time" ends before the dash
            break
        budget = TITLE_WORDS - len(_written(pieces).split())
        if budget <= 0:
            break
        if child.dep_ == "prep" and (opened := _clause_opened_by(child)) is not None:
            # "watched *as an approaching storm* … *gathered* strength": the parser read the subject of the clause
            # "as" opens for its object; half a clause ("watched as an approaching low-pressure system") tells
            # nothing, so the two go whole, the clause first, or not at all
            told = _phrase(opened, budget - 2, lookup, drop_article=False, line_of=last)
            opening = _phrase(child, budget - len(_written(told).split()), lookup, drop_article=False,
                              line_of=last) if told else []
            pieces += [" ", *opening, " ", *told] if opening else []
            continue
        # the words on the verb's line: "caused the 1918 flu pandemic", not the next line's "Current treatments"
        phrase = _phrase(child, budget, lookup, drop_article=False, line_of=last)
        if phrase and child.dep_ == "prep" and (shifted := _object_after(child)) is not None and _written(_phrase(
                shifted, budget - len(_written(phrase).split()), lookup, drop_article=False, line_of=last)) != _written(
                _phrase(shifted, budget, lookup, drop_article=False, line_of=last)):
            # the object the verb needs before a phrase set ahead of it, which would cut it: "defended [to Congress] the
            # legality of what the U.S. military is doing", never "defended to Congress the legality"
            continue
        if phrase and (end_point := _range_end(child)) is not None and not _phrase(
                end_point, budget - len(_written(phrase).split()), lookup, drop_article=False, line_of=last):
            continue  # where it went, not where it came from, when only one fits: "increased *to around 3,850 sq miles*"
        if phrase and child.dep_ == "dobj" and (predicate := _quoted_predicate(child)) is not None and (told := _phrase(
                predicate, budget - len(_written(phrase).split()), lookup, drop_article=False, line_of=last)):
            phrase += [" ", *told]  # "said the latest information contains nothing new", not "said the latest information"
        elif phrase and child.dep_ == "dobj" and (predicate := _clause_after_time(child)) is not None:
            # "indicated the first influenza pandemic *since 1968 is under way*": what was said whole, as written, or
            # nothing of it, never its subject alone ("indicated the first influenza pandemic")
            told = " ".join(_word(t) for t in last.doc[predicate.left_edge.i : predicate.right_edge.i + 1] if not t.is_punct)
            if len(_written(phrase).split()) + len(told.split()) > budget:
                return Title()
            phrase += [" " + told]
        if not phrase and child.pos_ == "ADJ" and (extraposed := next((c for c in children(child) if (
                c.dep_ in CLAUSES and c.i > child.i and _extraposing(child, c))), None)) is not None:
            # a small clause is no statement, told "X: …": too long with what its "it" stands for, it goes without
            # it ("Erdogan made it abundantly clear"), as before a verb that reports nothing
            phrase = _phrase(child, budget, lookup, drop_article=False, line_of=last, without=extraposed)
        if not phrase and child.dep_ == "ccomp":  # "X told the BBC that …" too long: "X: …"
            if _says_of_someone_named(child, last, lookup):
                return _clause_title(child, None, {}, lookup)  # "Suttles said he hoped …": "Suttles hoped …"
            if any(c.dep_ == "auxpass" for c in children(last)):
                # "he was told that researchers hope …": whom it was told, not who said it (the words
                # of "X: …", and its verb group)
                phrase = _phrase(child, TITLE_WORDS - len(_written(subject).split()), lookup, drop_article=False,
                                 line_of=last)
                if phrase:
                    pieces, predicate_end = [*pieces, ": ", *phrase], len(pieces) + 1
                break
            budget = TITLE_WORDS - len(_written(subject).split())
            # too long whole, a clause of its own inside it says what was said: "It was not an exaggeration to say
            # that *at least 10 years of hard work awaits the world*", never a fragment ("It was not an exaggeration")
            phrase = _phrase(child, budget, lookup, drop_article=False, line_of=last) or _inner_clause(
                child, budget, lookup, last)
            if phrase:
                pieces, predicate_end = [*subject, ": ", *phrase], len(subject) + 1
                break
        if child.dep_ == "ccomp" and child.i < verb.i and not _reports(verb):
            continue  # a clause the parser hung before a verb that reports nothing ("It was supported by Nato; it …")
        if phrase and child.dep_ == "ccomp" and (child.i < verb.i or _quoted(last, child)):
            # a quotation: "X: we will not negotiate", in the words the verb leaves it
            phrase = _phrase(child, TITLE_WORDS - len(_written(subject).split()), lookup, drop_article=False,
                             line_of=last)
            pieces, predicate_end = [*subject, ": ", *phrase], len(subject) + 1
            break
        if phrase:
            pieces += [" ", *phrase]
            if child.dep_ == "dobj" and _particle_after_object(last):
                pieces.append(_particle(last))  # "set them up"
        elif child.dep_ == "ccomp" and child.i > last.i:
            if any(isinstance(p, list) for p in pieces[predicate_end:]):
                break  # whom it was told, a relation: "William Cohen told CNN's Wolf Blitzer"
            return Title()  # what it says does not fit even cut: "Galloway learned the hard way" tells nothing of it
        elif child.dep_ in ("dobj", "ccomp", "xcomp", "attr"):
            # the object does not fit: one after the verb ends where its last inner phrase begins, as written, rather
            # than leave the verb bare ("Officials hoped"), and later phrases would read as its substitute
            cut = _phrase(child, budget, lookup, drop_article=False, line_of=last, trim=True) if (
                child.dep_ != "ccomp" and child.i > last.i) else []
            pieces += [" ", *cut] if cut else []
            break
    complement = _written(pieces[predicate_end:]).strip()
    if not complement and _reports(last):
        return Title()  # "chemicals that the EPA says are too toxic": "EPA said" alone tells nothing of what was said
    if pieces[predicate_end - 1 : predicate_end] != [": "] and not _reports(last) and _in_first_person(pieces) and (
            told := _in_speakers_words(verb, lookup)) is not None:
        # "me", "us", "our" of a quotation are its speaker's: told as the speaker's words or not at all ("Douglas
        # Osheroff: The oil rig explosion reminds me …", never "The oil rig explosion reminded me …"); a writer's are
        # the page's ("For once, Obama acted the way we all hoped")
        return told
    if complement.lower() in UNNAMED_THINGS and any(
            c.dep_ == "dobj" and c.lower_ == complement.lower() and c.i not in lookup.mention_of_token for c in children(last)):
        return Title()  # "Overton put *it*", "BP tested *it*", "BP's spokesman denied *that*": of what, it cannot say
    return Title(pieces, complement)


def _in_first_person(pieces: list[TitlePiece]) -> bool:
    """Whether a title's words hold a pronoun of the first person ("me", "our"; not the name "US")."""
    words = re.findall(r"[A-Za-z]+", _written(pieces))
    # (an "I" after a capitalised word ends a name: "Ixtoc I", "World War I")
    return any(word.lower() in FIRST_PERSON and word != "US" and not (word == "I" and n and words[n - 1][0].isupper())
               for n, word in enumerate(words))


def _in_speakers_words(clause: Token, lookup: MentionLookup) -> Title | None:
    """A clause in the first person told as its speaker's words, "Speaker: …" as written, when a verb of saying
    the clause hangs on (or that hangs on it, set after it) names who spoke; an empty title when none does in a
    sentence with a quotation; None (the title as it is) in the writer's own words."""
    report = clause.head if clause.dep_ in ("ccomp", "parataxis") and _reports(clause.head) else next(
        (c for c in children(clause) if c.dep_ in ("advcl", "parataxis", "conj") and c.i > clause.i and _reports(c)), None)
    if report is None and not _written_between(clause.doc, QUOTE_MARKS, *_sentence_span(clause)):
        return None
    speaker = _subject_phrase(report) if report is not None else None
    if speaker is None or speaker.lower_ in FIRST_PERSON:
        return Title()
    subject = _subject_pieces(speaker, lookup, report)
    phrase = _phrase(clause, TITLE_WORDS - len(_written(subject).split()), lookup, drop_article=False,
                     without=report) if subject else []
    return Title([*subject, ": ", *phrase], _written(phrase).strip()) if phrase else Title()


def _sentence_span(token: Token) -> tuple[int, int]:
    """The first and the after-last index of ``token``'s sentence."""
    sentence = sentence_of(token)
    return sentence.start, sentence.end


def _clause_opened_by(preposition: Token) -> Token | None:
    """The verb of the clause whose subject the parser read as the object of ``preposition``, the word opening
    that clause (:func:`subject_read_as_object`: "watched *as* an approaching storm *gathered* strength")."""
    return next((c for c in children(preposition.head) if c.dep_ in ("advcl", "conj") and c.i > preposition.i and (
        lost := subject_read_as_object(c)) is not None and lost.head.i == preposition.i), None)


def _range_end(start: Token) -> Token | None:
    """The "to" phrase after a verb's "from" phrase, the end of the change or move it starts
    ("increased *from* about 1,150 sq miles *to* around 3,850", "moved from Tripoli to Sirte")."""
    if start.dep_ != "prep" or start.lower_ != "from":
        return None
    return next((c for c in children(start.head) if c.dep_ == "prep" and c.lower_ == "to" and c.i > start.i), None)


def _bare_determiner(subject: Token) -> bool:
    """Whether a subject is a determiner alone ("this", "those", "some"), which points to what the
    text said before and so tells a title nothing ("*That* is our plan"; not "*those* who escaped")."""
    return subject.tag_ == "DT" and subject.n_lefts + subject.n_rights == 0


def _said_of_no_one_named(clause: Token, verb: Token, lookup: MentionLookup) -> bool:
    """Whether what was said is said of what the text said before, which its title leaves
    unnamed: its subject is "that" or "this" alone ("*That*'s our plan"), or, in a quotation, "it"
    not standing for a clause after it ("*It* kills me"; not "*it* is possible *that* …") or "he",
    "she" or "they" the title does not name, in a clause that names no one else ("'*He* is well,' said
    Mr Hadebe"; not "'*They* should tell the Ukrainian leadership to stop'"; reported, not
    quoted, the pronoun reads as the speaker: "BP said *it* will pay", "Obama said *he* would return")."""
    subject = next((c for c in children(clause) if c.dep_ in SUBJECTS), None)
    if subject is None:
        return False
    if _bare_determiner(subject) and subject.lower_ in DEMONSTRATIVES:
        return True  # not "some", whom the speaker's clause tells: "some were singled out on their nationality"
    if subject.tag_ != "PRP" or subject.lower_ not in ("it", "he", "she", "they"):
        return False
    if clause.i > verb.i and not _quoted(verb, clause):
        return False  # reported, not quoted, the pronoun reads as the speaker: "BP said it will pay"
    if subject.lower_ == "it":
        # a clause "it" may stand for, wherever the parser hung it ("too early *to say*", "important to
        # both economies *that the company stay* strong", "almost *like there's* a new sheriff")
        return not any(t.dep_ in CLAUSES or any(c.dep_ in SUBJECTS for c in children(t))
                       for t in clause.subtree if t.i != clause.i)  # "It is likely *Jackson was addicted*"
    if any(t.ent_type_ in ACTOR_LABELS for t in clause.subtree if not subject.left_edge.i <= t.i <= subject.right_edge.i):
        return False  # a quotation that names whom it is about: "'*They* should tell the Ukrainian leadership to stop'"
    index = lookup.mention_of_token.get(subject.i)
    return index is None or not _named_by_entity([subject], index, lookup) or not _personal(subject, lookup)


def _clause_on_statement(verb: Token) -> Token | None:
    """What a reporting verb says, where the parser hung it on the statement noun of its
    prepositional phrase: "said in *a statement* that the moratorium *will make* things worse"
    (a clause with "that" and a subject of its own, no relative clause)."""
    if not _reports(verb):
        return None
    return next((clause for c in children(verb) if c.dep_ == "prep" and c.i > verb.i for noun in objects_of(c)
                 for clause in children(noun) if clause.dep_ == "acl" and any(
                     m.dep_ == "mark" and m.lower_ == "that" for m in children(clause)) and any(
                     g.dep_ in SUBJECTS for g in children(clause))), None)


def _said_before(verb: Token) -> Token | None:
    """What a verb reporting what was said says, where the parser hung the verb, with its subject after a
    comma at the end of the sentence, on it as an adverbial clause ("At least one person is thought to have
    died in custody, *Human Rights Watch said in its report*."): the clause with a subject of its own that
    the verb hangs on, or on whose infinitive it hangs ("is thought *to have died*")."""
    # (or as a second clause without "and": "Meat … shouldn't be used, the WHO *cautioned* on Wednesday")
    if verb.dep_ not in ("advcl", "parataxis", "conj") or verb.head.i > verb.i or not _reports(verb) or any(
            c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in children(verb.head)) or any(
            c.dep_ in ("ccomp", "xcomp", "csubj") for c in children(verb)):
        return None
    doc, subject = verb.doc, next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    after = verb.right_edge.i + 1
    if subject is None or subject.tag_ in RELATIVE_TAGS or doc[subject.left_edge.i - 1].text != "," or (
            after < len(doc) and not doc[after].is_punct and not doc[after].is_sent_start):
        return None  # not set off at the sentence's end: "he died, *as the report said*, in custody"
    clause = verb.head
    while not _has_subject(clause) and clause.dep_ in ("xcomp", "conj") and clause.head.i < clause.i:
        clause = clause.head
    while verb.dep_ == "conj" and clause.dep_ == "conj" and clause.head.i < clause.i and _has_subject(clause.head):
        # hung on the last of two clauses, it says both: "The government will almost certainly fall …, but it will
        # take time …, Juppe said" is what Juppe said from its first clause, not "it will take time"
        clause = clause.head
    return clause if _has_subject(clause) and clause.pos_ in VERBAL else None


def _object_asked(verb: Token) -> bool:
    """Whether the object of ``verb``, or of its preposition, is "what" before it: "that is exactly
    *what* Obama did", "they don't know *what* they are talking about"."""
    # its children and grandchildren, not its whole subtree: the only tokens the test can hold for
    return any(child.i < verb.i and child.tag_ == "WP" and child.dep_ == "dobj" or any(
        grandchild.i < verb.i and grandchild.tag_ == "WP" and grandchild.dep_ == "pobj" for grandchild in children(child))
        for child in children(verb))


def _run_on_clause(clause: Token) -> bool:
    """Whether the parser hung a clause of its own on a verb that reports nothing as what it
    says: no complementiser, and a clause of the verb's between them ("Deutsche has grown in
    size since he joined from Merrill and by trading revenues *the bank was now among the top
    three*")."""
    verb = clause.head
    return clause.dep_ == "ccomp" and clause.i > verb.i and not _reports(verb) and not any(
        c.dep_ == "mark" for c in children(clause)) and any(
        c.dep_ == "advcl" and verb.i < c.i < clause.left_edge.i for c in children(verb))


def _relative_run_on(clause: Token) -> bool:
    """Whether the parser hung a relative clause on a verb as the clause it reports: its subject is a relative
    word set off after a noun ("said it was joining the international community, `` *which* is calling for action
    … ''"; not a question: "asked Obama *who* was responsible")."""
    if clause.dep_ != "ccomp" or clause.left_edge.i < clause.head.i or not any(
            c.dep_ in SUBJECTS and c.tag_ in RELATIVE_TAGS for c in children(clause)):
        return False  # nor one whose relative word is before the verb: "an exit, *which* he said *is* more difficult"
    start = clause.left_edge.i
    before = next((t for t in reversed(clause.doc[:start]) if not (t.is_punct or t.is_quote)), None)
    return before is not None and before.i < start - 1 and before.pos_ in ("NOUN", "PROPN")


def _relative_after_noun(word: Token) -> bool:
    """Whether ``word`` is a relative word right after the noun its clause describes ("chemicals *that* the EPA says
    are too toxic"; not "*WHO* is not changing its recommendations", a name the tagger took for one)."""
    return word.tag_ in RELATIVE_TAGS and word.is_lower and word.i > 0 and word.nbor(-1).pos_ in ("NOUN", "PROPN")


def _lost_subject(clause: Token) -> bool:
    """Whether a finite clause has no subject of its own, the parser having hung it on another
    clause ("that the amount of assistance being *given* to the refugees *was being quadrupled*"):
    said without it, it tells nothing (an imperative has no auxiliary: "*Get* out")."""
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in children(clause))
    return finite and not _has_subject(clause) and not any(
        c.tag_ in RELATIVE_TAGS or c.dep_ == "intj" and c.i < clause.i for c in children(clause))  # "*Sorry* doesn't pay"


def _quoted_predicate(obj: Token) -> Token | None:
    """The clause without a subject right after the object of a verb reporting what was said, nothing but
    punctuation between: what was said, whose subject the parser took for the verb's object ("The WHO has
    warned the virus *has* the potential to become a pandemic", "Vasilyev admits the program `` *had* two
    misfires ''"; :func:`_lost_subject` leaves the clause out alone); not when a clause with a subject of its own
    comes before the clause's verb, which took the subject ("confirmed its first two cases *after tests showed the
    mother* … *had* also *contracted* the virus": the mother had, not the cases)."""
    verb = obj.head
    if not _reports(verb):
        return None
    doc = obj.doc
    return next((c for c in children(verb) if c.dep_ == "ccomp" and c.i > obj.i and _lost_subject(c) and all(
        t.is_punct or t.is_quote for t in doc[obj.right_edge.i + 1 : c.left_edge.i]) and not any(
        t.dep_ in SUBJECTS for t in doc[c.left_edge.i : c.i])), None)


def _object_after(preposition: Token) -> Token | None:
    """The direct object right after a verb's prepositional phrase ("defended *to Congress* the legality of …"), which
    says what was done, where the phrase only says to whom or where."""
    return next((c for c in children(preposition.head) if c.dep_ == "dobj" and (
        c.left_edge.i == preposition.right_edge.i + 1)), None)


def _clause_after_time(obj: Token) -> Token | None:
    """The clause right after a verb's object whose subject the parser took for that object, having read a time
    before the clause's verb as its opening and subject ("The WHO indicated the first influenza pandemic *since 1968
    is* under way": the pandemic is under way, "since 1968" says which)."""
    return next((c for c in children(obj.head) if c.dep_ in ("advcl", "ccomp") and c.left_edge.i == obj.right_edge.i + 1 and any(
        g.dep_ in SUBJECTS and g.ent_type_ in TIME_LABELS for g in children(c)) and any(
        m.dep_ == "mark" and m.i == c.left_edge.i for m in children(c))), None)


def _has_subject(clause: Token) -> bool:
    """Whether a clause reported inside a relative clause has a subject of its own, not the
    relative word ("which she said *are* unknowns"), also one the parser hung on its
    auxiliary ("treatments *do* work")."""
    return any(c.dep_ in SUBJECTS and c.tag_ not in RELATIVE_TAGS for c in children(clause)) or any(
        g.dep_ in SUBJECTS for c in children(clause) if c.dep_ == "aux" for g in children(c))


def _sharing_object(verb: Token) -> Token | None:
    """The second of two verbs with one subject and one object, when ``verb`` is the first
    and says nothing alone ("The EU *welcomes* and encourages the council")."""
    if any(c.i > verb.i and c.dep_ not in ("cc", "conj", "punct") for c in children(verb)):
        return None  # "stepped back from his criticism and said …"
    # (a participle after "has" and the past the tagger made of the second: "has eliminated and wiped out")
    second = next((c for c in children(verb) if c.dep_ == "conj" and (
        c.tag_ == verb.tag_ or {c.tag_, verb.tag_} == {"VBN", "VBD"})), None)
    if second is None or any(c.dep_ == "auxpass" for c in children(verb)):
        return None  # "was killed and put them …": two events
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children(second)) or not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "agent") for c in children(second)):
        return None
    return second


def _object_gap(clause: Token) -> bool:
    """Whether a relative clause without a relative word lacks its object, which is the noun
    it describes: "the autonomy Kurds have enjoyed", "criticism he made *frequently*" (not "the
    town *where* protesters camped", "a town *whose* inhabitants had mostly fled")."""
    if any(t.tag_ == "WP$" for t in clause.doc[clause.left_edge.i : clause.i]):
        return False  # the relative word is a possessor: the noun owns the subject, not the object
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "nsubjpass") or c.tag_ in RELATIVE_TAGS
                   or c.dep_ == "advmod" and c.tag_ == "WRB"
                   or c.dep_ == "prep" and not any(g.dep_ != "pobj" or g.tag_ not in RELATIVE_TAGS for g in children(c))
                   for c in children(clause))  # nor "a speech *in which* he appealed" (nor a stranded "to")


def _object_is_described(verb: Token) -> bool:
    """Whether the object of a verb in a relative clause is the noun the clause describes: the relative
    word, also "that" tagged a complementiser ("a statement *that* NATO made"), or no object at all
    (:func:`_object_gap`)."""
    return any(c.dep_ == "dobj" and (c.tag_ in ("WDT", "WP") or c.lower_ == "that") and c.i < verb.i
               for c in children(verb)) or _object_gap(verb)


def _controlled_in_relative(verb: Token) -> Token | None:
    """The relative clause without a relative word whose verb of intent ``verb`` is the infinitive of
    (``subject_control_verbs`` in ``events.json``): "the recent post *the BBC decided to display*" (the post
    is what the BBC displays), not "the man *they urged to leave*"."""
    clause = verb.head
    if verb.dep_ != "xcomp" or not is_infinitive(verb) or clause.dep_ != "relcl" or (
            clause.lemma_.lower() not in load_json("events.json")["subject_control_verbs"]["verbs"]):
        return None
    return None if any(c.tag_ in RELATIVE_TAGS or c.tag_ == "WRB" or c.dep_ in ("dobj", "dative") for c in children(
        clause)) or not any(c.dep_ in SUBJECTS for c in children(clause)) else clause


def _support_verb_gap(clause: Token) -> bool:
    """Whether a clause the parser hung on a noun with "that" as a complementiser is a relative
    clause whose support verb lacks its object, the noun ("a statement *that* Carol Browner
    *made* on NBC": made a statement); a support verb needs one (``support_verbs`` in
    ``events.json``), while a clause saying what the noun is has all of its own ("the news that
    BP *agreed*")."""
    return clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in load_json("events.json")["support_verbs"] and any(
        c.dep_ in SUBJECTS for c in children(clause)) and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in children(clause)) and _object_gap(clause)


def _reports(verb: Token) -> bool:
    """Whether ``verb`` says that something was said: a clause before it is what was said; so does a verb of
    comment set after what it says (:func:`_comments_after`: "…, he *reasoned*")."""
    lemma = verb.lemma_.lower()
    entry = load_json("events.json")["nouns" if verb.pos_ == "NOUN" else "verbs"].get(lemma)
    # a common verb the lexicon types only in a sense of saying says nothing elsewhere ("made *it clear*" reports,
    # "criticism he *made* during the spill" does not)
    return lemma in load_json("factuality.json")["reporting"] or bool(entry) and entry.get("type") == "STATEMENT" and (
        not entry.get("only_typed") or political_type(verb, entry, None) == "STATEMENT") or _comments_after(verb)


def _comments_after(verb: Token) -> bool:
    """Whether a verb of comment (``comment_verbs`` in ``events.json``: "reason", "caution", "find", "learn") comes
    after what it says, its subject set off by a comma after that clause: "BP could soon be back drilling, *he
    reasoned*", "BP did not have adequate controls, *it found*". There it tells what was said or found, as "said"
    does; elsewhere it is a verb of its own ("BP found oil", "he learned to fly")."""
    if verb.lemma_.lower() not in load_json("events.json")["comment_verbs"]["verbs"]:
        return False  # most verbs: one lookup
    subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None or subject.left_edge.i == 0 or verb.doc[subject.left_edge.i - 1].text not in (",", "''"):
        return False
    # what it says ends before the comma: the clause the parser hung on it, or the one it hung it on
    return any(c.dep_ == "ccomp" and c.i < subject.i for c in children(verb)) or (
        verb.dep_ in ("conj", "advcl", "parataxis") and verb.head.i < subject.i)


def _is_argument(child: Token) -> bool:
    """Whether a verb's dependent is one a title carries: an object, complement, place, a
    clause with its own subject after "for" ("waited *for residents to add* their comments"),
    the purpose of a verb with no object ("rose *to dominate* the army") or right after its object ("bombed the port
    *to stop the shipments*"), a noun saying how or
    how much after a verb with nothing else ("went *that way*"), or a manner adverb after the
    object ("treated Syria *more leniently*")."""
    if child.dep_ in ARGUMENTS:
        return not _absolute(child) and not _attribution(child)
    if child.dep_ == "advcl":
        if child.head.lemma_.lower() in load_json("events.json")["asking_verbs"]["verbs"] and any(
                c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in children(child)):
            return True  # the question asked, not a condition: "Reporters asked Obama *if he would visit the Gulf*"
        # ("when" is the parser's adverb: "Protests were fanned *when* Suleiman said …")
        if any(c.lower_ in LINKING_MARKS and (c.dep_ == "mark" or c.dep_ == "advmod" and c.i == child.left_edge.i)
               for c in children(child)):
            return _says_nothing_alone(child.head)  # "Libya's action came *after the Council authorized* …"
        return any(c.dep_ == "mark" and c.lower_ == "for" for c in children(child)) or (
            is_infinitive(child) or _gerund_complement(child)) and not any(
            c.dep_ in ("dobj", "attr", "acomp", "oprd", "ccomp", "xcomp") for c in children(child.head)) or (
            _infinitive_after_object(child))  # "bombed the port *to stop the shipments*"
    if _verb_adverb(child):
        return True
    if child.dep_ == "npadvmod" and child.i > child.head.i and child.ent_type_ not in TIME_LABELS and not (
            _measures_a_time(child)):
        return _says_nothing_alone(child.head)  # "The revolution went *that way*", not "went"
    return child.dep_ == "advmod" and child.lower_.endswith("ly") and any(
        c.dep_ == "dobj" and c.i < child.i for c in children(child.head))


def _gerund_complement(clause: Token) -> bool:
    """Whether a gerund the parser hung on a verb as an adverbial clause follows it right away (or its
    particle), without a mark or comma: what the verb does, its complement ("urged Indians to put off
    *traveling* abroad"; not "BP responded, *saying* …")."""
    verb = clause.head
    return clause.tag_ == "VBG" and clause.i > verb.i and not any(c.dep_ in ("mark", "nsubj") for c in children(clause)) and all(
        t.dep_ == "prt" and t.head.i == verb.i for t in clause.doc[verb.i + 1 : clause.i])


def _measures_a_time(noun: Token) -> bool:
    """Whether a noun measures how long before or after something the verb happened ("called
    him *days* before Ms Wilson's identity was revealed"): a time the timeline tells, no
    argument."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return following is not None and following.lower_ in ("before", "after", "earlier", "later", "ago")


def _verb_adverb(child: Token) -> bool:
    """An adverb right after its verb, which completes it: "set *aside*", "stepped *back* from …",
    "were still *far* from knowing", "went *wrong*" (not a manner adverb: "fled *quickly*")."""
    return child.dep_ == "advmod" and child.pos_ in ("ADV", "PART", "ADJ") and child.head.pos_ in VERBAL and (
        child.i > child.head.i) and not (
        child.lower_.endswith("ly") or child.lower_ in FILLERS or _narrative_step(child)) and all(
        # or its own adverb: "drifted *perilously* close"
        t.lower_ in FILLERS or t.head.i == child.i for t in child.doc[child.head.i + 1 : child.i])


def _narrative_step(adverb: Token) -> bool:
    """Whether an adverb moves the event on from a time told before ("Syrians who crossed *earlier* in the day"), a
    time the timeline dates; one with an adverb of degree says a judgement: "It's much too *soon* to tell"."""
    return adverb.lower_ in _narrative_steps() and not any(c.dep_ == "advmod" for c in children(adverb))


def _second_object(child: Token) -> bool:
    """Whether ``child`` is a second direct object of its verb after a comma, an item of a list the
    parser hung on the verb ("will cost it about $360 million, on top of …, *grants* to four
    states"): no object of the verb's."""
    if child.dep_ != "dobj":
        return False  # asked of every word of a title's phrases: most are no object
    # (the comma before its first word, past quotation marks, also one the parser hung on it: "traces of
    # "dispersants*,*" soap-like chemicals", the comma put inside the quotes)
    doc, first = child.doc, next(t for t in child.subtree if not (t.is_punct or t.tag_ in QUOTE_TAGS) or t.i == child.i)
    before = first.i - 1
    while before > 0 and doc[before].tag_ in QUOTE_TAGS:
        before -= 1
    return doc[before].text == "," and any(c.dep_ == "dobj" and c.i < child.i for c in children(child.head))


def _says_nothing_alone(verb: Token) -> bool:
    """Whether a verb has no object, complement or place after it ("The decision came")."""
    return not any(c.dep_ in ARGUMENTS and c.i > verb.i and not (c.dep_ in ("prep", "agent") and _is_time(c))
                   for c in children(verb))


def _says_of_someone_named(clause: Token, verb: Token, lookup: MentionLookup) -> bool:
    """Whether a reported clause, not quoted, has "he", "she" or "they" with a known antecedent
    for its subject, whom the title names: "Doug Suttles said he hoped the cap could capture 90 %
    of the oil" reads "Doug Suttles hoped …" where it must be cut, not "Doug Suttles: he hoped …"."""
    subject = next((c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in ("he", "she", "they") or _quoted(verb, clause):
        return False
    mention = lookup.mention_of_token.get(subject.i)
    return mention is not None and lookup.mentions[mention].antecedent is not None


def _quoted(verb: Token, clause: Token) -> bool:
    """Whether ``clause`` is quoted after ``verb``: 'said: "We will learn from this"'."""
    between = verb.doc[verb.i + 1 : clause.left_edge.i + 1]
    return any(t.is_quote or t.tag_ in QUOTE_TAGS or t.text == ":" for t in between)


def _object_before(verb: Token, complement_verb: Token, lookup: MentionLookup) -> list[TitlePiece]:
    """The object between a verb and its event complement: "urged *Gaddafi* to step down"."""
    # after the verb: a phrase before it is no object ("*In Mexico*, Calderon told offices to stop work")
    found = next((c for c in children(verb) if c.dep_ in ("dobj", "dative", "prep") and verb.i < c.i < complement_verb.i
                  and not _is_time(c)), None)  # "urged Gaddafi", "called *on Assad* to step down"
    if found is None:
        return []
    phrase = _phrase(found, SUBJECT_WORDS, lookup, drop_article=False)
    return [" ", *phrase] if phrase else []


def _subject_pieces(doer: Token, lookup: MentionLookup, verb: Token) -> list[TitlePiece]:
    """The subject as a title says it: a name alone, without the titles and descriptions
    around it ("Interim Prime Minister Mahmoud Jibril" → "Mahmoud Jibril"), else the phrase
    without the clause of ``verb`` when it describes the subject ("those *who sided with …*")."""
    names: list[TitlePiece] = []
    for member in [doer, *([] if subject_joined_before(doer) else doer.conjuncts)]:
        index = lookup.mention_of_token.get(member.i)
        if index is not None and any(name[0] == index for name in names):
            continue  # a name the parser split at its "and": "the National Oceanic *and* Atmospheric Administration"
        if index is None:  # "BP's chief executive Tony Hayward", "Senators Charles Schumer", "contractor Halliburton"
            # (a name before the noun modifies it unless a person's: "a *Gaddafi* convoy", "*Senators* Charles Schumer";
            # one set off after it may be one of a list unless a person's: "two such states that could provide
            # this: the U.S. and China", "Yeltsin's handpicked successor, *Vladimir Putin*, made it clear")
            index = next((lookup.mention_of_token[c.i] for c in children(member) if c.i in lookup.mention_of_token and (
                c.dep_ == "appos" and (c.left_edge.i == member.i + 1 or _set_off_name(c)) or c.dep_ in (
                    "compound", "appos") and lookup.mentions[lookup.mention_of_token[c.i]].label == "PERSON")), None)
            member = next((c for c in children(member) if lookup.mention_of_token.get(c.i) == index), member)
        if index is None or member.tag_ in PRONOUN_TAGS:
            return _phrase(doer, _subject_words(doer), lookup, drop_article=False, subject=True, without=verb)
        span = [t for t in member.subtree if lookup.mention_of_token.get(t.i) == index]
        if not _named_by_entity(span, index, lookup):
            return _phrase(doer, _subject_words(doer), lookup, drop_article=False, subject=True, without=verb)
        names.append([index, "".join(t.text + t.whitespace_ for t in span).strip(), False])
    joined: list[TitlePiece] = [names[0]]
    for number, name in enumerate(names[1:], start=2):
        joined += [" and " if number == len(names) else ", ", name]
    return joined


def _set_off_name(appos: Token) -> bool:
    """Whether an apposition is one name set off by commas on both sides of a common noun ("my former
    employer*, BP,* looks like", "the company*, Transocean,* said"): the name of what the noun describes;
    not one of a list ("two such states that could provide this: the U.S. and China"), nor a description
    after a name ("Representative Norm Dicks*, a Democrat,* said")."""
    doc = appos.doc
    after = appos.right_edge.i + 1
    return doc[appos.left_edge.i - 1].text == "," and after < len(doc) and doc[after].text == "," and not any(
        c.dep_ == "conj" for c in children(appos)) and appos.head.pos_ in ("NOUN", "NUM") and appos.pos_ == "PROPN"


def _subject_words(doer: Token) -> int:
    """The words a subject may have: :data:`SUBJECT_WORDS`, and the two more a range takes, which
    says one amount ("*between* 100 *and* 200 million gallons of oil")."""
    return SUBJECT_WORDS + 2 * any(_range(t) for t in doer.subtree)


def _range(token: Token) -> bool:
    """Whether ``token`` opens a range: "*between* 100 and 200 million"."""
    return any(c.lower_ == "between" for c in children(token)) and any(c.dep_ == "conj" for c in children(token))


def _subject_phrase(verb: Token) -> Token | None:
    """The phrase a title puts before the verb: its subject, else the subject of the clause it
    depends on (control, coordination), the noun a relative clause or participle describes."""
    found = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")), None)
    if found is not None and found.i <= _clock_stamp_end(verb):
        # "18.39 BST: Barack Obama has called …": the parser took the time zone for a subject
        found = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i > _clock_stamp_end(verb)), None)
        if found is None:
            return None
    if found is not None and (end := _stamp_end(verb)) is not None and found.i < end:
        # "(Update 2:00 a.m. in Cairo, 7:00 p.m. ET) President Barack Obama condemned": the parser took the
        # stamp for the subject; the subject is the phrase after the bracket it hung on the stamp
        subjects = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        return next((c for c in subjects if c.i > end), None) or next((
            t for c in subjects for t in c.subtree if end < t.i < verb.i and t.head.i <= end and t.pos_ in (
                "NOUN", "PROPN")), None)
    if found is not None and (dash := _dateline_dash(found, verb)) is not None:
        # "AMMAN (Reuters) - Syrian President Bashar al-Assad said": the parser took the dateline's
        # place for a subject; the subject is the first one after the dash that ends the dateline
        found = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i > dash and c.text[0].isalnum() and c.pos_ in (
            "NOUN", "PROPN", "PRON")), found)
    if found is not None and found.ent_type_ in TIME_LABELS and verb.dep_ == "conj" and verb.head.pos_ in VERBAL:
        # "she named the baby Maud but *the following day* renamed her": the parser took the time for the subject of
        # the second verb, which shares the first one's
        return _subject_phrase(verb.head)
    if found is not None and found.dep_ != "expl":
        if found.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            described = verb.head  # "rebels, who seized the village"
            # "Muftah, a teacher who …" (the name the description is set off after), not "a political
            # opponent, Charlie Melancon who gave Obama an A" (the name is set off after the description)
            named = described.pos_ == "PROPN" and described.head.pos_ != "PROPN"
            return described.head if described.dep_ == "appos" and not named else described
        return found
    if found is not None:
        return None  # "there were …": no one did it
    set_off = next((d for c in children(verb) if c.dep_ == "advcl" and (d := set_off_participle(c)) is not None), None)
    if set_off is not None:
        return set_off  # "Axelrod, asked about the spill, *said* …"
    head, link = verb.head, verb.dep_
    if head.i == verb.i:
        return None
    if link == "xcomp":
        return next((c for c in children(head) if c.dep_ in ("dobj", "dative")), None) or _subject_phrase(head)
    if link == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children(verb)):
        return None  # "as demanded by Lord Boyce", "as expected": a comparison, not what the subject did
    if link == "conj" and (listed := listed_before(verb)) is not None:
        return _subject_phrase(listed)  # "where rebels captured, *humiliated* and killed him"
    if (lost := subject_read_as_object(verb)) is not None:
        return lost  # "Obama imposed the ban after *an explosion* … killed 11 workers": the explosion killed them
    if link in ("conj", "advcl") and head.pos_ in VERBAL:
        return _subject_phrase(head)
    if link == "acl" and verb.tag_ in ("VBG", "VBN"):
        # "rebels firing on …", "Brent's premium, blamed on the glut"; a description set off after a name
        # is the name's: "Samantha Joye, a marine science professor *supporting* the mission"
        # (a name the tagger found: not the last word of one, "Healing Hands for *Haiti* - a US-based charity set up …")
        name = head.head
        return name if head.dep_ == "appos" and head.pos_ != "PROPN" and name.pos_ == "PROPN" and name.ent_type_ else head
    if link == "acl" and is_infinitive(verb) and (owner := next((c for c in children(head) if c.dep_ == "poss"), None)):
        return owner  # "Obama praised the Arab League's move to suspend Syria": the League would suspend it
    if link == "acl" and is_infinitive(verb) and head.dep_ in ("attr", "dobj") and head.head.pos_ in VERBAL:
        return _subject_phrase(head.head)  # "Qatar became the first country to recognize the rebels"
    return None


def _clock_stamp_end(token: Token) -> int:
    """The index of the last token of a live blog's time stamp opening ``token``'s sentence —
    a date, a clock time and its time zone or "am"/"pm", a colon or dash after it ("*18.39 BST:*
    Barack Obama has called on BP …", "*05 February 12 01:10 GMT* Fresh protests have taken place
    …", "*1.45 pm ET:* Just to catch up") — or
    -1 when the sentence opens with none. Found once per sentence."""
    stamps = doc_memo(token.doc, "title_clock_stamps")
    start = sentence_start(token)
    if start not in stamps:
        stamps[start] = -1
        doc = token.doc
        for word in doc[start : start + 8][:-1]:
            # its time zone, or "am"/"pm" and maybe a zone: "*1.45 pm ET:* Just to catch up, …"
            if (end := clock_time_end(doc, word.i)) >= 0:
                marked = end + 1 < len(doc) and doc[end + 1].text in STAMP_MARKS
                stamps[start] = end + 1 if marked else end
                break
            if not (word.like_num or word.ent_type_ in TIME_LABELS):
                break  # a clock time later in the sentence is no stamp: "at 18.39 GMT"
    return stamps[start]


def _dateline_dash(subject: Token, verb: Token) -> int | None:
    """The index of a free-standing dash between ``subject`` and ``verb`` ending a bracketed
    wire credit that follows the subject ("AMMAN (Reuters) - …") or a dateline in capitals
    opening the sentence ("NEW ORLEANS -- …"), else None."""
    doc = verb.doc
    closing = next((t.i for t in doc[subject.i + 1 : verb.i] if t.text in (")", "-RRB-")), None)
    if closing is None and subject.left_edge.is_sent_start and all(t.is_upper or not t.is_alpha for t in subject.subtree):
        # a dateline in capitals: "NEW ORLEANS -- A cement plug has killed …" (the dash may hang on it)
        closing = subject.right_edge.i - (subject.right_edge.text in DASHES)
    if closing is None or closing + 1 >= verb.i:
        return None
    dash = doc[closing + 1]
    return dash.i if dash.text in DASHES else None


#: dashes that end a dateline
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _stamp_end(verb: Token) -> int | None:
    """The closing bracket, before ``verb`` in its sentence, of a bracket opened in the sentence
    before: the end of a time stamp or dateline ("-LRB- *Update 2:00 a.m. in Cairo, 7:00 p.m.
    ET -RRB-* President Barack Obama condemned …", the opening bracket a sentence of its own)."""
    depth = 0
    for i in _written_between(verb.doc, BRACKET_TOKENS, sentence_start(verb), verb.i):
        if verb.doc[i].text in OPENING_BRACKETS:
            depth += 1
        elif depth == 0:
            return i
        else:
            depth -= 1
    return None


OPENING_BRACKETS = ("(", "-LRB-")
#: brackets as written and as treebank tokens, opening and closing
BRACKET_TOKENS = (*OPENING_BRACKETS, ")", "-RRB-")
#: quotation marks as written and as treebank tokens, which say a sentence quotes someone
QUOTE_MARKS = ('"', "``", "''", "\u201c", "\u201d")
#: what ends a clause run into a phrase (:func:`_before_colon`)
CLAUSE_BREAKS = (":", ";")


def _written_between(doc: Doc, words: tuple[str, ...], start: int, end: int) -> list[int]:
    """The indices from ``start`` to ``end`` (excluded) of the tokens written as one of ``words``,
    in text order, bisected from a list made once per ``Doc``: the title's scans for brackets and
    colons looked at every token of a phrase or sentence, for every phrase."""
    found = doc_memo(doc, "title_punctuation")
    indices = found.get(words)
    if indices is None:
        indices = found[words] = tokens_among(doc, ORTH, words)
    return indices[bisect_left(indices, start) : bisect_left(indices, end)]


def _verb_group(verb: Token, doer: Token, entry: dict) -> str:
    """The verb as a title says it: simple past, or with its modal, negation and passive
    ("would not deploy", "was killed", "did not comply"); a second verb without subject or
    auxiliary of its own shares those of the first ("was kidnapped … and *rescued*": "was
    rescued"), and a particle after the object goes after it ("set *them* up")."""
    own = list(children(verb))
    if verb.dep_ == "conj" and verb.head.tag_ == verb.tag_ and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in own):
        own += [c for c in children(verb.head) if c.dep_ in ("aux", "auxpass") and c.i < verb.head.i]
    modal = next((c.lower_ for c in own if c.dep_ == "aux" and c.tag_ == "MD"), None)
    modal = {"wo": "will", "ca": "can"}.get(modal, modal)
    negated = any(c.dep_ == "neg" for c in own)
    # a participle describing a noun is passive ("a firm set up in Washington"), unless "have" makes
    # it a perfect the parser hung on a noun ("that Muslims have taken to heart")
    passive = any(c.dep_ == "auxpass" for c in own) or is_passive_participle(verb) and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in own) or set_off_participle(verb) is not None or _opening_participle(
        verb) or _participle_passive(verb, own) or is_trailing_participle(verb)
    particle = "" if _particle_after_object(verb) else _particle(verb)
    # the text's own auxiliary tells the number where the tag does not ("The Libbys *were* bundled")
    plural = _plural(doer) or any(c.lower_ in ("were", "are") for c in own)
    # an adverb that restricts or all but denies the verb goes with it: "could *hardly* keep pace", "*merely* moved"
    # so does one the parser negates: "was *no longer* trying"
    focus = [" ".join(t.lower_ for t in c.subtree) for c in own if c.dep_ == "advmod" and c.i < verb.i and (
        _focusing(c) or any(n.dep_ == "neg" for n in children(c)))]
    words: list[str] = []
    if modal:
        words = [modal, "not", *focus] if negated else [modal, *focus]
        words += ["be", verb.lower_] if passive else [verb.lemma_.lower()]
    elif passive:
        words = ["were" if plural else "was", *(["not"] if negated else []), *focus, verb.lower_]
    elif verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in own):
        words = ["were" if plural else "was", *(["not"] if negated else []), *focus, verb.lower_]  # "was passing"
    elif negated:
        words = ["did", "not", *focus, verb.lemma_.lower()]
    else:
        words = [*focus, simple_past(verb, entry)]
    return " ".join(words) + particle


def _focusing(adverb: Token) -> bool:
    """Whether an adverb restricts or all but denies what it modifies (``focusing_adverbs`` in ``events.json``:
    "*only*", "*hardly*"): without it a title would say more than the text, or the opposite."""
    return adverb.lower_ in load_json("events.json")["focusing_adverbs"]["words"]


def _opening_participle(verb: Token) -> bool:
    """Whether ``verb`` is a past participle without subject or auxiliary opening the clause it
    hangs on, which says what was done to that clause's subject: "*Asked* about Salazar's
    criticism, Suttles said …" (Suttles was asked)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i and not any(
        c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass", "mark") for c in children(verb))


def _participle_passive(verb: Token, own: list[Token]) -> bool:
    """Whether ``verb`` is a past participle without an auxiliary that is a passive wherever the parser hung it: its
    doer follows "by" ("President Barack Obama, *followed by* the commission's co-chairs, walks …", a caption
    parsed with the participle as its main verb), it has no subject nor object of its own and is a headline's verb
    or opens its clause with "if", "when" … ("Swine flu *found* on China mainland", "he faces prison if
    *convicted*"; a participle set off after an object may be the object's: "organized the event, *held* under
    tight security"), or it is written unlike the verb's simple past (``irregular_verbs.json``: "the James
    Haycock *born* ca 1855", never "bore"); told "was followed by", "was born", never as if the subject did it."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in own):
        return False
    if verb.tag_ == "VBD":
        # a past has no doer after "by": the tagger's past for a participle ("the $20 billion fund *agreed* to by BP
        # under pressure from the White House": the fund was agreed to, it agreed to nothing)
        return any(c.dep_ == "agent" for c in own) and not any(c.dep_ in ("dobj", "dative") for c in own)
    past = _irregular().get(verb.lemma_.lower(), {}).get("past", verb.lower_)
    # ("when" opening it is the parser's adverb: "had no comment *when asked* whether …")
    opened = any(c.dep_ == "mark" or c.tag_ == "WRB" and c.i < verb.i for c in own)
    return any(c.dep_ == "agent" for c in own) or past != verb.lower_ or (verb.dep_ == "ROOT" or verb.dep_ == "advcl" and (
        opened)) and not any(c.dep_ in SUBJECTS or c.dep_ in ("dobj", "dative") for c in own)


def _particle_after_object(verb: Token) -> bool:
    """Whether the verb's particle follows its object ("set *them* up"), where a title puts it too."""
    objects = [c.i for c in children(verb) if c.dep_ == "dobj" and c.i > verb.i]
    return bool(objects) and any(c.dep_ == "prt" and c.i > objects[0] for c in children(verb))


def _needed_preposition(verb: Token) -> Token | None:
    """The first prepositional phrase of a verb with no object or clause of its own: the
    verb says nothing without it ("amounted to", "were based on")."""
    # nor of a passive with its doer: "a question shouted out *by a reporter* on whether …" (a clause
    # after a colon is no object: "you need only look *at* the tents …: these people are not going")
    if verb.pos_ not in VERBAL or any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "agent") and not any(
            t.text in (":", ";") for t in verb.doc[verb.i + 1 : c.i]) for c in children(verb)):
        return None
    return next((c for c in children(verb) if c.dep_ == "prep" and c.i > verb.i and not _is_time(c)), None)


def _predicate_preposition(word: Token) -> Token | None:
    """The first prepositional phrase after a predicate adjective, which says nothing without it ("was most concerned
    *about the impact*", "held the government responsible *for the permits*", "too close *to the industry*"), not a
    time ("was quiet *on Friday*"); a title cuts it only after its other details (:func:`_last_detail`)."""
    if word.pos_ != "ADJ" or word.dep_ not in ("acomp", "oprd", "ccomp", "xcomp"):
        return None  # most adjectives describe a noun: "a *new* tube"
    # (one set off by a comma is an aside: "were horrific*, with women telling of* …")
    return next((c for c in children(word) if c.dep_ == "prep" and c.i > word.i and not _is_time(c) and (
        c.doc[c.i - 1].text != ",")), None)


def _complex_preposition(child: Token, head: Token) -> bool:
    """Whether ``child`` is the last word of a preposition written in three (``complex_prepositions`` in
    ``events.json``: "in line *with*", "in response *to*"), whose noun ``head`` is no object but a word of it: its
    object stays ("were in line with the rules", never "were in line")."""
    return child.dep_ == "prep" and head.dep_ == "pobj" and head.i == child.i - 1 == head.head.i + 1 and (
        f"{head.head.lower_} {head.lower_} {child.lower_}" in load_json("events.json")["complex_prepositions"]["words"])


def _is_amount(token: Token) -> bool:
    """An amount hung on a verb: "rose *6 percent*" (not a time: "*last week*")."""
    # an ordinal is no amount: "-- *the president's third* since the leak began" is an aside
    return token.dep_ == "npadvmod" and any(t.like_num and t.ent_type_ != "ORDINAL" or t.ent_type_ in (
        "PERCENT", "MONEY", "QUANTITY") for t in token.subtree) and not any(t.ent_type_ in TIME_LABELS for t in token.subtree)


def _plural(doer: Token) -> bool:
    """Whether a subject is plural: a plural noun or pronoun, or nouns joined ("Tito and Marlon");
    what the parser joins to a name that is no noun describes it ("Dennis Barker, now 81 and still
    *writing* for the Guardian, was dispatched")."""
    return doer.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in children(doer)) or (
        doer.lower_ in ("they", "we", "you", "those", "these"))


def _attribution(child: Token) -> bool:
    """Whether a dependent is the phrase naming who says so ("*according to* a source close to her
    family", ``according_to`` in ``factuality.json``), which the event's speaker carries."""
    return child.dep_ == "prep" and child.lower_ in load_json("factuality.json")["according_to"]


def _is_time(preposition: Token) -> bool:
    """Whether a prepositional phrase only says when: "on Friday", "in 2010", "after the blast" stays."""
    objects = list(objects_of(preposition))
    if not objects:  # a time after two prepositions: "as *of yesterday*"
        inner = list(children(preposition))
        if inner and all(c.lower_ in _back_references() for c in inner):
            return True  # "have held the town *since then*": the time told before, which the timeline dates
        return bool(inner) and all(c.dep_ == "prep" and _is_time(c) for c in inner)
    return all(o.ent_type_ in TIME_LABELS for o in objects)


@cache
def happening_types() -> frozenset[str]:
    """The types whose noun events are happenings, which a title may say took place (``happening_types`` of
    titles.json, read once)."""
    return frozenset(t for t in load_json("titles.json")["happening_types"] if not t.startswith("_"))


@cache
def _purpose_nouns() -> frozenset[str]:
    """The nouns that say nothing without their phrase (``purpose_nouns`` of ``titles.json``, :func:`_aim_left_out`)."""
    return frozenset(word for word in load_json("titles.json")["purpose_nouns"] if not word.startswith("_"))


@cache
def _narrative_steps() -> frozenset[str]:
    """Adverbs that move an event on from or back to a time told before ("later", "earlier"): ``narrative_steps``
    of temporal/anchoring.json, read once."""
    return frozenset(load_json("temporal/anchoring.json")["narrative_steps"])


@cache
def _back_references() -> frozenset[str]:
    """Words that stand for a time the text told before ("since *then*"): ``back_references`` of
    temporal/anchoring.json, read once."""
    return frozenset(load_json("temporal/anchoring.json")["back_references"])


def _phrase(head: Token, budget: int, lookup: MentionLookup, drop_article: bool, subject: bool = False,
            without: Token | None = None, line_of: Token | None = None, trim: bool = False) -> list[TitlePiece]:
    """The phrase headed by ``head`` as title pieces: without asides, then without its details
    one at a time from its end (the last prepositional phrase, conjunct or adverb first: "It's
    all hands on deck here", not "It's hands"), then only its core, whichever
    first fits in ``budget`` words; empty when none fits or when it holds a pronoun no entity
    mention stands for; never with the clause headed by ``without``, nor with words of another
    line of a list run into the sentence than the one of ``line_of`` (by default ``head``); with ``trim``, one still
    too long at its core ends where its last inner phrase begins (:func:`_last_inner_phrase`)."""
    if without is not None and not head.left_edge.i <= without.i <= head.right_edge.i:
        without = None  # the clause is not inside the phrase
    line_of = head if line_of is None else line_of
    tokens = _before_colon(head, _on_line_of(line_of, _subtree(head, ASIDES)))
    if without is not None:
        tokens = [t for t in tokens if not without.left_edge.i <= t.i <= without.right_edge.i]
    if (stamp := _clock_stamp_end(head)) >= 0:
        tokens = [t for t in tokens if t.i > stamp]  # "05 February 12 01:10 GMT Fresh protests"
    details = None
    while True:
        pieces = _pieces(_kept(tokens, drop_article), lookup, subject)
        if pieces is None:
            return []
        if len(_written(pieces).split()) <= budget:
            return pieces
        if details is None:  # which words are details does not change as they are cut: found once
            details = _details(head, tokens)
        detail = _last_detail(details, tokens, head)
        if detail is None:
            break
        start, end = _cut_span(detail)
        tokens = [t for t in tokens if not start <= t.i <= end]
    tokens = [t for t in _before_colon(head, _on_line_of(line_of, _subtree(head, None)))
              if without is None or not without.left_edge.i <= t.i <= without.right_edge.i]
    pieces = _pieces(_kept(tokens, drop_article), lookup, subject)
    # still too long at its core, it ends where one of its inner phrases begins, the last first ("hope to use a share
    # of the BP money *to pay for additional counselors*"): cut in the text's order, it reads as written
    while trim and pieces and len(_written(pieces).split()) > budget and (
            inner := _last_inner_phrase(head, tokens)) is not None:
        start, end = _cut_span(inner)
        tokens = [t for t in tokens if not start <= t.i <= end]
        pieces = _pieces(_kept(tokens, drop_article), lookup, subject)
    return pieces if pieces and len(_written(pieces).split()) <= budget else []


#: the dependents that make an inner phrase a title may end before: phrases and clauses after their head
INNER_PHRASES = frozenset({"prep", "xcomp", "ccomp", "advcl", "acl", "relcl", "conj", "appos", "advmod", "npadvmod"})


def _last_inner_phrase(head: Token, tokens: Sequence[Token]) -> Token | None:
    """The inner phrase of the phrase of ``head`` that begins last among ``tokens``, after its own head,
    whose head is whole without it: not a verb's only complement ("hoped *to use* …"; "use a share *to pay*
    …" has its object), nor the clause an indefinite noun needs ("some things *you can not say*") or that says which
    thing it is ("an area *where whales feed*"), nor a phrase that always stays (:func:`_stays`: "a share *of the BP
    money*")."""
    present = {t.i for t in tokens}
    inner = [t for t in tokens if t.i != head.i and t.i > t.head.i and t.head.i in present and t.dep_ in INNER_PHRASES
             and not _stays(t, t.head) and not (t.dep_ in ("relcl", "acl") and _indefinite(t.head)) and not (
                 _defining_clause(t) or _says_which(t)) and not (
                 t.dep_ in ("xcomp", "ccomp") and not any(
                 c.dep_ in OBJECTS or c.dep_ == "acomp" for c in children(t.head) if c.i in present and c.i < t.i))]
    return max(inner, key=lambda t: (t.left_edge.i, -t.i), default=None)


def _details(head: Token, tokens: Sequence[Token]) -> list[Token]:
    """The words of the phrase of ``head`` that head a detail it may lose, in the order of ``tokens``."""
    # ("and" goes with the conjunct after it, not alone: "is from Haiti *and* has a large family")
    return [t for t in tokens if t.i != head.i and not _stays(t, t.head) and not _inside_participle(t, head) and not (
        t.dep_ in ("cc", "preconj") and any(c.dep_ == "conj" for c in children(t.head))) and (
        t.dep_ in DETAILS or t.dep_ == "acl" and t.head.lower_ not in INDEFINITES or _content_clause(t)  # "their ability *to reinvent*"
        or _infinitive_after_object(t)
        or t.dep_ == "relcl" and (_says_which(t) or is_infinitive(t) and not _indefinite(t.head)))]  # "work *to do*"


def _last_detail(details: list[Token], tokens: Sequence[Token], head: Token) -> Token | None:
    """The detail a phrase headed by ``head`` loses first, of its ``details`` still among ``tokens``:
    what a noun inside it holds, then of those ending last, the largest (all of "in line with the
    law", not "with the law" alone); a participle or infinitive after its noun, and what the head
    holds, only when no other detail is left ("a commitment *to ratify* the treaty", "waved off
    suggestions *that the government has lost faith in BP*"); what says which thing an indefinite
    object is, and a detail holding it, goes after the others of its kind (:func:`_says_which`)."""
    present = sorted(t.i for t in tokens)
    kept = set(present)
    details = [t for t in details if t.i in kept]
    # what says which thing an object is goes after the other details of its kind, and so does a detail
    # holding it ("support *for an orderly transition to a government that is responsive* to the aspirations …"),
    # the smallest of them first ("is from Haiti and has a large family *that live in Carrefour*")
    # (and so does what a predicate adjective says nothing without: "was most concerned *about the impact* on the
    # blue crabs", "hold the government responsible *for continuing to issue permits* for deepwater drilling")
    shielded = [t.i for t in details if _says_which(t) or t.i == getattr(_predicate_preposition(t.head), "i", None)]
    nominal = head.pos_ in ("NOUN", "PROPN")

    def reach(detail: Token) -> tuple[bool, bool, bool, bool, int, bool, int]:
        says_which = any(detail.left_edge.i <= i <= detail.right_edge.i for i in shielded)
        # what a noun inside the phrase holds goes first, alone ("important to both economies *that the company
        # stay strong*"), a participle or infinitive saying which and what the head holds go last ("civilians
        # *killed* in the violence"), then the detail whose last word still kept is last, the largest first
        last_kept = present[bisect_right(present, detail.right_edge.i) - 1]  # the detail's own word is kept
        content = _content_clause(detail)
        # (an infinitive after an object goes before the other details: "responsible for getting out the resources
        # *to clean up the mess*", "deployed planes and naval assets *to strike at …*")
        # (of details ending together, a noun's own phrase goes after those inside it: "his call for respect *for basic
        # freedoms and human rights*", not "his call")
        return (content and detail.head.i != head.i, not (
            _is_participle(detail) or detail.dep_ in ("acl", "relcl") and is_infinitive(detail) or content),
                _infinitive_after_object(detail), not says_which, last_kept, not (nominal and detail.head.i == head.i),
                detail.left_edge.i if says_which else -detail.left_edge.i)

    return max(details, key=reach, default=None)


def _indefinite(noun: Token) -> bool:
    """Whether a noun says nothing without its relative clause (:data:`INDEFINITES`, also in the
    plural: "documented *ways* they had saved the company money"; an infinitive is a detail:
    "developing better *ways* to clean up")."""
    return noun.lower_ in INDEFINITES or noun.tag_ == "NNS" and noun.lemma_.lower() in INDEFINITES


def _content_clause(clause: Token) -> bool:
    """Whether a clause on a noun says what the noun holds: "that" opening it, a subject of its
    own, and its object or a noun that takes such a clause (the content-clause nouns of
    ``factuality.json``: "fears *that radiation could escape*"); "that" may be a relative word
    the parser took for a complementiser ("the severity *that Mexico has suffered*", "a statement
    that Browner made", :func:`_support_verb_gap`)."""
    if clause.dep_ not in ("acl", "relcl") or clause.head.pos_ != "NOUN" or not any(
            c.dep_ == "mark" and c.lower_ == "that" and c.i == clause.left_edge.i for c in children(clause)) or not any(
            c.dep_ in SUBJECTS and c.tag_ not in RELATIVE_TAGS for c in children(clause)) or _support_verb_gap(clause):
        return False
    cues, noun = load_json("factuality.json"), clause.head.lemma_.lower()
    return not _object_gap(clause) or noun in cues["heads"] or noun in cues["evidence_heads"] or (
        noun in cues["reporting_heads"] or _reports(clause.head))


def _infinitive_after_object(clause: Token) -> bool:
    """Whether an infinitive the parser hung on a verb follows the verb's object right away, no comma but a time the
    title leaves out between: what the object is for or the subject did it for ("lost any and all legitimacy *to lead
    Libya*", "there's not enough money in the world *to pay everybody*", "visited the Gulf on Tuesday *to survey the
    coastline*")."""
    if clause.dep_ != "advcl" or not is_infinitive(clause) or clause.i < clause.head.i or any(
            c.dep_ == "mark" or c.dep_ in SUBJECTS for c in children(clause)):
        return False  # asked of every word of a title's phrases: most are no such clause
    doc = clause.doc
    return any(c.dep_ in ("dobj", "attr") and c.i < clause.i and all(
        t.ent_type_ in TIME_LABELS or t.dep_ == "prep" and _is_time(t) for t in doc[c.right_edge.i + 1 : clause.left_edge.i])
        for c in children(clause.head))


def _is_participle(token: Token) -> bool:
    """A participle describing a noun: "civilians *killed* in the violence" (not the verb of a clause with its own
    subject the parser hung on the noun: "claims that the tests *were conducted* on a cement")."""
    return token.dep_ == "acl" and token.tag_ in ("VBN", "VBG") and not any(
        c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in children(token))


def _inside_participle(token: Token, head: Token) -> bool:
    """Whether ``token`` is inside a participle below ``head`` without an object, which goes
    whole or not at all (not "a photographer *based*", "the war *making*"); one with its
    object or its doer is whole without its details ("examples of people *doing* the most bizarre things",
    not "examples of people")."""
    ancestor = token.head
    while ancestor.i != head.i and ancestor.head.i != ancestor.i:
        # its doer is as good as an object: "a question *shouted* out by a reporter", not "a question shouted"
        if _is_participle(ancestor) and not any(c.dep_ in ("dobj", "agent") for c in children(ancestor)):
            return True
        ancestor = ancestor.head
    return False


def _cut_span(detail: Token) -> tuple[int, int]:
    """The first and last token index of what goes when ``detail`` is cut: its words; for a
    conjunct, the whole coordination after the first member with its commas and "and"
    ("need of food", not "need of food, water")."""
    while detail.dep_ == "conj" and detail.head.dep_ == "conj":
        detail = detail.head  # a list the parser chained: "boost standards, remove a cap *and impose fees*" goes whole
    if _content_clause(detail) and detail.head.dep_ == "pobj" and (preposition := detail.head.head).dep_ == "prep" and (
            preposition.head.pos_ in VERBAL and not _stays(preposition, preposition.head)) and any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", *DEMONSTRATIVES) for c in children(detail.head)):
        # what a definite noun holds goes with the verb's phrase of the noun, which points to it and says nothing
        # without it: "banned pork imports from Mexico", not "… *in the belief*" (of "in the belief that meat could
        # spread the flu"); a noun without article says what it is ("asked participants *for proof*"), and an
        # adjective's phrase stays: "it was important *to both economies* that the company stay strong"
        detail = preposition
    start, end = detail.left_edge.i, detail.right_edge.i
    if detail.dep_ == "conj":
        members = [c for c in children(detail.head) if c.dep_ == "conj"]
        start, end = min(c.left_edge.i for c in members), max(c.right_edge.i for c in members)
        while start - 1 > detail.head.i and detail.doc[start - 1].head.i == detail.head.i and detail.doc[
                start - 1].dep_ in ("cc", "punct", "preconj"):
            start -= 1
    return start, end


def _kept(tokens: Sequence[Token], drop_article: bool) -> list[Token]:
    """``tokens`` in text order without what brackets enclose, the complementiser, stray edge
    punctuation (and the article, when ``drop_article``)."""
    kept = _without_brackets(sorted(tokens, key=lambda t: t.i))
    present = {t.i for t in kept}
    # a comma around a dropped aside goes with it: "the rebels, who had been armed, were"
    # (and so does a dash: "the decision *-* which was taken on Monday *-* would stand")
    kept = [t for t in kept if t.text != "," and not _set_off_dash(t) or (t.i - 1 in present and t.i + 1 in present)]
    if len(kept) > 1 and kept[0].lower_ == "that" and kept[0].dep_ == "mark":
        kept.pop(0)
    # nor a preposition whose object was cut ("with a salary of" from "… of up to £85,000"; "Obama's
    # nomination *of* as director" from "of (now former) Kansas Governor Kathleen Sebelius as director")
    # (inside the phrase, only one whose object is all cut: "rose *to* 140 Of nine …" keeps a word of the
    # object the parser found on the next line, "in contact *with* have" one stranded before its verb); nor the
    # first "as" of a comparison cut ("go forward *as* soon", :func:`_first_as_alone`)
    for bare in [t for t in kept if _bare_preposition(t, present) and t.n_rights and not any(
            d.i in present for d in t.subtree if d.i != t.i) or _first_as_alone(t, present)]:
        kept.remove(bare)
        present.discard(bare.i)
    while kept and (kept[-1].is_punct and kept[-1].text != "%" or kept[-1].dep_ == "cc" or _bare_preposition(
            kept[-1], present) or _cut_from_its_word(kept[-1], present) or _half_a_pair(kept[-1], present) or (
            _aim_left_out(kept[-1], present))):
        present.discard(kept.pop().i)
    while kept and (kept[0].is_punct and kept[0].text != "$" or kept[0].dep_ == "cc"):
        kept.pop(0)
    if drop_article and kept and kept[0].dep_ == "det" and kept[0].lower_ in ARTICLES:
        kept.pop(0)
    return kept


def _aim_left_out(token: Token, kept: set[int]) -> bool:
    """Whether a title ending on ``token`` ends on a noun of ``purpose_nouns`` whose phrase, which tells the aim it
    names, it left out: "put together its own health-care bill with an *eye* [toward goosing the process]" goes with
    its article and preposition ("… its own health-care bill")."""
    return token.dep_ == "pobj" and token.lemma_.lower() in _purpose_nouns() and any(
        c.dep_ in ("prep", "acl") and c.i > token.i for c in children(token)) and not any(
        c.i in kept for c in children(token) if c.i > token.i)


def _half_a_pair(token: Token, kept: set[int]) -> bool:
    """Whether a title ending on ``token`` ends on the first half of a pair whose second half, a conjunction, it
    left out with its conjunct: "banned pork imports from Mexico *as well* [as 3 states]", "vetted through the
    normal process *rather* [than jammed into a bill]"."""
    return token.head.dep_ == "cc" and token.head.i > token.i and token.head.i not in kept


def _first_as_alone(token: Token, kept: set[int]) -> bool:
    """Whether ``token`` is the first "as" of "as … as" whose second, one to three words after its word, the title
    left out: "may go forward [*as*] soon [as operators can demonstrate …]", "they are [*as*] diverse [as their history
    suggests]", "could reach [*as*] far west [as Point Au Fer Island]" (the comparison gone, the first "as" compares
    with nothing)."""
    if token.lower_ != "as" or token.dep_ != "advmod" or token.head.i != token.i + 1:
        return False  # asked of every word a title keeps: most are no "as"
    word = token.head
    # the second hangs on the first's word, on a word above it, or opens a clause below it (not "argued *as* much, as
    # …", whose second "as" opens a clause of the verb), or, further on before any punctuation, below the noun the
    # first's word describes, an amount of it: "compiling [*as*] much information about the uprising [as it could]"
    second = next((t for t in token.doc[token.i + 2 : token.i + 5] if t.lower_ == "as" and (
        t.head.is_ancestor(word) or t.head.i == word.i or word.is_ancestor(t))), None) or next((
        t for t in _till_punctuation(token.doc, token.i + 5, token.i + 14) if t.lower_ == "as" and word.dep_ == "amod" and (
            word.head.is_ancestor(t))), None)
    return second is not None and second.i not in kept


def _till_punctuation(doc: Doc, start: int, end: int) -> list[Token]:
    """The words from ``start`` to ``end`` (excluded) before the first punctuation among them."""
    words = []
    for word in doc[start : min(end, len(doc))]:
        if word.is_punct:
            break
        words.append(word)
    return words


def _cut_from_its_word(token: Token, kept: set[int]) -> bool:
    """Whether ``token`` is an article, possessive pronoun, preposition or conjunction whose word,
    the one after it, the title left out: whatever the parser hung it on, it cannot end a title ("BP's
    drilling permit for *the* [well]", "plug its blown-out well *as* [a government report said …]"; not
    "set the tone early *on*:", "to step *in*,", which end their clause)."""
    following = token.i + 1
    if token.i and token.doc[token.i - 1].like_num or _adverbial_preposition(token):
        return False  # a number's unit, whatever its tag: "$ 7.5 *bn*"; "stand idly *by* while …"
    return (token.tag_ in ENDLESS_TAGS or token.lower_ in ARTICLES) and following < len(token.doc) and (
        following not in kept and token.doc[following].is_alpha)


def _bare_preposition(token: Token, kept: set[int]) -> bool:
    """A preposition none of whose dependents a title kept (not one that has none: :func:`_adverbial_preposition`)."""
    return token.tag_ in ("IN", "TO") and token.dep_ in ("prep", "pobj", "agent", "dative") and not any(
        child.i in kept for child in children(token)) and not _adverbial_preposition(token)


def _adverbial_preposition(token: Token) -> bool:
    """Whether a preposition has no object in the text, none after it but a clause's end, and so completes its verb
    as an adverb ("will not stand idly *by* while civilians are slaughtered", "looked *on* as …"); not one stranded
    in a relative clause, whose object is the noun the clause describes ("the issues the United States cared *about*,
    from …")."""
    if token.dep_ != "prep" or token.n_lefts or token.n_rights or token.head.dep_ == "relcl":
        return False  # asked of every preposition a title keeps: most have their object
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # (not one before "and" or "or", which shares the object of the next: "resident *in* or visiting Mexico")
    return following is None or following.is_punct or following.pos_ == "SCONJ" or following.tag_ == "WRB"


def _without_brackets(tokens: list[Token]) -> list[Token]:
    """Tokens, in text order, each once, without what brackets enclose ("1.2 million barrels
    per day (bpd)"), nor a wire dateline the parser hung on a phrase ("Reuters) - Two U.S.
    warships")."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    # the brackets as written between the phrase's ends, also those the phrase left out as
    # punctuation: "nomination of *(now former)* Kansas Governor Kathleen Sebelius"; True for an opening one
    opens = {i: doc[i].text in OPENING_BRACKETS for i in _written_between(doc, BRACKET_TOKENS, tokens[0].i, tokens[-1].i + 1)}
    closing = next((n for n, t in enumerate(tokens) if opens.get(t.i) is False), None)
    # the opening bracket as written, also one the parser hung elsewhere: "could receive 1,000 Egyptian pounds
    # *(* $177 ) per animal", its "(" a dependent the phrase left out, is no dateline ending at ")"
    if closing is not None and not any(is_open and i < tokens[closing].i for i, is_open in opens.items()):
        tokens = tokens[closing + 1:]  # the end of a dateline: keep what follows it
    kept: list[Token] = []
    depth, brackets, passed = 0, [i for i in opens if tokens and i >= tokens[0].i], 0
    for token in tokens:
        while passed < len(brackets) and brackets[passed] < token.i:
            depth = depth + 1 if opens[brackets[passed]] else max(depth - 1, 0)
            passed += 1
        if depth == 0 and token.i not in opens and (not kept or kept[-1].i != token.i):
            kept.append(token)
    return kept


def _subtree(head: Token, dropped: frozenset[str] | None) -> tuple[Token, ...]:
    """The tokens of the phrase headed by ``head`` without the ``dropped`` dependents (only
    :data:`CORE` ones when ``None``), times, quotes and fillers. Found once per ``Doc`` (the
    titles of one sentence's events and the cuts of one title walk the same phrases)."""
    found = doc_memo(head.doc, "title_phrases")
    key = (head.i, dropped)
    if key not in found:
        found[key] = tuple(_phrase_tokens(head, dropped))
    return found[key]


def _phrase_tokens(head: Token, dropped: frozenset[str] | None) -> list[Token]:
    kept = [head]
    time_end = -2  # the last token of a time left out, whose dash goes with it
    for child in children(head):
        # (every clause kept whole is a relative clause or a clause on a noun: asked of those only)
        if child.dep_ in ("relcl", "acl") and (head.lower_ in INDEFINITES or (
                _indefinite(head) and child.dep_ == "relcl" and not is_infinitive(child)) or (
                dropped is not None and child.dep_ == "acl") and (
                is_infinitive(child) or _is_participle(child) and _right_after(child, head)) or (
                dropped is not None and child.dep_ == "relcl" and is_infinitive(child) and not _indefinite(head)) or (
                dropped is not None and _content_clause(child)) or _defining_clause(child) or (
                dropped is not None and child.dep_ == "relcl" and _says_which(child))):
            # "something that cannot be achieved", "those killed", "their ability to reinvent", a
            # participle right after its noun, which says which ("the number of civilians *killed* …"),
            # what a noun holds ("BP's position *that the disaster highlighted* …") and the clause
            # that says what "a" noun is ("a patient *who is about to die*")
            kept.extend(_subtree(child, dropped))
            continue
        if dropped is not None and _infinitive_after_object(child):
            # "Gadhafi has lost any and all legitimacy *to lead Libya*", "We've got plenty of time *to add on
            # attorneys*": what the object is for, a detail, not an aside
            kept.extend(_subtree(child, dropped))
            continue
        if _attribution(child):
            continue  # "according to a source close to her family": who says so, not what happened
        if child.dep_ == "prep" and _is_time(child) or child.dep_ == "npadvmod" and child.ent_type_ in TIME_LABELS and not (
                _hyphenated(child)):
            time_end = child.right_edge.i
            continue  # "since Friday", "*April 30* - A NATO air strike": the timeline dates it (not "68-*year*-old")
        if child.is_punct and child.i == time_end + 1:
            continue  # the dash after such a date
        if _coordinated_time(child, time_end):
            # "take place in a matter of days *and not in a matter of weeks*": the second half of a time goes with
            # the first, never "take place and not in a matter" (its noun is no time, only its "of" phrase)
            continue
        if _absolute(child) or _fronted(child) or _second_object(child):
            continue  # "with a row of houses collapsing", "Based on promises …, we agreed": a scene, not a complement
        if ((child.dep_ in dropped) if dropped is not None else (child.dep_ not in CORE)) and not _stays(child, head):
            continue
        if (child.is_punct or child.is_quote) and child.text not in KEPT_PUNCT or child.tag_ in QUOTE_TAGS or (
                child.lower_ in FILLERS and child.dep_ == "advmod" and child.head.pos_ not in DEGREE_HEADS):
            continue
        kept.extend(_subtree(child, dropped))
    if head.like_num and head.i + 1 < len(head.doc) and (magnitude := head.doc[head.i + 1]).head.i != head.i and (
            magnitude.lower_ in load_json("events.json")["number_magnitudes"]["words"]) and not head.is_ancestor(magnitude):
        # "$ 7.5 *bn*" the parser hung on the verb is the number's, not "$7.5" alone (``number_magnitudes``)
        kept.append(magnitude)
    return kept


def _coordinated_time(child: Token, time_end: int) -> bool:
    """Whether ``child`` is a preposition coordinated after a time its head's phrase left out, nothing but the
    conjunction between ("in a matter of days *and not in a matter of weeks*", "on Monday *and again on Tuesday*")."""
    if time_end < 0 or child.dep_ != "conj" or child.tag_ != "IN":
        return False  # most words follow no time left out
    return all(t.dep_ in ("cc", "punct") for t in child.doc[time_end + 1 : child.left_edge.i])


def _right_after(participle: Token, noun: Token) -> bool:
    """Whether a participle follows its noun right away, or after a time only, which the title
    leaves out ("issued a statement *Monday* supporting the bill"): it says which."""
    between = participle.doc[noun.i + 1 : participle.i]
    return all(t.ent_type_ in TIME_LABELS for t in between)


def _line_starts(token: Token) -> list[int]:
    """Where the lines of a list run into ``token``'s sentence start: a capitalised function
    word that is no name after a lower-case word or number without punctuation ("… rose to
    140 *Of* nine new confirmed cases …", "… flu pandemic *There* is no vaccine …", also the article "A" of a
    page's photo caption run into its first sentence: "… explains how the funnel will work *A* ship carrying …"; a
    capitalised noun or adjective may be a name: "push *Brent* crude prices up", "better
    *Western* weapons"). Found once per sentence (only sentences with a titled event are
    looked at)."""
    starts = token.doc.user_data.setdefault(LINE_STARTS_KEY, {})
    start = sentence_start(token)
    if start not in starts:
        starts[start] = [
            word.i for word in sentence_of(token)[1:] if word.is_title and (len(word) > 1 or word.pos_ == "DET")
            and word.pos_ in LINE_OPENERS and not word.ent_type_ and _may_end_a_line(word.nbor(-1))
            and not _opens_an_object_name(word)]
    return starts[start]


def _opens_an_object_name(word: Token) -> bool:
    """Whether a capitalised word opens the name of a paper, place or body that the verb right before it takes as
    its object ("sent *The* Post the original photograph", "told *The* Washington Post"): a verb ends no line of a
    list (a headline run into its story ends on a noun: "despite U.S. scrutiny *The* Defense Department has …")."""
    noun = word.head if word.dep_ == "det" else word
    return noun.pos_ == "PROPN" and noun.dep_ in OBJECTS and noun.head.i == word.i - 1 and noun.head.pos_ == "VERB"


def _may_end_a_line(word: Token) -> bool:
    """Whether a list's line may end with ``word``: a lower-case word or a number, no punctuation,
    nor a word that needs the next one ("the *People*", "of *Good* Hope")."""
    return (word.is_lower or word.like_num) and not word.is_punct and word.pos_ not in LINE_CONTINUERS


def _across_lines(token: Token, other: Token) -> bool:
    """Whether a line of a list run into the sentence starts between ``token`` and ``other``."""
    starts = _line_starts(token)
    return bool(starts) and bisect_right(starts, token.i) != bisect_right(starts, other.i)


def _before_colon(head: Token, tokens: Sequence[Token]) -> Sequence[Token]:
    """``tokens`` between the colons or semicolons around ``head``: what follows one after it is a
    clause of its own the parser hung on the phrase ("says the answer is simple: the contrast has
    an explanation"), and so is what precedes one before it ("It's an instinctive response: *they're
    hiding* from predators", "we've got to keep our heads in the game; *we've got* to keep our
    shoulders to the wheel"): run together, the two clauses read as one that makes no sense."""
    start = min((t.i for t in tokens), default=head.i)
    end = max((t.i for t in tokens), default=head.i)
    after = _clause_breaks(head.doc, head.i + 1, end)
    before = _clause_breaks(head.doc, start, head.i)
    stop = after[0] if after else end + 1
    begin = before[-1] if before else start - 1
    return tokens if stop > end and begin < start else [t for t in tokens if begin < t.i < stop]


def _clause_breaks(doc: Doc, start: int, end: int) -> list[int]:
    """The colons and semicolons from ``start`` to ``end`` (excluded), and the dashes set off by spaces that a clause
    with a subject of its own follows right away: "a decision will be taken soon *-* it is a matter of time" is two
    clauses, which a title run together garbles ("… taken soon it is a matter of time"); a dash opening an aside
    ("Hague *-* the foreign secretary *-* said") or a relative clause ("*-* who had fled -") breaks nothing."""
    breaks = _written_between(doc, CLAUSE_BREAKS, start, end)
    dashes = [i for i in _written_between(doc, DASHES, start, end) if _opens_a_clause(doc[i])]
    return sorted(breaks + dashes) if dashes else breaks


def _set_off_dash(token: Token) -> bool:
    """Whether ``token`` is a dash with a space on both sides (not a hyphen: "BRUSSELS-European", "gun-toting")."""
    return token.text in DASHES and token.i > 0 and bool(token.whitespace_) and bool(token.nbor(-1).whitespace_)


def _opens_a_clause(dash: Token) -> bool:
    """Whether a dash set off by spaces, the only one of its sentence, is followed right away by the subject of a
    clause after it (not a relative word: "*-* who had fled -"; two dashes set off a clause as an aside: "Met with a
    crackdown *--* a rights group says 1,100 civilians have been killed *--* demonstrators have demanded …")."""
    if not _set_off_dash(dash) or dash.i + 1 >= len(dash.doc):
        return False
    sentence = sentence_of(dash)
    if any(i != dash.i and _set_off_dash(dash.doc[i]) for i in _written_between(dash.doc, DASHES, sentence.start,
                                                                                  sentence.end)):
        return False
    subject = next((t for t in dash.doc[dash.i + 1 : dash.i + 1 + SUBJECT_WORDS] if t.dep_ in SUBJECTS and (
        t.left_edge.i == dash.i + 1)), None)
    return subject is not None and subject.tag_ not in RELATIVE_TAGS and subject.head.i > subject.i


def _on_line_of(head: Token, tokens: Sequence[Token]) -> Sequence[Token]:
    """``tokens`` on the line of a list ``head`` is on, when lines run into its sentence (the
    parser hangs words of one line on another's: "rose to 140 Of nine new confirmed *cases*")."""
    starts = _line_starts(head)
    if not starts:
        return tokens
    line = bisect_right(starts, head.i)
    return [t for t in tokens if bisect_right(starts, t.i) == line]


def _defining_clause(clause: Token) -> bool:
    """Whether a relative clause, not set off by a comma, is all that says which thing an
    indefinite subject or predicate noun is: "*a patient who is about to die* does not look
    different", "it was *a drug that staff used only with care*", "the well is in *an area where
    whales feed*" (not "a patient", "an area" alone); so is the noun "there is" says is, with any
    determiner or none: "there are *bubbles that are visible* on the underwater camera", "there was *no
    indication influenza viruses were resistant*", also a clause the parser hung as a participle's: "there was *a
    chance the flow of oil could be increased*" (not "There are bubbles", "there was no indication")."""
    if clause.dep_ not in ("relcl", "acl"):
        return False  # asked of every word of a title's phrases: most are no clause
    noun = clause.head
    predicate = noun.dep_ == "attr" or noun.dep_ == "pobj" and noun.head.head.lemma_ == "be"  # "is in *an area* where …"
    existential = noun.dep_ == "attr" and any(c.dep_ == "expl" for c in children(noun.head))
    if clause.dep_ == "acl" and not existential:
        return False
    return (noun.dep_ in ("nsubj", "nsubjpass") or predicate) and (existential or any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(noun))) and clause.doc[clause.left_edge.i - 1].text != ","


def _says_which(complement: Token) -> bool:
    """Whether a phrase or clause after an object noun with "a" or "an", not set off by a comma,
    says which thing it is: "denied *a request* from NOAA to make public its estimate", "pushed
    *a bill* that would tie BP's liability to its profits" (the relative word its subject), "has
    *a right* to a clear understanding" (the noun alone tells nothing of it). A title keeps it longest, cut to its
    core before it goes."""
    if complement.dep_ not in ("prep", "acl", "relcl"):
        return False  # asked of every detail: most are no such complement
    if complement.dep_ == "relcl" and not any(c.dep_ in SUBJECTS and c.tag_ in RELATIVE_TAGS for c in children(complement)):
        return False  # one with a subject of its own says who did it to the noun: "a ceasefire that it announced"
    noun = complement.head
    if complement.dep_ == "prep" and complement.lower_ in PLACE_PREPOSITIONS:
        return False  # where is a detail: "declared a curfew *in eight governorates*"
    return complement.i > noun.i and noun.pos_ == "NOUN" and noun.dep_ in OBJECTS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(noun)) and complement.doc[
        complement.left_edge.i - 1].text not in (",", "-", "--")


def _hyphenated(token: Token) -> bool:
    """Whether a hyphen joins ``token`` to the next word: "*phone*-hacking", "68-*year*-old"."""
    return not token.whitespace_ and token.i + 1 < len(token.doc) and token.nbor().text == "-"


def _fronted(child: Token) -> bool:
    """Whether ``child`` is a phrase set off by a comma before its clause's subject ("*Based on
    promises the government gave us*, we agreed to meet", "*In Egypt*, the regime had moved"):
    when or on what grounds, an aside in a title as before the title's own verb."""
    if child.dep_ not in ("prep", "npadvmod", "advmod"):
        return False  # most words of a phrase: their clause's subject is not looked for
    verb = child.head
    subject = next((c for c in children(verb) if c.dep_ in SUBJECTS), None)
    following = child.right_edge.i + 1
    return verb.pos_ in VERBAL and subject is not None and (
        child.i < subject.i) and following < subject.left_edge.i and child.doc[following].text == ","


def _absolute(preposition: Token) -> bool:
    """Whether a phrase is an absolute construction, "with" and a noun doing something (", with
    a row of houses *collapsing* under the impact"): an aside, which cut to its noun would
    read as the instrument or companion of the verb."""
    if preposition.dep_ != "prep" or preposition.lower_ not in ("with", "without") or preposition.i == 0 or (
            preposition.nbor(-1).text not in (",", "-", "--")):
        return False  # set off by a comma ("met with officials *representing* France" is a complement)
    nouns = list(objects_of(preposition))
    for noun in nouns:  # and the noun after "of": "a row *of houses* collapsing"
        nouns += [o for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of" for o in objects_of(c)]
    return any(c.dep_ == "acl" and c.tag_ == "VBG" for noun in nouns for c in children(noun))


def _stays(child: Token, head: Token) -> bool:
    """Whether a dependent stays with its head however short the phrase must be."""
    # "*as* much as", "*more* than", "*gun*-toting", "42-*year*-old"
    # (a manner adverb is a detail: "*adequately* prepared")
    if child.dep_ in ("advmod", "npadvmod") and head.pos_ not in VERBAL and not (
            child.dep_ == "advmod" and child.lower_.endswith("ly")) or _is_amount(child):
        return True
    if child.dep_ == "dative" and child.tag_ == "PRP":
        return True  # a pronoun the verb does it to is one word of its core: "reminds *me* an awful lot of …"
    if child.dep_ == "prep" and child.pos_ == "PROPN":
        # a word of a name the parser read as a preposition is no phrase to cut off: "accused President *Barack* Obama of
        # failing …", never "accused President"
        return True
    if child.dep_ == "advmod" and _focusing(child):
        return True  # not a manner adverb, though it ends in -ly: "can achieve *only* so much", never "so much"
    if child.dep_ == "advmod" and head.dep_ == "amod" and child.i == head.i - 1 and child.nbor(-1).lower_ in ("a", "an"):
        return True  # the article agrees with it: "an *entirely* fair criticism", never "an fair"
    if child.dep_ == "prep" and any(c.dep_ == "det" and c.lower_ == "no" for o in objects_of(child) for c in children(o)):
        return True  # a negation: "the doctor is *in no way* a suspect", never cut to "the doctor is a suspect"
    if child.dep_ == "appos" and not (before := child.doc[child.left_edge.i - 1]).is_punct and before.i != head.i and not (
            head.is_ancestor(before)):
        # an apposition the text does not set off, after words of another phrase, is the parser's misreading of
        # what they say ("the doctor is in no way *a suspect*"): no aside, and without it they are cut short
        return True
    if child.dep_ == "prep" and any(t.like_num for t in child.subtree) and any(
            noun.i > child.i and noun.pos_ in ("NOUN", "PROPN") for noun in (head, head.head)):
        # how many, read as a phrase (or two) before its noun: "*up to 9.5* m litres", never "m litres"
        return True
    if child.dep_ == "prep" and child.tag_ == "RP" and not child.n_rights and child.i == head.i + 1:
        return True  # a particle the parser took for a preposition without its object: "we call *on* all leaders"
    if child.dep_ in ("conj", "cc") and _range(head):
        return True  # a range is whole: "*between* 100 *and 200* million gallons", not "between 100 gallons"
    if child.dep_ == "prep" and head.tag_ == "DT" and child.i == head.i + 1 and head.dep_ in (*OBJECTS, *SUBJECTS):
        # a determiner standing for people or things says which only with its phrase: "sent a signal to *those in the
        # Security Council*", never "to those"
        return True
    if child.dep_ == "prep" and child.lower_ == "of" and head.pos_ not in VERBAL and not any(
            c.dep_ == "pcomp" and any(g.dep_ in SUBJECTS for g in children(c)) for c in children(child)):
        # a noun's argument stays with it: "no sign *of* a retreat", "the best *of* …" (a clause after "of"
        # is a detail: "its estimate *of how much oil could spew*")
        return True
    if child.dep_ in ("prep", "advmod"):
        needed = getattr(_needed_preposition(head), "i", None)
        if child.dep_ == "prep" and child.i == needed or child.dep_ == "advmod" and child.i + 1 == needed:
            return True  # "amounted *to gross negligence*", "were based *on data*", "were *far* from knowing"
    if _complex_preposition(child, head):
        return True  # "were in line *with the rules*", never "in line"
    if child.tag_ == "WRB" and child.dep_ == "advmod" and child.i == child.head.left_edge.i:
        return True  # the word opening a question: "what we do not know is *how* the virus will behave"
    if child.dep_ in ("advcl", "npadvmod") and head.lemma_ == "be" and head.pos_ == "AUX" and not any(
            c.dep_ in ("attr", "acomp", "prep", "xcomp", "ccomp", "oprd") for c in children(head)) and (any(
            c.dep_ == "mark" and c.lower_ in (*LINKING_MARKS, *QUESTION_MARKS, *COPULA_MARKS) for c in children(child))
            or child.dep_ == "advcl" and is_infinitive(child) or child.dep_ == "npadvmod" and child.pos_ == "NOUN" and (
                child.i > head.i and child.ent_type_ not in TIME_LABELS)):
        # all a copula says: "this was *because it was not yet clear …*", "what we don't know is *if* …", "it's
        # almost *like there's a new sheriff in town*", "we're here *to find out* …", "it's long past *time* for us to …"
        return True
    if child.dep_ == "advcl" and child.i > head.i and head.lemma_ == "be" and _has_subject(child) and any(
            c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in children(child)) and any(
            c.dep_ in ("attr", "acomp") and c.i < child.i for c in children(head)) and any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in children(head)):
        return True  # the question "it" stands for, hung on the copula: "it's unclear *if the rebels can form* …"
    if _likeness(child, head):
        return True  # all a verb of seeming says: "it sounded *like it might work*", never "it sounded"
    if child.dep_ in CLAUSES and child.i > head.i and _extraposing(head, child):
        # what "it" stands for and what "there is" names, not an aside: "It is an international disgrace *that we have
        # made no progress*", "It is the sight *that awaits you* …", "There is this myth *that bodies have to be
        # disposed of quickly*": without it the title says nothing ("It is the sight")
        return True
    if child.dep_ == "advcl" and head.dep_ in ("acomp", "oprd") and child.i > head.i and is_infinitive(child):
        return True  # what the predicate is about: "we are committed *to ensure* …", not "we are committed"
    if child.dep_ == "intj" and child.i == head.left_edge.i and head.pos_ in VERBAL and not any(
            c.dep_ in SUBJECTS for c in children(head)) and any(c.dep_ == "aux" for c in children(head)):
        return True  # the subject the parser took for an interjection: "*Sorry* doesn't pay the bills"
    if _hyphenated(child):
        return True  # one word with its head: "*phone*-hacking", "non-*state*-controlled"
    if child.dep_ == "appos" and child.left_edge.i == head.i + 1:
        return True  # a name right after its description is no aside: "acting director *Dr. Richard Besser*"
    if _verb_adverb(child):
        return True
    if child.dep_ == "prep" and head.dep_ == "advmod":
        return True  # an adverb's phrase: "back *from his criticism*", "far *from knowing*"
    # a clause with its own subject ("*for* residents to add …"), a question or a time ("*whether* Russia was",
    # "*after* the Council authorized");
    # "that" says nothing, but on a noun it tells its content from a relative clause ("BP's position
    # *that* the disaster highlighted shortcomings")
    return child.dep_ == "mark" and (child.lower_ in (*COPULA_MARKS, *QUESTION_MARKS, *LINKING_MARKS) or (
        child.lower_ == "that" and _content_clause(head)) or _likeness(head, head.head))  # "*as* if", "*as* though"


def _likeness(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` says what a verb of seeming with no predicate of its own says something is like
    (``linking_verbs`` in ``events.json``): "it sounded *like it might work*", "it seemed *as if Gadhafi was going to
    overrun the opposition*"; not "it sounded good *as if* …", whose predicate says it."""
    if clause.dep_ != "advcl" or clause.i < verb.i or verb.pos_ != "VERB":
        return False  # asked of every word of a title's phrases: most are no such clause
    linking = load_json("events.json")["linking_verbs"]
    if verb.lemma_.lower() not in linking["verbs"] or any(
            c.dep_ in ("attr", "acomp", "oprd", "xcomp", "ccomp") for c in children(verb)):
        return False
    opening = " ".join(t.lower_ for t in clause.doc[clause.left_edge.i : clause.left_edge.i + 2])
    return any(m.dep_ == "mark" for m in children(clause)) and any(
        opening == mark or opening.startswith(mark + " ") for mark in linking["marks"])


def _inner_clause(clause: Token, budget: int, lookup: MentionLookup, line_of: Token) -> list[TitlePiece]:
    """The largest clause inside what was said that has a subject of its own and fits in ``budget``
    words, whole but for its details, and no question: a reported clause ("it was no exaggeration to say *that
    10 years of hard work awaits the world*") or what an "it is …" or "there is …" holds ("it is the case *that
    the ministry looked at its assets*"; not a relative clause lacking its object: "some things *you can not
    say*"); none when none fits."""
    inner = [t for t in clause.subtree if t.i != clause.i and (
        t.dep_ == "ccomp" or _extraposing(t.head, t) and _content_clause(t)) and _clause_path(t, clause) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in RELATIVE_TAGS for c in children(t))]
    for candidate in sorted(inner, key=lambda t: t.left_edge.i - t.right_edge.i):
        if candidate.left_edge.tag_ in ("WRB", "WP", "WDT") or any(
                c.dep_ == "mark" and c.lower_ != "that" for c in children(candidate)):
            continue  # a question is no statement: "the challenge is *whether the agencies are up to it*"
        if clause_factuality(candidate).factuality not in ("asserted", "reported", "negated"):
            continue  # what is believed or hoped is not said: "fishermen are wrong to believe *he will pay them*"
        if phrase := _phrase(candidate, budget, lookup, drop_article=False, line_of=line_of):
            return phrase
    return []


def _clause_path(inner: Token, clause: Token) -> bool:
    """Whether ``inner`` hangs on ``clause`` through clauses and predicates only, not inside a noun phrase's
    detail ("in exchange for assurances *that they would not be harmed*": of the rebels' assurances, not said)."""
    while inner.i != clause.i:
        if inner.dep_ not in ("ccomp", "xcomp", "acl", "relcl", "attr", "acomp"):
            return False
        inner = inner.head
    return True


def _extraposing(word: Token, clause: Token) -> bool:
    """Whether ``word`` is the predicate noun or adjective of a copula whose subject is "it" and ``clause``, not set
    off by a comma, is what "it" stands for ("*It is* a disgrace that …", "it was not *an exaggeration* to say that
    …", "it is the sight that awaits you"; not "it was a projectile*, which opens in the air*"), or of "there is" and
    ``clause`` says what the noun holds ("*There is* this myth that bodies …"; not "a lot of confusion that makes it
    tough", a detail); also when ``word`` is that copula, the parser having hung the clause on it ("It *is*
    important for us to find …"), or a predicate whose own subject is "it" ("made *it clear* that …")."""
    if clause.doc[clause.left_edge.i - 1].text == ",":
        return False
    if word.lemma_ == "be":
        # the clause hung on the copula, after its predicate: "It is important for us *to find* other sources", "it
        # could be some time *before a full picture emerges*" (not a time or condition of the copula: "it was the
        # biggest attack *since* the observers began work", "it is a final extension *unless* …")
        return (is_infinitive(clause) or any(c.dep_ == "mark" and c.lower_ in EXTRAPOSED_MARKS for c in children(
            clause))) and any(c.dep_ in ("attr", "acomp") and c.i < clause.i and _extraposing(c, clause) for c in children(
            word))
    if word.pos_ == "ADJ" and word.dep_ in ("ccomp", "oprd", "xcomp") and any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in children(word)):
        return True  # a predicate with "it" for its own subject: "Russia made *it clear* that it would veto …"
    copula = word.head
    if word.dep_ not in ("attr", "acomp") or copula.lemma_ != "be":
        return False
    subjects = {c.lower_ for c in children(copula) if c.dep_ in ("nsubj", "expl")}
    return "it" in subjects or "there" in subjects and _content_clause(clause)


def _pieces(tokens: list[Token], lookup: MentionLookup, subject: bool) -> list[TitlePiece] | None:
    """Tokens as title pieces: words as written, spaced as written (also pre-tokenised
    text: "BP 's" → "BP's"), an entity mention as one piece the timeline names by its
    entity — a pronoun in the ``subject`` or as a verb's object ("Angela Merkel called
    *him*"), elsewhere it stays as written ("Obama said *he* …"); ``None`` when a pronoun of
    the subject stands for no mention."""
    pieces: list[TitlePiece] = []
    previous: Token | None = None
    covered: set[int] = set()
    spans: dict[int, list[Token]] = {}
    for token in tokens:
        if token.i in lookup.mention_of_token:
            spans.setdefault(lookup.mention_of_token[token.i], []).append(token)
    for token in tokens:
        if token.i in covered:
            continue
        index = lookup.mention_of_token.get(token.i)
        if subject and token.tag_ in ("PRP", "PRP$") and index is None and token.lower_ not in FIRST_PERSON:
            return None  # a subject must say who; elsewhere "it" reads as written
        if subject and previous is None and token.tag_ in RELATIVE_TAGS:
            # a subject opening with "whose" or "which" names the noun its clause describes
            # ("a town whose inhabitants fled": the town's inhabitants), or there is no title
            described = lookup.mention_for(token)
            if described is None:
                return None
            whose = token.tag_ == "WP$"
            pieces.append([described, lookup.mentions[described].text + ("'s" if whose else ""), whose])
            previous = token
            continue
        space = _space(previous, token)
        span = spans.get(index, []) if index is not None else []
        if span and _named_by_entity(span, index, lookup) and (
                subject or span[0].tag_ not in PRONOUN_TAGS or _object_pronoun(span[0]) or _personal(span[0], lookup)):
            covered.update(t.i for t in span)
            written = "".join(_word(t) + t.whitespace_ for t in span).strip()
            pieces += [space, [index, written, token.tag_ in ("PRP$", "WP$")]]
            previous = span[-1]
            continue
        if subject and token.dep_ == "det" and token.lower_ in DEMONSTRATIVES and token.head.dep_ in SUBJECTS:
            # "*This* cemetery was approved by the council": a demonstrative points to what the text said before,
            # which a title stands without; no name standing for it, the subject is told as "the" thing
            pieces.append(space + ("The" if token.is_title else "the"))
            previous = token
            continue
        pieces.append(space + _word(token))
        previous = token
    return pieces


def _word(token: Token) -> str:
    """``token`` as a title writes it: a bracket the tokenizer escaped as itself, and a possessive whose
    apostrophe the page lost with it ("Qaddafi *s* forces killed", "the country *s* east")."""
    if token.tag_ == "POS" and token.lower_ == "s":
        return "'s"
    return BRACKETS.get(token.text, token.text)


#: pronouns of a person, which a title names where a reader would not take them for its subject
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})


def _personal(token: Token, lookup: MentionLookup) -> bool:
    """Whether a pronoun of a person a title keeps is named by whom it stands for, as a reader
    would not take it for the subject of its clause, nor of the clause that reports it ("*DEA* said
    *he* has not broken any laws", "a cocktail of drugs was detected in *his* body"); one a reader
    takes for that subject stays as written ("Obama said *he* would return", "Obama used *his*
    strongest language"), where naming would only repeat the subject or, the antecedent being
    wrong, contradict it."""
    if token.tag_ not in ("PRP", "PRP$") or token.lower_ not in PERSON_PRONOUNS:
        return False  # "it" and "they" are too often an expletive or a wrong antecedent ("it's going to be a mess")
    if token.i + 1 < len(token.doc) and token.nbor().lower_ == "own":
        return False  # "contributed to *his own* death": the subject's
    verb, doer = token.head, None
    for _ in range(4):  # up to the clause with a subject other than the pronoun: "he told reporters *he* was …",
        # "the Republican made the move of switching *his* affiliation"
        while verb.pos_ not in VERBAL and verb.head.i != verb.i:
            verb = verb.head
        doer = _subject_phrase(verb) if verb.pos_ in VERBAL else None
        if doer is not None and doer.i != token.i or verb.head.i == verb.i:
            break
        verb = verb.head
    return doer is None or doer.i == token.i or not _a_person(doer, lookup)


def _a_person(doer: Token, lookup: MentionLookup) -> bool:
    """Whether a subject is a person, or a person's ("*the singer's* poor health contributed to his
    death"), whom a reader takes a pronoun of a person for: a person's name or pronoun, or a
    title before a name ("*Secretary* of the Interior Ken Salazar", whatever the tagger made of it)."""
    for word in [doer, *(c for c in children(doer) if c.dep_ == "poss")]:
        index = lookup.mention_of_token.get(word.i)
        if word.lower_ in PERSON_PRONOUNS or word.ent_type_ == "PERSON" or (
                index is not None and lookup.mentions[index].label == "PERSON") or word.pos_ == "PROPN" and any(
                t.lower_ in title_words() for t in word.doc[word.left_edge.i : word.i]):
            return True
    return False


def _object_pronoun(token: Token) -> bool:
    """Whether a personal pronoun is a verb's object, directly or after its preposition ("the
    plight reminded *them*", "wept for *him*"): all a title says of whom, so it names them."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    return token.tag_ == "PRP" and token.lower_ not in FIRST_PERSON and verb.pos_ in VERBAL and (
        token.dep_ in ("dobj", "dative") or token.dep_ == "pobj" and token.head.dep_ in ("prep", "dative"))


def _named_by_entity(span: list[Token], index: int, lookup: MentionLookup) -> bool:
    """Whether the title names the entity instead of the words: a resolved pronoun, or a
    name or a description of an actor ("the company") that is the phrase itself or its
    possessor — not a modifier ("*Libyan* tanks", "a *Gaddafi* convoy"), demonym or
    metonym ("the Kremlin" stays)."""
    mention = lookup.mentions[index]
    if span[0].tag_ in PRONOUN_TAGS:
        return mention.antecedent is not None
    inside = {t.i for t in span}
    head = next((t for t in span if t.head.i not in inside or t.head.i == t.i), span[-1])
    return mention.resolved_from in (None, "nominal") and head.dep_ not in ("compound", "amod", "nmod")


def _space(previous: Token | None, token: Token) -> str:
    if previous is None:
        return ""
    word = _word(token)
    if previous.i == token.i - 1 and not previous.whitespace_:
        return ""
    if word.startswith("'") and word != "'" or word in (",", "%", "n't", ")", "-") or previous.text in ("$", "-", "(", "-LRB-", "#"):
        return ""
    return " "


def _written(pieces: list[TitlePiece]) -> str:
    return "".join(p if isinstance(p, str) else p[1] for p in pieces)


def renumber_title(pieces: list[TitlePiece], new: dict[int, int] | int) -> list[TitlePiece]:
    """A title's pieces after the document's mentions were renumbered: ``new`` maps old
    indices to new ones (a mention left out becomes its text as written), or is the
    offset of a chunk's mentions in the whole document."""
    renumbered: list[TitlePiece] = []
    for piece in pieces:
        if isinstance(piece, str):
            renumbered.append(piece)
        elif isinstance(new, int):
            renumbered.append([piece[0] + new, *piece[1:]])
        elif piece[0] in new:
            renumbered.append([new[piece[0]], *piece[1:]])
        else:
            renumbered.append(piece[1])
    return renumbered


def _named_by_its_of(position: int, pieces: list[TitlePiece], names: list[str | None]) -> bool:
    """Whether the entity piece at ``position`` is followed by "of" and a piece of the same entity."""
    between = []
    for later in range(position + 1, len(pieces)):
        if not isinstance(pieces[later], str):
            return "".join(between).strip() == "of" and names[later] == names[position]
        between.append(pieces[later])
    return False


def _written_after(pieces: list[TitlePiece], position: int) -> list[str]:
    """The words the sentence writes after an entity piece, mentions as written ("Gulf" + " of" + "Mexico")."""
    return "".join(piece if isinstance(piece, str) else " " + piece[1] for piece in pieces[position + 1 :]).split()


def _spelling(word: str) -> str:
    """A word without its full stops, as names are spelt either way: "U.S." and "US" are one word (not "said" and
    "Said")."""
    return word.replace(".", "")


def fill_title(pieces: list[TitlePiece], name_of) -> str:
    """A title's text, each entity piece named by ``name_of(mention)`` (the resolved
    entity's name) where it has one, else as written."""
    words, named = [], set()
    names = [None if isinstance(piece, str) else name_of(piece[0]) for piece in pieces]
    for position, piece in enumerate(pieces):
        if isinstance(piece, str):
            words.append(piece)
            continue
        index, written, possessive = piece
        name = names[position]
        if name in named or name is not None and _named_by_its_of(position, pieces, names):
            # said once: "The United States increased its oil imports"; a description the name of its
            # "of" phrase stands for stays as written: "the legitimate government of Libya", not "Libya of Libya"
            name = None
        named.add(name)
        first, _, rest = (name or "").partition(" ")
        if rest and [_spelling(w) for w in "".join(words).split()[-1:]] == [_spelling(first)]:
            # a name's title or modifier the sentence writes before the tagger's name, also spelt otherwise: "King" +
            # "King Idris", "the U.S." + "US dollar" (never "the U.S. US dollar")
            name = rest
        if name and name.startswith(written + " ") and (tail := name[len(written):].split()) == _written_after(
                pieces, position)[: len(tail)]:
            name = None  # the sentence writes the rest of the name after it: "Gulf" + "of Mexico", not "Gulf of Mexico of Mexico"
        words.append(f"{name}'s" if name and possessive else name or written)
    text = " ".join("".join(words).split())
    return text[:1].upper() + text[1:]
