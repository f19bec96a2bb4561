-- wrk script for bench/load: GET /api/v1/persons/{id}/timeline for random ids from $BENCH_IDS, with $BENCH_TOKEN.
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
local token = os.getenv("BENCH_TOKEN")
math.randomseed(1988)

request = function()
  local id = ids[math.random(#ids)]
  return wrk.format("GET", "/api/v1/persons/" .. id .. "/timeline", { ["Authorization"] = "Bearer " .. token })
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("  timeline: %d requests in %.1f s = %.0f requests/s, %d errors (non-2xx or socket)\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), errors))
  io.write(string.format("  latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f  (target p99 < 10) %s\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000, latency:percentile(99) < 10000 and "PASS" or "FAIL"))
end
