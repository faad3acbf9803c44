#!/usr/bin/env bash
# Consumes the packages the way a user does, from a local feed, outside this repository:
#   1. packs Binance.WsApi, Binance.WsApi.Emulator and Binance.WsApi.Cli (Release) into a temporary feed;
#   2. creates a throwaway console project that `dotnet add package`s the client and the emulator from that feed
#      (dependencies come from the usual NuGet source), starts the emulator in process and pings it with the client;
#   3. installs the CLI as a tool from the feed into a temporary tool path and runs `binance-wsapi --help` and one
#      command against its embedded emulator.
# A private NUGET_PACKAGES folder keeps the just-packed version out of the user's global cache, where a later
# repack with the same version number would otherwise be shadowed by the stale copy.
# Usage: eng/pack-smoke.sh [--keep]   (--keep leaves the temporary folder for inspection)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work="$(mktemp -d /tmp/binance-wsapi-smoke.XXXXXX)"
feed="$work/feed"
export NUGET_PACKAGES="$work/packages"
if [ "${1:-}" != "--keep" ]; then
  trap 'rm -rf "$work"' EXIT
fi

step() { printf '\n== %s\n' "$*"; }

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
# The local feed first; the machine's configured NuGet source still serves the dependencies.
cat > "$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-feed" value="$feed" />
  </packageSources>
</configuration>
XML
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

step "dotnet tool install Binance.WsApi.Cli $version"
tools="$work/tools"
dotnet tool install --tool-path "$tools" --add-source "$feed" Binance.WsApi.Cli --version "$version"
"$tools/binance-wsapi" --help
step "binance-wsapi depth BTCUSDT --limit 3 (embedded emulator)"
timeout 120 "$tools/binance-wsapi" depth BTCUSDT --limit 3

step "smoke test passed ($repo, version $version)"
