"""First-run wizard: the center profile, its area (street and communities) and the first
administrator. Until it is finished nothing else opens. Where the computer has a usable keyring,
the last page also offers to encrypt the database (``desk.encryption``) before anything personal is
written to it."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWizard, QWizardPage

from desk import encryption
from desk.errors import ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models.center import LEVEL_COMMUNITY, LEVEL_STREET
from desk.services.accounts import clean_person_fields, clean_username
from desk.services.auth import check_password_policy
from desk.services.center import AdminData, AreaData, ProfileData, clean_profile
from desk.services.container import Services
from desk.services.grid import check_grid_code
from desk.services.permissions import Actor
from desk.views.forms import FieldErrors
from desk.views.messages import show_error


def parse_communities(text: str) -> tuple[tuple[str, str], ...]:
    """Lines of "code name" (any whitespace between) → ((code, name), …)."""
    out = []
    for line in text.splitlines():
        parts = line.strip().split(None, 1)
        if not parts:
            continue
        if len(parts) == 1:
            raise ValidationError("communities", QT_TRANSLATE_NOOP("Errors", "Each line needs a code and a name."))
        out.append((parts[0], parts[1].strip()))
    return tuple(out)


class _Page(QWizardPage):
    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = QFormLayout(self)
        self.errors = FieldErrors()

    def line(self, label: str, name: str, placeholder: str = "", password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        if password:
            edit.setEchoMode(QLineEdit.Password)
        self.errors.add_row(self.form, label, name, edit)
        return edit

    def check(self, fn) -> bool:
        self.errors.clear()
        try:
            fn()
        except ValidationError as exc:
            if not self.errors.show(exc):
                show_error(self, exc)
            return False
        return True


class ProfilePage(_Page):
    def __init__(self) -> None:
        super().__init__(self.tr("The center"), self.tr("How the center and its mediation committee are named on documents."))
        self.name = self.line(self.tr("Center name"), "name", self.tr("e.g. 经八路街道综治中心"))
        self.committee = self.line(self.tr("Mediation committee"), "committee_name", self.tr("e.g. 经八路街道人民调解委员会"))
        self.address = self.line(self.tr("Address"), "address")
        self.phone = self.line(self.tr("Telephone"), "phone")

    def data(self) -> ProfileData:
        return ProfileData(self.name.text(), self.committee.text(), self.address.text(), self.phone.text())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.check(lambda: clean_profile(self.data()))


class AreaPage(_Page):
    def __init__(self) -> None:
        super().__init__(self.tr("The area"), self.tr("The street (or town) the center serves and its communities; grids can be added later."))
        self.street_name = self.line(self.tr("Street / town"), "street_name", self.tr("e.g. 经八路街道"))
        self.street_code = self.line(self.tr("Street code"), "street_code", "410105001000")
        self.communities = QPlainTextEdit()
        self.communities.setPlaceholderText(self.tr("One community per line: code and name, e.g.\n410105001001 纬五路社区"))
        self.communities.setMinimumHeight(120)
        self.errors.add_row(self.form, self.tr("Communities"), "communities", self.communities)

    def data(self) -> AreaData:
        return AreaData(self.street_code.text(), self.street_name.text(),
                        parse_communities(self.communities.toPlainText()))

    def validatePage(self) -> bool:  # noqa: N802
        def validate() -> None:
            if not self.street_name.text().strip():
                raise ValidationError("street_name", QT_TRANSLATE_NOOP("Errors", "This field is required."))
            data = self.data()
            street = check_grid_code(LEVEL_STREET, data.street_code, None, "street_code")
            for code, _name in data.communities:
                check_grid_code(LEVEL_COMMUNITY, code, street, "communities")

        return self.check(validate)


class AdminPage(_Page):
    def __init__(self) -> None:
        super().__init__(self.tr("The first administrator"), self.tr("This account manages staff accounts, the center's lists and settings."))
        self.username = self.line(self.tr("Username"), "username", "admin")
        self.full_name = self.line(self.tr("Full name"), "full_name")
        self.password = self.line(self.tr("Password"), "password", password=True)
        self.repeat = self.line(self.tr("Password again"), "repeat", password=True)

    def data(self) -> AdminData:
        return AdminData(self.username.text(), self.full_name.text(), self.password.text())

    def validatePage(self) -> bool:  # noqa: N802
        def validate() -> None:
            username = clean_username(self.username.text())
            clean_person_fields(self.full_name.text(), "")
            check_password_policy(self.password.text(), username)

        if not self.check(validate):
            return False
        if self.password.text() != self.repeat.text():
            self.errors.set("repeat", self.tr("The two passwords differ."))
            return False
        wizard = self.wizard()
        return wizard.finish_setup() if isinstance(wizard, SetupWizard) else True


class SetupWizard(QWizard):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Set up this center"))
        self.setWizardStyle(QWizard.ModernStyle)
        self.setMinimumSize(640, 480)
        self.profile_page, self.area_page, self.admin_page = ProfilePage(), AreaPage(), AdminPage()
        for page in (self.profile_page, self.area_page, self.admin_page):
            self.addPage(page)
        self.setButtonText(QWizard.FinishButton, self.tr("Create the center"))
        self.setButtonText(QWizard.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.CancelButton, self.tr("Cancel"))
        intro = QLabel(self.tr("Nothing else opens until the center is set up."))
        intro.setObjectName("hint")
        self.profile_page.form.insertRow(0, intro)
        self.encrypt_box: QCheckBox | None = None  # offered only where the key can be kept safely
        if encryption.keyring_usable():
            self.encrypt_box = QCheckBox(
                self.tr("Encrypt the database on this computer (the key is kept in the system keyring)"))
            self.encrypt_box.setToolTip(self.tr(
                "The database and its backups can then only be opened with this computer's keyring entry."))
            self.admin_page.form.addRow(self.encrypt_box)

    def encrypt_first(self) -> bool:
        """Encrypt the still empty database when asked to, before the center's data goes into it."""
        db = self.services.db
        if self.encrypt_box is None or not self.encrypt_box.isChecked() or db.encrypted:
            return True
        try:
            db.dispose()
            encryption.encrypt_database(db.path)
        except Exception as exc:
            show_error(self, exc)
            return False
        finally:
            db.reopen()
        return True

    def finish_setup(self) -> bool:
        if not self.encrypt_first():
            return False
        try:
            self.actor = self.services.center.setup(
                self.profile_page.data(), self.area_page.data(), self.admin_page.data())
        except Exception as exc:
            for page in (self.profile_page, self.area_page, self.admin_page):
                if isinstance(exc, ValidationError) and page.errors.show(exc):
                    break
            else:
                show_error(self, exc)
            return False
        return True
