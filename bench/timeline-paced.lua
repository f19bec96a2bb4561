-- wrk script for bench/load: like timeline.lua, but each client waits $BENCH_THINK_MS (default 100) between its
-- requests, as people browsing do; latency is then service time, not queueing behind a saturated CPU.
dofile("bench/timeline.lua")
local think = tonumber(os.getenv("BENCH_THINK_MS") or "100")

delay = function()
  return think
end
