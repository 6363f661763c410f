"""The center's profile (names printed on documents) and the center-wide settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desk.services.center import ProfileData
from desk.services.container import Services
from desk.services.permissions import Actor, Perm
from desk.services.settings import SPECS
from desk.views.forms import FieldErrors
from desk.views.messages import show_error
from desk.views.page import page_layout

LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))


class CenterPage(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        lay = page_layout(self, self.tr("Center and settings"))
        self.status = QLabel()
        self.status.setObjectName("okBanner")
        self.status.hide()
        lay.addWidget(self.status)
        if actor.can(Perm.CENTER_EDIT):
            lay.addWidget(self._profile_box())
        if actor.can(Perm.SETTINGS_EDIT):
            lay.addWidget(self._settings_box())
        lay.addStretch(1)

    # --- profile -------------------------------------------------------------------------
    def _profile_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Center profile (printed on every document)"))
        form = QFormLayout(box)
        self.profile_errors = FieldErrors()
        p = self.services.center.profile()
        self.name, self.committee = QLineEdit(p.name), QLineEdit(p.committee_name)
        self.address, self.phone = QLineEdit(p.address), QLineEdit(p.phone)
        self.profile_errors.add_row(form, self.tr("Center name"), "name", self.name)
        self.profile_errors.add_row(form, self.tr("Mediation committee"), "committee_name", self.committee)
        self.profile_errors.add_row(form, self.tr("Address"), "address", self.address)
        self.profile_errors.add_row(form, self.tr("Telephone"), "phone", self.phone)
        form.addRow(self.tr("Area code"), QLabel(p.area_code))
        save = QPushButton(self.tr("Save profile"))
        save.setObjectName("primary")
        save.clicked.connect(self.save_profile)
        form.addRow("", _right(save))
        return box

    def save_profile(self) -> bool:
        self.profile_errors.clear()
        data = ProfileData(self.name.text(), self.committee.text(), self.address.text(), self.phone.text())
        try:
            self.services.center.update_profile(self.actor, data)
        except Exception as exc:
            self.profile_errors.handle(self, exc)
            return False
        self._saved(self.tr("The center profile was saved."))
        return True

    # --- settings ------------------------------------------------------------------------
    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Settings"))
        form = QFormLayout(box)
        self.settings_errors = FieldErrors()
        values = self.services.settings.all()
        self.setting_editors: dict[str, QWidget] = {}
        for key, spec in SPECS.items():
            if not spec.editable:
                continue
            if isinstance(spec.default, bool):
                editor = QCheckBox()
                editor.setChecked(bool(values[key]))
            elif spec.choices:
                editor = QComboBox()
                for code, label in LANGUAGES:
                    editor.addItem(label, code)
                editor.setCurrentIndex(max(0, editor.findData(values[key])))
                editor.setMaximumWidth(200)
            elif isinstance(spec.default, str):
                editor = QLineEdit(str(values[key]))
            else:
                editor = QSpinBox()
                editor.setRange(spec.minimum or 0, spec.maximum or 10_000)
                editor.setValue(int(values[key]))
                editor.setMaximumWidth(140)
            self.setting_editors[key] = editor
            self.settings_errors.add_row(form, QCoreApplication.translate("Settings", spec.label), key, editor)
        note = QLabel(self.tr("A new language applies at the next start; the other settings apply at once."))
        note.setObjectName("hint")
        form.addRow("", note)
        save = QPushButton(self.tr("Save settings"))
        save.setObjectName("primary")
        save.clicked.connect(self.save_settings)
        form.addRow("", _right(save))
        return box

    def save_settings(self) -> bool:
        self.settings_errors.clear()
        for key, editor in self.setting_editors.items():
            if isinstance(editor, QComboBox):
                value = editor.currentData()
            elif isinstance(editor, QCheckBox):
                value = editor.isChecked()
            elif isinstance(editor, QLineEdit):
                value = editor.text()
            else:
                value = editor.value()
            try:
                self.services.settings.set(self.actor, key, value)
            except Exception as exc:
                if not self.settings_errors.show(exc):
                    show_error(self, exc)
                return False
        window = self.window()
        idle = getattr(window, "idle", None)
        if idle is not None:
            idle.set_minutes(self.services.settings.get("security.idle_lock_minutes"))
        self._saved(self.tr("The settings were saved."))
        return True

    def _saved(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()


def _right(widget: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(widget)
    return box
