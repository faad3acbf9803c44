#!/usr/bin/env bash
# Native AOT smoke test of the client (not in CI: the AOT compile takes minutes on a 2-core machine).
#   1. publishes eng/aot-smoke (a console program over Binance.WsApi) with PublishAot; the client is trimmable and
#      AOT-compatible, and warnings are errors, so any trim/AOT warning in it fails this step;
#   2. starts the emulator on a free loopback port and reads the demo account's keys from its banner;
#   3. runs the native binary: connect, ping, time, order.place, order.cancel, with an HMAC key and with an Ed25519
#      key (logged on with session.logon), and fails unless every step answered.
# Needs a C toolchain for the native link (gcc or clang; the .NET SDK's AOT prerequisites).
# Usage: eng/aot-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work="$(mktemp -d /tmp/binance-wsapi-aot.XXXXXX)"
emulator_pid=""
cleanup() { [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }

step "publish eng/aot-smoke with Native AOT"
dotnet publish eng/aot-smoke -c Release -r linux-x64 -o "$work/bin" -nologo -v:q
ls -l "$work/bin/AotSmoke"

step "start the emulator"
. eng/standalone-emulator.sh
start_standalone_emulator
# The demo Ed25519 private key is a public test key, printed in the emulator README between its PEM markers.
awk '/BEGIN PRIVATE KEY/ { on = 1 } on { print } /END PRIVATE KEY/ && on { exit }' src/Binance.WsApi.Emulator/README.md \
  | sed 's/^[[:space:]]*//' >"$work/ed25519.pem"

step "run the native binary"
"$work/bin/AotSmoke" "$spot_url" "$hmac_key" "$hmac_secret" "$ed_key" "$work/ed25519.pem"
