#!/usr/bin/env bash
# Mutation testing of the core package (src/FollowUpRules) with Stryker.NET, outside CI: it takes
# about an hour on two cores. The Microsoft Testing Platform runner ("test-runner": "mtp") is
# required: with xunit v3 the VSTest runner cannot capture per-test coverage. The configuration is tests/FollowUpRules.Tests/stryker-config.json;
# the run fails when the mutation score is below its "break" threshold (90%).
#
#   eng/mutation.sh                 # the full run recorded in docs/quality.md
#   eng/mutation.sh --since:main    # only the files changed since main
#
# Reports (HTML, JSON, Markdown) land in tests/FollowUpRules.Tests/StrykerOutput/<timestamp>/reports.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore >/dev/null
cd tests/FollowUpRules.Tests
dotnet stryker --skip-version-check "$@"
