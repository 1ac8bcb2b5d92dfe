#!/usr/bin/env python3
"""Place-application approvals against one hot budget (issue 6 benchmark), driven over REST.

Creates a program whose only budget (NSW, stream GEN) is the hot row, N applications of one place
each by provider-a (created, submitted, assessed by officer), then has CLIENTS threads decide all
of them (delegate and delegate-2 alternately) and times that phase only. Prints one JSON object:
decisions, approved, refused (409), other statuses, seconds, approvals per second and latencies.
Standard library only: http.client with one keep-alive connection per thread.
"""
import argparse
import base64
import datetime
import http.client
import json
import statistics
import sys
import threading
import time
import urllib.parse
import uuid
from concurrent.futures import ThreadPoolExecutor

PASSWORD = "demo-pass-2026"
PRICE = 500_000  # CHC33021: $2,000 + $3,000 a place


class Client:
    """One keep-alive HTTP connection per thread, HTTP Basic as a demo user."""

    local = threading.local()

    def __init__(self, base):
        url = urllib.parse.urlparse(base)
        self.host, self.port, self.prefix = url.hostname, url.port, url.path.rstrip("/")

    def call(self, user, method, path, body=None):
        conns = getattr(Client.local, "conns", None)
        if conns is None:
            conns = Client.local.conns = {}
        conn = conns.get(self.host)
        if conn is None:
            conn = conns[self.host] = http.client.HTTPConnection(self.host, self.port, timeout=120)
        auth = base64.b64encode(f"{user}:{PASSWORD}".encode()).decode()
        headers = {"Authorization": "Basic " + auth, "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            try:
                conn.request(method, self.prefix + path, body=data, headers=headers)
                resp = conn.getresponse()
                text = resp.read().decode()
                return resp.status, text
            except (http.client.HTTPException, OSError):
                conn.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


def expect(status, text, wanted, what):
    if status != wanted:
        sys.exit(f"{what}: HTTP {status}, expected {wanted}: {text[:500]}")
    return json.loads(text) if text else None


def program(client, budget_cents, price=PRICE):
    code = "BENCH-" + uuid.uuid4().hex[:8].upper()
    today = datetime.date.today()
    definition = {
        "code": code,
        "name": "Benchmark program " + code,
        "ruleProgramCode": "JOBTRAINER",
        "opensOn": str(today - datetime.timedelta(days=1)),
        "closesOn": str(today + datetime.timedelta(days=100)),
        "feeRule": "NO_FEE",
        "feeCapCents": 0,
        "providerCapCents": 10**15,
        "streams": [{"code": "GEN", "name": "General"}],
        "budgets": [{"state": "NSW", "streamCode": "GEN", "cents": budget_cents}],
        "courses": [{"courseCode": "CHC33021", "state": "NSW", "priority": True}],
        "prices": [{"courseCode": "CHC33021", "commencementCents": price * 2 // 5,
                    "completionCents": price - price * 2 // 5}],
        "targets": [{"state": "NSW", "places": 1000}],
    }
    status, text = client.call("manager", "POST", "/api/v1/programs", {"program": definition, "reason": "benchmark"})
    expect(status, text, 201, "create program")
    return code


def assessed_application(client, code, places=1):
    today = datetime.date.today()
    draft = {
        "programCode": code,
        "streamCode": "GEN",
        "periodFrom": str(today),
        "periodTo": str(today + datetime.timedelta(days=300)),
        "justification": "Benchmark",
        "lines": [{"courseCode": "CHC33021", "state": "NSW", "places": places, "cetModel": "INSTITUTION_BASED",
                   "locations": "Sydney", "startDates": "February"}],
    }
    status, text = client.call("provider-a", "POST", "/api/v1/place-applications", draft)
    app_id = expect(status, text, 201, "create application")["id"]
    status, text = client.call("provider-a", "POST", f"/api/v1/place-applications/{app_id}/submission")
    expect(status, text, 200, "submit")
    scores = {c: 3 for c in ("SKILLS_NEED", "DELIVERY_CAPABILITY", "INDUSTRY_ENGAGEMENT", "PAST_PERFORMANCE", "VALUE_FOR_MONEY")}
    status, text = client.call("officer", "POST", f"/api/v1/place-applications/{app_id}/assessment",
                               {"scores": scores, "recommendedPlaces": [places], "note": "benchmark"})
    expect(status, text, 200, "assess")
    return app_id


USI_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def usi(rng):
    """A random valid USI: nine characters and their Luhn mod 32 check character."""
    first = "".join(rng.choice(USI_ALPHABET) for _ in range(9))
    n, factor, total = len(USI_ALPHABET), 2, 0
    for ch in reversed(first):
        addend = factor * USI_ALPHABET.index(ch)
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return first + USI_ALPHABET[(n - total % n) % n]


def allocation_of(client, code, places):
    """One approved application of `places` CHC33021 NSW places; returns its allocation's id."""
    app_id = assessed_application(client, code, places)
    expect(*client.call("delegate-2", "POST", f"/api/v1/place-applications/{app_id}/decision",
                        {"approvedPlaces": [places], "reason": "benchmark"}), 200, "decide")
    page = expect(*client.call("provider-a", "GET", f"/api/v1/allocations?program={code}"), 200, "allocations")
    return page["items"][0]["id"]


def enrolments(args, client):
    import random
    rng = random.Random(args.seed)
    code = program(client, args.places * PRICE)
    allocation = allocation_of(client, code, args.places)
    start = datetime.date.today() + datetime.timedelta(days=7)
    learners = [usi(rng) for _ in range(args.enrolments)]
    latencies, statuses = [], {}
    lock = threading.Lock()

    def enrol(index):
        body = {"allocationId": allocation,
                "learner": {"usi": learners[index], "givenName": "Bench", "familyName": f"Learner{index}",
                            "dateOfBirth": str(start.replace(year=start.year - 21)),
                            "email": f"bench{index}@example.org"},
                "startDate": str(start), "residency": "CITIZEN", "employmentStatus": "UNEMPLOYED",
                "schoolStudent": False}
        t0 = time.perf_counter()
        status, text = client.call("provider-a", "POST", "/api/v1/enrolments", body)
        elapsed = time.perf_counter() - t0
        with lock:
            latencies.append(elapsed)
            statuses[status] = statuses.get(status, 0) + 1
        if status not in (201, 409):
            print(f"enrolment {index}: HTTP {status}: {text[:300]}", file=sys.stderr)

    t = time.perf_counter()
    with ThreadPoolExecutor(args.clients) as pool:
        list(pool.map(enrol, range(len(learners))))
    seconds = time.perf_counter() - t
    latencies.sort()
    print(json.dumps({
        "program": code, "allocation": allocation, "places": args.places, "enrolments": len(learners),
        "created": statuses.get(201, 0), "refused409": statuses.get(409, 0),
        "other": {str(k): v for k, v in statuses.items() if k not in (201, 409)},
        "seconds": round(seconds, 3), "enrolmentsPerSecond": round(statuses.get(201, 0) / seconds, 1),
        "p50ms": round(statistics.median(latencies) * 1000, 1),
        "p99ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 1),
    }))


def hot_allocation(args, client):
    """Only the set-up of --mode enrolments: a program and one approved allocation of --places
    places for provider-a; prints its ids and the start date to enrol with (JSON), so another load
    generator (bench/reliability.sh's throughput phase) can drive the enrolments. The places cost
    --price-cents each, so that many fit within delegate-2's $5M limit."""
    code = program(client, args.places * args.price_cents, args.price_cents)
    allocation = allocation_of(client, code, args.places)
    start = datetime.date.today() + datetime.timedelta(days=7)
    print(json.dumps({"program": code, "allocation": allocation, "places": args.places,
                      "startDate": str(start), "dateOfBirth": str(start.replace(year=start.year - 21))}))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True, help="e.g. http://localhost:19080/skillfund")
    parser.add_argument("--applications", type=int, default=1000)
    parser.add_argument("--fit", type=int, help="how many approvals the budget fits (default: all)")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--mode", choices=("approvals", "enrolments", "allocation"), default="approvals")
    parser.add_argument("--places", type=int, default=1000, help="enrolments: places in the allocation")
    parser.add_argument("--enrolments", type=int, default=1000, help="enrolments: learners sent")
    parser.add_argument("--price-cents", type=int, default=PRICE, help="allocation: price of a place")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    client = Client(args.base)
    if args.mode == "enrolments":
        enrolments(args, client)
        return
    if args.mode == "allocation":
        hot_allocation(args, client)
        return
    fit = args.applications if args.fit is None else args.fit
    code = program(client, fit * PRICE)
    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(lambda _: assessed_application(client, code), range(args.applications)))

    latencies, statuses = [], {}
    lock = threading.Lock()

    def decide(index):
        who = "delegate" if index % 2 == 0 else "delegate-2"
        t0 = time.perf_counter()
        status, text = client.call(who, "POST", f"/api/v1/place-applications/{ids[index]}/decision",
                                   {"approvedPlaces": [1], "reason": "benchmark"})
        elapsed = time.perf_counter() - t0
        with lock:
            latencies.append(elapsed)
            statuses[status] = statuses.get(status, 0) + 1
        if status not in (200, 409):
            print(f"decision {ids[index]}: HTTP {status}: {text[:300]}", file=sys.stderr)

    start = time.perf_counter()
    with ThreadPoolExecutor(args.clients) as pool:
        list(pool.map(decide, range(len(ids))))
    seconds = time.perf_counter() - start
    latencies.sort()
    approved = statuses.get(200, 0)
    print(json.dumps({
        "program": code,
        "decisions": len(ids),
        "fit": fit,
        "approved": approved,
        "refused409": statuses.get(409, 0),
        "other": {str(k): v for k, v in statuses.items() if k not in (200, 409)},
        "seconds": round(seconds, 3),
        "decisionsPerSecond": round(len(ids) / seconds, 1),
        "approvalsPerSecond": round(approved / seconds, 1),
        "p50ms": round(statistics.median(latencies) * 1000, 1),
        "p99ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 1),
    }))


if __name__ == "__main__":
    main()
