"""QApplication set-up shared by the GUI, the screenshot command and the tests: fonts, language,
style. Chinese must render on machines with no CJK font, so the bundled font is registered."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk.resources import resource_path, resources_root

log = logging.getLogger(__name__)
UI_FONT_FILE = "fonts/wqy-microhei.ttc"
# Fallback faces for scripts the UI font lacks (Qt picks them per character): the same the documents use.
FALLBACK_FONT_FILES = ("fonts/NotoSansArabic-Regular.ttf", "fonts/NotoSansHebrew-Regular.ttf",
                       "fonts/NotoEmoji-Regular.ttf")
_translators: list[QTranslator] = []


def register_ui_font(app: QApplication) -> str:
    """Register the bundled CJK font and make it the application font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path(UI_FONT_FILE)))
    for relative in FALLBACK_FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource_path(relative)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else app.font().family()
    font = QFont(family)
    font.setPointSizeF(10.5)
    app.setFont(font)
    return family


def qm_path(lang: str) -> Path:
    return resources_root() / "translations" / f"desk_{lang}.qm"


def ensure_compiled(lang: str) -> Path | None:
    """The .qm for ``lang``; compiled from the .ts in a source checkout when missing or stale."""
    qm = qm_path(lang)
    ts = qm.with_suffix(".ts")
    if getattr(sys, "frozen", False) or not ts.exists():
        return qm if qm.exists() else None
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        cmd = [str(lrelease)] if lrelease.exists() else ["pyside6-lrelease"]
        try:
            subprocess.run([*cmd, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("could not compile translations: %s", exc)
    return qm if qm.exists() else None


def install_language(app: QCoreApplication, lang: str) -> bool:
    """Switch the UI language ("zh_CN" or "en"); English is the source text and needs no file."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        return True
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
    qm = ensure_compiled(lang)
    if qm is None:
        log.warning("no translation file for %s; the interface stays in English", lang)
        return False
    ok = False
    for path in (qm, Path(QLibraryInfoPath.translations()) / f"qtbase_{lang}.qm"):
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            _translators.append(translator)
            ok = ok or path == qm
    return ok


class QLibraryInfoPath:
    @staticmethod
    def translations() -> str:
        from PySide6.QtCore import QLibraryInfo

        return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(resource_path("styles/desk.qss").read_text(encoding="utf-8"))


def make_app(argv: list[str] | None = None, lang: str = "zh_CN") -> QApplication:
    """The QApplication (created once), with font, language and style applied."""
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("desk")
    app.setOrganizationName("desk")
    register_ui_font(app)
    install_language(app, lang)
    apply_style(app)
    return app
