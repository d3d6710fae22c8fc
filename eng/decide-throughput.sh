#!/usr/bin/env bash
# Measures `followup decide`: cases per second through the whole tool, from a JSON-lines file on disk
# to decisions written to a file. Usage: eng/decide-throughput.sh [CASES] [RUNS] (default 500000, 3).
# The cases are the six examples in docs/examples, each on one line, repeated in turn; all are
# decided at one --now, as a nightly batch would be. Prints each run and the median, from the wall
# clock and from the CPU time the tool used (cases per CPU-second times the cores): on a machine
# shared with other work the second is the fairer figure for two dedicated cores.
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
cpu_rates=()
for run in $(seq "$runs"); do
  start=$(date +%s%N)
  cpu_before=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
  set +e
  $tool decide "$work/cases.jsonl" --now 2026-04-01T09:00:00Z > "$work/decisions.jsonl"
  status=$?
  set -e
  end=$(date +%s%N)
  # CPU time of the finished child (utime + stime of reaped children, in clock ticks).
  cpu_after=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
  cpu_ms=$(( (cpu_after - cpu_before) * 1000 / $(getconf CLK_TCK) ))
  lines=$(wc -l < "$work/decisions.jsonl")
  errors=$(grep -c '"kind":"error"' "$work/decisions.jsonl" || true)
  if [ "$lines" -ne "$cases" ] || [ "$status" -ne 0 ]; then
    echo "decide wrote $lines lines for $cases cases (exit $status, $errors errors)" >&2
    exit 1
  fi
  ms=$(( (end - start) / 1000000 ))
  rate=$(( cases * 1000 / ms ))
  rates+=("$rate")
  cpu_rate=$(( cases * 1000 * $(nproc) / (cpu_ms > 0 ? cpu_ms : 1) ))
  cpu_rates+=("$cpu_rate")
  echo "run $run: $cases cases in $ms ms = $rate cases/s; $cpu_ms ms of CPU = $cpu_rate cases/s on $(nproc) dedicated cores ($(du -m "$work/decisions.jsonl" | cut -f1) MB written)"
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
cpu_median=$(printf '%s\n' "${cpu_rates[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "median: $median cases/s wall clock; $cpu_median cases/s from CPU time (the machine's load average was $(cut -d' ' -f1 /proc/loadavg))"
