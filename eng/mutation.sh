#!/usr/bin/env bash
# Mutation testing of the core package (src/FollowUpRules), outside CI except for --smoke.
#
#   eng/mutation.sh                 # the full run recorded in docs/quality.md (about an hour on two cores)
#   eng/mutation.sh --since:main    # only the files changed since main
#   eng/mutation.sh --smoke         # CI's check that the set-up works: one small, fully tested file
#                                   # (StrategyList.cs, 38 mutants, about 2.5 minutes), which must
#                                   # score 100%
#   eng/mutation.sh --recheck DIR   # after adding tests, with src/FollowUpRules unchanged since the
#                                   # run in DIR (tests/FollowUpRules.Tests/StrykerOutput/<timestamp>,
#                                   # from the repository root): judge its survivors and
#                                   # uncovered mutants again with the current tests (minutes, not an
#                                   # hour); its killed and timed-out mutants stay detected
#
# Two steps, because Stryker.NET 5.1.0 finds mutants well but cannot be trusted to judge them here:
# its Microsoft Testing Platform runner reuses one test process for many mutants and, after a
# timeout, restarts it with the next mutant already active, so static state is built under that
# mutant and later mutants are "killed" by it (docs/quality.md tells the whole story).
#
# 1. Stryker (tests/FollowUpRules.Tests/stryker-config.json) finds and compiles the mutants. Its own
#    testing is cut down to one small probe test (--test-case-filter) and its score is not used; the
#    script keeps a copy of the mutated FollowUpRules.dll it compiles, before Stryker puts the
#    original back at the end.
# 2. eng/mutation_check.py judges every mutant in a fresh test process of its own (coverage per test
#    class, then the covering classes, then the whole suite for any survivor) and fails when the
#    score is below the configuration's "break" threshold (90%), or below 100% for --smoke.
#
# Needs the .NET SDK, the local dotnet-stryker tool (dotnet tool restore) and python3. Extra
# arguments go to Stryker (e.g. --mutate, --since). Reports: Stryker's in
# tests/FollowUpRules.Tests/StrykerOutput/<timestamp>/reports, the check's (check.md, check.json)
# in tests/FollowUpRules.Tests/StrykerOutput/<timestamp>/check.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

break_args=(--config "$repo/tests/FollowUpRules.Tests/stryker-config.json")
source_tree() { echo "$(git rev-parse HEAD:src/FollowUpRules) $(git status --porcelain -- src/FollowUpRules | wc -l)"; }

if [[ "${1:-}" == "--recheck" ]]; then
  run=$(cd "$(dirname "${2:?usage: eng/mutation.sh --recheck tests/FollowUpRules.Tests/StrykerOutput/<timestamp>}")" && pwd)/$(basename "$2")
  for needed in reports/mutation-report.json FollowUpRules.mutated.dll source-tree.txt check/check.json; do
    [[ -f "$run/$needed" ]] || { echo "mutation.sh: $run has no $needed; is it a full run's folder?" >&2; exit 2; }
  done
  if [[ "$(source_tree)" != "$(cat "$run/source-tree.txt")" ]]; then
    echo "mutation.sh: src/FollowUpRules changed since the run in $run; its mutants no longer match. Run eng/mutation.sh." >&2
    exit 2
  fi
  dotnet build tests/FollowUpRules.Tests -c Release --nologo -v quiet
  exec python3 "$repo/eng/mutation_check.py" --report "$run/reports/mutation-report.json" \
    --assembly "$run/FollowUpRules.mutated.dll" --tests-bin tests/FollowUpRules.Tests/bin/Release/net10.0 \
    --out "$run/recheck-$(date -u +%Y%m%d-%H%M%S)" --detected-in "$run/check/check.json" "${break_args[@]}"
fi

if [[ "${1:-}" == "--smoke" ]]; then
  shift
  set -- --mutate "**/Strategies/StrategyList.cs" "$@"
  break_args=(--break 100)
fi

# The probe: one fast test, so Stryker's own test phase takes seconds. Its verdicts are discarded.
probe="FullyQualifiedName~FollowUpRules.Tests.AlternativeWindowsTests.Indexer_OutsideTheAlternatives_ThrowsNamingTheIndexAndTheCount"

dotnet tool restore >/dev/null
tree=$(source_tree)
cd tests/FollowUpRules.Tests
bin="bin/Release/net10.0"
marker=$(mktemp)
mutated=$(mktemp --suffix=.dll)
trap 'rm -f "$marker" "$mutated"; [[ -z "${watcher:-}" ]] || kill "$watcher" 2>/dev/null || true' EXIT

# Stryker writes the mutated assembly over the built one (keeping the original as
# *.stryker-unchanged) and restores the original when it ends: copy the mutated one while it is there.
(
  while true; do
    if [[ -f "$bin/FollowUpRules.dll.stryker-unchanged" && "$bin/FollowUpRules.dll" -nt "$marker" ]] &&
       grep -q -a "MutantControl" "$bin/FollowUpRules.dll"; then
      size=$(stat -c %s "$bin/FollowUpRules.dll"); sleep 1
      if [[ "$size" == "$(stat -c %s "$bin/FollowUpRules.dll")" ]]; then
        cp "$bin/FollowUpRules.dll" "$mutated"; exit 0
      fi
    fi
    sleep 0.2
  done
) &
watcher=$!

dotnet stryker --skip-version-check --log-to-file --test-case-filter "$probe" --break-at 0 "$@"
kill "$watcher" 2>/dev/null || true
watcher=""

run=$(find StrykerOutput -mindepth 1 -maxdepth 1 -type d -newer "$marker" | sort | tail -n 1)
report="$run/reports/mutation-report.json"
if [[ -z "$run" || ! -f "$report" ]]; then
  echo "mutation.sh: Stryker wrote no report for this run" >&2
  exit 2
fi
if ! grep -q -a "MutantControl" "$mutated"; then
  echo "mutation.sh: the mutated assembly was not captured (did Stryker find any mutant?)" >&2
  exit 2
fi

# Kept with the run, for --recheck.
cp "$mutated" "$run/FollowUpRules.mutated.dll"
echo "$tree" > "$run/source-tree.txt"

python3 "$repo/eng/mutation_check.py" --report "$report" --assembly "$run/FollowUpRules.mutated.dll" \
  --tests-bin "$bin" --out "$run/check" "${break_args[@]}"
