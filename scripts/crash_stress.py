#!/usr/bin/env python3
"""Crash safety: kill the desk's writer with SIGKILL at random moments, then check the database.

    python scripts/crash_stress.py                 # 100 runs (docs/RELIABILITY.md has the figures)
    python scripts/crash_stress.py --quick         # 10 runs
    python scripts/crash_stress.py --runs 300 --seed 7 --keep build/crash

A demo center is seeded into a fresh ``local.db``. Each run starts a writer process that signs in
and goes through the desk's real write path (``desk.services``: registering mediation cases with
their parties, writing up long investigation records, correcting a case, issuing queue tickets,
logging consultations, some referred to mediation in the same transaction) as fast as it can. The
desk counts as enrolled on a platform, so every change also writes its sync outbox rows. The writer
tells this process on its stdout, one JSON line each, when a write begins, when SQLite is asked to
COMMIT and when the service call has returned: only then is the change acknowledged (what the user
sees as "saved"). After a random delay the writer is killed with SIGKILL (TerminateProcess on
Windows), and then:

- ``PRAGMA integrity_check`` is "ok", and so is the FTS5 case text index's own integrity check;
- every change acknowledged in any run so far is there with the text that was typed (SHA-256), and a
  correction acknowledged is the value stored (or the one the killed write was saving);
- case numbers are still gap-free and the number counter agrees with them;
- every acknowledged case, record and ticket has its sync outbox row;
- the app opens the file normally (``open_database``), finds cases, and the audit hash chain verifies.

Prints the figures (runs, kills while a write was in progress and while SQLite was committing,
acknowledged changes checked, failures) and exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASSWORD = "demo1234"  # desk.services.demo.DEMO_PASSWORD, without importing the app here
# Common characters, punctuation, Latin, digits: what clerks type, without 18-digit runs.
HANZI = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
         "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应"
         "开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命"
         "此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求")
PUNCT = "，。、；：？！“”（）《》"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_/'\"<>&"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def typed_text(rng: random.Random, n: int) -> str:
    """``n`` characters as a clerk types them: mostly Chinese, some Latin, a line break now and then."""
    pool = HANZI * 4 + PUNCT * 2 + LATIN
    chars = rng.choices(pool, k=n)
    for i in range(40, n, rng.randint(60, 400)):
        chars[i] = "\n"
    return ("记" + "".join(chars) + "。").strip()


# --- the writer (child process) ----------------------------------------------------------------

class Writer:
    """The desk's write path driven flat out; every step reported on stdout as one JSON line."""

    def __init__(self, db_path: Path, seed: int) -> None:
        from sqlalchemy import event, select

        from desk.db import open_database
        from desk.models.center import DictionaryEntry
        from desk.services.container import Services

        self.rng = random.Random(seed)
        self.services = Services(open_database(db_path))
        self.services.tickets.check_hours = False  # the run may fall outside the demo's opening hours
        self.n = 0
        event.listen(self.services.db.engine, "commit", lambda _conn: self.emit("commit", n=self.n))
        self.mediator = self.services.auth.login("sunli", PASSWORD)
        self.clerk = self.services.auth.login("liuyang", PASSWORD)
        self.lawyer = self.services.auth.login("wuhao", PASSWORD)
        self.service_ids = [s.id for s in self.services.queue_config.services()]
        with self.services.db.reader() as s:
            self.dispute_codes = list(s.scalars(select(DictionaryEntry.code).where(
                DictionaryEntry.kind == "dispute_category")))
        self.consult_codes = [code for code, _ in self.services.consultations.categories()]
        self.open_cases: list[tuple[str, object]] = []  # (case id, the IntakeInput it was registered with)

    @staticmethod
    def emit(event: str, **data) -> None:
        os.write(1, (json.dumps({"event": event, **data}, ensure_ascii=True) + "\n").encode("ascii"))

    def person(self):
        from desk.demo_people import ZHENGZHOU_AREA_CODES, make_person

        return make_person(self.rng, ZHENGZHOU_AREA_CODES, date.today())

    def intake(self):
        from desk.services.mediation_cases import IntakeInput, PartyInput

        a, b = self.person(), self.person()
        parties = [PartyInput(role="applicant", name=a.name, id_number=a.id_number, phone=a.mobile,
                              address=typed_text(self.rng, 30)[:200]),
                   PartyInput(role="respondent", name=b.name, id_number=b.id_number, phone=b.mobile)]
        if self.rng.random() < 0.3:
            c = self.person()
            parties.append(PartyInput(role="third_party", name=c.name, phone=c.mobile))
        return IntakeInput(source="application", category_code=self.rng.choice(self.dispute_codes),
                           summary=typed_text(self.rng, self.rng.randint(200, 3000)), place="纬五路12号院",
                           amount=str(self.rng.randint(0, 90000)), people_count=len(parties),
                           parties=parties)

    # one write each: returns what the acknowledgement carries
    def op_case(self) -> dict:
        data = self.intake()
        self.start("case")
        case = self.services.cases.register(self.mediator, data)
        self.open_cases.append((case.id, data))
        return {"id": case.id, "number": case.number, "summary": digest(data.summary), "parties": len(data.parties)}

    def op_record(self) -> dict:
        from desk.services.mediation_work import RecordInput

        case_id, _ = self.rng.choice(self.open_cases)
        content = typed_text(self.rng, self.rng.randint(1000, 12000))
        data = RecordInput(kind=self.rng.choice(("investigation", "session")), state="held",
                           starts_at=datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1),
                           place="社区调解室", staff="孙丽", recorder="周刚", attendees="双方当事人",
                           content=content, signed_by="双方当事人")
        self.start("record", case_id=case_id)
        record_id = self.services.case_work.save_record(self.mediator, case_id, data)
        return {"id": record_id, "case_id": case_id, "content": digest(content)}

    def op_update(self) -> dict:
        from dataclasses import replace

        i = self.rng.randrange(len(self.open_cases))
        case_id, data = self.open_cases[i]
        new = replace(data, summary=typed_text(self.rng, self.rng.randint(200, 3000)))
        self.start("update", case_id=case_id, summary=digest(new.summary))  # what a killed update may leave
        self.services.cases.update(self.mediator, case_id, new)
        self.open_cases[i] = (case_id, new)
        return {"case_id": case_id, "summary": digest(new.summary)}

    def op_ticket(self) -> dict:
        self.start("ticket")
        ticket = self.services.tickets.issue(self.clerk, self.rng.choice(self.service_ids))
        return {"id": ticket.id, "number": ticket.number}

    def op_consultation(self) -> dict:
        from desk.services.consultations import ConsultationInput, MediationReferral

        p = self.person()
        refer = self.rng.random() < 0.3
        data = ConsultationInput(
            name=p.name, id_number=p.id_number, phone=p.mobile, category_code=self.rng.choice(self.consult_codes),
            question=typed_text(self.rng, self.rng.randint(20, 3000)), advice=typed_text(self.rng, 200), minutes=10,
            referral="mediation" if refer else "",
            mediation=MediationReferral(respondent_name=self.person().name,
                                        category_code=self.rng.choice(self.dispute_codes)) if refer else None)
        self.start("consultation")
        result = self.services.consultations.record(self.lawyer, data)
        return {"id": result.id, "number": result.number, "question": digest(data.question),
                "case_id": result.case_id}

    def start(self, kind: str, **intent) -> None:
        self.n += 1
        self.emit("begin", n=self.n, kind=kind, **intent)

    def run(self) -> None:
        from desk.errors import ConflictError

        ops = [(self.op_case, 3), (self.op_record, 2), (self.op_update, 2), (self.op_ticket, 3),
               (self.op_consultation, 2)]
        self.emit("ready")
        while True:
            choices = [(op, w) for op, w in ops if self.open_cases or op not in (self.op_record, self.op_update)]
            op = self.rng.choices([o for o, _ in choices], weights=[w for _, w in choices])[0]
            try:
                ack = op()
            except ConflictError as exc:  # a service's daily ticket cap: nothing was written
                self.emit("refused", n=self.n, reason=exc.message)
                continue
            self.emit("ack", n=self.n, kind=op.__name__[3:], **ack)


def child_main(db_path: Path, seed: int) -> int:
    try:
        Writer(db_path, seed).run()
    except Exception as exc:  # the parent reports it as a failure of the write path
        Writer.emit("error", message=f"{type(exc).__name__}: {exc}"[:2000])
        raise
    return 0


# --- the parent: set up, kill, check ---------------------------------------------------------------

def prepare(db_path: Path) -> None:
    """A demo center whose queue is open all day, enrolled (so writes also fill the sync outbox)."""
    from desk.db import open_database
    from desk.models.sync import SyncState
    from desk.services.container import Services
    from desk.services.demo import seed_demo
    from desk.services.permissions import SYSTEM
    from desk.services.uow import UnitOfWork

    services = Services(open_database(db_path))
    seed_demo(services, demo_cases=0)
    for s in services.queue_config.services():
        services.queue_config.save_service(SYSTEM, s.id, s.prefix, s.name, 9999, "00:00", "23:59",
                                           s.default_minutes)
    with UnitOfWork(services.db, SYSTEM) as uow:
        for key, value in (("url", "http://127.0.0.1:9"), ("device_id", "crash-stress")):
            uow.session.add(SyncState(key=key, value=value))
    services.db.dispose()


@dataclass
class Expected:
    """Everything acknowledged so far, and what a killed correction may have left instead."""

    cases: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (number, summary digest)
    parties: dict[str, int] = field(default_factory=dict)  # case id -> how many parties
    records: dict[str, str] = field(default_factory=dict)  # id -> content digest
    tickets: dict[str, str] = field(default_factory=dict)  # id -> number
    consultations: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.cases) + len(self.records) + len(self.tickets) + len(self.consultations)

    def acknowledge(self, ack: dict) -> None:
        kind = ack["kind"]
        if kind == "case":
            self.cases[ack["id"]] = (ack["number"], ack["summary"])
            self.parties[ack["id"]] = ack["parties"]
        elif kind == "record":
            self.records[ack["id"]] = ack["content"]
        elif kind == "update":
            number, _ = self.cases[ack["case_id"]]
            self.cases[ack["case_id"]] = (number, ack["summary"])
        elif kind == "ticket":
            self.tickets[ack["id"]] = ack["number"]
        elif kind == "consultation":
            self.consultations[ack["id"]] = (ack["number"], ack["question"], ack["case_id"])


@dataclass
class Run:
    lines: list[dict] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)

    def read(self, stream) -> None:
        for raw in stream:
            try:
                line = json.loads(raw)
            except ValueError:
                line = {"event": "garbage", "text": raw[:200].decode("utf-8", "replace")}
            self.lines.append(line)
            if line["event"] in ("ready", "error"):
                self.ready.set()
        self.ready.set()

    def moment(self) -> str:
        """Where the writer was when it died: idle, writing (before COMMIT), committing, between writes."""
        start = next((i for i, x in enumerate(self.lines) if x["event"] == "ready"), len(self.lines))
        after_ready = [x for x in self.lines[start:] if x["event"] in ("begin", "commit", "ack", "refused")]
        if not after_ready:
            return "idle"
        return {"begin": "writing", "commit": "committing"}.get(after_ready[-1]["event"], "between")

    def in_flight(self) -> dict | None:
        """The write the kill interrupted (its acknowledgement never came), if any."""
        return next((x for x in reversed(self.lines) if x["event"] == "begin"), None) \
            if self.moment() in ("writing", "committing") else None


def check(db_path: Path, expected: Expected, in_flight: dict | None) -> list[str]:
    """Everything that is wrong with the database after a kill (empty: all is well)."""
    problems: list[str] = []
    conn = sqlite3.connect(str(db_path))
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            return [f"integrity_check: {'; '.join(result)[:500]}"]
        try:
            conn.execute("INSERT INTO mediation_text(mediation_text) VALUES('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"FTS5 index of case texts: {exc}")

        cases = {row[0]: row[1:] for row in conn.execute("SELECT id, number, summary FROM mediation_case")}
        for case_id, (number, summary) in expected.cases.items():
            if case_id not in cases:
                problems.append(f"acknowledged case {number} is missing")
                continue
            stored_number, stored_summary = cases[case_id]
            allowed = {summary}
            if in_flight and in_flight["kind"] == "update" and in_flight["case_id"] == case_id:
                allowed.add(in_flight["summary"])
            if stored_number != number or digest(stored_summary) not in allowed:
                problems.append(f"case {number}: the stored summary is not the one acknowledged")
            elif digest(stored_summary) != summary:  # the killed correction did commit: that is now the value
                expected.cases[case_id] = (number, digest(stored_summary))
        parties = dict(conn.execute("SELECT case_id, count(*) FROM mediation_party GROUP BY case_id"))
        problems += [f"acknowledged case {expected.cases[cid][0]} has {parties.get(cid, 0)} parties, not {n}"
                     for cid, n in expected.parties.items() if cid in cases and parties.get(cid, 0) != n]
        records = dict(conn.execute("SELECT id, content FROM mediation_record"))
        problems += [f"acknowledged record {rid} is {'missing' if rid not in records else 'changed'}"
                     for rid, content in expected.records.items()
                     if rid not in records or digest(records[rid]) != content]
        tickets = dict(conn.execute("SELECT id, number FROM queue_ticket"))
        problems += [f"acknowledged ticket {number} is missing" for tid, number in expected.tickets.items()
                     if tickets.get(tid) != number]
        consultations = {row[0]: row[1:] for row in conn.execute("SELECT id, number, question, case_id FROM consultation")}
        for cid, (number, question, case_id) in expected.consultations.items():
            row = consultations.get(cid)
            if row is None or row[0] != number or digest(row[1]) != question or row[2] != case_id:
                problems.append(f"acknowledged consultation {number} is missing or changed")
            elif case_id and case_id not in cases:
                problems.append(f"consultation {number} was referred to a case that is missing")

        for year, seqs, last in conn.execute(
                "SELECT c.year, group_concat(c.seq), n.last_seq FROM mediation_case c "
                "LEFT JOIN mediation_number_counter n ON n.year = c.year GROUP BY c.year"):
            numbers = sorted(int(x) for x in seqs.split(","))
            if numbers != list(range(1, len(numbers) + 1)) or last != len(numbers):
                problems.append(f"case numbers of {year} have a gap or the counter ({last}) disagrees")
        queued = {(entity, eid) for entity, eid in conn.execute("SELECT entity, entity_id FROM sync_outbox")}
        problems += [f"acknowledged {entity} {eid} has no sync outbox row"
                     for entity, ids in (("mediation_case", expected.cases), ("mediation_record", expected.records),
                                         ("ticket", expected.tickets))
                     for eid in ids if (entity, eid) not in queued]
    finally:
        conn.close()
    problems += app_opens(db_path)
    return problems


def app_opens(db_path: Path) -> list[str]:
    """The desk opens the file as it would at start-up, searches cases and verifies the audit chain."""
    from desk.db import DatabaseError, open_database
    from desk.services.audit import verify_chain
    from desk.services.container import Services
    from desk.services.permissions import SYSTEM

    try:
        services = Services(open_database(db_path))
    except DatabaseError as exc:
        return [f"the app cannot open the database: {exc}"]
    try:
        services.cases.search(SYSTEM, "纠纷", limit=5)
        with services.db.reader() as s:
            report = verify_chain(s)
        return [] if report.ok else [f"audit chain broken at record {report.broken_id}: {report.message}"]
    except Exception as exc:  # reported, not raised: the figures still come out
        return [f"the app fails on the database: {type(exc).__name__}: {exc}"]
    finally:
        services.db.dispose()


def stress(runs: int, seed: int, max_delay: float, work: Path, out=sys.stdout) -> dict:
    rng = random.Random(seed)
    db_path = work / "local.db"
    t0 = time.perf_counter()
    print(f"preparing a demo center in {db_path} …", file=out, flush=True)
    prepare(db_path)
    expected = Expected()
    moments: Counter[str] = Counter()
    interrupted: Counter[str] = Counter()  # kind of write the kill landed in
    acked_writes, failures, checked = 0, [], 0
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    for i in range(1, runs + 1):
        run = Run()
        with open(work / "writer.stderr", "wb") as err:
            proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", str(db_path),
                                     "--seed", str(rng.randrange(2**31))],
                                    stdout=subprocess.PIPE, stderr=err, cwd=ROOT, env=env)
            reader = threading.Thread(target=run.read, args=(proc.stdout,), daemon=True)
            reader.start()
            run.ready.wait(120)
            # A fifth of the kills come almost at once (the first write); the rest anywhere later.
            delay = rng.uniform(0, 0.05) if rng.random() < 0.2 else rng.uniform(0.05, max_delay)
            time.sleep(delay)
            exited_early = proc.poll() is not None
            proc.kill()
            proc.wait()
            reader.join(10)
        error = next((x for x in run.lines if x["event"] in ("error", "garbage")), None)
        if error or exited_early or not any(x["event"] == "ready" for x in run.lines):
            tail = (work / "writer.stderr").read_text("utf-8", "replace")[-1500:]
            failures.append(f"run {i}: the writer failed before it was killed: {error or tail}")
        acks = [x for x in run.lines if x["event"] == "ack"]
        for ack in acks:
            expected.acknowledge(ack)
        acked_writes += len(acks)
        moment = run.moment()
        moments[moment] += 1
        if flight := run.in_flight():
            interrupted[flight["kind"]] += 1
        problems = check(db_path, expected, run.in_flight())
        checked += expected.total
        if problems:
            failures.append(f"run {i} (killed while {moment}): " + "; ".join(problems[:10]))
        print(f"run {i:3d}/{runs}: killed after {delay * 1000:6.0f} ms while {moment:<10} "
              f"{len(acks):3d} writes acknowledged, {expected.total:5d} checked: "
              f"{'FAILED' if problems else 'ok'}", file=out, flush=True)
    size = sum(p.stat().st_size for p in work.glob("local.db*"))
    return {
        "runs": runs, "seed": seed, "max_delay_s": max_delay,
        "kills_while_writing": moments["writing"] + moments["committing"],
        "kills_while_committing": moments["committing"], "kills_between_writes": moments["between"],
        "kills_before_first_write": moments["idle"], "interrupted_writes": dict(interrupted),
        "writes_acknowledged": acked_writes, "changes_acknowledged": expected.total,
        "acknowledged_changes_checked": checked, "failures": len(failures), "failure_details": failures,
        "database_bytes": size, "seconds": round(time.perf_counter() - t0, 1),
    }


def report(fig: dict) -> str:
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(fig["interrupted_writes"].items())) or "none"
    lines = [
        "crash stress: the writer killed with SIGKILL at random moments",
        f"  runs (kills):                    {fig['runs']}",
        f"  kills while a write was in progress: {fig['kills_while_writing']} "
        f"(of them while SQLite was committing: {fig['kills_while_committing']}; writes cut off: {kinds})",
        f"  kills between writes:            {fig['kills_between_writes']}",
        f"  kills before the first write:    {fig['kills_before_first_write']}",
        f"  writes acknowledged:             {fig['writes_acknowledged']} "
        f"({fig['changes_acknowledged']} distinct changes at the end)",
        f"  acknowledged changes checked:    {fig['acknowledged_changes_checked']} (all of them after every kill)",
        f"  database at the end:             {fig['database_bytes'] / 2**20:.1f} MiB",
        f"  time:                            {fig['seconds']} s",
        f"  failures:                        {fig['failures']}",
    ]
    return "\n".join(lines + [f"  ! {x}" for x in fig["failure_details"]])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="scripts/crash_stress.py", description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=100, help="how many times the writer is killed (default 100)")
    p.add_argument("--quick", action="store_true", help="10 runs (CI)")
    p.add_argument("--seed", type=int, default=None, help="random seed (default: a new one, printed)")
    p.add_argument("--max-delay", type=float, default=2.0, help="longest wait before a kill, in seconds")
    p.add_argument("--keep", type=Path, default=None, help="work in this directory and keep the database")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # the writer process
    args = p.parse_args(argv)
    if args.child:
        return child_main(args.child, args.seed or 0)
    runs = 10 if args.quick else args.runs
    seed = args.seed if args.seed is not None else random.randrange(10**6)
    work = args.keep or Path(tempfile.mkdtemp(prefix="desk-crash-"))
    if args.keep:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
    log = sys.stderr if args.json else sys.stdout
    print(f"seed {seed}; {runs} runs; work directory {work}", file=log, flush=True)
    try:
        fig = stress(runs, seed, args.max_delay, work, out=log)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(fig, ensure_ascii=False, indent=2) if args.json else report(fig), flush=True)
    return 1 if fig["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
