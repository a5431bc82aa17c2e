"""Resolution: the extractions of a whole corpus → canonical entities and merged events.

- :mod:`kg.resolve.entities` groups mentions into :class:`~kg.records.Entity` nodes.
- :mod:`kg.resolve.events` dates event mentions and merges them across documents
  into :class:`~kg.records.TimelineEvent` records.
"""
