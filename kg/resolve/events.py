"""Event resolution: event mentions of the corpus in, merged :class:`TimelineEvent` records out.

``resolve_events(extractions, assignment, labels)`` keeps the event mentions of
any type (political, domain or generic) with at least one resolved actor or
recipient, or a name — but no untyped state, attitude or perception ("BP
wanted") nor untyped verb in the present ("Ukraine defines victory as …") —
(with ``all_events``, every event mention), dates them and merges the
mentions of one event across documents into one record listing every source:

- **named events** ("the Budapest Memorandum", "the 1994 Budapest Memorandum on
  Security Assurances") merge on their name — a shorter name joins the longer
  one it begins when that is unambiguous — and an undated mention takes the
  date of a dated one;
- **other dated events** merge when they have the same type and predicate,
  compatible dates (one contains the other: 2022 and February 2022), share an
  actor or recipient and do not contradict each other's actors or recipients;
- an undated definite description of an event that happens once between the
  same parties ("the invasion", "Russia's invasion"; ``once`` in the lexicon)
  joins the dated event of the same type and predicate, with no other actors or
  recipients, when there is exactly one; other undated, unnamed mentions stay
  apart.

Asserted and reported mentions merge with each other, never with proposals,
predictions or denials. An event dated after its article was published is a
prediction (``future``) whatever its grammar. Everything is sorted by document
id and offset first, so the result does not depend on the input order.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from kg.extract.events.tense import told_as_past
from kg.records import FACTUAL, ActorRef, DocumentExtraction, EventMention, SourceRef, TimelineEvent, Timex
from kg.resources import load_json

ROLE_ORDER = {"actor": 0, "recipient": 1, "participant": 2}
ANCHOR_RANK = {"clause": 0, "sentence": 1, "narrative": 2}
GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, "decade": 5}


def date_record(timex: Timex | None, date_anchor: str | None = None) -> dict | None:
    """The ``date`` object of a timeline event, from its temporal expression; a
    date carried over from the narrative is anchored ``narrative``."""
    if timex is None or timex.type != "DATE" or timex.start_date is None:
        return None
    return {
        "value": timex.value,
        "start": timex.start_date,
        "end": timex.end_date,
        "granularity": timex.granularity,
        "text": timex.text,
        "anchor": "narrative" if date_anchor == "narrative" else timex.anchor,
    }


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
    result = {}
    for key in keys:
        longer = sorted(k for k in keys if k.startswith(key + " "))
        chain = all(b.startswith(a + " ") for a, b in zip(sorted(longer, key=len), sorted(longer, key=len)[1:], strict=False))
        result[key] = max(longer, key=len) if longer and chain else key
    return result


@dataclass
class _Member:
    extraction: DocumentExtraction
    event: EventMention
    actors: list[ActorRef]
    date: dict | None
    factuality: str
    speaker: str | None

    @property
    def order(self) -> tuple:
        return (self.extraction.document.id, self.event.start)


@dataclass
class _Cluster:
    members: list[_Member] = field(default_factory=list)
    name: str | None = None


def _group(factuality: str) -> str:
    return "factual" if factuality in FACTUAL else factuality


def _contains(a: dict, b: dict) -> bool:
    """Whether date ``a`` spans date ``b``. An open interval ("since 2006", "until 2015")
    dates the onset or the close of something, so it only matches one with the same
    bounds: "since 2006" and "since 2022" are two different things."""
    if None in (a["start"], a["end"], b["start"], b["end"]):
        return (a["start"], a["end"]) == (b["start"], b["end"])
    return a["start"] <= b["start"] and b["end"] <= a["end"]


def _compatible(a: _Member, b: _Member) -> bool:
    if a.event.type != b.event.type or a.event.predicate != b.event.predicate:
        return False
    if _group(a.factuality) != _group(b.factuality) or a.date is None or b.date is None:
        return False
    if not (_contains(a.date, b.date) or _contains(b.date, a.date)):
        return False
    ids = {}
    for member in (a, b):
        for role in ("actor", "recipient"):
            ids[(id(member), role)] = {x.id for x in member.actors if x.role == role}
    for role in ("actor", "recipient"):
        first, second = ids[(id(a), role)], ids[(id(b), role)]
        if first and second and not first & second:
            return False
    if {x.id for x in a.actors} & {x.id for x in b.actors}:
        return True
    # complementary: one says who did it, the other to whom ("Putin's decision to
    # invade in 2022", "the invasion of Ukraine in February 2022")
    roles_a, roles_b = {x.role for x in a.actors}, {x.role for x in b.actors}
    return roles_a.isdisjoint(roles_b) and roles_a | roles_b <= {"actor", "recipient"}


def _best_date(members: list[_Member]) -> dict | None:
    dated = [m for m in members if m.date is not None]
    if not dated:
        return None
    best = min(dated, key=lambda m: (ANCHOR_RANK.get(m.event.date_anchor or "", 3),
                                     GRANULARITY_RANK.get(m.date["granularity"], 6), m.date["start"], m.order))
    return best.date


def _after_publication(date: dict | None, published: str | None) -> bool:
    return bool(date and published and date["start"][: len(published)] > published)


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


_PREPOSITION_END = re.compile(r"\s+(?:with|to|on|against|for|from)$")


def headline(actors: list[ActorRef], predicate: str, trigger: str, name: str | None, kind_symmetric: bool,
             nominal: bool = False) -> str:
    """A headline for an event: "Russia invaded Ukraine", "Ukraine and Russia signed
    Treaty of Friendship", "Crimea was annexed".

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
        return f"{name} ({_join(doers + objects)})" if doers + objects else name
    if nominal and predicate == "signed":
        predicate = f"signed {trigger} with"
    if doers:
        words = [_join(doers), predicate if objects else _PREPOSITION_END.sub("", predicate)]
        if objects:
            words.append(_join(objects))
        return " ".join(words)
    noun = f"{trigger[:1].upper()}{trigger[1:]}"
    if objects:
        verb = "were" if len(objects) > 1 else "was"
        if not nominal and " " not in predicate and predicate.endswith("ed"):
            return f"{_join(objects)} {verb} {predicate}"
        return f"{noun} of {_join(objects)}" if nominal else f"{noun} ({_join(objects)})"
    return f"{noun} ({_join(others)})" if others else noun


def _members(extractions, assignment, labels, all_events: bool = False) -> list[_Member]:
    symmetric = set(load_json("events.json")["symmetric_types"])
    generic_classes = set(load_json("event_domains.json")["generic_classes_in_outputs"])
    members = []
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
            # or an untyped verb in the present ("Ukraine defines victory as …");
            # all_events keeps every mention, for analysis
            if not all_events and not event.name and not ({"actor", "recipient"} & set(roles) or (
                    event.type in symmetric and len(roles) > 1)):
                continue
            if not all_events and event.type == "OCCURRENCE" and (
                    event.tml_class not in generic_classes or not told_as_past(event.tense, event.aspect)):
                continue
            timex = extraction.timexes[event.timex] if event.timex is not None else None
            date = date_record(timex, event.date_anchor)
            factuality = event.factuality
            if factuality in FACTUAL and _after_publication(date, extraction.document.published):
                factuality = "future"
            speaker = None
            if event.speaker is not None:
                ident = assignment.get((doc_id, event.speaker))
                speaker = labels[ident] if ident else extraction.mentions[event.speaker].text
            members.append(_Member(extraction, event, list(actors.values()), date, factuality, speaker))
    members.sort(key=lambda m: m.order)
    return members


def _cluster(members: list[_Member]) -> list[_Cluster]:
    keys = {name_key(m.event.name) for m in members if m.event.name}
    canonical = canonical_names(keys)
    named: dict[str, _Cluster] = {}
    clusters: list[_Cluster] = []
    dated: list[_Cluster] = []
    for member in members:
        if member.event.name:
            key = canonical[name_key(member.event.name)]
            if key not in named:
                named[key] = _Cluster(name=key)
                clusters.append(named[key])
            named[key].members.append(member)
            continue
        if member.date is not None:
            for cluster in dated:
                if all(_compatible(member, other) for other in cluster.members):
                    cluster.members.append(member)
                    break
            else:
                dated.append(_Cluster([member]))
                clusters.append(dated[-1])
            continue
        clusters.append(_Cluster([member]))
    # "the invasion", "Russia's invasion": an undated definite description joins the
    # one dated event it can refer to, if there is exactly one
    for cluster in [c for c in clusters if c.name is None and c.members[0].date is None]:
        member = cluster.members[0]
        if not member.event.definite:
            continue
        targets = [c for c in dated if all(_refers_to(member, other) for other in c.members)]
        if len(targets) == 1:
            targets[0].members.append(member)
            clusters.remove(cluster)
    return clusters


def _refers_to(description: _Member, other: _Member) -> bool:
    if not load_json("events.json")["nouns"].get(description.event.lemma, {}).get("once"):
        return False  # "Mubarak's speech" is one of many
    if description.event.type != other.event.type or description.event.predicate != other.event.predicate:
        return False
    if _group(description.factuality) != _group(other.factuality):
        return False
    for role in ("actor", "recipient"):
        mine = {x.id for x in description.actors if x.role == role}
        theirs = {x.id for x in other.actors if x.role == role}
        if mine and theirs and not mine & theirs:
            return False
    return True


def _record(cluster: _Cluster, symmetric: set[str], taken: set[str]) -> TimelineEvent:
    members = cluster.members
    factual = [m for m in members if m.factuality in FACTUAL]
    lead = (factual or members)[0]
    event = lead.event
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
    if cluster.name:
        ident = stable_id("name", cluster.name)
    elif date is not None:
        ident = stable_id(event.type, event.predicate, date["value"], *sorted(a.id for a in ordered))
    else:
        ident = stable_id(event.type, lead.extraction.document.id, str(event.start))
    while ident in taken:
        ident = stable_id(ident)
    taken.add(ident)
    factuality = lead.factuality
    if factuality == "reported" and any(m.factuality == "asserted" for m in members):
        factuality = "asserted"
    return TimelineEvent(
        id=ident,
        title=headline(ordered, event.predicate, event.trigger, longest, event.type in symmetric,
                       nominal=event.lemma in load_json("events.json")["nouns"] and " " not in event.trigger),
        description=sources[0].sentence,
        type=event.type,
        quad_class=event.quad_class,
        trigger=event.lemma,
        factuality=factuality,
        date=date,
        actors=ordered,
        sources=sources,
        name=longest,
        speaker=next((m.speaker for m in members if m.speaker), None) if factuality == "reported" else None,
    )


def resolve_events(
    extractions: list[DocumentExtraction],
    assignment: dict[tuple[str, int], str],
    labels: dict[str, str],
    all_events: bool = False,
) -> list[TimelineEvent]:
    symmetric = set(load_json("events.json")["symmetric_types"])
    taken: set[str] = set()
    members = _members(extractions, assignment, labels, all_events)
    events = [_record(c, symmetric, taken) for c in _cluster(members)]
    events.sort(key=lambda e: ((e.date or {}).get("start") or "9999", e.id))
    return events
