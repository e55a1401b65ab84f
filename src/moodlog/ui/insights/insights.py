"""The Insights view: the charts on one time axis, relief after treatments, before and after.

A standalone widget: give it a ``JournalStore`` (or any ``JournalSource``, or a callable that
returns an ``Analysis``). The analysis is computed once per :meth:`InsightsView.reload`;
changing the range only moves the shared time axis and refreshes the small summary tables.
pyqtgraph is imported when the charts are first built, not when this module is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from moodlog.charts import tables
from moodlog.core.analysis import Analysis, JournalSource, analyse_journal
from moodlog.ui.common.date_edit import TypedDateEdit
from moodlog.ui.common.local_format import day_text
from moodlog.ui.common.table_model import TableModel, table_view
from moodlog.ui.common.theme import show_selected
from moodlog.ui.insights.insights_charts import CHARTS, build_chart
from moodlog.ui.insights.insights_summary import SummaryPanel
from moodlog.ui.insights.shared_range import SharedRange
from moodlog.ui.translate_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import pyqtgraph as pg

    from moodlog.charts.style import ChartStyle

#: Range presets: key -> (button text, days; None for the whole journal). They end on the
#: journal's last day, so a journal not written in for a while still shows its last weeks.
#: The button texts are translated where shown (context "InsightsView").
PRESETS: dict[str, tuple[str, int | None]] = {
    "4w": (QT_TRANSLATE_NOOP("InsightsView", "4 weeks"), 28),
    "3m": (QT_TRANSLATE_NOOP("InsightsView", "3 months"), 91),
    "1y": (QT_TRANSLATE_NOOP("InsightsView", "1 year"), 365),
    "all": (QT_TRANSLATE_NOOP("InsightsView", "All"), None),
}
CUSTOM_TEXT = QT_TRANSLATE_NOOP("InsightsView", "Custom")
CUSTOM = "custom"
DEFAULT_PRESET = "3m"


def _cache_still(item: QGraphicsItem) -> None:
    """Keep ``item`` and everything inside it as pixmaps (they do not move with time)."""
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    for child in item.childItems():
        _cache_still(child)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class InsightsView(QWidget):
    """Charts, relief and before/after averages for a chosen range of days."""

    range_changed = Signal(object, object)

    def __init__(self, source: JournalSource | Callable[[], Analysis],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._analysis: Analysis | None = None
        self._range: tuple[date, date] | None = None
        self._preset = DEFAULT_PRESET
        self._tables_dirty = True
        self.plots: dict[str, pg.PlotItem] = {}
        self._cursors: list[Any] = []
        self.hover_text = ""
        #: Called with the mood chart and its style after each build (moments add marks).
        self.mood_extras: list[Callable[[pg.PlotItem, ChartStyle], object]] = []
        self._sync = QTimer(self, singleShot=True, interval=150)
        self._sync.timeout.connect(self._sync_from_view)
        self.shared = SharedRange(self._sync.start)
        # The summary follows the charts a moment later, so the charts get the frame to
        # themselves (see benchmarks/charts.py); settle() applies it at once.
        self._pending = QTimer(self, singleShot=True, interval=30)
        self._pending.timeout.connect(self._apply_range)
        self._build_ui()
        self.reload()

    # ------------------------------------------------------------------------ layout
    def _build_ui(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        # Not an exclusive QButtonGroup: Qt makes only the checked button of one a Tab stop
        # and applies the next preset on an arrow key (issue 15). Each is its own Tab stop;
        # Space or Enter applies it, and _mark_preset keeps one checked.
        self.preset_buttons: dict[str, QPushButton] = {}
        for key, (text, _) in [*PRESETS.items(), (CUSTOM, (CUSTOM_TEXT, None))]:
            button = QPushButton(self.tr(text))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoDefault(True)  # Enter clicks it, as Space does
            button.clicked.connect(partial(self._preset_clicked, key))
            self.preset_buttons[key] = button
            bar.addWidget(button)
        self.from_edit, self.to_edit = TypedDateEdit(), TypedDateEdit()
        for edit, name in ((self.from_edit, self.tr("First day shown")),
                           (self.to_edit, self.tr("Last day shown"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(self.tr("ddd d MMM yyyy"))  # as the other views write a day
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._dates_edited)
        bar.addSpacing(8)
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("to", "between the first and the last day shown")))
        bar.addWidget(self.to_edit)
        bar.addStretch(1)
        self.tables_toggle = QCheckBox(self.tr("Show as tables"))
        self.tables_toggle.setToolTip(self.tr("Show the numbers behind every chart as tables"))
        self.tables_toggle.toggled.connect(self.set_tables_shown)
        bar.addWidget(self.tables_toggle)
        self.range_label = QLabel()

        column = QWidget()
        charts = QVBoxLayout(column)
        charts.setContentsMargins(0, 0, 0, 0)
        charts.setSpacing(2)
        self.panels: dict[str, QStackedWidget] = {}
        self.chart_tables: dict[str, TableModel] = {}
        for spec in CHARTS:
            panel = QStackedWidget()
            panel.setMinimumHeight(spec.height)
            panel.addWidget(QWidget())  # the chart goes here once built
            view, model = table_view(self.tr(spec.table_name), fit=False)
            view.horizontalHeader().setResizeContentsPrecision(60)  # measure a few rows only
            panel.addWidget(view)
            self.panels[spec.key] = panel
            self.chart_tables[spec.key] = model
            charts.addWidget(panel)
        charts.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(column)
        self.chart_scroll = scroll

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        self.summary_panel = SummaryPanel()
        # The side panel scrolls as a whole, so on a short screen its tables keep their
        # height instead of collapsing into each other (issue 15).
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setWidget(self.summary_panel)
        splitter.addWidget(self.side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # The side panel's tables need about 500 px to show every column without scrolling.
        splitter.setSizes([780, 500])

        self._pages = QStackedWidget()
        self.empty_label = QLabel(self.tr("Nothing to show yet: charts appear here after your "
                                          "first check-in."),
                                  alignment=Qt.AlignmentFlag.AlignCenter)
        self._pages.addWidget(self.empty_label)
        self._pages.addWidget(splitter)
        layout = QVBoxLayout(self)
        # Without check-ins there is no range to choose: the bar and the range line stay hidden.
        self.range_bar = QWidget()
        self.range_bar.setLayout(bar)
        bar.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.range_bar)
        layout.addWidget(self.range_label)
        layout.addWidget(self._pages, 1)

    # ------------------------------------------------------------------------ data
    @property
    def analysis(self) -> Analysis | None:
        return self._analysis

    def reload(self) -> None:
        """Read and analyse the journal again, keep the preset (or the custom range)."""
        source = self._source
        self._analysis = source() if callable(source) else analyse_journal(source)
        a = self._analysis
        self._pages.setCurrentIndex(0 if a.empty else 1)
        self.range_bar.setVisible(not a.empty)
        self.range_label.setVisible(not a.empty)
        if a.empty:
            return
        s = a.series
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
            edit.setDateRange(_qdate(s.start), _qdate(s.end))
            edit.blockSignals(False)
        self._build_charts()
        self.summary_panel.fit(a)
        if self._preset == CUSTOM and self._range is not None:
            self.set_range(*self._range)
        else:
            self.set_preset(self._preset)
        self.settle()

    def _build_charts(self) -> None:
        import pyqtgraph as pg

        from moodlog.charts.style import DAY, ChartStyle, day_x
        from moodlog.ui.insights.insights_plot import PagePlotWidget

        a = self._analysis
        assert a is not None
        style = ChartStyle.from_palette(self.palette())
        self.plots.clear()
        self.shared.clear()
        self._cursors.clear()
        lo, hi = day_x(a.series.start) - 4 * DAY, day_x(a.series.end) + 4 * DAY
        for spec in CHARTS:
            plot = build_chart(spec.key, a, style)
            widget = PagePlotWidget(background=style.background, plotItem=plot)
            # A plain fill needs no cached copy: pyqtgraph's CacheBackground kept a
            # viewport-sized pixmap per chart (~0.8 MB each) to blit instead of filling.
            widget.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
            widget.setAccessibleName(self.tr(spec.name))
            widget.setAccessibleDescription(self.tr("Hover for a day's values; 'Show as tables' "
                                                    "gives the same numbers as a table."))
            panel = self.panels[spec.key]
            old = panel.widget(0)
            if old is not None:
                panel.removeWidget(old)
                old.deleteLater()
            panel.insertWidget(0, widget)
            cursor = pg.InfiniteLine(angle=90, movable=False, pen=style.muted(0.45))
            cursor.setVisible(False)
            plot.addItem(cursor, ignoreBounds=True)
            self._cursors.append(cursor)
            plot.vb.setLimits(xMin=lo, xMax=hi, minXRange=5 * DAY)
            plot.enableAutoRange(x=False)  # the range is always set; and clipping needs this
            # What does not move with time is kept as a pixmap: replaying axis text on every
            # redraw cost more than drawing the data.
            # Each item is cached on its own, so the text and samples inside them too.
            for part in (plot.getAxis("left"), plot.getAxis("right"), plot.titleLabel,
                         plot.legend):
                if isinstance(part, QGraphicsItem):  # the key (TitleKey) is not one
                    _cache_still(part)
            widget.scene().sigMouseMoved.connect(partial(self._hover, plot))
            self.shared.add(spec.key, plot)  # one time range (not pyqtgraph's links)
            self.plots[spec.key] = plot
        for extra in self.mood_extras:
            extra(self.plots["mood"], style)
        self._tables_dirty = True
        self.set_tables_shown(self.tables_toggle.isChecked())

    # ------------------------------------------------------------------------ range
    def preset_range(self, key: str) -> tuple[date, date]:
        a = self._analysis
        assert a is not None
        days = PRESETS[key][1]
        s = a.series
        start = s.start if days is None else max(s.start, s.end - timedelta(days=days - 1))
        return start, s.end

    def set_preset(self, key: str) -> None:
        if self._analysis is None or self._analysis.empty:
            self._preset = key
            return
        self.set_range(*self.preset_range(key), preset=key)

    def current_range(self) -> tuple[date, date] | None:
        return self._range

    def visible_range(self) -> tuple[date, date]:
        """The days the time axis shows now (after any zooming)."""
        from moodlog.charts.style import x_day

        x0, x1 = self.shared.shown or self.plots["mood"].vb.viewRange()[0]
        return x_day(x0 + 1), x_day(x1 - 1)

    def set_range(self, start: date, end: date, preset: str = CUSTOM) -> None:
        """Show the days ``start`` .. ``end`` on every chart and summarise them."""
        from moodlog.charts.style import DAY, day_x

        if start > end:
            start, end = end, start
        self._range = (start, end)
        self._preset = preset
        self._mark_preset(preset)
        if self.plots:
            self.plots["mood"].setXRange(day_x(start) - DAY / 2, day_x(end) + DAY / 2,
                                         padding=0)
            self._sync.stop()  # the axis now shows exactly this range
            for key, plot in self.plots.items():
                # pyqtgraph applies a new range while painting, which makes Qt paint every
                # chart twice; applying it now leaves one paint per chart.
                if not self.shared.stale(key):
                    plot.vb.prepareForPaint()
        self._pending.start()
        self.range_changed.emit(start, end)

    def settle(self) -> None:
        """Bring the dates, summary and tables up to date with the range now."""
        if self._pending.isActive():
            self._pending.stop()
            self._apply_range()

    def _apply_range(self) -> None:
        if self._range is None:
            return
        start, end = self._range
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self._update_summary()
        self._tables_dirty = True
        if self.tables_toggle.isChecked():
            self._refresh_tables()

    def _sync_from_view(self) -> None:
        """After the user zoomed or panned a chart: adopt what it shows as a custom range."""
        if not self.plots or self._analysis is None:
            return
        shown = self.visible_range()
        if shown != self._range:
            self._range = shown
            self._preset = CUSTOM
            self._mark_preset(CUSTOM)
            self._apply_range()
            self.range_changed.emit(*shown)

    def _mark_preset(self, key: str) -> None:
        for other, button in self.preset_buttons.items():
            chosen = other == key
            if button.isChecked() != chosen or button.property("shown_selected") != chosen:
                button.setChecked(chosen)
                show_selected(button, chosen)
                button.setProperty("shown_selected", chosen)

    def _preset_clicked(self, key: str) -> None:
        self._mark_preset(key)  # a click on the checked button would uncheck it
        if key == CUSTOM:
            self._preset = CUSTOM
            self.from_edit.setFocus()
        else:
            self.set_preset(key)

    def _dates_edited(self) -> None:
        if self._analysis is not None and not self._analysis.empty:
            self.set_range(_pydate(self.from_edit.date()), _pydate(self.to_edit.date()))

    # ------------------------------------------------------------------------ summaries
    def _update_summary(self) -> None:
        a = self._analysis
        assert a is not None and self._range is not None
        start, end = self._range
        pattern = self.tr("ddd dd MMM yyyy")
        checkins = self.tr("%n check-in(s)", "", a.checkins_in(start, end))
        days = self.tr("in %n day(s)", "", (end - start).days + 1)
        self.range_label.setText(self.tr("{first} \u2013 {last}: {checkins} {days}").format(
            first=day_text(start, pattern), last=day_text(end, pattern), checkins=checkins,
            days=days))
        self.summary_panel.show_range(a, start, end)

    def set_tables_shown(self, shown: bool) -> None:
        """Swap every chart for the table of its numbers (and back)."""
        if self.tables_toggle.isChecked() != shown:
            self.tables_toggle.setChecked(shown)  # calls back here
            return
        self.settle()
        for panel in self.panels.values():
            panel.setCurrentIndex(1 if shown else 0)
        if shown and self._tables_dirty:
            self._refresh_tables()

    def _refresh_tables(self) -> None:
        if self._analysis is None or self._range is None or self._analysis.empty:
            return
        for spec in CHARTS:
            model = self.chart_tables[spec.key]
            first = not model.table.headers
            model.set_table(spec.table(self._analysis, *self._range))
            if first:
                view = self.panels[spec.key].widget(1)
                assert isinstance(view, QTableView)
                view.resizeColumnsToContents()
        self._tables_dirty = False

    # ------------------------------------------------------------------------ hover
    def _hover(self, plot: pg.PlotItem, pos: QPointF) -> None:
        from moodlog.charts.style import day_x, x_day

        a = self._analysis
        if a is None:
            return
        if not plot.vb.sceneBoundingRect().contains(pos):
            for cursor in self._cursors:
                cursor.setVisible(False)
            QToolTip.hideText()
            return
        day = x_day(plot.vb.mapSceneToView(pos).x())
        for cursor in self._cursors:
            cursor.setPos(day_x(day))
            cursor.setVisible(True)
        self.hover_text = tables.day_summary(a, day)
        widget = plot.getViewWidget()
        at = widget.mapToGlobal(widget.mapFromScene(pos)) + QPoint(16, 16)
        QToolTip.showText(at, self.hover_text, widget)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        # Light/dark switch: rebuild the charts in the new colours, keeping the range.
        if event.type() == QEvent.Type.PaletteChange and self.plots:
            shown = self._range
            self._build_charts()
            if shown is not None:
                self.set_range(*shown, preset=self._preset)
        super().changeEvent(event)
