"""The benchmarks of the modules that exist, each beside its floor. Feature modules add theirs."""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import time
from pathlib import Path

from desk import encryption
from desk.bench.harness import Figure, measure

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _probe(args: list[str]) -> tuple[float, float, str]:
    """Run the start-up probe: seconds from spawn to first paint, resident MB, heavy modules."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "desk.bench.probe", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=ENV)
    painted, rss, modules = None, 0.0, ""
    for line in proc.stdout:
        if line.startswith("PAINTED") and painted is None:
            painted = time.perf_counter() - t0
        elif line.startswith("RSS"):
            rss = float(line.split()[1])
        elif line.startswith("MODULES"):
            modules = line[len("MODULES"):].strip()
    proc.wait(timeout=60)
    if painted is None:
        raise RuntimeError(f"the start-up probe never painted (exit {proc.returncode})")
    return painted, rss, modules


def startup_and_memory(db: Path, repeats: int, scale_note: str) -> list[Figure]:
    # An installed desk starts from bytecode (pip compiles site-packages, the bundle carries .pyc); a
    # fresh clone under PYTHONDONTWRITEBYTECODE=1 would otherwise compile every desk module on each start.
    compileall.compile_dir(Path(__file__).resolve().parents[1], quiet=1)
    _probe(["app", "--db", str(db)])  # warm the OS file cache, as a desk that was used yesterday
    app = [_probe(["app", "--db", str(db)]) for _ in range(repeats)]
    floor = [_probe(["floor"]) for _ in range(repeats)]
    heavy = sorted({m for _, _, mods in app for m in mods.split(",") if m})
    note = scale_note + ("; heavy modules loaded at start-up: " + ", ".join(heavy) if heavy else
                         "; reportlab, pyqtgraph and QtPdf stay unloaded until used")
    return [
        Figure("start-up to first painted main window", "s", [a[0] for a in app], target=1.0,
               floor_name="bare QApplication + QMainWindow shown", floor_samples=[f[0] for f in floor], note=note),
        Figure("resident memory, main window open", "MB", [a[1] for a in app], target=250,
               floor_name="bare QApplication + QMainWindow", floor_samples=[f[1] for f in floor],
               note="the center head signs in: the dashboard (first area) open over every case and ticket"),
    ]


def pdf(repeats: int) -> list[Figure]:
    from desk.bench.pdf_probe import build_document, build_floor

    def cold(mode: str) -> float:
        out = subprocess.run([sys.executable, "-m", "desk.bench.pdf_probe", mode], capture_output=True,
                             text=True, env=ENV, check=True)
        return float(out.stdout.strip())

    cold_runs = max(3, repeats // 2)
    return [
        Figure("agreement PDF, warm", "s", measure(build_document, repeats, warmup=2), target=0.150,
               floor_name="bare reportlab canvas, same font and text", floor_samples=measure(build_floor, repeats, 2),
               note="人民调解协议书, two parties: three full copies, 6 pages"),
        Figure("document PDF, first in a process", "s", [cold("cold") for _ in range(cold_runs)], target=1.5,
               floor_name="bare reportlab canvas, first in a process",
               floor_samples=[cold("floor-cold") for _ in range(cold_runs)]),
    ]


def audit_trail(db: Path, repeats: int) -> list[Figure]:
    """The audit viewer's first page and the full chain check, at the scale of ``db``."""
    from datetime import datetime, timedelta

    from desk.db import open_database
    from desk.services.audit import AuditQuery, verify_chain
    from desk.services.container import Services
    from desk.services.permissions import SYSTEM

    services = Services(open_database(db))
    start, end = datetime.utcnow() - timedelta(days=30), datetime.utcnow() + timedelta(days=1)
    query = AuditQuery(date_from=start, date_to=end)

    def viewer() -> None:
        services.audit_log.count(SYSTEM, query)
        services.audit_log.page(SYSTEM, query, 0, 200)

    conn = encryption.connect(db, services.db.key)  # bare sqlite3 for the plain bench database
    sql_args = (start.isoformat(sep=" "), end.isoformat(sep=" "))

    def bare() -> None:
        conn.execute("SELECT count(*) FROM audit_record WHERE at >= ? AND at < ?", sql_args).fetchone()
        conn.execute("SELECT * FROM audit_record WHERE at >= ? AND at < ? ORDER BY at DESC, id DESC "
                     "LIMIT 200", sql_args).fetchall()

    figures = [Figure("audit viewer: count + first page (last 30 days)", "s", measure(viewer, repeats),
                      target=0.100, floor_name="the same queries in bare sqlite3",
                      floor_samples=measure(bare, repeats))]
    with services.db.reader() as s:
        total = verify_chain(s).checked
    rates = [total / t for t in measure(lambda: _verify(services), max(1, repeats // 3), warmup=0)]

    def bare_read() -> None:
        for _ in conn.execute("SELECT * FROM audit_record ORDER BY id"):
            pass

    floor = [total / t for t in measure(bare_read, max(1, repeats // 3), warmup=0)]
    figures.append(Figure("verify-audit: whole chain", "rows/s", rates, higher_is_better=True,
                          floor_name="reading every row in bare sqlite3", floor_samples=floor,
                          note=f"{total:,} records"))
    conn.close()
    services.db.dispose()
    return figures


def _verify(services) -> None:
    from desk.services.audit import verify_chain

    with services.db.reader() as s:
        assert verify_chain(s).ok


def queue(db: Path, repeats: int) -> list[Figure]:
    """Issue a ticket with its print payload, and call next, on a database with years of tickets."""
    from desk.db import open_database
    from desk.print.escpos import escpos_ticket
    from desk.services.container import Services
    from desk.services.permissions import KIOSK, SYSTEM
    from desk.services.queue_printing import ticket_slip

    services = Services(open_database(db))
    history = services.db.engine.connect().exec_driver_sql("SELECT count(*) FROM queue_ticket").scalar()
    for s in services.queue_config.services():  # open all day, no cap: the bench runs at any hour
        services.queue_config.save_service(SYSTEM, s.id, s.prefix, s.name, 9999, "00:00", "23:59")
    windows = services.queue_config.windows()
    for w in windows:
        services.tickets.set_paused(SYSTEM, w.id, False)
        if services.tickets.current(w.id):
            services.tickets.finish(SYSTEM, w.id)
    sid = services.queue_config.services()[0].id
    window = next(w for w in windows if sid in w.service_ids)
    n = max(repeats * 3, 20)

    def issue() -> None:
        ticket = services.tickets.issue(KIOSK, sid)
        escpos_ticket(ticket_slip(services, ticket))

    issue_samples = measure(issue, n, warmup=3)
    call_samples = []
    for _ in range(n):
        t0 = time.perf_counter()
        services.tickets.call_next(SYSTEM, window.id)
        call_samples.append(time.perf_counter() - t0)
        services.tickets.finish(SYSTEM, window.id)

    conn = encryption.connect(db, services.db.key, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")

    def bare_issue() -> None:  # one durable write: what any saved ticket costs at least
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE queue_clock SET version = version + 1 WHERE id = 1")
        conn.execute("COMMIT")

    def bare_call() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("SELECT id FROM queue_ticket WHERE day = date('now') AND state = 'waiting' "
                     "ORDER BY priority DESC, queued_at LIMIT 1").fetchall()
        conn.execute("UPDATE queue_clock SET version = version + 1 WHERE id = 1")
        conn.execute("COMMIT")

    figures = [
        Figure("queue: issue a ticket + its print payload", "s", issue_samples, target=0.050,
               floor_name="one committed write in bare sqlite3 (synchronous=FULL)", floor_samples=measure(bare_issue, n),
               note=f"{history:,} tickets of history; payload = ESC/POS bytes with QR"),
        Figure("queue: call next", "s", call_samples, target=0.020,
               floor_name="the same pick + one committed write in bare sqlite3", floor_samples=measure(bare_call, n),
               note=f"{history:,} tickets of history"),
    ]
    conn.close()
    services.db.dispose()
    return figures


def _captured(engine, fn) -> list[tuple[str, object]]:
    """The SQL statements ``fn`` sends to SQLite, with their parameters."""
    from sqlalchemy import event

    statements: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return statements


def mediation(db: Path, repeats: int) -> list[Figure]:
    """Case search over every kind of query, the list's first page and a deep jump, opening a case,
    and a mediator's deadlines. The floor of a search is the very SQL the service sent, replayed in
    bare sqlite3: what remains is the service's own cost."""
    from datetime import date, timedelta

    from desk.db import open_database
    from desk.services.container import Services
    from desk.services.mediation_detail import case_detail
    from desk.services.mediation_query import CaseFilter
    from desk.services.mediation_search import initials
    from desk.services.permissions import SYSTEM

    services = Services(open_database(db))
    conn = encryption.connect(db, services.db.key)  # bare sqlite3 for the plain bench database
    total = conn.execute("SELECT count(*) FROM mediation_case").fetchone()[0]
    number, name, id_number, phone, address, received = conn.execute(
        "SELECT c.number, p.name, p.id_number, p.phone, p.address, c.received_on FROM mediation_case c "
        "JOIN mediation_party p ON p.case_id = c.id AND p.kind = 'person' AND p.address != '' "
        "ORDER BY c.rowid DESC LIMIT 1").fetchone()
    mediator_id = conn.execute("SELECT mediator_id FROM mediation_case WHERE mediator_id IS NOT NULL LIMIT 1").fetchone()[0]
    community = conn.execute("SELECT id FROM grid_node WHERE level = 2 LIMIT 1").fetchone()[0]
    # what a clerk types for an address: the road and compound, e.g. 纬五路2号院 (from 纬五路2号院10号楼…)
    street = address.split()[-1]
    road = street[:street.index("院") + 1] if "院" in street else street[:6]
    day = date.fromisoformat(received)
    queries: list[tuple[str, str, CaseFilter | None]] = [
        ("name", name, None), ("2 characters", name[-2:], None), ("surname", name[0], None),
        ("pinyin initials", initials(name), None), ("ID number", id_number, None), ("phone", phone, None),
        ("case number", number, None), ("address", road, None), ("road", road[:3], None),
        ("surname + address", f"{name[0]} {road}", None),
        ("status filter", "", CaseFilter(status="mediating")), ("category filter", "", CaseFilter(category="02")),
        ("mediator filter", "", CaseFilter(mediator_id=mediator_id)),
        ("one month", "", CaseFilter(received_from=day - timedelta(days=30), received_to=day)),
        ("community", "", CaseFilter(grid_id=community)),
        ("surname + category", name[0], CaseFilter(category="02")),
    ]

    def run(q: tuple[str, str, CaseFilter | None]) -> None:
        services.cases.search(SYSTEM, q[1], q[2], limit=100)

    sql = {q[0]: _captured(services.db.engine, lambda q=q: run(q)) for q in queries}

    def bare(label: str) -> None:
        for statement, params in sql[label]:
            conn.execute(statement, params).fetchall()

    samples, floor = [], []
    for q in queries:
        samples += measure(lambda q=q: run(q), repeats)
        floor += measure(lambda q=q: bare(q[0]), repeats)
    slowest = max(queries, key=lambda q: sorted(measure(lambda q=q: run(q), 3))[1])
    first_page = measure(lambda: services.cases.search(SYSTEM, "", limit=100), repeats)
    deep = measure(lambda: services.cases.search(SYSTEM, "", offset=total // 2, limit=100, count=False), repeats)
    case_id = conn.execute("SELECT id FROM mediation_case WHERE outcome = 'written' ORDER BY rowid DESC LIMIT 1"
                           ).fetchone()[0]
    mediator = services.auth.login("sunli", "demo1234")

    def open_case() -> None:  # what the case view reads when it opens (the view is audited)
        case_detail(services.db, mediator, case_id)
        services.case_work.summary(mediator, case_id)

    def bare_open() -> None:
        for table, column in (("mediation_case", "id"), ("mediation_party", "case_id"), ("mediation_record", "case_id"),
                              ("mediation_outcome", "case_id"), ("mediation_follow_up", "case_id")):
            conn.execute(f"SELECT * FROM {table} WHERE {column} = ?", (case_id,)).fetchall()

    opened = measure(open_case, repeats)
    bare_opened = measure(bare_open, repeats)
    deadlines = measure(lambda: services.deadlines.for_mediator(mediator, mediator.user_id), repeats)
    conn.close()
    services.db.dispose()
    return [
        Figure(f"case search, {len(queries)} kinds of query", "s", samples, target=0.050,
               floor_name="the same SQL replayed in bare sqlite3", floor_samples=floor,
               note=f"{total:,} cases; names, initials, ID, phone, number, address text, filters, combinations; "
                    f"slowest kind: {slowest[0]}"),
        Figure("case list: first page", "s", first_page, target=0.100, note=f"{total:,} cases, newest first, with the count"),
        Figure("case list: jump to the middle row", "s", deep, note=f"row {total // 2:,} of {total:,}"),
        Figure("open a case (facts, parties, records, outcome)", "s", opened, target=0.050,
               floor_name="the same rows read in bare sqlite3", floor_samples=bare_opened,
               note="includes the audited view record (one durable write)"),
        Figure("my deadlines (one mediator)", "s", deadlines, note=f"{total:,} cases"),
    ]
