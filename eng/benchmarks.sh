#!/usr/bin/env bash
# The recorded benchmark run (outside CI; about five minutes on two cores). Results land in
# BenchmarkDotNet.Artifacts/results; docs/performance.md holds the table of the latest run.
#
#   eng/benchmarks.sh                 # Decide and its baseline (3 x 15 iterations), the batch
#                                     # (10 iterations), the rest with the Short job, then the cold start
#   eng/benchmarks.sh --filter '*Decide*'   # one class, as BenchmarkDotNet's arguments say
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build benchmarks/FollowUpRules.Benchmarks -c Release --nologo -v quiet
if [ "$#" -gt 0 ]; then
  dotnet run -c Release --no-build --project benchmarks/FollowUpRules.Benchmarks -- "$@"
  exit 0
fi

# Decide against its hand-written baseline: the ratio target is 1.3, so it gets three launches of 15
# iterations (about two minutes) rather than the Short job's single launch of 3.
dotnet run -c Release --no-build --project benchmarks/FollowUpRules.Benchmarks -- \
  --filter '*DecideBenchmarks*' --launchCount 3 --warmupCount 5 --iterationCount 15
# The batch's speed-up target is 1.8x: ten iterations, as three vary by a tenth on a shared machine.
dotnet run -c Release --no-build --project benchmarks/FollowUpRules.Benchmarks -- \
  --filter '*BatchBenchmarks*' --warmupCount 3 --iterationCount 10
dotnet run -c Release --no-build --project benchmarks/FollowUpRules.Benchmarks -- \
  --filter '*WindowBenchmarks*' '*HistoryBenchmarks*' '*BuildBenchmarks*' '*RenderBenchmarks*' --job Short
echo "Cold start, JIT only:"
for run in 1 2 3; do
  dotnet run -c Release --no-build --project benchmarks/FollowUpRules.Benchmarks -- cold-start | tail -n 1
done

# The same host published ReadyToRun, as a startup-sensitive host would ship.
published=$(mktemp -d)
trap 'rm -rf "$published"' EXIT
rid=$(dotnet --info | awk '/RID:/ {print $2; exit}')
dotnet publish benchmarks/FollowUpRules.Benchmarks -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$published" --nologo -v quiet
echo "Cold start, host published ReadyToRun ($rid):"
for run in 1 2 3; do
  dotnet "$published/FollowUpRules.Benchmarks.dll" cold-start | tail -n 1
done
