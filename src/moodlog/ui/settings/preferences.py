"""Preferences: your own symptoms, crisis region, language, appearance, exports and
questionnaires."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moodlog.i18n import LANGUAGES
from moodlog.ui.common.catalogue import region_choices
from moodlog.ui.common.screen_fit import scrolling
from moodlog.ui.common.segmented import SegmentedControl
from moodlog.ui.common.settings import Settings
from moodlog.ui.common.theme import apply_appearance, set_muted
from moodlog.ui.journal import Journal
from moodlog.ui.settings.medications_editor import MedicationsEditor
from moodlog.ui.settings.privacy_tab import PrivacyTab
from moodlog.ui.settings.reminder_prefs import ReminderSection
from moodlog.ui.settings.tags_editor import TagsEditor


class PreferencesDialog(QDialog):
    def __init__(self, journal: Journal, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumSize(560, 420)
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        tabs.addTab(self._symptoms_tab(), self.tr("&Symptoms"))
        tabs.addTab(TagsEditor(journal), self.tr("&Tags"))
        tabs.addTab(MedicationsEditor(journal), self.tr("&Medications"))
        tabs.addTab(scrolling(self._general_tab()), self.tr("&General"))
        tabs.addTab(PrivacyTab(journal), self.tr("Pri&vacy"))
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._refresh_symptoms()

    # ----------------------------------------------------------------- symptoms
    def _symptoms_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("Add symptoms of your own; they are rated none, mild, moderate "
                               "or severe like the others. Hiding one removes it from the "
                               "check-in form but keeps every rating you gave it."))
        intro.setWordWrap(True)
        set_muted(intro)
        layout.addWidget(intro)
        self.symptom_list = QListWidget()
        self.symptom_list.setAccessibleName(self.tr("Your own symptoms"))
        layout.addWidget(self.symptom_list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add\u2026"))
        self.rename_button = QPushButton(self.tr("&Rename\u2026"))
        self.hide_button = QPushButton(self.tr("&Hide"))
        for b in (self.add_button, self.rename_button, self.hide_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._add)
        self.rename_button.clicked.connect(self._rename)
        self.hide_button.clicked.connect(self._toggle_hidden)
        self.symptom_list.currentRowChanged.connect(self._update_buttons)
        return page

    def _refresh_symptoms(self, select: str | None = None) -> None:
        self.symptom_list.clear()
        for s in self.journal.store.symptoms():
            if s.builtin:
                continue
            item = QListWidgetItem(self.tr("{name}  (hidden)").format(name=s.label)
                                   if s.hidden else s.label)
            item.setData(Qt.ItemDataRole.UserRole, (s.key, s.label, s.hidden))
            self.symptom_list.addItem(item)
            if s.key == select:
                self.symptom_list.setCurrentItem(item)
        if self.symptom_list.currentRow() < 0 and self.symptom_list.count():
            self.symptom_list.setCurrentRow(0)
        self._update_buttons()

    def _current(self) -> tuple[str, str, bool] | None:
        item = self.symptom_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self, *_args: object) -> None:
        current = self._current()
        self.rename_button.setEnabled(current is not None)
        self.hide_button.setEnabled(current is not None)
        self.hide_button.setText(self.tr("&Show") if current and current[2]
                                 else self.tr("&Hide"))

    def _ask_label(self, title: str, text: str = "") -> str | None:
        label, ok = QInputDialog.getText(self, title, self.tr("Name of the symptom:"),
                                         text=text)
        return label if ok and label.strip() else None

    def _add(self) -> None:
        label = self._ask_label(self.tr("Add a symptom"))
        if label is None:
            return
        try:
            added = self.journal.add_symptom(label)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Symptom not added"),
                                str(exc).capitalize() + ".")
            return
        self._refresh_symptoms(added.key)

    def _rename(self) -> None:
        current = self._current()
        if current is None:
            return
        label = self._ask_label(self.tr("Rename a symptom"), current[1])
        if label is None:
            return
        try:
            self.journal.rename_symptom(current[0], label)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Symptom not renamed"),
                                str(exc).capitalize() + ".")
            return
        self._refresh_symptoms(current[0])

    def _toggle_hidden(self) -> None:
        current = self._current()
        if current is not None:
            self.journal.set_symptom_hidden(current[0], not current[2])
            self._refresh_symptoms(current[0])

    def _set_auto_advance(self, on: bool) -> None:
        self.settings.auto_advance = on
        SegmentedControl.auto_advance = on

    # ------------------------------------------------------------------ general
    def _language_row(self) -> QWidget:
        """System default, then each language in its own name; saved at once, used from the
        next start (the open windows keep their words until then)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), "system")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._language_chosen)
        column.addWidget(self.language)
        self.language_note = QLabel(self.tr("A new language applies the next time moodlog "
                                            "starts."))
        self.language_note.setWordWrap(True)
        set_muted(self.language_note)
        column.addWidget(self.language_note)
        return box

    def _language_chosen(self) -> None:
        self.settings.language = self.language.currentData()

    def _appearance_chosen(self) -> None:
        """Store the choice and apply it at once to every open window."""
        key = self.appearance.currentData()
        self.settings.appearance = key
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, key)

    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.region = QComboBox()
        for key, name in region_choices():
            self.region.addItem(name, key)
        self.region.setCurrentIndex(self.region.findData(self.settings.crisis_region))
        self.region.currentIndexChanged.connect(
            lambda: setattr(self.settings, "crisis_region", self.region.currentData()))
        form.addRow(self.tr("&Crisis resources for:"), self.region)
        form.addRow(self.tr("La&nguage:"), self._language_row())
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("A4"), "a4")
        self.page_size.addItem(self.tr("US Letter"), "letter")
        self.page_size.setCurrentIndex(self.page_size.findData(self.settings.page_size))
        self.page_size.currentIndexChanged.connect(
            lambda: setattr(self.settings, "page_size", self.page_size.currentData()))
        form.addRow(self.tr("PDF page si&ze:"), self.page_size)
        self.interval = QSpinBox()
        self.interval.setRange(7, 60)
        self.interval.setSuffix(self.tr(" days"))
        self.interval.setValue(self.settings.questionnaire_interval)
        self.interval.valueChanged.connect(
            lambda v: setattr(self.settings, "questionnaire_interval", v))
        form.addRow(self.tr("Remind me of the &PHQ-9 every:"), self.interval)
        self.appearance = QComboBox()
        for key, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.appearance.addItem(label, key)
        self.appearance.setCurrentIndex(self.appearance.findData(self.settings.appearance))
        self.appearance.currentIndexChanged.connect(self._appearance_chosen)
        form.addRow(self.tr("&Appearance:"), self.appearance)
        self.auto_advance = QCheckBox(self.tr("After a &digit, go on to the next question"))
        self.auto_advance.setChecked(self.settings.auto_advance)
        self.auto_advance.toggled.connect(self._set_auto_advance)
        form.addRow(self.auto_advance)
        self.reminders = ReminderSection(self.settings)
        form.addRow(self.reminders)
        return page
