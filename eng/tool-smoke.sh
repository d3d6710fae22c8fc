#!/usr/bin/env bash
# Installs the followup tool exactly as the README says, in a fresh copy of the repository, and runs
# it: the README's install block is extracted and run line by line, unchanged. Then checks that the
# package carries the .NET 8 build and that it runs (rolled forward to the newest runtime here), and
# that `followup decide` streams JSON lines. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A fresh copy: what a clone of the repository holds, without any build output.
mkdir -p "$work/repo"
tar --exclude=bin --exclude=obj --exclude=artifacts --exclude=TestResults --exclude=.git -cf - \
  global.json nuget.config Directory.Build.props Directory.Packages.props CHANGELOG.md README.md src docs/examples \
  | tar -xf - -C "$work/repo"

# The README's block, verbatim.
block=$(awk '/<!-- tool-install:/ {found=1; next} found && /^```sh$/ {inside=1; next} inside && /^```$/ {exit} inside {print}' README.md)
if [ "$(grep -c . <<<"$block")" -ne 3 ]; then
  echo "tool smoke: the README's install block was not found (expected 3 commands):" >&2
  echo "$block" >&2
  exit 1
fi

# NuGet's cache keeps a package by id and version: drop any earlier build of this version so the
# install takes the one just packed, and drop it again afterwards.
version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)
cache=$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: //')
rm -rf "${cache:?}/followuprules.cli/$version"
trap 'rm -rf "$work" "${cache:?}/followuprules.cli/$version"' EXIT

output=$(cd "$work/repo" && bash -euo pipefail -c "$block" 2>&1) || {
  echo "tool smoke: the README's install commands failed:" >&2
  echo "$output" >&2
  exit 1
}
expected="Call Jane Smith on +44 20 7946 0001 (direct line), 2026-03-10 09:00 (+00) - 10:30 (+00), Preferred"
if ! grep -qF "$expected" <<<"$output"; then
  echo "tool smoke: the installed followup did not plan the example as expected; it printed:" >&2
  echo "$output" >&2
  exit 1
fi
if [ -n "$(cd "$work/repo" && ls .config 2>/dev/null)" ]; then
  echo "tool smoke: installing the tool created a local tool manifest" >&2
  exit 1
fi

# The package holds a .NET 8 build and a .NET 10 build; the .NET 8 one runs (rolled forward here).
package=$(ls "$work/repo/artifacts/packages"/FollowUpRules.Cli.*.nupkg | head -n 1)
mkdir "$work/unpacked"
if command -v unzip >/dev/null; then
  (cd "$work/unpacked" && unzip -q "$package")
else
  python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$package" "$work/unpacked"
fi
for tfm in net8.0 net10.0; do
  if [ ! -f "$work/unpacked/tools/$tfm/any/followup.dll" ]; then
    echo "tool smoke: the package has no tools/$tfm build" >&2
    exit 1
  fi
done
grep -q '"rollForward": "Major"\|"rollForward":"Major"' "$work/unpacked/tools/net8.0/any/followup.runtimeconfig.json" || {
  echo "tool smoke: the .NET 8 build does not roll forward to newer major versions" >&2
  exit 1
}
net8=$(dotnet "$work/unpacked/tools/net8.0/any/followup.dll" plan docs/examples/first-follow-up.json --now 2026-03-10T09:00:00Z)
grep -qF "$expected" <<<"$net8" || { echo "tool smoke: the .NET 8 build did not plan the example; it printed: $net8" >&2; exit 1; }

# followup decide: two cases and a bad line in, three lines out in order, exit code 2.
tool="$work/repo/artifacts/tool/followup"
set +e
lines=$( { tr -d '\n' < docs/examples/first-follow-up.json; echo; echo '{"schemaVersion": 1}'; tr -d '\n' < docs/examples/via-agency.json; echo; } \
  | "$tool" decide --now 2026-03-10T09:00:00Z)
status=$?
set -e
if [ "$status" -ne 2 ] || [ "$(wc -l <<<"$lines")" -ne 3 ] \
  || ! sed -n 1p <<<"$lines" | grep -q '"kind":"call"' \
  || ! sed -n 2p <<<"$lines" | grep -q '"kind":"error","exitCode":2,"line":2' \
  || ! sed -n 3p <<<"$lines" | grep -q '"kind":"'; then
  echo "tool smoke: followup decide did not stream three results in order (exit $status):" >&2
  echo "$lines" >&2
  exit 1
fi

echo "tool smoke: installed followup $version as the README says, ran its .NET 8 build, and streamed decisions"
