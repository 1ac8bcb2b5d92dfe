#!/usr/bin/env python3
"""R1/R2 of bench/reliability.sh: money and places under concurrent load through the load balancer.

Setup (REST, as the demo users): program P whose only budget (NSW, stream GEN) fits --fit of
--applications one-place applications by provider-a (created, submitted, assessed by officer), and
program E with one approved allocation of --places places. Load: --clients threads work through a
shuffled queue of the decisions (delegate / delegate-2 approve one place) and of --enrolments
enrolments of distinct fresh learners into E's allocation (provider-a / staff-a). With --kill, the
command runs once when --kill-after of the queue has been started (R2: kill -9 one instance).

Every answer goes to --log (one JSON object a line); the acknowledged writes (200 decisions, 201
enrolments) are compared with the rows afterwards. Then SQL on --schema checks the counters:
sum(allocation.amount_cents) = program_budget.committed_cents = provider_commitment.committed_cents
<= budget, enrolments not withdrawn <= places and = allocation.places_used, the ledger (funded_start
rows of those enrolments) agrees, and nothing is half-written (approved application without its
allocation or audit event, enrolment without its ledger entry or audit event). Prints one JSON
object. Standard library only (plus the psql client).
"""
import argparse
import base64
import datetime
import http.client
import json
import os
import random
import subprocess
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

from approvals import Client as SetupClient
from approvals import allocation_of
from approvals import assessed_application
from approvals import program as create_program
from approvals import usi

PASSWORD = "demo-pass-2026"
PRICE = 500_000  # CHC33021: $2,000 + $3,000 a place
SYSTEM_RANDOM = random.SystemRandom()


def fresh_usi():
    return usi(SYSTEM_RANDOM)


class Client:
    """One keep-alive connection per thread, HTTP Basic as a demo user; no retry (the caller decides)."""

    local = threading.local()

    def __init__(self, base):
        url = urllib.parse.urlparse(base)
        self.host, self.port, self.prefix = url.hostname, url.port, url.path.rstrip("/")

    def call(self, user, method, path, body=None):
        conn = getattr(Client.local, "conn", None)
        if conn is None:
            conn = Client.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        auth = base64.b64encode(f"{user}:{PASSWORD}".encode()).decode()
        headers = {"Authorization": "Basic " + auth, "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        try:
            conn.request(method, self.prefix + path, body=data, headers=headers)
            resp = conn.getresponse()
            text = resp.read().decode("utf-8", "replace")
            if resp.getheader("Connection", "").lower() == "close":
                conn.close()
            return resp.status, resp.getheader("Content-Type", ""), text
        except (http.client.HTTPException, OSError) as error:
            conn.close()
            Client.local.conn = None
            return 0, "", repr(error)


def enrolment_body(allocation, usi):
    start = datetime.date.today() + datetime.timedelta(days=7)
    return {
        "allocationId": allocation,
        "learner": {"usi": usi, "givenName": "Rel", "familyName": "Iability",
                    "dateOfBirth": str(start.replace(year=start.year - 21)),
                    "email": f"rel-{usi.lower()}@example.org"},
        "startDate": str(start),
        "residency": "CITIZEN",
        "employmentStatus": "UNEMPLOYED",
        "schoolStudent": False,
    }


def sql(schema, query):
    env = dict(os.environ, PGOPTIONS=f"-c search_path={schema}")
    out = subprocess.run(["psql", "-X", "-At", "-F", "|", "-h", "127.0.0.1", "-U", "postgres", "-d", "test",
                          "-v", "ON_ERROR_STOP=1", "-c", query], capture_output=True, text=True, env=env, check=True)
    return [line.split("|") for line in out.stdout.splitlines() if line]


def one(schema, query):
    rows = sql(schema, query)
    return rows[0][0] if rows and rows[0] else None


def percentile(records, q):
    """Latency of the answers (any status) at quantile q, in milliseconds."""
    times = sorted(r["ended"] - r["began"] for r in records)
    return round(times[min(len(times) - 1, int(len(times) * q))] * 1000) if times else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True, help="e.g. http://127.0.0.1:28080/skillfund/")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--applications", type=int, default=80)
    parser.add_argument("--fit", type=int, default=30, help="how many one-place approvals the budget fits")
    parser.add_argument("--places", type=int, default=40, help="places of the allocation learners enrol into")
    parser.add_argument("--enrolments", type=int, default=100, help="distinct learners trying to enrol")
    parser.add_argument("--kill", help="shell command run once in the middle of the load (R2)")
    parser.add_argument("--kill-after", type=float, default=0.3, help="fraction of the queue started before it")
    parser.add_argument("--schema", default="skillfund_micro")
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    client = Client(args.url)

    # setup with bench/approvals.py (its client retries; the load's does not)
    setup = SetupClient(args.url)
    t_setup = time.monotonic()
    budget = args.fit * PRICE
    hot = create_program(setup, budget)
    with ThreadPoolExecutor(8) as pool:
        app_ids = list(pool.map(lambda _: assessed_application(setup, hot), range(args.applications)))
    places_program = create_program(setup, args.places * PRICE)
    allocation = allocation_of(setup, places_program, args.places)
    setup_s = time.monotonic() - t_setup

    tasks = [("decision", a) for a in app_ids] + [("enrolment", fresh_usi()) for _ in range(args.enrolments)]
    random.shuffle(tasks)
    kill_index = int(len(tasks) * args.kill_after) if args.kill else None
    records, lock = [], threading.Lock()
    started = [0]
    start = time.monotonic()
    kill_info = {}

    def do_kill():
        kill_info["at"] = time.monotonic() - start
        done = subprocess.run(args.kill, shell=True, capture_output=True, text=True)
        kill_info["took"] = time.monotonic() - start - kill_info["at"]
        kill_info["output"] = (done.stdout + done.stderr).strip()[-200:]

    def work(index):
        kind, key = tasks[index]
        with lock:
            started[0] += 1
            fire = kill_index is not None and started[0] == kill_index
        if fire:
            threading.Thread(target=do_kill).start()
        if kind == "decision":
            user = "delegate" if index % 2 == 0 else "delegate-2"
            path, body = f"/api/v1/place-applications/{key}/decision", {"approvedPlaces": [1], "reason": "rel"}
        else:
            user = "provider-a" if index % 2 == 0 else "staff-a"
            path, body = "/api/v1/enrolments", enrolment_body(allocation, key)
        began = time.monotonic() - start
        status, ctype, text = client.call(user, "POST", path, body)
        ended = time.monotonic() - start
        created = None
        if kind == "enrolment" and status == 201:
            created = json.loads(text)["id"]
        with lock:
            records.append({"began": round(began, 3), "ended": round(ended, 3), "kind": kind, "key": key,
                            "user": user, "status": status, "type": ctype.split(";")[0],
                            "id": created, "body": text[:160] if not 200 <= status < 300 else None})

    with ThreadPoolExecutor(args.clients) as pool:
        list(pool.map(work, range(len(tasks))))
    load_s = time.monotonic() - start
    while args.kill and "took" not in kill_info:
        time.sleep(0.1)
    records.sort(key=lambda r: r["began"])
    with open(args.log, "w", encoding="utf-8") as log:
        for r in records:
            log.write(json.dumps(r) + "\n")

    # ------------------------------------------------------------------ what the clients saw
    by = {}
    for r in records:
        k = f"{r['kind']} {r['status']}"
        by[k] = by.get(k, 0) + 1
    acked_decisions = {r["key"] for r in records if r["kind"] == "decision" and r["status"] == 200}
    refused_decisions = {r["key"] for r in records if r["kind"] == "decision" and r["status"] == 409}
    acked_enrolments = {r["id"] for r in records if r["kind"] == "enrolment" and r["status"] == 201}
    unexpected = [r for r in records if r["status"] not in (200, 201, 409)]
    refusals_wrong = [r for r in records if r["status"] == 409 and not r["type"].startswith("application/problem+json")]

    # ------------------------------------------------------------------ what the database holds
    s = args.schema
    approved_db = {row[0] for row in sql(s, f"SELECT id FROM place_application WHERE program_code = '{hot}'"
                                            " AND status IN ('APPROVED', 'PARTIALLY_APPROVED')")}
    sum_alloc = int(one(s, f"SELECT COALESCE(SUM(amount_cents), 0) FROM allocation WHERE program_code = '{hot}'"))
    committed, budget_db = map(int, sql(s, "SELECT committed_cents, budget_cents FROM program_budget"
                                           f" WHERE program_code = '{hot}'")[0])
    provider_committed = int(one(s, "SELECT COALESCE(SUM(committed_cents), 0) FROM provider_commitment"
                                    f" WHERE program_code = '{hot}'"))
    apps_without_allocation = int(one(s, f"""
        SELECT COUNT(*) FROM place_application p WHERE p.program_code = '{hot}'
          AND p.status IN ('APPROVED', 'PARTIALLY_APPROVED')
          AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.application_id = p.id)"""))
    allocations_without_approval = int(one(s, f"""
        SELECT COUNT(*) FROM allocation a JOIN place_application p ON p.id = a.application_id
         WHERE a.program_code = '{hot}' AND p.status NOT IN ('APPROVED', 'PARTIALLY_APPROVED')"""))
    apps_without_audit = int(one(s, f"""
        SELECT COUNT(*) FROM place_application p WHERE p.program_code = '{hot}'
          AND p.status IN ('APPROVED', 'PARTIALLY_APPROVED')
          AND NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_id = p.id
                           AND e.action IN ('PLACE_APPLICATION_APPROVED', 'PLACE_APPLICATION_PARTIALLY_APPROVED'))"""))
    places, places_used = map(int, sql(s, f"SELECT places, places_used FROM allocation WHERE id = '{allocation}'")[0])
    enrolled_db = {row[0] for row in sql(s, f"SELECT id FROM enrolment WHERE allocation_id = '{allocation}'"
                                            " AND status <> 'WITHDRAWN'")}
    ledger_rows = int(one(s, f"""
        SELECT COUNT(*) FROM enrolment e JOIN funded_start f ON f.id = e.ledger_entry_id
         WHERE e.allocation_id = '{allocation}' AND e.status <> 'WITHDRAWN'
           AND f.usi = e.usi AND f.course_code = e.course_code"""))
    enrolments_without_ledger = len(enrolled_db) - ledger_rows
    enrolments_without_audit = int(one(s, f"""
        SELECT COUNT(*) FROM enrolment e WHERE e.allocation_id = '{allocation}'
          AND NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.entity_id = e.id AND a.action = 'ENROLMENT_CREATED')"""))
    # every ledger row of every learner tried (one without its enrolment would be half-written too)
    tried = ", ".join(f"'{key}'" for kind, key in tasks if kind == "enrolment") or "''"
    ledger_program = int(one(s, f"SELECT COUNT(*) FROM funded_start WHERE usi IN ({tried})"))

    checks = {
        "sum(allocation) = program_budget.committed": sum_alloc == committed,
        "program_budget.committed = provider_commitment.committed": committed == provider_committed,
        "committed <= budget": committed <= budget_db,
        "approved = budget fits (no over-commitment, budget used)": len(approved_db) == min(args.fit, args.applications),
        "enrolments <= places": len(enrolled_db) <= places,
        "enrolments = allocation.places_used": len(enrolled_db) == places_used,
        "ledger rows (funded_start) = places_used": ledger_rows == places_used == ledger_program,
        "acknowledged approvals all in the database": acked_decisions <= approved_db,
        "refused (409) decisions not approved": not (refused_decisions & approved_db),
        "acknowledged enrolments all in the database": acked_enrolments <= enrolled_db,
        "approved applications without allocation": apps_without_allocation == 0,
        "allocations of unapproved applications": allocations_without_approval == 0,
        "approved applications without audit event": apps_without_audit == 0,
        "enrolments without ledger entry": enrolments_without_ledger == 0,
        "enrolments without audit event": enrolments_without_audit == 0,
        "409 refusals not problem+json": not refusals_wrong,
    }
    fails_after_kill = [r for r in unexpected if kill_info and r["ended"] >= kill_info["at"]]
    last_fail = max((r["ended"] for r in fails_after_kill), default=None)
    ok_after = [r for r in records if kill_info and 200 <= r["status"] < 300 and r["began"] > kill_info["at"]
                + kill_info.get("took", 0)]
    summary = {
        "program": hot,
        "places_program": places_program,
        "allocation": allocation,
        "setup_s": round(setup_s, 1),
        "load_s": round(load_s, 1),
        "requests": len(records),
        "throughput_rps": round(len(records) / load_s, 1),
        "p50_ms": percentile(records, 0.50),
        "p99_ms": percentile(records, 0.99),
        "answers": by,
        "unexpected_answers": len(unexpected),
        "example_unexpected": unexpected[0]["body"] if unexpected else None,
        "budget_cents": budget_db,
        "fit": args.fit,
        "approved_db": len(approved_db),
        "acked_approvals": len(acked_decisions),
        "unacked_but_approved": len(approved_db - acked_decisions),
        "sum_allocation_cents": sum_alloc,
        "committed_cents": committed,
        "provider_committed_cents": provider_committed,
        "places": places,
        "places_used": places_used,
        "enrolments_db": len(enrolled_db),
        "acked_enrolments": len(acked_enrolments),
        "unacked_but_enrolled": len(enrolled_db - acked_enrolments),
        "ledger_rows": ledger_rows,
        "ledger_rows_of_learners_tried": ledger_program,
        "checks_failed": [name for name, passed in checks.items() if not passed],
        "kill": kill_info or None,
        "failed_after_kill": len(fails_after_kill),
        "recovery_s": round(max(0.0, last_fail - kill_info["at"]), 2) if last_fail is not None else 0.0,
        "first_2xx_after_kill_s": round(min(r["ended"] for r in ok_after) - kill_info["at"], 2) if ok_after else None,
        "ok_after_kill": len(ok_after),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
