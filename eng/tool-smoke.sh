#!/usr/bin/env bash
# Packs the followup tool, installs it from the local folder as a .NET tool, and runs it on an
# example, as a user would after `dotnet tool install`. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A version suffix unique to this run, so NuGet's cache can never hand back an earlier build.
dotnet pack src/FollowUpRules.Cli -c Release -o "$work/packages" --nologo -v quiet -p:VersionSuffix="smoke.$(date +%s%N)"
package=$(ls "$work/packages"/FollowUpRules.Cli.*.nupkg | head -n 1)
version=$(basename "$package" .nupkg | sed 's/^FollowUpRules\.Cli\.//')

dotnet tool install FollowUpRules.Cli --version "$version" --tool-path "$work/tools" --add-source "$work/packages" >/dev/null

output=$("$work/tools/followup" plan docs/examples/first-follow-up.json --now 2026-03-10T09:00:00Z)
expected="Call Jane Smith on +44 20 7946 0001 (direct line), 2026-03-10 09:00 (+00) - 10:30 (+00), Preferred"
if ! grep -qF "$expected" <<<"$output"; then
  echo "tool smoke: the installed followup did not plan the example as expected; it printed:" >&2
  echo "$output" >&2
  exit 1
fi
cache=$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: //')
rm -rf "${cache:?}/followuprules.cli/$version"
echo "tool smoke: installed followup $version from a local folder and planned an example"
