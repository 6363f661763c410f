"""The benchmark harness: its statistics, and the start-up probe (heavy modules stay unloaded)."""

import os
import subprocess
import sys

from desk.bench.harness import Figure, table


def test_figure_statistics_and_target():
    f = Figure("x", "s", [0.1, 0.2, 0.3, 0.4, 2.0], target=1.0, floor_samples=[0.1, 0.1, 0.1])
    assert f.median == 0.3 and f.p95 == 2.0
    assert abs(f.ratio - 3.0) < 1e-9
    assert f.met is False  # a time target is judged on p95
    rate = Figure("r", "rows/s", [5000, 6000, 7000], target=5500, higher_is_better=True)
    assert rate.met is True
    text = table([f, rate])
    assert "MISSED" in text and "ok" in text


def test_startup_probe_paints_without_heavy_imports(demo, db_path):
    demo.db.dispose()
    out = subprocess.run([sys.executable, "-m", "desk.bench.probe", "app", "--db", str(db_path)],
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.splitlines()
    assert out[0] == "PAINTED"
    assert float(out[1].split()[1]) > 10
    assert out[2].strip() == "MODULES"  # no reportlab, pyqtgraph, numpy or QtPdf at start-up
