#!/usr/bin/env bash
# Mutation testing of the core package (src/FollowUpRules) with Stryker.NET, outside CI: it takes
# about an hour and a half on two cores. The Microsoft Testing Platform runner ("test-runner":
# "mtp") is required: with xunit v3 the VSTest runner cannot capture per-test coverage. The
# configuration is tests/FollowUpRules.Tests/stryker-config.json; the run fails when the mutation
# score is below its "break" threshold (90%).
#
#   eng/mutation.sh                 # the full run recorded in docs/quality.md
#   eng/mutation.sh --since:main    # only the files changed since main
#   eng/mutation.sh --smoke         # CI's check that the set-up works: one small, fully tested
#                                   # file (StrategyList.cs, 38 mutants, about 2.5 minutes), which
#                                   # must score 100%
#
# Run it on an otherwise idle machine. When Stryker cannot capture a test's coverage in time (a
# busy machine, or a test too slow under instrumentation), it marks the test "Dubious" and runs it
# against every mutant, and a failure of that test is then counted as a kill of whatever mutant
# was active: the score is inflated. This script therefore keeps Stryker's log, fails when any
# test was marked Dubious, and says how often a test process was restarted after a timeout, the
# other source of false results (docs/quality.md, "Confirming it with Stryker").
#
# Reports (HTML, JSON, Markdown) and the log land in
# tests/FollowUpRules.Tests/StrykerOutput/<timestamp>/{reports,logs}.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--smoke" ]]; then
  shift
  set -- --mutate "**/Strategies/StrategyList.cs" --threshold-high 100 --threshold-low 100 --break-at 100 "$@"
fi

dotnet tool restore >/dev/null
cd tests/FollowUpRules.Tests
status=0
started=$(mktemp)
trap 'rm -f "$started"' EXIT
dotnet stryker --skip-version-check --log-to-file "$@" || status=$?

# This run's log only: a run that stopped before writing one must not be judged by an older one.
log=$(find StrykerOutput -path '*/logs/*.txt' -newer "$started" 2>/dev/null | head -n 1 || true)
if [[ -n "$log" ]]; then
  dubious=$(grep -c "marking as Dubious" "$log" || true)
  if [[ "$dubious" != "0" ]]; then
    echo "mutation.sh: $dubious test(s) were marked Dubious (coverage not captured in time); the" >&2
    echo "score above counts their failures as kills and must not be recorded. Rerun on an idle" >&2
    echo "machine; if a test is named again, make it faster. The tests:" >&2
    grep "marking as Dubious" "$log" | sed 's/^/  /' >&2
    [[ $status -ne 0 ]] || status=3
  fi
  # After a timeout Stryker restarts its test process with the next mutant already active, so
  # static state (built-in profiles, shared policies) may be built under that mutant and make
  # later tests fail for it: kills after a restart are less certain (docs/quality.md).
  restarts=$(grep -c "Restarting test server" "$log" || true)
  echo "mutation.sh: Stryker restarted a test process $restarts time(s) after a timeout; log: tests/FollowUpRules.Tests/$log"
fi
exit $status
