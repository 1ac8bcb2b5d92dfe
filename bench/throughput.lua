-- wrk script of bench/reliability.sh's throughput phase. The environment chooses what is sent:
--   TP_MODE=eligibility  anonymous POST /api/v1/eligibility/checks, rotating through a few learners
--                        (eligible and not; each check is decided and stored, answer 201)
--   TP_MODE=enrolment    POST /api/v1/enrolments as provider-a into one allocation (TP_ALLOCATION,
--                        TP_START, TP_DOB from bench/approvals.py --mode allocation), each request a
--                        learner never sent before: a fresh valid USI made of TP_RUN (one character
--                        per wrk run), the thread's number and a counter, plus its check character
-- Counts every answer other than 201 and prints "Unexpected responses: N (status: count ...)".
local mode = os.getenv("TP_MODE") or "eligibility"
local alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
local checks = {
  [[{"programCode":"JOBTRAINER","state":"VIC","courseCode":"CHC33021","courseStartDate":"2021-03-01","learner":{"dateOfBirth":"2000-05-01","residency":"CITIZEN","employmentStatus":"UNEMPLOYED","schoolStudent":false,"highestAqfLevelHeld":2}}]],
  [[{"programCode":"JOBTRAINER","state":"NSW","courseCode":"ICT30120","courseStartDate":"2021-11-15","learner":{"dateOfBirth":"1980-02-10","residency":"PERMANENT_RESIDENT","employmentStatus":"EMPLOYED","schoolStudent":false,"highestAqfLevelHeld":4}}]],
  [[{"programCode":"JOBTRAINER","state":"QLD","courseCode":"CHC43015","courseStartDate":"2022-02-01","learner":{"dateOfBirth":"2005-06-30","residency":"CITIZEN","employmentStatus":"EMPLOYED","schoolStudent":false}}]],
  [[{"programCode":"JOBTRAINER","state":"SA","courseCode":"SIT40521","courseStartDate":"2021-03-01","learner":{"dateOfBirth":"1999-07-14","residency":"TEMPORARY_VISA","employmentStatus":"EMPLOYED","schoolStudent":false,"highestAqfLevelHeld":1}}]],
}
local threads = {}

function setup(thread)
  thread:set("number", #threads)
  table.insert(threads, thread)
end

local function char(i)
  return alphabet:sub(i + 1, i + 1)
end

-- nine characters and their Luhn mod 32 check character (UsiValidator's rule)
local function usi(first)
  local n, factor, total = #alphabet, 2, 0
  for i = #first, 1, -1 do
    local addend = factor * (alphabet:find(first:sub(i, i), 1, true) - 1)
    factor = (factor == 2) and 1 or 2
    total = total + math.floor(addend / n) + addend % n
  end
  return first .. char((n - total % n) % n)
end

function init(args)
  counter = 0
  unexpected = 0
  statuses = {}
  me = number or 0
  if mode == "eligibility" then
    requests = {}
    for i, body in ipairs(checks) do
      requests[i] = wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
    end
  else
    prefix = (os.getenv("TP_RUN") or "2"):sub(1, 1) .. char(me % 32)
    headers = {
      ["Content-Type"] = "application/json",
      ["Authorization"] = "Basic " .. os.getenv("TP_AUTH"),
    }
    allocation = os.getenv("TP_ALLOCATION")
    start = os.getenv("TP_START")
    dob = os.getenv("TP_DOB")
  end
end

function request()
  counter = counter + 1
  if mode == "eligibility" then
    return requests[(counter + me) % #requests + 1]
  end
  local rest, c = "", counter
  for _ = 1, 7 do
    rest = char(c % 32) .. rest
    c = math.floor(c / 32)
  end
  local body = string.format(
    '{"allocationId":"%s","learner":{"usi":"%s","givenName":"Bench","familyName":"Learner",'
      .. '"dateOfBirth":"%s","email":"bench@example.org"},"startDate":"%s","residency":"CITIZEN",'
      .. '"employmentStatus":"UNEMPLOYED","schoolStudent":false}',
    allocation, usi(prefix .. rest), dob, start)
  return wrk.format("POST", nil, headers, body)
end

function response(status, headers, body)
  if status ~= 201 then
    unexpected = unexpected + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local bad, detail = 0, ""
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("unexpected")
    local s = thread:get("statuses")
    for k, v in pairs(s) do
      detail = detail .. string.format(" %s:%d", k, v)
    end
  end
  io.write(string.format("Unexpected responses: %d (%s)\n", bad, detail))
  io.write(string.format("p99 us: %d\n", latency:percentile(99)))
end
