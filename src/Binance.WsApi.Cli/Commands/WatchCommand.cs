using System.CommandLine;
using System.Globalization;
using System.Text.Json;
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
        var command = new Command("watch", "Subscribe to the user data stream and print events as they arrive, until Ctrl+C.") { demoTrade, count };
        TargetOptions.AddTo(command);
        command.Options.Add(CommandRunner.Json);
        command.SetAction((parse, ct) => RunAsync(parse, Console.Out, ct, parse.GetValue(demoTrade), parse.GetValue(count)));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, TextWriter output, CancellationToken cancellationToken, bool demoTrade, int? count)
    {
        await using Target? target = await Target.CreateAsync(parse, output, cancellationToken);
        if (target is null)
        {
            return 2;
        }

        if (!target.HasKeys)
        {
            output.WriteLine("watch needs an API key: set BINANCE_API_KEY and BINANCE_API_SECRET or BINANCE_PRIVATE_KEY_FILE.");
            return 2;
        }

        bool json = parse.GetValue(CommandRunner.Json);
        WebSocketApiClient client = target.Client;
        client.UserDataStreamResubscribed += (_, e) => output.WriteLine($"-- resubscribed on {e.Endpoint} (subscription {e.SubscriptionId}); events in between may be missing");
        try
        {
            UserDataSubscription subscription = await client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot, cancellationToken);
            output.WriteLine($"Watching the user data stream of {target.Description} (subscription {subscription.SubscriptionId}); Ctrl+C to stop.");
            if (demoTrade && target.IsEmulator)
            {
                _ = TradeOnceAsync(client, cancellationToken);
            }

            int seen = 0;
            await foreach (UserDataEvent e in client.ReadUserDataEventsAsync(cancellationToken))
            {
                output.WriteLine(json ? ToJson(e) : Describe(e));
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
        catch (BinanceApiException ex)
        {
            output.WriteLine($"Binance error {ex.Code} (status {ex.Status}): {ex.BinanceMessage}");
            return 1;
        }
        catch (WsApiException ex)
        {
            output.WriteLine($"Failed: {ex.Message}");
            return 1;
        }

        return 0;
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

    private static string ToJson(UserDataEvent e) =>
        e is UnknownUserDataEvent u ? u.Raw.GetRawText() : JsonSerializer.Serialize(e, e.GetType(), WatchJson.Options);

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

    /// <summary>Reflection-based JSON for --json output of typed events (the CLI is not trimmed).</summary>
    private static class WatchJson
    {
        public static readonly JsonSerializerOptions Options = new() { WriteIndented = false };
    }
}
