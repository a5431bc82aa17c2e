"""Dates: the :class:`Trigger` records (events built) and the document's timexes in;
each event's ``timex``, ``date_anchor``, ``relation`` and ``anchored_to`` set, and the
years written into event names that no timex covered out, as new :class:`Timex` records.

Every event gets at most one anchor, with the reason it was chosen
(``date_anchor``) and how the event stands to it (``relation``: ``INCLUDED_IN``,
``BEFORE``, ``AFTER``, ``SIMULTANEOUS``, ``ON_OR_BEFORE``). Phases, each a function,
in this order, an earlier one winning:

1. :func:`date_in_clause` — a DATE expression attached below a trigger in the
   parse dates the nearest trigger above it (``"clause"``) — unless it lies in what
   a reporting verb reports ("'… this winter,' he said"); the preposition that
   introduces it gives the relation ("since March": ``AFTER``; an activity going on,
   "has been fighting cancer since 2004": ``BEGUN_BY``); then
   :func:`date_by_time_clause` — a relative clause describing a time ("on 15 July,
   when the company fitted a cap") happens in it;
2. :func:`date_by_name_year` — a named event takes the year in its name ("the
   1994 Budapest Memorandum");
3. :func:`share_with_relative_clauses` — the events describing a named event in
   its relative clause share its date, and so does what a definite event noun did in its
   own ("the explosion in April, which killed 11 workers": :func:`_done_by_a_known_happening`);
4. :func:`date_by_report` — a past factual event reported by a dated reporting
   verb ("X said on Tuesday that Y held talks") happened on or before the report
   (``"report"``);
5. :func:`date_by_sentence` — else the nearest DATE of the same sentence that
   no event took in its clause nor a clause describing a noun the event is outside of,
   as its preposition says ("since": ``AFTER``), or the date heading a chronology line
   (:func:`chronology_dates`), which dates every event of the line (``"sentence"``); a
   past perfect looks back from the time of another clause (``BEFORE``: :func:`_flashback_to`);
6. :func:`share_with_clause_mates` — a past factual verb coordinated with a dated
   verb, or a participle hanging from one with no connective, shares its date for
   the same reason ("One year later he was fired and he founded NeXT", "Jobs
   started by hinting at the incident"), after it when a step adverb says so ("and
   soon after reassumed", "…, later revealing …"); :func:`share_with_purposes` — a purpose infinitive of a
   dated factual occurrence happened with it ("returned to the stage to reveal iCloud"),
   as does the complement of an implicative verb ("Jobs then moved on to talk about podcasting");
7. :func:`date_by_event` — "after the invasion", "since the mutiny", "during the
   talks", "when the crew sealed the well": an undated event takes the date of
   the event the connective introduces (or the other way round), with the
   connective's relation composed with that event's own (:func:`composed`: "while" an
   event before its time is before it too) (``"event"``); one tied so to an event the publication
   dates, and not after it, is on or before the publication too ("During his
   speech he stated …": the speech); :func:`date_by_occasion` — one located at a
   definite occasion ("unveiled the products at the event") happened in the time an
   earlier mention of it named ("In a Wednesday media event, …");
   :func:`date_by_chronology_entry` — a line between two entries of a chronology goes on
   with the entry above it, told in the historic present as its entries are ("June 1998 -
   Abacha dies. / General Abubakar takes over. / February 1999 - …", one line each: the taking over in June
   1998; ``"narrative"``);
8. :func:`date_by_narrative` — else, for a past-tense factual verb (not a
   reporting verb: "said" is the reporter's present) in a sentence without a
   time of its own, the last DATE of an earlier sentence of the same paragraph
   (``"narrative"``; a past perfect steps back: ``BEFORE``; a step adverb steps
   as it says: "They later captured the port", ``AFTER``; a time after the
   publication, "to be released in mid-2011", nor one of a clause in the present, "is up
   82 % from 9 months ago", nor, for a simple past, one of a past perfect clause before the
   time named just before it, nor a time below a main verb that took its own
   (:func:`_aside_of_the_story`), is a time a past event goes on from; a flashback, "Earlier this year, …", carries only its own
   actors: :func:`_back_from_flashback`; an actor that sentence told in an undated past perfect
   goes on in that past: :func:`_goes_on_in_a_perfect`), unless the sentence moves the time another way ("now", "two weeks ago",
   "after the vote"); a time that counts from the narrative one ("three years
   later", "the next day", "a week after") is resolved from it by the temporal
   component and dates its clause (phase 1);
9. :func:`date_by_publication` — else, a factual event told as news (simple past,
   present perfect, progressive, a present-tense report) in a sentence that names
   no time (but in what a reporting verb reports, a time from the publication on in a
   clause below it, or "now" beside a past report: "announced a new MacBook Air, on sale
   now") and is no background, history or opinion, nor placed at no one time by its own
   adverbs ("has twice before sued", "has repeatedly denied") or its span of years
   ("served for more than a decade": :func:`at_no_one_time`; nor in the
   narrative), nor a habit ("often shelled": :func:`told_as_a_habit`), nor a part of a life
   ("She grew up there", "was born in Benghazi": ``life_history``; "served as minister":
   ``careers``; "married at 19", "as a child", a clause coordinated under one:
   :func:`tells_a_life`, in the narrative too; an obituary's life of its dead, :func:`the_dead_of_the_story`), nor
   history its own words tell ("since it captured the area", "when he first …", "the late
   king", "at the time the tests were conducted": :func:`recalls_the_past`), nor a long course
   summed up ("benefited from the sanctions": :func:`_sums_up_a_course`), takes the publication date
   (``"publication"``; ``ON_OR_BEFORE`` for the past, ``INCLUDED_IN`` for the
   progressive and a present-tense report, ``INCLUDES`` for a simple present that says
   how things stand, no habit or general truth: "It comes in two colors",
   :func:`describes_the_present`). Its date is filled in at resolution from the document. A simple past
   the story tells of an actor whom an earlier sentence put on one of the last days
   before publication happened on or before that day instead (:func:`recent_days`:
   "Yesterday, Jobs unveiled iPhone 4. … Jobs demoed the gyroscope", "said Jobs":
   ``"story"``, ``ON_OR_BEFORE``: the same occasion, or an earlier one the story
   goes back to, "Hayward took up his role promising …");
10. phases 6 and 7 again, so that the dates the narrative and the publication
    gave reach clause mates and connected events.

Durations, sets, unresolved dates, modals and the clock never date an event; a
named war or treaty is dated by its own words only (phases 1–3). The connective
words, step adverbs, background phrases and opinion verbs are data
(``resources/temporal/anchoring.json``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.extract.anaphora import quotations
from kg.extract.events.tense import is_past_read_as_participle
from kg.extract.events.triggers import DEFINITE, NOUNS, Trigger, described_by
from kg.extract.factuality import clause_factuality, reporting_verbs
from kg.extract.sentences import sentence_of
from kg.extract.syntax import VERBAL, children, doc_memo, first_child, is_infinitive, objects_of, reporting_verb_over
from kg.extract.text import doc_text, opens_a_chronology_entry, tokens_among
from kg.extract.timex_normalise import last_day
from kg.extract.timex_normalise.words import words as timex_words
from kg.records import FACTUAL, Timex
from kg.resources import load_json
from kg.vocabulary import YEAR

#: the relation of a time or event introduced by no connective of ``anchoring.json``
INCLUDED_IN = "INCLUDED_IN"
ON_OR_BEFORE = "ON_OR_BEFORE"
#: a state that holds through its date: "It comes in two colors" at publication
INCLUDES = "INCLUDES"
#: the value of "now", "currently": the publication itself, which a past report is on or
#: before ("Jobs announced a new MacBook Air, on sale now"); beside another past event it
#: sets the past against the present ("Taylor was arrested, and is now on trial")
PRESENT = "PRESENT_REF"
#: an activity going on from its date up to now: "has been fighting cancer since 2004"
BEGUN_BY = "BEGUN_BY"
#: the relation seen from the other side: "A after B" is "B before A"
INVERSE = {"AFTER": "BEFORE", "BEFORE": "AFTER", "ON_OR_BEFORE": "AFTER",
           "INCLUDED_IN": "SIMULTANEOUS", "SIMULTANEOUS": "SIMULTANEOUS", BEGUN_BY: "BEFORE"}


@cache
def _anchoring() -> dict:
    return load_json("temporal/anchoring.json")


@cache
def _relation_words() -> dict[str, str]:
    return {word: entry["relation"] for word, entry in _anchoring()["relations"].items()}


@cache
def _background() -> re.Pattern:
    phrases = sorted((entry["words"] for entry in _anchoring()["background"]), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)


def date_events(doc: Doc, triggers: list[Trigger], events_at: dict[int, int], timexes: list[Timex],
                narrative_breaks: set[str]) -> list[Timex]:
    """Date the events of ``triggers``; the years found in names are returned, to go
    after ``timexes`` (an event's ``timex`` indexes that longer list)."""
    text = doc_text(doc)
    named = names_with_dates(doc, timexes, events_at)
    timexes = [replace(timex, type=NAME_PART) if number in named else timex for number, timex in enumerate(timexes)]
    claimed = date_in_clause(doc, triggers, events_at, timexes)
    date_by_time_clause(triggers, timexes)
    extended = list(timexes)
    date_by_name_year(triggers, extended, claimed)
    share_with_relative_clauses(triggers, events_at)
    date_by_report(triggers, events_at)
    date_by_sentence(triggers, extended, claimed, chronology_dates(text, timexes))
    share_with_clause_mates(triggers, events_at)
    share_with_purposes(triggers, events_at)
    date_by_event(triggers, events_at)
    date_by_occasion(triggers, extended)
    times = sentence_times(doc, extended, frozenset(trigger.token.i for trigger in triggers))
    date_by_chronology_entry(text, triggers, extended, chronology_dates(text, timexes), times)
    days = story_days(doc, triggers, recent_days(extended, doc._.kg_published)) if doc._.kg_published else None
    # a live blog's entries run on past its publication day: their times are no time to come
    held = date_by_narrative(text, triggers, extended, narrative_breaks, times, last_day(doc._.kg_published, text),
                             days)
    if doc._.kg_published:
        date_by_publication(doc, triggers, times, days, held)
    # the dates the narrative and the publication gave flow on to clause mates and connected events
    share_with_clause_mates(triggers, events_at)
    share_with_purposes(triggers, events_at)
    date_by_event(triggers, events_at)
    return extended[len(timexes):]


#: the type dating reads a date inside a name as: no time of the text, dating no event
NAME_PART = "NAME"
#: the links of a word that modifies the noun after it
NOUN_MODIFIERS = ("nmod", "compound", "nummod", "amod")


def names_with_dates(doc: Doc, timexes: list[Timex], events_at: dict[int, int]) -> set[int]:
    """The dates (their indices) that are part of a name: a day standing between an article and
    the noun it modifies, with a capitalised word of the name after it, in a phrase without an
    event or an event noun ("Mohammed Adel, of *the April 6 Youth group*, said …", "the February
    17 Coalition"): the name's date, not the time of its clause or sentence. A named happening
    keeps its date ("the April 20 Deepwater Horizon explosion site", "the March 17 U.N. Security
    Council vote": an event noun is in it), and so does a day the parser hung on a name without
    an article ("September 13 - Interim government chief Mustafa Abdel Jalil makes his first
    speech": a chronology's entry)."""
    named = set()
    nouns = _event_nouns()
    for number, root in enumerate(_timex_roots(doc, timexes)):
        if root is None or timexes[number].granularity != "day" or root.dep_ not in NOUN_MODIFIERS or (
                root.head.i < root.i or root.head.pos_ not in ("NOUN", "PROPN")):
            continue
        if not any(c.dep_ == "det" and c.i < root.left_edge.i for c in children(root.head)):
            continue  # a name with a date takes an article: "the April 6 Youth group"
        phrase = doc[root.right_edge.i + 1 : root.head.i + 1]
        if not any(word.i in events_at or word.lemma_.lower() in nouns for word in phrase) and any(
                word.pos_ == "PROPN" and word.text.istitle() for word in phrase):
            named.add(number)
    return named


def _anchor(trigger: Trigger, timex: int | None, reason: str, relation: str,
            anchored_to: Trigger | None = None) -> None:
    event = trigger.event
    event.timex, event.date_anchor, event.relation = timex, reason, relation
    event.anchored_to = anchored_to.event.start if anchored_to is not None else None


def _usable(timex: Timex) -> bool:
    """A DATE, or a TIME on a known day ("on Tuesday night", "at 0900 GMT"), resolved."""
    return timex.type in ("DATE", "TIME") and timex.start_date is not None and timex.anchor != "unresolved"


def sentence_times(doc: Doc, timexes: list[Timex], events: frozenset[int] = frozenset()) -> list[Timex]:
    """The times that say when their sentence happens: a DATE or TIME, resolved or not;
    a duration ("his 2 hour speech"), a set ("day-to-day"), an adjective describing a
    noun ("He left current chief operating officer Tim Cook in charge") or the time of
    a compared figure ("up from 148 yesterday") does not, nor the point a comparison counts
    from, unless the comparison is one of the ``events`` (their tokens: "his first appearance
    since the April 20 blowout" happened after it)."""
    return [timex for timex, root in zip(timexes, _timex_roots(doc, timexes), strict=True)
            if timex.type in ("DATE", "TIME") and (root is None or root.dep_ != "amod" and not _in_baseline(
                root, events=events))]


def _usable_by_sentence(timexes: list[Timex]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for number, timex in enumerate(timexes):
        if _usable(timex):
            found.setdefault(timex.sentence, []).append(number)
    return found


def _timex_roots(doc: Doc, timexes: list[Timex]) -> list[Token | None]:
    # the dating phases ask for the roots of the same times again and again: each found once per Doc
    known = doc_memo(doc, "timex_roots")
    roots = []
    for timex in timexes:
        if (timex.start, timex.end) not in known:
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            known[timex.start, timex.end] = span.root if span is not None and len(span) else None
        roots.append(known[timex.start, timex.end])
    return roots


def _timex_relation(root: Token, event: Token) -> str:
    """How ``event`` stands to the time its clause names: as the preposition that
    introduces the time says ("since 2006": after), else inside it; an activity going on
    up to now (a perfect progressive) began at a "since" time ("has been fighting cancer
    since 2004": ``ongoing`` of ``anchoring.json``), where "have captured five towns since
    March" are happenings after it."""
    head = root.head
    # "On June 16, six weeks *after* Bush had claimed victory, reporters wrote": the parser may
    # hang the time on the clause its "after" or "before" introduces; the clause stands before
    # (after) the time, not in it
    mark = next((c for c in children(event) if c.dep_ == "mark" and root.i < c.i < event.i
                 and c.lower_ in SUBORDINATE_ORDER), None)
    if mark is not None:
        return SUBORDINATE_ORDER[mark.lower_]
    inner = INCLUDED_IN
    if root.dep_ == "pobj" and head.dep_ == "prep":
        ongoing = _anchoring()["ongoing"].get(head.lower_)
        if ongoing is not None and _perfect_progressive(event):
            return ongoing["relation"]
        inner = _relation_words().get(head.lower_, INCLUDED_IN)
    # "worked as a banker *before* her marriage in 2000": the time of a noun a connective of the
    # event's phrase introduces stands to the event as that connective says (before 2000, not in it)
    words = _relation_words()
    for ancestor in root.ancestors:
        if ancestor.i == event.i:
            break
        if ancestor.i != head.i and ancestor.dep_ == "prep" and ancestor.lower_ in words:
            return composed(words[ancestor.lower_], inner) or inner
    return inner


#: how a clause a time comes before stands to it, by the conjunction that opens the clause
SUBORDINATE_ORDER = {"after": "BEFORE", "before": "AFTER"}


def _counted_relation(timex: Timex, relation: str) -> str:
    """How an event in a time counted back by an approximate count stands to it
    (``approximate_counts`` of ``anchoring.json``, by the time's mod): "took power *more than 50
    years ago*" lies on or before the point the count reaches, which the time's year holds, not
    in that year. A count forward ("more than a year later") or an exact one is the time itself,
    and a connective's own relation stands ("since more than a year ago")."""
    entry = _anchoring()["approximate_counts"].get(timex.mod)
    if relation != INCLUDED_IN or entry is None:
        return relation
    spelled = " ".join(timex.text.lower().split())
    back = any(spelled.endswith(f" {word}") for word, d in timex_words("direction_words").items() if d < 0)
    return entry["relation"] if back else relation


def _perfect_progressive(verb: Token) -> bool:
    """Whether a verb is a perfect progressive: "has been fighting", "had been holding"."""
    auxiliaries = {c.lower_ for c in children(verb) if c.dep_ == "aux"}
    return verb.tag_ == "VBG" and "been" in auxiliaries and bool(auxiliaries & {"has", "have", "had", "'s", "'ve", "'d"})


def date_in_clause(doc: Doc, triggers: list[Trigger], events_at: dict[int, int],
                   timexes: list[Timex]) -> dict[int, int | None]:
    """Phase 1: each usable DATE dates the nearest event above it in the parse (the
    first one wins an event); returns timex → the event that took it (None: a clause
    describing a noun, "born in 1955", which dates no event of kg's)."""
    claimed: dict[int, int | None] = {}
    for number, root in enumerate(_timex_roots(doc, timexes)):
        if root is None or not _usable(timexes[number]):
            continue
        if _time_of_a_thing(root, events_at):
            claimed[number] = None  # "wore Halloween masks": the masks' time, no event's
            continue
        clause = next((a for a in root.ancestors if a.pos_ in VERBAL), None)
        reporter = reporting_verb_over(root, clause, reporting_verbs()) if clause is not None else None
        if reporter is not None:  # "The EU said on Tuesday six ports would be added": said on Tuesday
            owner = events_at.get(reporter.i)
            if owner is not None and triggers[owner].event.timex is None:
                _anchor(triggers[owner], number, "clause",
                        _counted_relation(timexes[number], _timex_relation(root, reporter)))
            claimed[number] = owner
            continue
        owner = next((events_at[a.i] for a in root.ancestors if a.i in events_at), None)
        if owner is None or _past_of_a_perfect(triggers[owner].token, timexes[number], root, doc._.kg_published):
            continue
        if _in_description(root, triggers[owner].token) or _in_baseline(root, triggers[owner].token):
            claimed[number] = None
            continue
        verb = owner
        owner = _lower_attachment(root, owner, triggers, events_at)
        if _reported_by(triggers[owner].token, timexes[number]):
            continue  # the time of what is said, said of no event kg found
        # a noun the verb takes as its object shares the verb's time phrase with it: "Smith
        # announced his resignation on Tuesday", "declared the outbreak a pandemic in June"; so
        # does a noun deeper in its object when the phrase names a day of the story: that is
        # when the news happened ("welcomed the figures at a news conference Friday", "the House
        # passed a bill about the war on Friday": the vote had no date)
        verb_token = triggers[verb].token
        sharing = [owner, verb] if owner != verb and (
            triggers[owner].token.head.i == verb_token.i and triggers[owner].token.dep_ in VERB_OBJECTS
            or _story_day(timexes[number]) and _adverbial_of(root, verb_token)) else [owner]
        for taker in sharing:
            if triggers[taker].event.timex is None:
                _anchor(triggers[taker], number, "clause",
                        _counted_relation(timexes[number], _timex_relation(root, triggers[taker].token)))
        claimed[number] = owner
    return claimed


def _time_of_a_thing(root: Token, events_at: dict[int, int]) -> bool:
    """Whether a time modifies a noun after it that names no event of kg's ("Protesters wore
    *Halloween* masks", "The plan relied on MMS's *2007* assessment", "attacked the *2011*
    budget"): the time of that thing, not of the clause it is in, which may lie years after it.
    A phrase with an event takes it (phase 1: "the April 20 rig explosion"); a noun that is its
    clause's subject tells what the thing did in its time ("MMS's 2007 assessment found little
    risk"), one the clause happens in places it there ("wrote *in* his 1995 memoir":
    ``located_in`` and ``occasions`` of ``anchoring.json``), and one a connective introduces is a
    happening ("since the April 20 blowout", a noun kg has no trigger for). A possessive is no modifier here:
    "today's focus" is the day's."""
    if root.dep_ not in NOUN_MODIFIERS or root.head.i < root.i or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = root.head  # the head of the phrase: "the April 20 *rig* explosion" is the explosion's
    while noun.dep_ in NOUN_MODIFIERS and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    words = _anchoring()
    if noun.dep_ in ("nsubj", "nsubjpass") or noun.dep_ == "pobj" and (
            noun.head.lower_ in words["located_in"] or noun.head.lower_ in words["occasions"]
            or noun.head.lower_ in _relation_words()):  # "since the April 20 blowout": a happening a connective names
        return False
    nouns = _event_nouns()  # "an April 29 event for Fiorina": a happening kg gave no trigger is still one
    return not any(word.i in events_at or word.lemma_.lower() in nouns for word in root.doc[root.i : noun.i + 1])


#: the links of a clause that describes a noun: "Jobs, *born in 1955*, has built …"
DESCRIPTIONS = ("acl", "relcl")


def _adverbial_of(root: Token, verb: Token) -> bool:
    """Whether a timex (``root``) is an adverbial of ``verb`` itself or the object of its
    preposition ("passed a bill *on Friday*", "spoke *yesterday*"), not a word of another
    phrase ("for *today's* youth")."""
    return root.head.i == verb.i and root.dep_ in BARE_TIME_ADVERBIALS + ("advmod",) or (
        root.head.dep_ == "prep" and root.head.head.i == verb.i)


def _story_day(timex: Timex) -> bool:
    """Whether a timex names a day, or a part of one, only from the time of the story, with
    no number ("on Friday", "yesterday", "this morning"; not "on May 4", "in 2008")."""
    return timex.anchor in ("publication", "narrative") and timex.granularity in ("day", "part", "time") and not any(
        character.isdigit() for character in timex.text)


def date_by_time_clause(triggers: list[Trigger], timexes: list[Timex]) -> None:
    """Phase 1b: a relative clause that describes a time happens in it: "The flow was
    stemmed on 15 July, when the company fitted a cap" (the fitting on 15 July); so does one
    of a unit of time, which names the time by what happened in it ("in 1996, *the year*
    Gadhafi squashed an uprising": the squashing in 1996; "the day that changed Libya")."""
    relatives = _anchoring()["time_relatives"]
    for trigger in triggers:
        token = trigger.token
        if trigger.event.timex is not None or token.dep_ != "relcl" or not (any(
                child.dep_ == "advmod" and child.lower_ in relatives for child in children(token))
                or token.head.lower_ in timex_words("units")):
            continue
        described = token.head.idx
        number = next((n for n, timex in enumerate(timexes)
                       if timex.start <= described < timex.end and _usable(timex)), None)
        if number is not None:
            _anchor(trigger, number, "clause", INCLUDED_IN)


def _in_description(root: Token, owner: Token) -> bool:
    """Whether the time lies in a clause describing a noun whose verb is no event of
    kg's: "Jobs, born on February 24, 1955, has built the company" (not built in 1955)."""
    for ancestor in root.ancestors:
        if ancestor.i == owner.i:
            return False
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ in DESCRIPTIONS:
            return True
    return False


@cache
def _baselines() -> frozenset[tuple[str, str]]:
    """(word, preposition) pairs that introduce a compared figure: ("up", "from"), ("compared", "with")."""
    return frozenset(tuple(words.split()) for words in _anchoring()["baselines"])


def _in_baseline(root: Token, owner: Token | None = None, events: frozenset[int] = frozenset()) -> bool:
    """Whether the time is that of the figure an event's figure (``owner``'s, else any
    of the sentence's) is compared with: "has confirmed 236 cases, up from 148
    yesterday" (not confirmed yesterday, nor at a time that keeps it from publication);
    ``events``: the tokens of events, whose own comparison's time is theirs."""
    # the parser hangs a time that ends a comparison's phrase on the phrase's noun: "the slowest
    # pace since the Asian financial crisis *a decade ago*" (the crisis's time, not the forecast's)
    if any(_starts_a_comparison(c, owner, events) and c.right_edge.i + 1 == root.left_edge.i
           for c in children(root.head)):
        return True
    for ancestor in root.ancestors:
        if owner is not None and ancestor.i == owner.i:
            return False
        if (ancestor.head.lower_, ancestor.lower_) in _baselines() or _starts_a_comparison(ancestor, owner, events):
            return True
    return False


#: the tags of a superlative, which a point of comparison counts from: "the slowest", "most"
SUPERLATIVES = ("JJS", "RBS")


def _starts_a_comparison(word: Token, owner: Token | None, events: frozenset[int] = frozenset()) -> bool:
    """Whether ``word`` is a preposition of ``comparison_starts`` on a superlative or a noun a
    superlative or an ordinal modifies: "the slowest pace *since* the crisis", "the first time
    *since* 2003" count from a point of comparison, the time of no other event of the sentence
    ("the fighting since Friday", no comparison, is the fighting's own time; so is the time of
    the event ``owner`` a comparison names, or one of ``events``, "his first appearance since the
    blowout": after it)."""
    if word.dep_ != "prep" or word.lower_ not in _anchoring()["comparison_starts"]:
        return False
    head = word.head
    if owner is not None and head.i == owner.i or head.i in events:
        return False
    return head.tag_ in SUPERLATIVES or any(
        c.dep_ in ("amod", "advmod") and (c.tag_ in SUPERLATIVES or c.ent_type_ == "ORDINAL") for c in children(head))


#: the links of a time that modifies a verb without a preposition: "announced it last week"
BARE_TIME_ADVERBIALS = ("npadvmod", "tmod")
#: the links of a verb's object, or of what it declares the object to be ("declared SARS a pandemic")
VERB_OBJECTS = ("dobj", "ccomp", "oprd", "attr")


def _lower_attachment(root: Token, owner: int, triggers: list[Trigger], events_at: dict[int, int]) -> int:
    """A date phrase right after an event noun inside a verb's object belongs to the
    noun ("offered defenses of his invasion of Ukraine in February 2022", "a chance in
    his Oval Office speech tonight"); a bare time adverbial stays with a reporting verb,
    whose object is what it reports, not a happening of that time ("Shell announced a
    purchase of East Resources last week", "Williams told the hearing today")."""
    owner_token = triggers[owner].token
    if owner_token.pos_ != "VERB":
        return owner
    phrase = root
    while phrase.head.i != owner_token.i and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.dep_ in BARE_TIME_ADVERBIALS and owner_token.lemma_.lower() in reporting_verbs():
        return owner
    first = min(t.i for t in phrase.subtree)
    if first == 0:
        return owner
    before = root.doc[first - 1]
    for candidate in [before, *before.ancestors]:
        if candidate.i == owner_token.i:
            break
        number = events_at.get(candidate.i)
        if number is not None and triggers[number].token.pos_ in NOUNS and candidate.right_edge.i == first - 1:
            return number
    return owner


def date_by_name_year(triggers: list[Trigger], timexes: list[Timex], claimed: dict[int, int | None]) -> None:
    """Phase 2: an undated named event takes the year written into its name; a year
    no timex covers is appended to ``timexes``."""
    for number, trigger in enumerate(triggers):
        if trigger.event.timex is None and trigger.name:
            index = _name_year(trigger, timexes)
            if index is not None:
                _anchor(trigger, index, "clause", INCLUDED_IN)
                claimed[index] = number


def _name_year(trigger: Trigger, timexes: list[Timex]) -> int | None:
    """The index of the year in an event's name ("the 1994 Budapest Memorandum"),
    appended to ``timexes`` when no timex covers it."""
    for child in [*children(trigger.token), *(c for t in trigger.name for c in children(t))]:
        if child.dep_ in ("nummod", "compound", "amod") and YEAR.match(child.text):
            start, end = child.idx, child.idx + len(child.text)
            for number, timex in enumerate(timexes):
                if timex.start <= start and end <= timex.end:
                    return number if _usable(timex) else None
            year = child.text
            timexes.append(Timex(start, end, year, "DATE", year, "absolute", "year", trigger.event.sentence,
                                 f"{year}-01-01", f"{year}-12-31"))
            return len(timexes) - 1
    return None


def share_with_relative_clauses(triggers: list[Trigger], events_at: dict[int, int]) -> None:
    """Phase 3: "the 1994 Budapest Memorandum, whereby Ukraine renounced its arsenal":
    the renouncing is dated by the memorandum."""
    for number, trigger in enumerate(triggers):
        if trigger.event.timex is None:
            continue
        for other in described_by(number, triggers, events_at):
            if triggers[other].event.timex is None:
                _anchor(triggers[other], trigger.event.timex, "clause", trigger.event.relation or INCLUDED_IN)
    # "the explosion in April, which killed 11 workers": what a known happening did is in its time,
    # and so is what a happening whose own phrase dates it did as a subject ("The resolution on
    # Saturday called for a freeze")
    at_token = {trigger.token.i: trigger for trigger in triggers}
    for trigger in triggers:
        happening = _done_by_a_known_happening(trigger.token, at_token) or _done_by_a_dated_subject(
            trigger.token, at_token)
        if trigger.event.timex is None and happening is not None and happening.event.timex is not None:
            _anchor(trigger, happening.event.timex, "clause", happening.event.relation or INCLUDED_IN)


def _done_by_a_known_happening(verb: Token, at_token: dict[int, Trigger]) -> Trigger | None:
    """The happening a definite event noun refers back to when ``verb`` says in a relative clause,
    in the simple past, what it did ("the explosion *which killed* 11 men", "the earthquake, which
    killed 200,000 people and *left* a million homeless"): that happening's time is the clause's,
    not the day the story tells of it. A passive ("the attack, which was condemned by the UN") is
    what others did after it, and may be news."""
    clause = _conjuncts_up(verb)[-1]
    if clause.dep_ != "relcl" or verb.pos_ != "VERB" or tense(verb) != "past":
        return None
    happening = at_token.get(clause.head.i)
    subject = first_child(clause, ("nsubj", "nsubjpass"))
    if happening is None or subject is None or subject.dep_ != "nsubj" or subject.tag_ != "WDT":
        return None
    return happening if happening.kind == "noun" and happening.definite else None


def _done_by_a_dated_subject(verb: Token, at_token: dict[int, Trigger]) -> Trigger | None:
    """The event noun that is the subject of a simple past ``verb`` and carries a time in its own
    phrase ("The resolution *on Saturday* called for a freeze", "the attack on Monday killed 20"):
    what the happening did is at its time. A time the parser hangs on the verb dates the verb
    itself (phase 1); a noun with no time of its own leaves the verb to the other phases."""
    subject = first_child(_conjuncts_up(verb)[-1], ("nsubj",))
    if subject is None or verb.pos_ != "VERB" or tense(verb) != "past" or subject.i not in at_token:
        return None
    happening = at_token[subject.i]
    own = happening.event.timex is not None and any(
        c.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in objects_of(c)) for c in children(subject))
    return happening if happening.kind == "noun" and own else None


def tense(token: Token) -> str | None:
    """The tense and aspect of a verb as its auxiliaries give them: ``past``,
    ``past_perfect``, ``present``, ``present_perfect``, ``progressive``, ``modal``,
    or None (an infinitive, a bare participle). A noun takes the tense of the verb
    that carries it ("launched an attack"). Read once per token (the dating phases ask
    again and again), kept in the ``Doc``'s ``user_data``."""
    known = token.doc.user_data.setdefault(_TENSES, {})
    if token.i not in known:
        known[token.i] = _tense(token)
    return known[token.i]


_TENSES = "kg_tenses"


def _carrier(token: Token) -> Token | None:
    """The verb a word is or that carries it (a noun's: "*launched* an attack", "*led* the charge
    to *war*"), else None."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "nsubj", "nsubjpass",
                                                             "attr", "compound", "conj", "appos"):
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _tense(token: Token) -> str | None:
    verb = _carrier(token)
    if verb is None:
        return None
    auxiliaries = [c for c in children(verb) if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and (
            verb.tag_ == "VBN" or verb.tag_ == "VBD" and _shares_a_perfect(verb)):
        # a participle coordinated with a verb shares its auxiliaries: "had been raped and
        # beaten", "had gathered in the square and clashed with troops"
        auxiliaries = [c for c in children(verb.head) if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return "modal"
    have = next((a for a in auxiliaries if a.lemma_ == "have"), None)
    if have is not None:
        return "past_perfect" if have.tag_ == "VBD" else "present_perfect" if have.tag_ in ("VBZ", "VBP") else None
    be = next((a for a in auxiliaries if a.lemma_ == "be"), None)
    if be is not None:
        if be.tag_ == "VBD":
            return "past"
        if be.tag_ in ("VBZ", "VBP"):
            return "progressive" if verb.tag_ == "VBG" else "present"
        return None
    if verb.tag_ == "VBD" or is_past_read_as_participle(verb):
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return None


def _shares_a_perfect(verb: Token) -> bool:
    """Whether a verb the tagger calls a simple past, coordinated with a past perfect and with no
    subject of its own, is its second participle: a regular verb's past and participle
    are one form ("The Arab League, which *had suspended* Libya's membership and *backed* a
    no-fly zone": had backed, a step back, no news of the publication day)."""
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)) and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in children(verb.head))


PAST = ("past", "present_perfect")


def date_by_report(triggers: list[Trigger], events_at: dict[int, int]) -> None:
    """Phase 4: "The EU said on Tuesday that Libya had moved …", "Libya said on Monday it
    held talks in Italy": a past, factual event (a verb, or a noun a past verb carries)
    reported by a dated reporting verb happened on or before the report — unless a
    connective of its own places it against another happening (:func:`_placed_by_connective`)."""
    for trigger in triggers:
        event = trigger.event
        if event.timex is not None or event.factuality not in FACTUAL or event.definite:
            continue
        # a noun by the verb that carries it: "Libya said on Monday it held talks in Italy"
        clause = trigger.token if trigger.kind == "verb" else trigger.carrier
        if clause is None or tense(trigger.token) not in (*PAST, "past_perfect") or _placed_by_connective(clause) or (
                at_no_one_time(clause)):
            continue  # "BP was forced to make it up as it went along, Hayward said last night": a course, no one day
        report = clause_factuality(clause).report
        reporter = events_at.get(report.i) if report is not None else None
        if reporter is None or triggers[reporter].event.timex is None:
            continue
        _anchor(trigger, triggers[reporter].event.timex, "report", ON_OR_BEFORE, triggers[reporter])


def _placed_by_connective(token: Token) -> bool:
    """Whether a connective of ``token``'s own clause places it against another happening
    ("BP made cost-cutting decisions *before the blowout*, the commission said on Wednesday";
    "after the vote", "when police fired"): its time is that happening's, not the report's
    day, which it may lie long before."""
    return any((found := _connective(word)) is not None and found[0].i == token.i
               for child in children(token) for word in (child, *children(child)))


#: the clauses a reporting verb reports: a time inside them is the reported event's
REPORTED_CLAUSES = ("ccomp", "parataxis", "xcomp")


def _reported_by(token: Token, timex: Timex) -> bool:
    """Whether ``timex`` lies in what a reporting verb reports ("'… has n't been this
    year,' said Anne Leblanc": "this year" is not when she said it), or, for a verb set
    into what it reports, outside its own words ("This switch, he said, would happen next year")."""
    if token.lemma_.lower() not in reporting_verbs():
        return False
    if token.dep_ == "parataxis":  # "This switch, he said, would happen next year": set into what it reports
        return not token.left_edge.idx <= timex.start <= token.right_edge.idx
    return any(child.left_edge.idx <= timex.start < child.right_edge.idx + len(child.right_edge.text)
               for child in children(token) if child.dep_ in REPORTED_CLAUSES)



def chronology_dates(text: str, timexes: list[Timex]) -> set[int]:
    r"""The timexes that head a line of a chronology: "April 10 - Gaddafi accepts a roadmap …,
    Zuma says" tells both the accepting and the saying on 10 April.

    >>> from types import SimpleNamespace
    >>> text = "Background:\nApril 10 - Gaddafi accepts a roadmap, Zuma says. Talks began on May 2 - in Rome."
    >>> found = [SimpleNamespace(start=text.index(d), end=text.index(d) + len(d)) for d in ("April 10", "May 2")]
    >>> sorted(chronology_dates(text, found))
    [0]
    """
    return {number for number, timex in enumerate(timexes) if opens_a_chronology_entry(text, timex.start, timex.end)}


def date_by_chronology_entry(text: str, triggers: list[Trigger], timexes: list[Timex], chronology: set[int],
                             times: list[Timex]) -> None:
    """Phase 7: a line between two entries of a chronology (``chronology``, the dates heading
    them) goes on with the entry above it: "June 1998 - Abacha dies suddenly. / General Abubakar
    takes over and promises return to civilian rule. / February 1999 - Obasanjo wins …" (lines) took
    over in June 1998, told in the historic present as the entries are, not at publication. Its
    factual verbs in a sentence with no time of its own (``times``, :func:`sentence_times`) that
    are no habit or general truth (:func:`describes_the_present`) are in the entry's time
    (``"narrative"``), a past perfect before it. Text before the first entry introduces the
    chronology and text after the last may be the story again: neither is an entry's."""
    heads = sorted(chronology, key=lambda t: timexes[t].start)
    line_starts = [text.rfind("\n", 0, timexes[t].start) + 1 for t in heads]
    timed = {timex.sentence for timex in times}
    reporting = reporting_verbs()
    for trigger in triggers:
        event, token = trigger.event, trigger.token
        if (event.timex is not None or event.date_anchor is not None or trigger.name or trigger.kind != "verb"
                or event.factuality not in FACTUAL or event.sentence in timed):
            continue
        entry = bisect_right(line_starts, event.start) - 1
        if entry < 0 or entry + 1 == len(heads) or text.rfind("\n", 0, event.start) + 1 == line_starts[entry]:
            continue  # before the first entry, after the last, or on the entry's own line (phase 5)
        step = tense(token)
        if step not in (*PAST, "past_perfect", "present", "progressive") or at_no_one_time(token) or (
                told_as_a_habit(token) or step == "present" and token.lemma_.lower() not in reporting
                and not describes_the_present(token)):
            continue
        _anchor(trigger, heads[entry], "narrative", "BEFORE" if step == "past_perfect" else INCLUDED_IN)


def date_by_sentence(triggers: list[Trigger], timexes: list[Timex], claimed: dict[int, int | None],
                     chronology: set[int] = frozenset()) -> None:
    """Phase 5: an undated event takes the nearest usable DATE of its sentence that
    no event took in phases 1–2, that is not inside what it reports nor in a clause
    describing a noun the event lies outside of ("Up to 250 people were missing from the
    boat, which left Libya on Monday": not missing on Monday), with the relation its
    preposition gives ("killed in fighting since late last week": after it); or the date
    heading its line of a chronology (``chronology``), which dates every event of the line."""
    by_sentence = _usable_by_sentence(timexes)
    roots = _timex_roots(triggers[0].token.doc, timexes) if triggers else []
    published = triggers[0].token.doc._.kg_published if triggers else None
    for trigger in triggers:
        event = trigger.event
        if event.timex is not None or trigger.name:
            continue
        free = [t for t in by_sentence.get(event.sentence, []) if t in chronology or (
            t not in claimed and not _reported_by(trigger.token, timexes[t])
            and not _describes_another(roots[t], trigger.token)
            and not _past_of_a_perfect(trigger.token, timexes[t], roots[t], published))]
        if free:
            nearest = min(free, key=lambda t: (abs(timexes[t].start - event.start), t))
            relation = INCLUDED_IN if nearest in chronology or roots[nearest] is None else _timex_relation(
                roots[nearest], trigger.token)
            if relation == INCLUDED_IN and _flashback_to(trigger.token, roots[nearest]):
                relation = "BEFORE"
            _anchor(trigger, nearest, "sentence", _counted_relation(timexes[nearest], relation))


def _past_of_a_perfect(token: Token, timex: Timex, root: Token | None, published: str | None) -> bool:
    """Whether ``timex``, of another clause than ``token``'s own, is a time wholly before the
    publication day and ``token`` a present perfect that would lie in it: a present perfect tells
    a state at the time of telling and takes no finished past time ("have taken control of
    towns such as Bin Jawad" is not on the Saturday of a sentence the parser ran into it, nor of
    another clause). A time it goes on from ("since Saturday": ``AFTER``) still places it, and so
    does one of its own clause, as some copy tells a perfect ("has died on Saturday")."""
    if not published or tense(token) != "present_perfect" or (timex.end_date or timex.start_date) >= published[:10]:
        return False
    if root is None:
        return True
    if _timex_relation(root, token) != INCLUDED_IN:
        return False
    above = list(root.ancestors)
    return token not in above or any(a.pos_ in VERBAL for a in above[: above.index(token)])


def _tied_to_a_dated_happening(token: Token, at_token: dict[int, Trigger]) -> bool:
    """Whether a connective of ``token``'s own clause ties it to a happening that has a date:
    "Gaddafi was born in 1942 and *after he seized power in 1969* he built it up" is placed by
    the seizing (phase 7: after 1969), not by another clause's time of its sentence (1942)."""
    return any(word.i in at_token and (found := _connective(word)) is not None and found[0].i == token.i
               and at_token[word.i].event.timex is not None
               for child in children(token) for word in (child, *children(child)))


def _flashback_to(event: Token, root: Token | None) -> bool:
    """Whether a past perfect event looks back from the time of another clause of its
    sentence: "was having breakfast Saturday when a woman burst in, screaming that she had
    been raped for days" (the raping before Saturday, not in it). A time of a past perfect
    clause is the time of its own flashback ("had gathered on Saturday when police had
    fired": in it)."""
    if root is None or tense(event) != "past_perfect":
        return False
    clause = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return clause is not None and tense(clause) != "past_perfect"


def _describes_another(root: Token | None, event: Token) -> bool:
    """Whether a time lies in a clause describing a noun ("the boat, which left Libya on
    Monday") that ``event`` is not part of: the noun's history, not the event's time."""
    return root is not None and any(
        a.pos_ in ("VERB", "AUX") and a.dep_ in DESCRIPTIONS and event not in a.subtree for a in root.ancestors)


def _connective(token: Token) -> tuple[Token, str] | None:
    """The event a connective ties ``token`` to, and the relation of that event to
    ``token``'s: "took Brega after the bombing" gives (took, AFTER) for "bombing";
    "exploded when the crew sealed" gives (exploded, SIMULTANEOUS) for "sealed"."""
    words = _relation_words()
    if token.dep_ in ("pobj", "dobj") and token.head.lower_ in words:  # "following" parses as a verb too
        return token.head.head, words[token.head.lower_]
    if token.dep_ == "advcl":
        mark = next((c for c in children(token) if c.dep_ in ("mark", "advmod") and c.lower_ in words), None)
        if mark is not None:
            return token.head, words[mark.lower_]
    if token.dep_ == "pcomp" and token.head.lower_ in words:  # "after signing the deal"
        return token.head.head, words[token.head.lower_]
    return None


def date_by_event(triggers: list[Trigger], events_at: dict[int, int]) -> None:
    """Phase 7: an undated event tied by a connective to a dated one takes its date,
    with the connective's relation ("after the invasion": ``AFTER``) — or, when the
    event the connective introduces is the undated one, the inverse relation."""
    for trigger in triggers:
        found = _connective(trigger.token)
        if found is None:
            continue
        governor, relation = found
        other = events_at.get(governor.i)
        if other is None or triggers[other] is trigger:
            continue
        if trigger.event.timex is not None and triggers[other].event.timex is None and not triggers[other].name:
            through = composed(relation, trigger.event.relation)
            if through is not None:
                _anchor(triggers[other], trigger.event.timex, "event", through, trigger)
        elif trigger.event.timex is None and triggers[other].event.timex is not None and not trigger.name:
            through = composed(INVERSE[relation], triggers[other].event.relation)
            if through is not None:
                _anchor(trigger, triggers[other].event.timex, "event", through, triggers[other])
        elif relation != "BEFORE" and _before_publication(triggers[other], trigger, relation):
            # one its own "before" places before a happening the publication dates lies before a
            # known past: history (:func:`_before_a_past_happening`)
            _anchor(triggers[other], None, "publication", ON_OR_BEFORE)
        elif _before_publication(trigger, triggers[other], INVERSE[relation]):
            _anchor(trigger, None, "publication", ON_OR_BEFORE)


#: the relations that place an event at its time, not before or after it; an event on or
#: before the day of the news (the publication's, the story's) is told as that day's news
WITHIN = (INCLUDED_IN, "SIMULTANEOUS", ON_OR_BEFORE, None)


def composed(to_event: str, event_to_time: str | None) -> str | None:
    """How an event stands to the time of another event it stands ``to_event`` to, which
    stands ``event_to_time`` to that time: "Straw had dismissed it *only days before* [last
    week] *while* they insisted …" is before last week too, not in it; "after" an event
    before a time says nothing of that time (None).

    >>> composed("SIMULTANEOUS", "BEFORE"), composed("AFTER", INCLUDED_IN), composed("AFTER", "BEFORE")
    ('BEFORE', 'AFTER', None)
    """
    if event_to_time in WITHIN:
        return to_event
    if to_event in WITHIN or to_event == event_to_time:
        return event_to_time
    return None


@cache
def _event_nouns() -> frozenset[str]:
    lexicon = load_json("events.json")
    return frozenset(lexicon["nouns"]) | frozenset(lexicon["broad"]["nouns"])


def date_by_occasion(triggers: list[Trigger], timexes: list[Timex]) -> None:
    """Phase 7b: a factual past verb with no date of its own, located at a definite
    occasion ("Jobs unveiled the products at the Cupertino event": an event noun of
    ``events.json`` after a preposition of ``occasions`` in ``anchoring.json``, with
    a definite determiner (:data:`~kg.extract.events.triggers.DEFINITE`) and no time of its own), happened in the time an earlier
    mention of that occasion named in its own phrase ("In a Wednesday media event, Apple
    released …"): the definite noun refers back to it. An occasion no earlier mention
    dates gives nothing; nor does an indefinite one ("at an event")."""
    occasions = _anchoring()["occasions"]
    nouns = _event_nouns()
    usable = [(n, t) for n, t in enumerate(timexes) if _usable(t)]
    for trigger in triggers:
        event, token = trigger.event, trigger.token
        if (event.date_anchor is not None or trigger.name or trigger.kind != "verb"
                or event.factuality not in FACTUAL or tense(token) not in PAST):
            continue
        occasion = next((o for p in children(token) if p.dep_ == "prep" and p.lower_ in occasions
                         for o in children(p) if o.dep_ == "pobj" and o.lemma_.lower() in nouns
                         and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in children(o))), None)
        if occasion is None:
            continue
        doc = token.doc
        own = range(doc[occasion.left_edge.i].idx, doc[occasion.right_edge.i].idx + len(doc[occasion.right_edge.i]))
        if any(t.start in own for _, t in usable):
            continue
        earlier = [n for n, t in usable if t.end <= own.start and any(
            m.lemma_ == occasion.lemma_ and m.i != occasion.i
            and doc[m.left_edge.i].idx <= t.start < doc[m.right_edge.i].idx + len(doc[m.right_edge.i])
            for m in doc.char_span(t.start, t.end, alignment_mode="expand").root.ancestors)]
        if earlier:
            _anchor(trigger, earlier[-1], "event", INCLUDED_IN)


def _before_publication(undated: Trigger, dated: Trigger, relation: str) -> bool:
    """Whether a factual event with no date, standing in ``relation`` to an event the
    publication dates, happened on or before the publication too: "*During* his speech he
    stated …" (the speech), "He resigned *after* a vote" (the vote) — not an event after
    it ("… before the vote": the vote may be still to come), nor an event a definite
    description refers back to before it ("*Since* Russia's invasion, Ukraine has rebuilt
    its army": the invasion is known, and may be history)."""
    event = undated.event
    if event.definite and relation not in (INCLUDED_IN, "SIMULTANEOUS"):
        return False
    return (event.timex is None and event.date_anchor is None and not undated.name and event.factuality in FACTUAL
            and dated.event.date_anchor == "publication" and relation != "AFTER"
            and not recalls_the_past(undated.token))  # "since it captured the area": the start of a state


def _steps() -> dict[str, str]:
    return {word: entry["relation"] for word, entry in _anchoring()["narrative_steps"].items()}


def step_of(token: Token) -> str | None:
    """The relation a step adverb of ``token``'s clause gives it towards the time before:
    "They later captured the port" (``AFTER``), "soon after" (``AFTER``), "earlier"
    (``BEFORE``); a step kept inside that time by a phrase of ``step_spans`` ("Earlier in the
    day, rebels shelled the port", "struck Tripoli later in the day": the same day) is in it;
    None without one."""
    steps = _steps()
    spans = _anchoring()["step_spans"]
    preps = [c for c in children(token) if c.dep_ == "prep"]
    # the parser hangs the adverb on the verb or on the phrase, and the phrase on either
    adverbs = [w for w in (*children(token), *(w for p in preps for w in children(p)))
               if w.dep_ == "advmod" and w.lower_ in steps]
    if any(p.dep_ == "prep" and o.dep_ == "pobj" and f"{p.lower_} {' '.join(w.lower_ for w in o.subtree)}" in spans
           for adverb in adverbs for p in (*preps, *children(adverb)) for o in children(p)):
        return INCLUDED_IN
    for child in children(token):
        if child.dep_ != "advmod":
            continue
        for word in (child, *(c for c in children(child) if c.dep_ == "advmod")):
            if word.lower_ in steps:
                return steps[word.lower_]
    return None


def at_no_one_time(verb: Token) -> bool:
    """Whether a verb happened at no one time: its own adverbs count its happenings ("Apple
    Corps has twice before sued", "have attacked the town three times", "has repeatedly
    denied"; ``unspecified_times`` of ``anchoring.json``), it went on over years
    (:func:`spans_years`), it is a lasting state told in the passive (:func:`_lasting_passive`),
    or what a verb told with "never" is about (:func:`_what_was_never_denied`).
    A count of another word ("twice as many") is not the verb's."""
    words = _anchoring()["unspecified_times"]
    return spans_years(verb) or _came_about(verb) or _lasting_passive(verb) or _what_was_never_denied(verb) or (
        _sums_up_a_course(verb)) or any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in words for c in children(verb))


def _sums_up_a_course(verb: Token) -> bool:
    """Whether a verb of ``courses`` (its lemma, then the word its own object, particle or
    preposition must be: "benefit from", "lead the charge") sums up a long course of happenings
    — "The rebels *benefited from* the sanctions", "Bush *waged* a war on terror", "The United
    States *led the charge* to war" — a verdict on weeks or years that an analysis gives, at no one
    time; "The plan benefited 2,000 families" and "led the troops into the town" are deeds. A noun
    the verb carries ("waged a *war*") is told with it."""
    verb = _carrier(verb)
    if verb is None:
        return False
    entry = _courses().get(verb.lemma_.lower())
    if entry is not None and (not entry or any(
            c.lemma_.lower() in entry and (c.dep_ in ("dobj", "prep") and not entry[c.lemma_.lower()] or (
                c.dep_ in ("prt", "advmod") and entry[c.lemma_.lower()] and not list(children(c))))
            for c in children(verb))):
        return True
    # "BP was forced to make up its response *as it went along*": what went on over a course
    # (``course_marks``) went on over it too
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _anchoring()["course_marks"]
                                         for m in children(c)) and _sums_up_a_course(c)
               for clause in _own_clauses(verb) for c in children(clause))


@cache
def _courses() -> dict[str, dict[str, bool]]:
    """``courses`` of ``anchoring.json``: a verb's lemma → the words its phrase must hold (none:
    any), each with whether it is a bare particle ("went along") rather than an object or a preposition."""
    found: dict[str, dict[str, bool]] = {}
    for words, entry in _anchoring()["courses"].items():
        verb, *rest = words.split()
        found.setdefault(verb, {}).update({word: entry.get("particle", False) for word in rest[-1:]})
    return found


def _what_was_never_denied(verb: Token) -> bool:
    """Whether ``verb`` is what a verb told with a word of ``whole_pasts`` is about ("He *never*
    disputed that he fired on soldiers", "has never denied she took the money"): "never" spans the
    whole past up to now, and so does the deed it is said of, at no one time the text gives."""
    return verb.dep_ == "ccomp" and any(c.dep_ in ("neg", "advmod") and c.lower_ in _anchoring()["whole_pasts"]
                                        for c in children(verb.head))


def _lasting_passive(verb: Token) -> bool:
    """Whether a verb of ``lasting_passives`` is in the passive: "Peace agreements with Jordan and
    Egypt *were based on* those facts" tells what a thing rests on, a state that lasts as long as
    the thing, at no one time ("The plan was based on data from May" is in May by its own time)."""
    return verb.lemma_.lower() in _anchoring()["lasting_passives"] and any(c.dep_ == "auxpass" for c in children(verb))


def _came_about(verb: Token) -> bool:
    """Whether a verb of ``gradual_changes`` says the state of the infinitive right after it came
    about over time ("Americans *have come to expect* cheap gasoline"), at no one time; "Thousands
    have come to the square to protest" is a journey (the parser hangs both infinitives alike)."""
    return verb.lemma_.lower() in _anchoring()["gradual_changes"] and any(
        c.dep_ in ("xcomp", "advcl") and c.i == verb.i + 2 and is_infinitive(c) for c in children(verb))


def told_as_a_habit(verb: Token) -> bool:
    """Whether an adverb of ``habitual`` on the verb itself makes it a habit ("The navy often
    shelled the port"), news of no one day; inside a time the narrative names it still
    happened then ("In 2005 he often visited Cairo"). A "when" is no habit of the verb
    ("were asleep when the car bomb exploded": one occasion)."""
    return any(c.tag_ == "RB" and c.lower_ in habitual_words() for c in children(verb))


def names_its_time(verb: Token) -> bool:
    """Whether a clause names the time it filled: a date among its modifiers ("*In 2005* he often
    visited Cairo") or a word of ``relations`` that ties it to another happening ("criticism he
    made frequently *during* the spill", "*when* he was minister")."""
    words = _relation_words()
    return any(t.ent_type_ == "DATE" or t.lower_ in words and t.dep_ in ("prep", "mark", "advmod")
               for t in clause_modifiers(verb))


def spans_years(verb: Token) -> bool:
    """Whether a verb's own "for" phrase spans a year or more (``long_spans`` of
    ``anchoring.json``), or a perfect's a month or more (``perfect_spans``): "Coleman served for
    more than a decade as attorney", "ruled for 30 years", "has been studying the spill for
    months" went on over that span, history, not news of a day ("For the nine months, losses
    totaled $212 million" is a report's period). A verb whose span is that of its result does not (``result_durations``: "was
    jailed for 10 years", the jailing a happening of its own day)."""
    words = _anchoring()
    if verb.lemma_.lower() in words["result_durations"]:
        return False
    spans = words["long_spans"].keys() | (
        words["perfect_spans"].keys() if tense(verb) in ("present_perfect", "past_perfect") else set())
    # the span is the phrase's own object: "appealed for $160 million for an operation over the
    # next months" names what the money is for, no span of the appeal
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_.lower() in spans for o in objects_of(c))
               for c in children(verb))


def _time_governor(token: Token) -> Token | None:
    """The verb whose time ``token``'s clause shares: a past verb it is coordinated with
    ("he was fired and he founded NeXT"), the verb a participle hangs from with no
    connective or adverb of its own but a step ("Jobs started by hinting at the incident,
    saying …", "…, later revealing …"), or the verb that voices or files an event noun
    ("has filed a lawsuit this week")."""
    if token.pos_ != "VERB":
        return _voiced_by(token)
    if token.dep_ == "conj":
        # "returned and soon after reassumed": a bare participle takes its head's tense;
        # "had gathered and clashed": a past perfect's bare conjunct is in its time too (one
        # with its own "had" is a flashback of its own: "I worked with him, and he had served …")
        step = tense(token) or tense(token.head)
        return token.head if step == "past" or step == "past_perfect" and not any(
            c.dep_ in ("aux", "auxpass") for c in children(token)) else None
    if token.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in children(token)):
        return None
    # a step adverb keeps the participle in its verb's time, moved as it says: "took six months
    # off in early 2009, later revealing …" (after early 2009)
    if token.dep_ == "advcl" and not any(
            c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ not in _steps() for c in children(token)):
        return token.head
    if token.dep_ == "pcomp" and token.head.lower_ not in _relation_words():
        return token.head.head
    return None


def _voiced_by(noun: Token) -> Token | None:
    """The verb an event noun is the object of when filing or voicing it is the event's own
    happening ("Apple Corps has *filed* a lawsuit this week", ``voicing_verbs`` and
    ``support_verbs`` of ``events.json``), unlike a verb that judges or reports it ("condemned
    the attack on Tuesday": the attack may be older)."""
    lexicon = load_json("events.json")
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    return verb if verb.lemma_.lower() in lexicon["voicing_verbs"] or verb.lemma_.lower() in lexicon["support_verbs"] else None


def _dated_participle(token: Token, triggers: list[Trigger], events_at: dict[int, int]) -> int | None:
    """The bare participle that hangs from ``token`` (or from its subject) and names its own
    time, the time ``token`` happens in: "Hafle, testifying on Friday, rejected the notion"."""
    subjects = [c for c in children(token) if c.dep_ in ("nsubj", "nsubjpass")]
    # on the subject only set off by a comma: "Obama, appearing today, …", not "the rig burning last month"
    hanging = [c for c in children(token) if c.dep_ == "advcl"] + [
        c for subject in subjects for c in children(subject)
        if c.dep_ == "acl" and c.i > 0 and c.doc[c.i - 1].text == ","]
    for participle in hanging:
        if participle.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass", "mark") for c in children(participle)):
            continue
        number = events_at.get(participle.i)
        if number is not None and triggers[number].event.date_anchor == "clause":
            return number
    return None


def _dated_occasion(token: Token, triggers: list[Trigger], events_at: dict[int, int]) -> int | None:
    """The event noun a verb happens "in" or "at" (``located_in``, ``occasions`` of
    ``anchoring.json``) when that noun names its own time, the time of the verb: "In a separate
    operation on Sunday, helicopters fired missiles", "was killed in an attack on Tuesday". A
    reporting verb is said "during" it too ("Gates said in a farewell speech to cadets on March
    4"); another verb a connective of ``relations`` ties to it is anchored to its event
    ("met the envoy during the talks in Rome on 5 May"), and one whose sentence holds another
    time may happen in that one ("introduced at the company's 2010 conference less than two
    weeks ago")."""
    words = _anchoring()
    reporting = token.lemma_.lower() in reporting_verbs()
    for preposition in children(token):
        word = preposition.lower_
        if preposition.dep_ != "prep" or word not in words["located_in"] and word not in words["occasions"] or (
                word in words["relations"] and not reporting):
            continue
        for noun in children(preposition):
            number = events_at.get(noun.i)
            if noun.dep_ == "pobj" and number is not None and triggers[number].event.date_anchor == "clause" and (
                    reporting or _only_time_of_its_sentence(token, triggers[number].event.timex)):
                return number
    return None


def _only_time_of_its_sentence(token: Token, timex: int) -> bool:
    """Whether the time ``timex`` (an index into the Doc's timexes) is the only DATE or TIME of
    ``token``'s sentence."""
    sentence = token.sent
    return not any(number != timex and found.type in ("DATE", "TIME") and sentence.start_char <= found.start < sentence.end_char
                   for number, found in enumerate(token.doc._.kg_timexes))


def share_with_clause_mates(triggers: list[Trigger], events_at: dict[int, int]) -> None:
    """Phases 6 and 10: "One year later he was fired and he founded NeXT", "Jobs started
    by hinting at the incident": a factual verb with no time of its own, coordinated
    with a dated past verb or a participle of a dated verb, shares its date for the
    same reason — after it when a step adverb says so ("returned in 1996 and soon
    after reassumed the role"); a verb whose own bare participle names a time happens
    in it ("Hafle, testifying on Friday, rejected the notion"). A reporting verb with a
    subject of its own keeps the reporter's present, as in the narrative; a reporting
    participle says it as its verb happens ("unveiled the products on Wednesday, saying …").
    A verb a connective of its own ties to a dated happening is left to it (phase 7:
    :func:`_tied_to_a_dated_happening`)."""
    reporting = reporting_verbs()
    at_token = {trigger.token.i: trigger for trigger in triggers}
    for trigger in triggers:  # in text order: a chain of conjuncts passes the date along
        event = trigger.event
        if event.timex is not None or event.date_anchor is not None or trigger.name:
            continue
        if trigger.kind != "verb" and _voiced_by(trigger.token) is None:
            continue
        if event.factuality not in FACTUAL:
            continue
        # "Speaking on Tuesday, Obama said …", "said in a speech on March 4", "fired in an operation on Sunday": then
        occasion = _dated_participle(trigger.token, triggers, events_at)
        if occasion is None:
            occasion = _dated_occasion(trigger.token, triggers, events_at)
        if occasion is not None:
            # as the occasion stands to its time: "said in his first appearance since the April 20
            # blowout" is after April 20
            _anchor(trigger, triggers[occasion].event.timex, "clause", triggers[occasion].event.relation or INCLUDED_IN)
            continue
        if trigger.token.lemma_.lower() in reporting and any(c.dep_.startswith("nsubj") for c in children(trigger.token)):
            # "fell on Wednesday and the company said": the saying, a clause of its own, is the
            # reporter's present; "yesterday Chavez backtracked and announced": one subject, one time
            continue
        if _tied_to_a_dated_happening(trigger.token, at_token):
            continue  # "born in 1942 and after he seized power in 1969 he built it up": after 1969
        governor = _time_governor(trigger.token)
        other = events_at.get(governor.i) if governor is not None else None
        if other is None or triggers[other].kind != "verb" or triggers[other].event.date_anchor is None:
            continue
        dated = triggers[other].event
        relation = dated.relation or INCLUDED_IN
        if dated.date_anchor != "publication":  # after a happening reported by publication is still before it
            relation = step_of(trigger.token) or relation
        _anchor(trigger, dated.timex, dated.date_anchor, relation)
        event.anchored_to = dated.anchored_to


def purpose_of(token: Token) -> Token | None:
    """The verb a purpose infinitive hangs from, with no subject or negation of its own:
    "returned to the stage *to reveal* iCloud" (returned); not a complement ("tried to
    stop", "refused to fire": xcomp, the attempt or refusal may have failed)."""
    if (token.tag_ != "VB" or token.dep_ != "advcl" or token.head.pos_ not in ("VERB", "AUX")
            or not is_infinitive(token)
            or any(c.dep_ in ("nsubj", "nsubjpass", "neg") for c in children(token))):
        return None
    return token.head


def implicative_of(token: Token) -> Token | None:
    """The verb an infinitive complement hangs from when that verb says the complement
    happened, with no subject or negation of its own: "Jobs then moved on *to talk*
    about podcasting", "went on to capture", "managed to escape" (``implicatives`` of
    ``anchoring.json``, a lemma with its particle); not "tried to stop" or "refused to
    fire", whose complement may not have happened."""
    head = token.head
    if (token.tag_ != "VB" or token.dep_ != "xcomp" or head.pos_ != "VERB" or not is_infinitive(token)
            or any(c.dep_ in ("nsubj", "nsubjpass", "neg") for c in children(token))):
        return None
    return head if _phrasal_lemmas(head) & _anchoring()["implicatives"].keys() else None


def _phrasal_lemmas(verb: Token) -> set[str]:
    """A verb's lemma with its particle, as the lexicons of ``anchoring.json`` list it ("move
    on", "grow up"), or alone; without a particle, also with an adverb right after it in its
    phrase ("She grew up there": the parser hangs "up" from "there")."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in children(verb) if c.dep_ == "prt"), None)
    if particle is not None:
        return {f"{lemma} {particle}"}
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.dep_ == "advmod" and after.head in (verb, *children(verb)):
        return {lemma, f"{lemma} {after.lower_}"}
    return {lemma}


def share_with_purposes(triggers: list[Trigger], events_at: dict[int, int]) -> None:
    """Phases 6 and 10: a purpose infinitive of a factual occurrence with a date happened
    with it ("Jobs returned to the stage on Monday to reveal iCloud": the reveal on
    Monday); its own factuality stays an intention. Only a single past occurrence gives its
    date: an effort going on is no achievement ("are working to dismantle the rights",
    "have fought to keep the boy"), and a head that is itself an intention, an attitude
    or a report ("decided to fly to Haiti to help", I_ACTION; "said …") or that is modal,
    negated or future gives none. The complement of an implicative verb (:func:`implicative_of`:
    "Jobs then moved on to talk about podcasting") happened too, so it shares the date of
    a dated factual past head of any class ("managed to", an I_ACTION)."""
    for trigger in triggers:
        event = trigger.event
        if event.date_anchor is not None or trigger.name or trigger.kind != "verb":
            continue
        implicative = implicative_of(trigger.token)
        head = implicative or purpose_of(trigger.token)
        other = events_at.get(head.i) if head is not None else None
        if other is None or triggers[other].kind != "verb":
            continue
        dated = triggers[other].event
        if (dated.date_anchor is None or dated.factuality not in FACTUAL
                or (implicative is None and dated.tml_class != "OCCURRENCE") or tense(head) != "past"):
            continue
        # the date is the head's, whatever gave it; the link in time goes to the head itself
        _anchor(trigger, dated.timex, dated.date_anchor, dated.relation or INCLUDED_IN, triggers[other])


def date_by_narrative(text: str, triggers: list[Trigger], timexes: list[Timex], breaks: set[str],
                      times: list[Timex], published: str | None = None,
                      days: StoryDays | None = None) -> set[int]:
    """Phase 8: a factual past-tense verb in a sentence with no time expression of
    its own goes on from the last DATE of an earlier sentence of its paragraph
    (a past perfect: before it; a step adverb: as it says, "They later captured the
    port" after it), unless its sentence has a word of ``breaks`` ("now", "ago") or
    a step word in another use ("after the vote"), or a simple past has an adverb of
    ``recent_adverbs`` ("The administration just trotted out three officials": now). A time that begins after
    ``published`` is what is to come ("to be released in mid-2011"), not a time the
    past goes on from, nor is a time of a clause in the present (:func:`_time_of_a_present`).
    ``times`` are the :func:`sentence_times`. A flashback to another
    actor's earlier time does not carry an actor the story put on a recent day
    (``days``, :func:`story_days`) back with it: "Yesterday Jobs unveiled iPhone 4. In April,
    Gizmodo obtained a prototype. Jobs started by hinting at the incident" (yesterday).
    Returns the events that a connective of their own (:func:`_placed_by_connective`) kept from
    a narrative time lying before the story's days (:func:`_story_start`): "That meeting was one
    of five in Paris in April. After presenting the plan, Mlegta handed NATO three memory cards"
    happened in that past, placed against another happening, and is no news of the publication
    either; so are the events after a time of such a past coordinated with another
    (:func:`_one_of_several`: "made an appearance in March and June. Jobs left this farewell")."""
    held: set[int] = set()
    if not triggers:
        return held
    doc = triggers[0].token.doc
    story_start = _story_start(published)
    several = _one_of_several(doc, timexes)
    by_sentence = {sentence: [t for t in numbers if not _after_publication(timexes[t], published)
                              and not _time_of_a_present(doc, timexes[t])]
                   for sentence, numbers in _usable_by_sentence(timexes).items()}
    timed = {timex.sentence for timex in times}
    spanned = _spanned_verbs(doc, timexes)
    # a time of a past perfect clause before the time the story named just before it is a
    # flashback's: the simple past of the story does not go on from it ("Protesters took the
    # square on 25 January. Mubarak had sacked him in 2005. Protesters marched on": not in
    # 2005); one no earlier than the story's time still is the story's ("where protesters had
    # gathered on Saturday. Demonstrators chanted …")
    usable = sorted((t for numbers in by_sentence.values() for t in numbers), key=lambda t: timexes[t].start)
    flashback_times = {t for before, t in zip(usable, usable[1:], strict=False)
                       if _clause_tense(doc, timexes[t]) == "past_perfect"
                       and (timexes[t].end_date or timexes[t].start_date) < timexes[before].start_date}
    reporting = reporting_verbs()
    steps = _steps()
    recent = _anchoring()["recent_adverbs"]
    mentions = doc._.kg_mentions or []
    at_token = {trigger.token.i: trigger for trigger in triggers}
    words_of: dict[int, set[str]] = {}  # sentence start → its lower-case words, asked for each of its verbs
    verbs_in: dict[int, list[Trigger]] = {}  # sentence → its verb events, for the actors a time's sentence tells
    for trigger in triggers:
        if trigger.kind == "verb":
            verbs_in.setdefault(trigger.event.sentence, []).append(trigger)
    for number, trigger in enumerate(triggers):
        event, token = trigger.event, trigger.token
        if event.timex is not None or trigger.name or event.sentence in timed or token.i in spanned:
            continue  # a time kg could not resolve still belongs to its sentence
        if trigger.kind != "verb" or event.factuality not in FACTUAL or token.lemma_.lower() in reporting:
            continue  # "said" in a news story is the reporter's present, not the story's past
        step = tense(token)
        if step not in ("past", "past_perfect") or at_no_one_time(token) or _reported_now(token, reporting):
            continue
        if step == "past" and tells_a_life(token):
            continue  # "Ahmed, who was born in Benghazi", "Jalil served as minister": not on the paragraph's day
        if step == "past" and any(c.dep_ == "advmod" and c.lower_ in recent for c in children(token)):
            continue  # "The administration just trotted out three officials": the news of now
        if step == "past" and _describes_a_thing(token):
            held.add(number)  # "the surge of gas that exploded": the thing's history, before the paragraph's day
            continue
        if _at_a_named_happening(token):
            held.add(number)  # "set up by the Nazis during World War Two": in that happening, not the paragraph's day
            continue
        relation = step_of(token)
        sentence = sentence_of(token)
        if sentence.start not in words_of:
            words_of[sentence.start] = {t.lower_ for t in sentence}
        words = words_of[sentence.start]
        if not words.isdisjoint(breaks):
            continue
        moved = relation is None and not words.isdisjoint(steps)
        told = [t for s in range(event.sentence - 1, -1, -1) for t in by_sentence.get(s, [])]
        earlier = [t for t in told if step == "past_perfect" or t not in flashback_times]
        # the last of them that is no aside of its sentence: the (costly) aside test is asked from
        # the last time back, and only until one passes (the sort keeps the order of equal starts)
        last = next((t for t in sorted(earlier, key=lambda t: timexes[t].start, reverse=True)
                     if not _aside_of_the_story(doc, timexes, t, at_token)), None)
        latest = max(told, key=lambda t: timexes[t].start, default=None)
        if step == "past" and latest in flashback_times and _goes_on_in_a_flashback(
                text, event.start, event.sentence, timexes[latest], None if last is None else timexes[last], story_start):
            # "In 1989, Exxon had sent a team to Alaska. Exxon's scientist flew in": in that far
            # past, which a simple past does not take, but no news of the publication's day either
            held.add(number)
            continue
        if last is None:
            continue
        if _paragraph_break(text, timexes[last].end, event.start, timexes[last].sentence == event.sentence - 1):
            continue
        if days is not None and step == "past" and _flashback_of_others(number, triggers, timexes, last, days):
            continue
        if step == "past" and _goes_on_in_a_perfect(trigger, verbs_in.get(timexes[last].sentence, []), last, mentions):
            # "Protests erupted on Sunday, despite the reforms Assad had promised. He granted
            # citizenship to Kurds": Assad's deeds go on in that earlier past, not on Sunday nor today
            held.add(number)
            continue
        if _back_from_flashback(number, triggers, timexes[last], mentions):
            continue
        background = _background_happening(doc, timexes[last])
        if background is not None and not _tells_of(trigger, background, mentions):
            continue
        past = story_start is not None and (timexes[last].end_date or timexes[last].start_date) < story_start
        if past and _reported_progressive(token, reporting):
            # "said it was moving ships closer" after "the 1988 Lockerbie bombing": the saying's
            # present, not a past before the story's days (a recent day may be the saying's)
            continue
        if last in several:
            # "made an appearance in March and June. Jobs left this farewell": in that past, at neither time
            if past:
                held.add(number)
            continue
        if moved:
            # "After presenting the plan, Mlegta handed NATO three memory cards": placed by a
            # connective of its own against another happening of a past the story went back to
            if past and _placed_by_connective(token):
                held.add(number)
            continue
        _anchor(trigger, last, "narrative", relation or ("BEFORE" if step == "past_perfect" else INCLUDED_IN))
    return held


def _goes_on_in_a_flashback(text: str, start: int, sentence: int, flashback: Timex, last: Timex | None,
                            story_start: str | None) -> bool:
    """Whether a simple past at ``start`` (in sentence ``sentence``) goes on in the flashback
    whose time, the latest told before it, is ``flashback``: in its paragraph, before the story's
    days (:func:`_story_start`), and the paragraph names no time of the story before it (``last``,
    the narrative time the past would take, lies in an earlier paragraph or there is none:
    "Protesters took the square on 25 January. Mubarak had sacked him in 2005. Protesters marched
    on" goes on on 25 January). It happened in that far past, not on the publication's day."""
    return story_start is not None and (flashback.end_date or flashback.start_date) < story_start and (
        last is None or _paragraph_break(text, last.end, start, last.sentence == sentence - 1)) and not (
        _paragraph_break(text, flashback.end, start, flashback.sentence == sentence - 1))


def _describes_a_thing(verb: Token) -> bool:
    """Whether a simple past tells, in an active relative clause, what a thing described did or
    what was done with it ("The report described *the surge of oil and gas that exploded* on the
    rig", "said *the way BP replaced* drilling mud was not prudent", "a supply vessel *that rushed
    over*"): what made the thing what it is, some time before the time its main clause is in or
    the story's day. A relative clause of a person ("Hayward, *who sat alone* at the witness
    table"; "soldiers *who defended* the port"), of a name ("Transocean, which leased the rig"), a
    saying ("an investigation that Holder *said* is serious": the reporter's present),
    a passive ("the pitch, which was obtained by the Post": what others did to it), one set off by a
    comma, which tells something new of a thing already known ("The keynote filled the hall, which
    overflowed"), and one of a time (phase 1b: "on 15 July, when the company fitted a cap"; "the
    first time in several days that the alliance targeted Tripoli": ``time_nouns``, a unit of
    time) may be the story's news."""
    clause = _conjuncts_up(verb)[-1]
    if clause.dep_ != "relcl" or clause.head.pos_ != "NOUN" or clause.head.ent_type_ in ("DATE", "TIME"):
        return False
    noun = clause.head.lemma_.lower()
    if noun in _anchoring()["time_nouns"] or noun in timex_words("units") or clause.doc[clause.left_edge.i - 1].text == ",":
        return False
    return verb.lemma_.lower() not in reporting_verbs() and not any(
        c.dep_ in ("nsubjpass", "auxpass") or c.tag_ == "WP" for c in children(clause))


def _describes_a_person(verb: Token) -> bool:
    """Whether a present perfect tells, in a "who" clause of a person named or described, what the
    person has done in a life or career ("Smith, *a correspondent who has interviewed* bin Laden,
    said …", "Jones, who has written three books on Iraq"): an experience that holds now, at no day
    of the news. The person is a name, or a noun set beside one or said of one (an apposition or
    a copula's complement: "He is *a lawyer who has defended* Saddam"); a bare noun's clause
    ("*the soldiers who have died* this week") is left to its own words, and so are a death
    ("Robin Cook, *who has died* aged 59": an obituary's news, ``deaths``), a passive ("who has
    been freed": what others did to the person, news) and an activity going on ("Jesse Jackson, *who
    has been counselling* the family")."""
    clause = _conjuncts_up(verb)[-1]
    if clause.dep_ != "relcl" or tense(verb) != "present_perfect" or not any(
            c.dep_ == "nsubj" and c.lower_ == "who" for c in children(clause)):
        return False
    if verb.lemma_.lower() in _anchoring()["deaths"] or _perfect_progressive(verb):
        return False  # "who has been counselling the family": an activity going on now
    person = clause.head
    return person.ent_type_ == "PERSON" or person.dep_ in ("appos", "attr")


def _told_in_a_work(verb: Token) -> bool:
    """Whether a verb's own phrase puts it inside a work (``works``, after a preposition of
    ``located_in``): "writes Herbert Kohl *in his book*", "a village that appears *in the film*" —
    what a book or a film says or shows is at the time it was made, not the publication's day (a
    time of its own clause, "in his 1995 memoir", dates it)."""
    words = _anchoring()
    return any(c.dep_ == "prep" and c.lower_ in words["located_in"] and any(
        o.lemma_.lower() in words["works"] for o in objects_of(c)) for c in children(verb))


def _founds_a_named_body(verb: Token) -> bool:
    """Whether a simple past of ``foundings`` sets up a body told by its name: the subject of the
    passive or the object ("The Badr Brigade *was set up* by Shia exiles in Iran", "Exiled officers
    *formed* the Free Syrian Army"). A body the reader is told of by its name already exists, and how
    it began is its history; a body made that day is news told with a noun ("Rebels formed a new
    council") or a time of its own clause."""
    if tense(verb) != "past" or not _phrasal_lemmas(verb) & _anchoring()["foundings"].keys():
        return False
    founded = first_child(verb, ("nsubjpass",) if any(c.dep_ == "auxpass" for c in children(verb)) else ("dobj",))
    return founded is not None and (founded.pos_ == "PROPN" or founded.ent_type_ in ("ORG", "NORP", "FAC"))


def _made_a_work(verb: Token) -> bool:
    """Whether a simple past of ``work_deeds`` has a work as its object: a noun of ``works`` or a
    title the entity tagger calls a work of art ("Le Carre *dedicated The Constant Gardener* to
    her", "Orwell *wrote his novel* on an island"): a deed of the work's own time, which a review or
    an obituary recalls, not the publication's day ("wrote a letter to the president" is news)."""
    words = _anchoring()
    return tense(verb) == "past" and verb.lemma_.lower() in words["work_deeds"] and any(
        c.dep_ == "dobj" and (c.ent_type_ == "WORK_OF_ART" or c.lemma_.lower() in words["works"])
        for c in children(verb))


def _an_aside(verb: Token) -> bool:
    """Whether a verb of ``asides`` is said in a clause opened by "as" and set off by a comma ("*As*
    Benenson later *said*, the campaign was a failure", "…, as he said next morning", "As one general
    *put* it,"): the writer recalls a remark made at some time to support a point, no news of the
    publication's day. Without the comma "as" is a time ("The row comes as BP said it may delay
    payouts"), and on an adjective a comparison ("as bad as they say you are, so …")."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _anchoring()[
            "asides"] or not any(
            c.dep_ == "mark" and c.lower_ == "as" for c in children(verb)):
        return False
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    return left > 0 and doc[left - 1].text == "," or right + 1 < len(doc) and doc[right + 1].text == ","


def _deed_charged(verb: Token) -> bool:
    """Whether a simple past is what a verb of testimony or allegation reports, or what a reporting
    verb of an accuser reports (``charges``: "A bodyguard has *testified* the doctor *hid* the vials",
    "*Prosecutors say* he *gave* Jackson a lethal dose"): the deed a trial or a charge is about, done
    at the time of the case, which a report of the trial may tell years later; "The minister said
    the army withdrew" is news."""
    clause = _conjuncts_up(verb)[-1]
    if tense(verb) != "past" or clause.dep_ != "ccomp":
        return False
    words = _anchoring()["charges"]
    head = clause.head
    if head.lemma_.lower() in words["verbs"]:
        return True
    subject = first_child(head, ("nsubj",))
    return head.lemma_.lower() in reporting_verbs() and subject is not None and (
        subject.lemma_.lower() in words["accusers"])


def _begins_the_story(verb: Token) -> bool:
    """Whether ``verb`` tells, or lies in, how the whole story began: a verb of ``beginnings`` in the
    past whose subject is a word of ``story_subjects`` ("*It* all *started* with Gaddafi bombing his
    own people", "*This* began when …") with the happening it began with or when, or a clause of that
    happening ("bombing"). A piece written later points back to the start of its story, not to
    the publication's day; "The talks began on Monday" and "The meeting started with a prayer"
    (a subject of its own) are news."""
    words = _anchoring()["beginnings"]
    for clause in (verb, *verb.ancestors):
        if clause.lemma_.lower() in words["verbs"] and tense(clause) == "past" and any(
                c.dep_ == "nsubj" and c.lower_ in words["story_subjects"] for c in children(clause)) and any(
                c.dep_ == "prep" and c.lower_ == "with" or c.dep_ == "advcl" and any(
                    m.lower_ == "when" for m in children(c)) for c in children(clause)):
            return True
        if clause.dep_ not in ("pcomp", "pobj", "prep", "advcl", "conj"):
            return False
    return False


#: how many calendar years before the publication's a time must end to be history, not the story
FAR_YEARS = 2


def _far_past_sentences(doc: Doc, times: list[Timex]) -> dict[int, int]:
    """The sentences that tell a past far before the publication: a time of a past clause in them
    (:func:`_clause_tense`) that describes nothing ends two calendar years or more before the
    publication's ("In 1945 the war ended"), mapped to the time's offset (to find the paragraph it
    is in). A relative clause ("Gaddafi, who seized power in 1969, vowed …") is an aside of its
    sentence, not what it tells."""
    year = int(doc._.kg_published[:4])
    far = {}
    for timex, root in zip(times, _timex_roots(doc, times), strict=True):
        end = timex.end_date or timex.start_date
        if root is None or not end or not end[:4].isdigit() or int(end[:4]) > year - FAR_YEARS:
            continue
        clause = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is not None and _clause_tense(doc, timex) == "past" and not any(
                a.dep_ in ("relcl", "acl", "appos") for a in (clause, *clause.ancestors)):
            far[timex.sentence] = timex.start
    return far


def _beside_a_far_past(token: Token, sentence: int, far: dict[int, int]) -> bool:
    """Whether a simple past with no time of its own lies next to a sentence of its paragraph that
    tells a past far before the publication (:func:`_far_past_sentences`): "Over 6 million Jews died.
    The war ended in 1945" — a paragraph of history, whose untimed pasts are that history's, not the
    publication's news (the narrative carries a time from the sentence before; this is the one
    after, or one the narrative could not reach)."""
    text = doc_text(token.doc)
    for other in (sentence - 1, sentence + 1):
        if other in far:
            start, end = sorted((token.idx, far[other]))
            if not _paragraph_break(text, start, end, True):
                return True
    return False


#: how many sentences must tell a far past for a document with no time near its publication to be set in it
FAR_STORY_SENTENCES = 2


def _tells_a_far_past(doc: Doc, times: list[Timex], far: dict[int, int]) -> bool:
    """Whether the whole document is set in a far past: two of its sentences or more tell a past far
    before the publication (:func:`_far_past_sentences`) and it names no time that is not ("The
    Guardian opposed Suez in 1956 … In 1957 Eden resigned … The paper lost readers", a feature on a
    crisis fifty years old): its untimed pasts are that story's, not the publication's news. One
    time near the publication ("on Tuesday", "this year", "yesterday") makes it a story of the day
    that recalls the past, and so does a single far time ("In 1976, Jobs founded Apple. … Jobs
    demoed the gyroscope": a news story's aside); both leave the rule off."""
    year = int(doc._.kg_published[:4])
    return len(far) >= FAR_STORY_SENTENCES and all(int(end[:4]) <= year - FAR_YEARS for timex in times
                             if (end := timex.end_date or timex.start_date) and end[:4].isdigit())


def _one_of_several(doc: Doc, timexes: list[Timex]) -> set[int]:
    """The times (indices) coordinated with another time ("made an appearance *in March and June*
    to unveil the iPad 2 and iCloud"): each names one of several occasions, none the one time a
    story goes on from ("Jobs left this farewell" in the sentence after is in neither)."""
    roots = _timex_roots(doc, timexes)
    at = {root.i for root in roots if root is not None}
    # "between March and June" is one span, its two ends
    return {number for number, root in enumerate(roots) if root is not None and (
        root.dep_ == "conj" and root.head.i in at and root.head.head.lower_ != "between"
        or root.head.lower_ != "between" and any(c.dep_ == "conj" and c.i in at for c in children(root)))}


def _story_start(published: str | None) -> str | None:
    """The first of the ``STORY_DAYS`` up to publication whose news a story tells (ISO), None
    without a publication day."""
    if not published or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return None
    return date.fromordinal(date.fromisoformat(published).toordinal() - STORY_DAYS).isoformat()


def _spanned_verbs(doc: Doc, timexes: list[Timex]) -> set[int]:
    """The verbs (token indices) a duration is introduced on as the span they lie in ("withdrew
    from public view *in recent years*", "lost ground over the past two weeks": ``span_prepositions``
    of ``anchoring.json``): a time of their own, so the narrative time of a sentence before is not
    theirs ("had surgery in 2004. He withdrew from public view in recent years": not 2004). A span
    of a noun ("the first time in several days that the alliance targeted Tripoli", "a sector
    paralyzed in recent weeks") is not the verb's."""
    prepositions = _anchoring()["span_prepositions"]
    return {root.head.head.i for timex, root in zip(timexes, _timex_roots(doc, timexes), strict=True)
            if timex.type == "DURATION" and root is not None and root.dep_ == "pobj"
            and root.head.lower_ in prepositions and root.head.head.pos_ in ("VERB", "AUX")}


def _aside_of_the_story(doc: Doc, timexes: list[Timex], number: int, at_token: dict[int, Trigger]) -> bool:
    """Whether time ``number`` is an aside of its sentence, not the time the story goes on from:
    the sentence's main verb is a factual past event that took a time of its own, and this other
    time belongs to a noun or clause below it ("A jury on Monday found him guilty of murdering
    Levy in 2001. He was found guilty of two counts": Monday, not 2001; "Rebels took Brega on
    Monday after NATO bombed it on Sunday. They captured 200 soldiers": Monday). A time in
    what the main verb reports is the story's ("said on Monday that rebels took Brega on Sunday.
    They captured 200 soldiers": Sunday), and so is any time beside a main verb with no time
    of its own ("in a press conference that he gave last night, he said …"; "The disputed 2009
    election sparked outrage. Iran quelled the demonstrations": 2009)."""
    span = doc.char_span(timexes[number].start, timexes[number].end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    main = at_token.get(sentence_of(span.root).root.i)
    if (main is None or main.kind != "verb" or main.event.factuality not in FACTUAL or main.event.timex is None
            or main.event.timex == number or tense(main.token) not in (*PAST, "past_perfect")
            or main.token not in span.root.ancestors or _reported_by(main.token, timexes[number])):
        return False
    own = timexes[main.event.timex]
    own_span = doc.char_span(own.start, own.end, alignment_mode="expand") if own.sentence == timexes[number].sentence else None
    if own_span is not None and len(own_span) and span.root in own_span.root.subtree:
        return False  # part of the main verb's own time: "on a Saturday night in January 1999"
    # below another clause or a noun, not the main verb's own adverbial ("Protests erupted last
    # week in January" names the main verb's time twice)
    return any(a.pos_ in ("VERB", "AUX", "NOUN", "PROPN") for a in span.root.ancestors
               if a.i != main.token.i and main.token in a.ancestors)


def _back_from_flashback(number: int, triggers: list[Trigger], timex: Timex, mentions: list) -> bool:
    """Whether event ``number`` returns from a flashback instead of going on in it: the
    narrative time steps back from the story ("*Earlier this year*, Apple opened a data
    centre": a backward word of ``narrative_steps``), and the event's actor is one the story
    told of before that sentence and not one of the flashback's ("Jobs rounded the
    services off by unveiling …": the keynote's time again). An actor of the flashback
    goes on in it ("Earlier this month, rebels seized Brega. They captured 200 soldiers")."""
    if not any(_steps().get(word) == "BEFORE" for word in timex.text.lower().split()):
        return False
    actor = _actor_key(triggers[number], mentions)
    if actor is None:
        return False
    flashback = {_actor_key(t, mentions) for t in triggers if t.event.sentence == timex.sentence}
    told_before = {_actor_key(t, mentions) for t in triggers if t.event.sentence < timex.sentence}
    return any(_same_actor(actor, key) for key in told_before if key) and not any(
        _same_actor(actor, key) for key in flashback if key)


def _time_of_a_present(doc: Doc, timex: Timex) -> bool:
    """Whether a time lies in a clause told in the present, as a state now compared with
    then ("The Mac market share is up 82 % from 9 months ago"): the story's past does
    not go on from it ("Jobs then moved on to talk about podcasting" is no later than
    nine months ago). A time of a noun there is that happening's and still does. So is the open
    start of a state that holds up to now in a present perfect ("His Baath Party has dominated
    Syria since 1963. In Libya, Gaddafi's forces besieged Misrata": not in 1963)."""
    step = _clause_tense(doc, timex)
    return step == "present" or step == "present_perfect" and timex.end_date is None


def _reported_now(token: Token, reporting: frozenset[str]) -> bool:
    """Whether the nearest reporting verb over ``token`` is in the present: "Critics say he
    lacked total command" judges the story from today, not from the year the text told of
    before ("He rescued the response to Hurricane Katrina in 2005")."""
    report = next((a for a in token.ancestors if a.lemma_.lower() in reporting), None)
    return report is not None and tense(report) == "present"


def _reported_progressive(token: Token, reporting: frozenset[str]) -> bool:
    """Whether ``token`` is a past progressive a reporting verb reports: what went on as it was
    said, the saying's present ("The United States said it *was moving* ships closer")."""
    return token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ == "VBD"
                                       for c in children(token)) and any(
        a.lemma_.lower() in reporting for a in token.ancestors)


def _background_happening(doc: Doc, timex: Timex) -> str | None:
    """The words of the noun phrase a time belongs to in a clause told in the present, present
    perfect or present progressive ("Haiti has suffered a number of disasters, including storms
    in 2008", "The approach marks a sharp departure from the 1989 Exxon Valdez spill", "Haiti is
    still struggling to recover from a devastating 2010 earthquake"), or with a modal, which
    tells what may be, not what happened then ("saying they would slow the pace following last
    year's drilling moratorium"), else None: a happening the present or a conjecture recalls,
    whose time the story goes on in only when it goes on about that happening
    (:func:`_tells_of`)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    # the first verb with a tense: "including" is no clause of its own
    clause = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX") and tense(a) is not None), None)
    if clause is None or tense(clause) not in ("present", "present_perfect", "progressive", "modal"):
        return None
    nouns = [a for a in span.root.ancestors if a.i != clause.i and clause in a.ancestors and a.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    top = nouns[-1]  # the noun right below the clause: its phrase holds the time
    return doc[top.left_edge.i : top.right_edge.i + 1].text.lower()


def _tells_of(trigger: Trigger, phrase: str, mentions: list) -> bool:
    """Whether an event's actor is named in ``phrase`` ("Exxon hired its own boats" after "the
    1989 Exxon Valdez spill"), so that the story goes on about that happening."""
    actor = _actor_key(trigger, mentions)
    return actor is not None and actor.lower().split()[-1] in phrase.split()


def _clause_tense(doc: Doc, timex: Timex) -> str | None:
    """The tense of the clause a time belongs to, None for the time of a noun ("marks a
    departure from the 1989 Exxon Valdez spill": that happening's) or of no clause."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    clause = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return None
    between = [a for a in span.root.ancestors if a.i != clause.i and clause in a.ancestors]
    return None if any(a.pos_ in ("NOUN", "PROPN") for a in between) else tense(clause)


def _flashback_of_others(number: int, triggers: list[Trigger], timexes: list[Timex], last: int,
                         days: StoryDays) -> bool:
    """Whether the narrative time ``last`` lies before the recent day an earlier sentence put
    the actor of event ``number`` on, and dates the main verb of its sentence, another
    actor's ("In April, Gizmodo obtained a prototype"), with no event of the first actor
    in that sentence ("Gadhafi's son was in the United States when unrest exploded last
    month. Khamis cut off his visit": his own story, not the son's day)."""
    day = days.day_of(number)
    if day is None or (timexes[last].end_date or timexes[last].start_date) >= timexes[day].start_date:
        return False
    actor = days.actors[number]
    in_flashback = [n for n, trigger in enumerate(triggers) if trigger.event.sentence == timexes[last].sentence]
    return not any(_same_actor(actor, days.actors[n]) for n in in_flashback if n in days.actors) and any(
        triggers[n].event.timex == last and triggers[n].token.dep_ == "ROOT" for n in in_flashback)


def _goes_on_in_a_perfect(trigger: Trigger, mates: list[Trigger], last: int, mentions: list) -> bool:
    """Whether the actor of a simple past did something in the past perfect in the sentence of the
    narrative time ``last``, a deed that time does not date, and nothing that time dates: the
    sentence stepped back to that actor's earlier past ("Protests erupted on Sunday, despite the
    reforms Assad *had promised*. He granted citizenship to Kurds": Assad's past, not Sunday's), and
    the simple past goes on in it ("Rebels took the town on Sunday. They raised the flag" goes on on
    Sunday). A past perfect a source reports is its report's past, no step of the story ("it was
    announced that Gadhafi *had agreed*"), and the time dating anything the actor took part in, as
    actor or not ("*was deported* early Thursday"), keeps the actor in it. ``mates`` are the verb
    events of the time's sentence."""
    if not any(tense(other.token) == "past_perfect" for other in mates):
        return False
    actor = _actor_key(trigger, mentions)
    if not actor:
        return False

    def same(key: str | None) -> bool:
        return bool(key) and _same_actor(actor, key)

    return any(tense(other.token) == "past_perfect" and other.event.timex is None and other.event.factuality == "asserted"
               and same(_actor_key(other, mentions)) for other in mates) and not any(
        other.event.timex == last and any(same(_key_of(p.mention, mentions)) for p in other.event.participants)
        for other in mates)


def _after_publication(timex: Timex, published: str | None) -> bool:
    """Whether a time begins after the publication day or month (ISO strings compare in order)."""
    return bool(published) and timex.start_date[: len(published)] > published


def _paragraph_break(text: str, start: int, end: int, adjacent: bool) -> bool:
    """Whether a paragraph ends between ``start`` and ``end``: a blank line does; so does a
    line end, unless the two sentences are adjacent (a hard-wrapped line, or one
    paragraph going on from the line before)."""
    between = text[start:end]
    return "\n\n" in between or "\n \n" in between or (not adjacent and "\n" in between)


def _later_time_of_embedded_clause(doc: Doc, token: Token, timex: Timex) -> bool:
    """Whether ``timex`` is the time of another verb's clause below ``token`` and reaches the
    publication or later: "Svanberg followed by announcing the company will not pay a
    dividend this year", "Obama, appearing on the lawn today, sounded a positive note" say
    nothing against the news being recent (an earlier time, "the company he founded in
    1976", may make it history, so that still keeps the publication date away)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not len(span) or timex.end_date is None or timex.end_date < doc._.kg_published:
        return False
    clause = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return clause is not None and clause.i != token.i and token in clause.ancestors


#: how many days before publication a story's news may be told ("yesterday", "on Friday"):
#: wire copy tells the day's news, a weekly or online report the last few days'
STORY_DAYS = 3


def recent_days(timexes: list[Timex], published: str) -> set[int]:
    """The times (their indices) that are a single day of the ``STORY_DAYS`` up to
    publication: the days a story's news happens on ("yesterday", "on Friday")."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return set()
    last = date.fromisoformat(published)
    return {number for number, timex in enumerate(timexes)
            if timex.start_date is not None and timex.start_date == timex.end_date
            and 0 <= (last - date.fromisoformat(timex.start_date)).days <= STORY_DAYS}


def _actor_key(trigger: Trigger, mentions: list) -> str | None:
    """The name of an event's actor, a pronoun's by its antecedent ("He showed videos": Jobs)."""
    return _key_of(next((p.mention for p in trigger.event.participants if p.role == "actor"), None), mentions)


def _key_of(number: int | None, mentions: list) -> str | None:
    """The name a mention stands for, a pronoun's by its antecedent."""
    seen = set()
    while number is not None and mentions[number].antecedent is not None and number not in seen:
        seen.add(number)
        number = mentions[number].antecedent
    return mentions[number].key if number is not None else None


def _same_actor(key: str, other: str) -> bool:
    """Whether two names are one actor's: the same, or a surname after the full name ("Jobs", "Steve Jobs")."""
    return key == other or key == other.split()[-1] or other == key.split()[-1]


def _told_by_the_story(trigger: Trigger) -> bool:
    """Whether an event is what the story tells, not what a source says happened
    ("BP said Transocean failed to test the preventer") nor a description of a
    participant ("its rig, which exploded and sank"): such events keep the
    publication as their latest day, as they may lie anywhere before it."""
    return trigger.event.factuality == "asserted" and not any(
        t.dep_ in DESCRIPTIONS for t in (trigger.token, *trigger.token.ancestors))


@dataclass
class StoryDays:
    """The actor of each event the story tells (:func:`_told_by_the_story`, a simple past;
    trigger number → actor name), and the actor and recent day (timex index) of each event
    that names that day in its own clause (trigger number → (actor, day))."""

    actors: dict[int, str] = field(default_factory=dict)
    days: dict[int, tuple[str, int]] = field(default_factory=dict)

    def day_of(self, number: int) -> int | None:
        """The day the last event before event ``number`` of the same actor was put on, if any."""
        actor = self.actors.get(number)
        if actor is None:
            return None
        return next((day for n, (key, day) in sorted(self.days.items(), reverse=True)
                     if n < number and _same_actor(actor, key)), None)


def story_days(doc: Doc, triggers: list[Trigger], recent: set[int]) -> StoryDays:
    """"Jobs said yesterday that …": Jobs is on yesterday (a factual event dated
    ``INCLUDED_IN`` a ``recent`` day by its own clause); a time only near the event in its
    sentence or carried from another ("7:59 pm EST" of a dateline) puts no actor on a day, nor
    does a happening another one came after or before ("Assad signaled no retreat in a video
    released after his forces killed 17 protesters on Saturday": the video, and what he said
    in it, is after Saturday)."""
    mentions = doc._.kg_mentions or []
    found = StoryDays()
    for number, trigger in enumerate(triggers):
        event = trigger.event
        tied = _connective(trigger.token)
        if event.timex in recent and event.date_anchor == "clause" and event.relation == INCLUDED_IN and (
                event.factuality in FACTUAL) and (tied is None or tied[1] not in ("AFTER", "BEFORE")):
            actor = _actor_key(trigger, mentions)
            if actor is not None:
                found.days[number] = (actor, event.timex)
        if tense(trigger.token) == "past" and _told_by_the_story(trigger):
            actor = _actor_key(trigger, mentions)
            if actor is not None:
                found.actors[number] = actor
    return found


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, the noun a relative clause describes for its relative
    pronoun ("the iTunes Music Store, which sells music": the store)."""
    subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        return verb.head
    return subject


def _question_sentence(token: Token) -> bool:
    """Whether ``token``'s sentence ends with a question mark (its text cut from the
    document's: ``token.sent.text`` walks and joins the tokens anew on every call)."""
    sentence = sentence_of(token)
    return doc_text(token.doc)[sentence.start_char : sentence.end_char].rstrip().endswith("?")


def describes_the_present(verb: Token) -> bool:
    """Whether a simple present verb says how things stand at publication ("It comes in
    two colors", "the music it sells", "The UN runs the airport"), not a habit or general
    truth: no frequency word or "every" among its modifiers or its subject's
    (``habitual`` of ``anchoring.json``), no subject standing for a whole kind (a bare
    plural, "Cholera outbreaks kill children", or ``generic_subjects``: "All ports close"), no
    writer's "I" (a reader's comment: "I for one refuse to call him …"), and no
    question. Modal, negated and conditional clauses are no fact (factuality) and
    opinion is refused by the caller."""
    words = _anchoring()
    if verb.pos_ not in ("VERB", "AUX") or _question_sentence(verb):
        return False
    subject = _subject(verb)
    modifiers = list(children(subject)) if subject is not None else []
    # a habit of the clause above makes its clauses habits too: "volunteers generally take
    # leave when they are deployed"; so does a condition or a "when" on it ("they reject
    # them if they are not fit": a rule)
    for clause in (verb, *(a for a in verb.ancestors if a.pos_ in ("VERB", "AUX"))):
        modifiers += clause_modifiers(clause)
    if any(t.lower_ in words["habitual"] for t in modifiers):
        return False
    if subject is None:
        return True
    if subject.lower_ == "i":  # outside a quotation, the writer's own voice: a comment, no news
        return False
    determiners = [c for c in children(subject) if c.dep_ in ("det", "poss", "nummod", "predet")]
    if generic_subject(subject):
        return False
    return not (subject.tag_ == "NNS" and not determiners)


def clause_modifiers(clause: Token) -> list[Token]:
    """The words of a clause that may say how often it happens: its children, the words of its
    noun and prepositional phrases ("every week", "in most years"), what modifies its adverbs
    ("very often") and the subordinating words of its adverbial clauses ("if", "when")."""
    found = []
    for child in children(clause):
        found.append(child)
        if child.dep_ in ("npadvmod", "prep"):
            found += child.subtree
        elif child.dep_ == "advmod":
            found += children(child)
        elif child.dep_ == "advcl":
            found += [g for g in children(child) if g.dep_ == "mark" or g.tag_ == "WRB"]
    return found


@cache
def opinion_words() -> frozenset[str]:
    """The verbs that tell what someone thinks or what seems, not what happened (``opinion`` of
    ``anchoring.json``): "Analysts believe NATO bombed the depot", "the recession appeared to be easing"."""
    return frozenset(_anchoring()["opinion"])


@cache
def habitual_words() -> frozenset[str]:
    """The words that make a clause a habit (``habitual`` of ``anchoring.json``)."""
    return frozenset(_anchoring()["habitual"])


def generic_subject(subject: Token) -> bool:
    """Whether a subject stands for a whole kind by its determiner ("*All* ships dock at night",
    ``generic_subjects`` of ``anchoring.json``)."""
    return any(c.dep_ in ("det", "poss", "nummod", "predet") and c.lower_ in _anchoring()["generic_subjects"]
               for c in children(subject))


def _before_a_past_happening(verb: Token, at_token: dict[int, Trigger]) -> bool:
    """Whether a connective of ``verb``'s own clause that places it before another happening
    (``relations`` of ``anchoring.json`` with ``BEFORE``) introduces one the story tells as past:
    a definite factual event ("Before *the conflict*, it pumped nearly half a million barrels a
    day", "tourism was languishing before *the revolt*") or a clause in the past ("Before the
    holidays *began*, the headteacher informed the HPA"). The verb lies before a known past, in
    history, and the publication's day says nothing of it; a happening still to come ("before
    moving on", "before any talks could begin") leaves it news."""
    words = {word for word, relation in _relation_words().items() if relation == "BEFORE"}
    for child in (c for clause in _own_clauses(verb) for c in children(clause)):
        if child.dep_ == "prep" and child.lower_ in words:
            if any(o.dep_ == "pobj" and o.i in at_token and at_token[o.i].event.definite
                   and at_token[o.i].event.factuality in FACTUAL for o in children(child)):
                return True
        elif child.dep_ == "advcl" and tense(child) in ("past", "past_perfect") and any(
                m.dep_ == "mark" and m.lower_ in words for m in children(child)):
            return True
    return False


def recalls_the_past(verb: Token) -> bool:
    """Whether a clause with no time of its own tells history by its own words, so the
    publication's day says nothing of it: it opens a state a perfect goes on from (a connective of
    ``ongoing`` on a clause below a perfect: "since Israel *took* control of the area it had
    prevented their development"), it goes on from an occasion told before (a connective of
    ``ongoing`` with a word of ``back_references``: "*Since then*, she has become involved"),
    it is tied by a connective to a past perfect ("had been trapped for three days *when* her
    kindergarten *collapsed*": that earlier past), it is or holds a "when" clause told as the first time
    (``first_occasions``: "When Jobs *first* introduced the phone, he praised its antenna": that
    earlier occasion), or a dead person did it (``the_dead`` on its subject, "*The late* Anwar Sadat
    visited Jerusalem"; on the one whose time an ``under`` phrase names, "amassed a fortune under
    the rule of *the late* Hafez al-Assad")."""
    words = _anchoring()
    if verb.dep_ == "advcl" and tense(verb.head) in ("present_perfect", "past_perfect") and any(
            c.dep_ == "mark" and c.lower_ in words["ongoing"] for c in children(verb)):
        return True
    # "She had been trapped for three days when her kindergarten collapsed": a clause a connective
    # ties to a past perfect lies in that earlier past (the parser may hang it on the perfect's span)
    governor = verb.head if verb.dep_ == "advcl" else verb.head.head.head if (
        verb.dep_ == "relcl" and verb.head.dep_ == "pobj") else None
    if governor is not None and tense(governor) == "past_perfect" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _relation_words() for c in children(verb)):
        return True
    # "Since then, she has become involved": it goes on from an occasion told before, no day of the news
    if any(c.dep_ == "prep" and c.lower_ in words["ongoing"] and any(
            o.lower_ in words["back_references"] for o in children(c)) for c in children(verb)):
        return True
    if any(_first_occasion(clause) for clause in (verb, *(c for c in children(verb) if c.dep_ == "advcl"))):
        return True
    if _at_a_named_happening(verb) or _names_a_past_role(verb) or _at_a_time_told_before(verb):
        return True
    # "The late Anwar Sadat visited Jerusalem and met the prime minister": Sadat met him
    return any(_dead(c) for c in children(_conjuncts_up(verb)[-1]) if c.dep_ in ("nsubj", "nsubjpass")) or any(
        c.dep_ == "prep" and c.lower_ in words["periods"] and any(_dead(o) or _dead_owner(o) for o in objects_of(c))
        for c in children(verb))


def _at_a_named_happening(verb: Token) -> bool:
    """Whether a connective of ``verb``'s own phrase (``relations``) places it against a happening
    with a name of its own ("set up by the Nazis *during World War Two*", "fled *after the Six-Day
    War*", "*following 9/11*": :func:`_date_name`): a named happening is a known one, whose time,
    when its name gives none, is not the story's day nor the paragraph's time (a name with a year
    dates it: phase 7)."""
    words = _relation_words()
    return any(c.dep_ == "prep" and c.lower_ in words and any(o.ent_type_ == "EVENT" or _date_name(o)
                                                              for o in objects_of(c))
               for clause in _own_clauses(verb) for c in children(clause))


def _own_clauses(verb: Token) -> tuple[Token, ...]:
    """``verb`` and the clauses below it with no subject of their own whose phrases place it too:
    an infinitive complement ("They sought to enlist China *following 9/11*") and an adverbial
    clause opened by "to" ("opened up new areas to offshore drilling *shortly before the
    explosion*": the parser makes "to … drilling" a clause and hangs the phrase on it, but it places
    the opening). A participle set beside the verb is a happening of its own ("*Speaking before*
    the rescue, she said …": the speaking, not the saying, is placed)."""
    return (verb, *(c for c in children(verb) if c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
        d.dep_ == "aux" and d.lower_ == "to" for d in children(c)) and not any(
        d.dep_ in ("nsubj", "nsubjpass") for d in children(c))))


def _at_a_time_told_before(verb: Token) -> bool:
    """Whether ``verb`` happened "at the time" or "at that time" (a preposition of ``occasions``, a
    noun of ``time_nouns`` with a determiner of ``back_times`` and nothing else but a clause
    describing it), or is that describing clause: "*At the time* the tests *were conducted*, BP
    *knew* the slurry was unstable", "BP said *at the time* that …". The phrase points back to an
    occasion told before or in its own clause, not to the day of the news; "at the same time"
    (with what was just told) and "at the time of writing" (now) are no such phrase."""
    words = _anchoring()

    def told_before(noun: Token) -> bool:
        return noun.dep_ == "pobj" and noun.lemma_.lower() in words["time_nouns"] and (
            noun.head.lower_ in words["occasions"]) and all(
            c.dep_ in DESCRIPTIONS or c.dep_ == "det" and c.lower_ in words["back_times"] for c in children(noun)) and (
            any(c.dep_ == "det" for c in children(noun)))

    if verb.dep_ in DESCRIPTIONS and told_before(verb.head):
        return True
    return any(c.dep_ == "prep" and any(told_before(o) for o in children(c)) for c in children(verb))


#: a day and month written as a number pair with no year: "9/11", "7/7"
DATE_NAME = re.compile(r"\d{1,2}/\d{1,2}")


def _date_name(noun: Token) -> bool:
    """Whether a connective's object is a day named by its date alone ("after *9/11*", "since
    *7/7*"): a date with no year that the writer expects the reader to know is the name of a
    known happening, not a day of the story (a day of the story is written with its month or its
    weekday, and the temporal component reads those)."""
    return noun.like_num and DATE_NAME.fullmatch(noun.text) is not None


def _names_a_past_role(verb: Token) -> bool:
    """Whether ``verb``'s clause names a role held at its time and no more (``past_roles``: "a
    speech by George Bush, *then* governor of Texas", "*then*-President Yeltsin"): history. The
    parser hangs the word on the verb as often as on the role, so it is found by its place: after
    a comma or an article, or opening the sentence, and before a noun or a hyphen ("…, then the
    biggest fine" and "…, then moved on" name no role)."""
    doc = verb.doc
    found = doc_memo(doc, "past_roles")
    if "at" not in found:
        # its words sought in the Doc's column, not a ``Token`` made of every word of the document
        words = (doc[i] for i in tokens_among(doc, LOWER, _anchoring()["past_roles"]))
        found["at"] = [t.i for t in words if (t.is_sent_start or doc[t.i - 1].lower_ in (
            ",", "the", "a")) and (t.i + 1 < len(doc) and doc[t.i + 1].text == "-" or _role_after(t))]
    return any(verb.left_edge.i <= i <= verb.right_edge.i for i in found["at"])


def _role_after(then: Token) -> Token | None:
    """The noun of a role right after ``then``, or after its article ("then a senator"), that is
    no subject ("…, then the rebels attacked" goes on with the story)."""
    doc = then.doc
    at = then.i + 1
    if at < len(doc) and doc[at].lower_ in ("a", "an", "the"):
        at += 1
    if at < len(doc) and doc[at].pos_ in NOUNS and doc[at].dep_ not in ("nsubj", "nsubjpass"):
        return doc[at]
    return None


def at_an_age(verb: Token) -> bool:
    """Whether a verb's own phrase gives the age it happened at (``ages`` of ``anchoring.json``):
    "joined the navy *at 17*", "died *aged 84*", "*at the age of* 84" — a bare number after "at" only
    for a person's act ("He married at 19"; "Shares closed at 95" is a price) — or the stage of a
    life (``life_stages``: "moved to America *as a child*")."""
    words = _anchoring()["ages"]
    stages = _anchoring()["life_stages"]
    for child in children(verb):
        if child.lower_ == "as" and any(o.lemma_.lower() in stages for o in objects_of(child)):
            return True  # "moved to America as a child": an age without its number (``life_stages``)
        if child.lower_ not in words:
            continue
        # the parser may hang the number beside the word: "died aged/acomp 84/npadvmod"
        after = verb.doc[child.i + 1] if child.i + 1 < len(verb.doc) else child
        number = next((t for t in (*child.subtree, after) if t.like_num and t.i > child.i), None)
        if number is None:
            continue
        if child.lower_ != "at" or any(o.lemma_ == "age" for o in objects_of(child)):
            return True
        person = first_child(verb, ("nsubj", "nsubjpass"))
        if number.dep_ == "pobj" and number.head.i == child.i and person is not None and (
                person.ent_type_ == "PERSON" or person.lower_ in ("he", "she")):
            return True
    return False


def the_dead_of_the_story(triggers: list[Trigger], mentions: list) -> set[str]:
    """The actors whose death the story tells with the age they died at ("The poet John Smith has
    died aged 84": an obituary of John Smith; ``deaths`` of ``anchoring.json``)."""
    deaths = _anchoring()["deaths"]
    return {key for trigger in triggers if trigger.token.lemma_.lower() in deaths and at_an_age(trigger.token)
            and trigger.event.factuality in FACTUAL and (key := _actor_key(trigger, mentions)) is not None}


def _life_of(trigger: Trigger, dead: set[str], mentions: list) -> bool:
    """Whether a simple past is a deed or lot of a person whose death the story tells with an age
    (:func:`the_dead_of_the_story`), told by its subject ("He shined shoes at a local army base
    and was tutored privately by WH Auden"): the obituary's life story, not the day of its news. The
    death itself, and what others did to him, stay news ("The prime minister praised him")."""
    verb = trigger.token
    if not dead or tense(verb) != "past" or verb.lemma_.lower() in _anchoring()["deaths"]:
        return False
    subject = first_child(_conjuncts_up(verb)[-1], ("nsubj", "nsubjpass"))
    if subject is None:
        return False
    key = _key_of(next((n for n, m in enumerate(mentions) if m.start <= subject.idx < m.end), None), mentions)
    return key is not None and any(_same_actor(key, other) for other in dead)


def _conjuncts_up(verb: Token) -> list[Token]:
    """``verb`` and the verbs it is coordinated under while it has no subject of its own, the
    last the one whose subject they share ("who grew up in Mississippi and spent summers boating":
    spent, grew)."""
    chain = [verb]
    while chain[-1].dep_ == "conj" and first_child(chain[-1], ("nsubj", "nsubjpass")) is None:
        chain.append(chain[-1].head)
    return chain


def tells_a_life(verb: Token) -> bool:
    """Whether a verb, or a verb it shares its subject with by coordination, tells a part of a
    life: a verb of ``life_history`` ("She grew up there", "who grew up in Mississippi and *spent*
    summers boating in the Gulf"; the participle "born": "Ahmed was born in Benghazi"), a career
    (:func:`_career`: "served as justice minister") or one its own phrase gives an age
    (:func:`at_an_age`: "He married at 19") or a noun of a life (:func:`_of_a_life`: "launched his
    career") — biography, not news; a death with its age is an
    obituary's news."""
    words = _anchoring()
    return any((_phrasal_lemmas(v) | {v.lower_}) & words["life_history"].keys() or _career(v) or _of_a_life(v)
               or at_an_age(v) and v.lemma_.lower() not in words["deaths"] for v in _conjuncts_up(verb))


def _describes_someone_of_a_life(verb: Token) -> bool:
    """Whether a relative clause describes someone in a sentence that tells a part of a life
    (:func:`tells_a_life`, the verb the clause hangs below): "Peck was born in New York, the son of
    a lawyer *who later became a judge*" — the family and the people of a biography, told with it,
    not news of the publication's day."""
    clause = _conjuncts_up(verb)[-1]
    if clause.dep_ != "relcl":
        return False
    main = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return main is not None and tells_a_life(main)


def _of_a_life(verb: Token) -> bool:
    """Whether a verb takes a noun of ``life_nouns`` as its object or in a phrase of its own
    ("Huey P. Long launched his political *career*", "spent his *childhood* in Benghazi", "in
    his career he won 20 titles"): a life told, no news of a day."""
    nouns = _anchoring()["life_nouns"]
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns or c.dep_ == "prep" and any(
        o.lemma_.lower() in nouns for o in objects_of(c)) for c in children(verb))


def _career(verb: Token) -> bool:
    """Whether a verb's own phrase tells an office or employment held over a span (``careers`` of
    ``anchoring.json``, a lemma and its preposition): "Jalil *served as* justice minister", "who has
    *worked for* both Shell and BP" — not a duration ("worked for hours", a time's entity label), nor
    a part taken at an occasion ("Qatar served as mediator *at the talks*": ``occasions``, an event noun)."""
    words = _anchoring()
    lemma = verb.lemma_.lower()
    prepositions = [c for c in children(verb) if c.dep_ == "prep"]
    career = next((c for c in prepositions if f"{lemma} {c.lower_}" in words["careers"]
                   and not any(o.ent_type_ in ("DATE", "TIME") for o in objects_of(c))), None)
    # the occasion may hang on the verb or on the office: "mediator/pobj at/prep the talks"
    return career is not None and not any(
        p.dep_ == "prep" and p.lower_ in words["occasions"] and any(o.lemma_.lower() in _event_nouns()
                                                                    for o in objects_of(p))
        for p in (*prepositions, *career.subtree))


def _first_occasion(clause: Token) -> bool:
    """Whether ``clause`` is a "when" clause told as the first time ("When Jobs *first*
    introduced the phone") or as the time a person took an office or role (``office_changes``:
    "When Ken Salazar *became* my Secretary of the Interior": the start of a state that has held
    since, an earlier occasion of a life)."""
    if clause.dep_ != "advcl" or not any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in children(clause)):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _anchoring()["first_occasions"] for c in children(clause)):
        return True
    subject = first_child(clause, ("nsubj",))
    return clause.lemma_.lower() in _anchoring()["office_changes"] and subject is not None and (
        subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she", "i")) and any(
        c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") for c in children(clause))


def _dead(noun: Token) -> bool:
    """Whether a noun names a dead person: a word of ``the_dead`` after a determiner or a
    possessive on a person's name or a relative (``kin_nouns`` of ``entities/actors.json``): "the
    *late* Hafez al-Assad", "his *late* father"; "Hamilton's *late* lap" is late in the race."""
    deps = {c.dep_ for c in children(noun)}
    return bool(deps & {"det", "poss"}) and (noun.ent_type_ == "PERSON" or noun.lower_ in _kin_nouns()) and any(
        c.dep_ == "amod" and c.lower_ in _anchoring()["the_dead"] for c in children(noun))


@cache
def _kin_nouns() -> frozenset[str]:
    return frozenset(load_json("entities/actors.json")["kin_nouns"]["nouns"])


def _dead_owner(noun: Token) -> bool:
    """Whether a noun is the rule or time of a dead person: its "of" phrase or possessor names one
    ("the rule of the late Hafez al-Assad", "his late father's time")."""
    return any(c.dep_ == "poss" and _dead(c) or c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and _dead(o) for o in children(c)) for c in children(noun))


def date_by_publication(doc: Doc, triggers: list[Trigger], times: list[Timex], days: StoryDays,
                        held: set[int]) -> None:
    """Phase 9: a factual event told as news, in a sentence naming no time (``times``:
    :func:`sentence_times`), that is no background, history or opinion, happened on or
    shortly before publication — a simple past the story tells of an actor on or before
    the recent day (:func:`recent_days`) an earlier event of that actor took in its
    own clause (``days``, :func:`story_days`): "Jobs said yesterday that … Jobs also said
    …", "He showed videos"; an actor another sentence dates is another's news ("Shares
    slid on Thursday. … Uhlmann said": the reporter's day). Events the narrative ``held`` in an
    earlier past (:func:`date_by_narrative`) take none, nor do events placed before a happening
    the story tells as past (:func:`_before_a_past_happening`)."""
    opinion = opinion_words()
    reporting = reporting_verbs()
    times_in: dict[int, list[Timex]] = {}  # sentence → its times, in order
    for timex in times:
        times_in.setdefault(timex.sentence, []).append(timex)
    # a quotation's present is its speaker's, at the time of saying, not the publication's
    quoted = {i for first, last in quotations(doc) for i in range(first, last + 1)}
    at_token = {trigger.token.i: trigger for trigger in triggers}
    mentions = doc._.kg_mentions or []
    dead = the_dead_of_the_story(triggers, mentions)
    far = _far_past_sentences(doc, times)
    far_story = _tells_a_far_past(doc, times, far)
    spanned = _spanned_verbs(doc, doc._.kg_timexes or [])  # "withdrew *in recent years*": a time of its own
    for number, trigger in enumerate(triggers):
        event = trigger.event
        if event.timex is not None or event.date_anchor is not None or trigger.name or event.definite or (
                number in held):
            continue
        step = tense(trigger.token)
        if event.factuality not in FACTUAL or any(
                not _reported_by(trigger.token, t) and not _later_time_of_embedded_clause(doc, trigger.token, t)
                and not (t.value == PRESENT and step in PAST and trigger.token.lemma_.lower() in reporting)
                for t in times_in.get(event.sentence, ())):
            continue
        holds = step == "present" and trigger.token.lemma_.lower() not in reporting  # no report: a state
        if holds and (trigger.token.i in quoted or not describes_the_present(trigger.token)):
            continue  # a habit or general truth: "Aid usually arrives by sea", "All agencies run camps"
        if step not in (*PAST, "progressive", "present") or at_no_one_time(trigger.token) or told_as_a_habit(
                trigger.token):
            continue  # "Apple Corps has twice before sued Apple": several happenings, or some time before
        sentence = sentence_of(trigger.token)
        if _background().search(doc_text(doc)[sentence.start_char : sentence.end_char]) or any(
                t.lemma_.lower() in opinion for t in (trigger.token, *trigger.token.ancestors)):
            continue
        if tells_a_life(trigger.token) or _life_of(trigger, dead, mentions) or _describes_someone_of_a_life(
                trigger.token):
            continue  # "She grew up there", "He married at 19": biography, not news
        if _before_a_past_happening(trigger.token, at_token) or recalls_the_past(trigger.token):
            continue  # "Before the conflict, it pumped half a million barrels a day": history
        if _done_by_a_known_happening(trigger.token, at_token) or step == "past" and _describes_a_thing(trigger.token):
            continue  # "the explosion which killed 11 men", "the way BP replaced drilling mud": the thing's past
        if _describes_a_person(trigger.token) or _told_in_a_work(trigger.token) or _begins_the_story(trigger.token):
            continue  # "a correspondent who has interviewed bin Laden", "writes Kohl in his book": no day's news
        if _founds_a_named_body(trigger.token) or _made_a_work(trigger.token) or _an_aside(trigger.token):
            continue  # "The Badr Brigade was set up in Iran", "dedicated The Constant Gardener to her": their own time
        if _deed_charged(trigger.token):
            continue  # "Prosecutors say he gave Jackson a lethal dose": the case's time
        if step == "past" and trigger.token.lemma_.lower() not in reporting and trigger.token.i not in spanned and (
                far_story or _beside_a_far_past(trigger.token, event.sentence, far)):
            continue  # "Over 6 million Jews died. The war ended in 1945": the paragraph's or the story's history
        day = days.day_of(number)
        if day is not None:
            _anchor(trigger, day, "story", ON_OR_BEFORE)
        else:
            _anchor(trigger, None, "publication", ON_OR_BEFORE if step in PAST else INCLUDES if holds else INCLUDED_IN)
