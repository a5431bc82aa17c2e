"""Dates: the :class:`Trigger` records (events built) and the document's timexes in;
each event's ``timex`` and ``date_anchor`` set, and the years written into event
names that no timex covered out, as new :class:`Timex` records.

Phases, each a function, in this order:

1. :func:`date_in_clause` — a DATE expression attached below a trigger in the
   parse dates the nearest trigger above it (``date_anchor="clause"``);
2. :func:`date_by_name_year` — a named event takes the year in its name ("the
   1994 Budapest Memorandum");
3. :func:`share_with_relative_clauses` — the events describing a named event in
   its relative clause share its date;
4. :func:`date_by_sentence` — else the nearest DATE of the same sentence that
   no event took in its clause (``"sentence"``);
5. :func:`date_by_narrative` — else, for a past-tense factual verb in a sentence
   without a time of its own, the last DATE of the sentence before in the same
   paragraph (``"narrative"``), unless the sentence moves the time ("three
   years later").

Durations, sets and unresolved dates never date an event; a named war or
treaty is dated by its own words only (phases 1–3), never by its sentence.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.events.triggers import NOUNS, Trigger, described_by
from kg.records import FACTUAL, Timex
from kg.vocabulary import YEAR


def date_events(doc: Doc, triggers: list[Trigger], events_at: dict[int, int], timexes: list[Timex],
                narrative_breaks: set[str]) -> list[Timex]:
    """Date the events of ``triggers``; the years found in names are returned, to go
    after ``timexes`` (an event's ``timex`` indexes that longer list)."""
    claimed = date_in_clause(doc, triggers, events_at, timexes)
    extended = list(timexes)
    date_by_name_year(triggers, extended, claimed)
    share_with_relative_clauses(triggers, events_at)
    date_by_sentence(triggers, extended, claimed)
    date_by_narrative(doc.text, triggers, extended, narrative_breaks)
    return extended[len(timexes):]


def _usable(timex: Timex) -> bool:
    return timex.type == "DATE" and timex.start_date is not None and timex.anchor != "unresolved"


def _usable_by_sentence(timexes: list[Timex]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for number, timex in enumerate(timexes):
        if _usable(timex):
            found.setdefault(timex.sentence, []).append(number)
    return found


def _timex_roots(doc: Doc, timexes: list[Timex]) -> list[Token | None]:
    roots = []
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        roots.append(span.root if span is not None and len(span) else None)
    return roots


def date_in_clause(doc: Doc, triggers: list[Trigger], events_at: dict[int, int],
                   timexes: list[Timex]) -> dict[int, int]:
    """Phase 1: each usable DATE dates the nearest event above it in the parse (the
    first one wins an event); returns timex → the event that took it."""
    claimed: dict[int, int] = {}
    for number, root in enumerate(_timex_roots(doc, timexes)):
        if root is None or not _usable(timexes[number]):
            continue
        owner = next((events_at[a.i] for a in root.ancestors if a.i in events_at), None)
        if owner is None:
            continue
        owner = _lower_attachment(root, owner, triggers, events_at)
        event = triggers[owner].event
        if event.timex is None:
            event.timex, event.date_anchor = number, "clause"
        claimed[number] = owner
    return claimed


def _lower_attachment(root: Token, owner: int, triggers: list[Trigger], events_at: dict[int, int]) -> int:
    """A date phrase right after an event noun inside a verb's object belongs to the
    noun ("offered defenses of his invasion of Ukraine in February 2022")."""
    owner_token = triggers[owner].token
    if owner_token.pos_ != "VERB":
        return owner
    phrase = root
    while phrase.head.i != owner_token.i and phrase.head.i != phrase.i:
        phrase = phrase.head
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


def date_by_name_year(triggers: list[Trigger], timexes: list[Timex], claimed: dict[int, int]) -> None:
    """Phase 2: an undated named event takes the year written into its name; a year
    no timex covers is appended to ``timexes``."""
    for number, trigger in enumerate(triggers):
        event = trigger.event
        if event.timex is None and trigger.name:
            index = _name_year(trigger, timexes)
            if index is not None:
                event.timex, event.date_anchor = index, "clause"
                claimed[index] = number


def _name_year(trigger: Trigger, timexes: list[Timex]) -> int | None:
    """The index of the year in an event's name ("the 1994 Budapest Memorandum"),
    appended to ``timexes`` when no timex covers it."""
    for child in [*trigger.token.children, *(c for t in trigger.name for c in t.children)]:
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
            described = triggers[other].event
            if described.timex is None:
                described.timex, described.date_anchor = trigger.event.timex, "clause"


def date_by_sentence(triggers: list[Trigger], timexes: list[Timex], claimed: dict[int, int]) -> None:
    """Phase 4: an undated event takes the nearest usable DATE of its sentence that
    no event took in phases 1–2."""
    by_sentence = _usable_by_sentence(timexes)
    for trigger in triggers:
        event = trigger.event
        if event.timex is not None or trigger.name:
            continue
        free = [t for t in by_sentence.get(event.sentence, []) if t not in claimed]
        if free:
            event.timex = min(free, key=lambda t: (abs(timexes[t].start - event.start), t))
            event.date_anchor = "sentence"


def date_by_narrative(text: str, triggers: list[Trigger], timexes: list[Timex], breaks: set[str]) -> None:
    """Phase 5: a factual past-tense verb in a sentence with no time expression of
    its own goes on from the last DATE of the sentence before, in the same
    paragraph, unless its sentence has a word of ``breaks`` ("three years later")."""
    by_sentence = _usable_by_sentence(timexes)
    timed = {timex.sentence for timex in timexes}
    for trigger in triggers:
        event, token = trigger.event, trigger.token
        if event.timex is not None or trigger.name or event.sentence in timed:
            continue  # a time kg could not resolve still belongs to its sentence
        if token.tag_ != "VBD" or event.factuality not in FACTUAL:
            continue
        if any(t.lower_ in breaks for t in token.sent):
            continue
        earlier = [t for t in by_sentence.get(event.sentence - 1, [])
                   if timexes[t].end <= event.start and "\n\n" not in text[timexes[t].end : event.start]]
        if earlier:
            event.timex = max(earlier, key=lambda t: timexes[t].start)
            event.date_anchor = "narrative"
