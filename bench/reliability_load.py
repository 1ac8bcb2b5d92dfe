#!/usr/bin/env python3
"""Load through the load balancer with one fault in the middle, for bench/reliability.sh.

Clients alternate an eligibility check (POST, a database write) and a catalogue search (GET, a
database read) for --duration seconds; at --fault-at seconds the --fault command runs once.
Every answer is logged; the summary (JSON on stdout) says how many answers were 2xx, what every
other answer was (status, content type, whether its body looks like a stack trace), and how long
after the fault the last failure ended (the recovery time).
"""
import argparse
import json
import subprocess
import threading
import time
import urllib.error
import urllib.request

CHECK = json.dumps(
    {
        "programCode": "JOBTRAINER",
        "state": "VIC",
        "courseCode": "CHC33021",
        "courseStartDate": "2021-03-01",
        "learner": {
            "dateOfBirth": "2000-05-01",
            "residency": "CITIZEN",
            "employmentStatus": "UNEMPLOYED",
            "schoolStudent": False,
            "highestAqfLevelHeld": 2,
        },
    }
).encode()

STACK_MARKERS = ("Exception", "\tat ", "at org.", "at java.", "<html")


def call(base, kind):
    if kind == "check":
        request = urllib.request.Request(
            base + "api/v1/eligibility/checks",
            data=CHECK,
            headers={"Content-Type": "application/json"},
            method="POST",
        )
    else:
        request = urllib.request.Request(base + "api/v1/catalog/products?q=certificate&size=5")
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return reply.status, reply.headers.get("Content-Type", ""), reply.read().decode(
                "utf-8", "replace"
            )
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode(
            "utf-8", "replace"
        )
    except Exception as error:  # connection refused, reset, timeout: no HTTP answer at all
        return 0, "", repr(error)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--duration", type=float, default=30)
    parser.add_argument("--fault-at", type=float, default=8)
    parser.add_argument("--fault", required=True, help="shell command that injects the fault")
    parser.add_argument("--log", required=True)
    args = parser.parse_args()

    results = []
    lock = threading.Lock()
    start = time.monotonic()
    stop_at = start + args.duration

    def client(number):
        i = number
        while time.monotonic() < stop_at:
            kind = "check" if i % 2 == 0 else "search"
            began = time.monotonic() - start
            status, content_type, body = call(args.url, kind)
            ended = time.monotonic() - start
            with lock:
                results.append((began, ended, kind, status, content_type, body[:300]))
            i += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
    for thread in threads:
        thread.start()
    time.sleep(max(0.0, args.fault_at - (time.monotonic() - start)))
    fault_started = time.monotonic() - start
    fault = subprocess.run(args.fault, shell=True, capture_output=True, text=True)
    fault_ended = time.monotonic() - start
    for thread in threads:
        thread.join()

    with open(args.log, "w", encoding="utf-8") as log:
        for began, ended, kind, status, content_type, body in sorted(results):
            log.write(
                f"{began:8.3f} {ended:8.3f} {kind:6} {status} {content_type} "
                f"{body.replace(chr(10), ' ')[:200]}\n"
            )

    failures = [r for r in results if not 200 <= r[3] < 300]
    by_status = {}
    for r in failures:
        key = f"{r[3]} {r[4].split(';')[0] or '-'}"
        by_status[key] = by_status.get(key, 0) + 1
    bad_failures = [
        r
        for r in failures
        if not (
            r[3] == 503
            and r[4].startswith("application/problem+json")
            and not any(marker in r[5] for marker in STACK_MARKERS)
        )
    ]
    before = [r for r in results if r[1] < fault_started]
    after = [r for r in results if r[0] > fault_started]
    last_failure_end = max((r[1] for r in failures), default=None)
    # requests may also wait rather than fail (the pool blocks for a connection): the longest time
    # after the fault in which no answer at all came back, and the slowest answer
    ends = sorted([fault_started] + [r[1] for r in results if r[1] >= fault_started])
    stall = max((b - a for a, b in zip(ends, ends[1:])), default=0.0)
    slowest = max((r[1] - r[0] for r in results), default=0.0)
    summary = {
        "requests": len(results),
        "ok": len(results) - len(failures),
        "failures": len(failures),
        "failures_by_status": by_status,
        "failures_not_503_problem_json": len(bad_failures),
        "example_failure": failures[0][5] if failures else None,
        "fault_at_s": round(fault_started, 2),
        "fault_command_s": round(fault_ended - fault_started, 2),
        "fault_output": (fault.stdout + fault.stderr).strip()[-300:],
        "fault_rc": fault.returncode,
        "recovery_s": round(max(0.0, last_failure_end - fault_started), 2)
        if last_failure_end is not None
        else 0.0,
        "longest_stall_after_fault_s": round(stall, 2),
        "slowest_answer_s": round(slowest, 2),
        "throughput_before_rps": round(len(before) / fault_started, 1) if fault_started else None,
        "throughput_after_rps": round(len(after) / (args.duration - fault_started), 1),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
