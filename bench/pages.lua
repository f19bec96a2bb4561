-- wrk script for bench/pages: GET pages with the session cookie $BENCH_COOKIE, paced like bench/timeline-paced.lua
-- (each client waits uniformly 0.5 to 1.5 x $BENCH_THINK_MS between its requests; BENCH_THINK_MS=0 saturates).
-- $BENCH_TARGET is "person" (the page $BENCH_PERSON, a person with 200 acts), "list" (a page of the person list
-- after a random id from $BENCH_IDS: a different keyset page each time) or "health" (/actuator/health, the floor).
local target = os.getenv("BENCH_TARGET")
local cookie = os.getenv("BENCH_COOKIE") or ""
local think = tonumber(os.getenv("BENCH_THINK_MS") or "100")
local person = os.getenv("BENCH_PERSON")
local ids = {}
if target == "list" then
  for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
end
math.randomseed(1367)

request = function()
  local path
  if target == "person" then
    path = "/persons/" .. person
  elseif target == "list" then
    path = "/persons?after=" .. ids[math.random(#ids)]
  else
    return wrk.format("GET", "/actuator/health")
  end
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end

if think > 0 then
  delay = function()
    return think * (0.5 + math.random())
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("  %s: %d requests in %.1f s = %.0f requests/s, %d errors (non-2xx or socket)\n", target,
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), errors))
  io.write(string.format("  latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000))
  io.write(string.format("P99 %s %.3f\n", target, latency:percentile(99) / 1000))
end
