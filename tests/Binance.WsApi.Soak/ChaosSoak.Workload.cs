using System.Diagnostics;
using Binance.WsApi.Emulator;

namespace Binance.WsApi.Soak;

// The workload: requests drawn from the seed, faults on the seeded schedule, every outcome classified.
public static partial class ChaosSoak
{
    private sealed partial class Run
    {
        /// <summary>Each fault kind and where its range of the 0–99 draw starts.</summary>
        internal static readonly Dictionary<string, int> FaultKinds = new(StringComparer.Ordinal)
        {
            ["drop connections"] = 0, ["drop on next request"] = 15, ["swallow responses"] = 30, ["delay responses"] = 42, ["429"] = 54,
            ["418"] = 64, ["malformed frame"] = 67, ["server shutdown"] = 74, ["terminate user data"] = 81, ["refuse connections"] = 90,
        };

        private int _refuseUntil = -1;

        /// <summary>Runs every request, at most InFlight at once; returns how many did not finish within the hang limit.</summary>
        private async Task<int> RunWorkloadAsync(WebSocketApiClient client, CancellationToken cancellationToken)
        {
            var random = new Random(options.Seed);
            using var gate = new SemaphoreSlim(options.InFlight);
            var all = new List<Task>(options.Requests);
            int finished = 0;
            SampleMemory(0);
            for (int i = 0; i < options.Requests; i++)
            {
                if (!await gate.WaitAsync(options.HangLimit, cancellationToken))
                {
                    // Every slot held past the hang limit: count them below and stop issuing.
                    break;
                }

                if (i == _refuseUntil)
                {
                    emulator.Faults.RefuseConnections = false;
                }

                if (random.Next(options.RequestsPerFault) == 0)
                {
                    await InjectFaultAsync(random, i, cancellationToken);
                }

                Func<Task> request = NextRequest(client, random, i);
                all.Add(Task.Run(async () =>
                {
                    try
                    {
                        await request();
                    }
                    finally
                    {
                        gate.Release();
                        int done = Interlocked.Increment(ref finished);
                        if (done % options.MemorySampleEvery == 0)
                        {
                            SampleMemory(done);
                            progress?.WriteLine($"  {done} requests done");
                        }
                    }
                }, cancellationToken));
            }

            emulator.Faults.RefuseConnections = false;
            try
            {
                await Task.WhenAll(all).WaitAsync(options.HangLimit, cancellationToken);
            }
            catch (TimeoutException)
            {
            }

            SampleMemory(finished);
            return all.Count(t => !t.IsCompleted) + (options.Requests - all.Count);
        }

        /// <summary>Draws the next request (kind and parameters come from the seed) and returns its run.</summary>
        private Func<Task> NextRequest(WebSocketApiClient client, Random random, int index)
        {
            int s = random.Next(Symbols.Length);
            string symbol = Symbols[s];
            decimal quantity = s == 0 ? 0.001m : 0.01m;
            decimal reference = s == 0 ? 60000m : 3000m;
            int kind = random.Next(100);
            bool buy = random.Next(2) == 0;
            int pick = random.Next(_recentIds.Length);
            switch (kind)
            {
                case < 15:
                    return () => Classify("place market", async () =>
                        Placed(await client.PlaceSpotOrderReconciledAsync(new SpotOrderRequest(symbol, buy ? OrderSide.Buy : OrderSide.Sell, OrderType.Market)
                        { Quantity = quantity }), index, null));
                case < 30:
                    // Resting far from the market maker's ladder: it waits on the book until cancelled.
                    decimal price = buy ? reference * 0.85m : reference * 1.15m;
                    return () => Classify("place limit", async () =>
                        Placed(await client.PlaceSpotOrderReconciledAsync(new SpotOrderRequest(symbol, buy ? OrderSide.Buy : OrderSide.Sell, OrderType.Limit)
                        { TimeInForce = TimeInForce.Gtc, Price = price, Quantity = quantity }), index, symbol));
                case < 45:
                    return () => Classify("cancel", async () =>
                    {
                        if (_resting[s].TryDequeue(out (string Symbol, string Id) order))
                        {
                            await client.CancelSpotOrderAsync(new SpotCancelOrderRequest(order.Symbol) { OrigClientOrderId = order.Id });
                        }
                        else
                        {
                            await client.TestSpotConnectivityAsync();
                        }

                        return "ok";
                    });
                case < 55:
                    return () => Classify("order.status", async () =>
                    {
                        string id = Volatile.Read(ref _recentIds[pick]) ?? "none";
                        await client.GetSpotOrderStatusAsync(new SpotOrderStatusRequest(symbol) { OrigClientOrderId = id });
                        return "ok";
                    });
                case < 62:
                    return () => Classify("openOrders.status", async () =>
                    {
                        await client.GetSpotOpenOrdersAsync(new SpotOpenOrdersRequest { Symbol = symbol });
                        return "ok";
                    });
                case < 68:
                    return () => Classify("account.status", async () =>
                    {
                        await client.GetSpotAccountInformationAsync();
                        return "ok";
                    });
                default:
                    return () => Classify("ping", async () =>
                    {
                        await client.TestSpotConnectivityAsync();
                        return "ok";
                    });
            }
        }

        private string Placed(OrderOutcome<SpotOrderBase> outcome, int index, string? restingSymbol)
        {
            Volatile.Write(ref _recentIds[index % _recentIds.Length], outcome.ClientOrderId);
            if (outcome.WasPlaced && restingSymbol is not null)
            {
                _resting[Array.IndexOf(Symbols, restingSymbol)].Enqueue((restingSymbol, outcome.ClientOrderId));
            }

            return !outcome.WasReconciled ? "ok" : outcome.WasPlaced ? "reconciled: placed" : "reconciled: not placed";
        }

        /// <summary>Runs one request and counts its outcome under "kind: outcome".</summary>
        private async Task Classify(string kind, Func<Task<string>> request)
        {
            string outcome;
            try
            {
                outcome = await request();
            }
            catch (OrderOutcomeUnknownException)
            {
                Interlocked.Increment(ref _unknown);
                outcome = "UNKNOWN";
            }
            catch (BinanceApiException refused)
            {
                outcome = $"refused {refused.Code}";
                NoteNotSent(refused);
            }
            catch (WsApiException failed)
            {
                outcome = $"{failed.GetType().Name} {failed.SendState}";
                NoteNotSent(failed);
            }

            _outcomes.AddOrUpdate($"{kind}: {outcome}", 1, (_, n) => n + 1);
        }

        private void NoteNotSent(WsApiException failed)
        {
            if (failed.SendState == RequestSendState.NotSent && failed.Method == "session.logon")
            {
                // A request that waited for the shared logon, which failed: the request itself never left (NotSent is
                // right), the exception describes the logon (its id, which the server did receive). Counted apart.
                _outcomes.AddOrUpdate("(NotSent after a failed shared logon)", 1, (_, n) => n + 1);
                return;
            }

            if (failed.SendState == RequestSendState.NotSent && failed.RequestId is { } id)
            {
                _notSentIds.Add((id, $"{failed.Method}: {failed.Message}"));
            }
        }

        /// <summary>One fault of a seeded kind: every request-level and connection-level fault the emulator has for spot.</summary>
        private async Task InjectFaultAsync(Random random, int index, CancellationToken cancellationToken)
        {
            int kind = random.Next(100);
            if (options.OnlyFault is { } only)
            {
                kind = FaultKinds[only];
            }

            int count = random.Next(1, 4);
            int delayMs = random.Next(50, 3000);
            string name;
            switch (kind)
            {
                case < 15:
                    name = "drop connections";
                    await emulator.Faults.DropConnectionsAsync(cancellationToken);
                    break;
                case < 30:
                    name = "drop on next request";
                    emulator.Faults.DropOnNextRequest();
                    break;
                case < 42:
                    name = "swallow responses";
                    emulator.Faults.SwallowResponses(count);
                    break;
                case < 54:
                    name = "delay responses";
                    emulator.Faults.DelayResponses(count, TimeSpan.FromMilliseconds(delayMs));
                    break;
                case < 64:
                    name = "429";
                    emulator.Faults.ForceRateLimit(count, 429, TimeSpan.Zero);
                    break;
                case < 67:
                    name = "418";
                    emulator.Faults.ForceRateLimit(1, 418, TimeSpan.Zero);
                    break;
                case < 74:
                    name = "malformed frame";
                    await emulator.Faults.SendMalformedFrameAsync(cancellationToken: cancellationToken);
                    break;
                case < 81:
                    name = "server shutdown";
                    await emulator.Faults.SendServerShutdownAsync(cancellationToken);
                    break;
                case < 90:
                    name = "terminate user data";
                    int ended = emulator.Faults.TerminateUserDataStreams();
                    Debug($"terminated {ended} at request {index}");
                    break;
                default:
                    name = "refuse connections";
                    emulator.Faults.RefuseConnections = true;
                    await emulator.Faults.DropConnectionsAsync(cancellationToken);
                    _refuseUntil = index + random.Next(5, 40);
                    break;
            }

            _faults.AddOrUpdate(name, 1, (_, n) => n + 1);
        }

        private void Debug(string line)
        {
            if (Environment.GetEnvironmentVariable("CHAOS_DEBUG") is not null)
            {
                progress?.WriteLine($"  {DateTime.UtcNow:HH:mm:ss.fff} {line}");
            }
        }

        private void SampleMemory(int requests)
        {
            using var process = Process.GetCurrentProcess();
            lock (_memory)
            {
                _memory.Add((requests, GC.GetTotalMemory(false) / 1048576.0, process.WorkingSet64 / 1048576.0));
            }
        }
    }
}
