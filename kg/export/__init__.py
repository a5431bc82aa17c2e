"""Export: the graph and the timeline → files in the output folder.

:mod:`kg.export.files` writes every file atomically (JSON, GraphML);
:mod:`kg.export.tables` renders GEXF and CSV, :mod:`kg.export.timelinejs` the
TimelineJS3 JSON, and :mod:`kg.export.pages` the self-contained HTML pages laid
out by :mod:`kg.export.layout`.
"""

DEFAULT_MAX_PAGE_NODES = 1500  # graph.html draws at most this many nodes (``kg build --max-page-nodes``)
