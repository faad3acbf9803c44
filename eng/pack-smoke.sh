#!/usr/bin/env bash
# The adoption path of a new team, run for real from a local feed, outside this repository:
#   1. packs Binance.WsApi, Binance.WsApi.Emulator and Binance.WsApi.Cli (Release) into a temporary feed;
#   2. a console project `dotnet add package`s the client and the emulator from that feed, starts the emulator in
#      process and pings it;
#   3. a generic-host application registers the client from its appsettings.json (AddBinanceWsApi), exports the
#      client's traces and metrics with the OpenTelemetry console exporter, and trades against a standalone emulator;
#      the script checks the exported spans and instruments by name;
#   4. an xunit project uses the emulator package as an in-process fixture (the example of its package readme) and
#      runs `dotnet test`;
#   5. installs the CLI as a dotnet tool from the feed and runs `binance-wsapi --help`, `depth` and `demo`.
# Dependencies other than ours come from the machine's configured NuGet source. A private NUGET_PACKAGES folder
# keeps the just-packed version out of the user's global cache, where a later repack with the same version number
# would otherwise be shadowed by the stale copy.
# Usage: eng/pack-smoke.sh [--keep]   (--keep leaves the temporary folder for inspection)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work="$(mktemp -d /tmp/binance-wsapi-smoke.XXXXXX)"
feed="$work/feed"
export NUGET_PACKAGES="$work/packages"
emulator_pid=""
cleanup() {
  if [ -n "$emulator_pid" ]; then kill "$emulator_pid" 2>/dev/null || true; fi
  if [ "$keep" != "--keep" ]; then rm -rf "$work"; fi
}
keep="${1:-}"
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }

# Versions of third-party packages the walkthrough's projects use: the ones this repository pins.
pinned() { sed -n "s/.*Include=\"$1\" Version=\"\([^\"]*\)\".*/\1/p" "$repo/Directory.Packages.props"; }

# A project folder whose only package source besides the default is the local feed.
local_feed_config() {
  cat > "$1/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-feed" value="$feed" />
  </packageSources>
</configuration>
XML
}

step "pack into $feed"
for project in src/Binance.WsApi src/Binance.WsApi.Emulator src/Binance.WsApi.Cli; do
  dotnet pack "$project" -c Release -o "$feed" -nologo -v:q
done
ls -1 "$feed"
nupkg="$(ls "$feed"/Binance.WsApi.[0-9]*.nupkg)"
version="$(basename "$nupkg" .nupkg)"
version="${version#Binance.WsApi.}"
echo "version $version"

step "console project consuming Binance.WsApi + Binance.WsApi.Emulator $version"
app="$work/app"
dotnet new console -o "$app" -n SmokeApp --framework net10.0 >/dev/null
local_feed_config "$app"
(cd "$app" && dotnet add package Binance.WsApi --version "$version" >/dev/null \
            && dotnet add package Binance.WsApi.Emulator --version "$version" >/dev/null)
grep -o '<PackageReference[^>]*>' "$app/SmokeApp.csproj"
cat > "$app/Program.cs" <<'CS'
using Binance.WsApi;
using Binance.WsApi.Emulator;

// The emulator in process on a free loopback port, the client pointed at it with the demo account's public test key.
await using var emulator = await ExchangeEmulator.StartNewAsync();
var options = new WebSocketApiClientOptions
{
    Credentials = ApiCredentials.Ed25519(DemoAccount.Ed25519ApiKey, DemoAccount.Ed25519PrivateKeyPem),
};
options.EndpointUrls[WsApiEndpoint.Spot] = emulator.SpotUri;
await using var client = new WebSocketApiClient(options);

var pong = await client.TestSpotConnectivityAsync();
var time = await client.GetSpotServerTimeAsync();
Console.WriteLine($"emulator at {emulator.SpotUri}: ping -> status {pong.Status}; time -> {time.Result.Time:O}");
return pong.Status == 200 ? 0 : 1;
CS
(cd "$app" && timeout 300 dotnet run -c Release)

step "generic host: AddBinanceWsApi from appsettings.json, traces and metrics through OpenTelemetry"
. "$repo/eng/standalone-emulator.sh"
start_standalone_emulator

hosted="$work/hosted"
dotnet new console -o "$hosted" -n MyBot --framework net10.0 >/dev/null
local_feed_config "$hosted"
(cd "$hosted" && dotnet add package Binance.WsApi --version "$version" >/dev/null \
              && dotnet add package Microsoft.Extensions.Hosting --version "$(pinned Microsoft.Extensions.Hosting)" >/dev/null \
              && dotnet add package OpenTelemetry.Extensions.Hosting --version "$(pinned OpenTelemetry.Extensions.Hosting)" >/dev/null \
              && dotnet add package OpenTelemetry.Exporter.Console --version "$(pinned OpenTelemetry.Exporter.Console)" >/dev/null)
# The demo account's public test key; a real application keeps its secret in a secret store or the environment.
cat > "$hosted/appsettings.json" <<JSON
{
  "Binance": {
    "ApiKey": "$hmac_key",
    "ApiSecret": "$hmac_secret",
    "EndpointUrls": { "Spot": "$spot_url" },
    "RequestTimeout": "00:00:05",
    "MuteLatencyWarning": true
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
JSON
sed -i 's#</PropertyGroup>#</PropertyGroup><ItemGroup><None Update="appsettings.json" CopyToOutputDirectory="PreserveNewest" /></ItemGroup>#' "$hosted/MyBot.csproj"
cat > "$hosted/Program.cs" <<'CS'
using Binance.WsApi;
using Binance.WsApi.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);   // reads appsettings.json
builder.Services.AddBinanceWsApi(builder.Configuration.GetSection("Binance"));
builder.Services.AddOpenTelemetry()
    .WithTracing(tracing => tracing.AddSource(WsApiDiagnostics.ActivitySourceName).AddConsoleExporter())
    .WithMetrics(metrics => metrics.AddMeter(WsApiDiagnostics.MeterName).AddConsoleExporter());

using (IHost host = builder.Build())
{
    await host.StartAsync();
    var client = host.Services.GetRequiredService<WebSocketApiClient>();
    await client.TestSpotConnectivityAsync();
    var order = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 0.001m };
    SpotOrderResult placed = (await client.SubmitNewSpotOrderAsync(order)).Result;
    Console.WriteLine($"placed {placed.OrderId} {placed.ClientOrderId} {placed.Status}");
    await host.StopAsync();
}   // disposing the host flushes the exporters and disposes the client
CS
(cd "$hosted" && timeout 300 dotnet run -c Release) | tee "$work/hosted.log"
for expected in "placed " "Activity.DisplayName:" "order.place" "rpc.method" "binance.ws_api.client.request.duration"; do
  grep -q "$expected" "$work/hosted.log" || { echo "missing from the exported telemetry: $expected"; exit 1; }
done
echo "traces and metrics exported (spans and instruments named above found)"

step "xunit project with the emulator as an in-process fixture"
tests="$work/tests"
mkdir -p "$tests"
local_feed_config "$tests"
cat > "$tests/MyBot.Tests.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <IsPackable>false</IsPackable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Binance.WsApi" Version="$version" />
    <PackageReference Include="Binance.WsApi.Emulator" Version="$version" />
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="$(pinned Microsoft.NET.Test.Sdk)" />
    <PackageReference Include="xunit" Version="$(pinned xunit)" />
    <PackageReference Include="xunit.runner.visualstudio" Version="$(pinned xunit.runner.visualstudio)" />
  </ItemGroup>
</Project>
XML
# The test is the example of the emulator package's readme, taken from the package itself.
unzip -p "$feed/Binance.WsApi.Emulator.$version.nupkg" PACKAGE.md \
  | awk '/^```csharp/ { on = 1; next } /^```/ && on { exit } on { print }' > "$tests/EmulatorPingTests.cs"
cat "$tests/EmulatorPingTests.cs"
(cd "$tests" && timeout 600 dotnet test)

step "dotnet tool install Binance.WsApi.Cli $version"
tools="$work/tools"
dotnet tool install --tool-path "$tools" --add-source "$feed" Binance.WsApi.Cli --version "$version"
"$tools/binance-wsapi" --help
step "binance-wsapi depth BTCUSDT --limit 3 (embedded emulator)"
timeout 120 "$tools/binance-wsapi" depth BTCUSDT --limit 3
step "binance-wsapi demo (embedded emulator)"
timeout 120 "$tools/binance-wsapi" demo

step "smoke test passed ($repo, version $version)"
