"""The main window: navigation between the views, menus, status bar, remembered geometry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from moodlog.ui.checkin.checkin_form import CheckInForm
from moodlog.ui.common.journal_window import JournalWindow
from moodlog.ui.common.local_format import day_text
from moodlog.ui.common.settings import Settings
from moodlog.ui.insights.warmup import InsightsWarmUp
from moodlog.ui.journal import Journal
from moodlog.ui.translate_noop import QT_TRANSLATE_NOOP
from moodlog.ui.welcome import WelcomePage

if TYPE_CHECKING:  # the other views and dialogs are imported when first needed
    from moodlog.core.models import CheckIn
    from moodlog.ui.about import AboutDialog
    from moodlog.ui.exchange.backups_dialog import BackupsDialog
    from moodlog.ui.history.history import HistoryView
    from moodlog.ui.insights.insights import InsightsView
    from moodlog.ui.questionnaires.questionnaires_view import QuestionnairesView
    from moodlog.ui.safety.crisis import CrisisPanel
    from moodlog.ui.safety.plan_dialog import SafetyPlanDialog
    from moodlog.ui.settings.preferences import PreferencesDialog
    from moodlog.ui.treatments.treatments_view import TreatmentsView

PAGES = (QT_TRANSLATE_NOOP("MainWindow", "Today"), QT_TRANSLATE_NOOP("MainWindow", "History"),
         QT_TRANSLATE_NOOP("MainWindow", "Treatments"),
         QT_TRANSLATE_NOOP("MainWindow", "Questionnaires"),
         QT_TRANSLATE_NOOP("MainWindow", "Insights"))
#: The View menu's entries for PAGES, each with its Alt key.
VIEW_ITEMS = (QT_TRANSLATE_NOOP("MainWindow", "&Today"),
              QT_TRANSLATE_NOOP("MainWindow", "&History"),
              QT_TRANSLATE_NOOP("MainWindow", "&Treatments"),
              QT_TRANSLATE_NOOP("MainWindow", "&Questionnaires"),
              QT_TRANSLATE_NOOP("MainWindow", "&Insights"))
#: Opens My safety plan from anywhere in the app, dialogs included.
SAFETY_PLAN_SHORTCUT = "Ctrl+Shift+H"


def _file_actions() -> Any:
    from moodlog.ui.exchange import file_actions

    return file_actions


class MainWindow(JournalWindow):
    """One journal's window. ``demo_requested`` asks the app to open the demo journal."""

    first_paint = Signal()
    demo_requested = Signal()

    def __init__(self, journal: Journal, settings: Settings) -> None:
        super().__init__()
        self.journal = journal
        self.settings = settings
        self._painted = False
        self.crisis_panel: CrisisPanel | None = None
        self.safety_plan_dialog: SafetyPlanDialog | None = None
        title = (self.tr("{title} \u2014 made-up data").format(title=journal.title)
                 if journal.demo else journal.title)
        self.setWindowTitle(f"moodlog \u2014 {title}")
        self.setMinimumSize(760, 520)
        self._build()
        self._build_menus()
        self.statusBar().showMessage(self.tr("Everything stays on this computer."))
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.fit_to_screen()
        self._central.installEventFilter(self)
        # Today opens ready for the first answer (or on "Start", for a new journal).
        self.form.mood.setFocus() if self.today.currentWidget() is self.form \
            else self.welcome.setFocus()

    def fit_to_screen(self, offset: int = 0) -> None:
        """1200x800 where the screen has room, else the screen's free area less the frame;
        ``offset`` moves a second window down and right so it does not hide the first."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1200, 800)
            return
        free = screen.availableGeometry()
        frame = 40  # title bar and borders, which the window's own size leaves out
        width = min(1200, free.width() - frame - offset)
        height = min(800, free.height() - frame - offset)
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        self.move(free.left() + max(0, (free.width() - self.width() - frame) // 2) + offset,
                  free.top() + max(0, (free.height() - self.height() - frame) // 2) + offset)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        if self.journal.demo:
            banner = QLabel("  " + self.tr(
                "This is a demo journal of made-up data. Nothing you do here touches your own "
                "journal; it is deleted when you close this window."))
            banner.setWordWrap(True)
            banner.setContentsMargins(8, 6, 8, 6)
            banner.setAutoFillBackground(True)
            banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
            outer.addWidget(banner)
        row = QHBoxLayout()
        row.setContentsMargins(8, 8, 8, 8)
        outer.addLayout(row, 1)
        self.nav = QListWidget()
        self.nav.addItems([self.tr(name) for name in PAGES])
        self.nav.setAccessibleName(self.tr("Views"))
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
        self.today.setCurrentWidget(self.welcome if self.journal.is_empty() else self.form)
        self.welcome.start.connect(self._start_checkin)
        self.welcome.try_demo.connect(self.demo_requested)
        self.form.safety_concern.connect(self.show_crisis)
        self.form.saved.connect(self._saved)
        self.stack.addWidget(self.today)
        # The other pages are built when first shown: the check-in form paints first.
        self._pages: dict[int, QWidget] = {}
        self._holders = [QWidget() for _ in PAGES[1:]]
        for holder in self._holders:
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
        self._insights_stale = False
        self._analysis_ready: Any = None  # an Analysis made while Insights was hidden
        self._warm = InsightsWarmUp(self, self._prepare_insights)
        self.journal.opened.connect(self._warm.start_later)
        self.journal.changed.connect(self._journal_changed)
        self.nav.setCurrentRow(0)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._central = central
        self.setCentralWidget(central)

    def _saved(self, checkin: CheckIn) -> None:
        day = day_text(checkin.day, self.tr("dddd dd MMMM"))
        self.statusBar().showMessage(self.tr("Saved the check-in for {day}.").format(day=day), 8000)

    def _page(self, index: int) -> QWidget:
        """The page at ``index`` (1-4), built on first use."""
        page = self._pages.get(index)
        if page is None:
            page = self._make_page(index)
            self._pages[index] = page
            layout = self._holders[index - 1].layout()
            assert layout is not None
            layout.addWidget(page)
        return page

    def _make_page(self, index: int) -> QWidget:
        if index == 1:
            from moodlog.ui.history.history import HistoryView

            history = HistoryView(self.journal)
            history.open_day.connect(self.open_day)
            return history
        if index == 2:
            from moodlog.ui.treatments.treatments_view import TreatmentsView

            return TreatmentsView(self.journal)
        if index == 3:
            from moodlog.ui.questionnaires.questionnaires_view import QuestionnairesView

            view = QuestionnairesView(self.journal, self.settings)
            view.safety_concern.connect(self.show_crisis)
            return view
        # Charts load pyqtgraph, which is slow to import: only when Insights is first opened.
        from moodlog.core.analysis import analyse_journal
        from moodlog.ui.insights import insights_life
        from moodlog.ui.insights.insights import InsightsView

        def source() -> Any:
            ready, self._analysis_ready = self._analysis_ready, None
            return ready if ready is not None else analyse_journal(self.journal.store)

        insights = InsightsView(source)
        insights_life.attach(insights, self.journal)
        return insights

    def _prepare_insights(self) -> bool:
        """One step of getting Insights ready while it is hidden (analyse, then build or
        refresh the page); True while a step remains. See ui/insights/warmup.py."""
        if self.stack.currentIndex() == 4 or not self.journal.is_open or not self.isVisible() or (
                4 in self._pages and not self._insights_stale):
            return False  # a window in the tray holds no charts nobody looks at
        if self._analysis_ready is None:
            from moodlog.core.analysis import analyse_journal

            self._analysis_ready = analyse_journal(self.journal.store)
            return True
        if 4 in self._pages:
            self._insights_stale = False
            self.insights.reload()
        else:
            self._page(4)
        return False

    @property
    def history(self) -> HistoryView:
        return self._page(1)  # type: ignore[return-value]

    @property
    def treatments(self) -> TreatmentsView:
        return self._page(2)  # type: ignore[return-value]

    @property
    def questionnaires(self) -> QuestionnairesView:
        return self._page(3)  # type: ignore[return-value]

    @property
    def insights(self) -> InsightsView:
        return self._page(4)  # type: ignore[return-value]

    def _journal_changed(self, _what: str) -> None:
        self._analysis_ready = None
        if 4 in self._pages:
            if self.stack.currentIndex() == 4:
                self.insights.reload()
            else:
                self._insights_stale = True
                self._warm.want()  # bring it up to date at the next pause

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Import\u2026"),
                     lambda: _file_actions().import_file(self, self.journal))
        export = file_menu.addMenu(self.tr("&Export"))
        self._action(export, self.tr("Everything as &JSON\u2026"),
                     lambda: _file_actions().export_json(self, self.journal),
                     QKeySequence("Ctrl+E"))
        self._action(export, self.tr("A table as &CSV\u2026"),
                     lambda: _file_actions().export_csv(self, self.journal))
        self._action(export, self.tr("For a clinic's record (&FHIR)\u2026"), self.export_fhir)
        self._action(file_menu, self.tr("Export &PDF\u2026"), self.export_pdf,
                     QKeySequence("Ctrl+P"))
        self._action(file_menu, self.tr("&Backups\u2026"), self.show_backups)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu(self.tr("&Edit"))
        self._action(edit, self.tr("&Find in the journal\u2026"), self.show_search,
                     QKeySequence.StandardKey.Find)
        prefs = self._action(edit, self.tr("&Preferences\u2026"), self.show_preferences)
        # Linux has no standard key for Preferences: Ctrl+, as on the other desktops' apps.
        prefs.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
                           or [QKeySequence("Ctrl+,")])
        view = bar.addMenu(self.tr("&View"))
        for i, item in enumerate(VIEW_ITEMS):
            self._action(view, self.tr(item), partial(self.show_page, i),
                         QKeySequence(f"Ctrl+{i + 1}"))
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Crisis resources"), self.show_crisis)
        plan = self._action(help_menu, self.tr("My &safety plan"), self.show_safety_plan,
                            QKeySequence(SAFETY_PLAN_SHORTCUT))
        plan.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._action(help_menu, self.tr("&About moodlog"), self.show_about)

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
        if index:
            stale = index == 4 and 4 in self._pages and self._insights_stale
            self._page(index)
            if stale:
                self._insights_stale = False
                self.insights.reload()
        self.stack.setCurrentIndex(index)

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
            from moodlog.ui.safety.crisis import CrisisPanel

            self.crisis_panel = CrisisPanel(self.settings.crisis_region, self,
                                            plan=self.journal.safety_plan)
            self.crisis_panel.region_changed.connect(
                lambda r: setattr(self.settings, "crisis_region", r))
            self.crisis_panel.open_plan.connect(self.show_safety_plan)
            self.journal.changed.connect(self._refresh_crisis_plan)
        else:
            self.crisis_panel.set_region(self.settings.crisis_region)
        self.crisis_panel.show()
        self.crisis_panel.raise_()
        self.crisis_panel.activateWindow()
        self.crisis_panel.focus_first_action()
        return self.crisis_panel

    def show_safety_plan(self) -> SafetyPlanDialog:
        if self.safety_plan_dialog is None:
            from moodlog.ui.safety.plan_dialog import SafetyPlanDialog

            self.safety_plan_dialog = SafetyPlanDialog(self.journal, self.settings, self)
            self.safety_plan_dialog.finished.connect(self._safety_plan_closed)
        self.safety_plan_dialog.show()
        self.safety_plan_dialog.raise_()
        self.safety_plan_dialog.activateWindow()
        return self.safety_plan_dialog

    def _safety_plan_closed(self) -> None:
        self._refresh_crisis_plan("safety_plan")

    def _refresh_crisis_plan(self, what: str) -> None:
        if self.crisis_panel is not None and what in ("safety_plan", "all"):
            self.crisis_panel.refresh_plan()

    def export_pdf(self) -> object:
        from moodlog.ui.exchange import pdf_dialog

        return pdf_dialog.open_for(self.journal, self.settings, self)

    def export_fhir(self) -> object:
        from moodlog.ui.exchange import fhir_export

        return fhir_export.open_for(self, self.journal)

    def show_backups(self) -> BackupsDialog:
        from moodlog.ui.exchange.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.journal, self)
        dialog.open()
        return dialog

    def show_search(self) -> QWidget:
        """Ctrl+F: the search panel (one per window, kept between uses)."""
        from moodlog.ui.search.search_panel import SearchPanel

        if getattr(self, "_search", None) is None:
            self._search = SearchPanel(self.journal, self.open_day, self)
        self._search.open_search()
        return self._search

    def show_preferences(self) -> PreferencesDialog:
        from moodlog.ui.settings.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.journal, self.settings, self)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        from moodlog.ui.about import AboutDialog

        assert self.journal.path is not None
        dialog = AboutDialog(self.journal.path.parent, parent=self)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ events
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._warm.want()  # shown from the tray, say: Insights get ready at the next pause

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.form.maybe_leave() or (self.safety_plan_dialog is not None
                                           and not self.safety_plan_dialog.maybe_close()):
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
