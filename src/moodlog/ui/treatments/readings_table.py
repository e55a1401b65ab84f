"""The session part of the treatment dialog: readings over the session, dose as given, the
clinic's reported totals and the end of observation (issue 19).

Readings are a small table typed as plain text (minutes from the start of dosing, SYS/DIA, HR,
SpO2); a new session gets its rows' times prefilled for its kind, editable. Nothing here judges a
reading: a pre-dose one above 140/90 is only shown highlighted, as in the PDF.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moodlog.core.session import (
    AS_REPORTED,
    CADSS_FORMS,
    CADSS_LABELS,
    DEVICES,
    INFUSION_MINUTES,
    MG_PER_DEVICE,
    MINUTES_MAX,
    MOAAS,
    Reading,
    SessionDetails,
    entry_reading,
)
from moodlog.ui.common.local_format import number_text
from moodlog.ui.common.theme import set_muted
from moodlog.ui.translate_noop import QT_TRANSLATE_NOOP

#: Times (minutes from the start of dosing) prefilled for a new session, per kind.
PREFILLED = {"esketamine_nasal": (0, 40, 120), "ketamine_iv": (0, 20, 40, 60)}
COLUMNS = (QT_TRANSLATE_NOOP("ReadingsTable", "+Min"),
           QT_TRANSLATE_NOOP("ReadingsTable", "BP SYS/DIA"),
           QT_TRANSLATE_NOOP("ReadingsTable", "HR"), QT_TRANSLATE_NOOP("ReadingsTable", "SpO2 %"))
COLUMN_TIPS = (QT_TRANSLATE_NOOP("ReadingsTable",
                                 "Minutes after the start of dosing (0 = before dosing, up to "
                                 "720); \"after\" for an older reading whose time was not "
                                 "recorded"),
               QT_TRANSLATE_NOOP("ReadingsTable", "Blood pressure, e.g. 128/82 (mmHg)"),
               QT_TRANSLATE_NOOP("ReadingsTable", "Heart rate, beats per minute"),
               QT_TRANSLATE_NOOP("ReadingsTable", "Oxygen saturation, percent"))
NOT_RECORDED = "\u2014"
#: The time cell of a reading taken "after" at a time never recorded (journals before readings).
UNTIMED = "after"


def untimed() -> str:
    """UNTIMED as shown in the window's language; both spellings are read back."""
    return QCoreApplication.translate("ReadingsTable", "after",
                                      "time cell of a reading whose time was not recorded")


def _is_untimed(text: str) -> bool:
    return text.lower() in (UNTIMED, untimed().lower())


#: core.session.AS_REPORTED, for lupdate (the window shows it in its language).
AS_REPORTED_TEXT = QT_TRANSLATE_NOOP("SessionPanel", "as reported by the clinic")


def _optional_spin(low: int, high: int, name: str) -> QSpinBox:
    """A spin box whose lowest value (one below ``low``) means "not recorded"."""
    spin = QSpinBox()
    spin.setRange(low - 1, high)
    spin.setSpecialValueText(NOT_RECORDED)
    spin.setValue(low - 1)
    spin.setAccessibleName(name)
    return spin


def _value(spin: QSpinBox) -> int | None:
    return None if spin.value() == spin.minimum() else spin.value()


def _set(spin: QSpinBox, value: int | None) -> None:
    spin.setValue(spin.minimum() if value is None else value)


class ReadingsTable(QWidget):
    """Readings typed into a table; ``readings()`` validates them all or raises ValueError."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        for col, tip in enumerate(COLUMN_TIPS):
            header = self.table.horizontalHeaderItem(col)
            if header is not None:
                header.setToolTip(self.tr(tip))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Readings during the session"))
        self.table.setMinimumHeight(130)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add reading"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Remove reading"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def add_row(self, reading: Reading | None = None, minutes: int | None = None) -> None:
        row = self.table.rowCount()
        if reading is None and minutes is None and row:
            last = self._cell(row - 1, 0)
            minutes = int(last) + 20 if last.isdigit() else None
        self.table.insertRow(row)
        if reading is not None:
            cells = [untimed() if reading.minutes is None else str(reading.minutes), reading.bp,
                     "" if reading.heart_rate is None else str(reading.heart_rate),
                     "" if reading.spo2 is None else str(reading.spo2)]
        else:
            cells = ["" if minutes is None else str(minutes), "", "", ""]
        items = [QTableWidgetItem(text) for text in cells]
        for col, item in enumerate(items):
            self.table.setItem(row, col, item)
        if reading is not None and reading.high_pre_dose():
            items[1].setToolTip(self.tr("Pre-dose reading above 140/90"))
            font = items[1].font()
            font.setBold(True)
            items[1].setFont(font)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_readings(self, readings: tuple[Reading, ...]) -> None:
        self.table.setRowCount(0)
        for r in readings:
            self.add_row(r)

    def prefill(self, kind: str) -> None:
        """Prefilled times for a new session of ``kind``, only while nothing is typed."""
        if any(self._cell(r, c) for r in range(self.table.rowCount()) for c in (1, 2, 3)):
            return
        self.table.setRowCount(0)
        for minutes in PREFILLED.get(kind, (0,)):
            self.add_row(minutes=minutes)

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def readings(self) -> tuple[Reading, ...]:
        """Every row with a value; a row with only its time is left out (a prefilled slot)."""
        out = []
        for row in range(self.table.rowCount()):
            minutes, bp, hr, spo2 = (self._cell(row, c) for c in range(4))
            if not (bp or hr or spo2):
                continue
            where = self.tr("reading {number}").format(number=row + 1)
            out.append(_parse_row(where, minutes, bp, hr, spo2))
        return tuple(out)


def _whole(text: str, what: str, where: str) -> int | None:
    if not text:
        return None
    if not re.fullmatch(r"\d{1,4}", text):
        raise ValueError(QCoreApplication.translate(
            "ReadingsTable", "{where}: {what} must be a whole number, not {text}").format(
            where=where, what=what, text=repr(text)))
    return int(text)


def _parse_row(where: str, minutes: str, bp: str, hr: str, spo2: str) -> Reading:
    if _is_untimed(minutes):
        at = None  # kept as it was recorded: no time is invented for it
    else:
        at = _whole(minutes, QCoreApplication.translate(
            "ReadingsTable", "the time (minutes after the start of dosing)"), where)
    if at is None and not _is_untimed(minutes):
        raise ValueError(QCoreApplication.translate(
            "ReadingsTable", "{where}: give its time, 0-{most} minutes after the start of "
            "dosing").format(where=where, most=MINUTES_MAX))
    sys_ = dia = None
    if bp:
        match = re.fullmatch(r"(\d{1,3})\s*/\s*(\d{1,3})", bp)
        if not match:
            raise ValueError(QCoreApplication.translate(
                "ReadingsTable", "{where}: blood pressure must look like SYS/DIA (e.g. 128/82), "
                "not {text}").format(where=where, text=repr(bp)))
        sys_, dia = int(match.group(1)), int(match.group(2))
    # Parsed before the try: their messages already name the reading.
    heart = _whole(hr, QCoreApplication.translate("ReadingsTable", "heart rate"), where)
    oxygen = _whole(spo2, QCoreApplication.translate("ReadingsTable", "SpO2"), where)
    try:
        return entry_reading(at, sys_, dia, heart, oxygen)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None


class SessionPanel(QWidget):
    """Readings, dose as given, the clinic's totals and observation, for the treatment dialog."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Readings during the session, if the clinic told you"))
        inner = QVBoxLayout(box)
        self.readings = ReadingsTable()
        inner.addWidget(self.readings)
        layout.addWidget(box)

        given = QGroupBox(self.tr("The session"))
        form = QFormLayout(given)
        self.devices = _optional_spin(DEVICES[0], DEVICES[1], self.tr("Esketamine devices"))
        self.devices_mg = QLabel("")
        set_muted(self.devices_mg)
        self.devices.valueChanged.connect(self._show_device_mg)
        row = QHBoxLayout()
        row.addWidget(self.devices)
        row.addWidget(self.devices_mg, 1)
        form.addRow(self.tr("Devices ({mg} mg each):").format(mg=MG_PER_DEVICE), row)
        self.weight = QDoubleSpinBox()
        self.weight.setRange(19.9, 350)
        self.weight.setDecimals(1)
        self.weight.setSpecialValueText(NOT_RECORDED)
        self.weight.setValue(19.9)
        self.weight.setSuffix(self.tr(" kg"))
        self.weight.setAccessibleName(self.tr("Weight for a mg/kg dose"))
        form.addRow(self.tr("Weight (for mg/kg):"), self.weight)
        self.infusion = _optional_spin(INFUSION_MINUTES[0], INFUSION_MINUTES[1],
                                       self.tr("Infusion minutes"))
        form.addRow(self.tr("Infusion minutes:"), self.infusion)
        self.observed = _optional_spin(0, MINUTES_MAX,
                                       self.tr("Observed until, minutes after the start"))
        form.addRow(self.tr("Observed until (min after start):"), self.observed)
        self.ready_note = QLineEdit()
        self.ready_note.setPlaceholderText(self.tr("When you felt ready to leave, in your words"))
        self.ready_note.setAccessibleName(self.tr("Felt ready to leave"))
        # Label above a field as wide as the box: its placeholder reads whole in every language.
        ready = QLabel(self.tr("Felt ready to leave:"))
        ready.setBuddy(self.ready_note)
        form.addRow(ready)
        form.addRow(self.ready_note)
        layout.addWidget(given)

        as_reported = self.tr(AS_REPORTED)
        totals = QGroupBox(self.tr("Totals {as_reported}").format(as_reported=as_reported))
        tform = QFormLayout(totals)
        moaas_name = self.tr("MOAA/S total {as_reported}").format(as_reported=as_reported)
        self.moaas = _optional_spin(MOAAS[0], MOAAS[1], moaas_name)
        tform.addRow(self.tr("MOAA/S (0-5):"), self.moaas)
        self.cadss_form = QComboBox()
        for key, (low, high) in CADSS_FORMS.items():
            self.cadss_form.addItem(f"{CADSS_LABELS[key]} ({low}-{high})", key)
        self.cadss_form.setAccessibleName(self.tr("CADSS form"))
        self.cadss_form.currentIndexChanged.connect(self._cadss_range)
        self.cadss = _optional_spin(0, CADSS_FORMS["cadss"][1], self.tr("CADSS total {as_reported}")
                                    .format(as_reported=as_reported))
        row = QHBoxLayout()
        row.addWidget(self.cadss_form)
        row.addWidget(self.cadss, 1)
        tform.addRow(self.tr("Dissociation:"), row)
        note = QLabel(self.tr("Scores the clinic measured and told you; moodlog does not give "
                              "these scales."))
        note.setWordWrap(True)
        set_muted(note)
        tform.addRow(note)
        layout.addWidget(totals)

    def _show_device_mg(self) -> None:
        n = _value(self.devices)
        self.devices_mg.setText("" if n is None else f"= {n * MG_PER_DEVICE} mg")

    def _cadss_range(self) -> None:
        self.cadss.setMaximum(CADSS_FORMS[self.cadss_form.currentData()][1])

    def fill(self, readings: tuple[Reading, ...], details: SessionDetails) -> None:
        self.readings.set_readings(readings)
        _set(self.devices, details.devices)
        self.weight.setValue(details.weight_kg or self.weight.minimum())
        _set(self.infusion, details.infusion_minutes)
        _set(self.observed, details.observed_minutes)
        self.ready_note.setText(details.ready_note)
        _set(self.moaas, details.moaas)
        self.cadss_form.setCurrentIndex(self.cadss_form.findData(details.cadss_form))
        _set(self.cadss, details.cadss)

    def details(self) -> SessionDetails:
        weight = self.weight.value()
        return SessionDetails(
            devices=_value(self.devices),
            weight_kg=None if weight == self.weight.minimum() else weight,
            infusion_minutes=_value(self.infusion), moaas=_value(self.moaas),
            cadss=_value(self.cadss), cadss_form=self.cadss_form.currentData(),
            observed_minutes=_value(self.observed), ready_note=self.ready_note.text())


def dose_as_given(kind: str, dose: float | None, unit: str | None, details: SessionDetails
                  ) -> tuple[float | None, str | None]:
    """The dose to store: devices give the mg; a typed dose that disagrees is refused."""
    if details.devices is not None:
        if kind != "esketamine_nasal":
            raise ValueError(QCoreApplication.translate(
                "SessionPanel", "devices are only for an esketamine nasal session"))
        mg = float(details.devices * MG_PER_DEVICE)
        if dose is not None and (unit != "mg" or dose != mg):
            raise ValueError(QCoreApplication.translate(
                "SessionPanel", "{devices} devices are {mg} mg, but the dose says {dose} {unit}")
                .format(devices=details.devices, mg=number_text(mg), dose=number_text(dose),
                        unit=unit))
        return mg, "mg"
    if details.weight_kg is not None and unit != "mg/kg":
        raise ValueError(QCoreApplication.translate("SessionPanel",
                                                    "a weight goes with a dose in mg/kg"))
    return dose, unit
