"""The clinician PDF: what goes in it (``content``, plain Python), how it reads (``text``, HTML
for a QTextDocument), its charts (``figures`` placing ``paper_charts``: the window's charts
drawn with QPainter on the frame of ``paper``, as vectors and text, without pyqtgraph or numpy)
and the file itself (``pdf``, QPdfWriter with a footer on every page).

This package file imports nothing, so the window can preview a report without loading Qt's
PDF machinery.
"""
