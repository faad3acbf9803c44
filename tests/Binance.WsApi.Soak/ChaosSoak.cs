using System.Collections.Concurrent;
using System.Diagnostics;
using Binance.WsApi.Emulator;

namespace Binance.WsApi.Soak;

/// <summary>
/// The fault soak: one client (Ed25519, so session logons are in play) against an in-process emulator; requests of
/// every kind (reconciling placements, cancels, queries, pings) at a fixed number in flight while faults of every kind
/// the emulator offers for the spot path are injected on a seeded schedule; the user data stream read raw and through
/// an <see cref="AccountStateTracker"/>. The workload and the fault schedule depend only on the seed; which request a
/// fault hits depends on timing, so two runs with one seed match in what they do, not in every figure.
/// </summary>
public static partial class ChaosSoak
{
    internal static readonly string[] Symbols = ["BTCUSDT", "ETHUSDT"];

    /// <summary>Runs the soak and returns its figures.</summary>
    public static async Task<ChaosReport> RunAsync(ChaosOptions options, TextWriter? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var started = Stopwatch.StartNew();
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions
        {
            SpotOrdersPer10Seconds = 10_000_000,
            SpotOrdersPerDay = 100_000_000,
            SpotRequestWeightPerMinute = 100_000_000,
            ServerShutdownGrace = TimeSpan.FromMilliseconds(500),
        }, cancellationToken);
        emulator.Deposit(DemoAccount.HmacApiKey, "BTC", 1000m);
        emulator.Deposit(DemoAccount.HmacApiKey, "ETH", 10_000m);
        emulator.Deposit(DemoAccount.HmacApiKey, "USDT", 100_000_000m);

        var run = new Run(options, emulator, progress);
        await using WebSocketApiClient client = run.CreateClient();
        return await run.ExecuteAsync(client, started, cancellationToken);
    }

    private sealed partial class Run(ChaosOptions options, ExchangeEmulator emulator, TextWriter? progress)
    {
        private readonly ConcurrentDictionary<string, int> _outcomes = new();
        private readonly ConcurrentDictionary<string, int> _faults = new();
        private readonly ConcurrentBag<(string Id, string What)> _notSentIds = [];
        private readonly ConcurrentQueue<(string Symbol, string Id)>[] _resting = [new(), new()];
        private readonly string?[] _recentIds = new string?[256];
        private readonly RequestLogHarvester _received = new(emulator);
        private readonly List<(int, double, double)> _memory = [];
        private int _unknown;
        private int _gaps;

        public WebSocketApiClient CreateClient()
        {
            var clientOptions = new WebSocketApiClientOptions
            {
                Credentials = ApiCredentials.Ed25519(DemoAccount.Ed25519ApiKey, DemoAccount.Ed25519PrivateKeyPem),
                RequestTimeout = options.RequestTimeout,
                ConnectTimeout = TimeSpan.FromSeconds(2),
                RecvWindow = TimeSpan.FromSeconds(2),
                ReconnectPolicy = new ReconnectPolicy { InitialDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(300) },
                ResubscribeUserDataStreamDelay = TimeSpan.FromMilliseconds(50),
                UserDataEventBufferSize = 1_000_000,
                MuteLatencyWarning = true,
            };
            clientOptions.EndpointUrls[WsApiEndpoint.Spot] = emulator.SpotUri;
            return new WebSocketApiClient(clientOptions);
        }

        public async Task<ChaosReport> ExecuteAsync(WebSocketApiClient client, Stopwatch started, CancellationToken cancellationToken)
        {
            client.UserDataStreamResubscribed += (_, _) => Interlocked.Increment(ref _gaps);
            if (Environment.GetEnvironmentVariable("CHAOS_DEBUG") is not null)
            {
                client.Error += (_, e) => progress?.WriteLine($"  error: {e.Message}");
                client.UserDataStreamResubscribed += (_, e) => Debug($"resubscribed {e.SubscriptionId} after {e.Attempts}");
                                client.ConnectionStateChanged += (_, e) => progress?.WriteLine($"  state {e.State} {e.Reason}");
            }
            var floors = new Dictionary<string, (long Orders, long Trades)>();
            foreach (string symbol in Symbols)
            {
                floors[symbol] = await FloorsAsync(client, symbol, cancellationToken);
            }

            await using AccountStateTracker tracker = await client.CreateAccountStateTrackerAsync(new AccountStateTrackerOptions { Symbols = Symbols },
                cancellationToken);
            var trackerSeen = new ConcurrentQueue<OrderTransition>();
            var rawSeen = new ConcurrentQueue<(OrderTransition Transition, long? Subscription)>();
            using var readers = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            Task trackerReader = ReadAsync(tracker.ReadTransitionsAsync(readers.Token), t => trackerSeen.Enqueue(t));
            Task rawReader = ReadAsync(client.ReadUserDataEventsAsync(readers.Token), e =>
            {
                if (e is ExecutionReportEvent r)
                {
                    rawSeen.Enqueue((FromReport(r), r.SubscriptionId));
                }
            });
            Task harvesting = _received.RunAsync(readers.Token);

            int hung = await RunWorkloadAsync(client, cancellationToken);

            // Quiet again: no fault armed, the stream live; one more order per symbol flushes both readers.
            emulator.Faults.Reset();
            await SettleAsync(client, tracker, trackerSeen, rawSeen, cancellationToken);
            await _received.HarvestAsync();
            await readers.CancelAsync();
            await Task.WhenAll(trackerReader, rawReader, harvesting);

            AuditResult trackerAudit = new(0, 0, 0, 0, 0, 0, []);
            AuditResult rawAudit = trackerAudit;
            var expected = new List<string>();
            int duplicates = 0;
            foreach (string symbol in Symbols)
            {
                expected.AddRange(await TransitionAudit.ExpectedAsync(client, symbol, floors[symbol].Orders, floors[symbol].Trades, cancellationToken));
                duplicates += await DuplicateClientOrderIdsAsync(client, symbol, floors[symbol].Orders, cancellationToken);
            }

            trackerAudit = TransitionAudit.Compare(expected, trackerSeen.ToArray());
            var raw = rawSeen.ToArray();
            rawAudit = TransitionAudit.Compare(expected, raw.Select(r => r.Transition).ToArray());
            (string Id, string What)[] notSent = _notSentIds.ToArray();
            string[] falseNotSent = notSent.Where(n => _received.Contains(n.Id)).Select(n => $"#{n.Id} {n.What}").ToArray();
            (double heapSlope, double rssSlope) = Slopes(_memory);
            return new ChaosReport
            {
                Options = options,
                Elapsed = started.Elapsed,
                Faults = new Dictionary<string, int>(_faults),
                Outcomes = new Dictionary<string, int>(_outcomes),
                Hung = hung,
                NotSentChecked = notSent.Length,
                FalseNotSent = falseNotSent.Length,
                FalseNotSentExamples = falseNotSent.Take(5).ToArray(),
                UnknownOutcomes = _unknown,
                DuplicateClientOrderIds = duplicates,
                InvariantViolations = emulator.CheckSpotInvariants(),
                BalanceDifferences = TransitionAudit.BalanceDifferences(tracker, emulator, DemoAccount.Ed25519ApiKey),
                GapsSignalled = Volatile.Read(ref _gaps),
                RawStream = rawAudit,
                LostUnsignalled = LostUnsignalled(expected, raw),
                Tracker = trackerAudit,
                Synthesized = tracker.SynthesizedTransitionCount,
                Memory = _memory.ToArray(),
                HeapSlopePer1000 = heapSlope,
                RssSlopePer1000 = rssSlope,
            };
        }

        private static async Task ReadAsync<T>(IAsyncEnumerable<T> source, Action<T> onItem)
        {
            try
            {
                await foreach (T item in source)
                {
                    onItem(item);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
