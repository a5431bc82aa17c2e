"""Export: the graph and the timeline → files in the output folder.

:mod:`kg.export.files` writes JSON and GraphML atomically; :mod:`kg.export.pages`
renders the self-contained HTML pages.
"""
