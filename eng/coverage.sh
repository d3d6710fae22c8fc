#!/usr/bin/env bash
# Line and branch coverage of the core package (src/FollowUpRules) by its test suite
# (tests/FollowUpRules.Tests), with coverlet; the figures go into docs/quality.md.
set -euo pipefail
cd "$(dirname "$0")/.."
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
dotnet test tests/FollowUpRules.Tests -c Release --collect:"XPlat Code Coverage" --results-directory "$results" --nologo -v quiet >/dev/null
report=$(find "$results" -name coverage.cobertura.xml | head -n 1)
python3 - "$report" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for package in root.iter("package"):
    if package.get("name") == "FollowUpRules":
        print(f"FollowUpRules: line coverage {float(package.get('line-rate')) * 100:.1f}%, branch coverage {float(package.get('branch-rate')) * 100:.1f}%")
PY
