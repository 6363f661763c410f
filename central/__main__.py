"""Command line: serve the platform, or act as its administrator on the database directly.

    python -m central --db URL [--host 127.0.0.1] [--port 8765] [--admin-token T]
    python -m central --db URL admin create-center CODE NAME
    python -m central --db URL admin enrollment-code CENTER --roles mediator,head [--label L]
    python -m central --db URL admin work-order CENTER --number N --source hotline_12345 --description TEXT …
    python -m central --db URL admin referral CENTER --incident-no N --station S --summary TEXT …
    python -m central --db URL admin init-token
    python -m central admin export-openapi PATH
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from datetime import datetime

from central import __version__
from central.entities import ROLES

DEFAULT_DB = "sqlite:///central.db"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m central", description="The desk project's reference platform.")
    p.add_argument("--version", action="version", version=__version__)
    p.add_argument("--db", default=os.environ.get("CENTRAL_DB", DEFAULT_DB),
                   help="sqlite:///path.db or postgresql+psycopg://user:pass@host/db (default %(default)s)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--admin-token", default=os.environ.get("CENTRAL_ADMIN_TOKEN"),
                   help="accept this admin bearer token (default: $CENTRAL_ADMIN_TOKEN; "
                        "`admin init-token` stores others)")
    sub = p.add_subparsers(dest="command")
    admin = sub.add_parser("admin", help="administrator commands on the database").add_subparsers(
        dest="action", required=True)

    c = admin.add_parser("create-center", help="create a center")
    c.add_argument("code")
    c.add_argument("name")

    c = admin.add_parser("enrollment-code", help="print a one-use enrollment code (valid 7 days)")
    c.add_argument("center")
    c.add_argument("--roles", required=True, help=f"comma separated: {','.join(ROLES)}")
    c.add_argument("--label", default="")

    c = admin.add_parser("work-order", help="a 12345 work order assigned to the center")
    c.add_argument("center")
    c.add_argument("--id", help="record id (default: a new UUID)")
    c.add_argument("--number", required=True)
    c.add_argument("--source", default="hotline_12345", choices=("hotline_12345", "grid", "police_110", "other"))
    c.add_argument("--description", required=True)
    c.add_argument("--type", default="", dest="order_type")
    c.add_argument("--place", default="")
    c.add_argument("--grid-code", default="")
    c.add_argument("--limit-days", type=int, default=5)
    c.add_argument("--reporter", default="")
    c.add_argument("--reporter-phone", default="")

    c = admin.add_parser("referral", help="a police referral (110) to the center")
    c.add_argument("center")
    c.add_argument("--id", help="record id (default: a new UUID)")
    c.add_argument("--incident-no", required=True)
    c.add_argument("--station", required=True)
    c.add_argument("--summary", required=True)
    c.add_argument("--officer", default="")
    c.add_argument("--officer-phone", default="")
    c.add_argument("--opinion", default="")
    c.add_argument("--place", default="")
    c.add_argument("--category-code", default="")
    c.add_argument("--referred-on", default=None, help="YYYY-MM-DD (default today)")
    c.add_argument("--party", action="append", default=[], metavar="NAME",
                   help="a party by name (repeat; the first is the applicant)")

    admin.add_parser("init-token", help="print a new admin token (only its hash is stored)")
    c = admin.add_parser("export-openapi", help="write the OpenAPI document")
    c.add_argument("path")
    return p


def work_order_fields(a: argparse.Namespace) -> dict:
    return {"number": a.number, "source": a.source, "order_type": a.order_type, "description": a.description,
            "place": a.place, "grid_code": a.grid_code, "reporter": a.reporter, "reporter_phone": a.reporter_phone,
            "assigned_at": datetime.now().strftime("%Y-%m-%dT%H:%M:%S"), "limit_days": a.limit_days,
            "state": "assigned"}


def referral_fields(a: argparse.Namespace) -> dict:
    parties = [{"role": "applicant" if i == 0 else "respondent", "kind": "person", "name": name, "sex": "",
                "id_number": "", "phone": "", "address": ""} for i, name in enumerate(a.party)]
    return {"direction": "inbound", "state": "received", "incident_no": a.incident_no, "station": a.station,
            "officer": a.officer, "officer_phone": a.officer_phone,
            "referred_on": a.referred_on or datetime.now().strftime("%Y-%m-%d"), "category_code": a.category_code,
            "summary": a.summary, "police_opinion": a.opinion, "place": a.place, "parties": parties}


def _admin(a: argparse.Namespace) -> int:
    if a.action == "export-openapi":
        from central.app import create_app, openapi_json

        with open(a.path, "w", encoding="utf-8") as f:
            f.write(openapi_json(create_app("sqlite://")))  # never touches a database
        return 0

    from central import backoffice, centers
    from central.db import Database

    db = Database(a.db)
    db.create_schema()
    try:
        if a.action == "create-center":
            centers.create_center(db, a.code, a.name)
            print(a.code)
        elif a.action == "enrollment-code":
            roles = [r.strip() for r in a.roles.split(",") if r.strip()]
            unknown = sorted(set(roles) - set(ROLES))
            if unknown or not roles:
                print(f"unknown roles: {', '.join(unknown) or '(none given)'}; choose from {', '.join(ROLES)}",
                      file=sys.stderr)
                return 2
            print(centers.new_enrollment_code(db, a.center, roles, a.label)["code"])
        elif a.action == "work-order":
            print(backoffice.create_record(db, a.center, "work_order", work_order_fields(a), a.id)["id"])
        elif a.action == "referral":
            print(backoffice.create_record(db, a.center, "police_referral", referral_fields(a), a.id)["id"])
        elif a.action == "init-token":
            print(centers.create_admin_token(db))
        return 0
    finally:
        db.dispose()


def _serve(a: argparse.Namespace) -> int:
    import uvicorn

    from central.app import create_app

    try:
        loopback = ipaddress.ip_address(a.host).is_loopback
    except ValueError:
        loopback = a.host == "localhost"
    if not loopback:
        print(f"warning: serving plain HTTP on {a.host}; terminate TLS in a reverse proxy in front of it "
              "(desks speak plain http only to loopback)", file=sys.stderr)
    uvicorn.run(create_app(a.db, a.admin_token), host=a.host, port=a.port, access_log=False, log_level="info",
                timeout_graceful_shutdown=5)
    return 0


def main(argv: list[str] | None = None) -> int:
    from central.problems import Problem

    a = _parser().parse_args(argv)
    try:
        return _admin(a) if a.command == "admin" else _serve(a)
    except Problem as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
