"""The records passed between stages.

Reading gives :class:`Document`; extraction turns one document into a
:class:`DocumentExtraction` (sentences, temporal expressions, entity mentions
and event mentions, all with character offsets into the document text);
resolution turns the extractions of a whole corpus into :class:`Entity` and
:class:`TimelineEvent` records, from which the graph and the timeline are built.

Every record is a small dataclass that converts to and from plain JSON
(``to_dict`` / ``from_dict``), so extractions can be cached on disk and sent
between processes.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date
from functools import cache
from typing import Any


@cache
def _field_names(cls) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def _from_dict(cls, data: dict[str, Any]):
    """Build a dataclass from a dict, ignoring keys it does not know."""
    names = _field_names(cls)
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Document:
    """One input article.

    ``published`` is the publication date as ``YYYY-MM-DD`` or ``YYYY-MM``
    (None when unknown) and ``published_source`` says where it came from
    (``jsonl``, ``metadata.json``, ``metadata.csv``, ``front-matter``,
    ``html-meta``, ``url``, ``dateline``). ``url`` is where the article was
    published and ``outlet`` who published it: the JSONL or metadata ``source``,
    the site name an HTML page gives, else the URL's host (None when unknown).
    """

    id: str
    path: str
    text: str
    title: str = ""
    published: str | None = None
    published_source: str | None = None
    url: str | None = None
    outlet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return _from_dict(cls, data)


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Timex:
    """A temporal expression with its TIMEX3 type and value.

    ``start_date``/``end_date`` are the ISO days bounding a DATE (None for
    durations, sets and unresolved values); ``anchor`` is ``absolute``,
    ``publication``, ``narrative`` or ``unresolved``.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    anchor: str
    granularity: str
    sentence: int
    start_date: str | None = None
    end_date: str | None = None
    mod: str | None = None


@dataclass
class Mention:
    """An entity mention. ``label`` is a spaCy-style type (PERSON, ORG, GPE,
    NORP, LOC, FAC, LAW, EVENT); ``key`` is the normalised form used for
    resolution (titles, articles and possessives stripped). ``resolved_from``
    names the rule that made the mention stand for something other than its
    literal reading (``pronoun``, ``nominal``: "the alliance" → NATO,
    ``metonym``: "the Kremlin" → Russia,
    ``demonym``: "Russian forces" → Russia); ``country_code`` is the ISO code
    of the country it stands for; ``antecedent`` is the index of a pronoun's
    antecedent in the same list; ``typed_by`` names the cue in the text that set
    ``label`` rather than the tagger (``company``: "drugmaker Novartis", ``place``:
    "the town of Brega", ``person``, ``event``, ``thing``)."""

    start: int
    end: int
    text: str
    label: str
    sentence: int
    key: str
    resolved_from: str | None = None
    country_code: str | None = None
    antecedent: int | None = None
    typed_by: str | None = None


# The kind of anchor each reason for an event's date is (``EventMention.date_anchor``).
ANCHOR_KINDS = {"clause": "timex", "sentence": "timex", "narrative": "narrative", "story": "narrative",
                "report": "event", "event": "event", "publication": "publication"}
TEMPORAL_RELATIONS = ("INCLUDED_IN", "BEFORE", "AFTER", "SIMULTANEOUS", "ON_OR_BEFORE", "INCLUDES", "BEGUN_BY")


# What an event mention's clause says of it (see kg/extract/factuality.py). Only
# the factual classes enter the chronology and the graph unless asked otherwise.
FACTUALITY_CLASSES = ("asserted", "reported", "negated", "hypothetical", "future", "proposed")
FACTUAL = FACTUALITY_CLASSES[:2]


#: the role of what a statement is about, not a part it takes: "Hague said *Assad* must step down"
TOPIC_ROLE = "topic"


@dataclass
class Participant:
    mention: int  # index into DocumentExtraction.mentions
    role: str  # actor, recipient, participant, location, instrument, topic (TOPIC_ROLE)


@dataclass
class Argument:
    """A participant that is no entity mention: the subject or object of an event that is a
    common-noun phrase ("*the plane* crashed", "cut *4,300 jobs*") or a name the recogniser
    missed. ``start``/``end`` are the offsets of the phrase up to its head noun (without a
    possessor or what follows the noun: "*the company's* shares" is "shares"); ``role`` as for
    a :class:`Participant`. Kept apart from ``participants``: a thing of no name is no actor of
    the graph or the timeline."""

    start: int
    end: int
    text: str
    role: str


@dataclass
class EventMention:
    """An event trigger with its participants, date and factuality. ``type`` is a
    political type (events.json), a domain type (event_domains.json) or the
    generic ``OCCURRENCE``; ``tml_class`` is its TimeML class."""

    start: int
    end: int
    trigger: str
    lemma: str
    type: str
    quad_class: str
    sentence: int
    participants: list[Participant] = field(default_factory=list)
    arguments: list[Argument] = field(default_factory=list)  # participants that are no entity mention
    timex: int | None = None  # index into DocumentExtraction.timexes
    date_anchor: str | None = None  # why it has its date: clause, sentence, report, event, narrative, story, publication
    relation: str | None = None  # how it stands to that date: INCLUDED_IN, BEFORE, AFTER, SIMULTANEOUS, ON_OR_BEFORE, INCLUDES, BEGUN_BY
    anchored_to: int | None = None  # start offset of the event it is dated by (date_anchor report or event)
    factuality: str = "asserted"
    speaker: int | None = None  # mention index of who said it (reported speech)
    name: str | None = None  # the named event or agreement it refers to, if any
    predicate: str = ""  # headline verb phrase in the past tense: "invaded", "agreed to meet", "signed"
    definite: bool = False  # a noun that refers back to a known event: "the invasion", "Russia's invasion"
    medium: int | None = None  # mention index of the outlet a statement was given to or reported by ("told Reuters")
    complement: str = ""  # what a title says after the predicate: "a $20bn compensation fund", "at the White House"
    # the title from the parse: text pieces, and [mention, text as written, possessive] for an entity the
    # timeline names by its resolved name ("[3, 'Gaddafi', True] forces launched a bombardment")
    title: list = field(default_factory=list)
    # TimeML class: OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL or PERCEPTION
    tml_class: str = "OCCURRENCE"
    tense: str = "NONE"  # TimeML tense of the event word: PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART, NONE
    aspect: str = "NONE"  # TimeML aspect: PROGRESSIVE, PERFECTIVE, PERFECTIVE_PROGRESSIVE, NONE


@dataclass
class Role:
    """A role a person holds, as one sentence states it ("Russian Foreign Minister
    Sergei Lavrov", "Samuel Charap, a Russia analyst at the RAND Corporation").

    ``person`` and ``organisation`` are indices into ``DocumentExtraction.mentions``;
    ``country_code`` names the country served when no mention does ("Russian");
    ``role`` is normalised ("chief executive" for "CEO"), ``text`` the role words as
    written; ``qualifier`` is the time word as written ("former") and ``time``
    ``past`` or ``current``. ``start``/``end`` are the role words' offsets."""

    person: int
    role: str
    text: str
    sentence: int
    start: int
    end: int
    time: str = "current"
    qualifier: str | None = None
    organisation: int | None = None
    country_code: str | None = None


@dataclass
class Link:
    """A link between two names that one sentence states (:mod:`kg.extract.links`).

    ``kind`` is ``located_in`` (``source`` is a place, ``target`` the country or
    region it lies in: "the Ukrainian city of Kherson", "Berlin, Germany") or
    ``party`` (``source`` is a party to the named agreement, law or war ``target``:
    "the United States withdrew from the ABM Treaty"). ``source`` and ``target``
    are indices into ``DocumentExtraction.mentions``; ``country_code`` names the
    container when only a nationality word does ("Ukrainian"). ``role`` is the
    party's part (signatory, withdrew, bound, belligerent) or the place's cue
    (a place noun, "comma", "possessive"); for ``tie`` (``source`` is tied to
    ``target``: "Iran, Syria's closest ally"), ``role`` is the tie (ally, partner,
    subsidiary …); ``text`` the words that state it,
    ``start``/``end`` their offsets; ``factuality`` that of the clause ("should
    sign" is proposed)."""

    kind: str
    source: int
    role: str
    text: str
    sentence: int
    start: int
    end: int
    target: int | None = None
    country_code: str | None = None
    factuality: str = "asserted"


@dataclass
class DocumentExtraction:
    """Everything extracted from one document; the unit that is cached."""

    document: Document
    sentences: list[Sentence]
    timexes: list[Timex]
    mentions: list[Mention]
    events: list[EventMention]
    roles: list[Role] = field(default_factory=list)  # absent from entries cached before roles: none
    links: list[Link] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentExtraction:
        events = []
        for e in data["events"]:
            e = dict(e)
            e["participants"] = [Participant(**p) for p in e.get("participants", [])]
            e["arguments"] = [Argument(**a) for a in e.get("arguments", [])]
            events.append(_from_dict(EventMention, e))
        return cls(
            document=Document.from_dict(data["document"]),
            sentences=[Sentence(**s) for s in data["sentences"]],
            timexes=[_from_dict(Timex, t) for t in data["timexes"]],
            mentions=[_from_dict(Mention, m) for m in data["mentions"]],
            events=events,
            roles=[_from_dict(Role, r) for r in data.get("roles", [])],
            links=[_from_dict(Link, r) for r in data.get("links", [])],
        )


@dataclass
class Entity:
    """A canonical real-world actor: one graph node."""

    id: str
    label: str
    type: str
    aliases: list[str]
    mentions: int
    documents: list[str]
    country_code: str | None = None


@dataclass
class Containment:
    """A place in a country, merged over the corpus: one ``located_in`` edge from
    ``place`` to ``container`` (entity ids). ``cues`` say how a text states
    it (a place noun, "comma", "possessive"); ``evidence`` is ``[{"doc", "sentence"}]``."""

    place: str
    container: str
    cues: list[str]
    evidence: list[dict[str, str]]
    documents: list[str]

    @property
    def key(self) -> str:
        return f"located_in:{self.place}:{self.container}"


@dataclass
class Tie:
    """A lasting tie between two actors that the texts state without an event ("Iran, Syria's
    closest ally", "the Kremlin, its partner"), merged over the corpus: one ``tie`` edge from
    ``source`` to ``target`` (entity ids). ``tie`` names it (ally, partner, rival, enemy,
    neighbour: ``symmetric``, the lower id first; subsidiary: the subsidiary first);
    ``evidence`` is ``[{"doc", "sentence"}]``."""

    source: str
    target: str
    tie: str
    symmetric: bool
    evidence: list[dict[str, str]]
    documents: list[str]

    @property
    def key(self) -> str:
        return f"tie:{self.source}:{self.target}:{self.tie}"


@dataclass
class Affiliation:
    """A person's role in an organisation or country, merged over the corpus: one
    ``affiliation`` edge. ``written`` are the role words as the texts give them,
    ``qualifiers`` their time words; ``time`` is ``past`` when any text says so
    ("former"), else ``current``; ``evidence`` is ``[{"doc", "sentence"}]``."""

    person: str
    organisation: str
    role: str
    written: list[str]
    time: str
    qualifiers: list[str]
    evidence: list[dict[str, str]]
    documents: list[str]


@dataclass
class Party:
    """A party to a named agreement, law, war or other named event, merged over the
    corpus: one ``party`` edge from ``party`` to the ``named`` entity. ``roles`` are the
    parts the texts give it (actor, recipient, participant of the named event;
    signatory, withdrew, bound, belligerent from :mod:`kg.extract.links`), ``date`` the date
    most of them give the named event (None when none does); ``evidence`` is
    ``[{"doc", "sentence"}]``."""

    party: str
    named: str
    roles: list[str]
    date: EventDate | None
    evidence: list[dict[str, str]]
    documents: list[str]

    @property
    def key(self) -> str:
        """The key of its edge in the graph."""
        return f"party:{self.party}:{self.named}"


@dataclass
class SourceRef:
    doc: str
    sentence: str
    start: int
    end: int


@dataclass
class ActorRef:
    id: str
    name: str
    role: str


@dataclass(frozen=True)
class EventDate:
    """When a timeline event happened: the TIMEX3 ``value``, the ISO days ``start`` and
    ``end`` bounding it (``end`` None for an open interval: "since 2006"), its
    ``granularity``, the ``text`` it was written as and its ``anchor`` (how the value
    was resolved: ``absolute``, ``publication``, ``narrative``). ``anchor_kind`` says
    what placed the event there (``timex``, ``narrative``, ``event``,
    ``publication``: see :data:`ANCHOR_KINDS`) and ``relation`` how the event stands
    to the date (``INCLUDED_IN``, ``BEFORE``, ``AFTER``, ``SIMULTANEOUS``,
    ``ON_OR_BEFORE``: "said on Tuesday that talks were held" — on or before Tuesday;
    ``INCLUDES``: a state that holds through the date, "It comes in two colors" at publication;
    ``BEGUN_BY``: an activity going on from the date up to now, "has been fighting cancer since 2004")."""

    value: str
    start: str
    end: str | None
    granularity: str
    text: str
    anchor: str
    anchor_kind: str = "timex"
    relation: str = "INCLUDED_IN"

    @property
    def first_day(self) -> date:
        """``start`` as a :class:`datetime.date`.

        >>> EventDate("2010-06", "2010-06-01", "2010-06-30", "month", "June 2010", "absolute").first_day
        datetime.date(2010, 6, 1)
        """
        return date.fromisoformat(self.start)

    @property
    def last_day(self) -> date | None:
        """``end`` as a :class:`datetime.date`; None for an open interval."""
        return date.fromisoformat(self.end) if self.end else None

    @property
    def of_a_state(self) -> bool:
        """Whether the date is one a state holds through (``INCLUDES``), not when something
        happened: no evidence that two mentions are one happening.

        >>> EventDate("2010-06-07", "2010-06-07", "2010-06-07", "day", "", "publication", "publication", "INCLUDES").of_a_state
        True
        """
        return self.relation == "INCLUDES"


@dataclass
class TimelineEvent:
    """One event of the timeline, possibly merged from several mentions."""

    id: str
    title: str
    description: str
    type: str
    quad_class: str
    trigger: str
    factuality: str
    date: EventDate | None
    actors: list[ActorRef]
    sources: list[SourceRef]
    name: str | None = None  # the named agreement or event ("Budapest Memorandum")
    speaker: str | None = None  # who said so, for reported events
    speaker_id: str | None = None  # the speaker's entity id, when a name says who spoke
    speaker_about: list[str] = field(default_factory=list)  # whom the speaker names among the actors and recipients
    medium: str | None = None  # the outlet it was said to or reported by ("Reuters" for "X told Reuters")
    order: int = 0  # position in the timeline: chronological, then by relation, then by document position

    def to_dict(self) -> dict[str, Any]:
        """What ``asdict`` gives, without its deep copy of every value: a large build has
        tens of thousands of events, and their fields are strings and records of strings."""
        return {**vars(self), "date": vars(self.date).copy() if self.date else None,
                "actors": [vars(a).copy() for a in self.actors], "sources": [vars(s).copy() for s in self.sources]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimelineEvent:
        """The event as ``timeline.json`` gives it (:meth:`to_dict`), back as records."""
        event = _from_dict(cls, data)
        # Field by field, not _from_dict: kg.load reads tens of thousands of events with several sources each.
        date = data.get("date")
        event.date = EventDate(date["value"], date["start"], date["end"], date["granularity"], date["text"],
                               date["anchor"]) if date else None
        event.actors = [ActorRef(a["id"], a["name"], a["role"]) for a in data.get("actors", [])]
        event.sources = [SourceRef(s["doc"], s["sentence"], s["start"], s["end"]) for s in data.get("sources", [])]
        return event
