#!/usr/bin/env bash
# The recorded benchmark run (outside CI; about 10 minutes on two cores). Results land in
# BenchmarkDotNet.Artifacts/results; docs/performance.md holds the table of the latest run.
#
#   eng/benchmarks.sh                 # every benchmark, BenchmarkDotNet's Short job
#   eng/benchmarks.sh --filter '*Decide*'
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build benchmarks/FollowUpRules.Benchmarks -c Release --nologo -v quiet
if [ "$#" -eq 0 ]; then
  set -- --filter '*' --job Short
fi
dotnet run -c Release --no-build --project benchmarks/FollowUpRules.Benchmarks -- "$@"
for run in 1 2 3; do
  dotnet run -c Release --no-build --project benchmarks/FollowUpRules.Benchmarks -- cold-start | tail -n 1
done
