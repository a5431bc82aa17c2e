"""Composing: entities and events → the graph (:mod:`kg.compose.graph`) and the timeline (:mod:`kg.compose.timeline`)."""
