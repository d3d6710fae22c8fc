#!/usr/bin/env bash
# Packs every package into a temporary folder and consumes them the way an ATS vendor would:
#  1. checks each package's dependency list is exactly what its issue allowed;
#  2. a fresh net10.0 console project outside the solution references the packages by version from
#     that folder, builds a policy, decides a case, renders a script, resolves a policy through DI,
#     writes the decision as iCalendar and reads an iCalendar holiday feed, and runs;
#  3. a fresh netstandard2.0 class library compiles against the core package;
#  4. a fresh net10.0 web app whose Program.cs is docs/service.md's first C# example (the service
#     under /followup with a policy of its own and the OpenAPI description) builds against the packed
#     FollowUpRules.AspNetCore, starts on a loopback port and answers; a net8.0 web app whose
#     Program.cs is the page's second example (securing the group) builds against the net8.0 asset.
# Restore uses the machine's configured NuGet source plus the temporary folder. Exits non-zero on
# any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
packages="$work/packages"

# A version suffix unique to this run, so NuGet's global package cache can never hand back a
# package packed by an earlier run under the same version.
suffix="smoke.$(date +%s%N)"
dotnet pack FollowUpRules.sln -c Release -o "$packages" --nologo -v quiet -p:VersionSuffix="$suffix" >"$work/pack.log" || { cat "$work/pack.log" >&2; exit 1; }
version=$(ls "$packages"/FollowUpRules.[0-9]*.nupkg | head -n 1 | sed -E 's/.*FollowUpRules\.([0-9][^/]*)\.nupkg$/\1/')
case "$version" in *"$suffix") ;; *) echo "consumer smoke: unexpected package version $version" >&2; exit 1 ;; esac

# 1. Dependencies, per package: the ids each target framework group may list.
check_dependencies() {
  local package=$1 allowed=$2
  local nuspec
  nuspec=$(unzip -p "$packages/$package.$version.nupkg" "$package.nuspec")
  local actual
  actual=$(grep -oE '<dependency id="[^"]+"' <<<"$nuspec" | sed -E 's/<dependency id="([^"]+)"/\1/' | sort -u | tr '\n' ' ' | sed 's/ $//')
  if [ "$actual" != "$allowed" ]; then
    echo "consumer smoke: $package depends on [$actual]; allowed is [$allowed]" >&2
    exit 1
  fi
}
check_dependencies FollowUpRules "NodaTime"
check_dependencies FollowUpRules.Json "FollowUpRules System.Text.Json"
check_dependencies FollowUpRules.Extensions.DependencyInjection "FollowUpRules Microsoft.Extensions.DependencyInjection.Abstractions Microsoft.Extensions.Options"
check_dependencies FollowUpRules.Testing "FollowUpRules"
check_dependencies FollowUpRules.Calendar "FollowUpRules FollowUpRules.Extensions.DependencyInjection Ical.Net"
# net8.0: the core and the JSON package; net10.0 also Microsoft.AspNetCore.OpenApi (the OpenAPI generator).
check_dependencies FollowUpRules.AspNetCore "FollowUpRules FollowUpRules.Json Microsoft.AspNetCore.OpenApi"
unzip -p "$packages/FollowUpRules.AspNetCore.$version.nupkg" FollowUpRules.AspNetCore.nuspec | grep -q '<frameworkReference name="Microsoft.AspNetCore.App"' \
  || { echo "consumer smoke: FollowUpRules.AspNetCore does not declare the ASP.NET Core shared framework" >&2; exit 1; }
for package in FollowUpRules FollowUpRules.Json FollowUpRules.Extensions.DependencyInjection FollowUpRules.Testing FollowUpRules.Calendar FollowUpRules.AspNetCore FollowUpRules.Cli; do
  test -f "$packages/$package.$version.snupkg" || { echo "consumer smoke: no symbols package for $package" >&2; exit 1; }
done

# A NuGet configuration for the consumers: the machine's sources plus the local folder.
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="followuprules-local" value="$packages" />
  </packageSources>
</configuration>
XML

# 2. The console consumer.
mkdir -p "$work/consumer"
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <WarningsNotAsErrors>NU1603</WarningsNotAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="FollowUpRules" Version="$version" />
    <PackageReference Include="FollowUpRules.Json" Version="$version" />
    <PackageReference Include="FollowUpRules.Extensions.DependencyInjection" Version="$version" />
    <PackageReference Include="FollowUpRules.Testing" Version="$version" />
    <PackageReference Include="FollowUpRules.Calendar" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.14" />
  </ItemGroup>
</Project>
XML
cat > "$work/consumer/Program.cs" <<'CS'
using FollowUpRules;
using FollowUpRules.Calendar;
using FollowUpRules.Extensions.DependencyInjection;
using FollowUpRules.Json;
using FollowUpRules.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

var followUp = FollowUpJson.ReadCase(File.ReadAllText(args[0]));
var now = Instant.FromUtc(2026, 3, 10, 9, 0);

// A policy built from a profile, a decision, a script.
var policy = new FollowUpPolicyBuilder(FollowUpProfiles.Default).Build();
var action = policy.Decide(followUp, now);
var script = policy.Script(followUp, action);
Console.WriteLine(action.Describe());
Console.WriteLine("reasons: " + string.Join(", ", action.Reasons.CitedRuleIds()));
Console.WriteLine("script lines: " + script.Lines.Count);

// The same through dependency injection, with a fake clock.
using var services = new ServiceCollection()
    .AddSingleton<IClock>(new FakeClock(now))
    .AddFollowUpRules(p => p.UseProfile("default"))
    .AddFollowUpPolicy("agency-x", p => p.UseProfile("rcr"))
    .BuildServiceProvider();
var viaDi = services.GetRequiredService<FollowUpAdvisor>().DecideNow(followUp);
if (!viaDi.Equals(action))
{
    Console.Error.WriteLine("DI decided differently: " + viaDi.Describe());
    return 1;
}

Console.WriteLine("agency-x: " + services.GetRequiredKeyedService<IFollowUpPolicy>("agency-x").Profile.Name);
Console.WriteLine(FollowUpJson.WriteDecision(action, now).Length > 0 ? "decision written as JSON" : "no JSON");

// The decision as iCalendar, and a holiday feed that closes the office on the call's day.
var ics = new CalendarExporter(policy).Write(followUp, action, now);
Console.WriteLine(ics.Contains("DTSTART;TZID=Europe/London:20260310T090000\r\n", StringComparison.Ordinal) && ics.Contains("BEGIN:VTIMEZONE") && ics.Contains("BEGIN:VALARM")
    ? "iCalendar: call at 09:00 Europe/London with VTIMEZONE and VALARM"
    : "iCalendar missing the call:\n" + ics);
var feed = HolidayFeed.Parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:h@smoke\r\nDTSTART;VALUE=DATE:20200310\r\nRRULE:FREQ=YEARLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "smoke.ics");
var withHolidays = new FollowUpPolicyBuilder().UseHolidayCalendar(feed).Build();
Console.WriteLine("holiday feed: first window " + withHolidays.FindCallWindows(followUp, now, 1)[0].LocalStart.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
return script.Lines.Count > 0 ? 0 : 1;
CS
cp "$work/nuget.config" "$work/consumer/nuget.config"
(cd "$work/consumer" && dotnet build -c Release --nologo -v quiet >"$work/build.log" || { cat "$work/build.log" >&2; exit 1; }; dotnet run -c Release --no-build -- "$repo/docs/examples/first-follow-up.json") > "$work/consumer.out"
expected="Call Jane Smith on +44 20 7946 0001 (direct line), 2026-03-10 09:00 (+00) - 10:30 (+00), Preferred"
if ! grep -qF "$expected" "$work/consumer.out" || ! grep -qF "agency-x: rcr" "$work/consumer.out" \
  || ! grep -qF "iCalendar: call at 09:00 Europe/London with VTIMEZONE and VALARM" "$work/consumer.out" \
  || ! grep -qF "holiday feed: first window 2026-03-11" "$work/consumer.out"; then
  echo "consumer smoke: the console consumer printed:" >&2
  cat "$work/consumer.out" >&2
  exit 1
fi

# 3. A netstandard2.0 library compiled against the core.
mkdir -p "$work/netstandard"
cat > "$work/netstandard/Library.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <WarningsNotAsErrors>NU1603</WarningsNotAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="FollowUpRules" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$work/netstandard/NextStep.cs" <<'CS'
using FollowUpRules;
using NodaTime;

public static class NextStep
{
    public static string For(FollowUpCase followUp, Instant now) =>
        FollowUpPolicy.Create(FollowUpProfiles.Default).Decide(followUp, now).Describe();
}
CS
cp "$work/nuget.config" "$work/netstandard/nuget.config"
(cd "$work/netstandard" && dotnet build -c Release --nologo -v quiet >"$work/build.log" || { cat "$work/build.log" >&2; exit 1; })

# 4. The web apps, from the C# examples of docs/service.md.
csharp_block() { awk -v n="$1" '/^```csharp$/ {k++; on=(k==n); next} /^```$/ {on=0} on' docs/service.md; }
for app in web10 web8; do
  framework=net10.0; block=1
  [ "$app" = web8 ] && framework=net8.0 && block=2
  mkdir -p "$work/$app"
  cat > "$work/$app/$app.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>$framework</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <WarningsNotAsErrors>NU1603</WarningsNotAsErrors>
    <InterceptorsNamespaces>\$(InterceptorsNamespaces);Microsoft.AspNetCore.OpenApi.Generated</InterceptorsNamespaces>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="FollowUpRules.AspNetCore" Version="$version" />
  </ItemGroup>
</Project>
XML
  csharp_block "$block" > "$work/$app/Program.cs"
  test -s "$work/$app/Program.cs" || { echo "consumer smoke: docs/service.md has no C# example $block" >&2; exit 1; }
  cp "$work/nuget.config" "$work/$app/nuget.config"
  (cd "$work/$app" && dotnet build -c Release --nologo -v quiet >"$work/$app.build" 2>&1) \
    || { echo "consumer smoke: the $framework web app from docs/service.md's example $block does not build:" >&2; tail -n 30 "$work/$app.build" >&2; exit 1; }
done

# Run the net10.0 app on a free loopback port and ask it what a client would.
web_log="$work/web10.log"
(cd "$work/web10" && exec dotnet bin/Release/net10.0/web10.dll --urls http://127.0.0.1:0) >"$web_log" 2>&1 &
web_pid=$!
stop_web() { kill "$web_pid" 2>/dev/null || true; wait "$web_pid" 2>/dev/null || true; }
base=""
for _ in $(seq 1 150); do
  base=$(grep -oE 'Now listening on: http://127\.0\.0\.1:[0-9]+' "$web_log" | head -n 1 | sed 's/^Now listening on: //' || true)
  [ -n "$base" ] && break
  kill -0 "$web_pid" 2>/dev/null || break
  sleep 0.2
done
if [ -z "$base" ]; then
  stop_web
  echo "consumer smoke: the web app did not start:" >&2
  cat "$web_log" >&2
  exit 1
fi
web_failed=""
# Each answer goes to a file before grep reads it: with pipefail, "curl | grep -q" fails on an answer
# larger than the pipe's buffer (the OpenAPI document), because grep stops reading at its match.
answer="$work/answer"
answers() { local pattern=$1; shift; curl -sf -o "$answer" "$@" && grep -q "$pattern" "$answer"; }
answers '"healthy"' "$base/followup/health" || web_failed="GET /followup/health"
answers '"kind": "wait"' --json @docs/examples/first-follow-up.json "$base/followup/v1/decide?profile=agency-x&now=2026-03-10T09:00:00Z&script=false" || web_failed="$web_failed; POST /followup/v1/decide?profile=agency-x"
answers '"operationId": "decide"' "$base/openapi/v1.json" || web_failed="$web_failed; GET /openapi/v1.json"
answers '<script src="page/app.js"' "$base/followup/" || web_failed="$web_failed; GET /followup/ (the page)"
test "$(curl -s -o /dev/null -w '%{http_code}' -d 'x' "$base/followup/v1/decide")" = 415 || web_failed="$web_failed; a form body is not a 415"
stop_web
if [ -n "$web_failed" ]; then
  echo "consumer smoke: the web app from docs/service.md answered wrongly: ${web_failed#; }" >&2
  cat "$web_log" >&2
  exit 1
fi

# Leave no smoke-test packages behind in the global cache.
cache=$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: //')
for package in followuprules followuprules.json followuprules.extensions.dependencyinjection followuprules.testing followuprules.calendar followuprules.aspnetcore; do
  rm -rf "${cache:?}/$package/$version"
done

echo "consumer smoke: packed $version; dependencies as allowed; a net10.0 console app decided through the API and DI, wrote iCalendar and read a holiday feed; a netstandard2.0 library compiled; the docs' net10.0 web app served the packed AspNetCore package on loopback and their net8.0 web app built"
