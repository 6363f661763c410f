"""Timing, statistics and the printed table of the benchmark run."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field


@dataclass
class Figure:
    """One benchmark row: samples of the measured thing and of its floor, against a target."""

    name: str
    unit: str  # "s", "MB", "rows/s"
    samples: list[float]
    target: float | None = None
    higher_is_better: bool = False
    floor_name: str = ""
    floor_samples: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    @property
    def floor(self) -> float | None:
        return statistics.median(self.floor_samples) if self.floor_samples else None

    @property
    def ratio(self) -> float | None:
        return self.median / self.floor if self.floor else None

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        value = self.median if self.higher_is_better else self.p95
        return value >= self.target if self.higher_is_better else value < self.target

    def as_dict(self) -> dict:
        d = asdict(self)
        d.update(median=self.median, p95=self.p95, floor=self.floor, ratio=self.ratio, met=self.met)
        return d


def measure(fn: Callable[[], object], repeats: int, warmup: int = 1) -> list[float]:
    """Seconds per call of ``fn`` after ``warmup`` unmeasured calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return samples


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "rows/s":
        return f"{value:,.0f}/s"
    return f"{value:.0f} {unit}"


def table(figures: list[Figure]) -> str:
    head = ("benchmark", "median", "p95", "floor", "ratio", "target", "")
    rows = [head]
    for f in figures:
        target = "—" if f.target is None else ("≥ " if f.higher_is_better else "< ") + _fmt(f.target, f.unit)
        status = {True: "ok", False: "MISSED", None: ""}[f.met]
        ratio = f"{f.ratio:.1f}×" if f.ratio else "—"
        rows.append((f.name, _fmt(f.median, f.unit), _fmt(f.p95, f.unit), _fmt(f.floor, f.unit), ratio, target, status))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(r)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"  {f.name}: " + "; ".join(x for x in (f.note, f"floor: {f.floor_name}" if f.floor_name else "") if x)
             for f in figures if f.note or f.floor_name]
    return "\n".join(lines + (["", "notes:"] + notes if notes else []))


def to_json(figures: list[Figure], meta: dict) -> str:
    return json.dumps({"meta": meta, "figures": [f.as_dict() for f in figures]}, ensure_ascii=False, indent=2)
