"""Building blocks of the settings area: an editor per setting chosen by its spec, and a group of
settings saved together (all or none) with each message under the field it belongs to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desk.errors import ValidationError
from desk.services.container import Services
from desk.services.permissions import Actor
from desk.services.settings import SPECS, SYSTEM_DEFAULT_PRINTER, SettingSpec
from desk.views.forms import FieldErrors
from desk.views.messages import error_text, show_error

LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))
DOCUMENT_PRINTER_KEYS = ("print.printer.documents", "print.printer.letters", "print.printer.receipts",
                         "print.printer.reports")


def available_printers() -> list[str]:
    """The printers this computer knows (CUPS queues, Windows printers), sorted by name."""
    return sorted(QPrinterInfo.availablePrinterNames(), key=str.lower)


def row_of(*widgets: QWidget, stretch: bool = True) -> QWidget:
    """Widgets side by side; the first one takes the focus (and the red frame of an error)."""
    box = QWidget()
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        lay.addWidget(widget)
    if stretch:
        lay.addStretch(1)
    box.setFocusProxy(widgets[0])
    return box


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class SettingsErrors(FieldErrors):
    """FieldErrors putting the red frame on the field inside a composite row."""

    @staticmethod
    def _mark(editor: QWidget, invalid: bool) -> None:
        FieldErrors._mark(editor.focusProxy() or editor, invalid)


class NumberEdit(QWidget):
    """A whole number typed freely (the service says what is wrong with it), with its range beside it."""

    def __init__(self, spec: SettingSpec, value: int) -> None:
        super().__init__()
        self.edit = QLineEdit(str(value))
        self.edit.setMaxLength(6)
        self.edit.setFixedWidth(90)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        if spec.maximum is not None:
            lay.addWidget(hint_label(f"{spec.minimum}–{spec.maximum}"))
        lay.addStretch(1)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming, like QLineEdit
        self.edit.setText(text)


class FolderEdit(QWidget):
    """A folder path with a Choose… button."""

    def __init__(self, value: str, placeholder: str = "") -> None:
        super().__init__()
        self.edit = QLineEdit(value)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumWidth(320)
        self.edit.setMaximumWidth(560)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.browse)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit, 1)
        lay.addWidget(choose)
        lay.addStretch(0)
        self.setFocusProxy(self.edit)

    def browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.edit.text())
        if path:
            self.edit.setText(path)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming, like QLineEdit
        self.edit.setText(text)


class PrinterBox(QComboBox):
    """The printers of this computer, with "ask each time" (documents) or "the default printer"
    first; a saved printer that is no longer installed stays selectable and says so."""

    def __init__(self, value: str, ask: bool = True, printers: list[str] | None = None) -> None:
        super().__init__()
        if ask:
            self.addItem(self.tr("Ask each time (print dialog)"), "")
            self.addItem(self.tr("The system's default printer"), SYSTEM_DEFAULT_PRINTER)
        else:
            self.addItem(self.tr("The system's default printer"), "")
        for name in available_printers() if printers is None else printers:
            self.addItem(name, name)
        if value and self.findData(value) < 0:
            self.addItem(self.tr("{name} (not installed)").format(name=value), value)
        self.setCurrentIndex(max(0, self.findData(value)))
        self.setMinimumWidth(280)

    def value(self) -> str:
        return str(self.currentData() or "")


def editor_for(spec: SettingSpec, value: Any, placeholder: str = "") -> QWidget:
    """The editor a setting gets by its kind of value."""
    if isinstance(spec.default, bool):
        editor = QCheckBox()
        editor.setChecked(bool(value))
        return editor
    if spec.key == "ui.language":
        editor = QComboBox()
        for code, label in LANGUAGES:
            editor.addItem(label, code)
        editor.setCurrentIndex(max(0, editor.findData(value)))
        editor.setMaximumWidth(200)
        return editor
    if spec.key in DOCUMENT_PRINTER_KEYS:
        return PrinterBox(str(value or ""))
    if spec.key == "queue.ticket_system_printer":
        return PrinterBox(str(value or ""), ask=False)
    if spec.key == "backup.folder":
        return FolderEdit(str(value or ""), placeholder)
    if isinstance(spec.default, int):
        return NumberEdit(spec, value)
    editor = QLineEdit(str(value))
    editor.setPlaceholderText(placeholder)
    if spec.maximum is not None:
        editor.setMaxLength(spec.maximum)
    editor.setMaximumWidth(90 if spec.maximum is not None and spec.maximum <= 8 else 560)
    return editor


def value_of(editor: QWidget) -> Any:
    if isinstance(editor, PrinterBox):
        return editor.value()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    return editor.text()


def show_value(editor: QWidget, value: Any) -> None:
    """Put a stored value back into its editor (after saving: the normalised form, e.g. 09:05)."""
    if isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(0, editor.findData(value)))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    else:
        editor.setText(str(value))


class SettingsForm(QGroupBox):
    """A titled group of settings with a Save button: all of them are checked first and saved
    together in one transaction, or none is; each message appears under its field."""

    saved = Signal(list)
    """Saved; the keys whose value changed."""

    def __init__(self, services: Services, actor: Actor, title: str, keys: tuple[str, ...] = (),
                 hint: str = "", labels: dict[str, str] | None = None, note: str = "",
                 placeholders: dict[str, str] | None = None) -> None:
        super().__init__(title)
        self.services, self.actor = services, actor
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.form.setVerticalSpacing(8)
        if hint:
            self.form.addRow(hint_label(hint))
        self.errors = SettingsErrors()
        self.editors: dict[str, QWidget] = {}
        values = services.settings.all()
        labels, placeholders = labels or {}, placeholders or {}
        for key in keys:
            spec = SPECS[key]
            label = labels.get(key) or QCoreApplication.translate("Settings", spec.label)
            self.add_setting(key, label, editor_for(spec, values[key], placeholders.get(key, "")))
        self.add_rows()
        self._finish(note)

    def add_rows(self) -> None:
        """Rows of a subclass, built after the settings' rows and before the Save button."""

    def add_setting(self, key: str, label: str | QWidget, editor: QWidget) -> QWidget:
        editor.setObjectName(f"setting:{key}")
        self.editors[key] = editor
        return self.errors.add_row(self.form, label, key, editor)

    def _finish(self, note: str) -> None:
        self.note = hint_label(note)
        self.note.setVisible(bool(note))
        self.save_btn = QPushButton(self.tr("Save"))
        self.save_btn.setObjectName("primary")
        self.save_btn.clicked.connect(lambda: self.save())
        self.message = QLabel()
        self.message.setObjectName("okBanner")
        self.message.setWordWrap(True)
        self.message.hide()
        bottom = QWidget()
        lay = QHBoxLayout(bottom)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(self.note, 1)
        lay.addWidget(self.save_btn, 0, Qt.AlignRight)
        self.form.addRow(bottom)
        self.form.addRow(self.message)

    def values(self) -> dict[str, Any]:
        """What the form would save: setting key -> value."""
        return {key: value_of(editor) for key, editor in self.editors.items()}

    def check(self, values: dict[str, Any]) -> bool:
        """Checks of the view itself before the service's (a subclass may add some)."""
        return True

    def save(self) -> bool:
        self.errors.clear()
        self.message.hide()
        values = self.values()
        if not self.check(values):
            return False
        problems = self.services.settings.problems(values)
        if problems:
            self._show(problems)
            return False
        try:
            changed = self.services.settings.set_many(self.actor, values)
        except Exception as exc:  # a permission, the database: a message box
            if not self.errors.show(exc):
                show_error(self, exc)
            return False
        stored = self.services.settings.all()
        for key, editor in self.editors.items():
            show_value(editor, stored[key])
        self.message.setText(self.tr("Saved.") if changed else self.tr("Nothing was changed."))
        self.message.show()
        self.saved.emit(changed)
        return True

    def _show(self, problems: list[ValidationError]) -> None:
        elsewhere = [p for p in problems if p.field not in self.editors]
        for problem in reversed(problems):  # the first one ends with the focus
            if problem.field in self.editors:
                self.errors.set(problem.field, error_text(problem))
        if elsewhere:
            show_error(self, elsewhere[0])

    def error_text(self, key: str) -> str:
        """The message shown under a field ("" when none)."""
        label = self.errors.error_label(key)
        return label.text() if label.isVisibleTo(self) else ""
