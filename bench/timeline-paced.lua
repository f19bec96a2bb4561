-- wrk script for bench/load: like timeline.lua, but each client waits between its requests, as people browsing
-- do; latency is then service time, not queueing behind a saturated CPU. The wait is drawn uniformly between
-- 0.5 and 1.5 times $BENCH_THINK_MS (default 100, so 100 ms on average): with a fixed wait the 50 clients fall
-- into step and arrive in bursts of 50, which measures the bursts rather than the service.
dofile("bench/timeline.lua")
local think = tonumber(os.getenv("BENCH_THINK_MS") or "100")

delay = function()
  return think * (0.5 + math.random())
end
