"""Touch-sized building blocks of the kiosk: its style, the service card and the code keypad."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desk.services.queue_config import ServiceInfo

CODE_LENGTH = 6

# Calm: the app's greys and blue, one soft green for the priority lane, soft sand for problems;
# sizes for a finger at arm's length.
KIOSK_QSS = """
QWidget#kiosk { background: #f4f6f8; }
QLabel#kioskCenter { font-size: 26pt; font-weight: bold; color: #243447; }
QLabel#kioskClock { font-size: 24pt; color: #52606d; }
QLabel#kioskPrompt { font-size: 22pt; color: #334e68; }
QPushButton#service { min-height: 130px; background: #ffffff; border: 2px solid #c9d2dc; border-radius: 14px; }
QPushButton#service:pressed { background: #e4eef8; border-color: #2f80c2; }
QPushButton#service:disabled { background: #eceff2; border-color: #dde2e7; }
QLabel#serviceName { font-size: 28pt; font-weight: bold; }
QLabel#serviceInfo { font-size: 17pt; color: #52606d; }
QLabel:disabled { color: #9aa5b1; }
QPushButton#big, QPushButton#primaryBig, QPushButton#key {
    font-size: 21pt; min-height: 88px; border-radius: 12px; padding: 0 28px; }
QPushButton#big { background: #ffffff; border: 2px solid #b8c2cc; }
QPushButton#big:checked { background: #e3f1e7; border: 2px solid #5c9e71; color: #1e5631; }
QPushButton#primaryBig { background: #2f80c2; color: #ffffff; border: 2px solid #286da6; }
QPushButton#primaryBig:disabled { background: #b9cfe2; border-color: #b9cfe2; color: #f4f6f8; }
QPushButton#key { font-size: 30pt; min-width: 120px; padding: 0 8px; background: #ffffff; border: 2px solid #c9d2dc; }
QPushButton#key:pressed, QPushButton#big:pressed { background: #e4eef8; }
QLabel#bigNumber { font-size: 110pt; font-weight: bold; color: #1f5f99; }
QLabel#resultLine { font-size: 26pt; color: #1f2933; }
QLabel#resultSub { font-size: 21pt; color: #52606d; }
QLabel#status { font-size: 22pt; background: #ffffff; border: 2px solid #d9dee4; border-radius: 12px; padding: 14px; }
QLabel#status[failed="true"] { background: #fbf1e6; border-color: #e2c49e; color: #6b4a1f; }
QLabel#detail { font-size: 11pt; color: #7b8794; }
QLabel#code { font-size: 48pt; font-weight: bold; color: #1f2933; background: #ffffff;
    border: 2px solid #c9d2dc; border-radius: 12px; padding: 6px 24px; }
QLabel#message { font-size: 24pt; color: #6b4a1f; background: #fbf1e6; border: 2px solid #e2c49e;
    border-radius: 14px; padding: 24px; }
"""


def big_label(text: str, name: str, align=Qt.AlignCenter) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setAlignment(align)
    label.setWordWrap(True)
    return label


def big_button(text: str, name: str = "big", slot=None) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.NoFocus)  # touch only: no focus rectangles
    if slot is not None:
        button.clicked.connect(slot)
    return button


class ServiceButton(QPushButton):
    """A large card: "A  人民调解" over its waiting count (or, when closed, its hours)."""

    def __init__(self, service: ServiceInfo) -> None:
        super().__init__()
        self.setObjectName("service")
        self.setFocusPolicy(Qt.NoFocus)
        self.service_id = service.id
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 14, 16, 14)
        self.name = big_label(f"{service.prefix}  {service.name}", "serviceName")
        self.info = big_label("", "serviceInfo")
        lay.addStretch(1)
        for label in (self.name, self.info):
            label.setAttribute(Qt.WA_TransparentForMouseEvents)  # the button takes the touch
            lay.addWidget(label)
        lay.addStretch(1)

    def set_state(self, available: bool, info: str) -> None:
        self.setEnabled(available)
        self.info.setText(info)
        self.setAccessibleName(f"{self.name.text()} {info}")


class CodeKeypad(QWidget):
    """A numeric keypad for the appointment code; the keys are big enough for any finger."""

    sig_submit = Signal(str)
    """Check in with this code."""
    sig_back = Signal()
    """The visitor gave up."""
    sig_touched = Signal()
    """Any key: the visitor is still there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = ""
        # Side by side: a landscape kiosk screen has width to spare, not height.
        lay = QHBoxLayout(self)
        lay.setSpacing(36)
        v = QVBoxLayout()
        v.setSpacing(18)
        v.addWidget(big_label(self.tr("Enter your 6-digit appointment code"), "kioskPrompt"))
        self.code_label = big_label("", "code")
        v.addWidget(self.code_label)
        self.error = big_label("", "message")
        self.error.hide()
        v.addWidget(self.error)
        v.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(big_button(self.tr("Back"), slot=self.sig_back.emit))
        self.submit = big_button(self.tr("Check in"), "primaryBig", lambda: self.sig_submit.emit(self.code))
        row.addWidget(self.submit)
        v.addLayout(row)
        lay.addLayout(v, 3)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for i, key in enumerate("123456789C0<"):
            text = {"C": self.tr("Clear"), "<": self.tr("Delete")}.get(key, key)
            self.keys[key] = big_button(text, "key", lambda _=False, k=key: self.press(k))
            self.keys[key].setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
            grid.addWidget(self.keys[key], i // 3, i % 3)
        lay.addLayout(grid, 2)
        self.reset()

    def reset(self, error: str = "") -> None:
        """Empty the code; show ``error`` (large) when the last code was refused."""
        self.code = ""
        self.error.setText(error)
        self.error.setVisible(bool(error))
        self._show()

    def press(self, key: str) -> None:
        if key == "C":
            self.code = ""
        elif key == "<":
            self.code = self.code[:-1]
        elif len(self.code) < CODE_LENGTH:
            self.code += key
        self.error.hide()
        self._show()
        self.sig_touched.emit()

    def _show(self) -> None:
        self.code_label.setText(" ".join(self.code.ljust(CODE_LENGTH, "_")))
        self.submit.setEnabled(len(self.code) == CODE_LENGTH)
