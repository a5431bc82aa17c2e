"""Building: entities and events → the graph (:mod:`kg.build.graph`) and the timeline (:mod:`kg.build.timeline`)."""
