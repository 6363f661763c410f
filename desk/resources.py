"""One frozen-aware lookup for files under ``resources/`` (source tree or PyInstaller bundle)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The ``resources`` folder: beside the package in a checkout, in ``_MEIPASS`` when frozen."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(relative: str) -> Path:
    """Absolute path of ``resources/<relative>``; raises FileNotFoundError naming what is missing."""
    path = resources_root() / relative
    if not path.exists():
        raise FileNotFoundError(f"missing resource: resources/{relative}")
    return path
