#!/usr/bin/env python3
"""R4 bad input, for bench/reliability.sh: walks the OpenAPI document and sends malformed and
hostile input to every operation (path and query parameters, JSON bodies: wrong types, huge
strings, unicode, negative and overflowing numbers, SQL and script fragments, missing and extra
fields), anonymously and as a few demo users.

Passes when no answer is a 5xx and every 4xx is application/problem+json without a stack trace
(paths with an encoded slash or NUL, which the HTTP container refuses with its own page before the
application runs, are counted apart).
Prints a JSON summary; every request and answer goes to --log.
"""
import argparse
import base64
import copy
import json
import re
import urllib.error
import urllib.parse
import urllib.request
import uuid

HOSTILE = [
    "",
    "x",
    "-1",
    "0",
    "99999999999999999999999",
    "1e309",
    "' OR '1'='1",
    "1; DROP TABLE audit_event; --",
    "<script>alert(1)</script>",
    "../../../../etc/passwd",
    "\u00e4\u6f22\u5b57\U0001F642\u202e",
    "%00",
    "A" * 5000,
    str(uuid.uuid4()),
]
BODY_VALUES = [
    None,
    -1,
    -9223372036854775809,
    9223372036854775808,
    1.5e308,
    True,
    "x" * 100_000,
    "' OR 1=1 --",
    "<img src=x onerror=alert(1)>",
    "\u0000\u202e\U0001F642",
    [],
    {},
]
RAW_BODIES = ["not json", "null", "[]", "{}", '{"unexpected":1}', '{"a":', "\"just a string\"", "1"]
STACK_MARKERS = ("Exception", "\tat ", "at org.", "at java.", "<html")


def resolve(schema, components, depth=0):
    if depth > 6 or not isinstance(schema, dict):
        return {}
    if "$ref" in schema:
        return resolve(components.get(schema["$ref"].split("/")[-1], {}), components, depth + 1)
    return schema


def sample(schema, components, depth=0):
    """A plausible value for a schema: the base that mutations start from."""
    schema = resolve(schema, components, depth)
    kind = schema.get("type")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object" or "properties" in schema:
        return {
            name: sample(prop, components, depth + 1)
            for name, prop in schema.get("properties", {}).items()
        }
    if kind == "array":
        return [sample(schema.get("items", {}), components, depth + 1)]
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return False
    if schema.get("format") == "date":
        return "2021-03-01"
    if schema.get("format") == "date-time":
        return "2021-03-01T00:00:00Z"
    return "x"


def mutations(base):
    """Bodies: the base with each top-level field missing or replaced by each hostile value, plus
    an extra field and raw malformed bodies."""
    bodies = [json.dumps(base)] if base is not None else []
    if isinstance(base, dict):
        for field in base:
            missing = copy.deepcopy(base)
            del missing[field]
            bodies.append(json.dumps(missing))
            for value in BODY_VALUES:
                changed = copy.deepcopy(base)
                changed[field] = value
                bodies.append(json.dumps(changed))
            if isinstance(base[field], dict):
                for inner in base[field]:
                    for value in (None, "x" * 10_000, -1, []):
                        changed = copy.deepcopy(base)
                        changed[field][inner] = value
                        bodies.append(json.dumps(changed))
        extra = copy.deepcopy(base)
        extra["id"] = str(uuid.uuid4())
        extra["providerId"] = "00000000-0000-0000-0000-00000000000b"
        bodies.append(json.dumps(extra))
    return bodies + RAW_BODIES


def send(base_url, method, path, query, body, content_type, user):
    url = base_url.rstrip("/") + path + (("?" + urllib.parse.urlencode(query)) if query else "")
    data = body.encode("utf-8") if isinstance(body, str) else body
    request = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", content_type)
    if user:
        token = base64.b64encode(f"{user}:demo-pass-2026".encode()).decode()
        request.add_header("Authorization", "Basic " + token)
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:
            return reply.status, reply.headers.get("Content-Type", ""), reply.read(2000).decode(
                "utf-8", "replace"
            )
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read(2000).decode(
            "utf-8", "replace"
        )
    except Exception as error:
        return 0, "", repr(error)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True, help="the application's root, e.g. .../skillfund/")
    parser.add_argument("--openapi", required=True, help="the OpenAPI document (JSON)")
    parser.add_argument("--users", default=",provider-a,officer,manager")
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    document = json.load(open(args.openapi, encoding="utf-8"))
    components = document.get("components", {}).get("schemas", {})
    users = args.users.split(",")

    total = 0
    by_status = {}
    bad = []
    accepted_writes = []
    refused_by_container = [0]
    with open(args.log, "w", encoding="utf-8") as log:

        def record(method, path, query, body, user, answer):
            nonlocal total
            total += 1
            status, content_type, text = answer
            by_status[status] = by_status.get(status, 0) + 1
            problem = content_type.startswith("application/problem+json")
            leaked = any(marker in text for marker in STACK_MARKERS)
            wrong = status == 0 or status >= 500 or (400 <= status < 500 and (not problem or leaked))
            # an encoded slash or NUL in the path is refused by the HTTP container itself (its own
            # HTML error page) before any of the application runs: counted apart
            container = wrong and 400 <= status < 500 and ("%2F" in path or "%00" in path)
            if container:
                refused_by_container[0] += 1
                wrong = False
            if wrong:
                bad.append(
                    {
                        "method": method,
                        "path": path,
                        "query": query,
                        "user": user or "anonymous",
                        "status": status,
                        "type": content_type,
                        "body": (body or "")[:200] if isinstance(body, str) else "<bytes>",
                        "answer": text[:300],
                    }
                )
            if 200 <= status < 300 and method != "GET":
                accepted_writes.append(f"{user or 'anonymous'} {method} {path} {str(body)[:120]}")
            log.write(
                f"{'BAD ' if wrong else ''}{status} {user or 'anonymous'} {method} {path} "
                f"{json.dumps(query)[:200]} {str(body)[:200]!r} -> {content_type} {text[:200]!r}\n"
            )

        for path, operations in document.get("paths", {}).items():
            if not path.startswith("/api/"):
                continue
            # a JAX-RS template with a regular expression ({format: (\.(csv|xlsx|pdf))?}, as Payara
            # Server writes it into the document) is a plain parameter for the fuzzer
            path = re.sub(r"\{(\w+)\s*:[^}]*\}", r"{\1}", path)
            for method, operation in operations.items():
                method = method.upper()
                params = operation.get("parameters", [])
                path_params = [p["name"] for p in params if p.get("in") == "path"]
                query_params = [p["name"] for p in params if p.get("in") == "query"]
                content = operation.get("requestBody", {}).get("content", {})
                cases = []
                plain = path
                for name in path_params:
                    plain = plain.replace("{" + name + "}", str(uuid.uuid4()))
                # hostile values in each path parameter
                for name in path_params:
                    for value in HOSTILE:
                        concrete = path
                        for other in path_params:
                            concrete = concrete.replace(
                                "{" + other + "}",
                                urllib.parse.quote(value, safe="") if other == name else str(uuid.uuid4()),
                            )
                        cases.append((concrete, {}, None, None))
                # hostile values in each query parameter
                for name in query_params:
                    for value in HOSTILE:
                        cases.append((plain, {name: value}, None, None))
                # bodies
                if "application/json" in content:
                    base = sample(content["application/json"].get("schema", {}), components)
                    for body in mutations(base):
                        cases.append((plain, {}, body, "application/json"))
                elif content:
                    media = next(iter(content))
                    for body in ("", "%PDF-1.4 not really", "\x00" * 64, "A" * 200_000):
                        cases.append((plain, {"fileName": "../x.pdf"}, body, media))
                if not cases:
                    cases.append((plain, {}, None, None))
                for user in users:
                    for concrete, query, body, content_type in cases:
                        if method in ("POST", "PUT") and body is None:
                            body, content_type = "", "application/json"
                        answer = send(args.url, method, concrete, query, body, content_type, user)
                        record(method, concrete, query, body, user, answer)

    summary = {
        "requests": total,
        "by_status": {str(k): v for k, v in sorted(by_status.items())},
        "wrong": len(bad),
        "refused_by_container": refused_by_container[0],
        "server_errors": sum(v for k, v in by_status.items() if k >= 500 or k == 0),
        "wrong_examples": bad[:15],
        "accepted_writes": len(accepted_writes),
        "accepted_write_examples": accepted_writes[:10],
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
