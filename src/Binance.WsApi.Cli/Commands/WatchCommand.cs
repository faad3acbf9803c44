using System.CommandLine;
using System.Globalization;
using System.Threading.Channels;
using Binance.WsApi.Cli.Errors;
using Binance.WsApi.Cli.Output;
using Binance.WsApi.Cli.Targets;

namespace Binance.WsApi.Cli.Commands;

/// <summary>
/// <c>watch</c>: subscribes to the user data stream and prints events as they arrive (one line each, or the raw JSON
/// with <c>--json</c>) until Ctrl+C. On the embedded emulator <c>--demo-trade</c> places and cancels an order and
/// buys at market, so that there is something to watch.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var demoTrade = new Option<bool>("--demo-trade") { Description = "Embedded emulator only: trade once after subscribing so events appear." };
        var count = new Option<int?>("--count") { Description = "Stop after this many events (default: until Ctrl+C)." };
        var command = new Command("watch", "Subscribe to the user data stream and print events as they arrive, until Ctrl+C; with --json each event frame exactly as received, one per line.") { demoTrade, count };
        command.WithTarget(signed: true);
        command.SetAction((parse, ct) => RunAsync(parse, Console.Out, Console.Error, ct, parse.GetValue(demoTrade), parse.GetValue(count)));
        return command;
    }

    /// <summary>
    /// Runs the watch: events go to <paramref name="output"/>, status lines (subscribed, resubscribed) to
    /// <paramref name="status"/> so that <c>--json</c> output is nothing but event frames. Failures propagate to the
    /// error handler.
    /// </summary>
    public static async Task<int> RunAsync(ParseResult parse, TextWriter output, TextWriter status, CancellationToken cancellationToken, bool demoTrade, int? count)
    {
        await using Target target = await Target.CreateAsync(parse, needsKeys: true, cancellationToken);
        bool json = parse.GetValue(CommandRunner.Json);
        WebSocketApiClient client = target.Client;
        client.UserDataStreamResubscribed += (_, e) => status.WriteLine($"-- resubscribed on {e.Endpoint} (subscription {e.SubscriptionId}); events in between may be missing");

        // --json prints the frames as the server sent them: the parsed message's raw text is the frame verbatim, in
        // arrival order, so nothing is lost or reordered by re-serializing the typed event.
        Channel<string>? frames = null;
        if (json)
        {
            frames = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
            client.MessageReceived += (_, e) =>
            {
                if (e.IsEvent)
                {
                    frames.Writer.TryWrite(e.Message.GetRawText());
                }
            };
        }

        try
        {
            UserDataSubscription subscription;
            using (Spinner.Start("subscribing…"))
            {
                subscription = await client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot, cancellationToken);
            }

            status.WriteLine($"Watching the user data stream of {target.Description} (subscription {subscription.SubscriptionId}); Ctrl+C to stop.");
            if (demoTrade && target.IsEmulator)
            {
                _ = TradeOnceAsync(client, cancellationToken);
            }

            int seen = 0;
            if (frames is not null)
            {
                // The typed stream is still read, so that its buffer never fills; only the frames are printed.
                using var drain = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                Task typed = DrainAsync(client, drain.Token);
                await foreach (string frame in frames.Reader.ReadAllAsync(cancellationToken))
                {
                    output.WriteLine(frame);
                    if (count is { } max && ++seen >= max)
                    {
                        break;
                    }
                }

                await drain.CancelAsync();
                await typed;
                return ExitCodes.Ok;
            }

            await foreach (UserDataEvent e in client.ReadUserDataEventsAsync(cancellationToken))
            {
                output.WriteLine(Describe(e));
                if (count is { } max && ++seen >= max)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: a normal end.
        }

        return ExitCodes.Ok;
    }

    private static async Task DrainAsync(WebSocketApiClient client, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (UserDataEvent _ in client.ReadUserDataEventsAsync(cancellationToken))
            {
            }
        }
        catch (OperationCanceledException)
        {
            // The watch ended.
        }
    }

    /// <summary>One line per event: time, type, and what matters in it.</summary>
    internal static string Describe(UserDataEvent e)
    {
        string time = DateTimeOffset.FromUnixTimeMilliseconds(e.EventTime).ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
        return e switch
        {
            ExecutionReportEvent r => $"{time} executionReport {r.Symbol} {r.Side.Value} {r.OrderType.Value} order {r.OrderId} ({r.ClientOrderId}) {r.ExecutionType} -> {r.OrderStatus.Value}"
                + (r.ExecutionType == "TRADE" ? $" {Format.Decimal(r.LastExecutedQuantity)} @ {Format.Decimal(r.LastExecutedPrice)}" : string.Empty)
                + $" filled {Format.Decimal(r.CumulativeFilledQuantity)}/{Format.Decimal(r.Quantity)}",
            OutboundAccountPositionEvent p => $"{time} outboundAccountPosition " + string.Join(", ", p.Balances.Select(b => $"{b.Asset} free {Format.Decimal(b.Free)} locked {Format.Decimal(b.Locked)}")),
            BalanceUpdateEvent b => $"{time} balanceUpdate {b.Asset} {Format.Decimal(b.Delta)}",
            ListStatusEvent l => $"{time} listStatus {l.Symbol} list {l.OrderListId} {l.ContingencyType.Value} {l.ListStatusType.Value}/{l.ListOrderStatus.Value}",
            ExternalLockUpdateEvent x => $"{time} externalLockUpdate {x.Asset} {Format.Decimal(x.Delta)}",
            EventStreamTerminatedEvent => $"{time} eventStreamTerminated (subscription {e.SubscriptionId})",
            UnknownUserDataEvent u => $"{time} {u.EventType} {u.Raw.GetRawText()}",
            _ => $"{time} {e.EventType}",
        };
    }

    private static async Task TradeOnceAsync(WebSocketApiClient client, CancellationToken cancellationToken)
    {
        try
        {
            var resting = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = 0.01m, Price = 55000m };
            SpotOrderResult placed = (await client.SubmitNewSpotOrderAsync(resting, cancellationToken: cancellationToken)).Result;
            await client.CancelSpotOrderAsync(new SpotCancelOrderRequest("BTCUSDT") { OrderId = placed.OrderId }, cancellationToken: cancellationToken);
            await client.SubmitNewSpotOrderAsync(new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 0.002m }, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is WsApiException or OperationCanceledException)
        {
            // The watch goes on; the failure would show as missing events.
        }
    }
}
