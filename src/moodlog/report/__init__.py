"""The clinician PDF: what goes in it (``content``, plain Python), how it reads (``text``, HTML
for a QTextDocument), its charts (``figures``, the ``moodlog.charts`` builders drawn as vectors)
and the file itself (``pdf``, QPdfWriter with a footer on every page).

This package file imports nothing, so the window can preview a report without loading Qt's
PDF machinery or pyqtgraph.
"""
