#!/usr/bin/env bash
# The recorded benchmark run (outside CI; about four minutes on two cores). Results land in
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
