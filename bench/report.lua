-- Shared by every wrk run of bench/http-load: after the run, prints one machine-readable line that the script turns
-- into its table. Adds no per-request work (no response() callback), so it does not slow the client down.
-- wrk counts status >= 400 as "Non-2xx or 3xx responses" (summary.errors.status); http-load checks beforehand that
-- each endpoint answers 200, so a redirect cannot hide in the figures.
function done(summary, latency, requests)
   local errors = summary.errors
   io.write(string.format(
      "BENCH requests=%d seconds=%.3f rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d status=%d connect=%d read=%d write=%d timeout=%d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
      errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
