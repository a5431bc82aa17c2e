"""Anaphora: the named mentions of ``doc._.kg_mentions`` in, the same list with
pronoun and description mentions added (in text order) out.

Runs as the ``kg_anaphora`` component right after ``kg_mentions``, which leaves
the name each mention was read from in ``doc.spans["kg_names"]``: a name's head
token (its subject or possessor role) decides what a pronoun can refer to.
Every mention found here carries the ``key``, label and country of its
``antecedent`` (an index into the final list), and ``resolved_from`` names the rule:

- ``pronoun``: he/she/they (and object and possessive forms) as subject,
  object or possessor, "it" as subject and "its", take the nearest compatible
  preceding mention in the same sentence (he/she: PERSON; it: ORG, GPE; they:
  ORG, GPE, NORP; ``actors.json``), skipping the subject of the pronoun's own
  verb ("Putin told him"), else the subject (or first) compatible mention of
  the closest earlier sentence in a short window; "they" after a coordination
  ("Ukraine and Russia … they") is left alone. Two clause shapes come first: a
  possessive before the main subject refers forward to it ("During his
  interview, Putin said"), and the subject of a reported clause is the
  speaker ("Putin told Clinton that he was not bound");
- ``nominal``: a definite description of an actor ("the company", "the
  alliance"; ``actors.json``) resolves like a pronoun;
- ``relative``: "who"/"which" as the subject of a relative clause stands for
  the name the clause modifies ("Qatar Airways, which ordered …");
- ``quoted``: I/me/my inside quotation marks stand for the speaker, the
  subject of a reporting verb outside them; we/us/our for a speaking
  organisation or country, or for the organisation in a speaking person's own
  phrase ("Boeing spokesman William Barksdale said: “We are disappointed”").
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.factuality import is_outlet
from kg.extract.mentions import NAMES_KEY
from kg.extract.sentences import sentence_of_token
from kg.records import Mention
from kg.resources import load_json

Named = list[tuple[Mention, Token]]  # the named mentions in text order, each with its name's head token


class AnaphoraResolver:
    """The ``kg_anaphora`` component: the pronoun and description vocabulary of
    ``actors.json``, read once, applied per doc."""

    def __init__(self):
        actors = load_json("entities/actors.json")
        self.pronouns: dict[str, list[str]] = actors["pronouns"]
        self.plural_pronouns = frozenset(actors["plural_pronouns"])
        self.nominals: dict[str, list[str]] = actors["nominals"]
        self.window: dict[str, int] = actors["pronoun_window"]
        self.deps = frozenset(actors["pronoun_deps"])
        self.impersonal = frozenset(actors["impersonal_verbs"])
        self.quoted = _vocabulary(actors["quoted_pronouns"])
        self.relative = _vocabulary(actors["relative_pronouns"])
        self.reporting = frozenset(load_json("factuality.json")["reporting"])

    def __call__(self, doc: Doc) -> Doc:
        named = list(zip(doc._.kg_mentions, (span.root for span in doc.spans[NAMES_KEY]), strict=True))
        found = self._resolve(doc, named, sentence_of_token(doc))
        doc._.kg_mentions = _in_text_order(doc._.kg_mentions, found)
        return doc

    def _resolve(self, doc: Doc, named: Named, sentences: list[int]) -> list[Mention]:
        """The pronouns and descriptions of ``doc`` with an antecedent among ``named``
        (``antecedent`` indexes ``named``)."""
        found: list[Mention] = []
        subject_antecedents: dict[int, int] = {}  # sentence → antecedent of its subject pronoun
        resolved: dict[int, int] = {}  # token index of a resolved pronoun → its antecedent
        speakers = self._speakers(doc, named)
        cursor = 0
        for token in doc:
            while cursor < len(named) and named[cursor][0].end <= token.idx:
                cursor += 1
            if token.dep_ not in self.deps:
                continue
            start, labels, rule = token.i, self.pronouns.get(token.lower_), "pronoun"
            if token.pos_ != "PRON":
                start, labels, rule = _nominal(token), self.nominals.get(token.lower_), "nominal"
            elif token.lower_ in self.relative:
                labels, rule = self.relative[token.lower_], "relative"
            elif token.lower_ in self.quoted:
                labels, rule = self.quoted[token.lower_], "quoted"
            if not labels or start is None:
                continue
            if token.lower_ == "it" and (not token.dep_.startswith("nsubj") or token.head.lemma_ in self.impersonal):
                continue  # "it is likely that", "afford it": seldom an actor
            if rule == "relative":
                best = _modified_name(token, named, labels)
            elif rule == "quoted":
                best = _speaking(speakers.get(token.i), named, labels)
            else:
                best = _cataphor(token, named, cursor, labels)
            if best is None and rule in ("pronoun", "nominal"):
                best = _reported_subject(token, named, cursor, labels, resolved)
            if best is None and rule in ("pronoun", "nominal"):
                best = self._antecedent(token, named, cursor, labels, sentences, subject_antecedents)
            if best is not None:
                resolved[token.i] = best
                if token.dep_.startswith("nsubj"):
                    subject_antecedents.setdefault(sentences[token.i], best)
                mention, _ = named[best]
                found.append(Mention(doc[start].idx, token.idx + len(token.text), doc[start : token.i + 1].text,
                                     mention.label, sentences[token.i], mention.key, rule, mention.country_code, best))
        return found

    def _speakers(self, doc: Doc, named: Named) -> dict[int, int]:
        """Token index inside a quotation → index in ``named`` of the quotation's speaker: the
        named subject of the nearest reporting verb outside the quotation marks in the
        sentences the quotation starts or ends in."""
        head_of = {head.i: index for index, (_, head) in enumerate(named)}
        speakers: dict[int, int] = {}
        for first, last in _quotations(doc):
            sentences = {doc[first].sent.start: doc[first].sent, doc[last].sent.start: doc[last].sent}
            verbs = [t for sentence in sentences.values() for t in sentence
                     if not first <= t.i <= last and t.pos_ == "VERB" and t.lemma_ in self.reporting]
            subjects = [c for verb in sorted(verbs, key=lambda v: min(abs(v.i - first), abs(v.i - last)))
                        for c in verb.children if c.dep_ == "nsubj" and c.i in head_of]
            if subjects:
                speakers.update(dict.fromkeys(range(first, last + 1), head_of[subjects[0].i]))
        return speakers

    def _antecedent(self, token: Token, before: Named, cursor: int, labels: list[str], sentences: list[int],
                    subject_antecedents: dict[int, int]) -> int | None:
        """Index of the antecedent among the first ``cursor`` named mentions (those before the pronoun).
        In an earlier sentence a subject comes first, and a subject pronoun counts as the
        mention it stands for: "In 2008, he told Bush … Three years later, he told" → the first he's."""
        here = sentences[token.i]
        for index in range(cursor - 1, -1, -1):
            mention, head = before[index]
            if mention.label not in labels or is_outlet(mention.text, mention.label):
                continue  # "a resident told Reuters … they feared": the outlet only carries the story
            if here - mention.sentence > self.window[mention.label]:
                return None
            if token.lower_ in self.plural_pronouns and any(c.i != head.i for c in head.conjuncts):
                return None  # a plural pronoun after "Ukraine and Russia" means both: leave it
            if mention.sentence == here:
                if token.dep_ != "poss" and head.dep_.startswith("nsubj") and head.head == token.head:
                    continue  # "Putin told him": an object pronoun is not its own verb's subject
                return index
            return _subject_of_sentence(before, index, labels, subject_antecedents)
        return None


def _subject_of_sentence(before: Named, last: int, labels: list[str], subject_antecedents: dict[int, int]) -> int:
    """The antecedent an earlier sentence offers, given its last compatible mention
    ``last``: its first compatible subject, else what its subject pronoun stands
    for, else its first compatible mention."""
    sentence = before[last][0].sentence
    first = last
    while first > 0 and before[first - 1][0].sentence == sentence:
        first -= 1
    same = [i for i in range(first, last + 1) if before[i][0].label in labels
            and not is_outlet(before[i][0].text, before[i][0].label)]
    subjects = [i for i in same if before[i][1].dep_.startswith("nsubj")]
    chained = subject_antecedents.get(sentence)
    if not subjects and chained is not None and before[chained][0].label in labels:
        return chained
    return (subjects or same)[0]


def _nominal(token: Token) -> int | None:
    """Start of a definite description "the company", "the alliance" (a singular
    noun after "the", at most one adjective between); None for anything else."""
    if token.tag_ != "NN" or any(c.dep_ in ("prep", "relcl", "acl", "compound") for c in token.children):
        return None
    start = token.i - 1
    if start > 0 and token.doc[start].dep_ == "amod":
        start -= 1
    return start if start >= 0 and token.doc[start].lower_ == "the" else None


def _cataphor(token: Token, named: Named, cursor: int, labels: list[str]) -> int | None:
    """A possessive in a clause put before the main subject refers forward to that
    subject: "During his interview with Carlson, Putin said" → Putin."""
    if token.dep_ != "poss":
        return None
    subject = next((c for c in token.sent.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < token.i or token in subject.subtree:
        return None
    for index in range(cursor, len(named)):
        mention, head = named[index]
        if head.i > subject.i:
            break
        if head.i == subject.i and mention.label in labels:
            return index
    return None


def _reported_subject(token: Token, named: Named, cursor: int, labels: list[str],
                      resolved: dict[int, int]) -> int | None:
    """The subject of a clause that reports what someone said or thought is that
    someone: "Putin told Clinton that he was not bound" → Putin."""
    if not token.dep_.startswith("nsubj") or token.head.dep_ != "ccomp":
        return None
    speaker = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    if speaker.i in resolved:
        index = resolved[speaker.i]
        return index if named[index][0].label in labels else None
    return next((i for i in range(cursor) if named[i][1].i == speaker.i and named[i][0].label in labels), None)


def _vocabulary(entries: dict) -> dict[str, list[str]]:
    return {word: labels for word, labels in entries.items() if word != "_doc"}


# Pre-tokenised copy writes quotation marks `` and '' (which the tokenizer may split in two).
OPENING_QUOTES, CLOSING_QUOTES = frozenset({"``", "`", "\u201c", '"'}), frozenset({"''", "\u201d", '"'})


def _is_closing(token: Token) -> bool:
    return token.text in CLOSING_QUOTES or (token.text == "'" and token.i + 1 < len(token.doc)
                                            and token.nbor().text == "'")


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges (first, last) between quotation marks; a quotation left open ends at a
    blank line or the end of the text."""
    quotations, opened = [], None
    for token in doc:
        if opened is not None and (_is_closing(token) or "\n\n" in token.text):
            if token.i - 1 >= opened:
                quotations.append((opened, token.i - 1))
            opened = None
        elif opened is None and token.text in OPENING_QUOTES:
            opened = token.i + 1
        elif opened == token.i and token.text == "`":
            opened += 1  # the second half of a split ``
    if opened is not None and opened < len(doc):
        quotations.append((opened, len(doc) - 1))
    return quotations


def _speaking(speaker: int | None, named: Named, labels: list[str]) -> int | None:
    """The speaker when its label fits, else an organisation or country named in the speaker's own
    phrase ("Boeing spokesman William Barksdale", "the chief executive of Airbus")."""
    if speaker is None:
        return None
    mention, head = named[speaker]
    if mention.label in labels:
        return speaker
    phrase = {t.i for t in head.subtree if t.dep_ not in ("relcl", "acl")} - {head.i}
    return next((i for i, (m, h) in enumerate(named) if h.i in phrase and m.label in labels), None)


def _modified_name(pronoun: Token, named: Named, labels: list[str]) -> int | None:
    """The name a relative clause with subject ``pronoun`` modifies: "Qatar Airways, which …"."""
    clause = pronoun.head
    if not pronoun.dep_.startswith("nsubj") or clause.dep_ != "relcl":
        return None
    return next((i for i, (m, h) in enumerate(named) if h.i == clause.head.i and m.label in labels), None)


def _in_text_order(named: list[Mention], found: list[Mention]) -> list[Mention]:
    """Named and resolved mentions merged by offsets, each ``antecedent`` renumbered
    from an index into ``named`` to one into the merged list."""
    everything = named + found
    order = sorted(range(len(everything)), key=lambda i: (everything[i].start, everything[i].end))
    position = {old: new for new, old in enumerate(order)}
    for mention in found:
        mention.antecedent = position[mention.antecedent]
    return [everything[i] for i in order]


@Language.factory(
    "kg_anaphora",
    assigns=["doc._.kg_mentions"],
    requires=["doc._.kg_mentions", "doc.spans", "doc.sents", "token.dep", "token.pos", "token.tag", "token.lemma"],
)
def make_anaphora(nlp: Language, name: str) -> AnaphoraResolver:
    return AnaphoraResolver()
