"""``python -m desk.bench [--quick] [--json] [--scale N] [--fresh]``

Builds (or reuses) a scale database under build/bench/, runs every benchmark after a warm-up,
and prints median, p95, the floor measured in the same run and the ratio to it.
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import time
from datetime import datetime
from pathlib import Path

from desk.bench import cases, dashboard_bench, encryption_bench
from desk.bench.harness import Figure, table, to_json

ROOT = Path(__file__).resolve().parents[2]


def scale_database(scale: int, fresh: bool, cases: int) -> tuple[Path, list[Figure]]:
    """The benchmark database with ``scale`` audit rows and 3 × ``scale`` tickets; generated once, cached."""
    from desk.db import open_database
    from desk.services.container import Services
    from desk.services.demo import add_cases_with_work, add_history, seed_demo
    from desk.services.demo_queue import add_ticket_history

    path = ROOT / "build" / "bench" / f"scale-{scale}-cases-{cases}.db"
    if path.exists() and not fresh:
        return path, []
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    services = Services(open_database(path))
    seed_demo(services)
    t0 = time.perf_counter()
    add_history(services, scale, random.Random(2026))
    seconds = time.perf_counter() - t0
    t1 = time.perf_counter()
    tickets = 3 * scale
    add_ticket_history(services, tickets, random.Random(2027))
    ticket_seconds = time.perf_counter() - t1
    t2 = time.perf_counter()
    add_cases_with_work(services, cases, random.Random(2028))
    case_seconds = time.perf_counter() - t2
    services.db.dispose()
    return path, [
        Figure("scale data: audit history generation", "rows/s", [scale / seconds], higher_is_better=True,
               note=f"{scale:,} chained rows in {seconds:.1f} s (bulk inserts)"),
        Figure("scale data: queue ticket history generation", "rows/s", [tickets / ticket_seconds],
               higher_is_better=True, note=f"{tickets:,} tickets over 3 years in {ticket_seconds:.1f} s"),
        Figure("scale data: mediation case generation", "rows/s", [cases / case_seconds], higher_is_better=True,
               note=f"{cases:,} cases with parties, search index, records and outcomes in {case_seconds:.1f} s"),
    ]


def machine() -> str:
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next(line.split(":", 1)[1].strip() for line in fh if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    import os
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m desk.bench")
    p.add_argument("--quick", action="store_true", help="small database and few repeats (CI)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--scale", type=int, default=None, help="audit history rows in the scale database")
    p.add_argument("--repeats", type=int, default=None)
    p.add_argument("--fresh", action="store_true", help="regenerate the scale database")
    p.add_argument("--cases", type=int, default=None, help="mediation cases in the scale database")
    args = p.parse_args(argv)
    scale = args.scale or (20_000 if args.quick else 1_000_000)
    repeats = args.repeats or (3 if args.quick else 9)
    log = sys.stderr
    print(f"scale database: {scale:,} audit records, {3 * scale:,} tickets …", file=log, flush=True)
    cases_count = args.cases if args.cases is not None else (20_000 if args.quick else 1_000_000)
    print(f"… and {cases_count:,} mediation cases", file=log, flush=True)
    db, figures = scale_database(scale, args.fresh, cases_count)
    print("start-up and memory …", file=log, flush=True)
    figures += cases.startup_and_memory(db, repeats, f"database with {scale:,} audit records")
    print("documents …", file=log, flush=True)
    figures += cases.pdf(repeats)
    print("audit trail …", file=log, flush=True)
    figures += cases.audit_trail(db, repeats)
    print("queue …", file=log, flush=True)
    figures += cases.queue(db, repeats)
    print("mediation …", file=log, flush=True)
    figures += cases.mediation(db, repeats)
    print("dashboard …", file=log, flush=True)
    figures += dashboard_bench.run(db, repeats)
    print("encryption at rest …", file=log, flush=True)
    figures += encryption_bench.run(repeats, args.quick)
    try:
        import central  # noqa: F401 - the reference platform is an optional extra
    except ImportError:
        print("sync: skipped (the central extra is not installed)", file=log, flush=True)
    else:
        from desk.bench import sync_bench

        print("sync …", file=log, flush=True)
        figures += sync_bench.run(args.quick)
        figures += sync_bench.call_latency(args.quick)
    meta = {"date": datetime.now().isoformat(timespec="seconds"), "machine": machine(), "scale": scale,
            "cases": cases_count,
            "repeats": repeats, "quick": args.quick}
    if args.json:
        print(to_json(figures, meta))
    else:
        print(f"desk benchmarks — {meta['date']} — {meta['machine']}")
        print(f"scale: {scale:,} audit records, {3 * scale:,} queue tickets; {repeats} runs each after a warm-up\n")
        print(table(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
