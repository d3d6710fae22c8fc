#!/usr/bin/env bash
# Measures `followup decide`: cases per second through the whole tool, from a JSON-lines file on disk
# to decisions written to a file. Usage: eng/decide-throughput.sh [CASES] [RUNS] (default 500000, 3).
# The cases are the six examples in docs/examples, each on one line, repeated in turn; all are
# decided at one --now, as a nightly batch would be. Prints each run and the median.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-500000}
runs=${2:-3}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/FollowUpRules.Cli -c Release -f net10.0 --nologo -v quiet >/dev/null
tool="dotnet src/FollowUpRules.Cli/bin/Release/net10.0/followup.dll"

for f in docs/examples/*.json; do
  [[ "$f" == *profile* ]] && continue
  tr -d '\n' < "$f"; echo
done > "$work/six.jsonl"
awk -v n="$cases" '{ line[NR] = $0 } END { for (i = 0; i < n; i++) print line[i % NR + 1] }' "$work/six.jsonl" > "$work/cases.jsonl"
echo "input: $cases cases, $(du -m "$work/cases.jsonl" | cut -f1) MB; $(nproc) cores; $(dotnet --version) SDK"

rates=()
for run in $(seq "$runs"); do
  start=$(date +%s%N)
  set +e
  $tool decide "$work/cases.jsonl" --now 2026-04-01T09:00:00Z > "$work/decisions.jsonl"
  status=$?
  set -e
  end=$(date +%s%N)
  lines=$(wc -l < "$work/decisions.jsonl")
  errors=$(grep -c '"kind":"error"' "$work/decisions.jsonl" || true)
  if [ "$lines" -ne "$cases" ] || [ "$status" -ne 0 ]; then
    echo "decide wrote $lines lines for $cases cases (exit $status, $errors errors)" >&2
    exit 1
  fi
  ms=$(( (end - start) / 1000000 ))
  rate=$(( cases * 1000 / ms ))
  rates+=("$rate")
  echo "run $run: $cases cases in $ms ms = $rate cases/s ($(du -m "$work/decisions.jsonl" | cut -f1) MB written)"
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "median: $median cases/s"
