"""Chart builders (pyqtgraph): core data in, ``PlotItem`` out, for the window. The PDF draws
the same charts with QPainter (``moodlog.report.paper_charts``) from what ``palette`` (colours,
line styles, axis sizes, the time scale), ``tables`` and ``qt_text`` share without pyqtgraph.

One function per chart: ``timeline.mood_chart``, ``timeline.sleep_chart``,
``symptoms.symptom_heatmap``, ``scores.questionnaire_chart``, ``effects.side_effects_chart``.
This package file imports nothing, so ``moodlog.charts.tables`` stays free of pyqtgraph; the
builder modules import pyqtgraph, so load them lazily from anything the check-in form imports.
"""
