#!/usr/bin/env bash
# CI smoke for the benchmarks: every benchmark runs once (BenchmarkDotNet's Dry job, in process), so
# the suite keeps building and running; then the cold-start check. Figures from this run mean
# nothing; the recorded run is eng/benchmarks.sh. Expects the solution already built in Release.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
dotnet run -c Release --no-build --project benchmarks/FollowUpRules.Benchmarks -- --filter '*' --job Dry --inProcess --artifacts "$(mktemp -d)" >"$out" 2>&1 || { cat "$out" >&2; exit 1; }
expected=$(grep -hoE '\[Benchmark' benchmarks/FollowUpRules.Benchmarks/*.cs | wc -l)
params=2 # HistoryBenchmarks runs its one benchmark for three history lengths
total=$((expected + params))
if ! grep -qE "Global total time: .*executed benchmarks: $total\$" "$out" || grep -qE "// \\* (Errors|Benchmark errors)|Exception" "$out"; then
  echo "benchmark smoke: expected $total benchmarks to run without errors; the run printed:" >&2
  tail -n 60 "$out" >&2
  exit 1
fi
dotnet run -c Release --no-build --project benchmarks/FollowUpRules.Benchmarks -- cold-start | tail -n 1
echo "benchmark smoke: $total benchmarks ran once each"
