"""Encryption at rest: the same work on a plain database and on its encrypted copy (the floor).

``python -m desk.bench.encryption_bench [--quick]`` runs it alone. The key is kept in an in-memory
keyring for the run (a headless box has no usable one); a real Secret Service adds its own lookup
time to each open, not to queries.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from desk.bench.harness import Figure, measure
from desk.bench.memory_keyring import memory_keyring


def _pair(folder: Path, cases: int) -> tuple[Path, Path, float]:
    """A demo database with ``cases`` mediation cases, and an encrypted copy; the seconds encryption took."""
    from desk.db import backup_to, open_database
    from desk.encryption import encrypt_database
    from desk.services.container import Services
    from desk.services.demo import add_cases_with_work, add_history, seed_demo

    plain = folder / "plain.db"
    services = Services(open_database(plain))
    seed_demo(services, demo_cases=0)
    add_history(services, 10 * cases, random.Random(2026))
    add_cases_with_work(services, cases, random.Random(2028))
    services.db.dispose()
    encrypted = backup_to(plain, folder / "encrypted.db")
    t0 = time.perf_counter()
    encrypt_database(encrypted)
    return plain, encrypted, time.perf_counter() - t0


def run(repeats: int, quick: bool) -> list[Figure]:
    from desk.db import backup_to, open_database
    from desk.services.audit import verify_chain
    from desk.services.container import Services
    from desk.services.mediation_cases import IntakeInput, PartyInput
    from desk.services.permissions import SYSTEM

    cases = 2_000 if quick else 20_000
    with tempfile.TemporaryDirectory() as tmp, memory_keyring():
        folder = Path(tmp)
        plain, encrypted, encrypt_seconds = _pair(folder, cases)
        size_mb = encrypted.stat().st_size / 2**20
        label = f"{cases:,} cases, {10 * cases:,} audit records, {size_mb:.0f} MB"
        opened = {p: Services(open_database(p)) for p in (plain, encrypted)}

        def open_and_read(path: Path):
            def work() -> None:
                services = Services(open_database(path))
                services.center.profile()
                services.db.dispose()
            return work

        with opened[plain].db.reader() as s:
            from sqlalchemy import text

            names = [r[0] for r in s.execute(text(
                "SELECT name FROM mediation_party WHERE kind = 'person' ORDER BY rowid DESC LIMIT 20"))]

        def search(path: Path):
            services = opened[path]
            return lambda: [services.cases.search(SYSTEM, n, limit=100) for n in names]

        def chain(path: Path):
            def work() -> None:
                with opened[path].db.reader() as s:
                    verify_chain(s)
            return work

        def scan(path: Path):
            """Every page of the audit table through a fresh connection (SQLite's page cache cold): the
            floor opens the plain copy with the same SQLCipher build and no key, so only decryption differs."""
            from desk import encryption

            key = opened[path].db.key
            if key is None:  # a copy: one file must never be open through two SQLite libraries in a process
                path = backup_to(path, folder / "plain-scan.db")

            def work() -> None:
                import sqlcipher3

                conn = encryption.connect(path, key) if key else sqlcipher3.connect(str(path))
                conn.execute("SELECT count(*), sum(length(summary)) FROM audit_record").fetchone()
                conn.close()
            return work

        n_insert = 30 if quick else 100

        def inserts(path: Path) -> float:
            services = opened[path]
            mediator = services.auth.login("sunli", "demo1234")
            t0 = time.perf_counter()
            for i in range(n_insert):
                services.cases.register(mediator, IntakeInput(
                    category_code="02", summary=f"楼上漏水第{i}次，双方协商未果。", received_on=date(2026, 4, 1),
                    parties=[PartyInput(role="applicant", name=f"测试{i}", phone=f"1370000{i:04d}"),
                             PartyInput(role="respondent", name="李四")]))
            return n_insert / (time.perf_counter() - t0)

        def backup(path: Path):
            return lambda: backup_to(opened[path].db.engine, folder / f"copy-{path.name}")

        figures = [
            Figure("encrypted db: open + first read (in process)", "s", measure(open_and_read(encrypted), repeats),
                   floor_name="the same on the plain database", floor_samples=measure(open_and_read(plain), repeats),
                   note=label),
            Figure("encrypted db: case search, 20 names", "s", measure(search(encrypted), repeats),
                   floor_name="plain database", floor_samples=measure(search(plain), repeats)),
            Figure("encrypted db: verify the whole audit chain", "s", measure(chain(encrypted), max(3, repeats // 3)),
                   floor_name="plain database", floor_samples=measure(chain(plain), max(3, repeats // 3)),
                   note="reads every audit page: the cost of decrypting pages"),
            Figure("encrypted db: read every audit page, bare SQL", "s", measure(scan(encrypted), repeats),
                   floor_name="plain copy, same SQLCipher build, no key", floor_samples=measure(scan(plain), repeats)),
            Figure("encrypted db: register a case (own durable transaction)", "rows/s",
                   [inserts(encrypted) for _ in range(3)], higher_is_better=True,
                   floor_name="plain database", floor_samples=[inserts(plain) for _ in range(3)]),
            Figure("encrypted db: online backup", "s", measure(backup(encrypted), 3),
                   floor_name="plain database", floor_samples=measure(backup(plain), 3), note=label),
            Figure("encrypt-db: plain → encrypted migration", "MB/s", [size_mb / encrypt_seconds],
                   higher_is_better=True, note=f"{size_mb:.0f} MB in {encrypt_seconds:.1f} s: export, "
                                               "integrity check, row counts"),
        ]
        for services in opened.values():
            services.db.dispose()
    return figures


def main(argv: list[str] | None = None) -> int:
    from desk.bench.harness import table

    quick = "--quick" in (argv if argv is not None else sys.argv[1:])
    print(table(run(3 if quick else 9, quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
