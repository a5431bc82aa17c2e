"""Parties: the extractions of a corpus and their entity assignment in, one :class:`Party`
per party and named agreement, law, war or event out.

A named event ("the Budapest Memorandum", "the Minsk agreements", "the Gulf
War") is an entity, from its LAW or EVENT mention, and an event, whose
participants the event extractor has found (:mod:`kg.extract.events.participants`:
"the Minsk agreements signed by Russia and Ukraine", and those lent by a
relative clause, "the Budapest Memorandum, whereby Ukraine renounced … and
Russia … pledged"). Each such participant is a party to the named entity; the
event's date ("the 1994 Budapest Memorandum") dates the party edge; its location
and instrument are no parties ("the Orange Revolution in Ukraine"). The
``party`` links of :mod:`kg.extract.links` add the parties that verbs and nouns of
signing, withdrawing, violating or fighting name ("the United States withdrew from
the ABM Treaty": withdrew), undated. Only events and links whose factuality is in
``include`` count, as for relation edges; a party must not be a named agreement or
event itself, and what it is party to must be one (LAW or EVENT).
"""
from __future__ import annotations

from collections import Counter, defaultdict

from kg.extract.events.triggers import NAME_LABELS
from kg.records import FACTUAL, DocumentExtraction, Entity, EventDate, EventMention, Party
from kg.resolve.events import date_record
from kg.resolve.evidence import add_evidence

MentionRef = tuple[str, int]  # (document id, mention index)
NAMED_TYPES = frozenset({"LAW", "EVENT"})
#: participants that are no party: where it happened ("the Munich Security Conference in Germany"), what through
NOT_PARTIES = frozenset({"location", "instrument"})


def named_mention(extraction: DocumentExtraction, event: EventMention) -> int | None:
    """The index of the LAW or EVENT mention that names ``event`` (its trigger lies inside the name)."""
    if not event.name:
        return None
    return next((i for i, m in enumerate(extraction.mentions) if m.label in NAME_LABELS
                 and m.start <= event.start and event.end <= m.end), None)


def _add(merged: dict[tuple[str, str], Party], party: str, named: str, role: str, doc: str, sentence: str) -> None:
    found = merged.setdefault((party, named), Party(party, named, [], None, [], []))
    if role not in found.roles:
        found.roles = sorted([*found.roles, role])
    add_evidence(found, doc, sentence)


def resolve_parties(extractions: list[DocumentExtraction], assignment: dict[MentionRef, str], entities: list[Entity],
                    include: tuple[str, ...] = FACTUAL) -> list[Party]:
    """Parties from named events' participants and from ``party`` links; ``entities``
    (their types) keep a link's ends a party and a named agreement or event."""
    merged: dict[tuple[str, str], Party] = {}
    dates: dict[tuple[str, str], Counter] = defaultdict(Counter)
    records: dict[str, EventDate] = {}  # a date value → its record, as first met
    types = {e.id: e.type for e in entities}
    for extraction in sorted(extractions, key=lambda x: x.document.id):
        doc = extraction.document.id
        for link in extraction.links:
            if link.kind != "party" or link.factuality not in include:
                continue
            party, named = assignment.get((doc, link.source)), assignment.get((doc, link.target))
            if party is None or named is None or types.get(named) not in NAMED_TYPES or types.get(party) in NAMED_TYPES:
                continue
            _add(merged, party, named, link.role, doc, extraction.sentences[link.sentence].text)
        for event in extraction.events:
            index = named_mention(extraction, event) if event.factuality in include else None
            named = assignment.get((doc, index)) if index is not None else None
            if named is None:
                continue
            date = date_record(extraction.timexes[event.timex]) if event.timex is not None else None
            sentence = extraction.sentences[event.sentence].text
            for participant in event.participants:
                party = assignment.get((doc, participant.mention))
                if party is None or party == named or participant.role in NOT_PARTIES:
                    continue
                _add(merged, party, named, participant.role, doc, sentence)
                if date is not None:
                    dates[(party, named)][date.value] += 1
                    records.setdefault(date.value, date)
    for key, found in merged.items():
        if dates[key]:
            found.date = records[min(dates[key], key=lambda value: (-dates[key][value], value))]  # ties: the earliest
    return [merged[key] for key in sorted(merged)]
