#!/usr/bin/env bash
# The bounded load test of the HTTP service (docs/performance.md): a server process hosting the service
# and a bare echo endpoint on a free loopback port, and a load generator process sending a fixed number
# of requests at 1, 8 and 32 connections to each, with a time limit per measurement. Stops by itself;
# the server is stopped on exit, whatever happens. Only 127.0.0.1 is ever addressed.
#
#   eng/load-test.sh            # the recorded run: 20,000 requests per measurement, 30 s at most each
#   eng/load-test.sh --smoke    # CI: 300 requests per measurement (SMOKE_REQUESTS), 10 s at most; fails on any error
# Expects the solution built in Release unless LOAD_TEST_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."

requests=20000 seconds=30 warmup=2000
if [ "${1:-}" = "--smoke" ]; then
  requests=${SMOKE_REQUESTS:-300} seconds=10 warmup=${SMOKE_WARMUP:-50}
fi

project=benchmarks/FollowUpRules.LoadTest
if [ "${LOAD_TEST_BUILD:-0}" = "1" ]; then
  dotnet build "$project" -c Release --nologo -v quiet >/dev/null
fi
app="$project/bin/Release/net10.0/FollowUpRules.LoadTest.dll"
test -f "$app" || { echo "load test: $app is missing; build the solution in Release first (or LOAD_TEST_BUILD=1)" >&2; exit 1; }

log=$(mktemp)
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -f "$log"
}
trap cleanup EXIT

dotnet "$app" serve docs/examples/first-follow-up.json >"$log" 2>&1 &
server=$!
url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^listening on //p' "$log")
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { echo "load test: the server stopped:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.2
done
[ -n "$url" ] || { echo "load test: the server did not start within 20 s" >&2; exit 1; }
case "$url" in http://127.0.0.1:*) ;; *) echo "load test: refusing to load $url, which is not loopback" >&2; exit 1 ;; esac

echo "load test: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run, server at $url"
dotnet "$app" run "$url/" docs/examples/first-follow-up.json --connections 1,8,32 --requests "$requests" --max-seconds "$seconds" --warmup "$warmup"
echo "load test: load average $(cut -d' ' -f1-3 /proc/loadavg) after the run"
