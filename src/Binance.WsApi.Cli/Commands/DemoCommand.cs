using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Binance.WsApi.Cli.Output;
using Binance.WsApi.Cli.Targets;

namespace Binance.WsApi.Cli.Commands;

/// <summary>
/// <c>demo</c>: connects (logging on with the key), then runs ping, time, exchangeInfo and session.status, printing
/// what came back and how long each call took. Against the embedded emulator by default.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Connect, log on, run ping, time, exchangeInfo and session.status, then (on the emulator) place, list and cancel a limit order and trade against the book; with latencies.");
        TargetOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, Console.Out, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, TextWriter output, CancellationToken cancellationToken)
    {
        await using Target target = await Target.CreateAsync(parse, needsKeys: false, cancellationToken);
        WebSocketApiClient client = target.Client;
        output.WriteLine($"Target: {target.Description}");
        if (target.HasKeys)
        {
            await Timed(output, "connect + session.logon", () => client.ConnectAsync(WsApiEndpoint.Spot, cancellationToken));
        }

        await Timed(output, "ping", () => client.TestSpotConnectivityAsync(cancellationToken: cancellationToken));
        // A warm second ping shows the steady-state round trip without connection set-up.
        await Timed(output, "ping (warm)", () => client.TestSpotConnectivityAsync(cancellationToken: cancellationToken));
        WsApiResponse<ServerTime> time = await Timed(output, "time", () => client.GetSpotServerTimeAsync(cancellationToken: cancellationToken));
        output.WriteLine($"    server time {time.Result.Time:yyyy-MM-dd HH:mm:ss.fff} UTC");

        WsApiResponse<SpotExchangeInfo> info = await Timed(output, "exchangeInfo", () => client.GetSpotExchangeInfoAsync(cancellationToken: cancellationToken));
        output.WriteLine($"    {info.Result.Symbols.Count} symbols, rate limits: {string.Join(", ", info.Result.RateLimits.Select(r => $"{r.RateLimitType} {r.Limit}/{r.IntervalNum} {r.Interval}"))}");
        TableWriter.Write(output, ["symbol", "status", "base", "quote", "tick size", "step size", "min notional"],
            info.Result.Symbols.Take(10).Select(s => (IReadOnlyList<string>)
            [
                s.Symbol, s.Status.Value, s.BaseAsset, s.QuoteAsset,
                Format(s.GetFilter("PRICE_FILTER")?.TickSize), Format(s.GetFilter("LOT_SIZE")?.StepSize),
                Format(s.GetFilter("NOTIONAL")?.MinNotional ?? s.GetFilter("MIN_NOTIONAL")?.MinNotional),
            ]));

        WsApiResponse<SessionStatus> session = await Timed(output, "session.status", () => client.GetSpotSessionStatusAsync(cancellationToken: cancellationToken));
        output.WriteLine(session.Result.IsLoggedOn
            ? $"    logged on with {Shorten(session.Result.ApiKey!)} since {DateTimeOffset.FromUnixTimeMilliseconds(session.Result.AuthorizedSince ?? 0):HH:mm:ss.fff}"
            : "    not logged on");
        if (target.HasKeys && target.IsEmulator)
        {
            await TradeAsync(client, output, cancellationToken);
        }

        WsApiResponse<ServerTime> last = time;
        RateLimit? weight = session.RateLimits.FirstOrDefault(r => r.RateLimitType == RateLimitType.RequestWeight) ?? last.RateLimits.FirstOrDefault();
        if (weight is not null)
        {
            output.WriteLine($"Request weight used: {weight.Count}/{weight.Limit} per {weight.IntervalNum} {weight.Interval}");
        }

        output.WriteLine("Demo finished.");
        return 0;
    }

    /// <summary>
    /// The trading part of the demo (against the emulator, whose market maker keeps a two-sided book): a limit order
    /// that rests, seen in the open orders, cancelled; then a market order that trades against the book.
    /// </summary>
    private static async Task TradeAsync(WebSocketApiClient client, TextWriter output, CancellationToken cancellationToken)
    {
        const string symbol = "BTCUSDT";
        SpotOrderBook book = (await Timed(output, "depth", () => client.GetSpotOrderBookAsync(new SpotOrderBookRequest(symbol) { Limit = 5 }, cancellationToken: cancellationToken))).Result;
        decimal bestBid = book.Bids[0].Price;
        output.WriteLine($"    {symbol} best bid {Format(bestBid)} / ask {Format(book.Asks[0].Price)}");

        // 5 % under the best bid: far enough to rest, near enough for the price filters.
        decimal restingPrice = decimal.Round(bestBid * 0.95m, 2);
        var limit = new SpotOrderRequest(symbol, OrderSide.Buy, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = 0.01m, Price = restingPrice };
        SpotOrderResult placed = (await Timed(output, "order.place (LIMIT)", () => client.SubmitNewSpotOrderAsync(limit, cancellationToken: cancellationToken))).Result;
        output.WriteLine($"    order {placed.OrderId} ({placed.ClientOrderId}) BUY 0.01 @ {Format(restingPrice)}: {placed.Status}");

        IReadOnlyList<SpotOrder> open = (await Timed(output, "openOrders.status", () => client.GetSpotOpenOrdersAsync(new SpotOpenOrdersRequest { Symbol = symbol }, cancellationToken: cancellationToken))).Result;
        output.WriteLine($"    {open.Count} open order(s): {string.Join(", ", open.Select(o => $"{o.OrderId} {o.Side} {Format(o.OrigQty)} @ {Format(o.Price)}"))}");

        SpotCancelResult cancelled = (await Timed(output, "order.cancel", () => client.CancelSpotOrderAsync(new SpotCancelOrderRequest(symbol) { OrderId = placed.OrderId }, cancellationToken: cancellationToken))).Result;
        output.WriteLine($"    order {cancelled.Order?.OrderId}: {cancelled.Order?.Status}");

        var market = new SpotOrderRequest(symbol, OrderSide.Buy, OrderType.Market) { Quantity = 0.002m };
        SpotOrderResult filled = (await Timed(output, "order.place (MARKET)", () => client.SubmitNewSpotOrderAsync(market, cancellationToken: cancellationToken))).Result;
        output.WriteLine($"    order {filled.OrderId} {filled.Status}: bought {Format(filled.ExecutedQty)} BTC for {Format(filled.CumulativeQuoteQty)} USDT in {filled.Fills.Count} fill(s)");
    }

    private static async Task<T> Timed<T>(TextWriter output, string what, Func<Task<T>> call)
    {
        var clock = Stopwatch.StartNew();
        T result = await call();
        output.WriteLine($"{what,-26} {clock.Elapsed.TotalMilliseconds,9:0.000} ms");
        return result;
    }

    private static async Task Timed(TextWriter output, string what, Func<Task> call)
    {
        var clock = Stopwatch.StartNew();
        await call();
        output.WriteLine($"{what,-26} {clock.Elapsed.TotalMilliseconds,9:0.000} ms");
    }

    private static string Format(decimal? value) => value?.ToString("0.########", CultureInfo.InvariantCulture) ?? "-";

    private static string Shorten(string key) => key.Length > 8 ? $"{key[..4]}…{key[^4..]}" : key;
}
