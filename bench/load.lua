-- wrk script of bench/load.sh: the method from WRK_METHOD, and when the run ends one JSON line
-- with what the report needs (latencies in microseconds)
wrk.method = os.getenv("WRK_METHOD") or "GET"

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"max_us":%d,' ..
    '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
