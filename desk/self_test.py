"""``main.py --self-test``: prove that an installed desk (the PyInstaller bundle or a checkout) works.

In a temporary folder it opens a fresh database (the migrations run), fills it with the demo center,
renders a printed document through the services and reads it back with QtPdf, renders the main window
offscreen to PNG, opens the dashboard when the desk has one (pyqtgraph and numpy), writes a workbook,
and checks that the fonts, the translation and the libraries loaded by name (keyring backends,
SQLCipher, Qt multimedia and speech) are present. Each check prints one line; the first line that is
not ``ok`` makes the exit status 1. Nothing outside the temporary folder is touched, and nothing
personal is printed.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desk import __version__

# Files the desk loads from resources/ (build.spec lists the same).
REQUIRED_RESOURCES = (
    "fonts/wqy-microhei.ttc", "fonts/uming.ttc", "fonts/COPYRIGHT-wqy-microhei.txt",
    "fonts/LICENSE-uming-ARPHICPL.TXT", "translations/desk_zh_CN.qm", "translations/desk_zh_CN.ts",
    "styles/desk.qss",
)
SHOT_SIZE = (1280, 800)


class CheckFailed(Exception):
    """A check ran and found something wrong (its message says what)."""


@dataclass
class Context:
    """What the checks share: the scratch folder and, once made, the services and the signed-in admin."""

    tmp: Path
    out: Path  # where the PDF, PNGs and workbook are written (the scratch folder unless --keep)
    services: object | None = None
    admin: object | None = None
    app: object | None = None
    windows: list = field(default_factory=list)


@dataclass
class Result:
    name: str
    ok: bool
    detail: str
    seconds: float


# --- image and PDF helpers (no widgets) ---------------------------------------------------------

def image_colours(image, step: int = 6) -> tuple[int, float]:
    """(distinct colours, share of pixels unlike the corner pixel) over a grid of samples of a QImage."""
    w, h = image.width(), image.height()
    if w == 0 or h == 0:
        return 0, 0.0
    background = image.pixel(0, 0)
    seen: set[int] = set()
    other = total = 0
    for y in range(0, h, step):
        for x in range(0, w, step):
            p = image.pixel(x, y)
            seen.add(p)
            other += p != background
            total += 1
    return len(seen), other / total


def require_drawn(image, what: str, min_colours: int = 8, min_ink: float = 0.005) -> str:
    """Raise unless ``image`` shows something (not one flat colour); returns a short description."""
    if image.isNull():
        raise CheckFailed(f"{what}: no image")
    colours, ink = image_colours(image)
    if colours < min_colours or ink < min_ink:
        raise CheckFailed(f"{what} looks blank ({colours} colours, {ink:.1%} drawn)")
    return f"{image.width()}x{image.height()}, {colours} colours"


def pdf_fonts(pdf: bytes) -> tuple[list[str], bool]:
    """Base font names declared in a PDF and whether a TrueType font program is embedded."""
    import re

    names = sorted({m.decode("latin-1") for m in re.findall(rb"/BaseFont\s*/([A-Za-z0-9+#_.-]+)", pdf)})
    return names, b"/FontFile2" in pdf


# --- the checks ---------------------------------------------------------------------------------

def check_resources(ctx: Context) -> str:
    from desk.resources import resource_path, resources_root

    for relative in REQUIRED_RESOURCES:
        path = resource_path(relative)  # raises FileNotFoundError naming the missing one
        if path.stat().st_size == 0:
            raise CheckFailed(f"resources/{relative} is empty")
    where = "bundle" if getattr(sys, "frozen", False) else "source tree"
    return f"{len(REQUIRED_RESOURCES)} files in {resources_root()} ({where})"


def check_libraries(ctx: Context) -> str:
    """Modules loaded by name or only on some machines: missing hidden imports show up here."""
    import importlib

    import sqlcipher3

    names = ["alembic.op", "alembic.context", "reportlab.pdfbase.ttfonts", "pypinyin", "requests",
             "PySide6.QtPdf", "PySide6.QtPrintSupport", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech",
             "keyring.backends.fail"]
    names += (["keyring.backends.Windows", "win32ctypes.core"] if sys.platform == "win32"
              else ["keyring.backends.SecretService", "secretstorage", "jeepney"])
    for name in names:
        importlib.import_module(name)
    from pypinyin import Style, lazy_pinyin

    if lazy_pinyin("张三", style=Style.FIRST_LETTER) != ["z", "s"]:  # its dictionaries are data files
        raise CheckFailed("pypinyin returned wrong initials")
    if "调解".encode("gb18030") != b"\xb5\xf7\xbd\xe2":  # what receipt printers are sent
        raise CheckFailed("the GB18030 codec is wrong")
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    if not cipher or not cipher[0]:
        raise CheckFailed("sqlcipher3 is not SQLCipher")
    return f"{len(names)} modules; SQLCipher {cipher[0]}"


def check_keyring(ctx: Context) -> str:
    """Which keyring backend this machine offers (informative: a server without one is not a failure)."""
    import keyring

    from desk.encryption import keyring_usable

    backend = type(keyring.get_keyring())
    usable = keyring_usable()
    return f"{backend.__module__}.{backend.__name__} ({'usable' if usable else 'not usable: no encryption at rest'})"


def check_database(ctx: Context) -> str:
    from desk.db import SCHEMA_HEAD, open_database
    from desk.services.audit import verify_chain
    from desk.services.container import Services
    from desk.services.demo import DEMO_PASSWORD, seed_demo

    services = Services(open_database(ctx.tmp / "local.db"))
    ctx.services = services
    with services.db.engine.connect() as conn:
        head = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if head != SCHEMA_HEAD:
        raise CheckFailed(f"the migrations stopped at {head}, not {SCHEMA_HEAD}")
    seed_demo(services, demo_cases=0)
    ctx.admin = services.auth.login("admin", DEMO_PASSWORD)
    with services.db.reader() as s:
        chain = verify_chain(s)
    if not chain.ok:
        raise CheckFailed(f"audit chain: {chain.message}")
    return f"migrated to {head}, demo center seeded, audit chain intact"


def check_qt(ctx: Context) -> str:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFontMetrics, QGuiApplication

    from desk.views import operations
    from desk.views.qt_setup import make_app

    app = make_app(lang="zh_CN")
    ctx.app = app
    operations.set_synchronous(True)
    family = app.font().family()
    if not QFontMetrics(app.font()).inFontUcs4(ord("调")):
        raise CheckFailed(f"the UI font {family!r} has no Chinese characters")
    title = QCoreApplication.translate("Areas", "Mediation cases")
    if title == "Mediation cases" or not any("\u4e00" <= ch <= "\u9fff" for ch in title):
        raise CheckFailed("the Chinese translation did not load")
    return f"platform {QGuiApplication.platformName()}, font {family}, zh_CN translation loaded"


def check_sound(ctx: Context) -> str:
    """Play a fifth of a second of silence through the app's player (voice calls use the same path)."""
    import wave

    from PySide6.QtCore import QEventLoop, QTimer

    from desk.audio.player import SoundEffectPlayer, has_audio_output

    if not has_audio_output():
        return "no audio output device here: skipped"
    path = ctx.tmp / "silence.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(16000)
        wav.writeframes(b"\0\0" * 3200)
    loop = QEventLoop()
    outcome: list[Exception | None] = []
    player = SoundEffectPlayer()
    player.play(path, lambda exc: (outcome.append(exc), loop.quit()))
    QTimer.singleShot(5000, loop.quit)
    loop.exec()
    if not outcome:
        raise CheckFailed("the sound did not finish within 5 s")
    if outcome[0] is not None:
        raise CheckFailed(f"the sound failed: {outcome[0]}")
    return "played through the default output"


def check_document(ctx: Context) -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    services, admin = _need(ctx)
    today = date.today()
    doc = services.documents.audit_report(admin, today.replace(day=1), today)
    pdf = doc.pdf
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-64:]:
        raise CheckFailed("the document is not a complete PDF")
    fonts, embedded = pdf_fonts(pdf)
    cjk = [f for f in fonts if "UMing" in f or "MicroHei" in f]
    if not cjk or not embedded:
        raise CheckFailed(f"no embedded CJK font (fonts: {', '.join(fonts) or 'none'})")
    path = ctx.out / "self-test-document.pdf"
    path.write_bytes(pdf)
    reader = QPdfDocument()
    reader.load(str(path))
    try:
        if reader.status() != QPdfDocument.Status.Ready or reader.pageCount() < 1:
            raise CheckFailed(f"QtPdf cannot read the document ({reader.error()})")
        text = "".join(reader.getAllText(0).text().split())
        center = services.center.profile().name
        for expected in ("审计日志报告", center, doc.verification_code):
            if expected not in text:
                raise CheckFailed(f"the document's text lacks {expected!r}")
        page = reader.render(0, QSize(595, 842))
        drawn = require_drawn(page, "the rendered page", min_colours=2)
        pages = reader.pageCount()
    finally:
        reader.close()
    return f"{doc.title}: {len(pdf):,} bytes, {pages} page(s), font {cjk[0]} embedded, text read back, page {drawn}"


def _grab(widget, path: Path, size: tuple[int, int] = SHOT_SIZE):
    from PySide6.QtWidgets import QApplication

    widget.resize(*size)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    image = widget.grab().toImage()
    if not image.save(str(path)):
        raise CheckFailed(f"could not write {path.name}")
    return image


def check_screenshot(ctx: Context) -> str:
    from desk.views.main_window import MainWindow

    services, admin = _need(ctx)
    window = MainWindow(services, admin, ctx.tmp / "local.db")
    ctx.windows.append(window)
    window.idle.stop()
    path = ctx.out / "self-test-main-window.png"
    image = _grab(window, path)
    if path.stat().st_size < 10_000:
        raise CheckFailed(f"{path.name} is only {path.stat().st_size} bytes")
    return f"{path.name}: {require_drawn(image, 'the main window')}, {len(window.areas)} areas"


def check_dashboard(ctx: Context) -> str:
    import numpy
    import pyqtgraph

    services, admin = _need(ctx)
    window = ctx.windows[0] if ctx.windows else None
    area = next((a for a in (window.areas if window else []) if "dashboard" in a.key), None)
    path = ctx.out / "self-test-dashboard.png"
    if area is not None:
        window.show_area(area.key)
        image = _grab(window, path)
        what = f"dashboard page ({area.key})"
    else:  # no dashboard in this build yet: a chart on its own proves pyqtgraph draws
        plot = pyqtgraph.PlotWidget()
        ctx.windows.append(plot)
        plot.plot(numpy.arange(30), numpy.sin(numpy.arange(30) / 4.0) * 10, pen=pyqtgraph.mkPen("b", width=2))
        image = _grab(plot, path, (640, 400))
        what = "a pyqtgraph chart (no dashboard page in this build)"
    return f"{what}: {require_drawn(image, path.name, min_colours=3)}; pyqtgraph {pyqtgraph.__version__}, " \
           f"numpy {numpy.__version__}"


def check_workbook(ctx: Context) -> str:
    try:
        import openpyxl
    except ImportError:
        return "openpyxl is not installed: skipped"
    path = ctx.out / "self-test.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "月报"
    sheet.append(["事项", "件数"])
    sheet.append(["人民调解", 12])
    book.save(path)
    back = openpyxl.load_workbook(path).active
    if back["A2"].value != "人民调解" or back["B2"].value != 12:
        raise CheckFailed("the workbook did not read back")
    return f"{path.name}: {path.stat().st_size:,} bytes, read back"


def _need(ctx: Context):
    if ctx.services is None or ctx.admin is None:
        raise CheckFailed("skipped: the database check failed")
    return ctx.services, ctx.admin


CHECKS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("resources", check_resources),
    ("libraries", check_libraries),
    ("keyring", check_keyring),
    ("database", check_database),
    ("qt", check_qt),
    ("sound", check_sound),
    ("document", check_document),
    ("screenshot", check_screenshot),
    ("dashboard", check_dashboard),
    ("workbook", check_workbook),
)


def run_checks(ctx: Context, checks=None, echo: Callable[[str], None] = print) -> list[Result]:
    results = []
    for name, check in CHECKS if checks is None else checks:
        start = time.perf_counter()
        try:
            detail, ok = check(ctx), True
        except CheckFailed as exc:
            detail, ok = str(exc), False
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none stops the others
            last = traceback.extract_tb(exc.__traceback__)[-1]
            detail, ok = f"{type(exc).__name__}: {exc} ({Path(last.filename).name}:{last.lineno})", False
        result = Result(name, ok, detail, time.perf_counter() - start)
        results.append(result)
        echo(f"{'ok  ' if ok else 'FAIL'}  {name:<11} {detail}  [{result.seconds:.1f} s]")
    return results


def _close(ctx: Context) -> None:
    for widget in ctx.windows:
        widget.close()
        widget.deleteLater()
    ctx.windows.clear()
    if ctx.app is not None:
        from desk.views import operations

        ctx.app.processEvents()
        operations.set_synchronous(False)
    if ctx.services is not None:
        ctx.services.db.dispose()  # Windows cannot delete a folder holding an open database


def run_self_test(keep: Path | None = None, echo: Callable[[str], None] = print) -> int:
    """Run every check; 0 when all passed, 1 otherwise. ``keep`` keeps the PDF, PNGs and workbook."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # nothing is shown, even on a desktop
    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    echo(f"desk {__version__} self-test ({frozen}, Python {platform.python_version()}, {platform.system()} "
         f"{platform.machine()})")
    start = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="desk-self-test-"))
    out = keep or tmp
    out.mkdir(parents=True, exist_ok=True)
    ctx = Context(tmp=tmp, out=out)
    try:
        results = run_checks(ctx, echo=echo)
    finally:
        _close(ctx)
        shutil.rmtree(tmp, ignore_errors=True)
    failed = [r.name for r in results if not r.ok]
    seconds = time.perf_counter() - start
    if failed:
        echo(f"self-test FAILED: {', '.join(failed)} ({len(results) - len(failed)} of {len(results)} checks passed, "
             f"{seconds:.1f} s)")
        return 1
    echo(f"self-test passed: {len(results)} checks in {seconds:.1f} s" + (f"; files in {out}" if keep else ""))
    return 0
