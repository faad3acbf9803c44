# Sourced by the eng/ scripts: starts the standalone emulator (Release) on a free loopback port and reads what its
# banner prints. Needs $work (a scratch folder) and the repository root as the current directory; sets emulator_pid
# (the caller's EXIT trap kills it), spot_url, hmac_key, hmac_secret and ed_key (the demo account's public test keys).
start_standalone_emulator() {
  dotnet build src/Binance.WsApi.Emulator -c Release -nologo -v:q >/dev/null
  dotnet run --no-build -c Release --project src/Binance.WsApi.Emulator -- --port 0 >"$work/emulator.log" 2>&1 &
  emulator_pid=$!
  for _ in $(seq 1 600); do
    grep -q 'HMAC secret' "$work/emulator.log" 2>/dev/null && break
    kill -0 "$emulator_pid" 2>/dev/null || { cat "$work/emulator.log"; exit 1; }
    sleep 0.1
  done
  spot_url="$(awk '$1 == "spot" { print $2; exit }' "$work/emulator.log")"
  hmac_key="$(awk '/HMAC key/ { print $3; exit }' "$work/emulator.log")"
  hmac_secret="$(awk '/HMAC secret/ { print $3; exit }' "$work/emulator.log")"
  ed_key="$(awk '/Ed25519 key/ { print $3; exit }' "$work/emulator.log")"
  echo "standalone emulator at $spot_url"
}
