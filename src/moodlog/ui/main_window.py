"""The main window (a first version: the window issue builds the views out)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from moodlog import __version__
from moodlog.core.models import JournalCounts


class MainWindow(QMainWindow):
    """Shows which journal is open and what it holds."""

    first_paint = Signal()

    def __init__(self, journal_name: str, counts: JournalCounts) -> None:
        super().__init__()
        self._painted = False
        self.setWindowTitle(f"moodlog \u2014 {journal_name}")
        self.setMinimumSize(720, 480)
        self._build_menus()
        self._summary = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._summary.setWordWrap(True)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addStretch(1)
        layout.addWidget(self._summary)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.show_counts(counts)
        self.statusBar().showMessage("Everything stays on this computer.")
        central.installEventFilter(self)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About moodlog", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def show_counts(self, counts: JournalCounts) -> None:
        if counts.total == 0:
            text = ("Your journal is empty.\n\nmoodlog keeps a private record of your mood, "
                    "symptoms and treatments, on this computer only.")
        else:
            text = (f"{counts.checkins} check-ins from {counts.first_day} to {counts.last_day}\n"
                    f"{counts.treatments} treatments, {counts.questionnaires} questionnaires")
        self._summary.setText(text)

    def _about(self) -> None:
        QMessageBox.about(
            self, "About moodlog",
            f"moodlog {__version__}\n\nA personal journal, not a medical device. "
            "Everything stays on this computer.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.first_paint.emit()
        return super().eventFilter(watched, event)
