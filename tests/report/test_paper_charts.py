"""The report's QPainter charts (report.paper, report.paper_charts): what each draws where,
read back from the pixels of a painted image; the time axis's ticks; and a PDF export that
loads neither pyqtgraph nor numpy nor SQLAlchemy."""

import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from moodlog.charts.palette import DAY, OKABE_ITO, SEVERITY_COLOURS, day_x, time_x
from moodlog.core.models import CheckIn, QuestionnaireResponse, Treatment
from moodlog.core.session import Reading
from moodlog.report import figures
from moodlog.report.content import ReportContent, ReportOptions, gather
from moodlog.report.paper import time_ticks
from moodlog.store import JournalStore

START = date(2026, 3, 1)
END = date(2026, 3, 31)
WIDTH = 700
SKIPPED = date(2026, 3, 10)  # no check-in
TREATED = datetime(2026, 3, 12, 10, 0)


@pytest.fixture
def content(store: JournalStore) -> ReportContent:
    for i in range(31):
        day = START + timedelta(days=i)
        if day == SKIPPED:
            continue
        ratings = {"sadness": i % 4} if day != date(2026, 3, 20) else {}
        store.save_checkin(CheckIn(day, 2 if day == date(2026, 3, 5) else 7, ratings))
    store.add_treatment(Treatment(at=TREATED, kind="ketamine_iv", dose=0.5, dose_unit="mg/kg",
                                  readings=(Reading(0, 130, 80), Reading(40, 160, 95))))
    for day, answers in ((date(2026, 2, 20), 2), (date(2026, 3, 15), 1)):
        store.save_questionnaire(QuestionnaireResponse("phq9", day, (answers,) * 9))
    return gather(store, ReportOptions(START, END), END)


def _painted(figure: figures.Figure) -> QImage:
    image = QImage(int(figure.size.width()), int(figure.size.height()),
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    figure.draw(painter, figures.QRectF(0, 0, figure.size.width(), figure.size.height()))
    painter.end()
    return image


def _charts(content: ReportContent) -> dict[str, figures.Figure]:
    return {f.name: f for f in figures.build(content, WIDTH)}


def _near(image: QImage, x: float, y: float, want: str, tolerance: int = 40,
          reach: int = 1) -> bool:
    target = QColor(want)
    for dx in range(-reach, reach + 1):
        for dy in range(-reach, reach + 1):
            c = image.pixelColor(round(x) + dx, round(y) + dy)
            if all(abs(a - b) <= tolerance for a, b in zip(
                    (c.red(), c.green(), c.blue()), (target.red(), target.green(),
                                                     target.blue()), strict=True)):
                return True
    return False


def test_every_chart_the_report_has_data_for(content: ReportContent, qapp: object) -> None:
    assert list(_charts(content)) == ["mood", "phq9", "symptoms", "session_bp"]


def test_the_mood_chart_puts_each_day_at_its_mood(content: ReportContent,
                                                  qapp: object) -> None:
    mood = _charts(content)["mood"]
    frame = mood.chart.frame
    image = _painted(mood)
    low = date(2026, 3, 5)
    assert _near(image, frame.x(day_x(low)), frame.y(2), OKABE_ITO["blue"], 90)
    assert not _near(image, frame.x(day_x(low)), frame.y(7), OKABE_ITO["blue"], 90, reach=0)
    assert _near(image, frame.x(day_x(date(2026, 3, 25))), frame.y(7), OKABE_ITO["blue"], 90)
    # The treatment's line, in the kind's colour, top to bottom at its time of day.
    for value in (1, 5, 9):
        assert _near(image, frame.x(time_x(TREATED)), frame.y(value), OKABE_ITO["vermillion"])
    assert not _near(image, frame.x(time_x(TREATED)) + 20, frame.y(1), OKABE_ITO["vermillion"])


def test_the_heatmap_colours_each_cell_by_its_severity(content: ReportContent,
                                                       qapp: object) -> None:
    chart = _charts(content)["symptoms"]
    frame = chart.chart.frame
    image = _painted(chart)
    row = [s.key for s in content.analysis.symptoms].index("sadness")
    y = frame.y(row + 0.5)
    for i in (0, 1, 2, 3, 6):
        day = START + timedelta(days=i)
        assert _near(image, frame.x(day_x(day)) + 3, y, SEVERITY_COLOURS[i % 4], 12), day
    assert _near(image, frame.x(day_x(SKIPPED)), y, "#ffffff", 3)  # no check-in: blank
    other = [s.key for s in content.analysis.symptoms].index("fatigue")
    unanswered = frame.x(day_x(date(2026, 3, 4))), frame.y(other + 0.5)
    assert _near(image, unanswered[0] + 3, unanswered[1] - 3, "#8F8F8F", 30)


def test_the_phq9_chart_marks_each_total(content: ReportContent, qapp: object) -> None:
    chart = _charts(content)["phq9"]
    frame = chart.chart.frame
    image = _painted(chart)
    x = frame.x(day_x(date(2026, 3, 15)))
    assert _near(image, x, frame.y(9) - 3.5, "#202020", 60)  # the ring round the marker
    assert _near(image, x, frame.y(9), "#ffffff", 10, reach=0)  # its white middle
    assert not _near(image, x, frame.y(20), "#202020", 60)


def test_the_blood_pressure_chart_shows_before_and_highest_after(content: ReportContent,
                                                                 qapp: object) -> None:
    chart = _charts(content)["session_bp"]
    frame = chart.chart.frame
    image = _painted(chart)
    x = frame.x(day_x(TREATED.date()))
    assert _near(image, x, frame.y(160) + 2, OKABE_ITO["vermillion"], 50)  # filled
    assert _near(image, x, frame.y(130) + 3.5, OKABE_ITO["blue"], 60, reach=2)  # outline
    assert not _near(image, x, frame.y(130), OKABE_ITO["blue"], 60, reach=0)  # open


@pytest.mark.parametrize(("first", "last", "labels"), [
    (date(2026, 9, 4), date(2026, 12, 2), ["Oct", "Nov", "Dec"]),
    (date(2024, 9, 1), date(2026, 1, 15), ["Oct", "2025", "Apr", "Jul", "Oct", "2026"]),
    (date(2016, 12, 1), date(2026, 12, 2), [str(y) for y in range(2017, 2027)]),
    (date(2026, 11, 19), date(2026, 12, 2), ["19", "21", "23", "25", "27", "29", "Dec"]),
])
def test_time_ticks(first: date, last: date, labels: list[str], qapp: object) -> None:
    ticks = time_ticks(first, last, 480)
    assert [t for _, t in ticks] == labels
    # Each at the start of its day (midnight), as the window's date axis puts them.
    assert all((x - day_x(first) + DAY / 2) % DAY == 0 for x, _ in ticks)


def test_the_export_imports_neither_pyqtgraph_nor_numpy_nor_sqlalchemy(tmp_path: Path) -> None:
    data = tmp_path / "d"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    base = [sys.executable, "-m", "moodlog", "--data-dir", str(data)]
    subprocess.run([*base, "demo", "--days", "90"], env=env, check=True, capture_output=True)
    code = ("import sys\nfrom moodlog import cli\n"
            f"assert cli.main(['--data-dir', {str(data)!r}, 'export', 'pdf', "
            f"{str(tmp_path / 'x.pdf')!r}, '--include-readings']) == 0\n"
            "print('HEAVY:' + ','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('pyqtgraph', 'numpy', 'sqlalchemy', 'alembic'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True)
    assert done.stdout.splitlines()[-1] == "HEAVY:"
    assert (tmp_path / "x.pdf").stat().st_size > 10_000


def test_a_row_name_wider_than_the_axis_is_shortened_not_dropped(
        store: JournalStore, tmp_path: Path, qapp: object) -> None:
    from moodlog.report.pdf import write_pdf
    from tests.report.conftest import page_texts

    name = "WWWWWWWWWWWWWWWWWW"  # 18 letters: short_label keeps it, the axis cannot
    long = store.add_symptom(name)
    store.save_checkin(CheckIn(START, 5, {long.key: 2}))
    path = tmp_path / "long.pdf"
    write_pdf(gather(store, ReportOptions(START, END), END), path)
    text = page_texts(path)[0]
    shown = [w for w in text.split() if w.startswith("WWW")]
    assert len(shown) == 1 and shown[0].endswith("\u2026") and len(shown[0]) < len(name)


def test_months_are_marked_between_the_years(qapp: object) -> None:
    from moodlog.report.paper import month_marks

    assert month_marks(date(2026, 9, 4), date(2026, 12, 2), 480) == []  # months are named
    marks = month_marks(date(2016, 12, 1), date(2026, 12, 2), 480)
    assert len(marks) == 121 and marks[0] == day_x(date(2016, 12, 1)) - DAY / 2
    assert month_marks(date(1900, 1, 1), date(2026, 12, 2), 480) == []  # too close to show
