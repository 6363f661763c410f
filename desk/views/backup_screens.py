"""Screenshots of the backup screens (called from ``main.py screenshot``): the backups page with a few
backups, the restore preview, and the start-up health dialog offering the latest good backup."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from desk.services.permissions import SYSTEM


def prepare_backups(services, folder: Path) -> None:
    """Three daily backups in ``folder`` (before the main window's areas are rendered)."""
    services.settings.set_internal(SYSTEM, "backup.folder", str(folder))
    services.settings.set_internal(SYSTEM, "backup.enabled", True)
    clock = services.backups.clock
    today = datetime.now().replace(hour=12, minute=30, second=0, microsecond=0)
    try:
        for days in (2, 1, 0):
            services.backups.clock = lambda d=days: today - timedelta(days=d)
            services.backups.run_now(SYSTEM)
    finally:
        services.backups.clock = clock


def render_backups(services, out: Path, db_path: Path, save: Callable) -> list[Path]:
    from desk.services.db_health import Health
    from desk.services.mediation_cases import IntakeInput, PartyInput
    from desk.views.backup_page import RestoreDialog
    from desk.views.health_dialog import HealthDialog

    written = []
    admin = services.auth.login("admin", "demo1234")
    backups = services.backups.list_backups()
    if backups:
        mediator = services.auth.login("sunli", "demo1234")
        services.cases.register(mediator, IntakeInput(  # entered after the backup: the preview shows the difference
            category_code="02", summary="邻里之间因楼道堆放杂物发生争执。",
            parties=[PartyInput(role="applicant", name="张三明"), PartyInput(role="respondent", name="王芳")]))
        dialog = RestoreDialog(services, admin, backups[0].path)
        written.append(save(dialog, out / "dialog-restore-backup.png", (680, 560)))
        dialog.close()
    health = Health(False, "*** in database main ***\nTree 23 page 23 cell 0: invalid page number 1447384069")
    dialog = HealthDialog(db_path, health)
    written.append(save(dialog, out / "dialog-database-damaged.png", (720, 520)))
    dialog.close()
    return written
