"""Factuality of an event trigger: was it said to have happened, or only proposed,
predicted, supposed, denied or reported?

Classes: ``asserted``, ``reported`` (somebody said so: ``speaker`` is the
token of who), ``negated``, ``hypothetical`` (conditions, possibility,
questions), ``future`` (predictions, plans, intentions) and ``proposed``
(obligations, recommendations). The cue words are data
(``resources/factuality.json``).

For a verb the clause chain is walked upwards: the trigger's own clause, then
the clauses it is the complement, adverbial clause or conjunct of. The lowest
clause with a cue decides; a reporting verb ("said", "according to") makes the
event ``reported`` unless a clause above it is itself hypothetical, future,
negated or proposed. Relative clauses and participles stop the walk: "Crimea,
which Russia annexed" is not hypothetical because "the U.S. may recognise" it.

A noun takes its own modifiers ("no deal", "any agreement", "a possible
invasion"), then the verb it is the object or subject of when that verb only
carries it ("signed an agreement", "launched an invasion"), then the clause
around it for conditions and questions.

Attribution: :class:`Attribution` also names the reporting word ("said",
"according to") whose complement the event is, so that the reporting event can
hand its speaker and medium to the event it reports. A news outlet or wire
service (``resources/outlets.json``: names, and ORG names ending in News,
Times, Post, Agency, TV …) that a statement is given to ("told Reuters", "in an
interview with CNN") is the event's medium (:func:`is_outlet`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Token

from kg.extract.sentences import sentence_bounds, sentence_of_token
from kg.extract.syntax import VERBAL, children, doc_memo, first_child, is_infinitive, objects_of
from kg.resources import load_json

#: dependency labels through which a clause inherits the modality of the clause above
UP_LINKS = {"xcomp", "ccomp", "advcl", "conj", "csubj", "parataxis", "pcomp"}
#: the subject of a clause, active or passive
SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: a verb form of the past: "has *had* to source" did source
PAST_TAGS = frozenset({"VBD", "VBN"})


@dataclass(frozen=True)
class Attribution:
    """What a clause says of an event: its factuality class, who said so and with which word."""

    factuality: str
    speaker: Token | None = None  # the subject of the reporting verb, the object of "according to"
    report: Token | None = None  # the reporting verb ("said") or preposition ("according") it hangs from


@cache
def _outlet_pattern() -> tuple[frozenset[str], re.Pattern, re.Pattern, re.Pattern]:
    data = load_json("outlets.json")
    names = frozenset(_outlet_key(name) for name in data["names"])
    suffixes = "|".join(re.escape(entry["word"]) for entry in data["suffixes"])
    unlike_names = "|".join(re.escape(entry["word"]) for entry in data["suffixes"] if entry.get("tagged_person_too"))
    listed = "|".join(re.escape(name) for name in sorted(data["names"], key=len, reverse=True))
    channels = "|".join(re.escape(entry["word"]) for entry in data["channels"])
    return (names, re.compile(rf"\b(?:{suffixes})$", re.IGNORECASE), re.compile(rf"\b(?:{unlike_names})$", re.IGNORECASE),
            re.compile(rf"(?:the\s+)?(?:{listed})\s+(?:{channels})(?:\s+\d+)?", re.IGNORECASE))


def _outlet_key(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).casefold()


@lru_cache(maxsize=4096)  # asked of the same names again and again: of each mention, participant and speaker
def is_outlet(name: str, label: str) -> bool:
    """Whether an entity mention names a news outlet or wire service.

    >>> is_outlet("Reuters", "ORG"), is_outlet("the New York Times", "ORG"), is_outlet("BP", "ORG")
    (True, True, False)
    >>> is_outlet("BBC Radio 4", "ORG"), is_outlet("CNN International", "ORG"), is_outlet("BP International", "ORG")
    (True, True, False)
    >>> is_outlet("the San Francisco Chronicle", "FAC"), is_outlet("Times Square", "FAC")
    (True, False)
    >>> is_outlet("Al Hurra TV", "PERSON"), is_outlet("Emily Post", "PERSON")
    (True, False)
    """
    names, suffix, unlike_names, channel = _outlet_pattern()
    if _outlet_key(name) in names or channel.fullmatch(name.strip()):
        return True
    # a newspaper's name may be tagged a building ("the San Francisco Chronicle" FAC), a
    # channel's a person ("Al Hurra TV")
    if label == "PERSON":
        return unlike_names.search(name.strip()) is not None
    return label in ("ORG", "FAC") and suffix.search(name.strip()) is not None


@cache
def _platforms() -> frozenset[str]:
    return frozenset(_outlet_key(entry["name"]) for entry in load_json("outlets.json")["platforms"])


def is_platform(name: str) -> bool:
    """Whether a name is a social medium statements are published on (``platforms`` of outlets.json).

    >>> is_platform("Twitter"), is_platform("BP")
    (True, False)
    """
    return _outlet_key(name) in _platforms()


@cache
def reporting_verbs() -> frozenset[str]:
    """The lemmas of verbs that report speech or writing ("say", "tell", "announce")."""
    return frozenset(_cues()["reporting"])


def _cues() -> dict:
    return load_json("factuality.json")


def _own_class(verb: Token, cues: dict, with_negation: bool, itself: bool = False) -> str | None:
    """The class one clause's own auxiliaries, negation and markers give; ``itself``: the clause
    is the trigger's own, whose negative object denies it alone (:func:`_negative_argument`)."""
    found: str | None = None
    for child in children(verb):
        word, dep = child.lower_, child.dep_
        if dep == "mark" and word in cues["conditional"]:
            return "hypothetical"
        if dep == "advmod" and word in cues["advice_adverbs"] and child.i > 0 and (
                child.nbor(-1).lower_ in ("had", "'d")) and verb.tag_ == "VB":
            return "proposed"  # "Bob Dudley had better get it right": advice, like "should"
        if dep in ("aux", "auxpass"):
            if word in cues["normative"]:
                found = found or "proposed"
            elif word in cues["hypothetical"]:
                found = found or "hypothetical"
            elif word in cues["future"] or child.lemma_ == "be" and verb.lower_ in cues["going_to"] and any(
                c.dep_ == "xcomp" for c in children(verb)
            ):
                found = found or "future"
        elif with_negation and (dep == "neg" or child.i < verb.i and word in cues["negative_openers"] and
                                dep in ("preconj", "cc", "advmod", "dep") or _negative_argument(child, cues, itself)):
            found = found or "negated"  # "did not", "neither has it precipitated", "no one informed", "did nothing"
        elif with_negation and dep == "advmod" and word in cues["near_miss_adverbs"] and child.i < verb.i and (
                verb.lemma_.lower() not in cues["near_miss_scale_verbs"]):
            found = found or "negated"  # "almost went to war" did not; "nearly doubled" did double, nearly
        elif dep == "advmod" and word in cues["modifiers"] and cues["modifiers"][word] != "negated":
            found = found or cues["modifiers"][word]
    if found is None and with_negation and _after_stripped_negation(verb, cues):
        found = "negated"
    if found is None and with_negation and _spared(verb):
        found = "negated"  # "Eastern Libya has been spared the crackdown": nothing befell it
    return found


def _measured_capacity(infinitive: Token) -> bool:
    """Whether an infinitive says what a noun measured by ``capacity_modifiers`` could do: on the noun
    ("enough Tamiflu stockpiled *to treat*") or, as the parser may hang it, on the verb whose object
    the noun is ("had enough Tamiflu *to treat*", which "had to treat" would make a deed done)."""
    if infinitive.dep_ in ("acl", "relcl"):
        noun = infinitive.head
    elif infinitive.dep_ in ("xcomp", "advcl"):
        noun = first_child(infinitive.head, ("dobj",))
    else:
        return False
    return noun is not None and any(c.dep_ == "amod" and c.lower_ in _capacity_modifiers() for c in children(noun))


@cache
def _capacity_modifiers() -> frozenset[str]:
    return frozenset(entry["word"] for entry in _cues()["capacity_modifiers"]["words"])


def own_class(verb: Token) -> str | None:
    """The class a verb's own clause gives it, its auxiliaries, negation and markers, whatever the
    clauses above it say: "has *not* commented" negated, "*should* take part" proposed; None for a clause
    with no such cue ("to *aid* in the crackdown" is future only through the clause above), nor for a
    negative object, which denies only what the verb takes ("have *no choice* but to shun" them)."""
    return _own_class(verb, _cues(), with_negation=True)


def _spared(verb: Token) -> bool:
    """Whether a verb of ``sparing_verbs`` is passive: "Eastern Libya has largely *been spared* the
    crackdown" says that the crackdown did not befall it; the active verb is a deed ("Gaddafi spared the
    lives of the prisoners")."""
    return verb.lemma_.lower() in _lemma_list("sparing_verbs") and any(c.dep_ == "auxpass" for c in children(verb))


@cache
def _lemma_list(key: str) -> frozenset[str]:
    """The lemmas of a lexicon of factuality.json whose entries are listed under "verbs"."""
    return frozenset(entry["lemma"] for entry in _cues()[key]["verbs"])


def infers(verb: Token) -> bool:
    """Whether a verb of ``inference_verbs`` has a clause and a fact, a document or "it" for subject
    (its ``subjects``): "The omission *suggested* that Clinton was trying to distance herself", "The
    figures *indicate* that the virus is spreading" — what the writer infers from a thing, no happening,
    and its clause no report but a supposition. A person or a body who suggests something says it
    ("Clinton suggested that Iran was stalling")."""
    if verb.lemma_.lower() not in _lemma_list("inference_verbs") or not any(c.dep_ == "ccomp" for c in children(verb)):
        return False
    subject = first_child(verb, ("nsubj",))
    return subject is not None and (subject.lower_ in _inference_subjects() or subject.lemma_.lower() in _inference_subjects())


@cache
def _inference_subjects() -> frozenset[str]:
    return frozenset(_cues()["inference_verbs"]["subjects"])


def fails_to(verb: Token) -> bool:
    """Whether a verb of ``failing_verbs`` takes an infinitive with an object: "BP *failed* to update its
    emergency plan" tells a deed not done to it (the infinitive is negated); "the talks failed" tells a
    happening, and so may a thing that "failed to operate" (:func:`kg.extract.events.tells_no_happening`
    asks for a doer too)."""
    return verb.lemma_.lower() in _lemma_list("failing_verbs") and any(
        c.dep_ == "xcomp" and is_infinitive(c) and any(g.dep_ == "dobj" for g in children(c)) for c in children(verb))


#: verb forms that make a clause finite without an auxiliary
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _negative(child: Token, cues: dict) -> bool:
    """Whether a verb's argument is "nothing", "nobody", "none" or a noun with "no"."""
    return child.lower_ in cues["negative_subjects"] or any(c.dep_ == "det" and c.lower_ == "no" for c in children(child))


def _negative_argument(child: Token, cues: dict, itself: bool) -> bool:
    """Whether ``child`` is a subject that denies its finite clause a doer: "*No one* informed his
    family", "*Nobody* was hurt", "*No decision* was taken" — not the subject the parser gives a
    participle ("*none* of the Westerners *calling* for support have the slightest intention":
    the calling happened) — or a direct object that denies the verb what it was done to: "they
    have done *nothing* illegal", "the inspectors found *nothing*", "the army took *no* prisoners"
    tell of no deed, no capture, though a conjunct or complement of the verb may have happened
    ("left nothing to chance and visited the site": ``itself``). A search that found nothing
    still took place ("the inspectors found nothing": ``search_verbs``)."""
    if child.dep_ == "dobj":
        return itself and child.head.lemma_.lower() not in cues["search_verbs"] and _negative(child, cues)
    if child.dep_ not in SUBJECT_DEPS:
        return False  # asked of every word on a clause's verb: most are no argument
    verb = child.head
    finite = verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") for c in children(verb))
    return finite and _negative(child, cues)


def _after_stripped_negation(verb: Token, cues: dict) -> bool:
    """Whether ``verb`` follows a negative contraction that lost its apostrophe, adverbs aside
    ("his plans *didn t* come to anything", "*can t* yet speak"): the parser takes the "t" for a
    word of its own and hangs it anywhere, so the words before the verb are read instead."""
    doc, i = verb.doc, verb.i - 1
    while i > 0 and doc[i].tag_ == "RB" and doc[i].lower_ != "t":
        i -= 1
    return i > 0 and doc[i].lower_ == "t" and doc[i - 1].lower_ in cues["stripped_negations"]


#: subject pronouns in the object case: "made *him* resign" is a bare infinitive, no subjunctive
OBJECT_CASE = frozenset({"him", "her", "them", "us", "me"})
#: singular subjects a plain present form does not agree with: "insists *he stay*" (the tagger
#: calls "stay" a present there); a noun is left out, as "the government say" is British usage
SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})


def _imperative(verb: Token) -> bool:
    """Whether a sentence's main verb is a bare form without subject or auxiliary, an imperative
    urged on the reader: "*Compare* the action of BP with Union Carbide"."""
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass") for c in children(verb))


def is_subjunctive(verb: Token, cues: dict | None = None) -> bool:
    """Whether a complement clause is a mandative subjunctive, demanded rather than done: a bare
    infinitive with a subject of its own and no auxiliary ("the rebels adamant that Gaddafi
    *step* down", "insists he *stay* in power") — not after a verb of causing or perceiving
    ("made Gaddafi *resign*", "saw them *leave*": ``bare_infinitive_heads``)."""
    cues = cues or _cues()
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ != "ccomp" or any(c.dep_ in ("aux", "auxpass") for c in children(verb)):
        return False
    subject = first_child(verb, SUBJECT_DEPS)
    if subject is None or subject.lower_ in OBJECT_CASE or verb.head.lemma_.lower() in cues["bare_infinitive_heads"]:
        return False
    return verb.tag_ == "VB" or subject.lower_ in SINGULAR_PRONOUNS


def _question(token: Token) -> bool:
    """Whether the sentence of ``token`` ends with a question mark (closing quotes and spaces
    after it aside); asked of every clause, answered once per sentence (kept for the last ``Doc``,
    :func:`~kg.extract.syntax.doc_memo`)."""
    doc = token.doc
    number = sentence_of_token(doc)[token.i]
    asked = doc_memo(doc, "question_sentences")
    found = asked.get(number)
    if found is None:
        start, end = sentence_bounds(doc)[number]
        last = doc[end - 1]
        while (last.is_space or last.is_punct and last.text != "?") and last.i > start:
            last = doc[last.i - 1]
        found = asked[number] = last.text == "?"
    return found


def _governing_head(token: Token, cues: dict) -> str | None:
    """The class a governing noun gives: "the prospect of war", "the idea of
    stationing troops", "calls for a revolution", "an invasion remains a possibility"."""
    head = token.head
    if token.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in ("of", "for"):
        found = cues["heads"].get(head.head.lemma_.lower())
        # what is called or planned "for" is yet to happen; "fears for the talks" are about talks that are
        if found and (head.lower_ == "of" or found in ("proposed", "future")):
            return found
    if token.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in children(token)):
        found = _content_clause_class(head, cues)
        if found:
            return found
    # what no evidence shows needs no "that": a clause with its own subject the parser hangs on
    # the noun as no relative clause ("had no evidence he had made the gains"); other nouns keep
    # needing it ("made this suggestion: Annette asks for …" is what she asked)
    if token.dep_ == "acl" and _denied_evidence(head, cues) and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children(token)):
        return "negated"
    # also where the parser hangs an infinitive with its own subject on the noun as an adverbial
    # clause: "renewed *calls* for Mubarak *to step down*" (he did not)
    if (token.dep_ in ("acl", "relcl") or token.dep_ == "advcl" and head.pos_ == "NOUN") and is_infinitive(token):
        lemma = head.lemma_.lower()  # "a call to negotiate", "the plan to invade", "a willingness to accept"
        found = ("negated" if _denied_evidence(head, cues) else None) or cues["heads"].get(lemma) or cues["infinitive_heads"].get(lemma)
        if found:
            return found
    if is_infinitive(token) and _measured_capacity(token):
        return "hypothetical"  # "had enough Tamiflu *to treat* 300,000 people": what it could do
    if token.dep_ == "nsubj" and head.pos_ in VERBAL:
        for child in children(head):
            if child.dep_ == "attr" and child.lemma_.lower() in cues["heads"]:
                return cues["heads"][child.lemma_.lower()]
    if token.dep_ in ("acl", "relcl") and head.lemma_.lower() in cues["document_heads"]:
        return _document_content_class(token, cues)
    return None


def _document_content_class(clause: Token, cues: dict) -> str | None:
    """The class a text put to a vote gives the clause describing what it says: negated when a
    blocking word takes the text ("vetoed a resolution *condemning* Syria", "Beijing's veto of a
    resolution *that condemned* the crackdown"), proposed for a draft, else, for a participle,
    the class of the clause the text is in ("refuses to back a resolution *imposing* an
    embargo"); none for a text adopted ("adopted a resolution *condemning* Syria": it did
    condemn), nor for a relative clause that tells what became of the text ("called on the
    Senate to pass a bill that *has cleared* the House")."""
    text = clause.head
    governor = text.head
    if text.dep_ == "pobj" and governor.dep_ == "prep":
        governor = governor.head
    elif text.dep_ not in ("dobj", "nsubjpass"):
        governor = None
    if governor is not None and governor.lemma_.lower() in cues["blocking_words"]:
        return "negated"
    if any(c.dep_ in ("amod", "compound") and c.lower_ == "draft" for c in children(text)):
        return "proposed"
    if clause.dep_ == "acl" and governor is not None and governor.pos_ in VERBAL:
        found = clause_factuality(governor).factuality
        if found not in ("asserted", "reported"):
            return found
    return None


def _content_clause_class(noun: Token, cues: dict) -> str | None:
    """The class a noun gives the "that" clause it governs: the noun's own ("fears *that* the
    rebels have seized the town", "allegations *that* he assaulted": ``heads``,
    ``reporting_heads``), negated after "no evidence" (``evidence_heads``) or a noun a
    denial verb takes ("denied reports *that*"), none for "the fact that BP lied"."""
    lemma = noun.lemma_.lower()
    if _denied_evidence(noun, cues):
        return "negated"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues["denial"]:
        return "negated"
    return cues["heads"].get(lemma) or ("reported" if lemma in cues["reporting_heads"] else None)


def _denied_evidence(noun: Token, cues: dict) -> bool:
    """Whether ``noun`` is a noun of evidence said not to be there ("no evidence", "no sign"): what
    its clause or infinitive says is negated ("found no evidence *that* BP cut corners", "no
    evidence *to support* the allegations")."""
    return noun.lemma_.lower() in cues["evidence_heads"] and any(
        c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in children(noun))


def clause_factuality(verb: Token) -> Attribution:
    """The class, speaker and reporting word of a verbal trigger (or the verb carrying a noun).
    Worked out once per verb of a ``Doc``: an event's attribution, its dating, its title and the
    links ask it of the same verbs (a third of the questions on news are asked again)."""
    known = doc_memo(verb.doc, "clause_factuality")
    found = known.get(verb.i)
    if found is None:
        found = known[verb.i] = _clause_factuality(verb)
    return found


def _clause_factuality(verb: Token) -> Attribution:
    cues = _cues()
    first = verb  # "no option but to leave or *build*": the first conjunct's head governs both
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in VERBAL:
        first = first.head
    governed = _governing_head(first, cues) or _described_in_unreal_clause(verb)
    if governed == "reported":
        # what a claim says keeps its own mood: "his claims that it *can* cure cancer"
        governed = _own_class(verb, cues, with_negation=True, itself=True) or governed
    if governed is not None:
        return Attribution(governed)
    reported: Token | None = None
    report: Token | None = None
    is_reported = False
    token, link, contrasted = verb, None, False
    for _ in range(12):  # clause chains are short; the bound guards cyclic parses
        own = _own_class(token, cues, with_negation=link in (None, "xcomp", "conj") and not contrasted,
                         itself=link is None)
        if own is None and (link != "advcl" and is_subjunctive(token, cues) or link in (None, "conj", "xcomp") and _imperative(token)
                            or link == "ccomp" and token.i == verb.head.i and _imperative(token)
                            and token.lemma_.lower() in cues["bare_infinitive_heads"]):
            # not from an adverbial clause the parser may have hung on it ("while …"); what an
            # imperative's clause says may still be a fact ("Remember that BP paid"), but not
            # what an imperative of causing lets happen ("*Let* the people of Iran speak"), the
            # event itself, not what it says ("Let's not forget that the roots *were formed* …")
            own = "proposed"
        if own is not None and not (is_reported and own == "negated"):
            return Attribution(own, reported, report)
        for child in children(token):
            if child.dep_ == "prep" and child.lower_ in cues["according_to"] and link is None:
                is_reported, report = True, child
                reported = next((g for c in children(child) for g in [c] + list(children(c)) if g.dep_ == "pobj"), None)
            elif _reports_its_head(child, cues) and not is_reported and not _opened_after(token, child):
                # "Syrian forces shot dead at least 28, *activists said*, and …": the parser
                # hangs the report on the clause it reports
                is_reported, reported, report = True, _speaker_of(child), child
        if token.dep_ not in UP_LINKS or token.head.i == token.i or _reports_its_head(token, cues) or (
                _free_relative(token)):
            break
        child_link, head = token.dep_, token.head
        # "has not yet mentioned why, but said he will stay": the contrast asserts the second conjunct
        contrasted = child_link == "conj" and any(
            c.dep_ == "cc" and c.lower_ in cues["contrast"] and head.i < c.i < token.i for c in children(head))
        if child_link == "pcomp" and head.dep_ == "prep":  # "rushed into surrendering"
            if head.lower_ == "from" and head.head.lemma_.lower() in cues["hindering_verbs"]:
                # "prevented rescuers from reaching the village", "were barred from entering"
                return Attribution("negated", reported, report)
            child_link, head = "advcl", head.head
        if child_link == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in children(token)):
            # "unless he declares his departure and *that he is stepping down*": a second
            # complement of the verb, which the parser makes its conjunct — or of the verb above
            # a first complement clause ("said that he wanted peace and *that he was monitoring*")
            child_link = "ccomp"
            if head.dep_ == "ccomp" and head.head.i != head.i:
                head = head.head
        if child_link == "conj" and first_child(token, SUBJECT_DEPS) is not None:
            break
        if child_link == "advcl" and token.tag_ == "VBD" and _finite_adverbial(token, cues) and not is_reported and not any(
                c.dep_ == "mark" and c.lower_ in cues["conditional"] for a in (head, *head.ancestors) for c in children(a)):
            # "Ford decided to sell Volvo *after it lost money*": a past clause that tells when
            # or why happened, whatever the clause it modifies wants; only a report above it counts
            report = next((a for a in head.ancestors if a.pos_ in VERBAL and a.lemma_.lower() in cues["reporting"]), None)
            if report is not None and _set_off_after_report(token, head, report):
                report = None  # "Cameron said he understood the anger*, even as BP's stock plunged*": the writer's
            return Attribution("reported" if report is not None else "asserted",
                               _speaker_of(report) if report is not None else None, report)
        adjective = _predicate_adjective(token, head) if is_infinitive(token) else None
        if adjective is not None and adjective.lemma_.lower() in cues["adjective_heads"]:
            # "making it impossible for NATO warplanes to strike them", "was unable to reach"
            return Attribution(cues["adjective_heads"][adjective.lemma_.lower()], reported, report)
        if head.pos_ not in VERBAL and child_link not in ("xcomp", "ccomp") and adjective is None:
            break
        lemma = head.lemma_.lower()
        if child_link == "ccomp" and infers(head):
            # "The omission suggested that Clinton was trying to distance herself": the writer's inference
            return Attribution("hypothetical", reported, report)
        if child_link == "ccomp" and lemma in cues["evidence_verbs"] and any(c.dep_ == "neg" for c in children(head)):
            # "prosecutors have not proved how Dr Murray caused Jackson's death", "could not
            # confirm that its officials were dead": unproven, like what "no evidence" shows
            return Attribution("negated", reported, report)
        if child_link in ("ccomp", "xcomp") and lemma in cues["reporting"]:
            # what is said or believed "wrongly" is false: "Hamas *wrongly* believed that Israel had
            # attacked the town" (it had not); a denial's complement did not happen either
            if lemma in cues["denial"] or any(c.dep_ == "advmod" and c.lower_ in cues["false_belief_adverbs"]
                                              for c in children(head)):
                return Attribution("negated", _speaker_of(head), head)
            if counted_opinion(head):
                return Attribution("hypothetical", _speaker_of(head), head)
            if not is_reported:
                is_reported, reported, report = True, _speaker_of(head), head
        elif child_link in ("xcomp", "ccomp", "advcl") and (_phrasal(head) in cues["implicative_phrasal_verbs"]
                                                            or _ranked_doer(token, cues)):
            pass  # "ended up forcing the resignation", "the first country to make the move": it happened
        elif (complement_class := _complement_class(head, cues)) is not None and (
                child_link in ("xcomp", "ccomp") or child_link == "advcl" and is_infinitive(token)):
            # an infinitive the parser hangs there is what the verb wants ("agreed, to avoid a strike"); a
            # participle goes along with the verb and happened ("refused to resign, *saying* he did nothing wrong")
            return Attribution(complement_class, reported, report)
        elif child_link in ("xcomp", "ccomp", "advcl") and is_infinitive(token) and lemma not in cues["implicative_verbs"] and not (
                lemma in cues["past_implicative_verbs"] and head.tag_ in PAST_TAGS and not _reported(head, cues)):
            return Attribution("future", reported, report)
        token, link = head, child_link
    if _question(verb):
        return Attribution("hypothetical", reported, report)
    return Attribution("reported" if is_reported else "asserted", reported, report)


def _speaker_of(report: Token) -> Token | None:
    """Who says what the reporting verb ``report`` reports: its subject, or in the passive the
    agent ("is alleged *by prosecutors* to have …") — not the passive subject, which is what the
    report is about ("*Sergeant Stacey* is alleged to have assaulted a detainee", "*the
    minister* is said to have resigned")."""
    for child in children(report):
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next(iter(objects_of(child)), None)
    return None


def counted_opinion(verb: Token) -> bool:
    """Whether a verb's subject counts a share of people (``share_subjects``: "About 40 % of
    viewers *thought* Merkel had triumphed", "a majority of Americans *said* …"): what such a
    reporting verb reports is an opinion a poll counted, not what a source says happened (and a
    verb of it in the simple present an opinion held: "a majority of Americans *oppose* the
    war", :func:`kg.extract.events.tells_no_happening`). The share is counted
    by a number ("57 % believed") or of a plural ("a majority *of Americans*"): "The majority,
    said the company, was lost" (of the oil, which the parser makes the subject of "said") is no
    poll."""
    subject = first_child(verb, SUBJECT_DEPS)
    return subject is not None and subject.lower_ in _share_subjects() and any(
        c.dep_ == "nummod" or c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") for g in children(c))
        for c in children(subject))


@cache
def _share_subjects() -> frozenset[str]:
    return frozenset(entry["word"] for entry in _cues()["share_subjects"]["words"])


def _finite_adverbial(clause: Token, cues: dict) -> bool:
    """Whether an adverbial clause is finite, with a subject of its own and a conjunction that
    presupposes it (``presupposing_marks``), so that it tells when or why rather than what a verb
    of wanting or promising wants: "*After Obama met BP executives*, the company agreed to a
    fund" (the meeting happened), unlike an infinitive the parser hangs there ("agreed, *to
    avoid* a strike")."""
    finite = clause.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in children(clause))
    return finite and first_child(clause, SUBJECT_DEPS) is not None and any(
        c.dep_ == "mark" and c.lower_ in cues["presupposing_marks"] for c in children(clause))


def _opened_after(clause: Token, report: Token) -> bool:
    """Whether the conjunction opening ``clause`` comes after a reporting verb the parser hung on it, so that the
    report ends before the clause begins: "The vaccine supply will be limited, Chan *said*, *after* the European
    Union *predicted* …" (the parser made "predicted" the sentence's head and "said" its aside) tells what Chan said
    before "after", and the writer's own clause after it (not "This switch, he *said*, *would happen* next year")."""
    return any(c.dep_ == "mark" and c.i > report.i for c in children(clause))


def _set_off_after_report(clause: Token, head: Token, report: Token) -> bool:
    """Whether a finite adverbial clause is set off by a comma after the clause a verb of saying reports, the
    verb before both: the writer's addition, not what was said ("David Cameron *said* he understood the anger in
    America*, even as BP's stock plunged* to a 14-year low"; not "He said Ford would sell Volvo *after it lost*
    money", nor "…, as he arrived, *he said*", whose report comes after it), its subject named: a pronoun points back
    into the report, whose account the clause goes on with ("A report said abuses were occurring*, though it
    accepted* that …": the report accepted it)."""
    start = clause.left_edge.i
    subject = first_child(clause, SUBJECT_DEPS)
    return report.i < head.i < clause.i and start > 0 and clause.doc[start - 1].text in (",", ";", "--", "\u2014") and (
        subject is not None and subject.pos_ != "PRON")


def _ranked_doer(infinitive: Token, cues: dict) -> bool:
    """Whether an infinitive's subject is ranked by the order of doing ("France recognized the
    council, *the first country* to make the move": the parser makes the phrase a clause), which
    says that it was done (``ranked_doers``)."""
    subject = first_child(infinitive, SUBJECT_DEPS)
    # "the first country", not "its first call for its followers to join" (the call is no doer)
    return is_infinitive(infinitive) and subject is not None and any(
        c.dep_ == "amod" and c.lower_ in cues["ranked_doers"] for c in children(subject)) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in children(subject))


def _phrasal(verb: Token) -> str:
    """A verb's lemma with its particle, if any: "end up"."""
    particle = first_child(verb, ("prt",))
    return verb.lemma_.lower() + (f" {particle.lower_}" if particle is not None else "")


def _predicate_adjective(infinitive: Token, head: Token) -> Token | None:
    """The adjective an infinitive clause complements: its head ("unable *to reach*", and the
    parse of "making it impossible for NATO *to strike*", where the adjective heads a clause of
    its own), or the adjective of the copula it hangs from ("It was impossible for the army *to
    strike*"); None for any other head."""
    if head.pos_ == "ADJ":
        return head
    if infinitive.dep_ == "advcl" and head.lemma_ == "be":
        return first_child(head, ("acomp",))
    return None


def _reports_its_head(token: Token, cues: dict) -> bool:
    """Whether ``token`` is a reporting verb set into what it reports ("This switch, he
    *said*, would happen next year"): the saying happened, whatever the mood of the clause."""
    return token.dep_ == "parataxis" and token.lemma_.lower() in cues["reporting"]


def _free_relative(token: Token) -> bool:
    """Whether ``token`` heads a free relative after a preposition ("available for *what* Jobs
    *described* as a nominal charge"): it describes a thing, as a relative clause does, and
    takes no mood from the clause around it."""
    return token.dep_ == "pcomp" and any(c.tag_ in ("WP", "WDT") and c.dep_ in ("dobj", "nsubj", "attr")
                                         for c in children(token))


def _reported(verb: Token, cues: dict) -> bool:
    """Whether ``verb`` is in a clause a reporting verb reports, where a past form may only be the
    tense of the report ("told the Red Cross that Baba Amr *had* to be cleared": it must be)."""
    return any(a.lemma_.lower() in cues["reporting"] for a in verb.ancestors if a.pos_ in VERBAL)


def _described_in_unreal_clause(verb: Token) -> str | None:
    """The class of the clause around an indefinite noun a participle describes: "a coalition
    *backed* by the United States would be able to deploy" is as hypothetical as the coalition."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBG") or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in children(noun)):
        return None
    clause = noun
    for _ in range(12):
        if clause.pos_ in VERBAL or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.pos_ not in VERBAL:
        return None
    found = clause_factuality(clause).factuality
    return found if found in ("hypothetical", "future", "proposed") else None


def _wanted_by(noun: Token, cues: dict) -> str | None:
    """The class a verb of wanting, asking or refusing gives the new event it takes as object:
    "called for *a ceasefire*", "sought *talks*", "refused *a deal*" (but "stopped a strike" and
    "agreed a deal" happened: those verbs are left out)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in VERBAL or verb.lemma_.lower() in cues["object_happened_verbs"]:
        return None
    return _complement_class(verb, cues)


def moods_its_complement(verb: Token) -> bool:
    """Whether a verb gives its complement a class of its own (``complement_verbs``: refuse, plan,
    want, fear …): in the simple present it takes a stance now ("She refuses to take part in the
    elections this Sunday"), news rather than a description."""
    return _complement_class(verb, _cues()) is not None


def supposes(verb: Token) -> bool:
    """Whether a verb with a clause for complement tells only a state of mind, a supposition, a
    fear or a doubt (a verb ``complement_verbs`` makes that clause hypothetical): "Labour *assumed*
    Mr Levin had backed the war", "residents *feared* that the dam would burst", no happening of
    its own (:func:`kg.extract.events.tells_no_happening`); with an object it may be a deed
    ("Dudley assumed command", "tried the case")."""
    return _complement_class(verb, _cues()) == "hypothetical" and any(c.dep_ == "ccomp" for c in children(verb))


def _complement_class(verb: Token, cues: dict) -> str | None:
    """The class a verb of ``complement_verbs`` gives its complement, read with its particle
    first: the particle changes what the verb does to it ("*ruled out* arming the rebels",
    "*called off* the strike": negated, where "called for" proposes)."""
    verbs = cues["complement_verbs"]
    return verbs.get(_phrasal(verb), verbs.get(verb.lemma_.lower()))


def noun_factuality(noun: Token, carrier: Token | None, definite: bool = False) -> Attribution:
    """The class, speaker and reporting word of a nominal trigger; ``carrier`` is the support
    verb it is the object of ("signed" an agreement), if any.

    A definite description ("the invasion", "Russia's invasion", a named treaty)
    presupposes its event: only conditions and questions around it count. An
    indefinite one ("a withdrawal", "statements") introduces it, and takes the
    factuality of the clause it is in ("… should be to bring about a withdrawal").
    """
    cues = _cues()
    for child in children(noun):
        word = child.lower_
        if child.dep_ in ("det", "amod", "advmod", "neg") and word in cues["modifiers"]:
            return Attribution(cues["modifiers"][word])
        if child.dep_ == "amod":
            for grand in children(child):
                if grand.dep_ == "advmod" and grand.lower_ in cues["modifiers"]:
                    return Attribution(cues["modifiers"][grand.lower_])
    if _after_stripped_negation(noun, cues):
        return Attribution("negated")  # a verb the lost apostrophe made the parser read as a noun: "didn t retreat"
    if noun.dep_ in ("dobj", "nsubjpass") and (
            noun.head.lemma_.lower() in cues["undoing_verbs"] or noun.head.lemma_.lower() in cues["achieving_verbs"]):
        # "asked the boxer to delay *his return*": the return is put off only if the delay happens
        # ("the airline delayed the deliveries" is the delaying, which its title tells); "can only end
        # by ensuring *his defeat*": the defeat happens only if the ensuring does
        undoing = clause_factuality(noun.head)
        if undoing.factuality not in ("asserted", "reported"):
            return undoing
    governed = _governing_head(noun, cues)
    if governed is not None:
        return Attribution(governed)
    if carrier is not None:
        return clause_factuality(carrier)
    head = noun
    for _ in range(12):
        if head.head.i == head.i or head.pos_ in VERBAL:
            break
        head = head.head
    if not definite and head.pos_ in VERBAL:
        wanted = _wanted_by(noun, cues)
        if wanted is not None:
            return Attribution(wanted)
        found = clause_factuality(head)
        if found.factuality != "asserted":
            return found
    if head.pos_ in VERBAL and any(c.dep_ == "mark" and c.lower_ in cues["conditional"] for c in children(head)):
        return Attribution("hypothetical")
    if _question(noun):
        return Attribution("hypothetical")
    return Attribution("asserted")
