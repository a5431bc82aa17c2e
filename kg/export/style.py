"""The one colour scheme of every output: an entity type in, its colour out.

The pages (:mod:`kg.export.pages`) and the flat exports (:mod:`kg.export.tables`)
colour actors the same way.
"""

TYPE_COLOURS = {
    "PERSON": "#e15759", "ORG": "#4e79a7", "GPE": "#59a14f", "NORP": "#b07aa1", "LOC": "#76b7b2",
    "FAC": "#9c755f", "LAW": "#edc948", "EVENT": "#f28e2b",
    "PRODUCT": "#ff9da7", "INDEX": "#8cd17d", "CURRENCY": "#d4a6c8",  # things: kg.extract.things
}
UNKNOWN_COLOUR = "#bab0ac"
