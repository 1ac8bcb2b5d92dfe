#!/usr/bin/env python3
"""Bulk enrolment import (issue 7 benchmark), driven over REST.

Sets up a program whose only course price is small (so one delegate may approve 10,000+ places),
an approved allocation of PLACES CHC33021 NSW places for provider-a, writes a CSV file of ROWS
rows with fresh valid USIs (bench/approvals.py's generator), posts it to
/api/v1/enrolments/bulk as provider-a and times that one call end to end. Prints one JSON object:
the program, the allocation, the file, rows, accepted, rejected, seconds and rows per second.
Standard library only.
"""
import argparse
import datetime
import json
import random
import sys
import time
import uuid

from approvals import Client, assessed_application, expect, usi

HEADER = ("usi,given_name,family_name,date_of_birth,email,course_code,start_date,state,"
          "funding_program,residency,employment_status,school_student,highest_aqf_level")


def program(client, places):
    code = "IMPORT-" + uuid.uuid4().hex[:8].upper()
    today = datetime.date.today()
    definition = {
        "code": code,
        "name": "Import benchmark program " + code,
        "ruleProgramCode": "JOBTRAINER",
        "opensOn": str(today - datetime.timedelta(days=1)),
        "closesOn": str(today + datetime.timedelta(days=100)),
        "feeRule": "NO_FEE",
        "feeCapCents": 0,
        "providerCapCents": 10**15,
        "streams": [{"code": "GEN", "name": "General"}],
        "budgets": [{"state": "NSW", "streamCode": "GEN", "cents": places * 200}],
        "courses": [{"courseCode": "CHC33021", "state": "NSW", "priority": True}],
        "prices": [{"courseCode": "CHC33021", "commencementCents": 100, "completionCents": 100}],
        "targets": [{"state": "NSW", "places": places}],
    }
    status, text = client.call("manager", "POST", "/api/v1/programs", {"program": definition, "reason": "benchmark"})
    expect(status, text, 201, "create program")
    return code


def allocation(client, code, places):
    app_id = assessed_application(client, code, places)
    expect(*client.call("delegate-2", "POST", f"/api/v1/place-applications/{app_id}/decision",
                        {"approvedPlaces": [places], "reason": "benchmark"}), 200, "decide")
    page = expect(*client.call("provider-a", "GET", f"/api/v1/allocations?program={code}"), 200, "allocations")
    return page["items"][0]["id"]


def write_file(path, code, rows, rng, seed):
    start = datetime.date.today() + datetime.timedelta(days=7)
    born = start.replace(year=start.year - 21)
    seen = set()
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER + "\n")
        for i in range(rows):
            u = usi(rng)
            while u in seen:
                u = usi(rng)
            seen.add(u)
            f.write(f"{u},Bench,Importer{i},{born},import{seed}-{i}@example.org,CHC33021,{start},NSW,{code},"
                    f"CITIZEN,UNEMPLOYED,false,\n")


def post_file(client, path):
    with open(path, "rb") as f:
        data = f.read()
    conn_client = client
    import base64
    import http.client
    conn = http.client.HTTPConnection(conn_client.host, conn_client.port, timeout=600)
    auth = base64.b64encode(b"provider-a:demo-pass-2026").decode()
    t = time.perf_counter()
    conn.request("POST", conn_client.prefix + "/api/v1/enrolments/bulk", body=data,
                 headers={"Authorization": "Basic " + auth, "Content-Type": "text/csv",
                          "Accept": "application/json"})
    resp = conn.getresponse()
    text = resp.read().decode()
    seconds = time.perf_counter() - t
    return resp.status, text, seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True, help="e.g. http://localhost:23080/skillfund")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--places", type=int, help="places of the allocation (default: rows)")
    parser.add_argument("--file", required=True, help="where to write the CSV file")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    client = Client(args.base)
    places = args.places or args.rows
    code = program(client, places)
    alloc = allocation(client, code, places)
    write_file(args.file, code, args.rows, random.Random(f"{args.seed}-{code}"), args.seed)
    status, text, seconds = post_file(client, args.file)
    report = expect(status, text, 200, "bulk import")
    reasons = {}
    for row in report["rows"]:
        if row.get("reason"):
            reasons[row["reason"][:80]] = reasons.get(row["reason"][:80], 0) + 1
    print(json.dumps({
        "program": code, "allocation": alloc, "file": args.file, "rows": args.rows, "places": places,
        "accepted": report["accepted"], "rejected": report["rejected"], "reasons": reasons,
        "seconds": round(seconds, 3), "rowsPerSecond": round(args.rows / seconds, 1),
    }))


if __name__ == "__main__":
    sys.exit(main())
