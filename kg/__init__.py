"""kg: news articles in, a knowledge graph of actors and a timeline of dated events out.

Stages, in the order data flows through them:

- ``kg.read``      files and folders → :class:`kg.records.Document`
- ``kg.nlp``       loads the spaCy pipeline with kg's components added
- ``kg.extract``   one parsed document → :class:`kg.records.DocumentExtraction`
- ``kg.resolve``   all extractions → canonical entities and merged, dated events
- ``kg.compose``   entities and events → the graph and the timeline
- ``kg.export``    graph and timeline → JSON, GraphML, GEXF, CSV, HTML pages
"""

__version__ = "0.1.0"
