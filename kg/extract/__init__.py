"""Extraction: one document through the spaCy pipeline → :class:`DocumentExtraction`.

kg's extractors are spaCy pipeline components that each add one thing to the
``Doc`` through extension attributes:

- ``kg_temporal`` (:mod:`kg.extract.temporal`) → ``doc._.kg_timexes``
- ``kg_mentions`` (:mod:`kg.extract.mentions`) → ``doc._.kg_mentions`` (names), and
  the names they were read from in ``doc.spans["kg_names"]``
- ``kg_anaphora`` (:mod:`kg.extract.anaphora`) → pronouns and descriptions added
  to ``doc._.kg_mentions``
- ``kg_actor_filter`` (:mod:`kg.extract.actor_filter`) → ``doc._.kg_mentions`` cleaned
  of headline words, treebank brackets and glued words
- ``kg_events``   (:mod:`kg.extract.events`)   → ``doc._.kg_events``
- ``kg_boilerplate`` (:mod:`kg.extract.boilerplate`) → ``doc._.kg_boilerplate``
  (bylines, credits, datelines …), whose mentions and events it removes
- ``kg_roles``    (:mod:`kg.extract.roles`)    → ``doc._.kg_roles``
- ``kg_links``    (:mod:`kg.extract.links`)    → ``doc._.kg_links`` (places in countries,
  parties to named agreements and wars)

The publication date the temporal component resolves against is read from
``doc._.kg_published``, set before the pipeline runs. Texts longer than
``CHUNK_CHARS`` are cut at paragraph or sentence ends and processed
in pieces, with offsets mapped back to the whole text; boilerplate that runs to the text's
end (a page's reader comments, a programme listing:
:func:`~kg.extract.boilerplate.boilerplate_tail`) is not parsed.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.boilerplate import boilerplate_tail
from kg.extract.events.headlines import renumber_title
from kg.extract.sentences import sentence_bounds
from kg.extract.text import doc_text, keep_text
from kg.records import Document, DocumentExtraction, Sentence

for _name in ("kg_published", "kg_timexes", "kg_mentions", "kg_events", "kg_roles", "kg_links"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

from kg.extract import actor_filter, anaphora, boilerplate, events, links, mentions, roles, temporal  # noqa: E402,F401  (register components)

# At most this much text is parsed at once — one piece of a long article, or a
# batch of short ones. spaCy's working memory grows with the text of a batch
# (about 3 KiB per character with en_core_web_sm), so this bounds peak memory.
CHUNK_CHARS = 30_000
BATCH_CHARS = CHUNK_CHARS


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, piece)`` pieces of at most ``limit`` characters,
    preferring paragraph breaks, then line ends, then sentence ends, then spaces.

    >>> split_text("aa. bb. cc.", limit=4)
    [(0, 'aa. '), (4, 'bb. '), (8, 'cc.')]
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(separator)
            if cut > limit // 4:
                cut += len(separator)
                break
        if cut <= 0:
            cut = limit
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _shift(records, offset: int, sentence_offset: int):
    for record in records:
        record.start += offset
        record.end += offset
        record.sentence += sentence_offset
    return records


def _shift_arguments(arguments, offset: int) -> None:
    for argument in arguments:
        argument.start += offset
        argument.end += offset


def _sentence(index: int, span: Span, offset: int, text: str) -> Sentence:
    """The sentence without the white space spaCy attaches to it (a piece of a long text,
    blanked front matter), with offsets into the whole text. Its text is cut from the
    ``Doc``'s ``text`` (``span.text`` joins the tokens anew on every call)."""
    raw = text[span.start_char : span.end_char]
    stripped = raw.strip()
    start = span.start_char + offset + len(raw) - len(raw.lstrip())
    return Sentence(index, start, start + len(stripped), stripped)


def extract_document(nlp: Language, document: Document) -> DocumentExtraction:
    """Run the pipeline over one document and collect what the components found."""
    return next(extract_documents(nlp, [document]))


def _batches(items: Iterable[tuple[str, object]], size: int, max_chars: int) -> Iterator[list[tuple[str, object]]]:
    """Group ``(text, context)`` items into lists of at most ``size`` items and,
    unless one item alone is longer, ``max_chars`` characters.

    >>> [len(b) for b in _batches([("aa", 0), ("bb", 1), ("cc", 2)], 16, 4)]
    [2, 1]
    """
    batch: list[tuple[str, object]] = []
    chars = 0
    for item in items:
        if batch and (len(batch) == size or chars + len(item[0]) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield batch


def extract_documents(
    nlp: Language, documents: Iterable[Document], batch_size: int = 16, batch_chars: int = BATCH_CHARS
) -> Iterator[DocumentExtraction]:
    """Stream documents through ``nlp``; one extraction out per document in.

    Documents are parsed in batches of at most ``batch_size`` pieces and
    ``batch_chars`` characters, so the memory spaCy needs for a batch does not
    grow with long articles, and each parsed ``Doc`` is dropped as soon as its
    records are taken, so memory stays flat as the corpus grows.
    """
    limit = min(CHUNK_CHARS, nlp.max_length)

    def pieces():
        for document in documents:
            # boilerplate that runs to the page's end (reader comments, a programme listing) is not
            # parsed: kg_boilerplate would drop the mentions and events found there, and in the pieces
            # of a long page after the first its opening line is not to be seen (6.5 % of the text of
            # the bench's 300 articles); a page that is boilerplate from its first line keeps its first
            # piece, which kg_boilerplate empties by that line, so that the page is still a document
            tail = boilerplate_tail(document.text)
            chunks = split_text(document.text[:tail], limit) if tail else split_text(document.text, limit)[:1]
            for number, (offset, chunk) in enumerate(chunks):
                yield chunk, (document, offset, number == len(chunks) - 1)

    def parsed():
        for batch in _batches(pieces(), batch_size, batch_chars):
            docs = []
            for chunk, context in batch:
                doc = keep_text(nlp.make_doc(chunk), chunk)
                doc._.kg_published = context[0].published
                docs.append((doc, context))
            # ``batch_size`` (not the batch's length) for spaCy: its parser and NER parse a batch in
            # sub-batches of a quarter of ``batch_size`` documents (at least 2), and a batch of a few
            # long articles cut to sub-batches of 2 cost the parser a quarter more than bare spaCy's 4
            yield from nlp.pipe(docs, as_tuples=True, batch_size=batch_size)

    current: DocumentExtraction | None = None
    for doc, (document, offset, last) in parsed():
        if current is None:
            current = DocumentExtraction(document, [], [], [], [])
        s_off, m_off, t_off = len(current.sentences), len(current.mentions), len(current.timexes)
        text = doc_text(doc)
        for start, end in sentence_bounds(doc):  # doc.sents, without walking the tokens again
            current.sentences.append(_sentence(len(current.sentences), doc[start:end], offset, text))
        current.timexes.extend(_shift(doc._.kg_timexes or [], offset, s_off))
        for mention in _shift(doc._.kg_mentions or [], offset, s_off):
            if mention.antecedent is not None:
                mention.antecedent += m_off
            current.mentions.append(mention)
        for event in _shift(doc._.kg_events or [], offset, s_off):
            for participant in event.participants:
                participant.mention += m_off
            _shift_arguments(event.arguments, offset)
            if event.timex is not None:
                event.timex += t_off
            if event.speaker is not None:
                event.speaker += m_off
            if event.medium is not None:
                event.medium += m_off
            event.title = renumber_title(event.title, m_off)
            current.events.append(event)
        for role in _shift(doc._.kg_roles or [], offset, s_off):  # roles: kg.extract.roles
            role.person += m_off
            if role.organisation is not None:
                role.organisation += m_off
            current.roles.append(role)
        for link in _shift(doc._.kg_links or [], offset, s_off):  # kg.extract.links
            link.source += m_off
            if link.target is not None:
                link.target += m_off
            current.links.append(link)
        if last:
            yield current
            current = None
