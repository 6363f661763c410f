"""Translation upkeep: ``update`` collects every marked English string into the .ts file,
``check`` lists strings without a Chinese translation (exit 1), ``compile`` writes the .qm.

    python tools/i18n.py update|check|compile
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "desk_zh_CN.ts"


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desk").rglob("*.py"))


def update(ts: Path = TS) -> None:
    """Refresh ``ts`` from the sources, keeping existing translations, dropping obsolete ones."""
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def unfinished(ts: Path = TS) -> list[tuple[str, str]]:
    """(context, source) of every message whose translation is missing or marked unfinished."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
            text = (translation.text or "") if translation is not None else ""
            if (translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
                    or not (text.strip() or any(f and f.strip() for f in forms))):
                missing.append((name, message.findtext("source")))
    return missing


def compile_qm(ts: Path = TS) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "compile":
        print(compile_qm())
    if command in ("update", "check"):
        missing = unfinished()
        for context, source in missing:
            print(f"untranslated [{context}] {source}")
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
