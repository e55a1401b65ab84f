"""Chart builders, checked through what they plot."""

import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor, QPalette

from moodlog.charts.effects import side_effects_chart
from moodlog.charts.fast_items import Bands
from moodlog.charts.scores import (
    REMISSION_NAME,
    REMISSION_Y,
    RESPONSE_NAME,
    questionnaire_chart,
    response_y,
)
from moodlog.charts.style import DAY, KIND_STYLES, ChartStyle, day_x, time_x, x_day
from moodlog.charts.symptoms import NO_CHECKIN, UNANSWERED, severity_codes, symptom_heatmap
from moodlog.charts.timeline import MEAN_NAME, MOOD_NAME, SLEEP_NAME, mood_chart, sleep_chart
from moodlog.core.analysis import Analysis
from tests.charts.conftest import DAYS, GAPS, START, day, mood_of

pytestmark = pytest.mark.usefixtures("qapp")


def _item(plot: pg.PlotItem, name: str) -> pg.PlotDataItem:
    found = [i for i in plot.listDataItems() if isinstance(i, pg.PlotDataItem) and i.name() == name]
    assert len(found) == 1, [i.name() for i in plot.listDataItems()]
    return found[0]


def _axis_range(plot: pg.PlotItem) -> None:
    plot.setXRange(day_x(START) - DAY, day_x(day(DAYS)), padding=0)


def test_mood_points_one_per_day_with_gaps_as_nan(analysis: Analysis) -> None:
    plot = mood_chart(analysis)
    _axis_range(plot)
    x, y = _item(plot, MOOD_NAME).getData()
    assert len(x) == DAYS
    assert np.allclose(x, [day_x(day(i)) for i in range(DAYS)])
    assert [x_day(v) for v in x] == [day(i) for i in range(DAYS)]
    for i in range(DAYS):
        assert math.isnan(y[i]) if i in GAPS else y[i] == mood_of(i)
    (line,) = [i for i in plot.listDataItems() if i.objectName() == f"{MOOD_NAME} line"]
    lx, ly = line.getData()
    assert np.array_equal(lx, x) and np.array_equal(ly, y, equal_nan=True)
    assert line.opts["connect"] == "finite"  # the line breaks at gaps


def test_mood_mean_needs_four_days_and_is_nan_otherwise(analysis: Analysis) -> None:
    plot = mood_chart(analysis)
    _axis_range(plot)
    _, y = _item(plot, MEAN_NAME).getData()
    assert np.isnan(y[:3]).all() and y[3] == 2.0
    assert y[16] == pytest.approx(8.0)  # days 10..16 are all 8
    assert np.nanmax(y) <= 10 and np.nanmin(y) >= 0


def test_treatment_markers_stand_at_each_session_with_a_style_per_kind(
        analysis: Analysis) -> None:
    plot = mood_chart(analysis)
    iv = _item(plot, "IV ketamine infusion")
    x, y = iv.getData()
    assert list(x) == [time_x(t.at) for t in analysis.treatments[:2] for _ in (0, 1)]
    assert [x_day(v) for v in x[::2]] == [day(10), day(12)]
    assert list(y) == [-0.5, 10.5] * 2 and iv.opts["connect"] == "pairs"
    nasal = _item(plot, "Esketamine nasal spray (Spravato)")
    assert x_day(nasal.getData()[0][0]) == day(30)
    therapy = _item(plot, "Psychotherapy")
    assert iv.opts["pen"].style() != nasal.opts["pen"].style() != therapy.opts["pen"].style()
    legend = plot.legend.names()
    assert legend == [MOOD_NAME, MEAN_NAME, "IV ketamine infusion",
                      "Esketamine nasal spray (Spravato)", "Psychotherapy"]


def test_every_kind_has_its_own_look() -> None:
    looks = {(colour, dash) for colour, dash in KIND_STYLES.values()}
    assert len(looks) == len(KIND_STYLES)


def test_sleep_has_nan_on_days_without_check_in_or_without_sleep(analysis: Analysis) -> None:
    plot = sleep_chart(analysis)
    _axis_range(plot)
    _, y = _item(plot, SLEEP_NAME).getData()
    assert len(y) == DAYS
    assert all(math.isnan(y[i]) for i in (*GAPS, 7))
    assert y[0] == 6.0 and y[1] == 7.0


def test_heatmap_codes_tell_unanswered_from_none_and_from_no_check_in(
        analysis: Analysis) -> None:
    codes = severity_codes(analysis)
    assert codes.shape == (12, DAYS)
    fatigue = [d.key for d in analysis.symptoms].index("fatigue")
    assert codes[fatigue, 3] == UNANSWERED and codes[fatigue, 4] == 3
    assert (codes[:, list(GAPS)] == NO_CHECKIN).all()
    assert codes[0, 0] == 3 and codes[0, 11] == 1
    plot = symptom_heatmap(analysis)
    (image,) = [i for i in plot.items if isinstance(i, pg.ImageItem)]
    rgba = image.image
    assert rgba.shape == (12, DAYS, 4)
    cells = {tuple(rgba[fatigue, 3]), tuple(rgba[0, 0]), tuple(rgba[0, 11]),
             tuple(rgba[0, GAPS[0]])}
    assert len(cells) == 4  # unanswered, severe, mild and no check-in all look different
    assert rgba[0, GAPS[0], 3] == 0  # no check-in: see-through
    rect = image.mapRectToParent(image.boundingRect())
    assert rect.left() == pytest.approx(day_x(START) - DAY / 2)
    assert rect.width() == pytest.approx(DAYS * DAY)
    ticks = plot.getAxis("left")._tickLevels[0]
    assert [t[1] for t in ticks][:2] == ["Sadness", "Irritability"]
    title = plot.titleLabel.text
    for word in ("0 none", "1 mild", "2 moderate", "3 severe", "unanswered", "no check-in"):
        assert word in title


def test_phq9_chart_has_totals_bands_baseline_response_and_remission(
        analysis: Analysis) -> None:
    plot = questionnaire_chart(analysis, "phq9")
    x, y = _item(plot, "PHQ-9 total").getData()
    assert [x_day(v) for v in x] == [day(9), day(23), day(37)]
    assert y[0] == 18 and y[1] == 9 and math.isnan(y[2])  # incomplete: a gap, never a 0
    lines = {i.objectName(): i.value() for i in plot.items if isinstance(i, pg.InfiniteLine)}
    assert lines[RESPONSE_NAME] == 9.5 and lines[REMISSION_NAME] == REMISSION_Y == 4.5
    assert any(name.startswith("Baseline 18") and v == 18 for name, v in lines.items())
    bands = [i for i in plot.items if isinstance(i, Bands)]
    assert len(bands) == 1
    assert bands[0].regions() == [(-0.5, 4.5), (4.5, 9.5), (9.5, 14.5), (14.5, 19.5), (19.5, 27.5)]


def test_response_line_separates_responders_from_the_rest() -> None:
    for baseline in range(1, 28):
        line = response_y(baseline)
        for total in range(0, 28):
            assert (total < line) == (total <= baseline / 2)


def test_gad7_chart_has_its_own_bands_and_no_phq9_lines(analysis: Analysis) -> None:
    plot = questionnaire_chart(analysis, "gad7")
    x, y = _item(plot, "GAD-7 total").getData()
    assert list(y) == [14]
    assert not [i for i in plot.items if isinstance(i, pg.InfiniteLine)]
    assert [len(i.regions()) for i in plot.items if isinstance(i, Bands)] == [4]


def test_side_effect_bars_stack_per_session_and_skip_unrated(analysis: Analysis) -> None:
    plot = side_effects_chart(analysis)
    bars = {i.objectName(): i.opts for i in plot.items if isinstance(i, pg.BarGraphItem)}
    assert set(bars) == {"dissociation", "nausea", "headache"}
    assert [x_day(v) for v in bars["nausea"]["x"]] == [day(10), day(30)]  # day 12: unrated
    assert list(bars["dissociation"]["height"]) == [3, 0]
    assert list(bars["nausea"]["y0"]) == [3, 0]  # stacked on dissociation
    assert list(bars["headache"]["y0"]) == [5, 0] and list(bars["headache"]["height"]) == [0, 1]


def test_style_follows_a_dark_palette() -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    style = ChartStyle.from_palette(palette)
    assert style.dark and style.foreground.lightness() > 200
    assert style.colour("blue") != ChartStyle.light().colour("blue")  # lighter blue on dark
    assert not ChartStyle.light().dark


def test_charts_of_an_empty_range_do_not_fail(qapp: object) -> None:
    from moodlog.core.analysis import analyse

    empty = analyse([], [], [], ())
    for build in (mood_chart, sleep_chart, symptom_heatmap, side_effects_chart):
        assert isinstance(build(empty), pg.PlotItem)
    assert isinstance(questionnaire_chart(empty, "phq9"), pg.PlotItem)


def test_dots_leave_when_days_are_closer_than_they_can_be_drawn(analysis: Analysis) -> None:
    plot = mood_chart(analysis)
    plot.resize(500, 200)
    plot.layout.activate()
    assert plot.vb.width() > 200
    dots = _item(plot, MOOD_NAME)
    (line,) = [i for i in plot.listDataItems() if i.objectName() == f"{MOOD_NAME} line"]
    plot.setXRange(day_x(START), day_x(START) + 1000 * DAY, padding=0)  # < 1 px per day
    shown = dots.getOriginalDataset()[0]
    assert shown is None or len(shown) == 0
    faded = line.opts["pen"].color().alpha()
    plot.setXRange(day_x(START), day_x(day(DAYS)), padding=0)  # > 10 px per day
    x, y = dots.getData()
    assert len(x) >= DAYS - 1 and line.opts["pen"].color().alpha() > faded
    assert list(line.getOriginalDataset()[0]) == [day_x(day(i)) for i in range(DAYS)]


def test_heatmap_for_print_draws_cells_as_rectangles(analysis: Analysis) -> None:
    """With ``vector_days`` the cells are painted shapes (a PDF keeps them as vectors), only
    for those days; every cell gets its severity's colour, gaps stay blank, unanswered is
    hatched."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from moodlog.charts.style import SEVERITY_COLOURS, UNANSWERED_COLOUR
    from moodlog.charts.symptoms import SeverityCells

    first, last = 2, 8  # day 3 has fatigue unanswered; days 5 and 6 have no check-in
    plot = symptom_heatmap(analysis, vector_days=(day(first), day(last)))
    assert not [i for i in plot.items if isinstance(i, pg.ImageItem)]
    (cells,) = [i for i in plot.items if isinstance(i, SeverityCells)]
    x0 = day_x(day(first)) - DAY / 2
    rows = len(analysis.symptoms)
    assert cells.boundingRect() == QRectF(x0, 0, (last - first + 1) * DAY, rows)
    scale = 8  # pixels per cell
    image = QImage((last - first + 1) * scale, rows * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale / DAY, scale)
    painter.translate(-x0, 0)
    cells.paint(painter, None)  # type: ignore[arg-type]
    painter.end()
    codes = severity_codes(analysis)[:, first:last + 1]
    colours = [QColor(c).rgb() for c in (*SEVERITY_COLOURS, UNANSWERED_COLOUR)]
    for row in range(rows):
        for col in range(last - first + 1):
            corner = image.pixel(col * scale + 1, row * scale + 1)  # clear of the hatch line
            code = int(codes[row, col])
            assert corner == (QColor("white").rgb() if code == NO_CHECKIN else colours[code])
    fatigue = [d.key for d in analysis.symptoms].index("fatigue")
    assert codes[fatigue, 3 - first] == UNANSWERED
    middle = image.pixel((3 - first) * scale + scale // 2, fatigue * scale + scale // 2)
    assert middle != colours[UNANSWERED]  # the hatch line crosses the cell


def test_a_row_name_too_long_for_the_axis_is_shortened_never_dropped(
        analysis: Analysis) -> None:
    """pyqtgraph leaves out a tick label wider than its axis: a blank row had no name."""
    from PySide6.QtGui import QImage, QPainter

    from moodlog.charts.row_labels import RowLabelAxis

    plot = symptom_heatmap(analysis)
    axis = plot.getAxis("left")
    assert isinstance(axis, RowLabelAxis)
    long = "Racing thoughts at night and early waking"
    names = [text for _, text in axis._rows] + [long]
    axis.set_rows([(r + 0.5, text) for r, text in enumerate(names)])
    plot.setYRange(0, len(names), padding=0)
    view = pg.GraphicsLayoutWidget()
    view.addItem(plot)
    view.resize(900, 600)
    view.show()
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    drawn = sorted(texts, key=lambda spec: spec[0].center().y())
    assert len(drawn) == len(names)  # every row has its name
    assert [t for _, _, t in drawn][:-1] == names[:-1]  # the ones that fit are whole
    last = drawn[-1][2]
    assert last.endswith("\u2026") and long.startswith(last[:-1]) and len(last) < len(long)
    view.close()
