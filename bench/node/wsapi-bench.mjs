// Node.js participant of the end-to-end benchmark (bench/Binance.WsApi.Benchmarks, `e2e` command).
// Drives the `binance` SDK's WebsocketAPIClient against the harness's responder. The harness sends one JSON command
// per line on stdin and reads one JSON result per line on stdout; everything else (SDK logs) goes to stderr.
//
//   node wsapi-bench.mjs --url ws://127.0.0.1:PORT/ws-api/v3 --symbol BTCUSDT --price 20000.00 --quantity 0.00100 \
//     --tif GTC --hmac-key K --hmac-secret S --ed25519-key K --ed25519-pem-file path
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const { WebsocketAPIClient, WS_KEY_MAP } = require('binance');

// Results own stdout; whatever the SDK prints must not interleave with them.
const toStderr = (...parts) => process.stderr.write(parts.map(String).join(' ') + '\n');
console.log = toStderr;
console.info = toStderr;
console.warn = toStderr;
console.debug = toStderr;

const { values: opts } = parseArgs({
  options: {
    url: { type: 'string' },
    symbol: { type: 'string', default: 'BTCUSDT' },
    price: { type: 'string', default: '20000.00' },
    quantity: { type: 'string', default: '0.00100' },
    tif: { type: 'string', default: 'GTC' },
    'hmac-key': { type: 'string' },
    'hmac-secret': { type: 'string' },
    'ed25519-key': { type: 'string' },
    'ed25519-pem-file': { type: 'string' },
  },
});

const sdkVersion = JSON.parse(readFileSync(new URL('./node_modules/binance/package.json', import.meta.url), 'utf8')).version;

// Errors are worth seeing; the SDK's info and trace chatter is not (and would cost time inside the windows).
const verbose = process.env.WSAPI_BENCH_VERBOSE === '1';
const logger = { trace: verbose ? (...p) => toStderr('[trace]', ...p.map((x) => JSON.stringify(x))) : () => {}, info: verbose ? (...p) => toStderr('[info]', ...p.map((x) => JSON.stringify(x))) : () => {}, error: (...p) => toStderr('[binance sdk]', ...p.map((x) => JSON.stringify(x))) };

// Only what is needed to reach the responder and keep the SDK quiet; everything else is the SDK's default.
// The SDK appends the WS API path (/ws-api/v3) to wsUrl itself, so it gets the base URL only.
const baseUrl = opts.url.replace(/\/ws-api\/v3\/?$/, '');
const common = { wsUrl: baseUrl, attachEventListeners: false, muteLatencyWarning: true };
const hmacClient = new WebsocketAPIClient({ ...common, api_key: opts['hmac-key'], api_secret: opts['hmac-secret'] }, logger);
const edClient = new WebsocketAPIClient(
  { ...common, api_key: opts['ed25519-key'], api_secret: readFileSync(opts['ed25519-pem-file'], 'utf8') }, logger);

function order() {
  // No newClientOrderId: the SDK fills in its own (prefixed) id, which is its normal path.
  return {
    symbol: opts.symbol, side: 'BUY', type: 'LIMIT', timeInForce: opts.tif, price: opts.price, quantity: opts.quantity,
    newOrderRespType: 'ACK', timestamp: Date.now(),
  };
}

const invokers = {
  ping: () => hmacClient.testSpotConnectivity(),
  'order-hmac': () => hmacClient.submitNewSpotOrder(order()),
  'order-ed25519': () => edClient.submitNewSpotOrder(order()),
};

function cpuMicros(since) {
  const u = process.cpuUsage(since);
  return u.user + u.system;
}

function percentile(sorted, q) {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

async function latency(invoke, warmup, requests) {
  for (let i = 0; i < warmup; i++) await invoke();
  const samples = new Float64Array(requests);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < requests; i++) {
    const t0 = process.hrtime.bigint();
    await invoke();
    samples[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  const cpu = cpuMicros(cpu0);
  samples.sort();
  let sum = 0;
  for (const s of samples) sum += s;
  return { requests, p50Us: percentile(samples, 0.5), p99Us: percentile(samples, 0.99), meanUs: sum / requests, clientCpuUs: cpu, allocatedBytes: null };
}

async function runLoops(invoke, inFlight, deadlineNs) {
  let total = 0;
  const loop = async () => {
    let n = 0;
    while (process.hrtime.bigint() < deadlineNs) {
      await invoke();
      n++;
    }
    total += n;
  };
  await Promise.all(Array.from({ length: inFlight }, loop));
  return total;
}

async function throughput(invoke, inFlight, durationMs) {
  const warmMs = Math.min(200, durationMs / 4);
  const warmupRequests = await runLoops(invoke, inFlight, process.hrtime.bigint() + BigInt(Math.round(warmMs * 1e6)));
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const requests = await runLoops(invoke, inFlight, t0 + BigInt(Math.round(durationMs * 1e6)));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  // V8 has no cumulative allocation counter (heapUsed is net of GC), so allocation is reported as unknown.
  return { inFlight, requests, warmupRequests, seconds, clientCpuUs: cpuMicros(cpu0), allocatedBytes: null };
}

function reply(obj) {
  process.stdout.write(JSON.stringify(obj) + '\n');
}

async function main() {
  // Connect both up front (the Ed25519 one logs on with session.logon), outside any measured window.
  // skipAuth: an HMAC key cannot log on (session.logon is Ed25519-only); the SDK signs its requests one by one.
  await hmacClient.getWSClient().connectWSAPI(WS_KEY_MAP.mainWSAPI, true);
  await edClient.getWSClient().connectWSAPI(WS_KEY_MAP.mainWSAPI);
  await invokers.ping();
  await invokers['order-ed25519']();
  reply({ type: 'ready', sdkVersion, nodeVersion: process.version });

  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const cmd = JSON.parse(line);
    try {
      if (cmd.cmd === 'latency') {
        reply({ type: 'latency', ...(await latency(invokers[cmd.scenario], cmd.warmup, cmd.requests)) });
      } else if (cmd.cmd === 'throughput') {
        reply({ type: 'throughput', ...(await throughput(invokers[cmd.scenario], cmd.inFlight, cmd.durationMs)) });
      } else if (cmd.cmd === 'quit') {
        break;
      } else {
        reply({ type: 'error', message: `unknown command ${cmd.cmd}` });
      }
    } catch (e) {
      reply({ type: 'error', message: String(e?.message ?? JSON.stringify(e)) });
    }
  }

  await hmacClient.disconnectAll();
  await edClient.disconnectAll();
  process.exit(0);
}

main().catch((e) => {
  reply({ type: 'error', message: String(e?.message ?? JSON.stringify(e)) });
  process.exit(1);
});
