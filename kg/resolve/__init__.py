"""Resolution: the extractions of a whole corpus → canonical entities, merged events and edges.

- :mod:`kg.resolve.entities` groups mentions into :class:`~kg.records.Entity` nodes.
- :mod:`kg.resolve.events` dates event mentions and merges them across documents
  into :class:`~kg.records.TimelineEvent` records.
- :mod:`kg.resolve.roles`, :mod:`kg.resolve.parties`, :mod:`kg.resolve.places` and
  :mod:`kg.resolve.ties` merge affiliations, parties to named events, places in
  countries and lasting ties over the corpus, each with its evidence
  (:mod:`kg.resolve.evidence`).
"""
