#!/usr/bin/env python3
"""R5 access matrix, for bench/reliability.sh.

Calls every operation of the OpenAPI document (plus the operations the generated document loses,
EXTRA below) anonymously and as every demo user. Path ids are provider B's own (an allocation, a
place application, an enrolment and its learner's USI, an eligibility check, provider B itself),
created in the setup; ids of kinds B has none of in a fresh schema (claims, credentials,
micro-credentials, payment batches) are unknown UUIDs, so nobody may be allowed on them. Bodies are
sampled from the schema (usually refused as invalid, which is fine: only access is judged here).

Observed: A = 2xx, D = 401/403/404 (refused or hidden), R = another 4xx (reached the operation but
refused the input or the state), X = 5xx or no answer. Expected (EXPECTED below): for each
operation the users who may get a 2xx with B's ids; everybody else must not (an "unexpected
allow"). Provider A's users must also never get a 409 on B's ids (a 409 would prove the id exists)
and never see B's ids in a list. Prints a JSON summary; the table goes to --table.
"""
import argparse
import base64
import datetime
import json
import os
import secrets
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reliability_fuzz import sample  # noqa: E402
from reliability_money import Client, enrolment_body, fresh_usi, must  # noqa: E402

USERS = ["", "admin", "manager", "officer", "delegate", "delegate-2", "senior", "auditor", "endorser",
         "provider-a", "staff-a", "provider-b", "learner"]
PROVIDER_A_USERS = {"provider-a", "staff-a"}
PROVIDER_B = "00000000-0000-4000-8000-00000000000b"

# Operations the generated OpenAPI document loses (Payara's OpenAPI walker fails on the first request
# and serves a partial document afterwards, see the report of issue 9); taken from the JAX-RS
# annotations of ProgramResource, PlaceApplicationResource, ProviderResource, StaffResource.
EXTRA = [
    ("GET", "/api/v1/programs"), ("POST", "/api/v1/programs"), ("GET", "/api/v1/programs/{code}"),
    ("PUT", "/api/v1/programs/{code}"), ("PUT", "/api/v1/programs/{code}/budgets/{state}/{stream}"),
    ("GET", "/api/v1/programs/{code}/budget-versions"),
    ("GET", "/api/v1/place-applications/{id}"), ("PUT", "/api/v1/place-applications/{id}"),
    ("POST", "/api/v1/place-applications/{id}/submission"), ("POST", "/api/v1/place-applications/{id}/withdrawal"),
    ("POST", "/api/v1/place-applications/{id}/assessment"), ("POST", "/api/v1/place-applications/{id}/decision"),
    ("POST", "/api/v1/place-applications/{id}/reduction"),
    ("GET", "/api/v1/providers"), ("GET", "/api/v1/providers/mine"), ("GET", "/api/v1/providers/{id}"),
    ("GET", "/api/v1/providers/{id}/application"), ("GET", "/api/v1/providers/{id}/application/versions"),
    ("PUT", "/api/v1/providers/{id}/application"), ("GET", "/api/v1/providers/{id}/evidence"),
    ("POST", "/api/v1/providers/{id}/submit"), ("POST", "/api/v1/providers/{id}/pick-up"),
    ("POST", "/api/v1/providers/{id}/assessment"), ("POST", "/api/v1/providers/{id}/decision"),
    ("POST", "/api/v1/providers/{id}/suspension"), ("POST", "/api/v1/providers/{id}/reinstatement"),
    ("POST", "/api/v1/providers/{id}/revocation"), ("GET", "/api/v1/providers/{id}/staff"),
    ("POST", "/api/v1/providers/{id}/staff/invitations"),
]

ANYONE = set(USERS)
SIGNED_IN = ANYONE - {""}
DEPT = {"manager", "officer", "delegate", "delegate-2", "senior", "auditor"}  # the department's program staff
REVIEW = {"officer", "delegate", "delegate-2", "senior", "auditor"}  # provider registration and standing
DELEGATES = {"delegate", "delegate-2", "senior"}
OFFICERS = {"officer", "senior"}
PROVIDERS = {"provider-a", "staff-a", "provider-b"}  # lists: each sees its own (checked by the leak test)
B = {"provider-b"}  # provider B's own admin, on B's ids
# Who may get a 2xx with provider B's ids (or an unknown id). An operation not listed: nobody.
EXPECTED = {
    "GET /api/v1/allocations": DEPT | PROVIDERS,
    "GET /api/v1/allocations/{id}": DEPT | B,
    "GET /api/v1/audit/events": {"auditor"},
    "GET /api/v1/audit/verify": {"auditor"},
    "GET /api/v1/catalog/products": ANYONE,
    "GET /api/v1/catalog/products/{code}": ANYONE,
    "GET /api/v1/claims": DEPT | PROVIDERS,
    "GET /api/v1/credentials/issuer": ANYONE,
    "GET /api/v1/credentials/status/revocation": ANYONE,
    "GET /api/v1/credentials/status/revocation.json": ANYONE,
    "POST /api/v1/credentials/verify": ANYONE,
    "GET /api/v1/credentials/mine": {"learner"},
    "GET /api/v1/delegation-limits": {"admin", "auditor"} | DELEGATES,
    "PUT /api/v1/delegation-limits/{username}": {"admin"},
    "POST /api/v1/eligibility/checks": ANYONE,
    # a stored check is public by its unguessable id (it holds no USI, name or date of birth)
    "GET /api/v1/eligibility/checks/{id}": ANYONE,
    "GET /api/v1/enrolments": DEPT | PROVIDERS,
    "GET /api/v1/enrolments/mine": {"learner"},
    "GET /api/v1/enrolments/{id}": DEPT | B,
    "POST /api/v1/enrolments/{id}/commencement": B,
    "POST /api/v1/enrolments/{id}/completion": B,
    "POST /api/v1/enrolments/{id}/withdrawal": B,
    "POST /api/v1/enrolments/{id}/dispute-resolution": OFFICERS,
    "GET /api/v1/ledger/{usi}": {"admin", "officer", "delegate", "delegate-2", "senior", "auditor"},
    "POST /api/v1/ledger/{usi}/starts": {"admin"},
    "GET /api/v1/microcredentials": ANYONE,
    "GET /api/v1/microcredentials/manage": {"officer", "senior", "auditor", "endorser"} | PROVIDERS,
    "GET /api/v1/payment-batches": DEPT,
    "POST /api/v1/payment-batches": DELEGATES,
    "GET /api/v1/place-applications": DEPT | PROVIDERS,
    "GET /api/v1/place-applications/{id}": DEPT | B,
    "PUT /api/v1/place-applications/{id}": B,
    "POST /api/v1/place-applications/{id}/submission": B,
    "POST /api/v1/place-applications/{id}/withdrawal": B,
    "POST /api/v1/place-applications/{id}/assessment": OFFICERS,
    "POST /api/v1/place-applications/{id}/decision": DELEGATES,
    "POST /api/v1/place-applications/{id}/reduction": DELEGATES,
    "GET /api/v1/programs": {"admin"} | DEPT | PROVIDERS,
    "GET /api/v1/programs/{code}": {"admin"} | DEPT | PROVIDERS,
    "GET /api/v1/programs/{code}/budget-versions": DEPT,
    "GET /api/v1/programs/{code}/dashboard{format: (\\.(csv|xlsx|pdf))?}": DEPT,
    "GET /api/v1/providers": REVIEW | PROVIDERS,
    "GET /api/v1/providers/mine": PROVIDERS,
    "GET /api/v1/providers/{id}": REVIEW | B,
    "GET /api/v1/providers/{id}/application": REVIEW | B,
    "GET /api/v1/providers/{id}/application/versions": REVIEW | B,
    "GET /api/v1/providers/{id}/evidence": REVIEW | B,
    "PUT /api/v1/providers/{id}/application": B,
    "POST /api/v1/providers/{id}/submit": B,
    "POST /api/v1/providers/{id}/pick-up": OFFICERS,
    "POST /api/v1/providers/{id}/assessment": OFFICERS,
    "POST /api/v1/providers/{id}/decision": DELEGATES,
    "POST /api/v1/providers/{id}/suspension": DELEGATES,
    "POST /api/v1/providers/{id}/reinstatement": DELEGATES,
    "POST /api/v1/providers/{id}/revocation": DELEGATES,
    "GET /api/v1/providers/{id}/staff": B,
    "POST /api/v1/providers/{id}/staff/invitations": B,
    "GET /api/v1/rule-sets": {"admin", "manager", "auditor"},
    "GET /api/v1/rule-sets/{version}": {"admin", "manager", "auditor"},
    "POST /api/v1/rule-sets": {"manager"},
    "DELETE /api/v1/rule-sets/{version}": {"manager"},
    "PUT /api/v1/rule-sets/{version}/parameters/{name}": {"manager"},
    "POST /api/v1/rule-sets/{version}/publish": {"manager"},
    "POST /api/v1/rule-sets/{version}/what-if": {"manager", "auditor"},
    "POST /api/v1/programs": {"manager"},
    "PUT /api/v1/programs/{code}": {"manager"},
    "PUT /api/v1/programs/{code}/budgets/{state}/{stream}": {"manager"},
    "POST /api/v1/place-applications": PROVIDERS,
    "POST /api/v1/enrolments": PROVIDERS,
    "POST /api/v1/enrolments/bulk": PROVIDERS,
}


def expected(method, path):
    return EXPECTED.get(f"{method} {path}", set())


def call(base, method, path, body, user):
    data = json.dumps(body).encode() if body is not None else (b"" if method in ("POST", "PUT") else None)
    request = urllib.request.Request(base.rstrip("/") + path, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if user:
        request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:demo-pass-2026".encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:
            return reply.status, reply.read(200_000).decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read(2000).decode("utf-8", "replace")
    except Exception as error:  # noqa: BLE001
        return 0, repr(error)


def classify(status):
    if 200 <= status < 300:
        return "A"
    if status in (401, 403, 404):
        return "D"
    if 400 <= status < 500:
        return "R"
    return "X"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--openapi", required=True)
    parser.add_argument("--table", required=True)
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    doc = json.load(open(args.openapi, encoding="utf-8"))
    components = doc.get("components", {}).get("schemas", {})

    # provider B's own things
    client = Client(args.url)
    today = datetime.date.today()
    draft = {"programCode": None, "streamCode": "GEN", "periodFrom": str(today),
             "periodTo": str(today + datetime.timedelta(days=300)), "justification": "R5",
             "lines": [{"courseCode": "CHC33021", "state": "NSW", "places": 2, "cetModel": "INSTITUTION_BASED",
                        "locations": "x", "startDates": "x"}]}
    # a program with a QLD budget: B is approved for CHC33021 in QLD
    program_b = "R5B-" + uuid.uuid4().hex[:8].upper()
    body = {"reason": "R5", "program": {
        "code": program_b, "name": "R5 " + program_b, "ruleProgramCode": "JOBTRAINER",
        "opensOn": str(today - datetime.timedelta(days=10)), "closesOn": str(today + datetime.timedelta(days=100)),
        "feeRule": "FREE_TO_CERT_III_CAPPED_ABOVE", "feeCapCents": 40000, "providerCapCents": 10**12,
        "streams": [{"code": "GEN", "name": "General"}],
        "budgets": [{"state": "QLD", "streamCode": "GEN", "cents": 10**9}],
        "courses": [{"courseCode": "CHC33021", "state": "QLD", "priority": True}],
        "prices": [{"courseCode": "CHC33021", "commencementCents": 200000, "completionCents": 300000}],
        "targets": [{"state": "QLD", "places": 1000}]}}
    must(client.call("manager", "POST", "/api/v1/programs", body), 201, "program B")
    draft["programCode"], draft["lines"][0]["state"] = program_b, "QLD"
    app = must(client.call("provider-b", "POST", "/api/v1/place-applications", draft), 201, "B application")["id"]
    must(client.call("provider-b", "POST", f"/api/v1/place-applications/{app}/submission"), 200, "B submit")
    approved_app = app
    scores = {c: 3 for c in ("SKILLS_NEED", "DELIVERY_CAPABILITY", "INDUSTRY_ENGAGEMENT", "PAST_PERFORMANCE",
                             "VALUE_FOR_MONEY")}
    must(client.call("officer", "POST", f"/api/v1/place-applications/{app}/assessment",
                     {"scores": scores, "recommendedPlaces": [2], "note": "R5"}), 200, "B assess")
    must(client.call("delegate", "POST", f"/api/v1/place-applications/{app}/decision",
                     {"approvedPlaces": [2], "reason": "R5"}), 200, "B decide")
    allocation = must(client.call("provider-b", "GET", f"/api/v1/allocations?program={program_b}"), 200,
                      "B allocation")["items"][0]["id"]
    # a second B application left in draft (the one the place-application operations are tried on)
    draft_app = must(client.call("provider-b", "POST", "/api/v1/place-applications", draft), 201, "B draft")["id"]
    usi = fresh_usi()
    enrolment = must(client.call("provider-b", "POST", "/api/v1/enrolments", enrolment_body(allocation, usi)),
                     201, "B enrolment")["id"]
    check = must(client.call("provider-b", "POST", "/api/v1/eligibility/checks", {
        "programCode": "JOBTRAINER", "state": "QLD", "courseCode": "CHC33021", "courseStartDate": "2021-03-01",
        "learner": {"dateOfBirth": "2000-05-01", "residency": "CITIZEN", "employmentStatus": "UNEMPLOYED",
                    "schoolStudent": False, "highestAqfLevelHeld": 2}}), 201, "B check")
    check_id = check.get("id") if isinstance(check, dict) else None
    b_ids = {approved_app, draft_app, allocation, enrolment, usi}
    unknown = str(uuid.uuid4())

    def fill(path):
        def value(name):
            if name == "id":
                if path.startswith("/api/v1/place-applications"):
                    return draft_app
                if path.startswith("/api/v1/allocations"):
                    return allocation
                if path.startswith("/api/v1/enrolments"):
                    return enrolment
                if path.startswith("/api/v1/eligibility"):
                    return check_id or unknown
                if path.startswith("/api/v1/providers"):
                    return PROVIDER_B
                return unknown
            return {"code": program_b if "programs" in path else "CHC33021", "usi": usi,
                    "token": secrets.token_urlsafe(24), "username": "provider-b", "version": "JOBTRAINER-2026.1",
                    "name": "minimumAge", "state": "QLD", "stream": "GEN"}.get(name, unknown)
        out = path
        if "{format:" in out:
            out = out[: out.index("{format:")]
        while "{" in out:
            start, end = out.index("{"), out.index("}")
            out = out[:start] + urllib.parse.quote(value(out[start + 1:end]), safe="") + out[end + 1:]
        return out

    operations = []
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if method.upper() not in ("GET", "POST", "PUT", "DELETE", "PATCH"):
                continue
            body = None
            content = (op.get("requestBody") or {}).get("content", {})
            if "application/json" in content:
                body = sample(content["application/json"].get("schema", {}), components)
            operations.append((method.upper(), path, body))
    documented = {(m, p) for m, p, _ in operations}
    for method, path in EXTRA:
        if (method, path) not in documented:
            operations.append((method, path, {} if method in ("POST", "PUT") else None))
    operations.sort(key=lambda o: (o[1], o[0]))

    table, unexpected_allows, leaks, errors = {}, [], [], []
    with open(args.log, "w", encoding="utf-8") as log:
        for method, path, body in operations:
            row = {}
            concrete = fill(path)
            for user in USERS:
                status, text = call(args.url, method, concrete, body, user)
                cls = classify(status)
                row[user or "anonymous"] = cls
                log.write(f"{method} {concrete} {user or '-'} {status} {text[:150]!r}\n")
                if cls == "A" and user not in expected(method, path):
                    unexpected_allows.append(f"{method} {path} {user or 'anonymous'} {status}")
                if user in PROVIDER_A_USERS and (status == 409 or (cls == "A" and any(i in text for i in b_ids))):
                    leaks.append(f"{method} {path} {user} {status}")
                if cls == "X":
                    errors.append(f"{method} {path} {user or 'anonymous'} {status}")
            table[f"{method} {path}"] = row

    # expected to be let in but refused as unauthorised, forbidden or not found (R, a refused sample
    # body or state, is not counted: the caller got past the access checks)
    unexpected_denies = [f"{op} {user or 'anonymous'}" for op, row in table.items()
                         for user in expected(*op.split(" ", 1)) if row[user or "anonymous"] == "D"]
    with open(args.table, "w", encoding="utf-8") as out:
        names = [u or "anonymous" for u in USERS]
        out.write("operation".ljust(70) + " " + " ".join(n[:4].ljust(4) for n in names) + "\n")
        for op, row in table.items():
            out.write(op[:70].ljust(70) + " " + " ".join(row[n].ljust(4) for n in names) + "\n")
    print(json.dumps({
        "operations": len(operations),
        "documented": len(documented),
        "extra_undocumented": len(operations) - len(documented),
        "requests": len(operations) * len(USERS),
        "allowed": sum(1 for row in table.values() for v in row.values() if v == "A"),
        "unexpected_allows": unexpected_allows,
        "unexpected_denies": len(unexpected_denies),
        "unexpected_denies_list": unexpected_denies[:40],
        "provider_a_leaks": leaks,
        "server_errors": errors,
        # refused as bad input (4xx other than 401/403/404) before the caller was known
        "anonymous_reached": [op for op, row in table.items() if row["anonymous"] == "R"],
    }))


if __name__ == "__main__":
    main()
