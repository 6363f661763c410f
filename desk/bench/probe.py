"""Child process for start-up and memory benchmarks.

    python -m desk.bench.probe app --db FILE --user admin
    python -m desk.bench.probe floor

Prints ``PAINTED`` the moment the main window's first paint event arrives (the parent times the
whole process start up to that line), then ``RSS <MB>`` and ``MODULES <heavy modules loaded>``,
and exits. ``floor`` does the same for a bare QApplication + QMainWindow.
"""

from __future__ import annotations

import os
import sys

HEAVY = ("reportlab", "pyqtgraph", "numpy", "PySide6.QtPdf")


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _report_on_paint(app, window) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintSpy(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Paint and not getattr(self, "done", False):
                self.done = True
                print("PAINTED", flush=True)
                QTimer.singleShot(0, finish)
            return False

    def finish() -> None:
        print(f"RSS {rss_mb():.1f}", flush=True)
        print("MODULES " + ",".join(m for m in HEAVY if m in sys.modules), flush=True)
        app.quit()

    spy = PaintSpy(window)
    window.installEventFilter(spy)
    window.show()
    app.exec()


def run_floor() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    _report_on_paint(app, window)


def run_app(db: str, username: str) -> None:
    from pathlib import Path

    from sqlalchemy import select

    from desk.db import open_database
    from desk.models.accounts import User
    from desk.services.auth import actor_for
    from desk.services.container import Services
    from desk.views.main_window import MainWindow
    from desk.views.qt_setup import make_app

    app = make_app(lang="zh_CN")
    from desk.services.db_health import check_health

    check_health(db)  # what desk.app does before opening (time-boxed; a big file's check goes on in the background)
    services = Services(open_database(db))
    with services.db.reader() as s:  # the password check is not start-up work: skip it
        actor = actor_for(s.scalar(select(User).where(User.username == username)))
    window = MainWindow(services, actor, Path(db))
    window.idle.stop()
    window.resize(1280, 800)
    _report_on_paint(app, window)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = sys.argv[1]
    if mode == "floor":
        run_floor()
    else:
        args = dict(zip(sys.argv[2::2], sys.argv[3::2]))
        run_app(args["--db"], args.get("--user", "admin"))
