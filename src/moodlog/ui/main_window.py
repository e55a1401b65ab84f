"""The main window: navigation between the views, menus, status bar, remembered geometry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from moodlog import __version__
from moodlog.core.questionnaires import ATTRIBUTION
from moodlog.ui import file_actions
from moodlog.ui.backups_dialog import BackupsDialog
from moodlog.ui.checkin_form import CheckInForm
from moodlog.ui.crisis import CrisisPanel
from moodlog.ui.history import HistoryView
from moodlog.ui.journal import Journal
from moodlog.ui.preferences import PreferencesDialog
from moodlog.ui.questionnaires_view import QuestionnairesView
from moodlog.ui.settings import Settings
from moodlog.ui.theme import set_muted
from moodlog.ui.treatments_view import TreatmentsView
from moodlog.ui.welcome import WelcomePage

PAGES = ("Today", "History", "Treatments", "Questionnaires", "Insights")


class MainWindow(QMainWindow):
    """One journal's window. ``demo_requested`` asks the app to open the demo journal."""

    first_paint = Signal()
    demo_requested = Signal()
    closed = Signal()

    def __init__(self, journal: Journal, settings: Settings) -> None:
        super().__init__()
        self.journal = journal
        self.settings = settings
        self._painted = False
        self.crisis_panel: CrisisPanel | None = None
        self._insights: QWidget | None = None
        title = journal.title + (" \u2014 made-up data" if journal.demo else "")
        self.setWindowTitle(f"moodlog \u2014 {title}")
        self.setMinimumSize(960, 640)
        self._build()
        self._build_menus()
        self.statusBar().showMessage("Everything stays on this computer.")
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)
        self._central.installEventFilter(self)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        if self.journal.demo:
            banner = QLabel("  This is a demo journal of made-up data. Nothing you do here "
                            "touches your own journal; it is deleted when you close this window.")
            banner.setWordWrap(True)
            banner.setContentsMargins(8, 6, 8, 6)
            banner.setAutoFillBackground(True)
            banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
            outer.addWidget(banner)
        row = QHBoxLayout()
        row.setContentsMargins(8, 8, 8, 8)
        outer.addLayout(row, 1)
        self.nav = QListWidget()
        self.nav.addItems(list(PAGES))
        self.nav.setAccessibleName("Views")
        self.nav.setFixedWidth(170)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.nav.setFont(font)
        self.nav.setSpacing(3)
        row.addWidget(self.nav)
        self.stack = QStackedWidget()
        row.addWidget(self.stack, 1)

        self.today = QStackedWidget()
        self.welcome = WelcomePage()
        self.form = CheckInForm(self.journal)
        self.today.addWidget(self.welcome)
        self.today.addWidget(self.form)
        self.today.setCurrentWidget(self.welcome if self.journal.store.is_empty() else self.form)
        self.welcome.start.connect(self._start_checkin)
        self.welcome.try_demo.connect(self.demo_requested)
        self.form.safety_concern.connect(self.show_crisis)
        self.form.saved.connect(lambda c: self.statusBar().showMessage(
            f"Saved the check-in for {c.day:%A %d %B}.", 8000))

        self.history = HistoryView(self.journal)
        self.history.open_day.connect(self.open_day)
        self.treatments = TreatmentsView(self.journal)
        self.questionnaires = QuestionnairesView(self.journal)
        self._insights_holder = QWidget()
        QVBoxLayout(self._insights_holder)
        for page in (self.today, self.history, self.treatments, self.questionnaires,
                     self._insights_holder):
            self.stack.addWidget(page)
        self.nav.setCurrentRow(0)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._central = central
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&Import\u2026", lambda: file_actions.import_file(self))
        export = file_menu.addMenu("&Export")
        self._action(export, "Everything as &JSON\u2026", lambda: file_actions.export_json(self),
                     QKeySequence("Ctrl+E"))
        self._action(export, "A table as &CSV\u2026", lambda: file_actions.export_csv(self))
        self._action(file_menu, "&Backups\u2026", self.show_backups)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu("&Edit")
        self._action(edit, "&Preferences\u2026", self.show_preferences,
                     QKeySequence.StandardKey.Preferences)
        view = bar.addMenu("&View")
        for i, name in enumerate(PAGES):
            self._action(view, f"&{name}", partial(self.show_page, i),
                         QKeySequence(f"Ctrl+{i + 1}"))
        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Crisis resources", self.show_crisis)
        self._action(help_menu, "&About moodlog", self.show_about)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -------------------------------------------------------------- navigation
    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _nav_changed(self, index: int) -> None:
        leaving_today = self.stack.currentIndex() == 0 and index != 0
        if leaving_today and not self.form.maybe_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(0)
            self.nav.blockSignals(False)
            return
        if index == 4:
            self._ensure_insights()
        self.stack.setCurrentIndex(index)

    def _ensure_insights(self) -> None:
        if self._insights is not None:
            return
        # Charts load pyqtgraph, which is slow to import: only when Insights is first opened.
        placeholder = QLabel("Charts of your mood, symptoms and questionnaires will appear here.")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_muted(placeholder)
        self._insights = placeholder
        layout = self._insights_holder.layout()
        assert layout is not None
        layout.addWidget(placeholder)

    def _start_checkin(self) -> None:
        self.today.setCurrentWidget(self.form)
        self.form.mood.setFocus()

    def open_day(self, day: date) -> None:
        """Show the check-in of ``day`` on the Today page."""
        self.show_page(0)
        if self.stack.currentIndex() != 0:
            return
        self.today.setCurrentWidget(self.form)
        self.form.go_to(day)

    # ------------------------------------------------------------------ dialogs
    def show_crisis(self) -> CrisisPanel:
        if self.crisis_panel is None:
            self.crisis_panel = CrisisPanel(self.settings.crisis_region, self)
            self.crisis_panel.region_changed.connect(
                lambda r: setattr(self.settings, "crisis_region", r))
        else:
            self.crisis_panel.set_region(self.settings.crisis_region)
        self.crisis_panel.show()
        self.crisis_panel.raise_()
        self.crisis_panel.activateWindow()
        return self.crisis_panel

    def show_backups(self) -> BackupsDialog:
        dialog = BackupsDialog(self.journal, self)
        dialog.open()
        return dialog

    def show_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.journal, self.settings, self)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self, "About moodlog",
            f"<h3>moodlog {__version__}</h3>"
            "<p>A personal journal for people being treated for depression. It is not a "
            "medical device: it records, charts and summarises; it does not diagnose or "
            "advise.</p>"
            f"<p>Your journal: {self.journal.store.path}</p>"
            f"<p>Everything stays on this computer.</p><p><small>{ATTRIBUTION}</small></p>")

    # ------------------------------------------------------------------ events
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.form.maybe_leave():
            event.ignore()
            return
        if not self.journal.demo:
            self.settings.set_geometry(self.saveGeometry())
        event.accept()
        self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # Coming back to the window: show what the command line may have written meanwhile.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.journal.check_for_outside_changes()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.first_paint.emit()
        return super().eventFilter(watched, event)
