"""``main.py --self-test``: every check passes on a working installation, a broken one exits 1 and
says what is wrong, and build.spec ships every resource the desk loads."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desk import self_test
from desk.self_test import CheckFailed, pdf_fonts, require_drawn

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_from_the_source_tree(tmp_path):
    keep = tmp_path / "out"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test", "--self-test-keep", str(keep)],
                            env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("desk ") and "self-test (source" in lines[0]
    for name, _ in self_test.CHECKS:
        assert any(re.match(rf"ok\s+{name}\s", line) for line in lines), f"{name} missing:\n{result.stdout}"
    assert "FAIL" not in result.stdout and lines[-1].startswith("self-test passed: 10 checks")
    # What it wrote stands up to tools of its own: the document is Chinese text with an embedded CJK font.
    pdf = keep / "self-test-document.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "审计日志报告" in re.sub(r"\s+", "", text)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert any("UMing" in line and " yes " in line for line in fonts.splitlines())
    png = keep / "self-test-main-window.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert (keep / "self-test.xlsx").stat().st_size > 0


def test_a_broken_installation_fails_with_the_reason(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(self_test, "REQUIRED_RESOURCES", (*self_test.REQUIRED_RESOURCES, "sounds/ding.wav"))
    monkeypatch.setattr(self_test, "CHECKS", (("resources", self_test.check_resources),
                                              ("document", self_test.check_document),
                                              ("workbook", self_test.check_workbook)))
    assert self_test.run_self_test(keep=tmp_path) == 1
    out = capsys.readouterr().out
    assert re.search(r"FAIL\s+resources\s+.*resources/sounds/ding\.wav", out)
    assert re.search(r"FAIL\s+document\s+skipped: the database check failed", out)
    assert re.search(r"ok\s+workbook\s", out)  # one failure does not stop the other checks
    assert "self-test FAILED: resources, document (1 of 3 checks passed" in out


def test_the_command_line_flag_runs_it(monkeypatch):
    from desk import cli

    seen = []
    monkeypatch.setattr(self_test, "run_self_test", lambda keep=None: seen.append(keep) or 1)
    assert cli.main(["--self-test"]) == 1 and seen == [None]


def test_blank_images_are_caught(qapp_zh):
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    with pytest.raises(CheckFailed, match="looks blank"):
        require_drawn(image, "blank")
    painter = QPainter(image)
    for i in range(12):
        painter.fillRect(i * 15, 10, 12, 60, QColor.fromHsv(i * 30, 200, 200))
    painter.end()
    assert require_drawn(image, "drawn").startswith("200x100")


def test_pdf_fonts_tell_embedded_from_named():
    assert pdf_fonts(b"%PDF-1.4 /BaseFont /AAAAAA+UMingCN-0 /FontFile2 3 0 R") == (["AAAAAA+UMingCN-0"], True)
    assert pdf_fonts(b"%PDF-1.4 /BaseFont /STSong-Light") == (["STSong-Light"], False)


def test_build_spec_ships_every_resource():
    """Every folder of resources/ is copied into the bundle, and the files the desk cannot run without
    are named there (the build stops when one is missing)."""
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    folders = re.search(r"RESOURCE_FOLDERS = \{(.*?)\n\}", spec, re.S).group(1)
    for path in sorted((ROOT / "resources").iterdir()):
        if path.is_dir():
            assert f'"resources/{path.name}"' in folders, f"resources/{path.name} is not in build.spec"
    for relative in self_test.REQUIRED_RESOURCES:
        folder, name = relative.rsplit("/", 1)
        block = re.search(rf'"resources/{folder}": \[(.*?)\],', folders, re.S)
        assert block and f'"{name}"' in block.group(1), f"{relative} is not required by build.spec"
    assert '"desk/migrations": ["env.py"' in folders
