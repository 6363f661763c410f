"""Child process of the sync benchmark: one pull or one push of a prepared desk database, timed, with
the process's peak resident memory.

    DESK_BENCH_TOKEN=… python -m desk.bench.sync_probe pull|push DB

Prints one JSON line: {"count", "seconds", "rss_mb"}. The token is put into an in-memory keyring for
this process only (a benchmark machine has no desktop keyring)."""

from __future__ import annotations

import json
import os
import resource
import sys
import time

import keyring

from desk.bench.memory_keyring import MemoryKeyring


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM). Not ru_maxrss: Linux carries that over from the
    parent across fork and exec, so a child of a big benchmark process would report the parent's."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    mode, db_path = argv
    from desk.db import open_database
    from desk.services.container import Services
    from desk.sync import credentials
    from desk.sync.engine import SyncEngine, SyncReport

    keyring.set_keyring(MemoryKeyring())
    services = Services(open_database(db_path))
    engine = SyncEngine(services)
    credentials.store_token(engine.state("device_id"), os.environ["DESK_BENCH_TOKEN"])
    report = SyncReport()
    client = engine.client()
    t0 = time.perf_counter()
    if mode == "pull":
        engine.pull(client, report)
        count = report.pulled
    else:
        engine.push(client, report)
        count = report.applied + report.duplicates
    seconds = time.perf_counter() - t0
    client.close()
    print(json.dumps({"count": count, "seconds": seconds, "rss_mb": peak_rss_mb()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
