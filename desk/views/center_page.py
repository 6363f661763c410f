"""The center's profile (names printed on documents): the first tab of the settings area
(desk/views/settings_page.py), where the center-wide settings are too."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.center import ProfileData
from desk.services.container import Services
from desk.services.permissions import Actor, Perm
from desk.views.forms import FieldErrors


class CenterPage(QWidget):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setObjectName("okBanner")
        self.status.hide()
        lay.addWidget(self.status)
        if actor.can(Perm.CENTER_EDIT):
            lay.addWidget(self._profile_box())

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
