"""Anaphora: the named mentions of ``doc._.kg_mentions`` in, the same list with
pronoun and description mentions added (in text order) out.

Runs as the ``kg_anaphora`` component right after ``kg_mentions``, which leaves
the name each mention was read from in ``doc.spans["kg_names"]``: a name's head
token (its subject or possessor role) decides what a pronoun can refer to.
Every mention found here carries the ``key``, label and country of its
``antecedent`` (an index into the final list), and ``resolved_from`` names the rule:

- ``pronoun``: he/she/they (and object and possessive forms) as subject,
  object or possessor, "it" as subject and "its", take the nearest compatible
  preceding mention in the same sentence (he/she: PERSON; it: ORG, GPE and
  PRODUCT, as "it" is often a plane or a phone, and a named storm or event, which
  takes no part; they: ORG, NORP;
  ``actors.json``), skipping the subject of the pronoun's own
  verb ("Putin told him"), else the subject (or first) compatible mention of
  the closest earlier sentence in a short window; "they" after a coordination
  ("Ukraine and Russia … they") is left alone, and so is one after a plural common
  noun of its sentence that no name is part of ("put his tanks … during their march");
  a country written as a plural ("the Palestinians", "Russian forces") can be "they";
  nor is "they" a name before names joined as a subject ("Russia and China vetoed the
  draft, saying they") or before a plural of its own sentence, nor one deep inside a
  plural it does not name ("the wives of the ambassadors to the UN"); "it" before an
  adjective and its clause after "make", "find" … stands for the clause ("making it
  difficult to verify"), and a subject "it" after a thing no name says ("A video was
  posted on YouTube. It shows") or said by a body only described ("The army says it")
  is that thing or body, no name before.
  Two clause shapes come first: a
  possessive before the main subject refers forward to it ("During his
  interview, Putin said"), and the subject of a reported clause is the
  speaker ("Putin told Clinton that he was not bound");
- ``nominal``: a definite description of an actor or a product ("the company", "the
  alliance", "the device"; ``actors.json``) resolves like a pronoun; "the country" and
  "the nation" only to a name with a country code, never a city ("in Cairo");
- ``nominal`` too: a noun of a country's rule with "of" or "in" and the
  country's name ("the regime in North Korea", "the government of Libya";
  ``governing_nouns``) stands for that country;
- ``descriptor``: a noun of the same vocabulary set beside a name stands for
  it: before it ("Irish national airline Aer Lingus") or in apposition, with
  at most a comma between ("Airbus, Europe's biggest aircraft manufacturer";
  "a US company, Cameron");
- ``relative``: "who"/"which" as the subject of a relative clause stands for
  the name the clause modifies ("Qatar Airways, which ordered …"), or for the
  country of a noun of its rule ("a regime in North Korea that threatened …");
- ``quoted``: I/me/my inside quotation marks stand for the speaker, the
  subject of a reporting verb outside them; we/us/our for a speaking
  organisation or country, or for the organisation in a speaking person's own
  phrase ("Boeing spokesman William Barksdale said: “We are disappointed”").
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import numpy
from spacy.attrs import DEP, IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.events.lookup import acting_nouns, eventive_nouns
from kg.extract.factuality import is_outlet
from kg.extract.mentions import NAMES_KEY
from kg.extract.roles import RoleFinder
from kg.extract.sentences import sentence_bounds, sentence_of, sentence_of_token
from kg.extract.syntax import children, is_infinitive
from kg.extract.text import tokens_among
from kg.gazetteer import fold, sex_of_first_name, surname_spelling
from kg.records import Mention
from kg.resources import load_json
from kg.vocabulary import ACTOR_LABELS, THING_LABELS

Named = list[tuple[Mention, Token]]  # the named mentions in text order, each with its name's head token


class AnaphoraResolver:
    """The ``kg_anaphora`` component: the pronoun and description vocabulary of
    ``actors.json``, read once, applied per doc."""

    def __init__(self):
        actors = load_json("entities/actors.json")
        self.pronouns: dict[str, list[str]] = actors["pronouns"]
        self.plural_pronouns = frozenset(actors["plural_pronouns"])
        self.nominals: dict[str, list[str]] = actors["nominals"]
        self.governing = frozenset(actors["governing_nouns"]["nouns"])
        self.window: dict[str, int] = actors["pronoun_window"]
        self.deps = frozenset(actors["pronoun_deps"])
        self.impersonal = frozenset(actors["impersonal_verbs"])
        self.extraposing = frozenset(actors["extraposing_verbs"]["verbs"])
        self.object_extraposing = frozenset(actors["object_extraposing_verbs"]["verbs"])
        self.country_nouns = frozenset(actors["country_nouns"]["nouns"])
        self.body_nouns = frozenset(actors["body_nouns"]["nouns"])
        # nouns of a person's role ("the former *diplomat*"): a subject so described is someone
        # nouns that stand for a name ("the company", "the government"): a clause of theirs may still be a name's
        self.described = frozenset(self.nominals) | frozenset(actors["actor_nouns"])
        self.people = frozenset(phrase.split()[-1] for phrase in load_json("titles.json")["roles"] if phrase != "_doc")
        self.quoted = _vocabulary(actors["quoted_pronouns"])
        self.relative = _vocabulary(actors["relative_pronouns"])
        self.reporting = frozenset(load_json("factuality.json")["reporting"])
        gendered = actors["gendered_words"]
        self.sex_of_word = {word: sex for sex in ("female", "male") for word in gendered[sex]}
        self.sex_of_pronoun: dict[str, str] = gendered["pronouns"]
        self.roles = RoleFinder()

    def __call__(self, doc: Doc) -> Doc:
        named = list(zip(doc._.kg_mentions, (span.root for span in doc.spans[NAMES_KEY]), strict=True))
        found = self._resolve(doc, named, sentence_of_token(doc))
        doc._.kg_mentions = _in_text_order(doc._.kg_mentions, found)
        return doc

    def _resolve(self, doc: Doc, named: Named, sentences: list[int]) -> list[Mention]:
        """The pronouns and descriptions of ``doc`` with an antecedent among ``named``
        (``antecedent`` indexes ``named``)."""
        found = self._descriptors(doc, named, sentences)
        described = {m.end for m in found}  # a description beside its name is not resolved again
        subject_antecedents: dict[int, int] = {}  # sentence → antecedent of its subject pronoun
        speaking_antecedents: dict[int, int] = {}  # sentence → antecedent of its "he" or "she" that says
        resolved: dict[int, int] = {}  # token index of a resolved pronoun → its antecedent
        speakers, speaking_pronouns = self._speakers(doc, named)
        spoken_by_pronoun: list[Token] = []  # I/we in a quotation "he said": resolved once "he" is
        quoting = _quotation_speakers(doc, speakers, sentences)
        newcomers = self._unnamed_speakers(doc, named)
        titled = self._sexes(doc, named)  # by the words beside the names only
        sexes = {key: set(found) for key, found in titled.items()}  # and by "X said he"
        for key, sex in self._first_name_sexes(doc, named).items():
            sexes.setdefault(key, {sex})  # a title beside the name says more than the first name
        said: dict[int, dict[str, set[str]]] = {}  # sentence → the sex each key's pronouns there have
        told: Counter[tuple[str, str]] = Counter()  # (key, sex) → how many pronouns of that sex went to the key
        offices = self._offices(doc, named)
        protagonist = _protagonist(named)
        speaking = self._speaking_sentences(doc, named)
        heads = {head.i for _, head in named}  # the names' head tokens, asked for every pronoun: read once
        cursor = 0
        # only a word in a position a pronoun can take needs a Token (the cursor catches up alike)
        for token in (doc[i] for i in tokens_among(doc, DEP, self.deps)):
            while cursor < len(named) and named[cursor][0].end <= token.idx:
                cursor += 1
            if token.idx + len(token.text) in described:
                continue
            start, labels, rule = token.i, self.pronouns.get(token.lower_), "pronoun"
            office = self._office(token, offices, cursor)
            if office is not None:  # "the prime minister" of a text that names "Prime Minister Nouri al-Maliki"
                first, best = office
                mention = named[best][0]
                found.append(Mention(doc[first].idx, token.idx + len(token.text), doc[first : token.i + 1].text,
                                     mention.label, sentences[token.i], mention.key, "nominal", mention.country_code,
                                     best))
                continue
            ruled = self._ruled(token, named)
            if ruled is not None:  # "the regime in North Korea", "a regime in North Korea that": the country named after
                (mention, _), (first, ruled_rule) = named[ruled[0]], ruled[1:]
                found.append(Mention(doc[first].idx, token.idx + len(token.text), doc[first : token.i + 1].text,
                                     mention.label, sentences[token.i], mention.key, ruled_rule, mention.country_code,
                                     ruled[0]))
                continue
            body = self._body_by_its_noun(token, named, cursor)
            if body is not None:  # "The UN Security Council met. *The council* voted": the council named before
                mention, first = named[body][0], _nominal(token)
                found.append(Mention(doc[first].idx, token.idx + len(token.text), doc[first : token.i + 1].text,
                                     mention.label, sentences[token.i], mention.key, "nominal", mention.country_code,
                                     body))
                continue
            modifier = None  # a name before the description's noun: "The *United Nations* agency"
            if token.pos_ != "PRON":
                start, labels, rule = _nominal(token), self.nominals.get(token.lower_), "nominal"
                if start is None and labels:
                    modifier = _named_modifier(token, named, cursor)
                    start = None if modifier is None else token.i
            elif token.lower_ in self.relative:
                labels, rule = self.relative[token.lower_], "relative"
            elif token.lower_ in self.quoted:
                labels, rule = self.quoted[token.lower_], "quoted"
            if not labels or start is None:
                continue
            if token.lower_ == "it" and (not token.dep_.startswith("nsubj") or token.head.lemma_ in self.impersonal
                                         or _extraposed(token, self.extraposing)
                                         or _extraposed_object(token, self.object_extraposing)):
                continue  # "it is likely that", "afford it", "it is expected that", "made it clear that": seldom an actor
            sex = self.sex_of_pronoun.get(token.lower_) if rule == "pronoun" else None
            # no person of the other sex, known by a word beside the name or by a pronoun of the same
            # sentence ("*She* said *he* had agreed": not the same one)
            known = _union(sexes, said.get(sentences[token.i], {}))
            fits = _Sex(sex, known, titled) if sex else _COUNTRY if rule == "nominal" and token.lower_ in self.country_nouns \
                else _ANYONE
            if rule == "relative":
                best = _modified_name(token, named, labels)
            elif rule == "quoted":
                best = _speaking(speakers.get(token.i), named, labels)
                if best is None and token.i in speaking_pronouns:
                    spoken_by_pronoun.append(token)
                    continue
            else:
                best = _cataphor(token, named, cursor, labels)
            if best is not None and not fits(named[best][0]):
                best = None
            if best is None and rule in ("pronoun", "nominal"):
                best = _reported_subject(token, named, cursor, labels, resolved)
                if best == UNNAMED:
                    continue
                if best is not None and not fits(named[best][0]):
                    best = None
                elif best is not None and sex is not None and named[best][1].head.i == token.head.head.i:
                    # "Gaddafi said *he* would fight": a man, also for a "she" further on
                    sexes.setdefault(named[best][0].key, set()).add(sex)
            if best is None and rule in ("pronoun", "nominal"):
                # "the former Pentagon chief was admitting that … and that *he* had no idea": he is the
                # chief, so what is named after the chief is not him
                before = _named_before(named, cursor, _described_speaker(token))
                # nor is "she" in "'Blogs, Twitter … turn up the volume,' *she* said" anyone named in what she says
                # (in its own sentence: a quotation whose opening mark is lost may seem to run back over names)
                own_words = {i for i, pronoun in speaking_pronouns.items()
                             if pronoun == token.i and sentences[i] == sentences[token.i]}
                # a description goes on from the subject the sentence before resolved; a subject "he" or "she"
                # only from the one who spoke there ("'All groups were eviscerated,' *he* said. In an interview,
                # *he* predicted bloodshed"): chaining any pronoun so goes wrong too often
                chain = subject_antecedents if rule == "nominal" else speaking_antecedents \
                    if sex is not None and token.dep_ == "nsubj" else None
                if modifier is not None:
                    # "The World Health Organization raised its alert. *The United Nations agency* said": an agency
                    # of the UN named before, not the UN — only something named before the modifier
                    before = min(before, modifier)
                best = self._antecedent(token, named, before, labels, sentences, subject_antecedents, heads,
                                        chain=chain, people=self.people, fits=fits,
                                        newcomers=newcomers if sex is not None else {}, unsaid=own_words,
                                        protagonist=protagonist, speaking=speaking,
                                        far=sex is not None and not _quoted(token))
                if modifier is not None and best is not None and not named[best][1].dep_.startswith("nsubj"):
                    best = None  # only a body the sentence before is about: "Obama met BP executives" is not the UN's
            if best is not None and rule == "pronoun":
                # only to correct a pick: where the search finds none, the first pronoun was often a guess too
                repeated = _repeated_subject(token, resolved)
                best = best if repeated is None else repeated
            if best is not None and rule == "pronoun" and token.i in quoting and (_same_person(
                    named[best][0], named[quoting[token.i]][0]) or _speaks_for(quoting[token.i], best, named)):
                # in a quotation its speaker says "I": "He raised his weapon and fired," Todd said
                # is not Todd, and a name further back is too much of a guess
                best = None
            if best is not None:
                resolved[token.i] = best
                if sex is not None and token.i not in speaking_pronouns:  # its speaker, yet unknown, may be of either
                    key = named[best][0].key
                    said.setdefault(sentences[token.i], {}).setdefault(key, set()).add(sex)
                    # a person the text has called "he" three times is a man for a "she" further on ("Colonel
                    # Gadhafi … *he* … *his* … *him* … 'It is time for Gadhafi to go,' *she* said"), unless
                    # some "she" went to him too; not the other way: most people in the news are men, and a
                    # "her" is more often given to a man by mistake ("rape by pro-Gadhafi forces … *her* research")
                    told[key, sex] += 1
                    if sex == "male" and told[key, sex] >= PRONOUNS_TELLING_SEX and not told[key, "female"]:
                        sexes.setdefault(key, set()).add(sex)
                if token.dep_.startswith("nsubj"):
                    subject_antecedents.setdefault(sentences[token.i], best)
                    if sex is not None and token.head.lemma_ in self.reporting:
                        speaking_antecedents.setdefault(sentences[token.i], best)
                mention, _ = named[best]
                found.append(Mention(doc[start].idx, token.idx + len(token.text), doc[start : token.i + 1].text,
                                     mention.label, sentences[token.i], mention.key, rule, mention.country_code, best))
        # a quotation's "he" or "she" is someone its speaker tells of, never the speaker: "'*He* hit me
        # in the face,' she said" — known only once the speaking pronoun, often after it, is resolved
        told_of_by_speaker = {doc[i].idx for i, best in resolved.items() if i in speaking_pronouns
                              and doc[i].lower_ not in self.quoted and speaking_pronouns[i] in resolved
                              and _same_person(named[best][0], named[resolved[speaking_pronouns[i]]][0])}
        found = [m for m in found if m.start not in told_of_by_speaker]
        for token in spoken_by_pronoun:
            # "'I remain optimistic,' *he* said": I is whom he stands for; "we" only when the speaker is
            # itself an organisation or country ("'We will appeal,' it said"): an organisation in a person's
            # phrase, named sentences before ("Kevin Ireland, a businessman from New Delhi"), is too far a guess
            best = resolved.get(speaking_pronouns[token.i])
            if best is not None and named[best][0].label in self.quoted[token.lower_]:
                mention, _ = named[best]
                found.append(Mention(token.idx, token.idx + len(token.text), token.text, mention.label,
                                     sentences[token.i], mention.key, "quoted", mention.country_code, best))
        return found

    def _body_by_its_noun(self, token: Token, named: Named, cursor: int) -> int | None:
        """The organisation named last before ``token`` whose name has the noun of the definite description
        ``token`` heads (``body_nouns`` of ``entities/actors.json``): "The House Energy and Commerce Committee
        questioned Hayward. *The committee* released documents". A body no name before calls so is left alone
        (no other organisation is "the committee")."""
        if token.lower_ not in self.body_nouns or _nominal(token) is None:
            return None
        return next((i for i in range(cursor - 1, -1, -1) if named[i][0].label == "ORG"
                     and token.lower_ in named[i][0].text.lower().split()), None)

    def _ruled(self, token: Token, named: Named) -> tuple[int, int, str] | None:
        """(country in ``named``, first token, rule) when ``token`` is a noun of a country's rule
        with the country's name ("the regime in North Korea"), or a relative pronoun whose
        clause such a noun heads ("a regime in North Korea that has threatened")."""
        if token.pos_ == "NOUN":
            country = _ruled_country(token, named, self.governing)
            return (country, token.left_edge.i, "nominal") if country is not None else None
        if (token.tag_ in ("WDT", "WP") or token.lower_ == "that") and token.dep_.startswith("nsubj") \
                and token.head.dep_ == "relcl":
            country = _ruled_country(token.head.head, named, self.governing)
            return (country, token.i, "relative") if country is not None else None
        return None

    def _offices(self, doc: Doc, named: Named) -> dict[str, list[tuple[int, Mention]]]:
        """Role (``titles.json``) → (index in ``named``, mention) of each person the text gives it
        now, by a title before the name or a noun in apposition ("Prime Minister Nouri al-Maliki",
        "Tony Hayward, BP's chief executive"); not a role held before ("former President Bill
        Clinton")."""
        persons = {}
        spans = {}
        for index, (mention, _) in enumerate(named):
            if mention.label == "PERSON":
                spans[index] = span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                persons.update(dict.fromkeys(range(span.start, span.end), index))
        offices: dict[str, list[tuple[int, Mention]]] = {}
        for index, span in spans.items():
            for words, modifiers_start in self.roles.stated(doc, span, named[index][0].key, persons):
                if not any(t.lower_.rstrip(".") in self.roles.times for t in doc[modifiers_start : words.start]):
                    offices.setdefault(words.role, []).append((index, named[index][0]))
        return offices

    def _office(self, token: Token, offices: dict[str, list[tuple[int, Mention]]], cursor: int) -> tuple[int, int] | None:
        """(first token, index in ``named``) of a definite description of an office that the text
        gave one person before: "the prime minister", "the company's chief executive" (its
        possessor itself a description) after "Prime Minister Nouri al-Maliki" or "BP chief
        executive Tony Hayward". Why: news names an office holder once with the title and then
        says only "the president". Only when the text gave that office to no one else before (by
        surname: "President Barack Obama", "President Obama" are one), and not when the
        description says more than the office ("the president of Syria", "the new minister",
        "the former president"): it may then be another."""
        if token.tag_ not in ("NN", "NNP") or token.dep_ == "appos" or any(
                c.dep_ in ("prep", "acl", "relcl", "appos") for c in children(token)):
            return None  # "the prime minister, Tony Blair,": the name beside it says who
        doc = token.doc
        words = self.roles.role_at(doc, token, end_by=token.i + 1)
        if words is None or words.start == 0:
            return None
        before = doc[words.start - 1]
        if before.tag_ == "POS" and before.head.tag_ == "NN" and before.head.i == words.start - 2:
            before = doc[before.head.i - 1]  # "the company's chief executive": whose, itself a description
        if before.lower_ != "the":  # right before the office: nothing that says which one ("the new …")
            return None
        holders = [(index, mention) for index, mention in offices.get(words.role, ()) if index < cursor]
        if not holders or len({mention.key.split()[-1] for _, mention in holders}) > 1:
            return None
        return before.i, holders[-1][0]

    def _descriptors(self, doc: Doc, named: Named, sentences: list[int]) -> list[Mention]:
        """Descriptions set beside a name, which stand for it: a noun of ``nominals`` before
        the name ("Irish national airline Aer Lingus") or in apposition on either side
        ("Airbus, Europe's biggest aircraft manufacturer"; "the low-cost airline, Ryanair").
        The description runs from its first word to its noun, after any name inside it."""
        inside = {t.i for mention, _ in named for t in doc.char_span(mention.start, mention.end, alignment_mode="expand")}
        found = []
        for index, (mention, head) in enumerate(named):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            nouns = [c for c in children(head) if c.dep_ == "compound" and c.i == span.start - 1
                     or c.dep_ == "appos" and _only_punctuation(doc[span.end : c.left_edge.i])]
            if head.dep_ == "appos" and _only_punctuation(doc[head.head.i + 1 : span.start]):
                nouns.append(head.head)
            for noun in nouns:
                if (noun.tag_ != "NN" or noun.i in inside or mention.label not in self.nominals.get(noun.lower_, ())):
                    continue
                start = max((i + 1 for i in range(noun.left_edge.i, noun.i) if i in inside), default=noun.left_edge.i)
                while doc[start].dep_ in ("case", "punct"):  # the "'s" of "Europe's", a comma
                    start += 1
                found.append(Mention(doc[start].idx, noun.idx + len(noun.text), doc[start : noun.i + 1].text,
                                     mention.label, sentences[noun.i], mention.key, "descriptor",
                                     mention.country_code, index))
        return found

    def _speakers(self, doc: Doc, named: Named) -> tuple[dict[int, int], dict[int, int]]:
        """Token index inside a quotation → index in ``named`` of the quotation's speaker: the
        named subject (or the first name in the subject's phrase) of the nearest reporting
        verb outside the quotation marks in the sentences the quotation starts or ends in, else
        in the sentence right after its closing mark (of a participle, the subject of the verb
        it hangs on). Second: token inside a quotation whose speaker is a pronoun ("he said") →
        that pronoun's token index, for a quotation no name speaks."""
        head_of = {head.i: index for index, (_, head) in enumerate(named)}
        speakers: dict[int, int] = {}
        pronouns: dict[int, int] = {}
        for first, last in quotations(doc):
            opening, closing = sentence_of(doc[first]), sentence_of(doc[last])
            sentences = {opening.start: opening, closing.start: closing}
            verbs = [t for sentence in sentences.values() for t in sentence
                     if not first <= t.i <= last and t.pos_ == "VERB" and t.lemma_ in self.reporting]
            if not verbs and closing.end < len(doc) and all(t.text in QUOTATION_MARKS for t in doc[last + 1 : closing.end]):
                # the parser may end the sentence at the closing mark: "“I challenged him,” | Todd said."
                verbs = [t for t in sentence_of(doc[closing.end]) if t.pos_ == "VERB" and t.lemma_ in self.reporting]
            nearest = sorted(verbs, key=lambda v: min(abs(v.i - first), abs(v.i - last)))
            subjects = [c for verb in nearest for c in _subjects(verb)]
            named_subjects = [i for i in (_named_in(c, head_of) for c in subjects) if i is not None]
            if named_subjects:
                speakers.update(dict.fromkeys(range(first, last + 1), head_of[named_subjects[0]]))
            elif subjects and subjects[0].lower_ in self.pronouns and subjects[0].lower_ not in self.quoted:
                pronouns.update(dict.fromkeys(range(first, last + 1), subjects[0].i))
        return speakers, pronouns

    def _unnamed_speakers(self, doc: Doc, named: Named) -> dict[int, str | None]:
        """Sentence → sex (None: either) of a person its main verb of saying brings in unnamed: a
        singular subject with "a", "an" or "another" and no person's name in its phrase ("*A family
        friend* said", "*A spokesman for Eton* said"). Such a speaker is the likeliest "he" or "she"
        of the next sentences; a description with "the" ("the minister said") is more often someone
        named before."""
        people = {head.i for mention, head in named if mention.label == "PERSON"}
        found: dict[int, str | None] = {}
        for number, (start, end) in enumerate(sentence_bounds(doc)):
            root = doc[start:end].root
            if root.pos_ != "VERB" or root.lemma_ not in self.reporting:
                continue
            for subject in children(root):
                if (subject.dep_ == "nsubj" and subject.tag_ == "NN"
                        and any(c.dep_ == "det" and c.lower_ in NEW_REFERENT for c in children(subject))
                        and not any(t.i in people for t in subject.subtree)):
                    found[number] = self.sex_of_word.get(subject.lower_)
        return found

    def _speaking_sentences(self, doc: Doc, named: Named) -> frozenset[int]:
        """The sentences whose main verb of saying has a noun for its subject that no person's name
        covers ("Rear Adm *Watson* said", the tagger missing the name; "*the letter* says"), and those
        with a proper noun for a subject that the tagger names no actor by ("*Cole* is a professor of
        history", tagged a product; "*Saadi* … later turned to business", not tagged): someone is
        there whom a later "he" may stand for, though no name of a person says who."""
        people = {t.i for mention, head in named if mention.label == "PERSON" for t in head.subtree}
        # a product's label on a one-word name is as often the tagger's guess for a person ("Cole")
        actors = {t.i for mention, head in named if mention.label in ACTOR_LABELS
                  and mention.label not in THING_LABELS for t in head.subtree}
        numbers = sentence_of_token(doc)
        found = {numbers[i] for i in tokens_among(doc, DEP, ("nsubj", "nsubjpass"))
                 if i not in actors and doc[i].pos_ == "PROPN"}
        for number, (start, end) in enumerate(sentence_bounds(doc)):
            root = doc[start:end].root
            if root.lemma_ in self.reporting and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                                                     and c.i not in people for c in children(root)):
                found.add(number)
        return frozenset(found)

    def _first_name_sexes(self, doc: Doc, named: Named) -> dict[str, str]:
        """The sex of each person whose name starts with a first name that gender-guesser's list
        gives to one sex only ("*George* Yeo", "*Nicola* Sturgeon"; not "Kim", "Jean-Pierre" or
        "Wen", which it finds for both or not at all), by the mention's key. A name of one word
        may be a surname and tells nothing. Only agreement evidence: a "she" passes over
        George Yeo, but no pronoun is resolved because of it alone."""
        found: dict[str, str] = {}
        for mention, _ in named:
            if mention.label != "PERSON" or mention.key in found:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            words = [t for t in span if t.is_alpha or "-" in t.text]
            if len(words) < 2 or not words[0].text[:1].isupper():
                continue
            if not words[0].whitespace_ and words[0].i + 1 < len(doc) and doc[words[0].i + 1].text == "-":
                continue  # "*Al*-Obeidy": the first part of a hyphened surname, no given name ("Al" is a man's)
            sex = sex_of_first_name(words[0].text)
            if sex is not None:
                found[mention.key] = sex
        return found

    def _sexes(self, doc: Doc, named: Named) -> dict[str, set[str]]:
        """The sex of each person whose name has a word of ``gendered_words`` beside it: a title
        before it ("*Mrs* Clinton", "*King* Abdullah") or a noun joined to it ("*spokeswoman* Jane
        Doe", "Jane Doe, a *spokeswoman*", "his *wife*, Suzanne"), by the mention's key."""
        sexes: dict[str, set[str]] = {}
        for mention, head in named:
            if mention.label != "PERSON":
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            # a title is written with a capital and is no verb: not "I will *miss* Steve"
            words = [t for t in doc[max(span.start - 1, 0) : span.start + 1] if t.text[:1].isupper() and t.pos_ != "VERB"]
            words += [c for c in children(head) if c.dep_ in ("compound", "appos")]
            if head.dep_ in ("appos", "compound") and head.head.i != head.i:
                words.append(head.head)
            for word in words:
                sex = self.sex_of_word.get(word.lower_.rstrip("."))
                if sex is not None:
                    sexes.setdefault(mention.key, set()).add(sex)
        return sexes

    def _antecedent(self, token: Token, before: Named, cursor: int, labels: list[str], sentences: list[int],
                    subject_antecedents: dict[int, int], heads: set[int], chain: dict[int, int] | None = None,
                    people: frozenset[str] = frozenset(), fits: _Sex | None = None,
                    newcomers: dict[int, str | None] | None = None, unsaid: set[int] | None = None,
                    protagonist: frozenset[str] = frozenset(), speaking: frozenset[int] = frozenset(),
                    far: bool = False) -> int | None:
        """Index of the antecedent among the first ``cursor`` named mentions (those before the pronoun);
        ``heads``: the token indices of the heads of all of ``before``.
        In an earlier sentence a subject comes first, and a subject pronoun counts as the
        mention it stands for: "In 2008, he told Bush … Three years later, he told" → the first he's;
        ``chain`` (sentence → antecedent): for a description, the resolved subject pronouns; for a
        subject "he" or "she", those that speak: what it gives for the sentence just before counts
        when that sentence names no one fitting.
        A name that ``fits`` rejects (one of the other sex) is passed over. A subject "he" or "she"
        is no name before a sentence of ``newcomers`` (:meth:`_unnamed_speakers`) of a sex that
        ``fits`` it, when it is the subject of a verb of saying: "A family friend said the death was a
        tragedy. 'It is hard,' *she* said" is
        the friend, not a woman named before. A name among ``unsaid`` (the tokens of the quotation the
        pronoun speaks) is passed over. Where no fitting name is near enough, a "he" or "she" outside
        quotation marks (``far``) is what the subject pronoun of a sentence in the window stands for, else
        the ``protagonist`` (:func:`_far_antecedent`), unless a sentence of ``speaking`` comes between; in
        a quotation it is someone the speaker tells of ("'*He* died immediately,' of an uncle")."""
        fits = fits or _ANYONE
        if token.lower_ == "it" and _unnamed_thing_doing(token, before, self.described):
            return None  # "a roadside bomb killed three guards when *it* was detonated": the bomb
        # only for a speaker: "'She spoke of Gaddafi's soldiers,' a diplomat said" leaves Rice to "she"
        newcomers = newcomers if token.dep_ == "nsubj" and token.head.lemma_ in self.reporting and newcomers else {}
        here = sentences[token.i]
        commanded = _commanded(token, self.reporting) if token.pos_ == "PRON" else set()
        # nor is it anyone named there, also by another mention: "he felt *Mubarak* would respond"
        disjoint = {mention.key for mention, head in before if head.i in commanded} if commanded & heads else set()
        aside = None  # a fitting name in a relative clause of the sentence, if none outside one
        # a pronoun in subject position weighs the names of its sentence by the parse, not by distance:
        # "Since *Egypt* lost its export market, all coming from Iraq, *its* GNP fell"
        # not a description ("the company" names its kind), nor in a run-on line of unpunctuated copy,
        # whose parse is less to be trusted than distance
        parallel = token.pos_ == "PRON" and _in_subject(token) and len(sentence_of(token)) <= MAX_PARSED_SENTENCE
        candidates: list[int] = []
        chained = chain.get(here - 1) if chain else None  # "The airline … signed. The company said"
        if chained is not None and (before[chained][0].label not in labels or not fits(before[chained][0])):
            chained = None
        for index in range(cursor - 1, -1, -1):
            mention, head = before[index]
            if (mention.label in labels and not fits(mention) and mention.sentence != here and not candidates
                    and aside is None and here - mention.sentence <= self.window[mention.label]):
                # "'… Gaddafi forces are preventing people from leaving,' *she* said. '… we managed to leave,'
                # *she* said": the sentence names no woman, but its subject pronoun stands for one
                linked = subject_antecedents.get(mention.sentence)
                if linked is not None and before[linked][0].label in labels and fits(before[linked][0]) and not any(
                        m.sentence == mention.sentence and m.label in labels and fits(m) for m, _ in before[:cursor]):
                    return linked
            plural = token.lower_ in self.plural_pronouns
            if plural and mention.sentence == here and not candidates and aside is None \
                    and _coordinated_subject(head, heads):
                return None  # "Saudi Arabia, Bahrain and Kuwait recalled *their* ambassadors": all three, no name before
            if not _takes(before[index], labels, plural) or is_outlet(mention.text, mention.label) or not fits(mention):
                continue  # "a resident told Reuters … they feared": the outlet only carries the story
            if head.i in commanded or mention.key in disjoint or unsaid and head.i in unsaid:
                continue  # "… if Khamees crushes advances, *he* said": he is not Khamees
            if _addressed(head):
                continue  # "So, *Suzanne*, clearly, he says": the one spoken to, not the one spoken of
            if token.lower_ in ("it", "its") and _placing_a_noun(head):
                continue  # "At a news conference *in Cairo*, Hamad read a statement. *It* called on Assad"
            if token.lower_ == "it" and token.head.lemma_ not in self.reporting and _naming_a_thing(head, mention, self.nominals):
                continue  # "Grad rockets were used. *It* also found evidence": the rockets, no one named Grad
            if mention.sentence != here and (candidates or aside is not None):
                return _closest(fits.preferred(candidates, before), token, before) if candidates else aside  # the sentence names one
            if mention.sentence < here - 1 and chained is not None:
                return chained  # the sentence before names no one fitting, but its subject stands for one
            if any(s in newcomers and fits.sex != _OTHER_SEX.get(newcomers[s]) for s in range(mention.sentence + 1, here)):
                return None
            if here - mention.sentence > self.window[mention.label]:
                return _far_antecedent(before, cursor, here, self.window[mention.label], fits, disjoint,
                                       subject_antecedents, protagonist, speaking) if far else None
            if token.lower_ in self.plural_pronouns and any(c.i != head.i for c in head.conjuncts):
                return None  # a plural pronoun after "Ukraine and Russia" means both: leave it
            if mention.sentence == here:
                if plural and (_unnamed_plural_between(head, token, before) or _in_unnamed_plural(head, token, heads)):
                    # "NATO waits for Gaddafi to put his tanks on open ground during *their* march"; "The activists
                    # who run the Shuhada website say *their* figures are higher": the activists'
                    return None
                if token.dep_ != "poss" and head.dep_.startswith("nsubj") and head.head == token.head:
                    continue  # "Putin told him": an object pronoun is not its own verb's subject
                if _in_aside(head, token):
                    aside = index if aside is None else aside
                    continue
                if not parallel:
                    return index
                candidates.append(index)
                continue
            if "PERSON" in labels and (_described_subject(head, before, people)
                                       or _described_subject_before(token, before, people)):
                return None  # "The former diplomat, who knew Mr Bush's aides, writes … *He* says": not Bush
            if token.lower_ in self.plural_pronouns and (_unnamed_plural_subject(token, before)
                                                         or _unnamed_plural_subject(head, before)):
                # "The ICC … A group of friends paid for *their* tickets": the friends'; "Reporters were taken
                # by Libyan officials to the district. Later *they* were shown the bodies": the reporters
                return None
            if token.lower_ == "it" and token.head.lemma_ not in self.reporting and _unnamed_thing_subject(
                    head, heads, self.described) and not _argument(head):
                # "The freezing of the League's mission will throw the spotlight on the UN. *It* signals that
                # regional efforts have failed": the thing the sentence before is about, not a name only placed
                # in it (a name its verb takes may still be "it": "The spread of the disease led *the WHO* to
                # declare a pandemic. On April 29 it raised its alert")
                return None
            if plural and (_plural_noun_before(token) or any(
                    m.sentence == mention.sentence and _coordinated_subject(h, heads) for m, h in before[:cursor])):
                # a plural of the pronoun's own sentence is nearer than any name before it ("The GCC condemned
                # the attack. Several European countries recalled *their* ambassadors"), and names that are
                # subjects together are what "they" stands for ("Russia and China vetoed the draft. *They*
                # said"): a name of that sentence that "they" can take is a worse guess than none
                return None
            return _subject_of_sentence(before, index, labels, subject_antecedents, fits,
                                        speaking=token.pos_ == "PRON" and token.dep_ == "nsubj"
                                        and token.head.lemma_ in self.reporting, plural=plural)
        return _closest(fits.preferred(candidates, before), token, before) if candidates else (
            aside if aside is not None else chained)


#: the longest sentence, in tokens, whose parse picks a pronoun's antecedent over distance (news
#: sentences run to 60 or so; a paragraph of copy without full stops is parsed as one)
MAX_PARSED_SENTENCE = 80
SPEAKING_FOR = frozenset({"by", "from", "for"})  # "a statement by Boeing", "a spokeswoman for the federation"


#: how many "he", "him" or "his" (and no "she" or "her") resolved to a person tell he is a man, as three
#: pronouns or more tell a surname's sex in resolution (kg.resolve.entities)
PRONOUNS_TELLING_SEX = 3
#: how many times a text names its protagonist by name, at least, and how many times as often as anyone else
PROTAGONIST_MENTIONS = 3
PROTAGONIST_LEAD = 2


def _protagonist(named: Named) -> frozenset[str]:
    """The keys of the person a text is about: by surname ("John Smith … Smith"), named at least
    :data:`PROTAGONIST_MENTIONS` times and :data:`PROTAGONIST_LEAD` times as often as any other
    surname; the surname alone and the full name written most often with it ("his brother *Mark
    Smith*" is someone else). In an obituary or a profile a "he" or "she" with no name near it is
    that person, not someone named in passing further back. Empty when no one leads so."""
    keys = [mention.key for mention, _ in named if mention.label == "PERSON" and mention.key]
    ranked = Counter(key.split()[-1] for key in keys).most_common(2)
    if not ranked or ranked[0][1] < PROTAGONIST_MENTIONS or len(ranked) > 1 and ranked[0][1] < PROTAGONIST_LEAD * ranked[1][1]:
        return frozenset()
    surname = ranked[0][0]
    full = Counter(key for key in keys if key != surname and key.split()[-1] == surname).most_common(1)
    return frozenset({surname, *(key for key, _ in full)})


def _far_antecedent(before: Named, cursor: int, here: int, window: int, fits: _Sex, disjoint: set[str],
                    subject_antecedents: dict[int, int], protagonist: frozenset[str],
                    speaking: frozenset[int]) -> int | None:
    """The antecedent of a "he" or "she" (``fits`` of a sex) whose last ``window`` sentences name no
    fitting person: what the subject pronoun of the nearest of them stands for ("Salazar gave a dire
    warning. *He* said the relief well could take three months. 'It could be worse than the Exxon
    Valdez. We're not sugarcoating this thing,' *he* said"), else the ``protagonist``, the person the
    text is about (:func:`_protagonist`: "*Smith* was born in Leeds … The book sold well. Critics loved
    it. *He* later moved to London"). None past a sentence of ``speaking`` (someone no name of a person
    stands for speaks there: "Rear Adm Watson said … *he* said")."""
    if here in speaking:
        return None  # such a subject in the pronoun's own sentence is nearer than anyone named before
    for sentence in range(here - 1, here - window - 1, -1):
        linked = subject_antecedents.get(sentence)
        if linked is not None and before[linked][0].label == "PERSON" and fits(before[linked][0]) \
                and before[linked][0].key not in disjoint:
            return linked
        if sentence in speaking:
            return None
    return _latest(before, cursor, protagonist, fits, disjoint)


def _quoted(token: Token) -> bool:
    """Whether ``token`` is inside quotation marks (:func:`quotations`)."""
    return any(first <= token.i <= last for first, last in quotations(token.doc))


def _latest(before: Named, cursor: int, keys: frozenset[str], fits: _Sex, disjoint: set[str]) -> int | None:
    """The last of the first ``cursor`` names that is a person of ``keys`` and ``fits``, not one of the
    ``disjoint`` keys a pronoun cannot stand for."""
    for index in range(cursor - 1, -1, -1):
        mention, _ = before[index]
        if mention.label == "PERSON" and mention.key in keys and fits(mention) and mention.key not in disjoint:
            return index
    return None


def _described_speaker(pronoun: Token) -> Token | None:
    """The speaker a subject pronoun of a reported clause stands for, also of a second "that" clause
    ("Blair admitted that … linking Saddam … and that *he* had no idea"), when a name, a pronoun or
    a definite description says who speaks ("the former Pentagon chief was admitting that …",
    "the president said *he*"): someone named up to the speaker, not in what is reported. None else."""
    if not pronoun.dep_.startswith("nsubj"):
        return None
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "admitting that … and that he had": the second reported clause
    if clause.dep_ != "ccomp":
        return None
    if _subject_before_in_clause(pronoun):
        return None
    speaker = next((c for c in children(clause.head) if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.i > pronoun.i or speaker.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if speaker.pos_ == "NOUN" and not any(c.dep_ == "det" and c.lower_ == "the" for c in children(speaker)):
        return None  # "Rebels said they": a new speaker no name stands for (_reported_subject)
    if speaker.pos_ == "PRON":
        # "Askham, from Polmont, outside Falkirk, said they believed *they* caught it": the speaker's own
        return _described_speaker(speaker) or speaker
    return speaker


def _named_before(named: Named, cursor: int, speaker: Token | None) -> int:
    """How many of the first ``cursor`` named mentions come before the end of ``speaker``'s own
    phrase ("the government *of Libya* said it"), not counting a clause on it nor a phrase set
    off by a comma ("Dawn Askham, *from Polmont, outside Falkirk*, said they"; all without one)."""
    if speaker is None:
        return cursor
    asides = {t.i for c in children(speaker) if c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and (
        c.i > 0 and c.doc[c.i - 1].text == ",") for t in c.subtree}
    last = max(t.i for t in speaker.subtree if t.i not in asides)
    return next((i for i in range(cursor) if named[i][1].i > last), cursor)


def _described_subject(name: Token, named: Named, people: frozenset[str]) -> bool:
    """Whether the subject of ``name``'s sentence is a person described, not named ("*The former
    diplomat*, who enjoyed access to Mr Bush's administration, provides"): a later "he" is that
    person, not a name elsewhere in the sentence."""
    subject = next((c for c in children(sentence_of(name).root) if c.dep_ == "nsubj"), None)
    return (subject is not None and subject.pos_ == "NOUN" and subject.lower_ in people
            and all(head.i != subject.i for _, head in named))


def _described_subject_before(pronoun: Token, named: Named, people: frozenset[str]) -> bool:
    """Whether the subject of an adverbial clause on the pronoun's own verb, before it, is a person
    described, not named ("When *the president* made a trip to the UK, *he* gave the Queen an
    iPod"): the pronoun is that person, not a name of an earlier sentence. Not a described person
    anywhere else before it ("'… the desire for the president to speak …,' *he* said")."""
    return any(c.dep_ == "advcl" and c.i < pronoun.i and any(
        t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.lower_ in people
        and any(d.dep_ == "det" and d.lower_ == "the" for d in children(t))
        and all(head.i != t.i for _, head in named) for t in children(c)) for c in children(pronoun.head))


def _unnamed_plural_subject(pronoun: Token, named: Named) -> bool:
    """Whether the subject of ``pronoun``'s sentence, before it, is a plural no name is part of
    ("*A group of seven friends* … paid for their tickets", "*Residents* said their homes"): the
    pronoun stands for it rather than for a name of an earlier sentence."""
    sentence = sentence_of(pronoun)
    subject = next((c for c in children(sentence.root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i >= pronoun.i or subject.pos_ != "NOUN":
        return False
    counted = [g for c in children(subject) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c)
               if g.dep_ == "pobj"]  # "a group *of friends*"
    plural = subject.tag_ == "NNS" or any(g.tag_ == "NNS" for g in counted)
    return plural and not _named_by(subject, {head.i for _, head in named})


def _unnamed_thing_subject(name: Token, heads: set[int], described: frozenset[str]) -> bool:
    """Whether the subject of ``name``'s sentence is a thing a singular common noun names, with no name
    that says which ("*The freezing of the mission* will throw the spotlight on the UN", "*A video* was
    posted on YouTube"), nor one that stands for a name ("the company"): a subject "it" of the next
    sentence is that thing. Not for a verb of saying, whose "it" is more often a body named before."""
    subject = next((c for c in children(sentence_of(name).root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (subject is not None and subject.pos_ == "NOUN" and subject.tag_ == "NN"
            and subject.lower_ not in described and not _named_by(subject, heads))


def _argument(name: Token) -> bool:
    """Whether a name is a subject, object or complement of its verb, also one of several joined."""
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head
    return name.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr")


def _unnamed_thing_doing(pronoun: Token, named: Named, described: frozenset[str]) -> bool:
    """Whether a subject "it" stands for a thing a common noun names, the subject of the clause
    the pronoun's clause hangs from, before it ("a roadside bomb killed three guards when *it* was
    detonated"): a common noun with no name in it, and none that stands for a name ("the
    company"). Not "its": "the growth is due to sales of *its* iPods" is still Apple's."""
    clause = pronoun.head
    if not pronoun.dep_.startswith("nsubj") or clause.head.i == clause.i:
        return False
    verb = clause.head
    if clause.dep_ == "ccomp" and _so_adjective(verb):
        verb = verb.head  # a clause of result: "the virus is proving so mild that *it* has got officials wondering"
    elif clause.dep_ not in ("advcl", "conj"):
        return False
    verbs = [verb]
    heads = {head.i for _, head in named}
    for verb in verbs:
        subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i >= pronoun.i:
            continue
        if subject.pos_ == "NOUN" and subject.tag_ == "NN" and subject.lower_ not in described and not any(
                t.i in heads for t in subject.subtree):
            return True
    return False


def _so_adjective(word: Token) -> bool:
    """Whether ``word`` is the complement adjective of a verb, with "so" on it ("is *so mild* that")."""
    return word.pos_ == "ADJ" and word.dep_ == "acomp" and any(
        c.dep_ == "advmod" and c.lower_ == "so" for c in children(word))


def _repeated_subject(pronoun: Token, resolved: dict[int, int]) -> int | None:
    """What the same pronoun stands for as the subject of the clause joined to the pronoun's own,
    before it in the sentence (an adverbial clause on its verb, or the verb its clause hangs from
    or is coordinated with): "While *it* has supported the Free Syrian Army, *it* came under
    attack" — both the council named before, not the army between them. None else."""
    if not pronoun.dep_.startswith("nsubj"):
        return None
    verb = pronoun.head
    clauses = [c for c in children(verb) if c.dep_ == "advcl" and c.i < pronoun.i]
    if verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i:
        clauses.append(verb.head)
    for clause in clauses:
        for subject in children(clause):
            if subject.dep_.startswith("nsubj") and subject.i < pronoun.i and subject.lower_ == pronoun.lower_:
                return resolved.get(subject.i)
    return None


def _addressed(name: Token) -> bool:
    """Whether ``name`` is a bare name set off by commas (or opening its sentence) as the one a
    speaker turns to: "So, *Suzanne*, clearly, he says …", "*Wolf*, the crowds are growing"."""
    doc = name.doc
    if name.pos_ != "PROPN" or name.dep_ not in ("npadvmod", "intj", "dep") or name.head.i == name.i:
        return False
    first, last = name.left_edge.i, name.right_edge.i
    if any(t.pos_ != "PROPN" and not t.is_punct for t in doc[first : last + 1]):
        return False  # "Our CNN Money's Poppy Harlow, she joins us": the one spoken of, set before her pronoun
    opens = first == sentence_of(name).start or doc[first - 1].text == ","
    return opens and last + 1 < len(doc) and doc[last + 1].text == ","


#: prepositions of a phrase that says where a thing or a person is ("a news conference *in* Cairo")
PLACING = frozenset({"in", "at", "near", "outside", "inside"})


def _naming_a_thing(name: Token, mention: Mention, nominals: dict) -> bool:
    """Whether a name only says which or whose things a plural noun names ("*Grad* rockets", "*Apache*
    helicopters"), or which thing of another kind a singular one does (the *BP* rig": a product,
    BP a company; ``nominals`` of actors.json): the noun is what the phrase names, so no "it" after
    it stands for the name. Not the people of a body ("*Gaddafi* forces": ``actor_nouns``), nor
    a singular noun the name may stand for ("the *Nasdaq* exchange", "the *Pentagon* report"). A verb
    of saying's "it" may still be the owner: "BP shares fell. *It* said" is BP."""
    noun = name.head
    if name.dep_ not in ("compound", "nmod", "amod") or noun.pos_ != "NOUN" or noun.i < name.i:
        return False
    kinds = nominals.get(noun.lower_)
    return kinds is not None and mention.label not in kinds or noun.tag_ == "NNS" and noun.lower_ not in acting_nouns()


def _placing_a_noun(name: Token) -> bool:
    """Whether a name only says where a noun is, in a phrase on it ("a news conference *in Cairo*",
    "the BBC's Jon Leyne *in Cairo*"): no "it" stands for such a place."""
    preposition = name.head
    return (name.dep_ == "pobj" and preposition.lower_ in PLACING and preposition.dep_ == "prep"
            and preposition.head.pos_ in ("NOUN", "PROPN"))


def _takes(named: tuple[Mention, Token], labels: list[str], plural: bool) -> bool:
    """Whether a pronoun of ``labels`` can stand for a name: one of its labels, or for a plural
    pronoun a country written as its people or its forces, a plural ("*the Palestinians* held
    elections to elect *their* parliament", "Russian *forces*"), like an organisation."""
    mention, head = named
    if plural and head.dep_ in ("compound", "nmod") and head.head.tag_ == "NN" \
            and head.head.lemma_.lower() in eventive_nouns():
        # "Fishermen said *the BP oil spill* had ruined them": a name that only says whose one event is is
        # not whom "they" stands for ("the Wafd group … they", "UN monitors … they" are the body's)
        return False
    if mention.label in labels:
        return plural or mention.label != "PERSON" or not _family(head)
    if head.dep_ in ("amod", "compound") and head.head.idx < mention.end:
        head = head.head  # "Russian *forces*": the mention's noun
    return plural and mention.label in ("GPE", "NORP") and head.tag_ in ("NNS", "NNPS")


def _family(name: Token) -> bool:
    """Whether a person's name is written as a family, several people: "*the Berlusconis*", "the
    Obamas" — no antecedent of "he" or "she"."""
    return name.lower_.endswith("s") and any(c.dep_ == "det" and c.lower_ == "the" for c in children(name))


def _unnamed_plural_between(name: Token, pronoun: Token, named: Named) -> bool:
    """Whether a plural common noun no name is part of stands between ``name`` and a plural pronoun
    of its sentence as a subject or object ("NATO is waiting for Gaddafi to put *his tanks and
    artillery* on exposed terrain during their long march", "NATO said *civilians* died in their
    homes"): the pronoun stands for that noun rather than for the name before it; not the name's own
    object."""
    heads = {head.i for _, head in named}
    for token in pronoun.doc[name.i + 1 : pronoun.i]:
        if not _plural_argument(token):
            continue
        if token.dep_ == "dobj" and name.dep_.startswith("nsubj") and name.head.i == token.head.i:
            continue  # the name's own object: "*the Palestinians* had elections to elect their parliament"
        if not _named_by(token, heads):
            return True
    return False


def _in_unnamed_plural(name: Token, pronoun: Token, heads: set[int]) -> bool:
    """Whether ``name`` lies inside the phrase of a plural subject or object that it does not name
    (:func:`_named_by`) and that ``pronoun`` is outside of: "*The activists who run the Shuhada
    website* say their figures are higher"."""
    return any(_plural_argument(a) and not a.left_edge.i <= pronoun.i <= a.right_edge.i and not _named_by(a, heads)
               for a in name.ancestors)


#: the roles of a plural noun that a later "they" or "their" of its sentence most often stands for
PLURAL_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _plural_argument(token: Token) -> bool:
    """Whether ``token`` is a plural common noun (or nouns joined) as a subject or object, or the
    plural a quantity there counts ("*some of the refugees* filmed on their phones")."""
    if token.pos_ != "NOUN":
        return False
    counted = token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ in PLURAL_ARGUMENT_DEPS
    # what "there are" brings in is as much an argument: "there were seven wells on its platform, but *they*
    # were shut down"
    introduced = token.dep_ == "attr" and any(c.dep_ == "expl" for c in children(token.head))
    if token.dep_ not in PLURAL_ARGUMENT_DEPS and not counted and not introduced:
        return False
    return token.tag_ == "NNS" or any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in children(token))


def _plural_noun_before(pronoun: Token) -> bool:
    """Whether a plural subject or object of the pronoun's own sentence comes before it (:func:`_plural_argument`)."""
    return any(_plural_argument(t) for t in pronoun.doc[sentence_of(pronoun).start : pronoun.i])


#: prepositions of a phrase that says whose people a plural noun names ("members *of* the FSA", "staff *from* the ICRC")
MEMBERSHIP = frozenset({"of", "from", "at"})


def _named_by(noun: Token, heads: set[int]) -> bool:
    """Whether a name says who or which a noun (or one joined to it) is: the noun itself, a name set
    before it ("*UN* monitors", "*Syria*'s leaders", "*Russian* officials") or after it ("the media rights
    body, *Reporters Without Borders*"), or the object of its "of",
    "from" or "at" phrase ("members of *the FSA*", "staff from *the ICRC*"); not a name further inside
    its phrase ("the wives of the ambassadors to *the UN*", "activists who run *the Shuhada* website"),
    which is not whom "they" (or "it") stands for."""
    return any(_names(word, heads) for word in (noun, *noun.conjuncts))


def _names(word: Token, heads: set[int]) -> bool:
    """Whether a name says who ``word`` is, itself or by a word on it (:func:`_named_by`, without the conjuncts)."""
    if word.i in heads:
        return True
    for child in children(word):
        if child.dep_ in ("compound", "amod", "poss", "nmod", "appos") and any(t.i in heads for t in child.subtree):
            return True
        if child.dep_ == "prep" and child.lower_ in MEMBERSHIP and any(
                g.dep_ == "pobj" and g.i in heads for g in children(child)):
            return True
    return False


def _coordinated_subject(name: Token, heads: set[int]) -> bool:
    """Whether ``name`` is one of several names joined as a subject ("*Russia and China* vetoed",
    "Saudi Arabia and other *Gulf Arab* states withdrew"), with another name among the conjuncts."""
    word = name
    while word.dep_ in ("compound", "amod", "poss") and word.head.i != word.i:
        word = word.head  # "*Gulf Arab* states": the noun the name is set before
    first = word
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ in ("nsubj", "nsubjpass") and any(
        c.i != word.i and _names(c, heads) for c in (first, *first.conjuncts))


def _only_punctuation(tokens) -> bool:
    """Whether the tokens between a name and its description are at most a comma: the two stand together."""
    return all(t.is_punct for t in tokens)


def _subjects(verb: Token) -> list[Token]:
    """The subjects of a reporting verb; for one without its own, a participle on another verb,
    that verb's ("Jobs resigned in a letter, stating: “I have always said …”" → Jobs)."""
    own = [c for c in children(verb) if c.dep_ == "nsubj"]
    if own or verb.dep_ not in ("advcl", "xcomp") or verb.head is verb:
        return own
    return [c for c in children(verb.head) if c.dep_ == "nsubj"]


def _named_in(subject: Token, head_of: dict[int, int]) -> int | None:
    """The head of the name that speaks as ``subject``: the subject itself, else its possessor or
    the object of "by", "from" or "for" on it ("A statement by Boeing … said" → Boeing); not a
    name that only places or describes the speaker ("a spokeswoman in The Hague", "a Misrata man")."""
    if subject.i in head_of:
        return subject.i
    for child in children(subject):
        if child.dep_ == "poss" and child.i in head_of:
            return child.i
        if child.dep_ == "prep" and child.lower_ in SPEAKING_FOR:
            named = [t.i for t in children(child) if t.dep_ == "pobj" and t.i in head_of]
            if named:
                return named[0]
    return None


#: what a verb takes after it, in which a name cannot be its own subject pronoun (binding
#: principle C): the clause it reports, its object, its complement
COMMANDED_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "dobj", "dative", "attr", "oprd"})


def _commanded(pronoun: Token, reporting: frozenset[str]) -> set[int]:
    """The tokens a subject pronoun's verb takes as its clause, object or complement, where a name
    is never what the pronoun stands for: "Help might not arrive if *Khamees* crushes advances,
    *he* said" (he is someone else, named before). A reporting verb set after its clause as an
    aside ("NATO will strike, he said", parsed with the clause as head) has that clause too.
    Empty for a pronoun that is no subject: "his" may be Khamees in "Khamees led his troops"."""
    verb = pronoun.head
    if not pronoun.dep_.startswith("nsubj") or verb.i == pronoun.i:
        return set()
    # a clause before the verb is its complement only for a verb of saying ("NATO will strike, he
    # said"); else it is one the parser joined ("Her name was Ida Fuller; she received")
    found = {t.i for child in children(verb) if child.dep_ in COMMANDED_DEPS
             and (child.i > verb.i or verb.lemma_ in reporting) for t in child.subtree}
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        found |= {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree}
    return found


def _same_person(mention: Mention, other: Mention) -> bool:
    """Whether two mentions are of the same name: whole, or for persons by surname ("Todd", "Mark
    Todd"), also where the tagger typed one of them otherwise ("Djebbar told" an organisation)."""
    if mention.key == other.key:
        return True
    return "PERSON" in (mention.label, other.label) and mention.key.split()[-1:] == other.key.split()[-1:]


def _union(sexes: dict[str, set[str]], more: dict[str, set[str]]) -> dict[str, set[str]]:
    if not more:
        return sexes
    return {key: sexes.get(key, set()) | more.get(key, set()) for key in sexes.keys() | more.keys()}


class _Sex:
    """Which names a pronoun of ``sex`` (None: either, as "they" or "it") can stand for, given the
    ``sexes`` known of persons by key: called on a mention, whether it may (no person known to be
    of the other sex, by its own full name, else by any mention of the same surname, unless they
    disagree: "Bill and Hillary Clinton"); :meth:`preferred`, of the fitting names of one sentence, those known to be of it."""

    def __init__(self, sex: str | None, sexes: dict[str, set[str]], titled: dict[str, set[str]] | None = None):
        self.sex, self.sexes, self.titled = sex, sexes, titled or {}

    def known(self, mention: Mention) -> set[str]:
        if self.sex is None or mention.label != "PERSON" or not mention.key:
            return set()
        own = self.sexes.get(mention.key)
        if own:
            # "Michelle Obama" is a woman, whatever is known of Barack Obama; and a surname alone that
            # "Berlusconi said *he*" tells a man is one, though the text names Veronica Berlusconi too
            return own
        # a spelling of the surname counts as it: "Kadhafi" is known a man when "Moammar Gadhafi" is
        surname = _surname(mention.key)
        known = {s for key, found in self.sexes.items() if _surname(key) == surname for s in found}
        if known or " " in mention.key:
            return known
        # a name of one word that is no known surname may be a given name: "a boy, Nazer Erne … Soon after
        # *Nazer*, the team pulled out a girl. As *she* was carried away" (she is not the boy)
        return {s for key, found in self.sexes.items() if _surname(key.split()[0]) == surname for s in found}

    def __call__(self, mention: Mention) -> bool:
        return self.known(mention) != {"female" if self.sex == "male" else "male"}

    def sure(self, mention: Mention) -> bool:
        """Whether ``mention`` is surely of the pronoun's sex: a woman known as one for "she" or "her";
        for "he", only a man a word beside his name calls one ("*Mr.* Lee Hsien Loong") — most
        people in the news are men, so one known only from "X said he" says little more than a name."""
        if self.sex == "female":
            return self.known(mention) == {"female"}
        return self.sex == "male" and self.titled.get(mention.key) == {"male"}

    def preferred(self, indices: list[int], named: Named) -> list[int]:
        """``indices`` of ``named``, narrowed to those :meth:`sure` of the pronoun when any is
        ("Gaddafi met *Mrs Clinton*. She said": Clinton, though Gaddafi is the subject)."""
        known = [i for i in indices if self.sure(named[i][0])]
        return known or indices


@lru_cache(maxsize=1 << 14)  # asked of every known key for each candidate: each key worked out once
def _surname(key: str) -> str:
    """The last word of a person's key as surnames are compared, spellings folded ("Gadhafi" = "Kadhafi")."""
    return surname_spelling(fold(key.split()[-1]))


_ANYONE = _Sex(None, {})


class _Country(_Sex):
    """Which names a noun that names a country ("the country", "the nation") can stand for: one with a
    country code, a country or a name that stands for one ("Washington said", "Egyptian officials"),
    not a city the text only placed something in ("Protesters gathered in Cairo. The country …")."""

    def __init__(self):
        super().__init__(None, {})

    def __call__(self, mention: Mention) -> bool:
        return mention.country_code is not None


_COUNTRY = _Country()


#: how many sentences after the last quotation one without a speaker of its own still goes on from it
#: (its attribution may stand alone between them: "“I challenged him,” | Todd said. | “He fired.”")
QUOTATION_RUN = 2


def _quotation_speakers(doc: Doc, speakers: dict[int, int], sentences: list[int]) -> dict[int, int]:
    """Token inside a quotation → the quotation's speaker (an index of ``named``): the one its
    sentences name (:meth:`AnaphoraResolver._speakers`), else, for a quotation that goes on from
    one just before it ("'I challenged him,' Todd said. 'He raised his weapon.'"), that one's."""
    found: dict[int, int] = {}
    last_speaker, last_sentence = None, -QUOTATION_RUN - 1
    for first, last in quotations(doc):
        speaker = speakers.get(first)
        if speaker is None and sentences[first] - last_sentence <= QUOTATION_RUN:
            speaker = last_speaker
        if speaker is not None:
            found.update(dict.fromkeys(range(first, last + 1), speaker))
        last_speaker, last_sentence = speaker, sentences[last]
    return found


def _closest(candidates: list[int], pronoun: Token, named: Named) -> int:
    """Of the fitting names of a pronoun's sentence (nearest first), the one the parse puts closest:
    in the lowest clause above the pronoun that holds one, and within it the highest, a subject
    before an object (much as Hobbs's search does) — "Since *Egypt* lost its market, all coming
    from Iraq, *its* GNP fell", but "a plan that would leave *Russia* in control of the territory
    *it* occupies" after "American negotiators offered"."""
    path = {t.i: steps for steps, t in enumerate([pronoun, *pronoun.ancestors])}
    # a subject pronoun in a clause of time or cause takes a subject: "Nicole Goodwin found herself
    # shuttling her daughter Shylah between shelters after *she* returned from Iraq" (Nicole)
    parallel = pronoun.dep_ == "nsubj" and pronoun.head.dep_ == "advcl"

    def key(order: int) -> tuple[bool, int, int, bool, int]:
        head, below = named[candidates[order]][1], 0
        subject = head.dep_.startswith("nsubj")
        while head.i not in path and head.head.i != head.i:
            head, below = head.head, below + 1
        return parallel and not subject, path.get(head.i, len(path)), below, not subject, order

    return candidates[min(range(len(candidates)), key=key)]


def _in_subject(pronoun: Token) -> bool:
    """Whether a pronoun is its clause's subject or the possessor of it ("*its* GNP fell")."""
    return pronoun.dep_.startswith("nsubj") or pronoun.dep_ == "poss" and pronoun.head.dep_.startswith("nsubj")


def _in_aside(name: Token, pronoun: Token) -> bool:
    """Whether ``name`` sits in a relative clause set off by a comma that ``pronoun`` is outside of:
    an aside, which a later pronoun seldom picks up — "The statement by Berlusconi, who has close ties with
    *Gaddafi*, comes after *he* was criticised" (he is Berlusconi)."""
    for ancestor in name.ancestors:
        if ancestor.dep_ == "relcl":  # set off by a comma: "a plan *that would leave Russia* …" is no aside
            return _after_comma(ancestor) and pronoun not in ancestor.subtree
    return False


#: determiners that bring in someone not met before ("*a* family friend said")
NEW_REFERENT = frozenset({"a", "an", "another"})
_OTHER_SEX = {"female": "male", "male": "female"}


def _subject_of_sentence(before: Named, last: int, labels: list[str], subject_antecedents: dict[int, int],
                         fits: _Sex = _ANYONE, speaking: bool = False, plural: bool = False) -> int | None:
    """The antecedent an earlier sentence offers, given its last compatible mention
    ``last`` (which ``fits``): its first compatible subject, else what its subject pronoun
    stands for, else its first compatible mention. For the subject of a verb of saying
    (``speaking``: "*He* said rebel forces had pushed west") only the doer of the sentence's
    main verb, or what its subject pronoun stands for: a name inside what that sentence
    reports ("Residents said *Gaddafi's* troops had shelled the town") is seldom the next
    speaker, so the pronoun stays unresolved — unless a name is known to be of its sex."""
    sentence = before[last][0].sentence
    first = last
    while first > 0 and before[first - 1][0].sentence == sentence:
        first -= 1
    same = [i for i in range(first, last + 1) if _takes(before[i], labels, plural)
            and not is_outlet(before[i][0].text, before[i][0].label) and fits(before[i][0])]
    known = fits.preferred(same, before)
    subjects = [i for i in known if before[i][1].dep_.startswith("nsubj")]
    if speaking:
        subjects = [i for i in known if _main_doer(before[i][1])]
    chained = subject_antecedents.get(sentence)
    if not subjects and chained is not None and before[chained][0].label in labels and fits(before[chained][0]):
        return chained
    if speaking:  # a name known to be of the pronoun's sex is sure enough: "Gaddafi met Mrs Clinton. She said"
        sure = [i for i in same if fits.sure(before[i][0])]
        return subjects[0] if subjects else sure[0] if sure else None
    return (subjects or known)[0]


def _main_doer(name: Token) -> bool:
    """Whether ``name`` is the subject of its sentence's main verb (or of a verb joined to it),
    also as the name set beside a subject ("Apple CEO and co-founder *Steve Jobs* gave"), or the
    source its main clause is given to ("The issue has been resolved, according to *Perez-Guerra*")."""
    while name.dep_ in ("appos", "compound", "conj") and name.head.i != name.i:
        name = name.head
    source = name.dep_ == "pobj" and name.head.lower_ == "to" and name.head.head.lower_ == "according"
    if source:
        name = name.head.head
    verb = name.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return (source or name.dep_.startswith("nsubj")) and verb.dep_ == "ROOT"


def _extraposed(pronoun: Token, extraposing: frozenset[str]) -> bool:
    """Whether "it" only stands in for a clause after a passive or a verb of coming to light:
    "*It* is expected that films will retail for $9.99", "*it* was reported that", "*It* emerged
    this month that BP's plan was inadequate" — no antecedent ("it said that" has one)."""
    verb = pronoun.head
    return (pronoun.dep_ == "nsubjpass" or verb.lemma_.lower() in extraposing) and any(
        c.i > verb.i and (c.dep_ == "ccomp" or c.dep_ == "advcl" and _that_clause(c)) for c in children(verb))


def _extraposed_object(pronoun: Token, verbs: frozenset[str]) -> bool:
    """Whether "it" only stands in for the clause after the adjective that a verb of judging or
    bringing about says of it (the parser makes it that adjective's subject): "making *it* difficult
    to verify the reports", "Russia has made *it* clear that its position has not changed"."""
    adjective = pronoun.head
    return (adjective.pos_ == "ADJ" and adjective.dep_ in ("ccomp", "xcomp", "oprd")
            and adjective.head.lemma_.lower() in verbs
            and any(c.i > adjective.i and c.dep_ in ("advcl", "ccomp", "xcomp") for c in children(adjective)))


def _that_clause(clause: Token) -> bool:
    """Whether a clause opens with "that", which the parser may hang as an adverbial clause
    ("It emerged this month *that* BP's plan was so inadequate that …")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children(clause))


def _nominal(token: Token) -> int | None:
    """Start of a definite description "the company", "the alliance" (a singular
    noun after "the", at most one adjective between); None for anything else. A
    relative clause set off by a comma only adds to what is already known ("The
    airline, which is the third largest in China, signed"); one without a comma
    picks out something new ("the company that built the rig")."""
    if token.tag_ != "NN" or any(c.dep_ in ("prep", "acl", "compound") or c.dep_ == "relcl" and not _after_comma(c)
                                 for c in children(token)):
        return None
    start = token.i - 1
    if start > 0 and token.doc[start].dep_ == "amod":
        start -= 1
    return start if start >= 0 and token.doc[start].lower_ == "the" else None


def _named_modifier(noun: Token, named: Named, cursor: int) -> int | None:
    """Index in ``named`` of the one name that stands between "the" and a description's noun ("the
    *United Nations* agency", "the *U.S.* company"): a kind of body the name only says whose it is, so
    the description may stand for a body named before, as "the agency" does; None for anything else."""
    if noun.tag_ != "NN" or any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in children(noun)):
        return None
    index = cursor - 1
    if index < 0 or named[index][0].label not in ACTOR_LABELS:
        return None
    mention = named[index][0]
    doc = noun.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    # the name may still hold its "the" here ("The United Nations"): the actor filter drops it later
    if span is None or span.end != noun.i or not (doc[span.start].lower_ == "the" and span.end - span.start > 1
                                                  or span.start > 0 and doc[span.start - 1].lower_ == "the"):
        return None
    return index


def _after_comma(clause: Token) -> bool:
    first = clause.left_edge.i
    return first > 0 and clause.doc[first - 1].text == ","


def _cataphor(token: Token, named: Named, cursor: int, labels: list[str]) -> int | None:
    """A possessive in a clause put before the main subject refers forward to that
    subject: "During his interview with Carlson, Putin said" → Putin."""
    if token.dep_ != "poss":
        return None
    subject = next((c for c in children(sentence_of(token).root) if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < token.i or token in subject.subtree:
        return None
    if any(a.dep_ in ("ccomp", "parataxis") for a in token.ancestors):
        return None  # in the clause a speaker reports: "The IRGC and *its* thugs repressed Iranians, Milani said"
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
    if not token.dep_.startswith("nsubj") or token.head.dep_ != "ccomp" or _subject_before_in_clause(token):
        return None
    speaker = _subject_of_report(token.head.head)
    if speaker is None:
        return None
    if speaker.i in resolved:
        index = resolved[speaker.i]
        return index if named[index][0].label in labels else None
    found = next((i for i in range(cursor) if named[i][1].i == speaker.i and named[i][0].label in labels), None)
    if found is None and token.lower_ == "it":
        # "Halliburton said *it* found omissions", the tagger calling Halliburton a person: a body it is
        found = next((i for i in range(cursor) if named[i][1].i == speaker.i and _body_typed_otherwise(i, named)), None)
    # "the president said he": a description of someone named before; but a body so described that
    # no name stands for ("The army says *it* is fighting armed groups", "the main rebel group said
    # *it*") is what "it" and "they" stand for, not a name of an earlier sentence (a description, "the
    # country", still looks for its name: it names its kind)
    named_before = "PERSON" in labels or token.pos_ != "PRON"
    if found is not None or speaker.pos_ != "NOUN" or (token.lower_ in PLURAL) != (speaker.tag_ == "NNS") or any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("a", "an") and named_before
            for c in children(speaker)):
        return found
    # a new speaker no name stands for: "Rebels said *they* had reached the town" are the rebels,
    # not a name before — unless a fitting name is in the speaker's phrase ("BP officials said they")
    inside = {t.i for t in speaker.subtree}
    return next((i for i in range(cursor) if named[i][1].i in inside and named[i][0].label in labels), UNNAMED)


def _body_typed_otherwise(index: int, named: Named) -> bool:
    """Whether the name ``named[index]`` is a body the tagger typed a person or a nationality: one
    proper noun, with no given name before it anywhere in the text ("*Halliburton* said", never
    "X Halliburton"), or a nationality that is no plural ("*Transocean* blasted the report")."""
    mention, head = named[index]
    if head.tag_ != "NNP" or " " in mention.key:
        return False
    if mention.label == "NORP":
        return True
    return mention.label == "PERSON" and not any(
        m.label == "PERSON" and " " in m.key and m.key.split()[-1] == mention.key for m, _ in named)


def _subject_of_report(verb: Token) -> Token | None:
    """Who reports: the subject of the reporting verb; for a relative pronoun, the noun its clause
    describes ("A woman *who* says she was attacked": the woman); for an infinitive with no
    subject of its own, the subject of the verb it completes ("For *a woman* to come forward to
    claim she has been raped")."""
    for _ in range(3):  # "to come forward to claim": two infinitives up at most
        subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        if subject is not None:
            return verb.head if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else subject
        if verb.dep_ not in ("xcomp", "advcl") or not is_infinitive(verb):
            return None
        verb = verb.head
    return None


def _subject_before_in_clause(pronoun: Token) -> bool:
    """Whether a clause of the pronoun's own verb, before it, has a subject of its own: "ICAHD
    said that since *Israel* took control, *it* had prevented …" — that subject, not the
    speaker, is the likelier antecedent, and the search by distance decides."""
    return any(c.dep_ == "advcl" and c.i < pronoun.i and any(g.dep_.startswith("nsubj") for g in children(c))
               for c in children(pronoun.head))


#: what :func:`_reported_subject` gives for a pronoun that stands for a speaker no name stands for
UNNAMED = -1
PLURAL = frozenset({"they", "them", "their"})


def _vocabulary(entries: dict) -> dict[str, list[str]]:
    return {word: labels for word, labels in entries.items() if word != "_doc"}


# Pre-tokenised copy writes quotation marks `` and '' (which the tokenizer may split in two).
OPENING_QUOTES, CLOSING_QUOTES = frozenset({"``", "`", "\u201c", '"'}), frozenset({"''", "\u201d", '"'})


UNAMBIGUOUS_OPENING = frozenset({"``", "\u201c"})  # marks that only open: one inside a quotation starts another
QUOTATION_MARKS = OPENING_QUOTES | CLOSING_QUOTES | {"'"}  # "'" closes before another ("' '")
QUOTED_PARAGRAPHS = 5  # the most paragraphs one quotation is followed over, when its marks say it goes on


def _is_closing(token: Token) -> bool:
    return token.text in CLOSING_QUOTES or (token.text == "'" and token.i + 1 < len(token.doc)
                                            and token.nbor().text == "'")


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges (first, last) between quotation marks; a quotation left open ends at a
    blank line (unless its closing mark follows), where a new one opens, or at the end of
    the text. Found once per ``Doc`` (kept in its ``user_data``: the speakers and the
    dating both ask), the same list for every call, which its callers only read."""
    found = doc.user_data.get(_QUOTATIONS)
    if found is None:
        found = doc.user_data[_QUOTATIONS] = _quotations(doc)
    return found


_QUOTATIONS = "kg_quotations"


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    quotations, opened = [], None
    # only a quotation mark or a white space token (a paragraph break) opens or closes one
    marks = tokens_among(doc, ORTH, QUOTATION_MARKS)
    for token in (doc[i] for i in sorted({*marks, *numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist()})):
        if opened is not None and (_is_closing(token) or "\n\n" in token.text and not _closed_later(doc, token.i)):
            if token.i - 1 >= opened:
                quotations.append((opened, token.i - 1))
            opened = None
        elif opened is not None and token.i > opened and _opens(token):
            quotations.append((opened, token.i - 1))  # the last one was never closed
            opened = token.i + 1
        elif opened is None and token.text in OPENING_QUOTES:
            opened = token.i + 1
        elif opened == token.i and token.text == "`":
            opened += 1  # the second half of a split ``
    if opened is not None and opened < len(doc):
        quotations.append((opened, len(doc) - 1))
    return quotations


def _opens(token: Token) -> bool:
    """Whether a mark can only open a quotation: “, or ``, written whole or split in two."""
    return token.text in UNAMBIGUOUS_OPENING or (token.text == "`" and token.i + 1 < len(token.doc)
                                                 and token.nbor().text == "`")


def _closed_later(doc: Doc, start: int) -> bool:
    """Whether a quotation open at the paragraph break ``start`` goes on past it: the next quotation
    mark, within a few paragraphs, is a closing one (’’ or ”). Where each paragraph of a long
    quotation opens again, as the press writes it, the quotation ends at the break and the next
    one is its own; a straight mark, which may open or close, ends it too."""
    breaks = 0
    for token in doc[start + 1 :]:
        if "\n\n" in token.text:
            breaks += 1
            if breaks >= QUOTED_PARAGRAPHS:
                return False
        elif token.text in OPENING_QUOTES:
            return False
        elif _is_closing(token):
            return True
    return False


def _speaking(speaker: int | None, named: Named, labels: list[str]) -> int | None:
    """The speaker when its label fits, else an organisation or country named in the speaker's own
    phrase ("Boeing spokesman William Barksdale", "the chief executive of Airbus")."""
    if speaker is None:
        return None
    mention, head = named[speaker]
    if mention.label in labels:
        return speaker
    phrase = _speaker_phrase(head)
    return next((i for i, (m, h) in enumerate(named) if h.i in phrase and m.label in labels), None)


def _speaker_phrase(head: Token) -> set[int]:
    """The words of a speaker's own phrase, but the name: "chief executive of *Airbus*"."""
    return {t.i for t in head.subtree if t.dep_ not in ("relcl", "acl")} - {head.i}


def _speaks_for(speaker: int, other: int, named: Named) -> bool:
    """Whether ``other`` is an organisation or country named in the phrase of ``speaker``, which
    the speaker calls "we", not "they" ("John Haywood, Chairman of the Emergency Appeal
    Committee, said: 'They're talking about three million people'": not the committee). A
    person there may be spoken of ("a friend of Michael Jackson, said: 'He was happy'")."""
    mention, head = named[other]
    return mention.label != "PERSON" and head.i in _speaker_phrase(named[speaker][1])


def _modified_name(pronoun: Token, named: Named, labels: list[str]) -> int | None:
    """The name a relative clause with subject ``pronoun`` modifies: "Qatar Airways, which …"."""
    clause = pronoun.head
    if not pronoun.dep_.startswith("nsubj") or clause.dep_ != "relcl":
        return None
    noun = clause.head.i  # (read once: ``head`` makes a new Token on every read)
    return next((i for i, (m, h) in enumerate(named) if h.i == noun and m.label in labels), None)


def _ruled_country(noun: Token, named: Named, governing: frozenset[str]) -> int | None:
    """The country a noun of its rule names with "of" or "in": "the regime *in North Korea*"."""
    if noun.lemma_.lower() not in governing:
        return None
    for child in children(noun):
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            for pobj in children(child):
                if pobj.dep_ == "pobj":
                    return next((i for i, (m, h) in enumerate(named) if h.i == pobj.i and m.country_code
                                 and m.label == "GPE" and m.resolved_from is None), None)
    return None


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
