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
# Event types on the timeline, in the order of their sorted names (Tableau 20).
EVENT_PALETTE = [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
    "#a0cbe8", "#ffbe7d", "#ff9d9a", "#86bcb6", "#8cd17d", "#f1ce63", "#d4a6c8", "#fabfd2", "#d7b5a6", "#79706e",
]
