"""Event resolution: event mentions of the corpus in, merged :class:`TimelineEvent` records out.

``resolve_events(extractions, assignment, labels)`` keeps the event mentions of
any type (political, domain or generic) with at least one resolved actor or
recipient, or a name — but no untyped state, attitude or perception ("BP
wanted") nor untyped verb in the present ("Ukraine defines victory as …") nor
statement that says neither what nor to whom ("Mr Bush said yesterday."), nor unnamed
event whose sentence gives no title (no subject or phrase the parse can say) —
(with ``all_events``, every event mention), dates them and merges the
mentions of one event across documents into one record listing every source:

- **named events** ("the Budapest Memorandum", "the 1994 Budapest Memorandum on
  Security Assurances") merge on their name — a shorter name joins the longer
  one it begins when that is unambiguous — and an undated mention takes the
  date of a dated one;
- **other dated events** merge when they have the same type and predicate,
  compatible dates (one contains the other: 2022 and February 2022), share an
  actor or recipient (or, for a happening that happens once between the same parties,
  one names who did it and the other to whom: "Russia invaded", "the invasion of
  Ukraine") and do not contradict each other's actors or recipients;
- an undated definite description of an event that happens once between the
  same parties ("the invasion", "Russia's invasion"; ``once`` in the lexicon)
  joins the dated event of the same type and predicate, with no other actors or
  recipients, when there is exactly one; other undated, unnamed mentions stay
  apart;
- **verbatim copies** of one sentence on several pages (a background paragraph, a
  related-story teaser, an infographic box), mentions with the same trigger at the same
  place of the same words and the same kind, then join whatever clusters the above made
  (:func:`_join_repeats`) — when their publications date them or nothing does: the
  publication windows need not overlap, and :func:`_best_date` dates the event by the
  earliest publication. A sentence whose own time expressions resolve to different
  values ("on Friday" in different weeks) or that a time outside it dates differently
  stays apart, as does a short one (``verbatim_repeat_min_words``). A sentence copied on
  a quarter of the corpus's pages or more (``page_furniture``: a teaser the site shows
  beside every article) is furniture, not news, and makes no event.

A merged event is dated by its best-supported mention (:func:`_best_date`: a time of its
clause first, the publication last). For an entity's timeline of mentions
(:func:`mention_dates`, what ``kg eval timelines`` scores), a mention only the publication,
the story's day or a narrative time dates takes the date that the time expressions of its
coreferent verbs agree on (:func:`coreferent_dates`, anchor kind ``event``).

Asserted and reported mentions merge with each other, never with proposals,
predictions or denials. An event dated after its article was published is a
prediction (``future``) whatever its grammar. Everything is sorted by document
id and offset first, so the result does not depend on the input order.

A dated mention joins the first cluster (in the order they were made) all of whose
members it agrees with. The work stays linear in the number of mentions: clusters
are looked up by what must match (kind, calendar cell of the date, a party), and a
cluster is checked against its distinct date spans and distinct parties, not
against each member — the same decision, since agreeing with every member only
depends on those. Verbatim copies join afterwards through one dictionary keyed by the
sentence's words and the trigger's place in them.
"""
from __future__ import annotations

import calendar
import datetime
import hashlib
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, partial
from itertools import combinations, groupby, pairwise

from kg.extract.events.headlines import fill_title, happening_types, past_tense
from kg.extract.events.participants import ANAPHORIC
from kg.extract.events.senses import enters_untyped
from kg.extract.timex_calendar import Period
from kg.extract.timex_normalise import last_day
from kg.records import ANCHOR_KINDS, FACTUAL, ActorRef, DocumentExtraction, EventDate, EventMention, SourceRef, TimelineEvent, Timex
from kg.resources import load_json

ROLE_ORDER = {"actor": 0, "recipient": 1, "participant": 2}
ANCHOR_RANK = {"clause": 0, "sentence": 1, "report": 2, "event": 2, "narrative": 3, "story": 3, "publication": 4}
GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, "decade": 5}


def date_record(timex: Timex | None, event: EventMention | None = None,
                published: str | None = None) -> EventDate | None:
    """The date of a timeline event: its temporal expression's, or for an event dated
    by its publication (``date_anchor="publication"``) the publication day or month;
    the event's anchor kind and relation go with it. An activity begun by an open
    "since" time (``BEGUN_BY``: "has been fighting cancer since 2004") is dated by that
    time's own span (2004); a factual event told in the past or present perfect inside a
    time that runs past publication happened by then ("has filed a lawsuit this week":
    the week up to the publication day)."""
    reason = event.date_anchor if event is not None else None
    relation = (event.relation if event is not None else None) or "INCLUDED_IN"
    if reason == "publication":
        days = publication_days(published)
        if days is None:
            return None
        granularity = "day" if len(published) == 10 else "month"
        return EventDate(published, days[0], days[1], granularity, "", "publication", "publication", relation)
    if timex is None or timex.type not in ("DATE", "TIME") or timex.start_date is None:
        return None
    value, granularity, end = timex.value, timex.granularity, timex.end_date
    if timex.type == "TIME":  # an event is placed on the day: "Tuesday night" is that Tuesday
        value, granularity = timex.start_date, "day"
    if relation == "BEGUN_BY" and end is None:
        end = Period.containing(granularity, datetime.date.fromisoformat(timex.start_date)).last().isoformat()
    days = publication_days(published)
    if (end is not None and days is not None and event is not None and end > days[1] >= timex.start_date
            and _told_as_happened(event)):
        end = days[1]
    return EventDate(value, timex.start_date, end, granularity, timex.text,
                     "narrative" if reason == "narrative" else timex.anchor,
                     ANCHOR_KINDS.get(reason or "", "timex"), relation)


def _told_as_happened(event: EventMention) -> bool:
    """Whether a verb is told as a factual happening: a simple past or a perfect ("has
    filed"), not a noun, a progressive going on or a plan."""
    return event.factuality in FACTUAL and (event.tense == "PAST" or event.aspect == "PERFECTIVE")


def publication_days(published: str | None) -> tuple[str, str] | None:
    """The first and last ISO day of a publication date (``YYYY-MM-DD`` or ``YYYY-MM``).

    >>> publication_days("2011-02"), publication_days("2011-06-07")
    (('2011-02-01', '2011-02-28'), ('2011-06-07', '2011-06-07'))
    """
    if not published or not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", published):
        return None
    if len(published) == 10:
        return published, published
    year, month = map(int, published.split("-"))
    return f"{published}-01", f"{published}-{calendar.monthrange(year, month)[1]:02d}"


def stable_id(*parts: str) -> str:
    """A short id that depends only on ``parts``.

    >>> stable_id("ASSAULT", "2022-02")
    'ev-d3edc47cc84c'
    """
    return "ev-" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def name_key(name: str) -> str:
    """The form names are compared in.

    >>> name_key("the Minsk agreements")
    'minsk agreement'
    """
    words = re.findall(r"\w+", name.casefold())
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]
    while words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def canonical_names(keys: set[str]) -> dict[str, str]:
    """Each name key → the key of the event it names: a name that begins exactly one
    chain of longer names ("budapest memorandum" → "budapest memorandum on security
    assurance") joins the longest of them."""
    ordered = sorted(keys)
    result = {}
    for key in keys:
        # the keys that begin with "key " follow one another in sorted order
        first = bisect_left(ordered, key + " ")
        longer = ordered[first : bisect_left(ordered, key + "!", first)]
        chain = all(b.startswith(a + " ") for a, b in zip(sorted(longer, key=len), sorted(longer, key=len)[1:], strict=False))
        result[key] = max(longer, key=len) if longer and chain else key
    return result


# first and last ISO day of a date (no last day: an open interval), and "window" for a publication window
Span = tuple[str, ...]
GENERIC_TYPE = "OCCURRENCE"
_LEXICON = load_json("event_coreference.json")
_HAPPENING = {word: name for name, group in _LEXICON["happenings"].items() for word in group["words"]}
_OBJECT = {word: name for name, words in _LEXICON["objects"].items() for word in words}
_QUANTITIES = frozenset(_LEXICON["quantities"])
_FUNCTION_WORDS = frozenset(_LEXICON["function_words"])
_RECIPROCAL = frozenset({"actor", "recipient"})


@dataclass(frozen=True)
class _Parties:
    """Who a mention names, in the form merging compares."""

    actors: frozenset[str]
    recipients: frozenset[str]
    everyone: frozenset[str]
    roles: frozenset[str]

    @classmethod
    def of(cls, refs: list[ActorRef]) -> _Parties:
        return cls(frozenset(x.id for x in refs if x.role == "actor"),
                   frozenset(x.id for x in refs if x.role == "recipient"),
                   frozenset(x.id for x in refs), frozenset(x.role for x in refs))

    def conflict(self, other: _Parties) -> bool:
        """Both name actors (or both recipients) and none in common."""
        return any(mine and theirs and not mine & theirs
                   for mine, theirs in ((self.actors, other.actors), (self.recipients, other.recipients)))

    def agree(self, other: _Parties, once: bool) -> bool:
        """No conflict, and a party in common or, for a happening that happens ``once`` between
        the same parties, complementary roles: one says who did it, the other to whom ("Putin's
        decision to invade in 2022", "the invasion of Ukraine in February 2022"). Of other
        happenings such halves are mostly different events ("BP's credit rating was cut",
        "Washington cut corners")."""
        if self.conflict(other):
            return False
        return bool(self.everyone & other.everyone) or once and (
            self.roles.isdisjoint(other.roles) and self.roles | other.roles <= _RECIPROCAL)

    def complements(self) -> list[frozenset[str]]:
        """The role sets of the parties this one complements."""
        if not self.roles <= _RECIPROCAL:
            return []
        free = sorted(_RECIPROCAL - self.roles)
        return [frozenset(c) for n in range(len(free) + 1) for c in combinations(free, n)]


@dataclass
class _Member:
    extraction: DocumentExtraction
    event: EventMention
    actors: list[ActorRef]
    date: EventDate | None
    factuality: str
    speaker: str | None
    medium: str | None = None  # the outlet it was said to or reported by
    title: str = ""  # the title from the parse, its entities named (kg.extract.events.headlines)
    speaker_id: str | None = None  # the speaker's entity, when a name says who spoke (:func:`_speaker_entity`)
    speaker_about: frozenset[str] = frozenset()  # the actors and recipients the speaker names (not "he", "it")

    @property
    def order(self) -> tuple:
        return (self.extraction.document.id, self.event.start)

    @cached_property
    def parties(self) -> _Parties:
        return _Parties.of(self.actors)

    @cached_property
    def kind(self) -> tuple[str, str]:
        """What merged mentions all share: the happening their words name and the factuality group."""
        return (happening(self.event), _group(self.factuality))

    @cached_property
    def object(self) -> str | None:
        return object_key(self.event)

    @property
    def vague(self) -> bool:
        """Untyped, in no happening group and saying nothing of what was done: "BP took", "BP was given"."""
        return self.event.type == GENERIC_TYPE and not self.object and self.kind[0] not in _LEXICON["happenings"]

    @property
    def statement(self) -> bool:
        """A reporting event: each one an article tells is another statement."""
        return self.event.tml_class == "REPORTING" or self.event.type == "STATEMENT"

    @cached_property
    def said(self) -> frozenset[str]:
        """For a statement, the content words of what was said and the parties other than the
        speakers it is about (see :func:`_same_saying`)."""
        if not self.statement:
            return frozenset()
        words = {w for w in _words(self.event.complement) if len(w) >= 5 and w not in _FUNCTION_WORDS}
        return frozenset(words | (self.parties.everyone - self.parties.actors))

    @cached_property
    def span(self) -> Span | None:
        """The days the event may fall on: its date's; for one told in the past and dated by
        publication, the days from :data:`publication_window_days` before publication to it.
        Only for an event that says what was done (an object), and such a window only matches
        mentions with that object (:meth:`_Cluster.admits`): "Obama was criticised" or "BP
        hired" a few days apart are no evidence of one event. Not for statements: a speaker
        says many things in a week. None for a state that holds through its date ("It comes in
        two colors", ``INCLUDES`` the publication): it may hold on any days around it."""
        if self.date is None or self.date.of_a_state:
            return None
        if (self.date.anchor == "publication" and self.date.relation == "ON_OR_BEFORE" and self.date.end
                and not self.statement and self.object):
            first = datetime.date.fromisoformat(self.date.start) - datetime.timedelta(days=_LEXICON["publication_window_days"])
            return (first.isoformat(), self.date.end, "window")
        return (self.date.start, self.date.end)


@dataclass
class _Cluster:
    """Merged mentions, summarised by what a newcomer must agree with: the distinct date
    spans, parties, objects and specific types of the members and the documents whose
    statements it holds, which is all that comparing the newcomer with every member
    would look at."""

    members: list[_Member] = field(default_factory=list)
    name: str | None = None
    spans: set[Span] = field(default_factory=set)
    parties: set[_Parties] = field(default_factory=set)
    objects: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    statement_documents: set[str] = field(default_factory=set)
    sayings: set[frozenset[str]] = field(default_factory=set)
    objectless: bool = False  # a member says nothing of what was done
    vague: bool = False  # a member is vague (_Member.vague)

    def add(self, member: _Member) -> None:
        self.members.append(member)
        if member.span:
            self.spans.add(member.span)
        self.parties.add(member.parties)
        if member.object:
            self.objects.add(member.object)
        else:
            self.objectless = True
            self.vague |= member.vague
        if member.event.type != GENERIC_TYPE:
            self.types.add(member.event.type)
        if member.statement:
            self.statement_documents.add(member.extraction.document.id)
            self.sayings.add(member.said)

    @property
    def windowed(self) -> bool:
        """Whether a member is dated by a publication window (and so matches only its object)."""
        return any(span[2:] == ("window",) for span in self.spans)

    @property
    def lead(self) -> _Member:
        """The first dated member (the first one when none is dated): where the cluster is filed."""
        return next((m for m in self.members if m.span), self.members[0])

    def admits(self, other: _Cluster, same_document: bool = False) -> bool:
        """Whether every member of ``other`` (same kind) agrees with every member: dates that
        may be the same days, parties that agree, one object, one specific type, and no two
        statements of one article nor two that say different things. In one document parties
        need only not contradict each other, and objects are not compared: an article names
        what it reports on in many ways ("the first Dreamliner", "the airplane"). Across
        documents a vague event ("BP took", "BP was given") is no evidence of any particular
        event and merges with nothing."""
        if len(self.types | other.types) > 1 or (not same_document and len(self.objects | other.objects) > 1):
            return False
        if self.statement_documents & other.statement_documents:
            return False
        if not same_document and ((self.windowed and other.objectless) or (other.windowed and self.objectless)):
            return False
        if not all(_same_saying(a, b) for a in other.sayings for b in self.sayings):
            return False
        if not all(_compatible(a, b) for a in other.spans for b in self.spans):
            return False
        if same_document:
            return not any(a.conflict(b) for a in other.parties for b in self.parties)
        once = self.lead.kind[0] in _once_happenings()
        return not (self.vague or other.vague) and all(a.agree(b, once) for a in other.parties for b in self.parties)


def _same_saying(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two statements may be one: what they say, or what or whom they are about,
    has something in common ("Apple announced the iPhone", "Apple's announcement of the
    iPhone"); a bare "Hayward said" is no evidence of any particular statement."""
    return bool(a & b)


@cache
def _noun_verbs() -> dict[str, str]:
    """Each event noun of the political lexicon whose headline is one verb → that verb's lemma
    ("invasion" → "invade"): the noun and the verb name one happening."""
    lexicon = load_json("events.json")
    lemma_of = {past_tense(lemma, entry): lemma for lemma, entry in lexicon["verbs"].items()}
    return {noun: lemma_of[entry["headline"]] for noun, entry in lexicon["nouns"].items()
            if entry.get("headline") in lemma_of}


def happening(event: EventMention) -> str:
    """The happening an event's words name: its lemma, with the predicate's particle
    ("set up"), or the verb of an event noun ("invasion" → "invade"), or the group of
    :data:`event_coreference.json` that holds that.

    >>> happening(EventMention(0, 6, "bought", "buy", "ECONOMY", "", 0, predicate="bought"))
    'acquire'
    """
    words = event.predicate.split()
    word = event.lemma.casefold()
    if len(words) > 1 and words[1] in _LEXICON["particles"]:
        word = f"{word} {words[1]}"
    return _happening_of(word)


def _happening_of(word: str) -> str:
    if word not in _HAPPENING:
        word = _noun_verbs().get(word, word)
    return _HAPPENING.get(word, word)


@cache
def _once_happenings() -> frozenset[str]:
    """The happenings of the event nouns that happen once between the same parties
    (``once`` in the lexicon: "invasion" → "invade")."""
    return frozenset(_happening_of(noun) for noun, entry in load_json("events.json")["nouns"].items() if entry.get("once"))


# what ends an object's head: a preposition or clause ("a fund *for* victims"); "of" only
# after a quantity ("thousands *of* claims" is about claims, so "of" is read through)
_OBJECT_END = re.compile(r"\b(?:for|to|in|into|on|at|with|from|by|over|after|that|which|who|and|as)\b.*")
_OF = re.compile(r"^(.*?)\bof\b(.*)$")


def _words(text: str) -> set[str]:
    """The words of ``text`` other than articles and numbers."""
    return {w for w in re.findall(r"[a-z]+", text.casefold()) if w not in ("a", "an", "the")}


def object_key(event: EventMention) -> str | None:
    """What an event was done to, as the last word (or last two) of its object before any
    preposition, singular, or the group of :data:`event_coreference.json` that holds it
    ("a $20bn compensation fund" → "fund"); for a complement that begins with "to", its
    first word ("forced to apologise" → "to apologise": another thing than "forced to
    recall cars"); none for statements, whose complement is what was said, and none for a
    complement that names a happening ("held a meeting with", "agreed a deal").

    >>> object_key(EventMention(0, 3, "set", "set", "OCCURRENCE", "", 0, predicate="set up", complement="an escrow account for claims"))
    'fund'
    """
    if event.tml_class == "REPORTING" or event.type == "STATEMENT":
        return None
    complement = event.complement.casefold()
    if embedded := re.match(r"to ([a-z]+)", complement):
        return embedded.group(0)
    phrase = _OBJECT_END.sub("", complement)
    if (of := _OF.match(phrase)) and _words(of.group(1)) <= _QUANTITIES:
        phrase = of.group(2)  # "thousands of claims", "a series of tests"
    elif of:
        phrase = of.group(1)  # "the value of the contract"
    words = [w for w in re.findall(r"[^\s]+", phrase) if w.isalpha()]
    if not words:
        return None
    last = words[-1][:-1] if len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss") else words[-1]
    if last in _HAPPENING or words[-1] in _HAPPENING:
        return None  # the event itself, carried by a light verb: "held *a meeting* with", "agreed *a deal*"
    return _OBJECT.get(" ".join(words[-2:])) or _OBJECT.get(last) or last


def _group(factuality: str) -> str:
    return "factual" if factuality in FACTUAL else factuality


def _contains(a: Span, b: Span) -> bool:
    """Whether span ``a`` spans ``b``. An open interval ("since 2006", "until 2015")
    dates the onset or the close of something, so it only matches one with the same
    bounds: "since 2006" and "since 2022" are two different things."""
    if None in (*a, *b):
        return a == b
    return a[0] <= b[0] and b[1] <= a[1]


def _nested(a: Span, b: Span) -> bool:
    return _contains(a, b) or _contains(b, a)


def _compatible(a: Span, b: Span) -> bool:
    """Whether two spans may date one event: nested, or overlapping when one is a
    publication window (any of its days may be the event's)."""
    if "window" in (a[2:] + b[2:]):
        return a[0] <= b[1] and b[0] <= a[1] if None not in (a[1], b[1]) else False
    return _nested(a, b)


def _cell(span: Span) -> tuple[str, ...]:
    """The finest calendar unit holding a closed span, as its (year, month, day) prefix:
    ``("2019", "03")`` for March 2019 or any day of it, ``()`` for one that crosses a year.
    Of two nested spans, the outer one's cell is the inner one's or one of its prefixes."""
    cell: list[str] = []
    for first, last in zip(span[0].split("-"), span[1].split("-"), strict=False):
        if first != last:
            break
        cell.append(first)
    return tuple(cell)


class _DatedIndex:
    """Dated clusters by blocking keys, so that a mention is compared only with the clusters
    whose first member it could agree with: same kind; a date span that may nest with
    the first member's (same open span, or calendar cells one inside the other); a party
    in common or complementary roles."""

    def __init__(self):
        self.clusters: list[_Cluster] = []
        self._keys: dict[tuple, list[int]] = defaultdict(list)

    @staticmethod
    def _filed(member: _Member) -> list[tuple]:
        """Where a cluster's first member files it: at its date's cell and inside each cell
        around it (or at its open span), under each of its parties and its set of roles."""
        span, parties = member.span, member.parties
        if span[1] is None:
            places = [("open", span)]
        else:
            cell = _cell(span)
            places = [("at", cell)] + [("under", cell[:n]) for n in range(len(cell))]
        who = [("id", x) for x in parties.everyone] + [("roles", parties.roles)]
        kind = member.kind
        return [(kind, place, party) for place in places for party in who]

    @staticmethod
    def _looked_up(member: _Member) -> list[tuple]:
        """Where a newcomer looks: at its date's cell and each cell around it, and inside
        its cell (or at its open span), under each of its parties and each set of roles
        it complements."""
        span, parties = member.span, member.parties
        if span[1] is None:
            places = [("open", span)]
        else:
            cell = _cell(span)
            places = [("at", cell[:n]) for n in range(len(cell) + 1)] + [("under", cell)]
        who = [("id", x) for x in parties.everyone] + [("roles", r) for r in parties.complements()]
        kind = member.kind
        return [(kind, place, party) for place in places for party in who]

    def place(self, group: _Cluster) -> _Cluster | None:
        """One document's mentions of one event into the first cluster made that admits them
        all, else into a new one, which is returned. Candidates are found from the group's
        lead: a cluster that admits the group agrees with it, so with its own first member."""
        candidates = sorted({i for key in self._looked_up(group.lead) for i in self._keys.get(key, ())})
        for i in candidates:
            if self.clusters[i].admits(group):
                for member in group.members:
                    self.clusters[i].add(member)
                return None
        for key in self._filed(group.lead):
            self._keys[key].append(len(self.clusters))
        self.clusters.append(group)
        return group


def _best_date(members: list[_Member]) -> EventDate | None:
    dated = [m for m in members if m.date is not None]
    if not dated:
        return None
    best = min(dated, key=lambda m: (ANCHOR_RANK.get(m.event.date_anchor or "", 5),
                                     GRANULARITY_RANK.get(m.date.granularity, 6), m.date.start, m.order))
    return best.date


#: the anchor of a date a mention's own text gives: a time expression of its clause (a time elsewhere
#: in its sentence may be another event's: "up until the early 19th century, the US occupied Haiti")
TIMEX_ANCHORS = frozenset({"clause"})
#: the anchors a coreferent mention's date may refine: dates the mention's own text does not give
COARSE_ANCHORS = frozenset({"publication", "story", "narrative"})
#: relations that say when the event itself happened, not before or after it
WITHIN = frozenset({"INCLUDED_IN", "SIMULTANEOUS"})


def _said_date(member: _Member) -> EventDate | None:
    """The date a factual verb's own clause names, if it says the event
    happened within it ("unveiled iPhone 4 on Monday"): evidence another mention of the
    same event can take. Not a noun's: its clause is another event's ("Haiti earthquake:
    Your stories Wednesday 13 January", "aid for the earthquake's victims arrived on
    Wednesday")."""
    date = member.date
    if (date is None or member.factuality not in FACTUAL or member.event.date_anchor not in TIMEX_ANCHORS
            or member.event.tense == "NONE"
            or date.relation not in WITHIN or date.end is None):
        return None
    return date


def _agreed_date(members: list[_Member]) -> EventDate | None:
    """The finest date the timex-dated mentions of one event all agree on (each one's days
    inside the next: "June 2010", "7 June 2010"), None when there is none or two
    conflict ("7 June", "9 June": a wrong merge, or two events)."""
    said = sorted((d for d in map(_said_date, members) if d is not None),
                  key=lambda d: (d.last_day - d.first_day, d.start))
    if not said or not all(_contains((b.start, b.end), (a.start, a.end)) for a, b in pairwise(said)):
        return None
    return said[0]


def _refines(date: EventDate | None, finer: EventDate) -> bool:
    """Whether ``finer`` may be when an event ``date`` places only coarsely happened: a
    date the mention's text does not give (the publication, the story's day, a narrative
    time) whose days hold it — on or before the publication, within a narrative month.
    Not an undated mention: dating left it so for a reason the merge does not outweigh
    (a past perfect, a generic "have conducted 13,184 sorties since March 31", a noun
    of another time), and an article that tells a happening again often tells another
    one ("killed in a U.S. air strike in 1986" beside "were killed in a NATO air strike")."""
    if date is None or date.anchor_kind == "timex" or date.relation not in (*WITHIN, "ON_OR_BEFORE") or date.end is None:
        return False
    first = date.start if date.relation in WITHIN else "0000-00-00"
    return first <= finer.start and finer.end <= date.end and (date.start, date.end) != (finer.start, finer.end)


def _told_before(member: _Member, date: EventDate) -> bool:
    """Whether a factual mention was published before ``date`` began: an article cannot
    report what has not happened yet, so the date, or the merge, is wrong."""
    published = member.extraction.document.published
    return bool(member.factuality in FACTUAL and published and published < date.start[: len(published)])


def coreferent_dates(members: list[_Member]) -> dict[int, EventDate]:
    """The dates the mentions of one merged event take from each other, by ``id`` of the
    mention: a factual mention dated only by its publication, its story's day or a
    narrative time takes the date its coreferent verbs' own time expressions agree on,
    when that date lies within its own, with anchor kind ``event`` — the same happening
    ("BP set up a $20bn compensation fund", published on 19 June, merged with another
    article's "On 16 June, BP set up a $20bn compensation fund", is of 16 June). Nothing
    is taken from a publication, a narrative time or an event (only what a text says of
    the event itself), from dates that conflict or that an article published before them
    contradicts, nor by a mention with another object than the givers' (one article's
    mentions merge whatever their objects: "Honors made headlines in early January", "his
    side of the story has been made public"), a negated, hypothetical or future mention,
    an undated one, a state, or one placed before or after its date."""
    agreed = _agreed_date(members)
    if agreed is None or any(_told_before(m, agreed) for m in members):
        return {}
    objects = {m.object for m in members if _said_date(m) is not None}
    return {id(m): replace(agreed, anchor_kind="event") for m in members
            if m.factuality in FACTUAL and m.event.date_anchor in COARSE_ANCHORS and _refines(m.date, agreed)
            and m.object in objects}


def _after_publication(date: EventDate | None, published: str | None) -> bool:
    return bool(date and published and date.start[: len(published)] > published)


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


_PREPOSITION_END = re.compile(r"\s+(?:with|to|on|against|for|from)$")
# a title is at most this long with the complement; longer, it goes without
MAX_TITLE_WORDS = 12


def headline(actors: list[ActorRef], predicate: str, trigger: str, name: str | None, kind_symmetric: bool,
             nominal: bool = False, complement: str = "", happening: bool = False) -> str:
    """A headline for an event: "Russia invaded Ukraine", "Ukraine and Russia signed
    Treaty of Friendship", "Crimea was annexed", "BP agreed to set up a $20bn
    compensation fund" (the ``complement`` of the predicate, when the title stays
    within :data:`MAX_TITLE_WORDS` words); a named ``happening`` with no actor "Exxon Valdez spill
    took place", which a bare name would not say.

    >>> headline([ActorRef("a", "Russia", "actor"), ActorRef("b", "Ukraine", "recipient")], "invaded", "invasion", None, False)
    'Russia invaded Ukraine'
    """
    doers = [a.name for a in actors if a.role == "actor"]
    objects = [a.name for a in actors if a.role == "recipient"]
    others = [a.name for a in actors if a.role == "participant"]
    if not doers and kind_symmetric:
        doers, others = others, []
    predicate = predicate or trigger
    if name:
        if doers and predicate == "signed":
            return f"{_join(doers)} signed {name}"
        if doers + objects:
            return f"{name} ({_join(doers + objects)})"
        return f"{name} took place" if happening else name
    if nominal and predicate == "signed":
        predicate = f"signed {trigger} with"
    if doers:
        words = [_join(doers), predicate if objects else _PREPOSITION_END.sub("", predicate)]
        if objects:
            words.append(_join(objects))
        return _with_complement(" ".join(words), complement)
    noun = f"{trigger[:1].upper()}{trigger[1:]}"
    if objects:
        verb = "were" if len(objects) > 1 else "was"
        if not nominal and " " not in predicate and predicate.endswith("ed"):
            return _with_complement(f"{_join(objects)} {verb} {predicate}", complement)
        return f"{noun} of {_join(objects)}" if nominal else f"{noun} ({_join(objects)})"
    return f"{noun} ({_join(others)})" if others else noun


def _with_complement(title: str, complement: str) -> str:
    """``title`` and the predicate's complement, if the two stay short."""
    if complement and len(title.split()) + len(complement.split()) <= MAX_TITLE_WORDS:
        return f"{title} {complement}"
    return title


def said_nothing(event: EventMention, roles: list[str]) -> bool:
    """A statement whose sentence holds neither what was said nor to whom ("Mr Bush said
    yesterday.", '… and I'm an introvert," says Keys.' with the quotation in another
    sentence): a timeline could only title it "X said"."""
    return event.type == "STATEMENT" and event.tense != "NONE" and not event.complement and "recipient" not in roles


def _members(extractions, assignment, labels, all_events: bool = False) -> list[_Member]:
    symmetric = set(load_json("events.json")["symmetric_types"])
    members = []
    # a live blog's entries run on past its publication day: what they date then is no future
    last_days = {x.document.id: last_day(x.document.published, x.document.text) for x in extractions}
    for extraction in sorted(extractions, key=lambda x: x.document.id):
        doc_id = extraction.document.id
        for event in extraction.events:
            actors: dict[str, ActorRef] = {}
            for participant in sorted(event.participants, key=lambda p: ROLE_ORDER.get(p.role, 9)):
                ident = assignment.get((doc_id, participant.mention))
                if ident and ident not in actors:
                    actors[ident] = ActorRef(ident, labels[ident], participant.role)
            roles = [a.role for a in actors.values()]
            # inclusion rule (detect): an event of any type enters with a resolved actor
            # or recipient, or a name, except an untyped state or attitude ("BP wanted")
            # or a verb of state the tagger took for an occurrence ("they lived near Llandrindod Wells",
            # a feeling: "Fisk felt oddly sad", what one stands for: "she embodied it")
            # or an untyped verb in the present ("Ukraine defines victory as …");
            # all_events keeps every mention, for analysis
            if not all_events and not event.name and not ({"actor", "recipient"} & set(roles) or (
                    event.type in symmetric and len(roles) > 1)):
                continue
            if not all_events and event.type == "OCCURRENCE" and not enters_untyped(
                    event.tml_class, event.lemma, event.tense, event.aspect):
                continue
            if not all_events and said_nothing(event, roles):
                continue
            timex = extraction.timexes[event.timex] if event.timex is not None else None
            date = date_record(timex, event, extraction.document.published)
            factuality = event.factuality
            if factuality in FACTUAL and _after_publication(date, last_days[doc_id]):
                factuality = "future"
            speaker = _name_of(event.speaker, extraction, doc_id, assignment, labels)
            title = fill_title(event.title, partial(_name_of, extraction=extraction, doc_id=doc_id,
                                                    assignment=assignment, labels=labels, written=False))
            if not all_events and not title and not event.name and event.tense != "NONE":
                continue  # its sentence gives no title ("Put (London)", "we saved his life"): nothing to show
            # an untitled noun ("since Russia's invasion") stays to join the event it names; alone it is left out
            if title and speaker and factuality == "reported" and event.tense != "NONE" and not title.startswith(speaker):
                title = f"{speaker}: {title}"  # a clause, who said so: "Jim Hackett: BP's actions amounted to …"
            speaker_id = _speaker_entity(event, extraction, doc_id, assignment)
            members.append(_Member(extraction, event, list(actors.values()), date, factuality, speaker,
                                   _name_of(event.medium, extraction, doc_id, assignment, labels), title,
                                   speaker_id, _named_parties(event, extraction, doc_id, assignment) if speaker_id else frozenset()))
    members.sort(key=lambda m: m.order)
    return members


def _name_of(mention: int | None, extraction: DocumentExtraction, doc_id: str,
             assignment: dict[tuple[str, int], str], labels: dict[str, str], written: bool = True) -> str | None:
    """The entity name of a speaker or medium mention, else its text (``written``) or ``None``."""
    if mention is None:
        return None
    ident = assignment.get((doc_id, mention))
    if ident:
        return labels[ident]
    return extraction.mentions[mention].text if written else None


def _speaker_entity(event: EventMention, extraction: DocumentExtraction, doc_id: str,
                    assignment: dict[tuple[str, int], str]) -> str | None:
    """The entity of who said a reported event, when a name (or a noun standing for a country:
    "the Kremlin", "Russian officials") says so: not a pronoun or a description, whose
    antecedent may be wrong ("he said"), nor the outlet that carried it ("according to Reuters"),
    nor a person the speaker's phrase names as another's ("Gaddafi's son said"). An organisation
    or country named so speaks through its people ("an NTC commander said", "BP's spokesman said")."""
    if event.factuality != "reported" or event.speaker is None or event.speaker == event.medium:
        return None
    mention = extraction.mentions[event.speaker]
    if mention.resolved_from in ANAPHORIC:
        return None
    ident = assignment.get((doc_id, event.speaker))
    text = extraction.document.text
    # entity ids begin with their type; the mention's own label may be wrong ("the son of Gaddafi" as ORG)
    person = mention.label == "PERSON" or (ident or "").startswith("person:")
    if person and (_POSSESSIVE_AFTER.match(text, mention.end) or _OF_BEFORE.search(text, 0, mention.start)):
        return None  # a person named in the speaker's phrase is not who spoke: "Gaddafi's son said", "a lawyer of Saddam Hussein"
    return ident


def _named_parties(event: EventMention, extraction: DocumentExtraction, doc_id: str,
                   assignment: dict[tuple[str, int], str]) -> frozenset[str]:
    """The entities of an event's actors and recipients that its sentence names: not through a
    pronoun or a description, whose antecedent in a reported clause is often not the last name
    ("… found it broke the house rules", "… told BBC News that they ignored …")."""
    return frozenset(
        assignment[(doc_id, p.mention)] for p in event.participants
        if p.role in ("actor", "recipient") and (doc_id, p.mention) in assignment
        and extraction.mentions[p.mention].resolved_from not in ANAPHORIC)


#: a possessive after a name and "of" before it: the name is another's, not the head of its phrase
_POSSESSIVE_AFTER = re.compile(r"\s?['’]s?(?!\w)")
_OF_BEFORE = re.compile(r"\bof\s+(the\s+)?$")


def _cluster(members: list[_Member]) -> list[_Cluster]:
    """The events ``members`` (sorted by document and offset) are mentions of."""
    return _join_repeats(_told_clusters(members))


def _told_clusters(members: list[_Member]) -> list[_Cluster]:
    """Named, dated and undated clusters, before verbatim copies join (:func:`_join_repeats`)."""
    keys = {name_key(m.event.name) for m in members if m.event.name}
    canonical = canonical_names(keys)
    named: dict[str, _Cluster] = {}
    clusters: list[_Cluster] = []
    dated = _DatedIndex()
    for _, document in groupby(members, key=lambda m: m.extraction.document.id):
        unnamed = []
        for member in document:
            if member.event.name:
                key = canonical[name_key(member.event.name)]
                if key not in named:
                    named[key] = _Cluster(name=key)
                    clusters.append(named[key])
                named[key].add(member)
            else:
                unnamed.append(member)
        for group in _document_groups(unnamed):
            if group.lead.span is None:
                clusters.append(group)
            elif made := dated.place(group):
                clusters.append(made)
    undated = [c for c in clusters if c.name is None and c.lead.span is None]
    joined = _join_descriptions(undated, dated.clusters)
    return [c for c in clusters if id(c) not in joined]


#: how an event may stand to its publication for a verbatim repeat of it to be one event
REPEATABLE_RELATIONS = frozenset({"ON_OR_BEFORE", "INCLUDED_IN"})


def _repeat_key(member: _Member, times: tuple[str, ...]) -> tuple:
    """What a verbatim copy of a mention shares with it: its sentence's words (whitespace
    normalised), where the trigger stands in them, its kind (happening and factuality
    group), the values of the time expressions its sentence holds (``times``) and — unless
    the publication dates it or nothing does — its date. "… were left homeless by the
    7.0-magnitude quake" on pages of different days gets one key; "… on Friday" on pages
    of different weeks gets two (the same words name two days), as does a sentence dated by
    a time outside it (the story's day, a narrative time) when those times differ. A
    sentence shorter than ``verbatim_repeat_min_words`` (:data:`event_coreference.json`)
    keys the mention alone: it may be written again of another occasion."""
    extraction, event = member.extraction, member.event
    sentence = extraction.sentences[event.sentence]
    if len(re.findall(r"\w+", sentence.text)) < _LEXICON["verbatim_repeat_min_words"]:
        return (extraction.document.id, event.start)
    before = extraction.document.text[sentence.start:event.start]
    date = member.date
    own = None if date is None or (date.anchor_kind == "publication" and date.relation in REPEATABLE_RELATIONS) \
        else (date.start, date.end, date.relation)
    return (" ".join(sentence.text.split()), len(" ".join((before + "|").split())), event.trigger, member.kind, times, own)


def _join_repeats(clusters: list[_Cluster]) -> list[_Cluster]:
    """Clusters holding verbatim copies of one mention (:func:`_repeat_key`) made one, in the
    first one's place: news sites repeat a background paragraph, a related-story teaser or
    an infographic box on many pages, and each copy tells the same event. Copies dated by
    their publications are dated by the earliest (:func:`_best_date`): what a repeat says
    was true when first printed. Linear: one dictionary lookup per mention."""
    times: dict[tuple[str, int], list[str]] = defaultdict(list)
    for extraction in {id(m.extraction): m.extraction for c in clusters for m in c.members}.values():
        for timex in extraction.timexes:
            times[(extraction.document.id, timex.sentence)].append(timex.value)
    keys = {id(member): _repeat_key(member, tuple(times.get((member.extraction.document.id, member.event.sentence), ())))
            for cluster in clusters for member in cluster.members}
    furniture = _page_furniture(clusters, keys)
    first: dict[tuple, int] = {}
    parent = list(range(len(clusters)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, cluster in enumerate(clusters):
        for member in cluster.members:
            a, b = root(i), root(first.setdefault(keys[id(member)], i))
            if a != b:
                parent[max(a, b)] = min(a, b)  # the earlier cluster stays: its place and name
    joined: dict[int, list[_Cluster]] = defaultdict(list)
    for i, cluster in enumerate(clusters):
        joined[root(i)].append(cluster)
    result = []
    for _, group in sorted(joined.items()):
        kept = group[0]
        if len(group) > 1 or any(keys[id(m)] in furniture for m in kept.members):
            kept = _Cluster(name=next((c.name for c in group if c.name), None))
            for member in sorted((m for c in group for m in c.members), key=lambda m: m.order):
                if keys[id(member)] not in furniture:
                    kept.add(member)
        if kept.members:
            result.append(kept)
    return result


def _page_furniture(clusters: list[_Cluster], keys: dict[int, tuple]) -> set[tuple]:
    """The repeat keys of sentences copied on so many of the corpus's pages that they are the
    site's furniture, not news (``page_furniture``: a related-story teaser beside every article)."""
    rule = _LEXICON["page_furniture"]
    pages: dict[tuple, set[str]] = defaultdict(set)
    corpus: set[str] = set()
    for cluster in clusters:
        for member in cluster.members:
            corpus.add(member.extraction.document.id)
            pages[keys[id(member)]].add(member.extraction.document.id)
    least = max(rule["min_documents"], rule["share"] * len(corpus))
    return {key for key, documents in pages.items() if len(documents) >= least}


def _document_groups(members: list[_Member]) -> list[_Cluster]:
    """One article's mentions of one event: an article that tells a happening again
    ("Airbus won the contract on Monday … Airbus won the contract with Northrop") means the
    same one, unless dates or parties tell them apart. Not for statements (each one an
    article reports is another) nor for what did not happen: "Putin could attack Ukraine
    again", "if he attacks NATO members" are two possibilities. A dated mention joins the
    first group that admits it; an undated one the only dated group that does (none if
    several do), else the first undated one."""
    groups: list[_Cluster] = []
    by_kind: dict[tuple, list[_Cluster]] = defaultdict(list)
    for member in sorted(members, key=lambda m: m.span is None):  # stable: dated first, in text order
        alone = _Cluster()
        alone.add(member)
        alike = not member.statement and member.factuality in FACTUAL
        fits = [g for g in by_kind[member.kind] if g.admits(alone, same_document=True)] if alike else []
        dated = [g for g in fits if g.lead.span]
        if member.span is None and dated:
            fits = dated if len(dated) == 1 else []
        if fits:
            fits[0].add(member)
        else:
            groups.append(alone)
            by_kind[member.kind].append(alone)
    groups.sort(key=lambda g: g.members[0].order)
    return groups


def _join_descriptions(undated: list[_Cluster], dated: list[_Cluster]) -> set[int]:
    """"The invasion", "Russia's invasion": an undated definite description joins the one
    dated cluster it can refer to, if there is exactly one. Returns the ids of the
    clusters that joined. Candidates are looked up by kind and, for each role the
    description names, by the parties the clusters give that role (or lack of any)."""
    by_kind: dict[tuple, list[int]] = defaultdict(list)
    by_party: dict[tuple, set[int]] = defaultdict(set)
    for i, cluster in enumerate(dated):
        kind = cluster.lead.kind
        by_kind[kind].append(i)
        for role in ("actors", "recipients"):
            named = [x for p in cluster.parties for x in getattr(p, role)]
            for x in named or [None]:
                by_party[(kind, role, x)].add(i)
    joined = set()
    for cluster in undated:
        description = cluster.members[0]
        if not description.event.definite or not _once(description):
            continue
        kind, parties = description.kind, description.parties
        found: set[int] | None = None
        for role in ("actors", "recipients"):
            if getattr(parties, role):
                possible = set(by_party.get((kind, role, None), ()))
                possible.update(*(by_party.get((kind, role, x), ()) for x in getattr(parties, role)))
                found = possible if found is None else found & possible
        targets = []
        for i in sorted(found) if found is not None else by_kind.get(kind, ()):
            if not any(mine.conflict(p) for mine in cluster.parties for p in dated[i].parties):
                targets.append(i)
                if len(targets) > 1:
                    break
        if len(targets) == 1:
            for member in cluster.members:
                dated[targets[0]].add(member)
            joined.add(id(cluster))
    return joined


#: a title of fewer words says too little to stand for the others (a noun alone: "Spill")
TYPICAL_TITLE_WORDS = 3


def _typical_title(members: list[_Member]) -> str:
    """The title of ``members`` whose words the others' titles share most (on average), the
    first on a tie: a cross-document event told by 30 headlines and sentences is titled as most
    of them tell it, not as the first, which may be a headline run into its standfirst
    ("Obama, about that BP oil spill just get the job done Outrage and punishment …"). Titles
    of fewer than :data:`TYPICAL_TITLE_WORDS` words only when no other is longer; "" when none
    has a title. Linear in the members' words.

    >>> from types import SimpleNamespace as M
    >>> _typical_title([M(title="Spill got the job done Outrage"), M(title="BP oil spill in the Gulf"),
    ...                 M(title="The BP oil spill reached Florida")])
    'BP oil spill in the Gulf'
    """
    titles = [m.title for m in members if m.title]
    if len(titles) < 3:  # two titles that differ: neither is more typical than the other
        return titles[0] if titles else ""
    words = [set(title.lower().split()) for title in titles]
    shared = Counter(word for title_words in words for word in title_words)
    long_enough = [n for n, title in enumerate(titles) if len(title.split()) >= TYPICAL_TITLE_WORDS] or range(len(titles))
    best = max(long_enough, key=lambda n: (sum(shared[w] - 1 for w in words[n]) / len(words[n]), -n))
    return titles[best]


def _once(description: _Member) -> bool:
    """Whether the event noun names something that happens once between the same
    parties ("invasion"); "Mubarak's speech" is one of many."""
    return bool(load_json("events.json")["nouns"].get(description.event.lemma, {}).get("once"))


def _record(cluster: _Cluster, symmetric: set[str], taken: set[str]) -> TimelineEvent:
    members = cluster.members
    factual = [m for m in members if m.factuality in FACTUAL]
    lead = (factual or members)[0]
    if not lead.title:  # an untitled noun that joined a told event: the first title tells it
        lead = next((m for m in (factual or members) if m.title), lead)
    event = lead.event
    title = _typical_title(factual or members)  # the lead's when fewer than three members have one
    actors: dict[str, ActorRef] = {}
    for member in members:
        for actor in member.actors:
            known = actors.get(actor.id)
            if known is None or ROLE_ORDER.get(actor.role, 9) < ROLE_ORDER.get(known.role, 9):
                actors[actor.id] = ActorRef(actor.id, actor.name, actor.role)
    first_seen = {}
    for member in members:
        for actor in member.actors:
            first_seen.setdefault(actor.id, len(first_seen))
    ordered = sorted(actors.values(), key=lambda a: (ROLE_ORDER.get(a.role, 9), first_seen[a.id]))
    date = _best_date(members)
    sources, seen = [], set()
    for member in members:
        sentence = member.extraction.sentences[member.event.sentence]
        ref = (member.extraction.document.id, sentence.start)
        if ref not in seen:
            seen.add(ref)
            sources.append(SourceRef(ref[0], sentence.text.strip(), sentence.start, sentence.end))
    sources.sort(key=lambda s: (s.doc, s.start))
    longest = max((m.event.name for m in members if m.event.name), key=lambda n: (len(n), n), default=None)
    # a named event whose sentence tells what it did is titled by that ("The April 20 blast killed 11 workers")
    told = _typical_title([m for m in members if m.event.name])
    if cluster.name:
        ident = stable_id("name", cluster.name)
    elif date is not None:
        ident = stable_id(event.type, event.predicate, date.value, *sorted(a.id for a in ordered))
    else:
        ident = stable_id(event.type, lead.extraction.document.id, str(event.start))
    while ident in taken:
        ident = stable_id(ident)
    taken.add(ident)
    factuality = lead.factuality
    if factuality == "reported" and any(m.factuality == "asserted" for m in members):
        factuality = "asserted"
    # who said so: the first member that names a speaker gives the name and the entity together
    telling = next((m for m in members if m.speaker), None) if factuality == "reported" else None
    return TimelineEvent(
        id=ident,
        title=(not longest and title) or told or headline(
            ordered, event.predicate, event.trigger, longest, event.type in symmetric,
            nominal=event.lemma in load_json("events.json")["nouns"] and " " not in event.trigger,
            complement=event.complement, happening=event.type in happening_types()),
        description=sources[0].sentence,
        type=event.type,
        quad_class=event.quad_class,
        trigger=event.lemma,
        factuality=factuality,
        date=date,
        actors=ordered,
        sources=sources,
        name=longest,
        speaker=telling.speaker if telling else None,
        speaker_id=telling.speaker_id if telling else None,
        speaker_about=sorted(telling.speaker_about) if telling else [],
        medium=next((m.medium for m in members if m.medium), None),
    )


def resolve_events(
    extractions: list[DocumentExtraction],
    assignment: dict[tuple[str, int], str],
    labels: dict[str, str],
    all_events: bool = False,
) -> list[TimelineEvent]:
    symmetric = set(load_json("events.json")["symmetric_types"])
    taken: set[str] = set()
    clusters = _cluster(_members(extractions, assignment, labels, all_events))
    # a cluster of untitled nouns only ("H1N1 outbreak") names what happened without telling it
    events = [_record(c, symmetric, taken) for c in clusters
              if all_events or c.name or any(m.title or m.event.name for m in c.members)]
    events.sort(key=_timeline_position)
    for position, event in enumerate(events):
        event.order = position
    return events


def event_clusters(
    extractions: list[DocumentExtraction],
    assignment: dict[tuple[str, int], str],
    labels: dict[str, str],
    all_events: bool = False,
) -> list[list[tuple[str, EventMention, EventDate | None]]]:
    """The mentions each event of :func:`resolve_events` is made of, as (document id,
    mention, its date) triples, in the merge's order: what coreference scoring compares."""
    members = _members(extractions, assignment, labels, all_events)
    return [[(m.extraction.document.id, m.event, m.date) for m in c.members] for c in _cluster(members)]


def mention_dates(
    extractions: list[DocumentExtraction],
    assignment: dict[tuple[str, int], str],
    labels: dict[str, str],
) -> dict[tuple[str, int], EventDate | None]:
    """Every event mention's date by (document id, offset): its own, or the one its
    coreferent mentions agree on (:func:`coreferent_dates`) — what an entity's timeline
    places each mention at."""
    dates = {}
    for cluster in _cluster(_members(extractions, assignment, labels, all_events=True)):
        taken = coreferent_dates(cluster.members)
        for member in cluster.members:
            dates[member.order] = taken.get(id(member), member.date)
    return dates


#: within one date, what happened before it comes first and what happened after it last
RELATION_RANK = {"BEFORE": 0, "ON_OR_BEFORE": 1, "INCLUDED_IN": 2, "SIMULTANEOUS": 2, "INCLUDES": 2, "BEGUN_BY": 3, "AFTER": 3}


def _timeline_position(event: TimelineEvent) -> tuple:
    """Chronological; for one date, by how the event stands to it, then where its first
    source tells it (text order within a document); undated events last."""
    first = event.sources[0]
    if event.date is None:
        return ("9999", "", 2, first.doc, first.start, event.id)
    return (event.date.start, event.date.end or "", RELATION_RANK.get(event.date.relation, 2), first.doc,
            first.start, event.id)
